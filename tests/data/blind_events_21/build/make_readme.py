#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["hollin_bend_derailment", "brackwater_measles_outbreak", "kingsmead_cup_final"]
DOMAIN = {"hollin_bend_derailment": "1. a passenger train derailment on a curve: deaths and injured as running counts, injured by hospital and by nationality, people on board, speed against the limit and its revisions, the line closed for days, replacement buses, the unfinished train-protection programme, rival counts of driver vacancies, damage estimates and payments to victims",
          "brackwater_measles_outbreak": "2. a measles outbreak in a city: confirmed cases, hospital admissions and deaths as running counts, cases by district and by age group, vaccination coverage against the 95 per cent target and in other places, doses given and ordered, pupils sent home, linked cases abroad, rival estimates of unvaccinated children, costs",
          "kingsmead_cup_final": "3. a continental football cup final marred by a crush at the gates: attendance against capacity, ticket allocations and prices, gate receipts and their revision, arrests and injuries as running counts with their parts, rival estimates (police vs organisers, police vs supporters) of ticketless fans and fan-zone visitors, policing and stewarding, visitor spending, clean-up and fines"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper"}
SELFTEST = {"hollin_bend_derailment": (164, 173), "brackwater_measles_outbreak": (159, 164),
            "kingsmead_cup_final": (158, 165)}

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
out.append("# blind_events_21 — hand-annotated fictional news coverage\n")
out.append("Three invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to those `blind_events_20`'s README "
           "lists (an air-traffic-control failure, a supermarket chain's quarterly results with closures, a "
           "wildfire-smoke pollution episode; and, for earlier corpora, a mass protest march against a pension "
           "reform, a company's layoffs announced in rounds, a regional election, a container ship fire in a port, "
           "a national minimum wage decision, a hailstorm hitting a city, a city marathon in a heatwave, a chemical "
           "plant explosion, an inflation release and its revision, a teachers' strike, a data-centre power outage "
           "and a national referendum), and different from one another: a passenger train derailment, a measles "
           "outbreak, and a football cup final with crowd trouble.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/`, `/work/main/benchmarks/`, `/work/main/scripts/`, "
           "`/work/main/.git`, `/work/main/tests/core` or `/work/main/tests/ui` was opened, listed or searched, "
           "no git command was run, and no search, retrieval or code-index tool was used. `/work/main/tests/data/` "
           "was not listed: this folder was created with `mkdir -p` on its full path. The only files opened "
           "outside this folder were, for the format: `/work/shared/eval/score.py` (in full, and run for the "
           "self-test below); `/work/shared/eval/seeds_gold.json` (only its top-level keys, its `event` and "
           "`notes` strings, its first four figures and its first four quantities, printed with a Python "
           "one-liner); and, from `blind_events_20`, exactly the files the brief allowed, each opened by its "
           "full path: `README.md`, `check.py`, `build/build.py`, `build/make_readme.py` and "
           "`build/fix_unique.py` (where the terminal display cut the middle of `README.md` and the second half of "
           "`build/make_readme.py`, the missing lines of the same files were printed with `sed -n`). "
           "`blind_events_20`'s README was read again only by a script that extracted its capitalised words to a "
           "temporary file under `/tmp/b21/`, so that this corpus's articles could be checked against them and "
           "none of its names reused. No directory under `blind_events_20` was listed (not even `build/`), none "
           "of its articles, sources, gold or roles files were opened, and no other corpus was looked at. "
           "This folder was not empty when the work began: it already held an earlier, unfinished set of files "
           "for three other events (sources under `build/src/e1..e3`, three built event folders, no README). They "
           "were not opened by hand; the first run of `build/build.py` read them along with the new sources (its "
           "terminal output showed their file names, residue numbers and undeclared quantity ids), after which "
           "they were moved out of the repository to a scratch folder under `/tmp/b21/`, unread, and nothing of "
           "them is used here. `check.py` and `build/build.py` are `blind_events_20`'s files with the corpus name "
           "changed (`check.py` already expected three events); `build/fix_unique.py` names no corpus and is "
           "unchanged; `build/make_readme.py` follows `blind_events_20`'s structure, rewritten for this corpus. The "
           "annotation conventions of `blind_events_20`'s README were followed (restated below with this "
           "corpus's examples). The texts were written as the outlets would write them and were not tuned to any "
           "tool. All places, countries, languages, institutions, firms, clubs, unions, outlets and people are "
           "invented (the invented countries are Brevonia and Kestland for the derailment; Lindravia and Ebbenland "
           "for the measles outbreak; Pellonia and Hallendal for the cup final). No capitalised proper name that "
           "appears in `blind_events_20`'s README is reused; the only capitalised words the articles share with it "
           "are ordinary English words (weekdays, months, sentence-initial words such as 'The', 'A', 'About', "
           "'All', 'As', 'Each', 'In', 'No', 'Not', 'Of', 'One', 'This', 'Two', 'Three', 'Seven', 'Children' and "
           "'Schools', 'North' in Brackwater North, 'Port' in Port Aldry, 'General' in Greyhaven General Hospital, "
           "'Evening' in the Brackwater Evening Echo, 'Union' in the invented Footplate Union and Northern Football "
           "Union, 'Mum-of-two' and 'Dad-of-three', and tabloid capitals such as 'TWO', 'UP' and 'TO'). The "
           "currency is the euro throughout. As a self-test, the gold of each event was fed back to `score.py` as a "
           "perfect prediction (one claim per figure at its span with the gold value, low, high and bound, groups "
           "= quantities; the conversion script was a temporary file under `/tmp/b21/`, outside the repository), "
           "which gives extraction_f1=1.000 and link_f1=1.000 for every event (" + "; ".join(
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
           "formats (`38.000 passengers`, `4.300 kilometres`, `1,2 milliard euros`, `25.000 euros`, `5.000 euros`, "
           "`more than 1.100 calls`; `93,5 percent`, `1.240 contacts`, `21.400 doses`, `500.000 doses`, "
           "`120.000`, `2.300 Ebbish citizens`, `20.000 doses`, `50.000`; `67.912`, `About 35.000 Tarnholm "
           "supporters`, `2.200 passengers`, `20.500 tickets`, `around 25.000 fans`, `41.000 members`, `45.000 "
           "visitors`, `up to 1.200 euros`, `2,4 million viewers`, `5,1 million`, `7,6 million euros`, `up to "
           "100.000 euros`).\n")
out.append("""What the articles contain, event by event:

* `hollin_bend_derailment` — BSR's 07:12 Silver Heron express from Ardmouth to Fellgate derails at 09:47 on
  Tuesday 14 March 2045 on the Hollin Bend curve near Tamsworth Cross, Brevonia; articles to 22 March. Deaths
  (at least 12 -> 'SEVENTEEN' / 17 -> 19 -> 21 -> 22) with the Kestish dead (TWO -> three) and the two who died
  on Friday inside; injured (more than 150 -> 213 -> 226 -> 231 -> 234) with the seriously injured (at least 30
  -> 48 -> 52), patients by hospital (Kellow Regional 64 -> 71; Tamsworth Infirmary 38 -> 41, nine still on its
  ward; 29 flown to Fellgate University Hospital) and the Kestish injured (eleven, four seriously, five flown
  home with two children) inside; still in hospital (97 -> 74 -> 61) with intensive care (23 -> 19 -> 14)
  inside; nearly 400 / 395 people on board (386 passengers, nine crew, 27 Kestish passengers); seven of 11
  carriages derailed, three overturned; speed (around 140 -> 142 -> 139 km/h) against the 80 km/h limit
  ('ALMOST DOUBLE', 'nearly twice'; 62 -> 59 km/h too fast; a temporary 60 km/h after reopening); the line
  closed (at least five days -> ten days -> 12 days) on a route of 38,000 passengers a day, some 456,000 /
  'nearly half a million' journeys disrupted, replacement buses (40 -> 85, Vale Coaches' 22 inside); automatic
  train protection on 61 per cent of 4,300 km (Kestland's 100 per cent), about 240 unprotected curves, the
  EUR 1.2bn programme with EUR 380m spent and the line's fitting 'TWO YEARS' / 'two years' late; driver
  vacancies (the union's 420 against BSR's 260), ten hours on duty against a 12-hour maximum; damage (BSR's EUR
  48m against the insurers' up to EUR 70m); the EUR 20m victims' fund, EUR 25,000 per family and EUR 5,000 per
  seriously injured passenger, 17 families paid; rescuers, helicopters, cranes, BSR helpline calls (more than
  3,000 -> more than 5,000), blood donors (more than 2,000 -> 3,400, 410 at Tamsworth inside); the 2031 (nine
  dead) and 1988 (31 dead) disasters ('more than twice as deadly'); Tamsworth Cross's 2,100 people, its village
  hall (150 people, more than 400 meals), school, the Gazette's appeal and the church bell tolled 21 times.
* `brackwater_measles_outbreak` — a measles outbreak centred on Millhythe in Brackwater, Lindravia, from late
  November 2045, declared on Tuesday 9 January 2046; articles to 2 February. Confirmed cases (87 -> '143 STRUCK
  DOWN' / 143 -> 212 -> 'nearly three hundred' / 298 -> 356, with 41 probable and the Medical Association's 'as
  many as 700' infections beside them) with parts by place (the city's 273 and the province's 25; Millhythe 52
  -> 141, Tanner's Green 58, Osric's Ford 37, Brackwater North 22, other districts 15), by age (under-fives 41 ->
  66 -> 92 -> 139 -> 163; five to 14: 104 -> 121; adults 55 -> 72), unvaccinated patients (71 -> 166 -> 281) and
  new cases by week (86, then 58); hospital admissions (19 -> 31 -> 44 -> 61 -> 74) with intensive care (three
  -> Five -> four), pneumonia (nine) and encephalitis (three) inside; deaths (One -> two -> Two); coverage of 86
  per cent in Brackwater against the 95 per cent target, 71 in Millhythe ('SEVEN IN TEN'), 91 nationally, 93,5 /
  93.5 in Ebbenland, and Millhythe's first-dose coverage from 64 to 79 per cent; doses given (9,200 -> 21.400 ->
  38,700 -> more than 52,000, Millhythe's 14,900 and Riverside's 600 inside), 500,000 / 'half a million' /
  500.000 doses ordered with 120.000 delivered, pop-up clinics (24 -> 31); unvaccinated Millhythe children (NPHI's
  around 4,800 against the council's fewer than 3,000); pupils sent home (380 -> 512 -> 590, Rookery Lane's 46
  inside) against the Teachers' Federation's more than 800 at home; postponed operations (about 30 / more than
  30 -> more than 60); the EUR 6m emergency fund, EUR 4.1m cost, about EUR 9,500 per admission, a EUR 15m-a-year
  school programme; Ebbenland's linked cases (six -> nine; Havnstad four, Orvik two, two in hospital), 1.240
  contacts, the flight's 180 passengers (93 unprotected), 20.000 doses sent of 50.000 asked; 2045's 12 cases and
  the 2038 Port Aldry outbreak (410 cases, three deaths); the city's 640,000 people, Millhythe's 58,000, about
  34,000 children below school age, nine GP surgeries, 120 hospital beds and a 16-bed ward.
* `kingsmead_cup_final` — the Northern Cup final between FK Tarnholm and Ashcombe Athletic at the Kingsmead
  Arena, Greyhaven, Pellonia, on Saturday 20 May 2045, won by Tarnholm after extra time; articles to 28 May.
  Arrests ('31 arrested' / 31 -> '46 NICKED' / 46 -> 48) with Hallish (27 -> 29) and Pellonian (19) citizens,
  twelve touts and eleven Hallish fans in court inside; injured (at least 38 -> '52 HURT' / 52 -> 57) with 14
  police officers, nine Hallish fans and those taken to hospital (Nine -> Eleven; still there two -> One)
  inside; attendance 67,912 / 67.912 ('Crowd: 68,000', 'nearly 68,000') against 68,400 seats; 20,500 tickets
  per club (about 60 per cent of seats to the two clubs), prices EUR 45 to EUR 190, touts' up to EUR 1,200, sold
  out within four hours; gate receipts (about EUR 6.8m -> EUR 7.1m); prize money (EUR 9m and EUR 5m, EUR 14m
  together); the kick-off delay (25 minutes, 'NEARLY HALF AN HOUR'); ticketless fans (police about / up to
  15,000 against the supporters' 25,000; the risk assessment's 10,000 at most); fan-zone visitors (organisers'
  45,000 against police's around 30,000) in a zone for 30,000; Hallish supporters who travelled (around 30,000;
  about 35.000), 64 charter flights, a ferry of 2.200; 2,400 officers with about 150 Hallish inside, 1,800
  stewards (200 fewer than the 2039 final's 2,000); three of the eight north gates closed; visitor spending (the
  tourism office's EUR 38m against an economist's EUR 22m, 'more than 70 times' the EUR 310,000 clean-up); 94
  per cent of 14,600 hotel rooms, 91,000 passengers and 46 extra trains; TV audiences (6.2 million in Pellonia,
  2.4 / 2,4 million in Hallendal of 5,1 million people); fines (up to 100.000 euros faced; EUR 85,000 and EUR
  40,000 imposed); 41 tonnes of rubbish, 14 shops damaged, a EUR 150,000 hardship fund, 23 streets closed, more
  than 230 complaints in Kingsmead (12,000 residents); the 2039 final's 61,300 spectators and 17 arrests.
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

These follow the conventions described in `blind_events_20`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in headlines
  as well as in the body and in tabloid fact boxes (`At least 12 dead`, `17 DEAD`, `ALMOST DOUBLE`,
  `SEVENTEEN people`, `Dead: 17`, `143 STRUCK DOWN`, `nearly three hundred`, `Cases: 143`, `46 NICKED`,
  `52 HURT`, `NEARLY HALF AN HOUR`, `Crowd: 68,000`, `Mum-of-two`, `Dad-of-three`, `three-metre`,
  `12-hour shifts`, `120-bed`). Ratios and multiples are figures (`nearly twice` the speed limit, `more than
  twice as deadly`, `less than four times`, `more than 70 times`), and so are counts of occasions (`twice`
  for a carriage turning over and for the players' warm-ups, `21 times` for the bell). Durations that measure
  the event are figures (`at least five days`, `ten days` and `12 days` of line closure, `four seconds`,
  `ten hours` on duty, `21 days` of exclusion, `six nights`, `Nine weeks`, `25 minutes`, `within 60 days`).
  Counts written as words are figures where they count (`Seven of its` carriages, `three overturned`, `nine
  crew members`, `Eleven Kestish passengers`, `two heavy cranes`, `six air-ambulance helicopters`, `Five
  children`, `Two children`, `nine` GP surgeries, `Twelve` touts, `FOURTEEN police officers`, `two sons`).
  Not figures: calendar years (2031, 1988, 2038, 2039, 2043, 2045, 2050, 1962), dates (`March 14`, `Jan 9`,
  `May 20`, `6 January`, `January 10`, `28 January`), weekdays, clock times (`07:12`, `09:47`, `15:30`,
  `11:00`, `22:00`, `13:30`, `19:00`), ordinals (`fifth carriage`, `first grandchild`, `sixth consecutive
  early shift`, `first death`, `second life`, `second isolation ward`, `third-largest`, `first victory`, `the
  last final`), page numbers (`page 6`), pronoun uses of small numbers (`All six`, `the six patients`, `the
  two finalists together`), `one` as a pronoun or in idioms (`one of`, `One case can infect` as the unit of a
  rate, `a one-off`), `a single dose`, `a single morning`, `double shifts`, `a couple`, `twins`, and vague
  words without a number (`Dozens`, `dozens`, `several thousand`, `THOUSANDS`, `tens of thousands`, `several
  hours`, `a few minutes`, `for years`, `a fortnight`, `for a week` without a look-back).
* **Quote.** The exact text around the figure, including the hedge or bound word (`At least 12 people`,
  `more than 150 injured`, `nearly 400 people`, `around 140 km/h`, `at least 30 of the injured`, `up to 70
  million euros`, `some 456,000 journeys`, `nearly half a million journeys`, `fewer than 3,000`, `as many as
  700`, `More than 52,000 doses`, `about one in five`, `up to 15,000`, `UP TO €1,200`, `10,000 ticketless fans
  at most`, `no more than 10,000`, `within four hours`, `between 300 and 800 euros`) and often the counted
  noun; in fact boxes the label is part of the quote (`Dead: 17`, `Carriages derailed: 7`, `Line closed: at
  least 5 days`, `Jab rate in Brackwater: 86%`, `Doses given since Wednesday: 9,200`, `Kick-off delay: 25
  mins`, `Winners' prize: €9m`); extended with a neighbouring word until `text.find(quote)` hits the
  annotated occurrence when the same string appeared earlier (`to 19`, `21 on`, `52)`, `and 5.000 euros`,
  `87 cases have`, `ten in`, `killed three`, `143 in`, `Sallis, three`, `six cases of`, `has 58`, `15 or`,
  `nine overstretched`, `three weeks of`, `27 are`, `the 20.500`, `2,000 at`, `nearer 30,000`). Quotes never
  overlap, and two figures are never put in one quote (`[Seven of its] [11 carriages]`, `[Carriages derailed:
  7] of [11]`, `[52 of the 87]`, `[11 of the country's] [16 regions]`, `[three of the] [eight gates]`, `[three
  of the] [eight northern gates]`, `[386 passengers] and [nine crew members]`).
* **Value.** Normalised to a plain number: `38.000` -> 38000, `1,2 milliard euros` -> 1200000000, `93,5
  percent` -> 93.5, `2,4 million viewers` -> 2400000, `€20MILLION` -> 20000000, `€1.2bn` -> 1200000000,
  `€4.1m` -> 4100000, words -> digits (`SEVENTEEN` -> 17, `FOURTEEN` -> 14, `half a million` -> 500000,
  `nearly half a million journeys` -> 500000, `nearly three hundred` -> 300, `NEARLY HALF AN HOUR` -> 30,
  `ALMOST DOUBLE` and `nearly twice` -> 2). A range is one figure (value = low, high set): `12 to 18`,
  `between 300 and 800 euros`, and age bounds such as `five to 14`. A change written 'from 64 per cent to 79
  per cent' is two figures. The value is the number as printed, with no unit conversion (`14-month-old` stays
  14 months, `six weeks`, `41 tonnes`) and no sign added from words (`62 km/h too fast` is 62; `200 fewer` is
  200). Percentages are in percent units. Vague shares are given a nominal value only when optional (`SEVEN IN
  TEN` -> 70, `more than half` -> 50, `about one in five` -> 20, `almost half` -> 50).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `17 DEAD`, `143 STRUCK DOWN`,
  `46 NICKED`, `Crowd: 68,000`, `half a million doses`, `TWO HOURS`); `~` about / around / roughly / nearly /
  almost / some / `ALMOST DOUBLE`; `>` more than / over / past / `More than`; `>=` at least; `<` fewer than; `<=` up to
  / UP TO / within / as many as / at most / no more than; `range` for 'X to Y' and 'between X and Y'. `low` is
  set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise. Rules and thresholds written exactly
  keep `=`: the speed limit of `80 km/h` and the temporary `60 km/h`, the legal maximum of `12 hours`, the
  coverage target of `95 percent`, the `21 days` of exclusion and of quarantine, the payments of `€25,000` and
  `€5,000`.
* **Optional** (count neither way): ages (`46`, `34`, Tobin's `nine`, `71`, `52)`, `23-year-old`,
  `67-year-old`, `36`, Mira's `three`, `14-month-old`, `four-year-old`, `29-year-old`, `44`, `12-year-old`,
  `19`) and ages that define a group (`under five`, `under ten`, `five to 14`, `15 or older`, `twelve months`);
  years of habit or service (`19 years' service`, `31 years` on Turnstile Lane, `three years` of asking,
  `more than 80 years` of waiting); look-backs and windows (`more than a decade`, `Four days after`, `A week
  after`, `six years ago`, `five years ago`, `almost a decade`, `just over a month`, `two years ago`, `a week
  ago`, the Orvik clinic's first `two days`, `over the past five years`, `more than ten years`, `three months`
  ago, `eight days ago`, `in the next five years`); and vague shares (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: deaths, injured, the seriously injured,
    patients still in hospital and in intensive care, each hospital's patients, the Kestish dead, replacement
    buses, helpline calls, blood donors; confirmed cases, admissions, deaths, doses given, clinics, under-five
    cases, unvaccinated patients, Millhythe's cases, pupils sent home, postponed operations, Ebbenland's
    linked cases; arrests, Hallish arrests, injured, people in hospital and still in hospital;
  - *a statistic and its revision* are one quantity (the train's speed around 140 -> 142 -> 139 km/h, with
    the broadsheet's 'slightly below the 142 km/h reported' in it; the excess 62 -> 59 km/h; the line closure
    at least five -> ten -> 12 days; gate receipts about EUR 6.8m -> EUR 7.1m);
  - *estimates of one amount* are one quantity, including rival estimates: damage (BSR's EUR 48m, insurers' up
    to EUR 70m), driver vacancies (the union's 420, BSR's 260), unvaccinated Millhythe children (NPHI's 4,800,
    the council's fewer than 3,000), ticketless fans (police's 15,000, supporters' 25,000), fan-zone visitors
    (organisers' 45,000, police's 30,000), visitor spending (EUR 38m, EUR 22m), Hallish fans who travelled
    (30,000, 35.000);
  - *the same amount in other words* ('ALMOST DOUBLE' and 'nearly twice'; 'some 456,000 journeys' and 'nearly
    half a million journeys'; '500,000 doses', 'half a million doses' and '500.000 doses'; 'nearly three
    hundred' and 298 cases; '25 minutes' and 'NEARLY HALF AN HOUR'; 'nearly 68,000' and 67,912).

  Different quantities: a sub-count (the Kestish dead and Friday's two deaths inside deaths; the seriously
  injured, each hospital's patients and the Kestish injured inside the injured; intensive care inside those
  still in hospital; three overturned inside seven derailed carriages; Vale Coaches' buses and Tamsworth's
  donors inside theirs; the city's and the province's cases, each district's, each age group's, the
  unvaccinated and each week's new cases inside confirmed cases; intensive care, pneumonia and encephalitis
  inside admissions; Millhythe's and Riverside's doses inside doses given; Rookery Lane's pupils inside those
  sent home; Havnstad's, Orvik's and the hospitalised Ebbish cases inside Ebbenland's; Hallish, Pellonian and
  tout arrests inside arrests and the eleven in court inside Hallish arrests; injured officers, Hallish injured
  and hospital cases inside the injured; Hallish officers inside the 2,400); a different scope or base
  (confirmed cases vs probable cases vs the Medical Association's estimated infections; pupils sent home by
  schools vs the Teachers' Federation's pupils at home; the police's assumed 10,000 vs their estimate of
  15,000; Brackwater's coverage vs Millhythe's, the nation's and Ebbenland's; BSR's 61 per cent vs Kestland's
  100 per cent; the maximum fine vs the fines imposed); figures tied to a distinct time or event (the 2031 and
  1988 disasters; 2045's cases and the 2038 outbreak; the 2039 final's attendance, arrests and stewards;
  Millhythe's first-dose coverage before and now); equal values that measure different things, within one
  event (21 deaths vs 21 bell tolls; nine 2031 deaths vs nine crew; 12 days of closure vs the 12-hour maximum
  shift vs 12 beds; 21 days of exclusion vs 21 days of quarantine; nine pneumonia patients vs nine GP surgeries
  vs nine Ebbish cases; three weeks of campaign vs three weeks of lessons missed; the fan zone's 30,000 capacity
  vs the police's 30,000 visitors; 14 injured officers vs 14 damaged shops; 46 arrests vs 46 extra trains); and
  populations and capacities beside event counts (395 people on board, 386 passengers, nine crew, 27 Kestish
  passengers, 11 carriages, 38,000 daily passengers, 4,300 km of track, about 240 unprotected curves, 2,100
  villagers; 640,000 inhabitants, 58,000 in Millhythe, 34,000 young children, 16 regions, 120 and 16 beds;
  68,400 seats, 20,500 tickets per club, 41,000 members, 5,1 million Hallish inhabitants, 12,000 Kingsmead
  residents, 14,600 hotel rooms, eight north gates).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (people on board, passengers and crew,
  carriages, daily passengers, track length, unprotected curves, driver vacancies, residents, children of an
  age, surgeries, beds, regions, seats, allocations, members, hotel rooms, gates, a parent's children);
  `total`: an event count or amount that at least one annotated quantity is part of; `part`: a sub-count or
  sub-amount, with `part_of` set (a part may itself have parts: the Kestish children flown home -> the Kestish
  flown home -> the Kestish injured -> the injured; Millhythe's cases -> the city's cases -> all cases; the
  eleven Hallish fans in court -> Hallish arrests -> arrests; still in hospital -> taken to hospital -> the
  injured); a population is never a parent; `count`: a count of what happened not in a part/whole relation;
  `other`: measures, rates, shares, money, durations, levels, ratios, prices, forecasts, rules and thresholds.
  `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`), which is written by the hand-kept table in
`meta.py` beside it (`python3 build/src/eN/meta.py`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, clock times, ordinals such as 'third' and
'sixth', the page number '6', pronoun uses of 'one', 'two' and 'six', vague words such as 'Dozens',
'thousand', 'THOUSANDS', 'tens' and 'thousands', 'half' in 'half-mast', and words that merely contain a
number word such as 'ones' or 'fives' in 'Under-fives'); `python3 build/fix_unique.py e1 ...` is an
annotator's helper that extends a quote with neighbouring words when `text.find(quote)` would hit an earlier
occurrence (its changes were reviewed by hand); `python3 build/make_readme.py` regenerates this README; then
run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
