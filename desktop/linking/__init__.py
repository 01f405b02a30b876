"""Linking figures across articles: blocks of candidates, groups, labels, divergence."""

from __future__ import annotations

from desktop.linking.blocking import block_key, no_true_zero, quantity_key, window_class
from desktop.linking.divergence import interval, on_one_scale, outliers, rates_of, summarize
from desktop.linking.grouping import (
    SUGGEST_BELOW,
    Relinked,
    label_for,
    link_claims,
    prepare,
    relink,
)
from desktop.linking.naming import labelled_apart

# Raised whenever the groups made of the same figures change; workspaces relink when they open.
VERSION = "2027.04.60"

__all__ = [
    "SUGGEST_BELOW",
    "Relinked",
    "VERSION",
    "block_key",
    "interval",
    "label_for",
    "labelled_apart",
    "link_claims",
    "no_true_zero",
    "on_one_scale",
    "outliers",
    "prepare",
    "quantity_key",
    "rates_of",
    "relink",
    "summarize",
    "window_class",
]
