"""Grouping inside a block: split by measuring window and by order of magnitude, keep what spans
two sources, respect what the user rejected, and say why each group holds together.

Values inside a group may differ — that divergence is what users come for — but values an order
of magnitude apart with the same population and act are different quantities (the airlift's
thousands and the trickle of hundreds after it), unless their dates say the count moved on.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import chain, combinations
from typing import NamedTuple

import numpy as np

from desktop.claims.lexicon import CURRENCY_WORDS, MONTHS, MULTIPLE_UNIT, RATE_OF, WEEKDAYS
from desktop.claims.vocabulary import (
    ACT_LABEL,
    ACT_OF,
    CROWD,
    HUMAN_ACTS,
    INHABITANTS,
    JOB_ACTS,
    OF_A_WHOLE,
    PERSON_POPULATIONS,
    STANDING,
    THING_ACTS,
    VERBS,
    another_giver,
    counted_as,
)
from desktop.claims.words import alternation
from desktop.linking.blocking import (
    BARE_MEASURES,
    FIGURES_REMEMBERED,
    act_class,
    dimension,
    quantity_key,
    window_class,
)
from desktop.linking.evidence import (
    Described,
    Rarity,
    Standing,
    Table,
    allowed,
    clause_around,
    describe,
    english_words,
    fitted_trees,
    of_people,
    owner_of,
    probabilities,
    row_label,
    standings,
    stopwords,
    tally,
    threshold,
)
from desktop.model import Claim, Link, Qualifier, QuantityKey

GAP = 9.0  # an order of magnitude, allowing for rounding ("nearly 400" beside "more than 4,000")
GAP_OVER_TIME = 40.0  # a count that grows between dated reports (a death toll) may grow more
_TOO_GENERAL = {"people", "jobs", "cases"}
# Readings (a magnitude, a temperature, a wind speed) of one thing differ little between sources;
# amounts measured in a unit (tonnes spilled, hectares burned) grow and diverge like counts.
MEASURE_GAP = 1.5
NEAR_ENOUGH = 3.0  # …and joins its block's only act when it is this close to one of its figures
SAME_NUMBER = 1.25  # a mention that names no act joins the act whose figure it repeats
# Percentages of one measure that differ by more than this are other measures (a state's rate
# beside a school year's), unless their dates say the rate moved.
RATE_GAP = 1.2
RATE_GAP_OVER_TIME = 2.0
SUGGEST_BELOW = 0.75  # below this a group is offered as a suggestion to accept or reject


def midpoint(claim: Claim) -> float:
    """The value a figure stands for on its block's scale (durations in days, areas in
    hectares: three weeks = 21 days)."""
    return dimension(claim)[1]


def link_claims(
    claims: Sequence[Claim],
    rejected: Iterable[frozenset[int]] = (),
    aliases: Mapping[str, str] | None = None,
) -> list[Link]:
    """Groups of claims (by id) that measure the same quantity, from two or more articles.

    Figures of one dimension are weighed in pairs (`evidence.py`): candidates come from an index
    of values, never from all pairs; groups are then grown by average linkage, so a group holds
    while its figures agree on average, and a pair the user rejected (or that belongs to another
    owner or window) never ends up in one group. `aliases` are what the user's own links taught
    (`"count|cabins" → "count|chalets"`): such figures share a quantity key.
    """
    return relink(claims, rejected, aliases).links


@dataclass(frozen=True)
class Relinked:
    """Groups made by a relink, and the claims it weighed: the others keep their groups."""

    links: list[Link]
    scope: frozenset[int]


def relink(
    claims: Sequence[Claim],
    rejected: Iterable[frozenset[int]] = (),
    aliases: Mapping[str, str] | None = None,
    focus: Collection[int] | None = None,
    groups: Mapping[int, int | None] | None = None,
) -> Relinked:
    """`link_claims`, or with `focus` (the figures an import just added) only around them: the
    figures they have something in common with, and everything in those figures' current
    `groups`, are weighed again; the rest is left as it is, so adding one article costs what it
    touches, not what the workspace holds. Word rarity is still read from all figures. A
    dimension of at most WHOLE figures is weighed again whole, as a link of all it holds, its
    current `groups` unread."""
    aliases = aliases or {}
    rejected_pairs = {frozenset(p) for p in rejected}
    links: list[Link] = []
    scope: set[int] = set()
    focus = None if focus is None else set(focus)
    for members in families(claims).values():
        if focus is not None and not any(d.claim.id in focus for d in members):
            continue  # nothing new of this dimension: its groups stay as they are
        rarity = Rarity(members)
        standing = standings(members)
        if focus is None or len(members) <= WHOLE or all(d.claim.id in focus for d in members):
            chosen = members
            keyed = _key_clusters([d.claim for d in members], aliases)
            made = _cluster(members, keyed, rejected_pairs, rarity=rarity, standing=standing)
        else:
            chosen, made = _around(
                members, focus, groups or {}, rarity, aliases, standing, rejected_pairs
            )
        scope.update(d.claim.id for d in chosen if d.claim.id is not None)
        links += [_link(cluster, weighed) for cluster, weighed in made]
    if focus is None:
        scope = {c.id for c in claims if c.id is not None}
    return Relinked(links, frozenset(scope))


def families(claims: Iterable[Claim]) -> dict[str, list[Described]]:
    """The stored figures with a value to weigh (never zero, infinite or not a number), by
    dimension: only figures of one dimension are ever weighed together."""
    found: dict[str, list[Described]] = defaultdict(list)
    for c in claims:
        if c.id is not None and c.article is not None:
            d = describe(c)
            if 0 < d.value < math.inf:
                found[d.dimension].append(d)
    ordered = {
        name: sorted(members, key=lambda d: said_order(d.claim)) for name, members in found.items()
    }
    if _MONEY in ordered:  # (in that order too: which rate a sentence says first, which currency
        ordered[_MONEY] = in_one_currency(ordered[_MONEY])  # ties for the most amounts)
    return ordered


def said_order(c: Claim) -> tuple[str, str, str, int, int]:
    """A figure's place in the order its dimension is weighed in: by what its article says around
    it, never by when it was imported, so articles dropped in any order make the same groups (a
    tie between two pairs as likely, or two figures of one value, goes the same way)."""
    return (c.sentence, c.context_before, c.context_after, c.start, c.id or 0)


_MONEY = "money"


def in_one_currency(members: list[Described]) -> list[Described]:
    """Amounts in the currency most of them are written in, at the rates the articles
    themselves give ("€6.2 billion ($7.2 billion)", "£100m ($130m)"): so "£5.3bn" in one
    article meets "€6.2 billion" in another. A currency no sentence converts keeps its own
    numbers. The rate of two currencies is the median of what the sentences say."""
    offset = currency_rates(members)
    if len(offset) < 2:
        return members
    return [
        replace(d, value=d.value * math.exp(offset[d.claim.unit]))
        if offset.get(d.claim.unit, 0.0)
        else d
        for d in members
    ]


def currency_rates(members: Sequence[Described]) -> dict[str, float]:
    """The log of one unit of each currency the sentences convert, in the currency most amounts
    are written in: the median of what the sentences say for each pair, chained."""
    said: dict[tuple[str, str], list[float]] = defaultdict(list)
    for a, b in equivalents(members):
        ua, ub = members[a].claim.unit, members[b].claim.unit
        step = math.log(members[b].value / members[a].value)  # one unit of ua in ub, as a log
        said[(ua, ub)].append(step)
        said[(ub, ua)].append(-step)
    for d, other in rates_said(members):  # "at 12 florins to the euro": one euro is 12 florins
        said[(other, d.claim.unit)].append(math.log(d.value))
        said[(d.claim.unit, other)].append(-math.log(d.value))
    units = Counter(d.claim.unit for d in members if d.claim.kind == "money")
    for unit in units:  # "182p" and "£1.82": a hundredth is a hundredth in every article
        whole, _, part = unit.rpartition(" ")
        if whole and part in _hundredths():
            said[(unit, whole)].append(_HUNDREDTH)
            said[(whole, unit)].append(-_HUNDREDTH)
    if not units:
        return {}
    rate: dict[str, dict[str, float]] = defaultdict(dict)
    for (ua, ub), steps in said.items():
        rate[ua][ub] = float(np.median(steps))
    base = units.most_common(1)[0][0]
    offset = {base: 0.0}
    todo = [base]
    while todo:
        unit = todo.pop()
        for other, step in rate[unit].items():
            if other not in offset:
                offset[other] = offset[unit] - step
                todo.append(other)
    return offset if len(offset) > 1 else {}


_HUNDREDTH = math.log(0.01)


@cache
def _hundredths() -> frozenset[str]:
    return frozenset(english_words()["hundredths"])


def prepare(claims: Iterable[Claim]) -> None:
    """Read stored figures for linking ahead of the link (each is read once and remembered):
    an import calls it as each article is stored, while the next files are still extracted."""
    for c in claims:
        if c.id is not None and c.article is not None:
            describe(c)


class ArticleWords(NamedTuple):
    """Pairs of one article's figures (indices) that its words make one quantity, by kind
    (`repeats`, `rivals`, `equivalents`, `corrections`), and those it keeps apart (`told_apart`)."""

    said_twice: list[tuple[int, int]]
    rivals: list[tuple[int, int]]
    worth: list[tuple[int, int]]
    corrected: list[tuple[int, int]]
    apart: list[tuple[int, int]]


def article_words(members: Sequence[Described]) -> ArticleWords:
    said_twice, rival, worth = repeats(members), rivals(members), equivalents(members)
    corrected = corrections(members)
    told = told_apart(members, said_twice + rival + worth + corrected)
    return ArticleWords(said_twice, rival, worth, corrected, told)


# A dimension of at most this many figures is grouped again whole whenever an import adds to
# it, as if every article had come at once: its groups never depend on the order the articles
# came in (a relink around the new figures can end elsewhere, as the rarity of words moves with
# every article and the groups outside stay as they were made). Past it an import weighs only
# what it touches. Thirty articles of news hold about 700 counts; adding a thirty-first takes
# about 1.0 s so, against 0.5 s around its figures alone.
WHOLE = 1_000


def _around(
    members: Sequence[Described],
    focus: set[int],
    groups: Mapping[int, int | None],
    rarity: Rarity,
    aliases: Mapping[str, str],
    standing: Mapping[int, Standing],
    rejected: set[frozenset[int]],
) -> tuple[list[Described], list[tuple[list[Claim], Inside]]]:
    """The figures weighed again around `focus`, and the groups they make.

    The neighbourhood starts from `focus`'s candidates, with the current groups of all it holds
    and what an article says is one quantity with it (`bridges`). Its figures are grouped as a
    whole link groups them: the exact keys, the candidate pairs (a figure's nearest are read over
    all the dimension) and what their articles' words say of them are read over all figures.
    Then, while a group made inside is likely enough on average to be one quantity with a group
    outside (the mean of their pairs, as average linkage weighs it, reaches the threshold), that
    group joins the neighbourhood and it is grouped again. So the groups made around an article
    are those a whole link makes, whatever order the articles came in, and adding one article
    still costs what it touches."""
    words = _ArticlesRead(members)
    group_of = [groups.get(d.claim.id) for d in members]  # type: ignore[arg-type]
    members_of: dict[int, list[int]] = defaultdict(list)
    for n, g in enumerate(group_of):
        if g is not None:
            members_of[g].append(n)
    here = np.array([d.claim.id in focus for d in members])
    lists = _Lists(members, rarity)
    i, j = lists.pairs(here)
    adding = here.copy()
    adding[j[here[i]]] = True
    adding[i[here[j]]] = True
    chosen = np.zeros(len(members), dtype=bool)
    while True:
        grown = np.flatnonzero(adding & ~chosen).tolist()
        while grown:  # whole groups, and what an article joins to what is chosen
            chosen[grown] = True
            words.read(grown)
            more = {y for x in grown for y in words.partners.get(x, ())}
            more |= {y for x in grown if group_of[x] is not None for y in members_of[group_of[x]]}
            grown = [y for y in more if not chosen[y]]
        # read again as it grows: a figure outside is ranked among only some of its lists
        i, j = lists.pairs(chosen)
        touching = chosen[i] | chosen[j]  # (the lists read hold pairs of others too)
        i, j = i[touching], j[touching]
        weighed = chosen.copy()
        weighed[i] = weighed[j] = True
        keyed = _key_clusters([d.claim for n, d in enumerate(members) if weighed[n]], aliases)
        inside = chosen[i] & chosen[j]
        at = np.cumsum(chosen) - 1
        picked = [d for n, d in enumerate(members) if chosen[n]]

        def among(pairs: list[tuple[int, int]], at: np.ndarray = at) -> list[tuple[int, int]]:
            return [(int(at[x]), int(at[y])) for x, y in pairs if chosen[x] and chosen[y]]

        said = ArticleWords(*(among(p) for p in (*words.found, words.told(chosen))))
        made = _cluster(
            picked,
            keyed,
            rejected,
            rarity=rarity,
            standing=standing,
            pairs=(at[i[inside]], at[j[inside]]),
            said=said,
        )
        adding = _pulled(
            members, chosen, made, (group_of, members_of), (i, j), (rarity, keyed, standing), here
        )
        if not adding.any():
            return picked, made


class _ArticlesRead:
    """What the articles of a dimension's figures say of them (`article_words`), read an article
    at a time as figures of it are chosen: an article's words speak only of its own figures, so
    adding one article reads the articles it touches, not every article of the workspace."""

    def __init__(self, members: Sequence[Described]) -> None:
        self._members = members
        self._figures: dict[object, list[int]] = defaultdict(list)  # article → its figures
        for n, d in enumerate(members):
            self._figures[d.claim.article].append(n)
        self._read: set[object] = set()
        # repeats, rivals, equivalents and corrections (indices into members), and each
        # figure's partners in any of them
        self.found: tuple[list[tuple[int, int]], ...] = ([], [], [], [])
        self.partners: dict[int, list[int]] = defaultdict(list)

    def read(self, figures: Iterable[int]) -> None:
        """Read the articles of `figures` that are not read yet."""
        for article in {self._members[n].claim.article for n in figures} - self._read:
            self._read.add(article)
            own = self._figures[article]
            theirs = [self._members[n] for n in own]
            for found, pairs in zip(
                self.found,
                (repeats(theirs), rivals(theirs), equivalents(theirs), corrections(theirs)),
                strict=True,
            ):
                for x, y in pairs:
                    found.append((own[x], own[y]))
                    self.partners[own[x]].append(own[y])
                    self.partners[own[y]].append(own[x])

    def told(self, chosen: np.ndarray) -> list[tuple[int, int]]:
        """`told_apart` for the chosen figures (whose articles are all read)."""
        figures = sorted(n for article in self._read for n in self._figures[article])
        theirs = [self._members[n] for n in figures]
        at = {n: k for k, n in enumerate(figures)}
        bridged = [(at[x], at[y]) for pairs in self.found for x, y in pairs]
        told = told_apart(theirs, bridged, chosen[figures])
        return [(figures[x], figures[y]) for x, y in told]


def _pulled(
    members: Sequence[Described],
    chosen: np.ndarray,
    made: list[tuple[list[Claim], Inside]],
    groups: tuple[list[int | None], Mapping[int, list[int]]],
    pairs: tuple[np.ndarray, np.ndarray],
    weigh: tuple[Rarity, Mapping[int, int], Mapping[int, Standing]],
    new: np.ndarray,
) -> np.ndarray:
    """The figures outside `chosen` that a figure inside, `new` or moved to another group, may
    now be one quantity with: the whole group of such a figure (or the figure alone, when it has
    none), when the mean of its pairs with a group `made` inside reaches the threshold, as
    average linkage means them (pairs never weighed count as 0, pairs of one article not at
    all), or when one of its figures is likelier with a figure inside than any of that figure's
    own group is, or sure of it (_SURE)."""
    i, j = pairs
    group_of, members_of = groups
    limit = threshold()
    made_of = {c.id: k for k, (cluster, _) in enumerate(made) for c in cluster}
    index = {d.claim.id: n for n, d in enumerate(members)}
    # what stands as it stood weighs against the outside as it did when it was grouped: only
    # the new figures and those whose group changed are read
    moved = new.copy()
    for cluster, _ in made:
        ns = [index[c.id] for c in cluster]
        g = group_of[ns[0]]
        if g is None or len(members_of[g]) != len(ns) or set(members_of[g]) != set(ns):
            moved[ns] = True
    for n in np.flatnonzero(chosen).tolist():
        if group_of[n] is not None and members[n].claim.id not in made_of:
            moved[n] = True  # its group lost it
    cross = (chosen[i] != chosen[j]) & moved[np.where(chosen[i], i, j)]
    pulled = np.zeros(len(members), dtype=bool)
    if not cross.any():
        return pulled
    ci = np.where(chosen[i], i, j)[cross]  # inside
    co = np.where(chosen[i], j, i)[cross]  # outside
    # each inside figure's strongest pair within its group, for those with a strong pair out
    # (the group's figures read with them)
    mates = [
        (x, index[c.id])
        for x in np.unique(ci).tolist()
        if (k := made_of.get(members[x].claim.id)) is not None
        for c in made[k][0]
        if c.article != members[x].claim.article
    ]
    mi = np.array([x for x, _ in mates], dtype=np.int64)
    mj = np.array([m for _, m in mates], dtype=np.int64)
    sub = np.unique(np.r_[ci, co, mj])
    at = np.full(len(members), -1)
    at[sub] = np.arange(len(sub))
    table = Table([members[n] for n in sub.tolist()], *weigh)
    chance = probabilities(table.facts(at[ci], at[co]))
    keep = (chance >= _FAINT) & ~table.cannot_link(at[ci], at[co])
    strongest = np.zeros(len(members))
    if len(mates):
        np.maximum.at(strongest, mi, probabilities(table.facts(at[mi], at[mj])))
    # a figure that likes one outside more than any figure of its own group may go there first,
    # as average linkage merges the best pair first; one sure of a figure outside may take that
    # figure's group in under the threshold (_SURE)
    for x, y, p in zip(ci[keep].tolist(), co[keep].tolist(), chance[keep].tolist(), strict=True):
        if (p >= limit and p >= strongest[x]) or p >= _SURE:
            g = group_of[y]
            pulled[members_of[g] if g is not None else [y]] = True
    inner: dict[object, list[int]] = {}
    outer: dict[object, list[int]] = {}
    sums: dict[tuple[object, object], float] = defaultdict(float)
    for x, y, p in zip(ci[keep].tolist(), co[keep].tolist(), chance[keep].tolist(), strict=True):
        k = made_of.get(members[x].claim.id)
        a = ("made", k) if k is not None else ("figure", x)
        if a not in inner:
            inner[a] = [index[c.id] for c in made[k][0]] if k is not None else [x]
        g = group_of[y]
        b = ("group", g) if g is not None else ("figure", y)
        if b not in outer:
            outer[b] = list(members_of[g]) if g is not None else [y]
        sums[(a, b)] += p
    for (a, b), total in sums.items():
        if total < limit:
            continue  # a mean is at most its sum
        arts = Counter(members[n].claim.article for n in inner[a])
        same = sum(arts[members[n].claim.article] for n in outer[b])
        if total / ((len(inner[a]) * len(outer[b]) - same) or 1) >= limit:
            pulled[outer[b]] = True
    return pulled


REACH = 25.0  # values further apart than this are never weighed as one quantity
_NEAREST = 16  # per figure and per thing in common: the figures nearest in value, each side
_MOST_CANDIDATES = 20  # per figure, all things in common together
_BAND = math.log(1.2)
_TELLING_WORDS = 5  # per figure: its rarest words near it find candidates
_STEPS = 2**31  # distances in value are told apart to this fraction of REACH's logarithm
_FAINT = 0.05  # pairs less likely than this weigh as never weighed (0) in a cluster's mean
# Two groups holding a pair at least this likely merge while the mean of their pairs is at least
# _SURE_MEAN, under the threshold: a running count reported over days ("150,000 households",
# "182,000", "196,000", "31,000 still dry") whose first and last figures the judge doubts, but
# whose neighbours it is sure of. Out of fold on the fitted corpora (--folds 3, 0.30): F1
# 0.761 -> 0.765 (P 0.862 -> 0.862, R 0.681 -> 0.687), mixed groups 134 -> 135; flat from 0.85
# to 0.9 and from 0.05 to 0.15, nothing at 0.95 (the trees seldom say more)
_SURE = 0.9
_SURE_MEAN = 0.1


def candidates(
    members: Sequence[Described], rarity: Rarity, only: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs worth weighing (indices into `members`, i < j), from an index, never from all pairs:
    figures of other articles that have something in common with a figure (a value within a
    fifth of it, its quantity key, the class of its counted noun, one of its rarest words near
    it), the _NEAREST nearest in value on each side in each such list, within REACH; each figure
    keeps at most _MOST_CANDIDATES, nearest first, so pairs grow with the figures. With `only`
    (a mask of figures), only the lists those figures are in are read: their pairs are found
    without weighing the whole workspace."""
    return _Lists(members, rarity).pairs(only)


