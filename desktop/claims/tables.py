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
from dataclasses import dataclass, field

from desktop.claims.lexicon import CURRENCY_SYMBOLS, PLURAL_SCALES, SCALE_SUFFIXES, SCALE_WORDS
from desktop.claims.words import alternation, english

_W = english()

_THOUSANDS_MARKS = _W.sequence("tables.thousands_marks")  # "(000s)", "('000)"
_METRE_HEADERS = _W.words("tables.metre_headers")  # "Height (m)" is metres, not millions
_ROW_BREAK = re.compile(r"\s+[—–]\s+")  # rows run together: "… (m) — 1 | Waterloo | 41.4 — 2 | …"
_CELL_NUMBER = re.compile(r"[-+−]?\d[\d,.\u00a0\u202f ]*")
_SCALES = {**SCALE_WORDS, **PLURAL_SCALES, **SCALE_SUFFIXES}
_SCALE_NOTE = re.compile(
    r"\(\s*(?P<sign>" + alternation(list(CURRENCY_SYMBOLS)) + r")?\s*"
    r"(?P<scale>" + alternation([*_SCALES, *_THOUSANDS_MARKS]) + r")?\s*\)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_MIN_RANKED_ROWS = 2
_CAPTION_CHARS = 120  # a line longer than this before a table is prose, not its caption


@dataclass(frozen=True)
class Scale:
    """What a header says of the numbers under it: "(£m)" is factor 1e6 and currency GBP."""

    factor: float = 1.0
    currency: str = ""


@dataclass(frozen=True)
class Tables:
    """The spans of a text's rank cells, and the scale of each number cell a header scales,
    keyed by where the cell's number starts."""

    ranks: tuple[tuple[int, int], ...] = ()
    scales: dict[int, Scale] = field(default_factory=dict)

    def ranks_in(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The rank cells that start in text[start:end]."""
        return self.ranks[bisect_left(self.ranks, (start,)) : bisect_left(self.ranks, (end,))]


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int
    text: str


def read_tables(text: str) -> Tables:
    """The rank cells and scaled number cells of every table in `text`."""
    if "|" not in text:
        return Tables()
    ranks: list[tuple[int, int]] = []
    scales: dict[int, Scale] = {}
    for caption, rows in _tables(text):
        header, body = _header(rows)
        ranked = _rank_cells(body)
        ranks.extend((c.start, c.end) for c in ranked)
        by_column = [_scale_of(c.text) for c in header] if header else []
        whole = _scale_of(caption) if caption else None
        for row in body:
            for n, cell in enumerate(row):
                if cell in ranked or not _CELL_NUMBER.fullmatch(cell.text):
                    continue
                scale = (by_column[n] if n < len(by_column) else None) or whole
                if scale is not None:
                    scales[cell.start] = scale
    return Tables(tuple(sorted(ranks)), scales)


def _tables(text: str) -> list[tuple[str, list[list[_Cell]]]]:
    """Each table as (caption, rows of cells): consecutive lines holding "|", with a short line
    before them as caption, or one line's dash-separated segments holding "|", after the
    segment that captions them."""
    found: list[tuple[str, list[list[_Cell]]]] = []
    rows: list[list[_Cell]] = []
    caption = previous = ""
    for line in re.finditer(r"[^\n]+", text):
        segments = _segments(line.start(), line.group())
        if not any("|" in seg for _, seg in segments):
            if rows:
                found.append((caption, rows))
                rows = []
            previous = line.group() if len(line.group()) <= _CAPTION_CHARS else ""
            continue
        if not rows:
            caption = previous if "|" in segments[0][1] else segments[0][1]
        for at, seg in segments:
            if "|" in seg:
                rows.append(_cells(at, seg))
            elif rows and at != segments[0][0]:  # prose after the rows ends the table
                found.append((caption, rows))
                rows = []
    if rows:
        found.append((caption, rows))
    return found


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
    """The first row is a header when no cell of it is a number ("Rank | Station | Entries")."""
    rows = [r for r in rows if r]
    if len(rows) > 1 and not any(_CELL_NUMBER.fullmatch(c.text) for c in rows[0]):
        return rows[0], rows[1:]
    return [], rows


def _rank_cells(rows: list[list[_Cell]]) -> set[_Cell]:
    """First cells that count the rows off, 1, 2, 3 (from any start): ranks, not figures."""
    firsts = [r[0] for r in rows if len(r) > 1]
    if len(firsts) < _MIN_RANKED_ROWS or not all(c.text.isdigit() for c in firsts):
        return set()
    numbers = [int(c.text) for c in firsts]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return set()
    return set(firsts)


def _scale_of(header: str) -> Scale | None:
    """The scale a header's note in brackets gives: "(m)", "(£bn)", "(000s)", "($)"; None for
    none, and for "(m)" after a length ("Height (m)" is metres)."""
    for m in _SCALE_NOTE.finditer(header):
        sign, scale = m.group("sign"), (m.group("scale") or "").lower()
        if not sign and not scale:
            continue
        if scale == "m" and not sign:
            words = {w.lower() for w in _WORD.findall(header[: m.start()])}
            if words & _METRE_HEADERS:
                return None
        factor = 1000.0 if scale in _THOUSANDS_MARKS else float(_SCALES.get(scale, 1))
        return Scale(factor, CURRENCY_SYMBOLS[sign] if sign else "")
    return None
