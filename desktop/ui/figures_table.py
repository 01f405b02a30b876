"""The Figures dock: every figure of the workspace, grouped or not, as a sortable, filterable table.

Lone figures are where missed links hide, so they are listed beside the linked ones: source, the
figure's words, value and bound, unit, what it counts, as of, speaker, group and status. A click
picks the figure (the panes scroll to it); Export CSV writes the rows as shown. It shows the
bridge's snapshot and never edits. GUI thread only.

The model sorts its own rows (one Python sort over keys made once), not the proxy: a proxy sorting
15,000 figures asks `data()` some 350,000 times. The table is read only while its dock is shown.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.model import BOUND_WORDS, Changes, Claim, GroupRow, Snapshot, claim_value_text
from desktop.ui.actions import search_box
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.figures import STATUS_TEXT, article_name, day, status_text
from desktop.ui.plain import plain_tip
from desktop.ui.selection import FigureSelection

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    "Source", "Figure", "Value", "Bound", "Unit", "What is counted", "As of", "Speaker", "Group",
    "Status",
)  # fmt: skip
_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class FigureTableModel(QAbstractTableModel):
    """One row per figure of a snapshot (ROW_ROLE: the Claim). GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Claim, str, GroupRow | None]] = []
        self._texts: list[tuple[str, ...] | None] = []  # each row's column texts, made when asked
        self._haystacks: list[str | None] = []  # …and all of them lower-cased, for the filter
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # column and order, once sorted

    def set_snapshot(self, snap: Snapshot) -> None:
        self.beginResetModel()
        names = {a.id: article_name(a) for a in snap.articles}
        order = {a.id: n for n, a in enumerate(snap.articles)}
        claims = sorted(snap.claims, key=lambda c: (order.get(c.article, 0), c.start))
        self.rows = [(c, names.get(c.article, "?"), snap.group_of(c.id)) for c in claims]
        self._texts = [None] * len(self.rows)
        self._haystacks = [None] * len(self.rows)
        if self._sorted is not None:
            self._reorder(*self._sorted)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (stable: ties keep the article and text order)."""
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        ranks = self._reorder(column, order)
        new_row = {old: new for new, old in enumerate(ranks)}
        persistent = self.persistentIndexList()
        moved = [self.index(new_row[i.row()], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Put the rows in order; returns, for each new row, the row it was."""
        keys = [self._sort_key(n, column) for n in range(len(self.rows))]
        descending = order == Qt.SortOrder.DescendingOrder
        ranks = sorted(range(len(self.rows)), key=keys.__getitem__, reverse=descending)
        self.rows = [self.rows[n] for n in ranks]
        self._texts = [self._texts[n] for n in ranks]
        self._haystacks = [self._haystacks[n] for n in ranks]
        return ranks

    def _sort_key(self, row: int, column: int) -> tuple:
        c, source, group = self.rows[row]
        if column == 0:  # the first sort, on opening: no row's texts need be made for it
            return (source.lower(),)
        if column == 2:
            return (c.value is None, c.value or 0.0)
        if column == 6:
            return (c.as_of.isoformat() if c.as_of else "",)
        if column == 9:
            return (STATUS_TEXT.get(group.status, "") if group else "~",)
        return (self.text(row, column).lower(),)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def update(self, snap: Snapshot, changes: Changes) -> None:
        """Follow an edit that moved figures between groups or renamed or confirmed groups: only
        the rows of the figures it touched, and of the groups it touched, are made again."""
        if changes.articles or len(snap.claims) != len(self.rows):
            self.set_snapshot(snap)
            return
        touched = set(changes.claims) | {
            cid for g in snap.groups if g.id in changes.groups for cid in g.claims
        }
        for n, (claim, source, group) in enumerate(self.rows):
            if claim.id in touched or (group is not None and group.id in changes.groups):
                row = (claim, source, snap.group_of(claim.id))
                self.rows[n] = row
                self._texts[n] = self._haystacks[n] = None
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))

    def text(self, row: int, column: int) -> str:
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._row_texts(*self.rows[row])
        return texts[column]

    def contains(self, row: int, needle: str) -> bool:
        """Whether any of the row's texts holds `needle` (lower-case)."""
        haystack = self._haystacks[row]
        if haystack is None:
            self.text(row, 0)
            haystack = self._haystacks[row] = "\x1f".join(self._texts[row]).lower()
        return needle in haystack

    @staticmethod
    def _row_texts(c: Claim, source: str, group: GroupRow | None) -> tuple[str, ...]:
        return (
            source,
            c.text,
            claim_value_text(c),
            BOUND_WORDS.get(c.bound, c.bound),
            c.unit,
            c.subject,
            day(c.as_of),
            c.speaker,
            group.label if group else "",
            status_text(group) if group else "not linked",
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c, _source, group = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == ROW_ROLE:
            return c
        if role == SORT_ROLE:
            if column == 2:
                return c.value
            if column == 6:
                return c.as_of.isoformat() if c.as_of else ""
            if column == 9:
                return STATUS_TEXT.get(group.status, "") if group else "~"
            return self.text(index.row(), column).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(c.sentence)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _FigureFilter(QSortFilterProxyModel):
    """Filters on every column's text (one look per row into the model's joined texts), and
    spends nothing on it while the filter is empty; sorting is the model's own (the proxy keeps
    its order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        """Show the rows holding `text` in any column (case ignored); all when it is empty."""
        self.beginFilterChange()
        self._needle = text.lower()
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and 0 <= column < len(COLUMNS):
            source.sort(column, order)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        return self.sourceModel().contains(row, self._needle)


class FiguresPanel(QWidget):
    """The table, a filter box and Export CSV; picks the clicked figure. GUI thread only."""

    exported = Signal(str)  # a one-line summary for the status bar

    def __init__(
        self, bridge: WorkspaceBridge, selection: FigureSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge, self.selection = bridge, selection
        self.model = FigureTableModel(self)
        self.proxy = _FigureFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = search_box(
            self,
            "FigureSearch",
            "Filter figures: words, sources, groups, “not linked”…",
            self.proxy.set_text,
        )
        self.export = QPushButton("Export CSV…", self)
        self.export.clicked.connect(self._on_export_clicked)
        self.view = QTableView(self)
        self.view.setObjectName("FiguresView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in enumerate(
            ("Blinken urges Taliban to…", "more than 4,000 Americans", "~82,000", "more than",
             "US citizens", "Americans evacuated", "25 Aug 2021", "Antony Blinken",
             "Americans evacuated / left", "diverging")
        ):  # fmt: skip
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.view.clicked.connect(self._on_view_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._shown = False  # told by the window: a tabbed dock's content stays "visible" behind
        self._stale = True
        bridge.changed.connect(self._on_workspace_changed)
        bridge.workspace_replaced.connect(self._on_workspace_changed)

    def reload(self) -> None:
        self.model.set_snapshot(self.bridge.snapshot())

    def shown_rows(self) -> list[list[str]]:
        """The rows as the table shows them now (filtered and sorted), as text."""
        return [
            [self.proxy.index(r, c).data() or "" for c in range(len(COLUMNS))]
            for r in range(self.proxy.rowCount())
        ]

    def write_csv(self, path: str | Path) -> int:
        """Write the rows as shown to a CSV file; returns how many."""
        rows = self.shown_rows()
        with open(path, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
        return len(rows)

    def set_shown(self, shown: bool) -> None:
        """Whether the table is in view (its dock shown and its tab on top): read when it is."""
        self._shown = shown
        if shown and self._stale:
            self._stale = False
            self.reload()

    def _on_workspace_changed(self, changes: object = None, *_: object) -> None:
        if not self._shown:
            self._stale = True
        elif isinstance(changes, Changes) and not self._stale:
            self.model.update(self.bridge.snapshot(), changes)
        else:
            self._stale = False
            self.reload()

    def _on_view_clicked(self, index: QModelIndex) -> None:
        claim = index.data(ROW_ROLE)
        if isinstance(claim, Claim):
            self.selection.select_claim(claim.id, origin=self)

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export figures", "figures.csv", "CSV (*.csv)")
        if path:
            count = self.write_csv(path)
            self.exported.emit(f"Exported {count} figures to {path}")
