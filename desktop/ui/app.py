"""Start the desktop application: QApplication, the workspace to open, the window, files to import.

`run(files, db)` is what `evidence-desk` calls for its GUI branch; it returns the exit code. The
workspace is `db` when given, else the last one used (QSettings), else the default in the user's
data folder. Files named on the command line are imported through the window, in the background.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.model import WorkspaceUnavailable
from desktop.ui.main_window import MainWindow
from desktop.ui.plain import plain_message
from desktop.ui.settings import WindowSettings
from desktop.workspace import Workspace, default_url

log = logging.getLogger(__name__)

ORGANIZATION = "Evidence Desk"
APPLICATION = "evidence-desk"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def application() -> QApplication:
    """The QApplication, named for QSettings, with the app's icon and style sheet."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Evidence Desk")
    app.setDesktopFileName(APPLICATION)
    icon = RESOURCES / "icons" / "evidence-desk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = RESOURCES / "style.qss"
    if style.exists() and not app.styleSheet():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def open_workspace(db: str | None, settings: WindowSettings) -> Workspace:
    """`db`, else the last workspace, else the default; a last one that fails falls back."""
    if db:
        return Workspace(db)
    last = settings.last_workspace()
    if last:
        try:
            return Workspace(last)
        except Exception:
            log.exception("could not reopen %s; opening the default workspace", last)
    return Workspace(default_url())


def run(files: Sequence[str], db: str | None) -> int:
    """Show the window on the workspace, import `files`, run until the window closes."""
    app = application()
    settings = WindowSettings(QSettings())
    try:
        workspace = open_workspace(db, settings)
    except WorkspaceUnavailable as problem:
        text = f"Could not open the workspace {problem.location}:\n{problem.reason}"
        plain_message(QMessageBox.Icon.Critical, "Evidence Desk", text).exec()
        return 2
    except Exception as error:
        log.exception("could not open the workspace")
        text = f"Could not open the workspace:\n{error}"
        plain_message(QMessageBox.Icon.Critical, "Evidence Desk", text).exec()
        return 1
    window = MainWindow(workspace, settings)
    window.show()
    if workspace.needs_reanalysis():
        window.importer.bring_up_to_date()
    if files:
        window.import_paths([str(f) for f in files])
    code = app.exec()
    window.deleteLater()
    return code
