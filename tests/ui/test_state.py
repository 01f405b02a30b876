"""What the window remembers: geometry, docks, the workspace, recent workspaces, hidden panes, the
group in focus — restored after closing and reopening. And Save As / Open switch workspaces."""

# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)
from __future__ import annotations

from PySide6.QtCore import QSettings
from window_fixtures import import_and_wait, open_window, seeded, ui_settings, window  # noqa: F401

from desktop.ui.app import open_workspace
from desktop.ui.settings import WindowSettings


def test_state_is_restored_after_closing_and_reopening(seeded, qtbot, db_url):
    window = seeded
    hidden = window.strip.order[1]
    window.strip.set_shown(hidden, False)
    group = window.bridge.snapshot().groups[1]
    window.selection.select_group(group.id)
    window.chart_dock and window.chart_dock.hide()
    window.resize(720, 540)
    url = window.bridge.workspace.url
    window.close()

    assert open_workspace(None, WindowSettings(QSettings())).url == url  # the last workspace
    again = open_window(qtbot, url)
    assert again.bridge.workspace.url == url
    assert again.strip.hidden == {hidden}
    qtbot.waitUntil(lambda: bool(again.strip.panes) and not again.strip.building)
    assert hidden not in again.strip.panes and hidden not in again.strip.visible_order()
    assert again.strip.panes[window.strip.order[0]].isVisible()
    assert again.groups_panel.model.rowCount() == len(again.bridge.snapshot().groups) > 0
    qtbot.waitUntil(lambda: again.selection.group == group.id)
    assert (again.width(), again.height()) == (720, 540)
    if again.chart_dock is not None:
        assert not again.chart_dock.isVisible()
    assert again.articles_model.rowCount() == 5
    assert url in WindowSettings(QSettings()).recent_workspaces()


def test_save_as_carries_on_in_the_copy_and_open_recent_goes_back(seeded, qtbot, tmp_path):
    window = seeded
    original = window.bridge.workspace.url
    target = tmp_path / "copy.sqlite"
    with qtbot.waitSignal(window.bridge.workspace_replaced, timeout=10_000):
        window.files.save_workspace_as(str(target))
    assert window.bridge.workspace.path == target
    assert window.articles_model.rowCount() == 5
    assert "copy" in window.windowTitle()
    recent = WindowSettings(QSettings()).recent_workspaces()
    assert recent[0].endswith("copy.sqlite") and original in recent
    assert window.files.open_workspace(original)
    assert window.bridge.workspace.url == original
    qtbot.waitUntil(lambda: len(window.strip.panes) == 5)


def test_new_workspace_starts_empty(seeded, qtbot, tmp_path):
    window = seeded
    assert window.files.open_workspace(str(tmp_path / "fresh.sqlite"))
    assert window.articles_model.rowCount() == 0
    assert window.empty.isVisible()
    assert window.undo_stack.count() == 0
    assert "0 articles" in window.counts.text()


def test_an_earlier_versions_workspace_is_read_again_when_opened(window, qtbot, tmp_path):
    """File > Open on a workspace an earlier version wrote: its articles are read again with
    progress, and the user's renamed group is still there afterwards."""
    import shutil
    from pathlib import Path

    old = tmp_path / "old.sqlite"
    data = Path(__file__).parents[1] / "data" / "workspaces" / "seeds-2025.sqlite"
    shutil.copy(data, old)
    with qtbot.waitSignal(window.bridge.changed, timeout=30_000):
        assert window.files.open_workspace(str(old))
    qtbot.waitUntil(lambda: not window.bridge.workspace.needs_reanalysis(), timeout=30_000)
    labels = {row.label for row in window.bridge.workspace.group_rows()}
    assert {"My airlift count", "Linked by hand"} <= labels
