#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["wexley_tower_fire", "vireon_cells_ipo", "sjelvik_port_strike", "valtessa_census",
         "ardanza_record_transfer", "tarovia_drought_wheat"]
DOMAIN = {"wexley_tower_fire": "1. fire in a residential high-rise tower: floors and flats burnt, residents, dead / injured / missing as running counts with nested parts (children, Dalvian citizens, in hospital, critical, firefighters), firefighters and engines, hours to control and to put out, rehoused households, an appeal fund in pounds and euros, an earlier inspection and the cladding",
          "vireon_cells_ipo": "2. a company's stock-market flotation: price range, revised range and final price, shares sold (new and existing), money raised with and without the over-allotment option, valuation in euros, dollars and pounds, first-day move in per cent, order-book cover, staff shares, the founders' stakes before and after",
          "sjelvik_port_strike": "3. a port workers' strike: strikers by union vs employers, days of strike, ships waiting and containers backlogged (running), daily and total cost of the strike (rival estimates, euros / pounds), wage demands and offers in per cent over years, ships diverted, the final deal",
          "valtessa_census": "4. a national census release and its correction a week later: population total, growth in people and per cent, regions and districts as nested parts, households, median age, foreign-born share, the omitted residents, 2020 comparisons",
          "ardanza_record_transfer": "5. a record football transfer: guaranteed fee and add-ons in euros and pounds, contract years, wages per week / day / hour / year, previous world and club records, the selling club's profit and a sell-on share, agents' fees, rival bids",
          "tarovia_drought_wheat": "6. a drought-hit wheat harvest: harvest forecast in tonnes revised twice plus rival estimates, yields per hectare, area sown and lost (hectares / acres, national and regional parts), export quota, price per tonne in dollars, euros and pounds, farmers' aid"}
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
out.append("# blind_events_14 — hand-annotated fictional news coverage\n")
out.append("Six invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to the earlier corpora: a fire in "
           "a residential tower block, a company's stock-market flotation, a port workers' strike, a national "
           "census and its correction, a record football transfer, and a drought-hit wheat harvest.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/` or `/work/main/benchmarks/` was opened, listed or "
           "searched, and nothing under `/work/main/tests/` except the files named here. The only files "
           "opened outside this folder were, for the format: `/work/shared/eval/score.py` (in full); "
           "`/work/shared/eval/seeds_gold.json` (its size in bytes, its top-level keys, its `event`, its first "
           "four figures, its first four quantities and the first 600 characters of its notes, printed with a "
           "Python one-liner); and, from `blind_events_13`, exactly the files the brief allowed: `README.md`, "
           "`check.py`, `build/build.py`, `build/make_readme.py` and `build/fix_unique.py`. `blind_events_13`'s "
           "README was read again only by a script that checked the capitalised words of this corpus's "
           "articles against it, so as not to reuse its names. No directory under `blind_events_13` was "
           "listed; none of its articles, sources, gold or roles files were opened, and no other corpus was "
           "looked at. No git command was run. `check.py`, `build/build.py` and `build/fix_unique.py` are "
           "`blind_events_13`'s files with the corpus name changed; `build/make_readme.py` follows "
           "`blind_events_13`'s structure, rewritten for this corpus. The annotation conventions of "
           "`blind_events_13`'s README were followed. The texts were written as the outlets would write them "
           "and were not tuned to any tool. All places, countries, languages, institutions, firms, clubs, "
           "outlets and people are invented (the invented countries are Albrin and Dalvia for the fire, "
           "Ambria for the flotation, Kordavia and Merrow for the strike, Valtessa for the census, Wendland "
           "and Verania for the transfer, Tarovia, Numidia and Dunmere for the harvest; none of the names "
           "listed in `blind_events_13`'s README is reused, though generic outlet words such as 'Review', "
           "'Daily', 'Gazette', 'Herald' and 'Wire' recur); the currencies are real (euros, pounds, dollars). "
           "As a self-test, the gold of each event was fed back to `score.py` as a perfect prediction (one "
           "claim per figure at its span with the gold value and bound, groups = quantities; the conversion "
           "script was a temporary file under `/tmp/b14/`, outside the repository), which gives "
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
           "words; the translated copy uses European number formats (`14.000 people`, `1,3 million pounds`, "
           "`5.000 pounds`, `290.000 pounds`, `7,5 million shares`, `1,725 billion euros`, `16,2 percent`, "
           "`4,5 percent`, `46.000 containers`, `3,4 million TEU`, `8.412.356 inhabitants`, `41,3 years`, "
           "`2,40 persons`, `4,2 million euros`, `around 410.000 euros per week`, `19,6 million tonnes`, "
           "`1,9 tonnes per hectare`, `some 660.000 hectares`).\n")
