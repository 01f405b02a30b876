"""Values of the statement engine, kept in desktop/model.py with every other value the layers
share; re-exported here so the engine's modules keep their short imports."""

from __future__ import annotations

from collections.abc import Callable

from desktop.model import (
    AlignedWord,
    Alignment,
    Cancelled,
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
    "stop_if_asked",
]

STOP_EVERY = 1024  # a long pass asks whether to stop once in this many steps


def stop_if_asked(stop: Callable[[], bool] | None, step: int = 0) -> None:
    """Cancelled when `stop` says so; inside a long pass, asked at every STOP_EVERY-th step."""
    if stop is not None and step % STOP_EVERY == 0 and stop():
        raise Cancelled("finding statements stopped")
