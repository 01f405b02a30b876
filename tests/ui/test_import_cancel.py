"""A URL import in the window that a server drips out: Cancel stops it within a second, closing
the window during it is prompt, and nothing escapes from the writer thread. And a workspace that
can't be opened is a dialog naming it. The timing asserts are the ones the issue asks for, with
generous margins."""

# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from window_fixtures import open_window, ui_settings, when_modal, window  # noqa: F401


class Dripping(BaseHTTPRequestHandler):
    stop = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            while not self.stop.wait(0.1):
                self.wfile.write(b"1 ")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def dripping() -> Iterator[str]:
    Dripping.stop.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Dripping)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/news"
    Dripping.stop.set()
    httpd.shutdown()
    httpd.server_close()


def test_cancel_stops_a_dripping_url_within_a_second(window, qtbot, dripping):
    window.import_paths([dripping])
    qtbot.waitUntil(window.progress.isVisible)
    qtbot.wait(300)  # the fetch is under way
    assert window.bridge.busy
    started = time.monotonic()
    with qtbot.waitSignal(window.bridge.changed, timeout=5_000):
        qtbot.mouseClick(window.progress.cancel, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 1.0
    assert not window.bridge.busy and window.articles_model.rowCount() == 0
    # the writer is free again: an edit after it is made at once
    assert window.bridge.workspace.article_rows() == []


def test_closing_the_window_during_an_import_is_prompt(qtbot, ui_settings, db_url, dripping):
    window = open_window(qtbot, db_url)
    window.import_paths([dripping])
    window.bridge.reorder_articles([])  # queued behind the import: cancelled by the close
    qtbot.waitUntil(window.progress.isVisible)
    qtbot.wait(300)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    qtbot.wait(100)  # deliver what the writer finished: no CancelledError from a dropped job


def test_opening_another_programs_database_is_a_dialog(window, qtbot, tmp_path: Path):
    theirs = tmp_path / "contacts.db"
    with sqlite3.connect(theirs) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.close()
    before = theirs.read_bytes()
    seen: list[str] = []

    def read_and_close(box) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        seen.append(box.text())
        box.close()

    when_modal(read_and_close)
    assert window.files.open_workspace(str(theirs)) is False
    assert seen and "contacts.db" in seen[0] and "another program" in seen[0]
    assert theirs.read_bytes() == before


def test_opening_another_workspace_during_an_import_cancels_it(window, qtbot, dripping, tmp_path):
    window.import_paths([dripping])
    qtbot.waitUntil(window.progress.isVisible)
    qtbot.wait(300)  # the fetch is under way
    old = window.bridge.workspace
    started = time.monotonic()
    assert window.files.open_workspace(str(tmp_path / "other.sqlite"))
    assert time.monotonic() - started < 2.0  # not blocked until the server gives up
    assert window.bridge.workspace is not old
    qtbot.waitUntil(lambda: not window.bridge.busy and not window.progress.isVisible())
    assert window.bridge.workspace.article_rows() == []
