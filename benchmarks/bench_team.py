"""Latency from one person's edit to another person's open window, printed (not asserted).

    .venv/bin/python benchmarks/bench_team.py [--edits 40] [--no-postgres]

An offscreen MainWindow has the five seeds open; another process ("Maria", a long-lived worker
driven over a pipe) renames a group, again and again. Each latency runs from the moment Maria's
rename has committed (CLOCK_MONOTONIC, the same clock in both processes on Linux) to the moment
the window's groups panel shows the new name, as it is announced on `bridge.changed`. On a
SQLite file (the window polls the change counter) and, when DATABASE_URL is set, on a fresh
PostgreSQL database (LISTEN/NOTIFY). Median and 95th percentile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORKER = textwrap.dedent("""
    import sys, time
    from desktop.workspace import Workspace
    ws = Workspace(sys.argv[1], author="Maria")
    for line in sys.stdin:
        group, label = line.rstrip("\\n").split(" ", 1)
        ws.rename(int(group), label, seen=ws.snapshot())
        print(time.monotonic(), flush=True)
    ws.close()
""")


def measure(url: str, edits: int) -> list[float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.model import Source
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import WindowSettings
    from desktop.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    Workspace(url).import_sources([Source(str(p)) for p in seeds])
    window = MainWindow(Workspace(url), WindowSettings(QSettings()))
    window.show()
    group = window.bridge.snapshot().groups[0].id
    seen_at: dict[str, float] = {}

    def on_changed(*_: object) -> None:
        row = next((g for g in window.bridge.snapshot().groups if g.id == group), None)
        if row is not None and row.label not in seen_at:
            seen_at[row.label] = time.monotonic()

    window.bridge.changed.connect(on_changed)
    maria = subprocess.Popen(
        [sys.executable, "-c", WORKER, url], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    latencies = []
    try:
        for n in range(edits):
            label = f"bench {n}"
            maria.stdin.write(f"{group} {label}\n")
            maria.stdin.flush()
            while maria.stdout is not None:
                app.processEvents()
                line = maria.stdout.readline() if _ready(maria.stdout) else ""
                if line:
                    committed = float(line)
                    break
            deadline = time.monotonic() + 30
            while label not in seen_at and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)
            latencies.append(seen_at[label] - committed)
    finally:
        maria.stdin.close()
        maria.wait(timeout=30)
        window.close()
    return latencies


def _ready(stream) -> bool:
    import select

    return bool(select.select([stream], [], [], 0.001)[0])


def _report(name: str, latencies: list[float]) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"{name}: {len(ms)} edits, median {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, "
          f"max {ms[-1]:.0f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    _report("SQLite (polled counter)", measure(f"sqlite:///{folder}/team.sqlite", args.edits))
    base = os.environ.get("DATABASE_URL")
    if base and not args.no_postgres:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        url = make_url(base)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        name = f"bench_team_{uuid.uuid4().hex[:8]}"
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            target = url.set(database=name).render_as_string(hide_password=False)
            _report("PostgreSQL (LISTEN/NOTIFY)", measure(target, args.edits))
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
