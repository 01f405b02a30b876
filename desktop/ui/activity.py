"""Who did what: the Activity dock (recent changes, by person) and the groups' tooltips that name
who changed a group last.

Both read the workspace's change log (`Workspace.activity`), a short query on the GUI thread like
the snapshot. Every text is shown as plain text: group names are typed by teammates.
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QListWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.model import Activity, ConnectionLost, GroupRow
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.groups_model import ROW_ROLE, group_tip_lines
from desktop.ui.live import activity_line
from desktop.ui.plain import plain_tip

EVERYONE = "Everyone"
SHOWN = 200  # changes the dock lists


class ActivityPanel(QWidget):
    """The newest changes first, each "time  person  what"; a person picked shows only theirs."""

    def __init__(self, bridge: WorkspaceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.people = QComboBox(self)
        self.people.setObjectName("ActivityPeople")
        self.people.addItem(EVERYONE)
        self.people.currentTextChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.setObjectName("ActivityList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.people)
        layout.addWidget(self.list)
        self.entries: list[Activity] = []
        self._stale = True
        # after a change, read the log once the burst is over, not once per change
        self._reload = QTimer(self, singleShot=True, interval=300)
        self._reload.timeout.connect(self.reload)
        bridge.changed.connect(self._reload.start)
        bridge.workspace_replaced.connect(self._reload.start)
        self._reload.start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._reload.start()

    def reload(self) -> None:
        """Read the log again, when the dock is on screen (else when it comes up)."""
        if not self.isVisible():
            self._stale = True
            return
        if not self.bridge.online:
            return  # the last list stays, as the rest of the window does
        self._stale = False
        try:
            self.entries = self.bridge.workspace.activity(SHOWN, touched=False)
        except ConnectionLost:
            return
        names = sorted({a.author for a in self.entries if a.author})
        current = self.people.currentText()
        self.people.blockSignals(True)
        self.people.clear()
        self.people.addItems([EVERYONE, *names])
        self.people.setCurrentText(current if current in names else EVERYONE)
        self.people.blockSignals(False)
        self._fill()

    def _fill(self, *_: object) -> None:
        person = self.people.currentText()
        self.list.clear()
        for activity in self.entries:
            if person in ("", EVERYONE) or activity.author == person:
                self.list.addItem(activity_line(activity))  # an item's text is plain text

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class GroupActivityTips(QObject):
    """Adds the latest changes to a group's tooltip in the groups view ("14:05  Maria  renamed
    …"), under what the view's model says of it."""

    def __init__(self, bridge: WorkspaceBridge, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.bridge, self.view = bridge, view
        view.viewport().installEventFilter(self)

    def lines_for(self, group: GroupRow) -> list[str]:
        """The group's tooltip lines (as the model says them) and its latest changes."""
        try:
            recent = (
                self.bridge.workspace.activity(3, group=group.id, touched=False)
                if self.bridge.online
                else []
            )
        except ConnectionLost:
            recent = []
        lines = list(group_tip_lines(group))
        if recent:
            lines += ["", "Recent changes:", *(activity_line(a) for a in recent)]
        return lines

    def text_for(self, group: GroupRow) -> str:
        return "\n".join(self.lines_for(group))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ToolTip:
            return False
        index = self.view.indexAt(event.pos())
        group = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(group, GroupRow):
            return False
        QToolTip.showText(event.globalPos(), plain_tip(*self.lines_for(group)), self.view)
        return True
