"""The chart inside the window: a click on a mark selects that figure in the panes, and a click
on an overview row selects its group (issue 5's "a click on a mark selects the claim")."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont
from window_fixtures import char_format_at, seeded, ui_settings, window  # noqa: F401


def _airlift(window) -> int:
    snap = window.bridge.snapshot()
    return next(
        g.id
        for g in snap.groups
        if any(snap.claim(c).text == "4,500 US citizens" for c in g.claims)
    )


def _panel(window, qtbot):
    assert window.chart.load()
    return window.chart.panel


def test_a_click_on_a_mark_selects_that_figure_in_the_panes(seeded, qtbot):
    panel = _panel(seeded, qtbot)
    group = _airlift(seeded)
    seeded.selection.select_group(group)
    qtbot.waitUntil(lambda: panel.current_group() == group, timeout=3000)
    qtbot.wait(20)
    target = next(m for m in panel.marks() if m["glyph"] == ">")  # "more than 4,000 Americans"
    view = panel.plot_view()
    where = view.mapFromScene(view.plot.getViewBox().mapViewToScene(QPointF(*target["pos"])))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: seeded.selection.claims == (target["claim"],), timeout=3000)
    assert seeded.selection.group == group
    assert char_format_at(seeded, target["claim"]).fontWeight() == QFont.Weight.Bold
    pane = seeded.strip.panes[seeded.bridge.snapshot().claim(target["claim"]).article]
    assert pane.isVisible()


def test_an_overview_row_click_selects_its_group(seeded, qtbot):
    panel = _panel(seeded, qtbot)
    seeded.selection.clear()
    panel.show_group(None)
    qtbot.wait(20)
    rows = panel.marks()
    assert rows and all("group" in r for r in rows)
    first = rows[0]
    view = panel.plot_view()
    box = view.plot.getViewBox()
    x_range = box.viewRange()[0]
    point = QPointF(x_range[0] + (x_range[1] - x_range[0]) * 0.5, first["row"])
    where = view.mapFromScene(box.mapViewToScene(point))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: seeded.selection.group == first["group"], timeout=3000)
