"""Fixtures for the core tests: the forking helper for tests that kill or race real processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from processes import Forker


@pytest.fixture
def forker(repo_root: Path) -> Iterator[Forker]:
    """A helper process that forks workspace work on request (see processes.py)."""
    helper = Forker(repo_root)
    try:
        yield helper
    finally:
        helper.close()
