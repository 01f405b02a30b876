#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["dalvenia_korvath_earthquake", "aurelia_star_oil_spill", "veltrix_telecom_breach",
         "castriana_heatwave", "wessland_march_inflation", "juno_kaye_glasshouse_tour"]
DOMAIN = {"dalvenia_korvath_earthquake": "1. earthquake and its aftershocks over several days: dead, injured, missing, buildings, displaced, magnitudes, depth, aftershock counts, aid",
          "aurelia_star_oil_spill": "2. oil spill from a tanker: tonnes / barrels spilled and revised, coastline, slick area, oiled birds, clean-up workers and vessels, fishing ban, compensation in several currencies",
          "veltrix_telecom_breach": "3. data breach at a telecom company: customers / accounts / records affected and revised up, countries, a fine, share price, compensation per customer",
          "castriana_heatwave": "4. heatwave: temperatures and records, excess deaths as a running count, hospital admissions, power demand in GW, wildfires, water restrictions",
          "wessland_march_inflation": "5. monthly consumer-price inflation release and its later revision: headline and core, month-on-month and year-on-year, food and energy, expectations, previous month, target",
          "juno_kaye_glasshouse_tour": "6. stadium concert tour: tickets sold, attendance per night and across the run, prices in two currencies, resale, revenue, local economic impact, arrests and medical cases"}
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
out.append("# blind_events_11 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to the earlier corpora: an "
           "earthquake and its aftershocks, an oil spill from a tanker, a data breach at a telecom company, "
           "a heatwave, a monthly inflation release and its revision, and a stadium concert tour.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/` or `/work/main/benchmarks/` was opened, and nothing under "
           "`/work/main/tests/` except the files named here. The only files consulted were, for the format: "
           "`/work/shared/eval/score.py`, `/work/shared/eval/seeds_gold.json` and the seed articles in "
           "`/work/shared/seeds/` (the opening of one seed article was read); and, as tooling to copy and "
           "adapt, `blind_events_10`'s `README.md`, `check.py`, `build/build.py`, `build/make_readme.py` and "
           "`build/fix_unique.py`. `blind_events_10`'s README describes its own events and annotation "
           "conventions in prose; those conventions were followed here, but none of `blind_events_10`'s "
           "articles, `build/src` sources, gold or roles files were opened. Two directory listings were "
           "seen: `tests/data/` (the names of the corpus folders and files there) and a recursive listing of "
           "`blind_events_10/` (its event folder names, its scripts and the names of its `build/src/e*/` "
           "files, e.g. `01_wire_2026-04-13.src` and `meta.json`), nothing more. No git command was run. "
           "`check.py`, `build/build.py` and `build/fix_unique.py` are `blind_events_10`'s files with the "
           "corpus name changed; `build/make_readme.py` was rewritten for this corpus. The texts were not "
           "tuned to any tool. All places, countries, languages, institutions, firms, ships, outlets, "
           "artists and people are invented (some invented names, such as Wessland, also occur in earlier "
           "corpora, as their READMEs show); the currencies are real (euros, pounds, dollars). As a "
           "self-test, the gold of each event was fed back to `score.py` as a perfect prediction (one claim "
           "per figure at its span with the gold value, groups = quantities), which gives "
           "extraction_f1=1.000 and link_f1=1.000 for every event.\n")
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
           "explains its judgement calls. The five articles of an event are dated on different days, so "
           "running counts move between them; the translated copy uses European number formats "
           "(`2.300 damaged buildings`, `6,1 million`, `11,8 procent`, `41,3 billion euro`, `1,1620 euro`).\n")
