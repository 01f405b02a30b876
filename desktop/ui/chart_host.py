"""The Chart dock's content: a light placeholder at start-up, the real `ChartPanel` soon after.

Importing `desktop.ui.chart` pulls in pyqtgraph (and numpy), which costs about half a second, so
the window is shown first and `ChartHost.load()` builds the panel later (the window calls it once
the panes are built, or when the dock is shown). Until then the host keeps what it was told — the
snapshot, the pane order, the group in focus — and hands it on when the panel arrives. The window
talks to the host exactly as to the panel. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from desktop.model import Snapshot

if TYPE_CHECKING:
    from desktop.ui.chart import ChartPanel


class ChartHost(QWidget):
    """Stands in for the chart panel until it is built, then shows and forwards to it."""

    claim_activated = Signal(int)  # forwarded from the panel
    group_activated = Signal(int)
    group_shown = Signal(object)  # the group charted now, or None for the overview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartHost")
        self.panel: ChartPanel | None = None  # once loaded
        self._snapshot: Snapshot | None = None
        self._order: tuple[int, ...] = ()
        self._group: int | None = None
        self._placeholder = QLabel("Preparing the chart…", self)
        self._placeholder.setObjectName("ChartPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)  # drawn in the palette's disabled (quiet) text colour
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._placeholder)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, 360)

    # ---------------------------------------------------------------- loading

    def load(self) -> ChartPanel:
        """The panel, built now if it was not yet."""
        if self.panel is None:
            from desktop.ui.chart import ChartPanel  # pyqtgraph: deliberately late

            panel = ChartPanel(self)
            panel.claim_activated.connect(self.claim_activated)
            panel.group_activated.connect(self.group_activated)
            panel.group_shown.connect(self.group_shown)
            if self._snapshot is not None:
                panel.set_snapshot(self._snapshot)
            panel.set_pane_order(self._order)
            panel.show_group(self._group)
            self.panel = panel
            self._stack.addWidget(panel)
            self._stack.setCurrentWidget(panel)
        return self.panel

    # ---------------------------------------------------------------- the panel's interface

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        if self.panel is not None:
            self.panel.set_snapshot(snapshot)
        elif self._group is not None and all(g.id != self._group for g in snapshot.groups):
            self._group = None

    def set_pane_order(self, article_ids: Sequence[int]) -> None:
        self._order = tuple(article_ids)
        if self.panel is not None:
            self.panel.set_pane_order(self._order)

    def show_group(self, group_id: int | None) -> None:
        if self.panel is not None:
            self.panel.show_group(group_id)
            return
        known = self._snapshot is not None and any(g.id == group_id for g in self._snapshot.groups)
        self._group = group_id if known else None
        self.group_shown.emit(self._group)

    def current_group(self) -> int | None:
        return self.panel.current_group() if self.panel is not None else self._group

    def export_png(self, path: str | Path) -> None:
        self.load().export_png(path)

    def export_svg(self, path: str | Path) -> None:
        self.load().export_svg(path)
