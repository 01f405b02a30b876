"""The chart of one group: a mark per figure, by source or over time, each bound drawn as it reads.

Owns the look shared with the overview (colours that follow the palette, value formatting, the value
axis) and the group plot: `=` a solid mark, `~` a mark with a tolerance bar, `range` a bar from low
to high, `>` and `<` open-ended arrows, suspected slips hollow and grey, off the scale's stretch.
It only draws the values it is given; which group to show and what a click means is `chart.py`'s
business. GUI thread only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from html import escape

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent

from desktop.model import ArticleRow, Claim, GroupRow, Snapshot

APPROX = 0.10  # "about 6,000" admits ±10% (as desktop.linking.divergence.interval says)
AUTO_LOG_RATIO = 10.0  # the value axis turns logarithmic when max/min exceeds this

# Okabe–Ito: distinguishable with the common colour-vision deficiencies; black and yellow left out
SOURCE_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F6A00")
# one shape per source, so marks stay apart in grayscale; triangles up/down are the arrowheads
SOURCE_SYMBOLS = ("o", "s", "d", "p", "h", "star", "t2", "t3", "x", "+")
BOUND_WORDS = {
    "=": "exactly",
    "~": "about",
    ">": "more than",
    "<": "fewer than",
    "range": "between",
}
MARK_SIZE = 11
MAX_SLIP_LABELS = 12


# --------------------------------------------------------------------------- look


@dataclass(frozen=True)
class Theme:
    """The chart's colours, taken from the widget's palette (white in light mode)."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    slip: QColor

    @classmethod
    def of(cls, palette: QPalette) -> Theme:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        mix = _mix(base, text, 0.55)
        return cls(
            background=base,
            text=text,
            muted=mix,
            grid=_mix(base, text, 0.18),
            slip=_mix(base, text, 0.45 if dark else 0.5),
        )


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def format_value(v: float) -> str:
    """A figure as a reader writes it: 4,500 · 82,000 · 1.5M · 2.5."""
    a = abs(v)
    if a >= 1e9:
        return f"{v / 1e9:.3g}B"
    if a >= 1e6:
        return f"{v / 1e6:.3g}M"
    if a >= 100 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:.3g}"


def source_name(article: ArticleRow | None, limit: int = 42) -> str:
    """The outlet, or the title when the outlet is unknown, cut to `limit` characters."""
    if article is None:
        return "unknown source"
    name = (article.outlet or article.title or article.origin.rsplit("/", 1)[-1]).strip()
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def style_axis(axis: pg.AxisItem, theme: Theme) -> None:
    axis.setPen(pg.mkPen(theme.grid))
    axis.setTextPen(pg.mkPen(theme.text))
    axis.setTickPen(pg.mkPen(theme.muted))
    axis.setStyle(tickLength=-4, tickTextOffset=5)


class TextLine(pg.LabelItem):
    """A line of rich text in a plot layout that wraps to the width it is given instead of
    widening the layout (pyqtgraph's LabelItem asks for its whole text width)."""

    def __init__(self, size: str = "9pt") -> None:
        super().__init__("", size=size, justify="left")

    def fit(self, width: float) -> None:
        self.item.setTextWidth(max(width, 50.0))
        self.updateMin()

    def updateMin(self) -> None:  # noqa: N802 (pyqtgraph)
        h = self.itemRect().height()
        self.setMinimumWidth(0)
        self.setMinimumHeight(h)
        self.setMaximumHeight(h)
        self._sizeHint = {
            Qt.SizeHint.MinimumSize: (0, h),
            Qt.SizeHint.PreferredSize: (0, h),
            Qt.SizeHint.MaximumSize: (-1, h),
            Qt.SizeHint.MinimumDescent: (0, 0),
        }
        self.updateGeometry()


