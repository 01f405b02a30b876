"""The plain values every layer shares: sources, documents, claims, groups, rows, edits, errors.

Everything here is a frozen dataclass or an exception, safe to hand across threads and easy to
compare in tests. This module imports nothing from `desktop`; every other layer may import it.
"""

from __future__ import annotations

import decimal
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from functools import cached_property, lru_cache
from typing import Literal

Progress = Callable[[int, int, str], None]  # done, total, label; may be called from any thread
Bound = Literal["=", "~", ">", "<", "range"]
Status = Literal["agreeing", "diverging", "changing over time", "single"]

BOUNDS: tuple[str, ...] = ("=", "~", ">", "<", "range")
APPROX = 0.10  # what an approximate figure admits: "about 6,000" is 5,400 … 6,600
MAX_INPUT_BYTES = 20 * 1024 * 1024
MAX_FIGURES = 50_000  # an article with more is a table dump, not something to compare by eye
MAX_EXTRACTION_SECONDS = 60.0  # finding one article's figures takes well under a second


def printable(text: str) -> str:
    """`text` with control characters escaped ("a\\nb"), so that a file name holding a newline
    or a terminal escape cannot forge lines or colours in a message."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def silent_progress(done: int, total: int, label: str) -> None:
    """A progress callback that reports nowhere."""


# --------------------------------------------------------------------------- errors


class UnreadableInput(Exception):
    """A file, text or URL that cannot become an article; names the input and the reason."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class Cancelled(Exception):
    """Long work stopped because the user asked it to."""


class WorkspaceUnavailable(Exception):
    """A workspace that cannot be opened: another program's file, junk, an unreachable server, a
    newer schema. `reason` is one line a person can act on; nothing was written to it."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class EditConflict(Exception):
    """An edit no longer fits what the workspace holds (the claim or group changed meanwhile)."""


# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class Source:
    """Something to import: a file path, a URL, or dropped/pasted content.

    `origin` names it for the user (a path, a URL, "pasted text"); `data` holds the bytes when they
    are already in memory (drops, pastes); `media_type` is a hint ("text/plain", "text/html"), never
    trusted over the content itself.
    """

    origin: str
    data: bytes | None = None
    media_type: str | None = None
    title: str | None = None

    @property
    def label(self) -> str:
        return self.title or self.origin.rsplit("/", 1)[-1] or self.origin

    @property
    def is_url(self) -> bool:
        return self.data is None and self.origin.lower().startswith(("http://", "https://"))

    @classmethod
    def from_text(cls, text: str, *, html: bool = False, origin: str = "") -> Source:
        """Pasted or dropped content; plain text is titled by its first line (a page's own
        title, found by the reader, names HTML)."""
        kind = "text/html" if html else "text/plain"
        name = origin or ("pasted HTML" if html else "pasted text")
        title = None if html else first_line(text)
        return cls(origin=name, data=text.encode("utf-8"), media_type=kind, title=title)


def first_line(text: str, width: int = 80) -> str | None:
    """The first line that holds words, cut at a word to `width` characters (None if none)."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if any(ch.isalnum() for ch in line):
            if len(line) <= width:
                return line
            cut = line[: width - 1].rsplit(" ", 1)[0]
            return (cut or line[: width - 1]).rstrip(" ,;:") + "…"
    return None


@dataclass(frozen=True)
class Document:
    """An article as read from its source. Offsets of claims point into `text`."""

    text: str
    title: str
    origin: str
    content_hash: str
    outlet: str = ""
    published: date | None = None
    media_type: str = "text/plain"


# --------------------------------------------------------------------------- extraction


class Qualifier(Enum):
    """How a counted thing stands to the whole a story counts."""

    NONE = ""
    PART = "part"  # "31 of them", "of the 600 passengers"
    OTHER = "other"  # "three other counties", "a further 200"
    NEW = "new"  # "new cases"


@dataclass(frozen=True)
class QuantityKey:
    """What a figure counts or measures, as extraction read it: the counted population or the
    measure ('people', 'share price'), how it stands to a whole (a part of it, another, a new
    one), and whose measure it is ('Merrow'). The store keeps it as one string
    (`Claim.population`); `stored` writes that string and `read` is the one way back."""

    measure: str = ""
    qualifier: Qualifier = Qualifier.NONE
    owner: str = ""

    def stored(self) -> str:
        text = self.measure
        if self.qualifier is not Qualifier.NONE:
            text = f"{text} ({self.qualifier.value})"
        return f"{text}{_OWNER_JOIN}{self.owner}" if self.owner else text

    @staticmethod
    def read(stored: str) -> QuantityKey:
        return _read_key(stored)


_OWNER_JOIN = " · "
_QUALIFIED = {f" ({q.value})": q for q in Qualifier if q is not Qualifier.NONE}


@lru_cache(maxsize=8192)
def _read_key(stored: str) -> QuantityKey:
    measure, _, owner = stored.partition(_OWNER_JOIN)
    for tail, qualifier in _QUALIFIED.items():
        if measure.endswith(tail):
            return QuantityKey(measure.removesuffix(tail), qualifier, owner)
    return QuantityKey(measure, Qualifier.NONE, owner)


