#!/usr/bin/env python3
"""Write ../README.md: the events table (from the articles' bylines) and the output of check.py."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["tervaskel_volcanic_eruption", "hollerby_listeria_recall", "merrow_lark_ferry_sinking"]
DOMAIN = {"tervaskel_volcanic_eruption": "1. a volcanic eruption with an ash cloud and flight cancellations: the ash column, lava and earthquakes, an exclusion zone widened and shrunk with evacuations and returns, running counts of cancelled flights, closed airports and affected passengers with rival estimates, airlines' losses in dollars, euros and a local currency, the aid package and its revision, the ash over a neighbouring country and its stranded travellers, farms and tourism, earlier eruptions",
          "hollerby_listeria_recall": "2. a food contamination recall: a listeria outbreak traced to a cheese plant, running counts of confirmed and probable cases, deaths and pregnant patients, a patients' group's rival count, the recall widened (products, tonnes, packs), the helpline, inspectors' swabs, the company's cost estimate and its revision, cases and a withdrawal in a neighbouring country, the plant's workers and supplier farms, inspection staffing, an earlier outbreak",
          "merrow_lark_ferry_sinking": "3. a ferry sinking: the people on board (the manifest against the coastguard's count), running counts of dead, missing and rescued, the search, foreign seasonal workers on board and their repatriation, an island's losses, the overloaded car deck and a failed inspection, the captain's arrest and charges, compensation in two currencies, the salvage, an earlier sinking"}
STYLE = {"wire": "wire copy", "tabloid": "tabloid (with a fact box)", "broadsheet": "broadsheet analysis",
         "translated": "translated copy (European number formats)", "local": "local paper"}
SELFTEST = {"tervaskel_volcanic_eruption": (206, 166), "hollerby_listeria_recall": (174, 148),
            "merrow_lark_ferry_sinking": (194, 157)}
SHARED = ("weekdays ('Monday' to 'Sunday'), the months 'March', 'April', 'May' and 'September', sentence-initial words "
          "such as 'A', 'All', 'At', 'By', 'Each', 'Every', 'In', 'On', 'One', 'The', 'They' and 'This', the number "
          "words 'Four', 'Nine', 'Six', 'Three' and 'Two', and the tabloid capitals 'MILLION'")

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
out.append("# blind_events_28 — hand-annotated fictional news coverage\n")
out.append("Three invented news events, five articles each, with a hand-made gold annotation of every figure "
           "(a number with what it counts or measures, in digits or in words) and of which figures measure the same "
           "quantity across articles. The domains are new relative to every domain `blind_events_27`'s README lists: "
           "the list it gives (a long drought with water restrictions, a bank's customer data breach, a mine collapse "
           "with a rescue of trapped workers, an energy regulator's price-cap decision, a mass stranding of pilot "
           "whales, an oil producers' group's output cut, a typhoon and its aftermath, a national exam results release "
           "with a marking error, a multi-day airline pilots' strike, an earthquake with its aftershocks, a house-price "
           "data release with its revision, an open-air music festival hit by a heatwave and a stage collapse, a "
           "passenger train derailment, a measles outbreak, a football cup final with crowd trouble, an "
           "air-traffic-control failure, a supermarket chain's quarterly results with closures, a wildfire-smoke "
           "pollution episode, a mass protest march against a pension reform, a company's layoffs announced in rounds, "
           "a regional election, a container ship fire in a port, a national minimum wage decision, a hailstorm "
           "hitting a city, a city marathon in a heatwave, a chemical plant explosion, an inflation release and its "
           "revision, a teachers' strike, a data-centre power outage, a national referendum, a cocoa crop disease with "
           "the price surge that follows, a sovereign credit rating downgrade and a winter smog episode) and its own "
           "three (a river levee breach with evacuations, a ransomware attack that shuts down a hospital network, a "
           "national homelessness census with its correction); and they differ from one another: a volcanic eruption "
           "with an ash cloud and flight cancellations, a listeria outbreak with a food recall, and a ferry sinking. "
           "The eruption is about a volcano and the airspace its ash closes: the earthquakes are only the swarm that "
           "announced it, the skies are shut by ash and not by a failure of air-traffic control, and the ash in the air "
           "over a neighbouring city is one strand, not a smoke or smog episode. The recall is about contaminated food "
           "traced to one factory, with the cases it caused; it is not an outbreak of a contagious disease, and the "
           "company's money appears only as the recall's cost. The ferry sinking is a passenger disaster at sea caused by "
           "a shifting cargo of vehicles; it is not a fire on a container ship in port, and no storm appears in it "
           "(only the earlier sinking of 2029 happened in a storm).\n")
out.append("**Written blind.** This corpus was written without reading the tool's code, its tests, its benchmarks or "
           "any other corpus's articles, sources, gold or roles files, and without running the tool or anything that "
           "imports `desktop`; the tool was never asked anything. Nothing under `/work/main/desktop/`, "
           "`/work/main/benchmarks/`, `/work/main/scripts/`, `/work/main/.git`, `/work/main/tests/core`, "
           "`/work/main/tests/ui` or `/work/main/tests/*.py` was opened, listed or searched, no git command was run, and "
           "no search, retrieval, code-index, repository or package-registry tool was used (only a shell and a file "
           "editor). `/work/main/tests/data/` was not listed: this folder was created with the one command the brief "
           "gave, a `mkdir -p` of its full path with its `build/src/e1`, `build/src/e2` and `build/src/e3` subfolders "
           "and the scratch folder `/tmp/b28/`, followed in the same command by an `ls -la` of the new folder, its "
           "`build/` and its `build/src/`, which showed only the subfolders just made (besides the usual `.` and `..` "
           "entries); it held nothing but what this work put in it. Scratch files were kept under `/tmp/b28/`. The only "
           "files opened outside this folder were the ones the brief allowed, each opened by its full path: "
           "`/work/main/tests/data/blind_events_27/README.md` (printed in full with `cat`; the terminal display cut its "
           "lines 16-135, so its line count was taken with `wc -l` in the same command as a `sed` of lines 14-60, and "
           "lines 60-140 were then printed with `sed`; it was read once more only by a Python script, "
           "`/tmp/b28/caps.py`, that wrote its capitalised words to `/tmp/b28/forbidden_caps.txt` and printed them "
           "once); `blind_events_27/check.py`, `blind_events_27/build/build.py` and "
           "`blind_events_27/build/fix_unique.py` (printed in full by one command with a `cat` for each; `check.py` and "
           "`build.py` were then copied here with `sed` changing the corpus name, `fix_unique.py`, which names no "
           "corpus, was copied unchanged with `cp`, and a `grep` for `blind_events` on the three copies confirmed the "
           "change); `blind_events_27/build/make_readme.py` (its line count taken with `wc -l` in the same command as "
           "that of `build/src/e1/meta.py` and a `cat` of it; the display cut its lines 152-246, which were then "
           "printed with `sed -n 150,250p`, cut to their first 200 characters and first 120 lines; this script follows "
           "its structure, rewritten for this corpus); `blind_events_27/build/src/e1/meta.py` (printed with `cat`, each "
           "line cut to its first 400 characters; the `meta.py` files here follow its format); and "
           "`/work/shared/eval/score.py` (printed in full with `cat`, in the same command as `head -80` of "
           "`/work/shared/eval/seeds_gold.json`, which showed the gold format's first lines; `score.py` was then run for "
           "the self-test below). No directory under `blind_events_27` was listed (not even `build/`), none of its "
           "`.src`, `.txt`, `gold.json`, `roles.json` or `meta.json` files were opened, and no other corpus was looked "
           "at. The annotation conventions of `blind_events_27`'s README were followed (restated below with this "
           "corpus's examples, with the new decisions marked **New**). The texts were written as the outlets would "
           "write them and were not tuned to any tool. Small helper scripts under `/tmp/b28/` counted body words and "
           "figures per article (`wc.py`), listed each event's quantities with their figures (`qids.py`), listed quotes "
           "whose hedge word ('about', 'some', 'more than', 'up to', 'within' ...) had been left outside the quote or "
           "whose bound did not fit the hedge (`hedge.py`; each case was fixed or left by hand: 'air traffic over "
           "`five countries`' is a preposition, and the rules and ceilings listed below keep '='), listed quotes holding "
           "more than one number (`multi.py`; only scale words such as '640 million' remained), showed numbers and "
           "number words left outside the annotations in context (`words_ctx.py`), compared the articles' capitalised "
           "words with `forbidden_caps.txt` (`capcheck.py`), checked that the quoted examples of this README occur in "
           "the articles (`verify_readme.py`) and ran the self-test (`selftest.py`). All places, countries, languages, "
           "institutions, firms, ships, outlets and people are invented (the invented countries are Surnevia and "
           "Draubenland for the eruption, Gellvania and Lirandie for the recall, Taurimar and Velmora for the ferry "
           "sinking); in the first draft the translated eruption article quoted an airline chief comparing the "
           "closures with a real eruption of 2010, and the hospital in Harnby carried the word 'General' from "
           "`blind_events_27`'s README; both were rewritten before the gold was finalised, and the file and folder names "
           "never changed, so the build overwrote its earlier outputs and left nothing stale. No capitalised proper "
           "name that appears in `blind_events_27`'s README is reused (checked by `/tmp/b28/capcheck.py`); the only "
           "capitalised words the articles share with it are ordinary English words (" + SHARED + "); outlet "
           "names avoid the words of that README's outlets ('Press', 'Wire', 'Service', 'Daily', 'Post', 'Review', "
           "'Tribune' and the like), and the fact-box labels avoid its 'Dead', 'Evacuated' and 'AXED' (a first-draft "
           "'Dead: 41' in the ferry tabloid became 'Confirmed dead: 41'). The eruption's money is in Surnevian pells (9.6 to the euro) with euro "
           "conversions and the airlines' losses in dollars (0.9 euro to the dollar); the recall's in Gellvanian lodars "
           "(4.3 to the euro), with Lirandie's money in euros; the ferry sinking's in Taurimari solvas (8 to the euro), "
           "with Velmora's money in euros. As a self-test, the gold of each event was fed back to `score.py` as a "
           "perfect prediction (one claim per figure at its span with the gold value, low, high and bound, groups = "
           "quantities; the conversion script was `/tmp/b28/selftest.py`, outside the repository), which gives "
           "extraction_f1=1.000 and link_f1=1.000 for every event (" + "; ".join(
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
           "one line per entry, after a heading line), `gold.json` (format of `seeds_gold.json`: `event`, `figures`, "
           "`quantities`, `notes`; each figure has `id`, `article`, `quote`, `start`, `end`, `value`, `low`, `high`, "
           "`bound`, `unit`, `quantity`, `optional`) and `roles.json` (`{\"quantities\": {id: {\"role\", "
           "\"part_of\"}}}`). Each event's `notes` field explains its judgement calls. The five articles of an event "
           "are dated on different days, so running counts move between them; each article's body is 450-650 words and "
           "carries 31-50 figures; the translated copy uses European number formats, with dotted thousands and decimal "
           "commas in the eruption and the ferry sinking and spaced thousands and decimal commas in the recall (" +
           "; ".join(euro) + ").\n")
out.append("""What the articles contain, event by event:

