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
    "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000,
}  # fmt: skip
# South Asian scales stack: "1.5 lakh crore" is 1.5e12.
STACKING_SCALES = {"crore", "crores"}
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
    ("lower", "than"): "<", ("just", "below"): "<", ("shy", "of"): "<", ("within",): "<",
    ("past",): ">", ("near",): "~", ("topping",): ">",
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
                    "₩": "KRW", "₺": "TRY", "₦": "NGN", "₴": "UAH", "₱": "PHP"}  # fmt: skip
CURRENCY_PREFIXES = {"us": "USD", "a": "AUD", "c": "CAD", "nz": "NZD", "hk": "HKD", "s": "SGD",
                     "r": "BRL", "nt": "TWD", "au": "AUD", "ca": "CAD", "mx": "MXN",
                     "z": "ZWL"}  # fmt: skip  # US$, A$, C$, R$ … and $US after the sign
# Currency abbreviations written before an amount, glued or spaced, in any case: "Rs 450 crore",
# "RM120", "Rp 5 trillion", "KSh 2bn". Codes in capitals are in CURRENCY_CODES.
CURRENCY_WORD_PREFIXES = {"rs": "INR", "rm": "MYR", "rp": "IDR", "ksh": "KES", "kshs": "KES",
                          "tk": "BDT", "sfr": "CHF", "dhs": "AED", "dh": "AED", "sr": "SAR",
                          "qr": "QAR", "php": "PHP"}  # fmt: skip
# A pound sign that text taken out of a PDF shows as "PS", read so only when a scale follows it
# ("PS8m", "PS1.2bn"): "PS5" is a games console.
PDF_POUND = "ps"
# Encoding damage before a currency sign: "Â£8m" is "£8m" read as Latin-1.
MOJIBAKE_BEFORE_CURRENCY = {"Â"}
CURRENCY_CODES = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "rub",
                  "try", "brl", "zar", "krw", "sek", "nok", "dkk", "pln", "mxn", "hkd",
                  "sgd", "nzd", "myr", "idr", "kes", "ngn", "php", "thb", "aed", "sar", "ils",
                  "twd", "egp", "pkr", "bdt", "vnd", "czk", "huf", "ron", "ars", "clp", "cop",
                  "pen", "uah", "qar", "kwd"}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "francs": "CHF", "franc": "CHF", "roubles": "RUB",
    "rubles": "RUB", "lira": "TRY", "reais": "BRL", "rand": "ZAR", "won": "KRW", "pesos": "MXN",
    "naira": "NGN", "hryvnias": "UAH", "shekels": "ILS", "dirhams": "AED", "riyals": "SAR",
    "cents": "USD cents", "pence": "GBP pence",
}  # fmt: skip
PERCENT_WORDS = {("percent",), ("per", "cent"), ("pc",), ("pct",), ("per", "centum")}
BASIS_POINT_WORDS = {"bps", "bp", "bips"}  # "25bps", "50 bp"
MULTIPLE_WORDS = {"x"}  # "2.5x": a multiple

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
    "m": "m", "hp": "hp", "bhp": "bhp", "horsepower": "hp", "ps": "PS", "nm": "Nm", "kb": "KB",
    "pb": "PB",
    "gbps": "Gbps", "kbps": "kbps", "ghz": "GHz", "mhz": "MHz", "hz": "Hz", "mah": "mAh",
    "mp": "megapixels", "megapixels": "megapixels", "fps": "fps", "mpg": "mpg", "cc": "cc",
    "rpm": "rpm", "ml": "ml", "kv": "kV", "kw/h": "kWh", "psi": "psi", "kmh": "km/h", "tw": "TW",
    "mt": "tonnes (million)", "bcm": "bcm", "mmbtu": "mmBtu", "kt": "kt", "w": "W", "v": "V",
    "x": "x", "t": "tonnes", "mg": "mg", "mcg": "mcg", "µg": "µg", "mj": "MJ", "kj": "kJ",
    "gj": "GJ", "pj": "PJ", "teaspoons": "teaspoons", "tablespoons": "tablespoons", "cups": "cups",
    "cup": "cups", "pints": "pints", "sq km": "km²", "km²": "km²",
}  # fmt: skip
# Units that may stand in capitals against a number ("512GB", "12MW", "450 HP"); other capitals
# there make a name ("5G", "3D", "221B").
CAPITAL_UNITS = {"gb", "tb", "mb", "kb", "pb", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh",
                 "hp", "bhp", "ps", "km", "kg", "cc", "mph", "kph", "ghz", "mhz", "mp", "mah",
                 "nm", "v", "w", "kv", "tw", "mt", "bcm", "psi", "rpm", "fps", "mpg",
                 "gbps", "mbps", "mj", "kj", "gj", "pj"}  # fmt: skip
