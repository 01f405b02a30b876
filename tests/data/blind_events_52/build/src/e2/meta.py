#!/usr/bin/env python3
"""Hand-kept quantity table of event e2 (the Vessick Bridge closure); writes meta.json beside it."""
import json
import os

FOLDER = "tarrisford_bridge_closure"
EVENT = ("Closure of the Vessick Bridge in Tarrisford, Gelvany (fictional): a routine inspection found cracks in the steel "
         "cross-beams of the 620-metre road bridge, which was closed to all traffic at 21:40 on Monday 13 May 2075; cars "
         "were diverted over the Ormbury Bridge and lorries over the Kelsholt motorway bridge, a passenger ferry started on "
         "Monday 20 May, the crack count rose from 11 to 23, and the engineers' report of Monday 24 June put the repairs at "
         "46 million pells and the closure at nine to 12 months; reported 14 May - 27 June 2075")
NOTES = (
    "The cracks are one running count (11 -> 17 -> 23, the fact box's 'Cracks found' included, and the translated "
    "copy's restated 17 of May); the 'six more' found in the second survey are a count of their own and the nine longer "
    "than a metre a part. The longest crack (1.4 -> 2.1 metres) and the spans affected (two -> four) are running "
    "measures. The closure's expected length is one estimate revised ('at least three months' -> 'at least six months' -> "
    "'nine to 12 months'), the translated copy's restated first estimate ('three months', '=') included; 'double' its "
    "first estimate is a ratio apart. The peak delay on the car diversion joins the council's 'up to 40 minutes' (and the "
    "broadcaster's '40 minutes' it estimated) with the drivers' league's 'as much as 70 minutes' as rival estimates; the "
    "tabloid's 'almost twice' is their ratio, apart. Traffic over the Ormbury Bridge on a given day is one running count "
    "(44,000 on a Thursday -> 47,000 on a Friday -> 'around 47.000'), its normal level (about 21,000) and its multiple of "
    "that level ('more than doubled', 'more than double') are apart, and so is the six-week average (45,500). The repair "
    "bill is one estimate revised (about 28 million -> 46 million pells, with the translated copy's 126 million korins at "
    "4,5 korins to the pell), with the report's three parts; its rise in per cent is apart. The replacement's cost joins "
    "a councillor's '200 million or more', the consultants' range and the opposition's 'closer to 300 million' as rival "
    "estimates. The loss to the economy joins the chamber of commerce's about 450,000 pells a day (about 2 million "
    "korins) and the ministry's about 300,000. The Dravonian hauliers' extra cost is one amount in two currencies (1,8 "
    "million korins, about 400.000 and 400,000 pells a week). Ambulance response times: the time before the closure (9 "
    "minutes) is apart from the running time since (16 -> 13), and the rise of seven minutes is apart. The ferry's "
    "passengers a day are a running count (2,600 -> about 3,100) with the schoolchildren as a part; its capacity per trip "
    "and its weekly cost are apart. The bridge's traffic, lorries, pedestrians, lanes, spans and length, Lenthside's "
    "population, the pupils, the authority's bridges, the traders surveyed and the Dravonian lorries a day are "
    "populations. The 2071 inspection's deferred repairs are a figure of an earlier year. A driver's age and the period "
    "of the Ormbury average are optional.")
