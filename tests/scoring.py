"""Our own scoring of a `compare --json` export against a gold annotation (seeds_gold.json format).

Extraction: a gold figure of an article is found when a claim of the same article overlaps its span
(half-open offsets) and carries its value (relative tolerance 1e-6); a claim finds at most one
figure. Claims overlapping an *optional* figure are set aside: they count neither way. Every other
claim that found nothing is a false positive; every non-optional figure not found a false negative.

Linking: pairs of claims from different articles in the same exported group (claims set aside
excluded) against pairs of non-optional gold figures from different articles with the same
`quantity`. A predicted pair is right when both its claims found figures of one quantity; recall is
end to end (a pair whose figures were never extracted is missed).

Written for the tests, independently of ../shared/eval/score.py, whose rules it follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import PurePath
from typing import Any

__all__ = ["FoundScores", "PairScores", "Pairs", "Score", "f1", "locate", "score_export"]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class FoundScores:
    """Precision, recall and F1 of a score that counts what it found (tp, fp, fn)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


class PairScores:
    """Link precision, recall and F1 of a score that counts pairs (correct, predicted, gold)."""

    correct_pairs: int
    predicted_pairs: int
    gold_pairs: int

    @property
    def link_precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 0.0

    @property
    def link_recall(self) -> float:
        return self.correct_pairs / self.gold_pairs if self.gold_pairs else 0.0

    @property
    def link_f1(self) -> float:
        return f1(self.link_precision, self.link_recall)


@dataclass(frozen=True)
class Pairs(PairScores):
    """Pair counts alone: (correct, predicted, gold)."""

    correct_pairs: int
    predicted_pairs: int
    gold_pairs: int


@dataclass(frozen=True)
class Score(PairScores):
    tp: int
    fp: int
    fn: int
    correct_pairs: int
    predicted_pairs: int
    gold_pairs: int
    bound_right: int

    @property
    def extraction_precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def extraction_recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def extraction_f1(self) -> float:
        return f1(self.extraction_precision, self.extraction_recall)