class _Lists:
    """The index `candidates` reads: the lists each figure is in, as numbers sorted by list and
    by value, made once and read for as many masks as a relink asks."""

    def __init__(self, members: Sequence[Described], rarity: Rarity) -> None:
        names: dict[tuple[str, object], int] = {}
        token, figure = [], []
        for n, d in enumerate(members):
            for thing in (*_fixed_lists(d), *_word_lists(d, rarity)):
                token.append(names.setdefault(thing, len(names)))
                figure.append(n)
        self.size, self.names = len(members), len(names)
        self.log = np.log(np.array([d.value for d in members], dtype=float))
        self.article = np.array([hash(d.claim.article) for d in members])
        token_a, figure_a = np.array(token, dtype=np.int64), np.array(figure, dtype=np.int64)
        order = np.lexsort((self.log[figure_a], token_a))
        self.token, self.figure = token_a[order], figure_a[order]

    def pairs(self, only: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The candidate pairs (see `candidates`), from the lists the figures of `only` are in."""
        token, figure, log, size = self.token, self.figure, self.log, self.size
        at = np.arange(len(token))  # where each entry stands in the index
        ranked = None  # the figures whose nearest are ranked (all, without `only`)
        if only is not None:
            at, ranked = self._reaching(only)
            token, figure = token[at], figure[at]
        if not len(token):
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        found = []
        for step in range(1, _NEAREST + 1):  # the entries kept that stood at most so far apart
            a, b = figure[:-step], figure[step:]
            keep = (token[:-step] == token[step:]) & (at[step:] - at[:-step] <= _NEAREST)
            keep &= (log[b] - log[a] <= math.log(REACH)) & (self.article[a] != self.article[b])
            found += [a[keep] * size + b[keep], b[keep] * size + a[keep]]
        both = _distinct(np.concatenate(found))  # a pair found through several lists, once
        src, dst = both // size, both % size
        if ranked is not None:  # a pair that touches `only` is ranked from both its figures
            src, dst = src[ranked[src]], dst[ranked[src]]
        # per figure, the nearest first: one sort of (figure, distance to a billionth of REACH's
        # logarithm) in an integer; equally near, by the other figure, as `both` is sorted
        near = np.abs(log[src] - log[dst]) * (_STEPS / math.log(REACH))
        order = np.argsort((src << 32) | np.minimum(near, _STEPS).astype(np.int64), kind="stable")
        src, dst = src[order], dst[order]
        starts = np.flatnonzero(np.r_[True, src[1:] != src[:-1]])
        rank = np.arange(len(src)) - np.repeat(starts, np.diff(np.r_[starts, len(src)]))
        src, dst = src[rank < _MOST_CANDIDATES], dst[rank < _MOST_CANDIDATES]
        low, high = np.minimum(src, dst), np.maximum(src, dst)
        unique = _distinct(low * size + high)
        return unique // size, unique % size

    def _reaching(self, only: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The entries of the index (positions) whose pairs can touch a figure of `only`, in the
        lists its figures are in: those near its entries, and those near any entry of the
        figures near them, whose own nearest rank their pairs with it; and those figures (a
        mask), the only ones whose ranking matters. The pairs found among them that touch
        `only` are those all entries of those lists give, at a cost that grows with what `only`
        touches, not with the lists."""
        wanted = np.zeros(self.names, dtype=bool)
        wanted[self.token[only[self.figure]]] = True
        listed = np.flatnonzero(wanted[self.token])
        figure = self.figure[listed]
        near = _near(only[figure], _NEAREST)
        close = np.zeros(self.size, dtype=bool)
        close[figure[near]] = True
        return listed[_near(close[figure], _NEAREST)], close


def _near(mask: np.ndarray, reach: int) -> np.ndarray:
    """Entries at most `reach` places from an entry the mask holds."""
    held = np.r_[0, np.cumsum(mask)]
    at = np.arange(len(mask))
    return held[np.minimum(at + reach + 1, len(mask))] > held[np.maximum(at - reach, 0)]


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a sort and a comparison: numpy's unique hashes, slowly)."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


@lru_cache(maxsize=FIGURES_REMEMBERED)
def _fixed_lists(d: Described) -> tuple[tuple[str, object], ...]:
    """The lists a figure is in by its value, its quantity key and its counted noun's class."""
    band = math.log(d.value) / _BAND  # numbers within a fifth of each other share a band
    keys: list[tuple[str, object]] = [
        ("band", math.floor(band)),
        ("band between", math.floor(band + 0.5)),
    ]
    key = quantity_key(d.claim)
    if key:
        keys.append(("key", (key, window_class(d.claim))))
    if d.head:
        keys.append(("class", d.kind_of))
    return tuple(keys)


def _word_lists(d: Described, rarity: Rarity) -> list[tuple[str, object]]:
    """The lists a figure is in by its rarest words near it (rarity changes with the workspace)."""
    return [("word", w) for w in rarity.telling(d.near, _TELLING_WORDS)]


def _cluster(
    members: Sequence[Described],
    keyed: Mapping[int, int],
    rejected: set[frozenset[int]],
    limit: float | None = None,
    rarity: Rarity | None = None,
    judge: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
    standing: Mapping[int, Standing] | None = None,
    pairs: tuple[np.ndarray, np.ndarray] | None = None,
    said: ArticleWords | None = None,
) -> list[tuple[list[Claim], Inside]]:
    """Average-linkage clusters of one dimension's figures, with the facts of their pairs (the
    fitted trees and threshold unless another `limit` is given, as the fitting script tries).
    `judge`, when given, says each candidate pair's probability instead of the trees (indices
    into `members`): a benchmark's way to ask what the clustering makes of a perfect judge.
    `standing` is each figure's place among its article's figures of the same thing, when
    `members` are only some of the dimension's figures, and `pairs` and `said` then the
    candidate pairs among them that a whole link weighs and what their articles' words say of
    them, read with all the dimension's figures (else both are found among `members` alone)."""
    rarity = rarity or Rarity(members)
    limit = threshold() if limit is None else limit
    table = Table(members, rarity, keyed, standing)
    i, j = candidates(members, rarity) if pairs is None else pairs
    found = table.facts(i, j)
    chance = probabilities(found) if judge is None else judge(i, j)
    apart = table.cannot_link(i, j)
    ids = [d.claim.id for d in members]
    index = {cid: n for n, cid in enumerate(ids)}
    extra: set[tuple[int, int]] = set()
    if rejected:  # the user's "not the same": never in one group
        no = {(index[x], index[y]) for x, y in map(tuple, rejected) if x in index and y in index}
        no |= {(y, x) for x, y in no}
        listed = list(zip(i.tolist(), j.tolist(), strict=True))
        apart |= np.array([pair in no for pair in listed], dtype=bool)
        extra = {(x, y) for x, y in no if x < y} - set(listed)
    weighed = (chance >= _FAINT) & ~apart
    article = [d.claim.article for d in members]
    kept_apart = [*zip(i[apart].tolist(), j[apart].tolist(), strict=True), *extra]
    words = article_words(members) if said is None else said
    said_twice, rival, worth, corrected, told = words
    bridged = said_twice + rival + worth + corrected
    merged = _average_linkage(
        len(members),
        article,
        chain(
            zip(i[weighed].tolist(), j[weighed].tolist(), chance[weighed].tolist(), strict=True),
            ((x, y, _against(members[x], members[y])) for x, y in told),
        ),
        kept_apart,
        limit,
    )
    alone = _coincidences(merged, members, table)
    merged = _joined(alone, bridged, kept_apart)
    # groups an article held apart that the pairs across articles alone would have joined
    close = merged[i[chance >= limit]], merged[j[chance >= limit]]
    would_join = {frozenset(p) for p in zip(*(c.tolist() for c in close), strict=True)}
    held: dict[int, set[int]] = defaultdict(set)
    for x, y in told:
        rx, ry = int(merged[x]), int(merged[y])
        if rx != ry and frozenset((rx, ry)) in would_join:
            held[rx].add(ry)
            held[ry].add(rx)
    # …and groups a place's people or what it holds stayed out of, that pairs would have joined
    stood: dict[int, set[int]] = defaultdict(set)
    kept = table.standing_apart(i, j) & (chance >= limit)
    for x, y in zip(i[kept].tolist(), j[kept].tolist(), strict=True):
        rx, ry = int(merged[x]), int(merged[y])
        if rx != ry:
            stood[rx].add(ry)
            stood[ry].add(rx)
    # what an article's words say is one quantity inside each cluster, for its reason
    joined: dict[int, set[str]] = defaultdict(set)
    for why, pairs in (
        (SAID_TWICE, said_twice), (RIVALS, rival), (WORTH, worth), (CORRECTED, corrected)
    ):  # fmt: skip
        for x, y in pairs:
            if merged[x] == merged[y]:
                joined[int(merged[x])].add(why)
    # the pairs weighed inside each cluster, in the order they were found
    within = np.flatnonzero(weighed & (merged[i] == merged[j]))
    roots = merged[i[within]]
    order = np.argsort(roots, kind="stable")
    within, roots = within[order], roots[order]
    starts = np.flatnonzero(np.r_[True, roots[1:] != roots[:-1]]) if len(roots) else roots
    ends = np.r_[starts[1:], len(roots)] if len(roots) else roots
    inside = {
        int(roots[a]): Inside(chance[within[a:b]], found[within[a:b]])
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
    }
    nothing = Inside(np.zeros(0), np.zeros((0, found.shape[1])))
    for root, why in joined.items():
        inside[root] = inside.get(root, nothing)._replace(joined=tuple(sorted(why)))
    clusters: dict[int, list[int]] = defaultdict(list)
    for n in sorted(range(len(members)), key=lambda n: ids[n]):  # type: ignore[arg-type,return-value]
        clusters[int(merged[n])].append(n)
    shown = {r: g for r, g in clusters.items() if len({article[n] for n in g}) >= 2}
    for field, apart_from in (("held_apart", held), ("standing_apart", stood)):
        for root, others in apart_from.items():
            if root in shown and (names := [r for r in others if r in shown]):
                labels = sorted({label_for([members[n].claim for n in shown[r]]) for r in names})
                inside[root] = inside.get(root, nothing)._replace(**{field: tuple(labels)})
    # what each fact added to the pairs a shown group's reason reads, weighed at once for all
    read = [(root, inside[root].facts[:_REASONS_FROM]) for root in shown if root in inside]
    if read:
        added = fitted_trees().contributions(np.vstack([rows for _, rows in read]))
        at = np.cumsum([0, *(len(rows) for _, rows in read)]).tolist()
        for (root, _), a, b in zip(read, at, at[1:], strict=False):
            inside[root] = inside[root]._replace(added=added[a:b])
    return [
        (
            [members[n].claim for n in group],
            inside.get(root, nothing)._replace(spread=_spread([members[n] for n in group])),
        )
        for root, group in shown.items()
    ]


def _spread(group: Sequence[Described]) -> float:
    """The largest value of a group over its smallest, on the scale they were weighed on: "410
    million florins" and "34 million euros" at 12 florins to the euro are one amount."""
    values = [d.value for d in group if d.value > 0]
    return max(values) / min(values) if values else 0.0


def _coincidences(merged: np.ndarray, members: Sequence[Described], table: Table) -> np.ndarray:
    """Clusters whose only bond is a small number said of different things ("two" crew in
    hospital, "two" inspections passed, "two" extra sailings): each figure stands alone, unless
    all count people to whom the same happened ("two soldiers were killed", "two people were
    killed": the class lists miss many synonyms of people)."""
    clusters: dict[int, list[int]] = defaultdict(list)
    for n, root in enumerate(merged.tolist()):
        clusters[root].append(n)
    out = merged.copy()
    for group in clusters.values():
        kinds = [int(table.kind_of[n]) for n in group]
        small = all(members[n].claim.kind == "count" and members[n].value <= _SMALL for n in group)
        if len(group) < 2 or not small or min(kinds) < 0:
            continue
        counted = Counter(kinds)
        person = {n: of_people(members[n].kind_of, members[n].measure) for n in group}
        stays = group
        if len(counted) >= 3:  # what no other figure counts leaves, unless people among people
            people = sum(person.values())
            stays = [
                n
                for n, k in zip(group, kinds, strict=True)
                if counted[k] > 1 or (person[n] and people > 1)
            ]
        for n in set(group) - set(stays):
            out[n] = n
        acts = {act_class(members[n].claim) for n in stays}
        same_happened = (
            len(acts) == 1 and "" not in acts and all(person[n] for n in stays)
        )  # "two soldiers were killed", "two people were killed": one count
        if len({int(table.kind_of[n]) for n in stays}) == len(stays) and not same_happened:
            out[stays] = stays
        else:
            out[stays] = stays[0]
    return out


_SMALL = 12  # "four", "a dozen": numbers so common that an article may say them of two things
_CONVERTED = 0.05  # "36,200 acres (14,650 hectares)": one figure in two units, rounded


def repeats(members: Sequence[Described]) -> list[tuple[int, int]]:
    """Pairs of figures (indices) of one article that say one figure twice: the same number of
    the same things ("287 struck down" in the headline, "287 confirmed cases" in the text), or
    one figure in two units side by side ("10 km (6 miles)"). Such a pair is one quantity
    whatever else is weighed, unless something keeps them apart."""
    said: dict[tuple[object, ...], list[int]] = defaultdict(list)
    measured: dict[tuple[object, str], list[int]] = defaultdict(list)
    for n, d in enumerate(members):
        c = d.claim
        if c.value > _SMALL:
            unit = "" if c.kind == "count" else c.unit.lower()
            said[(c.article, c.kind, c.value, unit)].append(n)
        if c.kind in ("measure", "duration"):
            measured[(c.article, c.sentence)].append(n)
    pairs = []
    for found in said.values():
        for a, b in combinations(found, 2):
            da, db = members[a], members[b]
            if not (da.head and db.head and da.kind_of != db.kind_of):  # not other things
                pairs.append((a, b))
    for found in measured.values():
        for a, b in combinations(found, 2):
            da, db = members[a], members[b]
            if da.claim.unit != db.claim.unit and abs(math.log(da.value / db.value)) < _CONVERTED:
                pairs.append((a, b))
    return pairs


def bridges(members: Sequence[Described]) -> list[tuple[int, int]]:
    """Pairs of figures of one article that its words make one quantity: `repeats`,
    `equivalents`, `rivals` and `corrections`."""
    return repeats(members) + equivalents(members) + rivals(members) + corrections(members)


def equivalents(members: Sequence[Described]) -> list[tuple[int, int]]:
    """Pairs of amounts that one sentence gives in two currencies, the second as the first's
    worth: "60 bitcoins, equivalent to around 5.9 million euros or 6.8 million dollars", "£100m
    ($130m)", "a ransom of 60 bitcoin, worth roughly $6.8m"."""
    pairs = []
    for found in _by_sentence(members, "money"):
        for a, b in zip(found, found[1:], strict=False):
            ca, cb = members[a].claim, members[b].claim
            if ca.unit != cb.unit and _worth(ca.context_after[: max(0, cb.start - ca.end)]):
                pairs.append((a, b))
    return pairs


def rates_said(members: Sequence[Described]) -> list[tuple[Described, str]]:
    """Amounts said as the price of one unit of another currency, with that currency: "at 12
    florins to the euro", "9 crowns per euro", "5.2 thalers against the dollar"."""
    found = []
    for d in members:
        if d.claim.kind != "money" or d.value <= 0:
            continue
        said = RATE_OF.match(d.claim.context_after)
        other = said and CURRENCY_WORDS.get(said.group(1).lower())
        if other and other != d.claim.unit:
            found.append((d, other))
    return found


def _by_sentence(members: Sequence[Described], kind: str = "") -> list[list[int]]:
    """The figures (indices) of each sentence of each article, of one kind when `kind` is
    given, in the order the sentence gives them."""
    found: dict[tuple[object, str], list[int]] = defaultdict(list)
    for n, d in enumerate(members):
        if not kind or d.claim.kind == kind:
            found[(d.claim.article, d.claim.sentence)].append(n)
    return [sorted(ns, key=lambda n: members[n].claim.start) for ns in found.values()]


def _worth(between: str) -> bool:
    """Whether the words between two amounts give the second as the first's worth."""
    words = re.findall(r"[^\W\d_]+", between.lower())
    return (
        bool(between)
        and not re.search(r"[.;:]", between)
        and len(words) <= 3
        and all(w in _worth_words() for w in words)
    )


@cache
def _worth_words() -> frozenset[str]:
    return frozenset(w for phrase in english_words()["worth"] for w in phrase.split())


# What two numbers of one article weigh in a group's mean when its words keep them apart: as
# much against as the surest pair across articles weighs for. Chosen on the annotated stories the
# trees are fitted on (pooled link F1: -0.5 0.784, -1 0.787, -1.5 0.787, -2 0.783); -1 lets
# yesterday's and today's count, or an unattributed estimate beside a named one, weigh against
# one group without always splitting it (the old corpus 0.901 at -2, 0.911 with -1 here and -2
# for another place).
AGAINST = -1.0
# ... and twice that when the article counts one of them in a place the other is not counted in
# ("41 across the country … in Marrow province, 36"): a part and its whole, by its own words.
AGAINST_ELSEWHERE = -2.0


def _against(da: Described, db: Described) -> float:
    """What two figures an article tells apart weigh in a group's mean (AGAINST, or
    AGAINST_ELSEWHERE when it counts them in different places)."""
    return AGAINST_ELSEWHERE if da.place != db.place else AGAINST


def told_apart(
    members: Sequence[Described],
    bridged: Iterable[tuple[int, int]],
    only: np.ndarray | None = None,
) -> list[tuple[int, int]]:
    """Pairs of one article's figures (indices) that the article gives as two quantities. An
    article that speaks of one quantity twice says so: it repeats the number, gives one as a
    bound the other meets ("more than 400,000" and "412,500"), gives it in two units, or names
    whose number each is ("police put the crowd at 12,000 … the organisers claim 100,000").
    Two plain numbers of one thing in one article are nearly always two quantities: a part and
    its whole, one region's and the country's, this year's and last year's. Such a pair weighs
    against a group holding both (`_against`); it forbids nothing, so what the other articles say
    can still outweigh it. Measures (a magnitude, a distance) are left out: sources measure
    them differently and say so less. With `only` (a mask), just the pairs of the figures it
    holds are told, each article's words still read with all its figures."""
    skip = {frozenset(p) for p in bridged}
    by_article: dict[object, list[int]] = defaultdict(list)
    for n, d in enumerate(members):
        if d.claim.kind != "measure":
            by_article[d.claim.article].append(n)
    pairs = []
    for found in by_article.values():
        if len(found) < 2 or (only is not None and not only[found].any()):
            continue
        disputed = _disputed([members[n] for n in found])  # read over all the article's
        if only is not None:
            found = [n for n in found if only[n]]
        found.sort(key=lambda n: members[n].value)
        for k, a in enumerate(found):
            da = members[a]
            for b in found[k + 1 :]:
                db = members[b]
                if db.value > REACH * da.value:
                    break
                if _one_number(da.claim, db.claim) or frozenset((a, b)) in skip:
                    continue
                if _one_quantity(da, db, disputed):
                    continue
                pairs.append((a, b))
    return pairs


_ROUNDING = 1.1  # a number rounded moves by less than this
SAME_VALUE = 1.02  # rates and amounts closer than this are one number, rounded


def _one_number(a: Claim, b: Claim) -> bool:
    """Whether two figures give one number: a count rounded to the other's last digit (see
    `_rounded`), rates and amounts within SAME_VALUE of each other."""
    if a.kind == "count":
        return _rounded(a.value, b.value)
    low, high = sorted((a.value, b.value))
    return high <= SAME_VALUE * low


def _rounded(x: float, y: float) -> bool:
    """Whether two numbers are one, the one rounded to the other's last digit: 61,847 and 62,000
    or 61,800 are one number; 61,847 and 62,500 (a stadium's capacity) are two."""
    if x == y:
        return True
    if x <= 0 or y <= 0 or max(x, y) > _ROUNDING * min(x, y):
        return False
    for a, b in ((x, y), (y, x)):
        exponent = Decimal(f"{b:.6g}").normalize().as_tuple().exponent
        step = 10.0 ** int(exponent)
        if math.isclose(round(a / step) * step, b, rel_tol=1e-9):
            return True
    return False


def _one_quantity(da: Described, db: Described, disputed: Collection[str]) -> bool:
    """Whether an article's words allow two of its figures to be one quantity (see told_apart)."""
    a, b = da.claim, db.claim
    if a.kind != "count" and a.unit.lower() != b.unit.lower():
        return True  # one amount in two currencies or units
    (low_a, high_a), (low_b, high_b) = allowed(a), allowed(b)
    if (a.bound != "=" or b.bound != "=") and low_a <= high_b and low_b <= high_a:
        return True  # "more than 400,000" and "412,500"
    if not disputed or not (da.head or db.head):
        return False
    if any(d.head and d.kind_of not in disputed for d in (da, db)):
        return False
    return not (_elsewhere(a.sentence) or _elsewhere(b.sentence))


def _disputed(found: Sequence[Described]) -> set[str]:
    """The things (counted nouns' classes) an article gives two sources' different numbers of:
    two figures or more of the class, each named as somebody's number."""
    given: dict[str, set[float]] = defaultdict(set)
    for d in found:
        if d.head and _given(d.claim.sentence, d.claim.text):
            given[d.kind_of].add(d.value)
    return {kind for kind, values in given.items() if len(values) >= 2}


_GIVEN_BEFORE = 70  # characters of its clause before a figure that may name its giver
_GIVEN_AFTER = 40  # … and after it ("120 000 visitors according to the organisers")


@lru_cache(maxsize=FIGURES_REMEMBERED)
def _given(sentence: str, text: str) -> bool:
    """Whether a figure's own clause names it as somebody's number: 'police put the crowd at
    12,000', 'estimated 12,000 marchers', '85,000 according to police', '"100,000," they said'."""
    before, after = clause_around(sentence, text)
    words = f"{before[-_GIVEN_BEFORE:]} {text} {after[:_GIVEN_AFTER]}".lower()
    return bool(_rival_words().givers.search(words))


@lru_cache(maxsize=FIGURES_REMEMBERED)
def _elsewhere(sentence: str) -> bool:
    """Whether a sentence puts its numbers on another occasion or makes one a part of another."""
    words = _rival_words()
    return bool(words.elsewhere.search(sentence.lower()) or words.months.search(sentence))


RIVALS_APART = 6.0  # estimates further apart than this are hardly of one thing


def rivals(members: Sequence[Described]) -> list[tuple[int, int]]:
    """Pairs of figures that one sentence gives as two sources' numbers for one thing: 'police
    said 12,000 took part; the organisers, 100,000', '4,350 according to the union, 2,950
    according to the employers'. The sentence names two givers at least, the figures count the
    same things and tell of the same act (or leave them unsaid), and nothing in it makes one of
    them a part or puts it on another occasion. A number its giver owns counts as given ("somewhere
    between the employers' 4,300 and the union's 6,400")."""
    pairs = []
    for found in _by_sentence(members):
        if len(found) < 2:
            continue
        sentence = members[found[0]].claim.sentence
        givers = _givers(sentence)
        owned = {n for n in found if _owned(members[n].claim)} if _may_rival(sentence) else set()
        if not givers and len(owned) < 2:
            continue
        for a, b in combinations(found, 2):
            da, db = members[a], members[b]
            ca, cb = da.claim, db.claim
            if not _rival_figures(da, db):
                continue
            # one giver serves both when the second's verb is left out ("the owner spoke of 700
            # and the coastguard of 2,000") and its clause ends with the number ("the rest of
            # 200 went home" is none)
            if (
                givers < 2
                and not (a in owned and b in owned)
                and not (
                    another_giver(_between(ca, cb))
                    and re.match(r"\s*(?:[.;,:!?)—–-]|$)", cb.context_after)
                )
            ):
                continue
            pairs.append((a, b))
    return pairs + _rivals_told_in_turn(members)


def _rival_figures(da: Described, db: Described) -> bool:
    """Whether two figures may be two sources' numbers for one thing: counts or measures in one
    unit, of two values not far apart, counting the same things and telling of the same act, or
    leaving them unsaid."""
    ca, cb = da.claim, db.claim
    if ca.kind != cb.kind or ca.kind not in ("count", "measure"):
        return False
    if ca.kind == "measure" and ca.unit.lower() != cb.unit.lower():
        return False
    if ca.value == cb.value or max(da.value, db.value) > RIVALS_APART * min(da.value, db.value):
        return False
    return not (
        (da.head and db.head and da.kind_of != db.kind_of)
        or (ca.act and cb.act and ca.act != cb.act)
    )


def _rivals_told_in_turn(members: Sequence[Described]) -> list[tuple[int, int]]:
    """Pairs of two sentences that follow each other, in one paragraph or the next (wire copy
    gives each sentence a paragraph), each giving one source's number of one thing: "Police said
    12,000 people took part. The organisers put the number at 60,000." Each sentence names a
    giver and holds one figure of the kind (so neither is a part or a list), the figures count the
    same things with the same act (or leave them unsaid), of the same day and period, neither who
    live in a place or what it holds, and nothing in either sentence puts one on another
    occasion."""
    lone: dict[object, list[tuple[int, int]]] = defaultdict(list)
    for found in _by_sentence(members):
        c = members[found[0]].claim
        if len(found) == 1 and _givers(c.sentence) >= 1:
            lone[c.article].append((c.start, found[0]))
    pairs = []
    for told in lone.values():
        told.sort()
        for (_, a), (_, b) in itertools.pairwise(told):
            da, db = members[a], members[b]
            ca, cb = da.claim, db.claim
            if not _rival_figures(da, db) or cb.paragraph - ca.paragraph > 1:
                continue
            if cb.start - ca.end > _IN_TURN or da.measure in STANDING or db.measure in STANDING:
                continue  # far apart, or who live in a place or what it holds
            if ca.as_of != cb.as_of or window_class(ca) != window_class(cb):
                continue  # "30,000 have crossed. Yesterday alone more than 8,000 crossed."
            if not (da.head and db.head and da.kind_of == db.kind_of) and not (
                ca.act and ca.act == cb.act
            ):
                continue  # one thing said of both: the same things counted, or the same act
            pairs.append((a, b))
    return pairs


_IN_TURN = 300  # characters between two sentences' figures told in turn


def _between(a: Claim, b: Claim) -> str:
    """The words of their sentence between two of its figures (a before b)."""
    gap = b.start - a.end
    if gap <= len(a.context_after):
        return a.context_after[: max(0, gap)]
    end = _in_sentence(b)
    return a.sentence[max(0, end - gap) : end] if end >= gap else ""


def _in_sentence(claim: Claim) -> int:
    """Where a figure's words begin in its sentence; -1 when the sentence does not hold them."""
    found = claim.sentence.find(claim.context_before + claim.text)
    return found + len(claim.context_before) if found >= 0 else -1


def _owned(claim: Claim) -> bool:
    """Whether a bare number's owner stands right before it, a giver and no time: "the union's
    6,400", "the employers' 4,300"; not "Tuesday's 46.8" or "last year's 3,000", nor a number
    that names what it counts ("the council's 3,000 homes": whose homes, not whose estimate)."""
    if claim.unit_written:
        return False
    found = _OWNER.search(claim.context_before)
    return bool(found) and found.group(1).lower() not in _time_owners()


_OWNER = re.compile(r"([^\W\d_]+)(?:'s|s'|’s|s’)\s*$")


@cache
def _time_owners() -> frozenset[str]:
    return frozenset([*english_words()["time_owners"], *MONTHS, *WEEKDAYS])


@lru_cache(maxsize=FIGURES_REMEMBERED)
def _may_rival(sentence: str) -> bool:
    """Whether nothing in a sentence sets one of its numbers apart (see `_givers`): a month
    only as a name, with its capital ("in March", not "the march" or "may have")."""
    return not _rival_words().not_rivals.search(sentence.lower()) and not _elsewhere(sentence)


@lru_cache(maxsize=FIGURES_REMEMBERED)  # by sentence: each import asks it of every sentence
def _givers(sentence: str) -> int:
    """How many givers of numbers a sentence names (0 when something in it sets one number
    apart: a part of the other, another occasion — a year, a month)."""
    return len(_rival_words().givers.findall(sentence.lower())) if _may_rival(sentence) else 0


class _RivalWords(NamedTuple):
    givers: re.Pattern[str]  # who gives a number: "according to", "put", "claims"
    not_rivals: re.Pattern[str]  # what keeps two numbers of one sentence from being rivals,
    # besides what puts a number elsewhere:
    elsewhere: re.Pattern[str]  # on another occasion, or a part of another
    months: re.Pattern[str]  # a month's name, with its capital: another occasion too


@cache
def _rival_words() -> _RivalWords:
    words = english_words()
    space = r"\s+"
    givers = alternation(words["estimators"], space)
    elsewhere = alternation([*words["another_occasion"], *words["a_part"]], space)
    years = r"|1[89]\d\d|20\d\d"
    months = alternation([m.capitalize() for m in MONTHS])
    return _RivalWords(
        re.compile(rf"\b(?:{givers})\b"),
        re.compile(rf"\b(?:{alternation(words['not_rivals'], space)})\b"),
        re.compile(rf"\b(?:{elsewhere}{years})\b"),
        re.compile(rf"\b(?:{months})\b"),
    )


def corrections(members: Sequence[Described]) -> list[tuple[int, int]]:
    """Pairs of figures that one sentence gives as a number and the number it corrects: "41
    men got out, not the 37 announced", "€4.4 billion rather than the €3.1 billion first
    estimated", "251 million euros instead of the reported 290 million". The second follows the
    first with only the words of a correction between them (`words_en.toml`, corrections), after
    at most a few words of the first one's clause ("got out,"); or the sentence revises one to
    the other (`_revised`: "revised January's gain down to 29,700 from the 38,400 first
    reported")."""
    pairs = []
    for found in _by_sentence(members):
        # the whole after a part ("three of the ship's twelve tanks are damaged, not two") is
        # not what the correction corrects: the part is, and its words end with the whole's
        kept: list[tuple[int, int]] = []  # (figure, the figure its words end with)
        for n in found:
            claim = members[n].claim
            if _inside(claim, (members[m].claim for m in found)):
                continue
            if kept and _whole_of(members[kept[-1][0]].claim, claim):
                kept[-1] = (kept[-1][0], n)
                continue
            kept.append((n, n))
        for (a, ends), (b, _) in zip(kept, kept[1:], strict=False):
            ca, cb = members[a].claim, members[b].claim
            if ca.kind != cb.kind or ca.value == cb.value:
                continue
            if ca.kind != "count" and ca.unit.lower() != cb.unit.lower():
                continue
            between = _between(members[ends].claim, cb)
            if _correction_words().fullmatch(between) or _revised(ca, between):
                pairs.append((a, b))
    return pairs


def _revised(first: Claim, between: str) -> bool:
    """Whether a sentence revises one of two figures to the other: "corrected the number of
    affected customers from 4,2 million to 6,1 million", "revised January's gain down to 29,700
    from the 38,400 initially reported". A verb of revision (`words_en.toml`, revisions) comes
    before the first figure in its clause, and "from … to" or "to … from" joins the two."""
    at = _in_sentence(first)
    if at < 0:
        return False
    before = first.sentence[:at]
    words = _revision_words()
    # the verb governs the first figure: it is no adjective ("under the revised plan"), and no
    # verb of change stands between them ("which revised its method, said output rose from …")
    verbs = [
        m.end()
        for m in words.verb.finditer(before)
        if not words.determiner.search(before, 0, m.start())
    ]
    if not verbs or re.search(r"[;:]", before[verbs[-1] :]):
        return False
    if words.changed.search(before, verbs[-1]):
        return False
    if words.breaks.search(between):  # "from 12 to 15, and in Bexley from 20": two revisions
        return False
    return bool(
        (words.from_before.search(before) and words.to_between.fullmatch(between))
        or (words.to_before.search(before) and words.from_between.fullmatch(between))
    )


class _RevisionWords(NamedTuple):
    verb: re.Pattern[str]  # "revised", "corrected", "raised its estimate"
    from_before: re.Pattern[str]  # "… from " right before the first figure
    to_between: re.Pattern[str]  # " to " between the two
    to_before: re.Pattern[str]  # "… to a loss of " right before the first figure
    from_between: re.Pattern[str]  # ", up from an initial " between the two
    breaks: re.Pattern[str]  # a word that begins another revision: "and", "while"
    determiner: re.Pattern[str]  # "the", "its" right before: the revision word is an adjective
    changed: re.Pattern[str]  # a verb of change: "rose", "fell"


@cache
def _revision_words() -> _RevisionWords:
    words = english_words()
    space = r"\s+"
    article = r"(?:(?:the|an?)\s+)?"
    said = alternation(words["first_said"], space)
    verbs = alternation(words["revisions"], space)
    own = (
        rf"(?:{alternation(words['own_revisions'], space)})\s+"
        rf"(?:{alternation(words['revision_owners'], space)})\s+(?:own\s+)?"
        rf"(?:{alternation(words['given_numbers'], space)})"
    )
    return _RevisionWords(
        re.compile(rf"\b(?i:{verbs}|{own})\b"),
        re.compile(rf"\b(?i:from)\s+{article}(?i:(?:{said})\s+)?$"),
        re.compile(r"\s+(?i:to)\s+(?:(?i:an?)\s+)?"),
        re.compile(r"\b(?i:to)\s+(?:[^\W\d]+\s+){0,3}$"),
        re.compile(rf"[^.;:!?]{{0,60}}?\b(?i:from)\s+{article}(?i:(?:{said})\s+)?"),
        re.compile(rf"\b(?i:{alternation(words['revision_breaks'], space)})\b"),
        re.compile(rf"\b(?i:{alternation(words['determiners'], space)})\s+$"),
        re.compile(rf"\b(?i:{alternation(words['revision_stops'], space)})\b"),
    )


def _whole_of(part: Claim, claim: Claim) -> bool:
    """Whether a figure is the whole a part just before it is of ("three of the ship's twelve
    cargo tanks"): what a correction after them corrects is the part."""
    return part.value < claim.value and bool(OF_A_WHOLE.fullmatch(_between(part, claim)))


def _inside(claim: Claim, others: Iterable[Claim]) -> bool:
    """Whether another figure's words hold this figure's ("twelve cargo tanks" in "three of the
    ship's twelve cargo tanks")."""
    return any(
        o is not claim
        and o.start <= claim.start
        and claim.end <= o.end
        and o.end - o.start > claim.end - claim.start
        for o in others
    )


@cache
def _correction_words() -> re.Pattern[str]:
    words = alternation(english_words()["corrections"], r"\s+")
    return re.compile(
        rf"[\s,;—–-]*(?:[^\W\d]+[\s,;—–-]+){{0,3}}?(?i:{words})\s+(?:(?:the|an?)\s+)?"
        rf"(?:[^\W\d]+\s+){{0,2}}"
    )


def _joined(
    merged: np.ndarray, pairs: Iterable[tuple[int, int]], apart: Iterable[tuple[int, int]]
) -> np.ndarray:
    """Clusters (figure → root) joined through `pairs`, unless joining would put a pair that
    must stay apart into one cluster."""
    root = {int(r): int(r) for r in merged.tolist()}

    def find(r: int) -> int:
        while root[r] != r:
            root[r] = root[root[r]]
            r = root[r]
        return r

    blocked: dict[int, set[int]] = defaultdict(set)
    for x, y in apart:
        rx, ry = int(merged[x]), int(merged[y])
        blocked[rx].add(ry)
        blocked[ry].add(rx)
    for x, y in pairs:
        rx, ry = find(int(merged[x])), find(int(merged[y]))
        if rx == ry or ry in blocked[rx]:
            continue
        root[ry] = rx
        blocked[rx] |= blocked.pop(ry, set())
        for other in blocked[rx]:
            blocked[other].discard(ry)
            blocked[other].add(rx)
    return np.array([find(int(r)) for r in merged.tolist()], dtype=np.int64)


class Inside(NamedTuple):
    """The pairs weighed inside one group: each pair's probability and its facts (a row each),
    what an article's own words joined in it (SAID_TWICE, RIVALS, WORTH, CORRECTED), and the
    labels of the groups an article's words held apart from it (`told_apart`), or a place's
    people and what it holds (`Table.standing_apart`), that would have joined it otherwise."""

    chances: np.ndarray
    facts: np.ndarray
    joined: tuple[str, ...] = ()
    held_apart: tuple[str, ...] = ()
    standing_apart: tuple[str, ...] = ()
    added: np.ndarray | None = None  # what each fact added to the first pairs' scores
    spread: float = 0.0  # the largest value over the smallest, as weighed (in one currency)


SAID_TWICE = "one article gives the figure twice"
RIVALS = "one sentence gives two sources' numbers"
WORTH = "one sentence gives the amount in two currencies"
CORRECTED = "one sentence corrects one number with the other"


def _average_linkage(
    size: int,
    article: Sequence[int | None],
    weighed: Iterable[tuple[int, int, float]],
    apart: Iterable[tuple[int, int]],
    limit: float,
) -> np.ndarray:
    """Figure → cluster (one of its figures). Clusters merge, best first, while the mean of
    their pairs across articles (pairs never weighed count as 0) is at least `limit`, or at
    least _SURE_MEAN when one of their pairs is at least _SURE: a pair the judge is sure of
    joins the two halves of a running count whose far ends it doubts, even where an article
    told two of its figures apart ("182,000, up from 150,000": one running count to a reader
    and to the annotators). Two clusters holding a pair that must stay apart never merge. Sums,
    and which clusters hold a sure pair, are kept as clusters merge, so each merge costs what
    the merged clusters touch, not their sizes multiplied."""
    root = list(range(size))
    members = [[n] for n in range(size)]
    count = [1] * size
    arts: list[dict[int | None, int]] = [{article[n]: 1} for n in range(size)]
    sums: list[dict[int, float]] = [{} for _ in range(size)]
    blocked: list[set[int]] = [set() for _ in range(size)]
    sure: list[set[int]] = [set() for _ in range(size)]  # clusters holding a pair ≥ _SURE
    version = [0] * size
    for x, y in apart:
        blocked[x].add(y)
        blocked[y].add(x)
    first = []  # two figures: their mean is their pair's
    for x, y, p in weighed:
        sums[x][y] = sums[y][x] = p
        if p >= _SURE:
            sure[x].add(y)
            sure[y].add(x)
        if p >= limit and article[x] != article[y] and y not in blocked[x]:
            first.append((-p, x, y, 0, 0) if x < y else (-p, y, x, 0, 0))
    # the pairs of single figures are read in order from a sorted list, the means of clusters
    # made since from a heap: the best of the two heads merges next
    first.sort(reverse=True)
    heap: list[tuple[float, int, int, int, int]] = []
    pop, push = heapq.heappop, heapq.heappush
    while first or heap:
        if heap and (not first or heap[0] < first[-1]):
            _, x, y, vx, vy = pop(heap)
        else:
            _, x, y, vx, vy = first.pop()
        if version[x] != vx or version[y] != vy or not members[x] or not members[y]:
            continue  # one of them has merged since: its new pairs are in the heap
        if count[x] < count[y]:
            x, y = y, x
        for n in members[y]:
            root[n] = x
        members[x] += members[y]
        members[y] = []
        count[x] += count[y]
        ax = arts[x]
        for a, n in arts[y].items():
            ax[a] = ax.get(a, 0) + n
        sx, bx = sums[x], blocked[x]
        for k, p in sums[y].items():
            del sums[k][y]
            if k != x:
                sx[k] = sums[k][x] = sx.get(k, 0.0) + p
        sx.pop(y, None)
        sums[y] = {}
        for k in blocked[y]:
            blocked[k].discard(y)
            if k != x:
                bx.add(k)
                blocked[k].add(x)
        blocked[y] = set()
        for k in sure[y]:
            sure[k].discard(y)
            if k != x:
                sure[x].add(k)
                sure[k].add(x)
        sure[x].discard(y)
        sure[y] = set()
        version[x] += 1
        cx = count[x]
        for k, total in sx.items():
            if total < min(limit, _SURE_MEAN) or k in bx:  # a mean is at most its sum
                continue
            ak = arts[k]
            same = 0  # pairs of one article: never weighed, so no part of the mean
            if not ax.keys().isdisjoint(ak):
                small, large = (ax, ak) if len(ax) <= len(ak) else (ak, ax)
                same = sum(n * large.get(a, 0) for a, n in small.items())
            m = total / ((cx * count[k] - same) or 1)  # all of one article: the sum is 0
            if m >= limit or (m >= _SURE_MEAN and k in sure[x]):
                a, b = (x, k) if x < k else (k, x)
                push(heap, (-m, a, b, version[a], version[b]))
    return np.array(root, dtype=np.int64)


def _key_clusters(
    claims: Sequence[Claim], aliases: Mapping[str, str], among: Collection[int] | None = None
) -> dict[int, int]:
    """Claim id → cluster number under the exact quantity keys (population, act, magnitude):
    agreeing on them is one piece of evidence among the others. With `among` (claim ids), only
    the keys those figures have are clustered, each with all the figures that have it."""
    blocks: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    wanted: set[tuple[str, str]] = set()
    for c in claims:
        key = quantity_key(c)
        if key and c.id is not None:
            key = aliases.get(key, key)
            act = aliases.get(f"act:{c.act}", "")
            if act:
                c = replace(c, act=act.removeprefix("act:"))
            block = (key, window_class(c))
            blocks[block].append(c)
            if among is not None and c.id in among:
                wanted.add(block)
    if among is not None:
        blocks = {b: found for b, found in blocks.items() if b in wanted}
    keyed: dict[int, int] = {}
    clusters = (cl for members in blocks.values() for cl in _by_act_and_magnitude(members))
    for number, cluster in enumerate(clusters):
        for c in cluster:
            keyed[c.id] = number
    return keyed


def facet(claim: Claim) -> tuple[str, str]:
    """(act, owner): what happened, and whose measure it is ('share price · Merrow')."""
    return act_class(claim), owner_of(claim)


def _compatible(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return all(x == y or not x or not y for x, y in zip(a, b, strict=True))


def _by_act_and_magnitude(members: list[Claim]) -> list[list[Claim]]:
    """Clusters of one act (and owner) each, split where values jump an order of magnitude; a
    figure that leaves the act or owner unsaid joins the cluster that reports the same number."""
    by_facet: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    partial: list[Claim] = []
    for c in members:
        f = facet(c)
        full = (f[0] and c.kind not in ("money", "percent")) or (f[1] and c.kind != "count")
        (by_facet[f] if full else partial).append(c)
    clusters = [(f, cl) for f, claims in by_facet.items() for cl in _by_magnitude(claims)]
    index = _ValueIndex()  # every clustered figure's value, to find the same number fast
    for n, (_, cl) in enumerate(clusters):
        for k in cl:
            index.add(k, n)
    rest: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in partial:
        near: dict[int, float] = {}
        if c.quantity.qualifier is Qualifier.NONE:
            for k, n in index.near(c, SAME_NUMBER):
                if _compatible(clusters[n][0], facet(c)):
                    near[n] = min(near.get(n, math.inf), _ratio(c, k))
        near = {n: r for n, r in near.items() if r <= SAME_NUMBER}
        if near:
            best = min(near, key=lambda n: (near[n], n))
            clusters[best][1].append(c)
            index.add(c, best)
        elif (
            len(by_facet) == 1
            and len(clusters) == 1
            and _fits(c, clusters[0][1])
            and c.quantity.qualifier is Qualifier.NONE  # a part is told apart by what it does
        ):
            clusters[0][1].append(c)  # the block's only act: '48 cases' beside 'cases rose to 97'
        else:
            rest[facet(c)].append(c)
    grouped = [cl for _, cl in clusters]
    for f, claims in rest.items():
        vague = (
            not f[0]
            and claims[0].kind == "count"
            and counted_as(claims[0].population) in _TOO_GENERAL
        )
        # "150,000 people" and "200,000 people", with nothing said of them, are no one
        # quantity; "about 25,000 inhabitants" and "25,000 residents" may well be
        grouped += _by_magnitude(claims, SAME_NUMBER if vague else None)
    return grouped


_MOST_NEAR = 64  # figures of the same number weighed for an act-less figure's cluster


class _ValueIndex:
    """Figures by the logarithm of their value, with the cluster each is in: the figures within
    a factor of a given one are a bisection away, not a scan of every cluster."""

    def __init__(self) -> None:
        self._keys: list[float] = []
        self._items: list[tuple[Claim, int]] = []

    def add(self, claim: Claim, cluster: int) -> None:
        value = midpoint(claim)
        if value > 0:
            at = bisect.bisect(self._keys, math.log(value))
            self._keys.insert(at, math.log(value))
            self._items.insert(at, (claim, cluster))

    def near(self, claim: Claim, factor: float) -> list[tuple[Claim, int]]:
        value = midpoint(claim)
        if value <= 0:
            return []
        centre, reach = math.log(value), math.log(factor) * (1 + 1e-9)
        lo = bisect.bisect_left(self._keys, centre - reach)
        hi = bisect.bisect_right(self._keys, centre + reach)
        if hi - lo > _MOST_NEAR:  # the same number many times over: the nearest are enough
            mid = bisect.bisect_left(self._keys, centre, lo, hi)
            lo = max(lo, mid - _MOST_NEAR // 2)
            hi = min(hi, lo + _MOST_NEAR)
        return self._items[lo:hi]


def _fits(c: Claim, cluster: list[Claim]) -> bool:
    """Near enough to one of the cluster's figures to be the same count told differently."""
    return min((_ratio(c, k) for k in cluster), default=math.inf) <= NEAR_ENOUGH


def _ratio(a: Claim, b: Claim) -> float:
    x, y = midpoint(a), midpoint(b)
    if x <= 0 or y <= 0:
        return math.inf
    return max(x, y) / min(x, y)


def _by_magnitude(members: list[Claim], gap_override: float | None = None) -> list[list[Claim]]:
    """Split where sorted values jump by more than the gap (wider for figures dated apart)."""
    readings = _readings()
    measured = all(c.kind == "measure" and c.unit in readings for c in members)
    rates = all(c.kind == "percent" for c in members)  # shares all lie between 0 and 100
    clusters: list[list[Claim]] = []
    top = 0.0  # the largest value of the last cluster: values come in ascending order
    dated: set = set()  # the last cluster's as-of dates
    for value, c in sorted(
        ((midpoint(c), c) for c in members), key=lambda p: (p[0], said_order(p[1]))
    ):
        if clusters:
            dates = dated | ({c.as_of} if c.as_of else set())
            gap = GAP_OVER_TIME if len(dates) >= 2 else GAP
            gap = gap_override or (MEASURE_GAP if measured else gap)
            if rates and not gap_override:
                gap = RATE_GAP if len(dates) < 2 else RATE_GAP_OVER_TIME
            if top > 0 and value / top < gap:
                clusters[-1].append(c)
                top, dated = value, dates
                continue
        clusters.append([c])
        top, dated = value, {c.as_of} if c.as_of else set()
    return clusters


@cache
def _readings() -> frozenset[str]:
    """Units of measure that are read off an instrument (`words_en.toml`, readings)."""
    return frozenset(english_words()["readings"])


def _link(cluster: list[Claim], weighed: Inside) -> Link:
    ids = tuple(sorted(c.id for c in cluster if c.id is not None))
    confidence, reason = _confidence(cluster, weighed)
    return Link(ids, label_for(cluster), confidence, reason)


def _common(words: Iterable[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for w in words:
        if w:
            counts[w] += 1
    # the most said, the shortest on a tie, then the first in the alphabet: never the first seen,
    # so a group is named alike whatever order its articles came in
    return min(counts, key=lambda w: (-counts[w], len(w), w)) if counts else ""


def label_for(claims: Sequence[Claim]) -> str:
    """A readable name for a group: what is counted and what happened to it, in words (never a
    stored key: 'share price of Merrow', 'some of the people')."""
    percentages = [c for c in claims if c.kind == "percent"]
    if percentages and all(dimension(c)[0] == "percent" for c in claims):
        claims = percentages  # "about 64 percent" names a share "two-thirds of" is given in
    written = [c.unit for c in claims if c.unit and c.kind == "count" and not _borrowed(c)]
    quiet = [u for u in written if not u.isupper()]  # "JOBS" in a headline shouts "jobs"
    unit = _common(quiet or written) or _common(_in_words(c.population) for c in claims)
    if 2 * sum(c.quantity.measure == INHABITANTS for c in claims) > len(claims):
        unit = _in_words(INHABITANTS)  # "410,000 residents", "a city of 410,000": who live there
    measure = ""
    if claims and claims[0].kind in ("money", "percent"):
        # what most of them measure, a named measure before the bare "money" or "share"
        named = [c.population for c in claims if c.population not in BARE_MEASURES]
        measure = _common(named) or _common(c.population for c in claims)
        unit = f"{_in_words(measure)} ({_common(c.unit for c in claims)})"
    if unit.startswith("of the "):
        unit = f"some {unit}"  # a part: "31 of the cases"
    if claims and all(c.unit == MULTIPLE_UNIT for c in claims):
        unit = english_words()["multiple_label"]  # "x" is no word: "Multiple, in 2022"
    if claims and claims[0].kind == "measure" and (stuff := _material(claims)):
        unit = f"{unit} of {stuff}"  # "Tonnes of crude", "Km of coastline"
    act = _named_act(claims, unit)
    label = f"{unit} {ACT_LABEL.get(act, act)}".strip() or "figures"
    places = [describe(c).place for c in claims]
    place = _common(places)
    rows = [row_label(c.sentence, c.text) for c in claims]
    bare = claims[0].kind in ("money", "percent") and not act and measure in BARE_MEASURES
    if bare and place and 2 * rows.count(place) >= len(claims):
        label = f"{place} ({_common(c.unit for c in claims)})"  # "Donations and legacies (GBP)"
    elif place and 2 * places.count(place) >= len(claims):
        label += f" in {place}"  # "People killed in Marrow province": a part, by its place
    windows = [c.timeframe.words for c in claims if window_class(c)]
    window = _common(windows)
    if window and 2 * windows.count(window) >= len(claims):
        label += f", {window}"  # as a place: what half of them say, not one figure's year
    return label[:1].upper() + label[1:]


def _material(claims: Sequence[Claim]) -> str:
    """What most of a group's measures are of, as their words say right after them ("7,400
    tonnes of crude", "81 kilometres of oiled coastline": crude, coastline): the last word before
    a word that says nothing, when two figures at least give it and half of those that say what
    they are of."""
    stop = stopwords()
    heads = []
    for c in claims:
        words = re.findall(r"[^\W\d_]+|[^\w\s]", c.context_after[: _CONTEXT_WORDS * 12])
        if len(words) < 2 or words[0].lower() not in _material_words():
            continue
        said: list[str] = []
        for w in words[1 : 1 + _CONTEXT_WORDS]:
            verb = bool(said) and (w in VERBS or w in ACT_OF or w.endswith(("ed", "ing")))
            ends = w in _material_ends() or (bool(said) and w.endswith(("nt", "lt")))
            if not w.isalpha() or not w.islower() or w in stop or verb or ends:
                if said:
                    break
                continue
            said.append(w)
        if said:
            heads.append(said[-1])
    head = _common(heads)
    return head if head and heads.count(head) >= 2 and 2 * heads.count(head) >= len(heads) else ""


# words after a measure's "of" that may say what it is of: "of thick black crude"
_CONTEXT_WORDS = 4


@cache
def _material_ends() -> frozenset[str]:
    return frozenset(english_words()["material_ends"])


@cache
def _material_words() -> frozenset[str]:
    return frozenset(english_words()["material_before"])


def _borrowed(claim: Claim) -> bool:
    """Whether a figure's noun names another act than its own, borrowed from the figure before:
    "31 dead and more than 400,000 displaced" gives the 400,000 'dead' as its noun."""
    words = claim.unit.lower().split()
    other = ACT_OF.get(words[-1]) if words else None
    return bool(claim.act and other and other != claim.act)


def _named_act(claims: Sequence[Claim], unit: str) -> str:
    """The act a group's label names: the one half of its figures say, or two of them and a
    third at least (a verb one article has far from its figure names nothing: "Days killed"),
    and none when the counted noun says it already ("deaths", "arrests") or counts time."""
    if not claims or claims[0].kind == "duration":
        return ""
    acts = [act_class(c) for c in claims]
    act = _common(acts)
    said = acts.count(act)
    if not act or (2 * said < len(acts) and (said < 2 or 3 * said < len(acts))):
        return ""
    words = unit.lower().split()
    if words and ACT_OF.get(words[-1]) == act:
        return ""
    counted = _common(c.quantity.measure for c in claims)
    if act in HUMAN_ACTS:  # what happens to people: "People killed", never "Homes killed"
        people = counted in PERSON_POPULATIONS or counted == CROWD
        return act if people or THING_ACTS.get(act) == counted else ""
    if act in THING_ACTS:  # what happens to things: "Homes destroyed", never "People damaged"
        return act if counted not in PERSON_POPULATIONS and counted != CROWD else ""
    if act in JOB_ACTS:  # "Jobs cut", "People hired"; never "Trains cut"
        return act if counted in PERSON_POPULATIONS else ""
    return ""


_QUALIFIER_WORDS = {
    Qualifier.NONE: "{}", Qualifier.PART: "some of the {}", Qualifier.OTHER: "other {}",
    Qualifier.NEW: "new {}",
}  # fmt: skip


def _in_words(population: str) -> str:
    """A quantity key as a reader would say it: some of the people, share price of Merrow."""
    key = QuantityKey.read(population)
    words = _QUALIFIER_WORDS[key.qualifier].format(key.measure).strip()
    if key.owner:
        words = f"{words} of {key.owner}"
    return " ".join(words.split())


def _confidence(cluster: list[Claim], weighed: Inside) -> tuple[float, str]:
    """How sure the link is (its pairs' mean probability), and why, in words a user can check
    against the text: what spoke for the pairs most often, and what was weighed against."""
    chances = weighed.chances.tolist()
    confidence = sum(chances) / len(chances) if chances else 0.5
    pro, con = tally(weighed.facts[:_REASONS_FROM], weighed.added)
    parts = [w for w, _ in pro.most_common(3)]
    kind = cluster[0].kind
    what = sorted({c.unit for c in cluster if c.unit_written})
    if what and kind == "count":
        parts.append("counted: " + " ≈ ".join(what[:4]))
    dates = sorted({c.as_of for c in cluster if c.as_of})
    if len(dates) >= 2:
        parts.append("as of " + " vs ".join(d.strftime("%-d %b") for d in dates[:4]))
    if weighed.spread > 3:
        parts.append(f"values {weighed.spread:.0f}× apart")
    parts += weighed.joined
    reason = "; ".join(parts) or english_words()["weighed_together"]
    if con:
        reason += " — against: " + ", ".join(w for w, _ in con.most_common(2))
    told = [label for label in weighed.held_apart if label not in weighed.standing_apart]
    if told:  # a group kept apart both ways is said once, by its plainer reason
        others = ", ".join(f"“{label}”" for label in told[:3])
        reason += f" — kept apart from {others}: an article gives both numbers as different"
    if weighed.standing_apart:
        others = ", ".join(f"“{label}”" for label in weighed.standing_apart[:3])
        reason += f" — kept apart from {others}: {english_words()['standing_apart']}"
    return round(max(0.1, min(0.99, confidence)), 2), reason


_REASONS_FROM = 60  # pairs read for a group's reason: enough to say what held it together
