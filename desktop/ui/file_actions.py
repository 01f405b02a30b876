"""The File menu: workspaces (new, open, save as, recent), import, print and export, quit.

A workspace is one SQLite file and every change is committed as it is made, so there is no Save;
Save As copies the workspace and carries on in the copy. Printing and PDF come from `ui.printing`,
the sheet's content from the workspace; this module only asks where to put things.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop.model import Source
from desktop.ui.actions import make_action
from desktop.ui.bridge import WorkspaceBridge
from desktop.ui.chart_host import ChartHost
from desktop.ui.exporting import ExportRunner
from desktop.ui.importing import ImportController, ImportProgress
from desktop.ui.plain import plain_message
from desktop.ui.settings import WindowSettings
from desktop.workspace import FILE_DIALOG_FILTER, Workspace, without_password

log = logging.getLogger(__name__)
WORKSPACE_FILTER = "Evidence Desk workspaces (*.sqlite *.db);;All files (*)"


class FileActions(QObject):
    """File menu actions. GUI thread only."""

    workspace_opened = Signal(str)

    def __init__(
        self,
        bridge: WorkspaceBridge,
        settings: WindowSettings,
        importer: ImportController,
        window: QWidget,
        selected_groups: Callable[[], list[int]],
        chart: ChartHost,
        export_progress: ImportProgress,
    ) -> None:
        super().__init__(window)
        self.bridge, self.settings, self.importer, self.window = bridge, settings, importer, window
        self.selected_groups, self.chart = selected_groups, chart
        self.exporter = ExportRunner(export_progress, self)
        self.exporter.failed.connect(self._on_exporter_failed)
        act = partial(make_action, self)
        Key = QKeySequence.StandardKey
        self.new = act("&New workspace…", Key.New, self.new_workspace)
        self.open = act("&Open workspace…", Key.Open, self.open_workspace_dialog)
        self.save_as = act("Save workspace &as…", Key.SaveAs, self.save_as_dialog)
        self.recent_menu = QMenu("Open &recent", window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.import_ = act("&Import articles…", "Ctrl+I", self.import_dialog)
        self.print_ = act("&Print…", Key.Print, self.print_sheet)
        self.preview = act("Print pre&view…", "Ctrl+Shift+P", self.preview_sheet)
        self.export_pdf = act("Export sheet as P&DF…", "", self.export_pdf_dialog)
        self.export_html = act("Export sheet as &HTML…", "", self.export_html_dialog)
        self.export_csv = act("Export sheet as &CSV…", "", self.export_csv_dialog)
        self.export_json = act("Export comparison as &JSON…", "", self.export_json_dialog)
        self.export_chart = act("Export c&hart…", "", self.export_chart_dialog)
        self.sheet_selected = act("Sheet for selected groups…", "", self.preview_selected)
        self.quit = act("&Quit", Key.Quit, window.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def export_actions(self) -> list[QAction]:
        return [
            self.export_pdf,
            self.export_html,
            self.export_csv,
            self.export_json,
            self.export_chart,
        ]

    # ---------------------------------------------------------------- workspaces

    def _ask_save(self, caption: str, suggested: str, filters: str) -> str:
        start = str(Path(self.settings.q.value("paths/last", str(Path.home()))) / suggested)
        path, _ = QFileDialog.getSaveFileName(self.window, caption, start, filters)
        if path:
            self.settings.q.setValue("paths/last", str(Path(path).parent))
        return path

    def new_workspace(self) -> None:
        path = self._ask_save("New workspace", "comparison.sqlite", WORKSPACE_FILTER)
        if path:
            Path(path).unlink(missing_ok=True)
            self.open_workspace(path)

    def open_workspace_dialog(self) -> None:
        start = self.settings.q.value("paths/last", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open workspace", start, WORKSPACE_FILTER
        )
        if path:
            self.open_workspace(path)

    def open_workspace(self, url: str) -> bool:
        """Switch the window to another workspace (a file path or a database URL)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = Workspace(url)
        except Exception as error:
            log.exception("could not open %s", url)
            text = f"Could not open {without_password(url)}:\n{error}"
            plain_message(QMessageBox.Icon.Warning, "Open workspace", text, self.window).exec()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        # an import or export still running on the old workspace stops here (what it imported
        # stays there); the switch waits only for the file in hand, not for the whole batch
        self.importer.cancel()
        self.exporter.cancel()
        self.bridge.replace_workspace(workspace)
        self.settings.set_last_workspace(workspace.url)
        self.workspace_opened.emit(workspace.url)
        return True

    def save_as_dialog(self) -> None:
        path = self._ask_save(
            "Save workspace as", f"{self.bridge.workspace.name}.sqlite", WORKSPACE_FILTER
        )
        if path:
            self.save_workspace_as(path)

    def save_workspace_as(self, target: str) -> None:
        workspace = self.bridge.workspace
        self.bridge.run(lambda *_: workspace.save_as(target), self._on_saved_as)

    def _on_saved_as(self, copy: Workspace) -> None:
        self.bridge.replace_workspace(copy)
        self.settings.set_last_workspace(copy.url)
        self.workspace_opened.emit(copy.url)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_workspaces()
        for url in recent:
            label = url.removeprefix("sqlite:///")
            action = self.recent_menu.addAction(label)
            action.setEnabled(url != self.bridge.workspace.url)
            action.triggered.connect(lambda _=False, u=url: self.open_workspace(u))
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear list", self.settings.clear_recent)

    # ---------------------------------------------------------------- import

    def import_dialog(self) -> None:
        start = self.settings.q.value("paths/import", str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Import articles", start, FILE_DIALOG_FILTER
        )
        if paths:
            self.settings.q.setValue("paths/import", str(Path(paths[0]).parent))
            self.importer.import_sources([Source(origin=p) for p in paths])

    # ---------------------------------------------------------------- print and export

    @staticmethod
    def _printing():
        from desktop.ui import printing  # imported on first use: start-up does not wait for it

        return printing

    def print_sheet(self) -> None:
        """The print dialog here; the pages are painted on the exporter's thread."""
        printing = self._printing()
        sheet = self.bridge.workspace.sheet()
        printer = printing.choose_printer(self.window, sheet)
        if printer is None:
            return
        name = printer.printerName() or printer.outputFileName()
        self.exporter.run(
            "Printing",
            lambda progress, cancel: printing.paint_sheet(printer, sheet, progress, cancel),
            lambda _: f"Sent the comparison sheet to {name}",
        )

    def preview_sheet(self, group_ids: list[int] | None = None) -> None:
        sheet = self.bridge.workspace.sheet(group_ids or None)
        self._printing().preview_sheet(self.window, sheet)

    def preview_selected(self) -> None:
        self.preview_sheet(self.selected_groups() or None)

    def _export(
        self, caption: str, suffix: str, filters: str, write: Callable[[Path], None]
    ) -> None:
        path = self._ask_save(caption, f"{self.bridge.workspace.name}{suffix}", filters)
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write(Path(path))
        except Exception as error:
            log.exception("export to %s failed", path)
            text = f"Could not write {path}:\n{error}"
            plain_message(QMessageBox.Icon.Warning, caption, text, self.window).exec()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def export_pdf_dialog(self) -> None:
        path = self._ask_save("Export PDF", f"{self.bridge.workspace.name}.pdf", "PDF (*.pdf)")
        if path:
            self.export_pdf_to(path)

    def export_pdf_to(self, path: str) -> bool:
        """Build and write the sheet as a PDF on the exporter's thread (progress, Cancel)."""
        printing, workspace = self._printing(), self.bridge.workspace

        def job(progress, cancel) -> int:
            return printing.render_pdf(workspace.sheet(), path, progress=progress, cancel=cancel)

        return self.exporter.run(
            "Exporting PDF", job, lambda pages: f"Exported {pages} pages to {path}"
        )

    def _on_exporter_failed(self, what: str, error: BaseException) -> None:
        text = f"{what} failed:\n{error}"
        box = plain_message(QMessageBox.Icon.Warning, "Evidence Desk", text, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def export_html_dialog(self) -> None:
        self._export(
            "Export HTML", ".html", "HTML (*.html)",
            lambda p: p.write_text(self.bridge.workspace.sheet_html(), encoding="utf-8"),
        )  # fmt: skip

    def export_csv_dialog(self) -> None:
        self._export(
            "Export CSV", ".csv", "CSV (*.csv)",
            lambda p: p.write_text(self.bridge.workspace.sheet_csv(), encoding="utf-8"),
        )  # fmt: skip

    def export_json_dialog(self) -> None:
        self._export("Export JSON", ".json", "JSON (*.json)", self.write_json)

    def write_json(self, path: Path) -> None:
        data = json.dumps(self.bridge.workspace.export(), ensure_ascii=False, indent=1)
        path.write_text(data, encoding="utf-8")

    def export_chart_dialog(self) -> None:
        def write(path: Path) -> None:
            if path.suffix.lower() == ".svg":
                self.chart.export_svg(str(path))
            else:
                self.chart.export_png(str(path if path.suffix else path.with_suffix(".png")))

        self._export("Export chart", ".png", "PNG image (*.png);;SVG drawing (*.svg)", write)
