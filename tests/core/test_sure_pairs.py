"""Average linkage with sure pairs: two groups the judge is sure one pair of joins while the mean
of their pairs stays above a low floor (a running count's far ends doubted, its neighbours not),
and never across a pair that must stay apart."""

from __future__ import annotations

from desktop.linking.grouping import _SURE, _SURE_MEAN, _average_linkage

LIMIT = 0.3
ARTICLES = [1, 2, 3, 4]  # one figure in each of four articles


def _groups(pairs, apart=()) -> set[frozenset[int]]:
    root = _average_linkage(len(ARTICLES), ARTICLES, pairs, apart, LIMIT).tolist()
    return {frozenset(n for n, r in enumerate(root) if r == g) for g in set(root)}


def test_a_sure_pair_joins_two_halves_whose_mean_is_under_the_threshold() -> None:
    sure = (_SURE + 1) / 2
    # {0, 1} and {2, 3} each sure; across, one sure pair and two doubted: mean 0.29 < 0.3
    pairs = [(0, 1, sure), (2, 3, sure), (1, 2, sure), (0, 2, 0.1), (1, 3, 0.11)]
    assert (0.1 + 0.11 + sure) / 4 < LIMIT
    assert _groups(pairs) == {frozenset({0, 1, 2, 3})}


def test_no_sure_pair_across_leaves_the_halves_apart() -> None:
    likely = (_SURE + LIMIT) / 2  # likely, not sure
    pairs = [(0, 1, 0.95), (2, 3, 0.95), (1, 2, likely), (0, 2, 0.1), (1, 3, 0.11)]
    assert (0.1 + 0.11 + likely) / 4 < LIMIT
    assert _groups(pairs) == {frozenset({0, 1}), frozenset({2, 3})}


def test_a_sure_pair_joins_nothing_under_the_floor_or_across_a_pair_kept_apart() -> None:
    sure = (_SURE + 1) / 2
    # eight figures: the sure pair across two groups of four is alone in their sixteen pairs
    articles = list(range(8))
    surest = (sure + 1) / 2  # each group is made before the pair across is read
    pairs = [(a, b, surest) for a in range(4) for b in range(a + 1, 4)]
    pairs += [(a, b, surest) for a in range(4, 8) for b in range(a + 1, 8)]
    pairs += [(3, 4, sure)]
    assert sure / 16 < _SURE_MEAN
    root = _average_linkage(8, articles, pairs, (), LIMIT).tolist()
    assert root[0] == root[3] and root[4] == root[7] and root[0] != root[4]
    kept = [(0, 1, sure), (2, 3, sure), (1, 2, sure), (0, 2, 0.1), (1, 3, 0.11)]
    assert _groups(kept, apart=[(0, 3)]) == {frozenset({0, 1}), frozenset({2, 3})}
