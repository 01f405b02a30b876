"""The workspace store: schema, migrations, sessions and the repository of value queries."""

from __future__ import annotations

from desktop.store import repository
from desktop.store.database import Database, normalise_url
from desktop.store.repository import GroupInfo, Placement

__all__ = ["Database", "GroupInfo", "Placement", "normalise_url", "repository"]
