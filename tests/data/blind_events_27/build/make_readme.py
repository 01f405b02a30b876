#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["thavenne_levee_breach", "tressilund_hospital_cyberattack", "brevonia_homelessness_census"]
DOMAIN = {"thavenne_levee_breach": "1. a river levee breach with evacuations in waves: running tolls of dead, missing, evacuated and sheltered people, the widening breach and the area under water, flooded homes, rival damage estimates, the aid package and its revision, a levee inspection and a budget cut, the flood wave in a neighbouring country, an earlier flood",
          "tressilund_hospital_cyberattack": "2. a ransomware attack that shuts down a regional hospital network: operations, appointments and ambulance diversions counted day by day, a ransom demand and its cut, the hackers' claims against the regulator's findings, patients moved across a border, the network's cost estimate against an auditor's fuller one, a death under inquiry, IT spending, earlier attacks",
          "brevonia_homelessness_census": "3. a national homelessness census and its correction: the count and its parts (rough sleepers, shelters, temporary accommodation, people with friends, children), rates per 10,000 inhabitants, a double-counting error in one city, charities' rival estimates and a council's own street count, shelter capacity, a housing plan in money, rents and social housing, deaths, a comparison with a neighbouring country"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper"}
SELFTEST = {"thavenne_levee_breach": (209, 184), "tressilund_hospital_cyberattack": (174, 157),
            "brevonia_homelessness_census": (197, 204)}
SHARED = ("weekdays ('Monday' to 'Saturday'), the months 'January', 'February', 'March', 'April', 'May' and "
          "'September', sentence-initial words such as 'A', 'Around', 'At', 'By', 'Every', 'In', 'No', 'Not', 'Nothing', "
          "'On', 'One', 'The', 'These', 'They', 'This' and 'What', the number words 'Six', 'Three' and 'Two', the tabloid "
          "capitals 'MILLION' and 'BILLION', and the fact-box labels 'Dead' and 'Rise'")

rows, euro = [], []
for ev in ORDER:
    gold = json.load(open(os.path.join(ROOT, ev, "gold.json"), encoding="utf-8"))
    arts = []
    for name in sorted(n for n in os.listdir(os.path.join(ROOT, ev)) if n.endswith(".txt")):
        byline = open(os.path.join(ROOT, ev, name), encoding="utf-8").read().split("\n")[1]
        parts = [p.strip() for p in byline.split("|")]
        arts.append(f"`{name}` — {STYLE[name.split('_')[1]]}; {parts[1]}, {parts[2]}")
    rows.append((ev, DOMAIN[ev], gold["event"], arts))
    euro.append(", ".join(f"`{f['quote']}`" for f in gold["figures"]
                          if f["article"].startswith("03_") and re.search(r"\d[.,]\d|\d \d{3}", f["quote"])))

check = subprocess.run([sys.executable, os.path.join(ROOT, "check.py")], capture_output=True,
                       text=True).stdout.rstrip()

out = []
out.append("# blind_events_27 — hand-annotated fictional news coverage\n")
out.append("Three invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure the same "
           "quantity across articles. The domains are new relative to every domain `blind_events_26`'s README lists "
           "(a long drought with water restrictions, a bank's customer data breach, a mine collapse with a rescue of "
           "trapped workers, an energy regulator's price-cap decision, a mass stranding of pilot whales, an oil "
           "producers' group's output cut, a typhoon and its aftermath, a national exam results release with a marking "
           "error, a multi-day airline pilots' strike, an earthquake with its aftershocks, a house-price data release "
           "with its revision, an open-air music festival hit by a heatwave and a stage collapse, a passenger train "
           "derailment, a measles outbreak, a football cup final with crowd trouble, an air-traffic-control failure, a "
           "supermarket chain's quarterly results with closures, a wildfire-smoke pollution episode, a mass protest "
           "march against a pension reform, a company's layoffs announced in rounds, a regional election, a container "
           "ship fire in a port, a national minimum wage decision, a hailstorm hitting a city, a city marathon in a "
           "heatwave, a chemical plant explosion, an inflation release and its revision, a teachers' strike, a "
           "data-centre power outage and a national referendum) and to `blind_events_26`'s own three (a cocoa crop "
           "disease with the price surge that follows, a sovereign credit rating downgrade, a winter smog episode), and "
           "different from one another: a river levee breach with evacuations, a ransomware attack that shuts down a "
           "hospital network, and a national homelessness census with its correction. The levee breach is a river "
           "flood after three days of rain, not a storm: no typhoon, hail or wind damage appears in it. The cyber-attack "
           "is about a hospital network's operations, ambulances and patients, with stolen records as one strand; it "
           "is not a bank's customer data breach, and the computers are locked by ransomware, not cut off by a power "
           "failure. The census is a count of people, published and corrected, with rival counts by charities; it is "
           "not an economic data release.\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its benchmarks or "
           "any other corpus's articles, sources, gold or roles files, and without running the tool or anything that "
           "imports `desktop`; the tool was never asked anything. Nothing under `/work/main/desktop/`, "
           "`/work/main/benchmarks/`, `/work/main/scripts/`, `/work/main/.git`, `/work/main/tests/core`, "
           "`/work/main/tests/ui` or `/work/main/tests/*.py` was opened, listed or searched, no git command was run, and "
           "no search, retrieval, code-index, repository or package-registry tool was used (only a shell and a file "
           "editor). `/work/main/tests/data/` was not listed: this folder was created with `mkdir -p` on its full path "
           "(its `build/src/e1`, `build/src/e2` and `build/src/e3` subfolders in the same command, together with the "
           "scratch folder `/tmp/b27/`), and an `ls -la` of the new folder, its `build/` and its `build/src/`, run in "
           "that same command before anything was written to it, showed only the subfolders just made (besides the "
           "usual `.` and `..` entries); it held nothing but what this work put in it. Scratch files were kept under "
           "`/tmp/b27/`. The only files opened outside this folder were, from `blind_events_26`, exactly the files the "
           "brief allowed, each opened by its full path, and two files for the format: "
           "`/work/main/tests/data/blind_events_26/README.md` (printed in full with `cat`, in the same batch as the "
           "`cat` of its `check.py`; the terminal display cut its lines 22-111, so its line count was taken with "
           "`wc -l` in the same command as the `mkdir`, and lines 20-60 and 60-112 were then printed with `sed`; it was "
           "read once more only by a Python script, `/tmp/b27/caps.py`, that wrote its capitalised "
           "words to `/tmp/b27/forbidden_caps.txt`, printed once); `blind_events_26/check.py` (printed in full with "
           "`cat`, then copied here with `sed` changing the corpus name); `blind_events_26/build/build.py` and "
           "`blind_events_26/build/fix_unique.py` (printed in full by one command with a `cat` for each; `build.py` "
           "was copied with `sed` changing the corpus name, and a `grep` for `blind_events` on the copies confirmed "
           "the change; `fix_unique.py` names no corpus and was copied unchanged with `cp`); "
           "`blind_events_26/build/make_readme.py` (line count with `wc -l` in the same command as that of "
           "`build/src/e1/meta.py`, then printed whole in two parts, lines 1-150 with `head` and 150-400 with `sed`; "
           "this script follows its structure, rewritten for this corpus); `blind_events_26/build/src/e1/meta.py` "
           "(printed in full with `cat`; the `meta.py` files here follow its format); and `/work/shared/eval/score.py` "
           "(printed in full with `cat`, in the same command as `head -80` of `/work/shared/eval/seeds_gold.json`, "
           "which showed the gold format's first lines; `score.py` was then run for the self-test below). No directory "
           "under `blind_events_26` was listed (not even `build/`), none of its `.src`, `.txt`, `gold.json`, "
           "`roles.json` or `meta.json` files were opened, and no other corpus was looked at. The annotation "
           "conventions of `blind_events_26`'s README were followed (restated below with this corpus's examples, with "
           "the new decisions marked). The texts were written as the outlets would write them and were not tuned to "
           "any tool. Small helper scripts under `/tmp/b27/` listed each event's quantities with their figures "
           "(`qids.py`), counted body words (`wc.py`), listed quotes whose hedge word ('about', 'more than', 'up to', "
           "'within', 'at most' ...) had been left outside the quote or whose bound did not fit the hedge (`hedge.py`; "
           "each case was fixed or left by hand: 'over three years', 'over 15 years' and 'over four years' are "
           "durations, 'just 2,100' is not a hedge, 'stays above eight metres' is a threshold, and the rules and "
           "ceilings listed below keep '='), listed quotes holding more than one number (`multi.py`), showed "
           "unannotated words such as 'a week', 'single', 'double' and 'last' in context (`words_ctx.py`), checked that "
           "the quoted examples of this README occur in the articles (`verify_readme.py`) and ran the self-test "
           "(`selftest.py`). All places, countries, languages, institutions, firms, outlets and people are invented (the "
           "invented countries are Veskaria and Haldovia for the levee breach, Orvandy and Lauvence for the "
           "cyber-attack, Brevonia and Tavaland for the census); a few first-draft names were renamed before the gold "
           "was finalised: a reporter whose surname resembled a Dutch painter's, the Haldovian name of the river that "
           "matched a Balkan monastery, a charity whose name resembled real homelessness charities, two tabloid "
           "titles that matched or resembled real publications, a common real Czech name given to a minister, and a "
           "space agency first named with the word 'Office' from `blind_events_26`'s README; the file and folder names "
           "never changed, so the build overwrote its earlier outputs and left nothing stale. No capitalised proper "
           "name that appears in `blind_events_26`'s README is reused (checked by `/tmp/b27/capcheck.py` against "
           "`/tmp/b27/forbidden_caps.txt`); the only capitalised words the articles share with it are ordinary "
           "English words (" + SHARED + "). The levee breach's money is in Veskarian skelds (12.5 to the euro) with "
           "euro conversions; the cyber-attack's in Orvandish krels (7.4 to the euro) with the ransom in dollars and "
           "euro conversions; the census's in Brevonian vels (1.15 to the euro), with Tavaland's money in euros. As a "
           "self-test, the gold of each event was fed back to `score.py` as a perfect prediction (one claim per figure "
           "at its span with the gold value, low, high and bound, groups = quantities; the conversion script was "
           "`/tmp/b27/selftest.py`, outside the repository), which gives extraction_f1=1.000 and link_f1=1.000 for "
           "every event (" + "; ".join(
               f"`{ev}`: tp {SELFTEST[ev][0]}, fp 0, fn 0, correct pairs {SELFTEST[ev][1]} of {SELFTEST[ev][1]}"
               for ev in ORDER) + ").\n")
out.append("## Events\n")
out.append("| folder | domain | event | articles (file — style; outlet, date) |")
out.append("|---|---|---|---|")
for ev, dom, event, arts in rows:
    out.append(f"| `{ev}/` | {dom} | {event} | " + "<br>".join(arts) + " |")
out.append("")
out.append("Each folder holds the five `.txt` articles (UTF-8; line 1 headline, line 2 byline `By X | Outlet | date`, a "
           "blank line, paragraphs separated by blank lines, final newline; tabloid fact boxes are one paragraph with "
           "one line per entry), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, `quantities`, `notes`; "
           "each figure has `id`, `article`, `quote`, `start`, `end`, `value`, `low`, `high`, `bound`, `unit`, "
           "`quantity`, `optional`) and `roles.json` (`{\"quantities\": {id: {\"role\", \"part_of\"}}}`). Each event's "
           "`notes` field explains its judgement calls. The five articles of an event are dated on different days, so "
           "running counts move between them; each article's body is 450-650 words and carries 31-50 figures; the "
           "translated copy uses European number formats, with spaced thousands and decimal commas in the levee "
           "breach and the census and dotted thousands and decimal commas in the cyber-attack (" + "; ".join(euro) +
           ").\n")
out.append("""What the articles contain, event by event:

* `thavenne_levee_breach` — the left-bank levee of the River Thavenne at Dravelin, Kestrawe province, Veskaria,
  burst shortly before midnight on Tuesday 14 May 2052; articles from 15 to 28 May. Deaths (2 -> 5 -> at least 7
  -> 11 -> 12; six from Vennacre) and missing (14 -> 9 -> 6 -> 1; a family of four found alive after 30 hours),
  evacuations (about 11,000 on the first night, a second wave of 12,500, 23,500 -> 27 000 -> 31,000 by the official
  count against the relief network's more than 40,000; Vennacre's about 7,500 -> 18,200 of its 38,000 residents,
  from some 7,400 households; about 19,000 back home and about 12,000 still displaced; 7.6 per cent of Kestrawe's
  410,000), shelters (42 opened; 6,400 -> 9,800 -> 7,300 housed, 2,300 of them in a Vennacre sports hall), the
  breach (about 40 -> 120 -> 165 metres; closed after twelve days, against the minister's 'within ten days'), the
  river (8.14 metres at Dravelin, 53 centimetres over the 7.61 record, against a danger level of 6.50; 3,400 against
  about 450 cubic metres a second), the rain (186 millimetres, nearly three times the May average of 64; a
  one-in-100-year event now expected once every 25 years), the area under water (about 18,000 -> 41,000 hectares,
  'more than 57,000' football pitches -> around 44 000 -> 47,200 at the peak, 39,000 of it farmland, against the
  satellite agency's 58,000 -> about 21,000 on 27 May), homes (7,900 -> 9,800; 4,100 in Vennacre), the response
  (soldiers 1,200 -> 2,600 -> 3,100; 140 boats; helicopters 9 -> 14; sandbags 850,000 -> 1,4 million; 38 giant bags;
  46 pumps including Haldovia's 12, 18 cubic metres a second, three to five weeks to drain), money (damage 1.8 -> 2.6
  billion skelds, about 144 -> 208 million euros, the economists' 3 to 4 billion, insured losses of 1.1 billion to
  1.4 billion, farm losses of 1.2 billion; aid 350 -> 900 million skelds; 25,000 skelds, about €2,000, a household,
  paid to about 11,600 households; rebuilding grants of up to 60,000), the levees (87 of 312 kilometres rated poor in
  2049; the Dravelin repair's 140 million skelds, about 11 million euros, put back to 2055; the budget cut by 30 per
  cent, from 410 to 287 million skelds a year; the water board's 6.2 billion over 15 years, about 413 million a year;
  the minister's one billion over four years; the damage more than 18 times the repair), Vennacre (Market Street 1.6
  metres -> about 40 centimetres; 27 streets; 230 businesses; 14 of 17 schools shut, 58 in the province; Vennacre
  Mutual's 2,900 claims against about 600 a year), farms (Haskel's 340 pigs, Brookvelt's 210 cows; 14,000 -> more
  than 21,000 pigs and 3,100 cattle), Haldovia (6,85 metres at Brezhalin against the 6,20 alert level and the 7,02
  record; 1 800 evacuated; around 3 400 hectares; 12 pumps and 60 firefighters; 14 of 96 kilometres of dikes
  reinforced for 38 million euros) and the 2031 flood (17 dead, 74,000 hectares, 6,300 homes, 1.1 billion skelds at
  the time, about 1.6 billion in today's money).
* `tressilund_hospital_cyberattack` — the Nightjar group's ransomware attack on the Tressilund and Calvenne Health
  Network (nine hospitals, five emergency departments, 31 clinics, 22,000 staff, 3,100 beds, about 1.4 million
  people served, 14,500 computers, 620 servers), detected on Sunday 8 September 2052; articles from 9 to 27 September.
  Operations postponed (460 -> 1,150 -> 2.870 -> 4,600 -> 6,300; Marrask 680), outpatient appointments (9,400 ->
  21.000 -> 38,500 -> about 52,000; Marrask 5,900), ambulances diverted (180 -> 340 -> 530 -> 1,050 -> 1,240; Marrask
  260), radiotherapy sessions (at least 310 -> more than 900), helpline calls (about 14,000 -> 41,000 -> 74,000), days
  without systems (3 -> 5 -> 11 -> 18), computers and servers back (about 1.900 -> 3,800 -> 9,900; 210 -> 480), the
  ransom (8 million dollars, about 55 million krels, about 7,4 million euros, with a seven-day deadline; cut to 4.5
  million), the data (410 gigabytes claimed, a 12-gigabyte sample, 2.3 terabytes published; 640,000 patients claimed
  against the regulator's 812,000, nearly 46 and 58 per cent of the people served; 19,500 staff), Sarvenne in Lauvence
  (38 kilometres away; nine -> 23 intensive-care patients, 86 cancer patients, 31 others, 140 -> 212 in all; 640 beds
  at 96 against about 82 per cent occupancy; 45 nurses recalled; three machines run 16 hours instead of 10; an offer
  of up to 200; 3.900 and 1.150 euros a bed-day; its own 2050 attack, 11 days and 9,5 million euros), costs (the
  network's 190 -> 310 million krels, about 25,7 -> 42 million euros; the audit chamber's 400 million to 500 million
  krels with lost income; a 120 million grant; insurance of at most 50 million), the Marrask death (46 kilometres, 52
  minutes against about nine; more than 40 minutes lost) and the serious incidents (13 others -> 16 in all), the
  laboratories (about 11,000 tests a day -> 6,000; Marrask's about 1,800 -> about 700; results within two hours -> six
  to eight hours), the tabloid's 19-hour trolley wait and 11-hour average wait, nearly three times the four-hour
  target, the gateway's fix available for 11 months, IT spending (1.9 per cent of 3.2 billion krels, about 61 million,
  against 4 per cent; about 67 million a year to close the gap; the attack more than five times the IT budget),
  attacks on health bodies (137, up 42 per cent from 96; the 2048 blood service attack, six days and 85 million krels;
  Lauvence's 61, four of them serious), overtime (61,000 hours, 4,100 by Marrask's nurses), the recovery (within eight
  weeks; six to nine months for the backlog) and the minister's new rules (at least 14 days on paper; fixes within 30
  days).
* `brevonia_homelessness_census` — Brevonia's homelessness census of the night of Wednesday 7 February 2052,
  published on Tuesday 19 March and corrected on Monday 1 April; articles from 19 March to 6 April. The national count
  (48,730 -> 47,960; up 23 -> 21 per cent from 39,620 in 2048; 52 -> 51 per 10,000 of about 9.37 million; the
  Hearthway Trust's 70,000 to 80,000, 'up to 80,000' in the tabloid, and the Housing Coalition's about 64,000), its
  parts (6,214 rough sleepers, up 41 per cent from 4,407; 15,930 in shelters; 19,870 -> 19,100 in temporary
  accommodation; 6,716 with friends or relatives; 14,900 -> 14,590 children under 18; 6,100 families; women 29 and
  people born abroad 34 per cent; the five largest cities' 61 against 55 per cent), Saltrane (13,400, 120 per 10,000,
  more than double the national rate; rough sleepers 2,890 in the census and 'closer to 4,000' for the Trust, against
  3,150 in the council's January count), Drummerel (770 double-counted on two lists, 310 of them children, 1.6 per cent
  of the total; 3,420 -> 2,650 and 130 -> about 100 per 10,000; 1,930 in 2048; 188 rough sleepers from 121, up 55 per
  cent; 402 in shelters with 410 beds, eight empty; 1,640 in temporary accommodation; 420 with friends; 6.8 million vels
  a year, 4.1 million on hotels; the Lantern Kitchen's about 350 meals a night against about 200), capacity (16,400
  shelter beds 97 per cent full; more than 1,000 turned away; 500 extra beds, about 3 per cent), the plan (450 million
  vels, about 391 million euros, over three years; 150 million vels, roughly 130 million euros, a year; about 9,200
  vels per person counted; Saltrane's own 182 million), housing (3,000 social homes a year against 2,100 built; 8 per
  cent social housing; 86,000 households waiting seven years; almost 29 years to clear; rents up 38 per cent, in
  Saltrane 46, wages 14; a one-bedroom flat at 1,240 vels, 77 per cent of 1,610 vels take-home pay; Stallard's 95
  vels a night, about 2,850 a month, more than double his old 1,150), deaths (312 against 241; average age 47), the
  aim to halve rough sleeping by 2056 (about 3,100), and Tavaland (11 200 homeless among 5,6 million, 20 per 10 000;
  2,6 times the rate and more than four times the count; 640 rough sleepers, down 35 per cent in seven years of
  Housing First; 2 300 places, 86 per cent housed after two years, 64 million euros, about 27 800 per place; Tarrevik's
  3 900 of about 720 000, 54 per 10 000, rents up 12 per cent; 410 Brevonians against 260 in 2049; 21 against 8 per
  cent social housing).
""")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` and "
           "`text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every quantity used and "
           "described; roles valid, `part_of` only on parts and pointing to a known quantity, every `total` has a part, "
           "and every quantity with parts is a `total` or a `part`; targets of 80 figures and 80 gold pairs per event; "
           "three events) and prints this table (gold pairs = pairs of non-optional figures of one quantity in "
           "different articles; linked 2+ = quantities with non-optional figures in at least two articles):\n")
