"""The store on real databases: migrations on open, SQLite pragmas, cascades, Save As.

Every test that takes `any_db_url` runs twice: on a fresh SQLite file and on a fresh PostgreSQL
database (skipped without DATABASE_URL; ./test.sh starts a throwaway server).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from desktop.model import Source
from desktop.store import Database
from desktop.store.database import HEAD
from desktop.store.schema import Base
from desktop.workspace import Workspace

TABLES = {"articles", "claims", "groups", "decisions", "meta"}


def _count(url: str, sql: str, **params: object) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar_one())
    finally:
        engine.dispose()


def _versions(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()


def _columns(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {t: {c["name"] for c in found.get_columns(t)} for t in found.get_table_names()}
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- migrations


def test_opening_a_new_database_creates_the_schema_at_head(any_db_url: str) -> None:
    Database(any_db_url).dispose()
    columns = _columns(any_db_url)
    assert TABLES | {"alembic_version"} <= columns.keys()
    # the migrations build what the ORM queries: same tables, same columns
    for table in Base.metadata.sorted_tables:
        assert columns[table.name] == {c.name for c in table.columns}, table.name
    assert _versions(any_db_url) == [HEAD]


def test_a_second_open_is_a_no_op_and_keeps_the_data(any_db_url: str, seed_files) -> None:
    ws = Workspace(any_db_url)
    ws.import_sources([Source(str(seed_files[0]))])
    before = ws.export()
    ws.close()

    ws = Workspace(any_db_url)
    try:
        assert ws.export() == before
    finally:
        ws.close()
    assert _versions(any_db_url) == [HEAD]  # one row, still at head


def test_opening_a_migrated_database_does_not_run_alembic(any_db_url: str, repo_root) -> None:
    """Alembic is imported only when an upgrade is due: a second open does no migration work."""
    Database(any_db_url).dispose()
    code = textwrap.dedent(f"""
        import sys
        from desktop.store import Database
        Database({any_db_url!r}).dispose()
        sys.exit(3 if "alembic" in sys.modules else 0)
    """)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr or "opening an up-to-date database imported alembic"


# --------------------------------------------------------------------------- SQLite pragmas


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(db_url: str) -> None:
    db = Database(db_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            # enforced, not only switched on: a claim of an article that does not exist
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute(
                    text(
                        "INSERT INTO claims (article_id, start, end_offset, text, value) "
                        "VALUES (424242, 0, 1, '1', 1)"
                    )
                )
    finally:
        db.dispose()
    # WAL is a property of the file: a plain sqlite3 connection sees it too
    path = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_bare_path_opens_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "plain.sqlite"
    ws = Workspace(str(path))
    try:
        assert ws.path == path.resolve()
        assert path.exists()
    finally:
        ws.close()


# --------------------------------------------------------------------------- cascades


def test_deleting_an_article_deletes_its_claims(any_db_url: str, seed_files) -> None:
    ws = Workspace(any_db_url)
    try:
        ws.import_sources([Source(str(p)) for p in seed_files[:2]])
        first, second = (a.id for a in ws.article_rows())
        kept = len(ws.claims(second))
        assert ws.claims(first) and kept
    finally:
        ws.close()
    db = Database(any_db_url)  # a row deleted in SQL, through the store's own connection set-up
    try:
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": first})
    finally:
        db.dispose()
    assert _count(any_db_url, "SELECT COUNT(*) FROM claims WHERE article_id = :a", a=first) == 0
    assert _count(any_db_url, "SELECT COUNT(*) FROM claims") == kept


# --------------------------------------------------------------------------- Save As


def _decisions_made(ws: Workspace) -> None:
    """A rename, an unlink and a confirmation, so Save As has decisions to carry."""
    groups = ws.group_rows()
    assert len(groups) >= 2
    ws.apply(ws.plan_rename(groups[0].id, "renamed by the user"))
    ws.apply(ws.plan_confirm(groups[1].id))
    ws.apply(ws.plan_unlink(groups[0].claims[0]))


def test_save_as_copies_everything_to_a_new_sqlite_file(
    any_db_url: str, seed_files, tmp_path: Path
) -> None:
    ws = Workspace(any_db_url)
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"stale file that Save As replaces")
    try:
        ws.import_sources([Source(str(p)) for p in seed_files[:4]])
        _decisions_made(ws)
        ws.apply(ws.plan_edit_article(ws.article_rows()[0].id, "outlet", "Edited Outlet"))
        before = ws.export()
        decisions = ws.decisions()
        copy = ws.save_as(str(target))
    finally:
        ws.close()
    try:
        assert copy.path == target.resolve()
        after = copy.export()
        assert after.pop("workspace") == "copy"
        before.pop("workspace")
        assert after == before
        assert copy.decisions() == decisions
        # the copy is a working workspace: new ids do not collide with the copied ones
        report = copy.import_sources([Source(str(seed_files[4]))])
        assert len(report.added) == 1 and report.added[0] not in {
            a["id"] for a in before["articles"]
        }
        assert len(copy.article_rows()) == 5
    finally:
        copy.close()
    with sqlite3.connect(target) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]


def test_save_as_from_sqlite_to_postgresql(db_url: str, pg_url: str, seed_files) -> None:
    ws = Workspace(db_url)
    try:
        ws.import_sources([Source(str(p)) for p in seed_files[:3]])
        before = ws.export()
        copy = ws.save_as(pg_url)
    finally:
        ws.close()
    try:
        after = copy.export()
        before.pop("workspace"), after.pop("workspace")
        assert after == before
        # PostgreSQL sequences were moved past the copied ids
        report = copy.import_sources([Source(str(p)) for p in seed_files[3:]])
        assert len(report.added) == 2 and not report.rejected
        ids = [a.id for a in copy.article_rows()]
        assert len(set(ids)) == 5
    finally:
        copy.close()


def test_a_team_server_that_never_answers_is_given_up_on_within_seconds() -> None:
    """A server that takes the connection and then says nothing (a frozen or half-gone host):
    opening the workspace fails after the connect timeout, with a message naming the server,
    instead of waiting for ever."""
    import socket
    import threading
    import time

    from desktop.model import WorkspaceUnavailable
    from desktop.store.database import CONNECT_SECONDS

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    taken: list[socket.socket] = []

    def take() -> None:
        while True:
            try:
                taken.append(silent.accept()[0])  # held open, never answered
            except OSError:
                return

    threading.Thread(target=take, daemon=True).start()
    started = time.monotonic()
    try:
        with pytest.raises(WorkspaceUnavailable) as refused:
            Workspace(f"postgresql+psycopg://maria:secret@127.0.0.1:{port}/newsroom")
    finally:
        silent.close()
        for sock in taken:
            sock.close()
    waited = time.monotonic() - started
    assert CONNECT_SECONDS - 1 <= waited < CONNECT_SECONDS * 3
    message = str(refused.value)
    assert f"127.0.0.1:{port}/newsroom" in message and "unreachable" in message
    assert "secret" not in message
