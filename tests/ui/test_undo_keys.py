"""Undo and redo from the keyboard, with texts that name the edit, and a history that survives a
conflict: real key presses on the real window."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from window_fixtures import seeded, ui_settings, window  # noqa: F401

from desktop.model import MoveClaim
from desktop.workspace import Workspace


def label_of(window, group_id: int) -> str:
    return next(g.label for g in window.bridge.workspace.group_rows() if g.id == group_id)


def focus_window(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the focus is, expecting it to end in a workspace change."""
    target = QApplication.focusWidget() or window
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        qtbot.keyClick(target, key, modifiers)


def rename_with_f2(qtbot, window, group_id: int, label: str) -> None:
    panel = window.groups_panel
    index = panel.proxy.mapFromSource(panel.model.group_index(group_id))
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, label)
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_ctrl_z_straight_after_an_f2_rename_in_the_panel_undoes_it(seeded, qtbot):
    focus_window(qtbot, seeded)
    group = seeded.bridge.snapshot().groups[0]
    rename_with_f2(qtbot, seeded, group.id, "Americans flown out")
    assert label_of(seeded, group.id) == "Americans flown out"
    assert seeded.undo_stack.undoText() == f"rename “{group.label}” to “Americans flown out”"
    press(qtbot, seeded, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert label_of(seeded, group.id) == group.label
    assert seeded.groups_panel.model.group_index(group.id).data() == group.label


def test_ctrl_shift_z_and_ctrl_y_both_redo_without_an_ambiguous_shortcut(seeded, qtbot, qtlog):
    focus_window(qtbot, seeded)
    group = seeded.bridge.snapshot().groups[0]
    rename_with_f2(qtbot, seeded, group.id, "First name")
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for redo in ((Qt.Key.Key_Z, ctrl | shift), (Qt.Key.Key_Y, ctrl)):
        press(qtbot, seeded, Qt.Key.Key_Z, ctrl)
        assert label_of(seeded, group.id) == group.label
        press(qtbot, seeded, *redo)
        assert label_of(seeded, group.id) == "First name"
    assert not [r for r in qtlog.records if "mbiguous" in r.message]


def test_undo_texts_name_the_edit_and_the_toolbar_keeps_its_words(seeded, qtbot):
    group = seeded.bridge.snapshot().groups[0]
    claim = seeded.bridge.snapshot().claim(group.claims[0])
    button = seeded.toolbar.widgetForAction(seeded.editing.undo)
    assert button.text() == "Undo"
    width = button.sizeHint().width()
    seeded.selection.select_claim(claim.id)
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.unlink.trigger()
    assert seeded.editing.undo.text() == f"&Undo unlink “{claim.text}”"
    assert button.text() == "Undo" and button.sizeHint().width() == width
    assert f"unlink “{claim.text}”" in button.toolTip()


def test_an_undo_that_conflicts_keeps_the_history_and_says_so(seeded, qtbot):
    group = seeded.bridge.snapshot().groups[0]
    claim = group.claims[0]
    seeded.selection.select_claim(claim)
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.unlink.trigger()
    other = next(g for g in seeded.bridge.snapshot().groups if g.id != group.id)
    # meanwhile (another window on the same workspace) the figure went into another group
    elsewhere = Workspace(seeded.bridge.workspace.url)
    try:
        elsewhere.apply(MoveClaim(claim, None, other.id))
    finally:
        elsewhere.close()
    text, index = seeded.undo_stack.undoText(), seeded.undo_stack.index()
    with qtbot.waitSignal(seeded.bridge.conflicted, timeout=10_000) as conflict:
        seeded.editing.undo.trigger()
    assert (seeded.undo_stack.undoText(), seeded.undo_stack.index()) == (text, index)
    assert seeded.editing.undo.isEnabled()
    message = conflict.args[0].message
    assert message.startswith("You (in another window) moved figure")
    assert "Not done: undo unlink “" in message
    assert message in seeded.message.text()
    assert seeded.bridge.snapshot().group_of(claim).id == other.id  # shown as it is now
