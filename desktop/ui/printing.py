"""Comparison sheets on paper: PDF, print and print preview, all painted by `paint_sheet`.

Pages are laid out here, not by QTextDocument.print_: each piece of the sheet (the title, each
source's row, each group's heading with its chart, each figure's row) is measured first, then
placed page by page, so a group never breaks across pages unless it is longer than one, every
page carries the running header and "page N of M", and a long table repeats its heading row.
Each piece's text is one QTextLayout (a table row's cells are columns of one layout, shaped and
drawn in one call), measured once and painted as measured: no HTML and no QTextDocument, whose
parsing and layout took most of the time of a long sheet. The chart is `sheet_chart`. What the
sheet says (`Sheet`) comes from the workspace. GUI thread only (QPrinter, QTextLayout).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from desktop.model import (
    SHEET_CREATOR,
    SHEET_TITLE,
    STATEMENTS_HEADING,
    STATEMENTS_INTRO,
    STATEMENTS_LEGEND,
    VERSION_HEADINGS,
    Cancelled,
    Progress,
    Sheet,
    SheetRow,
    SheetSection,
    SheetStatementSection,
    SheetVersion,
    outlet_name,
    silent_progress,
    statement_notes,
)
from desktop.ui.sheet_chart import draw_group_chart, draw_marker

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
_PAD = 2.25  # table cell padding, in points
_ROW_COLUMNS = (6, 19, 53, 22)  # percent: source, figure, in context, citation
_VERSION_COLUMNS = (6, 72, 22)  # percent: source, the version's words, citation
_SOURCE_COLUMNS = (4, 4, 14, 44, 12, 22)  # marker, number, outlet, title, published, origin


# --------------------------------------------------------------------------- public API


def render_pdf(
    sheet: Sheet,
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    landscape: bool = False,
    progress: Progress = silent_progress,
    cancel: threading.Event | None = None,
) -> int:
    """Write the sheet as a PDF on A4 or Letter paper; returns the number of pages. Safe on a
    worker thread (it paints on a QPrinter, no widget); `cancel` stops it (Cancelled) and leaves
    no file behind."""
    if paper.lower() not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    target = Path(path)
    part = target.with_name(target.name + ".part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(part))
    printer.setPageSize(QPageSize(PAPERS[paper.lower()]))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageOrientation(orientation)
    _prepare(printer, sheet)
    try:
        pages = _paint(printer, sheet, progress, cancel)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, target)  # never a half-written PDF under the chosen name
    return pages


def paint_sheet(
    printer: QPrinter,
    sheet: Sheet,
    progress: Progress = silent_progress,
    cancel: threading.Event | None = None,
) -> None:
    """Paint the sheet on `printer` as it is set up (paper, orientation, copies, page range);
    may run on a worker thread. Cancelled (and the job aborted) when `cancel` is set."""
    _paint(printer, sheet, progress, cancel)


def render_pdf_headless(
    sheet: Sheet, path: str | os.PathLike[str], *, paper: str = "a4", landscape: bool = False
) -> int:
    """render_pdf from a terminal: makes the Qt application it needs, offscreen with no display."""
    from PySide6.QtWidgets import QApplication

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["evidence-desk"])
    try:
        return render_pdf(sheet, path, paper=paper, landscape=landscape)
    finally:
        del app


def print_sheet(parent: QWidget | None, sheet: Sheet) -> bool:
    """Ask for a printer in the print dialog and print there; False when the user cancels."""
    printer = choose_printer(parent, sheet)
    if printer is None:
        return False
    _paint(printer, sheet)
    return True


def choose_printer(parent: QWidget | None, sheet: Sheet) -> QPrinter | None:
    """The printer the user picks in the print dialog, set up for the sheet; None if cancelled.
    (The window then paints on it off the GUI thread with `paint_sheet`.)"""
    printer = _prepare(QPrinter(QPrinter.PrinterMode.HighResolution), sheet)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print comparison sheet")
    try:
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def preview_sheet(parent: QWidget | None, sheet: Sheet) -> None:
    """Show the sheet in a print preview, from which it can also be printed."""
    printer = _prepare(QPrinter(QPrinter.PrinterMode.HighResolution), sheet)  # not the dialog's
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print preview — comparison sheet")
    dialog.paintRequested.connect(lambda p: _paint(p, sheet))
    dialog.exec()


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Style:
    """How a paragraph is set: family, size in points, weight, ink and a background shade."""

    family: str = _SERIF
    size: float = 8.5
    bold: bool = False
    ink: str = "#111111"
    back: str = ""
    italic: bool = False
    underline: bool = False


_BODY = _Style()
_FIGURE = _Style(bold=True)
_VALUE = _Style(_SANS, 8)
_NUMBER = _Style(_SANS, 7.5)
_SANS_BODY = _Style(_SANS)
_SMALL = _Style(_SANS, 7, ink="#444444")
_CITE = _Style(_SANS, 7, ink="#222222")
_TH = _Style(_SANS, 7, True, "#333333")
_SLIP = _Style(_SANS, 7, True)
_LABEL = _Style(_SANS, 12.5, True)
_RANGE = _Style(_SANS, 9)
_TITLE = _Style(_SANS, 20, True)
_SUBTITLE = _Style(_SANS, 12)
_HEADING = _Style(_SANS, 12, True)
_HEADING_SMALL = _Style(_SANS, 9, True)
_FRAME = _Style(_SANS, 7.5)
# a statement's words against the other versions (the one formatter, model.version_text, says
# where): common in plain type, dropped or added in italics underlined, changed in bold, shaded
_WORD_MARKS = {
    "partial": _Style(italic=True, underline=True, ink="#1d3f78"),
    "changed": _Style(bold=True, back="#ffe08a"),
}
_FLAG = _Style(_SANS, 7, True, "#8a1c00")


@dataclass(frozen=True)
class _Para:
    """A paragraph to set: its text, style, a bold span (Python string offsets) and space above."""

    text: str
    style: _Style = _BODY
    bold: tuple[int, int] | None = None
    above: float = 0.0  # points
    marks: tuple[tuple[int, int, _Style], ...] = ()  # styled spans (sorted, apart)


# One column of a flow: its left edge and width in device pixels, and the paragraphs in it.
_Cell = tuple[float, float, Sequence[_Para]]
_BREAK = "\u2028"  # QTextLayout's line separator: each paragraph starts a line of its own
_ORIGIN = QPointF(0.0, 0.0)


@dataclass
class _Piece:
    """Something placed on a page: its height and how to paint it with its top at y."""

    height: float
    paint: Callable[[QPainter, float], None]
    keep_with_next: bool = False


@dataclass
class _Block:
    """Pieces that stay on one page when they fit there; `repeat` heads a continuation page."""

    pieces: list[_Piece]
    repeat: Callable[[], list[_Piece]] | None = None

    @property
    def height(self) -> float:
        return sum(p.height for p in self.pieces)


class _Page:
    """Sizes, fonts and text layout on one printer, in its device pixels."""

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
        self.pad = _PAD * self.pt
        # Text is laid out at the screen's dpi, where the fonts of a layout's formats resolve
        # (on the printer they would keep the screen's size), with unhinted advances so that it
        # scales exactly, and painted scaled up to the printer's dpi.
        screen = QGuiApplication.primaryScreen()
        self.scale = self.dpi / (screen.logicalDotsPerInchY() if screen is not None else 96.0)
        self._option = QTextOption()
        self._option.setUseDesignMetrics(True)
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._fonts: dict[_Style, QFont] = {}
        self._formats: dict[_Style, QTextCharFormat] = {}
        self._bold: dict[_Style, _Style] = {}
        self._heads: dict[tuple[float, ...], _Piece] = {}

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, style: _Style) -> QFont:
        font = self._fonts.get(style)
        if font is None:
            font = self._fonts[style] = QFont(style.family)
            font.setPointSizeF(style.size)
            font.setBold(style.bold)
            font.setItalic(style.italic)
            font.setUnderline(style.underline)
        return font

    def _bolder(self, style: _Style) -> _Style:
        bold = self._bold.get(style)
        if bold is None:
            bold = self._bold[style] = replace(style, bold=True)
        return bold

    def _format(self, style: _Style) -> QTextCharFormat:
        fmt = self._formats.get(style)
        if fmt is None:
            fmt = self._formats[style] = QTextCharFormat()
            fmt.setFont(self.font(style))
            fmt.setForeground(QColor(style.ink))
            if style.back:
                fmt.setBackground(QColor(style.back))
        return fmt

    def flow(self, cells: Sequence[_Cell], top: float = 0.0) -> tuple[QTextLayout, float]:
        """Columns of paragraphs set as one QTextLayout: one shaping pass and one draw call.

        Each column's paragraphs stack from `top` down; returns the layout and the bottom of
        the longest column, in device pixels.
        """
        texts: list[str] = []
        formats: list[QTextLayout.FormatRange] = []
        starts: list[tuple[int, float, float, bool, float]] = []  # offset, x, width, first, above
        at = 0
        for x, width, paras in cells:
            for i, para in enumerate(paras):
                size = _utf16(para.text, len(para.text)) + 1  # with the separator after it
                spans = [(0, size, para.style)]
                if para.bold is not None:
                    lo, hi = _utf16(para.text, para.bold[0]), _utf16(para.text, para.bold[1])
                    bold = self._bolder(para.style)
                    spans = [(0, lo, para.style), (lo, hi, bold), (hi, size, para.style)]
                elif para.marks:
                    spans, edge = [], 0
                    for a, b, style in para.marks:
                        lo, hi = _utf16(para.text, a), _utf16(para.text, b)
                        spans += [(edge, lo, para.style), (lo, hi, style)]
                        edge = hi
                    spans.append((edge, size, para.style))
                for lo, hi, style in spans:
                    if hi > lo:
                        span = QTextLayout.FormatRange()
                        span.start, span.length, span.format = at + lo, hi - lo, self._format(style)
                        formats.append(span)
                starts.append((at, x, width, i == 0, para.above * self.pt))
                texts.append(para.text)
                at += size
        layout = QTextLayout(_BREAK.join(texts), self.font(_BODY))
        layout.setTextOption(self._option)
        layout.setFormats(formats)
        scale, bottom, y, k = self.scale, top, top, -1
        x = width = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            start = line.textStart()
            while k + 1 < len(starts) and starts[k + 1][0] <= start:
                k += 1
                _, x, width, first, above = starts[k]
                y = (top if first else y) + above
            line.setLineWidth(width / scale)
            line.setPosition(QPointF(x / scale, y / scale))
            y += line.height() * scale
            bottom = max(bottom, y)
        layout.endLayout()
        return layout, bottom

    def draw(self, painter: QPainter, layout: QTextLayout, y: float) -> None:
        """Paint a flow with its top at `y`."""
        painter.save()
        painter.translate(0.0, y)
        painter.scale(self.scale, self.scale)
        layout.draw(painter, _ORIGIN)
        painter.restore()

    def table_head(self, columns: tuple[float, ...], names: Sequence[str]) -> _Piece:
        """A table's heading row, set once per painting and reused on every page."""
        piece = self._heads.get(columns)
        if piece is None:
            cells = [[_Para(name, _TH)] if name else [] for name in names]
            piece = self._heads[columns] = _table_row(self, columns, cells, heading=True)
        return piece


