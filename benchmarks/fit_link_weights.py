"""Fit the weights of the linking evidence (desktop/linking/link_weights.toml) on the development
stories: the seeds and the development corpora (tests/data/events, dev_events_2, dev_events_3).
The blind corpora (tests/data/blind_events and blind_events_2 to _15) are never read here; they
are only scored, by benchmarks/bench_blind_events.py.

    .venv/bin/python benchmarks/fit_link_weights.py [--write]

Each story is imported into a fresh workspace; every candidate pair the linker would weigh is
labelled from the gold annotation (the same quantity, or not: a figure the gold does not hold is
no quantity), and a logistic regression with an L2 penalty is fitted on them. The seeds count
SEEDS_WEIGHT times: they are the one story annotated by hand against the published sources, and
the corpora's own annotators disagree with each other more than with the seeds. The threshold of
average linkage is the one with the best mean of the development corpora's pairwise F1
(each counts the same, so the largest does not decide alone). Prints the weights, and
precision, recall and F1 per corpus at each threshold, and the weakest story; `--write` stores them
(`--threshold` another threshold than the best mean's, e.g. one that keeps every story's floor;
`--only` fits new facts alone, the others kept as stored, so that the stories' floors hold).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scoring import Pairs  # noqa: E402

from desktop.linking.evidence import FACTS, Rarity, Table, _weights  # noqa: E402
from desktop.linking.grouping import _cluster, _key_clusters, candidates, families  # noqa: E402
from desktop.model import Source  # noqa: E402
from desktop.workspace import Workspace  # noqa: E402

SEEDS_WEIGHT = 20
L2 = 1.0
THRESHOLDS = tuple(round(0.25 + 0.025 * n, 3) for n in range(11))  # 0.25 to 0.5
CORPORA = ("seeds", "events", "dev_events_2", "dev_events_3")
WEIGHTS_FILE = ROOT / "desktop" / "linking" / "link_weights.toml"


def stories() -> list[tuple[str, list[Path], dict]]:
    found = [("seeds", sorted((ROOT / "seeds").glob("*.txt")),
              json.loads((ROOT / "tests/data/seeds_gold.json").read_text("utf-8")))]  # fmt: skip
    for corpus in CORPORA[1:]:
        for folder in sorted(p for p in (ROOT / "tests/data" / corpus).iterdir() if p.is_dir()):
            gold = json.loads((folder / "gold.json").read_text("utf-8"))
            found.append((f"{corpus}/{folder.name}", sorted(folder.glob("*.txt")), gold))
    return found


class Story:
    """One story's figures, the gold quantity of each (None: optional in the gold), its pairs."""

    def __init__(self, name: str, files: list[Path], gold: dict) -> None:
        self.name = name
        with tempfile.TemporaryDirectory() as folder:
            ws = Workspace(f"sqlite:///{folder}/ws.sqlite")
            try:
                ws.import_sources([Source(str(p)) for p in files])
                file_of = {a.id: Path(a.origin).name for a in ws.article_rows()}
                self.claims = [c for c in ws.claims()]
            finally:
                ws.close()
        self.quantity: dict[int, str | None] = {}
        for c in self.claims:
            for g in gold["figures"]:
                if file_of[c.article] == g["article"] and c.start < g["end"] and c.end > g["start"]:
                    self.quantity[c.id] = None if g.get("optional") else g["quantity"]
                    break
        required = [f for f in gold["figures"] if not f.get("optional")]
        self.gold_pairs = sum(
            1
            for f, g in combinations(required, 2)
            if f["quantity"] == g["quantity"] and f["article"] != g["article"]
        )
        self.keyed = _key_clusters(self.claims, {})
        self.families = families(self.claims)
        rows, labels = [], []
        for members in self.families.values():
            rarity = Rarity(members)
            table = Table(members, rarity, self.keyed)
            i, j = candidates(members, rarity)
            quantity = [self.quantity.get(d.claim.id, "") for d in members]
            keep = [
                quantity[a] is not None and quantity[b] is not None  # optional: teaches nothing
                for a, b in zip(i.tolist(), j.tolist(), strict=True)
            ]
            keep_mask = np.array(keep, dtype=bool) & ~table.cannot_link(i, j)
            i, j = i[keep_mask], j[keep_mask]
            rows.append(table.facts(i, j))
            labels += [
                float(bool(quantity[a]) and quantity[a] == quantity[b])
                for a, b in zip(i.tolist(), j.tolist(), strict=True)
            ]
        self.rows = np.vstack(rows) if rows else np.zeros((0, len(FACTS)))
        self.labels = labels

    def score(self, weights: dict[str, float], limit: float) -> tuple[int, int, int]:
        """(correct pairs, predicted pairs, gold pairs) of the groups these weights make."""
        article = {c.id: c.article for c in self.claims}
        predicted = correct = 0
        for members in self.families.values():
            for cluster, _ in _cluster(members, self.keyed, set(), weights, limit):
                for a, b in combinations([c.id for c in cluster], 2):
                    if article[a] == article[b]:
                        continue
                    qa, qb = self.quantity.get(a, ""), self.quantity.get(b, "")
                    if qa is None or qb is None:
                        continue
                    predicted += 1
                    correct += bool(qa) and qa == qb
        return correct, predicted, self.gold_pairs


