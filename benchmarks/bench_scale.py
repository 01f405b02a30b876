"""Import at newsroom scale, printed as figures (not asserted: timing asserts in tests are flaky).

    .venv/bin/python benchmarks/bench_scale.py [--sizes 250,1000,2000] [--runs 3] [--no-postgres]

Writes a deterministic synthetic corpus (`corpus.py`: many stories and outlets, figures that agree,
diverge and change over time) at each size, and for each size and run, in a fresh process on a new
workspace: the wall time of `evidence-desk compare FOLDER` (open, import, extract, link, and the
groups table it prints), articles per second, peak RSS of the process and the peak of it and its
worker processes together (sampled every 50 ms), the database size, and, with the workspace
opened afresh, the time to read it ahead for linking (what a window does once it shows it,
"ahead s"), then to add one more article ("add 1 s"), and the median of three more added one
at a time ("next s"). The same on PostgreSQL when DATABASE_URL is set (a fresh database per run,
dropped afterwards). Then extraction alone, in one process (articles per second), and quantulum3
on the same texts when it is installed (`pip install -e '.[bench]'`). Medians of the runs;
`--smoke` runs one tiny size once, for the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402


class _TreeMemory(threading.Thread):
    """Samples the resident memory of this process and all its descendants (the worker pool
    and its fork server), every 50 ms; `peak` is the largest sum seen."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            self.peak = max(self.peak, _tree_rss(os.getpid()))


def _tree_rss(root: int) -> float:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def measure(url: str, folder: Path, extra: Path) -> dict[str, float]:
    """In this (fresh) process: `compare FOLDER` on `url`, then the articles of `extra`, one at
    a time."""
    from desktop.cli import main
    from desktop.model import Source
    from desktop.workspace import Workspace

    sampler = _TreeMemory()
    sampler.start()
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(["compare", str(folder), "--db", url])
    wall = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"compare exited {status}")
    workspace = Workspace(url)  # opened afresh, as a window opens it
    try:
        started = time.perf_counter()
        workspace.prepare_linking()  # what the window does after showing it
        read_ahead = time.perf_counter() - started
        adds = []
        for article in sorted(extra.iterdir()):
            started = time.perf_counter()
            report = workspace.import_sources([Source(str(article))])
            adds.append(time.perf_counter() - started)
            if len(report.added) != 1:
                raise SystemExit(f"the extra article was not added: {report}")
        add_one, next_adds = adds[0], statistics.median(adds[1:])
        counts = workspace.snapshot()
        statements = workspace.statement_view()
    finally:
        workspace.close()
    return {
        "wall": wall,
        "add_one": add_one,
        "read_ahead": read_ahead,
        "next_adds": next_adds,
        "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "tree_rss": sampler.peak,
        "claims": len(counts.claims),
        "groups": len(counts.groups),
        "statements": len(statements.statements),
        "statement_groups": len(statements.groups),
    }


