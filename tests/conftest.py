"""Fixtures for every test: the repository, the seeds, the gold annotation, fresh databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Before anything imports Qt (nothing above does): with no display and no platform, Qt aborts the
# whole pytest process (SETUP.md pitfall 2). Tests marked `xvfb` need the X server xvfb-run gives:
# they run Qt in a subprocess with QT_QPA_PLATFORM=xcb (or: QT_QPA_PLATFORM=xcb ./test.sh -m xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No per-example deadline: a first call that imports or compiles something, on a slow CI box, is not
# a bug, and deadline failures are the usual hypothesis flake. HYPOTHESIS_PROFILE picks another one.
settings.register_profile("evidence", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "evidence"))

REPO_ROOT = Path(__file__).resolve().parent.parent


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("xvfb") and not os.environ.get("DISPLAY"):
        pytest.skip("needs an X server: run ./test.sh (it runs pytest under xvfb-run)")
    if item.get_closest_marker("postgres") and not os.environ.get("DATABASE_URL"):
        pytest.skip("needs DATABASE_URL: run ./test.sh (it starts a throwaway PostgreSQL)")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir(repo_root: Path) -> Path:
    return repo_root / "seeds"


@pytest.fixture(scope="session")
def seed_files(seeds_dir: Path) -> list[Path]:
    """The seed articles, sorted by name (000_… to 004_…)."""
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith("."))


@pytest.fixture(scope="session")
def gold_path(repo_root: Path) -> Path:
    """The hand annotation of every figure in the seeds (from shared/eval/seeds_gold.json)."""
    return repo_root / "tests" / "data" / "seeds_gold.json"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite workspace file (it does not exist yet)."""
    return f"sqlite:///{tmp_path}/ws.sqlite"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the server in DATABASE_URL, dropped afterwards."""
    base = os.environ.get("DATABASE_URL")
    if not base:
        pytest.skip("needs DATABASE_URL: run ./test.sh (it starts a throwaway PostgreSQL)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base)
    if url.get_backend_name() != "postgresql":
        pytest.skip(f"DATABASE_URL is not PostgreSQL: {url.get_backend_name()}")
    if url.drivername == "postgresql":  # SQLAlchemy's default driver is psycopg2; we ship psycopg 3
        url = url.set(drivername="postgresql+psycopg")
    name = f"evidence_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")  # CREATE DATABASE can't run in a txn
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        # FORCE: the code under test may still hold pooled connections to it
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest) -> str:
    """Each store test twice: on a fresh SQLite file, and on a fresh PostgreSQL database (skipped
    without DATABASE_URL)."""
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def fire_in_two_units(tmp_path: Path) -> Iterator[object]:
    """A workspace (open) of two outlets giving one burned area, one in acres ("4,000 acres") and
    one in hectares ("1,620 hectares"): one quantity in two units of one dimension."""
    from desktop.model import Source
    from desktop.workspace import Workspace

    said = {
        "wire.txt": "Calder fire grows\n\nThe Calder fire has burned 4,000 acres, officials said.",
        "translated.txt": "Calder fire\n\nThe Calder fire has burned 1,620 hectares so far.",
    }
    for name, text in said.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    workspace = Workspace(f"sqlite:///{tmp_path}/fire.sqlite")
    try:
        workspace.import_sources([Source(origin=str(tmp_path / name)) for name in said])
        yield workspace
    finally:
        workspace.close()
