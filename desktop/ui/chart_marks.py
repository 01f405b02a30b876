"""The chart of one group: a mark per figure, by source or over time, each bound drawn as it reads.

`=` a solid mark, `~` a mark with a tolerance bar, `range` a bar from low to high, `>` and `<`
open-ended arrows, suspected slips hollow and grey, off the scale's stretch. Where marks go is
`chart_layout`'s, colours and axes `chart_look`'s and `chart_axes`'s. It only draws the values it
is given; which group to show and what a click means is `chart.py`'s business. GUI thread only.
"""

from __future__ import annotations

from collections import Counter
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent

from desktop.model import ArticleRow, GroupRow, Snapshot
from desktop.ui.chart_axes import SourceAxis, ValueAxis
from desktop.ui.chart_layout import GroupLayout, Mark, admitted, tooltip
from desktop.ui.chart_look import (
    MARK_SIZE,
    SOURCE_COLORS,
    SOURCE_SYMBOLS,
    SourceLegend,
    TextLine,
    Theme,
    format_value,
    source_name,
    style_axis,
)

MAX_SLIP_LABELS = 12


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
