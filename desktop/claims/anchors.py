"""Time anchors and speakers: when a figure holds ("as of November 10", "Friday", "since August 14")
and who said it ("Blinken told reporters", "according to the State Department", a quote's speaker).

Dates are resolved against the article's published date when the text leaves out the year or
gives only a weekday; an anchor that cannot be resolved stays unknown rather than guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from typing import Generic, TypeVar

from desktop.claims.lexicon import MONTHS, WEEKDAYS
from desktop.claims.words import alternation, english
from desktop.model import Timeframe, TimeKind

_W = english()


_MONTH = rf"(?:{alternation(m.capitalize() for m in MONTHS)})\.?"
# The look-ahead spares the scan trying every month name at each letter that starts none
_MONTH_INITIALS = "".join(sorted({re.escape(m.capitalize()[:1]) for m in MONTHS}))
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?:the\s+)?(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?=[{_MONTH_INITIALS}])"
    rf"(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>(?:19|20)\d\d))?(?!\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"\b({alternation(d.capitalize() for d in WEEKDAYS)})\b")
_DAYS_BACK = _W.values("anchors.days_back")
_RELATIVE = re.compile(rf"\b({alternation(_DAYS_BACK)})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# "in 2003", "a 2003 earthquake", "the 2019 election" — not "since 2019" or "by 2030"
_YEAR_WINDOW = re.compile(
    "(?=[12])"  # a year starts so: the look-behinds are asked only there
    + "".join(f"(?<!{re.escape(w)} )" for w in sorted(_W.words("anchors.not_before_a_year")))
    + r"\b(19[5-9]\d|20\d\d)\b(?!\s*[-–/]\s*\d)"
)
_SPACES = r"\s+"
_SPACES_OR_HYPHENS = r"[\s-]+"  # "fourth-quarter revenue"
_SMALL = _W.values("anchors.small_numbers")
_PERIODS = _W.values("anchors.periods")
# "£28,000 a year before tax": what the amount is counted before, not a year back (where the
# words end there: "a year after tax cuts took effect" is a year on)
_ACCOUNTS_FOR = (
    rf"(?:{alternation(_W.words('counted.accounts_for'), space=_SPACES)})"
    rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{alternation(_W.words('counted.accounts_end'))})\b)"
)
_DURATION = re.compile(
    rf"\b(?:{alternation(_W.words('anchors.duration.prepositions'))})\s+the\s+"
    rf"(?:{alternation(_W.words('anchors.duration.recent'))})\s+"
    rf"(?:(?P<n>\d+|{alternation(_SMALL)})\s+)?"
    rf"(?P<u>{alternation(_W.words('anchors.duration.units'))})\b"
    rf"|(?<!\bin\s)\b(?P<per>{alternation(_W.words('anchors.duration.per'))})\s+"
    rf"(?P<pu>{alternation(_W.words('anchors.duration.per_units'))})\b"
    rf"(?!\s+(?:{alternation(_W.words('anchors.duration.not_after_per'))})\b"
    rf"(?!\s+{_ACCOUNTS_FOR}))",  # "£28,000 a year before tax" is by the year
    re.IGNORECASE,
)
_MONTHS_OF_A_YEAR = _W.values("anchors.months_of_a_year")  # "first three months" → "Q1"
_OF_A_YEAR = alternation(_W.words("anchors.of_a_year"), space=_SPACES)  # "the year"
_SPAN_NOUNS = alternation(_W.words("anchors.span_nouns"))  # "the January-March quarter"
_PART_OF_YEAR = re.compile(
    rf"\b(?P<q>{alternation(_PERIODS, space=_SPACES_OR_HYPHENS)}|Q[1-4]"
    rf"|(?:{alternation(_MONTHS_OF_A_YEAR, space=_SPACES)})"
    rf"(?=\s+of\s+(?:{_OF_A_YEAR}|(?:19|20)\d\d\b))"
    rf"|(?P<m1>{_MONTH})\s*[-–]\s*(?P<m2>{_MONTH})(?=\s+(?:{_SPAN_NOUNS})\b))\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"\bsince\s+(?:(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}))",
    re.IGNORECASE,
)
_AS_OF_WORDS = alternation(_W.words("anchors.as_of"), space=_SPACES)
_AS_OF = re.compile(rf"\b(?:{_AS_OF_WORDS})\s+$", re.IGNORECASE)
_PERIOD_WINDOWS = _W.values("anchors.period_windows")
_YEARS_BACK = _W.values("anchors.years_back")
_SPANS_BACK = _W.values("anchors.spans_back")
_BACK_WORDS = _W.words("anchors.back_words")
# "five years ago", "3 months earlier": a span of several units back
_SEVERAL_BACK = (
    rf"(?:\d+|{alternation(list(_SMALL))})\s+(?:{alternation(_W.words('anchors.duration.units'))})"
    rf"\s+(?:{alternation(_BACK_WORDS)})"
)
_PERIOD_WORDS = re.compile(
    rf"\b({alternation([*_PERIOD_WINDOWS, *_YEARS_BACK, *_SPANS_BACK])}|{_SEVERAL_BACK})\b"
    rf"(?!\s+{_ACCOUNTS_FOR})",
    re.IGNORECASE,
)
# A year right after a quarter or a half names its year: "Q3 2024", "the first half of 2025"
_YEAR_AFTER = re.compile(r"(?:,?\s+|\s+of\s+)((?:19|20)\d\d)\b")


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
            try:
                d: date | None = date.fromisoformat(m.group("iso"))
            except ValueError:
                d = None
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


def named_days(sentence: str, published: date | None) -> list[tuple[int, int, date]]:
    """(offset in sentence, end, date) of each weekday ('Friday') and each day named by its
    distance from publication ('yesterday'), resolved to the latest such day on or before
    publication; a day right after 'since' opens a window and is left out. A weekday's end takes
    in its possessive: "Saturday's landslide" names an event, "Sunday's 46.3C" the figure's day."""
    if published is None:
        return []
    since = [m.start() for m in _SINCE_WORD.finditer(sentence)]
    out = []
    for m in _WEEKDAY.finditer(sentence):
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        out.append((m.start(), m.end(), published - timedelta(days=back)))
    for r in _RELATIVE.finditer(sentence):
        days_back = _DAYS_BACK[r.group(1).lower()]
        out.append((r.start(), r.end(), published - timedelta(days=days_back)))
    return [day for day in out if not _just_after(since, day[0])]