# Scale letters in capitals: "2.7M viewers", "2 B users", "$4B". Without a decimal point,
# currency or counted noun they make a name instead ("3M", "4K").
CAPITAL_SCALES = {"K": 1_000, "M": 1_000_000, "MN": 1_000_000, "B": 1_000_000_000,
                  "BN": 1_000_000_000, "TN": 1_000_000_000_000}  # fmt: skip
# After a number glued to "m", these words make it metres, not millions: "the 100m final".
METRE_CONTEXT = {"final", "finals", "race", "sprint", "hurdles", "relay", "freestyle",
                 "butterfly", "breaststroke", "backstroke", "medley", "dash", "tall", "high",
                 "long", "deep", "wide", "above", "below", "away", "from", "heat", "heats",
                 "record", "title", "gold", "silver", "bronze", "swim", "event", "long-jump",
                 "of"}  # fmt: skip
# Fractions in words: the denominator word and its value.
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                  "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                  "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
                  "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100,
                  "hundredths": 100}  # fmt: skip
# Words after a slash fraction that make "1/2" a fraction, not a date: "1/2 cup", "3/4 of".
FRACTION_FOLLOWERS = {"cup", "cups", "teaspoon", "teaspoons", "tsp", "tablespoon", "tablespoons",
                      "tbsp", "inch", "inches", "mile", "miles", "hour", "hours", "pound",
                      "pounds", "lb", "oz", "ounce", "ounces", "of", "litre", "liter",
                      "pint", "gallon", "percent", "per", "point", "points", "stake", "share",
                      "mm", "cm", "kg", "g", "ml"}  # fmt: skip
# Era markers: "300 BC", "A.D. 800" are years.
ERA_WORDS = {"bc", "bce", "ad", "a.d", "ce", "b.c", "b.c.e", "c.e"}
# Set phrases that hold a number word but report nothing: "a one-off", "a two-way street".
SET_COMPOUNDS = {"off", "way", "stop", "time", "timer", "star", "sided", "liner", "horse",
                 "shot", "size", "dimensional", "on", "piece", "and", "upmanship", "hit",
                 "trick", "track", "eyed", "armed", "handed", "legged", "party", "man", "woman",
                 "person", "nil"}  # fmt: skip
# Street words after "49 Elm": an address, not a figure.
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "drive", "dr",
                "boulevard", "blvd", "way", "place", "pl", "square", "sq", "close", "court",
                "ct", "terrace", "crescent", "highway", "parkway", "gardens", "grove",
                "row", "park", "hill", "walk", "mews"}  # fmt: skip
# Words before a long plain number that make it an identifier: "order 1234567".
IDENTIFIER_WORDS = {"id", "no", "number", "code", "reference", "ref", "account", "case",
                    "order", "ticket", "serial", "isbn", "zip", "postcode", "invoice", "batch",
                    "lot", "patent", "docket", "file", "registration", "licence", "license",
                    "tracking"}  # fmt: skip
DURATION_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "min": "minutes", "mins": "minutes", "hour": "hours", "hours": "hours", "hrs": "hours",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries", "night": "nights",
    "nights": "nights", "quarter": "quarters", "quarters": "quarters", "ms": "milliseconds",
    "sec": "seconds", "secs": "seconds",
    "milliseconds": "milliseconds",
}  # fmt: skip

# Lines of page furniture: their counts are widgets, not reporting.
FURNITURE_WORDS = {
    "comments", "comment", "shares", "share", "likes", "views", "photos", "photo", "images",
    "min", "read", "page", "pages", "slide", "slides", "reply", "replies", "followers",
    "subscribers", "retweets", "reactions", "video", "videos", "gallery", "of",
}  # fmt: skip
# Words after "N-year" that make it a kind of thing, not a reported span: "a 10-year bond",
# "a 30-year mortgage", "the 20-year average", "a 10-year high".
PERIOD_KINDS = {"bond", "bonds", "note", "notes", "yield", "yields", "gilt", "gilts", "treasury",
                "treasuries", "mortgage", "mortgages", "average", "averages", "mean", "high",
                "highs", "low", "lows", "anniversary", "fixed", "swap", "swaps", "benchmark",
                "paper", "debt"}  # fmt: skip
# Capitalised plurals that are people after a number: "40 Democrats", "500 Marines".
CAPITALISED_PEOPLE = {"democrats", "republicans", "conservatives", "tories", "liberals",
                      "socialists", "greens", "marines", "christians", "muslims", "jews",
                      "catholics", "protestants", "hindus", "sikhs", "buddhists",
                      "mps", "meps", "senators", "ministers"}  # fmt: skip
# Score units in words: "by two goals to nothing", "three runs to one".
SCORE_WORDS = {"goals", "goal", "points", "runs", "wickets", "sets", "games", "frames",
               "tries", "touchdowns"}  # fmt: skip
