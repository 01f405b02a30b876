#!/usr/bin/env python3
"""Print the count tables used in domains_15/README.md (standard library only).

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

DOMAIN_ORDER = [  # domains_15
    ("aviation_safety", "avs"), ("rail_freight", "rfr"), ("archaeology_heritage", "arc"),
    ("publishing_books", "pub"), ("horse_racing", "hrc"), ("forestry_timber", "fst"),
    ("postal_services", "pst"), ("veterinary_pets", "vet"), ("pubs_brewing", "pbr"),
    ("funeral_services", "fun"), ("fitness_leisure", "fit"), ("wildlife_conservation", "wld"),
    ("fire_rescue", "fir"), ("inland_waterways", "wwy"), ("blood_organ_donation", "don"),
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
              "PEN"}  # domains_15
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
       "metres", "kilometres", "hectares"] if units[u]))
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
    return re.match(r"(Related|Read more|Read next|Most read)", line) is not None


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

# domains_15 hard cases (replaces the domains_14 block)
print("\n-- domains_15 --")
nf_all15 = [(r["id"], n) for r in recs for n in r["not_figures"]]
hs = [r for r in recs if r["style"] == "headline" and not is_social(r["sentence"])]
print(f"headlines with a standfirst: {sum(1 for r in hs if chr(10) in r['sentence'])}")
tr = [r for r in recs if r["style"] == "transcript"]
stamps = [n for r in tr for n in r["not_figures"] if re.fullmatch(r"\[\d\d:\d\d:\d\d\]", n)]
tr_coded = sum(1 for r in tr if any(n in r["not_figures"] for n in stamps))
tr_words = sum(1 for r in tr for f in r["figures"] if not re.search(r"\d", f["quote"]))
print(f"transcripts: {len(tr)} ({tr_coded} with time codes, {len(stamps)} time-code not-figures); "
      f"figures in transcripts: {sum(len(r['figures']) for r in tr)}, without a digit: {tr_words}")
echo = [f["quote"] for r in tr for f in r["figures"]
        if any(g is not f and g["value"] == f["value"] and g["unit"] == f["unit"] and g["start"] < f["start"]
               for g in r["figures"])]
print(f"figures repeated in speech (echoes): {len(echo)} ({', '.join(echo)})")
glued = [n for _, n in nf_all15 if re.fullmatch(r"(?:[a-z%]+\d|.*hours\d)", n)]
footl = [n for _, n in nf_all15 if re.fullmatch(r"\d (?:Based|Coins|Excludes|Deaths|Excluding|Boats)", n)]
print(f"plain-digit footnote markers glued to a word or quote: {len(glued)} ({', '.join(glued)}); "
      f"plain-digit footnote lines: {len(footl)} ({', '.join(footl)})")
mmss = [f["quote"] for _, f in figs if re.fullmatch(r"\d+:\d\d", f["quote"])]
print(f"min:sec durations in a table: {len(mmss)}")
ctx = [f["quote"] for r, f in figs if f["bound"] in "<>~" and not re.match(
    r"(?i)(about|around|roughly|some|nearly|almost|approx|perhaps|maybe|an estimated|estimated|"
    r"more than|over|at least|up to|under|below|less than|fewer than|within|as much as|"
    r"as many as|as long as|as little as|above|from|close to|near|no more than|max|something like)\b", f["quote"])
    and not re.search(r"(?i)-odd$|\+$|or so$|or more$|and something$", f["quote"])]
print(f"bounds carried by words outside the quote (or not read by the DSL): {len(ctx)} ({', '.join(ctx)})")
nf_kinds = {
    "versions": r"(?i)^(?:v\d|version \d)",
    "postcodes and street addresses": r"^(?:GU5|2 The Square|31 Long Street)$",
    "phone numbers": r"^0\d{3} \d{3} \d{4}$|^0\d{2} \d{4} \d{4}$",
    "model, product and code names": r"Skylane 340|C24|FRS-1101|Blue 7H|als25|57ft|4-berth|three-course|3\.6m length",
    "roads, locks, trenches and lines": r"^(?:M\d+|A\d+|B\d+|M42|Lock 14|trench 4|line two|line three|number two engine)$",
    "ages and ages of objects": r"(?i)years? old$|-year-old|aged|age of|^(?:Author|Pascoe|Bella|Mum), \d+$|at eighteen|at eighty|son's|eighty-seven|after 3,000 years|no more than six|now six|After 51 Years|since he was seventeen|is ninety-one|roughly two thousand years",
    "counting bands and standard bands": r"^(?:within .*|over 11 metres|over 3,000 miles|at least 150 minutes|fewer than .*|less than 30 mins|for 5 hours or more|0\.5% ABV or less|more than 50 years old|£1,500 vet bill|next four weeks|in the past two years)$",
    "list titles and ranks": r"(?i)^(?:\d+ (?:greatest|bestselling|most-visited|ways|canal walks|alcohol-free beers)|six things|five jockeys to follow|two largest|five largest|two worst|top 150 races|#1 bestseller|No\. 1|one of the (?:richest|biggest))",
    "list and section numbers": r"^(?:\d\. |Most read\n\d|\d\.\d [A-Z])",
    "time codes and clock times": r"^\[\d\d:|^\d{1,2}(?::\d\d)?(?:am|pm)?$|^\d\d:\d\d$|half past|twenty past|twenty to|quarter to|half two|by eight|by nine|five a\.m\.|nearer six|1pm",
}
for k, rx in nf_kinds.items():
    hits = [n for _, n in nf_all15 if re.search(rx, n)]
    print(f"not-figures, {k}: {len(hits)} ({', '.join(h.replace(chr(10), ' / ') for h in hits)})")
