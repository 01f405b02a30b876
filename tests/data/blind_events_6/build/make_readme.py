#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["solmere_water_protest", "quillon_layoffs", "elsen_river_flood", "ostervale_election",
         "corvane_air_outage", "olvera_salmonella_outbreak"]
DOMAIN = {"solmere_water_protest": "1. mass street protest in a capital",
          "quillon_layoffs": "2. technology company layoffs in rounds",
          "elsen_river_flood": "3. river flood over several days",
          "ostervale_election": "4. regional election and recount",
          "corvane_air_outage": "5. airline IT outage",
          "olvera_salmonella_outbreak": "6. food-poisoning outbreak and recall"}
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
out.append("# blind_events_6 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts) and of which figures measure the same quantity across articles.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus under `tests/data/`, and without running the tool. The only "
           "files consulted for the format were `/work/shared/eval/score.py`, "
           "`/work/shared/eval/seeds_gold.json`, the seed articles in `/work/shared/seeds/`, and "
           "`blind_events_5`'s README, `check.py` and `build/` scripts (copied as corpus tooling; none of "
           "its articles, sources or gold files were read). The texts "
           "were not tuned to any tool. All places, countries, parties, firms, outlets, people and languages "
           "are invented; currencies (euros, pounds, dollars) are real.\n")
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
  (`Thirty-eight`, `FORTY-ONE police officers`, `a 70,000-strong crowd`, `FOUR helicopters`,
  `Mum-of-three`), in headlines as well as in the body. Ratios written in words are figures too
  (`NEARLY THREE TIMES`, `more than doubled its share` → 2, `TRIPLED its seats` → 3). Calendar years,
  dates, weekdays, clock times (`05:40`, `7pm`, `two in the morning`), ordinals (`the fourth day`,
  `a SECOND life`, `40th birthday`) and pronoun uses of "one" are not figures and are not annotated.
* **Quote.** The exact text around the figure, including the hedge or bound word (`At least three people`,
  `MORE THAN 200 injured protesters`) and usually the counted noun; extended until `text.find(quote)` hits
  the annotated occurrence (`spoke of 85 000` after a headline with `85 000`; `kills one` because
  "Salmonella" contains "one"). Quotes never overlap: `27 of` / `roughly 140 shops`, `104 votes to` /
  `89`, `142 of` / `184 aircraft`, `24 of` / `85 seats` are separate figures.
* **Value.** Normalised to a plain number: `22,4 percent` → 22.4, `1 356 760` → 1356760, `1,1 billion
  pounds` → 1100000000, `£1.1bn` → 1100000000, `€3.2m` → 3200000, `A QUARTER OF A MILLION` → 250000,
  words → digits. A multiplier written once applies to both ends (`410 to 480 million dollars` →
  410000000 and 480000000). The value is the number as printed, with no unit conversion (`148 mm` and
  `5.8 inches` stay 148 and 5.8) and no sign added from words (`fell 7.4 percent`, `a minus of 7,4
  procent`, `fell 5.6 points` are positive). Percentages are in percent units; percentage-point changes
  have unit `percentage points`.
* **Bound.** `=` plain (also rounded numbers without a hedge, such as the tabloid's `A MILLION tubs` for
  1.2 million, and numbers after a reporting verb such as "estimated the crowd at" or "puts the likely
  bill at"); `~` about / roughly / around / nearly / almost / some / closer to (a hedge also covers the
  conversion printed in brackets right after it: `More than 120 millimetres (4.7 inches)` gives `>` to
  both); `>` more than / over / well over / top; `>=` at least; `<` under / less than / fewer than;
  `<=` up to / as much as / as many as / no more than; `range` for "between X and Y", "X to Y"
  (value = low = X, high = Y). `low` is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null
  otherwise.
* **Optional** (count neither way): ages of people and age thresholds (`under FIVE`, `over 65 years`),
  look-back and time windows (`in five months`, `within 48 hours`, `in 36 hours`, `four years ago`,
  `Four weeks into`, an incubation window), vague amounts and shares (`Tens of thousands`, `Thousands of
  votes`, `in the thousands`, `almost a quarter`, `about one in six`, `more than two in five`, `SEVEN OUT
  OF TEN`, `half`, `half a dozen`).
* **Quantity.** One real-world quantity. Figures in different articles share it when they report the
  same quantity even if the values differ: sources that disagree (organisers vs police vs a counting
  firm, the Environment Office vs the county council, the electoral commission vs a party, the health
  ministry vs volunteer medics), running counts revised from day to day (arrests, injured officers,
  death toll, missing, evacuated, confirmed cases, hospitalisations, cancellations, the Liberals'
  shortfall), the same amount in another unit or currency (metres/feet, mm/inches/litres per m²,
  kilometres/miles, dollars/euros, pounds/euros), and estimates of one amount (restructuring-charge
  guidance vs a broker's estimate, revenue guidance vs consensus, a forecast river peak vs the
  measured peak, an exit poll vs the count). Different quantities: a sub-count (one district, one
  campus, one village, one airport, one town, one age group), a different day or period (Saturday's
  crowd vs Tuesday's, the September round, the 2021 election, the 1998 flood, households without power
  at the peak vs on Sunday), a different base (turnout in percent vs ballots; share of corporate staff
  vs of the whole workforce), a different measure of the same event (tubs vs tonnes recalled; insured
  losses vs total damage; homes flooded vs insurance claims), a pre-election survey vs the result, and
  populations, workforces and capacities beside event counts.
* **Roles** (`roles.json`). `population`: a standing stock (residents, workforce, registered voters,
  assembly seats, shops, fleet, plant employees) — always `population`, even for a sub-population;
  `total`: an event count that at least one annotated quantity is part of; `part`: a sub-count, with
  `part_of` set (a part may itself have parts); `count`: a count of what happened not in a part/whole
  relation; `other`: measures, rates, shares, money, durations, levels, ratios. `part_of` is null for
  every role but `part`.

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
