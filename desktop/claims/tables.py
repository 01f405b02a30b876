"""Tables flattened into text: which numbers rank the rows, and the scale a header gives.

An imported table reaches the extractor as rows of cells joined by "|", one row a line
(`desktop.ingest` writes tables so) or, in copy pasted from a page, rows run together after a
dash: "Busiest stations by entries and exits (m) — 1 | Waterloo | 41.4 — 2 | Victoria | 36.8".
Two things there are not in any one cell: the first cells 1, 2, 3 are the rows' ranks, not
figures, and "(m)" in the caption or a column's header makes 41.4 a number of millions, as
"(£m)" makes it millions of pounds. A pure function of the text, linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from desktop.claims.lexicon import (
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORD_PREFIXES,
    DURATION_UNITS,
    MEASURE_UNITS,
    PLURAL_SCALES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    currency_of_code,
)
from desktop.claims.numbers import a_year
from desktop.claims.words import alternation, english

_W = english()

_THOUSANDS_MARKS = _W.sequence("tables.thousands_marks")  # "(000s)", "('000)"
_METRE_HEADERS = _W.words("tables.metre_headers")  # "Height (m)" is metres, not millions
_ID_HEADERS = _W.words("tables.id_headers")  # "Lot", "No.", "#": the column numbers the rows
_ROW_BREAK = re.compile(r"\s+[—–]\s+")  # rows run together: "… (m) — 1 | Waterloo | 41.4 — 2 | …"
_CELL_NUMBER = re.compile(r"[-+−]?\d[\d,.\u00a0\u202f ]*(?:[-–]\d[\d,.\u00a0\u202f ]*)?")
_SCALED_UNITS = _W.values("tables.scaled_units")  # "(Mt)": million tonnes
_SCALES = {**SCALE_WORDS, **PLURAL_SCALES, **SCALE_SUFFIXES, **_SCALED_UNITS}
# what names the money of a header's note: "(£m)", "(US$bn)", "(KSh bn)", "(EUR m)"
_SIGNS = {
    **{code: currency_of_code(code) for code in CURRENCY_CODES},
    **{word: code for word, code in CURRENCY_WORD_PREFIXES.items()},
    **{f"{word}$": code for word, code in CURRENCY_PREFIXES.items()},
    **CURRENCY_SYMBOLS,
}
_SCALE_WORD = alternation([*_SCALES, *_THOUSANDS_MARKS])
# "(m)", "(£bn)", "(000s)", "(₹ lakh crore)", "(m litres)", "(000 tonnes)": a sign, a scale (two
# may stack), and the unit they scale, one or two words after a space
_SCALE_NOTE = re.compile(
    r"\(\s*(?P<sign>" + alternation(list(_SIGNS)) + r")?\s*"
    rf"(?P<scale>{_SCALE_WORD})?(?:\s+(?P<scale2>{_SCALE_WORD}))?"
    r"(?:\s+[^\W\d_]+(?:\s[^\W\d_]+)?)?(?:,[^()\n]{1,40})?\s*\)",
    re.IGNORECASE,
)
# a line that is a money sign and a scale alone, as accounts head their column: "£000",
# "€'000", "$m"
_BARE_NOTE = re.compile(
    r"[ \t]*(?P<sign>" + alternation(list(_SIGNS)) + r")[ \t]?"
    rf"(?P<scale>{_SCALE_WORD})[ \t]*",
    re.IGNORECASE,
)
# …or that open a line of heads, with a note of words after them: "£m (unless stated)   2024"
_BARE_HEAD = re.compile(
    r"[ \t]*(?P<sign>" + alternation(list(_SIGNS)) + r")[ \t]?"
    rf"(?P<scale>{_SCALE_WORD})(?:[ \t]+\([^()\d\n]{{1,40}}\))?(?=[ \t]{{2,}}\S)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_NOTE = re.compile(r"\([^()]*\)")  # a header's note in brackets: "(m)", "(% of population)"
_PERCENT_NOTE = re.compile(r"\(\s*%[^()\d]{0,40}\)")  # "(%)", "(% of population)"
_PERCENT_LABEL = re.compile(r"(?:^|\s)%\s+of\b")  # a row's label "As % of GDP", "% of total"
# a caption (no sentence before it on its line), a colon, then a list of labelled numbers
_LIST_TABLE = re.compile(r"(?m)^(?P<caption>[^\n:.!?]{3,100}):[ \t]*(?P<items>[^\n]+)")
_TRAILING_SCALE = re.compile(  # "…, £bn", "… in 000s"; not the thousands of "A set of 1,000"
    r"(?:(?<!\d),|\bin)\s*(?P<sign>" + alternation(list(_SIGNS)) + r")?\s*"
    rf"(?P<scale>{_SCALE_WORD})\s*$",
    re.IGNORECASE,
)
# a bare number in the list: not glued to a sign, a letter or another number
_LISTED_NUMBER = re.compile(r"(?<![\w.,$€£¥₹%])\d[\d,.]*(?![\w%])")
_MIN_RANKED_ROWS = 2
_LINE = re.compile(r"[^\n]+")
_ROW_NUMBER = re.compile(r"\d")
_YEAR_HEAD = re.compile(
    r"(?<![\d,.])(?:19|20)\d\d(?:[/–-]\d{2}(?:\d{2})?)?(?:\s*%)?(?![\d,.]\d)"
)  # "2024", "2024/25", "2010-11"
# the heads of a report table's columns after its note: "2022", "2024/25", "% chg", "Variance"
_HEAD = re.compile(r"%\s*[A-Za-z.]*|\d{4}(?:[/–-]\d{2,4})?|[^\W\d_][\w.]*")
# a number standing alone in a row: not part of "2024/25", "2024-25", "Q3" or "800g"
# (a sign before it only after a space: "-12.7", not the "-25" of "2024-25")
_ROW_CELL = re.compile(r"(?<![\w.,$€£¥₹%/–'’])(?:(?<![-−+])|(?<=[\s(][-−+]))\d[\d,.]*(?![\w%/–-])")
_PROSE_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}")  # "last", "year": prose, not column heads
_CAPTION_WORDS = _W.words("tables.caption_words")
_TABLE_ENDS = _W.words("tables.table_ends")
_MOST_HEADS = 40  # columns a report's table has at most
_SHARE_HEAD = re.compile(r"%\s*\w")  # a head that opens with "%": "% change vs 2019", "% chg"
_RATE_BASE = re.compile(r"(?i:\bper)\s+$")  # "Per 1,000 patients": a rate's base in a head
_HEAD_CELL = re.compile(r"\S+(?: \S+)*")  # a head on its line: words one space apart
_CAPTION_CHARS = 120  # a line longer than this before a table is prose, not its caption
_HEAD_CHARS = 40  # a column's head at most, on a line of heads set apart by runs of spaces
# a note that a column counts things, no scale: "Claims (number)", "Titles (no.)"
_COUNT_NOTE = re.compile(
    r"\(\s*(?:" + alternation(_W.words("tables.count_notes")) + r")\s*\)", re.IGNORECASE
)
# a line of heads that says every number's scale: "All figures in £ million, cash terms"
_IN_SCALE = re.compile(
    r"\bin\s+(?P<what>(?P<sign>" + alternation(list(_SIGNS)) + r")?\s*"
    rf"(?P<scale>{_SCALE_WORD}))\b",
    re.IGNORECASE,
)
# a caption's number: "Table 3.1", "Table RAS0101:" (not "Table of contents")
_CAPTION_NUMBER = re.compile(r"\s*\S+\s+[A-Z]{0,4}\.?\d+(?:\.\d+)*[a-z]?[:.]?(?:\s|$)")
_ROW_SENTENCE = re.compile(r"[a-z]{3}[.!?](?:\s+[A-Z\"“‘]|\s*$)")  # a sentence's end: prose
# a row's numbers after its label, and nothing else: signs, brackets, footnote marks
_TAIL_SIGNS = ".,()%+-−–*†‡¹²³⁴⁵⁶⁷⁸⁹⁰ \t"  # what a row's cells hold beside digits
_ROW_TAIL = re.compile(  # "853 to 943": an interval's ends in one cell
    rf"(?:[\d{re.escape(_TAIL_SIGNS)}]|n/?a\b|(?<=\d )to(?= \d))*", re.IGNORECASE
)
# a page's footer: "Annual Report 2023/24 | 18", "Progress Report — page 9 of 22", "| p. 22"
_PAGE = re.compile(
    r"(?m)^(?P<title>[^\n]*?\S)[ \t]+[|—–·][ \t]*"
    r"(?P<page>(?:(?:p\.|page)[ \t]*)?\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?)[ \t]*(?:[—–-][ \t]*)?$",
    re.IGNORECASE,
)
_TITLE_NUMBER = re.compile(r"\d[\d/–-]*")
_UNIT_NOTES = frozenset(
    [*MEASURE_UNITS, *DURATION_UNITS, *_W.words("tables.unit_notes")]
)  # what a row's bracket may name as its unit
_REFERENCES = _W.words("tables.footer_references")  # "Section 4 · 12", "(note 5)": no figure
_REFERENCE_REACH = 12  # characters before a number that may hold its reference word
# the word right before a number, not a column away: "(note 5)", not "in primary form      88.7"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]{1,2}$")
# a page's number alone on its line between dashes or dots ("— 17 —", "· 7 ·"), or after a word
# for a page in the copy's language ("Pág. 6", "Seite 3")
_DASHED_PAGE = re.compile(
    r"(?m)^[ \t]*(?:[—–·-][ \t]*(\d{1,4})[ \t]*[—–·-]"
    rf"|(?i:{alternation(_W.words('tables.page_words'))})\.?[ \t]+(\d{{1,4}}))[ \t]*$"
)
_TITLE_WORDS = 2  # a footer's title has as many words at least: "Annual Report"
_NOTE_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§")  # what opens a note under a table


@dataclass(frozen=True)
class Scale:
    """What a header says of the numbers under it: "(£m)" is factor 1e6 and currency GBP."""

    factor: float = 1.0
    currency: str = ""
    percent: bool = False  # "(%)", "(% of population)": the numbers under it are shares
    negative: bool = False  # "(14.0)" in a table of money: a loss


@dataclass(frozen=True)
class Tables:
    """What a text's tables say beyond their cells: the spans that hold no figure (rank cells,
    a header's "(millions)"), and the scale of each number cell a header scales, keyed by where
    the cell's digits start."""

    hidden: tuple[tuple[int, int], ...] = ()
    scales: dict[int, Scale] = field(default_factory=dict)
    headers: dict[int, str] = field(default_factory=dict)  # a number cell's column header

    def hidden_in(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The hidden spans that start in text[start:end]."""
        return self.hidden[bisect_left(self.hidden, (start,)) : bisect_left(self.hidden, (end,))]


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int
    text: str


def read_tables(text: str) -> Tables:
    """The hidden spans and scaled number cells of every table in `text`."""
    hidden: list[tuple[int, int]] = []
    scales: dict[int, Scale] = {}
    headers: dict[int, str] = {}
    if ":" in text:
        _listed(text, hidden, scales)
    _captioned(text, hidden, scales)
    for page in _PAGE.finditer(text):
        if _footer(page):
            hidden.append(page.span("page"))
    hidden.extend(m.span(m.lastindex or 0) for m in _DASHED_PAGE.finditer(text))
    if "|" in text:
        for caption, rows in _tables(text):
            _piped(caption, rows, hidden, scales, headers)
    return Tables(tuple(sorted(hidden)), scales, headers)


def _piped(
    caption: _Cell | None,
    rows: list[list[_Cell]],
    hidden: list[tuple[int, int]],
    scales: dict[int, Scale],
    headers: dict[int, str],
) -> None:
    """A table of cells joined by "|": its ranks hidden, its numbers scaled by their column's
    header or else by the caption, each number cell's header kept (its words without the note:
    "Entries and exits (m)" → "Entries and exits") when every row has as many cells as it."""
    header, body = _header(rows)
    ranked = _rank_cells(body) | _id_cells(header, body)
    hidden.extend((c.start, c.end) for c in ranked)
    by_column = [_noted(c, hidden) for c in header]
    named = [_NOTE.sub("", c.text).strip() for c in header]
    aligned = all(len(row) == len(header) for row in body)  # no cell left out, none shifted
    whole = _noted(caption, hidden) if caption is not None else None
    for row in body:
        for n, cell in enumerate(row):
            if cell in ranked or not _CELL_NUMBER.fullmatch(cell.text) or a_year(cell.text):
                continue
            at = cell.start + _first_digit(cell.text)
            scale = (by_column[n] if n < len(by_column) else None) or whole
            if scale is not None:
                scales[at] = scale
            if aligned and named[n]:
                headers[at] = named[n]


def _listed(text: str, hidden: list[tuple[int, int]], scales: dict[int, Scale]) -> None:
    """A table written as a list after its caption's scale and a colon: "Population by region
    (millions): North 12.4, South 18.9", "Receipts by source, £bn: Income tax 269.4; VAT
    168.9"."""
    for m in _LIST_TABLE.finditer(text):
        caption = _Cell(m.start("caption"), m.end("caption"), m.group("caption"))
        scale = _noted(caption, hidden) or _scale_after_comma(caption.text)
        if scale is None:
            continue
        for number in _LISTED_NUMBER.finditer(text, m.start("items"), m.end("items")):
            if not a_year(number.group()):
                scales[number.start()] = scale


