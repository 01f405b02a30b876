"""Figures in article text: number expressions, what they count, when and who said them."""

from __future__ import annotations

from desktop.claims.extract import extract_claims
from desktop.claims.lexicon import counted_forms, priced_unit

# Raised whenever the figures found in a text change; a workspace made by another version reads
# its articles again when it opens.
VERSION = "2027.06.14"

__all__ = ["VERSION", "counted_forms", "extract_claims", "priced_unit"]
