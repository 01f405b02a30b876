"""File > Connect to team workspace…: a PostgreSQL address, recent team workspaces, a password
asked for each time and never kept.

The address names the user, server and database ("postgresql://maria@db.newsroom.example/
evidence"). The password is left out of it: typed here it is used for this connection only,
left empty libpq finds it in PGPASSWORD or ~/.pgpass. Recent team workspaces are remembered by
the settings without their passwords. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.model import WorkspaceUnavailable
from desktop.ui.plain import plain_label
from desktop.workspace import team_url, without_password

EXAMPLE = "postgresql://maria@db.newsroom.example/evidence"


class ConnectDialog(QDialog):
    """Asks for a team workspace's address and, optionally, a password."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to team workspace")
        self.address = QLineEdit(self)
        self.address.setObjectName("TeamAddress")
        self.address.setPlaceholderText(EXAMPLE)
        self.password = QLineEdit(self)
        self.password.setObjectName("TeamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("empty: from PGPASSWORD or ~/.pgpass")
        self.recent = QListWidget(self)
        self.recent.setObjectName("RecentTeamWorkspaces")
        self.recent.addItems([without_password(u) for u in recent])
        self.recent.currentTextChanged.connect(self.address.setText)
        self.recent.itemDoubleClicked.connect(lambda _item: self.accept())
        if recent:
            self.recent.setCurrentRow(0)
        self.problem = plain_label(QLabel(self))
        self.problem.setObjectName("TeamProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Address:", self.address)
        form.addRow("Password:", self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Connect")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = plain_label(QLabel("The password is used for this connection only, never saved."))
        layout.addWidget(note)
        if recent:
            layout.addWidget(QLabel("Recent team workspaces:"))
            layout.addWidget(self.recent)
        else:
            self.recent.hide()
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 320 if recent else 180)

    def accept(self) -> None:
        try:
            self.url()
        except WorkspaceUnavailable as problem:
            self.problem.setText(problem.reason)
            return
        super().accept()

    def url(self) -> str:
        """The address to open, the password (if typed) put in for this connection only."""
        return team_url(self.address.text(), self.password.text())


def ask_author(current: str, default: str, parent: QWidget | None = None) -> str | None:
    """The name to record one's edits under (None: cancelled; "": the OS user name)."""
    name, ok = QInputDialog.getText(
        parent,
        "Your name in team workspaces",
        f"Your edits and imports are recorded under this name (empty: {default}):",
        text=current,
    )
    return " ".join(name.split()) if ok else None
