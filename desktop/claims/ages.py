"""Ages: numbers that say how old someone is.

"aged 34", "a 34-year-old", "John Smith, 34, said", "says Colin, 52.", "I'm seventy-three.",
"children under 18", "The youngest ringer is sixty-three": a person's age, no figure; a thing's
age ("a 4,500-year-old burial mound") stays one. An age said alone in words after "at" belongs to
`clock.py`; how long a person has done what they do to `careers.py`.
"""

from __future__ import annotations

from desktop.claims.context import CLAUSE_ENDS, QUOTES, counted_next, counts_after
from desktop.claims.lexicon import A_OR_AN, DURATION_UNITS, MEASURE_UNITS, MONTHS, WEEKDAYS
from desktop.claims.numbers import NumberExpr
from desktop.claims.segments import Token, low_at
from desktop.claims.vocabulary import POPULATIONS
from desktop.claims.words import dictionary_noun, english, headline_verb, verb_form

_W = english()


_AGE_BOUNDS = _W.words("nonfigures.age_bounds")


_ONE_SPEAKS = _W.words("nonfigures.one_speaks")


_AGE_WORDS = _W.words("nonfigures.age_words")
_AGE_VERBS = _W.words("nonfigures.age_verbs")  # "she is seventy-four"
_AGE_SUBJECT_VERBS = _W.words("nonfigures.age_subject_verbs")  # "I'm seventy-three"
_AGE_SUBJECTS = _W.words("nonfigures.age_subjects")
_AGE_ADVERBS = _W.words("nonfigures.age_adverbs")  # "He is only forty-eight"
_AGE_AND_ADVERBS = _W.words("nonfigures.age_and_adverbs")  # "is 19 and still plays"
_AGE_OF_NOUNS = _W.words("nonfigures.age_of_nouns")  # "a boy of fourteen"
_AGE_LIST_JOINS = _W.words("nonfigures.age_list_joins")
_AGE_STATS = _W.words("counted.age_rules")  # "a minimum age of 21", "the retirement age of 65"


def is_age(toks: list[Token], i: int, last: int) -> bool:
    before, after = low_at(toks, i - 1), low_at(toks, last + 1)
    if before in _AGE_WORDS or (
        before in (":", "of")
        and low_at(toks, i - 2) in _AGE_WORDS
        and low_at(toks, i - 3) not in _AGE_STATS
        and not counted_next(toks, last + 1)
    ):
        return True  # "aged 34", a fact box's "Age: 34", "before the age of 16"
    if (
        before in _AGE_LIST_JOINS
        and not counts_after(toks, last + 1)
        and _in_a_list_of_ages(toks, i)
    ):
        return True  # "aged 15 and 16" ("aged 8 and 30 others": a count)
    if before == "," and after in ("years", "year") and low_at(toks, last + 2) in (",", ")"):
        return True  # "the machinist, 51 years, who …" (translated copy)
    # "34-year-old", "34 years old", "a 67-year-old"
    if (
        after in ("-", "–")
        and low_at(toks, last + 2) in ("year", "years")
        and low_at(toks, last + 3)
        in (
            "-",
            "old",
        )
    ):
        return True
    if after in ("years", "year") and low_at(toks, last + 2) in ("old", "-old"):
        return True
    if _age_said(toks, i, last):
        return True
    if (
        before == "of"
        and low_at(toks, i - 2) in _AGE_OF_NOUNS
        and low_at(toks, i - 3) in A_OR_AN
        and after in CLAUSE_ENDS
        and _one_word(toks, i, last)
    ):
        return True  # "The donor was a boy of fourteen."
    # "John Smith, 34, said" and "Smith (34)"
    if before in (",", "(") and after in (",", ")") and i >= 2:
        prev = toks[i - 2]
        person = (
            prev.text[:1].isupper()
            or prev.low in _PERSON_NOUNS
            or low_at(toks, last + 2) in _AFTER_AN_AGE
            and toks[i].text.isdigit()
            and int(toks[i].text) <= 110
        )
        if prev.kind == "word" and person and low_at(toks, last + 2) not in MONTHS:
            return True
        # "Boy racer, 19, fined £1,000", "Reality star, 26, reveals …": who, then what they did
        verb = low_at(toks, last + 2)
        if (
            prev.kind == "word"
            and before == ","
            and toks[i].text.isdigit()
            and i == last
            and int(toks[i].text) <= OLDEST
            and verb.isalpha()
            and verb.islower()
            and (headline_verb(verb) or verb.endswith(("s", "ed")))
            and verb not in _NOT_AFTER_AN_AGE
            and _opens_clause(toks, i - 2)
            and prev.low not in MONTHS
            and prev.low not in WEEKDAYS
            and prev.low not in _CLAUSE_OPENERS
        ):
            # one of whom the text goes on: a singular noun ("the patients, 12, remained" counts)
            return dictionary_noun(prev.low) and not prev.low.endswith(("s", "ed"))
    return _speaker_aged(toks, i, last)


