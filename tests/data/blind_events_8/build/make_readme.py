#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["kessler_deep_collapse", "morvania_border_exodus", "valdonia_rate_decision",
         "corvel_bank_collapse", "corrant_marathon_heat", "dunmere_hospital_waits"]
DOMAIN = {"kessler_deep_collapse": "1. mine collapse with trapped, rescued and dead workers over several days",
          "morvania_border_exodus": "2. surge of refugees across a border, counted by an agency, the government and charities",
          "valdonia_rate_decision": "3. central-bank interest-rate decision with the latest inflation figures and market reaction",
          "corvel_bank_collapse": "4. collapse of a bank: customers, deposits, losses, bail-out in two currencies",
          "corrant_marathon_heat": "5. city marathon: participants, spectators, medical incidents, economic impact",
          "dunmere_hospital_waits": "6. official statistics on hospital waiting lists and emergency-department waits, with last year's comparison and regional breakdowns"}
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
out.append("# blind_events_8 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures) and of which figures measure the same quantity "
           "across articles. The domains are new relative to the earlier corpora: a mine collapse, a refugee "
           "exodus across a border, a central-bank rate decision, a bank collapse, a city marathon run in "
           "heat, and an official release of hospital waiting statistics.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files under `tests/data/`, and "
           "without running the tool. The only files consulted were, for the format: "
           "`/work/shared/eval/score.py`, `/work/shared/eval/seeds_gold.json` and the seed articles in "
           "`/work/shared/seeds/`; and, as tooling to copy and adapt, `blind_events_7`'s `README.md`, "
           "`check.py`, `build/build.py`, `build/make_readme.py` and `build/fix_unique.py` (none of "
           "`blind_events_7`'s articles, `build/src` sources, gold or roles files were opened). `check.py`, "
           "`build/build.py` and `build/fix_unique.py` are those files with the corpus name changed; "
           "`build/make_readme.py` was rewritten for this corpus. The texts were not tuned to any tool. "
           "All places, countries, languages, institutions, firms, outlets and people are invented; the "
           "currencies are real (euros, pounds, dollars) except the Valdonian crown. As a self-test, the gold "
           "of each event was fed back to `score.py` as a perfect prediction (one claim per figure at its "
           "span, groups = quantities), which gives extraction_f1=1.000 and link_f1=1.000 for every event.\n")
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
           "explains its judgement calls.\n")
out.append("""What the articles contain, event by event:

* `kessler_deep_collapse` — 212 miners underground, 174 escape, 38 trapped (the union says 41, counting
  three subcontractors); the articles run from Monday to Saturday, so the dead (2, 4, 6, 9, 12), the
  rescued (11, 19, 22, 26), those still trapped (36, 23, 13, 7), the injured in hospital and the rescuers
  at the site move from article to article; increments ('a further eight', 'two more bodies'), Kaldorian
  sub-counts, a 2011 disaster and its sub-counts, share-price falls over different periods, fines in
  euros and pounds, an emergency fund raised from 2.5 to 4 million euros, depth in metres and feet.
* `morvania_border_exodus` — arrivals since Monday counted by the agency (IODP), the Interior Ministry
  and charities (18,500 / 21,000 on day three up to 52,300 / 58,000 / 'at least 60,000' a week later),
  day counts for distinct days, unaccompanied minors, the share of children (and a share on a different
  base), reception capacity vs occupancy, queue length and waiting time ('up to 36 hours', 'between 20
  and 30 hours'), deaths at the border, the displaced inside Morvania, the 2015-16 wave and last year's
  asylum applications, a daily cost in euros and pounds, a three-month cost in euros and dollars, and an
  aid pledge raised from 12 to 20 million euros.
* `valdonia_rate_decision` — a 50-basis-point rise to 4.75 percent written as '50 bps', '50 basis
  points', 'half-point', 'HALF A PER CENT' and '0,5 percentage points', against an expected 25 basis
  points; the vote (five to two; the dissenters' quarter-point), August vs July inflation, core, food,
  energy and services inflation, the bank's old and new forecasts, Thursday's vs Monday's market levels,
  the cumulative rise since March 2025 (325 basis points = 3,25 percentage points), mortgage costs in
  crowns and euros, and a regional savings bank's own 0.5-point increase.
* `corvel_bank_collapse` — a 7.5-billion-euro ($8.7 billion) rescue later raised to 9.2 billion euros
  ($10.7 billion), withdrawals of 4.1 billion euros in three days revised to 4.6 billion (21 then 23
  percent of 19.6 billion euros of deposits), loss estimates revised from 3.1 to 4.4 billion, 1.4 million
  customers, 312 branches and 6,800 staff, the 100,000-euro guarantee (and a foreign scheme's own
  100,000-euro guarantee), the Drenish subsidiary's figures, the headquarters town, and a 2009 rescue.
* `corrant_marathon_heat` — 41,000 registered, 38,400 starters, about 37,000 provisional and 36,912
  official finishers; runners treated (1,240 to 1,410 over the week), in hospital (46 to 52) and critical;
  one death; organisers' 750,000 spectators vs the police's 400,000 to 450,000; the city's 62-million-euro
  economic impact vs an independent 38 million; last year's race; charity money; a Tessarian paper's
  view (starters, finishers, prize money in euros and dollars); a district's takings and complaints.
* `dunmere_hospital_waits` — four-hour performance in January 2026 (68.2 percent) vs January 2025 (71.5),
  at major departments (54.1), by region and at one hospital (49.7); 12-hour waits from the decision to
  admit (41,300 vs 29,800) vs from arrival (148,000); the waiting list at the end of December (7.41
  million pathways, about 6.2 million patients) vs November (7.36 revised to 7.38 million) and December
  2024 (7.02 million); long waiters by threshold; the recovery fund in pounds and euros.
""")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` "
           "and `text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every "
           "quantity used and described; roles valid, `part_of` only on parts and pointing to a known "
           "quantity, every `total` has a part; targets of 80 figures and 80 gold pairs per event) and "
           "prints this table (gold pairs = pairs of non-optional figures of one quantity in different "
           "articles; linked 2+ = quantities with non-optional figures in at least two articles):\n")
