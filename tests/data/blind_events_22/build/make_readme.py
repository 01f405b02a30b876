#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["dravok_earthquake", "aurenland_house_prices", "greywillow_festival"]
DOMAIN = {"dravok_earthquake": "1. an earthquake and its aftershocks in a mountain region over several days: death toll and injured as running counts with their parts, missing and rescued, the magnitude and depth and their revision (and a neighbouring network's rival magnitude), aftershock counts, buildings damaged and destroyed by town, displaced people (official counts against a relief alliance's estimate) and shelter places, rival estimates of damage, insured losses, aid pledged by donors",
          "aurenland_house_prices": "2. a national house-price data release and its later revision: annual and monthly changes, average prices by region, sales, a private lender's index disagreeing with the official one, mortgage approvals and rates, the central bank's rate decision, rents, first-time buyers, housing starts against a target",
          "greywillow_festival": "3. a three-day open-air music festival hit by a heatwave and a stage-roof collapse: attendance by day against the licensed capacity, rival attendance estimates (organisers, police, a drone survey), medical treatments and hospital transfers as running counts with their parts, deaths, arrests, temperatures, water points, ticket prices and refunds, the local economic impact and the clean-up"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper"}
SELFTEST = {"dravok_earthquake": (193, 196), "aurenland_house_prices": (197, 230),
            "greywillow_festival": (183, 225)}

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
out.append("# blind_events_22 — hand-annotated fictional news coverage\n")
out.append("Three invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to those `blind_events_21`'s README "
           "lists (a passenger train derailment, a measles outbreak, a football cup final with crowd trouble; "
           "and, for earlier corpora, an air-traffic-control failure, a supermarket chain's quarterly results with "
           "closures, a wildfire-smoke pollution episode, a mass protest march against a pension reform, a "
           "company's layoffs announced in rounds, a regional election, a container ship fire in a port, a "
           "national minimum wage decision, a hailstorm hitting a city, a city marathon in a heatwave, a chemical "
           "plant explosion, an inflation release and its revision, a teachers' strike, a data-centre power "
           "outage and a national referendum), and different from one another: an earthquake with its "
           "aftershocks, a house-price data release with its revision, and an open-air music festival hit by a "
           "heatwave and a stage collapse.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/`, `/work/main/benchmarks/`, `/work/main/scripts/`, "
           "`/work/main/.git`, `/work/main/tests/core` or `/work/main/tests/ui` was opened, listed or searched, "
           "no git command was run, and no search, retrieval or code-index tool was used. `/work/main/tests/data/` "
           "was not listed: this folder was created with `mkdir -p` on its full path, and it held nothing but what "
           "this work put in it. The only files opened outside this folder were, for the format: "
           "`/work/shared/eval/score.py` (in full, and run for the self-test below); "
           "`/work/shared/eval/seeds_gold.json` (only its top-level keys, its `event` and `notes` strings, its "
           "first four figures and its first four quantities, printed with a Python one-liner); and, from "
           "`blind_events_21`, exactly the files the brief allowed, each opened by its full path: `README.md`, "
           "`check.py`, `build/build.py`, `build/make_readme.py` and `build/fix_unique.py` (their byte counts were "
           "first taken with `wc -c`, in a command that also sent the first 100 bytes of `README.md` to `/dev/null` "
           "unseen; each was then printed once in full; where the terminal display cut lines "
           "60-70 of `README.md` and lines 155-158 of `build/make_readme.py`, those lines were not printed again). "
           "`check.py` and `build/build.py` were copied with `sed` changing the corpus name, and `build/fix_unique.py` "
           "was copied unchanged. `blind_events_21`'s README was read a second time only by a script that "
           "extracted its capitalised words to a temporary file under `/tmp/b22/`, against which this corpus's "
           "articles were checked so that none of its names is reused. No directory under `blind_events_21` was "
           "listed (not even `build/`), none of its articles, sources, gold or roles files were opened, and no "
           "other corpus was looked at. `check.py` and `build/build.py` are `blind_events_21`'s files with the "
           "corpus name changed (`check.py` already expected three events); `build/fix_unique.py` names no corpus "
           "and is unchanged; `build/make_readme.py` follows `blind_events_21`'s structure, rewritten for this "
           "corpus. The annotation conventions of `blind_events_21`'s README were followed (restated below with "
           "this corpus's examples). The texts were written as the outlets would write them and were not tuned "
           "to any tool. All places, countries, languages, institutions, firms, bands, outlets and people are "
           "invented (the invented countries are Tervania and Velassa for the earthquake, with the Kingdom of "
           "Aldermark among the donors; Aurenland and Lusarra for the house prices; Cassilia and Seldavia for "
           "the festival). No capitalised proper name that appears in `blind_events_21`'s README is reused; the "
           "only capitalised words the articles share with it are ordinary English words (weekdays, months, "
           "sentence-initial words such as 'The', 'A', 'About', 'All', 'As', 'At', 'By', 'Every', 'In', 'No', 'Not', "
           "'Of', 'One', 'They', 'This', 'What', number words such as 'Two', 'Five', 'Eleven' and 'Nine', fact-box "
           "labels such as 'Dead', 'Arrests' and 'Hurt', and tabloid capitals such as 'DEAD', 'TWO', 'TEN', "
           "'HOURS', 'YEARS', 'UP', 'TO', 'IN', 'MORE' and 'THOUSANDS'). The currency is the euro throughout. As a "
           "self-test, the gold of each event was fed back to `score.py` as a perfect prediction (one claim per "
           "figure at its span with the gold value, low, high and bound, groups = quantities; the conversion "
           "script was a temporary file under `/tmp/b22/`, outside the repository), which gives "
           "extraction_f1=1.000 and link_f1=1.000 for every event (" + "; ".join(
               f"`{ev}`: tp {SELFTEST[ev][0]}, fp 0, fn 0, correct pairs {SELFTEST[ev][1]} of {SELFTEST[ev][1]}"
               for ev in ORDER) + ").\n")
out.append("## Events\n")
out.append("| folder | domain | event | articles (file — style; outlet, date) |")
out.append("|---|---|---|---|")
for ev, dom, event, arts in rows:
    out.append(f"| `{ev}/` | {dom} | {event} | " + "<br>".join(arts) + " |")
out.append("")
out.append("Each folder holds the five `.txt` articles (UTF-8; line 1 headline, line 2 byline "
           "`By X | Outlet | date`, a blank line, paragraphs separated by blank lines, final newline; tabloid "
           "fact boxes are one paragraph with one line per entry), `gold.json` (format of `seeds_gold.json`: "
           "`event`, `figures`, `quantities`, `notes`; each figure has `id`, `article`, `quote`, `start`, `end`, "
           "`value`, `low`, `high`, `bound`, `unit`, `quantity`, `optional`) and `roles.json` "
           "(`{\"quantities\": {id: {\"role\", \"part_of\"}}}`). Each event's `notes` field explains its "
           "judgement calls. The five articles of an event are dated on different days, so running counts move "
           "between them; each article's body is 450-800 words; the translated copy uses European number "
           "formats (`1.460 persons`, `7,1`, `7,0`, `5,9`, `more than 3.000 Tervanian rescuers`, `47.500 "
           "displaced persons`, `as many as 70.000`, `6.500 tents`, `18.000 places`, `2,4 milliard euros`, `1,8 "
           "million euros`, `12.500 inhabitants`; `6,2 percent`, `0,4 percent`, `3,75 percent`, `48.200`, "
           "`312.500 euros`, `1,2 milliard euros`, `2.350 dwellings`, `150.000 new dwellings per year`, `9.850`; "
           "`49.000 visitors`, `64.500`, `171.500`, `at least 75.000 persons`, `10.000 more`, `36,6 degrees`, "
           "`38,4 degrees`, `1.720 persons`, `about 1.290`, `more than 38.000 signatures`, `about 6,4 million "
           "euros`).\n")
out.append("""What the articles contain, event by event:

* `dravok_earthquake` — an earthquake at 02:14 on Saturday 3 November 2046 in the Dravok Highlands of
  Tervania, epicentre 14 km south-west of Kirrach; articles to 11 November. Deaths (at least 37 -> '112 DEAD' /
  112 -> 186 -> 241 -> 268) with Kirrach's dead (at least 21 -> 64 -> 97; Linden Street's 19 inside), Selmo's
  41, Hodra's three, the dead children (at least 23 -> 38; 14 pupils inside) and the Velassan dead (TWO ->
  four) inside; injured (more than 400 -> past 1,000 / 1,030 -> 1.460 -> 1,720 -> 1,804) with the seriously
  injured (210), those flown out (at least 85; 27 to Velassa), five slightly injured Velassans and those still in
  hospital (540 -> 388; intensive care 63 -> 41) inside; missing (about 90 -> 74 -> 48 -> 23 -> nine; Kirrach's
  nine inside); rescued alive (54 -> 131 -> 146; the Velassan team's nine inside); magnitude (TGI 6.8 revised to
  7.1; the Velassan service's 7.0 / 7,0; 'one tenth' apart; 'nearly three times' the energy) and depth (about
  10 km -> 14 km); aftershocks (more than 120 -> 340 -> more than 600 -> 870 -> 1,140) with those of magnitude 4
  or more (18 -> 31 -> 47), the 5.4, 5.9 and 4.6 shocks; buildings damaged (more than 3,000 -> 8,400, 'nearly
  THREE TIMES' the first estimate -> 11,250; Kirrach 3,100, Selmo 1,870, Ulvenna 620) and destroyed (2,100 ->
  2,360, '260 more'; Kirrach's 940 and Sunday's 12 inside), 83 per cent built before the 1994 code; displaced
  (at least 24,000 -> more than 40,000 / 41,000 -> 47.500 -> 49,000 -> 52,500, against the Alliance of Relief
  Societies' as many as 70.000 / 70,000; Kirrach's about 17,000 inside), tents (6.500 -> 11,000; 1,200 on Mill
  Road), shelter places (18.000 -> 30,500); damage (2,4 milliard / 2.4 billion -> 3.1 billion euros; the
  Continental Development Bank's up to 4.5 billion) against insured losses of about EUR 160m and an economy of
  about EUR 240bn; aid pledged (EUR 170m -> 420 million: the Continental Community's 150 million, Velassa's 20 ->
  35 million with 12 million in kind, Aldermark's 60 million); the 1981 quake (6.4, 71 dead; this toll 'nearly
  four times' as deadly); rescuers, helicopters, foreign teams, roads and villages cut off, households without power (about
  60,000 -> 8,200), the Herald's appeal and the town's funerals.
* `aurenland_house_prices` — the National Statistics Bureau's February 2046 house-price release on Wednesday 14
  March 2046 and its revision on 11 April; articles to 14 April. February's annual change (6.2 / 6,2 per cent,
  'more than 6 percent', 'A 6', revised to 5.4; Keystone Mortgage Bank's rival 2.1 / 2,1), monthly change (0.8
  revised to 0.3; Keystone's fall of 0.4 / 0,4) and average price (EUR 312,500 / 312.500 revised to EUR 309,800;
  Keystone's EUR 298,000), January's 4.9 and the poll's 5.0; March's annual (NSB 4.8, Keystone 1.6) and monthly
  (0.5; Keystone's fall of 0.3) changes and average (EUR 311,300); the revision (0.8 percentage points) and the
  gap between the indices (4.1 -> 3.2 points); regions (prices up in 11 of 12; Bellmoor EUR 548,000 / 548.000,
  8.1 revised to 7.6 per cent; Ostwold EUR 224,000, 9.4 revised to 8.6, Keystone's 3.5; the Amber Coast EUR
  187,500, down 1.2 / 1,2 revised to 1.9; Wendmere EUR 251,000, 11.2 / '11 per cent'); sales (61,400 revised to
  66,700 with 5,300 late registrations; Ostwold's 4,870); the base rate held at 3.75 / 3,75 per cent by seven
  votes / 7 to two / 2, the 3.5 per cent cut; mortgage approvals (45.900 in January, 48.200 / 48,200 in February,
  46,700 in March), rates (two-year fixed 4.9 / 4,9, five-year 4,6); rents (EUR 1,420, 7.8 per cent; March EUR
  1,441, 7.5 per cent; Wendmere EUR 1,080, 12 per cent); first-time buyers (14,600 in February, Ostwold's 1,240
  inside; 15,100 in March), a EUR 52,000 deposit, prices 8.7 times earnings against 5.9 twenty years ago; housing
  starts (9,850 / 9.850 in February, down 14 per cent, Ostwold's 1,120 inside; 10,400 in March; 117,600 over 12
  months) against the 150,000-a-year target / 150.000; Lusarran buyers (2.350 homes, 1.610 on the Amber Coast)
  and investment (1,2 milliard euros); Wendmere's waiting list (6,300 from 4,900) and the 2,400-home Brookfield
  scheme.
* `greywillow_festival` — the Greywillow festival on Harlow Fields near Penmarrow, Cassilia, Friday 13 - Sunday 15
  July 2046, where the Meadow Stage roof collapsed in a thunderstorm at about 19:40 on Saturday after a record
  38.4C; articles to 22 July. Attendance by day (Friday 58,000 / 58.000; Saturday the organisers' 64,500 / 64.500
  against the police's more than / over / at least 75,000 and the drone survey's about 72,000; Sunday 49,000 /
  49.000; total 171,500 / 171.500 against 2045's 162,000) and the licensed 65,000 / 65.000 a day, the gatecrashers
  (about 3,000 / up to 3,000), '10.000 more', 'roughly 11 per cent' over; treated (more than 900 -> 1,460 ->
  1.720 -> 1,834, 'more than double' 2045's 870) with heat cases (more than 1,100 -> about 1.290 -> 1,380),
  collapse injured (at least 40 -> Forty-seven / 47 -> 53; seriously injured three -> FOUR -> four; six
  Seldavians, one serious and five light) and hospital transfers (Thirty-eight -> Sixty-one -> 70 ->
  Seventy-four; nine still in hospital, two critical) inside; deaths (one -> two); arrests (31 -> 44 -> 49 -> 52;
  12 suspected dealers, 29 drug and 11 theft arrests inside; 61 in 2045); temperatures (Saturday 38.4 / '38C' /
  '38 degrees' / 38,4, the county record 37.1 of 2031, Sunday 36,6; the heat plan's 32 degrees); wind (gusts up
  to 78 km/h, nearly 80km/h, 78; the roof rated for 90, to be cleared at 65; 12 of 16 ballast weights in place,
  four missing); water points (40 planned plus 25 added = 65; a EUR 4 half-litre bottle; 180,000 litres free);
  tickets (EUR 289 weekend, EUR 119 day; 42.000 / 42,000 weekend and 11.500 Sunday tickets sold) and refunds
  (EUR 95 raised to EUR 120; the bill about 6,4 million -> EUR 7.1 million); the economic impact (Wildacre's EUR
  34 million against the council's EUR 21 million, EUR 13 million apart); clean-up (410 tonnes against 350,
  about 2,600 tents, more than 600 volunteers, ten days, EUR 480,000); Seldavia's heat rules.
""")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` and "
           "`text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every quantity used and "
           "described; roles valid, `part_of` only on parts and pointing to a known quantity, every `total` has a "
           "part, and every quantity with parts is a `total` or a `part`; targets of 80 figures and 80 gold pairs "
           "per event; three events) and prints this table (gold pairs = pairs of non-optional figures of one "
           "quantity in different articles; linked 2+ = quantities with non-optional figures in at least two "
           "articles):\n")
