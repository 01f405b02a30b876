#!/usr/bin/env python3
"""Hand-kept quantity table for e1 (kestrelmoor_mine_collapse); writes meta.json beside it."""
import json
import os

FOLDER = "kestrelmoor_mine_collapse"
EVENT = ("Roof fall at the Kestrelmoor colliery, Brodavel, Norvaskia (fictional), at 6.40am on Tuesday 11 July 2062, "
         "trapping 41 miners (first reported as 38); 26 in a refuge chamber brought out on Saturday 15 July, 11 of the "
         "15 beyond the fall brought out by 3.10am on Monday 17 July, four dead beyond the fall and one injured man "
         "dead in hospital; reported 11-29 July 2062")
NOTES = (
    "Running counts and corrections are one quantity: the men underground (the company's 124, corrected to 127 when "
    "three contractors missing from the lamp-room register were found), the trapped (38 -> 41), the rescuers on site "
    "(about 140 -> about 260 -> more than 300 -> about 350 -> 410), the rubble cleared (about 6 -> about 20 metres), the "
    "dead (1 -> 5), the rescued alive (37), the Lemvians among the trapped (the embassy's 'at least six' -> the "
    "ministry's nine) and the families' fund (1.2 -> 3.6 million skels). Rival estimates of one amount: the length of "
    "the fall (the company's about 90 metres, the brigade's about 130, the final survey's 126); the time needed to "
    "reach the 15 men beyond the fall (the company's 'within 48 hours' and '48 hours', the brigade's three to five "
    "days, the union's at least seven days; made on different days, they are taken as estimates of one amount, the "
    "time the cut-through would take), which is kept apart from the time it actually took from the fall ('more than "
    "five days', a different starting point); the safety notices of 2061 (the inspectorate's 37, the union's 52, "
    "which counts reissued notices); the rescue's cost (the ministry's 65 million skels, about 8 million euros, "
    "Ostrand's about 50 million). The drilling time of the first borehole is one quantity whether estimated ('two "
    "days', before drilling) or measured ('38-hour', '38 hours'); the time to first contact is 'almost two days' in "
    "the tabloid and '43 hours' elsewhere; the borehole's diameter is '152-millimetre', '15cm' and '15-centimetre'. "
    "Different quantities with equal or close values: the 41 trapped and the 41 men of the roof crews; the 37 "
    "rescued and the 37 peals of the bells and the 37 safety notices; the 11 survivors beyond the fall, the 11 "
    "men Arvo Dessing led out, the 11 per cent share fall and the eleven mining deaths of 2061; the 1.2 million "
    "skels raised for the families and the 1.2 million skels of 2061 fines; the 48 Lemvian rescuers and the 48 "
    "hours; the chamber's 96 hours of air for 20 men and its about 74 hours for 26; the depth of the fall (680 "
    "metres), of the chamber (710 metres) and the borehole's length (about 715 metres). The air for 26 men is "
    "the union's calculation, not a rival to the rated 96 hours. 'one of the four seriously hurt' identifies "
    "Emil Rask and is not a figure; the Jubilee airway is named without a number.")