_POSSESSIVE = re.compile(r"['’]s\b")
_OWNS_THE_FIGURE = 12  # characters from "Sunday's" to the figure it dates: "Sunday's record 46.3C"


T = TypeVar("T")

# How far from a figure, in characters, a date or period can govern it. News sentences are far
# shorter; the bound keeps a pathological "sentence" of thousands of figures linear.
_REACH = 400


class _Near(Generic[T]):
    """Positions of one kind of match in a sentence, looked up near an offset by bisection."""

    def __init__(self, items: list[tuple[int, T]]) -> None:
        self._items = items
        self._starts = [pos for pos, _ in items]

    def around(self, offset: int, before: int, after: int) -> list[tuple[int, T]]:
        lo = bisect_left(self._starts, offset - before)
        hi = bisect_right(self._starts, offset + after)
        return self._items[lo:hi]


class SentenceTime:
    """When the figures of one sentence hold and what span they are measured over. Built once
    per sentence; each figure's look-up reads only the matches near it."""

    def __init__(self, sentence: str, year: int | None, published: date | None) -> None:
        self._year, self._published, self._sentence = year, published, sentence
        since = [m.start() for m in _SINCE_WORD.finditer(sentence)]
        dated = [
            (pos, (explicit, d))
            for pos, d, explicit in dates_in(sentence, year)
            if d is not None and not _just_after(since, pos)
        ]
        self._dates = _Near(dated)
        self._days: list[tuple[int, int, date]] | None = None  # named days, read on first need
        durations = list(_DURATION.finditer(sentence))
        self._durations = _Near([(m.start(), m) for m in durations])
        self._periods = _Near([(m.start(), m) for m in _PERIOD_WORDS.finditer(sentence)])
        parts = list(_PART_OF_YEAR.finditer(sentence))
        # where "in the first quarter" would read as a span back: the quarter it names
        self._quarters_at = {
            d.start() for d in durations for q in parts if d.start() < q.start() < d.end()
        }
        self._parts_of_year = _Near([(m.start(), m) for m in parts])
        # the year of "Q3 2024" or "the third quarter of 2024" is the quarter's, by its start
        self._year_of_part = {
            m.start(): y for m in parts if (y := _YEAR_AFTER.match(sentence, m.end()))
        }
        quarters_years = {y.start(1) for y in self._year_of_part.values()}
        self._years = _Near(
            [
                (m.start(), m)
                for m in _YEAR_WINDOW.finditer(sentence)
                if not _OPENS_A_SPAN.search(sentence, max(0, m.start() - 16), m.start())
                and m.start() not in quarters_years
            ]
        )
        self._since_years = _Near([(m.start(), m) for m in _SINCE_YEAR.finditer(sentence)])
        self._since = _Near([(m.start(), m) for m in _SINCE.finditer(sentence)])
        # read once per sentence: a figure takes the last dated clause before it, and the
        # sentence's first "since the <year> …, which" when that ends before it
        self._dated_clauses = list(_DATED_CLAUSE.finditer(sentence))
        self._dated_ends = [m.end() for m in self._dated_clauses]
        self._since_event = _SINCE_EVENT.search(sentence)
        self._semicolons = [m.start() for m in re.finditer(";", sentence)]

    def as_of(self, offset: int) -> date | None:
        """The date a figure at `offset` holds on, when the sentence anchors it."""
        candidates = [
            (explicit, -abs(pos - offset), d)
            for pos, (explicit, d) in self._dates.around(offset, _REACH, _REACH)
        ]
        if candidates:
            return max(candidates, key=lambda c: (c[0], c[1]))[2]
        if self._days is None:
            self._days = named_days(self._sentence, self._published)
        # the day named nearest the figure: "46.3 on Sunday was beaten on Tuesday by 46.8"
        near = [(abs(pos - offset), d) for pos, end, d in self._days if self._can_date(end, offset)]
        return min(near, key=lambda n: n[0])[1] if near else None

    def _can_date(self, end: int, offset: int) -> bool:
        """Whether the day named up to `end` can date a figure at `offset`: "Saturday's
        landslide" dates the landslide, not the "12 people still missing" after it."""
        owned = _POSSESSIVE.match(self._sentence, end)
        return not owned or 0 <= offset - owned.end() <= _OWNS_THE_FIGURE

    def _semicolon_between(self, start: int, end: int) -> bool:
        """Whether a semicolon stands in the sentence from `start` up to `end`."""
        k = bisect_left(self._semicolons, start)
        return k < len(self._semicolons) and self._semicolons[k] < end

    def window(self, offset: int, end: int | None = None) -> Timeframe:
        """The time a figure at `offset`…`end` covers: a rate ('per day'), a span back from its
        date ('past 24 hours'), a calendar period resolved to its days ('the third quarter', 'last
        year', 'a 2003 earthquake'), a change since a year ('since 2019') or a count since a day."""
        own = None
        if end is not None:  # "1,450 daily flights", "320,000 barrels daily": its own words
            own = _RATE_IN_FIGURE.search(self._sentence, offset, end) or _RATE_AFTER.match(
                self._sentence, end
            )
        if own:  # the figure's own words make it a rate
            return Timeframe(TimeKind.RATE, _RATE_ADJECTIVES[own.group(1).lower()])
        for _, m in self._durations.around(offset, _REACH, _REACH):
            if m.group("per") and not 0 <= m.start() - offset <= 40:
                continue  # "a day" binds the figure just before it, not the whole sentence
            if m.group("per") and end is not None and m.start() < end:
                continue  # "a day and a half": the figure's own unit, no rate
            if m.group("per") and _A_NUMBER.search(self._sentence, end or offset, m.start()):
                continue  # "1,912 dead in a year, that's five every day": the five's rate
            if m.start() in self._quarters_at:
                continue  # "in the first quarter" is a calendar quarter, not a span back
            if not m.group("per") and self._reached_after(m, offset):
                continue  # "killed 40 in the past day, bringing the toll to 300": the 40's
            return Timeframe(
                TimeKind.RATE if m.group("per") else TimeKind.RECENT, _duration_window(m)
            )
        # the period named nearest the figure: "300 in 2024, against 378 this year"
        end = offset if end is None else end
        named: list[tuple[int, Timeframe]] = []
        for pos, m in self._parts_of_year.around(offset, _PERIOD_REACH, _PERIOD_REACH):
            if self._governs(m, offset, end):
                named.append((abs(pos - offset), self._part_of_year(m)))
        for pos, m in self._periods.around(offset, _PERIOD_REACH, _PERIOD_REACH):
            if self._governs(m, offset, end) and not self._rate_of_another(m, offset, end):
                named.append((abs(pos - offset), self._period_word(m.group(1).lower())))
        for pos, m in self._years.around(offset, _PERIOD_REACH, _PERIOD_REACH):
            if not self._governs(m, offset, end):
                continue
            year = int(m.group(1))
            if year != self._year:  # "a 2003 earthquake killed 177": another event's figure
                named.append((abs(pos - offset), _calendar_year(year)))
            else:
                named.append((abs(pos - offset), Timeframe()))  # the article's own year
        if named:
            return min(named, key=lambda n: n[0])[1]
        before = bisect_right(self._dated_ends, offset)
        dated = self._dated_clauses[before - 1] if before else None
        if dated and not self._semicolon_between(dated.end(), offset):
            year = int(dated.group(1))  # "March 2024, when … a turnout of 44.4%": that year's
            return _calendar_year(year) if year != self._year else Timeframe()
        event = self._since_event
        # "since the 2009 Lomnica earthquake, which killed 212 people": that year's
        if event and event.end() <= offset and not self._semicolon_between(event.end(), offset):
            return _calendar_year(int(event.group(1)))
        since_year = self._since_years.around(offset, 80, 80)
        if since_year:  # "fallen by almost 30% since 2019"
            year = since_year[0][1].group(1)
            after = _WHEN.match(self._sentence, since_year[0][1].end())
            if after and offset >= after.end():  # "since 2023, when … 380 flights": that year's
                return _calendar_year(int(year))
            return Timeframe(TimeKind.CHANGE, f"from {year}")
        since = self._since.around(offset, _REACH, _REACH)
        if since:
            s = since[0][1]
            month = _month(s.group("m1") or s.group("m2"))
            day = int(re.sub(r"\D", "", s.group("d1") or s.group("d2")))
            return Timeframe(TimeKind.SINCE, f"since {month:02d}-{day:02d}")
        return Timeframe()

    def _governs(self, m: re.Match[str], start: int, end: int) -> bool:
        """A period named at `m` is the time of the figure at `start`…`end`, unless it is what a
        change is measured against ("up 3.8% on last year") or another number stands between
        them set against it, whose period it is ("412,000, up from 214,000 in 2022")."""
        if _COMPARED.search(self._sentence, max(0, m.start() - 20), m.start()):
            return False
        between = (
            self._sentence[end : m.start()] if m.start() >= end else self._sentence[m.end() : start]
        )
        if ";" in between:
            return False  # "it held 34 percent; a year ago, 68 percent": another clause's
        if m.start() >= end and self._sentence.startswith(("'s", "’s"), m.end()):
            return False  # "€130m, a fifth of last year's profit of €640m": the profit's year
        if m.start() >= end and "," in between and self._number_after(m.end()):
            return False  # "growth up to 0.5 percent, and the annual rate to 1.3 percent"
        if m.start() >= end and _YEAR_OF_NUMBER.search(between):
            return False  # "46.8C beat the 45.9C of 2019": the year is the other number's
        if m.start() < start and self._of_number_before(m):
            return False
        return not (_CONTRAST.search(between) and _DIGIT.search(between))

    def _rate_of_another(self, m: re.Match[str], start: int, end: int) -> bool:
        """Whether the rate word at `m` ("annual", "quarterly") is another number's, one that
        stands between it and the figure across another clause: "the group's annual output of 5.9
        million and employs 1,850" (the output is yearly, the staff are not); not "annual sales
        rose 4% to £3bn", where the rise and the level are both the sales'."""
        if m.group(1).lower() not in _PERIOD_WINDOWS:
            return False
        lo, hi = (m.end(), start) if m.end() <= start else (end, m.start())
        between = self._sentence[lo:hi]
        return bool(_NOT_A_YEAR_NUMBER.search(between) and _CLAUSE_BREAK.search(between))

    def _reached_after(self, m: re.Match[str], offset: int) -> bool:
        """Whether the figure at `offset` is the running total a change brings to after the span
        back at `m`, the change's number just before the span ("killed 40 in the past day,
        bringing the toll to 300"): the span is the change's, the total holds at its end."""
        if m.end() > offset or not _CHANGE_TARGET.fullmatch(self._sentence, m.end(), offset):
            return False
        before = re.split(
            r"[,;.:]\s", self._sentence[max(0, m.start() - _CHANGE_BEFORE) : m.start()]
        )
        return bool(_NOT_A_YEAR_NUMBER.search(before[-1]))

    def _of_number_before(self, m: re.Match[str]) -> bool:
        """Whether the period at `m` is the time of the number just before it: any number
        before a span back ("up from 86 a week earlier, and about 300 probable"), a base a
        change is set against before another period ("21,400 officers, against 23,100 in 2015,
        and 2,500 posts")."""
        lo = max(0, m.start() - _ATTACHED)
        before = re.split(r"[;.]", self._sentence[lo : m.start()])[-1]
        at = m.start() - len(before)
        if _span_back(m.group(1).lower()):
            return bool(_DIGIT.search(before))
        number = _NOT_A_YEAR_NUMBER.search(self._sentence, at, m.start())
        if number is None:
            return False
        lo = max(0, number.start() - _BASE_REACH)
        return bool(_DATED_BASE.search(self._sentence, lo, number.start()))

    def _number_after(self, at: int) -> bool:
        """Whether a number (not a year) follows `at` in its clause, close by: the period word
        before it is that number's."""
        clause = re.split(r"[,;.:]", self._sentence[at : at + _NEXT_NUMBER])[0]
        return bool(_NOT_A_YEAR_NUMBER.search(clause))

    def _reference(self) -> date | None:
        """The day periods are counted back from: the published date, else the end of the
        article's year when the text gives one."""
        if self._published:
            return self._published
        return date(self._year, 12, 31) if self._year else None

    def _part_of_year(self, m: re.Match[str]) -> Timeframe:
        """'the third quarter', 'Q3 2024', 'the first half of 2025': the year named right after,
        else the latest such period begun by the article's date."""
        q = m.group("q").lower()
        words = " ".join(re.split(_SPACES_OR_HYPHENS, q))
        if m.group("m1"):  # "the January-March quarter": months named, a quarter when aligned
            first_month, last_month = _month(m.group("m1")), _month(m.group("m2"))
            months = (last_month - first_month) % 12 + 1
            aligned = months == 3 and first_month % 3 == 1
            name = f"Q{first_month // 3 + 1}" if aligned else m.group("q")
        else:
            name = _PERIODS.get(words) or _MONTHS_OF_A_YEAR.get(words) or q.upper()  # "Q3", "H1"
            months = 3 if name[0] == "Q" else 6
            first_month = (int(name[1]) - 1) * months + 1
        named = self._year_of_part.get(m.start())
        if named:
            year = int(named.group(1))
        elif (ref := self._reference()) is not None:
            year = ref.year if (ref.month, ref.day) >= (first_month, 1) else ref.year - 1
        else:
            return Timeframe(TimeKind.PERIOD, name)
        return Timeframe(TimeKind.PERIOD, name, *_months_span(year, first_month, months))

    def _period_word(self, word: str) -> Timeframe:
        """'annual' is a rate; 'last year' is counted back from the article's date, or keeps its
        words when the article has none. (A month is no period here: "in March" dates an event
        as often as it bounds a count, and the two cannot be told apart by their words.)"""
        if said := _span_back(word):  # "a year earlier": the same span, one back (no calendar)
            return Timeframe(TimeKind.PERIOD, said)
        if word not in _YEARS_BACK:
            return Timeframe(TimeKind.RATE, _PERIOD_WINDOWS.get(word, word))
        if (ref := self._reference()) is None:
            return Timeframe(TimeKind.PERIOD, word)
        days = _months_span(ref.year - _YEARS_BACK[word], 1, 12)
        return Timeframe(TimeKind.PERIOD, word, *days)