class TimeKind(Enum):
    """What time a figure's number covers."""

    NOW = ""  # what holds on its as-of date: a toll, a crowd, a price
    RATE = "rate"  # each day, each year: "per day", "quarterly", "annual"
    RECENT = "recent"  # a span back from its date: "over the past 24 hours"
    PERIOD = "period"  # one calendar period: "in 2003", "last year", "in the third quarter"
    CHANGE = "change"  # a change over the years since one: "fallen by 30% since 2019"
    SINCE = "since"  # counted from a day on: "since 14 August"


@dataclass(frozen=True)
class Timeframe:
    """The time a figure's number covers, as extraction read it. A calendar period is resolved
    against the article's date to the days it spans ("last year" in a 2025 article is 2024), so
    that "last year" and "in 2024" are one period; without a year to resolve by, it keeps its
    words ("Q3"). The store keeps it as one string (`Claim.window`, an ISO 8601 interval for a
    resolved period); `stored` writes that string and `read` is the one way back."""

    kind: TimeKind = TimeKind.NOW
    said: str = ""  # "per day", "past 24 hours", "from 2019", "since 08-14", "Q3", "last year"
    start: date | None = None  # a resolved period's first and last day
    end: date | None = None

    def stored(self) -> str:
        if self.kind is TimeKind.PERIOD and self.start and self.end:
            return f"{self.start.isoformat()}/{self.end.isoformat()}"
        return self.said

    @staticmethod
    def read(stored: str) -> Timeframe:
        return _read_timeframe(stored)

    @property
    def compared(self) -> str:
        """What linking compares: figures over other times measure other quantities. A figure
        counted since a day and one that holds now are compared as one running count."""
        return "" if self.kind in (TimeKind.NOW, TimeKind.SINCE) else self.stored()

    @property
    def words(self) -> str:
        """The time as a reader says it: 'in 2024', 'in Q3 2025', 'in March 2026', 'past
        decade', 'per day', 'since 2019'."""
        if self.kind is TimeKind.RECENT:
            n, _, unit = self.said.removeprefix("past ").partition(" ")
            return f"past {unit.removesuffix('s')}" if n == "1" else self.said
        if self.kind is TimeKind.CHANGE:
            return f"since {self.said.removeprefix('from ')}"
        if self.kind is not TimeKind.PERIOD:
            return self.said
        if not (self.start and self.end):
            return self.said if " " in self.said else f"in {self.said}"
        s, e = self.start, self.end
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year:
            return f"in {s.year}"
        months = (e.year - s.year) * 12 + e.month - s.month + 1
        if s.day == 1 and months in (3, 6) and (s.month - 1) % months == 0:
            part = "Q" if months == 3 else "H"
            return f"in {part}{(s.month - 1) // months + 1} {s.year}"
        if s.day == 1 and months == 1:
            return f"in {_MONTH_NAMES[s.month - 1]} {s.year}"
        return f"from {s.isoformat()} to {e.isoformat()}"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip
_SPAN_WORDS = (("per ", TimeKind.RATE), ("past ", TimeKind.RECENT), ("from ", TimeKind.CHANGE),
               ("since ", TimeKind.SINCE))  # fmt: skip


@lru_cache(maxsize=4096)
def _read_timeframe(stored: str) -> Timeframe:
    if not stored:
        return Timeframe()
    first, slash, last = stored.partition("/")
    if slash:
        try:
            return Timeframe(
                TimeKind.PERIOD, "", date.fromisoformat(first), date.fromisoformat(last)
            )
        except ValueError:
            pass
    for prefix, span in _SPAN_WORDS:
        if stored.startswith(prefix):
            return Timeframe(span, stored)
    return Timeframe(TimeKind.PERIOD, stored)  # a period no year resolved: "Q3", "last year"


@dataclass(frozen=True)
class Claim:
    """One figure an article reports, with what it counts and where it stands in the text.

    `value` is the normalised number (a range's low end, "nearly 400" → 400); `low`/`high` are what
    the text gives as bounds. `unit` is what is counted as written, `population` and `act` the
    normalised keys linking compares; `window` the time its number covers (`Timeframe`).
    """

    start: int
    end: int
    text: str
    value: float
    bound: str = "="
    low: float | None = None
    high: float | None = None
    unit: str = ""
    subject: str = ""
    speaker: str = ""
    as_of: date | None = None
    sentence: str = ""
    paragraph: int = 0
    kind: str = "count"  # count, money, percent, measure, duration
    population: str = ""
    act: str = ""
    window: str = ""
    context_before: str = ""
    context_after: str = ""
    id: int | None = None
    article: int | None = None

    def with_ids(self, id: int, article: int) -> Claim:
        return replace(self, id=id, article=article)

    @property
    def quantity(self) -> QuantityKey:
        """`population` as the typed key it stores."""
        return _read_key(self.population)

    @property
    def timeframe(self) -> Timeframe:
        """`window` as the typed time it stores."""
        return _read_timeframe(self.window)

    @property
    def unit_written(self) -> bool:
        """The counted noun stands in the figure's own words ("4,500 US citizens"), not read
        from the sentences around it ("the remaining 1,500")."""
        return bool(self.unit) and self.text.lower().endswith(self.unit.lower())

    @property
    def span_low(self) -> float:
        """Smallest value the text allows."""
        return self.low if self.low is not None else self.value

    @property
    def span_high(self) -> float:
        """Largest value the text allows."""
        return self.high if self.high is not None else self.value


