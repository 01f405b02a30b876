#!/usr/bin/env python3
"""Hand-kept quantity table for event 1 (Hollin Bend derailment); writes meta.json beside it."""
import json
import os

FOLDER = "hollin_bend_derailment"
EVENT = ("Derailment of BSR's 07:12 Silver Heron express from Ardmouth to Fellgate on the Hollin Bend curve near "
         "Tamsworth Cross, Brevonia, on Tuesday 14 March 2045 (fictional): deaths and injured as running counts, "
         "patients by hospital, Kestish victims, speed against the limit, the line closed for days, replacement "
         "buses, the automatic-train-protection programme, driver vacancies, damage estimates and payments to "
         "victims, reported 14-22 March 2045")
NOTES = (
    "Deaths (at least 12 -> 17 -> 19 -> 21 -> 22), injured (more than 150 -> 213 -> 226 -> 231 -> 234), the seriously "
    "injured (at least 30 -> 48 -> 52), patients still in hospital (97 -> 74 -> 61) with those in intensive care "
    "(23 -> 19 -> 14) inside, Kellow Regional's patients (64 -> 71), Tamsworth Infirmary's (38 -> 41), blood donors "
    "(more than 2,000 -> 3,400), calls to BSR's helpline (more than 3,000 -> more than 5,000), replacement buses (40 -> 85) and the Kestish dead (two -> three) are running counts: one "
    "quantity each across articles. The train's speed is one quantity with its revisions (around 140 from an unnamed "
    "source -> 142 from the preliminary recorder reading -> 139 from the full reading; the broadsheet quotes both 142 "
    "and 139 and both are that quantity); the excess over the limit likewise (62 km/h -> 59 km/h). 'ALMOST DOUBLE' "
    "and 'nearly twice' the limit are one ratio quantity, valued 2 with '~'. The line closure is one quantity with "
    "its revisions (at least five days -> ten days -> 12 days). The damage estimate is one quantity with two "
    "estimates (BSR's EUR 48m, insurers' up to / EUR 70m); driver vacancies likewise (the union's 420, BSR's 260). "
    "'some 456,000 journeys' (local) and 'nearly half a million journeys' (broadsheet) are one quantity. 'nearly "
    "400 people' on board (wire) and '395' (tabloid, broadsheet) are one population; the 386 passengers and nine crew "
    "are separate populations, as are the 27 Kestish passengers, the 11 carriages, the 38,000 daily passengers, "
    "Tamsworth Cross station's 1,900, the village's 2,100 people and the infirmary's 12 beds. Parts: the Kestish "
    "dead and the two who died on Friday inside deaths; the seriously injured, each hospital's patients and the "
    "Kestish injured inside the injured (hospital counts need not add up to the total: minor injuries were treated "
    "at the scene); the Kestish seriously injured and those flown home inside the Kestish injured, two children "
    "inside those flown home; intensive care inside those still in hospital; Tamsworth's nine still on the ward "
    "inside its 41; three overturned inside seven derailed carriages; Tamsworth's 410 donors inside all donors; "
    "Vale Coaches' 22 inside the 85 buses. Different quantities with equal or close values: the 21 deaths and the "
    "bell tolled 21 times; the 2031 deaths (nine) and the nine crew; 'two days' of school closure, 'TWO YEARS' of "
    "delay and two cranes; the 12 days of closure, the 12-hour legal maximum shift and the 12 beds; 80 km/h limit "
    "vs the 60 km/h temporary limit; the 1988 and 2031 tolls against this one; Brevonia's 61 per cent coverage vs "
    "Kestland's 100 per cent. Ages, years of service and look-backs ('more than a decade', 'Four days after', "
    "'A week after', 'six years ago', 'five years ago') are optional. Not figures: dates, clock times (07:12, 09:47, 15:30, 11:00), "
    "years, ordinals ('fifth carriage', 'first grandchild', 'sixth consecutive early shift', 'the first at the "
    "scene'), 'double shifts', 'a couple' and 'a generation'.")

