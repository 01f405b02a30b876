"""The side-by-side strip: one `ArticlePane` per shown article, scrolling sideways past the edge.

The strip owns pane order and visibility, draws every figure by group and by the shared selection,
and scrolls linked figures into view. It reads the bridge's snapshot; edits it asks for go out as
signals (`figure_dropped`, `order_changed`, `pane_menu_requested`) to whoever composes the window.
New panes are built in small batches on the event loop, so a large import never freezes the window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from desktop.model import ArticleRow, Changes, Claim, Snapshot
from desktop.ui.article_pane import ArticlePane
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.highlights import Look
from desktop.ui.pane_header import PANE_MIME
from desktop.ui.selection import FigureSelection

PANE_MIN_WIDTH = 250  # px, at the least; panes are sized to hold READABLE_CHARS a line
READABLE_CHARS = 46  # a pane narrower than ~45 characters a line reads like a newspaper column
_BUILD_BUDGET_S = 0.012  # per event-loop turn while building new panes: painting needs the rest


class _Row(QWidget):
    """The strip's content: panes in a row; takes pane drops to reorder them."""

    pane_dropped = Signal(int, int)  # dragged article, article it was dropped on

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 8, 8, 8)
        self.row.setSpacing(8)

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
    """Article panes side by side. GUI thread only."""

    figure_dropped = Signal(int, int)  # dragged claim, target claim
    order_changed = Signal(list)  # article ids, the new order
    hidden_changed = Signal(set)  # article ids hidden
    pane_menu_requested = Signal(int, QPoint)  # article id, global position
    built = Signal()  # every article of the snapshot has its pane

    def __init__(
        self, bridge: WorkspaceBridge, selection: FigureSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.selection = selection
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._row = _Row()
        self._row.pane_dropped.connect(self._on_pane_dropped)
        self.setWidget(self._row)
        self.panes: dict[int, ArticlePane] = {}
        self.order: list[int] = []
        self.hidden: set[int] = set()
        self._snap = Snapshot()  # the snapshot shown
        self._claims_of: dict[int, list[Claim]] = {}  # its figures by article, to fill panes
        self._to_build: list[int] = []
        self._builder = QTimer(self, singleShot=True, interval=0)
        self._builder.timeout.connect(self._build_some)
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
        margins, gap = 16, self._row.row.spacing()
        room = max(self.viewport().width() - margins, least)
        n = max(1, min((room + gap) // (least + gap), len(self.visible_order()) or 1))
        return (room - gap * (n - 1)) // n

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._size_panes()

    def _size_panes(self) -> None:
        width = self.pane_width()
        for pane in self.panes.values():
            pane.setMinimumWidth(width)

    # ---------------------------------------------------------------- public

    @property
    def building(self) -> bool:
        """Whether panes are still being built for the last snapshot."""
        return bool(self._to_build)

    def visible_order(self) -> list[int]:
        return [a for a in self.order if a not in self.hidden]

    def set_hidden(self, hidden: set[int]) -> None:
        """Hide the panes of these articles (they stay in the workspace)."""
        hidden = set(hidden)
        if hidden == self.hidden:
            return
        self.hidden = hidden
        for aid, pane in self.panes.items():
            pane.setVisible(aid not in hidden)
        self._size_panes()
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
        """Every shown figure, pane by pane, in text order (for next/previous figure)."""
        out: list[int] = []
        for aid in self.visible_order():
            if aid in self.panes:
                out.extend(self.panes[aid].claim_ids())
        return out

    def reload(self) -> None:
        """Show the snapshot: panes added, updated or dropped; figures redrawn."""
        snap = self._snap = self.bridge.snapshot()
        self._claims_of = {}
        for c in snap.claims:
            self._claims_of.setdefault(c.article, []).append(c)
        ids = [a.id for a in snap.articles]
        for gone in set(self.panes) - set(ids):
            self.panes.pop(gone).deleteLater()
        self.order = ids
        self._to_build = [a for a in ids if a not in self.panes]
        for article in snap.articles:
            if article.id in self.panes:
                self._fill(self.panes[article.id], article)
        self._arrange()
        if self._to_build:
            self._builder.start()  # next event-loop turn: other views refresh first
        else:
            self.built.emit()

    # ---------------------------------------------------------------- building

    def _build_some(self) -> None:
        articles = {a.id: a for a in self._snap.articles}
        start = time.perf_counter()
        while self._to_build and time.perf_counter() - start < _BUILD_BUDGET_S:
            aid = self._to_build.pop(0)
            if aid not in articles or aid in self.panes:
                continue
            pane = ArticlePane(articles[aid], self._row)
            pane.setMinimumWidth(self.pane_width())
            pane.setVisible(aid not in self.hidden)
            pane.text.figure_clicked.connect(self._on_figure_clicked)
            pane.text.figure_dropped.connect(self.figure_dropped)
            pane.header.move_requested.connect(lambda step, a=aid: self.move(a, step))
            pane.header.hide_requested.connect(lambda a=aid: self.set_shown(a, False))
            pane.header.menu_requested.connect(
                lambda pos, p=pane: self.pane_menu_requested.emit(
                    p.article_id, p.header.mapToGlobal(pos)
                )
            )
            self.panes[aid] = pane
            self._fill(pane, articles[aid])
        self._arrange()
        if self._to_build:
            self._builder.start()
        else:
            self.built.emit()

    def _fill(self, pane: ArticlePane, article: ArticleRow) -> None:
        pane.set_article(article)
        claims = self._claims_of.get(article.id, [])
        groups = {c.id: g for c in claims if (g := self._snap.group_of(c.id)) is not None}
        pane.set_claims(claims, groups)
        pane.set_looks({c.id: self._look(c.id) for c in claims})

    def _arrange(self) -> None:
        layout = self._row.row
        while layout.count():
            layout.takeAt(0)
        for aid in self.order:
            if aid in self.panes:
                layout.addWidget(self.panes[aid], 1)

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

    def _reveal_selection(self, origin: object) -> None:
        """Scroll each pane to the picked figure, or else to its first figure of the group in
        focus; bring the pane of the picked figure (or the first such pane) into view."""
        picked = set(self.selection.claims)
        focus = set(picked)
        linked = next((g for g in self._snap.groups if g.id == self.selection.group), None)
        if linked is not None:
            focus |= set(linked.claims)
        first_pane = picked_pane = None
        for aid in self.visible_order():
            pane = self.panes.get(aid)
            if pane is None:
                continue
            ids = pane.claim_ids()
            mine = [c for c in ids if c in picked] or [c for c in ids if c in focus]
            if not mine:
                continue
            first_pane = first_pane or pane
            if picked_pane is None and mine[0] in picked:
                picked_pane = pane
            if origin is not pane:
                pane.reveal(mine[-1] if mine[-1] in picked else mine[0])
        shown = picked_pane or first_pane
        if shown is not None and not isinstance(origin, ArticlePane):
            self.ensureWidgetVisible(shown, 0, 0)

    # ---------------------------------------------------------------- slots

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
        if changes.articles or not changes or self._to_build:
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
        rows = {a.id: a for a in snap.articles}
        for aid in articles:
            if aid in self.panes and aid in rows:
                self._fill(self.panes[aid], rows[aid])

    def _on_workspace_replaced(self, _workspace: object) -> None:
        for pane in self.panes.values():
            pane.deleteLater()
        self.panes.clear()
        self.order = []
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
