"""Linking on the corpora written blind by people who had not read the linker: the development
corpora (tests/data/dev_events_2 and dev_events_3), the first blind corpus (tests/data/blind_events)
and the others written blind (blind_events_2 onwards). The judge's trees are fitted on the seeds,
tests/data/events, the development corpora and blind_events to blind_events_45 (_11 and _10
scored once when they came, held out for a session or more, then read; _9, _8 and _7 scored once
on the code before the mends their first scoring showed; _2 to _6 scored after rounds of work;
_12 to _16 held out for several sessions, each scored once when it came, then fitted on from
linker 2027.04.30: with them the trees rose from 0.668 to 0.684 on _17 to _23, which neither
fit saw; _17 to _24, each scored once when it came and held out for several sessions, fitted on
from linker 2027.04.40; _25 to _33, each scored once when it came and held out for several
sessions, fitted on from linker 2027.04.51). blind_events_34 to _43 had their missed pairs read
for their causes since linker 2027.04.54 (the sure-pair rule was found there), so they were no
longer blind; nor were _44 and _45, whose missed pairs were read for their causes in the
thirty-second session (in _44 a third were amounts in a currency the story invents, read as
counts; in _45 most were never candidates: running counts and rival estimates of many
figures); all twelve are fitted on from linker 2027.04.57.
blind_events_46 onwards are held out: never fitted on, never read for a mend.
Floors, not targets: they sit just under what the linker reaches now, so a change that loses
ground fails here. When the judge of pairs became boosted trees (linker 2027.04.27) every floor
was set again: 0.02 under its new score where it rose, 0.01 under where it fell (ten events fell,
by 0.01 to 0.05: italy-train-derailment, lisbon-housing-march, e3_norvania_jobs,
e6_tarrow_blackout, solvane_festival_crush, continental_cup_final, stannow_derailment,
greystane_prison_riot, dalvenia_korvath_earthquake, brennick_ship_fire); the comments beside
the floors tell their history before that. When two numbers an article tells apart came to
weigh -1 in a group's mean instead of -2, -2 still where the article counts one of them in a
place the other is not counted in (linker 2027.04.28, chosen on the fitted corpora), the floors of
the events that moved were set again the same way: two fell under theirs (caldora_jobs_report_2026
to 0.765, dunmere_hospital_waits to 0.858), eleven rose past theirs by more than 0.02. When who
lives in a place ("a city of 410,000", "home to 58,000 people") and what a place holds came to
stay out of every group of what happened there, and "counted" stopped making a crowd (linker
2027.04.29, extractor 2027.04.93), two floors fell to 0.01 under their new score
(tervania_census 0.905 -> 0.816, its population now one group with the census's earlier
estimate; solmere_water_protest 0.763 -> 0.729) and six rose. When a figure came to hold on
the day named nearest it rather than the sentence's first (extractor 2027.04.95), three fell
under theirs (stec-sandwich-outbreak 0.652, morvania_border_exodus 0.579, the held-out
sarvonne_spring_frost 0.588) and three rose past theirs. When the trees were fitted on
blind_events_12 to _16 as well (linker 2027.04.30), every floor was set again the same way: the
typhoon-luwan fell most (0.89 -> 0.83), blind_events_17 rose most (0.71 -> 0.75 pooled). When
another period named by each figure became evidence against a pair rather than a bar (linker
2027.04.31; the trees fitted again), the floors were set again the same way: two fell
(greystane_prison_riot 0.72, brenland_budget_2032 0.80), forty rose. When windows of other
lengths ("a day", "a week") and periods each said right by its figure ("in 2023", "in 2024")
came to bar a pair again (linker 2027.04.32, found by a review; the trees fitted again), six
fell under their floors and were set 0.01 under their score (ireland-housing-referendum,
corrant_marathon_heat, varenholt_record_auction, vireon_cells_ipo, kestrune_layoffs,
brovania_energy_price_cap; valtessa_census 0.88 at 0.8899). When the judge came to weigh how
telling a number is (how large the smaller of the two is, how many significant digits the
plainer is written with; linker 2027.04.36, the trees fitted again, out of fold 0.768 -> 0.775
at the threshold 0.30 the fit chose, which holds fewer mixed groups than 0.25), every floor was
set again the same way, a small number of two things each named with no act in common barred
from one group as well ('two damaged tanks', 'two extra sailings'): twenty floors fell (most:
event3_recall 0.80 -> 0.64, sanverra_dengue_outbreak 0.64 -> 0.55), eighty-one rose. The
target for the blind corpora (pooled F1 0.85) is not reached. When the judge was fitted on
blind_events_17 to _24 as well, tests/data/events counting ten times and each pair no group may
hold (a population beside a count of what happened, a part beside its whole, by the roles)
three times (linker 2027.04.40; chosen out of fold on the fitted corpora: 0.761 -> 0.756 F1 at
0.30 and 124 -> 99 mixed groups), every floor was set again 0.01 under its score: 49 fell (most:
abenora_cocoa_blight 0.62 -> 0.49, ostervald_bird_flu_culls 0.58 -> 0.44), 80 rose; on the
held-out blind_events_25 to _35 pooled link F1 went 0.661 -> 0.653 (P 0.766 -> 0.791,
R 0.581 -> 0.556), and the groups that mix, over every corpus, 174 -> 135. When one of a unit a
hedge measures came to be a figure (extractor 2027.05.52: "in under a minute", "about a week"),
stec-sandwich-outbreak fell under its floor (0.661 -> 0.639: the outbreak's "in less than a
month", gold and read right, joins the incubation's days) and its floor is 0.01 under that;
grauhorn_avalanche rose 0.718 -> 0.748 and the fitted pool held at 0.777. When a share said as a
fraction came to be weighed as a percentage (linker 2027.04.48: "two-thirds of its buildings"
beside "about 60 percent"), estravia_september_house_prices fell 0.919 -> 0.897, its floor 0.01
under that: "About a fifth of sales" and "Half my buyers" joined the percentages, and the
tabloid's "NEARLY 10 PER CENT" for one city went to another's 11.2 per cent; the fitted pool
held at 0.777, the held-out one rose by under 0.001. When the judge was fitted on blind_events_25
to _33 as well, with 700 trees instead of 200, and an amount of money came to count what its
measure names rather than its currency (linker 2027.04.51: "€6.2 billion" and "$7.2 billion"
were two things counted, two amounts in euros one), the held-out blind_events_34 to _45 went
0.672 -> 0.693 (P 0.791 -> 0.814, R 0.584 -> 0.604), the fitted pool 0.778 -> 0.792 and the
groups that mix, over every corpus, 184 -> 156; fourteen floors fell and sit 0.01 under their
new score (most: corvel_bank_collapse 0.93 -> 0.81, its bail-out raised from €7.5 billion to
€9.2 billion now a group of its own; caldora_jobs_report_2026 0.81 -> 0.76; e6_tarrow_blackout
0.91 -> 0.85; vireon_cells_ipo 0.77 -> 0.72). When the judge came to be 350 trees at a learning
rate of 0.1 instead of 700 at 0.05 (linker 2027.04.52: the same out of fold, 0.754 at 0.30, and
half the time to score a pair), the held-out blind_events_34 to _45 held (0.693 -> 0.692) and the
fitted pool held (0.792); seven floors fell and sit 0.01 under their new score
(e6_tarrow_blackout 0.85 -> 0.81, 02_pension_strike_valderra 0.88 -> 0.84,
03_brenmark_results_jobcuts 0.87 -> 0.86, kestria_teachers_strike 0.91 -> 0.90,
sorvenia_crime_statistics 0.85 -> 0.84; caldora_jobs_report_2026 and concord_oil_output_cut
by under 0.01). When a word no list names came to be money where an article prices it in a
known currency ("720 million vellars, about 180 million euros", "at 8 sestins to the euro"),
in every article of the workspace (extractor 2027.05.68; the trees fitted again, linker
2027.04.53), the fitted blind_events_25 to _33 rose 0.710 -> 0.724, the fitted pool held
(0.792) and the held-out blind_events_34 to _43 held (0.705 -> 0.702); nine floors fell and sit
0.01 under their new score (most: heartlight_telethon 0.81 -> 0.64, lestria_postal_strike 0.64
-> 0.58, sundria_pay_deal 0.74 -> 0.68, ombra_cholera_outbreak 0.57 -> 0.55). A review found
that a word the dictionary knows or one written with a capital could be learned as money ("4
children per dollar"); once that was barred (extractor 2027.05.70) heartlight_telethon rose back
to 0.80 and sundria_pay_deal to 0.74 (their floors 0.02 under that), and the held-out
blind_events_34 to _43 reached 0.712. When the judge was fitted on blind_events_34 to _45 as well
(linker 2027.04.57; their missed pairs had been read, so they were blind no longer; threshold
0.30 as before, where the fit's best mean F1, 0.771 at 0.20, holds 208 mixed groups to 143),
the held-out blind_events_46 to _63 went 0.654 -> 0.660 (P 0.790 -> 0.803, R 0.558 -> 0.560)
and the groups that mix, over every corpus, 201 -> 184; twelve floors fell and sit 0.01 under
their new score (most: solvane_festival_crush 0.90 -> 0.84, meridian_jackpot_rollover 0.55 ->
0.52, fennick_park_stadium_overrun 0.50 -> 0.47), and the pools of blind_events_47 and _50."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.linking import grouping
from desktop.model import Source
from desktop.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for tests/scoring.py
from scoring import Score, score_export  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
LINK_FLOOR = {
    "dev_events_2": {
        "ireland-housing-referendum": 0.86, "italy-train-derailment": 0.79,
        "kestrel-layoffs": 0.92, "lisbon-housing-march": 0.95, "stec-sandwich-outbreak": 0.63,
        # 0.69 until "120,000 people had been moved to evacuation centres" was read as evacuated
        # (it had no act): it now sits with the later, larger counts' article, not the first's
        "typhoon-luwan": 0.87,
    },
    "dev_events_3": {
        "e1_quake": 0.82, "e2_strike": 0.76, "e3_results": 0.92, "e4_heat": 0.70,
        "e5_breach": 0.81, "e6_festival": 0.93,
    },
    "blind_events": {
        # 0.71 until "revised January's figure to a loss of 4,100 from the 3,600" read as jobs
        # cut: the jobs report's sectors (construction, temporary help) share one "cut" group
        # the jobs report 0.70 -> 0.64 since a figure and the one a sentence revises it from
        # are one quantity ("revised January's gain down to 29,700 from the 38,400 initially
        # reported"): this story's annotation keeps the first-reported and revised numbers
        # apart, most others (blind_events_3, _7, _10, _11) keep them one
        "caldora_jobs_report_2026": 0.75, "kessler_canyon_fire_2026": 0.77,
        "lorvania_drug_deaths_2025": 0.88, "northvale_election_2026": 0.80,
        "tri_valley_ice_storm_2026": 0.69, "womens_cup_final_2026": 0.74,
    },
    # held out: scored once each on the code that set these floors, never fitted on
    "blind_events_2": {
        "event1_ferry": 0.84, "event2_election": 0.87, "event3_recall": 0.70,
        "event4_budget": 0.92, "event5_drought": 0.77,
    },
    "blind_events_3": {
        "e1_kestria_election": 0.81, "e2_calloway_ridge_fire": 0.88, "e3_norvania_jobs": 0.79,
        "e4_womens_cup_final": 0.87, "e5_corrin_measles": 0.77, "e6_tarrow_blackout": 0.80,
    },
    "blind_events_4": {
        "01_typhoon_hesper": 0.71,
        # 0.81 until "work until 65 instead of 63?" stopped counting "instead": the bare 65 is
        # now taken as a correction of the 63 and the two retirement ages share a group
        "02_pension_strike_valderra": 0.83,
        # 0.81 until "leaving about 1,660" read as the jobs left, not jobs departed: it now sits
        # with "the remaining 1,900 … across other countries", itself a misread rest of a total
        "03_brenmark_results_jobcuts": 0.85,
        # 0.84 until "last year's total was 211,000" stopped borrowing the act of the site's
        # "75,000 capacity" before it (it now reads as a crowd, as it is, and meets this year's)
        "04_saltmarsh_festival": 0.88,
        "05_estmere_road_deaths": 0.81, "06_morrow_junction_rail_crash": 0.92,
    },
    "blind_events_5": {
        "kestria_teachers_strike": 0.89, "pellham_vane_trading": 0.81,
        # the census 0.79 -> 0.78 since people told killed count as deaths: its births, misread
        # as killed, now meet the deaths
        # 0.80 until the place after a part opened by a comma stopped being the whole's ("6,800
        # employees, 410 of them in Drenland"): the census's "60,000-90,000 people were missed,
        # mostly young men renting in Kaldor" no longer names Kaldor, and meets "around 74 000
        # Malavian citizens live in Tervania" (74,000 inside its range)
        "solvane_festival_crush": 0.84, "tervania_census": 0.82,
        # 0.68 until "leaving one village, Brenna, still cut off" read as what is left; 0.67
        # until "alive" ended the counted noun ("five people alive" and "seven survivors alive"
        # met as the same class, "alive") and a small number of different things stopped
        # grouping: the running count of the missing now splits in two
        "vantry_hospital_cyberattack": 0.76, "vellach_landslide": 0.72,
    },
    "blind_events_6": {
        # the flood 0.85 -> 0.83 since two units of one dimension are no other things: the
        # rain's running total now splits in two at 4.7 and 5.8 inches (a mixed group before)
        "corvane_air_outage": 0.91, "elsen_river_flood": 0.84,
        # the outbreak 0.74 -> 0.72 since, of a small number said of three things or more,
        # what no other figure counts leaves: "SIX big supermarkets" leaves "six supermarket
        # chains" (the classes know no chain is a supermarket)
        "olvera_salmonella_outbreak": 0.72, "ostervale_election": 0.82,
        "quillon_layoffs": 0.96, "solmere_water_protest": 0.77,
    },
    # scored once (link F1 0.588) on the code before its floors; these sit under the code after
    # the extraction mends its first scoring showed (translated copy's "0,3 procent"). The
    # results' floor went down 0.80 -> 0.79 when "analysts had counted on 16,7 billion euros"
    # stopped reading as a crowd counted (its gold sits with the company's own guidance); the
    # wildfire's 0.74 -> 0.73 when an area became one quantity in acres and in hectares: its
    # area burned is one group now, with "fires above 10,000 hectares" (a class of fires) in it
    "blind_events_7": {
        "continental_cup_final": 0.78, "kellsport_transit_strike": 0.79,
        "kestrel_ridge_wildfire": 0.80, "orsenia_gdp_revision": 0.63,
        "stannow_derailment": 0.83, "veltrion_q2_results": 0.84,
    },
    # scored once (link F1 0.633) on the code before its floors; these sit under the code after
    # the mends its first reading showed (a border crossed, basis points, rival tallies)
    "blind_events_8": {
        "corrant_marathon_heat": 0.82, "corvel_bank_collapse": 0.81,
        # kessler 0.60 until "the number of miners saved has risen to 19" counted miners (it had
        # taken "rescuers" from the sentence before): no act is read from "saved", and the 19
        # now meets the miners in hospital
        # dunmere 0.852 -> 0.836 since a month after "in" says no place where a count is present
        # ("68.2 percent in January" had been read as present, and met other such figures)
        "dunmere_hospital_waits": 0.89, "kessler_deep_collapse": 0.78,
        "morvania_border_exodus": 0.61, "valdonia_rate_decision": 0.70,
    },
    # scored once (link F1 0.581) on the code before its floors; these sit under the code after
    # the mends its first reading showed (a prison escape's words, amounts in three currencies);
    # the exam results' 0.78 -> 0.77 since "failed by TWO MARKS" is found, and meets other twos
    "blind_events_9": {
        "brandholm_takeover": 0.84, "greystane_prison_riot": 0.72,
        "kellgate_chemical_fire": 0.75, "meridia_tourism_season": 0.86,
        "sanverra_dengue_outbreak": 0.51, "sarelia_exam_results": 0.84,
    },
    # scored on the code that set these floors (link F1 0.609), held out two sessions, then read
    "blind_events_10": {
        "halvey_volcano_eruption": 0.58, "marrenland_tractor_protest": 0.87,
        "solenne_aurora_norovirus": 0.47, "sorvenia_crime_statistics": 0.83,
        "velmont_stadium_overrun": 0.65, "velora_nova_launch": 0.77,
    },
    # scored once when it came (link F1 0.502, the same on the code before that session's
    # mends), held out one session, then read; the earthquake's floor 0.66 -> 0.64 when "the count
    # of dead has reached 79" (one town's) read as deaths and met the nation's dead
    "blind_events_11": {
        "aurelia_star_oil_spill": 0.85, "castriana_heatwave": 0.66,
        "dalvenia_korvath_earthquake": 0.59, "juno_kaye_glasshouse_tour": 0.68,
        "veltrix_telecom_breach": 0.88, "wessland_march_inflation": 0.72,
    },
    # blind_events_12 to _16 were held out for several sessions (scored once when each came,
    # never read for a mend) and are fitted on since linker 2027.04.30; their history follows
    # held out: scored once when it came (link F1 0.574; 0.571 on the code at the start of that
    # session), never read for a mend; the floors sit just under that first score
    "blind_events_12": {
        "ember_crown_opening_weekend": 0.77, "estravia_september_house_prices": 0.87,
        "mazora_locust_upsurge": 0.79, "northstrand_pipeline_shutdown": 0.67,
        "ostervald_bird_flu_culls": 0.44, "serin_viaduct_collapse": 0.75,
    },
    # held out: scored once when it came (link F1 0.622; 0.616 on the code at the start of that
    # session), never read for a mend; the floors sit just under that first score, but the boil-
    # water story's at 0.50 since a plural noun's verb ends the noun ("4,300 houses stand") and
    # "12 of the 30 people aboard" is read as a part and its standing whole: 0.523 -> 0.508 (only
    # that score was seen, no article or gold)
    "blind_events_13": {
        "aurora_tenacity_canal_blockage": 0.67, "carrick_airways_collapse": 0.75,
        "grauhorn_avalanche": 0.70, "port_laurent_boil_water": 0.61,
        "sarvonne_spring_frost": 0.67, "varenholt_record_auction": 0.77,
    },
    # held out: scored once when it came (link F1 0.624; 0.614 on the code at the start of that
    # session), never read for a mend; the floors sit just under that first score, but the port
    # strike's and the flotation's under their score once a second reader's findings narrowed
    # two mends (a plural's verb, a carried currency): 0.468 -> 0.431 and 0.707 -> 0.685; the
    # flotation 0.80 -> 0.77 since "N times" is a multiple only with a word of comparison after
    # it (extractor 2027.05.27): "14 TIMES the shares on offer" and "covered more than ten times"
    # are multiples now, no count of "times", and the judge, fitted on them as counts, keeps them
    # apart
    "blind_events_14": {
        "ardanza_record_transfer": 0.82, "sjelvik_port_strike": 0.48,
        "tarovia_drought_wheat": 0.79, "valtessa_census": 0.94, "vireon_cells_ipo": 0.72,
        "wexley_tower_fire": 0.69,
    },
    # held out: scored once when it came (link F1 0.697 on the code of that session's start),
    # never read for a mend; the floors sit just under that first score, but the shipwreck's at
    # 0.59 since compound durations, multiples and names before a plural were read (extractor
    # 2027.03.20): 0.601 -> 0.599, the pool unchanged at 0.698
    "blind_events_15": {
        "brenland_budget_2032": 0.84, "corriva_steering_recall": 0.84,
        "halvern_rsv_antibody": 0.82, "merante_shipwreck": 0.66, "tessen_launch_failure": 0.83,
        "tristar_lotto_rollover": 0.57,
    },
    # held out: scored once when it came (link F1 0.647, P 0.692 R 0.607; 0.640 on the code at
    # the start of that session), never read for a mend; the floors sit just under that score
    "blind_events_16": {
        "ardesia_tunnel_referendum": 0.80, "ashgrove_datacentre_outage": 0.81,
        "calvoria_teachers_strike": 0.63, "marrelia_inflation_revision": 0.76,
        "orsenmouth_chlorine_blast": 0.74, "varnholt_marathon_heat": 0.62,
    },
    # held out: written while this session's linker was already fixed, scored once when it came
    # (link F1 0.732, P 0.875 R 0.629; the same on the code at the start of that session), never
    # read for a mend; the floors sit just under that score
    "blind_events_17": {
        "corvex_exchange_hack": 0.95, "lanmoria_admissions_fees": 0.87,
        "tolland_tornado_outbreak": 0.61,
    },
    # held out likewise: written in the same session by another writer, scored once when it came
    # (link F1 0.623, P 0.772 R 0.523; the same on the code at the start of that session),
    # never read for a mend
    "blind_events_18": {
        "brennick_ship_fire": 0.53, "lusmark_minimum_wage": 0.75, "mirrendale_hailstorm": 0.76,
    },
    # held out: written in the session of 2026-12-04 (evening) while its changes were to figures
    # only, scored once when it came (link F1 0.608, P 0.748 R 0.512; the same on the code at
    # the start of that session), never read for a mend; the floors sit just under that score
    "blind_events_19": {
        "dunmere_regional_election": 0.66, "kestrune_layoffs": 0.74,
        "korvast_pension_march": 0.61,
    },
    # held out: written blind in the session of 2026-12-05 after the trees were fitted, scored once
    # when it came (link F1 0.675 with a variant of the trees that was not kept; 0.672, P 0.765
    # R 0.600, with these; 0.699, P 0.797 R 0.623, on the code at the start of that session: the
    # supermarket's 0.956 fell to 0.861, the other two rose), never read for a mend
    "blind_events_20": {
        "caddran_atc_failure": 0.68, "castelbrun_wildfire_smoke": 0.51,
        "larkmoor_supermarket_results": 0.92,
    },
    # held out: written blind in the session of 2026-12-05 (the next stop) by someone who never
    # read the code, scored once when it came, on the linker 2027.04.28 (pooled link F1 0.683,
    # P 0.631 R 0.745), never read for a mend; floors 0.02 under that score
    "blind_events_21": {
        "brackwater_measles_outbreak": 0.56, "hollin_bend_derailment": 0.81,
        "kingsmead_cup_final": 0.81,
    },
    # held out: written blind in the session of 2026-12-05 (afternoon) by someone who never read
    # the code, scored once when it came, on the linker 2027.04.28 (pooled link F1 0.649, P 0.698
    # R 0.607), never read for a mend; 0.686 (P 0.790 R 0.607) on the linker 2027.04.29, where who
    # lives in a place or what it holds never joins a count of what happened there (the
    # festival's licensed capacity left its crowd's group: 0.697 -> 0.807)
    "blind_events_22": {
        "aurenland_house_prices": 0.67, "dravok_earthquake": 0.50, "greywillow_festival": 0.83,
    },
    # held out: written blind in the session of 2026-12-05 (evening) by someone who never read
    # the code (a typhoon over several days, an exam results release with a marking error found
    # later, a pilots' strike), scored once when it came, on the extractor 2027.04.95 and the
    # linker 2027.04.29 (pooled link F1 0.626, P 0.734 R 0.546), never read for a mend. The
    # strike's floor went 0.58 -> 0.57 with the extractor 2027.05.8, which reads a number in
    # words after a word that names by number as a name ("Line three", "day two"), as seven
    # figures of the sentence sets are annotated; this corpus counts "Strike day four"
    "blind_events_23": {
        "caldair_pilots_strike": 0.52, "corvenia_exam_results": 0.77, "varo_typhoon": 0.56,
    },
    # held out: written blind in the session of 2026-12-05 (night) by someone who never read the
    # code (an energy regulator's price cap, a pilot whale stranding over three days, an oil
    # producers' output cut), scored once when it came on the extractor 2027.04.96 and the linker
    # 2027.04.31 (pooled link F1 0.587, P 0.665 R 0.525; 0.566, P 0.692 R 0.479, on the code that
    # session began with), never read for a mend; floors 0.02 under that score
    "blind_events_24": {
        "brovania_energy_price_cap": 0.73, "concord_oil_output_cut": 0.57,
        "tarlin_whale_stranding": 0.42,
    },
    "blind_events_25": {
        "halverd_bank_data_breach": 0.72, "tarvick_mine_collapse": 0.71,
        "velloran_drought_restrictions": 0.62,
    },
    # held out: written blind in the session of 2026-12-05 (late) by someone who never read the
    # code (a cocoa blight and the price surge after it, a sovereign rating downgrade and the
    # bond market over a week, a winter smog episode over several days), scored once when it
    # came, on the extractor 2027.05.8 and the linker 2027.04.32, and on the code that session
    # began with (the same: pooled link F1 0.596, P 0.760 R 0.490; extraction F1 0.984), never
    # read for a mend; floors 0.02 under that score
    "blind_events_26": {
        "abenora_cocoa_blight": 0.49, "ardessa_rating_downgrade": 0.54,
        "ishkara_smog_episode": 0.46,
    },
    # held out: written blind in the session of 2026-12-06 by someone who never read the code (a
    # river levee breach with evacuations over two weeks, a ransomware attack that shut a
    # hospital network, a national homelessness count and its correction), scored once when it
    # came: on the code that session began with (extractor 2027.05.20, linker 2027.04.35) pooled
    # link F1 0.724 (P 0.783 R 0.673), on the linker 2027.04.36 0.729 (P 0.804 R 0.668);
    # extraction F1 0.986; never read for a mend; floors 0.02 under that score
    "blind_events_27": {
        "brevonia_homelessness_census": 0.74, "thavenne_levee_breach": 0.75,
        "tressilund_hospital_cyberattack": 0.65,
    },
    # held out: written blind in the session of 2026-12-06 (later) by someone who never read the
    # code (a volcanic eruption and the ash cloud that closed the skies, a listeria outbreak and
    # the recall that widened, a ferry sinking with its running counts of dead, missing and
    # rescued), scored once when it came: on the code that session began with (extractor
    # 2027.05.24, linker 2027.04.38) and on the extractor 2027.05.25 pooled link F1 0.623
    # (P 0.708 R 0.556); extraction F1 0.990; never read for a mend; floors 0.02 under that score
    "blind_events_28": {
        "hollerby_listeria_recall": 0.62, "merrow_lark_ferry_sinking": 0.69,
        "tervaskel_volcanic_eruption": 0.47,
    },
    # held out: written blind in the session of 2026-12-06 (night) by someone who never read the
    # code (a grid blackout in a cold snap with a neighbour's emergency power, a bird flu cull
    # with its zones, compensation and an import ban, a motorway bridge collapse into an estuary
    # and the checks on bridges of its design), scored once when it came: on the code that
    # session began with (extractor 2027.05.28, linker 2027.04.39) and on the extractor
    # 2027.05.29 pooled link F1 0.584 (P 0.640 R 0.537); extraction F1 0.980; never read for a
    # mend; floors 0.02 under that score
    "blind_events_29": {
        "hestria_grid_blackout": 0.59, "sallowmoor_bird_flu_cull": 0.45,
        "selvane_bridge_collapse": 0.59,
    },
    # held out: written blind in the session of 2026-12-06 (the twenty-first) by someone who
    # never read the code (a spring frost on a wine region with rival damage counts, a one-day
    # stock-market crash and its revised losses, norovirus on a cruise ship with the operator's
    # and the health institute's rival counts), scored once when it came: on the code that
    # session began with (extractor 2027.05.29, linker 2027.04.39) pooled link F1 0.685
    # (P 0.779 R 0.611); extraction F1 0.976; never read for a mend; floors 0.02 under that score
    "blind_events_30": {
        "arvenza_vineyard_frost": 0.65, "corabella_dawn_norovirus": 0.59,
        "quenmouth_market_crash": 0.75,
    },
    # held out: written blind in the session of 2026-12-06 (the twenty-second) by someone who
    # never read the code (a spruce bark-beetle outbreak over a summer with rival damage counts
    # and a neighbour's losses, a week-long surge of migrant boats to an island with transfers
    # and an emergency fund, lottery retailers keeping customers' winning tickets), scored once
    # when it came: on the code that session began with (extractor 2027.05.32, linker
    # 2027.04.39) pooled link F1 0.653 (P 0.793 R 0.555); extraction F1 0.985; never read for
    # a mend; floors 0.02 under that score
    "blind_events_31": {
        "ivrenna_sea_arrivals": 0.65, "kessara_bark_beetle": 0.55, "tessany_lottery_fraud": 0.66,
    },
    # held out: written blind in the session of 2026-12-06 (the twenty-second) by a second
    # helper who never read the code (a dengue outbreak with a revised toll and a doctors'
    # rival count, a rocket lost with a weather satellite and its exclusion zone, a budget vote
    # in two readings with rival deficit figures), scored once when it came: on the code that
    # session began with (extractor 2027.05.32, linker 2027.04.39) and on 2027.05.36 pooled
    # link F1 0.665 (P 0.764 R 0.588); extraction F1 0.991; never read for a mend; floors 0.02
    # under that score
    "blind_events_32": {
        "kaldoria_budget_vote": 0.67, "tarsis_launch_failure": 0.76,
        "vallamar_dengue_outbreak": 0.52,
    },
    # held out: written blind in the session of 2026-12-06 (the twenty-second) by a third helper
    # who never read the code (a hospital waiting list and its revision with a guild's rival
    # estimate, an oil tanker's spill with rival estimates and running counts, a tour
    # operator's collapse with an airlift and revised debts), scored once when it came: on the
    # code that session began with (extractor 2027.05.32, linker 2027.04.39) and on 2027.05.40
    # pooled link F1 0.694 (P 0.737 R 0.656); extraction F1 0.991; never read for a mend;
    # floors 0.02 under that score
    "blind_events_33": {
        "meridian_grace_oil_spill": 0.60, "sunvara_tour_operator_collapse": 0.77,
        "velmoria_waiting_list": 0.70,
    },
    # held out: written blind in the session of 2026-12-06 (the twenty-third) by a helper who
    # never read the code (a tornado outbreak over five states, a university's funding cut with
    # course closures and job losses, locust swarms over two countries' crops), scored once when
    # it came: on the code that session began with (extractor 2027.05.40, linker 2027.04.39)
    # pooled link F1 0.723 (P 0.798 R 0.660), extraction F1 0.991; 0.705 (P 0.819 R 0.620) on
    # the linker 2027.04.40; never read for a mend; floors 0.02 under the score on arrival, or
    # 0.01 under the score now where that is lower
    "blind_events_34": {
        "brackwell_university_cuts": 0.83, "tamezra_locust_swarms": 0.58,
        "westerra_tornado_outbreak": 0.61,
    },
    # held out: written blind in the same session by a second helper who never read the code
    # (a tower-block fire, an electric car's recall over battery fires, an avalanche onto a
    # piste), scored once when it came: on the code that session began with pooled link F1
    # 0.612 (P 0.802 R 0.495), extraction F1 0.990; 0.627 (P 0.842 R 0.500) on the linker
    # 2027.04.40; never read for a mend; floors as for blind_events_34
    "blind_events_35": {
        "kestrel_lumo_recall": 0.53, "sorenza_avalanche": 0.68, "wrenfield_tower_fire": 0.55,
    },
    # held out: written blind by a helper who never read the code (a landslide burying a
    # mountain village, a dock strike with ships queuing, a national shortage of children's
    # amoxicillin), scored once when it came: on the code the session began with (extractor
    # 2027.05.41, linker 2027.04.40) pooled link F1 0.633 (P 0.827 R 0.513), extraction F1
    # 0.991; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_36": {
        "harvany_amoxicillin_shortage": 0.67, "monteragna_landslide": 0.65,
        "sarrow_dock_strike": 0.51,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # cholera outbreak in flood camps, an eleven-day wildfire over farmland and villages, a state
    # phone company's stock-market listing), scored once when it came: on the code the session
    # began with pooled link F1 0.715 (P 0.781 R 0.660), extraction F1 0.985; never read for a
    # mend; floors as for blind_events_36
    "blind_events_37": {
        "kalvra_flotation": 0.75, "montevar_wildfire": 0.75, "ombra_cholera_outbreak": 0.54,
    },
    # held out: written blind by a helper who never read the code (a crowd crush outside a
    # stadium before a concert, a record television audience for an ice hockey final, an earth
    # dam's failure flooding a valley and the country downstream), scored once when it came: on
    # the code the session began with (extractor 2027.05.45, linker 2027.04.46) pooled link F1
    # 0.704 (P 0.816 R 0.619), extraction F1 0.985; never read for a mend; floors 0.02 under
    # the score on arrival
    "blind_events_38": {
        "ardesse_hockey_final_audience": 0.77, "keswald_stadium_crush": 0.65,
        "orvane_dam_failure": 0.61,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # national census and its two corrections, a bank's quarterly results with job cuts raised
    # after union talks, a grid failure across four regions), scored once when it came: on the
    # code the session began with pooled link F1 0.735 (P 0.829 R 0.660), extraction F1 0.974;
    # never read for a mend; floors as for blind_events_38
    "blind_events_39": {
        "brastova_blackout": 0.69, "estravia_census_2052": 0.68, "korvald_bank_results": 0.75,
    },
    # held out: written blind by a helper who never read the code (a passenger plane crash, a
    # charity telethon's running total and its audit, a currency devaluation), scored once when
    # it came: on the code the session began with (extractor 2027.05.59, linker 2027.04.47)
    # pooled link F1 0.673 (P 0.705 R 0.643), extraction F1 0.977; never read for a mend; floors
    # 0.02 under the score on arrival, but kesmaria_zoren_devaluation came in at 0.597 and stands
    # at 0.576 on the code of that session's end (extractor 2027.05.60, linker 2027.04.48), its
    # floor 0.01 under that
    "blind_events_40": {
        "calvora_air_crash": 0.68, "heartlight_telethon": 0.78, "kesmaria_zoren_devaluation": 0.54,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # month's new car registrations and their revision, a public-sector pay deal after rounds of
    # talks, a sea search for a fishing boat's crew), scored once when it came: on the code the
    # session began with pooled link F1 0.661 (P 0.708 R 0.620), extraction F1 0.970; never read
    # for a mend; floors 0.02 under the score on arrival
    "blind_events_41": {
        "elsbeth_mara_sea_search": 0.47, "kardonia_car_registrations": 0.66,
        "sundria_pay_deal": 0.72,
    },
    # held out: written blind by a helper who never read the code (a volcanic eruption with
    # evacuations and cancelled flights, a run on a regional bank and its weekend rescue, a
    # ransomware attack on a hospital network), scored once when it came: on the code the session
    # began with (extractor 2027.05.64, linker 2027.04.50) pooled link F1 0.710 (P 0.822
    # R 0.624), extraction F1 0.980; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_42": {
        "brannfell_eruption": 0.52, "caspen_bank_run": 0.70,
        "kelm_valley_hospital_cyberattack": 0.84,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # surge of refugees at a border crossing, a prison's inspection and an escape from it, a
    # city's smog episode), scored once when it came: on the code the session began with pooled
    # link F1 0.552 (P 0.770 R 0.431); never read for a mend; floors as for blind_events_42
    "blind_events_43": {
        "felsham_prison_escape": 0.57, "halvek_border_crossing": 0.37, "koresk_smog_episode": 0.66,
    },
    # held out: written blind by a helper who never read the code (a mine collapse with miners
    # trapped for days, a music festival struck by a storm and the refunds after it, a lottery
    # jackpot rolling over for weeks), scored once when it came: on the code the session began
    # with (extractor 2027.05.65, linker 2027.04.50) pooled link F1 0.647 (P 0.806 R 0.540),
    # extraction F1 0.942; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_44": {
        "kestrelmoor_mine_collapse": 0.66, "lumen_festival_storm": 0.65,
        "meridian_jackpot_rollover": 0.52,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # locust swarm over a province for weeks, a fuel shortage with panic buying and rationing, a
    # school exam's pass mark raised after a leak and cut in a regrade), scored once when it
    # came: on the code the session began with pooled link F1 0.608 (P 0.758 R 0.507),
    # extraction F1 0.976; never read for a mend; floors as for blind_events_44
    "blind_events_45": {
        "ardovia_exam_regrade": 0.69, "kessaly_locust_swarm": 0.52, "vantrell_fuel_shortage": 0.51,
    },
    # held out: written blind by a helper who never read the code (a tanker's oil fouling two
    # countries' coasts for weeks, a national postal strike in rounds with its backlog, a museum
    # exhibition's record attendance corrected after an audit), scored once when it came: on the
    # code the session began with (extractor 2027.05.67, linker 2027.04.51) pooled link F1 0.563
    # (P 0.791 R 0.437), extraction F1 0.946-0.960; never read for a mend; floors 0.02 under the
    # score on arrival
    "blind_events_46": {
        "belvan_marrak_exhibition": 0.65, "dorvan_tanker_spill": 0.39,
        "lestria_postal_strike": 0.57,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # salmonella outbreak traced to a sesame halva and its recall, a milk price collapse with
    # farmers' blockades, a city budget's cuts and its revised deficit), scored once when it
    # came: on the code the session began with pooled link F1 0.680 (P 0.847 R 0.568),
    # extraction F1 0.971; never read for a mend; floors 0.02 under the score on arrival, but
    # tarvonia_milk_price_blockades 0.01 under its score once priced currencies came (0.706 ->
    # 0.669, extractor 2027.05.68, linker 2027.04.53) and once a sure pair joins two groups
    # (0.684 -> 0.655, linker 2027.04.54)
    "blind_events_47": {
        "orlenka_halva_salmonella_recall": 0.59, "tarvonia_milk_price_blockades": 0.64,
        "vellhaven_budget_cuts": 0.66,
    },
    # held out: written blind by a helper who never read the code (a hailstorm and its insurance
    # claims over weeks, a national blood shortage and its appeal, a stadium's cost overrun and
    # delayed opening), scored once when it came: on the code the session began with (extractor
    # 2027.05.67, linker 2027.04.51) pooled link F1 0.561 (P 0.888 R 0.410), extraction F1
    # 0.973; on the code it came to (extractor 2027.05.69, linker 2027.04.53) 0.528, the stadium
    # 0.633 -> 0.516; never read for a mend; floors 0.02 under arrival, or 0.01 under the score
    # now where that is lower
    "blind_events_48": {
        "castelbrun_hailstorm_claims": 0.52, "fennick_park_stadium_overrun": 0.47,
        "galdria_blood_shortage_appeal": 0.48,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # water main burst leaving a city's districts dry for days, a teachers' pension reform with
    # strike votes, a ski season without snow), scored once when it came: on the code the
    # session began with pooled link F1 0.613 (P 0.680 R 0.557), extraction F1 0.955; 0.612 on
    # the code it came to; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_49": {
        "drossland_ski_season": 0.58, "ilmsted_water_main": 0.54,
        "savrenne_teacher_pensions": 0.64,
    },
    # held out: written blind by a helper who never read the code (a river too low for barges
    # after a dry summer, a new metro line's opening against its forecasts, cliff-top homes lost
    # to coastal erosion), scored once when it came: on the code the session began with
    # (extractor 2027.05.70, linker 2027.04.53) pooled link F1 0.722 (P 0.905 R 0.600),
    # extraction F1 0.972; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_50": {
        "lanthorne_metro_line": 0.79, "ossel_low_water": 0.46,
        "wrenmouth_cliff_erosion": 0.77,
    },
    # held out: written blind in the same session by a second helper who never read the code (an
    # airport's baggage system breakdown over days, an olive oil harvest failure with its prices,
    # a flu vaccination campaign short of doses), scored once when it came: on the code the
    # session began with pooled link F1 0.520 (P 0.699 R 0.414), extraction F1 0.964; never read
    # for a mend; floors 0.02 under the score on arrival
    "blind_events_51": {
        "dalreth_flu_vaccine_shortage": 0.50, "hallenbrook_baggage_breakdown": 0.57,
        "marvessa_olive_harvest_failure": 0.43,
    },
    # held out: written blind by a helper who never read the code (a ransomware attack on a city
    # council's services, a road bridge closed over cracks, a record lottery jackpot; the
    # jackpot's domain repeats blind_events_44's in a new text by another writer), scored once
    # when it came: on the code the session began with (extractor 2027.05.80, linker
    # 2027.04.54) pooled link F1 0.753 (P 0.824 R 0.693), extraction F1 0.962; never read for a
    # mend; floors 0.02 under the score on arrival
    "blind_events_52": {
        "calverholm_council_ransomware": 0.69, "goldwheel_record_jackpot": 0.66,
        "tarrisford_bridge_closure": 0.81,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # volcanic eruption with its evacuations and ash, a bank's card payments failing for days, a
    # film's record opening weekend), scored once when it came, on the same code: pooled link F1
    # 0.635 (P 0.664 R 0.609), extraction F1 0.952; never read for a mend; floors 0.02 under
    # the score on arrival
    "blind_events_53": {
        "copper_fox_box_office": 0.59, "ludmore_card_outage": 0.59,
        "maddery_gorrick_eruption": 0.65,
    },
    # held out: written blind by a helper who never read the code (a competition regulator's
    # record fine on a technology firm, a toxic algae bloom closing a lake's beaches and a
    # city's tap water, a doping case at an athletics championship), scored once when it came:
    # on extractor 2027.05.92, linker 2027.04.55 pooled link F1 0.617 (P 0.848 R 0.485),
    # extraction F1 0.954 / 0.963 / 0.981; never read for a mend; floors 0.02 under the score
    # on arrival
    "blind_events_54": {
        "brundavel_doping_case": 0.49, "orniq_app_store_fine": 0.66, "ossmere_algae_bloom": 0.64,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # coach crash on a mountain pass, a survey of honeybee colonies lost over winter, a planning
    # decision on a large housing development), scored once when it came, on the same code:
    # pooled link F1 0.678 (P 0.795 R 0.591), extraction F1 0.946 / 0.912 / 0.981; never read
    # for a mend; floors 0.02 under the score on arrival
    "blind_events_55": {
        "grisanne_pass_coach_crash": 0.72, "larkholt_fields_housing_decision": 0.82,
        "varlonia_bee_winter_losses": 0.44,
    },
    # held out: written blind by a helper who never read the code (a jewel theft from a city
    # museum, a football club's record transfer fee, a start-up's funding round), scored once
    # when it came: on extractor 2027.06.1, linker 2027.04.55 pooled link F1 0.685 (P 0.769 R
    # 0.618), extraction F1 0.960; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_56": {
        "fenwater_ondrevic_record_transfer": 0.65, "simmerloft_funding_round": 0.69,
        "vessarine_museum_jewel_theft": 0.65,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # prisoner exchange between two countries, a large trial of a kidney drug, a rise in a
    # national minimum wage), scored once when it came, on the same code: pooled link F1 0.664
    # (P 0.869 R 0.538), extraction F1 0.962; never read for a mend; floors 0.02 under the
    # score on arrival
    "blind_events_57": {
        "halcyon_kidney_drug_trial": 0.64, "merrowby_prisoner_exchange": 0.76,
        "valdria_minimum_wage_rise": 0.53,
    },
    # held out: written blind by a helper who never read the code (an online fraud ring broken
    # up in five countries, free school lunches for every primary pupil, a nuclear station's life
    # extended by ten years), scored once when it came: on extractor 2027.06.1, linker 2027.04.55
    # pooled link F1 0.639 (P 0.862 R 0.508), extraction F1 0.936; never read for a mend; floors
    # 0.02 under the score on arrival
    "blind_events_58": {
        "corvane_free_school_lunches": 0.61, "quorvex_fraud_ring": 0.65,
        "skelby_point_life_extension": 0.59,
    },
    # held out: written blind in the same session by a second helper who never read the code
    # (food poisoning at a wedding, a supermarket price war, a rent freeze's first year), scored
    # once when it came, on the same code: pooled link F1 0.635 (P 0.789 R 0.531), extraction F1
    # 0.940; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_59": {
        "hallowmere_wedding_food_poisoning": 0.50, "lorvenland_supermarket_price_war": 0.77,
        "sarvonia_rent_freeze_first_year": 0.60,
    },
    # held out: written blind by a helper who never read the code (a city's e-scooter scheme
    # ended after a year, a university's tuition fee rise, a wild boar cull after crop damage),
    # scored once when it came: on extractor 2027.06.7, linker 2027.04.56 pooled link F1 0.715
    # (P 0.766 R 0.671), extraction F1 0.945; never read for a mend; floors 0.02 under the
    # score on arrival
    "blind_events_60": {
        "hollisford_tuition_fee_rise": 0.70, "pellingford_escooter_scheme_ended": 0.76,
        "wendmoor_wild_boar_cull": 0.62,
    },
    # held out: written blind in the same session by a second helper who never read the code
    # (a port's record year and the queue of ships after it, a pension fund's loss on a
    # collapsed developer, a reading survey of ten-year-olds corrected after a marking error),
    # scored once when it came, on the same code: pooled link F1 0.713 (P 0.773 R 0.662),
    # extraction F1 0.945; never read for a mend; floors 0.02 under the score on arrival
    "blind_events_61": {
        "kelvarra_reading_survey": 0.76, "pellwick_pension_fund_tamberlyn_loss": 0.66,
        "saltreach_port_record_and_congestion": 0.63,
    },
    # held out: written blind by a helper who never read the code (a city marathon run in a
    # heatwave, a library's overdue-fines amnesty, shipping containers lost overboard in a storm),
    # scored once when it came: on extractor 2027.06.7, linker 2027.04.56 pooled link F1 0.658
    # (P 0.846 R 0.538), extraction F1 0.924; never read for a mend; floors 0.02 under the
    # score on arrival
    "blind_events_62": {
        "corrundel_marathon_heat": 0.67, "tarnvik_aurora_containers_lost": 0.56,
        "thrushley_library_fines_amnesty": 0.65,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # tax office's helpline swamped before a filing deadline, a measles catch-up vaccination
    # campaign, a city's tree-planting pledge and its audit), scored once when it came, on the
    # same code: pooled link F1 0.730 (P 0.843 R 0.643), extraction F1 0.955; never read for a
    # mend; floors 0.02 under the score on arrival
    "blind_events_63": {
        "quendria_tax_helpline_deadline": 0.73, "stennick_tree_pledge_audit": 0.69,
        "tarvessa_measles_catch_up_campaign": 0.70,
    },
    # held out: written blind by a helper who never read the code (a town's drinking water under
    # a boil notice, a painting's record auction and the export bar after it, a city's first
    # year of cycle lanes), scored once when it came: on extractor 2027.06.8, linker 2027.04.56
    # pooled link F1 0.759 (P 0.807 R 0.717), extraction F1 0.969; never read for a mend;
    # floors 0.02 under the score on arrival
    "blind_events_64": {
        "marrevaux_salt_gatherers_auction": 0.75, "ossenbridge_cycle_lanes_first_year": 0.84,
        "sallowmere_boil_water_notice": 0.56,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # rural maternity unit's births paused, a leaked exam paper annulled and resat, boats
    # arriving at an island's reception centre), scored once when it came, on the same code:
    # pooled link F1 0.775 (P 0.905 R 0.678), extraction F1 0.944; never read for a mend; floors
    # 0.02 under the score on arrival
    "blind_events_65": {
        "hestavia_maths_paper_leak": 0.77, "quillmere_maternity_unit_closure": 0.75,
        "scavra_island_boat_arrivals": 0.74,
    },
    # held out: written blind by a helper who never read the code (a teacher shortage at the
    # start of a school year, wind turbine blade failures and the fleet's checks, a blood
    # shortage appeal), scored once when it came: on extractor 2027.06.8, linker 2027.04.58
    # pooled link F1 0.557 (P 0.801 R 0.427), extraction F1 0.950; never read for a mend;
    # floors 0.02 under the score on arrival
    "blind_events_67": {
        "dornesse_teacher_shortage": 0.54, "lunderra_blood_stock_appeal": 0.52,
        "orvind_sandpiper_blade_checks": 0.54,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # search for four missing hikers, a state visit's security bill, a city's rat infestation
    # after bin collections were cut), scored once when it came: on extractor 2027.06.8, linker
    # 2027.04.58 pooled link F1 0.519 (P 0.716 R 0.407), extraction F1 0.957; never read for a
    # mend; floors 0.02 under the score on arrival
    "blind_events_66": {
        "quennick_rat_infestation": 0.49, "vassenby_state_visit_security": 0.55,
        "vellmoor_missing_hikers_search": 0.43,
    },
    # held out: written blind by a helper who never read the code (a giant vegetable show's
    # record weight corrected, a public baths closed for repairs, a university's research fraud
    # inquiry), scored once when it came: on extractor 2027.06.9, linker 2027.04.59 pooled link
    # F1 0.702 (P 0.827 R 0.610), extraction F1 0.947; never read for a mend; floors 0.02 under
    # the score on arrival
    "blind_events_69": {
        "corvedge_farrant_baths_closure": 0.65, "harnwick_research_fraud_inquiry": 0.61,
        "pellingford_giant_vegetable_show": 0.78,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # supermarket chain's egg shortage after a ban on cages, a borough's pothole backlog, a
    # satellite lost after its launch), scored once when it came: on extractor 2027.06.9, linker
    # 2027.04.59 pooled link F1 0.671 (P 0.825 R 0.566), extraction F1 0.921; never read for a
    # mend; floors 0.02 under the score on arrival
    "blind_events_68": {
        "corvaston_pothole_backlog": 0.66, "fennick_egg_shortage": 0.63,
        "halcyra_satellite_loss": 0.67,
    },
    # held out: written blind by a helper who never read the code (a ferry line's winter
    # cancellations in gales, a hospice telethon's total revised after counting, a ski resort's
    # season without snow), scored once when it came: on extractor 2027.06.11, linker 2027.04.60
    # pooled link F1 0.754 (P 0.837 R 0.685), extraction F1 0.949; never read for a mend; floors
    # 0.02 under the score on arrival
    "blind_events_70": {
        "altenskar_snowless_ski_season": 0.70, "lightwell_night_telethon": 0.79,
        "skelbrae_ferry_winter_cancellations": 0.68,
    },
    # held out: written blind in the same session by a second helper who never read the code
    # (phone masts built for hill villages, a dog refuge overwhelmed after the winter holidays, a
    # national census's late results), scored once when it came, on the same code: pooled link
    # F1 0.691 (P 0.784 R 0.618), extraction F1 0.931; never read for a mend; floors 0.02 under
    # the score on arrival
    "blind_events_71": {
        "narvossa_census_delay": 0.72, "ravelstoke_dog_refuge": 0.49,
        "vellandria_village_masts": 0.75,
    },
    # held out: written blind by a helper who never read the code (a school's roof collapse and
    # its pupils moved, a chess olympiad in a small city, a heritage railway reopening after a
    # landslip), scored once when it came: on extractor 2027.06.12, linker 2027.04.60 pooled
    # link F1 0.817 (P 0.892 R 0.753), extraction F1 0.964; never read for a mend; floors 0.02
    # under the score on arrival
    "blind_events_72": {
        "corrowby_school_roof": 0.72, "corvagh_chess_olympiad": 0.84,
        "wendlemoor_railway_reopening": 0.82,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # lake's ice fishing season cut short, a cathedral spire's restoration appeal, a spate of
    # dogs worrying sheep in lambing time), scored once when it came, on the same code: pooled
    # link F1 0.730 (P 0.906 R 0.611), extraction F1 0.940; never read for a mend; floors 0.02
    # under the score on arrival
    "blind_events_73": {
        "kelderby_sheep_worrying": 0.68, "mirrowen_ice_fishing_season": 0.67,
        "solmere_spire_appeal": 0.76,
    },
    # held out: written blind by a helper who never read the code (a city's bins collected every
    # other week, a concert hall's acoustic refit over time and budget, a rock lighthouse's last
    # keepers), scored once when it came: on extractor 2027.06.13, linker 2027.04.60 pooled link
    # F1 0.662 (P 0.644 R 0.682), extraction F1 0.962; never read for a mend; floors 0.02 under
    # the score on arrival
    "blind_events_74": {
        "harsk_rock_lighthouse": 0.75, "pellingrave_hall_refit": 0.59,
        "quellport_fortnightly_bins": 0.57,
    },
    # held out: written blind in the same session by a second helper who never read the code (a
    # cider apple glut, a university open day's crush, a fishing harbour silting up; amounts in
    # two currencies and rival estimates joined as the earlier corpora join them by a second
    # annotator who never read the code either, as its README says), scored once when it came,
    # on the same code: pooled link F1 0.655 (P 0.753 R 0.580), extraction F1 0.933; never read
    # for a mend; floors 0.02 under the score on arrival
    "blind_events_75": {
        "orlemby_cider_glut": 0.60, "sallowick_harbour_silting": 0.50,
        "strevenholt_open_day": 0.78,
    },
}  # fmt: skip
POOLED_FLOOR = {
    "dev_events_2": 0.84, "dev_events_3": 0.80, "blind_events": 0.79, "blind_events_2": 0.82,
    "blind_events_3": 0.83, "blind_events_4": 0.83, "blind_events_5": 0.82,
    "blind_events_6": 0.84, "blind_events_7": 0.76, "blind_events_8": 0.77,
    "blind_events_9": 0.77, "blind_events_10": 0.71, "blind_events_11": 0.73,
    "blind_events_12": 0.72, "blind_events_13": 0.71, "blind_events_14": 0.75,
    "blind_events_15": 0.76, "blind_events_16": 0.72, "blind_events_17": 0.81,
    "blind_events_18": 0.65, "blind_events_19": 0.62, "blind_events_20": 0.71,
    "blind_events_21": 0.74, "blind_events_22": 0.69, "blind_events_23": 0.63,
    "blind_events_24": 0.58, "blind_events_25": 0.69, "blind_events_26": 0.49,
    "blind_events_27": 0.72, "blind_events_28": 0.60, "blind_events_29": 0.55,
    "blind_events_30": 0.66, "blind_events_31": 0.61, "blind_events_32": 0.65,
    "blind_events_33": 0.69,
    "blind_events_34": 0.69, "blind_events_35": 0.59, "blind_events_36": 0.61,
    "blind_events_37": 0.69, "blind_events_38": 0.68, "blind_events_39": 0.71,
    "blind_events_40": 0.65, "blind_events_41": 0.64, "blind_events_42": 0.69,
    "blind_events_43": 0.53, "blind_events_44": 0.62, "blind_events_45": 0.58,
    "blind_events_46": 0.54, "blind_events_47": 0.64, "blind_events_48": 0.51,
    "blind_events_49": 0.59, "blind_events_50": 0.68, "blind_events_51": 0.50,
    "blind_events_52": 0.73, "blind_events_53": 0.61, "blind_events_54": 0.60,
    "blind_events_55": 0.65, "blind_events_56": 0.66, "blind_events_57": 0.64,
    "blind_events_58": 0.61, "blind_events_59": 0.61, "blind_events_60": 0.69,
    "blind_events_61": 0.69, "blind_events_62": 0.63,
    "blind_events_63": 0.71, "blind_events_64": 0.73, "blind_events_65": 0.75,
    "blind_events_66": 0.49, "blind_events_67": 0.53, "blind_events_69": 0.68,
    "blind_events_68": 0.65, "blind_events_70": 0.73, "blind_events_71": 0.67,
    "blind_events_72": 0.79, "blind_events_73": 0.71, "blind_events_74": 0.64,
    "blind_events_75": 0.63,
}  # fmt: skip
# every event's figures are found with extraction F1 0.90 or more, but for these, whose score on
# arrival was lower: held out, not read, so their floor sits 0.02 under that score
EXTRACTION_FLOOR = {
    "blind_events_62/thrushley_library_fines_amnesty": 0.84,
    "blind_events_68/fennick_egg_shortage": 0.87,
}
EVENTS = [(corpus, name) for corpus, floors in LINK_FLOOR.items() for name in floors]


def _score(folder: Path, story_export: Callable[[Path], dict]) -> Score:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return score_export(story_export(folder), gold)


@pytest.mark.parametrize("corpus", sorted(LINK_FLOOR))
def test_each_event_and_the_pool_hold_their_floor(
    corpus: str, story_export: Callable[[Path], dict]
) -> None:
    correct = predicted = gold = 0
    low = []
    for name, floor in LINK_FLOOR[corpus].items():
        score = _score(DATA / corpus / name, story_export)
        assert score.extraction_f1 >= EXTRACTION_FLOOR.get(f"{corpus}/{name}", 0.90), (name, score)
        if score.link_f1 < floor:
            low.append((name, round(score.link_f1, 3), floor))
        correct += score.correct_pairs
        predicted += score.predicted_pairs
        gold += score.gold_pairs
    assert not low, low
    precision, recall = correct / predicted, correct / gold
    assert 2 * precision * recall / (precision + recall) >= POOLED_FLOOR[corpus]


def test_every_event_has_a_floor() -> None:
    for corpus, floors in LINK_FLOOR.items():
        assert {p.name for p in (DATA / corpus).iterdir() if (p / "gold.json").exists()} == set(
            floors
        )


def _groups(ws: Workspace) -> set[frozenset[tuple[str, int]]]:
    names = {a.id: Path(a.origin).name for a in ws.article_rows()}
    where = {c.id: (names[c.article], c.start) for c in ws.claims()}
    return {frozenset(where[i] for i in g.claims) for g in ws.group_rows()}


@pytest.mark.parametrize(
    ("folder", "order"),
    [
        ("seeds", "by name"),
        ("blind_events/northvale_election_2026", "by name"),
        # stories whose groups once depended on the order their articles came in; since a
        # dimension of at most grouping.WHOLE figures is grouped again whole at every import
        # (linker 2027.04.56) none does, in either order (ossel-low-water by name and
        # orniq-app-store-fine newest first ended with 3 and 1 groups otherwise before)
        ("blind_events_50/ossel_low_water", "by name"),
        ("blind_events_54/orniq_app_store_fine", "newest first"),
        ("dev_events_2/stec-sandwich-outbreak", "by name"),
        ("blind_events/kessler_canyon_fire_2026", "by name"),
        ("blind_events_9/kellgate_chemical_fire", "by name"),
        ("blind_events_11/aurelia_star_oil_spill", "by name"),
        ("blind_events_11/dalvenia_korvath_earthquake", "by name"),
        ("dev_events_2/typhoon-luwan", "newest first"),
        ("blind_events/northvale_election_2026", "newest first"),
        ("blind_events_11/aurelia_star_oil_spill", "newest first"),
    ],
)
def test_articles_added_one_at_a_time_are_grouped_as_in_one_batch(
    folder, order, tmp_path, repo_root
):
    """An import links only around the figures it added (the rest keeps its groups), growing
    that neighbourhood until nothing outside it could join anything inside; adding the articles
    one by one, in any order, must end where importing them together does."""
    root = repo_root if folder == "seeds" else DATA
    files = sorted((root / folder).glob("*.txt"), reverse=order == "newest first")
    together = Workspace(f"sqlite:///{tmp_path}/together.sqlite")
    one_by_one = Workspace(f"sqlite:///{tmp_path}/one_by_one.sqlite")
    try:
        together.import_sources([Source(origin=str(p)) for p in files])
        for p in files:
            one_by_one.import_sources([Source(origin=str(p))])
        assert _groups(together), folder
        assert _groups(one_by_one) == _groups(together)
    finally:
        together.close()
        one_by_one.close()


@pytest.mark.parametrize(
    "folder",
    [
        "seeds",
        "blind_events_47/vellhaven_budget_cuts",
        "blind_events_27/thavenne_levee_breach",
        "dev_events_2/typhoon-luwan",
    ],
)
def test_the_same_articles_in_another_order_make_the_same_groups(folder, tmp_path, repo_root):
    """One batch of articles, dropped by name, newest first or starting from the second, ends in
    the same groups: a dimension's figures are weighed in the order their articles' words put
    them in, not in the order they were imported, so a tie between two pairs goes the same way
    (vellhaven-budget-cuts, started from its second article, ended with two groups otherwise
    before linker 2027.04.58), and two amounts of one value are taken in that order too when
    the exact keys split where values jump (thavenne-levee-breach, newest first, put a fund's
    euros in a group of their own before linker 2027.04.59). Each group is named alike too: a
    tie between two nouns or two currencies goes the same way, never to the first seen."""
    root = repo_root if folder == "seeds" else DATA
    files = sorted((root / folder).glob("*.txt"))
    made = []
    for n, order in enumerate((files, files[::-1], files[1:] + files[:1])):
        ws = Workspace(f"sqlite:///{tmp_path}/{n}.sqlite")
        try:
            ws.import_sources([Source(origin=str(p)) for p in order])
            names = {a.id: Path(a.origin).name for a in ws.article_rows()}
            where = {c.id: (names[c.article], c.start) for c in ws.claims()}
            made.append({frozenset(where[i] for i in g.claims): g.label for g in ws.group_rows()})
        finally:
            ws.close()
    assert made[0], folder
    assert made[1] == made[0] and made[2] == made[0]  # the same groups, named alike


@pytest.mark.parametrize(
    ("folder", "order"),
    [("seeds", "by name"), ("blind_events/northvale_election_2026", "newest first")],
)
def test_articles_added_one_at_a_time_around_their_figures_alone(
    folder, order, tmp_path, repo_root, monkeypatch
):
    """The same past grouping.WHOLE, where an import weighs only the figures around the new
    ones (set to none here, so that a story of five articles takes that path)."""
    monkeypatch.setattr(grouping, "WHOLE", 0)
    test_articles_added_one_at_a_time_are_grouped_as_in_one_batch(
        folder, order, tmp_path, repo_root
    )
