"""From a Source to a Document: loading the bytes of a file, a URL or a drop, then reading them.

`read_source` is the one entry point the workspace calls; it never lets anything but
UnreadableInput out for bad input. `expand_sources` turns a folder into the readable files under it.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from desktop.ingest.fetch import DEADLINE, fetch_url, too_large_reason
from desktop.ingest.registry import READABLE_SUFFIXES, read_bytes
from desktop.model import MAX_INPUT_BYTES, Document, Source, UnreadableInput


def read_source(
    source: Source, *, fetch_timeout: float = DEADLINE, cancel: threading.Event | None = None
) -> Document:
    """The Document `source` holds: in-memory bytes, a URL fetched, or a file read from disk.

    A fetch has one deadline, `fetch_timeout`, and stops with Cancelled once `cancel` is set.
    A title given on the Source (e.g. by a drop that knew the page title) wins over the one found.
    """
    origin = source.origin
    media_type = source.media_type
    if source.data is not None:
        data = source.data
        if len(data) > MAX_INPUT_BYTES:
            raise UnreadableInput(origin, too_large_reason(len(data)))
    elif source.is_url:
        data, served_as = fetch_url(origin, timeout=fetch_timeout, cancel=cancel)
        media_type = served_as or media_type
    else:
        data = _read_file(origin)
    document = read_bytes(data, origin, media_type)
    if source.title and source.title.strip():
        document = replace(document, title=source.title.strip())
    return document


def expand_sources(sources: Sequence[Source]) -> list[Source]:
    """Each folder replaced by the readable files under it (recursive, sorted, hidden skipped).

    Files, URLs, in-memory sources and paths that do not exist pass through unchanged, so that
    `read_source` can name what is wrong with them; so does each folder that cannot be listed.
    """
    expanded: list[Source] = []
    for source in sources:
        if source.data is not None or source.is_url or not os.path.isdir(_path_of(source.origin)):
            expanded.append(source)
            continue
        expanded.extend(Source(origin=str(path)) for path in _readable_files(source.origin))
    return expanded


def _readable_files(folder: str) -> list[Path]:
    """The readable files under `folder`, and each folder in it that can't be listed (which
    `read_source` then names as a problem)."""
    root = Path(_path_of(folder))
    found: list[Path] = []

    def unlisted(error: OSError) -> None:
        found.append(Path(error.filename or root))

    for directory, subdirs, files in os.walk(root, onerror=unlisted):
        subdirs[:] = [name for name in subdirs if not name.startswith(".")]
        found.extend(
            Path(directory, name)
            for name in files
            if not name.startswith(".") and name.lower().endswith(READABLE_SUFFIXES)
        )
    return sorted(found, key=lambda path: [part.lower() for part in path.relative_to(root).parts])


def _path_of(origin: str) -> str:
    if origin.lower().startswith("file://"):
        return url2pathname(urlsplit(origin).path)
    return origin


def _read_file(origin: str) -> bytes:
    """The file's bytes, its size checked before anything is read."""
    if "://" in origin and not origin.lower().startswith("file://"):
        scheme = origin.split("://", 1)[0]
        raise UnreadableInput(origin, f"unsupported address ({scheme}://); use http or https")
    path = Path(_path_of(origin))
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            try:
                os.scandir(path).close()
            except OSError as error:
                reason = f"the folder cannot be read ({error.strerror or error})"
                raise UnreadableInput(origin, reason) from None
            raise UnreadableInput(origin, "is a folder, not a file; add the files inside it")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput(origin, "not a regular file")
        if info.st_size > MAX_INPUT_BYTES:
            raise UnreadableInput(origin, too_large_reason(info.st_size))
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableInput(origin, "file not found") from None
    except PermissionError:
        raise UnreadableInput(origin, "permission denied; the file cannot be read") from None
    except IsADirectoryError:
        raise UnreadableInput(origin, "is a folder, not a file; add the files inside it") from None
    except OSError as error:
        raise UnreadableInput(origin, f"unreadable file ({error.strerror or error})") from None
    if len(data) > MAX_INPUT_BYTES:  # it grew between the stat and the read
        raise UnreadableInput(origin, too_large_reason())
    return data
