#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["brovania_energy_price_cap", "tarlin_whale_stranding", "concord_oil_output_cut"]
DOMAIN = {"brovania_energy_price_cap": "1. an energy regulator's price-cap decision for household gas and electricity bills: the typical annual bill before and after (in the local currency, with euro conversions), percentage rises, unit rates and standing charges, households in arrears and their total debt, rival consultancy forecasts for the next quarter, a later correction of one figure, government support per household",
          "tarlin_whale_stranding": "2. a mass stranding of pilot whales on a coastline over several days: whales stranded (running and rival counts from the rescue charity, the coastguard and the ministry), refloated, died, euthanised, volunteers, the length of beach, water temperature, earlier strandings in past years, costs of the rescue",
          "concord_oil_output_cut": "3. an oil producers' group announcing a coordinated output cut: barrels per day cut overall and by member, rival analysts' estimates of the real cut, the oil price move in dollars and percent over several days, production before and after, a member's later revision, inventory figures, a fuel-price effect at the pump in one country"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper"}
SELFTEST = {"brovania_energy_price_cap": (180, 275), "tarlin_whale_stranding": (146, 203),
            "concord_oil_output_cut": (156, 173)}
SHARED = ("weekdays and their possessive 'Monday's', the month 'September', sentence-initial words such as 'The', "
          "'A', 'About', 'All', 'As', 'At', 'By', 'Every', 'Figures', 'In', 'More', 'No', 'Not', 'Of', 'One', 'Some', "
          "'These', 'They', 'This', 'What', the number word 'Nine', the fact-box label 'Dead', and tabloid capitals "
          "'DEAD', 'TWO', 'THREE' and 'MILLION'")

rows = []
euro = []
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
    euro.append(", ".join(f"`{f['quote']}`" for f in gold["figures"]
                          if f["article"].startswith("03_") and re.search(r"\d[.,]\d", f["quote"])))

check = subprocess.run([sys.executable, os.path.join(ROOT, "check.py")], capture_output=True,
                       text=True).stdout.rstrip()

out = []
out.append("# blind_events_24 — hand-annotated fictional news coverage\n")
out.append("Three invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure "
           "the same quantity across articles. The domains are new relative to those `blind_events_23`'s README "
           "lists (a typhoon and its aftermath, a national exam results release with a marking error, a multi-day "
           "airline pilots' strike; and, for earlier corpora, an earthquake with its aftershocks, a house-price data "
           "release with its revision, an open-air music festival hit by a heatwave and a stage collapse, a passenger "
           "train derailment, a measles outbreak, a football cup final with crowd trouble, an air-traffic-control "
           "failure, a supermarket chain's quarterly results with closures, a wildfire-smoke pollution episode, a "
           "mass protest march against a pension reform, a company's layoffs announced in rounds, a regional "
           "election, a container ship fire in a port, a national minimum wage decision, a hailstorm hitting a "
           "city, a city marathon in a heatwave, a chemical plant explosion, an inflation release and its "
           "revision, a teachers' strike, a data-centre power outage and a national referendum), and different "
           "from one another: an energy regulator's price-cap decision, a mass stranding of pilot whales, and an "
           "oil producers' group's output cut.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its "
           "benchmarks or any other corpus's articles, sources, gold or roles files, and without running the "
           "tool or anything that imports `desktop`. Nothing under `/work/main/desktop/`, `/work/main/benchmarks/`, "
           "`/work/main/scripts/`, `/work/main/.git`, `/work/main/tests/core` or `/work/main/tests/ui` was opened, "
           "listed or searched, no git command was run, and no search, retrieval or code-index tool was used (only "
           "a shell and a file editor). `/work/main/tests/data/` was not listed: this folder was created with "
           "`mkdir -p` on its full path (its `build/src/e1..e3` subfolders in the same command), and an `ls -la` of "
           "the new folder and its `build/` and `build/src/` right afterwards showed only the subfolders just made "
           "(besides the usual `.` and `..` entries); it held nothing but what this work put in it. Scratch files "
           "were kept under `/tmp/b24/`. The only files opened outside this folder were, for the format: "
           "`/work/shared/eval/score.py` (printed in full with `cat`, and run for the self-test below); "
           "`/work/shared/eval/seeds_gold.json` (only its top-level keys, its `event` and `notes` strings, its first "
           "four figures and its first four quantities, printed with a Python one-liner); and, from "
           "`blind_events_23`, exactly the five files the brief allowed, each opened by its full path: `README.md`, "
           "`check.py`, `build/build.py`, `build/make_readme.py` and `build/fix_unique.py`. `README.md` was printed "
           "in full with `cat`; the terminal display cut its lines 51-80, so its line count was taken with `wc -l` "
           "and lines 48-82 were printed with `sed`. The four scripts were printed in full, each with its own `cat` "
           "command; the display cut lines 158-174 of `build/make_readme.py` (the part that repeats the README's "
           "event summaries), and lines 150-180 of it were then printed with `sed`. `check.py` and `build/build.py` "
           "were copied with `sed` changing the corpus name (a `grep` for `blind_events` on the copies confirmed the "
           "change), and `build/fix_unique.py` was copied unchanged with `cp`. `blind_events_23`'s README was read a "
           "second time only by a Python script (`/tmp/b24/caps.py`) that extracted its capitalised words to "
           "`/tmp/b24/forbidden_caps.txt`; that list was printed once, and this corpus's articles were checked "
           "against it by script (`/tmp/b24/capcheck.py`) so that none of its names is reused. No directory under "
           "`blind_events_23` was listed (not even `build/`), none of its articles, sources, gold or roles files "
           "were opened, and no other corpus was looked at. `check.py` and `build/build.py` are `blind_events_23`'s "
           "files with the corpus name changed (`check.py` already expected three events); `build/fix_unique.py` "
           "names no corpus and is unchanged; `build/make_readme.py` follows `blind_events_23`'s structure, "
           "rewritten for this corpus. The annotation conventions of `blind_events_23`'s README were followed "
           "(restated below with this corpus's examples). The texts were written as the outlets would write them and "
           "were not tuned to any tool. All places, countries, languages, institutions, firms, outlets and people "
           "are invented (the invented countries are Brovania and its neighbour Sarvenia for the price cap; Keldara "
           "and Eskerland for the stranding; Zahrun, Tamerra, Oruvia, Belkara and Sulmara as producers and Westria "
           "and Avenland as consumers for the oil cut); a few first-draft names that resembled real places, firms or "
           "outlets were renamed before the gold was finalised (the build then wrote the event folders afresh, and "
           "two outputs of earlier builds, the whale event's folder under its first beach name and the oil "
           "tabloid's file under its first date, were deleted). No capitalised proper name "
           "that appears in `blind_events_23`'s README is reused; the only capitalised words the articles share with "
           "it are ordinary English words (" + SHARED + "). The price cap's money is in Brovanian talars (100 lenti "
           "to the talar) with euro conversions, the stranding's in Keldaran dollars with euro conversions, the oil "
           "cut's in dollars a barrel and, at the pump, in euros. As a self-test, the gold of each event was fed "
           "back to `score.py` as a perfect prediction (one claim per figure at its span with the gold value, low, "
           "high and bound, groups = quantities; the conversion script was `/tmp/b24/selftest.py`, outside the "
           "repository), which gives extraction_f1=1.000 and link_f1=1.000 for every event (" + "; ".join(
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
           "formats (" + "; ".join(euro) + ").\n")
out.append("""What the articles contain, event by event:

* `brovania_energy_price_cap` — Tarivon's decision of Tuesday 25 February 2048 to raise Brovania's price cap
  for April-June; articles to 7 March. The typical dual-fuel bill (1,684 -> 1,928 talars, about 2,256 euros;
  the rise 244 talars / about 285 euros / 'about 20 talars a month'; 14.5 per cent, 'almost 15 per cent'),
  unit rates (electricity 27.4 -> 31.9 lenti per kWh, 16,4 per cent; gas 5.61 -> 6.60, 17,6 per cent) and
  standing charges (electricity 58.2 -> 61.5 lenti a day, '224 talars a year', 24.1 in 2041; gas 31.4 ->
  31.9), the typical use (2,700 and 11,000 kWh; Sarvenia's 9.500), prepayment bills (1,652 -> 1,891) and the
  1.9 million prepayment households, 9.6 million households on the cap of 12.4 million; arrears (2.1 million
  households, corrected on 2 March to 1.86 million; 3.4 billion talars, almost 4 billion euros; the average
  about 1,620 -> about 1,830; 1.6 million and 2.5 billion a year earlier; Fennick's about 14,200 households and
  23.5 million talars; Dana Pruitt's 1,200), the bad-debt allowance (29 -> 41 talars), the 150-talar rebate in
  two instalments of 75 (about 175 euros; about 1.9 billion in all) and the 300-talar top-up for about 1.4
  million households (420 million); the July forecasts (Corbel about 1,860 -> 1,835, Hartwell Pryce 1,905 ->
  1,940, Pellam 1,850 to 1,900; the forecast changes about 3.5, 0,6 and almost 5 per cent; the spread of 105),
  wholesale gas (31.2 euros per MWh in October; 38.6, 41.2 and 36.9 during the event), the 2041 bill (1,120),
  the 2045 peak (2,610), Sarvenia's bill (1.720 euros) and possible 6 to 8 per cent rise, the exchange rate
  (1,17 euros per talar), and Fennick's advice cases (1,150 against 640), hardship fund, grants and vouchers.
* `tarlin_whale_stranding` — the stranding of pilot whales on Tarlin Strand, near Dunvallow on Keldara's
  Skerrin Peninsula, from Monday 12 to Wednesday 14 October 2048, the rescue ending on Thursday 15 October and
  the burial of the dead on 16-17 October; articles to 21 October. Whales stranded (the ministry's 128 -> 157 ->
  171, the coastguard's 96 and 'at least 165', Blue Fathom's 'more than 140' -> 'more than 170' -> 184; the
  headline's 'more than 120'), refloated (18 -> 41 -> 55; Tuesday's 23; seven -> at least nine re-stranded;
  four tagged, three transmitting), died (47 -> 61 -> 83), euthanised (six -> 12 -> 33), the dead in all (53 ->
  73 -> 116, 'more than 100 animals'), alive on the sand (57 -> 43), calves (19 -> 21; four saved), volunteers
  (about 500 -> more than 800 -> 1.100 -> about 1,400; about 40 Eskerlanders), vets (12 on site; some 30 from
  four countries, six from Eskerland), the 14-kilometre beach and the 6-kilometre stretch, the sea temperature
  (about 12 -> 12C -> 11,5 -> 12.1 degrees, 1.4 above average), the pod offshore (about 250 / up to 300), the
  tide's retreat (800 metres), the naval exercise's distance (about 40 km against more than 120 km), the cost
  (1,2 million dollars / about 740.000 euros -> 1.45 million / about 900,000 euros; disposal 450,000; the
  council's 85,000; the charity's 380,000), the appeal (120,000 -> 410,000 -> more than 430,000 dollars),
  earlier strandings (390 at Tessary Sound in 2031, 212 at Galloran Head in 2039, 64 on Tarlin Strand in 2044
  with nine saved, Eskerland's 88 with 31 saved in 2045), and Dunvallow's burial pits, cars, boats and cups of
  tea.
* `concord_oil_output_cut` — the Concord of Petroleum Exporters' cut agreed in Sarhadan on Sunday 3 May 2048
  and Oruvia's scaling back on Wednesday 6 May; articles to 12 May. The cut (1.8 million bpd -> 1,72 / 1.72
  million) and its parts (Zahrun 650,000, Tamerra 320,000, Oruvia 260,000 -> 180,000, Belkara 210,000, Sulmara
  140,000, the other nine members 220,000), the real cut (Greyhaven about 1.1 million -> about 950,000, Dalby &
  Renn as little as 700,000, Castavel 800,000 to 1 million), production (the group's about 31.6 million bpd;
  Zahrun 10.4 -> 9.75 million; Tamerra 3,45 -> 3,13 million; Belkara's 1.9 million), Marlin Blend (71.40 ->
  77.02 / '$77' / 'about 71 euros' -> 78.10 -> 76,30 -> 74.60 -> 73.90 dollars; Monday's high 78.35; Monday's
  rise of $5.62, 7.9 per cent, 'nearly 8%'; Wednesday's 2,3 per cent fall; the gain since before the
  announcement 9.4 -> 4.5 -> 3.5 per cent and $3.20 -> $2.50), third-quarter forecasts ($76 -> $84 -> $81, $80,
  $78), Westria's stocks (a draw of 3,2 million barrels against 1,5 million expected, to 431,6 million; petrol
  stocks up 0,8 million), world demand (104.2 million bpd, growth 0.9 against 1.6 million), stocks (2.79
  billion barrels, about 60 million below average), spare capacity, earlier cuts (2.5 million in 2046, 1.2
  million in 2043), and Avenland's pumps (unleaded 1.74 -> 1.77 -> 1.78 euros, diesel 1.83 -> 1.88; the club's
  forecast 1.82 -> 1.85; 'up to 8 cents'; Tollbridge's 1.74 -> 1.79, its 5-cent rise, a haulier's and a cab
  firm's costs).
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

These follow the conventions described in `blind_events_23`'s README, with examples from this corpus.

* **What is a figure.** Every number that counts or measures something, in digits or words, in headlines
  as well as in the body and in tabloid fact boxes (`14.5%`, `244 TALARS`, `73 WHALES DEAD`, `8 CENTS`,
  `Households in arrears: 2.1m`, `Volunteers: 800+`, `Up since Friday: 9.4%`, `3.4 BILLION talars`, `2.1
  MILLION`, `mum-of-three`, `150-talar`, `244-talar`, `three-month`, `14-kilometre`, `six-kilometre`,
  `500-metre`, `55-litre`, `14-member`, `650,000-barrel`, `five-year`). Ratios and multiples are figures
  (`almost twice` as many cases, `more than two and a half times` the 2041 charge, `as much as TWO cars`,
  `more than twice` the expected draw), and so are counts of occasions (`THREE` rises in a row, `three times`
  a week, `six sorties`, `roughly twice` a year). Durations that measure the event are figures (`four days` of
  rescue, `more than 20 hours` out of the water, `up to eight hours` at a time, `four hours` holding a calf,
  `two nights` on the beach, `a day and a half`, `within two hours`, `at least ten days` of closure, `90 days`
  to activate spare capacity, `two to three weeks` ahead). Counts written as words are figures where they
  count (`six`, `nine`, `seven`, `four of`, `eleven employees`, `two instalments`, `two parts`, `two jumpers`,
  `two kids`, `three burial pits`, `four countries`, `nine` members, `Nine days ago`). Not figures: calendar
  years (2031, 2039, 2041, 2043, 2044, 2045, 2046, 2047) and the decade '1990s', dates (`Feb 25`, `April 1`,
  `May 27`, `Oct 13`, `May 4`, `Monday 12 October`), weekdays, clock times (`9.30am`, `7pm`), ordinals (`the
  first of April`, `the first whales`, `a second time`, `the first quarter`, `third-quarter`), pronoun uses of
  small numbers (`one supplier`, `One local firm`, `the next one`, `the living ones`, `said one`, `those two`,
  `the Sarvenian one`), units (`one megawatt-hour`, `one single whale` as a per-whale denominator, `every dollar`),
  `biggest one-day gain`, `a single light`, `a year ago`, `a month ago`, `a fortnight`, and vague words without a
  number (`millions`, `MILLIONS`, `hundreds`, `a few cents`, `for months`, `just weeks old`).
* **Quote.** The exact text around the figure, including the hedge or bound word (`about 2,256 euros`,
  `almost 15 per cent`, `about 1,620 talars`, `between 1,850 and 1,900 talars`, `up to 250 talars`, `some 72 per
  cent`, `nearly 4 billion euros`, `more than 140`, `at least 165`, `as many as 300`, `up to 2.5 tonnes`, `more
  than 100 animals`, `At least nine`, `as much as 800 metres`, `800 metres or more`, `about 1.1 million bpd`,
  `as little as 700,000 bpd`, `between 800.000 and 1 million barrels`, `up to 8 cents a litre`, `perhaps 1 per
  cent`, `Within three days`) and often the counted noun; in fact boxes the label is part of the quote
  (`Typical bill now: 1,684 talars`, `Rise: 244 talars`, `Stranded: 157 (ministry)`, `Saved so far: 41`, `Last
  big stranding: 212 whales (2039)`, `Oil price: $78.10 (Tue)`, `Extra cost of a fill-up: up to €4.40`); extended
  with a neighbouring word until `text.find(quote)` hits the annotated occurrence when the same string appeared
  earlier (`another 244`, `of 14,5 percent`, `worth 30 talars`, `128 was`, `to 73`, `four of`, `six sorties`,
  `14 members`, `extract 320.000 barrels`, `difference of 80.000 barrels`, `Penwarden, 74`). Quotes never
  overlap, and two figures are never put in one quote (`[Rise: 244 talars] ([14.5%])`, `[four] of the past [five
  weeks]`, `[1,928 talars] ([about 2,256 euros])`, `[1.45 million dollars] ([about 900,000 euros])`, `[$3.20] or
  [4.5 per cent]`).
* **Value.** Normalised to a plain number: `1.928 talars` -> 1928, `14,5 percent` -> 14.5, `3,4 milliard talars`
  -> 3400000000, `almost 4 milliard euros` -> 4000000000, `1,2 million Keldaran dollars` -> 1200000, `about
  740.000 euros` -> 740000, `1,72 million barrels` -> 1720000, `76,30 dollars` -> 76.3, `2.1m` -> 2100000, `3.4
  BILLION talars` -> 3400000000, `Cut: 1.8m barrels a day` -> 1800000, `8c` -> 8, `€4.40` -> 4.4, words ->
  digits (`six` -> 6, `eleven employees` -> 11, `THREE` -> 3, `mum-of-three` -> 3, `more than two and a half
  times` -> 2.5, `a day and a half` -> 1.5, `roughly half a cent` -> 0.5, `almost twice` -> 2, `as much as TWO
  cars` -> 2). A range is one figure (value = low, high set): `between 1,850 and 1,900 talars`, `6 to 8 percent`,
  `eight to ten people`, `20 to 90 animals`, `800,000 to 1 million`, `two to three weeks`. A change written
  'from 1,684 talars to 1,928' or 'from 260,000 to 180,000' is two figures. The value is the number as printed,
  with no unit conversion (`about 2,256 euros` 2256, `224 talars a year` 224, `about 20 talars a month` 20,
  `about 71 euros` 71, `12C` 12) and no sign added from words (`a fall of about 3.5 percent` is 3.5, `fell ... by
  2,3 percent` is 2.3); a rounded headline keeps its printed value (`nearly 8%` -> 8 for 7.9, `more than 120` ->
  120 for 128). Percentages are in percent units. Vague shares are given a nominal value only when optional
  (`less than two-thirds` / `two-thirds` -> 67, `one household in five` -> 20, `less than a quarter` -> 25,
  `fewer than a third` -> 33, `more than half` -> 50).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `244 TALARS`, `73 WHALES DEAD`, `8
  CENTS`, `$77 a barrel`, and conversions in brackets without their own hedge); `~` about / around / roughly /
  nearly / almost / some / perhaps (`about 1,860 talars`, `almost 700 talars`, `some 2,300 cars`, `roughly
  twice`, `perhaps 1 per cent`); `>` more than / over / 800+ (`more than 170`, `more than 2,000 cars`, `Volunteers:
  800+`, `more than 430,000 dollars`); `>=` at least / or more (`at least 165`, `At least nine`, `at least ten
  days`, `800 metres or more`); `<` fewer than / less than (`less than 2 per cent`); `<=` up to / as many as / as
  much as / as little as / within (`up to 300`, `as many as 300`, `as much as 800 metres`, `as little as 700,000
  bpd`, `within two hours`, `up to 8 cents a litre`); `range` for 'X to Y' and 'between X and Y'. `low` is set
  for `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise. Rules and thresholds written exactly keep
  `=`: the Fennick fund's grants of `up to 250 talars`, the fuel-poverty line of `more than 10 per cent` of
  income, the definition of a mass stranding as `more than 20 animals`, Tamerra's 75-dollar price 'above' which
  the smaller volume pays; an observed amount written 'up to' or 'as many as' keeps `<=`.
* **Optional** (count neither way): ages (`34`, `71`, `52`, `78`, `29`, `64`, `47`, `41`, `74`); terms that
  define a product (the cap's `three-month` period); years of habit or family (`40 years` at sea, `four
  generations`, `three generations`); look-backs and windows (`nine years` since 2039, `more than two years`
  since a bigger one-day gain, `Nine days ago`, `Within three days` of the meeting, `six weeks` to the next
  meeting, the `six weeks` of the summer-gas gain, the appeal's first `24 hours`, `five weeks` of stock data, the
  `five-year` average); and vague shares (listed under Value).
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for
  the same period. Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: whales stranded, refloated, died, euthanised,
    dead in all, still alive, re-stranded, sampled, calves, volunteers, the appeal total; the Marlin Blend price
    on successive days (from Friday's 71.40 before the announcement to 73.90 nine days later) and its gain since
    before the announcement (in dollars, and in percent), the wholesale gas price during the event, the sea
    temperature, Avenland's average unleaded and diesel prices, Tollbridge's surveyed unleaded price;
  - *a statistic and its revision* are one quantity (households in arrears 2.1 -> 1.86 million and the average
    debt 1,620 -> 1,830; the rescue cost 1.2 -> 1.45 million dollars; the cut 1.8 -> 1.72 million bpd and
    Oruvia's share 260,000 -> 180,000); so is a forecast that is revised (Corbel's July bill 1,860 -> 1,835,
    Hartwell Pryce's 1,905 -> 1,940, Greyhaven's real cut 1.1 million -> 950,000, Greyhaven's third-quarter price
    $76 -> $84 -> $81, the club's end-of-May pump price 1.82 -> 1.85);
  - *estimates of one amount* are one quantity, including rival estimates: whales stranded (the ministry, the
    coastguard and Blue Fathom), the pod offshore (about 250 / up to 300), the naval exercise's distance (about
    40 km against more than 120 km), the tide's retreat, the July bill (Corbel, Hartwell Pryce, Pellam), the real
    cut (Greyhaven, Dalby & Renn, Castavel), the third-quarter price (Greyhaven, Dalby & Renn, Castavel);
  - *the same amount in other words*, conversions included ('1,928 talars' and 'about 2,256 euros'; '244
    talars a year', 'about 285 euros' and 'about 20 talars a month'; '61.5 lenti a day' and '224 talars a year';
    '3.4 billion talars' and 'nearly 4 billion euros'; '150 talars' and 'about 175 euros'; '1,2 million Keldaran
    dollars' and 'about 740.000 euros'; '$77 a barrel' and 'about 71 euros'; 'nearly 8%' and '7.9 percent'; '73
    WHALES DEAD' and 'Dead: 73'; 'more than 100 animals' for the 116 dead).

  Different quantities: a sub-count (see Roles); a different scope or base (the nominal cut vs the real cut;
  the national unleaded price vs Tollbridge's, both 1.74 before the cut; the rescue cost vs the council's and the
  charity's own spending; the universal rebate vs the top-up vs both together; the 12 vets on site vs the 30 of
  the week; the typical rise vs one household's rise); before and after values for distinct periods (the April
  cap vs the current cap for the bill, unit rates, standing charges, prepayment bill and bad-debt allowance;
  output before and after the cut; the retail margin now and a month ago); figures tied to a distinct time,
  place or event (arrears a year earlier; the 2041 bill, the 2045 peak; wholesale gas in October; each
  earlier stranding and its survivors; the 2043 and 2046 cuts; Monday's and Wednesday's price moves; Monday's
  intraday high; demand growth this year and last); equal values that measure different things, within one
  event (31.9 lenti for the electricity unit rate and for the gas standing charge; the 14-kilometre beach and
  14 pontoons; 12 vets and 12 euthanised; about 40 Eskerlanders, 40 whales sampled and about 40 kilometres; six
  vets, six sorties and the 6-kilometre stretch; the national and Tollbridge unleaded at 1.74); and populations
  and capacities beside event counts (12.4 million households, 9.6 million on the cap, 1.9 million prepayment
  households, Brovagas's 3.1 million customers, Fennick's 64,000 households; Dunvallow's 6,800 people and 22
  boats, the region's about 15.000 pilot whales; the group's 14 members, Petrotam's 23.000 employees, the 12
  filling stations surveyed, 60 lorries, 45 cabs).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (households, customers, cross-border
  workers, a parent's children, residents, boats, a regional whale population, staff, members of a group,
  filling stations, lorries, cabs); `total`: an event count or amount that at least one annotated quantity is
  part of; `part`: a sub-count or sub-amount, with `part_of` set (a part may itself have parts: died and
  euthanised -> dead in all -> stranded; the sampled whales -> dead in all; Tuesday's refloated, the re-stranded
  and the tagged -> refloated -> stranded, the transmitting tags -> tagged; the calves saved -> calves ->
  stranded; Eskerland's vets -> the week's vets; the Eskerlanders -> volunteers; the carcass disposal -> the
  rescue cost; Fennick's arrears households and debt, and Dana Pruitt's debt -> the national figures; each
  member's share -> the group's cut); a population is never a parent; `count`: a count of what happened not in a
  part/whole relation; `other`: measures, rates, shares, money, durations, levels, ratios, prices, forecasts,
  rules and thresholds. `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where
each figure is written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional
figures; a range value is written `low..high`), plus `meta.json` per event (folder, event name, notes,
and quantities as `[id, role, part_of, description]`), which is written by the hand-kept table in
`meta.py` beside it (`python3 build/src/eN/meta.py`). `python3 build/build.py` writes the `.txt`,
`gold.json` and `roles.json` files (with `--residue` it lists numbers left outside annotations, for
checking completeness; what remains there are dates, years, the decade '1990s', clock times ('9.30am', '7pm'),
pronoun uses of 'one', 'ones' and 'two' ('one supplier', 'the next one', 'the living ones', 'those two'), the
unit 'one megawatt-hour' and the per-whale 'one single whale', the word 'quarter' for a calendar quarter and
'third' in 'third quarter', vague words such as 'millions', 'MILLIONS' and 'hundreds', and words that merely
contain a number word such as 'tenants'); `python3 build/fix_unique.py e1 ...` is an annotator's helper that
extends a quote with neighbouring words when `text.find(quote)` would hit an earlier occurrence (its changes
were reviewed by hand, and a few were re-extended to the left by hand, e.g. `another 244`, `of 14,5 percent`,
`extract 320.000 barrels`); `python3 build/make_readme.py` regenerates this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
