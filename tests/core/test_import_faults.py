"""Database faults never abort an import: a busy SQLite workspace is waited for and then named per
file, a duplicate stored by another process at the same moment is skipped, an article too dense to
compare is refused by name, long id lists stay under the bound-parameter limits, concurrent
imports on PostgreSQL leave no empty group, and imports killed at random moments leave whole
articles only.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from processes import Forker, exited_ok, kill_after, killed
from sqlalchemy import create_engine, text

from desktop.claims import extract_claims
from desktop.ingest import read_source
from desktop.model import Source
from desktop.store import Database
from desktop.store import repository as repo
from desktop.workspace import Workspace


def variant(path: Path, folder: Path, tag: str) -> Path:
    """Another article with the same figures: the same text and a closing line without numbers."""
    target = folder / f"{path.stem}-{tag}.txt"
    target.write_text(
        path.read_text(encoding="utf-8") + f"\n\nFiled again as edition {tag}.\n", encoding="utf-8"
    )
    return target


def tag(n: int) -> str:
    return "".join("abcdefghij"[int(d)] for d in f"{n:03d}")  # no digits: no extra figures


def empty_groups(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            sql = "SELECT COUNT(*) FROM groups g WHERE NOT EXISTS "
            sql += "(SELECT 1 FROM claims c WHERE c.group_id = g.id)"
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- busy and duplicates

LOCK_HOLDER = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    conn.execute("ROLLBACK")
""")


def test_a_busy_workspace_is_waited_for_then_reported_per_file(
    db_url: str, seed_files: list[Path]
) -> None:
    Workspace(db_url).close()
    path = db_url.removeprefix("sqlite:///")
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    labels: list[str] = []
    ws = Workspace(db_url, busy_timeout=0.2, busy_wait=0.6)
    try:
        assert holder.stdout.readline().strip() == "locked"
        report = ws.import_sources(
            [Source(str(p)) for p in seed_files[:2]],
            progress=lambda done, total, label: labels.append(label),
        )
        assert report.added == [] and not report.cancelled
        assert [p.origin for p in report.rejected] == [str(p) for p in seed_files[:2]]
        assert all("busy" in p.reason for p in report.rejected)
        assert any(label.startswith("waiting for the workspace") for label in labels)
        holder.stdin.close()
        holder.wait(timeout=30)
        report = ws.import_sources([Source(str(p)) for p in seed_files[:2]])
        assert len(report.added) == 2 and not report.rejected
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        holder.stdout.close()
        ws.close()


