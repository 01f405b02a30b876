"""Numbers that are not figures: dates, years, times, ages, ordinals, names, phone numbers.

A reader does not count "August 31", "2021", "10:30", "a 34-year-old", "C-17", "COVID-19",
"Boeing 737", "No. 10" or "page 3" among what an article reports. `masked_spans` hides the shapes a
regular expression knows; `is_figure` judges one parsed number in its token context.
"""

from __future__ import annotations

import re

from desktop.claims.ages import OLDEST, is_age, is_age_bound, the_eldest_s_age
from desktop.claims.careers import a_career
from desktop.claims.clock import (
    an_hour_after_a_day,
    clock,
    clock_in_words,
    hour_or_age_in_words,
    late,
    plain_time,
    time_word,
)
from desktop.claims.context import (
    CLAUSE_ENDS,
    QUOTES,
    counted_next,
    counts_after,
    once_per_sentence,
    unit_word,
)
from desktop.claims.counted import magnitude_glued, names_then_plural, possessive
from desktop.claims.furniture import (
    BYLINE_BARS,
    READ_TIME_ABBREVIATED,
    READ_WORDS,
    a_byline,
    after_widget_icon,
    barred_widget_count,
    is_furniture_count,
)
from desktop.claims.lexicon import (
    A_OR_AN,
    BASIS_POINT_WORDS,
    CAPITAL_SCALES,
    CAPITAL_UNITS,
    CAPITALISED_PEOPLE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    ERA_WORDS,
    FRACTION_FOLLOWERS,
    IDENTIFIER_WORDS,
    MARKS,
    MEASURE_UNITS,
    MONTHS,
    MULTIPLE_WORDS,
    NUMBER_NAMES,
    OCCASIONS,
    ORDINAL_SUFFIXES,
    PERCENT_WORDS,
    PERIOD_KINDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SCORE_WORDS,
    SET_COMPOUNDS,
    STREET_WORDS,
    TENS_WORDS,
    TIME_ZONE_WORDS,
    UNITS_WORDS,
    VAGUE_PLURALS,
    WEEKDAYS,
)
from desktop.claims.lists import (
    LINK_LABELS,
    compares_a_word,
    drawn,
    enumerated,
    link_rank,
    listicle,
    section_number,
)
from desktop.claims.numbers import (
    FRACTION_WORDS,
    HOW_OFTEN_WORDS,
    WORD_NUMBERS,
    NumberExpr,
    a_year,
    in_seconds,
)
from desktop.claims.segments import Token, column_gap, low_at
from desktop.claims.vocabulary import ACT_OF, NATION_OF, POPULATIONS
from desktop.claims.words import (
    comparative,
    dictionary_noun,
    english,
    headline_verb,
    inflected_verb,
    known_word,
    may_be_adjective,
    may_be_noun,
    may_be_plural,
    plain_verb,
)

__all__ = ["LINK_LABELS", "is_figure", "masked_spans"]

_W = english()

_TURNS = _W.words("nonfigures.turns")
_SAID = _W.words("nonfigures.said")
_CHANGE_WORDS = _W.words("parser.change_words")  # "cut by ten.": by how much, no hour
_SPLIT_NUMBERS = _W.words("nonfigures.split.numbers")
_SPLIT_BEFORE = _W.words("nonfigures.split.before")
_SPLIT_AFTER = _W.words("nonfigures.split.after")
_ONE_SPEAKS = _W.words("nonfigures.one_speaks")
_ORDINAL_UNITS = _W.words("nonfigures.ordinal_units")
_SPEAKER_REACH = 4  # words after "one" in which a verb of saying makes it a speaker
_ONE_OF = _W.words("nonfigures.one_of")
_NOT_NOUNS = _W.words("nonfigures.not_nouns")

_ADDRESSES = r"https?://\S+|www\.\S+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
# hours, minutes and seconds are a time of day, unless a word of a time taken stands before them
# ("won in 2:07:19", "a record of 2:09:40", "clocked 2:07:19"; numbers.py reads those)
_NOT_A_TIME_TAKEN = "".join(
    rf"(?<!\b{re.escape(w)} )" for w in sorted(_W.words("parser.time_taken_before"))
)
_NUMBER_MASKS = (
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"  # ISO dates
    r"|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\b|h\b)"  # 10:30 am, 9.15pm
    r"|\b(?<!\d:)(?:[01]?\d|2[0-3]):\d{2}\b(?![:.]\d)"  # 10:30
    # minutes and seconds no clock shows, unless a word of a time taken stands before them
    # … nor with hundredths, which no clock shows: "a lap of 1:32.456", "Reid runs 1:43.91"
    rf"|{_NOT_A_TIME_TAKEN}\b(?<!\d:)\d{{1,2}}:\d{{2}}\b(?![:.]\d)"
    rf"|{_NOT_A_TIME_TAKEN}\b\d{{1,2}}:\d{{2}}:\d{{2}}\b"  # 14:05:33, not "won in 2:07:19"
    r"|\b(?:[01]?\d|2[0-3])h[0-5]\d\b"  # 14h10, as French or Portuguese pages give the time
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"  # 2/9/2021
    rf"|\b\d{{1,2}}/\d{{1,2}}\b(?!\s+(?:{'|'.join(sorted(FRACTION_FOLLOWERS))})\b)"  # not 1/2 cup
    # phones, not "12 500 000 euros" nor "18.760.000 items" (thousands spaced or dotted)
    r"|(?!\d{1,3}(?: \d{3})+\b(?![\s.-]\d)|\d{1,3}(?:\.\d{3}){2,}\b(?![\s.-]\d))"
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\b\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,4}\b"
    # 0 850 …, not the "0 180.9" of "172.0 180.9"
    r"|(?:\(0\d{1,4}\)\s?|(?<![\d.,])\b0\d{0,4}\s)\d{1,4}(?:[\s.-]\d{1,4}){1,4}\b"
    r"|(?<![\d.,])\b0\d{2,4}\s\d{6,8}\b"  # 01632 960418: a trunk code, then a local number
    r"|\+\d{1,3}\s?\d{1,4}(?:[\s.-]\d{1,4}){2,4}\b"  # +44 20 7946 0958, not "+24.5%"
    r"|\+\d{1,3}(?:\s?\(0\))?[\s-]?\d{1,5}(?:[\s-]\d{2,8}){1,3}\b"  # +44 7700 900123
    # hotlines after a verb of dialling: "call 111", "calling 311" (not "recall 300 cars")
    r"|(?<=\b(?:call|dial|text|ring) )\d{3,5}\b|(?<=\bphone )\d{3,5}\b"
    r"|(?<=\b(?:calling|phoning) )\d{3,5}\b|(?<=\b(?:dialling) )\d{3,5}\b"
    r"|(?<=\bdialing )\d{3,5}\b"
    r"|\b1-\d{3}-\d{3}-\d{4}\b"  # 1-888-310-1122
    r"|\b(?!\d{1,3}(?:\.\d{3}){2,}\b)\d+(?:\.\d+){2,}\b"  # versions 3.1.2, not 1.250.000
    r"|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o[’']clock\b)"  # 9 a.m., 9pm
)
_MASKS = re.compile(f"{_ADDRESSES}|{_NUMBER_MASKS}", re.IGNORECASE)
# Without an address in sight only the number masks can match, and each starts at a digit, "+"
# or "(": the look-ahead lets the scan pass every other character at once.
_NUMBER_MASKS_ONLY = re.compile(rf"(?=[\d+(])(?:{_NUMBER_MASKS})", re.IGNORECASE)
_MAY_BE_ADDRESS = re.compile(r"@|://|www\.", re.IGNORECASE)
_YEARS = range(1800, 2101)
_NAME_OK_BEFORE = _W.words("nonfigures.name_ok_before")
_NOT_NAMING_WORDS = _W.words("nonfigures.not_naming_words")  # "no one": no name
_UNITS_BEFORE = frozenset(w for w in MEASURE_UNITS if MEASURE_UNITS[w] == "magnitude")
_TIME_BEFORE_A_NAME = _W.words("nonfigures.time_before_a_name")
_PLACE_BEFORE_A_NAME = _W.words("nonfigures.place_before_a_name")
_COURSE_NAMES = _W.words("nonfigures.course_names")
_TIMES = _W.words("nonfigures.times")
_CONFIDENCE = _W.words("nonfigures.confidence")


