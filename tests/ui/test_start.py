"""Start-up: the window shows its panes before pyqtgraph is imported; the chart follows by itself.

Runs in a fresh interpreter, since this test session has imported pyqtgraph long ago.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sys, time
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from desktop.model import Source
from desktop.ui.app import application
from desktop.ui.main_window import MainWindow
from desktop.workspace import Workspace
ws = Workspace(sys.argv[1])
ws.import_sources([Source(origin=sys.argv[3])])
app = application()
w = MainWindow(ws)
w.show()
while not w.strip.panes or w.strip.building:  # the panes in view (the strip is virtual)
    app.processEvents()
app.processEvents()
print("shown", "pyqtgraph" in sys.modules, w.chart.panel is None)
end = time.monotonic() + 30
while w.chart.panel is None and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.005)
print("chart", "pyqtgraph" in sys.modules, type(w.chart.panel).__name__, w.chart.current_group())
w.close()
w.deleteLater()
app.processEvents()
"""


def test_window_shows_before_the_chart_imports_pyqtgraph(tmp_path: Path, repo_root: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "w.sqlite"), str(tmp_path / "settings"),
         str(repo_root / "seeds")],
        capture_output=True, text=True, cwd=repo_root, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert "shown False True" in lines  # panes up, no pyqtgraph, a placeholder in the dock
    assert "chart True ChartPanel None" in lines  # then the real chart, on the overview
