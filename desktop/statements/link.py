"""Linking statements: the versions of one utterance quoted by different articles form a group —
cut at different places, paraphrased, translated twice, garbled, even put in another mouth —
while look-alike sentences by other speakers or about other things stay apart. Pairs are scored
on word order (rapidfuzz's LCS over words), shared rare words, shared figures and names, and the
speaker, over the whole quotation and over its best-matching sentences (one version may hold
only a part of another). Groups grow from the surest pairs and never take two statements of one
article. Extraction is extract.py's work; the word-by-word comparison is align.py's."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import LCSseq, Levenshtein

from desktop.statements.model import Statement, StatementGroup
from desktop.statements.words import Words, english, tokens

__all__ = [
    "LINK_AT",
    "Version",
    "link_statements",
    "normalise",
    "pair_score",
    "rarity",
    "same_person",
    "score_versions",
    "version_of",
]

LINK_AT = 0.55  # a pair scoring this much is the same utterance
GROUP_AT = 0.30  # two groups join only when their pairs score this much on average
_MIN_TOKENS = 3
_FEW = 4  # content words of a statement short enough to be scored on one rare word in common
_MAX_SENTENCES = 20
_MAX_WORDS = 400  # words of a statement compared; a longer one is compared on its beginning
_NEAR = 120  # characters between two statements of one article that may share a group
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


@dataclass(frozen=True)
class _Part:
    words: tuple[str, ...]  # normalised tokens, in order
    content: frozenset[str]  # stems of the words that are not stopwords


@dataclass(frozen=True)
class Version:
    """A statement as versions are compared: its words normalised, whole and by sentence."""

    whole: _Part
    sentences: tuple[_Part, ...]
    figures: frozenset[float]
    names: frozenset[str]  # capitalised words inside the quote, not first in a sentence
    speaker: frozenset[str]
    named: bool  # the speaker is a name (Hanna Solberg), not a label (plant manager)
    sure: bool  # the article names the speaker by the marks ('Solberg wrote'), no 'he said'
    article: str


def normalise(word: str, w: Words) -> str:
    """A word as versions are compared: no accents, lower case, numbers as digits."""
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


def _stem(word: str, w: Words) -> str:
    """A crude stem, so that 'lives' meets 'life' and 'arrested' meets 'arrest'."""
    for suffix in w.stem_suffixes:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@cache
def _speaker_words(speaker: str | None) -> frozenset[str]:
    if not speaker:
        return frozenset()
    generic = english().generic_speaker_words
    plain = unicodedata.normalize("NFKD", speaker).encode("ascii", "ignore").decode().lower()
    return frozenset(x for x in re.findall(r"[a-z0-9-]+", plain) if x not in generic)


def _within(small: frozenset[str], big: frozenset[str]) -> bool:
    return all(
        any(x == y or (min(len(x), len(y)) >= 5 and Levenshtein.distance(x, y) <= 1) for y in big)
        for x in small
    )


def same_person(a: str | None, b: str | None) -> bool | None:
    """True or False when both speakers are known, None when one is not. Tolerates one name in
    another (Solberg, Hanna Solberg) and one letter of spelling (Antony, Anthony)."""
    x, y = _speaker_words(a), _speaker_words(b)
    if not x or not y:
        return None
    return _within(x, y) or _within(y, x)


def _part(text: str, w: Words) -> _Part:
    words = tuple(normalise(t[0], w) for t in tokens(text)[:_MAX_WORDS])
    content = frozenset(_stem(x, w) for x in words if x not in w.stopwords and len(x) > 1)
    return _Part(words, content)


def version_of(statement: Statement, w: Words) -> Version:
    """The comparable form of a statement (remembered for the English words: every import
    compares the workspace's statements again, most of them read before)."""
    if w is english():
        return _english_version(statement)
    return _version_of(statement, w)


@lru_cache(maxsize=50_000)
def _english_version(statement: Statement) -> Version:
    return _version_of(statement, english())


def prepare(statements: Iterable[Statement]) -> None:
    """Read statements for comparing ahead of the next link (each is read once and remembered)."""
    for statement in statements:
        version_of(statement, english())


def _version_of(statement: Statement, w: Words) -> Version:
    text = statement.words
    names = set()
    toks = tokens(text)
    for k, (word, start, _) in enumerate(toks):
        if not word[:1].isupper() or word.isupper() or word.lower() in w.pronouns:
            continue
        opening = k == 0 or text[:start].rstrip().endswith((".", "!", "?", ":"))
        if not opening or (k + 1 < len(toks) and toks[k + 1][0][:1].isupper()):
            names.add(
                _stem(normalise(word, w), w)
            )  # not a sentence's first word, unless a name follows
    sentences = tuple(
        _part(s, w)
        for piece in statement.said or (text,)
        for s in _SENTENCE.split(piece)
        if s.strip()
    )[:_MAX_SENTENCES]
    return Version(
        whole=_part(text, w),
        sentences=sentences if len(sentences) > 1 else (),
        figures=frozenset(statement.figures),
        names=frozenset(names),
        speaker=_speaker_words(statement.speaker),
        named=bool(statement.speaker) and statement.speaker[:1].isupper(),
        sure=bool(statement.speaker)
        and statement.speaker.split()[-1].lower() in statement.speaker_cue.lower(),
        article=statement.article,
    )


def rarity(versions: Sequence[Version]) -> dict[str, float]:
    """How rare each content word is among the versions (inverse document frequency)."""
    df: Counter[str] = Counter()
    for v in versions:
        df.update(v.whole.content)
    n = max(1, len(versions))
    return {word: math.log(1 + n / count) for word, count in df.items()}


def pair_score(
    a: Statement, b: Statement, words: Words | None = None, idf: dict[str, float] | None = None
) -> tuple[float, str]:
    """How surely two statements are versions of one utterance (0..1), and why, in words."""
    w = words or english()
    va, vb = version_of(a, w), version_of(b, w)
    return score_versions(va, vb, idf or rarity([va, vb]))


def _likeness(a: _Part, b: _Part, idf: dict[str, float]) -> tuple[float, float, int]:
    """(similarity, share of the shorter's words in order, shared content words)."""
    if len(a.words) < _MIN_TOKENS or len(b.words) < _MIN_TOKENS:
        return 0.0, 0.0, 0
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    order = LCSseq.similarity(short.words, long_.words) / len(short.words)
    shared = a.content & b.content
    # fsum: the same total whatever order a set gives its words in (a plain sum's last digit
    # follows the order, and a pair on the threshold would link in one run and not the next)
    weight_a = math.fsum(idf.get(x, 1.0) for x in a.content) or 1.0
    weight_b = math.fsum(idf.get(x, 1.0) for x in b.content) or 1.0
    weight = math.fsum(idf.get(x, 1.0) for x in shared)
    rare = weight / min(weight_a, weight_b)  # how much of the shorter's rare words the other has
    rare_both = weight / max(weight_a, weight_b)
    return 0.5 * order + 0.4 * rare + 0.1 * rare_both, order, len(shared)


def score_versions(a: Version, b: Version, idf: dict[str, float]) -> tuple[float, str]:
    """How surely two versions report one utterance (0..1), and why."""
    score, order, shared = _likeness(a.whole, b.whole, idf)
    reasons = [f"{order:.0%} of the shorter version's words in the same order"]
    # one version may hold a part of the other: its best sentence against the other's
    for x in a.sentences or (a.whole,):
        for y in b.sentences or (b.whole,):
            if x is a.whole and y is b.whole:
                continue
            if min(len(x.words), len(y.words)) < 5:
                continue
            local, local_order, local_shared = _likeness(x, y, idf)
            if local_shared >= 3 and 0.95 * local > score:
                score, order, shared = 0.95 * local, local_order, local_shared
                reasons = [f"a sentence in common ({local_order:.0%} of its words in order)"]
    reasons.append(f"{shared} shared words")
    if a.figures and b.figures:
        if a.figures & b.figures:
            score += 0.05
            reasons.append("same figures")
        else:
            score -= 0.10
            reasons.append("different figures")
    if a.names - b.names and b.names - a.names:  # Team Alpha grew … / Team Bravo grew …
        score -= 0.45
        reasons.append("different names")
    short = min(len(a.whole.words), len(b.whole.words))
    if a.speaker and b.speaker and a.named and b.named:  # a label is no name to compare
        if _within(a.speaker, b.speaker) or _within(b.speaker, a.speaker):
            score += 0.10
            reasons.append("same speaker")
        elif (order < 0.99 or short < 5) and a.sure and b.sure:
            # other words in another mouth are another utterance
            return 0.0, "different speakers"
        elif order < 0.99 or short < 5:  # one speaker only inferred ('he said'): doubt it
            score -= 0.15
            reasons.append("different speakers (one inferred)")
        else:  # the same words in another mouth: a misattribution worth showing
            reasons.append("same words, different speaker")
    return max(0.0, min(1.0, score)), "; ".join(reasons)


def _near(a: Statement, b: Statement) -> bool:
    """Two pieces of one utterance quoted a sentence apart ('… "not a reflection…" and added:
    "I take full responsibility…"')."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return 0 <= second.start - first.end <= _NEAR


def link_statements(
    statements: Sequence[Statement], words: Words | None = None
) -> list[StatementGroup]:
    """Groups of statements from different articles that report one utterance, each with its
    confidence (the mean score of its linked pairs) and the reason of its surest pair;
    statements linked to nothing are in no group."""
    w = words or english()
    versions = [version_of(s, w) for s in statements]
    idf = rarity(versions)
    # the same words from the same speaker are one version, scored once
    same: dict[tuple[tuple[str, ...], frozenset[str]], list[int]] = {}
    for i, v in enumerate(versions):
        same.setdefault((v.whole.words, v.speaker), []).append(i)
    reps = [members[0] for members in same.values()]
    # only pairs that share a word that is not everywhere are scored
    index: dict[str, list[int]] = {}
    for i in reps:
        for word in versions[i].whole.content:
            index.setdefault(word, []).append(i)
    cap = min(60, max(8, len(reps) // 4))  # a word in more statements is not rare
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > cap:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if versions[i].article != versions[j].article:
                    shared[(i, j)] += 1
    # two rare words in common, or one for a statement that has few
    candidates = [
        pair
        for pair, count in shared.items()
        if count >= 2 or min(len(versions[k].whole.content) for k in pair) <= _FEW
    ]
    scores: dict[tuple[int, int], tuple[float, str]] = {}
    for i, j in candidates:
        scores[(i, j)] = score_versions(versions[i], versions[j], idf)
    ranked = sorted(((s, i, j) for (i, j), (s, _) in scores.items() if s >= LINK_AT), reverse=True)

    clusters = {members[0]: _Cluster(members, versions) for members in same.values()}
    cluster_of = {i: members[0] for members in same.values() for i in members}
    for _, i, j in ranked:
        gi, gj = cluster_of[i], cluster_of[j]
        if gi == gj:
            continue
        left, right = clusters[gi], clusters[gj]
        if not left.may_join(right, statements, versions, idf):
            continue
        cross = [
            scores.get((min(x, y), max(x, y)), (0.0, ""))[0]
            for x in left.reps[:_SAMPLE]
            for y in right.reps[:_SAMPLE]
        ]
        if sum(cross) / len(cross) < GROUP_AT:
            continue  # joined by one pair only: a chain, not one utterance
        left.absorb(right)
        del clusters[gj]
        for k in right.members:
            cluster_of[k] = gi
    out = []
    for cluster in clusters.values():
        members = sorted(cluster.members)
        if len({versions[k].article for k in members}) < 2:
            continue
        reps_in = sorted(cluster.reps)
        linked = [
            scores[(x, y)]
            for n, x in enumerate(reps_in)
            for y in reps_in[n + 1 :]
            if (x, y) in scores and scores[(x, y)][0] >= LINK_AT
        ]
        if len(reps_in) < len(members):
            linked.append((1.0, "the same words from the same speaker"))
        confidence = sum(s for s, _ in linked) / len(linked) if linked else 0.0
        reason = max(linked)[1] if linked else ""
        out.append(StatementGroup(tuple(members), round(confidence, 3), reason))
    return out


_SAMPLE = 40  # versions of each side whose pairs decide whether two groups join


class _Cluster:
    """Statements growing into one group, by article, with one representative per wording."""

    def __init__(self, members: list[int], versions: Sequence[Version]):
        self.members = list(members)
        self.reps = [members[0]]
        self.by_article: dict[str, list[int]] = {}
        for k in members:
            self.by_article.setdefault(versions[k].article, []).append(k)

    def may_join(
        self,
        other: _Cluster,
        statements: Sequence[Statement],
        versions: Sequence[Version],
        idf: dict[str, float],
    ) -> bool:
        """One version per article, unless one repeats the other or they stand a sentence
        apart (one utterance quoted in two pieces)."""
        for article in self.by_article.keys() & other.by_article.keys():
            for x in self.by_article[article]:
                for y in other.by_article[article]:
                    if _near(statements[x], statements[y]):
                        continue
                    if score_versions(versions[x], versions[y], idf)[0] < LINK_AT:
                        return False
        return True

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        self.reps += other.reps
        for article, members in other.by_article.items():
            self.by_article.setdefault(article, []).extend(members)