@dataclass(frozen=True)
class Link:
    """A proposed group from automatic linking: claim ids, a label, a confidence and a reason."""

    claims: tuple[int, ...]
    label: str
    confidence: float = 1.0
    reason: str = ""


# --------------------------------------------------------------------------- rows (snapshots)


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str
    outlet: str
    published: date | None
    origin: str
    text: str
    content_hash: str
    position: int = 0
    claim_count: int = 0


@dataclass(frozen=True)
class GroupRow:
    id: int
    label: str  # as shown: its name, and the word that tells it from groups named alike
    claims: tuple[int, ...]
    articles: tuple[int, ...]
    min: float | None
    max: float | None
    status: str
    confirmed: bool = False
    suggested: bool = False
    confidence: float = 1.0
    reason: str = ""
    outliers: tuple[int, ...] = ()
    no_true_zero: bool = False  # its figures are temperatures: 0 is no absence, 40 not twice 20
    name: str = ""  # its label as linking or the user gave it
    named_by_user: bool = False
    word: str = ""  # what tells it from a group of the same name, added to its label

    @property
    def source_count(self) -> int:
        return len(self.articles)

    @property
    def told_by(self) -> str:
        """Why its label holds the word that tells it apart, in words a user can check ('' when
        it holds none)."""
        if not self.word:
            return ""
        return (
            f"“{self.word}” stands beside its figures more than beside another “{self.name}”"
            " group's"
        )

    @property
    def apart(self) -> str:
        """How far apart the figures are, in words (`apart_text`)."""
        return apart_text(self.min, self.max, self.status, self.no_true_zero)

    @property
    def spread(self) -> float:
        """max / min, 1.0 when they agree or are unknown (`spread_of`)."""
        return spread_of(self.min, self.max, self.status)


@dataclass(frozen=True)
class Snapshot:
    """Everything a view needs at one moment: articles, claims and groups, by id."""

    articles: tuple[ArticleRow, ...] = ()
    claims: tuple[Claim, ...] = ()
    groups: tuple[GroupRow, ...] = ()
    # (currency, the log of one unit of it in the currency most amounts are written in), at the
    # rates the articles give, read off the GUI thread: a group in two currencies shows in one
    currency: tuple[tuple[str, float], ...] = ()

    def claim(self, claim_id: int) -> Claim | None:
        return self._claims_by_id.get(claim_id)

    def group_of(self, claim_id: int) -> GroupRow | None:
        return self._group_by_claim.get(claim_id)

    @cached_property
    def _claims_by_id(self) -> dict[int | None, Claim]:
        return {c.id: c for c in self.claims}  # built once: views look figures up by the hundred

    @cached_property
    def _group_by_claim(self) -> dict[int, GroupRow]:
        return {c: g for g in self.groups for c in g.claims}


# --------------------------------------------------------------------------- changes


@dataclass(frozen=True)
class Changes:
    """Ids a workspace call touched; each view refreshes only what it shows. `|` merges two."""

    articles: frozenset[int] = frozenset()
    claims: frozenset[int] = frozenset()
    groups: frozenset[int] = frozenset()
    statements: frozenset[int] = frozenset()
    statement_groups: frozenset[int] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles | other.articles,
            self.claims | other.claims,
            self.groups | other.groups,
            self.statements | other.statements,
            self.statement_groups | other.statement_groups,
        )

    def __bool__(self) -> bool:
        return bool(
            self.articles or self.claims or self.groups or self.statements or self.statement_groups
        )


@dataclass
class ImportReport:
    """What an import did: articles added, inputs refused (with reasons), duplicates skipped."""

    added: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[UnreadableInput] = field(default_factory=list)
    reattached: list[int] = field(default_factory=list)
    unattached: list[str] = field(default_factory=list)
    replaced: list[int] = field(default_factory=list)  # older versions of articles read again
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)


# --------------------------------------------------------------------------- edits


@dataclass(frozen=True)
class MoveClaim:
    """Put one claim in a group, or in none; it knows where the claim was, so it can be undone.

    `pinned` says the user placed it (automatic relinking leaves it there); `was_pinned` is how
    it stood before, so undo gives the claim back to automatic linking when it was its own.
    """

    claim: int
    before: int | None
    after: int | None
    was_pinned: bool = False
    pinned: bool = True

    def inverse(self) -> MoveClaim:
        return MoveClaim(self.claim, self.after, self.before, self.pinned, self.was_pinned)


