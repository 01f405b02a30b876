"""Comparison sheets on paper: PDF, print and print preview, all painted by `paint_sheet`.

Pages are laid out here, not by QTextDocument.print_: each piece of the sheet (the title, the
source list, each group's heading with its chart, each figure's row) is measured first, then
placed page by page, so a group never breaks across pages unless it is longer than one, every
page carries the running header and "page N of M", and a long group repeats its table heading.
Text is set in QTextDocuments laid out on the printer itself; the chart is `sheet_chart`. What
the sheet says (`Sheet`) comes from the workspace. GUI thread only (QPrinter, QTextDocument).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from desktop.model import Sheet, SheetRow, SheetSection
from desktop.ui.sheet_chart import draw_group_chart, draw_marker, marker_image

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 14, 16, 14)
STATUS = {  # text first; the shade only repeats it
    "diverging": ("≠ DIVERGING", "#111111", "#ffffff"),
    "changing over time": ("↗ CHANGING OVER TIME", "#555555", "#ffffff"),
    "agreeing": ("= AGREEING", "#dddddd", "#111111"),
    "single": ("ONE SOURCE", "#dddddd", "#111111"),
}
_SANS, _SERIF = "DejaVu Sans", "DejaVu Serif"
_RULE, _MUTED = QColor("#9a9a9a"), QColor("#444444")
_PAD = 3  # table cell padding, in CSS px (QTextDocument scales it to the printer)
_ROW_COLUMNS = (6, 19, 53, 22)  # percent: source, figure, in context, citation


# --------------------------------------------------------------------------- public API


def render_pdf(
    sheet: Sheet, path: str | os.PathLike[str], *, paper: str = "a4", landscape: bool = False
) -> int:
    """Write the sheet as a PDF on A4 or Letter paper; returns the number of pages."""
    return _render_pdf(sheet, Path(path), paper, landscape)


def _render_pdf(sheet: Sheet, target: Path, paper: str, landscape: bool) -> int:
    if paper.lower() not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    part = target.with_name(target.name + ".part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(part))
    printer.setPageSize(QPageSize(PAPERS[paper.lower()]))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageOrientation(orientation)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    _describe(printer, sheet)
    pages = _paint(printer, sheet)
    os.replace(part, target)  # never a half-written PDF under the chosen name
    return pages


def paint_sheet(printer: QPrinter, sheet: Sheet) -> None:
    """Paint the sheet on `printer` as it is set up (paper, orientation, copies, page range)."""
    _paint(printer, sheet)


def print_sheet(parent: QWidget | None, sheet: Sheet) -> bool:
    """Ask for a printer in the print dialog and print there; False when the user cancels."""
    return _print_sheet(parent, sheet)


def _print_sheet(parent: QWidget | None, sheet: Sheet) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # referenced until printed
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    _describe(printer, sheet)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print comparison sheet")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _paint(printer, sheet)
    return True


def preview_sheet(parent: QWidget | None, sheet: Sheet) -> None:
    """Show the sheet in a print preview, from which it can also be printed."""
    _preview_sheet(parent, sheet)


def _preview_sheet(parent: QWidget | None, sheet: Sheet) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the dialog doesn't own it
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    _describe(printer, sheet)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print preview — comparison sheet")
    dialog.paintRequested.connect(lambda p: _paint(p, sheet))
    dialog.exec()


# --------------------------------------------------------------------------- layout


@dataclass
class _Slice:
    """One row of a table document: its top and bottom there, and its source's number."""

    doc: QTextDocument
    top: float
    bottom: float
    number: int


@dataclass
class _Piece:
    """Something placed on a page: its height and how to paint it with its top at y."""

    height: float
    paint: Callable[[QPainter, float], None]
    keep_with_next: bool = False
    slice: _Slice | None = None


@dataclass
class _Block:
    """Pieces that stay on one page when they fit there; `repeat` heads a continuation page."""

    pieces: list[_Piece]
    repeat: Callable[[], list[_Piece]] | None = None

    @property
    def height(self) -> float:
        return sum(p.height for p in self.pieces)


