"""Word .docx files: body paragraphs and tables in order, read with python-docx.

python-docx is imported only when a .docx comes. Paragraphs are joined with a blank line; a table
becomes one line per row, cells separated by " | ". The title is the document's core-properties
title, else the first paragraph.
"""

from __future__ import annotations

import io

from desktop.ingest.metadata import make_document
from desktop.model import Document, UnreadableInput

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CORRUPT_REASON = "corrupt .docx (cannot be opened as a Word document)"


def read_docx(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """A Document from a .docx file's body text."""
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
