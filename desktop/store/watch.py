"""Waiting for other people's changes: LISTEN on PostgreSQL, a polled change counter on SQLite.

`ChangeWatch.wait(timeout)` returns when the workspace may have changed or the timeout has
passed; the caller then reads the change counter (`repository.change_counter`) to know. On
PostgreSQL it holds a connection of its own, in autocommit, listening on the channel every change
is announced on (`repository.log_activity` sends NOTIFY in the transaction that logs it, so the
news arrives when it commits). On SQLite there is no server to tell anyone: it sleeps a short
poll interval and lets the caller ask the counter. Used from one thread at a time.
"""

from __future__ import annotations

import threading

from sqlalchemy.engine import make_url

from desktop.store.repository import CHANGES_CHANNEL

POLL_SECONDS = 0.25  # a SQLite window asks the counter this often (a one-row MAX over an index)


class ChangeWatch:
    """Blocks until a change may have happened. Errors (a lost server) propagate."""

    def __init__(self, url: str) -> None:
        self._url = make_url(url)
        self._conn = None
        self._closed = threading.Event()

    def wait(self, timeout: float) -> None:
        if self._url.get_backend_name() != "postgresql":
            self._closed.wait(min(timeout, POLL_SECONDS))
            return
        if self._conn is None:
            self._conn = self._listen()
        for _ in self._conn.notifies(timeout=timeout, stop_after=1):
            break
        # several changes may have been announced together: drain them, the counter tells all
        for _ in self._conn.notifies(timeout=0):
            pass

    def _listen(self):
        import psycopg

        url = self._url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
        conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        return conn

    def close(self) -> None:
        self._closed.set()
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # already gone with the server: nothing to release
                pass
            self._conn = None
