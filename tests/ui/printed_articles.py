"""Articles as users' files really are: paginated PDFs written by Qt's own PDF writer (running
header, "Page N of M" footer with the address and print date, one or two columns, words hyphenated
at line ends) and news-site HTML (navigation, a "most read" rail and ads full of figures).

Test material only: builds files from the plain-text articles in the repository, so the figures
found in them can be compared with the plain-text run. GUI thread only (QPdfWriter, QTextLayout).
"""

from __future__ import annotations

import html
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


# News-site furniture full of figures: none of it may reach the article's text.
NAVIGATION = ["Home", "World", "Top 10 deals", "Business", "5 things to know", "Sport"]
MOST_READ = [
    "Lottery winner scoops $4.5m jackpot",
    "7 in 10 renters priced out, survey finds",
    "Stocks fall 3% as 2,000 jobs go",
    "Watch: 12 photos from the 48-hour festival",
]
ADVERTS = ["Save 50% today: 3 months for $1", "Win £10,000 in our 24-hour giveaway"]


def news_page(text: str, look: Print = Print()) -> str:
    """The article as a news site serves it: navigation, a 'most read' rail and ads around it."""
    paragraphs = article_paragraphs(text)
    headline, body = paragraphs[0], paragraphs[1:]
    nav = "".join(f'<li><a href="/{n}">{html.escape(n)}</a></li>' for n in NAVIGATION)
    rail = "".join(
        f'<li><a href="/r/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(MOST_READ)
    )
    ads = "".join(f'<div class="ad-slot">{html.escape(a)}</div>' for a in ADVERTS)
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)} | {look.outlet}</title>
<meta property="og:site_name" content="{html.escape(look.outlet)}">
<script>var views = 1000000; trackPage("article-12345");</script>
<style>.ad-slot {{ width: 300px; }}</style></head>
<body><header class="site-header"><a class="logo" href="/">{html.escape(look.outlet)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="ad-banner">{ads}</div>
<main><article class="story"><h1>{html.escape(headline)}</h1>
{paras}
</article>
<aside class="most-read"><h2>Most read</h2><ol>{rail}</ol></aside></main>
<div class="newsletter-signup">Join 250,000 readers: sign up for our free newsletter</div>
<footer class="site-footer"><p>© 2025 {html.escape(look.outlet)}. 120 Fleet Lane.</p></footer>
</body></html>"""


def write_report_pdf(
    prose: list[str], caption: str, rows: list[list[str]], path: Path, look: Print = Print()
) -> None:
    """A page of a report as a PDF: prose lines, then a table whose cells are set in columns at
    fixed places (as a report's typesetter sets them: no rule, no "|"), then prose again."""
    writer = QPdfWriter(str(path))
    writer.setResolution(_DPI)
    writer.setTitle(prose[0])
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(14, 16, 14, 16),
        )
    )
    painter = QPainter(writer)
    try:
        _furniture(painter, writer, look, 1, 1)
        font = QFont("DejaVu Serif")
        font.setPointSizeF(look.point_size)
        painter.setFont(font)
        pitch = QFontMetricsF(font, writer).lineSpacing()
        width = writer.width()
        y = _scale(40)
        for line in prose[:-1]:
            painter.drawText(QPointF(0, y), line)
            y += pitch
        y += 2 * pitch
        painter.drawText(QPointF(0, y), caption)
        y += pitch
        stops = [0.0, width * 0.55, width * 0.8]  # the label, then the columns of numbers
        for row in rows:
            for x, cell in zip(stops, row, strict=False):
                painter.drawText(QPointF(x, y), cell)
            y += pitch
        y += 2 * pitch
        painter.drawText(QPointF(0, y), prose[-1])
    finally:
        painter.end()