Q = [
    ["cracks", "total", None, "cracks found in the bridge's steel cross-beams (running count)"],
    ["cracks_new", "count", None, "cracks found in the second survey beyond the first inspection's"],
    ["cracks_long", "part", "cracks", "cracks longer than a metre"],
    ["crack_longest", "other", None, "length of the longest crack (running measure)"],
    ["spans_aff", "count", None, "spans with cracked beams beneath them (running count)"],
    ["spans_total", "population", None, "spans of the bridge (14)"],
    ["bridge_len", "population", None, "length of the bridge (620 metres)"],
    ["lanes", "population", None, "lanes of the bridge"],
    ["bridge_age", "other", None, "age of the bridge (56 years)"],
    ["traffic", "population", None, "vehicles crossing the bridge a day before the closure"],
    ["lorries", "population", None, "lorries crossing the bridge a day before the closure"],
    ["peds", "population", None, "pedestrians and cyclists crossing a day before the closure"],
    ["lenthside_pop", "population", None, "residents of Lenthside"],
    ["pupils", "population", None, "pupils who cross the river to school each day"],
    ["orm_dist", "other", None, "distance of the Ormbury Bridge upstream"],
    ["detour_car", "other", None, "length of the car diversion via Ormbury (31 km)"],
    ["detour_lorry", "other", None, "length of the lorry diversion via Kelsholt (58 km)"],
    ["delay_peak", "other", None, "extra journey time on the car diversion at peak (council's estimate and drivers' league's measurement)"],
    ["delay_ratio", "other", None, "drivers' league's delay as a multiple of the council's estimate"],
    ["lorry_limit", "other", None, "weight above which lorries must use the Kelsholt motorway crossing (rule)"],
    ["queue_km", "other", None, "length of the queues at Ormbury on 14 May"],
    ["police", "count", None, "police officers directing traffic on 14 May"],
    ["amb_extra", "count", None, "ambulances moved south of the river"],
    ["bus_routes", "count", None, "bus routes diverted"],
    ["florist_takings", "other", None, "a florist's takings on 14 May"],
    ["florist_normal", "other", None, "the florist's takings on a normal day"],
    ["deferred", "other", None, "repairs recommended after the 2071 inspection and put off"],
    ["bridges_total", "population", None, "bridges the regional roads authority looks after (212)"],
    ["bridges_other", "population", None, "the region's other bridges (211)"],
    ["bridge_budget", "other", None, "the authority's bridge budget a year"],
    ["per_bridge", "other", None, "bridge budget per structure a year"],
    ["survey_days", "other", None, "days within which the authority would say how long the closure would last"],
    ["helpline", "count", None, "calls to the council's helpline on the morning of 14 May"],
    ["sensors", "count", None, "sensors fitted to the bridge (running count)"],
    ["closure_est", "other", None, "expected length of the closure to general traffic (estimates revised)"],
    ["closure_ratio", "other", None, "revised closure estimate as a multiple of the first"],
    ["repair_cost", "total", None, "cost of repairing the bridge (first estimate revised by the engineers' report)"],
    ["repair_steel", "part", "repair_cost", "cost of the steelwork"],
    ["repair_design", "part", "repair_cost", "cost of design and monitoring"],
    ["repair_traffic", "part", "repair_cost", "cost of the diversion, the ferry and traffic management"],
    ["repair_rise", "other", None, "rise of the repair estimate on the first estimate"],
    ["replace_cost", "other", None, "cost of replacing the bridge (rival estimates)"],
    ["replace_years", "other", None, "time to replace the bridge"],
    ["workers", "count", None, "workers on site at the peak of the repairs"],
    ["design_load", "other", None, "lorry weight the bridge was designed for"],
    ["legal_limit", "other", None, "legal weight limit for lorries since 2052"],
    ["speed_limit", "other", None, "speed limit for buses and emergency vehicles from 1 July"],
    ["ferry_freq", "other", None, "interval between ferry crossings"],
    ["ferry_cap", "population", None, "passengers the ferry boats take a trip"],
    ["ferry_boats", "count", None, "boats hired for the ferry"],
    ["ferry_cost", "other", None, "cost of the ferry to the council a week"],
    ["ferry_pax", "total", None, "ferry passengers a day (running count)"],
    ["ferry_pupils", "part", "ferry_pax", "schoolchildren among the ferry's passengers a day"],
    ["shuttles", "count", None, "extra shuttle buses"],
    ["orm_daily", "count", None, "vehicles crossing the Ormbury Bridge on a day of the closure (running count)"],
    ["orm_normal", "other", None, "vehicles crossing the Ormbury Bridge on a normal weekday"],
    ["orm_ratio", "other", None, "Ormbury traffic as a multiple of its normal level"],
    ["orm_avg", "count", None, "average vehicles a day over the Ormbury Bridge in the first six weeks"],
    ["orm_avg_weeks", "other", None, "period of the Ormbury average (optional)"],
    ["econ_cost", "other", None, "loss to the regional economy a day (chamber of commerce's and ministry's estimates)"],
    ["cafe_fall", "other", None, "fall in a café's takings"],
    ["cafe_coffees", "count", None, "coffees a café sold on 14 May"],
    ["amb_before", "other", None, "average ambulance response time in Lenthside before the closure"],
    ["amb_now", "other", None, "average ambulance response time in Lenthside since the closure (running measure)"],
    ["amb_rise", "other", None, "rise in the response time"],
    ["traders", "population", None, "members surveyed by the Lenthside Traders' Association"],
    ["traders_down", "count", None, "surveyed traders whose takings fell"],
    ["traders_fall", "other", None, "average fall in their takings"],
    ["age_ferrick", "other", None, "age of van driver Dale Ferrick (optional)"],
    ["ferrick_trips", "count", None, "deliveries a day Dale Ferrick makes across the river"],
    ["ferrick_customers", "count", None, "customers Dale Ferrick has lost"],
    ["brisk_kids", "count", None, "Kayla Brisk's children taking the ferry"],
    ["drav_cost", "other", None, "Dravonian hauliers' extra cost a week (korins and pells)"],
    ["korin_rate", "other", None, "exchange rate, korins to the pell"],
    ["drav_lorries", "population", None, "Dravonian lorries crossing the bridge a day before the closure"],
    ["lorry_delay", "other", None, "extra time of a lorry trip to the port"],
    ["trenko_lorries", "population", None, "lorries of Borislav Trenko's firm"],
    ["drive_limit", "other", None, "legal driving limit a day (rule)"],
    ["trenko_cost", "other", None, "Borislav Trenko's extra cost a day"],
    ["port_fall", "other", None, "fall in lorry traffic at the port since mid-May"],
    ["drav_tonnes", "population", None, "Dravonian goods through the port of Tarrisford a year"],
    ["drav_share", "other", None, "Dravonian goods as a share of the port's traffic"],
    ["govts", "count", None, "governments meeting in July"],
]
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
