"""Paragraphs, sentences and tokens of an article, each with its character offsets.

Everything downstream points into the article text by offset, so nothing here changes the text:
it only finds boundaries. Number parsing, units and dates belong elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from desktop.claims.lexicon import (
    BOUND_PHRASES,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DURATION_UNITS,
    MEASURE_UNITS,
    MONTHS,
    PERCENT_WORDS,
    PLURAL_SCALES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
)
from desktop.claims.words import alternation, english

_W = english()

_ABBREVIATIONS = _W.words("segments.abbreviations")

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4,
                    "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375,
                    "⅝": 0.625, "⅞": 0.875}  # fmt: skip
_FRACTION_CHARS = "".join(VULGAR_FRACTIONS)
# Continental notation in translated copy: "58,3 percent" and "3,4 million" use a decimal comma,
# "15.000 persons" a thousands dot, "1 200 work places" (and "the employers said 2 950.") a
# thousands space. A decimal comma is read so only where a list of numbers cannot stand: before a
# percent, a scale or a unit, in a range of two such numbers, or after "magnitude"
# (words_en.toml, segments.after_decimal_comma and the lists beside it).
_PER_CENT = r"(?:per\s?cent|percent|pc\b|%)"
# the words that follow a decimal comma, every currency named after an amount ("11,42 crowns") and
# every unit of measure or time spelled out ("1,9 square kilometres", "49,1 gigawatts"; a unit of
# one letter, "m" or "t", may as well be a list's next word)
_AFTER_DECIMAL_COMMA = alternation(
    [
        *_W.sequence("segments.after_decimal_comma"),
        *_W.classes("currency.words"),
        *(w for w in _W.classes("units.measures") if len(w) > 1),
        *_W.classes("units.durations"),
    ],
    space=r"\s?",
)
# "58,3" and, with thousands dots, "1.842,6"; four decimals make a rate ("1,1620 euro"), never
# thousands. A comma and a digit after it would make a list ("1,2,3").
# "58,3", "1.842,6", and with thousands apart by spaces "1 842,6" (translated copy)
_DECIMAL = (
    r"(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+(?=,\d+(?!\d|\s*%))|\d+),(?:\d{4}|\d{1,2})(?!\d|,\d)"
)
_CODES = "|".join(sorted(c.upper() for c in CURRENCY_CODES if len(c) == 3))  # a look-behind's width
_DECIMAL_COMMA = (
    rf"{_DECIMAL}(?=(?:\s*|-)(?:%|(?i:{_AFTER_DECIMAL_COMMA})\b))"  # 58,3 %; R18,4-billion
    rf"|{_DECIMAL}(?=\s+[A-Z][^\W\d]+\s+(?:{_AFTER_DECIMAL_COMMA})\b)"  # 34,12 Norvanian dollars
    rf"|{_DECIMAL}(?=\s+[a-z]{{3,}}\s+(?:{_AFTER_DECIMAL_COMMA})\b)"  # 41,3 rating points
    rf"|{_DECIMAL}(?=\s*(?:{alternation(_W.sequence('segments.range_words'))})\s*{_DECIMAL})"
    # "9,50 to 14 euros": a range whose second number is whole, a unit after it
    rf"|{_DECIMAL}(?=\s*(?:{alternation(_W.sequence('segments.range_words'))})\s*\d{{1,3}}"
    rf"(?:\s*|-)(?:%|(?i:{_AFTER_DECIMAL_COMMA})\b))"
    rf"|{_DECIMAL}(?=\s+(?:[^\W\d]+\s+){{0,2}}per\s+\d)"  # 7,9 (deaths) per 100 000
    r"|(?<=[$€£])\d{1,3},\d\d(?!\d|,\d)"  # "$2,50 a dose": cents after a comma, not "$2,500"
    r"|(?<=[$€£][ \u00a0])\d{1,3},\d\d(?!\d|,\d)"  # "€ 0,92", "€ 7,50": the sign set apart
    r"|(?<=\bR)\d{1,3},\d\d(?!\d|,\d)|(?<=R\$ )\d{1,3},\d\d(?!\d|,\d)"  # "R6,85", "R$ 32,50"
    rf"|(?<=\b(?:{_CODES})[ \u00a0])\d{{1,3}},\d\d(?!\d|,\d)"  # "CHF 24,30": an ISO code
    rf"|(?<=\b(?:{_CODES}))\d{{1,3}},\d\d(?!\d|,\d)"  # "CHF24,30", glued
    rf"|(?<![\d.,])\d{{1,3}},\d\d(?=[ \u00a0]?(?:{_CODES})\b)"  # "24,30 CHF": the code after
    + "".join(  # "magnitude 6,8": a fixed-width look-behind per word
        rf"|(?<=\b(?i:{re.escape(w)})\s){_DECIMAL}"
        for w in sorted(_W.words("segments.before_decimal_comma"))
    )
)


_SCALES = rf"(?i:{alternation(_W.words('segments.scales_after_dots'))})"
# "€1.759 a litre", "1.689 euros per litre": a price to a tenth of a cent, no thousands
_PER_UNIT = (
    rf"(?:\s+[^\W\d]+)?\s+(?i:{alternation(_W.words('segments.price_per'))})"
    rf"\s+(?i:{alternation(_W.words('segments.priced_units'))})\b"
)


# An amount whose point a PDF's line set apart from its decimals: "£48. 7m", "$2. 4 billion"
_AMOUNT_SCALES = rf"(?i:{alternation([*SCALE_SUFFIXES, *SCALE_WORDS])})"
_BROKEN_AMOUNT = (  # a footnote's digit may follow the scale: "£612. 5m4"
    rf"\d{{1,3}}\. \d{{1,2}}(?={_AMOUNT_SCALES}\d?\b|\s+{_AMOUNT_SCALES}\b)"
)
_FUNCTION_WORD = rf"(?i:{alternation(_W.words('parser.function_words'))})\b"  # "and", "of"
# An amount's pence or cents a PDF's justified line set apart after the point, the clause
# going on with no noun: "food accounted for £71. 30 and restaurants for £58.90" (not "it cost
# £71. 30 people came", a sentence's end and a count).
_BROKEN_PENCE = (
    r"\d{1,3}\. \d{2}(?![\d.,]\d|\d)" + rf"(?=[,;:)]|\.(?:\s|$)|\s*$|\s+{_FUNCTION_WORD})"
)
_BROKEN_MONEY = re.compile(rf"[$€£¥₹](?:{_BROKEN_AMOUNT}|{_BROKEN_PENCE})")
# A decimal point a PDF's justified line set apart on both sides, before a percent or a scale
_BROKEN_DECIMAL = re.compile(
    rf"(?<!\d)\d{{1,3}} \. \d{{1,2}}(?=\s?(?:{_PER_CENT}|{_SCALES}\b))"
    # …or after the point alone, before a percent: "made up 17. 6% of the total"
    rf"|(?<![\d.,])\d{{1,3}}\. \d{{1,2}}(?=\s?{_PER_CENT})"
)


# Thousands whose comma a PDF's justified line set apart from them, in a number that stands
# alone: "paid £2.4bn to 84, 500 farm businesses", "fell to 7, 130." Not a list ("3, 84, 500",
# "12, 130 and 200") nor a date before a count ("May 12, 500 people marched").
_BROKEN_THOUSANDS = (
    r"(?=[1-9]\d{0,2}, \d{3})(?<![\d,] )(?<![\d,])"  # looked at only where such a number is
    + "".join(rf"(?<!\b(?i:{re.escape(m)}) )(?<!\b(?i:{re.escape(m)})\. )" for m in sorted(MONTHS))
    + r"[1-9]\d{0,2}, \d{3}(?![\d.,]\d|\d)"
    + rf"(?!,? (?i:{alternation(_W.words('segments.list_joins'))}) \d|, \d)"
    # "up from 297, 160 of them for …": a clause's number after the comma
    + rf"(?!\s+{_FUNCTION_WORD})"
    r"(?=\s+[a-z]|[.;:)]?(?:\s|$))"
)


def _token_pattern(continental: str) -> re.Pattern[str]:
    return re.compile(
        r"(?=\S)"  # every token starts on a non-space: a space is passed at one look, not nine
        rf"(?P<num>{continental}"
        r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d.,]\d)"  # 1,81,343: lakhs, Indian copy
        r"|\d+(?:[,\u202f\u00a0]\d{3})+(?:\.\d+)?(?![\d.,]\d|\d)"  # 1,234.5 (not 1,2345)
        # 15.000 x (not "$1.765 billion")
        rf"|(?P<dots>(?!0)\d{{1,3}}(?:\.\d{{3}})+(?![\d.,]\d)(?!{_PER_UNIT})"
        rf"(?=\s+(?!{_PER_CENT}|{_SCALES}\b)[^\W\d])"
        r"|\d{1,3}(?:\.\d{3})*\.000(?![\d.,]\d)"  # "more than 13.000": no decimal ends in 000
        r"|[1-9]\d{0,2}(?:\.\d{3})*\.\d00(?=[.,;:)]?(?:\s|$)))"  # "the employers count 4.300."
        rf"|(?P<comma>{_DECIMAL_COMMA})"  # 58,3 %; 19,0 to 19,4 billion; magnitude 6,8
        # 1 200 x; "the employers said 2 950."; "(plus 11 300)."; "was € 10 440.¹" (a note's
        # mark after it); a table's "11 842      52,3 %" (a column's gap and the next cell)
        r"|\d{1,3}(?: \d{3})+(?![\d.,]\d)"
        # … and "a 2 000-seat arena", "a 12 500-strong crowd": a compound's hyphen after it
        r"(?=\s+[a-z]|[.,;:)]{0,2}[¹²³⁴⁵⁶⁷⁸⁹]*(?:\s|$)|[ \t]{3,}[-−+]?\d|-[A-Za-z])"
        # text a PDF's justified line broke: "97 .3 per cent", "1 ,028", "2 , 150"; no prose
        # puts a space before the point or the comma of a number
        r"|\d+ \.\d+(?![\d.,]\d)"
        rf"|{_BROKEN_DECIMAL.pattern}"  # "37 . 4%", "£4 . 2bn"
        # … and after a currency sign a space after the comma or the point: "£1, 200", "£48. 7m"
        r"|(?<=[$€£¥₹])\d{1,3}, \d{3}(?![\d.,]\d|\d)"
        rf"|(?<=[$€£¥₹])\d{{1,3}}(?: \d{{3}})+(?=(?:{_AMOUNT_SCALES})\b)"  # "£2 413m": thousands
        rf"|{_BROKEN_THOUSANDS}"  # "to 84, 500 farm businesses": one number, no list of two
        rf"|(?<=[$€£¥₹]){_BROKEN_AMOUNT}"
        rf"|(?<=[$€£¥₹]){_BROKEN_PENCE}"  # "£71. 30 and restaurants …"
        r"|\d{1,3} , ?\d{3}(?:,\d{3})*(?: , ?\d{3})*(?![\d.,]\d|\d)"
        rf"|\d+(?:\.\d+)?(?:[eE][+-]?\d{{1,2}}(?![\w]))?[{_FRACTION_CHARS}]?"  # 12, 1.2e6, 3½
        rf"|\.\d+|[{_FRACTION_CHARS}])"
        # "km²", "m³", "5,000 m3": a unit raised to a power is one word
        r"|(?P<word>[kcm]?m[23](?![\w²³])|[A-Za-z\u00b5\u00c0-\u024f\u03bc]+(?:[.'’][A-Za-z\u00c0-\u024f]+)*[²³]?\.?)"
        r"|(?P<sym>\S)"
    )


# An article in continental notation (its decimal commas outnumber its decimal points): there
# "2.300" is always thousands and "55,1" always a decimal, whatever follows them.
_CONTINENTAL_NUMBERS = (
    rf"(?P<cdots>(?!0)\d{{1,3}}(?:\.\d{{3}})+(?![\d.,]\d|\d)(?!\s*{_PER_CENT}))"  # not "€0.412"
    r"|(?P<ccomma>(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}(?!\d|,\d))|"
)
_TOKEN = _token_pattern("")
_CONTINENTAL_TOKEN = _token_pattern(_CONTINENTAL_NUMBERS)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # num, word, sym
    low: str  # a word lower-cased without its dot; a number in plain digits ("15.000" → 15000)


def low_at(toks: Sequence[Token], i: int) -> str:
    """The lower-cased word at i (`Token.low`), or '' past either end of the tokens."""
    return toks[i].low if 0 <= i < len(toks) else ""


_COLUMN_GAP = 3  # spaces between two tokens that set them in a table's columns
_FILLERS = frozenset(_W.words("segments.fillers"))  # "uh", "um": speech's hesitations


def without_fillers(toks: list[Token]) -> list[Token]:
    """A transcript's tokens without its hesitations and the commas that set them off: "went
    from, uh, six hundred to nine hundred" reads as "went from six hundred to nine hundred"."""
    if not any(t.low in _FILLERS for t in toks):
        return toks  # most sentences have none
    out: list[Token] = []
    skip_comma = False
    for t in toks:
        if t.low in _FILLERS and not t.text.isupper():  # "ER", "UM" in capitals are names
            if out and out[-1].text == ",":
                out.pop()
            skip_comma = True
            continue
        if skip_comma and t.text == ",":
            skip_comma = False
            continue
        skip_comma = False
        out.append(t)
    return out


