"""What a figure counts and what happened to it: the unit as written, its population and act keys.

Reads the words around a parsed number inside its sentence: the noun phrase after it ("4,500 US
citizens"), a "people … who had American citizenship" that names the nationality later, the verb
that governs it ("were evacuated", "managed to evacuate", "the remaining"), and "there were" that
makes it a head count. Dates and speakers belong to `anchors.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from desktop.claims.lexicon import (
    ARTICLES,
    CURRENCY_WORDS,
    DURATION_UNITS,
    GLUED_ONLY,
    MEASURE_UNITS,
    MONTHS,
    MULTIPLE_UNIT,
    OCCASIONS,
    PERCENT_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SEA_MILES,
    TEMPERATURE_SCALES,
    UNIT_POWERS,
    VAGUE_PLURALS,
)
from desktop.claims.numbers import (
    WEIGHT_POUNDS,
    WORD_NUMBERS,
    NumberExpr,
    a_year,
    in_seconds,
    not_passing,
    time_in_a_noun,
    weighed,
)
from desktop.claims.segments import LABEL_WORDS, Token, low_at
from desktop.claims.vocabulary import (
    ACT_OF,
    BARS,
    CAPACITY,
    CROWD,
    INHABITANTS,
    MEASURES,
    NATION_OF,
    PERSON_HEADS,
    PERSON_POPULATIONS,
    POPULATIONS,
    THING_ACTS,
    VERBS,
)
from desktop.claims.words import (
    comparative,
    english,
    never_a_noun,
    noun_lemma,
    only_as,
)
from desktop.model import Qualifier, QuantityKey

_W = english()
SHARE, SHARE_PRICE = "share", "share price"  # measures (vocabulary.measure_phrases)

_SHARE_OF = _W.words("counted.share_of")
_PART_OF = _W.words("counted.part_of")
_PLURAL_COLLECTIVES = _W.words("counted.plural_collectives")
_PRONOUN_WHOLES = _W.words("counted.pronoun_wholes")
_COUNT_ONLY_ACTS = _W.words("counted.count_only_acts")
_ANOTHER = _W.words("counted.another")
_CLAUSE_JOINERS = _W.words("counted.clause_joiners")
_SHARE_NOUNS = _W.words("counted.share_nouns")
_DETERMINERS = _W.words("counted.determiners")
_PER = _W.words("counted.per")
_RELATIVES = _W.words("counted.relatives")
_NEGATIONS = _W.words("counted.negations")

_STOP = _W.words("counted.stop")
_NUMBER_NOUNS = _W.words("counted.number_nouns")
_PEOPLE_COMPOUNDS = _W.words("counted.people_compounds")
_GLUED_NOT_COUNTED = _W.words("counted.glued_not_counted")
_CAPACITY_COMPOUNDS = _W.words("counted.capacity_compounds")
_CAPACITY_BEFORE = tuple(tuple(p.split()) for p in _W.sequence("counted.capacity_before"))
_CAPACITY_OF = _W.words("counted.capacity_of")
_AUX = _W.words("counted.auxiliaries")
_NOT_ACT_IN_SCAN = _W.words("counted.not_act_in_scan")
_NATION_NOUNS = _W.words("counted.nation_nouns")
_BE = _W.words("counted.be")
PHRASE_ACTS = _W.phrase_classes("counted.phrase_acts")  # ("laid", "off") → "cut"


def _phrase_at(
    toks: list[Token], n: int, phrases: Mapping[tuple[str, ...], str], before: int = -1
) -> tuple[str, int]:
    """The class of the longest phrase of `phrases` at token n and how many tokens it takes
    (0 for none); a phrase never runs over token `before` (the figure)."""
    for size in range(max(map(len, phrases), default=0), 1, -1):
        if n < before < n + size:
            continue
        words = tuple(t.low for t in toks[n : n + size])
        if words in phrases:
            return phrases[words], size
    return "", 0


_UNIT_PHRASES = _W.phrase_classes("units.phrases_after")  # ("on", "the", "richter", "scale")
_MEASURED_EVENTS = _W.classes("units.measured_events")  # "earthquake" → "magnitude"


def _unit_after(toks: list[Token], n: int) -> tuple[str, int] | None:
    """The unit a phrase right after a bare number names, and how many tokens it takes."""
    unit, size = _phrase_at(toks, n, _UNIT_PHRASES)
    return (unit, size) if size else None


def _phrase_act(toks: list[Token], n: int) -> tuple[str, str] | None:
    """The act a phrase at token n names, and its words: 'laid off', 'reduced to ash'."""
    act, size = _phrase_at(toks, n, PHRASE_ACTS)
    return (act, " ".join(t.text for t in toks[n : n + size])) if size else None


_QUALIFIERS = _W.classes("counted.qualifiers")  # "further" → "other"

_NOUN_ACTS = _W.words("counted.noun_acts")
# bodies that govern, advise or represent, not the bodies of the dead: "15 regulatory bodies"
_BODIES = _W.words("counted.bodies")
_BODIES_THAT_GOVERN = _W.words("counted.bodies_that_govern")
_WISH = _W.words("counted.wish")
_RELIED = _W.words("counted.relied_on")
_CAPITAL_NATIONS = _W.words("counted.nations_in_capitals")
_PEOPLE_PRONOUNS = _W.words("counted.people_pronouns")
_PEOPLED_PLACES = _W.words("counted.peopled_places")
_INHABITANTS_BEFORE = tuple(tuple(p.split()) for p in _W.sequence("counted.inhabitants_before"))
_INHABITANT_NOUNS = _W.words("counted.inhabitant_nouns")
_ALWAYS_INHABITANTS = _W.words("counted.always_inhabitants")
_LEAVING = _W.words("counted.leaving")
_LEFT_NOT_GONE = _W.words("counted.left_not_gone")
_PARTS_OF = _W.words("counted.parts_of") | {p[-1] for p in PERCENT_WORDS} | {"%"}
_POSSESSIVES = _W.words("counted.possessives")
_WHOLE_THEN = _W.words("counted.whole_then")
_COMPELLED = _W.words("counted.compelled")
_FIRST_SAID = _W.words("counted.first_said")
_PARTICIPLES = _W.words("counted.participles")
_PLACE_ENDINGS = _W.words("counted.place_endings")
_DRIVEN_FROM = _W.words("counted.driven_from")
_BEFORE_A_DATE = _W.words("counted.before_a_date")
_NEGATION_ENDINGS = tuple(_W.words("parser.negation_endings"))


@dataclass(frozen=True)
class Counted:
    unit: str  # as written: "US citizens", "people", "%", "USD", "flights"
    population: str  # key: "americans", "people", "police officers", "revenue"
    act: str  # key: "departed", "remaining", "killed", "present", ""
    act_word: str  # as written: "evacuated", "remain"
    kind: str  # count, money, percent, measure, duration
    np_last: int  # last token index of the counted noun phrase (or of the number)
    explicit: bool  # population read from the words right after the number


def describe(e: NumberExpr, toks: list[Token]) -> Counted:
    """The counted noun, population, act and kind of the figure `e` in a sentence's tokens."""
    kind, unit, population, np_last, explicit = _noun_phrase(e, toks)
    if e.currency:
        kind, unit = "money", e.currency
        measure = _measure_near(toks, e, skip=_NOT_MONEY)  # "cost the economy 45 million euros"
        if _per_share(toks, e.last + 1) or (
            measure in ("deal value", "price") and e.currency.endswith(("pence", "cents"))
        ):
            measure = "offer per share" if measure == "deal value" or _offer(toks) else "price"
        elif not measure and _per_unit(toks, e.last + 1):
            measure = "price"  # "quoted at $268 a tonne", "281 dollars per tonne"
        population = _bar(toks, e) or _owned(measure or "money", toks, e)
    elif e.percent:
        kind, unit = "percent", e.percent
        measure = _measure_near(toks, e)
        held = low_at(toks, e.first - 1)
        if (held in _HOLDING and _of_shares(held, toks, e.last + 1)) or (
            low_at(toks, e.last + 1) == "of"
            and "stake" in {t.low for t in toks[e.last : e.last + 6]}
        ):
            measure = "stake"  # "shareholders holding 27% of Merrow's shares", not "held 68%"
        elif not measure and low_at(toks, e.last + 1) in _SHARE_OF:
            # the counted noun without its qualifier ("of the 300 homes" is no part of shares)
            whole = QuantityKey.read(population).measure or _noun_after(toks, e.last + 2)
            measure = f"share of {whole}" if whole else ""  # "81.5% of kindergartners"
        population = _bar(toks, e) or _owned(measure or SHARE, toks, e)
    if kind == "count" and not explicit and low_at(toks, e.first - 1) == "by":
        changed = _changed_by(toks, e.first - 1)  # "reducing headcount by 500"
        if changed is not None:
            return Counted("", changed[0], changed[1], changed[2], kind, np_last, False)
    head = low_at(toks, np_last) if explicit else ""
    if kind == "count" and population == CAPACITY:
        return Counted(unit, population, "present", "", kind, np_last, explicit)  # never "came"
    if kind == "count" and _kin_of(toks, e.first):
        return Counted(unit, population, "", "", kind, np_last, explicit)  # the parent's act
    if kind == "count" and head in ACT_OF and head in _NOUN_ACTS:
        act, act_word = ACT_OF[head], toks[np_last].text  # "two deaths", "25 arrests"
    else:
        act, act_word = _act(e, toks, np_last)
    if kind in ("money", "percent") and act in _COUNT_ONLY_ACTS:
        act, act_word = "", ""  # "Varga reached 58.2 percent", "donations reached £1.2m"
    if kind == "count" and explicit:
        for n in range(e.last + 1, np_last):
            if _state_before_noun(toks, n):
                state = _state_act(toks, n)  # "seven sick persons"
                act, act_word = state if state[0] else (act, act_word)
                break
    if kind == "count" and act in ("", "present") and _inhabitants(e, toks, np_last, explicit):
        population = INHABITANTS
    return Counted(unit, population, act, act_word, kind, np_last, explicit)


def _inhabitants(e: NumberExpr, toks: list[Token], np_last: int, explicit: bool) -> bool:
    """Whether a count, of which nothing is told to have happened, is of the people who live in
    a place: "a city of 410,000", "home to 58,000 people", "Port Sorel's 410,000 residents",
    "38,000 inhabitants" (`counted.inhabitants_before`)."""
    head = low_at(toks, np_last) if explicit and np_last > e.last else ""
    if head in _ALWAYS_INHABITANTS:
        return True
    if head and head not in _INHABITANT_NOUNS:
        return False  # "Kestrel's 52,000 staff", "Harwick's 236,540 registered voters"
    if _place_of_people(toks, e.first) or _said_before(toks, e.first, _INHABITANTS_BEFORE):
        return True
    owner = toks[e.first - 1] if e.first > 0 else None
    if not head or owner is None or owner.kind != "word" or not possessive(owner.low):
        return False  # "overtaken by Alcora's 46.8": a bare number after an owner is anything
    return owner.text[:1].isupper() or owner.low[:-2] in _PEOPLED_PLACES  # "the city's 640,000"


