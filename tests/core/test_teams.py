"""Several people on one workspace, in one process: versions, conflicts, undo, who did what, the
change counter. Two `Workspace` objects on one database are two people (each its own session and
author); every test runs on a fresh SQLite file and on a fresh PostgreSQL database.

Races between real processes are in test_team_races.py.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.model import Applied, Conflict, Guarded, Source
from desktop.workspace import Workspace

DATA = Path(__file__).parents[1] / "data" / "workspaces"


@pytest.fixture
def team(any_db_url: str, seed_files: list[Path]) -> Iterator[tuple[Workspace, Workspace]]:
    """Maria imported the seeds; Sam has the same workspace open."""
    maria = Workspace(any_db_url, author="Maria")
    report = maria.import_sources([Source(str(p)) for p in seed_files])
    assert len(report.added) == len(seed_files)
    sam = Workspace(any_db_url, author="Sam")
    yield maria, sam
    sam.close()
    maria.close()


def label_of(ws: Workspace, group: int) -> str:
    return next(g.label for g in ws.group_rows() if g.id == group)


def biggest(ws: Workspace):
    return max(ws.group_rows(), key=lambda g: len(g.claims))


def lone(ws: Workspace) -> list[int]:
    grouped = {c for g in ws.group_rows() for c in g.claims}
    return [c.id for c in ws.claims() if c.id not in grouped]


# --------------------------------------------------------------------------- no lost update


def test_a_rename_on_a_stale_view_is_a_conflict_that_names_who(team) -> None:
    maria, sam = team
    seen = sam.snapshot().versions  # what Sam's window shows
    group = biggest(maria)
    assert maria.rename(group.id, "Evacuees, all counts", seen=maria.snapshot())
    refused = sam.rename(group.id, "Sam's label", seen=seen)
    assert isinstance(refused, Conflict) and not refused
    assert refused.message.startswith("Maria renamed “")
    assert "“Evacuees, all counts”" in refused.message and "a moment ago" in refused.message
    assert group.id in refused.changes.groups
    assert maria.group(group.id).label == "Evacuees, all counts"  # not overwritten


def test_a_confirm_on_a_stale_view_is_a_conflict(team) -> None:
    maria, sam = team
    seen = sam.snapshot().versions
    group = biggest(maria)
    assert maria.unlink([group.claims[0]], seen=maria.snapshot().versions)
    refused = sam.confirm(group.id, seen=seen)  # the figures Sam saw are not the group's now
    assert isinstance(refused, Conflict)
    assert refused.message.startswith("Maria unlinked “")
    assert not maria.group(group.id).confirmed


def test_two_moves_of_one_figure_on_one_view_apply_once(team) -> None:
    maria, sam = team
    a, b, c = lone(maria)[:3]
    view_m, view_s = maria.snapshot().versions, sam.snapshot().versions
    first = maria.link([a, b], seen=view_m)
    second = sam.link([a, c], seen=view_s)
    assert isinstance(first, Applied) and isinstance(second, Conflict)
    assert "this figure" in second.message or second.message.startswith("Maria linked")
    groups = [g for g in maria.group_rows() if a in g.claims]
    assert len(groups) == 1 and set(groups[0].claims) == {a, b}


def test_an_edit_on_a_fresh_view_goes_through(team) -> None:
    maria, sam = team
    group = biggest(maria)
    assert maria.rename(group.id, "One", seen=maria.snapshot().versions)
    assert sam.rename(group.id, "Two", seen=sam.snapshot().versions)  # read after Maria's
    assert maria.group(group.id).label == "Two"


def test_undo_after_someone_else_changed_the_same_thing_is_refused(team) -> None:
    maria, sam = team
    group = biggest(maria)
    mine = maria.rename(group.id, "Maria's label", seen=maria.snapshot().versions)
    assert isinstance(mine.edit, Guarded)
    assert sam.rename(group.id, "Sam's label", seen=sam.snapshot().versions)
    refused = maria.undo(mine.edit)
    assert isinstance(refused, Conflict)
    assert refused.message.startswith("Sam renamed “Maria's label” to “Sam's label”")
    assert maria.group(group.id).label == "Sam's label"  # Sam's rename is not wiped
    # nobody else touched it: undo, redo and undo again go through
    other = maria.snapshot().groups[-1]
    mine = maria.rename(other.id, "Mine", seen=maria.snapshot().versions)
    undone = maria.undo(mine.edit)
    assert isinstance(undone, Applied) and maria.group(other.id).label == other.label
    redone = maria.redo(undone.edit)
    assert isinstance(redone, Applied) and maria.group(other.id).label == "Mine"
    assert isinstance(maria.undo(redone.edit), Applied)
    assert maria.group(other.id).label == other.label


def test_undo_of_a_link_into_a_new_group_after_someone_moved_a_figure_of_it(team) -> None:
    maria, sam = team
    a, b, c = lone(maria)[:3]
    linked = maria.link([a, b, c], seen=maria.snapshot().versions)
    assert sam.unlink([b], seen=sam.snapshot().versions)
    refused = maria.undo(linked.edit)
    assert isinstance(refused, Conflict) and refused.message.startswith("Sam unlinked")
    group = next(g for g in maria.group_rows() if a in g.claims)
    assert set(group.claims) == {a, c}  # nothing half undone


def test_edits_to_an_article_are_versioned_too(team) -> None:
    maria, sam = team
    article = maria.article_rows()[0].id
    seen = sam.snapshot().versions
    assert maria.edit_article(article, {"outlet": "The Wire"}, seen=maria.snapshot().versions)
    refused = sam.edit_article(article, {"outlet": "Other"}, seen=seen)
    assert isinstance(refused, Conflict) and refused.message.startswith("Maria edited outlet")
    assert isinstance(sam.remove_article(article, seen=seen), Conflict)
    assert article in {a.id for a in maria.article_rows()}


# --------------------------------------------------------------------------- who did what


def test_decisions_imports_and_changes_record_their_author(team) -> None:
    maria, sam = team
    group = biggest(maria)
    assert sam.confirm(group.id, seen=sam.snapshot().versions)
    assert maria.confirmed_by() == {group.id: "Sam"}
    log = maria.activity(10)
    assert [(a.author, a.text) for a in log[:2]] == [
        ("Sam", f"confirmed “{group.label}”"),
        ("Maria", "imported 5 articles"),
    ]
    assert [a.author for a in maria.activity(10, group=group.id)][0] == "Sam"
    kinds = {(kind, author) for kind, author in _decision_authors(maria)}
    assert ("confirmed", "Sam") in kinds


def _decision_authors(ws: Workspace) -> list[tuple[str, str]]:
    from sqlalchemy import text

    with ws._db.session() as s:  # noqa: SLF001 - what is stored, read back
        return [tuple(r) for r in s.execute(text("SELECT kind, author FROM decisions"))]


def test_the_change_counter_moves_and_names_the_rows(team) -> None:
    maria, sam = team
    start = sam.change_counter()
    group = biggest(maria)
    maria.rename(group.id, "Renamed", seen=maria.snapshot().versions)
    assert sam.wait_for_change(start, timeout=5) > start
    counter, found = sam.changes_since(start)
    assert counter > start and [a.author for a in found] == ["Maria"]
    assert group.id in found[0].changes.groups and found[0].session == maria.session
    assert sam.changes_since(counter) == (counter, [])


# --------------------------------------------------------------------------- old workspaces


def test_an_old_workspace_opens_upgraded_with_versions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "seeds-2025.sqlite", path)
    ws = Workspace(f"sqlite:///{path}", author="Maria")
    try:
        snap = ws.snapshot()
        assert snap.groups and set(snap.versions.rows.values()) == {1}
        group = snap.groups[0]
        assert ws.rename(group.id, "Upgraded", seen=snap.versions)
        assert ws.activity(1)[0].author == "Maria"
    finally:
        ws.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0005",)]


def test_the_sheet_says_who_confirmed_each_group(team) -> None:
    maria, sam = team
    group = biggest(maria)
    assert sam.confirm(group.id, seen=sam.snapshot())
    sheet = maria.sheet()
    section = next(s for s in sheet.sections if s.group == group.id)
    assert section.confirmed and section.confirmed_by == "Sam"
    assert all(not getattr(s, "confirmed_by", "") for s in sheet.sections if s.group != group.id)
    assert "confirmed by Sam" in maria.sheet_html()
    assert section.rows and all(row.citation for row in section.rows)  # rows kept as they were


@pytest.mark.postgres
def test_a_waiting_window_is_woken_by_the_servers_notice(pg_url: str, seed_files) -> None:
    """On PostgreSQL the wait ends when the change is announced (NOTIFY), not when it times out:
    the wait is given a minute, the thread must be back long before."""
    import threading

    maria = Workspace(pg_url, author="Maria")
    sam = Workspace(pg_url, author="Sam")
    try:
        maria.import_sources([Source(str(p)) for p in seed_files])
        start = sam.change_counter()
        sam.wait_for_change(start, timeout=0.01)  # listening from now on
        woken: list[int] = []
        waiter = threading.Thread(target=lambda: woken.append(sam.wait_for_change(start, 60)))
        waiter.start()
        group = maria.group_rows()[0]
        maria.rename(group.id, "Announced", seen=maria.snapshot())
        waiter.join(timeout=30)
        assert not waiter.is_alive(), "the notice did not wake the waiting window"
        assert woken and woken[0] > start
    finally:
        sam.close()
        maria.close()


def test_one_person_undoes_two_edits_of_the_same_group_in_turn(team) -> None:
    """Undoing the newer edit moves the group's version on; the older edit's undo must still go
    through, since nobody else changed the group (and redo likewise, in turn)."""
    maria, sam = team
    group = biggest(maria)
    first = maria.rename(group.id, "First", seen=maria.snapshot())
    second = maria.rename(group.id, "Second", seen=maria.snapshot())
    assert isinstance(first, Applied) and isinstance(second, Applied)
    back = maria.undo(second.edit)
    assert isinstance(back, Applied), back
    again = maria.undo(first.edit)
    assert isinstance(again, Applied), again
    assert label_of(sam, group.id) == group.label
    assert isinstance(maria.redo(again.edit), Applied)
    assert isinstance(maria.redo(back.edit), Applied)
    assert label_of(sam, group.id) == "Second"


def test_an_older_undo_is_refused_once_someone_else_changed_the_group(team) -> None:
    maria, sam = team
    group = biggest(maria)
    first = maria.rename(group.id, "First", seen=maria.snapshot())
    second = maria.rename(group.id, "Second", seen=maria.snapshot())
    assert isinstance(maria.undo(second.edit), Applied)
    assert isinstance(sam.rename(group.id, "Sam's", seen=sam.snapshot()), Applied)
    refused = maria.undo(first.edit)
    assert isinstance(refused, Conflict) and "Sam" in refused.message
    assert label_of(maria, group.id) == "Sam's"
