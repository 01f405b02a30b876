"""The window's one door to the workspace: a writer thread for every change, signals for the views.

`WorkspaceBridge` lives on the GUI thread. Every call that writes (imports, edits, reordering) runs
as a job on one worker thread, in order, so SQLite never sees two writers; results come back to the
GUI thread through a queued signal. Reads (`snapshot()`) are short and run on the GUI thread; the
snapshot is cached until the next change. Which widget shows what is left to the views, which
listen to `changed`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.model import (
    Applied,
    Cancelled,
    Changes,
    Conflict,
    Edit,
    ImportReport,
    Progress,
    Snapshot,
    Source,
    UnreadableInput,
    VersionedSnapshot,
    Versions,
)
from desktop.workspace import Workspace, collector_paused

log = logging.getLogger(__name__)

OFFLINE_IMPORT = (
    "not imported: the team workspace's server is out of reach; try again once it is back"
)

OFFLINE_EDIT = (
    "Not done: the team workspace's server is out of reach, so nothing can be changed until the "
    "connection is back. Your edit was not kept for later."
)

Job = Callable[[Progress, threading.Event], Any]

PREPARE_AFTER_MS = 2000  # after a workspace is shown: its figures are read for the next link


class WorkspaceBridge(QObject):
    """Runs workspace jobs on the writer thread and announces what changed. GUI thread only."""

    changed = Signal(object, object)  # Changes, initiator
    conflicted = Signal(object)  # a Conflict: an edit someone else's change made stale
    refused = Signal(str)  # an edit not even tried (the workspace is out of reach), in words
    workspace_replaced = Signal(object)  # the new Workspace: views reload everything
    failed = Signal(object)  # an exception, to the one place that words it
    progressed = Signal(int, int, str)  # emitted on the writer, delivered queued
    _finished = Signal(object, object)  # Future, callback

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._snapshot: Snapshot | None = None
        self._latest: Snapshot | None = None  # writer thread only: the state after its last job
        self._pending = 0
        self.online = True  # False while a team workspace's server is out of reach
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="writer")
        self._finished.connect(self._deliver)
        # once a workspace is on screen, its figures are read for linking on the writer, so
        # that the first drop weighs only what it adds
        self._prepare = QTimer(self, singleShot=True, interval=PREPARE_AFTER_MS)
        self._prepare.timeout.connect(self._prepare_linking)
        self.workspace_replaced.connect(self._prepare.start)

    # ---------------------------------------------------------------------------- reads

    def snapshot(self) -> Snapshot:
        """Articles, claims and groups as of the last change (read once, shared by the views)."""
        if self._snapshot is None:
            self._snapshot = self.workspace.snapshot()
        return self._snapshot

    def seen(self) -> Versions | None:
        """Writer thread: the row versions of the state this window's edits are made on (the
        shown snapshot, plus the window's own edits queued before this one)."""
        for snap in (self._latest, self._snapshot):
            if isinstance(snap, VersionedSnapshot):
                return snap.versions
        return None

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # ---------------------------------------------------------------------------- writes

    def run(
        self,
        job: Job,
        on_done: Callable[[Any], None],
        on_failed: Callable[[], None] | None = None,
    ) -> threading.Event:
        """Run `job(progress, cancel)` on the writer thread, then `on_done(result)` here (or
        `on_failed()` before `failed` is emitted, when it raised)."""
        cancel = threading.Event()
        self._pending += 1
        future = self._writer.submit(job, self.progressed.emit, cancel)
        future.add_done_callback(lambda f: self._finished.emit(f, (on_done, on_failed)))
        return cancel

    def change(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        initiator: object = None,
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        """Run `call()` on the writer: it returns `Changes`, an `Applied` or a `Conflict`. Back
        here, `on_done(result)` runs first (an undo stack moves), then every view hears
        `changed`; a Conflict's rows are shown as they are now, and `conflicted` says why."""
        workspace = self.workspace
        if not self.online:
            self.refused.emit(OFFLINE_EDIT)
            if on_failed is not None:
                on_failed()
            return

        def job(*_: object) -> tuple[Any, Snapshot]:
            value = call()
            changes = value.changes if isinstance(value, (Applied, Conflict)) else value
            return value, self.read_after(workspace, changes)  # there, not on the GUI thread

        def done(result: tuple[Any, Snapshot]) -> None:
            value, snapshot = result
            changes = value.changes if isinstance(value, (Applied, Conflict)) else value
            if on_done is not None:
                on_done(value)
            self.announce(changes, initiator, snapshot)
            if isinstance(value, Conflict):
                self.conflicted.emit(value)

        self.run(job, done, on_failed)

    def apply(self, edit: Edit, initiator: object = None) -> None:
        """Carry out an edit on the writer thread; `changed` follows."""
        self._change(lambda workspace: workspace.apply(edit), initiator)

    def import_sources(
        self, sources: list[Source], on_done: Callable[[ImportReport], None]
    ) -> threading.Event:
        """Import on the writer thread with progress; returns the event that cancels it. Out
        of reach of a team workspace's server nothing is tried: every source comes back refused."""
        workspace = self.workspace
        if not self.online:
            report = ImportReport(
                rejected=[UnreadableInput(s.origin, OFFLINE_IMPORT) for s in sources]
            )
            self.run(lambda *_: report, on_done)
            return threading.Event()

        def job(progress: Progress, cancel: threading.Event) -> tuple[ImportReport, Snapshot]:
            with collector_paused():
                report = workspace.import_sources(sources, progress=progress, cancel=cancel)
                self._latest = workspace.snapshot()  # read here, not on the GUI thread
            return report, self._latest

        def done(result: tuple[ImportReport, Snapshot]) -> None:
            report, snapshot = result
            on_done(report)
            self.announce(report.changes, None, snapshot)

        return self.run(job, done)

    def reorder_articles(self, order: list[int], initiator: object = None) -> None:
        self._change(lambda workspace: workspace.reorder_articles(order), initiator)

    def _change(self, call: Callable[[Workspace], Changes], initiator: object) -> None:
        workspace = self.workspace
        self.change(lambda: call(workspace), None, initiator)

    def read_after(self, workspace: Workspace, changes: Changes) -> Snapshot:
        """Writer thread: the snapshot after a change, read again only where it changed."""
        previous = self._latest
        if previous is None or workspace is not self.workspace:
            self._latest = workspace.snapshot()
        else:
            self._latest = workspace.snapshot_after(previous, changes)
        return self._latest

    def announce(
        self, changes: Changes, initiator: object = None, snapshot: Snapshot | None = None
    ) -> None:
        """Tell every view that `changes` happened; `snapshot` is the state after them, if read."""
        self._snapshot = snapshot
        self.changed.emit(changes, initiator)

    def replace_workspace(self, workspace: Workspace) -> None:
        """Switch to another workspace once queued work on the old one is done."""
        old = self.workspace
        self.wait()
        if old is not workspace:
            old.close()
        self.workspace = workspace
        self._snapshot = self._latest = None  # the writer is idle: wait() above
        self.workspace_replaced.emit(workspace)

    def reload(self) -> None:
        """Have every view show the workspace afresh (as after opening it)."""
        self._snapshot = None
        self.run(lambda *_: self._forget_latest(), lambda _: None)
        self.workspace_replaced.emit(self.workspace)

    def _forget_latest(self) -> None:
        """Writer thread: the next change reads the whole workspace (it may have been changed
        from elsewhere, as by a test or the CLI on the same file)."""
        self._latest = None

    @Slot()
    def _prepare_linking(self) -> None:
        if self.busy:  # after the job in hand: it may read what is needed itself
            self._prepare.start()
            return
        workspace = self.workspace

        def job() -> None:
            try:
                workspace.prepare_linking()
            except Exception as error:  # noqa: BLE001 - a head start only: an import reads itself
                log.warning("the workspace was not read ahead for linking: %s", error)

        self._writer.submit(job)

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the jobs queued so far have run (used when switching and closing)."""
        self._writer.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self._prepare.stop()
        self._writer.shutdown(wait=True, cancel_futures=True)
        self.workspace.close()

    @Slot(object, object)
    def _deliver(self, future: Future, callbacks: tuple) -> None:
        self._pending -= 1
        on_done, on_failed = callbacks
        if future.cancelled():  # dropped from the queue by shutdown(): nothing to show
            return
        error = future.exception()  # GUI thread from here on
        if error is not None and on_failed is not None:
            on_failed()
        if error is None:
            try:
                on_done(future.result())
            except Exception as problem:  # a view's bug must not kill the event loop
                log.exception("while showing a result")
                self.failed.emit(problem)
        elif not isinstance(error, Cancelled):
            self.failed.emit(error)
