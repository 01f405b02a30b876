"""Side by side: panes, figure highlighting, a click that brings the linked figures forward."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from window_fixtures import (  # noqa: F401
    char_format_at,
    click_figure,
    figure_point,
    seeded,
    ui_settings,
    window,
)

from desktop.model import GroupRow
from desktop.ui.groups_model import ROW_ROLE


def spread_group(window) -> GroupRow:
    """A group whose figures stand in at least two articles."""
    return next(g for g in window.bridge.snapshot().groups if len(g.articles) >= 2)


def test_one_pane_per_article_with_outlet_date_and_title(seeded):
    snap = seeded.bridge.snapshot()
    assert [p for p in seeded.strip.visible_order()] == [a.id for a in snap.articles]
    for article in snap.articles:
        pane = seeded.strip.panes[article.id]
        assert pane.isVisible()
        assert pane.header.title._full == " ".join(article.title.split())
        assert pane.header.title.text().split()[0] == article.title.split()[0]
        assert pane.text.toPlainText() == article.text.replace("\r", " ")
    dated = next(a for a in snap.articles if a.published)
    assert str(dated.published.year) in seeded.strip.panes[dated.id].header.source._full


def test_every_figure_is_highlighted_by_its_group(seeded):
    snap = seeded.bridge.snapshot()
    grouped = {c for g in snap.groups for c in g.claims}
    for claim in snap.claims:
        fmt = char_format_at(seeded, claim.id)
        if claim.id in grouped:
            assert fmt.background().style() != Qt.BrushStyle.NoBrush, claim.text
        else:
            assert fmt.underlineStyle() != fmt.UnderlineStyle.NoUnderline, claim.text


def test_clicking_a_figure_emphasises_every_linked_figure(seeded, qtbot):
    group = spread_group(seeded)
    clicked = group.claims[0]
    others = [c for c in group.claims if c != clicked]
    before = char_format_at(seeded, others[0]).fontWeight()
    click_figure(qtbot, seeded, clicked)
    assert seeded.selection.group == group.id
    assert seeded.selection.claims == (clicked,)
    assert before < QFont.Weight.Bold
    snap = seeded.bridge.snapshot()
    for claim in others:
        assert char_format_at(seeded, claim).fontWeight() == QFont.Weight.Bold
        pane = seeded.strip.panes[snap.claim(claim).article]
        viewport, point = figure_point(seeded, claim)
        assert pane.text.viewport().rect().contains(point)
    # the groups panel and the chart follow
    current = seeded.groups_panel.view.currentIndex().data(ROW_ROLE)
    assert current.id == clicked
    if seeded.chart is not None:
        assert seeded.chart.current_group() == group.id
    # a figure outside the group is not emphasised
    lone = next(c.id for c in snap.claims if c.id not in group.claims)
    assert char_format_at(seeded, lone).fontWeight() < QFont.Weight.Bold


def test_ctrl_click_picks_several_figures(seeded, qtbot):
    a, b = (c.id for c in seeded.bridge.snapshot().claims[:2])
    click_figure(qtbot, seeded, a)
    click_figure(qtbot, seeded, b, ctrl=True)
    assert seeded.selection.claims == (a, b)
    assert seeded.editing.link.isEnabled()


def test_choosing_a_group_in_the_panel_does_what_a_click_does(seeded, qtbot):
    group = spread_group(seeded)
    panel = seeded.groups_panel
    index = panel.proxy.mapFromSource(panel.model.group_index(group.id))
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )
    assert seeded.selection.group == group.id
    for claim in group.claims:
        assert char_format_at(seeded, claim).fontWeight() == QFont.Weight.Bold


def test_keyboard_walks_figures_and_diverging_groups(seeded, qtbot):
    order = seeded.strip.figures_in_order()
    seeded.navigator.next_figure.trigger()
    assert seeded.selection.claim == order[0]
    seeded.navigator.next_figure.trigger()
    assert seeded.selection.claim == order[1]
    seeded.navigator.previous_figure.trigger()
    assert seeded.selection.claim == order[0]
    diverging = [
        g.id for g in seeded.bridge.snapshot().groups
        if g.status in ("diverging", "changing over time")
    ]  # fmt: skip
    seeded.navigator.next_group.trigger()
    assert seeded.selection.group == diverging[0]
    seeded.navigator.previous_group.trigger()
    assert seeded.selection.group == diverging[-1]


def test_hovering_a_figure_says_what_it_is(seeded, qtbot):
    group = spread_group(seeded)
    claim = seeded.bridge.snapshot().claim(group.claims[0])
    pane = seeded.strip.panes[claim.article]
    viewport, point = figure_point(seeded, claim.id)
    assert pane.text.claim_at(point) == claim.id
    tip = pane.text._tips[claim.id]
    assert claim.text in tip and group.label in tip
    # words that are no figure say nothing: the pane's first line that starts with one
    cursor = pane.text.cursorForPosition(QPoint(2, 2))
    spans = [pane.span(c) for c in pane.claim_ids()]
    while any(s <= cursor.position() < e for s, e in spans) and cursor.movePosition(
        cursor.MoveOperation.NextBlock
    ):
        pass
    plain = pane.text.cursorRect(cursor).center()
    assert 0 <= plain.y() < viewport.height() or pane.text.verticalScrollBar().maximum() > 0
    assert pane.text.claim_at(QPoint(plain.x() + 2, plain.y())) is None


def test_panes_hide_show_and_move(seeded, qtbot):
    first, second = seeded.strip.visible_order()[:2]
    seeded.strip.panes[first].header.hide_requested.emit()
    assert first not in seeded.strip.panes  # a hidden article has no pane (the strip is virtual)
    assert first not in seeded.strip.visible_order()
    row = next(r for r in range(seeded.articles_model.rowCount())
               if seeded.articles_model.rows[r].id == first)  # fmt: skip
    index = seeded.articles_model.index(row)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    seeded.articles_model.setData(
        index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: first in seeded.strip.panes)
    assert seeded.strip.panes[first].isVisible()
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.strip.panes[first].header.move_requested.emit(1)
    assert seeded.strip.visible_order()[:2] == [second, first]
    assert [a.id for a in seeded.bridge.workspace.article_rows()][:2] == [second, first]
