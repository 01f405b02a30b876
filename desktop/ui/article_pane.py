"""One article as a read-only pane: a header (outlet, date, title) over its text, figures marked.

`ArticlePane` draws what it is told — which figures exist, which group each belongs to, which are
selected, which quoted statements are in focus — and turns clicks, hovers and drags on figures,
and clicks on statements, into signals. It never reads the
workspace; `PaneStrip` feeds it from the snapshot.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.model import ArticleRow, Claim, GroupRow, Statement
from desktop.ui.drops import FIGURE_MIME
from desktop.ui.figures import tooltip_html
from desktop.ui.highlights import Look, figure_format, statement_format
from desktop.ui.pane_header import PaneHeader


def qt_offsets(text: str) -> list[int] | None:
    """Python index → Qt (UTF-16) position, or None when they agree (no characters beyond BMP)."""
    if not text or text.isascii() or max(text) < "\U00010000":
        return None
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) >= 0x10000 else 1
    out.append(pos)
    return out


class FigureText(QTextBrowser):
    """The article's text; reports the figure under the mouse. GUI thread only."""

    figure_clicked = Signal(int, bool)  # claim id, added to the selection (Ctrl held)
    figure_dropped = Signal(int, int)  # dragged claim, claim it was dropped on
    statement_clicked = Signal(int)  # statement id: a click on quoted words (not on a figure)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._spans: list[tuple[int, int, int]] = []  # (qt start, qt end, claim id), sorted
        self._starts: list[int] = []
        self._tips: dict[int, str] = {}
        self._press: tuple[QPoint, int] | None = None
        self._quotes: list[tuple[int, int, int]] = []  # (qt start, qt end, statement id)

    def set_spans(self, spans: list[tuple[int, int, int]], tips: dict[int, str]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _, _ in self._spans]
        self._tips = tips

    def set_quotes(self, quotes: list[tuple[int, int, int]]) -> None:
        """The pieces of the article's statements (quoted words), as Qt positions."""
        self._quotes = sorted(quotes)

    def statement_at(self, pos: QPoint) -> int | None:
        """The statement whose quoted words are under a viewport position, if any."""
        at = self.cursorForPosition(pos).position()
        found = [(e - s, sid) for s, e, sid in self._quotes if s <= at < e]
        return min(found)[1] if found else None  # the innermost (a quote inside a quote)

    def claim_at(self, pos: QPoint) -> int | None:
        """The figure under a viewport position, if any."""
        cursor = self.cursorForPosition(pos)
        at = cursor.position()
        i = bisect_right(self._starts, at) - 1
        for j in (i, i - 1):  # the cursor lands before or after the character clicked
            if 0 <= j < len(self._spans):
                start, end, claim = self._spans[j]
                if start <= at <= end and self._inside(pos, start, end):
                    return claim
        return None

    def _inside(self, pos: QPoint, start: int, end: int) -> bool:
        c = QTextCursor(self.document())
        c.setPosition(start)
        first = self.cursorRect(c)
        c.setPosition(end)
        last = self.cursorRect(c)
        if first.top() == last.top():  # on one line: check x too
            return first.left() - 2 <= pos.x() <= last.right() + 2
        return first.top() <= pos.y() <= last.bottom()

    # ---------------------------------------------------------------- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        claim = self.claim_at(event.position().toPoint())
        if claim is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position().toPoint(), claim)
            event.accept()
            return
        self._press = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, claim = self._press
            moved = (event.position().toPoint() - start).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._press = None
                self._drag_figure(claim)
            return
        super().mouseMoveEvent(event)
        over = self.claim_at(event.position().toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None:
            _, claim = self._press
            self._press = None
            if self.claim_at(event.position().toPoint()) == claim:
                additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.figure_clicked.emit(claim, additive)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            statement = self.statement_at(event.position().toPoint())
            if statement is not None:  # a click, not a drag selecting text
                self.statement_clicked.emit(statement)

    def _drag_figure(self, claim: int) -> None:
        mime = QMimeData()
        mime.setData(FIGURE_MIME, str(claim).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.LinkAction)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == event.Type.ToolTip:
            claim = self.claim_at(event.pos())
            if claim is not None and claim in self._tips:
                QToolTip.showText(event.globalPos(), self._tips[claim], self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # ---------------------------------------------------------------- figure drops

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(FIGURE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files, text, URLs: the drop area underneath imports them

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(FIGURE_MIME):
            if self.claim_at(event.position().toPoint()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(FIGURE_MIME):
            event.ignore()
            return
        dragged = int(bytes(event.mimeData().data(FIGURE_MIME)).decode())
        target = self.claim_at(event.position().toPoint())
        if target is None or target == dragged:
            event.ignore()
            return
        event.acceptProposedAction()
        self.figure_dropped.emit(dragged, target)


class ArticlePane(QFrame):
    """Header and text of one article, figures drawn by group and selection."""

    def __init__(self, article: ArticleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ArticlePane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.article = article
        self.header = PaneHeader(article, self)
        self.text = FigureText(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self._claims: dict[int, Claim] = {}
        self._qt_span: dict[int, tuple[int, int]] = {}
        self._looks: dict[int, tuple[Look, int | None]] = {}
        self._slips: set[int] = set()
        self._text_key: tuple[str, str] | None = None
        self._quotes: dict[int, tuple[tuple[int, int], ...]] = {}  # statement -> qt pieces
        self._lit: tuple[tuple[int, ...], int | None] = ((), None)
        self.set_article(article)

    @property
    def article_id(self) -> int:
        return self.article.id

    def set_article(self, article: ArticleRow) -> None:
        """Show the article's header and (when it changed) its text."""
        self.article = article
        self.header.set_article(article)
        key = (article.content_hash, article.text[:64])
        if key == self._text_key:
            return
        self._text_key = key
        text = article.text.replace("\r", " ")  # same length: offsets stay valid
        self.text.setPlainText(text)
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(4)
        cursor.mergeBlockFormat(block)
        self._looks = {}
        self._map = qt_offsets(article.text)
        self._lit = ((), None)
        self.text.setExtraSelections([])

    def set_claims(self, claims: list[Claim], groups: dict[int, GroupRow]) -> None:
        """The article's figures and, for each claim id, its group (if any)."""
        self._claims = {c.id: c for c in claims}
        slips = {c.id for c in claims if c.id in groups and c.id in groups[c.id].outliers}
        if slips != self._slips:
            self._slips = slips
            self._looks = {}  # redraw: a figure became, or stopped being, a suspected slip
        qt = self._map
        self._qt_span = {c.id: (qt[c.start], qt[c.end]) if qt else (c.start, c.end) for c in claims}
        tips = {c.id: tooltip_html(c, groups.get(c.id)) for c in claims}
        self.text.set_spans([(s, e, cid) for cid, (s, e) in self._qt_span.items()], tips)
        self.header.set_count(len(claims))

    def set_statements(self, statements: list[Statement]) -> None:
        """The article's quoted statements (their pieces can be clicked and lit)."""
        qt = self._map
        self._quotes = {
            s.id: tuple((qt[a], qt[b]) if qt else (a, b) for a, b in s.pieces)
            for s in statements
            if s.id is not None
        }
        self.text.set_quotes([(a, b, sid) for sid, ps in self._quotes.items() for a, b in ps])
        lit, self._lit = self._lit, ((), None)
        self.light_statements(*lit)

    def statement_ids(self) -> list[int]:
        return sorted(self._quotes, key=lambda sid: self._quotes[sid][0])

    def light_statements(self, ids: tuple[int, ...], picked: int | None = None) -> None:
        """Light the quoted words of these statements (a group's versions), the picked one most;
        drawn over the text as extra selections, so the figures' own formats stay as they are."""
        if (ids, picked) == self._lit:
            return
        self._lit = (ids, picked)
        palette = self.text.palette()
        selections = []
        for sid in ids:
            for a, b in self._quotes.get(sid, ()):
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = QTextCharFormat(statement_format(palette, sid == picked))
                selections.append(selection)
        self.text.setExtraSelections(selections)

    def reveal_statement(self, statement: int) -> None:
        """Scroll the text so the statement's first words are in view."""
        pieces = self._quotes.get(statement)
        if pieces:
            self._reveal_at(pieces[0][0])

    def claim_ids(self) -> list[int]:
        """This pane's figures in text order."""
        return sorted(self._claims, key=lambda cid: self._qt_span[cid])

    def is_slip(self, claim_id: int) -> bool:
        """Whether the figure is marked as a suspected slip of its group."""
        return claim_id in self._slips

    def span(self, claim_id: int) -> tuple[int, int]:
        """Where a figure stands in the pane's QTextDocument."""
        return self._qt_span[claim_id]

    def set_looks(self, looks: dict[int, tuple[Look, int | None]]) -> None:
        """Draw each figure in its look; only figures whose look changed are touched."""
        changed = {cid: v for cid, v in looks.items() if self._looks.get(cid) != v}
        if not changed:
            return
        palette = self.text.palette()
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        for cid, (look, group) in changed.items():
            if cid not in self._qt_span:
                continue
            start, end = self._qt_span[cid]
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = figure_format(look, group, palette, slip=cid in self._slips)
            cursor.setCharFormat(fmt)
        cursor.endEditBlock()
        self._looks.update(changed)

    def redraw(self) -> None:
        """Draw every figure again (after a palette change)."""
        looks, self._looks = self._looks, {}
        self.set_looks(looks)
        lit, self._lit = self._lit, ((), None)
        self.light_statements(*lit)

    def reveal(self, claim_id: int) -> None:
        """Scroll the text so the figure is in view (a third from the top), if it is not."""
        if claim_id in self._qt_span:
            self._reveal_at(self._qt_span[claim_id][0])

    def _reveal_at(self, position: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(position)
        rect = self.text.cursorRect(cursor)
        view = self.text.viewport().rect()
        if view.top() <= rect.top() and rect.bottom() <= view.bottom():
            return
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - view.height() // 3)
