#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event 1; writes meta.json beside this file."""
import json
import os

FOLDER = "tervaskel_volcanic_eruption"
EVENT = ("Eruption of Mount Tervaskel in Brannisk, southern Surnevia (fictional), from 5:40 a.m. on Saturday 11 October "
         "2053 to Friday 24 October (13 days), after four days of earthquakes: the ash cloud and the airspace "
         "closures (flights cancelled across the Northern Airspace Authority's area 1,400 -> 6,900 -> 11,200 -> "
         "16,300 -> 17,800; passengers affected about 190,000 -> 2.3 million by the authority's count, 2.6 million by "
         "the airlines' federation), the ash column (11 -> 14 -> 9 -> about 4 kilometres), the exclusion zone (10 -> 15 "
         "-> 8 kilometres) and the evacuation (about 2,300 -> 4,100 residents, most of them home again by 27 October), "
         "the airlines' losses and the national carrier's, the aid package (100 -> 280 million pells), the ash over "
         "neighbouring Draubenland and its stranded travellers, the earthquakes, lava and sulphur dioxide, the sheep "
         "and the tourist trade, and the 1998 and 1961 eruptions, reported 12-27 October 2053")

Q = [
    # id, role, part_of, description
    ("ash_column", "other", None, "height of the eruption's ash column (running level: 11 km on Saturday, 14 km at the Monday peak, 9 km on Wednesday, about 4 km on Sunday 19 October)"),
    ("flights_cancelled", "total", None, "flights cancelled across the Northern Airspace Authority's area since the eruption (running: 1,400 on Saturday, 6,900, 11,200, 16,300, 17,800 in all)"),
    ("flights_cancelled_drauben", "part", "flights_cancelled", "flights cancelled at Draubenland's airports between Sunday and Wednesday"),
    ("draubenair_cancelled", "part", "flights_cancelled_drauben", "flights cancelled by Drauben Air"),
    ("surnair_cancelled", "part", "flights_cancelled", "flights cancelled by Surnair (running: all 118 on Saturday, 610, 1,120 in all)"),
    ("quake_swarm_days", "other", None, "how long the earthquake swarm ran before the eruption (the warning time)"),
    ("evacuated", "total", None, "residents evacuated from around the volcano (running: about 2,300 on the first day, 4,100 after the zone was widened)"),
    ("returned", "part", "evacuated", "residents of Hallin Cove and Ebberley allowed home on Saturday 18 October"),
    ("still_out", "part", "evacuated", "evacuees still unable to go home (running: 2,450 on 20 October, about 300 on 27 October)"),
    ("in_halls_corvain", "part", "evacuated", "evacuees sleeping in Corvain's sports halls and schools (running level: 1,300 on Monday, 1,900 at the Tuesday peak, 780 on Sunday 19 October)"),
    ("evac_villages", "count", None, "villages evacuated on the first day"),
    ("evac_households", "total", None, "households that had to leave their homes"),
    ("payment_claims", "part", "evac_households", "evacuated households that had claimed the emergency payment by 20 October"),
    ("fissure_length", "other", None, "length of the eruptive fissure (running: 1.4 km, 2.1 km)"),
    ("skerrow_distance", "other", None, "distance between Skerrow and the fissure"),
    ("lava_length", "other", None, "length of the lava flow (running: 3.5 km, 5 km, 6.2 km where it stopped)"),
    ("lava_road_gap", "other", None, "distance by which the lava front stopped short of the Ebberley road"),
    ("lava_volume", "other", None, "volume of lava and ash produced, as estimated by the institute"),
    ("quakes", "count", None, "earthquakes recorded since the swarm began on Wednesday 8 October (running: more than 2,600, 3,400, more than 5,000, about 7,900 in all)"),
    ("quake_max_mag", "other", None, "magnitude of the strongest earthquake of the swarm"),
    ("erupt1998_days", "other", None, "length of the 1998 eruption"),
    ("evac1998", "other", None, "people evacuated in the 1998 eruption"),
    ("flights1998", "other", None, "flights cancelled in the 1998 eruption"),
    ("flights1998_drauben", "other", None, "flights cancelled in Draubenland in the 1998 eruption"),
    ("flights_multiple_1998", "other", None, "this eruption's cancelled flights as a multiple of 1998's"),
    ("dead1961", "other", None, "people killed by the 1961 eruption"),
    ("exclusion_radius", "other", None, "radius of the exclusion zone around the crater (running level: 10 km, widened to 15 km on Monday 13 October, cut to 8 km on Saturday 18 October)"),
    ("skerrow_pop", "population", None, "Skerrow's residents"),
    ("corvain_pop", "population", None, "Corvain's population"),
    ("corvain_distance", "other", None, "distance from the volcano to Corvain"),
    ("lossaby_distance", "other", None, "distance from the volcano to Lossaby"),
    ("lossaby_pop", "population", None, "population of Lossaby, the capital"),
    ("missing_hikers", "count", None, "hikers missing on the first day (found alive on the Monday)"),
    ("hikers_hours", "other", None, "time the two hikers were trapped before rescue"),
    ("hikers_bars", "count", None, "chocolate bars the hikers rationed"),
    ("injured", "count", None, "people injured in ash-related accidents (running: 7, 11, 14)"),
    ("dead", "count", None, "people killed (one driver, on the coast road near Corvain)"),
    ("brunnhart_age", "other", None, "age of Aksel Brunnhart, the driver who died"),
    ("harrow_age", "other", None, "age of the hiker Lise Harrow"),
    ("tessel_age", "other", None, "age of the hiker Jonn Tessel"),
    ("ashfall_skerrow", "other", None, "depth of ash in Skerrow on the first day"),
    ("ashfall_lossaby", "other", None, "ash that fell on Lossaby on the Monday night"),
    ("ashfall_corvain", "other", None, "depth of ash in Corvain"),
    ("ash_removed", "other", None, "ash carted off Corvain's streets"),
    ("volunteers", "count", None, "volunteers helping Corvain's council crews clear ash"),
    ("authority_countries", "population", None, "countries whose airspace the Northern Airspace Authority manages"),
    ("countries_closed", "count", None, "countries with airports closed on the Monday"),
    ("no_fly_radius", "other", None, "radius of the no-fly area set on the first day"),
    ("airports_closed", "total", None, "airports closed in the authority's area (running level: 3 on Saturday, 23 on Monday, 19 on Wednesday)"),
    ("airports_closed_regional", "part", "airports_closed", "regional airports closed on the first day besides Lossaby"),
    ("passengers_affected", "count", None, "passengers affected by the cancellations (running: about 190,000 on Saturday, 1.1 million, 1.8 million, and at the end the authority's 2.3 million against the federation's rival 2.6 million, which counts connecting journeys separately)"),
    ("surnair_fleet", "population", None, "Surnair's fleet"),
    ("surnair_loss_daily", "other", None, "Surnair's loss per day of grounding (at least 20 million pells, about 2.1 million euros; then 25 million pells)"),
    ("surnair_loss_total", "other", None, "Surnair's total loss from the eruption (340 million pells, about 35 million euros)"),
    ("surnair_loss_profit_share", "other", None, "that loss as a share of Surnair's profit last year (vague 'more than a third')"),
    ("surnair_loan", "other", None, "state loan Surnair wants"),
    ("industry_loss_daily", "other", None, "the federation's estimate of airlines' losses per day at the height of the closures"),
    ("industry_loss_total", "other", None, "the federation's estimate of its members' total losses (about 850 million dollars, about 765 million euros)"),
    ("draubenair_loss", "other", None, "Drauben Air's estimated loss (31 million euros, about 298 million pells)"),
    ("cloud_speed", "other", None, "speed at which the ash cloud drifted on the first day"),
    ("cloud_area", "other", None, "area covered by the ash cloud (running level: 1.2 million square km on Monday, about 1.5 million at its greatest on Tuesday)"),
    ("indoors_radius", "other", None, "radius within which people were told to stay indoors"),
    ("aid", "other", None, "the government's aid for evacuees and councils: 100 million pells (about 10.4 million euros), raised to 280 million pells (about 29 million euros)"),
    ("aid_surnair_days", "other", None, "the aid expressed as days of Surnair's losses (the tabloid's comparison)"),
    ("aid_tourism_share", "other", None, "the aid as a share of tourism's loss (vague 'less than a third')"),
    ("household_payment", "other", None, "emergency payment per evacuated household (12,000 pells, about 1,250 euros)"),
    ("sheep_moved", "other", None, "sheep on the lower slopes that had to be moved, as the farmers' union put it on the first day"),
    ("sheep_dead", "total", None, "sheep killed nationally, as counted by the farmers' union"),
    ("sheep_dead_district", "part", "sheep_dead", "sheep lost in the Corvain district"),
    ("holloway_ewes_dead", "part", "sheep_dead_district", "ewes farmer Bernt Holloway found dead under the ash"),
    ("holloway_ewes_left", "count", None, "ewes farmer Holloway had to leave on the mountain"),
    ("holloway_age", "other", None, "age of farmer Holloway"),
    ("holloway_dogs", "population", None, "farmer Holloway's dogs"),
    ("holloway_feed_weeks", "other", None, "weeks of hay farmer Holloway has left"),
    ("volcano_height", "other", None, "height of Mount Tervaskel"),
    ("volcanoes_country", "population", None, "Surnevia's active volcanoes"),
    ("so2", "other", None, "the volcano's sulphur dioxide output per day (running level: the institute's 45,000 tonnes at the peak, the satellite programme's rival around 70,000, about 30,000 in the last week)"),
    ("masks", "count", None, "masks handed out free by the government (running: 250,000, 410,000)"),
    ("masks_per_person", "other", None, "people in Lossaby per free mask (the tabloid's 'one for every eight')"),
    ("stranded_abroad", "count", None, "Surnevians stranded abroad (running level: some 14,000, about 3,200)"),
    ("pell_age", "other", None, "age of the stranded nurse Gudrun Pell"),
    ("pell_children", "population", None, "the nurse's children ('mum-of-three')"),
    ("pell_hotel_nights", "other", None, "nights of hotel the airline offered the nurse"),
    ("corvain_school_shelters", "count", None, "Corvain schools used as shelters"),
    ("corvain_schools", "population", None, "Corvain's schools"),
    ("schools_closed_days", "other", None, "school days Corvain's schools were closed"),
    ("corvain_pupils", "count", None, "Corvain pupils kept at home by the closures"),
    ("meals_daily", "other", None, "meals served a day to the evacuees in Corvain"),
    ("breathing_visits", "total", None, "visits to doctors for breathing problems nationally"),
    ("breathing_corvain", "part", "breathing_visits", "people treated for breathing problems at Corvain's hospital"),
    ("breathing_corvain_admitted", "part", "breathing_corvain", "of those, people kept in hospital"),
    ("coast_road_closed_days", "other", None, "how long the coast road was closed"),
    ("corvain_bookings", "count", None, "hotel bookings cancelled in Corvain"),
    ("corvain_season_value", "other", None, "worth of Corvain's autumn tourist season"),
    ("lossaby_closed_days", "other", None, "how long Lossaby airport was closed"),
    ("lossaby_capacity_share", "other", None, "Lossaby airport's traffic on 19 October as a share of normal"),
    ("eruption_days", "other", None, "length of the eruption"),
    ("lookback_eruption", "other", None, "look-back to the eruption in the local paper ('nine days ago')"),
    ("kolvenstadt_closed_hours", "other", None, "how long Kolvenstadt airport was closed"),
    ("drauben_airports", "population", None, "Draubenland's international airports"),
    ("drauben_airports_reopened", "count", None, "Draubenland airports reopened by Wednesday 15 October"),
    ("kolv_airport_sleepers", "count", None, "travellers who spent the night in Kolvenstadt airport"),
    ("kolv_max_nights", "other", None, "longest run of nights some travellers spent in the terminals"),
    ("kolv_blankets", "count", None, "blankets handed out at Kolvenstadt airport"),
    ("kolv_meals", "count", None, "meals handed out at Kolvenstadt airport"),
    ("ash_limit", "other", None, "the authority's limit on ash concentration for flying (a rule)"),
    ("ash_limit_proposed", "other", None, "the limit the airlines want"),
    ("test_flights", "count", None, "test flights through the edges of the cloud"),
    ("ash_conc_kolvenstadt", "other", None, "ash concentration measured over Kolvenstadt on the Monday"),
    ("ash_conc_multiple", "other", None, "that concentration as a multiple of the limit"),
    ("pm10_kolvenstadt", "other", None, "fine dust level in Kolvenstadt"),
    ("pm10_limit", "other", None, "the fine dust limit"),
    ("asthma_patients", "population", None, "people with asthma in Kolvenstadt told to stay inside"),
    ("drauben_stranded", "total", None, "Draubenlanders stuck in Surnevia at the start of the week"),
    ("ferry_passengers", "part", "drauben_stranded", "passengers the chartered ferries brought home"),
    ("ferries", "count", None, "ferries chartered by the Draubish government"),
    ("ferry_days", "other", None, "time the ferries took to bring them home"),
    ("ferry_crossing", "other", None, "length of the ferry crossing from Lossaby"),
    ("ferry_cost", "other", None, "cost of the ferry operation"),
    ("drauben_trips_cancelled", "total", None, "package trips to Surnevia cancelled in Draubenland"),
    ("drauben_trips_rebooked", "part", "drauben_trips_cancelled", "of those, trips rebooked for the spring"),
    ("drauben_trips_value", "other", None, "worth of the cancelled package trips"),
    ("tourism_gdp_share", "other", None, "tourism's share of Surnevia's output"),
    ("tourism_loss", "other", None, "tourism's expected loss this autumn"),
    ("gdp_hit", "other", None, "the eruption's expected effect on growth in the final quarter"),
    ("monitoring_cut", "other", None, "the 2050 cut in the institute's volcano monitoring budget"),
    ("monitoring_budget", "other", None, "the monitoring budget after the cut"),
    ("seismometers", "population", None, "seismometers on Tervaskel"),
    ("seismometers_working", "count", None, "of those, seismometers working when the swarm began"),
]