class _Page:
    """Sizes on one printer, in its device pixels."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.dpi = printer.resolution()
        rect = printer.pageLayout().paintRectPixels(self.dpi)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.pt = self.dpi / 72.0
        self.header = 16 * self.pt  # running header band
        self.footer = 16 * self.pt
        self.top, self.bottom = self.header, self.height - self.footer
        self.gap = 14 * self.pt
        self._markers: dict[int, str] | None = None
        # Text is laid out at the screen's dpi, where Qt sets it fast (on the printer's own
        # 1200 dpi each document takes five times as long), and painted scaled up.
        screen = QGuiApplication.primaryScreen()
        self.base_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        self.scale = self.dpi / self.base_dpi

    def markers(self, sheet: Sheet) -> dict[int, str]:
        """Each source's marker as a PNG data: URI, made once per painting."""
        if self._markers is None:
            self._markers = {s.number: _data_uri(marker_image(s.number)) for s in sheet.sources}
        return self._markers

    def height_of(self, doc: QTextDocument) -> float:
        """A laid-out document's height on the page."""
        return doc.size().height() * self.scale

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4


def _paint(printer: QPrinter, sheet: Sheet) -> int:
    return _paint_pages(printer, sheet)


def _paint_pages(printer: QPrinter, sheet: Sheet) -> int:
    page = _Page(printer)
    pages = _paginate(page, _blocks(page, sheet))
    first, last = 1, len(pages)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or last, last)
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.outputFileName() or printer.printerName()}")
    try:
        started = False
        for _ in range(copies):
            for number in range(first, last + 1):
                if started:
                    printer.newPage()
                started = True
                _frame(painter, page, sheet, number, len(pages))
                _paint_placed(painter, page, pages[number - 1])
    finally:
        painter.end()
    return len(pages)


def _paginate(page: _Page, blocks: Sequence[_Block]) -> list[list[tuple[float, _Piece]]]:
    pages: list[list[tuple[float, _Piece]]] = [[]]
    y = page.top
    room = page.bottom - page.top
    for block in blocks:
        if pages[-1] and y + block.height > page.bottom:
            head = sum(p.height for p in block.pieces[:3])
            if block.height <= room or y + head > page.bottom:
                pages.append([])
                y = page.top
        for i, piece in enumerate(block.pieces):
            follow = (
                block.pieces[i + 1].height
                if piece.keep_with_next and i + 1 < len(block.pieces)
                else 0
            )
            if pages[-1] and y + piece.height + follow > page.bottom:
                pages.append([])
                y = page.top
                for extra in block.repeat() if block.repeat and i > 0 else []:
                    pages[-1].append((y, extra))
                    y += extra.height
            pages[-1].append((y, piece))
            y += piece.height
        y += page.gap
    return pages


def _frame(painter: QPainter, page: _Page, sheet: Sheet, number: int, total: int) -> None:
    """The running header and the footer of one page."""
    painter.save()
    font = QFont(_SANS)
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(_MUTED)
    line = 9 * page.pt
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    middle = Qt.AlignmentFlag.AlignVCenter
    head = QRectF(0, 0, page.width, line)
    painter.drawText(head, left | middle, f"Evidence Desk · comparison sheet · {sheet.workspace}")
    painter.drawText(head, right | middle, f"printed {_day(sheet.printed)}")
    painter.setPen(QPen(_RULE, 0.5 * page.pt))
    painter.drawLine(QPointF(0, line + 2 * page.pt), QPointF(page.width, line + 2 * page.pt))
    foot_y = page.height - line
    painter.drawLine(QPointF(0, foot_y - 2 * page.pt), QPointF(page.width, foot_y - 2 * page.pt))
    painter.setPen(_MUTED)
    foot = QRectF(0, foot_y, page.width, line)
    painter.drawText(
        foot, left | middle, "¶ = paragraph of the source; chars = offsets in its text"
    )
    painter.drawText(foot, right | middle, f"page {number} of {total}")
    painter.restore()


# --------------------------------------------------------------------------- pieces


