"""Figures in article text: number expressions, what they count, when and who said them."""

from __future__ import annotations

from desktop.claims.counted import split_owner
from desktop.claims.extract import extract_claims

__all__ = ["extract_claims", "split_owner"]