def _captioned(text: str, hidden: list[tuple[int, int]], scales: dict[int, Scale]) -> None:
    """A table copied out of a report, its columns apart by spaces: a caption with a scale note
    ("Table 4.2 Cereal production (000 tonnes)", "Revenue budget summary (£m)"), a line of
    column heads with a note each ("Market Visits (000s) Spend (£m)", "Claims (number) Paid
    (£000)"), or a caption that opens with "Table" and says no scale; then, before the rows,
    lines of heads ("Sector 1990 2023", "All figures in £ million"), and rows of a label and
    numbers, on the caption's line or the lines after it, until a blank line, a "Source:" line,
    a page's footer or a line with no number. With one note each bare number there is in its
    scale (not a year, a percent, a number with its own sign, nor one under a "%" head: "2022
    2023 % chg"); with a note a column, a row's last numbers are its columns'; a row's own note
    ("Levy collected (£m) 188 200") scales that row. In a scale of money "(14.0)" is a loss. A
    caption opens with "Table" or its kind, or is a short line with no prose after its note."""
    done = 0  # where the last table ended: its rows are no captions (linear in the text)
    for line in _LINE.finditer(text):
        if line.start() < done:
            continue
        first = line.group()
        if "|" in first:
            continue  # a table of cells joined by "|" is `_piped`'s
        words = first.split(maxsplit=1)
        opens = bool(words) and words[0].lower().rstrip(".:") in _CAPTION_WORDS
        notes = _column_notes(first)
        scaled = [m for m in notes if not _COUNT_NOTE.fullmatch(m.group())]
        note = scaled[0] if scaled else None
        at = line.start()
        scale: Scale | None = None
        by_column: list[Scale] = []
        # "(£000)   2024/25   2023/24": a line of heads that opens with the table's scale
        heads_first = (
            note is not None and note.start() == 0 and not _PROSE_WORD.search(first, note.end())
        )
        if note is None or (note.start() == 0 and not heads_first):
            numbered = opens and _CAPTION_NUMBER.match(first) is not None
            if not numbered or len(first) > _CAPTION_CHARS or _ROW_SENTENCE.search(first):
                continue
            rows_from, shaped = line.end(), True  # "Table 4.1 UK film production, 2023"
        else:
            rest = first[note.end() :]  # a title's line goes on with column heads, not prose
            # "Net revenue expenditure (£m)   2024/25   2025/26 budget": the heads on its line
            heads_after = len(_YEAR_HEAD.findall(rest)) >= 2 and not _ROW_SENTENCE.search(rest)
            titled = len(first) <= _CAPTION_CHARS and (not _PROSE_WORD.search(rest) or heads_after)
            plain = not _ROW_SENTENCE.search(rest)  # rows may run on after a caption's notes
            # a wide table's line of heads may run long: "Cars built ('000)   Exported (%)   …"
            wide = _spaced_heads(first)
            columns = len(notes) >= 2 and plain and (len(first) <= _CAPTION_CHARS or opens or wide)
            if not (opens or titled or columns):
                continue
            own = _row_cells(text, at + note.end(), line.end())
            if (
                own
                and not (opens or columns)
                and _ROW_TAIL.fullmatch(rest)
                and _after_a_row(text, at)
            ):
                # "Closing members ('000)   931   874" under rows: a row that says its own
                # scale, no caption of the rows under it ("Revenue per member (£/month)"), but
                # of those set in under it ("  of which England   57.1")
                mine = _noted(_Cell(at + note.start(), at + note.end(), note.group()), hidden)
                done = _own_rows(text, line, own, mine, scales)
                continue
            if columns:
                found = [
                    _noted(_Cell(at + m.start(), at + m.end(), m.group()), hidden) for m in notes
                ]
                by_column = [f for f in found if f is not None]
                if len(by_column) != len(notes):
                    continue
                rows_from = at + notes[-1].end()
            else:
                scale = _noted(_Cell(at, at + len(first), first), hidden)
                if scale is None:
                    continue
                rows_from = at + note.end()
            shaped = False
        table = _Columns(scale, by_column, shaped)
        if by_column:
            # "Balloons   Flights   Passengers ('000)   Avg ticket (£)   Incidents": each
            # note scales the column under its head, not the row's last numbers
            _spread(first, table)
            _placed(at, table, hidden)
        done = _rows(text, line, rows_from, table, hidden, scales)