def _utf16(text: str, index: int) -> int:
    """A Python string offset as QString counts it (UTF-16 code units)."""
    if text.isascii():
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def _text_piece(page: _Page, paras: Sequence[_Para], below: float = 0.0) -> _Piece:
    layout, height = page.flow([(0.0, page.width, paras)])
    return _Piece(height + below * page.pt, lambda painter, y: page.draw(painter, layout, y))


def _heading_piece(page: _Page, text: str, *, small: bool = False) -> _Piece:
    piece = _text_piece(page, [_Para(text, _HEADING_SMALL if small else _HEADING, above=2)], 4)
    piece.keep_with_next = True
    return piece


def _table_row(
    page: _Page,
    columns: tuple[float, ...],
    cells: Sequence[Sequence[_Para]],
    *,
    marker: int = 0,
    marker_x: float = 2.4,
    heading: bool = False,
) -> _Piece:
    """One row of a table: cells side by side, a rule below, the source's marker in column one."""
    pad, x = page.pad, 0.0
    placed: list[_Cell] = []
    for share, paras in zip(columns, cells, strict=True):
        width = page.width * share / 100
        if paras:
            placed.append((x + pad, width - 2 * pad, paras))
        x += width
    layout, bottom = page.flow(placed, pad)
    height = bottom + pad
    rule = QPen(QColor("#111111") if heading else _RULE, 0.5 * page.pt)

    def paint(painter: QPainter, y: float) -> None:
        page.draw(painter, layout, y)
        painter.setPen(rule)
        painter.drawLine(QPointF(0, y + height), QPointF(page.width, y + height))
        if marker:
            centre = QPointF(pad + marker_x * page.pt, y + pad + 4.6 * page.pt)
            draw_marker(painter, marker, centre, 2.2 * page.pt)

    return _Piece(height, paint, keep_with_next=heading)


