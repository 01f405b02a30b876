"""Where a group's figures go: x by source (pane order) or by date, y by value on a linear or log
scale, figures that share an x spread side by side, suspected slips pinned inside the view; and the
words a hovered mark shows. Plain values in, a `GroupLayout` out; no drawing (that is
`chart_marks`'s).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from html import escape

import numpy as np

from desktop.model import ArticleRow, Claim, GroupRow, Snapshot
from desktop.ui.chart_look import format_value, source_name

APPROX = 0.10  # "about 6,000" admits ±10% (as desktop.linking.divergence.interval says)
AUTO_LOG_RATIO = 10.0  # the value axis turns logarithmic when max/min exceeds this
BOUND_WORDS = {
    "=": "exactly",
    "~": "about",
    ">": "more than",
    "<": "fewer than",
    "range": "between",
}


@dataclass(frozen=True)
class Mark:
    """One figure as drawn: where (`x`, `plot_y` in view coordinates) and what it says."""

    claim: Claim
    x: float
    plot_y: float
    source: int  # index into the group's sources, in pane order
    slip: bool
    off_scale: bool = False


def date_of(claim: Claim, article: ArticleRow | None) -> date | None:
    """When a figure holds: its own as-of date, else its article's date."""
    return claim.as_of or (article.published if article is not None else None)


def admitted(claim: Claim) -> tuple[float, float] | None:
    """The bar a bound draws (low, high), or None for an exact figure or an open-ended one."""
    if claim.bound == "range":
        return claim.span_low, claim.span_high
    if claim.bound == "~":
        high = claim.high if claim.high is not None else claim.value * (1 + APPROX)
        return claim.value * (1 - APPROX), high
    return None


def wants_log(claims: Sequence[Claim], slips: set[int]) -> bool:
    """True when the kept figures (slips aside) span more than tenfold."""
    kept = [c for c in claims if c.id not in slips] or list(claims)
    ends = [v for c in kept for v in (c.span_low, c.span_high, c.value) if v > 0]
    return bool(ends) and max(ends) / min(ends) > AUTO_LOG_RATIO


def _dodge(k: int, width: float) -> np.ndarray:
    """Offsets spreading `k` marks across ±width, centred."""
    if k <= 1:
        return np.zeros(max(k, 0))
    return np.linspace(-width, width, k)


@dataclass
class GroupLayout:
    """Where every mark of a group goes, and the view that holds them."""

    marks: list[Mark]
    sources: list[ArticleRow | None]
    styles: list[int]  # per source: its colour/shape index, stable across groups
    dated: bool
    log: bool
    y_range: tuple[float, float]
    x_range: tuple[float, float]
    arrow: float  # length of a bound's arrow, in view units
    cap: float  # half width of a bar's cap, in x units

    def to_plot(self, v: float) -> float:
        if self.log:
            return math.log10(v) if v > 0 else self.y_range[0]
        return v


