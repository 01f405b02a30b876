"""Statements in the workspace: stored with their article in the import's transaction, linked
across the whole workspace once per batch, edited (link, unlink, rename, confirm, reject) with
undo and team conflicts like figure groups, and found in an old workspace once it is analysed
again.
Every test runs on a fresh SQLite file and on a fresh PostgreSQL database."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.model import Applied, Conflict, Source, Statement
from desktop.workspace import Workspace

DATA = Path(__file__).parents[1] / "data" / "workspaces"


@pytest.fixture
def team(any_db_url: str, seed_files: list[Path]) -> Iterator[tuple[Workspace, Workspace]]:
    """Maria imported the seeds; Sam has the same workspace open."""
    maria = Workspace(any_db_url, author="Maria")
    maria.import_sources([Source(str(p)) for p in seed_files])
    sam = Workspace(any_db_url, author="Sam")
    yield maria, sam
    sam.close()
    maria.close()


def _deadline(ws: Workspace):
    """The group of 001's and 003's "There is no deadline…" remark."""
    view = ws.statement_view()
    return next(g for g in view.groups if "no deadline" in g.label), view


def test_statements_are_stored_per_article_and_linked_across_them(team, any_db_url) -> None:
    maria, _ = team
    view = maria.statement_view()
    articles = {a.id: a for a in maria.article_rows()}
    assert len(view.statements) >= 20
    for st in view.statements:
        assert isinstance(st, Statement) and st.id is not None
        text = articles[st.article].text
        assert [text[a:b] for a, b in st.pieces] == list(st.said)  # the words, not the marks
    deadline, _ = _deadline(maria)
    assert deadline.source_count == 2 and deadline.speaker == "Antony Blinken"
    # 000 and 002 quote the "As of November 10 / As of the 10th of November" statement
    as_of = next(g for g in view.groups if any("10th of November" in view.statement(i).words
                                               for i in g.statements))  # fmt: skip
    assert any("As of November 10" in view.statement(i).words for i in as_of.statements)
    # the rows are their own: no statement became a claim with a made-up value
    engine = sa.create_engine(any_db_url)
    with engine.connect() as c:
        rows = c.execute(sa.text("SELECT count(*) FROM statements")).scalar()
        quoted = c.execute(
            sa.text("SELECT count(*) FROM claims WHERE text = :w"),
            {"w": view.statements[0].words},
        ).scalar()
    engine.dispose()
    assert rows == len(view.statements) and quoted == 0


def test_importing_again_relinks_without_moving_what_the_user_decided(
    team, seed_files: list[Path]
) -> None:
    maria, _ = team
    deadline, view = _deadline(maria)
    confirmed = maria.confirm_statements(deadline.id, seen=view)
    assert isinstance(confirmed, Applied)
    other = next(g for g in view.groups if g.id != deadline.id)
    rejected = maria.reject_statements(other.id, seen=maria.statement_view())
    assert isinstance(rejected, Applied)
    report = maria.import_sources([Source.from_text("A new article with no quotes at all.")])
    assert report.added
    after = maria.statement_view()
    kept = after.group(deadline.id)
    assert kept is not None and kept.confirmed and kept.statements == deadline.statements
    # the rejected versions stand alone and are not proposed together again
    for sid in other.statements:
        assert after.group_of(sid) is None


def test_unlink_link_and_undo_statements(team) -> None:
    maria, _ = team
    deadline, view = _deadline(maria)
    first, second = deadline.statements
    unlinked = maria.unlink_statements([first], seen=view)
    assert isinstance(unlinked, Applied) and first in unlinked.changes.statements
    assert maria.statement_view().group(deadline.id) is None  # one version left: no group
    undone = maria.undo(unlinked.edit)
    assert isinstance(undone, Applied)
    assert maria.statement_view().group(deadline.id).statements == (first, second)
    redone = maria.redo(undone.edit)
    assert isinstance(redone, Applied)
    linked = maria.link_statements([first, second], seen=maria.statement_view())
    assert isinstance(linked, Applied)
    group = maria.statement_view().group_of(first)
    assert group is not None and group.statements == (first, second)
    assert maria.undo(linked.edit)
    assert maria.statement_view().group_of(first) is None
    assert maria.activity(1)[0].text.startswith("took back: linked “There is no deadline")
    assert maria.activity(1)[0].author == "Maria"


def test_rename_a_statement_group_with_undo_redo_and_the_change_log(team) -> None:
    maria, sam = team
    deadline, view = _deadline(maria)
    name = 'Blinken: <b>no</b> deadline, "ever"'
    renamed = maria.rename_statements(deadline.id, name, seen=view)
    assert isinstance(renamed, Applied) and renamed.changes.statement_groups == {deadline.id}
    assert renamed.text.startswith("rename “") and renamed.text.endswith(f"to “{name}”")
    assert sam.statement_view().group(deadline.id).label == name  # stored, for every window
    logged = maria.activity(1)[0]
    assert logged.text == f"renamed{renamed.text[len('rename') :]}" and logged.author == "Maria"
    assert deadline.id in logged.changes.statement_groups
    # the new name is what the sheet and the export call the group
    assert next(s for s in maria.sheet().statements if s.group == deadline.id).label == name
    exported = maria.export()["statement_groups"]
    assert next(g for g in exported if g["id"] == f"s{deadline.id}")["label"] == name
    same = maria.rename_statements(deadline.id, name, seen=maria.statement_view())
    assert isinstance(same, Applied) and not same  # the same name again: nothing to undo

    undone = maria.undo(renamed.edit)
    assert isinstance(undone, Applied)
    assert maria.statement_view().group(deadline.id).label == deadline.label
    assert maria.activity(1)[0].text.startswith("took back: renamed “")
    redone = maria.redo(undone.edit)
    assert isinstance(redone, Applied)
    assert maria.statement_view().group(deadline.id).label == name
    assert maria.activity(1)[0].text.startswith("did again: renamed “")

    # relinking after an import keeps the user's name on the same versions
    assert maria.import_sources([Source.from_text('"No quotes here," nobody said.')]).added
    after = maria.statement_view().group(deadline.id)
    assert after is not None and after.label == name and after.statements == deadline.statements

    # Sam, who still sees the old name, is refused and told who renamed it
    refused = sam.rename_statements(deadline.id, "Sam's name", seen=view)
    assert isinstance(refused, Conflict) and not refused
    assert refused.message.startswith("Maria did again: renamed “")
    assert "Not done: your rename to “Sam's name”." in refused.message
    assert maria.statement_view().group(deadline.id).label == name


def test_a_statement_edit_on_a_stale_view_is_a_conflict_that_names_who(team) -> None:
    maria, sam = team
    deadline, seen = _deadline(sam)  # what Sam's window shows
    assert maria.unlink_statements([deadline.statements[0]], seen=maria.statement_view())
    refused = sam.confirm_statements(deadline.id, seen=seen)
    assert isinstance(refused, Conflict) and not refused
    assert refused.message.startswith("Maria unlinked “There is no deadline")
    assert deadline.id in refused.changes.statement_groups
    assert not maria.statement_view().group_of(deadline.statements[1])


def test_an_old_workspace_finds_its_statements_when_analysed_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "seeds-2025.sqlite", path)
    ws = Workspace(f"sqlite:///{path}", author="Maria")
    try:
        assert ws.statement_view().statements == ()
        assert ws.needs_reanalysis()
        ws.reanalyse()
        view = ws.statement_view()
        assert len(view.statements) >= 20 and view.groups
        assert not ws.needs_reanalysis()
    finally:
        ws.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0005",)]


STATEMENTS = Path(__file__).parents[1] / "data" / "statements"


def test_the_workspace_finds_and_links_statements_as_well_as_the_engine(tmp_path: Path) -> None:
    """The dev events imported through the workspace (stored, linked once per batch, parts
    quoted apart elsewhere cut, implied speakers settled) and read back from the export score
    above the issue's floors: statement F1 0.90, speaker accuracy 0.85, link F1 0.85."""
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from statement_scoring import StatementScore, score_statements

    total = StatementScore(0, 0, 0, 0, 0, 0, 0)
    for n, event in enumerate(sorted(p for p in (STATEMENTS / "dev").iterdir() if p.is_dir())):
        gold = json.loads((event / "gold.json").read_text(encoding="utf-8"))
        ws = Workspace(f"sqlite:///{tmp_path}/event{n}.sqlite")
        try:
            ws.import_sources([Source(str(p)) for p in sorted(event.glob("*.txt"))])
            export = ws.export()
        finally:
            ws.close()
        names = {a["id"]: Path(a["path"]).name for a in export["articles"]}
        predicted = [
            {"article": names[c["article"]], "pieces": c["pieces"],
             "speaker": c["speaker"] or None, "group": c["group"]}
            for c in export["statements"]
        ]  # fmt: skip
        total = total + score_statements(predicted, gold)
    assert total.f1 >= 0.90, total.line()
    assert total.speaker_accuracy >= 0.85, total.line()
    assert total.link_f1 >= 0.85, total.line()


