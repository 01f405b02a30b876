"""Evidence that two figures measure the same quantity, weighed into one probability.

Each candidate pair of figures (different articles, one kind of number, values within reach of
each other) is described by a few facts a reader would check: are the numbers the same or close,
do they count the same things (the same counted noun, or one of a class of nouns news uses for
one thing — `words_en.toml`), does the text say the same thing happened to them, do the
words around them agree, does one of them belong to another year, month, window or owner, and
where each stands in its article (the first number it gives of that thing, or one deep in a list
of them). Boosted decision trees (`judge.py`), fitted on annotated stories by
`benchmarks/fit_link_judge.py` and stored in `link_trees.json`, weigh the facts into one
probability; the facts that added most to it are what a group's reason says.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import numpy as np

from desktop.claims.lexicon import MONTHS, WEEKDAYS
from desktop.claims.vocabulary import BARS, PERSON_POPULATIONS, STANDING, counted_as
from desktop.claims.words import alternation, noun_lemma
from desktop.linking.blocking import BARE_MEASURES, FIGURES_REMEMBERED, dimension, window_class
from desktop.linking.judge import Trees, trees
from desktop.model import Claim, Qualifier, QuantityKey, TimeKind

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NEAR_WORDS = 6  # words each side of a figure that describe it


@cache
def english_words() -> dict:
    """The English words linking reads (words_en.toml), by list."""
    text = resources.files("desktop.linking").joinpath("words_en.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _classes() -> dict[str, str]:
    return {w: name for name, words in english_words()["classes"].items() for w in words}


@cache
def stopwords() -> frozenset[str]:
    """Words that say nothing of which quantity a figure is (`words_en.toml`, stopwords)."""
    return frozenset(english_words()["stopwords"])


def lemma(word: str) -> str:
    """A word's dictionary form as a noun ('agents' → 'agent'), as extraction reads nouns."""
    return noun_lemma(word.lower().strip("'’-"))


_COMPOUND_HEAD = 6  # the shortest class word a compound may end in ('dockworker' → 'worker')


@lru_cache(maxsize=20_000)
def kind_of(noun: str) -> str:
    """The class of a counted noun ('staff' → 'workers'), of the class word a compound ends in
    ('dockworker', 'steelworker' → 'workers'), or the noun itself."""
    classes = _classes()
    if noun in classes:
        return classes[noun]
    for n in range(1, len(noun) - _COMPOUND_HEAD + 1):
        if noun[n:] in classes and n >= 3:
            return classes[noun[n:]]
    return noun


@lru_cache(maxsize=4_096)
def owner_of(claim: Claim) -> str:
    """Whose measure a figure is, as compared: a one-word name without the ending that a
    country's name and its people's differ by ('Orsenia', 'Orsenian' → 'orsen'), so one
    country's growth is one owner's however each source names it."""
    owner = claim.quantity.owner.lower()
    if not owner or " " in owner:
        return owner
    for ending in _name_endings():
        if owner.endswith(ending) and len(owner) - len(ending) >= _NAME_STEM:
            return owner[: -len(ending)]
    return owner


_NAME_STEM = 4  # letters a name keeps when its ending is taken off
_BAR_MEASURES = frozenset(BARS.values())  # "threshold", "target", "limit"


@cache
def _name_endings() -> tuple[str, ...]:
    return tuple(sorted(english_words()["name_endings"], key=len, reverse=True))


def _certainty(unit: str) -> str:
    """'confirmed' for "154 confirmed cases", 'suspected' for "140 suspected (probable)
    cases", '' when the counted noun does not say."""
    words = _certainty_words()
    return next((words[w] for w in re.findall(r"[\w-]+", unit.lower()) if w in words), "")


@cache
def _certainty_words() -> dict[str, str]:
    return {w: name for name, ws in english_words()["certainty"].items() for w in ws}


PERSON, THING = "person", "thing"


def _being(head: str, measure: str) -> str:
    """PERSON for a count of people ('four people', '11 firefighters', '412 deaths'), THING for
    one of places or things ('four counties', 'nine states', '14 warming centres'), else ''."""
    if head in _things():
        return THING
    if of_people(kind_of(head), measure):
        return PERSON
    return ""


def of_people(kind: str, measure: str) -> bool:
    """Whether a counted noun of this class, or this measure, counts people."""
    return kind in _people_classes() or measure in PERSON_POPULATIONS


@cache
def _things() -> frozenset[str]:
    return frozenset(english_words()["things"])


@cache
def _people_classes() -> frozenset[str]:
    return frozenset(english_words()["people_classes"])


@lru_cache(maxsize=65_536)  # by text: a sentence holding several figures is read once
def _words(text: str) -> tuple[str, ...]:
    """The lemmas of a text's words, stopwords left out."""
    stop = stopwords()
    return tuple(lemma(w) for w in _WORD.findall(text) if w.lower() not in stop and len(w) > 1)


@lru_cache(maxsize=FIGURES_REMEMBERED)  # asked of every group's figures at each refresh
def words_around(claim: Claim) -> tuple[str, ...]:
    """The words of its own sentence around a figure that describe it, as written (not its own
    words, no stopwords): _NEAR_WORDS each side. The sentence's first word is in lower case, as
    a capital there says nothing of a name."""
    sentence, at = claim.sentence, _place_in_sentence(claim)
    if at < 0:  # a sentence that does not hold the figure as written: its stored context
        before, after, first = claim.context_before, claim.context_after, None
    else:
        before, after = sentence[:at], sentence[at + len(claim.text) :]
        first = _WORD.search(sentence)
    stop = stopwords()
    found = list(_WORD.finditer(before))[-_NEAR_WORDS:]
    near = [m.group().lower() if first and m.start() == first.start() else m.group() for m in found]
    near += _WORD.findall(after)[:_NEAR_WORDS]
    return tuple(w for w in near if w.lower() not in stop and len(w) > 1)


