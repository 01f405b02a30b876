"""How far a group's figures disagree: min, max, status and the figures that do not fit.

`agreeing` when one value fits every figure once bounds and rounding are allowed for; `changing
over time` when they differ, come from two or more dates, and the figures of each date agree
(a running count reported day by day); otherwise `diverging` (sources that differ about one
moment). A figure whose magnitude
is far from the rest of its group is flagged as a suspected slip, not allowed to stretch the spread.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.linking.blocking import no_true_zero, scale
from desktop.linking.evidence import describe
from desktop.linking.grouping import currency_rates, said_order
from desktop.model import Claim, approx_interval

# What a plain number admits at most, either side: round figures are reported rounded ("1,900"
# for 1,912). An amount given in another currency admits as much once converted at the rate the
# articles say, however precisely it is written ("£725m, about €840m").
_EXACT = 0.02
OUTLIER_FACTOR = 8.0


def interval(claim: Claim) -> tuple[float, float]:
    """The values a figure admits, given its bound, in its own unit: a plain number what rounds
    to it as written, _EXACT of it at most (46.3 is 46.25 to 46.35, 410,000 is 405,000 to
    415,000, 1,900 is 1,862 to 1,938), so that 46.3 and 46.8 differ, or 5.1% and 5.3%, and
    1,912 fits 1,900. A temperature's zero means nothing, so no share of it: 2 °C is 1.5 to 2.5,
    as 20 °C is 19.5 to 20.5 (its zeros are degrees, not rounding)."""
    v = claim.value
    if claim.bound in ("range", "~"):  # as drawn: a range's ends, "about" ±APPROX
        return approx_interval(v, claim.bound, claim.low, claim.high)
    if claim.bound == ">":
        return v, math.inf
    if claim.bound == "<":
        return 0.0, v
    share = 0.5 if no_true_zero(claim) else _EXACT * abs(v)  # a degree, or a share of it
    half = min(rounding(v), share)
    return v - half, v + half


def rounding(value: float) -> float:
    """Half the place of a number's last digit that is not zero: how far the value it stands
    for may be from it (0.05 for 46.3, 5,000 for 410,000 and for 2.01 million, 0.5 for 1,912
    and for 0). Read to twelve digits, as a float holds "2.01 million" (2,009,999.9999999998)."""
    if value == 0 or not math.isfinite(value):
        return 0.5
    last = Decimal(f"{abs(value):.12g}").normalize().as_tuple().exponent
    return 0.5 * 10.0 ** int(last)


def _scaled(claim: Claim) -> tuple[float, float]:
    """`interval` on the figure's dimension's one scale, so that 4,000 acres meets 1,620 ha."""
    _, factor, zero = scale(claim)
    lo, hi = interval(claim)
    return lo * factor + zero, hi * factor + zero


def _value(claim: Claim) -> float:
    _, factor, zero = scale(claim)
    return claim.value * factor + zero


def outliers(claims: Sequence[Claim], rates: Mapping[str, float] | None = None) -> tuple[int, ...]:
    """Figures an order of magnitude from the group's median: a slip, a typo or another unit.
    One article's slip: a number two articles give is somebody's estimate, however far it is
    from the others ("700 tonnes", the owner's figure, beside the authority's 7,400). Amounts in
    several currencies are weighed at `rates` (else the rates the group's sentences give)."""
    if len(claims) < 3:
        return ()
    claims = _in_one_currency(claims, rates)
    values = sorted(_value(c) for c in claims if c.value > 0)
    if not values or values[len(values) // 2] <= 0:
        return ()
    median = values[len(values) // 2]
    found = [
        c
        for c in claims
        if c.id is not None
        and c.value > 0
        and _value(c) > 0
        and max(_value(c) / median, median / _value(c)) >= OUTLIER_FACTOR
    ]
    if len({c.article for c in found}) > 1:
        return ()
    return tuple(c.id for c in found if c.id is not None)


def _as_percentages(claims: Sequence[Claim]) -> Sequence[Claim]:
    """Shares said as fractions ("two-thirds of its buildings") as percentages beside the
    percentages of their group ("60 percent"), so that one axis holds them all."""
    if not any(c.kind == "percent" for c in claims):
        return claims
    out = []
    for c in claims:
        name, factor, _ = scale(c)
        share = c.kind == "count" and name == "percent"
        out.append(_rescaled(c, factor, kind="percent", unit="%") if share else c)
    return out


def on_one_scale(claims: Sequence[Claim], rates: Mapping[str, float] | None = None) -> list[Claim]:
    """The figures as a group shows them: when they are written in several units of one
    dimension (acres and hectares, °F and °C, km/h and mph), each value, low and high in the
    unit most of them use (the shorter name on a tie), with that unit; the figure's own words
    (`text`) stay as written. Figures of one unit come back as they are. Amounts in several
    currencies go by `rates` (`rates_of` all the workspace's figures, as linking weighed them;
    a snapshot holds them), else by the rates the group's own sentences give."""
    claims = _as_percentages(_in_one_currency(claims, rates))
    units = Counter(c.unit for c in claims if c.kind in ("measure", "duration"))
    if len(units) < 2:
        return list(claims)
    unit = max(units, key=lambda u: (units[u], -len(u), u))
    _, to_factor, to_zero = scale(next(c for c in claims if c.unit == unit))
    out = []
    for c in claims:
        _, factor, zero = scale(c)
        if c.kind not in ("measure", "duration") or (factor, zero) == (to_factor, to_zero):
            out.append(c)
            continue
        out.append(_rescaled(c, factor / to_factor, (zero - to_zero) / to_factor, unit=unit))
    return out


def _in_one_currency(
    claims: Sequence[Claim], rates: Mapping[str, float] | None = None
) -> Sequence[Claim]:
    """Amounts in several currencies in the one most of them use, at the rates the sentences
    give ("€6.2 billion ($7.2 billion)"); a currency they do not convert stays."""
    units = Counter(c.unit for c in claims if c.kind == "money")
    if len(units) < 2:
        return claims
    offset = rates_of(claims) if rates is None else rates
    if len(offset) < 2:
        return claims
    # the group's own most used, the shorter name on a tie, as its label names it ("GBP" before
    # "GBP pence": 182p and £1.82 show as 1.82 under "(GBP)"), then the first in the alphabet
    base = min(units, key=lambda u: (u not in offset, -units[u], len(u), u))
    offset = {u: o - offset.get(base, 0.0) for u, o in offset.items()}
    return [
        _rescaled(c, math.exp(offset[c.unit]), unit=base)
        if c.kind == "money" and offset.get(c.unit)
        else c
        for c in claims
    ]


def _rescaled(claim: Claim, times: float, plus: float = 0.0, **changes: str) -> Claim:
    """`claim` with its value, low and high each × `times` + `plus` (no more precise than the
    number as written), and the fields `changes` names (its unit in the new scale)."""

    def shown(value: float) -> float:
        return _as_precise(value * times + plus, value)

    low = None if claim.low is None else shown(claim.low)
    high = None if claim.high is None else shown(claim.high)
    return replace(claim, value=shown(claim.value), low=low, high=high, **changes)


def rates_of(claims: Iterable[Claim]) -> dict[str, float]:
    """The log of one unit of each currency the figures' sentences convert, in the currency
    most of their amounts are written in (`currency_rates`, as linking weighs amounts)."""
    amounts = sorted((c for c in claims if c.kind == "money"), key=said_order)
    return currency_rates([describe(c) for c in amounts])  # in linking's order, not import's


def _as_precise(converted: float, written: float) -> float:
    """A converted value no more precise than the number written (three significant digits at
    least): 1,620 hectares is 4,000 acres, not 4,003.1."""
    if converted == 0 or not math.isfinite(converted):
        return converted
    # the written number's significant digits, from its mantissa ("3.8e9" has two, not six)
    digits = len(f"{abs(written):.6e}".split("e")[0].replace(".", "").rstrip("0")) if written else 1
    keep = max(3, digits) - 1 - math.floor(math.log10(abs(converted)))
    return round(converted, keep)


def summarize(
    claims: Sequence[Claim],
    slips: Collection[int] | None = None,
    rates: Mapping[str, float] | None = None,
) -> tuple[float | None, float | None, str]:
    """min, max and status of a group's figures (suspected slips left out of min and max, found
    here unless the caller has them), min and max in the unit the group shows (`on_one_scale`)."""
    if not claims:
        return None, None, "single"
    slips = set(outliers(claims, rates) if slips is None else slips)
    kept = [c for c in claims if c.id not in slips] or list(claims)
    shown = on_one_scale(kept, rates)
    lo = min(c.span_low for c in shown)
    hi = max(c.span_high for c in shown)
    spans = [_span(written, converted) for written, converted in zip(kept, shown, strict=True)]
    if len({c.article for c in claims}) < 2:
        status = "single"
    elif _agree(spans):
        status = "agreeing"
    else:
        by_date: dict[date, list[tuple[float, float]]] = defaultdict(list)
        for c, span in zip(shown, spans, strict=True):
            if c.as_of:
                by_date[c.as_of].append(span)
        # a count reported on several days moved; sources that differ on one day disagree
        moved = len(by_date) >= 2 and all(_agree(same_day) for same_day in by_date.values())
        status = "changing over time" if moved else "diverging"
    return lo, hi, status


def _span(written: Claim, shown: Claim) -> tuple[float, float]:
    """What a figure admits on its dimension's one scale: what rounds to the number as written
    (116°F is 115.5 to 116.5°F, whatever the group shows it in), and for an amount in another
    currency, converted at the articles' rate, _EXACT either side."""
    if written.kind != "money" or written.unit == shown.unit or shown.bound != "=":
        return _scaled(written if written.kind != "money" else shown)
    return shown.value * (1 - _EXACT), shown.value * (1 + _EXACT)


def _agree(spans: Sequence[tuple[float, float]]) -> bool:
    """Whether one value fits every figure's span (bounds and rounding allowed for). Spans that
    only touch do not: 20 and 21 degrees meet at 20.5, which rounds to 21 alone. A span of one
    value (a plain 0) fits where it stands."""
    low, high = max(a for a, _ in spans), min(b for _, b in spans)
    return low < high or (low == high and any(a == b for a, b in spans))
