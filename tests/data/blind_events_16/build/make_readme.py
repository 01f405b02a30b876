#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["varnholt_marathon_heat", "orsenmouth_chlorine_blast", "marrelia_inflation_revision",
         "calvoria_teachers_strike", "ashgrove_datacentre_outage", "ardesia_tunnel_referendum"]
DOMAIN = {"varnholt_marathon_heat": "1. a city marathon in a heatwave: runners registered, started and finished, collapses, treatment and hospital admissions (ambulance service vs organisers), intensive care and deaths as running counts, temperatures and the WBGT, winning times, prize money, costs",
          "orsenmouth_chlorine_blast": "2. a chemical plant explosion and evacuation: dead, missing and injured as running counts, residents evacuated (police vs council), evacuation radius widened, chlorine released (company vs inspectorate), earlier and maximum fines, a victims' fund in euros and pounds",
          "marrelia_inflation_revision": "3. an inflation release and its revision: monthly and annual rates, core, food and rents, the flash estimate revised and the previous month revised, the central bank's forecasts, pension indexation, prices in euros and dollars, regional rates",
          "calvoria_teachers_strike": "4. a teachers' strike with rival turnout figures: union vs ministry turnout and closures (the ministry's corrected), marches counted by police and union, pay demand and offer revised, costs, salaries, a district's figures as parts of the national ones",
          "ashgrove_datacentre_outage": "5. a data-centre power outage affecting flights and payments: flights cancelled and passengers by day, card payments declined (processor vs consumer group), cash machines, failed generators, outage durations, costs and compensation in euros and dollars",
          "ardesia_tunnel_referendum": "6. a national referendum with turnout and regional results: provisional and final shares, margin and turnout, postal votes, regional and local results, the turnout threshold, campaign spending, the cost of the project being voted on"}
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
out.append("# blind_events_16 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to `blind_events_15` (a national "
           "budget, a clinical trial and drug approval, a migrant shipwreck, a rocket launch failure, a car "
           "recall, a lottery rollover) and different from one another: a city marathon run in a heatwave, a "
           "chemical plant explosion and evacuation, an inflation release and its revision, a teachers' strike "
           "with rival turnout figures, a data-centre power outage that grounds flights and stops card payments, "
           "and a national referendum with turnout and regional results.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/`, `/work/main/benchmarks/`, `/work/main/.git`, "
           "`/work/main/tests/core` or `/work/main/tests/ui` was opened, listed or searched, and no git command "
           "was run. `/work/main/tests/data/` was not listed: this folder was created with `mkdir -p` on its "
           "full path. The only files opened outside this folder were, for the format: "
           "`/work/shared/eval/score.py` (in full, and run for the self-test below); "
           "`/work/shared/eval/seeds_gold.json` (only its top-level keys, its `event`, its first four figures, "
           "its first four quantities and the first 600 characters of its notes, printed with a Python "
           "one-liner); and, from `blind_events_15`, exactly the files the brief allowed, each opened by its "
           "full path: `README.md`, `check.py`, `build/build.py`, `build/make_readme.py` and "
           "`build/fix_unique.py`. `blind_events_15`'s README was read again only by a script that extracted its "
           "capitalised words to a temporary file under `/tmp/b16/`, so that this corpus's articles could be "
           "checked against them and none of its names reused. No directory under `blind_events_15` was listed "
           "(not even `build/`), none of its articles, sources, gold or roles files were opened, and no other "
           "corpus was looked at. `check.py`, `build/build.py` and `build/fix_unique.py` are "
           "`blind_events_15`'s files with the corpus name changed; `build/make_readme.py` follows "
           "`blind_events_15`'s structure, rewritten for this corpus. The annotation conventions of "
           "`blind_events_15`'s README were followed (restated below with this corpus's examples). The texts were "
           "written as the outlets would write them and were not tuned to any tool. All places, countries, "
           "languages, institutions, firms, products, outlets and people are invented (the invented countries "
           "are Oskaria, Tarsenia and Lindavia for the marathon; Keldoria and Vendria for the explosion; "
           "Marrelia and Vardia for the inflation figures; Calvoria and Bressany for the strike; Eskland and "
           "Skarnland for the outage; Ardesia and Stavria for the referendum). No capitalised proper name that "
           "appears in `blind_events_15`'s README is reused; the only capitalised words the two share are "
           "ordinary English words (weekdays, months, sentence-initial words such as 'The', 'Each' or "
           "'People', and tabloid capitals such as 'FOUR', 'MORE THAN', 'PER CENT', 'MILES'). The currencies "
           "are real (euros, pounds, dollars). As a self-test, the gold of each event was fed back to "
           "`score.py` as a perfect prediction (one claim per figure at its span with the gold value, low, high "
           "and bound, groups = quantities; the conversion script was a temporary file under `/tmp/b16/`, "
           "outside the repository), which gives extraction_f1=1.000 and link_f1=1.000 for every event.\n")
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
           "formats (`41,8 degrees`, `1.240 Lindavians`, `27.842 runners`, `58 procent`, `2,4 million euros`, "
           "`1,2 kilometres`, `About 14.000 residents`, `0,12 ppm`, `11.200`, `4,8 procent`, `14.500`, "
           "`0,2 percentage points`, `11,4 billion euros`, `51.900`, `2.610 euros`, `About 58.000 passengers`, "
           "`2,1 million`, `2.201.328 Ardesians`, `6,8 milliard euros`, `about 3,06 milliard euros`).\n")
