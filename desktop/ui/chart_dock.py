"""The Chart dock's title bar: collapse the chart to a strip (and open it again), go back from a
group to the overview of all groups, float and close. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from desktop.ui.chart_host import ChartHost


class ChartTitleBar(QWidget):
    """▾ Chart · ◂ All groups · … · float, close."""

    collapsed_changed = Signal(bool)

    def __init__(self, dock: QDockWidget, chart: ChartHost) -> None:
        super().__init__(dock)
        self.dock, self.chart = dock, chart
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("ChartCollapse")
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolTip("Collapse the chart to a strip")
        self.toggle.toggled.connect(self.set_collapsed)
        self.title = QLabel("Chart", self)
        self.overview = QToolButton(self)
        self.overview.setObjectName("ChartOverview")
        self.overview.setAutoRaise(True)
        self.overview.setText("◂ All groups")
        self.overview.setToolTip("Back to the overview of every group")
        self.overview.clicked.connect(lambda: chart.show_group(None))
        float_ = QToolButton(self)
        float_.setAutoRaise(True)
        float_.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton))
        float_.setToolTip("Float")
        float_.clicked.connect(lambda: dock.setFloating(not dock.isFloating()))
        close = QToolButton(self)
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setToolTip("Close")
        close.clicked.connect(dock.close)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 1, 4, 1)
        row.setSpacing(4)
        for widget in (self.toggle, self.title, self.overview):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(float_)
        row.addWidget(close)
        chart.group_shown.connect(self._on_chart_group_shown)
        self._on_chart_group_shown(chart.current_group())
        self._open_height = 0

    @property
    def collapsed(self) -> bool:
        return self.toggle.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the chart to its title strip, or open it again at the height it had."""
        if self.toggle.isChecked() != collapsed:
            self.toggle.setChecked(collapsed)  # comes back here through `toggled`
            return
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        self.toggle.setToolTip("Open the chart" if collapsed else "Collapse the chart to a strip")
        window = self.dock.parentWidget()
        # the docks tabbed with the chart (Figures, Import problems) fold with it: the bottom
        # area becomes one strip and the panes get the height
        shared = (
            window.tabifiedDockWidgets(self.dock) if hasattr(window, "tabifiedDockWidgets") else []
        )
        if collapsed:
            self._open_height = self.dock.height()
            self.chart.hide()
            strip = self.sizeHint().height() + 2
            for dock in (self.dock, *shared):
                dock.setMaximumHeight(strip)
        else:
            for dock in (self.dock, *shared):
                dock.setMaximumHeight(16_777_215)
            self.chart.show()
            if hasattr(window, "resizeDocks") and self._open_height > 0:
                window.resizeDocks([self.dock], [self._open_height], Qt.Orientation.Vertical)
        self.collapsed_changed.emit(collapsed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint().expandedTo(QSize(0, 24))

    def _on_chart_group_shown(self, group: int | None) -> None:
        self.overview.setVisible(group is not None)
