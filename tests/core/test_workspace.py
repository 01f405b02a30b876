"""The workspace service on real databases: imports, progress and cancel, decisions that survive
relinking, undo/redo of every edit, and what a killed import leaves behind.

Claims are picked from what the workspace holds (the largest group, a figure no group holds, …),
never by hard-coded ids or numbers, so the tests hold while extraction and linking improve.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desktop.claims import extract_claims
from desktop.linking import block_key
from desktop.model import (
    Claim,
    Conflict,
    EditConflict,
    MoveClaim,
    Source,
)
from desktop.workspace import Workspace

# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="session")
def seeds_template(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path]) -> Path:
    """A SQLite workspace holding the five seeds, made once; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "seeds.sqlite"
    workspace = Workspace(f"sqlite:///{path}")
    seeded(workspace, seed_files)
    workspace.close()
    return path


def seeded_copy(template: Path, folder: Path) -> Workspace:
    for suffix in ("", "-wal"):  # closing checkpoints the WAL; copy it should it remain
        if Path(f"{template}{suffix}").exists():
            shutil.copyfile(f"{template}{suffix}", folder / f"ws.sqlite{suffix}")
    return Workspace(f"sqlite:///{folder}/ws.sqlite")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ws(
    request: pytest.FixtureRequest, seeds_template: Path, seed_files: list[Path], tmp_path: Path
) -> Iterator[Workspace]:
    """A workspace holding the five seeds: a copy of the SQLite template, or imported into a
    fresh PostgreSQL database (skipped without DATABASE_URL)."""
    if request.param == "sqlite":
        workspace = seeded_copy(seeds_template, tmp_path)
    else:
        workspace = seeded(Workspace(request.getfixturevalue("pg_url")), seed_files)
    yield workspace
    workspace.close()


@pytest.fixture
def empty_ws(any_db_url: str) -> Iterator[Workspace]:
    """A new, empty workspace: on a SQLite file, and on PostgreSQL (skipped without a server)."""
    workspace = Workspace(any_db_url)
    yield workspace
    workspace.close()


def sources(paths: list[Path]) -> list[Source]:
    return [Source(str(p)) for p in paths]


def seeded(ws: Workspace, seed_files: list[Path]) -> Workspace:
    report = ws.import_sources(sources(seed_files))
    assert len(report.added) == len(seed_files) and not report.rejected
    return ws


def membership(ws: Workspace) -> dict[int, tuple[str, frozenset[int]]]:
    """Each visible group: its label and its figures."""
    return {g.id: (g.label, frozenset(g.claims)) for g in ws.group_rows()}


def state(ws: Workspace) -> tuple:
    """What an undo must restore: groups (label, figures, confirmed), articles and figures."""
    groups = {g.id: (g.label, frozenset(g.claims), g.confirmed) for g in ws.group_rows()}
    articles = tuple((a.id, a.title, a.outlet, a.published) for a in ws.article_rows())
    claims = tuple(c.id for c in ws.claims())
    return groups, articles, claims


def group_of(ws: Workspace, claim: int) -> int | None:
    return next((g.id for g in ws.group_rows() if claim in g.claims), None)


def lone_claims(ws: Workspace) -> list[Claim]:
    """Figures no group holds, at most one per article, in article order."""
    grouped = {c for g in ws.group_rows() for c in g.claims}
    seen: set[int] = set()
    out = []
    for c in ws.claims():
        if c.id not in grouped and c.article not in seen:
            seen.add(c.article)
            out.append(c)
    return out


def variant(path: Path, folder: Path, tag: str) -> Path:
    """Another article with the same figures: the same text and a closing line without numbers."""
    target = folder / f"{path.stem}-{tag}.txt"
    target.write_text(
        path.read_text(encoding="utf-8") + f"\n\nFiled again as edition {tag}.\n", encoding="utf-8"
    )
    return target


def origin_of(ws: Workspace, article: int) -> str:
    return next(a.origin for a in ws.article_rows() if a.id == article)


