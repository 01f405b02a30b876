"""The main window: composes the panes, docks, menus, actions, shortcuts and their connections.

It computes nothing: panes, groups, importing, editing and files each live in their own module,
and talk to the workspace only through the `WorkspaceBridge` made here.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop.model import (
    Changes,
    Conflict,
    ConnectionLost,
    EditConflict,
    Source,
    UnreadableInput,
)
from desktop.ui.actions import add_items, make_action
from desktop.ui.activity import ActivityPanel, GroupActivityTips
from desktop.ui.articles_panel import ArticleListModel, ArticlesPanel
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.chart_dock import ChartTitleBar
from desktop.ui.chart_host import ChartHost
from desktop.ui.connect_dialog import ConnectDialog, ask_author
from desktop.ui.dialogs import ABOUT_HTML, ShortcutsDialog
from desktop.ui.drops import DropArea, sources_from_mime
from desktop.ui.editing import EditingActions
from desktop.ui.empty_state import EmptyState
from desktop.ui.figures import article_name, counts_text
from desktop.ui.figures_table import FiguresPanel
from desktop.ui.file_actions import FileActions
from desktop.ui.groups_panel import GroupsPanel
from desktop.ui.importing import ImportController, ImportProblemsPanel, ImportProgress
from desktop.ui.live import LiveUpdates
from desktop.ui.navigation import Navigator
from desktop.ui.pane_strip import PaneStrip
from desktop.ui.plain import menu_text, plain_label, plain_message
from desktop.ui.selection import FigureSelection
from desktop.ui.settings import WindowSettings
from desktop.ui.statement_selection import StatementSelection
from desktop.ui.statements_panel import StatementsPanel
from desktop.workspace import Workspace, default_author

log = logging.getLogger(__name__)

CHART_LEAVES_PANES = 420  # px of pane height kept readable when the chart dock is sized
STATEMENTS_HEIGHT = 330  # px the statements dock opens to when a quote is picked
STATEMENTS_LEAVE_PANES = 300  # px of pane height it leaves
PANES_MENU_MAX = 30  # articles listed in View > Panes; the Articles list holds them all


FIRST_SIZE = QSize(1600, 960)  # a first run's window, made smaller to fit a smaller screen


def _first_size(available: QSize) -> QSize:
    """A first run's window size: FIRST_SIZE, within the screen's free area (a laptop's 1280 ×
    720 screen gets a window that fits it, not one that runs off its bottom and right)."""
    return FIRST_SIZE.boundedTo(available) if available.isValid() else FIRST_SIZE


class MainWindow(QMainWindow):
    """Evidence Desk's window on one workspace. GUI thread only."""

    def __init__(self, workspace: Workspace, settings: WindowSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or WindowSettings()
        if self.settings.author():
            workspace.author = self.settings.author()
        self.bridge = WorkspaceBridge(workspace, self)
        self.selection = FigureSelection(self.bridge, self)
        self.statements = StatementSelection(self.bridge, self)
        self.undo_stack = QUndoStack(self)
        self._article_target: int | None = None
        self._build_views()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        if geometry := self.settings.geometry():
            self.restoreGeometry(geometry)
        else:
            self.resize(_first_size(self.screen().availableGeometry().size()))
        state = self.settings.state()
        if state:
            self.restoreState(state)
        # a new session starts with no import problems: their tab does not cover the chart
        self.problems_dock.hide()
        self.chart_dock.raise_()
        self._needs_first_layout = not state  # a first run: `_first_layout` sizes the docks
        self.bridge.reload()

    # ---------------------------------------------------------------- composition

    def _build_views(self) -> None:
        self.strip = PaneStrip(self.bridge, self.selection)
        self.strip.attach_statements(self.statements)
        self.empty = EmptyState()
        self.drop_area = DropArea(self.strip, self.empty, self)
        self.setCentralWidget(self.drop_area)
        self.groups_panel = GroupsPanel(self.bridge, self.selection)
        self.articles_model = ArticleListModel(self)
        self.articles_panel = ArticlesPanel(self.articles_model)
        self.problems = ImportProblemsPanel()
        self.figures = FiguresPanel(self.bridge, self.selection)
        self.chart = ChartHost()  # the chart itself (pyqtgraph) comes after the first paint
        self.progress = ImportProgress()
        self.export_progress = ImportProgress()
        self.importer = ImportController(self.bridge, self.progress, self)
        self.activity = ActivityPanel(self.bridge)
        self.statements_panel = StatementsPanel(
            self.bridge, self.statements, lambda operation: self.editing.perform(operation)
        )
        self.live = LiveUpdates(self.bridge, self)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.groups_dock = self._dock("Groups", "GroupsDock", self.groups_panel, left)
        self.articles_dock = self._dock("Articles", "ArticlesDock", self.articles_panel, left)
        self.tabifyDockWidget(self.groups_dock, self.articles_dock)
        self.groups_dock.raise_()
        self.chart_dock = self._dock("Chart", "ChartDock", self.chart, bottom)
        self.chart_bar = ChartTitleBar(self.chart_dock, self.chart)
        self.chart_dock.setTitleBarWidget(self.chart_bar)
        self.figures_dock = self._dock("Figures", "FiguresDock", self.figures, bottom)
        self.tabifyDockWidget(self.chart_dock, self.figures_dock)
        self.problems_dock = self._dock("Import problems", "ProblemsDock", self.problems, bottom)
        self.tabifyDockWidget(self.chart_dock, self.problems_dock)
        self.activity_dock = self._dock("Activity", "ActivityDock", self.activity, bottom)
        self.tabifyDockWidget(self.chart_dock, self.activity_dock)
        self.statements_dock = self._dock(
            "Statements", "StatementsDock", self.statements_panel, bottom
        )
        self.tabifyDockWidget(self.chart_dock, self.statements_dock)
        self.chart_dock.raise_()
        self.problems_dock.hide()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._needs_first_layout:
            self._needs_first_layout = False
            QTimer.singleShot(0, self._first_layout)
        self._chart_loader.start()

    def _load_chart_when_idle(self) -> None:
        """Build the chart once the panes are up and drawn, so the window shows without it."""
        if self.strip.building:
            return  # the strip's `built` starts the timer again
        if self.chart_dock.isVisible():
            self.chart.load()

    def _on_strip_built(self) -> None:
        if self.chart.panel is None and self.isVisible():
            self._chart_loader.start()

    def _on_chart_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self.isVisible() and self.chart.panel is None:
            self._chart_loader.start()

    def _first_layout(self) -> None:
        """Dock sizes for a first run (later runs restore the user's), in proportion to the
        window: the groups beside the panes at 36 % of its width (300–580 px, so that two panes
        of 45 characters a line fit beside them at 1280 × 720), the chart under them at ~38 %
        of its height, leaving the panes at least 420 px."""
        width = max(self.groups_panel.minimumWidth(), min(580, int(self.width() * 0.36)))
        self.resizeDocks([self.groups_dock], [width], Qt.Orientation.Horizontal)
        room = self.centralWidget().height() + self.chart_dock.height()
        height = max(240, min(int(self.height() * 0.38), room - CHART_LEAVES_PANES))
        self.resizeDocks([self.chart_dock], [height], Qt.Orientation.Vertical)

    def _build_actions(self) -> None:
        self.editing = EditingActions(
            self.bridge, self.undo_stack, self.selection, self.groups_panel, self
        )
        self.editing.article_target = self.target_article
        self.editing.statement_rename = self.statements_panel.rename_while_focused
        # Rename group… follows the focus into the Statements dock (until the window closes)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.navigator = Navigator(self.bridge, self.selection, self.strip, self)
        self.files = FileActions(
            self.bridge, self.settings, self.importer, self,
            self.groups_panel.selected_groups, self.chart, self.export_progress,
        )  # fmt: skip
        act, key = partial(make_action, self), QKeySequence.StandardKey
        self.paste = act("&Paste as new article", key.Paste, self.paste_clipboard)
        self.find = act("&Find figures and groups", key.Find, self._on_find)
        self.show_all = act("Show &all panes", "", lambda: self.strip.set_hidden(set()))
        self.shortcuts = act("&Keyboard shortcuts", key.HelpContents, self.show_shortcuts)
        self.connect_team = act("&Connect to team workspace…", "", self.connect_team_workspace)
        self.your_name = act("Your &name in team workspaces…", "", self.ask_your_name)
        self.about = act(
            "&About Evidence Desk", "",
            lambda: QMessageBox.about(self, "About Evidence Desk", ABOUT_HTML),
        )  # fmt: skip
        self.groups_panel.set_context_actions(
            [self.editing.rename, self.editing.confirm, self.editing.accept, self.editing.reject,
             None, self.editing.merge, self.editing.split, self.editing.unlink, None,
             self.files.sheet_selected]
        )  # fmt: skip

    def _build_menus(self) -> None:
        bar = self.menuBar()
        add_items(bar.addMenu("&File"), [
            self.files.new, self.files.open, self.files.recent_menu, self.connect_team,
            self.files.save_as, None, self.your_name, None,
            self.files.import_, None, self.files.print_, self.files.preview,
            *self.files.export_actions(), None, self.files.quit,
        ])  # fmt: skip
        editing = self.editing.actions()
        add_items(bar.addMenu("&Edit"), [*editing[:3], self.paste, self.find, None, *editing[3:]])
        view = bar.addMenu("&View")
        self.panes_menu = view.addMenu("&Panes")
        self.panes_menu.aboutToShow.connect(self._fill_panes_menu)
        docks = [
            self.groups_dock, self.articles_dock, self.chart_dock, self.figures_dock,
            self.problems_dock, self.activity_dock, self.statements_dock,
        ]  # fmt: skip
        add_items(view, [
            None, *self.navigator.actions(), None, *(d.toggleViewAction() for d in docks),
        ])  # fmt: skip
        add_items(bar.addMenu("&Help"), [self.shortcuts, self.about])

    def _build_toolbar(self) -> None:
        bar = QToolBar("Toolbar", self)
        bar.setObjectName("MainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_items(bar, [
            self.files.import_, None, self.editing.undo, self.editing.redo, None,
            self.editing.link, self.editing.unlink, self.editing.merge, None,
            self.navigator.previous_group, self.navigator.next_group,
        ])  # fmt: skip
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts = QLabel(self)
        self.counts.setObjectName("Counts")
        status.addWidget(self.counts)
        self.message = plain_label(QLabel(self))
        self.message.setObjectName("StatusMessage")
        status.addWidget(self.message, 1)
        self._message_timer = QTimer(self, singleShot=True, interval=10_000)
        self._message_timer.timeout.connect(self.message.clear)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.export_progress)
        self.problems_button = QToolButton(self)
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self._show_problems)
        self.problems_button.hide()
        status.addPermanentWidget(self.problems_button)
        self.connection_note = plain_label(QLabel(self))  # while a server is out of reach
        self.connection_note.setObjectName("ConnectionNote")
        self.connection_note.hide()
        status.addWidget(self.connection_note, 2)

    def _connect(self) -> None:
        b = self.bridge
        b.changed.connect(self._on_workspace_changed)
        b.workspace_replaced.connect(self._on_workspace_replaced)
        b.failed.connect(self._on_bridge_failed)
        b.conflicted.connect(self._on_bridge_conflicted)
        b.refused.connect(self._on_bridge_refused)
        self.live.connection_lost.connect(self._on_live_connection_lost)
        self.live.connection_restored.connect(self._on_live_connection_restored)
        self.group_tips = GroupActivityTips(b, self.groups_panel.view)
        self.drop_area.sources_dropped.connect(self.importer.import_sources)
        self.empty.import_requested.connect(self.files.import_dialog)
        self.importer.problems_found.connect(self._on_import_problems)
        self.importer.message.connect(self.say)
        self.files.exporter.finished.connect(self.say)
        self.figures.exported.connect(self.say)
        self.strip.figure_dropped.connect(self.editing.link_claims)
        self.strip.order_changed.connect(self._on_strip_order_changed)
        self.strip.hidden_changed.connect(self._on_strip_hidden_changed)
        self.strip.pane_menu_requested.connect(self._on_pane_menu)
        self.articles_model.shown_changed.connect(self.strip.set_shown)
        self.articles_panel.show_all_requested.connect(self._on_show_all)
        self.articles_panel.article_activated.connect(self.editing.edit_target_article)
        self.selection.changed.connect(self._on_selection_changed)
        self.statements.changed.connect(self._on_statements_changed)
        self.files.workspace_opened.connect(self._on_files_workspace_opened)
        self.chart.claim_activated.connect(
            lambda c: self.selection.select_claim(c, origin=self.chart)
        )
        self.chart.group_activated.connect(
            lambda g: self.selection.select_group(g, origin=self.chart)
        )
        # after the panes are painted: importing pyqtgraph holds the GUI thread for ~0.4 s
        self._chart_loader = QTimer(self, singleShot=True, interval=150)
        self._chart_loader.timeout.connect(self._load_chart_when_idle)
        self.strip.built.connect(self._on_strip_built)
        self.chart_dock.visibilityChanged.connect(self._on_chart_dock_visibility_changed)
        self.figures_dock.visibilityChanged.connect(self.figures.set_shown)

    # ---------------------------------------------------------------- public

    @Slot(str)
    def _on_files_workspace_opened(self, _url: str) -> None:
        self.undo_stack.clear()
        if self.bridge.workspace.needs_reanalysis():
            self.importer.bring_up_to_date()  # an earlier version's workspace: read it again

    def import_paths(self, paths: list[str]) -> None:
        """Import files, folders or URLs (as from the command line)."""
        self.importer.import_sources([Source(origin=str(p)) for p in paths])

    def paste_clipboard(self) -> None:
        """Clipboard text, HTML or a URL becomes a new article, as if dropped."""
        sources = sources_from_mime(QApplication.clipboard().mimeData())
        if sources:
            self.importer.import_sources(sources)
        else:
            self.say("Nothing to paste: copy text, HTML or a web address")

    def say(self, text: str) -> None:
        """A passing message in the status bar, beside the counts."""
        self.message.setText(f"  {text}")
        self._message_timer.start()

    def import_problems_text(self) -> str:
        return self.problems.text()

    def target_article(self) -> int | None:
        """The article an article action means: the pane asked about, the picked figure's, …"""
        snap = self.bridge.snapshot()
        known = {a.id for a in snap.articles}
        claim = snap.claim(self.selection.claim) if self.selection.claim else None
        for candidate in (
            self._article_target,
            claim.article if claim else None,
            self.articles_panel.current_article(),
            next(iter(self.strip.visible_order()), None),
        ):
            if candidate in known:
                return candidate
        return None

    def show_shortcuts(self) -> None:
        actions = [a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()]
        dialog = ShortcutsDialog(sorted(set(actions), key=lambda a: a.text()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # ---------------------------------------------------------------- slots

    def _on_workspace_changed(self, changes: Changes, initiator: object) -> None:
        snap = self.bridge.snapshot()
        self.counts.setText(counts_text(snap))
        self.drop_area.show_content(bool(snap.articles))
        if changes.articles or not self.articles_model.rows or initiator is None:
            self.articles_model.set_rows(list(snap.articles), self.strip.order, self.strip.hidden)
        self.chart.set_snapshot(snap)
        self.chart.set_pane_order(self.strip.visible_order())

    def _on_workspace_replaced(self, workspace: Workspace) -> None:
        if self.settings.author():
            workspace.author = self.settings.author()
        self.setWindowTitle(f"{workspace.name} — Evidence Desk")
        self.settings.set_last_workspace(workspace.url)
        self.undo_stack.clear()
        self.strip.set_hidden(self.settings.hidden_panes(workspace.url))
        self._on_workspace_changed(Changes(), None)
        group = self.settings.selected_group(workspace.url)
        if group is not None and any(g.id == group for g in self.bridge.snapshot().groups):
            QTimer.singleShot(0, lambda: self.selection.select_group(group, origin=self))

    def _on_selection_changed(self, origin: object) -> None:
        if origin is not self.chart:
            self.chart.show_group(self.selection.group)
        self.settings.set_selected_group(self.bridge.workspace.url, self.selection.group)

    def _on_statements_changed(self, origin: object) -> None:
        if origin is not self.statements and self.statements.focused():
            self.statements_dock.show()  # a quote picked in a pane: its versions side by side
            self.statements_dock.raise_()
            room = self.centralWidget().height() + self.statements_dock.height()
            wanted = min(STATEMENTS_HEIGHT, room - STATEMENTS_LEAVE_PANES)
            if self.statements_dock.height() < wanted:  # room for five versions, not two
                self.resizeDocks([self.statements_dock], [wanted], Qt.Orientation.Vertical)

    def _on_strip_order_changed(self, order: list[int]) -> None:
        self.bridge.reorder_articles(order, initiator=self.strip)
        self.chart.set_pane_order(self.strip.visible_order())

    def _on_strip_hidden_changed(self, hidden: set[int]) -> None:
        self.articles_model.set_hidden(hidden)
        self.settings.set_hidden_panes(self.bridge.workspace.url, hidden)
        self.chart.set_pane_order(self.strip.visible_order())

    def _on_show_all(self, shown: bool) -> None:
        self.strip.set_hidden(set() if shown else set(self.strip.order))

    def _on_pane_menu(self, article: int, pos: QPoint) -> None:
        self._article_target = article
        menu = QMenu(self)
        menu.addAction("Edit article…", lambda: self.editing.edit_target_article(article))
        menu.addAction("Move left", lambda: self.strip.move(article, -1))
        menu.addAction("Move right", lambda: self.strip.move(article, 1))
        menu.addAction("Hide pane", lambda: self.strip.set_shown(article, False))
        menu.addSeparator()
        menu.addAction("Remove article", lambda: self.editing.remove_target_article(article))
        menu.exec(pos)
        menu.deleteLater()
        self._article_target = None

    def _fill_panes_menu(self) -> None:
        self.panes_menu.clear()
        self.panes_menu.addAction(self.show_all)
        self.panes_menu.addSeparator()
        rows = self.articles_model.rows
        for row in rows[:PANES_MENU_MAX]:
            action = self.panes_menu.addAction(menu_text(article_name(row)))
            action.setCheckable(True)
            action.setChecked(row.id not in self.strip.hidden)
            action.toggled.connect(lambda on, a=row.id: self.strip.set_shown(a, on))
        if len(rows) > PANES_MENU_MAX:  # a menu of a thousand entries helps nobody
            self.panes_menu.addSeparator()
            self.panes_menu.addAction(f"All {len(rows):,} articles…", self._show_articles)

    def _show_articles(self) -> None:
        self.articles_dock.show()
        self.articles_dock.raise_()

    def _on_import_problems(self, problems: list[UnreadableInput]) -> None:
        self.problems.add(problems)
        count = self.problems.count()
        self.problems_button.setText(f"{count} input{'s' if count != 1 else ''} refused ▸")
        self.problems_button.show()
        self._show_problems()

    def _show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()

    def _on_find(self) -> None:
        self.groups_dock.show()
        self.groups_dock.raise_()
        self.groups_panel.search.setFocus()
        self.groups_panel.search.selectAll()

    def _on_bridge_failed(self, error: BaseException) -> None:
        """The one place that words an unexpected error."""
        log.error("workspace job failed", exc_info=(type(error), error, error.__traceback__))
        if isinstance(error, ConnectionLost):  # the transaction was rolled back: nothing half done
            text = (
                f"Not done: the connection to the team workspace broke ({error.reason}); "
                "nothing of the edit was made."
            )
        elif isinstance(error, EditConflict):  # the undo history stays as it was
            text = (
                "The workspace changed underneath this edit, so it was not made; "
                f"the undo history is unchanged.\n\n{error}"
            )
        else:
            text = f"Something went wrong: {error}"
        self.say(text.splitlines()[0])
        box = plain_message(QMessageBox.Icon.Warning, "Evidence Desk", text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    def _on_bridge_conflicted(self, conflict: Conflict) -> None:
        """Someone changed what an edit was about: the rows are shown anew; say who and what."""
        self._tell(conflict.message, "Someone else changed this")

    def _on_bridge_refused(self, text: str) -> None:
        self._tell(text, "Not connected")

    def _on_live_connection_lost(self, text: str) -> None:
        self.connection_note.setText(f"  {text}")
        self.connection_note.show()
        self._tell(text, "Connection lost")

    def _on_live_connection_restored(self) -> None:
        self.connection_note.hide()
        self.say("Connected again: showing what changed meanwhile; edits are allowed again")

    def connect_team_workspace(self) -> None:
        """File > Connect to team workspace…: an address, a password used once, never kept."""
        dialog = ConnectDialog(self.settings.recent_team_workspaces(), self)
        try:
            if dialog.exec() != ConnectDialog.DialogCode.Accepted:
                return
            url = dialog.url()
        finally:
            dialog.deleteLater()
        self.files.open_workspace(url)

    def ask_your_name(self) -> None:
        name = ask_author(self.settings.author(), default_author(), self)
        if name is not None:
            self.settings.set_author(name)
            self.bridge.workspace.author = name or default_author()

    def _tell(self, text: str, title: str) -> None:
        """A passing message that also stays in a non-modal box (plain text, never rich)."""
        self.say(text)
        box = plain_message(QMessageBox.Icon.Information, title, text, parent=self)
        box.setObjectName("TeamMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    def _on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if self.statements_panel.in_list(old) or self.statements_panel.in_list(now):
            self.editing.update_enabled()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
        self.importer.cancel()
        self.files.exporter.shutdown()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_last_workspace(self.bridge.workspace.url)
        self.settings.sync()
        self.live.stop()
        self.bridge.shutdown()
        super().closeEvent(event)