def _span_back(words: str) -> str:
    """How a label says a span back ('a year earlier', 'five years earlier'), '' for none."""
    if words in _SPANS_BACK:
        return _SPANS_BACK[words]
    n, unit, back = (words.split() + ["", "", ""])[:3]
    if back in _BACK_WORDS and unit:
        return f"{n} {unit} earlier"
    return ""


def _calendar_year(year: int) -> Timeframe:
    """One calendar year, resolved to its days: 'in 2009'."""
    return Timeframe(TimeKind.PERIOD, str(year), date(year, 1, 1), date(year, 12, 31))


def _months_span(year: int, first_month: int, months: int) -> tuple[date, date]:
    """The first and last day of `months` months from `first_month` of `year`."""
    y, m = divmod(year * 12 + first_month - 1 + months, 12)
    return date(year, first_month, 1), date(y, m + 1, 1) - timedelta(days=1)


# A period or a year governs a figure only when it stands near it ("a 2003 quake killed 177");
# "since the 1997 handover" elsewhere in the sentence dates no figure.
_PERIOD_REACH = 60
_A_NUMBER = re.compile(rf"\d|\b(?i:{alternation(list(_SMALL))})\b")
_SINCE_EVENT = re.compile(
    r"\bsince\s+the\s+((?:19|20)\d\d)\b[^,;.:]{0,40},\s*(?:which|when|where)\b", re.IGNORECASE
)
_CLAUSE_OF_A_TIME = alternation(_W.words("anchors.clause_of_a_time"))
_DATED_CLAUSE = re.compile(rf"\b((?:19|20)\d\d)\s*,\s*(?i:{_CLAUSE_OF_A_TIME})\b")
_WHEN = re.compile(rf"\s*,?\s*(?i:{_CLAUSE_OF_A_TIME})\b")
_RATE_ADJECTIVES = _W.values("anchors.rate_adjectives")
_RATE_IN_FIGURE = re.compile(rf"\b({alternation(list(_RATE_ADJECTIVES))})\b", re.IGNORECASE)
_RATE_AFTER = re.compile(rf"[ \t]+({alternation(list(_RATE_ADJECTIVES))})\b", re.IGNORECASE)
_ATTACHED = 16  # a span back this few characters after a number is that number's ("86 a week ago")
_DIGIT = re.compile(r"\d")
# Another number just before a period, joined to it ("the 45.9C of 2019"): the period is its own
_YEAR_OF_NUMBER = re.compile(
    rf"\d\S*\s+(?i:{alternation(_W.words('anchors.period_of_number'))})\s+(?:the\s+)?$"
)
_CHANGE_BEFORE = 24  # characters from a change's number to the span back it is measured over
_CHANGE_TARGET = re.compile(
    rf"[^\d;.]*?\s(?i:{alternation(_W.words('anchors.running_totals'))})\s+(?:\S+\s+){{1,3}}"
    rf"(?i:{alternation(_W.words('anchors.total_to'))})\s+(?:\S+\s+){{0,2}}"
)
_NEXT_NUMBER = 30  # characters after a period word in which the number it names may stand
# What ends one clause and opens another between two numbers: "5.9 million and employs 1,850"
_CLAUSE_BREAK = re.compile(rf"[,;]\s|\b(?i:{alternation(_W.words('anchors.clause_breaks'))})\b")
_NOT_A_YEAR_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d")
_CONTRAST = re.compile(rf"\b(?i:{alternation(_W.words('anchors.contrasts'), space=_SPACES)})\b")
_COMPARED = re.compile(
    rf"\b(?i:{alternation(_W.words('anchors.comparison_bases'), space=_SPACES)})\s+(?:(?i:in)\s+)?$"
)
_BASE_REACH = 20  # characters from a base's words to its number: "compared with 23,100"
_DATED_BASE = re.compile(
    rf"\b(?i:{alternation(_W.words('anchors.dated_bases'), space=_SPACES)})\s+$"
)
_OPENS_A_SPAN = re.compile(
    rf"\b(?:{alternation(_W.words('anchors.opens_a_span'))})\s+(?:the\s+)?$", re.I
)


