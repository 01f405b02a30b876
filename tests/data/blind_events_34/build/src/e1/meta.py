#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e1 (tornado outbreak); writes meta.json beside it."""
import json
import os

FOLDER = "westerra_tornado_outbreak"
EVENT = ("Tornado outbreak across five states of Westerra (fictional) from the afternoon of Sunday 22 April 2057 to "
         "the early hours of Monday 23 April, worst in the town of Hessing in the state of Larrimore; reported "
         "23 April - 21 May 2057")
NOTES = (
    "The number of tornadoes is one quantity through its preliminary, running and final values (at least 84 reported, "
    "96, 108, 112 confirmed, final 127); the tabloid's 'more than 150 tornado reports' counts reports from spotters and "
    "the public, several of them of the same tornado, and is its own quantity. The three tornadoes confirmed on Brevain "
    "soil are not part of the Westerran count (the weather service counts only Westerran tornadoes) and are their own "
    "quantity. The death toll is one running count (at least 31, 38, 40, 41, 42); Larrimore's, Hessing's, Pendry's, "
    "the Brevain drivers', the mobile-home residents' and the Cedar Lane park's deaths are parts. Hessing's toll "
    "includes the coroner's 13 as a rival count beside the state's 12 (the coroner counts a heart attack during the "
    "clean-up). Injured is one running count (more than 400, more than 520, 612, more than 700); the 96 seriously "
    "injured are a part. Customers without power at a given moment (about 390,000 on Monday morning, 96,000, 41,000) "
    "are one running count, and the peak named as such (410,000) is its own quantity. The strongest tornado's wind "
    "(up to 290 km/h estimated, around 320 km/h after the survey) and track length (about 80 km, then 94 km) are "
    "estimates and their revisions. Insured losses are one quantity across the modelling firm's range (2-2.8 billion "
    "dorns), the insurers' association's about 3.5 billion (about 875 million euros) and its revised 3.9 billion; "
    "the government's economic damage (6.1 billion dorns, about 1.5 billion euros) and the gap between the two "
    "(about 2.2 billion) are other quantities. The federal aid fund (450 million dorns, about 112 million euros, "
    "raised to 1.2 billion) is one amount revised by decision. Hessing's request (25 million dorns) and the grant "
    "(14 million) are plan and outcome, two quantities. People in shelters is a running count (about 2,800 on the "
    "first night, 1,900, about 400); the guard troops deployed are a running count (1,200, more than 2,000) and the "
    "peak (2,300) its own quantity; the troops in Hessing (about 600, the last 300) are a part. Warning lead time "
    "in Hessing (about 20 minutes, then 22 from the county logs) is one quantity; the outbreak's and the national "
    "average lead times are others. Durations of the outbreak (14-hour, 14 hours) link. Ages of people and the "
    "look-backs 'Eight days' and 'Four weeks' are optional; the farmhouse's age is scored. Vague shares ('almost "
    "half', 'a third') are optional.")

