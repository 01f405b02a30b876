"""What the user has picked: figures (for linking and splitting) and the group in focus.

One `FigureSelection` is shared by the panes, the groups panel and the chart; each listens to
`changed` and shows the pick its own way, so no view calls another. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.model import Changes
from desktop.ui.bridge import WorkspaceBridge


class FigureSelection(QObject):
    """Picked figures and the group in focus; `changed(origin)` names who picked."""

    changed = Signal(object)

    def __init__(self, bridge: WorkspaceBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.claims: tuple[int, ...] = ()
        self.group: int | None = None
        bridge.changed.connect(self._on_workspace_changed)
        bridge.workspace_replaced.connect(self._on_workspace_replaced)

    @property
    def claim(self) -> int | None:
        """The figure picked last."""
        return self.claims[-1] if self.claims else None

    def select_claim(self, claim: int, additive: bool = False, origin: object = None) -> None:
        """Pick a figure; its group comes into focus. `additive` toggles it in a multi-pick."""
        if additive:
            picked = [c for c in self.claims if c != claim]
            if len(picked) == len(self.claims):
                picked.append(claim)
            claims = tuple(picked)
        else:
            claims = (claim,)
        focus = claims[-1] if claims else None
        group = self.bridge.snapshot().group_of(focus) if focus is not None else None
        self._set(claims, group.id if group else None, origin)

    def select_group(self, group: int | None, origin: object = None) -> None:
        """Bring a group into focus (no single figure picked)."""
        self._set((), group, origin)

    def clear(self) -> None:
        self._set((), None, None)

    def _set(self, claims: tuple[int, ...], group: int | None, origin: object) -> None:
        if claims == self.claims and group == self.group:
            return
        self.claims, self.group = claims, group
        self.changed.emit(origin)

    def _on_workspace_changed(self, changes: Changes, initiator: object) -> None:
        """Keep the pick valid: figures that went away drop out; the focus follows the figure."""
        snap = self.bridge.snapshot()
        known = {c.id for c in snap.claims}
        claims = tuple(c for c in self.claims if c in known)
        groups = {g.id for g in snap.groups}
        group = self.group if self.group in groups else None
        if claims:
            found = snap.group_of(claims[-1])
            group = found.id if found else None
        self._set(claims, group, self)

    def _on_workspace_replaced(self, _workspace: object) -> None:
        self._set((), None, self)
