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
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

_CHUNK = 4_096  # pairs walked through all trees at once (pairs × trees indices in memory)


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
    depth: int

    @classmethod
    def read(cls, data: dict) -> Trees:
        fact, cut, left, right, score, roots = [], [], [], [], [], []
        depth = 0
        for tree in data["trees"]:
            offset = len(fact)
            roots.append(offset)
            fact += tree["fact"]
            cut += tree["cut"]
            left += [n + offset if n >= 0 else -1 for n in tree["left"]]
            right += [n + offset if n >= 0 else -1 for n in tree["right"]]
            score += tree["score"]
            depth = max(depth, tree["depth"])
        return cls(
            facts=tuple(data["facts"]),
            base=float(data["base"]),
            rate=float(data["rate"]),
            threshold=float(data["threshold"]),
            roots=np.array(roots, dtype=np.int64),
            fact=np.array(fact, dtype=np.int64),
            cut=np.array(cut, dtype=np.float32),
            left=np.array(left, dtype=np.int64),
            right=np.array(right, dtype=np.int64),
            score=np.array(score, dtype=float),
            depth=depth,
        )

    def leaves(self, found: np.ndarray) -> np.ndarray:
        """The leaf each pair (a row of facts) ends in, in each tree: pairs × trees."""
        x = np.asarray(found, dtype=np.float32)  # as the trees were fitted: in single precision
        node = np.broadcast_to(self.roots, (len(x), len(self.roots))).copy()
        rows = np.arange(len(x))[:, None]
        for _ in range(self.depth):
            asked = self.fact[node]
            inner = asked >= 0
            if not inner.any():
                break
            value = x[rows, np.maximum(asked, 0)]
            step = np.where(value <= self.cut[node], self.left[node], self.right[node])
            node = np.where(inner, step, node)
        return node

    def scores(self, found: np.ndarray) -> np.ndarray:
        """Each pair's score (a log of odds)."""
        out = np.full(len(found), self.base)
        for start in range(0, len(found), _CHUNK):
            part = self.leaves(found[start : start + _CHUNK])
            out[start : start + len(part)] += self.rate * self.score[part].sum(axis=1)
        return out

    def contributions(self, found: np.ndarray) -> np.ndarray:
        """What each fact added to each pair's score on the pairs' way through the trees (pairs ×
        facts); with the trees' mean scores at their roots, the rows sum to `scores`."""
        x = np.asarray(found, dtype=np.float32)
        out = np.zeros((len(x), len(self.facts)))
        node = np.broadcast_to(self.roots, (len(x), len(self.roots))).copy()
        rows = np.arange(len(x))[:, None]
        for _ in range(self.depth):
            asked = self.fact[node]
            inner = asked >= 0
            if not inner.any():
                break
            value = x[rows, np.maximum(asked, 0)]
            step = np.where(value <= self.cut[node], self.left[node], self.right[node])
            step = np.where(inner, step, node)
            gain = self.rate * (self.score[step] - self.score[node]) * inner
            np.add.at(out, (np.broadcast_to(rows, asked.shape), np.maximum(asked, 0)), gain)
            node = step
        return out


@cache
def trees() -> Trees:
    """The fitted trees (`link_trees.json`)."""
    text = resources.files("desktop.linking").joinpath("link_trees.json").read_text("utf-8")
    return Trees.read(json.loads(text))
