"""A workspace of a few hundred articles in the window: only the panes in view are built, scrolling
builds and releases them, a picked group lights up in panes built later, the lists read on demand,
and a Cancel mid-import leaves whole articles and a window that keeps running. No timing asserts:
speed is `benchmarks/bench_window.py`'s business."""

# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor
from window_fixtures import char_format_at, open_window, ui_settings  # noqa: F401

from desktop.model import Source
from desktop.pipeline import analyse
from desktop.ui.main_window import PANES_MENU_MAX
from desktop.ui.pane_strip import OVERSCAN
from desktop.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import write_corpus  # noqa: E402

ARTICLES = 240


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many") / "corpus"
    write_corpus(folder, ARTICLES)
    return folder


@pytest.fixture(scope="module")
def many_file(corpus: Path, tmp_path_factory) -> Path:
    """A workspace file holding the corpus, made once for the module."""
    path = tmp_path_factory.mktemp("many_ws") / "many.sqlite"
    workspace = Workspace(str(path))
    report = workspace.import_sources([Source(origin=str(corpus))])
    workspace.close()
    assert len(report.added) == ARTICLES
    return path


def copied(workspace: Path, to: Path) -> Path:
    """A copy of a SQLite workspace file, with its write-ahead log should one be open."""
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{workspace}{suffix}").exists():
            shutil.copy(f"{workspace}{suffix}", f"{to}{suffix}")
    return to


@pytest.fixture
def many(qtbot, ui_settings, many_file: Path, tmp_path: Path):
    """The window on a copy of the few-hundred-article workspace, its first panes built."""
    window = open_window(qtbot, f"sqlite:///{copied(many_file, tmp_path / 'many.sqlite')}")
    qtbot.waitUntil(lambda: len(window.strip.order) == ARTICLES and not window.strip.building)
    return window


def in_reach(strip) -> set[int]:
    """The articles whose panes the strip keeps: those in view and OVERSCAN beside them."""
    shown = strip.visible_order()
    view = strip.in_view()
    first, last = shown.index(view[0]), shown.index(view[-1])
    return set(shown[max(0, first - OVERSCAN) : last + OVERSCAN + 1])


def test_a_large_workspace_opens_with_a_handful_of_panes(many):
    strip = many.strip
    assert 0 < len(strip.in_view()) <= 6
    assert set(strip.panes) == in_reach(strip)
    assert len(strip.panes) <= 6 + 2 * OVERSCAN  # a handful, not one per article
    # the row is as wide as every pane, so the scroll bar tells how far the strip goes
    assert strip.widget().width() >= ARTICLES * strip.pane_width()
    assert strip.horizontalScrollBar().maximum() > (ARTICLES - 10) * strip.pane_width()
    snap = many.bridge.snapshot()
    for aid, pane in strip.panes.items():
        article = next(a for a in snap.articles if a.id == aid)
        assert pane.text.toPlainText() == article.text.replace("\r", " ")
        assert pane.isVisible()


def test_scrolling_builds_the_panes_coming_in_and_releases_those_leaving(many, qtbot):
    strip = many.strip
    before = set(strip.panes)
    bar = strip.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: not strip.building)
    middle = set(strip.panes)
    assert middle == in_reach(strip)
    assert not middle & before  # the first panes were released, the middle ones built
    shown = strip.visible_order()
    assert ARTICLES // 3 < shown.index(strip.in_view()[0]) < 2 * ARTICLES // 3
    for aid, pane in strip.panes.items():  # each in its slot, in the order of the strip
        assert pane.x() == strip._slot_x(shown.index(aid))
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not strip.building)
    assert shown[-1] in strip.panes and not set(strip.panes) & middle
    assert len(strip.panes) <= 6 + 2 * OVERSCAN


def test_a_picked_group_lights_up_in_a_pane_that_scrolls_in_later(many, qtbot):
    strip, snap = many.strip, many.bridge.snapshot()
    shown = strip.visible_order()
    group = max(snap.groups, key=lambda g: len(g.articles))
    many.selection.select_group(group.id)
    qtbot.waitUntil(lambda: not strip.building)
    # a figure of the group in an article far from the panes built now
    far = next(
        c
        for c in sorted(group.claims, key=lambda c: -shown.index(snap.claim(c).article))
        if snap.claim(c).article not in strip.panes
    )
    article = snap.claim(far).article
    assert article not in strip.panes
    bar = strip.horizontalScrollBar()
    bar.setValue(strip._slot_x(shown.index(article)) - 8)  # the user scrolls there
    qtbot.waitUntil(lambda: article in strip.panes and not strip.building)
    assert char_format_at(many, far).fontWeight() == QFont.Weight.Bold  # drawn as linked
    other = next(g for g in snap.groups if g.id != group.id and article in g.articles)
    mine = next(c for c in other.claims if snap.claim(c).article == article)
    assert char_format_at(many, mine).fontWeight() < QFont.Weight.Bold  # not in the pick


def test_revealing_a_figure_scrolls_to_its_pane_and_builds_it(many, qtbot):
    strip, snap = many.strip, many.bridge.snapshot()
    last = strip.visible_order()[-3]
    claim = next(c for c in snap.claims if c.article == last)
    assert last not in strip.panes
    many.selection.select_claim(claim.id)  # as from the figures table or the chart
    assert last in strip.panes and last in strip.in_view()
    pane = strip.panes[last]
    assert char_format_at(many, claim.id).fontWeight() == QFont.Weight.Bold
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.span(claim.id)[0])
    assert pane.text.viewport().rect().contains(pane.text.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: not strip.building)
    assert set(strip.panes) == in_reach(strip)


