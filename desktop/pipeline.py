"""Reading a batch of sources and finding their figures, in worker processes when it pays.

Owns the database-free half of an import: each source read (`ingest`), judged too dense or not,
its figures found (`claims`) within the per-file budget and its quoted statements found
(`statements`) in the same pass, in the order the sources were given.
A batch large enough to pay for starting them is spread over a pool of processes, one per core
(`forkserver`, so a GUI process's threads are never forked); a small one runs here. Storing and
linking belong to the workspace, which consumes the results in order while later files are still
being read. Cancel is honoured within a fraction of a second, in the workers too (the extractor's
`stop` asks a flag shared with them).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from desktop.claims import extract_claims
from desktop.ingest import read_source
from desktop.model import (
    Cancelled,
    Claim,
    Document,
    Progress,
    Source,
    Statement,
    UnreadableInput,
)
from desktop.statements import extract_statements

log = logging.getLogger(__name__)

__all__ = [
    "POOL_FROM", "Analysed", "analyse", "analyse_all", "extract_within", "pool_size",
    "statements_within",
]  # fmt: skip

POOL_FROM = 24  # files in a batch before worker processes pay for their start (about 0.3 s)
_PER_TASK = 4  # files a worker reads per task: fewer round trips through the pool's pipes
_IN_FLIGHT = 2  # tasks queued per worker: enough to keep it busy, few enough to cancel at once
_POLL = 0.05  # s between looks at `cancel` while waiting for a worker
_WORKER_NICE = 5  # workers yield the cores to the importing process (a window's GUI thread)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Analysed:
    """One source read and its figures and statements found, or the reason it can't be
    compared. Statements carry no article key yet: the workspace gives them the stored id."""

    source: Source
    document: Document | None
    claims: list[Claim]
    problem: UnreadableInput | None = None
    statements: tuple[Statement, ...] = ()


def pool_size() -> int:
    """Worker processes for a large batch: one per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def extract_within(
    document: Document, cancel: Any, max_seconds: float, currencies: Iterable[str] = ()
) -> list[Claim]:
    """The document's figures; Cancelled when `cancel` is set mid-file, UnreadableInput when
    finding them takes longer than `max_seconds`. `cancel` is anything with `is_set()`;
    `currencies` are words other articles price as money (`extract_claims`)."""
    return _within(
        lambda stop: extract_claims(
            document.text, document.published, stop=stop, currencies=currencies
        ),
        document, cancel, max_seconds, "its figures",
    )  # fmt: skip


def statements_within(
    document: Document, cancel: Any, max_seconds: float, started: float | None = None
) -> list[Statement]:
    """The document's quoted statements, as `extract_within` its figures: Cancelled mid-file,
    UnreadableInput past `max_seconds` (counted from `started`, a `time.monotonic()`, when the
    file's figures were found first within the same budget). A bug in finding them costs its
    statements (logged), never its figures."""
    if started is not None:
        max_seconds = max(0.0, max_seconds - (time.monotonic() - started))
    try:
        return _within(
            lambda stop: extract_statements(document.text, stop=stop),
            document, cancel, max_seconds, "its quoted statements",
        )  # fmt: skip
    except (Cancelled, UnreadableInput):
        raise
    except Exception:
        log.exception("could not find the statements of %s", document.origin)
        return []


def _within(find: Any, document: Document, cancel: Any, max_seconds: float, what: str) -> Any:
    """`find(stop)`, stopped when `cancel` is set or `max_seconds` have passed."""
    deadline = time.monotonic() + max_seconds

    def stop() -> bool:
        return (cancel is not None and cancel.is_set()) or time.monotonic() > deadline

    try:
        return find(stop)
    except Cancelled:
        if cancel is not None and cancel.is_set():
            raise
        raise UnreadableInput(
            document.origin, f"too large to compare: finding {what} took over {max_seconds:g} s"
        ) from None


def check_density(
    text: str, origin: str, max_figures: int, *, before: bool = False, count: int = 0
) -> None:
    """UnreadableInput when an article holds more figures than a comparison can show: before
    extraction judged by its numbers (cheap), after by the figures found."""
    if before:
        count = len(_NUMBER.findall(text))
    if count > max_figures:
        what = f"{count:,} numbers" if before else f"{count:,} figures"
        raise UnreadableInput(
            origin,
            f"too large / too dense to compare: {what} (at most {max_figures:,} "
            "figures an article); split it or import the part that matters",
        )