def locate(text: str, quote: str, hint: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Where `quote` stands in `text`: at the hinted offsets when it is there, else its first
    occurrence, else the first match that differs only in white space."""
    if hint is not None and text[hint[0] : hint[1]] == quote:
        return hint
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = quote.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return (found.start(), found.end()) if found else None


def _value_matches(claimed: Any, wanted: float) -> bool:
    if claimed is None:
        return False
    return abs(float(claimed) - float(wanted)) <= 1e-6 * max(1.0, abs(float(wanted)))


def figures_only(export: dict[str, Any]) -> dict[str, Any]:
    """The export as a consumer that reads only figures sees it (a claim or group with no
    `kind` is a figure, as exports made before statements were)."""
    return {
        **export,
        "claims": [c for c in export["claims"] if c.get("kind", "figure") == "figure"],
        "groups": [g for g in export["groups"] if g.get("kind", "figure") == "figure"],
    }


def _match(
    export: dict[str, Any], gold: dict[str, Any]
) -> tuple[dict[Any, dict[str, Any]], set[Any], int, int, int]:
    """Each claim that found a gold figure (claim id → figure), the claims set aside by optional
    figures, and the counts of figures found, missed and found with their bound."""
    article_by_file = {PurePath(str(a.get("path", ""))).name: a for a in export["articles"]}
    claims_of: dict[str, list[dict[str, Any]]] = {}
    for claim in export["claims"]:
        claims_of.setdefault(str(claim["article"]), []).append(claim)

    found: dict[Any, dict[str, Any]] = {}  # claim id -> the gold figure it found
    set_aside: set[Any] = set()
    tp = fn = bound_right = 0
    figures_by_file: dict[str, list[dict[str, Any]]] = {}
    for figure in gold["figures"]:
        figures_by_file.setdefault(figure["article"], []).append(figure)

    for name in sorted(figures_by_file):
        figures = figures_by_file[name]
        article = article_by_file.get(name)
        if article is None:
            fn += sum(1 for f in figures if not f.get("optional"))
            continue
        text = article.get("text", "")
        candidates = claims_of.get(str(article["id"]), [])
        spans = {}
        for figure in figures:
            hint = (figure["start"], figure["end"]) if "start" in figure else None
            span = locate(text, figure["quote"], hint)
            if span is None:
                raise ValueError(
                    f"{name}: gold quote not in the exported text: {figure['quote']!r}"
                )
            spans[figure["id"]] = span
        # required figures first, in file order: an optional one never takes a claim from them
        for figure in [f for f in figures if not f.get("optional")] + [
            f for f in figures if f.get("optional")
        ]:
            lo, hi = spans[figure["id"]]
            overlapping = [
                c
                for c in candidates
                if c["id"] not in found
                and c["id"] not in set_aside
                and c["start"] < hi
                and lo < c["end"]
            ]
            if figure.get("optional"):
                set_aside.update(c["id"] for c in overlapping)
                continue
            right = next(
                (c for c in overlapping if _value_matches(c.get("value"), figure["value"])), None
            )
            if right is None:
                fn += 1
            else:
                found[right["id"]] = figure
                tp += 1
                bound_right += right.get("bound") == figure.get("bound")

    return found, set_aside, tp, fn, bound_right


def score_export(export: dict[str, Any], gold: dict[str, Any]) -> Score:
    """Score an export (articles with path and text, claims, groups) against a gold annotation.
    Only its figures are scored: claims and groups of another `kind` (statements) are left out."""
    export = figures_only(export)
    found, set_aside, tp, fn, bound_right = _match(export, gold)
    counted = [c for c in export["claims"] if c["id"] not in set_aside]
    fp = sum(1 for c in counted if c["id"] not in found)

    article_of = {c["id"]: str(c["article"]) for c in export["claims"]}
    predicted: set[frozenset[Any]] = set()
    for group in export["groups"]:
        members = {i for i in group["claims"] if i in article_of and i not in set_aside}
        for a, b in combinations(sorted(members, key=str), 2):
            if article_of[a] != article_of[b]:
                predicted.add(frozenset((a, b)))
    correct = 0
    for pair in predicted:
        a, b = tuple(pair)
        if a in found and b in found and found[a]["quantity"] == found[b]["quantity"]:
            correct += 1
    required = [f for f in gold["figures"] if not f.get("optional")]
    gold_pairs = sum(
        1
        for f, g in combinations(required, 2)
        if f["quantity"] == g["quantity"] and f["article"] != g["article"]
    )
    return Score(tp, fp, fn, correct, len(predicted), gold_pairs, bound_right)


@dataclass(frozen=True)
class SentenceScore(FoundScores):
    """Figures in single sentences: a figure is found when a claim overlaps its quote and carries
    its value (relative tolerance 1e-3, for shares written as fractions) and, for `strict`, its
    bound too."""

    tp: int
    fp: int
    fn: int
    misses: tuple[str, ...]  # "sentence id: quote (value bound) ← what was found there"
    extras: tuple[str, ...]  # "sentence id: claim text (value bound)"


def score_sentences(records: list[dict[str, Any]], extract: Any, *, strict: bool) -> SentenceScore:
    """Score `extract(sentence) -> claims` on records of the multi-domain sentence set."""
    tp = fp = fn = 0
    misses: list[str] = []
    extras: list[str] = []
    for record in records:
        sentence = record["sentence"]
        claims = list(extract(sentence))
        used: set[int] = set()
        for gold in record["figures"]:
            start, end = gold["start"], gold["end"]
            over = [n for n, c in enumerate(claims) if c.start < end and c.end > start]
            hit = next(
                (
                    n
                    for n in over
                    if n not in used
                    and _close(claims[n].value, gold["value"])
                    and (not strict or claims[n].bound == gold["bound"])
                ),
                None,
            )
            if hit is None:
                fn += 1
                found = ", ".join(f"{claims[n].value:g} {claims[n].bound}" for n in over)
                misses.append(
                    f"{record['id']}: {gold['quote']!r} ({gold['value']:g} {gold['bound']})"
                    f" <- {found or 'nothing'}"
                )
            else:
                tp += 1
                used.add(hit)
        for n, claim in enumerate(claims):
            if n not in used:
                fp += 1
                extras.append(f"{record['id']}: {claim.text!r} ({claim.value:g} {claim.bound})")
    return SentenceScore(tp, fp, fn, tuple(misses), tuple(extras))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


@dataclass(frozen=True)
class Mixed:
    """An exported group holding figures of two annotated quantities no group may join."""

    label: str
    quantities: tuple[str, str]
    why: str


def mixing(roles: dict[str, Any]) -> Callable[[str, str], str]:
    """Why two annotated quantities must not share a group ('' when they may): a standing
    population (residents, a workforce, registered voters, and the parts and wholes of such
    stocks) beside a count of what happened, or a part beside its whole, by `roles.json` (each
    quantity's role and the quantity it is a part of)."""
    of = roles["quantities"]

    def above(q: str) -> set[str]:
        seen: set[str] = set()
        while of[q].get("part_of") and of[q]["part_of"] not in seen:
            q = of[q]["part_of"]
            seen.add(q)
        return seen

    family: dict[str, set[str]] = {q: above(q) | {q} for q in of}
    for q, up in list(family.items()):
        for u in up - {q}:
            family[u] = family[u] | {q}
    stock = {q: any(of[m]["role"] == "population" for m in family[q]) for q in of}

    def why(a: str, b: str) -> str:
        if a not in of or b not in of or "other" in (of[a]["role"], of[b]["role"]):
            return ""
        if stock[a] != stock[b]:
            return "a population beside a count of what happened"
        if a in above(b) or b in above(a):
            return "a part beside its whole"
        return ""

    return why


def mixed_groups(
    export: dict[str, Any], gold: dict[str, Any], roles: dict[str, Any]
) -> list[Mixed]:
    """The groups that join a standing population (residents, a workforce, registered voters,
    and the parts and wholes of such stocks) with a count of what happened, or a part with its
    whole (one district's deaths with the nation's), by the roles annotated beside the gold
    (`roles.json`: each quantity's role and the quantity it is a part of)."""
    export = figures_only(export)
    found, set_aside, *_ = _match(export, gold)
    why = mixing(roles)
    mixed = []
    for group in export["groups"]:
        quantities = sorted(
            {found[i]["quantity"] for i in group["claims"] if i in found and i not in set_aside}
        )
        for a, b in combinations(quantities, 2):
            if reason := why(a, b):
                mixed.append(Mixed(str(group.get("label", "")), (a, b), reason))
                break
    return mixed
