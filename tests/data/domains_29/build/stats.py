#!/usr/bin/env python3
"""Print the count tables used in domains_29/README.md (standard library only).

(domains_29: copied from domains_28/build/stats.py and adapted ("domains_29"): this
set's 15 domains in DOMAIN_ORDER, more "other units" in the summary line (this set's
points, touches, IMPs, rpm, newtons, shillings and vibration speeds), and the
"domains_28" block at the end replaced by a "domains_29" block: the same translation
markers, web furniture, transcript kinds, echoes and generic counters, the unit counters
re-keyed to this set's units, a counter of split bout and match scores, and the
not-figure kinds re-keyed to this set's items. The domains_28 notes follow.)

(domains_28: copied from domains_27/build/stats.py and adapted ("domains_28"): this
set's 15 domains in DOMAIN_ORDER, more "other units" in the summary line (this set's
wind speeds, gust limits, ratings, weights and wind forces), and the "domains_27" block
at the end replaced by a "domains_28" block: the same translation markers, web
furniture, transcript kinds, echoes and generic counters, the unit counters re-keyed to
this set's units, a counter of split match scores, and the not-figure kinds re-keyed to
this set's items. The domains_27 notes follow.)

(domains_27: copied from domains_26/build/stats.py and adapted ("domains_27"): this
set's 15 domains in DOMAIN_ORDER, more "other units" in the summary line (this set's
decibels, magnitudes, nautical miles, bar, lumens, lux and contour intervals), and the
"domains_26" block at the end replaced by a "domains_27" block: the same translation
markers (with the Hungarian page's line), web furniture, transcript kinds, echoes and
generic counters, the unit counters re-keyed to this set's units, a counter of split vote
tallies instead of snooker scores, and the not-figure kinds re-keyed to this set's
items. The domains_26 notes follow.)

(domains_26: copied from domains_25/build/stats.py and adapted ("domains_26"): this
set's 15 domains in DOMAIN_ORDER, FRF counted as a currency, more "other units" in
the summary line (this set's centimorgans, pigeon velocities, snooker scores, rotation
speeds, gradients and old money), and the "domains_25" block at the end replaced by a
"domains_26" block: the same translation markers, web furniture, transcript kinds,
echoes and generic counters, the unit counters re-keyed to this set's units, and the
not-figure kinds re-keyed to this set's items. The domains_25 notes follow.)

(domains_25: copied from domains_24/build/stats.py and adapted ("domains_25"): this
set's 15 domains in DOMAIN_ORDER (the currency list is domains_24's), more "other
units" in the summary line (this set's golf strokes, bell weights, horse
heights, noise reductions, temperature differences and old money), and the
"domains_24" block at the end replaced by a "domains_25" block: the same translation
markers, web furniture, transcript kinds, echoes and generic counters, the unit
counters re-keyed to this set's units, and the not-figure kinds re-keyed to this set's
items. The domains_24 notes follow.)

(domains_24: copied from domains_23/build/stats.py and adapted ("domains_24"): this
set's 15 domains in DOMAIN_ORDER, RUB and HUF counted as currencies, more "other units"
in the summary line (this set's scores, rods, gallons, pints, pre-decimal money and
temperature rises), and the "domains_23" block at the end replaced by a "domains_24"
block: the same translation markers, web furniture, transcript kinds, echoes and generic
counters, the unit counters re-keyed to this set's units (bowling scores, pre-decimal
money, temperatures, minimum ages, percentage points, times in seconds), and the
not-figure kinds re-keyed to this set's items. The domains_23 notes follow.)

(domains_23: copied from domains_22/build/stats.py and adapted ("domains_23"): this
set's 15 domains in DOMAIN_ORDER, THB and SAR counted as currencies, more "other units"
in the summary line (this set's temperatures, lengths, noise levels, minimum heights and
ratings), and the "domains_22" block at the end replaced by a "domains_23" block: the same
translation markers, web furniture, transcript kinds and echoes, a few counts of this set's
hard cases (minimum ages and heights, ratings, pre-decimal money, temperatures, zero
values) and the not-figure kinds re-keyed to this set's items. The domains_22 notes
follow.)

(domains_22: copied from domains_21/build/stats.py and adapted ("domains_22"): this
set's 15 domains in DOMAIN_ORDER, guineas counted as money, more "other units" in the
summary line (this set's race distances, odds, weights, lens powers, carats and ratings),
and the "domains_21" block at the end replaced by a "domains_22" block: the same
translation markers, web furniture, transcript kinds and echoes, ratings re-keyed to this
set's units, a few counts of this set's hard cases (odds, furlongs, stones, guineas, zero
values, minimum ages), and the not-figure kinds re-keyed to this set's items. The
domains_21 notes follow.)

(domains_21: copied from domains_20/build/stats.py and adapted ("domains_21"): this
set's 15 domains in DOMAIN_ORDER, BOB counted as a currency, more "other units" in the
summary line (this set's scores, speeds and rates), and the "domains_20" block at the end
replaced by a "domains_21" block: the same translation markers, web furniture, transcript
kinds and echoes, ratings and levels on a fixed scale re-keyed to this set's units, and the
not-figure kinds re-keyed to this set's items. The domains_20 notes follow.)

(domains_20: copied from domains_19/build/stats.py and adapted ("domains_20"): this
set's 15 domains in DOMAIN_ORDER, COP, UGX and EGP counted as currencies, more "other
units" in the summary line, and the "domains_19" block at the end replaced by a
"domains_20" block: more translation markers (Finnish, Swedish and Portuguese), the
same web furniture, transcript kinds and echoes, a count of addresses and names with
digits, band-label and drawn-number not-figures, and the not-figure kinds re-keyed to
this set's items. The domains_19 notes follow.)

(domains_19: copied from domains_18/build/stats.py and adapted ("domains_19"): this
set's 15 domains in DOMAIN_ORDER, RON, HKD and NZD counted as currencies (two were
already listed), more "other units" in the summary line, and the "domains_18" block at
the end replaced by a "domains_19" block: the same translation markers, photo captions
and audio widgets as web furniture, split scores and vote tallies, ratings, pension ages
as rule figures, and the not-figure kinds re-keyed to this set's items. The
domains_18 notes follow.)

(domains_18: copied from domains_17/build/stats.py and adapted ("domains_18"): this
set's 15 domains in DOMAIN_ORDER, GHS, ETB, XOF, CLP, CAD, CZK, MXN, TWD, ZAR and KES
counted as currencies, more "other units" in the summary line, and the "domains_17"
block at the end replaced by a "domains_18" block: translated items found by their
translation marker (decimal-comma items without one, the South African copy, are
listed apart), race times counted, and the not-figure kinds re-keyed to this set's
items (with athletics event names and distances as a kind of their own). The
domains_17 notes follow.)

(domains_17: copied from domains_16/build/stats.py and adapted ("domains_17"): this
set's 15 domains in DOMAIN_ORDER, ISK, MOP, DKK, NOK, SEK, JPY, KRW, CNY, AUD and PLN
counted as currencies (most were already listed), the not-figure kinds of the
"domains_16" block re-keyed to this set's items (the block is renamed "domains_17"),
and a few more "other units" in the summary line. The domains_16 notes follow.)

(domains_16: copied from domains_15/build/stats.py and adapted ("domains_16"): this
set's 15 domains, TWD, SGD, MYR, BRL and the crypto units BTC and ETH in the currency
list, and counts of this set's hard cases (see the "domains_16" block at the end,
which replaces the domains_15 block). The domains_15 notes follow.)

(domains_15: copied from domains_14/build/stats.py and adapted ("domains_15"): this
set's 15 domains, a sixth style `transcript`, and counts of the hard cases of this set
(see the "domains_15" block at the end, which replaces the domains_14 block). The
domains_14 notes follow.)

(domains_14: copied from domains_13/build/stats.py and adapted ("domains_14"): this
set's 15 domains, IDR, SAR and NPR in the currency list, and counts of the hard
cases new in this set (see the "domains_14" block at the end). The domains_13
notes follow.)

(domains_13: copied from domains_12/build/stats.py and adapted ("domains_13"): this
set's 15 domains, BDT, QAR, CZK and HKD in the currency list, and counts of the hard
cases new in this set (comma ranges and decimals in words, rate units, figures in
"Related" / "Most read" / "Read more" lines, "one" read as a count, sentences per wire
and feature item). The domains_12 notes follow.)

(domains_12: copied from domains_11/build/stats.py and adapted ("domains_12"): this
set's 15 domains, AED, PHP and KRW in the currency list, and counts of the hard cases
new in this set (non-figure "one"s and selections, post ages, table ranges). The
domains_11 notes follow.)

(domains_11: copied from domains_10/build/stats.py and adapted ("domains_11"): this
set's 15 domains and five styles (report, web, wire, feature, headline), MOP and ISK
in the currency list, headline items split into headlines and social posts (the case
of the first line is counted for headlines only), confidence intervals, zero-figure
items, and per-style word counts. The domains_10 notes follow.)

Copied from domains_9/build/stats.py and adapted ("domains_10"): this set's 15 domains,
its five styles (web, wire, report, headline, translated), its currency list, the case
of each headline (capitals, title case, sentence case), lakh/crore and Indian grouping,
and line breaks per style. The domains_9 notes follow.

domains_9/build/stats.py was copied from domains_8/build/stats.py and adapted ("domains_9"): this set's 15 domains
and five styles (wire, feature, local, pdf, social), its currency list, and hard-case
counters that fit this set (decimal-comma sentences, footnote markers, PDF damage,
accounting negatives, number words, fractions, multiples, suffixed money, bounds).
(domains_8 notes: copied from domains_7/build/stats.py and adapted.)
Usage: python3 build/stats.py [sentences.jsonl]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "sentences.jsonl")

DOMAIN_ORDER = [  # domains_29
    ("bridge_clubs", "brg"), ("orchid_societies", "orc"), ("caving", "cav"),
    ("rug_weaving", "rug"), ("fencing_clubs", "fen"), ("roller_derby", "rdb"),
    ("hedge_laying", "hdg"), ("darts_leagues", "drt"), ("quilting", "qlt"), ("circus_schools", "crc"),
    ("mushroom_foraging", "msh"), ("millinery", "mil"), ("scarecrow_festivals", "scr"),
    ("candle_making", "cdl"), ("woodturning", "wdt"),
]
STYLE_ORDER = [  # domains_11
    ("report", "report"), ("web", "web"), ("wire", "wire"), ("feature", "feature"),
    ("headline", "headline"), ("transcript", "transcript"),  # domains_15
]
CURRENCIES = {"GBP", "USD", "EUR", "INR", "JPY", "CNY", "KES", "NGN", "ZAR", "CHF",  # domains_10
              "NZD", "ARS", "NOK", "SEK", "PLN", "PEN", "PKR", "AUD", "CAD", "DKK", "HUF",
              "BRL", "MXN", "CLP", "CZK", "TRY", "NPR", "ETH",
              "MOP", "ISK",  # domains_11
              "AED", "PHP", "KRW",  # domains_12
              "BDT", "QAR", "CZK", "HKD",  # domains_13
              "IDR", "SAR", "NPR",  # domains_14
              "PEN",  # domains_15
              "TWD", "SGD", "MYR", "BRL", "BTC", "ETH",  # domains_16
              "ISK", "MOP", "DKK", "NOK", "SEK", "JPY", "KRW", "CNY", "AUD", "PLN",  # domains_17
              "GHS", "ETB", "XOF", "CLP", "CAD", "CZK", "MXN", "TWD", "ZAR", "KES",  # domains_18
              "RON", "HKD", "NZD",  # domains_19
              "COP", "UGX", "EGP",  # domains_20
              "BOB",  # domains_21
              "guineas",  # domains_22: bloodstock prices (a guinea is GBP 1.05)
              "THB", "SAR",  # domains_23
              "RUB", "HUF",  # domains_24
              "FRF"}  # domains_26: pre-euro French francs (wml-012)
TIME_UNITS = ["seconds", "minutes", "hours", "days", "nights", "weeks", "months",
              "years", "centuries"]
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
CONTINENTAL_RE = re.compile(r"\d,\d{1,2}(?!\d|,\d{3})|\d,\d{4,}")  # domains_10: not Indian "2,25,000"

recs = [json.loads(line) for line in open(PATH, encoding="utf-8")]
figs = [(r, f) for r in recs for f in r["figures"]]

print(f"{len(recs)} sentences, {len(figs)} figures, "
      f"{sum(len(r['not_figures']) for r in recs)} not_figures entries\n")

bounds = Counter(f["bound"] for _, f in figs)
print("bounds:", ", ".join(f"`{b}` {n}" for b, n in bounds.most_common()))
per = Counter(len(r["figures"]) for r in recs)
print("figures per sentence:", " | ".join(f"{k}: {per[k]}" for k in sorted(per)))
print("zero-figure sentences:", per[0], [r["id"] for r in recs if not r["figures"]])

money = Counter(f["unit"] for _, f in figs if f["unit"] in CURRENCIES)
print(f"money: {sum(money.values())} figures:",
      ", ".join(f"{u} {n}" for u, n in money.most_common()))
sub = [f for _, f in figs if f["unit"] in CURRENCIES  # domains_9: also "25 cents", "sixty pence"
       and re.search(r"\d\s?[pPcC]$|\b(?:cents|pence)$", f["quote"])]
print(f"sub-units converted: {len(sub)} quotes in pence or cents "
      f"({', '.join(f['quote'] for f in sub)})")
units = Counter(f["unit"] for _, f in figs)
print("other units:", ", ".join(f"`{u}` {units[u]}" for u in
      ["%", "percentage points", "basis points", "fraction", "x", "°C", "TEU", "tonnes",
       "metres", "kilometres", "hectares", "acres", "miles", "kilograms", "litres",
       "cubic metres", "MW", "TWh", "votes", "seats",
       "°F", "centimetres", "millimetres", "nautical miles", "square metres",
       "pounds (weight)", "grams", "GW", "GWh", "points", "stars",
       "feet", "knots", "inches", "yards", "hectolitres", "megalitres per day",
       "kilometres per hour", "miles per hour", "rating points", "tiebreak points",
       "years (pension age)", "times",
       "metres per year", "feet per year", "square kilometres", "square metres", "square feet",
       "cubic metres", "cubic metres per year", "MHz", "megabits per second", "petabytes",
       "centimetres", "fire engines", "alarm level", "avalanche danger level (of 5)",
       "Beaufort scale", "years (average age at first marriage)", "times per week",
       "times per month", "times per year",
       "miles per hour", "square miles", "penalty points", "severity score (of 10)",
       "cupping score (of 100)", "grams per tonne", "milligrams per litre", "working days",
       "sitting days", "seasons", "harvests", "days per week", "hours per day",
       "furlongs", "odds (to 1)", "lengths", "pounds (weight)", "dioptres", "carats", "grams",
       "decibels", "revolutions per minute", "storeys", "bedrooms", "grade (of 10)",
       "hygiene rating (of 5)", "years (minimum age)", "tones", "square feet", "times per hour",
       "times per minute", "minutes per day", "hours per listener per week",
       "stones (weight)", "ounces", "microns", "volts", "millilitres",  # domains_23
       "metres (minimum height)", "rating (of 5)", "points (of 100)", "times per day",
       "tonnes (net explosive content)", "tonnes (wet weight) per year", "old pence per card",
       "points", "points (average score)", "rods", "gallons", "pints", "°C (rise)",  # domains_24
       "shillings per week", "crowns (pre-decimal) per ticket", "kilometres per hour",
       "centimetres (minimum ice thickness)", "years (average age of tenants)", "years (age of stove)",
       "kWh per rink", "calories per product",
       "strokes (par)", "strokes (round)", "strokes under par", "strokes over par",  # domains_25
       "strokes (lead)", "hundredweight", "pounds (weight)", "decibels (reduction)",
       "°C (difference)", "kilowatts", "millimetres", "old pence per bottle", "old pence per night",
       "crowns (pre-decimal) per night", "years (average age of members)",
       "years (average age of ringers)", "years (average age of shoemakers)",
       "centimorgans", "yards per minute", "metres per minute", "revolutions per minute",  # domains_26
       "gradient (batter)", "candelas per square metre", "volts", "kWh per year", "cubic feet",
       "storeys", "knots", "acres", "pints", "guineas", "shillings", "shillings per bag",
       "old pence per entry", "old pence per pound (price premium)", "FRF per kilogram",
       "grams per litre (haemoglobin threshold)", "tons per day", "points (of 100)",
       "points (break)", "points (highest break)", "points (maximum break)",
       "decibels", "decibels (noise limit)", "magnitudes per square arcsecond",  # domains_27
       "magnitudes per square arcsecond (very dark threshold)", "magnitude (limiting)", "bar",
       "lumens", "lumens (limit)", "lux (nuisance threshold)", "light years", "kilowatts per kart",
       "nautical miles (range)", "nautical miles (average range)", "gradient",
       "metres (contour interval)", "metres (thick contour interval)", "horsepower",
       "miles per gallon", "guineas", "points (of 100)",
       "miles per hour (gust limit)", "miles per hour (gusts)",  # domains_28
       "kilometres per hour (wind speed)", "Beaufort scale (wind force)", "hundredweight (anvil)",
       "pounds (weight)", "carats", "lux", "kilowatt hours per glaze firing",
       "points (repair score, of 10)", "square metres (kite)", "square kilometres (park area)",
       "percentage points", "victory points", "IMPs (swing)", "points per three darts (average)",  # domains_29
       "revolutions per minute", "newtons (jacket resistance)", "shillings per chain", "shillings (billhook)",
       "millimetres per second (vibration)", "decibels (sound limit at the desk)", "stitches per inch",
       "knots per square inch", "caps (lethal dose)", "hectares"]
      if units[u]))  # domains_17 ... domains_29: more units
print("time:", ", ".join(f"{u} {units[u]}" for u in TIME_UNITS if units[u]))
print("distinct units:", len(units))

# hard cases
nodigit = [f for _, f in figs if not re.search(r"\d", f["quote"])]
suffixed = [f for _, f in figs if re.search(r"\d\s?(k|m|mn|bn|tn|K|M|BN|TN|B)\b", f["quote"])]
scale_words = [f for _, f in figs if re.search(r"(?i)\b(thousand|million|billion|trillion|"
                                                r"lakh|crore)\b", f["quote"])]
signed = [f for _, f in figs if re.match(r"[+\-\u2212]", f["quote"])]
neg = [f for _, f in figs if f["value"] < 0]
rng = [f for _, f in figs if f["bound"] == "range"]
print(f"\nquotes with no digit (number words, fractions, multiples): {len(nodigit)}")
print(f"quotes with a glued or spaced k/m/mn/bn/tn/B suffix: {len(suffixed)}; "
      f"with a scale word (thousand ... trillion, lakh, crore): {len(scale_words)}")
print(f"quotes with a printed sign: {len(signed)}; negative values: {len(neg)}; "
      f"ranges: {len(rng)}")
nf_all = [n for r in recs for n in r["not_figures"]]
print(f"not-figures: {len(nf_all)}")
# domains_9 hard cases
cont = [r["id"] for r in recs if CONTINENTAL_RE.search(r["sentence"]) or r["style"] == "translated"]  # domains_10
print(f"sentences read with decimal commas: {len(cont)} ({', '.join(cont)})")
marks = [n for n in nf_all if n and all(c in SUPERSCRIPTS for c in n)]
print(f"footnote-marker not-figures: {len(marks)}; items with a line break: "
      f"{sum(1 for r in recs if chr(10) in r['sentence'])}")
damaged = [f["quote"] for _, f in figs if re.search(r"\d [.,]\d|\d[.,] \d|\w- \w", f["quote"])]
print(f"PDF-damaged quotes: {len(damaged)} ({', '.join(damaged)})")
acc = [f["quote"] for _, f in figs if re.fullmatch(r"\([\d.,]+\)", f["quote"])]
print(f"accounting negatives: {len(acc)} ({', '.join(acc)})")
print(f"fractions: {units['fraction']}; multiples (x): {units['x']}")
print(f"bounded figures (~ > <): {sum(1 for _, f in figs if f['bound'] in '~<>')}")
print("currency sign or code in quote:", ", ".join(
    f"{k} {v}" for k, v in Counter(
        m.group(0) for _, f in figs
        for m in [re.search(r"NZ\$|US\$|S/|KSh|CHF|Rs|[£$€¥₹₦]|^R(?=\d)", f["quote"])] if m).most_common()))

# domains_10 hard cases
sys.dont_write_bytecode = True  # leave no __pycache__ in the set folder
sys.path.insert(0, os.path.dirname(HERE))
from check import headline_case, is_social, sentence_count  # noqa: E402  (the same rules the checker uses)
heads = [r for r in recs if r["style"] == "headline"]
social = [r for r in heads if is_social(r["sentence"])]  # domains_11
cases = Counter(headline_case(r["sentence"].split("\n")[0]) for r in heads if not is_social(r["sentence"]))
print(f"headline items: {len(heads) - len(social)} headlines, {len(social)} social posts")
print("headline case (first line, headlines only): " + ", ".join(f"{k} {v}" for k, v in cases.most_common()))
# domains_11 hard cases
ci = [r["id"] for r in recs if any(re.search(r"\bCI\b|confidence interval", n) for n in r["not_figures"])]
print(f"items with a confidence interval: {len(ci)} ({', '.join(ci)})")
tol = [f["quote"] for _, f in figs if f["quote"].startswith("\u00b1")]
print(f"tolerances: {', '.join(tol)}")
hedged_words = [f["quote"] for _, f in figs if re.match(r"(?i)maybe|perhaps|something like", f["quote"])]
print(f"quotes with maybe/perhaps/something like: {len(hedged_words)}")
zero = [r["id"] for r in recs if not r["figures"]]
print(f"zero-figure items: {', '.join(zero)}")
stray = [f["quote"] for _, f in figs if re.search(r"[£$€]\s\d|\d\s\d{3}(?!\d)", f["quote"])]
print(f"quotes with a stray space after the currency sign or inside the number: {len(stray)} "
      f"({', '.join(stray)})")
per_style = defaultdict(Counter)
for r in recs:
    per_style[r["style"]][len(r["figures"])] += 1
for st, _ in STYLE_ORDER:
    print(f"figures per item, {st}: " + " | ".join(f"{k}: {per_style[st][k]}" for k in sorted(per_style[st])))
lakh = [f["quote"] for _, f in figs if re.search(r"(?i)lakh|crore", f["quote"])]
indian = [f["quote"] for _, f in figs if re.search(r"\d,\d\d,\d{3}", f["quote"])]
print(f"lakh/crore quotes: {len(lakh)} ({', '.join(lakh)}); Indian grouping: {', '.join(indian)}")
lb = Counter(r["style"] for r in recs if chr(10) in r["sentence"])
print("items with line breaks by style: " + ", ".join(f"{k} {v}" for k, v in lb.most_common()))
words = defaultdict(list)
for r in recs:
    words[r["style"]].append(len(r["sentence"].split()))
print("words per item (min/mean/max): " + "; ".join(
    f"{st} {min(w)}/{sum(w) / len(w):.1f}/{max(w)}" for st, w in words.items()))

# domain x style
cross = defaultdict(Counter)
for r in recs:
    cross[r["domain"]][r["style"]] += 1
hdr = ["domain", "prefix"] + [a for _, a in STYLE_ORDER] + ["sentences", "figures", "not-figures", "zero-figure"]
# domains_12 hard cases
nf_one = [n for n in nf_all if re.search(r"(?i)\bone\b", n)]
print(f"not-figures holding the word 'one' (selections, pronouns, product classes): {len(nf_one)} "
      f"({', '.join(nf_one)})")
tab_rng = [f["quote"] for r, f in figs if r["style"] == "report" and f["bound"] == "range"]
print(f"ranges in report items: {len(tab_rng)} ({', '.join(tab_rng)})")
print("units (all): " + ", ".join(f"{u} {n}" for u, n in units.most_common()))
# domains_13 hard cases
comma = [f["quote"] for _, f in figs if re.fullmatch(r"[A-Za-z\-]+, [A-Za-z\-]+.*", f["quote"])]
print(f"comma ranges in words: {len(comma)} ({', '.join(comma)})")
pointw = [f["quote"] for _, f in figs if re.search(r"[a-z] point [a-z]", f["quote"])]
print(f"decimals in words: {', '.join(pointw)}")
rate_units = [f["unit"] for _, f in figs if " per " in f["unit"]]
print(f"figures with a rate in the unit: {len(rate_units)} ({len(set(rate_units))} distinct)")
one_fig = [f["quote"] for _, f in figs if re.fullmatch(r"(?i)one|once|one day|a pound", f["quote"])]
print(f"figures read from 'one' / 'once' / an article: {len(one_fig)} ({', '.join(one_fig)})")
zero_val = [f["quote"] for _, f in figs if f["value"] == 0]
print(f"figures with value 0: {len(zero_val)} ({', '.join(zero_val)})")


def link_line(r, f):
    """the line of a web item that holds the figure, if it is a link line"""
    s = r["sentence"]
    a = s.rfind("\n", 0, f["start"]) + 1
    line = s[a:s.find("\n", f["start"]) if "\n" in s[f["start"]:] else len(s)]
    return re.match(r"(Related|Read more|Read next|Most read|Read also|Also read|Also interesting)", line) is not None  # domains_24


links = [f["quote"] for r, f in figs if r["style"] == "web" and link_line(r, f)]
print(f"web figures in Related / Read more / Read next / Most read lines: {len(links)}")
sc = defaultdict(Counter)
for r in recs:
    if r["style"] in ("wire", "feature", "transcript"):  # domains_15: also transcript
        sc[r["style"]][sentence_count(r["sentence"])] += 1
for st in ("wire", "feature", "transcript"):  # domains_15
    print(f"sentences per {st} item: " + " | ".join(f"{k}: {sc[st][k]}" for k in sorted(sc[st])))

print("\n| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
tot = Counter()
for d, p in DOMAIN_ORDER:
    rs = [r for r in recs if r["domain"] == d]
    row = [d, p] + [str(cross[d][s]) for s, _ in STYLE_ORDER]
    nf = sum(len(r["figures"]) for r in rs)
    nn = sum(len(r["not_figures"]) for r in rs)
    nz = sum(1 for r in rs if not r["figures"])
    row += [str(len(rs)), str(nf), str(nn), str(nz)]
    for s, _ in STYLE_ORDER:
        tot[s] += cross[d][s]
    tot["_s"] += len(rs); tot["_f"] += nf; tot["_n"] += nn; tot["_z"] += nz
    print("| " + " | ".join(row) + " |")
print("| **total** | | " + " | ".join(f"**{tot[s]}**" for s, _ in STYLE_ORDER)
      + f" | **{tot['_s']}** | **{tot['_f']}** | **{tot['_n']}** | **{tot['_z']}** |")

print("\n| style | sentences | figures | not-figures | zero-figure | bounded (~ > <) | ranges |")
print("|---|---|---|---|---|---|---|")
for s, _ in STYLE_ORDER:
    rs = [r for r in recs if r["style"] == s]
    fs = [f for r in rs for f in r["figures"]]
    print(f"| {s} | {len(rs)} | {len(fs)} | "
          f"{sum(len(r['not_figures']) for r in rs)} | {sum(1 for r in rs if not r['figures'])} | "
          f"{sum(1 for f in fs if f['bound'] in '~<>')} | {sum(1 for f in fs if f['bound'] == 'range')} |")



# domains_29 hard cases (the domains_28 block with its translation markers, web furniture,
# transcript kinds, echoes and the other generic counters kept; the unit counters re-keyed
# to this set's units, a counter of split bout and match scores, and the not-figure kinds
# re-keyed to this set's items)
print("\n-- domains_29 --")
TRANS_MARK = re.compile(r"(?i)translated from|übersetz|vertaald|traduit|tradott|traducido|traduzid"
                        r"|przetłumacz|maskinoversat|maskinöversatt|käännet|přeloženo|gépi fordítás")
# domains_27: the Hungarian line as well; no bare "translat", which this set's translation-services items use
trans = [r for r in recs if TRANS_MARK.search(r["sentence"])]
cont_only = [r["id"] for r in recs if CONTINENTAL_RE.search(r["sentence"]) and not TRANS_MARK.search(r["sentence"])]
print(f"translated items: {len(trans)} ({len(trans) * 100 / len(recs):.0f}%); by style: "
      + ", ".join(f"{k} {v}" for k, v in Counter(r['style'] for r in trans).most_common())
      + f"; with decimal commas: {sum(1 for r in trans if CONTINENTAL_RE.search(r['sentence']))}"
      + f"; with spaced thousands: {sum(1 for r in trans if re.search(r'[0-9] [0-9]{3}(?![0-9])', r['sentence']))}")
print("translated ids: " + ", ".join(r["id"] for r in trans))
print(f"translated ids without a decimal comma: {', '.join(r['id'] for r in trans if not CONTINENTAL_RE.search(r['sentence']))}")
print(f"translated ids without spaced thousands: {', '.join(r['id'] for r in trans if not re.search(r'[0-9] [0-9]{3}(?![0-9])', r['sentence']))}")
print(f"decimal commas (by the checker's pattern) without a translation marker: {', '.join(cont_only)}")
spaced_only = [r["id"] for r in recs if not TRANS_MARK.search(r["sentence"])
               and any(re.search(r"[0-9] [0-9]{3}(?![0-9])", f["quote"]) for f in r["figures"])]
print(f"spaced thousands in figures without a translation marker: {', '.join(spaced_only)}")
webs = [r for r in recs if r["style"] == "web"]
furn = {
    "cookie or privacy banner": r"(?i)cookie|privacy|🍪",
    "market ticker line": r"[▲▼]",
    "reader poll widget": r"(?i)\bPOLL\b",
    "photo caption": r"📷 Photo",
    "post or view counters (💬) or comment counts": r"💬|(?i:comments)",
    "Related / Read more / Read next / Most read / Read also / Also read": r"Related|Read more|Read next|Most read|Read also|Also read|Also interesting",
    "live page": r"\bLIVE\b",
    "machine-translation banner": r"(?i)übersetz|vertaald|traduit|tradott|traduc|traduzid|przetłumacz|maskinoversat|maskinöversatt|käännet|machine-translated",
    "fact box (AT A GLANCE / IN NUMBERS / KEY FIGURES / THE NUMBERS)": r"AT A GLANCE|IN NUMBERS|KEY FIGURES|THE NUMBERS",
}
for k, rx in furn.items():
    print(f"web items with {k}: {sum(1 for r in webs if re.search(rx, r['sentence']))}")
print(f"photo captions in web items: {sum(r['sentence'].count('📷 Photo') for r in webs)}")
tr = [r for r in recs if r["style"] == "transcript"]
kinds = Counter()
for r in tr:
    s0 = r["sentence"]
    kind = ("earnings call" if re.search(r"^OPERATOR:", s0, re.M) else
            "phone-in" if "CALLER" in s0 else
            "hearing" if re.search(r"^CHAIR:", s0, re.M) else
            "broadcast or podcast interview")
    kinds[kind] += 1
stamps = [n for r in tr for n in r["not_figures"] if re.fullmatch(r"\[\d\d:\d\d:\d\d\]", n)]
coded = sum(1 for r in tr if any(re.fullmatch(r"\[\d\d:\d\d:\d\d\]", n) for n in r["not_figures"]))
print(f"transcripts: {len(tr)} (" + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
      + f"); {coded} with time codes ({len(stamps)} time-code not-figures); figures {sum(len(r['figures']) for r in tr)}, "
      f"with a digit {sum(1 for r in tr for f in r['figures'] if re.search(r'[0-9]', f['quote']))}")
echo = [f["quote"] for r in tr for f in r["figures"]
        if any(g is not f and g["value"] == f["value"] and g["unit"] == f["unit"] and g["start"] < f["start"]
               for g in r["figures"])]
print(f"figures repeated in speech (echoes): {len(echo)} ({', '.join(echo)})")
pence = [f["quote"] for _, f in figs if re.search(r"\d\s?p$|\b(?:cents?|pence|centimes)$", f["quote"]) and f["unit"] != "%"]
print(f"quotes in pence, cents or centimes (any unit, rates included): {len(pence)} ({', '.join(pence)})")
cur_units = Counter(f["unit"].split()[0] for _, f in figs if f["unit"].split()[0] in CURRENCIES)
print("figures whose unit starts with a currency code: " + ", ".join(f"{k} {v}" for k, v in cur_units.most_common()))
pcol = [f["quote"] for r, f in figs if r["style"] == "report" and "pence per word" in r["sentence"] and f["unit"].startswith("GBP per word")]
print(f"table cells under a pence header converted to pounds: {len(pcol)} ({', '.join(pcol)})")
pp = [f["quote"] for _, f in figs if f["unit"].startswith("percentage points")]
print(f"percentage-point figures: {len(pp)} ({', '.join(pp)})")
pairs = [(r["id"], f["quote"], g["quote"]) for r in recs for f, g in zip(r["figures"], r["figures"][1:])
         if f["unit"].split()[0] == g["unit"].split()[0]
         and re.fullmatch(r" of(?: the| its| our| the city's| the track's)?(?: remaining)? ", r["sentence"][f["end"]:g["start"]])]
print(f"'N of M' pairs split into two figures (same first unit word, by this counter): {len(pairs)} ({'; '.join(f'{a}: {b} / {c}' for a, b, c in pairs)})")
votes = [(r["id"], f["quote"], g["quote"]) for r in recs for f, g in zip(r["figures"], r["figures"][1:])
         if f["unit"].startswith("votes") and g["unit"].startswith("votes")]
print(f"vote tallies split into two figures: {len(votes)} ({'; '.join(f'{a}: {b} to {c}' for a, b, c in votes)})")
scores = [(r["id"], f["quote"], g["quote"]) for r in recs for f, g in zip(r["figures"], r["figures"][1:])  # domains_29
          if re.search(r"(bout|match|half-time) score", f["unit"]) and re.search(r"(bout|match|half-time) score", g["unit"])
          and re.fullmatch(r"\s*[–\-,]\s*|, [A-Z][a-z]+ ", r["sentence"][f["end"]:g["start"]])]
print(f"bout and match scores split into two figures: {len(scores)} ({'; '.join(f'{a}: {b} / {c}' for a, b, c in scores)})")
for lab, rx in (("scores in points (bridge, darts, derby, judging)", r"points"),  # domains_29
                ("fencing touches", r"touches"),
                ("darts averages (points per three darts)", r"points per three darts"),
                ("victory points and IMPs", r"(victory points|IMPs)"),
                ("temperatures", r"°C"),
                ("percentage points", r"percentage points"),
                ("multiples (x)", r"x( |$)"),
                ("speeds (rpm, mph, mm/s)", r"(revolutions per minute|miles per hour|millimetres per second)"),
                ("old money (shillings)", r"shillings"),
                ("imperial lengths (feet, inches)", r"(feet|inches)"),
                ("compound durations converted to the smallest unit", None)):
    if rx is None:
        q = [f["quote"] for _, f in figs if re.search(r"\d+ hours? \d+|\d+ minutes? \d+ seconds?", f["quote"])]
    else:
        q = [f["quote"] for _, f in figs if re.match(rx, f["unit"])]
    print(f"{lab}: {len(q)} ({', '.join(q)})")
ages = [f["quote"] for _, f in figs if f["unit"].startswith("years (average age")]
print(f"aggregate ages as figures: {len(ages)} ({', '.join(ages)})")
agelims = [f["quote"] for _, f in figs if re.match(r"(years|months) \((age|minimum age|age band|age threshold)", f["unit"])]
print(f"age limits, age thresholds and age bands in rules (people, dogs, cars, objects): {len(agelims)} ({', '.join(agelims)})")
since = [f["quote"] for _, f in figs if re.search(r"\((?:since|after|until) |since a higher|without a French|of trying", f["unit"])]  # domains_29
print(f"time since an event ('first in N years', 'lowest in N years'): {len(since)} ({', '.join(since)})")
zero_q = [f["quote"] for _, f in figs if f["value"] == 0]
print(f"figures with value 0: {len(zero_q)} ({', '.join(zero_q)})")
neg_q = [f["quote"] for _, f in figs if f["value"] < 0]
print(f"negative values: {len(neg_q)} ({', '.join(neg_q)})")
ctx = [f["quote"] for r, f in figs if f["bound"] in "<>~" and not re.match(
    r"(?i)(about|around|roughly|some|nearly|almost|approx|perhaps|maybe|an estimated|estimated|"
    r"more than|over|at least|up to|under|below|less than|fewer than|within|as much as|"
    r"as many as|as long as|as little as|above|from|close to|near|no more than|max|a maximum of|something like|just under|~)", f["quote"])
    and not re.search(r"(?i)-odd$|\+$|or so$|or more$|or less$|and something$", f["quote"])]
print(f"bounds carried by words outside the quote (or not read by the DSL): {len(ctx)} ({', '.join(ctx)})")
hedged = [f["quote"] for _, f in figs if re.match(r"(?i)maybe|perhaps|probably", f["quote"])]
print(f"quotes with maybe/perhaps/probably: {len(hedged)} ({', '.join(hedged)})")
link_figs = [f["quote"] for r, f in figs if r["style"] == "web" and link_line(r, f)]
print(f"figures in link lines: {len(link_figs)} ({', '.join(link_figs)})")
one_figs = [f["quote"] for _, f in figs if re.fullmatch(r"(?i)one|once|twice|an hour|a pound|a grand|1", f["quote"])]
print(f"figures read from 'one', 'once', 'twice', '1' or an article: {len(one_figs)} ({', '.join(one_figs)})")




def _alt(*items):
    return "^(?:" + "|".join(re.escape(x) for x in items) + ")$"


# each not-figure is put in the first kind whose pattern it matches (ordered)
nf_kinds29 = [  # domains_29
    ("time codes", r"^\[\d\d:\d\d:\d\d\]$"),
    ("phone numbers", r"^0\d{2,4} \d{3,4} \d{3,4}$"),
    ("radio station names with frequencies", r"(?:Radio|FM|Talk|Sound)\b.* \d{2,3}\.\d$"),
    ("market-ticker entries", r"[▲▼]"),
    ("comment, reaction, repost and poll counters and cookie-banner partner and vendor counts",
     r"💬|🔁|❤️|votes\)$|partners$|vendors$|^.+ \d{1,2}%$"),
    ("post ages and reading times", r"^· \d+[hmd]$|min read$"),
    ("footnote markers", r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$"),
    ("scales", r"^\((?:'000|£'000)\)$"),
    ("names, codes, labels, bids, board, piste, table and turn numbers, skater numbers, named throws and "
     "segments, game names, hat sizes, pattern names, serial numbers, standards and phone-in lines",
     _alt("Line one", "Line two", "Line three", "Line four", "board 14", "Board 9", "6♠", "7NT", "bid seven",
          "table 3", "piste 1", "turn 2", "#88", "#11", "Gillbeck 5", "180s", "a 180", "180 points", "game of 501",
          "treble 20", "size 7¼", "Size 7¼", "a 7 and a bit", "nine-patch", "Quilt number 1,046", "EN 166",
          "Half-time", "half-time")),
    ("ages of people, animals, things and institutions",
     _alt("The oldest player, 94", "great-grandson, 17", "12-year-old", "at 71", "14 years old", "Teacher, 88",
          "30 years old", "Ann Tolley, 84", "30 years in our family", "Ian Pell, 67", "My lad's sixteen",
          "19th-century", "300-year", "the youngest 24", "the oldest 81", "less than 40 years old", "17th-century",
          "16th-century", "60 years", "at 19", "at 31", "My daughter's nine", "41-year-old", "was 9", "I'm forty-six",
          "the youngest competitor is 16", "At 79", "Dirk Hansen, 58", "96-year-old", "At 14", "forty-odd years",
          "Ruth Adeyemi, 72", "19-year-old", "9-year-old", "At 22", "Student, 19", "My son's seven", "at 82",
          "over 100 years old", "At 24", "Edna Farrow, 81", "78-year-old", "71-year-old", "15-year-old",
          "about 180 years old", "the youngest was eleven", "Eleven?")),
    ("careers, habits and residence spans",
     _alt("for 60 years", "After 60 Years", "played forty years", "for 52 years", "for twelve years", "for 27 years",
          "for 31 years", "for 40 years", "for 22 years", "ate them for sixty years", "over 20 years")),
    ("ordinals and milestones", _alt("fifteenth table", "first to ninth", "12th")),
    ("product terms, sizes on offer, bases of rates, worked-example inputs, contents of sets and idioms",
     _alt("set of 4 packs", "2 bidding boxes", "out of 100", "one plant", "9 square metres", "24-hour", "one trip",
          "every hour", "7-litre", "at 30 metres", "zero visibility", "one every", "per six novices", "12-week",
          "2 by 3 metres", "150 knots per square inch", "One dye bath", "three by two metres", "one weaver",
          "8 weeks", "per thousand hours", "Per thousand hours", "for twelve weeks", "half felling, half weaving",
          "in 100 metres", "per three darts", "with three darts", "three-dart", "fat quarter", "fat quarters",
          "about 130 by 150 centimetres", "for 90 minutes", "3-year", "for 30 pupils", "58-centimetre",
          "25 centimetres", "for 2 hours", "20cl", "for 4 candles", "30-centimetre", "one candle", "3-wick",
          "12-inch", "3 gouges", "18 centimetres", "out of 50", "1 unit per pack", "one afternoon", "one club",
          "one fencer in one event", "one week")),
    ("counting bands and class definitions that define what is counted",
     _alt("aged 9 to 11", "at least one caver", "Under-18", "under-14s", "Under-10s", "under-18s", "aged 7 to 17",
          "at least one league team", "under-25s", "over 60", "under forty", "within two years", "at least 2 years",
          "Under-5s", "under 5", "more than 10 kilograms", "at least one employee", "above £20,000", "older than 55",
          "at least 10 scarecrows", "within 30 centimetres", "one-person", "2020 or later", "more than £50,000",
          "under 16 inches", "at least once a week")),
    ("selections, listicle counts and pronoun 'one'",
     r"^(?!over one term$).*?(?:(?i:\bone\b)|^The \d+ |^the \d+ |^\d+ (?:checks|myths|things|tools|quilts|mushrooms|hat shapes|milliners|rules|first projects)$"
     r"|^10 of them$|^the top 3$|^the two companies$)"),
    ("reporting windows, spans of a change, plan horizons, one-off deadlines and relative dates",
     r"^(?!after \d+pm$|by \d)(?:in|over|within|by|In|first|after|ten years ago|five years earlier|IN FIVE YEARS|Nine weeks|first-half)"
     r"(?! 19\d\d$| 20\d\d$)|ago$|earlier$|weeks$"),
    ("list entries, section, table, figure and page numbers",
     r"^\d\. [A-Z]|^\d\.\d [A-Z]|^Table|^Section|^Page|^page|^p\. |^Pagina|^Seite|^Strona|^Side "),
    ("dates, years, decades and centuries",
     r"\d{4}|\d\d/\d\d|\d\d\.\d\d\.\d{4}|January|February|March|April|May|June|July|August|September|October|November|December"
     r"|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\d0s$|century"),
    ("clock times", r"^\d{1,2}[:.h]\d\d|\d(am|pm)|^by \d"),
    ("other", r"."),
]
nf29 = [(r, n) for r in recs for n in r["not_figures"]]
kind_of = {}
for r, n in nf29:
    for k, rx in nf_kinds29:
        if re.search(rx, n):
            kind_of.setdefault(k, []).append(n)
            break
for k, _ in nf_kinds29:
    hits = kind_of.get(k, [])
    print(f"not-figures, {k}: {len(hits)} ({', '.join(h.replace(chr(10), ' / ') for h in hits)})")
