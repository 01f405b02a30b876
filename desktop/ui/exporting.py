"""Sheet exports and printing off the GUI thread, with progress and Cancel in the status bar.

`ExportRunner` runs one job at a time on its own worker thread (not the bridge's writer: an export
only reads, and edits need not wait for a 40-page PDF). A job is a plain function taking
`progress` and `cancel`, like an import; it reads the sheet from the workspace and paints on a
QPrinter, which Qt allows off the GUI thread. Results and errors come back through a queued
signal. GUI thread only, apart from the jobs themselves.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.model import Cancelled, Progress
from desktop.ui.importing import ImportProgress

log = logging.getLogger(__name__)

ExportJob = Callable[[Progress, threading.Event], Any]


class ExportRunner(QObject):
    """Runs exports and print jobs on a worker thread; shows their progress; Cancel stops them."""

    finished = Signal(str)  # a one-line summary for the status bar
    failed = Signal(str, object)  # what was being done, the error
    _progressed = Signal(int, int, str)  # emitted on the worker, delivered queued
    _done = Signal(object, object, str)  # Future, on_done, what

    def __init__(self, progress: ImportProgress, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="exporter")
        self._cancel: threading.Event | None = None
        self._what = ""
        self._progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        progress.cancel_requested.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def run(self, what: str, job: ExportJob, on_done: Callable[[Any], str]) -> bool:
        """Start `job` ("Exporting PDF"); `on_done(result)` words the outcome. False when
        another export is still running."""
        if self._cancel is not None:
            return False
        self._cancel = cancel = threading.Event()
        self._what = what
        self.progress.show_progress(0, 1, "", verb=what)
        future = self._worker.submit(_without_collector_pauses, job, self._progressed.emit, cancel)
        future.add_done_callback(lambda f: self._done.emit(f, on_done, what))
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, timeout: float = 60.0) -> None:
        """Block until the running job is over (used when the window closes)."""
        self._worker.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self.cancel()
        self._worker.shutdown(wait=True, cancel_futures=True)

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, label: str) -> None:
        if self._cancel is not None:
            self.progress.show_progress(done, total, label, verb=self._what)

    @Slot(object, object, str)
    def _on_done(self, future: Future, on_done: Callable[[Any], str], what: str) -> None:
        self._cancel = None
        self.progress.hide()
        error = future.exception()
        if isinstance(error, Cancelled):
            self.finished.emit(f"{what}: cancelled")
        elif error is not None:
            log.error("%s failed", what, exc_info=(type(error), error, error.__traceback__))
            self.failed.emit(what, error)
        else:
            self.finished.emit(on_done(future.result()))


def _without_collector_pauses(job: ExportJob, progress: Progress, cancel: threading.Event) -> Any:
    """Run `job` with Python's cyclic garbage collector held off. A sheet is tens of thousands of
    small objects; the full collections they set off hold the interpreter for 100 ms and more, and
    the GUI thread waits that long to run a line of Python. The objects go by reference counting
    as ever; the collector resumes when the job ends. Runs on the export thread."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return job(progress, cancel)
    finally:
        if paused:
            gc.enable()
