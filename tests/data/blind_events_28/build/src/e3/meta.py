#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event 3; writes meta.json beside this file."""
import json
import os

FOLDER = "merrow_lark_ferry_sinking"
EVENT = ("Sinking of the Tamsey Lines ferry Merrow Lark about 11 kilometres off Sollis Island, Taurimar (fictional), at "
         "about 9:15 p.m. on Saturday 23 August 2053, after its cargo of vehicles shifted: the people on board "
         "(439 on the manifest -> at least 470 -> about 490 -> 503 by the coastguard's final count, 64 of them not on "
         "the manifest), the running counts of dead (at least 23 -> 41 -> 58 -> 79 -> 96), missing (55 -> at least 51 "
         "-> 54 -> 46 -> 29) and rescued (361 -> 378), the search, the Velmoran seasonal workers on board and their "
         "repatriation, Sollis Island's losses, the overloaded car deck and the March inspection, the captain's "
         "arrest and charges, compensation in solvas and euros, the salvage, and the 2029 sinking of the Ardent Gull, "
         "reported 24 August - 12 September 2053")

Q = [
    # id, role, part_of, description
    ("aboard", "total", None, "people on board (running estimate: 439 on the company's manifest, at least 470, about 490, and the coastguard's final 503; the manifest figure is the official count that misses the unregistered passengers)"),
    ("passengers", "part", "aboard", "passengers on board (412 on the manifest, 476 by the coastguard's final count)"),
    ("crew", "part", "aboard", "crew on board"),
    ("unmanifested", "part", "passengers", "people on board whose names were not on the manifest (the tabloid's '31 more' and its dock worker's 'more than 50', the coastguard's 64)"),
    ("unmanifested_share", "other", None, "those not on the manifest as a share of all on board"),
    ("rescued", "part", "aboard", "people rescued, the survivors (running: 361, 378)"),
    ("dead", "part", "aboard", "people killed (running: at least 23, 41, 58, 79, 96)"),
    ("missing", "part", "aboard", "people missing (running: 55, at least 51, 54, 46, 29)"),
    ("in_hospital", "part", "rescued", "survivors in hospital (running level: 74, 52, 11)"),
    ("in_hospital_critical", "part", "in_hospital", "survivors in a critical condition on the first day"),
    ("in_hospital_sollis", "part", "in_hospital", "survivors in the Sollis cottage hospital on 4 September"),
    ("bodies_from_hull", "part", "dead", "bodies recovered by divers from the hull (running: 17, 33)"),
    ("dead_sollis", "total", None, "dead who were from Sollis"),
    ("pupils_dead", "part", "dead_sollis", "pupils of Sollis High School among the dead"),
    ("missing_sollis", "part", "missing", "Sollis islanders still missing on 4 September"),
    ("children_aboard", "part", "passengers", "children on board (62, revised to 68)"),
    ("children_dead", "total", None, "children among the dead"),
    ("pender_children_lost", "part", "children_dead", "daughters Joss Pender lost"),
    ("velmorans_aboard", "part", "passengers", "Velmoran citizens on board (the embassy's about 110, the foreign ministry's 112)"),
    ("velmorans_agency", "part", "velmorans_aboard", "Velmoran passengers recruited by the Arvoni work agency"),
    ("velmorans_dead", "part", "dead", "Velmorans among the dead (running: 31, 39)"),
    ("coffins_flown", "part", "velmorans_dead", "coffins flown to Sanvelo on Wednesday 27 August"),
    ("velmorans_missing", "part", "missing", "Velmorans still missing on 28 August"),
    ("velmorans_survivors", "part", "rescued", "Velmoran survivors (running: 61 traced by the embassy on the first day, 74)"),
    ("survivors_flown", "part", "velmorans_survivors", "Velmoran survivors flown home on Wednesday 27 August"),
    ("military_planes", "count", None, "Velmoran air force planes used for the repatriation"),
    ("velmora_investigators", "count", None, "labour inspectors Velmora is sending to Port Ebbrin"),
    ("crossing_hours", "other", None, "usual length of the crossing from Port Ebbrin to Sollis"),
    ("route_length", "other", None, "distance from Sollis to the mainland"),
    ("wreck_distance", "other", None, "distance from Sollis harbour where the ferry sank"),
    ("wreck_depth", "other", None, "depth at which the wreck lies"),
    ("sink_minutes", "other", None, "time the ferry took to sink (survivors' about 12 and less than 15 minutes, the authority's 11)"),
    ("wave_height", "other", None, "height of the waves at the time"),
    ("water_temp", "other", None, "water temperature"),
    ("survival_hours", "other", None, "how long people could survive in the water, as the coastguard put it"),
    ("ressler_age", "other", None, "age of the survivor Davin Ressler"),
    ("ressler_swim_hours", "other", None, "time Ressler swam before being picked up"),
    ("vehicles", "total", None, "vehicles on the car deck"),
    ("lorries", "part", "vehicles", "lorries among them"),
    ("lorries_lashed", "part", "lorries", "lorries fully lashed"),
    ("lorry_weight", "other", None, "weight of the heaviest lorries"),
    ("vehicles_over_limit", "other", None, "vehicles carried beyond the certified number"),
    ("licensed_passengers", "population", None, "passengers the ferry is licensed to carry"),
    ("licensed_vehicles", "population", None, "vehicles the ferry is certified to carry"),
    ("deck_weight_limit", "other", None, "certified combined weight for the car deck"),
    ("deck_weight", "other", None, "weight of the vehicles actually on board"),
    ("deck_overweight_share", "other", None, "how far over the weight limit the deck was (vague 'more than a quarter')"),
    ("heel_first", "other", None, "heel after the lorries slid"),
    ("heel_first_minutes", "other", None, "time within which the ship reached that heel"),
    ("heel_final", "other", None, "heel at which water poured in"),
    ("ferry_length", "other", None, "length of the Merrow Lark"),
    ("lifeboats", "population", None, "lifeboats carried by the ferry"),
    ("lifeboats_launched", "count", None, "lifeboats launched"),
    ("life_jackets", "population", None, "life jackets carried, according to the ship's certificate"),
    ("staircases", "population", None, "staircases up from the lounge"),
    ("lights_out_minutes", "other", None, "time before the lights went out, as a survivor put it"),
    ("search_vessels", "count", None, "vessels searching (running level: 14, 31 at the height, 8 on 4 September)"),
    ("search_helicopters", "count", None, "helicopters searching (running: 3, 6)"),
    ("search_planes", "count", None, "spotter planes searching"),
    ("search_area", "other", None, "area searched (running: 140, 600 square kilometres)"),
    ("divers", "count", None, "divers working in the wreck (running level: 40, 24)"),
    ("dive_limit_minutes", "other", None, "time limit of each descent at that depth"),
    ("tamsey_fleet", "population", None, "Tamsey Lines' ferries"),
    ("tamsey_passengers_year", "other", None, "passengers Tamsey Lines carries a year"),
    ("sollis_crossings_daily", "other", None, "Tamsey Lines' daily crossings to Sollis (suspended)"),
    ("replacement_crossings", "other", None, "daily crossings of the chartered replacement ferry"),
    ("replacement_crossing_hours", "other", None, "length of the replacement ferry's crossing"),
    ("mourning_days", "other", None, "national mourning declared in Taurimar"),
    ("velmora_mourning_days", "other", None, "national mourning declared in Velmora"),
    ("sollis_pop", "population", None, "Sollis Island's population"),
    ("sollis_schools", "population", None, "Sollis's schools"),
    ("gull_dead", "other", None, "people killed in the 2029 sinking of the Ardent Gull"),
    ("gull_inquiry_years", "other", None, "length of the Ardent Gull inquiry"),
    ("gate_deadline_years", "other", None, "deadline the post-2029 law set for electronic ticket gates"),
    ("ferry_ports", "population", None, "Taurimar's ferry ports"),
    ("ports_with_gates", "count", None, "ferry ports that have ticket gates"),
    ("kelloway_age", "other", None, "age of Captain Kelloway"),
    ("manslaughter_counts", "other", None, "counts of manslaughter the captain is charged with"),
    ("crew_charged", "count", None, "loading officers charged with endangering life"),
    ("marsh_age", "other", None, "age of Ellie Marsh"),
    ("marsh_hours", "other", None, "time after the sinking at which Ellie Marsh was found"),
    ("crale_age", "other", None, "age of the fisherman Tobin Crale"),
    ("marsh_children", "population", None, "children of Carla Marsh ('mum-of-two')"),
    ("quillon_age", "other", None, "age of the survivor Mara Quillon"),
    ("tamsey_fine_2046", "other", None, "Tamsey Lines' 2046 fine for overloading (1.2 million solvas, about 150,000 euros)"),
    ("dawn_overload", "other", None, "passengers over its limit on the Sollis Dawn in 2046"),
    ("fine_tickets_equiv", "other", None, "that fine expressed in deck tickets"),
    ("compensation_family", "other", None, "the government's payment per victim's family (250,000 solvas, about 31,000 euros)"),
    ("compensation_total", "other", None, "what those payments will cost the state"),
    ("velmora_aid_family", "other", None, "Velmora's added payment per family"),
    ("liability_limit", "other", None, "the insurers' liability per passenger under the maritime convention (a ceiling)"),
    ("ticket_price", "other", None, "price of a deck ticket (38 solvas, about 4.75 euros)"),
    ("agency_ticket_charge", "other", None, "what the agency charged for the ticket, as Gianna Ferrosi put it"),
    ("bells_minutes", "other", None, "how long Sollis church bells rang on Monday 25 August"),
    ("harvest_weeks", "other", None, "length of the grape harvest"),
    ("arvoni_workers", "other", None, "workers the Arvoni agency sends to the islands each summer"),
    ("harvest_wage", "other", None, "daily wage the harvest workers were to earn"),
    ("velmorans_seasonal", "other", None, "Velmorans working in Taurimar each year as seasonal labourers"),
    ("ferrosi_age", "other", None, "age of Gianna Ferrosi"),
    ("matteo_age", "other", None, "age of her missing brother"),
    ("velmoran_girl_age", "other", None, "age of a Velmoran girl among the dead"),
    ("memorial_attendance", "count", None, "people at the Sanvelo memorial mass"),
    ("lookback_sinking", "other", None, "the local paper's look-back to the sinking ('Twelve days after')"),
    ("funerals_sollis", "total", None, "funerals on Sollis in the week to 4 September"),
    ("corbett_funerals", "part", "funerals_sollis", "funerals taken by the Reverend Ailsa Corbett"),
    ("pickers_needed", "other", None, "seasonal pickers the Sollis vineyards need"),
    ("pickers_arrived", "count", None, "pickers who have arrived"),
    ("grapes_lost_share", "other", None, "grapes a grower expects to rot (vague 'Half the grapes')"),
    ("ossley_hectares", "other", None, "Tam Ossley's vineyard"),
    ("harvest_value", "other", None, "the growers' association's value of this year's harvest"),
    ("appeal_raised", "other", None, "money raised by the council's appeal"),
    ("appeal_donors", "count", None, "donors to the appeal"),
    ("appeal_tickets_equiv", "other", None, "the appeal's takings expressed in deck tickets"),
    ("inn_meals", "count", None, "free meals served by the Harbour Inn to relatives"),
    ("memorial_candles", "count", None, "candles ordered by the council for the memorial"),
    ("defects_march", "total", None, "defects found at the ferry's March inspection"),
    ("defects_serious", "part", "defects_march", "defects classed as serious"),
    ("repair_notice_days", "other", None, "the repair notice under which the ferry kept sailing"),
    ("maritime_inspectors", "population", None, "the Maritime Safety Authority's inspectors"),
    ("passenger_vessels", "population", None, "passenger vessels the authority inspects"),
    ("authority_budget_cut", "other", None, "cut in the authority's budget since 2048"),
    ("salvage_cost", "other", None, "cost of raising the wreck (about 45 million solvas, about 5.6 million euros)"),
    ("salvage_weeks", "other", None, "time needed to raise the wreck"),
    ("final_report_months", "other", None, "time within which the final report is promised"),
]

