"""An event's statements end to end: every article's quotations extracted, statements joined too
eagerly split where other articles quote their parts apart, versions of one utterance linked,
and a speaker the article only implied ('the key line from the memo: "…"') settled from the
versions that name one. The store, the sheet and the window take the result from here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from desktop.statements.extract import extract_statements
from desktop.statements.link import link_statements, same_person
from desktop.statements.model import Statement, StatementGroup
from desktop.statements.split import split_apart
from desktop.statements.words import Words, english

__all__ = ["EventStatements", "compare_statements", "settle_speakers"]


@dataclass(frozen=True)
class EventStatements:
    statements: tuple[Statement, ...]
    groups: tuple[StatementGroup, ...]  # members index `statements`


def compare_statements(articles: Mapping[str, str], words: Words | None = None) -> EventStatements:
    """Statements and their groups for articles given as {key: text}; keys end up in
    `Statement.article`."""
    w = words or english()
    found = [s for key, text in articles.items() for s in extract_statements(text, key, w)]
    found = split_apart(found, w)
    groups = link_statements(found, w)
    settled = settle_speakers(found, groups, w)
    return EventStatements(tuple(settled), tuple(groups))


def _implied(statement: Statement, w: Words) -> bool:
    """The article named nobody next to the marks: no cue, or one without a verb of speech. A
    transcript's name label ("Achterberg:") names its speaker; "A:" leaves it to the reading of
    the introduction, which other versions may correct."""
    if statement.labelled:
        return False
    cue = statement.speaker_cue.lower()
    return not cue or not any(word in w.speech_verbs for word in re.findall(r"[\w']+", cue))


def settle_speakers(
    statements: Sequence[Statement], groups: Sequence[StatementGroup], words: Words | None = None
) -> list[Statement]:
    """Statements whose speaker was only implied take the speaker most versions of their group
    name; a speaker an article names, even wrongly, is kept (the comparison shows it)."""
    w = words or english()
    out = list(statements)
    for group in groups:
        named = [statements[i].speaker for i in group.members if not _implied(statements[i], w)]
        named = [s for s in named if s]
        if not named:
            continue
        counts = Counter(named)
        votes = {s: sum(n for t, n in counts.items() if same_person(s, t)) for s in counts}
        best = max(votes, key=lambda s: (votes[s], len(s)))
        if votes[best] * 2 <= len(named):
            continue  # no majority
        for i in group.members:
            if _implied(statements[i], w) and not statements[i].nested:
                out[i] = replace(statements[i], speaker=best, speaker_cue="as other versions say")
    return out