def _opens_clause(toks: list[Token], k: int) -> bool:
    """Whether the word at `k` is among the first words of its sentence or of a headline's
    part after a colon: "Boy racer, 19, fined …", "TROLL HELL: Reality star, 26, reveals …"."""
    for n in range(k - 1, max(-1, k - _APPOSITION_REACH), -1):
        if toks[n].text in (":", "—", "–", "!", "|"):
            return True
    return k < _APPOSITION_REACH


_APPOSITION_REACH = 4  # words of who is named before their age, from the clause's start
_CLAUSE_OPENERS = _W.words("nonfigures.clause_openers")  # "In all, 14, …", "This year, 18, …"
_NOT_AFTER_AN_AGE = _W.words("nonfigures.not_after_an_age")  # "…, 14, including three …"


def _speaker_aged(toks: list[Token], i: int, last: int) -> bool:
    """Whether a whole number ends the sentence after the name of who spoke and a comma: '"It
    took me three years," says Colin, 52.', 'says former fitter Emrys Parry, 79.'"""
    if last + 1 < len(toks) and toks[last + 1].text not in (".", "!"):
        return False
    if i < 3 or low_at(toks, i - 1) != "," or not toks[i].text.isdigit() or i != last:
        return False
    if int(toks[i].text) > OLDEST or not toks[i - 2].text[:1].isupper():
        return False
    return any(low_at(toks, k) in _ONE_SPEAKS for k in range(max(0, i - _NAME_REACH), i - 2))


_NAME_REACH = 6  # tokens back from an age to the verb that says who spoke: "says former fitter …"


def _age_said(toks: list[Token], i: int, last: int) -> bool:
    """A person's age said as a feature says it: "since he was nineteen", "Pat Ellery, who is
    eighty-one,", "She is seventy-four and lives alone", "I'm seventy-three.", "He is only
    forty-eight." The number ends
    its clause; a person (a pronoun or "who") is what it is said of."""
    end = low_at(toks, last + 1)
    if end in _AGE_ADVERBS and low_at(toks, last + 2) in CLAUSE_ENDS:
        end = low_at(toks, last + 2)  # "She's nineteen now."
    if not (end in (".", ",", ";", "!", "?", "") or end in _AGE_LIST_JOINS):
        return False
    if end in (",", *_AGE_LIST_JOINS) and last + 2 < len(toks) and toks[last + 2].kind == "num":
        return False  # "he was 5, 10 or 20": a list of numbers
    if "." in toks[i].text:
        return False  # "she was 2.1 seconds faster": no age
    k = i - 1 if low_at(toks, i - 1) not in _AGE_ADVERBS else i - 2  # "He's only seventeen."
    verb, subject = low_at(toks, k), low_at(toks, k - 1)
    if verb in _AGE_SUBJECT_VERBS or (verb in _AGE_VERBS and subject in _AGE_SUBJECTS):
        return True
    return (
        verb in _AGE_VERBS
        and end == "and"
        and _one_named(toks, k - 1)
        and _goes_on_describing(toks, last + 2)
        and _one_word(toks, i, last)
    )  # "Rosa Kell is seventy-six and plays", "Bramble, her collie, is 13 and needs tablets"