def column_gap(left: Token, right: Token) -> bool:
    """Whether two tokens stand in two columns of a table ("14 Nov      87": a date, then a
    gust of 87 mph; "50 and over      427": a row's label, then its cell), not in one phrase."""
    return right.start - left.end >= _COLUMN_GAP


def pictographs(text: str) -> bool:
    """Whether a text holds a pictograph, a page's icon: "👍 2.3K  💬 411", "📷 2 photos"."""
    return any(unicodedata.category(ch) == "So" for ch in text)


def token(start: int, end: int, text: str, kind: str) -> Token:
    """A token with its comparison form: 'U.S.' → 'u.s', 'Said' → 'said'."""
    return Token(start, end, text, kind, text.lower().rstrip(".") if kind == "word" else text)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int  # sentence number in the article


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines; news text puts one paragraph on a line."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def sentences(text: str) -> Iterator[Sentence]:
    """Sentences with offsets, never crossing a paragraph, found as they are asked for (a long
    text's first sentences are ready before its last are split)."""
    out: list[Sentence] = []
    done = 0
    for p_index, (p_start, p_end) in enumerate(paragraphs(text), start=1):
        chunk = text[p_start:p_end]
        begin = 0
        for m in _SENTENCE_END.finditer(chunk):
            if m.group() == "." and any(
                _BROKEN_DECIMAL.match(chunk, at) or _BROKEN_MONEY.match(chunk, at)
                for at in range(max(0, m.start() - 4), m.start())
            ):
                continue  # "37 . 4%": a number a PDF's justified line broke, no sentence's end
            if m.group().startswith("."):
                word = _last_word(chunk, max(begin, m.start() - 40), m.start() + 1)
                if word and _is_abbreviation(word):
                    continue
            _append(out, chunk, p_start, begin, m.end(), p_index)
            begin = m.end()
            yield from out[done:]
            done = len(out)
        _append(out, chunk, p_start, begin, len(chunk), p_index)
        yield from out[done:]
        done = len(out)