Q = [
    # id, role, part_of, description
    ["on_shift", "total", None, "miners underground at Kestrelmoor when the roof fell (company's first count 124, corrected to 127)"],
    ["escaped", "part", "on_shift", "miners who reached the surface on their own in the first hours (86)"],
    ["trapped", "part", "on_shift", "miners trapped by the fall (first 38, corrected to 41)"],
    ["contractors", "part", "trapped", "contractors missing from the lamp-room register, the correction from 38 to 41 (three)"],
    ["group_a", "part", "trapped", "trapped miners in the refuge chamber (26)"],
    ["group_b", "part", "trapped", "trapped miners cut off beyond the fall (15)"],
    ["gb_alive", "part", "group_b", "men beyond the fall found alive and later brought out (11)"],
    ["rescued", "part", "trapped", "trapped miners rescued alive (37)"],
    ["kept_overnight", "part", "rescued", "rescued miners kept in hospital overnight (29)"],
    ["in_hosp_mon", "part", "rescued", "rescued miners still in hospital on Monday 17 July (eight)"],
    ["icu", "part", "in_hosp_mon", "rescued miners in intensive care on Monday 17 July (two)"],
    ["deaths", "total", None, "dead in the accident, running (1 -> 5)"],
    ["dead_mine", "part", "deaths", "miners found dead beyond the fall (four)"],
    ["hosp", "part", "escaped", "escaped miners taken to hospital on the first day (17)"],
    ["serious", "part", "hosp", "escaped miners seriously injured (four)"],
    ["dessing_group", "part", "escaped", "men Arvo Dessing led to the shaft (11)"],
    ["lemv_trapped", "part", "trapped", "Lemvian citizens among the trapped (at least six -> nine)"],
    ["lemv_a", "part", "lemv_trapped", "Lemvians among the men in the refuge chamber (six)"],
    ["lemv_b", "part", "lemv_trapped", "Lemvians among the men beyond the fall (three)"],
    ["rescuers", "total", None, "rescuers at the site, running (about 140 -> 410)"],
    ["lemv_resc", "part", "rescuers", "Lemvian mine rescuers at the site (48)"],
    ["resc_teams", "count", None, "rescue teams working in rotation on the first day (three)"],
    ["lemv_vehicles", "count", None, "vehicles the Lemvian rescue team came with (six)"],
    ["boreholes", "count", None, "narrow boreholes drilled to the trapped men (two)"],
    ["depth", "other", None, "depth of the fall below the surface (680 metres)"],
    ["chamber_depth", "other", None, "depth of the refuge chamber (710 metres)"],
    ["fall_len", "other", None, "length of roadway blocked by the fall (about 90 / about 130 / 126 metres)"],
    ["fall_dist", "other", None, "distance of the fall from the shaft bottom (1.4 kilometres)"],
    ["chamber_cap", "population", None, "places in the refuge chamber (20)"],
    ["chamber_air", "other", None, "air supply of the refuge chamber at its rated load (96 hours)"],
    ["air_26", "other", None, "how long the chamber's air would have lasted for 26 men (about 74 hours)"],
    ["cleared", "other", None, "rubble cleared by the rescuers, running (about 6 -> about 20 metres)"],
    ["methane", "other", None, "methane in the roadway at noon on the first day (1.1 per cent)"],
    ["methane_limit", "other", None, "methane level at which the brigade must withdraw (1.25 per cent)"],
    ["bore_diam", "other", None, "diameter of the first borehole (152 millimetres / 15 cm)"],
    ["bore_len", "other", None, "length of rock the first borehole had to cut (about 715 metres)"],
    ["bore_time", "other", None, "time to drill the first borehole (estimated two days; 38 hours)"],
    ["contact_time", "other", None, "time from the fall to first contact with the refuge chamber (almost two days; 43 hours)"],
    ["temp", "other", None, "temperature in the refuge chamber (31 degrees)"],
    ["reach_b_est", "other", None, "estimated time needed to reach the men beyond the fall (48 hours; three to five days; at least seven days)"],
    ["reach_b_time", "other", None, "time it actually took to reach the men beyond the fall, from the fall (more than five days)"],
    ["est_a_out", "other", None, "brigade's estimate of the time to bring out the chamber group (within 36 hours)"],
    ["hours_a", "other", None, "time the chamber group spent underground (almost 111 hours)"],
    ["hours_b", "other", None, "time the men beyond the fall spent underground (more than 140 hours)"],
    ["airway_days", "other", None, "days of work to clear the old return airway (three)"],
    ["dug_by_hand", "other", None, "final stretch of rubble dug by hand to the men beyond the fall (40 metres)"],
    ["rubble_tonnes", "other", None, "rock moved by the rescuers (more than 900 tonnes)"],
    ["walk_dist", "other", None, "distance Arvo Dessing's group walked to the shaft (4 km)"],
    ["walk_time", "other", None, "time Arvo Dessing's group took to reach the shaft (two hours)"],
    ["shafts", "population", None, "shafts of the mine (two)"],
    ["shifts_day", "other", None, "shifts worked a day at the colliery (three)"],
    ["workforce", "population", None, "people employed at Kestrelmoor (1,850)"],
    ["local_workers", "population", None, "Kestrelmoor workers living in Brodavel (about 1,100)"],
    ["lemv_workers", "population", None, "Lemvians working at Kestrelmoor (about 310)"],
    ["lemv_share", "other", None, "Lemvians' share of the Kestrelmoor workforce (about one in six)"],
    ["brodna_pop", "population", None, "population of Brodavel (24,600)"],
    ["hall_beds", "population", None, "camp beds set out in the sports hall (300)"],
    ["roof_crew_before", "population", None, "men in the roof-support crews in 2060 (64)"],
    ["roof_crew_after", "population", None, "men in the roof-support crews now (41)"],
    ["crew_cut_period", "other", None, "period over which the roof crews were cut (two years)"],
    ["notices", "total", None, "safety notices at Kestrelmoor in 2061 (inspectorate 37; union 52)"],
    ["roof_notices", "part", "notices", "2061 safety notices about roof support (14)"],
    ["fines_2061", "other", None, "fines imposed on Ostrand in 2061 (1.2 million skels, 150,000 euros)"],
    ["output", "other", None, "Kestrelmoor's coal output a year (2.4 million tonnes)"],
    ["nat_output", "other", None, "Norvaskia's coal output last year (19 million tonnes)"],
    ["output_share", "other", None, "Kestrelmoor's share of national coal output (12.6 per cent)"],
    ["mines", "population", None, "working coal mines in Norvaskia (14)"],
    ["share_day", "other", None, "fall in Ostrand's shares on Tuesday 11 July (11 per cent)"],
    ["share_2d", "other", None, "fall in Ostrand's shares over the first two days (23 per cent)"],
    ["share_recovered", "other", None, "part of the share fall since recovered (about half)"],
    ["aid", "other", None, "government emergency funds (40 million skels, 5 million euros)"],
    ["lemv_aid", "other", None, "Lemvian government's aid to Lemvian families (250,000 euros)"],
    ["comp", "other", None, "Ostrand's compensation per family of the dead (300,000 skels, about 37,500 euros)"],
    ["comp_demand", "other", None, "Lemvian union's demand per family (at least 100,000 euros)"],
    ["fund", "other", None, "Brodavel Miners' Fund for the families, running (1.2 -> 3.6 million skels)"],
    ["donors", "count", None, "donors to the fund (more than 9,000)"],
    ["rescue_cost", "other", None, "cost of the rescue operation (ministry 65 million skels, about 8 million euros; Ostrand about 50 million)"],
    ["lost_output", "other", None, "Ostrand's lost output a day while the mine is shut (about 4 million skels)"],
    ["lost_total", "other", None, "lost output over ten weeks (some 280 million skels)"],
    ["closure", "other", None, "time the colliery will stay closed (at least ten weeks)"],
    ["full_pay_weeks", "other", None, "weeks of full pay for the workforce during the closure (four)"],
    ["pay_later", "other", None, "share of pay after the first four weeks (80 per cent)"],
    ["pay", "other", None, "monthly pay of a Lemvian miner at Kestrelmoor (22,400 skels, 2,800 euros)"],
    ["lemv_pay", "other", None, "monthly pay in Lemvia's own pits (about 1,600 euros)"],
    ["rate", "other", None, "exchange rate (8 skels to the euro)"],
    ["lemv_relatives", "count", None, "relatives on the bus from Vilmeza (42)"],
    ["dist_vilmeza", "other", None, "distance from Vilmeza to Brodavel (260 kilometres)"],
    ["bells", "count", None, "times the bells of St Ameline's rang (37)"],
    ["vigil", "count", None, "people at the vigil in Ameline Square (about 2,000)"],
    ["rolls", "count", None, "rolls baked for the rescuers (6,000)"],
    ["volunteers", "count", None, "Red Cross volunteers at the sports hall (230)"],
    ["funeral_cost", "other", None, "cost of the funerals to the council (about 180,000 skels)"],
    ["lind_dead", "other", None, "miners killed at Lindhollow in 2054 (12)"],
    ["lind_days", "other", None, "days the Lindhollow survivors waited for rescue in 2054 (nine)"],
    ["nat_deaths_2061", "other", None, "miners who died at work in Norvaskia in 2061 (eleven)"],
    ["inquiry_months", "other", None, "time by which the inquiry is due to report (six months)"],
    ["opt_selling_years", "other", None, "years Marta Selling's husband has worked at the mine (optional)"],
    ["opt_selling_age", "other", None, "age of Marta Selling (optional)"],
    ["opt_varr_age", "other", None, "age of Lina Varr (optional)"],
    ["opt_rask_age", "other", None, "age of Emil Rask (optional)"],
    ["opt_dessing_age", "other", None, "age of Arvo Dessing (optional)"],
    ["opt_kalven_age", "other", None, "age of Ruta Kalven (optional)"],
    ["opt_kalven_child", "other", None, "age of Ruta Kalven's son (optional)"],
    ["opt_share_period", "other", None, "period of the share fall (optional)"],
    ["opt_fund_period", "other", None, "period of the fund's first takings (optional)"],
    ["opt_krauklis_age", "other", None, "age of Inga Krauklis (optional)"],
    ["opt_tenn_age", "other", None, "age of Halvar Tenn (optional)"],
    ["opt_drum_age", "other", None, "age of Piet Oddrum (optional)"],
    ["opt_welk_age", "other", None, "age of Stefan Welk (optional)"],
    ["opt_lapsa_age", "other", None, "age of Andris Lapsa (optional)"],
    ["opt_rolls_period", "other", None, "period over which the rolls were baked (optional)"],
    ["opt_lookback", "other", None, "days since the fall at the time of the article (optional look-back)"],
    ["opt_worst_years", "other", None, "years since a worse mining accident (optional look-back)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
