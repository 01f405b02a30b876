"""What the window remembers between runs (QSettings): geometry, dock layout, the open workspace,
recent workspaces, and per workspace the hidden panes.

Only the window uses QSettings; the core never does. Keys live here so they are named once.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

from desktop.workspace import without_password

MAX_RECENT = 8


def _as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]


class WindowSettings:
    """Typed access to the app's QSettings (organisation and app name set by `app.run`)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.q = settings or QSettings()

    # ------------------------------------------------------------------ workspaces

    def last_workspace(self) -> str | None:
        value = self.q.value("workspace/last")
        return str(value) if value else None

    def set_last_workspace(self, url: str) -> None:
        """Remember `url` as the last and first recent workspace, never with its password."""
        url = without_password(url)
        self.q.setValue("workspace/last", url)
        recent = [url] + [u for u in self.recent_workspaces() if u != url]
        self.q.setValue("workspace/recent", recent[:MAX_RECENT])

    def recent_workspaces(self) -> list[str]:
        return _as_list(self.q.value("workspace/recent"))

    def recent_team_workspaces(self) -> list[str]:
        """The recent workspaces on a server (no passwords: they are never stored)."""
        return [u for u in self.recent_workspaces() if not u.startswith("sqlite")]

    def author(self) -> str:
        """The name this person's edits are recorded under; "" means the OS user name."""
        return str(self.q.value("team/author") or "")

    def set_author(self, name: str) -> None:
        self.q.setValue("team/author", " ".join(name.split()))

    def clear_recent(self) -> None:
        self.q.setValue("workspace/recent", [])

    def hidden_panes(self, url: str) -> set[int]:
        return {int(v) for v in _as_list(self.q.value(f"panes/{_key(url)}/hidden")) if v.isdigit()}

    def set_hidden_panes(self, url: str, hidden: set[int]) -> None:
        self.q.setValue(f"panes/{_key(url)}/hidden", [str(a) for a in sorted(hidden)])

    def selected_group(self, url: str) -> int | None:
        value = self.q.value(f"panes/{_key(url)}/group")
        return int(value) if value not in (None, "") else None

    def set_selected_group(self, url: str, group: int | None) -> None:
        self.q.setValue(f"panes/{_key(url)}/group", "" if group is None else group)

    # ------------------------------------------------------------------ window

    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def sync(self) -> None:
        self.q.sync()


def _key(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:12]
