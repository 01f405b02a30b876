"""Statements (quotations) on the seeds and the blind statements corpus (tests/data/statements):
our engine (desktop.statements) against a naive baseline — the text between quote marks, the
nearest capitalised name as speaker, identical text linked. Prints extraction P/R/F1, speaker
accuracy and cross-article link P/R/F1 per split (seeds, dev, heldout) with the rules of
tests/statement_scoring.py. Held-out events are for reporting only: never tune on them.

    .venv/bin/python benchmarks/bench_statements.py [--events] [--scale 1000]

--scale N also times the whole chain (extract, split, link, settle) on N articles of the scale
benchmark's synthetic corpus (benchmarks/corpus.py), beside figure extraction on the same texts.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from statement_scoring import StatementScore, score_statements  # noqa: E402

from desktop.statements.event import compare_statements  # noqa: E402

DATA = ROOT / "tests" / "data" / "statements"
SEEDS = ROOT / "seeds"

_PAIRS = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|‘([^’\n]+)’')
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def splits() -> dict[str, list[tuple[str, dict[str, Any], dict[str, str]]]]:
    """split -> [(event name, gold, {article file: text})]."""
    out: dict[str, list[tuple[str, dict[str, Any], dict[str, str]]]] = {}
    gold = json.loads((DATA / "seeds_statements.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    out["seeds"] = [("seeds", gold, texts)]
    folders = ("dev", "heldout", *(f"heldout_{n}" for n in range(2, 14)))
    for split in folders:
        for event in sorted(p for p in (DATA / split).iterdir() if p.is_dir()):
            gold = json.loads((event / "gold.json").read_text(encoding="utf-8"))
            texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(event.glob("*.txt"))}
            out.setdefault(split, []).append((event.name, gold, texts))
    return out


def ours(texts: dict[str, str]) -> list[dict[str, Any]]:
    """Our engine's statements of an event's articles, as scorer dicts."""
    event = compare_statements(texts)
    group_of = {i: number for number, group in enumerate(event.groups) for i in group.members}
    return [
        {
            "article": s.article,
            "pieces": [list(p) for p in s.pieces],
            "speaker": s.speaker,
            "group": group_of.get(i),
        }
        for i, s in enumerate(event.statements)
    ]


def baseline(texts: dict[str, str]) -> list[dict[str, Any]]:
    """Text between quote marks; the nearest capitalised name; identical text linked."""
    out = []
    for name, text in texts.items():
        names = [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text)]
        for m in _PAIRS.finditer(text):
            group = next(g for g in range(1, 4) if m.group(g) is not None)
            start, end = m.start(group), m.end(group)
            outside = [n for n in names if n[1] <= m.start() or n[0] >= m.end()]
            nearest = min(
                outside, key=lambda n: min(abs(n[0] - m.end()), abs(m.start() - n[1])), default=None
            )
            key = " ".join(re.findall(r"\w+", text[start:end].lower()))
            out.append(
                {
                    "article": name,
                    "pieces": [[start, end]],
                    "speaker": nearest[2] if nearest else None,
                    "key": key,
                }
            )
    counts: dict[str, set[str]] = {}
    for p in out:
        counts.setdefault(p["key"], set()).add(p["article"])
    for p in out:
        p["group"] = p["key"] if len(counts[p["key"]]) > 1 else None
    return out


def score_split(events, system) -> tuple[StatementScore, list[tuple[str, StatementScore]]]:
    total = StatementScore(0, 0, 0, 0, 0, 0, 0)
    each = []
    for name, gold, texts in events:
        score = score_statements(system(texts), gold)
        each.append((name, score))
        total = total + score
    return total, each


def scale(count: int) -> None:
    """Seconds for the statement chain on `count` synthetic articles, and for figures."""
    import tempfile
    import time

    from corpus import write_corpus

    from desktop.claims import extract_claims

    with tempfile.TemporaryDirectory() as folder:
        texts = {p.name: p.read_text(encoding="utf-8") for p in write_corpus(Path(folder), count)}
    started = time.perf_counter()
    event = compare_statements(texts)
    statements = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts.values():
        extract_claims(text)
    figures = time.perf_counter() - started
    print(
        f"{count} articles: statements {statements:.2f} s ({len(event.statements)} statements,"
        f" {len(event.groups)} groups); figure extraction alone {figures:.2f} s"
    )


def main() -> None:
    if "--scale" in sys.argv:
        scale(int(sys.argv[sys.argv.index("--scale") + 1]))
        return
    per_event = "--events" in sys.argv
    for split, events in splits().items():
        for label, system in (("baseline", baseline), ("ours", ours)):
            total, each = score_split(events, system)
            print(f"{split:8} {label:8} {total.line()}")
            if per_event:
                for name, score in each:
                    print(f"    {name:28} {score.line()}")


if __name__ == "__main__":
    main()
