#!/usr/bin/env python3
"""Hand-kept quantity table of event 2 (the Montevar wildfire); writes meta.json beside it."""
import json
import os

FOLDER = "montevar_wildfire"
EVENT = ("Wildfire on the Montevar plateau in the province of Alta Rovena, Caldessa (fictional), started by a combine "
         "harvester in a wheat field outside the village of Torvesa at about 3.40pm on Tuesday 3 August 2055, under "
         "control on Saturday 14 August and out on 19 August: the area burned (running counts, the government's and a "
         "satellite service's final figures), containment, the villages and people evacuated (with the relief "
         "society's rival count), the dead, injured and homes destroyed, the firefighters and aircraft (with "
         "neighbouring Lusandria's), livestock, olive groves and farmland lost, the damage in rival estimates (oros and "
         "euros), the emergency payment raised, the weather and the fire-risk scale, and earlier fires; reported 4 "
         "August - 2 September 2055")
NOTES = (
    "The area burned is one quantity: the Civil Protection agency's running counts (about 4,200 -> 17,800 -> 26,400 -> "
    "33,900 hectares), its final 36,200 and the satellite service's rival 38,700, and the broadsheet's restated "
    "'4,200 hectares reported on its first morning'; the farmland and the forest burned are parts of it and the olive "
    "groves (about 2,100 -> 2,600 hectares, revised) a part of the farmland; the 61 per cent farmland share, the "
    "football pitches and the ratios (almost ten times the first morning's figure, almost three times the 2052 fire) "
    "are other quantities. The people evacuated are one quantity: the government's running count (about 2,300 -> "
    "7,400 -> 9,800) and the Caldessan Relief Society's rival 12,000 (about 12,000 in the translated copy); those who "
    "had returned by 11 August are a part. The firefighters at work are one running level (more than 640 -> more than "
    "1,250 -> 1,650 -> around 1,400, with the broadsheet's 1,650 'at its peak', which is the same moment's figure); the "
    "2,400 who worked on the fire at one time or another are a separate total over the operation, and the 1,900 "
    "seasonal firefighters on the books a population. Aircraft likewise (11 -> 19 -> 16, 19 at the peak), with "
    "Lusandria's four as a part; Lusandria's 120 firefighters are a part of the firefighters. The dead (one -> three -> "
    "four), the homes destroyed (at least 30 -> 112 -> 163 -> 201 -> 212, with Torvesa's 48 as a part), the villages "
    "evacuated (five -> 11 -> 14, the three still closed a part), the livestock dead (more than 5,000 -> 6,200 sheep "
    "and goats, a shepherd's 400 sheep a part), the homes without power (about 4,000 -> about 2,700), the fire front "
    "(nine -> more than 20 kilometres) and the containment (40 -> 85 per cent) are running quantities. The injured "
    "firefighters (three -> 29) are one running count, a part of all the injured (37), with the seriously injured "
    "firefighter and the injured Lusandrian as parts of it. The damage to farms is one quantity with rival and revised "
    "estimates: the farmers' union's 150 million oros (restated by the broadsheet) raised to 210 million (about 30 "
    "million euros), and the government's 140 million (about 20 million euros). The emergency payment to families who "
    "lost their homes, 1,500 oros (about 214 euros) raised on 20 August to 6,000 (about 860 euros), is one amount "
    "revised by decision with its conversions. Temperatures are kept apart by period: 43 degrees on the afternoon the "
    "fire started (wire and broadsheet) is one quantity, the daytime temperatures of the first days ('up to 44C', "
    "'more than 40') another, and Monday's forecast 34 degrees a third. The fire-risk scale's size (five-level) is one "
    "quantity in the wire and the broadsheet; the level 5 of the first days and the level 4 of the new harvesting rule "
    "are two others. Equal values that measure different things are kept apart: the 40 kilometres of closed road and "
    "the flock's 40 years; 'Ten minutes' of the couple's delay and 'ten minutes' for fire to cross a field; the 60 "
    "kilometres to Mirandel, the 60-metre firebreak and the 60 hectares harvested; the four Lusandrian aircraft and "
    "the four helicopters; the 300 fewer seasonal firefighters and the 300 tonnes of feed. Ages, the flock's 40 years, "
    "the fact box's 'Days burning: 3', the vague 'More than a third' of Torvesa and 'up to a third' of working hours "
    "are optional.")