def _after_a_row(text: str, at: int) -> bool:
    """Whether the line before the one at `at` is a table's row: words, then numbers that are
    no years ("Clubs open (number)   120   111"), not a caption or a line of heads."""
    if at < 2 or text[at - 2] == "\n":
        return False
    before = text[text.rfind("\n", 0, at - 1) + 1 : at - 1]
    cells = _row_cells(before, 0, len(before))
    return bool(cells) and _tail_start(before) <= cells[-1].start()


def _own_rows(
    text: str,
    line: re.Match[str],
    cells: list[re.Match[str]],
    scale: Scale | None,
    scales: dict[int, Scale],
) -> int:
    """Scale a row's cells by its own note, and the cells of the rows set in under it; returns
    where the last of them ends."""
    done = line.end()
    for sub in _LINE.finditer(text, line.end() + 1):
        row = sub.group()
        if sub.start() != done + 1 or not row[:1].isspace() or not row.strip():
            break
        more = _row_cells(text, sub.start(), sub.end())
        if not more or not _ROW_TAIL.fullmatch(row, more[0].start() - sub.start()):
            break
        cells = [*cells, *more]
        done = sub.end()
    if scale is not None:
        for cell in cells:
            scales[cell.start()] = _signed(text, cell, scale)
    return done


@dataclass
class _Columns:
    """What a report table's caption and heads say of its numbers, as they are read."""

    scale: Scale | None  # the whole table's, or None when nothing scales it
    by_column: list[Scale]  # a note a column, the last numbers of a row under them
    shaped: bool  # rows must be a label and numbers (no prose), when no scale note opened it
    heads: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # each head on its line
    # where each head stands on its line and the scale its note gives (None: no note of its own,
    # the table's scale), when the heads' notes differ from column to column
    placed: list[tuple[int, int, Scale | None, str]] = field(default_factory=list)
    unplaced: Scale | None = None  # the scale of a column whose head has no note: the caption's


