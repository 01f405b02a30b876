#!/usr/bin/env python3
"""Hand-kept quantity table of event 3; writes meta.json beside it."""
import json
import os

FOLDER = "orvane_dam_failure"
EVENT = ("Failure of the Orvane earth dam on the river Lissel, Kessaria (fictional), at about 1.40am on Wednesday 7 "
         "March 2057 after days of rain on melting snow: the flood wave down the Lissel valley through Pellavin and "
         "Durnholm and across the border into Lorvenia (fictional); reported 7 March - 4 April 2057")
NOTES = (
    "The dead in Kessaria are one running quantity (at least 12 -> 23 -> 31 -> 36 -> 38); the two dead in Lorvenia are "
    "their own quantity, and the broadsheet's '40 in all' (and its headline's 40 dead) is a total of which both are "
    "parts. Pellavin's dead (9 -> 14 -> 19 -> 21) and the two who died in Durnholm's hospital are parts of the "
    "Kessarian dead. The missing are one running level (about 60 -> 41 -> 19 -> seven). The evacuated are one running "
    "count of people who left their homes in the valley (about 14,000 -> around 15,000 -> more than 16,000 -> 18,500 at "
    "the peak); those still unable to return (about 6,000 -> about 2,100) are a running part of it, and those in the "
    "school shelters a part of those. Lorvenia's evacuated (about 2,300, 1,700 of them in Ravny) are their own. The "
    "people rescued are one running count (more than 400 -> 650 -> more than 1,100 -> 1,240), with the 37 pulled out by "
    "Lorvenian crews as a part. The homes damaged or destroyed are one running count (2,700 -> 3,400 -> 3,900), with "
    "Durnholm's about 2,300 and the homes to be demolished (about 350 -> 410) as parts. The warning Pellavin had is one "
    "quantity with rival values (residents' no more than 20 minutes, the authority's 40 minutes, the inquiry's 14 "
    "minutes); the notification of Lorvenia is one quantity (three hours by the Lorvenian office, 'within 90 minutes' by "
    "the Kessarian ministry, almost three hours by the inquiry, and the Ravny mayor's 'three hours would have been a "
    "death sentence', which speaks of the same delay). 'within' is kept inside the quote with '<=' when it bounds a "
    "claimed measurement (the ministry's 'within 90 minutes'), and outside with '=' when it states a rule (the treaty's "
    "'one hour'). The rain is two quantities, its amount (more than 200 -> 210 millimetres) and its duration (three "
    "days; 60 hours). The peak inflow into the reservoir is one quantity with rival estimates (more than 600; the "
    "authority's 610; hydrologists' about 700); the spillway's capacity of 380 is its own. The damage in Kessaria is one "
    "quantity with the government's estimate and its revision and the insurers' rival estimate, in talers and euros "
    "(4.2 billion talers, 168 million euros -> 5.1 billion, about 204 million euros; insurers 6 billion talers, 240 "
    "million euros), and the insured part (1.4 billion talers) is its own; Lorvenia's damage (about 14 -> 19 million "
    "euros) is its own. The emergency aid (300 -> 750 million talers, 12 -> 30 million euros) and the household payment "
    "(20,000 talers, about 800 euros -> 50,000 talers, 2,000 euros) are amounts revised by decision. The repair money "
    "approved in 2055 (14 million talers) is one quantity; the 1.9 million actually spent on surveys is its own. "
    "Orvane's risk rating (level 3) and the scale (four-point) are two figures. The flooded area (about 60 -> 71 square "
    "kilometres) is one running quantity, with the farmland (about 5,200 hectares) as a part and its 73 per cent share "
    "as another base. The Brenna dam failure of 1959 (143 dead) and the 1981 flood (14 dead) are earlier events. Ages, "
    "a shop family's four generations and the look-backs ('Four days', 'One week', 'Four weeks') are optional. Not "
    "figures: years and dates, times of day ('1.40am', '11.35pm', '4.40am'), ordinals ('the first day', 'the first "
    "alarm'), 'a week', 'a few hours', and 'Not a single taler'.")
