"""Screenshots of the real window on the seeds, for people to look at (and the README).

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" python tests/ui/window_shots.py OUT

Saves OUT/empty.png (first run), OUT/seeds.png (the seeds, no group picked), OUT/group.png (a
diverging group picked in a pane), OUT/dark.png (the same in a dark palette) and OUT/search.png
(the groups filtered). Settings and the workspace live in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.model import GroupRow  # noqa: E402
from desktop.ui.app import application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import WindowSettings  # noqa: E402
from desktop.workspace import Workspace  # noqa: E402


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e3e3e3",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#2f3136",
        QPalette.ColorRole.Text: "#e3e3e3",
        QPalette.ColorRole.Button: "#34363b",
        QPalette.ColorRole.ButtonText: "#e3e3e3",
        QPalette.ColorRole.Highlight: "#3d6fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#45484e",
        QPalette.ColorRole.Midlight: "#3a3d42",
        QPalette.ColorRole.PlaceholderText: "#9a9ca1",
        QPalette.ColorRole.ToolTipBase: "#34363b",
        QPalette.ColorRole.ToolTipText: "#e3e3e3",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b7e84"))
    return p


def wait(until, timeout: float = 30.0) -> None:
    """Let the window work until `until()` holds (at most `timeout` seconds)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and not until():
        QTest.qWait(50)


def first_run_window(db: Path, settings: Path, width: int, height: int) -> MainWindow:
    """The window on workspace `db` as a first run shows it (settings kept in a folder of their
    own), at `width`×`height`, on screen."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    window = MainWindow(Workspace(str(db)), WindowSettings(QSettings()))
    window.move(0, 0)
    window.resize(width, height)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def dispose(window: MainWindow) -> None:
    """Close and delete a window now: pyqtgraph items left to interpreter exit can crash it."""
    window.close()
    window.deleteLater()
    QTest.qWait(50)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="evidence-shots."))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = application()
    app.setFont(QFont("DejaVu Sans", 9))  # screenshots independent of the fonts installed
    window = MainWindow(Workspace(str(tmp / "seeds.sqlite")), WindowSettings(QSettings()))
    window.move(0, 0)
    window.resize(1920, 1080)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(400)
    window.grab().save(str(out / "empty.png"))

    window.import_paths([str(p) for p in sorted((ROOT / "seeds").iterdir())])
    wait(
        lambda: (
            len(window.strip.order) == 5 and not window.strip.building and not window.bridge.busy
        ),
        timeout=120.0,  # a loaded machine imports slowly
    )
    wait(lambda: window.chart.panel is not None, timeout=120.0)
    QTest.qWait(500)
    window.grab().save(str(out / "seeds.png"))

    def picked() -> GroupRow | None:
        """The group to show: the seeds' evacuation count, else any that diverges across three
        articles (none until the import has linked the figures)."""
        groups = window.bridge.snapshot().groups
        wide = [g for g in groups if g.status == "diverging" and len(g.articles) >= 3]
        return next((g for g in groups if g.label == "Americans evacuated / left"), None) or next(
            iter(wide), None
        )

    wait(lambda: picked() is not None, timeout=120.0)  # a loaded machine links slowly
    group = picked()
    assert group is not None, "the seeds hold no diverging group across three articles"
    snap = window.bridge.snapshot()
    first = min(group.claims, key=lambda c: (snap.claim(c).article, snap.claim(c).start))
    window.selection.select_claim(first, origin=None)
    window.groups_panel.view.expand(
        window.groups_panel.proxy.mapFromSource(window.groups_panel.model.group_index(group.id))
    )
    QTest.qWait(500)
    window.grab().save(str(out / "group.png"))

    window.groups_panel.search.setText("americans")
    QTest.qWait(300)
    window.grab().save(str(out / "search.png"))
    dispose(window)

    # a dark desktop: the palette is the system's before the window is made
    app.setPalette(dark_palette())
    dark = MainWindow(Workspace(str(tmp / "seeds.sqlite")), WindowSettings(QSettings()))
    dark.move(0, 0)
    dark.resize(1920, 1080)
    dark.show()
    QTest.qWaitForWindowExposed(dark)
    wait(lambda: dark.strip.panes and not dark.strip.building and dark.chart.panel is not None)
    dark.selection.select_claim(first, origin=None)
    QTest.qWait(500)
    dark.grab().save(str(out / "dark.png"))
    dispose(dark)
    return 0


if __name__ == "__main__":
    sys.exit(
        main(
            Path(
                sys.argv[1]
                if len(sys.argv) > 1
                else Path(tempfile.mkdtemp(prefix="evidence-shots."))
            )
        )
    )