def _paint(
    printer: QPrinter,
    sheet: Sheet,
    progress: Progress = silent_progress,
    cancel: threading.Event | None = None,
) -> int:
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
                if cancel is not None and cancel.is_set():
                    printer.abort()
                    raise Cancelled()
                progress(number - first, last - first + 1, f"page {number} of {last}")
                if started:
                    printer.newPage()
                started = True
                _frame(painter, page, sheet, number, len(pages))
                for y, piece in pages[number - 1]:
                    piece.paint(painter, y)
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
    painter.setFont(page.font(_FRAME))
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


def _prepare(printer: QPrinter, sheet: Sheet) -> QPrinter:
    """Give a printer the sheet's margins and name (last: after its output and paper are set)."""
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(f"{SHEET_TITLE} — {sheet.workspace}")
    printer.setCreator(SHEET_CREATOR)
    return printer


# --------------------------------------------------------------------------- pieces


def _blocks(page: _Page, sheet: Sheet) -> list[_Block]:
    numbers = {s.article: s.number for s in sheet.sources}
    blocks = [_Block([_text_piece(page, _title_paras(sheet))]), _sources_block(page, sheet)]
    for section in sheet.sections:
        blocks.append(_section_block(page, sheet, section, numbers))
    if sheet.statements:
        intro = _text_piece(page, [_Para(STATEMENTS_INTRO, above=2), _legend()], 4)
        heading = _heading_piece(page, STATEMENTS_HEADING)
        blocks.append(_Block([heading, intro]))
        blocks += [_statement_block(page, section) for section in sheet.statements]
    if sheet.with_appendix:
        heading = _heading_piece(page, "Appendix: figures no other source reports")
        if sheet.appendix:
            rows = [_figure_row(page, sheet, r) for r in sheet.appendix]
            blocks.append(
                _Block([heading, _figures_head(page), *rows], repeat=lambda: [_figures_head(page)])
            )
        else:
            blocks.append(_Block([heading, _text_piece(page, [_Para("None.")])]))
    return blocks


