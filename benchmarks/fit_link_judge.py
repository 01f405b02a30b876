"""Fit the judge of linking (desktop/linking/link_trees.json): boosted decision trees over the
facts of each candidate pair, on the development stories: the seeds, the development corpora
(tests/data/events, dev_events_2, dev_events_3) and the blind corpora that have since been read
for mends or held out long enough (blind_events and blind_events_2 to _45). The blind corpora
written later (blind_events_46 onwards) are never read here; they are only scored, by
benchmarks/bench_blind_events.py, and tell how the judge does on stories it never saw.

    .venv/bin/python benchmarks/fit_link_judge.py [--write] [--threshold T] [--folds 3]
        [--drop FACT,...]

Needs scikit-learn (`pip install -e '.[fit]'`, or the test extra); the app reads the stored
trees with numpy alone.
Each story is imported into a fresh workspace; every candidate pair the linker would weigh is
labelled from the gold annotation (the same quantity, or not: a figure the gold does not hold is
no quantity), and gradient-boosted trees are fitted on them. The seeds count SEEDS_WEIGHT times
(the one story annotated by hand against the published sources) and the first corpus,
tests/data/events, EVENTS_WEIGHT times: counted once, its protest's rival crowd estimates
(12,000 to 100,000) fell into two groups; with the seeds counted five times, they lost a pair.
A pair no group may hold, by the roles annotated beside the gold (a standing population beside a
count of what happened, a part beside its whole), counts MIXING_WEIGHT times: such a group tells
a reader that a city's population and a crowd diverge, worse than a link missed (out of fold on
these corpora, three times: 0.761 -> 0.756 F1 at 0.30, 124 -> 99 groups that mix).
The threshold of average linkage is the one with the best mean of the corpora's pairwise F1 (each
counts the same, so the largest does not decide alone), or the one `--threshold` names. Prints
F1 per corpus at each threshold, the weakest story and the groups that mix; `--write` stores the
trees and the threshold. `--drop` fits trees that may not ask the facts named (what they add).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scoring import Pairs, mixing  # noqa: E402

from desktop.linking.evidence import FACTS, Rarity, Table  # noqa: E402
from desktop.linking.grouping import _cluster, _key_clusters, candidates, families  # noqa: E402
from desktop.linking.judge import Trees  # noqa: E402
from desktop.model import Source  # noqa: E402
from desktop.workspace import Workspace  # noqa: E402

SEEDS_WEIGHT = 20
MIXING_WEIGHT = 3.0
# the first corpus (tests/data/events), whose floors held the linker longest: counted five times
# it fell 0.918 -> 0.897 once blind_events_17 to _24 were fitted on as well; ten times, 0.924
EVENTS_WEIGHT = 10
# trees, each of at most LEAVES leaves, each leaf weighing at least LEAF_PAIRS pairs, each adding
# RATE of its score: 350 at 0.1 judge as 700 at 0.05 did out of fold (--folds 3: 0.754 F1 at 0.30
# both, 132 and 131 mixed groups) and score a pair in half the time
TREES = 350
LEAVES = 15
LEAF_PAIRS = 40
RATE = 0.1
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
CORPORA = (
    "seeds", "events", "dev_events_2", "dev_events_3", "blind_events",
    *(f"blind_events_{n}" for n in range(2, 46)),
)  # fmt: skip
TREES_FILE = ROOT / "desktop" / "linking" / "link_trees.json"


def _weight(story: str) -> float:
    """How many times each pair of a story counts in the fit."""
    corpus = story.split("/")[0]
    return SEEDS_WEIGHT if corpus == "seeds" else EVENTS_WEIGHT if corpus == "events" else 1.0


def stories() -> list[tuple[str, list[Path], dict, dict | None]]:
    """Each story's name, files, gold and roles (None where none were annotated)."""
    data = ROOT / "tests/data"
    found = [("seeds", sorted((ROOT / "seeds").glob("*.txt")),
              json.loads((data / "seeds_gold.json").read_text("utf-8")),
              json.loads((data / "seeds_roles.json").read_text("utf-8")))]  # fmt: skip
    for corpus in CORPORA[1:]:
        for folder in sorted(p for p in (data / corpus).iterdir() if p.is_dir()):
            if not (folder / "gold.json").exists():
                continue
            gold = json.loads((folder / "gold.json").read_text("utf-8"))
            roles = folder / "roles.json"
            read = json.loads(roles.read_text("utf-8")) if roles.exists() else None
            found.append((f"{corpus}/{folder.name}", sorted(folder.glob("*.txt")), gold, read))
    return found


