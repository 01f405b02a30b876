"""Blocks and keys: which claims could measure the same quantity, found by key, never by pairs.

A block is what a number measures: counts, money, percentages, durations, areas, lengths, or
another measure in its own unit. Only claims of one block are ever weighed as a pair, so linking
a new article costs what its blocks hold. Inside a block, the quantity key (the population for
counts — "americans", "people" — the measure for money and rates — "deal value", "share price of
Merrow") and the act are evidence among others (`evidence.py`).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from desktop.claims.lexicon import FRACTION_WORDS, MULTIPLE_UNIT, OCCASIONS, RATIO_WORDS
from desktop.claims.numbers import BASIS_POINTS
from desktop.claims.vocabulary import counted_as
from desktop.model import Claim

# A figure's dimension and its value on that dimension's scale: areas and lengths in any unit
# compare ("4,000 acres" and "1,600 hectares"), and so do speeds ("290 km/h" and "180 mph"),
# temperatures, power, energy, volumes, masses and data; other measures compare only in their
# own unit.
_AREA = {"acres": 0.404686, "hectares": 1.0, "square miles": 258.999, "km²": 100.0,
         "square km": 100.0, "square kilometres": 100.0, "square kilometers": 100.0,
         "square m": 0.0001, "square feet": 9.2903e-6}  # fmt: skip
_LENGTH = {"km": 1.0, "miles": 1.609344, "nautical miles": 1.852, "m": 0.001, "feet": 0.0003048,
           "yards": 0.0009144, "cm": 1e-5, "mm": 1e-6, "inches": 2.54e-5}  # fmt: skip
_SPEED = {"km/h": 1.0, "mph": 1.609344, "knots": 1.852}  # in km/h
_PER_HOUR = ("per hour", "/h")  # a length over an hour is a speed: "290 km per hour", "290km/h"
_POWER = {"kW": 0.001, "MW": 1.0, "GW": 1000.0, "TW": 1e6}  # in MW
_ENERGY = {"kWh": 0.001, "MWh": 1.0, "GWh": 1000.0, "TWh": 1e6}  # in MWh
# in litres (a US gallon, as most news writes it; an oil barrel of 42 US gallons)
_VOLUME = {"litres": 1.0, "gallons": 3.78541, "barrels": 158.987, "cubic m": 1000.0,
           "cubic feet": 28.3168, "cubic yards": 764.555, "cubic km": 1e12, "ml": 0.001,
           "kilolitres": 1e3, "megalitres": 1e6, "gigalitres": 1e9,
           "acre-feet": 1233481.8}  # fmt: skip
# in kg ("tons" are read as metric tonnes, which a US short ton is 10% under); ounces keep their
# own unit (gold's are troy ounces), and so do a million tonnes ("mt", already scaled)
_MASS = {"kg": 1.0, "g": 0.001, "tonnes": 1000.0, "pounds (weight)": 0.45359237}
_DATA = {"KB": 1e-6, "MB": 0.001, "GB": 1.0, "TB": 1000.0, "PB": 1e6}  # in GB
# Temperatures on one scale (Fahrenheit, where weather is above zero): "111F" beside "43.9C";
# plain "degrees" are read as Celsius, as most news outside the US writes them.
_TEMPERATURE = {"°F": (1.0, 0.0), "°C": (1.8, 32.0), "degrees": (1.8, 32.0)}
_DAYS = {"seconds": 1 / 86400, "minutes": 1 / 1440, "hours": 1 / 24, "days": 1, "nights": 1,
         "weeks": 7, "months": 30.4, "quarters": 91, "years": 365, "decades": 3652,
         "centuries": 36525}  # fmt: skip

# the dimensions of amounts whose units convert: a measure in one of them is keyed by its
# dimension ("30,000 acres" and "13,000 hectares", "1,200 cubic metres" and "7,500 barrels",
# "23,400lb" and "10.6 tonnes")
_CONVERTED = frozenset({"area", "volume", "mass"})


def _a_ratio(claim: Claim) -> bool:
    """A count written with a word of multiplying ("doubled", "82 TIMES the limit" as read
    before multiples had their own unit); not a count of times something happened ("raised
    rates ten times"), which the extractor gives in times."""
    if claim.unit.lower() in OCCASIONS:
        return False
    words = re.findall(r"[^\W\d_]+", claim.text.lower())
    return any(w in RATIO_WORDS for w in words)


_SHARE_WORDS = re.compile(r"\b(?:in|out\s+of)\b")


def _a_share(claim: Claim) -> bool:
    """A count that is a part of its whole, as a fraction: "two-thirds of its buildings", "one
    in five residents", "two out of three voters" (never a count of things under one)."""
    if not 0 < claim.span_high < 1 or claim.span_low < 0:
        return False
    words = re.findall(r"[^\W\d_]+", claim.text.lower())
    return any(w in FRACTION_WORDS for w in words) or bool(_SHARE_WORDS.search(claim.text))


def no_true_zero(claim: Claim) -> bool:
    """Whether the figure's scale has no true zero (a temperature: 0 °C is no absence of heat,
    and 40 °C is not twice 20 °C), so a chart of it starts near its figures, not at zero."""
    return scale(claim)[0] == "temperature"


def scale(claim: Claim) -> tuple[str, float, float]:
    """(dimension, factor, zero): a number written in this figure's unit is number × factor +
    zero on its dimension's one scale (acres in hectares, hours in days, °C in °F)."""
    if claim.unit == MULTIPLE_UNIT:
        return "ratio", 1.0, 0.0  # "twice the budget", "2.5x earnings": how many times
    if claim.kind == "measure":
        if claim.unit in _AREA:
            return "area", _AREA[claim.unit], 0.0
        if claim.unit in _TEMPERATURE:
            return "temperature", *_TEMPERATURE[claim.unit]
        if claim.unit in _POWER:
            return "power", _POWER[claim.unit], 0.0
        if claim.unit in _ENERGY:
            return "energy", _ENERGY[claim.unit], 0.0
        if claim.unit in _VOLUME:
            return "volume", _VOLUME[claim.unit], 0.0
        if claim.unit in _MASS:
            return "mass", _MASS[claim.unit], 0.0
        if claim.unit in _DATA:
            return "data", _DATA[claim.unit], 0.0
        if claim.unit in _SPEED:
            return "speed", _SPEED[claim.unit], 0.0
        if claim.unit in _LENGTH:
            per_hour = claim.window == _PER_HOUR[0] or claim.context_after.startswith(_PER_HOUR[1])
            return ("speed" if per_hour else "length"), _LENGTH[claim.unit], 0.0
        return f"measure {claim.unit}", 1.0, 0.0
    if claim.kind == "duration":
        return "duration", _DAYS.get(claim.unit, 1), 0.0
    if claim.kind == "count" and _a_ratio(claim):
        return "ratio", 1.0, 0.0  # "doubled", "82 TIMES the limit": never a count of things
    if claim.kind == "count" and _a_share(claim):
        return "percent", 100.0, 0.0  # "nearly two-thirds of its buildings" beside "60 percent"
    if claim.kind == "percent" and claim.unit == BASIS_POINTS:
        return "percent", 0.01, 0.0  # "50 basis points" is half a percentage point
    return claim.kind, 1.0, 0.0


# How many figures (or their sentences) the caches of linking remember: more than the largest
# workspace holds, since each import reads all of a dimension's figures in order, and a cache
# smaller than that is asked in that order and never finds one (at 40,000, a workspace of 4,000
# articles read every figure afresh on each import).
FIGURES_REMEMBERED = 1 << 18

# what an amount or a percentage is called when its text names nothing it measures
BARE_MEASURES = frozenset({"money", "share"})


@lru_cache(maxsize=FIGURES_REMEMBERED)
def dimension(claim: Claim) -> tuple[str, float]:
    """('area', 647.5) for "1,600 acres": what a figure measures, and its value on one scale
    (asked again and again of the same figures as groups are made: kept)."""
    lo, hi = claim.span_low, claim.span_high
    name, factor, zero = scale(claim)
    if name == "temperature":  # a scale with another zero: the middle of the span
        return name, (lo + hi) / 2 * factor + zero
    value = math.sqrt(lo * hi) if lo > 0 and hi > 0 else max(lo, hi, 0.0)
    return name, value * factor


def block_key(claim: Claim) -> str:
    """The block a claim is compared in: its dimension ('count', 'money', 'area'), so that a
    figure whose counted noun was misread still meets the others; '' when it has no value."""
    dim, value = dimension(claim)
    return dim if value > 0 else ""


def quantity_key(claim: Claim) -> str:
    """What a claim measures as an exact key ('count|americans', 'money|revenue'); figures that
    share it and their act are likely one quantity. '' when it has too little meaning."""
    if claim.kind in ("money", "percent"):
        measure = replace(claim.quantity, owner="").stored()  # whose: weighed in the block
        if not measure or measure in BARE_MEASURES:
            return ""
        return f"{claim.kind}|{measure}"
    if not claim.population:
        return ""
    if claim.unit == MULTIPLE_UNIT:  # "doubled", "twice the budget": of what, the words say
        return ""
    if claim.kind == "duration":  # "21 days" and "three weeks" are one span, told apart by act
        return f"duration|{claim.act}" if claim.act else ""
    if claim.kind == "measure" and claim.population == claim.unit:
        name = scale(claim)[0]  # "30,000 acres" and "13,000 hectares" measure one area
        if name in _CONVERTED:
            return f"measure|{name}"
    key = claim.quantity
    compared = replace(key, measure=counted_as(key.measure))  # who live in a place: people
    return f"{claim.kind}|{compared.stored() if compared != key else claim.population}"


def window_class(claim: Claim) -> str:
    """The time a figure's number covers, as linking compares it (`Timeframe.compared`): figures
    measured over windows of other lengths never link (a day's count is not a week's), and
    another calendar period named weighs against a pair (last year's is seldom this one's, but
    the year a sentence names is often another figure's)."""
    return claim.timeframe.compared


def act_class(claim: Claim) -> str:
    """What happened to the counted: compared for counts; money and rates go by their measure."""
    return claim.act if claim.kind in ("count", "duration") else ""
