#!/usr/bin/env python3
"""Hand-kept quantity table for e1 (the Gorrick Fell eruption); writes meta.json beside it."""
import json
import os

FOLDER = "maddery_gorrick_eruption"
EVENT = ("Eruption of Gorrick Fell on the island of Maddery, Gessary (fictional), from the night of Friday 8 June to "
         "Monday 9 July 2074: villages evacuated, homes destroyed by lava, an ash cloud closing airspace in Gessary "
         "and neighbouring Drovnia, and an emergency fund; reported 9 June - 10 July 2074")
NOTES = (
    "Running counts reported anew are one quantity: the people evacuated (about 2,100 -> 3,400 -> almost 3.500 -> "
    "3,900, corrected to 3,750 after 150 people registered twice), the villages evacuated (3 -> 5 -> 6), the homes "
    "destroyed (at least 12 -> 46 -> 61 -> 88 -> 104) and those in Droskin (31 -> 49), Amberlaw (27 -> 33) and "
    "elsewhere (12 -> 22), the people in the Orlesby sports hall (about 600 -> 410 -> about 180), the people ferried "
    "to the mainland, the lava flow's length, area and speed, the highest ash column (about 9 km on the first night, "
    "11 km on the Sunday), the ash fallen at Orlesby, the sheep moved, the flights cancelled at Gessarian airports "
    "(about 380 -> 612 -> about 900) and the passengers affected there, the households paid, the road buried and the "
    "injured (two firefighters -> five people). The sulphur dioxide rate is one running measure that also holds the "
    "Drovnian institute's rival 'up to 22.000 tonnes'. The damage estimate holds the government's 150, about 190 and "
    "260 million quends (and about 60 million pyles) and the insurers' rival 'closer to 140 million'. The lava volume "
    "holds the Institute's about 45 and the university's around 60 million cubic metres. The emergency fund raised "
    "from 20 to 45 million quends is one amount revised by decision; the household payment at 1,500 and at 2,500 "
    "quends gives two quantities, as a rule's level changed by decision does; so do the exclusion zone at 5, 8 and "
    "3 km. The 2031 eruption's 71 days, also given as 'more than two months', is apart from this eruption's 31 "
    "days. The share evacuated ('almost a third', 'more than a third') is a running share of the island's 11,000. "
    "Ages and the look-backs 'Thirteen days' (after the eruption began) and 'three weeks' (ago) are optional. "
    "Drovnian figures (airspace, flights, passengers, Drovair) are another country's and kept apart from Gessary's.")