def possessive(word: str) -> bool:
    """Whether a word (in small letters) owns what follows it ("sorel's", "the city’s"), not
    "that's" or "it's" (`nonfigures.is_contractions`)."""
    return word.endswith(("'s", "’s")) and word not in _CONTRACTIONS


_CONTRACTIONS = frozenset(
    form
    for word in _W.words("nonfigures.is_contractions")
    for form in (word, word.replace("'", "’"))
)


def _changed_by(toks: list[Token], by: int) -> tuple[str, str, str] | None:
    """(population, act, act word) of 'VERB NOUN by N': 'cut its workforce by 500'."""
    for n in range(by - 1, max(-1, by - 4), -1):
        word = toks[n].low
        if word in POPULATIONS:
            for m in range(n - 1, max(-1, n - 4), -1):
                if toks[m].low in ACT_OF and ACT_OF[toks[m].low] != "present":
                    return POPULATIONS[word], ACT_OF[toks[m].low], toks[m].text
            return None
    return None


def _capacity(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a figure is what a place can hold: "a 62,500-capacity stadium", "a capacity of
    62,500", "the stadium holds 62,500 (spectators)"."""
    k = e.last + 1
    if low_at(toks, k + 1) in _CAPACITY_COMPOUNDS:
        return _glued_compound(toks, k)
    if not _said_before(toks, e.first, _CAPACITY_BEFORE):
        return False
    after = toks[k] if k < len(toks) else None
    return after is None or after.kind != "word" or after.low in _CAPACITY_OF


def _said_before(toks: list[Token], first: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the phrases (words in small letters) ends right before token `first`."""
    return any(
        first >= len(p) and tuple(t.low for t in toks[first - len(p) : first]) == p for p in phrases
    )


def _object_of(toks: list[Token], n: int) -> bool:
    """Whether the act noun at `n` is the object of another verb right before it, after an
    article ("had never seen a protest", "watched the march"), not what befell the figure."""
    verb = low_at(toks, n - 2)
    return (
        low_at(toks, n - 1) in ARTICLES
        and verb.endswith(("ed", "en", "ing"))
        and verb not in ACT_OF
        and verb not in _AUX
        and verb not in _STOP  # "when the march began" is no verb taking the march
        and verb not in WORD_NUMBERS  # "seven", "eleven"
    )


def _glued_compound(toks: list[Token], k: int) -> bool:
    """Whether a hyphen at `k` glues the word after it on: "a 20,000-person crowd", "a
    62,500-capacity stadium"."""
    return (
        low_at(toks, k) in ("-", "–")
        and k + 1 < len(toks)
        and toks[k].end == toks[k + 1].start == toks[k].start + 1
    )


def _verb_after_plural(before: Token, word: str, after: str = "") -> bool:
    """Whether `word`, after `before`, a plural noun of people or things counted ("houses",
    "teachers") that counts more than one, begins what they do rather than going on with the
    noun: a noun after a number of several ends plural, so a singular word after a plural one
    is its verb ("houses stand", "families wait", "workers return", "people work"), not its
    head ("sports fans"). Names are left alone ("12 Los Angeles County homes", "40 United
    Nations staff"); a headline in capitals has none to leave ("200 JOBS GO"). A word followed
    by another plural noun goes on with the noun ("200 WORKERS PARTY MEMBERS"), and so does one
    after a possessive ("40 nurses' union reps")."""
    low = before.low
    if before.text.endswith(("'", "’")) or _a_plural(after):
        return False
    plural = (low.endswith("s") and noun_lemma(low) != low) or low in _PLURAL_COLLECTIVES
    return (
        word.isalpha()
        and (before.text[:1].islower() or before.text.isupper())  # "71 SHIPS QUEUE", no name
        and plural
        and noun_lemma(word) == word
        and word not in POPULATIONS
        and (low in POPULATIONS or noun_lemma(low) in _population_lemmas())
    )


def _sea_miles(toks: list[Token], at: int, hyphened: bool = False) -> str:
    """'nautical miles' when the words at `at` are "nautical miles" ("nautical-mile"), else ''."""
    mile = at + 2 if hyphened else at + 1
    if low_at(toks, at) not in SEA_MILES or MEASURE_UNITS.get(low_at(toks, mile)) != "miles":
        return ""
    if hyphened and low_at(toks, at + 1) not in ("-", "–"):
        return ""
    return f"{low_at(toks, at)} miles"


_DETERMINING = ARTICLES | _DETERMINERS | _POSSESSIVES  # "a 30 day pass", "its 100 day plan"


def _time_names_a_noun(toks: list[Token], e: NumberExpr, words: list[int]) -> bool:
    """Whether a singular time word after a number opens the noun it counts (`time_in_a_noun`:
    "9,500 day tickets", "2,000 day-trippers"), not the number's unit; after a word that
    determines the number it is a span that describes ("a 30 day pass", "its 100 day plan")."""
    return (
        e.value > 1
        and time_in_a_noun(toks, words[0])
        and low_at(toks, e.first - 1) not in _DETERMINING
        and not possessive(low_at(toks, e.first - 1))
    )


def _noun_phrase(e: NumberExpr, toks: list[Token]) -> tuple[str, str, str, int, bool]:
    k = e.last + 1
    if e.multiple:  # "twice the rate", "a 40-fold increase": how many times, not how many
        return "measure", MULTIPLE_UNIT, MULTIPLE_UNIT, e.last, True
    if low_at(toks, k) in OCCASIONS and _times_as_much(e, toks, k + 1):
        return "measure", MULTIPLE_UNIT, MULTIPLE_UNIT, k, True  # "2.6 times the cost"
    if e.duration:  # "2:07:19": a time taken, its unit in its writing
        return "duration", e.duration, e.duration, e.last, True
    if e.unit_at >= 0:  # "an hour and a half": the unit is inside the expression
        word = toks[e.unit_at].low
        if word in DURATION_UNITS:
            return "duration", DURATION_UNITS[word], DURATION_UNITS[word], e.last, True
        return "measure", MEASURE_UNITS[word], MEASURE_UNITS[word], e.last, True
    if e.counted_at >= 0:  # "one adult in five", "nine calls in ten": what the share counts
        n = e.counted_at
        return "count", toks[n].text, _population(toks, [n]), e.last, True
    if low_at(toks, k) in ("-", "–") and (sea := _sea_miles(toks, k + 1, hyphened=True)):
        return "measure", sea, sea, k + 3, True  # "a 200-nautical-mile zone"
    # "20-year war", "5-mile stretch": the unit is glued to the number by a hyphen
    if (
        low_at(toks, k) in ("-", "–")
        and low_at(toks, k + 1) in DURATION_UNITS | MEASURE_UNITS.keys()
    ):
        word = low_at(toks, k + 1)
        if word in DURATION_UNITS:
            return "duration", DURATION_UNITS[word], DURATION_UNITS[word], k + 1, True
        return "measure", MEASURE_UNITS[word], MEASURE_UNITS[word], k + 1, True
    if k < len(toks) and in_seconds(toks[k].low, e.value) and toks[k - 1].end == toks[k].start:
        return "duration", DURATION_UNITS["seconds"], DURATION_UNITS["seconds"], k, True
    if k < len(toks) and toks[k].low in GLUED_ONLY and toks[k - 1].end == toks[k].start:
        return "measure", GLUED_ONLY[toks[k].low], GLUED_ONLY[toks[k].low], k, True  # "5in"
    if k < len(toks) and toks[k].low in ("c", "f") and toks[k - 1].end == toks[k].start:
        unit = "°" + toks[k].text.upper()
        return "measure", unit, unit, k, True  # "minus 11C"
    if kin := _kin_of(toks, e.first):  # "mum-of-two Jade Wilson": her children, not the name
        name = _name_after(toks, e.last + 1)  # one person's family: no count of the event's people
        family = _KIN_NAMED.format(kin=kin, name=name) if name else _KIN_UNNAMED.format(kin=kin)
        return "count", family, family, e.last, False
    if low_at(toks, e.first - 1) == "magnitude" or low_at(toks, e.first - 2) == "magnitude":
        return "measure", "magnitude", "magnitude", e.last, True  # "a magnitude 6.8 quake"
    if magnitude_glued(toks, e):
        return "measure", "magnitude", "magnitude", e.last, True  # "a M6.8 earthquake"
    if _capacity(e, toks):
        glued = low_at(toks, k) in ("-", "–")
        return "count", CAPACITY, CAPACITY, k + 1 if glued else e.last, True
    if low_at(toks, k + 1) in _PEOPLE_COMPOUNDS:
        if _glued_compound(toks, k):
            head = k + 2
            while low_at(toks, head) in ("-", "–") or low_at(toks, head) == "strong":
                head += 1
            return "count", "people", "people", k + 1, True  # "a 20,000-person crowd"
    if (
        _glued_compound(toks, k)
        and toks[k + 1].kind == "word"
        and toks[k + 1].text.isalpha()
        and toks[k + 1].low not in _GLUED_NOT_COUNTED
        and low_at(toks, k + 2).isalpha()
    ):
        return "count", toks[k + 1].text, _population(toks, [k + 1]), k + 1, True  # "24-storey"
    if low_at(toks, k) in _NUMBER_NOUNS and not (
        low_at(toks, k) == "number" and low_at(toks, k + 1) == "of"
    ):
        return "count", "", "", e.last, False  # "a 50,000 estimate": what it counts is elsewhere
    part = False
    if low_at(toks, k) in ("of",) and (e.vague or e.written_in_words or e.has_digits):
        k += 1  # "thousands of people", "1,500 of them", "200 of the passengers"
        while low_at(toks, k) in _PART_OF:
            part = part or not e.vague  # "36 of the cases": a part, not the whole
            k += 1
        if low_at(toks, k) in _PEOPLE_PRONOUNS and not _noun_goes_on(toks, k + 1):
            return "count", "people", "people", k, True  # "8.4 MILLION of us": a place's people
    if low_at(toks, k) in ("”", '"', "’") and k + 1 < len(toks) and toks[k + 1].kind == "word":
        k += 1  # 'would cut "up to 900" jobs'
    qualifier = "other" if low_at(toks, e.first - 1) in _ANOTHER else ""
    if low_at(toks, k) in _QUALIFIERS and not part and not toks[k].text.istitle():
        qualifier = _QUALIFIERS[low_at(toks, k)]  # "50 to 100 more cases", "dozens more"
        k += 1
    if names_end := names_then_plural(toks, k):
        k = names_end  # "36 East and Gulf Coast ports", "900 New York Police Department officers"
    words: list[int] = []
    noun_at = k  # where the counted noun begins, past a hyphenated modifier
    while k < len(toks) and len(words) < 4:
        tok = toks[k]
        if tok.low in _BODIES_THAT_GOVERN and low_at(toks, k + 1) in _BODIES:
            words += [k, k + 1]  # "15 regulatory bodies", "nine sporting bodies": no dead
            k += 2
            break
        if tok.kind == "sym" and tok.text in ("°",) and not words:
            words.append(k)
            k += 1
            continue
        if tok.kind == "sym" and tok.text in ("'", "’") and words and k + 1 < len(toks):
            if toks[k - 1].end == tok.start and toks[k + 1].kind == "word":
                k += 1  # "40 tenants' associations": the head is what follows
                continue
        if tok.kind == "sym" and tok.text in ("-", "&") and words and k + 1 < len(toks):
            if toks[k - 1].end == tok.start and tok.end == toks[k + 1].start:
                if toks[k + 1].low in _PLACE_ENDINGS:
                    words.pop()  # "290,000 province-wide": where, not what
                    break
                k += 1
                if toks[k].kind == "word":  # "14 pop-up clinics", "LP&L customers": one word
                    words.append(k)
                    k += 1
                continue
        if not words and _modifier_part(toks, k) and low_at(toks, k + 3).isalpha():
            words.append(k)  # "four sold-out evenings", "40 one-off shows": a modifier
            noun_at = k + 3
            k += 1
            continue
        if tok.kind != "word" or tok.low in _STOP or tok.low in MONTHS:
            break
        if tok.low.endswith(_NEGATION_ENDINGS):
            break  # "Twenty million won't be enough": a verb denied, no counted noun
        if tok.low in VERBS and not (k == noun_at and _plural_noun(toks, e, k)):
            break
        if tok.low in WORD_NUMBERS:
            break  # "up from 58.2 four years ago": another number begins, not a counted noun
        if tok.low in _FIRST_SAID and low_at(toks, k + 1).endswith("ed"):
            break  # "the 184,000 first reported": when it was said, not what it counts
        if not words and _state_before_noun(toks, k):
            k += 1  # "seven sick persons": what the persons are, then what they are
            continue
        if (
            tok.low in ACT_OF
            and tok.low not in POPULATIONS
            and tok.low not in _NOUN_ACTS
            and not (k == noun_at and _plural_noun(toks, e, k) and _a_plural(tok.low))
        ):
            break  # "104 of whom remain", "dozens dead"; not "in four shelters", "40 rallies"
        if _phrase_act(toks, k):
            break  # "ELEVEN PULLED ALIVE": an act of several words begins
        if (
            words
            and (tok.low.endswith(("ing", "ed")) or tok.low in ACT_OF)
            and (tok.low not in POPULATIONS)
        ):
            break  # "100 passengers including", "four continents participated", "citizens left"
        if (
            words
            and (e.value > 1 or e.fraction)
            and _verb_after_plural(toks[words[-1]], tok.low, low_at(toks, k + 1))
        ):
            break  # "4,300 houses stand under water", "1,356,760 citizens cast their vote"
        words.append(k)
        k += 1
    words += _shared_head(toks, words, k)
    whole_named = False  # the span stays the figure's own: the whole is a figure of its own
    if low_at(toks, e.last + 1) == "of" and words and toks[words[-1]].low.endswith(("'s", "’s")):
        if whole := _whole_after(toks, k):  # "412,500 of TVP&L's 2.3 million customers"
            words, whole_named = whole, True  # what the whole counts: "412,500 customers"
    while (
        words
        and (
            toks[words[-1]].low.endswith(("ing", "ed", "ly"))
            or toks[words[-1]].low in _PARTICIPLES
            or (never_a_noun(toks[words[-1]].low) and _noun_before(toks, words))
            or (len(words) == 1 and _no_noun_alone(toks[words[0]].low, e))
        )
        and (toks[words[-1]].low not in POPULATIONS)
    ):
        words.pop()  # "6,000 remaining", "40 suppliers depend", "36 times higher": no noun ends it
    if words and (measure := _measure_of_event(e, toks[words[0]].low)):
        return "measure", measure, measure, e.last, False  # "a 6.8 earthquake": its magnitude
    if not words and low_at(toks, e.first - 1) == "of" and low_at(toks, e.first - 2) in POPULATIONS:
        noun = e.first - 2  # "a peak audience of 11.2 million", "a workforce of 3,200"
        return "count", toks[noun].text, _population(toks, [noun]), e.last, False
    if not words and _place_of_people(toks, e.first):
        return "count", "", "people", e.last, False  # "a town of 9,800": its people
    if not words and (unit := _unit_after(toks, e.last + 1)):
        return "measure", unit[0], unit[0], e.last + unit[1], True  # "6.4 on the Richter scale"
    if not words:
        elided = QuantityKey("", _qualifier(part, qualifier)).stored()
        return "count", "", elided, e.last, False  # the noun is elided; its qualifier stays
    first = toks[words[0]].low
    if first in DURATION_UNITS and not _time_names_a_noun(toks, e, words):
        return "duration", DURATION_UNITS[first], DURATION_UNITS[first], words[0], True
    if len(words) > 1 and words[1] == words[0] + 1 and (sea := _sea_miles(toks, words[0])):
        return "measure", sea, sea, words[1], True  # "3,500 nautical miles"
    if first in WEIGHT_POUNDS and weighed(toks, e.first):
        return "measure", _POUNDS, _POUNDS, words[0], True  # "the bear weighed 600 pounds"
    # a letter that opens a hyphened word is no unit: "10,000 T-shirts", "a 4G-enabled phone"
    lettered = len(first) == 1 and low_at(toks, words[0] + 1) in ("-", "–")
    if (first in MEASURE_UNITS and not lettered) or toks[words[0]].text == "°":
        unit = MEASURE_UNITS.get(first, "degrees")
        power = unit in UNIT_POWERS  # "square miles", "cubic metres"
        last = words[-1] if power else words[0]
        if power and len(words) > 1:
            unit = f"{unit} " + MEASURE_UNITS.get(toks[words[1]].low, toks[words[1]].low)
        hyphened = f"{first}-{low_at(toks, last + 2)}"  # "acre-feet": one unit, not acres
        if not power and low_at(toks, last + 1) == "-" and hyphened in MEASURE_UNITS:
            unit, last = MEASURE_UNITS[hyphened], last + 2
        if unit == "degrees" and low_at(toks, last + 1) in TEMPERATURE_SCALES:
            last += 1
            unit = TEMPERATURE_SCALES[toks[last].low]  # "104 degrees Fahrenheit", "112°F"
        if unit == "litres":  # rain: a litre on a square metre is a millimetre
            of = 2 if low_at(toks, last + 1) == "of" else 0  # "380 litres of rain per square metre"
            if _per_square_metre(toks, last + 1 + of):
                return "measure", "mm", "mm", last + 3 + of, True
        return "measure", unit, unit, last, True
    text = _as_written(toks[words[0] : words[-1] + 1])
    population = _population(toks, words)
    qualifier = qualifier or next(
        (
            _QUALIFIERS[toks[i].low]
            for i in words
            if toks[i].low in _QUALIFIERS and not toks[i].text.istitle()  # not "New York"
        ),
        "",
    )
    if part:
        text = f"of the {text}"
    population = QuantityKey(population, _qualifier(part, qualifier)).stored()
    return "count", text, population, e.last if whole_named else words[-1], True


def _times_as_much(e: NumberExpr, toks: list[Token], after: int) -> bool:
    """Whether "N times" says how many times as much ("2.6 times the cost", "five times worse",
    "three times its size", "nine times earnings", "covered ten times"), not how often ("raised
    rates ten times", "flown 31 times before", "cut three times this year"): a number with
    decimals, a verb of covering before the number or right after "times", or a word of
    comparison after "times" that opens no period."""
    word = low_at(toks, after)
    covered = range(e.first - 4, e.first)
    if (
        e.value % 1
        or word in _TIMES_COVERED
        or any(low_at(toks, n) in _TIMES_COVERED for n in covered)
    ):
        return True
    if word in _TIMES_AS_MUCH:
        return low_at(toks, after + 1) not in _TIMES_THEN  # "three times this year": when
    return comparative(word) and word not in _TIMES_WHEN


_TIMES_AS_MUCH = _W.words("counted.times_as_much")
_TIMES_THEN = _W.words("counted.times_then")
_TIMES_WHEN = _W.words("counted.times_when")
_TIMES_COVERED = _W.words("counted.times_covered")


def names_then_plural(toks: list[Token], k: int) -> int:
    """Where the names end when two capitalised words or more from `k` (a place, an
    organisation: "North Atlantic", "East and Gulf Coast") come before a plural noun within two
    lower-case words, which a number before them counts; 0 otherwise. One capitalised word may
    be a model ("the 787 Dreamliner jets"), and so is a name that opens with a model's word ("the
    737 Max Alaska Airlines jets")."""
    j, names = k, 0
    while j < len(toks) and j - k < _LONGEST_NAME and toks[j].kind == "word":
        if toks[j].text[:1].isupper():
            names += 1
        elif toks[j].low not in _NAME_JOINS or names == 0:
            break
        j += 1
    if names < 2 or low_at(toks, k) in _MODEL_WORDS:
        return 0
    for word in toks[j : j + 2]:
        if word.kind != "word" or not word.text.islower():
            return 0
        if word.low.endswith("s") and noun_lemma(word.low) != word.low:
            return j
    return 0


_NAME_JOINS = _W.words("nonfigures.name_joins")
_MODEL_WORDS = _W.words("nonfigures.model_words")
_LONGEST_NAME = 5


def _noun_goes_on(toks: list[Token], k: int) -> bool:
    """Whether a word at k may go on a noun phrase ("of US adults", "of US troops"), not end it
    ("of us were hurt", "of us on every street", "OF US!")."""
    if k < len(toks) and toks[k].text in ("-", "–") and toks[k - 1].end == toks[k].start:
        return True  # "of US-made missiles"
    if k >= len(toks) or toks[k].kind != "word":
        return False
    low = toks[k].low
    return not (low in _STOP or low in _AUX or low in VERBS or low in _CLAUSE_JOINERS)


def _noun_before(toks: list[Token], words: list[int]) -> bool:
    """Whether a word before the last of a counted noun's words may be its noun: the dictionary
    lacks many nouns ("one jab", "40 centigrade", "2.5 bar"), so a lone word stays."""
    return any(not never_a_noun(toks[n].low) for n in words[:-1])


def _no_noun_alone(word: str, e: NumberExpr) -> bool:
    """Whether a word alone after a number is no noun of it: an adverb ("65 instead"), an
    adjective compared ("177,700 lower") or, after a whole number of several, a verb the
    dictionary knows only as a verb ("136,800 sat the exam", "about 700 sit"); the dictionary
    lacks many nouns ("one jab", "2.5 bar"), and an adjective ("25,000 online", "3,000
    vulnerable") stands for its noun."""
    if not never_a_noun(word) or word in MEASURE_UNITS or word in TEMPERATURE_SCALES:
        return False
    alone = only_as(word)
    several = e.value > 1 and e.value == int(e.value)
    return alone == "ADV" or comparative(word) or (several and alone == "VERB")


def magnitude_glued(toks: list[Token], e: NumberExpr) -> bool:
    """Whether the number is a magnitude after its scale's letter: "a M6.8 shallow earthquake",
    "the main shock (Mw 7.8)" (with decimals, as magnitudes are written, in a sentence about a
    quake: "M25" is a road, "M6.2" may be a camera)."""
    k = e.first - 1
    return (
        k >= 0
        and toks[k].text in _MAGNITUDE_LETTERS
        and (toks[k].end == toks[e.first].start or toks[k].text != "M")
        and e.with_decimals
        and not e.currency
        and any(_MEASURED_EVENTS.get(t.low) == "magnitude" for t in toks)
    )


_MAGNITUDE_LETTERS = ("M", "Mw", "ML", "Ms", "Mb")  # the scales' letters: moment, local, …


def _kin_of(toks: list[Token], first: int) -> str:
    """What a number after "mum-of-" or "grandad-of-" counts: 'children', 'grandchildren'; also
    after "mum of" written apart, when a name, a verb or the clause's end follows ("mum of two
    Jade Wilson", "the father of two said", "a mother of three, she fled"; not "the mother of
    three victims")."""
    glued = first >= 4 and all(
        toks[n - 1].end == toks[n].start for n in range(first - 3, first + 1)
    )  # "mum-of-two", one word
    if glued and low_at(toks, first - 2) == "of" and low_at(toks, first - 1) == "-":
        return _KIN_OF.get(low_at(toks, first - 4), "") if low_at(toks, first - 3) == "-" else ""
    if first < 2 or low_at(toks, first - 1) != "of":
        return ""
    then = toks[first + 1] if first + 1 < len(toks) else None
    ends = then is None or then.kind == "sym" or bool(_name_after(toks, first + 1))
    ends = ends or (then is not None and only_as(then.low) == "VERB")  # "the father of two said"
    return _KIN_OF.get(low_at(toks, first - 2), "") if ends else ""


_KIN_OF = _W.classes("counted.kin_of")
_KIN_NAMED, _KIN_UNNAMED = _W.text("counted.kin_named"), _W.text("counted.kin_unnamed")
_NAME_WORDS = 3  # words of a person's name: "Jade Wilson", "Mary Ann Hale"
_INITIALS = 2  # letters of a name's initials in capitals: "JJ Smith"
_NOT_INITIALS = _W.words("counted.not_initials")


def _name_after(toks: list[Token], k: int) -> str:
    """The name from token k ("Jade Wilson, 31", "Jade Wilson's"), or '': words in title case
    only (in capitals a name cannot be told from the headline's verbs: "MUM-OF-TWO KILLED")."""
    words = []
    for n, tok in enumerate(toks[k : k + _NAME_WORDS], start=k):
        initials = (
            not words
            and len(tok.text) <= _INITIALS
            and _name_part(tok)
            and tok.low not in NATION_OF
            and tok.low not in _NOT_INITIALS
        )
        if initials and tok.text.isupper() and n + 1 < len(toks):
            nxt = toks[n + 1]  # "Dad-of-two JJ Smith": initials open a name in title case
            initials = _name_part(nxt) and not nxt.text.isupper()
        if not _name_part(tok) or (tok.text.isupper() and not initials):
            break
        words.append(re.sub(r"['’]s$", "", tok.text))
        if words[-1] != tok.text:
            break  # "Jade Wilson's sons": the name ends with its possessive
    return " ".join(words)


def _whole_after(toks: list[Token], k: int) -> list[int]:
    """The noun after a whole's number ("of TVP&L's 2.3 million customers"), from token k."""
    if k >= len(toks) or not (toks[k].kind == "num" or toks[k].low in WORD_NUMBERS):
        return []
    while k < len(toks) and (
        toks[k].kind == "num" or toks[k].low in WORD_NUMBERS or toks[k].low in SCALE_WORDS
    ):
        k += 1
    words: list[int] = []
    while k < len(toks) and toks[k].kind == "word" and toks[k].low not in _STOP and len(words) < 3:
        if words and _verb_after_plural(toks[words[-1]], toks[k].low, low_at(toks, k + 1)):
            break  # "of Harwick's 236,540 registered voters cast a ballot"
        words.append(k)
        k += 1
    return words


def _as_written(toks: list[Token]) -> str:
    """Tokens as the text spaces them: 'pop-up clinics', 'LP&L customers'."""
    out = toks[0].text
    for before, tok in zip(toks, toks[1:], strict=False):
        out += ("" if before.end == tok.start else " ") + tok.text
    return out


def _shared_head(toks: list[Token], words: list[int], k: int) -> list[int]:
    """'3,800 line and tree workers': words that are no population before 'and' share the noun
    after it, which is what the number counts (the tokens to add to the phrase, from k).
    '300 homes and businesses' counts homes: its first noun is a population of its own."""
    if not words or len(words) > 2 or low_at(toks, k) != "and" or _counts_itself(toks[words[-1]]):
        return []
    more = []
    for n in range(k + 1, min(k + 3, len(toks))):
        if toks[n].kind != "word" or toks[n].low in _STOP or toks[n].low in ACT_OF:
            break
        more.append(n)
        if _counts_itself(toks[n]):
            return [k, *more]
    return []


def _measure_of_event(e: NumberExpr, noun: str) -> str:
    """The measure a small number written with decimals gives of the event named right after it
    ("a 6.8 earthquake", "a 5,6 aftershock"), or '': no event counts in tenths."""
    return _MEASURED_EVENTS.get(noun, "") if e.with_decimals and e.value < _SMALL_MEASURE else ""


_SMALL_MEASURE = 10  # "1.250 earthquakes" in translated copy are counted: its dot parts thousands


def _counts_itself(tok: Token) -> bool:
    return tok.low in POPULATIONS or noun_lemma(tok.low) in _population_lemmas()


def _per_square_metre(toks: list[Token], k: int) -> bool:
    """'per square metre' ('a square metre', 'each square metre') from token k."""
    if low_at(toks, k) not in ("per", "a", "each"):
        return False
    if low_at(toks, k + 1) == "square":
        return MEASURE_UNITS.get(low_at(toks, k + 2)) == "m"
    return False


def _qualifier(part: bool, qualifier: str) -> Qualifier:
    """'of the 600 passengers' is a part (of them, another or not); 'three other counties'."""
    return Qualifier.PART if part else Qualifier(qualifier) if qualifier else Qualifier.NONE


def _population(toks: list[Token], words: list[int]) -> str:
    lows = [toks[i].low for i in words]
    head = lows[-1]
    if len(lows) >= 2 and f"{lows[-2]} {head}" in POPULATIONS:
        return POPULATIONS[f"{lows[-2]} {head}"]
    if head in NATION_OF and head not in PERSON_HEADS and not _pronoun(toks[words[-1]]):
        return NATION_OF[head]
    if head in PERSON_HEADS:
        for low in lows[:-1]:
            if low in NATION_OF:
                return NATION_OF[low]
        if head in _NATION_NOUNS and len(words) >= 2 and _nationality(toks, words[-2]):
            return noun_lemma(lows[-2])  # "four Dalvian citizens": Dalvians, as "four Dalvians"
        nation = _nation_later(toks, words[-1] + 1)
        if nation:
            return nation
    if head in POPULATIONS:
        return POPULATIONS[head]
    lemma = noun_lemma(head)
    if head not in _SINGULAR_WHOLES and lemma in _population_lemmas():
        return _population_lemmas()[lemma]  # "worker" as "workers", "child" as "children"
    if head in _NOUN_ACTS and len(lows) >= 2:
        return _population(toks, words[:-1])  # "job losses": jobs, lost
    return lemma


_NOT_OWNERS = _W.words("counted.not_owners")
# Act words that stand as adjectives before a counted noun: "seven sick persons".
_STATES = _W.values("counted.states")


def _owned(measure: str, toks: list[Token], e: NumberExpr) -> str:
    """'Merrow shares jumped 37%', "Castellan's revenue", 'Castellan fell 3.1%': whose measure
    it is, when the clause names its owner that way (a possessive, a name before the measure
    or before a verb of change); places and nationalities are no owners."""
    for n in range(e.first - 1, max(-1, e.first - 12), -1):
        tok = toks[n]
        if tok.kind == "sym" and tok.text in (",", ";", ":", "(", "—"):
            break
        if tok.low in _CLAUSE_JOINERS:
            break
        word = tok.text.removesuffix("’s").removesuffix("'s")
        if not _may_own(tok, word) or _measure_at(toks, n, e.first)[1] > 1:
            continue  # "Consumer prices rose 2.4%": the measure's own first word owns nothing
        after = low_at(toks, n + 1)
        possessive = tok.text != word or after in ("’s", "'s")
        if possessive or after in MEASURES or after in _SHARE_NOUNS or after in _CHANGES:
            if measure == SHARE and after in _CHANGES:
                measure = SHARE_PRICE  # "Castellan fell 3.1%": its shares did
            first = n
            while first > 0 and _name_part(toks[first - 1]):
                first -= 1  # "the Green Party's share": the whole name
            name = " ".join([t.text for t in toks[first:n]] + [word])
            return replace(QuantityKey.read(measure), owner=name).stored()
    return measure


def _of_shares(held: str, toks: list[Token], k: int) -> bool:
    """Whether a verb of holding before a percentage (which ends before k) makes it a stake:
    buying, selling, owning or controlling do; 'held' does in a sentence about shares or of a
    name ("holds 12% of Merrow"), not of a reservoir's capacity ("held 68 percent")."""
    if held not in _HELD or any(t.low in _OF_SHARES for t in toks):
        return True
    return low_at(toks, k) == "of" and k + 1 < len(toks) and _may_own(toks[k + 1], toks[k + 1].text)


def _name_part(tok: Token) -> bool:
    """A capitalised word that continues a name backwards ('Green' of 'Green Party')."""
    return (
        tok.kind == "word"
        and tok.text[:1].isupper()
        and tok.low not in _NOT_OWNERS
        and tok.low not in _STOP
        and tok.low not in MONTHS
    )


_HOLDING = _W.words("counted.holding")
_OF_SHARES = _W.words("counted.of_shares")
_HELD = _W.words("counted.held")
_CHANGES = _W.words("counted.changes")
_PLACES = _W.words("counted.places")


def _may_own(tok: Token, word: str) -> bool:
    low = word.lower()
    return (
        tok.kind == "word"
        and word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and low not in _NOT_OWNERS
        and low not in MONTHS
        and low not in NATION_OF
        and low not in _PLACES
        and low not in MEASURES
        and low not in POPULATIONS
        and low not in ACT_OF
        and low not in _STOP
    )


def _noun_after(toks: list[Token], k: int) -> str:
    """The counted noun a few words on: 'about 82% among kindergartners' → kindergartner."""
    while low_at(toks, k) in _DETERMINERS:
        k += 1
    words = []
    while k < len(toks) and toks[k].kind == "word" and toks[k].low not in _STOP and len(words) < 3:
        words.append(k)
        k += 1
    return _population(toks, words) if words else ""


def _per_share(toks: list[Token], k: int) -> bool:
    """'680 pence in cash for each Merrow share', '$2.87 per share', '680p-a-share'."""
    window = [t.low for t in toks[k : k + 7]]
    return "share" in window and any(w in _PER for w in window)


def _per_unit(toks: list[Token], k: int) -> bool:
    """'$268 a tonne', '281 dollars (260 euros) per tonne', '€1.70 a litre': an amount for each
    unit of a measure is a price."""
    while low_at(toks, k) == "(":  # the amount converted, in brackets
        close = next((m for m in range(k, min(k + 8, len(toks))) if toks[m].text == ")"), -1)
        if close < 0:
            return False
        k = close + 1
    if low_at(toks, k) == ")":
        k += 1  # "(260 euros) per tonne": the converted amount is the same price
    return low_at(toks, k) in _PER and low_at(toks, k + 1) in MEASURE_UNITS


def _offer(toks: list[Token]) -> bool:
    return any(t.low in _OFFER_WORDS for t in toks)


_OFFER_WORDS = _W.words("counted.offer_words")
_SINGULAR_WHOLES = _W.words("vocabulary.singular_wholes")


@cache
def _population_lemmas() -> dict[str, str]:
    """Population keys by the lemma of their nouns; the first noun listed of a lemma wins.
    Built on first use, so importing the package does not load the lemmatizer's tables."""
    out: dict[str, str] = {}
    for word, key in POPULATIONS.items():
        out.setdefault(noun_lemma(word), key)
    return out


def _pronoun(tok: Token) -> bool:
    """'us' in lower case is the pronoun, not the US: "what 1,410 casualties tell us"."""
    return tok.low in _CAPITAL_NATIONS and not tok.text.isupper()


_NATIONALITY_ENDINGS = tuple(_W.words("counted.nationality_endings"))


def _nationality(toks: list[Token], n: int) -> bool:
    """Whether the word at n, before "citizens" or "nationals", is a nationality no list holds:
    written with a capital inside a sentence in lower case, with a nationality's ending."""
    tok = toks[n]
    return (
        n > 0
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and tok.low.endswith(_NATIONALITY_ENDINGS)
        and not _title_case(toks)
    )


def _nation_later(toks: list[Token], k: int) -> str:
    """'6,000 people … who had American citizenship': the nationality named later in the clause."""
    for n in range(k, min(k + 20, len(toks) - 1)):
        if toks[n].low in NATION_OF and toks[n + 1].low in _NATION_NOUNS:
            return NATION_OF[toks[n].low]
    return ""


def _bar(toks: list[Token], e: NumberExpr) -> str:
    """A bar a figure names rather than a measure of what happened: 'the 5 percent threshold',
    'the 5-procent-threshold', 'a threshold of 5%', 'its inflation target of 2%'."""
    k = e.last + 1
    if low_at(toks, k) in ("-", "–"):
        k += 1
    if low_at(toks, k) in BARS:
        return BARS[low_at(toks, k)]
    if low_at(toks, e.first - 1) in _BAR_THEN and low_at(toks, e.first - 2) in BARS:
        if low_at(toks, e.first - 1) == "of" or not _measured_against(toks, e.first - 2):
            return BARS[low_at(toks, e.first - 2)]  # "a target of 95 percent", "the target is 95 …"
    if low_at(toks, e.first - 1) in _NEEDS or low_at(toks, e.last + 1) in _NEEDS:
        return "threshold"  # "needs more than 50 percent", "the 95 percent needed": what it takes
    if (low_at(toks, e.first - 2), low_at(toks, e.first - 1)) in _CAPPED:
        return "limit"  # "capped at €200 million"
    verb = e.first - 2 if low_at(toks, e.first - 1) == "the" else e.first - 1
    if not_passing([low_at(toks, n) for n in range(verb - 3, verb)], low_at(toks, verb)) == "rule":
        return "limit"  # "must not top 3 per cent", "mustn't exceed the £2bn agreed"
    return ""


def _measured_against(toks: list[Token], bar: int) -> bool:
    """Whether the bar at `bar` is what a figure is measured against, a few words before it:
    "Performance against the four-hour target was 74.2%", "Compliance with the limit was 92%"."""
    for n in range(bar - 1, max(-1, bar - 1 - _AGAINST_REACH), -1):
        if toks[n].text in (",", ";", ":", "."):
            return False
        if toks[n].low in _AGAINST:
            return True
    return False


def _measure_near(toks: list[Token], e: NumberExpr, skip: frozenset[str] = frozenset()) -> str:
    """The money or rate measure a figure is about: 'revenue of $2bn', 'inflation rose to 3%',
    'gross domestic product rose 0.3%'; failing a noun, a verb of growth ('Orsenia grows by
    0.3%') makes a percentage growth."""
    best, best_dist = "", 99
    for n in range(max(0, e.first - 12), min(len(toks), e.last + 6)):
        if e.first <= n <= e.last:
            continue
        if n < e.first and toks[n].low in _AFTER_ONLY:
            continue  # "inflation was contained at 2%" is inflation; "5% contained" is not
        if _counted_for(toks, n):
            continue  # "profit before tax rose to £450m" is profit
        key, size = _measure_at(toks, n, e.first)
        dist = e.first - (n + size - 1) if n < e.first else (n - e.last) + 1
        if key and key not in skip and dist < best_dist:
            best, best_dist = key, dist
    if not best and e.percent:
        near = range(max(0, e.first - 6), min(len(toks), e.last + 3))
        if any(toks[n].low in _GROWTH_VERBS for n in near):
            return "growth"
    return best


def _counted_for(toks: list[Token], n: int) -> bool:
    """Whether token n stands in what an amount is counted before or after ("before tax",
    "after interest and tax"), not in what the amount is; the phrase ends there ("after tax
    cuts" is no such phrase)."""
    for k in range(max(0, n - _ACCOUNTS_LONGEST), n):
        if toks[k].low in _ACCOUNTS_BEFORE:
            words = tuple(t.low for t in toks[k + 1 : k + 1 + _ACCOUNTS_LONGEST])
            for p in _ACCOUNTS_FOR:
                then = k + 1 + len(p)
                ends = (
                    then >= len(toks)
                    or toks[then].kind != "word"
                    or toks[then].low in _ACCOUNTS_END
                )
                if words[: len(p)] == p and n < then and ends:
                    return True
    return False


_MEASURE_PHRASES = _W.phrase_classes("vocabulary.measure_phrases")
_ACCOUNTS_BEFORE = _W.words("counted.accounts_before")
_ACCOUNTS_FOR = tuple(
    tuple(re.findall(r"\w+|[^\w\s]", phrase)) for phrase in _W.words("counted.accounts_for")
)
_ACCOUNTS_LONGEST = max(map(len, _ACCOUNTS_FOR))
_ACCOUNTS_END = _W.words("counted.accounts_end")
_NOT_MONEY = frozenset(_W.words("counted.not_money_measures"))
_GROWTH_VERBS = _W.words("counted.growth_verbs")
_AFTER_ONLY = _W.words("counted.measures_after_only")
_NEEDS = _W.words("counted.needs")
_BAR_THEN = _W.words("counted.bar_then")
_AGAINST = _W.words("counted.measured_against")
_AGAINST_REACH = 6  # words from a bar back to "against": "against the four-hour target"
_POUNDS = MEASURE_UNITS["lb"]  # pounds of weight
_CAPPED = frozenset(tuple(phrase.split()) for phrase in _W.words("counted.capped"))


def _measure_at(toks: list[Token], n: int, before: int) -> tuple[str, int]:
    """The measure named at token n, and how many tokens name it (a phrase never runs into the
    figure): 'gross domestic product', or one word."""
    measure, size = _phrase_at(toks, n, _MEASURE_PHRASES, before)
    return (measure, size) if size else (MEASURES.get(toks[n].low, ""), 1)


def _act(e: NumberExpr, toks: list[Token], np_last: int) -> tuple[str, str]:
    if _whole_of_a_part(toks, e, np_last):
        return "present", "of"  # "340 of the village's 410 homes were flooded": the whole
    after = low_at(toks, np_last + 1)
    if (
        np_last > e.last
        and after in ACT_OF
        and after.endswith("ed")
        and after not in _NOT_ACT_IN_SCAN
        and not _does_to(toks, np_last + 1)
    ):
        return _act_word(toks, np_last + 1)  # "there were 3,100 people injured"
    if np_last > e.last and after not in _NOT_ACT_IN_SCAN:
        if phrase := _phrase_act(toks, np_last + 1):
            return phrase  # "51 people admitted to hospital" (not "left behind … have escaped")
    # "there were (still) about 6,000 …": a head count, whatever verb follows
    for n in range(max(0, e.first - 10), e.first):
        if toks[n].low == "there" and low_at(toks, n + 1) in _BE:
            between = toks[n + 2 : e.first]
            named = population_mentions(between)  # "there was a number of Americans, under 200"
            acts = [ACT_OF.get(t.low) for t in between]
            if not named and not any(a not in (None, "present", "remaining") for a in acts):
                return "present", "there " + low_at(toks, n + 1)
    if low_at(toks, e.first - 1) == "of" and low_at(toks, e.first - 2) == "out":
        return "present", "out of"  # "4,500 out of an estimated 6,000": the whole
    if np_last == e.last and _place_of_people(toks, e.first):
        return "present", toks[e.first - 2].text  # "Town of 9,800 shelters 14,000"
    after = low_at(toks, np_last + 1)
    if ACT_OF.get(after) and after not in _NOT_ACT_IN_SCAN and after not in _WISH:
        if not _does_to(toks, np_last + 1):
            return _act_word(toks, np_last + 1)  # "left hundreds stranded"
    if low_at(toks, e.first - 1) in _LEAVING:  # "leaving 28 at large": what is left, not who left
        right = _act_right(toks, np_last + 1)
        if right:
            return right[0], right[1]
        if low_at(toks, np_last + 1) == "without":
            return "", ""  # "left 200,000 homes without power": what they lack says what they are
        return "remaining", toks[e.first - 1].text
    # "forcing 6,500 people to leave": the figure is made to do what follows
    compelled = any(low_at(toks, n) in _COMPELLED for n in range(e.first - 3, e.first))
    if compelled and low_at(toks, np_last + 1) in _DRIVEN_FROM:
        return "departed", toks[np_last + 1].text  # "forcing 9,000 residents from their homes"
    right = _act_right(toks, np_last + 1, compelled)
    if right and right[2]:  # a finite verb governs the figure: "have been evacuated"
        return right[0], right[1]
    named = np_last > e.last  # the figure names what it counts
    # an act told of the figure before gives way to the figure's own words after it: "1,350
    # runners treated, with 52 taken to hospital"
    # …and an act the words right after the figure give, or a part's own verb, beats one across
    # a comma before it: "Runner dies, 46 in hospital", "213 cases, 31 of them requiring
    # hospitalization", "injured 1,340, 104 of whom remain in hospital"
    part = low_at(toks, e.last + 1) == "of" and low_at(toks, e.last + 2) in _PRONOUN_WHOLES
    part = part or (
        low_at(toks, e.first - 2) == "of" and low_at(toks, e.first - 1) in _PRONOUN_WHOLES
    )
    stops = (",",) if _phrase_act(toks, np_last + 1) or (part and right) else ()
    left = _act_left(toks, e.first - 1, limit=4, stops=stops, named=named or right is not None)
    if left:
        return left
    if right:
        return right[0], right[1]
    start = e.first - 1
    if low_at(toks, start) == "," and not low_at(toks, e.last + 1).isalpha():
        start -= 1  # "… who joined the march was higher, perhaps 40,000": an afterthought
    left = _act_left(toks, start, limit=16, stops=(",",), named=named)
    if left:
        return left
    if low_at(toks, np_last + 1) == "in" and np_last + 2 < len(toks):
        if toks[np_last + 2].text[:1].isupper() and not _month_name(toks, np_last + 2):
            return "present", "in " + toks[np_last + 2].text
    return "", ""


def _money_of_a_number(toks: list[Token], n: int) -> bool:
    """Whether a word is the money of the number before it ("10.4tn won vs 8.3tn"), no verb."""
    if toks[n].low not in CURRENCY_WORDS or n == 0:
        return False
    k = n - 1
    if toks[k].low in SCALE_WORDS or toks[k].low in SCALE_SUFFIXES:
        k -= 1  # "10.4tn won", "3 billion won"
    return k >= 0 and toks[k].kind == "num"


def _act_right(toks: list[Token], k: int, compelled: bool = False) -> tuple[str, str, bool] | None:
    """The first act word after the figure; finite=True when an auxiliary leads to it.
    `compelled`: a verb before the figure made it act ("forcing 6,500 people to leave")."""
    first: tuple[str, str, bool] | None = None
    aux_at = -1
    skip_to = -1
    for n in range(k, min(k + 16, len(toks))):
        if n < skip_to:
            continue
        tok = toks[n]
        if tok.kind == "sym" and tok.text in (";", ":", "“", "”", '"', "(", ")"):
            break
        if tok.text == "," and n == k and (close := _aside_of_parts(toks, n)):
            skip_to = close + 1  # "four citizens, two of them children, died": past the aside
            continue
        if tok.text == "," and low_at(toks, n + 1) not in _RELATIVES:
            break  # "surpassed 200 cases, … as a team arrived": another clause
        w = tok.low
        if tok.kind == "num" or w in WORD_NUMBERS or w in VAGUE_PLURALS:
            if "of" in (low_at(toks, n - 1), low_at(toks, n - 2), low_at(toks, n - 3)):
                continue  # "4,500 out of an estimated 6,000 … had been evacuated": the whole
            break  # the next figure's verb is its own
        if w in _CLAUSE_AND and any(
            toks[m].kind == "num" or toks[m].low in WORD_NUMBERS
            for m in range(n + 1, n + 5)
            if m < len(toks)
        ):
            break  # "the count stands at 38,900 and the toll at 23": the next figure's words
        if w in _AUX:
            aux_at = n
            continue
        if phrase := _phrase_act(toks, n):
            act = phrase  # "had sought treatment": a phrase before a wish
        elif w in _WISH:
            ahead = [ACT_OF.get(low_at(toks, m)) for m in range(n + 1, n + 4)]
            if "departed" not in ahead:
                continue
            act = ("remaining", tok.text)  # "want to leave": still there
        elif w in ACT_OF and w not in _NOT_ACT_IN_SCAN and not _month_name(toks, n):
            if _relied_on(toks, n) or _modifier_part(toks, n):
                continue  # "economists had counted on 0,2 procent": an expectation
            if aux_at < 0 and _does_to(toks, n):
                continue  # "around 300,000 flooded the streets": they did it, nothing befell them
            if _object_of(toks, n):
                continue  # "410,000 residents had never seen a protest": what they saw
            if low_at(toks, n - 1) == "to" and not w.endswith("ed"):
                if compelled or low_at(toks, n - 2) in _COMPELLED:
                    aux_at = n  # "have been forced to flee", "had to leave": it happened
                else:
                    continue  # "expected 150,000 people to join it": a hope, not a turnout
            act = _act_word(toks, n)  # "three people remain missing": still missing
        elif w == "left" and aux_at >= 0:
            if low_at(toks, n + 1) in _LEFT_NOT_GONE:
                continue  # "had been left out by a software fault": not counted, not gone
            act = ("departed", tok.text)
        else:
            continue
        if _negated(toks, n) and act[0] == "vaccinated":
            act = ("not vaccinated", f"not {act[1]}")  # "had not been vaccinated"
        if aux_at >= 0 and n - aux_at <= 4:
            return act[0], act[1], True
        if first is None:
            first = (act[0], act[1], False)
    return first


_ASIDE_REACH = 8  # words of an aside of parts between its commas


def _aside_of_parts(toks: list[Token], n: int) -> int:
    """Where the aside of parts that opens with the comma at n closes (its closing comma), or 0:
    ", two of them children," in "four citizens, two of them children, died"."""
    after = toks[n + 1] if n + 1 < len(toks) else None
    if after is None or not (after.kind == "num" or after.low in WORD_NUMBERS):
        return 0
    if low_at(toks, n + 2) != "of" or low_at(toks, n + 3) not in _PRONOUN_WHOLES:
        return 0
    for m in range(n + 4, min(n + 4 + _ASIDE_REACH, len(toks))):
        if toks[m].text == ",":
            return m
        if toks[m].kind == "sym":
            return 0
    return 0


def _does_to(toks: list[Token], n: int) -> bool:
    """Whether the act word at n that befalls things is a verb with an object after it ("300,000
    flooded the streets", "two fires destroyed the village"): the figure did it."""
    return ACT_OF.get(toks[n].low) in THING_ACTS and low_at(toks, n + 1) in _OBJECT_OPENS


def _state_before_noun(toks: list[Token], n: int) -> bool:
    """Whether the word at n says, before the counted noun, what happened to what it counts:
    "seven sick persons", "300 ill passengers"; a thing damaged or destroyed before any noun
    ("two damaged cargo tanks", "12 destroyed vehicles")."""
    low = toks[n].low
    if n + 1 >= len(toks) or toks[n + 1].kind != "word":
        return False
    after = toks[n + 1]
    if low in _STATES:
        return (
            after.low in POPULATIONS
            or noun_lemma(after.low) in _population_lemmas()
            or (  # "12 missing miners", "300 stranded tourists": a plural noun, whatever it is
                after.text.islower()
                and noun_lemma(after.low) != after.low
                and after.low not in VERBS
                and after.low not in _STOP
                and after.low not in DURATION_UNITS  # "3,000 sick days": days, not the sick
                and noun_lemma(after.low) not in _STATE_COMPOUNDS  # "4,000 sick notes"
            )
        )
    return (
        ACT_OF.get(low) in THING_ACTS
        and low.endswith("ed")
        and after.text.islower()
        and after.low not in _STOP
        and after.low not in VERBS
        and ACT_OF.get(after.low) is None
    )


_STATE_COMPOUNDS = _W.words("counted.state_compounds")


def _state_act(toks: list[Token], n: int) -> tuple[str, str]:
    """The act of the word `_state_before_noun` found at n; none for a thing's act said of
    people ("12 burned children": not damaged)."""
    if toks[n].low in _STATES:
        return _STATES[toks[n].low], toks[n].text
    if POPULATIONS.get(toks[n + 1].low) in PERSON_POPULATIONS:
        return "", ""
    return ACT_OF[toks[n].low], toks[n].text


def _plural_noun(toks: list[Token], e: NumberExpr, n: int) -> bool:
    """Whether a verb's -s form that begins the counted noun is the plural noun of what it
    counts ("the FOUR shows will", "40 one-off shows"), not the verb of a sample ("a poll of
    2,000 shows", "one faces a charge")."""
    return toks[n].low.endswith("s") and e.value != 1 and low_at(toks, e.first - 1) != "of"


def _a_plural(low: str) -> bool:
    """Whether the dictionary reads a word as a plural noun: 'shelters', 'rallies'."""
    return not never_a_noun(low) and noun_lemma(low) != low


def _modifier_part(toks: list[Token], n: int) -> bool:
    """Whether the word at n begins a hyphenated modifier ("the ill-fated ship", "a left-wing
    party", "a dead-end road"): a word of it is no act."""
    return (
        low_at(toks, n + 1) == "-"
        and n + 2 < len(toks)
        and toks[n + 2].kind == "word"
        and toks[n].end == toks[n + 1].start
        and toks[n + 1].end == toks[n + 2].start
    )


def _act_word(toks: list[Token], n: int) -> tuple[str, str]:
    """The act of the act word at n; a verb of remaining gives way to the act it leads to."""
    if ACT_OF[toks[n].low] == "remaining" and (then := _act_after_remain(toks, n + 1)):
        return then  # "three people remain missing", "11 remained in hospital"
    return ACT_OF[toks[n].low], toks[n].text


_SUBJECT_VERBS = _W.words("counted.subject_verbs")
_SUBJECT_PARTICLES = _W.words("counted.subject_particles")
_SUBJECT_COUNTS = _W.values("counted.subject_counts")
_SUBJECT_HOLDERS = _W.words("counted.subject_holders")
_SUBJECT_NOT = _W.words("counted.subject_not")
_SUBJECT_PREPOSITIONS = _W.words("counted.subject_prepositions")
_SUBJECT_REACH = 6  # words of a subject's phrase before its noun: "the blazing Vastreel works"


def counted_by_subject(e: NumberExpr, toks: list[Token]) -> tuple[str, str, str, str] | None:
    """(population, word, verb, act) when a bare number ends a clause whose subject says what it
    counts: "orders top 60,000", "applications have climbed to 12,500", "Valtessa's population
    passes 8.4 million" (people), "the count of dead has reached 79" (people killed); None when
    the subject holds a count but names nothing ("the count passes 2,200"), is a name ("Velora
    tops 60,000") or a phrase's noun ("the toll from the floods rose to six")."""
    k = e.first - 1
    while k >= 0 and toks[k].low in _SUBJECT_PARTICLES:
        k -= 1
    if k < 1 or toks[k].low not in _SUBJECT_VERBS:
        return None
    verb = toks[k].low
    k -= 1
    while k >= 0 and toks[k].low in _AUX:
        k -= 1
    if k < 0 or toks[k].kind != "word":
        return None
    tok = toks[k]
    held = _held_before(toks, k)  # "the number of ships waiting off Sjelvik peaked at 78"
    told_after = ""
    if held is not None:  # what happened to them, told after the noun: "people missing"
        after = low_at(toks, held + 1) if held < k else ""  # "the number of people missing"
        told_after = ACT_OF.get(after, "") if after not in _NOT_ACT_IN_SCAN else ""
        tok, k = toks[held], held
    if tok.low in _SUBJECT_COUNTS:  # "the population passes", "attendance rose to"
        counted = str(_SUBJECT_COUNTS[tok.low])
        crowd = counted == CROWD  # a crowd turned out: "attendance rose to 61,000"
        return POPULATIONS.get(counted, counted), tok.text, verb, "attended" if crowd else ""
    if tok.low in _SUBJECT_HOLDERS or _pronoun(tok):
        return None
    name = tok.text[:1].isupper() and not tok.text.isupper() and k > 0 and not _title_case(toks)
    if name or not _may_count(tok.low):
        return None
    for m in range(k - 1, max(-1, k - 1 - _SUBJECT_REACH), -1):  # a phrase's noun is no subject
        if toks[m].kind != "word":
            break
        if toks[m].low in _SUBJECT_PREPOSITIONS:
            if toks[m].low != "of" or low_at(toks, m - 1) not in _SUBJECT_HOLDERS:
                return None  # "the toll from the floods", "the backlog of containers on the quays"
            break
    act = ACT_OF.get(tok.low, "") if tok.low not in _NOT_ACT_IN_SCAN else ""
    return _population(toks, [k]), tok.text, verb, act or told_after


def _held_before(toks: list[Token], k: int) -> int | None:
    """The noun a holder of a subject holds ("the number of ships" in "the number of ships
    waiting off Sjelvik", "the backlog of containers on the quays", "the number of jobless
    claims", "the number of tourists who visited Venice"), in the clause that ends at token k,
    or None: a comma, a dash, an auxiliary of another subject or a word that joins another
    clause ends it ("the number of cases is rising and deaths have reached 40"; not "homes
    damaged and destroyed", "tourists who have visited")."""
    for m in range(k, max(1, k - _HOLDER_REACH), -1):
        low = toks[m].low
        if toks[m].kind != "word":
            return None
        if (
            low in _CLAUSE_JOINERS
            and _verb_like(toks[m - 1].low)
            and not _act_like(low_at(toks, m + 1))
        ):
            return None  # "cases rose and deaths reached 40"; not "damaged and destroyed"
        if low in _AUX and low_at(toks, _before_auxiliaries(toks, m)) not in _RELATIVES:
            return None  # "cases is rising"; not "people who have been vaccinated"
        if toks[m - 1].low == "of" and m >= 2 and toks[m - 2].low in _SUBJECT_HOLDERS:
            for n in (_head_from(toks, m, k), m):  # "women MPs": the head a noun counts
                if _may_count(toks[n].low) and toks[n].low not in _SUBJECT_HOLDERS:
                    return n
            return None
    return None


def _act_like(low: str) -> bool:
    return low.endswith("ed") or low in _PARTICIPLES


def _verb_like(low: str) -> bool:
    return low in _SUBJECT_VERBS or low in VERBS or low.endswith(("ed", "ing"))


def _before_auxiliaries(toks: list[Token], m: int) -> int:
    """The token before the auxiliaries that end at m: "who" of "who have been"."""
    while m > 0 and toks[m].low in _AUX:
        m -= 1
    return m


def _head_from(toks: list[Token], m: int, k: int) -> int:
    """The last word of the compound that opens at token m, before token k ends the clause:
    "claims" of "jobless claims", "officers" of "customs officers at the border"; a plural noun
    ends it ("votes cast", "beds available")."""
    while m < k and _compound_goes_on(toks[m + 1].low):
        m += 1
    return m


def _compound_goes_on(low: str) -> bool:
    """Whether a word goes on a compound as its plural head: "jobless claims", "serious
    injuries", "customs officers"."""
    if low in _STOP or low in _SUBJECT_PREPOSITIONS or low in _PARTICIPLES:
        return False
    return not low.endswith(("ing", "ed")) and (low in POPULATIONS or _a_plural(low))


_HOLDER_REACH = 10  # words from a holder's noun to the verb: "of ships waiting off Sjelvik"
_WITHOUT_SUPPLY = _W.words("counted.without_supply")
_SUPPLIED = _W.text("counted.supplied")
_TO_WITHOUT = 4  # words from a bare number to its "without": "610,000 were still without power"


def counted_without_supply(e: NumberExpr, toks: list[Token]) -> str:
    """Customers, for a bare number its clause leaves without a supply: "leaves more than
    400,000 without power", "610,000 were still without power"; '' otherwise."""
    for k in range(e.last + 1, min(len(toks) - 1, e.last + 1 + _TO_WITHOUT)):
        if toks[k].kind != "word":
            return ""
        if toks[k].low == "without":
            return _SUPPLIED if toks[k + 1].low in _WITHOUT_SUPPLY else ""
    return ""


_LABEL_NOT_COUNTED = _W.words("counted.label_not_counted")
_LABEL_FILLERS = _W.words("counted.label_words")


def label_act(e: NumberExpr, toks: list[Token], end: int) -> tuple[bool, str, str, str]:
    """Whether a count stands after a label that opens its line and says what it counts ("Dead:
    11", "In hospital: 22", "Jobs axed: 1,200", "Badgers killed: 210,000", a fact box's entries),
    with the act the label names, the population its noun names and the noun ('' for none). A
    label that says when, how old, how often or whose number it is ("Days missing: 12", "Police
    estimate: 40,000") or names neither act nor noun ("In Germany: 1,300") is none, and so is a
    headline's ("JAILBREAK CHAOS: 17 CAUGHT"): an entry ends its line with the figure (`end`, its
    last token)."""
    colon = _label_colon(e, toks)
    if colon is None:
        return False, "", "", ""
    for t in toks[end + 1 :]:  # "Dead: 11 (three of them children)": an aside may follow
        if t.text in ("(", "["):
            break
        if t.kind in ("word", "num"):
            return False, "", "", ""
    return label_reading(toks[:colon])


def label_reading(label: list[Token]) -> tuple[bool, str, str, str]:
    """What a label's words say a number under or after them counts (see `label_act`; a table's
    column header is read so too: "Jobs cut", "Passengers"): whether they say it at all, the act
    they name, the population their noun names and the noun as written."""
    if not label or any(t.kind != "word" or t.low in _LABEL_NOT_COUNTED for t in label):
        return False, "", "", ""
    act, noun, n = "", -1, 0
    while n < len(label):
        if not act and (found := _phrase_act(label, n)):
            act = found[0]
            n += len(found[1].split())
            continue
        low = label[n].low
        if not act and low in ACT_OF and low not in _NOT_ACT_IN_SCAN:
            act = _act_word(label, n)[0]
        elif (
            noun < 0
            and low not in _LABEL_FILLERS
            and low not in ACT_OF
            and _names_counted(n, label)
        ):
            noun = n
        n += 1
    if not act and noun < 0:
        return False, "", "", ""
    if noun < 0:
        return True, act, "", ""
    return True, act, _population(label, [noun]), label[noun].text


def _label_colon(e: NumberExpr, toks: list[Token]) -> int | None:
    """The colon of a label that opens the number's line ("Dead: 11", "Jobs axed: 1,200"), or
    None."""
    colon = e.first - 1
    return colon if 0 < colon <= LABEL_WORDS and toks[colon].text == ":" else None


def _label_of_nothing_counted(e: NumberExpr, toks: list[Token]) -> list[Token]:
    """The words of a label that opens the number's line, when they name no act and nothing
    counted ("Median age", "Hours without mains power"); none for "Deaths this year: 1,200"."""
    colon = _label_colon(e, toks)
    if colon is None:
        return []
    label = toks[:colon]
    return [] if any(t.low in ACT_OF or t.low in POPULATIONS for t in label) else label


def labelled_no_count(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a number stands after a label that opens its line and says it is no count ("Median
    age: 41.3", "Days missing: 12")."""
    return any(t.low in _LABEL_NO_COUNT for t in _label_of_nothing_counted(e, toks))


_LABEL_NO_COUNT = _W.words("counted.label_no_count")


def labelled_duration(e: NumberExpr, toks: list[Token]) -> str:
    """The unit of time a label that opens the number's line measures it in, when the label names
    no act and nothing counted ("Hours without mains power: 5.5", "Days to restore all lines: 3",
    "Minutes before the backup failed: 11"); '' for none ("Deaths this year: 1,200" counts)."""
    label = _label_of_nothing_counted(e, toks)
    return next((DURATION_UNITS[t.low] for t in label if t.low in DURATION_UNITS), "")


_AGE_NOUNS = _W.words("counted.age_nouns")
_AGE_RULES = _W.words("counted.age_rules")
_AGE_VALUE_WORDS = _W.words("counted.age_value_words")
_AGE_REACH = 8  # tokens between "age" and its value: "the pension age will rise from 62 to 64"


def a_rule_s_age(e: NumberExpr, toks: list[Token]) -> bool:
    """Whether a bare number is the value of an age a rule sets or a statistic gives, in years:
    "raise the retirement age from 62 to 64", "the median age is 45.1", "lowered the voting age
    to 16". A person's age ("aged 34", "at the age of 16") is no figure at all."""
    for k in range(e.first - 1, max(-1, e.first - 1 - _AGE_REACH), -1):
        low = toks[k].low
        if low in _AGE_NOUNS:
            return low_at(toks, k - 1) in _AGE_RULES
        if toks[k].kind != "num" and low not in _AGE_VALUE_WORDS:
            return False
    return False


def _names_counted(n: int, toks: list[Token]) -> bool:
    """A label's word that may name what is counted ("PHONE GIANT'S" names whose)."""
    low = toks[n].low
    return "'" not in low and "’" not in low and _may_count(low)


def _may_count(low: str) -> bool:
    """A word that may name what is counted: a population word, or a plural ('badgers', 'jobs',
    not 'this' or 'perhaps')."""
    return low in POPULATIONS or (low.endswith("s") and len(low) > 3 and low not in _SUBJECT_NOT)


def _act_after_remain(toks: list[Token], n: int) -> tuple[str, str] | None:
    """The act a verb of remaining leads to: 'remain missing', 'remained in hospital'."""
    found = _phrase_act(toks, n)
    if found is None and low_at(toks, n) in ACT_OF and low_at(toks, n) not in _NOT_ACT_IN_SCAN:
        found = ACT_OF[low_at(toks, n)], toks[n].text
    return found if found and found[0] not in ("remaining", "present") else None


def _whole_of_a_part(toks: list[Token], e: NumberExpr, np_last: int) -> bool:
    """'nine of the city's 48 bus lines', '76 percent of KMT's 18,500 employees', 'most of its
    3,200 staff', '12 of the 30 people aboard': the number after a part and a possessive, or
    "of the" and words that leave it standing (`counted.whole_then`), is the whole, a
    standing count, whatever happened to the part (unless its own noun tells what happened:
    'five of the storm's 23 dead')."""
    n = e.first - 1
    possessive = low_at(toks, n).endswith(("'s", "’s")) or low_at(toks, n) in _POSSESSIVES
    if not possessive and low_at(toks, n) != "the":
        return False
    n -= 1 + (possessive and low_at(toks, n - 1) == "the")
    if low_at(toks, n) != "of" or n < 1:
        return False
    part = toks[n - 1]
    if not (part.kind == "num" or part.low in WORD_NUMBERS or part.low in _PARTS_OF):
        return False
    if any(low_at(toks, k) in ACT_OF for k in range(e.last + 1, np_last + 1)):
        return False
    after = toks[np_last + 1] if np_last + 1 < len(toks) else None
    return possessive or after is None or after.kind == "sym" or after.low in _WHOLE_THEN


def _place_of_people(toks: list[Token], first: int) -> bool:
    """'a town of 9,800', 'a city of 410,000': a place and the people who live in it."""
    return low_at(toks, first - 1) == "of" and low_at(toks, first - 2) in _PEOPLED_PLACES


def _revises(toks: list[Token], n: int) -> bool:
    """'cut its estimate of job growth to', 'raised its growth forecast to': a verb that moves an
    estimate, not an act done to what the figure counts (not "cut its forecast and 2,000 jobs",
    "killed figure skater Anna Lee and 40 others")."""
    modifiers = 0
    for m in range(n + 1, n + 2 + _ESTIMATE_REACH):
        low = low_at(toks, m)
        if low in _ESTIMATES:
            return low_at(toks, m + 1) in _ESTIMATE_THEN
        if low in _DETERMINERS:
            continue
        if modifiers or m >= len(toks) or toks[m].kind != "word" or low in _STOP:
            return False
        modifiers += 1  # "its growth forecast"
    return False


_ESTIMATES = _W.words("counted.estimates")
_ESTIMATE_THEN = _W.words("counted.estimate_then")
# words from the verb to the estimate: "cut its estimate", "raised its growth forecast"
_ESTIMATE_REACH = 2


def _relied_on(toks: list[Token], n: int) -> bool:
    """'counted on', 'counting on': what someone expected, not a count made."""
    return toks[n].low in _RELIED and low_at(toks, n + 1) == "on"


def _month_name(toks: list[Token], n: int) -> bool:
    """'in March', 'March 3', not the verb 'march' ('Thousands March On Parliament'): a month's
    name with a capital, after a word that leads to a date or before a day or a year."""
    tok = toks[n]
    if tok.low not in MONTHS or not tok.text[:1].isupper():
        return False
    if low_at(toks, n - 1) in _BEFORE_A_DATE or (n + 1 < len(toks) and toks[n + 1].kind == "num"):
        return True
    if n > 0 and toks[n - 1].text.isdigit() and 1 <= int(toks[n - 1].text) <= _LAST_DAY:
        return True  # "On 6 March the Statistics Office reported …": a day's date
    if n > 0 and toks[n - 1].text not in (".", ":", "—", "-", '"', "“") and not _title_case(toks):
        return True  # "the bureau revised March to 139,000": a capital mid-sentence names a month
    # "the January-March quarter", "March to May": one end of a span of months
    return (
        low_at(toks, n - 2) in MONTHS
        and low_at(toks, n - 1) in _MONTH_SPAN
        or (low_at(toks, n + 2) in MONTHS and low_at(toks, n + 1) in _MONTH_SPAN)
    )


def _title_case(toks: list[Token]) -> bool:
    """Whether a line capitalises its words as a headline does ("Thousands March On Parliament")."""
    words = [t.text for t in toks if t.kind == "word" and len(t.text) > 3]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


_MONTH_SPAN = frozenset({"-", "–", "—", "to", "through", "/"})
_LAST_DAY = 31


def _negated(toks: list[Token], n: int) -> bool:
    return any(low_at(toks, m) in _NEGATIONS for m in range(n - 3, n))


def _act_left(
    toks: list[Token], k: int, limit: int, stops: tuple[str, ...] = (), named: bool = False
) -> tuple[str, str] | None:
    """The nearest act word before the figure, within `limit` tokens of the same clause."""
    for n in range(k, max(-1, k - limit), -1):
        tok = toks[n]
        if n == k and tok.text in ("“", '"'):
            continue  # 'would cut "up to 900" jobs': the quote holds only the figure
        if tok.kind == "sym" and tok.text in (";", ":", "“", "”", '"', ".", *stops):
            return None
        w = tok.low
        found = None
        if phrase := _phrase_act(toks, n):
            found = phrase
        elif w in ACT_OF and w not in _NOT_ACT_IN_SCAN and not _month_name(toks, n):
            found = (
                None
                if _relied_on(toks, n)
                or _modifier_part(toks, n)
                or _revises(toks, n)
                or _money_of_a_number(toks, n)
                else (ACT_OF[w], tok.text)
            )
        elif w == "left" and low_at(toks, n + 1) not in _LEFT_NOT_GONE:
            found = "departed", tok.text
        if found and n < k - 1 and w in _LEVEL_VERBS and low_at(toks, k) in _LEVELS:
            continue  # "raised the grant from €300 to €500": levels, nothing raised
        if found:
            if named and _told_of_figure_before(toks, n, k):
                continue  # "4 dead and 230,000 homes without power": the act of the figure before
            if low_at(toks, n + 1) == "by":
                continue  # "supported by six planes": the planes support, nothing is done to them
            return found
    return None


_OBJECT_OPENS = _W.words("counted.object_opens")
_LEVEL_VERBS = _W.words("counted.level_verbs")
_LEVELS = _W.words("counted.levels")
_TOLD_OF = 4  # an act this few words after another figure tells of that figure


def _told_of_figure_before(toks: list[Token], n: int, k: int) -> bool:
    """Whether the act word at n follows another figure closely (within _TOLD_OF words, with
    'and' or 'but' between it and the figure it is asked for, which ends at k)."""
    if not any(low_at(toks, m) in _CLAUSE_AND for m in range(n + 1, k + 1)):
        return False
    for m in range(n - 1, max(-1, n - 1 - _TOLD_OF), -1):
        tok = toks[m]
        if tok.kind == "sym" and tok.text in (",", ";", ":", "."):
            return False
        if (tok.kind == "num" and not a_year(tok.text)) or tok.low in WORD_NUMBERS:
            return True
    return False


_CLAUSE_AND = frozenset({"and", "but", "while", "with"})


def population_mentions(toks: list[Token]) -> list[tuple[int, str, str]]:
    """(token index, population key, word) of every person noun in a sentence, for ellipsis."""
    out = []
    headline: bool | None = None  # read once, when a noun may be a name's
    for n, tok in enumerate(toks):
        w = tok.low
        if w not in _MAY_MENTION:
            continue  # none of the tests below can hold
        if _possessive(toks, n):
            continue  # "the Prison Officers' Federation", "officers' union": whose, not who
        key = ""
        word = tok.text
        if w in NATION_OF and w.endswith("s") and len(w) > 4 and w not in PERSON_HEADS:
            key = NATION_OF[w]
        elif w in PERSON_HEADS and n > 0 and toks[n - 1].low in NATION_OF:
            key, word = NATION_OF[toks[n - 1].low], f"{toks[n - 1].text} {tok.text}"
        elif w in NATION_OF and low_at(toks, n + 1) in _NATION_NOUNS:
            key = NATION_OF[w]
        elif POPULATIONS.get(w) in PERSON_POPULATIONS and (w.endswith("s") or w == "people"):
            if _beside_capital(toks, n):
                headline = _title_case(toks) if headline is None else headline
                if not headline:
                    continue  # "the charity Families Against Addiction": a name, not who
            key = POPULATIONS[w]
        if key:
            out.append((n, key, word))
    return out


def _beside_capital(toks: list[Token], n: int) -> bool:
    """Whether a capitalised noun (not in capitals) stands beside another capitalised word, as in
    a name ("Doctors Without Borders", "the United Farmers"); a sentence's first word is no
    such neighbour."""
    tok = toks[n]
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    after = n + 1 < len(toks) and _capitalised(toks[n + 1])
    return after or (n > 1 and _capitalised(toks[n - 1]))


def _capitalised(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[:1].isupper()


def _possessive(toks: list[Token], n: int) -> bool:
    """Whether the noun at n owns what follows: "officers' union", "the nurses’ pay"."""
    return n + 1 < len(toks) and toks[n + 1].text in ("'", "’") and toks[n].end == toks[n + 1].start


_MAY_MENTION = (
    NATION_OF.keys() | PERSON_HEADS | {w for w, k in POPULATIONS.items() if k in PERSON_POPULATIONS}
)
