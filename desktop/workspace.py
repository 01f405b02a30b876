"""The workspace: the one door the window and the CLI use to read and change what a user compares.

Each call opens its own session and returns values (`desktop.model`), so nothing tied to a session
crosses threads. Imports and relinking are plain functions that take `progress` and `cancel` and
know nothing of threads; the window runs them on its writer thread. Every edit is an `Edit` value
that carries its inverse, and is stored as a decision that automatic relinking never overrides.

Several people may have one workspace open (a team's PostgreSQL database, or one SQLite file):
every edited row carries a version, a gesture states the versions its view was read at (`seen`)
and is made only while they are current, else it comes back as a `Conflict` that says who changed
what; undo and redo are held to the versions their step left. Each change is logged with its
author (`activity`), and the log's growing id is the counter other windows watch.
"""

from __future__ import annotations

import gc
import getpass
import logging
import os
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import utterances
from desktop.claims import VERSION as EXTRACTOR_VERSION
from desktop.claims import counted_forms, priced_unit
from desktop.ingest import FILE_DIALOG_FILTER, READABLE_SUFFIXES, expand_sources
from desktop.linking import (
    SUGGEST_BELOW,
    block_key,
    label_for,
    labelled_apart,
    no_true_zero,
    on_one_scale,
    outliers,
    prepare,
    quantity_key,
    rates_of,
    relink,
    summarize,
)
from desktop.linking import VERSION as LINKER_VERSION
from desktop.model import (
    MAX_EXTRACTION_SECONDS,
    MAX_FIGURES,
    Activity,
    Alignment,
    Applied,
    ArticleRow,
    Batch,
    Cancelled,
    Changes,
    Claim,
    ConfirmGroup,
    Conflict,
    ConnectionLost,
    CreateGroup,
    Document,
    DropGroup,
    Edit,
    EditArticle,
    EditConflict,
    GroupRow,
    Guarded,
    ImportReport,
    MoveClaim,
    Progress,
    RemoveArticle,
    RenameGroup,
    RowKey,
    Snapshot,
    Source,
    Statement,
    StatementView,
    UnreadableInput,
    VersionedSnapshot,
    Versions,
    claim_value_text,
    describe,
    silent_progress,
    time_ago,
)
from desktop.pipeline import Analysed, analyse_all, extract_within, statements_within
from desktop.statements import VERSION as STATEMENTS_VERSION
from desktop.store import Busy, Database, Duplicate, StoreFailure, normalise_url
from desktop.store import repository as repo
from desktop.store import statements as st
from desktop.store.database import (
    BUSY_TIMEOUT,
    Unreachable,
    copy_database,
    display_url,
    team_url,
    without_password,
)
from desktop.store.watch import ChangeWatch

if TYPE_CHECKING:
    from desktop.model import Sheet

log = logging.getLogger(__name__)

__all__ = [
    "ANALYSIS",
    "FILE_DIALOG_FILTER",
    "READABLE_SUFFIXES",
    "Workspace",
    "default_author",
    "default_url",
    "no_true_zero",  # a temperature's chart starts near its figures, for the chart
    "on_one_scale",  # how a group shows figures written in several units, for its chart
    "replaceable",  # whether a command may write its output where a file already is
    "team_url",
    "without_password",
]

# Which rules read the figures and linked them; stored in the workspace so that a workspace made
# by another version is read again when it opens.
ANALYSIS = f"figures {EXTRACTOR_VERSION}; links {LINKER_VERSION}; statements {STATEMENTS_VERSION}"
_ANALYSIS_KEY = "analysis"

_ARTICLE_FIELDS = ("title", "outlet", "published")
_PRICED_KEY = "priced currencies"  # words the articles price as money, when last read so
_PENDING_KEY = "unlinked blocks"  # blocks an import stored figures in and has not linked yet
BUSY_WAIT = 60.0  # s an import waits, with progress, for another program's write lock per file


def replaceable(path: str, kind: str) -> bool:
    """Whether a command may write its output of `kind` ("json", "pdf", "html", "csv") to
    `path`: nothing is there, or an earlier output of that kind is (never an article)."""
    from desktop.sheets.outputs import replaceable as written_before

    return written_before(path, kind)


def default_author() -> str:
    """Who makes the edits of this process when nobody said: EVIDENCE_DESK_AUTHOR, else the
    operating system's user."""
    if named := " ".join(os.environ.get("EVIDENCE_DESK_AUTHOR", "").split()):
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def default_url() -> str:
    """The workspace a user gets when they name none: a SQLite file in their data folder."""
    from platformdirs import user_data_dir

    return normalise_url(str(Path(user_data_dir("evidence-desk")) / "workspace.sqlite"))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold Python's cyclic garbage collector off while a long job makes many objects (an import
    of a thousand articles makes millions, and a workspace read for linking holds hundreds of
    thousands). Its full collections, set off by the job's objects, scan them all and hold the
    interpreter for 100 ms and more: the job waits, and a window's GUI thread with it. Objects
    still go by reference counting; at the end one collection of the young objects (those the
    job left) is made, and the collector resumes (a nested pause leaves that to the outer one)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.collect(0)
            gc.enable()