def same_figures(stored: list[Claim], extracted: list[Claim]) -> None:
    """The stored claims are the extracted ones, field for field (ids aside)."""
    assert len(stored) == len(extracted)
    for s, e in zip(stored, extracted, strict=True):
        assert s.with_ids(0, 0) == e.with_ids(0, 0)


# --------------------------------------------------------------------------- import


def test_importing_the_seeds(empty_ws: Workspace, seed_files: list[Path]) -> None:
    ws = seeded(empty_ws, seed_files)
    articles = ws.article_rows()
    assert len(articles) == 5
    assert sorted(a.origin for a in articles) == sorted(map(str, seed_files))
    for a in articles:
        claims = ws.claims(a.id)
        assert a.claim_count == len(claims)
        for c in claims:
            assert c.article == a.id
            assert a.text[c.start : c.end] == c.text
        # what the store gives back is what extraction found in that text
        same_figures(claims, extract_claims(a.text, a.published))
    assert sum(a.claim_count for a in articles) > 20

    groups = ws.group_rows()
    assert len(groups) >= 3
    by_id = {c.id: c for c in ws.claims()}
    seen: set[int] = set()
    for g in groups:
        members = [by_id[i] for i in g.claims]
        assert g.source_count >= 2, g
        assert g.articles == tuple(sorted({c.article for c in members}))
        assert not seen & set(g.claims), "a figure in two groups"
        seen |= set(g.claims)
        attained = {x for c in members for x in (c.value, c.low, c.high) if x is not None}
        assert g.min in attained and g.max in attained and g.min <= g.max
        assert g.status in {"agreeing", "diverging", "changing over time"}


def test_importing_the_same_files_again_adds_nothing(
    ws: Workspace, seed_files: list[Path], tmp_path: Path
) -> None:
    before = ws.export()
    renamed = tmp_path / "same-content-other-name.txt"
    renamed.write_bytes(seed_files[2].read_bytes())

    report = ws.import_sources(sources([*seed_files, renamed]))
    assert report.added == [] and report.rejected == []
    assert sorted(report.duplicates) == sorted(map(str, [*seed_files, renamed]))
    assert not report.changes
    assert ws.export() == before


def test_a_batch_with_bad_files_imports_the_good_ones(
    empty_ws: Workspace, seed_files: list[Path], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    missing = tmp_path / "missing.txt"
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nstream\x00\xff\x10 garbage"
    )
    good = [seed_files[0], seed_files[3]]
    batch = [empty, good[0], binary, missing, good[1], pdf]

    report = empty_ws.import_sources(sources(batch))

    assert len(report.added) == 2
    problems = {p.origin: p.reason for p in report.rejected}
    assert set(problems) == {str(empty), str(binary), str(missing), str(pdf)}
    assert all(reason.strip() for reason in problems.values())
    assert "empty" in problems[str(empty)]
    assert "not found" in problems[str(missing)]
    articles = empty_ws.article_rows()
    assert sorted(a.origin for a in articles) == sorted(map(str, good))
    # nothing of a refused file was stored: every claim belongs to a good article
    assert {c.article for c in empty_ws.claims()} == {a.id for a in articles}


def test_progress_reports_each_file_and_reaches_the_total(
    empty_ws: Workspace, seed_files: list[Path]
) -> None:
    calls: list[tuple[int, int, str]] = []
    empty_ws.import_sources(
        sources(seed_files), progress=lambda d, t, label: calls.append((d, t, label))
    )
    total = len(seed_files)
    assert all(t == total for _, t, _ in calls)
    dones = [d for d, _, _ in calls]
    assert dones == sorted(dones) and dones[0] == 0 and dones[-1] == total
    # before each file: its name
    labels = [label for d, _, label in calls if d < total]
    assert labels == [p.name for p in seed_files]