def test_a_transcripts_name_label_keeps_its_speaker_through_the_store(any_db_url, tmp_path) -> None:
    """A transcript's answers stored and read back still name the person their label names
    when another article's version of the words gives them to someone else; the wire's own
    attribution stays the wire's."""
    live = tmp_path / "live.txt"
    live.write_text(
        "Outage live\n\n"
        "Norvane Air chief executive Roland Achterberg spoke to Skelby Sound this morning.\n\n"
        "Presenter: Will you resign?\n\n"
        "Achterberg: That's not my decision to make, it's the board's decision.\n\n"
        "Presenter: Was the update tested?\n\n"
        "Achterberg: It was tested by the supplier before it went live.\n",
        encoding="utf-8",
    )
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "Outage\n\n"
        'Norvane Air apologised. "It was tested by the supplier before it went live," Norvane '
        "Air said in a statement.\n",
        encoding="utf-8",
    )
    ws = Workspace(any_db_url)
    try:
        ws.import_sources([Source(str(live))])
        ws.import_sources([Source(str(wire))])
        view = ws.statement_view()
    finally:
        ws.close()
    again = Workspace(any_db_url)
    try:
        stored = again.statement_view()
    finally:
        again.close()
    for seen in (view, stored):
        by_speaker = sorted((s.speaker or "", s.labelled) for s in seen.statements)
        assert by_speaker == [
            ("Norvane Air", False), ("Roland Achterberg", True), ("Roland Achterberg", True),
        ]  # fmt: skip
    tested = [g for g in stored.groups if "tested by the supplier" in g.label]
    assert len(tested) == 1 and len(tested[0].statements) == 2
