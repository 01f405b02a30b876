"""Fixtures for the core tests: the forking helper for tests that kill or race real processes,
and each annotated story imported once a session."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from processes import Forker

from desktop.model import Source
from desktop.workspace import Workspace


@pytest.fixture
def forker(repo_root: Path) -> Iterator[Forker]:
    """A helper process that forks workspace work on request (see processes.py)."""
    helper = Forker(repo_root)
    try:
        yield helper
    finally:
        helper.close()


@pytest.fixture(scope="session")
def story_export(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], dict]:
    """The export of a story folder's articles, imported into a workspace of their own the first
    time it is asked for in a session: the link floors and the checks of every group read the
    same import instead of each importing every story again. An article refused fails the test."""
    found: dict[Path, dict] = {}

    def export(folder: Path) -> dict:
        if folder not in found:
            where = tmp_path_factory.mktemp("story")
            workspace = Workspace(f"sqlite:///{where}/story.sqlite")
            try:
                files = sorted(folder.glob("*.txt"))
                report = workspace.import_sources([Source(str(p)) for p in files])
                assert not report.rejected, (folder, report.rejected)
                found[folder] = workspace.export()
            finally:
                workspace.close()
        return copy.deepcopy(found[folder])  # a test that changes its export changes no other's

    return export
