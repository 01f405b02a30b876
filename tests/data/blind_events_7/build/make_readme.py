#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["kestrel_ridge_wildfire", "orsenia_gdp_revision", "continental_cup_final",
         "stannow_derailment", "kellsport_transit_strike", "veltrion_q2_results"]
DOMAIN = {"kestrel_ridge_wildfire": "1. wildfire burning over several days",
          "orsenia_gdp_revision": "2. national statistics release (GDP) and its revision",
          "continental_cup_final": "3. major sporting final",
          "stannow_derailment": "4. passenger train derailment",
          "kellsport_transit_strike": "5. transport workers' strike",
          "veltrion_q2_results": "6. corporate quarterly earnings with guidance"}
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
out.append("# blind_events_7 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures) and of which figures measure the same quantity "
           "across articles.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles or gold files under `tests/data/`, and without running "
           "the tool. The only files consulted for the format were `/work/shared/eval/score.py`, "
           "`/work/shared/eval/seeds_gold.json`, the seed articles in `/work/shared/seeds/`, and "
           "`blind_events_6`'s `README.md`, `check.py` and `build/build.py` and `build/make_readme.py` "
           "(copied and adapted as corpus tooling; none of its articles, sources, gold or roles files were "
           "read). The texts were not tuned to any tool. All places, countries, languages, parties, firms, "
           "outlets and people are invented; currencies (euros, pounds, dollars) are real.\n")
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
           "explains the event-specific judgement calls. The articles of one event are dated on different "
           "days, so running counts move between them (the burned area, the death toll, the number in "
           "hospital, arrests, a revised GDP figure), and sources disagree (unions vs employer, broadcaster "
           "vs ratings agency, club vs police, chamber of commerce vs think tank).\n")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` "
           "and `text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every "
           "quantity used and described; roles valid, `part_of` only on parts and pointing to a known "
           "quantity, every `total` has a part; targets of 80 figures and 80 gold pairs per event) and "
           "prints this table (gold pairs = pairs of non-optional figures of one quantity in different "
           "articles; linked 2+ = quantities with non-optional figures in at least two articles):\n")