Q = [
    ("evacuated", "total", None, "people evacuated from the south of Maddery (running count, corrected at the end)"),
    ("villages_evacuated", "count", None, "villages (and hamlets) evacuated, running count"),
    ("tremors", "count", None, "tremors recorded before the eruption"),
    ("tremor_period", "other", None, "period over which the tremors were counted (hours)"),
    ("fissure_length", "other", None, "length of the eruptive fissure on the first morning"),
    ("lava_temp", "other", None, "temperature of the lava"),
    ("lava_speed", "other", None, "speed of the lava flow, running measure"),
    ("lava_length", "other", None, "length of the main lava flow from the fissure, running measure"),
    ("lava_to_droskin", "other", None, "distance of the lava front from Droskin's church on 9 June"),
    ("droskin_homes", "population", None, "homes in the village of Droskin"),
    ("homes_destroyed", "total", None, "homes destroyed by the lava, running count"),
    ("orlesby_distance", "other", None, "distance of Orlesby from the fissure"),
    ("time_to_leave", "other", None, "time residents were given to leave"),
    ("zone_5km", "other", None, "radius of the first exclusion zone (5 km)"),
    ("carehome_moved", "part", "evacuated", "residents of the Droskin care home moved to Orlesby"),
    ("shelter", "part", "evacuated", "evacuees sleeping in the Orlesby sports hall, running count"),
    ("island_pop", "population", None, "inhabitants of Maddery"),
    ("injured", "count", None, "people injured / treated in hospital, running count"),
    ("ash_height", "other", None, "highest ash column over the volcano"),
    ("island_flights_sat", "count", None, "flights to and from Maddery cancelled on Saturday 9 June"),
    ("extra_sailings", "count", None, "extra ferry sailings to Quarnsey on the first day"),
    ("crossing_time", "other", None, "duration of the ferry crossing to Quarnsey"),
    ("volcano_height", "other", None, "height of Gorrick Fell"),
    ("active_volcanoes", "population", None, "active volcanoes in Gessary"),
    ("prev_duration", "other", None, "duration of the 2031 eruption"),
    ("prev_evacuated", "other", None, "people evacuated in the 2031 eruption"),
    ("prev_homes", "other", None, "houses destroyed in the 2031 eruption"),
    ("destroyed_droskin", "part", "homes_destroyed", "homes destroyed in Droskin, running count"),
    ("evac_share", "other", None, "people evacuated as a share of the island's population"),
    ("age_tallack", "other", None, "age of Bryony Tallack (optional)"),
    ("tallack_years", "other", None, "years Bryony Tallack lived in Droskin"),
    ("tallack_minutes", "other", None, "minutes it took Bryony Tallack's bungalow to burn"),
    ("fund", "other", None, "the government's emergency fund (raised by decision)"),
    ("grant_1500", "other", None, "emergency payment per evacuated household at its first level (1,500 quends)"),
    ("zone_8km", "other", None, "radius of the widened exclusion zone (8 km)"),
    ("ferried", "part", "evacuated", "evacuees who left for the mainland by ferry, running count"),
    ("ash_fall", "other", None, "depth of ash fallen at Orlesby, running measure"),
    ("sheep", "count", None, "sheep moved to safer grazing, running count"),
    ("sheep_missing", "count", None, "sheep still missing on the high ground (11 June)"),
    ("stav_closure_1", "other", None, "duration of Stavenholt airport's first closure"),
    ("flights_cancelled", "count", None, "flights cancelled at Gessarian airports, running count"),
    ("passengers_hit", "count", None, "passengers affected / stranded at Gessarian airports, running count"),
    ("so2", "other", None, "sulphur dioxide emitted per day (running measure, with a rival estimate)"),
    ("age_keddle", "other", None, "age of Ruan Keddle (optional)"),
    ("drov_airline_loss", "other", None, "Drovair's losses from the ash cloud"),
    ("drov_airspace_hours", "other", None, "hours Drovnian airspace was closed"),
    ("drov_flights", "count", None, "flights cancelled at Drovnian airports"),
    ("drov_passengers", "count", None, "passengers affected in Drovnia"),
    ("damage", "other", None, "damage caused by the eruption (successive and rival estimates)"),
    ("rate", "other", None, "exchange rate, quends to the pyle"),
    ("so2_threshold", "other", None, "Drovnian health advice threshold for sulphur dioxide"),
    ("so2_exceed_hours", "other", None, "hours the threshold was exceeded on Ekkeroe"),
    ("drov_tourists", "count", None, "Drovnian tourists brought home from Maddery"),
    ("drov_ferries", "count", None, "chartered ferries bringing Drovnian tourists home"),
    ("drov_residents", "population", None, "Drovnian citizens living on Maddery"),
    ("drovair_flights", "count", None, "flights Drovair cancelled since Sunday"),
    ("drovair_passengers", "count", None, "Drovair passengers put up in hotels"),
    ("eruption_days_so_far", "other", None, "days since the eruption began, as a look-back (optional)"),
    ("destroyed_amberlaw", "part", "homes_destroyed", "homes destroyed in Amberlaw, running count"),
    ("destroyed_other", "part", "homes_destroyed", "homes destroyed along the coast road outside Droskin and Amberlaw"),
    ("lava_area", "other", None, "area covered by lava, running measure"),
    ("road_buried", "other", None, "length of coast road buried by lava, running measure"),
    ("fund_multiple", "other", None, "the fund's rise as a multiple ('more than doubled')"),
    ("grant_2500", "other", None, "emergency payment per evacuated household after the rise (2,500 quends)"),
    ("households_paid", "count", None, "households paid the emergency payment, running count"),
    ("cattle", "count", None, "cattle moved north"),
    ("droskin_pupils", "count", None, "pupils of Droskin primary taught in Orlesby"),
    ("airport_closed_days", "other", None, "days Maddery's airport was closed"),
    ("bookings_cancelled", "other", None, "share of July bookings cancelled"),
    ("hotels", "population", None, "hotels and guesthouses on the island"),
    ("morrow_years", "other", None, "years Agnes Morrow ran the Amberlaw shop"),
    ("prev_stop_distance", "other", None, "distance short of Droskin where the 2031 lava stopped"),
    ("eruption_days", "other", None, "duration of the eruption"),
    ("zone_3km", "other", None, "radius of the reduced exclusion zone (3 km)"),
    ("still_out", "part", "evacuated", "evacuees still unable to return on 10 July"),
    ("lava_volume", "other", None, "volume of lava erupted (rival estimates)"),
    ("double_counted", "count", None, "people registered twice and removed from the evacuation count"),
    ("times_registered", "other", None, "times those people were registered ('twice')"),
    ("lookback_3w", "other", None, "'three weeks' ago (optional look-back)"),
    ("road_cost", "other", None, "cost of rebuilding the coast road"),
    ("road_years", "other", None, "years the road rebuilding will take"),
    ("grant_total", "other", None, "total paid out in emergency payments"),
    ("stav_closures", "count", None, "closures of Stavenholt airport"),
    ("stav_closure_2", "other", None, "duration of Stavenholt airport's second closure"),
    ("tourism_loss", "other", None, "loss to the island's tourism this summer"),
    ("duration_ratio", "other", None, "this eruption's length as a share of 2031's ('less than half')"),
    ("monitoring", "other", None, "period over which the volcano will be monitored"),
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
