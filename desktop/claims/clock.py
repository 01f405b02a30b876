"""Times of day: numbers that tell the hour, not how many.

"at 7.40", "the 0700 summary", "9 pm", "five past nine", "half six", "Walk-ins Saturday from 11,"
and "At nineteen, Ellie is …" (an hour or an age said alone in words) are no figures. Masks of
times in digits ("10:30") belong to `nonfigures.py`; ages said otherwise to `ages.py`.
"""

from __future__ import annotations

import re

from desktop.claims.ages import OLDEST
from desktop.claims.context import CLAUSE_ENDS, counts_after, unit_word
from desktop.claims.lexicon import TIME_WORDS, UNITS_WORDS, WEEKDAYS
from desktop.claims.numbers import WORD_NUMBERS, NumberExpr
from desktop.claims.segments import Token, low_at
from desktop.claims.words import english

_W = english()


_CLOCK_PAST = _W.words("nonfigures.clock.past")
_CLOCK_PARTS = _W.words("nonfigures.clock.parts_of_day")
_CLOCK_AT = _W.words("nonfigures.clock.at")
_CLOCK_HOUR_BEFORE = _W.words("nonfigures.clock.hour_before")
_CLOCK_TILL = _W.words("nonfigures.clock.till")
_CLOCK_AT_VERBS = _W.words("nonfigures.clock.at_verbs")
_CLOCK_TO_MINUTES = _W.words("nonfigures.clock.to_minutes")
_AFTER_AN_HOUR = _W.words("nonfigures.clock.after_an_hour")
_CLOCK_THIS = _W.words("nonfigures.clock.this")  # "since six this morning"
_CLOCK_TONIGHT = _W.words("nonfigures.clock.tonight")  # "at nine tonight"
_CLOCK_DAYS = _W.words("nonfigures.clock.days") | frozenset(WEEKDAYS)  # "Every weekday at ten"
_HOUR_THEN_DAYS = _W.words("nonfigures.clock.hour_then_days")  # "till three at weekends"
_CLOCK_THIS_BEFORE = _W.words("nonfigures.clock.this_before")  # "since six this morning"
_AGE_AT_VERBS = _W.words("nonfigures.clock.age_at_verbs")  # "started at fourteen"
_CLOCK_END_VERBS = _W.words("nonfigures.clock.end_verbs")  # "… and finish at six"
_CLOCK_CLAUSE_OPENS = _W.words("nonfigures.clock.opening_a_clause")  # "at six the vet team"
_CLOCK_VERB_REACH = 3  # words back from "at" to its verb: "leaves Inverness at seven on Monday"
_CHANGE_WORDS = _W.words("parser.change_words")  # "cut by ten.": by how much, no hour
_HOURS_ON_A_CLOCK = 12


_CLOCK_FRACTIONS = _W.words("nonfigures.clock.fractions")
_CLOCK_BEFORE_PAST = frozenset(WORD_NUMBERS) | _CLOCK_FRACTIONS  # "five past", "half past"


_SUBJECT_PRONOUNS = frozenset(_W.words("nonfigures.subject_pronouns"))


def clock(plain: str) -> bool:
    """'7.40', '19.05': hours and minutes as British copy writes a time ('at 88.10' is none)."""
    m = re.fullmatch(r"(\d{1,2})\.(\d{2})", plain)
    return bool(m) and int(m.group(1)) <= 24 and int(m.group(2)) < 60


def late(plain: str) -> bool:
    """'16.30', '21.05': a time no rate or price is taken for, once hedged ("at around 16.30";
    "at about 1.27" is a rate, "at around 9.30" either)."""
    return clock(plain) and int(plain.split(".")[0]) >= _AFTERNOON


_AFTERNOON = 13  # the first hour a 24-hour clock writes past noon


def plain_time(text: str) -> bool:
    """Four digits from a zero, read as a time of day: '0700', '0930' (no count is written so)."""
    return len(text) == 4 and text.startswith("0") and text.isdigit() and int(text[2:]) < 60


