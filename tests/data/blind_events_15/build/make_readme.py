#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["brenland_budget_2032", "halvern_rsv_antibody", "merante_shipwreck", "tessen_launch_failure",
         "corriva_steering_recall", "tristar_lotto_rollover"]
DOMAIN = {"brenland_budget_2032": "1. a national budget announcement: spending, the deficit in money and as a share of GDP, tax rates and thresholds, departmental allocations as parts of a total, last year's figures, a watchdog's rival deficit estimate",
          "halvern_rsv_antibody": "2. a clinical trial result and a drug approval: participants in the arms, efficacy in per cent (first and final analysis), side effects, hospital admissions avoided, price per dose in euros, dollars and pounds, doses ordered, children eligible",
          "merante_shipwreck": "3. a migrant boat shipwreck: people on board (rival estimates), rescued, dead and missing as running counts over several days with parts (children, women, rescuers, nationalities), boat length, distance from shore, search area",
          "tessen_launch_failure": "4. a rocket launch failure: payload mass, satellites lost, cost and insurance, altitude and seconds into flight (first report and refined), previous launches and success rate, debris area and closed zone",
          "corriva_steering_recall": "5. a car maker's safety recall: vehicles recalled worldwide and by country as parts (revised upwards), crashes, injuries and deaths linked, complaints, cost of the recall, model years, dealers and repair kits",
          "tristar_lotto_rollover": "6. a lottery jackpot that rolls over several draws: the jackpot as a running amount in euros and pounds, tickets sold per draw and by country, winners sharing, odds, the previous record, the share going to good causes"}
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
out.append("# blind_events_15 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to the earlier corpora: a national "
           "budget and its watchdog's rival deficit estimate, a clinical trial and the approval and pricing of "
           "the drug, a migrant boat shipwreck, a rocket launch failure, a car maker's safety recall, and a "
           "lottery jackpot that rolls over several draws.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/`, `/work/main/benchmarks/` or `/work/main/.git` was "
           "opened, listed or searched, and no git command was run. The only files opened outside this "
           "folder were, for the format: `/work/shared/eval/score.py` (in full, and run for the self-test "
           "below); `/work/shared/eval/seeds_gold.json` (only its top-level keys, its `event`, its first four "
           "figures, its first four quantities and the first 600 characters of its notes, printed with a "
           "Python one-liner); and, from `blind_events_14`, exactly the files the brief allowed: `README.md`, "
           "`check.py`, `build/build.py`, `build/make_readme.py` and `build/fix_unique.py`. `blind_events_14`'s "
           "README was read again only by a script that extracted its capitalised words (to a temporary file "
           "under `/tmp/b15/`) so that this corpus's articles could be checked against them and none of its "
           "names reused. No directory under `blind_events_14` was listed, none of its articles, sources, gold "
           "or roles files were opened, and no other corpus was looked at. One slip is recorded for "
           "completeness: while creating this folder, a shell command listed `/work/main/tests/data/` piped "
           "through `grep blind_events_15`, so that only the line `blind_events_15` was printed; no other "
           "entry of that directory was shown and nothing in it was opened. `check.py`, `build/build.py` and "
           "`build/fix_unique.py` are `blind_events_14`'s files with the corpus name changed; "
           "`build/make_readme.py` follows `blind_events_14`'s structure, rewritten for this corpus. The "
           "annotation conventions of `blind_events_14`'s README were followed. The texts were written as the "
           "outlets would write them and were not tuned to any tool. All places, countries, languages, "
           "institutions, firms, products, outlets and people are invented (the invented countries are "
           "Brenland for the budget; Estmere, Vessana and Columbra for the drug; Cassaria, Nuvaria, Sahreen "
           "and Duaran for the shipwreck; Halmland for the rocket; Teleria, Hollmark, Sundria and Brisca for "
           "the recall; Velland, Caranthe and Corisle for the lottery; none of the names listed in "
           "`blind_events_14`'s README is reused, though generic words such as 'Daily', 'News', 'Wire', "
           "'Agency', 'Motors' and 'Coast' recur); the currencies are real (euros, pounds, dollars). As a "
           "self-test, the gold of each event was fed back to `score.py` as a perfect prediction (one claim "
           "per figure at its span with the gold value, low, high and bound, groups = quantities; the "
           "conversion script was a temporary file under `/tmp/b15/`, outside the repository), which gives "
           "extraction_f1=1.000 and link_f1=1.000 for every event.\n")