# Every mask holds a digit or is an address: text with neither has nothing to mask
_MAY_MASK = re.compile(r"\d|@|www\.|://")


def masked_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of text[start:end] that hold no figures: addresses, ISO dates, clock times, phones."""
    end = len(text) if end is None else end
    if not _MAY_MASK.search(text, start, end):
        return []
    masks = _MASKS if _MAY_BE_ADDRESS.search(text, start, end) else _NUMBER_MASKS_ONLY
    return [m.span() for m in masks.finditer(text, start, end)]


def _era(toks: list[Token], k: int) -> bool:
    """Whether the word at k names an era ("AD", "B.C."); "ad" in small letters is an advert."""
    word = low_at(toks, k)
    return word in ERA_WORDS and not (word in _CAPITAL_ERAS and toks[k].text.islower())


_CAPITAL_ERAS = frozenset(_W.words("calendar.eras_in_capitals"))


def _a_lot_priced(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether "a dozen" comes straight after an amount of money, the lot its price buys:
    "£3.40 a dozen", "three pounds a dozen", "18p a dozen"; not "a dozen eggs cost £3", nor a
    count after the amount ("raised £5,000 a dozen volunteers said", "$300,000 a dozen years
    before")."""
    if e.last != e.first + 1 or e.currency or e.percent:
        return False
    after = low_at(toks, e.last + 1)
    if after not in CLAUSE_ENDS and (counts_after(toks, e.last + 1) or unit_word(after)):
        return False
    if low_at(toks, e.first) not in A_OR_AN or low_at(toks, e.last) not in _PRICED_LOTS:
        return False
    k = e.first - 1
    if low_at(toks, k) in CURRENCY_WORDS:
        return True  # "three pounds a dozen"
    if low_at(toks, k) in _PENCE_MARKS and k >= 1 and toks[k - 1].kind == "num":
        return _adj(toks, k - 1, k)  # "18p a dozen"
    return k >= 1 and toks[k].kind == "num" and toks[k - 1].text in CURRENCY_SYMBOLS


