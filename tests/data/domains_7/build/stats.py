#!/usr/bin/env python3
"""Print the count tables used in domains_7/README.md (standard library only).

Written for domains_7 (not copied from an earlier set).
Usage: python3 build/stats.py [sentences.jsonl]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "sentences.jsonl")

DOMAIN_ORDER = [
    ("dairy_farming", "dai"), ("winemaking", "win"), ("cash_crops", "crp"),
    ("electricity_grid", "elg"), ("steelmaking", "stl"), ("hospital_emergency", "hsp"),
    ("aged_care", "agd"), ("homelessness", "hml"), ("cannabis", "cnb"),
    ("book_publishing", "bok"), ("digital_payments", "pay"), ("ride_hailing", "rid"),
    ("electric_vehicles", "evs"), ("earthquakes", "eqk"), ("storms_weather", "stm"),
]
STYLE_ORDER = [
    ("web", "web"), ("pdf", "pdf"), ("table", "table"), ("fact_box", "box"),
    ("live", "live"), ("headline", "head"), ("press_release", "PR"), ("quote", "quote"),
    ("translated", "transl"), ("indian", "IN"), ("south_african", "ZA"),
    ("nigerian", "NG"), ("kenyan", "KE"), ("irish", "IE"), ("canadian", "CA"),
    ("australian", "AU"), ("wire", "wire"), ("us", "US"), ("british", "GB"),
    ("tabloid", "tabl"), ("broadsheet", "broad"),
]
CURRENCIES = {"GBP", "USD", "EUR", "INR", "NGN", "ZAR", "KES", "AUD", "CAD", "NOK",
              "SEK", "PLN", "BRL", "GHS", "XOF"}
TIME_UNITS = ["seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years"]

recs = [json.loads(line) for line in open(PATH, encoding="utf-8")]
figs = [(r, f) for r in recs for f in r["figures"]]

print(f"{len(recs)} sentences, {len(figs)} figures, "
      f"{sum(len(r['not_figures']) for r in recs)} not_figures entries\n")

bounds = Counter(f["bound"] for _, f in figs)
print("bounds:", ", ".join(f"`{b}` {n}" for b, n in bounds.most_common()))
per = Counter(len(r["figures"]) for r in recs)
print("figures per sentence:", " | ".join(f"{k}: {per[k]}" for k in sorted(per)))
print("zero-figure sentences:", per[0])

money = Counter(f["unit"] for _, f in figs if f["unit"] in CURRENCIES)
print(f"money: {sum(money.values())} figures:",
      ", ".join(f"{u} {n}" for u, n in money.most_common()))
sub = [f for _, f in figs if f["unit"] in CURRENCIES
       and re.search(r"(\d|\w )\s?(p|c|cents?|pence|Cent)$", f["quote"])]
pcells = [f for r, f in figs if r["style"] == "table" and f["unit"] in CURRENCIES
          and "(p/" in r["sentence"] and re.fullmatch(r"[\d.,]+", f["quote"])
          and f["value"] < float(f["quote"].replace(",", ""))]
print(f"sub-units converted: {len(sub)} quotes in cents or pence, "
      f"plus {len(pcells)} table cells under a pence header")
units = Counter(f["unit"] for _, f in figs)
print("other units:", ", ".join(f"`{u}` {units[u]}" for u in
      ["%", "percentage points", "basis points", "fraction", "x", "times"] if units[u]))
print("time:", ", ".join(f"{u} {units[u]}" for u in TIME_UNITS if units[u]))
print("distinct units:", len(units))

# hard cases
nodigit = [f for _, f in figs if not re.search(r"\d", f["quote"])]
cont = [f for r, f in figs if r["style"] in ("translated", "south_african")
        and re.search(r"\d[.,]\d{1,2}(?!\d)|\d\.\d{3}|\d \d{3}", f["quote"])]
space = [f for r, f in figs if re.search(r"\d \d{3}(?!\d)", f["quote"]) and r["style"] != "pdf"]
lakh = [f for _, f in figs if re.search(r"lakh|crore|MTPA", f["quote"], re.I)]
pdfdmg = [f for r, f in figs if r["style"] == "pdf"
          and re.search(r"\d\s+[.,]\s*\d|\d[.,]\s+\d|\w- \w", f["quote"])]
neg = [f for _, f in figs if f["value"] < 0]
rng = [f for _, f in figs if f["bound"] == "range"]
zero = [f for _, f in figs if f["value"] == 0]
ml = [r for r in recs if "\n" in r["sentence"]]
glued = []
for r in recs:
    s = r["sentence"]
    for f in r["figures"]:
        b = f["end"]
        if b < len(s) and s[b].isdigit():
            glued.append(f)
scaled_tables = [f for r, f in figs if r["style"] == "table"
                 and re.fullmatch(r"[+\-]?[\d.,]+", f["quote"])
                 and abs(f["value"]) >= 1000 * abs(float(f["quote"].replace(",", "") or 0)) > 0]
print(f"\nquotes with no digit: {len(nodigit)}")
print(f"continental-notation quotes (translated/south_african): {len(cont)}; "
      f"space-grouped quotes (all styles but pdf): {len(space)}")
print(f"lakh/crore/MTPA quotes: {len(lakh)}")
print(f"PDF-damaged quotes: {len(pdfdmg)}")
print(f"quotes with a glued footnote marker after them: {len(glued)}")
print(f"negative values: {len(neg)}; ranges: {len(rng)}; zero values: {len(zero)}")
print(f"bare table cells scaled by a header or title (x1e3 or more): {len(scaled_tables)}")
print(f"multi-line sentences: {len(ml)} "
      f"({Counter(r['style'] for r in ml)})")

# domain x style
cross = defaultdict(Counter)
for r in recs:
    cross[r["domain"]][r["style"]] += 1
hdr = ["domain", "prefix"] + [a for _, a in STYLE_ORDER] + ["sentences", "figures", "not-figures", "zero-figure"]
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

print("\n| style | sentences | figures | not-figures | zero-figure |")
print("|---|---|---|---|---|")
for s, _ in STYLE_ORDER:
    rs = [r for r in recs if r["style"] == s]
    print(f"| {s} | {len(rs)} | {sum(len(r['figures']) for r in rs)} | "
          f"{sum(len(r['not_figures']) for r in rs)} | {sum(1 for r in rs if not r['figures'])} |")
