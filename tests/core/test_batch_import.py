"""The batch import path gives what importing one article at a time gives: the same figures and the
same groups, whether files are read here or in worker processes; an import cut short leaves its
blocks noted, and the next import links them; a relink reads only the blocks it was given; and a
small run of each benchmark works (its figures are printed, never asserted).
"""

from __future__ import annotations

import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest
from sqlalchemy import event

import desktop.pipeline
from desktop.model import Source
from desktop.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> list[Path]:
    """The seeds, the four event corpora and 30 synthetic articles of several stories."""
    folder = tmp_path_factory.mktemp("corpus")
    real = sorted((repo_root / "seeds").glob("*.txt"))
    real += sorted((repo_root / "tests" / "data" / "events").glob("*/*.txt"))
    return real + write_corpus(folder, 30, seed=3)


def contents(ws: Workspace) -> tuple[set, set]:
    """Every figure (by article origin and place) and every group (as sets of such figures)."""
    origin = {a.id: a.origin for a in ws.article_rows()}
    snap = ws.snapshot()
    key = {c.id: (origin[c.article], c.start, c.end) for c in snap.claims}
    claims = {(*key[c.id], c.text, c.value, c.bound, c.population, c.act) for c in snap.claims}
    groups = {frozenset(key[i] for i in g.claims) for g in snap.groups}
    return claims, groups


def agreement(ours: set, theirs: set) -> float:
    """Pairwise F1 between two groupings: the share of linked pairs they have in common."""

    def pairs(groups: set) -> set:
        return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}

    a, b = pairs(ours), pairs(theirs)
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


@pytest.fixture(scope="module")
def together(files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[set, set]:
    ws = Workspace(f"sqlite:///{tmp_path_factory.mktemp('together')}/ws.sqlite")
    try:
        report = ws.import_sources([Source(str(f)) for f in files])
        assert len(report.added) == len(files)
        return contents(ws)
    finally:
        ws.close()


@pytest.fixture(scope="module")
def one_at_a_time(files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[set, set]:
    ws = Workspace(f"sqlite:///{tmp_path_factory.mktemp('single')}/ws.sqlite")
    try:
        for f in files:
            report = ws.import_sources([Source(str(f))])
            assert len(report.added) == 1, f
        return contents(ws)
    finally:
        ws.close()


@pytest.mark.parametrize("pool", [True, False], ids=["worker processes", "in process"])
def test_a_batch_gives_the_figures_and_groups_of_one_article_at_a_time(
    any_db_url: str,
    files: list[Path],
    one_at_a_time: tuple[set, set],
    pool: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop.pipeline, "POOL_FROM", 2 if pool else 10_000)
    ws = Workspace(any_db_url)
    try:
        report = ws.import_sources([Source(str(f)) for f in files])
        assert len(report.added) == len(files) and not report.rejected
        claims, groups = contents(ws)
        assert claims == one_at_a_time[0]
        # one article at a time links only around each new article's figures once a dimension
        # holds more than grouping.WHOLE figures (else it is linked whole, as a batch is),
        # growing the neighbourhood until nothing outside could join it; only the word
        # rarities of the workspace as it then was still differ, so on ten stories in one
        # workspace nearly every link is the same (0.88 before the neighbourhood grew; on one
        # story they are all the same: test_link_corpora.py)
        assert agreement(groups, one_at_a_time[1]) >= 0.98
        assert len(groups) >= 10
    finally:
        ws.close()


def test_a_cancel_stops_the_workers_and_keeps_whole_articles(
    db_url: str, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    monkeypatch.setattr(desktop.pipeline, "POOL_FROM", 2)
    cancel = threading.Event()
    asked: list[float] = []

    def progress(done: int, total: int, label: str) -> None:
        if done == 10 and not asked:
            asked.append(time.monotonic())
            cancel.set()

    ws = Workspace(db_url)
    try:
        report = ws.import_sources(
            [Source(str(f)) for f in files], progress=progress, cancel=cancel
        )
        assert report.cancelled and 1 <= len(report.added) <= 11
        assert time.monotonic() - asked[0] < 1.0
        assert {a.id for a in ws.article_rows()} == set(report.added)
        assert ws.group_rows()  # what came in is linked
    finally:
        ws.close()


DIES_BEFORE_THE_LAST_FILE = """
import os, sys
from desktop.model import Source
from desktop.workspace import Workspace
files = sys.argv[2:]
def progress(done, total, label):
    if done == total - 1:
        os._exit(0)  # killed: every article before the last stored, none linked yet
Workspace(sys.argv[1]).import_sources([Source(f) for f in files], progress=progress)
"""


def test_blocks_left_unlinked_by_a_killed_import_are_linked_by_the_next(
    db_url: str, files: list[Path], together: tuple[set, set], repo_root: Path
) -> None:
    args = [db_url, *map(str, files)]
    done = subprocess.run(
        [sys.executable, "-c", DIES_BEFORE_THE_LAST_FILE, *args], cwd=repo_root, timeout=120
    )
    assert done.returncode == 0
    ws = Workspace(db_url)
    try:
        assert len(ws.article_rows()) == len(files) - 1 and ws.group_rows() == []
        ws.import_sources([Source(str(files[-1]))])
        assert contents(ws) == together  # everything linked again, as one batch links it
    finally:
        ws.close()


def test_adding_an_article_reads_only_the_blocks_its_figures_fall_in(
    db_url: str, files: list[Path]
) -> None:
    ws = Workspace(db_url)
    try:
        ws.import_sources([Source(str(f)) for f in files[:-1]])
        blocks_read: list[str] = []

        def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
            if "claims.block IN" in statement and "claims.group_id" in statement:
                blocks_read.extend(p for p in parameters if isinstance(p, str))

        event.listen(ws._db.engine, "before_cursor_execute", record)
        ws.import_sources([Source(str(files[-1]))])
        event.remove(ws._db.engine, "before_cursor_execute", record)
        from desktop.linking import block_key

        own = {block_key(c) for c in ws.claims(max(a.id for a in ws.article_rows()))} - {""}
        everything = {block_key(c) for c in ws.claims()} - {""}
        assert blocks_read and set(blocks_read) <= own < everything
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("script", "arguments", "printed"),
    [
        ("bench_scale.py", ["--smoke", "--no-postgres"], ["articles/s", "SQLite"]),
        ("bench_candidates.py", ["--sizes", "6,12"], ["faster than the figures"]),
    ],
)
def test_a_benchmark_runs(
    repo_root: Path, script: str, arguments: list[str], printed: list[str]
) -> None:
    """A small run of each benchmark the suite keeps from rotting (figures printed, never
    asserted)."""
    done = subprocess.run(
        [sys.executable, f"benchmarks/{script}", *arguments],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert all(words in done.stdout for words in printed)


def test_a_script_without_a_main_guard_imports_once(
    tmp_path: Path, files: list[Path], repo_root: Path
) -> None:
    """Worker processes must not run the program's main script again."""
    script = tmp_path / "script.py"
    script.write_text(
        "import sys\n"
        "from desktop.model import Source\n"
        "from desktop.workspace import Workspace\n"
        "ws = Workspace(sys.argv[1])\n"
        "report = ws.import_sources([Source(f) for f in sys.argv[2:]])\n"
        "print('imported', len(report.added), len(ws.article_rows()))\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path}/ws.sqlite"
    done = subprocess.run(
        [sys.executable, str(script), url, *map(str, files)],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:-1] == [f"imported {len(files)} {len(files)}"], done.stdout