def _place_in_sentence(claim: Claim) -> int:
    """Where the figure stands in its sentence: of the places its words stand as a whole number
    (not "200" inside "1,200"), the one its stored context comes before; -1 if none."""
    sentence, text = claim.sentence, claim.text
    if not text:
        return -1
    context = claim.context_before.split("\n")[-1].strip()[-12:]
    places = []
    at = sentence.find(text)
    while at >= 0:
        ahead = sentence[at - 1] if at else " "
        glued = ahead.isalnum() or (ahead in ",." and at >= 2 and sentence[at - 2].isdigit())
        if not glued:
            places.append(at)
        at = sentence.find(text, at + 1)
    told = [p for p in places if sentence[:p].rstrip().endswith(context)] if context else []
    return (told or places or [-1])[0]


def head(claim: Claim) -> str:
    """The counted noun's lemma: 'agent' for "Fourteen agents", '' when nothing is counted. An
    amount of money counts what its measure names ('revenue' for "sales of €10 billion"), never
    its currency: "€6.2 billion" and "$7.2 billion" are no two things, nor two sums in euros one."""
    measure = claim.quantity.measure
    if claim.kind == "money":
        words = () if measure in BARE_MEASURES else _words(measure)
    else:
        words = _words(claim.unit) or _words(counted_as(measure))
    return words[-1] if words else ""


@dataclass(frozen=True, eq=False)
class Described:
    """What the evidence reads of one figure, computed once per figure (`describe` remembers
    it): one object per figure, so it is hashed and compared as that object, cheaply."""

    claim: Claim
    dimension: str
    value: float
    head: str
    kind_of: str  # the counted noun's class, or the noun itself
    near: frozenset[str]
    sentence: frozenset[str]
    years: frozenset[str]
    months: frozenset[str]
    qualifier: Qualifier
    certainty: str  # "confirmed" or "suspected", when the counted noun says which
    measure: str
    owner: str
    place: str  # where the figure's clause says it was counted ('Marrow province'), or ''
    being: str  # PERSON when its own words count people, THING places or things, else ''
    period_here: bool  # its calendar period is said right by it ("4.2 million tonnes in 2023")


@lru_cache(maxsize=FIGURES_REMEMBERED)  # by value: a claim read again from the store is found
def describe(claim: Claim) -> Described:
    dim, value = dimension(claim)
    h = head(claim)
    before = _words(claim.context_before)[-_NEAR_WORDS:]
    after = _words(claim.context_after)[:_NEAR_WORDS]
    sentence = _words(claim.sentence)
    key = claim.quantity
    return Described(
        claim=claim,
        dimension=dim,
        value=value,
        head=h,
        kind_of=kind_of(h),
        near=frozenset(before + after + _words(claim.text)),
        sentence=frozenset(sentence),
        years=frozenset(_YEAR.findall(claim.sentence)),
        months=frozenset(w for w in sentence if w in MONTHS),
        qualifier=key.qualifier,
        certainty=_certainty(claim.unit),
        measure=key.measure,
        owner=owner_of(claim),
        place=place_of(claim.sentence, claim.text) or _sector_of(claim, key),
        being=_being_said(claim, key, h),
        period_here=_period_here(claim),
    )


_PERIOD_WORDS_AFTER = 3  # words between a figure and the period said right after it ("in 2023")


def _period_here(claim: Claim) -> bool:
    """Whether a figure's calendar period is said right by it, within a few words after it with
    no mark between ("produced 4.2 million tonnes in 2023", "fell 6 percent last year"), or
    owning it ("2023's 4.2 million tonnes"): then the period is the figure's own, and not, as a
    sentence's year often is, another figure's ("a rise of 161 in a single year, more than three
    times the 2015 total")."""
    frame = claim.timeframe
    if frame.kind is not TimeKind.PERIOD:
        return False
    said = frame.said or (str(frame.start.year) if frame.start else "")
    at = claim.sentence.find(claim.text)
    if not said or at < 0:
        return False
    words = re.escape(said).replace(r"\ ", r"\s+")
    after = claim.sentence[at + len(claim.text) :]
    before = claim.sentence[:at]
    reach = rf"^\s+(?:[^\W\d]+\s+){{0,{_PERIOD_WORDS_AFTER}}}?(?i:{words})\b"
    return bool(re.match(reach, after)) or bool(re.search(rf"\b(?i:{words})['’]s?\s+$", before))


def _sector_of(claim: Claim, key: QuantityKey) -> str:
    """The sector of an economy a count of jobs is said of, nearest before it in its clause with
    no other number between ("Construction shed 4,800 jobs and manufacturing 2,100"), or ''."""
    if claim.kind != "count" or not (key.measure in _JOB_MEASURES or claim.act in _JOB_ACTS):
        return ""
    before, _ = clause_around(claim.sentence, claim.text)
    found = ""
    for m in _sector_words().finditer(before, max(0, len(before) - _SECTOR_REACH)):
        if not _DIGITS.search(before, m.end()) and not _NAME_GOES_ON.match(before, m.end()):
            found = _sectors()[" ".join(m.group().lower().split())]
    return found


