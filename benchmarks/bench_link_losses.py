"""Where linking loses the gold pairs it misses, and what a perfect judge of pairs would reach.

    .venv/bin/python benchmarks/bench_link_losses.py blind_events_12 [more corpora...]

For each corpus named (folders under tests/data holding gold.json; `seeds` for the seeds), prints
link precision, recall and F1 as the linker groups today, then each gold pair it misses (two
figures of one quantity in two articles, both extracted) by the first step that lost it:

  other dimension   the figures are never weighed together (a count beside a percentage)
  not a candidate   the index of values, keys, classes and rare words never offered the pair
  kept apart        a rule that no evidence overrides (another owner, period, certainty, a bar)
  judged unlikely   the pair's probability is under the threshold
  clustered apart   likely enough, but average linkage kept the two groups apart

then the F1 the same candidates, rules and clustering reach when a perfect judge gives each
candidate pair its gold answer: the most a better pair judge could add without new candidates
or rules; and last the F1 when the perfect judge answers only for pairs of two different values
(the fitted trees judge the pairs of one number): how much of that lies in telling which
different numbers are estimates, revisions or running counts of one quantity. Figures are
matched to the gold as the fitting script matches them (a claim overlapping a gold figure), so
the counts differ slightly from bench_blind_events.py's.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from fit_link_judge import Story  # noqa: E402
from scoring import Pairs  # noqa: E402

from desktop.linking.evidence import (  # noqa: E402
    ONE_NUMBER,
    Rarity,
    Table,
    probabilities,
    threshold,
)
from desktop.linking.grouping import _cluster, candidates  # noqa: E402

CAUSES = ("other dimension", "not a candidate", "kept apart", "judged unlikely", "clustered apart")
_SURE, _NEVER = 0.99, 0.01


def stories(corpus: str) -> list[Story]:
    if corpus == "seeds":
        gold = json.loads((ROOT / "tests/data/seeds_gold.json").read_text("utf-8"))
        return [Story("seeds", sorted((ROOT / "seeds").glob("*.txt")), gold)]
    folders = sorted(
        p for p in (ROOT / "tests/data" / corpus).iterdir() if (p / "gold.json").exists()
    )
    return [
        Story(
            f"{corpus}/{f.name}",
            sorted(f.glob("*.txt")),
            json.loads((f / "gold.json").read_text("utf-8")),
        )
        for f in folders
    ]


def _pairs(groups: list[list[int]], story: Story) -> tuple[set[frozenset[int]], int]:
    """The pairs across articles the groups make, and how many of them are right."""
    article = {c.id: c.article for c in story.claims}
    made: set[frozenset[int]] = set()
    right = 0
    for group in groups:
        for a, b in combinations(group, 2):
            qa, qb = story.quantity.get(a, ""), story.quantity.get(b, "")
            if article[a] == article[b] or qa is None or qb is None:
                continue
            made.add(frozenset((a, b)))
            right += bool(qa) and qa == qb
    return made, right


def losses(story: Story) -> tuple[Pairs, Pairs, Counter[str], Pairs]:
    """(pairs as linked, pairs under a perfect judge, missed gold pairs by cause, pairs under a
    perfect judge of pairs of different values alone)."""
    limit = threshold()
    linked: list[list[int]] = []
    judged: list[list[int]] = []
    other_values: list[list[int]] = []
    family_of: dict[int, str] = {}
    weighed: dict[frozenset[int], tuple[float, bool]] = {}
    for name, members in story.families.items():
        rarity = Rarity(members)
        quantity = [story.quantity.get(d.claim.id, "") for d in members]

        def perfect(i: np.ndarray, j: np.ndarray, quantity: list = quantity) -> np.ndarray:
            same = [
                bool(quantity[a]) and quantity[a] == quantity[b] for a, b in zip(i, j, strict=True)
            ]
            return np.where(np.array(same, dtype=bool), _SURE, _NEVER)

        for cluster, _ in _cluster(members, story.keyed, set(), rarity=rarity):
            linked.append([c.id for c in cluster])
        for cluster, _ in _cluster(members, story.keyed, set(), rarity=rarity, judge=perfect):
            judged.append([c.id for c in cluster])
        table = Table(members, rarity, story.keyed)
        log = np.log(np.array([d.value for d in members], dtype=float))

        def perfect_if_other(
            i: np.ndarray, j: np.ndarray, table: Table = table, log: np.ndarray = log
        ) -> np.ndarray:
            other = np.abs(log[i] - log[j]) >= ONE_NUMBER
            return np.where(other, perfect(i, j), probabilities(table.facts(i, j)))

        for cluster, _ in _cluster(
            members, story.keyed, set(), rarity=rarity, judge=perfect_if_other
        ):
            other_values.append([c.id for c in cluster])
        i, j = candidates(members, rarity)
        chance = probabilities(table.facts(i, j))
        apart = table.cannot_link(i, j)
        for a, b, p, x in zip(i.tolist(), j.tolist(), chance.tolist(), apart.tolist(), strict=True):
            weighed[frozenset((members[a].claim.id, members[b].claim.id))] = (p, x)
        for d in members:
            family_of[d.claim.id] = name
    made, right = _pairs(linked, story)
    perfect_made, perfect_right = _pairs(judged, story)
    other_made, other_right = _pairs(other_values, story)
    causes: Counter[str] = Counter()
    article = {c.id: c.article for c in story.claims}
    found = [cid for cid, q in story.quantity.items() if q]
    for a, b in combinations(sorted(found), 2):
        if article[a] == article[b] or story.quantity[a] != story.quantity[b]:
            continue
        if frozenset((a, b)) in made:
            continue
        if family_of.get(a) is None or family_of.get(a) != family_of.get(b):
            causes["other dimension"] += 1
        elif (seen := weighed.get(frozenset((a, b)))) is None:
            causes["not a candidate"] += 1
        elif seen[1]:
            causes["kept apart"] += 1
        elif seen[0] < limit:
            causes["judged unlikely"] += 1
        else:
            causes["clustered apart"] += 1
    gold = story.gold_pairs
    return (
        Pairs(right, len(made), gold),
        Pairs(perfect_right, len(perfect_made), gold),
        causes,
        Pairs(other_right, len(other_made), gold),
    )


def main() -> None:
    corpora = sys.argv[1:] or ["blind_events"]
    print(f"{'corpus':18} {'P':>6} {'R':>6} {'F1':>6} | missed gold pairs by cause"
          f" ({', '.join(CAUSES)}) | perfect judge P R F1"
          " | perfect on different values only P R F1")  # fmt: skip
    pooled = np.zeros((3, 3), dtype=int)
    for corpus in corpora:
        sums = np.zeros((3, 3), dtype=int)  # as linked, perfect judge, perfect on other values
        causes: Counter[str] = Counter()
        for story in stories(corpus):
            a, b, c, d = losses(story)
            for row, pairs in enumerate((a, b, d)):
                sums[row] += (pairs.correct_pairs, pairs.predicted_pairs, pairs.gold_pairs)
            causes += c
        pooled += sums
        _line(corpus, sums, " ".join(f"{causes[c]:5d}" for c in CAUSES))
    if len(corpora) > 1:
        _line("pooled", pooled, " " * (6 * len(CAUSES) - 1))


def _line(name: str, sums: np.ndarray, lost: str) -> None:
    p, q, r = (Pairs(*row.tolist()) for row in sums)
    print(
        f"{name:18} {p.link_precision:6.3f} {p.link_recall:6.3f} {p.link_f1:6.3f} | {lost}"
        f" | {q.link_precision:.3f} {q.link_recall:.3f} {q.link_f1:.3f}"
        f" | {r.link_precision:.3f} {r.link_recall:.3f} {r.link_f1:.3f}"
    )


if __name__ == "__main__":
    main()