def _blocks(page: _Page, sheet: Sheet) -> list[_Block]:
    numbers = {s.article: s.number for s in sheet.sources}
    blocks = [_Block([_doc_piece(page, _title_html(sheet), page.width)])]
    blocks.append(_Block([_doc_piece(page, _sources_html(sheet), page.width, sheet)]))
    for section in sheet.sections:
        blocks.append(_section_block(page, sheet, section, numbers))
    if sheet.with_appendix:
        heading = _doc_piece(
            page, _heading_html("Appendix: figures no other source reports"), page.width
        )
        heading.keep_with_next = True
        if sheet.appendix:
            table = _table_pieces(page, sheet, sheet.appendix)
            blocks.append(_Block([heading, *table()], repeat=lambda: table()[:1]))
        else:
            blocks.append(_Block([heading, _doc_piece(page, "<p>None.</p>", page.width)]))
    return blocks


def _section_block(
    page: _Page, sheet: Sheet, section: SheetSection, numbers: dict[int, int]
) -> _Block:
    chart_w = min(page.mm(78), page.width * 0.42)
    text_w = page.width - chart_w - page.mm(5)
    head = _document(page, _section_html(section), text_w, sheet)
    chart_h = page.mm(34)
    height = max(page.height_of(head), chart_h) + page.mm(2)

    def paint_head(painter: QPainter, y: float) -> None:
        painter.setPen(QPen(QColor("#111111"), 1.0 * page.pt))
        painter.drawLine(QPointF(0, y), QPointF(page.width, y))
        _draw_doc(painter, page, head, 0, y + page.mm(1))
        rect = QRectF(page.width - chart_w, y + page.mm(1.5), chart_w, chart_h)
        draw_group_chart(painter, rect, section.rows, numbers, page.pt, (section.min, section.max))

    table = _table_pieces(page, sheet, section.rows)
    first = _Piece(height + page.mm(1), paint_head, keep_with_next=True)

    def repeat() -> list[_Piece]:
        cont = _doc_piece(
            page, _heading_html(f"{section.label} (continued)", small=True), page.width
        )
        return [cont, table()[0]]

    return _Block([first, *table()], repeat=repeat)


def _table_pieces(
    page: _Page, sheet: Sheet, rows: Sequence[SheetRow]
) -> Callable[[], list[_Piece]]:
    """The figures' table cut at its rows: the heading row first, then one piece per figure."""
    doc = _document(page, _rows_html(sheet, rows), page.width)
    tops = _row_tops(doc, page)
    tops.append(page.height_of(doc))
    numbers = [0] + [_number(sheet, r) for r in rows]
    pieces: list[_Piece] = []
    for r in range(len(tops) - 1):
        cut = _Slice(doc, tops[r], tops[r + 1], numbers[r] if r < len(numbers) else 0)
        pieces.append(
            _Piece(
                cut.bottom - cut.top,
                lambda p, y, cut=cut: _paint_slices(p, page, y, [cut]),
                keep_with_next=r == 0,
                slice=cut,
            )
        )
    return lambda: list(pieces)


def _number(sheet: Sheet, row: SheetRow) -> int:
    source = sheet.source(row.article)
    return source.number if source else 0


def _paint_slices(painter: QPainter, page: _Page, y: float, cuts: Sequence[_Slice]) -> None:
    """Paint consecutive rows of one table (one drawContents call), their rules and markers."""
    doc, top, bottom = cuts[0].doc, cuts[0].top, cuts[-1].bottom
    painter.save()
    painter.translate(0, y - top)
    painter.save()
    painter.scale(page.scale, page.scale)
    clip = QRectF(0, top / page.scale, page.width / page.scale, (bottom - top) / page.scale)
    painter.setClipRect(clip)
    doc.drawContents(painter, clip)
    painter.restore()
    pad = _PAD * page.dpi / 96.0
    for cut in cuts:
        heading = cut.number == 0
        painter.setPen(QPen(QColor("#111111") if heading else _RULE, 0.5 * page.pt))
        painter.drawLine(QPointF(0, cut.bottom), QPointF(page.width, cut.bottom))
        if not heading:
            centre = QPointF(pad + 2.4 * page.pt, cut.top + pad + 4.6 * page.pt)
            draw_marker(painter, cut.number, centre, 2.2 * page.pt)
    painter.restore()


