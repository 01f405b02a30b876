"""Dropped and pasted things become `model.Source` values; the drop area shows where they land.

`sources_from_mime` is the only Qt part of importing: files and folders (text/uri-list), http(s)
URLs, HTML and plain-text fragments. Which reader takes a source — by sniffing its content — is
ingest's business, reached through the workspace; this module never looks at a file's ending.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from desktop.model import Source

FIGURE_MIME = "application/x-evidence-desk-figure"  # a figure dragged inside the window
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def sources_from_mime(mime: QMimeData) -> list[Source]:
    """What a drop or a paste holds, as sources to import (empty when there is nothing usable)."""
    if mime.hasFormat(FIGURE_MIME):
        return []
    if mime.hasUrls():
        found = []
        for url in mime.urls():
            if url.isLocalFile():
                found.append(Source(origin=url.toLocalFile()))
            elif url.scheme().lower() in ("http", "https"):
                found.append(Source(origin=url.toString()))
        if found:
            return found
    text = mime.text().strip() if mime.hasText() else ""
    if _URL.match(text):
        return [Source(origin=text)]
    if mime.hasHtml() and mime.html().strip():
        return [Source.from_text(mime.html(), html=True, origin="dropped HTML")]
    if text:
        return [Source.from_text(mime.text(), origin="dropped text")]
    return []


def can_import(mime: QMimeData) -> bool:
    """Whether a drag carries something to import (checked while dragging, so it must be cheap)."""
    if mime.hasFormat(FIGURE_MIME):
        return False
    return mime.hasUrls() or mime.hasText() or mime.hasHtml()


class DropOverlay(QWidget):
    """A translucent highlight over the drop area while something importable is dragged over it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlphaF(0.12)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        p.setBrush(fill)
        p.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
        p.drawRoundedRect(rect, 10, 10)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        p.setFont(font)
        p.setPen(accent)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "Drop to import")


class DropArea(QWidget):
    """The central area: the pane strip, or the empty state, under a drop highlight.

    Emits `sources_dropped` with the sources of an accepted drop; it imports nothing itself.
    """

    sources_dropped = Signal(list)

    def __init__(self, content: QWidget, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(empty)
        self._stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._stack)
        self.overlay = DropOverlay(self)

    def show_content(self, has_articles: bool) -> None:
        self._stack.setCurrentIndex(1 if has_articles else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if can_import(event.mimeData()):
            event.acceptProposedAction()
            self.overlay.setGeometry(self.rect())
            self.overlay.raise_()
            self.overlay.show()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if can_import(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self.overlay.hide()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.overlay.hide()
        sources = sources_from_mime(event.mimeData())
        if not sources:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.sources_dropped.emit(sources)
