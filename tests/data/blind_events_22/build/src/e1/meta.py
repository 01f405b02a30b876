#!/usr/bin/env python3
"""Hand-kept quantity table for event e1 (Dravok earthquake); writes meta.json beside it."""
import json
import os

FOLDER = "dravok_earthquake"
EVENT = ("Magnitude 7.1 (first 6.8) earthquake in the Dravok Highlands of northern Tervania at 02:14 on "
         "Saturday 3 November 2046 (fictional), epicentre near Kirrach, and its aftershocks: deaths, injured, "
         "missing and rescued as running counts, magnitude and depth and their revision, aftershock counts, "
         "buildings damaged and destroyed by town, displaced people and shelter places, rival damage "
         "estimates and aid pledged by donors, reported 3-11 November 2046")
NOTES = (
    "Running counts reported anew are one quantity each: deaths (at least 37 -> 112 -> 186 -> 241 -> 268), "
    "injured (more than 400 -> past 1,000 / 1,030 -> 1.460 -> 1,720 -> 1,804), missing (about 90 -> 74 -> 48 -> "
    "23 -> nine), rescued alive (54 -> 131 -> 146), aftershocks (more than 120 -> 340 -> more than 600 -> 870 -> "
    "1,140) and those of magnitude 4 or more (18 -> 31 -> 47; 'above 4' and '4 or more' are read as the same "
    "class), Kirrach's dead (at least 21 -> 64 -> 97), the dead children (at least 23 -> 38), the Velassan dead "
    "(TWO -> four), still in hospital (540 -> 388) with intensive care (63 -> 41), households without power "
    "(about 60,000 -> 8,200; the local paper's '60,000 on Saturday morning' is the same quantity), roads closed "
    "(27 -> 11), villages cut off (at least 34 -> 12), tents (6.500 -> 11,000), shelter places (18.000 -> "
    "30,500), Tervanian rescuers (some 2,300 -> more than 3.000) and the running total of aid pledged (EUR 170m "
    "in the tabloid's fact box -> EUR 420m at the donors' conference). "
    "A statistic and its revision, and rival estimates of one amount, are one quantity: the main shock's "
    "magnitude (TGI 6.8 revised to 7.1; the Velassan service's 7.0); its depth (about 10 km revised to 14 km); "
    "the displaced (at least 24,000, more than 40,000 / 41,000, 47.500, 49,000, 52,500 from the authorities and "
    "the Alliance's 'as many as 70.000' / 70,000 - all of people who cannot return home, so one quantity "
    "although the Alliance counts families who left the province); damage (the government's 2,4 milliard / 2.4 "
    "billion revised to 3.1 billion, and the Continental Development Bank's up to 4.5 billion, which includes "
    "lost income); Velassa's pledge (EUR 20m raised to 35 million); buildings damaged (more than 3,000 from the "
    "air -> 8,400 -> 11,250 in the survey); buildings destroyed (2,100 -> 2,360). "
    "Different quantities: insured losses (about EUR 160m) vs total damage; the EUR 50m emergency fund vs aid "
    "pledged; Saturday's 5.4 aftershock, Sunday's 5.9 aftershock and Tuesday's 4.6 tremor (three distinct "
    "events) and the main shock; the magnitude-4 class threshold vs the magnitude-6 risk threshold; the 1981 "
    "quake's 6.4 and 71 dead; the 14 km to the epicentre from Kirrach vs the 14 km depth (equal values, "
    "different measures); 97 deaths in Kirrach vs its 17,000 displaced; 1,200 tents on the Mill Road ground "
    "inside the province's tents; 'nearly THREE TIMES' is the ratio of the 8,400 damaged buildings to the first "
    "estimate, 'nearly four times' the ratio of deaths to 1981's, 'nearly three times' the energy ratio of 7.1 "
    "to 6.8; '260 more' is the revision of destroyed buildings, its own count. "
    "Parts: Kirrach's, Selmo's, Hodra's dead, the dead children and the Velassan dead inside deaths (Linden "
    "Street's 19 inside Kirrach's dead, the 14 pupils inside the dead children); the seriously injured, those "
    "flown out (at least 85; the 27 flown to Velassa), the Velassans slightly injured and those still in "
    "hospital inside the injured (intensive care inside still in hospital); Kirrach's missing inside missing; "
    "the Velassan team's nine rescued inside those rescued alive; each town's damaged buildings and the "
    "destroyed buildings inside the damaged (Kirrach's 940 and Sunday's 12 collapses inside the destroyed); "
    "Kirrach's displaced inside the displaced; each donor's pledge inside aid pledged (Velassa's EUR 12m in kind "
    "inside Velassa's). "
    "Not figures: the date 3 November, 'Nov 3', clock times 02:14, '2.14am', 06:00, the years 1981, 1989, 1994, "
    "1911, the page number 9, 'the two hikers' (pronoun use), 'a married couple', 'a single block'. Ages, "
    "look-backs ('Two days after', 'Eight days after', 'two years ago', 'more than 60 years') and the forecast "
    "window 'in two weeks' are optional, as are the vague shares 'About one in three', 'nearly half', 'fewer "
    "than one in ten' and 'less than a seventh' (nominal values 33, 50, 10, 14 per cent). 'TEN HOURS' is read "
    "with its 'up to' (bound <=). The headline 'At least 37' in the wire copy includes no noun; the tabloid's "
    "'past 1,000' is a bound on the same injured count as its exact 1,030.")
