"""Undo for the window: each user edit is an `EditCommand` on the window's QUndoStack.

The command only adapts a `desktop.model` edit: redo applies it through the bridge, undo applies
its inverse. The edits themselves know their before and after, so nothing here reads the database.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.model import Edit, describe
from desktop.ui.bridge import WorkspaceBridge


class EditCommand(QUndoCommand):
    """One undo step: redo = bridge.apply(edit), undo = bridge.apply(edit.inverse())."""

    def __init__(self, bridge: WorkspaceBridge, edit: Edit, initiator: object = None) -> None:
        super().__init__(describe(edit).capitalize())
        self.bridge = bridge
        self.edit = edit
        self.initiator = initiator

    def redo(self) -> None:
        self.bridge.apply(self.edit, self.initiator)

    def undo(self) -> None:
        self.bridge.apply(self.edit.inverse(), self.initiator)


def push_edit(stack: QUndoStack, bridge: WorkspaceBridge, edit: Edit) -> None:
    """Carry out `edit` as an undoable step (QUndoStack.push calls redo)."""
    stack.push(EditCommand(bridge, edit))
