"""The small chart of one group on a printed sheet, painted with QPainter on any paint device.

One mark per figure, by source in article order; a bound is drawn as what it means: `~` a mark with
a tolerance bar, `>` an arrow up from the value, `<` an arrow down, a range a bar from low to high,
`=` a solid mark. Each source has its own marker shape (filled, then hollow), so the chart reads in
grayscale; the value axis turns logarithmic when the figures are more than ten times apart.
Sizes are given in device pixels by the caller (`unit` = one typographic point). GUI thread only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from desktop.model import SheetRow, approx_interval, tick_text

_SHAPES = ("circle", "square", "triangle", "diamond", "down", "hexagon")
_INK = QColor("#111111")
_GRID = QColor("#c8c8c8")
_BAND = QColor("#e6e6e6")
_MUTED = QColor("#555555")
LOG_ABOVE = 10.0


def marker_path(number: int, centre: QPointF, radius: float) -> QPainterPath:
    """The outline of source `number`'s marker (1-based), centred on `centre`."""
    shape = _SHAPES[(number - 1) % len(_SHAPES)]
    x, y, r = centre.x(), centre.y(), radius
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(centre, r, r)
    elif shape == "square":
        s = r * 0.88
        path.addRect(QRectF(x - s, y - s, 2 * s, 2 * s))
    elif shape == "hexagon":
        points = [
            QPointF(x + r * math.cos(a * math.pi / 3), y + r * math.sin(a * math.pi / 3))
            for a in range(6)
        ]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    else:
        r2 = r * 1.2
        points = {
            "triangle": [
                QPointF(x, y - r2),
                QPointF(x + r2, y + r2 * 0.75),
                QPointF(x - r2, y + r2 * 0.75),
            ],
            "down": [
                QPointF(x, y + r2),
                QPointF(x + r2, y - r2 * 0.75),
                QPointF(x - r2, y - r2 * 0.75),
            ],
            "diamond": [
                QPointF(x, y - r2),
                QPointF(x + r2, y),
                QPointF(x, y + r2),
                QPointF(x - r2, y),
            ],
        }[shape]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    return path


@lru_cache(maxsize=256)
def _marker_at_origin(number: int, radius: float) -> QPainterPath:
    return marker_path(number, QPointF(0.0, 0.0), radius)


