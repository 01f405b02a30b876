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
ORDER = ["castelbrun_hailstorm_claims", "galdria_blood_shortage_appeal", "fennick_park_stadium_overrun"]
DOMAIN = {
    "castelbrun_hailstorm_claims": "2. a sudden hailstorm with insurance claims counted over weeks: the claims as the "
    "insurers' association's running count and its parts (one insurer's claims, motor, household and commercial "
    "claims, claims settled and flagged as suspicious), the motor share as a running share, the insured loss in a "
    "first estimate, rival estimates from a modelling firm and a foreign reinsurer and a revision, in local currency "
    "and euros, and its parts, average claims, the injured as a running count with parts, the largest hailstone "
    "revised and the old record, the storm's duration in rival estimates, fire brigade calls, homes damaged in rival "
    "estimates, tarpaulins, roofers' waits in two units, cars damaged at a port terminal, vines and glasshouses, state "
    "aid promised, demanded, raised and agreed and its parts, damage and claims across the border, a reinsurer's share "
    "and expected bill, premiums, an earlier hailstorm",
    "galdria_blood_shortage_appeal": "6. a national blood donation shortage with an appeal and donor counts: the red-cell "
    "and O-negative stocks in days of supply as running levels against a target, the units destroyed by a cooling "
    "failure with a correction and the share of stock lost, the appeal's target, period and donations as a running "
    "count, new donors registered as a running count, first-time donations, operations postponed as a running count "
    "with a rival estimate and parts, hospitals on alert, blood asked of a neighbouring country and sent in two "
    "batches, its price and cost in euros and local currency, the government's extra funding asked, offered and "
    "agreed, nursing vacancies in rival counts, queues, regular donors and their share of adults against the "
    "neighbour's, donor centres closed, donor rules, an earlier shortage",
    "fennick_park_stadium_overrun": "3. a stadium's construction cost overrun and delayed opening: the total cost as "
    "successive and rival estimates (at approval, two revisions and an audit court's range) in local currency and "
    "euros, its ratios to the approved figure, the extra money and its split between city, club and region, with the "
    "club's share offered, proposed and agreed, the shares and totals of each payer, per resident, the delay "
    "revised, the seats cut by a redesign, steel and its price, completion in rival estimates, the workforce and its "
    "foreign part, the contractor's claim and the city's offer, penalties per day and their cap in two currencies, "
    "cost per seat, season tickets and refunds as a running count, a temporary ground, lost income in rival "
    "estimates, the council vote, an earlier concert hall overrun",
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
out.append("# blind_events_48 — hand-annotated fictional news coverage\n")
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
    "entry, after a heading line, and the stadium story's online copy ends with a sub-heading line, 'What happens next', "
    "followed in the same paragraph by its text), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_47`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "questions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
