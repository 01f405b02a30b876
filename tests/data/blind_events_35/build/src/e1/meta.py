#!/usr/bin/env python3
"""Hand-kept quantity table of event 1 (Wrenfield Tower fire); writes meta.json beside it."""
import json
import os

FOLDER = "wrenfield_tower_fire"
EVENT = ("Fire at Wrenfield Tower, a 24-storey council block on the Moss Lane estate in the Crane Hill district of "
         "Hallowgate, Estravia (fictional), in the early hours of Sunday 14 September 2053: the death toll, the missing, "
         "the people inside, rescued and in hospital, the fire's spread up the cladding, the rival counts of residents "
         "and of towers with similar cladding nationwide, the homeless households, the appeal fund, Lodavian victims, "
         "and the earlier Belcourt House fire; reported 14 September - 24 October 2053")
NOTES = (
    "Running counts reported anew are one quantity each: the death toll (12 -> 18 -> 19 -> 23 -> 27), the missing (more "
    "than 40 on the first day, restated by the broadsheet as 47 -> 31 -> roughly 20 -> 6), patients in a critical "
    "condition (14 -> 11 -> 8 -> 4), patients still in hospital (26 -> 13), households in hotels (97 -> 88 -> 41) and in "
    "temporary council flats (16 -> 34), the appeal fund (1.2 -> 1.9 -> 3.1 -> 5.8 million stavers, with its euro "
    "conversions), the children among the dead (6 -> 7) and the Lodavians among the dead (4 -> 5). A figure and its "
    "correction are one quantity (38 taken to hospital, corrected to 41; the local paper's 45 engines beside the "
    "40 first reported; about 250 people inside, established at 268; about 190 who got out alone, established at 176; "
    "19 other Hallowgate towers, found to be 24 by the audit). Rival estimates are one quantity: the people living in "
    "the tower (the council's 287 registered residents, the residents' association's closer to 400 and up to 400), the "
    "towers with similar cladding nationwide (the government's 86, the tenants' federation's at least 200, the audit's "
    "143) and the cost of replacing the panels (the government's 1.2 billion stavers and about 120 million euros, the "
    "federation's closer to 3 billion). The time the fire took to reach the roof is one quantity in three units "
    "(less than half an hour, less than 30 minutes, 23 minutes), and so is the stay-put advice (almost two hours, 108 "
    "minutes). Kept apart: firefighters at the peak (more than 200, 250) and the 410 who worked over the whole "
    "operation; the hours to bring the fire under control (11) and to put it out (almost 60); the government's "
    "replacement-cost estimate and the fund it set aside (1.5 billion stavers); the 5,000-staver grant per household "
    "and the 20 million staver rehousing fund; the Lodavian government's 150,000 euros of aid and the church appeal. "
    "Ages, family members, a victim's years in the city and the look-backs 'Seventeen years later', '17 years ago' and "
    "'Six weeks' (after the fire) are optional, as is the tabloid's vague 'less than half' the tower's height. The "
    "ninth, 19th, 20th, 18th, sixth and tenth floors are ordinals; '12.47am', '12.45am' and '1.20 in the night' are "
    "times.")

NOTES += (
    " The tenants' federation's range of between 2.5 billion and 3 billion stavers belongs to the replacement cost too, "
    "while its 'more than twice' the government's figure is a ratio of its own; the six to nine months families were "
    "told to expect in temporary homes is its own quantity.")

