"""The window's QActions and where they go: one call makes an action (text, shortcut, slot), one
puts actions, submenus and separators into a menu or a toolbar. What an action does belongs to the
module that owns it (editing, files, navigation, the window). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

Keys = str | QKeySequence | QKeySequence.StandardKey
MenuItem = QAction | QMenu | None  # None is a separator


def make_action(parent: QObject, text: str, keys: Keys, slot: Callable[..., object]) -> QAction:
    """A QAction triggering `slot`, with a shortcut unless `keys` is ""."""
    action = QAction(text, parent)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action


def add_items(target: QMenu | QToolBar, items: Iterable[MenuItem]) -> None:
    """Add actions and submenus in order; None adds a separator."""
    for item in items:
        if item is None:
            target.addSeparator()
        elif isinstance(item, QMenu):
            target.addMenu(item)
        else:
            target.addAction(item)