def fit(
    x: np.ndarray,
    y: np.ndarray,
    sample: np.ndarray,
    start: np.ndarray | None = None,
    free: np.ndarray | None = None,
) -> np.ndarray:
    """Logistic regression by gradient descent (the bias is the first fact; L2 on the rest);
    with `start` and `free`, only the free weights move from where they start."""
    w = np.zeros(x.shape[1]) if start is None else start.copy()
    moves = np.ones(x.shape[1]) if free is None else free.astype(float)
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 0.0
    total = sample.sum()
    for _ in range(6000):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= 0.5 * moves * ((x.T @ ((p - y) * sample)) / total + penalty * w / total)
    return w


def _prf(c: int, p: int, g: int) -> tuple[float, float, float]:
    scores = Pairs(c, p, g)
    return scores.link_precision, scores.link_recall, scores.link_f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    parser.add_argument(
        "--threshold", type=float, help="store this threshold instead of the best mean's"
    )
    parser.add_argument(
        "--only",
        help="fit only these facts (comma-separated), the others kept at their stored weights",
    )
    args = parser.parse_args()
    loaded = [Story(*s) for s in stories()]
    x = np.vstack([s.rows for s in loaded])
    y = np.array([v for s in loaded for v in s.labels])
    sample = np.array([SEEDS_WEIGHT if s.name == "seeds" else 1 for s in loaded for _ in s.labels])
    if args.only:
        stored, _ = _weights()
        start = np.array([stored.get(name, 0.0) for name in FACTS])
        free = np.array([name in args.only.split(",") for name in FACTS])
        w = fit(x, y, sample.astype(float), start, free)
    else:
        w = fit(x, y, sample.astype(float))
    weights = {name: round(float(v), 3) for name, v in zip(FACTS, w, strict=True)}
    print(f"{len(y)} candidate pairs, {int(y.sum())} of one quantity")
    for name, v in weights.items():
        print(f"  {name:24s} {v:+.3f}")
    best, best_f1 = THRESHOLDS[0], -1.0
    for limit in THRESHOLDS:
        lines, f1s = [], []
        weakest = (1.0, "")
        for corpus in CORPORA:
            part = np.zeros(3, dtype=int)
            for s in loaded:
                if s.name.split("/")[0] == corpus:
                    scored = s.score(weights, limit)
                    part += scored
                    weakest = min(weakest, (_prf(*scored)[2], s.name))
            p, r, f = _prf(*part)
            lines.append(f"{corpus} P {p:.3f} R {r:.3f} F1 {f:.3f}")
            f1s.append(f)
        f1 = sum(f1s) / len(f1s)  # each corpus counts the same, however many pairs it holds
        print(
            f"threshold {limit:.3f}: " + " | ".join(lines) + f" | mean F1 {f1:.3f}"
            f" | weakest {weakest[1]} {weakest[0]:.3f}"
        )
        if f1 > best_f1:
            best, best_f1 = limit, f1
    print(f"best threshold {best:.3f} (mean F1 {best_f1:.3f})")
    if args.threshold is not None:
        best = args.threshold
        print(f"threshold {best:.3f} as asked")
    if args.write:
        body = "\n".join(f"{name} = {v}" for name, v in weights.items())
        WEIGHTS_FILE.write_text(
            "# Weights of the linking evidence (desktop/linking/evidence.py), fitted on the\n"
            "# development stories by benchmarks/fit_link_weights.py --write.\n"
            f"threshold = {best}\n\n[weights]\n{body}\n",
            encoding="utf-8",
        )
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
