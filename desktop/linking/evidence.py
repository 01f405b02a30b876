"""Evidence that two figures measure the same quantity, weighed into one probability.

Each candidate pair of figures (different articles, one kind of number, values within reach of
each other) is described by a few facts a reader would check: are the numbers the same or close,
do they count the same things (the same counted noun, or one of a class of nouns news uses for
one thing — `counted_classes.toml`), does the text say the same thing happened to them, do the
words around them agree, or does one of them belong to another year, month, window or owner. Each
fact has a weight, fitted on annotated stories by `benchmarks/fit_link_weights.py` and stored in
`link_weights.toml`; the sum goes through the logistic function. The facts that weighed most are
what a group's reason says.
"""

from __future__ import annotations

import math
import operator
import re
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from lemminflect import getLemma

from desktop.claims import split_owner
from desktop.claims.lexicon import MONTHS
from desktop.linking.blocking import dimension, window_class
from desktop.model import Claim

_MARKER = re.compile(r" \((part|other|new)\)$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NEAR_WORDS = 6  # words each side of a figure that describe it


@cache
def _classes() -> dict[str, str]:
    text = resources.files("desktop.linking").joinpath("counted_classes.toml").read_text("utf-8")
    return {w: name for name, words in tomllib.loads(text)["classes"].items() for w in words}


@cache
def _weights() -> tuple[dict[str, float], float]:
    text = resources.files("desktop.linking").joinpath("link_weights.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return dict(data["weights"]), float(data["threshold"])


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    low = word.lower().strip("'’-")
    found = getLemma(low, upos="NOUN") if low.isalpha() else ()
    return found[0] if found else low


_STOPWORDS = frozenset(
    "a an the of in on at to from for with by into out over under during since after before "
    "including like across through per within and or but nor so who which that whom whose where "
    "when have has had be been being is are was were will would could should may might can do "
    "does did said says say told this those these their its his her our it they them he she we "
    "you i not all also still now there here each according about around some more less fewer up "
    "down off away back last next ago earlier later than as while just nearly almost least most "
    "percent cent million billion thousand thousands hundred hundreds".split()
)


def _words(text: str) -> list[str]:
    return [lemma(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 1]


def head(claim: Claim) -> str:
    """The counted noun's lemma: 'agent' for "Fourteen agents", '' when nothing is counted."""
    words = _words(claim.unit) or _words(_MARKER.sub("", split_owner(claim.population)[0]))
    return words[-1] if words else ""


@dataclass(frozen=True)
class Described:
    """What the evidence reads of one figure, computed once per figure."""

    claim: Claim
    dimension: str
    value: float
    head: str
    kind_of: str  # the counted noun's class, or the noun itself
    near: frozenset[str]
    sentence: frozenset[str]
    years: frozenset[str]
    months: frozenset[str]
    marker: str
    measure: str
    owner: str


@lru_cache(maxsize=40_000)  # by value: a claim read again from the store is found again
def describe(claim: Claim) -> Described:
    dim, value = dimension(claim)
    h = head(claim)
    before = _words(claim.context_before)[-_NEAR_WORDS:]
    after = _words(claim.context_after)[:_NEAR_WORDS]
    sentence = _words(claim.sentence)
    measure, owner = split_owner(claim.population)
    marker = _MARKER.search(measure)
    return Described(
        claim=claim,
        dimension=dim,
        value=value,
        head=h,
        kind_of=_classes().get(h, h),
        near=frozenset(before + after + _words(claim.text)),
        sentence=frozenset(sentence),
        years=frozenset(_YEAR.findall(claim.sentence)),
        months=frozenset(w for w in sentence if w in MONTHS),
        marker=marker.group(1) if marker else "",
        measure=_MARKER.sub("", measure),
        owner=owner,
    )


class Rarity:
    """How telling a shared word is: rare words in the figures' sentences tell more (IDF)."""

    def __init__(self, described: Sequence[Described]) -> None:
        counts: Counter[str] = Counter()
        for d in described:
            counts.update(d.sentence | d.near)
        n = len(described) + 1
        self._idf = {w: max(math.log(n / (c + 0.5)), 0.0) for w, c in counts.items()}
        # words near a quarter of the figures or more tell nothing of which quantity
        self.common = {w for w, c in counts.items() if c > max(40, n // 4)}
        self._totals: dict[frozenset[str], float] = {}  # each figure's sets, weighed once

    def weight(self, words: frozenset[str]) -> float:
        total = self._totals.get(words)
        if total is None:
            idf = self._idf
            total = self._totals[words] = sum(idf.get(w, 1.0) for w in words)
        return total

    def rarest(self, word: str) -> tuple[float, str]:
        """Sort key: the rarest words first (ties in word order, for the same result each run)."""
        return -self._idf.get(word, 1.0), word

    def _shared(self, a: frozenset[str], b: frozenset[str]) -> float:
        idf = self._idf
        return sum(idf.get(w, 1.0) for w in a & b)

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> float:
        shared = self._shared(a, b)
        union = self.weight(a) + self.weight(b) - shared
        return shared / union if union > 0 else 0.0

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        least = min(self.weight(a), self.weight(b))
        return self._shared(a, b) / least if least else 0.0


# The facts, in words for a group's reason; a fact's value is 1 when it holds (0 to 1 for the
# similarities and the value gap). The fitted weight says whether it speaks for or against.
FACTS: dict[str, str] = {
    "bias": "",
    "value_gap": "values apart",
    "same_value": "the same number",
    "close_value": "close numbers",
    "same_counted": "the same counted noun",
    "counted_unsaid": "a figure that names nothing counted",
    "same_class": "counted nouns of one class",
    "other_class": "different things counted",
    "part_or_other": "a part, or 'other', beside a whole",
    "same_unit": "the same unit as written",
    "same_act": "the same act",
    "other_act": "different acts",
    "act_unsaid": "an act left unsaid",
    "near_words": "the same words around the figures",
    "near_overlap": "one figure's words in the other's",
    "sentence_words": "similar sentences",
    "other_year": "another year named",
    "other_month": "another month named",
    "other_date": "another as-of date",
    "other_window": "another period measured",
    "same_key": "the same quantity key",
    "same_text": "the same words",
    "same_value_other_class": "the same number of other things",
    "same_value_other_act": "the same number with another act",
    "slipped_digits": "the same digits, a power of ten apart",
}


def facts(a: Described, b: Described, rarity: Rarity, same_key: bool) -> tuple[float, ...]:
    """The facts of one pair (the same dimension, both values positive), in the order of FACTS."""
    gap = abs(math.log(a.value / b.value))
    ca, cb = a.claim, b.claim
    same_value = gap < 0.02
    other_class = bool(a.head and b.head and a.kind_of != b.kind_of)
    other_act = bool(ca.act and cb.act and ca.act != cb.act)
    return (
        1.0,  # bias
        min(gap, 5.0),  # value_gap
        float(same_value),  # same_value
        float(gap < 0.15),  # close_value
        float(bool(a.measure) and a.measure == b.measure),  # same_counted
        float(not a.measure or not b.measure),  # counted_unsaid
        float(bool(a.head) and a.kind_of == b.kind_of),  # same_class
        float(other_class),  # other_class
        float(a.marker != b.marker),  # part_or_other
        float(bool(ca.unit) and ca.unit.lower() == cb.unit.lower()),  # same_unit
        float(bool(ca.act) and ca.act == cb.act),  # same_act
        float(other_act),  # other_act
        float(not ca.act or not cb.act),  # act_unsaid
        rarity.similarity(a.near, b.near),  # near_words
        rarity.overlap(a.near, b.near),  # near_overlap
        rarity.similarity(a.sentence, b.sentence),  # sentence_words
        float(bool(a.years and b.years) and not a.years & b.years),  # other_year
        float(bool(a.months and b.months) and not a.months & b.months),  # other_month
        float(bool(ca.as_of and cb.as_of) and ca.as_of != cb.as_of),  # other_date
        float(window_class(ca) != window_class(cb)),  # other_window
        float(same_key),  # same_key
        float(ca.text.lower() == cb.text.lower()),  # same_text
        float(same_value and other_class),  # same_value_other_class
        float(same_value and other_act),  # same_value_other_act
        float(_slipped(ca.value, cb.value)),  # slipped_digits
    )


def _slipped(x: float, y: float) -> bool:
    """15,000 beside 150,000: the same digits with a zero dropped or added, a typing slip (two
    significant digits at least: 10 and 100 are round numbers, not a slip)."""
    if x <= 0 or y <= 0 or x == y or len(f"{min(x, y):.6g}".replace(".", "").strip("0")) < 2:
        return False
    ratio = max(x, y) / min(x, y)
    power = round(math.log10(ratio))
    return 1 <= power <= 3 and abs(ratio / 10**power - 1) < 1e-9


def cannot_link(a: Described, b: Described) -> bool:
    """Pairs no evidence joins: other owners ('revenue of A', 'revenue of B'), other measuring
    windows ('in 24 hours' and 'per week')."""
    if a.owner and b.owner and a.owner != b.owner:
        return True
    wa, wb = window_class(a.claim), window_class(b.claim)
    return bool(wa and wb and wa != wb)


def probability(found: Sequence[float], weights: Mapping[str, float] | None = None) -> float:
    """The pair's probability of measuring one quantity, under the fitted weights or others."""
    vector = _vector() if weights is None else [weights.get(name, 0.0) for name in FACTS]
    score = sum(map(operator.mul, vector, found))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def _vector() -> list[float]:
    weights, _ = _weights()
    return [weights.get(name, 0.0) for name in FACTS]


def threshold() -> float:
    """Groups hold together while their pairs average at least this probability."""
    return _weights()[1]


def telling(found: Sequence[float], most: int = 3) -> tuple[list[str], list[str]]:
    """The facts that spoke most for the pair and most against it, in words."""
    weighed = [
        (w * v, n) for w, v, n in zip(_vector(), found, FACTS, strict=True) if FACTS[n] and v
    ]
    pro = [FACTS[n] for w, n in sorted(weighed, reverse=True)[:most] if w > 0.3]
    con = [FACTS[n] for w, n in sorted(weighed)[:most] if w < -0.3]
    return pro, con
