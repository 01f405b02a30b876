#!/usr/bin/env python3
"""Hand-kept table of quantities for event 1; writes meta.json beside it."""
import json
import os

FOLDER = "tolland_tornado_outbreak"
EVENT = ("Tornado outbreak across the Tolland Plains of Kessick Province, Velmara, on Saturday 3 and "
         "Sunday 4 May 2036: tornadoes confirmed by the Velmaran Weather Service (19 -> 32 -> 38 -> 41 -> 44) "
         "against early reports, the Granton EF4, deaths and injured as running counts, homes destroyed and "
         "damaged by county, customers without power falling by day, insured-loss estimates revised, and "
         "provincial, federal and Ostvaldish emergency money, reported 4-11 May 2036 (fictional)")
NOTES = (
    "Dates (3 May, Saturday), clock times (6pm) and years (2025, 2029) are not figures; 'Route 9' is a road "
    "name, EF0/EF1/EF3-or-stronger used as class names in 'rated EF3 or stronger' are not figures, but a "
    "tornado's own rating ('a preliminary rating of EF3', 'an EF4') is a figure (value = the EF number, unit "
    "EF rating); the Granton rating raised from EF3 to EF4 is one quantity, as are its wind speed estimated at "
    "155 mph and then 175 mph = 282 km/h. Tornadoes: the weather service's confirmed count (19, 32, 38, 41, 44) "
    "and the storm chasers' early 'as many as 50' are estimates of one quantity, the number of tornadoes in the "
    "outbreak; the count of tornado REPORTS (71, 'more than 90') is a different quantity, because one tornado is "
    "often reported several times. Saturday's 29 and Sunday's 15 are parts of the 44; the six rated EF3 or "
    "stronger are a part too. Deaths (11 -> 14 -> 16 -> 17 -> 18) are one running count; the county counts "
    "(Corwen 7 -> 8 -> 9, Brindle 3 -> 4, Hatherby 1 -> 2, Mossfield 2, Pellow 1) and the coroner's "
    "split by place (11 in houses, 4 in vehicles, 3 in mobile homes) are parts of it; Granton's seven, the "
    "two rural Corwen deaths and the two Ostvaldish students are parts of Corwen's nine. The anaphoric 'the "
    "two Ostvaldish students' and 'one of them' are optional. Injured (more than 180 -> 240 -> 287 -> 305 "
    "-> 312) is one running count with still-in-hospital (64 -> 52 -> 35 -> 23) as a part and critical (9 -> "
    "6) inside that. Homes destroyed (at least 600 -> 900+ -> 1,140 -> 1,180 -> 1,212) and damaged (3,900 -> "
    "4,100 -> 4,360) are running counts; the county counts are parts (Corwen 640 -> 655 with Granton roughly "
    "400 -> nearly 500 -> 512 inside). Customers without power at the time of writing (166,000 -> 97,000 -> "
    "41,000 -> 12,500 -> about 3,200) is one running level; the peak on Saturday night (214,000; 'MORE THAN "
    "200,000'; 'more than 210,000') is a separate quantity, and Corwen's 5,800 is a part of the running level. "
    "Insured losses: Cardew's first range ($1.2bn to $1.8bn = 1,1 to 1,7 milliard euros), its revised range "
    "($2.1bn to $2.6bn), the Insurance Council's 'about $2bn', the tabloid's 'up to $1.8BILLION' and the local "
    "paper's 'more than $1 billion' are one quantity; Halvdan Re's share is a part; total economic losses and "
    "the 2029 outbreak's insured losses are separate. The provincial fund raised from $20m to $35m (and shown "
    "as about 18,6 million euros) is one quantity; the federal $140m and Ostvald's EUR 1.5m (about $1.6m) are "
    "their own. People in shelters (1,450 -> 860 -> 420) and Granton's shelter (260 -> 140) are running counts. "
    "The 2029 outbreak's tornadoes (23) and deaths (nine) are their own quantities. Granton's population is "
    "given as 'about 6,000' and '6,200' (one population). Ages, look-backs ('A week after', 'Five days after'), "
    "the two-day window, the exchange's 14 years, a storm chaser's 15 years of chasing, the climatologist's threshold (more than 30 tornadoes in two "
    "days) and 'perhaps once a decade', 'an hour' as a felt time and 'about two-thirds' are optional. 'Ten "
    "times that' (a farmer's demand) and 'almost twice' (44 against 23) are multiples and are figures. 'Hundreds of feet', 'thousands more' and 'Dozens' are vague words, not figures."
)
Q = [
    # id, role, part_of, description
    ["tornadoes_confirmed", "total", None, "number of tornadoes in the outbreak (weather-service confirmed count, running; early estimates)"],
    ["tornadoes_saturday", "part", "tornadoes_confirmed", "tornadoes on Saturday 3 May (final count)"],
    ["tornadoes_sunday", "part", "tornadoes_confirmed", "tornadoes on Sunday 4 May (final count)"],
    ["strong_tornadoes", "part", "tornadoes_confirmed", "tornadoes rated EF3 or stronger"],
    ["tornado_reports", "count", None, "tornado reports received by the weather service (running)"],
    ["ratio_vs_2029", "other", None, "this outbreak's tornado count as a multiple of 2029's"],
    ["granton_rating", "other", None, "EF rating of the Granton tornado (preliminary EF3, raised to EF4)"],
    ["granton_wind", "other", None, "peak wind speed of the Granton tornado (estimate revised; mph / km/h)"],
    ["granton_width", "other", None, "maximum width of the Granton tornado's path"],
    ["granton_path", "other", None, "length of the Granton tornado's track"],
    ["granton_on_ground", "other", None, "time the Granton tornado stayed on the ground"],
    ["granton_town_time", "other", None, "time the tornado took to cross Granton"],
    ["granton_lead_time", "other", None, "warning lead time for Granton"],
    ["lead_time_average", "other", None, "average warning lead time across the outbreak"],
    ["forecast_lead", "other", None, "how far ahead forecasters flagged the Saturday threat"],
    ["dunsley_rating", "other", None, "EF rating of the Dunsley tornado"],
    ["dunsley_wind", "other", None, "peak wind speed of the Dunsley tornado"],
    ["hail_size", "other", None, "largest hailstones reported (Brindle County)"],
    ["deaths", "total", None, "people killed in the outbreak (running count)"],
    ["deaths_corwen", "part", "deaths", "deaths in Corwen County (running)"],
    ["deaths_granton", "part", "deaths_corwen", "deaths of people living or staying in Granton"],
    ["deaths_corwen_rural", "part", "deaths_corwen", "deaths in farmhouses north of Granton"],
    ["deaths_ostvald", "part", "deaths_corwen", "Ostvaldish students killed at the Granton campsite"],
    ["deaths_brindle", "part", "deaths", "deaths in Brindle County (running)"],
    ["deaths_hatherby", "part", "deaths", "deaths in Hatherby County (running)"],
    ["deaths_mossfield", "part", "deaths", "deaths in Mossfield County"],
    ["deaths_pellow", "part", "deaths", "deaths in Pellow County"],
    ["deaths_in_houses", "part", "deaths", "people who died in houses (coroner)"],
    ["deaths_in_vehicles", "part", "deaths", "people who died in vehicles (coroner)"],
    ["deaths_in_mobile_homes", "part", "deaths", "people who died in mobile homes (coroner)"],
    ["missing_mossfield", "count", None, "people unaccounted for in Mossfield on Sunday evening"],
    ["mossfield_search_time", "other", None, "length of the search for the Mossfield victims"],
    ["injured", "total", None, "people injured in the outbreak (running count)"],
    ["injured_hospital", "part", "injured", "injured still in hospital (running level)"],
    ["critical", "part", "injured_hospital", "injured in critical condition (running)"],
    ["injured_ostvald", "part", "injured", "Ostvaldish students injured"],
    ["ostvald_in_hospital", "part", "injured_ostvald", "Ostvaldish students still in hospital"],
    ["ostvald_group", "population", None, "Ostvaldish agriculture students in the exchange group"],
    ["ostvald_unhurt", "count", None, "Ostvaldish students in the group who were unhurt"],
    ["ostvald_registered", "population", None, "Ostvaldish citizens registered as travelling in the region"],
    ["carehome_residents", "count", None, "care-home residents pulled out alive in Granton overnight"],
    ["homes_destroyed", "total", None, "homes destroyed across the region (running count)"],
    ["destroyed_corwen", "part", "homes_destroyed", "homes destroyed in Corwen County (running)"],
    ["destroyed_granton", "part", "destroyed_corwen", "homes destroyed in Granton (running)"],
    ["destroyed_brindle", "part", "homes_destroyed", "homes destroyed in Brindle County"],
    ["destroyed_mossfield", "part", "homes_destroyed", "homes destroyed in Mossfield County"],
    ["destroyed_hatherby", "part", "homes_destroyed", "homes destroyed in Hatherby County"],
    ["destroyed_pellow", "part", "homes_destroyed", "homes destroyed in Pellow County"],
    ["destroyed_granton_share", "other", None, "share of Granton's housing destroyed"],
    ["homes_damaged", "total", None, "homes damaged across the region (running count)"],
    ["damaged_corwen", "part", "homes_damaged", "homes damaged in Corwen County (running)"],
    ["damaged_granton", "part", "damaged_corwen", "homes damaged in Granton"],
    ["granton_housing_stock", "population", None, "homes in Granton before the tornado"],
    ["granton_population", "population", None, "residents of Granton"],
    ["power_out_peak", "count", None, "customers without power at the peak on Saturday night"],
    ["power_out_now", "total", None, "customers still without power at the time of writing (running level)"],
    ["power_out_corwen", "part", "power_out_now", "Plainsway customers in Corwen County still without power (Wednesday)"],
    ["poles_down", "total", None, "utility poles snapped or pulled over (running count)"],
    ["poles_replaced_corwen", "part", "poles_down", "poles replaced in Corwen County so far"],
    ["restoration_time", "other", None, "time some rural customers could be without power"],
    ["line_workers", "total", None, "line workers brought in"],
    ["line_workers_outside", "part", "line_workers", "line workers from other provinces"],
    ["crews_provinces", "count", None, "neighbouring provinces sending power crews"],
    ["counties_declared", "count", None, "counties under emergency declarations (running)"],
    ["province_fund", "other", None, "provincial disaster fund released (raised from $20m to $35m)"],
    ["federal_aid", "other", None, "federal assistance approved by the National Disaster Relief Office"],
    ["ostvald_aid", "other", None, "Ostvald's aid contribution"],
    ["household_grant_max", "other", None, "maximum household grant for repairs and temporary housing"],
    ["guard_deployed", "count", None, "Provincial Guard troops deployed (running)"],
    ["shelter_occupants", "total", None, "people in emergency shelters (running level)"],
    ["shelter_granton", "part", "shelter_occupants", "people in the Granton High School shelter (running level)"],
    ["shelters_open", "count", None, "emergency shelters opened on Saturday night"],
    ["insured_losses", "total", None, "insured losses from the outbreak (estimates, revised)"],
    ["halvdan_share", "part", "insured_losses", "Halvdan Re's estimated share of the claims"],
    ["halvdan_share_fall", "other", None, "fall in Halvdan Re's share price on Monday"],
    ["economic_losses", "other", None, "total economic losses including uninsured"],
    ["claims_filed", "count", None, "insurance claims filed (running)"],
    ["average_claim", "other", None, "average insured loss per claim"],
    ["tornadoes_2029", "count", None, "tornadoes in the May 2029 outbreak"],
    ["deaths_2029", "count", None, "deaths in the May 2029 outbreak"],
    ["insured_losses_2029", "other", None, "insured losses of the May 2029 outbreak"],
    ["relief_fund", "other", None, "money raised by the Granton Community Fund (running)"],
    ["relief_donors", "count", None, "donors to the Granton Community Fund"],
    ["volunteers", "count", None, "volunteers registered in Granton"],
    ["volunteer_provinces", "other", None, "how many provinces away some volunteers came from"],
    ["debris", "other", None, "debris to be hauled away in Corwen County"],
    ["granton_sirens", "population", None, "outdoor sirens in Granton"],
    ["sirens_sounded", "count", None, "Granton sirens that sounded"],
    ["sirens_failed", "count", None, "Granton sirens that lost power"],
    ["granton_elem_pupils", "population", None, "pupils enrolled at Granton Elementary"],
    ["dunsley_distance", "other", None, "distance from Granton to Dunsley Middle School"],
    ["extra_buses", "count", None, "extra school buses a day"],
    ["pennock_children", "population", None, "Darla Pennock's children"],
    ["pennock_tub_time", "other", None, "time the Pennock family sheltered in the bathtub"],
    ["pennock_felt_time", "other", None, "how long the time in the tub felt"],
    ["chaser_distance", "other", None, "distance from which a storm chaser filmed the Granton tornado"],
    ["dorrington_years", "other", None, "years of chasing (optional)"],
    ["video_views", "count", None, "views of the storm chaser's footage"],
    ["larkham_cattle", "count", None, "cattle lost by Wade Larkham"],
    ["larkham_multiple", "other", None, "multiple of the provincial fund a farmer says is needed"],
    ["rensby_vigil", "count", None, "people at the candlelight vigil in Rensby"],
    ["outbreak_interval", "other", None, "interval between large outbreaks now, per an Ostvaldish climatologist"],
    ["outbreak_frequency", "other", None, "former frequency of large outbreaks (optional)"],
    ["outbreak_threshold", "other", None, "tornado count defining a large outbreak (optional)"],
    ["outbreak_threshold_window", "other", None, "window in the large-outbreak definition (optional)"],
    ["outbreak_window", "other", None, "length of the outbreak in days (optional)"],
    ["window_two_days", "other", None, "the two days of the outbreak as a window (optional)"],
    ["exchange_years", "other", None, "years the college exchange has run (optional)"],
    ["lookback_week", "other", None, "look-back 'A week after' (optional)"],
    ["lookback_five_days", "other", None, "look-back 'Five days after' (optional)"],
    ["weak_share", "other", None, "share of weak tornadoes (optional vague share)"],
    ["age_pennock", "other", None, "age (optional)"],
    ["age_tilly", "other", None, "age (optional)"],
    ["age_larkham", "other", None, "age (optional)"],
    ["age_student_a", "other", None, "age (optional)"],
    ["age_student_b", "other", None, "age (optional)"],
    ["age_brindle_victim", "other", None, "age (optional)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
