"""Word lists of news English: number words, scales, bound phrases, calendar words, units.

Names over `words_en.toml` (read by `words.py`), shared by the number parser, the non-figure filters
and the unit finder. Words of what is counted and what happened to it (populations and acts) are
named in `vocabulary.py`. The words themselves, and why each list exists, are in the data file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType

from desktop.claims.words import alternation, english, noun_lemma

_W = english()

UNITS_WORDS = _W.values("numbers.units")
TENS_WORDS = _W.values("numbers.tens")
SCALE_WORDS = _W.values("numbers.scales")
PLURAL_SCALES = _W.values("numbers.plural_scales")  # "9 millions euros" in translated copy
STACKING_SCALES = _W.words("numbers.stacking.scales")
SCALE_SUFFIXES = _W.values("numbers.scale_suffixes")
VAGUE_PLURALS = _W.values("numbers.vague_plurals")
FRACTION_WORDS = _W.values("numbers.fractions")

BOUND_PHRASES = _W.phrase_classes("bounds.before")  # ("close", "to") → "~"
CAPPING_WORDS = _W.words("bounds.capping")
BOUND_SUFFIXES = _W.phrase_classes("bounds.after")

MONTHS = _W.values("calendar.months")
WEEKDAYS = _W.values("calendar.weekdays")
ORDINAL_SUFFIXES = _W.sequence("calendar.ordinal_suffixes")
TIME_WORDS = _W.words("calendar.time_words")
TIME_ZONE_WORDS = _W.words("calendar.time_zone_words")
ERA_WORDS = _W.words("calendar.eras")

CURRENCY_SYMBOLS = _W.values("currency.symbols")
CURRENCY_PREFIXES = _W.classes("currency.sign_prefixes")
CURRENCY_WORD_PREFIXES = _W.classes("currency.word_prefixes")
CURRENCY_LETTERS = _W.classes("currency.letter_prefixes")
PDF_POUND = _W.text("currency.pdf_pound")
# Encoding damage before a currency sign: "Â£8m" is "£8m" read as Latin-1.
MOJIBAKE_BEFORE_CURRENCY = frozenset({"Â"})
CURRENCY_CODES = _W.words("currency.codes")
# Currencies whose hundredth is a cent, by ISO code: "21.5 cents" in a story of euros, "40c"
CENTS_CURRENCIES = frozenset(w.upper() for w in _W.words("currency.divided_in_cents"))
# Words before a number that make it a name or a rank: "Route 66", "page 3", "Line three".
NUMBER_NAMES = _W.words("nonfigures.number_names")
A_OR_AN = _W.words("counted.indefinite_articles")  # "a boy of fourteen", "£3.40 a dozen"
ARTICLES = A_OR_AN | _W.words("counted.definite_articles")
# Labels of when a page was written or changed: "Updated 2 hours ago", "Published 4 May".
TIMESTAMP_LABELS = _W.words("extract.timestamp_labels")


def currency_of_code(code: str) -> str:
    """The ISO code a currency code as written stands for: "usd" → "USD", "RMB" → "CNY"."""
    return code.upper().replace("RMB", "CNY")


LEXICON_CURRENCIES: Mapping[str, str] = _W.classes("currency.words")
# The words a text prices as money itself, each to its currency, while that text is read.
_PRICED: ContextVar[Mapping[str, str]] = ContextVar("priced", default=MappingProxyType({}))


class _CurrencyWords(Mapping[str, str]):
    """Currency words after an amount, each to its currency: the lexicon's, and while a text is
    read under `priced_as_money`, the words it prices as money itself ("45 million sestins, about
    5.6 million euros"; "at 8 sestins to the euro"), each its own currency as written."""

    __slots__ = ()

    def __getitem__(self, word: str) -> str:
        found = LEXICON_CURRENCIES.get(word)
        return found if found is not None else _PRICED.get()[word]

    def __contains__(self, word: object) -> bool:
        return word in LEXICON_CURRENCIES or word in _PRICED.get()

    def __iter__(self) -> Iterator[str]:
        yield from LEXICON_CURRENCIES
        yield from (w for w in _PRICED.get() if w not in LEXICON_CURRENCIES)

    def __len__(self) -> int:
        return sum(1 for _ in self)


CURRENCY_WORDS: Mapping[str, str] = _CurrencyWords()
_LEXICON_MONEY = frozenset(LEXICON_CURRENCIES.values())


# After an amount, the words that say it is the price of one unit of another currency, that
# currency's word in the group: "at 12 florins to the euro", "9 crowns per euro".
RATE_OF = re.compile(
    rf"\s*(?:{alternation(_W.words('currency.priced.rate_before'))})\s+"
    rf"(?:(?:{alternation(_W.words('currency.priced.rate_one'))})\s+)?([^\W\d_]+)\b"
)


def priced_unit(unit: str) -> bool:
    """Whether an amount's unit is a word a text priced as money itself ("vellars"), not a
    currency of the lexicon ("EUR", "crowns")."""
    return unit.isalpha() and unit.islower() and unit not in _LEXICON_MONEY


def counted_forms(words: Iterable[str]) -> frozenset[str]:
    """The words priced as money (plurals, as written after an amount) and their singulars, as
    a count of them would be written: "vellars", "vellar"."""
    return frozenset(f for w in words for f in (w, noun_lemma(w)))


@contextmanager
def priced_as_money(words: Iterable[str]) -> Iterator[None]:
    """Read the words given (plurals, as written after an amount: "sestins") as currencies, each
    with its singular ("one sestin"), while the block runs."""
    said: dict[str, str] = {}
    for word in words:
        said[word] = word
        said.setdefault(noun_lemma(word), word)
    token = _PRICED.set(said)
    try:
        yield
    finally:
        _PRICED.reset(token)


PERCENT_WORDS = _W.phrases("units.percent")
BASIS_POINT_WORDS = _W.words("units.basis_points")
MULTIPLE_WORDS = _W.words("units.multiples")
# Words that make a figure a ratio, not a count: "doubled", "triple", "82 times", "40-fold"
RATIO_WORDS = frozenset(
    {
        *_W.values("numbers.multiplied"),
        *_W.values("numbers.multiple"),
        *_W.words("nonfigures.times"),
    }
)
MEASURE_UNITS = _W.classes("units.measures")
MULTIPLE_UNIT = MEASURE_UNITS["x"]  # the unit of "2.5x", and of "twice", "threefold", "40-fold"
OCCASIONS = frozenset(_W.words("units.occasions"))  # "ten times": how often, a count in times
TEMPERATURE_SCALES = _W.classes("units.temperature_scales")
SEA_MILES = _W.words("units.sea_miles")  # "nautical": the mile after it is a sea mile
UNIT_POWERS = _W.words("units.powers")  # "square", "cubic": an area or a volume of the unit after
CAPITAL_UNITS = _W.words("units.capitals")
GLUED_ONLY = _W.classes("units.glued_only")
GLUED_SECONDS = _W.words("units.glued_seconds")  # "0.228s", after decimals only
CAPITAL_SCALES = _W.values("units.capital_scales")
METRE_CONTEXT = _W.words("units.metre_context")
DURATION_UNITS = _W.classes("units.durations")
IN_YEARS = _W.values("units.in_years")  # "three decades": 30 years
FRACTION_FOLLOWERS = _W.words("numbers.fraction_followers")

SET_COMPOUNDS = _W.words("nonfigures.set_compounds")
STREET_WORDS = _W.words("nonfigures.streets")
IDENTIFIER_WORDS = _W.words("nonfigures.identifiers")
FURNITURE_WORDS = _W.words("nonfigures.furniture")
PERIOD_KINDS = _W.words("nonfigures.period_kinds")
CAPITALISED_PEOPLE = _W.words("nonfigures.capitalised_people")
SCORE_WORDS = _W.words("nonfigures.score_words")
MARKS = _W.words("numbers.marks")  # what a score is given in: "87 points out of 100"
