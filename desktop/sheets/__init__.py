"""Comparison-sheet content: the data, HTML and CSV of what each source reported, with citations."""

from __future__ import annotations
