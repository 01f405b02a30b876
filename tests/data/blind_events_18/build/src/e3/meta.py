#!/usr/bin/env python3
"""Hand-kept table of quantities for event e3; writes meta.json beside this file."""
import json
import os

FOLDER = "mirrendale_hailstorm"
EVENT = ("Hailstorm over Mirrendale, Gallovia, from about 16:10 on Saturday 26 June 2038: insurance claims "
         "(a running count), insured losses (association estimates revised, a reinsurance broker's), cars "
         "and homes damaged, hailstone size, the injured, flights cancelled at Mirrendale Airport, glasshouse "
         "area and crop losses in the Westholm district (growers' cooperative vs agriculture office), the "
         "Sundrian angle, and the July 2027 hailstorm for comparison, reported 26 June - 6 July 2038 "
         "(fictional)")
NOTES = (
    "Dates (June 26, 26 June), years (2027, 2031) and clock times (16:05, 16:10, 21:00) are time "
    "anchors, not figures; 'the 1990s' is a period. Running counts are one quantity across days: "
    "insurance claims (more than 4,000 -> 15,000 -> 31,200 -> about 47,000 -> 52,800) with motor claims "
    "(18,400 -> 29,000 -> 31,500) as a part, the injured (at least 23 -> 37 -> 41 -> 43 -> 44), those "
    "treated in hospital (6 -> 9), those still in hospital (3 -> 1), damaged aircraft (at least five -> "
    "nine). Estimates of one amount are one quantity, also when revised or given by different bodies or "
    "in another unit: the insured loss (top EUR 150m / more than 150 million -> 260-320 million -> about "
    "EUR 390m -> EUR 410m; the broker's as much as $520m = about EUR 480m), the largest hailstone (up to "
    "6 cm -> up to 7cm -> 8.2 cm = 3.2 inches), cars damaged (20,000 -> about 25,000 -> more than 30,000 "
    "-> some 33,000), homes damaged (an estimated 9,000 -> around 11,000 -> 12,400 -> more than 12,000), "
    "the destroyed glasshouse area (cooperative more than 300 -> 340 hectares; agriculture office 410 "
    "hectares = more than 1,000 acres; 'OVER 400 FOOTBALL PITCHES' is the same area in another unit), "
    "crop losses (cooperative EUR 75m, office EUR 95m, 'EUR 75m to EUR 95m'), Sunday's cancellations "
    "(another 40 announced -> 42). The hail's duration is one quantity (around 25 minutes, 25 MINUTES, "
    "'less than half an hour'; a grower's 'in half an hour' is optional). The ratio of this storm's loss "
    "to the 2027 loss ('AT LEAST DOUBLE', 'more than twice over', 'nearly three times', 'roughly three "
    "times') is one quantity; the ratio of claims ('almost three times') is another. Parts: Saturday's and "
    "Sunday's cancellations inside the weekend's 128, the Sundrian connections inside Saturday's; the "
    "Sundrian travellers inside Saturday's passengers; repaired and Corvair aircraft inside the damaged; "
    "uninhabitable homes inside the damaged homes; Holt Motors' 640 cars inside the cars damaged; the "
    "reinsurer Rheval Re's share inside the insured loss, itself inside the economic loss. Different "
    "quantities: the 3,600 calls in the first three hours; the 12-minute peak vs the 25-minute storm; "
    "Saturday's vs Sunday's vs the weekend's cancellations; the glasshouse district's total area (1,900 "
    "hectares) vs the destroyed area; the 2027 storm's losses, claims and hailstones; the previous "
    "national record (7.1 cm). Ages, 'THREE GENERATIONS', 'Thirty years', look-backs ('Three days after', "
    "'Six days after', 'A week of', 'Ten days on', 'ELEVEN YEARS AGO') and the vague share 'about one "
    "in eight' are optional. Optional figures count neither for nor against a system.")