def _rows(
    text: str,
    caption: re.Match[str],
    rows_from: int,
    table: _Columns,
    hidden: list[tuple[int, int]],
    scales: dict[int, Scale],
) -> int:
    """Read a report table's heads and rows after its caption; returns where it ends."""
    for head in _YEAR_HEAD.finditer(text, rows_from, caption.end()):
        hidden.append((head.start(), head.end()))  # "2022 2023 % chg": heads, no figures
    table.heads = _HEAD.findall(text, rows_from, caption.end()) if not table.by_column else []
    # each row's number cells (found once) and its own note's scale; first the caption's line
    found: list[tuple[list[re.Match[str]], Scale | None]] = [
        (_row_cells(text, rows_from, caption.end()), None)
    ]
    last, rows, headed = caption.end(), 0, False
    ranked = _ranked(caption.group())  # "Rank  Programme  Viewers (m)": the rows' ranks
    for row in _LINE.finditer(text, caption.end() + 1):
        line = row.group()
        words = line.split()
        if text.count("\n", last, row.start()) > 1 or not words:
            break
        ends = words[0].lower().rstrip(":") in _TABLE_ENDS and (rows or words[0].endswith(":"))
        if ends or "|" in line or _footer(_PAGE.match(line)) or words[0][0] in _NOTE_MARKS:
            # "Source: …" ("Source Amount %" over the rows heads them), a page's footer, a
            # note under the table ("¹ Active breweries at 31 December.")
            break
        cells = _row_cells(text, row.start(), row.end())
        # a label's reference ("Staff costs (note 5)") keeps its place among the cells, unread
        hidden.extend(c.span() for c in cells if _referred(text, c.start()))
        bases = [c for c in cells if _RATE_BASE.search(text, max(0, c.start() - 6), c.start())]
        if not rows and cells and len(bases) == len(cells):
            hidden.extend((c.start(), c.end()) for c in bases)  # "Per 1,000 patients": a head
            cells = []
        elif not rows and not headed and cells and _numbered_heads(text, row, cells):
            hidden.extend(c.span() for c in cells)  # "Avg 50 g ball (£)": a head's own words
            cells = []
        if not cells and _NIL_ROW.fullmatch(line):
            last = row.end()  # "2020   –   –   –": a row with nothing to show, the table goes on
            continue
        if not cells:
            long = len(line) > _CAPTION_CHARS and not _spaced_heads(line)
            if rows or long or _ROW_SENTENCE.search(line):
                break
            _heads(row, table, hidden)  # "Sector 1990 2023", "All figures in £ million"
            headed = True
            ranked = _ranked(line)
            table.shaped = True
            last = row.end()
            continue
        if ranked and cells[0].start() == row.start() + len(line) - len(line.lstrip()):
            hidden.append(cells[0].span())  # "1     Ballroom Nights Live      9.41": a rank
            cells = cells[1:]
            if not cells:
                rows, last = rows + 1, row.end()
                continue
        cells = _past_label(text, row, cells, table)
        label = cells[0].start() - row.start()  # where the row's label ends
        tail = _ROW_TAIL.fullmatch(line, label)
        if not tail and (
            table.shaped
            or (rows and _PROSE_WORD.search(line, label))
            or line.rstrip().endswith((".", "!", "?"))
        ):
            # prose after a caption that said no scale, or after the rows ("Output fell to
            # 612,000 m³ (2023: 655,000 m³)."): no table
            break
        own = _column_notes(line[:label])
        mine = None  # a row's own note: "Levy collected (£m) 188 200", "Members (number)"
        if own:
            note = _Cell(row.start() + own[0].start(), row.start() + own[0].end(), own[0].group())
            mine = _noted(note, hidden)
        elif _PERCENT_LABEL.search(line, 0, label):
            mine = Scale(percent=True)  # "As % of GDP   1.92   2.03": shares, not £ billions
        elif _unit_noted(line[:label]):
            mine = Scale()  # "Basic EPS (pence)", "Net debt/EBITDA (x)": its own unit, no scale
        found.append((cells, mine))
        rows += 1
        last = row.end()
    if table.scale is None and not table.by_column and not rows:
        return caption.end()  # a caption with nothing under it
    whole = table.scale or Scale()
    for n, (cells, mine) in enumerate(found):
        if mine is not None:
            for cell in cells:
                scales[cell.start()] = _signed(text, cell, mine)
        elif table.placed and n > 0 and _lined_up(text, cells, table):
            for cell in cells:
                scale = _placed_scale(text, cell, table) or table.unplaced or Scale()
                scales[cell.start()] = _signed(text, cell, scale)
        elif table.placed and 0 < len(cells) <= len(table.placed) and n > 0:
            # a PDF's row, its cells two spaces apart: its last cells under the last heads
            for cell, (_, _, noted, _) in zip(cells, table.placed[-len(cells) :], strict=True):
                scale = noted or table.unplaced or Scale()
                scales[cell.start()] = _signed(text, cell, scale)
        elif table.by_column:
            columns = table.by_column
            if n == 0:  # rows on the caption's line: its numbers in turn under the notes
                for k, cell in enumerate(cells):
                    scales[cell.start()] = _signed(text, cell, columns[k % len(columns)])
                continue
            spread = len(cells) // len(columns)
            if spread > 1 and len(cells) == spread * len(columns) == len(table.heads):
                # "Quantity (000 t)   Value (£m)" over "2023 2024 2023 2024": each note heads
                # as many columns in turn as the line of heads under the notes names
                columns = [column for column in columns for _ in range(spread)]
            for cell, column in zip(cells[-len(columns) :], columns, strict=False):
                scales[cell.start()] = _signed(text, cell, column)
        else:
            heads = table.heads
            dated = any(_YEAR_HEAD.fullmatch(h) or h.startswith("%") for h in heads)
            labelled = bool(heads) and _YEAR_HEAD.fullmatch(heads[0]) is None
            columns = len(heads) - labelled  # "Route   2023   2024": the label's head, two years
            extra = len(cells) - columns
            if n > 0 and dated and columns and 0 < extra <= _MOST_LABEL_NUMBERS:
                if all(_attached(text, c) for c in cells[:extra]):
                    cells = cells[extra:]  # "Route 12   120.4   131.0" under "2023   2024"
            shift = len(heads) - len(cells)
            for k, cell in enumerate(cells):
                if n > 0 and shift >= 0 and heads[shift + k].startswith("%"):
                    percent = Scale(percent=True)  # the "% chg" column
                    scales[cell.start()] = _signed(text, cell, percent)
                else:
                    scales[cell.start()] = _signed(text, cell, whole)
    return last


