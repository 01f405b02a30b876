"""The chart's look, shared by the group plot and the overview: colours that follow the palette,
one colour and shape per source, figures written as a reader writes them, axis styling, a line of
wrapping rich text and the legend of sources. What is drawn where belongs to `chart_marks` and
`chart_overview`. GUI thread only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette

from desktop.model import ArticleRow
from desktop.model import source_name as model_source_name

# Okabe–Ito: distinguishable with the common colour-vision deficiencies; black and yellow left out
SOURCE_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F6A00")
# one shape per source, so marks stay apart in grayscale; triangles up/down are the arrowheads
SOURCE_SYMBOLS = ("o", "s", "d", "p", "h", "star", "t2", "t3", "x", "+")
MARK_SIZE = 11


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


def source_name(article: ArticleRow | None, limit: int = 42) -> str:
    """`desktop.model.source_name`, cut to `limit` characters."""
    if article is None:
        return "unknown source"
    return model_source_name(article.outlet, article.title, article.origin, limit)


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
    """The sources as a key: each one's mark (shape and colour) and name. Under the plot it runs
    in as many columns as fit; beside it (`side`, for a short widget) it is one column with the
    bound notes below, as many lines as the height holds. Painted directly, so PNG and SVG match.
    """

    ROW = 20
    COLUMN = 250

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[str, QColor, QColor, str]] = []  # symbol, fill, edge, name
        self.notes: list[str] = []  # drawn only beside the plot (under it, the key says them)
        self.side = False
        self.text = QColor("black")
        self.muted = QColor("gray")
        self.setMinimumWidth(0)

    def set_entries(
        self, entries: list[tuple[str, QColor, QColor, str]], notes: list[str] | None = None
    ) -> None:
        self.entries = entries
        self.notes = notes or []
        self._fit()
        self.update()

    def set_side(self, side: bool, width: float = 0) -> None:
        """Stand beside the plot, `width` wide (True), or under it (False)."""
        self.side = side
        self.setMinimumWidth(width if side else 0)
        self.setMaximumWidth(width if side else 1e6)
        self._fit()

    def _columns(self) -> int:
        if self.side:
            return 1
        return max(1, min(len(self.entries), int(self.size().width()) // self.COLUMN))

    def _fit(self) -> None:
        if self.side:  # as tall as the plot beside it
            self.setMinimumHeight(0)
            self.setMaximumHeight(1e6)
        else:
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
        room = int(width - 34)
        lines = int((self.size().height() - 6) // self.ROW) if self.side else len(self.entries)
        shown = self.entries
        if len(shown) > lines:  # beside a short plot: the last line says how many are left out
            shown = shown[: max(lines - 1, 0)]
        for i, (symbol, fill, edge, name) in enumerate(shown):
            x, y = (i % columns) * width + 8, (i // columns) * self.ROW + 2
            p.save()
            p.translate(x + 6, y + self.ROW / 2)
            drawSymbol(p, symbol, MARK_SIZE, pg.mkPen(edge, width=1.2 / MARK_SIZE), fill)
            p.restore()
            p.setPen(self.text)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            p.drawText(QRectF(x + 18, y, room, self.ROW), _LEFT, text)
        if not self.side:
            return
        p.setPen(self.muted)
        rest = len(self.entries) - len(shown)
        extra = ([f"+ {rest} more source{'s' if rest != 1 else ''}"] if rest else []) + self.notes
        for j, note in enumerate(extra[: max(lines - len(shown), 0)]):
            y = (len(shown) + j) * self.ROW + 2 + (6 if j >= (1 if rest else 0) else 0)
            text = metrics.elidedText(note, Qt.TextElideMode.ElideRight, int(width - 12))
            p.drawText(QRectF(8, y, width - 12, self.ROW), _LEFT, text)


_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