class Workspace:
    """An open workspace database. Safe to share between the GUI thread and one writer thread."""

    def __init__(
        self,
        url: str | None = None,
        *,
        busy_timeout: float = BUSY_TIMEOUT,
        busy_wait: float = BUSY_WAIT,
        max_figures: int = MAX_FIGURES,
        max_seconds: float = MAX_EXTRACTION_SECONDS,
        author: str | None = None,
    ) -> None:
        """Open (or create) the workspace at `url`; WorkspaceUnavailable when it can't be.

        `busy_timeout` is how long one write waits for another program's write lock, `busy_wait`
        how long an import keeps trying per file, `max_figures` the figures one article may hold,
        `max_seconds` how long finding them may take, `author` who makes this process's edits
        and imports (the operating system's user by default).
        """
        self._db = Database(url or default_url(), busy_timeout=busy_timeout)
        self.url = self._db.url
        self.session = uuid.uuid4().hex[:16]  # tells this process's changes from the others'
        self.author = default_author() if author is None else author
        self._watch: ChangeWatch | None = None
        self._own: deque[int] = deque(maxlen=1000)  # change counters of our own changes
        self._claims: dict[int, Claim] = {}  # claims read from the store or stored, by id
        self._read_ahead_at: int | None = None  # the change counter the session has read up to
        self._busy_wait = busy_wait
        self._max_figures = max_figures
        self._max_seconds = max_seconds
        self._note_analysis_of_a_new_workspace()

    @property
    def name(self) -> str:
        tail = self.url.rsplit("/", 1)[-1]
        return Path(tail).stem if self.url.startswith("sqlite") else tail or self.url

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return _sqlite_file(self.url)

    @property
    def author(self) -> str:
        """Who this process's edits and imports are recorded as."""
        return self._db.author

    @author.setter
    def author(self, name: str) -> None:
        self._db.author = " ".join(name.split())

    @property
    def is_server(self) -> bool:
        """Whether this is a server database (a team workspace), not a file."""
        return not self.url.startswith("sqlite")

    @property
    def location(self) -> str:
        """The workspace's address without its password, for messages."""
        return display_url(self.url)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self._db.dispose()

    def save_as(self, target: str) -> Workspace:
        """Copy this workspace to a new database and return it opened."""
        url = normalise_url(target)
        if url == self.url:
            return self
        path = _sqlite_file(url)
        if path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        copy_database(self._db, url)
        return Workspace(url)

    # ------------------------------------------------------------------------- reads

    def article_rows(self) -> list[ArticleRow]:
        with self._db.session() as s:
            return repo.article_rows(s)

    def claims(self, article: int | None = None) -> list[Claim]:
        with self._db.session() as s:
            return repo.claims(s, article=article)

    def group_rows(self) -> list[GroupRow]:
        """Groups with two or more figures, most divergent first."""
        with self._db.session() as s:
            claims = repo.live_claims(s, self._claims)
            return self._group_rows(s, claims, rates_of(claims))

    def group(self, group_id: int) -> GroupRow | None:
        return next((g for g in self.group_rows() if g.id == group_id), None)

    def snapshot(self) -> VersionedSnapshot:
        """Articles, claims and groups at one moment, read in one session, with the version of
        each row (read first: an edit on this view may be refused too often, never too rarely)."""
        with self._db.session() as s:
            versions = repo.all_versions(s)
            claims = repo.live_claims(s, self._claims)
            rates = rates_of(claims)
            return VersionedSnapshot(
                articles=tuple(repo.article_rows(s)),
                claims=tuple(claims),
                groups=tuple(self._group_rows(s, claims, rates)),
                currency=tuple(rates.items()),
                versions=versions,
            )

    def explain(self, group_id: int) -> str:
        """Why a group holds together, in words a user can check."""
        snap = self.snapshot()
        group = next((g for g in snap.groups if g.id == group_id), None)
        if group is None:
            return ""
        articles = {a.id: a for a in snap.articles}
        lines = [
            f"{group.label} — {group.status}, confidence {group.confidence:.2f}",
            f"why: {group.reason or 'linked by hand'}",
        ]
        if group.told_by:
            lines.insert(1, f"named: {group.told_by}")
        for claim_id in group.claims:
            c = snap.claim(claim_id)
            if c is None:
                continue
            a = articles.get(c.article)
            source = (a.outlet or a.title) if a else "?"
            source = source if len(source) <= 48 else source[:47].rstrip() + "…"
            slip = "  [suspected slip]" if c.id in group.outliers else ""
            when = f", as of {c.as_of.isoformat()}" if c.as_of else ""
            lines.append(
                f"  · {source}, ¶{c.paragraph}: “{c.text}” ({claim_value_text(c)}{when}){slip}"
            )
        return "\n".join(lines)

    def snapshot_after(self, previous: Snapshot, changes: Changes) -> Snapshot:
        """The snapshot after an edit, from the one before it: an edit moves figures between
        groups and renames or confirms groups, so only the groups it touched are read again;
        articles and their figures are kept. A change to articles reads everything."""
        if changes.articles:
            return self.snapshot()
        with self._db.session() as s:
            keys = [(k, g) for g in changes.groups for k in ("g", "m")]
            keys += [("c", c) for c in changes.claims]
            versions = repo.versions(s, keys)
            rates = dict(previous.currency)
            fresh = {
                r.id: r
                for r in self._group_rows(s, previous.claims, rates, ids=sorted(changes.groups))
            }
        # the names the edit touched, before and after: only their groups are told apart again
        touched = {g.name or g.label for g in previous.groups if g.id in changes.groups}
        touched |= {r.name or r.label for r in fresh.values()}
        rows = [fresh.pop(g.id, None) if g.id in changes.groups else g for g in previous.groups]
        rows = [r for r in rows if r is not None] + list(fresh.values())
        rows = labelled_apart(rows, {c.id: c for c in previous.claims}, touched)
        rows.sort(key=lambda r: (-r.spread, -r.source_count, r.label))
        if isinstance(previous, VersionedSnapshot):
            versions = previous.versions | versions
        return VersionedSnapshot(
            articles=previous.articles,
            claims=previous.claims,
            groups=tuple(rows),
            currency=previous.currency,
            versions=versions,
        )

    def _group_rows(
        self,
        s,
        claims: Sequence[Claim],
        rates: Mapping[str, float],
        ids: Sequence[int] | None = None,
    ) -> list[GroupRow]:
        by_id = {c.id: c for c in claims}
        rows = []
        for g in repo.groups(s, ids):
            members = [by_id[i] for i in g.claims if i in by_id]
            if len(members) < 2:
                continue
            slips = outliers(members, rates)
            lo, hi, status = summarize(members, slips, rates)
            rows.append(
                GroupRow(
                    id=g.id,
                    label=g.label,
                    claims=tuple(c.id for c in members),
                    articles=tuple(sorted({c.article for c in members})),
                    min=lo,
                    max=hi,
                    status=status,
                    confirmed=g.confirmed,
                    no_true_zero=all(no_true_zero(c) for c in members),
                    suggested=g.automatic
                    and not (g.accepted or g.confirmed)
                    and g.confidence < SUGGEST_BELOW,
                    confidence=g.confidence,
                    reason=g.reason,
                    outliers=slips,
                    name=g.label,
                    named_by_user=g.label_by_user,
                )
            )
        if ids is None:  # all of them: told apart here (`snapshot_after` tells the rows it read)
            rows = labelled_apart(rows, by_id)
        rows.sort(key=lambda r: (-r.spread, -r.source_count, r.label))
        return rows

    # ------------------------------------------------------------------------- analysis version

    def needs_reanalysis(self) -> bool:
        """Whether the articles here were read by another extractor or linked by another linker
        than this one: then `reanalyse` brings them up to date (the user's decisions kept)."""
        with self._db.session() as s:
            return repo.meta(s, _ANALYSIS_KEY) != ANALYSIS

    def reanalyse(
        self, *, progress: Progress = silent_progress, cancel: threading.Event | None = None
    ) -> ImportReport:
        """Read every article's stored text again with this extractor, carry the user's links,
        pins and decisions to the same figures, and relink. One transaction per article; the
        version is recorded only when every article is done, so a cancelled run resumes."""
        report = ImportReport()
        rows = self.article_rows()
        for done, row in enumerate(rows):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return report
            progress(
                done, len(rows), f"reading again with the new rules: {row.title or row.origin}"
            )
            document = _document(row)
            with self._db.session() as s:  # a workspace made before statements has none
                statements_missing = not st.has_statements(s, row.id)
            try:
                started = time.monotonic()  # one budget for the file, as an import has
                claims = self._extract(document, cancel)
                statements = (
                    statements_within(document, cancel, self._max_seconds, started)
                    if statements_missing
                    else None
                )
            except Cancelled:
                report.cancelled = True
                return report
            except UnreadableInput as problem:  # its figures stay as they were
                report.rejected.append(problem)
                continue
            with self._db.write() as s:
                self._replace_claims(s, row.id, claims, report)
                if statements is not None and not st.has_statements(s, row.id):
                    st.add_statements(s, row.id, statements)
            report.changes |= Changes(articles=frozenset({row.id}))
        self._read_priced_alike(report, cancel, [row.id for row in rows])
        if report.cancelled:
            return report
        report.changes |= self.relink(progress=progress, cancel=cancel)
        report.changes |= self._link_statements()
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            return report
        with self._db.write() as s:
            repo.set_meta(s, _ANALYSIS_KEY, ANALYSIS)
        progress(len(rows), len(rows), "")
        return report

    def _replace_claims(self, s, article: int, claims: list[Claim], report: ImportReport) -> None:
        """An article's figures read again: the new ones take the old ones' groups, pins and
        decisions (same place in the text first, then same words around); the old ones go."""
        old = repo.claim_placements(s, article)
        ids = repo.add_claims(s, article, claims, [block_key(c) for c in claims])
        free = {i: c.with_ids(i, article) for i, c in zip(ids, claims, strict=True)}
        decided = {
            cid for pair in repo.rejected_pairs(s, [p.claim.id for p in old]) for cid in pair
        }
        for p in old:
            c = p.claim
            if not (p.pinned or c.id in decided or p.group is not None):
                continue
            match = next(
                (n for n in free.values() if n.start == c.start and n.end == c.end), None
            ) or _best_anchor(c, free.values())
            if match is None:
                if p.pinned or c.id in decided:
                    report.unattached.append(f"“{c.text}” (¶{c.paragraph})")
                continue
            del free[match.id]
            if p.group is not None:
                repo.place_claim(s, match.id, p.group, pinned=p.pinned)
            repo.retarget_decisions(s, c.id, match.id)
            if p.pinned or c.id in decided:
                report.reattached.append(match.id)
        repo.delete_claims(s, [p.claim.id for p in old])

    def _note_analysis_of_a_new_workspace(self) -> None:
        """A workspace with no articles yet is up to date by definition."""
        with self._db.session() as s:
            if repo.meta(s, _ANALYSIS_KEY) == ANALYSIS or repo.article_rows(s):
                return
        with self._db.write() as s:
            repo.set_meta(s, _ANALYSIS_KEY, ANALYSIS)

    # ------------------------------------------------------------------------- import

    def import_sources(
        self,
        sources: Sequence[Source],
        *,
        progress: Progress = silent_progress,
        cancel: threading.Event | None = None,
    ) -> ImportReport:
        """Read, extract, store and link the sources as one batch; bad inputs reported.

        Files are read and their figures found in worker processes when the batch is large
        (`desktop.pipeline`), stored in order as they come, one transaction per article, and
        linked once at the end over the blocks the batch touched. Until then those blocks are
        noted in the workspace, so an import cut short (cancelled, killed) is linked by the next.
        Runs with the cyclic garbage collector held off (`collector_paused`).
        """
        with collector_paused():
            return self._import(sources, progress, cancel)

    def _import(
        self, sources: Sequence[Source], progress: Progress, cancel: threading.Event | None
    ) -> ImportReport:
        report = ImportReport()
        if self.needs_reanalysis():  # made by another version: bring its figures up to date
            report = self.reanalyse(progress=progress, cancel=cancel)
            if report.cancelled:
                return report
        expanded = expand_sources(sources)
        total = len(expanded)
        with self._db.session() as s:
            left_before = bool(_pending(s))  # an earlier import was cut short before linking
        touched: set[str] = set()  # blocks stored into, noted as pending in the workspace
        stored: list[int] = []  # claim ids, gathered for one Changes at the end
        results = analyse_all(
            expanded,
            progress=progress,
            cancel=cancel,
            max_seconds=self._max_seconds,
            max_figures=self._max_figures,
        )
        try:
            for done, item in enumerate(results):
                if item.problem is not None or item.document is None:
                    report.rejected.append(item.problem)
                    continue
                self._store_waiting(item, done, total, progress, cancel, report, touched, stored)
                if report.cancelled:
                    break
        except Cancelled:  # between files or mid-file: what is in stays in, and is reported
            report.cancelled = True
        finally:
            results.close()  # stops the workers when leaving early
        read_again = set()
        if not report.cancelled:
            read_again = self._read_priced_alike(report, cancel, report.added)
            touched |= read_again
        if read_again:  # the batch's figures read again have new ids
            stored[:] = [c.id for a in report.added for c in self.claims(a) if c.id is not None]
        report.changes |= Changes(frozenset(report.added), frozenset(stored))
        # only around the new figures, unless an earlier import left figures unlinked or an
        # article's new version took an old one's place (its groups lost figures)
        whole = left_before or bool(report.replaced) or bool(read_again)
        report.changes |= self._link_pending(touched, None if whole else stored)
        if report.added:
            report.changes |= self._link_statements()
        if report.added:
            self._log_import(report)
        progress(total, total, "")
        return report

    def _log_import(self, report: ImportReport) -> None:
        """Who imported what, in the change log (the groups the batch linked included, so that
        other windows read them again)."""
        n = len(report.added)
        text = f"imported {n} article{'' if n == 1 else 's'}"
        try:
            with self._db.write() as s:
                keys = [("a", a) for a in report.added] + [("g", g) for g in report.changes.groups]
                logged = self._log(s, "import", text, repo.versions(s, keys))
            if self._read_ahead_at is not None and self._read_ahead_at == logged - 1:
                self._read_ahead_at = logged  # read ahead, and only this import came since
        except (Busy, StoreFailure):
            log.warning("the import was not written to the change log: the workspace is busy")

    def _log(self, s, action: str, text: str, rows: Versions) -> int:
        logged = repo.log_activity(
            s, action, text, rows, author=self.author, session=self.session, at=_now()
        )
        self._own.append(logged)
        return logged

    def is_own_change(self, counter: int) -> bool:
        """Whether the change numbered `counter` was made through this Workspace (one of the
        last thousand), so a window that shows it already need not read it back."""
        return counter in self._own

    def _store_waiting(
        self,
        item: Analysed,
        done: int,
        total: int,
        progress: Progress,
        cancel: threading.Event | None,
        report: ImportReport,
        touched: set[str],
        stored: list[int],
    ) -> None:
        """Store one analysed article, waiting up to the busy budget for another program's
        write lock; the blocks it touched go in `touched`, its claim ids in `stored`."""
        source, document = item.source, item.document
        waited = time.monotonic() + self._busy_wait
        while True:
            try:
                return self._store(
                    document, item.claims, source, report, touched, stored, item.statements
                )
            except Busy:
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    return
                if time.monotonic() < waited:
                    progress(done, total, f"waiting for the workspace: {source.label}")
                    continue
                report.rejected.append(
                    UnreadableInput(
                        source.origin,
                        "not imported: the workspace is busy (another program has held its "
                        f"write lock for over {self._busy_wait:g} s); try again",
                    )
                )
            except Duplicate:  # another process stored the same article a moment ago
                report.duplicates.append(source.origin)
            except StoreFailure as error:
                report.rejected.append(
                    UnreadableInput(source.origin, f"not imported: database error ({error})")
                )
            return

    def _extract(
        self,
        document: Document,
        cancel: threading.Event | None,
        currencies: Iterable[str] = (),
    ) -> list[Claim]:
        """The document's figures; Cancelled when the user cancels mid-file, UnreadableInput
        when finding them takes longer than the per-file budget."""
        return extract_within(document, cancel, self._max_seconds, currencies)

    def _read_priced_alike(
        self, report: ImportReport, cancel: threading.Event | None, fresh: Iterable[int]
    ) -> set[str]:
        """Read again, with them as money, the articles that count in words another article
        prices as money: "720 million vellars" in one, "150 million vellars (about 37.5 million
        euros)" in another (`extract_claims`), so that one currency is money in every article.
        Only the `fresh` articles (just read) are read again, unless the words priced changed
        since the last time: then every article that counts them. Returns the blocks the new
        readings touched, old and new; the user's links and decisions go to the same figures."""
        with self._db.session() as s:
            priced = sorted(u for u in repo.money_units(s) if priced_unit(u))
            changed = (repo.meta(s, _PRICED_KEY) or "") != " ".join(priced)
            counting = repo.articles_counting(s, counted_forms(priced))
        fresh = set(fresh)
        articles = [a for a in counting if changed or a in fresh]
        touched: set[str] = set()
        rows = {r.id: r for r in self.article_rows()} if articles else {}
        for article in articles:
            row = rows.get(article)
            if row is None:  # removed by a teammate a moment ago
                continue
            document = _document(row)
            try:
                claims = self._extract(document, cancel, priced)
            except Cancelled:
                report.cancelled = True
                return touched
            except UnreadableInput:  # its figures stay as they were
                continue
            blocks = {block_key(c) for c in claims}
            try:
                with self._db.write() as s:
                    blocks |= {block_key(p.claim) for p in repo.claim_placements(s, article)}
                    self._replace_claims(s, article, claims, report)
                    _note_pending(s, blocks - {""})  # linked by the next import if cut short
            except (Busy, StoreFailure):  # the words stay unnoted: the next import reads again
                log.warning("currencies left for the next import: the workspace is busy")
                touched.discard("")
                return touched
            touched |= blocks
            report.changes |= Changes(articles=frozenset({article}))
        if changed:
            try:
                with self._db.write() as s:
                    repo.set_meta(s, _PRICED_KEY, " ".join(priced))
            except (Busy, StoreFailure):
                log.warning("currencies left for the next import: the workspace is busy")
        touched.discard("")
        return touched

    def _store(
        self,
        document: Document,
        claims: list[Claim],
        source: Source,
        report: ImportReport,
        touched: set[str],
        stored: list[int],
        statements: Sequence[Statement] = (),
    ) -> None:
        """One article, its claims and its statements in one transaction, its blocks noted as
        pending in the same transaction (linking waits for the end of the batch; blocks this
        batch has noted already are not written again). A file or URL imported again is a new
        version of its article; pasted or dropped content is a new article unless the very same
        content is already here."""
        origin = source.origin
        blocks = [block_key(c) for c in claims]
        reattached, unattached = list(report.reattached), list(report.unattached)
        replaced = list(report.replaced)
        try:
            with self._db.write() as s:
                if repo.has_content(s, document.content_hash):
                    report.duplicates.append(origin)
                    return
                previous = None
                if source.data is None and document.origin:
                    previous = repo.live_article_by_origin(s, document.origin)
                article, ids = repo.add_article(s, document, claims, blocks)
                st.add_statements(s, article, statements)
                blocks_here = set(blocks)
                if previous is not None:  # a new version of an article already here
                    blocks_here |= self._reattach(s, previous.id, article, report)
                    report.replaced.append(previous.id)
                blocks_here.discard("")
                if not blocks_here <= touched:
                    _note_pending(s, blocks_here)
        except BaseException:  # rolled back: what it said about re-attaching did not happen
            report.reattached[:], report.unattached[:] = reattached, unattached
            report.replaced[:] = replaced
            raise
        report.added.append(article)
        stored.extend(ids)
        touched |= blocks_here
        # read for linking now, while the workers extract the next files: the link at the end
        # of the batch finds them read
        kept = [c.with_ids(i, article) for c, i in zip(claims, ids, strict=True)]
        self._claims.update((c.id, c) for c in kept)
        prepare(kept)

    def _link_pending(self, touched: set[str], focus: Sequence[int] | None = None) -> Changes:
        """Link the blocks a batch touched, and any an earlier batch left unlinked, in one
        transaction (only around the `focus` figures when given); they stay noted as pending
        when the workspace is busy."""
        with self._db.session() as s:
            if not touched and not _pending(s):
                return Changes()
        try:
            with self._db.write() as s:
                pending = _pending(s)
                changes = self._relink(s, touched | pending, focus)
                if pending:
                    repo.set_meta(s, _PENDING_KEY, "")
            return changes
        except (Busy, StoreFailure):
            log.warning("linking left for the next import: the workspace is busy")
            return Changes()

    def _link_statements(self) -> Changes:
        """Link the statements of the whole workspace once, after a batch (left for the next
        import when the workspace is busy)."""
        try:
            with self._db.write() as s:
                return utterances.link_all(s)
        except (Busy, StoreFailure):
            log.warning("statements left unlinked for the next import: the workspace is busy")
            return Changes()

    def _reattach(self, s, old_article: int, new_article: int, report: ImportReport) -> set[str]:
        """Carry the user's links and decisions from an article's old version to its new one,
        figure by figure (same figure text, most similar words around it); report the rest."""
        old = repo.claim_placements(s, old_article)
        new = repo.claim_placements(s, new_article)
        decided = {
            cid for pair in repo.rejected_pairs(s, [p.claim.id for p in old]) for cid in pair
        }
        free = {p.claim.id: p.claim for p in new}
        for p in old:
            c = p.claim
            if not (p.pinned or c.id in decided or p.group is not None):
                continue
            match = _best_anchor(c, free.values())
            if match is None:
                if p.pinned or c.id in decided:
                    report.unattached.append(f"“{c.text}” (¶{c.paragraph})")
                continue
            del free[match.id]
            repo.place_claim(s, match.id, p.group, pinned=p.pinned)
            repo.retarget_decisions(s, c.id, match.id)
            if p.pinned or c.id in decided:
                report.reattached.append(match.id)
        repo.set_removed(s, old_article, True)
        return {block_key(p.claim) for p in old}

    def prepare_linking(self) -> None:
        """Read every live figure and statement for linking, once per session, so that the next
        import weighs only what it adds (a window does this after opening, off its GUI thread)."""
        with collector_paused(), self._db.session() as s:
            counter = repo.change_counter(s)
            if counter == self._read_ahead_at:
                return  # nothing changed since this session last read it (or imported)
            prepare(p.claim for p in repo.placements(s, repo.all_blocks(s), self._claims))
            utterances.prepare_links(s)
        self._read_ahead_at = counter

    def relink(
        self, *, progress: Progress = silent_progress, cancel: threading.Event | None = None
    ) -> Changes:
        """Relink every block (the user's decisions stay as they are)."""
        changes = Changes()
        with self._db.session() as s:
            blocks = sorted(repo.all_blocks(s))
        for n, block in enumerate(blocks):
            if cancel is not None and cancel.is_set():
                break
            progress(n, len(blocks), block)
            with self._db.write() as s:
                changes |= self._relink(s, {block})
        else:  # every block linked: nothing an earlier import left is pending any more
            with self._db.write() as s:
                if _pending(s):
                    repo.set_meta(s, _PENDING_KEY, "")
        progress(len(blocks), len(blocks), "")
        return changes

    def _relink(self, s, blocks: Iterable[str], focus: Sequence[int] | None = None) -> Changes:
        """Regroup the claims of the given blocks (only around the `focus` figures when given,
        in a dimension past grouping.WHOLE figures), leaving pinned claims and confirmed groups
        be."""
        aliases = repo.aliases(s)
        places = repo.placements(s, set(blocks), self._claims)
        if not places:
            return Changes()
        by_id = {p.claim.id: p for p in places}
        in_groups = {p.group for p in places if p.group}
        infos = {g.id: g for g in repo.groups(s, in_groups, members=False)}
        fixed = {
            cid
            for cid, p in by_id.items()
            if p.pinned or (p.group in infos and infos[p.group].confirmed)
        }
        # all of them in one query: a user's rejections are few, a block's claims thousands
        rejected = repo.rejected_pairs(s)
        groups_now = {cid: p.group for cid, p in by_id.items()}
        relinked = relink([p.claim for p in places], rejected, aliases, focus, groups_now)
        links = relinked.links
        target: dict[int, int | None] = {
            cid: None for cid in by_id if cid not in fixed and cid in relinked.scope
        }
        used: set[int] = set()
        touched: set[int] = set()
        fresh: list[tuple[dict[str, Any], list[int]]] = []  # links that need a group of their own
        updates: dict[int, dict[str, Any]] = {}
        for link in links:
            free = [c for c in link.claims if c not in fixed]
            if not free:
                continue
            users = Counter(by_id[c].group for c in link.claims if c in fixed and by_id[c].group)
            if users:
                group = users.most_common(1)[0][0]
            else:
                current = Counter(
                    by_id[c].group
                    for c in free
                    if by_id[c].group in infos
                    and infos[by_id[c].group].automatic
                    and by_id[c].group not in used
                )
                group = current.most_common(1)[0][0] if current else None
                if group is None:  # made below, all at once, in the order of the links
                    block = block_key(by_id[free[0]].claim)
                    values = {"label": link.label, "block": block}
                    values |= {"confidence": link.confidence, "reason": link.reason}
                    fresh.append((values, free))
                    continue
                values = {"confidence": link.confidence, "reason": link.reason}
                if not infos[group].label_by_user:
                    values["label"] = link.label
                updates[group] = values
                touched.add(group)
            used.add(group)
            for c in free:
                target[c] = group
        made = repo.new_groups(s, [values for values, _ in fresh])
        for group, (_, free) in zip(made, fresh, strict=True):
            touched.add(group)
            for c in free:
                target[c] = group
        repo.update_groups(s, updates)
        moves = {cid: group for cid, group in target.items() if by_id[cid].group != group}
        repo.place_claims(s, moves)  # one executemany, unpinned: pinned claims are fixed
        for cid, group in moves.items():
            touched |= {g for g in (group, by_id[cid].group) if g}
        repo.drop_emptied_groups(s, touched)  # no automatic group is left holding nothing
        return Changes(claims=frozenset(moves), groups=frozenset(touched))

    # ------------------------------------------------------------------------- edits

    def apply(self, edit: Edit | Guarded) -> Changes:
        """Carry out an edit (or its inverse, for undo) in one transaction; a Guarded one only
        while its rows are at the versions it expects (EditConflict otherwise)."""
        if isinstance(edit, Guarded):
            try:
                with self._db.write() as s:
                    return self._apply_guarded(s, edit, _past(describe(edit.edit)))[1]
            except _Stale as stale:
                raise EditConflict(str(stale)) from None
        with self._db.write() as s:
            changes = self._apply(s, edit)
            touched = _touched(changes)
            self._log(s, "edit", _past(describe(edit)), repo.versions(s, touched))
            return changes

    def _apply(self, s, edit: Edit) -> Changes:
        if isinstance(edit, Batch):
            changes = Changes()
            for part in edit.edits:
                changes |= self._apply(s, part)
            return changes
        if isinstance(edit, MoveClaim):
            return self._move(s, edit)
        if isinstance(edit, utterances.STATEMENT_EDITS):
            return utterances.apply(s, edit)
        if isinstance(edit, CreateGroup):
            if not repo.group_exists(s, edit.group):
                repo.new_group(s, edit.label, group_id=edit.group)
            return Changes(groups=frozenset({edit.group}))
        if isinstance(edit, DropGroup):
            if any(g.claims for g in repo.groups(s, [edit.group])):
                raise EditConflict(f"group {edit.group} still holds figures")
            repo.drop_group(s, edit.group)
            return Changes(groups=frozenset({edit.group}))
        if isinstance(edit, RenameGroup):
            repo.update_group(s, edit.group, label=edit.after, label_by_user=edit.by_user)
            if edit.by_user:
                repo.record_decision(s, "renamed", group=edit.group, value=edit.after)
            return Changes(groups=frozenset({edit.group}))
        if isinstance(edit, ConfirmGroup):
            repo.update_group(s, edit.group, confirmed=edit.after, accepted=edit.after)
            kind = "confirmed" if edit.after else "unconfirmed"
            repo.record_decision(s, kind, group=edit.group)
            return Changes(groups=frozenset({edit.group}))
        if isinstance(edit, EditArticle):
            return self._edit_article(s, edit)
        if isinstance(edit, RemoveArticle):
            repo.set_removed(s, edit.article, edit.removed)
            groups = {p.group for p in repo.claim_placements(s, edit.article) if p.group}
            return Changes(frozenset({edit.article}), groups=frozenset(groups))
        raise TypeError(f"not an edit: {edit!r}")

    def _move(self, s, edit: MoveClaim) -> Changes:
        current, _pinned = repo.claim_groups(s, [edit.claim]).get(edit.claim, (None, False))
        if current != edit.before:
            raise EditConflict(f"figure {edit.claim} is no longer where the edit expects it")
        if edit.after is not None and not repo.group_exists(s, edit.after):
            raise EditConflict(f"group {edit.after} no longer exists")
        members = {
            g.id: [c for c in g.claims if c != edit.claim]
            for g in repo.groups(s, [edit.before, edit.after])
        }
        repo.place_claim(s, edit.claim, edit.after, pinned=edit.pinned, before=current)
        if edit.before is not None and edit.pinned:
            # taken out of a group by hand (unlinked, split off, moved elsewhere): never
            # proposed with those figures again, or the next relink would undo it
            repo.reject_pairs(s, edit.claim, members.get(edit.before, []))
            repo.record_decision(s, "unlinked", claim=edit.claim, group=edit.before)
        if edit.before is not None:
            repo.forget_aliases(s, edit.claim, edit.before)  # an undone link teaches nothing
        if edit.after is not None:
            repo.forgive_pairs(s, edit.claim, members.get(edit.after, []))
            repo.record_decision(s, "linked", claim=edit.claim, group=edit.after)
            if edit.pinned and edit.before is None:  # a lone figure put with others by hand
                self._learn(s, edit.claim, edit.after, members.get(edit.after, []))
        groups = frozenset(g for g in (edit.before, edit.after) if g is not None)
        return Changes(claims=frozenset({edit.claim}), groups=groups)

    def _learn(self, s, claim_id: int, group: int, members: Sequence[int]) -> None:
        """A lone figure the user put with others teaches that what it counts is the same: later
        imports link such figures by themselves. Acts are not learned: one merge of 'evacuated'
        with 'still there' must not fold every such pair in the workspace."""
        if not members:
            return
        claims = {c.id: c for c in repo.claims(s, ids=[claim_id, *members])}
        moved = claims.get(claim_id)
        others = [claims[m] for m in members if m in claims]
        if moved is None or not others:
            return
        known = repo.aliases(s)
        target = Counter(quantity_key(c) for c in others if quantity_key(c)).most_common(1)
        source = quantity_key(moved)
        if target and source and source != target[0][0] and source not in known:
            repo.record_decision(
                s, "alias", claim=claim_id, group=group, value=f"{source}=>{target[0][0]}"
            )

    def _edit_article(self, s, edit: EditArticle) -> Changes:
        if edit.field not in _ARTICLE_FIELDS:
            raise ValueError(f"cannot edit {edit.field!r}")
        value: Any = edit.after
        if edit.field == "published":
            value = date.fromisoformat(edit.after) if edit.after else None
        repo.set_article_field(s, edit.article, edit.field, value)
        return Changes(articles=frozenset({edit.article}))

    # ------------------------------------------------------------------------- user edits

    # Each gesture is one call and one transaction: it plans the edit against what the database
    # holds now, carries it out, and returns it (`Applied`) with what it changed and its name, so
    # the window can put it on its undo stack only once it is done. `undo(edit)` takes it back.

    def link(
        self,
        claim_ids: Sequence[int],
        into: int | None = None,
        *,
        seen: Versions | VersionedSnapshot | None = None,
    ) -> Applied | Conflict:
        """Link figures as one quantity: into `into`, a group one of them is in, or a new one."""
        return self._perform(
            lambda s: self._plan_link(s, claim_ids, into), seen, _claims(claim_ids), "your link"
        )

    def unlink(
        self, claim_ids: Sequence[int], *, seen: Versions | VersionedSnapshot | None = None
    ) -> Applied | Conflict:
        """Take figures out of their groups (each stands alone and stays out)."""
        return self._perform(
            lambda s: self._plan_unlink(s, claim_ids), seen, _claims(claim_ids), "your unlink"
        )

    def merge(
        self, group_ids: Sequence[int], *, seen: Versions | VersionedSnapshot | None = None
    ) -> Applied | Conflict:
        """Move every figure of the other groups into the first one."""
        return self._perform(
            lambda s: self._plan_merge(s, group_ids), seen, _members(group_ids), "your merge"
        )

    def split(
        self,
        group_id: int,
        claim_ids: Sequence[int],
        *,
        seen: Versions | VersionedSnapshot | None = None,
    ) -> Applied | Conflict:
        """Move some figures of a group into a new group of their own."""
        return self._perform(
            lambda s: self._plan_split(s, group_id, claim_ids),
            seen,
            [*_claims(claim_ids), *_members([group_id])],
            "your split",
        )

    def rename(
        self, group_id: int, label: str, *, seen: Versions | VersionedSnapshot | None = None
    ) -> Applied | Conflict:
        return self._perform(
            lambda s: self._plan_rename(s, group_id, label),
            seen,
            attempt=f"your rename to {utterances.quoted(label)}",
        )

    def confirm(
        self,
        group_id: int,
        confirmed: bool = True,
        *,
        seen: Versions | VersionedSnapshot | None = None,
    ) -> Applied | Conflict:
        """Confirm a group (or take the confirmation back); accepting a suggestion confirms it."""
        return self._perform(
            lambda s: self._plan_confirm(s, group_id, confirmed),
            seen,
            _members([group_id]),
            "your confirmation" if confirmed else "your unconfirming",
        )

    def reject(self, group_id: int, *, seen: Versions | None = None) -> Applied | Conflict:
        """Turn a suggestion down: its figures stand alone and are not proposed together again."""
        return self._perform(
            lambda s: self._plan_reject(s, group_id), seen, _members([group_id]), "your reject"
        )

    def edit_article(
        self,
        article: int,
        fields: dict[str, str],
        *,
        seen: Versions | VersionedSnapshot | None = None,
    ) -> Applied | Conflict:
        """Change an article's title, outlet or published date ("" or ISO)."""
        what = " and ".join(fields) or "article"
        return self._perform(
            lambda s: self._plan_edit_article(s, article, fields),
            seen,
            attempt=f"your edit of the {what}",
        )

    def remove_article(self, article: int, *, seen: Versions | None = None) -> Applied | Conflict:
        return self._perform(
            lambda s: self._plan_remove_article(s, article), seen, attempt="your removal"
        )

    def undo(self, edit: Edit | Guarded) -> Applied | Conflict:
        """Take back an edit done before. A `Guarded` edit (what the gestures return) is taken
        back only while what it changed is as it left it: when someone changed the same thing
        since, the answer is a Conflict that says who and what. The Applied answer holds the
        edit again, with the versions its redo must find."""
        if not isinstance(edit, Guarded):
            return Applied(edit, self.apply(edit.inverse()), describe(edit))
        text = describe(edit.edit)
        done = f"took back: {_past(text)}"
        return self._perform_guarded(edit.inverse(), done, edit.edit, text, f"undo {text}")

    def redo(self, edit: Edit | Guarded) -> Applied | Conflict:
        """Do an undone edit again (refused, like undo, when someone changed it since)."""
        if not isinstance(edit, Guarded):
            return Applied(edit, self.apply(edit), describe(edit))
        text = describe(edit.edit)
        done = f"did again: {_past(text)}"
        return self._perform_guarded(edit, done, edit.edit, text, f"redo {text}")

    def _perform(
        self,
        plan: Callable[[Any], tuple[list[Edit], str]],
        seen: Versions | VersionedSnapshot | None = None,
        about: Sequence[RowKey] = (),
        attempt: str = "",
    ) -> Applied | Conflict:
        """Plan and carry out one gesture in one transaction. With `seen` (the versions the
        caller's view was read at) every row the edit is about — the rows it changes and the
        rows the gesture named (`about`: the figures picked, the figures of a group confirmed) —
        must still be at that version, or nothing is done and the answer is a Conflict."""
        text = "edit"
        try:
            with self._reachable(), self._db.write() as s:
                edits, text = plan(s)
                edit = Batch(tuple(edits), text)
                if not edits:
                    return Applied(edit, Changes(), text)
                checked, _changed = self._guards(s, edit)
                if isinstance(seen, VersionedSnapshot):
                    seen = seen.versions
                expects = Versions()
                if seen is not None:
                    keys = dict.fromkeys([*about, *checked])
                    expects = Versions({k: seen.get(k) for k in keys})
                guarded, changes = self._apply_guarded(s, Guarded(edit, expects), _past(text))
            return Applied(guarded, changes, text)
        except _Stale as stale:  # in the words of the gesture: the plan read what is there now
            return self._conflict(stale, attempt or text)
        except EditConflict as error:
            return self._conflict(_Stale(None, None, str(error)), attempt or text)

    def _perform_guarded(
        self, guarded: Guarded, done: str, forward: Edit, text: str, attempt: str
    ) -> Applied | Conflict:
        """Undo or redo: `guarded` applied under its versions; the answer holds `forward` with
        the versions this step left (or is a Conflict that names `attempt`)."""
        try:
            with self._reachable(), self._db.write() as s:
                applied, changes = self._apply_guarded(s, guarded, done)
            return Applied(Guarded(forward, applied.expects), changes, text)
        except _Stale as stale:
            return self._conflict(stale, attempt)
        except EditConflict as error:
            return self._conflict(_Stale(None, None, str(error)), attempt)

    def _apply_guarded(self, s, guarded: Guarded, done: str) -> tuple[Guarded, Changes]:
        """In the caller's write transaction: hold every expected row at its version (or find
        it still absent), carry the edit out, and log it. Returns the edit with the versions it
        left, and what it changed; raises _Stale, which rolls everything back."""
        for key, seen in guarded.expects.rows.items():
            if repo.hold_version(s, key, seen):
                continue
            now = self._changed_only_here(s, key, seen)
            if now is None or not repo.hold_version(s, key, now):
                raise _Stale(key, seen)
        _checked, changed = self._guards(s, guarded.edit)
        changes = self._apply(s, guarded.edit)
        made = repo.versions(s, changed)
        self._log(s, "edit", done, repo.versions(s, _touched(changes)) | made)
        return Guarded(guarded.edit, made), changes

    def _changed_only_here(self, s, key: RowKey, seen: int | None) -> int | None:
        """The row's version now, when every change to it since version `seen` was made through
        this Workspace (the newer edits this window undid before it undoes an older one on the
        same row); None when someone else changed it, or it is gone."""
        if seen is None:
            return None
        since = repo.recent_activity(s, limit=1000, key=key, after_version=seen)
        if not since or any(a.session != self.session for a in since):
            return None
        return repo.versions(s, [key]).rows.get(key)

    def _guards(self, s, edit: Edit) -> tuple[list[RowKey], list[RowKey]]:
        """The rows an edit is about (each must be as its author saw it) and the rows it
        changes (their versions after it are what its undo must find)."""
        checked: list[RowKey] = []
        changed: list[RowKey] = []
        for part in _parts(edit):
            if isinstance(part, MoveClaim):
                key = ("c", part.claim)
                checked.append(key)
            elif isinstance(part, CreateGroup):
                key = ("g", part.group)  # made by this very edit: nobody saw it before
            elif isinstance(part, (DropGroup, RenameGroup, ConfirmGroup)):
                key = ("g", part.group)
                checked.append(key)
                if isinstance(part, ConfirmGroup):  # what is confirmed is the figures seen
                    checked.append(("m", part.group))
            elif isinstance(part, (EditArticle, RemoveArticle)):
                key = ("a", part.article)
                checked.append(key)
            elif isinstance(part, utterances.STATEMENT_EDITS):
                about, key = utterances.guards(part)
                checked += about
            else:
                continue
            changed.append(key)
        return list(dict.fromkeys(checked)), list(dict.fromkeys(changed))

    def _conflict(self, stale: _Stale, text: str) -> Conflict:
        """What to tell the person whose edit was refused: who changed what, and when."""
        thing = {
            "g": "this group", "m": "this group", "c": "this figure", "a": "this article",
            "q": "this statement", "u": "this statement group", "w": "this statement group",
        }  # fmt: skip
        by: list[Activity] = []
        if stale.key is not None:
            kind, row = stale.key
            with self._db.session() as s:  # a group's figures changed: who changed the group
                if kind in ("m", "w"):
                    by = repo.recent_activity(s, 1, ("g" if kind == "m" else "u", row))
                else:
                    by = repo.recent_activity(s, 1, stale.key, stale.seen)
        changes = Changes()
        if stale.key is not None:
            kind, row = stale.key
            changes = {
                "a": Changes(articles=frozenset({row})),
                "g": Changes(groups=frozenset({row})),
                "m": Changes(groups=frozenset({row})),
                "c": Changes(claims=frozenset({row})),
                "q": Changes(statements=frozenset({row})),
                "u": Changes(statement_groups=frozenset({row})),
                "w": Changes(statement_groups=frozenset({row})),
            }[kind]
        for activity in by:
            changes |= activity.changes
        if by:
            who = self._who(by[0])
            said = f"{who} {by[0].text} {time_ago(by[0].at, _now())}."
        elif stale.key is not None:
            said = f"Someone else changed {thing[stale.key[0]]} since you saw it."
        else:
            said = f"The workspace changed since you saw it: {stale.reason}."
        message = f"{said} Not done: {text}. The window now shows what is there."
        return Conflict(text, message, changes, tuple(by))

    def _who(self, activity: Activity) -> str:
        if activity.session == self.session:
            return "You"
        if activity.author and activity.author == self.author:
            return "You (in another window)"
        return activity.author or "Someone"

    # ------------------------------------------------------------------------- statements

    def statement_view(self) -> StatementView:
        """Every statement and every group of versions of one utterance, with row versions."""
        with self._db.session() as s:
            return utterances.view(s)

    def statement_alignment(
        self, group_id: int, view: StatementView | None = None
    ) -> tuple[tuple[Statement, ...], Alignment]:
        """A statement group's versions aligned word by word (differences and flips marked)."""
        return utterances.alignment(view or self.statement_view(), group_id)

    def explain_statements(self, group_id: int) -> str:
        """Why a statement group holds together, its versions and what flips between them."""
        return utterances.explain(self.statement_view(), self.article_rows(), group_id)

    def link_statements(
        self,
        statement_ids: Sequence[int],
        into: int | None = None,
        *,
        seen: Versions | StatementView | None = None,
    ) -> Applied | Conflict:
        """Link statements as versions of one utterance: into `into`, a group one of them is
        in, or a new one."""
        return self._perform(
            lambda s: utterances.plan_link(s, statement_ids, into),
            _seen(seen),
            utterances.statement_keys(statement_ids),
            "your link",
        )

    def unlink_statements(
        self, statement_ids: Sequence[int], *, seen: Versions | StatementView | None = None
    ) -> Applied | Conflict:
        """Take statements out of their groups (and keep them apart from those versions)."""
        return self._perform(
            lambda s: utterances.plan_unlink(s, statement_ids),
            _seen(seen),
            utterances.statement_keys(statement_ids),
            "your unlink",
        )

    def rename_statements(
        self, group_id: int, label: str, *, seen: Versions | StatementView | None = None
    ) -> Applied | Conflict:
        """Give a statement group the user's label (relinking keeps it)."""
        return self._perform(
            lambda s: utterances.plan_rename(s, group_id, label),
            _seen(seen),
            attempt=f"your rename to {utterances.quoted(label)}",
        )

    def confirm_statements(
        self,
        group_id: int,
        confirmed: bool = True,
        *,
        seen: Versions | StatementView | None = None,
    ) -> Applied | Conflict:
        """Confirm a statement group (accepting a suggestion), or take that back."""
        return self._perform(
            lambda s: utterances.plan_confirm(s, group_id, confirmed),
            _seen(seen),
            utterances.members_keys([group_id]),
            "your confirmation" if confirmed else "your unconfirming",
        )

    def reject_statements(
        self, group_id: int, *, seen: Versions | StatementView | None = None
    ) -> Applied | Conflict:
        """Turn a statement group down: its versions stand alone and are not linked again."""
        return self._perform(
            lambda s: utterances.plan_reject(s, group_id),
            _seen(seen),
            utterances.members_keys([group_id]),
            "your reject",
        )

    # ------------------------------------------------------------------------- who did what

    def change_counter(self) -> int:
        """A number that grows with every change anyone makes to the workspace (cheap to ask);
        ConnectionLost when the server cannot be reached."""
        with self._reachable(), self._db.session() as s:
            return repo.change_counter(s)

    @contextmanager
    def _reachable(self) -> Iterator[None]:
        """Database errors that mean the server is out of reach become ConnectionLost."""
        try:
            yield
        except Unreachable as error:
            raise ConnectionLost(self.location, str(error)) from None
        except Exception as error:
            if _is_connection_error(error) and self.is_server:
                raise ConnectionLost(self.location, _first_line(error)) from None
            raise

    def wait_for_change(self, after: int, timeout: float = 1.0) -> int:
        """Block until the change counter passes `after` or `timeout` seconds pass; returns the
        counter. A PostgreSQL workspace is told (LISTEN/NOTIFY on a connection of its own); a
        SQLite file is asked a few times a second. ConnectionLost when the server is gone."""
        counter = self.change_counter()
        if counter > after:
            return counter
        watch = self._watch
        if watch is None:
            watch = self._watch = ChangeWatch(self.url)
        try:
            watch.wait(timeout)
        except Exception as error:
            watch.close()
            if self._watch is watch:
                self._watch = None
            raise ConnectionLost(self.location, _first_line(error)) from None
        return self.change_counter()

    def changes_since(self, after: int) -> tuple[int, list[Activity]]:
        """The changes logged after counter `after` (oldest first) and the counter now."""
        with self._reachable(), self._db.session() as s:
            found = repo.activity_since(s, after)
        return (found[-1].id if found else after), found

    def activity(
        self, limit: int = 100, group: int | None = None, *, touched: bool = True
    ) -> list[Activity]:
        """The newest changes, newest first: all, or those about one group (ConnectionLost when
        the server is out of reach). With `touched=False`, who made each, when and what in
        words, without the rows each touched (a list shows words; an import touches thousands)."""
        key = ("g", group) if group is not None else None
        with self._reachable(), self._db.session() as s:
            return repo.recent_activity(s, limit, key, touched=touched)

    def confirmed_by(self) -> dict[int, str]:
        """Who confirmed each confirmed group (as recorded; "" when not known)."""
        with self._db.session() as s:
            return {g: author for g, (author, _at) in repo.confirmed_by(s).items()}

    # ------------------------------------------------------------------------- plans

    def plan_link(self, claim_ids: Sequence[int], into: int | None = None) -> Edit:
        """The edit `link` would make (reserving a new group when one is needed), not done."""
        with self._db.write() as s:
            return Batch(tuple(self._plan_link(s, claim_ids, into)[0]), "link figures")

    def plan_unlink(self, claim_id: int) -> Edit:
        with self._db.session() as s:
            ((group, pinned),) = self._placement(s, [claim_id]).values()
        return MoveClaim(claim_id, group, None, pinned)

    def plan_merge(self, keep: int, other: int) -> Edit:
        """Move every figure of `other` into `keep`."""
        with self._db.session() as s:
            return Batch(tuple(self._plan_merge(s, [keep, other])[0]), "merge groups")

    def plan_split(self, group_id: int, claim_ids: Sequence[int]) -> Edit:
        with self._db.write() as s:
            return Batch(tuple(self._plan_split(s, group_id, claim_ids)[0]), "split group")

    def plan_rename(self, group_id: int, label: str) -> Edit:
        with self._db.session() as s:
            return self._renaming(s, group_id, label)

    @staticmethod
    def _renaming(s, group_id: int, label: str) -> RenameGroup:
        """The user's rename of a group, with what its label was and whose."""
        found = repo.groups(s, [group_id])
        before = found[0].label if found else repo.group_label(s, group_id)
        return RenameGroup(
            group_id, before, label, was_by_user=bool(found) and found[0].label_by_user
        )

    def plan_confirm(self, group_id: int, confirmed: bool = True) -> Edit:
        with self._db.session() as s:
            return self._plan_confirm(s, group_id, confirmed)[0][0]

    def plan_reject(self, group_id: int) -> Edit:
        with self._db.session() as s:
            return Batch(tuple(self._plan_reject(s, group_id)[0]), "reject suggestion")

    def plan_edit_article(self, article: int, field: str, value: str) -> Edit:
        with self._db.session() as s:
            return EditArticle(article, field, repo.article_field(s, article, field), value)

    def plan_remove_article(self, article: int) -> Edit:
        return RemoveArticle(article, True)

    @staticmethod
    def _placement(s, claim_ids: Iterable[int]) -> dict[int, tuple[int | None, bool]]:
        """Each claim's group and pin, in the order the claims were given."""
        ids = list(claim_ids)
        found = repo.claim_groups(s, ids)
        if missing := [cid for cid in ids if cid not in found]:
            raise EditConflict(f"figure {missing[0]} is no longer in the workspace")
        return {cid: found[cid] for cid in ids}

    @staticmethod
    def _members(s, group_id: int) -> tuple[int, ...]:
        found = repo.groups(s, [group_id])
        return found[0].claims if found else ()

    def _plan_link(self, s, claim_ids: Sequence[int], into: int | None):
        placement = self._placement(s, claim_ids)
        if into is None:
            groups = Counter(g for g, _ in placement.values() if g is not None)
            into = groups.most_common(1)[0][0] if groups else None
        edits: list[Edit] = []
        if into is None:
            label = label_for(repo.claims(s, ids=claim_ids))
            into = repo.new_group(s, label)  # in this transaction: gone again if it fails
            edits.append(CreateGroup(into, label))
            where = f"as {utterances.quoted(label)}"
        else:
            where = f"into {utterances.quoted(repo.group_label(s, into))}"
        moving = [cid for cid, (g, _) in placement.items() if g != into]
        edits += [MoveClaim(cid, placement[cid][0], into, placement[cid][1]) for cid in moving]
        return edits, f"link {_figures(s, moving)} {where}"

    def _plan_unlink(self, s, claim_ids: Sequence[int]):
        placement = self._placement(s, claim_ids)
        out = [cid for cid, (g, _) in placement.items() if g is not None]
        edits = [MoveClaim(cid, placement[cid][0], None, placement[cid][1]) for cid in out]
        return edits, f"unlink {_figures(s, out)}"

    def _plan_merge(self, s, group_ids: Sequence[int]):
        keep, *others = group_ids
        edits: list[Edit] = []
        for other in others:
            placement = self._placement(s, self._members(s, other))
            edits += [MoveClaim(c, other, keep, p) for c, (_, p) in placement.items()]
            edits.append(DropGroup(other, repo.group_label(s, other)))
        n = len(group_ids)
        return edits, f"merge {n} groups into {utterances.quoted(repo.group_label(s, keep))}"

    def _plan_split(self, s, group_id: int, claim_ids: Sequence[int]):
        label = repo.group_label(s, group_id)
        placement = self._placement(s, claim_ids)
        moving = [c for c, (g, _) in placement.items() if g == group_id]
        if not moving:
            return [], "split group"
        new = repo.new_group(s, f"{label} (split)")
        moves: list[Edit] = [MoveClaim(c, group_id, new, placement[c][1]) for c in moving]
        (group,) = repo.groups(s, [group_id])
        moved = set(moving)
        rest = [c for c in group.claims if c not in moved]
        if rest and not group.label_by_user:  # named for what it holds now, as a relink would
            relabel = label_for(repo.claims(s, ids=rest))
            if relabel != label:
                moves.append(RenameGroup(group_id, label, relabel, by_user=False))
        return [CreateGroup(new, f"{label} (split)"), *moves], (
            f"split {_figures(s, moving)} from {utterances.quoted(label)}"
        )

    def _plan_rename(self, s, group_id: int, label: str):
        edit = self._renaming(s, group_id, label)
        # the name linking gave, typed as the user's own, is theirs from now on: shown as given,
        # without the word that told it from groups named alike ("Tonnes — hectare")
        if label == edit.before and edit.was_by_user:
            return [], "rename group"
        if label == edit.before:
            return [edit], f"keep the name {utterances.quoted(label)}"
        return [edit], f"rename {utterances.quoted(edit.before)} to {utterances.quoted(label)}"

    def _plan_confirm(self, s, group_id: int, confirmed: bool):
        before = repo.group_confirmed(s, group_id)
        verb = "confirm" if confirmed else "unconfirm"
        label = utterances.quoted(repo.group_label(s, group_id))
        return [ConfirmGroup(group_id, before, confirmed)], f"{verb} {label}"

    def _plan_reject(self, s, group_id: int):
        label = repo.group_label(s, group_id)
        placement = self._placement(s, self._members(s, group_id))
        moves: list[Edit] = [MoveClaim(c, group_id, None, p) for c, (_, p) in placement.items()]
        return [*moves, DropGroup(group_id, label)], f"reject {utterances.quoted(label)}"

    def _plan_edit_article(self, s, article: int, fields: dict[str, str]):
        edits: list[Edit] = []
        for name, value in fields.items():
            before = repo.article_field(s, article, name)
            if value != before:
                edits.append(EditArticle(article, name, before, value))
        what = " and ".join(e.field for e in edits if isinstance(e, EditArticle)) or "article"
        name = repo.article_field(s, article, "outlet") or repo.article_field(s, article, "title")
        return edits, f"edit {what} of {utterances.quoted(name)}"

    def _plan_remove_article(self, s, article: int):
        name = repo.article_field(s, article, "outlet") or repo.article_field(s, article, "title")
        return [RemoveArticle(article, True)], f"remove {utterances.quoted(name)}"

    def reorder_articles(self, order: Sequence[int]) -> Changes:
        with self._db.write() as s:
            repo.set_positions(s, order)
        return Changes(articles=frozenset(order))

    def decisions(self) -> list[tuple[str, int | None, int | None, int | None, str]]:
        with self._db.session() as s:
            return repo.decisions(s)

    # ------------------------------------------------------------------------- sheets

    def sheet(
        self,
        group_ids: Sequence[int] | None = None,
        *,
        appendix: bool = False,
        title: str | None = None,
    ) -> Sheet:
        """The comparison sheet: the chosen groups (default all), most divergent first; titled
        `title`, or the workspace's name. With every group, the statements quoted by several
        sources follow the figures, each group's versions aligned word by word."""
        from dataclasses import fields, replace

        from desktop.model import TeamSheetSection
        from desktop.sheets import build_sheet, statement_sections

        snapshot = self.snapshot()
        sheet = build_sheet(snapshot, title or self.name, group_ids, appendix=appendix)
        if group_ids is None:
            view = self.statement_view()
            groups = [(g, *utterances.alignment(view, g.id)) for g in view.groups]
            texts = {a.id: a.text for a in snapshot.articles}
            sheet = replace(sheet, statements=statement_sections(sheet.sources, groups, texts))
        confirmed = self.confirmed_by()
        if not any(s.confirmed and confirmed.get(s.group) for s in sheet.sections):
            return sheet
        sections = tuple(
            TeamSheetSection(
                **{f.name: getattr(s, f.name) for f in fields(s)}, confirmed_by=confirmed[s.group]
            )
            if s.confirmed and confirmed.get(s.group)
            else s
            for s in sheet.sections
        )
        return replace(sheet, sections=sections)

    def sheet_html(
        self,
        group_ids: Sequence[int] | None = None,
        *,
        appendix: bool = False,
        title: str | None = None,
    ) -> str:
        from desktop.sheets import render_html

        return render_html(self.sheet(group_ids, appendix=appendix, title=title))

    def sheet_csv(self, group_ids: Sequence[int] | None = None) -> str:
        from desktop.sheets import render_csv

        return render_csv(self.sheet(group_ids))

    # ------------------------------------------------------------------------- export

    def export(self) -> dict[str, Any]:
        """The compare contract of DESIGN.md: articles, claims (offsets into text) and groups.
        Every claim and group has a `kind`: "figure" in `claims` and `groups`, "statement" (a
        quotation: id "s<n>", a `speaker`, `"value": null`, its `pieces`) in `statements` and
        `statement_groups`, so that a reader of figures, or a scorer that takes every claim for
        a figure, reads figures only; figures' own kind (count, money, …) is their `measure`."""
        snap = self.snapshot()
        statements = self.statement_view()
        group_of = {cid: g.id for g in snap.groups for cid in g.claims}
        return {
            "workspace": self.name,
            "articles": [
                {
                    "id": a.id,
                    "path": a.origin,
                    "title": a.title,
                    "outlet": a.outlet,
                    "published": a.published.isoformat() if a.published else None,
                    "text": a.text,
                }
                for a in snap.articles
            ],
            "claims": [_claim_json(c, group_of.get(c.id)) for c in snap.claims],
            "groups": [
                {
                    "id": g.id,
                    "kind": "figure",
                    "label": g.label,
                    "claims": list(g.claims),
                    "min": _number(g.min),
                    "max": _number(g.max),
                    "status": g.status,
                    "sources": g.source_count,
                    "confidence": g.confidence,
                    "reason": g.reason,
                    "confirmed": g.confirmed,
                    "suggested": g.suggested,
                    "suspected_slips": list(g.outliers),
                }
                for g in snap.groups
            ],
            "statements": utterances.export_claims(
                statements, {a.id: a.text for a in snap.articles}
            ),
            "statement_groups": utterances.export_groups(statements),
        }


