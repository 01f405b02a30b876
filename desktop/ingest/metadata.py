"""What every reader derives the same way: the title line, the dateline, the content hash.

Readers hand their text and whatever metadata the format carries to `make_document`, which fills
the gaps from the text itself: the first non-empty line becomes the title, a date near the top
becomes the publication date, and a hash of the whitespace-collapsed text reveals a re-import.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from desktop.model import Document

DATELINE_WINDOW = 300  # characters from the top of the text searched for a publication date
TITLE_MAX = 160  # a first "line" may be a whole paragraph; titles are cut at a word near this

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>\d\d?)-(?P<day>\d\d?)(?![\d-])"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
)
_LEADING_DATELINE = re.compile(r"^\s*(?:date[:\s]\s*)?\d{4}-\d\d?-\d\d?\b[\s:—–-]*", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|\s+#+\s*$")


def content_hash(text: str) -> str:
    """sha256 hex of `text` with whitespace runs collapsed to one space and the ends stripped."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def find_date(text: str, window: int = DATELINE_WINDOW) -> date | None:
    """The earliest valid date written near the top of `text` ("date 2021-09-02", "2 Sept 2021")."""
    head = text[:window]
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            value = _to_date(match)
            if value is not None:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else None


def parse_date(value: object) -> date | None:
    """A date from metadata: a `date`, or a string starting "YYYY-MM-DD" (ISO timestamps too)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = _DATE_PATTERNS[0].match(value.strip())
    return _to_date(match) if match else None


def title_from_text(text: str) -> str:
    """The first non-empty line, stripped of a leading dateline and Markdown heading marks."""
    for line in text.splitlines():
        line = _MARKDOWN_HEADING.sub("", _LEADING_DATELINE.sub("", line)).strip()
        if line:
            return _shorten(line)
    return ""


def make_document(
    text: str,
    *,
    origin: str,
    media_type: str,
    title: str = "",
    outlet: str = "",
    published: date | None = None,
) -> Document:
    """A Document for `text`, with title and date taken from the text when metadata has none."""
    title = " ".join(title.split())
    return Document(
        text=text,
        title=_shorten(title) if title else title_from_text(text),
        origin=origin,
        content_hash=content_hash(text),
        outlet=" ".join(outlet.split()),
        published=published or find_date(text),
        media_type=media_type,
    )


def _to_date(match: re.Match[str]) -> date | None:
    month = match["month"]
    number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    try:
        return date(int(match["year"]), number, int(match["day"]))
    except ValueError:
        return None


def _shorten(line: str) -> str:
    if len(line) <= TITLE_MAX:
        return line
    cut = line.rfind(" ", 0, TITLE_MAX)
    return line[: cut if cut > TITLE_MAX // 2 else TITLE_MAX].rstrip(" ,;:") + "…"
