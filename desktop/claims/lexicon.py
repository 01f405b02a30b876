"""Word lists of news English: number words, scales, bound phrases, calendar words, units.

Plain data, shared by the number parser, the non-figure filters and the unit finder. Words of
what is counted and what happened to it (populations and acts) live in `vocabulary.py`.
"""

from __future__ import annotations

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
# Suffixes written against a number or after it: 12k, $2bn, 1.5m, 3 mln.
SCALE_SUFFIXES = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}  # fmt: skip
# Plural scale words that stand for a vague count: "dozens", "hundreds of", "thousands".
VAGUE_PLURALS = {
    "dozens": 24, "scores": 40, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000,
}  # fmt: skip

# Bound phrases before a number, longest first when matched. "~" approximate, ">" a lower bound,
# "<" an upper bound. A "nearly"-kind word also caps the value from above.
BOUND_PHRASES: dict[tuple[str, ...], str] = {
    ("about",): "~", ("around",): "~", ("roughly",): "~", ("approximately",): "~",
    ("approx",): "~", ("nearly",): "~", ("almost",): "~", ("some",): "~", ("estimated",): "~",
    ("an", "estimated"): "~", ("close", "to"): "~", ("closer", "to"): "~",
    ("circa",): "~", ("c",): "~", ("perhaps",): "~", ("possibly",): "~", ("likely",): "~",
    ("just", "about"): "~", ("in", "the", "region", "of"): "~", ("on", "the", "order", "of"): "~",
    ("an", "approximate"): "~", ("a", "reported"): "~", ("reportedly",): "~",
    ("more", "than"): ">", ("over",): ">", ("at", "least"): ">", ("above",): ">",
    ("upwards", "of"): ">", ("upward", "of"): ">", ("in", "excess", "of"): ">",
    ("no", "fewer", "than"): ">", ("no", "less", "than"): ">", ("well", "over"): ">",
    ("just", "over"): ">", ("a", "minimum", "of"): ">", ("exceeding",): ">", ("beyond",): ">",
    ("well", "above"): ">", ("greater", "than"): ">", ("higher", "than"): ">",
    ("under",): "<", ("less", "than"): "<", ("fewer", "than"): "<", ("up", "to"): "<",
    ("below",): "<", ("at", "most"): "<", ("no", "more", "than"): "<", ("as", "many", "as"): "<",
    ("as", "much", "as"): "<", ("a", "maximum", "of"): "<", ("just", "under"): "<",
    ("not", "more", "than"): "<", ("well", "under"): "<", ("well", "below"): "<",
    ("lower", "than"): "<", ("just", "below"): "<", ("shy", "of"): "<",
}  # fmt: skip
CAPPING_WORDS = {"nearly", "almost", "just under", "shy of"}  # "~" that also sets high = value
# A bound phrase after the number: "100-plus", "200 or more", "50 or so".
BOUND_SUFFIXES: dict[tuple[str, ...], str] = {
    ("or", "more"): ">", ("or", "so"): "~", ("and", "up"): ">", ("plus",): ">",
    ("or", "fewer"): "<", ("or", "less"): "<", ("at", "least"): ">", ("at", "most"): "<",
    ("or", "above"): ">", ("and", "above"): ">", ("and", "over"): ">",
}  # fmt: skip

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
TIME_WORDS = {"a.m", "p.m", "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "local"}

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
                    "₩": "KRW", "₺": "TRY", "₦": "NGN", "₴": "UAH"}  # fmt: skip
CURRENCY_PREFIXES = {"us": "USD", "a": "AUD", "c": "CAD", "nz": "NZD", "hk": "HKD", "s": "SGD",
                     "r": "ZAR"}  # fmt: skip  # US$, A$, C$ …
CURRENCY_CODES = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "rub",
                  "try", "brl", "zar", "krw", "sek", "nok", "dkk", "pln", "mxn", "hkd",
                  "sgd"}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "francs": "CHF", "franc": "CHF", "roubles": "RUB",
    "rubles": "RUB", "lira": "TRY", "reais": "BRL", "rand": "ZAR", "won": "KRW", "pesos": "MXN",
    "naira": "NGN", "hryvnias": "UAH", "shekels": "ILS", "dirhams": "AED", "riyals": "SAR",
    "cents": "USD cents", "pence": "GBP pence",
}  # fmt: skip
PERCENT_WORDS = {("percent",), ("per", "cent"), ("pc",), ("pct",)}

# Measures written after a number, as they are normalised.
MEASURE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "miles", "mile": "miles", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "cm": "cm", "mm": "mm", "feet": "feet", "foot": "feet", "ft": "feet", "inches": "inches",
    "inch": "inches", "yards": "yards", "kg": "kg", "kilograms": "kg", "kilos": "kg",
    "grams": "g", "g": "g", "tonnes": "tonnes", "tons": "tonnes", "tonne": "tonnes",
    "ton": "tonnes", "lbs": "pounds (weight)", "lb": "pounds (weight)", "ounces": "ounces",
    "litres": "litres", "liters": "litres", "litre": "litres", "gallons": "gallons",
    "barrels": "barrels", "bpd": "barrels per day", "hectares": "hectares", "ha": "hectares",
    "acres": "acres", "sq": "square", "square": "square", "mph": "mph", "kph": "km/h",
    "km/h": "km/h", "knots": "knots", "degrees": "degrees", "°c": "°C", "°f": "°F", "°": "degrees",
    "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "gb": "GB", "tb": "TB", "mb": "MB", "mbps": "Mbps", "magnitude": "magnitude",
    "calories": "calories", "volts": "volts", "watts": "watts", "decibels": "decibels",
}  # fmt: skip
DURATION_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "min": "minutes", "mins": "minutes", "hour": "hours", "hours": "hours", "hrs": "hours",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries", "night": "nights",
    "nights": "nights", "quarter": "quarters", "quarters": "quarters",
}  # fmt: skip

# Lines of page furniture: their counts are widgets, not reporting.
FURNITURE_WORDS = {
    "comments", "comment", "shares", "share", "likes", "views", "photos", "photo", "images",
    "min", "read", "page", "pages", "slide", "slides", "reply", "replies", "followers",
    "subscribers", "retweets", "reactions", "video", "videos", "gallery", "of",
}  # fmt: skip
