"""Chart panel timings: redraw of a group with 1,000 figures, and the overview of 5,000 groups.

Synthetic snapshots (no database). Prints min / median / max over several runs for building the
plot items (`show_group` / `set_snapshot`) and for building plus a full paint (`grab()`),
offscreen; judge by the median (the minimum shows a quiet machine, the maximum a busy one).
Targets: a group redraw under 50 ms, the overview under 200 ms.
Run: .venv/bin/python benchmarks/bench_chart.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.model import ArticleRow, Claim, GroupRow, Snapshot  # noqa: E402
from desktop.ui.chart import ChartPanel  # noqa: E402

BOUNDS = ("=", "~", ">", "<", "range")

# PySide6 6.12.0 on Python 3.11 drops a reference to True on every Signal.emit() (and to False
# on a failed disconnect); this many-redraw run then aborts with "bool_dealloc". Run it with
# PySide6-Essentials 6.11.x, or on Python >= 3.12, where True, False and None are immortal.


def articles(n: int) -> tuple[ArticleRow, ...]:
    return tuple(
        ArticleRow(i, f"Article {i}", f"Outlet {i}", None, f"a{i}.txt", "", f"h{i}", position=i)
        for i in range(1, n + 1)
    )


def big_group(claims: int = 1000, sources: int = 10, dated: bool = False) -> Snapshot:
    rnd = random.Random(5)
    out = []
    for i in range(1, claims + 1):
        v = rnd.uniform(3000, 9000) if i % 97 else 90000.0  # a few suspected slips
        bound = BOUNDS[i % len(BOUNDS)]
        out.append(
            Claim(
                0,
                5,
                f"{v:,.0f}",
                v,
                bound,
                low=v if bound == "range" else None,
                high=v * 1.2 if bound == "range" else None,
                sentence=f"Officials said {v:,.0f} people had left.",
                as_of=date(2021, 8, 15) + timedelta(days=i % 20) if dated else None,
                id=i,
                article=1 + i % sources,
            )
        )
    slips = tuple(c.id for c in out if c.value == 90000.0)
    group = GroupRow(
        1,
        "people evacuated",
        tuple(c.id for c in out),
        tuple(range(1, sources + 1)),
        3000.0,
        9000.0,
        "diverging",
        outliers=slips,
    )
    return Snapshot(articles(sources), tuple(out), (group,))


def many_groups(n: int = 5000) -> Snapshot:
    rnd = random.Random(7)
    statuses = ("diverging", "agreeing", "changing over time")
    groups = []
    for i in range(1, n + 1):
        lo = rnd.uniform(10, 1000)
        groups.append(
            GroupRow(
                i,
                f"figure {i}",
                (2 * i, 2 * i + 1),
                (1, 2),
                lo,
                lo * rnd.uniform(1, 30),
                statuses[i % 3],
            )
        )
    return Snapshot(articles(2), (), tuple(groups))


def timed(fn, runs: int = 15) -> str:
    """min / median / max wall time of `runs` calls of `fn` after one to warm up, and the median
    CPU time of this process (steadier than wall time on a machine busy with other work)."""
    fn()
    times, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return (
        f"{min(times):5.1f} / {statistics.median(times):5.1f} / {max(times):5.1f} ms"
        f"   (cpu median {statistics.median(cpu):.1f} ms)"
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    panel = ChartPanel()
    panel.resize(960, 540)
    panel.show()
    app.processEvents()

    for label, snap in [
        ("1,000 figures by source", big_group()),
        ("1,000 figures over time", big_group(dated=True)),
    ]:
        panel.set_snapshot(snap)

        panel.show_group(1)
        # a forced scale change redraws the whole group (layout, items, axes)
        build = timed(lambda: panel.set_log_scale(not panel.log_scale()))
        paint = timed(lambda: (panel.set_log_scale(not panel.log_scale()), panel.grab()))
        assert len(panel.marks()) == 1000
        print(f"group redraw, {label} (target < 50 ms)")
        print(f"  build          min/median/max {build}")
        print(f"  build + paint  min/median/max {paint}")

    panel.show_group(None)
    snap = many_groups()
    build = timed(lambda: panel.set_snapshot(snap))
    paint = timed(lambda: (panel.set_snapshot(snap), panel.grab()))
    assert len(panel.marks()) == 5000
    print("overview, 5,000 groups (target < 200 ms)")
    print(f"  build          min/median/max {build}")
    print(f"  build + paint  min/median/max {paint}")
    panel.close()


if __name__ == "__main__":
    main()