def _just_after(starts: list[int], pos: int) -> bool:
    """A date right after 'since' opens a window; it is no as-of date."""
    n = bisect_right(starts, pos) - 1
    return n >= 0 and 0 <= pos - starts[n] <= 8


def _duration_window(m: re.Match[str]) -> str:
    if m.group("per"):
        return f"per {m.group('pu').lower()}"
    n = m.group("n")
    n = _SMALL.get(n.lower(), n) if n else 1
    unit = m.group("u").lower().rstrip("s")
    return f"past {n} {unit}s"


_SINCE_WORD = re.compile(r"\bsince\s+", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"\bsince\s+((?:19|20)\d\d)\b")


def as_of(sentence: str, offset: int, year: int | None, published: date | None) -> date | None:
    """The date a figure at `offset` in the sentence holds on, when the sentence anchors it."""
    return SentenceTime(sentence, year, published).as_of(offset)


def window(
    sentence: str, offset: int, year: int | None, published: date | None = None
) -> Timeframe:
    """The time a figure at `offset` covers (see SentenceTime.window)."""
    return SentenceTime(sentence, year, published).window(offset)


# ----------------------------------------------------------------------------- speakers

_SAY = "|".join(_W.sequence("anchors.say"))
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|al-|bin\s+|de\s+|van\s+)?[A-Z][\w’'.-]*){0,4}"
_NAME_SAYS = re.compile(rf"(?P<name>{_NAME})\s+(?:{_SAY})\b")
_SAYS_NAME = re.compile(rf"\b(?:{_SAY})\s+(?P<name>{_NAME})")
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?:the\s+)?(?P<name>{_NAME})")
_PRONOUN_SAYS = re.compile(rf"\b(?:he|she)\s+(?:{_SAY})\b", re.IGNORECASE)
_NOUN_SAYS = re.compile(rf"\b(?P<name>(?i:the)\s+[a-z]+(?:\s+[a-z]+){{0,3}})\s+(?:{_SAY})\b")
_TITLES = _W.words("anchors.titles")
_NOT_NAMES = _W.words("anchors.not_names")


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
    if not _may_attribute(sentence):
        return ""
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


_SAY_WORDS = _W.sequence("anchors.say")
_SAY_PLAIN = all(re.fullmatch("[a-z]+", w) for w in _SAY_WORDS)
# Characters the IGNORECASE patterns take for "i" or "s" that str.lower() does not turn into them
_LOWER_MISSES = re.compile("[\u0130\u0131\u017f]")


def _may_attribute(sentence: str) -> bool:
    """False when no attribution pattern can match: each needs "according" or a verb of saying
    (in any case, for "He SAID"). Most sentences have neither, and this look is cheaper."""
    if not _SAY_PLAIN or "according" in sentence or _LOWER_MISSES.search(sentence):
        return True
    low = sentence.lower()
    return any(w in low for w in _SAY_WORDS)


_QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a paragraph (a quote left open runs to the paragraph's end)."""
    return [m.span() for m in _QUOTE.finditer(paragraph) if m.end() - m.start() > 12]
