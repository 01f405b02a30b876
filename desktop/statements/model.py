"""Values of the statement engine, kept in desktop/model.py with every other value the layers
share; re-exported here so the engine's modules keep their short imports."""

from __future__ import annotations

from desktop.model import (
    AlignedWord,
    Alignment,
    Span,
    Statement,
    StatementGroup,
    VersionAlignment,
    WordMark,
)

__all__ = [
    "AlignedWord",
    "Alignment",
    "Span",
    "Statement",
    "StatementGroup",
    "VersionAlignment",
    "WordMark",
]
