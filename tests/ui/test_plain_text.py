"""Strings from outside are shown as plain text everywhere in the window: markup in an article, a
title, an outlet or a group name a teammate typed is shown literally and never loads anything.

`<img src="/dev/zero">` in rich text makes Qt read /dev/zero until the app dies; these tests hover
with real QHelpEvents and read back what QToolTip shows."""

# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtGui import QHelpEvent, Qt, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from window_fixtures import figure_point, import_and_wait, ui_settings, window  # noqa: F401

IMG = '<img src="/dev/zero">'
BOLD = "<b>bold</b>"
MARKUP = f"{IMG} {BOLD}"


def shown_as_text(tip: str) -> str:
    """What a user reads in a tooltip: rich text rendered, or the string itself when plain."""
    if not Qt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    assert "<img" not in doc.toHtml().split("<body", 1)[-1], "the tooltip holds an image"
    return doc.toPlainText()


def hover(widget, point: QPoint) -> str:
    """Send a real tooltip event to `widget` at `point`; the text QToolTip then shows."""
    QToolTip.hideText()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def write_articles(folder: Path) -> list[Path]:
    one = folder / "one.txt"
    one.write_text(
        f"Evacuation report {BOLD} {IMG}\n\n"
        f"Officials said {IMG} 4,500 US citizens {BOLD} were evacuated from Kabul.\n",
        encoding="utf-8",
    )
    two = folder / "two.txt"
    two.write_text(
        "Second report on the airlift\n\n"
        "About 6,000 US citizens were evacuated from Kabul, the State Department said.\n",
        encoding="utf-8",
    )
    return [one, two]


def item_tip(view, index: QModelIndex) -> str:
    view.scrollTo(index)
    return hover(view.viewport(), view.visualRect(index).center())


def test_markup_in_articles_and_group_names_is_shown_literally(window, qtbot, tmp_path):
    import_and_wait(qtbot, window, write_articles(tmp_path))
    snap = window.bridge.snapshot()
    assert snap.groups, "the two articles' figures are one group"
    marked = next(a for a in snap.articles if "bold" in a.title)
    claim = next(c for c in snap.claims if c.article == marked.id and c.text.startswith("4,500"))
    assert IMG in claim.sentence
    group = next(g for g in snap.groups if claim.id in g.claims)

    # a teammate renames the group, and the outlet, to markup
    ws = window.bridge.workspace
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        window.bridge.apply(ws.plan_rename(group.id, MARKUP))
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
        window.bridge.apply(ws.plan_edit_article(marked.id, "outlet", f"{BOLD} Wire {IMG}"))
    qtbot.waitUntil(lambda: MARKUP in [g.label for g in window.groups_panel.model.groups])

    # hovering the figure in its pane
    viewport, point = figure_point(window, claim.id)
    text = shown_as_text(hover(viewport, point))
    assert MARKUP in text and "4,500" in text

    # hovering the group, and the figure under it, in the groups panel
    view = window.groups_panel.view
    proxy = view.model()
    top = proxy.index(0, 0)
    assert shown_as_text(item_tip(view, top)).splitlines()[0] == MARKUP
    view.expand(top)
    child = next(
        proxy.index(r, 0, top)
        for r in range(proxy.rowCount(top))
        if proxy.index(r, 0, top).data(Qt.ItemDataRole.UserRole).id == claim.id
    )
    assert IMG in shown_as_text(item_tip(view, child))
    assert BOLD in shown_as_text(item_tip(view, child))

    # the article list and the pane header
    window.articles_dock.show()
    articles = window.articles_panel.view
    row = next(
        articles.model().index(r, 0)
        for r in range(articles.model().rowCount())
        if articles.model().index(r, 0).data(Qt.ItemDataRole.UserRole).id == marked.id
    )
    assert marked.title in shown_as_text(item_tip(articles, row))
    header = window.strip.panes[marked.id].header
    header.resize(900, header.height())
    assert header.source.textFormat() == Qt.TextFormat.PlainText
    assert BOLD in header.source.text() or "…" in header.source.text()
    assert header.title.textFormat() == Qt.TextFormat.PlainText
    assert shown_as_text(header.title.toolTip()) == marked.title
    assert shown_as_text(header.source.toolTip()) == marked.origin


def test_a_file_name_with_markup_in_the_problems_panel_and_status_line(window, qtbot, tmp_path):
    name = "<b>bold<img src=zero>"  # a file name can't hold "/"
    bad = tmp_path / f"{name}.txt"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.bridge.changed, timeout=10_000, raising=False):
        window.import_paths([str(bad)])
    qtbot.waitUntil(lambda: window.problems.count() == 1)
    item = window.problems.list.topLevelItem(0)
    assert name in shown_as_text(item.toolTip(0))
    assert window.message.textFormat() == Qt.TextFormat.PlainText
    assert window.progress.label.textFormat() == Qt.TextFormat.PlainText
