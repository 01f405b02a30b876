"""Statements joined too eagerly, set apart by the other articles. Extraction joins the quotations
of one paragraph that only narration separates ('"…," she said of the funds. "…"'), which is
right for one utterance interrupted by its attribution and wrong for two remarks quoted in a row;
the text alone cannot tell them apart. The other articles can: when some quote the first part,
others the second, and none both together, the two are separate utterances. Runs after
extraction of every article of an event and before link.py groups the versions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.statements.extract import MIN_WORDS, figures_in
from desktop.statements.link import LINK_AT, Version, rarity, score_versions, version_of
from desktop.statements.model import Statement
from desktop.statements.words import Words, english, tokens

__all__ = ["split_apart"]


def _part(statement: Statement, lo: int, hi: int, w: Words) -> Statement:
    pieces = statement.pieces[lo:hi]
    said = statement.said[lo:hi]
    words = " ".join(said)
    return replace(
        statement,
        start=pieces[0][0],
        end=pieces[-1][1],
        pieces=pieces,
        said=said,
        words=words,
        figures=figures_in(words, w),
        joins=tuple(j - lo for j in statement.joins if lo < j < hi),
    )


def split_apart(statements: Sequence[Statement], words: Words | None = None) -> list[Statement]:
    """The statements, with those joined by narration cut where other articles quote the parts
    as separate statements and none quotes them together. A quotation running on across
    paragraphs is one by its marks and never cut."""
    w = words or english()
    versions = [version_of(s, w) for s in statements]
    idf = rarity(versions)
    index: dict[str, list[int]] = {}
    for i, v in enumerate(versions):
        for word in v.whole.content:
            index.setdefault(word, []).append(i)
    out: list[Statement] = []
    for i, statement in enumerate(statements):
        if not statement.joins or len(statement.said) != len(statement.pieces):
            out.append(statement)
            continue
        others = _others(i, versions, index)
        out.extend(_cut(statement, [(versions[j], j) for j in others], idf, w))
    return out


def _others(i: int, versions: list[Version], index: dict[str, list[int]]) -> list[int]:
    found: set[int] = set()
    for word in versions[i].whole.content:
        members = index.get(word, [])
        if len(members) <= 60:
            found.update(members)
    return sorted(j for j in found if versions[j].article != versions[i].article)


def _cut(
    statement: Statement, others: list[tuple[Version, int]], idf: dict[str, float], w: Words
) -> list[Statement]:
    n = len(statement.pieces)
    for b in statement.joins:  # only where narration joined two quotations
        left, right = _part(statement, 0, b, w), _part(statement, b, n, w)
        if min(len(tokens(left.words)), len(tokens(right.words))) < MIN_WORDS:
            continue
        vl, vr = version_of(left, w), version_of(right, w)
        quotes_left = {j for v, j in others if score_versions(vl, v, idf)[0] >= LINK_AT}
        quotes_right = {j for v, j in others if score_versions(vr, v, idf)[0] >= LINK_AT}
        if quotes_left and quotes_right and not quotes_left & quotes_right:
            return [left, *_cut(right, others, idf, w)]
    return [statement]