def test_cancel_stops_between_whole_articles(empty_ws: Workspace, seed_files: list[Path]) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int, label: str) -> None:
        if done >= 1:  # the first file is in
            cancel.set()

    report = empty_ws.import_sources(sources(seed_files), progress=progress, cancel=cancel)
    assert report.cancelled
    assert 1 <= len(report.added) <= 2  # the file under way when cancel came may finish
    articles = empty_ws.article_rows()
    assert sorted(a.id for a in articles) == sorted(report.added)
    for a in articles:
        same_figures(empty_ws.claims(a.id), extract_claims(a.text, a.published))

    # the rest comes in on the next import; what is there is not imported twice
    again = empty_ws.import_sources(sources(seed_files))
    assert len(again.duplicates) == len(report.added)
    assert len(again.added) == len(seed_files) - len(report.added)


def test_cancel_before_the_start_imports_nothing(
    empty_ws: Workspace, seed_files: list[Path]
) -> None:
    cancel = threading.Event()
    cancel.set()
    report = empty_ws.import_sources(sources(seed_files), cancel=cancel)
    assert report.cancelled and report.added == []
    assert empty_ws.article_rows() == []


# --------------------------------------------------------------------------- decisions


def test_an_unlinked_figure_stays_out_after_relinking(
    ws: Workspace, seed_files: list[Path], tmp_path: Path
) -> None:
    group = max(ws.group_rows(), key=lambda g: len(g.claims))
    claim = group.claims[-1]
    others = set(group.claims) - {claim}

    ws.apply(ws.plan_unlink(claim))
    assert group_of(ws, claim) is None
    ws.relink()
    # an article with the same figures: relinking its blocks meets the unlinked figure again
    article = ws.claims()[[c.id for c in ws.claims()].index(claim)].article
    report = ws.import_sources(sources([variant(Path(origin_of(ws, article)), tmp_path, "b")]))
    assert len(report.added) == 1
    ws.relink()

    assert group_of(ws, claim) is None
    for g in ws.group_rows():
        assert not (claim in g.claims and others & set(g.claims))
    # the new article's figures did join the group the figure was taken out of
    assert len(ws.group(group.id).claims) > len(others)


def test_undoing_an_unlink_lets_relinking_put_the_figure_back(
    ws: Workspace, seed_files: list[Path]
) -> None:
    group = max(ws.group_rows(), key=lambda g: len(g.claims))
    claim = group.claims[0]
    edit = ws.plan_unlink(claim)
    ws.apply(edit)
    assert any(d[0] == "rejected" and claim in d[1:3] for d in ws.decisions())
    ws.apply(edit.inverse())
    assert not any(d[0] == "rejected" and claim in d[1:3] for d in ws.decisions())
    ws.relink()
    assert group_of(ws, claim) == group.id


def test_figures_linked_by_hand_stay_linked(
    ws: Workspace, seed_files: list[Path], tmp_path: Path
) -> None:
    a, b = lone_claims(ws)[:2]
    assert a.article != b.article
    ws.apply(ws.plan_link([a.id, b.id]))
    linked = group_of(ws, a.id)
    assert linked is not None and group_of(ws, b.id) == linked

    ws.relink()
    ws.import_sources(sources([variant(Path(origin_of(ws, a.article)), tmp_path, "c")]))
    ws.relink()
    assert group_of(ws, a.id) == group_of(ws, b.id) == linked
    assert ("linked", a.id) in {(d[0], d[1]) for d in ws.decisions()}


def test_a_renamed_group_keeps_its_label(
    ws: Workspace, seed_files: list[Path], tmp_path: Path
) -> None:
    group = ws.group_rows()[0]
    ws.apply(ws.plan_rename(group.id, "Counted by the user"))
    ws.relink()
    article = ws.snapshot().claim(group.claims[0]).article
    ws.import_sources(sources([variant(Path(origin_of(ws, article)), tmp_path, "d")]))
    ws.relink()
    after = ws.group(group.id)
    assert after is not None and after.label == "Counted by the user"
    assert set(group.claims) <= set(after.claims)