def _paint_placed(painter: QPainter, page: _Page, placed: Sequence[tuple[float, _Piece]]) -> None:
    """Paint one page's pieces; runs of rows from the same table go in one call (much faster)."""
    i = 0
    while i < len(placed):
        y, piece = placed[i]
        if piece.slice is None:
            piece.paint(painter, y)
            i += 1
            continue
        j = i
        while j + 1 < len(placed):
            (y0, a), (y1, b) = placed[j], placed[j + 1]
            if b.slice is None or b.slice.doc is not a.slice.doc or b.slice.top != a.slice.bottom:
                break
            if abs(y1 - (y0 + a.height)) > 0.5:
                break
            j += 1
        _paint_slices(painter, page, y, [p.slice for _, p in placed[i : j + 1]])
        i = j + 1


def _row_tops(doc: QTextDocument, page: _Page) -> list[float]:
    """Where each row of the document's (only) table begins, in the document's coordinates."""
    layout = doc.documentLayout()
    pad = _PAD * page.base_dpi / 96.0  # CSS px, in the document's own units
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    table = cursor.currentTable()
    if table is None:
        return [0.0]
    tops = [0.0]
    for r in range(1, table.rows()):
        block = table.cellAt(r, 0).firstCursorPosition().block()
        tops.append((layout.blockBoundingRect(block).top() - pad) * page.scale)
    return tops


def _doc_piece(page: _Page, html: str, width: float, sheet: Sheet | None = None) -> _Piece:
    doc = _document(page, html, width, sheet)
    return _Piece(page.height_of(doc), lambda painter, y: _draw_doc(painter, page, doc, 0, y))


