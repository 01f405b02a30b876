"""The groups panel: a valid item model, filtering and sorting, one-click suggestions."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_fixtures import import_and_wait, seeded, ui_settings, window  # noqa: F401

from desktop.model import Claim, GroupRow
from desktop.ui.figures import article_name
from desktop.ui.groups_model import ROW_ROLE


def shown_groups(panel) -> list[GroupRow]:
    return [panel.proxy.index(r, 0).data(ROW_ROLE) for r in range(panel.proxy.rowCount())]


def test_groups_model_passes_the_model_tester(seeded, qtmodeltester):
    model = seeded.groups_panel.model
    assert model.rowCount() == len(seeded.bridge.snapshot().groups) > 0
    qtmodeltester.check(model)
    qtmodeltester.check(seeded.groups_panel.proxy)
    qtmodeltester.check(seeded.articles_model)


def test_groups_show_label_sources_range_and_status_with_figures_below(seeded):
    model = seeded.groups_panel.model
    group = model.groups[0]
    row = [model.index(0, c).data() for c in range(4)]
    assert row[0] == group.label
    assert row[1] == str(group.source_count)
    assert "–" in row[2] or row[2]
    assert group.status in row[3]
    parent = model.index(0, 0)
    assert model.hasChildren(parent)
    model.fetchMore(parent)  # figures load when a group is expanded
    assert model.rowCount(parent) == len(group.claims)
    child = model.index(0, 0, parent)
    claim = child.data(ROW_ROLE)
    assert isinstance(claim, Claim)
    assert claim.text in child.data()  # the figure, with its source and sentence
    excerpt = child.data().split("\n", 1)[1].strip("…")
    assert excerpt in " ".join(claim.sentence.split())


def test_search_filters_by_words_source_status_and_value(seeded, qtbot):
    panel = seeded.groups_panel
    every = shown_groups(panel)
    target = every[0]
    panel.search.setText(target.label.split()[-1].lower())
    assert target in shown_groups(panel)
    assert len(shown_groups(panel)) < len(every) or len(every) == 1
    # a value inside a group's range
    value = int((target.min + target.max) // 2) if target.min != target.max else int(target.min)
    panel.search.setText(f"{value:,}")
    assert target in shown_groups(panel)
    panel.search.setText("no-such-word-anywhere")
    assert shown_groups(panel) == []
    panel.search.clear()
    panel.status.setCurrentIndex(panel.status.findData("diverging"))
    assert shown_groups(panel) and all(g.status == "diverging" for g in shown_groups(panel))
    panel.status.setCurrentIndex(panel.status.findData("agreeing"))
    assert all(g.status == "agreeing" for g in shown_groups(panel))
    panel.status.setCurrentIndex(0)
    # by source: every group drawing on the first article's source name
    first = next(a for a in seeded.bridge.snapshot().articles if a.id == seeded.strip.order[0])
    source = article_name(first)  # the name every view gives it (seeds: their short title)
    assert not source.endswith(".txt")
    panel.search.setText(source.lower())
    expected = {g.id for g in every if seeded.strip.order[0] in g.articles}
    assert {g.id for g in shown_groups(panel)} == expected


def test_sorting_by_sources(seeded):
    panel = seeded.groups_panel
    panel.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    counts = [g.source_count for g in shown_groups(panel)]
    assert counts == sorted(counts, reverse=True)


def test_suggested_groups_are_accepted_or_rejected_in_one_click(window, qtbot, repo_root):
    events = sorted((repo_root / "tests" / "data" / "events").iterdir())
    import_and_wait(qtbot, window, [e for e in events if e.is_dir()])
    panel = window.groups_panel
    suggested = [g for g in shown_groups(panel) if g.suggested]
    if len(suggested) < 2:  # depends on the linker's confidence on these articles
        pytest.skip(f"the linker suggests {len(suggested)} groups on the test events, not 2")
    first, second = suggested[:2]

    def click(group: GroupRow, which: str) -> None:
        index = panel.proxy.mapFromSource(panel.model.group_index(group.id))
        panel.view.scrollTo(index)
        rect = panel.suggestion_button_rect(group.id, which)  # painted in the status cell
        assert panel.view.viewport().rect().contains(rect)
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        click(first, "accept")
    accepted = window.bridge.workspace.group(first.id)
    assert accepted.confirmed and not accepted.suggested
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        click(second, "reject")
    assert window.bridge.workspace.group(second.id) is None
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        window.editing.undo.trigger()
    assert window.bridge.workspace.group(second.id) is not None


def test_an_edit_updates_rows_in_place_keeping_selection_and_scroll(seeded, qtbot, qtmodeltester):
    panel, model = seeded.groups_panel, seeded.groups_panel.model
    seeded.resize(1280, 720)
    groups = seeded.bridge.snapshot().groups
    kept, edited = groups[-1], groups[0]
    for row in range(model.rowCount()):  # every group's figures loaded, as after expanding all
        model.fetchMore(model.index(row, 0))
    seeded.selection.select_group(kept.id)
    bar = panel.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    claim = edited.claims[0]
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.history.perform(lambda ws: ws.unlink([claim]))
    assert not resets
    assert panel.selected_groups() == [kept.id] and bar.value() == scrolled
    row = model.group_index(edited.id)
    if row.isValid():  # still a group of two or more: one figure fewer
        assert claim not in row.data(ROW_ROLE).claims
        assert model.rowCount(row) == len(edited.claims) - 1
    qtmodeltester.check(model)
    qtmodeltester.check(panel.proxy)
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.undo.trigger()
    assert claim in model.group_index(edited.id).data(ROW_ROLE).claims
    assert not resets and panel.selected_groups() == [kept.id]
    qtmodeltester.check(model)