def test_a_confirmed_group_keeps_its_figures(
    ws: Workspace, seed_files: list[Path], tmp_path: Path
) -> None:
    """A figure placed in a group without pinning is moved by relinking, unless the group is
    confirmed: then relinking leaves every member where it is."""
    group = ws.group_rows()[0]
    stranger = next(
        c for c in lone_claims(ws) if c.article not in group.articles and block_key(c)
    )  # a figure relinking looks at: it has a block

    ws.apply(MoveClaim(stranger.id, None, group.id, was_pinned=False, pinned=False))
    ws.relink()
    assert group_of(ws, stranger.id) is None, "relinking should move an unpinned figure"

    ws.apply(MoveClaim(stranger.id, None, group.id, was_pinned=False, pinned=False))
    ws.apply(ws.plan_confirm(group.id))
    members = set(ws.group(group.id).claims)
    ws.relink()
    article = ws.snapshot().claim(group.claims[0]).article
    ws.import_sources(sources([variant(Path(origin_of(ws, article)), tmp_path, "e")]))
    ws.relink()
    after = ws.group(group.id)
    assert after.confirmed
    assert members <= set(after.claims)


def test_merge_moves_every_figure_and_relinking_keeps_it(ws: Workspace) -> None:
    keep, other = ws.group_rows()[:2]
    ws.apply(ws.plan_merge(keep.id, other.id))
    after = membership(ws)
    assert other.id not in after
    assert after[keep.id][1] == set(keep.claims) | set(other.claims)
    ws.relink()
    assert membership(ws) == after


def test_split_makes_a_group_of_the_chosen_figures(ws: Workspace) -> None:
    group = max(ws.group_rows(), key=lambda g: len(g.claims))
    assert len(group.claims) >= 4
    chosen = group.claims[-2:]
    ws.apply(ws.plan_split(group.id, chosen))
    after = membership(ws)
    new = group_of(ws, chosen[0])
    assert new not in (None, group.id)
    assert after[new][1] == set(chosen)
    assert after[group.id][1] == set(group.claims) - set(chosen)


def test_a_split_survives_relinking(ws: Workspace) -> None:
    group = max(ws.group_rows(), key=lambda g: len(g.claims))
    chosen = group.claims[-2:]
    ws.apply(ws.plan_split(group.id, chosen))
    after = membership(ws)
    ws.relink()
    assert membership(ws) == after


def test_a_rejected_suggestion_is_not_proposed_again(
    ws: Workspace, seed_files: list[Path], tmp_path: Path
) -> None:
    group = ws.group_rows()[0]
    ws.apply(ws.plan_reject(group.id))
    assert group.id not in membership(ws)
    assert all(group_of(ws, c) is None for c in group.claims)
    ws.relink()
    article = ws.snapshot().claim(group.claims[0]).article
    ws.import_sources(sources([variant(Path(origin_of(ws, article)), tmp_path, "f")]))
    ws.relink()
    for g in ws.group_rows():
        assert len(set(g.claims) & set(group.claims)) <= 1, "rejected figures grouped again"


def test_editing_an_article(empty_ws: Workspace, seed_files: list[Path]) -> None:
    ws = seeded(empty_ws, seed_files[:2])
    article = ws.article_rows()[0]
    edits = [
        ws.plan_edit_article(article.id, "outlet", "The Evening Ledger"),
        ws.plan_edit_article(article.id, "title", "A new title"),
        ws.plan_edit_article(article.id, "published", "2021-09-03"),
    ]
    for edit in edits:
        ws.apply(edit)
    row = ws.article_rows()[0]
    assert (row.outlet, row.title, row.published) == (
        "The Evening Ledger",
        "A new title",
        date(2021, 9, 3),
    )
    exported = ws.export()["articles"][0]
    assert (exported["outlet"], exported["title"], exported["published"]) == (
        "The Evening Ledger",
        "A new title",
        "2021-09-03",
    )
    ws.apply(ws.plan_edit_article(article.id, "published", ""))
    assert ws.article_rows()[0].published is None
    with pytest.raises(ValueError):
        ws.apply(ws.plan_edit_article(article.id, "text", "rewritten"))
    assert ws.article_rows()[0].text == article.text