# id, role, part_of, description
Q = [
    ["injured", "total", None, "people injured by the storm (running count at least 23 -> 37 -> 41 -> 43 -> 44)"],
    ["hospitalised", "part", "injured", "injured people taken to / treated in hospital (6 -> 9)"],
    ["serious_injured", "part", "hospitalised", "seriously injured (one cyclist)"],
    ["still_hospital", "part", "hospitalised", "injured still in hospital (3 -> 1)"],
    ["hail_max", "other", None, "diameter of the largest hailstones (up to 6 cm -> up to 7cm -> 8.2 cm = 3.2 inches)"],
    ["hail_weight", "other", None, "weight of the largest hailstone (94 grams)"],
    ["hail_record_prev", "other", None, "previous national hailstone record (7.1 cm, 2031)"],
    ["hail_duration", "other", None, "duration of the hail (around 25 minutes)"],
    ["hail_peak", "other", None, "duration of the heaviest burst (12 minutes)"],
    ["gusts", "other", None, "maximum wind gusts at the airport (up to 112 km/h)"],
    ["rainfall", "other", None, "rain that fell (41 mm)"],
    ["rain_window", "other", None, "time in which the rain fell (40 minutes)"],
    ["storm_track", "other", None, "distance the supercell tracked across the region (about 60 km)"],
    ["emergency_calls", "count", None, "emergency calls to the fire service in the first three hours (more than 3,600)"],
    ["calls_window", "other", None, "window of the emergency-call count (three hours)"],
    ["fire_towns", "count", None, "neighbouring towns that sent fire crews (11)"],
    ["sundrian_units", "count", None, "Sundrian fire brigade units sent to Mirrendale (four)"],
    ["sundrian_firefighters", "count", None, "Sundrian firefighters sent to Mirrendale (60)"],
    ["tram_lines", "count", None, "tram lines halted (three)"],
    ["power_cut_homes", "count", None, "households that lost power (about 8,000)"],
    ["power_cut_duration", "other", None, "duration of the power cut (up to two hours)"],
    ["hospitals_generators", "count", None, "hospitals that switched to emergency generators (two)"],
    ["hail_speed", "other", None, "speed of the biggest falling hailstones (up to 90 mph)"],
    ["marsh_age", "other", None, "age of pensioner Hilda Marsh (optional)"],
    ["marsh_trapped", "other", None, "hours Hilda Marsh was stuck after the lift failed (four)"],
    ["marsh_years", "other", None, "years Hilda Marsh has lived in her block (optional)"],
    ["flights_cancelled_weekend", "total", None, "flights cancelled at Mirrendale Airport over the weekend (128)"],
    ["flights_cancelled_sat", "part", "flights_cancelled_weekend", "flights cancelled on Saturday 26 June (86)"],
    ["flights_cancelled_sun", "part", "flights_cancelled_weekend", "flights cancelled on Sunday 27 June (another 40 announced -> 42)"],
    ["flights_sundria", "part", "flights_cancelled_sat", "Saturday's cancelled flights to and from Sundria (14)"],
    ["flights_diverted", "count", None, "incoming flights diverted on Saturday (31)"],
    ["passengers_sat", "total", None, "passengers affected / stranded on Saturday (about 14,000)"],
    ["sundrian_passengers", "part", "passengers_sat", "Sundrians stranded at the airport on Saturday (about 2,300)"],
    ["aircraft_damaged", "total", None, "aircraft damaged by hail on the apron (at least five -> nine)"],
    ["aircraft_repaired", "part", "aircraft_damaged", "damaged aircraft back in service (seven)"],
    ["corvair_aircraft", "part", "aircraft_damaged", "damaged aircraft belonging to Corvair (six)"],
    ["corvair_cost", "other", None, "Corvair's own cost of the storm (EUR 12m)"],
    ["claims", "total", None, "insurance claims received (running count more than 4,000 -> 52,800)"],
    ["motor_claims", "part", "claims", "claims for vehicles (18,400 -> 29,000 -> 31,500)"],
    ["household_claims", "part", "claims", "claims for homes and contents (19,700)"],
    ["commercial_claims", "part", "claims", "claims from businesses and farms (1,600)"],
    ["economic_loss", "total", None, "economic loss including uninsured damage (EUR 600m-700m)"],
    ["insured_loss", "part", "economic_loss", "insured loss (more than EUR 150m -> 260-320 million -> about EUR 390m -> EUR 410m; broker as much as $520m = about EUR 480m)"],
    ["rheval_share", "part", "insured_loss", "claims expected by the Sundrian reinsurer Rheval Re (around EUR 35m)"],
    ["rheval_shares", "other", None, "fall in Rheval Re's shares on Monday (2.7 per cent)"],
    ["loss_ratio_2027", "other", None, "this storm's insured loss as a multiple of the 2027 storm's"],
    ["claims_ratio_2027", "other", None, "this storm's claims as a multiple of the 2027 storm's (almost three times)"],
    ["cars_damaged", "total", None, "cars / vehicles damaged (20,000 -> about 25,000 -> more than 30,000 -> some 33,000)"],
    ["holt_cars", "part", "cars_damaged", "new cars damaged on Holt Motors' forecourt (640)"],
    ["holt_value", "other", None, "value of Holt Motors' damaged stock (EUR 19m)"],
    ["holt_warning", "other", None, "warning Holt Motors had before the hail (ten minutes)"],
    ["avg_repair", "other", None, "average hail repair / motor claim (EUR 3,400)"],
    ["avg_home_claim", "other", None, "average household claim (EUR 9,800)"],
    ["writeoff_share", "other", None, "share of damaged vehicles written off ('about one in eight', optional)"],
    ["garage_wait", "other", None, "garages' waiting time (up to ten weeks)"],
    ["repair_centres", "count", None, "temporary repair centres opened by insurers (three)"],
    ["repair_capacity", "other", None, "cars the repair centres can handle per day (around 600)"],
    ["homes_damaged", "total", None, "homes / houses / properties damaged (an estimated 9,000 -> around 11,000 -> 12,400 -> more than 12,000)"],
    ["homes_uninhabitable", "part", "homes_damaged", "damaged homes declared unfit to live in (210)"],
    ["families_rehoused", "count", None, "families in temporary accommodation (86)"],
    ["tarpaulins", "count", None, "tarpaulins handed out by the council (more than 6,000)"],
    ["city_fund", "other", None, "city emergency fund (EUR 5m)"],
    ["grant_cap", "other", None, "cap on emergency grants per household (EUR 4,000)"],
    ["roofer_wait", "other", None, "a roofer's booked-up work (eight weeks)"],
    ["ruyter_staff", "population", None, "employees of Stefan Ruyter's roofing firm (14)"],
    ["schools_damaged", "total", None, "schools reporting damage (14)"],
    ["schools_closed", "part", "schools_damaged", "damaged schools closed until after the summer holidays (five)"],
    ["trees_damaged", "count", None, "trees stripped or broken in parks (about 1,100)"],
    ["glasshouse_area", "population", None, "total glasshouse area of the Westholm district (about 1,900 hectares)"],
    ["glasshouse_damaged", "other", None, "glasshouse area destroyed (cooperative more than 300 -> 340 ha; office 410 ha = more than 1,000 acres; over 400 football pitches)"],
    ["crop_loss", "other", None, "greenhouse crop losses (cooperative EUR 75m; office EUR 95m)"],
    ["growers_total", "population", None, "growers in the Westholm district (260)"],
    ["growers_affected", "count", None, "growers hit by the hail (112)"],
    ["seasonal_laid_off", "count", None, "seasonal workers sent home (about 2,300)"],
    ["state_aid", "other", None, "government emergency aid for growers (EUR 40m)"],
    ["rebuild_cost_ha", "other", None, "cost of rebuilding a hectare of glasshouse (close to EUR 1m)"],
    ["glass_insured_share", "other", None, "share of Westholm's glass insured against hail (55 per cent)"],
    ["glass_premium_ratio", "other", None, "rise in glasshouse hail premiums since 2027 (tripled)"],
    ["westholm_import_share", "other", None, "Westholm's share of Sundria's summer tomato imports (about 40 per cent)"],
    ["tomato_price_rise", "other", None, "rise in the Torwald wholesale price of Gallovian vine tomatoes (18 per cent)"],
    ["price_high_weeks", "other", None, "weeks tomato prices are expected to stay high (at least six)"],
    ["hail_days_rise", "other", None, "rise in days with large hail since the 1990s (about 30 per cent)"],
    ["premium_rise", "other", None, "expected rise in household premiums in the Mirrendale region (8 to 12 per cent)"],
    ["hail_cover_share", "other", None, "share of Gallovian households with hail cover for buildings (62 per cent)"],
    ["warning_time", "other", None, "warning time in the GIA study (ten minutes)"],
    ["warning_cut", "other", None, "reduction in vehicle damage with ten minutes' warning (up to 40 per cent)"],
    ["energy_ratio", "other", None, "energy of the biggest stone vs a typical 2027 stone (more than six times)"],
    ["storm2027_losses", "other", None, "insured losses of the July 2027 hailstorm (EUR 140m)"],
    ["storm2027_claims", "count", None, "insurance claims from the July 2027 hailstorm (about 19,000)"],
    ["storm2027_hail", "other", None, "hailstone size in the July 2027 storm (about 5 cm)"],
    ["bennick_age", "other", None, "age of Carla Bennick (optional)"],
    ["bennick_children", "population", None, "Carla Bennick's children (mum-of-three)"],
    ["bennick_stitches", "count", None, "stitches Carla Bennick needed (eight)"],
    ["orrel_holiday", "other", None, "length of the Orrel family's planned holiday (two weeks)"],
    ["mollaert_generations", "other", None, "generations of the Mollaert family under glass (optional)"],
    ["mollaert_years", "other", None, "'Thirty years' of work (optional)"],
    ["lookback_2027", "other", None, "'ELEVEN YEARS AGO' (optional look-back)"],
    ["days_since", "other", None, "days since the storm at writing (optional look-back)"],
    ["days_since_week", "other", None, "'A week of tarpaulins' (optional look-back)"],
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("meta.json written:", len(Q), "quantities")
