"""Opening a workspace database: URLs, recognising a workspace, SQLite pragmas, and Alembic
migrations run on open — in one transaction, under a lock.

A bare path becomes a SQLite file URL; SQLite gets WAL and foreign keys on every connection;
PostgreSQL and any other SQLAlchemy URL are taken as given. Before anything is written, a SQLite
file is recognised as a workspace (our `PRAGMA application_id`, or only our tables) or as empty;
anything else — another program's database, junk — is refused untouched with
`WorkspaceUnavailable`, as are an unreachable server and a schema newer than this version knows.

The schema is created or upgraded in one transaction (SQLite's DDL is transactional once we issue
BEGIN ourselves; PostgreSQL's always is) under a lock (`BEGIN IMMEDIATE`, `pg_advisory_xact_lock`),
so a process killed half-way leaves nothing behind and two processes opening a new database at
once both succeed. A workspace half made by an earlier version (our tables, no version) is rebuilt.
Alembic is only imported when an upgrade is due. Writes go through `write()`: one transaction
that takes the write lock up front and turns database failures into the errors below.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.model import WorkspaceUnavailable
from desktop.store.schema import Base

HEAD = "0005"  # the newest migration in migrations/versions
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005"})
APPLICATION_ID = 0x45564453  # "EVDS" in the SQLite header: this file is an Evidence Desk workspace
_TABLES = frozenset(Base.metadata.tables)  # every table of ours, the statements' too
_LOCK_KEY = 0x45564453  # pg_advisory_xact_lock: one schema change or one write at a time
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT = 10.0  # s a SQLite write waits for another writer before `Busy`


class Busy(Exception):
    """Another program holds the workspace's write lock."""


class Duplicate(Exception):
    """The article is in the workspace already (another process stored it a moment ago)."""


class StoreFailure(Exception):
    """A database error, worded in one line."""


class Unreachable(StoreFailure):
    """The database server could not be reached, or the connection broke; nothing was written."""


def normalise_url(url_or_path: str) -> str:
    """'ws.sqlite' or '/x/ws.db' → a sqlite:/// URL; URLs pass through."""
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{Path(url_or_path).expanduser().resolve()}"


def display_url(url: str) -> str:
    """`url` without its password, to name a workspace in messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def without_password(url: str) -> str:
    """`url` with no password in it, to remember or show (a recent team workspace)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.password is None:
        return url
    return parsed._replace(password=None).render_as_string(hide_password=False)


def team_url(url: str, password: str = "") -> str:
    """A PostgreSQL address as typed ("postgresql://maria@db/evidence", or "postgres://…")
    made one SQLAlchemy opens with psycopg, with `password` put in for connecting only (without
    one, libpq reads PGPASSWORD or ~/.pgpass). WorkspaceUnavailable when it is no PostgreSQL
    address."""
    text_ = url.strip()
    if text_.startswith("postgres://"):
        text_ = "postgresql://" + text_.removeprefix("postgres://")
    wrong = "is not a PostgreSQL address (postgresql://user@host/database)"
    try:
        parsed = make_url(text_)
    except ArgumentError:
        raise WorkspaceUnavailable(text_, wrong) from None
    if parsed.get_backend_name() != "postgresql":
        raise WorkspaceUnavailable(display_url(text_), wrong)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def _sqlite_path(url: str) -> Path | None:
    path = url.split("///", 1)[-1] if url.startswith("sqlite") else ""
    return Path(path) if path and path != ":memory:" else None


# A team server that stops answering (switched off, its network gone) is given up on within
# seconds, not after the system's TCP timeout of a quarter of an hour: connecting waits at most
# CONNECT_SECONDS, a connection idle for 15 s is probed three times 5 s apart, and data the
# server has not acknowledged for 30 s drops the connection (libpq's settings).
CONNECT_SECONDS = 8
SERVER_TIMEOUTS = {
    "connect_timeout": CONNECT_SECONDS,
    "keepalives": 1,
    "keepalives_idle": 15,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}


