"""The chart of one group: a mark per figure, by source or over time, each bound drawn as it reads.

`=` a solid mark, `~` a mark with a tolerance bar, `range` a bar from low to high, `>` and `<`
open-ended arrows, suspected slips hollow and grey, off the scale's stretch. Where marks go is
`chart_layout`'s, colours and axes `chart_look`'s and `chart_axes`'s. It only draws the values it
is given; which group to show and what a click means is `chart.py`'s business. GUI thread only.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from desktop.model import ArticleRow, GroupRow, Snapshot, claim_value_text, range_text
from desktop.ui.chart_axes import SourceAxis, ValueAxis
from desktop.ui.chart_layout import GroupLayout, tooltip
from desktop.ui.chart_look import (
    MARK_SIZE,
    SOURCE_COLORS,
    SOURCE_SYMBOLS,
    SourceLegend,
    TextLine,
    Theme,
    source_name,
    style_axis,
)

MAX_SLIP_LABELS = 12
SHORT_BELOW = 420  # px: a shorter widget (the window's dock) puts the legend beside the plot
SMOOTH_UP_TO = 300  # antialias bars and marks only up to this many figures: past it, speed wins
KEY_NOTES = (  # bound, what its glyph means
    ("~", "bar: about (±10%)"),
    ("range", "bar: a range"),
    (">", "arrow up: more than"),
    ("<", "arrow down: fewer than"),
    ("=", "mark alone: an exact figure"),
)


class _Look:
    """One source's symbol and the pens and brush its marks and bars are drawn with, made once
    per theme: the scatter item's symbol cache is keyed on these very objects."""

    def __init__(self, style: int, theme: Theme) -> None:
        self.color = QColor(SOURCE_COLORS[style % len(SOURCE_COLORS)])
        self.symbol = SOURCE_SYMBOLS[style % len(SOURCE_SYMBOLS)]
        light = theme.background.lightness() >= 128
        if not light and self.color.lightness() < 120:  # the deep blues and greens sink in dark
            self.color = self.color.lighter(140)
        self.edge = self.color.darker(150) if light else self.color.lighter(130)
        self.bar = pg.mkPen(self.color, width=2)
        self.outline = pg.mkPen(self.edge, width=1.2)
        self.fill = pg.mkBrush(self.color)


