"""Time anchors and speakers: when a figure holds ("as of November 10", "Friday", "since August 14")
and who said it ("Blinken told reporters", "according to the State Department", a quote's speaker).

Dates are resolved against the article's published date when the text leaves out the year or
gives only a weekday; an anchor that cannot be resolved stays unknown rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.claims.lexicon import MONTHS, WEEKDAYS

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?:the\s+)?(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>(?:19|20)\d\d))?(?!\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE = re.compile(r"\b(yesterday|today|last night|this morning|tonight)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# "in 2003", "a 2003 earthquake", "the 2019 election" — not "since 2019" or "by 2030"
_YEAR_WINDOW = re.compile(
    r"(?<!since )(?<!until )(?<!by )(?<!from )(?<!before )(?<!after )(?<!to )"
    r"\b(19[5-9]\d|20\d\d)\b(?!\s*[-–/]\s*\d)"
)
_DURATION = re.compile(
    r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous|first)\s+"
    r"(?:(?P<n>\d+|two|three|four|five|six|seven|ten|twelve|24|48|72)\s+)?"
    r"(?P<u>hours?|days?|weeks?|months?|years?|quarter|decade)\b"
    r"|\b(?P<per>per|a|each|every)\s+(?P<pu>day|week|month|year|hour)\b"
    r"|\b(?P<q>(?:first|second|third|fourth)\s+quarter|Q[1-4]|(?:first|second)\s+half)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"\bsince\s+(?:(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}))",
    re.IGNORECASE,
)
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|by|on|until|through)\s+$", re.IGNORECASE)
_PERIODS = {"first quarter": "Q1", "second quarter": "Q2", "third quarter": "Q3",
            "fourth quarter": "Q4", "first half": "H1", "second half": "H2"}  # fmt: skip
_PERIOD_WORDS = re.compile(
    r"\b(quarterly|annual|annually|full-year|last year|this year)\b", re.IGNORECASE
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "twelve": 12}


def article_year(text: str, published: date | None) -> int | None:
    """The year to give dates that leave it out: the published year, else the text's usual year."""
    if published:
        return published.year
    full = re.search(rf"{_MONTH}\s+[0-3]?\d,?\s+((?:19|20)\d\d)", text[:600])
    return int(full.group(1)) if full else None  # a year in passing ("a 2003 quake") is no anchor


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _make(year: int | None, month: int, day: str) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, int(re.sub(r"\D", "", day)))
    except ValueError:
        return None


def dates_in(sentence: str, year: int | None) -> list[tuple[int, date | None, bool]]:
    """(offset in sentence, date or None, explicit as-of) for each calendar date in a sentence."""
    out = []
    for m in _DATE.finditer(sentence):
        if m.group("iso"):
            d = date.fromisoformat(m.group("iso"))
        elif m.group("m1"):
            d = _make(
                int(m.group("y1")) if m.group("y1") else year, _month(m.group("m1")), m.group("d1")
            )
        else:
            d = _make(
                int(m.group("y2")) if m.group("y2") else year, _month(m.group("m2")), m.group("d2")
            )
        before = sentence[max(0, m.start() - 12) : m.start()]
        out.append((m.start(), d, bool(_AS_OF.search(before))))
    return out


def weekday_date(sentence: str, published: date | None) -> date | None:
    """'Friday' or 'yesterday', resolved to the latest such day on or before publication."""
    if published is None:
        return None
    m = _WEEKDAY.search(sentence)
    if m:
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        return published - timedelta(days=back)
    r = _RELATIVE.search(sentence)
    if r:
        return published - timedelta(
            days=1 if r.group(1).lower() in ("yesterday", "last night") else 0
        )
    return None


def as_of(sentence: str, offset: int, year: int | None, published: date | None) -> date | None:
    """The date a figure at `offset` in the sentence holds on, when the sentence anchors it."""
    found = [(pos, d, explicit) for pos, d, explicit in dates_in(sentence, year) if d is not None]
    since = {m.start() for m in re.finditer(r"\bsince\s+", sentence, re.IGNORECASE)}
    candidates = [
        (explicit, -abs(pos - offset), d)
        for pos, d, explicit in found
        if not any(0 <= pos - s <= 8 for s in since)
    ]
    if candidates:
        return max(candidates, key=lambda c: (c[0], c[1]))[2]
    return weekday_date(sentence, published)


