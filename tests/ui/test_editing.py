"""Editing links from the window, each edit undone and redone through the QUndoStack."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from window_fixtures import click_figure, figure_point, seeded, send_drop, ui_settings, window  # noqa: F401

from desktop.ui.drops import FIGURE_MIME


def groups(window) -> dict[int, tuple[str, frozenset[int]]]:
    return {g.id: (g.label, frozenset(g.claims)) for g in window.bridge.workspace.group_rows()}


def lone_figures(window) -> list[int]:
    snap = window.bridge.snapshot()
    grouped = {c for g in snap.groups for c in g.claims}
    by_article: dict[int, int] = {}
    for c in snap.claims:
        if c.id not in grouped:
            by_article.setdefault(c.article, c.id)
    return list(by_article.values())


def changed(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        action()


def undo_redo(qtbot, window, before, after) -> None:
    changed(qtbot, window, window.editing.undo.trigger)
    assert groups(window) == before
    changed(qtbot, window, window.editing.redo.trigger)
    assert groups(window) == after


def test_link_two_figures_picked_with_ctrl_click(seeded, qtbot):
    a, b = lone_figures(seeded)[:2]
    before = groups(seeded)
    click_figure(qtbot, seeded, a)
    click_figure(qtbot, seeded, b, ctrl=True)
    changed(qtbot, seeded, seeded.editing.link.trigger)
    after = groups(seeded)
    (new,) = set(after) - set(before)
    assert after[new][1] == {a, b}
    assert seeded.selection.group == new  # the new group is in focus
    undo_redo(qtbot, seeded, before, after)
    assert seeded.undo_stack.undoText().startswith("link 2 figures as “")
    assert seeded.editing.undo.text().startswith("&Undo link 2 figures as “")


def test_drag_a_figure_onto_another_figure_links_them(seeded, qtbot):
    a, b = lone_figures(seeded)[:2]
    before = groups(seeded)
    viewport, point = figure_point(seeded, b)
    mime = QMimeData()
    mime.setData(FIGURE_MIME, str(a).encode())
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        assert send_drop(viewport, mime, QPointF(point)).isAccepted()
    (new,) = set(groups(seeded)) - set(before)
    assert groups(seeded)[new][1] == {a, b}


def test_drop_a_figure_onto_a_group_row(seeded, qtbot):
    a = lone_figures(seeded)[0]
    group = seeded.bridge.snapshot().groups[0]
    panel = seeded.groups_panel
    index = panel.proxy.mapFromSource(panel.model.group_index(group.id))
    mime = QMimeData()
    mime.setData(FIGURE_MIME, str(a).encode())
    pos = QPointF(panel.view.visualRect(index).center())
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        send_drop(panel.view.viewport(), mime, pos)
    assert a in groups(seeded)[group.id][1]


def test_unlink_a_figure(seeded, qtbot):
    group = seeded.bridge.snapshot().groups[0]
    figure = group.claims[0]
    before = groups(seeded)
    click_figure(qtbot, seeded, figure)
    changed(qtbot, seeded, seeded.editing.unlink.trigger)
    after = groups(seeded)
    assert figure not in after[group.id][1]
    undo_redo(qtbot, seeded, before, after)


def test_merge_two_groups_selected_in_the_panel(seeded, qtbot):
    first, second = seeded.bridge.snapshot().groups[:2]
    before = groups(seeded)
    panel = seeded.groups_panel
    for gid, flag in ((first.id, "ClearAndSelect"), (second.id, "Select")):
        index = panel.proxy.mapFromSource(panel.model.group_index(gid))
        mode = getattr(panel.view.selectionModel().SelectionFlag, flag)
        panel.view.selectionModel().select(
            index, mode | panel.view.selectionModel().SelectionFlag.Rows
        )
    assert set(panel.selected_groups()) == {first.id, second.id}
    assert seeded.editing.merge.isEnabled()
    changed(qtbot, seeded, seeded.editing.merge.trigger)
    after = groups(seeded)
    kept = next(g for g in (first.id, second.id) if g in after)
    assert after[kept][1] == set(first.claims) | set(second.claims)
    assert len(after) == len(before) - 1
    undo_redo(qtbot, seeded, before, after)


def test_split_picked_figures_out_of_their_group(seeded, qtbot):
    group = next(g for g in seeded.bridge.snapshot().groups if len(g.claims) >= 4)
    a, b = group.claims[:2]
    before = groups(seeded)
    click_figure(qtbot, seeded, a)
    click_figure(qtbot, seeded, b, ctrl=True)
    changed(qtbot, seeded, seeded.editing.split.trigger)
    after = groups(seeded)
    (new,) = set(after) - set(before)
    assert after[new][1] == {a, b}
    assert after[group.id][1] == set(group.claims) - {a, b}
    undo_redo(qtbot, seeded, before, after)


def test_rename_a_group_inline_in_the_panel(seeded, qtbot):
    group = seeded.bridge.snapshot().groups[0]
    before = groups(seeded)
    model = seeded.groups_panel.model
    changed(
        qtbot, seeded, lambda: model.setData(model.group_index(group.id), "Americans left behind")
    )
    after = groups(seeded)
    assert after[group.id][0] == "Americans left behind"
    assert model.group_index(group.id).data() == "Americans left behind"
    undo_redo(qtbot, seeded, before, after)


def test_confirm_a_group(seeded, qtbot):
    group = seeded.bridge.snapshot().groups[0]
    seeded.selection.select_group(group.id)
    changed(qtbot, seeded, seeded.editing.confirm.trigger)
    assert seeded.bridge.workspace.group(group.id).confirmed
    changed(qtbot, seeded, seeded.editing.undo.trigger)
    assert not seeded.bridge.workspace.group(group.id).confirmed


def test_edit_an_article_and_undo(seeded, qtbot):
    article = seeded.bridge.snapshot().articles[0]
    fields = {"outlet": "The Examiner", "published": "2021-11-12"}
    changed(qtbot, seeded, lambda: seeded.editing.edit_article_fields(article.id, fields))
    row = next(a for a in seeded.bridge.workspace.article_rows() if a.id == article.id)
    assert (row.outlet, row.published.isoformat()) == ("The Examiner", "2021-11-12")
    assert "The Examiner" in seeded.strip.panes[article.id].header.source._full
    changed(qtbot, seeded, seeded.editing.undo.trigger)
    row = next(a for a in seeded.bridge.workspace.article_rows() if a.id == article.id)
    assert row.outlet == article.outlet and row.published == article.published


def test_remove_an_article_and_undo(seeded, qtbot):
    article = seeded.bridge.snapshot().articles[0]
    changed(qtbot, seeded, lambda: seeded.editing.remove_target_article(article.id))
    assert article.id not in {a.id for a in seeded.bridge.workspace.article_rows()}
    assert article.id not in seeded.strip.panes
    changed(qtbot, seeded, seeded.editing.undo.trigger)
    assert article.id in {a.id for a in seeded.bridge.workspace.article_rows()}
    qtbot.waitUntil(lambda: article.id in seeded.strip.panes)


def test_undo_and_redo_have_the_standard_shortcuts(seeded):
    from PySide6.QtGui import QKeySequence

    assert QKeySequence("Ctrl+Z") in seeded.editing.undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in seeded.editing.redo.shortcuts()
    assert seeded.editing.undo.shortcutContext() == Qt.ShortcutContext.WindowShortcut
