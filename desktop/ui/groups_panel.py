"""The groups dock: a search box, a status filter and the tree of groups and their figures.

It shows the bridge's snapshot through `GroupTreeModel`, follows the shared `FigureSelection`
(and sets it when the user picks a row), and offers one-click Accept/Reject on suggested groups.
Edits it is asked for leave as signals; the window's editing actions carry them out.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.model import Changes, Claim, GroupRow
from desktop.ui.actions import MenuItem, add_items, search_box
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.groups_delegate import GLYPHS, GroupRowDelegate
from desktop.ui.groups_model import ROW_ROLE, GroupFilterProxy, GroupTreeModel
from desktop.ui.selection import FigureSelection

STATUS_FILTERS = (
    ("All groups", None),
    ("Diverging", "diverging"),
    ("Changing over time", "changing over time"),
    ("Agreeing", "agreeing"),
    ("Suggested", "suggested"),
    ("Confirmed", "confirmed"),
)


class GroupsPanel(QWidget):
    """Groups of linked figures, filterable and sortable. GUI thread only."""

    accept_requested = Signal(int)
    reject_requested = Signal(int)

    def __init__(
        self, bridge: WorkspaceBridge, selection: FigureSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.selection = selection
        self.model = GroupTreeModel(self)
        self.proxy = GroupFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = search_box(
            self, "GroupSearch", "Search words, sources, values…", self.proxy.set_query
        )
        self.status = QComboBox(self)
        for text, value in STATUS_FILTERS:
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(
            lambda _: self.proxy.set_status(self.status.currentData())
        )
        self.view = QTreeView(self)
        self.view.setObjectName("GroupsView")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(False)  # figures take two lines
        self.delegate = GroupRowDelegate(self.view)
        self.delegate.button_clicked.connect(self._on_delegate_button_clicked)
        self.view.setItemDelegate(self.delegate)
        self.view.setIndentation(14)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # widths from the font, not from the contents: measuring every row costs a pass per column
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_menu)
        self._menu_actions: list[MenuItem] = []
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._syncing = False
        self._expanded: set[int] = set()
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        self.view.expanded.connect(self._on_view_expanded)
        self.view.collapsed.connect(lambda i: self._expanded.discard(i.data(ROW_ROLE).id))
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._after_rows_changed)
        self.proxy.rowsInserted.connect(self._on_proxy_rows_inserted)
        bridge.changed.connect(self._on_workspace_changed)
        bridge.workspace_replaced.connect(self._on_workspace_changed)
        selection.changed.connect(self._on_selection_changed)

    def _size_columns(self) -> None:
        """Sources, Values and Status as wide as their usual text; the label takes the rest."""
        metrics = self.view.fontMetrics()
        pad = 3 * metrics.averageCharWidth() // 2
        arrow = metrics.height()  # the sort indicator beside a header's title
        header = self.view.header()
        header.resizeSection(1, metrics.horizontalAdvance("Sources") + pad + arrow)
        header.resizeSection(2, metrics.horizontalAdvance("82,000–123,000") + 2 * pad)
        glyphs = self.delegate.button_rects(QRect(), metrics, GLYPHS)
        buttons = sum(r.width() + 4 for r in glyphs.values())
        status = max(metrics.horizontalAdvance("diverging · confirmed"), buttons)
        header.resizeSection(3, status + pad + arrow)  # "diverging · confirmed" whole
        # wider when the dock has room: a suggestion's status whole beside its worded buttons
        self._status_full = self.delegate.roomy(metrics) + pad
        # the label keeps room for a few words and the status stays in view however narrow the
        # dock: below that, Sources and then Values step aside (`_fit_columns`)
        self._label_room = metrics.horizontalAdvance("Americans…") + 2 * self.view.indentation()
        self._widths = {c: header.sectionSize(c) for c in (1, 2, 3)}
        self.setMinimumWidth(self._widths[3] + self._label_room + 16)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # the panel's own width: the view inside has not been laid out anew yet
        room = self.width() - 16 - self._label_room - self._widths[3]
        self.view.setColumnHidden(2, room < self._widths[2])
        # Sources only when the labels keep some more room beside them
        self.view.setColumnHidden(1, room < self._widths[2] + self._widths[1] + self._label_room)
        spare = room - self._widths[2] - self._widths[1] - 2 * self._label_room
        status = max(self._widths[3], min(self._status_full, self._widths[3] + max(spare, 0)))
        if self.view.header().sectionSize(3) != status:
            self.view.header().resizeSection(3, status)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == event.Type.FontChange:
            self._size_columns()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(max(self.minimumWidth(), 420), 600)

    # ---------------------------------------------------------------- public

    def set_context_actions(self, actions: list[MenuItem]) -> None:
        """Actions the tree's context menu offers (None for a separator)."""
        self._menu_actions = actions

    def selected_groups(self) -> list[int]:
        """Group ids of the selected group rows, in the order shown."""
        rows = self.view.selectionModel().selectedRows(0)
        rows.sort(key=lambda i: (i.parent().row(), i.row()))
        return [i.data(ROW_ROLE).id for i in rows if isinstance(i.data(ROW_ROLE), GroupRow)]

    def selected_claims(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows(0)
        return [i.data(ROW_ROLE).id for i in rows if isinstance(i.data(ROW_ROLE), Claim)]

    def edit_label(self, group_id: int) -> bool:
        """Start typing a group's new name in place, when the tree has the keyboard focus."""
        if not self.view.hasFocus():
            return False
        index = self.proxy.mapFromSource(self.model.group_index(group_id))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        return True

    def reload(self) -> None:
        self.model.set_snapshot(self.bridge.snapshot())

    # ---------------------------------------------------------------- slots

    def _on_workspace_changed(self, changes: object = None, *_: object) -> None:
        if isinstance(changes, Changes) and changes and not changes.articles:
            self.model.update(self.bridge.snapshot(), changes.groups)  # rows in place
            self._syncing = True
            try:
                self._show_selection()
            finally:
                self._syncing = False
        else:
            self.reload()

    def _on_proxy_rows_inserted(self, parent: QModelIndex, *_: object) -> None:
        if parent.isValid():  # a group's figures, loaded as it expands
            self._span_children(parent)
        else:
            self._after_rows_changed()

    def _after_rows_changed(self, *_: object) -> None:
        self._syncing = True
        try:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                group: GroupRow = index.data(ROW_ROLE)
                if group.id in self._expanded:
                    self.view.setExpanded(index, True)
                    self._span_children(index)
            self._show_selection()
        finally:
            self._syncing = False

    def _span_children(self, index: QModelIndex) -> None:
        """A group's figures use the row's full width (done when shown: it costs a layout each)."""
        for child in range(self.proxy.rowCount(index)):
            if not self.view.isFirstColumnSpanned(child, index):
                self.view.setFirstColumnSpanned(child, index, True)

    def suggestion_button_rect(self, group_id: int, which: str) -> QRect:
        """Where a suggested group's "accept" or "reject" button is, in viewport coordinates."""
        index = self.proxy.mapFromSource(self.model.group_index(group_id)).siblingAtColumn(3)
        if not index.isValid():
            return QRect()
        rects = self.delegate.button_rects(self.view.visualRect(index), self.view.fontMetrics())
        return rects[which]

    def _on_delegate_button_clicked(self, which: str, group: GroupRow) -> None:
        (self.accept_requested if which == "accept" else self.reject_requested).emit(group.id)

    def _on_view_expanded(self, index: QModelIndex) -> None:
        self._expanded.add(index.data(ROW_ROLE).id)
        self._span_children(index)

    def _on_view_selection(self, *_: object) -> None:
        if self._syncing:
            return
        current = self.view.currentIndex()
        chosen = self.view.selectionModel().selectedRows(0)
        if not chosen:
            return
        row = current.data(ROW_ROLE) if current.isValid() else chosen[-1].data(ROW_ROLE)
        if isinstance(row, Claim):
            self.selection.select_claim(row.id, origin=self)
        elif isinstance(row, GroupRow):
            self.selection.select_group(row.id, origin=self)

    def _on_selection_changed(self, origin: object) -> None:
        if origin is self:
            return
        self._syncing = True
        try:
            self._show_selection()
        finally:
            self._syncing = False

    def _show_selection(self) -> None:
        """Select the row of the picked figure (or focused group), expanded and in view."""
        target = QModelIndex()
        if self.selection.claim is not None:
            target = self.model.claim_index(self.selection.claim)
        if not target.isValid() and self.selection.group is not None:
            target = self.model.group_index(self.selection.group)
        index = self.proxy.mapFromSource(target) if target.isValid() else QModelIndex()
        model = self.view.selectionModel()
        if not index.isValid():
            model.clearSelection()
            return
        if index.parent().isValid():
            self.view.setExpanded(index.parent(), True)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        model.setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _on_view_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        add_items(menu, self._menu_actions)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
