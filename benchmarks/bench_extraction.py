"""Extraction quality and speed: Evidence Desk against quantulum3 on the same texts.

    .venv/bin/pip install -e '.[bench]'        # quantulum3 lives in the bench extra only
    .venv/bin/python benchmarks/bench_extraction.py

Scores both extractors with the same rule as ../shared/eval/score.py (a predicted figure matches
a gold figure of the same article when its span overlaps the gold quote and its value equals the
gold value; optional gold figures count for neither) on the seeds and on tests/data/events, and
times both on the same articles (articles per second, median of five passes).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.claims import extract_claims  # noqa: E402


def corpora() -> list[tuple[str, Path, Path]]:
    out = [("seeds", ROOT / "seeds", ROOT / "tests" / "data" / "seeds_gold.json")]
    for event in sorted((ROOT / "tests" / "data" / "events").iterdir()):
        out.append((event.name, event, event / "gold.json"))
    return out


def ours(text: str) -> list[tuple[int, int, float]]:
    return [(c.start, c.end, c.value) for c in extract_claims(text)]


def quantulum(text: str) -> list[tuple[int, int, float]]:
    from quantulum3 import parser

    found = []
    for q in parser.parse(text):
        if isinstance(q.value, (int, float)):
            found.append((q.span[0], q.span[1], float(q.value)))
    return found


def score(extract, folder: Path, gold_path: Path) -> tuple[int, int, int]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for name in sorted({g["article"] for g in gold["figures"]}):
        text = (folder / name).read_text(encoding="utf-8")
        predicted = extract(text)
        used: set[int] = set()
        ignored: set[int] = set()
        figures = sorted(
            (g for g in gold["figures"] if g["article"] == name),
            key=lambda g: g.get("optional", False),
        )
        for g in figures:
            s = text.find(g["quote"])
            e = s + len(g["quote"])
            hits = [
                n
                for n, (a, b, v) in enumerate(predicted)
                if a < e and b > s and n not in used and n not in ignored
            ]
            if g.get("optional"):
                ignored.update(hits)
                continue
            good = [
                n
                for n in hits
                if abs(predicted[n][2] - g["value"]) <= 1e-6 * max(1, abs(g["value"]))
            ]
            if good:
                used.add(good[0])
                tp += 1
            else:
                fn += 1
        fp += len(predicted) - len(used) - len(ignored)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speed(extract, texts: list[str], passes: int = 5) -> float:
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        for text in texts:
            extract(text)
        times.append(time.perf_counter() - start)
    return len(texts) / statistics.median(times)


def main() -> None:
    warnings.simplefilter("ignore")
    try:
        quantulum("warm up 3 km")
        extractors = {"evidence-desk": ours, "quantulum3": quantulum}
    except ImportError:
        print("quantulum3 is not installed (pip install -e '.[bench]'); scoring ours only")
        extractors = {"evidence-desk": ours}
    texts = []
    print(f"{'corpus':<28} {'extractor':<14} {'P':>6} {'R':>6} {'F1':>6}")
    totals = {name: [0, 0, 0] for name in extractors}
    for label, folder, gold in corpora():
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        for name, extract in extractors.items():
            counts = score(extract, folder, gold)
            totals[name] = [a + b for a, b in zip(totals[name], counts, strict=True)]
            p, r, f = f1(*counts)
            print(f"{label:<28} {name:<14} {p:6.3f} {r:6.3f} {f:6.3f}")
    for name, counts in totals.items():
        p, r, f = f1(*counts)
        print(f"{'all':<28} {name:<14} {p:6.3f} {r:6.3f} {f:6.3f}")
    print()
    for name, extract in extractors.items():
        print(f"speed {name:<14} {speed(extract, texts):8.1f} articles/s ({len(texts)} articles)")


if __name__ == "__main__":
    main()