def test_removing_an_article_and_undoing_it(ws: Workspace, seed_files: list[Path]) -> None:
    before = state(ws)
    group = max(ws.group_rows(), key=lambda g: g.source_count)
    article = group.articles[0]
    gone = {c.id for c in ws.claims(article)}

    edit = ws.plan_remove_article(article)
    ws.apply(edit)
    assert article not in {a.id for a in ws.article_rows()}
    assert ws.claims(article) == [] and not gone & {c.id for c in ws.claims()}
    assert all(not gone & set(g.claims) for g in ws.group_rows())
    assert article not in {a["id"] for a in ws.export()["articles"]}

    ws.apply(edit.inverse())
    assert state(ws) == before


def test_a_stale_edit_is_refused(ws: Workspace) -> None:
    group = ws.group_rows()[0]
    edit = ws.plan_unlink(group.claims[0])
    ws.apply(edit)
    before = state(ws)
    with pytest.raises(EditConflict):
        ws.apply(edit)  # the figure is no longer in that group
    assert state(ws) == before


# --------------------------------------------------------------------------- undo / redo


@dataclass(frozen=True)
class Plan:
    name: str
    make: Callable[[Workspace], object]


def _biggest(ws: Workspace):
    return max(ws.group_rows(), key=lambda g: len(g.claims))


PLANS = [
    Plan("link", lambda ws: ws.plan_link([c.id for c in lone_claims(ws)[:2]])),
    Plan("link into a group", lambda ws: ws.plan_link([lone_claims(ws)[0].id, _biggest(ws).claims[0]])),  # noqa: E501
    Plan("unlink", lambda ws: ws.plan_unlink(_biggest(ws).claims[0])),
    Plan("merge", lambda ws: ws.plan_merge(ws.group_rows()[0].id, ws.group_rows()[1].id)),
    Plan("split", lambda ws: ws.plan_split(_biggest(ws).id, _biggest(ws).claims[:2])),
    Plan("reject", lambda ws: ws.plan_reject(ws.group_rows()[0].id)),
    Plan("rename", lambda ws: ws.plan_rename(ws.group_rows()[0].id, "Another label")),
    Plan("confirm", lambda ws: ws.plan_confirm(ws.group_rows()[0].id)),
    Plan("edit article", lambda ws: ws.plan_edit_article(ws.article_rows()[1].id, "outlet", "X")),
    Plan("remove article", lambda ws: ws.plan_remove_article(ws.article_rows()[2].id)),
]  # fmt: skip


@pytest.mark.parametrize("plan", PLANS, ids=[p.name for p in PLANS])
def test_undo_and_redo_restore_the_exact_state(ws: Workspace, plan: Plan) -> None:
    before = state(ws)
    edit = plan.make(ws)
    ws.apply(edit)
    after = state(ws)
    assert after != before, f"{plan.name} changed nothing"

    ws.apply(edit.inverse())  # undo
    assert state(ws) == before
    ws.apply(edit)  # redo
    assert state(ws) == after
    ws.apply(edit.inverse())  # and undo again
    assert state(ws) == before


def test_undo_and_redo_of_a_new_group(ws: Workspace) -> None:
    """A link into a new group and its undo: the group id reserved, dropped and made again (on
    PostgreSQL too, where ids come from a sequence)."""
    before = state(ws)
    edit = ws.plan_link([c.id for c in lone_claims(ws)[:3]])
    ws.apply(edit)
    after = state(ws)
    assert len(after[0]) == len(before[0]) + 1
    ws.apply(edit.inverse())
    assert state(ws) == before
    ws.apply(edit)
    assert state(ws) == after


