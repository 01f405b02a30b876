"""Races between real processes on one PostgreSQL database: several people at the same moment.

Each person is a long-lived worker process (people.py) with its own workspace connection; a round
sends both requests before reading either answer. The workers read their "window" (a snapshot)
first, so both edits are made on the same view, as two people looking at one screen state.
Imports and schema creation race in forked children (processes.py). Marked postgres: skipped
without DATABASE_URL (./test.sh starts a throwaway server).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from people import Person, at_once
from processes import Forker, exited_ok
from sqlalchemy import create_engine, text

from desktop.model import Source
from desktop.store.database import HEAD
from desktop.workspace import Workspace

pytestmark = pytest.mark.postgres

ROUNDS = 200


@pytest.fixture
def seeded_pg(pg_url: str, seed_files: list[Path]) -> str:
    ws = Workspace(pg_url, author="Setup")
    try:
        report = ws.import_sources([Source(str(p)) for p in seed_files])
        assert len(report.added) == len(seed_files)
    finally:
        ws.close()
    return pg_url


@pytest.fixture
def maria_and_sam(seeded_pg: str, repo_root: Path) -> Iterator[tuple[Person, Person]]:
    maria = Person(repo_root, seeded_pg, "Maria")
    sam = Person(repo_root, seeded_pg, "Sam")
    try:
        yield maria, sam
    finally:
        maria.close()
        sam.close()


def _lone_and_two_groups(url: str) -> tuple[int, int, int]:
    ws = Workspace(url)
    try:
        groups = sorted(ws.group_rows(), key=lambda g: -len(g.claims))
        grouped = {c for g in groups for c in g.claims}
        lone = next(c.id for c in ws.claims() if c.id not in grouped)
        return lone, groups[0].id, groups[1].id
    finally:
        ws.close()


def test_two_people_moving_one_figure_at_once_never_lose_an_edit(
    seeded_pg: str, maria_and_sam: tuple[Person, Person]
) -> None:
    maria, sam = maria_and_sam
    figure, group_a, group_b = _lone_and_two_groups(seeded_pg)
    for n in range(ROUNDS):
        maria.ask("look")
        sam.ask("look")
        first, second = (maria, sam) if n % 2 == 0 else (sam, maria)  # who asks first varies
        answers = at_once(
            (first, "link", {"claims": [figure], "into": group_a}),
            (second, "link", {"claims": [figure], "into": group_b}),
        )
        results = [a["result"] for a in answers]
        assert sorted(results) == ["applied", "conflict"], (n, answers)
        winner, target = (first, group_a) if results[0] == "applied" else (second, group_b)
        loser_answer = answers[1] if results[0] == "applied" else answers[0]
        # the applied edit is what the workspace holds, and the other person is told who did it
        assert maria.ask("group_of", claim=figure)["group"] == target, n
        assert loser_answer["message"].startswith(f"{winner.author} linked “"), loser_answer
        # the winner takes it back: nobody changed it since, so the undo goes through
        assert winner.ask("undo") == {"result": "applied"}, n
        assert sam.ask("group_of", claim=figure)["group"] is None, n


def test_a_stale_rename_and_confirm_and_an_undo_over_someone_else_are_refused(
    seeded_pg: str, maria_and_sam: tuple[Person, Person]
) -> None:
    maria, sam = maria_and_sam
    _figure, group, _other = _lone_and_two_groups(seeded_pg)
    maria.ask("look")
    sam.ask("look")
    assert sam.ask("rename", group=group, label="Sam's name")["result"] == "applied"
    stale = maria.ask("rename", group=group, label="Maria's name")
    assert stale["result"] == "conflict"
    assert stale["message"].startswith("Sam renamed “") and "“Sam's name”" in stale["message"]
    assert maria.ask("confirm", group=group)["result"] == "conflict"

    maria.ask("look")  # Maria sees Sam's name, and renames it again
    assert maria.ask("rename", group=group, label="Maria's name")["result"] == "applied"
    sam.ask("look")
    assert sam.ask("confirm", group=group)["result"] == "applied"  # a confirm moves the version
    refused = maria.ask("undo")  # her rename: Sam confirmed the group since
    assert refused["result"] == "conflict" and refused["message"].startswith("Sam confirmed “")
    ws = Workspace(seeded_pg)
    try:
        found = ws.group(group)
        assert (found.label, found.confirmed) == ("Maria's name", True)
        assert ws.confirmed_by() == {group: "Sam"}
    finally:
        ws.close()


def _variants(seed_files: list[Path], folder: Path, count: int) -> list[Path]:
    """`count` different articles: the seeds, each with a closing line of its own (no digits)."""
    files = []
    for n in range(count):
        seed = seed_files[n % len(seed_files)]
        tag = "".join("abcdefghij"[int(d)] for d in f"{n:02d}")
        target = folder / f"{seed.stem}-{tag}.txt"
        text_ = seed.read_text(encoding="utf-8")
        target.write_text(f"{text_}\n\nFiled again as edition {tag}.\n", encoding="utf-8")
        files.append(target)
    return files


def _groups_by_content(url: str) -> set[frozenset[tuple[str, int]]]:
    """Each group as the set of (article content hash, figure start) it holds: comparable
    between two databases whose ids differ."""
    ws = Workspace(url)
    try:
        hashes = {a.id: a.content_hash for a in ws.article_rows()}
        claims = {c.id: c for c in ws.claims()}
        return {
            frozenset((hashes[claims[c].article], claims[c].start) for c in g.claims)
            for g in ws.group_rows()
        }
    finally:
        ws.close()


def test_two_processes_importing_the_same_50_articles_store_each_once(
    pg_url: str, seed_files: list[Path], tmp_path: Path, forker: Forker
) -> None:
    files = _variants(seed_files, tmp_path, 50)
    Workspace(pg_url).close()  # the schema first: this test races the imports
    forker.start("import", pg_url, 2, files)
    statuses, _took = forker.finish()
    assert all(exited_ok(s) for s in statuses), statuses
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT content_hash, COUNT(*) FROM articles GROUP BY 1"))
            counts = [n for _hash, n in rows]
            empty = conn.execute(
                text(
                    "SELECT COUNT(*) FROM groups g WHERE NOT EXISTS "
                    "(SELECT 1 FROM claims c WHERE c.group_id = g.id)"
                )
            ).scalar_one()
            imported_by = conn.execute(text("SELECT DISTINCT imported_by FROM articles")).all()
    finally:
        engine.dispose()
    assert len(counts) == 50 and set(counts) == {1}
    assert empty == 0
    assert len(imported_by) == 1  # both children are this OS user
    # the groups are those one process alone makes of the same articles: none doubled or lost
    alone = pg_url.rsplit("/", 1)[0] + "/evidence_alone_" + pg_url.rsplit("_", 1)[-1]
    admin = create_engine(pg_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{alone.rsplit("/", 1)[-1]}"'))
        ws = Workspace(alone)
        ws.import_sources([Source(str(f)) for f in files])
        ws.close()
        assert _groups_by_content(pg_url) == _groups_by_content(alone)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{alone.rsplit("/", 1)[-1]}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize("attempt", range(3))
def test_two_processes_creating_the_schema_at_once_both_open_it(
    pg_url: str, forker: Forker, attempt: int
) -> None:
    forker.start("create", pg_url, 2)
    statuses, _took = forker.finish()
    assert all(exited_ok(s) for s in statuses), statuses
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    finally:
        engine.dispose()
    assert versions == [(HEAD,)]
