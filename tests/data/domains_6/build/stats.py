#!/usr/bin/env python3
"""Print the count tables used in domains_6/README.md (standard library only).

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
    "weddings_events", "dentistry", "volcanoes", "chess_esports", "beekeeping",
    "funeral_services", "floriculture", "fitness_gyms", "pest_control", "art_auctions",
    "patents", "hair_beauty", "water_safety", "childcare", "mountaineering",
]
STYLES = [
    ("wire", "wire"), ("broadsheet", "broad"), ("tabloid", "tabl"), ("headline", "head"),
    ("translated", "transl"), ("us", "US"), ("british", "GB"), ("indian", "IN"),
    ("australian", "AU"), ("canadian", "CA"), ("nigerian", "NG"), ("south_african", "ZA"),
    ("kenyan", "KE"), ("irish", "IE"), ("live", "live"), ("press_release", "PR"),
    ("fact_box", "box"), ("table", "table"), ("quote", "quote"), ("pdf", "pdf"),
]
CURRENCIES = {"GBP", "USD", "EUR", "INR", "NGN", "ZAR", "KES", "AUD", "CAD", "NOK"}
TIME_UNITS = ["seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years"]

recs = [json.loads(line) for line in open(PATH, encoding="utf-8")]
figs = [(r, f) for r in recs for f in r["figures"]]
n_nf = sum(len(r["not_figures"]) for r in recs)

print(f"sentences {len(recs)}, figures {len(figs)}, not_figures {n_nf}")
print("bounds:", dict(Counter(f["bound"] for _, f in figs).most_common()))
hist = Counter(len(r["figures"]) for r in recs)
print("figures per sentence:", " | ".join(f"{k}: {hist[k]}" for k in sorted(hist)))
print("zero-figure sentences:", hist[0],
      Counter(r["style"] for r in recs if not r["figures"]))

units = Counter(f["unit"] for _, f in figs)
money = {u: c for u, c in units.items() if u in CURRENCIES}
print("money:", sum(money.values()), dict(sorted(money.items(), key=lambda x: -x[1])))
print("%:", units["%"], " percentage points:", units["percentage points"],
      " fraction:", units["fraction"], " x:", units["x"], " times:", units["times"])
print("time:", {u: units[u] for u in TIME_UNITS if units[u]})
print("distinct units:", len(units))

no_digit = [f for _, f in figs if not re.search(r"\d", f["quote"])]
contin = [f for r, f in figs if r["style"] in ("translated", "south_african")
          and re.search(r"\d[.,]\d|\d \d{3}", f["quote"])]
space_grouped = [f for _, f in figs if re.search(r"\d \d{3}(?!\d)", f["quote"])]
lakh = [f for _, f in figs if re.search(r"lakh|crore", f["quote"])]
pdf_damaged = [f for r, f in figs if r["style"] == "pdf"
               and re.search(r"\d\s+[.,]|[.,]\s+\d", f["quote"])]
negative = [f for _, f in figs if f["value"] < 0]
multiline = [r for r in recs if "\n" in r["sentence"]]
sub_units = [f for _, f in figs if f["unit"] in CURRENCIES and 0 < f["value"] < 1]
print("no-digit quotes:", len(no_digit))
print("continental-notation quotes (translated + south_african):", len(contin))
print("space-grouped quotes:", len(space_grouped))
print("lakh/crore quotes:", len(lakh))
print("PDF-damaged quotes:", len(pdf_damaged))
print("negative values:", len(negative), [f["quote"] for f in negative])
print("sub-unit money (< 1):", [f["quote"] for f in sub_units])
print("multi-line sentences:", len(multiline), [r["id"] for r in multiline])

# domain x style table
cross = defaultdict(Counter)
dfig, dnf, dzero = Counter(), Counter(), Counter()
for r in recs:
    cross[r["domain"]][r["style"]] += 1
    dfig[r["domain"]] += len(r["figures"])
    dnf[r["domain"]] += len(r["not_figures"])
    dzero[r["domain"]] += not r["figures"]
prefix = {r["domain"]: r["id"][:3] for r in recs}
head = ["domain", "prefix"] + [a for _, a in STYLES] + ["sentences", "figures", "not-figures", "zero-figure"]
print()
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
tot = Counter()
for d in DOMAIN_ORDER:
    row = [d, prefix[d]] + [str(cross[d][s]) for s, _ in STYLES]
    row += [str(sum(cross[d].values())), str(dfig[d]), str(dnf[d]), str(dzero[d])]
    for s, _ in STYLES:
        tot[s] += cross[d][s]
    print("| " + " | ".join(row) + " |")
row = ["**total**", ""] + [f"**{tot[s]}**" for s, _ in STYLES]
row += [f"**{len(recs)}**", f"**{len(figs)}**", f"**{n_nf}**", f"**{sum(dzero.values())}**"]
print("| " + " | ".join(row) + " |")

print()
print("| style | sentences | figures | not-figures |")
print("|---|---|---|---|")
for s, _ in STYLES:
    rs = [r for r in recs if r["style"] == s]
    print(f"| {s} | {len(rs)} | {sum(len(r['figures']) for r in rs)} | "
          f"{sum(len(r['not_figures']) for r in rs)} |")