def _one_named(toks: list[Token], n: int) -> bool:
    """Whether the token at n ends the name of one someone describes, the name opening its
    sentence or clause: a name the dictionary does not know as a noun ("Kibo", "Nowak"), a full
    name ("Rose Baker") or an apposition's closing comma after a name ("Bramble, her collie,");
    not a place in what is measured ("The death toll in Gaza is 40 and rises daily") nor a
    speaker's aside ("The death toll, officials said, is 40 and rises")."""
    if n < 0:
        return False
    if toks[n].text == ",":
        for m in range(n - 1, max(-1, n - 1 - _APPOSITION_WORDS), -1):
            if toks[m].text == ",":
                return m > 0 and _a_name(toks, m - 1, apposed=True)
            if toks[m].kind != "word":
                return False
        return False
    return _a_name(toks, n, apposed=False)


def _a_name(toks: list[Token], n: int, *, apposed: bool) -> bool:
    """Whether the token at n ends a name that opens its sentence or clause ("Rosa Kell",
    "Kibo", "Bramble" before its apposition)."""
    if toks[n].kind != "word" or not toks[n].text[:1].isupper() or toks[n].text.isupper():
        return False
    if toks[n].low in _NOT_AGE_SUBJECTS:
        return False
    first = n
    while first > 0 and toks[first - 1].kind == "word" and toks[first - 1].text.istitle():
        first -= 1
    if first > 0 and toks[first - 1].text not in _NAME_OPENERS:
        return False  # "in Gaza", "at Oakfield", "the toll, officials said,"
    full = first < n
    return apposed or full or not dictionary_noun(toks[n].low)


_APPOSITION_WORDS = 4  # words between an apposition's commas: "Bramble, her old collie,"
_NAME_OPENERS = frozenset(_W.words("nonfigures.age_name_openers"))


def _goes_on_describing(toks: list[Token], n: int) -> bool:
    """Whether the words from n go on with what the one described does: a verb of the present
    tense after any adverb ("and still eats", "and has never owned")."""
    while low_at(toks, n) in _AGE_AND_ADVERBS:
        n += 1
    word = low_at(toks, n)
    return n < len(toks) and toks[n].text.islower() and verb_form(word, "VBZ")


def _one_word(toks: list[Token], i: int, last: int) -> bool:
    """Whether a number is one word or one hyphened word ("19", "seventy-six"), as an age is
    said, and no more than the oldest age."""
    if any(toks[k].start != toks[k - 1].end for k in range(i + 1, last + 1)):
        return False
    return not toks[i].text.isdigit() or int(toks[i].text) <= OLDEST


def _in_a_list_of_ages(toks: list[Token], i: int) -> bool:
    """Whether the number at i ends a short list that "aged" opens: "aged 14, 15 and 17"."""
    k = i
    for _ in range(_LONGEST_AGE_LIST):
        if k < 2 or low_at(toks, k - 1) not in _AGE_LIST_JOINS or toks[k - 2].kind != "num":
            return False
        k -= 2
        if low_at(toks, k - 1) in _AGE_WORDS:
            return True
    return False


_LONGEST_AGE_LIST = 6  # ages a list gives after "aged"; a longer list of numbers is no ages
OLDEST = 130  # years: no one is older, so an older age is a thing's (a tomb's, a fossil's)
_SUPERLATIVE_AGES = _W.words("nonfigures.superlative_ages")  # "the youngest", "the oldest"
_SUPERLATIVE_AGE_LINKS = _W.words("nonfigures.superlative_age_links")  # "the oldest, 86"
_SUPERLATIVE_REACH = 3  # words between "the youngest" and its verb: "fixer today", "singer"