* `tervaskel_volcanic_eruption` — Mount Tervaskel (1,930 metres; one of Surnevia's 14 volcanoes) in Brannisk,
  southern Surnevia, erupted at 5:40 a.m. on Saturday 11 October 2053 after four days of earthquakes and was declared
  over on Friday 24 October after 13 days; articles from 12 to 27 October. The ash column (11 -> 14 -> 9 -> about 4
  kilometres), the fissure (1.4 -> 2,1 kilometres), the lava (3.5 -> 5 -> 6.2 kilometres, stopping 400 metres short
  of the Ebberley road; about 90 million cubic metres of lava and ash), the earthquakes (more than 2,600 -> 3,400 ->
  more than 5.000 -> about 7,900; magnitude 4.8), sulphur dioxide (the institute's 45,000 tonnes a day against a
  satellite programme's around 70.000, about 30,000 in the last week), the exclusion zone (10 -> 15 -> 8 kilometres)
  and the evacuation (about 2,300 -> 4,100 from three villages, among them Skerrow with 1,150 people; 1,650 home on 18
  October, 2,450 -> about 300 still out; 1,300 -> 1,900 -> 780 in Corvain's halls and four of its nine schools; 1,340
  claims from 1,700 households), the airspace (closed within 200 kilometres; flights cancelled 1,400 -> 6,900 ->
  11.200 -> 16,300 -> 17,800, almost seven times 1998's 2,600; airports closed 3 -> 23 -> 19; passengers affected
  about 190,000 -> 1.1 million -> 1,8 million -> the authority's 2.3 million against the airlines' federation's 2.6
  million; the cloud's 1.2 -> about 1,5 million square kilometres; the 2-milligram limit and the airlines' wish for
  4), the airlines (Surnair's 46 aircraft and 118 -> 610 -> 1,120 cancelled flights, at least 20 -> 25 million pells a
  day, 340 million pells in all and a 500 million loan request; the industry's about $160 million a day and about
  $850 million, about 765 million euros), casualties (one dead, 7 -> 11 -> 14 injured, two hikers found after 31
  hours; about 1,900 visits for breathing problems, about 230 of them in Corvain), money (aid 100 -> 280 million pells,
  about 10.4 -> 29 million euros; 12,000 pells, about 1,250 euros, per household; tourism, 8 per cent of output,
  losing about 900 million pells; 0.3 percentage points of growth; the monitoring budget cut by 15 per cent to 38
  million pells, with nine of 16 seismometers working), Corvain (14,000 people, 22 kilometres away; up to 4
  centimetres of ash, 2,800 tonnes carted off; 3,400 hotel bookings cancelled), sheep (around 18,000 to be moved;
  Holloway's 300 ewes left on the mountain and 90 found dead; more than 700 dead in the district, about 2,100
  nationally) and Draubenland (Kolvenstadt airport shut for 62 hours; all seven airports closed, four reopened; 2.140
  flights cancelled, 870 of them by Drauben Air, which lost 31 million euros, about 298 million pells; some 3.500
  Draubenlanders stranded, 1.900 brought home by three ferries for 4,2 million euros; around 9.000 package trips
  cancelled; ash up to 6,5 milligrams, fine dust at 186 micrograms against a limit of 50; 710 flights cancelled in
  1998).
* `hollerby_listeria_recall` — Hollerby Creamery of Wickerton, Gellvania (420 permanent staff, 118 supplier farms,
  about 210,000 litres of milk a day, sales of 640 million lodars, about 149 million euros, 31 per cent of the soft
  cheese market), stopped production on Saturday 31 May 2053 and recalled its soft cheeses on Sunday 1 June after a
  listeria outbreak was traced to its plant; articles from 2 to 20 June. Confirmed cases (14 -> 23 -> 31 -> 38 -> 44,
  12 of the first 14 sequenced, seven from the Wickerton district), probable cases (7 -> 9), all cases (53 in all
  against the Outbreak Families Group's at least 60 -> nearly 70), deaths (2 -> 3 -> 4 -> 5), pregnant patients (3 ->
  4 -> 5 -> 6, two babies lost), patients in hospital (11 -> 9), the median age of 76, the incubation of up to 70
  days; the recall (27 -> 41 products, three of them quiches; about 180 -> 310 tonnes; 1.9 million -> about 2.2
  million packs, about 310,000 from Fellmart's 212 stores; about 4,800 shops; seven countries; off the shelves within
  48 hours; about 85 per cent recovered), the helpline (about 1,200 calls in 12 hours -> 8,600 -> 21,000 -> about
  26,000), the swabs (six of 40 positive, two in drains; three clean rounds needed to reopen), money (the recall's
  cost at least 35 million lodars, about €8 million, -> about 90 million, about 21 million euros; insurance up to 25
  million; a maximum fine of 4 per cent of turnover, about 26 million; a liability cap of 2 million lodars, roughly
  465 000 euros, per victim), the market (soft cheese sales down 22 per cent), the inspections (the company's own
  three positive drain tests in 18 months; 14 months since the last visit against every 12 months; 210 inspectors,
  down 19 per cent from 260, for about 9,400 plants), Wickerton (16,500 people; 140 temporary jobs ended; 30 days on
  full pay; milk at 0.29 instead of 0.46 lodars a litre, about 53,000 lodars a day lost; a 400,000 lodar hardship
  fund), Lirandie (four -> six cases, a baby born six weeks early; 38 tonnes withdrawn from about 620 supermarkets;
  3 100 calls in four days; about 1 900 tonnes a year imported, worth 9,5 million euros, around 6 % of Hollerby's
  sales; 2 % of consignments sampled; about 430 cases a year; a claim of at least 150 000 euros per family) and the
  2047 smoked-fish outbreak (19 cases, three deaths).
* `merrow_lark_ferry_sinking` — the Tamsey Lines ferry Merrow Lark (88 metres; licensed for 450 passengers and 55
  vehicles) capsized about 11 kilometres off Sollis Island, Taurimar, at about 9:15 p.m. on Saturday 23 August 2053,
  on its three-and-a-half-hour crossing from Port Ebbrin; articles from 24 August to 12 September. The people on
  board (439 on the manifest, 412 passengers and 27 crew -> at least 470 -> about 490 -> 503, with 476 passengers; 64
  not on the manifest, against the tabloid's '31 more' and its dock worker's 'more than 50'; 13 per cent of the total),
  the dead (at least 23 -> 41 -> 58 -> 79 -> 96), the missing (55 -> at least 51 -> 54 -> 46 -> 29), the rescued
  (361 -> 378), survivors in hospital (74 -> 52 -> 11), children (62 -> 68 aboard, 17 dead), the sinking (about 12
  minutes, less than 15, the authority's 11), the search (vessels 14 -> 31 -> 8; helicopters 3 -> 6; 140 -> 600
  square kilometres; divers 40 -> 24; bodies from the hull 17 -> 33), the car deck (68 vehicles, 13 more than
  permitted, about 1,140 tonnes against 900; only eight of 19 lorries fully lashed; a heel of 12 degrees within two
  minutes, then 40), the ship (two of six lifeboats launched; 600 life jackets; 14 defects in March, eight serious, on
  a 30-day repair notice), the authority (12 inspectors for 140 vessels; a 22 per cent budget cut; ticket gates at three
  of 11 ports), the Velmorans (about 110 -> 112 aboard, 86 recruited by an agency; 61 -> 74 survivors; 31 -> 39 dead,
  seven missing; 48 survivors and 19 coffins flown home on two planes; 74 euros a day; around 9.000 seasonal workers a
  year), Sollis (6,800 people; 23 dead, five missing, 14 funerals; four daily crossings suspended, a replacement's
  two a day taking about five hours; 640 of about 1,100 pickers; an appeal of 1.9 million solvas from more than
  11,000 donors), money (250,000 solvas, about €31,000, per family, about 31 million solvas in all; up to 800,000
  solvas per passenger from the insurers; a 38-solva ticket, about 4,75 euros; the 2046 fine of 1.2 million solvas,
  about €150,000; salvage about 45 million solvas, about 5.6 million euros, in about ten weeks), the captain (79 counts
  of manslaughter) and the Ardent Gull (212 dead in 2029; an inquiry of four years).
""")
out.append("## check.py\n")
out.append("`python3 check.py` validates every event (article layout and names; `text[start:end] == quote` and "
           "`text.find(quote) == start`; no overlapping quotes; bound/low/high consistent; every quantity used and "
           "described; roles valid, `part_of` only on parts and pointing to a known quantity, every `total` has a part, "
           "and every quantity with parts is a `total` or a `part`; targets of 80 figures and 80 gold pairs per event; "
           "three events) and prints this table (gold pairs = pairs of non-optional figures of one quantity in "
           "different articles; linked 2+ = quantities with non-optional figures in at least two articles):\n")
out.append("```\n" + check + "\n```\n")
out.append(open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read().rstrip("\n") + "\n")
out.append("""## Rebuilding

The articles and gold files are generated from hand-written markup in `build/src/e1..e3/*.src`, where each figure is
written inline as `[[quote|quantity|value|bound|unit]]` (`|opt` appended for optional figures; a range value is written
`low..high`), plus `meta.json` per event (folder, event name, notes, and quantities as `[id, role, part_of,
description]`), which is written by the hand-kept table in `meta.py` beside it (`python3 build/src/eN/meta.py`).
`python3 build/build.py` writes the `.txt`, `gold.json` and `roles.json` files (with `--residue` it lists numbers left
outside annotations, for checking completeness; what remains there are years, dates and clock times, the pronoun and
emphatic uses of 'one' and 'two' listed above, ordinals such as 'third' and 'first', 'dozens', 'hundreds' and
'millions', 'the final quarter', and 'single' in 'without a single take-off'); `python3 build/fix_unique.py e1 ...` is
an annotator's helper that extends a quote with neighbouring words when `text.find(quote)` would hit an earlier
occurrence (its changes were reviewed by hand, and a few were redone by hand: 'killing at least 23' became 'at least
23 people', 'had 38 tonnes' became '38 tonnes of Hollerby products', 'three of' became 'represents three', 'board: 503'
became '503 people' and 'March, eight' became 'eight of them', while 'Saturday four cases' and 'worth? 250,000' were
removed by rewording the sentences, to 'four people' and 'A quarter of a million'); `python3 build/make_readme.py` regenerates this README from the articles, `check.py` and the
annotation conventions kept in `build/conventions.md`; then run `python3 check.py`.
""")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
