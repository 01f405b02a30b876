#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event 1; writes meta.json beside this file."""
import json
import os

FOLDER = "thavenne_levee_breach"
EVENT = ("Breach of a River Thavenne levee at Dravelin in Kestrawe province, Veskaria (fictional), shortly before "
         "midnight on Tuesday 14 May 2052 after 186 millimetres of rain in three days: evacuations in waves "
         "(about 11,000 on the first night, 31,000 by the official count, more than 40,000 by a relief network's), "
         "the running counts of dead, missing, people in shelters, soldiers, flooded homes and flooded hectares, "
         "the widening breach (40 -> 120 -> 165 metres) and its closure after twelve days on Sunday 26 May, the "
         "town of Vennacre's share of the damage, the damage estimates (government 1.8 -> 2.6 billion skelds, "
         "university economists, insurers, farmers' union), the aid package (350 -> 900 million skelds), the 2049 "
         "levee inspection and the 2050 budget cut, the flood wave in neighbouring Haldovia, and the 2031 flood, "
         "reported 15-28 May 2052")

Q = [
    # id, role, part_of, description
    ("dead", "total", None, "people killed by the flood in Kestrawe (running official count: 2, 5, at least 7, 11, 12)"),
    ("dead_vennacre", "part", "dead", "the dead who were from Vennacre"),
    ("missing", "total", None, "people listed as missing in Kestrawe (running: 14, 9, 6, 1)"),
    ("missing_family", "part", "missing", "members of the family reported missing from a farm north of the breach on the first night (later found alive on their barn roof)"),
    ("family_farm_distance", "other", None, "distance of the missing family's farm from the breach"),
    ("family_roof_hours", "other", None, "time the family spent on the barn roof before rescue"),
    ("evacuated", "total", None, "people evacuated in Kestrawe since the breach (running official count 11,000 -> 23,500 -> 27,000 -> 31,000, and the relief network's rival 'more than 40,000')"),
    ("evac_second_wave", "part", "evacuated", "people moved by the second evacuation order, on Thursday 16 May"),
    ("evac_vennacre", "part", "evacuated", "people evacuated from Vennacre (running: about 7,500 on the first night, 18,200 by 22 May)"),
    ("evac_vennacre_households", "other", None, "households the Vennacre evacuees came from"),
    ("evac_vennacre_share", "other", None, "Vennacre's evacuees as a share of its residents (vague 'almost half')"),
    ("evac_share_province", "other", None, "the evacuated as a share of Kestrawe's population"),
    ("returned", "part", "evacuated", "evacuees who had gone home by 27 May"),
    ("still_displaced", "part", "evacuated", "evacuees still unable to go home on 27 May"),
    ("evac_first_hours", "other", None, "time taken to move the first evacuees, as the governor put it"),
    ("in_shelters", "total", None, "people housed in emergency shelters across Kestrawe (running: 6,400, 9,800, 7,300)"),
    ("in_shelters_vennacre", "part", "in_shelters", "people housed in the Weir Road sports hall in Vennacre"),
    ("shelters_open", "count", None, "emergency shelters opened in the province on the first day"),
    ("rescued", "count", None, "people rescued by boat and helicopter since the breach"),
    ("breach_width", "other", None, "width of the breach at Dravelin (running: about 40, 120, 165 metres)"),
    ("breach_close_target", "other", None, "the interior minister's deadline for closing the breach"),
    ("breach_close_days", "other", None, "time from the breach to its closure"),
    ("area_flooded", "total", None, "area under water in Kestrawe (running level: ministry counts from about 18,000 to the 47,200-hectare peak and about 21,000 on 27 May, the satellite agency's 58,000 at the peak, and the tabloid's football-pitch equivalent)"),
    ("farmland_flooded", "part", "area_flooded", "farmland under water at the peak"),
    ("field_depth", "other", None, "maximum depth of the water on the fields on the first day"),
    ("river_level", "other", None, "the Thavenne's peak at the Dravelin gauge"),
    ("above_record", "other", None, "how far the peak at Dravelin exceeded the 2031 record"),
    ("river_record", "other", None, "the record level at Dravelin, set in 2031"),
    ("danger_level", "other", None, "the danger level at the Dravelin gauge"),
    ("river_alarm_threshold", "other", None, "level at Dravelin above which other weak sections might give way, according to the hydrology office"),
    ("building_line_level", "other", None, "the eight-metre line on the river authority's maps below which Vennacre's mayor wants no new building"),
    ("high_water_days", "other", None, "the hydrology office's forecast of how long the river stays above the danger level"),
    ("river_flow", "other", None, "flow of the Thavenne at Dravelin at the peak"),
    ("river_flow_normal", "other", None, "normal May flow at Dravelin"),
    ("rain_total", "other", None, "rain that fell on Kestrawe in the three days to Monday 13 May"),
    ("rain_window", "other", None, "window of the rainfall total (72 hours, three days)"),
    ("rain_multiple", "other", None, "the rain as a multiple of the May average"),
    ("rain_may_average", "other", None, "average May rainfall in Kestrawe"),
    ("rain_return_period_old", "other", None, "return period of such rain on the hydrology office's old tables"),
    ("rain_return_period_new", "other", None, "return period of such rain on the revised tables"),
    ("vennacre_pop", "population", None, "Vennacre's residents"),
    ("vennacre_distance", "other", None, "distance of Vennacre downstream of the breach"),
    ("province_pop", "population", None, "Kestrawe's population"),
    ("soldiers", "count", None, "soldiers deployed in the province (running: 1,200, 2,600, 3,100)"),
    ("boats", "count", None, "boats sent by the army on the first day"),
    ("helicopters", "count", None, "army helicopters deployed (running: 9, 14)"),
    ("sandbags", "count", None, "sandbags filled and placed in Veskaria (running: 850,000, 1.4 million)"),
    ("big_bag_weight", "other", None, "weight of the giant sandbags dropped from the air (a term that defines the bag)"),
    ("big_bags_dropped", "count", None, "giant sandbags dropped into the breach by nightfall on Thursday"),
    ("roads_closed", "count", None, "roads closed on the first day"),
    ("levee_network_km", "population", None, "length of embankment along the Veskarian Thavenne"),
    ("levee_poor_km", "other", None, "length of Thavenne embankment rated poor in the 2049 inspection"),
    ("levee_age", "other", None, "age of the Dravelin levee"),
    ("dravelin_repair_cost", "other", None, "cost of the postponed repair of the Dravelin section (140 million skelds, about 11 million euros)"),
    ("levee_budget_cut_pct", "other", None, "the 2050 cut in the national flood-defence budget"),
    ("defence_budget_before", "other", None, "annual flood-defence budget before the cut"),
    ("defence_budget_after", "other", None, "annual flood-defence budget after the cut"),
    ("levee_plan_cost", "other", None, "cost of the water board's long-term plan to bring all embankments up to standard"),
    ("levee_plan_years", "other", None, "duration of that plan"),
    ("levee_plan_annual", "other", None, "that plan's cost per year"),
    ("levee_pledge", "other", None, "the interior minister's pledge for the worst embankments"),
    ("levee_pledge_years", "other", None, "period of that pledge"),
    ("damage_repair_multiple", "other", None, "the damage estimate as a multiple of the postponed repair's cost"),
    ("lookback_inspection", "other", None, "look-back to the 2049 inspection"),
    ("homes_flooded", "total", None, "homes flooded in Kestrawe (running: 7,900, 9,800)"),
    ("homes_flooded_vennacre", "part", "homes_flooded", "flooded homes in Vennacre"),
    ("damage_total", "total", None, "total damage from the flood: the government's estimate (1.8, then 2.6 billion skelds, with euro conversions) and the Ardimol economists' rival 3 to 4 billion"),
    ("insured_losses", "part", "damage_total", "the insurers' association's estimate of insured losses"),
    ("farm_losses", "part", "damage_total", "the farmers' union's estimate of farm losses"),
    ("insurance_claims", "count", None, "claims received by the insurers' association's members by 24 May"),
    ("insurance_claims_expected", "other", None, "claims the insurers expect in all"),
    ("insurer_wait_weeks", "other", None, "wait for an insurance assessor, as the councillor put it"),
    ("vennacre_mutual_claims", "count", None, "claims received by Vennacre Mutual in the week after the breach"),
    ("vennacre_mutual_claims_normal", "other", None, "claims Vennacre Mutual gets in a normal year"),
    ("aid_package", "other", None, "the government's flood aid: the 350 million skeld emergency fund, raised to a 900 million skeld package (with a euro conversion)"),
    ("household_payment", "other", None, "emergency payment per evacuated household (25,000 skelds, about 2,000 euros)"),
    ("payment_applications_vennacre", "count", None, "Vennacre households that have applied for the emergency payment"),
    ("payments_made", "total", None, "households paid the emergency payment across the province by 27 May"),
    ("payments_made_vennacre", "part", "payments_made", "Vennacre households paid by 21 May"),
    ("rebuild_grant", "other", None, "maximum rebuilding grant per home"),
    ("haskel_age", "other", None, "age of farmer Ruud Haskel"),
    ("haskel_pigs", "part", "pigs_drowned", "pigs farmer Haskel lost"),
    ("lookback_haskel", "other", None, "look-back to the farmers' warnings"),
    ("haskel_complaints", "count", None, "inspector's visits after the farmers' warnings"),
    ("dusenne_children", "population", None, "Karla Dusenne's children"),
    ("dusenne_age", "other", None, "Karla Dusenne's age"),
    ("dusenne_child_age_1", "other", None, "age of her younger child"),
    ("dusenne_child_age_2", "other", None, "age of her older child"),
    ("rask_shift_hours", "other", None, "hours Corporal Rask's boat crew had been out without a break"),
    ("dusenne_rise_minutes", "other", None, "time the water took to rise from doorstep to gutter"),
    ("pigs_drowned", "total", None, "pigs drowned in Kestrawe (running: 14,000, more than 21,000)"),
    ("cattle_drowned", "total", None, "cattle drowned in Kestrawe"),
    ("brookvelt_cows", "part", "cattle_drowned", "dairy cows Fenna Brookvelt lost"),
    ("brookvelt_cows_saved", "count", None, "cows Fenna Brookvelt got out"),
    ("market_street_depth", "other", None, "depth of the water on Market Street, Vennacre (1.6 metres at the height, about 40 centimetres on 21 May)"),
    ("vennacre_streets_flooded", "count", None, "Vennacre streets still under water on 21 May"),
    ("relief_kitchens", "count", None, "field kitchens run by the Thavenne Relief Network"),
    ("camp_bed_spacing", "other", None, "spacing of camp beds in the sports hall"),
    ("molvin_age", "other", None, "age of Gerda Molvin"),
    ("meeting_attendance", "count", None, "residents at the Vennacre town hall meeting"),
    ("vennacre_rebuild_years", "other", None, "time the mayor says Vennacre needs to rebuild"),
    ("vennacre_businesses_flooded", "count", None, "Vennacre businesses under water"),
    ("pumps_total", "total", None, "pumps draining the flooded land"),
    ("pumps_haldovia", "part", "pumps_total", "high-capacity pumps sent by Haldovia"),
    ("pump_capacity_each", "other", None, "capacity of each Haldovian pump"),
    ("pump_capacity_total", "other", None, "combined capacity of the pumps"),
    ("drain_weeks", "other", None, "time expected to drain the polders east of Vennacre"),
    ("schools_closed", "total", None, "schools closed across Kestrawe"),
    ("schools_closed_vennacre", "part", "schools_closed", "Vennacre schools closed"),
    ("vennacre_schools", "population", None, "Vennacre's schools"),
    ("schools_shelters_vennacre", "count", None, "Vennacre schools used as shelters"),
    ("pupils_out", "count", None, "pupils kept at home by the closures"),
    ("no_tap_water", "count", None, "people in the villages still without tap water on 21 May"),
    ("water_tankers", "count", None, "army water tankers serving the villages"),
    ("evac_haldovia", "count", None, "residents evacuated in Brezhalin, Haldovia"),
    ("brezhalin_level", "other", None, "peak of the river at the Brezhalin gauge, Friday 17 May"),
    ("brezhalin_above_alert", "other", None, "how far that peak exceeded the alert level"),
    ("brezhalin_alert", "other", None, "alert level at Brezhalin"),
    ("brezhalin_record", "other", None, "record level at Brezhalin, 2031"),
    ("brezhalin_level_without_breach", "other", None, "the hydrologist's estimate of the peak at Brezhalin without the breach"),
    ("breach_crest_reduction", "other", None, "the hydrologist's estimate of how much the breach lowered the crest at Brezhalin"),
    ("brezhalin_fall_rate", "other", None, "expected fall of the river at Brezhalin per day"),
    ("border_flow", "other", None, "flow at the border station at the peak"),
    ("border_flow_normal", "other", None, "average May flow at the border station"),
    ("haldovia_area", "other", None, "Haldovian fields and meadows under water"),
    ("haldovia_farm_loss", "other", None, "Haldovian farmers' chamber's estimate of losses"),
    ("brezhalin_sandbags", "other", None, "sandbags ready on Brezhalin's quays"),
    ("brezhalin_sandbags_used_share", "other", None, "share of those sandbags used (vague 'barely a quarter')"),
    ("firefighters_haldovia", "count", None, "firefighters sent by Haldovia"),
    ("evac_haldovia_2031", "other", None, "Brezhalin residents evacuated in 2031"),
    ("haldovia_dikes_km", "population", None, "length of Haldovia's river dikes"),
    ("haldovia_dikes_reinforced", "other", None, "length of Haldovian dike reinforced since 2031"),
    ("haldovia_dike_cost", "other", None, "cost of that reinforcement"),
    ("flood2031_dead", "other", None, "deaths in the 2031 flood"),
    ("flood2031_area", "other", None, "area covered by the 2031 flood"),
    ("flood2031_homes", "other", None, "homes damaged in the 2031 flood"),
    ("flood2031_damage", "other", None, "cost of the 2031 flood (1.1 billion skelds at the time, about 1.6 billion in today's money)"),
]

