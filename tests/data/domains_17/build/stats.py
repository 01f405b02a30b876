#!/usr/bin/env python3
"""Print the count tables used in domains_17/README.md (standard library only).

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

DOMAIN_ORDER = [  # domains_17
    ("insurance_claims", "ins"), ("pensions_retirement", "pen"),
    ("lotteries_gambling", "gam"), ("zoos_wildlife", "zoo"), ("fisheries_seafood", "fsh"),
    ("forestry_timber", "for"), ("mining_quarrying", "min"), ("nuclear_power", "nuc"),
    ("water_utilities", "wat"), ("postal_parcels", "pst"), ("museums_libraries", "mus"),
    ("video_games", "vgm"), ("music_streaming", "msc"), ("fashion_retail", "fsn"),
    ("local_elections_abroad", "ele"),
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
              "ISK", "MOP", "DKK", "NOK", "SEK", "JPY", "KRW", "CNY", "AUD", "PLN"}  # domains_17
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
       "cubic metres", "MW", "TWh", "votes", "seats"] if units[u]))  # domains_17: more units
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

# domains_17 hard cases (the domains_16 block with this set's not-figure kinds)
print("\n-- domains_17 --")
nf17 = [(r, n) for r in recs for n in r["not_figures"]]
TRANS_MARK = re.compile(r"(?i)translat|übersetz|vertaald|traduit|tradott|traduc|tradução")
trans = [r for r in recs if TRANS_MARK.search(r["sentence"]) or CONTINENTAL_RE.search(r["sentence"])]
print(f"translated items: {len(trans)} ({len(trans) * 100 / len(recs):.0f}%); by style: "
      + ", ".join(f"{k} {v}" for k, v in Counter(r['style'] for r in trans).most_common())
      + f"; with decimal commas: {sum(1 for r in trans if CONTINENTAL_RE.search(r['sentence']))}"
      + f"; with spaced thousands: {sum(1 for r in trans if re.search(r'[0-9] [0-9]{3}(?![0-9])', r['sentence']))}")
print("translated ids: " + ", ".join(r["id"] for r in trans))
webs = [r for r in recs if r["style"] == "web"]
furn = {
    "cookie or privacy banner": r"(?i)cookie|privacy",
    "market ticker line": r"[▲▼]",
    "reader poll widget": r"POLL",
    "post or view counters (💬 👁 👍 🔁 ❤️)": r"💬|👁|👍|🔁|❤️",
    "Related / Read more / Read next / Most read / Trending": r"Related|Read more|Read next|Most read|Most popular|Trending",
    "live page": r"\bLIVE\b",
    "machine-translation banner": r"(?i)translat|übersetz|vertaald|traduit|tradott|traduc",
}
for k, rx in furn.items():
    print(f"web items with {k}: {sum(1 for r in webs if re.search(rx, r['sentence']))}")
tr = [r for r in recs if r["style"] == "transcript"]
kinds = Counter()
for r in tr:
    s0 = r["sentence"]
    kind = ("earnings call" if "OPERATOR" in s0 or ("ANALYST (" in s0 and re.search(r"\n(CEO|CFO),", s0)) else
            "phone-in" if "CALLER" in s0 else
            "hearing or synod" if re.search(r"Committee|Synod|CHAIR:", s0) else
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
mag = [f["quote"] for _, f in figs if f["unit"] == "magnitude"]
print(f"magnitude figures: {len(mag)} ({', '.join(mag)})")
ctx = [f["quote"] for r, f in figs if f["bound"] in "<>~" and not re.match(
    r"(?i)(about|around|roughly|some|nearly|almost|approx|perhaps|maybe|an estimated|estimated|"
    r"more than|over|at least|up to|under|below|less than|fewer than|within|as much as|"
    r"as many as|as long as|as little as|above|from|close to|near|no more than|max|something like)\b", f["quote"])
    and not re.search(r"(?i)-odd$|\+$|or so$|or more$|or less$|and something$", f["quote"])]
print(f"bounds carried by words outside the quote (or not read by the DSL): {len(ctx)} ({', '.join(ctx)})")
unsaid = [f["quote"] for r, f in figs if r["style"] == "transcript" or r["style"] == "feature"
          if not re.search(r"[0-9]", f["quote"]) and re.fullmatch(r"(?i)(maybe |about |nearly )?[a-z\-]+", f["quote"])
          and f["value"] >= 1000 and not re.search(r"(?i)thousand|million|billion|grand|hundred", f["quote"])]
print(f"scales left unsaid in speech or quotes: {len(unsaid)} ({', '.join(unsaid)})")
# each not-figure is put in the first kind whose pattern it matches (ordered)
nf_kinds17 = [  # domains_17: re-keyed to this set's not-figures
    ("time codes", r"^\[\d\d:\d\d:\d\d\]$"),
    ("phone numbers", r"^0\d{3} \d{3} \d{4}$|^0\d{2} \d{4} \d{4}$"),
    ("names, codes, product names, ratings, lottery numbers and phone-in lines", r"^(PS5|Starfall 3|STARFALL 3|Wilcza Noc 2|#\w+|PW-|Tracked 24|C1|Unit 2|Gallery 2|Level 250|PEGI 16|2b\+|level [12]|4, 11,|[Ll]ine (one|two|three|four|five|six)$)"),
    ("market tickers", r"[▲▼]|^£/\$"),
    ("post, comment, view and poll counters and cookie-banner partner counts", r"💬|👁|👍|🔁|❤️|^Comments|votes\)$|^Yes \d|^No \d|updates$|partners$"),
    ("post ages, reading times and video lengths", r"^\d+ ?(h|hours?|minutes?|days?) ago$|min read$|^· \d+[hmd]$|^Lecture|^Lesezeit|^\d min$|^\d:\d\d$"),
    ("footnote markers", r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$"),
    ("ages of people, animals, buildings and finds", r"^, \d\d,?$|^aged \d\d and|^was 84$|^at (sixty-one|67)$|^seventy-three$|^age 25|-old$|^He's twelve$|since he was|years old$|^around 1,200 years ago$"),
    ("careers, residence and business spans", r"^for (nineteen|twenty-eight|sixteen|twenty-three|fifty-one) years$|^since 1998$|^after (61|68) years$|^50 years$|^22-year$"),
    ("product terms, illustration bases, hypotheticals and offers", r"2p coins|Five-pound|six-year|seven-bedroom|three-day pass|three-hour|seven-seat|£5 Note|£100 a month|one car battery|kilowatt-hour|fuel pellet|family of three|m³ a year|A million streams|^£1 on$|^£1,000$|six for twenty|half-price|double-decker|\(3 days\)|numbers$|^24 hours$"),
    ("counting bands and thresholds that define what is counted", r"^(at least|within|less than|top five|Over-75s|11-to-16|100 most|10 most|20 biggest|99,2 %|aged \d\d to)"),
    ("reporting windows and record windows", r"^(first|in) (five|two|seven|eleven|one|four|16|60|10)\b|-year high$|first in five quarters|fourth increase|YEAR RUNNING|weeks before Christmas|months to \d|weeks to \d"),
    ("scales, bases and confidence levels", r"^\((thousands|thousand \w+|million \w+|millions)\)$|^95% CI$|^per (m³|thousand board feet|100 streams)$"),
    ("ordinals, ranks and list titles", r"sixth-largest|^3rd|^week nine$|^(Five|5|7|3) (signs|things|castles|ways|exhibitions)$|^Top 10$|^(1 Bin|2 Rents|3 Crocodile|1 Trawler|1 Road|2 Energy|1 Festival)$|^1st round$"),
    ("dates, years, quarters, periods and relative dates", r"\d{4}|\b(January|February|March|April|May|June|July|August|September|October|November|December|giugno)\b|^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Oct|Nov|Dec)\b|quarter$|quarters?\b|^(first|second)[ -](quarter|half)|half|^Q\d|^H\d|ago$|two winters back|two-thousands|twenty-first|third of March|^two weeks after$|^Five years ago$|^Q3 2025-26$"),
    ("clock times", r"^\d{1,2}[:.h]\d\d|^\d{1,2}(am|pm)$|^at six$"),
    ("section, note, table, chapter and page numbers", r"^\d\.|^\d+\.\d \w|Table|Chapt|Chapitre|[Pp]age|^p\. |^Pág|^Pag|^Página|^side \d|^— \d|^· \d|^Section|^Note \d"),
    ("selections and pronouns", r"(?i)\bone\b|^The third$"),
    ("vague sizes", r"^(thousands|tens of thousands|a few hundred)$"),
    ("other", r"."),
]
kind_of = {}
for r, n in nf17:
    for k, rx in nf_kinds17:
        if re.search(rx, n):
            kind_of.setdefault(k, []).append(n)
            break
for k, _ in nf_kinds17:
    hits = kind_of.get(k, [])
    print(f"not-figures, {k}: {len(hits)} ({', '.join(h.replace(chr(10), ' / ') for h in hits)})")
