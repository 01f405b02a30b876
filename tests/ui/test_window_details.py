"""Small things a user expects: Esc clears the search, the chart folds to a strip and opens again,
a way back from a group to the overview, the Import problems tab not on top at the next start."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import Qt
from window_fixtures import open_window, seeded, ui_settings, window  # noqa: F401

from desktop.model import UnreadableInput


def test_esc_clears_the_search(seeded, qtbot):
    search = seeded.groups_panel.search
    search.setFocus()
    qtbot.keyClicks(search, "americans")
    assert seeded.groups_panel.proxy.rowCount() <= len(seeded.bridge.snapshot().groups)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert seeded.groups_panel.proxy.rowCount() == len(seeded.bridge.snapshot().groups)


def test_the_chart_folds_to_a_strip_and_opens_again(seeded, qtbot):
    bar, dock = seeded.chart_bar, seeded.chart_dock
    qtbot.waitUntil(lambda: dock.height() > 100)
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.height() < 40)
    assert not seeded.chart.isVisible() and bar.isVisible()
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.height() > 100)
    assert seeded.chart.isVisible()


def test_a_button_goes_back_from_a_group_to_the_overview(seeded, qtbot):
    panel = seeded.chart.load()
    group = seeded.bridge.snapshot().groups[0]
    seeded.selection.select_group(group.id)
    qtbot.waitUntil(lambda: panel.current_group() == group.id)
    assert seeded.chart_bar.overview.isVisible()
    qtbot.mouseClick(seeded.chart_bar.overview, Qt.MouseButton.LeftButton)
    assert panel.current_group() is None
    assert all("group" in m for m in panel.marks())  # the overview's rows
    assert not seeded.chart_bar.overview.isVisible()


def test_the_problems_tab_is_not_on_top_of_the_chart_at_the_next_start(window, qtbot):
    window._on_import_problems([UnreadableInput("empty.txt", "empty")])
    assert window.problems_dock.isVisible()
    url = window.bridge.workspace.url
    window.close()
    again = open_window(qtbot, url)
    assert not again.problems_dock.isVisible()
    assert again.chart_dock.isVisible()


def test_a_first_run_window_fits_the_screen_it_opens_on(qtbot, ui_settings, db_url) -> None:
    """No saved geometry: the window opens at 1600 × 960, or smaller on a smaller screen (a
    laptop's 1280 × 720), never running off it."""
    from PySide6.QtCore import QSettings, QSize

    from desktop.ui.main_window import MainWindow, _first_size
    from desktop.ui.settings import WindowSettings
    from desktop.workspace import Workspace

    window = MainWindow(Workspace(db_url), WindowSettings(QSettings()))
    qtbot.addWidget(window)
    free = window.screen().availableGeometry().size()
    assert window.width() == min(1600, free.width())
    assert window.height() == min(960, free.height())
    assert _first_size(QSize(1280, 720)) == QSize(1280, 720)  # a laptop's screen
    assert _first_size(QSize(2560, 1440)) == QSize(1600, 960)
