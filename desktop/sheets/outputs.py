"""What each output a command writes begins with, so that a file found where an output is to go
can be told apart from an article ("compare --json *.txt" takes the first article for the output):
an earlier output of the same kind is replaced freely, anything else is left alone."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.model import SHEET_CREATOR, SHEET_TITLE
from desktop.sheets.table import COLUMNS

_FIRST_COLUMNS = 3  # a sheet table is known by these: later versions add columns at the end
_HEAD = 4096  # bytes read of a file found: an output says what it is in its first lines
_EXPORT = re.compile(rb'\A\s*\{\s*"workspace"\s*:')


def _is_sheet_html(head: bytes) -> bool:
    return head.startswith(b"<!DOCTYPE html>") and f"<title>{SHEET_TITLE}".encode() in head


def _is_sheet_csv(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf").startswith(",".join(COLUMNS[:_FIRST_COLUMNS]).encode())


def _is_sheet_pdf(head: bytes) -> bool:
    names = (SHEET_CREATOR.encode(), SHEET_CREATOR.encode("utf-16-be"))
    return head.startswith(b"%PDF") and any(name in head for name in names)


_KINDS = {
    "json": lambda head: bool(_EXPORT.match(head)),
    "html": _is_sheet_html,
    "csv": _is_sheet_csv,
    "pdf": _is_sheet_pdf,
}


def replaceable(path: str | Path, kind: str) -> bool:
    """Whether an output of `kind` ("json", "html", "csv", "pdf") may be written to `path`:
    nothing is there, an empty file (as `mktemp` makes), or an earlier output of that kind."""
    target = Path(path)
    if not target.exists():
        return True
    if not target.is_file():
        return False
    if target.stat().st_size == 0:
        return True
    with target.open("rb") as f:
        return _KINDS[kind](f.read(_HEAD))