def _mixing(roles: dict | None) -> Callable[[str, str], str]:
    """Why two quantities of a story may not share a group (`scoring.mixing`); a story without
    roles says nothing."""
    return mixing(roles) if roles else lambda a, b: ""


class Story:
    """One story's figures, the gold quantity of each (None: optional in the gold), its pairs,
    and which of them join two quantities no group may hold together (by the roles)."""

    def __init__(self, name: str, files: list[Path], gold: dict, roles: dict | None = None) -> None:
        self.name = name
        self.roles = roles
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
        mixes = _mixing(roles)
        rows, labels, mixing_pairs = [], [], []
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
            mixing_pairs += [
                bool(quantity[a] and quantity[b] and mixes(quantity[a], quantity[b]))
                for a, b in zip(i.tolist(), j.tolist(), strict=True)
            ]
        self.rows = np.vstack(rows) if rows else np.zeros((0, len(FACTS)))
        self.labels = labels
        self.mixing = mixing_pairs

    def score(self, judge: Trees, limit: float) -> tuple[int, int, int, int]:
        """(correct pairs, predicted pairs, gold pairs, groups that mix quantities no group may
        hold together) of the groups these trees make."""
        article = {c.id: c.article for c in self.claims}
        mixes = _mixing(self.roles)
        predicted = correct = mixed = 0
        for members in self.families.values():
            rarity = Rarity(members)
            table = Table(members, rarity, self.keyed)

            def weigh(i: np.ndarray, j: np.ndarray, table: Table = table) -> np.ndarray:
                return 1 / (1 + np.exp(-np.clip(judge.scores(table.facts(i, j)), -30.0, 30.0)))

            for cluster, _ in _cluster(members, self.keyed, set(), limit, rarity, weigh):
                held = sorted({q for c in cluster if (q := self.quantity.get(c.id))})
                mixed += any(mixes(a, b) for a, b in combinations(held, 2))
                for a, b in combinations([c.id for c in cluster], 2):
                    if article[a] == article[b]:
                        continue
                    qa, qb = self.quantity.get(a, ""), self.quantity.get(b, "")
                    if qa is None or qb is None:
                        continue
                    predicted += 1
                    correct += bool(qa) and qa == qb
        return correct, predicted, self.gold_pairs, mixed


def fit(x: np.ndarray, y: np.ndarray, sample: np.ndarray) -> dict:
    """Boosted trees on the pairs' facts (each tree's score added to none before: a pair no tree
    speaks for or against is even), as the plain numbers `judge.Trees` reads: each node's fact
    (-1 at a leaf), cut and children, and its mean score (at an inner node, the mean of the
    leaves under it, weighed by the pairs that reach them, so a score splits into what each fact
    added on the way)."""
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(
        n_estimators=TREES, learning_rate=RATE, max_leaf_nodes=LEAVES,
        min_samples_leaf=LEAF_PAIRS, random_state=0, init="zero",
    )  # fmt: skip
    model.fit(x, y, sample_weight=sample)
    trees = []
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        leaf = tree.children_left < 0
        weight = tree.weighted_n_node_samples
        score = tree.value[:, 0, 0].astype(float)
        for n in reversed(range(tree.node_count)):  # children come after their parent
            if not leaf[n]:
                a, b = tree.children_left[n], tree.children_right[n]
                score[n] = (score[a] * weight[a] + score[b] * weight[b]) / (weight[a] + weight[b])
        trees.append({
            "fact": [int(f) if not leaf[n] else -1 for n, f in enumerate(tree.feature)],
            "cut": [float(c) if not leaf[n] else 0.0 for n, c in enumerate(tree.threshold)],
            "left": tree.children_left.tolist(),
            "right": tree.children_right.tolist(),
            "score": [round(float(v), 7) for v in score],
        })  # fmt: skip
    # init="zero": the trees' scores are added to nothing before them
    data = {"facts": list(FACTS), "base": 0.0, "rate": RATE, "threshold": 0.0, "trees": trees}
    judged = Trees.read(data).scores(x)
    gap = float(np.abs(judged - model.decision_function(x)).max())
    assert gap < 1e-4, f"the stored trees score pairs {gap} away from the fitted model"
    return data