# characters before a figure its sector may stand: "Temporary help services, often seen as a
# leading indicator, lost 3,600 positions"
_SECTOR_REACH = 80
_DIGITS = re.compile(r"\d")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # "the Finance Workers' Union": a name, no sector
_JOB_MEASURES = frozenset(english_words()["sector_of"]["measures"])
_JOB_ACTS = frozenset(english_words()["sector_of"]["acts"])


@cache
def _sectors() -> dict[str, str]:
    return {w: name for name, words in english_words()["sectors"].items() for w in words}


@cache
def _sector_words() -> re.Pattern[str]:
    words = alternation(sorted(_sectors()), r"\s+")
    return re.compile(rf"\b(?i:{words})\b")


def _being_said(claim: Claim, key: QuantityKey, head: str) -> str:
    """PERSON or THING when the figure's own words say it counts people or things: its noun
    written, things it is a part of ("16 of the 24 floors"), or an act only people undergo
    ("the toll reaches 16": killed); '' when its noun was only carried from words before."""
    being = _being(head, key.measure)
    if claim.unit_written:
        return being
    if key.qualifier is Qualifier.PART and being == THING:
        return being
    if claim.act in _person_acts() and being == PERSON:
        return being
    return ""


@cache
def _person_acts() -> frozenset[str]:
    return frozenset(english_words()["person_acts"])


def clause_around(sentence: str, text: str) -> tuple[str, str]:
    """The words of a figure's clause before it and after it (a semicolon or colon ends a clause
    on either side, a sentence's end after it); ('', '') when the figure is not in the sentence."""
    at = sentence.find(text)
    if at < 0:
        return "", ""
    before = re.split(r"[;:]", sentence[:at])[-1]
    after = re.split(r"[.;:!?]", sentence[at + len(text) :])[0]
    return before, after


_PLACE_REACH = 40  # characters of its clause either side of a figure that a place may stand in


@lru_cache(maxsize=FIGURES_REMEMBERED)
def place_of(sentence: str, text: str) -> str:
    """The place a figure is counted in, when its clause names one right by it: 'Marrow
    province' for "In Marrow province, 36 people died" or "36 people died in Marrow province";
    '' for "41 people across the country" or a month ("in March", "in the April-June
    quarter")."""
    if row := row_label(sentence, text):
        return row
    before, after = clause_around(sentence, text)
    places = _place_words()
    for side, near in ((after, lambda m: m.start() <= _PLACE_REACH),
                       (before, lambda m: m.start() >= len(before) - _PLACE_REACH)):  # fmt: skip
        for m in places.finditer(side):
            opened = _part_opened().search(side, 0, m.end()) if side is after else None
            if opened and opened.start() < m.start() and "," not in side[opened.end() : m.start()]:
                break  # "two deaths, one in Teleria": the place of a part, not of the whole
            name = m.group("name")
            first = re.split(r"['’]", name.removeprefix("the ").split()[0].lower())[0].split("-")
            if (
                near(m)
                and _not_places().isdisjoint(first)
                and not m.group("of")
                and _can_be_a_name(name)
            ):
                return name  # never "the April-June quarter"
    return _named_before(before)


_ROW_LABEL_CHARS = 40  # a row's first cell longer than this is prose, not a label
_CELL = r"[(−-]?\d+(?:[,.]\d+)*\)?%?"
_SPACED_ROW = re.compile(
    rf"(?P<label>[A-Z][^\d|]{{0,{_ROW_LABEL_CHARS}}}?)\s+(?P<numbers>{_CELL}(?:\s+{_CELL}){{1,7}})"
)