def _document(page: _Page, html: str, width: float, sheet: Sheet | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setUseDesignMetrics(True)  # laid out at screen dpi, painted scaled to the printer's
    font = QFont(_SERIF)
    font.setPointSizeF(8.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(_CSS)
    if sheet is not None:  # markers as data: URIs; addResource(QImage) drops a ref to None
        for number, uri in page.markers(sheet).items():
            html = html.replace(f'src="marker:{number}"', f'src="{uri}"')
    doc.setHtml(html)
    doc.setTextWidth(width / page.scale)
    return doc


def _data_uri(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return "data:image/png;base64," + bytes(data.toBase64()).decode("ascii")


def _draw_doc(painter: QPainter, page: _Page, doc: QTextDocument, x: float, y: float) -> None:
    painter.save()
    painter.translate(x, y)
    painter.scale(page.scale, page.scale)
    doc.drawContents(painter, QRectF(0, 0, doc.textWidth(), doc.size().height()))
    painter.restore()


def _describe(printer: QPrinter, sheet: Sheet) -> None:
    printer.setDocName(f"Comparison sheet — {sheet.workspace}")
    printer.setCreator("Evidence Desk")


# --------------------------------------------------------------------------- text


_CSS = f"""
p {{ margin: 0; }}
.h {{ font-family: '{_SANS}'; }}
.small {{ font-family: '{_SANS}'; font-size: 7pt; color: #444444; }}
.cite {{ font-family: '{_SANS}'; font-size: 7pt; color: #222222; }}
th {{ font-family: '{_SANS}'; font-size: 7pt; font-weight: bold; color: #333333;
      text-align: left; }}
"""


def _day(d: date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else "—"


def _title_html(sheet: Sheet) -> str:
    figures = sum(len(s.rows) for s in sheet.sections)
    diverging = sum(1 for s in sheet.sections if s.status in ("diverging", "changing over time"))
    return (
        f'<p class="h" style="font-size:20pt; font-weight:bold">Comparison sheet</p>'
        f'<p class="h" style="font-size:12pt; margin-top:2pt">{escape(sheet.workspace)}</p>'
        f'<p class="small" style="margin-top:4pt">Printed {_day(sheet.printed)} · '
        f"{len(sheet.sources)} sources · {len(sheet.sections)} groups of figures, "
        f"{diverging} diverging · {figures} figures compared</p>"
        f'<p style="margin-top:8pt">Each group gathers figures that measure the same quantity in '
        f"different sources, most divergent first. Every figure is quoted in its sentence and "
        f"cited "
        f"to its place in the source: paragraph (¶) and character offsets in the source text. "
        f"In the charts each source has its own marker; a bar marks a range, a capped line an "
        f"approximate figure (±10%), an arrow up “more than”, an arrow down “less than”; the "
        f"shaded "
        f"band is the group’s minimum to maximum.</p>"
    )


def _sources_html(sheet: Sheet) -> str:
    rows = "".join(
        f'<tr><td width="4%"><img src="marker:{s.number}" width="10" height="10"></td>'
        f'<td width="4%" class="h">[{s.number}]</td>'
        f'<td width="14%" class="h">{escape(s.outlet or "—")}</td>'
        f'<td width="44%">{escape(s.title)}</td>'
        f'<td width="12%" class="cite">{_day(s.published)}</td>'
        f'<td width="22%" class="cite">{escape(s.origin)}</td></tr>'
        for s in sheet.sources
    )
    return (
        _heading_html("Sources") + f'<table width="100%" cellspacing="0" cellpadding="{_PAD}">'
        "<tr><th></th><th>#</th><th>Outlet</th><th>Title</th><th>Published</th>"
        f"<th>File or URL</th></tr>{rows}</table>"
    )


def _heading_html(text: str, *, small: bool = False) -> str:
    size = "9pt" if small else "12pt"
    return (
        f'<p class="h" style="font-size:{size}; font-weight:bold; margin-top:2pt; '
        f'margin-bottom:4pt">{escape(text)}</p>'
    )


def _section_html(section: SheetSection) -> str:
    text, back, ink = STATUS.get(section.status, (section.status.upper(), "#dddddd", "#111111"))
    sources = len({r.article for r in section.rows})
    apart = f" · {section.spread:.1f}× apart" if section.spread > 1.05 else ""
    slips = sum(1 for r in section.rows if r.slip)
    notes = [f"{slips} suspected slip{'s' if slips > 1 else ''}"] if slips else []
    if section.suggested:
        notes.append("suggested link, not yet confirmed")
    elif section.confirmed:
        notes.append("link confirmed by hand")
    return (
        f'<p class="h" style="font-size:12.5pt; font-weight:bold">{escape(section.label)}</p>'
        f'<p class="h" style="margin-top:4pt; font-size:8pt">'
        f'<span style="background-color:{back}; color:{ink}; font-weight:bold">'
        f"&nbsp;{escape(text)}&nbsp;</span></p>"
        f'<p class="h" style="margin-top:5pt; font-size:9pt">Figures range '
        f"<b>{escape(section.range_text)}</b>{apart}</p>"
        f'<p class="small" style="margin-top:2pt">{sources} sources · {len(section.rows)} figures'
        f"{' · ' + ' · '.join(notes) if notes else ''}</p>"
    )


def _rows_html(sheet: Sheet, rows: Sequence[SheetRow]) -> str:
    w = _ROW_COLUMNS
    head = (
        f'<tr><th width="{w[0]}%">#</th><th width="{w[1]}%">Figure · value</th>'
        f'<th width="{w[2]}%">In context</th><th width="{w[3]}%">Citation</th></tr>'
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{_PAD}">{head}'
        + "".join(_row_html(sheet, r) for r in rows)
        + "</table>"
    )


def _row_html(sheet: Sheet, row: SheetRow) -> str:
    source = sheet.source(row.article)
    number = source.number if source else 0
    a, b = row.emphasis
    s = row.sentence
    sentence = f"{escape(s[:a])}<b>{escape(s[a:b])}</b>{escape(s[b:])}"
    said = [f"said by {escape(row.speaker)}"] if row.speaker else []
    if row.as_of:
        said.append(f"as of {_day(row.as_of)}")
    said_html = f'<br><span class="small">{" · ".join(said)}</span>' if said else ""
    slip = (
        '<br><span class="h" style="font-size:7pt; font-weight:bold">⚠ SUSPECTED SLIP</span>'
        if row.slip
        else ""
    )
    return (
        f'<tr><td><span class="h" style="font-size:7.5pt">{"&nbsp;" * 4}[{number}]</span></td>'
        f'<td><b>{escape(row.figure)}</b><br><span class="h" style="font-size:8pt">'
        f"{escape(row.value_text)}</span>{slip}</td>"
        f"<td>{sentence}{said_html}</td>"
        f'<td class="cite">{escape(row.source)}<br>'
        f"¶{row.paragraph}, chars {row.start}–{row.end}</td></tr>"
    )
