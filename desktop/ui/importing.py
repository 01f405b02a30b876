"""Importing from the window: drops, pastes and the file dialog all end in `ImportController`.

The controller runs `Workspace.import_sources` on the bridge's writer thread, shows progress with a
Cancel button in the status bar, and lists each refused input with its reason in the problems panel
(a dock that never blocks the window). Reading and sniffing files is ingest's work, not ours.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.model import ImportReport, Source, UnreadableInput
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.plain import plain_label, plain_tip


class ImportProgress(QWidget):
    """ "Importing 3/12 ▓▓░ [Cancel]" for the status bar; hidden while nothing imports."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label(QLabel(self))
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(self)
        self.cancel.setText("Cancel")
        self.cancel.clicked.connect(self.cancel_requested)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.label)
        line.addWidget(self.bar)
        line.addWidget(self.cancel)
        self.hide()

    def show_progress(self, done: int, total: int, label: str, verb: str = "Importing") -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        name = label if len(label) <= 40 else "…" + label[-39:]
        self.label.setText(f"{verb} {min(done + 1, total)}/{total}  {name}")
        self.cancel.setEnabled(True)
        self.show()

    def show_finishing(self, text: str) -> None:
        """Work that runs on after Cancel (it can't be cancelled): words, a busy bar, no Cancel."""
        self.bar.setRange(0, 0)
        self.label.setText(text)
        self.cancel.setEnabled(False)
        self.show()


class ImportProblemsPanel(QWidget):
    """Inputs that could not be imported, each with its reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels(["Input", "Reason"])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setColumnWidth(0, 260)
        clear = QPushButton("Clear", self)
        clear.clicked.connect(self.list.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(clear)
        layout.addLayout(bottom)

    def add(self, problems: list[UnreadableInput]) -> None:
        for problem in problems:
            item = QTreeWidgetItem([problem.origin, problem.reason])
            item.setToolTip(0, plain_tip(problem.origin))
            item.setToolTip(1, plain_tip(problem.reason))
            self.list.addTopLevelItem(item)
        if problems:
            self.list.scrollToItem(self.list.topLevelItem(self.list.topLevelItemCount() - 1))

    def count(self) -> int:
        return self.list.topLevelItemCount()

    def text(self) -> str:
        """Every problem as "input: reason", one a line."""
        return "\n".join(
            f"{item.text(0)}: {item.text(1)}"
            for item in (self.list.topLevelItem(i) for i in range(self.count()))
        )


class ImportController(QObject):
    """Runs imports on the writer thread; reports progress, problems and a summary."""

    problems_found = Signal(list)  # [UnreadableInput]
    message = Signal(str)  # a one-line summary for the status bar

    def __init__(
        self, bridge: WorkspaceBridge, progress: ImportProgress, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.progress = progress
        self._running: list[threading.Event] = []
        self._cancelled = False  # Cancel was pressed: the import links what it read, then ends
        bridge.progressed.connect(self._on_bridge_progressed, Qt.ConnectionType.QueuedConnection)
        progress.cancel_requested.connect(self.cancel)

    def import_sources(self, sources: list[Source]) -> None:
        if not sources:
            return
        self.progress.show_progress(0, len(sources), sources[0].label)
        cancel = self.bridge.import_sources(list(sources), self._on_import_done)
        self._running.append(cancel)

    def bring_up_to_date(self) -> None:
        """A workspace an earlier version made: read its articles again, with progress."""
        self.progress.show_progress(0, 1, "reading the articles again with the new rules")
        cancel = self.bridge.import_sources([], self._on_import_done)
        self._running.append(cancel)

    def cancel(self) -> None:
        """Stop the imports: files not read yet are left out; the articles already stored are
        linked on the writer thread before the import ends, and the status bar says so."""
        for event in self._running:
            event.set()
        if self._running:
            self._cancelled = True
            self.progress.show_finishing("Cancelled: linking the articles imported so far…")

    def _on_bridge_progressed(self, done: int, total: int, label: str) -> None:
        if self._running and done < total and not self._cancelled:
            self.progress.show_progress(done, total, label)

    def _on_import_done(self, report: ImportReport) -> None:
        if self._running:
            self._running.pop(0)
        if not self._running:
            self._cancelled = False
            self.progress.hide()
        if not report.added and not report.rejected and not report.duplicates:
            self.message.emit("Cancelled" if report.cancelled else "Articles read again")
            return
        parts = [f"Imported {len(report.added)} article{'s' if len(report.added) != 1 else ''}"]
        if report.duplicates:
            parts.append(f"{len(report.duplicates)} already in the workspace")
        if report.rejected:
            parts.append(f"{len(report.rejected)} could not be read")
        if report.cancelled:
            parts.append("cancelled")
        self.message.emit(", ".join(parts))
        if report.rejected:
            self.problems_found.emit(list(report.rejected))
