"""Opening a workspace database: URLs, SQLite pragmas, and Alembic migrations run on open.

A bare path becomes a SQLite file URL; SQLite gets WAL and foreign keys on every connection;
PostgreSQL and any other SQLAlchemy URL are taken as given. The schema is upgraded to the newest
migration when the store opens, and Alembic is only imported when an upgrade is due.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

HEAD = "0001"  # the newest migration in migrations/versions
_MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url_or_path: str) -> str:
    """'ws.sqlite' or '/x/ws.db' → a sqlite:/// URL; URLs pass through."""
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{Path(url_or_path).expanduser().resolve()}"


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for a workspace URL, with SQLite made safe for one writer and many readers."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a new database gets every table)."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


class Database:
    """An open workspace database: its engine and a session factory. Thread-safe to share."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        upgrade(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

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