def make_engine(url: str, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    """An engine for a workspace URL, with SQLite made safe for one writer and many readers."""
    url = normalise_url(url)
    if not url.startswith("sqlite"):
        said = make_url(url).query  # what the address says itself wins
        bounds = {k: v for k, v in SERVER_TIMEOUTS.items() if k not in said}
        return create_engine(url, pool_pre_ping=True, connect_args=bounds)
    path = _sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we say BEGIN: then DDL is transactional too
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', '')}")

    return engine


# ------------------------------------------------------------------------------- recognising


def check_sqlite_file(path: Path, location: str) -> None:
    """Refuse, before anything touches it, a file that is not a workspace and not empty."""
    if path.is_dir():
        raise WorkspaceUnavailable(location, "is a folder, not a workspace file")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        return  # a new workspace
    except OSError as error:
        reason = f"cannot be read ({error.strerror or error})"
        raise WorkspaceUnavailable(location, reason) from None
    if not head:
        return  # an empty file: fine to make a workspace of
    if not head.startswith(_SQLITE_MAGIC) or len(head) < 100:
        raise WorkspaceUnavailable(location, "is not an Evidence Desk workspace (not a database)")
    if int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return
    try:  # the header may be newer in the WAL; read-only, so the file stays as it is
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                name
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.Error as error:
        if head[18:20] == b"\x02\x02":
            return  # a WAL left by a crash needs a writer to recover: `upgrade` decides, under lock
        raise WorkspaceUnavailable(location, f"is not a readable database ({error})") from None
    if app_id == APPLICATION_ID or (app_id == 0 and tables <= _TABLES | {"alembic_version"}):
        return  # ours (an older or half-made workspace is finished by `upgrade`), or empty
    raise WorkspaceUnavailable(
        location, "is another program's database, not an Evidence Desk workspace; left untouched"
    )


# ------------------------------------------------------------------------------- migrations


def _revision(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision(conn)


def _check_known(revision: str | None, location: str) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise WorkspaceUnavailable(
            location,
            f"was made by a newer version of Evidence Desk (schema {revision}); update the app",
        )


def upgrade(engine: Engine, location: str = "") -> None:
    """Bring the schema to the newest migration (a new database gets every table), all in one
    transaction under the lock, so that a crash leaves the database as it was."""
    revision = current_revision(engine)
    _check_known(revision, location)
    if revision == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    sqlite = engine.dialect.name == "sqlite"
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        revision = _revision(conn)  # again, now that no one else can change it
        _check_known(revision, location)
        if sqlite and conn.exec_driver_sql("PRAGMA application_id").scalar() not in (
            0,
            APPLICATION_ID,
        ):
            raise WorkspaceUnavailable(location, "is another program's database; left untouched")
        if revision == HEAD:
            return
        if revision is None:
            _clear_half_made(conn, location)
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _clear_half_made(conn, location: str) -> None:
    """Tables without a version: an earlier version's half-made workspace (rebuilt, when it holds
    nothing) or another program's database (refused)."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return
    foreign = tables - _TABLES - {"alembic_version"}
    if foreign:
        raise WorkspaceUnavailable(
            location, "holds other tables and is not an Evidence Desk workspace; left untouched"
        )
    for table in tables:
        if conn.execute(text(f'SELECT COUNT(*) FROM "{table}"')).scalar():
            raise WorkspaceUnavailable(location, "is a damaged workspace (no schema version)")
    for table in [t.name for t in reversed(Base.metadata.sorted_tables)] + ["alembic_version"]:
        if table in tables:  # a table others refer to after them
            conn.execute(text(f'DROP TABLE "{table}"'))


# ------------------------------------------------------------------------------- the database


def _one_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__


def _is_busy(error: BaseException) -> bool:
    message = str(getattr(error, "orig", error)).lower()
    return "database is locked" in message or "database is busy" in message


class Database:
    """An open workspace database: its engine and a session factory. Thread-safe to share."""

    def __init__(self, url: str, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.url = normalise_url(url)
        self.author = ""  # recorded with each decision, import and change made through write()
        location = display_url(self.url)
        path = _sqlite_path(self.url)
        if path is not None:
            check_sqlite_file(path, location)
        try:
            self.engine = make_engine(self.url, busy_timeout)
        except (ArgumentError, ImportError, ValueError) as error:
            raise WorkspaceUnavailable(location, f"not a database address ({error})") from None
        except OSError as error:
            raise WorkspaceUnavailable(location, f"cannot be created ({error})") from None
        try:
            self._upgrade(location, busy_timeout)
        except WorkspaceUnavailable:
            self.engine.dispose()
            raise
        except DBAPIError as error:
            self.engine.dispose()
            what = "cannot be opened" if path is not None else "the database server is unreachable"
            if _is_busy(error):
                what = "is busy (another program holds it)"
            raise WorkspaceUnavailable(location, f"{what}: {_one_line(error)}") from None
        except SQLAlchemyError as error:
            self.engine.dispose()
            raise WorkspaceUnavailable(location, _one_line(error)) from None
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    def _upgrade(self, location: str, busy_timeout: float) -> None:
        """`upgrade`, tried again while another process holds the lock, up to the busy timeout:
        SQLite answers "database is locked" at once, without waiting, to a connection that finds
        the file mid-change (a new file switching to WAL, a read that would have to become a
        write), as when several processes create one workspace together."""
        deadline = time.monotonic() + busy_timeout
        while True:
            try:
                upgrade(self.engine, location)
                return
            except DBAPIError as error:
                if not _is_busy(error) or time.monotonic() > deadline:
                    raise
                self.engine.dispose()  # a fresh connection sees the file as it is now
                time.sleep(0.05)

    def session(self) -> Session:
        return self.sessions()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction, holding the write lock from its start (SQLite waits up to the
        busy timeout for another writer; PostgreSQL writers queue on an advisory lock).

        Raises Busy, Duplicate (the unique content hash) or StoreFailure instead of driver errors.
        """
        try:
            with self._writes() as s, s.begin():
                s.info["author"] = self.author
                if self.engine.dialect.name == "postgresql":
                    s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
                yield s
        except IntegrityError as error:
            if "content_hash" in str(error.orig):
                raise Duplicate(_one_line(error)) from None
            raise StoreFailure(_one_line(error)) from None
        except DBAPIError as error:
            if _is_busy(error):
                raise Busy(_one_line(error)) from None
            if isinstance(error, OperationalError) or error.connection_invalidated:
                if self.engine.dialect.name != "sqlite":  # a file is not "out of reach"
                    raise Unreachable(_one_line(error)) from None
            raise StoreFailure(_one_line(error)) from None

    def dispose(self) -> None:
        self.engine.dispose()


def copy_database(source: Database, target_url: str) -> None:
    """Copy every row of a workspace into a new database at `target_url` (Save As)."""
    from desktop.store.schema import Base

    target = Database(target_url)
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in src.execute(table.select())]
                dst.execute(table.delete())
                if rows:
                    dst.execute(table.insert(), rows)
            if dst.dialect.name == "postgresql":
                for table in Base.metadata.sorted_tables:
                    if "id" in table.c:
                        dst.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                f"COALESCE((SELECT MAX(id) FROM {table.name}), 1))"
                            )
                        )
    finally:
        target.dispose()
