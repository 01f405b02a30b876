#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 3; writes meta.json beside this file."""
import json
import os

FOLDER = "castelbrun_wildfire_smoke"
EVENT = ("Smoke from forest fires in Arvenland's Lisk Hills over Castelbrun, capital of Merevia, for a week "
         "from Monday 12 to Sunday 18 September 2044: daily and hourly PM2.5 readings against the legal daily "
         "limit, the WHO guideline and the emergency threshold, days above the limit, hospital admissions and "
         "emergency calls as running counts with children and over-65s as parts, schools closed of the city's "
         "612, flights diverted and cancelled, masks distributed against the city's 2.4 million people, deaths, "
         "the fires in Arvenland, the Wrenfold district's figures, reported 13-20 September 2044 (fictional)")
NOTES = (
    "Dates (Sept 13, 6 September), calendar years (2037, 2044) and 'the 1990s' are not figures; 'PM2.5' / "
    "'PM2,5' is the name of the pollutant and 'FFP2' a mask standard, not figures; ordinals ('a second day', 'a second respiratory "
    "ward', 'the first sign') are not figures. PM2.5 daily averages are one quantity per day (Monday 148 ... "
    "Sunday 38 at Graywick Square); the highest hourly reading is a running maximum (402 on Tuesday "
    "afternoon -> 486 late on Tuesday night -> 531 on Wednesday evening), one quantity; the tabloid's forecast that "
    "Wednesday's average 'could top 300' and the measured 318 are one quantity (a projection and the "
    "result, as with an exit poll and the count), and so are the ratios quoted with them. Ratios to the limit are tied to the "
    "reading they divide: Tuesday's 'more than nine times', Wednesday's 'TWELVE TIMES' / 'almost 13 times' / "
    "'nearly 13 times' (one quantity), the hourly peak's 'nearly TWENTY times', Wednesday against the WHO "
    "guideline, the peak against 2037, Wrenfold's Saturday reading. The number of days above the limit is one "
    "running count (two -> three -> five -> six -> seven), and the episode's length ('Seven days of smoke', "
    "'lasted seven', 'six days under a brown sky') is counted in it, since every day of the episode exceeded "
    "the limit. Hospital admissions (286 -> more than 600 -> 1,410 -> 1,690 -> 1,980), emergency calls (about "
    "3,100 -> nearly 5,000 -> around 9,600 -> more than 10,000 -> 11,450), schools closed (214 -> 430 -> 598, "
    "including the broadsheet's day-by-day recap), masks distributed (about 150,000 -> more than 400,000 -> "
    "1.1 million -> 1.2 million -> 1.3 million), flights diverted, deaths and the burned area are running "
    "counts, one quantity each; children and over-65s are parts of admissions, Wrenfold's admissions, calls, "
    "schools and masks parts of the city's. The city's 2.4 million people, the metropolitan area's 3.3 "
    "million, the 612 schools, the 480 pharmacies and Wrenfold's 41,000 residents are stocks, not counts of "
    "the episode; the 2 million masks ordered are not the masks distributed. The limit (25), the WHO guideline "
    "(15) and the emergency threshold (150) are rules ('='). The age 65 defining the elderly group, the "
    "24-hour and one-hour windows that define the readings, ages of people quoted, look-backs ('a week ago') "
    "and vague shares ('more than two-thirds', 'less than a quarter', 'Fewer than one in a thousand') are "
    "optional, as is the advice to keep 'at least a week's' medicine.")

