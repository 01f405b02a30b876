"""Figures in single news sentences from many domains, scored against a blind annotation.

`tests/data/domains/`, `domains_3/` and `domains_4/` hold sentence sets written and annotated by
people who had not read `desktop/claims/` (their README says how): finance, tech, cars, sport,
science, health, weather, elections, crime, energy and more, in the styles of wire copy, tabloids,
the trade press and translated copy. A figure is found when a claim overlaps its quote, carries
its value and, for the strict score, its bound too (tests/scoring.py). The floors keep a change
from losing ground.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop.claims import extract_claims

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for tests/scoring.py
from scoring import score_sentences  # noqa: E402

DATA = Path(__file__).parents[1] / "data"
# (file, strict F1 floor, value-and-span F1 floor). sentences.jsonl (368 sentences, 14 domains)
# is the development set the rules were mended on; heldout.jsonl (372 sentences, 16 domains,
# another annotator) was written afterwards and scored 0.938 strict the first time the rules met
# it. Its misses were read once since (units in capitals, a letter before an amount of rand or
# naira, lakh grouping, "fell by 43,000 to 898,000"), so it is no longer held out.
# tests/data/domains_3 (400 sentences, 20 domains, a third annotator, more styles: live blogs,
# flattened tables, PDF text, South African and Nigerian copy) scored 0.878 strict (P 0.855,
# R 0.903) the first time; its misses were read since (a scale after "1.765", thousands in dots
# or spaces masked as versions and phones, rand with a hyphened scale or spaced thousands, a
# scaled count before capitalised words; later compound durations as one figure, "six years
# and four months" = 76 months, and multiples in words, "twice the rate", "a threefold rise"),
# so it is no longer held out either: 0.887 -> 0.916. Many of its remaining misses are
# conventions the extractor does not share (race times in seconds; cents and pence in the
# currency's whole unit, which the story corpora's annotators, like the seeds', leave as
# written) or text a PDF's layout broke ("2 . 1 million", "bil- lion").
# tests/data/domains_4 (400 sentences, 20 more domains, a fourth annotator; fact boxes, tables,
# title-case headlines, Irish, Nigerian and South African copy) scored 0.915 strict (P 0.901,
# R 0.929; value and span 0.924) the first time, on the code of 2026-12-03 (0.907 on the code
# that session began with). Its misses were read since (scales translated copy leaves as they
# were, "1,2 miljard euro", "8,7 Prozent"; title-case headlines; "R18,4-billion"; "$2,50"; a
# thing's age; a signed change in a table read as a phone; "6m by 4m"): 0.915 -> 0.945.
# Tables flattened into text, read since for domains_5 (a rank column, the "(m)" or "£bn" of a
# caption, also before a list: "Population by region (millions): North 12.4, …"), lifted
# domains_3 0.915 -> 0.922 and domains_4 0.955 -> 0.966.
SETS = [
    ("domains/sentences.jsonl", 0.97, 0.98),
    ("domains/heldout.jsonl", 0.95, 0.96),
    ("domains_3/sentences.jsonl", 0.92, 0.93),
    ("domains_4/sentences.jsonl", 0.95, 0.95),
    # tests/data/domains_5 (300 sentences, 15 more domains, a fifth annotator) scored 0.931
    # strict (P 0.912, R 0.950; value and span 0.933) the first time, on the code of
    # 2026-12-04. Its misses were read since (tables flattened into text, their rank column and
    # the "(m)" or "(£m)" of their header; thousands in dots read as a phone; "3,5 times";
    # a headline's "Bookings Double"; rand and naira amounts without a scale; the year of
    # "10 August 1628"; numbers dialled with a leading zero): 0.931 -> 0.972, so it is no
    # longer held out.
    ("domains_5/sentences.jsonl", 0.96, 0.96),
    # tests/data/domains_6 (300 sentences, 15 more domains, a sixth annotator; tables in both
    # shapes, Kenyan copy, PDF damage) scored 0.915 strict (P 0.890, R 0.942; value and span
    # 0.920) the first time, on the code of 2026-12-04 after domains_5's misses were read (the
    # code that session began with scored 0.896, P 0.867, R 0.927). Its misses were read since
    # (a justified PDF line's "97 .3 per cent" and "1 ,028"; Kenyan "Sh6 million" and "(KSh bn)";
    # "c. 4 million"; "half a kilo"; "40 MORE"; "R650 a hive"; "millones de euros"; a "Lot" column;
    # "calling 311"): 0.915 -> 0.959
    ("domains_6/sentences.jsonl", 0.94, 0.94),
    # tests/data/domains_7 (300 sentences, 15 more domains, a seventh annotator; text as web
    # pages and PDFs give it: bylines, captions, share counts, footnote markers, broken numbers,
    # tables in both shapes) scored 0.879 strict (P 0.845, R 0.915; value and span 0.889) the
    # first time, on the code of 2026-12-04 after domains_6's misses were read (the code that
    # session began with scored 0.796, P 0.755, R 0.842). Its misses were read since (a note
    # with its unit, "(m litres)", "(₹ lakh crore)"; a signed cell; "mil- lion" and "approxi-
    # mately" a PDF broke; "2 ,146,300"; "mld zł", "milhões"; "an M2.7"; bylines and buttons;
    # "(Mt)"; "R6,85"; "$4.21/lb"; "older than"): 0.879 -> 0.921
    ("domains_7/sentences.jsonl", 0.91, 0.92),
    # tests/data/domains_8 (300 items, 15 domains, an eighth annotator; headlines in title case
    # and in capitals, terse headlines, one-line market briefs, wire sentences) scored 0.921
    # strict (P 0.923, R 0.920; value and span 0.933) the first time, on the code of 2026-12-04
    # after domains_7's misses were read (the code that session began with scored 0.918). Its
    # misses were read since ("3.4% In Five Days"; "$1.60 est"; "$5.74/bu"; "0-0.1%"; "~30%";
    # "1M BARRELS"; "H1 to 29.2bn yuan"; "Profit Doubles"; "To Cut 400 Jobs"; "; 2 Dead"):
    # 0.921 -> 0.941
    ("domains_8/sentences.jsonl", 0.92, 0.93),
    # tests/data/domains_9 (300 items, 15 more domains, a ninth annotator; wire, features with
    # figures in words, local copy in many currencies, text copied out of PDF reports with
    # footnote markers and line breaks, social posts) scored 0.838 strict (P 0.815, R 0.863;
    # value and span 0.855) the first time, on the code of 2026-12-04 after domains_8's misses
    # were read (the code that session began with scored 0.820). Its misses were read since (a
    # report's table apart by spaces; "(14.0)"; a year in words; "3.2 Findings"; "twenty-odd";
    # "£48. 7m"; "one in every three"; a note a column, a "% chg" column): 0.838 -> 0.899
    ("domains_9/sentences.jsonl", 0.90, 0.91),
    # tests/data/domains_10 (300 items, 1,083 figures, 15 more domains, a tenth annotator; web
    # pages, wire, report and PDF text, headlines, translated copy) scored 0.901 strict (P 0.882,
    # R 0.921; value and span 0.910) the first time, on the code of 2026-12-04 after domains_9's
    # misses were read (the code that session began with scored 0.869); by style: wire 0.979,
    # translated 0.950, headline 0.949, web 0.914, report 0.758. Its report misses were read
    # since (a line of heads under a caption; a caption with no scale; a row's own note;
    # "(number) (£m)"; "(MtCO2e)"; columns one space apart; a page's footer): 0.901 -> 0.942
    ("domains_10/sentences.jsonl", 0.92, 0.93),
    # tests/data/domains_11 (300 items, 1,187 figures, 15 more domains, an eleventh annotator;
    # report and PDF text with many tables, web pages, wire, features with quotations, headlines
    # and social posts) scored 0.891 strict (P 0.856, R 0.928; value and span 0.906) the first
    # time, on the code of 2026-12-04 after domains_10's report misses were read (the code that
    # session began with scored 0.866; report style 0.834 -> 0.902); by style: wire 0.965,
    # report 0.902, headline 0.899, web 0.884, feature 0.794
    # read since: 0.913 -> 0.925 (a percent head and each column's own note in report
    # tables, "ago", "grand", a list's numbers)
    ("domains_11/sentences.jsonl", 0.92, 0.93),
    # tests/data/domains_12 (300 items, 1,352 figures, 15 more domains, a twelfth annotator;
    # report and PDF tables with confidence intervals and accounting brackets, web pages, wire,
    # features, headlines and posts), written after every change of 2026-12-04's session,
    # scored 0.862 strict (P 0.841, R 0.885; value and span 0.873) the first time; the code
    # that session began with scored 0.815. By style: wire 0.990, headline 0.947, web 0.911,
    # feature 0.793, report 0.790
    # read since: 0.891 -> 0.925 (each column's own note and a rate's base in report
    # heads, brackets under "Change (%)" and "Surplus/(deficit)", "£1,540 m", "Nine calls in
    # ten", "two pounds forty", years said in words, "ago")
    ("domains_12/sentences.jsonl", 0.93, 0.93),
    # tests/data/domains_13 (300 items, 1,405 figures, 15 more domains, a thirteenth annotator;
    # report tables with accounting brackets, web pages, wire, features, headlines and posts),
    # written after every change of its session, scored 0.892 strict (P 0.868, R 0.919; loose
    # 0.907) the first time; the code that session began with scored 0.882. By style: wire
    # 0.960, headline 0.940, web 0.915, report 0.882 (0.873 before), feature 0.796 (0.754)
    # read since: 0.892 -> 0.932 (a row's own "(number)" or "(%)" and heads on a caption's
    # line in report tables, a line of links to other stories, "an hour and twenty minutes",
    # "one point nine", "twenty, twenty-two pence", "84, 500", "waited over two years",
    # "a couple of hundred"); pence stay pence, as the story corpora and the seeds write them
    ("domains_13/sentences.jsonl", 0.92, 0.93),
    # tests/data/domains_14 (300 items, 1,559 figures, 15 more domains, a fourteenth annotator;
    # report tables, web pages with links to other stories, wire, features with speech's
    # numbers, headlines and posts), written after domains_13's misses were first read,
    # scored 0.911 strict (P 0.877, R 0.947; loose 0.921) the first time; the code that
    # session began with scored 0.880 (P 0.850, R 0.911). By style: wire 0.965, web 0.938
    # (0.899), headline 0.916, report 0.907 (0.872), feature 0.839 (0.796)
    # read since: 0.915 -> 0.930 (brackets in any table column, a row labelled "% of GDP", a
    # table's columns no phrase, "passed 80,000", "two hundred and eighty grand", "three, four
    # grand", "twelve lakh", "give or take", "call it", "as long as five days")
    ("domains_14/sentences.jsonl", 0.92, 0.92),
    # tests/data/domains_15 (300 items, 1,389 figures, 15 more domains, a fifteenth annotator;
    # report tables, web pages, wire, features, headlines and posts, and a new style: broadcast
    # and interview transcripts), written during the session of 2026-12-04 (evening), scored
    # 0.880 strict (P 0.852, R 0.909; loose 0.898) the first time, on the code of that session
    # after domains_14's misses were read; the code that session began with scored 0.874. By
    # style: wire 0.979, web 0.913, headline 0.912, report 0.858, feature 0.854, transcript
    # 0.730. Scored again, unread, with every change of that session: 0.888 (P 0.861, R 0.917;
    # loose 0.904); transcript 0.784, feature 0.874, report 0.862. Read in the session after
    # (2026-12-04, late): speech's hedges after the counted noun ("one mile give or take",
    # "four minutes, tops"), rough endings ("eighty-something"), "grand" before a word that is no
    # noun, a sign after a table's column gap, prose and notes under a table out of its scale,
    # a PDF's point set apart before a percent: 0.907 (transcript 0.819, report 0.896)
    ("domains_15/sentences.jsonl", 0.90, 0.91),
    # tests/data/domains_16 (300 items, 1,389 figures, 15 more domains, a sixteenth annotator;
    # more web pages copied from a browser and more broadcast and interview transcripts than
    # domains_15, 10% translated copy), written during the session of 2026-12-04 (late) and
    # scored once when it came: 0.901 strict (P 0.861, R 0.945; loose 0.912) on the code of that
    # session; the code it began with scored 0.900. By style: wire 0.946, report 0.915, headline
    # 0.912, feature 0.907, web 0.881, transcript 0.867. Read in the session after (2026-12-04,
    # night), its web pages only: a cookie banner, a strip of market prices, a readers' poll
    # with its votes, an icon before "Listen to this article", a French "14h10" and the place
    # numbers of a "Most read" list hold no figures: 0.910 (P 0.878, R 0.945), web 0.913; then
    # its reports: a bare "£000" line heads the columns under it, and copy with no thousands
    # comma reads "6,8" and "41,6 m" as decimals: 0.917 (P 0.886, R 0.950), report 0.942; an
    # amount in brackets after its sign is a loss ("£(4.8)m"): 0.918, report 0.948; a hedge
    # that ends the clause right after the number ("Sixteen per cent, roughly."): 0.920,
    # transcript 0.883; a consent line without the word "cookies", a row of bracketed buttons,
    # "By our … correspondent" with its counter: 0.922, web 0.919; "That's" owns nothing
    # ("That's 22% more" is no rank), "347 BTC" is money, "Close Two Ammonia Plants" counts past
    # its modifier: 0.923, headline 0.929; a table's cell a column away from a place name in
    # its row ("North Wales      3.1") is no "Route 66": 0.925
    ("domains_16/sentences.jsonl", 0.91, 0.92),
    # tests/data/domains_17 (300 items, 1,364 figures, 15 more domains: insurance, pensions,
    # lotteries, zoos, fisheries, forestry, mining, nuclear power, water, post, museums, video
    # games, music streaming, fashion, local elections abroad; a seventeenth annotator), written
    # during the session of 2026-12-04 (night) while domains_16 was read, scored when it came:
    # 0.884 strict (P 0.847, R 0.926; loose 0.901) with that session's changes, 0.874 (P 0.828,
    # R 0.924) on the code the session began with. By style: wire 0.946, report 0.893, web
    # 0.892 (0.863 before the session's page-furniture rules), transcript 0.859, headline
    # 0.857, feature 0.851. Read in the session of 2026-12-05 (night): a currency sign set
    # apart before a decimal comma ("€ 0,92") or spaced thousands and a note's mark ("€ 10
    # 440.¹"); "two to three hundred million"; speech's hedges that end the clause (", if
    # that", ", easily", ", probably more"); a link's place and a listicle's count after the
    # label of a line of links ("Most read: 3 Crocodile keeper hurt", "Related: Five things to
    # know"); a live page's "38 updates" and a byline's "· 2 min"; small words a title-case
    # headline capitalises before its number ("Across 94 Shows"): 0.884 -> 0.901 (P 0.867,
    # R 0.937; loose 0.913); then who spoke and their age ("says Colin, 52."), a phone-in's
    # "Line three", a page's "· 7 ·" and "Pág. 6", "Delen / Share · 💬 88", "€ 1 842,6
    # million", a widget's count after its icon, a draw's numbers: 0.912 (P 0.887, R 0.938);
    # with the rest of that session's rules (hours and ages in words, bounds, estimates,
    # ranges with a currency at both ends): 0.913 (P 0.888, R 0.938; loose 0.925)
    ("domains_17/sentences.jsonl", 0.90, 0.91),
    # tests/data/domains_18 (300 items, 1,435 figures, 15 more domains: mental health,
    # semiconductors, food banks, taxation, sea rescue, gardening, theatre, winter sports, roads,
    # national parks, fostering, athletics results, cocoa and coffee markets, data centres,
    # volunteering; an eighteenth annotator), written during the session of 2026-12-05 (late)
    # while domains_17 was read, scored when it came: 0.911 strict (P 0.873, R 0.951; loose
    # 0.925) with that session's changes, 0.905 (P 0.864, R 0.950) on the code the session began
    # with. By style: headline 0.940, wire 0.925, report 0.924, web 0.909, transcript 0.897,
    # feature 0.878. Not read; with the rest of that session's rules, read from the other
    # sets: 0.915 (P 0.880, R 0.953; loose 0.927)
    ("domains_18/sentences.jsonl", 0.90, 0.91),
    # tests/data/domains_19 (300 items, 1,405 figures, 15 more domains: aviation safety,
    # fisheries, pensions, public libraries, chess and esports, wine and spirits, dentistry,
    # space launches, rail freight, animal welfare, water utilities, art auctions, disability
    # services, cruise tourism, local elections; a nineteenth annotator), written during the
    # session of 2026-12-06, scored once when it came: 0.918 strict (P 0.888, R 0.949; loose
    # 0.930), the same on the code that session began with (extractor 2027.05.20) and on
    # 2027.05.21. By style: headline 0.929, wire 0.926, transcript 0.918, web 0.918, feature
    # 0.913, report 0.913. Not read
    ("domains_19/sentences.jsonl", 0.91, 0.92),
    # tests/data/domains_20 (300 items, 1,548 figures; beekeeping, mountain rescue, opera and
    # ballet, coastal erosion, prisons and probation, recycling and waste, lottery and gambling,
    # mobile networks, forestry and timber, child care, archaeology, postal services, funeral
    # services, fire services, weddings; a twentieth annotator), written during the session of
    # 2026-12-06 (later), scored once when it came: 0.924 strict (P 0.894, R 0.956; loose 0.934),
    # the same on the code that session began with (extractor 2027.05.24) and on 2027.05.25. By
    # style: wire 0.950, web 0.933, transcript 0.923, feature 0.922, report 0.915, headline
    # 0.887. Not read
    ("domains_20/sentences.jsonl", 0.91, 0.92),
    # tests/data/domains_21 (300 items, 1,798 figures; museums and galleries, theatre box office,
    # veterinary medicine, fashion retail, cybersecurity, parking enforcement, coffee trade, ski
    # resorts, licence fees, courts and legal aid, patents and trademarks, book publishing, metal
    # mining, passports and visas, hairdressing; a twenty-first annotator), written during the
    # session of 2026-12-06 (night), scored once when it came: 0.904 strict (P 0.864, R 0.947;
    # loose 0.916) on the code that session began with (extractor 2027.05.28), 0.904 (P 0.865,
    # R 0.948) on 2027.05.29. By style: report 0.944, wire 0.928, feature 0.916, headline 0.894,
    # web 0.881, transcript 0.861. Its errors were listed once in the session of 2026-12-06 (the
    # twenty-first), which mended page strips from them (extractor 2027.05.30: 0.907; 2027.05.31,
    # readers' polls and price strips: 0.920): read since
    ("domains_21/sentences.jsonl", 0.89, 0.90),
    # tests/data/domains_22 (300 items, 1,787 figures; zoos and aquariums, cement and building
    # materials, horse racing, radio audiences, opticians, fitness clubs, driving tests, toys,
    # watches and jewellery, pest control, musical instruments, self-storage, cut flowers, dating
    # apps, pawnbroking; a twenty-second annotator), written during the session of 2026-12-06
    # (the twenty-first), scored once when it came: 0.897 strict (P 0.844, R 0.956; loose 0.904)
    # on the code that session began with (extractor 2027.05.29). By style: headline 0.940,
    # report 0.963, wire 0.952, feature 0.880, transcript 0.863, web 0.833. The page strip mends
    # read from domains_21 took it to 0.899 (2027.05.30) and 0.915 (2027.05.31). Its errors were
    # listed once in the session of 2026-12-06 (the twenty-second), which mended spoken prices,
    # lone fractions, hours said in words and prices' starts from them and the sets before
    # (2027.05.33-35: 0.923): read since
    ("domains_22/sentences.jsonl", 0.88, 0.89),
    # tests/data/domains_23 (300 items, 1,820 figures; bicycles, pet food, salt and seaweed, theme
    # parks, taxis and ride-hailing, laundries, chocolate, fireworks, tattoo studios, household
    # removals, perfume, furniture and mattresses, greetings cards, car repair garages, public
    # toilets; a twenty-third annotator), written during the session of 2026-12-06 (the
    # twenty-second), scored once when it came: 0.897 strict (P 0.862, R 0.936; loose 0.910) on
    # the code that session began with (extractor 2027.05.32), 0.901 on 2027.05.35 (spoken
    # prices read from the sets before). By style: headline 0.962, wire 0.934, feature 0.893,
    # web 0.890, report 0.888, transcript 0.871 (0.894 on 2027.05.35). Not read
    ("domains_23/sentences.jsonl", 0.88, 0.89),
    # tests/data/domains_24 (300 items, 1,933 figures; bakeries, breweries, vending machines,
    # circuses, allotments, skating rinks, tenpin bowling, chimney sweeps, locksmiths, window
    # cleaning, escape rooms, ice cream, car washes, pottery, saunas; a twenty-fourth annotator),
    # written during the session of 2026-12-06 (the twenty-second), scored once when it came:
    # 0.883 strict (P 0.848, R 0.921; loose 0.895) on the code that session began with
    # (extractor 2027.05.32), 0.885 on 2027.05.38. By style: wire 0.933, headline 0.905,
    # feature 0.901, web 0.894, transcript 0.891, report 0.842. Not read (a search over the sets
    # while it was being written showed five of its sentences; nothing was changed for them)
    ("domains_24/sentences.jsonl", 0.86, 0.87),
    # tests/data/domains_25 (300 items, 1,883 figures; plumbing, roofing, scaffolding,
    # glassmaking, printing, golf courses, campsites, hostels, youth clubs, food markets,
    # marinas, shoe repair, bell ringing, farriers, beach huts; a twenty-fifth annotator),
    # written during the session of 2026-12-06 (the twenty-second), scored once when it came:
    # 0.912 strict (P 0.878, R 0.950; loose 0.919) on the code that session began with
    # (extractor 2027.05.32), 0.913 on 2027.05.40. By style: wire 0.957, headline 0.935,
    # report 0.925, web 0.907, feature 0.884, transcript 0.865. Its misses were read in the
    # session of 2026-12-06 (the twenty-fifth), with domains_26 and _27 (how many things a link's
    # title lists, "One jet had 64 passengers", "43% of traders are over 60", a head over two
    # columns of years): 0.913 -> 0.931
    ("domains_25/sentences.jsonl", 0.91, 0.92),
    # tests/data/domains_26 (300 items, 1,962 figures; tree surgery, cheese-making, sign-making,
    # model railways, dry-stone walling, blood donation, kennels, taxidermy, hot-air ballooning,
    # lidos, car boot sales, pigeon racing, snooker halls, family history, windmills and
    # watermills; a twenty-sixth annotator), written during the session of 2026-12-06 (the
    # twenty-third), scored once when it came: 0.926 strict (P 0.908, R 0.944; loose 0.928) on
    # the code that session began with (extractor 2027.05.40). By style: wire 0.974, headline
    # 0.930, web 0.926, report 0.921, transcript 0.917, feature 0.910. Read since, with
    # domains_25: 0.926 -> 0.928
    ("domains_26/sentences.jsonl", 0.91, 0.91),
    # tests/data/domains_27 (300 items, 2,060 figures; stamp collecting, choirs, puzzle setting,
    # vintage car rallies, dog shows, bookbinding, village halls, lighthouses, go-karting, scuba
    # diving, metal detecting, map making, amateur astronomy, translation services, busking; a
    # twenty-seventh annotator), written during the session of 2026-12-06 (the twenty-fourth),
    # scored once when it came: 0.921 strict (P 0.894, R 0.950; loose 0.933) on the code that
    # session began with (extractor 2027.05.41), the same on 2027.05.44. By style: wire 0.953,
    # report 0.951, headline 0.915, transcript 0.912, feature 0.907, web 0.888. Read since, with
    # domains_25: 0.921 -> 0.924
    ("domains_27/sentences.jsonl", 0.91, 0.92),
    # tests/data/domains_28 (300 items, 2,016 figures; beekeeping, pottery studios, chess clubs,
    # independent cinemas, blacksmithing, repair cafés, kite flying, stage magic, upholstery,
    # lost property, picture framing, bonsai, geocaching, morris dancing, inflatable hire; a
    # twenty-eighth annotator), written during the session of 2026-12-06 (the twenty-fifth),
    # scored once when it came: 0.947 strict (P 0.922, R 0.974; loose 0.953) on the code that
    # session began with (extractor 2027.05.45), 0.949 on 2027.05.49. By style: report 0.987,
    # wire 0.980, headline 0.958, transcript 0.923, web 0.916, feature 0.896. Read since the
    # next set came
    ("domains_28/sentences.jsonl", 0.93, 0.94),
    # tests/data/domains_29 (300 items, 2,265 figures; bridge clubs, orchid societies, caving,
    # rug weaving, fencing clubs, roller derby, hedge laying, darts leagues, quilting, circus
    # schools, mushroom foraging, millinery, scarecrow festivals, candle making, woodturning; a
    # twenty-ninth annotator), written during the session of 2026-12-06 (the twenty-sixth),
    # scored once when it came: 0.943 strict (P 0.922, R 0.964; loose 0.952) on the code that
    # session began with (extractor 2027.05.59), the same on 2027.05.61. By style: report 0.979,
    # wire 0.974, headline 0.941, feature 0.923, web 0.912, transcript 0.904. Read since the
    # next set came
    ("domains_29/sentences.jsonl", 0.92, 0.93),
    # tests/data/domains_30 (300 items, 2,103 figures; falconry, rowing clubs, board game cafés,
    # parkour, thatching, calligraphy, origami, ice sculpture, sand sculpture, ballroom dancing,
    # archery, surf schools, skateparks, model aircraft, sourdough bakeries; a thirtieth
    # annotator), written during the session of 2026-12-07 (the twenty-seventh), scored once when
    # it came: 0.928 strict (P 0.897, R 0.961; loose 0.939) on the code that session began with
    # (extractor 2027.05.64). By style: wire 0.976, report 0.956, headline 0.944, transcript
    # 0.911, web 0.897, feature 0.883. Read since the next set came
    ("domains_30/sentences.jsonl", 0.91, 0.92),
    # tests/data/domains_31 (300 items, 2,071 figures; numismatics, clock repair, knitting yarn,
    # piano tuning, kayak hire, lawn bowls, cider making, tyre recycling, poultry shows, climbing
    # walls, trampoline parks, film photography, bagpipe bands, knife making, tea blending; a
    # thirty-first annotator), written during the session of 2026-12-07 (the twenty-eighth),
    # scored once when it came: 0.908 strict (P 0.885, R 0.932; loose 0.914) on the code that
    # session began with (extractor 2027.05.65). By style: wire 0.978, headline 0.933, web 0.907,
    # report 0.900, transcript 0.897, feature 0.853. Not read
    ("domains_31/sentences.jsonl", 0.89, 0.89),
    # tests/data/domains_32 (300 items, 1,932 figures; chimney sweeping, locksmiths, thatching,
    # bookbinding, candle making, letterpress printing, puppet theatre, circus schools, escape
    # rooms, hot-air ballooning, lidos, tattoo studios, jigsaw puzzles, board game cafés, public
    # saunas; a thirty-second annotator, who knew the earlier sets' domains only from domains_31's
    # README, so four repeat domains_29's and _30's in new texts), written during the session of
    # 2026-12-07 (the twenty-ninth), scored once when it came: 0.912 strict (P 0.892, R 0.933;
    # loose 0.917) on the code that session began with (extractor 2027.05.67). By style: wire
    # 0.976, headline 0.963, web 0.909, transcript 0.905, report 0.895, feature 0.882. Not read
    ("domains_32/sentences.jsonl", 0.89, 0.89),
    # tests/data/domains_33 (300 items, 2,085 figures; shipping and ports, grain harvests,
    # emergency departments, rail punctuality, local elections, house building, tax receipts,
    # energy bills, airports, police recorded crime, universities, unemployment, the car
    # industry, weather records, courts: the desks of ordinary news rather than trades; a
    # thirty-third annotator, who knew the earlier sets' domains only from domains_32's README
    # and a list of recent ones), written during the session of 2026-12-07 (the thirtieth),
    # scored once when it came: 0.926 strict (P 0.907, R 0.945; loose 0.932) on the code that
    # session began with (extractor 2027.05.70). By style: headline 0.963, wire 0.952, web
    # 0.946, transcript 0.927, feature 0.913, report 0.894. Read for mends once domains_34 came
    # (the thirty-first session; extractor 2027.05.81 to .86): 0.938 -> 0.953 strict
    ("domains_33/sentences.jsonl", 0.93, 0.93),
    # tests/data/domains_34 (300 items, 1,999 figures; consumer prices, retail sales, stock
    # markets and company results, house prices and mortgages, schools and exams, road safety,
    # migration, defence spending, emissions, GP appointments and cancer screening, football,
    # theatre and cinema, charity appeals, buses, water companies and reservoirs: more desks of
    # ordinary news), written and annotated blind by a helper who never read the code, scored
    # once when it came: 0.947 strict (P 0.921, R 0.974; loose 0.954) on the code that session
    # began with (extractor 2027.05.80). By style: report 0.980, wire 0.957, headline 0.936,
    # web 0.934, transcript 0.915, feature 0.910. Read for mends once domains_35 came (the same
    # session; extractor 2027.05.88 to .91): 0.949 -> 0.952 strict
    ("domains_34/sentences.jsonl", 0.93, 0.93),
    # tests/data/domains_35 (300 items, 2,072 figures; tourism and hotels, broadband and mobile,
    # research funding, pensions, fire and rescue, prisons, childcare, council budgets, fishing,
    # libraries, dentistry, fuel prices, recycling and waste, television ratings, wildlife
    # counts), written and annotated blind by a helper who never read the code, scored once when
    # it came: 0.924 strict (P 0.907, R 0.942; loose 0.929) on the code that session began with
    # (extractor 2027.05.80), 0.925 on the code it came to (2027.05.86). By style: report
    # 0.949, wire 0.937, web 0.922, feature 0.912, transcript 0.892, headline 0.889. Read for
    # mends once domains_36 came (the thirty-second session)
    ("domains_35/sentences.jsonl", 0.90, 0.90),
    # tests/data/domains_36 (300 items, 2,047 figures; opinion polls, wind and solar output,
    # mental health services, social housing, cycling and walking, cricket, music charts and
    # streaming, book publishing, household debt and insolvencies, gambling, alcohol and
    # smoking, vaccination uptake, lifeboats and the coastguard, parks and forests, postal
    # services), written and annotated blind by a helper who never read the code, scored once
    # when it came: 0.947 strict (P 0.929, R 0.965; loose 0.951) on extractor 2027.05.92. By
    # style: report 0.966, wire 0.958, headline 0.957, feature 0.949, web 0.927, transcript
    # 0.917. Not read until domains_37 came (the thirty-third session); read for mends then:
    # 0.947 -> 0.950 strict (P 0.933, R 0.967)
    ("domains_36/sentences.jsonl", 0.92, 0.92),
    # tests/data/domains_37 (300 items, 1,927 figures; ambulance response times, road repairs,
    # bus services, museums and galleries, zoos and aquariums, food banks, pets and vets, shop
    # vacancies, youth sport and swimming pools, athletics and running, esports and video
    # games, noise complaints, blood and organ donation, immigration and visas, care homes),
    # written and annotated blind by a helper who never read the code, scored once when it
    # came: 0.948 strict (P 0.937, R 0.959; loose 0.959) on extractor 2027.06.1. By style:
    # report 0.980, web 0.944, wire 0.936, headline 0.931, transcript 0.929, feature 0.893.
    # Not read until domains_38 came; read for mends then (comparatives of size as bars,
    # markers along a course, ages of one named, hours in words): 0.948 -> 0.956 strict
    # (P 0.950, R 0.962) on extractor 2027.06.8
    ("domains_37/sentences.jsonl", 0.93, 0.93),
    # tests/data/domains_38 (300 items, 1,825 figures; taxis and ride-hailing, electric-vehicle
    # charging, farm animal welfare, weddings, funerals, allotments, parking fines and speed
    # cameras, public toilets, driving tests, opticians and hearing aids, school uniforms, theme
    # parks, ski resorts, hairdressers, bakeries), written and annotated blind by a helper who
    # never read the code, scored once when it came: 0.928 strict (P 0.928, R 0.928; loose
    # 0.946) on extractor 2027.06.4. By style: report 0.961, feature 0.928, headline 0.919, web
    # 0.915, transcript 0.911, wire 0.869. Not read until domains_40 came; read for mends then
    # (links labelled in other languages, roles' careers, "or below", a price's "a dozen", a
    # code's digits): 0.929 -> 0.932 strict (P 0.934, R 0.929) on extractor 2027.06.9
    ("domains_38/sentences.jsonl", 0.90, 0.90),
    # tests/data/domains_39 (300 items, 1,833 figures; mountain rescue, pest control, scrap
    # metal, ice rinks and bowling, tyres and car repairs, marinas, greenhouse tomatoes, timber
    # and sawmills, locksmiths, antique auctions, circuses, model railways, interpreting, tattoo
    # studios, launderettes), written and annotated blind by a helper who never read the code,
    # scored once when it came: 0.949 strict (P 0.964, R 0.934; loose 0.964) on extractor
    # 2027.06.7. By style: report 0.989, headline 0.975, transcript 0.938, web 0.937, feature
    # 0.907, wire 0.866. Not read until domains_41 came; read for mends then: 0.949 -> 0.953
    # strict on extractor 2027.06.12, but a second reader found four of its six rules misfiring
    # on ordinary news ("passed" as a bar, hours "logged over" a span, a hedged year's
    # "levels", "from £60" after any singular noun) and a fifth at odds with event names
    # ("Jamaica's 100-metre champion"); with those taken back, a currency's code or "złoty"
    # before a decimal comma and "costing from" kept, 0.950 (P 0.966, R 0.935), 2027.06.13
    ("domains_39/sentences.jsonl", 0.93, 0.93),
    # tests/data/domains_40 (300 items, 1,660 figures; golf courses, florists, pawnbrokers,
    # car boot sales, farmers' markets, skateparks, pigeon racing, churches and choirs, snooker
    # and darts, cheese makers, ice cream vans, window cleaners and sweeps, plumbers, gyms,
    # balloons and gliding), written and annotated blind by a helper who never read the code,
    # scored once when it came: 0.942 strict (P 0.931, R 0.954; loose 0.958) on extractor
    # 2027.06.8. By style: report 0.983, transcript 0.939, headline 0.938, feature 0.927, web
    # 0.909, wire 0.881. Not read
    ("domains_40/sentences.jsonl", 0.92, 0.92),
    # tests/data/domains_41 (300 items, 1,687 figures; beach huts, riding stables, vending
    # machines, charity shops, language schools, escape rooms, honey, stamps and coins, chess
    # and bridge clubs, sheep shearing, mushroom growers, thatchers and stonemasons, music
    # lessons, lawn bowls, rowing), written and annotated blind by a helper who never read the
    # code, scored once when it came: 0.932 strict (P 0.930, R 0.933; loose 0.953) on extractor
    # 2027.06.11. By style: report 0.977, headline 0.938, feature 0.936, web 0.899, transcript
    # 0.894, wire 0.873. Not read
    ("domains_41/sentences.jsonl", 0.91, 0.91),
    # tests/data/domains_42 (300 items, 1,334 figures; bell ringers, clock repairers, trampoline
    # parks, stained glass, carpet fitters, fireworks, organ builders, bicycle repairs, sign
    # writers, hedge layers and wallers, upholsterers, village fetes, cosplay conventions, shoe
    # repairers, kites and model aircraft), written and annotated blind by two helpers who never
    # read the code (the second finished the first's plan), scored once when it came: 0.943
    # strict (P 0.948, R 0.937; loose 0.978) on extractor 2027.06.13. By style: report 0.993,
    # headline 0.975, transcript 0.966, web 0.917, feature 0.895, wire 0.867. Not read
    ("domains_42/sentences.jsonl", 0.92, 0.92),
]


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("name", "strict_floor", "loose_floor"), SETS)
def test_multi_domain_sentences_keep_their_score(name, strict_floor, loose_floor) -> None:
    records = _records(name)
    assert len(records) >= 300 and len({r["domain"] for r in records}) >= 10
    strict = score_sentences(records, extract_claims, strict=True)
    loose = score_sentences(records, extract_claims, strict=False)
    report = "\n".join(strict.misses[:20] + strict.extras[:20])
    assert strict.f1 >= strict_floor, f"strict F1 {strict.f1:.3f}\n{report}"
    assert loose.f1 >= loose_floor, f"value+span F1 {loose.f1:.3f}\n{report}"


def test_income_is_no_profit_and_net_income_is() -> None:
    """A charity's or a household's income is what it takes in; a company's net or operating
    income is its profit."""
    from desktop.claims import extract_claims

    said = {
        "Brightwater Trust income tops £70m": "income",
        "Median household income rose to $80,610.": "income",
        "Acme reported net income of $4.2 billion.": "profit",
        "Operating income fell to $1.1bn.": "profit",
        "Its profit rose to $3bn.": "profit",
    }
    for sentence, measure in said.items():
        assert [c.quantity.measure for c in extract_claims(sentence)] == [measure], sentence


def test_maybe_and_nearer_round_and_more_than_one_in_every_ten_is_a_share() -> None:
    from desktop.claims import extract_claims

    said = {
        "There were maybe 300 boats left.": [(300, "~")],
        "The company says it is nearer 60,000.": [(60_000, "~")],
        "Nine times out of ten it works.": [(0.9, "=")],
        "Nine pounds in every ten we spend goes on care.": [(0.9, "=")],
        "He scored five goals in ten games.": [(5, "="), (10, "=")],  # a rate, no share
        "She scored 52.4 points out of 100.": [(52.4, "=")],  # a score; its scale no figure
    }
    for sentence, figures in said.items():
        found = [(round(c.value, 3), c.bound) for c in extract_claims(sentence)]
        assert found == figures, sentence


def test_a_pages_timestamps_a_posts_age_and_an_intervals_level_are_no_figures() -> None:
    from desktop.claims import extract_claims

    said = {
        "Cargo slumps\n12 hours ago | By Martin Keele\nVolumes fell 4%.": [4],
        "Man charged\nUpdated 2 hours ago\nOfficers found 1,600 plants.": [1600],
        "Port of Calderhaven @CalderhavenPort · 3h\nVolumes rose 8.4% in August.": [8.4],
        "Prices fell 2.1% (95% CI 0.8% to 3.4%) on the year.": [2.1, 0.8],
        "Efficacy was 78.7 percent, with a 95 percent confidence interval of 69.8 to 85.1 "
        "percent.": [78.7, 69.8],
        # prose, no timestamp: its 300 stays; "2 years ago" is when, an anchor as a date is
        "2 years ago, the plant employed 300 people.": [300],
    }
    for text, values in said.items():
        assert [c.value for c in extract_claims(text)] == values, text


def test_a_capital_k_or_m_before_a_unit_or_a_brands_plural_is_a_scale() -> None:
    from desktop.claims import extract_claims

    said = {
        "Apple sold 40M iPhones": [40_000_000],
        "Retailer Opens 40K Sq Ft Store In Leeds": [40_000],
        "Output hit 2.1M tonnes": [2_100_000],
        "Sony 4K TV sales rose 3%": [3],  # a screen's resolution, no thousands
    }
    for sentence, values in said.items():
        assert [c.value for c in extract_claims(sentence)] == values, sentence


def test_containers_are_counted_in_teu() -> None:
    from desktop.claims import extract_claims

    found = extract_claims("The port handled 412K TEU in August, up 8.4%.")
    assert [(c.value, c.unit) for c in found] == [(412_000, "TEU"), (8.4, "%")]
