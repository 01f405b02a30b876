"""Number expressions — digits and words, scales, currencies, percentages, ranges, bounds.

Turns "more than 82,000", "$2.3bn", "six or seven" and "between 40 and 50 per cent" into value, low,
high and bound over a run of tokens. Whether a number is a figure at all (dates, ages, names) is
decided in `nonfigures.py`; what it counts in `counted.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.claims.lexicon import (
    BOUND_PHRASES,
    BOUND_SUFFIXES,
    CAPPING_WORDS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    PERCENT_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE_PLURALS,
)
from desktop.claims.segments import Token

_DASHES = {"-", "–", "—"}
_ACROSS_VERBS = {"held", "spread", "stretched", "played", "run", "staged", "fought", "lasted",
                 "unfolded", "taken", "spent", "spanning", "spans", "split", "raced", "ridden",
                 "took", "place", "out", "sessions", "days", "period"}  # fmt: skip
_HALVES = {"percentage", "point", "mile", "kilometre", "kilometer", "day", "hour", "year",
           "century", "cent", "metre", "meter", "degree", "second", "minute"}  # fmt: skip
_CHANGE_WORDS = {
    "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling",
    "increased", "increase", "decreased", "decrease", "climbed", "dropped", "jumped", "grew",
    "grown", "declined", "surged", "soared", "slipped", "plunged", "tumbled", "slumped", "up",
    "down", "raised", "lowered", "cut", "reduced", "boosted", "revised", "widened", "narrowed",
    "changed", "went", "moved", "edged", "inched", "swelled", "shrank", "doubled", "tripled",
    "lifted", "trimmed", "upgraded", "downgraded", "jump", "drop",
}  # fmt: skip
WORD_NUMBERS = set(UNITS_WORDS) | set(TENS_WORDS)


@dataclass
class NumberExpr:
    """A number expression over tokens [first, last] (inclusive), with its meaning."""

    first: int
    last: int
    value: float
    bound: str = "="
    low: float | None = None
    high: float | None = None
    currency: str = ""
    percent: str = ""  # "%", "percentage points", "basis points"
    written_in_words: bool = False
    vague: bool = False
    has_digits: bool = False
    plain_digits: str = ""  # the digit token as written, for year/name checks
    bound_words: str = ""
    not_figure: bool = False  # a score "3-1" or a season "2023-24": read, then dropped


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def _digits_value(tok: Token) -> float:
    return float(tok.text.replace(",", "").replace("\u202f", "").replace("\u00a0", ""))


class _Parser:
    def __init__(self, toks: list[Token]) -> None:
        self.t = toks

    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < len(self.t) else ""

    # ---- a bare number: digits with scale, or words ---------------------------------------
    def core(self, i: int) -> tuple[float, int, dict] | None:
        """Parse the number starting at token i; returns (value, index after, flags)."""
        t = self.t
        if i >= len(t):
            return None
        tok = t[i]
        flags: dict = {"words": False, "vague": False, "digits": False, "plain": ""}
        if tok.kind == "num":
            value = _digits_value(tok)
            flags["digits"], flags["plain"] = True, tok.text
            j = i + 1
            if j < len(t) and _adjacent(tok, t[j]) and t[j].low in SCALE_SUFFIXES:
                if t[j].text.islower() or (i > 0 and t[i - 1].text in CURRENCY_SYMBOLS):
                    return value * SCALE_SUFFIXES[t[j].low], j + 1, flags
            if (
                j < len(t)
                and t[j].low in SCALE_WORDS
                and t[j].low != "hundred"
                or (j < len(t) and t[j].low in ("mn", "bn", "mln", "bln", "tn"))
            ):
                scale = SCALE_WORDS.get(t[j].low) or SCALE_SUFFIXES[t[j].low]
                return value * scale, j + 1, flags
            if j < len(t) and t[j].low == "hundred" and "." not in tok.text:
                k = j + 1
                if k < len(t) and t[k].low in ("thousand", "million", "billion"):
                    return value * 100 * SCALE_WORDS[t[k].low], k + 1, flags
                return value * 100, j + 1, flags
            return value, j, flags
        if tok.kind != "word":
            return None
        w = tok.low
        flags["words"] = True
        if (
            w in ("tens", "hundreds")
            and self.low(i + 1) == "of"
            and self.low(i + 2)
            in (
                "thousands",
                "millions",
            )
        ):
            base = 10 if w == "tens" else 100
            flags["vague"] = True
            return base * VAGUE_PLURALS[self.low(i + 2)], i + 3, flags
        if w in VAGUE_PLURALS:
            flags["vague"] = True
            return float(VAGUE_PLURALS[w]), i + 1, flags
        if w in ("a", "an") and self.low(i + 1) in ("dozen", "hundred", "thousand", "million",
                                                     "billion", "trillion"):  # fmt: skip
            return self._words(i + 1, start_value=1)
        if w == "half" and self.low(i + 1) == "a" and self.low(i + 2) in SCALE_WORDS:
            return SCALE_WORDS[self.low(i + 2)] / 2, i + 3, flags
        if w == "half" and self.low(i + 1) == "a" and self.low(i + 2) == "dozen":
            return 6.0, i + 3, flags
        if w == "half" and self.low(i + 1) == "a" and self.low(i + 2) in _HALVES:
            return 0.5, i + 2, flags  # "half a percentage point": the unit follows
        if w in WORD_NUMBERS or w == "dozen":
            return self._words(i, start_value=None)
        return None

    def _words(self, i: int, start_value: int | None) -> tuple[float, int, dict]:
        t = self.t
        total, current = 0.0, float(start_value or 0)
        j = i
        seen_any = start_value is not None
        while j < len(t):
            w = t[j].low
            if w in UNITS_WORDS or w in TENS_WORDS:
                v = UNITS_WORDS.get(w, 0) + TENS_WORDS.get(w, 0)
                if seen_any and current:
                    last2 = current % 100
                    tens_then_unit = last2 >= 20 and last2 % 10 == 0 and w in UNITS_WORDS and v < 10
                    if last2 != 0 and not tens_then_unit:
                        break
                current += v
            elif w == "dozen":
                current = (current or 1) * 12
            elif w == "hundred":
                current = (current or 1) * 100
            elif w in ("thousand", "million", "billion", "trillion"):
                total += (current or 1) * SCALE_WORDS[w]
                current = 0
            elif (
                w == "-"
                and j + 1 < len(t)
                and _adjacent(t[j - 1], t[j])
                and (t[j + 1].low in UNITS_WORDS and _adjacent(t[j], t[j + 1]) and seen_any)
            ):
                j += 1
                continue
            elif (
                w == "and"
                and seen_any
                and self.low(j + 1) in WORD_NUMBERS
                and (current >= 100 or total > 0)
            ):
                j += 1
                continue
            else:
                break
            seen_any = True
            j += 1
        flags = {"words": True, "vague": False, "digits": False, "plain": ""}
        return total + current, j, flags

    # ---- a whole expression: bound, currency, number, range, percent ----------------------
    def expression(self, i: int) -> NumberExpr | None:
        t = self.t
        currency, first = "", i
        if t[i].kind == "sym" and t[i].text in CURRENCY_SYMBOLS:
            currency = CURRENCY_SYMBOLS[t[i].text]
            if i > 0 and t[i - 1].low in CURRENCY_PREFIXES and _adjacent(t[i - 1], t[i]):
                currency, first = CURRENCY_PREFIXES[t[i - 1].low], i - 1
            i += 1
        elif t[i].low in CURRENCY_CODES and t[i].text.isupper() and i + 1 < len(t):
            if t[i + 1].kind == "num":
                currency = t[i].text.upper().replace("RMB", "CNY")
                i += 1
        parsed = self.core(i)
        if parsed is None:
            return None
        value, j, flags = parsed
        expr = NumberExpr(first, j - 1, value, currency=currency)
        expr.written_in_words, expr.vague = flags["words"], flags["vague"]
        expr.has_digits, expr.plain_digits = flags["digits"], flags["plain"]
        self._range(expr, j)
        self._sign(expr)
        self._percent_and_currency_after(expr)
        self._bound_before(expr)
        self._bound_after(expr)
        if expr.vague and expr.bound == "=":
            expr.bound, expr.low = "~", expr.value
        return expr

    def _range(self, expr: NumberExpr, j: int) -> None:
        t = self.t
        if j >= len(t):
            return
        joiner = t[j].low
        before = self.low(expr.first - 1)
        if joiner == "in" and self._ratio(expr, j):
            return
        ok = False
        if joiner in _DASHES and expr.has_digits:
            ok = True
        elif joiner == "to":
            ok = not (before == "from" and self.low(expr.first - 2) in _CHANGE_WORDS)
        elif joiner == "and":
            ok = before == "between"
        elif joiner == "or":
            ok = self.low(j + 1) not in ("more", "so", "fewer", "less", "above")
        if not ok:
            return
        k = j + 1
        if k < len(t) and t[k].kind == "sym" and t[k].text in CURRENCY_SYMBOLS:
            if joiner == "to" and self.low(expr.first - 1) in _CHANGE_WORDS:
                return  # "rose $1.20 to $84.35": by how much, then to what
            k += 1
        second = self.core(k)
        if second is None:
            return
        high, end, flags = second
        if flags["words"] != expr.written_in_words or flags["vague"]:
            return
        low = expr.value
        if high >= 1000 * low and low < 1000 and not expr.written_in_words:  # "2-3 million"
            scale = high / max(1.0, _unscaled(t[k]))
            low = low * scale
        if not (high > low):
            if joiner in _DASHES and _adjacent(t[j - 1], t[j]) and _adjacent(t[j], t[k]):
                expr.not_figure, expr.last = True, end - 1  # "3-1" a score, "2023-24" a season
            return
        if joiner == "or" and high > 2 * low + 1:
            return
        expr.low, expr.high, expr.value, expr.bound = low, high, low, "range"
        expr.last = end - 1

    def _ratio(self, expr: NumberExpr, j: int) -> bool:
        """'one in five adults': a share, 0.2, not two figures."""
        second = self.core(j + 1)
        if second is None or expr.value <= 0:
            return False
        whole, end, flags = second
        if not whole > expr.value or flags["vague"] or self.low(j + 1) in ("a", "an"):
            return False
        expr.value, expr.last = expr.value / whole, end - 1
        return True

    def _sign(self, expr: NumberExpr) -> None:
        """'minus 9', '−11C', ' -3.5%': a negative value."""
        t, i = self.t, expr.first
        negative = self.low(i - 1) == "minus"
        if not negative and i >= 1 and t[i - 1].text in ("-", "−") and _adjacent(t[i - 1], t[i]):
            negative = i < 2 or not _adjacent(t[i - 2], t[i - 1])
        if not negative:
            return
        expr.first = i - 1
        expr.value = -expr.value
        if expr.bound == "range" and expr.low is not None and expr.high is not None:
            expr.low, expr.high = -expr.high, -expr.low
            expr.value = expr.low

    def _percent_and_currency_after(self, expr: NumberExpr) -> None:
        t = self.t
        j = expr.last + 1
        if j < len(t) and t[j].text == "%":
            expr.percent, expr.last = "%", j
            j += 1
        else:
            for phrase in PERCENT_WORDS:
                if tuple(self.low(j + n) for n in range(len(phrase))) == phrase:
                    expr.percent, expr.last = "%", j + len(phrase) - 1
                    j += len(phrase)
                    break
        if self.low(j) == "percentage" and self.low(j + 1) in ("points", "point"):
            expr.percent, expr.last = "percentage points", j + 1
        elif self.low(j) == "basis" and self.low(j + 1) in ("points", "point"):
            expr.percent, expr.last = "basis points", j + 1
        if expr.currency or expr.percent:
            return
        if j < len(t) and t[j].low == "p" and _adjacent(t[j - 1], t[j]):
            expr.currency, expr.last = "GBP pence", j  # "680p"
            return
        if self.low(j) in ("us", "u.s", "american") and self.low(j + 1) in ("dollars", "dollar"):
            expr.currency, expr.last = "USD", j + 1
        elif self.low(j) in CURRENCY_WORDS and not (
            self.low(j) in ("pound", "pounds") and self.low(j + 1) in ("of",)
        ):
            expr.currency, expr.last = CURRENCY_WORDS[self.low(j)], j
        elif j < len(t) and t[j].low in CURRENCY_CODES and t[j].text.isupper():
            expr.currency, expr.last = t[j].text.upper(), j

    def _bound_before(self, expr: NumberExpr) -> None:
        for size in (4, 3, 2, 1):
            start = expr.first - size
            if start < 0:
                continue
            phrase = tuple(self.low(start + n) for n in range(size))
            bound = BOUND_PHRASES.get(phrase)
            if bound is None:
                continue
            if phrase in (("some",), ("over",), ("under",), ("below",), ("above",)) and (
                not expr.has_digits and not expr.written_in_words
            ):
                continue
            words = " ".join(phrase)
            if words == "over" and (
                self.low(start - 1) in _ACROSS_VERBS or self.low(expr.last + 1) in DURATION_UNITS
            ):
                return  # "held over 21 stages", "over two nights": across, not more than
            expr.bound_words, expr.first = words, start
            if expr.bound == "range":
                return  # "between" already said it; "about 6-7" stays a range
            expr.bound = bound
            if bound == ">":
                expr.low = expr.value
            elif bound == "<":
                expr.high = expr.value
            elif words in CAPPING_WORDS:
                expr.high = expr.value
            return

    def _bound_after(self, expr: NumberExpr) -> None:
        t = self.t
        j = expr.last + 1
        if j < len(t) and t[j].text == "+" and _adjacent(t[j - 1], t[j]) and expr.bound == "=":
            expr.bound, expr.low, expr.last = ">", expr.value, j
            return
        for phrase, bound in BOUND_SUFFIXES.items():
            if tuple(self.low(j + n) for n in range(len(phrase))) == phrase:
                if expr.bound in ("=", "~"):
                    expr.bound = bound
                    expr.low = expr.value if bound == ">" else expr.low
                    expr.high = expr.value if bound == "<" else expr.high
                    expr.last = j + len(phrase) - 1
                return


def _unscaled(tok: Token) -> float:
    try:
        return _digits_value(tok)
    except ValueError:
        return 1.0


def number_expressions(toks: list[Token]) -> list[NumberExpr]:
    """Every number expression in a token list, left to right, never overlapping."""
    parser = _Parser(toks)
    out: list[NumberExpr] = []
    i = 0
    while i < len(toks):
        expr = parser.expression(i) if _may_start(toks[i]) else None
        if expr is None:
            i += 1
            continue
        if out and expr.first <= out[-1].last:
            expr.first = out[-1].last + 1
            expr.bound_words = ""
        out.append(expr)
        i = expr.last + 1
    return out


def _may_start(tok: Token) -> bool:
    if tok.kind == "num":
        return True
    if tok.kind == "sym":
        return tok.text in CURRENCY_SYMBOLS
    w = tok.low
    return (
        w in WORD_NUMBERS
        or w in VAGUE_PLURALS
        or w in ("a", "an", "tens", "half", "dozen")
        or (w in CURRENCY_CODES and tok.text.isupper())
    )
