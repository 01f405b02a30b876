"""Fetching an article by URL: http and https only, with a timeout and a size cap.

Uses urllib from the standard library. The body is read in chunks and refused once it passes
`MAX_INPUT_BYTES`; the Content-Type header comes back as the media-type hint for the registry.
Every failure becomes UnreadableInput naming the URL and what went wrong ("HTTP 404 Not Found",
"timed out after 15 s").
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from desktop.model import MAX_INPUT_BYTES, UnreadableInput

USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36 EvidenceDesk/0.1"
)
ACCEPT = "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.8"
CHUNK = 64 * 1024


def too_large_reason(size: int | None = None) -> str:
    """The reason given for any input over the size cap, with its size when known."""
    limit = f"larger than {MAX_INPUT_BYTES / 2**20:g} MB"
    return f"{limit} ({size / 2**20:.1f} MB)" if size else limit


def fetch_url(url: str, *, timeout: float = 15.0) -> tuple[bytes, str | None]:
    """The body of `url` and its Content-Type, or UnreadableInput naming the URL and the reason."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UnreadableInput(url, "only http:// and https:// addresses can be fetched")
    request = Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Language": "en"}
    )
    timed_out = f"timed out after {timeout:g} s"
    try:
        with urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > MAX_INPUT_BYTES:
                raise UnreadableInput(url, too_large_reason(int(length)))
            body = _read_capped(response, url, deadline=time.monotonic() + 4 * timeout + 30)
            return body, response.headers.get("Content-Type")
    except UnreadableInput:
        raise
    except HTTPError as error:
        raise UnreadableInput(url, f"HTTP {error.code} {error.reason or ''}".strip()) from None
    except URLError as error:
        raise UnreadableInput(url, _connection_reason(error.reason, timed_out)) from None
    except TimeoutError:  # socket.timeout during the read
        raise UnreadableInput(url, timed_out) from None
    except (http.client.HTTPException, OSError) as error:
        reason = f"the connection failed ({error or type(error).__name__})"
        raise UnreadableInput(url, reason) from None
    except ValueError as error:  # malformed address that urlsplit let through
        raise UnreadableInput(url, f"not a valid address ({error})") from None


def _read_capped(response: http.client.HTTPResponse, url: str, *, deadline: float) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(CHUNK):
        total += len(chunk)
        if total > MAX_INPUT_BYTES:
            raise UnreadableInput(url, too_large_reason())
        if time.monotonic() > deadline:
            raise UnreadableInput(url, "the download is too slow; gave up")
        chunks.append(chunk)
    return b"".join(chunks)


def _connection_reason(reason: object, timed_out: str) -> str:
    if isinstance(reason, TimeoutError):
        return timed_out
    if isinstance(reason, socket.gaierror):
        return "server not found (check the address and the network)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({reason.reason or reason})"
    return f"could not connect ({reason})"
