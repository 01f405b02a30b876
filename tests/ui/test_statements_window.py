"""Statements in the window, driven with real clicks and keys: a click on quoted words lights
the versions of that utterance in every pane; the Statements dock stacks three or more versions
aligned word by word with their differences marked and meaning flips flagged; unlink, link,
confirm and renaming a group (F2 or the list's menu, typed in place) go through the undo history
(Ctrl+Z takes them back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit
from window_fixtures import import_and_wait, ui_settings, window  # noqa: F401

from desktop.ui.main_window import MainWindow

BRANDVIK = Path(__file__).parents[1] / "data" / "statements" / "dev" / "e1_brandvik_layoffs"


@pytest.fixture
def brandvik(qtbot, window: MainWindow) -> MainWindow:  # noqa: F811
    import_and_wait(qtbot, window, sorted(BRANDVIK.glob("*.txt")))
    qtbot.waitUntil(lambda: bool(window.statements.view.groups))
    return window


def _statement(w: MainWindow, words: str, nth: int = 0):
    found = [s for s in w.statements.view.statements if words in s.words]
    return found[nth]


def click_statement(qtbot, w: MainWindow, statement_id: int) -> None:
    """A real click on the first quoted words of a statement, in its pane."""
    st = w.statements.view.statement(statement_id)
    w.strip.scroll_to(st.article)
    pane = w.strip.panes[st.article]
    pane.reveal_statement(st.id)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(_qt_start(pane, st.id) + 2)
    point = pane.text.cursorRect(cursor).center()
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _qt_start(pane, statement_id: int) -> int:
    return next(s for s, _, sid in pane.text._quotes if sid == statement_id)


def _lit(pane) -> list[tuple[int, int]]:
    return [
        (x.cursor.selectionStart(), x.cursor.selectionEnd()) for x in pane.text.extraSelections()
    ]


def _shade(pane) -> str:
    shown = pane.text.extraSelections()  # held here: each selection owns its format
    return shown[0].format.background().color().name()


def test_clicking_quoted_words_lights_the_versions_in_every_pane(qtbot, brandvik) -> None:
    w = brandvik
    picked = _statement(w, "We will not close the Drammen hub")
    click_statement(qtbot, w, picked.id)
    group = w.statements.view.group_of(picked.id)
    assert group is not None and group.source_count == 5
    assert w.statements.group == group.id and w.statements.statement == picked.id
    assert w.statements_dock.isVisible()
    lit_panes = 0
    for sid in group.statements:
        st = w.statements.view.statement(sid)
        if st.article not in w.strip.panes:
            continue  # not built (out of view): lit when it is
        pane = w.strip.panes[st.article]
        lit = _lit(pane)
        assert any(a <= _qt_start(pane, sid) < b for a, b in lit), st.words
        lit_panes += 1
    assert lit_panes >= 3
    # the picked version is drawn stronger than the others
    mine = _shade(w.strip.panes[picked.article])
    other = next(
        _shade(w.strip.panes[s.article])
        for sid in group.statements
        if (s := w.statements.view.statement(sid)).article != picked.article
        and s.article in w.strip.panes
    )
    assert mine != other
    # a click on other text leaves the pick where it is
    pane = w.strip.panes[picked.article]
    qtbot.mouseClick(
        pane.text.viewport(), Qt.MouseButton.LeftButton, pos=pane.text.rect().topLeft()
    )
    assert w.statements.statement == picked.id


def test_the_compare_view_stacks_the_versions_with_their_differences(qtbot, brandvik) -> None:
    w = brandvik
    picked = _statement(w, "We will not close the Drammen hub")
    click_statement(qtbot, w, picked.id)
    view = w.statements_panel.compare
    qtbot.waitUntil(lambda: not view._again.isActive())  # set for the dock's new size
    text = view.toPlainText()
    lines = [line for line in text.splitlines() if " close the " in line]
    assert len(lines) == 5  # all five sources, one line each, aligned on the same columns
    assert len({line.index("close") for line in lines}) == 1
    assert "⚑" in text and "negation lost: 'not'" in text
    # "not", kept by four versions and lost by one, is marked as dropped: italic, underlined
    doc = view.document()
    at = text.index(" not ") + 2
    cursor = QTextCursor(doc)
    cursor.setPosition(at)
    assert cursor.charFormat().fontItalic() and cursor.charFormat().fontUnderline()
    cursor.setPosition(text.index("close") + 2)
    assert not cursor.charFormat().fontItalic()  # common words in plain type
    # a changed figure ("six" for "three") is highlighted: picked from the list with a click
    target = next(g for g in w.statements.view.groups if "months' pay" in g.label)
    row = next(
        r for r in range(w.statements_panel.list.count())
        if w.statements_panel.list.item(r).data(Qt.ItemDataRole.UserRole) == target.id
    )  # fmt: skip
    item = w.statements_panel.list.item(row)
    w.statements_panel.list.scrollToItem(item)
    rect = w.statements_panel.list.visualItemRect(item)
    qtbot.mouseClick(
        w.statements_panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert w.statements.group == target.id
    text = view.toPlainText()
    assert len([line for line in text.splitlines() if "months' pay" in line]) >= 3
    cursor.setPosition(text.index("three") + 1)
    fmt = cursor.charFormat()
    assert fmt.fontWeight() >= 700 and fmt.background().style() != Qt.BrushStyle.NoBrush
    assert "figure changed: six → three" in text


def test_unlink_link_and_confirm_with_undo(qtbot, brandvik) -> None:
    w = brandvik
    picked = _statement(w, "We will not close the Drammen hub")
    click_statement(qtbot, w, picked.id)
    group = w.statements.group
    panel = w.statements_panel
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.mouseClick(panel.unlink, Qt.MouseButton.LeftButton)
    assert w.statements.view.group_of(picked.id) is None
    assert len(w.statements.view.group(group).statements) == 4
    assert "unlink" in w.undo_stack.undoText()
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the unlink
    assert w.statements.view.group_of(picked.id).id == group
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.mouseClick(panel.unlink, Qt.MouseButton.LeftButton)
    # the lone version can be linked back to the group it was just seen with
    assert panel.link.isVisible() and panel.link.text().startswith("Link to “")
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.mouseClick(panel.link, Qt.MouseButton.LeftButton)
    assert w.statements.view.group_of(picked.id).id == group
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the link
    assert w.statements.view.group_of(picked.id) is None
    w.statements.select_group(group, origin=None)
    assert panel.confirm.text() == "Confirm"
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)
    assert w.statements.view.group(group).confirmed and panel.confirm.text() == "Unconfirm"
    assert "confirm" in w.undo_stack.undoText()
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not w.statements.view.group(group).confirmed
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.mouseClick(panel.reject, Qt.MouseButton.LeftButton)
    assert w.statements.view.group(group) is None
    assert all(w.statements.view.group_of(s) is None for s in (picked.id,))


def _type_label(qtbot, w: MainWindow, label: str) -> None:
    """Type a new name into the open in-place editor and press Return."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, label)
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def _first_line(w: MainWindow, group: int) -> str:
    rows = [w.statements_panel.list.item(r) for r in range(w.statements_panel.list.count())]
    item = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole) == group)
    return item.text().splitlines()[0]