# a row whose cells are all nil marks after its label ("2020   –   –", "Wales   n/a   ..")
_NIL_ROW = re.compile(r"[ \t]*\S[^\n]*?(?:[ \t]{2,}(?:[–—-]|n/?a|\.\.|…))+[ \t]*", re.IGNORECASE)
_WIDE_GAP = re.compile(r"[ \t]{2,}")  # between two cells of a row, or a label and its cells
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?")  # "11 842", "1 204,5"


def _spaced_heads(line: str) -> bool:
    """Whether a long line is a wide table's heads, short and set apart by runs of spaces
    ("Riding area ('000 m²)   Council capital spending (£m)   …"), not a line of prose."""
    heads = _WIDE_GAP.split(line.strip())
    return len(heads) >= 3 and all(len(head) <= _HEAD_CHARS for head in heads)


def _numbered_heads(text: str, row: re.Match[str], cells: list[re.Match[str]]) -> bool:
    """Whether the first line under a table's caption is its heads with numbers in their words
    ("Yarn shops   Avg 50 g ball (£)", "Tuners under 40 (%)"): three heads at least set apart
    by runs of spaces, each number one space after a word, none in a column of its own, and one
    at least with more of its head after it (a row of labels and numbers, "Home 3   Away 1
    Attendance 40,120", ends each at its number). (A second line of heads is left as it was
    read: its notes alone may say too little.)"""
    return (
        _spaced_heads(row.group())
        and all(_attached(text, c) and c.start() > row.start() for c in cells)
        and any(_HEAD_GOES_ON.match(text, c.end()) for c in cells)
    )


# A number inside a head's words, more of the head after it in its column: "Avg 50 g ball (£)",
# "under 40 (%)"; a row's label and number ("Home 3   Away 1") end at the number.
_HEAD_GOES_ON = re.compile(r" \S")


def _past_label(
    text: str, row: re.Match[str], cells: list[re.Match[str]], table: _Columns
) -> list[re.Match[str]]:
    """A row's number cells without the numbers of its label ("Second Class (3 days)", "Total
    (12 museums)", "Tracked 24"): numbers set in the label's words (one space or a bracket
    before them, not a column's gap) before a gap after which the row holds only numbers, or,
    when the heads stand in place, before cells that then line up under them. The label's
    numbers are read as the text's own; a cell after a gap stays a cell ("Staff   412.0   —")."""
    line, at = row.group(), row.start()
    tail = _tail_start(line)
    first = next((n for n, c in enumerate(cells) if c.start() - at >= tail), len(cells))
    if (
        0 < first < len(cells)
        and _WIDE_GAP.fullmatch(line, cells[first].start() - at - 2, cells[first].start() - at)
        and all(_attached(text, c) for c in cells[:first])
    ):
        cells = cells[first:]  # "Second Class (3 days)    97.0": a gap, then only numbers
    if table.placed and len(cells) >= 2 and _attached(text, cells[0]):
        if not _lined_up(text, cells, table):
            for keep in range(1, min(len(cells), _MOST_LABEL_NUMBERS + 1)):
                if not _attached(text, cells[keep - 1]):
                    break  # a cell after a column's gap: the label has ended
                if _lined_up(text, cells[keep:], table):
                    return cells[keep:]
    return cells