class _Stale(Exception):
    """Inside a write transaction: a row is no longer at the version the edit expects."""

    def __init__(self, key: RowKey | None, seen: int | None, reason: str = "") -> None:
        super().__init__(reason or f"{key} is no longer at version {seen}")
        self.key, self.seen, self.reason = key, seen, reason


_PAST = {
    "link": "linked", "unlink": "unlinked", "merge": "merged", "split": "split",
    "rename": "renamed", "confirm": "confirmed", "unconfirm": "unconfirmed",
    "reject": "rejected", "edit": "edited", "remove": "removed", "move": "moved",
    "new": "made a new",
}  # fmt: skip


def _seen(seen: Versions | StatementView | None) -> Versions | None:
    return seen.versions if isinstance(seen, StatementView) else seen


def _past(text: str) -> str:
    """ "rename “A” to “B”" → "renamed “A” to “B”": an undo menu's words for the change log."""
    verb, _, rest = text.partition(" ")
    return f"{_PAST.get(verb, verb)} {rest}".strip()


def _touched(changes: Changes) -> list[RowKey]:
    """The rows a change touched, as row keys for the change log."""
    keys = [("a", a) for a in changes.articles] + [("g", g) for g in changes.groups]
    keys += [("c", c) for c in changes.claims] + [("q", q) for q in changes.statements]
    return keys + [("u", u) for u in changes.statement_groups]


