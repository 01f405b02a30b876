#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["tolland_tornado_outbreak", "corvex_exchange_hack", "lanmoria_admissions_fees"]
DOMAIN = {"tolland_tornado_outbreak": "1. a tornado outbreak across a region over two days: tornadoes confirmed (weather service vs early reports), deaths and injured as running counts, homes destroyed and damaged by county (parts of the totals), customers without power falling by day, wind speeds and ratings, insured-loss estimates revised, emergency funds",
          "corvex_exchange_hack": "2. a cryptocurrency exchange hack: coins and dollar value stolen (exchange vs blockchain analysts, revised), customers affected, withdrawals frozen, token and share price falls, amounts frozen and recovered, the exchange's reserves, an earlier smaller hack a year before, fines and compensation",
          "lanmoria_admissions_fees": "3. a university admissions and tuition release: applications, offers and acceptances this year vs last year, international students as a part, the tuition fee cap raised, a university's deficit and job cuts (an earlier round vs a new round), shares and changes in per cent"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
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
out.append("# blind_events_17 — hand-annotated fictional news coverage\n")
out.append("Three invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to `blind_events_16` (a city "
           "marathon in a heatwave, a chemical plant explosion, an inflation release and its revision, a "
           "teachers' strike, a data-centre power outage, a national referendum) and different from one "
           "another: a tornado outbreak across a farming region over two days, the theft of digital tokens "
           "from a cryptocurrency exchange, and a university admissions release with a tuition fee rise and a "
           "university's deficit and job cuts.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool. Nothing under `/work/main/desktop/`, `/work/main/benchmarks/`, `/work/main/.git`, "
           "`/work/main/tests/core` or `/work/main/tests/ui` was opened, listed or searched, and no git command "
           "was run. `/work/main/tests/data/` was not listed: this folder was created with `mkdir -p` on its "
           "full path. The only files opened outside this folder were, for the format: "
           "`/work/shared/eval/score.py` (in full, and run for the self-test below); "
           "`/work/shared/eval/seeds_gold.json` (only its top-level keys, its `event`, its first four figures, "
           "its first four quantities and the first 600 characters of its notes, printed with a Python "
           "one-liner); and, from `blind_events_16`, exactly the files the brief allowed, each opened by its "
           "full path: `README.md`, `check.py`, `build/build.py`, `build/make_readme.py` and "
           "`build/fix_unique.py`. `blind_events_16`'s README was read again only by a script that extracted its "
           "capitalised words to a temporary file under `/tmp/b17/`, so that this corpus's articles could be "
           "checked against them and none of its names reused. No directory under `blind_events_16` was listed "
           "(not even `build/`), none of its articles, sources, gold or roles files were opened, and no other "
           "corpus was looked at. `check.py`, `build/build.py` and `build/fix_unique.py` are "
           "`blind_events_16`'s files with the corpus name changed (and, in `check.py`, the expected number of "
           "events changed from six to three); `build/make_readme.py` follows `blind_events_16`'s structure, "
           "rewritten for this corpus. The annotation conventions of `blind_events_16`'s README were followed "
           "(restated below with this corpus's examples). The texts were written as the outlets would write "
           "them and were not tuned to any tool. All places, countries, languages, institutions, firms, "
           "products, outlets and people are invented (the invented countries are Velmara and Ostvald for the "
           "tornadoes; Cantrelle and Hesselmark for the hack; Lanmoria and Tavland for the admissions figures). "
           "No capitalised proper name that appears in `blind_events_16`'s README is reused; the only "
           "capitalised words the two share are ordinary English words (weekdays, months, sentence-initial "
           "words such as 'The', 'In' or 'Every', words inside invented names such as 'Bank', 'City', 'Park', "
           "'Power', 'Street' and 'Financial', and tabloid capitals such as 'DEAD', 'MORE THAN', 'PER CENT', "
           "'MILES', 'MINUTES'). The currencies are real (dollars, euros, pounds, kroner; ether and bitcoin as "
           "the cryptocurrencies). As a self-test, the gold of each event was fed back to `score.py` as a "
           "perfect prediction (one claim per figure at its span with the gold value, low, high and bound, "
           "groups = quantities; the conversion script was a temporary file under `/tmp/b17/`, outside the "
           "repository), which gives extraction_f1=1.000 and link_f1=1.000 for every event.\n")
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
           "formats (`about 1,4 kilometres`, `1.140 homes destroyed`, `214.000 customers`, `between 1,1 and 1,7 "
           "milliard euros`, `4,8 procent`, `about 18,6 million euros`, `around 2.000 people`, `118.400 ether`, "
           "`around 58.000 customers`, `more than 2.300 wallet addresses`, `6,5 procent`, `1,3 milliard "
           "dollars`, `24,8 million euros`, `4.820 Tavlanders`, `8,7 procent`, `612.400`, `between 15.000 and "
           "38.000 pounds`, `about 53,8 million euros`, `41.350`, `3.000 kroner`).\n")