Q = [
    ["dead_total", "total", None, "dead in both countries (40 in all)"],
    ["dead", "part", "dead_total", "dead in Kessaria (running count; final 38)"],
    ["dead_lorv", "part", "dead_total", "dead in Lorvenia (two)"],
    ["dead_pellavin", "part", "dead", "dead from Pellavin (running count; final 21)"],
    ["hospital_died", "part", "dead", "dead who were brought to Durnholm's hospital alive (two)"],
    ["missing", "count", None, "people missing (running level)"],
    ["pellavin_death_pct", "other", None, "Pellavin's dead as a share of its people (more than 1 per cent)"],
    ["evacuated", "total", None, "people evacuated in the Lissel valley (running count; 18,500 at the peak)"],
    ["still_displaced", "part", "evacuated", "evacuated people still unable to return home (running level)"],
    ["shelter_people", "part", "still_displaced", "displaced people sleeping in school shelters (more than 1,100)"],
    ["evacuated_lorv", "total", None, "people evacuated in Lorvenia (about 2,300)"],
    ["evacuated_ravny", "part", "evacuated_lorv", "people evacuated in Ravny (1,700)"],
    ["rescued", "total", None, "people rescued from roofs, trees, cars and houses (running count)"],
    ["rescued_by_lorv", "part", "rescued", "people rescued by Lorvenian crews (37)"],
    ["rescued_by_helicopter_pct", "other", None, "share of the rescued lifted out by helicopter (about 40 per cent)"],
    ["rescuers", "count", None, "soldiers, firefighters and volunteers in the search (running; more than 2,000 at the peak)"],
    ["helicopters", "count", None, "helicopters in the search (14 -> 19)"],
    ["lorv_helicopters", "count", None, "helicopters sent by Lorvenia (three)"],
    ["lorv_rescuers", "count", None, "rescuers sent by Lorvenia (60)"],
    ["volunteers", "count", None, "residents signed up to clear mud (about 3,000)"],
    ["dam_height", "other", None, "height of the Orvane dam (48 metres)"],
    ["dam_age", "other", None, "age of the dam when it failed (89 years)"],
    ["reservoir_volume", "other", None, "water held in the reservoir (32 million cubic metres)"],
    ["water_released", "other", None, "water released into the valley (about 26 million cubic metres)"],
    ["water_ratio_lake", "other", None, "water released as a multiple of Lake Vira (more than ten times)"],
    ["reservoir_rise", "other", None, "rise of the reservoir before the failure (4.1 metres)"],
    ["reservoir_rise_window", "other", None, "period of the reservoir's rise (48 hours)"],
    ["rainfall", "other", None, "rain that fell before the failure (more than 200 -> 210 millimetres)"],
    ["rain_period", "other", None, "duration of the rain (three days; 60 hours)"],
    ["overtopping", "other", None, "time water flowed over the dam before it breached (about two hours)"],
    ["spillway_capacity", "other", None, "spillway capacity (380 cubic metres a second)"],
    ["inflow_peak", "other", None, "peak inflow into the reservoir (more than 600; 610; about 700 cubic metres a second)"],
    ["wave_height_pellavin", "other", None, "height of the flood wave at Pellavin (up to eight metres)"],
    ["wave_storeys", "other", None, "the wave's height in storeys of a house (three)"],
    ["pellavin_distance", "other", None, "distance from the dam to Pellavin (six kilometres)"],
    ["pellavin_pop", "population", None, "people of Pellavin (about 1,900)"],
    ["wave_travel_durnholm", "other", None, "time the wave took to reach Durnholm (almost three hours)"],
    ["durnholm_distance", "other", None, "distance from the dam to Durnholm (38 kilometres)"],
    ["durnholm_rise", "other", None, "rise of the river at Durnholm above its normal level (2.4 metres)"],
    ["durnholm_rise_time", "other", None, "time the river took to rise at Durnholm (about 50 minutes)"],
    ["durnholm_pop", "population", None, "residents of Durnholm (42,000)"],
    ["durnholm_water_depth", "other", None, "depth of standing water in the Mill quarter on 8 March (80 centimetres)"],
    ["wall_margin", "other", None, "margin by which the river stayed below the top of Durnholm's flood wall (ten centimetres)"],
    ["wall_height", "other", None, "height of Durnholm's flood wall (2.5 metres)"],
    ["warning_pellavin", "other", None, "warning Pellavin had before the wave (residents no more than 20; authority 40; inquiry 14 minutes)"],
    ["sirens", "population", None, "warning sirens along the valley (11)"],
    ["sirens_sounded", "count", None, "sirens that sounded (four)"],
    ["sirens_pellavin", "population", None, "sirens in Pellavin (three)"],
    ["area_flooded", "total", None, "area flooded (about 60 -> 71 square kilometres)"],
    ["farmland_flooded", "part", "area_flooded", "farmland under water (about 5,200 hectares)"],
    ["farmland_share", "other", None, "farmland as a share of the area flooded (73 per cent)"],
    ["livestock_dead", "total", None, "cattle and sheep drowned (about 2,800)"],
    ["lind_cows", "part", "livestock_dead", "a Pellavin farmer's cows lost (120)"],
    ["no_power", "count", None, "homes without electricity (running level: some 27,000 -> some 9,000)"],
    ["homes_hit", "total", None, "homes damaged or destroyed in the valley (running count)"],
    ["homes_durnholm", "part", "homes_hit", "homes damaged or destroyed in Durnholm (about 2,300)"],
    ["homes_destroyed", "part", "homes_hit", "homes to be demolished (about 350 -> 410)"],
    ["hospital_treated", "total", None, "people treated at Durnholm's hospital (about 80 -> 212)"],
    ["hospital_serious", "part", "hospital_treated", "people at Durnholm's hospital in a serious condition on 7 March (11)"],
    ["hospital_still", "part", "hospital_treated", "flood patients still in Durnholm's hospital on 13 March (38)"],
    ["helga_roof", "other", None, "hours a survivor spent on a barn roof (five)"],
    ["pellavin_funeral", "count", None, "coffins at the Pellavin funeral (11)"],
    ["schools_closed", "count", None, "schools closed in the valley (31)"],
    ["schools_shelters", "count", None, "schools used as shelters (eight)"],
    ["schools_reopen", "other", None, "schools the education office hopes to reopen (20)"],
    ["pupils", "count", None, "pupils without lessons (6,400)"],
    ["water_outage", "other", None, "time Durnholm's tap water was unsafe (six days)"],
    ["bottled_water", "other", None, "bottled water handed out (1.2 million litres)"],
    ["businesses_flooded", "count", None, "businesses flooded (640)"],
    ["business_losses", "other", None, "losses of the flooded businesses (380 million talers, about 15 million euros)"],
    ["payment_applications", "count", None, "households that had applied for the payment by 13 March (4,100)"],
    ["households_paid", "count", None, "households paid by 4 April (4,900)"],
    ["payments_paid", "other", None, "total household payments made (245 million talers)"],
    ["household_payment", "other", None, "emergency payment per flooded household (20,000 talers, about 800 euros -> 50,000 talers, 2,000 euros)"],
    ["debris", "other", None, "debris carried away (more than 9,000 tonnes)"],
    ["protest_durnholm", "count", None, "people at the protest march in Durnholm (about 1,500)"],
    ["emergency_aid", "other", None, "the state's emergency aid (300 -> 750 million talers; 12 -> 30 million euros)"],
    ["exchange_rate", "other", None, "exchange rate (25 talers to the euro)"],
    ["damage_kess", "other", None, "damage in Kessaria (government 4.2 -> 5.1 billion talers; insurers 6 billion; with euro conversions)"],
    ["insured_losses", "other", None, "insured part of the damage (1.4 billion talers)"],
    ["insured_share", "other", None, "insured share of the damage (about 23 per cent)"],
    ["union_fund_request", "other", None, "Kessaria's request to the Northern Council's disaster fund (60 million euros)"],
    ["damage_lorv", "other", None, "damage in Lorvenia (about 14 -> 19 million euros)"],
    ["lorv_aid", "other", None, "Lorvenia's aid offer to Kessaria (2 million euros)"],
    ["repair_budget", "other", None, "repair money approved in 2055 (14 million talers)"],
    ["repair_spent", "other", None, "part of the repair money spent on surveys (1.9 million talers)"],
    ["warning_years", "other", None, "time since bosses were warned of the leak (three years)"],
    ["dam_risk_level", "other", None, "Orvane's risk rating (level 3)"],
    ["dam_risk_scale", "other", None, "size of the risk scale (four-point)"],
    ["dams_national", "population", None, "dams in Kessaria (212)"],
    ["dams_high_risk", "count", None, "Kessarian dams rated high-risk (37)"],
    ["dams_high_risk_pct", "other", None, "share of dams rated high-risk (about 17 per cent)"],
    ["dam_check_deadline", "other", None, "time within which all dams are to be checked (six months)"],
    ["repair_backlog", "other", None, "cost of the repairs the high-risk dams need (2.6 billion talers)"],
    ["backlog_ratio", "other", None, "repair backlog as a multiple of the yearly maintenance budget (more than ten times)"],
    ["maintenance_budget", "other", None, "the authority's yearly maintenance budget (230 million talers)"],
    ["rebuild_cost", "other", None, "cost of rebuilding the dam (1.1 billion talers)"],
    ["rebuild_years", "other", None, "time to rebuild the dam (five years)"],
    ["removal_cost", "other", None, "cost of removing the dam (about 240 million talers)"],
    ["oberg_salary", "other", None, "the authority director's salary (190,000 talers a year)"],
    ["engineers_suspended", "count", None, "engineers suspended with the director (two)"],
    ["officials_investigated", "count", None, "officials under investigation for negligent homicide (three)"],
    ["border_distance", "other", None, "distance from the dam to the Lorvenian border (71 kilometres)"],
    ["wave_travel_ravny", "other", None, "time the wave took to reach Ravny (about 16 hours)"],
    ["ravny_level", "other", None, "peak river level at the Ravny gauge (6.1 metres)"],
    ["ravny_level_normal", "other", None, "normal river level at Ravny (1.8 metres)"],
    ["ravny_rise", "other", None, "rise at Ravny above the normal level (4.3 metres)"],
    ["ravny_pop", "population", None, "inhabitants of Ravny (8,400)"],
    ["buildings_lorv", "count", None, "buildings flooded in Lorvenia (about 600)"],
    ["ravny_generators", "count", None, "emergency generators destroyed in Ravny's hospital (two)"],
    ["fisherman_distance", "other", None, "distance downstream at which a fisherman's body was found (three kilometres)"],
    ["treaty_deadline", "other", None, "the river treaty's deadline to warn the other country (one hour)"],
    ["notification_delay", "other", None, "time before Lorvenia was told of the breach (three hours; within 90 minutes; almost three hours)"],
    ["hypothetical_distance", "other", None, "the Ravny mayor's hypothetical distance of a dam from the border (ten kilometres)"],
    ["lorv_dams", "population", None, "Lorvenian dams of a similar type (seven)"],
    ["dead_1959", "other", None, "dead in the Brenna dam failure of 1959 (143)"],
    ["dead_1981", "other", None, "dead in the 1981 flood (14)"],
    ["age_helga", "other", None, "a survivor's age (optional)"],
    ["age_lukas", "other", None, "her grandson's age (optional)"],
    ["age_fisherman", "other", None, "the Lorvenian fisherman's age (optional)"],
    ["shop_generations", "other", None, "generations a shop has been in a family (optional)"],
    ["lookback_days", "other", None, "days since the failure, dating the translated copy (optional)"],
    ["lookback_week", "other", None, "weeks since the failure, dating the local paper (optional)"],
    ["lookback_weeks", "other", None, "weeks since the failure, dating the broadsheet (optional)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
