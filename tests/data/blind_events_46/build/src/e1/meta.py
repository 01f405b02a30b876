#!/usr/bin/env python3
"""Hand-kept quantity table for event 1; writes meta.json beside it."""
import json, os

FOLDER = "dorvan_tanker_spill"
EVENT = ("Grounding of the tanker Marisol Dawn on the Corrach Shoals off Kelmouth, Dorvan province, Estravia "
         "(fictional), on Saturday 13 March 2066, and the oil spill that fouled the Estravian and Vessarian coasts "
         "until the cargo was pumped off on Friday 9 April; reported 15 March - 26 April 2066")
NOTES = (
    "Running counts (coastline fouled, beaches closed, clean-up workers, booms, oily waste, oil pumped off and its "
    "share of the cargo, live and dead birds, birds released, tugs, claims) are one quantity each across the articles. "
    "The spill's size is one quantity holding every estimate: the owner's about 1,500 tonnes, the coastguard's at "
    "least 3,000 and 4,000, Blue Margin's up to 10,000, the ministry's 5,200 and the final 6,400 (cargo minus oil "
    "pumped off). The ministry's 58 km for 22 March and its correction to 49 km for the same day sit in the coastline "
    "quantity with the other days' counts; the Estravian and Vessarian stretches are parts of it. The emergency fund "
    "raised from 50 to 140 million dunars is one amount revised by decision, with its euro conversions; the fishing "
    "ban of 20 nautical miles and its extension to 35 are two rules. The coastguard's 'nearly three times' and the "
    "trade weekly's 'more than four times' compare different pairs of estimates and are separate quantities. Dead "
    "birds collected on the beaches and the ornithologists' estimate of birds killed at sea are different scopes. "
    "The tabloid's 'Twenty miles' is the fishing ban quoted by a skipper; its '26ft waves' are the wire's waves of up "
    "to 8 metres at the grounding, in feet. The 2049 Halcyon Reach spill's figures are separate quantities. Ages and "
    "look-backs that date an article are optional.")
