"""A number's token context: what follows it and where its clause ends.

Whether a counted noun or a unit comes after a number ("1500 people", "14 HOURS"), the marks that
end a clause and the quotes around it, and an answer kept once per sentence: the readings of
`nonfigures.py`, `clock.py` and `ages.py` share these; what a figure counts belongs to `counted.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.claims.lexicon import DURATION_UNITS, MEASURE_UNITS, SCALE_SUFFIXES, TIME_WORDS
from desktop.claims.segments import Token, low_at
from desktop.claims.vocabulary import NATION_OF, POPULATIONS
from desktop.claims.words import dictionary_noun, english

_W = english()


CLAUSE_ENDS = frozenset((".", ",", ";", "!", "?", ":", ""))


_TIMES = _W.words("nonfigures.times")


def once_per_sentence(ask: Callable[[list[Token]], bool]) -> Callable[[list[Token]], bool]:
    """`ask` of a sentence's tokens, kept for the last sentence asked: it is asked once per figure
    of the sentence, so a long sentence of figures costs one pass, not one per figure. The answer
    is kept with the list itself (held, so its identity stays its own) in one tuple swapped whole,
    so a thread never reads one sentence's answer for another."""
    last: tuple[list[Token] | None, bool] = (None, False)

    def asked(toks: list[Token]) -> bool:
        nonlocal last
        held = last
        if held[0] is not toks:
            held = (toks, ask(toks))
            last = held
        return held[1]

    return asked


def counted_next(toks: list[Token], k: int) -> bool:
    """Whether what follows is counted: a counted noun (`counts_after`) or a noun's plural the
    dictionary knows ('stalls', 'centres')."""
    word = low_at(toks, k)
    plural = word.isalpha() and word.endswith("s") and dictionary_noun(word)
    return plural or counts_after(toks, k)


def counts_after(toks: list[Token], k: int) -> bool:
    """Whether a counted noun follows: '1500 people' is a count, '2021 evacuation' a year."""
    for n in range(k, min(k + 3, len(toks))):
        w = toks[n].low
        if w in POPULATIONS or w in MEASURE_UNITS:
            return True
        if toks[n].kind != "word":
            return False
    return False


QUOTES = frozenset(('"', "“", "”", "'", "‘", "’"))


def unit_word(low: str) -> bool:
    """Whether a word after a number says what it counts or measures, in any case: "14 HOURS",
    "SIX INCHES", "300 TIMES", "24 SEATS" (others in capitals name a model: "737 MAX")."""
    return (
        low in MEASURE_UNITS
        or low in DURATION_UNITS
        or low in SCALE_SUFFIXES
        or low in TIME_WORDS
        or low in NATION_OF
        or low in POPULATIONS
        or low in _TIMES
    )
