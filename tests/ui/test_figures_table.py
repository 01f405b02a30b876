"""The Figures dock: every figure, grouped or not; it sorts, filters, reveals and exports CSV."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from window_fixtures import seeded, ui_settings, window  # noqa: F401

from desktop.ui.figures_table import COLUMNS, ROW_ROLE


def show_figures(window, qtbot):
    window.figures_dock.show()
    window.figures_dock.raise_()
    panel = window.figures
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(window.bridge.snapshot().claims))
    return panel


def test_the_table_lists_every_figure_and_passes_the_model_tester(seeded, qtbot, qtmodeltester):
    panel = show_figures(seeded, qtbot)
    snap = seeded.bridge.snapshot()
    grouped = {c for g in snap.groups for c in g.claims}
    assert any(c.id not in grouped for c in snap.claims)  # lone figures are there too
    statuses = {panel.model.text(r, COLUMNS.index("Status")) for r in range(len(snap.claims))}
    assert "not linked" in statuses
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_sort_by_value_and_filter_by_words(seeded, qtbot):
    panel = show_figures(seeded, qtbot)
    header = panel.view.horizontalHeader()
    value = COLUMNS.index("Value")
    x = header.sectionViewportPosition(value) + header.sectionSize(value) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    values = [panel.proxy.index(r, 0).data(ROW_ROLE).value for r in range(panel.proxy.rowCount())]
    assert values in (sorted(values), sorted(values, reverse=True))
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "not linked")
    shown = panel.proxy.rowCount()
    assert 0 < shown < panel.model.rowCount()
    snap = seeded.bridge.snapshot()
    assert all(
        snap.group_of(panel.proxy.index(r, 0).data(ROW_ROLE).id) is None for r in range(shown)
    )
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.proxy.rowCount() == panel.model.rowCount()


def test_a_click_reveals_the_figure_in_its_pane(seeded, qtbot):
    panel = show_figures(seeded, qtbot)
    row = panel.proxy.rowCount() - 1  # the last figure of the last article
    index = panel.proxy.index(row, 1)
    claim = index.data(ROW_ROLE)
    panel.view.scrollTo(index)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )
    assert seeded.selection.claims == (claim.id,)
    pane = seeded.strip.panes[claim.article]

    def in_view() -> bool:
        cursor = QTextCursor(pane.text.document())
        cursor.setPosition(pane.span(claim.id)[0])
        return pane.text.viewport().rect().contains(pane.text.cursorRect(cursor))

    qtbot.waitUntil(in_view)


def test_export_csv_writes_the_rows_as_shown(seeded, qtbot, tmp_path):
    panel = show_figures(seeded, qtbot)
    panel.search.setText("not linked")
    path = tmp_path / "figures.csv"
    count = panel.write_csv(path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(COLUMNS) and len(rows) == count + 1 == panel.proxy.rowCount() + 1
    assert all(r[COLUMNS.index("Status")] == "not linked" for r in rows[1:])


def test_the_table_follows_a_link_and_its_undo(seeded, qtbot):
    """Linking two lone figures updates their rows in place (group and status); undo restores."""
    panel = show_figures(seeded, qtbot)
    snap = seeded.bridge.snapshot()
    grouped = {c for g in snap.groups for c in g.claims}
    lone = [c for c in snap.claims if c.id not in grouped]
    a = lone[0]
    b = next(c for c in lone if c.article != a.article)
    group_column, status_column = COLUMNS.index("Group"), COLUMNS.index("Status")

    def row_of(claim_id: int) -> int:
        return next(r for r, row in enumerate(panel.model.rows) if row[0].id == claim_id)

    seeded.selection.select_claim(a.id)
    seeded.selection.select_claim(b.id, additive=True)
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.link.trigger()
    linked = seeded.bridge.snapshot().group_of(a.id)
    assert linked is not None
    assert panel.model.text(row_of(a.id), group_column) == linked.label
    assert panel.model.text(row_of(b.id), status_column) != "not linked"
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.undo.trigger()
    assert panel.model.text(row_of(a.id), status_column) == "not linked"
