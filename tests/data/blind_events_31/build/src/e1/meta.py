#!/usr/bin/env python3
"""Hand-kept quantity table of event e1; writes meta.json beside it."""
import json
import os

FOLDER = "kessara_bark_beetle"
EVENT = ("Spruce bark beetle outbreak in the Kessara Highlands forests of Ostrevia (fictional), summer 2055, after "
         "a January storm and the warmest May and June on record: the State Forest Directorate's and the owners' "
         "union's rival counts of the damaged area, the damaged timber volume, the Brennau valley, the log price "
         "collapse, the emergency fund and its increase, owners' losses, neighbouring Lunetia's sawmills and its own "
         "damage, and the final survey; reported 14 July - 18 September 2055")

NOTES = (
    "Rival estimates of one amount are one quantity: the damaged area (the directorate's 18,000 -> 24,500 -> 27,800 "
    "-> 31,200 hectares and the owners' union's at least 25,000 -> more than 30,000 -> 34,000 -> about 38,000, which "
    "adds unmapped woodlots), the damaged volume (the directorate's about 4 -> 5.1 -> 6.4 million cubic metres, the "
    "union's closer to 8 million) and the owners' losses (the union's 1.2 -> 1.4 -> 1.5 -> 1.6 billion zelts, the "
    "ministry's 900 million, with euro conversions). The tabloid's 'roughly 25,000 football pitches' converts the "
    "18,000 hectares into another unit and joins the damaged area. Running counts and levels reported anew are one "
    "quantity each: the Brennau valley's damaged area, the share of the region's forest damaged, owners reporting "
    "damage, traps, harvesting machines and those from Lunetia, trails closed, Lunetian purchases of Ostrevian "
    "spruce since June, the spruce log price now (the local paper's 'going rate' included) and its fall since March, "
    "hotel bookings down, the damaged volume as a multiple of a normal harvest and the outbreak as a multiple of the "
    "2039-2041 one. The emergency fund raised from 90 to 150 million zelts is one amount revised (the earlier value "
    "restated in the local paper joins it). A peak or a low named as such is its own quantity: the mid-August low of "
    "the log price (265 zelts) and the 52 trails 'closed at the height of the summer', kept apart from the running "
    "price and the running count of closed trails even where an earlier article's current value equals them. "
    "Separate quantities also: the March price (560 zelts) beside the current price; the share of the region's "
    "forest and the share of its spruce; the growth of the area since July; the third generation's new damage (a "
    "part); forecasts (a forester's 30,000 hectares by August, the damage that 'can still double'); the Lunetian "
    "price, its fall and Lunetia's damaged area; the 2039-2041 outbreak; July's temperature beside May and June's; "
    "overnight stays in July and August beside bookings. Ages and a family's years of work are optional; 'fourth "
    "generation' of a family and 'the third generation' of beetles are ordinals, not figures; 'in one week' names "
    "the period of a measure and is wording.")