def _last_word(chunk: str, lo: int, end: int) -> str:
    r"""The letters and dots that end chunk[lo:end] ('U.S.', 'Mr.'), read back from `end`: what
    searching r"([A-Za-z.]+)\.?$" from `lo` finds, without trying every start on the way."""
    at = end
    while at > lo and chunk[at - 1] in _WORD_CHARS:
        at -= 1
    return chunk[at:end]


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _is_abbreviation(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha())


def _append(out: list[Sentence], chunk: str, base: int, s: int, e: int, paragraph: int) -> None:
    while s < e and chunk[s].isspace():
        s += 1
    while e > s and chunk[e - 1].isspace():
        e -= 1
    while e - s > _LONGEST:  # no news sentence is this long: cut a run-on text at a space
        cut = chunk.rfind(" ", s + _LONGEST // 2, s + _LONGEST)
        cut = cut if cut > s else s + _LONGEST
        out.append(Sentence(base + s, base + cut, paragraph, len(out)))
        s = cut
        while s < e and chunk[s].isspace():
            s += 1
    for cut in _entries(chunk, s, e):  # a fact box run into one line: one entry each
        out.append(Sentence(base + s, base + cut, paragraph, len(out)))
        s = cut
    if e > s:
        out.append(Sentence(base + s, base + e, paragraph, len(out)))


_COLON = re.compile(r":\s")
_ENTRY_WORD = re.compile(r"\S+")
_VALUE_WORDS = _W.words("segments.value_words")
LABEL_WORDS = 5  # words of a fact box's label: "Dead:", "Families in hotels:", "Cost of the count:"
_YEAR_WORD = re.compile(r"(?:19|20)\d\d[,.;]?")
_VALUE_LEAD = 3  # words from a label's colon to its number: "MORE THAN 1.8 MILLION"


def _entries(chunk: str, s: int, e: int) -> list[int]:
    """Where the entries of a fact box run into one line begin ("People: 8,412,356 Up: 5.4%
    Households: 3.5 MILLION Median age: 41.3"): right after an entry's number (and the words of
    that number: "MILLION", "per cent"), a label of a few words that opens with a capital, a
    colon and a number. A label in capitals opens at its first word that is no part of the
    number before ("1.8 MILLION COST: €128m"); a year before it is no entry's number."""
    colons = [m.start() for m in _COLON.finditer(chunk, s, e)]
    cuts: list[int] = []
    for before, colon in zip(colons, colons[1:], strict=False):
        value = _ENTRY_WORD.findall(chunk, colon + 1, e)[:_VALUE_LEAD]
        if not any(ch.isdigit() for w in value for ch in w):
            continue
        words = list(_ENTRY_WORD.finditer(chunk, before + 1, colon))
        last = max(
            (n for n, w in enumerate(words) if any(ch.isdigit() for ch in w.group())),
            default=None,
        )
        if last is None or _YEAR_WORD.fullmatch(words[last].group()):
            continue
        label = words[last + 1 :]
        opens = [w for w in label if w.group()[:1].isupper() and not w.group().isupper()]
        opens = opens or [
            w for w in label if w.group()[:1].isupper() and w.group().lower() not in _VALUE_WORDS
        ]
        if not opens or len(label) - label.index(opens[0]) > LABEL_WORDS:
            continue
        between = label[: label.index(opens[0])]  # the number's own words, in capitals or not
        if all(w.group().isupper() or w.group().lower() in _VALUE_WORDS for w in between):
            cuts.append(opens[0].start())
    if cuts:  # "THE CENSUS IN NUMBERS People: 8,412,356": the box's title is no label
        words = list(_ENTRY_WORD.finditer(chunk, s, colons[0]))
        caps = max((n for n, w in enumerate(words) if w.group().isupper()), default=-1)
        label = words[caps + 1 :]
        if label and label[0].group()[:1].isupper() and 0 < caps and len(label) <= LABEL_WORDS:
            cuts.insert(0, label[0].start())
    return cuts


_LONGEST = 4000  # characters


def tokens(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    continental: bool = False,
    cells: Sequence[int] = (),
) -> list[Token]:
    """Words, numbers and symbols of text[start:end], with offsets into `text`; `continental`
    when the whole text writes numbers so (`in_continental_notation`); `cells`, sorted, where a
    table's number cells start: a number never runs over one ("406 715" in a row of a report's
    table is two columns, not a number with a space between its thousands)."""
    end = len(text) if end is None else end
    out: list[Token] = []
    append = out.append
    pattern = _CONTINENTAL_TOKEN if continental else _TOKEN
    for m in pattern.finditer(text, start, end):  # one Token per match, built without a call
        kind = m.lastgroup or "sym"
        tok = m.group()
        at, to = m.span()
        if kind == "word":
            if tok[-1] != ".":  # most words: nothing to strip
                append(_new(Token, (at, to, tok, kind, tok.lower())))
            elif _keeps_dot(tok) and not (
                # "c." of "c. 4 million" keeps its dot; "−24 C." and "8c." end a sentence
                len(tok) == 2 and (tok[0].isupper() or (at > 0 and text[at - 1].isdigit()))
            ):
                append(_new(Token, (at, to, tok, kind, tok.lower().rstrip("."))))
            else:
                bare = tok[:-1]
                append(_new(Token, (at, to - 1, bare, kind, bare.lower().rstrip("."))))
                append(_new(Token, (to - 1, to, ".", "sym", ".")))
        elif kind == "num":
            if cells and " " in tok and (inside := _cells_in(cells, at, to)):
                for lo, hi in zip((at, *inside), (*inside, to), strict=True):
                    out.extend(tokens(text, lo, hi, continental=continental))
                continue
            append(_new(Token, (at, to, tok, kind, tok if tok.isdigit() else _plain_number(m))))
        else:
            append(_new(Token, (at, to, tok, kind, tok)))
    if "- " in text[start:end]:
        return _rejoined(out, text)
    return out


def _cells_in(cells: Sequence[int], start: int, end: int) -> list[int]:
    """The table cells that start inside a number after its first digit."""
    return list(cells[bisect_right(cells, start) : bisect_left(cells, end)])


def _rejoined(toks: list[Token], text: str) -> list[Token]:
    """A word a PDF's line broke with a hyphen ("mil- lion", "approxi- mately") as one word,
    when the two halves make a word of figures (a scale, a bound, a unit); other hyphens stay
    ("state- owned" is two words either way)."""
    out: list[Token] = []
    n = 0
    while n < len(toks):
        a = toks[n]
        if (
            n + 2 < len(toks)
            and a.kind == "word"
            and toks[n + 1].text == "-"
            and toks[n + 2].kind == "word"
            and a.end == toks[n + 1].start
            and text[toks[n + 1].end : toks[n + 2].start] == " "
            and (a.low + toks[n + 2].low) in _REJOINED_WORDS
        ):
            b = toks[n + 2]
            out.append(Token(a.start, b.end, a.text + b.text, "word", a.low + b.low))
            n += 3
            continue
        out.append(a)
        n += 1
    return out


_REJOINED_WORDS = frozenset(
    {
        *SCALE_WORDS,
        *PLURAL_SCALES,
        *(phrase[0] for phrase in (*BOUND_PHRASES, *PERCENT_WORDS) if len(phrase) == 1),
        *(w for w in (*MEASURE_UNITS, *DURATION_UNITS, *CURRENCY_WORDS) if len(w) > 3),
    }
)


_new = tuple.__new__  # Token(...) without the named tuple's Python-level constructor

# a decimal comma where only a decimal can stand, after a space ("In 2021,15 percent" is a
# year and a number run together), with a space before its unit or a glued "%"
_DECIMAL_COMMAS = re.compile(
    rf"(?<![\w.,])\d{{1,3}},\d{{1,2}}(?=\s+(?:{_AFTER_DECIMAL_COMMA})\b|%)"
)
# a decimal point: one, two or four decimals and more ("3.4", "1.1620"), or after a thousands
# comma ("12,345.67"); three digits after a dot may be thousands ("6.800 tonnes")
_DECIMAL_POINTS = re.compile(r"(?<![\d.])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])|,\d{3}\.\d")
# thousands in dots, two groups at least: no English number is written so ("5.142.000")
_DOTTED_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3}){2,}(?![\w.]\d|\d)")
_CONTINENTAL_AT_LEAST = 3  # decimal commas in a text written in continental notation
# … and a clause's comma may follow one: "Loans per resident were 14,2, against 13,6" ("1,2,3"
# is a list)
_SHORT_COMMAS = re.compile(r"(?<![\w.,])[A-Z]?\d{1,3},\d{1,2}(?!\d|,\d)")
_THOUSANDS_COMMA = re.compile(r"\d,\d{3}(?!\d)")


