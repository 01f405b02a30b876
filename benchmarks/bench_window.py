"""Window benchmarks, printed as figures (not asserted: timing asserts in unit tests are flaky).

    .venv/bin/python benchmarks/bench_window.py [--runs 5]

1. cold start: a new process until the window is shown with the five seeds in their panes (the
   workspace already holds them, as when a user reopens it), median of several runs; and until
   the chart (pyqtgraph, built after the window is shown) is in its dock;
2. selecting a figure with 10 articles open: until every pane has redrawn its figures;
3. importing 200 articles: the longest gap of a 10 ms QTimer heartbeat on the GUI thread, during
   the import (writer thread) and while the new panes are built afterwards.
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
from PySide6.QtTest import QTest
from desktop.ui.app import application
from desktop.ui.main_window import MainWindow
from desktop.workspace import Workspace
app = application()
w = MainWindow(Workspace(sys.argv[1]))
w.show()
while len(w.strip.panes) < 5:
    app.processEvents()
QTest.qWaitForWindowExposed(w)
app.processEvents()
shown = time.time() - t0
early = "pyqtgraph" in sys.modules  # imported before the window was shown: a regression
while w.chart.panel is None:
    app.processEvents()
print(shown, time.time() - t0, int(early))
w.close()
"""


def _settings(tmp: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))


def cold_start(tmp: Path, runs: int) -> list[tuple[float, float]]:
    from desktop.model import Source
    from desktop.workspace import Workspace

    db = tmp / "seeds.sqlite"
    ws = Workspace(str(db))
    ws.import_sources([Source(origin=str(ROOT / "seeds"))])
    ws.close()
    times = []
    for n in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(db), str(time.time()), str(tmp / f"s{n}")],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        if out.returncode:
            raise SystemExit(out.stderr)
        shown, chart, early = out.stdout.strip().splitlines()[-1].split()
        if early == "1":
            print("note: pyqtgraph was imported before the window was shown")
        times.append((float(shown), float(chart)))
    return times


def _window(db: str):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import WindowSettings
    from desktop.workspace import Workspace

    w = MainWindow(Workspace(db), WindowSettings())
    w.resize(1920, 1080)
    w.show()
    return w


def _wait(app, until, timeout: float = 600.0) -> None:
    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.001)


def select_figure(tmp: Path) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from desktop.model import Source
    from desktop.workspace import Workspace

    db = str(tmp / "ten.sqlite")
    ws = Workspace(db)
    events = ROOT / "tests" / "data" / "events"
    ws.import_sources(
        [Source(origin=str(ROOT / "seeds")), Source(origin=str(events / "bingol_earthquake_2025")),
         Source(origin=str(events / "lisbon_housing_march_2025" / "000_iberiawire.txt"))]
    )  # fmt: skip
    ws.close()
    app = QApplication.instance()
    w = _window(db)
    _wait(app, lambda: len(w.strip.panes) == 10)
    _wait(app, lambda: w.chart.panel is not None)  # built after start-up: not part of a pick
    app.processEvents()
    snap = w.bridge.snapshot()
    grouped = [c for g in snap.groups for c in g.claims]
    times = []
    for claim in grouped * 2:
        start = time.perf_counter()
        w.selection.select_claim(claim)  # every pane redraws, groups panel and chart follow
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    w.close()
    return times


def import_200(tmp: Path) -> tuple[float, float, float, int]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    folder = tmp / "two_hundred"
    folder.mkdir()
    texts = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "events").glob("*/*.txt")
    )
    for n in range(200):
        src = texts[n % len(texts)]
        (folder / f"{n:03d}_{src.name}").write_text(
            f"Copy {n} of {src.stem}\n\n" + src.read_text(encoding="utf-8"), encoding="utf-8"
        )
    app = QApplication.instance()
    w = _window(str(tmp / "import.sqlite"))
    _wait(app, lambda: w.chart.panel is not None)  # as before: the chart is there when files come
    app.processEvents()
    gaps = {"import": 0.0, "panes": 0.0}
    phase = ["import"]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps[phase[0]] = max(gaps[phase[0]], now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(beat)
    timer.start()
    started = time.perf_counter()
    w.import_paths([str(folder)])
    _wait(app, lambda: not w.bridge.busy)
    imported = time.perf_counter() - started
    phase[0] = "panes"
    last[0] = time.perf_counter()
    _wait(app, lambda: len(w.strip.panes) == len(w.bridge.snapshot().articles))
    timer.stop()
    count = len(w.strip.panes)
    w.close()
    return gaps["import"] * 1000, gaps["panes"] * 1000, imported, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--parts", default="start,select,import", help="which figures to measure")
    options = parser.parse_args()
    parts = set(options.parts.split(","))
    tmp = Path(tempfile.mkdtemp(prefix="bench-window."))
    _settings(tmp)
    from desktop.ui.app import application

    application()
    if "start" in parts:
        _print_start(cold_start(tmp, options.runs))
    if "select" in parts:
        picks = select_figure(tmp)
        print(f"select a figure, 10 articles open: median {statistics.median(picks):.1f} ms, "
              f"max {max(picks):.1f} ms over {len(picks)} picks")  # fmt: skip
    if "import" in parts:
        during, after, seconds, count = import_200(tmp)
        print(f"import of 200 articles ({count} panes, {seconds:.1f} s): longest GUI-thread stall "
              f"{during:.0f} ms during the import, {after:.0f} ms building the panes")  # fmt: skip
    return 0


def _print_start(starts: list[tuple[float, float]]) -> None:
    shown = [s for s, _ in starts]
    charted = [c for _, c in starts]
    print(f"cold start to a shown window with the seeds: median {statistics.median(shown):.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in shown)}); chart drawn "
          f"{statistics.median(charted):.2f} s")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