@dataclass(frozen=True)
class CreateGroup:
    """Make an empty group with a known id (reserved by the workspace) and label."""

    group: int
    label: str

    def inverse(self) -> DropGroup:
        return DropGroup(self.group, self.label)


@dataclass(frozen=True)
class DropGroup:
    """Remove an empty group."""

    group: int
    label: str

    def inverse(self) -> CreateGroup:
        return CreateGroup(self.group, self.label)


@dataclass(frozen=True)
class RenameGroup:
    group: int
    before: str
    after: str
    by_user: bool = True  # False: a group's own label, made again for the figures it holds now
    was_by_user: bool = False  # whether the label before was the user's: undo gives it back so

    def inverse(self) -> RenameGroup:
        return RenameGroup(
            self.group,
            before=self.after,
            after=self.before,
            by_user=self.was_by_user,
            was_by_user=self.by_user,
        )


@dataclass(frozen=True)
class ConfirmGroup:
    group: int
    before: bool
    after: bool

    def inverse(self) -> ConfirmGroup:
        return ConfirmGroup(self.group, before=self.after, after=self.before)


@dataclass(frozen=True)
class EditArticle:
    """Change one field of an article: title, outlet or published (an ISO date or "")."""

    article: int
    field: str
    before: str
    after: str

    def inverse(self) -> EditArticle:
        return EditArticle(self.article, self.field, before=self.after, after=self.before)


@dataclass(frozen=True)
class RemoveArticle:
    """Hide an article and its claims from the workspace (kept, so it can be undone)."""

    article: int
    removed: bool = True

    def inverse(self) -> RemoveArticle:
        return RemoveArticle(self.article, removed=not self.removed)


@dataclass(frozen=True)
class Batch:
    """Several edits as one undo step; undone in reverse order."""

    edits: tuple[Edit, ...]
    text: str = ""

    def inverse(self) -> Batch:
        return Batch(tuple(e.inverse() for e in reversed(self.edits)), self.text)


Edit = (
    MoveClaim
    | CreateGroup
    | DropGroup
    | RenameGroup
    | ConfirmGroup
    | EditArticle
    | RemoveArticle
    | Batch
)


@dataclass(frozen=True)
class Applied:
    """An edit the workspace carried out: the edit as done (its `inverse()` undoes it), what it
    changed, and what to call it in an undo menu ("unlink “4,500 US citizens”")."""

    edit: Edit
    changes: Changes = field(default_factory=Changes)
    text: str = ""

    def __bool__(self) -> bool:
        return not (isinstance(self.edit, Batch) and not self.edit.edits)


def describe(edit: Edit) -> str:
    """A short text for an undo menu ("Undo rename group")."""
    if isinstance(edit, Batch) and edit.text:
        return edit.text
    names = {
        MoveClaim: "move figure",
        CreateGroup: "new group",
        DropGroup: "remove group",
        RenameGroup: "rename group",
        ConfirmGroup: "confirm group",
        EditArticle: "edit article",
        RemoveArticle: "remove article",
        Batch: "edit",
        MoveStatement: "move statement",
        CreateStatementGroup: "new statement group",
        DropStatementGroup: "remove statement group",
        RenameStatementGroup: "rename statement group",
        ConfirmStatementGroup: "confirm statement group",
    }
    return names.get(type(edit), "edit")


# --------------------------------------------------------------------------- sheets

# A comparison sheet's own name, on paper, in HTML and in its PDF's properties (an output found
# where a sheet is to go is replaced only when it names itself so).
SHEET_TITLE = "Comparison sheet"  # how a sheet's title begins, on paper and in HTML
SHEET_CREATOR = "Evidence Desk"  # what a sheet's PDF names as its creator


@dataclass(frozen=True)
class SheetSource:
    """One article as a comparison sheet lists it; `number` (1, 2, …) keys its chart marker."""

    article: int
    number: int
    outlet: str
    title: str
    published: date | None
    origin: str

    @property
    def name(self) -> str:
        """What a citation calls it: `source_name`, as every view does."""
        return source_name(self.outlet, self.title, self.origin, limit=60)


@dataclass(frozen=True)
class SheetRow:
    """One figure on a sheet, with everything needed to print and to cite it.

    `value_text` is the normalised value with its bound ("~6,000", ">4,000", "6–7"); `emphasis`
    the figure's offsets within `sentence`; `start`/`end` its offsets in the article's text.
    """

    claim: int
    article: int
    source: str
    figure: str
    value: float
    low: float | None
    high: float | None
    bound: str
    value_text: str
    unit: str
    as_of: date | None
    speaker: str
    sentence: str
    emphasis: tuple[int, int]
    paragraph: int
    start: int
    end: int
    citation: str
    slip: bool = False


@dataclass(frozen=True)
class SheetSection:
    """One group of figures measuring the same quantity, its rows in article order."""

    group: int
    label: str
    status: str
    min: float | None
    max: float | None
    range_text: str
    spread: float
    rows: tuple[SheetRow, ...]
    apart: str = ""  # how far apart its figures are, in words (`apart_text`)
    suggested: bool = False
    confirmed: bool = False