def lay_out(
    snapshot: Snapshot,
    group: GroupRow,
    claims: dict[int, Claim],
    pane_order: Sequence[int],
    log: bool | None,
) -> GroupLayout:
    """Place a group's figures: x by source (pane order) or date, y by value; pick the scale."""
    articles = {a.id: a for a in snapshot.articles}
    members = [claims[i] for i in group.claims if i in claims]
    slips = set(group.outliers)
    rank = {a: i for i, a in enumerate(pane_order)}
    everyone = sorted(articles, key=lambda a: (rank.get(a, len(rank)), articles[a].position, a))
    style_of = {a: i for i, a in enumerate(everyone)}
    present = sorted({c.article for c in members}, key=lambda a: style_of.get(a, 1 << 30))
    source_of = {a: i for i, a in enumerate(present)}
    use_log = wants_log(members, slips) if log is None else log
    dates = [date_of(c, articles.get(c.article)) for c in members]
    dated = all(d is not None for d in dates) and len(set(dates)) >= 2

    def to_plot(v: float) -> float:
        return math.log10(v) if use_log else v

    # the scale is set by the kept figures; slips don't stretch it
    kept = [c for c in members if c.id not in slips] or members
    lows, highs = [], []
    for c in kept:
        bar = admitted(c)
        lo, hi = bar if bar else (c.value, c.value)
        lows.append(lo)
        highs.append(hi)
    positive = [v for v in lows + highs if v > 0] or [1.0]
    if use_log:
        y0, y1 = math.log10(min(positive)), math.log10(max(positive))
        if y1 - y0 < 0.3:
            y0, y1 = y0 - 0.15, y1 + 0.15
    else:
        y0, y1 = min(0.0, min(lows, default=0.0)), max(highs, default=1.0) or 1.0
    arrow = 0.14 * (y1 - y0)
    if any(c.bound == ">" for c in kept):
        y1 = max(y1, max(to_plot(c.value) + arrow for c in kept if c.bound == ">" and c.value > 0))
    if use_log and any(c.bound == "<" for c in kept):
        y0 = min(y0, min(to_plot(c.value) - arrow for c in kept if c.bound == "<" and c.value > 0))
    pad = 0.07 * (y1 - y0)
    y_range = (y0 - (pad if use_log or y0 < 0 else 0.0), y1 + pad)

    if dated:
        stamps = [datetime.combine(d, time(12), UTC).timestamp() for d in dates]  # type: ignore[arg-type]
        distinct = sorted(set(stamps))
        gap = min((b - a for a, b in zip(distinct, distinct[1:], strict=False)), default=86400.0)
        width = 0.22 * gap
        keys = stamps
        x_range = (distinct[0] - 0.6 * gap, distinct[-1] + 0.6 * gap)
    else:
        width = 0.28
        keys = [float(source_of[c.article]) for c in members]
        x_range = (-0.6, len(present) - 0.4)
    # figures sharing an x are spread side by side, in source then value order
    order = sorted(
        range(len(members)),
        key=lambda i: (keys[i], source_of[members[i].article], members[i].value),
    )
    xs = [0.0] * len(members)
    start = 0
    while start < len(order):
        end = start
        while end < len(order) and keys[order[end]] == keys[order[start]]:
            end += 1
        spread = min(width, 0.05 * (end - start - 1) * (width / 0.28))
        for j, off in zip(range(start, end), _dodge(end - start, spread), strict=True):
            xs[order[j]] = keys[order[j]] + float(off)
        start = end

    marks = []
    for c, x in zip(members, xs, strict=True):
        slip = c.id in slips and len(kept) < len(members)
        y = to_plot(c.value) if c.value > 0 or not use_log else y_range[0]
        bar = admitted(c)
        if bar and not slip:  # the mark sits in the middle of what it admits
            lo, hi = bar
            y = (
                (math.log10(lo) + math.log10(hi)) / 2
                if use_log and lo > 0
                else (to_plot(lo) + to_plot(hi)) / 2
            )
            y = to_plot(c.value) if c.bound == "~" else y
        off = False
        if slip and not (y_range[0] <= y <= y_range[1]):  # pinned just inside the edge
            inset = 0.04 * (y_range[1] - y_range[0])
            y, off = min(max(y, y_range[0] + inset), y_range[1] - inset), True
        marks.append(Mark(c, x, y, source_of[c.article], slip, off))
    span = x_range[1] - x_range[0]
    return GroupLayout(
        marks=marks,
        sources=[articles.get(a) for a in present],
        styles=[style_of.get(a, i) for i, a in enumerate(present)],
        dated=dated,
        log=use_log,
        y_range=y_range,
        x_range=x_range,
        arrow=arrow,
        cap=0.01 * span if dated else 0.045,
    )


def tooltip(mark: Mark, article: ArticleRow | None) -> str:
    """Source, sentence (the figure in bold) and what the figure says, as rich text."""
    c = mark.claim
    sentence = c.sentence or c.text
    at = sentence.find(c.text)
    if at >= 0:
        shown = (
            escape(sentence[:at])
            + f"<b>{escape(c.text)}</b>"
            + escape(sentence[at + len(c.text) :])
        )
    else:
        shown = escape(sentence)
    if c.bound == "range":
        says = f"between {format_value(c.span_low)} and {format_value(c.span_high)}"
    else:
        says = f"{BOUND_WORDS.get(c.bound, '')} {format_value(c.value)}".strip()
    if c.unit:
        says += f" {c.unit}"
    if c.as_of:
        says += f", as of {c.as_of:%d %b %Y}"
    lines = [
        f"<b>{escape(source_name(article, 80))}</b>",
        f"<i>“{shown}”</i>",
        f"Figure: {escape(c.text)} — {escape(says)}",
    ]
    if mark.slip:
        lines.append("Suspected slip: far from the other figures, kept off the scale.")
    return "<p style='white-space:normal'>" + "<br>".join(lines) + "</p>"