out.append("""What the articles contain, event by event:

* `tolland_tornado_outbreak` — a tornado outbreak on Saturday 3 and Sunday 4 May 2036 across the Tolland
  Plains of Kessick Province, Velmara; articles to 11 May. Tornadoes in the outbreak (confirmed 19 -> 32 ->
  38 -> 41 -> 44; the chasers' early 'as many as 50'), with Saturday's 29, Sunday's 15 and six rated EF3 or
  stronger inside, against tornado reports (71 -> 'more than 90'); the Granton tornado (preliminary EF3 ->
  EF4; 'estimated at 155 mph' -> 175 mph = 282 km/h; 38 miles = 61 km; 'nearly a MILE wide' = 'about 1,4
  kilometres' = 1,500 yards; 41 minutes on the ground; 14 minutes of warning vs the 19-minute average) and
  the Dunsley EF3 (145 mph); deaths (at least 11 -> 14 -> 16 -> 17 -> 18) with the counties (Corwen 7 -> 8
  -> 9, with Granton's seven, two rural deaths and two Ostvaldish students inside; Brindle 3 -> 4; Hatherby 1
  -> 2; Mossfield 2; Pellow 1) and the coroner's split (11 in houses, four in vehicles, three in mobile
  homes) inside; injured (more than 180 -> 240 -> 287 -> 305 -> 312) with still in hospital (64 -> 52 -> 35
  -> 23) and critical (9 -> 6) inside; homes destroyed (at least 600 -> 900+ -> 1,140 -> 1,180 -> 1,212)
  with the counties (Corwen 640 -> 655, Granton roughly 400 -> 512; Brindle 310, Mossfield 118, Hatherby
  96, Pellow 33) and damaged (3,900 -> 4,100 -> 4,360; Corwen 1,450 -> 1,480; Granton 380); customers without
  power (166,000 -> 97,000 -> 41,000 -> 12,500 -> about 3,200; Corwen's 5,800) against the Saturday-night
  peak (214,000; 'MORE THAN 200,000'; 'more than 210,000'); poles (more than 2,000 -> 2,640), line workers
  (1,900 with 600 from other provinces); insured losses (Cardew $1.2bn to $1.8bn = 1,1 to 1,7 milliard euros
  -> $2.1bn to $2.6bn; the Insurance Council's about $2bn; Halvdan Re's share about 160 million euros),
  claims (more than 21,000 -> 23,400), economic losses (as much as $4bn); the provincial fund ($20m = about
  18,6 million euros -> $35m), federal aid ($140m), Ostvald's EUR 1.5m (about $1.6m), household grants (up to
  $38,000), the Granton fund ($486,000 -> more than $600,000); shelters (1,450 -> 860 -> 420; Granton's 260
  -> 140), the Provincial Guard (300 -> 450), counties under emergency (five -> seven); the 2029 outbreak (23
  tornadoes, nine deaths, $640m).
* `corvex_exchange_hack` — the theft from the Corvex exchange's hot wallets at 02:11-02:53 on Tuesday 14
  October 2036 (Port Averin, Cantrelle); articles to 21 October. The amount stolen (Corvex about $412m =
  379 million euros -> $478m; Ledgerhound at least $455m -> $478m = around 440 million euros; the gap of
  'more than $40million') with the ether (118,400 = about $343m; 22,000 -> about 31,000 through a mixer), the
  stablecoins ($96m) and the smaller tokens ($39m) inside, and the funds frozen ($43m -> $57m, with
  Tessellate's $31m and other exchanges' $12m inside) and returned ($9m); the drain (42 minutes), the
  detection (about 70 minutes) and the freeze (73 hours = 'more than three days'); customers affected (about
  310,000 -> 340,000; 'MORE THAN 300,000') with the Hesselish (about 4,300), Port Averin (roughly 3,900)
  and reimbursed (212,000) accounts inside, among 4.2 million registered users; pending withdrawals
  (61,000, about $230m), Monday's $640m outflow; the CVX token ($4.10 -> $2.54 -> $2.21; down 38 per cent on
  the day, 46 per cent in two days, 52 per cent in a week), Corvex Group shares (21, 6,5 and 31 per cent),
  ether (4.1) and bitcoin (2,3); reserves ($3.1bn before, about $2.6bn after), the $500m recovery fund, the
  10 per cent bounty (up to $41m); the regulator's maximum fine (up to 5 per cent of $1.3bn revenue, about
  $65m); the September 2035 hack ($27m = 24,8 million euros; about 14,000 customers; the $4.5m fine; settled
  within six weeks; this hack 'nearly 18 times' bigger); staff (1,850; about 600 in Port Averin; 120 at Corvex Nord);
  a Port Averin saver's $48,000, the city pension fund's stake ($3.2m -> about $2.3m).
* `lanmoria_admissions_fees` — the Lanmorian admissions release of Thursday 14 August 2036 and the fee-cap
  decision; articles to 20 August. Applications (612,400 in 2036 vs 598,100 in 2035; up 2.4 per cent) with
  international applications (88,300 vs 96,700; down 8.7 per cent; share 14.4 vs 16.2 per cent) and
  Tavlandic applications (4,820 vs 5,610; down 14 procent) inside; offers (451,300 vs 440,200); 2036
  acceptances (389,500 -> 396,800 -> 401,200 -> 405,800) with clearing (18,400 -> 24,100 -> 29,600 -> 33,100;
  Brackenfield's 1,150) and 52,600 international acceptances inside, against 2035's results-day 382,100 and
  final 421,700; the cohort (about 712,000; 41.2 per cent applied), the disadvantaged share (21.3 vs 20.6);
  the fee cap (GBP 9,400 now; GBP 10,150 = about 11,900 euros from September 2037; GBP 750 = 8.0 per cent;
  GBP 30,450 for a degree; GBP 610m a year; seven years of freeze; worth roughly GBP 7,200 in 2029 money, about
  GBP 12,300 needed), international fees (up to GBP 38,000; 15,000 to 38,000 pounds); the work permit (two
  years -> 18 months); the sector (58 of 131 universities = 44 per cent in deficit, GBP 1.3bn; more than 12,000
  posts; overseas fees GBP 9.8bn = 23 per cent); Brackenfield University (deficit GBP 38m -> GBP 46m = about
  53,8 million euros; the new round of 410 posts, 'up to 480' by the union, with 150 academic and 260
  professional posts inside; the 2035 round of 240 costing GBP 11m; 650 together, more than 11 per cent of
  5,800 staff; applications 31,200 vs 33,900 with international 6,100 vs 7,800; 27,400 students, about 6,900
  international, 1,240 Tavlanders; the vice-chancellor's GBP 412,000).
""")
out.append("""## Annotation conventions

These follow the conventions described in `blind_events_16`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in headlines
  as well as in the body and in tabloid fact boxes (`14 DEAD`, `32 TWISTERS`, `FOURTEEN`, `EIGHT`, `SIX`,
  `Dead: 14`, `900+`, `175MPH`, `41 MINUTES`, `$455MILLION`, `FORTY-TWO MINUTES`, `DOWN 46%`, `410 JOBS`,
  `£46MILLION`, `SEVEN YEARS`, `mum-of-three`, `dad-of-two`, `mum-of-two`, `38-MILE`, `38-mile`, `18-hour`,
  `£750-a-year`). A tornado's own rating is a figure (`a preliminary rating of EF3`, `an EF4`; value = the EF
  number), but the class names in `rated EF3 or stronger` are not. Ratios and multiples are figures
  (`almost twice`, `ten times that`, `nearly 18 times`, `four times`, `NEARLY NINE TIMES`). Durations that
  measure the event are figures (`42 minutes`, `about 70 minutes`, `73 hours`, `more than three days`,
  `under a minute`, `14 minutes` of warning, `within six weeks`, `within ten working days`, `more than 20
  hours`, `seven years` of frozen fees). Counts written as words are figures where they count (`nine` in
  critical condition, `two of whose students`, `two reasons`, `two ways out`, `three A grades`, `two rounds`,
  `five counties`). Not figures: calendar years (2025, 2029, 2035, 2037), academic years (`2039-40`), dates
  (`4 May 2036`, `May 2029`, `31 October`, `2 September`), weekdays, clock times (`6pm`, `02:11`, `03:20`, `04:20`, `08:30`),
  road names (`Route 9`), ordinals (`the second time`, `a second wallet`, `second-largest`, `the SECOND jobs
  cull`, `the third largest`, `sixth-formers`, `the first increase`), `one` as a pronoun or in idioms (`one
  of the largest`, `one of its hot wallets`, `said one man`, `every one of us`, `the same one`, `the lucky
  ones`, `One of them is`), the pronoun `the two` (`the two, a 22-year-old`), and vague words
  without a number (`thousands`, `hundreds`, `Dozens`, `hundreds of feet`).
* **Quote.** The exact text around the figure, including the hedge or bound word (`at least 11 people`,
  `more than 180`, `as many as 50`, `estimated at 155 mph`, `roughly 400 homes`, `as large as 2.75 inches`,
  `up to two weeks`, `nearly a MILE wide`, `maybe two minutes`, `MORE THAN 200,000`, `passed $600,000`,
  `About 3,200 customers`, `an estimated 90,000 tons`, `at least $455 million`, `about 310,000 customer
  accounts`, `Around 22.000 ether`, `at least 98 procent`, `less than 10 procent`, `under 14 per cent`, `some
  3,100 addresses`, `$60m or so`, `roughly $2.6bn`, `within ten working days`, `More than 27,000 courses`,
  `as high as 480`, `up to 480 posts`, `at most £9,400`, `past £50,000`, `over £48,000`, `perhaps five more
  years`) and often the counted noun; in fact boxes the label is part of the quote where the bare number
  recurs (`Dead: 14`, `Injured: 240`, `confirmed: 32`, `power: 97,000`, `cap: £9,400`, `applications:
  612,400`, `axed: 410`, `pay: £412,000`); extended with a neighbouring word until `text.find(quote)` hits the
  annotated occurrence when the same string appeared earlier (`four in Brindle`, `two in Hatherby`, `two in
  Mossfield`, `one in Pellow`, `23 are`, `EF3 and`, `18 who`, `600 of`, `512 have`, `at nine`, `nine sounded`,
  `two on`, `35 remained`, `$455MILLION from`, `says $412m`, `only two`, `out $10,000`, `three of`, `2.4
  percent from`, `£10,150 from`, `150 of`, `of 5,800`, `of 14 procent`, `Lindqvist, 41`, `Okafor, 46`).
  Quotes never overlap, and two figures are never put in one quote (`from [$20 million] to [$35
  million]`, `[Seven] of the [nine people]`, `[two] of the [five engineers]`, `[410] of its [around 5.800
  posts]`, `from [two years] to [18 months]`, `from [£9,400] to [£10,150]`).
* **Value.** Normalised to a plain number: `1.140 homes destroyed` -> 1140, `about 1,4 kilometres` -> 1.4,
  `4,8 procent` -> 4.8, `about 18,6 million euros` -> 18600000, `1,3 milliard dollars` -> 1300000000,
  `118.400 ether` -> 118400, `$455MILLION` -> 455000000, `$1.8BILLION` -> 1800000000, `4MILLION` ->
  4000000, `900+` -> 900, words -> digits (`FOURTEEN` -> 14, `FORTY-TWO MINUTES` -> 42, `Forty-four` -> 44,
  `eighteen lives` -> 18, `Twenty million` -> 20000000, `nearly a MILE` -> 1, `under a minute` -> 1, `half a
  billion dollars` -> 500000000). A range is one figure (value = low, high set): `$1.2BILLION to
  $1.8BILLION`, `$2.1bn to $2.6bn`, `between 1,1 and 1,7 milliard euros`, `every three to four years`,
  `between 15.000 and 38.000 pounds`, `roughly 17.600 to 44.500 euros`. A change written 'from $20 million to
  $35 million', 'from £9,400 to £10,150', 'from 16,2 to 14,4 procent' or 'from 7,800 to 6,100' is two
  figures. The value is the number as printed, with no unit conversion (`282 kilometres per hour` -> 282,
  `61 kilometres` -> 61, `1,500 yards` -> 1500, `up to 7 centimetres` -> 7, `around 440 million euros` ->
  440000000, `about 11.900 euros` -> 11900, `more than three days` -> 3 beside `73 hours`, `£750-a-year` ->
  750) and no sign added from words (`fell 38 percent` is 38). Percentages are in percent units. Vague
  shares are given a nominal value only when optional (`about two-thirds` -> 67, `two-thirds` -> 67, `a
  third` -> 33, `more than a fifth` -> 20, `more than NINE TENTHS` -> 90).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `14 DEAD`, `32 TWISTERS`,
  `$455MILLION`, `410 JOBS`, `just TWO MILES`, `only two` signatures); `~` about / around / roughly / nearly
  / almost / some / an estimated / estimated at / perhaps / maybe / or so; a hedge before a conversion covers
  only what it precedes (in '20 million dollars (about 18,6 million euros)' the dollars are `=` and the
  euros `~`; in '€1.5m (about $1.6m)' the euros are `=`; in '412 million dollars (379 million euros)' both
  are `=`); `>` more than / over / above / past / passed / `+`; `>=` at least; `<` less than / under / fewer
  than; `<=` up to / as much as / as many as / as large as / as high as / at most / within; `range` for 'X
  to Y' and 'between X and Y'. `low` is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null
  otherwise. Thresholds and caps written exactly keep `=` (the fee caps of `£9,400` and `£10,150`, the
  `10 per cent` bounty), except where the text puts a bound word before them (`up to 5 percent` of
  turnover, `at most £9,400` a year).
* **Optional** (count neither way): ages (`34`, `22-year-old`, `Lindqvist, 41`, `Okafor, 46`, `Threlfall,
  18`, `71-year-old`); units and thresholds that define a measure (`18-year-olds` / `eighteen-year-olds`,
  the `three-year` degree, the `1,000` of a cost per 1,000 students, `at least one offer`, the
  climatologist's `more than 30` tornadoes in `two days`); look-backs and windows (`A week after`, `Five
  days after`, `A week on`, `just over a year`, `barely a year`, `A year ago`, `a year ago`, `a year
  earlier`, `TWO YEARS`, `in a year`, `in a week`, `in a single day`, `two days`, `the two days`, `two-day`,
  `at least the next two weeks`); years of habit (`14 years` of an exchange, `15 years` of chasing,
  `NINETEEN YEARS` of teaching); anaphoric or hypothetical counts (`the two Ostvaldish students`, `one of
  them`, `one laptop`, `one person`, `three` year groups); felt or rhetorical amounts (`an hour` that a
  minute in a bathtub felt like, `half a billion dollars`, `perhaps once a decade`); and vague shares
  (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for the
  same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: tornadoes confirmed, tornado reports,
    deaths and the county deaths, injured, still in hospital, critical, homes destroyed and damaged and
    their county counts, customers still without power, poles down, people in shelters, Guard troops,
    counties under emergency, insurance claims, the Granton fund; laundering addresses, the ether through
    the mixer, funds frozen; 2036 acceptances and clearing placements;
  - *a statistic and its revision or correction* are one quantity (the Granton rating EF3 -> EF4 and its
    wind 155 -> 175 mph; the amount stolen $412m -> $478m; customers affected 310,000 -> 340,000;
    Brackenfield's deficit GBP 38m -> 46m);
  - *estimates of one amount* are one quantity, including rival counts: the chasers' 'as many as 50' and
    the confirmed count of tornadoes; Cardew's ranges, the Insurance Council's 'about $2bn' and the local
    paper's 'more than $1 billion' for insured losses; Corvex's and Ledgerhound's amounts stolen; the
    university's 410 and the union's 'up to 480' job cuts; the international fee as 'up to GBP 38,000' and as
    a range;
  - *the same amount in another currency, unit or unit of time* (dollars / euros; pounds / euros; mph /
    km/h; miles / kilometres; a mile / kilometres / yards; inches / centimetres; ether / dollars; 73 hours
    / more than three days; posts / 'families');
  - *a fund or estimate that is revised* is one quantity (the provincial fund $20m -> $35m).

  Different quantities: a sub-count (Saturday's and Sunday's tornadoes and the strong ones inside the
  outbreak; county deaths inside the deaths, Granton's and the Ostvaldish students' inside Corwen's, the
  coroner's places of death; still in hospital and critical inside the injured; county and town homes inside
  the regional counts; Corwen's customers without power; the ether, stablecoins, tokens, frozen and returned
  funds inside the amount stolen; Tessellate's freeze inside the frozen total; the Hesselish, Port Averin and
  reimbursed accounts inside the customers affected; international and Tavlandic applications inside the
  applications of the same year; clearing and international acceptances inside the acceptances; the
  academic and professional posts inside the new round of cuts, and both rounds inside their sum); the peak
  against the running level (customers without power at the Saturday-night peak vs at the time of writing);
  reports against tornadoes; figures tied to a distinct year, day or window (2036 vs 2035 applications,
  offers, shares and acceptances; results-day vs final acceptances of 2035; the fee cap now vs from 2037;
  the old vs new work permit; the 2029 outbreak; the 2035 hack; the 2035 vs the new round of job cuts; the
  CVX token's fall on the day vs in two days vs in a week; prices and values at a named moment, such as CVX
  at $4.10, $2.54 and $2.21, reserves before and after, the pension fund's stake on Monday and Friday); a
  different base or measure (a share in per cent vs an amount; the maximum fine rate vs the maximum fine;
  the bounty rate vs the bounty; the cap vs its increase vs the increase in per cent; the cap's real value
  vs the cap needed); equal values that measure different things (nine critically injured vs nine 2029
  deaths vs nine sirens that sounded; 23 tornadoes in 2029 vs 23 still in hospital vs 23 care-home
  residents; two engineers compromised vs two signatures required; the $10,000 daily limit vs the $10,000 a
  saver withdrew; two rounds of cuts vs two reasons vs two ways out); and populations and capacities beside event counts (Granton's residents and
  homes, the sirens, the Ostvaldish group, registered users, Hesselish customers, staff, the cohort of
  18-year-olds, the 131 universities, Brackenfield's staff, students and union members).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (Granton's residents and homes,
  sirens, pupils enrolled, the Ostvaldish exchange group and registered travellers, Corvex's registered
  users and staff, the key holders, the Hesselish customers and Port Averin accounts, the 18-year-old
  cohort, the universities, Brackenfield's staff, students and union members, a parent's children);
  `total`: an event count or amount that at least one annotated quantity is part of; `part`: a sub-count or
  sub-amount, with `part_of` set (a part may itself have parts: Granton's destroyed homes -> Corwen's ->
  the region's; the Ostvaldish students killed -> Corwen's deaths -> all deaths; critical -> still in
  hospital -> injured; Tessellate's freeze -> the frozen total -> the amount stolen; the ether through the
  mixer -> the ether -> the amount stolen; Tavlandic applications -> international applications -> all
  2036 applications; Brackenfield's clearing places -> clearing -> 2036 acceptances; academic posts -> the
  new round -> both rounds); a population is never a parent; `count`: a count of what happened not in a
  part/whole relation; `other`: measures, rates, shares, money, durations, levels, ratios, prices,
  forecasts. `part_of` is null for every role but `part`.
""")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` and "
           "`text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every quantity used "
           "and described; roles valid, `part_of` only on parts and pointing to a known quantity, every `total` "
           "has a part, and every quantity with parts is a `total` or a `part`; targets of 80 figures and 80 "
           "gold pairs per event; three events) and prints this table (gold pairs = pairs of non-optional "
           "figures of one quantity in different articles; linked 2+ = quantities with non-optional figures in "
           "at least two articles):\n")
out.append("```")
out.append(check)
out.append("```\n")
out.append("""## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`), which is written by the hand-kept table in
`meta.py` beside it (`python3 build/src/eN/meta.py`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, academic years, clock times, 'Route 9',
pronoun and idiom uses of 'one' and 'two', ordinals such as 'third' and 'sixth', and vague words such as
'thousands', 'hundreds' and 'Dozens'); `python3 build/fix_unique.py e1 ...` is an annotator's helper that
extends a quote with neighbouring words when `text.find(quote)` would hit an earlier occurrence (its
changes were reviewed by hand, and a few were rewritten to read naturally); `python3 build/make_readme.py`
regenerates this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