def row_label(sentence: str, text: str) -> str:
    """The name a table's row opens with, for a number in a later cell: 'North' for 1,200 in
    "North | 1,200 | 14" (what the row counts is in the column's header); '' for a first cell of
    digits, a long one, or one that names no part ("Total")."""
    if "|" not in sentence:  # a report's row, its columns apart by spaces: "Adult care 412.6 438.1"
        row = _SPACED_ROW.fullmatch(sentence.strip())
        cells = [row.group("label"), row.group("numbers")] if row else []
    else:
        cells = [c.strip() for c in sentence.split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 2 or text in cells[0] or not any(text in c for c in cells[1:]):
        return ""
    label = cells[0]
    if (
        len(label) > _ROW_LABEL_CHARS
        or not label[:1].isupper()
        or any(ch.isdigit() for ch in label)
    ):
        return ""
    return "" if label.lower() in _not_row_places() else label


@cache
def _not_row_places() -> frozenset[str]:
    return frozenset(english_words()["not_row_places"])


def _named_before(before: str) -> str:
    """A place the clause names as a kind of place just before the figure: 'Ferris district' for
    "Ferris district accounts for 81 cases" or "Hardest hit is the district Ferris with 118"."""
    found = ""
    for pattern in _kind_patterns():
        for m in pattern.finditer(before, max(0, len(before) - _PLACE_REACH)):
            name = m.group("name")
            first = name.split()[0].lower()
            if first not in _not_places() and first not in stopwords() and _can_be_a_name(name):
                found = f"{name} {m.group('kind').lower()}"
    return found


@cache
def _kind_patterns() -> tuple[re.Pattern[str], ...]:
    kinds = alternation(english_words()["place_kinds_named"], r"\s+")
    name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    return (
        re.compile(rf"(?<![\w'’-])(?P<name>{name})\s+(?P<kind>(?i:{kinds}))\b"),
        re.compile(rf"\b(?i:the)\s+(?P<kind>(?i:{kinds}))\s+(?P<name>{name})\b"),
    )


def _can_be_a_name(name: str) -> bool:
    """A name can be told from other words in capitals only when it is an abbreviation ('the UK',
    'the EU'): in a headline in capitals, 'IN MUD HORROR' or 'IN NINE DAYS' names no place."""
    words = name.removeprefix("the ").split()
    return not all(w.isupper() for w in words) or all(len(w) <= 3 for w in words)


@cache
def _not_places() -> frozenset[str]:
    return frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(english_words()["not_places"])


@cache
def _part_opened() -> re.Pattern[str]:
    openers = alternation(english_words()["part_openers"], r"\s+")
    return re.compile(
        rf",\s*(?:\d[\d,.]*|(?i:{openers}))\s+(?:of\s+(?:them|whom|which|those)\b|in\b)"
    )


@cache
def _place_words() -> re.Pattern[str]:
    words = english_words()
    before = alternation(words["place_before"], r"\s+")
    kinds = alternation(words["place_kinds"], r"\s+")
    name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
    return re.compile(  # "Bank of Caldora" is an owner, not a place: (?P<of>) marks it
        rf"\b(?i:{before})\s+(?P<name>(?:the\s+)?{name}(?:\s+(?:{kinds}))?)\b(?P<of>\s+of\b)?"
    )


class Rarity:
    """How telling a shared word is: rare words in the figures' sentences tell more (IDF)."""

    def __init__(self, described: Sequence[Described]) -> None:
        counts: Counter[str] = Counter()
        for d in described:
            counts.update(d.sentence | d.near)
        n = len(described) + 1
        self._idf = {w: max(math.log(n / (c + 0.5)), 0.0) for w, c in counts.items()}
        # words near a quarter of the figures or more tell nothing of which quantity
        self.common = {w for w, c in counts.items() if c > max(40, n // 4)}
        self._telling: dict[frozenset[str], tuple[str, ...]] = {}

    def idf(self, word: str) -> float:
        return self._idf.get(word, 1.0)

    def telling(self, words: frozenset[str], most: int) -> tuple[str, ...]:
        """The `most` rarest of `words` that are not common (kept: asked again of each figure
        as its neighbourhood grows)."""
        found = self._telling.get(words)
        if found is None:
            found = tuple(sorted((w for w in words if w not in self.common), key=self.rarest))
            self._telling[words] = found
        return found[:most]

    def rarest(self, word: str) -> tuple[float, str]:
        """Sort key: the rarest words first (ties in word order, for the same result each run)."""
        return -self._idf.get(word, 1.0), word


# The facts, in words for a group's reason; a fact's value is 1 when it holds (0 to 1 for the
# similarities and the value gap). The fitted weight says whether it speaks for or against.
FACTS: dict[str, str] = {
    "bias": "",
    "value_gap": "values apart",
    "same_value": "the same number",
    "close_value": "close numbers",
    "same_counted": "the same counted noun",
    "counted_unsaid": "a figure that names nothing counted",
    "same_class": "counted nouns of one class",
    "other_class": "different things counted",
    "part_or_other": "a part, or 'other', beside a whole",
    "same_unit": "the same unit as written",
    "same_act": "the same act",
    "other_act": "different acts",
    "act_unsaid": "an act left unsaid",
    "near_words": "the same words around the figures",
    "near_overlap": "one figure's words in the other's",
    "sentence_words": "similar sentences",
    "other_year": "another year named",
    "other_month": "another month named",
    "other_date": "another as-of date",
    "other_window": "another period measured",
    "other_period": "a different period named by each",
    "other_place": "other places named",
    "person_and_thing": "people beside places or things",
    "same_key": "the same quantity key",
    "same_text": "the same words",
    "same_value_other_class": "the same number of other things",
    "same_value_other_act": "the same number with another act",
    "slipped_digits": "the same digits, a power of ten apart",
    # where each figure stands in its article, for the trees to weigh beside the facts above
    # (not said in a reason): how many other numbers of the same thing its article gives
    # before it, how many it gives in all, how far into the text it is, how many days lie
    # between the two as-of dates, and whether the later figure is the larger
    "order_low": "",
    "order_high": "",
    "numbers_low": "",
    "numbers_high": "",
    "offset_low": "",
    "offset_high": "",
    "days_apart": "",
    "moves_with_time": "",
    # how telling a number is: how large the smaller of the two is, and how many significant
    # digits the plainer of the two is written with (413,611 and 8.4 tell more than 400,000, 4)
    "size_low": "",
    "digits_low": "",
    # how many larger numbers of the same thing each figure's article gives (the smaller and the
    # larger count of the two), how many of the two are hedged ("about", "more than")
    "above_low": "",
    "above_high": "",
    "hedged": "",
    "bound_met": "one figure within the other's bound",
    "same_speaker": "the same source",
    "other_speaker": "",
}


# What each fact says by its meaning: a difference speaks against one quantity, whatever weight
# the fit gave it beside the others (a reason never says "against: the same counted noun").
SPEAKS_AGAINST = frozenset({
    "value_gap", "counted_unsaid", "other_class", "part_or_other", "other_act", "act_unsaid",
    "other_year", "other_month", "other_date", "other_window", "other_period", "other_place",
    "person_and_thing", "same_value_other_class", "same_value_other_act",
})  # fmt: skip


_FEW = 10  # a number below this is given of many things in one story
_SMALL_FRACTION = 10_000  # a count with decimals below this is written so, not scaled


class Standing(NamedTuple):
    """Where a figure stands among the numbers its article gives of the same thing."""

    order: int  # how many other numbers of that thing the article gives before it
    numbers: int  # how many different numbers of that thing the article gives
    above: int = 0  # how many of them are larger


ONE_NUMBER = 0.02  # values closer than this (as logs) are one number, rounded or said twice


def standings(members: Sequence[Described]) -> dict[int, Standing]:
    """Claim id → its standing among the figures of its article that count or measure the same
    thing (its counted noun's class, or its measure): in the order the text gives them, and from
    the largest."""
    seen: dict[tuple[object, str], list[float]] = defaultdict(list)
    order: dict[int, tuple[tuple[object, str], int]] = {}
    for d in sorted(members, key=lambda d: (d.claim.article or 0, d.claim.start, d.claim.id or 0)):
        key = (d.claim.article, _class_told(d) or d.measure)
        log = math.log(d.value)
        values = seen[key]
        at = next((n for n, v in enumerate(values) if abs(v - log) < ONE_NUMBER), len(values))
        if at == len(values):
            values.append(log)
        if d.claim.id is not None:
            order[d.claim.id] = (key, at)
    # each number's place from the largest: many larger ones mark a part, a share of a total
    above = {key: np.argsort(np.argsort(-np.array(values))) for key, values in seen.items()}
    return {
        cid: Standing(at, len(seen[key]), int(above[key][at])) for cid, (key, at) in order.items()
    }


_ROUGHLY = 1.1  # "about 400" allows 360 to 440


def allowed(claim: Claim) -> tuple[float, float]:
    """The values a figure's words allow: "more than 400" any above 400, "about 400" 364–440, a
    plain number only itself (whether it is another rounded is for the linker to say). Not
    divergence.interval, which gives a plain number ±2% and "about" −10%: read so, an article's
    numbers tell fewer pairs apart (blind_events_2's election fell 0.765 → 0.745)."""
    low, high = claim.span_low, claim.span_high
    if claim.bound == ">":
        return low, math.inf
    if claim.bound == "<":
        return 0.0, high
    if claim.bound == "~":
        return low / _ROUGHLY, high * _ROUGHLY
    return low, high


def _allowed_ratio(claim: Claim) -> tuple[float, float]:
    """`allowed` as ratios to the figure's value (1 and 1 for a plain number)."""
    if claim.value <= 0:
        return 1.0, 1.0
    low, high = allowed(claim)
    return max(low / claim.value, 1e-9), high / claim.value


class Table:
    """The figures of one dimension as columns, so that many pairs are weighed at once (numpy):
    names and words become numbers (-1 for nothing said), word sets become sorted keys.
    `standing` is each figure's place among its article's figures of the same thing, read over
    all figures of the dimension (a relink weighs only some of them)."""

    def __init__(
        self,
        members: Sequence[Described],
        rarity: Rarity,
        keyed: Mapping[int, int],
        standing: Mapping[int, Standing] | None = None,
    ) -> None:
        self.members = members
        claims = [d.claim for d in members]
        standing = standings(members) if standing is None else standing
        stood = [standing.get(c.id, Standing(0, 1)) for c in claims]  # type: ignore[arg-type]
        self.order = np.array([s.order for s in stood], dtype=float)
        self.numbers = np.array([s.numbers for s in stood], dtype=float)
        self.above = np.array([s.above for s in stood], dtype=float)
        self.offset = np.log1p(np.array([max(c.start, 0) for c in claims], dtype=float))
        self.log = np.log(np.array([d.value for d in members], dtype=float))
        self.raw = np.array([c.value for c in claims], dtype=float)
        # the values each figure's words allow ("more than 400", "about 400"), as logs of its value
        ratios = np.array([_allowed_ratio(c) for c in claims], dtype=float).reshape(-1, 2)
        self.hedged = np.array([c.bound != "=" for c in claims], dtype=bool)
        self.log_low, self.log_high = (self.log[:, None] + np.log(ratios)).T
        self.speaker = _column(c.speaker.lower().removeprefix("the ") for c in claims)
        self.article = _column(str(c.article) for c in claims)
        self.measure = _column(counted_as(d.measure) for d in members)
        self.kind_of = _column(_class_told(d) for d in members)
        self.measured = np.array([c.kind in ("measure", "duration") for c in claims], dtype=bool)
        self.qualifier = _column((d.qualifier.value for d in members), blank_is_nothing=False)
        self.unit = _column(c.unit.lower() for c in claims)
        self.act = _column(c.act for c in claims)
        self.window = _column((window_class(c) for c in claims), blank_is_nothing=False)
        self.window_said = _column(window_class(c) for c in claims)
        # a period no date resolved ("last year" in an undated text) may be any resolved one
        frames = [c.timeframe for c in claims]
        self.period = np.array([f.kind is TimeKind.PERIOD for f in frames], dtype=bool)
        self.unresolved = self.period & np.array([f.start is None for f in frames], dtype=bool)
        # a span a rate or a recent count is measured over: "per day", "in the past 24 hours"
        spans = (TimeKind.RATE, TimeKind.RECENT)
        self.measuring = np.array([f.kind in spans for f in frames], dtype=bool)
        self.period_here = np.array([d.period_here for d in members], dtype=bool)
        self.text = _column((c.text.lower() for c in claims), blank_is_nothing=False)
        self.owner = _column(d.owner for d in members)
        # "the Coastal region" and "Coastal region" are one place
        self.place = _column(d.place.removeprefix("the ").lower() for d in members)
        self.being = _column(d.being for d in members)
        self.certainty = _column(d.certainty for d in members)
        self.bar = np.array([d.measure in _BAR_MEASURES for d in members], dtype=bool)
        self.standing = np.array([d.measure in STANDING for d in members], dtype=bool)
        self.happened = np.array([c.act not in ("", "present") for c in claims], dtype=bool)
        self.as_of = np.array([c.as_of.toordinal() if c.as_of else -1 for c in claims])
        self.years = _bits(d.years for d in members)
        self.months = _bits(d.months for d in members)
        self.key = np.array([keyed.get(c.id, -1) for c in claims])  # type: ignore[arg-type]
        self.two_digits = np.array([_two_digits(c.value) for c in claims], dtype=bool)
        self.size = np.log10(np.maximum(np.abs(self.raw), 1e-3))
        self.digits = np.array([_significant(c.value) for c in claims], dtype=float)
        # "41.3" (its unit lost) is no count of whole things named: "41 enumeration areas"
        counts = np.array([c.kind == "count" for c in claims], dtype=bool)
        whole = np.abs(self.raw - np.round(self.raw)) < 1e-6 * np.maximum(1.0, np.abs(self.raw))
        self.fraction = counts & ~whole & (self.raw < _SMALL_FRACTION)
        self.whole_named = counts & whole & np.array([c.unit_written for c in claims], dtype=bool)
        vocabulary: dict[str, int] = {}
        self.near = _WordSets([d.near for d in members], vocabulary)
        self.sentence = _WordSets([d.sentence for d in members], vocabulary)
        self.idf = np.zeros(len(vocabulary))
        for word, n in vocabulary.items():
            self.idf[n] = rarity.idf(word)
        self.near.weigh(self.idf)
        self.sentence.weigh(self.idf)

    def facts(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The facts of the pairs (i[k], j[k]), one row each, in the order of FACTS."""
        gap = np.abs(self.log[i] - self.log[j])
        same_value = gap < ONE_NUMBER
        ki, kj = self.kind_of[i], self.kind_of[j]
        ai, aj = self.act[i], self.act[j]
        mi, mj = self.measure[i], self.measure[j]
        other_class = self.other_things(i, j)
        other_act = (ai >= 0) & (aj >= 0) & (ai != aj)
        yi, yj = self.years[i], self.years[j]
        ni, nj = self.months[i], self.months[j]
        di, dj = self.as_of[i], self.as_of[j]
        dated = (di >= 0) & (dj >= 0)
        days = np.where(dated, dj - di, 0)
        si, sj = self.speaker[i], self.speaker[j]
        columns = [
            np.ones(len(i)),  # bias
            np.minimum(gap, 5.0),  # value_gap
            same_value,  # same_value
            gap < 0.15,  # close_value
            (mi >= 0) & (mi == mj),  # same_counted
            (mi < 0) | (mj < 0),  # counted_unsaid
            (ki >= 0) & (ki == kj),  # same_class
            other_class,  # other_class
            self.qualifier[i] != self.qualifier[j],  # part_or_other
            (self.unit[i] >= 0) & (self.unit[i] == self.unit[j]),  # same_unit
            (ai >= 0) & (ai == aj),  # same_act
            other_act,  # other_act
            (ai < 0) | (aj < 0),  # act_unsaid
            self.near.similarity(i, j),  # near_words
            self.near.overlap(i, j),  # near_overlap
            self.sentence.similarity(i, j),  # sentence_words
            (yi != 0) & (yj != 0) & ((yi & yj) == 0),  # other_year
            (ni != 0) & (nj != 0) & ((ni & nj) == 0),  # other_month
            (di >= 0) & (dj >= 0) & (di != dj),  # other_date
            self.window[i] != self.window[j],  # other_window
            self.other_period(i, j),  # other_period
            (self.place[i] >= 0) & (self.place[j] >= 0) & (self.place[i] != self.place[j]),
            (self.being[i] >= 0) & (self.being[j] >= 0) & (self.being[i] != self.being[j]),
            (self.key[i] >= 0) & (self.key[i] == self.key[j]),  # same_key
            self.text[i] == self.text[j],  # same_text
            same_value & other_class,  # same_value_other_class
            same_value & other_act,  # same_value_other_act
            self._slipped(i, j),  # slipped_digits
            np.minimum(self.order[i], self.order[j]),  # order_low
            np.maximum(self.order[i], self.order[j]),  # order_high
            np.minimum(self.numbers[i], self.numbers[j]),  # numbers_low
            np.maximum(self.numbers[i], self.numbers[j]),  # numbers_high
            np.minimum(self.offset[i], self.offset[j]),  # offset_low
            np.maximum(self.offset[i], self.offset[j]),  # offset_high
            np.where(dated, np.log1p(np.abs(days)), -1.0),  # days_apart
            np.sign(self.log[j] - self.log[i]) * np.sign(days),  # moves_with_time
            np.minimum(self.size[i], self.size[j]),  # size_low
            np.minimum(self.digits[i], self.digits[j]),  # digits_low
            np.minimum(self.above[i], self.above[j]),  # above_low
            np.maximum(self.above[i], self.above[j]),  # above_high
            self.hedged[i].astype(int) + self.hedged[j],  # hedged
            self.bound_meets(i, j),  # bound_met
            (si >= 0) & (si == sj),  # same_speaker
            (si >= 0) & (sj >= 0) & (si != sj),  # other_speaker
        ]
        return np.column_stack([np.asarray(c, dtype=float) for c in columns])

    def bound_meets(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Pairs one of which is hedged and allows the other's value: "more than 400,000" and
        "412,500", "about 400" and 390."""
        hedged = self.hedged[i] | self.hedged[j]
        tolerance = 1e-9
        overlap = (self.log_low[i] <= self.log_high[j] + tolerance) & (
            self.log_low[j] <= self.log_high[i] + tolerance
        )
        return hedged & overlap

    def _slipped(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """15,000 beside 150,000: the same digits with a zero dropped or added, a typing slip (two
        significant digits at least in the smaller: 10 and 100 are round numbers, not a slip)."""
        x, y = self.raw[i], self.raw[j]
        lo, hi = np.minimum(x, y), np.maximum(x, y)
        ok = (lo > 0) & (x != y) & np.where(x < y, self.two_digits[i], self.two_digits[j])
        ratio = np.divide(hi, lo, out=np.ones_like(hi), where=lo > 0)
        power = np.rint(np.log10(ratio))
        return ok & (power >= 1) & (power <= 3) & (np.abs(ratio / 10.0**power - 1) < 1e-9)

    def other_period(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Pairs each of which names another window or period: 'in 24 hours' and 'per week', 'in
        2023' and 'last year' in a 2025 article (a period an undated text leaves unresolved may
        be any other). A bar only for windows of other lengths and for periods each said right by
        its figure (`cannot_link`); else evidence the trees weigh, for the period a sentence
        names is often not its figure's ("a rise of 161 in a single year, more than three times
        the 2015 total"; "5.4 per cent over the past decade" and "growth since 2020 at 5.4 per
        cent" in a census of 2030)."""
        wi, wj = self.window_said[i], self.window_said[j]
        unknown = self.period[i] & self.period[j] & (self.unresolved[i] | self.unresolved[j])
        return (wi >= 0) & (wj >= 0) & (wi != wj) & ~unknown

    def cannot_link(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Pairs no evidence joins: other owners ('revenue of A', 'revenue of B'), other measuring
        windows ('1,450 flights a day' and '1,450 flights a week', 'per day' and 'in the past
        24 hours'), confirmed beside suspected counts ('154 confirmed cases', '140 suspected
        cases'), a bar beside what happened ('the 50 percent threshold', 'won 50.6 percent'),
        other places named ('in Castelmar', 'in Port Sorel'), people beside places or things
        ('four people', 'four counties'), who lives in a place or what it holds beside what
        happened there ('a city of 410,000' and '410,000 marched'), other calendar periods each
        said right by its figure ('4.2 million tonnes in 2023', '… in 2024'). Another calendar
        period a sentence names elsewhere is evidence against (`other_period`), no bar."""
        oi, oj = self.owner[i], self.owner[j]
        wi, wj = self.window_said[i], self.window_said[j]
        other_window = self.measuring[i] & self.measuring[j] & (wi != wj)
        # each in a period of its own, said right by it: "4.2 million tonnes in 2023" and "in 2024"
        other_window |= self.period_here[i] & self.period_here[j] & self.other_period(i, j)
        ci, cj = self.certainty[i], self.certainty[j]
        other_certainty = (ci >= 0) & (cj >= 0) & (ci != cj)  # confirmed beside suspected
        a_bar = self.bar[i] != self.bar[j]  # "the 50 percent threshold" beside a result
        # a fraction of a thing counted whole ("4.96" and "five seats"): not one number rounded
        broken = (self.fraction[i] & self.whole_named[j]) | (self.fraction[j] & self.whole_named[i])
        # another place named by each ("38,000 marched in Castelmar", "30,000 … in Port Sorel"),
        # people beside places or things ("four people killed", "four counties")
        pi, pj = self.place[i], self.place[j]
        other_place = (pi >= 0) & (pj >= 0) & (pi != pj)
        bi, bj = self.being[i], self.being[j]
        person_and_thing = (bi >= 0) & (bj >= 0) & (bi != bj)
        return (
            ((oi >= 0) & (oj >= 0) & (oi != oj))
            | other_window | other_certainty | a_bar | broken | other_place | person_and_thing
            | self.standing_apart(i, j) | self.few_of_other_things(i, j)
        )  # fmt: skip

    def other_things(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Pairs that count things of two classes (two units of one dimension are no other
        things: "410 kilometres" and "255 miles")."""
        ki, kj = self.kind_of[i], self.kind_of[j]
        return (ki >= 0) & (kj >= 0) & (ki != kj) & ~(self.measured[i] & self.measured[j])

    def few_of_other_things(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Pairs of a small number of two things each named, of no one class, with no act in
        common ('two damaged tanks', 'two extra sailings'): a small number is given of many
        things, and one misread noun is no reason to think two of them one."""
        ai, aj = self.act[i], self.act[j]
        small = np.maximum(self.raw[i], self.raw[j]) < _FEW
        named = self.whole_named[i] & self.whole_named[j]
        return small & named & self.other_things(i, j) & ~((ai >= 0) & (ai == aj))

    def standing_apart(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Pairs of who lives in a place or what it holds and a count of what happened ("a city
        of 410,000" and "410,000 marched"; "a 62,500-capacity stadium" and "62,500 fans came")."""
        si, sj = self.standing[i], self.standing[j]
        return (si & ~sj & self.happened[j]) | (sj & ~si & self.happened[i])


def _column(values: Iterable[str], blank_is_nothing: bool = True) -> np.ndarray:
    """Strings as numbers: each distinct string one number; '' is -1 unless it is a value."""
    numbers: dict[str, int] = {}
    out = [
        -1 if blank_is_nothing and not v else numbers.setdefault(v, len(numbers)) for v in values
    ]
    return np.array(out, dtype=np.int64)


def _bits(sets: Iterable[frozenset[str]]) -> np.ndarray:
    """Small sets as bits of one integer (more than 62 distinct members share bits, which can
    only hide a difference, never invent one)."""
    numbers: dict[str, int] = {}
    out = []
    for members in sets:
        mask = 0
        for m in members:
            mask |= 1 << (numbers.setdefault(m, len(numbers)) % 62)
        out.append(mask)
    return np.array(out, dtype=np.int64)


def _class_told(d: Described) -> str:
    """The class of what a figure counts, as a pair compares it: people of whom the text says
    they died are the deaths ("412 people killed" and "412 deaths"; `words_en.toml`, act_nouns)."""
    if not d.head:
        return ""
    return _act_nouns().get(d.claim.act, d.kind_of) if d.kind_of == "people" else d.kind_of


@cache
def _act_nouns() -> dict[str, str]:
    return dict(english_words()["act_nouns"])


def _significant(value: float) -> int:
    """How many significant digits a number is written with (413,611: 6; 400,000: 1; 4.8: 2),
    at most six."""
    if not math.isfinite(value) or value == 0:
        return 0
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0")
    return min(len(digits), 6)


def _two_digits(value: float) -> bool:
    return len(f"{value:.6g}".replace(".", "").replace("-", "").strip("0")) >= 2


class _WordSets:
    """Each figure's set of words as sorted keys (figure × vocabulary + word), for weighing the
    words two figures share, many pairs at once."""

    def __init__(self, sets: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> None:
        rows = [sorted(vocabulary.setdefault(w, len(vocabulary)) for w in s) for s in sets]
        self.ptr = np.zeros(len(rows) + 1, dtype=np.int64)
        self.ptr[1:] = np.cumsum([len(r) for r in rows])
        self.words = np.array([w for r in rows for w in r], dtype=np.int64)
        self.rows = np.repeat(np.arange(len(rows)), np.diff(self.ptr))

    def weigh(self, idf: np.ndarray) -> None:
        self.size = len(idf) + 1
        self.keys = np.sort(self.rows * self.size + self.words)
        # floats even when no figure has a word (bincount of no weights counts in integers)
        total = np.bincount(self.rows, weights=idf[self.words], minlength=len(self.ptr) - 1)
        self.total = total.astype(float)
        self.idf = idf

    def shared(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The weight of the words both figures of each pair have."""
        counts = self.ptr[i + 1] - self.ptr[i]
        pair = np.repeat(np.arange(len(i)), counts)
        start = np.repeat(self.ptr[i] - np.cumsum(counts) + counts, counts)
        words = self.words[start + np.arange(len(pair))] if len(pair) else self.words[:0]
        wanted = j[pair] * self.size + words
        at = np.minimum(np.searchsorted(self.keys, wanted), max(len(self.keys) - 1, 0))
        hit = self.keys[at] == wanted if len(self.keys) else np.zeros(0, dtype=bool)
        shared = np.bincount(pair, weights=self.idf[words] * hit, minlength=len(i))
        return shared.astype(float)

    def similarity(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        shared = self.shared(i, j)
        union = self.total[i] + self.total[j] - shared
        return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)

    def overlap(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        least = np.minimum(self.total[i], self.total[j])
        return np.divide(self.shared(i, j), least, out=np.zeros_like(least), where=least > 0)


@cache
def fitted_trees() -> Trees:
    """The fitted trees (`judge.py`), asking their facts by name among FACTS."""
    return trees().on(tuple(FACTS))


def probabilities(found: np.ndarray) -> np.ndarray:
    """Each pair's probability of measuring one quantity (rows of facts), as the fitted trees
    (`judge.py`) weigh its facts."""
    return 1 / (1 + np.exp(-np.clip(fitted_trees().scores(found), -30.0, 30.0)))


def threshold() -> float:
    """Groups hold together while their pairs average at least this probability."""
    return fitted_trees().threshold


_SAID = 0.15  # what a fact adds to a pair's score (a log of odds) to be said in its reason


def tally(
    rows: Sequence[Sequence[float]], added: np.ndarray | None = None, most: int = 3
) -> tuple[Counter[str], Counter[str]]:
    """How often each fact was among the `most` that spoke for a pair, and against it, over
    many pairs' facts at once (`added`: what each fact added to each pair's score, when the
    trees have weighed it already)."""
    pro: Counter[str] = Counter()
    con: Counter[str] = Counter()
    if not len(rows):
        return pro, con
    found = np.asarray(rows, dtype=float)
    names = list(FACTS)
    said = np.array([bool(FACTS[n]) for n in names])
    against = np.array([n in SPEAKS_AGAINST for n in names])
    weighed = fitted_trees().contributions(found) if added is None else np.array(added, dtype=float)
    # the trees ask how far apart two values are as a number: where that spoke for a pair whose
    # numbers are the same or close, it is said so
    gap = names.index("value_gap")
    for fact in ("same_value", "close_value"):
        moved = (found[:, names.index(fact)] != 0) & (weighed[:, gap] > 0)
        weighed[moved, names.index(fact)] += weighed[moved, gap]
        weighed[moved, gap] = 0.0
    held = (found != 0) & said
    order = np.argsort(np.argsort(names))  # equal strengths go by the facts' names
    for counter, sign, side in ((pro, 1.0, ~against), (con, -1.0, against)):
        strength = np.where(held & side & (sign * weighed > _SAID), sign * weighed, -np.inf)
        first = np.lexsort((np.broadcast_to(-sign * order, strength.shape), -strength))
        first = first[:, :most]
        rows, places = np.nonzero(np.take_along_axis(strength, first, 1) > -np.inf)
        for r, c in zip(rows.tolist(), places.tolist(), strict=True):
            counter[FACTS[names[first[r, c]]]] += 1
    return pro, con