@dataclass(frozen=True)
class Sheet:
    """A comparison sheet: header, one section per group (most divergent first), an appendix."""

    workspace: str
    printed: date
    sources: tuple[SheetSource, ...]
    sections: tuple[SheetSection, ...]
    appendix: tuple[SheetRow, ...] = ()
    with_appendix: bool = False
    statements: tuple[SheetStatementSection, ...] = ()  # after the figures' sections

    def source(self, article: int) -> SheetSource | None:
        return next((s for s in self.sources if s.article == article), None)


# --------------------------------------------------------------------------- words for figures
# One way to write a figure, for every view (panel, tooltips, chart, sheet, CLI), and one
# interval an approximate figure covers (the chart's and the sheet's bars).

BOUND_SIGNS = {"~": "~", ">": ">", "<": "<"}
BOUND_WORDS = {
    "=": "exactly",
    "~": "about",
    ">": "more than",
    "<": "fewer than",
    "range": "between",
}


def number_text(value: float | None) -> str:
    """4500 → "4,500"; 150.5 → "150.5"; 5.125 → "5.125"; 0.001 → "0.001"; None → "?"; a large
    number that is a round number of millions, billions or trillions in the chart's letters:
    6,200,000,000 → "6.2B", 3,100,000 → "3.1M" (1,523,905 stays whole). Never rounds a figure
    away."""
    if value is None:
        return "?"
    for scale, letter in _LARGE:
        if abs(value) >= scale:
            short = value / scale
            if math.isclose(round(short, 3), short, rel_tol=1e-12):
                return f"{short:,.3f}".rstrip("0").rstrip(".") + letter
            break
    if float(value).is_integer():
        return f"{value:,.0f}"
    # the decimals a number is written with ("5.125%", "0.215"); one worked out ("two-thirds":
    # 66.67%, "a third": 0.3333) to two places, or _PLACES under one, as many as it needs to be
    # no zero ("0.00004")
    places = -decimal.Decimal(repr(float(value))).as_tuple().exponent
    if places > _PLACES:
        needed = -math.floor(math.log10(abs(value)))
        places = 2 if abs(value) >= 1 else max(_PLACES, needed)
    return f"{value:,.{places}f}".rstrip("0").rstrip(".")


_LARGE = ((1e12, "T"), (1e9, "B"), (1e6, "M"))  # as tick_text writes them on the chart's axis
_PLACES = 4  # the most decimals a number is written with; a third under one is "0.3333"


def value_text(value: float, bound: str = "=", low: float | None = None,
               high: float | None = None, kind: str = "count") -> str:  # fmt: skip
    """A figure's normalised value with its bound: "4,500", "~6,000", ">4,000", "<200", "6–7",
    "15%". Pass a claim's fields (or use `claim_value_text`)."""
    suffix = "%" if kind == "percent" else ""
    if bound == "range" or (low is not None and high is not None and low != high):
        shown_low = low if low is not None else value
        shown_high = high if high is not None else value
        return f"{number_text(shown_low)}–{number_text(shown_high)}{suffix}"
    shown = high if bound == "<" and high is not None else value
    return f"{BOUND_SIGNS.get(bound, '')}{number_text(shown)}{suffix}"


def claim_value_text(claim: Claim) -> str:
    """`value_text` of a claim."""
    return value_text(claim.value, claim.bound, claim.low, claim.high, claim.kind)


def spread_of(low: float | None, high: float | None, status: str) -> float:
    """A group's largest figure over its smallest, 1.0 when they agree or are unknown: "more
    than 14,000" and "78,600" agree, and the sources are not 5.6× apart."""
    if not low or not high or low <= 0 or status == "agreeing":
        return 1.0
    return high / low


def apart_text(low: float | None, high: float | None, status: str, no_true_zero: bool) -> str:
    """How far apart a group's figures are, as the chart, its overview and the sheets say it:
    "5.6× apart" (`spread_of`), or on a scale with no true zero the difference ("1.7 apart": 46.3
    and 48 degrees are not 1.04× apart); "" when they agree or are less than 1.05× apart."""
    if status == "agreeing" or low is None or high is None:
        return ""
    if no_true_zero:
        return f"{number_text(round(high - low, 6))} apart" if high > low else ""
    spread = spread_of(low, high, status)
    return f"{spread:.1f}× apart" if spread >= 1.05 else ""


def range_text(low: float | None, high: float | None) -> str:
    """A group's smallest to largest figure: "4,000–6,000", one value when they agree, "" when
    unknown."""
    if low is None and high is None:
        return ""
    if low == high or low is None or high is None:
        return number_text(low if low is not None else high)
    return f"{number_text(low)}–{number_text(high)}"


def tick_text(value: float) -> str:
    """An axis label, short: 4,500 · 82,000 · 1.5M · 2.5B · 0.25."""
    a = abs(value)
    if a >= 1e9:
        return f"{value / 1e9:.3g}B"
    if a >= 1e6:
        return f"{value / 1e6:.3g}M"
    if a >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:.3g}"