def the_eldest_s_age(toks: list[Token], e: NumberExpr) -> bool:
    """Whether a bare number is the age of the youngest or the oldest of some: "The youngest
    ringer is sixty-three", "the youngest singer was 7, the oldest 93", "The youngest, at 41,
    joined"; not "the oldest of the 40 hives" nor "the oldest is 300 years" (a unit said)."""
    if e.currency or e.percent or e.fraction or e.value != int(e.value) or e.value > OLDEST:
        return False
    if low_at(toks, e.last + 1) not in CLAUSE_ENDS:
        return False
    k = e.first - 1
    if low_at(toks, k) in _SUPERLATIVE_AGES:
        return True  # "the oldest 93"
    if low_at(toks, k) not in _AGE_BE and low_at(toks, k) not in _SUPERLATIVE_AGE_LINKS:
        return False
    k -= 1
    if low_at(toks, k) in _SUPERLATIVE_AGE_LINKS:  # "The youngest, at 41,"
        k -= 1
    for n in range(k, max(-1, k - _SUPERLATIVE_REACH - 1), -1):
        if low_at(toks, n) in _SUPERLATIVE_AGES:
            return True
        if toks[n].kind != "word" or not toks[n].text.islower() or low_at(toks, n) in _NOT_AGE_OF:
            return False
    return False


_PERSON_NOUNS = _W.words("nonfigures.person_nouns")
_AGE_HOLDERS = _W.words("nonfigures.age_holders")


def is_age_bound(e: NumberExpr, toks: list[Token]) -> bool:
    """'aged over 80', 'children under 18 must', '12 to 15 months of age', and of people said
    before: '43% of traders are over 60', 'one reader in eight is under 30'."""
    if e.bound_words in _AGE_BOUNDS and low_at(toks, e.first - 1) in (_AGE_HOLDERS):
        nxt = low_at(toks, e.last + 1)
        return nxt not in POPULATIONS and nxt not in MEASURE_UNITS and nxt not in DURATION_UNITS
    if e.bound_words in _AGE_BOUNDS and _an_age_they_are(e, toks):
        return True
    k = e.last + 1
    if low_at(toks, k) in ("months", "years", "weeks", "month", "year"):
        k += 1
    return low_at(toks, k) == "of" and low_at(toks, k + 1) == "age"


def _an_age_they_are(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a bare whole number an age could be ends its clause after "are over", "is now
    under" and the like, said of some who are no "it" and no statistic: "Half our members are
    over sixty", "9% are under 25"; not "In January it was over forty", "the average is over
    thirty-four"."""
    if e.currency or e.percent or e.fraction or e.value != int(e.value):
        return False
    after = e.last + 1
    if low_at(toks, after) in QUOTES:
        after += 1  # 'one reader in eight is under 30".'
    if not _YOUNGEST_BOUND <= e.value <= OLDEST or low_at(toks, after) not in CLAUSE_ENDS:
        return False
    k = e.first - 1
    if low_at(toks, k) in _AGE_BE_ADVERBS:
        k -= 1  # "are now over 35"
    if low_at(toks, k) not in _AGE_BE:
        return False
    if low_at(toks, k - 1) in _NOT_AGE_SUBJECTS:
        return False
    return not {low_at(toks, n) for n in range(k - _AGE_SUBJECT_REACH, k)} & _AGE_STATS


_AGE_BE = _W.words("nonfigures.age_be")  # "are over 60", "was under 25"
_NOT_AGE_OF = _W.words("nonfigures.not_age_of")  # "the oldest of the 40 hives"
_AGE_BE_ADVERBS = _W.words("nonfigures.age_be_adverbs")  # "are now over 35"
_NOT_AGE_SUBJECTS = _W.words("nonfigures.not_age_subjects")  # "it was over forty"
_AGE_SUBJECT_REACH = 3  # words before the verb that may be a statistic: "the average is"
_YOUNGEST_BOUND = 12  # "under 2" and "under three" are a nursery's ages, but so are sizes


_AFTER_AN_AGE = _W.words("nonfigures.after_an_age")