def _pick_in_the_list(qtbot, w: MainWindow, words: str):
    """Click the statement saying `words`, and give the focus to the dock's list of groups; its
    group is returned."""
    click_statement(qtbot, w, _statement(w, words).id)
    group = w.statements.view.group(w.statements.group)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.statements_panel.list.setFocus()
    return group


def test_rename_a_statement_group_with_f2_in_the_dock_then_undo_and_redo(qtbot, brandvik) -> None:
    w, panel = brandvik, brandvik.statements_panel
    group = _pick_in_the_list(qtbot, w, "We will not close the Drammen hub")
    figures = [(g.id, g.label) for g in w.bridge.snapshot().groups]
    assert panel.list.currentItem().data(Qt.ItemDataRole.UserRole) == group.id
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)  # the list's, not the window's Rename group
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == group.label  # the label alone
    name = 'Solberg on <b>Drammen</b> & "the hub"'
    _type_label(qtbot, w, name)
    assert w.bridge.workspace.statement_view().group(group.id).label == name
    # shown as typed, markup and all, as plain text
    assert panel.title.text() == name and panel.title.textFormat() == Qt.TextFormat.PlainText
    assert _first_line(w, group.id) == name
    assert [(g.id, g.label) for g in w.bridge.snapshot().groups] == figures  # none renamed
    undo = w.undo_stack.undoText()
    assert undo.startswith("rename “Hanna Solberg") and undo.endswith(f"to “{name}”")
    logged = w.bridge.workspace.activity(1)[0]  # in the change log, as figure renames are
    assert logged.text.startswith("renamed “") and logged.text.endswith(f"to “{name}”")
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.statements.view.group(group.id).label == group.label
    assert panel.title.text() == group.label and _first_line(w, group.id) != name
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(w.bridge.changed, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_Z, ctrl_shift)
    assert w.statements.view.group(group.id).label == name and panel.title.text() == name


def test_rename_a_statement_group_from_the_list_menu(qtbot, brandvik) -> None:
    w, panel = brandvik, brandvik.statements_panel
    w.statements_dock.show()  # View ▸ Statements
    w.statements_dock.raise_()
    qtbot.waitUntil(panel.list.isVisible)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    group = w.statements.view.groups[-1]
    item = next(
        panel.list.item(r) for r in range(panel.list.count())
        if panel.list.item(r).data(Qt.ItemDataRole.UserRole) == group.id
    )  # fmt: skip
    panel.list.scrollToItem(item)
    at = panel.list.visualItemRect(item).center()
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        try:
            rename = next(a for a in menu.actions() if a.text() == "&Rename group…")
            chosen.append(rename.text())
            menu.setActiveAction(rename)
            qtbot.keyClick(menu, Qt.Key.Key_Return)
        finally:
            menu.close()  # never leave exec() waiting

    QTimer.singleShot(0, choose)
    menu_event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, panel.list.viewport().mapToGlobal(at)
    )
    QApplication.sendEvent(panel.list.viewport(), menu_event)
    assert chosen == ["&Rename group…"]
    assert w.statements.group == group.id  # the row right-clicked is the one renamed
    w.activateWindow()  # offscreen Qt gives the window back its focus only when told
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    _type_label(qtbot, w, "Named from the menu")
    assert w.statements.view.group(group.id).label == "Named from the menu"
    assert _first_line(w, group.id) == "Named from the menu"


def test_edit_menu_rename_renames_the_statement_group_while_its_list_has_the_focus(
    qtbot, brandvik
) -> None:
    """Edit ▸ Rename group… renames what the focus is on: the picked statement group while the
    Statements dock's list has the focus, a figure group otherwise."""
    w = brandvik
    group = _pick_in_the_list(qtbot, w, "We will not close the Drammen hub")
    figures = [(g.id, g.label) for g in w.bridge.snapshot().groups]
    qtbot.waitUntil(lambda: w.editing.rename.isEnabled())
    w.editing.rename.trigger()  # as the Edit menu's item does
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert QApplication.focusWidget().text() == group.label
    _type_label(qtbot, w, "Renamed from the Edit menu")
    assert w.bridge.workspace.statement_view().group(group.id).label == "Renamed from the Edit menu"
    assert [(g.id, g.label) for g in w.bridge.snapshot().groups] == figures  # none renamed