class GroupPlotWidget(pg.GraphicsLayoutWidget):
    """The plot of one group's figures, with a legend of sources and a key to the bounds.

    All marks are one scatter item (suspected slips first, so kept marks paint over them), the
    bars and arrows one line-pairs curve per source (a curve has one colour); the items are made
    once and refilled on each redraw. A tooltip is worded only when a mark is hovered."""

    mark_clicked = Signal(int)  # a claim id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAntialiasing(True)
        self.theme = Theme.of(self.palette())
        self.value_axis = ValueAxis("left")
        self.bottom_axis = SourceAxis()
        self.title = TextLine()
        self.addItem(self.title, row=0, col=0, colspan=2)
        self.plot = self.addPlot(
            row=1, col=0, axisItems={"left": self.value_axis, "bottom": self.bottom_axis}
        )
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend = SourceLegend()  # under the plot
        self.addItem(self.legend, row=2, col=0)
        self.side_legend = SourceLegend()  # beside it, in a short widget; else 0 px wide
        self.side_legend.set_side(True, 0)
        self.addItem(self.side_legend, row=1, col=1)
        self.key = TextLine("8pt")
        self.addItem(self.key, row=3, col=0)
        self.ci.setContentsMargins(8, 6, 14, 6)
        self.ci.setSpacing(2)
        self._short = False  # legend under the plot (False) or beside it (True)
        self._entries: list[tuple[str, QColor, QColor, str]] = []
        self.plot.getViewBox().sigResized.connect(self._on_view_resized)
        self.current: GroupLayout | None = None
        self._articles: dict[int, ArticleRow] = {}
        self._order = np.zeros(0, dtype=int)  # scatter point → index into current's figures
        self._looks: dict[tuple[int, int], _Look] = {}
        self._html: dict[int, str] = {}  # what each text item shows, to skip unchanged setText
        self._bars: list[pg.PlotCurveItem] = []
        self._dots = pg.ScatterPlotItem(
            size=MARK_SIZE, pxMode=True, hoverable=True, hoverSize=MARK_SIZE + 4, tip=self._tip
        )
        self._dots.setZValue(10)
        self._dots.sigClicked.connect(self._on_dots_clicked)
        self.plot.addItem(self._dots)
        font = QFont()
        font.setPointSizeF(8)
        font.setItalic(True)
        self._slip_labels = [QGraphicsSimpleTextItem() for _ in range(MAX_SLIP_LABELS)]
        for label in self._slip_labels:  # plain text that keeps its size: cheap to paint
            label.setFont(font)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setZValue(11)
            label.hide()
            self.plot.getViewBox().addItem(label, ignoreBounds=True)
        self.apply_theme()

    # ---- look

    def apply_theme(self) -> None:
        self.theme = t = Theme.of(self.palette())
        self._looks = {}
        self._slip_pen = pg.mkPen(t.slip, width=1.5)
        self._slip_fill = pg.mkBrush(t.background)
        self.setBackground(t.background)
        for name in ("left", "bottom"):
            style_axis(self.plot.getAxis(name), t)
        self.plot.showGrid(x=False, y=True, alpha=0.35)
        for legend in (self.legend, self.side_legend):
            legend.text = t.text
            legend.muted = t.muted
        self.value_axis.label.setDefaultTextColor(t.muted)
        for label in self._slip_labels:
            label.setBrush(t.slip)
        self._html = {}

    def _look(self, style: int) -> _Look:
        # keyed on what it looks like, not on the style: sources that share a colour and a
        # symbol share the pens, so the scatter item renders each symbol once, not per source
        key = (style % len(SOURCE_COLORS), style % len(SOURCE_SYMBOLS))
        if key not in self._looks:
            self._looks[key] = _Look(style, self.theme)
        return self._looks[key]

    def resizeEvent(self, ev: QResizeEvent) -> None:  # noqa: N802 (Qt)
        if hasattr(self, "side_legend"):  # pyqtgraph resizes once while constructing
            self._arrange()  # first: the layout is clamped to the minimum height of the old one
        super().resizeEvent(ev)

    def _arrange(self) -> None:
        """Legend and key under the plot; in a short widget, the legend (with the key's notes)
        beside it, so the plot keeps its height. Both places stay in the layout (moving items
        between cells leaves pyqtgraph's grid with stale rows); the unused one is empty."""
        self._short = short = self.height() < SHORT_BELOW
        width = min(max(0.22 * self.width(), 160.0), 240.0) if short else 0
        self.side_legend.set_side(True, width)
        self._place_legend()
        self._fit_text()

    def _place_legend(self) -> None:
        notes = self._notes(self.current) if self.current is not None else []
        self.side_legend.set_entries(self._entries if self._short else [], notes)
        self.legend.set_entries([] if self._short else self._entries)
        self.key.setVisible(not self._short)

    def _fit_axis(self) -> None:
        """The value axis as wide as its labels; its title only where the plot is tall enough."""
        if self.current is None:
            return
        if not self.ci.layout.isActivated():  # lay out now: a grab may paint before the event
            self.ci.layout.activate()
        height = self.plot.getViewBox().height()
        label = self.value_axis.label
        titled = label.boundingRect().width() + 16 <= height
        self.value_axis.fit(*self.current.y_range, height, titled)
        if not self.plot.layout.isActivated():  # the axis sits in the plot's own layout
            self.plot.layout.activate()

    def _on_view_resized(self, *_: object) -> None:
        self._fit_axis()

    def _fit_text(self) -> None:
        """Wrap the title and the key to this width (the key folds away in a short widget)."""
        width = self.width() - 30
        self.title.fit(width)
        self.key.fit(width)
        if self._short:
            self.key.setMinimumHeight(0)
            self.key.setMaximumHeight(0)

    def _set_html(self, item: TextLine, html: str) -> None:
        if self._html.get(id(item)) != html:  # rich text layout is the dearest part of a redraw
            self._html[id(item)] = html
            item.setText(html)

    # ---- content

    def draw(self, snapshot: Snapshot, group: GroupRow, layout: GroupLayout) -> None:
        """Draw `layout` (computed by `lay_out` for `group`)."""
        self.current = layout
        self._articles = {a.id: a for a in snapshot.articles}
        names = [source_name(a, 60) for a in layout.sources]
        relabel = names != self.bottom_axis.names or layout.dated != self.bottom_axis.dated
        self.bottom_axis.names = names
        self.bottom_axis.dated = layout.dated
        self.value_axis.log = layout.log
        if self.value_axis.labelText != "reported figure":
            self.plot.setLabel("left", "reported figure")
            self.value_axis.label.setDefaultTextColor(self.theme.muted)
        self._draw_title(group, layout)
        smooth = len(layout.claims) <= SMOOTH_UP_TO
        self._draw_bars(layout, smooth)
        self._draw_marks(layout, smooth)
        self._draw_slip_labels(layout)
        self.plot.setXRange(*layout.x_range, padding=0)
        self.plot.setYRange(*layout.y_range, padding=0)
        if relabel:  # names may change while the range stays (dated ticks are dear to redo)
            self.bottom_axis.picture = None
            self.bottom_axis.update()
        self._draw_key(layout)
        self._entries = [
            (look.symbol, look.color, look.edge, source_name(article, 200))
            for look, article in zip(
                (self._look(s) for s in layout.styles), layout.sources, strict=True
            )
        ]
        self._place_legend()
        self._fit_text()
        self._fit_axis()

    def _draw_title(self, group: GroupRow, layout: GroupLayout) -> None:
        t = self.theme
        extent = ""
        if group.min is not None and group.max is not None:
            extent = range_text(group.min, group.max)
            if group.apart:
                extent += f" ({group.apart})"
        parts = [group.status, f"{len(layout.sources)} sources", extent]
        if layout.log:
            parts.append("log scale")
        detail = " · ".join(p for p in parts if p)
        self._set_html(
            self.title,
            f'<span style="color:{t.text.name()}; font-size:11pt; font-weight:600">'
            f"{escape(group.label)}</span>&nbsp;&nbsp;"
            f'<span style="color:{t.muted.name()}; font-size:9pt">{escape(detail)}</span>',
        )

    def _draw_bars(self, layout: GroupLayout, smooth: bool) -> None:
        """Bars for `~` and `range`, open arrows for `>` and `<`: three line pairs a figure."""
        x, y, cap = layout.x, layout.y, layout.cap
        lo, hi = layout.bar[:, 0], layout.bar[:, 1]
        barred = ~np.isnan(lo) & ~layout.slip
        sign = np.where(layout.bounds == ">", 1.0, np.where(layout.bounds == "<", -1.0, 0.0))
        arrowed = (sign != 0) & ~layout.slip
        end = y + sign * layout.arrow
        if not layout.log:  # "fewer than" stops at zero on a linear scale
            end = np.where(sign < 0, np.maximum(end, np.minimum(0.0, y)), end)
        back = end - sign * 0.3 * layout.arrow  # an open arrowhead: "and more" / "and fewer"
        seg_x = np.where(
            barred[:, None],
            np.column_stack([x, x, x - cap, x + cap, x - cap, x + cap]),
            np.column_stack([x, x, x - cap, x, x + cap, x]),
        )
        seg_y = np.where(
            barred[:, None],
            np.column_stack([lo, hi, lo, lo, hi, hi]),
            np.column_stack([y, end, back, end, back, end]),
        )
        drawn = barred | arrowed
        # one line-pairs curve per colour, not per source: a group reported by hundreds of
        # sources has as many curves to lay out and paint as there are colours
        colour = np.array([s % len(SOURCE_COLORS) for s in layout.styles], dtype=int)
        pens = {int(k): self._look(s).bar for k, s in zip(colour, layout.styles, strict=True)}
        while len(self._bars) < len(SOURCE_COLORS):
            bars = pg.PlotCurveItem(connect="pairs")
            self.plot.addItem(bars)
            self._bars.append(bars)
        of_row = colour[layout.source] if len(layout.source) else np.zeros(0, dtype=int)
        for k, bars in enumerate(self._bars):
            if k not in pens:
                if bars.xData is not None and len(bars.xData):
                    bars.setData([], [])
                continue
            rows = drawn & (of_row == k)
            bars.opts["antialias"] = smooth
            bars.setPen(pens[k])
            bars.setData(seg_x[rows].ravel(), seg_y[rows].ravel(), connect="pairs")

    def _draw_marks(self, layout: GroupLayout, smooth: bool) -> None:
        """Every mark in one scatter item: slips hollow and grey, first, so the rest cover them."""
        looks = [self._look(s) for s in layout.styles]
        symbols, pens, brushes = (np.empty(len(looks), dtype=object) for _ in range(3))
        symbols[:] = [look.symbol for look in looks]
        pens[:] = [look.outline for look in looks]
        brushes[:] = [look.fill for look in looks]
        order = np.concatenate([np.flatnonzero(layout.slip), np.flatnonzero(~layout.slip)])
        source, slip = layout.source[order], layout.slip[order]
        pens, brushes = pens[source], brushes[source]
        pens[slip] = self._slip_pen
        brushes[slip] = self._slip_fill
        self._order = order
        self._dots.opts["antialias"] = smooth
        self._dots.setData(
            x=layout.x[order],
            y=layout.y[order],
            data=order,
            symbol=symbols[source],
            pen=pens,
            brush=brushes,
        )

    def _draw_slip_labels(self, layout: GroupLayout) -> None:
        slips = np.flatnonzero(layout.slip)[:MAX_SLIP_LABELS]
        middle = (layout.x_range[0] + layout.x_range[1]) / 2
        for i, label in enumerate(self._slip_labels):
            if i >= len(slips):
                label.hide()
                continue
            m = layout.mark(int(slips[i]))
            arrow = ""
            if m.off_scale:
                higher = m.claim.value > 1 and layout.to_plot(m.claim.value) > m.plot_y
                arrow = " ↑" if higher else " ↓"
            label.setText(f"suspected slip: {claim_value_text(m.claim)}{arrow}")
            right = m.x > middle  # the label reaches toward the middle
            box = label.boundingRect()
            shift = -box.width() - 9 if right else 9  # past the mark, in pixels
            label.setTransform(QTransform.fromTranslate(shift, -box.height() / 2))
            label.setPos(QPointF(m.x, m.plot_y))
            label.show()

    def _notes(self, layout: GroupLayout) -> list[str]:
        """What the glyphs drawn mean, one note per kind."""
        bounds = set(layout.bounds[~layout.slip].tolist())
        notes = [note for bound, note in KEY_NOTES if bound in bounds]
        if layout.slip.any():
            notes.append("hollow grey: suspected slip (off the scale)")
        return notes

    def _draw_key(self, layout: GroupLayout) -> None:
        notes = "   ·   ".join(self._notes(layout))
        self._set_html(
            self.key, f'<span style="color:{self.theme.muted.name()}">{escape(notes)}</span>'
        )

    # ---- hover and click

    def _tip(self, x: float, y: float, data: object) -> str:
        layout = self.current
        if layout is None or not isinstance(data, (int, np.integer)):
            return ""
        mark = layout.mark(int(data))
        return tooltip(mark, self._articles.get(mark.claim.article))

    def _on_dots_clicked(self, item: pg.ScatterPlotItem, points, ev) -> None:
        if len(points) and self.current is not None:
            claim = self.current.claims[int(points[0].data())].id
            if claim is not None:
                self.mark_clicked.emit(claim)