def time_word(after: str, e: NumberExpr) -> bool:
    """Whether the word after a number makes it a time of day: "9 pm", "12 noon"; not "3
    midnight raids"."""
    if e.currency or e.percent or e.value > _LATEST_CLOCK:
        return False  # "$1.60 est", "377,000 est": an estimate, no time in Eastern Standard Time
    return after in TIME_WORDS and (after not in _TWELVE_WORDS or e.value == _TWELVE)


_LATEST_CLOCK = 2400  # "2330 GMT": no time of day is written larger
_TWELVE_WORDS = _W.words("calendar.twelve_words")
_TWELVE = 12


def clock_in_words(toks: list[Token], e: NumberExpr, i: int) -> bool:
    """A time of day in words: "five past nine" (both numbers), "half past ten", "nine in the
    morning"."""
    if e.last != i:
        return (  # "till two, three in the morning": a range of hours
            e.bound == "range"
            and not e.has_digits
            and e.value <= _HOURS_ON_A_CLOCK
            and _in_the_part_of_a_day(toks, e.last + 1)
        )
    after, before = low_at(toks, i + 1), low_at(toks, i - 1)
    clock_word = low_at(toks, i + 2)
    if after in _CLOCK_PAST and (clock_word in WORD_NUMBERS or clock_word in _CLOCK_PARTS):
        return True  # "five past nine", "ten past midnight"
    if (
        before in _CLOCK_AT
        and (after in _CLOCK_PAST or after == "to")
        and toks[i].low in _CLOCK_TO_MINUTES
        and clock_word in CLAUSE_ENDS
    ):
        return True  # "meant to come at ten past.", "It came at five to.": the hour understood
    if before in _CLOCK_PAST and low_at(toks, i - 2) in _CLOCK_BEFORE_PAST:
        return True  # "five past nine", "half past ten"
    if after in _CLOCK_AT and low_at(toks, i + 2) in _CLOCK_PARTS:
        return True  # "from ten at night"
    if before in _CLOCK_THIS_BEFORE and (
        after in _CLOCK_THIS and low_at(toks, i + 2) in _CLOCK_PARTS or after in _CLOCK_TONIGHT
    ):
        return True  # "since six this morning", "at nine tonight"; not "rose to twelve tonight"
    if (
        before in _CLOCK_HOUR_BEFORE
        and not e.has_digits
        and e.value <= _HOURS_ON_A_CLOCK
        and low_at(toks, i - 2) not in _CHANGE_WORDS
        and (
            after in CLAUSE_ENDS
            or (i == 1 and not counts_after(toks, i + 1))
            or (
                before in _CLOCK_TILL
                and after in _HOUR_THEN_DAYS
                and low_at(toks, i + 2) in _CLOCK_DAYS
            )
        )
    ):
        return True  # "every one was full by eleven.", "By ten there are maybe 300 people",
        # "works till three at weekends" (not "short by four at weekends": a count)
    return _in_the_part_of_a_day(toks, i + 1)


def _in_the_part_of_a_day(toks: list[Token], k: int) -> bool:
    """Whether the words from k say the part of the day an hour is in: "in the morning"."""
    words = (low_at(toks, k), low_at(toks, k + 1))
    return words == ("in", "the") and low_at(toks, k + 2) in _CLOCK_PARTS