def in_continental_notation(text: str) -> bool:
    """Whether a text writes numbers in continental notation: three signs of it at least,
    decimal commas where only a decimal can stand ("58,3 percent", "6,1 million") or thousands
    in dots ("1.142.000"), and more than twice as many as decimal points ("3.4 percent",
    "12,345.67")."""
    signs = len(_DECIMAL_COMMAS.findall(text)) + len(_DOTTED_THOUSANDS.findall(text))
    points = len(_DECIMAL_POINTS.findall(text))
    if signs >= _CONTINENTAL_AT_LEAST and signs > 2 * points:
        return True
    # a text with no thousands comma at all ("1 146 aftershocks"), whose commas before one or
    # two digits are decimals wherever they stand: "magnitude 6,8 the", "M5,3", "CHF 41,6 m"
    if _THOUSANDS_COMMA.search(text) is not None:
        return False
    loose = len(_SHORT_COMMAS.findall(text))
    return loose >= _CONTINENTAL_AT_LEAST and loose > 2 * points


def _plain_number(m: re.Match[str]) -> str:
    """The number as Python reads it: separators out, a decimal comma turned into a point."""
    text = m.group().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    found = m.groupdict()
    if found["comma"] or found.get("ccomma"):
        return text.replace(".", "").replace(",", ".")
    if found["dots"] or found.get("cdots"):
        return text.replace(".", "")
    return text.replace(",", "")


def _keeps_dot(word: str) -> bool:
    """'U.S.' and 'Mr.' keep their dot; a word ending a sentence does not."""
    core = word[:-1]
    return "." in core or core.lower() in _ABBREVIATIONS
