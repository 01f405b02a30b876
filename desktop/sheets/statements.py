"""The statements part of a comparison sheet: each group of versions of one utterance, its
versions in source order, each cited to its paragraph and offsets and set with its words marked
(common, partial, changed; `model.version_text`), with the flags of a version whose meaning flips.
The alignment itself comes from the workspace. The one source of the statements every sheet
shows: the printed one (the window's printing module), `markup` (HTML) and `table` (CSV) read
these sections and only set them."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.model import (
    Alignment,
    SheetSource,
    SheetStatementSection,
    SheetVersion,
    Statement,
    StatementGroupRow,
    version_text,
)
from desktop.sheets.content import short_name


def statement_sections(
    sources: Sequence[SheetSource],
    groups: Sequence[tuple[StatementGroupRow, Sequence[Statement], Alignment]],
    texts: dict[int, str],
) -> tuple[SheetStatementSection, ...]:
    """One section per group (most sources first), its versions in the sheet's source order."""
    by_article = {s.article: s for s in sources}
    order = {s.article: s.number for s in sources}
    sections = []
    for group, versions, aligned in groups:
        rows = []
        for statement, words in zip(versions, aligned.versions, strict=True):
            article = int(statement.article)
            source = by_article.get(article)
            name = short_name(source)  # as a figure's citation names it
            text, marks = version_text(words.words, statement.pieces, statement.said)
            paragraph = paragraph_of(texts.get(article, ""), statement.start)
            rows.append(
                SheetVersion(
                    statement=statement.id if statement.id is not None else -1,
                    article=article,
                    number=order.get(article, 0),
                    source=name,
                    speaker=statement.speaker or "",
                    citation=f"{name}, ¶{paragraph}, chars {statement.start}–{statement.end}",
                    paragraph=paragraph,
                    start=statement.start,
                    end=statement.end,
                    text=text,
                    marks=marks,
                    flags=words.flags,
                )
            )
        rows.sort(key=lambda v: (v.number, v.statement))
        sections.append(
            SheetStatementSection(
                group=group.id,
                label=group.label,
                confidence=group.confidence,
                reason=group.reason,
                versions=tuple(rows),
                confirmed=group.confirmed,
            )
        )
    sections.sort(key=lambda s: (-len({v.article for v in s.versions}), s.label, s.group))
    return tuple(sections)


def paragraph_of(text: str, offset: int) -> int:
    """The paragraph (a non-empty line, counted from 1, as figures count them) `offset` is in."""
    before = text[:offset].split("\n")
    return sum(1 for line in before[:-1] if line.strip()) + 1