def an_hour_after_a_day(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a number said alone after a day of the week and "from", "till" or "after" is an
    hour: "Walk-ins Saturday from 11,", "Open late Thursday till 10." (not "every Sunday from 6
    April", a date, nor "Monday from 9am", read whole)."""
    if e.first != e.last or e.bound != "=" or e.currency or e.percent:
        return False
    if not (1 <= e.value <= _HOURS_IN_A_DAY and e.value % 1 == 0):
        return False
    if (
        low_at(toks, e.first - 1) not in _CLOCK_AFTER_A_DAY
        or low_at(toks, e.first - 2) not in WEEKDAYS
    ):
        return False
    return low_at(toks, e.last + 1) in CLAUSE_ENDS


_CLOCK_AFTER_A_DAY = _W.words("nonfigures.clock.after_a_day")
_HOURS_IN_A_DAY = 24


def hour_or_age_in_words(toks: list[Token], e: NumberExpr, sentence_first: int) -> bool:
    """An hour or an age said alone in words: "from eight till four", "admitted at half six",
    "the crew starts at six.", "at twenty to three", "retired at sixty-one, on a pension", "At
    nineteen, Ellie is the youngest", "At twenty-two he juggles seven"."""
    if e.has_digits or e.bound != "=" or not 1 <= e.value <= OLDEST or e.currency or e.percent:
        return False
    first, last = e.first, e.last
    before, after = low_at(toks, first - 1), low_at(toks, last + 1)
    if (
        unit_word(after)
        or after == "point"
        or (after == "and" and low_at(toks, last + 2) in ("a", "an"))
    ):
        return False  # "ended at five per cent", "left at five and a quarter per cent"
    hour = e.value <= _HOURS_ON_A_CLOCK and first == last
    if hour and after in _CLOCK_TILL and low_at(toks, last + 2) in WORD_NUMBERS:
        return not counts_after(toks, last + 3)  # "from eight till four", "nine till two"
    if hour and before in _CLOCK_TILL and low_at(toks, first - 2) in WORD_NUMBERS:
        return after in CLAUSE_ENDS or after in _CLOCK_AT
    if (
        hour
        and before == "half"
        and (after in CLAUSE_ENDS or after in _AFTER_AN_HOUR or after == "the")
    ):
        return True  # "admitted at half six the next morning", "in the yard at half five and"
    if before in _CLOCK_AT and after == "to" and toks[first].low in _CLOCK_TO_MINUTES:
        return low_at(toks, last + 2) in WORD_NUMBERS  # "at twenty to three in the morning"
    if before in _CLOCK_AT and first - 1 == sentence_first:
        if after == "," or after in _SUBJECT_PRONOUNS:
            return True  # "At nineteen, Ellie is…", "At six, the doors open": an age or an hour
    verb = low_at(toks, first - 2)
    if before in _CLOCK_AT and verb in _AGE_AT_VERBS and e.value > _HOURS_ON_A_CLOCK:
        return after in CLAUSE_ENDS or after in _AFTER_AN_HOUR  # "I started at fourteen,"
    if before in _CLOCK_AT and (verb in _CLOCK_AT_VERBS or verb in _CLOCK_DAYS):
        if after in CLAUSE_ENDS or after in _AFTER_AN_HOUR:
            return True  # "starts at six.", "Every weekday at ten, a queue forms"
        if hour and verb in _CLOCK_DAYS and after in _CLOCK_CLAUSE_OPENS:
            return True  # "Every Tuesday at six the vet team"; not "at eleven churches"
    if (
        hour
        and before in _CLOCK_AT
        and verb in _CLOCK_END_VERBS
        and _began_at_an_hour(toks, first - 3)
    ):
        return after in CLAUSE_ENDS or after in _AFTER_AN_HOUR  # "start at ten and finish at six"
    if hour and before in _CLOCK_AT and after == "on" and low_at(toks, last + 2) in WEEKDAYS:
        verbs = range(first - 2, max(-1, first - 2 - _CLOCK_VERB_REACH), -1)
        return any(low_at(toks, n) in _CLOCK_AT_VERBS for n in verbs)  # "leaves Inverness at
        # seven on Monday"; not "The toll stood at seven on Monday"
    return False


def _began_at_an_hour(toks: list[Token], k: int) -> bool:
    """Whether "and" at k closes a span that began at an hour said in words: "start at ten and",
    "starts at ten at night and"."""
    if low_at(toks, k) != "and":
        return False
    for n in range(k - 2, max(0, k - _START_REACH) - 1, -1):
        if (
            low_at(toks, n) in _CLOCK_AT
            and low_at(toks, n - 1) in _CLOCK_AT_VERBS
            and 0 < UNITS_WORDS.get(low_at(toks, n + 1), 0) <= _HOURS_ON_A_CLOCK
        ):
            return True
    return False


_START_REACH = 5  # words back from "and" to the start's "at": "starts at ten at night and"