NOTES = ("Years ('1958', '2031', '2049', '2050', '2055'), dates ('May 15', 'Monday 20 May') and clock times ('4 a.m.') "
         "are time anchors, not figures; the pronoun 'One of the dead' and the ordinals 'the first thing' and 'the first night' "
         "are not figures, nor are vague words without a number ('for weeks', 'longer than a football pitch') or an "
         "article with a unit and no number ('A week after', 'in a week', 'a week earlier', 'A year later'). The death toll is one running quantity from 'two dead' to '12 dead', including the translated paper's "
         "'at least seven dead' (bound '>=') and the tabloid's headline and fact box; 'Six' of the dead from Vennacre is a "
         "part. The evacuated are one running quantity across the official counts (11,000, 23,500, 27,000, 31,000) and the "
         "Thavenne Relief Network's rival 'more than 40,000', which counts people who left on their own; the second wave "
         "of 12,500 (Thursday's order), Vennacre's evacuees (about 7,500 on the first night, 18,200 by 22 May), and the "
         "about 19,000 who had returned and about 12,000 still displaced on 27 May are parts of it; Haldovia's 1,800 "
         "evacuees are another country's count and a quantity of their own. The area under water is treated as one "
         "running level, like a river level: the ministry's counts from about 18,000 hectares through the 47,200-hectare "
         "peak to the about 21,000 still flooded on 27 May, the satellite agency's rival 58,000 at the peak, and the "
         "tabloid's 'more than 57,000' football pitches, which restates its 41,000 hectares in another unit (a conversion, "
         "merged as currency conversions are); farmland is a part. The breach width (about 40, 120, 165 metres, and the "
         "tabloid's fact-box 'Gap in bank: 120m') is one running quantity. The government's damage estimate (1.8, then 2.6 billion skelds), its "
         "euro conversions and the Ardimol economists' '3 to 4 billion skelds' are one quantity (rival estimates of one "
         "amount); insured losses and farm losses are parts of it. The 2031 flood's cost is one quantity at the time "
         "(1.1 billion skelds) and 'in today's money' (about 1.6 billion): a restatement of the same amount, merged like a "
         "currency conversion; its 1.1 billion equals the lower end of the insured-loss range but measures something "
         "else. The aid is one quantity revised from the 350 million skeld emergency fund to the 900 million skeld package "
         "(the local paper's 'from 350 million' is the old value). The household payment is one quantity in '25,000 "
         "skelds', 'about €2,000' and the councillor's 'Twenty-five thousand'. The 'eight metres' above which other weak "
         "sections could fail and the 'eight-metre' building line on the river authority's maps are equal values that "
         "measure different things. The 2049 inspection's 87 "
         "of 312 kilometres appear in every article but the local one; the minister's pledge for 'the worst 87 kilometres' "
         "is the same length. The family of four missing on the first night (wire) is the family found alive on its barn "
         "roof (tabloid): one quantity, a part of the missing. Haskel's 340 pigs and Brookvelt's 210 cows are parts of "
         "the provincial counts of drowned pigs and cattle; the twelve Haldovian pumps are part of the 46. The rain's "
         "'72 hours' and 'three days' are the window of the rainfall total and optional, like the look-backs 'three years "
         "ago' and 'ten years ago', the ages ('61', '34', '72', the children's 'six' and 'nine'), the levee's '94 years' "
         "and the 'one-tonne' that names a kind of sandbag; the vague shares 'almost half' and "
         "'barely a quarter' are optional with nominal values. 'up to two metres' (a maximum depth "
         "observed) keeps '<='; the grant ceiling 'up to 60,000 skelds' and the minister's deadline 'within ten days' "
         "are rules written exactly and keep '=', with the words in the quote. 'Mum-of-two' is a figure.")

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