def test_next_figure_walks_into_panes_not_built_yet(many):
    order = many.strip.figures_in_order()
    snap = many.bridge.snapshot()
    assert len(order) == len(snap.claims)  # every figure of every shown article, built or not
    many.selection.select_claim(order[-1])
    many.navigator.figure(1)  # wraps to the first
    assert many.selection.claim == order[0]
    assert snap.claim(order[0]).article in many.strip.panes


def test_the_lists_are_read_a_page_at_a_time(many, qtbot, qtmodeltester):
    articles = many.articles_model
    assert articles.rowCount() == articles.page < ARTICLES and articles.canFetchMore(
        articles.index(0).parent()
    )
    many.articles_dock.show()
    many.articles_dock.raise_()
    view = many.articles_panel.view
    qtbot.waitUntil(view.isVisible)
    view.scrollToBottom()  # the view asks for the next page when it reaches the end
    qtbot.waitUntil(lambda: articles.rowCount() > articles.page)
    qtmodeltester.check(articles)

    panel, model = many.groups_panel, many.groups_panel.model
    total = len(many.bridge.snapshot().groups)
    assert total > 4
    model.page = 2
    panel.reload()
    assert model.rowCount() == 2 and model.canFetchMore(model.index(0, 0).parent())
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 2)
    # picking a group not loaded yet loads the pages up to it and selects its row
    last = model.groups[-1]
    assert model.rowCount() < total
    many.selection.select_group(last.id)
    assert model.rowCount() == total and panel.selected_groups() == [last.id]
    # a search looks at every group, loaded or not
    model.page = 2
    panel.reload()
    panel.search.setText(last.label.lower())
    shown = [panel.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
             for r in range(panel.proxy.rowCount())]  # fmt: skip
    assert last in shown
    qtmodeltester.check(model)


def test_cancel_mid_import_keeps_whole_articles_and_a_running_window(
    qtbot, ui_settings, corpus: Path, tmp_path: Path
):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'import.sqlite'}")
    files = sorted(corpus.iterdir())[:160]
    window.import_paths([str(p) for p in files])
    qtbot.waitUntil(lambda: window.progress.bar.value() >= 40, timeout=60_000)
    beats: list[bool] = []  # whether the writer was still busy when the GUI thread ran
    heart = QTimer(window, interval=10)
    heart.timeout.connect(lambda: beats.append(window.bridge.busy))
    with qtbot.waitSignal(window.bridge.changed, timeout=60_000):
        qtbot.mouseClick(window.progress.cancel, Qt.MouseButton.LeftButton)
        heart.start()
        assert "linking" in window.progress.label.text().lower()  # what it does after Cancel
        assert not window.progress.cancel.isEnabled()
    heart.stop()
    assert any(beats)  # the event loop ran while the writer linked what was imported
    assert not window.progress.isVisible()
    rows = window.bridge.workspace.article_rows()
    assert 0 < len(rows) < len(files)
    by_origin = {str(p): p for p in files}
    for row in rows:  # every article imported whole: all its figures stored with it
        read = analyse(Source(origin=str(by_origin[row.origin])), None, 60.0, 100_000)
        assert len(window.bridge.workspace.claims(article=row.id)) == len(read.claims) > 0
    snap = window.bridge.snapshot()
    assert len(snap.articles) == len(rows) and snap.groups  # and what is in is linked
    assert window.strip.order == [a.id for a in snap.articles]


def test_the_panes_menu_lists_a_few_and_leads_to_the_articles_list(many, qtbot):
    menu = many.panes_menu
    menu.aboutToShow.emit()
    checkable = [a for a in menu.actions() if a.isCheckable()]
    assert len(checkable) == PANES_MENU_MAX < ARTICLES
    more = next(a for a in menu.actions() if a.text().startswith(f"All {ARTICLES}"))
    many.groups_dock.raise_()  # the Articles tab behind the Groups tab
    with qtbot.waitSignal(many.articles_dock.visibilityChanged, check_params_cb=bool):
        more.trigger()  # brings it to the front


def test_the_window_reads_the_workspace_ahead_and_a_drop_links_as_in_a_fresh_one(
    many, qtbot, corpus: Path, tmp_path: Path
):
    workspace = many.bridge.workspace
    stored = len(many.bridge.snapshot().claims)
    # once the workspace is on screen, the writer reads its figures for the next link
    qtbot.waitUntil(lambda: len(workspace._claims) >= stored, timeout=20_000)
    extra = write_corpus(tmp_path / "extra", ARTICLES + 1)[-1]
    copied(workspace.path, tmp_path / "fresh.sqlite")  # the same workspace, not read ahead
    with qtbot.waitSignal(many.bridge.changed, timeout=60_000):
        many.import_paths([str(extra)])
    qtbot.waitUntil(lambda: not many.bridge.busy)
    fresh = Workspace(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    try:
        assert fresh.import_sources([Source(origin=str(extra))]).added
        expected = {frozenset(g.claims) for g in fresh.snapshot().groups}
    finally:
        fresh.close()
    assert {frozenset(g.claims) for g in workspace.snapshot().groups} == expected
