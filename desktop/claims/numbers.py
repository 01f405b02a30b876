"""Number expressions — digits and words, scales, currencies, percentages, ranges, bounds.

Turns "more than 82,000", "$2.3bn", "six or seven" and "between 40 and 50 per cent" into value, low,
high and bound over a run of tokens. Whether a number is a figure at all (dates, ages, names) is
decided in `nonfigures.py`; what it counts in `counted.py`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from desktop.claims.lexicon import (
    ARTICLES,
    BASIS_POINT_WORDS,
    BOUND_PHRASES,
    BOUND_SUFFIXES,
    CAPITAL_SCALES,
    CAPPING_WORDS,
    CENTS_CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_LETTERS,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORD_PREFIXES,
    CURRENCY_WORDS,
    DURATION_UNITS,
    FRACTION_FOLLOWERS,
    FRACTION_WORDS,
    GLUED_SECONDS,
    MARKS,
    MEASURE_UNITS,
    METRE_CONTEXT,
    MOJIBAKE_BEFORE_CURRENCY,
    MONTHS,
    NUMBER_NAMES,
    PDF_POUND,
    PERCENT_WORDS,
    PLURAL_SCALES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    STACKING_SCALES,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE_PLURALS,
    WEEKDAYS,
    currency_of_code,
)
from desktop.claims.segments import VULGAR_FRACTIONS, Token, column_gap, low_at
from desktop.claims.vocabulary import BARS, POPULATIONS
from desktop.claims.words import (
    dictionary_noun,
    english,
    headline_verb,
    inflected_verb,
    may_be_adjective,
    may_be_noun,
    may_be_plural,
    plain_verb,
    verb_form,
)

_W = english()

_AND_A_PART = _W.values("numbers.and_a_part")
_ODD_NOUNS = _W.words("parser.odd_nouns")  # "twenty odd jobs", "forty odd socks": other words
_ROUGH_ENDINGS = _W.words("parser.rough_endings")  # "twenty-odd", "eighty-something", "forty-ish"
_ODD_FROM = 20  # "forty odd" is forty and some; "three odd socks" are odd socks
_PARTICLES = _W.words("parser.particles")  # "got about half back": a verb's, no noun
_HALF_AFTER_SCALE = 1000  # "a million and a half"; "a hundred and a half" is no number
_AFTER_A = _W.words("numbers.after_a")
_ONE_UNIT_HEDGES = _W.words("numbers.one_unit_hedges")  # "under a minute", "about an hour"
_ONE_UNIT_NOT_AFTER = _W.words("numbers.one_unit_not_after")  # "less than a year earlier"
_ONE_UNIT_TAKING = _W.words("numbers.one_unit_taking")  # "it takes an hour"
_SPACED_SCALE_SUFFIXES = _W.words("numbers.spaced_scale_suffixes")
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"  # a note's mark against a number's scale: "£38.7m³"
_ABOVE_HUNDRED = _W.words("numbers.hundred_of")
_THOUSANDS = _W.words("numbers.thousands")
_HYPHENED_SCALES = _THOUSANDS | {"hundred"}
_US = _W.words("currency.us")
_DOLLARS = _W.words("currency.dollars")
_NATIONAL = _W.values("currency.national")
_PER_HEAD = _W.words("units.per_head")
_VAGUE_VERBS = _W.words("numbers.vague_plural_verbs")  # "scores of people"; "it scores 6.2"

_NOT_PLURAL_NOUNS = _W.words("parser.not_plural_nouns")
_NOT_A_RANGE_AFTER_OR = _W.words("parser.not_a_range_after_or")
_STARTS = _W.words("parser.starts")
_BEFORE_A_PERIOD = _W.words("parser.before_a_period")

_DASHES = {"-", "–", "—"}
_END_SIGNS = {"-", "−", "+"}  # the sign of a range's second end: "-11 to -1", "-4 to +10"
_ACROSS_VERBS = _W.words("parser.across_verbs")
_ABOUT_TOPICS = _W.words("parser.about_topics")  # "complain about 190 lorries"
_HALVES = _W.words("units.halves")
_CHANGE_WORDS = _W.words("parser.change_words")
_UP_VERBS = _W.words("parser.up_verbs")
_UP_REACH = 5  # words between such a verb and "up to": "revised first-quarter growth up to"
_BRACKET_REACH = 8  # tokens of an amount's conversion in brackets: "(about $6.8 million)"
WORD_NUMBERS = set(UNITS_WORDS) | set(TENS_WORDS)

_STARTING = _W.words("parser.starting")
_GLUED_CENTS = _W.words("currency.glued_cents")
_TIME_TAKEN_BEFORE = _W.words("parser.time_taken_before")  # "won in 2:07:19"
_HOURS_IN_A_DAY = 24  # minutes and seconds "59:47" are no clock's hours and minutes
_MOST_HOURS_TAKEN = 9  # a time taken of more hours is rare; "in 14:05:33" is a time of day
_TEMPERATURE_WORDS = _W.words("currency.temperature_words")
_CLAUSE_JOINS = _W.words("currency.clause_joins")
_CENTS_REACH = 10  # words between cents and the amount that says whose cents they are
_CENTS_WEATHER_BEFORE = 4  # words before a temperature that say it is one ("highs of 25c")
_TO = _W.words("parser.range_ends")
_NOUN_THEN_BOUND = _W.phrase_classes("bounds.after_noun")  # ("or", "more") → ">"
_NOUN_THEN_BOUND_AT_END = _W.phrase_classes("bounds.after_noun_at_end")  # ("give", "or", "take")
_NOUN_BOUNDS = {**_NOUN_THEN_BOUND, **_NOUN_THEN_BOUND_AT_END}
_UNIT_SIGNS = frozenset("°")  # a unit's sign between the number and its bound: "−2°C or lower"
_OVER_VERBS = _W.words("parser.over_verbs")
_MORE_THAN_OVER = _W.words("parser.more_than_over")  # "waited over two years"
_SPANS = _W.words("parser.spans")
_TIMES_IN_A_NOUN = _W.groups("counted.times_in_a_noun")
_EXCEEDED = _W.words("parser.exceeded")
_NEGATIONS = _W.words("parser.negations")
_NEGATION_ENDINGS = tuple(_W.words("parser.negation_endings"))
_NEGATION_GAPS = _W.words("parser.negation_gaps")
_NOT_NEGATING = _W.words("parser.not_negating")
_RULES = frozenset(tuple(phrase.split()) for phrase in _W.words("parser.limit_rules"))
_LIMIT_VERBS = _W.words("parser.limit_verbs")
_WEIGHING = _W.words("parser.weighing")
WEIGHT_POUNDS = _W.words("parser.weight_pounds")
_SMALL_MEASURES = _W.words("parser.small_measures")  # "two drams of whisky": no money
_A_SUM_OF_MONEY = 100  # the least amount such a word is money for: "500 dram"
PERCENTAGE_POINTS = "percentage points"  # the unit of "a 2.8 percentage-point lead", "half a point"
BASIS_POINTS = "basis points"  # the unit of "50bps", "25 basis points"
_WEIGHED_REACH = 3  # words from a verb of weighing to its number: "weighed just over 600"


def time_in_a_noun(toks: Sequence[Token], k: int) -> bool:
    """Whether the singular time word at k opens a noun of its own with the word after it, as
    the words data lists them ("day tickets", "day-trippers", "year passes"): what a number
    before it counts, not the unit of a span ("2 year bans", "18 week waits" stay spans)."""
    time = low_at(toks, k)
    noun = low_at(toks, k + 2) if low_at(toks, k + 1) in ("-", "‐") else low_at(toks, k + 1)
    return time in _TIMES_IN_A_NOUN and noun in _TIMES_IN_A_NOUN[time]


def weighed(toks: Sequence[Token], first: int) -> bool:
    """Whether a verb of weighing stands a few words before `first`, in its clause ("weighed
    600", "weighing about 300"): pounds after it are of weight."""
    for n in range(first - 1, max(-1, first - 1 - _WEIGHED_REACH), -1):
        if toks[n].low in _WEIGHING:
            return True
        if toks[n].kind != "word":
            return False
    return False


def not_passing(before: Sequence[str], verb: str) -> str:
    """Whether the words `before` a verb of passing ("exceed", "top"; lower case, the nearest
    last) say the figure after it was not passed: "rule" for a rule's limit ("must not top",
    "cannot exceed"), "not" for what was not passed ("did not exceed", "has not yet topped",
    "expected not to exceed"), "" otherwise ("topped", "if not exceed": at least)."""
    words = list(before)
    if words and words[-1] in _NEGATION_GAPS:
        words.pop()  # "has not yet exceeded", "must never again exceed"
    if len(words) >= 2 and words[-1] == "to" and words[-2] in _NEGATIONS:
        words = words[:-1]  # "expected not to exceed": what is forecast not to be passed
    elif verb in _LIMIT_VERBS and (tuple(words[-2:]) in _RULES or tuple(words[-1:]) in _RULES):
        return "rule"
    if not words or len(words) >= 2 and words[-2] in _NOT_NEGATING:
        return ""  # "could match if not exceed $10 billion": at least
    last = words[-1]
    return "not" if last in _NEGATIONS or last.endswith(_NEGATION_ENDINGS) else ""


_PASSED = _W.words("parser.passed")
_PASS_NOUN_BEFORE = _W.words("parser.pass_noun_before")
_PUT_AT = _W.words("parser.put_at")  # "put the crowd at 62,000": an estimate
_ESTIMATING = _W.words("parser.estimating")  # "police estimate 1,200 vehicles"
_ESTIMATE_REACH = 5  # words back from a number to the verb that estimates it
_ESTIMATE_NOUN_BEFORE = _W.words("parser.estimate_noun_before")
_CONSERVATIVE = _W.words("parser.conservative")  # in small letters: never the party
_SMALL_ESTIMATE = 20  # a count in words below this is no estimate's: "the two terminals"
_PUT_REACH = 9  # words back from "at" to "put": "put the average budget of the couples … at"
_MILESTONE = 1000  # a count this large that something passed is a milestone: "passed 80,000"
_PASSED_BY = _W.words("parser.passed_by")
_PASSED_TO = _W.words("parser.passed_to")
_FUNCTION_WORDS = _W.words("parser.function_words")
_SHARE_ENDS = _W.words("parser.share_ends")
_WHOLE_MONEY = _W.words("parser.whole_money")  # "two pounds forty": pounds, then its pence
_THOUSAND_SLANG = _W.words("parser.thousand_slang")  # "twenty grand": twenty thousand
_CLAUSE_MARKS = frozenset('.,;:!?)"”')  # a closing quote ends a phrase: '"four grand" in a bag'
_OPENERS = frozenset('.;:!?"“‘')  # what may stand before a sentence's first word: ". Half are"
_AFTER_AN_AMOUNT = _FUNCTION_WORDS | _SHARE_ENDS  # words after "forty" in "two pounds forty"
_AFTER_HUNDREDTHS = _W.words("parser.after_hundredths")  # "three pound fifty each"
_PRICE_YEAR_BEFORE = _W.words("parser.price_year_before")  # "in nineteen ninety-nine"
_PRICE_CLOCK_BEFORE = _W.words("parser.price_clock_before")  # "at six twenty"
_PRICE_VERBS = _W.words("parser.price_verbs")  # "I paid nine ninety-nine"
_PRICE_VERB_REACH = 4  # tokens back to a price's verb
_PRICE_NOT_AFTER = _W.words("parser.price_not_after")  # "did a one eighty"
_PRICE_CLAUSE_ENDS = _CLAUSE_MARKS | _CLAUSE_JOINS | _W.words("parser.price_clause_ends")
_PRICE_SCORES = _W.words("parser.price_scores")  # "won seventy-two sixty-eight"
_HOURS_SAID = 24  # "twenty-two thirty" may be a time on a 24-hour clock
_MINUTES_IN_AN_HOUR = 60
_YEAR_HUNDREDS = (10, 20)  # "ten sixty-six" … "twenty twenty": a year said in two numbers
_HUNDREDTH_WORDS = frozenset(  # "four dollars and twenty cents", "two pounds and ten pence"
    w for w, currency in CURRENCY_WORDS.items() if currency.endswith((" cents", " pence"))
)
_AFTER_GRAND = _AFTER_AN_AMOUNT | _W.words("parser.after_grand")  # "thirty grand a year"
_MULTIPLIED = _W.values("numbers.multiplied")  # "doubled" → 2
_MULTIPLE = _W.values("numbers.multiple")  # "triple the rent" → 3
_HOW_OFTEN = _W.values("numbers.how_often")  # "we've gone up twice this year" → 2
_HOW_OFTEN_PER = _W.values("numbers.how_often_per")  # "once a week" → 1, not "once the rain"
HOW_OFTEN_WORDS = frozenset(_HOW_OFTEN) | frozenset(_HOW_OFTEN_PER)  # "once", "twice", "thrice"
_IDIOM_BEFORE_HOW_OFTEN = _W.words("parser.idiom_before_how_often")
_NOT_A_HALF = _W.words("parser.not_a_half")
_BEFORE_A_LONE_HALF = _W.words("parser.before_a_lone_half")
_HALF_OF = _W.words("parser.half_of")
_BEFORE_A_MULTIPLE = _W.words("parser.before_a_multiple")
_MULTIPLE_PER = _W.words("parser.multiple_per")
_FOLD = _W.words("parser.fold")
_NOT_A_MULTIPLE_AFTER = _W.words("parser.not_a_multiple_after")
_AFTER_A_MULTIPLE_VERB = _W.words("parser.after_a_multiple_verb")
_MULTIPLE_VERBS = _W.words("parser.multiple_verbs")  # "doubles": a verb, unless a noun's
_NOT_BEFORE_A_MULTIPLE_VERB = _W.words("parser.not_before_a_multiple_verb")
_PRICE_BEFORE = _W.words("currency.price.before")  # "tickets at R250", "a fine of N500"
_A_FEW = {(w, "of"): n for w, n in _W.values("parser.a_few_of").items()}  # "a couple of"
_NOTES = {w: float(n) for w, n in _W.values("parser.notes").items()}  # "a tenner": ten pounds
_NOTES_CURRENCY = _W.text("parser.notes_currency")
_SPLIT_BEFORE = _W.words("nonfigures.split.before")  # "broke in half": split, no share
_SAID_HEDGES = _W.words("parser.said_hedges")  # "fifteen, maybe sixteen"
_LIST_JOINS = _W.words("segments.list_joins")
_DECIMAL_POINTS = _W.words("parser.decimal_points")  # "one point nine"
_DECIMAL_ZEROS = _W.words("parser.decimal_zeros")
_MOMENT_BEFORE = _W.words("parser.moment_before")
_POINT_FRACTIONS = ("half", "quarter")  # "a half-point rise": of a percentage point
_CURRENCY_JOINS = _W.words("currency.joins.words")  # "2,4 millones de euros"
_CURRENCY_ELISIONS = _W.sequence("currency.joins.elisions")  # "4 millions d'euros"
_AS_BOUND = ("little", "much", "high", "low")  # "as little as R150"
_FOLD_CHANGES = _W.words("parser.fold_changes")
_COPULAS = _W.words("parser.copulas")
_BEFORE_A_LONE_SHARE = _W.words("parser.before_a_lone_share")
_SHARE_MOVED = _W.words("parser.share_moved")
_SHARE_MOVED_FROM = _W.words("parser.share_moved_from")  # "up from a quarter"
_SHARE_COMPARED = _W.words("parser.share_compared")  # "a quarter more visitors"
_SHARE_SUBJECT_VERBS = _W.words("parser.share_subject_verbs")  # "A quarter are businesses"
_QUARTER_SUBJECT_VERBS = _W.words("parser.quarter_subject_verbs")  # "a quarter had not been"
_QUARTERS = _W.words("parser.quarter_words")  # not "a fourth", a series' next one
_FRACTIONS_ONLY_COMPARED = _W.words("parser.fractions_only_compared")  # "a twelfth fewer"


@dataclass
class NumberExpr:
    """A number expression over tokens [first, last] (inclusive), with its meaning."""

    first: int
    last: int
    value: float
    bound: str = "="
    low: float | None = None
    high: float | None = None
    currency: str = ""
    percent: str = ""  # "%", "percentage points", "basis points"
    written_in_words: bool = False
    vague: bool = False
    has_digits: bool = False
    plain_digits: str = ""  # the digit token as written, for year/name checks
    bound_words: str = ""
    not_figure: bool = False  # a score "3-1" or a season "2023-24": read, then dropped
    fraction: bool = False  # a share written as a fraction or ratio: "a third", "one in seven"
    unscaled: float = 0.0  # the digits' own value, before a scale word or letter
    multiple: bool = False  # how many times: "doubled", "twice the rate", "a 40-fold rise"
    unit_at: int = -1  # a unit inside the expression: the "hour" of "an hour and a half"
    duration: str = ""  # the unit its own writing gives: "seconds" for a race time "2:07:19"
    counted_at: int = -1  # a counted noun inside it: the "adult" of "one adult in five"
    priced: bool = False  # a price said as its whole and hundredths: "nine ninety-nine"

    @property
    def with_decimals(self) -> bool:
        """Written with one or two decimals, whatever its value: "3.0", "6,8"; not "1,200"."""
        return bool(_DECIMALS.search(self.plain_digits))


_DECIMALS = re.compile(r"\d[.,]\d{1,2}$")

_RATE_NOUN_WORDS = 2  # "36.8 drug deaths per 100,000": the counted noun between figure and base


_BY_REACH = 3  # words between "by" and the number it moves by: "by a whopping half a per cent"
_CHANGE_REACH = 16  # words before "from X to Y" a verb of change may stand
_SIGN_BOUNDS = frozenset("<>≤≥")  # bounds written as signs: only against their number
_EVERY_SHARE = 100  # "one in every three" is a share; "8 in every 100,000" a rate per 100,000
_FAR_FOR_A_RANGE = 3  # "by 3 to 4 per cent" is a range; "by 43,000 to 898,000" a change


def a_year(digits: str) -> bool:
    """Four plain digits of a year of news: '2022'."""
    return len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20")


def in_seconds(word: str, value: float) -> bool:
    """Whether a word written against a number makes it seconds: "0.228s", "2.3s" (a number
    with decimals; the "1990s" are a decade, "her 20s" an age)."""
    return word in GLUED_SECONDS and value != int(value)


def _last_clause(words: list[str]) -> list[str]:
    """The words of a price's own clause, after the last word or mark that ends another
    (_PRICE_CLAUSE_ENDS): "waves of up to 1.8 metres and sessions from" leaves "sessions from"."""
    ends = [n for n, w in enumerate(words) if w in _PRICE_CLAUSE_ENDS]
    return words[ends[-1] + 1 :] if ends else words


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def _digits_value(tok: Token) -> float:
    """12,000 → 12000; 1.2e6 → 1200000; 3½ → 3.5; ½ → 0.5; 58,3 percent → 58.3 (the tokenizer
    has put the number in plain digits)."""
    digits = tok.low
    fraction = VULGAR_FRACTIONS.get(digits[-1:], 0.0)
    if fraction:
        digits = digits[:-1]
    return (float(digits) if digits else 0.0) + fraction


class _Parser:
    def __init__(self, toks: list[Token]) -> None:
        self.t = toks
        self._money_letters: frozenset[str] | None = None  # read on first use

    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < len(self.t) else ""

    # ---- a bare number: digits with scale, or words ---------------------------------------
    def core(self, i: int, money: bool = False) -> tuple[float, int, dict] | None:
        """Parse the number starting at token i; returns (value, index after, flags).

        flags: words, vague, digits, plain (the digits as written), scale (the multiplier a
        scale word or letter applied; 1 when none), fraction (a share written as a fraction)."""
        parsed = self._bare(i, money)
        if parsed is None:
            return None
        value, j, flags = parsed
        flags.setdefault("scale", 1)
        flags.setdefault("fraction", False)
        if flags["vague"] or flags["fraction"] or value < 1:
            return value, j, flags
        if flags["scale"] != 1:
            if flags["scale"] >= _HALF_AFTER_SCALE and self.low(j) == "and":
                said = self._and_a_part(j, ("a",))
                if said and self.low(said[1]) not in _DASHES:  # "a million and a half viewers"
                    value, j = value + said[0] * flags["scale"], said[1]
            return value, j, flags
        # "four and a half hours", "two and a half million", "two-and-a-half thousand"
        if said := self._and_a_part(j):
            value, j = value + said[0], said[1]
            if self.low(j) in SCALE_WORDS and self.low(j) != "hundred":
                flags["scale"] = SCALE_WORDS[self.low(j)]
                value, j = value * flags["scale"], j + 1
        elif j < len(self.t) and self.t[j].text in VULGAR_FRACTIONS and value == int(value):
            value, j = value + VULGAR_FRACTIONS[self.t[j].text], j + 1  # "3 ½"
        return value, j, flags

    def _one_unit_hedged(self, i: int) -> bool:
        """Whether "a" or "an" at i is one of a unit of time or measure that a hedge before it
        measures ("under a minute", "about an hour", "just over a tonne"): not "a year
        earlier", nor "in a day" or "over a year", a span told, no amount."""
        unit = self.low(i + 1)
        if unit not in DURATION_UNITS and unit not in MEASURE_UNITS:
            return False
        if unit in FRACTION_WORDS or self.low(i + 2) in _ONE_UNIT_NOT_AFTER:
            return False  # "about a quarter": a share; "8% less than a year earlier": when
        if self.low(i + 2) == "and" and self.low(i + 3) in ("a", "an"):
            return False  # "about an hour and a quarter": read whole after
        return self.low(i - 1) in _ONE_UNIT_HEDGES or (
            f"{self.low(i - 2)} {self.low(i - 1)}" in _ONE_UNIT_HEDGES
        )

    def _one_unit_taken(self, i: int) -> bool:
        """Whether "a" or "an" at i is one of a unit of time a task takes or a thing lasts:
        "it takes an hour", "the slate lasts a century", "spend a year on that"; not "give or
        take a century", nor "took a year earlier" (when), nor "a day and a half" (read whole)."""
        unit = self.low(i + 1)
        if unit not in DURATION_UNITS or unit in FRACTION_WORDS:
            return False
        if self.low(i + 2) in _ONE_UNIT_NOT_AFTER:
            return False
        if self.low(i + 2) == "and" and self.low(i + 3) in ("a", "an"):
            return False
        return self.low(i - 1) in _ONE_UNIT_TAKING and self.low(i - 2) != "or"

    def _and_a_part(
        self, j: int, articles: tuple[str, ...] = ("a", "one")
    ) -> tuple[float, int] | None:
        """The part "and a half" (or "-and-a-half", "and a quarter") adds at `j`, and where it
        ends; None when none is said there."""
        said = [self.low(j + n) for n in range(5)]  # "-", "and", "-", "a", "-"
        if said[1::2] == ["and", "a"] and all(h in _DASHES for h in said[::2]):
            part, end = _AND_A_PART.get(self.low(j + 5)), j + 6
        elif said[0] == "and" and said[1] in articles:
            part, end = _AND_A_PART.get(said[2]), j + 3
        else:
            return None
        return (part, end) if part else None

    def _bare(self, i: int, money: bool) -> tuple[float, int, dict] | None:
        t = self.t
        if i >= len(t):
            return None
        tok = t[i]
        flags: dict = {"words": False, "vague": False, "digits": False, "plain": ""}
        if tok.kind == "num":
            return self._digits(i, money, flags)
        if tok.kind != "word":
            return None
        w = tok.low
        flags["words"] = True
        if (
            w in ("tens", "hundreds")
            and self.low(i + 1) == "of"
            and self.low(i + 2) in ("thousands", "millions")
        ):
            base = 10 if w == "tens" else 100
            flags["vague"] = True
            return base * VAGUE_PLURALS[self.low(i + 2)], i + 3, flags
        if w in VAGUE_PLURALS and not self._marks_or_scoring(i):
            flags["vague"] = True
            return float(VAGUE_PLURALS[w]), i + 1, flags
        if w in ("a", "an") and self.low(i + 1) in _AFTER_A:
            return self._words(i + 1, start_value=1)
        if w in ("a", "an") and (self._one_unit_hedged(i) or self._one_unit_taken(i)):
            return 1.0, i + 1, flags  # "in under a minute", "about an hour", "takes a day"
        if w == "a" and self.low(i + 1) in _NOTES:
            flags["currency"] = _NOTES_CURRENCY
            return _NOTES[self.low(i + 1)], i + 2, flags  # "I gave him a tenner": ten pounds
        if w == "a" and self.low(i + 1) in _THOUSAND_SLANG and self._grand(i + 1):
            flags["scale"] = 1000
            return 1000.0, i + 2, flags  # "doing a grand on a Tuesday night"
        if w == "a" and self.low(i + 1) in _WHOLE_MONEY and self.low(i + 2) in WORD_NUMBERS:
            return 1.0, i + 1, flags  # "a pound fifty": one pound, its pence read after it
        few = (self.low(i + 1), self.low(i + 2))
        if w == "a" and few in _A_FEW and self.low(i + 3) in _WHOLE_MONEY:
            flags["guessed"] = True  # "a couple of quid": about two pounds
            return float(_A_FEW[few]), i + 3, flags
        if w == "a" and few in _A_FEW and self.low(i + 3) in _AFTER_A:
            value, end, flags = self._words(i + 3, start_value=_A_FEW[few])
            flags["guessed"] = True  # "a couple of hundred": about two hundred
            return value, end, flags
        if w in _DECIMAL_ZEROS | _DECIMAL_POINTS and (said := self._said_fraction(i)):
            value, end = said  # "nought point five per cent", "point two five per cent"
            if self.low(end) in _THOUSANDS:  # "nought point seven million"
                flags["scale"] = SCALE_WORDS[self.low(end)]
                value, end = value * flags["scale"], end + 1
            return value, end, flags
        if w in _POINT_FRACTIONS and (point := self._point_fraction(i)) is not None:
            flags["points"] = True  # "a half-point rise", "a quarter-percentage-point cut"
            return 1 / FRACTION_WORDS[w], point + 1, flags
        if w == "half":
            return self._half(i, flags)
        if w in _MULTIPLIED and not self._parts(i) and self.low(i + 1) not in _NOT_A_MULTIPLE_AFTER:
            # "more than doubled": a multiple; "doubled down on" an idiom
            flags["multiple"] = True
            return float(_MULTIPLIED[w]), i + 1, flags
        if w in _MULTIPLE and self._a_multiple(i):
            # "triple the rent", "about double", "double what it was", "could double",
            # "twice a day"
            flags["multiple"] = True
            return float(_MULTIPLE[w]), i + 1, flags
        if (
            w in _HOW_OFTEN
            and not (i + 1 < len(t) and t[i + 1].text in _DASHES)  # "twice-yearly"
            and self.low(i - 1) not in _IDIOM_BEFORE_HOW_OFTEN  # "think twice"
        ):
            return float(_HOW_OFTEN[w]), i + 1, flags  # "we've gone up twice this year"
        if (
            w in _HOW_OFTEN_PER
            and self.low(i + 1) in _MULTIPLE_PER
            and self.low(i + 2) in DURATION_UNITS
        ):
            return float(_HOW_OFTEN_PER[w]), i + 1, flags  # "once a week", "once per year"
        if (
            w in ("a", "an")
            and self.low(i - 1) == "and"
            and self.low(i - 3) in ("a", "an")
            and self.low(i - 2) not in FRACTION_WORDS
        ):
            return None  # "an inch and a half": the half of the inch before, no share
        if (
            w in ("a", "an")
            and (self.low(i + 1) in DURATION_UNITS or self.low(i + 1) in MEASURE_UNITS)
            and self.low(i + 1) not in FRACTION_WORDS  # "between a quarter and a half"
            and self.low(i + 2) == "and"
            and self.low(i + 3) in ("a", "an")
            and self.low(i + 4) in _AND_A_PART
        ):
            flags["unit_at"] = i + 1  # "an hour and a half", "a mile and a half": 1.5 of it
            return 1 + float(_AND_A_PART[self.low(i + 4)]), i + 5, flags
        if w in FRACTION_WORDS and self.low(i + 1) == "of" and self.low(i + 2) in ("a", "an"):
            scale = SCALE_WORDS.get(self.low(i + 3))  # "quarter of a million" in a headline
            if scale and self.low(i + 3) != "hundred" and self.low(i - 1) not in WORD_NUMBERS:
                return scale / FRACTION_WORDS[w], i + 4, flags
        fraction = self._fraction_words(i)
        if fraction is not None:
            flags["fraction"] = True
            return fraction[0], fraction[1], flags
        if w in WORD_NUMBERS or w == "dozen":
            return self._words(i, start_value=None)
        return None

    def _point_fraction(self, i: int) -> int | None:
        """The index of "point" when "half" or "quarter" at `i` is a fraction of a percentage
        point: "half-point", "quarter point", "half-percentage-point"."""
        k = i + 1
        if self.low(k) in _DASHES:
            k += 1
        if self.low(k) == "percentage":
            k += 1
            if self.low(k) in _DASHES:
                k += 1
        if self.low(k) != "point" or self.low(k + 1) == "of":
            return None  # "the half point of the season": a middle
        ends = k + 1 >= len(self.t) or self.t[k + 1].kind != "word"
        return None if ends and self.low(i - 1) == "the" else k  # "reached the half point."

    def _parts(self, i: int) -> bool:
        """Whether a "-fold" word at `i` says how many parts, not how many times: "The plan is
        twofold:", "a twofold approach"; but "a threefold rise", "rose fourfold"."""
        if not any(self.t[i].low.endswith(f) for f in _FOLD):
            return False
        nxt = self.t[i + 1] if i + 1 < len(self.t) else None
        if nxt is None or nxt.kind != "word":
            return self.low(i - 1) in _COPULAS  # "The reasons are threefold."
        return nxt.low not in _FOLD_CHANGES and nxt.low not in _FUNCTION_WORDS

    def _a_multiple(self, i: int) -> bool:
        """Whether "double", "twice" and their kind at `i` say how many times: "triple the rent",
        "about double", "could double", "twice a day"; not "a treble of trophies", "will double
        down", "double-check", or "arrested more than twice since 2020" (how often)."""
        before, after = self.low(i - 1), self.low(i + 1)
        if before in ("a", "an", "the"):
            return False  # a noun: "completed a treble"
        if self.t[i].low == "twice" and (
            after == "over" or (after == "as" and self.low(i + 2) not in ("a", "an", "the"))
        ):
            return True  # "twice as fast as predicted", "house them twice over"
        if self.t[i].low in _MULTIPLE_VERBS:  # "Profit Doubles To $3.2 Billion"
            owned = i > 0 and self.t[i - 1].text.endswith(("'s", "’s", "s'", "s’"))
            return not owned and before not in _NOT_BEFORE_A_MULTIPLE_VERB  # "mixed doubles"
        if after in _HALF_OF or (after in _MULTIPLE_PER and self.low(i + 2) in DURATION_UNITS):
            return True
        word_after = i + 1 < len(self.t) and self.t[i + 1].kind == "word"
        if before in _BEFORE_A_LONE_HALF:
            return not (self.t[i].low == "twice" and word_after and after != "as")
        if before in _BEFORE_A_MULTIPLE:
            glued = i + 1 < len(self.t) and after in _DASHES and _adjacent(self.t[i], self.t[i + 1])
            role = after == "as" and self.low(i + 2) in ("a", "an", "the")  # "double as a hall"
            return not (glued or role or after in _NOT_A_MULTIPLE_AFTER)
        return self.t[i].low != "twice" and self._verb_after_plural(i)

    def _verb_after_plural(self, i: int) -> bool:
        """Whether "double" and its kind at `i` is a plural subject's verb, as headlines write
        it: "Bookings Double", "Closures Double To 96", "Calls Triple In July"; not "Sales
        Double Album" (a noun after it) nor "players double up"."""
        prev = self.t[i - 1] if i > 0 else None
        if prev is None or prev.kind != "word":
            return False
        plural = prev.low.endswith("s") and not prev.low.endswith("ss") and len(prev.low) > 3
        if not plural or prev.low in _FUNCTION_WORDS:
            return False
        return (
            i + 1 >= len(self.t)
            or self.t[i + 1].kind == "sym"
            or (self.low(i + 1) in _AFTER_A_MULTIPLE_VERB)
        )

    def _digits(self, i: int, money: bool, flags: dict) -> tuple[float, int, dict] | None:
        t = self.t
        tok = t[i]
        value = _digits_value(tok)
        flags["digits"], flags["plain"], flags["unscaled"] = True, tok.text, value
        j = i + 1
        if j + 1 < len(t) and t[j].text == "/" and _adjacent(tok, t[j]):
            fraction = self._slash_fraction(i)
            if fraction is not None:
                flags["fraction"] = True
                return fraction, i + 3, flags
        if j < len(t) and t[j].kind == "num" and not _adjacent(tok, t[j]) and tok.text.isdigit():
            fraction = self._slash_fraction(j)  # "1 1/2 cups"
            if fraction is not None:
                return value + fraction, j + 3, flags
        if self.low(j) in _DASHES and self.low(j + 1) in _FOLD and _adjacent(tok, t[j]):
            flags["multiple"] = True  # "a 40-fold increase"
            return value, j + 2, flags
        nxt = t[j] if j < len(t) else None
        if nxt is not None and _adjacent(tok, nxt) and nxt.kind == "word":
            low = nxt.low.rstrip(_FOOTNOTE_MARKS) if money else nxt.low  # "£38.7m³": a note
            scale = SCALE_SUFFIXES.get(low) if nxt.text.islower() else None
            if (
                nxt.text == "m"
                and not money
                and (
                    self.low(j + 1) in METRE_CONTEXT
                    or self.low(j + 1) == "/"
                    or (self.low(j + 1) in _DIMENSION_JOINS and self.low(j + 3) == "m")
                    or (self.low(j - 2) in _DIMENSION_JOINS and self.low(j - 3) == "m")
                    or self._after_glued_hours(j - 1)  # "3h 24m": minutes
                    or (
                        any(self.low(j - k) in _METRE_BEFORE for k in range(2, 5))
                        and self.low(j + 1) not in POPULATIONS
                    )  # "Depth: 1,100m", never "At its height, 2m people"
                )
            ):
                scale = None  # "the 100m final", "8.2m/s", "6m by 4m": metres
            if scale is None and (money or nxt.text in ("Mn", "Bn", "Tn")):
                scale = SCALE_SUFFIXES.get(nxt.low)  # "$4B", "€2Bn"
            if scale is None and nxt.text in CAPITAL_SCALES:
                if "." in tok.text or self._counted_next(j + 1):
                    scale = CAPITAL_SCALES[nxt.text]  # "2.7M viewers", not "3M" or "4K"
            if scale:
                flags["scale"] = scale
                return self._stacked(value * scale, j + 1, flags)
        if nxt is not None and nxt.low in PLURAL_SCALES and self.low(j + 1) != "of":
            flags["scale"] = PLURAL_SCALES[nxt.low]  # "a fine of 9 millions euros"
            return self._stacked(value * PLURAL_SCALES[nxt.low], j + 1, flags)
        if nxt is not None and (
            nxt.low in SCALE_WORDS
            and nxt.low != "hundred"
            or (nxt.text in _SPACED_SCALE_SUFFIXES)
            or (money and nxt.text in ("m", "k"))  # "£1,540 m": no metres of money
            or (
                nxt.text in ("B", "M", "K", "BN", "MN")
                and (money or "." in tok.text or self._counted_next(j + 1))
            )
        ):
            scale = SCALE_WORDS.get(nxt.low) or SCALE_SUFFIXES[nxt.low]
            flags["scale"] = scale
            return self._stacked(value * scale, j + 1, flags)
        if (
            nxt is not None
            and nxt.text in ("-", "–")
            and _adjacent(tok, nxt)
            and j + 1 < len(t)
            and _adjacent(nxt, t[j + 1])
            and t[j + 1].low in SCALE_WORDS
            and t[j + 1].low != "hundred"
        ):
            flags["scale"] = SCALE_WORDS[t[j + 1].low]  # "a 2.9-million-strong city"
            return value * flags["scale"], j + 2, flags
        if nxt is not None and nxt.low == "hundred" and "." not in tok.text:
            k = j + 1
            if k < len(t) and t[k].low in _ABOVE_HUNDRED:
                flags["scale"] = 100 * SCALE_WORDS[t[k].low]
                return value * flags["scale"], k + 1, flags
            flags["scale"] = 100
            return value * 100, j + 1, flags
        return value, j, flags

    def _stacked(self, value: float, j: int, flags: dict) -> tuple[float, int, dict]:
        """'1.5 lakh crore': a South Asian scale on top of another."""
        if self.low(j) in STACKING_SCALES:
            flags["scale"] *= SCALE_WORDS[self.low(j)]
            return value * SCALE_WORDS[self.low(j)], j + 1, flags
        return value, j, flags

    def _counted_next(self, k: int) -> bool:
        """A plural noun follows ('2.7M viewers', '2 B users'): the capital was a scale."""
        if k >= len(self.t) or self.t[k].kind != "word":
            return False
        word = self.t[k].text  # "1M BARRELS" in a headline in capitals too
        low = word.lower()
        if low in MEASURE_UNITS:
            return True  # "40K Sq Ft", "2.1M tonnes": a unit the number measures in
        plural = low.endswith("s") and low not in _NOT_PLURAL_NOUNS
        # "40M iPhones": a brand's plural, lower-case first
        written = word.islower() or word[:1].islower() or (word.isupper() and len(word) > 2)
        return written and plural

    def _slash_fraction(self, i: int) -> float | None:
        """'1/2 cup', '3/4 of': a fraction when the word after it is a measure or 'of'."""
        t = self.t
        if i + 2 >= len(t) or t[i + 1].text != "/" or t[i + 2].kind != "num":
            return None
        top, bottom = t[i].text, t[i + 2].text
        if not (_adjacent(t[i], t[i + 1]) and _adjacent(t[i + 1], t[i + 2])):
            return None
        if not (top.isdigit() and bottom.isdigit()) or self.low(i + 3) not in FRACTION_FOLLOWERS:
            return None
        if not 2 <= int(bottom) <= 16 or not 0 < int(top) < int(bottom):
            return None
        return int(top) / int(bottom)

    def _content_word(self, k: int) -> bool:
        """A noun or verb follows ('a third term'), not a function word or the clause's end."""
        return k < len(self.t) and self.t[k].kind == "word" and self.low(k) not in _FUNCTION_WORDS

    def _half(self, i: int, flags: dict) -> tuple[float, int, dict] | None:
        """'half a million', 'half a dozen', 'half an hour', 'half the staff', 'half of them'."""
        nxt, after = self.low(i + 1), self.low(i + 2)
        if nxt in ("a", "an"):
            if after in SCALE_WORDS:
                return SCALE_WORDS[after] / 2, i + 3, flags
            if after == "dozen":
                return 6.0, i + 3, flags
            if after in _HALVES or after in MEASURE_UNITS or after in DURATION_UNITS:
                return 0.5, i + 2, flags  # "half a percentage point", "half a kilo": the unit
            return None
        if self.low(i - 1) in _NOT_A_HALF or (
            i + 1 < len(self.t) and self.t[i + 1].text in _DASHES
        ):
            return None  # "the second half", "half-time"
        lone = self.low(i - 1) in _BEFORE_A_LONE_HALF
        opens = self.t[i].text[:1].isupper() and (i == 0 or self.t[i - 1].text in _OPENERS)
        if (
            nxt in _HALF_OF
            or (lone and (not self._content_word(i + 1) or nxt in _PARTICLES))  # "about half back"
            or ((lone or opens) and i + 1 < len(self.t) and inflected_verb(nxt))  # "Half are"
            or (  # "paid a deposit of half."; not "it broke in half."
                self._phrase_ends(i + 1, ())
                and self.low(i - 1) not in _DASHES
                and self.low(i - 1) not in _SPLIT_BEFORE
            )
        ):
            flags["fraction"] = True
            return 0.5, i + 1, flags  # "half the staff", "compared with half in 2015"
        return None

    def _fraction_words(self, i: int) -> tuple[float, int] | None:
        """'a third of', 'one fourth', 'two-thirds', 'one-seventh', 'three quarters of'."""
        t = self.t
        if self._headline_share(i):
            return 1 / FRACTION_WORDS[t[i].low], i + 1  # "Station loses quarter of listeners"
        top = 1 if t[i].low in ("a", "an") else UNITS_WORDS.get(t[i].low)
        if not top or top > 10:
            return None
        k, hyphen = i + 1, False
        if k + 1 < len(t) and t[k].text in _DASHES and _adjacent(t[i], t[k]):
            if _adjacent(t[k], t[k + 1]):
                k, hyphen = k + 1, True
        word = self.low(k)
        bottom = FRACTION_WORDS.get(word)
        if bottom is None or bottom <= top:
            return None
        plural = word.endswith("s") and word != "halves"
        if top == 1 and plural or top > 1 and not plural:
            return None  # "one thirds" is not English; "two third" neither
        hedged = self.low(i - 1) in _BEFORE_A_LONE_SHARE  # "roughly a third are at risk"
        bounded = (self.low(i - 2), self.low(i - 1)) in BOUND_PHRASES  # "by up to a quarter"
        moved = self.low(i - 1) in _SHARE_MOVED or (
            self.low(i - 1) in _SHARE_MOVED_FROM and self.low(i - 2) in _SHARE_MOVED
        )
        if (moved or bounded) and not self._content_word(k + 1):
            hedged = True  # "fell by a quarter during the pilot"; not "by a third party"
        after = self.low(k + 1)
        if word in _FRACTIONS_ONLY_COMPARED and not hyphen and after not in _SHARE_COMPARED:
            if after != "of":
                return None  # "going for a twelfth": an ordinal
        if after in _SHARE_COMPARED:
            hedged = True  # "a twelfth fewer than in 2023", "Falls a Third Short"
        elif self.low(i - 1) not in _FUNCTION_WORDS and (
            after in _SHARE_SUBJECT_VERBS or (word in _QUARTERS and after in _QUARTER_SUBJECT_VERBS)
        ):
            hedged = True  # "A quarter are businesses", "found a quarter had not been tested";
            # not "earns it in a quarter can", "A fourth will be named"
        if (t[i].low in ("a", "an") or bottom == 4) and not hyphen and self.low(k + 1) != "of":
            if (bottom == 4 or self._content_word(k + 1)) and not hedged:
                return None  # "a third term", "in one quarter": an ordinal or a period
        if top == 1 and not hyphen and self.low(k + 1) in ("-", "–"):
            return None  # "one third-party"
        if self.low(k + 1) == "of" and self.low(k + 2) in ("a", "an"):
            scale = SCALE_WORDS.get(self.low(k + 3))
            if scale and self.low(k + 3) != "hundred":
                return top / bottom * scale, k + 4  # "a quarter of a million votes"
        return top / bottom, k + 1

    def _headline_share(self, i: int) -> bool:
        """A fraction a headline writes without its article, after a verb or a hedge: "loses
        quarter of listeners", "Firm cuts third of staff", "nearly fifth of homes"; never "the
        third of July", "first quarter of 2024", "a third of" (read with its article)."""
        word, before = self.low(i), self.low(i - 1)
        if FRACTION_WORDS.get(word, 0) < 3 or word.endswith("s") or self.low(i + 1) != "of":
            return False
        after = self.low(i + 2)
        if not after.isalpha() or after in ("a", "an", *MONTHS) or after in DURATION_UNITS:
            return False  # "quarter of 2024", "third of July", "quarter of an hour"
        if i == 0 or before in _BEFORE_A_LONE_SHARE:
            return True
        return self.t[i - 1].kind == "word" and headline_verb(before)

    def _words(self, i: int, start_value: int | None) -> tuple[float, int, dict]:
        t = self.t
        total, current = 0.0, float(start_value or 0)
        j = i
        seen_any = start_value is not None
        scale = 1
        while j < len(t):
            w = t[j].low
            if w in UNITS_WORDS or w in TENS_WORDS:
                v = UNITS_WORDS.get(w, 0) + TENS_WORDS.get(w, 0)
                if seen_any and current:
                    last2 = current % 100
                    tens_then_unit = last2 >= 20 and last2 % 10 == 0 and w in UNITS_WORDS and v < 10
                    if last2 != 0 and not tens_then_unit:
                        break
                current += v
            elif (
                w == "-"
                and 0 < current < 10
                and not total
                and j + 1 < len(t)
                and t[j + 1].low in TENS_WORDS
                and _adjacent(t[j - 1], t[j])
                and _adjacent(t[j], t[j + 1])
            ):
                current *= 100  # "four-fifty": four hundred and fifty, as speech says it
            elif w == "dozen":
                current = (current or 1) * 12
            elif w == "hundred":
                current = (current or 1) * 100
                scale = max(scale, 100) if not total else scale
            elif w in _THOUSANDS:
                total += (current or 1) * SCALE_WORDS[w]
                current = 0
                scale = max(scale, SCALE_WORDS[w])
            elif (
                w == "-"
                and j + 1 < len(t)
                and _adjacent(t[j - 1], t[j])
                and _adjacent(t[j], t[j + 1])
                and seen_any
                and (
                    (t[j + 1].low in UNITS_WORDS and current % 100 >= 20 and current % 10 == 0)
                    or t[j + 1].low in _HYPHENED_SCALES
                )
            ):  # "twenty-two", "four-hundred-metre", "two-thousand-strong"; not "five-six"
                j += 1
                continue
            elif (
                w == "and"
                and seen_any
                and self.low(j + 1) in WORD_NUMBERS
                and (current >= 100 or total > 0)
            ):
                j += 1
                continue
            else:
                break
            seen_any = True
            j += 1
        flags = {"words": True, "vague": False, "digits": False, "plain": "", "scale": scale}
        whole = total + current
        if seen_any and whole < 1000 and self.low(j) in _DECIMAL_POINTS:
            decimals, k = self._said_decimals(j + 1)
            moment = whole == 1 and self.low(i - 1) in _MOMENT_BEFORE  # "at one point nine …"
            if decimals and not moment:
                value = whole + float("0." + decimals)
                if self.low(k) in _THOUSANDS:  # "three point two million"
                    flags["scale"] = SCALE_WORDS[self.low(k)]
                    return value * SCALE_WORDS[self.low(k)], k + 1, flags
                return value, k, flags
        return whole, j, flags

    def _said_fraction(self, i: int) -> tuple[float, int] | None:
        """A number under one said a digit a word: "nought point five", and "point two five"
        when a percent or a scale follows ("point five per cent"; "at this point five died" is
        no number)."""
        k = i + 1 if self.low(i) in _DECIMAL_POINTS else i + 2
        if k == i + 2 and self.low(i + 1) not in _DECIMAL_POINTS:
            return None
        whole_before = i > 0 and self.t[i - 1].kind == "num"
        if k == i + 1 and (whole_before or self.low(i - 1) in WORD_NUMBERS):
            return None  # "one point five" is read from its whole
        decimals, end = self._said_decimals(k)
        if not decimals:
            return None
        if k == i + 1 and not (self._percent_at(end) or self.low(end) in _THOUSANDS):
            return None
        return float("0." + decimals), end

    def _said_decimals(self, k: int) -> tuple[str, int]:
        """The decimals said a digit a word from `k` ("nine", "oh five"), and where they end."""
        digits = ""
        while k < len(self.t):
            w = self.low(k)
            if w in _DECIMAL_ZEROS:
                digits += "0"
            elif w in UNITS_WORDS and UNITS_WORDS[w] < 10:
                digits += str(UNITS_WORDS[w])
            else:
                break
            k += 1
        return (digits, k) if digits.strip("0") or digits == "0" else ("", k)

    # ---- a whole expression: bound, currency, number, range, percent ----------------------
    def expression(self, i: int) -> NumberExpr | None:
        if (timed := self._race_time(i)) is not None:
            return timed
        first, currency = i, ""
        sign = self._currency_before(i)
        if sign is not None:
            currency, first, i = sign
        loss = bool(currency) and self._bracketed(i)  # "£(4.8)m": accounts' loss of £4.8m
        parsed = self.core(i + 1 if loss else i, money=bool(currency))
        if parsed is None:
            return None
        value, j, flags = parsed
        if flags.get("currency") and not currency:
            currency = flags["currency"]  # "a tenner"
        if loss:
            value, j = -value, j + 1  # past the bracket
            glued = j < len(self.t) and _adjacent(self.t[j - 1], self.t[j])
            scale = SCALE_SUFFIXES.get(self.low(j)) if glued else SCALE_WORDS.get(self.low(j))
            if scale and flags["scale"] == 1:  # "£(4.8)m", "$(2.1) billion"
                value, j, flags["scale"] = value * scale, j + 1, scale
            flags["unscaled"] = -abs(flags.get("unscaled", value))
        if currency and self.t[first].text in ("PS", "P") and flags["scale"] == 1:
            if self.t[first].text == "PS" or not ("," in flags["plain"] or self._priced(first)):
                return None  # "PS5" is a games console and "P45" a form; "PS8m" is £8m and
                # "P80 a kilo" a price
        priced = False
        if not currency and flags["scale"] < 1000 and self._grand(j):
            value, j = value * 1000, j + 1  # "twenty grand": twenty thousand, as speech says money
            flags["scale"] = 1000
        elif (
            not currency and flags["words"] and (said := self._spoken_price(first, j, value, flags))
        ):
            cents, j, currency = said  # "forty-two ninety-nine a month": £42.99
            value, priced = value + cents / 100, True
        expr = NumberExpr(first, j - 1, value, currency=currency)
        expr.written_in_words, expr.vague = flags["words"], flags["vague"]
        expr.has_digits, expr.plain_digits = flags["digits"], flags["plain"]
        expr.fraction = flags["fraction"]
        expr.multiple = bool(flags.get("multiple"))
        expr.unit_at = flags.get("unit_at", -1)
        expr.priced = priced
        if flags.get("points"):
            expr.percent = PERCENTAGE_POINTS
        expr.unscaled = flags.get("unscaled", value)
        self._sign(expr)
        self._range(expr, j, flags)
        self._percent_and_currency_after(expr)
        self._bound_before(expr)
        self._bound_after(expr)
        self._bound_from_estimate(expr)
        if expr.vague and expr.bound == "=":
            expr.bound, expr.low = "~", expr.value
        elif flags.get("guessed") and expr.bound == "=":
            expr.bound = "~"
        return expr

    def _bracketed(self, k: int) -> bool:
        """Whether a bracket glued to a currency sign holds an amount: "£(4.8)m", "$(38)"."""
        t = self.t
        return (
            k + 2 < len(t)
            and t[k].text == "("
            and _adjacent(t[k - 1], t[k])
            and t[k + 1].kind == "num"
            and _adjacent(t[k], t[k + 1])
            and t[k + 2].text == ")"
            and _adjacent(t[k + 1], t[k + 2])
        )

    def _currency_before(self, i: int) -> tuple[str, int, int] | None:
        """(currency, first token, number token) when a currency sign or code opens the figure:
        '$', 'US$', 'HK$', '$US', 'Â£' (encoding damage), 'USD25m', 'Rs 450', 'Rs.450', 'RM120'."""
        t = self.t
        tok = t[i]
        if tok.kind == "sym" and tok.text in CURRENCY_SYMBOLS:
            currency, first, k = CURRENCY_SYMBOLS[tok.text], i, i + 1
            if i > 0 and _adjacent(t[i - 1], tok):
                if t[i - 1].low in CURRENCY_PREFIXES:
                    currency, first = CURRENCY_PREFIXES[t[i - 1].low], i - 1
                elif t[i - 1].text in MOJIBAKE_BEFORE_CURRENCY:
                    first = i - 1
            if k + 1 < len(t) and t[k].kind == "word" and _adjacent(tok, t[k]):
                if t[k].text.isupper() and t[k].low in CURRENCY_PREFIXES:
                    currency, k = CURRENCY_PREFIXES[t[k].low], k + 1  # "$US40 billion"
            return currency, first, k
        if tok.kind != "word" or i + 1 >= len(t):
            return None
        sign = t[i + 1]
        if tok.low in CURRENCY_PREFIXES and sign.text in CURRENCY_SYMBOLS and _adjacent(tok, sign):
            return CURRENCY_PREFIXES[tok.low], i, i + 2  # "NZ$9.75", "C$7" at a range's end
        if tok.low in CURRENCY_CODES and tok.text.isupper():
            currency = currency_of_code(tok.text)
        elif tok.low in CURRENCY_WORD_PREFIXES and tok.text[:1].isupper():
            currency = CURRENCY_WORD_PREFIXES[tok.low]
        elif tok.text == PDF_POUND.upper() and _adjacent(tok, t[i + 1]):
            currency = "GBP"
        elif tok.text.isupper() and tok.low in CURRENCY_LETTERS and self._amount_glued(i):
            currency = CURRENCY_LETTERS[tok.low]  # "R4bn", "N1.2tn", "P10,000"
        else:
            return None
        k = i + 1
        if t[k].text == "." and _adjacent(tok, t[k]) and k + 1 < len(t):
            k += 1  # "Rs. 450"
        if t[k].kind != "num" or self._percent_at(k + 1):
            return None  # "the GBP 5% bond": a rate, whose money is named before it
        return currency, i, k

    def _amount_glued(self, i: int) -> bool:
        """Whether digits glued after the letter at i are an amount of money, not a road or a
        model ("N14", "R2"): written as one, after words of a price, or beside another amount
        the sentence writes with that letter."""
        return self._written_as_money(i) or self._priced(i) or self._letter_money_beside(i)

    def _written_as_money(self, i: int) -> bool:
        """Whether digits glued after the letter at i are written as an amount of money: with
        a scale ("R4bn", "N300 billion", "R142-million"), a thousands separator ("N62,000", "R3
        500 000") or cents ("R18.95")."""
        t = self.t
        if i + 1 >= len(t) or t[i + 1].kind != "num" or not _adjacent(t[i], t[i + 1]):
            return False
        digits, after = t[i + 1].text, self.low(i + 2)
        scaled = after in SCALE_WORDS or (
            after in SCALE_SUFFIXES and i + 2 < len(t) and _adjacent(t[i + 1], t[i + 2])
        )
        hyphened = after in ("-", "–") and self.low(i + 3) in SCALE_WORDS
        spaced = any(sep in digits for sep in (" ", "\u00a0", "\u202f"))
        if spaced and (after in MEASURE_UNITS or after in DURATION_UNITS):
            return False  # "on the R59 500 metres from the bridge": a road, then a distance
        grouped = spaced or "," in digits
        return scaled or hyphened or grouped or re.fullmatch(r"\d+\.\d\d", digits) is not None

    def _priced(self, i: int) -> bool:
        """Whether the letter amount at `i` is a price: after words of one ("tickets at R250",
        "a fine of N500", "sells for as little as R150") with no name after it ("at N1 Road"),
        or before what it is paid for ("N617 per litre", "R20 a day")."""
        before, after_word = self.low(i - 1), self.low(i + 2)
        if after_word in ("per", "each") or (
            after_word in ("a", "an") and i + 3 < len(self.t) and self.t[i + 3].text.islower()
        ):
            return True  # "N617 per litre", "R650 a hive", "R24 a child a day"
        if before not in _PRICE_BEFORE and not (before == "as" and self.low(i - 2) in _AS_BOUND):
            return False
        after = self.t[i + 2] if i + 2 < len(self.t) else None
        return after is None or after.kind != "word" or after.low in _FUNCTION_WORDS
        # not a name or a kind after it: "at N1 North", "for N95 masks"

    def _letter_money_beside(self, i: int) -> bool:
        """Whether the sentence writes the same letter before an amount that is one ("N18bn ...
        to N500"): its other bare amounts are that money too."""
        if self._money_letters is None:
            t = self.t
            self._money_letters = frozenset(
                t[k].text
                for k in range(len(t) - 1)
                if t[k].kind == "word"
                and t[k].low in CURRENCY_LETTERS
                and t[k].text.isupper()
                and t[k + 1].kind == "num"
                and _adjacent(t[k], t[k + 1])
                and (self._written_as_money(k) or self._priced(k))
            )
        return self.t[i].text in self._money_letters

    def _range(self, expr: NumberExpr, j: int, flags: dict) -> None:
        """'six or seven', '1-2 million', 'between 3% and 4%', '$12-$15', 'five to 8 years';
        not a change ('rose from 40 to 50', 'cut by 3% to 7%'), not a score ('3-1')."""
        t = self.t
        between = self._percent_at(j) or self._glued_unit_at(j)  # "3% and 4%", "-40C and 85C"
        # "2.0 yen to 2.5 yen", "between 40 euros and 50 euros": a currency's word at both ends
        money_word = self.low(j) if not between and self.low(j) in CURRENCY_WORDS else ""
        if money_word and self.low(j + 1) in ("to", "and"):
            between = 1
        else:
            money_word = ""
        j += between
        if j >= len(t):
            return
        joiner = t[j].low
        before = self.low(expr.first - 1)
        if flags.get("multiple"):
            return  # "the radius was doubled to 4 km": how much, then to what
        first = expr.first
        if first and not expr.currency and joiner not in _DASHES and t[first - 1].kind == "word":
            if t[first].kind == "num" and _adjacent(t[first - 1], t[first]):
                return  # "H1 to 29.2bn", "Q3 to $5bn": a name's digits begin no range
        if joiner == "in" and not between and self._ratio(expr, j, j + 1):
            return  # "one in five"; "3.4% in five days" is no share of five
        if joiner == "in" and not between and self.low(j + 1) == "every":
            if self._ratio(expr, j, j + 2, most=_EVERY_SHARE):
                return  # "one in every three fish"; "8 in every 100,000" is a rate
        if t[j].kind == "word" and self.low(j) not in _FUNCTION_WORDS:
            k = j + 3 if self.low(j + 2) == "every" else j + 2  # "one adult in (every) five"
            # more than one: only "in every" or "out of" ("nine pounds in every ten", "nine
            # times out of ten"); "five goals in ten games" is a rate, no share
            shares = expr.value == 1 or k == j + 3 or self._share_ends(k)
            if (
                shares
                and self.low(j + 1) == "in"
                and self._ratio(expr, j + 1, k, most=_EVERY_SHARE)
            ):
                expr.counted_at = j  # "one adult in five": a share of adults
                return
            if self.low(j + 1) == "out" and self.low(j + 2) == "of" and expr.value % 1 == 0:
                if self.low(j) in MARKS:
                    return  # "87 points out of 100": a score on its scale, no share
                if self._ratio(expr, j + 1, j + 3, most=_EVERY_SHARE):
                    return
        if joiner == "-" and self.low(j + 1) == "in" and self.low(j + 2) == "-":
            if self._ratio(expr, j + 1, j + 3, compound=False):
                return  # "a one-in-three chance"; "a 1-in-100-year flood" is none
        if joiner == "out" and self.low(j + 1) == "of" and self._ratio(expr, j, j + 2):
            return
        ok = False
        if joiner in _DASHES and expr.has_digits:
            ok = not column_gap(t[j - 1], t[j])  # "-53            -6": two columns' cells
        elif joiner in _DASHES and flags["words"] and self.low(j + 1) in WORD_NUMBERS:
            ok = _adjacent(t[j - 1], t[j]) and _adjacent(t[j], t[j + 1])  # "thirty-forty people"
        elif joiner == "to":
            ok = not self._is_change(expr, before, between)
        elif joiner == "and":
            ok = before == "between"
        elif joiner == "or":
            ok = self.low(j + 1) not in _NOT_A_RANGE_AFTER_OR
        hedged = joiner == "," and self.low(j + 1) in _SAID_HEDGES  # "fifteen, maybe sixteen"
        if joiner == "," and flags["words"] and not between:
            # speech's guess: "twenty, twenty-two pence", "three, four times", "fifteen, maybe
            # sixteen"; not a list ("one, two, three") nor digits ("20, 22")
            said = self.low(j + 1 + hedged)
            if said in ("a", "an") and self.low(j + 2 + hedged) in SCALE_WORDS:
                said = "one"  # "a hundred and twenty, a hundred and fifty quid"
            listed = self.low(expr.first - 1) == "," and self.low(expr.first - 2) in WORD_NUMBERS
            ok = expr.value >= 2 and said in WORD_NUMBERS and not listed  # "one, two, three"
        if not ok:
            return
        k = j + 1 + hedged
        sign = self._currency_before(k) if k < len(t) else None
        if sign is not None:
            if joiner == "to" and self.low(expr.first - 1) in _CHANGE_WORDS:
                return  # "rose $1.20 to $84.35": by how much, then to what
            if expr.percent and not expr.currency:
                return  # "SALES SOAR 24% TO £236M": a rise in percent, then an amount
            k = sign[2]  # "$12-$15", "between Rs 7.99 lakh and Rs 13.5 lakh"
        signed = 1.0
        if joiner in ("to", "and") and self.low(k) in _END_SIGNS and k + 1 < len(t):
            if t[k + 1].kind == "num" and _adjacent(t[k], t[k + 1]):
                signed, k = (-1.0 if self.low(k) != "+" else 1.0), k + 1  # "-11 to -1", "-4 to +10"
        second = self.core(k, money=bool(expr.currency))
        if second is None:
            return
        high, end, second_flags = second
        high *= signed
        if second_flags["vague"] or second_flags["fraction"] or expr.fraction:
            return
        if not expr.currency and second_flags["scale"] < 1000 and self._grand(end):
            high, end = high * 1000, end + 1  # "three, four grand": thousands, both ends
            second_flags = {**second_flags, "scale": 1000}
        if money_word and self.low(end) != money_word:
            return  # "40 euros to 50 people": not one currency at both ends
        if between and not money_word and not (self._percent_at(end) or self._glued_unit_at(end)):
            return  # "3% to 4 other …": not the same unit on both ends
        low = expr.value
        scale = second_flags["scale"]
        if flags["scale"] == 1 and scale > 1 and low <= high / scale:
            low = low * scale  # "1-2 million", "two to three thousand"
            if expr.written_in_words and second_flags["words"]:
                if _one_digit(high / scale / 100) and _one_digit(low / scale):
                    low *= 100  # "two to three hundred million": hundreds of millions, both ends
        if high < low < 0 and signed < 0 and joiner == "to":
            low, high = high, low  # "-1% to -2%", "-2% to -4% y/y": a fall of one to the other
        if not (high > low):
            if joiner in _DASHES and _adjacent(t[j - 1], t[j]) and _adjacent(t[j], t[k]):
                expr.not_figure, expr.last = True, end - 1  # "3-1" a score, "2023-24" a season
            return
        if joiner in ("or", ",") and high > 2 * low + 1:
            return
        if joiner == "," and (not second_flags["words"] or self._listed_on(end)):
            return
        by = self._by_at(expr.first)
        if joiner == "to" and by >= 0 and self.low(by - 1) in _CHANGE_WORDS:
            if high > _FAR_FOR_A_RANGE * low:
                return  # "vacancies fell by 43,000 to 898,000", "grew by about 2,400 to 61,000"
        if joiner == "to" and before in _CHANGE_WORDS and 0 < low and high > _FAR_FOR_A_RANGE * low:
            if not (self._percent_at(end) or self._glued_unit_at(end)):
                return  # "CLAIMS JUMP 22,000 TO 243,000"; "could rise 5 to 20 per cent" is a range
        if low > 0 and high > 1000 * low:
            return  # "a payment of RM500 to 8.7 million recipients": two figures
        if a_year(expr.plain_digits) and not 1800 <= high <= 2100:
            return  # "tripled since 2017 to 180,000": a year, then the level
        expr.low, expr.high, expr.value, expr.bound = low, high, low, "range"
        expr.last = end - 1

    def _listed_on(self, k: int) -> bool:
        """Whether a list of numbers goes on at `k`: ", three", "and four"."""
        return self.low(k) in (",", *_LIST_JOINS) and self.low(k + 1) in WORD_NUMBERS

    def _is_change(self, expr: NumberExpr, before: str, unit_on_both: int) -> bool:
        """'rose from 40 to 50', 'went from 12 to 40 in a week', 'cut by 3% to 7%'."""
        if before == "by" or self._by_at(expr.first) >= 0:
            # "by 3 to 4 per cent" is a range; "by a quarter point to 4.5%" a change
            return bool(unit_on_both) or bool(expr.currency) or bool(expr.percent)
        if before == "in" and a_year(expr.plain_digits):
            return True  # "rose from 941 in 2022 to 42,200": a year, then the new number
        if before in _CHANGE_WORDS and (unit_on_both or expr.currency):
            return True  # "up 12pc to 400Nm", "drops 45kg to 1,495kg"
        start = expr.first
        if before != "from":  # "from more than €600 million to …": past the bound's words
            start = next(
                (n for n in range(expr.first - 2, expr.first - 4, -1)
                 if self.low(n) == "from"
                 and all(self.t[m].kind == "word" for m in range(n + 1, expr.first))),
                -1,
            )  # fmt: skip
            if start < 0:
                return False
            start += 1
        verbs = set()
        for n in range(start - 2, max(-1, start - 2 - _CHANGE_REACH), -1):
            if self.t[n].text in (".", ";"):
                break  # the sentence before ("the rise since February: from 3.1 to 3.6 percent")
            verbs.add(self.low(n))
        # "extended the ban from 1.200 to 2.100 square kilometres", "revised what the concerts
        # brought into the local economy from £52 million to £58 million"; "tickets are
        # available from £39 to £45" is a range
        return bool(verbs & _CHANGE_WORDS)

    def _after_glued_hours(self, k: int) -> bool:
        """Whether the number at k follows hours written against their number: the "24" of
        "3h 24m", whose "m" is minutes, not millions."""
        t = self.t
        return (
            k >= 2
            and t[k - 1].low in _FIRST_LETTERS
            and t[k - 2].kind == "num"
            and _adjacent(t[k - 2], t[k - 1])
            and not _adjacent(t[k - 1], t[k])
        )

    def _by_at(self, first: int) -> int:
        """Where "by" stands a few words before the number ("hiked rates by a whopping half a
        per cent", "grew by about 2,400"); -1 when it does not."""
        for n in range(first - 1, max(-1, first - 1 - _BY_REACH), -1):
            if self.low(n) == "by":
                return n
            if self.t[n].kind != "word":
                return -1
        return -1

    def _glued_unit_at(self, j: int) -> int:
        """1 when a unit is written against the number before j: the "C" of "-40C"; 2 for a
        degree sign and its scale ("0.81°C")."""
        t = self.t
        if 0 < j < len(t) - 1 and t[j].text == "°" and _adjacent(t[j - 1], t[j]):
            return 2 if t[j + 1].text in ("C", "F") and _adjacent(t[j], t[j + 1]) else 0
        if 0 < j < len(t) and t[j].kind == "word" and _adjacent(t[j - 1], t[j]):
            if t[j].text in ("C", "F") or t[j].low in MEASURE_UNITS or t[j].low in DURATION_UNITS:
                return 1
        return 0

    def _percent_at(self, j: int) -> int:
        """How many tokens of a percent sign or words stand at j: '%' 1, 'per cent' 2."""
        if j < len(self.t) and self.t[j].text == "%":
            return 1
        for phrase in _PERCENT_BY_FIRST.get(self.low(j), ()):
            if tuple(self.low(j + n) for n in range(len(phrase))) == phrase:
                return len(phrase)
        return 0

    def _share_ends(self, k: int) -> bool:
        """Whether the whole at `k` ends its phrase, so that "nine calls in ten are …" is a share
        of calls (a verb or a mark after it), where "five goals in ten games" is a rate."""
        second = self.core(k)
        if second is None:
            return False
        at = second[1]  # "nine cases in ten start on a phone": a verb after the whole, its
        # phrase going on ("eleven defeats in fourteen league games" is no verb)
        if self.low(k - 2) in DURATION_UNITS or self.low(k - 2) in MEASURE_UNITS:
            # "5 DAYS IN 35% PAY ROW": a time, then another figure; but "Nine days in ten, we
            # land", "three years in four," are shares of days, the whole ending a clause (not
            # "by 0.18 seconds in 1:21.44", a time's colon)
            return self.low(at) != ":" and self._phrase_ends(at, _SHARE_ENDS)
        return self._phrase_ends(at, _SHARE_ENDS) or (
            at < len(self.t)
            and plain_verb(self.t[at].text)
            and self._phrase_ends(at + 1, _FUNCTION_WORDS)
        )

    def _phrase_ends(self, at: int, words: Collection[str]) -> bool:
        """Whether the phrase before `at` ends there: the text ends, a mark of a clause, or one
        of `words` follows."""
        return at >= len(self.t) or self.t[at].text in _CLAUSE_MARKS or self.low(at) in words

    def _ratio(
        self,
        expr: NumberExpr,
        j: int,
        k: int,
        most: float = math.inf,
        compound: bool = True,
    ) -> bool:
        """'one in five adults', 'one out of three': a share, not two figures. '3,000 in 1998'
        is a figure and a year; '4,500 out of 6,000' two figures. The whole at `k` is at most
        `most`; with `compound` False no hyphen may follow it ("a 1-in-100-year flood")."""
        second = self.core(k)
        if second is None or expr.value <= 0 or expr.fraction:
            return False  # "four-fifths in eighteen months": a share already, then a time
        whole, end, flags = second
        if self.low(end) in DURATION_UNITS:
            return False  # "half in fifteen years", "3 in 10 days": how long, no share
        if whole > most or (not compound and self.low(end) == "-"):
            return False
        if not whole > expr.value or flags["vague"] or self.low(k) in ("a", "an"):
            return False
        if self.low(expr.first - 1) in ("no", "number", "nos", "#"):
            return False  # "No. 1 in nine countries": a rank, then a count
        plain = flags["plain"]
        if plain.isdigit() and len(plain) == 4 and 1800 <= int(plain) <= 2100:
            return False  # a year
        # "Nine out of sixty-one": a share said in words ("Six days out of twenty-two" counts two)
        said = expr.written_in_words and flags["words"] and j == expr.last + 1
        if self.t[j].low == "out" and not (whole <= 10 or whole in (100, 1000) or said):
            return False  # "681 out of 720", a score; "4,500 out of 6,000", two figures
        expr.value, expr.last, expr.fraction = expr.value / whole, end - 1, True
        return True

    def _sign(self, expr: NumberExpr) -> None:
        """'minus 9', '−11C', ' -3.5%': a negative value."""
        t, i = self.t, expr.first
        negative = self.low(i - 1) == "minus" and self.low(i - 3) != "plus"  # not "plus or minus"
        if not negative and i >= 1 and t[i - 1].text in ("-", "−") and _adjacent(t[i - 1], t[i]):
            # "(-0.6%)", "|-6.2%"; not the hyphen of "COVID-19" or "2023-24"
            negative = (
                i < 2
                or not _adjacent(t[i - 2], t[i - 1])
                or (t[i - 2].kind == "sym" and t[i - 2].text not in ("/", "+"))
            )  # not "+/-3 points", a margin either way
        if not negative:
            return
        expr.first = i - 1
        expr.value, expr.unscaled = -expr.value, -expr.unscaled

    def _glued_on(self, j: int, words: Collection[str]) -> bool:
        """Whether a dash at j glues one of `words` to what stands before it ("5-percent")."""
        t = self.t
        return (
            self.low(j) in _DASHES
            and j + 1 < len(t)
            and _adjacent(t[j - 1], t[j])
            and _adjacent(t[j], t[j + 1])
            and self.low(j + 1) in words
        )

    def _rank_before_name(self, j: int) -> bool:
        """Whether the capitals at j are a rank before a name, no percent: "father-of-two PC
        Andrew Harper" (a police constable)."""
        t = self.t
        if j + 1 >= len(t) or not t[j].text.isupper() or t[j + 1].kind != "word":
            return False
        name = t[j + 1].text
        return name[:1].isupper() and not name.isupper() and self.low(j + 1) not in _FUNCTION_WORDS

    def _percent_and_currency_after(self, expr: NumberExpr) -> None:
        t = self.t
        j = expr.last + 1
        if self._rate_per(expr, j):
            return
        if self._glued_on(j, _PERCENT_BY_FIRST):
            j += 1  # "the 5-procent-threshold", "a 5-percent rise": the percent glued on
        if j < len(t) and t[j].text == "%":
            expr.percent, expr.last = "%", j
            j += 1
        elif not self._rank_before_name(j):
            for phrase in _PERCENT_BY_FIRST.get(self.low(j), ()):
                if tuple(self.low(j + n) for n in range(len(phrase))) == phrase:
                    expr.percent, expr.last = "%", j + len(phrase) - 1
                    j += len(phrase)
                    break
        if self.low(j) == "percentage" and self.low(j + 1) in ("points", "point"):
            expr.percent, expr.last = PERCENTAGE_POINTS, j + 1
        elif self.low(j) == "basis" and self.low(j + 1) in ("points", "point"):
            expr.percent, expr.last = BASIS_POINTS, j + 1
        elif self.low(j) in BASIS_POINT_WORDS:
            expr.percent, expr.last = BASIS_POINTS, j  # "50bps", "25 bp"
        if expr.currency or expr.percent:
            return
        if j < len(t) and t[j].low == "p" and _adjacent(t[j - 1], t[j]):
            expr.currency, expr.last = "GBP pence", j  # "680p"
            return
        if j < len(t) and t[j].text in _GLUED_CENTS and _adjacent(t[j - 1], t[j]):
            if currency := self._cents_of(expr.first, j):
                expr.currency, expr.last = f"{currency} cents", j  # "up 40c to €9.80"
                return
        if self._glued_on(j, CURRENCY_WORDS):
            j += 1  # "a 250-million-euro programme": the currency glued on as an adjective
        if self.low(j) in _CURRENCY_JOINS and self.low(j + 1) in CURRENCY_WORDS:
            j += 1  # "2,4 millones de euros": translated copy's word between
        elided = next(
            (self.low(j)[len(e) :] for e in _CURRENCY_ELISIONS if self.low(j).startswith(e)), ""
        )
        if elided in CURRENCY_WORDS:
            expr.currency, expr.last = CURRENCY_WORDS[elided], j  # "4 millions d'euros"
            return
        if self.low(j) in _US and self.low(j + 1) in _DOLLARS:
            expr.currency, expr.last = "USD", j + 1
        elif national := self._national(j):
            expr.currency, expr.last = national
        elif (
            self.low(j) in CURRENCY_WORDS
            and not (
                self.low(j) in WEIGHT_POUNDS
                and (self.low(j + 1) in ("of",) or weighed(self.t, expr.first))
            )
            and not (self.low(j) in _SMALL_MEASURES and expr.value < _A_SUM_OF_MONEY)
        ):
            expr.currency, expr.last = CURRENCY_WORDS[self.low(j)], j
            self._hundredths_after(expr, j + 1)
        elif j < len(t) and t[j].low in CURRENCY_CODES and t[j].text.isupper():
            expr.currency, expr.last = t[j].text.upper(), j

    def _marks_or_scoring(self, i: int) -> bool:
        """ "The average phone scores 6.2", "their spelling scores rose": the verb or the marks,
        no count; "scores" counts people (forty or so) only before "of" ("scores of people")."""
        return self.low(i) in _VAGUE_VERBS and self.low(i + 1) != "of"

    def _national(self, j: int) -> tuple[str, int] | None:
        """A country's money named by its name or adjective from token j: "Australian dollars",
        "Hong Kong dollars" (their ISO codes), "Zimbabwean dollars" (the words as written, each
        capitalised), "Vessen crowns" (the money many countries name so, as the story's crowns):
        the currency and its last token, or None. A currency word that also weighs
        ("pounds") is money so only after a name the list knows ("Egyptian pounds")."""
        t = self.t
        for size in (1, 2):
            end = j + size
            names = t[j:end]
            if end >= len(t) or len(names) < size:
                return None
            if not all(n.kind == "word" and n.text[:1].isupper() for n in names):
                return None
            word = self.low(end)
            if word not in CURRENCY_WORDS or " " in CURRENCY_WORDS[word]:
                continue  # "US cents" and "pence" are read as they are
            phrase = " ".join([*(n.low for n in names), word])
            if phrase in _NATIONAL:
                return str(_NATIONAL[phrase]), end
            if word in WEIGHT_POUNDS or any(n.low in _US for n in names):
                return None
            if any(n.low in MONTHS or n.low in WEEKDAYS for n in names):
                return None
            if CURRENCY_WORDS[word].islower():
                return CURRENCY_WORDS[word], end  # "Vessen crowns": the crowns of the story
            return " ".join([*(n.text.capitalize() for n in names), word]), end
        return None

    def _cents_of(self, first: int, last: int) -> str:
        """The currency of which a number with a small "c" glued on (`first`..`last`) is cents,
        or '': an amount with a currency's sign or code stands a few words away in its clause
        ("shares rose 40c to €9.80", "up 5c a litre since Monday, to €1.85"), no word of the
        weather stands by it ("temperatures hit 40c", "30c heat"), and nothing makes it a name
        ("section 4c", "Flat 4c", "Sections 3 and 4c", "14c Main Street")."""
        t = self.t
        before, after = self.low(first - 1), last + 1 < len(t) and t[last + 1]
        if before in NUMBER_NAMES or (first > 1 and t[first - 1].text[:1].isupper()):
            return ""  # "Flat 4c" (but a sentence's first word: "Petrol 5c dearer at €1.85")
        capital = after and after.kind == "word" and after.text[:1].isupper()
        if capital and after.low not in MONTHS and after.low not in WEEKDAYS:
            return ""  # "14c Main Street" (but "rose 40c Monday to €18.20")
        if before in ("and", "or", ",", "&") and first > 1 and t[first - 2].kind == "num":
            return ""  # a list of names: "3 and 4c"
        near = range(max(0, first - _CENTS_WEATHER_BEFORE), min(len(t), last + 3))
        if any(self.low(k) in _TEMPERATURE_WORDS for k in near):
            return ""
        reach = range(max(0, first - _CENTS_REACH), min(len(t), last + _CENTS_REACH + 1))
        for k in sorted(reach, key=lambda k: min(abs(k - first), abs(k - last))):  # nearest first
            if first <= k <= last or not self._signed_amount(k):
                continue
            between = t[min(k, first) : max(k, last)]
            if any(tok.text == ";" for tok in between) or any(
                a.text == "," and b.low in _CLAUSE_JOINS
                for a, b in zip(between, between[1:], strict=False)
            ):
                continue  # another clause's amount: "hit 44c on Sunday, and water cost €3"
            code = CURRENCY_SYMBOLS.get(t[k].text) or t[k].text.upper()
            return code if code in CENTS_CURRENCIES else ""
        return ""

    def _signed_amount(self, k: int) -> bool:
        """Whether a currency's sign or code at `k` stands against a number ("€9.80", "EUR 5")."""
        tok = self.t[k]
        if not (tok.text in CURRENCY_SYMBOLS or (tok.low in CURRENCY_CODES and tok.text.isupper())):
            return False
        return any(o.kind == "num" for o in self.t[max(0, k - 1) : k + 2])

    def _race_time(self, i: int) -> NumberExpr | None:
        """A time taken, as sport writes it after a word of a time taken: hours, minutes and
        seconds ("won in 2:07:19", "a course record of 2:09:40") or minutes and seconds that no
        clock shows ("a lap of 1:32.456", "won in 59:47"), in seconds. Not a time of day
        ("Updated 14:05:33", "at 10:15:30", "in 10:30"), nor minutes or seconds of 60 and over,
        nor more than _MOST_HOURS_TAKEN hours. Minutes and seconds with hundredths are a time
        taken with no word before them ("Reid runs 1:43.91", a results table's "1:47.82"): no
        clock shows them."""
        t = self.t
        said = self.low(i - 1) in _TIME_TAKEN_BEFORE
        if not said and not (i + 2 < len(t) and t[i + 1].text == ":" and "." in t[i + 2].text):
            return None
        three = i + 4 < len(t) and [tok.text for tok in t[i + 1 : i + 4 : 2]] == [":", ":"]
        if three and not said:
            return None
        if not three and (i + 2 >= len(t) or t[i + 1].text != ":"):
            return None
        last = i + 4 if three else i + 2
        parts = t[i : last + 1 : 2]
        if any(tok.kind != "num" for tok in parts) or not all(
            _adjacent(a, b) for a, b in zip(t[i:last], t[i + 1 : last + 1], strict=True)
        ):
            return None
        *whole, seconds = (tok.text for tok in parts)
        if not all(w.isdigit() for w in whole) or not seconds.replace(".", "", 1).isdigit():
            return None
        if len(seconds.split(".")[0]) != 2 or float(seconds) >= 60:
            return None
        if three:
            hours, minutes = (int(w) for w in whole)
            if len(whole[1]) != 2 or minutes >= 60 or hours > _MOST_HOURS_TAKEN:
                return None
            value = hours * 3600 + minutes * 60 + float(seconds)
        else:
            minutes = int(whole[0])
            if "." not in seconds and minutes < _HOURS_IN_A_DAY:
                return None  # "in 10:30": a clock's time
            value = minutes * 60 + float(seconds)
        expr = NumberExpr(i, last, value, has_digits=True, duration="seconds")
        expr.plain_digits = ":".join((*whole, seconds))
        return expr

    def _grand(self, j: int) -> bool:
        """Whether "grand" at `j` is a thousand of money ("paid twenty grand for him", "thirty
        grand a year"), not an adjective before a noun ("two grand pianos", "Grand Prix")."""
        if self.low(j) not in _THOUSAND_SLANG or not self.t[j].text.islower():
            return False
        return self._phrase_ends(j + 1, _AFTER_GRAND)

    def _spoken_price(
        self, first: int, j: int, whole: float, flags: dict
    ) -> tuple[float, int, str] | None:
        """'nine ninety-nine', 'It's three eighty-five this morning', 'forty-two ninety-nine a
        month': a price said as its whole in words and its hundredths as a number of tens after
        it, no word of money between; the hundredths, where they end and the passage's currency
        ('' when it names none or several). A pair that could be a time ('seven forty-five') or a
        year ('nineteen ninety-nine') needs a verb of paying just before and no word of a time or
        a year ('I paid nine twenty', 'It sold at fourteen ninety-nine'; not 'at six twenty',
        'in nineteen ninety-nine'). Never a score ('won seventy-two sixty-eight'), speech's guess
        of a range ('sixty seventy a day'), a name's or a model's number ('Boeing seven
        sixty-seven', 'did a one eighty', 'numbers four twenty-two thirty-one') or a title
        ('Nineteen Eighty-Four')."""
        t = self.t
        if flags["vague"] or flags["fraction"] or flags.get("multiple") or flags.get("points"):
            return None
        if whole % 1 or not 1 <= whole < 1000 or TENS_WORDS.get(self.low(j), 0) < 20:
            return None
        cents, end, _ = self._words(j, None)
        if cents % 1 or not 20 <= cents < 100 or (end < len(t) and t[end].text in _DASHES):
            return None  # "six twenty-pound notes": a number of notes
        if not (self._phrase_ends(end, _AFTER_GRAND) or self.low(end) in _AFTER_HUNDREDTHS):
            return None  # "two forty players"
        if t[first].text[:1].isupper() and t[j].text[:1].isupper():
            return None  # a title's words: "Nineteen Eighty-Four"
        if whole >= 20 and whole % 10 == 0 and cents % 10 == 0:
            return None  # "sixty seventy a day": a guess between two round numbers
        before = self.low(first - 1)
        named = first > 1 and t[first - 1].text[:1].isupper() and t[first - 2].kind == "word"
        if before in WORD_NUMBERS or before in _PRICE_NOT_AFTER or named:
            return None  # "four twenty-two thirty-one", "did a one eighty", "Boeing seven sixty"
        if self.low(end) == "of":
            return None  # "It cost two forty of them their jobs"
        reach: list[str] = []  # the words back to a price's verb, within its clause
        for k in range(first - 1, max(-1, first - 1 - _PRICE_VERB_REACH), -1):
            if self.low(k) in _PRICE_CLAUSE_ENDS:
                break  # "cost £200,000 and twenty twenty-one was the year"
            reach.append(self.low(k))
        if any(w in _PRICE_SCORES for w in reach):
            return None  # "won seventy-two sixty-eight in overtime"
        paid = any(w in _PRICE_VERBS for w in reach)
        priced_at = before == "at" and self.low(first - 2) in _PRICE_VERBS  # "priced at four fifty"
        clock = whole <= _HOURS_SAID and cents < _MINUTES_IN_AN_HOUR  # "seven forty-five"
        year = _YEAR_HUNDREDS[0] <= whole <= _YEAR_HUNDREDS[1]  # "nineteen ninety-nine"
        if clock or year:
            if not paid:
                return None
            if clock and before in _PRICE_CLOCK_BEFORE and not priced_at:
                return None  # "paid at six twenty": a time
            if year and before in _PRICE_YEAR_BEFORE:
                return None  # "paid in nineteen ninety-nine": a year
        return cents, end, self._passage_currency

    @cached_property
    def _passage_currency(self) -> str:
        """The one currency the passage names by sign or word ('' when it names none or
        several)."""
        codes = {CURRENCY_SYMBOLS[tok.text] for tok in self.t if tok.text in CURRENCY_SYMBOLS}
        codes |= {
            CURRENCY_WORDS[tok.low]
            for tok in self.t
            if tok.low in _WHOLE_MONEY and CURRENCY_WORDS.get(tok.low)
        }
        return next(iter(codes)) if len(codes) == 1 else ""

    def _hundredths_after(self, expr: NumberExpr, j: int) -> None:
        """'two pounds forty', 'twelve pounds sixty', 'three pound fifty each', 'four dollars
        and twenty cents': the pence or cents said after a whole amount in words of money, when
        nothing the number counts follows (or they are named as hundredths after "and")."""
        if self.low(j - 1) not in _WHOLE_MONEY or expr.value % 1 or expr.value >= 1000:
            return
        named = self.low(j) == "and"
        at = j + 1 if named else j
        part = self.core(at) if at < len(self.t) else None
        if part is None or self.t[at].kind == "sym" or self.low(at) in ARTICLES:
            return  # "three pounds a dozen": a price per dozen, no pence
        cents, end, flags = part
        if flags["vague"] or cents % 1 or not 0 < cents < 100 or flags["scale"] != 1:
            return
        if named:
            if self.low(end) in _HUNDREDTH_WORDS:
                expr.value += cents / 100
                expr.last = end
        elif self._phrase_ends(end, _AFTER_AN_AMOUNT) or self.low(end) in _AFTER_HUNDREDTHS:
            expr.value += cents / 100
            expr.last = end - 1

    def _rate_per(self, expr: NumberExpr, j: int) -> bool:
        """'24.1 per 100,000 people', '3 per 1,000 births', '$52,000 per capita': a rate; its
        denominator is part of the figure, not a figure of its own."""
        if expr.currency:
            return False
        for words in range(1, _RATE_NOUN_WORDS + 1):  # "0.4 cases per", "36.8 drug deaths per"
            if self.low(j + words) not in ("per", "for", "in"):
                continue
            nouns = self.t[j : j + words]
            if all(t.kind == "word" for t in nouns) and self.low(j + words - 1).endswith("s"):
                j += words
            break
        if self.low(j) in ("for", "in") and self.low(j + 1) == "every":
            j += 1  # "two cases for every 100,000 people"
        elif self.low(j) != "per":
            return False
        if self.low(j + 1) in _PER_HEAD:
            expr.percent, expr.last = f"per {self.low(j + 1)}", j + 1
            return True
        whole = self.core(j + 1)
        if whole is None or whole[0] not in _RATE_BASES:
            return False
        expr.percent, expr.last = f"per {whole[0]:,.0f}", whole[1] - 1
        return True

    def _after_a_word(self, k: int) -> bool:
        """Whether a word comes before token k in its clause: "sold 71,400 tickets over 58
        shows" spans the shows; "Over 200 shows were cancelled" opens with more than."""
        return k > 0 and self.t[k - 1].kind == "word"

    def _bound_before(self, expr: NumberExpr) -> None:
        if self.low(expr.first - 1) not in _BOUND_LAST_WORDS:
            return  # every phrase tried below ends with the word before the number
        if expr.first > 0 and column_gap(self.t[expr.first - 1], self.t[expr.first]):
            return  # "50 and over      427": the row's label, a table's column away
        for size in (4, 3, 2, 1):
            start = expr.first - size
            if start < 0:
                continue
            phrase = tuple(self.low(start + n) for n in range(size))
            bound = BOUND_PHRASES.get(phrase)
            if bound is None:
                continue
            if phrase in (("some",), ("over",), ("under",), ("below",), ("above",)) and (
                not expr.has_digits and not expr.written_in_words
            ):
                continue
            if phrase == ("some",) and expr.multiple:
                continue  # "with some doubling their prices": some of them, no hedge
            if phrase == ("a", "good") and expr.value == 1:
                continue  # "a good one": no hedge; "a good two hundred people" is at least
            words = " ".join(phrase)
            if (
                words == "over"
                and self.low(start - 1) not in _MORE_THAN_OVER
                and (
                    self.low(start - 1) in _ACROSS_VERBS
                    or (
                        self.low(start - 1) in _OVER_VERBS and not self._an_amount_more(expr, start)
                    )
                    or (
                        self.low(expr.last + 1) in DURATION_UNITS
                        and not (expr.value > 1 and time_in_a_noun(self.t, expr.last + 1))
                    )
                    or (self.low(expr.last + 1) in _SPANS and self._after_a_word(start))
                    or self._over_what(start)
                )
            ):
                return  # "held over 21 stages", "over two nights": across, not more than
            times = expr.multiple or self.low(expr.last) in _HOW_OFTEN  # "more than twice"
            if bound in (">", "<") and self._names_a_bar(expr.last + 1) and not times:
                return  # "to exceed the 1.5C threshold", "breaches 1.5C limit": the bar itself
            if words == "about" and self.low(start - 1) in _ABOUT_TOPICS:
                return  # "Residents complain about 190 lorries": their topic, no hedge
            if words == "as long as" and self.low(expr.last + 1) not in DURATION_UNITS:
                return  # "as long as five days" is at most; "as long as 5 people agree", if
            if words in ("past", "within") and self.low(start - 1) in _BEFORE_A_PERIOD:
                return  # "the past 24 hours"; "within" after them is a place in a list
            if words == "past" and self.low(expr.last + 1) in DURATION_UNITS:
                return  # "past 10 years": ago, not more than
            if words == "up to" and self._moved_up(start):
                return  # "revised first-quarter growth up to 0.5 percent": where it moved
            if words == "max" and self.t[start].text[:1].isupper() and start > 0:
                return  # "the 737 Max 9": a model's name, no ceiling
            if words.startswith("min") and start > 0 and self.t[start - 1].kind == "num":
                return  # "5 min 30 s": minutes, no floor
            if words in _SIGN_BOUNDS and not _adjacent(self.t[start], self.t[start + 1]):
                continue  # "≤230", ">200m"; not markup's "…"> 4,500" or "a > b"
            expr.bound_words, expr.first = words, start
            if expr.bound == "range":
                return  # "between" already said it; "about 6-7" stays a range
            expr.bound = bound
            if bound == ">":
                expr.low = expr.value
            elif bound == "<":
                expr.high = expr.value
            elif words in CAPPING_WORDS:
                expr.high = expr.value
            return

    def _said_before(self, k: int, verbs: frozenset[str], reach: int) -> bool:
        """Whether one of `verbs` stands in the `reach` words before k, in the same clause."""
        return self._verb_before(k, verbs, reach) >= 0

    def _verb_before(self, k: int, verbs: frozenset[str], reach: int) -> int:
        """Where one of `verbs` stands in the `reach` words before k, in the same clause (-1:
        nowhere)."""
        for n in range(k - 1, max(-1, k - 1 - reach), -1):
            if self.t[n].text in (".", ";", ":", "!", "?", ",") or self.t[n].kind == "num":
                return -1
            if self.t[n].low in verbs:
                return n
        return -1

    def _estimated(self, expr: NumberExpr) -> bool:
        """Whether a verb of estimating stands a few words before the number: "police estimate
        1,200 vehicles", "The survey estimates 9.3 million incidents"; not the noun ("the
        original estimate of $2 billion") nor a small count in words that is no estimate's
        ("reckons the two terminals take …")."""
        if expr.written_in_words and expr.value < _SMALL_ESTIMATE:
            return False
        at = self._verb_before(expr.first, _ESTIMATING, _ESTIMATE_REACH)
        return at >= 0 and (at == 0 or self.low(at - 1) not in _ESTIMATE_NOUN_BEFORE)

    def _names_a_bar(self, k: int) -> bool:
        """Whether the words at k name a bar the number sets: "1.5C threshold", "10 µg/l
        limit" (a unit between)."""
        for _ in range(_UNIT_TOKENS):  # "1.5C threshold", "10 µg/l limit": a unit between
            if self.low(k) in BARS or not self._unit_piece(k):
                break
            k += 1
        if self.low(k) not in BARS:
            return False
        then = self.low(k + 1)  # "120 target seats", "400 goal involvements": a compound
        return not (then.endswith("s") and then.isalpha() and then not in _FUNCTION_WORDS)

    def _an_amount_more(self, expr: NumberExpr, start: int) -> bool:
        """Whether "over" after a verb of a fine, a payment or a sentence says more than of an
        amount that ends its phrase ("fined over £2m.", "paid over £50m for him"), not what the
        verb was for ("jailed over £40m fraud") nor a phrasal verb ("handed over £2m")."""
        if not expr.currency or self.low(start - 1) in _OVER_PHRASAL:
            return False
        after = self.t[expr.last + 1] if expr.last + 1 < len(self.t) else None
        return after is None or after.kind != "word" or after.low in _FUNCTION_WORDS

    def _unit_piece(self, k: int) -> bool:
        """Whether the token at k is a unit or a piece of one written in symbols: "C", "µ", "g",
        "/", "l" of "1.5C", "10 µg/l"."""
        if k >= len(self.t) or k < 1 or not _adjacent(self.t[k - 1], self.t[k]):
            return self.low(k) in MEASURE_UNITS  # "10 mg limit": a unit apart
        return len(self.t[k].text) <= 2 or self.low(k) in MEASURE_UNITS

    def _over_what(self, start: int) -> bool:
        """Whether "over" at `start` says what a sentence, a fine or a strike was for, a few
        words after its verb: "jailed for 7 years over £40m fraud", "Fined £61M Over 2,300
        Illegal Spills"."""
        figure = False  # what the verb did comes between it and "over": "7 years", "£61M"
        for n in range(start - 1, max(-1, start - 1 - _OVER_REACH), -1):
            if self.t[n].text in (",", ";", ":", "."):
                return False
            figure = figure or self.t[n].kind == "num"
            if (
                n < start - 1
                and self.t[n].low in _OVER_VERBS
                and self.t[n].low not in _MORE_THAN_OVER
            ):
                return figure
        return False

    def _moved_up(self, start: int) -> bool:
        """Whether a verb that moves a number up ("revised", "pushed") stands a few words before
        "up to" at `start`, in its clause: "up" is the way it moved, not a ceiling."""
        for n in range(start - 1, max(-1, start - 1 - _UP_REACH), -1):
            if self.t[n].kind != "word" and self.t[n].text not in _DASHES:
                return False  # "first-quarter growth" is one noun; a comma ends the clause
            if self.t[n].low in _UP_VERBS:
                return True
        return False

    def _bound_from_estimate(self, expr: NumberExpr) -> None:
        """'estimated the crowd at 40,000' (~), 'a conservative 20,000 estimate' and 'at a
        conservative estimate, 20,000' (at least)."""
        if expr.bound != "=":
            return
        near = [self.low(n) for n in range(expr.first - 6, expr.first)]
        verb = near[-2] if near[-1] == "the" else near[-1]
        # "a conservative 20,000", "at a conservative estimate, 20,000": in small letters, never
        # the Conservative party, and said of the number or its estimate, not "its most
        # conservative fund returned 7.3%"
        conservative = any(
            self.t[n].text in _CONSERVATIVE
            and (n == expr.first - 1 or self.low(n + 1) in _ESTIMATING)
            for n in range(max(0, expr.first - 6), expr.first)
        )
        if conservative:
            expr.bound, expr.low = ">", expr.value
        elif verb in _EXCEEDED and not self._names_a_bar(expr.last + 1):
            at = len(near) - (2 if near[-1] == "the" else 1)  # the verb's place in `near`
            passing = not_passing(near[:at], verb)
            if passing == "rule" and (expr.currency or expr.percent):
                pass  # "the deficit must not top 3 per cent": a rule's limit, as said
            elif passing:
                expr.bound, expr.high = "<", expr.value  # "did not exceed 3 percent", "crowds
                # must not top 10,000": at most
            else:
                expr.bound, expr.low = ">", expr.value  # "orders topped C$1.1 billion", not
                # "to exceed the 1.5C threshold": the bar itself
        elif near[-1] in _PASSED and (
            expr.currency or expr.value != expr.unscaled or expr.value >= _MILESTONE
        ):
            if not self._passed_on(expr, near) and not self._a_pass(near):
                expr.bound, expr.low = (
                    ">",
                    expr.value,
                )  # "passed 100 million users", "passed £42.6m"
        elif near[-1] == "at" and near[-2] in _STARTS and expr.currency:
            expr.bound, expr.low = ">", expr.value  # "starts at $999"; a rate starts at a level
        elif near[-1] == "of" and "estimated" in near[:-1]:
            expr.bound = "~"  # "an estimated street value of $1.2 billion"
        elif near[-1] == "at" and any(w.startswith("estimat") for w in near[:-1]):
            expr.bound = "~"  # "estimated the crowd at 40,000", "damage estimated at $30bn"
        elif near[-1] == "at" and self._said_before(
            expr.first - 1, _PUT_AT | _ESTIMATING, _PUT_REACH
        ):
            expr.bound = "~"  # "police put the crowd at 62,000", "a loss he puts at thirty grand"
        elif self._estimated(expr):
            expr.bound = "~"  # "police estimate 1,200 vehicles", "estimates that 5.4% of adults"
        elif near[-1] == "from" and expr.currency and not self._range_from(expr):
            listed = near[-2] == ":"  # a price list's line: "Same boat in October: from £1,050"
            offered = (  # "Rooms from £95/night", "6 Swiss watches from £450"; not "cut to
                # 1.2 million pounds from 2.05 million pounds", where the plural is money's
                near[-2].endswith("s")
                and near[-2] not in CURRENCY_WORDS
                and "to" not in _last_clause(near)  # not "up to 1.8 metres and sessions"
                and dictionary_noun(near[-2])
                and not inflected_verb(near[-2])
            )
            starting = any(w in _STARTING for w in near)
            if (starting or listed or offered) and near[-2] not in _CHANGE_WORDS:
                # "fares start from RM120"; not "cost £26.50, up from £24", where it was
                expr.bound, expr.low = ">", expr.value

    def _range_from(self, expr: NumberExpr) -> bool:
        """Whether an amount after "from" starts a range or a change: "from £5 to £8", "from
        ninety pounds a week to a hundred", "from £2 and £3" (not "costs from £1,400 and takes
        six weeks"), past an amount's conversion in brackets ("from 300 rupees ($3.50) to 4,500
        rupees")."""
        k = self._past_rate(expr)
        if self.low(k) == "(":
            close = next((n for n in range(k + 1, k + _BRACKET_REACH) if self.low(n) == ")"), -1)
            k = close + 1 if close > 0 else k
        if self.low(k) not in _TO:
            return False
        if self.low(k) != "and" or k + 1 >= len(self.t):
            return True
        nxt = self.t[k + 1]
        return nxt.kind == "num" or nxt.text in CURRENCY_SYMBOLS or nxt.low in WORD_NUMBERS

    def _scale_after_odd(self, expr: NumberExpr) -> None:
        """The scale said after the "odd": "twenty-odd thousand fans", "forty-odd grand"."""
        k = expr.last + 1
        if self.low(k) in _THOUSANDS and expr.value < 1000:
            expr.value *= SCALE_WORDS[self.low(k)]
            expr.last = k
        elif not expr.currency and expr.value < 1000 and self._grand(k):
            expr.value *= 1000
            expr.last = k

    def _past_rate(self, expr: NumberExpr) -> int:
        """Where the words after an amount go on past its rate: "from ninety pounds a week to a
        hundred" goes on at "to"."""
        k = expr.last + 1
        if self.low(k) in ("a", "an", "per", "each") and self.low(k + 1) in DURATION_UNITS:
            return k + 2
        return k

    def _a_pass(self, near: list[str]) -> bool:
        """Whether a bare "pass" before the amount is the noun, not the verb: "a monthly pass
        1 290 korun"; not "arrivals pass 10,000", "as the arrivals pass 10,000"."""
        if near[-1] != "pass":
            return False
        return near[-2] in _PASS_NOUN_BEFORE or (
            near[-3] in _PASS_NOUN_BEFORE and not near[-2].endswith("s")
        )

    def _passed_on(self, expr: NumberExpr, near: list[str]) -> bool:
        """Whether "passed" before `expr` means voted through or handed over, not went beyond:
        "The Senate passed $95 billion in aid", "MPs passed £10bn of cuts", "She passed £2m to
        her son"."""
        return any(w in _PASSED_BY for w in near[-4:-1]) or self.low(expr.last + 1) in _PASSED_TO

    def _compares_on(self, k: int) -> bool:
        """Whether the words at k go on to what a bound compares with ("… and above the 63,000
        expected"): the bound is theirs, not the number's before."""
        return self.low(k) in _COMPARED_WITH or (k < len(self.t) and self.t[k].kind == "num")

    def _qualifies_next(self, phrase: tuple[str, ...], k: int) -> bool:
        """Whether a bound phrase ending before k ("or lower", "and below") is rather the first
        word of what follows: "20 hours or lower pay", "5% or lower spending", "3% and
        below-inflation offers"."""
        if phrase not in _QUALIFYING_BOUNDS or k >= len(self.t):
            return False
        if self.t[k].text in _DASHES and _adjacent(self.t[k - 1], self.t[k]):
            return True
        word = self.t[k].text
        if not (word.isalpha() and word.islower()) or word in _NOT_QUALIFIED:
            return False
        return may_be_noun(word) or may_be_adjective(word) or verb_form(word, "VBG")

    def _quantified_next(self, k: int) -> bool:
        """Whether the word at k is what a phrase before it counts: a plural noun ("at most
        stores", "at least some people") or a number ("at least one night"), not a word of time
        ("at most today") or a clause's end."""
        if k >= len(self.t):
            return False
        word = self.low(k)
        return may_be_plural(word) or word in WORD_NUMBERS or self.t[k].kind == "num"

    def _adds_to(self, j: int) -> bool:
        """'plus' at j joins a second amount ('plus add-ons', 'plus €250 per employee') rather
        than closing '100-plus'."""
        hyphen = j > 0 and self.t[j - 1].text in _DASHES and _adjacent(self.t[j - 1], self.t[j])
        if hyphen or j + 1 >= len(self.t):
            return False
        return self.t[j + 1].kind in ("word", "num") or self.t[j + 1].text in CURRENCY_SYMBOLS

    def _bound_after(self, expr: NumberExpr) -> None:
        t = self.t
        j = expr.last + 1
        if j < len(t) and t[j].text == "+" and _adjacent(t[j - 1], t[j]) and expr.bound == "=":
            expr.bound, expr.low, expr.last = ">", expr.value, j
            return
        if self.low(j) in _DASHES and self.low(j + 1) == "plus" and expr.bound == "=":
            if _adjacent(t[j - 1], t[j]) and _adjacent(t[j], t[j + 1]):
                expr.bound, expr.low, expr.last = ">", expr.value, j + 1  # "200,000-plus"
                return
        if self.low(j) in _DASHES and self.low(j + 1) in _ROUGH_ENDINGS and expr.bound == "=":
            if _adjacent(t[j - 1], t[j]) and _adjacent(t[j], t[j + 1]):
                # "twenty-odd ambassadors", "40-odd years", "eighty-something post-holes"
                expr.bound, expr.last = "~", j + 1
                self._scale_after_odd(expr)
                return
        round_number = expr.value >= _ODD_FROM and expr.value % 10 == 0  # "forty odd"
        if self.low(j) == "odd" and expr.bound == "=" and round_number:
            if expr.written_in_words and self.low(j + 1) not in _ODD_NOUNS:
                expr.bound, expr.last = "~", j  # "nine hundred odd staff", "forty odd years"
                self._scale_after_odd(expr)
                return
        # "14 units or more", "one mile give or take": the suffix may follow the counted noun
        # (or the number itself, when it must end the clause: "Sixteen per cent, roughly.")
        for skip in (0, 1, 2, 3):
            k = j + skip
            if k >= len(t) or expr.bound != "=":
                continue
            if all(t[n].kind == "word" or t[n].text in _UNIT_SIGNS for n in range(j, k)):
                index = _NOUN_BOUNDS_BY_FIRST if skip else _AT_END_BY_FIRST
                for phrase in index.get(self.low(k), ()):
                    if tuple(self.low(k + n) for n in range(len(phrase))) != phrase:
                        continue
                    at_end = phrase in _NOUN_THEN_BOUND_AT_END
                    if at_end and (expr.vague or not self._phrase_ends(k + len(phrase), ())):
                        continue  # "give or take a century" is its own figure's margin; "Tens
                        # of thousands, easily": a rough number stays rough
                    if phrase[-1] in _TAKES_AN_OBJECT and self._compares_on(k + len(phrase)):
                        continue  # "up from 65,700 in September and above the 63,000 expected"
                    if self._qualifies_next(phrase, k + len(phrase)):
                        continue  # "a cut of 20 hours or lower pay"
                    bound = _NOUN_BOUNDS[phrase]
                    expr.bound = bound
                    expr.low = expr.value if bound == ">" else expr.low
                    expr.high = expr.value if bound == "<" else expr.high
                    if not skip:  # the number's own words: "forty thousand, give or take"
                        expr.last = k + len(phrase) - 1
                    return
        if self.low(j) not in _SUFFIX_STARTS:
            return
        for phrase, bound in BOUND_SUFFIXES.items():
            if tuple(self.low(j + n) for n in range(len(phrase))) == phrase:
                if phrase == ("plus",) and expr.currency and self._adds_to(j):
                    return  # "£6m plus add-ons", "$5 plus tax": a sum, not "more than"
                if phrase == ("plus",) and self.core(j + 1) is not None:
                    return  # "2.9% plus 1 percentage point": a sum of two figures
                if phrase in _QUANTIFY_AFTER and self._quantified_next(j + len(phrase)):
                    return  # "£2 at most stores": the phrase counts the stores, no bound
                if self._qualifies_next(phrase, j + len(phrase)):
                    return  # "by 5% or lower spending": "lower" qualifies the spending
                if expr.bound in ("=", "~"):
                    expr.bound = bound
                    expr.low = expr.value if bound == ">" else expr.low
                    expr.high = expr.value if bound == "<" else expr.high
                    expr.last = j + len(phrase) - 1
                return


def number_expressions(toks: list[Token]) -> list[NumberExpr]:
    """Every number expression in a token list, left to right, never overlapping."""
    parser = _Parser(toks)
    out: list[NumberExpr] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.kind == "word" and tok.low not in _STARTING_WORDS and tok.text not in _ODD_STARTS:
            i += 1  # most words open no number: the full look below is for the few that may
            continue
        expr = parser.expression(i) if _may_start(tok) else None
        if expr is not None and not _plausible(expr):
            expr.not_figure = True  # "111…111" (400 digits), "9e99 billion": no news figure
        if expr is None:
            i += 1
            continue
        if out and expr.first <= out[-1].last:
            expr.first = out[-1].last + 1
            expr.bound_words = ""
        if out and (joined := _compound_duration(out[-1], expr, toks)) is not None:
            out[-1] = joined  # "six years and four months": one duration, in months
        elif (joined := _one_unit_and(expr, toks)) is not None:
            out.append(joined)  # "an hour and twenty minutes": 80 minutes
        else:
            out.append(expr)
        i = expr.last + 1
    return out


_DIMENSION_JOINS = _W.words("numbers.dimension_joins")
_METRE_BEFORE = _W.words("numbers.metre_before")


_DURATION_JOINS = _W.words("numbers.duration_joins")
_FIRST_LETTERS = _W.values("units.duration_letters_first")  # "2 h 38 min": in a compound only
_SECOND_LETTERS = _W.values("units.duration_letters_second")  # "32 min 14 s"
_NOT_AFTER_A_DURATION = _W.words("numbers.not_after_a_duration")
_MINUTES = str(_W.values("units.duration_parts")["hours"])  # the hour's part, said or not
_DURATION_PARTS = {
    larger: (str(smaller), float(_W.values("units.duration_parts_in_one")[larger]))
    for larger, smaller in _W.values("units.duration_parts").items()
}


def _compound_duration(a: NumberExpr, b: NumberExpr, toks: list[Token]) -> NumberExpr | None:
    """`a` and `b` as one duration when each is a plain number of a duration unit, the second
    unit the next smaller ("5 hours 2 minutes", "one year and nine months") and the second
    number less than one of the first unit; None otherwise. The value is in the smaller unit, the
    span runs from the first number to the second, whose unit word follows it."""
    if any(e.currency or e.percent or e.fraction or e.not_figure for e in (a, b)):
        return None
    if a.low is not None or b.low is not None:
        return None
    if b.bound != "=" or b.first - a.last not in (2, 3) or a.last + 1 >= len(toks):
        return None
    larger = DURATION_UNITS.get(toks[a.last + 1].low) or _FIRST_LETTERS.get(toks[a.last + 1].low)
    after = toks[b.last + 1].low if b.last + 1 < len(toks) else ""
    smaller = DURATION_UNITS.get(after) or _SECOND_LETTERS.get(after)
    if smaller is None and _minutes_unsaid(b, toks, larger):
        smaller = _MINUTES  # "two hours and ten."
    if larger not in _DURATION_PARTS or _DURATION_PARTS[larger][0] != smaller:
        return None
    if b.first - a.last == 3 and toks[a.last + 2].low not in _DURATION_JOINS:
        return None
    if b.first - a.last == 3 and toks[a.last + 2].kind != "word":
        then = toks[b.last + 2] if b.last + 2 < len(toks) else None
        if (
            then is not None
            and then.kind == "word"
            and (then.low not in _FUNCTION_WORDS or then.low in _NOT_AFTER_A_DURATION)
        ):
            return None  # "In the past two years, 11 months have…": two figures
    many = _DURATION_PARTS[larger][1]
    if not 0 <= b.value < many:
        return None
    lettered = after in _SECOND_LETTERS  # "2 h 38 m": the letter is minutes here
    return replace(
        a,
        last=b.last + 1 if lettered else b.last,
        value=a.value * many + b.value,
        unscaled=0.0,
        written_in_words=a.written_in_words and b.written_in_words,
        has_digits=a.has_digits or b.has_digits,
        duration=smaller if lettered else a.duration,
    )


def _minutes_unsaid(b: NumberExpr, toks: list[Token], larger: str | None) -> bool:
    """Whether `b`, said in words after hours with nothing or a mark after it, is minutes that
    speech leaves unsaid: "two hours and ten.", "an hour and ten"."""
    ends = b.last + 1 >= len(toks) or toks[b.last + 1].kind == "sym"
    return b.written_in_words and ends and larger == "hours"


def _one_unit_and(b: NumberExpr, toks: list[Token]) -> NumberExpr | None:
    """`b` with the "a" or "an" of a larger unit before it as one duration, in the smaller unit:
    "an hour and twenty minutes" is 80 minutes, "a year and nine months" 21 months; in speech
    the minutes after hours go unsaid ("two hours and ten" is `_compound_duration`'s; "an hour
    and ten." is 70 minutes). None otherwise."""
    k = b.first
    if k < 3 or b.bound != "=" or b.low is not None or b.currency or b.percent or b.fraction:
        return None
    if toks[k - 1].low not in _DURATION_JOINS or toks[k - 3].low not in ("a", "an"):
        return None
    larger = DURATION_UNITS.get(toks[k - 2].low)
    if larger not in _DURATION_PARTS:
        return None
    smaller, many = _DURATION_PARTS[larger]
    after = toks[b.last + 1].low if b.last + 1 < len(toks) else ""
    if DURATION_UNITS.get(after) != smaller and not _minutes_unsaid(b, toks, larger):
        return None
    if not 0 <= b.value < many:
        return None
    return replace(b, first=k - 3, value=many + b.value, unscaled=0.0, bound_words="")


_SUFFIX_STARTS = {phrase[0] for phrase in BOUND_SUFFIXES}
_QUANTIFY_AFTER = _W.phrases("bounds.quantify_after")
_BOUND_LAST_WORDS = {phrase[-1] for phrase in BOUND_PHRASES}


def _by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases under their first word, each list in the order the set gives them."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return out


_PERCENT_BY_FIRST = _by_first_word(PERCENT_WORDS)
_NOUN_BOUNDS_BY_FIRST = _by_first_word(frozenset(_NOUN_BOUNDS))
_AT_END_BY_FIRST = _by_first_word(frozenset(_NOUN_THEN_BOUND_AT_END))
_RATE_BASES = {100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0}
_LARGEST = 1e18  # beyond any count or amount in news; keeps every value finite


_OVER_REACH = 4  # words back from "over" to the verb of what it is for ("jailed for 7 years")
_OVER_PHRASAL = frozenset(_W.words("parser.over_phrasal"))  # "handed over £2m": gave it
_UNIT_TOKENS = 4  # a unit's tokens between a number and a bar: "µ", "g", "/", "l"
_TAKES_AN_OBJECT = _W.words("parser.takes_an_object")  # "and above the 63,000"
_COMPARED_WITH = _W.words("parser.compared_with")
_QUALIFYING_BOUNDS = frozenset(tuple(p.split()) for p in _W.words("parser.qualifying_bounds"))
_NOT_QUALIFIED = _W.words("parser.not_qualified")  # "5% or lower last year"


def _one_digit(x: float) -> bool:
    return x.is_integer() and 1 <= x <= 9


def _plausible(expr: NumberExpr) -> bool:
    values = [v for v in (expr.value, expr.low, expr.high) if v is not None]
    return all(math.isfinite(v) and abs(v) <= _LARGEST for v in values)


# Every word _may_start lets open an expression is among these (by its lower-case form) or
# is written as one of _ODD_STARTS
_STARTING_WORDS = frozenset(
    WORD_NUMBERS
    | VAGUE_PLURALS.keys()
    | {"a", "an", "tens", "half", "dozen"}
    | _MULTIPLIED.keys()
    | _MULTIPLE.keys()
    | _HOW_OFTEN.keys()
    | _HOW_OFTEN_PER.keys()
    | CURRENCY_CODES
    | CURRENCY_WORD_PREFIXES.keys()
    | FRACTION_WORDS.keys()
    | _DECIMAL_ZEROS
    | _DECIMAL_POINTS
)
_ODD_STARTS = frozenset((PDF_POUND.upper(), *(c.upper() for c in CURRENCY_LETTERS)))


def _may_start(tok: Token) -> bool:
    # number_expressions passes a word outside _STARTING_WORDS and _ODD_STARTS without asking:
    # a word this lets open an expression must be in one of them
    if tok.kind == "num":
        return True
    if tok.kind == "sym":
        return tok.text in CURRENCY_SYMBOLS
    w = tok.low
    return (
        w in WORD_NUMBERS
        or w in VAGUE_PLURALS
        or w in ("a", "an", "tens", "half", "dozen")
        or w in _MULTIPLIED
        or w in _MULTIPLE
        or w in _HOW_OFTEN  # "thrice"
        or w in _HOW_OFTEN_PER  # "once a week"
        or w in FRACTION_WORDS
        or w in _DECIMAL_ZEROS  # "nought point five per cent"
        or w in _DECIMAL_POINTS  # "point two five per cent"
        or (w in CURRENCY_CODES and tok.text.isupper())
        or (w in CURRENCY_WORD_PREFIXES and tok.text[:1].isupper())
        or tok.text == PDF_POUND.upper()
        or (tok.text.isupper() and tok.low in CURRENCY_LETTERS)
    )