def draw_marker(painter: QPainter, number: int, centre: QPointF, radius: float) -> None:
    """Source `number`'s marker as a vector path, unique per source: filled for sources 1–6,
    hollow for 7–12, and from 13 on hollow and larger with the source's number inside."""
    numbered = number > 2 * len(_SHAPES)
    hollow = numbered or ((number - 1) // len(_SHAPES)) % 2 == 1
    size = radius * (1.6 if numbered else 1.0)
    painter.setPen(QPen(_INK, max(radius * 0.28, 0.5)))
    painter.setBrush(QBrush(Qt.GlobalColor.white if hollow else _INK))
    painter.translate(centre)  # one outline per source and size, placed by moving the origin
    painter.drawPath(_marker_at_origin(number, size))
    if numbered:
        painter.setFont(_number_font(size))
        box = QRectF(-size, -size, 2 * size, 2 * size)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.translate(-centre)


@lru_cache(maxsize=16)
def _number_font(size: float) -> QFont:
    font = QFont("DejaVu Sans Condensed")
    font.setPixelSize(max(int(size * 0.95), 4))
    return font


@lru_cache(maxsize=8)
def _label_font(size: float) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    return font


class _Scale:
    """Value → y in the plot rectangle, linear or logarithmic."""

    def __init__(self, lo: float, hi: float, top: float, bottom: float) -> None:
        self.log = lo > 0 and hi / lo > LOG_ABOVE
        if self.log:
            lo, hi = lo / 1.6, hi * 1.6
        else:
            pad = (hi - lo) * 0.12 or abs(hi) * 0.15 or 1.0
            lo, hi = lo - pad, hi + pad
            if lo < 0 <= min(lo + pad, hi):
                lo = 0.0
        self.lo, self.hi, self.top, self.bottom = lo, hi, top, bottom

    def _t(self, value: float) -> float:
        if self.log:
            value = max(value, self.lo)
            return (math.log10(value) - math.log10(self.lo)) / (
                math.log10(self.hi) - math.log10(self.lo)
            )
        return (value - self.lo) / (self.hi - self.lo)

    def y(self, value: float) -> float:
        t = min(max(self._t(value), -0.05), 1.05)
        return self.bottom - t * (self.bottom - self.top)

    def ticks(self) -> list[float]:
        if self.log:
            decades = range(math.floor(math.log10(self.lo)), math.ceil(math.log10(self.hi)) + 1)
            steps = (1,) if len(decades) > 4 else (1, 2, 5) if len(decades) < 3 else (1, 3)
            ticks = [m * 10.0**d for d in decades for m in steps]
            return [t for t in ticks if self.lo <= t <= self.hi]
        step = _nice_step((self.hi - self.lo) / 4)
        first = math.ceil(self.lo / step) * step
        return [first + i * step for i in range(int((self.hi - first) / step) + 1)]


def _nice_step(raw: float) -> float:
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def _extent(row: SheetRow) -> tuple[float, float]:
    return approx_interval(row.value, row.bound, row.low, row.high)


def draw_group_chart(
    painter: QPainter,
    rect: QRectF,
    rows: Sequence[SheetRow],
    numbers: dict[int, int],
    unit: float,
    band: tuple[float | None, float | None] = (None, None),
) -> None:
    """Paint the chart of a group's `rows` in `rect`; `numbers` maps article id → source number."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(_label_font(6.5))
    metrics = painter.fontMetrics()
    kept = [r for r in rows if not r.slip] or list(rows)
    spans = [_extent(r) for r in kept]
    values = [v for span in spans for v in span if v is not None]
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    axis_w = metrics.horizontalAdvance("000,000") + 4 * unit
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + 6 * unit,
        rect.width() - axis_w - 2 * unit,
        rect.height() - 6 * unit - metrics.height() - 5 * unit,
    )
    scale = _Scale(lo, hi, plot.top(), plot.bottom())

    # group's min–max band, the grid and the value axis
    b_lo, b_hi = band
    if b_lo is not None and b_hi is not None and b_hi > b_lo:
        y1, y2 = scale.y(b_hi), scale.y(b_lo)
        painter.fillRect(QRectF(plot.left(), y1, plot.width(), y2 - y1), _BAND)
    for tick in scale.ticks():
        y = scale.y(tick)
        painter.setPen(QPen(_GRID, 0.4 * unit))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(_MUTED)
        label = QRectF(rect.left(), y - metrics.height(), axis_w - 2.5 * unit, 2 * metrics.height())
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tick_text(tick)
        )
    painter.setPen(QPen(_INK, 0.6 * unit))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    if scale.log:
        painter.setPen(_MUTED)
        painter.drawText(
            QRectF(plot.left() + 2 * unit, rect.top(), plot.width(), 6 * unit),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "log scale",
        )

    # one slot per figure, by source
    slot = plot.width() / max(len(rows), 1)
    radius = min(2.6 * unit, slot * 0.3)
    previous = None
    for i, row in enumerate(rows):
        x = plot.left() + slot * (i + 0.5)
        number = numbers.get(row.article, 0)
        if number != previous:
            painter.setPen(_MUTED)
            painter.drawText(
                QRectF(x - slot / 2, plot.bottom() + 1.5 * unit, slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"[{number}]",
            )
            if previous is not None:
                painter.setPen(QPen(_GRID, 0.4 * unit, Qt.PenStyle.DotLine))
                sep = x - slot / 2
                painter.drawLine(QPointF(sep, plot.top()), QPointF(sep, plot.bottom()))
        previous = number
        _draw_figure(painter, row, number, x, scale, radius, unit)
    painter.restore()


def _draw_figure(
    painter: QPainter,
    row: SheetRow,
    number: int,
    x: float,
    scale: _Scale,
    radius: float,
    unit: float,
) -> None:
    pen = QPen(_INK, 0.8 * unit)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    y = scale.y(row.value)
    cap = radius * 0.9
    if row.bound == "range" or row.bound == "~":
        lo, hi = _extent(row)
        y_lo, y_hi = scale.y(lo), scale.y(hi)
        if row.bound == "range":
            painter.setPen(QPen(_INK, 2.2 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(x, y_lo), QPointF(x, y_hi))
        painter.setPen(pen)
        for yy in (y_lo, y_hi):
            painter.drawLine(QPointF(x - cap, yy), QPointF(x + cap, yy))
        if row.bound == "range":
            y = (y_lo + y_hi) / 2
    elif row.bound in (">", "<"):
        y = scale.y(row.high if row.bound == "<" and row.high is not None else row.value)
        direction = -1 if row.bound == ">" else 1  # up is a smaller y
        tip = y + direction * (radius + 12 * unit)
        painter.drawLine(QPointF(x, y + direction * radius), QPointF(x, tip))
        head = QPolygonF(
            [
                QPointF(x, tip + direction * 1.5 * unit),
                QPointF(x - 1.8 * unit, tip - direction * 1.2 * unit),
                QPointF(x + 1.8 * unit, tip - direction * 1.2 * unit),
            ]
        )
        painter.setBrush(QBrush(_INK))
        painter.drawPolygon(head)
    draw_marker(painter, number, QPointF(x, y), radius)
    if row.slip:
        painter.setPen(QPen(_INK, 0.6 * unit, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x, y), radius * 2, radius * 2)
        painter.drawText(QPointF(x + radius * 2.2, y - radius * 1.2), "slip?")
