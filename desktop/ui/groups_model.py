"""The groups as a Qt tree: each group a row (label, sources, values, status), its figures below.

`GroupTreeModel` wraps frozen rows from the snapshot (`GroupRow` and `Claim` under `ROW_ROLE`), so
a selection hands on a value. Renames and figure drops come out as signals; the model never edits.
The views read it on demand (`canFetchMore`/`fetchMore`): groups a page at a time as the list is
scrolled down, a group's figures when it is expanded, so opening a workspace of thousands of
groups costs a page of rows. The model sorts its own rows (one Python sort, so that the pages
come in the order shown); `GroupFilterProxy` filters by words, source, status and value, and
loads every page first when a filter is set (a match may be on any page).
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.model import ArticleRow, Claim, GroupRow, Snapshot, claim_value_text
from desktop.ui.drops import FIGURE_MIME
from desktop.ui.figures import (
    SLIP_TEXT,
    article_name,
    excerpt,
    group_range_text,
    status_text,
)
from desktop.ui.highlights import swatch_colour
from desktop.ui.plain import plain_tip

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Group", "Sources", "Values", "Status")
_STATUS_RANK = {"diverging": 0, "changing over time": 1, "agreeing": 2, "single": 3}
_NUMBER = re.compile(r"^[<>~≈]?(\d[\d,]*(?:\.\d+)?)$")
PAGE = 100  # groups a view is given at a time, as it scrolls to the end of what it has

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def group_tip_lines(g: GroupRow) -> tuple[str, ...]:
    """What a group's tooltip says, line by line: its name (and what tells it from a group of
    the same name), status and range, and why."""
    named = (g.label, g.told_by) if g.told_by else (g.label,)
    return *named, f"{status_text(g)} · {group_range_text(g)}", g.reason or "linked by hand"


class GroupTreeModel(QAbstractItemModel):
    """Groups (top level) and their figures (children) from one snapshot. GUI thread only."""

    rename_requested = Signal(int, str)  # group id, new label
    figure_dropped_on_group = Signal(int, int)  # claim id, group id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[GroupRow] = []
        self._children: list[list[Claim] | None] = []  # a group's figures, made when asked
        self._articles: dict[int, ArticleRow] = {}
        self._search: list[str | None] = []  # a group's search text, made when asked
        self._fetched: set[int] = set()  # groups whose figures the views have asked for
        self._row_of: dict[int, int] = {}  # group id → row; a figure's index carries its group id
        self._cache: dict[tuple[int, int, int, int], object] = {}
        self._slips: set[int] = set()  # claim ids of suspected slips
        self._snap = Snapshot()
        self._position: dict[int, int] = {}  # article id → its place in the snapshot
        self._loaded = 0  # groups the views have been given (the first rows of `groups`)
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # column and order, once sorted
        self.page = PAGE

    def set_snapshot(self, snap: Snapshot) -> None:
        """Show the snapshot's groups (a reset: views keep their own expansion and selection)."""
        self.beginResetModel()
        self._fetched = set()
        self._cache = {}
        self._snap = snap
        self._articles = {a.id: a for a in snap.articles}
        self._position = {a: i for i, a in enumerate(self._articles)}
        self._slips = {c for g in snap.groups for c in g.outliers}
        self._set_groups(self._in_order(snap.groups))
        self._loaded = min(self.page, len(self.groups))
        self.endResetModel()

    def _set_groups(self, groups: list[GroupRow]) -> None:
        """The groups in the order shown, their figures and search texts (figures kept when the
        group is unchanged, as after a sort)."""
        figures = {g.id: f for g, f in zip(self.groups, self._children, strict=True)}
        searches = {g.id: t for g, t in zip(self.groups, self._search, strict=True)}
        fresh = {g.id: g for g in groups}
        same = {g.id for g in self.groups if fresh.get(g.id) == g}
        self.groups = groups
        self._children = [figures[g.id] if g.id in same else None for g in groups]
        self._search = [searches[g.id] if g.id in same else None for g in groups]
        self._row_of = {g.id: row for row, g in enumerate(groups)}

    def _in_order(self, groups) -> list[GroupRow]:
        if self._sorted is None:
            return list(groups)
        column, order = self._sorted
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(groups, key=lambda g: _sort_key(g, column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the groups by a column (a reset; views keep their expansion and selection by
        group, and as many groups as were loaded stay loaded)."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sorted = (column, order)
        if not self.groups:
            return
        self.beginResetModel()
        self._cache = {}
        self._set_groups(self._in_order(self.groups))
        self.endResetModel()

    def load_until(self, row: int) -> None:
        """Give the views every group up to `row` (the page it falls in)."""
        if row < self._loaded or self._loaded >= len(self.groups):
            return
        last = min(len(self.groups), max(row + 1, self._loaded + self.page)) - 1
        self.beginInsertRows(_ROOT, self._loaded, last)
        self._loaded = last + 1
        self.endInsertRows()

    def load_all(self) -> None:
        """Give the views every group (a filter looks at them all)."""
        if self._loaded < len(self.groups):
            self.load_until(len(self.groups) - 1)

    def update(self, snap: Snapshot, groups: frozenset[int]) -> None:
        """Follow an edit that touched `groups` (articles and figures as they were): their rows
        are removed, inserted or changed in place, so views keep selection, expansion and
        scroll position. A new group goes where the sort puts it; rows of groups not yet loaded
        change silently."""
        self._snap = snap
        self._cache = {}
        new = {g.id: g for g in snap.groups}
        for row in sorted((r for g, r in self._row_of.items() if g not in new), reverse=True):
            shown = row < self._loaded
            if shown:
                self.beginRemoveRows(_ROOT, row, row)
            gone = self.groups.pop(row)
            del self._children[row], self._search[row]
            self._fetched.discard(gone.id)
            self._row_of = {g.id: r for r, g in enumerate(self.groups)}
            if shown:
                self._loaded -= 1
                self.endRemoveRows()
        self._slips = {c for g in snap.groups for c in g.outliers}
        for row, old in enumerate(self.groups):
            g = new[old.id]
            if g == old and g.id not in groups:
                continue
            self.groups[row], self._search[row] = g, None
            fetched = row < self._loaded and g.id in self._fetched
            if not fetched:
                self._children[row] = None  # made again when a view asks for them
                if row >= self._loaded:
                    continue
            figures = self._figures_of(g) if fetched else []
            parent = self.index(row, 0)
            if fetched and [c.id for c in figures] != [c.id for c in self._kids(row)]:
                if self._kids(row):
                    self.beginRemoveRows(parent, 0, len(self._kids(row)) - 1)
                    self._children[row] = []
                    self.endRemoveRows()
                if figures:
                    self.beginInsertRows(parent, 0, len(figures) - 1)
                    self._children[row] = figures
                    self.endInsertRows()
            if fetched:
                self._children[row] = figures
            self._cache = {}  # the views may have asked while rows came and went
            last = len(COLUMNS) - 1
            self.dataChanged.emit(parent, self.index(row, last))
            if fetched and figures:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(figures) - 1, last, parent)
                )
        for g in snap.groups:
            if g.id not in self._row_of:
                self._insert(g)

    def _insert(self, g: GroupRow) -> None:
        """A new group, at its place in the sort (at the end when unsorted)."""
        row = len(self.groups)
        if self._sorted is not None:
            column, order = self._sorted
            key = _sort_key(g, column)
            after = order == Qt.SortOrder.DescendingOrder
            row = next(
                (
                    r
                    for r, other in enumerate(self.groups)
                    if (_sort_key(other, column) < key if after else key < _sort_key(other, column))
                ),
                row,
            )
        shown = row < self._loaded or self._loaded == len(self.groups)
        if shown:
            self.beginInsertRows(_ROOT, row, row)
        self.groups.insert(row, g)
        self._children.insert(row, None)
        self._search.insert(row, None)
        self._row_of = {x.id: r for r, x in enumerate(self.groups)}
        if shown:
            self._loaded += 1
            self.endInsertRows()

    def _figures_of(self, g: GroupRow) -> list[Claim]:
        position = self._position
        found = [c for cid in g.claims if (c := self._snap.claim(cid)) is not None]
        return sorted(found, key=lambda c: (position.get(c.article, 0), c.start))

    def _search_text(self, g: GroupRow) -> str:
        names = [article_name(self._articles.get(a)) for a in g.articles]
        return " ".join(
            [g.label, status_text(g), "suggested" if g.suggested else "", *names]
        ).lower()

    def group_index(self, group_id: int) -> QModelIndex:
        """The group's row, loaded (with the pages before it) if it was not."""
        row = self._row_of.get(group_id)
        if row is None:
            return QModelIndex()
        self.load_until(row)
        return self.index(row, 0)

    def claim_index(self, claim_id: int) -> QModelIndex:
        """The figure's row (its group's figures are loaded if they were not)."""
        group = self._snap.group_of(claim_id)
        parent = self.group_index(group.id) if group is not None else QModelIndex()
        if not parent.isValid():
            return QModelIndex()
        for child, c in enumerate(self._kids(parent.row())):
            if c.id == claim_id:
                self.fetchMore(parent)
                return self.index(child, 0, parent)
        return QModelIndex()

    def figures(self, row: int) -> list[Claim]:
        """The figures of the group in `row`, loaded or not (for filtering)."""
        return self._kids(row)

    def _kids(self, row: int) -> list[Claim]:
        """The figures of the group in `row`, made on first use."""
        kids = self._children[row]
        if kids is None:
            kids = self._children[row] = self._figures_of(self.groups[row])
        return kids

    def _search_of(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            text = self._search[row] = self._search_text(self.groups[row])
        return text

    def figure_search_text(self, claim: Claim) -> str:
        source = article_name(self._articles.get(claim.article))
        return f"{source} {claim.text} {claim.sentence} {claim.speaker}".lower()

    # ---------------------------------------------------------------- structure

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        # bounds checked here rather than by hasIndex(), which calls back into Python twice
        if row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < self._loaded else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 or row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, column, self.groups[parent.row()].id)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._row_of.get(index.internalId())
        return QModelIndex() if row is None else self.createIndex(row, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return self._loaded
        if (
            parent.internalId() == 0
            and parent.column() == 0
            and parent.row() < self._loaded
            and self.groups[parent.row()].id in self._fetched
        ):
            return len(self._kids(parent.row()))
        return 0

    def hasChildren(self, parent: Index = _ROOT) -> bool:  # noqa: N802
        if not parent.isValid():
            return bool(self.groups)
        return (
            parent.internalId() == 0
            and parent.column() == 0
            and bool(self.groups[parent.row()].claims)
        )

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        if not parent.isValid():
            return self._loaded < len(self.groups)
        return (
            parent.internalId() == 0
            and parent.column() == 0
            and parent.row() < self._loaded
            and self.groups[parent.row()].id not in self._fetched
            and bool(self.groups[parent.row()].claims)
        )

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Load the next page of groups (the view scrolled to the end of what it has), or a
        group's figures (when it is expanded, searched into or a figure is picked)."""
        if not parent.isValid():
            self.load_until(self._loaded)
            return
        if not self.canFetchMore(parent):
            return
        row = parent.row()
        self.beginInsertRows(parent, 0, len(self._kids(row)) - 1)
        self._fetched.add(self.groups[row].id)
        self.endInsertRows()

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            base |= Qt.ItemFlag.ItemIsDropEnabled
            if index.column() == 0:
                base |= Qt.ItemFlag.ItemIsEditable
            return base
        return base | Qt.ItemFlag.ItemIsDragEnabled

    # ---------------------------------------------------------------- data

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (index.internalId(), index.row(), index.column(), role)
        if key in self._cache:  # views ask for the same cells many times while laying out
            return self._cache[key]
        if key[0] == 0:
            value = self._group_data(self.groups[key[1]], key[1], key[2], role)
        else:
            value = self._claim_data(self._kids(self._row_of[key[0]])[key[1]], key[2], role)
        if role != Qt.ItemDataRole.DecorationRole and role != Qt.ItemDataRole.ForegroundRole:
            self._cache[key] = value  # colours follow the palette, so they are not kept
        return value

    def _group_data(self, g: GroupRow, row: int, column: int, role: int):
        if role == ROW_ROLE:
            return g
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return g.label
            if column == 1:
                return str(g.source_count)
            if column == 2:
                return group_range_text(g)
            return status_text(g)
        if role == SORT_ROLE:
            return _sort_key(g, column)[0]
        if role == SEARCH_ROLE:
            return self._search_of(row)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch_colour(g.id, QApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(*group_tip_lines(g))
        if role == Qt.ItemDataRole.FontRole and (g.suggested or g.status == "diverging"):
            font = QFont()
            font.setItalic(g.suggested)
            font.setWeight(
                QFont.Weight.DemiBold
                if g.status == "diverging" and column == 3
                else QFont.Weight.Normal
            )
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _claim_data(self, c: Claim, column: int, role: int):
        if role == ROW_ROLE:
            return c
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                source = article_name(self._articles.get(c.article))
                slip = " · suspected slip" if c.id in self._slips else ""
                return f"{source} · “{c.text}”{slip}\n{excerpt(c.sentence, c.text, 90)}"
            if column == 2:
                return claim_value_text(c)
            return ""
        if role == SORT_ROLE:
            return (c.article or 0) * 1e7 + c.start
        if role == SEARCH_ROLE:
            return self.figure_search_text(c)
        if role == Qt.ItemDataRole.ToolTipRole:
            source = article_name(self._articles.get(c.article))
            slip = (SLIP_TEXT,) if c.id in self._slips else ()
            return plain_tip(f"{source}: {c.sentence}", *slip)
        if role == Qt.ItemDataRole.ForegroundRole and column != 0:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.internalId() != 0:
            return False
        label = str(value).strip()
        group = self.groups[index.row()]
        if label and label != group.label:
            self.rename_requested.emit(group.id, label)
        return True

    # ---------------------------------------------------------------- drag and drop of figures

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.LinkAction | Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.LinkAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [FIGURE_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        claims = [i.data(ROW_ROLE) for i in indexes if i.isValid() and i.internalId() != 0]
        if claims:
            mime.setData(FIGURE_MIME, str(claims[0].id).encode())
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(FIGURE_MIME) and parent.isValid() and parent.internalId() == 0

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        claim = int(bytes(data.data(FIGURE_MIME)).decode())
        group = self.groups[parent.row()]
        if claim not in group.claims:
            self.figure_dropped_on_group.emit(claim, group.id)
        return False  # the edit lands through the workspace; nothing to remove at the source


class GroupFilterProxy(QSortFilterProxyModel):
    """Filters groups and figures by every word of a query (words, sources, status, a value)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts (its pages come in the order shown); the proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, GroupTreeModel):
            source.sort(column, order)

    def set_query(self, text: str) -> None:
        words = text.lower().split()
        if words:
            self._load_all()
        self.beginFilterChange()
        self._words = words
        self.endFilterChange()

    def set_status(self, status: str | None) -> None:
        if status:
            self._load_all()
        self.beginFilterChange()
        self._status = status or None
        self.endFilterChange()

    def _load_all(self) -> None:
        source = self.sourceModel()
        if isinstance(source, GroupTreeModel):
            source.load_all()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if parent.isValid():  # a figure: shown when its group matches as a whole, or it does
            group = parent
            if self._group_matches(group, model, check_children=False):
                return True
            child = model.index(row, 0, parent)
            return self._words_match([(child.data(SEARCH_ROLE), child.data(ROW_ROLE))])
        index = model.index(row, 0)
        return self._group_matches(index, model, check_children=True)

    def _group_matches(self, index: QModelIndex, model, check_children: bool) -> bool:
        g: GroupRow = index.data(ROW_ROLE)
        if self._status == "suggested" and not g.suggested:
            return False
        if self._status == "confirmed" and not g.confirmed:
            return False
        if self._status not in (None, "suggested", "confirmed") and g.status != self._status:
            return False
        if not self._words:
            return True
        own = (index.data(SEARCH_ROLE), g)
        if not check_children:
            return self._words_match([own])
        # figures are read from the model's lists: they need not be loaded to be searched
        figures = [(model.figure_search_text(c), c) for c in model.figures(index.row())]
        if self._words_match([own, *figures]):
            return True
        return any(self._words_match([f]) for f in figures)

    def _words_match(self, entries: list[tuple[str, GroupRow | Claim]]) -> bool:
        texts = [t for t, _ in entries]
        rows = [r for _, r in entries]
        for word in self._words:
            number = _NUMBER.match(word)
            if number and any(_holds(r, float(number.group(1).replace(",", ""))) for r in rows):
                continue
            if not any(word in t for t in texts):
                return False
        return True


def _sort_key(g: GroupRow, column: int) -> tuple:
    """What a group sorts by in a column (ties: the snapshot's order, the sort being stable)."""
    if column == 0:
        return (g.label.lower(),)
    if column == 1:
        return (g.source_count,)
    if column == 2:
        return (g.min if g.min is not None else 0.0,)
    return (_STATUS_RANK.get(g.status, 9) * 1e6 - min(g.spread, 1e5),)


def _holds(row: GroupRow | Claim, value: float) -> bool:
    if isinstance(row, GroupRow):
        return row.min is not None and row.max is not None and row.min <= value <= row.max
    return row.span_low <= value <= row.span_high
