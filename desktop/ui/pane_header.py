"""The header over an article pane: outlet and date, title, figure count, move and hide buttons.

Dragging the header moves the pane (a PANE_MIME drag the strip handles); the buttons ask the strip
to move or hide it. The header shows; it decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model import ArticleRow, outlet_name
from desktop.ui.figures import article_name, day
from desktop.ui.highlights import mix
from desktop.ui.plain import plain_tip

PANE_MIME = "application/x-evidence-desk-pane"


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of pushing its neighbours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))


class TitleLabel(QLabel):
    """A title wrapped to at most `lines` lines, the last one ending in "…" when cut."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 2)
        self._wrap()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        metrics, width = self.fontMetrics(), max(40, self.width())
        words, lines, line = self._full.split(), [], ""
        for i, word in enumerate(words):
            trial = f"{line} {word}".strip()
            if metrics.horizontalAdvance(trial) <= width or not line:
                line = trial
                continue
            lines.append(line)
            line = word
            if len(lines) == self._lines - 1:
                rest = " ".join(words[i:])
                line = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                break
        if line:
            lines.append(line)
        self.setText("\n".join(lines[: self._lines]))


class PaneHeader(QFrame):
    """Outlet · date over the title; drag it to reorder panes."""

    move_requested = Signal(int)  # -1 left, +1 right
    hide_requested = Signal()
    menu_requested = Signal(QPoint)

    def __init__(self, article: ArticleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaneHeader")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._article_id = article.id
        self._press: QPoint | None = None
        self.source = ElidedLabel(self)
        self.source.setObjectName("PaneSource")
        self.count = QLabel(self)
        self.count.setObjectName("PaneCount")
        self.title = TitleLabel(3, self)
        self.title.setObjectName("PaneTitle")
        top = QHBoxLayout()
        top.setSpacing(2)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.source, 1)
        top.addSpacing(6)
        top.addWidget(self.count)
        for text, tip, slot in (
            ("‹", "Move this pane left", lambda: self.move_requested.emit(-1)),
            ("›", "Move this pane right", lambda: self.move_requested.emit(1)),
            ("×", "Hide this pane (the article stays in the workspace)", self.hide_requested),
        ):
            button = QToolButton(self)
            button.setObjectName("PaneButton")
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.clicked.connect(slot)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.menu_requested)
        self._tone()
        self.set_article(article)

    def _tone(self) -> None:
        """Outlet line and count in a quieter colour than the title."""
        palette = self.palette()
        quiet = mix(
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Window),
            0.4,
        )
        for label in (self.source, self.count):
            p = label.palette()
            p.setColor(QPalette.ColorRole.WindowText, quiet)
            label.setPalette(p)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._tone()

    def set_article(self, article: ArticleRow) -> None:
        self._article_id = article.id
        # who published it (the title is right below); the file name only when nothing else
        # is known, not the title a second time
        name = outlet_name(article.outlet, article.origin)
        parts = [name] if name else [] if article.title else [article_name(article)]
        if article.published:
            parts.append(day(article.published))
        self.source.set_full_text(" · ".join(parts))
        self.source.setToolTip(plain_tip(article.origin))
        self.title.set_full_text(article.title or "(untitled)")
        self.title.setToolTip(plain_tip(article.title))

    def set_count(self, figures: int) -> None:
        self.count.setText(f"{figures} figure{'s' if figures != 1 else ''}")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._press = None
        mime = QMimeData()
        mime.setData(PANE_MIME, str(self._article_id).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None
        super().mouseReleaseEvent(event)
