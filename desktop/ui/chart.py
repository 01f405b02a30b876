"""The chart panel: the selected group's figures by source or over time, or, with none selected, the
divergence overview of all groups; exports either view as PNG or SVG.

`ChartPanel` holds the snapshot it was last given and decides what to show. Where a group's marks
go is `chart_layout`'s; the drawing is `chart_marks`'s (one group) and `chart_overview`'s (all
groups); the shared look is `chart_look`'s and `chart_axes`'s. It reads only values from
`desktop.model` and never calls the workspace: the window hands it snapshots and listens to
`claim_activated` / `group_activated`. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMenu, QStackedLayout, QWidget

from desktop.model import Claim, GroupRow, Snapshot
from desktop.ui.chart_layout import lay_out
from desktop.ui.chart_marks import GroupPlotWidget
from desktop.ui.chart_overview import OverviewPlotWidget, overview_rows

EXPORT_SIZE = QSize(960, 560)  # used when the panel is hidden or too small to make a good picture


class ChartPanel(QWidget):
    """The selected group's figures as marks, or the overview of every group; GUI thread only."""

    claim_activated = Signal(int)  # the user clicked a mark: that claim's id
    group_activated = Signal(int)  # the user clicked an overview row: that group's id
    group_shown = Signal(object)  # the group charted now, or None for the overview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartPanel")
        self._snapshot = Snapshot()
        self._claims: dict[int, Claim] = {}
        self._groups: dict[int, GroupRow] = {}
        self._group_id: int | None = None
        self._order: tuple[int, ...] = ()
        self._log: bool | None = None
        self._group_view = GroupPlotWidget(self)
        self._overview = OverviewPlotWidget(self)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._overview)
        self._stack.addWidget(self._group_view)
        for view in (self._group_view, self._overview):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self._group_view.mark_clicked.connect(self._on_group_view_mark_clicked)
        self._overview.row_clicked.connect(self._on_overview_row_clicked)
        self._redraw()

    # ------------------------------------------------------------------------- the interface

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw from new data; keeps the current group when it still exists."""
        self._snapshot = snapshot
        self._claims = {c.id: c for c in snapshot.claims if c.id is not None}
        self._groups = {g.id: g for g in snapshot.groups}
        if self._group_id is not None and self._group_id not in self._groups:
            self._group_id = None
        self._redraw()

    def show_group(self, group_id: int | None) -> None:
        """Chart one group; None (or a group the snapshot lacks) shows the overview."""
        group_id = group_id if group_id in self._groups else None
        self._group_id = group_id
        self._redraw()

    def set_pane_order(self, article_ids: Sequence[int]) -> None:
        """The x order of sources when figures carry no dates (the panes' order)."""
        order = tuple(article_ids)
        if order != self._order:
            self._order = order
            if self._group_id is not None:
                self._redraw()

    def set_log_scale(self, on: bool | None) -> None:
        """Force a log (True) or linear (False) value axis; None chooses (log beyond tenfold)."""
        if on != self._log:
            self._log = on
            if self._group_id is not None:
                self._redraw()

    def log_scale(self) -> bool:
        """Whether the value axis is logarithmic now."""
        current = self._group_view.current
        return bool(current and current.log) if self._group_id is not None else False

    def current_group(self) -> int | None:
        return self._group_id

    def marks(self) -> list[dict]:
        """What is drawn now. A group: one dict per figure with claim, article, x, y (the figure's
        value), glyph (its bound), slip, and pos (where its mark is, in view coordinates). The
        overview: one dict per row with group, label, spread, status and row."""
        if self._group_id is None:
            return [
                {"group": g.id, "label": g.label, "spread": g.spread, "status": g.status, "row": i}
                for i, g in enumerate(self._overview.rows)
            ]
        current = self._group_view.current
        if current is None:
            return []
        return [
            {
                "claim": m.claim.id,
                "article": m.claim.article,
                "x": m.x,
                "y": m.claim.value,
                "glyph": m.claim.bound,
                "slip": m.slip,
                "pos": (m.x, m.plot_y),
            }
            for m in current.marks
        ]

    def plot_view(self):
        """The pyqtgraph view showing now (for tests and the window's print path)."""
        return self._stack.currentWidget()

    def export_png(self, path: str | Path) -> None:
        """Write the chart as shown (at twice its pixel size) to a PNG file."""
        view = self._ready_view()
        ratio = 2
        image = QImage(view.size() * ratio, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(view.theme.background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        view.render(painter)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def export_svg(self, path: str | Path) -> None:
        """Write the chart as SVG (via QSvgGenerator: pyqtgraph's exporter fails on Qt 6.11+)."""
        view = self._ready_view()
        size = view.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle("Evidence Desk chart")
        painter = QPainter(generator)
        view.render(painter)
        if not painter.end():
            raise OSError(f"could not write {path}")

    # ------------------------------------------------------------------------- drawing

    def _redraw(self) -> None:
        group = self._groups.get(self._group_id) if self._group_id is not None else None
        self.group_shown.emit(group.id if group is not None else None)
        if group is None:
            self._overview.draw(overview_rows(self._snapshot.groups))
            self._stack.setCurrentWidget(self._overview)
            return
        layout = lay_out(self._snapshot, group, self._claims, self._order, self._log)
        self._group_view.draw(self._snapshot, group, layout)
        self._stack.setCurrentWidget(self._group_view)

    def _ready_view(self):
        """The view to export, laid out at a size that makes a readable picture."""
        view = self._stack.currentWidget()
        if not self.isVisible() or view.width() < 400 or view.height() < 260:
            view.resize(view.size().expandedTo(EXPORT_SIZE))
            self._redraw()  # fit legends and rows to the new size
        return view

    def changeEvent(self, ev: QEvent) -> None:  # noqa: N802 (Qt)
        super().changeEvent(ev)
        # an application palette change (a dark theme) may arrive as either event
        if ev.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._group_view.apply_theme()
            self._overview.apply_theme()
            self._redraw()

    # ------------------------------------------------------------------------- gestures

    def context_menu(self) -> QMenu:
        """The panel's menu: export, log scale, back to the overview."""
        menu = QMenu(self)
        menu.addAction("Export PNG…", self._on_export_png_triggered)
        menu.addAction("Export SVG…", self._on_export_svg_triggered)
        if self._group_id is not None:
            menu.addSeparator()
            log = QAction("Log scale", menu, checkable=True, checked=self.log_scale())
            log.toggled.connect(self._on_log_action_toggled)
            menu.addAction(log)
            automatic = QAction("Choose scale automatically", menu, checkable=True)
            automatic.setChecked(self._log is None)
            automatic.setEnabled(self._log is not None)
            automatic.triggered.connect(self._on_automatic_action_triggered)
            menu.addAction(automatic)
            menu.addSeparator()
            menu.addAction("Show all groups", self._on_overview_action_triggered)
        return menu

    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        view = self.sender()
        menu = self.context_menu()
        menu.popup(view.mapToGlobal(pos) if isinstance(view, QWidget) else self.mapToGlobal(pos))

    def _on_group_view_mark_clicked(self, claim_id: int) -> None:
        self.claim_activated.emit(claim_id)

    def _on_overview_row_clicked(self, group_id: int) -> None:
        self.show_group(group_id)
        self.group_activated.emit(group_id)

    def _on_log_action_toggled(self, on: bool) -> None:
        self.set_log_scale(on)

    def _on_automatic_action_triggered(self) -> None:
        self.set_log_scale(None)

    def _on_overview_action_triggered(self) -> None:
        self.show_group(None)

    def _on_export_png_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export chart", "chart.png", "PNG image (*.png)"
        )
        if path:
            self.export_png(path)

    def _on_export_svg_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export chart", "chart.svg", "SVG image (*.svg)"
        )
        if path:
            self.export_svg(path)
