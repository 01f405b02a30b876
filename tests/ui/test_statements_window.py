"""Statements in the window, driven with real clicks and keys: a click on quoted words lights
the versions of that utterance in every pane; the Statements dock stacks three or more versions
aligned word by word with their differences marked and meaning flips flagged; unlink, link and
confirm go through the undo history (Ctrl+Z takes them back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
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
