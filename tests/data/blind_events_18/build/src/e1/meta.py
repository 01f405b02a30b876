#!/usr/bin/env python3
"""Hand-kept table of quantities for event e1; writes meta.json beside this file."""
import json
import os

FOLDER = "brennick_ship_fire"
EVENT = ("Fire aboard Halvenmoor Line's container ship Aurelian Spirit at Kessel Quay, Port of Brennick, "
         "Tassland, from about 02:40 on Monday 6 October 2036: crew rescued, missing and dead, containers "
         "aboard, burning and lost overboard, firefighters and vessels, dangerous cargo (owner vs port "
         "authority vs surveyor), the port's closure and the ships waiting, fuel oil leaked, salvage and "
         "insured losses, and the 2031 fire on the sister ship Aurelian Grace, reported 6-16 October 2036 "
         "(fictional)")
NOTES = (
    "Dates (6 October, Oct 6), years (2031) and clock times (02:40, 05:00, 07:00) are time anchors, not "
    "figures. Running counts are one quantity across days: crew missing (3 -> 2 -> 1 -> 1), crew dead "
    "(1 -> 2), crew rescued (21 -> 22, one man found alive on the second day), crew in hospital (4 -> 5), "
    "containers hit by fire (at least 40 -> more than 150 -> about 380 -> 520 -> some 610: 'burning' and "
    "'damaged or destroyed by fire' are read as one growing count), containers overboard (at least 6 -> "
    "18 -> 23 -> 27) with those located (11 -> 19) and recovered (4 -> 8) as parts, containers lifted off "
    "(1,340 -> nearly 2,900), containers aboard (9,840 when the fire began -> more than 8,000 -> fewer "
    "than 7,000 as boxes were lifted off: the brief's running count of containers aboard), firefighters "
    "(about 180 -> 200 -> some 240 -> more than 260), firefighting vessels (7 -> 11 -> 14), injured "
    "firefighters (3 -> 7), the ship's list (4 -> 7 degrees), the slick's length (2 miles -> 8 km), "
    "oiled birds, bird-centre volunteers (11 on Tuesday, 140 on Saturday), ships waiting at anchor "
    "(12 -> 31 -> 47 -> 52 -> 23 -> 9) and Halvenmoor's fall since the fire (13.5 -> 17 per cent). "
    "Estimates of one amount are one quantity: dangerous-goods containers (owner 31 vs port authority "
    "58) and tonnes (owner 410, port authority about 690, the tabloid's 'UP TO 700', the insurers' "
    "surveyor roughly 650); fuel oil leaked (about 120 -> 150 to 200 -> an estimated 180 tonnes = some "
    "184,000 litres); the port closure forecast and actual (at least 48 hours -> at least five days -> "
    "six days); the insured loss (a tabloid's EUR 400m, a bank's 300-450 million, underwriters' EUR "
    "380m-430m = $410m-465m); the salvage cost (around 50 million -> EUR 55m-70m). The fire brought "
    "under control (three and a half days = 84 hours) and the fire put out (almost six days) are "
    "different quantities; so are Kessel Quay's further closure (at least three more weeks) and the "
    "port's closure, the day-one share fall (6.2), Thursday's fall (4.1) and the fall since the fire. "
    "The sister ship's 2031 fire (11 days, two dead, 130 containers lost) has its own quantities. The "
    "27 undeclared containers are the gap between 31 and 58 and are annotated as a part of the "
    "dangerous-goods containers. 'TWO MILES' for the distance of homes from the ship and 'TWO MILES' for "
    "the slick are different quantities. Ages, 'in five years' / 'FIVE YEARS AGO', 'Ten days after', "
    "'in the past decade', 'roughly a third' and the union's 'at least one in ten' are optional. 'TEU' "
    "is a unit; 'longer than THREE football pitches' is the ship's length in another unit. The partitive 'one of three crew members' and 'the second' (ordinal) are not figures; 'one of "
    "them' with severe burns is a count of one. Optional figures count neither for nor against a "
    "system.")