def approx_interval(value: float, bound: str = "=", low: float | None = None,
                    high: float | None = None) -> tuple[float, float]:  # fmt: skip
    """What a figure covers when drawn: a range its ends, "about 6,000" ±APPROX (up to a stated
    high end), "under 200" its stated ceiling, any other figure its value."""
    if bound == "range":
        return (low if low is not None else value), (high if high is not None else value)
    if bound == "~":
        return value * (1 - APPROX), (high if high is not None else value * (1 + APPROX))
    if bound == "<" and high is not None:
        return high, high
    return value, value


# --------------------------------------------------------------------------- names for sources


def outlet_name(outlet: str, origin: str = "") -> str:
    """Who published a source: its outlet as the page names it, else the web site it came from
    ("reuters.com"), else ""."""
    if outlet.strip():
        return " ".join(outlet.split())
    if origin.lower().startswith(("http://", "https://")):
        host = origin.split("://", 1)[1].split("/", 1)[0].split("@")[-1].split(":")[0]
        return host.lower().removeprefix("www.")
    return ""


def source_name(outlet: str, title: str, origin: str, limit: int = 40) -> str:
    """The one short name every view gives a source: its outlet (or web site), else its title
    cut at a word to `limit` characters, else its file name. Never a hashed file name when
    something better is known; the user changes it by editing the outlet."""
    name = outlet_name(outlet, origin)
    if not name:
        name = " ".join(title.split())
    if not name:
        name = origin.rstrip("/").rsplit("/", 1)[-1] or origin
    if len(name) <= limit:
        return name
    cut = name[: limit - 1].rsplit(" ", 1)[0] if " " in name[: limit - 1] else name[: limit - 1]
    return cut.rstrip(" ,;:-–—") + "…"


# --------------------------------------------------------------------------- teams
# Several people on one workspace: the row versions an edit saw, who changed what, and the
# conflict an edit meets when someone changed the same thing since its window read it.

# ("g", 12) a group (its label, confirmation), ("m", 12) the figures it holds, ("c", 7) a claim
# (which group it is in), ("a", 3) an article
RowKey = tuple[str, int]


@dataclass(frozen=True)
class Versions:
    """Row versions as read at one moment: what an edit says it saw, or what it left. A version
    of None means the row was not there."""

    rows: dict[RowKey, int | None] = field(default_factory=dict)

    def get(self, key: RowKey) -> int | None:
        return self.rows.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def __or__(self, other: Versions) -> Versions:
        return Versions({**self.rows, **other.rows})

    def __bool__(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True)
class VersionedSnapshot(Snapshot):
    """A snapshot with the version of every row in it, read before the rows themselves (so an
    edit made on it can only be refused too often, never let through on a stale view)."""

    versions: Versions = field(default_factory=Versions)


@dataclass(frozen=True)
class Guarded:
    """An edit and the row versions it must find: it is applied only while every one is still
    current. `edit` is always the edit as first done; `inverse()` takes it back under the same
    versions. The workspace hands back a new Guarded after each do, undo and redo, holding the
    versions that step left."""

    edit: Edit
    expects: Versions = field(default_factory=Versions)

    def inverse(self) -> Guarded:
        return Guarded(self.edit.inverse(), self.expects)

    @property
    def text(self) -> str:
        return describe(self.edit)


@dataclass(frozen=True)
class Activity:
    """One change someone made: who, when, what (plain words, past tense: "renamed “A” to
    “B”"), and which rows it touched."""

    id: int
    at: datetime
    author: str
    action: str
    text: str
    changes: Changes = field(default_factory=Changes)
    session: str = ""


@dataclass(frozen=True)
class Conflict:
    """An edit that was not made: someone changed what it is about since the window read it.
    `message` says what changed and who, in plain words; `changes` are the rows to show again as
    they are now. False, like an edit that did nothing, so nothing is put on an undo stack."""

    text: str
    message: str
    changes: Changes = field(default_factory=Changes)
    by: tuple[Activity, ...] = ()

    def __bool__(self) -> bool:
        return False


