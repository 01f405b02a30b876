"""Editing links and articles: the Edit menu's actions and the gestures that end in an edit.

Each gesture is one workspace call (`link`, `unlink`, `rename`, …) run on the writer thread by
`UndoHistory`, which puts the edit it returns on the undo stack once it has succeeded. Each call
states the row versions the window's view was read at (`bridge.seen()`), so an edit on a view
someone else has changed since comes back as a Conflict, not made. Which
figures and groups a gesture means is read from the shared selection and the groups panel; nothing
here draws.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from desktop.model import GroupRow, Snapshot
from desktop.ui.actions import make_action
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.commands import Operation, UndoHistory
from desktop.ui.dialogs import ArticleDialog, changed_fields
from desktop.ui.groups_panel import GroupsPanel
from desktop.ui.selection import FigureSelection


class EditingActions(QObject):
    """Undo/redo, link, unlink, merge, split, rename, confirm, edit and remove article."""

    def __init__(
        self,
        bridge: WorkspaceBridge,
        stack: QUndoStack,
        selection: FigureSelection,
        groups: GroupsPanel,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.bridge, self.stack, self.selection, self.groups = bridge, stack, selection, groups
        self.window = window
        self.article_target: Callable[[], int | None] = lambda: None
        # while the Statements dock's list has the focus, Rename group… renames its group
        self.statement_rename: Callable[[], Callable[[], None] | None] = lambda: None
        act = partial(make_action, self)
        self.history = UndoHistory(bridge, stack, self)
        self.undo, self.redo = self.history.undo_action, self.history.redo_action
        self.link = act("&Link selected figures", "Ctrl+L", self.link_selected)
        self.unlink = act("U&nlink figure", "Ctrl+Shift+L", self.unlink_selected)
        self.merge = act("&Merge groups", "Ctrl+M", self.merge_selected)
        self.split = act("S&plit figures into a new group", "Ctrl+Shift+M", self.split_selected)
        self.rename = act("&Rename group…", "F2", self.rename_selected)
        self.confirm = act("&Confirm group", "Ctrl+K", self.confirm_selected)
        self.confirm.setCheckable(True)
        self.edit_article = act("&Edit article…", "Ctrl+E", self.edit_target_article)
        self.remove_article = act("Remo&ve article", "", self.remove_target_article)
        self.accept = act(
            "&Accept suggestion", "", lambda: self._focus_group(self.accept_suggestion)
        )
        self.reject = act(
            "Re&ject suggestion", "", lambda: self._focus_group(self.reject_suggestion)
        )
        groups.accept_requested.connect(self.accept_suggestion)
        groups.reject_requested.connect(self.reject_suggestion)
        groups.model.rename_requested.connect(self.rename_group)
        groups.model.figure_dropped_on_group.connect(self.link_into)
        selection.changed.connect(self.update_enabled)
        bridge.changed.connect(self.update_enabled)
        bridge.workspace_replaced.connect(self.update_enabled)
        groups.view.selectionModel().selectionChanged.connect(self.update_enabled)
        for action in (
            self.link,
            self.unlink,
            self.merge,
            self.split,
            self.rename,
            self.confirm,
            self.accept,
            self.reject,
            self.edit_article,
            self.remove_article,
        ):
            action.setEnabled(False)  # until the workspace is shown (not read twice at start)

    def actions(self) -> list[QAction | None]:
        """In menu order; None is a separator."""
        return [
            self.undo, self.redo, None,
            self.link, self.unlink, self.merge, self.split, None,
            self.rename, self.confirm, self.accept, self.reject, None,
            self.edit_article, self.remove_article,
        ]  # fmt: skip

    # ---------------------------------------------------------------- what is picked

    def picked_claims(self) -> list[int]:
        claims = list(self.selection.claims)
        for c in self.groups.selected_claims():
            if c not in claims:
                claims.append(c)
        return claims

    def picked_groups(self) -> list[int]:
        groups = self.groups.selected_groups()
        if not groups and self.selection.group is not None:
            groups = [self.selection.group]
        return groups

    def _focus(self, snap: Snapshot) -> GroupRow | None:
        """The group the group actions mean: the first picked one."""
        groups = self.picked_groups()
        return next((g for g in snap.groups if g.id == groups[0]), None) if groups else None

    def _picked_grouped(self, snap: Snapshot) -> list[int]:
        """The picked figures that are in a group (the ones unlink and split can take)."""
        return [c for c in self.picked_claims() if snap.group_of(c) is not None]

    def update_enabled(self, *_: object) -> None:
        claims = self.picked_claims()
        groups = self.picked_groups()
        snap = self.bridge.snapshot()
        grouped = [c for c in claims if snap.group_of(c) is not None]
        focus = self._focus(snap)
        self.link.setEnabled(len(claims) >= 2)
        self.unlink.setEnabled(bool(grouped))
        self.merge.setEnabled(len(groups) >= 2)
        self.split.setEnabled(bool(grouped) and len({snap.group_of(c).id for c in grouped}) == 1)
        self.rename.setEnabled(focus is not None or self.statement_rename() is not None)
        self.confirm.setEnabled(focus is not None)
        self.confirm.setChecked(bool(focus and focus.confirmed))
        self.accept.setEnabled(bool(focus and focus.suggested))
        self.reject.setEnabled(bool(focus and focus.suggested))
        has_articles = bool(snap.articles)
        self.edit_article.setEnabled(has_articles)
        self.remove_article.setEnabled(has_articles)

    # ---------------------------------------------------------------- gestures

    def perform(self, operation: Operation) -> None:
        """One gesture: one workspace call on the writer thread, undoable once it succeeded."""
        self.history.perform(operation)

    def link_selected(self) -> None:
        claims = self.picked_claims()
        if len(claims) >= 2:
            self.perform(lambda ws: ws.link(claims, seen=self.bridge.seen()))

    def link_claims(self, dragged: int, target: int) -> None:
        """A figure dropped on another: into the target's group, or a new group of the two."""
        group = self.bridge.snapshot().group_of(target)
        into = group.id if group else None
        self.perform(lambda ws: ws.link([target, dragged], into=into, seen=self.bridge.seen()))

    def link_into(self, claim: int, group: int) -> None:
        self.perform(lambda ws: ws.link([claim], into=group, seen=self.bridge.seen()))

    def unlink_selected(self) -> None:
        claims = self._picked_grouped(self.bridge.snapshot())
        if claims:
            self.perform(lambda ws: ws.unlink(claims, seen=self.bridge.seen()))

    def merge_selected(self) -> None:
        groups = self.picked_groups()
        if len(groups) >= 2:
            self.perform(lambda ws: ws.merge(groups, seen=self.bridge.seen()))

    def split_selected(self) -> None:
        snap = self.bridge.snapshot()
        claims = self._picked_grouped(snap)
        if not claims:
            return
        group = snap.group_of(claims[0]).id
        claims = [c for c in claims if snap.group_of(c).id == group]
        self.perform(lambda ws: ws.split(group, claims, seen=self.bridge.seen()))

    def rename_selected(self) -> None:
        rename_statement_group = self.statement_rename()
        if rename_statement_group is not None:
            rename_statement_group()
            return
        group = self._focus(self.bridge.snapshot())
        if group is None:
            return
        if self.groups.edit_label(group.id):
            return  # typed in place, in the groups panel that has the focus
        label, ok = QInputDialog.getText(self.window, "Rename group", "Label:", text=group.label)
        if ok and label.strip() and label.strip() != group.label:
            self.rename_group(group.id, label.strip())

    def rename_group(self, group: int, label: str) -> None:
        self.perform(lambda ws: ws.rename(group, label, seen=self.bridge.seen()))

    def confirm_selected(self) -> None:
        group = self._focus(self.bridge.snapshot())
        if group is not None:
            self.perform(
                lambda ws: ws.confirm(group.id, not group.confirmed, seen=self.bridge.seen())
            )

    def accept_suggestion(self, group: int) -> None:
        self.perform(lambda ws: ws.confirm(group, True, seen=self.bridge.seen()))

    def reject_suggestion(self, group: int) -> None:
        self.perform(lambda ws: ws.reject(group, seen=self.bridge.seen()))

    def _focus_group(self, then: Callable[[int], None]) -> None:
        groups = self.picked_groups()
        if groups:
            then(groups[0])

    def edit_target_article(self, article: int | None = None) -> None:
        article = article or self.article_target()
        row = next((a for a in self.bridge.snapshot().articles if a.id == article), None)
        if row is None:
            return
        dialog = ArticleDialog(row, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            changes = changed_fields(row, dialog.values())
        finally:
            dialog.deleteLater()
        if changes:
            self.edit_article_fields(row.id, changes)

    def edit_article_fields(self, article: int, fields: dict[str, str]) -> None:
        self.perform(lambda ws: ws.edit_article(article, fields, seen=self.bridge.seen()))

    def remove_target_article(self, article: int | None = None) -> None:
        article = article or self.article_target()
        if article is not None:
            self.perform(lambda ws: ws.remove_article(article, seen=self.bridge.seen()))