def _in_child(url: str, folder: Path, extra: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", url, str(folder), str(extra)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _sqlite_size(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


@contextlib.contextmanager
def _postgres_database(base: str):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    name = f"evidence_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    holder: dict[str, float] = {}
    try:
        yield url.set(database=name).render_as_string(hide_password=False), holder
        with admin.connect() as conn:
            size = conn.execute(text("SELECT pg_database_size(:n)"), {"n": name}).scalar()
            holder["size"] = size / 2**20
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


_MORE = 3  # articles added one at a time after the first ("next s": their median)


def run_size(size: int, runs: int, work: Path, postgres: str | None) -> list[dict]:
    folder = work / f"corpus_{size}"
    extra_folder = work / f"extra_{size}"
    if not folder.exists():
        # the same stories for any count with the same count // 25: the first size + 1 articles
        # are those of a corpus of size + 1
        paths = write_corpus(work / f"all_{size}", size + 1 + _MORE)
        folder.mkdir()
        extra_folder.mkdir()
        for p in paths[:size]:
            p.rename(folder / p.name)
        for p in paths[size:]:
            p.rename(extra_folder / p.name)
    extra = extra_folder  # one article added, then _MORE more one at a time
    rows = []
    backends = [("SQLite", None)] + ([("PostgreSQL", postgres)] if postgres else [])
    for backend, base in backends:
        results = []
        for _ in range(runs):
            if base is None:
                db = work / f"ws_{uuid.uuid4().hex[:8]}.sqlite"
                result = _in_child(f"sqlite:///{db}", folder, extra)
                result["size"] = _sqlite_size(db)
                for p in db.parent.glob(db.name + "*"):
                    p.unlink()
            else:
                with _postgres_database(base) as (url, holder):
                    result = _in_child(url, folder, extra)
                result["size"] = holder["size"]
            results.append(result)
            print(f"  {backend} {size}: {result['wall']:.1f} s", file=sys.stderr, flush=True)
        rows.append({"backend": backend, "size": size, "runs": results})
    return rows


def _median(results: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in results)


def print_table(rows: list[dict]) -> None:
    print(
        f"{'database':<11}{'articles':>9}{'runs':>5}{'wall s':>9}{'art/s':>8}{'RSS MB':>8}"
        f"{'+workers MB':>12}{'DB MB':>8}{'ahead s':>9}{'add 1 s':>9}{'next s':>8}"
        f"{'claims':>8}{'groups':>8}"
        f"{'quotes':>8}{'q.grp':>7}"
    )
    for row in rows:
        r = row["runs"]
        wall = _median(r, "wall")
        print(
            f"{row['backend']:<11}{row['size']:>9,}{len(r):>5}{wall:>9.2f}"
            f"{row['size'] / wall:>8.0f}{_median(r, 'rss'):>8.0f}{_median(r, 'tree_rss'):>12.0f}"
            f"{_median(r, 'size'):>8.1f}{_median(r, 'read_ahead'):>9.3f}"
            f"{_median(r, 'add_one'):>9.3f}{_median(r, 'next_adds'):>8.3f}"
            f"{_median(r, 'claims'):>8.0f}{_median(r, 'groups'):>8.0f}"
            f"{_median(r, 'statements'):>8.0f}{_median(r, 'statement_groups'):>7.0f}"
        )


def extraction_alone(folder: Path, runs: int) -> None:
    from desktop.claims import extract_claims

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for t in texts:
            extract_claims(t)
        times.append(time.perf_counter() - started)
    print(f"extraction alone, one process: {len(texts) / statistics.median(times):.0f} articles/s")
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3: not installed (pip install -e '.[bench]')")
        return
    sample = texts[:50]
    started = time.perf_counter()
    for t in sample:
        parser.parse(t)
    rate = len(sample) / (time.perf_counter() - started)
    print(f"quantulum3 on the same texts: {rate:.1f} articles/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="250,1000,2000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true", help="ignore DATABASE_URL")
    parser.add_argument("--smoke", action="store_true", help="8 articles once (for the suite)")
    parser.add_argument("--work", help="folder for the corpora (default: a temporary one)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        url, folder, extra = options.child
        print(json.dumps(measure(url, Path(folder), Path(extra))))
        return 0
    sizes = [8] if options.smoke else [int(s) for s in options.sizes.split(",")]
    runs = 1 if options.smoke else options.runs
    postgres = None if options.no_postgres else os.environ.get("DATABASE_URL")
    with tempfile.TemporaryDirectory(prefix="evidence-bench-") as tmp:
        work = Path(options.work) if options.work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = [row for size in sizes for row in run_size(size, runs, work, postgres)]
        print(f"Evidence Desk at scale: {os.cpu_count()} cores, medians of {runs} run(s)")
        print_table(rows)
        extraction_alone(work / f"corpus_{sizes[0]}", 1 if options.smoke else 3)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
