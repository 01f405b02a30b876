"""Numbered lists: the numbers that order a list, not what it counts.

A list's items and notes ("1. The Foundation was …"), a report's sections ("3.2 Findings"), a
line of links with its label and ranks ("Most read: 2 Energy bills …", `LINK_LABELS`), a
listicle's count ("Five signs your adviser …", "The 5 most dangerous crossroads") and a draw's
numbers ("4, 11, 19, 27, 38 and 52"). Counts of page furniture belong to `furniture.py`.
"""

from __future__ import annotations

import re

from desktop.claims.context import once_per_sentence
from desktop.claims.lexicon import DURATION_UNITS, MEASURE_UNITS
from desktop.claims.numbers import NumberExpr
from desktop.claims.segments import Token, low_at
from desktop.claims.words import english, inflected_verb

_W = english()


def _adj(toks: list[Token], a: int, b: int) -> bool:
    return 0 <= a < len(toks) and 0 <= b < len(toks) and toks[a].end == toks[b].start


def section_number(toks: list[Token], i: int, e: NumberExpr, plain: str) -> bool:
    """Whether a number with a point opens its sentence and a title in sentence case follows it
    (no unit or scale between): a report's section ("3.2 Findings", "6.4 Energy bills"); not a
    headline's "7.1 QUAKE ROCKS CHILE" or "7.1 Quake Rocks Chile"."""
    if i != 0 or e.first != 0 or e.last != 0 or not _SECTION.fullmatch(plain):
        return False
    words = [t.text for t in toks[1:] if t.kind == "word"]
    if not words or not words[0][:1].isupper() or words[0].isupper():
        return False
    if words[0].lower() in _DETERMINERS:
        return True  # "2.4 The Ministry's forecast cost …": no count is "2.4 the"
    return all(not w[:1].isupper() for w in words[1:_TITLE_REACH])


_LIST_ITEMS = 20  # a list's items numbered alone go no higher in news


LINK_LABELS = frozenset(_W.words("nonfigures.link_list_labels"))  # "Most read", "Related"
_LONGEST_LINK_LABEL = max(len(label.split()) for label in LINK_LABELS)


def enumerated(toks: list[Token], i: int, e: NumberExpr, plain: str) -> bool:
    """Whether a small whole number opens its sentence with a point or a bracket after it and a
    capital after that: an item of a numbered list or notes ("1. The Foundation was …",
    "2) Call …"); not "1.5 million" nor "3 People Hurt"."""
    first = _after_link_label(toks)  # "Most read: 1. Sheep worrying cases hit 1,100"
    if i != first or e.first != i or e.last != i or not plain.isdigit() or int(plain) > 99:
        return False
    point = i + 1
    if len(toks) <= point or toks[point].text not in (".", ")") or toks[point].start != toks[i].end:
        return False
    if len(toks) == point + 1:  # "1." standing alone, as a list's item is cut off from its
        return int(plain) <= _LIST_ITEMS  # sentence; not "Did 64 consultations today. 64."
    word = toks[point + 1]
    return word.kind == "word" and word.text[:1].isupper() and word.start > toks[point].end


@once_per_sentence
def _about_a_draw(toks: list[Token]) -> bool:
    """Whether the sentence names a draw ("numbers", "balls", "lotto")."""
    return any(t.low in _DRAW_WORDS for t in toks)