out.append("```\n" + check + "\n```\n")
out.append("""## Annotation conventions

These follow the conventions described in `blind_events_21`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in headlines
  as well as in the body and in tabloid fact boxes (`at least 37`, `112 DEAD`, `7.1`, `TWO Velassan hikers`,
  `31 HOURS`, `Dead: 112`, `€18,000`, `SIX YEARS` (optional), `Up in a year: 6.2%`, `6,000`, `38C`, `FOUR`,
  `Dead: 1`, `dad-of-three`, `dad-of-two`, `five-storey`, `24-metre`, `14-hour`, `half-litre`, `three-bed`,
  `2,400-home`, `one-bedroom`). Ratios and multiples are figures (`nearly THREE TIMES`, `nearly four times`,
  `nearly three times` the energy, `8.7 times`, `MORE THAN 13 TIMES`, `almost the double`, `more than double`,
  `nearly one and a half times`), and so are counts of occasions (`nine increases`, `amended four times`).
  Durations that measure the event are figures (`about 40 seconds`, `three days` of mourning and of festival,
  `up to TEN HOURS`, `almost 40 hours`, `more than three hours`, `ten days` of clean-up, `nearly six hours`,
  `about 20 minutes`, `up to 45 MINUTES`, `at least five years`, `more than two months`, `six months`).
  Counts written as words are figures where they count (`six towns`, `eight dogs`, `three of them`, `nine
  persons alive`, `Thirty-seven coffins`, `Eleven roads`, `seven` inspectors, `seven votes`, `four special
  trains`, `Sixty-one`, `The five` others). Not figures: calendar years (1981, 1989, 1994, 1911, 2019,
  2044, 1999, 2031, 2032), dates (`Nov 3`, `3 November`, `March 14`, `March 2`, `April 11`, `11 April`, `July 14`,
  `14 July`, `August 2`), weekdays, clock times (`02:14`, `2.14am`, `06:00`, `19:40`, `19:52`), ordinals (`14th
  consecutive`, `second-largest`, `fourth song`, `first priority`, `first time`), the page number `9`, the road
  name `A19`, pronoun uses of small numbers (`the two hikers`, `the two measures`, `the two dissenting members`,
  `Rarely have two statistics`), `one` as a pronoun or the unit of a rate (`one of`, `no one`, `one for every
  1,600` counts 1,600), `one year earlier` (= a year ago), `a single block`, `a single Saturday`, and vague words
  without a number (`hundreds`, `dozens`, `millions`, `THOUSANDS`, `the thousands who paid`, `SECONDS`, `within
  a day`).
* **Quote.** The exact text around the figure, including the hedge or bound word (`at least 37 people`, `more
  than 400`, `About 90 people`, `about 10 kilometres`, `Some 2,300 rescuers`, `past 1,000`, `More than 40,000`,
  `as many as 70.000`, `up to 4.5 billion`, `less than 100 kilometres`, `more than 6 percent`, `about 80
  percent`, `two to three months`, `up to THREE MONTHS`, `up to 78 km/h`, `nearly 80km/h`, `over 75,000`,
  `75,000+ (police)`, `at least 75,000`, `about 72,000`, `up to €250,000`) and often the counted noun; in fact
  boxes the label is part of the quote (`Magnitude: 7.1`, `Homeless: 41,000`, `Aid pledged: €170m`, `Cheapest
  region: Amber Coast, €187,500`, `First-time buyers in Feb: 14,600`, `Saturday crowd: 64,500 (organisers)`,
  `Treated by medics: 1,460`); extended with a neighbouring word until `text.find(quote)` hits the annotated
  occurrence when the same string appeared earlier (`7.1 after`, `112 last night`, `to 186`, `97 lived`, `41
  and`, `14 of them are`, `amended four times`, `60 million)`, `3 per cent of`, `40 who`, `€18,000 in`, `Bellin,
  31`, `against two`, `8 per cent fewer`, `2 to`, `0.3 per cent on`, `40 originally`, `6,000 at`, `three tents`,
  `with 65`, `500 and`, `11 for`, `50,000 a`). Quotes never overlap, and two figures are never put in one quote
  (`[110 of its] [260 beds]`, `[11 of the] [12 regions]`, `[seven votes] against [two]`, `[7]-[2]`, `[three]
  [14-hour] shifts`, `[12 of the] [16 ballast weights]`, `[Two-year] [fix: 4.9%]`, `[64,500 (organisers)] /
  [75,000+ (police)]`, `[more than half] [a decade ago]`).
* **Value.** Normalised to a plain number: `1.460` -> 1460, `7,1` -> 7.1, `2,4 milliard euros` -> 2400000000,
  `1,2 milliard euros` -> 1200000000, `6,4 million euros` -> 6400000, `€150 MILLION` -> 150000000, `€20m` ->
  20000000, `3.1 billion euros` -> 3100000000, words -> digits (`Thirty-seven` -> 37, `Seventy-four` -> 74,
  `FOUR` -> 4, `nearly THREE TIMES` -> 3, `one tenth` -> 0.1, `half-litre` -> 0.5, `almost the double` -> 2,
  `nearly one and a half times` -> 1.5, `almost NINE YEARS` -> 9). A range is one figure (value = low, high set):
  `two to three months`, `two or three months`, `three or four` viewings. A change written 'from 0.8 per cent to
  0.3 per cent' is two figures. The value is the number as printed, with no unit conversion (`95 minutes`,
  `almost three hours`, `Nine-month-old` stays 9 months) and no sign added from words (`down 0.4 percent`,
  `FALLING 0.4 per cent`, `slipped 1.2 percent` and `a fall of 0,4 percent` are 0.4 / 1.2; `10.000 more` is
  10000; `260 more` is 260); a rounded headline keeps its printed value (`38C` -> 38, `11 per cent` for 11.2 ->
  11). Percentages are in percent units. Vague shares are given a nominal value only when optional (`About one in
  three` -> 33, `nearly half` -> 50, `fewer than one in ten` -> 10, `less than a seventh` -> 14, `less than half`
  -> 50, `more than half` -> 50, `about a THIRD` -> 33, `roughly a third` -> 33).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `112 DEAD`, `Homeless: 41,000`,
  `€34 million`, `38C`, `SIX YEARS`); `~` about / around / roughly / nearly / almost / some (`nearly THREE TIMES`,
  `almost the double`, `nearly 80km/h`); `>` more than / over / past / `75,000+`; `>=` at least; `<` fewer than /
  less than; `<=` up to / as many as; `range` for 'X to Y' and 'X or Y'. `low` is set for `>`/`>=`/range,
  `high` for `<`/`<=`/range, both null otherwise. Rules and thresholds written exactly keep `=`: the magnitude-4
  class (`above 4`, `magnitude 4 or more`), the rent threshold `5 percent`, the 3 per cent deficit limit, the
  150,000-a-year target, the licensed 65,000, the 90 km/h rating and 65 km/h clearance threshold, Seldavia's
  `30 degrees` and `20,000 visitors`, and the council's `720 affordable homes` in 'will not accept fewer than'
  (a minimum rule, bound `=`).
* **Optional** (count neither way): ages (`34`, `29`, `71`, `eleven years`, `Nine-month-old`, `31`, `44`,
  `44-year-old`, `44 years`, `23-year-old`, `19`, `27`, `20-year-old`, `61-year-old`) and ages that define a
  group (`under 40`); terms that define a product (`two-year` / `Two-year` / `two years` and `five years` /
  `five-year fixed rate` for fixed-rate mortgages); years of habit or service (`26 years`, `four years` of
  saving); look-backs and windows (`more than 60 years`, `Two days after`, `Eight days after`, `two years ago`,
  `in two weeks`, `over six years`, `more than six years`, `SIX YEARS`, `20 years ago`, `two decades ago`,
  `four years ago`, `Five years ago`, `a decade ago`, `12 months`, `the last ten years`, `one day after`, `A
  week after`, `the first two days`, `three months`); and vague shares (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: deaths, Kirrach's dead, the dead children,
    the Velassan dead, injured, still in hospital, intensive care, missing, rescued alive, aftershocks and the
    stronger ones, households without power, roads closed, villages cut off, tents, shelter places, Tervanian
    rescuers, aid pledged in total; those treated at the festival, heat cases, collapse injured and its
    seriously injured, hospital transfers, deaths and arrests;
  - *a statistic and its revision* are one quantity (the magnitude 6.8 -> 7.1, the depth 10 -> 14 km, buildings
    destroyed 2,100 -> 2,360, damage 2.4 -> 3.1 billion, Velassa's pledge 20 -> 35 million; February's annual
    change 6.2 -> 5.4, monthly 0.8 -> 0.3, average price 312,500 -> 309,800, sales 61,400 -> 66,700 and the
    Ostwold, Amber Coast and Bellmoor changes; the weekend refund 95 -> 120 and the refund bill 6.4 -> 7.1
    million);
  - *estimates of one amount* are one quantity, including rival estimates: the magnitude (TGI 7.1, the Velassan
    service 7.0), the displaced (the authorities' counts, the Alliance's 70,000), damage (the government's 3.1
    billion, the Development Bank's up to 4.5 billion); the official and Keystone indices for the same month
    (February's annual 6.2 vs 2.1, monthly 0.8 vs 0.4, average price 312,500 vs 298,000, Ostwold 9.4 vs 3.5,
    March's 4.8 vs 1.6 and 0.5 vs 0.3); Saturday's festival crowd (organisers 64,500, police at least 75,000,
    drone survey about 72,000), the economic impact (34 vs 21 million), the wind gust (up to 78, nearly 80, 78);
  - *the same amount in other words* ('past 1,000' and 1,030 injured; 'more than 6 percent', 'A 6' and '6.2 per
    cent figure' for February's annual change; '38C', '38 degrees', 38.4 and 38,4; '11 per cent' and 11.2 per
    cent in Wendmere; '7-2' and 'seven votes against two').

  Different quantities: a sub-count (see Roles); a different scope or base (insured losses vs total damage; the
  EUR 50m emergency fund vs foreign aid; the base rate held vs the cut proposed; the licensed capacity vs
  Saturday's crowd vs the proposed 50,000; the roof's rating vs the clearance threshold vs the gust; the
  heat plan's 32 degrees vs Seldavia's 30-degree rule); figures tied to a distinct time or event (Saturday's
  5.4, Sunday's 5.9 and Tuesday's 4.6 shocks and the main shock; the 1981 quake; January's, February's and
  March's figures; the price-to-earnings ratio now and twenty years ago; the waiting list now and two years ago;
  2045's festival attendance, treatments, arrests and rubbish; Saturday's and Sunday's temperatures and the 2031
  record); equal values that measure different things, within one event (14 km to the epicentre vs 14 km depth;
  nine missing vs the nine rescued by the Velassan team; the 0.8-point revision vs February's 0.8 per cent monthly rise; 12 regions vs
  12 months; 65,000 capacity vs 65 water points vs 65 km/h; two deaths vs two critical patients); and
  populations and capacities beside event counts (Kirrach's 38,000, Selmo's 12.500, the region's 410,000, 260
  clinic beds, 22 schools, seven inspectors; 12 regions; 65,000 a day, six stages, 16 ballast weights,
  42.000 weekend and 11.500 Sunday tickets, Penmarrow's 27,000 residents).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (residents, beds, schools, inspectors,
  people in a block, regions, the Brookfield scheme's homes, family size, licensed capacity, stages, tickets
  sold, ballast required, a parent's children); `total`: an event count or amount that at least one annotated
  quantity is part of; `part`: a sub-count or sub-amount, with `part_of` set (a part may itself have parts:
  Linden Street's dead -> Kirrach's dead -> deaths; intensive care -> still in hospital -> injured; Kirrach's
  940 -> destroyed -> damaged buildings; Velassa's aid in kind -> Velassa's pledge -> aid pledged; the Seldavians
  with light injuries -> the Seldavian injured -> collapse injured -> treated; still critical -> still in
  hospital -> hospital transfers -> treated; the crowd at the Meadow Stage and the gatecrashers -> Saturday's
  attendance -> the three-day total; planned and added water points -> the final 65); a population is never a
  parent; `count`: a count of what happened not in a part/whole relation; `other`: measures, rates, shares,
  money, durations, levels, ratios, prices, forecasts, rules and thresholds. `part_of` is null for every role but
  `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`), which is written by the hand-kept table in
`meta.py` beside it (`python3 build/src/eN/meta.py`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, clock times, the ordinals '14th' and 'fourth', the
page number '9', the road name 'A19', pronoun uses of 'one' and 'two', 'one year earlier', vague words such as
'hundreds', 'dozens', 'millions', 'THOUSANDS' and 'thousands', and words that merely contain a number word
such as 'tents', 'Tent' and 'tenancy'); `python3 build/fix_unique.py e1 ...` is an annotator's helper that
extends a quote with neighbouring words when `text.find(quote)` would hit an earlier occurrence (its changes
were reviewed by hand); `python3 build/make_readme.py` regenerates this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