def window(sentence: str, offset: int, year: int | None, published: date | None = None) -> str:
    """The span a figure is measured over: 'past 24 hours', 'per day', 'Q3', 'since 08-14',
    or 'in 2003' when the sentence is about another year than the article's."""
    for m in _DURATION.finditer(sentence):
        if m.group("per") and not 0 <= m.start() - offset <= 40:
            continue  # "a day" binds the figure just before it, not the whole sentence
        if m.group("q"):
            q = m.group("q").lower()
            return _PERIODS.get(q, q.upper())
        if m.group("per"):
            return f"per {m.group('pu').lower()}"
        n = m.group("n")
        n = _SMALL.get(n.lower(), n) if n else 1
        unit = m.group("u").lower().rstrip("s")
        return f"past {n} {unit}s"
    period = next(
        (m for m in _PERIOD_WORDS.finditer(sentence) if -60 <= m.start() - offset <= 60), None
    )
    if period:
        word = period.group(1).lower()
        return {"quarterly": "Q", "annual": "per year", "annually": "per year",
                "full-year": "per year", "last year": "in last year",
                "this year": "in this year"}.get(word, word)  # fmt: skip
    years = {int(m.group(1)) for m in _YEAR_WINDOW.finditer(sentence)}
    if years and (year is None or year not in years):
        return f"in {max(years)}"  # "a 2003 earthquake killed 177": another event's figure
    since_year = re.search(r"\bsince\s+((?:19|20)\d\d)\b", sentence)
    if since_year and -80 <= since_year.start() - offset <= 80:
        return f"from {since_year.group(1)}"  # "fallen by almost 30% since 2019"
    s = _SINCE.search(sentence)
    if s:
        month = _month(s.group("m1") or s.group("m2"))
        day = int(re.sub(r"\D", "", s.group("d1") or s.group("d2")))
        return f"since {month:02d}-{day:02d}"
    return ""


# ----------------------------------------------------------------------------- speakers

_SAY = (r"said|says|told|added|stated|announced|estimated|confirmed|acknowledged|claimed|reported"
        r"|noted|wrote|tweeted|insisted|warned|explained|recalled|argued|estimates|tells"
        r"|adds")  # fmt: skip
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|al-|bin\s+|de\s+|van\s+)?[A-Z][\w’'.-]*){0,4}"
_NAME_SAYS = re.compile(rf"(?P<name>{_NAME})\s+(?:{_SAY})\b")
_SAYS_NAME = re.compile(rf"\b(?:{_SAY})\s+(?P<name>{_NAME})")
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?:the\s+)?(?P<name>{_NAME})")
_PRONOUN_SAYS = re.compile(rf"\b(?:he|she)\s+(?:{_SAY})\b", re.IGNORECASE)
_NOUN_SAYS = re.compile(rf"\b(?P<name>(?i:the)\s+[a-z]+(?:\s+[a-z]+){{0,3}})\s+(?:{_SAY})\b")
_TITLES = {"secretary", "state", "president", "minister", "foreign", "defense", "defence",
           "spokesman", "spokeswoman", "spokesperson", "press", "pentagon", "general", "gen",
           "chief", "prime", "of", "the", "us", "u.s.", "deputy", "senator", "sen", "rep",
           "mayor", "governor", "gov", "police", "commissioner", "director", "ceo", "chairman",
           "official", "officials", "dr", "mr", "mrs", "ms", "prof", "national", "security",
           "adviser", "advisor", "envoy", "ambassador", "qatari", "white", "house"}  # fmt: skip
_NOT_NAMES = {"the", "we", "it", "they", "this", "that", "he", "she", "i", "you", "there", "but",
              "and", "so", "as", "in", "on", "at", "a", "an", "if", "when", "what",
              "who"}  # fmt: skip


def _clean_name(name: str) -> str:
    words = name.replace("’s", "").split()
    while words and words[0].lower().rstrip(".") in _NOT_NAMES:
        words = words[1:]
    # keep the person after the titles: "Secretary of State Antony Blinken" → "Antony Blinken"
    tail: list[str] = []
    for w in reversed(words):
        if w.lower().rstrip(".,") in _TITLES and tail:
            break
        tail.insert(0, w)
    if len(tail) < 2 and len(words) > len(tail):
        tail = words  # "State Department" is a body, not a title before a name
    name = " ".join(tail).strip(" ,.")
    if not name or name.lower() in _NOT_NAMES or name.lower() in _TITLES:
        return ""
    if name in WEEKDAY_NAMES or name.lower().rstrip(".") in MONTHS:
        return ""
    return name


WEEKDAY_NAMES = {d.capitalize() for d in WEEKDAYS}


def speaker_in(sentence: str, last_speaker: str) -> str:
    """The person or body a sentence attributes its words to, or ''."""
    for pattern in (_ACCORDING, _NAME_SAYS, _SAYS_NAME):
        for m in pattern.finditer(sentence):
            name = _clean_name(m.group("name"))
            if name:
                return name
    if _PRONOUN_SAYS.search(sentence) and last_speaker:
        return last_speaker
    m = _NOUN_SAYS.search(sentence)
    if m:
        return m.group("name")
    return ""


_QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a paragraph (a quote left open runs to the paragraph's end)."""
    return [m.span() for m in _QUOTE.finditer(paragraph) if m.end() - m.start() > 12]