out.append("```\n" + check + "\n```\n")
out.append("""## Annotation conventions

These follow the conventions of `blind_events_6` (its README), with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in
  headlines as well as in the body: `Nine people`, `Twenty-six people`, `SEVEN villages`,
  `EIGHT water bombers`, `dad-of-three`, `mum-of-two`, `father of two`, `Point three per cent`,
  `ONE PER CENT`, `HALF A BILLION EUROS`, `a team of 60`, `84,000-seat`, `30-MILE` (ring of fire),
  `115 YEARS OLD`. Ratios in words are figures (`DOUBLES` → 2, `NEARLY TWICE` → 2, `three times as fast`
  → 3, `more than three times` → 3, `FOUR TIMES`, `about one and a half times` → 1.5,
  `doubling the aircraft fleet` → 2). A scoreline gives two figures, one per team (`Ostria 2` / `1 at
  Harrowfield Stadium`, `ROVERS 2` / `DORNAU 1`, `Cup 1` / `2 to Port Vessel Rovers`). Not figures:
  calendar years, dates (`June 24`, `24 June`, `July 2027`), weekdays, clock times (`07:40`, `the 07:12
  intercity`, `9 a.m.`, `nine o'clock`), ordinals (`second-quarter`, `the second victim`, `the first
  time`), identifiers (`N14`, `TNV1`, `ORB 1`, route `42`), `one` used as a pronoun (`one of them`,
  `one of the oldest`), `nobody`, and descriptive phrases such as `one-day gain` or `the northern half
  of the village`.
* **Quote.** The exact text around the figure, including the hedge or bound word (`At least seven
  killed`, `Some 450 firefighters`, `below 20 percent`, `up to £1,700`) and often the counted noun;
  extended with a neighbouring word until `text.find(quote)` hits the annotated occurrence when the
  same string appeared earlier, e.g. in the headline (`grown to 14.600 hectares` after a headline with
  `14.600 hectares`, `Growth of 0.3`, `shrinking 0.2 percent`, `will cut 420 jobs`, `Dornau 2`).
  Quotes never overlap.
* **Value.** Normalised to a plain number: `14.600 hectares` → 14600, `0,3 procent` → 0.3, `1.150
  firefighters` → 1150, `312.000 million euros` → 312000000000, `4.210 million euros` → 4210000000,
  `1,4 million euros` → 1400000, `€4.2 BILLION` → 4200000000, `$4.55 billion` → 4550000000, words →
  digits. A multiplier written once applies to both ends (`16.8bn to 17.2bn euros`, `between 30 and 35
  million euros` → 30000000 and 35000000). The value is the number as printed, with no unit conversion
  (`142km/h` and `88mph` stay 142 and 88; `320 KILOMETRES` and `200-MILE` stay 320 and 200) and no sign
  added from words (`fell 1.2 percent`, `shrinking 0.2 percent`, `construction shrank 2.3 percent` are
  positive). Percentages are in percent units; percentage-point changes have unit `percentage points`.
* **Bound.** `=` plain (also rounded numbers without a hedge: the tabloid's `11 MILLION` for 11.2
  million, `HALF A BILLION EUROS` for 512 million); `~` about / around / roughly / nearly / some /
  approximately (a hedge also covers a conversion in brackets right after it: `about 4,200 hectares
  (10,400 acres)` gives `~` to both); `>` more than / over / above / bigger than; `>=` at least; `<`
  under / below / fewer than; `<=` up to; `range` for "X to Y", "between X and Y", "from X to Y"
  (value = low = X, high = Y). `low` is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null
  otherwise.
* **Optional** (count neither way): ages of people (`67` in "aged 67", `44`, `54-year-old`);
  look-back and time windows and periods (`31 years` after the only previous final, `two years` in
  "the fastest annual rate in two years", `TWO YEARS` of going nowhere, `ten minutes` to get out,
  `in three days`, `48 hours` in "within 48 hours", `18 months` over which cuts are made, `year and a
  half`, `first three months`, `four quarters` in a row, `a decade ago`, `for the two days`); years of
  service (`22 years`, `23 years`); vague amounts and shares (`Hundreds of sheep`, `hundreds` of jobs,
  `a fifth`, `nearly a fifth`, `more than half`, `half a point`, `half as much`, `FEWER THAN ONE IN
  FIVE`).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew each day* are one quantity: the burned area, the fire's
    perimeter and containment, homes destroyed, evacuated, deaths, injured, people in hospital,
    people in a critical condition, arrests after the final, firefighters and aircraft deployed;
  - *a statistic and its revision* are one quantity (first-quarter GDP growth, flash 0.3 then revised
    0.5 percent; fourth-quarter growth 0.1 then 0.2; investment, exports, consumption, nominal output);
  - *estimates of one amount* are one quantity: economists' consensus vs the published growth rate,
    all forecasts of 2026 growth, analysts' consensus vs reported revenue / profit / EPS, old and
    raised guidance and the analysts' full-year expectation, management's vs a broker's restructuring
    charge, the province's successive damage estimates, the daily cost of a strike from a chamber of
    commerce, a think tank and the city, a broadcaster's vs a ratings agency's peak audience, union
    vs employer striker counts, club vs police parade crowds;
  - *the same amount in another unit or currency* (hectares / acres / km² / football pitches, km/h /
    mph, km / miles, euros / pounds / dollars, hours / days for the threatened strike);
  - *an offer that is revised in negotiation* (KMT's pay offer, 4.5 then 5.5 percent) is one quantity.

  Different quantities: a sub-count (Marlow Creek's homes, Estravian firefighters, Draskovian dead,
  one hospital's patients, one depot's strikers, the Skarland and Eskerby job cuts, Vellmark's
  jobless); an increment (`a further 1.300` evacuated on Thursday night); figures tied to a distinct
  day or period (strikers, bus services and metro lines on Wednesday vs Thursday; Tuesday's vs
  Friday's share price; April vs May inflation; Q3 vs Q4 2025 vs Q1 2026; this year's vs last year's
  final; the 2019 fire; the 2009 crash); a different base (strike participation as a share of the
  whole workforce vs of staff rostered that day); a different measure of the same event (peak vs
  average vs reach audiences; insured losses vs total damage; quarter-on-quarter vs year-on-year
  growth; the daily cost vs the cost of the whole strike); and populations, workforces and capacities
  beside event counts (stadium capacity vs attendance; workforce vs strikers; headcount vs job cuts).
* **Roles** (`roles.json`). `population`: a standing stock (residents, workforce, headcount, stadium
  capacity, season-ticket holders, fleet, metro lines, scheduled bus trips, track length, ticket
  allocation) — always `population`, even for a sub-population; `total`: an event count that at least
  one annotated quantity is part of; `part`: a sub-count, with `part_of` set (a part may itself have
  parts: Eskerby job cuts → Skarland job cuts → all job cuts; Marlow Creek homes → homes destroyed →
  buildings destroyed; critical → in hospital → injured); `count`: a count of what happened not in a
  part/whole relation; `other`: measures, rates, shares, money, durations, levels, ratios. Money stays
  `other` even when it is part of a larger amount (segment revenues, a region's output); such
  relations are stated in the quantity descriptions. `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e6/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness); `python3 build/fix_unique.py e1 ...` is an annotator's helper that extends a
quote with neighbouring words when `text.find(quote)` would hit an earlier occurrence (its changes were
reviewed by hand); `python3 build/make_readme.py` regenerates this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
