"""Fixtures and helpers for the window's tests: QSettings in a temporary folder, a real window on a
fresh SQLite workspace (empty or with the seeds), real drops and clicks, modal dialogs driven.

Test modules import the fixtures by name (`from window_fixtures import window, ...`); pytest puts
this folder on sys.path because tests/ui has no __init__.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.settings import WindowSettings
from desktop.workspace import Workspace


@pytest.fixture
def ui_settings(qapp, tmp_path: Path) -> Iterator[Path]:
    """QSettings as INI files under tmp_path/settings, so tests never touch the user's."""
    folder = tmp_path / "settings"
    qapp.setOrganizationName("Evidence Desk Tests")
    qapp.setApplicationName("evidence-desk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


def open_window(qtbot, url: str) -> MainWindow:
    settings = WindowSettings(QSettings())
    window = MainWindow(Workspace(url), settings)
    qtbot.addWidget(window)
    if settings.geometry() is None:
        window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, ui_settings, db_url: str) -> MainWindow:
    """The real window on a fresh, empty SQLite workspace."""
    return open_window(qtbot, db_url)


def import_and_wait(qtbot, window: MainWindow, paths: list[Path | str]) -> None:
    with qtbot.waitSignal(window.bridge.changed, timeout=30_000):
        window.import_paths([str(p) for p in paths])
    # the strip is virtual: the panes in view (and beside it) are built, not every article's
    qtbot.waitUntil(lambda: not window.strip.building and len(window.strip.order) > 0)


@pytest.fixture
def seeded(qtbot, window: MainWindow, seed_files: list[Path]) -> MainWindow:
    """The window with the five seed articles imported."""
    import_and_wait(qtbot, window, seed_files)
    return window


def drag_enter_event(pos: QPointF, mime: QMimeData) -> QDragEnterEvent:
    """A QDragEnterEvent: PySide6 6.12 takes a QPointF (QPoint is deprecated), 6.11 a QPoint."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    rest = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return QDragEnterEvent(pos, *rest)
    except TypeError:
        return QDragEnterEvent(pos.toPoint(), *rest)


def send_drop(target: QWidget, mime: QMimeData, pos: QPointF | None = None) -> QDropEvent:
    """Drag `mime` onto `target` and drop it there, with real Qt events."""
    pos = pos or QPointF(20, 20)
    enter = drag_enter_event(pos, mime)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction | Qt.DropAction.LinkAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop


def figure_point(window: MainWindow, claim_id: int) -> tuple[QWidget, QPoint]:
    """The pane viewport showing a figure, and a point inside the figure (scrolled into view)."""
    claim = window.bridge.snapshot().claim(claim_id)
    window.strip.scroll_to(claim.article)  # into view, and built now if it was not
    pane = window.strip.panes[claim.article]
    pane.reveal(claim_id)
    start, end = pane.span(claim_id)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(start + 1)
    rect = pane.text.cursorRect(cursor)
    return pane.text.viewport(), rect.center()


def click_figure(qtbot, window: MainWindow, claim_id: int, ctrl: bool = False) -> None:
    viewport, point = figure_point(window, claim_id)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, modifier, point)


def char_format_at(window: MainWindow, claim_id: int):
    """The QTextCharFormat the document holds in the middle of a figure."""
    claim = window.bridge.snapshot().claim(claim_id)
    if claim.article not in window.strip.panes:  # out of reach of the view: not built
        window.strip.scroll_to(claim.article)
    pane = window.strip.panes[claim.article]
    start, end = pane.span(claim_id)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition((start + end) // 2 + 1 if end - start > 1 else end)
    return cursor.charFormat()


def when_modal(act: Callable[[QDialog], None]) -> None:
    """Once the modal dialog about to open is up, `act(dialog)`; if `act` fails, the dialog is
    rejected, so its exec() never stays blocked (and the failure still fails the test)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            act(dialog)
        except Exception:
            dialog.reject()  # never leave exec() blocked
            raise

    QTimer.singleShot(0, run)


def choose_printer(dialog: QDialog, name: str) -> str:
    """Pick the queue `name` in a QPrintDialog; returns the queue the dialog shows as chosen."""
    printers = dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText(name))
    return printers.currentText()