out.append("## Events\n")
out.append("| folder | domain | event | articles (file — style; outlet, date) |")
out.append("|---|---|---|---|")
for ev, dom, event, arts in rows:
    out.append(f"| `{ev}/` | {dom} | {event} | " + "<br>".join(arts) + " |")
out.append("")
out.append("Each folder holds the five `.txt` articles (UTF-8; line 1 headline, line 2 byline "
           "`By X | Outlet | date`, a blank line, paragraphs separated by blank lines, final newline; tabloid "
           "fact boxes are one paragraph with one line per entry), `gold.json` (format of `seeds_gold.json`: "
           "`event`, `figures`, `quantities`, `notes`) and `roles.json` (`{\"quantities\": {id: {\"role\", "
           "\"part_of\"}}}`). Each event's `notes` field explains its judgement calls. The five articles of an "
           "event are dated on different days, so running counts move between them; each article is 450-800 "
           "words; the translated copy uses European number formats (`312,4 billion euros`, `1.146 pages`, "
           "`31,1 percent`, `1.184 euros`, `410.000`, `0,6 percentage points`, `7.214 infants`, `77,3 percent`, "
           "`at least 20.000 treated children`, `about 61.400 children`, `5.800 square kilometres`, "
           "`1.140 migrants`, `6.300 inhabitants`, `10,6 tonnes`, `about 8.400 square kilometres`, "
           "`4,5 million euros`, `93,5 percent`, `1,38 million`, `412.000`, `40,62 euros`, `24,8 million`, "
           "`287.400 euros`, `1 to 156.544.245`, `2,50 euros`).\n")