def _title_paras(sheet: Sheet) -> list[_Para]:
    figures = sum(len(s.rows) for s in sheet.sections)
    diverging = sum(1 for s in sheet.sections if s.status in ("diverging", "changing over time"))
    return [
        _Para(SHEET_TITLE, _TITLE),
        _Para(sheet.workspace, _SUBTITLE, above=2),
        _Para(
            f"Printed {_day(sheet.printed)} · {len(sheet.sources)} sources · "
            f"{len(sheet.sections)} groups of figures, {diverging} diverging · "
            f"{figures} figures compared",
            _SMALL,
            above=4,
        ),
        _Para(
            "Each group gathers figures that measure the same quantity in different sources, "
            "most divergent first. Every figure is quoted in its sentence and cited to its place "
            "in the source: paragraph (¶) and character offsets in the source text. In the charts "
            "each source has its own marker; a bar marks a range, a capped line an approximate "
            "figure (±10%), an arrow up “more than”, an arrow down “less than”; the shaded band "
            "is the group’s minimum to maximum.",
            above=8,
        ),
    ]


def _sources_block(page: _Page, sheet: Sheet) -> _Block:
    def head() -> _Piece:
        names = ("", "#", "Outlet", "Title", "Published", "File or URL")
        return page.table_head(_SOURCE_COLUMNS, names)

    rows = [
        _table_row(
            page,
            _SOURCE_COLUMNS,
            [
                [],
                [_Para(f"[{s.number}]", _SANS_BODY)],
                [_Para(outlet_name(s.outlet, s.origin) or "—", _SANS_BODY)],
                [_Para(s.title)],
                [_Para(_day(s.published), _CITE)],
                [_Para(s.origin, _CITE)],
            ],
            marker=s.number,
            marker_x=3.4,
        )
        for s in sheet.sources
    ]
    return _Block([_heading_piece(page, "Sources"), head(), *rows], repeat=lambda: [head()])


