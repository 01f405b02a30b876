"""Values of the statement engine: a quoted statement, a group of versions of one utterance, and
the word alignment of a group. Frozen dataclasses, safe across threads and easy to compare; the
store, the sheet and the window get them from here until they move into desktop/model.py."""

from __future__ import annotations

from dataclasses import dataclass

Span = tuple[int, int]  # half-open offsets into an article's text


@dataclass(frozen=True)
class Statement:
    """One utterance quoted in one article: its pieces (the words between the marks, without the
    marks), the speaker the article gives it, and the figures inside it.

    `start`/`end` run from the first piece's start to the last piece's end, so for a quote
    interrupted by its attribution `text[start:end]` holds the attribution too; `said` holds the
    text of each piece and `words` the pieces joined with a space."""

    start: int
    end: int
    pieces: tuple[Span, ...]
    words: str
    said: tuple[str, ...] = ()  # the text of each piece
    speaker: str | None = None  # canonical name or role label ("Brandvik spokesperson")
    speaker_cue: str = ""  # the words the speaker was found in ("he said", "police said")
    figures: tuple[float, ...] = ()
    article: str = ""  # an article key given by the caller (a path, an id)
    nested: bool = False  # a quote inside another quote
    joins: tuple[int, ...] = ()  # pieces that open a quotation joined on by narration ('…," she
    # said. "…'), as opposed to one quotation running on across paragraphs


@dataclass(frozen=True)
class StatementGroup:
    """Statements from different articles that report one utterance, with how sure and why."""

    members: tuple[int, ...]  # indexes into the list of statements given to link_statements
    confidence: float
    reason: str


WordMark = (
    str  # "common" (every version that reaches it) | "partial" (some drop or add it) | "changed"
)


@dataclass(frozen=True)
class AlignedWord:
    """One word of one version, and how it stands against the other versions."""

    text: str
    span: Span  # offsets into the version's article text
    mark: WordMark
    column: int  # the aligned column; words of different versions in one column correspond


@dataclass(frozen=True)
class VersionAlignment:
    words: tuple[AlignedWord, ...]
    flags: tuple[str, ...] = ()  # "negation lost: 'not'", "figure changed: six → three", …


@dataclass(frozen=True)
class Alignment:
    """The N-way word alignment of a group's versions, in the order they were given."""

    versions: tuple[VersionAlignment, ...]
    columns: int = 0  # columns run 0 .. columns - 1