# id, role, part_of, description
Q = [
    ["coast_km", "total", None, "Coastline fouled by the oil in Estravia and Vessaria together (running count, km; the ministry's 58 km for 22 March corrected to 49 km)"],
    ["coast_est", "part", "coast_km", "Estravian coastline fouled (km)"],
    ["coast_vess", "part", "coast_km", "Vessarian coastline fouled (km)"],
    ["coast_share", "other", None, "Share of Dorvan's coastline fouled (per cent)"],
    ["dorvan_coast", "population", None, "Length of Dorvan province's coastline (km)"],
    ["spilled", "count", None, "Oil spilled from the tanker (tonnes): the owner's, the coastguard's, Blue Margin's and the ministry's estimates and the final figure"],
    ["cargo", "population", None, "Crude oil on board the Marisol Dawn when she grounded (tonnes)"],
    ["onboard", "count", None, "Oil left on board by the owner's first estimate (tonnes)"],
    ["leak_rate", "other", None, "Rate at which oil was still escaping on 15 March (tonnes an hour)"],
    ["distance", "other", None, "Distance of the wreck from the shore at Kelmouth"],
    ["wind", "other", None, "Wind speed when the tanker grounded (km/h)"],
    ["waves", "other", None, "Wave height when the tanker grounded (metres; feet in the tabloid)"],
    ["crew", "count", None, "Crew lifted off the tanker"],
    ["helicopters", "count", None, "Coastguard helicopters that lifted off the crew"],
    ["tanks", "population", None, "Cargo tanks of the tanker"],
    ["tanks_holed", "count", None, "Cargo tanks holed (running count)"],
    ["slick_area", "other", None, "Area of the slick at sea (square kilometres)"],
    ["slick_length", "other", None, "Length of the slick from the wreck (km)"],
    ["beaches_closed", "total", None, "Beaches closed in Dorvan (running count)"],
    ["kelmouth_beaches", "part", "beaches_closed", "Beaches closed in Kelmouth itself"],
    ["workers", "total", None, "People working on the clean-up in Estravia (running count)"],
    ["soldiers", "part", "workers", "Soldiers in the Estravian clean-up"],
    ["volunteers", "part", "workers", "Trained volunteers in the Estravian clean-up"],
    ["volunteers_signed", "count", None, "People who signed up online to volunteer"],
    ["booms", "other", None, "Floating booms laid (km, running count)"],
    ["waste", "count", None, "Oily waste removed from the beaches (tonnes, running count)"],
    ["pumped", "count", None, "Oil pumped off the wreck (tonnes, running count)"],
    ["pumped_share", "other", None, "Share of the cargo pumped off (running)"],
    ["pump_remaining", "other", None, "Time the pumping was expected to take from 23 March (weeks)"],
    ["pump_rate", "other", None, "Average pumping rate (tonnes a day)"],
    ["pump_days", "other", None, "Days of pumping"],
    ["grounded_to_pumped", "other", None, "Time from the grounding to the end of pumping (weeks)"],
    ["shuttle_tankers", "count", None, "Shuttle tankers that took the pumped oil"],
    ["tugs", "count", None, "Tugs at the wreck (running count)"],
    ["mussel_farms", "population", None, "Mussel farms in the Kell estuary"],
    ["mussel_closed", "count", None, "Kell estuary mussel farms closed"],
    ["ban20", "other", None, "Fishing ban radius first set (20 nautical miles)"],
    ["ban35", "other", None, "Fishing ban radius after its extension (35 nautical miles)"],
    ["boats_idle", "count", None, "Fishing boats idled by the ban"],
    ["fishermen_idle", "count", None, "Fishermen idled by the ban"],
    ["fisher_comp", "other", None, "Emergency compensation paid to fishermen (dunars a day)"],
    ["fund", "other", None, "Estravian emergency fund for the clean-up (50 million dunars, raised to 140 million; with euro conversions)"],
    ["cleanup_cost", "other", None, "Cost of the clean-up (rival estimates: the ministry's and Blue Margin's)"],
    ["liability", "other", None, "Owner's liability cap (euros and dunars)"],
    ["intermar", "other", None, "Intermar Fund's limit for the incident (euros)"],
    ["insurer_reserve", "other", None, "Northgate Mutual's reserve for the incident (euros)"],
    ["rate", "other", None, "Exchange rate (dunars to the euro)"],
    ["claims", "total", None, "Compensation claims registered (running count)"],
    ["claims_fish", "part", "claims", "Claims from fishermen and mussel farmers"],
    ["claims_tour", "part", "claims", "Claims from hotels, restaurants and campsites"],
    ["tourism_loss", "other", None, "Losses of Dorvan's hotels and tourism (rival estimates: hoteliers' and ministry's, euros)"],
    ["tourism_ratio", "other", None, "Hoteliers' loss estimate as a multiple of the ministry's"],
    ["bookings", "other", None, "Fall in spring/Easter hotel bookings in Dorvan (per cent)"],
    ["hotel_rooms", "population", None, "Rooms of the Seaview Hotel"],
    ["visitors_year", "population", None, "Visitors to Dorvan's beaches a year"],
    ["cleanup_duration", "other", None, "Minister's estimate of the clean-up's duration (months)"],
    ["birds_alive", "count", None, "Oiled birds taken in alive at the Sennock centre (running count)"],
    ["birds_dead", "count", None, "Dead birds collected from the beaches (running count)"],
    ["birds_released", "count", None, "Cleaned birds released (running count)"],
    ["birds_killed_est", "count", None, "Ornithologists' estimate of birds killed at sea"],
    ["bird_survival", "other", None, "Share of cleaned birds that survive"],
    ["spill_ratio_coastguard", "other", None, "Coastguard's 4,000 tonnes as a multiple of the owner's 1,500"],
    ["spill_ratio_final", "other", None, "Final 6,400 tonnes as a multiple of the owner's first estimate"],
    ["spill_share", "other", None, "Spill as a share of the cargo"],
    ["detentions", "count", None, "Times the tanker was detained by port inspectors in 2064"],
    ["detention_limit", "other", None, "Time the police may hold the captain without charge (hours)"],
    ["bail", "other", None, "Captain's bail (dunars)"],
    ["report_freq", "other", None, "Captain's reporting to police (times a week)"],
    ["length", "other", None, "Length of the tanker (metres)"],
    ["salvage_contract", "other", None, "Value of the refloating contract (euros)"],
    ["vess_beaches", "count", None, "Vessarian beaches closed"],
    ["oyster_farms", "population", None, "Oyster farms on Vessaria's south coast"],
    ["oyster_closed", "count", None, "Vessarian oyster farms that stopped selling"],
    ["vess_volunteers", "count", None, "Volunteers working in Vessaria"],
    ["vess_soldiers", "count", None, "Soldiers working in Vessaria"],
    ["vess_birds", "count", None, "Oiled birds found alive in Vessaria"],
    ["vess_budget", "other", None, "Money Vessaria set aside for its clean-up (euros)"],
    ["vess_claim", "other", None, "Vessaria's claim to the Intermar Fund (euros)"],
    ["arvik_oysters", "other", None, "Oysters an oyster farmer has in the water (tonnes)"],
    ["oyster_output", "other", None, "Vessaria's annual oyster output (tonnes)"],
    ["oyster_value", "other", None, "Value of Vessaria's annual oyster output (euros)"],
    ["halcyon_tonnes", "other", None, "Oil spilled by the Halcyon Reach in 2049 (tonnes)"],
    ["halcyon_years", "other", None, "Duration of the 2049 clean-up (years)"],
    ["halcyon_km", "other", None, "Coastline fouled by the 2049 spill (km)"],
    ["halcyon_vess_km", "other", None, "Vessarian coastline fouled by the 2049 spill (km)"],
    ["halcyon_share", "other", None, "The 2066 spill as a share of the 2049 spill"],
    ["age_captain", "other", None, "Age of the tanker's captain"],
    ["age_quist", "other", None, "Age of the wildlife centre's head"],
    ["age_merrow", "other", None, "Age of a skipper"],
    ["age_arvik", "other", None, "Age of a Vessarian oyster farmer"],
    ["lookback_vess", "other", None, "Days since the oil reached Vessaria (dates the article)"],
    ["lookback_ground", "other", None, "Days since the grounding (dates the article)"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
