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

from desktop.model import (
    ArticleRow,
    Claim,
    GroupRow,
    Snapshot,
    approx_interval,
    claim_value_text,
)
from desktop.ui.chart_look import source_name
from desktop.workspace import no_true_zero, on_one_scale

AUTO_LOG_RATIO = 10.0  # the value axis turns logarithmic when max/min exceeds this


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


def wants_log(claims: Sequence[Claim], slips: set[int]) -> bool:
    """True when the kept figures (slips aside) span more than tenfold; never for a scale with no
    true zero (2 °C and 40 °C are not twentyfold)."""
    kept = [c for c in claims if c.id not in slips] or list(claims)
    if all(no_true_zero(c) for c in kept):
        return False
    ends = [v for c in kept for v in (c.span_low, c.span_high, c.value) if v > 0]
    return bool(ends) and max(ends) / min(ends) > AUTO_LOG_RATIO


@dataclass
class GroupLayout:
    """Where every mark of a group goes, and the view that holds them. Per-figure values are
    arrays in `claims` order (a thousand figures are a few arrays, not a thousand objects)."""

    claims: list[Claim]
    x: np.ndarray  # view x of each mark
    y: np.ndarray  # view y of each mark (suspected slips pinned inside the view)
    source: np.ndarray  # index into `sources`
    slip: np.ndarray  # bool: a suspected slip, drawn hollow and off the scale's stretch
    off_scale: np.ndarray  # bool: a slip pinned at the view's edge
    bar: np.ndarray  # (n, 2) view y of what a `~` or `range` admits; NaN for the others
    bounds: np.ndarray  # each figure's bound: "=", "~", ">", "<", "range"
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

    def mark(self, i: int) -> Mark:
        """The `i`-th figure as a `Mark` (made on demand: for a tooltip, a test, `marks()`)."""
        return Mark(
            self.claims[i],
            float(self.x[i]),
            float(self.y[i]),
            int(self.source[i]),
            bool(self.slip[i]),
            bool(self.off_scale[i]),
        )

    @property
    def marks(self) -> list[Mark]:
        return [self.mark(i) for i in range(len(self.claims))]


