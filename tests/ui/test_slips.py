"""Suspected slips on a real workspace: the Bingöl earthquake articles, where one source's
"150,000 displaced" sits far from the other sources' figures of its group."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from window_fixtures import char_format_at, import_and_wait, ui_settings, window  # noqa: F401

from desktop.model import GroupRow
from desktop.ui.figures import SLIP_TEXT
from desktop.ui.groups_model import ROW_ROLE
from desktop.ui.highlights import SLIP_COLOUR, group_colour


def _slipped_group(window) -> GroupRow:
    groups = [g for g in window.bridge.snapshot().groups if g.outliers]
    assert groups, "the linker flags no suspected slip on the Bingöl articles"
    return groups[0]


def test_a_suspected_slip_is_marked_in_its_pane_and_in_the_groups_panel(window, qtbot, repo_root):
    folder = repo_root / "tests" / "data" / "events" / "bingol_earthquake_2025"
    import_and_wait(qtbot, window, sorted(folder.glob("*.txt")))
    snap = window.bridge.snapshot()
    group = _slipped_group(window)
    slip = snap.claim(group.outliers[0])
    assert slip.value == 150_000  # the displaced figure that does not fit

    # the pane: a wavy red underline over the group's tint, and the words on hover
    fmt = char_format_at(window, slip.id)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert fmt.underlineColor().name() == SLIP_COLOUR
    tint = fmt.background().color()
    assert tint.alpha() > 0 and tint != window.palette().base().color()
    pane = window.strip.panes[slip.article]
    assert pane.is_slip(slip.id)
    assert SLIP_TEXT in pane.text._tips[slip.id]
    other = next(c for c in group.claims if c not in group.outliers)
    fine = char_format_at(window, other)
    assert fine.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert fine.underlineColor() == group_colour(group.id)

    # the groups panel: the group's status counts it, its row among the figures says so
    panel = window.groups_panel
    index = panel.proxy.mapFromSource(panel.model.group_index(group.id))
    assert "1 suspected slip" in index.siblingAtColumn(3).data()
    panel.view.expand(index)
    qtbot.waitUntil(lambda: panel.proxy.rowCount(index) == len(group.claims))
    rows = {
        panel.proxy.index(r, 0, index).data(ROW_ROLE).id: panel.proxy.index(r, 0, index).data()
        for r in range(panel.proxy.rowCount(index))
    }
    assert "suspected slip" in rows[slip.id].split("\n")[0]
    assert all("suspected slip" not in text for cid, text in rows.items() if cid != slip.id)

    # picking it keeps the mark (selected look, still wavy red)
    window.selection.select_claim(slip.id)
    picked = char_format_at(window, slip.id)
    assert picked.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert picked.fontWeight() > 400