def out_of_fold(loaded: list[Story], folds: int) -> None:
    """Prints, per threshold, link P/R/F1 pooled over the corpora when each corpus is scored by
    trees fitted without it (corpora dealt into `folds` folds in CORPORA's order): how the judge
    does on stories it never saw, measured on the fitted corpora alone, so that a change can be
    chosen without a look at the held-out blind corpora."""
    found = {limit: np.zeros(4, dtype=int) for limit in THRESHOLDS}
    by_corpus = {limit: dict.fromkeys(CORPORA, 0.0) for limit in THRESHOLDS}
    for fold in range(folds):
        held = set(CORPORA[fold::folds])
        rest = [s for s in loaded if s.name.split("/")[0] not in held]
        judge = Trees.read(fit(*_pairs_of(rest)))
        for limit in THRESHOLDS:
            for corpus in held:
                part = _corpus_score(loaded, corpus, judge, limit)
                found[limit] += part
                by_corpus[limit][corpus] = _prf(*part)[2]
    for limit in THRESHOLDS:
        p, r, f = _prf(*found[limit])
        mean = sum(by_corpus[limit].values()) / len(CORPORA)
        print(
            f"threshold {limit:.3f}: out of fold P {p:.3f} R {r:.3f} F1 {f:.3f}"
            f" | mixed groups {found[limit][3]}"
            f" | mean per corpus {mean:.3f} | "
            + " ".join(f"{c} {v:.3f}" for c, v in by_corpus[limit].items())
        )


def _pairs_of(loaded: list[Story]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The stories' pairs as the trees are fitted on them: facts, labels and weights."""
    x = np.vstack([s.rows for s in loaded])
    y = np.array([v for s in loaded for v in s.labels])
    sample = np.array([_weight(s.name) for s in loaded for _ in s.labels], dtype=float)
    # a pair no group may hold (a population beside a count of what happened, a part beside its
    # whole) counts MIXING_WEIGHT times: one such pair misleads more than a missed link
    sample *= np.where([m for s in loaded for m in s.mixing], MIXING_WEIGHT, 1.0)
    return x, y, sample


def _corpus_score(loaded: list[Story], corpus: str, judge: Trees, limit: float) -> np.ndarray:
    """(correct pairs, predicted pairs, gold pairs, mixed groups) over one corpus's stories."""
    part = np.zeros(4, dtype=int)
    for s in loaded:
        if s.name.split("/")[0] == corpus:
            part += s.score(judge, limit)
    return part


def _prf(c: int, p: int, g: int, *_: int) -> tuple[float, float, float]:
    scores = Pairs(c, p, g)
    return scores.link_precision, scores.link_recall, scores.link_f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the fitted trees")
    parser.add_argument(
        "--threshold", type=float, help="store this threshold instead of the best mean's"
    )
    parser.add_argument(
        "--drop",
        default="",
        metavar="FACTS",
        help="facts (comma-separated) the trees may not ask: to measure what a fact adds",
    )
    parser.add_argument(
        "--folds",
        type=int,
        metavar="K",
        help="only measure: fit on all corpora but a K-th, score that K-th, pool; write nothing",
    )
    args = parser.parse_args()
    loaded = [Story(*s) for s in stories()]
    dropped = [list(FACTS).index(name) for name in args.drop.split(",") if name]
    for s in loaded:
        s.rows[:, dropped] = 0.0  # one value everywhere: no tree can split on it
    if args.folds:
        out_of_fold(loaded, args.folds)
        return
    x, y, sample = _pairs_of(loaded)
    data = fit(x, y, sample)
    print(f"{len(y)} candidate pairs, {int(y.sum())} of one quantity; {TREES} trees")
    judge = Trees.read(data)
    best, best_f1 = THRESHOLDS[0], -1.0
    for limit in THRESHOLDS:
        lines, f1s, mixed = [], [], 0
        weakest = (1.0, "")
        for corpus in CORPORA:
            part = np.zeros(4, dtype=int)
            for s in loaded:
                if s.name.split("/")[0] == corpus:
                    scored = s.score(judge, limit)
                    part += scored
                    weakest = min(weakest, (_prf(*scored)[2], s.name))
            p, r, f = _prf(*part)
            mixed += part[3]
            lines.append(f"{corpus} F1 {f:.3f}")
            f1s.append(f)
        f1 = sum(f1s) / len(f1s)  # each corpus counts the same, however many pairs it holds
        print(
            f"threshold {limit:.3f}: " + " | ".join(lines) + f" | mean F1 {f1:.3f}"
            f" | weakest {weakest[1]} {weakest[0]:.3f} | mixed groups {mixed}"
        )
        if f1 > best_f1:
            best, best_f1 = limit, f1
    print(f"best threshold {best:.3f} (mean F1 {best_f1:.3f})")
    if args.threshold is not None:
        best = args.threshold
        print(f"threshold {best:.3f} as asked")
    if args.write:
        data["threshold"] = best
        trees = ",\n".join(json.dumps(t, separators=(",", ":")) for t in data.pop("trees"))
        head = json.dumps(data, indent=1)[:-2]
        TREES_FILE.write_text(f'{head},\n "trees": [\n{trees}\n]}}\n', encoding="utf-8")
        print(f"wrote {TREES_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