out.append("""What the articles contain, event by event:

* `brenland_budget_2032` — Finance Minister Tomas Vellacourt presents Brenland's 2032 budget in Aldmere on
  Tuesday 14 October 2031; the Office for Fiscal Oversight (OFO) answers on Monday 20 October and a rail
  amendment follows on 22 October; articles to 24 October. Total spending (EUR 312.4bn = about $344bn,
  revised to EUR 313.0bn, 'more than EUR 310bn') with its departmental parts (social protection EUR 97.3bn,
  health EUR 68.2bn with the EUR 1.1bn hospital programme and Ravensholm's EUR 240m wing nested inside,
  education EUR 41.5bn, defence EUR 14.9bn, transport EUR 12.6bn, housing EUR 6.8bn, municipal grants EUR
  22.4bn, debt interest EUR 11.2bn, culture EUR 1.9bn, the EUR 600m rail amendment) vs 2031's EUR 298.7bn;
  revenue (EUR 296.1bn vs the OFO's EUR 293.0bn; 2031: EUR 276.9bn); the deficit in euros (EUR 16.3bn =
  about $17.9bn -> EUR 16.9bn; OFO EUR 19.4bn) and as a share of GDP (3.1 -> 3.2 per cent; OFO 3.7) vs 2031
  (EUR 21.8bn, 4.2 per cent) and 2030 (EUR 24.5bn, 5.0 per cent); the gap ('EUR 3BILLION WORSE', 'probably
  EUR 3bn', EUR 3.1bn); the 3 per cent ceiling vs the alliance's 3 per cent defence target; GDP EUR 526bn,
  growth 1.4 / 1.2 / 1.1 per cent; the basic rate 22 -> 21 per cent (first cut in ELEVEN YEARS), allowance
  EUR 12,000 -> 13,500, top rate 45 per cent with threshold EUR 95,000 -> 100,000, corporation tax 24 -> 25
  per cent above EUR 2m (about 18,000 companies, EUR 1.3bn a year); the average earner's EUR 605 a year
  (ABOUT EUR 50 A MONTH) vs Ravensholm's about EUR 540 and the OFO's about EUR 410; the package's cost EUR
  3.6bn vs the OFO's EUR 4.1bn; tobacco (40 cents, EUR 9.80), fuel (EUR 85 a year), pensions (3.9 per cent,
  EUR 1,184 a month, 1.9 million pensioners), child benefit (EUR 15 -> EUR 190); debt (78.4 per cent of GDP
  -> 79.1; EUR 412bn; more than EUR 42,000 a head; target 60 per cent); seats (151, coalition 79, Rural Party
  nine, 76 needed, FOUR rebels); bonds; Ravensholm's 180-bed wing, 620 beds, 350 jobs, grant, rail line,
  unemployment and 288,000 inhabitants.
* `halvern_rsv_antibody` — Halvern Biologics' infant RSV antibody sorivimab: LANTERN results on Thursday 9
  May 2030 in Portlake, approval by Estmere's Medicines and Devices Board on Thursday 12 September, the
  Estmere Health Service's price deal on 18 September and order increase on 30 September, the first
  injections at St Aldric's, Thornwick, on 1 October. Enrolment (7,214 = MORE THAN 7,000) with the arms
  (4,809 and 2,405; TWICE as big) and the 312 Vessanese and 486 Thornwick infants as parts; infections (26
  vs 61) with hospital admissions (Eight vs 27) and intensive care (One vs seven) nested inside; efficacy
  against infection (78.7 -> 77.3 per cent; 79%) and against admission (85.2 -> 84.9 per cent; 85%), the
  confidence interval; side effects (injection site 3.1 vs 2.8, fever, serious events 6.2 vs 6.5); trial
  deaths (three: two and one); the list price (analysts' UP TO EUR 500 -> EUR 420 = about $462 = GBP 361)
  vs the EHS's EUR 265 (about 37 per cent off), Columbra's $495 and Vessana's about EUR 262; doses ordered
  (180,000 -> 240,000; the 60,000 option and Thornwick's 14,500 as parts; EUR 47.7m -> about EUR 63.6m);
  children eligible (about 172,000 = 158,000 infants + 14,000 toddlers); admissions avoided (ROUGHLY 4,000,
  about 4,300) of about 6,100 a year; cost per QALY; the older antibody (five monthly injections at EUR 780
  = EUR 3,900 a course for about 2,500 babies); capacity (up to 3 million doses, 1.2 million reserved by
  nine countries); Halvern's shares (14 per cent to EUR 48.60; 6 per cent to EUR 55.20; about 30 per cent
  since May); St Aldric's winter (412 admissions, 38 in intensive care, 61 at the peak, 24 beds).
* `merante_shipwreck` — a migrant trawler from Tabrit, Nuvaria, capsizes before dawn on Tuesday 10 June
  2031 about 47 nautical miles (87 km, 54 MILES) south-west of Isola Merante, Cassaria; articles to 18 June.
  People on board (about 350; AS MANY AS / UP TO 400; 350 to 400; between 300 and 350; at least 340) with
  the rescued (79 -> 104 / One hundred and four), the dead (23 -> 41 / FORTY-ONE -> 52 -> 64 -> 78) and the
  missing (UP TO 250 -> around 200 -> roughly 180 -> at least 158) as parts; children (SEVEN -> 11 -> 14 ->
  17) and women (FIVE -> nine -> 12 -> 15) among the dead; the rescued by rescuer (coast guard 73, the
  merchant ship 25, the fishing boat six: four men and two women) and by nationality (47, 31, 26), six
  children with four unaccompanied, eleven treated in hospital vs eight still there; the boat (about 22
  metres = 72FT, built for about 70, FIVE TIMES / nearly five times overloaded); depth (more than 3,000
  metres = MORE THAN A MILE); days at sea (four vs FIVE); rescue time (nearly four hours; 'Four hours')
  vs 12 minutes to leave port, 15 hours since the aircraft sighting, more than 20 hours adrift; vessels
  (Four -> Five) and aircraft (two -> three); the search area (2,400 -> 5,800 square kilometres); the fare
  ($4,000-6,000 = EUR 3,700-5,500; UP TO GBP 4,700) and the smugglers' take; arrivals (about 31,500 with
  Merante's more than 14,000 and 1,140 in a week inside), the route's toll (1,182 -> more than 1,400; 1,960
  in 2030) and Cape Sorra's 312 in 2027; the reception centre (350 places, 810 -> about 520), mourning,
  coffins, the mortuary and the island's 6,300 inhabitants.
* `tessen_launch_failure` — Corvane Aerospace's Tessen 2 is destroyed after lift-off from Tavik Spaceport,
  Halmland, on Thursday 6 February 2031 with 24 Orbelia Networks satellites; preliminary findings on 13
  February; articles to 14 February. The anomaly at 168 seconds (refined to 166.4; '166 seconds'; 'just
  under three minutes') and about 74 km (46 MILES; refined to 73.2 km) vs destruction 23 seconds later, at
  191 seconds ('just over three minutes', THREE MINUTES) and about 88 km; speed (some 7,600 km/h =
  4,700MPH); payload 10.6 tonnes (23,400LB) and 420 kg (926LB) satellites; the rocket (68-metre = 223FT);
  the loss (about EUR 166m = GBP 143MILLION = about $183m; 'well over EUR 150m') with the satellites (EUR
  108m = $119m = GBP 93MILLION) and the launch (EUR 58m) as parts and the insured EUR 122m ($134m; UP TO
  GBP 105MILLION) and uninsured about EUR 44m as another split; launches before (31: 29 successes, two
  failures), 32 flights, a streak of 17, success rate 93.5 -> 90.6 per cent; the debris area (about 210 km
  = 130 MILES by 40 km) and the closed zone (about 8,400 -> about 5,000 square kilometres); the
  constellation (432; 168 in orbit; 216 for service); rebuild time (about 18 months / EIGHTEEN MONTHS);
  shares (11.8 per cent / NEARLY 12 PER CENT; then 3.2); the backlog (46 launches, Orbelia's seven and the
  two it may move inside); world launches (231, seven failed); Kessvik's beaches (43 fragments, 22 boats,
  the fishing ban of TEN DAYS, a EUR 500,000 fund) and about 600 spectators.
* `corriva_steering_recall` — Corriva Motors recalls Lune and Sorel cars over a loose steering-column bolt
  on Monday 3 March 2031 in Klessing, Teleria, and widens the recall on Wednesday 12 March; articles to 14
  March. Vehicles recalled (1.38 million -> 1.62 million) with the countries as parts (Teleria 412,000 ->
  468,000 with 251,000 Sorels and 161,000 Lunes inside; Hollmark 286,000 / NEARLY 300,000 -> 331,000 with
  the Grendale district's 1,850 inside; Sundria 241,000 -> 262,000; Brisca 163,000 -> 187,000; the rest
  278,000 -> 372,000) and the 240,000 added (about 150,000 Ardens inside); crashes (47 -> 58), injuries (23
  -> 31; Hollmark's FOUR and Teleria's five inside), deaths (two -> three; one in Teleria, one in Sundria)
  and complaints (about 1,260 / MORE THAN 1,200 -> more than 1,900); the cost (EUR 480m = $528m = GBP
  413MILLION; analysts' EUR 600-700m; EUR 610m = about $671m; the EUR 130m increase; about EUR 377 a
  vehicle; about 16 per cent of the EUR 3.9bn profit); repair kits (200,000 by March with about 60,000 for
  Teleria; 900,000 by May); dealers (3,900 with 410 in Teleria and 260 in Hollmark; EUR 145 a repair; up
  to / no more than eight a day); the repair (about 90 minutes); share moves by day and window and the
  share price (EUR 41.20 -> 40.62 -> 39.35); the TVSA's 14 days; 'almost three years' / 'three years' of
  warnings; the Grendale plant (6,800 staff, 2,200 on the Sorel line, a two-day stoppage, about 1,100 cars
  a day) and its dealer (340 calls, more than 200 bookings, six or seven repairs a day).
* `tristar_lotto_rollover` — the TriStar Lotto jackpot (Velland, Caranthe, Corisle) rolls over from 27
  September 2031 until it is won on Saturday 18 October by a bakers' syndicate in Brackwell and a couple in
  Sankt Arno; articles 12-24 October. The jackpot as one running amount (EUR 88m; EUR 107m = GBP
  93MILLION; 'could pass EUR 130 million', about 130 million euros, 'top GBP 113MILLION'; EUR 146.2m / EUR
  146m) with each winner's EUR 73.1m and each baker's about EUR 5.22m nested inside; the 2028 record (EUR
  142.6m = GBP 124MILLION), the floor (EUR 17m) and the cap (EUR 200m = GBP 174MILLION); rollovers (FOUR
  -> five times); tickets per draw (14.2, 19.6, 24.8 and 38.9 million, the forecasts 'exceed 22 million'
  and 'as many as / more than 35 million') as parts of the run's about 120 million, with Corisle's 3.1
  million, Caranthe's 7.1 million and Velland's 21.7 million inside their draws and the prize-winning
  tickets too; the record of 31.4 million; odds (1 in 156,544,245 = 1 IN 156 MILLION = 1 to 156.544.245 =
  1 in 156.5 million) vs 1 in 25.4 million before 2027; the ticket (EUR 2.50 / GBP 2.20); shares of each
  stake (40 per cent to the jackpot, 27 per cent / 27p in every pound to good causes, about 12 per cent to
  treasuries, 5 per cent commission); good-causes money by draw and country (about EUR 13.2m, MORE THAN GBP
  1.8MILLION, about 4.8 million euros, about EUR 26m) inside the run's about EUR 81m; 88 millionaires (31
  Caranthian) vs the EUR 88m jackpot; spending by income group; Brackwell (14 bakers, EUR 5 a week, 62
  staff, 23,400 inhabitants, a EUR 50,000 retailer's bonus).
""")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` and "
           "`text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every quantity used "
           "and described; roles valid, `part_of` only on parts and pointing to a known quantity, every "
           "`total` has a part, and every quantity with parts is a `total` or a `part`; targets of 80 figures "
           "and 80 gold pairs per event) and prints this table (gold pairs = pairs of non-optional figures of "
           "one quantity in different articles; linked 2+ = quantities with non-optional figures in at least "
           "two articles):\n")