def _claims(ids: Iterable[int]) -> list[RowKey]:
    return [("c", i) for i in ids]


def _members(groups: Iterable[int]) -> list[RowKey]:
    """Which figures a group holds: a version of its own, moved by every figure in or out."""
    return [("m", g) for g in groups]


def _parts(edit: Edit) -> Iterable[Edit]:
    if isinstance(edit, Batch):
        for part in edit.edits:
            yield from _parts(part)
    else:
        yield edit


def _now() -> datetime:
    """Now in UTC, without a time zone (as the change log stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__


def _is_connection_error(error: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def _figures(s, claim_ids: Sequence[int]) -> str:
    """ "“4,500 US citizens”" for one figure, "3 figures" for more."""
    if len(claim_ids) == 1:
        found = repo.claims(s, ids=claim_ids)
        if found:
            return utterances.quoted(found[0].text)
    return f"{len(claim_ids)} figure{'' if len(claim_ids) == 1 else 's'}"


def _pending(s) -> set[str]:
    """Blocks stored into and not linked yet (an import cut short, or still under way)."""
    return {b for b in (repo.meta(s, _PENDING_KEY) or "").split("\n") if b}


def _note_pending(s, blocks: set[str]) -> None:
    pending = _pending(s)
    if not blocks <= pending:
        repo.set_meta(s, _PENDING_KEY, "\n".join(sorted(pending | blocks)))


def _document(row: ArticleRow) -> Document:
    """A stored article as the extractor reads it."""
    return Document(
        text=row.text, title=row.title, origin=row.origin,
        content_hash=row.content_hash, outlet=row.outlet, published=row.published,
    )  # fmt: skip


def _sqlite_file(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _best_anchor(claim: Claim, candidates: Iterable[Claim]) -> Claim | None:
    """The figure in a new version that is this one: same text, most alike surroundings."""
    from difflib import SequenceMatcher

    best, best_score = None, 0.0
    for c in candidates:
        if c.text != claim.text:
            continue
        around = SequenceMatcher(None, claim.context_before, c.context_before).ratio()
        around += SequenceMatcher(None, claim.context_after, c.context_after).ratio()
        score = around / 2 - abs(c.start - claim.start) / max(1, 10 * len(claim.sentence or "x"))
        if score > best_score:
            best, best_score = c, score
    return best if best_score >= 0.35 else None


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _claim_json(c: Claim, group: int | None) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": "figure",
        "article": c.article,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "value": _number(c.value),
        "low": _number(c.low),
        "high": _number(c.high),
        "bound": c.bound,
        "unit": c.unit,
        "subject": c.subject,
        "speaker": c.speaker,
        "as_of": c.as_of.isoformat() if c.as_of else None,
        "sentence": c.sentence,
        "paragraph": c.paragraph,
        "measure": c.kind,  # count, money, percent, measure, duration
        "window": c.window,
        "group": group,
    }
