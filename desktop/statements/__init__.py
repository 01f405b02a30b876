"""Statements: direct quotations found in an article, who says them, the versions of one
utterance linked across articles and their wording aligned word by word. No Qt, no store: values
in, values out (see model.py)."""

from __future__ import annotations

from desktop.statements.extract import extract_statements
from desktop.statements.model import Alignment, Statement, StatementGroup

__all__ = ["Alignment", "Statement", "StatementGroup", "extract_statements"]
