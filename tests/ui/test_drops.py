"""Drops and pastes import articles: files, folders, text, HTML, and a URL from a local server."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

import http.server
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QUrl
from PySide6.QtGui import QDragLeaveEvent
from PySide6.QtWidgets import QApplication
from window_fixtures import drag_enter_event, seeded, send_drop, ui_settings, window  # noqa: F401

ARTICLE = (
    "Storm leaves thousands without power\n\n"
    "More than 12,000 homes lost power on Tuesday, the utility said. By evening about 3,400 "
    "homes were still dark, and 45 crews were working through the night.\n"
)


def drop_and_wait(qtbot, window, mime: QMimeData) -> None:
    with qtbot.waitSignal(window.bridge.changed, timeout=30_000):
        drop = send_drop(window.drop_area, mime)
        assert drop.isAccepted()


def test_dropped_files_become_articles(window, qtbot, seed_files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in seed_files[:2]])
    drop_and_wait(qtbot, window, mime)
    assert window.articles_model.rowCount() == 2
    qtbot.waitUntil(lambda: len(window.strip.panes) == 2)
    assert "2 articles" in window.counts.text()


def test_a_dropped_folder_is_imported_recursively(window, qtbot, seed_files, tmp_path):
    nested = tmp_path / "case" / "deeper"
    nested.mkdir(parents=True)
    for i, path in enumerate(seed_files):
        shutil.copy(path, (nested if i % 2 else tmp_path / "case") / path.name)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "case"))])
    drop_and_wait(qtbot, window, mime)
    assert window.articles_model.rowCount() == len(seed_files)


def test_dropped_text_becomes_an_article_titled_by_its_first_line(window, qtbot):
    mime = QMimeData()
    mime.setText(ARTICLE)
    drop_and_wait(qtbot, window, mime)
    (article,) = window.bridge.workspace.article_rows()
    assert article.title.startswith("Storm leaves thousands")
    assert any(c.text.startswith("More than 12,000") for c in window.bridge.workspace.claims())


def test_a_dropped_html_fragment_becomes_an_article(window, qtbot):
    mime = QMimeData()
    body = ARTICLE.replace("\n\n", "</h1><p>", 1)
    mime.setHtml(f"<html><body><h1>{body}</p></body></html>")
    mime.setText(ARTICLE)
    drop_and_wait(qtbot, window, mime)
    (article,) = window.bridge.workspace.article_rows()
    assert "12,000 homes" in article.text
    assert "<p>" not in article.text


@pytest.fixture
def served(tmp_path: Path):
    """A local HTTP server on 127.0.0.1 serving tmp_path/www; yields its base URL."""
    www = tmp_path / "www"
    www.mkdir()
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[2:] if line)
    (www / "storm.html").write_text(
        "<html><head><title>Storm leaves thousands without power</title>"
        '<meta property="og:site_name" content="Valley Ledger"></head><body><article>'
        f"<h1>Storm leaves thousands without power</h1>{paragraphs * 3}</article></body></html>",
        encoding="utf-8",
    )

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(www), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_dropped_url_is_fetched_and_read(window, qtbot, served):
    mime = QMimeData()
    mime.setUrls([QUrl(f"{served}/storm.html")])
    drop_and_wait(qtbot, window, mime)
    (article,) = window.bridge.workspace.article_rows()
    assert "12,000" in article.text
    assert article.origin.endswith("/storm.html")


def test_a_url_that_fails_is_listed_with_its_reason(window, qtbot, served):
    mime = QMimeData()
    mime.setUrls([QUrl(f"{served}/missing.html")])
    drop_and_wait(qtbot, window, mime)
    assert window.articles_model.rowCount() == 0
    assert "missing.html" in window.import_problems_text()


def test_a_failed_file_is_listed_while_the_others_import(window, qtbot, seed_files, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (seed_files[0], empty, seed_files[1])])
    drop_and_wait(qtbot, window, mime)
    assert window.articles_model.rowCount() == 2
    text = window.import_problems_text()
    assert "empty.txt" in text and ":" in text
    assert window.problems_dock.isVisible()
    assert not window.problems_dock.isModal()  # a panel, not a dialog: the window stays usable
    assert "refused" in window.problems_button.text()


def test_dragging_over_the_window_shows_where_it_lands(window, qtbot):
    mime = QMimeData()
    mime.setText("some text")
    enter = drag_enter_event(QPointF(30, 30), mime)
    QApplication.sendEvent(window.drop_area, enter)
    assert enter.isAccepted()
    assert window.drop_area.overlay.isVisible()
    QApplication.sendEvent(window.drop_area, QDragLeaveEvent())
    assert not window.drop_area.overlay.isVisible()


def test_the_empty_window_says_what_to_do(window):
    assert window.empty.isVisible()
    texts = " ".join(label.text() for label in window.empty.findChildren(type(window.counts)))
    assert "Drop articles here" in texts


def test_paste_turns_clipboard_text_into_an_article(window, qtbot):
    QApplication.clipboard().setText(ARTICLE)
    with qtbot.waitSignal(window.bridge.changed, timeout=30_000):
        window.paste.trigger()
    assert window.articles_model.rowCount() == 1
    assert window.strip.isVisible()


def test_cancel_stops_an_import_and_keeps_what_is_in(window, qtbot, seed_files):
    with qtbot.waitSignal(window.bridge.changed, timeout=30_000):
        window.import_paths([str(p) for p in seed_files])
        window.progress.cancel.click()
    assert window.articles_model.rowCount() < len(seed_files)
    assert not window.progress.isVisible()


def test_two_pastes_make_two_articles_named_by_their_first_lines(window, qtbot):
    from PySide6.QtCore import Qt

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    second = "Airlift ends\n\nThe last flight carried 1,200 people, officials said on Monday.\n"
    for text in (f"Kabul evacuation\n\n{ARTICLE}", second, second):
        QApplication.clipboard().setText(text)
        with qtbot.waitSignal(window.bridge.changed, timeout=30_000):
            qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = window.bridge.workspace.article_rows()
    assert sorted(r.title for r in rows) == ["Airlift ends", "Kabul evacuation"]  # not replaced
    assert window.articles_model.rowCount() == 2  # the same text pasted again is not a third
    assert window.undo_stack.count() == 0  # and nothing was removed behind the user's back
