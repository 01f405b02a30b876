#!/usr/bin/env python3
"""Hand-kept quantity table of event 1 (the Ombra cholera outbreak); writes meta.json beside it."""
import json
import os

FOLDER = "ombra_cholera_outbreak"
EVENT = ("Cholera outbreak in the flood camps of the Ombra delta, Tessarind (fictional), after floods that began on "
         "Sunday 28 May 2056; first cases on 11 June in a relief camp at Kellimar, outbreak declared on Friday 16 June: "
         "the running counts of suspected and confirmed cases and deaths (with the province, district and city "
         "sub-counts, the children among the dead and the deaths added after a review), the medical charity "
         "Clearspring's rival estimates of the cases, the death rate, the treatment centres and beds, the vaccine "
         "requested, delivered and given, water, latrines and prices in the camps, the floods' own toll and displaced "
         "(revised), the government's emergency fund (sevrins and euros), Lunhavia's aid and the earlier outbreak of "
         "2041; reported 19 June - 21 July 2056")
NOTES = (
    "Cases: the Health Ministry's running count of suspected cases (1,240 -> 2,870 -> 3,900 -> 5,210 -> 9,480, with the "
    "wire headline's 'pass 1,200') and Clearspring's rival estimates of how many people fell ill (more than 2,000, "
    "closer to 4,000, at least 5,000, about 14,000) are one quantity: both estimate the number of cholera cases in the "
    "outbreak. Laboratory-confirmed cases are a part of it, as are the province's, Dunso's, Kellimar district's (a part "
    "of the province's) and Port Galen's (a part of the province's) cases. Deaths: one running count (38 -> 61 -> 84 -> "
    "97 -> 162); the 29 deaths added on 8 July after a review of burial records, the 19 children and the province's 88 "
    "are parts, Kellimar's 52 a part of the province's; a grandfather's two grandchildren who died are a part of the "
    "deaths. The share of patients who died (3.1 -> 2.2 -> 1.7 per cent, with the translated copy's and the "
    "broadsheet's restated 3.1) is one running rate; the 1 per cent target is a threshold of its own; Kellimar's 2.4 per "
    "cent is another base. Daily new cases are a quantity per day and area: 310 nationally on Sunday 18 June, about 480 "
    "in Ombra on Monday 26 June, the national peak of 640 on 29 June and about 85 a day in mid-July are four "
    "quantities. Ratios are their own quantities (more than double Monday's cases, half as many again as the ministry, "
    "more than twice 2041's cases, more than twice the doses first requested, three times the old water price). The "
    "treatment centres (14 -> 18 -> 23 -> 27 -> 31) are one running count; Clearspring's four and the province's 22 are "
    "parts. The vaccine: the 500,000 doses requested of the stockpile and approved are one quantity, whose parts are "
    "Lunhavia's 150,000 and the first delivery of 300,000; the 1.1 million doses delivered by July are a separate "
    "running total; the people vaccinated (41,000 -> 840,000) are one running count, the 1.16 million target another "
    "quantity and the 72 per cent coverage another base. The floods: their dead (74 -> 91) and displaced (310,000 -> "
    "420,000, the broadsheet quoting '310,000 first reported') are each one quantity revised; the 160,000 still in camps "
    "are a part of the displaced; the relief camps (146 -> 180) are one running count with the nine camps with cases as "
    "a part. Money: the emergency fund of 120 million sevrins (about 3 million euros) raised to 180 million (about 4.5 "
    "million euros) is one amount revised by decision, with its conversions; Lunhavia's aid of 1.2 million euros is one "
    "quantity with its conversion to about 48 million sevrins, and its 40 per cent of the emergency fund is another "
    "base. The price of a litre of bottled water in the camps (60 -> 45 sevrins) is one running price; the pre-flood 20 "
    "sevrins and the 30-sevrin cap are their own. The latrine ratio of one for 200 people is one quantity in the tabloid "
    "and the translated copy; the standard of one for 20 is its own. Equal values that measure different things are "
    "kept apart: the 97 deaths of the 2041 outbreak and the 97 deaths nationally on 27 June; the 8,000 people of a camp "
    "and the 8,000 people a purification unit can serve; two days between tankers, two days of carrying the dead and "
    "two days of falling cases; 40 sevrins to the euro and Lunhavia's 40 per cent. Ages, family sizes, a nurse's career, "
    "the tabloid's 'eleven days' since the first cases, the broadsheet's 'Six weeks' after, and the vague 'more than "
    "half' of the province's deaths are optional.")

