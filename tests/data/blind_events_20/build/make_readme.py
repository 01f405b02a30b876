#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["caddran_atc_failure", "larkmoor_supermarket_results", "castelbrun_wildfire_smoke"]
DOMAIN = {"caddran_atc_failure": "1. an air-traffic-control system failure grounding and delaying flights at several airports of one country over two days: cancellations, delays and diversions as running counts, per-day, per-airport and per-airline parts, passengers affected and stranded overnight, hours of outage, the airlines' cost estimate against the operator's, compensation per passenger and claims",
          "larkmoor_supermarket_results": "2. a supermarket chain's quarterly results with store closures and job cuts announced in two rounds: sales, profit, margin, like-for-like change, guidance and dividend, stores closed of the total by region and abroad, jobs cut by region and by site, the union's wider count with contract workers, savings and charges, share-price moves",
          "castelbrun_wildfire_smoke": "3. a week-long wildfire-smoke air-pollution episode over a capital: daily and hourly PM2.5 readings against the limit, the WHO guideline and an emergency threshold, days above the limit, hospital admissions and emergency calls as running counts with children and the elderly as parts, schools closed of the total, flights diverted, masks distributed, the city's population as a stock"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper"}
SELFTEST = {"caddran_atc_failure": (169, 169), "larkmoor_supermarket_results": (188, 156),
            "castelbrun_wildfire_smoke": (165, 190)}

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
out.append("# blind_events_20 — hand-annotated fictional news coverage\n")
out.append("Three invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to those `blind_events_19`'s README "
           "lists (a mass protest march against a pension reform, a company's layoffs announced in rounds, a "
           "regional election; and, for earlier corpora, a container ship fire in a port, a national minimum "
           "wage decision, a hailstorm hitting a city, a city marathon in a heatwave, a chemical plant "
           "explosion, an inflation release and its revision, a teachers' strike, a data-centre power outage "
           "and a national referendum), and different from one another: an air-traffic-control failure, a "
           "supermarket chain's quarterly results with closures, and a wildfire-smoke pollution episode. The "
           "supermarket event includes job cuts in two rounds, as the brief required; unlike the industrial "
           "layoffs of `blind_events_19` it is built around a retailer's results (sales, like-for-like change, "
           "margin, guidance) and store closures of a store estate.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/`, `/work/main/benchmarks/`, `/work/main/scripts/`, "
           "`/work/main/.git`, `/work/main/tests/core` or `/work/main/tests/ui` was opened, listed or searched, "
           "no git command was run, and no search, retrieval or code-index tool was used. `/work/main/tests/data/` "
           "was not listed: this folder was created with `mkdir -p` on its full path. The only files opened "
           "outside this folder were, for the format: `/work/shared/eval/score.py` (in full, and run for the "
           "self-test below); `/work/shared/eval/seeds_gold.json` (only its top-level keys, its `event` and "
           "`notes` strings, its first four figures and its first four quantities, printed with a Python "
           "one-liner); and, from `blind_events_19`, exactly the files the brief allowed, each opened by its "
           "full path: `README.md`, `check.py`, `build/build.py`, `build/make_readme.py` and "
           "`build/fix_unique.py` (where the terminal display cut the middle of `README.md` and of "
           "`build/make_readme.py`, the missing lines of the same files were printed with `sed -n`). "
           "`blind_events_19`'s README was read again only by a script that extracted its capitalised words to a "
           "temporary file under `/tmp/b20/`, so that this corpus's articles could be checked against them and "
           "none of its names reused. No directory under `blind_events_19` was listed (not even `build/`), none "
           "of its articles, sources, gold or roles files were opened, and no other corpus was looked at. "
           "`check.py` and `build/build.py` are `blind_events_19`'s files with the corpus name changed "
           "(`check.py` already expected three events); `build/fix_unique.py` names no corpus and is unchanged; "
           "`build/make_readme.py` follows `blind_events_19`'s structure, rewritten for this corpus. The "
           "annotation conventions of `blind_events_19`'s README were followed (restated below with this "
           "corpus's examples). The texts were written as the outlets would write them and were not tuned to any "
           "tool. All places, countries, languages, institutions, firms, unions, outlets and people are invented "
           "(the invented countries are Tavrenia and Vaskeland for the air-traffic failure; Drevania and "
           "Sollmark for the supermarket; Merevia and Arvenland for the smoke). No capitalised proper name that "
           "appears in `blind_events_19`'s README is reused; the only capitalised words the articles share with "
           "it are ordinary English words (weekdays, months, sentence-initial words such as 'The', 'A', 'About', "
           "'All', 'At', 'More', 'Not', 'These', 'This', 'What', 'Two', 'Three', 'Five', 'Figures', 'Shares', "
           "'Regional' and 'By', 'Street' in 'High Street', 'Union' in the invented General Union of Retail Staff, "
           "'Mum' in 'Mum-of-two', and tabloid capitals such as 'QUARTER OF A MILLION', 'PER CENT', 'UP TO', "
           "'TIMES', 'SECOND', 'JOBS' and 'Jobs axed'). The currency is the euro throughout. As a self-test, the "
           "gold of each event was fed back to `score.py` as a perfect prediction (one claim per figure at its "
           "span with the gold value, low, high and bound, groups = quantities; the conversion script was a "
           "temporary file under `/tmp/b20/`, outside the repository), which gives extraction_f1=1.000 and "
           "link_f1=1.000 for every event (" + "; ".join(
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
           "formats (`around 6.500`, `2,4 million euros`, `about 31.000 passengers`, `2.870 flights`, `1.490 on "
           "Friday`, `about 430.000`, `1.500 kilometres`, `more than 1.300 enquiries`, `about 1,1 million`; "
           "`2.300 jobs`, `around 41.000 people`, `2,1 percent`, `3,84 milliard euros`, `3,4 percent`, `1,6 "
           "percent`, `13,6 percent`, `2,21 euros`, `8,5 million euros`, `7,3 percent`; `around 58.000 "
           "hectares`, `1.410 people`, `around 9.600 emergency calls`, `2,4 million inhabitants`, `1,1 million` "
           "masks, `About 2.900 firefighters`, `4.100 inhabitants`).\n")
out.append("""What the articles contain, event by event:

* `caddran_atc_failure` — the flight-data system of the Mossbank area control centre (TANS) fails on Friday
  8 July 2044 at 05:40 for almost nine hours ('NINE-HOUR', 'Hours of first outage: 9') and again on Saturday
  for four hours (a combined 13 hours over two days; the backup took 47 minutes and crashed; 'Two failures' /
  'twice'); articles to 16 July. Cancellations as a running count (more than 1,200 -> '2,100 FLIGHTS AXED' /
  at least 2,100 -> 2,870 -> more than 3,000 -> 3,046) with Friday's (1,480 -> 1,490 -> 1,512) and Saturday's
  (more than 600 -> 1,380 -> 1,534) inside, and parts by airport (Caddran Weald at least 610 -> 1,420 -> 1,466;
  Bressing about 300 -> 520 -> 812; Port Esker 140 -> 377; Lowmarsh 118 of 164 scheduled), by airline (Fenwing
  280 -> 410 -> 702) and on Vaskish routes (212 = more than 200, Skarvair's 74 inside); delays (about 2,300 ->
  more than 3,500 -> around 4,900 -> 5,260); diversions (37 -> 51 -> 52, nine at Vestrum inside); passengers
  affected (more than 200,000 -> 'QUARTER OF A MILLION' -> about 430,000 -> more than 400,000 -> some 455,000)
  with those stranded overnight (at least 14,000 -> an estimated 16,000), the sleepers at Caddran Weald (3,200
  -> about 3,500) and Lowmarsh (about 400), Lowmarsh's 2,900 and the Vaskish routes' 31,000 inside; capacity
  cut to 20 per cent, arrivals 12 an hour against 46; 4,600 flights on a normal day, 110,000 passengers a day
  at Caddran Weald, 1,350 controllers with about 230 on duty; the airlines' cost (EUR 120m / at least EUR 120m
  -> EUR 135m) against TANS's (around EUR 50m; between EUR 50m and EUR 60m) with hotels and meals (EUR 30m),
  compensation (about EUR 55m) and Fenwing's EUR 23m inside; Skarvair's EUR 2.4m; compensation rules (EUR
  250 / 400 / 600, 1,500 and 3,500 km, three hours; Vaskeland's 200 to 500 euros) and claims (more than 8,000
  -> about 26,000, Lowmarsh's 1,100 inside); Fenwing shares (3.8 per cent on the day, 6.1 over the week); the
  EUR 310m upgrade two years late; the 30-day review; the 2037 fault (about 900 flights; 'more than three
  times'); Lowmarsh's airport, hotel, taxi and shops; Vaskish travellers and package holidays.
* `larkmoor_supermarket_results` — Larkmoor's third-quarter results in Marrowgate, Drevania, on Wednesday 4
  November 2043 and two rounds of cuts (4 and 25 November); articles to 29 November. Sales EUR 3.84bn (down 2.1
  per cent), like-for-like down 3.4 per cent (1.2 in the previous quarter; 2.0 = 2 per cent expected),
  underlying operating profit EUR 61m against EUR 112m (down 46 per cent = 'PLUNGED 46 PER CENT'), margin 1.6
  against 2.9 per cent (3 per cent target), net profit EUR 18m against EUR 74m, guidance EUR 240m-260m against
  about EUR 330m, dividend 2 against 5.5 cents; market share 17.8 against 19.1 per cent (22 in 2031; Brannock
  11.2 against 9.4); shares down 13.6 per cent to EUR 2.14 (EUR 290m wiped off; EUR 2.21 on Friday), up 4.1 per
  cent on the second round, down 31 per cent since January. First round: 46 of 388 stores (North 15, Capital 11,
  East Coast 10, South five, Sollmark five of 27) and 2,300 jobs (760, 560, 490, 250 and 240; up to 900
  transfers, about 90 in Sollmark; Cobbeck's 64 staff); 342 stores left. Second round: 19 stores (eight in the
  North) and 1,150 jobs (420 head office, 380 at the Tanbridge depot with about 120 moving, 350 in stores).
  Together 65 stores and 3,450 jobs (roughly 8 per cent of about 41,000 staff), 323 stores left. The union's
  counts with contract workers (at least 2,900 with 600; 4,100 with 650; about 50 in Sollmark); charges (EUR 95m
  with EUR 40m redundancy; EUR 45m), savings (about EUR 70m a year inside about EUR 110m; Sollmark's about EUR
  6m), EUR 150m of price cuts on about 1,200 products; the CEO's EUR 2.7m; redundancy pay (two weeks a year;
  the union wants four); Sollmark's stores, staff, sales, loss, notice and unemployment; Cobbeck's 38,000
  people, 7.9 per cent unemployment and more than 400 = 444 local jobs.
* `castelbrun_wildfire_smoke` — smoke from the Lisk Hills fires in Arvenland over Castelbrun, capital of
  Merevia, Monday 12 to Sunday 18 September 2044; articles 13-20 September. PM2.5 daily averages at Graywick
  Square (Monday 148, Tuesday 231, Wednesday 318 after a forecast 'could top 300', Thursday 276, Friday 187,
  Saturday 94, Sunday 38) against the 25 limit, the WHO's 15 and the 150 emergency threshold (four days
  above it); the running hourly peak (402 -> 486 -> 531); ratios ('more than nine times' on Tuesday; 'TWELVE
  TIMES', 'almost 13 times', 'nearly 13 times' on Wednesday; 'nearly TWENTY times' for the hourly peak; 'more
  than 20 times' the WHO guideline; 'almost three times' 2037's 190); days above the limit (two -> three ->
  five -> six -> seven); hospital admissions (286 -> 600 / more than 600 -> 1,410 -> 1,690 -> 1,980) with
  children (74 -> 170 -> 390 -> 540), over-65s (118 -> 610 -> 860) and Wrenfold General's 212 (63 children,
  three in intensive care) inside; emergency calls (about 3,100 -> nearly 5,000 -> around 9,600 -> more than
  10,000 -> 11,450) with Wednesday's 2,380 and Wrenfold's about 700 inside, against about 1,400 calls a day
  normally; deaths (two -> three); schools closed (214 -> 430 -> 598) of 612, Wrenfold's 37 inside, about
  310,000 pupils at home; masks distributed (about 150,000 -> more than 400,000 -> 1.1 -> 1.2 -> 1.3 million,
  Wrenfold's 60,000 and a chemist's 2,000 inside; 2 million more ordered) at 480 pharmacies, beside the city's
  2.4 million people and the metropolitan area's 3.3 million; flights diverted (23 -> 48 -> 77 -> 81) and
  cancelled (120 -> 164); the fires (about 41,000 -> 58,000 -> 63,000 hectares, nine of 23 still burning, 14
  aircraft with Merevia's two, 2,600 -> 2,900 firefighters, 4,100 evacuated from eleven villages, EUR 15m of
  aid); rain; retail down about 40 per cent and about EUR 90m lost; Wrenfold's readings, pupils, pharmacies
  and residents.
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

These follow the conventions described in `blind_events_19`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in headlines
  as well as in the body and in tabloid fact boxes (`2,100 FLIGHTS AXED`, `QUARTER OF A MILLION`,
  `NINE-HOUR`, `Thirty-seven flights`, `Fifty-one`, `Flights cancelled: 2,100+`, `2,300 JOBS`, `46 STORES`,
  `PLUNGED 46 PER CENT`, `€2.7MILLION`, `Stores left: 342`, `TWELVE TIMES`, `600` in a headline, `Schools
  shut: 430`, `Sixty-three`, `Mum-of-three`, `Mum-of-two`, `Dad-of-three`, `four-hour`, `30-day`,
  `180-kilometre`). Ratios and multiples are figures (`more than three times` as many cancellations as in
  2037, `more than nine times` the limit, `nearly TWENTY times`, `almost 13 times`, `more than 20 times`,
  `almost three times`), and so are counts of occasions (`Two failures`, `twice`, `ran out three times`,
  `twice a day`). Durations that measure the event are figures (`almost nine hours`, `four hours`, `13
  hours`, `47 minutes`, `two days` of disruption, `19 hours` and `11 hours` of waiting, `five days` of halted
  building work, `within 30 days`). Counts written as words are figures where they count (`Two failures`,
  `five` stores in the South, `eight of them`, `eleven villages`, `nine` fires still burning, `three
  patients` in intensive care, `two water-bombing aircraft`, `TWO planes`, `two buses`, `a dozen`
  cigarettes). Not figures: calendar years (2026, 2031, 2037, 2043, 2044, 2046, 1994, 'the 1990s'), dates
  (`July 8`, `Nov 4`, `October 15`, `November 4`, `March 30`, `6 September`, `Sept 13`), weekdays, clock
  times (`05:40`, `14:25`, `07:10`), ordinals (`a SECOND time`, `the second failure`, `second-largest`,
  `third quarter`, `second round`, `second wave`, `first round`, `a second day`, `a second respiratory ward`,
  `40th` wedding anniversary, `first weekend`, `first holiday`, `the first sign`), names that contain
  digits (`PM2.5` / `PM2,5`, `FFP2`), pronoun uses of small numbers (`the two days`, `the two countries`,
  `the two rounds`), `one` as a pronoun or in idioms (`the nearest one`, `This one`, `at one point`),
  `a single fault`, `a single control centre`, `double shifts`, and vague words without a number (`tens of
  millions of euros`, `thousands of Vaskish travellers`, `hours`, `a week` without a look-back).
* **Quote.** The exact text around the figure, including the hedge or bound word (`more than 1,200
  flights`, `at least 610 flights`, `About 2,300 other flights`, `an estimated 16,000 people`, `some 455,000
  passengers`, `between €50m and €60m`, `UP TO €600`, `within 30 days`, `Up to 900`, `at least 2,900`,
  `more than 400`, `roughly 8 per cent`, `at least 40 more`, `never exceeded a market share of 4 percent`,
  `more than nine times`, `nearly TWENTY times`, `top 300`, `at least 20 millimetres`, `more than 10,000`)
  and often the counted noun; in fact boxes the label is part of the quote (`Flights cancelled: 2,100+`,
  `Hours of first outage: 9`, `Of which hotels and meals: €30m`, `Union's count: 2,900`, `Profit: down
  46%`, `Days over the limit: 3`, `Children admitted: 170`); extended with a neighbouring word until
  `text.find(quote)` hits the annotated occurrence when the same string appeared earlier (`three hours or`,
  `nine diverted`, `in two days`, `11 in`, `40 million for`, `240 employees will`, `240 Larkmoor`, `15
  northern`, `two water-bombing`, `two of`, `three patients`, `lasted seven`, `guideline of 15`, `Monday
  148` ... `Sunday 38` in a list of daily averages). Quotes never overlap, and two figures are never put in
  one quote (`[118 of its] [164 scheduled flights]`, `[46 of its] [388 stores]`, `[five of its] [27
  stores]`, `[214 of its] [612 schools]`, `[Schools shut: 430] of [612]`, `[65 of its] [388 stores]`).
* **Value.** Normalised to a plain number: `around 6.500` -> 6500, `2,4 million euros` -> 2400000, `3,84
  milliard euros` -> 3840000000, `2,1 percent` -> 2.1, `1,1 million` -> 1100000, `€120MILLION` -> 120000000,
  `€2.7m` -> 2700000, `€3.84bn` -> 3840000000, words -> digits (`QUARTER OF A MILLION` -> 250000,
  `Thirty-seven` -> 37, `Sixty-three` -> 63, `a dozen` -> 12). A range is one figure (value = low, high
  set): `between €50m and €60m`, `between 200 and 500 euros`, `between 240 million and 260 million euros`,
  `€240m-€260m`, `two or three days`. A change written 'from 19,1 percent to 17,8 percent' or '2.9 per cent
  ... 1.6 per cent' is two figures. The value is the number as printed, with no unit conversion (`1,500km`,
  `95 kilometres`, `two weeks' wages`) and no sign added from words (`fell 3.4 percent` is 3.4; `down 46%`
  is 46). Percentages are in percent units; PM2.5 readings in µg/m³. Vague shares are given a nominal
  value only when optional (`one in five` -> 20, `one store in six` -> 16.67, `more than two-thirds` ->
  66.67, `less than a quarter` -> 25, `Fewer than one in a thousand` -> 0.1).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `2,100 FLIGHTS AXED`, `QUARTER
  OF A MILLION`, `NINE-HOUR`, `PLUNGED 46 PER CENT`, `TWELVE TIMES`, `a dozen`); `~` about / around /
  roughly / nearly / almost / some / an estimated; `>` more than / over / top / `2,100+`; `>=` at least;
  `<` fewer than / less than; `<=` up to / UP TO / within / never exceeded; `range` for 'X to Y', 'between X
  and Y', 'X-Y' and 'X or Y'. `low` is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null
  otherwise. Rules and thresholds written exactly keep `=` and their quote leaves out the word that states
  the rule's direction: the compensation of `€250` / `€400` / `€600`, the distance bands `1,500km` / `1.500
  kilometres` ('up to') and `3,500 kilometres` ('over'), the `three hours` ('or more') of delay, the daily
  limit of `25`, the WHO's `15`, the emergency threshold of `150 micrograms`, the redundancy rule of `two
  weeks' pay`. 'UP TO €600' / 'up to 600 euros', describing what a passenger could be owed, keep `<=`;
  'Max compensation per passenger: €600' is `=`.
* **Optional** (count neither way): ages (`38`, `71`, `52`, `31`, `78`, `44`, `36`, Leo's `seven`, `81`)
  and ages that define a group (`over 65`, `older than 65 years`); years of habit or service (`Forty
  years` on radar systems, `19 years`, `17 years`); look-backs and windows (`first holiday in four years`,
  `three years ago`, `eleven years ago`, `three weeks after`, `In the space of three weeks`, `more than a
  decade`, `a week ago`, `within one year`); periods and units that define a measure (`three months` of a
  quarter, `12 weeks` of market-share data, the `24 hours` of a daily average, `in one hour`); Sollmark's
  notice rule for more than `ten years` of service; the advice to keep `at least a week's` medicine; and
  vague shares (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: cancellations, delays, diversions,
    passengers affected, Fenwing's and each airport's cancellations, claims; admissions, emergency calls,
    deaths, schools closed (with the broadsheet's day-by-day recap 214 / 430 / 598), masks distributed,
    flights diverted and cancelled, the burned area, days above the limit and the running hourly peak
    (402 -> 486 -> 531);
  - *a statistic and its revision* are one quantity (Friday's cancellations 1,480 -> 1,490 -> 1,512; the
    airlines' cost EUR 120m -> EUR 135m; Fenwing's cost);
  - *estimates of one amount* are one quantity, including rival estimates and projections: the airlines'
    cost by the airline council and by TANS; the Wednesday average forecast ('could top 300') and measured
    (318), and the ratios quoted with them ('TWELVE TIMES', 'almost 13 times');
  - *the same amount in other words* ('QUARTER OF A MILLION' and 'a quarter of a million people'; 'Two
    failures' and 'twice'; 'PLUNGED 46 PER CENT', 'a drop of 46 percent' and 'Profit: down 46%'; the
    episode's 'Seven days of smoke' and 'seven consecutive days' above the limit, since every day of the
    episode exceeded it).

  Different quantities: a sub-count (Friday's and Saturday's cancellations, each airport's, Fenwing's and
  the Vaskish routes' inside the national count, Skarvair's inside the Vaskish routes'; those stranded
  overnight inside passengers affected and the sleepers at Caddran Weald and Lowmarsh inside those; Vestrum
  inside the diversions; hotels and meals, compensation and Fenwing's bill inside the airlines' cost;
  Lowmarsh's claims inside claims; each round's stores and jobs inside the totals, regions, Sollmark, head
  office, depot and store jobs inside their round, Cobbeck's 64 inside the North's 760; transfers inside the
  jobs cut; contract workers inside the union's counts; redundancy inside the charge; first-round savings
  inside the total and Sollmark's inside those; children, over-65s and Wrenfold's patients inside
  admissions; Wednesday's and Wrenfold's calls inside emergency calls; Wrenfold's schools and masks inside
  the city's; Merevia's two aircraft inside the 14; fires still burning inside the 23); figures tied to a
  distinct time, place or window (Friday's outage vs Saturday's vs the combined 13 hours; each day's PM2.5
  average; Tuesday's ratio vs Wednesday's; Wrenfold's readings vs Graywick Square's; this quarter vs a year
  earlier vs the previous quarter; the share fall on results day vs the rise on the second-round day vs
  since January; the Friday close vs results-day close; 2037 and 2031 figures); a different scope or base
  (the company's 2,300 and 3,450 jobs vs the union's 2,900 and 4,100 with contract workers; the council's
  cost estimate vs Skarvair's own; the city's admissions vs Wrenfold General's; masks distributed vs the 2
  million ordered); equal values that measure different things, within one event (12 arrivals an hour vs
  12 buses vs 12 rooms; 23 guests vs 23 buses; about 400 sleepers at Lowmarsh vs about 400 rebooked
  package-holiday customers; 'two years' of delay vs 'two days' of disruption vs 'Two failures'; the 46
  stores vs the 46 per cent profit fall; five stores in the South vs five in Sollmark; 2 cents vs two
  buses; about 140 building sites vs about 140 cancelled operations; 23 flights diverted vs 23 fires; three
  days above the limit vs three deaths vs three patients in intensive care); and populations and
  capacities beside event counts (4,600 flights on a normal day, 110,000 passengers a day, 1,350
  controllers, 14 carriers, Lowmarsh's 164 scheduled flights, 640 staff and 1.9 million passengers a year;
  388, 342 and 323 stores, 27 and 22 Sollish stores, about 41,000 staff, 1,150 in Sollmark, 26,000 union
  members, the towns' 38,000 and 4,800; Castelbrun's 2.4 million people against 1.3 million masks, the
  metropolitan 3.3 million, 612 schools, 480 pharmacies, Wrenfold's 41,000 residents).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (populations, staff and workforces,
  union members, stores and schools, pharmacies, scheduled flights and normal daily traffic, controllers
  employed, airlines in a council, hotel rooms, residents of a home, a parent's children); `total`: an event
  count or amount that at least one annotated quantity is part of; `part`: a sub-count or sub-amount, with
  `part_of` set (a part may itself have parts: the Caddran Weald sleepers -> those stranded overnight ->
  passengers affected; Skarvair's cancellations -> the Vaskish routes' -> all cancellations; Cobbeck's store
  jobs -> the North's first-round jobs -> the first round -> all jobs cut; Sollmark's transfers -> the
  first-round transfers -> the first round; Wrenfold General's children -> its admissions -> the city's
  admissions); a population is never a parent; `count`: a count of what happened not in a part/whole
  relation; `other`: measures, rates, shares, money, durations, levels, ratios, prices, forecasts, rules
  and thresholds. `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`), which is written by the hand-kept table in
`meta.py` beside it (`python3 build/src/eN/meta.py`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, clock times, ordinals such as 'third' and
'second', pollutant and mask names ('PM2.5', 'FFP2'), pronoun uses of 'one', 'two' and 'five', vague
words such as 'tens', 'millions', 'hundreds' and 'thousands', and words that merely contain a number word
such as 'quarterly', 'quarter' (in 'third quarter'), 'tense' or 'ones'); `python3 build/fix_unique.py e1
...` is an annotator's helper that extends a quote with neighbouring words when `text.find(quote)` would
hit an earlier occurrence (its changes were reviewed by hand); `python3 build/make_readme.py` regenerates
this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