def analyse(source: Source, cancel: Any, max_seconds: float, max_figures: int) -> Analysed:
    """Read one source and find its figures; a problem is the result, only Cancelled raises."""
    try:
        document = read_source(source, cancel=cancel)
        check_density(document.text, document.origin, max_figures, before=True)
        started = time.monotonic()
        claims = extract_within(document, cancel, max_seconds)
        check_density(document.text, document.origin, max_figures, count=len(claims))
        statements = tuple(statements_within(document, cancel, max_seconds, started))
    except Cancelled:
        raise
    except UnreadableInput as problem:
        return Analysed(source, None, [], problem)
    except Exception as error:  # a reader or extractor bug must not sink the batch
        log.exception("could not analyse %s", source.origin)
        return Analysed(
            source, None, [], UnreadableInput(source.origin, f"could not be read ({error})")
        )
    return Analysed(source, document, claims, statements=statements)


def analyse_all(
    sources: Sequence[Source],
    *,
    progress: Progress,
    cancel: threading.Event | None,
    max_seconds: float,
    max_figures: int,
    workers: int | None = None,
) -> Iterator[Analysed]:
    """Each source analysed, in order; `progress(n, total, label)` before waiting for the n-th.

    Raises Cancelled (from the iteration) once `cancel` is set. Close the iterator when leaving
    early: that stops the workers.
    """
    workers = pool_size() if workers is None else workers
    total = len(sources)
    if workers < 2 or total < POOL_FROM:
        for done, source in enumerate(sources):
            if cancel is not None and cancel.is_set():
                raise Cancelled("import cancelled")
            progress(done, total, source.label)
            yield analyse(source, cancel, max_seconds, max_figures)
        return
    yield from _in_pool(sources, progress, cancel, max_seconds, max_figures, workers)


# ----------------------------------------------------------------------------- the pool

_worker_cancel: Any = None  # in a worker process: the pool's cancel flag


def _start_worker(flag: Any) -> None:
    global _worker_cancel
    _worker_cancel = flag
    with contextlib.suppress(OSError, AttributeError):  # not on every platform
        os.nice(_WORKER_NICE)  # a window stays quick while both cores extract


def _analyse_in_worker(
    sources: list[Source], max_seconds: float, max_figures: int
) -> list[Analysed]:
    return [analyse(source, _worker_cancel, max_seconds, max_figures) for source in sources]


@contextlib.contextmanager
def _main_script_hidden() -> Iterator[None]:
    """While workers start: hide the program's main script from multiprocessing, which would
    otherwise run it again in each worker (a script that imports at its top level, with no
    `if __name__ == "__main__"`, would import its files once more from every worker). The
    workers need nothing from it: their work is `_analyse_in_worker`, found by module name."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["desktop.pipeline"])  # each worker forks warm
        return context
    return multiprocessing.get_context("spawn")


def _in_pool(
    sources: Sequence[Source],
    progress: Progress,
    cancel: threading.Event | None,
    max_seconds: float,
    max_figures: int,
    workers: int,
) -> Iterator[Analysed]:
    context = _context()
    flag = context.Event()
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(flag,)
    )
    tasks = [list(sources[at : at + _PER_TASK]) for at in range(0, len(sources), _PER_TASK)]
    ahead = iter(tasks)
    queued: deque[tuple[Future | None, list[Source]]] = deque()
    ready: deque[Analysed] = deque()

    def refill() -> None:
        while len(queued) < workers * _IN_FLIGHT:
            task = next(ahead, None)
            if task is None:
                return
            try:
                future = pool.submit(_analyse_in_worker, task, max_seconds, max_figures)
            except (BrokenProcessPool, RuntimeError) as error:  # the pool could not start
                log.warning("reading files here, not in worker processes: %s", error)
                future = None
            queued.append((future, task))

    finished = False
    try:
        with _main_script_hidden():
            refill()  # starts every worker: a pool starts one per task until it has them all
        total = len(sources)
        for done, source in enumerate(sources):
            if cancel is not None and cancel.is_set():
                raise Cancelled("import cancelled")
            refill()
            progress(done, total, source.label)
            if not ready:
                ready.extend(_wait_for(*queued.popleft(), cancel, max_seconds, max_figures))
            refill()
            yield ready.popleft()
        finished = True
    finally:
        if not finished:
            flag.set()  # workers stop mid-file at their next look
        pool.shutdown(wait=finished, cancel_futures=True)


def _wait_for(
    future: Future | None,
    task: list[Source],
    cancel: threading.Event | None,
    max_seconds: float,
    max_figures: int,
) -> list[Analysed]:
    """A task's results, looking at `cancel` while waiting (Cancelled once it is set); read here
    when the pool could not take it (`future` None) or a worker died."""
    if future is None:
        return [analyse(source, cancel, max_seconds, max_figures) for source in task]
    while True:
        try:
            return future.result(timeout=_POLL)
        except BrokenProcessPool:  # a worker died (killed, out of memory): read them here
            return [analyse(source, cancel, max_seconds, max_figures) for source in task]
        except FutureTimeout:
            if cancel is not None and cancel.is_set():
                raise Cancelled("import cancelled") from None
