"""The divergence overview: each group with two or more sources as a row, most divergent on top.

Each row is a bar from 1× to the group's spread (max/min) on a ratio scale, with its status as a
marker (a shape, for grayscale) and as words. Row names and statuses are axis labels, so only the
rows in view are ever laid out as text: thousands of groups cost little. Which group a click opens
is `chart.py`'s business. GUI thread only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGraphicsRectItem

from desktop.model import GroupRow, range_text, tick_text
from desktop.ui.chart_look import TextLine, Theme, style_axis

ROW_PIXELS = 26  # height of one row on screen; the view scrolls when rows don't fit
STATUS_LOOK = {  # colour, marker shape
    "diverging": ("#D55E00", "d"),
    "changing over time": ("#0072B2", "s"),
    "agreeing": ("#009E73", "o"),
}
OTHER_LOOK = ("#888888", "o")


def overview_rows(groups: Sequence[GroupRow]) -> list[GroupRow]:
    """Groups with figures from two or more sources, most divergent first."""
    shown = [g for g in groups if g.source_count >= 2]
    shown.sort(key=lambda g: (-g.spread, -g.source_count, g.label, g.id))
    return shown


class RowAxis(pg.AxisItem):
    """Text per row of the overview (a group's name on the left, its status on the right)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.texts: list[str] = []

    def set_texts(self, texts: list[str]) -> None:
        """New row texts, drawn at once: pyqtgraph keeps an axis's drawing until its range
        changes, and an edit that renames a group or re-sorts the rows may leave it the same."""
        self.texts = texts
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802 (pyqtgraph)
        low, high = sorted((minVal, maxVal))  # an inverted view hands the range upside down
        lo, hi = max(0, math.ceil(low)), min(len(self.texts) - 1, math.floor(high))
        return [(1.0, [float(i) for i in range(lo, hi + 1)])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        metrics = QFontMetrics(self.style.get("tickFont") or QFont())
        room = max(int(self.width()) - 14, 30)
        return [
            metrics.elidedText(self.texts[int(v)], Qt.TextElideMode.ElideRight, room)
            if 0 <= int(v) < len(self.texts)
            else ""
            for v in values
        ]


class RatioAxis(pg.AxisItem):
    """The spread axis: log10 of max/min, labelled 1×, 2×, 5×, 10×…"""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802 (pyqtgraph)
        top = math.ceil(maxVal)
        steps = (1, 1.5, 2, 3, 5) if maxVal < 1 else (1, 2, 5) if maxVal <= 3 else (1,)
        major = sorted(
            {
                math.log10(m * 10.0**e)
                for e in range(0, top + 1)
                for m in steps
                if minVal - 1e-9 <= math.log10(m * 10.0**e) <= maxVal + 1e-9
            }
        )
        return [(1.0, major)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        return [f"{tick_text(round(10.0**v, 3))}×" for v in values]


class RowViewBox(pg.ViewBox):
    """Rows top to bottom; the wheel scrolls them, nothing zooms."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=False, y=False)
        self.invertY(True)
        self.rows = 0

    def wheelEvent(self, ev, axis=None):  # noqa: N802 (Qt)
        top, bottom = self.viewRange()[1]
        shown = bottom - top
        step = -3.0 if ev.delta() > 0 else 3.0
        top = min(max(top + step, -0.6), max(self.rows - 0.4 - shown, -0.6))
        self.setYRange(top, top + shown, padding=0)
        ev.accept()


class OverviewPlotWidget(pg.GraphicsLayoutWidget):
    """The overview plot; `row_clicked` carries the clicked row's group id."""

    row_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAntialiasing(True)
        self.names = RowAxis("left")
        self.statuses = RowAxis("right")
        self.ratio = RatioAxis()
        self.view = RowViewBox()
        self.title = TextLine()
        self.addItem(self.title, row=0, col=0)
        self.plot = self.addPlot(
            row=1,
            col=0,
            viewBox=self.view,
            axisItems={"left": self.names, "right": self.statuses, "bottom": self.ratio},
        )
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showAxis("right")
        self.plot.setLabel("bottom", "spread between sources (largest ÷ smallest figure)")
        self.ci.setContentsMargins(8, 6, 10, 6)
        self.rows: list[GroupRow] = []
        self.highlight = QGraphicsRectItem()
        self.highlight.setPen(pg.mkPen(None))
        self.highlight.setZValue(-10)
        self.view.addItem(self.highlight, ignoreBounds=True)
        self.empty = pg.TextItem("", anchor=(0.5, 0.5))
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.scene().sigMouseMoved.connect(self._on_scene_moved)
        self.view.sigResized.connect(self._on_view_resized)
        self.apply_theme()

    def apply_theme(self) -> None:
        self.theme = t = Theme.of(self.palette())
        self.setBackground(t.background)
        for axis in (self.names, self.statuses, self.ratio):
            style_axis(axis, t)
        for axis in (self.names, self.statuses):
            axis.setStyle(tickLength=0)
            axis.setTickPen(pg.mkPen(None))
        self.plot.showGrid(x=True, y=False, alpha=0.35)
        self.highlight.setBrush(pg.mkBrush(_alpha(t.text, 18)))
        self.empty.setColor(t.muted)

    def resizeEvent(self, ev: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(ev)
        if not hasattr(self, "names"):  # pyqtgraph resizes once while constructing
            return
        w = self.width()
        self.title.fit(w - 30)
        self.names.setWidth(int(min(max(w * 0.34, 120), 360)))
        self.statuses.setWidth(int(min(max(w * 0.22, 110), 230)))

    # ---- content

    def draw(self, groups: Sequence[GroupRow]) -> None:
        """Show `groups` (already sorted) as rows."""
        self.plot.clear()
        if self.empty.scene() is not None:
            self.view.removeItem(self.empty)
        self.highlight.hide()
        self.rows = list(groups)
        self.view.rows = n = len(self.rows)
        t = self.theme
        self.title.setText(
            f'<span style="color:{t.text.name()}; font-size:11pt; font-weight:600">'
            "How far the sources disagree</span>&nbsp;&nbsp;"
            f'<span style="color:{t.muted.name()}; font-size:9pt">'
            f"{n} group{'s' if n != 1 else ''} with two or more sources · most divergent first"
            "</span>"
        )
        self.title.fit(self.width() - 30)
        self.names.set_texts([g.label for g in self.rows])
        self.statuses.set_texts([_status_text(g) for g in self.rows])
        self.plot.showGrid(x=bool(n), y=False, alpha=0.35)  # no grid behind an empty chart
        if not n:
            self.empty.setText(
                "No figure is reported by two or more sources yet.\n"
                "Import more articles to compare them."
            )
            self.view.addItem(self.empty, ignoreBounds=True)
            self.empty.setPos(QPointF(0.5, 0.5))
            self.plot.setXRange(0, 1, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            return
        spreads = np.log10(np.array([max(g.spread, 1.0) for g in self.rows]))
        ys = np.arange(n, dtype=float)
        statuses = np.array([g.status for g in self.rows])
        for status in dict.fromkeys(statuses.tolist()):  # one bar item and one marker item each
            colour, symbol = STATUS_LOOK.get(status, OTHER_LOOK)
            color = QColor(colour)
            mask = statuses == status
            self.plot.addItem(
                pg.BarGraphItem(
                    x0=np.zeros(int(mask.sum())),
                    x1=spreads[mask],
                    y=ys[mask],
                    height=0.5,
                    pen=pg.mkPen(color.darker(120)),
                    brush=pg.mkBrush(_alpha(color, 110)),
                )
            )
            self.plot.addItem(
                pg.ScatterPlotItem(
                    x=spreads[mask],
                    y=ys[mask],
                    symbol=symbol,
                    size=11,
                    pen=pg.mkPen(color.darker(140), width=1.2),
                    brush=pg.mkBrush(color),
                    antialias=True,
                )
            )
        top = float(spreads.max())
        self.plot.setXRange(-0.004, max(top, math.log10(2.0)) * 1.06, padding=0)
        self._fit_rows(first=-0.6)

    def _fit_rows(self, first: float | None = None) -> None:
        if not self.rows:
            return
        top = self.view.viewRange()[1][0] if first is None else first
        height = max(self.view.height(), 1.0)
        n = len(self.rows) + 0.2
        # rows ROW_PIXELS high, scrolling when they don't fit; a few rows may grow, up to 1.7×
        shown = (
            max(height / ROW_PIXELS, 3.0)
            if n > height / ROW_PIXELS
            else max(n, height / (1.7 * ROW_PIXELS))
        )
        top = min(max(top, -0.6), max(len(self.rows) - 0.4 - shown, -0.6))
        self.view.setYRange(top, top + shown, padding=0)

    # ---- hover and click

    def row_at(self, scene_pos: QPointF) -> int | None:
        """The row under a scene position, within the plot (names, bars, statuses)."""
        if not self.rows or not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        y = self.view.mapSceneToView(scene_pos).y()
        row = round(y)
        if 0 <= row < len(self.rows) and abs(y - row) <= 0.5:
            top, bottom = self.view.viewRange()[1]
            if top - 0.5 <= y <= bottom + 0.5:
                return row
        return None

    def _on_scene_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        row = self.row_at(ev.scenePos())
        if row is not None:
            ev.accept()
            self.row_clicked.emit(self.rows[row].id)

    def _on_scene_moved(self, pos: QPointF) -> None:
        row = self.row_at(pos)
        if row is None:
            self.highlight.hide()
            self.view.setToolTip("")
            self.viewport().unsetCursor()
            return
        x0, x1 = self.view.viewRange()[0]
        self.highlight.setRect(QRectF(x0, row - 0.5, x1 - x0, 1.0))
        self.highlight.show()
        self.view.setToolTip(_row_tip(self.rows[row]))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    def _on_view_resized(self, *_: object) -> None:
        self._fit_rows()


def _alpha(c: QColor, a: int) -> QColor:
    out = QColor(c)
    out.setAlpha(a)
    return out


def _status_text(g: GroupRow) -> str:
    return f"{g.apart} · {g.status}" if g.apart else g.status


def _row_tip(g: GroupRow) -> str:
    extent = ""
    if g.min is not None and g.max is not None:
        apart = f" ({g.apart})" if g.apart else ""  # agreeing: none apart
        extent = f"{range_text(g.min, g.max)}{apart}"
    return (
        f"<b>{escape(g.label)}</b><br>{escape(g.status)} · {g.source_count} sources · "
        f"{len(g.claims)} figures<br>{escape(extent)}<br><i>Click to chart this group.</i>"
    )