Q = [
    # id, role, part_of, description
    ["area_damaged", "total", None, "forest area with beetle-killed or badly damaged trees in the Kessara Highlands (directorate's and owners' union's rival estimates, running)"],
    ["share_region", "other", None, "damaged area as a share of the region's forest (running)"],
    ["region_forest", "population", None, "forest area of the Kessara Highlands (310,000 ha)"],
    ["share_spruce", "other", None, "damaged area as a share of the region's spruce"],
    ["region_spruce", "population", None, "spruce area of the region (190,000 ha)"],
    ["area_growth", "other", None, "growth of the damaged area since the first survey in July (per cent)"],
    ["area_third_generation", "part", "area_damaged", "new damage added by the third beetle generation in August"],
    ["plot_threshold", "other", None, "size below which woodlots are not on the directorate's maps (one hectare)"],
    ["volume_damaged", "total", None, "volume of damaged timber (directorate's and union's estimates, running)"],
    ["volume_vs_harvest", "other", None, "damaged volume as a multiple of the normal annual harvest (running)"],
    ["normal_harvest", "other", None, "the region's normal annual harvest (1.7 million cubic metres)"],
    ["brennau_area", "part", "area_damaged", "damaged area in the Brennau valley district (running)"],
    ["brennau_forest", "population", None, "woodland area of the Brennau valley (38,000 ha)"],
    ["brennau_share", "other", None, "Brennau valley's damaged area as a share of its woodland"],
    ["brennau_growth", "other", None, "growth of the Brennau valley's damaged area since mid-July (per cent)"],
    ["brennau_growth_period", "other", None, "period over which the Brennau damage grew (less than three weeks)"],
    ["council_forest", "population", None, "forest owned by the Brennau municipality (1,240 ha)"],
    ["council_damaged", "part", "brennau_area", "damaged area of the municipality's forest"],
    ["council_cost", "other", None, "cost of felling and clearing the council's dead trees"],
    ["meeting_attendance", "count", None, "people at the Brennau public meeting"],
    ["storm_felled", "total", None, "timber felled by the January storm"],
    ["storm_lying", "part", "storm_felled", "storm timber still lying in the forest in April"],
    ["temp_anomaly", "other", None, "May-June temperature above the long-term average (2.8 degrees)"],
    ["temp_july", "other", None, "July temperature above the long-term average (1.9 degrees)"],
    ["generations_2055", "other", None, "beetle generations this year (three)"],
    ["generations_normal", "other", None, "beetle generations in a normal year (two)"],
    ["beetle_length", "other", None, "length of a bark beetle (five millimetres)"],
    ["beetles_per_tree", "other", None, "new beetles released by one badly infested spruce"],
    ["traps", "count", None, "pheromone traps set by the directorate (running)"],
    ["catch_peak", "other", None, "highest catch in one trap per week (up to 40,000 beetles)"],
    ["catch_threshold", "other", None, "alarm threshold of beetles per trap per week (5,000)"],
    ["catch_ratio", "other", None, "peak catch as a multiple of the alarm level (eight times)"],
    ["log_price", "other", None, "current price of standard spruce logs in Ostrevia, per cubic metre (running level, zelts and euros)"],
    ["log_price_before", "other", None, "spruce log price in March, before the outbreak (560 zelts)"],
    ["log_price_fall", "other", None, "fall of the spruce log price since March (running, per cent)"],
    ["log_price_low", "other", None, "low of the spruce log price in mid-August (265 zelts)"],
    ["sawmills", "population", None, "sawmills in the region (23)"],
    ["exports_lunetia", "count", None, "Ostrevian spruce bought by Lunetian sawmills since June (running)"],
    ["fund", "total", None, "the government's emergency programme for owners, 90 million zelts raised to 150 million (zelts and euros)"],
    ["fund_paid", "part", "fund", "aid paid out of the emergency fund by mid-September"],
    ["applicants", "count", None, "owners who applied for emergency aid"],
    ["aid_per_ha", "other", None, "aid per hectare cleared (1,800 zelts)"],
    ["aid_cap", "other", None, "cap on aid per owner (45,000 zelts)"],
    ["fund_demand", "other", None, "the owners' union's demand for the fund (at least 400 million zelts)"],
    ["owner_losses", "other", None, "forest owners' losses (union's and ministry's estimates, zelts and euros)"],
    ["owners_total", "population", None, "private forest owners in the region (11,400)"],
    ["owners_hit", "count", None, "private owners reporting beetle damage (running)"],
    ["owners_hit_share", "other", None, "share of private owners with damage (about 60 per cent)"],
    ["machines", "total", None, "harvesting machines at work in the highlands (running)"],
    ["machines_lunetia", "part", "machines", "Lunetian harvesting machines working in the highlands (running)"],
    ["army_trucks", "count", None, "army trucks offered to move timber"],
    ["trails_closed", "total", None, "hiking trails closed across the highlands (running count)"],
    ["brennau_trails", "part", "trails_closed", "closed trails in the Brennau valley"],
    ["trails_closed_peak", "total", None, "hiking trails closed at the height of the summer (a peak, kept apart from the running count)"],
    ["trails_reopened", "part", "trails_closed_peak", "of the trails closed at the peak, those reopened by mid-September"],
    ["bookings_fall", "other", None, "fall in hotel bookings in the valley/highlands on last year (running)"],
    ["overnights_fall", "other", None, "fall in overnight stays in July and August on a year earlier"],
    ["solberg_rooms", "population", None, "rooms in Margit Solberg's guesthouse"],
    ["area_2041", "other", None, "area damaged in the 2039-2041 outbreak"],
    ["recovery_2041", "other", None, "years it took to bring the 2039-2041 outbreak under control"],
    ["vs_2041", "other", None, "this outbreak as a multiple of the 2039-2041 one (running)"],
    ["hessel_holding", "population", None, "Konrad Hessel's forest holding (52 ha)"],
    ["hessel_lost", "count", None, "Hessel's hectares destroyed"],
    ["hessel_tree_age", "other", None, "years of work in Hessel's trees (optional: family history)"],
    ["age_hessel", "other", None, "Konrad Hessel's age (optional)"],
    ["vollmar_holding", "population", None, "Henrike Vollmar's family forest (46 ha)"],
    ["vollmar_lost", "count", None, "Vollmar's damaged hectares"],
    ["vollmar_sold", "count", None, "beetle wood Vollmar has sold"],
    ["age_vollmar", "other", None, "Henrike Vollmar's age (optional)"],
    ["adelsbach_staff", "population", None, "staff of the Adelsbach sawmill after hiring (85)"],
    ["adelsbach_new", "count", None, "extra workers hired by the Adelsbach sawmill"],
    ["adelsbach_shifts", "other", None, "shifts a day at the Adelsbach sawmill"],
    ["adelsbach_yard", "population", None, "capacity of the Adelsbach log yard"],
    ["salvage_felled", "part", "volume_damaged", "damaged timber felled and removed so far (running)"],
    ["salvage_target", "other", None, "target for salvage felling by the end of the year"],
    ["brennau_lorries", "other", None, "lorries a day through Brennau's main street"],
    ["rotation", "other", None, "years a spruce needs before harvest"],
    ["trucks_daily", "other", None, "lorries of logs crossing into Lunetia each day"],
    ["lunetia_price_before", "other", None, "Lunetian spruce log price in spring (95 euros)"],
    ["lunetia_price", "other", None, "Lunetian spruce log price now (61 euros)"],
    ["lunetia_price_fall", "other", None, "fall of the Lunetian spruce price (36 %)"],
    ["ostrevian_share_lun", "other", None, "Ostrevian wood's share of logs processed in Lunetian sawmills this summer"],
    ["ostrevian_share_normal", "other", None, "Ostrevian wood's share in a normal summer"],
    ["kalbach_staff", "population", None, "employees of Winfried Kalbach's sawmill"],
    ["kalbach_yard", "population", None, "capacity of Kalbach's log yard"],
    ["lunetia_catch", "other", None, "highest weekly catch in a Lunetian trap"],
    ["lunetia_area", "count", None, "damaged forest area in Lunetia's Falkenau district (revised)"],
    ["falkenau_forest", "population", None, "forest area of the Falkenau district"],
    ["lunetia_border_zone", "other", None, "distance from the border within which most Lunetian damage lies"],
    ["lunetia_temp", "other", None, "Lunetian June temperature above average"],
    ["lunetia_aid", "other", None, "Lunetian emergency aid for the border district"],
    ["lunetia_traps", "count", None, "additional traps set by Lunetia along the border"],
    ["transport_rule", "other", None, "Lunetian rule: logs debarked or at a sawmill within 72 hours"],
    ["contractor_rate", "other", None, "pay of Lunetian contractors per cubic metre felled"],
    ["contractor_days", "other", None, "days a week Lunetian crews work in Ostrevia"],
    ["brunnhuber_machines", "count", None, "machines Ewald Brunnhuber sent to Ostrevia"],
    ["damage_could_double", "other", None, "forecast multiple: the damage in Ostrevia could still double"],
    ["carbon_sink", "other", None, "CO2 the region's forests normally absorb a year"],
    ["carbon_release", "other", None, "CO2 the forests will release this year"],
    ["altitude_limit", "other", None, "altitude below which spruce has no future (800 m)"],
    ["spruce_below_800", "other", None, "share of the region's spruce below 800 metres"],
    ["replant_per_ha", "other", None, "replanting cost per hectare"],
    ["replant_total", "other", None, "replanting cost for the whole damaged area"],
    ["seedlings_needed", "other", None, "seedlings needed for replanting"],
    ["nursery_capacity", "other", None, "seedlings the country's nurseries can produce a year"],
    ["spruce_cap", "other", None, "rule: state-funded replanting no more than 30 per cent spruce"],
    ["harvester_time", "other", None, "time a harvesting machine needs to fell and strip a tree (less than 60 seconds)"],
    ["expert_forecast", "other", None, "a forester's forecast of the damaged area by August (30,000 hectares)"],
    ["data_interval", "other", None, "interval at which the two governments will share survey data"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{FOLDER}: {len(Q)} quantities")
