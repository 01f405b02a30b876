#!/usr/bin/env python3
"""Print the count tables used in domains_42/README.md (standard library only).

(domains_42: copied from domains_41/build/stats.py and adapted only in the set
("domains_42"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter is domains_41's, unchanged. The domains_41 notes follow.)

(domains_41: copied from domains_40/build/stats.py and adapted only in the set
("domains_41"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_40's (that is, domains_30's), unchanged. The domains_40 notes follow.)

(domains_40: copied from domains_39/build/stats.py and adapted only in the set
("domains_40"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_39's (that is, domains_30's), unchanged. The domains_39 notes follow.)

(domains_39: copied from domains_38/build/stats.py and adapted only in the set
("domains_39"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_38's (that is, domains_30's), unchanged. The domains_38 notes follow.)

(domains_38: copied from domains_37/build/stats.py and adapted only in the set
("domains_38"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_37's (that is, domains_30's), unchanged. The domains_37 notes follow.)

(domains_37: copied from domains_36/build/stats.py and adapted only in the set
("domains_37"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_36's (that is, domains_30's), unchanged. The domains_36 notes follow.)

(domains_36: copied from domains_35/build/stats.py and adapted only in the set
("domains_36"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_35's (that is, domains_30's), unchanged. The domains_35 notes follow.)

(domains_35: copied from domains_34/build/stats.py and adapted only in the set
("domains_35"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_34's (that is, domains_30's), unchanged. The domains_34 notes follow.)

(domains_34: copied from domains_33/build/stats.py and adapted only in the set
("domains_34"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_33's (that is, domains_30's), unchanged. The domains_33 notes follow.)

(domains_33: copied from domains_32/build/stats.py and adapted only in the set
("domains_33"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_32's (that is, domains_30's), unchanged. The domains_32 notes follow.)

(domains_32: copied from domains_31/build/stats.py and adapted only in the set
("domains_32"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_31's (that is, domains_30's), unchanged, so the "-- domains_30 --" block at the
end still counts with domains_30's unit wording and sorts not-figures by domains_30's
items. The domains_31 notes follow.)

(domains_31: copied from domains_30/build/stats.py and adapted only in the set
("domains_31"): this paragraph, the first line and this set's 15 domains in
DOMAIN_ORDER. Every counter, unit list, currency list and not-figure kind is
domains_30's, unchanged, so the "-- domains_30 --" block at the end still counts with
domains_30's unit wording and sorts not-figures by domains_30's items (most of this
set's fall in its last kind, "other"). The domains_30 notes follow.)

(domains_30: copied from domains_29/build/stats.py and adapted ("domains_30"): this
set's 15 domains in DOMAIN_ORDER, MAD counted as a currency, more "other units" in the
summary line (this set's draw weights, tempos, wave heights, wave periods and engine
sizes), and the "domains_29" block at the end replaced by a "domains_30" block: the same
translation markers, web furniture, transcript kinds, echoes and generic counters, the
unit counters re-keyed to this set's units, a counter of split match scores (sets and
games), and the not-figure kinds re-keyed to this set's items. The domains_29 notes
follow.)

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

DOMAIN_ORDER = [  # domains_42
    ("bell_ringers", "bel"), ("clock_watch_repairers", "clk"), ("trampoline_parks", "trm"),
    ("stained_glass", "stg"), ("carpet_fitters", "crp"), ("fireworks_displays", "fwk"),
    ("organ_builders", "org"), ("bicycle_repair_shops", "bik"), ("sign_writers", "sgn"),
    ("hedge_layers_wallers", "hdg"), ("upholsterers", "uph"), ("village_fetes", "fet"),
    ("cosplay_conventions", "cos"), ("shoe_repairers", "shu"), ("kites_model_aircraft", "kit"),
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
              "FRF",  # domains_26: pre-euro French francs (wml-012)
              "MAD"}  # domains_30: Moroccan dirhams (srf-011)
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
       "knots per square inch", "caps (lethal dose)", "hectares",
       "pounds (draw weight)", "bars per minute (waltz tempo)", "bars per minute (quickstep tempo)",  # domains_30
       "feet (wave height)", "seconds (wave period)", "cubic centimetres (engine)",
       "revolutions per minute (turbine)", "feet per second (arrow speed)", "decibels (limit)"]
      if units[u]))  # domains_17 ... domains_30: more units
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



# domains_30 hard cases (the domains_29 block with its translation markers, web furniture,
# transcript kinds, echoes and the other generic counters kept; the unit counters re-keyed
# to this set's units, a counter of split match scores (sets and games), and the not-figure
# kinds re-keyed to this set's items)
print("\n-- domains_30 --")
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
scores = [(r["id"], f["quote"], g["quote"]) for r in recs for f, g in zip(r["figures"], r["figures"][1:])  # domains_30
          if re.match(r"(set points|games won) \(", f["unit"]) and re.match(r"(set points|games won) \(", g["unit"])
          and re.fullmatch(r"\s*[–\-,]\s*", r["sentence"][f["end"]:g["start"]])]
print(f"match scores split into two figures: {len(scores)} ({'; '.join(f'{a}: {b} / {c}' for a, b, c in scores)})")
for lab, rx in (("judged and shot scores in points (archery, surfing, skating, tests)", r"points \("),  # domains_30
                ("temperatures (negative values included)", r"°C"),
                ("percentage points", r"percentage points"),
                ("multiples (x)", r"x( |$)"),
                ("draw weights in pounds (weight, not money)", r"pounds \("),
                ("speeds (mph, km/h, feet per second, rpm)", r"(miles per hour|kilometres per hour|feet per second|revolutions per minute)"),
                ("imperial lengths and distances (feet, miles)", r"(feet|miles)(?! per)( |$)"),
                ("dance tempos (bars per minute)", r"bars per minute"),
                ("decibels", r"decibels"),
                ("compound durations converted to the smallest unit", None)):
    if rx is None:
        q = [f["quote"] for _, f in figs if re.search(r"\d+ hours? \d+|\d+ minutes? \d+ seconds?|\d+ h \d+ min|\d+ hour \d+ minutes", f["quote"])]
    else:
        q = [f["quote"] for _, f in figs if re.match(rx, f["unit"])]
    print(f"{lab}: {len(q)} ({', '.join(q)})")
ages = [f["quote"] for _, f in figs if re.match(r"years \((average|median) age", f["unit"])]  # domains_30: and median
print(f"aggregate ages as figures: {len(ages)} ({', '.join(ages)})")
agelims = [f["quote"] for _, f in figs if re.match(r"years \((minimum|free entry)", f["unit"])]  # domains_30
print(f"age limits, age thresholds and age bands in rules (people, dogs, cars, objects): {len(agelims)} ({', '.join(agelims)})")
since = [f["quote"] for _, f in figs if re.search(r"\((?:since|after|lowest for)", f["unit"])]  # domains_30
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
nf_kinds30 = [  # domains_30
    ("time codes", r"^\[\d\d:\d\d:\d\d\]$"),
    ("phone numbers", r"^0\d{2,4} \d{3,4} \d{3,4}$|^0\d{4} \d{6}$"),
    ("radio station names with frequencies", r"(?:Radio|FM|Talk|Sound)\b.* \d{2,3}\.\d$"),
    ("market-ticker entries", r"[▲▼]"),
    ("comment, reaction, repost and poll counters and cookie-banner partner counts",
     r"💬|🔁|❤️|votes\)$|partners$|^.+ \d{1,2}%$"),
    ("post ages, reading times and live-page update counts", r"^· \d+[hmd]$|min read$|^\d+ updates$"),
    ("footnote markers", r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$"),
    ("scales", r"^\('000(?: bundles| tonnes| m²)?\)$"),
    ("names, labels and classes: phone-in lines, boat classes, model scales, wetsuit codes, tricks, target rings, "
     "score scales, dance counts and disciplines, item and serial numbers, school years and place names",
     _alt("Line one", "Line two", "Line three", "Line four", "Racing eight", "racing eight", "new eight",
          "senior eight", "coxed four", "for four oarsmen", "1:3 scale", "1:5 scale", "1:6 scale", "quarter-scale",
          "a 5/4", "a 3/2", "a 540", "Lena's 540", "a 10", "inner 10 ring", "out of 720", "out of 720 points",
          "under-15", "counted in 3", "in 4", "one-two-three", "10-dance", "two-wave", "Item 7", "Roof no. 212",
          "Year 3", "Year 8", "Year 9", "top 50", "quarter pipe", "Jewellery Quarter", "third-party",
          "day one", "day two")),
    ("ages of people, animals, things and institutions",
     _alt("He's fifteen", "He's seventeen", "I'm seventy-four", "My daughter's fourteen", "14-year-old",
          "17-year-old", "12-year-old", "19-year-old", "9-year-old", "40-year-old", "140-year-old", "200-year-old",
          "400-year-old", "6 years old", "Bill Harker, 79", "Dave Kerr, 47", "Ellie Hartman, 14", "Schoolgirl, 14",
          "Frank Dyer, 83", "Jamal Reid, 24", "Maureen Pike, 78", "Ruth Akande, 71", "Tom Penrose, 58", "At 91",
          "candidate: 81", "is 68", "the youngest 51", "the youngest regular is six", "the oldest sixty-one",
          "aged 16 and 17", "aged between 5 and 94", "at eleven", "at fourteen", "at thirteen", "she was nine",
          "since he was eight", "started at sixty-four", "was nineteen", "fifty-year", "Fifty years",
          "After four years", "for at least 300 years")),
    ("careers, habits and membership spans",
     _alt("for 12 years", "for eleven seasons", "for fifty-two years", "for thirty-one years", "for 3 years",
          "of 30 years")),
    ("ordinals and milestones", _alt("2nd", "4th", "100th", "125th", "16th", "20th", "300th", "fifth straight year")),
    ("product terms, sizes on offer, bases of rates, worked-example inputs, conditions of a measurement, "
     "definitions and idioms",
     _alt("90-minute", "2-hour", "6-week", "8-week", "2-day", "one-day", "one-off", "10-year", "1-kilogram",
          "900-gram", "7.5-centimetre", "125-kilogram", "1-metre", "2,000-metre", "3 nibs", "for 500",
          "60 by 90 centimetres", "courses from 2 to 12 weeks", "five centimetres square", "per 10 000 flights",
          "per 1 000 licences", "per m²", "for 10 weeks", "for 40 minutes", "for three hours", "for two hours",
          "a table of four", "A family of four", "a thousand square metres", "A 3-metre figure",
          "For a 2-metre wall", "of 100 square metres", "of 150 square metres", "with twelve lines",
          "an order of 1,000", "A full set of 1,000", "at 20°C", "kept at −5°C", "at 60 metres",
          "at 70 metres", "at 7 metres", "in five minutes", "for 20 minutes a day", "for 12 weeks", "for 6 months",
          "with 4,000 crystals", "1 by 0.5 by 0.25 metres", "about 125 kilograms",
          "a group lesson for 8 counts as 8", "2 competitors", "in half", "quarters", "half unfolded",
          "one calculator", "one leg", "One complaint", "one for every guest", "one of the safest", "any one time",
          "sub-250-gram", "Sub-250-gram", "4 models anyone can fold in 5 minutes", "in 3 seconds")),
    ("counting bands and class definitions that define what is counted",
     _alt("aged 7 to 9", "aged 8 to 25", "aged over 65", "a child under 10", "at least 10 sculptures",
          "at least 4 days a week", "at least once a week", "at least one coached class", "at least one new friend",
          "for at least 4 weeks", "200 games or more", "250 grams or more", "under 250 grams", "larger than 200 m²",
          "no more than 10 shops", "over 50", "over 60", "over sixty", "over-60s", "over-70s", "under 16",
          "under 18", "under 18 on 1 January", "under eighteen", "under forty", "under-14", "under-25s",
          "under-sixteens", "more than one")),
    ("selections, listicle counts and pronoun 'one'",
     r"^(?:the old one|keep one|need one|new one|of one|the one who|The first one|the two companies|10 oldest)$"
     r"|^(?:The|the) \d+ |^\d+ (?:beaches|checks|things|drills|myths|tips|ways)$"),
    ("reporting windows, spans of a change, plan horizons, relative dates and half-year labels",
     r"^(?:in|In|over|within|after|After)\b(?! \d{4}$)|ago$|earlier$|^Nine weeks$|^six (?:weeks|months) to|"
     r"^first[- ]half$"),
    ("list entries, section, table and page numbers",
     r"^\d\. [A-Z]|^\d\.\d [A-Z]|^Table|^Section|^Page|^page|^p\. |^Pagina|^Página|^Seite|^Strona|^Side |^Sivu"),
    ("dates, years, decades and centuries",
     r"\d{4}|\d\d/\d\d|\d\d[.\-]\d\d[.\-]\d{4}|January|February|March|April|May|June|July|August|September|October"
     r"|November|December|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\d0s$|century"),
    ("clock times", r"^\d{1,2}[:.h]\d\d|\d(am|pm)|o'clock|in the morning|at night|^Updated \d"),
    ("other", r"."),
]
nf30 = [(r, n) for r in recs for n in r["not_figures"]]
kind_of = {}
for r, n in nf30:
    for k, rx in nf_kinds30:
        if re.search(rx, n):
            kind_of.setdefault(k, []).append(n)
            break
for k, _ in nf_kinds30:
    hits = kind_of.get(k, [])
    print(f"not-figures, {k}: {len(hits)} ({', '.join(h.replace(chr(10), ' / ') for h in hits)})")
