"""The statements the window shows and the one picked: the workspace's `StatementView`, read
again when a change touches statements, and the statement group in focus. The panes light the
group's versions, the statements panel stacks them; neither calls the other. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.model import Changes, StatementView
from desktop.ui.bridge import WorkspaceBridge


class StatementSelection(QObject):
    """The statements as last read, and the picked statement and its group."""

    changed = Signal(object)  # origin: who picked
    view_changed = Signal()  # the statements or their groups were read again

    def __init__(self, bridge: WorkspaceBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.view = StatementView()
        self.group: int | None = None
        self.statement: int | None = None
        bridge.changed.connect(self._on_workspace_changed)
        bridge.workspace_replaced.connect(self._on_workspace_replaced)

    def focused(self) -> tuple[int, ...]:
        """The statements in focus: the picked group's versions, or the picked lone statement."""
        group = self.view.group(self.group) if self.group is not None else None
        if group is not None:
            return group.statements
        return (self.statement,) if self.statement is not None else ()

    def select_statement(self, statement: int, origin: object = None) -> None:
        """Pick a statement: its group (if it has one) comes into focus."""
        group = self.view.group_of(statement)
        self._set(statement, group.id if group else None, origin)

    def select_group(self, group: int | None, origin: object = None) -> None:
        self._set(None, group, origin)

    def _set(self, statement: int | None, group: int | None, origin: object) -> None:
        if (statement, group) == (self.statement, self.group):
            return
        self.statement, self.group = statement, group
        self.changed.emit(origin)

    def reload(self) -> None:
        """Read the statements again (a short query: the GUI thread may run it)."""
        self.view = self.bridge.workspace.statement_view()
        if self.statement is not None and self.view.statement(self.statement) is None:
            self.statement = None
        if self.statement is not None:  # the focus follows the picked statement
            follow = self.view.group_of(self.statement)
            self.group = follow.id if follow else None
        elif self.group is not None and self.view.group(self.group) is None:
            self.group = None
        self.view_changed.emit()
        self.changed.emit(self)

    def _on_workspace_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes or changes.articles or changes.statements or changes.statement_groups:
            self.reload()

    def _on_workspace_replaced(self, _workspace: object) -> None:
        self.statement = self.group = None
        self.reload()
