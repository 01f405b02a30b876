"""Edit and export benchmarks of the window, printed as figures (not asserted: timing asserts in
unit tests are flaky).

    .venv/bin/python benchmarks/bench_edits.py [--runs 20]

1. a link edit with 50 articles open: from the gesture (Edit > Link selected figures, two lone
   figures picked) until the groups panel, panes and chart have taken the change and the groups
   panel has repainted; then Ctrl+Z the same way. Median and worst of `--runs` each (target:
   median ≤ 100 ms).
2. exporting the 1,000-group comparison sheet as PDF from the window: the window's exporter
   thread builds and paints the synthetic sheet of bench_sheet.py (the job `export_pdf_to` runs,
   with that sheet in place of the workspace's); the longest gap of a 10 ms QTimer heartbeat on
   the GUI thread while it runs (target: no gap over 100 ms), and the export's wall time.
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _settings(tmp: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))


def _wait(app, until, timeout: float = 600.0) -> None:
    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.0005)


def _fifty_articles(db: str) -> None:
    """50 distinct articles: the seeds and the test events, each again with a line of its own."""
    from desktop.model import Source
    from desktop.workspace import Workspace

    files = sorted((ROOT / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests" / "data" / "events").rglob("*.txt"))
    sources = []
    n = 0
    while len(sources) < 50:
        for f in files:
            if len(sources) == 50:
                break
            text = f.read_text(encoding="utf-8") + f"\n\nEdition {n}.\n"
            sources.append(Source(origin=f"bench/{n:02d}_{f.name}", data=text.encode()))
            n += 1
    ws = Workspace(db)
    ws.import_sources(sources)
    ws.close()


def _shown_window(db: str):
    """The window on the workspace `db` at 1920×1080, every pane built and the chart loaded."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import WindowSettings
    from desktop.workspace import Workspace

    app = QApplication.instance()
    w = MainWindow(Workspace(db), WindowSettings())
    w.resize(1920, 1080)
    w.show()
    _wait(app, lambda: bool(w.strip.order) and not w.strip.building)  # the panes in view
    _wait(app, lambda: w.chart.panel is not None)
    app.processEvents()
    return w


def link_edit(tmp: Path, runs: int) -> tuple[list[float], list[float], int]:
    from PySide6.QtWidgets import QApplication

    db = str(tmp / "fifty.sqlite")
    _fifty_articles(db)
    app = QApplication.instance()
    w = _shown_window(db)
    snap = w.bridge.snapshot()
    grouped = {c for g in snap.groups for c in g.claims}
    lone = [c.id for c in snap.claims if c.id not in grouped]
    links, undos = [], []

    def timed(act) -> float:
        done = []

        def heard(*_: object) -> None:
            done.append(1)

        w.bridge.changed.connect(heard)  # after the views' slots: they have run when it is heard
        start = time.perf_counter()
        act()
        _wait(app, lambda: bool(done))
        app.processEvents()  # the views' follow-ups queued by the change
        w.groups_panel.view.viewport().repaint()  # the panel painted, not only scheduled
        took = (time.perf_counter() - start) * 1000
        w.bridge.changed.disconnect(heard)
        return took

    for i in range(runs):
        a, b = lone[(2 * i) % len(lone)], lone[(2 * i + 1) % len(lone)]
        w.selection.select_claim(a)
        w.selection.select_claim(b, additive=True)
        app.processEvents()
        links.append(timed(w.editing.link.trigger))
        undos.append(timed(w.editing.undo.trigger))
    count = len(snap.articles)
    w.close()
    return links, undos, count


def export_stall(tmp: Path, groups: int) -> tuple[float, float, int]:
    from bench_sheet import synthetic
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.model import Source
    from desktop.sheets import build_sheet
    from desktop.ui.printing import render_pdf
    from desktop.workspace import Workspace

    # the window on the seeds, exporting the synthetic 1,000-group sheet of bench_sheet.py
    # through its exporter (the job is the one `export_pdf_to` runs, on the synthetic sheet)
    db = str(tmp / "seeds.sqlite")
    ws = Workspace(db)
    ws.import_sources([Source(origin=str(ROOT / "seeds"))])
    ws.close()
    snap = synthetic(groups)
    app = QApplication.instance()
    w = _shown_window(db)
    gap, last = [0.0], [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gap[0] = max(gap[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    finished = []
    w.files.exporter.finished.connect(finished.append)
    path = str(tmp / "thousand.pdf")

    def job(progress, cancel) -> int:
        return render_pdf(build_sheet(snap, "benchmark"), path, progress=progress, cancel=cancel)

    # the same heartbeat with nothing running first: on a shared machine the neighbours'
    # load shows as gaps too, and the export's gap means something only beside this one
    last[0] = time.perf_counter()
    timer.start()
    idle_end = time.perf_counter() + 3.0
    _wait(app, lambda: time.perf_counter() > idle_end)
    idle, gap[0] = gap[0], 0.0
    print(f"   (idle GUI thread, 3 s: longest heartbeat gap {idle * 1000:.0f} ms)")
    start = time.perf_counter()
    last[0] = start
    w.files.exporter.run("Exporting PDF", job, lambda pages: f"Exported {pages} pages")
    _wait(app, lambda: bool(finished))
    took = time.perf_counter() - start
    timer.stop()
    print(f"   ({finished[0]})")
    w.close()
    return gap[0] * 1000, took, len(snap.groups)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--groups", type=int, default=1000)
    options = parser.parse_args()
    from desktop.ui.app import application

    tmp = Path(tempfile.mkdtemp(prefix="bench-edits."))
    _settings(tmp)
    application()
    links, undos, articles = link_edit(tmp, options.runs)
    print(
        f"link edit, {articles} articles open: median {statistics.median(links):.1f} ms, "
        f"worst {max(links):.1f} ms; its undo: median {statistics.median(undos):.1f} ms, "
        f"worst {max(undos):.1f} ms ({options.runs} runs; target median ≤ 100 ms)"
    )
    stall, took, groups = export_stall(tmp, options.groups)
    print(
        f"PDF export of the sheet ({groups} groups): longest GUI-thread stall {stall:.0f} ms "
        f"(target ≤ 100 ms), export {took:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
