"""The group plot's axes: the value axis (thousands separators; 1, 2, 5 × 10ⁿ on a log scale) and
the x axis (dates, or one tick per source with its name cut to fit). Styling is `chart_look`'s.
GUI thread only.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from desktop.model import tick_text


class ValueAxis(pg.AxisItem):
    """The figure axis: thousands separators, and on a log scale ticks at 1, 2, 5 × 10ⁿ."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.log = False

    def fit(self, low: float, high: float, length: float, titled: bool) -> None:
        """Be as wide as the tick labels of `low`..`high` (in view units, over `length` pixels)
        and, when `titled`, the title beside them: pyqtgraph widens an axis only after a paint
        has clipped its labels, and reserves 0.8 of the title's height."""
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        ticks = [v for _, values in self.tickValues(low, high, max(length, 1.0)) for v in values]
        text = max((metrics.horizontalAdvance(s) for s in self.tickStrings(ticks, 1, 1)), default=0)
        width = text + self.style["tickTextOffset"][0] + max(0, self.style["tickLength"]) + 4
        if self.label.isVisible() != titled:
            self.showLabel(titled)
        if titled:
            width += self.label.boundingRect().height()
        if self.fixedWidth != int(math.ceil(width)):  # a new width relays the plot out
            self.setWidth(int(math.ceil(width)))

    def resizeEvent(self, ev=None) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(ev)
        if self.label is not None:  # pyqtgraph puts the title 5 px left of the axis: keep it in
            self.label.setX(0)

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
                out.append(tick_text(n) if f"{n:e}"[0] in labelled else "")
            return out
        return [tick_text(v) for v in values]


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
