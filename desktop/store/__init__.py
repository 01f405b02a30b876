"""The workspace store: schema, migrations, sessions and the repository of value queries."""

from __future__ import annotations

from desktop.store import repository
from desktop.store.database import Busy, Database, Duplicate, StoreFailure, normalise_url
from desktop.store.repository import GroupInfo, Placement

__all__ = [
    "Busy",
    "Database",
    "Duplicate",
    "GroupInfo",
    "Placement",
    "StoreFailure",
    "normalise_url",
    "repository",
]
