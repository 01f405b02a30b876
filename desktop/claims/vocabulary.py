"""What is counted and what happened to it: populations, acts and measures, with their synonyms.

News names one population many ways ("US citizens", "Americans", "U.S. nationals") and one act many
ways ("evacuated", "flown out", "airlifted"). These tables map the words to one key each, so linking
compares keys, not spellings. The words live in `words_en.toml` (section `vocabulary`); this module
names them and derives the look-ups the rules use.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from desktop.claims.words import alternation, english, noun_lemma

_W = english()


def _nation_of() -> MappingProxyType[str, str]:
    """Every form of a demonym → its plural people noun: 'us', 'american', 'americans'."""
    out: dict[str, str] = {}
    for plural, forms in _W.groups("vocabulary.nations").items():
        out[plural] = plural
        for form in forms:
            out[form] = plural
    return MappingProxyType(out)


NATION_OF = _nation_of()
PERSON_HEADS = _W.words("vocabulary.person_heads")
POPULATIONS = _W.classes("vocabulary.populations")  # head noun → population key

ACTS = _W.groups("vocabulary.acts")  # act key → its words; the first word found governs
ACT_OF = _W.classes("vocabulary.acts")
ACT_LABEL = _W.values("vocabulary.act_labels")
HUMAN_ACTS = _W.words("vocabulary.human_acts")
VERBS = _W.words("counted.verbs")  # verbs that end a counted noun: "38 people fled", "crude ran"
JOB_ACTS = _W.words("vocabulary.job_acts")
PERSON_POPULATIONS = frozenset(NATION_OF.values()) | _W.words("vocabulary.person_populations")
CROWD_POPULATIONS = _W.words("vocabulary.crowd_populations")
CROWD = "crowd"  # the key of a crowd that turned out, whoever is in it: a crowd of people
CAPACITY = "capacity"  # the key of what a place can hold, never the crowd that came
INHABITANTS = "inhabitants"  # the key of who lives in a place, never what happened to them
STANDING = frozenset({CAPACITY, INHABITANTS})  # standing counts, never counts of what happened


def counted_as(measure: str) -> str:
    """What a figure's measure is compared as: who lives in a place are people ("a town of
    9,800", "9,800 people live there"); only what happened keeps them from its people."""
    return "people" if measure == INHABITANTS else measure


THING_ACTS = _W.values("vocabulary.thing_acts")
MEASURES = _W.classes("vocabulary.measures")
BARS = _W.classes("vocabulary.bars")  # "the 5 percent threshold": a bar, not a measure

# Another giver's number with its verb left out, as the words before it end: "the owner spoke of
# 700 tonnes and the coastguard of at least 2,000", "police said 12,000; the organisers, 100,000"
_ANOTHER_GIVER = re.compile(
    rf"(?:;|\b(?i:{alternation(_W.words('extract.giver_joins'))}))\s+(?i:the)\s+"
    rf"(?P<giver>(?:[^\W\d]+\s+){{0,3}}[^\W\d]+)(?:,|\s+(?i:of))\s*$"
)
_GIVERS = frozenset(noun_lemma(w) for w in _W.words("extract.giver_nouns"))


def another_giver(between: str) -> bool:
    """Whether the words between two figures end by naming another giver of the second, its verb
    left out: "… and the coastguard of", "…; the organisers," (not "and the crew of", "; the
    youngest,", "and the neighbouring village,")."""
    found = _ANOTHER_GIVER.search(between)
    return bool(found) and any(noun_lemma(w.lower()) in _GIVERS for w in found["giver"].split())


# What stands between a part and the whole after it: "640 of the 2,300 jobs", "2,900 of its
# 24,500 staff", "41 out of 43", "three of the ship's twelve cargo tanks"
_OF_WORDS = alternation(_W.sequence("counted.of_a_whole"), r"\s+")
OF_A_WHOLE = re.compile(rf"\s+(?i:{_OF_WORDS})\s+(?P<det>[^\W\d]+\s+)?(?P<owner>[\w&.-]+['’]s\s+)?")