out.append("```\n" + check + "\n```\n")
out.append("""## Annotation conventions

These follow the conventions of `blind_events_7` (its README), with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in
  headlines as well as in the body: `Thirty-eight miners`, `ELEVEN`, `Twenty-three men`, `FOUR`,
  `Ninety-seven hours`, `TWO people`, `EIGHT DAYS`, `TEN rate rises`, `ONE DEAD`, `one death`,
  `dad-of-three`, `mum-of-four`, `grandad-of-five`, `about a dozen`, `HALF A PER CENT`, `half-point`,
  `a quarter-point`, `42.195-kilometre`, `210-kilometre`, `60-strong`. Ratios in words are figures
  (`double the increase` → 2, `nearly three times` → 3, `NEARLY TWICE` → 2, `more than double` → 2,
  `twice` through Eastbank → 2). Durations that measure the event are figures (the last survivor's
  `97 hours` underground, the longest trolley wait of `61 hours`, median waits of `14.6 weeks`).
  Not figures: calendar years, dates (`2 November`, `March 2025`), weekdays, clock times (`02:40`,
  `06:00`, `6 a.m.`, `9 a.m. to 8 a.m.`), ordinals (`a third straight month`, `a fourth crossing
  point`, `the 14th and the 31st kilometre`), identifiers (`VX30`), `one` used as a pronoun (`one of
  the teams`, `one of Corvel's five branches`), `both`, `several`.
* **Quote.** The exact text around the figure, including the hedge or bound word (`About 18,500
  people`, `at least 60,000`, `no more than 1,5 metres`, `up to 30 more metres`, `under eight
  kilometres`, `Nearly 300 rescuers`) and often the counted noun; extended with a neighbouring word
  until `text.find(quote)` hits the annotated occurrence when the same string appeared earlier, e.g. in
  the headline (`committed €7.5 billion` after a headline with `€7.5 billion`, `figure to €9.2 billion`,
  `course record by 41 seconds`, `to 2 percent`, `also 100.000 euro`, `at 1,410`). Quotes never
  overlap; a vote 'five votes to two' gives `five votes` and `to two`.
* **Value.** Normalised to a plain number: `34.700` → 34700, `41 procent` → 41, `0,5 percentage
  points` → 0.5, `1.842,6 points` → 1842.6, `2,6 billion euros` → 2600000000, `€1.5M A DAY` →
  1500000, `€196 MILLION` → 196000000, `2,100ft` → 2100, words → digits. A range 'between 400,000 and
  450,000' or '400,000 to 450,000' is one figure (value = low = 400000, high = 450000); a change
  written 'to €4 million … up from €2.5 million' or 'to 51 from 64' is two figures. The value is the
  number as printed, with no unit conversion (`640 metres` and `2,100ft`; `50 basis points` and `0.5
  percentage points`; `€7.5 billion` and `$8.7 billion` keep their own values) and no sign added from
  words (`fell 1.4 percent`). Percentages are in percent units; percentage-point changes have unit
  `percentage points`, basis-point changes `basis points`.
* **Bound.** `=` plain (also rounded numbers without a hedge: the tabloid's `68 per cent` for 68.2,
  `7.4 MILLION` for 7.41 million, `27C` for 27.4 degrees); `~` about / around / roughly / nearly / some /
  an estimated / closer to (a hedge before a conversion in brackets covers only what it precedes: in
  '12 million euros (about 10,4 million pounds)' the euros are `=` and the pounds `~`); `>` more than /
  over / little more than; `>=` at least; `<` under / below / fewer than / less than; `<=` up to / no
  more than; `range` for 'between X and Y', 'X to Y', 'two or three days'. `low` is set for
  `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise.
* **Optional** (count neither way): ages (`29`, `34-year-old`, `Vell, 41`); look-back and time windows
  and periods (`almost 24 hours after`, `in the 24 hours to Wednesday morning`, `in just four days`,
  `ten minutes to leave`, `within six months`, `over eight months`, `in a single week`, `the first three
  months`, `for two weeks`, `within three years`, `in 18 months`, `31 consecutive months`, `ten-day` ski
  trip); thresholds that define a measure, which are time windows too (`within four hours`, `more than
  12 hours`, `half a day`, `more than 52 weeks`, `over a year`, `less than 18 weeks`, `more than an
  hour`); bond tenors (`two-year`); years of service (`26 years`); vague amounts and shares (`thousands
  more`, `about a quarter`, `about a fifth`, `more than half`, `fewer than half`, `at least half`,
  `little more than half`, `a quarter`).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew each day* are one quantity: miners dead, rescued, still
    trapped, in hospital, critical; rescuers at the site; metres of roadway cleared; arrivals since
    Monday; unaccompanied minors; reception capacity and occupancy; queue length; waiting time; deaths at
    the border; the displaced inside Morvania; runners treated, in hospital, critical; charity money;
  - *a statistic and its revision* are one quantity (Corvel's withdrawals 4.1 → 4.6 billion euros and
    their share of deposits 21 → 23 percent; the loss estimate 3.1 → 4.4 billion; November's waiting
    list 7.36 → 7.38 million; provisional vs official finishers);
  - *estimates of one amount* are one quantity: company vs union counts of the trapped (38 / 41), IODP vs
    ministry vs charity arrivals, the economists' expected rise vs the actual rise (25 vs 50 basis
    points), all forecasts of one year's inflation or growth (the bank's June and September forecasts,
    an institute's forecast), organisers' vs police spectators, the city's vs a university's economic
    impact, the Royal College's 'about 1,100' and 'more than 1,000' excess deaths;
  - *the same amount in another unit or currency* (metres / feet; basis points / percentage points;
    euros / pounds / dollars / crowns);
  - *a pledge or bail-out that is raised* is one quantity (the emergency fund 2.5 → 4 million euros; the
    Northern Union pledge 12 → 20 million euros; the bail-out 7.5 → 9.2 billion euros).

  Different quantities: a sub-count (Kaldorian miners, Brannock's dead, Dremmel's patients, Sarrow Gate
  arrivals, forest crossings, Tessarian runners, North Carrick's and St Aidan's waits); an increment
  ('a further eight' rescued on Wednesday, 'two more bodies', arrivals on one day); figures tied to a
  distinct day or period (Monday's share fall vs the week's; Thursday's vs Monday's crown and yields;
  August vs July inflation; January 2026 vs January 2025; December 2025 vs December 2024; the 2011
  disaster, the 2015-16 wave, the 2009 rescue, the 2025 race); a different base (children among all
  arrivals vs in one sports hall; the four-hour share at all vs at major departments; 12-hour waits from
  the decision to admit vs from arrival; the list in pathways vs in patients); a different measure (the
  daily vs the three-month cost; the rise in the rate vs the new rate vs the peak expected; the
  dissenters' preferred rise vs the rise); the same value in another scheme (the Astervalian and Drenish
  100,000-euro guarantees; the central bank's and Holm Savings' 0.5-point rises); and populations,
  workforces and capacities beside event counts (workforce vs trapped; reception capacity vs occupancy;
  customers vs depositors above the limit; entrants vs starters).
* **Roles** (`roles.json`). `population`: a standing stock (workforce, town population, customers,
  branches, staff, shareholders, reception places, crossing points, board members, households with
  variable-rate mortgages, volunteers, beds, emergency departments) — always `population`, even for a
  sub-population; `total`: an event count that at least one annotated quantity is part of; `part`: a
  sub-count, with `part_of` set (a part may itself have parts: Kaldorian rescued → rescued → trapped →
  underground; critical → hospitalised → treated; St Aidan's trolley waits → North Carrick's → all
  trolley waits → 12-hour waits from arrival → attendances; 78-week waiters → 65-week → 52-week →
  waiting list); `count`: a count of what happened not in a part/whole relation; `other`: measures,
  rates, shares, money, durations, levels, ratios, forecasts. Money stays `other` even when it is part of
  a larger amount (the capital injection within the bail-out, North Carrick's share of the recovery
  fund); such relations are stated in the quantity descriptions. `part_of` is null for every role but
  `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e6/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, clock times, ordinals and identifiers);
`python3 build/fix_unique.py e1 ...` is an annotator's helper that extends a quote with neighbouring
words when `text.find(quote)` would hit an earlier occurrence (its changes were reviewed by hand, and
a few awkward extensions were rewritten); `python3 build/make_readme.py` regenerates this README; then
run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