NOTES = ("Years ('1961', '1998', '2050'), dates ('Oct 12') and clock times ('5:40 a.m.', '7 p.m.') are time anchors, not "
         "figures; 'without a single take-off' is emphatic, not a count, and 'in days or in months' has no number. The "
         "flights cancelled are one running count over the authority's area from Saturday's 1,400 to the final 17,800, "
         "including the tabloid's headline and fact box; Draubenland's 2,140 and Surnair's running count are parts of it, "
         "and Drauben Air's 870 is a part of Draubenland's. The evacuated are one running count (about 2,300 on the first "
         "day, 4,100 after the zone was widened); the 1,650 allowed home, the still displaced (2,450, then about 300) and "
         "the evacuees in Corvain's halls (1,300, 1,900 at the peak, 780) are parts of it. The ash column, the exclusion "
         "radius, the cloud's area, the number of airports closed, the sulphur dioxide output and the Surnevians stranded "
         "abroad are levels reported anew and each one quantity; the local paper's 'from 15 to 8 kilometres' and the "
         "tabloid's 'from 10 to 15 kilometres' are two figures each, both of the radius. Sulphur dioxide: the satellite "
         "programme's 'around 70,000 tonnes a day' is a rival estimate of the institute's 45,000 and shares its quantity. "
         "Passengers affected: the authority's 2.3 million and the airlines' federation's 2.6 million, which counts "
         "connecting journeys separately, are rival estimates of one amount. Surnair's daily loss ('at least 20 million "
         "pells', 'about 2.1 million euros', then '25 MILLION pells') is one quantity, kept apart from its total loss "
         "(340 million pells, about 35 million euros) and from the industry's daily and total losses. The aid is one "
         "quantity revised from 100 to 280 million pells, with its euro conversions. The 'four days' of the earthquake "
         "swarm before the eruption (wire) and the 'four days' of warning (broadsheet) are one quantity; the tabloid's "
         "'four days' of Surnair's losses that equal the aid is a different one. Farmer Holloway's 300 ewes left on the "
         "mountain appear in the tabloid and the local paper; the 90 found dead are part of the district's 'more than "
         "700', itself part of the national 'about 2,100'. Ages ('71', '71-year-old', '22', '24', '58', '45') and the "
         "local paper's look-back 'nine days ago' are optional; the vague shares 'more than a third' and 'less than a "
         "third' are optional with nominal values. 'up to 20 centimetres', 'up to 4 centimetres' and 'up to 6,5 "
         "milligrams' are maxima observed and keep '<='; the authority's ash limit 'up to 2 milligrams per cubic metre' is "
         "a rule, written exactly, and keeps '='. 'mum-of-three' is a figure.")

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
