"""Statements: direct quotations found in an article, who says them, the versions of one
utterance linked across articles and their wording aligned word by word. No Qt, no store: values
in, values out (see model.py). `compare_statements` runs the whole chain for one event."""

from __future__ import annotations

from desktop.statements.align import align_versions
from desktop.statements.event import EventStatements, compare_statements, settle_speakers
from desktop.statements.extract import extract_statements
from desktop.statements.link import link_statements, pair_score, prepare
from desktop.statements.model import (
    AlignedWord,
    Alignment,
    Statement,
    StatementGroup,
    VersionAlignment,
)
from desktop.statements.split import split_apart

VERSION = "39"  # stored with a workspace's analysis: a change reads its statements again

__all__ = [
    "AlignedWord",
    "Alignment",
    "EventStatements",
    "Statement",
    "StatementGroup",
    "VERSION",
    "VersionAlignment",
    "align_versions",
    "compare_statements",
    "extract_statements",
    "link_statements",
    "pair_score",
    "prepare",
    "settle_speakers",
    "split_apart",
]