_MOST_LABEL_NUMBERS = 3  # numbers a row's label holds at most ("Route 9 (Phase 2)")
_TAIL_CHARS = frozenset("0123456789" + _TAIL_SIGNS)  # as `_ROW_TAIL` reads them


def _tail_start(line: str) -> int:
    """Where the run of numbers, signs and spaces that ends a row's line begins (the row's cells
    after its label); the line's length when it ends in a word."""
    at = len(line)
    while at > 0 and line[at - 1] in _TAIL_CHARS:
        at -= 1
    return at


def _attached(text: str, cell: re.Match[str]) -> bool:
    """Whether a number stands in a row's words, not in a column of its own: at the line's start,
    after a bracket or one space after a word ("(3 days)", "Tracked 24"), not after a gap."""
    at = cell.start()
    before = text[max(0, at - 2) : at]
    if at == 0 or before.endswith("\n"):
        return True  # "1     Ballroom Nights Live      9.41": a rank that opens the label
    if before.endswith("("):
        return text[cell.end() : cell.end() + 1] != ")"  # "(14.0)": a loss, in a column
    return len(before) == 2 and before[1] == " " and not before[0].isspace()


def _ranked(line: str) -> bool:
    """Whether a line of heads opens with the head of a column that numbers the rows ("Rank",
    "No.", "#"), so a number that opens a row is its place, no figure."""
    words = line.split(maxsplit=1)
    return bool(words) and words[0].lower().rstrip(".:") in _ID_HEADERS


