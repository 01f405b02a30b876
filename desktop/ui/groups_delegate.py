"""How the groups tree draws its rows: row heights without asking the model, and the one-click
Accept / Reject buttons of a suggested group, painted in its status cell rather than made as
widgets (a widget per row costs a layout and a paint each; after a large import there are
hundreds). Which group a click means is the panel's business: the delegate emits the row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop.model import GroupRow
from desktop.ui.figures import STATUS_TEXT
from desktop.ui.groups_model import ROW_ROLE

STATUS_COLUMN = 3
BUTTONS = (
    ("accept", "Accept", "Accept this suggested link"),
    ("reject", "Reject", "Reject it: these figures are not proposed together again"),
)
_TEXT = {name: text for name, text, _ in BUTTONS}
GLYPHS = {"accept": "✓", "reject": "✕"}  # in a narrow column: the status stays readable
_TIP = {name: tip for name, _, tip in BUTTONS}


def suggestion_status(group: GroupRow) -> str:
    """What a suggested group's status cell says beside its Accept and Reject buttons."""
    return STATUS_TEXT.get(group.status, group.status)


def _suggested(index: QModelIndex) -> GroupRow | None:
    if index.column() != STATUS_COLUMN or index.parent().isValid():
        return None
    row = index.data(ROW_ROLE)
    return row if isinstance(row, GroupRow) and row.suggested else None


class GroupRowDelegate(QStyledItemDelegate):
    """Row heights measured once per level and font; Accept/Reject drawn on suggested groups."""

    button_clicked = Signal(str, object)  # "accept" or "reject", the GroupRow

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[bool, int, str], int] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # the tree lays out every row after a reset; asking each cell costs ~10 data() calls
        figure = index.parent().isValid()  # (the view's indexes are the proxy's)
        key = (figure, index.column(), option.font.key())
        height = self._heights.get(key)
        if height is None:
            height = super().sizeHint(option, index).height()
            if index.column() == STATUS_COLUMN and not figure:
                height = max(height, option.fontMetrics.height() + 8)  # room for the buttons
            self._heights[key] = height
        return QSize(option.rect.width(), height)

    @staticmethod
    def roomy(metrics) -> int:
        """How wide a status cell must be for the buttons' words and the longest status."""
        words = sum(metrics.horizontalAdvance(text) + 18 for _, text, _ in BUTTONS)
        return words + 10 + max(metrics.horizontalAdvance(t) for t in STATUS_TEXT.values())

    def button_texts(self, cell: QRect, metrics) -> dict[str, str]:
        """The buttons' words, or a glyph each where the cell has no room for words and status."""
        return _TEXT if cell.width() >= self.roomy(metrics) else GLYPHS

    def button_rects(
        self, cell: QRect, metrics, texts: dict[str, str] | None = None
    ) -> dict[str, QRect]:
        """Where the buttons stand in a status cell (view coordinates)."""
        texts = texts or self.button_texts(cell, metrics)
        rects, x = {}, cell.left() + 2
        for name, _, _ in BUTTONS:
            width = metrics.horizontalAdvance(texts[name]) + 14
            rects[name] = QRect(x, cell.top() + 2, width, cell.height() - 4)
            x += width + 4
        return rects

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if _suggested(index) is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        # the row's background and selection, without the status text the buttons replace
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        texts = self.button_texts(option.rect, option.fontMetrics)
        rects = self.button_rects(option.rect, option.fontMetrics, texts)
        for name, rect in rects.items():
            button = QStyleOptionButton()
            button.rect = rect
            button.text = texts[name]
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            button.palette = option.palette
            button.fontMetrics = option.fontMetrics
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)
        # the suggestion's own status beside its buttons, as far as it fits
        group = _suggested(index)
        left = max(r.right() for r in rects.values())
        room = QRect(
            left + 8, option.rect.top(), option.rect.right() - left - 10, option.rect.height()
        )
        if room.width() > 20:
            text = option.fontMetrics.elidedText(
                suggestion_status(group), Qt.TextElideMode.ElideRight, room.width()
            )
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            painter.restore()

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802
        group = _suggested(index)
        if group is None or event.type() not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            return super().editorEvent(event, model, option, index)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        for name, rect in self.button_rects(option.rect, option.fontMetrics).items():
            if rect.contains(pos):
                if event.type() == QEvent.Type.MouseButtonRelease:
                    self.button_clicked.emit(name, group)
                return True  # the click is the button's, not a selection
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        if _suggested(index) is not None:
            for name, rect in self.button_rects(option.rect, option.fontMetrics).items():
                if rect.contains(event.pos()):
                    QToolTip.showText(event.globalPos(), _TIP[name], view)
                    return True
        return super().helpEvent(event, view, option, index)