# --------------------------------------------------------------------------- crash consistency

CHILD = textwrap.dedent("""
    import sys
    from desktop.model import Source
    from desktop.workspace import Workspace
    ws = Workspace(sys.argv[1])
    ws.import_sources([Source(p) for p in sys.argv[2:]])
    print("finished", flush=True)
""")


def _articles_in(path: Path) -> int:
    """Articles committed so far, read with a separate read-only connection."""
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def _import_and_kill(url: str, path: Path, files: list[Path], at_least: int, cwd: Path) -> int:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, *map(str, files)],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while _articles_in(path) < at_least:
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "the import made no progress"
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return _articles_in(path)


def _whole_articles_only(url: str) -> int:
    ws = Workspace(url)
    try:
        articles = ws.article_rows()
        for a in articles:
            same_figures(ws.claims(a.id), extract_claims(a.text, a.published))
        claim_ids = {c.id for c in ws.claims()}
        for g in ws.group_rows():
            assert set(g.claims) <= claim_ids
        return len(articles)
    finally:
        ws.close()


def test_a_killed_import_leaves_whole_articles_only(
    db_url: str, seed_files: list[Path], tmp_path: Path, repo_root: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    files = []
    for n in range(40):
        seed = seed_files[n % len(seed_files)]
        tag = "".join("abcdefghij"[int(d)] for d in f"{n:02d}")  # no digits: no extra figures
        files.append(variant(seed, folder, tag))
    path = Path(db_url.removeprefix("sqlite:///"))

    first = _import_and_kill(db_url, path, files, 3, repo_root)
    assert 3 <= first < len(files), "the import finished before it could be killed"
    assert _whole_articles_only(db_url) == first
    # killed a second time, on a workspace that already holds articles
    second = _import_and_kill(db_url, path, files, first + 3, repo_root)
    assert first + 3 <= second < len(files)
    assert _whole_articles_only(db_url) == second

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ws = Workspace(db_url)
    try:
        report = ws.import_sources(sources(files))
        assert len(report.duplicates) == second and not report.rejected
        assert len(report.added) == len(files) - second
    finally:
        ws.close()
    assert _whole_articles_only(db_url) == len(files)


# --------------------------------------------------------------------------- one call per gesture


def test_each_gesture_is_one_call_that_returns_the_edit_done_and_its_name(ws: Workspace):
    group = ws.group_rows()[0]
    claim = next(c for c in ws.claims() if c.id == group.claims[0])
    applied = ws.unlink([claim.id])
    assert applied.text == f"unlink “{claim.text}”"
    assert claim.id in applied.changes.claims and group.id in applied.changes.groups
    assert claim.id not in ws.group(group.id).claims
    undone = ws.undo(applied.edit)  # hands back the edit with the versions its redo must find
    assert claim.id in ws.group(group.id).claims
    ws.redo(undone.edit)
    assert claim.id not in ws.group(group.id).claims

    renamed = ws.rename(group.id, "Counted & named")
    assert renamed.text == f"rename “{group.label}” to “Counted & named”"
    assert not ws.rename(group.id, "Counted & named")  # nothing to do: nothing to undo


def test_a_link_into_a_new_group_makes_the_group_in_the_same_transaction(ws: Workspace):
    grouped = {c for g in ws.group_rows() for c in g.claims}
    a, b = [c.id for c in ws.claims() if c.id not in grouped][:2]
    before = {g.id for g in ws.group_rows()}
    applied = ws.link([a, b])
    (new,) = {g.id for g in ws.group_rows()} - before
    assert applied.text.startswith("link 2 figures as “")
    assert set(ws.group(new).claims) == {a, b}
    ws.undo(applied.edit)
    assert {g.id for g in ws.group_rows()} == before
    refused = ws.link([a, 10**9])  # a figure that vanished: nothing is reserved or left
    assert isinstance(refused, Conflict) and "no longer in the workspace" in refused.message
    assert {g.id for g in ws.group_rows()} == before