class ConnectionLost(Exception):
    """The workspace's server cannot be reached; nothing was changed. `reason` is one line."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


def time_ago(at: datetime, now: datetime) -> str:
    """ "a moment ago", "5 minutes ago", "at 14:05 on 2026-12-01": when a change was made."""
    seconds = (now - at).total_seconds()
    if seconds < 90:
        return "a moment ago"
    if seconds < 3600:
        return f"{round(seconds / 60)} minutes ago"
    if seconds < 86400 and now.date() == at.date():
        return f"at {at:%H:%M}"
    return f"at {at:%H:%M} on {at:%Y-%m-%d}"


@dataclass(frozen=True)
class TeamSheetSection(SheetSection):
    """A sheet section that also says who confirmed its group ("" when nobody is recorded)."""

    confirmed_by: str = ""


# --------------------------------------------------------------------------- statements
# Direct quotations: their own typed rows beside the figures (a Claim is always a figure; a
# statement has no value to fake), the groups of versions of one utterance, and the word
# alignment of a group's versions. The engine in desktop/statements makes them; the store keeps
# them; the sheet, the export and the window show them.

Span = tuple[int, int]  # half-open offsets into an article's text


@dataclass(frozen=True)
class Statement:
    """One utterance quoted in one article: its pieces (the words between the marks, without the
    marks), the speaker the article gives it, and the figures inside it.

    `start`/`end` run from the first piece's start to the last piece's end, so for a quote
    interrupted by its attribution `text[start:end]` holds the attribution too; `said` holds the
    text of each piece and `words` the pieces joined with a space. `article` is the key the
    caller gave (a path for the engine; the article's id once stored), `id` the stored row's."""

    start: int
    end: int
    pieces: tuple[Span, ...]
    words: str
    said: tuple[str, ...] = ()  # the text of each piece
    speaker: str | None = None  # canonical name or role label ("Brandvik spokesperson")
    speaker_cue: str = ""  # the words the speaker was found in ("he said", "police said")
    figures: tuple[float, ...] = ()
    article: int | str = ""
    nested: bool = False  # a quote inside another quote
    labelled: bool = False  # a transcript's label names the speaker ("Achterberg: …"), no clause
    joins: tuple[int, ...] = ()  # pieces that open a quotation joined on by narration ('…," she
    # said. "…'), as opposed to one quotation running on across paragraphs
    id: int | None = None


@dataclass(frozen=True)
class StatementGroup:
    """Statements from different articles that report one utterance, with how sure and why."""

    members: tuple[int, ...]  # indexes into the list of statements given to link_statements
    confidence: float
    reason: str


WordMark = str  # "common" (every version that reaches it) | "partial" (some drop or add it) |
# "changed" (others have another word there)


@dataclass(frozen=True)
class AlignedWord:
    """One word of one version, and how it stands against the other versions."""

    text: str
    span: Span  # offsets into the version's article text
    mark: WordMark
    column: int  # the aligned column; words of different versions in one column correspond


@dataclass(frozen=True)
class VersionAlignment:
    words: tuple[AlignedWord, ...]
    flags: tuple[str, ...] = ()  # "negation lost: 'not'", "figure changed: six → three", …


@dataclass(frozen=True)
class Alignment:
    """The N-way word alignment of a group's versions, in the order they were given."""

    versions: tuple[VersionAlignment, ...]
    columns: int = 0  # columns run 0 .. columns - 1


@dataclass(frozen=True)
class StatementGroupRow:
    """A stored group of versions of one utterance (two or more articles), for every view."""

    id: int
    label: str
    statements: tuple[int, ...]
    articles: tuple[int, ...]
    confidence: float = 1.0
    reason: str = ""
    confirmed: bool = False
    suggested: bool = False
    speaker: str = ""

    @property
    def source_count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True)
class StatementView:
    """The workspace's statements and their groups at one moment, with each row's version."""

    statements: tuple[Statement, ...] = ()
    groups: tuple[StatementGroupRow, ...] = ()
    versions: Versions = field(default_factory=Versions)

    def statement(self, statement_id: int) -> Statement | None:
        return self._by_id.get(statement_id)

    def group_of(self, statement_id: int) -> StatementGroupRow | None:
        return self._group_by_statement.get(statement_id)

    def group(self, group_id: int) -> StatementGroupRow | None:
        return self._groups_by_id.get(group_id)

    def of_article(self, article: int) -> list[Statement]:
        """An article's statements, in text order."""
        return self._by_article.get(article, [])

    @cached_property
    def _groups_by_id(self) -> dict[int, StatementGroupRow]:
        return {g.id: g for g in self.groups}

    @cached_property
    def _by_article(self) -> dict[int | str, list[Statement]]:
        out: dict[int | str, list[Statement]] = {}
        for s in self.statements:
            out.setdefault(s.article, []).append(s)
        return out

    @cached_property
    def _by_id(self) -> dict[int | None, Statement]:
        return {s.id: s for s in self.statements}

    @cached_property
    def _group_by_statement(self) -> dict[int, StatementGroupRow]:
        return {m: g for g in self.groups for m in g.statements}