Q = [
    # id, role, part_of, description
    ["deaths", "total", None, "people killed in the derailment (running count)"],
    ["deaths_friday", "part", "deaths", "passengers who died of their injuries on Friday 17 March"],
    ["kestish_deaths", "part", "deaths", "Kestish citizens among the dead (running count)"],
    ["injured", "total", None, "people injured in the derailment (running count)"],
    ["serious", "part", "injured", "injured in a serious or critical condition (running count)"],
    ["kellow_patients", "part", "injured", "injured received at Kellow Regional Hospital (running count)"],
    ["tamsworth_patients", "part", "injured", "injured treated at Tamsworth Infirmary (running count)"],
    ["tamsworth_still", "part", "tamsworth_patients", "Tamsworth Infirmary patients still on the ward on 17 March"],
    ["fellgate_patients", "part", "injured", "most badly hurt flown to Fellgate University Hospital"],
    ["kestish_injured", "part", "injured", "Kestish citizens injured"],
    ["kestish_serious", "part", "kestish_injured", "Kestish citizens seriously injured"],
    ["kestish_flown_home", "part", "kestish_injured", "Kestish injured flown home to Vellmar by air force plane"],
    ["kestish_children_flown", "part", "kestish_flown_home", "children among the Kestish injured flown home"],
    ["in_hospital", "total", None, "injured still being treated in hospital (running count)"],
    ["icu", "part", "in_hospital", "patients in intensive care (running count)"],
    ["on_board", "population", None, "people on board the train (passengers and crew)"],
    ["passengers", "population", None, "passengers on board"],
    ["crew", "population", None, "crew members on board"],
    ["kestish_on_board", "population", None, "Kestish citizens among the passengers"],
    ["carriages_total", "population", None, "carriages of the train"],
    ["carriages_derailed", "total", None, "carriages that derailed"],
    ["carriages_overturned", "part", "carriages_derailed", "carriages that overturned down the embankment"],
    ["speed", "other", None, "train's speed entering the curve (estimate and revisions)"],
    ["speed_limit", "other", None, "speed limit on Hollin Bend"],
    ["speed_ratio", "other", None, "train's speed as a multiple of the limit"],
    ["speed_excess", "other", None, "km/h by which the train exceeded the limit (revised)"],
    ["temp_limit", "other", None, "temporary speed limit on Hollin Bend after reopening"],
    ["braking_seconds", "other", None, "seconds between braking and derailment"],
    ["distance_village", "other", None, "distance of Hollin Bend from the village"],
    ["helicopters", "count", None, "air-ambulance helicopters used"],
    ["rescuers", "count", None, "firefighters, paramedics and soldiers at the scene"],
    ["cranes", "count", None, "heavy cranes brought from Ardmouth"],
    ["hotline_calls", "count", None, "calls to BSR's emergency line for relatives (running count)"],
    ["kestish_hotline", "count", None, "calls to the Kestish ministry's crisis line"],
    ["daily_passengers", "population", None, "passengers a day on the Kellow-Fellgate line normally"],
    ["tamsworth_station_daily", "population", None, "passengers a day at Tamsworth Cross station"],
    ["crossborder_trains", "population", None, "cross-border trains a day from Fellgate to Vellmar"],
    ["kr_cancelled", "count", None, "Kestish Railways trains cancelled a day during the closure"],
    ["closure_days", "other", None, "days the line is closed (estimate and revisions)"],
    ["journeys_disrupted", "count", None, "journeys disrupted by the line closure"],
    ["buses", "total", None, "replacement buses running (running count)"],
    ["buses_vale", "part", "buses", "replacement buses supplied by Vale Coaches"],
    ["bus_wait", "other", None, "length of queues for replacement buses in Kellow"],
    ["bus_time", "other", None, "journey time to Kellow by replacement bus"],
    ["train_time", "other", None, "journey time to Kellow by train normally"],
    ["deaths_2031", "count", None, "deaths in the 2031 Marrow Fen collision"],
    ["deaths_1988", "count", None, "deaths in the 1988 rail disaster"],
    ["ratio_vs_2031", "other", None, "this crash's toll as a multiple of the 2031 toll"],
    ["curves_unprotected", "population", None, "curves on the network without automatic train protection"],
    ["atp_coverage", "other", None, "share of BSR's network covered by automatic train protection"],
    ["atp_coverage_kestland", "other", None, "share of Kestland's network covered by train protection"],
    ["network_km", "population", None, "length of BSR's track network"],
    ["atp_budget", "other", None, "budget of the train-protection upgrade programme"],
    ["atp_spent", "other", None, "amount of the programme spent so far"],
    ["atp_delay", "other", None, "years the line's train-protection fitting is behind schedule"],
    ["driver_vacancies", "population", None, "unfilled driver posts (union's and BSR's counts)"],
    ["driver_hours", "other", None, "hours the driver had been on duty"],
    ["max_shift", "other", None, "legal maximum shift length"],
    ["report_days", "other", None, "deadline for the RAIO interim report"],
    ["victims_fund", "other", None, "government fund for victims' families"],
    ["payment_family", "other", None, "immediate payment to each family of the dead"],
    ["payment_serious", "other", None, "immediate payment to each seriously injured passenger"],
    ["families_paid", "count", None, "families paid by Monday 20 March"],
    ["damage", "other", None, "damage to track and rolling stock (BSR's and insurers' estimates)"],
    ["blood_donors", "total", None, "people who gave blood after the appeal (running count)"],
    ["blood_donors_tamsworth", "part", "blood_donors", "donors at the Tamsworth school session"],
    ["hall_sheltered", "count", None, "people taken in at the village hall"],
    ["hall_meals", "count", None, "meals served at the village hall"],
    ["hall_open_minutes", "other", None, "minutes after the crash within which the hall opened"],
    ["villager_helpers", "count", None, "villagers who went to help at the embankment"],
    ["village_pop", "population", None, "people living in Tamsworth Cross"],
    ["tamsworth_beds", "population", None, "beds on Tamsworth Infirmary's ward"],
    ["school_closed_days", "other", None, "days the village primary school was closed"],
    ["pupils_witnessed", "count", None, "pupils who saw the crash from the playground"],
    ["gazette_appeal", "other", None, "money raised by the Gazette's appeal"],
    ["bell_tolls", "count", None, "times the church bell will toll at the service"],
    ["children_corra", "population", None, "Corra Lindqvist's children (Mum-of-two)"],
    ["ribs_corra", "count", None, "ribs cracked in Corra Lindqvist's injuries"],
    ["aino_rolls", "count", None, "times Aino Reskala's carriage turned over"],
    ["age_driver", "other", None, "driver's age"],
    ["service_driver", "other", None, "driver's years of service"],
    ["age_corra", "other", None, "Corra Lindqvist's age"],
    ["age_tobin", "other", None, "Tobin's age"],
    ["age_pell", "other", None, "Pell Havik's age"],
    ["age_aino", "other", None, "Aino Reskala's age"],
    ["age_student", "other", None, "age of the Kestish student killed"],
    ["age_victim", "other", None, "age of the woman who died on Monday"],
    ["lookback_decade", "other", None, "look-back: more than a decade"],
    ["lookback_days", "other", None, "look-back: four days after the crash"],
    ["lookback_week", "other", None, "look-back: a week after the crash"],
    ["lookback_years", "other", None, "look-back: six years ago"],
    ["lookback_5y", "other", None, "look-back: a safety review five years ago"],
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
