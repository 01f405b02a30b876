"""Fetching an article by URL: http and https only (on every redirect too), one deadline for the
whole fetch, a size cap, and a cancel that interrupts it.

Uses http.client from the standard library, one hop at a time, so each redirect's address is
checked before it is followed. A watchdog thread closes the connection when the deadline passes or
the cancel event is set, so that neither a server that drips its headers or body nor a stalled
one can hold the import (a silent socket also gives up after `idle` seconds). The body is refused
once it passes `MAX_INPUT_BYTES`; the Content-Type header comes back as the media-type hint for the
registry. Every failure becomes UnreadableInput naming the URL and what went wrong ("HTTP 404 Not
Found", "timed out after 60 s"); a cancel raises Cancelled.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
from urllib.parse import urljoin, urlsplit
from urllib.request import getproxies, proxy_bypass

from desktop.model import MAX_INPUT_BYTES, Cancelled, UnreadableInput

USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36 EvidenceDesk/0.1"
)
ACCEPT = "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.8"
CHUNK = 64 * 1024
DEADLINE = 60.0  # s for the whole fetch: connecting, headers and body, every redirect included
IDLE = 15.0  # s a connection may stay silent
MAX_REDIRECTS = 10
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_POLL = 0.05  # s between the watchdog's looks at the clock and the cancel event


def too_large_reason(size: int | None = None) -> str:
    """The reason given for any input over the size cap, with its size when known."""
    limit = f"larger than {MAX_INPUT_BYTES / 2**20:g} MB"
    return f"{limit} ({size / 2**20:.1f} MB)" if size else limit


def fetch_url(
    url: str,
    *,
    timeout: float = DEADLINE,
    idle: float = IDLE,
    cancel: threading.Event | None = None,
) -> tuple[bytes, str | None]:
    """The body of `url` and its Content-Type, or UnreadableInput naming the URL and the reason.

    `timeout` bounds the whole fetch; `cancel`, when set, stops it at once with Cancelled.
    """
    _check_scheme(url, url)
    end = time.monotonic() + timeout
    cancel = cancel or threading.Event()
    timed_out = f"timed out after {timeout:g} s"
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        watch = _Watchdog(end, cancel)
        try:
            status, reason, headers, body = _get(current, url, watch, min(idle, timeout))
        except UnreadableInput:
            raise
        except (OSError, http.client.HTTPException, ValueError) as error:
            if watch.stopped == "cancel" or cancel.is_set():
                raise Cancelled() from None
            if watch.stopped == "deadline" or time.monotonic() >= end:
                raise UnreadableInput(url, timed_out) from None
            raise UnreadableInput(url, _failure_reason(error, idle)) from None
        finally:
            watch.stop()
        if status in _REDIRECTS and headers.get("Location"):
            target = urljoin(current, headers["Location"].strip())
            _check_scheme(target, url, redirected=True)
            current = target
            continue
        if status >= 400:
            raise UnreadableInput(url, f"HTTP {status} {reason or ''}".strip())
        return body, headers.get("Content-Type")
    raise UnreadableInput(url, f"more than {MAX_REDIRECTS} redirects")


def _check_scheme(address: str, origin: str, redirected: bool = False) -> None:
    try:
        parts = urlsplit(address)
    except ValueError as error:
        raise UnreadableInput(origin, f"not a valid address ({error})") from None
    scheme = parts.scheme.lower()
    if scheme in ("http", "https") and parts.hostname:
        return
    if redirected:
        where = f"{scheme}://" if scheme else "an address without a scheme"
        raise UnreadableInput(origin, f"redirected to {where}; only http and https are followed")
    raise UnreadableInput(origin, "only http:// and https:// addresses can be fetched")


class _Watchdog:
    """Closes the connection it is given when the deadline passes or `cancel` is set."""

    def __init__(self, end: float, cancel: threading.Event) -> None:
        self.end, self.cancel = end, cancel
        self.stopped = ""
        self._sock: socket.socket | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="fetch-watchdog", daemon=True)
        self._thread.start()

    def remaining(self) -> float:
        if self.cancel.is_set():
            self.stopped = "cancel"
            raise TimeoutError("cancelled")
        left = self.end - time.monotonic()
        if left <= 0:
            self.stopped = "deadline"
            raise TimeoutError("deadline")
        return left

    def guard(self, sock: socket.socket) -> None:
        with self._lock:
            self._sock = sock
        if self.stopped:
            self._close()

    def _run(self) -> None:
        while not self._done.wait(_POLL):
            if self.cancel.is_set() or time.monotonic() >= self.end:
                self.stopped = "cancel" if self.cancel.is_set() else "deadline"
                self._close()
                return

    def _close(self) -> None:
        with self._lock:
            sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes a read blocked in another thread
            except OSError:
                pass

    def stop(self) -> None:
        self._done.set()


def _get(
    address: str, origin: str, watch: _Watchdog, idle: float
) -> tuple[int, str, http.client.HTTPMessage, bytes]:
    """One GET, no redirects followed: status, reason, headers and (capped) body."""
    parts = urlsplit(address)
    https = parts.scheme.lower() == "https"
    host, port = parts.hostname or "", parts.port or (443 if https else 80)
    proxy = None if proxy_bypass(host) else getproxies().get(parts.scheme.lower())
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    if proxy:
        p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        connect_host, connect_port = p.hostname or "", p.port or 80
    else:
        connect_host, connect_port = host, port
    # connect in short attempts, so that a cancel or the deadline is seen during a slow connect
    while True:
        attempt = min(watch.remaining(), idle, 1.0)
        try:
            sock = socket.create_connection((connect_host, connect_port), timeout=attempt)
            break
        except TimeoutError:
            continue
    watch.guard(sock)
    sock.settimeout(min(idle, max(watch.remaining(), 0.01)))
    if https:
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(host, port, timeout=idle)
        if proxy:
            conn.set_tunnel(host, port)
            conn.sock = sock
            conn._tunnel()  # type: ignore[attr-defined]
            sock = conn.sock
        context = ssl.create_default_context()
        sock = context.wrap_socket(sock, server_hostname=host)
        watch.guard(sock)
        conn.sock = sock
    else:
        conn = http.client.HTTPConnection(host, port, timeout=idle)
        conn.sock = sock
        if proxy:
            target = address
    try:
        conn.request(
            "GET",
            target,
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Language": "en"},
        )
        response = conn.getresponse()
        watch.remaining()
        headers = response.headers
        if response.status in _REDIRECTS or response.status >= 400:
            return response.status, response.reason, headers, b""
        length = headers.get("Content-Length", "")
        if length.strip().isdigit() and int(length) > MAX_INPUT_BYTES:
            raise UnreadableInput(origin, too_large_reason(int(length)))
        return response.status, response.reason, headers, _read_capped(response, origin, watch)
    finally:
        conn.close()


def _read_capped(response: http.client.HTTPResponse, url: str, watch: _Watchdog) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read1(CHUNK)
        watch.remaining()  # a read cut short by the watchdog is not the end of the body
        if not chunk:
            break
        total += len(chunk)
        if total > MAX_INPUT_BYTES:
            raise UnreadableInput(url, too_large_reason())
        chunks.append(chunk)
    return b"".join(chunks)


def _failure_reason(error: BaseException, idle: float) -> str:
    if isinstance(error, TimeoutError):
        return f"the server sent nothing for {idle:g} s; gave up"
    if isinstance(error, socket.gaierror):
        return "server not found (check the address and the network)"
    if isinstance(error, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(error, ssl.SSLError):
        return f"secure connection failed ({error.reason or error})"
    if isinstance(error, http.client.IncompleteRead):
        return "the connection closed before the whole page came"
    return f"the connection failed ({error or type(error).__name__})"
