"""Opening and creating workspaces safely: another program's file or junk refused untouched, an
unreachable server or a newer schema named in one line, the first schema creation atomic under a
lock (real processes SIGKILLed at random moments while creating it, several creating it at once).

Processes are forked from one helper that has imported everything already, so each attempt costs
a fork, not a Python start-up, and the kills land inside the schema creation itself.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
from pathlib import Path

import pytest
from processes import Forker, evidence_desk, exited_ok, kill_after, killed
from sqlalchemy import create_engine, text

from desktop.model import WorkspaceUnavailable
from desktop.store.database import APPLICATION_ID, HEAD
from desktop.workspace import Workspace


def opens_at_head(url: str) -> None:
    ws = Workspace(url)
    try:
        assert ws.article_rows() == []
    finally:
        ws.close()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    finally:
        engine.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- crash safety


def test_killed_at_random_moments_while_creating_the_schema_a_workspace_always_opens(
    forker: Forker, tmp_path: Path
) -> None:
    forker.start("create", f"sqlite:///{tmp_path}/warm.sqlite")
    statuses, took = forker.finish()
    assert exited_ok(statuses[0])
    rng = random.Random(1212)
    kills = attempts = 0
    while kills < 60:
        attempts += 1
        assert attempts < 400, f"only {kills} kills landed in {attempts} attempts"
        path = tmp_path / f"ws{attempts}.sqlite"
        url = f"sqlite:///{path}"
        (pid,) = forker.start("create", url)
        kill_after(pid, rng.uniform(0, took * 1.1))
        (status,), _ = forker.finish()
        assert killed(status) or exited_ok(status), status
        kills += killed(status)
        opens_at_head(url)  # whatever the moment, the workspace opens (made or finished now)
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"schema creation: {kills} kills survived in {attempts} attempts")


def test_several_processes_creating_one_sqlite_workspace_at_once_all_open_it(
    forker: Forker, tmp_path: Path
) -> None:
    for round_ in range(5):
        url = f"sqlite:///{tmp_path}/together{round_}.sqlite"
        forker.start("create", url, count=3)
        statuses, _ = forker.finish()
        assert all(exited_ok(s) for s in statuses), statuses
        opens_at_head(url)


@pytest.mark.postgres
def test_several_processes_creating_one_postgresql_workspace_at_once_all_open_it(
    forker: Forker, pg_url: str
) -> None:
    forker.start("create", pg_url, count=4)
    statuses, _ = forker.finish()
    assert all(exited_ok(s) for s in statuses), statuses
    opens_at_head(pg_url)


def test_a_workspace_half_made_by_an_earlier_version_is_rebuilt(tmp_path: Path) -> None:
    """Before creation was one transaction, a kill could leave tables without a version."""
    path = tmp_path / "half.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT)")
        raw.execute("CREATE TABLE groups (id INTEGER PRIMARY KEY)")
    opens_at_head(f"sqlite:///{path}")


def test_a_half_made_workspace_with_the_statements_tables_is_rebuilt(tmp_path: Path) -> None:
    """Every table of ours, the statements' too, and no version: rebuilt, not refused as another
    program's database (the statements' tables were missing from the list of ours)."""
    path = tmp_path / "half.sqlite"
    with sqlite3.connect(path) as raw:
        for table in ("articles", "groups", "statement_groups", "statements"):
            raw.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    opens_at_head(f"sqlite:///{path}")


def test_a_workspace_read_before_its_mark_is_written_opens(tmp_path: Path) -> None:
    """A reader that sees a workspace's tables, the statements' among them, before the mark in
    its header (one process creating it while others open it) takes it for ours."""
    path = tmp_path / "ours.sqlite"
    Workspace(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA application_id=0")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # into the file's own header
    opens_at_head(f"sqlite:///{path}")


# --------------------------------------------------------------------------- recognising


def foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        raw.execute("INSERT INTO contacts VALUES ('Ada', '123')")
    raw.close()


def one_line_refusal(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize(
    "make, words",
    [
        (foreign_database, ("another program's database",)),
        (lambda p: p.write_bytes(os.urandom(3000)), ("not an Evidence Desk workspace",)),
        (lambda p: p.write_text("name,phone\nAda,123\n"), ("not an Evidence Desk workspace",)),
    ],
    ids=["another-programs-sqlite", "junk", "csv"],
)
def test_a_file_that_is_not_a_workspace_is_refused_untouched(
    make, words, tmp_path: Path, seed_files: list[Path], repo_root: Path
) -> None:
    path = tmp_path / "theirs.db"
    make(path)
    before = digest(path)
    with pytest.raises(WorkspaceUnavailable):
        Workspace(str(path))
    done = evidence_desk("compare", str(seed_files[0]), "--db", str(path), cwd=repo_root)
    one_line_refusal(done, str(path), *words)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_an_empty_file_becomes_a_workspace(tmp_path: Path, seed_files: list[Path]) -> None:
    path = tmp_path / "new.sqlite"
    path.write_bytes(b"")
    opens_at_head(f"sqlite:///{path}")


def test_a_workspace_from_a_newer_version_is_refused_in_one_line(
    db_url: str, seed_files: list[Path], repo_root: Path
) -> None:
    Workspace(db_url).close()
    path = Path(db_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    before = digest(path)
    done = evidence_desk("compare", str(seed_files[0]), "--db", db_url, cwd=repo_root)
    one_line_refusal(done, "newer version", "9999")
    assert digest(path) == before


def test_an_unreachable_server_is_named_in_one_line(seed_files: list[Path], repo_root) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://nobody:secret@127.0.0.1:{port}/nothing"
    done = evidence_desk("import", str(seed_files[0]), "--db", url, cwd=repo_root)
    one_line_refusal(done, "unreachable", f"127.0.0.1:{port}")
    assert "secret" not in done.stderr