Q = [
    # id, role, part_of, description
    ["cases", "total", None, "cholera cases in the outbreak since 11 June, nationally: the Health Ministry's running count of suspected cases and Clearspring's rival estimates of the people who fell ill"],
    ["confirmed", "part", "cases", "cases confirmed by laboratory tests (running count)"],
    ["ombra_cases", "part", "cases", "cases recorded in Ombra province (running count)"],
    ["kellimar_cases", "part", "ombra_cases", "cases in the Kellimar district of Ombra province (running count)"],
    ["portgalen_cases", "part", "ombra_cases", "cases recorded in the city of Port Galen by 26 June"],
    ["dunso_cases", "part", "cases", "cases recorded in Dunso province by 18 June"],
    ["deaths", "total", None, "cholera deaths nationally since 11 June (running count)"],
    ["ombra_deaths", "part", "deaths", "cholera deaths in Ombra province by 26 June"],
    ["kellimar_deaths", "part", "ombra_deaths", "cholera deaths in the Kellimar district by 26 June"],
    ["kellimar_death_share", "other", None, "Kellimar's share of the province's deaths ('more than half'; optional)"],
    ["child_deaths", "part", "deaths", "children among the cholera dead by 21 June"],
    ["community_deaths", "part", "deaths", "deaths added to the count on 8 July after a review of village burial records"],
    ["lunn_grandchildren_dead", "part", "deaths", "grandchildren of Ezra Lunn who died of cholera"],
    ["new_cases_sunday", "count", None, "new cases reported nationally on Sunday 18 June"],
    ["ombra_new_cases", "count", None, "new cases in Ombra province on Monday 26 June (per day)"],
    ["peak_new_cases", "count", None, "national peak of new cases a day, on 29 June"],
    ["new_cases_now", "count", None, "new cases a day nationally in the week to 21 July"],
    ["cases_ratio_monday", "other", None, "cases on 21 June as a multiple of those announced on Monday 19 June"],
    ["cases_ratio_clearspring", "other", None, "Clearspring's estimate of cases as a multiple of the ministry's count (July)"],
    ["cases_ratio_2041", "other", None, "this outbreak's cases as a multiple of the 2041 outbreak's"],
    ["ombra_share", "other", None, "Ombra province's share of all cases (July)"],
    ["cfr", "other", None, "share of patients who died (case fatality rate, running)"],
    ["cfr_target", "other", None, "case fatality rate health agencies aim to stay below"],
    ["kellimar_cfr", "other", None, "case fatality rate in the Kellimar district"],
    ["treatment_centres", "total", None, "cholera treatment centres open in the country (running count)"],
    ["clearspring_centres", "part", "treatment_centres", "treatment centres run by Clearspring on 19 June"],
    ["ombra_centres", "part", "treatment_centres", "treatment centres in Ombra province on 27 June"],
    ["clearspring_daily_patients", "count", None, "patients a day treated at Clearspring's Kellimar field hospital"],
    ["clearspring_capacity", "population", None, "patients the Clearspring field hospital's tents were meant for"],
    ["cot_children", "other", None, "children put on each cot at the Clearspring field hospital"],
    ["drip_shortages", "count", None, "times the Clearspring field hospital ran out of drips that week"],
    ["kellimar_school_patients", "count", None, "patients counted at a school-yard treatment centre in Kellimar"],
    ["kellimar_school_nurses", "count", None, "nurses at the school-yard treatment centre in Kellimar"],
    ["doctors_sent", "count", None, "extra doctors sent to the delta from other provinces"],
    ["nurses_sent", "count", None, "nurses sent to the delta from other provinces"],
    ["patients_per_doctor", "other", None, "patients per extra doctor sent (critics' ratio)"],
    ["hospital_beds", "population", None, "cholera beds at Port Galen General Hospital (raised from 60 to 220)"],
    ["beds_days", "other", None, "days in which the hospital raised its cholera beds"],
    ["stadium_cots", "population", None, "cots at the treatment centre in the Riverside stadium"],
    ["stadium_tents", "count", None, "large tents of the Riverside stadium treatment centre"],
    ["tasso_shift", "other", None, "length of nurse Mirela Tasso's shifts, in hours"],
    ["recovery_hours", "other", None, "hours in which a rehydrated patient sits up again (nurse's account)"],
    ["vaccine_request", "total", None, "oral cholera vaccine doses requested of the international stockpile and approved for Tessarind"],
    ["lunhavia_doses", "part", "vaccine_request", "vaccine doses paid for by Lunhavia"],
    ["first_delivery", "part", "vaccine_request", "first delivery of vaccine doses, landed in Port Galen on Sunday 25 June"],
    ["doses_delivered", "count", None, "vaccine doses sent by the international stockpile by 21 July"],
    ["doses_ratio", "other", None, "doses delivered as a multiple of the doses first requested"],
    ["vaccinated", "count", None, "people vaccinated in Ombra province (running count)"],
    ["vaccination_target", "population", None, "people the vaccination campaign in Ombra set out to reach"],
    ["vaccination_coverage", "other", None, "share of the target population vaccinated by 21 July"],
    ["doses_per_person", "other", None, "doses needed for full protection"],
    ["dose_interval", "other", None, "interval between the two vaccine doses, in days"],
    ["ors_sachets", "count", None, "sachets of oral rehydration salts handed out in Ombra"],
    ["leaflet_languages", "count", None, "languages of the Scouts' leaflets"],
    ["falling_days", "other", None, "days in a row of falling new cases in Ombra to 26 June"],
    ["tanker_interval", "other", None, "days between water tanker visits to a camp (19 June)"],
    ["camp_size", "population", None, "people in a camp served by one tanker"],
    ["tankers", "total", None, "water tankers supplying the camps on 27 June"],
    ["tankers_army", "part", "tankers", "water tankers lent by the army"],
    ["tanker_litres", "other", None, "litres of treated water a day brought by tanker to the camps"],
    ["litres_per_person", "other", None, "litres of water a day per person in the camps"],
    ["litres_standard", "other", None, "minimum litres of water a day per person set by aid agencies"],
    ["latrine_ratio", "other", None, "people per latrine in some camps"],
    ["latrine_standard", "other", None, "people per latrine aid agencies say there should be"],
    ["latrines", "count", None, "latrines built in the camps since June"],
    ["water_price", "other", None, "price of a litre of bottled water in the camps and the city (running)"],
    ["water_price_before", "other", None, "price of a litre of bottled water before the floods"],
    ["water_price_ratio", "other", None, "bottled water price as a multiple of the pre-flood price"],
    ["water_price_cap", "other", None, "price per litre above which the governor threatened fines"],
    ["walk_distance", "other", None, "distance Samira Oduya carried her son to a clinic"],
    ["time_to_death", "other", None, "hours after arrival at the clinic in which the boy died"],
    ["lunn_days", "other", None, "days in which Ezra Lunn lost two grandchildren"],
    ["carry_days", "other", None, "days families carried their dead to bury them on dry ground"],
    ["mother_children", "other", None, "Samira Oduya's children (optional)"],
    ["mother_age", "other", None, "age of Samira Oduya (optional)"],
    ["son_age", "other", None, "age of her son Tobi (optional)"],
    ["lunn_age", "other", None, "age of Ezra Lunn (optional)"],
    ["tasso_age", "other", None, "age of nurse Mirela Tasso (optional)"],
    ["tasso_career", "other", None, "nurse Mirela Tasso's years as a nurse (optional)"],
    ["pereth_age", "other", None, "age of Jonah Pereth (optional)"],
    ["pereth_children", "other", None, "Jonah Pereth's children (optional)"],
    ["sollmann_age", "other", None, "age of the Lunhavian team leader (optional)"],
    ["outbreak_days", "other", None, "days since the first cases, dating the tabloid article (optional)"],
    ["weeks_since", "other", None, "weeks since the first cases, dating the broadsheet article (optional)"],
    ["flood_rain", "other", None, "rain that fell on the delta when the floods began"],
    ["flood_rain_days", "other", None, "days over which that rain fell"],
    ["river_rise", "other", None, "height of the Ombra river above its normal level"],
    ["flood_dead", "count", None, "people killed by the floods themselves (revised)"],
    ["displaced", "total", None, "people driven from their homes by the floods (revised after a camp census)"],
    ["in_camps", "part", "displaced", "people still in camps on 21 July"],
    ["flooded_area", "other", None, "area left under water by the floods"],
    ["camps", "total", None, "relief camps for the displaced (running count)"],
    ["camps_with_cases", "part", "camps", "camps that had reported cholera cases by 19 June"],
    ["schools_shelters", "count", None, "schools in Ombra used as shelters"],
    ["exam_delay", "other", None, "postponement of the end-of-year exams"],
    ["plant_flood_depth", "other", None, "depth of water over the Kellimar treatment plant"],
    ["rain_forecast", "other", None, "rain forecast for the delta on 21-22 June"],
    ["pump_stations", "population", None, "pumping stations of the province's water company"],
    ["pumps_damaged", "total", None, "pumping stations flooded or without power"],
    ["pumps_repaired", "part", "pumps_damaged", "damaged pumping stations working again by 21 July"],
    ["kellimar_plant_cost", "other", None, "cost of the treatment plant built in Kellimar after 2041"],
    ["water_system_cost", "other", None, "engineers' cost of a flood-proof water system for the delta (sevrins and euros)"],
    ["flood_return_before", "other", None, "return period once expected for a flood of May's size"],
    ["flood_return_now", "other", None, "return period now expected for such a flood"],
    ["emergency_fund", "other", None, "government emergency fund for the outbreak (120 million sevrins raised to 180 million; with euro conversions)"],
    ["exchange_rate", "other", None, "sevrins to the euro"],
    ["appeal_target", "other", None, "target of the international appeal"],
    ["appeal_pledged", "other", None, "pledges to the international appeal by 21 July"],
    ["appeal_share", "other", None, "share of the appeal's target pledged"],
    ["lunhavia_aid", "other", None, "Lunhavia's emergency aid (euros, with its sevrin conversion)"],
    ["lunhavia_aid_share", "other", None, "Lunhavia's aid as a share of the Tessarindi emergency fund"],
    ["lunhavia_team", "count", None, "Lunhavian doctors and nurses sent"],
    ["purification_units", "count", None, "water treatment units sent by Lunhavia"],
    ["purification_capacity", "other", None, "litres a day each Lunhavian unit can clean"],
    ["purification_people", "other", None, "people a unit's water is enough for"],
    ["cargo_tonnes", "other", None, "tonnes of material carried by the Lunhavian aircraft"],
    ["folding_beds", "count", None, "folding beds for cholera patients sent by Lunhavia"],
    ["lunhavian_hand_donations", "other", None, "donations collected by the Lunhavian Hand organisation"],
    ["lunhavian_hand_team", "count", None, "volunteers in Lunhavian Hand's second team"],
    ["lunhavians_in_tessarind", "population", None, "Lunhavians living in Tessarind"],
    ["asmerin_distance", "other", None, "distance from Asmerin to the flood zone"],
    ["embassy_calls", "count", None, "calls to the Lunhavian embassy from worried relatives"],
    ["donor_countries", "count", None, "countries that had offered help by 23 June"],
    ["cha_grade", "other", None, "level of the outbreak on the Continental Health Agency's emergency scale"],
    ["cha_grade_scale", "other", None, "levels of that emergency scale"],
    ["e2041_deaths", "other", None, "deaths in the 2041 cholera outbreak in Kellimar"],
    ["e2041_cases", "other", None, "cases in the 2041 cholera outbreak in Kellimar"],
    ["e2041_lunhavia_aid", "other", None, "Lunhavia's aid in the 2041 outbreak"],
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
