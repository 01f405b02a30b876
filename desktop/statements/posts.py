"""Posts a page embeds from a social network. No quote marks say that the words of a post are
somebody's; the account the page names with it does: a line of the author's name and handle
before the post ("Rhys Mellor @rhysmellor6 · 08:51", "Office of the Data Guardian ✔
@DataGuardianOffice · 7h"), or an embed's signature after it ("— Rhys Mellor (@rhysmellor6)
March 4, 2031"). The post is the paragraph next to it; a line of its counters ("♥ 14.2K ↻ 2,310")
is no part of it. Linear in the length of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.statements.names import Names

__all__ = ["Post", "posts"]

_NAME = r"(?P<name>[^\W\d_][^\n@|]{0,60}?)"
_HANDLE = r"@\w{1,30}"
# "Rhys Mellor @rhysmellor6 · 08:51", "Office of the Data Guardian ✔ @DataGuardianOffice · 7h"
_HEADER = re.compile(
    rf"[ \t]*{_NAME}[ \t]*[✔✓☑]?[ \t]*\(?{_HANDLE}\)?[ \t]*(?:[·•|][^\n]{{0,30}})?[ \t]*$"
)
# "— Rhys Mellor (@rhysmellor6) March 4, 2031"
_SIGNATURE = re.compile(rf"[ \t]*[—–-][ \t]*{_NAME}[ \t]*\({_HANDLE}\)[^\n]{{0,30}}$")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Post:
    pieces: tuple[tuple[int, int], ...]  # the post's words
    speaker: str
    label: str  # the author's name as the page writes it


def posts(text: str, names: Names) -> list[Post]:
    """Every post `text` embeds with its author's name and handle, in order."""
    if "@" not in text:
        return []
    lines = [m.span() for m in _LINE.finditer(text) if m.group().strip()]
    out: list[Post] = []
    for n, (lo, hi) in enumerate(lines):
        if "@" not in text[lo:hi]:
            continue
        header = _HEADER.match(text, lo, hi)
        signature = None if header else _SIGNATURE.match(text, lo, hi)
        found = header or signature
        if found is None:
            continue
        k = n + 1 if header else n - 1
        if not 0 <= k < len(lines):
            continue
        p_lo, p_hi = lines[k]
        words = text[p_lo:p_hi]
        if "@" in words and (_HEADER.match(text, p_lo, p_hi) or _SIGNATURE.match(text, p_lo, p_hi)):
            continue  # a header after a header: no post between
        if len(_WORD.findall(words)) < 4:
            continue  # counters, a timestamp: no post
        name = found.group("name").strip()
        out.append(Post(((p_lo, p_lo + len(words.rstrip())),), names.canonical(name), name))
    return out