out.append("```\n" + check + "\n```\n")
out.append("""## Annotation conventions

These follow the conventions described in `blind_events_14`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in
  headlines as well as in the body and in tabloid fact boxes (`41 DEAD`, `Dead: 41`, `FORTY-ONE bodies`,
  `One hundred and four`, `ELEVEN YEARS`, `TWENTY-FOUR`, `Forty-six`, `NINE families`, `Rescued: 104`,
  `Rollovers so far: FOUR`, `Cost to you: £0`, `1.38MILLION`, `£143MILLION`, `Mum-of-three`,
  `Mum-of-two`, `Mum-of-four`, `151-seat`, `180-bed`, `68-metre`, `223FT`, `72FT`, `926LB`, `23,400LB`,
  `4,700MPH`, `74-kilometre`, `two-day`, `94-year`). Ratios and multiples are figures (`TWICE as big`,
  `FIVE TIMES`, `nearly five times`, `MORE THAN TWICE`, `more than double`, `nearly four times`, `about six
  times`, `TEN TIMES`, `three times`, `twice` for two incidents). Durations that measure the event are
  figures (`almost two hours` of speech, `nearly four hours` to the scene, `12 minutes` to leave port,
  `168 seconds`, `23 seconds`, `just over three minutes`, `NINE HOURS` in the water, `about 90 minutes`
  for a repair, `within 14 days`, `at least 90 days`, `about 18 months`, `two-day` stoppage). Counts
  written as `one` are figures where they count (`one in Teleria`, `and one` in the placebo group, `ONE
  SHOT`, `just one`, `one injection`, `only one` star before 2027). Not figures: calendar and model years (2027 to 2030,
  2026, 2031), dates (`14 October`, `on 27 September`, `9 June`), weekdays, clock times (`01:52`,
  `1.52am`, `10:14`, `10.14`, `8.45pm`, `five o'clock`), numbers in names (`Tessen 2`, `Vexa 6`, `phase
  3`), ordinals (`fourth budget`, `SIXTH year`, `third-largest`, `THIRD time`, `third death`, `fourth
  consecutive draw`, `second-highest`, `second week`, `first-quarter`), `one` as a pronoun or in idioms
  (`every one of those`, `a fresh one`, `one of the biggest`, `No one`, `one-off`, `One bad bolt`, `one
  after the other`), `think twice`, `split in two`, quintile labels (`the poorest fifth`), and vague words
  without a number (`hundreds`, `several hundred`, `MILLIONS`, `a handful`).
* **Quote.** The exact text around the figure, including the hedge or bound word (`about $17.9 billion`,
  `more than €310bn`, `within seven days`, `could be €3BILLION WORSE`, `probably €3bn`, `UP TO 250
  MISSING`, `AS MANY AS 400 migrants`, `at least 340`, `between 300 and 350`, `fewer than 100`, `under
  €10m`, `less than half a second`, `just under three minutes`, `up to 3 million doses`, `could pass
  €130 million`, `exceed 22 million`, `top £113MILLION`, `Some 1,850`, `no more than eight`) and
  often the counted noun; in fact boxes the label is part of the quote where the bare number recurs
  (`Worldwide: 1.38MILLION`, `Deaths linked: 2` as `linked: 2`, `Rescued: 104`, `Ticket: £2.20`);
  extended with a neighbouring word until `text.find(quote)` hits the annotated occurrence when the same
  string appeared earlier (`allowance: €13,500`, `from 22`, `has 79`, `three more`, `two national`, `and
  two`, `two people`, `286,000 here`, `shipwreck to 52`, `are 11 children`, `31 from`, `two of`, `20 more`,
  `168 in`, `the 24`, `in 31`, `seven failed`, `wait ten days`, `charge UP TO €500`, `€420 a dose`,
  `to 240,000 doses`, `created 88`, `all three`). Quotes never overlap, and two figures are never put in one
  quote (`[from 22] to [21 per cent]`, `[€16.9bn], or [3.2 per cent]`, `[4,809] received
  sorivimab and [2,405] a dummy injection`, `from [2.400] to [5.800 square kilometres]`).
* **Value.** Normalised to a plain number: `312,4 billion euros` -> 312400000000, `1.146 pages` -> 1146,
  `31,1 percent` -> 31.1, `7.214` -> 7214, `10,6 tonnes` -> 10.6, `1 to 156.544.245` -> 156544245,
  `£143MILLION` -> 143000000, `1.62m` -> 1620000, `about 40 cents` of a euro ->
  0.4 (unit euros), `40c` -> 40 (unit cents), words -> digits (`FORTY-ONE` -> 41, `One hundred and four`
  -> 104, `Forty-six` -> 46, `TWENTY-FOUR` -> 24, `EIGHTEEN MONTHS` -> 18, `MORE THAN A MILE` -> 1,
  `half an hour` -> 0.5 hours). A range is one figure (value = low, high set): `between $4,000 and
  $6,000`, `€3,700 to €5,500`, `350 to 400 people`, `600 to 700 million euros`, `69.8 to 85.1
  percent`, `two or three days`, `six or seven`, `40 or 50`, `20 or 30`, `1 to 55`. A change written
  'from 22 percent to 21 percent', 'from €12,000 to €13,500', 'from €480m to €610m', 'from
  180,000 to 240,000 doses' or 'from 2.400 to 5.800 square kilometres' is two figures. The value is the
  number as printed, with no unit conversion (`223FT` -> 223 feet, `46 MILES` -> 46, `926LB` -> 926,
  `27p in every pound` -> 27, `ABOUT €50 A MONTH` -> 50 per month beside `€605 a year`, `£10,600 A
  DAY` -> 10600) and no sign added from words (a `fall of 6.8 percent` is 6.8). Percentages are in percent
  units. Rounded restatements keep the printed number (`85%` for 85.2, `79%` for 78.7, `166 seconds` for
  166.4, `1 IN 156 MILLION` for 156,544,245, `NEARLY 12 PER CENT` for 11.8, `€146m` for €146.2m).
  Vague shares are given a nominal value only when optional (`a fifth` -> 20, `ONE in 30` -> 3.3, `more
  than three-quarters` -> 75, `two in three` -> 67, `about a quarter` -> 25, `by a third` -> 33, `almost
  every third` -> 33, `half` / `Half` -> 50, `about one in 1,500` -> 1500).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `41 DEAD`, `€107 million`
  in a headline, `130 million euros are at stake`); `~` about / around / roughly / nearly / almost / some /
  approximately / an estimated / perhaps / probably / could be; a hedge before a conversion covers only
  what it precedes (in '€16.3 billion (about $17.9 billion)' the euros are `=` and the dollars `~`; in
  '€420 a dose - about $462, or £361' the pounds are `=`); `>` more than / over / well over / could
  pass / exceed / top; `>=` at least; `<` less than / fewer than / under / just under; `<=` up to / as many
  as / at most / no more than / within; `range` for 'X to Y', 'X or Y' and 'between X and Y'. `low` is set
  for `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise. A threshold written 'profits above
  €2 million' or 'firms making more than €2MILLION' is the exact threshold and keeps `=`.
* **Optional** (count neither way): ages (`34`, `17-year-old`, `67-year-old`, `ten-day-old`, `SIX WEEKS
  old`, `perhaps two years old`); thresholds and units that define a measure (a pack of `20 cigarettes` /
  `20-pack`, the `10-year` bond, the `95 percent` confidence level, the `150 days` / `five months`
  follow-up, children `under five`, `up to 24 months`, the game's ranges `1 to 55`, `1 to 10` and `12`,
  matching `five numbers` and `one star` for a prize tier, `two numbers` for the lowest prize, `one ticket`
  in the odds, a mathematician's `35 million` tickets, a hypothetical `100 tickets` and `24 YEARS`, `two
  kids` in a charity's example, the `20 or 30` early flights of new rockets); look-backs and windows (`two
  years ago`, `Ten days after`, `two days later`, `a year later`, `in a decade`, `the past six years`, `the
  last eight years`, `Three years ago`, `the past two weeks`, `a fortnight`, `in a day`, `FOUR YEARS AGO`,
  `A week after`, `a year earlier`, `Three days after`, `in three days`, `the past seven days`, `Two days
  after`, `One week after`, `another week`, `Nine days later`, `a week and a half ago`, `three weeks`, `a
  week or two`); years of habit (`five years` of a campaign, `fifty years` of waiting, `forty years` at sea,
  `22 years` of supply, `more than 60 years` of car-making, `nine years` of a syndicate, `23 years` on the
  bread line, `ten years` without playing); and vague shares (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: the rescued, dead, missing, children and
    women among the dead, vessels and aircraft in the search; crashes, injuries, deaths and complaints
    linked to the recall; rollovers; a share price; the jackpot on offer as one rolling amount;
  - *a statistic and its revision or correction* are one quantity (efficacy 78.7 -> 77.3 per cent and
    85.2 -> 84.9; the anomaly's time 168 -> 166.4 seconds and altitude 74 -> 73.2 km; vehicles recalled
    1.38 -> 1.62 million and each country's share; the search area 2,400 -> 5,800 square kilometres; the
    closed zone 8,400 -> 5,000 square kilometres);
  - *estimates of one amount* are one quantity: the deficit, revenue, growth and the tax cut's cost by
    the ministry, the central bank and the watchdog; people on board by survivors, ministry, tabloid and
    agency; days at sea in two accounts; the list price expected and set; admissions avoided; the recall's
    cost by the company and the analysts; tickets for the record draw forecast and sold;
  - *the same amount in another currency, unit or unit of time* (euros / dollars / pounds; metres / feet;
    kilometres / miles / nautical miles; kilograms / tonnes / pounds weight; seconds / minutes; per year /
    per month; per cent / pence in the pound);
  - *a budget, price, rate, order or provision that is revised* is one quantity (total spending EUR 312.4bn
    -> 313.0bn; the basic rate 22 -> 21 per cent; the allowance; the top-rate threshold; corporation tax;
    doses ordered 180,000 -> 240,000 and the order's value; the recall provision EUR 480m -> 610m).

  Different quantities: a sub-count (departments inside total spending and the hospital programme and
  Ravensholm's wing inside health; trial arms, national contingents, infections, admissions and intensive
  care nested in the enrolment; the rescued, dead and missing inside those on board, children and women
  inside the dead, rescuers and nationalities inside the rescued; satellites, launch, insured and uninsured
  inside the loss; countries, districts and model lines inside the recall; each draw's sales inside the
  run, countries' sales inside a draw, winners' shares inside the jackpot); figures tied to a distinct time
  or window (2032 vs 2031 vs 2030 budget figures; debt now vs at end-2032; the anomaly vs the destruction;
  share moves on Monday, Tuesday and Wednesday vs since the recall as of 8 March and 14 March; tickets per
  draw; good-causes money per draw vs over the run; in hospital on day one vs still in hospital); a
  different base or measure (the deficit in euros vs per cent of GDP; the national vs Ravensholm's average
  gain vs the inflation-adjusted gain; the list price vs the EHS's price vs Columbra's vs Vessana's; efficacy
  against infection vs against admission; the debris area's length vs the closed zone's area; the odds now
  vs before 2027); equal values that measure different things (the 3 per cent deficit ceiling vs the 3 per
  cent defence target; 88 millionaires vs the EUR 88m jackpot; six rescued by the fishing boat vs six rescued
  children; 14 valves vs 14 launches planned for 2031; 168 seconds vs 168 satellites in orbit; 40 per cent
  of each stake vs 40 swimming pools; 31 per cent of adults vs 31 Caranthian millionaires; EUR 166m vs 166 seconds; nine Rural Party seats vs nine museums); and populations
  and capacities beside event counts (Brenland's inhabitants, seats, pensioners, state employees and
  museums; Halvern's employees, clinics and ward beds; the island's inhabitants, the reception centre's
  places, the boat's capacity, patrol vessels and the fishing fleet; the constellation and satellites in
  orbit, Corvane's staff and Kessvik's inhabitants; Corriva's employees and the Grendale plant's staff;
  the lottery's countries, a syndicate and the town of Brackwell).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (inhabitants, seats, pensioners,
  employees, museums, beds, clinics, births per year, the boat's capacity, reception places, graves and
  mortuary places, fishing boats, patrol vessels, a crew, the constellation and satellites in orbit, the
  countries in the game, a syndicate's members, a mother's children); `total`: an event count or amount that
  at least one annotated quantity is part of; `part`: a sub-count or sub-amount, with `part_of` set (a part
  may itself have parts: intensive care -> admissions -> infections -> a trial arm -> enrolment; Ravensholm's
  wing -> hospital programme -> health -> total spending; women rescued by Barresi -> the fishing boat's
  rescues -> the rescued -> those on board; Teleria's Sorels -> Teleria -> the recall; each baker's share ->
  a winner's share -> the jackpot; Corisle's tickets -> the 11 October draw -> the run); a population is
  never a parent; `count`: a count of what happened not in a part/whole relation; `other`: measures, rates,
  shares, money, durations, levels, ratios, prices, forecasts. `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e6/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years and model years, clock times, numbers in names
such as 'Tessen 2', 'Vexa 6' and 'phase 3', pronoun and idiom uses of 'one' and 'twice', ordinals such as
'fourth', 'SIXTH', 'third' and 'first-quarter', vague words such as 'hundreds' and 'MILLIONS', and words
that merely contain a number word such as 'tent' and 'millionaires');
`python3 build/fix_unique.py e1 ...` is an annotator's helper that extends a quote with neighbouring
words when `text.find(quote)` would hit an earlier occurrence (its changes were reviewed by hand, and
awkward extensions were rewritten); `python3 build/make_readme.py` regenerates this README; then run
`python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
