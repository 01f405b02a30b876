"""Careers: how long a person has done what they do.

"Dan Fry has swept chimneys for thirty years", "For thirty-one years Pat Connolly has stood
outside the school": a span of a working life, no figure; a state's span ("the fare has been
frozen for three years") stays one. Ages belong to `ages.py`.
"""

from __future__ import annotations

from desktop.claims.numbers import NumberExpr
from desktop.claims.segments import Token, low_at
from desktop.claims.words import english, known_word, verb_form

_W = english()


def a_career(e: NumberExpr, toks: list[Token], sentence_first: int) -> bool:
    """Whether a span after "for" is how long a person has done what they do: "Dan Fry has swept
    chimneys for thirty years", "who has been a nurse for 12 years", "I've been fishing for
    forty summers" (a career or a habit); not a state's span ("the fare has been frozen for
    three years", "has not been swept for 5 years", "who has had the same carer for a year")."""
    if low_at(toks, e.last + 1) not in _CAREER_SPANS or low_at(toks, e.first - 1) != "for":
        return False
    if e.currency or e.percent or e.bound == "range":
        return False
    for k in range(e.first - 2, max(sentence_first, e.first - 2 - _CAREER_REACH) - 1, -1):
        if toks[k].kind != "word" or _negating(toks[k].low):
            return False  # "has not been swept for 5 years", "for 3 years, 5 days a week"
        if _a_person_s_perfect(toks, k, sentence_first):
            return _an_act(toks, k + 1, e.first - 1)
    return _a_career_ahead(e, toks, sentence_first)


def _a_career_ahead(e: NumberExpr, toks: list[Token], sentence_first: int) -> bool:
    """Whether "for" and a span of years open a sentence before the person's perfect of what they
    do: "For thirty-one years Pat Connolly has stood outside the school", "Every December for
    twenty-nine years, Bill Tranter has stood outside the store"; not a state after it ("For
    three years the fare has been frozen")."""
    if any(toks[k].kind != "word" for k in range(sentence_first, e.first - 1)):
        return False  # "In 2019, for 3 years, he has": only words before "for"
    start = e.last + 2 if low_at(toks, e.last + 2) != "," else e.last + 3
    for k in range(start, min(start + _CAREER_NAME, len(toks))):
        if toks[k].kind != "word":
            return False
        if _a_person_s_perfect(toks, k, sentence_first):
            return _an_act(toks, k + 1, k + 2)
    return False


_CAREER_SPANS = frozenset(_W.words("nonfigures.career.spans"))
_CAREER_REACH = 10  # words from the perfect's "has" to "for": "has run the shop on Mill Lane for"
_CAREER_NAME = 4  # words from a fronted span to its "has": "for 30 years, Pat Connolly has"
_CAREER_PERFECT = frozenset(_W.words("nonfigures.career.perfect"))
_CAREER_ENDINGS = tuple(_W.words("nonfigures.career.perfect_endings"))
_SUBJECT_PRONOUNS = frozenset(_W.words("nonfigures.subject_pronouns"))
_CAREER_SUBJECTS = frozenset(_W.words("nonfigures.career.subjects")) | _SUBJECT_PRONOUNS
_CAREER_BEEN = frozenset(_W.words("nonfigures.career.been"))
_CAREER_ROLES = frozenset(_W.words("nonfigures.career.roles"))
_NOT_ACTS = frozenset(_W.words("nonfigures.career.not_acts"))
_ROLES = frozenset(tuple(r.split()) for r in _W.words("nonfigures.career.role_nouns"))
_ROLE_LONGEST = max(len(r) for r in _ROLES)
_ROLE_DETERMINERS = frozenset(_W.words("nonfigures.career.role_determiners"))
_ROLE_REACH = 1  # words between the determiner and the role: "the funeral director"
_CAREER_ADVERBS = frozenset(_W.words("nonfigures.career.adverbs"))
_NEGATIONS = frozenset(_W.words("counted.negations"))
_NEGATION_ENDINGS = tuple(_W.words("parser.negation_endings"))


def _negating(word: str) -> bool:
    """Whether a word negates what follows: "not", "never", "hasn't"."""
    return word in _NEGATIONS or word.endswith(_NEGATION_ENDINGS)


def _a_person_s_perfect(toks: list[Token], k: int, sentence_first: int) -> bool:
    """Whether token k is the "has" of a person's perfect: after "he", "who" or a name ("Dan Fry
    has"), glued to its subject ("I've", "she's"), or after a person named by their role ("The
    examiner has", "Our funeral director has")."""
    word = toks[k].low
    if word.endswith(_CAREER_ENDINGS):
        return word[: -len(next(x for x in _CAREER_ENDINGS if word.endswith(x)))] in (
            _CAREER_SUBJECTS
        )
    if word not in _CAREER_PERFECT or k - 1 < sentence_first:
        return False
    subject = toks[k - 1]
    # a name: in capitals within the sentence ("Dan Fry has"), or one no dictionary knows at
    # its start ("Mullen has"; not "It has", "Staff have")
    named = subject.text[:1].isupper() and (k - 1 > sentence_first or not known_word(subject.low))
    if subject.kind == "word" and (subject.low in _CAREER_SUBJECTS or named):
        return True
    return _a_role(toks, k - 1, sentence_first)


def _a_role(toks: list[Token], k: int, sentence_first: int) -> bool:
    """Whether the words ending at token k name a person by what they do, after "the" or an
    owner: "The examiner has", "Our funeral director has", "The lollipop lady has"; not "The
    number has", "The manufacturer has", "The reactor has"."""
    for size in range(_ROLE_LONGEST, 0, -1):
        first = k - size + 1
        if first <= sentence_first:
            continue
        if tuple(low_at(toks, j) for j in range(first, k + 1)) not in _ROLES:
            continue
        for j in range(first - 1, max(sentence_first, first - 1 - _ROLE_REACH) - 1, -1):
            if toks[j].kind != "word":
                return False
            if toks[j].low in _ROLE_DETERMINERS:
                return True
        return False
    return False


def _an_act(toks: list[Token], k: int, end: int) -> bool:
    """Whether the words from k to end, after a perfect's "has", are an act it has gone on doing:
    a past participle ("swept chimneys", "run the stall"), "been" and an -ing word or a role
    ("been climbing", "been a nurse"); not a state ("been frozen", "had scaffolding")."""
    while k < end and toks[k].low in _CAREER_ADVERBS:
        k += 1
    if k >= end:
        return False
    word = toks[k].low
    if word in _CAREER_BEEN:
        after = low_at(toks, k + 1)
        return k + 1 < end and (after in _CAREER_ROLES or verb_form(after, "VBG"))
    return word not in _NOT_ACTS and verb_form(word, "VBN")
