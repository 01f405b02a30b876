"""A workspace read ahead for linking (what a window does after opening it) links an added article
exactly as a workspace opened afresh does, and a claim it remembers is read again when the store
holds another claim under its id (another program read the workspace again)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from desktop.model import Source
from desktop.store import Database
from desktop.store import repository as repo
from desktop.workspace import Workspace


def groups_and_statements(ws: Workspace) -> tuple[set, set]:
    snap = ws.snapshot()
    view = ws.statement_view()
    figures = {frozenset(g.claims) for g in snap.groups}
    quotes = {frozenset(g.statements) for g in view.groups}
    return figures, quotes


def test_an_article_added_after_reading_ahead_is_linked_as_in_a_fresh_workspace(
    seed_files: list[Path], tmp_path: Path
) -> None:
    *first, last = seed_files
    made = tmp_path / "made.sqlite"
    ws = Workspace(f"sqlite:///{made}")
    try:
        assert len(ws.import_sources([Source(str(f)) for f in first]).added) == len(first)
    finally:
        ws.close()
    shutil.copy(made, tmp_path / "fresh.sqlite")

    ahead = Workspace(f"sqlite:///{made}")
    fresh = Workspace(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    try:
        ahead.prepare_linking()
        assert ahead.import_sources([Source(str(last))]).added
        assert fresh.import_sources([Source(str(last))]).added
        figures, quotes = groups_and_statements(ahead)
        assert figures and quotes
        assert (figures, quotes) == groups_and_statements(fresh)
    finally:
        ahead.close()
        fresh.close()


def test_a_remembered_claim_is_read_again_when_the_store_holds_another(
    seed_files: list[Path], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    ws = Workspace(url)
    try:
        ws.import_sources([Source(str(seed_files[0]))])
    finally:
        ws.close()
    db = Database(url)
    try:
        with db.session() as s:
            blocks = repo.all_blocks(s)
            stored = {p.claim.id: p.claim for p in repo.placements(s, blocks)}
            some = min(stored)
            known = dict(stored)
            known[some] = replace(stored[some], text="something else", start=stored[some].start + 1)
            again = {p.claim.id: p.claim for p in repo.placements(s, blocks, known)}
    finally:
        db.dispose()
    assert again == stored
    assert known[some] == stored[some]  # what it remembers is the stored claim now


def test_every_live_claim_is_listed_with_the_remembered_ones_checked(
    seed_files: list[Path], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    ws = Workspace(url)
    try:
        ws.import_sources([Source(str(f)) for f in seed_files[:2]])
    finally:
        ws.close()
    db = Database(url)
    try:
        with db.session() as s:
            stored = repo.claims(s)
            known: dict = {}
            assert repo.live_claims(s, known) == stored and len(known) == len(stored)
            some = stored[0]
            known[some.id] = replace(some, unit="something else", end=some.end + 1)
            del known[stored[-1].id]
            assert repo.live_claims(s, known) == stored
            assert known[some.id] == some and known[stored[-1].id] == stored[-1]
    finally:
        db.dispose()
