"""Undo for the window: the QUndoStack records edits the workspace has already carried out.

A gesture is one job on the writer thread (`Workspace.link`, `unlink`, `rename`, …) that returns
the edit done; only then does `UndoHistory` push an `EditCommand` for it, whose first `redo()`
does nothing. Undo and redo work the same way round: the inverse (or the edit) is applied on the
writer first, and the stack's index moves only when that succeeded, so an edit that no longer
fits (a `Conflict`: someone changed the same thing since) leaves the history as it was and the
window says what happened. Each step stores the edit as the workspace hands it back (`Guarded`,
with the row versions that step left), which is what the next undo or redo must find.
GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from desktop.model import Applied, Conflict, Edit, Guarded
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.plain import menu_text, plain_tip
from desktop.workspace import Workspace

Operation = Callable[[Workspace], Applied]


class EditCommand(QUndoCommand):
    """One step in the history: an edit already done. The stack's calls to redo() and undo()
    change nothing; `UndoHistory` applies the edit on the writer thread before moving the index."""

    def __init__(self, edit: Edit | Guarded, text: str) -> None:
        super().__init__(text)
        self.edit = edit

    def redo(self) -> None:
        pass  # done on the writer thread before the stack moves

    def undo(self) -> None:
        pass


class UndoHistory(QObject):
    """Runs gestures as workspace operations and keeps the ones that succeeded undoable."""

    performed = Signal(object)  # Applied, after it is on the stack

    def __init__(self, bridge: WorkspaceBridge, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.bridge, self.stack = bridge, stack
        self._moving = False  # an undo or redo is on its way: one at a time
        self.undo_action = QAction("&Undo", self)
        self.undo_action.setIconText("Undo")  # the toolbar button keeps its width
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction("&Redo", self)
        self.redo_action.setIconText("Redo")
        # Ctrl+Shift+Z and Ctrl+Y, each once: the standard Redo keys differ between desktops
        # and a key bound twice makes Qt report an ambiguous shortcut and do nothing
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        stack.indexChanged.connect(self._update)
        stack.cleanChanged.connect(self._update)
        self._update()

    def perform(self, operation: Operation, initiator: object = None) -> None:
        """Run `operation(workspace)` on the writer; push what it did once it has succeeded."""
        workspace = self.bridge.workspace

        def done(applied: Applied) -> None:
            if applied:
                self.stack.push(EditCommand(applied.edit, applied.text))
                self.performed.emit(applied)

        self.bridge.change(lambda: operation(workspace), done, initiator)

    def undo(self) -> None:
        if self._moving or not self.stack.canUndo():
            return
        command = self.stack.command(self.stack.index() - 1)
        self._move(command, lambda ws: ws.undo(command.edit), self.stack.undo)

    def redo(self) -> None:
        if self._moving or not self.stack.canRedo():
            return
        command = self.stack.command(self.stack.index())
        self._move(command, lambda ws: ws.redo(command.edit), self.stack.redo)

    def _move(
        self, command: EditCommand, call: Callable[[Workspace], object], then: Callable[[], None]
    ) -> None:
        workspace = self.bridge.workspace
        self._moving = True
        self._update()

        def done(result: object) -> None:
            self._moving = False
            if isinstance(result, Conflict):  # someone changed it since: the history stays
                self._update()
                return
            if isinstance(result, Applied):  # the edit again, with the versions it left
                command.edit = result.edit
            then()  # the edit is done: now the index moves
            self._update()

        def failed() -> None:
            self._moving = False
            self._update()

        self.bridge.change(lambda: call(workspace), done, None, on_failed=failed)

    def _update(self, *_: object) -> None:
        if not isValid(self.stack) or not isValid(self.undo_action):
            return  # the window is being torn down
        can_undo = self.stack.canUndo() and not self._moving
        can_redo = self.stack.canRedo() and not self._moving
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(f"&Undo {menu_text(undo)}" if undo else "&Undo")
        self.redo_action.setText(f"&Redo {menu_text(redo)}" if redo else "&Redo")
        self.undo_action.setToolTip(plain_tip(f"Undo {undo}" if undo else "Undo"))
        self.redo_action.setToolTip(plain_tip(f"Redo {redo}" if redo else "Redo"))
