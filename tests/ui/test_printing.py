"""Comparison sheets on paper: the PDF read back, paper sizes, the CLI, and a real CUPS queue."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget
from window_fixtures import choose_printer, when_modal

from desktop.model import Sheet, Source
from desktop.ui.printing import paint_sheet, preview_sheet, print_sheet, render_pdf
from desktop.workspace import Workspace

PdfText = Callable[[Path | str], str]


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path]) -> Sheet:
    path = tmp_path_factory.mktemp("printing") / "seeds.sqlite"
    workspace = Workspace(f"sqlite:///{path}")
    try:
        workspace.import_sources([Source(origin=str(p)) for p in seed_files])
        return workspace.sheet(appendix=True)
    finally:
        workspace.close()


def _pdfinfo(path: Path) -> dict[str, str]:
    exe = shutil.which("pdfinfo")
    if exe is None:
        pytest.skip("needs pdfinfo (Debian package poppler-utils)")
    out = subprocess.run([exe, str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _assert_sheet_text(text: str, sheet: Sheet) -> None:
    flat = _squash(text)
    for source in sheet.sources:  # titles wrap across lines in their cell: check by words
        assert source.outlet in flat
        words = source.title.split()[:4]
        assert all(w in flat for w in words), source.title
    at = 0
    for section in sheet.sections:
        found = flat.find(section.label, at)
        assert found >= 0, f"group {section.label!r} missing or out of order"
        at = found
        if section.status != "diverging":
            continue
        for row in section.rows:  # the diverging groups' figures, in order
            found = flat.find(row.value_text, at)
            assert found >= 0, f"{row.value_text!r} of {section.label!r} missing or out of order"
            at = found


def test_pdf_holds_every_source_group_and_figure(
    qapp: QApplication, sheet: Sheet, tmp_path: Path, pdftext: PdfText
) -> None:
    out = tmp_path / "sheet.pdf"
    pages = render_pdf(sheet, out)
    info = _pdfinfo(out)
    assert int(info["Pages"]) == pages
    assert (
        2 <= pages <= 8
    )  # five groups, five sources and an appendix: a few pages, not one per row
    assert "A4" in info["Page size"]
    text = pdftext(out)
    _assert_sheet_text(text, sheet)
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert text.count("comparison sheet · " + sheet.workspace) == pages  # running header
    assert "DIVERGING" in text and "AGREEING" in text
    for section in sheet.sections:
        for row in section.rows:
            assert f"chars {row.start}–{row.end}" in text
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    ("paper", "landscape", "size"),
    [
        ("a4", False, "595 x 842"),
        ("letter", False, "612 x 792"),
        ("a4", True, "842 x 595"),
        ("letter", True, "792 x 612"),
    ],
)
def test_paper_and_orientation(
    qapp: QApplication, sheet: Sheet, tmp_path: Path, paper: str, landscape: bool, size: str
) -> None:
    out = tmp_path / "sheet.pdf"
    pages = render_pdf(sheet, out, paper=paper, landscape=landscape)
    info = _pdfinfo(out)
    assert info["Page size"].startswith(size) and int(info["Pages"]) == pages


def test_a_group_is_not_split_across_pages(
    qapp: QApplication, sheet: Sheet, tmp_path: Path, pdftext: PdfText
) -> None:
    out = tmp_path / "sheet.pdf"
    pages = render_pdf(sheet, out, paper="letter", landscape=True)
    page_texts = _squash(pdftext(out)).split("\f")[:pages]
    for section in sheet.sections:
        holding = [n for n, t in enumerate(page_texts) if section.label in t]
        assert holding, section.label
        first = page_texts[holding[0]]
        for row in section.rows:  # every citation of the group on the page its heading is on
            assert f"chars {row.start}–{row.end}" in first, (section.label, row.citation)


def test_a_long_group_continues_on_the_next_page(
    qapp: QApplication, sheet: Sheet, tmp_path: Path, pdftext: PdfText
) -> None:
    section = sheet.sections[0]
    long = Sheet(
        sheet.workspace,
        date(2024, 1, 2),
        sheet.sources,
        (section.__class__(**{**section.__dict__, "rows": section.rows * 12}),),
    )
    out = tmp_path / "long.pdf"
    pages = render_pdf(long, out)
    assert pages >= 2
    text = pdftext(out)
    assert f"{section.label} (continued)" in _squash(text)
    assert _squash(text).count(section.rows[0].citation.split(", ¶")[1]) >= 12


def test_cli_sheet_writes_pdf_html_and_csv(
    tmp_path: Path, seed_files: list[Path], repo_root: Path, pdftext: PdfText
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "sheet",
            *map(str, seed_files),
            "--db",
            f"sqlite:///{tmp_path}/ws.sqlite",
            "--pdf",
            str(out / "s.pdf"),
            "--html",
            str(out / "s.html"),
            "--csv",
            str(out / "s.csv"),
            "--paper",
            "letter",
            "--landscape",
            "--appendix",
            "--title",
            "Kabul airlift: who counted what",
        ],
        cwd=repo_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert _pdfinfo(out / "s.pdf")["Page size"].startswith("792 x 612")
    assert "Appendix" in pdftext(out / "s.pdf")
    assert "Kabul airlift: who counted what" in pdftext(out / "s.pdf")
    assert "ws" not in pdftext(out / "s.pdf").split()  # the title, not the workspace's file name
    html = (out / "s.html").read_text(encoding="utf-8")
    assert "<!DOCTYPE html>" in html and "Kabul airlift: who counted what" in html
    assert (out / "s.csv").read_text(encoding="utf-8").startswith("group_id,group_label,status")


def test_print_to_a_cups_queue(
    qapp: QApplication, sheet: Sheet, cups_jobs, pdftext: PdfText
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups_jobs.printer)
    assert printer.printerName() == cups_jobs.printer  # an unknown name is silently ignored
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setCopyCount(2)
    paint_sheet(printer, sheet)
    job = cups_jobs.next_job()
    _assert_sheet_text(pdftext(job), sheet)
    opts = job.with_suffix(".opts").read_text()
    assert "landscape" in opts and "media=Letter" in opts and "copies=2" in opts


def test_print_through_the_dialog(qtbot, sheet: Sheet, cups_jobs, pdftext: PdfText) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def drive_dialog(dialog) -> None:
        seen["type"] = type(dialog).__name__
        seen["printer"] = choose_printer(dialog, cups_jobs.printer)
        dialog.accept()

    when_modal(drive_dialog)
    assert print_sheet(parent, sheet) is True
    assert seen == {"type": "QPrintDialog", "printer": cups_jobs.printer}
    _assert_sheet_text(pdftext(cups_jobs.next_job()), sheet)


def test_cancelled_print_dialog_prints_nothing(
    qtbot, sheet: Sheet, cups_jobs, pdftext: PdfText
) -> None:
    def cancel(dialog) -> None:
        choose_printer(dialog, cups_jobs.printer)  # the queue it would have gone to
        dialog.reject()

    when_modal(cancel)
    assert print_sheet(None, sheet) is False
    # a marker job sent afterwards is the queue's next job: nothing was queued before it
    marker = QTextDocument("after the cancelled print")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups_jobs.printer)
    marker.print_(printer)
    assert "after the cancelled print" in pdftext(cups_jobs.next_job())


def test_preview_paints_the_sheet(qtbot, sheet: Sheet, monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[int] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:  # show it as exec() would, then close it
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0)
        pages.append(preview.pageCount())
        dialog.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    preview_sheet(None, sheet)
    assert pages and pages[0] >= 2


def test_every_source_has_a_marker_of_its_own(qapp) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPainter

    from desktop.ui.sheet_chart import draw_marker

    drawn = set()
    for number in range(1, 21):  # six shapes, filled then hollow, then numbered
        image = QImage(48, 48, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        draw_marker(painter, number, QPointF(24, 24), 9.0)
        painter.end()
        drawn.add(bytes(image.constBits()))
    assert len(drawn) == 20


def test_the_printed_sheet_says_who_confirmed_a_group(
    qapp: QApplication, tmp_path: Path, seed_files: list[Path], pdftext: PdfText
) -> None:
    """A teammate's confirm reaches paper by name; groups nobody confirmed say nothing of it."""
    url = f"sqlite:///{tmp_path}/team.sqlite"
    maria = Workspace(url, author="Maria")
    try:
        maria.import_sources([Source(origin=str(p)) for p in seed_files])
        sam = Workspace(url, author="Sam")
        try:
            group = max(sam.group_rows(), key=lambda g: len(g.claims))
            assert sam.confirm(group.id, seen=sam.snapshot())
        finally:
            sam.close()
        sheet = maria.sheet()
    finally:
        maria.close()
    out = tmp_path / "sheet.pdf"
    render_pdf(sheet, out)
    text = _squash(pdftext(out))
    assert text.count("confirmed by Sam") == 1
    assert "confirmed by Maria" not in text
