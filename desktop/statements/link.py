"""Linking statements: the versions of one utterance quoted by different articles form a group —
cut at different places, paraphrased, translated twice, garbled, even put in another mouth —
while look-alike sentences by other speakers or about other things stay apart. Pairs are scored
on word order (rapidfuzz's LCS over words), shared rare words, shared figures and names, and the
speaker; the groups are the connected pairs. Extraction is extract.py's work."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import LCSseq

from desktop.statements.model import Statement, StatementGroup
from desktop.statements.words import Words, english, tokens

__all__ = ["link_statements", "pair_score", "same_person"]

LINK_AT = 0.55  # a pair scoring this much is the same utterance
_MIN_TOKENS = 3


@dataclass(frozen=True)
class _Version:
    words: tuple[str, ...]  # normalised tokens, in order
    content: frozenset[str]  # the words that are not stopwords
    figures: frozenset[float]
    names: frozenset[str]  # capitalised words inside the quote, not first in a sentence
    speaker: frozenset[str]
    article: str


def _norm(word: str, w: Words) -> str:
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    plain = plain.replace("'", "")
    if plain in w.numbers:
        return _number(w.numbers[plain])
    if plain[:1].isdigit():
        try:
            return _number(float(plain.replace(",", "")))
        except ValueError:
            return plain
    return plain


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _stem(word: str) -> str:
    """A crude stem, so that 'lives' meets 'life' and 'arrested' meets 'arrest'."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _speaker_words(speaker: str | None) -> frozenset[str]:
    if not speaker:
        return frozenset()
    generic = {"spokesperson", "spokesman", "spokeswoman", "statement", "the", "a", "of", "for"}
    return frozenset(
        x for x in unicodedata.normalize("NFKD", speaker).lower().split() if x not in generic
    )


def same_person(a: str | None, b: str | None) -> bool | None:
    """True or False when both speakers are known, None when one is not."""
    x, y = _speaker_words(a), _speaker_words(b)
    if not x or not y:
        return None
    return x <= y or y <= x


def _version(statement: Statement, w: Words) -> _Version:
    toks = tokens(statement.words)
    words = tuple(_norm(t[0], w) for t in toks)
    names = set()
    text = statement.words
    for k, (word, start, _) in enumerate(toks):
        if k and word[:1].isupper() and not text[:start].rstrip().endswith((".", "!", "?", ":")):
            if word.lower() not in w.pronouns and not word.isupper():
                names.add(word.lower())
    return _Version(
        words=words,
        content=frozenset(_stem(x) for x in words if x not in w.stopwords and len(x) > 1),
        figures=frozenset(statement.figures),
        names=frozenset(names),
        speaker=_speaker_words(statement.speaker),
        article=statement.article,
    )


def _idf(versions: Sequence[_Version]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for v in versions:
        df.update(v.content)
    n = max(1, len(versions))
    return {word: math.log(1 + n / count) for word, count in df.items()}


def pair_score(
    a: Statement, b: Statement, words: Words | None = None, idf: dict[str, float] | None = None
) -> tuple[float, str]:
    """How surely two statements are versions of one utterance (0..1), and why, in words."""
    w = words or english()
    va, vb = _version(a, w), _version(b, w)
    return _score(va, vb, idf or _idf([va, vb]))


def _score(a: _Version, b: _Version, idf: dict[str, float]) -> tuple[float, str]:
    if len(a.words) < _MIN_TOKENS or len(b.words) < _MIN_TOKENS:
        return 0.0, "too short"
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    order = LCSseq.similarity(short.words, long_.words) / len(short.words)
    shared = a.content & b.content
    weight_a = sum(idf.get(x, 1.0) for x in a.content) or 1.0
    weight_b = sum(idf.get(x, 1.0) for x in b.content) or 1.0
    weight = sum(idf.get(x, 1.0) for x in shared)
    rare = weight / min(weight_a, weight_b)  # how much of the shorter's rare words the other has
    rare_both = weight / max(weight_a, weight_b)
    score = 0.55 * order + 0.35 * rare + 0.10 * rare_both
    reasons = [
        f"{order:.0%} of the shorter version's words in order",
        f"{len(shared)} shared words",
    ]
    if a.figures and b.figures:
        if a.figures & b.figures:
            score += 0.05
            reasons.append("same figures")
        else:
            score -= 0.10
            reasons.append("different figures")
    if a.names and b.names and not (a.names & b.names):
        score -= 0.25
        reasons.append("different names")
    speakers = (
        None if not a.speaker or not b.speaker else a.speaker <= b.speaker or b.speaker <= a.speaker
    )
    if speakers is True:
        score += 0.10
        reasons.append("same speaker")
    elif speakers is False:
        # other words in another mouth are another utterance; the same words may be misattributed
        if order < 0.99 or len(short.words) < 5:
            return 0.0, "different speakers"
        reasons.append("same words, different speaker")
    return max(0.0, min(1.0, score)), "; ".join(reasons)


def link_statements(
    statements: Sequence[Statement], words: Words | None = None
) -> list[StatementGroup]:
    """Groups of statements from different articles that report one utterance, each with its
    confidence and reason; statements linked to nothing are in no group."""
    w = words or english()
    versions = [_version(s, w) for s in statements]
    idf = _idf(versions)
    # blocking: only pairs that share a rare word or a figure are scored
    index: dict[str, list[int]] = {}
    for i, v in enumerate(versions):
        for word in v.content:
            index.setdefault(word, []).append(i)
    cap = max(8, len(versions) // 4)
    candidates: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > cap:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if versions[i].article != versions[j].article:
                    candidates.add((i, j))
    scored: list[tuple[float, int, int, str]] = []
    for i, j in candidates:
        score, reason = _score(versions[i], versions[j], idf)
        if score >= LINK_AT:
            scored.append((score, i, j, reason))
    scored.sort(reverse=True)
    parent = list(range(len(statements)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    articles: dict[int, set[str]] = {i: {versions[i].article} for i in range(len(versions))}
    best: dict[int, tuple[float, str]] = {}
    for score, i, j, reason in scored:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        parent[rj] = ri
        articles[ri] |= articles.pop(rj)
        kept = best.get(ri) or best.get(rj)
        if kept is None or score > kept[0]:
            kept = (score, reason)
        best[ri] = kept
        best.pop(rj, None)
    groups: dict[int, list[int]] = {}
    for i in range(len(statements)):
        groups.setdefault(root(i), []).append(i)
    out = []
    pair_scores: dict[int, list[float]] = {}
    for score, i, _j, _ in scored:
        pair_scores.setdefault(root(i), []).append(score)
    for r, members in groups.items():
        if len(members) < 2:
            continue
        confidence = min(pair_scores.get(r, [0.0])[:1] + [max(pair_scores.get(r, [0.0]))])
        reason = best.get(r, (0.0, ""))[1]
        out.append(StatementGroup(tuple(members), round(confidence, 3), reason))
    return out