def statement_label(statement: Statement, width: int = 60) -> str:
    """A group's default name: its speaker and the opening words of a version."""
    words = " ".join(statement.words.split())
    if len(words) > width:
        words = words[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return f"{statement.speaker}: “{words}”" if statement.speaker else f"“{words}”"


# Row keys of statement rows (see RowKey): ("q", 5) a statement (which group it is in), ("u", 3)
# a statement group (its confirmation), ("w", 3) the statements it holds.


@dataclass(frozen=True)
class MoveStatement:
    """Put one statement in a statement group, or in none (undoable, like MoveClaim)."""

    statement: int
    before: int | None
    after: int | None
    was_pinned: bool = False
    pinned: bool = True

    def inverse(self) -> MoveStatement:
        return MoveStatement(self.statement, self.after, self.before, self.pinned, self.was_pinned)


@dataclass(frozen=True)
class CreateStatementGroup:
    group: int
    label: str

    def inverse(self) -> DropStatementGroup:
        return DropStatementGroup(self.group, self.label)


@dataclass(frozen=True)
class DropStatementGroup:
    """Remove an empty statement group."""

    group: int
    label: str

    def inverse(self) -> CreateStatementGroup:
        return CreateStatementGroup(self.group, self.label)


@dataclass(frozen=True)
class RenameStatementGroup:
    """Give a statement group the user's label (and back, for undo), as RenameGroup does."""

    group: int
    before: str
    after: str

    def inverse(self) -> RenameStatementGroup:
        return RenameStatementGroup(self.group, before=self.after, after=self.before)


@dataclass(frozen=True)
class ConfirmStatementGroup:
    group: int
    before: bool
    after: bool

    def inverse(self) -> ConfirmStatementGroup:
        return ConfirmStatementGroup(self.group, before=self.after, after=self.before)


# every edit, statements' included (Batch may hold both kinds)
Edit = (
    Edit
    | MoveStatement
    | CreateStatementGroup
    | DropStatementGroup
    | RenameStatementGroup
    | ConfirmStatementGroup
)


@dataclass(frozen=True)
class SheetVersion:
    """One version of a statement on a sheet: its source, citation, and its words marked.

    `paragraph`, `start` and `end` cite it as a figure is cited: the paragraph (counted as
    figures count them) and the offsets of the quoted words in the article's text, from the
    first piece's start to the last piece's end (`Statement.start`/`end`)."""

    statement: int
    article: int
    number: int  # the source's number on the sheet
    source: str
    speaker: str
    citation: str
    paragraph: int
    start: int
    end: int
    text: str  # the version as `version_text` sets it
    marks: tuple[tuple[int, int, str], ...]  # (start, end, mark) of each word in `text`
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetStatementSection:
    """One group of versions of an utterance on a sheet, aligned word by word."""

    group: int
    label: str
    confidence: float
    reason: str
    versions: tuple[SheetVersion, ...]
    confirmed: bool = False


# --------------------------------------------------------------------------- words for statements
# One way to set a version of a statement, for the sheet and the window's compare view alike.

PIECE_GAP = " … "  # between two pieces of one utterance (the narration between them left out)

# The statements part of a comparison sheet in words, for every sheet that shows it (the printed
# one and the HTML one): its heading, what it holds, the legend of the marks as (text, mark)
# pieces, and each group's notes (`statement_notes`).
STATEMENTS_HEADING = "Statements quoted by several sources"
STATEMENTS_INTRO = (
    "Each group gathers the versions of one utterance that different sources quote, aligned "
    "word by word across all of them. A version whose meaning flips (a negation lost or added, "
    "a figure changed, another speaker for the same words) is flagged ⚑. Each is cited to its "
    "paragraph (¶) and the character offsets of the quoted words in its source."
)
STATEMENTS_LEGEND = (
    ("Words every version has in plain type · ", "common"),
    ("dropped or added", "partial"),
    (" by some versions · ", "common"),
    ("changed", "changed"),
    (" words", "common"),
)
VERSION_HEADINGS = ("Version, as quoted", "Citation")  # the table's, after its source column


def statement_notes(section: SheetStatementSection) -> tuple[str, str]:
    """A statement group's notes on a sheet: how many sources and versions, how sure, whether
    confirmed ("5 sources · 5 versions · confidence 0.87"), and why it holds ("why: …")."""
    sources = len({v.article for v in section.versions})
    notes = [f"{sources} sources · {len(section.versions)} versions",
             f"confidence {section.confidence:.2f}"]  # fmt: skip
    if section.confirmed:
        notes.append("link confirmed by hand")
    return " · ".join(notes), f"why: {section.reason or 'linked by hand'}"


def version_text(
    words: Sequence[AlignedWord], pieces: Sequence[Span], said: Sequence[str]
) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """A version as its article words it — its pieces, as quoted, joined by " … " — and where
    each aligned word stands in that text with its mark: (start, end, mark)."""
    text = PIECE_GAP.join(" ".join(part.split()) if "\n" in part else part for part in said)
    if any("\n" in part for part in said):  # a quote across paragraphs: offsets by word
        return _by_words(words, text)
    starts, at = [], 0
    for part in said:
        starts.append(at)
        at += len(part) + len(PIECE_GAP)
    marks = []
    for word in words:
        for (lo, hi), start in zip(pieces, starts, strict=False):
            if lo <= word.span[0] < hi:
                a = start + word.span[0] - lo
                marks.append((a, a + word.span[1] - word.span[0], word.mark))
                break
    return text, tuple(marks)


def _by_words(
    words: Sequence[AlignedWord], text: str
) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    marks, at = [], 0
    for word in words:
        found = text.find(word.text, at)
        if found < 0:
            continue
        marks.append((found, found + len(word.text), word.mark))
        at = found + len(word.text)
    return text, tuple(marks)