Q = [
    # id, role, part_of, description
    ("deaths", "total", None, "people killed in the Wrenfield Tower fire (running death toll, final 27)"),
    ("dead_children", "part", "deaths", "children among the dead (running count)"),
    ("dead_pupils", "part", "dead_children", "pupils of Crane Hill Primary School among the dead"),
    ("dead_lodavian", "part", "deaths", "Lodavian citizens among the dead (running count)"),
    ("identified", "part", "deaths", "victims identified by police by 16 September"),
    ("missing", "total", None, "people unaccounted for / missing (running count)"),
    ("missing_lodavian", "part", "missing", "Lodavians among the missing on 16 September"),
    ("hospitalised", "total", None, "people taken to hospital from the fire (38, corrected to 41)"),
    ("critical", "part", "hospitalised", "patients in a critical condition (running count)"),
    ("still_in_hospital", "part", "hospitalised", "fire patients still being treated in hospital (running count)"),
    ("lodavian_in_hospital", "part", "still_in_hospital", "Lodavian survivors still in hospital on 17 September"),
    ("people_inside", "total", None, "people in the building when the fire broke out (police estimate, inquiry count)"),
    ("rescued", "part", "people_inside", "people rescued by firefighters"),
    ("escaped_own", "part", "people_inside", "people who got out of the tower on their own"),
    ("residents", "population", None, "people living in the tower (council's registered residents vs residents' association's estimate)"),
    ("flats", "population", None, "flats in Wrenfield Tower"),
    ("storeys", "other", None, "storeys of Wrenfield Tower"),
    ("height", "other", None, "height of Wrenfield Tower in metres"),
    ("staircases", "other", None, "staircases in the tower"),
    ("lodavians_resident", "population", None, "Lodavians living in Wrenfield Tower"),
    ("lodavian_community", "population", None, "Lodavian community in Hallowgate"),
    ("firefighters_peak", "count", None, "firefighters at the scene at the height of the fire"),
    ("engines_peak", "count", None, "fire engines at the scene at the height of the fire"),
    ("firefighters_total", "count", None, "firefighters who worked at the scene over the whole operation"),
    ("stations", "count", None, "fire stations whose crews worked at the scene"),
    ("hale_rescuers", "count", None, "firefighters who carried Victor Hale out"),
    ("response_time", "other", None, "time from the first call to the first engine's arrival"),
    ("time_to_roof", "other", None, "time the fire took to climb from the ninth floor to the roof"),
    ("stay_put", "other", None, "time for which the stay-put advice was kept before being withdrawn"),
    ("hours_to_control", "other", None, "hours until the fire was brought under control"),
    ("hours_to_extinguish", "other", None, "hours until the fire was fully out"),
    ("calls_first_hour", "count", None, "emergency calls to the control room in the first hour"),
    ("embassy_calls", "count", None, "calls to the Lodavian embassy's emergency line since the fire"),
    ("ladder", "other", None, "reach of the brigade's tallest ladder"),
    ("ladder_share", "other", None, "the ladder's reach as a share of the tower's height (vague)"),
    ("floors_benmoussa", "other", None, "floors Aisha Benmoussa ran down"),
    ("neighbour_blocks", "count", None, "neighbouring blocks evacuated"),
    ("neighbours_evacuated", "count", None, "residents of the neighbouring blocks evacuated"),
    ("neighbour_nights", "other", None, "nights the neighbouring blocks' residents spent away"),
    ("households_homeless", "total", None, "households made homeless by the fire"),
    ("households_hotels", "part", "households_homeless", "homeless households living in hotels (running count)"),
    ("households_council_flats", "part", "households_homeless", "homeless households in temporary council flats (running count)"),
    ("households_permanent", "part", "households_homeless", "homeless households moved into permanent homes"),
    ("households_lodavian", "part", "households_homeless", "Lodavian families among the homeless households"),
    ("grant", "other", None, "emergency payment per homeless household (stavers and euros)"),
    ("rehousing_fund", "other", None, "government fund to rehouse the victims"),
    ("donations", "other", None, "money raised by the St Brannoc's Church appeal (running total, stavers and euros)"),
    ("donors", "count", None, "donors to the appeal"),
    ("volunteers", "count", None, "volunteers who sorted donations"),
    ("lodavia_aid", "other", None, "Lodavian government aid for the families of Lodavian victims"),
    ("association_collection", "other", None, "money collected by the Lodavian association in Hallowgate"),
    ("relatives_flown", "count", None, "relatives of Lodavian victims in the first group flown to Hallowgate"),
    ("hotel_cost", "other", None, "council's nightly cost of hotels for the homeless households"),
    ("rate_staver", "other", None, "exchange rate, stavers per euro"),
    ("refurb_cost", "other", None, "cost of the 2046-47 refurbishment of Wrenfield Tower"),
    ("cladding_saving", "other", None, "extra cost of the fire-resistant version of the panels"),
    ("saving_share", "other", None, "that extra cost as a share of the refurbishment's cost"),
    ("vendel_shares", "other", None, "fall in Vendel Facades' shares since the fire"),
    ("companies_investigated", "count", None, "companies under police investigation for corporate manslaughter"),
    ("towers_cladding", "total", None, "tower blocks in Estravia with cladding similar to Wrenfield's (government, federation, audit)"),
    ("towers_hallowgate", "part", "towers_cladding", "other tower blocks in Hallowgate with similar cladding"),
    ("replace_cost", "other", None, "estimated cost of replacing the panels on all affected towers"),
    ("replace_cost_ratio", "other", None, "the federation's replacement-cost estimate as a multiple of the government's"),
    ("temporary_months", "other", None, "months families were told to expect in temporary homes"),
    ("cladding_fund", "other", None, "fund the government set aside for replacing cladding"),
    ("fund_years", "other", None, "years over which the cladding fund is to be spent"),
    ("lodavia_threshold", "other", None, "height above which Lodavia bans such panels"),
    ("sprinkler_threshold", "other", None, "height above which new buildings in Estravia must have sprinklers"),
    ("defects", "total", None, "defects found by the 2051 council inspection of fire doors, alarms and lighting"),
    ("defects_unrepaired", "part", "defects", "defects still unrepaired at the time of the fire"),
    ("letters", "count", None, "letters the residents' association wrote to the council about the fire doors"),
    ("pupils", "count", None, "Crane Hill Primary pupils who lived in the tower"),
    ("vigil", "count", None, "people at the vigil on the Moss Lane playing field"),
    ("inquiry_interim", "other", None, "deadline for the inquiry's interim report"),
    ("inquiry_final", "other", None, "deadline for the inquiry's final report"),
    ("belcourt_deaths", "other", None, "deaths in the 2036 Belcourt House fire"),
    ("belcourt_storeys", "other", None, "storeys of Belcourt House"),
    ("belcourt_recs", "total", None, "recommendations of the Belcourt House inquiry"),
    ("belcourt_recs_ignored", "part", "belcourt_recs", "Belcourt recommendations never put into effect"),
    ("years_since_belcourt", "other", None, "years since the Belcourt House fire (look-back, optional)"),
    ("weeks_since_fire", "other", None, "weeks since the fire (look-back dating the article, optional)"),
    ("treated_at_scene", "count", None, "people treated by ambulance crews at the scene"),
    ("cash_handout", "other", None, "cash handed to each survivor at the rest centre"),
    ("lodavian_service", "count", None, "people expected at the Lodavian church's memorial service"),
    ("free_seats", "count", None, "free seats Nordfly offered to relatives"),
    ("lodavian_hosted", "count", None, "survivors put up free by Lodavian hotels"),
    ("age_osei", "other", None, "age of Jamal Osei (optional)"),
    ("age_adeyemi", "other", None, "age of Precious Adeyemi (optional)"),
    ("adeyemi_years", "other", None, "years Precious Adeyemi had lived in the tower (optional)"),
    ("family_adeyemi", "other", None, "Precious Adeyemi's grandchildren (optional)"),
    ("age_dursan", "other", None, "age of Kemal Dursan (optional)"),
    ("family_dursan", "other", None, "Kemal Dursan's daughters (optional)"),
    ("age_benmoussa", "other", None, "age of Aisha Benmoussa (optional)"),
    ("family_benmoussa", "other", None, "Aisha Benmoussa's children (optional)"),
    ("age_hale", "other", None, "age of Victor Hale (optional)"),
    ("age_holtvik", "other", None, "age of Mira Holtvik (optional)"),
    ("holtvik_years", "other", None, "years Mira Holtvik had worked in Hallowgate (optional)"),
    ("age_dirie_girl", "other", None, "age of Halima Dirie (optional)"),
    ("age_dirie_boy", "other", None, "age of Yusuf Dirie (optional)"),
    ("age_kettle", "other", None, "age of Bernard Kettle (optional)"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