Q = [
    # id, role, part_of, description
    ("states_hit", "other", None, "number of Westerran states hit by the outbreak (five)"),
    ("duration", "other", None, "duration of the outbreak (14 hours)"),
    ("tor_count", "total", None, "number of tornadoes in the outbreak in Westerra (preliminary, confirmed, final)"),
    ("tor_larr", "part", "tor_count", "tornadoes of the outbreak that touched down in Larrimore"),
    ("tor_unwarned", "part", "tor_count", "tornadoes of the outbreak that touched down without any warning"),
    ("unwarned_share", "other", None, "share of the outbreak's tornadoes with no warning (15 per cent)"),
    ("tor_reports", "count", None, "tornado reports logged from spotters and the public (more than 150)"),
    ("record_margin", "other", None, "margin by which the outbreak beat the 2031 record number of tornadoes"),
    ("deaths", "total", None, "people killed by the outbreak (running count to the final 42)"),
    ("deaths_larr", "part", "deaths", "deaths in the state of Larrimore"),
    ("deaths_hess", "part", "deaths_larr", "deaths in the town of Hessing (state count and coroner's count)"),
    ("deaths_cedar", "part", "deaths_hess", "Hessing's dead who lived at the Cedar Lane mobile home park"),
    ("deaths_pendry", "part", "deaths", "deaths in the state of Pendry"),
    ("deaths_mobile", "part", "deaths", "dead who were in mobile homes"),
    ("deaths_brev", "part", "deaths", "Brevain lorry drivers among the dead"),
    ("share_larr", "other", None, "Larrimore's share of the outbreak's deaths ('almost half', optional)"),
    ("share_mobile", "other", None, "mobile-home deaths as a share of all deaths ('a third', optional)"),
    ("mobile_share_pop", "other", None, "share of Westerrans living in mobile homes (about 4 per cent)"),
    ("injured", "total", None, "people injured by the outbreak (running count)"),
    ("injured_serious", "part", "injured", "people seriously injured"),
    ("homes_destroyed", "total", None, "homes destroyed by the outbreak in Westerra (running count)"),
    ("homes_destr_larr", "part", "homes_destroyed", "homes destroyed in Larrimore county"),
    ("homes_destr_hess", "part", "homes_destr_larr", "homes destroyed in Hessing"),
    ("homes_damaged", "total", None, "homes damaged but not destroyed in Westerra"),
    ("homes_damaged_hess", "part", "homes_damaged", "homes damaged in Hessing"),
    ("hess_homes", "population", None, "homes in Hessing (3,100)"),
    ("hess_pop", "population", None, "population of Hessing (about 7,800)"),
    ("power_out", "total", None, "customers without power at a given time (running count)"),
    ("power_out_larr", "part", "power_out", "customers still without power in Larrimore on 29 April"),
    ("power_peak", "other", None, "customers without power at the peak of the storms (410,000)"),
    ("power_promise", "other", None, "utility's promised time to restore Hessing's supply (ten days)"),
    ("power_restore_days", "other", None, "days taken to reconnect the last customers (11 days)"),
    ("poles", "count", None, "power poles snapped (about 2,600 first, finally 3,050)"),
    ("wind", "other", None, "top wind speed of the Hessing tornado (estimate and survey)"),
    ("path_len", "other", None, "track length of the Hessing tornado (about 80 km, then 94 km)"),
    ("path_width", "other", None, "maximum width of the Hessing tornado's track (up to 1.8 km)"),
    ("ground_time", "other", None, "time the Hessing tornado was on the ground (68 minutes)"),
    ("warn_hess", "other", None, "warning lead time in Hessing before the tornado struck"),
    ("warn_avg_outbreak", "other", None, "average warning lead time across the outbreak's warned tornadoes"),
    ("warn_avg_national", "other", None, "national average warning lead time (13 minutes)"),
    ("forecast_lead", "other", None, "how far ahead the high-risk forecast was issued (three days)"),
    ("sirens", "population", None, "Hessing's warning sirens (six)"),
    ("sirens_failed", "count", None, "Hessing's sirens that failed when the power went (two)"),
    ("siren_cost", "other", None, "cost of fitting Hessing's sirens with battery backup (about 180,000 dorns)"),
    ("siren_backup_share", "other", None, "share of towns' sirens without backup power (about 38 per cent)"),
    ("shelter_people", "total", None, "people in emergency shelters (running count)"),
    ("gym_shelter", "part", "shelter_people", "people sheltered in the Hessing High gym (340, then 120)"),
    ("shelters", "count", None, "emergency shelters open on the first night (36)"),
    ("guard", "total", None, "state guard troops deployed (running count)"),
    ("guard_hess", "part", "guard", "state guard troops in Hessing (about 600, the last 300)"),
    ("guard_peak", "other", None, "state guard troops deployed at the peak of the response (2,300)"),
    ("aid_fund", "other", None, "federal disaster fund released for the outbreak (dorns and euros; raised)"),
    ("hosp_treated", "total", None, "patients treated at St Adela's Infirmary in the first 24 hours"),
    ("hosp_critical", "part", "hosp_treated", "of those, patients in critical condition"),
    ("hosp_period", "other", None, "the period of St Adela's count (the first 24 hours)"),
    ("hess_inpatients", "total", None, "Hessing patients still in hospital on 30 April"),
    ("hess_icu", "part", "hess_inpatients", "of those, patients in intensive care"),
    ("schools", "count", None, "schools closed on Monday 23 April"),
    ("pupils", "count", None, "pupils kept at home by school closures"),
    ("t2031_count", "other", None, "tornadoes in the May 2031 outbreak (73)"),
    ("t2031_deaths", "other", None, "deaths in the May 2031 outbreak (57)"),
    ("t2031_homes", "other", None, "homes destroyed in the May 2031 outbreak (1,900)"),
    ("age_victim", "other", None, "age of a Hessing victim (optional)"),
    ("family_kids", "other", None, "Carla Denholm's children (optional)"),
    ("age_denholm", "other", None, "Carla Denholm's age (optional)"),
    ("age_voss", "other", None, "Harlan Voss's age (optional)"),
    ("age_kowalczyk", "other", None, "Dana Kowalczyk's age (optional)"),
    ("football_kids", "count", None, "children Dana Kowalczyk sheltered in the clubhouse (23)"),
    ("fund_period", "other", None, "days in which the foundation's first 700,000 dorns were raised (two)"),
    ("farmhouse_age", "other", None, "age of Harlan Voss's farmhouse (140 years)"),
    ("voss_cattle_lost", "count", None, "cattle Harlan Voss lost (46)"),
    ("voss_herd", "population", None, "Harlan Voss's herd (300 cattle)"),
    ("insured", "other", None, "insured losses from the outbreak (rival and revised estimates, dorns and euros)"),
    ("damage", "other", None, "government estimate of the economic damage (6.1 billion dorns, about 1.5 billion euros)"),
    ("insurance_gap", "other", None, "uninsured damage: economic damage minus insured losses (about 2.2 billion dorns)"),
    ("age_driver1", "other", None, "age of a Brevain driver killed (optional)"),
    ("age_driver2", "other", None, "age of the other Brevain driver killed (optional)"),
    ("brev_tor", "count", None, "tornadoes confirmed on Brevain soil (three)"),
    ("brev_homes", "count", None, "houses damaged in Brevain border villages (about 140)"),
    ("brev_injured", "count", None, "people injured in Brevaine (nine)"),
    ("brev_tor_hist", "other", None, "tornadoes recorded in Brevaine since 1990 (31)"),
    ("brev_rescuers", "count", None, "Brevain civil protection rescuers sent to Hessing (60)"),
    ("brev_dogs", "count", None, "Brevain search dogs sent (eight)"),
    ("brev_mission", "other", None, "duration of the Brevain rescuers' mission (four days)"),
    ("brev_alive_window", "other", None, "time without a sign of life after which survivors were not expected (two days)"),
    ("brev_aid", "other", None, "Brevaine's emergency aid (2.5 million euros)"),
    ("fx", "other", None, "exchange rate used (4 dorns to the euro)"),
    ("brev_lorries", "other", None, "Brevain lorries crossing into Westerra each day (about 1,200)"),
    ("motorway_closed", "other", None, "days the main motorway through Pendry was closed (three)"),
    ("detour", "other", None, "extra time of the detour per trip (up to six hours)"),
    ("brev_residents", "population", None, "Brevain citizens living in Larrimore (some 350)"),
    ("brev_reached", "count", None, "Brevain residents the consulate has reached (340)"),
    ("condolence", "count", None, "people who signed the condolence book in Vasselin (more than 1,500)"),
    ("lookback", "other", None, "look-back dating the local article (eight days, optional)"),
    ("age_stokes", "other", None, "Delmar Stokes's age (optional)"),
    ("age_ostrow", "other", None, "age of the youngest Hessing victim (optional)"),
    ("cedar_families", "population", None, "families who lived at the Cedar Lane mobile home park (44)"),
    ("school_pupils", "count", None, "pupils of Hessing Primary School to be taught in Wexley (430)"),
    ("wexley_dist", "other", None, "distance from Hessing to Wexley (19 km)"),
    ("buses", "count", None, "buses laid on for the pupils (nine)"),
    ("school_rebuild", "other", None, "time to rebuild Hessing Primary School (at least two years)"),
    ("debris", "total", None, "debris left by the outbreak across the states (1.4 million cubic metres)"),
    ("debris_hess", "part", "debris", "debris in Hessing (180,000 cubic metres)"),
    ("debris_time_hess", "other", None, "time to remove Hessing's debris (at least four months)"),
    ("debris_time", "other", None, "time to clear the outbreak's debris (six to nine months)"),
    ("cattle_larr", "count", None, "cattle killed in Larrimore county (about 1,100)"),
    ("community_fund", "other", None, "money raised by the Hessing Community Foundation (1.3 million dorns)"),
    ("donors", "count", None, "donors to the Hessing Community Foundation (more than 11,000)"),
    ("council_ask", "other", None, "Hessing council's request to the state (25 million dorns)"),
    ("council_grant", "total", None, "state money granted to Hessing so far (14 million dorns)"),
    ("shelter_cost", "part", "council_grant", "cost of Hessing's public storm shelters, paid from the state grant"),
    ("public_shelters", "count", None, "public storm shelters Hessing will build (four)"),
    ("lookback2", "other", None, "look-back dating the broadsheet (four weeks, optional)"),
    ("age_acheson", "other", None, "Wilma Acheson's age (optional)"),
    ("radar_outage", "other", None, "time the Ostwick radar was off the air that evening (40 minutes)"),
    ("budget_cut", "other", None, "cut to the weather service's budget in 2055 (9 per cent)"),
    ("vacancies", "count", None, "forecaster posts unfilled (140)"),
    ("posts", "population", None, "forecaster posts at the weather service (about 1,100)"),
    ("radars", "population", None, "the weather service's radars (62)"),
    ("radars_old", "count", None, "radars more than 30 years old (14)"),
    ("radar_age", "other", None, "age threshold of the old radars (30 years)"),
    ("radar_cost", "other", None, "cost of replacing the old radars (about 320 million dorns)"),
    ("radar_refusals", "other", None, "times the finance ministry refused the radar money (twice)"),
    ("outbreak_threshold", "other", None, "size threshold of outbreaks counted (at least 20 tornadoes)"),
    ("outbreak_freq_ratio", "other", None, "how much more often such outbreaks came in the past decade (roughly twice)"),
]

seen = set()
rows = []
for q in Q:
    assert q[0] not in seen, q[0]
    seen.add(q[0])
    rows.append(list(q))
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": rows},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(rows), "quantities")
