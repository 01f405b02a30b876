"""Other people's changes in the open window, and what happens when the server goes away.

`LiveUpdates` runs one watcher thread per open workspace. It waits for the workspace's change
counter to move (`Workspace.wait_for_change`: LISTEN/NOTIFY on PostgreSQL, a polled counter on
SQLite, for another process on the same file) and tells the GUI thread, which has the bridge's
writer read the change log since the last change shown (`changes_since`), leave out this window's
own changes (already shown), read only the rows the others changed again, and announce them on
`bridge.changed` like an edit of our own: views update those rows in place, so selection, scroll
and the undo stack stay as they are.

When the counter cannot be read (`ConnectionLost`) the window goes read-only (`bridge.online`
False: edits are refused with a message, nothing is queued), says so, and the watcher tries again
with back-off (0.5 s doubling to 10 s); once it answers, the changes made meanwhile are read and
shown and edits are allowed again. The watcher thread touches no Qt object but the signals it
emits (delivered queued to the GUI thread).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal, Slot

from desktop.model import Activity, Changes, ConnectionLost
from desktop.ui.bridge import WorkspaceBridge
from desktop.workspace import Workspace

log = logging.getLogger(__name__)

FIRST_RETRY = 0.5  # s before the first retry after the connection is lost; doubles each time
LAST_RETRY = 10.0  # s between retries at most
WAIT = 1.0  # s one wait for a change may last (then the watcher checks whether to stop)


class LiveUpdates(QObject):
    """Brings other people's changes into the window. GUI thread, but for its watcher thread."""

    activity_arrived = Signal(object)  # list[Activity], others' and our own, oldest first
    connection_lost = Signal(str)  # a line a person can act on
    connection_restored = Signal()
    _counter_moved = Signal(object, int)  # from the watcher: its workspace, the counter now
    _lost = Signal(object, str)
    _restored = Signal(object)

    def __init__(self, bridge: WorkspaceBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._shown = 0  # the change counter as of the last change shown
        self._fetching = False
        self._newest = 0
        self._stop: threading.Event | None = None
        self._watching = False
        self._workspace: Workspace | None = None
        self._thread: threading.Thread | None = None
        self._counter_moved.connect(self._on_watcher_counter_moved)
        self._lost.connect(self._on_watcher_lost)
        self._restored.connect(self._on_watcher_restored)
        bridge.workspace_replaced.connect(self._on_bridge_workspace_replaced)
        self.start(bridge.workspace)

    # ---------------------------------------------------------------- watcher thread

    def start(self, workspace: Workspace) -> None:
        """Watch `workspace` (stopping the watch on any other)."""
        self.stop()
        try:
            self._shown = self._newest = workspace.change_counter()
        except ConnectionLost:
            self._shown = self._newest = 0
        stop = threading.Event()
        self._stop = stop
        self._watching = True
        self._workspace = workspace
        self._thread = threading.Thread(
            target=self._watch, args=(workspace, stop, self._shown), name="changes", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop watching (the window closes, or switches workspace: `start` again). Does not
        wait: the watcher ends within a wait (WAIT) by itself, and what it sends meanwhile is
        dropped (`_watching`, and each signal names its workspace)."""
        self._watching = False
        if self._stop is not None:
            self._stop.set()
        self._stop = self._thread = None
        self._workspace = None

    def _watch(self, workspace: Workspace, stop: threading.Event, seen: int) -> None:
        """Watcher thread: wait for the counter to move; on a lost connection, retry."""
        delay, lost = FIRST_RETRY, False

        def tell(signal, *args: object) -> None:
            if stop.is_set():
                return  # stopped: the window may be gone
            try:
                signal.emit(*args)
            except RuntimeError:  # the window was deleted meanwhile
                stop.set()

        while not stop.is_set():
            try:
                counter = workspace.wait_for_change(seen, WAIT)
            except ConnectionLost as problem:
                if not lost:
                    lost = True
                    tell(self._lost, workspace, problem.reason)
                stop.wait(delay)
                delay = min(delay * 2, LAST_RETRY)
                continue
            except Exception:  # the workspace was closed under us (switching, quitting)
                if stop.is_set():
                    return
                log.exception("watching for changes")
                stop.wait(LAST_RETRY)
                continue
            if lost:
                lost, delay = False, FIRST_RETRY
                tell(self._restored, workspace)
            if counter != seen:
                seen = counter
                tell(self._counter_moved, workspace, counter)

    # ---------------------------------------------------------------- GUI thread

    @Slot(object, int)
    def _on_watcher_counter_moved(self, workspace: Workspace, counter: int) -> None:
        if workspace is not self.bridge.workspace:
            return
        self._newest = max(self._newest, counter)
        while self._shown < self._newest and workspace.is_own_change(self._shown + 1):
            self._shown += 1  # our own change, shown when it was made: nothing to read back
        self._fetch()

    def _fetch(self) -> None:
        """Have the writer read what changed since the last change shown (one fetch at a time;
        a counter that moved meanwhile fetches again)."""
        if not self._watching or self._fetching or self._newest <= self._shown:
            return
        if not self.bridge.online:
            return
        self._fetching = True
        workspace, after = self.bridge.workspace, self._shown

        def job(*_: object):
            counter, found = workspace.changes_since(after)
            theirs = Changes()
            for activity in found:
                if activity.session != workspace.session:
                    theirs |= activity.changes
            snapshot = self.bridge.read_after(workspace, theirs) if theirs else None
            return workspace, counter, found, theirs, snapshot

        self.bridge.run(job, self._on_fetched, self._on_fetch_failed)

    def _on_fetched(self, result) -> None:
        workspace, counter, found, theirs, snapshot = result
        self._fetching = False
        if workspace is not self.bridge.workspace:
            return
        self._shown = max(self._shown, counter)
        if theirs:
            self.bridge.announce(theirs, self, snapshot)
        if found:
            self.activity_arrived.emit(found)
        self._fetch()

    def _on_fetch_failed(self) -> None:
        self._fetching = False

    @Slot(object, str)
    def _on_watcher_lost(self, workspace: Workspace, reason: str) -> None:
        if not self._watching or workspace is not self.bridge.workspace:
            return
        self.bridge.online = False
        self.connection_lost.emit(
            f"Lost the connection to the team workspace {workspace.location} ({reason}). "
            "What you see is the last state, read-only; trying again…"
        )

    @Slot(object)
    def _on_watcher_restored(self, workspace: Workspace) -> None:
        if not self._watching or workspace is not self.bridge.workspace:
            return
        self.bridge.online = True
        self.connection_restored.emit()
        self._newest = max(self._newest, self._shown + 1)  # read what happened meanwhile
        self._fetch()

    def _on_bridge_workspace_replaced(self, workspace: Workspace) -> None:
        if workspace is self._workspace and self._watching:
            return  # the same workspace shown afresh (`bridge.reload`): keep watching it
        self.bridge.online = True
        self._fetching = False
        self.start(workspace)


def activity_line(activity: Activity) -> str:
    """ "14:05  Maria  renamed “A” to “B”" (local time), for lists and tooltips."""
    from datetime import UTC

    local = activity.at.replace(tzinfo=UTC).astimezone()
    return f"{local:%H:%M}  {activity.author or 'someone'}  {activity.text}"
