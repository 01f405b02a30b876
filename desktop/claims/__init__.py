"""Figures in article text: number expressions, what they count, when and who said them."""

from __future__ import annotations

from desktop.claims.extract import extract_claims

# Raised whenever the figures found in a text change; a workspace made by another version reads
# its articles again when it opens.
VERSION = "2027.05.67"

__all__ = ["VERSION", "extract_claims"]
