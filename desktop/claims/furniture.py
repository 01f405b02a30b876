"""Page furniture: the counts a page's widgets and bylines show, not its story.

"12 comments", "3 min read", "Share 45", "1 of 5", "💬 58", "14 updates · Last updated 11:26" and
a byline's reading time ("Published 27/08/2025 21:15 · 2 min"). Lines of links and their ranks
belong to `lists.py`.
"""

from __future__ import annotations

from desktop.claims.lexicon import FURNITURE_WORDS, MONTHS, TIMESTAMP_LABELS
from desktop.claims.numbers import a_year
from desktop.claims.segments import Token, low_at, pictographs
from desktop.claims.words import english

_W = english()


_FURNITURE_BEFORE = _W.words("nonfigures.furniture_before")


def a_byline(toks: list[Token]) -> bool:
    """Whether a line dates its page: a month, a year, a date in figures or a label of when, or
    a date or time already masked ("Publicado 14/11/2025 às 11:50 · 2 min")."""
    return any(
        t.low in MONTHS or t.low in TIMESTAMP_LABELS or t.text in ("/", _MASKED) or a_year(t.text)
        for t in toks
    )


_MASKED = "§"  # a token of a span set aside before reading: a date, a time, a code


def after_widget_icon(toks: list[Token], first: int, last: int) -> bool:
    """Whether the token before `first` is a widget's icon ("💬 58", "👁 8,214", "❤️ 904") and
    the count ends its line or its widget ("💬 1.8k comments | Share", "💬 6 commentaires ·");
    not a headline after a link's icon ("🔗 12 killed in …")."""
    k = first - 1
    if k >= 0 and toks[k].text in _VARIATION_SELECTORS:
        k -= 1  # "❤️" is the heart and a selector that asks for its coloured form
    if k < 0 or toks[k].text not in _WIDGET_ICONS:
        return False
    words = 0
    for tok in toks[last + 1 :]:
        if tok.kind == "sym":
            break
        words += 1  # a widget names its count in a word at most: "comments", "commentaires"
    return words <= 1


_WIDGET_ICONS = frozenset(_W.words("nonfigures.widget_icons"))
_VARIATION_SELECTORS = frozenset("\ufe0e\ufe0f")


def is_furniture_count(toks: list[Token], i: int, last: int) -> bool:
    """'12 comments', '3 min read', 'Share 45', '1 of 5' on a short line of page furniture."""
    after, before = low_at(toks, last + 1), low_at(toks, i - 1)
    if after in _READ_TIME_UNITS and low_at(toks, last + 2) in READ_WORDS:
        return True  # "5 min read", a translated page's "2 min Lesezeit"
    hyphened = after in ("-", "–") and low_at(toks, last + 2) in _READ_TIME_UNITS
    if hyphened and low_at(toks, last + 3) == "read":
        return True  # "5-minute read"
    if after in _FURNITURE_COUNTS and after != "of" and before not in ("the",):
        near = {t.low for t in toks[max(0, i - 3) : last + 4]}
        if after not in FURNITURE_WORDS:
            near.discard(after)  # "38 updates · Share", not "Microsoft issues 38 updates"
        return len(near & FURNITURE_WORDS) >= 1
    if (
        after == "of"
        and low_at(toks, last + 2).isdigit()
        and before in ("", "page", "photo", "image")
    ):
        return True
    return before in _FURNITURE_BEFORE


def barred_widget_count(toks: list[Token], i: int, last: int) -> bool:
    """A widget's count between the bars of a page's strip: a live page's "14 updates · Last
    updated 11:26", a byline's "· 📷 2 photos" (an icon may stand before the number). A bar in
    running text is rare; a count of updates or photos with one on either side is no story's,
    while minutes there may be ("Category 1 calls · 8 min")."""
    noun = low_at(toks, last + 1)
    if noun not in _FURNITURE_COUNTS or noun in _READ_TIME_UNITS:
        return False  # "Category 1 calls · 8 min" is a response time
    k = i - 1
    if k >= 0 and toks[k].kind == "sym" and pictographs(toks[k].text):
        k -= 1  # "📷 2 photos"
    before = toks[k].text if k >= 0 else ""
    after = toks[last + 2].text if last + 2 < len(toks) else ""
    return before in BYLINE_BARS or after in BYLINE_BARS or (k < 0 and last + 2 == len(toks))


_FURNITURE_COUNTS = _W.words("nonfigures.furniture_counts")
_READ_TIME_UNITS = frozenset(_W.words("nonfigures.read_time_units"))
READ_WORDS = frozenset(_W.words("nonfigures.read_time_words"))
BYLINE_BARS = frozenset("·|•")


READ_TIME_ABBREVIATED = frozenset(u for u in _READ_TIME_UNITS if not u.startswith("minute"))
