"""Statements: the direct quotations of an article that are somebody's words. Joins the pieces of
a quote interrupted by its attribution, sets aside scare quotes, titles, nicknames and phrases of
one to three words, and asks speakers.py who speaks. Finding the marks is marks.py's work; linking
versions across articles is link.py's. Linear in the length of the text."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from desktop.statements.marks import Quotation, scan_quotations
from desktop.statements.model import Statement, stop_if_asked
from desktop.statements.posts import posts
from desktop.statements.speakers import ArticleNames
from desktop.statements.transcript import answers
from desktop.statements.words import Words, english, tokens

__all__ = ["extract_statements", "figures_in", "MIN_WORDS"]

MIN_WORDS = 4  # a quoted phrase of fewer words is a phrase, not a statement
_MAX_JOIN_GAP = 250  # characters of narration between two pieces of one utterance
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def extract_statements(
    text: str,
    article: str = "",
    words: Words | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[Statement]:
    """Every statement quoted in `text`, in order; `article` is copied onto each. `stop` is
    asked between the passes over the text, inside the long ones, and before each quotation is
    read; when it says yes,
    this ends with `Cancelled`."""
    w = words or english()
    quotations = scan_quotations(text, stop)
    if not quotations and ":" not in text and "@" not in text:
        return []  # no quotation, and no transcript's labels
    stop_if_asked(stop)  # each pass over a long text takes a while: asked between them too
    paragraphs = _paragraph_bounds(text)
    marked = [(max(0, s - 1), e + 1) for q in quotations for s, e in q.pieces]
    names = ArticleNames(text, marked, w, stop)
    stop_if_asked(stop)
    top = [q for q in quotations if q.depth == 0]
    utterances = _utterances(text, top, w, stop)
    out: list[Statement] = []
    for group in utterances:
        stop_if_asked(stop)
        pieces = tuple(p for q in group for p in q.pieces)
        if not _is_statement(text, group, pieces, w):
            continue
        lo, hi = paragraphs.around(pieces[0][0])
        attribution = names.attribute(pieces[0], _first_paragraph_end(group), (lo, hi))
        names.remember(pieces[0][0], attribution.speaker)
        joins, at = [], 0
        for q in group:
            if at:
                joins.append(at)
            at += len(q.pieces)
        statement = _statement(text, pieces, attribution.speaker, attribution.cue, article, w)
        out.append(replace(statement, joins=tuple(joins)))
    for q in quotations:
        if q.depth and _is_statement(text, [q], tuple(q.pieces), w):
            out.append(_statement(text, tuple(q.pieces), None, "", article, w, nested=True))
    stop_if_asked(stop)
    quoted = _merged(sorted((s.start, s.end) for s in out))
    for answer in answers(text, names, w):
        if _word_count(text, answer.pieces) >= MIN_WORDS and not _inside(answer.pieces, quoted):
            labelled = bool(answer.label)
            out.append(
                _statement(text, answer.pieces, answer.speaker, answer.label, article, w, labelled)
            )
    for post in posts(text, names):
        if _word_count(text, post.pieces) >= MIN_WORDS and not _inside(post.pieces, quoted):
            cue = f"{post.label} posted"
            out.append(_statement(text, post.pieces, post.speaker, cue, article, w, True))
    out.sort(key=lambda s: (s.start, s.nested))
    return out


def figures_in(words_text: str, words: Words | None = None) -> tuple[float, ...]:
    """The numbers a statement says, digits or words: '1,800 roles', 'twelve percent'."""
    w = words or english()
    found: list[float] = []
    for word, _, _ in tokens(words_text):
        lower = word.lower()
        if _DIGITS.fullmatch(word):
            try:
                found.append(float(word.replace(",", "")))
            except ValueError:
                continue
        elif lower in w.numbers and lower not in w.not_figures:
            found.append(w.numbers[lower])
    return tuple(found)


def _statement(
    text: str,
    pieces: tuple[tuple[int, int], ...],
    speaker: str | None,
    cue: str,
    article: str,
    w: Words,
    labelled: bool = False,
    nested: bool = False,
) -> Statement:
    parts = tuple(text[s:e] for s, e in pieces)
    said = " ".join(parts)
    return Statement(
        start=pieces[0][0],
        end=pieces[-1][1],
        pieces=pieces,
        words=said,
        said=parts,
        speaker=speaker,
        speaker_cue=cue,
        figures=figures_in(said, w),
        article=article,
        nested=nested,
        labelled=labelled,
    )


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those that overlap (a quote inside a quote) made one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(pieces: tuple[tuple[int, int], ...], quoted: list[tuple[int, int]]) -> bool:
    """Whether quotations (merged, sorted spans) already hold half an answer's words or more (an
    outlet that puts a transcript's answers in quote marks); each piece reads only the spans it
    meets, so a long transcript stays linear."""
    size = sum(e - s for s, e in pieces)
    held = 0
    for s, e in pieces:
        n = bisect_right(quoted, (s, math.inf)) - 1  # the last span starting at or before s
        n = max(n, 0)
        while n < len(quoted) and quoted[n][0] < e:
            qs, qe = quoted[n]
            held += max(0, min(e, qe) - max(s, qs))
            n += 1
    return 2 * held >= size


def _first_paragraph_end(group: list[Quotation]) -> int:
    first = group[0]
    ends = [
        e
        for (s, e), p in zip(first.pieces, first.paragraphs, strict=True)
        if p == first.paragraphs[0]
    ]
    return ends[-1]


def _word_count(text: str, pieces: tuple[tuple[int, int], ...]) -> int:
    return sum(len(tokens(text, s, e)) for s, e in pieces)


def _utterances(
    text: str, top: list[Quotation], w: Words, stop: Callable[[], bool] | None = None
) -> list[list[Quotation]]:
    """Top-level quotations, joined when one utterance is interrupted by narration in the same
    paragraph ('…," she said. "…'); a colon before the next one starts a new utterance."""
    groups: list[list[Quotation]] = []
    said = 0  # words in the last group so far
    for step, q in enumerate(top):
        stop_if_asked(stop, step)
        size = _word_count(text, tuple(q.pieces))
        if groups and _joins(text, groups[-1][-1], q, size, w, said):
            groups[-1].append(q)
            said += size
            continue
        groups.append([q])
        said = size
    return groups


def _joins(text: str, last: Quotation, q: Quotation, size: int, w: Words, said: int) -> bool:
    if last.paragraphs[-1] != q.paragraphs[0]:
        return False
    gap_lo, gap_hi = last.pieces[-1][1], q.pieces[0][0]
    if gap_hi - gap_lo > _MAX_JOIN_GAP:
        return False
    gap = text[gap_lo + 1 : gap_hi - 1]
    if ":" in gap:
        return False
    # a new sentence with its own verb of speech: the next quotation has its own attribution
    sentences = re.split(r"[.!?][’'\"”)]*\s+", gap.strip(" ,;’'\"”"))
    if len(sentences) > 1 and any(t[0].lower() in w.speech_verbs for t in tokens(sentences[-1])):
        return False
    # '"… twice." The investigator stated that "…"': the first closed its sentence, and the
    # narration that opens another leads into the next quotation with its own verb of speech
    closed = text[gap_lo - 1] in ".!?" and gap.strip()[:1].isupper()
    clause = gap.lstrip(" ’'\"”").startswith(";")  # "X said ‘…’; Y retorted that ‘…’"
    if (closed or clause) and len(sentences) == 1 and _has_speech_verb(gap, w):
        return False
    # '"…", says Sabine Kessler. Her husband Jürgen, an engineer, is less critical. "…"': the
    # first closed by its attribution, a sentence about someone else leads into the next
    if len(sentences) > 1 and _has_speech_verb(sentences[0], w) and _new_subject(sentences[-1], w):
        return False
    # "… he said, ‘…’. Ms Pryor’s reply, that ‘…’": another's answer opens a new sentence
    if len(sentences) > 1 and _owned_saying(sentences[-1], w):
        return False
    # a sentence of narration between, and the next quotation attributed after it: two remarks
    if len(sentences) > 1 and sentences[-1].strip(" “‘\"'") and _attributed_after(text, q, w):
        return False
    if said < MIN_WORDS:  # '"We will appeal," Kent said, "and we expect to win."'
        interrupted = text[last.pieces[-1][1] - 1] == ","
        return interrupted and len(gap) <= 120 and _has_speech_verb(gap, w)
    if size >= MIN_WORDS:
        return True
    said = any(t[0].lower() in w.speech_verbs for t in tokens(gap))
    return said and len(gap) <= 120


def _owned_saying(sentence: str, w: Words) -> bool:
    """Whether a sentence opens on somebody's reply, answer or words: "Ms Pryor’s reply,
    that …", "The minister's answer was …"."""
    words = [t[0] for t in tokens(sentence.strip(" “‘\"'"))][:5]
    for k, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s")):
            return words[k + 1].lower() in w.said_nouns
    return False


