#!/usr/bin/env python3
"""Print the count tables used in domains_5/README.md (markdown). Standard library only."""
import json
import os
import re
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "sentences.jsonl")
STYLES = ["wire", "broadsheet", "tabloid", "headline", "translated", "us", "british",
          "indian", "australian", "canadian", "nigerian", "south_african", "irish",
          "live", "press_release", "fact_box", "table", "quote"]
ABBR = ["wire", "broad", "tabl", "head", "transl", "US", "GB", "IN", "AU", "CA", "NG",
        "ZA", "IE", "live", "PR", "box", "table", "quote"]
MONEY = {"USD", "GBP", "EUR", "INR", "NGN", "ZAR", "AUD", "CAD", "NOK", "PLN"}

recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
doms = []
for r in recs:
    if r["domain"] not in doms:
        doms.append(r["domain"])
prefix = {r["domain"]: r["id"][:3] for r in recs}

print("## Per domain\n")
print("| domain | prefix | " + " | ".join(ABBR) + " | sentences | figures | not-figures | zero-figure |")
print("|---|---|" + "---|" * (len(ABBR) + 4))
tot = Counter()
tot_style = Counter()
for d in doms:
    rs = [r for r in recs if r["domain"] == d]
    st = Counter(r["style"] for r in rs)
    nf = sum(len(r["figures"]) for r in rs)
    nn = sum(len(r["not_figures"]) for r in rs)
    z = sum(1 for r in rs if not r["figures"])
    tot_style.update(st)
    tot.update({"s": len(rs), "f": nf, "n": nn, "z": z})
    print(f"| {d} | {prefix[d]} | " + " | ".join(str(st.get(s, 0)) for s in STYLES)
          + f" | {len(rs)} | {nf} | {nn} | {z} |")
print("| **total** | | " + " | ".join(f"**{tot_style.get(s, 0)}**" for s in STYLES)
      + f" | **{tot['s']}** | **{tot['f']}** | **{tot['n']}** | **{tot['z']}** |")

print("\n## Per style\n")
print("| style | sentences | figures | not-figures |")
print("|---|---|---|---|")
for s in STYLES:
    rs = [r for r in recs if r["style"] == s]
    print(f"| {s} | {len(rs)} | {sum(len(r['figures']) for r in rs)} | "
          f"{sum(len(r['not_figures']) for r in rs)} |")

figs = [f for r in recs for f in r["figures"]]
print("\n## Other counts\n")
print("bounds:", dict(Counter(f["bound"] for f in figs).most_common()))
print("figures per sentence:", dict(sorted(Counter(len(r["figures"]) for r in recs).items())))
money = Counter(f["unit"] for f in figs if f["unit"] in MONEY)
print("money:", sum(money.values()), dict(money.most_common()))
units = Counter(f["unit"] for f in figs)
print("distinct units:", len(units))
for u in ["%", "fraction", "x", "times", "seconds", "minutes", "hours", "days", "weeks",
          "months", "years", "decades", "nights"]:
    print(f"  {u}: {units.get(u, 0)}")
print("no-digit quotes:", sum(1 for f in figs if not re.search(r"\d", f["quote"])))
cont = [f for r in recs if r["style"] in ("translated", "south_african") for f in r["figures"]
        if re.search(r"\d[.,]\d|\d \d{3}", f["quote"])]
print("continental / space-grouped quotes:", len(cont))
print("lakh/crore quotes:", sum(1 for f in figs if re.search(r"lakh|crore", f["quote"])))
print("negative values:", sum(1 for f in figs if f["value"] < 0))
