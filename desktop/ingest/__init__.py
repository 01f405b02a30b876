"""Ingest: bytes from files, drops and URLs become Documents (text, title, outlet, date, origin).

One module per format (`text`, `html`, `pdf`, `docx`), `fetch` for URLs, `registry` to pick a
reader by content, `metadata` for what every reader derives the same way, and `sources` for the
entry points below. The heavy parsers are imported only when a file needs them.
"""

from __future__ import annotations

from desktop.ingest.registry import FILE_DIALOG_FILTER, READABLE_SUFFIXES
from desktop.ingest.sources import expand_sources, read_source

__all__ = ["FILE_DIALOG_FILTER", "READABLE_SUFFIXES", "expand_sources", "read_source"]
