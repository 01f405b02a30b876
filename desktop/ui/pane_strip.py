"""The side-by-side strip: one `ArticlePane` per shown article, scrolling sideways past the edge.

The strip owns pane order and visibility, draws every figure by group and by the shared selection,
and scrolls linked figures into view. It reads the bridge's snapshot; edits it asks for go out as
signals (`figure_dropped`, `order_changed`, `pane_menu_requested`) to whoever composes the window.
The strip is virtual: every shown article has a slot of the pane width in a row as wide as all of
them, but only the panes in view (and `OVERSCAN` beside them) exist. They are built in small
batches on the event loop as they scroll in, and released as they leave, so a workspace of a
thousand articles opens with a handful of panes and never freezes the window. A pane built late
is drawn in the selection of the moment, so a picked group lights up in it too.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from desktop.model import ArticleRow, Changes, Claim, Snapshot
from desktop.ui.article_pane import ArticlePane
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.highlights import Look
from desktop.ui.pane_header import PANE_MIME
from desktop.ui.selection import FigureSelection
from desktop.ui.statement_selection import StatementSelection

PANE_MIN_WIDTH = 250  # px, at the least; panes are sized to hold READABLE_CHARS a line
READABLE_CHARS = 46  # a pane narrower than ~45 characters a line reads like a newspaper column
_BUILD_BUDGET_S = 0.012  # per event-loop turn while building new panes: painting needs the rest
OVERSCAN = 2  # panes kept built beyond each edge of the view: a short scroll shows text at once
_MARGIN = 8  # px around the row of panes
_GAP = 8  # px between panes


class _Row(QWidget):
    """The strip's content: a row as wide as every shown pane, holding the panes built (placed
    by the strip); takes pane drops to reorder them."""

    pane_dropped = Signal(int, int)  # dragged article, article it was dropped on

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PANE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(PANE_MIME):
            event.ignore()
            return
        dragged = int(bytes(event.mimeData().data(PANE_MIME)).decode())
        target = self.childAt(event.position().toPoint())
        while target is not None and not isinstance(target, ArticlePane):
            target = target.parentWidget()
        event.acceptProposedAction()
        if target is not None and target.article_id != dragged:
            self.pane_dropped.emit(dragged, target.article_id)


class PaneStrip(QScrollArea):
    """Article panes side by side, built only where they are in view. GUI thread only."""

    figure_dropped = Signal(int, int)  # dragged claim, target claim
    order_changed = Signal(list)  # article ids, the new order
    hidden_changed = Signal(set)  # article ids hidden
    pane_menu_requested = Signal(int, QPoint)  # article id, global position
    built = Signal()  # every pane in view (and beside it) is built

    def __init__(
        self, bridge: WorkspaceBridge, selection: FigureSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.selection = selection
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)  # the row is sized here: as wide as every shown pane
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._row = _Row()
        self._row.pane_dropped.connect(self._on_pane_dropped)
        self.setWidget(self._row)
        self.panes: dict[int, ArticlePane] = {}  # the panes built now, by article
        self.order: list[int] = []
        self.hidden: set[int] = set()
        self._snap = Snapshot()  # the snapshot shown
        self.statements: StatementSelection | None = None  # see attach_statements
        self._articles: dict[int, ArticleRow] = {}
        self._claims_of: dict[int, list[Claim]] = {}  # its figures by article, to fill panes
        self._to_build: list[int] = []  # articles in view without a pane yet, nearest first
        self._builder = QTimer(self, singleShot=True, interval=0)
        self._builder.timeout.connect(self._build_some)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        bridge.changed.connect(self._on_workspace_changed)
        bridge.workspace_replaced.connect(self._on_workspace_replaced)
        selection.changed.connect(self._on_selection_changed)

    def sizeHint(self) -> QSize:  # noqa: N802
        # modest, so the docks keep their width when panes arrive; the strip scrolls instead
        return QSize(800, 600)

    def pane_width(self) -> int:
        """As many whole panes as fit at READABLE_CHARS a line or more, sharing the width."""
        chars = self.fontMetrics().averageCharWidth() * READABLE_CHARS
        least = max(PANE_MIN_WIDTH, chars + 40)  # the text's margins and scroll bar
        room = max(self.viewport().width() - 2 * _MARGIN, least)
        n = max(1, min((room + _GAP) // (least + _GAP), len(self.visible_order()) or 1))
        return (room - _GAP * (n - 1)) // n

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    # ---------------------------------------------------------------- public

    @property
    def building(self) -> bool:
        """Whether panes in view are still being built."""
        return bool(self._to_build)

    def visible_order(self) -> list[int]:
        return [a for a in self.order if a not in self.hidden]

    def set_hidden(self, hidden: set[int]) -> None:
        """Hide the panes of these articles (they stay in the workspace)."""
        hidden = set(hidden)
        if hidden == self.hidden:
            return
        self.hidden = hidden
        self._arrange()
        self.hidden_changed.emit(set(hidden))

    def set_shown(self, article: int, shown: bool) -> None:
        self.set_hidden(self.hidden - {article} if shown else self.hidden | {article})

    def move(self, article: int, step: int) -> None:
        """Move a pane `step` places among the shown panes."""
        shown = self.visible_order()
        if article not in shown:
            return
        i = shown.index(article)
        j = max(0, min(len(shown) - 1, i + step))
        if i == j:
            return
        self._place(article, shown[j], after=step > 0)

    def figures_in_order(self) -> list[int]:
        """Every shown figure, pane by pane, in text order (for next/previous figure), built or
        not."""
        out: list[int] = []
        for aid in self.visible_order():
            out.extend(c.id for c in sorted(self._claims_of.get(aid, ()), key=_text_order))
        return out

    def in_view(self) -> list[int]:
        """The shown articles whose slots the viewport covers now, left to right."""
        first, last = self._span(0)
        return self.visible_order()[first : last + 1]

    def scroll_to(self, article: int) -> None:
        """Scroll the least that brings the article's pane wholly into view, and build it now."""
        shown = self.visible_order()
        if article not in shown:
            return
        left, width = self._slot_x(shown.index(article)), self.pane_width()
        bar, view = self.horizontalScrollBar(), self.viewport().width()
        if left - _MARGIN < bar.value():
            bar.setValue(left - _MARGIN)
        elif left + width + _MARGIN > bar.value() + view:
            bar.setValue(left + width + _MARGIN - view)
        self._arrange()
        self._build(article)

    def reload(self) -> None:
        """Show the snapshot: panes updated or released, the row laid out, figures redrawn."""
        snap = self._snap = self.bridge.snapshot()
        self._articles = {a.id: a for a in snap.articles}
        self._claims_of = {}
        for c in snap.claims:
            self._claims_of.setdefault(c.article, []).append(c)
        self.order = [a.id for a in snap.articles]
        for gone in set(self.panes) - set(self._articles):
            self._release(gone)
        for aid, pane in self.panes.items():
            self._fill(pane, self._articles[aid])
        self._arrange()
        if not self._to_build:
            self.built.emit()

    # ---------------------------------------------------------------- the virtual row

    def _slot_x(self, index: int) -> int:
        return _MARGIN + index * (self.pane_width() + _GAP)

    def _span(self, overscan: int) -> tuple[int, int]:
        """First and last index (in the shown order) of the slots in view, `overscan` more on
        each side; (0, -1) when nothing is shown."""
        count = len(self.visible_order())
        if not count:
            return 0, -1
        step = self.pane_width() + _GAP
        left = self.horizontalScrollBar().value()
        first = max(0, (left - _MARGIN) // step - overscan)
        last = min(count - 1, (left + self.viewport().width() - _MARGIN) // step + overscan)
        return first, last

    def _arrange(self) -> None:
        """Size the row to every shown pane, place the panes built, release those out of reach
        and queue those coming into it (the ones in view first)."""
        shown = self.visible_order()
        width, height = self.pane_width(), max(self.viewport().height(), 1)
        total = 2 * _MARGIN + len(shown) * width + max(len(shown) - 1, 0) * _GAP
        self._row.resize(max(total, self.viewport().width()), height)
        first, last = self._span(OVERSCAN)
        wanted = shown[first : last + 1]
        for aid in set(self.panes) - set(wanted):
            self._release(aid)
        index = {aid: i for i, aid in enumerate(shown)}
        for aid, pane in self.panes.items():
            pane.setGeometry(self._slot_x(index[aid]), _MARGIN, width, height - 2 * _MARGIN)
        near = set(self.in_view())
        missing = [a for a in wanted if a not in self.panes]
        self._to_build = [a for a in missing if a in near] + [a for a in missing if a not in near]
        if self._to_build:
            self._builder.start()  # next event-loop turn: other views refresh first

    def _release(self, aid: int) -> None:
        pane = self.panes.pop(aid)
        pane.hide()
        pane.deleteLater()

    # ---------------------------------------------------------------- building

    def _build_some(self) -> None:
        start = time.perf_counter()
        while self._to_build and time.perf_counter() - start < _BUILD_BUDGET_S:
            self._build(self._to_build.pop(0))
        if self._to_build:
            self._builder.start()
        else:
            self.built.emit()

    def _build(self, aid: int) -> ArticlePane | None:
        """The article's pane, built (placed, filled, drawn in the current selection) if it was
        not; None when the article is not shown."""
        if aid in self.panes:
            return self.panes[aid]
        shown = self.visible_order()
        if aid not in self._articles or aid not in shown:
            return None
        article = self._articles[aid]
        pane = ArticlePane(article, self._row)
        pane.text.figure_clicked.connect(self._on_figure_clicked)
        pane.text.figure_dropped.connect(self.figure_dropped)
        pane.text.statement_clicked.connect(self._on_statement_clicked)
        pane.header.move_requested.connect(lambda step, a=aid: self.move(a, step))
        pane.header.hide_requested.connect(lambda a=aid: self.set_shown(a, False))
        pane.header.menu_requested.connect(
            lambda pos, p=pane: self.pane_menu_requested.emit(
                p.article_id, p.header.mapToGlobal(pos)
            )
        )
        self.panes[aid] = pane
        height = max(self.viewport().height(), 1)
        pane.setGeometry(
            self._slot_x(shown.index(aid)), _MARGIN, self.pane_width(), height - 2 * _MARGIN
        )
        self._fill(pane, article)
        pane.show()
        mine = self._focus_in(pane.claim_ids())
        if mine:  # built after the pick: its figure of the group in view, as in the others
            pane.reveal(mine[0])
        return pane

    def _fill(self, pane: ArticlePane, article: ArticleRow) -> None:
        pane.set_article(article)
        claims = self._claims_of.get(article.id, [])
        groups = {c.id: g for c in claims if (g := self._snap.group_of(c.id)) is not None}
        pane.set_claims(claims, groups)
        pane.set_looks({c.id: self._look(c.id) for c in claims})
        if self.statements is not None:
            view = self.statements.view
            pane.set_statements(view.of_article(article.id))
            pane.light_statements(self.statements.focused(), self.statements.statement)

    def attach_statements(self, statements: StatementSelection) -> None:
        """Show the workspace's statements: a click on quoted words picks one, and the picked
        statement's group is lit in every pane and scrolled into view."""
        self.statements = statements
        statements.changed.connect(self._on_statements_changed)
        statements.view_changed.connect(self._on_statements_read)

    def _on_statement_clicked(self, statement: int) -> None:
        if self.statements is not None:
            pane = self.sender().parentWidget()
            self.statements.select_statement(statement, origin=pane)

    def _on_statements_read(self) -> None:
        for aid, pane in self.panes.items():
            view = self.statements.view
            pane.set_statements(view.of_article(aid))

    def _on_statements_changed(self, origin: object) -> None:
        focused, picked = self.statements.focused(), self.statements.statement
        view = self.statements.view
        articles = [int(s.article) for sid in focused if (s := view.statement(sid)) is not None]
        if origin is not self.statements and not isinstance(origin, ArticlePane):
            target = next((a for a in self.visible_order() if a in articles), None)
            if target is not None:
                self.scroll_to(target)
        for pane in self.panes.values():
            pane.light_statements(focused, picked)
            mine = [sid for sid in pane.statement_ids() if sid in focused]
            if mine and origin is not pane and origin is not self.statements:
                pane.reveal_statement(picked if picked in mine else mine[0])

    # ---------------------------------------------------------------- drawing

    def _look(self, claim: int) -> tuple[Look, int | None]:
        row = self._snap.group_of(claim)
        group = row.id if row is not None else None
        if claim in self.selection.claims:
            return Look.SELECTED, group
        if group is not None and group == self.selection.group:
            return Look.LINKED, group
        return (Look.GROUPED, group) if group is not None else (Look.LONE, None)

    def _redraw_looks(self) -> None:
        for pane in self.panes.values():
            pane.set_looks({cid: self._look(cid) for cid in pane.claim_ids()})

    def _focus(self) -> tuple[set[int], set[int]]:
        """The picked figures, and those in focus (picked, or in the group in focus)."""
        picked = set(self.selection.claims)
        linked = next((g for g in self._snap.groups if g.id == self.selection.group), None)
        return picked, picked | set(linked.claims if linked is not None else ())

    def _focus_in(
        self, ids: list[int], focus: tuple[set[int], set[int]] | None = None
    ) -> list[int]:
        """Of these figures (in text order), the picked ones, or else those in focus."""
        picked, focused = focus or self._focus()
        return [c for c in ids if c in picked] or [c for c in ids if c in focused]

    def _reveal_selection(self, origin: object) -> None:
        """Scroll each built pane to the picked figure, or else to its first figure of the group
        in focus; bring the pane of the picked figure (or the first pane holding the group, built
        or not) into view, building it."""
        focus = picked, focused = self._focus()
        if not isinstance(origin, ArticlePane):
            articles = {c.article for cid in (picked or focused) if (c := self._snap.claim(cid))}
            target = next((a for a in self.visible_order() if a in articles), None)
            if target is not None:
                self.scroll_to(target)
        for pane in self.panes.values():
            mine = self._focus_in(pane.claim_ids(), focus)
            if mine and origin is not pane:
                pane.reveal(mine[-1] if mine[-1] in picked else mine[0])

    # ---------------------------------------------------------------- slots

    def _on_scrolled(self, _value: int) -> None:
        self._arrange()

    def _on_figure_clicked(self, claim: int, additive: bool) -> None:
        pane = self.sender().parentWidget()
        self.selection.select_claim(claim, additive, origin=pane)

    def _on_selection_changed(self, origin: object) -> None:
        self._redraw_looks()
        if origin is not self.selection:
            self._reveal_selection(origin)

    def _on_workspace_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self and not changes.claims and not changes.groups:
            return  # our own reordering: already shown
        if changes.articles or not changes:
            self.reload()
            return
        # an edit: only the panes holding a figure it moved, or one of a group it touched
        # (before or after), are drawn again; articles and their texts are as they were
        before, snap = self._snap, self.bridge.snapshot()
        touched = set(changes.claims)
        for shot in (before, snap):
            touched |= {c for g in shot.groups if g.id in changes.groups for c in g.claims}
        articles = {c.article for cid in touched if (c := snap.claim(cid)) is not None}
        self._snap = snap
        self._articles = {a.id: a for a in snap.articles}
        for aid in articles:
            if aid in self.panes and aid in self._articles:
                self._fill(self.panes[aid], self._articles[aid])

    def _on_workspace_replaced(self, _workspace: object) -> None:
        for aid in list(self.panes):
            self._release(aid)
        self.order = []
        self.horizontalScrollBar().setValue(0)
        self.reload()

    def _on_pane_dropped(self, dragged: int, target: int) -> None:
        order = self.visible_order()
        after = order.index(dragged) < order.index(target) if dragged in order else False
        self._place(dragged, target, after=after)

    def _place(self, article: int, target: int, after: bool) -> None:
        order = [a for a in self.order if a != article]
        at = order.index(target) + (1 if after else 0)
        order.insert(at, article)
        self.order = order
        self._arrange()
        self.order_changed.emit(list(order))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            for pane in self.panes.values():
                pane.redraw()
        super().changeEvent(event)


def _text_order(claim: Claim) -> tuple[int, int]:
    return claim.start, claim.end