def _row_cells(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The number cells of text[start:end], years left out ("2023/24" heads no number); in a
    row in continental notation (a decimal comma), digits one space apart in groups of three
    are one number where its cells stand apart by wider gaps ("Dr. K. Leitner     11 842
    52,3 %", "Retail     1 204,5"); elsewhere they are columns ("Primary   612 648   701")."""
    cells = [m for m in _ROW_CELL.finditer(text, start, end) if not a_year(m.group())]
    if len(cells) < 2 or not _DECIMAL_COMMA.search(text, start, end):
        return cells
    if not any(_WIDE_GAP.fullmatch(text, a.end(), b.start()) for a, b in pairwise(cells)):
        return cells
    out: list[re.Match[str]] = []
    groups = 0  # groups joined into the last cell: a number has a few at most
    for cell in cells:
        last = out[-1] if out else None
        joined = None
        if last is not None and groups < _MOST_GROUPS and text[last.end() : cell.start()] == " ":
            joined = _SPACE_GROUPED.fullmatch(text, last.start(), cell.end())
        if joined is not None:
            out[-1] = joined
            groups += 1
        else:
            out.append(cell)
            groups = 0
    return out


_MOST_GROUPS = 5  # "1 204 500 000 000 000": groups of three after the first, at most
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")  # "52,3 %": a row in continental notation


def _referred(text: str, at: int) -> bool:
    """Whether the number at `at` follows a word that makes it a reference: "(note 5)"."""
    word = _WORD_BEFORE.search(text, max(0, at - _REFERENCE_REACH), at)
    return word is not None and word.group(1).lower() in _REFERENCES


def _heads(row: re.Match[str], table: _Columns, hidden: list[tuple[int, int]]) -> None:
    """What a line of heads above a report table's rows says: its years are no figures, a note a
    column scales the columns ("Claims (number) Paid (£000)"), one note or "in £ million" the
    whole table when its caption did not."""
    line, at = row.group(), row.start()
    for head in _YEAR_HEAD.finditer(line):
        hidden.append((at + head.start(), at + head.end()))
    table.heads = _HEAD.findall(line)
    _spread(line, table)
    _placed(at, table, hidden)  # "Cases (000s)   Losses   Returned (%)": if they line up
    notes = _column_notes(line)
    if len(notes) >= 2 and any(not _COUNT_NOTE.fullmatch(m.group()) for m in notes):
        found = [_noted(_Cell(at + m.start(), at + m.end(), m.group()), hidden) for m in notes]
        if all(f is not None for f in found):
            table.by_column = [f for f in found if f is not None]
            return
    if table.scale is None and not table.by_column:
        said = _IN_SCALE.search(line)
        if notes:
            table.scale = _noted(_Cell(at, at + len(line), line), hidden)
        elif said is not None:
            hidden.append((at + said.start("what"), at + said.end("what")))
            sign = said.group("sign")
            table.scale = Scale(
                _factor(said.group("scale").lower()), _SIGNS[sign.lower()] if sign else ""
            )


def _spread(line: str, table: _Columns) -> None:
    """Where each head of a line of heads stands on it: words one space apart make a head."""
    spans = [(m.start(), m.end(), m.group()) for m in _HEAD_CELL.finditer(line)]
    table.spans = spans if len(spans) <= _MOST_HEADS else []  # thousands: no table's heads


def _placed(at: int, table: _Columns, hidden: list[tuple[int, int]]) -> None:
    """A line of heads whose columns say their own scale or unit ("Leakage (Ml/d)   Spills
    (000s)   Bill (£/yr)", "Cases (000s)   Losses   Returned (%)"): each head's place on the line
    and its note's scale; a head with no note keeps the table's, a unit that is no scale
    ("(Ml/d)") none. Only when two heads at least stand apart and one of them, not the first
    (the label column's "(£000)"), has a note."""
    heads = table.spans
    if len(heads) < 2 or not any("(" in h or _SHARE_HEAD.match(h) for _, _, h in heads[1:]):
        return
    placed: list[tuple[int, int, Scale | None, str]] = []
    for start, end, head in heads:
        if _SHARE_HEAD.match(head):
            scale: Scale | None = Scale(percent=True)  # "% change vs 2019": shares, whatever
            # the caption says
        elif (notes := _column_notes(head)) and all(m.re is _COUNT_NOTE for m in notes):
            hidden.extend((at + start + m.start(), at + start + m.end()) for m in notes)
            scale = Scale()  # "Sites (number)": things counted, whatever the caption's scale
        elif notes:
            scale = _noted(_Cell(at + start, at + end, head), hidden)
        elif _NOTE.search(head):
            scale = Scale()  # "(Ml/d)", "(km)": a unit, no scale
        else:
            scale = None
        placed.append((start, end, scale, head))
    if any(scale is not None for _, _, scale, _ in placed[1:]):
        table.placed, table.unplaced = placed, table.scale


def _lined_up(text: str, cells: list[re.Match[str]], table: _Columns) -> bool:
    """Whether a row's cells stand each under one head, left to right, as in a report copied as
    text; a head may stand over several ("Clubs" over "2019   2024"). A PDF's rows, their cells
    two spaces apart, do not line up."""
    last = -1
    for cell in cells:
        over = _over(text, cell, table.placed)
        if len(over) != 1 or over[0] < last:
            return False
        last = over[0]
    return bool(cells)


def _placed_scale(text: str, cell: re.Match[str], table: _Columns) -> Scale | None:
    """The scale of the head a cell stands under, by their places on their lines; None when no
    head stands over it or the head has no note of its own."""
    over = [table.placed[n][2] for n in _over(text, cell, table.placed)]
    return over[-1] if len(over) == 1 or (over and over[-1] is not None) else None


def _over(text: str, cell: re.Match[str], heads: Sequence[tuple[Any, ...]]) -> list[int]:
    """The heads a cell stands under (each head's place on its line first), by its place on its
    own line."""
    start = cell.start() - (text.rfind("\n", 0, cell.start()) + 1)
    end = start + len(cell.group())
    return [n for n, (a, b, *_) in enumerate(heads) if a <= end + 1 and b >= start - 1]


def _footer(page: re.Match[str] | None) -> bool:
    """Whether a line is a page's footer: a title of words (years among them at most), then the
    page's number after a bar or a dash ("PPF Annual Report 2023/24 — 12"), not a table's row."""
    if page is None:
        return False
    title = page.group("title")
    return (
        not title.lstrip().startswith("|")
        and len(_WORD.findall(title)) >= _TITLE_WORDS
        and all(_a_title_s(n, title) for n in _TITLE_NUMBER.finditer(title))
    )


def _a_title_s(number: re.Match[str], title: str) -> bool:
    """Whether a number in a footer's title belongs to the title: a year, a reference ("Section
    4", "No. 12"), or part of a code ("HA0117", "Form 10-Q")."""
    if a_year(number.group()[:4]):
        return True
    before, after = title[: number.start()], title[number.end() : number.end() + 2]
    if before[-1:].isalpha() or after[:1].isalpha() or (after[:1] == "-" and after[1:].isalpha()):
        return True  # "HA0117", "10-Q"
    words = _WORD.findall(before)
    return bool(words) and words[-1].lower() in _REFERENCES


def _column_notes(line: str) -> list[re.Match[str]]:
    """The notes in brackets that say what a column's numbers are: a scale, a share, a count;
    or, with none, a money sign and a scale that make the line ("£000") or open its heads."""
    found = [
        m
        for m in (
            *_SCALE_NOTE.finditer(line),
            *_PERCENT_NOTE.finditer(line),
            *_COUNT_NOTE.finditer(line),
        )
        if m.re is not _SCALE_NOTE or m.group("sign") or m.group("scale")
    ]
    if not found:
        bare = _BARE_NOTE.fullmatch(line) or _bare_head(line)
        return [bare] if bare else []
    return sorted(found, key=lambda m: m.start())


def _bare_head(line: str) -> re.Match[str] | None:
    """A money sign and a scale that open a line of years: "£m (unless stated)   2024   2023"."""
    head = _BARE_HEAD.match(line)
    if head is None or _PROSE_WORD.search(line, head.end()):
        return None
    return head if _YEAR_HEAD.search(line, head.end()) else None


def _signed(text: str, cell: re.Match[str], scale: Scale) -> Scale:
    """A cell's scale, negative when the cell is in brackets: a loss ("(14.0)" under "(£m)"), a
    fall ("(32)" under "Change", "(0.5)" under "Net"), whatever its column."""
    bracketed = (
        text[cell.start() - 1 : cell.start()] == "(" and text[cell.end() : cell.end() + 1] == ")"
    )
    return replace(scale, negative=True) if bracketed else scale


def _noted(header: _Cell, hidden: list[tuple[int, int]]) -> Scale | None:
    """The scale a header's note in brackets gives, the note hidden: "(m)", "(£bn)", "(000s)",
    "($)"; None for none, and for "(m)" after a length ("Height (m)" is metres)."""
    if _COUNT_NOTE.fullmatch(header.text):
        hidden.append((header.start, header.end))
        return Scale()  # "(number)": things counted, no scale
    share = _PERCENT_NOTE.search(header.text)
    if share is not None:
        hidden.append((header.start + share.start(), header.start + share.end()))
        return Scale(percent=True)
    bare = _BARE_NOTE.fullmatch(header.text) or _bare_head(header.text)
    for m in [bare] if bare else _SCALE_NOTE.finditer(header.text):
        sign, scale = m.group("sign"), (m.group("scale") or "").lower()
        if not sign and not scale:
            continue
        if scale == "m" and not sign:
            words = {w.lower() for w in _WORD.findall(header.text[: m.start()])}
            if words & _METRE_HEADERS:
                return None
        hidden.append((header.start + m.start("sign" if m is bare else 0), header.start + m.end()))
        factor = _factor(scale) * _factor((m.groupdict().get("scale2") or "").lower())
        return Scale(factor, _SIGNS[sign.lower()] if sign else "")
    return None


def _unit_noted(label: str) -> bool:
    """Whether a row's label says in brackets a unit that is no scale: "(pence)", "(x)",
    "(days)", "(£/month)", "(tCO2e)" (not "(Airport)", "(restated)", "(note 5)")."""
    for note in _NOTE.finditer(label):
        inside = note.group()[1:-1].strip().lower()
        if "/" in inside or inside in _UNIT_NOTES:
            return True
    return False


def _first_digit(text: str) -> int:
    return next(n for n, ch in enumerate(text) if ch.isdigit())


def _factor(scale: str) -> float:
    """What a scale of a note multiplies by: "m" a million, "000s" a thousand, "" one."""
    return 1000.0 if scale in _THOUSANDS_MARKS else float(_SCALES.get(scale, 1))


def _scale_after_comma(caption: str) -> Scale | None:
    """The scale a caption ends with after a comma or "in": "…, £bn", "… in millions"."""
    m = _TRAILING_SCALE.search(caption)
    if m is None:
        return None
    sign, scale = m.group("sign"), m.group("scale").lower()
    if not sign and scale not in PLURAL_SCALES and scale not in _THOUSANDS_MARKS:
        return None  # "…, m:" alone may be metres; "millions" and "£m" say what they scale
    return Scale(_factor(scale), _SIGNS[sign.lower()] if sign else "")


def _tables(text: str) -> list[tuple[_Cell | None, list[list[_Cell]]]]:
    """Each table as (caption, rows of cells): consecutive lines holding "|", with a short line
    before them as caption, or one line's dash-separated segments holding "|", after the
    segment that captions them."""
    found: list[tuple[_Cell | None, list[list[_Cell]]]] = []
    rows: list[list[_Cell]] = []
    caption: _Cell | None = None
    previous: _Cell | None = None
    last_end = 0
    for line in _LINE.finditer(text):
        segments = _segments(line.start(), line.group())
        if rows and text.count("\n", last_end, line.start()) > 1 and _another_table(rows, segments):
            found.append((caption, rows))  # after a blank line, another table's header
            rows, previous = [], None
        last_end = line.end()
        if not any("|" in seg for _, seg in segments):
            if rows:
                found.append((caption, rows))
                rows = []
            short = len(line.group()) <= _CAPTION_CHARS
            previous = _Cell(line.start(), line.end(), line.group()) if short else None
            continue
        if not rows:
            at, first = segments[0]
            caption = previous if "|" in first else _Cell(at, at + len(first), first)
        for at, seg in segments:
            if "|" in seg:
                rows.append(_cells(at, seg))
            elif rows and at != segments[0][0]:  # prose after the rows ends the table
                found.append((caption, rows))
                rows = []
    if rows:
        found.append((caption, rows))
    return found


def _another_table(rows: list[list[_Cell]], segments: list[tuple[int, str]]) -> bool:
    """Whether a line of cells after a blank line begins another table, not the next row (an
    imported table puts a blank line between its rows): it has another number of cells than the
    rows before, or it is a header after rows of numbers."""
    at, line = next(((a, seg) for a, seg in segments if "|" in seg), (0, ""))
    cells, last = _cells(at, line), next((r for r in reversed(rows) if r), [])
    if not cells or not last:
        return False
    numbers = any(_CELL_NUMBER.fullmatch(c.text) and not a_year(c.text) for c in last)
    return len(cells) != len(last) or (numbers and _header([cells, cells])[0] == cells)


def _segments(at: int, line: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _ROW_BREAK.finditer(line):
        out.append((at + start, line[start : m.start()]))
        start = m.end()
    out.append((at + start, line[start:]))
    return out


def _cells(at: int, row: str) -> list[_Cell]:
    cells, start = [], 0
    for piece in row.split("|"):
        stripped = piece.strip()
        if stripped and set(stripped) - set("-: "):  # not the "|---|" under a header
            lead = len(piece) - len(piece.lstrip())
            cells.append(_Cell(at + start + lead, at + start + lead + len(stripped), stripped))
        start += len(piece) + 1
    return cells


def _header(rows: list[list[_Cell]]) -> tuple[list[_Cell], list[list[_Cell]]]:
    """The first row is a header when no cell of it is a number other than a year ("Rank |
    Station | Entries", "Region | 2022 | 2023")."""
    rows = [r for r in rows if r]
    first = rows[0] if rows else []
    if len(rows) > 1 and not any(
        _CELL_NUMBER.fullmatch(c.text) and not a_year(c.text) for c in first
    ):
        return rows[0], rows[1:]
    return [], rows


def _id_cells(header: list[_Cell], rows: list[list[_Cell]]) -> set[_Cell]:
    """The cells of a column whose header says it numbers the rows: "Lot", "No.", "#", "Rank"."""
    out: set[_Cell] = set()
    for n, cell in enumerate(header):
        if cell.text.lower().rstrip(".") in _ID_HEADERS:
            out.update(r[n] for r in rows if n < len(r) and r[n].text.isdigit())
    return out


def _rank_cells(rows: list[list[_Cell]]) -> set[_Cell]:
    """First cells that count the rows off, 1, 2, 3 (from any start): ranks, not figures."""
    firsts = [r[0] for r in rows if len(r) > 1]
    if len(firsts) < _MIN_RANKED_ROWS or not all(c.text.isdigit() for c in firsts):
        return set()
    numbers = [int(c.text) for c in firsts]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return set()
    return set(firsts)