def lay_out(
    snapshot: Snapshot,
    group: GroupRow,
    claims: dict[int, Claim],
    pane_order: Sequence[int],
    log: bool | None,
) -> GroupLayout:
    """Place a group's figures: x by source (pane order) or date, y by value; pick the scale."""
    articles = {a.id: a for a in snapshot.articles}
    members = on_one_scale(
        [claims[i] for i in group.claims if i in claims], dict(snapshot.currency)
    )
    slips = set(group.outliers)
    rank = {a: i for i, a in enumerate(pane_order)}
    everyone = sorted(articles, key=lambda a: (rank.get(a, len(rank)), articles[a].position, a))
    style_of = {a: i for i, a in enumerate(everyone)}
    present = sorted({c.article for c in members}, key=lambda a: style_of.get(a, 1 << 30))
    source_of = {a: i for i, a in enumerate(present)}
    no_zero = bool(members) and all(no_true_zero(c) for c in members)
    if no_zero:
        use_log = False  # a temperature never, even when asked: its zero means nothing
    else:
        use_log = wants_log(members, slips) if log is None else log
    dates = [date_of(c, articles.get(c.article)) for c in members]
    dated = all(d is not None for d in dates) and len(set(dates)) >= 2

    n = len(members)
    value = np.array([c.value for c in members], dtype=float)
    bounds = np.array([c.bound for c in members], dtype=object)
    is_range, is_about = bounds == "range", bounds == "~"
    has_bar = is_range | is_about
    interval = np.array(
        [approx_interval(c.value, c.bound, c.low, c.high) for c in members], dtype=float
    ).reshape(-1, 2)
    bar_low, bar_high = interval[:, 0], interval[:, 1]
    source = np.array([source_of[c.article] for c in members], dtype=int)
    slip_id = np.array([c.id in slips for c in members], dtype=bool)

    # the scale is set by the kept figures; slips don't stretch it
    kept = ~slip_id if slip_id.sum() < n else np.ones(n, dtype=bool)
    lows = np.where(has_bar, bar_low, value)[kept]
    highs = np.where(has_bar, bar_high, value)[kept]
    ends = np.concatenate([lows, highs])
    positive = ends[ends > 0] if (ends > 0).any() else np.array([1.0])
    floating = no_zero and len(lows) > 0
    if use_log:
        y0, y1 = math.log10(positive.min()), math.log10(positive.max())
        if y1 - y0 < 0.3:
            y0, y1 = y0 - 0.15, y1 + 0.15
    elif floating:
        # a temperature's zero means nothing: the axis spans its figures, a unit at least, so
        # that 46.3° and 46.8° stand apart
        y0, y1 = float(lows.min()), float(highs.max())
        middle, half = (y0 + y1) / 2, max(y1 - y0, 1.0) / 2
        y0, y1 = middle - half, middle + half
    else:
        y0 = min(0.0, float(lows.min()) if len(lows) else 0.0)
        y1 = (float(highs.max()) if len(highs) else 1.0) or 1.0
    arrow = 0.14 * (y1 - y0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plotted = np.log10(value) if use_log else value.copy()
    drawn = (value > 0) | floating  # what a log scale can place; any temperature
    up = kept & (bounds == ">") & drawn
    if up.any():
        y1 = max(y1, float(plotted[up].max()) + arrow)
    down = kept & (bounds == "<") & drawn
    if (use_log or floating) and down.any():  # "below 40C": its arrow stays in view
        y0 = min(y0, float(plotted[down].min()) - arrow)
    pad = 0.07 * (y1 - y0)
    y_range = (y0 - (pad if use_log or y0 < 0 or floating else 0.0), y1 + pad)

    def to_plot(v: np.ndarray) -> np.ndarray:
        if not use_log:
            return v
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(v > 0, np.log10(v), y_range[0])

    if dated:
        noon = {d: datetime.combine(d, time(12), UTC).timestamp() for d in set(dates)}  # type: ignore[arg-type]
        keys = np.array([noon[d] for d in dates], dtype=float)
        distinct = np.unique(keys)
        gap = float(np.diff(distinct).min()) if len(distinct) > 1 else 86400.0
        width = 0.22 * gap
        x_range = (float(distinct[0]) - 0.6 * gap, float(distinct[-1]) + 0.6 * gap)
    else:
        width = 0.28
        keys = source.astype(float)
        x_range = (-0.6, len(present) - 0.4)
    x = _dodged(keys, source, value, width)

    slip = slip_id & bool(kept.sum() < n)
    y = to_plot(value)
    bar = np.column_stack([to_plot(bar_low), to_plot(bar_high)])
    bar[~has_bar] = np.nan
    middle = is_range & ~slip  # a range's mark sits in the middle of what it admits
    y[middle] = bar[middle].mean(axis=1)
    inset = 0.04 * (y_range[1] - y_range[0])
    off_scale = slip & ((y < y_range[0]) | (y > y_range[1]))  # pinned just inside the edge
    y[off_scale] = np.clip(y[off_scale], y_range[0] + inset, y_range[1] - inset)
    span = x_range[1] - x_range[0]
    return GroupLayout(
        claims=members,
        x=x,
        y=y,
        source=source,
        slip=slip,
        off_scale=off_scale,
        bar=bar,
        bounds=bounds,
        sources=[articles.get(a) for a in present],
        styles=[style_of.get(a, i) for i, a in enumerate(present)],
        dated=dated,
        log=use_log,
        y_range=y_range,
        x_range=x_range,
        arrow=arrow,
        cap=0.01 * span if dated else 0.045,
    )


def _dodged(keys: np.ndarray, source: np.ndarray, value: np.ndarray, width: float) -> np.ndarray:
    """x of each mark: its key, spread side by side (source then value order) with the marks that
    share it, across at most ±width."""
    if not len(keys):
        return keys.copy()
    order = np.lexsort((value, source, keys))
    ordered = keys[order]
    _, first, count = np.unique(ordered, return_index=True, return_counts=True)
    k = np.repeat(count, count)  # size of each mark's crowd, in sorted order
    j = np.arange(len(ordered)) - np.repeat(first, count)  # place within its crowd
    spread = np.minimum(width, 0.05 * (k - 1) * (width / 0.28))
    offset = np.where(k > 1, -spread + 2 * spread * j / np.maximum(k - 1, 1), 0.0)
    x = np.empty_like(keys)
    x[order] = ordered + offset
    return x


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
    says = claim_value_text(c)
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