out.append("""What the articles contain, event by event:

* `wexley_tower_fire` — fire breaks out at about 01:10 on Sunday 14 January in a kitchen on the ninth
  floor of Wexley Tower (24 storeys, 120 flats, 72 metres = 236FT) in Kelbridge, Albrin; articles to 23
  January. The dead (at least seven, 11 / ELEVEN, 14, 16, 18) with the children (3, 4, 5; two pupils of
  Saltmarsh Primary inside) and the Dalvian citizens (TWO, four, five; two Dalvian children inside) as
  parts; the injured (29, Thirty-one, 32, 33, 34) with those still in hospital (22, 17, 12, 7; critical
  6, SIX, 5, 4, 2 inside) and firefighters hurt (3, FOUR, 4) as parts; the missing (as many as 30, 19,
  nine, four, two); residents rescued (more than 60, 65); floors reached (at least 12, 15 FLOORS, 15,
  16 of the 24); flats burnt out (58, 61 of the 120); firefighters at the peak (about 180, NEARLY 200,
  180, some 200) vs more than 450 over three days; engines (36, 40 ENGINES, 36 vehicles, 40; four aerial
  ladders inside, reaching 42 metres); response six minutes; hours to control (almost nine, NINE HOURS)
  vs 56 hours until out; residents (around 350; the register's 318; closer to 400) in 112 households,
  about 60 Dalvians, the 14.000-strong Dalvian community, the city's 356,000; households rehoused (41
  families in hotels, 57, 84, 97; 6 -> 15 in permanent homes); the GBP 5,000 (= about 5.750 euros)
  payment; the appeal fund (GBP 750,000, 1,3 million pounds = about 1,5 million euros, GBP 1.9m, GBP
  3.4m = about EUR 3.9m) with Dalvia's EUR 500,000 (= roughly GBP 430,000) and Kelbridge Rovers' GBP
  50,000 as parts; the government's GBP 10m grant; the April 2027 inspection (27 of 48 doors defective;
  nine recommendations, three carried out); the GBP 6.2m cladding with its GBP 290,000 saving; 4,100
  tall blocks nationally and about 310 with similar cladding; Morrell House 2016 (three dead, an inquiry
  of four years).
* `vireon_cells_ipo` — the battery maker Vireon Cells lists on the Dorrach exchange, Ambria: range EUR
  24-28 set on Monday 1 October, raised to 27-30 on 8 October, priced at EUR 30 (about GBP 26) on 10
  October, first trading on 11 October, over-allotment exercised on 17 October. Offer price (ranges and
  final) as one quantity, likewise the valuation at the offer price (EUR 7.7-9bn = USD 8.4-9.8bn; up to
  EUR 9bn; 8,6-9,6 billion; EUR 9.6bn = about USD 10.5bn = GBP 8.3BILLION) and the money raised by the
  base offering (EUR 1.2-1.4bn; 1,35-1,5 billion; EUR 1.5bn = GBP 1.3BILLION), vs the money raised with
  the option (as much as EUR 1.61bn; up to 1,725 billion; EUR 1.725bn) and Vireon's own proceeds (EUR
  1.2bn; EUR 1.425bn with the option); 50 million shares (40 million new, 10 million from Oskarsen) and a
  7.5 million-share option; 320 million shares outstanding; order book more than ten times -> 14 TIMES;
  first day up 23 per cent (open 15 per cent at EUR 34.50, high EUR 38.20 = 27 per cent, close EUR 36.90;
  EUR 11.8bn = GBP 10.2BILLION) and a week later EUR 33.40 (11 per cent, about EUR 10.9bn); founders'
  stakes (18.5 -> 16.2 per cent; 9.8 -> 8.6 per cent), their value (about EUR 2.4bn) and paper gains;
  the 180-day (six-month) lock-up; staff shares (1.2 million reserved, some 900,000 taken up by about
  3,100 of the 4,200 employees, at EUR 27 after a 10 per cent discount, plus 20 free shares); the Fenlow
  plant (EUR 2.1bn = GBP 1.8BILLION, 40 GWh, 1,800 jobs); revenue, losses, fees, Telvar's 2021 record.
* `sjelvik_port_strike` — dockworkers at Sjelvik, Kordavia, strike from Monday 4 March to a deal on
  Monday 18 March. Strike days so far (three, six, NINE DAYS, 12, 15); strikers (the union's 6,200 ->
  6,400, the employers' fewer than 4,500 -> 4,300, About 6,000) of a workforce of 9,000; ships waiting
  (38, 57, 71, 64, peak 78, then 52; 12 container ships inside on day 3); containers backlogged (some
  21,000, 46.000, EIGHTY THOUSAND, 101,000, about 118,000) with refrigerated boxes (about 1,200, 3.200,
  4,000, some 5,900) inside; ships diverted (eleven, Fourteen, more than 30, More than 40; the 19 at Port
  Collis inside); the daily cost (employers' about EUR 48m = GBP 42MILLION A DAY, the chamber's EUR 55m,
  the union's less than EUR 20m, the institute's EUR 30m to 35m) vs the total (some EUR 720m vs no more
  than EUR 300m); the union's demand (9 -> 8 per cent over two years), the employers' offer (4.5 per cent
  over two years -> 6 per cent over three years -> 6.5 per cent over two years) and the deal (7 per cent
  over two years plus EUR 1,500); inflation, wages in euros and pounds, Volund Motors' 2,300 workers sent
  home and nine idle days vs the nine-day strike of 2016; Port Collis's extra boxes, lorries (more than
  doubled: 1,400 vs about 600) and its 64,000 people.
* `valtessa_census` — the Valtessan Statistics Office releases the 2030 census on Thursday 6 March 2031
  and corrects it on 13 March after 25,545 residents of Dovrany were left out. The population (passes
  8.4 million; 8,412,356 = 8.4 MILLION = 8.412.356 -> 8,437,901) vs 2020's 7,981,240; growth (431,116 =
  431,000 -> 456,661; 5.4 -> 5.7 per cent); natural change (about 112,000) and net migration (some
  543,000 -> 569,000); the five regions as parts (Capital Region 2,341,207 with Marcella 1,248,930 =
  1.25 MILLION inside; Southern Coast; Western Plains; Northern Highlands; Eastern Lowlands 1.402.118 ->
  1,427,663 with Dovrany 96.310 -> 121,855 inside, and the omitted 25,545 inside that) and Dovrany's
  register of 123,400; changes (Dovrany's fall of 18,5 per cent -> growth of 3.1; the Eastern Lowlands'
  0,2 -> 2.0 per cent); households (3,505,980 = 3.5 MILLION -> 3,515,300; 9,320 omitted inside) and their
  size (2.40 vs 2.55); median age (41.3 -> 41.2 vs 39.8); the foreign-born share (14.2 -> 14.3 per cent
  vs 10.6; about 1.2 million people) and the over-65s (21.7 per cent; more than 1.8 million); seats (one
  of 24 to be lost, then kept), funding (about EUR 14m a year), response and online shares, cost (EUR
  128m, about EUR 15 per resident), dwellings, births, a projection and a mountain village.
* `ardanza_record_transfer` — Castlebury United (Wendland) agree on Thursday 2 August 2029 to sign
  Mateus Ardanza from CD Ostena (Verania); he is presented on Sunday 5 August. The guaranteed fee (EUR
  115m = GBP 98.4m = GBP 98MILLION) and add-ons (up to EUR 15m = GBP 13MILLION) as parts of the total
  (could rise to EUR 130m = about GBP 111m = GBP 111MILLION); the previous world record (EUR 105m = GBP
  90MILLION) and the club record (GBP 72m); a six-year contract; wages (about GBP 350,000 a week = GBP
  50,000 A DAY = GBP 2,083 AN HOUR = about GBP 18.2m a year = around 410.000 euros per week) vs GBP
  109MILLION over the contract; Ostena's EUR 8m purchase (GBP 6.8MILLION) and profit (about EUR 107m =
  more than GBP 90MILLION) with Brisa's sell-on (15 per cent; about EUR 16m inside the profit); agents'
  fees (around EUR 12m, GBP 10MILLION, 11,5 million euros); rival bids (Korvast EUR 100m = GBP 86MILLION,
  Vaudry EUR 95m = GBP 81MILLION); the release clause; goals and games; summer spending before (about
  GBP 140m on three players) and after (nearly GBP 240m on four); the deal's total cost, amortisation,
  revenue and wage bill; shirts (3,000 -> more than 40,000), the unveiling crowd and season tickets.
* `tarovia_drought_wheat` — Tarovia's wheat forecast is cut on Monday 10 June 2030 from 22.5 to 19.6
  million tonnes and on Monday 8 July to 16.9 million, with Steppe Analytics' rival 18.2 -> 17,8 -> 16.0
  million as estimates of the same harvest; the cuts (2.9, 2.7, 5.6 million tonnes) vs last year's 24.8
  million and 2010's 14.6 million; yield (2.6 -> 2.3 t/ha vs the 3.2 average; the Dravan Plain's 1,9,
  Selnik's 1.4 and farmers' own yields); area sown (8.2 million ha) and lost (around 660,000 ha = 1.6
  MILLION ACRES -> 850,000 ha = about 2.1 million acres) with the Dravan Plain (about 410.000 -> 450,000
  -> more than half a million ha) and Selnik (61,000 ha) nested inside; the export quota (8 -> 5.5
  million tonnes) vs 13.4 million exported last season; the price per tonne ($268 = about EUR 248, GBP
  216, $281 = 260 euros, $292 = about EUR 270, $305 = about EUR 282) vs its rises over windows ending on
  different days; the temperature (39C = 102F); aid (EUR 380m = GBP 325MILLION -> EUR 520m = about $562m;
  direct payments and loans as parts; EUR 120 per hectare) and applications (about 18.500 -> more than
  27,000 -> more than 39,000; Selnik's 2,300 inside); the 2010 ban of ten months / TEN MONTHS; bread in
  Dunmere (GBP 1.45 -> 1.55, 10p) and in Tarovia.
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

These follow the conventions described in `blind_events_13`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in
  headlines as well as in the body and in tabloid fact boxes (`11 DEAD`, `Dead: 11`, `ELEVEN people`,
  `Thirty-one`, `NEARLY 200 firefighters`, `Families in hotels: 41`, `Orders: 14 TIMES the shares on
  offer`, `EIGHTY THOUSAND`, `NINE DAYS`, `1.6 MILLION ACRES`, `£350K A WEEK`, `Pensioners: MORE THAN
  1.8 MILLION`, `mum-of-three`, `Mum-of-two`, `24-storey`, `two-bedroom`, `six-year`, `SIX-YEAR`,
  `3.2-tonne`, `236FT`, `102F`). Ratios and multiples are figures (`more than doubled`, `at least
  doubled`, `more than ten times`, `about 14 times`, `nearly four times`, `about 17 times`). Durations
  that measure the event are figures (`almost nine hours` to control, `56 hours` until out, `within six
  minutes`, the strike's `six days` / `15-day`, `22 hours` of talks, `within two hours`, the 180-day /
  `six months` lock-up, `ten months` of the 2010 ban, `two weeks` early). Counts written as `one` are
  figures where they count (`lose one` of its 24 seats). Not figures: calendar years (1971, 2016, 2019,
  2020, 2029/30), dates (`14 January`, `on 13 March`, `8 July`), weekdays, clock times (`01:10`,
  `06:00`, `03:30`, `9am`, `10pm`, `seven in the morning`), ordinals (`ninth floor`, `17th-floor`, `a
  fifth Dalvian`, `a third day`, `for the second time`, `second` in the league, `third-highest`, `fourth
  signing`, `the first day`, `the second half of the year`), `one` as a pronoun or in idioms (`every one
  of those`, `one of the world's`, `One does not keep`, `in one go`, `one answer`, `for one player`), `a
  single month`, `a single port`, `a single sale`, `a minute's silence`, `half-mast`, `half-empty`, and
  vague words without a number (`months`, `for years`, `several lines`).
* **Quote.** The exact text around the figure, including the hedge or bound word (`At least seven
  people`, `as many as 30 residents`, `NEARLY 200 firefighters`, `closer to 400`, `well over £1bn`,
  `within 18 months`, `up to €9bn valuation`, `as much as €1.61 billion`, `more than ten times`, `fewer
  than 4,500`, `less than €20 million`, `no more than €300m`, `passed £600,000`, `passes 8.4 million`,
  `exceeded 20 per cent`, `could rise to €130m`, `could reach €130m`, `pass 27,000`, `exceeded €1.5
  billion`, `more than half a million hectares`) and often the counted noun; in fact boxes the label is
  part of the quote (`In hospital: 22`, `Cash raised: £1.3BILLION`, `Wheat price: £216 A TONNE`);
  extended with a neighbouring word until `text.find(quote)` hits the annotated occurrence when the same
  string appeared earlier (`just THREE`, `Mulcahy, 29`, `Pike, 56`, `three other`, `more than ten times
  already`, `At 30 euros`, `top, €30`, `38 ships at`, `71 SHIPS stranded`, `three years is`, `the same two
  years`, `settled for 7`, `the 15 days`, `lasted nine days`, `8.4 MILLION of`, `are 112`, `hit
  £111MILLION`, `the £90MILLION`, `19.6 million tonnes after`, `8 million tonnes between`, `10p to`,
  `32 per cent since`, `half of`). Quotes never overlap, and two figures are never put in one quote
  (`[16 of the] [24 floors]`, `[61 of the] [120 flats]`, `[two of the port's] [five terminals]`, `[6 per
  cent] over [three years]`, `[one] of its [24 seats]`).
* **Value.** Normalised to a plain number: `14.000` -> 14000, `1,3 million pounds` -> 1300000, `5.750`
  -> 5750, `1,725 billion euros` -> 1725000000, `16,2 percent` -> 16.2, `8.412.356` -> 8412356, `2,40
  persons` -> 2.4, `£1.65BILLION` / `£1.65BN` -> 1650000000, `€1.725bn` -> 1725000000, `£350K` ->
  350000, `£6.2MILLION` -> 6200000, words -> digits (`ELEVEN` -> 11, `Thirty-one` -> 31, `Ninety-seven`
  -> 97, `EIGHTY THOUSAND` -> 80000, `about three thousand euros` -> 3000, `more than half a million` ->
  500000). A range is one figure (value = low, high set): `€24 to €28 per share`, `€24-28`, `27 to 30
  euros`, `between €1.2 billion and €1.4 billion`, `1,35 to 1,5 billion euros`, `8,6 and 9,6 billion
  euros`, `€30m to €35m a day`, `two or three weeks`, `two to three weeks`. A change written 'from 9 per
  cent to 8 per cent', 'from 8 million tonnes to 5.5 million' or 'from €380m to €520m' is two figures.
  The value is the number as printed, with no unit conversion (`236FT` -> 236 feet, `102F` -> 102, `1.6
  MILLION ACRES` -> 1600000 acres, `£50,000 A DAY` -> 50000 per day, `£2,083 AN HOUR` -> 2083 per hour,
  `six months` -> 6 months for a 180-day lock-up, `10p` -> 10 pence) and no sign added from words (a
  `fall of 18,5 percent` is 18.5). Percentages are in percent units. Rounded restatements keep the
  printed number (`8.4 MILLION` for 8,412,356 is 8400000, `1.25 MILLION` for 1,248,930, `nearly 10 PER
  CENT` for 9.8, `£98MILLION` for GBP 98.4m). Vague words are given a nominal value only when optional
  (`ONE IN SEVEN` -> 14.3 percent, `More than a third` -> 33, `almost one fifth` -> 20, `more than a
  quarter` -> 25, `a third` -> 33, `less than half` -> 50, `half of` -> 50, `maybe a third` -> 33,
  `barely a quarter` -> 25, `Half the town` -> 50, `tens of thousands` -> 20000, `several thousand
  boxes` -> 3000, `a hundred million` in a fan's quote -> 100000000).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `11 DEAD`, `8.4 MILLION` in
  the headline, `£111MILLION`, `£1.65BILLION`); `~` about / around / roughly / nearly / almost / some / closer to
  / an estimate such as `roughly £238m`; a hedge before a conversion covers only what it precedes (in
  '€115m (£98.4m) ... €130m (about £111m)' the euros are `=` / `<=` and the pounds `=` / `~`; in '$268 a
  tonne (about €248)' the dollars are `=` and the euros `~`); `>` more than / over / well over / passed /
  passes / exceeded; `>=` at least; `<` less than / fewer than / well under; `<=` up to / as many as /
  as much as / no more than / within / could rise to / could reach; `range` for 'X to Y', 'X or Y' and
  'between X and Y'. `low` is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise.
* **Optional** (count neither way): ages (`43`, `52-year-old`, `Obi, 35`, `at 28` for an age at the
  end of a contract); thresholds and units that define a measure (`18 metres` for tall blocks, a flat
  holding a fire `for an hour`, the age `65` / `Over-65s`, `twenty-foot` in TEU, `14 days'` notice,
  `12-hour` shifts, `seven days` a week, the `five-year` average, `five largest` exporters, the league's
  `£105m` loss limit over `three years`, `18 million tonnes` in a trader's conditional); look-backs and
  time windows (`Nine days after`, `A week after`, `A week later`, `a week ago`, `a month ago`, `two years
  ago`, `three years ago`, `Thirteen years ago`, `eight years ago`, `ten years ago`, `a decade earlier`,
  `the past decade`, `in ten years`, `in a decade`, `within a week`, `in a week`, `in a year`, `in one
  day`, `in three weeks`, `in two weeks`, `24 HOURS`, `21 MONTHS`, the `three days` of shifts, `two
  months`, `the last two weeks`, `the past week`, `the next six years`, `in three years`, `two years`
  that the previous record lasted); years of habit (`eleven years` in the tower, `30 years` in a house,
  `40 years` of season tickets, `26 years` at the co-op, `three years` of a car on the drive, `for
  twenty years`, `for a decade`, `for a week`); and vague shares and amounts (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: the dead, children and Dalvians among
    them, injured, in hospital, critical, missing, households rehoused, the appeal fund; the order-book
    cover and private investors; days of strike, strikers, ships waiting (including the peak),
    containers and refrigerated boxes backlogged, ships diverted; aid applications, the wheat price per
    tonne, shirts sold;
  - *a statistic and its revision or correction* are one quantity (floors reached 12 -> 15 -> 16; flats
    burnt out 58 -> 61; the census population 8,412,356 -> 8,437,901, its growth, households, median age,
    foreign-born share, the Eastern Lowlands and Dovrany and their changes; the area of wheat lost; the
    national yield);
  - *estimates of one amount* are one quantity: the residents of the tower (around 350, 318, closer to
    400); firefighters and engines at the peak; strikers by union and employers; the daily cost of the
    strike by employers, chamber, union and institute; agents' fees; the wheat harvest by the ministry
    and by Steppe Analytics; the expected and actual offer price, valuation and money raised (the
    marketed range and the final figure);
  - *the same amount in another currency, unit or unit of time* (pounds / euros / dollars; metres /
    feet; hectares / acres; degrees C / F; days / months; a wage per week / day / hour / year);
  - *a budget, price, quota, offer or forecast that is revised* is one quantity (the offer price range
    24-28 -> 27-30 -> 30; the union's demand 9 -> 8 per cent and the employers' offer 4.5 -> 6 -> 6.5 per
    cent, each with its term in years; the export quota 8 -> 5.5 million tonnes; the aid package EUR 380m
    -> 520m; the harvest forecast 22.5 -> 19.6 -> 16.9 million tonnes).

  Different quantities: a sub-count (children, Dalvians and pupils among the dead; in hospital,
  critical and firefighters among the injured; aerial ladders among the engines; new and existing
  shares; refrigerated boxes in the backlog; container ships among those waiting; ships at Port Collis
  among those diverted; regions, Marcella, Dovrany and the omitted residents inside the population; the
  guaranteed fee and the add-ons inside the total; Brisa's sell-on inside Ostena's profit; the Dravan
  Plain's and Selnik's lost area; direct payments and loans in the aid); figures tied to a distinct time
  or window (firefighters at the peak vs over three days; hours to control vs until out; the valuation at
  the offer price vs at the first-day close vs a week later; the founders' stakes before vs after; the
  daily vs the total cost of the strike; the cut to the forecast in June vs July vs since May; price rises
  over a month to 12 June vs to 20 June vs since May; 2020 census values; last year's and 2010's
  harvests; summer spending before and after the deal); a different base or measure (money raised with
  vs without the over-allotment option vs Vireon's own proceeds; the share of foreign-born vs their
  number; over-65s in per cent vs in people; the census vs Dovrany's register; the fee vs the release
  clause vs the deal's total cost; wages per week vs over the contract; the sell-on share vs its amount);
  equal values that measure different things (three Morrell House dead vs three lorries vs three consular
  officials; nine days of the 2016 strike vs Volund's nine idle days; 32 per cent
  below last year vs 32 per cent price rise since May; three instalments vs three players signed before Ardanza vs three
  new players Ostena wants; the 10 per cent staff discount vs 10 million existing shares vs more than ten
  times the shares on offer); and populations and
  capacities beside event counts (the tower's storeys, flats and households, the Dalvian community, the
  city's and towns' inhabitants, Vireon's employees and factories, shares outstanding, the port's TEU,
  workforce, terminals and union members, regions and municipalities, the stadium's capacity and season-
  ticket holders, the co-op's member farms).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (inhabitants, storeys, flats and
  households of the tower, the Dalvian community, employees, factories, shares outstanding, the port's
  annual TEU and daily throughput, port workforce, union members, terminals, regions, municipalities,
  parliamentary seats, dwellings, a register's residents, stadium capacity, season-ticket holders, supporters'
  trust members, co-op member farms, shops, a mum's children); `total`: an event count or amount that at
  least one annotated quantity is part of; `part`: a sub-count or sub-amount, with `part_of` set (a part
  may itself have parts: pupils who died -> children among the dead -> dead; Dalvian children dead ->
  Dalvian dead -> dead; critical -> in hospital -> injured; the omitted residents -> Dovrany -> Eastern
  Lowlands -> national population; Marcella -> Capital Region -> national population; Selnik's lost area
  -> Dravan Plain's lost area -> area lost); a population is never a parent; `count`: a count of what
  happened not in a part/whole relation; `other`: measures, rates, shares, money, durations, levels,
  temperatures, ratios, prices, forecasts. `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e6/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, clock times, pronoun and idiom uses of
'one', ordinals such as 'sixth', 'fourth' and 'third', 'half' in 'half-mast' and 'the second half of
the year', and words that merely contain a number word such as 'Tender');
`python3 build/fix_unique.py e1 ...` is an annotator's helper that extends a quote with neighbouring
words when `text.find(quote)` would hit an earlier occurrence (its changes were reviewed by hand, and
awkward extensions were rewritten); `python3 build/make_readme.py` regenerates this README; then run
`python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