Q = [
    ["burned_area", "total", None, "area burned by the fire (running counts, the agency's final figure and the satellite service's rival figure)"],
    ["farmland_burned", "part", "burned_area", "farmland within the burned area (satellite map)"],
    ["forest_burned", "part", "burned_area", "pine wood and scrub within the burned area"],
    ["olive_area", "part", "farmland_burned", "olive groves burned (first estimate and revision)"],
    ["lumbreras_burned", "part", "farmland_burned", "hectares of Hector Lumbreras's farm burned"],
    ["lumbreras_harvested", "count", None, "hectares Hector Lumbreras harvested before the fire"],
    ["lumbreras_farm", "population", None, "size of Hector Lumbreras's farm"],
    ["farmland_share", "other", None, "farmland's share of the burned area"],
    ["burned_area_pitches", "other", None, "burned area in football pitches (6 August)"],
    ["area_ratio_first_day", "other", None, "final area as a multiple of the first morning's figure"],
    ["area_ratio_2052", "other", None, "area burned by 7 August as a multiple of the 2052 Serra Fria fire"],
    ["perimeter", "other", None, "length of the fire's final perimeter"],
    ["front_length", "other", None, "length of the fire front (running)"],
    ["containment", "other", None, "share of the perimeter under control (running)"],
    ["days_to_control", "other", None, "days until the fire was declared under control"],
    ["days_to_out", "other", None, "days until the fire was out"],
    ["days_burning", "other", None, "days the fire had burned, dating the tabloid's fact box (optional)"],
    ["first_days", "other", None, "days in which the wind drove the flames at the start"],
    ["largest_years", "other", None, "years for which it is Caldessa's largest fire"],
    ["villages_evacuated", "total", None, "villages evacuated (running count)"],
    ["villages_still_closed", "part", "villages_evacuated", "villages still closed on 11 August"],
    ["villages_with_losses", "count", None, "villages in which houses were destroyed"],
    ["evacuees", "total", None, "people evacuated (government's running count and the Relief Society's rival count)"],
    ["returned", "part", "evacuees", "evacuees back home by 11 August"],
    ["dead", "count", None, "people killed by the fire (running count)"],
    ["injured", "total", None, "people injured by the fire (final count)"],
    ["injured_firefighters", "part", "injured", "firefighters injured (running count)"],
    ["injured_firefighters_serious", "part", "injured_firefighters", "firefighters seriously injured on the first afternoon"],
    ["lusandria_injured", "part", "injured_firefighters", "Lusandrian firefighters injured by 7 August"],
    ["ilvar_days_in_hospital", "other", None, "days between Marco Ilvar's injury and his death"],
    ["homes_destroyed", "total", None, "houses destroyed (running count)"],
    ["torvesa_houses_lost", "part", "homes_destroyed", "houses destroyed in Torvesa"],
    ["torvesa_houses_damaged", "count", None, "houses in Torvesa badly damaged"],
    ["torvesa_houses", "population", None, "houses in the village of Torvesa"],
    ["torvesa_population", "population", None, "inhabitants of Torvesa"],
    ["torvesa_homeless_share", "other", None, "share of Torvesa's people without a home (optional, vague)"],
    ["farm_buildings", "count", None, "barns, stables and other farm buildings destroyed"],
    ["homes_no_power", "count", None, "homes without electricity (running)"],
    ["almacil_pupils", "population", None, "pupils of the Almacil school that burned"],
    ["firefighters", "total", None, "firefighters at work on the fire (running level; the peak)"],
    ["lusandria_firefighters", "part", "firefighters", "Lusandrian firefighters sent"],
    ["firefighters_total", "count", None, "firefighters who worked on the fire over the whole operation"],
    ["seasonal_firefighters", "population", None, "seasonal firefighters on the fire service's books this summer"],
    ["firefighter_cut", "other", None, "fewer seasonal firefighters than the year before"],
    ["budget_cut", "other", None, "cut in the fire service's budget"],
    ["aircraft", "total", None, "water-bombing aircraft at work (running; the peak)"],
    ["lusandria_aircraft", "part", "aircraft", "water-bombing aircraft lent by Lusandria"],
    ["helicopters", "count", None, "helicopters at work on 4 August"],
    ["soldiers", "count", None, "soldiers of the army's emergency unit sent"],
    ["lusandria_vehicles", "count", None, "vehicles of the Lusandrian crews"],
    ["lusandria_runs", "count", None, "runs flown by the Lusandrian planes on Saturday 7 August"],
    ["plane_capacity", "other", None, "litres of water a Lusandrian plane carries per run"],
    ["scoop_seconds", "other", None, "seconds a plane needs to scoop its load"],
    ["run_minutes", "other", None, "minutes a Lusandrian plane needs to turn around"],
    ["reservoir_distance", "other", None, "distance from the Valdemira reservoir to the fire front"],
    ["lusandria_cost", "other", None, "cost of the deployment to Lusandria"],
    ["lusandria_cost_refund_share", "other", None, "share of that cost to be reimbursed by the Union"],
    ["crew_shift", "other", None, "length of crews' shifts, in hours"],
    ["crew_sleep", "other", None, "hours crews sleep in the trucks"],
    ["firebreak_width", "other", None, "width of the firebreak the fire jumped"],
    ["smoke_column", "other", None, "height of the smoke column"],
    ["smoke_seen_distance", "other", None, "distance from which the smoke was seen"],
    ["almacil_engines", "count", None, "fire engines given to the Almacil area"],
    ["almacil_engine_villages", "count", None, "villages sharing that fire engine"],
    ["road_closed", "other", None, "length of the closed main road"],
    ["rovena_distance", "other", None, "distance from the fire to Rovena"],
    ["camp_beds", "count", None, "camp beds set up by the Relief Society (4 August)"],
    ["relief_meals", "count", None, "people fed by the Relief Society (4 August)"],
    ["dogs_rescued", "count", None, "dogs and cats rescued by an animal charity"],
    ["temperature_tuesday", "other", None, "temperature on the plateau on the afternoon the fire started"],
    ["temperature_days", "other", None, "daytime temperatures of the fire's first days"],
    ["temperature_forecast", "other", None, "temperature forecast for Monday 9 August"],
    ["humidity", "other", None, "relative humidity on 3 August"],
    ["wind_gusts", "other", None, "wind gusts driving the fire"],
    ["days_without_rain", "other", None, "days without rain when the fire started"],
    ["fire_risk_level", "other", None, "fire-risk level on the plateau since 1 August"],
    ["fire_risk_scale", "other", None, "levels of the weather service's wildfire-risk scale"],
    ["harvest_ban_level", "other", None, "risk level from which the new rule bans afternoon harvesting"],
    ["harvest_time_lost", "other", None, "share of working hours farmers say the ban would cost (optional, vague)"],
    ["harvest_weeks_left", "other", None, "weeks of harvest left when the fire started"],
    ["field_burn_minutes", "other", None, "minutes for the fire to cross Lumbreras's field"],
    ["valcarce_delay", "other", None, "minutes by which the Valcarce couple would have escaped"],
    ["livestock_dead", "total", None, "sheep and goats killed or put down (running estimate)"],
    ["barranda_sheep", "part", "livestock_dead", "Nico Barranda's sheep that died"],
    ["beehives_lost", "count", None, "beehives lost"],
    ["olive_trees", "count", None, "olive trees burned"],
    ["olive_years", "other", None, "years an olive tree takes to give a harvest"],
    ["olive_full_years", "other", None, "years an olive tree takes to give a good harvest"],
    ["feed_tonnes", "other", None, "tonnes of hay and feed brought by cooperatives"],
    ["farm_damage", "other", None, "damage to farms (the farmers' union's first and revised estimates, the government's rival estimate; oros and euros)"],
    ["farms_insured", "other", None, "share of plateau farms insured against fire"],
    ["household_aid", "other", None, "emergency payment to each family that lost its home (1,500 oros raised to 6,000; with euro conversions)"],
    ["exchange_rate", "other", None, "oros to the euro"],
    ["tractor_cost", "other", None, "cost of a tractor"],
    ["aid_claims", "count", None, "households that had applied for the emergency payment by 11 August"],
    ["appeal_fund", "other", None, "money raised by the newspaper's appeal with the Relief Society"],
    ["appeal_donors", "count", None, "donors to that appeal"],
    ["solidarity_request", "other", None, "aid requested from the Union's solidarity fund"],
    ["replanting_fund", "other", None, "money promised to replant olive groves and woods"],
    ["replanting_years", "other", None, "years over which the replanting money is spread"],
    ["firefighting_cost", "other", None, "cost of fighting the fire"],
    ["scrub_decades", "other", None, "decades the abandoned terraces have been filling with scrub"],
    ["mirandel_distance", "other", None, "distance from the fire to Mirandel"],
    ["mirandel_dust_ratio", "other", None, "fine dust in Mirandel as a multiple of the limit"],
    ["mirandel_treated", "count", None, "people treated in Mirandel for breathing problems"],
    ["e2047_area", "other", None, "area burned by the Serra d'Aleixo fire of 2047"],
    ["e2047_dead", "other", None, "people killed by the 2047 fire"],
    ["e2052_area", "other", None, "area burned by the Serra Fria fire in Lusandria in 2052"],
    ["e2052_caldessan_aircraft", "other", None, "aircraft Caldessa sent to Lusandria in 2052"],
    ["farmer_age", "other", None, "age of the farmer killed (optional)"],
    ["ruiz_age", "other", None, "age of Anselmo Ruiz Tello (optional)"],
    ["valcarce_age_him", "other", None, "age of Tomas Valcarce (optional)"],
    ["valcarce_age_her", "other", None, "age of Irene Valcarce (optional)"],
    ["pablo_age", "other", None, "age of their son (optional)"],
    ["barranda_flock_years", "other", None, "years the flock was built over (optional)"],
    ["ilvar_age", "other", None, "age of Marco Ilvar (optional)"],
    ["lusandrian_injured_age", "other", None, "age of the injured Lusandrian firefighter (optional)"],
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
