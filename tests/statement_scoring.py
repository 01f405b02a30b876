"""Scoring of statements (quotations) against the gold of tests/data/statements (its README).

Predictions are plain dicts, so any system can be scored: `article` (the file name), `pieces`
(half-open [start, end] spans without the marks), `speaker` (str or None) and `group` (any hashable
shared by the statements a system linked, or None).

Extraction: a gold statement is found when a prediction of the same article covers at least half
of the characters of its pieces; the prediction covering most is taken, and a prediction finds at
most one statement. Required statements are matched first, in file order; predictions overlapping
an *optional* statement and not taken are set aside and count neither way. Every other prediction
that found nothing is a false positive; every required statement not found a false negative.

Speaker accuracy: over the statements found, the share whose predicted speaker names the gold
speaker (see `same_speaker`).

Linking: pairs of predictions from different articles in one group (set-aside ones excluded)
against pairs of required gold statements from different articles sharing an `utterance`. A
predicted pair is right when both found statements of one utterance; recall is end to end.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from scoring import FoundScores, PairScores

__all__ = ["StatementScore", "same_speaker", "score_statements"]

# Words that say what kind of source a label is, not which one ("Police Scotland (statement)").
_GENERIC = frozenset(
    "the a an of for to in and at mr mrs ms dr spokesperson spokesman spokeswoman statement "
    "anonymous official officials written joint".split()
)


@dataclass(frozen=True)
class StatementScore(FoundScores, PairScores):
    tp: int
    fp: int
    fn: int
    speaker_right: int
    correct_pairs: int
    predicted_pairs: int
    gold_pairs: int

    def __add__(self, other: StatementScore) -> StatementScore:
        return StatementScore(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.tp if self.tp else 0.0

    def line(self) -> str:
        return (
            f"statements P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f}"
            f" | speaker {self.speaker_accuracy:.3f} | link P {self.link_precision:.3f}"
            f" R {self.link_recall:.3f} F1 {self.link_f1:.3f}"
        )


def _fields(score: StatementScore) -> tuple[int, ...]:
    return (
        score.tp,
        score.fp,
        score.fn,
        score.speaker_right,
        score.correct_pairs,
        score.predicted_pairs,
        score.gold_pairs,
    )


def _name_words(name: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", plain)
    return frozenset(w for w in words if w not in _GENERIC)


def _one_edit(a: str, b: str) -> bool:
    """Equal, or one letter apart in words of five letters or more (Antony / Anthony)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i + 1 :] == b[i:] or a[i:] == b[i + 1 :]


def _within(small: frozenset[str], big: frozenset[str]) -> bool:
    return all(any(_one_edit(x, y) for y in big) for x in small)


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Normalised name match: accents, case, punctuation and generic words ('spokesperson',
    'statement', 'anonymous') dropped, the words of one name are all in the other ('Solberg' names
    'Hanna Solberg'; 'Police Scotland spokesperson' names 'Police Scotland (statement)'), a word
    of five letters or more allowed one letter of difference (an outlet's 'Anthony Blinken')."""
    if not predicted:
        return False
    p, g = _name_words(predicted), _name_words(gold)
    return bool(p) and bool(g) and (_within(p, g) or _within(g, p))


def _covered(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> int:
    return sum(max(0, min(b, d) - max(a, c)) for a, b in gold for c, d in predicted)


def _touches(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> bool:
    return _covered(gold, predicted) > 0


def score_statements(predicted: Iterable[dict[str, Any]], gold: dict[str, Any]) -> StatementScore:
    """Score predicted statements of one event (all its articles) against its gold."""
    predictions = list(predicted)
    by_article: dict[str, list[int]] = {}
    for i, p in enumerate(predictions):
        by_article.setdefault(str(p["article"]), []).append(i)
    found: dict[int, dict[str, Any]] = {}  # prediction index -> gold statement
    set_aside: set[int] = set()
    tp = fn = speaker_right = 0
    statements = gold["statements"]
    ordered = [s for s in statements if not s["optional"]] + [
        s for s in statements if s["optional"]
    ]
    for statement in ordered:
        pieces = [tuple(p) for p in statement["pieces"]]
        size = sum(b - a for a, b in pieces)
        candidates = [
            i
            for i in by_article.get(statement["article"], [])
            if i not in found and i not in set_aside
        ]
        if statement["optional"]:
            set_aside.update(
                i
                for i in candidates
                if _touches(pieces, [tuple(p) for p in predictions[i]["pieces"]])
            )
            continue
        best, best_cover = None, 0
        for i in candidates:
            cover = _covered(pieces, [tuple(p) for p in predictions[i]["pieces"]])
            if cover > best_cover:
                best, best_cover = i, cover
        if best is None or 2 * best_cover < size:
            fn += 1
            continue
        found[best] = statement
        tp += 1
        speaker_right += same_speaker(predictions[best].get("speaker"), statement["speaker"])
    fp = sum(1 for i in range(len(predictions)) if i not in found and i not in set_aside)

    members: dict[Hashable, list[int]] = {}
    for i, p in enumerate(predictions):
        if p.get("group") is not None and i not in set_aside:
            members.setdefault(p["group"], []).append(i)
    predicted_pairs = correct = 0
    for group in members.values():
        for a, b in combinations(group, 2):
            if predictions[a]["article"] == predictions[b]["article"]:
                continue
            predicted_pairs += 1
            if a in found and b in found and found[a]["utterance"] == found[b]["utterance"]:
                correct += 1
    required = [s for s in statements if not s["optional"]]
    gold_pairs = sum(
        1
        for x, y in combinations(required, 2)
        if x["utterance"] == y["utterance"] and x["article"] != y["article"]
    )
    return StatementScore(tp, fp, fn, speaker_right, correct, predicted_pairs, gold_pairs)
