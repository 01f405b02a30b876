"""Quotation marks: which mark opens, which closes and what lies between them. Turns an article's
text into quotations — pieces of text between marks, a quotation running on across paragraphs
kept as one, quotes inside quotes noted as nested — in one pass over the characters. Whether a
quotation is a statement, and whose, is left to extract.py and speakers.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.statements.model import stop_if_asked

__all__ = ["Quotation", "scan_quotations"]

DOUBLE = frozenset('"“”„«»')
SINGLE = frozenset("‘’'")
_MARK = re.compile("[\"“”„«»‘’']")
_OPENING_NEXT = frozenset("[(‘'\"“$€£…#- \u00a0\u202f")
_LEFT_OK = frozenset("([{—–-/")
_RIGHT_OK = frozenset(".,;:!?)]}—–-…")


@dataclass
class Quotation:
    """The pieces of one quotation (spans without marks) and where its marks stand."""

    pieces: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)  # the paragraph of each piece
    depth: int = 0  # 0 for a quotation in the narration, 1 for one inside another


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _shape(text: str, i: int, lo: int, hi: int, last: int) -> tuple[bool, bool]:
    """(looks like an opening mark, looks like a closing mark) from the characters around i;
    `last` is the paragraph's last non-blank character."""
    before = text[i - 1] if i > lo else ""
    after = text[i + 1] if i + 1 < hi else ""
    left_ok = before == "" or before.isspace() or before in _LEFT_OK or before in DOUBLE
    right_ok = after == "" or after.isspace() or after in _RIGHT_OK or after in DOUBLE
    if i >= last:
        return False, True  # nothing after it in the paragraph: it closes ("… Americans. “")
    opening = left_ok and after != "" and (after.isalnum() or after in _OPENING_NEXT)
    closing = before != "" and not before.isspace() and right_ok
    return opening, closing


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if not m.group().isspace()]


def _starts_with_opening(text: str, lo: int, hi: int) -> bool:
    lo, hi = _trimmed(text, lo, hi)
    return lo < hi and text[lo] in "\"“„‘'«"


def scan_quotations(text: str, stop: Callable[[], bool] | None = None) -> list[Quotation]:
    """Every quotation of text, in order of its first opening mark; linear in len(text).
    `stop` is asked as the paragraphs are read (Cancelled when it says yes)."""
    out: list[Quotation] = []
    listed: set[int] = set()
    paragraphs = _paragraphs(text)
    carried: Quotation | None = None  # a quotation running on into the next paragraph
    carried_family = ""
    marks_read = 0
    for number, (lo, hi) in enumerate(paragraphs):
        stop_if_asked(stop, number)
        stack: list[tuple[str, Quotation, int]] = []  # (family, quotation, piece start)
        last_closed: Quotation | None = None
        last_close_at = -1
        if carried is not None and not _starts_with_opening(text, lo, hi):
            carried = None  # the next paragraph does not carry the quotation on: drop it
        last = hi - 1
        while last > lo and text[last].isspace():
            last -= 1
        for mark in _MARK.finditer(text, lo, hi):
            marks_read += 1
            stop_if_asked(stop, marks_read)  # one paragraph may be a whole page
            i = mark.start()
            ch = text[i]
            opening, closing = _shape(text, i, lo, hi, last)
            family = "d" if ch in DOUBLE else "s"
            top = stack[-1][0] if stack else ""
            if family == "s":
                before = text[i - 1] if i > lo else ""
                after = text[i + 1] if i + 1 < hi else ""
                if before.isalnum() and after.isalnum():
                    continue  # an apostrophe: don't, Italy’s
                if ch == "‘" or (opening and not closing):
                    kind = "open"
                elif closing and "s" in (f for f, _, _ in stack):
                    kind = "close"
                else:
                    continue
            elif ch == "«":
                kind = "open"
            elif ch == "»":
                kind = "close"
            elif ch in "“„":
                kind = "close" if closing and not opening else "open"
            elif ch == "”":
                kind = "open" if opening and not closing else "close"
            else:  # a straight double mark: its neighbours decide, else what is open
                if opening and not closing:
                    kind = "open"
                elif closing and not opening:
                    kind = "close"
                else:
                    kind = "close" if top == "d" else "open"
            if kind == "open":
                if carried is not None and not stack and carried_family == family:
                    stack.append((family, carried, i + 1))  # the quotation goes on
                    carried = None
                elif stack and stack[0][0] == family and family == "d" and len(stack) == 1:
                    # a second opening mark of the same kind: the piece before it ends here
                    _, quotation, start = stack[-1]
                    _add_piece(text, quotation, start, i, number)
                    stack[-1] = (family, quotation, i + 1)
                elif len(stack) < 3:
                    quotation = Quotation(depth=min(len(stack), 1))
                    stack.append((family, quotation, i + 1))
                continue
            # a closing mark
            if not any(f == family for f, _, _ in stack):
                if family == "d" and last_closed is not None and not stack:
                    _close_orphan(text, last_closed, last_close_at, i, number)
                continue
            while stack:
                f, quotation, start = stack.pop()
                if f != family:
                    continue  # an inner quotation never closed: forgotten
                _add_piece(text, quotation, start, i, number)
                if id(quotation) not in listed:
                    listed.add(id(quotation))
                    out.append(quotation)
                if not stack:
                    last_closed, last_close_at = quotation, i
                break
        # the paragraph ends: a quotation still open at the top may run on into the next one
        if stack:
            family, quotation, start = stack[0]
            following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if following is not None and _starts_with_opening(text, *following):
                _add_piece(text, quotation, start, hi, number)
                carried, carried_family = quotation, family
    return sorted((q for q in out if q.pieces), key=lambda q: q.pieces[0][0])


def _add_piece(text: str, quotation: Quotation, start: int, end: int, paragraph: int) -> None:
    s, e = _trimmed(text, start, end)
    if s < e:
        quotation.pieces.append((s, e))
        quotation.paragraphs.append(paragraph)


def _close_orphan(text: str, quotation: Quotation, closed_at: int, i: int, paragraph: int) -> None:
    """A closing mark with no opening one after a quotation of the same paragraph: the speech
    resumed unmarked after the attribution's sentence ("…,” he says. For me … card ”")."""
    if i - closed_at > 3000:
        return
    stop = text.find(". ", closed_at, i)
    if stop < 0:
        return
    s, e = _trimmed(text, stop + 1, i)
    if e - s >= 20 and quotation.pieces and quotation.pieces[-1][1] < s:
        quotation.pieces.append((s, e))
        quotation.paragraphs.append(paragraph)
