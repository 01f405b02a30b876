"""Window benchmarks, printed as figures (not asserted: timing asserts in unit tests are flaky).

    .venv/bin/python benchmarks/bench_window.py [--runs 5]

1. cold start: a new process until the window is shown with the five seeds in their panes (the
   workspace already holds them, as when a user reopens it), median of several runs; and until
   the chart (pyqtgraph, built after the window is shown) is in its dock;
2. selecting a figure with 10 articles open: until every pane has redrawn its figures;
3. importing 200 articles: the longest gap of a 10 ms QTimer heartbeat on the GUI thread, during
   the import (writer thread) and while the new panes are built afterwards.
4. at scale (`--parts scale`; `--articles N`, 1,000 by default), on the synthetic corpus of
   `corpus.py` at 1920×1080: opening the workspace to a usable window (in a fresh process, from
   opening the workspace until the window is shown with its panes in view built and the groups
   panel filled; Python's imports excluded, reported apart); selecting a group in the groups
   panel until every view has repainted (groups, panes, chart, actions); and the longest
   GUI-thread stall during an import of all N files from the window (a 10 ms heartbeat's largest
   gap, while the writer imports and then while the window shows the result), then the same for
   an import cancelled a third of the way through (until the window is idle again).
Runs offscreen unless QT_QPA_PLATFORM says otherwise.

    .venv/bin/python benchmarks/bench_window.py --parts scale --runs 5
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
while not w.strip.panes or w.strip.building:  # the panes in view (the strip is virtual)
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


SCALE_CHILD = r"""
import statistics, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from desktop.ui.app import application
from desktop.ui.main_window import MainWindow
from desktop.workspace import Workspace
app = application()
imports = time.perf_counter() - t0
start = time.perf_counter()
w = MainWindow(Workspace(sys.argv[1]))
w.resize(1920, 1080)
w.show()
while w.groups_panel.model.rowCount() == 0 or w.strip.building or not w.strip.panes:
    app.processEvents()
app.processEvents()
opened = time.perf_counter() - start
while w.chart.panel is None:  # the chart comes after the window: in place before picking
    app.processEvents()
app.processEvents()
panel, picks = w.groups_panel, []
for row in range(min(panel.proxy.rowCount(), 12)):
    index = panel.proxy.index(row, 0)
    begun = time.perf_counter()
    panel.view.setCurrentIndex(index)  # as a click on the row: every view follows
    app.processEvents()
    w.repaint()
    picks.append((time.perf_counter() - begun) * 1000)
print(opened, imports, statistics.median(picks), max(picks), len(w.strip.panes))
w.close()
"""


def scale_workspace(tmp: Path, articles: int) -> tuple[Path, Path]:
    """The synthetic corpus of `articles` files and a workspace holding it (made once)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import write_corpus

    from desktop.model import Source
    from desktop.workspace import Workspace

    folder = tmp / f"corpus_{articles}"
    if not folder.exists():
        write_corpus(folder, articles)
    db = tmp / f"scale_{articles}.sqlite"
    if not db.exists():
        ws = Workspace(str(db))
        ws.import_sources([Source(origin=str(folder))])
        ws.close()
    return folder, db


def open_and_select(db: Path, tmp: Path, runs: int) -> list[tuple[float, ...]]:
    """Per run, in a fresh process: open seconds, import seconds, median and longest pick ms,
    panes built."""
    out = []
    for n in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", SCALE_CHILD, str(db), str(tmp / f"scale_settings{n}")],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        if done.returncode:
            raise SystemExit(done.stderr)
        out.append(tuple(float(x) for x in done.stdout.strip().splitlines()[-1].split()))
    return out


