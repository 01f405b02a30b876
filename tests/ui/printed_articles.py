"""Articles as users' files really are: paginated PDFs written by Qt's own PDF writer (running
header, "Page N of M" footer with the address and print date, one or two columns, words hyphenated
at line ends) and news-site HTML (navigation, a "most read" rail and ads full of figures).

Test material only: builds files from the plain-text articles in the repository, so the figures
found in them can be compared with the plain-text run. GUI thread only (QPdfWriter, QTextLayout).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

_DPI = 300
_SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class Print:
    """How an outlet prints: paper, columns, furniture."""

    outlet: str = "The Daily Ledger"
    url: str = "https://ledger.example/world/article"
    printed: str = "12/11/2025, 09:14"
    columns: int = 1
    paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A5
    point_size: float = 9.5
    hyphenate: bool = True
    first_line_indent: bool = False


def article_paragraphs(text: str) -> list[str]:
    """The article's paragraphs (one per non-empty line), headline first."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def hyphenated(paragraph: str) -> str:
    """Soft hyphens inside long words, so lines may break there and show a hyphen."""

    def soften(match: re.Match[str]) -> str:
        word = match.group()
        cut = len(word) // 2
        return word[:cut] + _SOFT_HYPHEN + word[cut:]

    return re.sub(r"(?<![\w-])[a-z]{9,}(?![\w-])", soften, paragraph)


def write_pdf(text: str, path: Path, look: Print = Print()) -> int:
    """Print the article to `path` as `look` says; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(_DPI)
    writer.setTitle(article_paragraphs(text)[0])
    layout = QPageLayout(
        QPageSize(look.paper), QPageLayout.Orientation.Portrait, QMarginsF(14, 16, 14, 16)
    )
    writer.setPageLayout(layout)
    pages = _lay_out(text, writer, look)  # first pass: how many pages
    painter = QPainter(writer)
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            _furniture(painter, writer, look, number, len(pages))
            for layout_, origin in page:
                layout_.draw(painter, origin)
    finally:
        painter.end()
    return len(pages)


def _scale(points: float) -> float:
    return points * _DPI / 72


def _lay_out(text: str, writer: QPdfWriter, look: Print) -> list[list[tuple[QTextLayout, QPointF]]]:
    width, height = writer.width(), writer.height()
    body_top, body_bottom = _scale(26), height - _scale(26)
    gutter = _scale(14)
    column_width = (width - gutter * (look.columns - 1)) / look.columns
    body = QFont("DejaVu Serif")
    body.setPointSizeF(look.point_size)
    headline = QFont("DejaVu Sans")
    headline.setPointSizeF(look.point_size * 1.6)
    headline.setBold(True)
    pages: list[list[tuple[QTextLayout, QPointF]]] = [[]]
    column, y = 0, body_top
    paragraphs = article_paragraphs(text)
    for index, paragraph in enumerate(paragraphs):
        font = headline if index == 0 else body
        metrics = QFontMetricsF(font, writer)
        words = hyphenated(paragraph) if look.hyphenate and index else paragraph
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setAlignment(Qt.AlignmentFlag.AlignJustify if index else Qt.AlignmentFlag.AlignLeft)
        probe = QTextLayout(words, font, writer)
        probe.setTextOption(option)
        probe.beginLayout()
        breaks = []
        indent = metrics.height() * 1.2 if look.first_line_indent and index > 1 else 0.0
        while True:
            line = probe.createLine()
            if not line.isValid():
                break
            line.setLineWidth(column_width - (indent if not breaks else 0))
            breaks.append((line.textStart(), line.textLength()))
        probe.endLayout()
        for n, (start, length) in enumerate(breaks):
            piece = words[start : start + length]
            if y + metrics.height() > body_bottom:
                column += 1
                y = body_top
                if column == look.columns:
                    pages.append([])
                    column = 0
            # one layout per line, so a paragraph can run on into the next column or page
            rest = words[start + length :].lstrip(_SOFT_HYPHEN)
            if piece.rstrip(_SOFT_HYPHEN)[-1:].isalpha() and rest[:1].isalpha():
                piece = piece.rstrip(_SOFT_HYPHEN) + "-"  # broken at the soft hyphen: it shows
            line_layout = QTextLayout(piece.rstrip().replace(_SOFT_HYPHEN, ""), font, writer)
            line_option = QTextOption(option)
            last = n == len(breaks) - 1
            if last:
                line_option.setAlignment(Qt.AlignmentFlag.AlignLeft)
            line_layout.setTextOption(line_option)
            line_layout.beginLayout()
            one = line_layout.createLine()
            x_indent = indent if n == 0 else 0.0
            one.setLineWidth(column_width - x_indent)
            one.setPosition(QPointF(0, 0))
            line_layout.endLayout()
            x = column * (column_width + gutter) + x_indent
            pages[-1].append((line_layout, QPointF(x, y)))
            y += metrics.lineSpacing()
        y += metrics.lineSpacing() * (0.9 if index == 0 or not look.first_line_indent else 0.2)
    return pages


def _furniture(painter: QPainter, writer: QPdfWriter, look: Print, number: int, total: int) -> None:
    small = QFont("DejaVu Sans")
    small.setPointSizeF(7)
    painter.setFont(small)
    width, height = writer.width(), writer.height()
    top = QRectF(0, 0, width, _scale(14))
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, look.outlet)
    painter.drawText(
        top,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        f"Page {number} of {total}",
    )
    bottom = QRectF(0, height - _scale(14), width, _scale(14))
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, look.url)
    painter.drawText(
        bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, look.printed
    )
    painter.drawText(
        bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, f"{number} / {total}"
    )