def _figures_head(page: _Page) -> _Piece:
    names = ("#", "Figure · value", "In context", "Citation")
    return page.table_head(_ROW_COLUMNS, names)


def _section_block(
    page: _Page, sheet: Sheet, section: SheetSection, numbers: dict[int, int]
) -> _Block:
    chart_w = min(page.mm(78), page.width * 0.42)
    chart_h = page.mm(34)
    text_w = page.width - chart_w - page.mm(5)
    head, text_h = page.flow([(0.0, text_w, _section_paras(section))], page.mm(1))
    height = max(text_h, chart_h + page.mm(1)) + page.mm(3)
    rule = QPen(QColor("#111111"), 1.0 * page.pt)

    def paint_head(painter: QPainter, y: float) -> None:
        painter.setPen(rule)
        painter.drawLine(QPointF(0, y), QPointF(page.width, y))
        page.draw(painter, head, y)
        rect = QRectF(page.width - chart_w, y + page.mm(1.5), chart_w, chart_h)
        draw_group_chart(painter, rect, section.rows, numbers, page.pt, (section.min, section.max))

    first = _Piece(height, paint_head, keep_with_next=True)
    rows = [_figure_row(page, sheet, r) for r in section.rows]

    def repeat() -> list[_Piece]:
        continued = _heading_piece(page, f"{section.label} (continued)", small=True)
        return [continued, _figures_head(page)]

    return _Block([first, _figures_head(page), *rows], repeat=repeat)