# id, role, part_of, description
Q = [
    ["crew_total", "total", None, "crew members aboard the Aurelian Spirit when the fire broke out (24)"],
    ["crew_rescued", "part", "crew_total", "crew members rescued / who survived (running count 21 -> 22)"],
    ["crew_missing", "part", "crew_total", "crew members missing (running count 3 -> 2 -> 1)"],
    ["crew_dead", "part", "crew_total", "crew members confirmed dead (running count 1 -> 2)"],
    ["crew_hospital", "part", "crew_rescued", "crew members taken to hospital (4 -> 5)"],
    ["crew_burns", "part", "crew_hospital", "crew member with severe burns (one)"],
    ["crew_norvenian", "part", "crew_total", "Norvenian crew members (5)"],
    ["crew_keverran", "part", "crew_total", "Keverran crew members (16)"],
    ["crew_tasslish", "part", "crew_total", "Tasslish crew members (3)"],
    ["survivor_age", "other", None, "age of the rescued engineer Arno Keddis (optional)"],
    ["survivor_trapped", "other", None, "hours the rescued engineer spent trapped before being found"],
    ["survivor_children", "population", None, "children of the rescued engineer (dad-of-three)"],
    ["relatives_flown", "count", None, "relatives of the missing men flown to Brennick by Halvenmoor (six)"],
    ["tressel_age", "other", None, "age of dock worker Gary Tressel (optional)"],
    ["ship_length", "other", None, "length of the Aurelian Spirit (366 metres; 'longer than THREE football pitches')"],
    ["ship_capacity", "population", None, "capacity of the Aurelian Spirit in TEU"],
    ["containers_aboard", "total", None, "containers aboard the ship (9,840 when the fire began; fewer as boxes are lifted off)"],
    ["containers_fire", "part", "containers_aboard", "containers burning / damaged or destroyed by fire (running count)"],
    ["containers_overboard", "part", "containers_aboard", "containers lost overboard into the harbour (running count)"],
    ["overboard_located", "part", "containers_overboard", "overboard containers located on the harbour floor (11 -> 19)"],
    ["overboard_recovered", "part", "overboard_located", "overboard containers lifted out of the water (4 -> 8)"],
    ["containers_removed", "part", "containers_aboard", "containers lifted off the ship by salvors (1,340 -> nearly 2,900)"],
    ["dg_containers", "part", "containers_aboard", "containers of dangerous goods aboard (owner 31 vs port authority 58)"],
    ["dg_batteries", "part", "dg_containers", "containers of lithium batteries among the dangerous goods (14)"],
    ["dg_undeclared", "part", "dg_containers", "dangerous-goods containers booked as general cargo (27)"],
    ["dg_ratio", "other", None, "port authority's dangerous-goods count as a multiple of the owner's ('NEARLY TWICE')"],
    ["hazardous_tonnes", "total", None, "tonnes of hazardous material aboard (owner 410; port authority about 690; up to 700; surveyor 650)"],
    ["hypochlorite_tonnes", "part", "hazardous_tonnes", "tonnes of calcium hypochlorite among the hazardous cargo (160)"],
    ["firefighters", "total", None, "firefighters deployed on the fire (running count about 180 -> more than 260)"],
    ["ff_injured", "part", "firefighters", "firefighters treated for heat exhaustion or burns (3 -> 7)"],
    ["fire_brigades", "count", None, "fire brigades that sent crews (nine)"],
    ["fire_vessels", "total", None, "fireboats, tugs and other vessels fighting the fire (7 -> 11 -> 14)"],
    ["fire_vessels_norvenian", "part", "fire_vessels", "Norvenian vessels among those fighting the fire (three)"],
    ["fire_tugs_norvenian", "part", "fire_vessels_norvenian", "Norvenian fire tugs among the Norvenian vessels (two)"],
    ["hold_temperature", "other", None, "temperature inside the burning hold (more than 800 C)"],
    ["ship_list", "other", None, "the ship's list in degrees (4 -> 7)"],
    ["fire_control_time", "other", None, "time from the outbreak until the fire was under control (three and a half days = 84 hours)"],
    ["fire_out_time", "other", None, "time from the outbreak until the fire was put out (about six days)"],
    ["stay_indoors_radius", "other", None, "radius of the keep-windows-closed advice (3 km)"],
    ["resident_distance", "other", None, "distance of children's homes from the ship cited by a dock worker (two miles)"],
    ["bunker_fuel", "population", None, "heavy fuel oil in the ship's tanks (about 3,400 tonnes)"],
    ["fuel_leaked", "other", None, "heavy fuel oil leaked (about 120 -> 150 to 200 -> an estimated 180 tonnes = some 184,000 litres)"],
    ["slick_length", "other", None, "length of the oil slick (two miles -> eight kilometres at its largest)"],
    ["shoreline_oiled", "other", None, "kilometres of shoreline oiled (about 11)"],
    ["booms", "other", None, "length of floating booms laid (6,500 metres = 6.5 km)"],
    ["oiled_birds", "count", None, "oiled seabirds taken in by the Orrin Sands rescue centre (more than 300 -> 340)"],
    ["bird_volunteers", "count", None, "volunteers at the bird rescue centre (running count 11 -> 140)"],
    ["port_throughput", "other", None, "the Port of Brennick's annual throughput (3.1 million TEU)"],
    ["kessel_berths", "population", None, "berths at Kessel Quay (four)"],
    ["total_berths", "population", None, "berths at Brennick's container port (11)"],
    ["kessel_capacity_share", "other", None, "share of container capacity out of use ('roughly a third', optional)"],
    ["kessel_closure", "other", None, "further closure of Kessel Quay after the port reopened (at least three more weeks)"],
    ["port_closure", "other", None, "duration of the closure of the whole port (forecast at least 48 hours -> at least five days; actual six days)"],
    ["ships_waiting", "count", None, "ships waiting at anchor outside the port (running count 12 -> 31 -> 47 -> 52 -> 23 -> 9)"],
    ["norvenian_boxes", "count", None, "containers for Norvenian importers stuck in Brennick (about 1,200)"],
    ["daily_cost", "other", None, "cost of the closure to local business per day (EUR 18m, chamber of commerce)"],
    ["closure_cost", "other", None, "total cost of the closure to local business (more than EUR 100m)"],
    ["lorries_daily", "other", None, "lorries normally moved out of the Kessel terminal per day (about 400)"],
    ["port_staff", "population", None, "people employed by the port (about 2,400)"],
    ["dockers_sent_home", "count", None, "Halvenmoor-agent dockers at the terminal paid while the quay is closed (620)"],
    ["council_cleanup", "other", None, "city council spending on the clean-up so far (about EUR 1.2m)"],
    ["smell_complaints", "count", None, "complaints to the council about the smell (more than 400)"],
    ["salvage_cost", "other", None, "cost of the salvage (around EUR 50m -> EUR 55m-70m)"],
    ["insured_loss", "total", None, "total insured loss (EUR 400m; 300-450 million; EUR 380m-430m = $410m-465m)"],
    ["cargo_claims", "part", "insured_loss", "cargo claims within the insured loss (EUR 250m-300m)"],
    ["hull_value", "other", None, "insured value of the hull (EUR 118m)"],
    ["cargo_value", "other", None, "value of the cargo aboard (about EUR 1.1bn)"],
    ["ga_share", "other", None, "general-average security as a share of cargo value (35 per cent)"],
    ["ga_security", "other", None, "total general-average security demanded from cargo owners (up to EUR 385m)"],
    ["shares_day1", "other", None, "fall in Halvenmoor's shares on Monday 6 October (6.2 per cent)"],
    ["shares_day4", "other", None, "fall in Halvenmoor's shares on Thursday 9 October (4.1 per cent)"],
    ["shares_since_fire", "other", None, "fall in Halvenmoor's shares since the fire (13.5 -> 17 per cent)"],
    ["sister_gap", "other", None, "years since the sister ship's fire (optional look-back)"],
    ["sister_fire_days", "other", None, "days the sister ship Aurelian Grace burned in 2031 (11)"],
    ["sister_dead", "count", None, "crew members who died in the Aurelian Grace fire of 2031 (two)"],
    ["sister_overboard", "count", None, "containers lost in the Aurelian Grace fire of 2031 (130)"],
    ["sister_fleet", "population", None, "Halvenmoor's other Aurelian-class ships (five)"],
    ["inspection_share", "other", None, "the union's demanded inspection share ('at least one in ten', optional)"],
    ["misdeclared_share", "other", None, "share of dangerous-goods containers misdeclared worldwide (about 5 per cent)"],
    ["industry_fires", "count", None, "serious fires aboard container ships in the past decade (64)"],
    ["industry_window", "other", None, "window of the industry fire count ('in the past decade', optional)"],
    ["fire_frequency", "other", None, "interval between serious container-ship fires (roughly every eight weeks)"],
    ["inspected_share", "other", None, "share of boxes Brennick inspects (fewer than 2 per cent)"],
    ["report_deadline", "other", None, "time within which the investigators will report (six months)"],
    ["days_since", "other", None, "days since the fire at the broadsheet's writing ('Ten days after', optional)"],
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("meta.json written:", len(Q), "quantities")
