"""How far a group's figures disagree: min, max, status and the figures that do not fit.

`agreeing` when one value fits every figure once bounds and rounding are allowed for; `changing
over time` when they differ and so do their dates; otherwise `diverging`. A figure whose magnitude
is far from the rest of its group is flagged as a suspected slip, not allowed to stretch the spread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from desktop.model import Claim, approx_interval

_EXACT = 0.02  # round figures are reported rounded
OUTLIER_FACTOR = 8.0


def interval(claim: Claim) -> tuple[float, float]:
    """The values a figure admits, given its bound."""
    v = claim.value
    if claim.bound in ("range", "~"):  # as drawn: a range's ends, "about" ±APPROX
        return approx_interval(v, claim.bound, claim.low, claim.high)
    if claim.bound == ">":
        return v, math.inf
    if claim.bound == "<":
        return 0.0, v
    return v * (1 - _EXACT), v * (1 + _EXACT)


def outliers(claims: Sequence[Claim]) -> tuple[int, ...]:
    """Figures an order of magnitude from the group's median: a slip, a typo or another unit."""
    if len(claims) < 3:
        return ()
    values = sorted(c.value for c in claims if c.value > 0)
    if not values:
        return ()
    median = values[len(values) // 2]
    return tuple(
        c.id
        for c in claims
        if c.id is not None
        and c.value > 0
        and max(c.value / median, median / c.value) >= OUTLIER_FACTOR
    )


def summarize(claims: Sequence[Claim]) -> tuple[float | None, float | None, str]:
    """min, max and status of a group's figures (suspected slips left out of min and max)."""
    if not claims:
        return None, None, "single"
    slips = set(outliers(claims))
    kept = [c for c in claims if c.id not in slips] or list(claims)
    lo = min(c.span_low for c in kept)
    hi = max(c.span_high for c in kept)
    if len({c.article for c in claims}) < 2:
        status = "single"
    else:
        spans = [interval(c) for c in kept]
        if max(a for a, _ in spans) <= min(b for _, b in spans):
            status = "agreeing"
        elif len({c.as_of for c in kept if c.as_of}) >= 2:
            status = "changing over time"
        else:
            status = "diverging"
    return lo, hi, status