def _new_subject(sentence: str, w: Words) -> bool:
    """Whether a sentence of narration opens on someone new by whom they belong to: "Her
    husband Jürgen, an engineer, is less critical", "His lawyer was brief"."""
    words = tokens(sentence.strip(" “‘\"'"))
    return (
        len(words) >= 2
        and words[0][0].lower() in w.possessives
        and words[1][0].lower() in w.relations
    )


def _has_speech_verb(text: str, w: Words) -> bool:
    return any(t[0].lower() in w.speech_verbs for t in tokens(text))


def _attributed_after(text: str, q: Quotation, w: Words) -> bool:
    """'"…," Brennan told parliament': a verb of speech among the first words after the marks."""
    end = q.pieces[0][1]
    after = tokens(text, end, min(len(text), end + 60))[:4]
    return any(t[0].lower() in w.speech_verbs for t in after) and not re.match(
        r"\s*[\"”’']?\s*[.!?]", text[end : end + 4]
    )


def _is_statement(
    text: str, group: list[Quotation], pieces: tuple[tuple[int, int], ...], w: Words
) -> bool:
    if _word_count(text, pieces) < MIN_WORDS:
        return False
    if len(pieces) == 1 and _looks_like_title(text[pieces[0][0] : pieces[0][1]], w):
        return False
    return not _named_before(text, pieces[0][0], w)