Q = [
    # id, role, part_of, description
    ["deaths", "total", None, "People killed by the earthquake and its aftershocks in Tervania (running count)"],
    ["deaths_kirrach", "part", "deaths", "People killed in the town of Kirrach (running count)"],
    ["deaths_linden", "part", "deaths_kirrach", "People killed in the collapsed block on Linden Street, Kirrach"],
    ["deaths_selmo", "part", "deaths", "People killed in the town of Selmo"],
    ["hodra_dead", "part", "deaths", "Villagers of Hodra dead before soldiers arrived ('three of them')"],
    ["deaths_children", "part", "deaths", "Children among the dead (running count)"],
    ["deaths_pupils_kirrach", "part", "deaths_children", "Dead children who were pupils at Kirrach's schools"],
    ["deaths_velassan", "part", "deaths", "Velassan citizens among the dead (running count)"],
    ["injured", "total", None, "People injured (running count)"],
    ["injured_serious", "part", "injured", "Seriously injured people (tabloid, 4 Nov)"],
    ["injured_flown", "part", "injured", "Injured flown to Marvenhal and other cities on the first day"],
    ["injured_flown_velassa", "part", "injured", "Seriously injured Tervanians flown by Velassan air force aircraft to Santavel and Orrena"],
    ["velassans_injured", "part", "injured", "Velassan citizens slightly injured"],
    ["hospital_still", "part", "injured", "Injured people still in hospital (running level)"],
    ["intensive_care", "part", "hospital_still", "Patients in intensive care (running level)"],
    ["missing", "total", None, "People missing across the province (running count)"],
    ["missing_kirrach", "part", "missing", "People missing in Kirrach (7 Nov)"],
    ["rescued_alive", "total", None, "People pulled alive from the rubble since the quake (running count)"],
    ["rescued_velassan", "part", "rescued_alive", "People pulled out alive by the Velassan team"],
    ["magnitude", "other", None, "Magnitude of the main shock (TGI first 6.8, revised 7.1; Velassan service 7.0)"],
    ["magnitude_gap", "other", None, "Difference between the two networks' magnitudes ('one tenth')"],
    ["energy_ratio", "other", None, "Ratio of energy of a magnitude 7.1 to a 6.8 quake ('nearly three times')"],
    ["depth", "other", None, "Depth of the main shock's hypocentre (about 10 km, revised to 14 km)"],
    ["epicentre_distance", "other", None, "Distance of the epicentre south-west of Kirrach"],
    ["distance_capital", "other", None, "Distance from the epicentral area to Marvenhal"],
    ["distance_stations", "other", None, "Distance of the Velassan stations from the epicentre ('less than 100 kilometres')"],
    ["selmo_distance", "other", None, "Distance of Selmo from the epicentre"],
    ["shaking_duration", "other", None, "Duration of the main shaking"],
    ["aftershocks", "total", None, "Aftershocks recorded since the main shock (running count)"],
    ["aftershocks_m4", "part", "aftershocks", "Aftershocks of magnitude above 4 / 4 or more (running count)"],
    ["aftershock_threshold", "other", None, "Magnitude threshold (4) defining the stronger aftershocks"],
    ["aftershock_sat_mag", "other", None, "Magnitude of Saturday morning's strongest aftershock (5.4)"],
    ["aftershock_sun_mag", "other", None, "Magnitude of Sunday afternoon's aftershock, the strongest (5.9)"],
    ["aftershock_tue_mag", "other", None, "Magnitude of Tuesday night's tremor (4.6)"],
    ["aftershock_risk_threshold", "other", None, "Magnitude above which a further shock is assessed (6)"],
    ["aftershock_risk", "other", None, "Probability of a further shock above magnitude 6 in the coming weeks"],
    ["mag_1981", "other", None, "Magnitude of the 1981 Dravok quake"],
    ["deaths_1981", "count", None, "Deaths in the 1981 Dravok quake"],
    ["deaths_ratio_1981", "other", None, "Ratio of the death toll to 1981's ('nearly four times')"],
    ["since_last_bigger", "other", None, "Years since a quake as strong hit Tervania (look-back)"],
    ["days_since_quake", "other", None, "Days since the quake at the time of writing (look-back)"],
    ["winter_in", "other", None, "Time until winter arrives in the Dravok ('in two weeks')"],
    ["bldg_damaged", "total", None, "Buildings damaged in the province (first count from the air, then surveys)"],
    ["bldg_damaged_ratio", "other", None, "Ratio of the 8,400 damaged buildings to Saturday's first estimate"],
    ["bldg_destroyed", "part", "bldg_damaged", "Buildings collapsed or to be demolished in the province (2,100 -> 2,360)"],
    ["bldg_destroyed_revision", "count", None, "Increase in destroyed buildings over the first survey ('260 more')"],
    ["bldg_sunday_collapsed", "part", "bldg_destroyed", "Already-damaged buildings in Selmo brought down by Sunday's aftershock"],
    ["bldg_damaged_kirrach", "part", "bldg_damaged", "Damaged buildings in Kirrach"],
    ["bldg_destroyed_kirrach", "part", "bldg_destroyed", "Buildings beyond repair in Kirrach"],
    ["bldg_damaged_selmo", "part", "bldg_damaged", "Damaged buildings in Selmo"],
    ["bldg_damaged_ulvenna", "part", "bldg_damaged", "Damaged buildings in Ulvenna"],
    ["kirrach_red_share", "other", None, "Share of old-town homes in Kirrach with a red sticker (vague)"],
    ["destroyed_pre1994_share", "other", None, "Share of collapsed buildings built before the 1994 code"],
    ["code_amendments", "count", None, "Times the 1994 seismic code has been amended"],
    ["newbuild_inspected_share", "other", None, "Share of new highland buildings inspected during construction (vague)"],
    ["building_inspectors", "population", None, "Building inspectors employed by the province"],
    ["audit_report_ago", "other", None, "How long ago the Audit Office report appeared (look-back)"],
    ["displaced", "total", None, "People who cannot return home / forced from their homes (official running count and the Alliance's rival estimate)"],
    ["displaced_kirrach", "part", "displaced", "People in Kirrach who cannot return home"],
    ["displaced_kirrach_share", "other", None, "Share of Kirrach's population displaced ('nearly half', vague)"],
    ["shelter_towns", "count", None, "Towns where schools and halls were opened as shelters on the first day"],
    ["shelter_places", "count", None, "Places in schools, halls and barracks for the displaced (running level)"],
    ["tents", "total", None, "Tents in the camps across the province (running level)"],
    ["tents_mill_road", "part", "tents", "Tents in the camp on the Mill Road sports ground, Kirrach"],
    ["kirrach_schools", "population", None, "Schools in Kirrach"],
    ["schools_shelters_kirrach", "count", None, "Kirrach schools used as shelters"],
    ["prefab_families", "other", None, "Families promised prefabricated homes by the end of January"],
    ["prefab_rate", "other", None, "Prefabricated units arriving per day"],
    ["prefab_duration", "other", None, "Time needed to deliver the promised prefabricated homes at that rate"],
    ["rescuers", "count", None, "Tervanian rescuers working in the area (running level)"],
    ["helicopters", "count", None, "Helicopters supporting the rescue on the first day"],
    ["foreign_teams", "count", None, "Foreign rescue teams in the region"],
    ["foreign_team_countries", "count", None, "Countries the foreign rescue teams came from"],
    ["velassan_team", "count", None, "Rescuers in Velassa's search team"],
    ["velassan_dogs", "count", None, "Dogs with Velassa's search team"],
    ["velassan_aircraft", "count", None, "Velassan air force aircraft that flew injured to Velassa"],
    ["baby_hours", "other", None, "Hours the baby Mila spent under the rubble"],
    ["baby_age", "other", None, "Age of the baby Mila (months)"],
    ["boy_age", "other", None, "Age of the boy rescued by the Velassan team"],
    ["boy_hours", "other", None, "Hours the boy was trapped under a staircase"],
    ["rescue_delay", "other", None, "Time rescue teams took to reach some mountain villages ('up to TEN HOURS')"],
    ["roads_closed", "count", None, "Roads into the highlands blocked / closed (running level)"],
    ["villages_cut_off", "count", None, "Villages reachable only by air or on foot (running level)"],
    ["power_out", "count", None, "Households without electricity (running level)"],
    ["temp_night", "other", None, "Forecast overnight temperature in the highlands on the first night"],
    ["mourning_days", "other", None, "Days of national mourning declared"],
    ["emergency_fund", "other", None, "Government emergency fund released on the first day"],
    ["damage", "other", None, "Estimated total damage (government 2.4bn -> 3.1bn; Continental Development Bank up to 4.5bn)"],
    ["damage_gdp_share", "other", None, "First damage estimate as a share of Tervania's GDP"],
    ["gdp", "other", None, "Size of Tervania's economy per year"],
    ["insured_losses", "other", None, "Insured losses estimated by the Insurers' Council"],
    ["homes_insured_share", "other", None, "Share of Dravok homes with earthquake cover"],
    ["homes_insured_share_velassa", "other", None, "Share of homes in Velassa with earthquake cover"],
    ["deficit_limit", "other", None, "Deficit limit (share of output) suspended for next year"],
    ["reconstruction_years", "other", None, "Time reconstruction will take, per the Development Bank"],
    ["aid_total", "total", None, "Foreign aid pledged in total (running: EUR 170m -> EUR 420m at the donors' conference)"],
    ["aid_cu", "part", "aid_total", "Aid pledged by the Continental Community"],
    ["aid_velassa", "part", "aid_total", "Aid pledged by Velassa (20m raised to 35m)"],
    ["aid_velassa_inkind", "part", "aid_velassa", "Part of Velassa's aid given in kind (tents, generators, medical material)"],
    ["aid_aldermark", "part", "aid_total", "Aid pledged by the Kingdom of Aldermark"],
    ["aid_damage_share", "other", None, "Pledges as a share of the government's damage estimate ('less than a seventh', vague)"],
    ["velassa_collection", "other", None, "Money raised by the Velassan Relief Society collection"],
    ["velassans_in_region", "population", None, "Velassan citizens in the region at the time of the quake"],
    ["pop_kirrach", "population", None, "Population of Kirrach"],
    ["pop_selmo", "population", None, "Population of Selmo"],
    ["pop_region", "population", None, "Population of the Dravok Highlands"],
    ["linden_residents", "population", None, "People who lived in the collapsed Linden Street block"],
    ["linden_storeys", "other", None, "Storeys of the collapsed Linden Street block"],
    ["sorvik_children", "population", None, "Children of Hanne Sorvik"],
    ["kovell_children", "population", None, "Children of Andrej Kovell ('dad-of-three')"],
    ["kovell_age", "other", None, "Age of Andrej Kovell"],
    ["drobny_age", "other", None, "Age of firefighter Lenka Drobny"],
    ["usk_age", "other", None, "Age of Milena Usk"],
    ["funeral_coffins", "count", None, "Coffins at the first funerals in Kirrach"],
    ["funeral_mourners", "count", None, "Mourners at the first funerals in Kirrach"],
    ["kgh_beds", "population", None, "Beds of Kirrach District Clinic"],
    ["kgh_beds_in_use", "count", None, "Kirrach District Clinic beds in use after the evacuation of its east wing"],
    ["blankets", "count", None, "Blankets handed out in the Kirrach camp"],
    ["herald_appeal", "other", None, "Money raised by the Herald's earthquake appeal"],
    ["herald_donors", "count", None, "Readers and businesses who gave to the Herald's appeal"],
    ["bank_match_cap", "other", None, "Cap on the Dravok Savings Bank's matching of donations"],
    ["blood_donations", "count", None, "Blood donations at Kirrach hospital since Saturday"],
    ["blood_normal_period", "other", None, "Normal period in which fewer donations are taken (look-back comparison)"],
]
here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json: {len(Q)} quantities")
