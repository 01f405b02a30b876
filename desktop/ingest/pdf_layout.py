"""Printed pages back into an article: reading order, page furniture, paragraphs, hyphenation.

A PDF holds positioned pieces of text, not paragraphs. This module takes the pieces of every page
(one run of text on one baseline each, with its box and font size, as the PDF reader found them)
and gives the article's paragraphs: columns read one after the other, running headers and footers
("The Daily Ledger · Page 3 of 12", "3 / 12", the address and print date) dropped, the lines a
paragraph was broken into joined with a space, and a word hyphenated at a line end joined again.
Pure geometry and text: the PDF reader (`pdf.py`) turns a file into pieces.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True)
class Piece:
    """A run of text on one baseline. PDF coordinates: y grows upwards, in points."""

    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float  # font size
    hyphen_end: bool = False  # the run ends with a hyphen the PDF marks as a line-end break
    cells: int = 1  # runs set apart on one baseline of a column: a table's row when more than one


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    pieces: tuple[Piece, ...]


# Headers and footers sit in these bands of the page height.
_BAND = 0.1
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|seite|página|pagina)?\s*[-–—(]?\s*\d{1,4}\s*[-–—)]?"
    r"(?:\s*(?:of|/|de|von|di|sur)\s*\d{1,4})?",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DATE_TIME = re.compile(
    r"[\d/.:,\s-]+(?:[ap]\.?m\.?)?"
    r"|(?:\w+ \d{1,2},? \d{4}|\d{1,2} \w+,? \d{4})(?:,? \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
_SENTENCE_END = tuple('.!?:;"”’)')
_CELL_CHARS = 25  # a table's cell after the row's label is short: a number, a head, a unit
_CAPTION_CHARS = 120  # a line before a table's rows this short is its caption


def paragraphs(pages: list[Page]) -> list[str]:
    """The article's paragraphs, in reading order, without page furniture."""
    furniture = _furniture(pages)
    lines: list[tuple[Piece, float, float, float]] = []  # piece, column left, right, pitch
    longest = 0
    for page in pages:
        lone = [p.y for p in page.pieces if _alone(page, p)]
        body = [
            p
            for p in page.pieces
            if _key(page, p) not in furniture
            and not _alone(page, p)
            and not (_key(page, p) and any(abs(p.y - y) < 1 for y in lone))  # beside a page no.
        ]
        for column in _columns(body, page.width):
            column = _rows(column)
            if not column:
                continue
            left, right = _edges(column)
            pitches = [
                a.y - b.y
                for a, b in zip(column, column[1:], strict=False)
                if 0 < a.y - b.y < 3 * a.size
            ]
            pitch = median(pitches) if pitches else column[0].size * 1.2
            lines.extend((p, left, right, pitch) for p in column)
            longest = max(longest, len(column))
    if longest < 3:  # no column of body text to measure lines against: a line is a paragraph
        return [" ".join(p.text.split()) for p, *_ in lines]
    return _join(lines)


def _rows(column: list[Piece]) -> list[Piece]:
    """A column's runs on one baseline as one line: the cells of a table's row ("Donations and
    legacies", "41,208", "58.2") are read across, one row a line, not each a paragraph."""
    out: list[Piece] = []
    for piece in column:
        last = out[-1] if out else None
        if last is not None and abs(last.y - piece.y) < 0.3 * max(last.size, piece.size):
            out[-1] = Piece(
                f"{last.text}  {piece.text}",  # two spaces: where one cell ends
                min(last.x0, piece.x0),
                max(last.x1, piece.x1),
                last.y,
                max(last.size, piece.size),
                piece.hyphen_end,
                last.cells + piece.cells,
            )
        else:
            out.append(piece)
    return out


def _a_row(piece: Piece) -> bool:
    """A table's row: runs apart on one baseline, all but the first (its label) short."""
    return piece.cells > 1 and all(len(cell) <= _CELL_CHARS for cell in piece.text.split("  ")[1:])


def _edges(column: list[Piece]) -> tuple[float, float]:
    """Where the column's lines start and end: the most common start, and the end most lines
    reach (a stray piece to one side moves neither)."""
    starts = Counter(round(p.x0) for p in column)
    left = float(starts.most_common(1)[0][0]) if starts else 0.0
    ends = sorted(p.x1 for p in column)
    right = ends[int(len(ends) * 0.8)] if len(ends) >= 5 else ends[-1]
    return left, right


def _key(page: Page, piece: Piece) -> tuple[str, str] | None:
    """Where a piece stands (top or bottom band) and its text with digits blanked."""
    if piece.y > page.height * (1 - _BAND):
        band = "top"
    elif piece.y < page.height * _BAND:
        band = "bottom"
    else:
        return None
    return band, re.sub(r"\d+", "#", " ".join(piece.text.split()).lower())


def _furniture(pages: list[Page]) -> set[tuple[str, str] | None]:
    """Texts that recur in the top or bottom band of several pages: running heads and feet."""
    if len(pages) < 2:
        return set()
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages:
        counts.update({key for piece in page.pieces if (key := _key(page, piece))})
    return {key for key, n in counts.items() if n >= 2}


def _alone(page: Page, piece: Piece) -> bool:
    """A page number, address or print date on its own in the top or bottom band."""
    if _key(page, piece) is None:
        return False
    text = piece.text.strip()
    return bool(
        _PAGE_NUMBER.fullmatch(text) or _ADDRESS.fullmatch(text) or _DATE_TIME.fullmatch(text)
    )


