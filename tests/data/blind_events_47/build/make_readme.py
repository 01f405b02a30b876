#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines), the output of check.py, the event summaries
(build/contents.md), the conventions (build/conventions.md) and the open questions (build/questions.md), after the
introduction (build/intro.md)."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["orlenka_halva_salmonella_recall", "tarvonia_milk_price_blockades", "vellhaven_budget_cuts"]
DOMAIN = {
    "orlenka_halva_salmonella_recall": "4. a food recall after a salmonella outbreak: the confirmed cases as a running "
    "count with a correction, probable cases, those treated in hospital, the deaths and the children among the cases, "
    "cases in a neighbouring country and elsewhere, rival estimates of everyone made ill (a consumer group against the "
    "health institute's rule of thumb), the products and jars recalled as running counts, jars withdrawn abroad and "
    "returned, samples taken and positive, the suspect seed lot, a helpline as a running count, the recall's cost "
    "estimated and reported in local currency and euros, compensation demanded and offered, the factory's closure and "
    "its workers, an earlier outbreak",
    "tarvonia_milk_price_blockades": "6. a dairy price collapse with farmers' protests: monthly farm-gate prices, the "
    "cost of production in rival and revised estimates, the farmers' share of the shelf price, tractors and marchers in "
    "rival counts, dairies blockaded and arrests as running counts, milk poured away in rival estimates, emergency aid "
    "offered, demanded and agreed in local currency and euros, its parts, the aid per farm revised with the count of "
    "eligible farms, a neighbouring country's border blockade, prices and aid, auction prices and storage aid, a "
    "valley's farms and a farmer's sale, an earlier crisis",
    "vellhaven_budget_cuts": "3. a city budget with spending cuts and a revised deficit: the year's deficit forecast "
    "revised and its sources, a savings package proposed and amended (in a full year and this year) and its measures "
    "(libraries, pools, posts in rival counts, fares, a cross-border tram subsidy), the deficit after the savings, "
    "shares of spending and per resident, debt, interest and a bond in euros, a neighbouring town's contribution "
    "offered, demanded and agreed, the tram's riders in rival counts, a protest in rival counts, a petition against a "
    "threshold, the council vote, the previous year's deficit and an earlier crisis",
}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "liveblog": "live blog (timestamped entries, newest first)",
         "translated": "translated copy (European number formats)", "local": "local paper",
         "online": "online copy (headline, standfirst and body)", "trade": "trade weekly"}

rows, euro, stats = [], [], {}
for ev in ORDER:
    gold = json.load(open(os.path.join(ROOT, ev, "gold.json"), encoding="utf-8"))
    arts = []
    for name in sorted(n for n in os.listdir(os.path.join(ROOT, ev)) if n.endswith(".txt")):
        text = open(os.path.join(ROOT, ev, name), encoding="utf-8").read()
        parts = [p.strip() for p in text.split("\n")[1].split("|")]
        arts.append(f"`{name}` — {STYLE[name.split('_')[1]]}; {parts[1]}, {parts[2]}")
        body = text.split("\n", 3)[3]
        n = sum(1 for f in gold["figures"] if f["article"] == name)
        stats.setdefault("words", []).append(len(body.split()))
        stats.setdefault("figs", []).append(n)
    rows.append((ev, DOMAIN[ev], gold["event"], arts))
    euro.append(", ".join(f"`{f['quote']}`" for f in gold["figures"]
                          if "_translated_" in f["article"] and re.search(r"\d[.,]\d", f["quote"])))
    scored = [f for f in gold["figures"] if not f["optional"]]
    pairs = sum(1 for i, g in enumerate(scored) for h in scored[i + 1:]
                if g["quantity"] == h["quantity"] and g["article"] != h["article"])
    stats.setdefault("self", {})[ev] = (len(scored), pairs)

check = subprocess.run([sys.executable, os.path.join(ROOT, "check.py")], capture_output=True,
                       text=True).stdout.rstrip()

out = []
out.append("# blind_events_47 — hand-annotated fictional news coverage\n")
out.append(open(os.path.join(HERE, "intro.md"), encoding="utf-8").read().rstrip("\n").replace(
    "{SELFTEST}", "; ".join(f"`{ev}`: tp {stats['self'][ev][0]}, fp 0, fn 0, correct pairs {stats['self'][ev][1]} "
                            f"of {stats['self'][ev][1]}" for ev in ORDER)) + "\n")
out.append("## Events\n")
out.append("| folder | domain | event | articles (file — style; outlet, date) |")
out.append("|---|---|---|---|")
for ev, dom, event, arts in rows:
    out.append(f"| `{ev}/` | {dom} | {event} | " + "<br>".join(arts) + " |")
out.append("")
out.append(
    "Each folder holds the five `.txt` articles (UTF-8; line 1 headline, line 2 byline `By X | Outlet | date`, a blank "
    "line, paragraphs separated by blank lines, final newline; tabloid fact boxes are one paragraph with one line per "
    "entry, after a heading line, and so is the list under the budget story's online sub-heading 'What's on the table'), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
    "each figure has `id`, `article`, `quote`, `start`, `end`, `value`, `low`, `high`, `bound`, `unit`, `quantity`, "
    "`optional`) and `roles.json` (`{\"quantities\": {id: {\"role\", \"part_of\"}}}`). Each event's `notes` field "
    "explains its judgement calls. The five articles of an event are dated on different days, so running counts move "
    f"between them; each article's body is {min(stats['words'])}-{max(stats['words'])} words and carries "
    f"{min(stats['figs'])}-{max(stats['figs'])} figures; the translated copy uses European number formats, with "
    "dotted thousands and decimal commas, in places beside plain digits (" + "; ".join(euro) + ").\n")
out.append(open(os.path.join(HERE, "contents.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append("## check.py\n")
out.append(
    "`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` and "
    "`text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every quantity used and described; "
    "roles valid, `part_of` only on parts and pointing to a known quantity, every `total` has a part, and every quantity "
    "with parts is a `total` or a `part`; targets of 80 figures and 80 gold pairs per event; three events) and prints "
    "this table (gold pairs = pairs of non-optional figures of one quantity in different articles; linked 2+ = "
    "quantities with non-optional figures in at least two articles). It is `blind_events_44`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "questions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