def _a_form(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a small number hyphened to "digit", "character" or "letter" gives a code's form:
    "a 4-digit number", "a 17-character VIN", "the 5-letter grid"; a text's length stays a
    figure ("a 400-letter cipher", "a 280-character limit")."""
    if e.value > _FORM_MOST or not _adj(toks, e.last, e.last + 1):
        return False
    if low_at(toks, e.last + 1) not in ("-", "–") or not _adj(toks, e.last + 1, e.last + 2):
        return False
    return low_at(toks, e.last + 2) in _FORM_COMPOUNDS


_FORM_MOST = 20  # the longest code whose length is its form: a VIN has 17 characters
_PRICED_LOTS = _W.words("nonfigures.priced_lots")
_FORM_COMPOUNDS = _W.words("nonfigures.form_compounds")
_PENCE_MARKS = _W.words("nonfigures.pence_marks")


def _adj(toks: list[Token], a: int, b: int) -> bool:
    return 0 <= a < len(toks) and 0 <= b < len(toks) and toks[a].end == toks[b].start


def is_figure(e: NumberExpr, toks: list[Token], sentence_first: int) -> bool:
    """False when the number is a date, year, time, age, ordinal, name, rank or furniture."""
    i = e.first  # the first token of the number itself, past bound words and currency
    if e.has_digits:
        while i < e.last and toks[i].kind != "num":
            i += 1
    else:
        while i < e.last and not _is_number_word(toks[i]):
            i += 1
    j = e.last
    before, after = low_at(toks, i - 1), low_at(toks, e.last + 1)
    money = bool(e.currency) or bool(e.percent)
    # a bracket a table's column sets apart from the words before it: "Closed      (21)"
    in_a_column = e.first >= 2 and column_gap(toks[e.first - 2], toks[e.first - 1])
    if _looked_back(e, toks):
        return False  # "than five years ago", "£245 five years earlier": when, not a figure
    if an_hour_after_a_day(e, toks):
        return False  # "Walk-ins Saturday from 11,": an hour, no figure
    if a_career(e, toks, sentence_first):
        return False  # "has swept chimneys for thirty years": a career, not a figure
    if _a_share_s_band(e, toks, sentence_first):
        return False  # "38% of members meet at least once a month": whom the share counts
    if _a_share_s_standard(e, toks, sentence_first):
        return False  # "68.1% were seen within four hours": the standard the share meets
    if e.duration:
        return True  # "won in 2:07:19": a time taken, its colons no ratio and no clock
    if listicle(toks, e):
        return False  # "Read more: Five signs your adviser is not regulated"
    if _a_lot_priced(e, toks):
        return False  # "£3.40 a dozen": the lot the price buys, no count
    if _a_form(e, toks):
        return False  # "a 4-digit number", "a six-character code": a form, no count
    if low_at(toks, e.first - 1) == "of" and low_at(toks, e.first - 2) == "out":
        if low_at(toks, e.first - 3) in MARKS and not e.currency and not e.percent:
            return False  # the 100 of "87 points out of 100": the scale, no figure
    if e.has_digits and e.first == e.last and drawn(toks, e.first):
        return False  # "the winning numbers were 4, 11, 19, 27, 38 and 52": a draw's numbers
    if not e.currency and not e.percent and after_widget_icon(toks, e.first, e.last):
        return False  # "First published 06:30, 5 March 2025 · 💬 58": a widget's count
    if e.has_digits:
        tok = toks[i]
        magnitude = magnitude_glued(toks, e)  # "a M6.8 earthquake": no model's name
        # glued to letters or to a hyphenated name: C-17, COVID-19, G7, MH17, 5G, 737MAX
        # (a currency glued in front is the figure's own: "USD25m", "RM120")
        if i > e.first and e.currency:
            pass
        elif i > 0 and _adj(toks, i - 1, i) and toks[i - 1].kind == "word" and not magnitude:
            return False
        if i > 1 and toks[i - 1].text in "-–" and _adj(toks, i - 1, i) and _adj(toks, i - 2, i - 1):
            if toks[i - 2].kind == "word" and toks[i - 2].text[:1].isupper():
                return False
        if i > 1 and toks[i - 1].text == "." and _adj(toks, i - 1, i) and _adj(toks, i - 2, i - 1):
            if toks[i - 2].kind == "word" and toks[i - 2].text.isupper() and not _shouting(toks):
                return False  # "the GII.4 type": a strain's or a model's name
        if i + 1 < len(toks) and _adj(toks, i, i + 1) and toks[i + 1].kind == "word":
            if i + 1 > e.last and not _glued_unit(toks[i + 1], e):
                return False  # "5G", "3D"; not the figure's own scale ("1.7MILLION")
        if i + 2 < len(toks) and toks[i + 1].text == "-" and _adj(toks, i, i + 1):
            unit = (toks[i + 2].text.isupper() or _title_case(toks) or "," in tok.text) and (
                toks[i + 2].low in MEASURE_UNITS
                or toks[i + 2].low in DURATION_UNITS
                or "," in tok.text
            )  # "a 200-MILE trek", a headline's "After 11-Week Trial", "17,600-Patient Trial";
            # "her 100-Day Plan", "24-Hour Fitness" in prose are names
            if _adj(toks, i + 1, i + 2) and toks[i + 2].text[:1].isupper() and not unit:
                return False  # "7-Eleven", "4-H": a name
        if i + 1 < len(toks) and _adj(toks, i, i + 1) and toks[i + 1].text in ("/", ":"):
            # a price per unit: "$4.21/lb", "$5.74/bu", "$4,180/FEU"
            per_unit = money and toks[i + 1].text == "/" and low_at(toks, i + 2).isalpha()
            if not e.fraction and not per_unit:
                return False  # "No. 1/2", "3:1"; not "$4.21/lb", a price per unit
        if i > 1 and toks[i - 1].text == ":" and _adj(toks, i - 1, i) and _adj(toks, i - 2, i - 1):
            if toks[i - 2].kind == "num":
                return False  # the 1 of "stood 1:1", "odds of 3:1": a score or a ratio
        if plain_time(tok.text):
            return False  # "the 0700 summary": a time of day written as four digits
        if i > 0 and _adj(toks, i - 1, i) and toks[i - 1].text in ("/", "#", "№"):
            if not (toks[i - 1].text == "/" and low_at(toks, i - 2) in MEASURE_UNITS):
                return False  # "No. 1/2", "#3"; but "100MW/200MWh" is a second figure
        # dates: a month name beside the number, or "the 10th of November"
        dated_before = before in MONTHS and not column_gap(toks[i - 1], toks[i])
        dated_after = after in MONTHS and not column_gap(toks[e.last], toks[e.last + 1])
        if (dated_before or (dated_after and not money)) and _a_day_or_year(tok.text):
            return False  # "March 3", "3 March"; not "in March 184,000 jobs", "12,000 march"
        if (
            dated_before
            and _plain_day(toks, i - 2)
            and tok.text.isdigit()
            and not money
            and (len(tok.text) == 4 or not counts_after(toks, e.last + 1))  # "12 May 400 people"
        ):
            return False  # "10 August 1628": the year of a whole date, however long ago
        if tok.text[:1] == "0" and tok.text[1:2].isdigit() and not money:
            return False  # "the 000 line", "on 07080601020": a number dialled, not counted
        if tok.text in _EMERGENCY_NUMBERS and not money and _dialled(toks, i, e.last):
            return False  # "999 calls", "calls to 999", "call 111 if unsure": a number dialled
        if _era(toks, i - 1) or _era(toks, e.last + 1):
            return False  # "A.D. 800", "300 BC"; not "all 62 ad slots"
        if after == "of" and low_at(toks, e.last + 2) in MONTHS:
            return False
        if (
            after in _DAY_JOINS
            and _plain_day(toks, i)
            and _plain_day(toks, e.last + 2)
            and low_at(toks, e.last + 3) in MONTHS
            and not money
        ):
            return False  # "on 24 and 25 January 2026": the first of two days
        plain = tok.text
        # "from about 1958"; "40% above 2022 levels", what the bound word compares with
        said_year = (
            e.bound in ("=", "range")
            or (e.bound == "~" and low_at(toks, e.first - 1) in _YEAR_PREPOSITIONS)
            or (e.bound in ("<", ">") and after in _A_YEARS_LEVELS)
            or (e.bound in ("<", ">") and _a_year_compared_with(toks, e.first, i, sentence_first))
        )
        if (
            not money
            and said_year
            and plain.isdigit()
            and len(plain) == 4
            and (j == i or e.bound == "range")
            and (not counts_after(toks, e.last + 1) or _year_after_preposition(toks, i))
            and ((j == i and int(plain) in _YEARS) or _an_older_year(toks, e, int(plain)))
        ):
            return False  # a year: "the 2021 evacuation", "In 2021 most people stayed home"
        if time_word(after, e) or (after == "o" and low_at(toks, e.last + 2) == "clock"):
            return False
        if e.percent and after in _CONFIDENCE:
            return False  # "95% CI 0.8% to 3.4%": the interval's level, no figure
        if after in TIME_ZONE_WORDS and low_at(toks, e.last + 2) == "time":
            return False  # "at 10 local time"
        if (
            (before == "at" or (i > e.first and low_at(toks, e.first - 1) == "at" and late(plain)))
            and not money
            and not _scaled(e)
            and low_at(toks, e.last + 1) not in MEASURE_UNITS  # "peaked at 5.31 GW": a measure
            and (clock(plain) or (after == "hours" and plain.isdigit() and int(plain) <= 24))
        ):
            return False  # "at 7.40 on Saturday", "at around 16.30": a time of day
        scaled = _scaled(e) or e.bound == "range"
        own_sign = money and i > e.first  # "P10,000": the token before is the currency
        named = before in NUMBER_NAMES and low_at(toks, i - 2) not in _TIME_BEFORE_A_NAME
        # "Stores at start of year      486": a table's row label, its cells a run of spaces on
        named = named and toks[i].start - toks[i - 1].end <= 1
        named = named or _named_in_a_list(toks, i)
        # "p. 12", "para. 4": the name's dot stands apart from it
        named = named or (before == "." and low_at(toks, i - 2) in NUMBER_NAMES and i > e.first - 1)
        numbered = i > 0 and toks[i - 1].text in ("No.", "Nos.", "no.")  # "Patent No. 10,944,812"
        if (
            named
            and not numbered
            and (money or "," in plain or low_at(toks, e.last + 1) in MEASURE_UNITS)
        ):
            named = False  # "to seat 62,000 people", "the week 12.1 percent", "model 255 miles"
        if (
            named
            and before in DURATION_UNITS
            and toks[i - 1].text.islower()
            and low_at(toks, i - 2) == "the"
            and counted_next(toks, e.last + 1)
        ):
            named = False  # "During the year 146 stalls changed hands": a span, then a count
        if (named or before == "no.") and not scaled and not own_sign:
            return False  # "Flight 370", "Year 10"; not "last year 287 people died"
        if before in _CAPTION_WORDS and toks[i - 1].text[:1].isupper() and "." in plain:
            return False  # "Figure 4.7 Acceptances per 1,000 households": a caption's number
        if section_number(toks, i, e, plain):
            return False  # "3.2 Findings" heading a report's section
        if enumerated(toks, i, e, plain):
            return False  # "1. The Foundation was established…": a list's item, a note's number
        if link_rank(toks, i, e):
            return False  # "Most read: 3 Crocodile keeper hurt in feeding accident"
        if before == "=" and i >= 2 and a_year(toks[i - 2].text):
            return False  # "(2015=100)": an index's base year and value
        if before == "of" and low_at(toks, i - 3) == "page" and toks[i - 2].kind == "num":
            return False  # "Page 17 of 64": how many pages
        if before in WORD_NUMBERS and "," not in plain and e.first == i:
            return False  # "seven 787 Dreamliners", "two F-35s": a count, then a model
        if e.bound == "range" and not money and _years(e):
            return False  # "between 2008 and 2012", "the 1991-2020 average"
        if (
            e.bound == "range"
            and e.low == 0
            and e.value == 0
            and "-" in _between(toks, e)
            and not e.percent
        ):
            return False  # "0-62mph in 3.1sec", "the 0-60 time": an acceleration spec; not a
            # central bank's "0-0.1%"
        if before in _TURNS and not counts_after(toks, e.last + 1):
            return False  # "the NHS turns 76 this year": an age
        if before == "the" and low_at(toks, e.last + 2) in _EVENTS and _adj(toks, i, i + 1):
            return False  # "the 10km race", "the 100m final": an event's name
        if _kind_of_period(toks, e.last, e.first):
            return False  # "a 10-year bond", "the 20-year average"
        prev_word = toks[i - 1].text if i > 0 and toks[i - 1].kind == "word" else ""
        if prev_word and column_gap(toks[i - 1], toks[i]):
            prev_word = ""  # "North Wales         3.1": a table's cell, a column from its row's
            # label, no "Route 66"
        if magnitude:
            prev_word = ""  # "a M6.8 earthquake": a magnitude, not a model
        if prev_word.endswith(("'s", "’s", "s'", "s’")) and (
            _scaled(e) or "," in plain or "." in plain or _noun_next(toks, e.last + 1)
        ):
            prev_word = ""  # "Kenya's 54 million people", "Alcora's 46.8": an owner; "Boeing's
            # 737" a model
        # "Record 43.2C", "Peak 1.5GW": a temperature or a decimal against its unit is a measure;
        # "Olympic 100m" stays an event's name
        glued = (
            i + 1 < len(toks)
            and _adj(toks, i, i + 1)
            and _glued_unit(toks[i + 1], e)
            and (toks[i + 1].text in ("C", "F") or "." in plain)
        )
        if (
            prev_word
            and any(ch.isupper() for ch in prev_word)
            and e.first == i
            and not _shouting(toks)
            and not glued
        ):
            weekday = before in WEEKDAYS and not (plain.isdigit() and int(plain) <= 31)
            # "Closures Rise To 96"; "Party Takes 11 Of 48 Seats", "Creating 900 Jobs": a verb
            measured = low_at(toks, e.last + 1) in ("-", "–") and (
                low_at(toks, e.last + 2) in MEASURE_UNITS
                or low_at(toks, e.last + 2) in DURATION_UNITS
            )  # "Pilots Begin 72-Hour Strike": a length of time, no model's number
            headline = (
                (before in _TITLE_BEFORE or headline_verb(before) or measured) and _title_case(toks)
            ) or inflected_verb(before)
            headline = headline or bool(e.fraction)  # "Voters Reach 1 in 5": a share, no name
            # "Council to Build 40 New Beach Huts": a verb, the number, then what it counts
            headline = headline or (_title_case(toks) and _counted_after_a_verb(toks, i, e.last))
            if (
                before not in _NAME_OK_BEFORE | MONTHS.keys() | _UNITS_BEFORE
                and not weekday
                and not headline
            ):
                if (
                    not money
                    and "," not in plain
                    and not _scale_word(e, toks)  # "Deaths Hit 4.2 Million": no name has one
                    and not counts_after(toks, e.last + 1)
                ):
                    return False  # Boeing 737, Route 66, Windows 11
        if (
            prev_word
            and e.first == i
            and _shouting(toks)
            and not money
            and plain.isdigit()
            and before not in _NAME_OK_BEFORE | MONTHS.keys() | _UNITS_BEFORE
            and not headline_verb(before)
            and low_at(toks, e.last + 1).endswith("s")
            and inflected_verb(low_at(toks, e.last + 1))
        ):
            return False  # "RADIO 4 LOSES A QUARTER OF ITS LISTENERS": a name's number, its verb
        nxt = toks[e.last + 1] if e.last + 1 < len(toks) else None
        if (
            nxt is not None
            and nxt.kind == "word"
            and len(nxt.text) >= 2
            and nxt.text.isupper()
            and not _shouting(toks)  # "46 HURT AS TRAIN DERAILS": a headline in capitals
        ):
            model = not money and plain.isdigit() and not unit_word(nxt.low)
            if model and nxt.low not in _FUNCTION_WORDS:  # not "finds 40 MORE under the floor"
                if not counts_after(toks, e.last + 2):
                    return False  # "737 MAX", "911 GT3": a model, not "300 NATO troops"
        if _names_thing_after(toks, e, plain) and not _shouting(toks):
            return False  # "787 Dreamliner", "49 Elm Road": a model or an address
        if plain.isdigit() and len(plain) >= 7 and not money:
            if (
                len(plain) > 15
                or before in IDENTIFIER_WORDS
                or low_at(toks, i - 2) in IDENTIFIER_WORDS
            ):
                return False  # "order 1234567": an identifier; "1234567 views" is a figure
        if (
            (len(toks) <= 5 or low_at(toks, e.last + 2) in READ_WORDS)
            and not in_a_column
            and is_furniture_count(toks, i, e.last)
        ):
            return False  # "12 comments", "3 min read": a short line of page furniture
        if not in_a_column and barred_widget_count(toks, i, e.last):
            return False  # "14 updates · Last updated 11:26", "… 11:30 GMT · 📷 2 photos"
        if (
            before in BYLINE_BARS
            and after in READ_TIME_ABBREVIATED
            and e.last + 2 == len(toks)
            and a_byline(toks)
        ):
            return False  # "Published 27/08/2025 21:15 · 2 min": a byline's reading time
    if (is_age(toks, i, e.last) and e.value <= OLDEST and not in_a_column) or is_age_bound(
        e, toks
    ):  # a person's age ("Closed      (21)" is a table's cell); a thing's is a figure
        return False  # "a 4,500-year-old burial mound" is a thing's age, a figure
    if the_eldest_s_age(toks, e):
        return False  # "The youngest ringer is sixty-three", "the oldest, 86"
    if e.written_in_words and time_word(after, e):
        return False  # "by seven o'clock": a time of day
    if e.not_figure:
        return False
    if e.written_in_words and i >= 1 and toks[i - 1].text in ("/", "\\", "_", "=", "<"):
        return False  # "/dev/zero", "src=one": part of a path or markup, not prose
    if e.written_in_words and i >= 2 and toks[i - 1].text == "-" and _adj(toks, i - 1, i):
        if toks[i - 2].kind == "num" and toks[i].text[:1].isupper():
            return False  # the "Eleven" of "7-Eleven"
    if _score_in_words(toks, e.first, e.last):
        return False  # "by two goals to nothing"
    if e.first >= 3 and low_at(toks, e.first - 1) == "to" and e.first == e.last:
        k = e.first - 3  # the number before "goals to"
        is_number = toks[k].kind == "num" or toks[k].low in WORD_NUMBERS
        if is_number and _score_in_words(toks, k, k):
            return False  # the "one" of "two goals to one", "by 12 points to 9"
    ranking = low_at(toks, e.last + 1)
    if (
        comparative(ranking)
        and (ranking not in _NOT_RANKING or compares_a_word(toks, e.last + 1))
        and e.bound == "="
        and not (e.percent or e.currency)  # "That's 22% more than last year": no rank
        and _determined(toks, i - 1)
    ):
        return False  # "the ten largest employers", "its 10 busiest routes": a rank
    if e.written_in_words and _year_in_words(e, toks, i):
        return False  # "in nineteen seventy-nine", "the nineteen-fifties": a year, a decade
    if e.written_in_words and _in_a_pairing(toks, e):
        return False  # "fifty-fifty", "a three-two win", "one-on-one", "nine-to-five"
    if e.written_in_words and not e.vague:
        return _word_number_counts(e, toks, i, sentence_first)
    return True


_YEAR_BEFORE = frozenset(_W.words("nonfigures.year_before"))


def _looked_back(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a number of a unit of time counts back from now to when another figure held,
    a time's anchor as a date is: "than five years ago", "£2.80 three years ago" (not the ages of
    geology, "13.4 billion years ago", which are findings of their own; "three months earlier"
    may be how much sooner, "moved the start one hour earlier", and stays)."""
    unit = low_at(toks, e.last + 1)
    if unit not in DURATION_UNITS or e.currency or e.percent or e.bound == "range":
        return False
    return low_at(toks, e.last + 2) in _LOOKED_BACK and e.value < _GEOLOGICAL


_LOOKED_BACK = frozenset(_W.words("nonfigures.looked_back"))
_GEOLOGICAL = 1000  # years ago from which an age is a finding of its own


def _a_share_s_band(e: NumberExpr, toks: list[Token], sentence_first: int) -> bool:
    """Whether a bounded how-often follows a share in its sentence and says whom the share counts:
    "38% turn at least once a week", "one in seven bet more than twice a month", "71% rehearse
    twice a week or more" (a survey's band); not "sweep at least once a year" (a rule)."""
    if e.bound not in (">", "<"):
        return False
    k = e.last + 1 if low_at(toks, e.last + 1) in OCCASIONS else e.last  # "at least 3 times"
    if low_at(toks, k) not in HOW_OFTEN_WORDS | OCCASIONS:
        return False
    if low_at(toks, k + 1) not in _MULTIPLE_PER or low_at(toks, k + 2) not in DURATION_UNITS:
        return False  # "more than twice the level": a multiple, not how often
    return _share_before(toks, e.first, sentence_first) >= 0


def _share_before(toks: list[Token], first: int, sentence_first: int) -> int:
    """Where a share ends before `first` in its clause ("38%", "two-thirds", "40 per cent",
    "one in seven"); -1 when there is none."""
    for k in range(first - 1, sentence_first - 1, -1):  # back to the start of its clause
        low = toks[k].low
        if low in CLAUSE_ENDS:
            return -1  # "Inflation is 4%, and the bank meets at least 8 times a year"
        if toks[k].text == "%" or low in FRACTION_WORDS or (low,) in PERCENT_WORDS:
            return k  # "38%", "two-thirds", "40 percent"
        if (low_at(toks, k - 1), low) in PERCENT_WORDS:
            return k  # "40 per cent"
        if low == "in" and _is_number(toks, k - 1) and _is_number(toks, k + 1):
            if not a_year(toks[k + 1].text):
                return k + 1  # "one in seven", "1 in 4", not "500 in 2021"
    return -1


def _a_share_s_standard(e: NumberExpr, toks: list[Token], sentence_first: int) -> bool:
    """Whether "within" a span of time is the standard a share is counted against: "68.1% were
    seen within four hours", "93% of trains arrived within 15 minutes", a head's "Seen within 4
    weeks (%)"; not a deadline ("refunds will be paid within 30 days"), nor a change's span
    after its share ("cut prices by 20% within six months")."""
    if e.bound != "<" or low_at(toks, e.first) not in _STANDARD_WORDS:
        return False
    unit = e.last + 1 if low_at(toks, e.last + 1) in _STANDARD_UNITS else e.last
    if low_at(toks, unit) not in _STANDARD_UNITS:
        return False  # "70% of households covered within five years": a goal's horizon
    if [t.text for t in toks[unit + 1 : unit + 4]] == ["(", "%", ")"]:
        return True  # "Seen within 4 weeks (%)": a column of shares
    if _share_named(toks, e.first, unit, sentence_first):
        return True  # "Started treatment within 6 weeks: 71%", "Share of referrals … within"
    share = _share_before(toks, e.first, sentence_first)
    # a share in per cent ("one in four teachers plans to quit within five years" is a plan)
    if not (0 <= share < e.first - 1 and (toks[share].text == "%" or toks[share].low in _PER_CENT)):
        return False
    if any(t.low in _STANDARD_BREAKS for t in toks[share + 1 : e.first]):
        return False  # "had 65% of possession and scored within 3 minutes": the second clause's
    # a change's share ("fell 12% … within 18 months", "cut prices by 20% within six months"):
    # the span it changed over, a figure
    before = toks[max(sentence_first, share - 4) : share]
    return not any(t.low in _CHANGE_WORDS or t.low in _CHANGE_PREPOSITIONS for t in before)


def _share_named(toks: list[Token], first: int, unit: int, sentence_first: int) -> bool:
    """Whether the share a standard of time counts is said after it ("The share seen within 30
    days was 71,4 %", a fact box's "Started treatment within 6 weeks: 71%") or named before it in
    its clause ("Share of referrals starting treatment within 18 weeks"); not a deadline with a
    share of something else after it ("pay within 30 days or lose 5%")."""
    k = unit + 1
    while k < len(toks) and toks[k].low in _STANDARD_SHARE_JOINS:
        k += 1
    if k > unit + 1 and low_at(toks, k + 1) != "" and toks[k].kind == "num":
        if toks[k + 1].text == "%" or toks[k + 1].low in _PER_CENT:
            return True  # "was 71,4 %", ": 71%"
        if (toks[k + 1].low, low_at(toks, k + 2)) in PERCENT_WORDS:
            return True  # "was 71 per cent"
    for j in range(first - 1, sentence_first - 1, -1):  # back to the start of its clause
        if toks[j].low in CLAUSE_ENDS:
            return False
        if toks[j].low in _SHARE_NOUNS and low_at(toks, j + 1) == "of":
            return True
    return False


_STANDARD_WORDS = frozenset(_W.words("nonfigures.standard_words"))
_STANDARD_SHARE_JOINS = frozenset(_W.words("nonfigures.standard_share_joins"))
_SHARE_NOUNS = frozenset(_W.words("nonfigures.share_nouns"))
_STANDARD_UNITS = frozenset(_W.words("nonfigures.standard_units"))
_STANDARD_BREAKS = frozenset(_W.words("nonfigures.standard_breaks"))
_PER_CENT = frozenset(w for words in PERCENT_WORDS for w in words[-1:])  # "cent", "percent"


def _is_number(toks: list[Token], k: int) -> bool:
    """Whether token k is a number, in digits or a word."""
    return 0 <= k < len(toks) and (toks[k].kind == "num" or _is_number_word(toks[k]))


def _two_thousand_and(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a number in words is a year of this century said as speech says it: "in two
    thousand and ten", "back in two thousand and six," (nothing counted after it); not "two
    thousand and ten people"."""
    if not 2000 < e.value < 2100 or e.value % 1 or low_at(toks, e.first) != "two":
        return False
    if low_at(toks, e.first + 1) != "thousand" or e.has_digits or e.currency or e.percent:
        return False
    after = toks[e.last + 1] if e.last + 1 < len(toks) else None
    if after is None or after.kind == "sym" or after.low in _FUNCTION_WORDS:
        return True
    counted = after.low in POPULATIONS or after.low in MEASURE_UNITS
    return low_at(toks, e.first - 1) in _YEAR_BEFORE and not counted  # "in two thousand and six we"


def _year_in_words(e: NumberExpr, toks: list[Token], i: int) -> bool:
    """Whether a number in words is a century's half or a year's of a year in words: "nineteen"
    and "seventy-nine" of "nineteen seventy-nine", "nineteen" of "the nineteen-fifties"."""
    k = e.last + 1
    if low_at(toks, k) in ("-", "–"):
        k += 1
    if toks[i].low in _CENTURY_WORDS and e.first == i == e.last:
        after = low_at(toks, k)
        if after in _DECADES_IN_WORDS:
            return True
        # "seventy-nine", "seventy", "fifteen"; not "twenty seventy-year-olds", "ten-minute"
        then, past = low_at(toks, k + 1), low_at(toks, k + 2)
        hyphened = then in ("-", "–")
        if after in TENS_WORDS and (not hyphened or past in UNITS_WORDS):
            return True
        if after in UNITS_WORDS and UNITS_WORDS[after] >= 10 and not hyphened:
            return True
    if _two_thousand_and(e, toks):
        return True
    j = e.first - 1
    if low_at(toks, j) in ("-", "–"):
        j -= 1
    compound = low_at(toks, e.last + 1) in ("-", "–")  # "twenty-minute": a compound, no year
    return (
        low_at(toks, j) in _CENTURY_WORDS and 10 <= e.value < 100 and e.first == i and not compound
    )


_NOT_RANKING = _W.words("nonfigures.not_ranking")
_CENTURY_WORDS = _W.words("nonfigures.century_words")
_DECADES_IN_WORDS = _W.words("nonfigures.decades_in_words")
_CAPTION_WORDS = _W.words("tables.caption_words")


_MULTIPLE_PER = _W.words("parser.multiple_per")  # "a day", "per week", "every year"


def _determined(toks: list[Token], k: int) -> bool:
    """Whether the word at `k` picks out whose or which: "the", "its", "the region's", a plural's
    "Rovers'"."""
    word = low_at(toks, k)
    if word in _APOSTROPHES and k > 0 and _adj(toks, k - 1, k):  # "Rovers' 5 best signings"
        return toks[k - 1].kind == "word" and low_at(toks, k - 1).endswith("s")
    return word in _DETERMINERS or possessive(word)  # not "that's", "it's": a verb, not whose


_APOSTROPHES = frozenset(("'", "’"))


_DETERMINERS = frozenset(_W.words("nonfigures.determiners"))


def _plain_day(toks: list[Token], k: int) -> bool:
    """Whether the token at `k` is a day of a month written in digits: "10" of "10 August"."""
    return 0 <= k < len(toks) and toks[k].text.isdigit() and 1 <= int(toks[k].text) <= 31


def _named_in_a_list(toks: list[Token], i: int) -> bool:
    """Whether the number at `i` ends a list of names: the 11 of "junctions 10 and 11", the 4
    of "pages 2, 3 and 4". The walk back is bounded: a run of numbers longer than any list of
    names is no such list, and a long one must not cost each of its numbers a walk to its start."""
    k = i
    stop = i - 2 * _LIST_REACH
    while low_at(toks, k - 1) in _LIST_JOINS and k >= 2 and toks[k - 2].kind == "num" and k > stop:
        k -= 2
        if low_at(toks, k - 1) in NUMBER_NAMES:
            return k < i
    return False


_LIST_JOINS = frozenset({",", "and", "or", "&"})
_LIST_REACH = 30  # numbers of a list of names looked back over ("pages 2, 3, … and 31")


def _a_day_or_year(plain: str) -> bool:
    """Digits a month's name may stand beside as a date: a day (1-31) or a year."""
    return plain.isdigit() and (int(plain) <= 31 or int(plain) in _YEARS)


def _in_a_pairing(toks: list[Token], e: NumberExpr) -> bool:
    """Whether a number in words is one of two hyphened into a phrase, not a number: "a
    fifty-fifty chance", "a three-two win", "one-on-one talks", "a nine-to-five job"."""

    def joined(a: int, b: int) -> bool:  # tokens a < b spelled as one hyphened word
        return all(_adj(toks, n, n + 1) for n in range(a, b)) and all(
            toks[n].text in _HYPHENS for n in range(a + 1, b, 2)
        )

    first, last = e.first, e.last
    if toks[last].text in _HYPHENS and last > first:
        last -= 1  # "three-" read up to its hyphen: "a three-two win"
    for width in (2, 4):  # "fifty-fifty"; "one-on-one"
        k = first - width
        if k >= 0 and _is_number_word(toks[k]) and joined(k, first):
            paired = width == 4 and low_at(toks, k + 2) in _PAIRING_WORDS
            if paired or _not_rising(toks[k], toks[first]):
                return low_at(toks, last + 1) not in _HYPHENS  # "two-to-three-year": a range
        k = last + width
        if k < len(toks) and _is_number_word(toks[k]) and joined(last, k):
            paired = width == 4 and low_at(toks, last + 2) in _PAIRING_WORDS
            if paired or (width == 2 and _not_rising(toks[first], toks[k])):
                return low_at(toks, k + 1) not in _HYPHENS
    return False


def _not_rising(a: Token, b: Token) -> bool:
    """Two number words hyphened that make no range: the same twice ("fifty-fifty") or falling
    ("three-two", a score); "thirty-forty people" rises and is a guess's range."""
    x = UNITS_WORDS.get(a.low, TENS_WORDS.get(a.low))
    y = UNITS_WORDS.get(b.low, TENS_WORDS.get(b.low))
    return x is not None and y is not None and y <= x


_HYPHENS = frozenset("-‐‑–")
_PAIRING_WORDS = frozenset(_W.words("nonfigures.pairing_words"))  # "on", "to": "one-on-one"


def _is_number_word(tok: Token) -> bool:
    return tok.low in WORD_NUMBERS or tok.low in VAGUE_PLURALS or tok.low in ("a", "an", "tens")


_EMERGENCY_NUMBERS = _W.words("nonfigures.emergency_numbers")
_DIALLED_AFTER = _W.words("nonfigures.dialled_after")
_DIALLING = _W.words("nonfigures.dialling")


def _dialled(toks: list[Token], i: int, last: int) -> bool:
    """Whether a help line's number is dialled, not counted: "999 calls", "the 911 call
    system", "calls to 999", "call 111 if unsure". "Took 911 calls" reads so too, as the
    annotated sets read every such use."""
    before, after = low_at(toks, i - 1), low_at(toks, last + 1)
    if after in _DIALLED_AFTER:
        return True
    return before in _DIALLING or (before == "to" and low_at(toks, i - 2) in _DIALLING)


_DAY_JOINS = _W.words("nonfigures.day_joins")
_WORD_NOT_COUNT_AFTER = _W.words("nonfigures.word_not_count_after")
_WORD_NOT_COUNT_BEFORE = _W.words("nonfigures.word_not_count_before")
_ONE_DETERMINERS = _W.words("nonfigures.one_determiners")
_ONE_OR_ANOTHER = _W.phrases("nonfigures.one_or_another")


def _word_number_counts(e: NumberExpr, toks: list[Token], i: int, sentence_first: int) -> bool:
    """'one' and friends: a figure before a counted noun, not in 'no one' or 'one of'."""
    word = toks[i].low
    before, after = low_at(toks, i - 1), low_at(toks, e.last + 1)
    if (
        toks[i].text[:1].isupper()
        and not e.multiple  # "Calls Triple In July": a headline's verb, read as one already
        and i > 0
        and toks[i - 1].text not in (".", "“", '"', ":", "(")
        and e.last + 1 < len(toks)
        and toks[e.last + 1].text[:1].isupper()
        and toks[e.last + 1].kind == "word"
        and not _stressed(toks[i], toks[e.last + 1])
        and not (toks[i].text.isupper() and not toks[e.last + 1].text.isupper())
        and not _shouting(toks)
        and not (
            _title_case(toks)
            and (
                _scale_word(e, toks)
                or (toks[e.last + 1].low in _TITLE_WORDS and i >= 2)
                or toks[e.last + 1].low in DURATION_UNITS  # "… To 850 In Two Years"
                or _counted_after_a_verb(toks, i, e.last)  # "… to Close Two Libraries"
            )
        )  # "Top Two Million For…", "Deaths Rise To Five As…"; "Famous Five To Return" is a name
    ):
        return False  # "Three Mile Island", "ONE DIRECTION": a name mid-sentence (a number in
        # capitals before a word in small letters is a tabloid's stress: "TWO Wessland
        # holidaymakers")
    if clock_in_words(toks, e, i) or hour_or_age_in_words(toks, e, sentence_first):
        return False  # "at five past nine", "half past ten", "after nine in the morning"
    if _kind_of_period(toks, e.last, e.first):
        return False  # "a two-year high", "the five-year average": a kind, as "a 10-year bond"
    # "Line three", "on week nine of", "Fitness Games, day two:"; not "Last year two died"
    # "At mile eighteen the runners", "By week two they're laughing", "at volume twelve instead";
    # before a plural noun only a marker along a course: "By stage three riders had abandoned"
    # counts the riders
    plural_after = counts_after(toks, e.last + 1) or may_be_plural(after)
    placed = low_at(toks, i - 2) in _PLACE_BEFORE_A_NAME and (
        before in _COURSE_NAMES or not plural_after
    )
    # "Category two patients": a capital name's word before a number in small letters names it
    # whatever follows (a headline's "Last Year Two Died" is in capitals throughout)
    titled = i > 0 and toks[i - 1].text.istitle() and toks[i].text.islower()
    named = i > 0 and (
        toks[i - 1].text[:1].isupper()
        or after == "of"
        or after in CLAUSE_ENDS
        or before == "number"
        or placed
    )
    if (
        named
        and before in NUMBER_NAMES
        and before not in _NOT_NAMING_WORDS
        and e.first == i
        and all(toks[k].start == toks[k - 1].end for k in range(i + 1, e.last + 1))
    ):  # one word, or one hyphened: "From mile twenty-two."
        counted = counts_after(toks, e.last + 1) or after in DURATION_UNITS
        if placed or titled:
            return False  # "by lesson ten they're", "Category two patients wait"
        if not counted and not (after.endswith("s") and dictionary_noun(after)):
            return False  # a phone-in's "Line three, it's Derek", "on week nine of a dress";
            # not "crammed round four tables"
    if (
        word in _SPLIT_NUMBERS
        and before in _SPLIT_BEFORE
        and e.first == i == e.last
        and (not after.isalpha() or after in _SPLIT_AFTER)
    ):
        return False  # "could BREAK IN TWO.", "snapped in two, officials said": split, not counted
    if word == "one" and e.first == i and e.last == i:
        if before in _WORD_NOT_COUNT_BEFORE or before in ("the",):
            return False
        if (
            low_at(toks, i - 2) in _ONE_DETERMINERS
            and may_be_adjective(before)
            and after not in DURATION_UNITS  # "in the last one year": a span of one year
        ):
            return False  # "a new one costs £40", "the average one owes": a noun said before
        if after in _WORD_NOT_COUNT_AFTER or not after.isalpha():
            return False
        if _one_or_another(toks, i):
            return False  # "for one panel or another since 2011": any of them, no count
        if before in _ONE_SPEAKS or any(
            low_at(toks, n) in _ONE_SPEAKS for n in range(e.last + 1, e.last + 1 + _SPEAKER_REACH)
        ):
            return False  # "said one nurse", "one woman screamed": a speaker, not a count
        if _a_certain_one(toks, i, sentence_first):
            return False  # "One jet had 64 passengers on board": which one, not how many
        return not after.endswith(("ly", "ed")) and after not in _SAID
    joined = e.last + 1 < len(toks) and _adj(toks, e.last, e.last + 1)  # "-" against the word
    if joined and after in ("-", "–") and low_at(toks, e.last + 2) in _ORDINAL_UNITS:
        return False  # "the twenty-first century", "the Thirty-ninth Amendment": an ordinal
    if word in ("a", "an") and e.last == i + 1 and low_at(toks, i + 1) == "hundred":
        # "a hundred people", "a hundred times more dangerous"; not "a hundred per cent sure"
        per_period = after in _MULTIPLE_PER and low_at(toks, e.last + 2) in DURATION_UNITS
        # … and "a hundred a day extra": so many in each period; "fewer than a hundred now do",
        # "about a hundred work there": a hedged count whose noun was said before; at a clause's
        # end only under a ceiling ("fewer than a hundred."), as "she is nearly a hundred." may
        # be an age
        hedged = e.bound != "=" and (after not in CLAUSE_ENDS or e.bound == "<")
        counted = counts_after(toks, e.last + 1) or bool(e.currency) or after in _TIMES
        return counted or per_period or hedged
    if joined and after in ("-", "–") and low_at(toks, e.last + 2) in SET_COMPOUNDS:
        return False  # "a one-off", "a two-way street", "a three-time champion"
    if after in ("of",) and low_at(toks, e.last + 2) in _ONE_OF:
        return True
    return True


def _one_or_another(toks: list[Token], i: int) -> bool:
    """Whether "one" at i and a noun or two after it end in "or another" or "or the other",
    nothing counted after that: "for one panel or another since 2011", "one kind of care or the
    other"; not "one nurse or another doctor"."""
    for k in range(i + 2, i + 2 + _ONE_OR_ANOTHER_REACH):
        for phrase in _ONE_OR_ANOTHER:
            end = k + len(phrase)
            if tuple(low_at(toks, n) for n in range(k, end)) == phrase:
                return not may_be_noun(low_at(toks, end))
    return False


_ONE_OR_ANOTHER_REACH = 3  # words between "one" and "or another": "one kind of care or another"


def _a_certain_one(toks: list[Token], i: int, sentence_first: int) -> bool:
    """Whether "One" opens its sentence as the subject of a verb a few words on: "One jet had 64
    passengers", "One removal firm has 31 crews out", "“One buyer paid £14,500": one of many,
    told of; not an answer's "One camera." nor "One centimetre? That's rough", nor one whose
    verb tells what befell it or how it is ("One crew member is still missing", "One
    firefighter was injured"): a count."""
    opens = i == sentence_first or (i == sentence_first + 1 and toks[i - 1].text in QUOTES)
    noun = low_at(toks, i + 1)
    if not opens or not toks[i].text[:1].isupper() or not noun.isalpha():
        return False
    if noun in _NOT_NOUNS or noun in MEASURE_UNITS or noun in DURATION_UNITS:
        return False
    if noun in _AUXILIARIES or inflected_verb(noun):
        return False  # "One was hurt": a count of people said before
    for k in range(i + 2, min(len(toks), i + 2 + _A_CERTAIN_REACH)):
        word = toks[k].low
        if word in _AUXILIARIES or inflected_verb(word):
            told = {t.low for t in toks[k : k + _A_CERTAIN_REACH]}
            befell = (ACT_OF.get(w) for w in told)
            return not (word in _ONE_COUNTED or any(a in _ONE_BEFELL for a in befell))
        if toks[k].kind != "word" or word in _NOT_NOUNS:
            return False
    return False


_AUXILIARIES = _W.words("counted.auxiliaries")
_ONE_COUNTED = _W.words("nonfigures.one_counted_verbs")  # "One person is still missing"
_ONE_BEFELL = _W.words("nonfigures.one_befell")  # "One man died", "one was arrested"
_A_CERTAIN_REACH = 3  # words of the noun after "One" before its verb: "One removal firm has"


_GLUED_SMALL = _W.words("units.glued_small")
_PERCENT_GLUED = {phrase[0] for phrase in PERCENT_WORDS if len(phrase) == 1}


def _stressed(number: Token, after: Token) -> bool:
    """A number word and its unit in capitals mid-sentence, as tabloids stress them: "nearly SIX
    INCHES of rain", "stuck NINETEEN HOURS"; not a name ("Three Mile Island")."""
    return number.text.isupper() and after.text.isupper() and unit_word(after.low)


def _glued_unit(tok: Token, e: NumberExpr) -> bool:
    """Whether a word written against the number is its unit or scale ('512GB', '300bhp',
    '15pc', '8min', '2.7M', '2.5x', '680p') rather than part of a name ('5G', '3D', '221B')."""
    low, written = tok.low, tok.text
    if low in ORDINAL_SUFFIXES:
        return False
    if written.isupper() and len(written) > 0:
        if e.currency or low in CAPITAL_UNITS or written in ("C", "F"):
            return True
        return written in CAPITAL_SCALES and (e.value != int(e.value) or _scaled(e))
    return (
        low in SCALE_SUFFIXES
        or low in MEASURE_UNITS
        or low in DURATION_UNITS
        or low in _PERCENT_GLUED
        or low in BASIS_POINT_WORDS
        or low in MULTIPLE_WORDS
        or low in _GLUED_SMALL
        or in_seconds(low, e.value)
        or bool(e.currency)
    )


def _scaled(e: NumberExpr) -> bool:
    """The parser applied a scale letter or word: the value is no longer the digits as written."""
    return e.has_digits and abs(e.value) != abs(e.unscaled) and e.bound != "range"


def _scale_word(e: NumberExpr, toks: list[Token]) -> bool:
    """The figure ends on a scale word ("4.2 Million", "Two Million"), never a model's name; a
    scale letter may be metres ("the Olympic 100m champion")."""
    return e.last > e.first and toks[e.last].low in SCALE_WORDS


def _an_older_year(toks: list[Token], e: NumberExpr, value: int) -> bool:
    """Whether a number of an older century is a year: after a preposition of time ("records
    from 1686 to 1895", "founded in 1650", "from about 1760") with nothing counted after it."""
    after = low_at(toks, e.last + 1)
    if value not in _OLDER_YEARS or counts_after(toks, e.last + 1) or after in _MULTIPLE_PER:
        return False  # "1500 homes", "from 1200 to 1500 a night"
    before = low_at(toks, e.first - 1)
    if e.bound == "range":  # "from 1686 to 1895": two years; not "1200 to 1500 people"
        return before in _YEAR_PREPOSITIONS and bool(e.high) and value < e.high < _YEARS.stop
    if before in _CHANGE_PREPOSITIONS:  # "rose from 1200", "up by 1500"; not "a map from 1790"
        back = range(max(0, e.first - 1 - _CHANGE_REACH), e.first - 1)
        return before == "from" and not any(low_at(toks, k) in _CHANGE_WORDS for k in back)
    return before in _YEAR_PREPOSITIONS


_CHANGE_PREPOSITIONS = _W.words("nonfigures.change_prepositions")  # "rose from 1200 to 1500"
_CHANGE_REACH = 4  # words between a verb of change and "from": "rose sharply last year from 1200"
_OLDER_YEARS = range(1000, _YEARS.start)  # a year a museum, a parish or a family history names


def _year_after_preposition(toks: list[Token], i: int) -> bool:
    """'In 2021 most people…', 'since 2019 the number…': a year opening a clause."""
    return low_at(toks, i - 1) in _YEAR_PREPOSITIONS and low_at(toks, i + 1) not in POPULATIONS


_YEAR_PREPOSITIONS = _W.words("nonfigures.year_prepositions")
_A_YEARS_LEVELS = _W.words("nonfigures.a_years_levels")  # "below 1990 levels": the year's


def _a_year_compared_with(toks: list[Token], first: int, i: int, sentence_first: int) -> bool:
    """Whether the bound word before the number at `i` compares a share or a level with a year
    ("about 40% below 2019", "eight per cent below 2019 in real terms", "8% lower, still well
    below 2019"), or a comparative's "than" compares with a year ending its clause ("bigger than
    2019.", "larger than 2020's"), not a bound of 2,019: "players rated below 2000", "still
    above 2050 points", "attendance is still below 2000 this season" keep their bound."""
    if low_at(toks, i - 1) == "than" and first < i - 1:
        word = low_at(toks, i - 2)  # "bigger than 2019.", "larger than 2020's"
        if comparative(word) and word not in _YEAR_THAN_NOT_COMPARED:
            after = low_at(toks, i + 1)
            return after in CLAUSE_ENDS or (after in QUOTES and low_at(toks, i + 2) == "s")
    then = toks[i + 1] if i + 1 < len(toks) else None
    if then is not None and then.kind == "word" and then.low not in _YEAR_COMPARED_THEN:
        return False  # a noun after it: a bound of what it counts
    for k in range(first, i):
        if toks[k].low not in _YEAR_COMPARED:
            continue
        before = low_at(toks, k - 1)
        if before in _YEAR_COMPARED_AFTER:
            return True  # "40% below 2019"
        if before in _YEAR_COMPARED_DEGREE and any(
            t.text == "%" or t.low in _PER_CENT for t in toks[sentence_first : k - 1]
        ):
            return True  # "8% lower, still well below 2019": a share said in its sentence
    return False


_YEAR_COMPARED = frozenset(_W.words("nonfigures.year_compared"))
_YEAR_COMPARED_AFTER = frozenset(_W.words("nonfigures.year_compared_after"))
_YEAR_COMPARED_DEGREE = frozenset(_W.words("nonfigures.year_compared_degree"))
_YEAR_COMPARED_THEN = frozenset(_W.words("nonfigures.year_compared_then"))
_YEAR_THAN_NOT_COMPARED = frozenset(_W.words("nonfigures.year_than_not_compared"))


def _names_thing_after(toks: list[Token], e: NumberExpr, plain: str) -> bool:
    """'787 Dreamliner', '49 Elm Road': a capitalised word right after a bare number names a
    model or a street, unless it is a people noun ('300 Americans', '40 Democrats')."""
    k = e.last + 1
    if e.currency or e.percent or "," in plain or k >= len(toks) or toks[k].kind != "word":
        return False
    if _scaled(e):
        return False  # "272 million Social Security numbers": no name has a scale
    word = toks[k].text
    if not word[:1].isupper() or word.isupper() or k == 0:
        return False
    if inflected_verb(low_at(toks, e.first - 1)):
        return False  # a headline's "Creating 900 Jobs": what a verb did, no model's name
    if word.lower() in NATION_OF or word.lower() in CAPITALISED_PEOPLE:
        return False  # "300 Americans", "40 Democrats"
    if word.lower() in _FUNCTION_WORDS:
        return False  # a headline's "Rise To 96 In A Year": no name starts with "In"
    if word.lower() in MEASURE_UNITS:
        return False
    nxt = low_at(toks, k + 1)
    if nxt in STREET_WORDS or (
        low_at(toks, k + 2) in STREET_WORDS
        and toks[k + 1].text[:1].isupper()
        and nxt not in _FUNCTION_WORDS
    ):
        return True  # "49 Elm Road", "90 Sparks St."; not a headline's "400 Jobs To Close"
    if word.endswith("s") and (
        word[:-1].isupper()
        or not (len(plain) == 3 and plain.isdigit())
        or dictionary_noun(word.lower())
    ):
        return False  # "12 Tesla cars", "171 Jets To Be Checked" count; "787 Dreamliners" names
        # a model
    if len(plain) <= 2 and _title_case(toks) and known_word(word.lower()):
        return False  # a headline in title case capitalises what follows: "2 Dead", "13 Drown"
    if k + 1 >= len(toks) or toks[k + 1].kind != "word":
        return True  # "… the 787 Dreamliner."
    following = toks[k + 1].text
    if names_then_plural(toks, k):
        return False  # "about 340 North Atlantic right whales", "36 East and Gulf Coast ports"
    if following.islower():
        return nxt in _AFTER_A_NAME  # "the 787 Dreamliner and …", but "5 Boeing jets"
    if following.endswith("s"):
        return False  # "12 Labour MPs" counts MPs
    if len(plain) == 3 and plain.isdigit():
        return True  # "the 787 Dreamliner Program"
    then = toks[k + 2] if k + 2 < len(toks) else None  # "36 East Coast ports" counts ports
    return not (then is not None and then.text.islower() and then.text.endswith("s"))


_AFTER_A_NAME = _W.words("nonfigures.after_a_name")
_FUNCTION_WORDS = _W.words("parser.function_words")


_PERIODS_OF_KIND = _W.words("nonfigures.periods_of_kind")


def _years(e: NumberExpr) -> bool:
    return (
        all(v is not None and v == int(v) and 1800 <= v <= 2100 for v in (e.low, e.high))
        and "," not in e.plain_digits
    )


def _kind_of_period(toks: list[Token], last: int, first: int) -> bool:
    """'a 10-year bond': N, a hyphen, a period word, then a word naming a kind of thing; not a
    span something went on over ("misled 9,000 customers over a 14-month period")."""
    spanned = low_at(toks, first - 1) in ("a", "an") and low_at(toks, first - 2) in _SPANNING
    return (
        low_at(toks, last + 1) in ("-", "–")
        and low_at(toks, last + 2) in _PERIODS_OF_KIND
        and low_at(toks, last + 3) in PERIOD_KINDS
        and not spanned
    )


_SPANNING = _W.words("nonfigures.spanning")


def _score_in_words(toks: list[Token], first: int, last: int) -> bool:
    """'two goals to nothing', 'three runs to one': a result, not a count."""
    if low_at(toks, last + 4) in ("%", "percent", "per", "pc"):
        return False  # "fell 2 points to 41%": a change in a poll
    changed = low_at(toks, first - 1) in _CHANGE_WORDS or (
        low_at(toks, first - 1) == "by" and low_at(toks, first - 2) in _CHANGE_WORDS
    )
    if changed and low_at(toks, last + 4) not in _SCORE_SIDES:
        return False  # "the index added 412 points to 76,540", "rose by 11 points to 1 584";
        # not "went two goals to one up"
    return (
        low_at(toks, last + 1) in SCORE_WORDS
        and low_at(toks, last + 2) == "to"
        and (
            low_at(toks, last + 3) in _NIL
            or low_at(toks, last + 3) in WORD_NUMBERS
            or (last + 3 < len(toks) and toks[last + 3].kind == "num")
        )
    )


_NIL = _W.words("nonfigures.nil")
_SCORE_SIDES = _W.words("nonfigures.score_sides")


_EVENTS = _W.words("nonfigures.events")


def _between(toks: list[Token], e: NumberExpr) -> str:
    return "".join(t.text for t in toks[e.first : e.last + 1] if t.kind == "sym")


def _noun_next(toks: list[Token], k: int) -> bool:
    """A lowercase word that is no conjunction follows: "Tesla's 300 engineers"."""
    return (
        k < len(toks)
        and toks[k].kind == "word"
        and toks[k].text.islower()
        and toks[k].low not in _NOT_NOUNS
    )


def _counted_after_a_verb(toks: list[Token], first: int, last: int) -> bool:
    """A title's number between a verb and a plural noun: "Close Two Libraries", "Cut Three
    Routes"; not "Three Mile Island" nor "the Famous Five"."""
    before, after = low_at(toks, first - 1), low_at(toks, last + 1)
    said = headline_verb(before) or plain_verb(before)
    if not (said or (before.endswith("s") and plain_verb(before[:-1]))):
        return False  # "Build", "Close"; "Builds", "Hires" as a headline says them
    if after.endswith("s") and dictionary_noun(after):
        return True
    # modifiers, then the plural noun: "Close Two Ammonia Plants", "Build 40 New Beach Huts"
    for k in range(last + 2, last + 2 + _TITLE_MODIFIERS):
        if k >= len(toks) or toks[k - 1].kind != "word" or not toks[k - 1].text[:1].isupper():
            return False
        then = toks[k].low if toks[k].kind == "word" else ""
        if then.endswith("s") and dictionary_noun(then) and toks[k].text[:1].isupper():
            return True
    return False


_TITLE_MODIFIERS = 2  # capitalised words between a title's number and its plural noun


def _title_case(toks: list[Token]) -> bool:
    """A headline in title case ("Pilgrim Numbers At Shrine Top Two Million For First Time"):
    a word prose writes in small letters is capitalised after its first word; or, where the
    style keeps "and" and "to" small ("Council Votes to Close Two Libraries and Cut 120 Jobs"),
    every longer word is capitalised, a verb among them."""
    if any(t.kind == "word" and t.text[:1].isupper() and t.low in _TITLE_WORDS for t in toks[1:]):
        return True
    longer = [t for t in toks[1:] if t.kind == "word" and len(t.text) >= _LONGER_WORD]
    return (
        len(toks) <= _HEADLINE_TOKENS
        and len(longer) >= _TITLED_WORDS
        and all(t.text[:1].isupper() for t in longer)
        and any(headline_verb(t.low) or plain_verb(t.low) for t in longer)
    )


_LONGER_WORD = 4  # letters of a word a title capitalises whatever the style ("Without", "Power")
_TITLED_WORDS = 3  # such words, at least, that say a line is a title
_HEADLINE_TOKENS = 30  # a title is no longer


_TITLE_WORDS = _W.words("nonfigures.title_case_words")
_TITLE_BEFORE = _TITLE_WORDS | _W.words("nonfigures.title_case_before_number")


@once_per_sentence
def _shouting(toks: list[Token]) -> bool:
    """A line in capitals (a headline): its capital words are no model names."""
    words = [t.text for t in toks if t.kind == "word" and len(t.text) > 1]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.7 * len(words)
