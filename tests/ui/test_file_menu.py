"""The File menu's exports and the Edit article dialog, driven through the window's real menus.

The save dialog is the one thing answered for the test (QFileDialog.getSaveFileName returns a path
in tmp_path); what lands in the file is read back: PDF text with pdftotext, CSV parsed, JSON keys
of the compare contract. The Edit article dialog is the real one, filled and accepted in place.
"""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMenu
from window_fixtures import seeded, ui_settings, window  # noqa: F401

from desktop.ui.dialogs import ArticleDialog


def _menu_action(window, menu_title: str, text: str):
    """The action of a menu bar menu whose text (without '&') starts with `text`."""
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title
    )
    assert isinstance(menu, QMenu)
    for action in menu.actions():
        if action.text().replace("&", "").startswith(text):
            return action
    raise AssertionError(f"no {text!r} in the {menu_title} menu")


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path):
    """Answer the save dialog with tmp_path/<name>; returns a function setting the name."""
    chosen: dict[str, Path] = {}

    def answer(*_args, **_kwargs):
        return str(chosen["path"]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))

    def choose(name: str) -> Path:
        chosen["path"] = tmp_path / name
        return chosen["path"]

    return choose


def _export(qtbot, window, save_to, item: str, name: str) -> Path:
    path = save_to(name)
    _menu_action(window, "File", item).trigger()
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_size > 0, timeout=20_000)
    return path


def test_export_pdf_holds_every_group_label(seeded, qtbot, save_to, pdftext):
    path = _export(qtbot, seeded, save_to, "Export sheet as PDF", "sheet.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = " ".join(pdftext(path).split())
    for group in seeded.bridge.snapshot().groups:
        assert group.label in text


def test_export_html_holds_every_group_label(seeded, qtbot, save_to):
    path = _export(qtbot, seeded, save_to, "Export sheet as HTML", "sheet.html")
    page = path.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith(("<!doctype html", "<html"))
    for group in seeded.bridge.snapshot().groups:
        assert html.escape(group.label, quote=False) in page


def test_export_csv_parses_with_one_row_per_grouped_figure_and_statement(seeded, qtbot, save_to):
    path = _export(qtbot, seeded, save_to, "Export sheet as CSV", "sheet.csv")
    table = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows = [r for r in table if r["kind"] == "figure"]
    quoted = [r for r in table if r["kind"] == "statement"]
    assert len(rows) + len(quoted) == len(table)
    view = seeded.bridge.workspace.statement_view()
    assert view.groups and len(quoted) == sum(len(g.statements) for g in view.groups)
    assert {r["group_id"] for r in quoted} == {f"s{g.id}" for g in view.groups}
    snap = seeded.bridge.snapshot()
    assert {"group_label", "figure", "value", "start", "end", "suspected_slip"} <= set(rows[0])
    assert {r["group_label"] for r in rows} == {g.label for g in snap.groups}
    grouped = [snap.claim(c) for g in snap.groups for c in g.claims]
    assert Counter(r["figure"] for r in rows) == Counter(c.text for c in grouped)
    assert Counter((int(r["start"]), int(r["end"])) for r in rows) == Counter(
        (c.start, c.end) for c in grouped
    )


def test_export_json_follows_the_compare_contract(seeded, qtbot, save_to):
    path = _export(qtbot, seeded, save_to, "Export comparison as JSON", "compare.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"articles", "claims", "groups"} <= set(data)
    snap = seeded.bridge.snapshot()
    assert len(data["articles"]) == len(snap.articles)
    assert {"id", "path", "title", "outlet", "published", "text"} <= set(data["articles"][0])
    assert {"id", "label", "claims", "min", "max", "status"} <= set(data["groups"][0])
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for claim in data["claims"]:
        assert texts[claim["article"]][claim["start"] : claim["end"]] == claim["text"]


def test_edit_article_dialog_changes_outlet_title_and_date(seeded, qtbot):
    snap = seeded.bridge.snapshot()
    article = snap.articles[2]
    claim = next(c for c in snap.claims if c.article == article.id)
    seeded.selection.select_claim(claim.id)  # Edit article… means the picked figure's article
    seen: list[str] = []

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ArticleDialog):
            QTimer.singleShot(20, fill_and_accept)  # not shown yet
            return
        seen.append(dialog.title.text())
        dialog.outlet.clear()
        qtbot.keyClicks(dialog.outlet, "The Kabul Courier")
        dialog.title.setText("Evacuation: the last flights")
        dialog.has_date.setChecked(True)
        dialog.date.setDate(QDate(2021, 9, 3))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_accept)
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        _menu_action(seeded, "Edit", "Edit article").trigger()
    assert seen == [article.title]
    row = next(a for a in seeded.bridge.workspace.article_rows() if a.id == article.id)
    assert row.outlet == "The Kabul Courier"
    assert row.title == "Evacuation: the last flights"
    assert row.published is not None and row.published.isoformat() == "2021-09-03"
    header = seeded.strip.panes[article.id].header
    qtbot.waitUntil(lambda: "The Kabul Courier" in header.source._full)

    # undo puts the article back as it was
    with qtbot.waitSignal(seeded.bridge.changed, timeout=10_000):
        seeded.editing.undo.trigger()
    row = next(a for a in seeded.bridge.workspace.article_rows() if a.id == article.id)
    assert (row.outlet, row.title) == (article.outlet, article.title)


def test_edit_article_dialog_cancelled_changes_nothing(seeded, qtbot):
    before = seeded.bridge.workspace.article_rows()

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ArticleDialog):
            QTimer.singleShot(20, cancel)
            return
        dialog.title.setText("Not kept")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, cancel)
    _menu_action(seeded, "Edit", "Edit article").trigger()
    qtbot.wait(100)
    assert seeded.bridge.workspace.article_rows() == before
    assert seeded.undo_stack.count() == 0


def test_export_pdf_runs_off_the_gui_thread_and_cancel_leaves_no_file(seeded, qtbot, tmp_path):
    seen: list[str] = []
    seeded.files.exporter._progressed.connect(  # called where the page is painted
        lambda *_: seen.append(threading_name()), Qt.ConnectionType.DirectConnection
    )
    path = tmp_path / "cancelled.pdf"
    with qtbot.waitSignal(seeded.files.exporter.finished, timeout=20_000) as said:
        assert seeded.files.export_pdf_to(str(path))
        assert seeded.export_progress.isVisible()
        qtbot.mouseClick(seeded.export_progress.cancel, Qt.MouseButton.LeftButton)
    assert said.args == ["Exporting PDF: cancelled"]
    assert not path.exists() and not list(tmp_path.glob("*.part"))
    path = tmp_path / "done.pdf"
    with qtbot.waitSignal(seeded.files.exporter.finished, timeout=20_000):
        assert seeded.files.export_pdf_to(str(path))
    assert path.read_bytes().startswith(b"%PDF")
    assert not seeded.export_progress.isVisible()
    assert seen and "exporter" in seen[0]  # pages were painted on the exporter's thread


def threading_name() -> str:
    import threading

    return threading.current_thread().name