def _columns(pieces: list[Piece], width: float) -> list[list[Piece]]:
    """Pieces in reading order, as runs of one column each: a two-column page is read down the
    left column, then down the right; text across both (a headline) is read where it stands."""
    ordered = sorted(pieces, key=lambda p: (-round(p.y, 1), p.x0))
    gutter = _gutter(ordered, width)
    if gutter is None:
        return [ordered]
    runs: list[list[Piece]] = []
    left: list[Piece] = []
    right: list[Piece] = []
    for piece in ordered:
        if piece.x1 <= gutter:
            left.append(piece)
        elif piece.x0 >= gutter:
            right.append(piece)
        else:  # across the gutter: what came before it is read first
            runs += [left, right, [piece]]
            left, right = [], []
    return runs + [left, right]


def _gutter(pieces: list[Piece], width: float) -> float | None:
    """The x of a gap between two columns that (almost) no line crosses, if there is one: the
    middle of the widest stretch of the page's middle that the fewest lines cross."""
    if len(pieces) < 6:
        return None
    best: list[tuple[int, float]] = []
    for step in range(60, 141):  # 30 % to 70 % of the width, in half-percent steps
        x = width * step / 200
        left = sum(1 for p in pieces if p.x1 <= x)
        right = sum(1 for p in pieces if p.x0 >= x)
        if left >= 3 and right >= 3:
            best.append((len(pieces) - left - right, x))
    if not best:
        return None
    fewest = min(n for n, _ in best)
    if fewest > max(1, len(pieces) // 20):
        return None
    xs = [x for n, x in best if n == fewest]
    gutter = (xs[0] + xs[-1]) / 2 if xs[-1] - xs[0] < width * 0.1 else xs[len(xs) // 2]
    right = [len(p.text) for p in pieces if p.x0 >= gutter]
    if median(right) <= _CELL_CHARS:
        return None  # the columns of a table's numbers, not a second column of text
    return gutter


def _join(lines: list[tuple[Piece, float, float, float]]) -> list[str]:
    """Lines into paragraphs: a new paragraph after a wide gap, at an indent, after a short line
    that ends a sentence, or where the type size changes."""
    out: list[list[str]] = []
    tables: set[int] = set()  # the paragraphs that are a table's caption and rows, a row a line
    previous: tuple[Piece, float, float, float] | None = None
    hyphened_words = _hyphened_words(lines)
    for line in lines:
        piece, left, right, pitch = line
        text = " ".join(piece.text.split())
        if not text:
            continue
        if _a_row(piece):
            if len(out) - 1 not in tables:  # a short line just before the rows: their caption
                caption = out and len(out[-1]) == 1 and len(out[-1][0]) <= _CAPTION_CHARS
                if not caption or out[-1][0].rstrip('"”’').endswith((".", "!", "?")):
                    out.append([])
                tables.add(len(out) - 1)
            out[-1].append(text)
        elif previous is None or len(out) - 1 in tables or _breaks(previous, line):
            out.append([text])
        else:
            out[-1].append(text)
            _mend_hyphen(out[-1], previous[0].hyphen_end, hyphened_words)
        previous = line
    return [("\n" if n in tables else " ").join(parts) for n, parts in enumerate(out)]


def _breaks(
    before: tuple[Piece, float, float, float], line: tuple[Piece, float, float, float]
) -> bool:
    a, a_left, a_right, pitch = before
    b, b_left, _, _ = line
    if abs(a.size - b.size) > 0.5:
        return True  # headline, byline, body
    same_column = a_left == b_left and 0 < a.y - b.y
    if same_column and a.y - b.y > max(1.6 * pitch, 1.5 * a.size):
        return True  # space between paragraphs
    if b.x0 > b_left + 0.8 * b.size:
        return True  # the new line is indented
    # A line that stops where the next line's first word would have fitted ends a paragraph.
    room = a_right - a.x1
    char_width = (b.x1 - b.x0) / max(1, len(b.text))
    first_word = len(b.text.split(maxsplit=1)[0])
    fitted = room > (first_word + 1.5) * char_width
    ended = a.text.rstrip().endswith(_SENTENCE_END)
    return fitted and (ended or room > 0.4 * (a_right - a_left))


def _hyphened_words(lines: list[tuple[Piece, float, float, float]]) -> set[str]:
    """Words the article writes with a hyphen inside a line ('two-thirds', 'well-known'): a line
    broken at such a hyphen keeps it when joined."""
    words: set[str] = set()
    for piece, *_ in lines:
        words.update(w.lower() for w in re.findall(r"\w+-\w+", piece.text))
    return words


def _mend_hyphen(parts: list[str], marked: bool, hyphened: set[str]) -> None:
    """'evacu-' + 'ated' → 'evacuated'; 'two-' + 'thirds' stays 'two-thirds' when the article
    writes it so; 'COVID-' + '19' keeps its hyphen."""
    head, tail = parts[-2], parts[-1]
    ends = re.search(r"(\w+)[-\u00ad\u2010]$", head)
    starts = re.match(r"\w+", tail)
    if not ends or not starts:
        return
    first, second = ends.group(1), starts.group()
    if second[:1].isdigit() or first[-1:].isdigit():
        glued = head + tail  # "COVID-" "19", "34-" "year-old": a real hyphen
    elif f"{first}-{second}".lower() in hyphened or (second[:1].isupper() and not marked):
        glued = head + tail
    else:
        glued = head[:-1] + tail
    parts[-2:] = [glued]