class SourceLegend(pg.GraphicsWidget):
    """The sources as a key under the plot: each one's mark (shape and colour) and name, in as
    many columns as fit, names cut to their column. Painted directly, so PNG and SVG match."""

    ROW = 20
    COLUMN = 250

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[str, QColor, QColor, str]] = []  # symbol, fill, edge, name
        self.text = QColor("black")
        self.setMinimumWidth(0)

    def set_entries(self, entries: list[tuple[str, QColor, QColor, str]]) -> None:
        self.entries = entries
        self._fit()
        self.update()

    def _columns(self) -> int:
        return max(1, min(len(self.entries), int(self.size().width()) // self.COLUMN))

    def _fit(self) -> None:
        rows = math.ceil(len(self.entries) / self._columns()) if self.entries else 0
        h = rows * self.ROW + (4 if rows else 0)
        self.setMinimumHeight(h)
        self.setMaximumHeight(h)
        self.updateGeometry()

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(ev)
        self._fit()

    def paint(self, p, *args) -> None:
        if not self.entries:
            return
        columns = self._columns()
        width = self.size().width() / columns
        metrics = QFontMetrics(p.font())
        p.setRenderHint(p.RenderHint.Antialiasing)
        for i, (symbol, fill, edge, name) in enumerate(self.entries):
            x, y = (i % columns) * width + 8, (i // columns) * self.ROW + 2
            p.save()
            p.translate(x + 6, y + self.ROW / 2)
            drawSymbol(p, symbol, MARK_SIZE, pg.mkPen(edge, width=1.2 / MARK_SIZE), fill)
            p.restore()
            p.setPen(self.text)
            room = int(width - 34)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            p.drawText(
                QRectF(x + 18, y, room, self.ROW),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )


class ValueAxis(pg.AxisItem):
    """The figure axis: thousands separators, and on a log scale ticks at 1, 2, 5 × 10ⁿ."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.log = False

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802 (pyqtgraph)
        if not self.log:
            return super().tickValues(minVal, maxVal, size)[:1]  # no minor grid: calmer
        lo, hi = math.floor(minVal), math.ceil(maxVal)
        steps = (1, 2, 5) if hi - lo <= 3 else (1,)
        major = [
            math.log10(m * 10.0**e)
            for e in range(lo, hi + 1)
            for m in steps
            if minVal <= math.log10(m * 10.0**e) <= maxVal
        ]
        minor = [
            math.log10(m * 10.0**e)
            for e in range(lo, hi + 1)
            for m in range(2, 10)
            if m not in steps and minVal <= math.log10(m * 10.0**e) <= maxVal
        ]
        return [(1.0, major), (0.1, minor)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        if self.log:  # label 1, 2, 5 × 10ⁿ (or only powers of ten when they are the major ticks)
            lo, hi = self.range if hasattr(self, "range") else (0.0, 0.0)
            labelled = ("1", "2", "5") if abs(hi - lo) <= 3 else ("1",)
            out = []
            for v in values:
                n = round(10.0**v, 6)
                out.append(format_value(n) if f"{n:e}"[0] in labelled else "")
            return out
        return [format_value(v) for v in values]


class SourceAxis(pg.DateAxisItem):
    """The x axis: dates when the figures carry them, else one tick per source, its name cut to
    fit (one axis for both, so a redraw never swaps axes)."""

    def __init__(self) -> None:
        super().__init__("bottom", utcOffset=0)
        self.names: list[str] = []
        self.dated = False

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802 (pyqtgraph)
        if self.dated:
            return super().tickValues(minVal, maxVal, size)
        shown = [float(i) for i in range(len(self.names)) if minVal <= i <= maxVal]
        return [(1.0, shown)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        if self.dated:
            return super().tickStrings(values, scale, spacing)
        view = self.linkedView()
        span = view.viewRange()[0] if view is not None else (0.0, 1.0)
        per_unit = self.geometry().width() / max(span[1] - span[0], 1e-9)
        metrics = QFontMetrics(self.style.get("tickFont") or QFont())
        room = max(int(0.8 * per_unit) - 6, 30)  # the outer ones have 0.4 unit beside them
        return [
            metrics.elidedText(self.names[int(v)], Qt.TextElideMode.ElideRight, room)
            if 0 <= int(v) < len(self.names)
            else ""
            for v in values
        ]


# --------------------------------------------------------------------------- layout


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


# --------------------------------------------------------------------------- drawing


class GroupPlotWidget(pg.GraphicsLayoutWidget):
    """The plot of one group's figures, with a legend of sources and a key to the bounds."""

    mark_clicked = Signal(int)  # a claim id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAntialiasing(True)
        self.theme = Theme.of(self.palette())
        self.value_axis = ValueAxis("left")
        self.bottom_axis = SourceAxis()
        self.title = TextLine()
        self.addItem(self.title, row=0, col=0)
        self.plot = self.addPlot(
            row=1, col=0, axisItems={"left": self.value_axis, "bottom": self.bottom_axis}
        )
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend = SourceLegend()
        self.addItem(self.legend, row=2, col=0)
        self.key = TextLine("8pt")
        self.addItem(self.key, row=3, col=0)
        self.ci.setContentsMargins(8, 6, 14, 6)
        self.ci.setSpacing(2)
        self.current: GroupLayout | None = None
        self._articles: dict[int, ArticleRow] = {}
        self._by_claim: dict[int, Mark] = {}
        self._legend: list[tuple[str, QColor, QColor, str]] = []
        self._pool: dict[int, tuple[pg.PlotCurveItem, pg.ScatterPlotItem]] = {}
        self._slips = pg.ScatterPlotItem(
            size=MARK_SIZE, hoverable=True, hoverSize=MARK_SIZE + 4, tip=self._tip
        )
        self._slips.setZValue(9)
        self._slips.sigClicked.connect(self._on_dots_clicked)
        self.plot.addItem(self._slips)
        font = QFont()
        font.setPointSizeF(8)
        font.setItalic(True)
        self._slip_labels = [pg.TextItem("") for _ in range(MAX_SLIP_LABELS)]
        for label in self._slip_labels:
            label.setFont(font)
            label.hide()
            self.plot.addItem(label)
        self.apply_theme()

    # ---- look

    def apply_theme(self) -> None:
        self.theme = Theme.of(self.palette())
        self.setBackground(self.theme.background)
        for name in ("left", "bottom"):
            style_axis(self.plot.getAxis(name), self.theme)
        self.plot.showGrid(x=False, y=True, alpha=0.35)
        self.legend.text = self.theme.text

    def resizeEvent(self, ev: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(ev)
        if hasattr(self, "legend"):  # pyqtgraph resizes once while constructing
            self._fit_text()

    def _fit_text(self) -> None:
        """Wrap the title and the key to this width."""
        width = self.width() - 30
        self.title.fit(width)
        self.key.fit(width)

    # ---- content

    def clear_all(self, keep: int = 0) -> None:
        """Empty the plot; the first `keep` sources' items are about to be refilled anyway."""
        for src, (bars, dots) in self._pool.items():
            if src >= keep and len(dots.data):
                bars.setData([], [])
                dots.setData([], [])
        if len(self._slips.data):
            self._slips.setData([], [])
        for label in self._slip_labels:
            label.hide()
        self.legend.set_entries([])
        self._legend = []
        self.key.setText("")
        self.current = None
        self._by_claim = {}

    def _items(self, src: int) -> tuple[pg.PlotCurveItem, pg.ScatterPlotItem]:
        """The bars (with arrows) and marks of the group's `src`-th source: made once, refilled
        on redraw (new pyqtgraph items per redraw cost more than the drawing itself)."""
        if src not in self._pool:
            bars = pg.PlotCurveItem(connect="pairs", antialias=True)
            dots = pg.ScatterPlotItem(
                size=MARK_SIZE, hoverable=True, hoverSize=MARK_SIZE + 4, tip=self._tip
            )
            dots.opts["antialias"] = True
            dots.setZValue(10)
            dots.sigClicked.connect(self._on_dots_clicked)
            self.plot.addItem(bars)
            self.plot.addItem(dots)
            self._pool[src] = (bars, dots)
        return self._pool[src]

    def draw(self, snapshot: Snapshot, group: GroupRow, layout: GroupLayout) -> None:
        """Draw `layout` (computed by `lay_out` for `group`)."""
        self.clear_all(keep=len(layout.sources))
        self.current = layout
        self._articles = {a.id: a for a in snapshot.articles}
        self._by_claim = {m.claim.id: m for m in layout.marks if m.claim.id is not None}
        t = self.theme
        self.bottom_axis.names = [source_name(a, 60) for a in layout.sources]
        self.bottom_axis.dated = layout.dated
        self.value_axis.log = layout.log
        self.plot.setLabel("left", "reported figure" + (" (log scale)" if layout.log else ""))
        self.plot.getAxis("left").label.setDefaultTextColor(t.muted)
        self._draw_title(group, layout)

        per_source: dict[int, list[Mark]] = {}
        for m in layout.marks:
            if not m.slip:
                per_source.setdefault(m.source, []).append(m)
        for src in range(len(layout.sources)):
            self._draw_source(src, per_source.get(src, []), layout)
        slips = [m for m in layout.marks if m.slip]
        if slips:
            self._draw_slips(slips, layout)
        self.plot.setXRange(*layout.x_range, padding=0)
        self.plot.setYRange(*layout.y_range, padding=0)
        self.bottom_axis.picture = None  # names may change while the range stays
        self.bottom_axis.update()
        self._draw_key(layout)
        self.legend.set_entries(self._legend)
        self._fit_text()

    def _draw_title(self, group: GroupRow, layout: GroupLayout) -> None:
        t = self.theme
        extent = ""
        if group.min is not None and group.max is not None:
            extent = f"{format_value(group.min)} – {format_value(group.max)}"
            if group.spread > 1.0:
                extent += f" ({group.spread:.1f}×)"
        parts = [group.status, f"{len(layout.sources)} sources", extent]
        detail = " · ".join(p for p in parts if p)
        self.title.setText(
            f'<span style="color:{t.text.name()}; font-size:11pt; font-weight:600">'
            f"{escape(group.label)}</span>&nbsp;&nbsp;"
            f'<span style="color:{t.muted.name()}; font-size:9pt">{escape(detail)}</span>'
        )

    def _style(self, layout: GroupLayout, src: int) -> tuple[QColor, str]:
        i = layout.styles[src]
        color = QColor(SOURCE_COLORS[i % len(SOURCE_COLORS)])
        return color, SOURCE_SYMBOLS[i % len(SOURCE_SYMBOLS)]

    def _draw_source(self, src: int, marks: list[Mark], layout: GroupLayout) -> None:
        color, symbol = self._style(layout, src)
        edge = color.darker(150) if self.theme.background.lightness() >= 128 else color.lighter(130)
        pen = pg.mkPen(color, width=2)
        fill = pg.mkBrush(color)
        outline = pg.mkPen(edge, width=1.2)
        seg_x: list[float] = []
        seg_y: list[float] = []
        cap = layout.cap
        head = 0.3 * layout.arrow
        for m in marks:
            c = m.claim
            bar = admitted(c)
            if bar is not None:
                lo, hi = (layout.to_plot(v) for v in bar)
                seg_x += [m.x, m.x, m.x - cap, m.x + cap, m.x - cap, m.x + cap]
                seg_y += [lo, hi, lo, lo, hi, hi]
            elif c.bound in (">", "<"):
                sign = 1.0 if c.bound == ">" else -1.0
                end = m.plot_y + sign * layout.arrow
                if not layout.log and c.bound == "<":
                    end = max(end, min(0.0, m.plot_y))
                back = end - sign * head  # an open arrowhead: "and more" / "and fewer"
                seg_x += [m.x, m.x, m.x - cap, m.x, m.x + cap, m.x]
                seg_y += [m.plot_y, end, back, end, back, end]
        bars, dots = self._items(src)
        bars.setPen(pen)
        bars.setData(np.array(seg_x), np.array(seg_y), connect="pairs")
        dots.setData(
            x=[m.x for m in marks],
            y=[m.plot_y for m in marks],
            data=[m.claim.id for m in marks],
            symbol=symbol,
            pen=outline,
            brush=fill,
        )
        self._legend.append((symbol, color, edge, source_name(layout.sources[src], 200)))

    def _draw_slips(self, slips: list[Mark], layout: GroupLayout) -> None:
        t = self.theme
        self._slips.setData(
            x=[m.x for m in slips],
            y=[m.plot_y for m in slips],
            data=[m.claim.id for m in slips],
            symbol=[self._style(layout, m.source)[1] for m in slips],
            pen=pg.mkPen(t.slip, width=1.5),
            brush=pg.mkBrush(t.background),
        )
        for m, label in zip(slips, self._slip_labels, strict=False):
            arrow = ""
            if m.off_scale:
                arrow = (
                    " ↑" if m.claim.value > 1 and layout.to_plot(m.claim.value) > m.plot_y else " ↓"
                )
            label.setText(f"suspected slip: {format_value(m.claim.value)}{arrow}", color=t.slip)
            right = m.x > (layout.x_range[0] + layout.x_range[1]) / 2  # label toward the middle
            label.setAnchor((1.0 if right else 0.0, 0.5))
            label.setPos(QPointF(m.x + (-2 if right else 2) * layout.cap, m.plot_y))
            label.show()

    def _draw_key(self, layout: GroupLayout) -> None:
        bounds = Counter(m.claim.bound for m in layout.marks if not m.slip)
        notes = []
        if bounds["~"]:
            notes.append("bar: about (±10%)")
        if bounds["range"]:
            notes.append("bar: a range")
        if bounds[">"]:
            notes.append("arrow up: more than")
        if bounds["<"]:
            notes.append("arrow down: fewer than")
        if bounds["="]:
            notes.append("mark alone: an exact figure")
        if any(m.slip for m in layout.marks):
            notes.append("hollow grey: suspected slip (off the scale)")
        self.key.setText(
            f'<span style="color:{self.theme.muted.name()}">{escape("   ·   ".join(notes))}</span>'
        )

    # ---- hover and click

    def _tip(self, x: float, y: float, data: object) -> str:
        mark = self._by_claim.get(data) if isinstance(data, int) else None
        if mark is None:
            return ""
        return tooltip(mark, self._articles.get(mark.claim.article))

    def _on_dots_clicked(self, item: pg.ScatterPlotItem, points, ev) -> None:
        if len(points):
            self.mark_clicked.emit(int(points[0].data()))