# id, role, part_of, description
Q = [
    ["pm_limit", "other", None, "Merevian legal daily limit for PM2.5 (µg/m³)"],
    ["pm_who", "other", None, "WHO daily guideline for PM2.5 (µg/m³)"],
    ["pm_emergency_threshold", "other", None, "daily PM2.5 level that triggers the emergency plan (µg/m³)"],
    ["pm_mon", "other", None, "PM2.5 daily average on Monday at Graywick Square"],
    ["pm_tue", "other", None, "PM2.5 daily average on Tuesday at Graywick Square"],
    ["pm_wed", "other", None, "PM2.5 daily average on Wednesday at Graywick Square (forecast and measured)"],
    ["pm_thu", "other", None, "PM2.5 daily average on Thursday at Graywick Square"],
    ["pm_fri", "other", None, "PM2.5 daily average on Friday at Graywick Square"],
    ["pm_sat", "other", None, "PM2.5 daily average on Saturday at Graywick Square"],
    ["pm_sun", "other", None, "PM2.5 daily average on Sunday at Graywick Square"],
    ["pm_peak_hourly", "other", None, "highest hourly PM2.5 reading of the episode so far (running maximum)"],
    ["pm_2037", "other", None, "peak daily PM2.5 level in the 2037 episode"],
    ["pm_window", "other", None, "averaging window of the daily reading (optional)"],
    ["pm_hour_unit", "other", None, "averaging window of the hourly reading (optional)"],
    ["ratio_tue", "other", None, "Tuesday's daily average relative to the limit"],
    ["ratio_wed", "other", None, "Wednesday's daily average relative to the limit"],
    ["ratio_wed_who", "other", None, "Wednesday's daily average relative to the WHO guideline"],
    ["ratio_peak_hourly", "other", None, "the hourly peak relative to the daily limit"],
    ["ratio_2037", "other", None, "the hourly peak relative to 2037's worst daily level"],
    ["wrenfold_pm_sat", "other", None, "PM2.5 reading at Wrenfold's Cardew Lane post overnight to Saturday"],
    ["wrenfold_pm_wed", "other", None, "PM2.5 daily average at Wrenfold's Cardew Lane post on Wednesday"],
    ["wrenfold_ratio_sat", "other", None, "Wrenfold's Saturday reading relative to the limit"],
    ["days_above_limit", "count", None, "days the air exceeded the daily limit / days the smoke episode had lasted (running)"],
    ["days_emergency", "count", None, "days above the emergency threshold"],
    ["plan_assumed_days", "other", None, "episode length assumed by the city's emergency plan"],
    ["admissions", "total", None, "hospital admissions for breathing problems in Castelbrun since Monday (running)"],
    ["admissions_children", "part", "admissions", "children among the admissions"],
    ["admissions_elderly", "part", "admissions", "people over 65 among the admissions"],
    ["wrenfold_admissions", "part", "admissions", "admissions at Wrenfold General Hospital"],
    ["wrenfold_admissions_children", "part", "wrenfold_admissions", "children among Wrenfold General's admissions"],
    ["wrenfold_icu", "part", "wrenfold_admissions", "Wrenfold General patients in intensive care at one point"],
    ["age_elderly_def", "other", None, "age defining the elderly group (optional)"],
    ["emergency_calls", "total", None, "breathing-related emergency calls to the ambulance service since Monday (running)"],
    ["calls_wed", "part", "emergency_calls", "breathing-related calls on Wednesday"],
    ["wrenfold_calls", "part", "emergency_calls", "breathing-related calls in Wrenfold"],
    ["calls_daily_normal", "other", None, "ambulance calls of all kinds on a normal day"],
    ["ambulance_wait", "other", None, "waiting time for non-urgent calls on Wednesday"],
    ["deaths", "count", None, "deaths under investigation in connection with the smoke (running)"],
    ["schools_total", "population", None, "schools in Castelbrun"],
    ["schools_closed", "total", None, "schools closed in Castelbrun (running)"],
    ["wrenfold_schools_closed", "part", "schools_closed", "schools closed in Wrenfold"],
    ["schools_share_vague", "other", None, "'more than two-thirds' of schools (optional vague share)"],
    ["pupils_home", "count", None, "pupils kept at home at the peak"],
    ["cardew_pupils", "population", None, "pupils at Cardew Lane Primary"],
    ["cardew_days_missed", "other", None, "school days Cardew Lane pupils missed"],
    ["city_pop", "population", None, "population of Castelbrun"],
    ["metro_pop", "population", None, "population of the metropolitan area"],
    ["wrenfold_pop", "population", None, "residents of Wrenfold"],
    ["admitted_share_vague", "other", None, "'Fewer than one in a thousand' residents admitted (optional vague share)"],
    ["masks_distributed", "total", None, "free masks distributed in Castelbrun (running)"],
    ["wrenfold_masks", "part", "masks_distributed", "free masks handed out in Wrenfold"],
    ["randall_masks", "part", "masks_distributed", "masks one pharmacy received and handed out in a morning"],
    ["randall_hours", "other", None, "hours the pharmacy's masks lasted"],
    ["masks_ordered", "other", None, "further masks ordered"],
    ["pharmacies", "population", None, "pharmacies handing out masks"],
    ["pharmacy_queue", "other", None, "length of a pharmacy queue in Wrenfold (metres)"],
    ["dhaliwal_runouts", "count", None, "times a Wrenfold pharmacy ran out of masks"],
    ["dhaliwal_days", "other", None, "days over which the pharmacy ran out"],
    ["construction_sites", "count", None, "public building sites where outdoor work was halted"],
    ["flights_diverted", "count", None, "flights diverted from Castelbrun-Orme airport (running)"],
    ["flights_cancelled", "count", None, "flights cancelled at Castelbrun-Orme airport (running)"],
    ["visibility", "other", None, "visibility at the airport on Tuesday morning"],
    ["burned_area", "other", None, "forest burned by the Lisk Hills fires (running, hectares)"],
    ["smoke_distance", "other", None, "distance the smoke travelled to Castelbrun"],
    ["firefighters", "count", None, "firefighters deployed in Arvenland"],
    ["firefighting_planes_total", "total", None, "water-bombing aircraft fighting the fires"],
    ["firefighting_planes", "part", "firefighting_planes_total", "water-bombing aircraft sent by Merevia"],
    ["fires_total", "total", None, "fires originally burning in the Lisk Hills"],
    ["fires_active", "part", "fires_total", "fires still burning on Thursday evening"],
    ["evacuated", "count", None, "inhabitants evacuated in Arvenland"],
    ["villages_evacuated", "count", None, "villages evacuated in Arvenland"],
    ["fires_lookback", "other", None, "'a week ago' the fires began (optional look-back)"],
    ["rain_may", "other", None, "rain in the Lisk Hills since May (mm)"],
    ["rain_share_vague", "other", None, "'less than a quarter' of the usual rain (optional vague share)"],
    ["rain_needed", "other", None, "rain needed to extinguish the fires (mm)"],
    ["rain_sat", "other", None, "rain on Saturday night in Castelbrun (mm)"],
    ["arv_aid", "other", None, "Arvenland's emergency aid for the fire region"],
    ["retail_drop", "other", None, "fall in city-centre retail turnover during the week"],
    ["retail_loss", "other", None, "lost retail trade in Castelbrun"],
    ["border_road_length", "other", None, "length of the closed motorway through the Lisk Hills"],
    ["detour_hours", "other", None, "detour for trucks (hours)"],
    ["fire_season_change", "other", None, "lengthening of the fire season since the 1990s"],
    ["medicine_supply", "other", None, "medicine supply advised (optional)"],
    ["cigarettes_equiv", "other", None, "cigarettes a day of the air is likened to"],
    ["bellringer_dad_children", "population", None, "children of a quoted father"],
    ["age_esterhazy", "other", None, "age of a quoted father (optional)"],
    ["age_leo", "other", None, "age of his son (optional)"],
    ["age_grabowski", "other", None, "age of a quoted pensioner (optional)"],
    ["esterhazy_wait", "other", None, "hours a family waited at the children's hospital"],
    ["wrenfold_ops_cancelled", "count", None, "planned operations cancelled at Wrenfold General"],
    ["greyfriars_residents", "population", None, "residents of Greyfriars Court sheltered housing"],
    ["tansley_checks", "other", None, "checks a day by the Greyfriars warden"],
    ["building_halt_days", "other", None, "days building work was halted at Cardew Lane"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
