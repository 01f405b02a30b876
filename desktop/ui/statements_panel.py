"""The Statements dock: the groups of versions of one utterance, and a compare view that stacks
a group's versions aligned word by word across all its sources.

The compare view is set like a multiple alignment: one line per version, one column per aligned
word, in bands as wide as the view; words every version has in plain type, words some drop or
add in italics underlined, changed words in bold on a shade, a dot where a version lacks a word
the others have, and a version whose meaning flips flagged ⚑ under the bands. Article text is
only ever inserted as plain text with a QTextCharFormat, never as HTML. Buttons confirm, reject,
unlink and link through the window's undo history; a group is renamed as a figure group is, by
typing its new name in place (F2, a click on the picked row, or Rename group… in the list's
menu). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.model import (
    Alignment,
    Statement,
    StatementGroupRow,
    source_name,
)
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.highlights import STATEMENT_COLOUR, is_dark, mix, readable_text
from desktop.ui.plain import menu_text, plain_label, plain_tip
from desktop.ui.statement_selection import StatementSelection
from desktop.workspace import Workspace

Perform = Callable[[Callable[[Workspace], object]], None]
_LABEL = 20  # characters of a version's source name at the start of each line
_CHANGED, _PARTIAL = "#f2c744", "#5b8fd6"
_FLAG = "#c0392b"
_GAP = "·"
_LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's group label (its text has a second line)


class CompareView(QTextEdit):
    """A group's versions, aligned word by word and marked; set as plain text with formats."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatementCompare")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        # its width never depends on the text: bands are cut to the width, and a scroll bar
        # that came and went with them would cut them again, and again
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.document().setDefaultFont(font)
        self._shown: tuple[Sequence[Statement], Alignment, dict[int, str]] | None = None
        self._width = 0
        # set again once a resize settles: never from inside a resize the setting itself caused
        # (a scroll bar coming or going), which would clear the text under its own cursor
        self._again = QTimer(self, singleShot=True, interval=0)
        self._again.timeout.connect(self._on_again_timeout)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 260)

    def show_versions(
        self, versions: Sequence[Statement], aligned: Alignment, names: dict[int, str]
    ) -> None:
        """Stack these versions (`names`: a source name by article id)."""
        self._shown = (versions, aligned, names)
        self._set()

    def clear_versions(self, note: str = "") -> None:
        self._shown = None
        self.setPlainText(note)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shown is not None and self._columns() != self._width:
            self._again.start()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._shown is not None:
            self._again.start()

    def _on_again_timeout(self) -> None:
        if self._shown is not None:
            self._set()

    def _columns(self) -> int:
        metrics = QFontMetricsF(self.document().defaultFont())
        return max(40, int(self.viewport().width() / max(metrics.horizontalAdvance("M"), 1)) - 2)

    def _set(self) -> None:
        assert self._shown is not None
        versions, aligned, names = self._shown
        self._width = self._columns()
        formats = _Formats(self.palette(), self.document().defaultFont())
        cells, reach = _cells(aligned)
        used = sorted({c for row in cells for c in row})
        widths = {c: max(len(row[c][0]) for row in cells if c in row) for c in used}
        self.clear()
        cursor = QTextCursor(self.document())
        # the legend, in the marks it explains
        cursor.insertText("plain: in all   ", formats.note)
        cursor.insertText("dropped/added", formats.marks["partial"])
        cursor.insertText("   ", formats.note)
        cursor.insertText("changed", formats.marks["changed"])
        cursor.insertText(f"   {_GAP} missing   ⚑ meaning flips\n", formats.note)
        room = self._width - _LABEL - 1
        bands: list[list[int]] = [[]]
        filled = 0
        for c in used:
            if bands[-1] and filled + widths[c] + 1 > room:
                bands.append([])
                filled = 0
            bands[-1].append(c)
            filled += widths[c] + 1
        labels = [_label(names.get(int(v.article), "?")) for v in versions]
        for band in bands:
            cursor.insertText("\n")
            for i, row in enumerate(cells):
                cursor.insertText(labels[i] + " ", formats.source)
                lo, hi = reach[i]
                for c in band:
                    text, mark = row.get(c, ("", ""))
                    if text:
                        cursor.insertText(text, formats.marks.get(mark, formats.plain))
                        cursor.insertText(" " * (widths[c] - len(text) + 1), formats.plain)
                    elif lo <= c <= hi:  # a word the others have here, and this one lacks
                        pad = widths[c] - 1
                        cursor.insertText(" " * (pad // 2), formats.plain)
                        cursor.insertText(_GAP, formats.gap)
                        cursor.insertText(" " * (pad - pad // 2 + 1), formats.plain)
                    else:
                        cursor.insertText(" " * (widths[c] + 1), formats.plain)
                cursor.insertText("\n")
        flagged = [(labels[i], f) for i, v in enumerate(aligned.versions) for f in v.flags]
        if flagged:
            cursor.insertText("\n")
        for label, flag in flagged:
            cursor.insertText(f"⚑ {label.strip()}: {flag}\n", formats.flag)
        self.moveCursor(QTextCursor.MoveOperation.Start)


class _Formats:
    """The compare view's character formats for one palette (light or dark)."""

    def __init__(self, palette: QPalette, font: QFont) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.Text)
        dark = is_dark(palette)
        self.plain = QTextCharFormat()
        self.plain.setFont(font)
        self.plain.setForeground(QBrush(ink))
        self.note = QTextCharFormat(self.plain)
        self.note.setForeground(QBrush(mix(ink, base, 0.4)))
        self.source = QTextCharFormat(self.plain)
        self.source.setFontWeight(QFont.Weight.Bold)
        self.source.setForeground(QBrush(mix(ink, QColor(STATEMENT_COLOUR), 0.6)))
        partial = QTextCharFormat(self.plain)
        partial.setFontItalic(True)
        partial.setFontUnderline(True)
        blue = QColor(_PARTIAL)
        partial.setUnderlineColor(blue)
        partial.setForeground(QBrush(blue.lighter(140) if dark else blue.darker(140)))
        changed = QTextCharFormat(self.plain)
        changed.setFontWeight(QFont.Weight.Bold)
        shade = mix(base, QColor(_CHANGED), 0.5 if dark else 0.7)
        changed.setBackground(QBrush(shade))
        changed.setForeground(QBrush(readable_text(shade)))
        self.marks = {"partial": partial, "changed": changed}
        self.gap = QTextCharFormat(self.note)
        self.flag = QTextCharFormat(self.plain)
        self.flag.setFontWeight(QFont.Weight.Bold)
        red = QColor(_FLAG)
        self.flag.setForeground(QBrush(red.lighter(150) if dark else red))


def _cells(aligned: Alignment) -> tuple[list[dict[int, tuple[str, str]]], list[tuple[int, int]]]:
    """Each version's words by column (words added at one place share a column), the strongest
    mark of a cell kept, and the first and last column each version reaches."""
    rank = {"common": 0, "partial": 1, "changed": 2}
    cells: list[dict[int, tuple[str, str]]] = []
    reach = []
    for version in aligned.versions:
        row: dict[int, tuple[str, str]] = {}
        for word in version.words:
            text, mark = row.get(word.column, ("", "common"))
            joined = f"{text} {word.text}" if text else word.text
            row[word.column] = (joined, max(mark, word.mark, key=lambda m: rank.get(m, 0)))
        cells.append(row)
        reach.append((min(row), max(row)) if row else (1, 0))
    return cells, reach


def _label(name: str) -> str:
    name = " ".join(name.split())
    return (name if len(name) <= _LABEL else name[: _LABEL - 1] + "…").ljust(_LABEL)


class GroupList(QListWidget):
    """The statement groups, one two-line row each. F2 renames the picked group in place here
    (the window's F2 renames a figure group): the list takes the key before any shortcut."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_F2
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.currentItem() is not None
        ):
            event.accept()
            return True
        return super().event(event)


class LabelEditing(QStyledItemDelegate):
    """Typing a statement group's new name in its row: the editor starts with the label alone,
    and the new label goes out as `renamed` (a rename the workspace does, and undoes), never
    into the row, which is filled from the workspace again."""

    renamed = Signal(int, str)  # group id, new label

    def createEditor(  # noqa: N802
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("StatementGroupLabel")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(index.data(_LABEL_ROLE) or "")
        editor.selectAll()

    def setModelData(  # noqa: N802
        self, editor: QWidget, _model: QAbstractItemModel, index: QModelIndex
    ) -> None:
        assert isinstance(editor, QLineEdit)
        label = editor.text().strip()
        if label and label != index.data(_LABEL_ROLE):
            self.renamed.emit(index.data(Qt.ItemDataRole.UserRole), label)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, _index: QModelIndex
    ) -> None:
        rect = option.rect  # over the label's line; the row's second line stays in view
        editor.setGeometry(rect.x(), rect.y(), rect.width(), editor.sizeHint().height())


class StatementsPanel(QWidget):
    """Statement groups beside the compare view of the one in focus, with its edits."""

    def __init__(
        self,
        bridge: WorkspaceBridge,
        statements: StatementSelection,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge, self.statements, self._perform = bridge, statements, perform
        self._target: int | None = None  # the group a lone picked statement would be linked to
        self.list = GroupList(self)
        self.list.setObjectName("StatementGroups")
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        # renamed as figure groups are: typed in place after F2 or a click on the picked row
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.labels = LabelEditing(self.list)
        self.labels.renamed.connect(self._on_labels_renamed)
        self.list.setItemDelegate(self.labels)
        self.rename = QAction("&Rename group…", self)
        self.rename.setShortcut(QKeySequence(Qt.Key.Key_F2))  # shown in the menu; GroupList has it
        self.rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename.triggered.connect(self._on_rename_triggered)
        self._menu = QMenu(self.list)
        self._menu.addAction(self.rename)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_menu_requested)
        self.title = plain_label(QLabel(self))
        self.title.setObjectName("StatementTitle")
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.why = plain_label(QLabel(self))
        self.why.setWordWrap(True)
        self.why.setObjectName("StatementWhy")
        self.compare = CompareView(self)
        self.confirm = QPushButton("Confirm", self)
        self.reject = QPushButton("Reject", self)
        # short words: the dock shares a 1024-pixel-wide window with the groups
        self.unlink = QPushButton("Unlink", self)
        self.unlink.setToolTip("Take the picked version out of this group (Ctrl+Z undoes it)")
        self.link = QPushButton("Link", self)
        self.confirm.setToolTip("These versions report one utterance")
        self.reject.setToolTip("These are not one utterance: each version stands alone")
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.reject.clicked.connect(self._on_reject_clicked)
        self.unlink.clicked.connect(self._on_unlink_clicked)
        self.link.clicked.connect(self._on_link_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.confirm, self.reject, self.unlink, self.link):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 4, 4, 4)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.why)
        column.addWidget(self.compare, 1)
        column.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._filling = False
        statements.view_changed.connect(self._on_statements_read)
        statements.changed.connect(self._on_statements_changed)
        self._show_focus()

    # ---------------------------------------------------------------- filling

    def _on_statements_read(self) -> None:
        self._filling = True
        try:
            self.list.clear()
            for g in self.statements.view.groups:
                item = QListWidgetItem(_group_text(g))
                item.setData(Qt.ItemDataRole.UserRole, g.id)
                item.setData(_LABEL_ROLE, g.label)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(plain_tip(g.label, f"why: {g.reason or 'linked by hand'}"))
                self.list.addItem(item)
        finally:
            self._filling = False
        self._select_row(self.statements.group)  # the focus follows: a read is also a change

    def _on_statements_changed(self, origin: object) -> None:
        if self.statements.group is not None:
            self._target = self.statements.group
        if origin is not self:
            self._select_row(self.statements.group)
        self._show_focus()

    def _select_row(self, group: int | None) -> None:
        self._filling = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == group:
                    self.list.setCurrentItem(item)
                    self.list.scrollToItem(item)
                    return
            self.list.setCurrentItem(None)
        finally:
            self._filling = False

    def _on_list_current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if self._filling or item is None:
            return
        self.statements.select_group(item.data(Qt.ItemDataRole.UserRole), origin=self)

    def _show_focus(self) -> None:
        view, sel = self.statements.view, self.statements
        group = view.group(sel.group) if sel.group is not None else None
        picked = view.statement(sel.statement) if sel.statement is not None else None
        target = view.group(self._target) if self._target is not None else None
        lone = picked is not None and group is None
        self.link.setVisible(lone and target is not None)
        if lone and target is not None:
            self.link.setText(menu_text(f"Link to “{_short(target.label, 24)}”"))
        self.unlink.setEnabled(group is not None and picked is not None)
        self.confirm.setEnabled(group is not None)
        self.reject.setEnabled(group is not None)
        if group is None:
            self.confirm.setText("Confirm")
            self.title.setText(_short(picked.words, 160) if picked else "No statement picked")
            self.why.setText(
                "Quoted by this source only."
                if picked
                else "Pick a group, or click quoted words in a pane, to compare its versions."
            )
            self.compare.clear_versions()
            return
        self.confirm.setText("Unconfirm" if group.confirmed else "Confirm")
        versions, aligned = self.bridge.workspace.statement_alignment(group.id, view)
        names = {  # numbered as on the sheet: several outlets may share a first word
            a.id: f"[{n}] {source_name(a.outlet, a.title, a.origin, limit=_LABEL)}"
            for n, a in enumerate(self.bridge.snapshot().articles, start=1)
        }
        state = "confirmed" if group.confirmed else "suggested" if group.suggested else "linked"
        self.title.setText(group.label)
        self.why.setText(
            f"{group.source_count} sources · {len(versions)} versions · {state}, confidence "
            f"{group.confidence:.2f} · why: {group.reason or 'linked by hand'}"
        )
        self.compare.show_versions(versions, aligned, names)

    # ---------------------------------------------------------------- edits

    def _seen(self):
        return self.statements.view.versions

    def edit_label(self, group: int) -> bool:
        """Start typing a statement group's new name in its row (False when it is not listed)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == group:
                self.list.setCurrentItem(item)
                self.list.setFocus()
                self.list.editItem(item)
                return True
        return False

    def context_menu(self) -> QMenu:
        """The list's menu, for the group picked in it."""
        self.rename.setEnabled(self.list.currentItem() is not None)
        return self._menu

    def _on_list_menu_requested(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.list.setCurrentItem(item)
        self.context_menu().exec(self.list.viewport().mapToGlobal(pos))

    def in_list(self, widget: QWidget | None) -> bool:
        """Whether `widget` is the list of groups or inside it (its label editor)."""
        return widget is not None and (widget is self.list or self.list.isAncestorOf(widget))

    def rename_while_focused(self) -> Callable[[], None] | None:
        """What Edit ▸ Rename group… does while the list has the focus: rename its picked
        group (None when the list has no focus or no group is picked)."""
        if self.list.currentItem() is None or not self.in_list(QApplication.focusWidget()):
            return None
        return self._on_rename_triggered

    def _on_rename_triggered(self) -> None:
        # once the menu is gone and the window has the focus back: an editor opened under the
        # closing menu would lose the focus at once, and close
        QTimer.singleShot(0, self._on_rename_due)

    def _on_rename_due(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.edit_label(item.data(Qt.ItemDataRole.UserRole))

    def _on_labels_renamed(self, group: int, label: str) -> None:
        seen = self._seen()
        self._perform(lambda ws: ws.rename_statements(group, label, seen=seen))

    def _on_confirm_clicked(self) -> None:
        group, seen = self.statements.view.group(self.statements.group or -1), self._seen()
        if group is not None:
            on = not group.confirmed
            self._perform(lambda ws: ws.confirm_statements(group.id, on, seen=seen))

    def _on_reject_clicked(self) -> None:
        group, seen = self.statements.group, self._seen()
        if group is not None:
            self._perform(lambda ws: ws.reject_statements(group, seen=seen))

    def _on_unlink_clicked(self) -> None:
        picked, seen = self.statements.statement, self._seen()
        if picked is not None:
            self._perform(lambda ws: ws.unlink_statements([picked], seen=seen))

    def _on_link_clicked(self) -> None:
        picked, target, seen = self.statements.statement, self._target, self._seen()
        if picked is not None and target is not None:
            self._perform(lambda ws: ws.link_statements([picked], into=target, seen=seen))


def _group_text(group: StatementGroupRow) -> str:
    marks = " · confirmed" if group.confirmed else " · suggested" if group.suggested else ""
    return f"{_short(group.label, 70)}\n{group.source_count} sources{marks}"


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


__all__ = ["CompareView", "StatementsPanel"]
