"""Screenshots of the window at laptop and desktop sizes, light and dark, for people to look at.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        scripts/layout_shots.py [OUT]

For 1024×768, 1280×720, 1366×768 and 1920×1080, light and dark, a first run on the five seeds
with a diverging group picked: OUT/<w>x<h>-<light|dark>.png, plus the chart collapsed at
1280×720. Prints what to check beside each: the groups dock's width, whether the Status column
is in view, how many panes are in view and how many characters a line they hold. OUT defaults to
a new temporary folder; nothing is written into the repository.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from window_shots import dark_palette, dispose, first_run_window, wait  # noqa: E402

from desktop.model import Source  # noqa: E402
from desktop.ui.app import application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.workspace import Workspace  # noqa: E402

SIZES = ((1024, 768), (1280, 720), (1366, 768), (1920, 1080))


def measure(w: MainWindow) -> str:
    view = w.groups_panel.view
    header = view.header()
    status_end = header.sectionViewportPosition(3) + header.sectionSize(3)
    shown = [p for p in w.strip.panes.values() if p.isVisible() and not p.visibleRegion().isEmpty()]
    whole = [p for p in shown if p.visibleRegion().boundingRect().width() >= p.width() - 2]
    chars = [
        p.text.viewport().width() // max(p.text.fontMetrics().averageCharWidth(), 1) for p in whole
    ]
    return (
        f"groups dock {w.groups_dock.width()} px, Group column {header.sectionSize(0)} px, "
        f"Status in view: {status_end <= view.viewport().width()}; "
        f"{len(whole)} whole panes in view, {chars} characters a line; "
        f"chart {w.chart_dock.height()} px, panes {w.strip.height()} px high"
    )


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="evidence-layout."))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = application()
    app.setFont(QFont("DejaVu Sans", 9))
    light = app.palette()
    db = tmp / "seeds.sqlite"
    ws = Workspace(str(db))
    ws.import_sources([Source(origin=str(ROOT / "seeds"))])
    snap = ws.snapshot()
    ws.close()
    group = next(g for g in snap.groups if g.status == "diverging" and len(g.articles) >= 3)
    first = min(group.claims, key=lambda c: (snap.claim(c).article, snap.claim(c).start))
    for n, (width, height) in enumerate(SIZES):
        for theme in ("light", "dark"):
            app.setPalette(dark_palette() if theme == "dark" else light)
            folder = tmp / f"settings-{n}-{theme}"  # a first run at each size
            w = first_run_window(db, folder, width, height)
            wait(lambda w=w: w.strip.panes and not w.strip.building and w.chart.panel is not None)
            w.selection.select_claim(first, origin=None)
            QTest.qWait(600)
            name = f"{width}x{height}-{theme}"
            w.grab().save(str(out / f"{name}.png"))
            print(f"{name}: {measure(w)}")
            if (width, height, theme) == (1280, 720, "light"):
                w.chart_bar.set_collapsed(True)
                QTest.qWait(400)
                w.grab().save(str(out / f"{name}-chart-collapsed.png"))
                print(f"{name} chart collapsed: {measure(w)}")
                w.chart_bar.set_collapsed(False)
                QTest.qWait(400)
                w.grab().save(str(out / f"{name}-chart-opened.png"))
                print(f"{name} chart opened again: {measure(w)}")
            dispose(w)
    print(f"pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="shots."))))
