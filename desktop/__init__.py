"""Evidence Desk: compare how several sources report the same event, figure by figure."""

from __future__ import annotations

__version__ = "0.1.0"
