"""Moving through figures and groups from the keyboard: next/previous figure, next/previous
diverging group. The order is what the window shows: panes left to right, text top to bottom;
groups most divergent first.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.actions import make_action
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.pane_strip import PaneStrip
from desktop.ui.selection import FigureSelection


def step(items: list[int], current: int | None, by: int) -> int | None:
    """The item `by` places from `current` (wrapping), or the first/last when there is none."""
    if not items:
        return None
    if current not in items:
        return items[0] if by > 0 else items[-1]
    return items[(items.index(current) + by) % len(items)]


class Navigator(QObject):
    """The View menu's next/previous actions."""

    def __init__(
        self, bridge: WorkspaceBridge, selection: FigureSelection, strip: PaneStrip, parent=None
    ) -> None:
        super().__init__(parent)
        self.bridge, self.selection, self.strip = bridge, selection, strip
        act = partial(make_action, self)
        key = QKeySequence.StandardKey
        self.next_figure = act("&Next figure", key.FindNext, lambda: self.figure(1))
        self.previous_figure = act("&Previous figure", key.FindPrevious, lambda: self.figure(-1))
        self.next_group = act("Next &diverging group", "Alt+Down", lambda: self.diverging_group(1))
        self.previous_group = act(
            "Previous di&verging group", "Alt+Up", lambda: self.diverging_group(-1)
        )
        self.previous_group.setIconText("◀ Previous group")
        self.next_group.setIconText("Next group ▶")

    def actions(self) -> list[QAction]:
        return [self.next_figure, self.previous_figure, self.next_group, self.previous_group]

    def figure(self, by: int) -> None:
        target = step(self.strip.figures_in_order(), self.selection.claim, by)
        if target is not None:
            self.selection.select_claim(target, origin=self)

    def diverging_group(self, by: int) -> None:
        groups = self.bridge.snapshot().groups
        diverging = [g.id for g in groups if g.status in ("diverging", "changing over time")] or [
            g.id for g in groups
        ]
        target = step(diverging, self.selection.group, by)
        if target is not None:
            self.selection.select_group(target, origin=self)
