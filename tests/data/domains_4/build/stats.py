#!/usr/bin/env python3
"""Print markdown count tables for README.md from sentences.jsonl."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from check import STYLES  # noqa: E402

ABBR = {"wire": "wire", "broadsheet": "broad", "tabloid": "tabl", "headline": "head",
        "translated": "transl", "us": "US", "british": "GB", "indian": "IN",
        "australian": "AU", "canadian": "CA", "nigerian": "NG", "south_african": "ZA",
        "irish": "IE", "live": "live", "press_release": "PR", "fact_box": "box",
        "table": "table", "quote": "quote"}
CURRENCIES = {"USD", "GBP", "EUR", "INR", "NGN", "ZAR", "AUD", "CAD", "NZD", "NOK"}

recs = [json.loads(l) for l in open(os.path.join(os.path.dirname(HERE), "sentences.jsonl"),
                                     encoding="utf-8")]
figs = [f for r in recs for f in r["figures"]]
print(f"sentences {len(recs)}, figures {len(figs)}, not_figures "
      f"{sum(len(r['not_figures']) for r in recs)}")
print("bounds:", dict(Counter(f["bound"] for f in figs).most_common()))
print("figures per sentence:", dict(sorted(Counter(len(r["figures"]) for r in recs).items())))
units = Counter(f["unit"] for f in figs)
print("money:", {u: units[u] for u in sorted(CURRENCIES, key=lambda u: -units[u]) if units[u]},
      "total", sum(units[u] for u in CURRENCIES))
print("selected units:", {u: units[u] for u in ["%", "percentage points", "fraction", "x",
      "times", "seconds", "minutes", "hours", "days", "weeks", "working days", "months",
      "years", "millennia", "nights"] if units[u]})
print("distinct units:", len(units))
print("negative values:", sum(1 for f in figs if f["value"] < 0))
print("zero values:", sum(1 for f in figs if f["value"] == 0))
print("no-digit quotes:", sum(1 for f in figs if not re.search(r"\d", f["quote"])))
cont = [f for r in recs for f in r["figures"] if r["style"] in ("translated", "south_african")
        and re.search(r"\d[.,]\d|\d \d{3}", f["quote"])]
print("continental/space-grouped quotes:", len(cont))
print("lakh/crore quotes:", sum(1 for f in figs if re.search(r"lakh|crore", f["quote"])))
print("compound durations:", sum(1 for f in figs if re.search(
    r"(years?|hours?) (and )?\d+ (months?|minutes?)", f["quote"])))
print("zero-figure sentences:", sum(1 for r in recs if not r["figures"]))
print()
cross = defaultdict(Counter)
for r in recs:
    cross[r["domain"]][r["style"]] += 1
figd = Counter()
for r in recs:
    figd[r["domain"]] += len(r["figures"])
zero = Counter(r["domain"] for r in recs if not r["figures"])
head = "| domain | " + " | ".join(ABBR[s] for s in STYLES) + " | sentences | figures | zero-figure |"
print(head)
print("|" + "---|" * (len(STYLES) + 4))
tot = Counter()
for d in sorted(cross):
    row = [str(cross[d][s]) for s in STYLES]
    for s in STYLES:
        tot[s] += cross[d][s]
    print(f"| {d} | " + " | ".join(row) + f" | {sum(cross[d].values())} | {figd[d]} | {zero[d]} |")
print("| **total** | " + " | ".join(f"**{tot[s]}**" for s in STYLES) +
      f" | **{len(recs)}** | **{len(figs)}** | **{sum(zero.values())}** |")