def _looks_like_title(said: str, w: Words) -> bool:
    """'Policing Protest in Scotland', 'Clean Water, Clear Conscience': capitalised words and no
    sentence; a shouted headline in capitals is not a title."""
    if said.rstrip().endswith((".", "!", "?")) or said.isupper():
        return False
    words = [t[0] for t in tokens(said) if t[0].lower() not in w.name_particles]
    words = [x for x in words if x.lower() not in w.stopwords]
    if len(words) < 2:
        return False
    capitalised = sum(1 for x in words if x[0].isupper() or x[0].isdigit())
    return capitalised >= 0.75 * len(words)


def _named_before(text: str, start: int, w: Words) -> bool:
    """A word right before the mark that makes the quotation a name or a title: so-called,
    nicknamed, known as, the report, the series."""
    stripped = text[max(0, start - 31) : max(0, start - 1)].rstrip()
    if not stripped or not stripped[-1].isalnum():
        return False  # 'said: “…' or '(“…'
    lower = stripped.lower()
    for phrase in w.not_speech_before:
        if lower.endswith(phrase) and (
            len(lower) == len(phrase) or not lower[-len(phrase) - 1].isalnum()
        ):
            return True
    return False


class _Paragraphs:
    def __init__(self, bounds: list[tuple[int, int]]):
        self.bounds = bounds
        self.starts = [b[0] for b in bounds]

    def around(self, at: int) -> tuple[int, int]:
        i = bisect_right(self.starts, at) - 1
        return self.bounds[max(0, i)] if self.bounds else (0, 0)


def _paragraph_bounds(text: str) -> _Paragraphs:
    bounds, start = [], 0
    for m in re.finditer(r"\n", text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return _Paragraphs(bounds)
