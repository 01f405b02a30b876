"""Word .docx files: body paragraphs and tables in order, read with python-docx.

python-docx is imported only when a .docx comes. Paragraphs are joined with a blank line; a table
becomes one line per row, cells separated by " | ". The title is the document's core-properties
title, else the first paragraph. Before anything is unpacked, the archive's directory is checked:
what it would inflate to, and how far each part is compressed (a zip bomb is refused, not read).
"""

from __future__ import annotations

import io
import zipfile

from desktop.ingest.metadata import make_document
from desktop.model import Document, UnreadableInput

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CORRUPT_REASON = "corrupt .docx (cannot be opened as a Word document)"
MAX_UNPACKED = 100 * 1024 * 1024  # bytes all parts together may inflate to
MAX_RATIO = 100  # how far one large part may be compressed (text XML: 5-20:1)
MAX_PARTS = 5_000


def check_archive(data: bytes, origin: str) -> None:
    """UnreadableInput when the archive would inflate too far to read safely; nothing unpacked."""
    try:
        parts = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableInput(origin, CORRUPT_REASON) from None
    if len(parts) > MAX_PARTS:
        raise UnreadableInput(origin, f"the .docx holds {len(parts):,} parts; too many to read")
    unpacked = sum(p.file_size for p in parts)
    if unpacked > MAX_UNPACKED:
        raise UnreadableInput(
            origin,
            f"the .docx unpacks to {unpacked / 2**20:,.0f} MB "
            f"(at most {MAX_UNPACKED / 2**20:g} MB); too large to read",
        )
    for p in parts:
        if p.file_size > 2**20 and p.file_size > MAX_RATIO * max(p.compress_size, 1):
            ratio = p.file_size / max(p.compress_size, 1)
            raise UnreadableInput(
                origin, f"the .docx part {p.filename} is compressed {ratio:,.0f}:1; not read"
            )


def read_docx(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """A Document from a .docx file's body text."""
    check_archive(data, origin)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [
            _table_text(block) if isinstance(block, Table) else block.text.strip()
            for block in document.iter_inner_content()
        ]
        title = (document.core_properties.title or "").strip()
    except Exception:  # python-docx raises zip, KeyError, XML and value errors for damaged files
        raise UnreadableInput(origin, CORRUPT_REASON) from None
    text = "\n\n".join(block for block in blocks if block)
    if not text:
        raise UnreadableInput(origin, "the document has no text")
    return make_document(text, origin=origin, media_type=MEDIA_TYPE, title=title)


def _table_text(table: object) -> str:
    rows = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if value and (not cells or cells[-1] != value):  # merged cells repeat their text
                cells.append(value)
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)
