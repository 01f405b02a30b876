"""The pane list: every article in the workspace, ticked when its pane is shown.

`ArticleListModel` holds `ArticleRow`s under `ROW_ROLE` in pane order; ticking asks (by signal)
for a pane to be shown or hidden. Double-clicking an article asks for its details dialog. The list
is given to its view a page at a time (`canFetchMore`/`fetchMore`) as it scrolls to the end, so a
workspace of a thousand articles opens with one page of rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.model import ArticleRow
from desktop.ui.figures import article_name, day
from desktop.ui.groups_model import ROW_ROLE
from desktop.ui.plain import plain_tip

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAGE = 100  # articles the view is given at a time


class ArticleListModel(QAbstractListModel):
    """Articles in pane order, checkable: checked = the pane is shown."""

    shown_changed = Signal(int, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleRow] = []  # every article, in pane order
        self.hidden: set[int] = set()
        self.page = PAGE
        self._loaded = 0  # rows the view has been given (the first of `rows`)

    def set_rows(self, rows: list[ArticleRow], order: list[int], hidden: set[int]) -> None:
        position = {aid: i for i, aid in enumerate(order)}
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda a: position.get(a.id, len(position)))
        self.hidden = set(hidden)
        self._loaded = min(self.page, len(self.rows))
        self.endResetModel()

    def set_hidden(self, hidden: set[int]) -> None:
        self.hidden = set(hidden)
        if self._loaded:
            self.dataChanged.emit(
                self.index(0), self.index(self._loaded - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self.rows)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """The next page of articles (the view scrolled to the end of what it has)."""
        if not self.canFetchMore(parent):
            return
        last = min(len(self.rows), self._loaded + self.page) - 1
        self.beginInsertRows(_ROOT, self._loaded, last)
        self._loaded = last + 1
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = f" · {day(a.published)}" if a.published else ""
            return f"{article_name(a)}{when}\n{a.title}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked if a.id in self.hidden else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(a.title, a.origin, f"{a.claim_count} figures")
        if role == ROW_ROLE:
            return a
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        shown = Qt.CheckState(value) == Qt.CheckState.Checked
        a = self.rows[index.row()]
        self.hidden = self.hidden - {a.id} if shown else self.hidden | {a.id}
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.shown_changed.emit(a.id, shown)
        return True


class ArticlesPanel(QWidget):
    """The pane list with Show all / Hide all."""

    show_all_requested = Signal(bool)
    article_activated = Signal(int)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSpacing(2)
        self.view.setUniformItemSizes(True)  # every row is two lines; no need to measure 200
        self.view.doubleClicked.connect(
            lambda index: self.article_activated.emit(index.data(ROW_ROLE).id)
        )
        show = QPushButton("Show all", self)
        show.clicked.connect(lambda: self.show_all_requested.emit(True))
        hide = QPushButton("Hide all", self)
        hide.clicked.connect(lambda: self.show_all_requested.emit(False))
        buttons = QHBoxLayout()
        buttons.addWidget(show)
        buttons.addWidget(hide)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def current_article(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE).id if index.isValid() else None