def drawn(toks: list[Token], i: int) -> bool:
    """Whether the number at i is one of five or more small numbers in a row, joined by commas
    and "and", in a sentence about a draw ("numbers", "balls", "lotto")."""

    def small(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text.isdigit() and int(toks[k].text) <= _DRAWN_MOST

    if not small(i) or not _about_a_draw(toks):
        return False
    count = 1
    for step in (-1, 1):  # "4, 11, 19, 27, 33 and 45", "…, 33, and 45"
        k = i
        while True:
            j = k + step
            while 0 <= j < len(toks) and toks[j].low in _DRAW_JOINS and abs(j - k) <= 2:
                j += step
            if abs(j - k) < 2 or not small(j):
                break
            k, count = j, count + 1
    return count >= _DRAWN_AT_LEAST


_DRAW_WORDS = _W.words("nonfigures.draw_words")
_DRAW_JOINS = frozenset({",", "&"}) | _W.words("nonfigures.draw_joins")
_DRAWN_MOST = 99  # a draw's numbers are small
_DRAWN_AT_LEAST = 5  # numbers in a row that a draw gives


def link_rank(toks: list[Token], i: int, e: NumberExpr) -> bool:
    """Whether a small whole number opens a link's title after the label of a line of links,
    a capital after it: the link's place in the list ("Most read: 2 Energy bills to fall by
    £90"), not the £90."""
    if e.first != i or e.last != i or not toks[i].text.isdigit():
        return False
    if int(toks[i].text) > _LIST_ITEMS or i != _after_link_label(toks) or i == 0:
        return False
    word = toks[i + 1] if i + 1 < len(toks) else None
    if word is None or word.kind != "word" or not word.text[:1].isupper():
        return False
    return not (inflected_verb(word.low) or word.low in _STATES_AFTER_A_COUNT)  # "12 Charged"


def listicle(toks: list[Token], e: NumberExpr) -> bool:
    """Whether a small number in a link's title is how many things the linked piece lists:
    "Read more: Five signs your adviser is not regulated", "Most popular: 3 exhibitions to see",
    "Related: The 7 tools every farrier carries", "Sauna etiquette: 6 rules for beginners",
    "How to grow a giant pumpkin in 5 steps"."""
    first = _after_link_label(toks)
    if not first or e.bound != "=" or e.currency or e.percent or not 1 < e.value <= _LIST_ITEMS:
        return False
    if low_at(toks, e.first - 1) == "in" and low_at(toks, e.last + 1) in _LISTICLE_IN:
        return e.last + 2 >= len(toks) or toks[e.last + 2].kind != "word"  # "… in 5 steps"
    k = e.first - 1 if low_at(toks, e.first - 1) == "the" else e.first
    if k != first and (k <= first or toks[k - 1].text not in _SUBTITLE_MARKS):
        return False  # the number opens neither the title nor its subtitle
    noun = low_at(toks, e.last + 1)
    if noun in MEASURE_UNITS or noun in DURATION_UNITS:
        return False  # "Eye tests: 6 months to see a specialist": how long, not a list
    if low_at(toks, e.last + 2) == "to" and low_at(toks, e.last + 3) in _LISTICLE_VERBS:
        return True  # "3 exhibitions to see"
    for n in range(e.last + 1, e.last + 1 + _LISTICLE_REACH):
        if n >= len(toks) or toks[n].kind != "word":
            return False
        if toks[n].low in _LISTICLE_NOUNS or (n > e.last + 1 and toks[n].low in _LISTICLE_AFTER):
            return True  # "7 safety rules", "The 4 warning lights you should never ignore"
    return False


_LISTICLE_REACH = 3  # words from the number to the noun of what is listed, or to "you"
_LISTICLE_IN = frozenset(_W.words("nonfigures.listicle_in"))  # "… in 5 charts"
_SUBTITLE_MARKS = frozenset((":", "?", "—", "–"))  # "Dry January: 5 ways to get through it"
_STATES_AFTER_A_COUNT = _W.words("nonfigures.states_after_a_count")  # "5 Dead after …"
_LISTICLE_NOUNS = frozenset(_W.words("nonfigures.listicle_nouns"))
_LISTICLE_AFTER = frozenset(_W.words("nonfigures.listicle_after"))
_LISTICLE_VERBS = frozenset(_W.words("nonfigures.listicle_verbs"))


def _after_link_label(toks: list[Token]) -> int:
    """Where a sentence's words begin after the label of a line of links and its colon
    ("Most read: 1. …"); 0 when it opens with no such label."""
    for k in range(1, min(len(toks), _LONGEST_LINK_LABEL + 1)):
        if toks[k].text == ":":
            return k + 1 if " ".join(t.low for t in toks[:k]) in LINK_LABELS else 0
    return 0


_SECTION = re.compile(r"\d{1,2}\.\d{1,2}")
_TITLE_REACH = 4  # words of a section's title that are in small letters after its first


def compares_a_word(toks: list[Token], k: int) -> bool:
    """Whether "most" or "least" at `k` makes a superlative of the word after it in a link's
    title, a top list: "Read also: The 5 most dangerous crossroads"; not "the 46 least-developed
    nations", a class's name, nor a scope in a story ("a price list for the 30 most common
    treatments")."""
    if not _after_link_label(toks):
        return False
    return low_at(toks, k + 1).isalpha() and not _adj(toks, k, k + 1)


_DETERMINERS = frozenset(_W.words("nonfigures.determiners"))