out.append("""What the articles contain, event by event:

* `varnholt_marathon_heat` — the Varnholt City Marathon (Oskaria) on Sunday 11 June 2033, run in a
  heatwave; a second runner dies on Wednesday; articles to 17 June. Entrants registered (31,500) with the
  starters ('About 28,000', 27,842) inside, and inside them the finishers (23,116 -> 23,204; '88 more'),
  the non-finishers (4,638) with about 2,100 diverted short of the 30 km point, runners still on the course
  at 10:00, the Lindavians (1,240 / 1,106 / 962) and the Eastgate Harriers (48 / 41); runners treated
  (1,180 -> 1,412; 'MORE THAN 1,100') with the collapsed ('more than 300', 342) and the hospitalised (61 ->
  74 by the ambulance service vs the organisers' 58; 'SIXTEEN fewer') inside; inside the hospitalised the
  three hospitals (39, 21, 14), the Lindavians (six, one in intensive care), intensive care (9 -> 7 -> 6 ->
  5 -> 4), still in hospital (31 -> 19 -> 12), heatstroke (23) and deaths (1 -> 2); 2032's race (26,300
  starters, 25,410 finishers, 11 in hospital; 2.7 vs 0.4 per 1,000); temperatures (26 at the start, 31.9 at
  10:00, 33.8 at 11:00, peak 36.4 = 97.5F = '36C' with the forecast 34; Eastgate's 37.1; asphalt 48; the
  previous hottest race 31.2), humidity, the WBGT (28.3 vs the limit of 28), the heat plan's 32 degrees;
  winning times (2:14:07 / '2hr 14min', 2:31:52, course record 2:07:19, 2032's 2:09:40, 'nearly seven
  minutes'); prize money (EUR 30,000 = about $32,400), the entry fee (EUR 95) and fee income, the budget
  (EUR 4.6m = about GBP 3.9m), charity money (EUR 2.4m = GBP 2.05m; the Lindavians' EUR 186,000), the
  stations (22 = 16 + 6), ambulances (46 with 12 extra), spectators (police about 250,000 vs organisers
  400,000; Eastgate's perhaps 30,000), the petition (14,800 -> more than 18,000 -> more than 21,000) and the
  city's cost (about EUR 310,000 with EUR 85,000 over budget).
* `orsenmouth_chlorine_blast` — an explosion at 03:40 on Tuesday 20 September 2033 at Vantrel Chemicals'
  chlorine plant in Orsenmouth, Keldoria; articles to 27 September. The dead (three -> FOUR -> five -> six:
  four employees and two contractors) and missing (3 -> 2 -> 1) among the 74 on the night shift; the
  injured (52 -> 55 -> 58) with the seriously injured (9 -> 11) and seven firefighters (one seriously, six
  home) inside; nine treated in Vendria outside the Keldorian count; residents evacuated (police about
  9,500; council 11,200 -> about 12,000; 'MORE THAN 11,000') from 4,850 households, shelter occupants
  (1,400 -> 380), households still out (620 -> 410) and paid (2,900, EUR 1,500 each); the evacuation radius
  (from two to three kilometres), the return ring (2 to 3 km), the stay-indoors radius (8 km); chlorine
  released (company 1.8 tonnes; inspectorate 'up to 6', then 'between 4 and 6') from a 40-tonne tank about
  70 procent full; concentrations (3.2 ppm at the fence, 'more than six times' the 0.5 limit; 0.3, 0.12,
  0.02); the blast heard 'up to 30 kilometres' = '20 MILES' away, magnitude 2.1; about 160 firefighters, 38
  engines, almost nine hours of fire; the 2029 fine (EUR 240,000 = about GBP 205,000), the maximum fine (up
  to EUR 12m or 4 per cent; about EUR 16.4m for Vantrel), turnover (about EUR 410m = GBP 350m), the
  victims' fund (EUR 15m = GBP 13m -> EUR 25m = about GBP 21.4m) and the council's EUR 2m; Ostrander's
  shares (as much as 18, closing 11, 23 per cent over the week); sirens (22: 14 sounded, eight failed), the
  47-minute alert; the inspectorate (46 inspectors, 310 sites, every 12 months = 'EVERY YEAR', NINETEEN
  MONTHS without inspection, seven months overdue); schools (23 closed; 19 reopened, four still shut; about
  7,800 and 1,150 pupils); damage claims (1,640 -> more than 1,700); Vendria's dead fish and fishermen.
* `marrelia_inflation_revision` — Marrelia's March 2034 inflation: the flash estimate of Friday 31 March,
  the final figure of Thursday 13 April after a new rent survey, and the Bank of Marrelia's report of
  Tuesday 18 April; articles to 19 April. The annual rate for March (consensus 4.4, flash 4.6, final 4.8)
  and for February (5.1 -> 5.2), the 0.2-point revision, the monthly change (0.5 -> 0.6), core (3.8 ->
  3.9; February 4.0), food (7.9 -> 8.1), services (4.9), energy (down 2.4), clothing and holidays; rents
  (6.7 on the new survey vs 4.2 on the old), their weight (9.4 vs 6.1), the rent sample (3,200 -> 14,500
  with Pellford's 1,080; the board's 'at least 10,000'), the survey's EUR 4.1m; the peak (9.7), March 2033
  (8.2), the target (2); the union average (3.1; February 3.4), Vardia (2.9, 'less than 3'), Pellford (4.1),
  Solvane (5.3); the bank's forecasts (2034: 3.4 -> 3.9; 2035: 2.3 -> 2.6; growth 0.9), the energy cap
  (about EUR 1.2bn; its end adding 'UP TO HALF A POINT' / 0.3 points); wages (5.8; real 'about 1' ->
  'closer to 0.8'); pensions (increase 4.6 expected -> 4.8; average EUR 1,290 a month rising about EUR 59 ->
  about EUR 62; EUR 2.58 more; the revision's about EUR 95m = $103m inside a EUR 32.5bn bill; 2.1 million
  pensioners); prices (a loaf EUR 2.85 vs 2.49, 14.5 per cent; petrol EUR 1.79 vs Vardia's 1.62; the family
  spending EUR 3,140 a month paying about EUR 145 more = EUR 1,740 a year); bond yields (3.78, 3.91; spread
  1.12) and the euro ($1.0842, $1.0795); Pellford's food bank (1,240 vs 860 families) and price check.
* `calvoria_teachers_strike` — national teachers' strikes in Calvoria on Tuesday 14 and Thursday 23
  November 2034; articles to 24 November. Day-one turnout (union 78; ministry 41 -> 44) and strikers (about
  92,000 vs about 48,400 -> about 51,900) among 118,000 teachers, with Hartwell's (about 2,300 vs about
  1,700; 58 vs 'nearly 80' per cent) inside; schools closed (ministry 1,870 -> 2,050; union 'more than
  3,000') of 6,400, with Hartwell's 31 of 46 inside; pupils sent home ('about 640,000' vs 'MORE THAN A
  MILLION') of 1.42 million; marches (police 18,000 vs union 55,000; day two 11,000 vs 40,000; Hartwell
  about 1,200 vs 2,500); day two's turnout (71 vs 36) and closures (1,520); the pay demand (9 -> 7.5) and
  offer (3.5 -> 4.6 with a EUR 600 one-off), their costs (EUR 1.4bn -> EUR 1.16bn; about EUR 540m -> about
  EUR 780m = $842m with the one-off's about EUR 71m inside), the gap (5.5 -> 2.9 points, about EUR 450m);
  salaries (EUR 2,140 a month = about $2,310 = EUR 25,680 a year; average EUR 3,350; Bressany's EUR
  2,610); real pay (prices 31, pay 17, about 11 per cent down); pay docked (about EUR 150 a day) vs strike
  pay (EUR 60); vacancies (3,400 with Hartwell's 64), leavers (about 9,800) and new teachers (7,100); polls;
  Calvorian teachers in Bressany (about 2,600; 300 to 400 applying each year).
* `ashgrove_datacentre_outage` — a power failure at 06:12 on Friday 14 July 2034 at Pellucid Data
  Centres' Ashgrove Park site near Colnbeck, Eskland; articles to 21 July. Fenwing Airways' cancellations
  (Friday 'at least 140' -> 212, with Colnbeck's 23 inside; Saturday 96, with Colnbeck's nine; 308 in all;
  18 to and from Skarnland) and passengers (Friday about 20,000 -> FORTY-ONE THOUSAND; about 58,000 over
  two days; Colnbeck about 3,100; about 2,300 Skarnish travellers); compensation (250 to 600 euros, 'UP TO
  EUR 600') and Fenwing's cost (EUR 19m to 24m = $21m to 26m; 'could hit EUR 25MILLION'; 'closer to EUR
  30m'); card payments declined (about 1.4 million by midday -> 2.1 million; 'MORE THAN TWO MILLION'; the
  consumer group's 'up to 4 million') worth about EUR 94m ('AROUND EUR 90MILLION'); Tally's about 60 per
  cent share; cash machines (1,900 of 5,200, 'NEARLY 2,000', Colnbeck's two); generators (12: five failed,
  seven started; eight needed), batteries (designed for ten minutes, lasted about 11), the outage (about
  five and a half hours = five hours and 28 minutes), halls at 41C, Tally back 85 minutes after power;
  Pellucid (48 MW, about 22,000 servers, 310 clients, 140 staff; revenue $1.2bn; shares down 9.6 on the day
  and 14 per cent over the week, about $410m; service credits up to 10 per cent, roughly $1.9m; a maximum
  fine of 2 per cent, about $24m), the 2031 outage (two hours and 40 minutes; EUR 1.1m); Colnbeck's traders.
* `ardesia_tunnel_referendum` — Ardesia's referendum of Sunday 16 September 2035 on a tunnel under the
  Skelling Strait to Stavria, final result on Tuesday 18 September; articles to 22 September. The Yes share
  (51.6 provisional with 98 per cent of stations counted -> 50.9 final), the No share (48.4 -> 49.1), the
  margin ('about 140,000' -> 77,846; '62,000 fewer'; 1.8 points), turnout (63.8 -> 64.2; the threshold
  of 50; 2027's 48.1); ballots cast (4,392,763 of an electorate of 6,842,310 = 6.84 million) with valid
  votes (4,324,810: 2,201,328 Yes, 2,123,482 No), invalid (67,953, 1.5 per cent) and postal ballots (about
  412,000 -> 412,480; 58.3 per cent No) inside; regions (five; Yes won two, No 'the three'; Skelling 'above
  70' -> 71.3 with 413,611 Yes and 166,489 No inside the national votes and Kirkhaven's 5,297 and 6,218
  inside those; Castelmonte 53.1; Norrvale 'about 58' -> 58.4 No; Westmarch 52.4 and the Southern Lakes
  55.8 No); polls (49 / 46 / 5; Stavria's 62); the tunnel's cost (EUR 6.8bn = about $7.4bn; 'at least EUR
  9bn'; the review's EUR 7.2bn to 8.9bn) with Ardesia's EUR 3.74bn and Stavria's about EUR 3.06bn (about
  EUR 3.1bn) inside and the 55 / 45 per cent split; the tunnel (27 km, 19 under the sea, 22 minutes vs the
  ferry's 95 minutes = 'AN HOUR AND 35 MINUTES'), tolls (EUR 42, EUR 84) vs the ferry's EUR 67; jobs
  (12,000 with Skelling's about 3,500); Strait Line's staff (about 1,900; 1,400 in Ardesia, about 1,050 in
  Kirkhaven; about 500 in Stavhamn) and the transition fund (EUR 120m asked, EUR 35m promised); campaign
  spending (EUR 4.1m vs EUR 1.9m; limit EUR 5m); the referendum's cost (about EUR 38m = $41m); Stavria's
  parliament (96 of 169 seats; 85 for a majority).

## check.py

`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` and
`text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every quantity used and
described; roles valid, `part_of` only on parts and pointing to a known quantity, every `total` has a part,
and every quantity with parts is a `total` or a `part`; targets of 80 figures and 80 gold pairs per event)
and prints this table (gold pairs = pairs of non-optional figures of one quantity in different articles;
linked 2+ = quantities with non-optional figures in at least two articles):

```
""" + check + """
```

## Annotation conventions

These follow the conventions described in `blind_events_15`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in headlines
  as well as in the body and in tabloid fact boxes (`61 taken to hospital`, `74 IN HOSPITAL`, `SEVENTY-FOUR
  runners`, `FOUR DEAD`, `FIFTY-FIVE injured`, `A MILLION KIDS`, `212 FLIGHTS AXED`, `FIVE GENERATORS`,
  `Dead: 1`, `Missing: 2`, `11,000+`, `2MILLION+`, `€15MILLION`, `€1.4BILLION`, `DAD-OF-TWO`,
  `mum-of-three`, `mum-of-two`, `26-mile` (optional), `38-kilometre mark`, `30KM`, `40-tonne`,
  `48-megawatt`, `600-space`, `27-kilometre`, `one-day`, `three-week`). Ratios and multiples are figures
  (`more than six times`, `THREE TIMES`, `nearly FOUR TIMES`, `MORE THAN TWICE`, `double`, `more than
  three times`, `charged TWICE`). Durations that measure the event are figures (`by an hour`, `more than
  FIVE HOURS`, `almost nine hours`, `FORTY-SEVEN MINUTES`, `36 hours`, `about five and a half hours`,
  `85 minutes`, `within 30 days`, `within 90 days`, `UP TO A WEEK`, `In eight years` of construction,
  `NINETEEN MONTHS` without inspection). Finish times written h:mm:ss (`2:14:07`) and compound durations
  (`five hours and 28 minutes`, `two hours and 40 minutes`, `AN HOUR AND 35 MINUTES`) are one figure each,
  normalised to seconds or minutes. Distances along a course or from a site are figures (`38-kilometre
  mark`, `kilometre 25`, `600 metres`, `1,2 kilometres`). Counts written as words are figures where they
  count (`Nine`, `one in intensive care`, `ONE` firefighter, `two Eskbank cash machines`, `the three`
  regions won by No, `Two strike days`). Not figures: calendar years (2019, 2027, 2029, 2034, 2043),
  dates (`11 June`, `March 31`, `Thursday 23 November`, `the 23rd`), weekdays and periods named by year or
  quarter (`the fourth quarter`, `the second half of 2035`), clock times (`07:30`, `12:45`, `03:40`,
  `6.12am`, `11 o'clock`, `19:30`), addresses (`27 Orchard Row`, `12 Canal Street`, `5 Quay Street`, `14
  Weaver's Row`, `8 Abbey Street`, `2 Quay Road`), phone numbers (`0800 661 240`, `020 448 1190`, `0900
  3344 120`, `01632 448 210`, `0800 225 900`, `0345 660 1212`, `+00 41 220 5500`), names with numbers (`Year
  11`), ordinals (`fourth body`, `second strike day`, `first Friday`, `third problem`, `second data hall`),
  `one` as a pronoun or in idioms (`every one of them`, `one of the most serious`, `one of the highest`,
  `one-off`, `one way`, `No one`, `one silver lining`), `the two sides` / `the two countries` (pronoun use),
  `half mast`, `half-marathon`, and vague words without a number (`THOUSANDS`, `HUNDREDS`, `several`,
  `DAYS`, `Hundreds`, `a few percentage points`).
* **Quote.** The exact text around the figure, including the hedge or bound word (`About 28,000`, `more
  than 300`, `Around 2,100`, `AT LEAST TEN people`, `MORE THAN 1,100`, `almost €3MILLION`, `close to
  €3m`, `above 41 degrees`, `more than 20,000 runners`, `up to €1.5m`, `at least 48 hours`, `up to 30
  kilometres`, `as much as 18 per cent`, `up to 6 tonnes`, `between 4 and 6 tonnes`, `less than 0.1 per
  cent`, `an estimated 2,3 million euros`, `closer to 0.8 per cent`, `UP TO HALF A POINT`, `less than 3
  procent`, `estimated 18,000`, `closer to 640,000`, `MORE THAN A MILLION`, `between 300 and 400`, `at
  least 140 flights`, `could hit €25MILLION`, `NEARLY 2,000`, `AROUND €90MILLION`, `above 70 percent`,
  `top €9BILLION`, `at least €9bn`, `more than 247,000`) and often the counted noun; in fact boxes the
  label is part of the quote where the bare number recurs (`hospital: 74`, `care: 7`, `Dead: 4`,
  `Missing: 2`, `shut: 1,870`, `site: 12`, `failed: 5`, `Friday: 212`, `car: €42`, `risk: 1,400`);
  extended with a neighbouring word until `text.find(quote)` hits the annotated occurrence when the same
  string appeared earlier (`SEVEN were`, `FIVE HOURS at`, `14 were`, `two children`, `TWO men`, `holds
  FORTY`, `3 kilometres of`, `the six`, `to six`, `2 percent over`, `4.6 percent would`, `3.1 percent in`,
  `every TWO WEEKS`, `14 members`, `two people`, `pays €60`, `7.5 per cent figure`, `31 of`, `usual 40`,
  `12 diesel`, `five companies`, `over the two days`, `46 and`, `19 would`, `77,846 among`). Quotes never
  overlap, and two figures are never put in one quote (`[from two] to [three kilometres]`, `[from 3.5 per
  cent] to [4.6 per cent]`, `[23] of its [31] departures`, `[5] of the [12] emergency generators`).
* **Value.** Normalised to a plain number: `1.240 Lindavians` -> 1240, `41,8 degrees` -> 41.8, `2,4 million
  euros` -> 2400000, `0,12 ppm` -> 0.12, `2.201.328` -> 2201328, `6,8 milliard euros` -> 6800000000,
  `€3MILLION` -> 3000000, `€1.4BILLION` -> 1400000000, `$2.3MILLION` -> 2300000, `2MILLION+` -> 2000000,
  `6.84 million` -> 6840000, words -> digits (`SEVENTY-FOUR` -> 74, `FORTY-ONE THOUSAND` -> 41000,
  `TWENTY-TWO` -> 22, `a dozen` -> 12, `A MILLION` -> 1000000, `by an hour` -> 1, `two tenths of a point`
  -> 0.2, `about five and a half hours` -> 5.5). Durations written h:mm:ss are given in seconds (`2:14:07`
  -> 8047, `4:12:30` -> 15150) and compound durations in minutes (`five hours and 28 minutes` -> 328, `AN
  HOUR AND 35 MINUTES` -> 95), with the unit noted; rounded restatements keep the printed number (`2hr
  14min` -> 8040 seconds, `36C` for 36.4, `almost TEN PER CENT` for 9.6). A range is one figure (value =
  low, high set): `between 250 and 600 euros`, `€19m to €24m`, `$21m to $26m`, `€7.2bn to €8.9bn`,
  `between 4 and 6 tonnes`, `between two and three kilometres`, `between 300 and 400`, `four to five years`,
  `€9m to €11m`. A change written 'from two to three kilometres', 'from 4,6 to 4,8 procent', 'from 3.4 per
  cent to 3.9 per cent', 'from €15m to €25m' or 'from 1.870 to 2.050' is two figures. The value is the
  number as printed, with no unit conversion (`97.5F` -> 97.5 degrees Fahrenheit, `20 MILES` -> 20, `FIVE
  HUNDRED YARDS` -> 500, `€1,740 A YEAR` -> 1740 per year beside `€145 MORE` per month, `30 cents` -> 30
  cents) and no sign added from words (`fell 2.4 percent` is 2.4). Percentages are in percent units;
  percentage-point gaps in percentage points. Vague shares are given a nominal value only when optional
  (`half` -> 50, `a quarter` -> 25, `one in six` -> 17, `a third` -> 33, `two-thirds` -> 67, `more than
  half` -> 50, `SIX IN TEN` -> 60, `less than a third` -> 33, `HALF` -> 50).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `74 IN HOSPITAL`, `FOUR DEAD`,
  `A MILLION KIDS`, `barely FORTY-ONE`, `just FOUR KILOMETRES`, `just 3,200 homes`); `~` about / around /
  roughly / nearly / almost / some / approximately / an estimated / estimated / perhaps / closer to /
  close to / or so / could hit; a hedge before a conversion covers only what it precedes (in '€4.6m (about
  £3.9m)' the euros are `=` and the pounds `~`; in 'about €38m ($41m)' the dollars are `=`; in 'about €145
  MORE every month ... or €1,740 A YEAR' the yearly figure is `=`); `>` more than / over / above / top /
  `+`; `>=` at least; `<` less than / fewer than; `<=` up to / as much as / within; `range` for 'X to Y' and
  'between X and Y'. `low` is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise.
  Thresholds written exactly keep `=` (the heat plan's `32 degrees`, the WBGT limit of `28 degrees`, the
  turnout threshold of `50 percent`, the stay-indoors radius of `eight kilometres` for people 'living
  within' it).
* **Optional** (count neither way): ages (`41-year-old`, `29-year-old`, `three-month-old`,
  `SEVEN-YEAR-OLD`, `Dorrance, 16`, `fifty` as a future age); units and thresholds that define a measure
  (the marathon's `26-mile` route, the `1,000` of a rate per 1,000 starters, the bond's `10-year`
  maturity, a `two-bedroom` flat, `at least one adult` in work, `at least one` experienced teacher, `within
  five years` of qualifying, `at least an hour` of delay, `at least one night` lost); look-backs and windows
  (`Two days after`, `Two years ago`, `FOUR YEARS AGO`, `A week after`, `a year earlier`, `a year ago`, `TWO
  WEEKS AGO`, `a fortnight ago`, `One day after`, `ten days`, `A week on`, `three weeks` before, `in one
  year`, `in a decade`, `in ten years`, `in two days`, `within a day`, `within ten years` of opening, `the
  two days`, `over two days`, an MP's `every TWO WEEKS`); years of habit (`37 years` of a race, `FIFTY
  YEARS` in a street, `TEN YEARS` of complaints, `TWENTY-TWO YEARS` on the crossing, `thirty years` of
  waiting, `more than a century` as a ferry port, `TWELVE YEARS` in the job, `two years` of real-wage
  decline, `five years` since the last strike); and vague shares (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: the hospitalised runners, intensive care,
    still in hospital, deaths, the petition; the dead, missing, injured and seriously injured after the
    explosion, shelter occupants, households still out, damage claims; Friday's cancelled flights and
    passengers, declined card payments; the referendum margin as the count progressed;
  - *a statistic and its revision or correction* are one quantity (finishers 23,116 -> 23,204; treated
    1,180 -> 1,412; March inflation 4.6 -> 4.8 and February 5.1 -> 5.2; monthly, core and food rates; the
    ministry's turnout 41 -> 44 and closed schools 1,870 -> 2,050; the Yes share 51.6 -> 50.9, No share,
    turnout 63.8 -> 64.2 and postal ballots; Skelling's and Norrvale's shares from partial to final);
  - *estimates of one amount* are one quantity, including rival counts and forecasts of the same amount:
    the hospital count by the ambulance service and the organisers; the peak temperature forecast and
    measured; spectators by police and organisers; evacuated residents by police and council; chlorine
    released by company and inspectorate; March inflation forecast by economists and measured; the effect
    of the cap's end by an economist and the bank; turnout, strikers, closed schools and pupils sent home
    by union and ministry; marchers by police and union; Fenwing's cost by the airline, a tabloid and
    analysts; declined payments by Tally and the consumer group; the tunnel's cost by the government, the
    No campaign and a treasury review;
  - *the same amount in another currency, unit or unit of time* (euros / dollars / pounds; Celsius /
    Fahrenheit; kilometres / miles; hours / minutes; per month / per year; every year / every 12 months;
    6.84 million / 6,842,310);
  - *a demand, offer, fund, forecast or estimate that is revised* is one quantity (the pay demand 9 ->
    7.5 and offer 3.5 -> 4.6 and their costs; the victims' fund EUR 15m -> 25m; the evacuation radius 2 ->
    3 km; the bank's forecasts; the pension increase 4.6 -> 4.8 and the average pension's rise).

  Different quantities: a sub-count (starters inside registered, finishers, non-finishers, the diverted
  and national and club contingents inside the starters; hospitals, intensive care, deaths inside the
  hospitalised; dead and missing inside the night shift, employees and contractors inside the dead;
  Hartwell's strikers, closures and vacancies inside the national ones; Friday's and Saturday's
  cancellations inside the two-day total and Colnbeck's inside each day; Yes and No votes inside the valid
  votes inside the ballots cast, Skelling's and Kirkhaven's votes inside those; Ardesia's and Stavria's
  euros inside the tunnel's cost; the one-off's cost inside the offer's cost); figures tied to a distinct
  time, day or window (day one vs day two of the strike; Friday vs the two days of the outage; Pellucid's
  fall on the day vs over the week; Ostrander's intraday fall vs its close vs the week; yields and exchange
  rates on 31 March vs 18 April; the 2032 vs the 2033 race; 2027's vs 2035's turnout); a different base or
  measure (the national vs regional inflation rates; the poll's shares of all respondents vs the vote
  shares of valid votes; the share in per cent vs the amount in euros; the pension increase vs the
  inflation rate it equals; the designed vs the actual battery time; the failed vs the needed
  generators); equal values that measure different things (six misting stations vs six Lindavians in
  hospital in the marathon; 11 seriously injured vs 11 workers dead at Haltervoort vs Ostrander's 11 per
  cent close after the explosion; 3.1 per cent for clothing vs the union's 3.1 per cent inflation; 29 per
  cent turnout in 2029 vs 29 per cent government approval in the strike; five failed generators vs five
  critical payment firms in the outage; five regions vs 5 per cent undecided in the referendum); and populations and capacities beside event counts (the 118,000 teachers, 6,400 schools and 1.42
  million pupils; the electorate; the plant's employees and capacity, the 40-tonne tank; the data centre's
  servers, clients and megawatts; camp beds; the generators as a fleet; parliament's seats).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (teachers, schools, pupils, the
  electorate, pensioners, employees, servers, clients, capacity in megawatts or tonnes, camp beds,
  parliament seats, club members, a parent's children); `total`: an event count or amount that at least
  one annotated quantity is part of; `part`: a sub-count or sub-amount, with `part_of` set (a part may
  itself have parts: the Lindavian finishers -> the Lindavian starters -> the Lindavian entrants -> the
  registered entrants; Kirkhaven's Yes votes -> Skelling's Yes votes -> the Yes votes -> the valid votes ->
  the ballots cast; the seriously injured firefighter -> the injured firefighters -> the injured; Colnbeck's
  Friday cancellations -> Friday's cancellations -> the two-day total); a population is never a parent;
  `count`: a count of what happened not in a part/whole relation; `other`: measures, rates, shares, money,
  durations, levels, ratios, prices, forecasts. `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e6/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`), which is written by the hand-kept table in
`meta.py` beside it (`python3 build/src/eN/meta.py`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, clock times, phone numbers, addresses,
'Year 11', pronoun and idiom uses of 'one' and 'two', ordinals, 'half mast' and 'half-marathon', vague
words such as 'THOUSANDS' and 'HUNDREDS', and words that merely contain a number word such as 'tent',
'Tenbrink', 'Tennant', 'tenants' and 'quarterly'); `python3 build/fix_unique.py e1 ...` is an annotator's
helper that extends a quote with neighbouring words when `text.find(quote)` would hit an earlier
occurrence (its changes were reviewed by hand); `python3 build/make_readme.py` regenerates this README;
then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