@pytest.mark.postgres
def test_a_duplicate_stored_by_another_process_meanwhile_is_skipped(
    pg_url: str, seed_files: list[Path]
) -> None:
    """The other writer's article is not visible (not committed) when ours checks for it; ours
    then waits on the unique index, and hits it once the other commits."""
    ws = Workspace(pg_url)
    doc = read_source(Source(str(seed_files[0])))
    other = create_engine(pg_url)
    try:
        with other.connect() as conn:
            conn.execute(
                text(
                    "INSERT INTO articles (title, origin, text, content_hash) "
                    "VALUES ('elsewhere', 'elsewhere', :text, :hash)"
                ),
                {"text": doc.text, "hash": doc.content_hash},
            )
            result = {}
            worker = threading.Thread(
                target=lambda: result.update(
                    report=ws.import_sources([Source(str(p)) for p in seed_files[:2]])
                )
            )
            worker.start()
            watch = create_engine(pg_url)
            with watch.connect() as w:
                for _ in range(2000):  # until our import waits on the other's row
                    waiting = w.execute(
                        text(
                            "SELECT COUNT(*) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                        )
                    ).scalar()
                    if waiting:
                        break
                    threading.Event().wait(0.01)
            watch.dispose()
            assert waiting, "the import never reached the unique index"
            conn.commit()
        worker.join(60)
        report = result["report"]
        assert report.duplicates == [str(seed_files[0])]
        assert not report.rejected and len(report.added) == 1
    finally:
        other.dispose()
        ws.close()


# --------------------------------------------------------------------------- limits


def table_of_figures(rows: int) -> str:
    lines = [
        f"District {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}: {1000 + i} people evacuated, "
        f"{200 + i % 700} injured, {30 + i % 50} killed."
        for i in range(rows)
    ]
    return "Casualty table\n\n" + "\n".join(lines) + "\n"


def test_an_article_too_dense_to_compare_is_refused_by_name(
    any_db_url: str, seed_files: list[Path], tmp_path: Path
) -> None:
    dense = tmp_path / "table.txt"
    dense.write_text(table_of_figures(22_500), encoding="utf-8")  # 67,500 figures, 1.8 MB
    ws = Workspace(any_db_url)
    try:
        report = ws.import_sources([Source(str(dense)), Source(str(seed_files[0]))])
        assert len(report.added) == 1
        (problem,) = report.rejected
        assert problem.origin == str(dense)
        assert "too large / too dense to compare" in problem.reason
        # a budget counted in figures found, too
        small = tmp_path / "small.txt"
        small.write_text(table_of_figures(40), encoding="utf-8")
        ws_small = Workspace(any_db_url, max_figures=100)
        try:
            (problem,) = ws_small.import_sources([Source(str(small))]).rejected
            assert "too dense" in problem.reason
        finally:
            ws_small.close()
    finally:
        ws.close()


def test_long_id_lists_stay_under_the_bound_parameter_limits(any_db_url: str) -> None:
    """PostgreSQL's protocol carries at most 65,535 parameters, SQLite 32,766."""
    db = Database(any_db_url)
    ids = range(1, 70_001)
    try:
        with db.session() as s:
            assert repo.rejected_pairs(s, ids) == set()
            assert repo.claim_groups(s, ids) == {}
            assert repo.claims(s, ids=ids) == []
            assert repo.groups(s, ids) == []
            assert repo.placements(s, [f"block {n}" for n in ids]) == []
        with db.write() as s:
            repo.forgive_pairs(s, 1, ids)
            assert repo.drop_emptied_groups(s, ids) == set()
    finally:
        db.dispose()


# --------------------------------------------------------------------------- processes


@pytest.mark.postgres
def test_concurrent_postgresql_imports_leave_no_empty_group(
    forker: Forker, pg_url: str, seed_files: list[Path], tmp_path: Path
) -> None:
    Workspace(pg_url).close()
    files = [variant(seed_files[n % 5], tmp_path, tag(n)) for n in range(10)]
    # two processes at once, each importing the same ten articles in its own order
    forker.start("import", pg_url, count=2, files=files)
    statuses, _ = forker.finish()
    assert all(exited_ok(s) for s in statuses), statuses
    assert empty_groups(pg_url) == 0
    ws = Workspace(pg_url)
    try:
        assert len(ws.article_rows()) == 10
    finally:
        ws.close()


@pytest.mark.slow
def test_imports_killed_at_random_moments_leave_whole_articles_only(
    forker: Forker, db_url: str, seed_files: list[Path], tmp_path: Path
) -> None:
    expected = {  # figures each seed holds; its variants hold the same
        p.stem: len(extract_claims(read_source(Source(str(p))).text, None)) for p in seed_files
    }
    Workspace(db_url).close()
    path = db_url.removeprefix("sqlite:///")
    forker.start("import", db_url, files=[variant(seed_files[0], tmp_path, "warm")])
    statuses, took = forker.finish()
    assert exited_ok(statuses[0])
    rng = random.Random(1213)
    kills = attempts = 0
    n = 0
    while kills < 55:
        attempts += 1
        assert attempts < 300, f"only {kills} kills landed in {attempts} attempts"
        batch = [variant(seed_files[(n + k) % 5], tmp_path, tag(n + k)) for k in range(4)]
        n += 4
        (pid,) = forker.start("import", db_url, files=batch)
        kill_after(pid, rng.uniform(0, took * 4))
        (status,), _ = forker.finish()
        assert killed(status) or exited_ok(status), status
        kills += killed(status)
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = raw.execute(
                "SELECT a.origin, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) "
                "FROM articles a"
            ).fetchall()
        raw.close()
        for origin, count in rows:  # whole articles only: every figure or the article not at all
            assert count == expected[Path(origin).stem.rsplit("-", 1)[0]], origin
    assert empty_groups(db_url) == 0
    ws = Workspace(db_url)
    try:
        assert ws.group_rows()
    finally:
        ws.close()
    print(f"imports: {kills} kills survived in {attempts} attempts, {len(rows)} articles whole")
