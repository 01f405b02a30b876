"""A workspace made by an earlier version opens, its articles are read again with today's rules
and relinked, and every decision the user made there still holds.

tests/data/workspaces/seeds-2025.sqlite was written by the code of commit 659c327 (before figures
were versioned) with tests/data/workspaces/make_seeds_2025.py: the seeds imported, a group renamed
and confirmed, a figure unlinked, two lone figures linked by hand and renamed, a suggestion
rejected. seeds-2025.json records those decisions by article title and figure position.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.model import Claim, Source
from desktop.workspace import ANALYSIS, Workspace

DATA = Path(__file__).parents[1] / "data" / "workspaces"


@pytest.fixture
def old_workspace(tmp_path: Path) -> Workspace:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "seeds-2025.sqlite", path)
    workspace = Workspace(f"sqlite:///{path}")
    yield workspace
    workspace.close()


def _find(workspace: Workspace, figure: list) -> Claim:
    """Today's claim at the place an old figure stood (same article, overlapping span)."""
    title, text, start = figure
    article = next(a.id for a in workspace.article_rows() if a.title == title)
    end = start + len(text)
    (claim,) = [c for c in workspace.claims(article) if c.start < end and c.end > start]
    return claim


def test_an_old_workspace_is_read_again_and_keeps_every_decision(old_workspace) -> None:
    done = json.loads((DATA / "seeds-2025.json").read_text(encoding="utf-8"))
    ws = old_workspace
    assert ws.needs_reanalysis()
    progress: list[tuple[int, int, str]] = []
    report = ws.reanalyse(progress=lambda *p: progress.append(p))
    assert not report.cancelled and not report.rejected and not report.unattached
    assert not ws.needs_reanalysis()
    assert progress and progress[-1][0] == progress[-1][1]
    snapshot = ws.snapshot()
    groups = {g.id: g for g in ws.group_rows()}
    assert all(g.claims for g in groups.values()), "an emptied group was left behind"

    renamed = {snapshot.group_of(_find(ws, f).id).id for f in done["renamed"]["figures"]}
    (group,) = renamed  # still one group, still the user's name, still confirmed
    assert groups[group].label == "My airlift count" and groups[group].confirmed

    unlinked = _find(ws, done["unlinked"]["figure"])
    left = {snapshot.group_of(_find(ws, f).id).id for f in done["unlinked"]["from"]}
    assert snapshot.group_of(unlinked.id) is None or snapshot.group_of(unlinked.id).id not in left

    linked = {snapshot.group_of(_find(ws, f).id).id for f in done["linked"]["figures"]}
    (group,) = linked
    assert groups[group].label == "Linked by hand"

    rejected = [snapshot.group_of(_find(ws, f).id) for f in done["rejected"]]
    ids = [g.id for g in rejected if g is not None]
    assert len(ids) == len(set(ids)), "a rejected suggestion came back"


def test_importing_into_an_old_workspace_brings_it_up_to_date_first(old_workspace, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("A note\n\nAbout 5,000 people were flown out of Kabul.", encoding="utf-8")
    report = old_workspace.import_sources([Source(str(note))])
    assert report.added and not old_workspace.needs_reanalysis()


def test_a_new_workspace_needs_no_reading_again(db_url: str) -> None:
    workspace = Workspace(db_url)
    try:
        assert not workspace.needs_reanalysis()
        assert ANALYSIS.startswith("figures ")
    finally:
        workspace.close()