NOTES = ("Years ('2019', '2029', '2046', '2048'), dates ('Aug 24') and clock times ('5:45 p.m.', '9:15 p.m.', '17.30', "
         "'11 a.m.') are time anchors, not figures; 'a minute for every body', 'at least a month', 'hundreds of us' and "
         "'dozens of fishing boats' have no number, 'among them that of a girl' has no count, and 'Half the grapes' is a "
         "vague share (optional, nominal 50). The people on board are one quantity estimated anew: the manifest's 439 "
         "(the wire's figure and the translated paper's 'the 439 on the official manifest'), 'at least 470', 'about 490' "
         "and the coastguard's final 503; the manifest is the official count that misses the unregistered passengers. "
         "Passengers (412 on the manifest, 476) and crew are parts of it, as are the rescued, the dead and the missing, "
         "each a running count (the dead: at least 23, 41, 58, 79, 96). Those not on the manifest are one quantity "
         "across the tabloid's '31 more' (derived from its 'at least 470'), its dock worker's 'more than 50' and the "
         "coastguard's 64. The Velmorans on board (the embassy's 'about 110', the ministry's 112), dead (31, 39) and "
         "survivors (61 traced on the first day, 74) are parts of the corresponding totals. The children on board are "
         "one quantity revised from 62 to 68. The time the ferry took to sink is one quantity across the survivors' "
         "'about 12 minutes' and 'less than 15 minutes' and the authority's '11 minutes'. The 'four' daily Tamsey "
         "crossings and the replacement's 'two crossings a day' are different quantities; the '13 more' vehicles than "
         "permitted appear in the tabloid and the translated paper. Equal values that measure different things are "
         "kept apart: the '41 minutes' the bells rang and the 41 dead; the '79 counts' of manslaughter and the 79 "
         "dead; the 'eight' lorries lashed, the 'eight' serious defects and the 'eight vessels' still searching; the '74 survivors' in hospital on the first day and the '74' Velmoran survivors. "
         "Conversions are merged with their amounts ('1.2 MILLION solvas' and 'about €150,000'; '250,000 solvas', "
         "'about €31,000' and 'about 31.250 euros'; '38 solvas' and 'about 4,75 euros'). Ages ('34-year-old', '58', "
         "'seven', '49', '23', '41', '36', 'nine') and the look-back 'Twelve days' are optional. 'up to 24 hours' "
         "(survival), 'up to 40 tonnes' (lorry weight) and 'within a minute' are measures and keep '<='; the insurers' "
         "'up to 800,000 solvas' is a ceiling written exactly and keeps '='. 'mum-of-two' is a figure.")

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
