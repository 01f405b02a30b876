"""The chart inside the window: a click on a mark selects that figure in the panes, and a click
on an overview row selects its group (issue 5's "a click on a mark selects the claim")."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont
from window_fixtures import (  # noqa: F401
    char_format_at,
    import_and_wait,
    seeded,
    ui_settings,
    window,
)


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


def _in_view(window, claim_id: int) -> bool:
    from PySide6.QtGui import QTextCursor

    claim = window.bridge.snapshot().claim(claim_id)
    pane = window.strip.panes[claim.article]
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.span(claim_id)[0])
    rect = pane.text.cursorRect(cursor)
    return pane.text.viewport().rect().contains(rect)


def test_a_click_on_a_mark_scrolls_its_pane_to_that_figure(window, qtbot, tmp_path):
    filler = "The airport stayed crowded through the week as families waited at the gates. " * 3
    far = tmp_path / "far.txt"
    far.write_text(
        "Officials said 4,500 US citizens had been evacuated from Kabul by Wednesday.\n\n"
        + f"{filler}\n\n" * 40
        + "By Friday, 5,100 US citizens had been evacuated from Kabul, officials said.\n"
    )
    near = tmp_path / "near.txt"
    near.write_text("The State Department said 6,000 US citizens had been evacuated from Kabul.\n")
    import_and_wait(qtbot, window, [far, near])
    snap = window.bridge.snapshot()
    figures = [c.id for c in snap.claims if "US citizens" in c.text]
    assert len(figures) == 3
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        window.editing.history.perform(lambda ws: ws.link(figures))
    snap = window.bridge.snapshot()
    group = snap.group_of(figures[0]).id
    clicked = max(figures, key=lambda c: snap.claim(c).start)  # the late one in the long text
    panel = _panel(window, qtbot)
    window.selection.select_group(group)
    qtbot.waitUntil(lambda: panel.current_group() == group, timeout=3000)
    qtbot.wait(20)
    assert not _in_view(window, clicked)  # the pane shows the group's first figure
    target = next(m for m in panel.marks() if m["claim"] == clicked)
    view = panel.plot_view()
    where = view.mapFromScene(view.plot.getViewBox().mapViewToScene(QPointF(*target["pos"])))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.selection.claims == (clicked,), timeout=3000)
    qtbot.waitUntil(lambda: _in_view(window, clicked), timeout=3000)


def test_the_overview_relabels_its_rows_after_a_rename_and_an_unlink(seeded, qtbot):
    panel = _panel(seeded, qtbot)
    seeded.selection.clear()
    panel.show_group(None)
    view = panel.plot_view()
    qtbot.waitUntil(lambda: view.names.picture is not None, timeout=3000)  # painted once
    rows = panel.marks()
    top = rows[0]
    painted = view.names.picture
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.rename_group(top["group"], "Renamed on the chart")
    qtbot.waitUntil(lambda: view.names.picture not in (None, painted), timeout=3000)
    assert view.names.texts[0] == "Renamed on the chart"
    # unlink a figure from the top group: rows re-sort, and each row's name and status follow
    group = next(g for g in seeded.bridge.snapshot().groups if g.id == top["group"])
    painted = view.names.picture
    seeded.selection.select_claim(group.claims[0])
    seeded.selection.clear()
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.history.perform(lambda ws: ws.unlink([group.claims[0]]))
    qtbot.waitUntil(lambda: view.names.picture not in (None, painted), timeout=3000)
    now = {g.id: g for g in seeded.bridge.snapshot().groups}
    for i, row in enumerate(view.rows):
        assert view.names.texts[i] == now[row.id].label
        assert view.statuses.texts[i].endswith(now[row.id].status)
