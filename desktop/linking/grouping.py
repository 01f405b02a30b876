"""Grouping inside a block: split by measuring window and by order of magnitude, keep what spans
two sources, respect what the user rejected, and say why each group holds together.

Values inside a group may differ — that divergence is what users come for — but values an order
of magnitude apart with the same population and act are different quantities (the airlift's
thousands and the trickle of hundreds after it), unless their dates say the count moved on.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from desktop.claims import split_owner
from desktop.claims.vocabulary import ACT_LABEL
from desktop.linking.blocking import act_class, block_key, window_class
from desktop.model import Claim, Link

GAP = 9.0  # an order of magnitude, allowing for rounding ("nearly 400" beside "more than 4,000")
GAP_OVER_TIME = 40.0  # a count that grows between dated reports (a death toll) may grow more
_TOO_GENERAL = {"people", "jobs", "cases"}
MEASURE_GAP = 1.5  # measures (km, °C, magnitude) of one thing differ little between sources
NEAR_ENOUGH = 3.0  # …and joins its block's only act when it is this close to one of its figures
SAME_NUMBER = 1.25  # a mention that names no act joins the act whose figure it repeats
# Percentages of one measure that differ by more than this are other measures (a state's rate
# beside a school year's), unless their dates say the rate moved.
RATE_GAP = 1.2
RATE_GAP_OVER_TIME = 2.0
SUGGEST_BELOW = 0.75  # below this a group is offered as a suggestion to accept or reject


_DAYS = {"seconds": 1 / 86400, "minutes": 1 / 1440, "hours": 1 / 24, "days": 1, "nights": 1,
         "weeks": 7, "months": 30.4, "quarters": 91, "years": 365, "decades": 3652,
         "centuries": 36525}  # fmt: skip


def midpoint(claim: Claim) -> float:
    """The value a figure stands for on one scale (durations in days: three weeks = 21 days)."""
    lo, hi = claim.span_low, claim.span_high
    if claim.kind == "duration":
        factor = _DAYS.get(claim.unit, 1)
        lo, hi = lo * factor, hi * factor
    if lo > 0 and hi > 0:
        return math.sqrt(lo * hi)
    return max(lo, hi, 0.0)


def link_claims(
    claims: Sequence[Claim],
    rejected: Iterable[frozenset[int]] = (),
    aliases: Mapping[str, str] | None = None,
) -> list[Link]:
    """Groups of claims (by id) that measure the same quantity, from two or more articles.

    `rejected` pairs are never grouped again; `aliases` are what the user's own links taught:
    block keys ("count|residents" → "count|people") and acts ("act:fled" → "act:departed")
    that count as the same.
    """
    aliases = aliases or {}
    blocks: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        key = block_key(c)
        if key and c.id is not None:
            key = aliases.get(key, key)
            act = aliases.get(f"act:{c.act}", "")
            if act:
                c = replace(c, act=act.removeprefix("act:"))
            blocks[(key, window_class(c))].append(c)
    rejected_pairs = {frozenset(p) for p in rejected}
    links: list[Link] = []
    for members in blocks.values():
        for cluster in _by_act_and_magnitude(members):
            cluster = _without_rejected(cluster, rejected_pairs)
            if len({c.article for c in cluster}) >= 2:
                links.append(_link(cluster))
    return links


def facet(claim: Claim) -> tuple[str, str]:
    """(act, owner): what happened, and whose measure it is ('share price · Merrow')."""
    return act_class(claim), split_owner(claim.population)[1]


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
        if not c.population.endswith(")"):
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
            and not c.population.endswith(")")  # a part is told apart by what it does
        ):
            clusters[0][1].append(c)  # the block's only act: '48 cases' beside 'cases rose to 97'
        else:
            rest[facet(c)].append(c)
    grouped = [cl for _, cl in clusters]
    for f, claims in rest.items():
        vague = not f[0] and claims[0].kind == "count" and claims[0].population in _TOO_GENERAL
        # "150,000 people" and "200,000 people", with nothing said of them, are no one
        # quantity; "about 25,000 inhabitants" and "25,000 residents" may well be
        grouped += _by_magnitude(claims, SAME_NUMBER if vague else None)
    return grouped


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
    measured = all(c.kind == "measure" for c in members)  # lengths and depths are told exactly
    rates = all(c.kind == "percent" for c in members)  # shares all lie between 0 and 100
    clusters: list[list[Claim]] = []
    top = 0.0  # the largest value of the last cluster: values come in ascending order
    dated: set = set()  # the last cluster's as-of dates
    for value, c in sorted(((midpoint(c), c) for c in members), key=lambda p: (p[0], p[1].id)):
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


def _without_rejected(cluster: list[Claim], rejected: set[frozenset[int]]) -> list[Claim]:
    if not rejected:
        return cluster
    kept: list[Claim] = []
    for c in sorted(cluster, key=lambda c: c.id or 0):
        if not any(frozenset((c.id, k.id)) in rejected for k in kept):
            kept.append(c)
    return kept


def _link(cluster: list[Claim]) -> Link:
    ids = tuple(sorted(c.id for c in cluster if c.id is not None))
    confidence, reason = _confidence(cluster)
    return Link(ids, label_for(cluster), confidence, reason)


def _common(words: Iterable[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for w in words:
        if w:
            counts[w] += 1
    return max(counts, key=lambda w: (counts[w], -len(w))) if counts else ""


def label_for(claims: Sequence[Claim]) -> str:
    """A readable name for a group: what is counted and what happened to it, in words (never a
    key's markers: 'share price · Merrow' reads 'share price of Merrow')."""
    unit = _common(c.unit for c in claims if c.unit and c.kind == "count") or _common(
        _in_words(c.population) for c in claims
    )
    if claims and claims[0].kind in ("money", "percent"):
        unit = f"{_in_words(claims[0].population)} ({_common(c.unit for c in claims)})"
    act = _common(act_class(c) for c in claims)
    label = f"{unit} {ACT_LABEL.get(act, act)}".strip()
    window = _common(c.window for c in claims if window_class(c))
    if window:
        label += f", {window}"
    return label[:1].upper() + label[1:] if label else "Figures"


_QUALIFIER_WORDS = {"part": "some of the {}", "other": "other {}", "new": "new {}"}


def _in_words(population: str) -> str:
    """A population key as a reader would say it: 'people (part)' → 'some of the people',
    'share price · Merrow' → 'share price of Merrow'."""
    measure, owner = split_owner(population)
    words = measure
    if measure.endswith(")") and " (" in measure:
        head, _, qualifier = measure[:-1].rpartition(" (")
        words = _QUALIFIER_WORDS.get(qualifier, "{}").format(head).strip()
    if owner:
        words = f"{words} of {owner}"
    return " ".join(words.split())


def _confidence(cluster: list[Claim]) -> tuple[float, str]:
    """How sure the link is, and why, in words a user can check against the text."""
    kind = cluster[0].kind
    what = sorted({c.unit for c in cluster if c.unit_written})
    measure = split_owner(cluster[0].population)[0]
    parts = [f"same {'measure' if kind in ('money', 'percent') else 'population'}: "
             + (" ≈ ".join(what[:4]) if what and kind == "count" else measure)]  # fmt: skip
    confidence = 0.9
    acts = {act_class(c) for c in cluster} - {""}
    if acts:
        words = sorted({_act_word(c) for c in cluster if act_class(c)} - {""})
        parts.append(f"same act: {' ≈ '.join(words[:4]) or ACT_LABEL.get(min(acts), '')}")
    actless = sum(1 for c in cluster if not act_class(c)) / len(cluster)
    if kind in ("count", "duration") and actless:
        confidence -= 0.3 * actless  # figures that say nothing of what happened: linked by number
        parts.append("some figures name no act")
    elided = sum(1 for c in cluster if not c.unit_written) / len(cluster)
    if kind == "count" and elided:
        confidence -= 0.15 * elided  # a figure's noun was read from the words before it
        parts.append("a counted noun read from context")
    owners = sorted({facet(c)[1] for c in cluster} - {""})
    if owners:
        parts.append(f"of {', '.join(owners)}")
    currencies = sorted({c.unit for c in cluster if kind == "money"})
    if len(currencies) > 1:
        confidence -= 0.1  # the same amount in several currencies: values not comparable as is
        parts.append("in " + ", ".join(currencies))
    dates = sorted({c.as_of for c in cluster if c.as_of})
    if len(dates) >= 2:
        parts.append("as of " + " vs ".join(d.strftime("%-d %b") for d in dates[:4]))
    windows = {c.window for c in cluster if c.window}
    if windows:
        parts.append("over " + ", ".join(sorted(windows)))
    lo = min(midpoint(c) for c in cluster)
    hi = max(midpoint(c) for c in cluster)
    if lo > 0 and hi / lo > 3:
        confidence -= 0.15 if len(dates) < 2 else 0.0  # a toll that grew over days is no doubt
        parts.append(f"values {hi / lo:.0f}× apart")
    return round(max(0.1, confidence), 2), "; ".join(parts)


def _act_word(claim: Claim) -> str:
    """The act as the text words it ('evacuated', 'left behind'), from the claim's subject."""
    if claim.unit and claim.subject.startswith(claim.unit):
        return claim.subject[len(claim.unit) :].strip()
    return claim.subject.split(" ", 1)[-1] if " " in claim.subject else ""
