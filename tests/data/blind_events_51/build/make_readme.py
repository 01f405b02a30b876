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
ORDER = ["hallenbrook_baggage_breakdown", "marvessa_olive_harvest_failure", "dalreth_flu_vaccine_shortage"]
DOMAIN = {
    "hallenbrook_baggage_breakdown": "(a) an airport baggage system breakdown with flights cancelled and bags lost over "
    "days: flights cancelled as a running count with parts by day and by airline, flights delayed, passengers affected "
    "in rival counts, bags left behind as a running count corrected for double counting, bags returned and still "
    "waiting as running counts with a share, a foreign airline's bags, the downtime in rival estimates, the update's "
    "test period in rival figures, the system's capacity and a manual sorting rate, extra staff and their parts, staff "
    "cuts since an earlier breakdown as a share and a difference, compensation rules in two currencies, claims for "
    "essentials, the airport's own cost revised and its parts, airlines' losses, a foreign airline's cost in euros and "
    "local currency at a printed rate, a fine, a liability cap, an earlier breakdown",
    "marvessa_olive_harvest_failure": "(d) an olive oil harvest failure with prices and exports: the harvest in "
    "successive official forecasts and growers' rival estimates with its fall as a running share and against an "
    "average, the price at the mills as a running level and as a running multiple of a year earlier, shop prices in "
    "two countries and currencies at a printed rate, stocks running down, exports expected and monthly exports "
    "against a year earlier, imports, emergency aid asked, offered, raised and voted with its parts and per hectare, "
    "mills that did not open, pickers, fraud cases and seized oil, yields, an importing neighbour's bottlers and "
    "shoppers, an earlier poor harvest",
    "dalreth_flu_vaccine_shortage": "(f) a flu vaccination campaign with uptake rates, hospital admissions and a "
    "shortage of doses: doses ordered, doses short as a statistic revised with a rival estimate, doses delivered and "
    "given as running counts, extra doses sought and bought, uptake among over-65s and health workers as running "
    "shares against targets and last winter, weekly flu admissions, intensive care and deaths as running counts, "
    "pharmacies out of vaccine, the maker's penalty per dose and in total in euros and local currency at a printed "
    "rate, the destroyed batch for all customers, a district's figures, a model of admissions avoided, next winter's "
    "order",
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
out.append("# blind_events_51 — hand-annotated fictional news coverage\n")
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
    "entry, after a heading line, and in the two online copies each paragraph after the first opens with a question as "
    "its sub-heading, followed on the same line by its text), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_48`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "questions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
