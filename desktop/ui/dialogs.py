"""Small dialogs: edit an article's outlet, title and date; the keyboard shortcuts; about.

They gather what the user typed and hand it back; they make no edits themselves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.model import ArticleRow


class ArticleDialog(QDialog):
    """Outlet, title and published date of one article."""

    def __init__(self, article: ArticleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit article")
        self.setMinimumWidth(480)
        self.outlet = QLineEdit(article.outlet, self)
        self.outlet.setPlaceholderText("e.g. Financial Times")
        self.title = QLineEdit(article.title, self)
        self.has_date = QCheckBox("Known", self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        published = article.published or date.today()
        self.date.setDate(QDate(published.year, published.month, published.day))
        self.has_date.setChecked(article.published is not None)
        self.date.setEnabled(article.published is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.has_date)
        form = QFormLayout()
        form.addRow("Outlet", self.outlet)
        form.addRow("Title", self.title)
        form.addRow("Published", when)
        form.addRow("Source", QLineEdit(article.origin, self, readOnly=True))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        """Field → value as the workspace takes them (published: ISO date or "")."""
        published = (
            self.date.date().toString(Qt.DateFormat.ISODate) if self.has_date.isChecked() else ""
        )
        return {
            "outlet": self.outlet.text().strip(),
            "title": self.title.text().strip(),
            "published": published,
        }


def changed_fields(article: ArticleRow, values: dict[str, str]) -> dict[str, str]:
    """Only the fields the user changed."""
    now = {
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.isoformat() if article.published else "",
    }
    return {k: v for k, v in values.items() if now.get(k, "") != v}


class ShortcutsDialog(QDialog):
    """Every action that has a shortcut, as a two-column table."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(520, 560)
        rows = [
            (a.text().replace("&", "").rstrip("…"), a.shortcut())
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels(["Action", "Shortcut"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (text, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(text))
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            table.setItem(r, 1, QTableWidgetItem(shown))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)


ABOUT_HTML = """<h3>Evidence Desk</h3>
<p>Compare how several sources report the same event: every figure, linked across sources,
cited to its place.</p>
<p>Drop articles on the window, click a figure to see the same quantity in every other source,
and fix the links the app got wrong. Every change is saved as you make it.</p>"""