def import_stalls(folder: Path, tmp: Path, cancel_at: float | None) -> tuple[float, float, float]:
    """Import every file of `folder` from the window (cancelled after that share of the files,
    if given): the longest heartbeat gap while the writer works and then until the window is
    idle (ms), and the seconds from the start (or from Cancel) until the window is idle."""
    import uuid

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    w = _window(str(tmp / f"import_{uuid.uuid4().hex[:8]}.sqlite"))
    _wait(app, lambda: w.chart.panel is not None)
    app.processEvents()
    files = sorted(str(p) for p in folder.iterdir())
    heart = Heartbeat("writer")
    started = time.perf_counter()
    w.import_paths(files)
    if cancel_at is not None:
        _wait(app, lambda: w.progress.bar.value() >= cancel_at * len(files))
        started = time.perf_counter()
        w.progress.cancel.click()
    _wait(app, lambda: not w.bridge.busy)
    heart.phase("after")
    end = time.perf_counter() + 0.3  # and what the views do with the result
    _wait(app, lambda: time.perf_counter() > end and not w.strip.building)
    heart.stop()
    idle = time.perf_counter() - started
    w.close()
    return heart.gaps["writer"], heart.gaps["after"], idle


class Heartbeat:
    """A 10 ms QTimer on the GUI thread; `gaps` holds the longest gap (ms) in each phase."""

    def __init__(self, phase: str) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: dict[str, float] = {}
        self.phase(phase)
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def phase(self, name: str) -> None:
        self._phase = name
        self.gaps.setdefault(name, 0.0)
        self._last = time.perf_counter()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps[self._phase] = max(self.gaps[self._phase], (now - self._last) * 1000)
        self._last = now


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
    _wait(app, lambda: len(w.strip.order) == 10 and not w.strip.building)
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
    heart = Heartbeat("import")
    started = time.perf_counter()
    w.import_paths([str(folder)])
    _wait(app, lambda: not w.bridge.busy)
    imported = time.perf_counter() - started
    heart.phase("panes")
    _wait(app, lambda: bool(w.strip.order) and not w.strip.building)  # the panes in view
    heart.stop()
    count = len(w.strip.panes)
    w.close()
    return heart.gaps["import"], heart.gaps["panes"], imported, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--parts", default="start,select,import", help="figures to measure (and: scale)"
    )
    parser.add_argument("--articles", type=int, default=1000, help="workspace size for scale")
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
    if "scale" in parts:
        _print_scale(tmp, options.articles, options.runs)
    return 0


def _print_scale(tmp: Path, articles: int, runs: int) -> None:
    med = statistics.median
    folder, db = scale_workspace(tmp, articles)
    rows = open_and_select(db, tmp, runs)
    opened, imports, picks, worst, panes = (list(c) for c in zip(*rows, strict=True))
    print(f"{articles:,} articles, medians of {runs} runs (each run's figures in brackets):")
    print(f"  open to a usable window, groups panel filled: {med(opened):.2f} s "
          f"[{', '.join(f'{t:.2f}' for t in opened)}] (+ {med(imports):.2f} s of imports; "
          f"{med(panes):.0f} panes built)")  # fmt: skip
    runs_text = ", ".join(f"{t:.0f}" for t in picks)
    print(f"  select a group, every view repainted: {med(picks):.0f} ms [{runs_text}], "
          f"longest pick {max(worst):.0f} ms")  # fmt: skip
    full = [import_stalls(folder, tmp, None) for _ in range(runs)]
    writer, after, idle = (list(c) for c in zip(*full, strict=True))
    print(f"  import of {articles:,} files from the window: longest GUI-thread stall "
          f"{med(writer):.0f} ms while importing [{', '.join(f'{t:.0f}' for t in writer)}], "
          f"{med(after):.0f} ms while showing the result [{', '.join(f'{t:.0f}' for t in after)}]; "
          f"{med(idle):.1f} s until idle")  # fmt: skip
    cut = [import_stalls(folder, tmp, 1 / 3) for _ in range(runs)]
    writer, after, idle = (list(c) for c in zip(*cut, strict=True))
    worst = [max(a, b) for a, b in zip(writer, after, strict=True)]
    print(f"  the same cancelled a third of the way: longest stall {med(worst):.0f} ms "
          f"[{', '.join(f'{t:.0f}' for t in worst)}]; "
          f"{med(idle):.1f} s from Cancel until idle")  # fmt: skip


def _print_start(starts: list[tuple[float, float]]) -> None:
    shown = [s for s, _ in starts]
    charted = [c for _, c in starts]
    print(f"cold start to a shown window with the seeds: median {statistics.median(shown):.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in shown)}); chart drawn "
          f"{statistics.median(charted):.2f} s")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