out.append("```\n" + check + "\n```\n")
out.append("""## Annotation conventions

These follow the conventions described in `blind_events_26`'s README, with examples from this corpus; decisions that
README does not state are marked **new**.

* **What is a figure.** Every number that counts or measures something, in digits or words, in headlines as well as
  in the body and in tabloid fact boxes (`FIVE DEAD`, `120 METRES`, `1.8 BILLION`, `$8M`, `1,150 OPS AXED`, `19
  HOURS`, `14,900 KIDS`, `450 MILLION`, `Dead: 5`, `Ransom: $8m`, `Days in the dark: 3`, `Died last year: 312`,
  `Mum-of-two`, `Dad-of-three`, `Dad-of-two`, `eight-metre`, `140 million skeld`, `12-gigabyte`, `16-hour`,
  `eleven thousand people`, `Twenty-five thousand`, `Three thousand`). Ratios and multiples are figures (`nearly three
  times`, `more than 18 times`, `more than five times`, `2,6 times`, `more than four times`, `more than double`), and
  so are counts of occasions (`Twice`, `twice`). Durations that measure the event are figures (`six hours`, `30
  hours`, `twelve days`, `three to five weeks`, `five days`, `Eighteen days`, `11 months`, `six to nine months`,
  `seven years`). Counts written as words are figures where they count (`two dead`, `Nine people`, `nine
  helicopters`, `eleven`, `Six`, `One person`, `twelve`, `forty`, `Four`, `three army`, `seven`, `three`, `four`,
  `eight`, `one death`). **New:** 'halve' is a figure (`halve` -> 50 percent), like 'cut by half'. Not figures:
  years (1958, 2031, 2048, 2049, 2050, 2055, 2056, and '1985' in a nurse's quote), dates (`May 15`, `Monday 20 May`,
  `Sept 9`, `7 February`, `March 19`), weekdays, clock times (`4 a.m.`, `3:20 a.m.`, `4am`, `eight o'clock`), ordinals
  (`second-largest`, `the first night`, `fourth homelessness census`), pronoun and emphatic uses of one and two (`One
  of the dead`, `one of thousands`, `not with a single krel`, `Not one krel`, `This is not one system`, `Not one wrong
  dose`, `the two health ministries`, `One explanation`, `a single February night`), vague words without a number
  (`for weeks`, `hundreds of them`, `thousands`, `within a few months`) and, **new** but following `in a week`, an
  article with a unit and no number (`A week after`, `in a week`, `a week earlier`, `a week ago`, `A year later`);
  `double-counted` names the error and `double shifts` a kind of shift, not counts. The '10,000' of a rate per 10,000
  is part of the rate's unit, not a figure of its own (`52 homeless people per 10,000 inhabitants` is one figure).
* **Quote.** The exact text around the figure, including the hedge or bound word (`about 11,000 people`, `about 40
  metres`, `up to two metres`, `nearly three times`, `at least three more days`, `more than 57,000`, `Around 3 400
  hectares`, `some 28 million euros`, `barely a quarter`, `more than seven metres`, `almost half`, `some 7,400
  households`, `more than 40,000`, `more than 21,000 pigs`, `more than 40 kilometres`, `At least 310 radiotherapy
  sessions`, `nearly 46 %`, `more than 40 of them`, `at most 50 million`, `within eight weeks`, `closer to 4,000`,
  `less than 2 per cent`, `more than 1,000 people`, `almost 29 years`, `under 18`) and often the counted noun; in fact
  boxes the label is part of the quote (`Evacuated: 23,500`, `Gap in bank: 120m`, `Ops axed: 1,150`, `Patients' files
  stolen: 640,000`, `Rise since 2048: 23%`, `Saltrane rent rise: 46%`); extended with a neighbouring word until
  `text.find(quote)` hits the annotated occurrence when the same string appeared earlier (`Dusenne, 34`, `1 800
  residents from`, `4,100 are`, `three army`, `all 312`, `worst 87 kilometres`, `180 ambulances have`, `nine
  intensive-care`, `done three`, `four other`, `General, 46 kilometres`, `for nine days`, `23 percent from`, `every
  four years`, `is four`, `thus 2,6 times`, `than 52`, `770 names`, `on two`, `was 47`, `in seven years`, `that in
  four`, `two bodies`). Quotes never overlap, and two figures are never put in one quote (`[140 million skelds]
  ([about 11 million euros])`, `[8 million dollars] ([about 7,4 million euros])`, `[450 million vels] ([about 391
  million euros])`, `[95 vels a night] - [about 2,850 vels] a month`; `[3 to 4 billion skelds]`, `[1.1 billion to 1.4
  billion skelds]`, `[40 to 50 centimetres]` and `[between 70,000 and 80,000]` are one range each).
* **Value.** Normalised to a plain number: `6,85 metres` -> 6.85, `1 800 residents` -> 1800, `1,4 million
  sandbags` -> 1400000, `1,8 billion skelds` -> 1800000000, `2.870 operations` -> 2870, `about 25,7 million euros` ->
  25700000, `14.500 computers` -> 14500, `2,6 times` -> 2.6, `5,6 million inhabitants` -> 5600000, `1.8 BILLION` ->
  1800000000, `$8M` -> 8000000, `87km` -> 87, `120m` -> 120, `23%` -> 23, `2.3 terabytes` -> 2.3, words -> digits
  (`eleven thousand people` -> 11000, `Twenty-five thousand` -> 25000, `one billion skelds` -> 1000000000,
  `one-in-100-year` -> 100, `Mum-of-two` -> 2, `halve` -> 50). A range is one figure (value = low, high set): `40 to 50
  centimetres`, `three to five weeks`, `six to eight hours`, `six to nine months`, `400 million to 500 million krels`,
  `70 000 to 80 000`. A change written 'to 2.6 billion skelds ... from 1.8 billion' or 'falls to 14,590 from 14,900' is
  two figures. The value is the number as printed, with no unit conversion (`about €2,000` 2000 beside `25,000
  skelds` 25000, `more than 57,000` football pitches beside `41,000 hectares`, `about 55 MILLION krels` beside `$8
  million`) and no sign added from words (`fallen by 35 %` is 35, `CUT the flood defence budget by 30 per cent` is 30). Percentages are in
  percent units. Vague shares are given a nominal value only when optional (`almost half` -> 50, `barely a quarter`
  -> 25, `almost one in two` -> 50, `nearly half` -> 50, `barely two-thirds` -> 67, and the vague multiple `half as
  large again` -> 1.5).
* **Bound.** `=` plain (also rounded numbers and headlines without a hedge: `FIVE DEAD`, `11,000 evacuated`, `$8M`,
  `Gap in bank: 120m`, and conversions in brackets without their own hedge); `~` about / around / roughly / nearly /
  almost / some / closer to (`about 11,000 people`, `Around 3 400 hectares`, `roughly 130 million euros`, `nearly three
  times`, `almost 29 years`, `some 7,400 households`, `closer to 4,000`); `>` more than (`more than 40,000`, `more than
  seven metres`, `more than 18 times`, `more than double`, `more than 1,000 people`); `>=` at least (`at least seven
  dead`, `at least three more days`, `At least 310 radiotherapy sessions`); `<` less than (`less than 2 per cent`);
  `<=` up to / within for measurements, estimates and hopes (`up to two metres`, `within 72 hours`, `within eight
  weeks`, `within two hours` for the normal test turnaround, the charities' `up to 80,000`); `range` for 'X to Y' and
  'between X and Y'. `low` is set for `>`/`>=`/range, `high` for `<`/`<=`/range, both null otherwise. Rules, deadlines
  and ceilings written exactly keep `=`, with their words in the quote: the minister's `within ten days`, the grant
  ceiling `up to 60,000 skelds`, the hackers' `seven days` and `seven-day` deadline, the `four-hour` target, the
  Sarvenne director's `at least two weeks`, the Lauvencian offer of `up to 200` patients, the insurance's `at most 50
  million`, the minister's `at least 14 days` and `within 30 days`, the census definition `under 18` and the danger
  and alert levels. Words that look like hedges but are not keep `=` and stay outside the quote: 'over `three years`',
  'over `15 years`', 'over `four years`' (durations), 'just `2,100`', and 'stays above `eight metres`' (a threshold).
  **New:** the translated census article's '23 % more than `four years ago`' reads 'more than' with the rise, not with
  the look-back, which keeps `=` (and is optional).
* **Optional** (count neither way): ages (`61`, `34`, `72`, `88`, `41`, `45`, `78`, `38`, `57`, `19`, the children's
  `six`, `nine` and `four`) and a nurse's `27 years` at her hospital; the levee's `94 years`; terms that define a
  product or a group (the `one-tonne` sandbags, the maternity window `within two weeks`, the census's `under 18`, the
  `five largest` cities of the urban share); look-backs and windows (`three years ago`, `ten years ago`, `four years
  earlier`, `four years ago`, `in four years`, `two years ago`, the rain's `72 hours` and `three days`, the rent rises'
  `five years`, Housing First's retention `after two years`, the census interval `every four years`); and the vague
  shares and multiple listed under Value. **New:** the elapsed time of an outage is its length and is scored, not a
  look-back: the local paper's `Eleven days` after the attack belongs with `Days in the dark: 3`, `five days` and
  `Eighteen days`; the average age at death of homeless people (`was 47`) is a statistic of the event, not a person's
  age, and is scored.
* **Quantity.** One real-world quantity: the same thing, with the same scope, at the same time or for the same period.
  Figures in different articles share it even when the values differ:
  - *running counts and levels reported anew* are one quantity: the dead, the missing, the evacuated, people in
    shelters, soldiers, helicopters, sandbags, the breach width, the area under water (**new**: a level like a river
    level, from about 18,000 hectares through the 47,200-hectare peak to about 21,000 still flooded), flooded homes,
    drowned pigs; operations postponed, appointments cancelled, ambulances diverted, radiotherapy sessions, helpline
    calls, computers and servers restored, days without systems, patients taken in by Sarvenne and its intensive-care
    patients, cyber specialists;
  - *a statistic and its revision* are one quantity (the damage estimate 1.8 -> 2.6 billion skelds; the aid 350 ->
    900 million skelds; the ransom 8 -> 4.5 million dollars; the network's cost estimate 190 -> 310 million krels; the
    census count 48,730 -> 47,960, its rise 23 -> 21 per cent, its rate 52 -> 51, children 14,900 -> 14,590, temporary
    accommodation 19,870 -> 19,100, Drummerel's count 3,420 -> 2,650 and rate 130 -> about 100);
  - *estimates of one amount* are one quantity, including rival estimates that say the official figure misses part of
    the same thing: the evacuated (officials, the relief network), the area under water (the ministry, the satellite
    agency), the damage (the government, the Ardimol economists), patients whose records were copied (the hackers,
    the regulator), the homeless (the Bureau, the Hearthway Trust, the Housing Coalition), Saltrane's rough sleepers
    on census night (the census, the Trust);
  - *the same amount in other words*, conversions included ('25,000 skelds', 'about €2,000' and 'Twenty-five
    thousand'; '140 million skelds' and 'about 11 million euros'; '1,8 billion skelds' and 'about 144 million euros';
    '8 million dollars', 'about 55 MILLION krels' and 'about 7,4 million euros'; '190 million krels' and 'about 25,7
    million euros'; '450 million vels' and 'about 391 million euros'; '150 million' vels and 'roughly 130 million
    euros' a year; **new:** '41,000 hectares' and 'more than 57,000' football pitches, and the 2031 flood's '1.1
    billion skelds at the time' and 'about 1.6 billion in today's money', are restatements of one amount in another
    unit and are merged like currency conversions).

  Different quantities: a sub-count (see Roles); a different scope or base (a figure stated as a share, rate or
  multiple of another quantity is kept apart from the amount: the evacuated and their 7.6 per cent of the province,
  the homeless and the rates per 10,000, the copied records and their share of the people served, the damage and
  its multiple of the repair, the attack's cost and its multiple of the IT budget; **new:** the network's own cost
  estimate, which excludes lost activity, and the audit chamber's full cost including lost income and future security
  work; the network's '13 others' under review, which excludes the Marrask death, and the '16 serious incidents in
  all', which includes it; Veskaria's and Haldovia's, Orvandy's and Lauvence's, Brevonia's and Tavaland's figures; the
  national and the Vennacre, Marrask, Saltrane and Drummerel counts; per-unit amounts: the payment per household, the
  grant per home, the plan per person, the reimbursement per bed-day, the cost per Housing First place); before and
  after values and distinct periods (Market Street's depth at the height and now; the Sarvenne machines' hours now and
  normally; the laboratories' tests now and normally; Stallard's hotel bill and his old rent); figures tied to a
  distinct time or event (the 2031 flood, the 2048 blood service attack, Sarvenne's 2050 attack, the 2048 census,
  **new:** the Saltrane council's street count on a night in January, against the census night); equal values that
  measure different things, within one event (the 'eight metres' above which more sections could fail and the
  'eight-metre' building line; the 'nine days' of Marrask's closed emergency department and of its paper drug rounds;
  'twice' of Wollin's cancelled chemotherapy and of Sarvenne's drills; the 'seven years' of Tavaland's Housing First
  and of the Brevonian social-housing wait; 'more than double' of Saltrane's rate and of Stallard's hotel bill; the 1.1
  billion of the 2031 flood and of the lower end of insured losses); and populations and capacities beside event counts
  (Vennacre's 38,000 people and 17 schools, Kestrawe's 410,000, the 312 kilometres of levee, Haldovia's 96 kilometres of
  dikes; the network's nine hospitals, five emergency departments, 31 clinics, 22,000 staff, 3,100 beds, 14,500
  computers, 620 servers and about 1.4 million people, Marrask's 420 beds and 2,300 staff, Sarvenne's 640 beds;
  Brevonia's about 9.37 million people and 16,400 shelter beds, Drummerel's 410 beds, Tavaland's 5,6 million people and
  2 300 Housing First places).
* **Roles** (`roles.json`). `population`: a standing stock or capacity (a town's or country's people, schools, levee
  and dike lengths, hospitals, emergency departments, clinics, staff, beds, computers, servers, radiotherapy machines,
  shelter beds and places, Housing First places, a parent's children); `total`: an event count or amount that at least
  one annotated quantity is part of; `part`: a sub-count or sub-amount, with `part_of` set (a part may itself have
  parts: Drummerel's rough sleepers, shelter residents, temporary accommodation and people with friends -> Drummerel's
  count -> the national count; Saltrane's rough sleepers -> the national rough sleepers -> the national count; the
  second evacuation wave, Vennacre's evacuees, the returned and the still displaced -> the evacuated; Vennacre's dead ->
  the dead; the missing family -> the missing; Vennacre's flooded homes -> flooded homes; farmland -> the area under
  water; insured and farm losses -> the damage; Haskel's pigs and Brookvelt's cows -> drowned pigs and cattle;
  Haldovia's pumps -> the pumps; Marrask's operations, appointments, diversions and overtime -> the network's; the
  intensive-care, cancer and other transfers -> Sarvenne's total; the double-counted children -> the double-counted;
  Tavaland's rough sleepers, Brevonians and Tarrevik's homeless -> Tavaland's count); a population is never a parent;
  `count`: a count of what happened not in a part/whole relation; `other`: measures, rates, shares, money, durations,
  levels, ratios, prices, forecasts, rules and thresholds. `part_of` is null for every role but `part`.

## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where each figure is
written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional figures; a range value is written
`low..high`), plus `meta.json` per event (folder, event name, notes, and quantities as `[id, role, part_of,
description]`), which is written by the hand-kept table in `meta.py` beside it (`python3 build/src/eN/meta.py`).
`python3 build/build.py` writes the `.txt`, `gold.json` and `roles.json` files (with `--residue` it lists numbers left
outside annotations, for checking completeness; what remains there are years, dates and clock times, the '10,000' of
a rate's unit, the pronoun and emphatic uses of 'one' and 'two' listed above, 'hundreds', 'thousands', 'fourth',
'quarters', and words that merely contain a number word, such as 'Tennick' and 'tenants'); `python3
build/fix_unique.py e1 ...` is an annotator's helper that extends a quote with neighbouring words when
`text.find(quote)` would hit an earlier occurrence (its changes were reviewed by hand); `python3 build/make_readme.py`
regenerates this README; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
