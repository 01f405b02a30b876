"""The loss report (benchmarks/bench_link_losses.py) on one development story: every gold pair the
linker misses is put down to one cause, and a perfect judge of the same candidate pairs groups
what the gold groups, so the report's ceiling is one the clustering can reach; judged so only
where the values differ, it lies between the two."""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_link_losses import CAUSES, losses, stories  # noqa: E402


def test_each_missed_pair_has_one_cause_and_a_perfect_judge_links_more() -> None:
    story = next(s for s in stories("dev_events_3") if s.name.endswith("e1_quake"))
    linked, perfect, causes, other_values = losses(story)
    article = {c.id: c.article for c in story.claims}
    found = [cid for cid, q in story.quantity.items() if q]
    gold_found = sum(
        1
        for a, b in combinations(found, 2)
        if article[a] != article[b] and story.quantity[a] == story.quantity[b]
    )
    assert set(causes) <= set(CAUSES)
    assert sum(causes.values()) == gold_found - linked.correct_pairs > 0
    # the same candidates, judged by the gold: what the linker missed there is found
    assert perfect.correct_pairs > linked.correct_pairs
    assert perfect.link_precision >= 0.95
    assert perfect.link_recall > linked.link_recall
    # judged perfectly only where the values differ, it links more than the trees, and no
    # more than a perfect judge of every pair
    assert linked.correct_pairs < other_values.correct_pairs <= perfect.correct_pairs
