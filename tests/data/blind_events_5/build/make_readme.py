#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["vellach_landslide", "kestria_teachers_strike", "pellham_vane_trading", "tervania_census",
         "vantry_hospital_cyberattack", "solvane_festival_crush"]
DOMAIN = {"vellach_landslide": "1. landslide in a mountain region",
          "kestria_teachers_strike": "2. teachers' strike with pay talks",
          "pellham_vane_trading": "3. retailer's holiday sales and store closures",
          "tervania_census": "4. national census release",
          "vantry_hospital_cyberattack": "5. cyberattack on a hospital network",
          "solvane_festival_crush": "6. music festival crowd crush and heat"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local / regional piece"}

rows = []
for ev in ORDER:
    gold = json.load(open(os.path.join(ROOT, ev, "gold.json"), encoding="utf-8"))
    arts = []
    for name in sorted(n for n in os.listdir(os.path.join(ROOT, ev)) if n.endswith(".txt")):
        byline = open(os.path.join(ROOT, ev, name), encoding="utf-8").read().split("\n")[1]
        parts = [p.strip() for p in byline.split("|")]
        outlet, date = parts[1], parts[2]
        style = STYLE[name.split("_")[1]]
        arts.append(f"`{name}` — {style}; {outlet}, {date}")
    rows.append((ev, DOMAIN[ev], gold["event"], arts))

check = subprocess.run([sys.executable, os.path.join(ROOT, "check.py")], capture_output=True,
                       text=True).stdout.rstrip()

out = []
out.append("# blind_events_5 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts) and of which figures measure the same quantity across articles.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus under `tests/data/`, and without running the tool. The only "
           "files consulted for the format were `/work/shared/eval/score.py`, "
           "`/work/shared/eval/seeds_gold.json` and the seed articles in `/work/shared/seeds/`. The texts "
           "were not tuned to any tool. All places, firms, outlets, people, unions, languages and the "
           "ransomware gang are invented; currencies (euros, pounds, dollars, bitcoin) are real.\n")
out.append("## Events\n")
out.append("| folder | domain | event | articles (file — style; outlet, date) |")
out.append("|---|---|---|---|")
for ev, dom, event, arts in rows:
    out.append(f"| `{ev}/` | {dom} | {event} | " + "<br>".join(arts) + " |")
out.append("")
out.append("Each folder holds the five `.txt` articles (UTF-8; line 1 headline, line 2 byline "
           "`By X | Outlet | date`, a blank line, paragraphs separated by blank lines, final newline), "
           "`gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`) and "
           "`roles.json` (`{\"quantities\": {id: {\"role\", \"part_of\"}}}`). Each event's `notes` field "
           "explains the event-specific judgement calls.\n")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` "
           "and `text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every "
           "quantity used and described; roles valid, `part_of` only on parts and pointing to a known "
           "quantity, every `total` has a part; targets of 80 figures and 80 gold pairs per event) and "
           "prints this table (gold pairs = pairs of non-optional figures of one quantity in different "
           "articles; linked 2+ = quantities with non-optional figures in at least two articles):\n")
out.append("```\n" + check + "\n```\n")
out.append("""## Annotation conventions

* **What is a figure.** Every number that counts or measures something, in digits or words
  (`Twenty-four people`, `SIX HUNDRED AND FORTY fans`, `a one-day walkout`, `TEN helicopters`), in
  headlines as well as in the body. Calendar years, dates, weekdays, clock times (`2:40 a.m.`, `16.30`,
  `21:40`), ordinals (`the second day`; the word "first" in `the first 200,000 letters`) and pronoun uses of "one" are not
  figures and are not annotated.
* **Quote.** The exact text around the figure, including the hedge or bound word (`at least six people`,
  `more than 700,000 kids`) and usually the counted noun; extended until `text.find(quote)` hits the
  annotated occurrence. Quotes never overlap: `from 5` / `to 12 million euros`, `38 of its` /
  `212 stores`, `1,190 of the country's` / `2,780 public schools` are separate figures.
* **Value.** Normalised to a plain number: `3,5 percent` → 3.5, `12 400` → 12400, `1,84 billion` →
  1840000000, `£1.84bn` → 1840000000, `€5million` → 5000000, words → digits. A multiplier written once
  applies to both ends (`from 5 to 12 million euros` → 5000000 and 12000000). The value is the number as
  printed, with no unit conversion (`182 pence` and `1,82 pounds` stay 182 and 1.82) and no sign added
  from words: `fell 1.4 percent`, `a 1.4% decline` and `deaths beat births by 17,700` are positive, the
  translated `-1,4 percent` and `-17 700` carry their printed minus sign. Percentages are in percent
  units; percentage-point changes have unit `percentage points`.
* **Bound.** `=` plain (also rounded numbers without a hedge, and numbers after a reporting verb such
  as "estimated the crowd at" or "estimates the cost at"); `~` about / roughly / around / nearly /
  almost / an estimated / some / closer to / two dozen (a hedge also covers the conversion printed in
  brackets right after it: `around 1,3 billion pounds (1,5 billion euros)`); `>` more than / over / above; `>=` at least; `<` under / less
  than / fewer than / well under; `<=` up to / as much as / no more than / as high as; `range` for
  "between X and Y", "X to Y", "X-Y" (value = low = X, high = Y). `low` is set for `>`/`>=`/range,
  `high` for `<`/`<=`/range, both null otherwise.
* **Optional** (count neither way): ages of people and age thresholds or bands (`aged 65 and over`),
  look-back and time windows (`in 48 hours`, `in a decade`, `over the next 18 months`, `within 30 days`,
  a ransom deadline), vague amounts (`thousands of`, `tens of thousands`, `dozens`, `almost a quarter`,
  `one in seven`, `fewer than half`, `half the village`).
* **Quantity.** One real-world quantity. Figures in different articles share it when they report the
  same quantity even if the values differ: sources that disagree (ministry vs union, organisers vs
  police, survey vs geologist), running counts revised from day to day (death toll, missing, rescuers,
  stolen records, stores to close, jobs affected), the same amount in another unit or currency (°C/°F,
  m³/cubic yards, mm/inches/litres per m², pounds/euros, bitcoin/dollars/euros), and estimates of one
  future amount (company profit guidance vs analysts' consensus vs one broker's forecast). Different
  quantities: a sub-count (one village, one union, one province, one store), a different period or day
  (last year, the previous census, strike day 1 vs day 2, the 2023 strike), a different base (percent
  vs absolute change), a different proposal (the January pay offer vs the improved offer vs the
  demand), and populations, workforces and capacities beside event counts.
* **Roles** (`roles.json`). `population`: a standing stock (residents, workforce, union membership,
  schools, stores, beds, licensed capacity, households, council seats) — always `population`, even for
  a sub-population; `total`: an event count that at least one annotated quantity is part of; `part`:
  a sub-count, with `part_of` set (a part may itself have parts); `count`: a count of what happened not
  in a part/whole relation; `other`: measures, rates, shares, money, durations, temperatures, ratios.
  `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e6/*.src`, where each
figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures), plus `meta.json` per event (event name, notes, quantities with description, role and
`part_of`). `python3 build/build.py` writes the `.txt`, `gold.json` and `roles.json` files (with
`--residue` it lists numbers left outside annotations, for checking completeness);
`python3 build/make_readme.py` regenerates this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