out.append("""What the articles contain, event by event:

* `dalvenia_korvath_earthquake` — a quake before dawn on Monday 7 September; articles from that day to
  the following Monday. The dead as a running count ('at least 58', 'NINETY-SIX' / '96 DEAD', 164, 171,
  184) with Korvath's (131, 137, 149), Lisna's (33, 35) and Ravesk's dead (74, also as a bell rung '74
  times', then 79) and the children as nested parts; the injured (more than 420, 'More than FIVE HUNDRED',
  '1.180', 1,260, 1,310) with airlifted, Wessland, Brennish, Ravesk and still-hospitalised parts; the
  missing falling (about 90, at least 60, 38, 21, four); the main shock's magnitude by two institutes and a
  revision (6.7 -> 6.8 vs 6.9, '6,9', '6.9-magnitude') and its depth (11 -> 13 vs 15 km, '15 KILOMETRES');
  separate magnitudes of the Monday, Tuesday and Thursday aftershocks; aftershock counts (46, more than
  200, more than 380, over 500, more than 650) with those above magnitude 4 as a part; collapsed buildings
  (140 ... 312) within damaged buildings ('2.300', 6,480), Ravesk's 118 inside; people displaced /
  homeless ('More than 5,000', 'EIGHT THOUSAND', 'About 11.000', about 12,500, 14,200) with tents, hotels,
  Ravesk and a football-ground camp as parts; rescuers (1,100, 'TWO THOUSAND', 'around 2.400', 3,100);
  households without power (24,000 -> 6,800); the government's aid (EUR 20 -> 45 -> 75 million), the
  household grant (EUR 300 -> 500) and the state of emergency (30 -> 90 days); Wessland's GBP 2 million
  (= 'about 2,3 million euro') within foreign pledges; damage and insured losses; the 1963 quake's dead
  and magnitude.
* `aurelia_star_oil_spill` — a tanker aground off the island of Skel late on 2 November. The oil spilled
  as one quantity across the owner's 'about 700 tonnes', the coastguard's 'at least 2,000' and 'more than
  5,000', campaigners' 'TEN THOUSAND TONNES' / 'up to ten thousand', the authority's '6.800 tonnes' ('about
  50.000 barrels'), 'nearly 7,000' and 7,400 t ('about 54,000 barrels', range 6,900-8,100); the cargo
  (86,000 t = about 630,000 barrels) vs oil pumped off (9,500, more than 14,000, 78,600); oiled coastline
  (40 KILOMETRES / 25 MILES, 62, 74, 81 km / about 50 miles) with Skel's 18 km as a part; the slick's
  length and area (35 -> 180 -> 70 km2); oiled birds (1,500, '1.900', more than 2,300, 3,200) with dead
  birds and a rescue centre's birds as parts; clean-up workers (about 300 ... 3,600) and vessels (14, 30,
  38, 52) with soldiers, Skel workers and skimmers as parts; the fishing ban's radius vs its area (1,200
  -> 2,100 km2), idled boats and fishermen; the fishermen's monthly advance in three currencies ('around
  GBP 1,550', EUR 1,800, USD 2,070); the insurance cover (GBP 800 million / USD 1 billion / EUR 870
  million) vs the liability cap vs the insurer's advance vs the international fund's limit; the clean-up
  cost (EUR 60-90 million -> EUR 95 million / about USD 110 million); the 1998 Seraphine spill.
* `veltrix_telecom_breach` — a breach disclosed on Tuesday 16 June and revised the next evening. Customers
  affected ('about 4.2 million', 'Four million people', 'SIX MILLION', '6,1 million', 6.4 million) vs
  accounts (7.3 million) vs records (29 million) vs records in a file for sale (4 million); affected
  customers by country (Lorvania '4,3 million', Wessland '1.3 MILLION', Norrmark, Tessaly, Ambria) and in
  one district; bank details (410,000 -> 438,000) and ID numbers (about 180,000 -> 212,000) as corrected
  parts; a net loss of 212,000 customers (same number, different meaning); the share price after the
  announcement (18.32, 17.42, '17,45', 16.90, 14.10) vs the pre-announcement close (19.78), the daily
  falls vs the cumulative fall (11.8 -> 28.7 percent) and the market value erased; turnover, the maximum
  fine (4 percent = EUR 236 million) vs Wessland's own 4 per cent maximum, the record fine of EUR 96
  million (about GBP 83 million) vs the previous record; compensation of EUR 25 in Lorvania vs GBP 20 in
  Wessland, consumer demands and a group action's GBP 2,000 per customer and GBP 2.6 billion; calls to a
  call centre (NINETY THOUSAND vs 87,000); local scam reports and losses.
* `castriana_heatwave` — a heatwave from 12 to 27 July. Temperatures tied to place and day (Benarra's
  46.3C on Sunday, Alcora's 46.8C = 116F on Tuesday, the 2019 record 45.9C, night minima, forecasts);
  how long Benarra held the record ('two days', 'For two days'); excess deaths as a running estimate
  (about 380, 'TOP SIX HUNDRED', '1.040' with range 870-1,210, about 1,180, about 2,310 with range
  2,040-2,580) with provinces and the ministry's confirmed heatstroke deaths (14, 23, 27, 31, 52) as parts,
  the Wessland tourists inside; the over-75 share (81 -> 78 percent); hospital admissions (1,240 ...
  4,800) with one hospital's 610; daily power peaks (48.7, 49.6, '49,1' GW) vs the 2023 record (47.9) and
  a normal peak; a blackout (180,000 -> 186,000 households; 'up to FOUR HOURS' vs 'more than five hours');
  fires burning on a day (37, 58) vs all fires in July (412); burned area in hectares and acres (about
  4,200 ha, 28,000 ACRES, '11.500', 19,800 ha / about 49,000 acres); reservoirs now (41, 39, 36 percent)
  vs a year ago (63); municipalities with water restrictions (112, 168, 203); farm losses (more than EUR
  600 million -> EUR 850 million).
* `wessland_march_inflation` — March CPI published on 15 April and corrected on 13 May. The March annual
  rate (3.4 percent, '3.4%', '3,4 procent', corrected to 3.3) vs February (3.1), April (3.6), March 2025
  (2.6) and the 2022 peak (9.6); core (3.0 -> 2.9; 'core at three') vs February and April; monthly
  changes (March 0.6 -> 0.5 vs April 0.5, February 0.4, March 2025 0.3); food (5.2, 'FIVE PER CENT',
  'above five percent') and energy (7.9) vs their February and April values; economists' consensus and
  range; the index level; petrol (152.4 pence = GBP 1.52) vs Carnford's prices; the Bank of Wessland's 2
  percent target vs Norrmark's 2 procent; the Bank rate (3.75 -> 4.0) and its forecasts (3.5 in February,
  3.9 in May); same numbers with different meanings (energy's 7.9 percent vs a shopping basket's 7.9
  percent rise; February's 3.1 percent vs Carnford pay growth of 3.1 vs April core 3.1); a tabloid
  basket, a food bank's parcels, bus fares, council tax and a loaf.
* `juno_kaye_glasshouse_tour` — four nights in Caldwick (11-14 June) and three in Penmarr (17-19 June).
  Tickets sold (277,600; '156.000') vs attendance (276,400, '276.400', '276,000 of you'; 155,200), the
  opening night (68,900) and the finale (69,380) vs the average per night ('SEVENTY THOUSAND fans a
  night', '69.100'); every mention of the run's length (four-night, 'the four concerts', 'FOUR shows',
  'Four nights'; Penmarr's three nights); tour-wide tickets (3.1 -> 3.4 million) and shows (58 -> 64);
  projected gross (about USD 1.2 billion / 'around 1,1 billion euro' / 'OVER A BILLION DOLLARS' -> USD
  1.35 billion / about GBP 1.06 billion) vs gross to date; price ranges in two markets (GBP 65-245, EUR
  59-219) and the top face value (GBP 245 / about EUR 285); resale of a single ticket (up to GBP 1,200) vs a
  pair (GBP 3,000 A PAIR) vs the average (GBP 412) vs Penmarr's 'up to 1.400 euro' and the legal cap;
  arrests (seven, ELEVEN, 23) with touting and drugs as parts; people treated by paramedics (112 / 'more
  than ONE HUNDRED', more than 400, 418) with hospital cases as a part; Caldwick's impact (GBP 52 -> 58
  million) vs Penmarr's (EUR 31 million / about GBP 26 million); hotel prices, trains, litter, pints.
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

These follow the conventions described in `blind_events_10`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in
  headlines as well as in the body: `NINETY-SIX`, `More than FIVE HUNDRED`, `EIGHT THOUSAND`, `TWO
  THOUSAND`, `TEN THOUSAND TONNES`, `FOURTEEN TIMES`, `QUARTER OF A MILLION`, `SEVENTY THOUSAND`,
  `FORTY-FOUR SONGS`, `Forty-one`, `Seventeen people`, `Dad-of-three`, `Mum-of-two`, `Mum-of-three`,
  `220-bed`, `250-metre`, `46-kilometre`, `12-hour shifts`, `30-day`, `four-night`, `11-day`, `55-litre`,
  `6.9-magnitude`. Ratios and multiples are figures (`twice` what a bakery made before, `eight times` the
  previous record fine, `nearly three times` the face value, `more than three times` the usual admissions;
  `a rise of half a point`), and so are counts of events in words (`raised its emergency aid twice`, `Two
  further corrections`) and frequencies (`twice a day`). Durations that measure the event are figures (a
  girl trapped `31 HOURS`, the blackout `up to FOUR HOURS`, the heatwave's `16 days`, the attackers'
  `12 days` of access, a test server exposed `about 14 months`, a ban `at least 30 days`). Every mention of
  the length of a concert run is a figure (`four-night`, `the four concerts`, `FOUR shows`, `Four
  nights`). Not figures: calendar years, dates (`9 June`, `Monday the 20th`), weekdays, months, clock
  times (`04:12`, `23:40`, `nine in the morning`, `2.14am`, `noon and 5pm`), the index base `2015 = 100`,
  the base of a comparison (`on a £10,000 contract`), ordinals (`second-largest`, `the SECOND time`,
  `fifth`, `the second quarter`, `the second half of 2027`), `one` as a pronoun and in idioms (`one of the
  largest`, `one by one`, `on day one`, `One tout`, `One woman`), `BREAK IN TWO`, `EVERY`, `the two
  provinces` / `the two countries` (= both), `hundreds`, `millions`.
* **Quote.** The exact text around the figure, including the hedge or bound word (`at least 58`, `more
  than 420`, `about 90 people`, `nearly 300 buildings`, `some 6,800`, `TOP SIX HUNDRED`, `up to TEN
  THOUSAND TONNES`, `an estimated QUARTER OF A MILLION`, `could hit 48C`, `at most 10 procent`, `under
  £100`, `roughly £39 million`, `around 1,1 billion euro`) and often the counted noun; extended with a
  neighbouring word until `text.find(quote)` hits the annotated occurrence when the same string appeared
  earlier (`to about 4.2 million customers` after the headline's `about 4.2 million`, `spilled at least
  2,000 tonnes`, `rose to 3.4 percent`, `was 3.3 percent`, `to 90`, `Koval, 7`, `groups of 200` after
  `3,200`, `is 2 per cent` after `5.2 per cent`, `is £10` before `£10,000`). Quotes never overlap.
* **Value.** Normalised to a plain number: `2.300` -> 2300, `6,1 million` -> 6100000, `11,8 procent` ->
  11.8, `41,3 billion euro` -> 41300000000, `1,1620 euro` -> 1.162, `£3.4million` -> 3400000, `£58m` ->
  58000000, `QUARTER OF A MILLION` -> 250000, words -> digits. A range is one figure (value = low, high
  set): `6,900 to 8,100 tonnes`, `between 870 and 1.210`, `between €150 million and €400 million`, `two to
  three weeks`, `8 to 10 degrees`, `£65 to £245`, `between 59 and 219 euro`. A change written 'from €20
  million to €45 million' or 'from £1.45 to £1.60' is two figures. The value is the number as printed,
  with no unit conversion (`116F` -> 116 degrees F, `25 MILES` -> 25 miles, `28,000 ACRES` -> 28000 acres,
  `£1.52` -> 1.52 GBP beside `152.4 pence`) and no sign added from words (`fell by 11,8 procent` -> 11.8).
  Percentages are in percent units. Rounded restatements keep the printed number: the tabloid headline's
  `FIVE PER CENT` for the official 5.2 is 5 (bound `=`), the economist's `above five percent` is 5 (bound
  `>`), the local paper's `nearly 7,000 tonnes` is 7000, `Four million people` is 4000000. Vague words are
  given a nominal value only when optional (`about a third` -> 33 percent, `a handful` -> 5, `Halfway` ->
  50 percent); look-backs in weeks keep the printed unit (`A week after` -> 1 week).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: the tabloid's `TEN THOUSAND
  TONNES` headline, `SIX MILLION`, `4.2 million people there`); `~` about / around / roughly / nearly /
  almost / some / an estimated; a hedge before a conversion covers only what it precedes (in '£245 (about
  €285)' the pounds are `=` and the euros `~`; in '€40 million ($46 million)' both are `=`; in 'could hit
  48C (118F)' the Fahrenheit value is `=`); `>` more than / over / above / top; `>=` at least; `<` under /
  less than; `<=` up to / within / at most / could hit; `range` for 'X to Y' and 'between X and Y'. `low`
  is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise.
* **Optional** (count neither way): ages (`58`, `seven`, `62-year-old`, `19-year-old` for the tanker,
  `31-year-old`); age and measurement thresholds that define a measure (`over 75`, `above 40C`, `above
  magnitude 4`, `magnitude 6 or above`, `under 16`, a `one-day` drop, `A week` and a family `of four`
  defining a holiday price); look-backs and time windows (`Three days after`, `A week after`, `Ten days
  after`, `eight days ago`, `TWO DAYS ago`, `five weeks ago`, `a month ago`, `a week earlier`, `two days
  earlier`, `Five years ago`, `in two years`, `in two months`, `in four days`, `in a week`, `the last
  fortnight`, `24 HOURS` of an appeal, `two hours` for felt reports, `over the four days`, `in two
  nights`, `SIXTY-THREE YEARS`, `more than half a century`, the singer's `four years` since her last
  tour); years of habit (`41 years` in a house, `34 years` of fishing, `20 years` of holidays, `18 months`
  since a price rise); and vague shares (`more than half`, `less than half`, `about a third`, `more than a
  third`, `about a fifth`, `nearly a fifth`, `a handful`, `Halfway`, `between a quarter and a half`).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: the dead, injured, missing, displaced,
    collapsed and damaged buildings, aftershocks, rescuers and households without power; oiled coastline,
    slick area, oiled and dead birds, clean-up workers and vessels, oil pumped off, idle boats; the share
    price after the announcement, the cumulative share fall and the market value erased; excess deaths,
    heatstroke deaths, admissions, burned area, reservoir levels, municipalities with restrictions;
    arrests and medical cases over a concert run, tour-wide tickets and shows;
  - *a statistic and its revision or correction* are one quantity (March inflation 3.4 -> 3.3, March core
    3.0 -> 2.9, March month-on-month 0.6 -> 0.5; the main shock's magnitude 6.7 -> 6.8 and depth 11 -> 13
    km; breached tanks two -> three; affected customers 4.2 -> 6.1 -> 6.4 million; bank details 410,000 ->
    438,000; the blackout's households 180,000 -> 186,000; the over-75 share 81 -> 78 percent);
  - *estimates of one amount* are one quantity: two institutes' magnitudes and depths; the owner's,
    coastguard's, campaigners' and authority's tonnes of oil, with the authority's uncertainty range;
    the health institute's excess-death estimates with their ranges; two counts of calls on one day
    (NINETY THOUSAND vs 87,000); two durations of one blackout; top and usual hotel prices from two
    sources; the tabloid's and the promoter's attendance per night;
  - *the same amount in another currency or unit* (pounds / euros / dollars; tonnes / barrels;
    kilometres / miles; hectares / acres; Celsius / Fahrenheit; pence / pounds);
  - *a budget, price, fund, forecast or estimate that is revised* is one quantity (emergency aid EUR 20
    -> 45 -> 75 million; the household grant EUR 300 -> 500; the state of emergency 30 -> 90 days; the
    fishing-ban area 1,200 -> 2,100 km2; the clean-up cost range -> EUR 95 million; the analysts' breach
    cost range; farm losses; the Caldwick impact GBP 52 -> 58 million; the projected tour gross USD 1.2 ->
    1.35 billion; a bus fare and a loaf's price).

  Different quantities: a sub-count (Ravesk's dead within Korvath's within the nation's; Skel's oiled
  shore; the Dunmere district's customers within Wessland's; a province's excess deaths; touting arrests);
  figures tied to a distinct day, month or place (each aftershock's magnitude; Monday's, Tuesday's and
  Wednesday's power peaks; Benarra's Sunday reading vs Alcora's Tuesday record; February, March and April
  inflation; wildfires burning on Monday vs on Wednesday vs all fires in July; opening night vs the
  finale vs the average per night; Wessland's vs Lorvania's maximum fine share; Wessland's vs Norrmark's
  inflation target; this year vs 1963, 1998, 2019, 2022 or 2023); a different base or unit (customers vs
  accounts vs records; tickets sold vs attendance; a ticket vs a pair; the ban's radius vs its area;
  cumulative vs daily share falls; price ranges in two markets, which are not conversions; compensation
  of EUR 25 in Lorvania vs GBP 20 in Wessland); equal values that measure different things (212,000 ID
  numbers vs a net loss of 212,000 customers; energy inflation 7.9 vs a basket's 7.9 percent rise; the
  revised March month-on-month 0.5 vs April's 0.5); and populations and capacities beside event counts
  (Ravesk's inhabitants, hospital beds, the cargo, all customers, provinces, filling stations, crew).
* **Roles** (`roles.json`). `population`: a standing stock (inhabitants, hospital beds, the tanker's
  cargo, crew and tanks, all customers and countries of operation, call-centre staff, provinces,
  schools, pupils, tourists present, children of a quoted person); `total`: an event count that at least
  one annotated quantity is part of; `part`: a sub-count, with `part_of` set (a part may itself have
  parts: Ravesk's dead -> Korvath's dead -> the dead; the football-ground camp -> Ravesk's displaced ->
  the displaced; Wessland tourists' heatstroke deaths -> Benarra province's -> all heatstroke deaths ->
  excess deaths; the Dunmere district -> Wessland's affected customers -> all affected customers; Skel's
  dead birds -> dead birds -> oiled birds); `count`: a count of what happened not in a part/whole
  relation; `other`: measures, rates, shares, money, durations, levels, ratios, prices, forecasts.
  `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e6/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, clock times, the index base, the base of a
comparison, pronoun and idiom uses of 'one', 'BREAK IN TWO', 'hundreds', 'millions', 'the two provinces'
/ 'the two countries', 'second quarter' and 'second half'); `python3 build/fix_unique.py e1 ...` is an
annotator's helper that extends a quote with neighbouring words when `text.find(quote)` would hit an
earlier occurrence (its changes were reviewed by hand, and awkward extensions were rewritten);
`python3 build/make_readme.py` regenerates this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