def _section_paras(section: SheetSection) -> list[_Para]:
    """The group's label, its status as a shaded badge, its range and its counts."""
    text, back, ink = STATUS.get(section.status, (section.status.upper(), "#dddddd", "#111111"))
    sources = len({r.article for r in section.rows})
    apart = f" · {section.apart}" if section.apart else ""
    slips = sum(1 for r in section.rows if r.slip)
    notes = [f"{slips} suspected slip{'s' if slips > 1 else ''}"] if slips else []
    if section.suggested:
        notes.append("suggested link, not yet confirmed")
    elif section.confirmed:
        who = getattr(section, "confirmed_by", "")  # a team workspace records who
        notes.append(f"confirmed by {who}" if who else "link confirmed by hand")
    start = len("Figures range ")
    return [
        _Para(section.label, _LABEL),
        _Para(f"\u00a0{text}\u00a0", _Style(_SANS, 8, True, ink, back), above=4),
        _Para(
            f"Figures range {section.range_text}{apart}",
            _RANGE,
            bold=(start, start + len(section.range_text)),
            above=5,
        ),
        _Para(
            f"{sources} sources · {len(section.rows)} figures" + "".join(f" · {n}" for n in notes),
            _SMALL,
            above=2,
        ),
    ]


def _figure_row(page: _Page, sheet: Sheet, row: SheetRow) -> _Piece:
    source = sheet.source(row.article)
    number = source.number if source else 0
    said = [f"said by {row.speaker}"] if row.speaker else []
    if row.as_of:
        said.append(f"as of {_day(row.as_of)}")
    figure = [_Para(row.figure, _FIGURE), _Para(row.value_text, _VALUE)]
    if row.slip:
        figure.append(_Para("⚠ SUSPECTED SLIP", _SLIP))
    context = [_Para(row.sentence, bold=row.emphasis)]
    if said:
        context.append(_Para(" · ".join(said), _SMALL))
    cells = [
        [_Para("\u00a0" * 4 + f"[{number}]", _NUMBER)],
        figure,
        context,
        [_Para(row.source, _CITE), _Para(f"¶{row.paragraph}, chars {row.start}–{row.end}", _CITE)],
    ]
    return _table_row(page, _ROW_COLUMNS, cells, marker=number)


def _legend() -> _Para:
    text, marks = "", []
    for words, mark in STATEMENTS_LEGEND:
        if mark in _WORD_MARKS:
            marks.append((len(text), len(text) + len(words), _WORD_MARKS[mark]))
        text += words
    return _Para(text, _SANS_BODY, above=3, marks=tuple(marks))


def _statement_block(page: _Page, section: SheetStatementSection) -> _Block:
    """A statement group: its label, why it holds, then each version with its words marked."""
    notes, why = statement_notes(section)
    head_paras = [
        _Para(section.label, _LABEL),
        _Para(notes, _SMALL, above=3),
        _Para(why, _SMALL, above=1),
    ]
    head, height = page.flow([(0.0, page.width, head_paras)], page.mm(1))
    rule = QPen(QColor("#111111"), 1.0 * page.pt)

    def paint_head(painter: QPainter, y: float) -> None:
        painter.setPen(rule)
        painter.drawLine(QPointF(0, y), QPointF(page.width, y))
        page.draw(painter, head, y)

    first = _Piece(height + page.mm(2), paint_head, keep_with_next=True)
    columns = page.table_head(_VERSION_COLUMNS, ("#", *VERSION_HEADINGS))
    rows = [_version_row(page, v) for v in section.versions]

    def repeat() -> list[_Piece]:
        continued = _heading_piece(page, f"{section.label} (continued)", small=True)
        return [continued, columns]

    return _Block([first, columns, *rows], repeat=repeat)


def _version_row(page: _Page, version: SheetVersion) -> _Piece:
    marks = tuple((a, b, _WORD_MARKS[m]) for a, b, m in version.marks if m in _WORD_MARKS)
    words = [_Para(version.text, marks=marks)]
    if version.speaker:
        words.append(_Para(f"said by {version.speaker}", _SMALL, above=1))
    words += [_Para(f"⚑ {flag}", _FLAG, above=1) for flag in version.flags]
    cells = [
        [_Para("\u00a0" * 4 + f"[{version.number}]", _NUMBER)],
        words,
        [_Para(version.citation, _CITE)],
    ]
    return _table_row(page, _VERSION_COLUMNS, cells, marker=version.number)


def _day(d: date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else "—"
