"""Comparison-sheet content: the data, HTML and CSV of what each source reported, with citations.

Plain Python on `desktop.model` values; the paper and PDF rendering is `desktop.ui.printing`.
"""

from __future__ import annotations

from desktop.sheets.content import (
    build_sheet,
    sentence_span,
)
from desktop.sheets.markup import render_html
from desktop.sheets.statements import paragraph_of, statement_sections
from desktop.sheets.table import COLUMNS, render_csv

__all__ = [
    "COLUMNS",
    "build_sheet",
    "paragraph_of",
    "render_csv",
    "render_html",
    "sentence_span",
    "statement_sections",
]
