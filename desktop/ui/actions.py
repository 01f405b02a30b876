"""The window's QActions and where they go: one call makes an action (text, shortcut, slot), one
puts actions, submenus and separators into a menu or a toolbar. What an action does belongs to the
module that owns it (editing, files, navigation, the window). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QToolBar, QWidget

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


def search_box(
    parent: QWidget, name: str, placeholder: str, on_text: Callable[[str], object]
) -> QLineEdit:
    """A search field with a clear button, that Esc clears while it has the focus."""
    box = QLineEdit(parent)
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(on_text)
    clear = QAction("Clear", box)
    clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    clear.triggered.connect(box.clear)
    box.addAction(clear)
    return box
