"""The judge of a pair of figures: boosted decision trees over the pair's facts (`evidence.py`),
fitted on annotated stories by `benchmarks/fit_link_judge.py` and stored as plain numbers in
`link_trees.json`, so nothing but numpy is needed to read them.

A tree asks one fact at each node ("is the value gap at most 0.7?", "is either figure past the
first number its article gives of that thing?") and ends in a leaf that adds to the pair's score;
the score of all trees goes through the logistic function. Trees let one fact count only beside
another: the same counted noun speaks for two different numbers when each is the first such
figure its article gives, and against them deep in a list of other such figures.

Each node also holds the mean score of the pairs that reach it, so the score of a pair splits
into what each fact it was asked about added on its way to the leaf: a group's reason says which
facts spoke for and against it, as the trees weighed them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import numpy as np

# At most this many pairs go down all trees at once, level by level (pairs × trees × 8 bytes a
# level): below it that is faster than a walk node by node, which costs a step of Python per node
# of every tree; above it slower, as every pair goes as deep as the deepest leaf
_LEVEL_WALK_PAIRS = 1_500


@dataclass(frozen=True)
class Trees:
    """All trees as flat arrays: node n asks fact `fact[n]` (-1 at a leaf) whether it is at most
    `cut[n]` (then `left[n]`, else `right[n]`); `score[n]` is the node's mean score; `roots` the
    first node of each tree."""

    facts: tuple[str, ...]
    base: float
    rate: float
    threshold: float
    roots: np.ndarray
    fact: np.ndarray
    cut: np.ndarray
    left: np.ndarray
    right: np.ndarray
    score: np.ndarray
    _levels: tuple = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """The trees as `scores` walks them: each node's fact, cut and children, where a leaf
        asks the first fact against infinity and sends a pair to itself; and the depth of the
        deepest leaf."""
        leaf = self.fact < 0
        here = np.arange(len(self.fact))
        depth = np.zeros(len(self.fact), dtype=np.int64)
        for n in np.flatnonzero(~leaf).tolist():  # a parent comes before its children
            depth[self.left[n]] = depth[self.right[n]] = depth[n] + 1
        levels = (
            np.where(leaf, 0, self.fact),
            np.where(leaf, np.inf, self.cut),
            np.where(leaf, here, self.left),
            np.where(leaf, here, self.right),
            int(depth.max(initial=0)),
        )
        object.__setattr__(self, "_levels", levels)  # frozen: set once, as it is made

    @classmethod
    def read(cls, data: dict) -> Trees:
        fact, cut, left, right, score, roots = [], [], [], [], [], []
        for tree in data["trees"]:
            offset = len(fact)
            roots.append(offset)
            fact += tree["fact"]
            cut += tree["cut"]
            left += [n + offset if n >= 0 else -1 for n in tree["left"]]
            right += [n + offset if n >= 0 else -1 for n in tree["right"]]
            score += tree["score"]
        return cls(
            facts=tuple(data["facts"]),
            base=float(data["base"]),
            rate=float(data["rate"]),
            threshold=float(data["threshold"]),
            roots=np.array(roots, dtype=np.int64),
            fact=np.array(fact, dtype=np.int64),
            cut=np.array(cut, dtype=float),  # compared with single-precision facts, as fitted
            left=np.array(left, dtype=np.int64),
            right=np.array(right, dtype=np.int64),
            score=np.array(score, dtype=float),
        )

    def on(self, facts: tuple[str, ...]) -> Trees:
        """These trees asking their facts by name among `facts` (the columns a table computes
        now): a fact added since they were fitted is never asked until they are fitted again."""
        if facts == self.facts:
            return self
        missing = set(self.facts) - set(facts)
        if missing:
            raise ValueError(f"the stored trees ask facts no table computes: {sorted(missing)}")
        at = np.array([facts.index(name) for name in self.facts], dtype=np.int64)
        fact = np.where(self.fact >= 0, at[np.maximum(self.fact, 0)], -1)
        return replace(self, facts=facts, fact=fact)

    def scores(self, found: np.ndarray) -> np.ndarray:
        """Each pair's score (a log of odds). A few pairs (a small dimension's, most of those
        around a new article) go down all trees at once, one level at a time, a leaf sending a
        pair to itself; many go tree by tree, node by node."""
        x = np.asarray(found, dtype=np.float32)  # as the trees were fitted
        out = np.full(len(x), self.base)
        if len(x) > _LEVEL_WALK_PAIRS:
            for leaf in self._walk(x):
                out += self.rate * self.score[leaf]
            return out
        asks, cuts, lefts, rights, depth = self._levels
        node = np.repeat(self.roots[None, :], len(x), axis=0)
        pair = np.arange(len(x))[:, None]
        for _ in range(depth):
            left = x[pair, asks[node]] <= cuts[node]
            node = np.where(left, lefts[node], rights[node])
        return out + self.score[node].sum(axis=1) * self.rate

    def contributions(self, found: np.ndarray) -> np.ndarray:
        """What each fact added to each pair's score on the pairs' way through the trees (pairs ×
        facts); with the trees' mean scores at their roots, the rows sum to `scores`."""
        out = np.zeros((len(found), len(self.facts)), order="F")  # a fact's column in one piece

        def step(n: int, fact: int, here: np.ndarray, to: np.ndarray) -> None:
            column = out[:, fact]
            column[here] += self.rate * (self.score[to] - self.score[n])

        for _ in self._walk(found, step):
            pass
        return out

    def _walk(
        self,
        found: np.ndarray,
        step: Callable[[int, int, np.ndarray, np.ndarray], None] | None = None,
    ) -> Iterator[np.ndarray]:
        """Each tree's leaf for every pair, tree by tree: each inner node n sends the pairs that
        reach it (`here`) left or right (`to`), and `step` hears of it (the trees are shallow: a
        few nodes, many pairs)."""
        x = np.asfortranarray(found, dtype=np.float32)  # as the trees were fitted, by column
        everyone = np.arange(len(x))
        for root, end in self._spans():
            node = np.full(len(x), root)
            for n in range(root, end):  # a parent comes before its children
                fact = int(self.fact[n])
                if fact < 0:
                    continue
                first = n == root  # every pair reaches the root: no search, no gather
                here = everyone if first else np.flatnonzero(node == n)
                if len(here):
                    value = x[:, fact] if first else x[:, fact][here]
                    to = np.where(value <= self.cut[n], self.left[n], self.right[n])
                    if step is not None:
                        step(n, fact, here, to)
                    node[here] = to
            yield node

    def _spans(self) -> list[tuple[int, int]]:
        """Each tree's first node and the node after its last."""
        ends = [*self.roots[1:].tolist(), len(self.fact)]
        return list(zip(self.roots.tolist(), ends, strict=True))


@cache
def trees() -> Trees:
    """The fitted trees (`link_trees.json`)."""
    text = resources.files("desktop.linking").joinpath("link_trees.json").read_text("utf-8")
    return Trees.read(json.loads(text))
