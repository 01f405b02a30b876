#!/usr/bin/env python3
"""Hand-kept quantity table of event 1; writes meta.json beside it."""
import json
import os

FOLDER = "brannfell_eruption"
EVENT = ("Eruption of the Brannfell volcano on Halvrea (fictional), which began at 3.40am on Tuesday 10 September "
         "2058 and was declared over on Thursday 3 October 2058: evacuations, cancelled flights, destroyed houses "
         "and the cost; reported 10 September - 24 October 2058")
NOTES = (
    "Running counts reported anew are one quantity each: the people evacuated (2,300 -> 4,100 -> 5,600, revised to "
    "5,900 at the peak, with the Relief Society's rival about 7,200), the houses destroyed (11 -> 27 -> 31 -> 43), "
    "Eskby's houses destroyed (24 -> 33), the length of the lava flows (about 1.2 -> 3.4 -> about 5 -> 6.2 km), the "
    "fissure (about 1.8 -> 2.6 km), the flights cancelled at Norhavn (260 -> 540 -> 610 -> 640), Halvrean Air's "
    "(190 -> 440), the continent's (1,900 -> 6,700 -> 11,300 -> 12,900), the passengers affected (about 1.1 -> 1.6 "
    "million), the tourists stranded (about 14,000 -> 19,000), the people treated for breathing problems (23 -> 41) "
    "and the height of the ash column (up to 9 km -> 12 km, printed as 12.000 metres in the translated copy, -> below "
    "4 km on the Sunday and Monday after: a running measure that falls again, like a count of the missing). "
    "An amount changed by decision is the same amount revised: the exclusion zone's radius (8 -> 15 -> 10 km) and "
    "the emergency fund (150 -> 250 million skell, with its euro conversion). The airlines' losses (at least 400 "
    "million euros, about 4.4 billion skell -> 520 million euros, about 5.7 billion skell) are one estimate revised. "
    "Kept apart as their own quantities: the number still out of their homes on Monday 16 September (4,150), a "
    "stock that falls as people go home, beside the count of people evacuated, which only grows; the flights cancelled on Wednesday alone (a part of the running "
    "total); the share of the population evacuated; the insured losses and their share of the damage; the 2029 "
    "eruption's figures. Values are as printed, with no unit conversion (12.000 metres -> 12000). Ages and a "
    "resident's years in the village are optional, as are a teacher's two children, the look-back that dates the "
    "broadsheet and the vague 'less than a quarter'. The length of a disruption is scored even where it frames a count "
    "(Valdair's 380 flights in three days).")

Q = [
    # id, role, part_of, description
    ("evacuees", "total", None, "people evacuated from the danger zone (running count to the peak, revised; Relief Society's rival count)"),
    ("eskby_evac", "part", "evacuees", "Eskby residents evacuated"),
    ("thornvik_evac", "part", "evacuees", "people evacuated from the east side of Thornvik when the zone was widened"),
    ("eskby_pop", "population", None, "Eskby's residents"),
    ("thornvik_pop", "population", None, "Thornvik's residents"),
    ("island_pop", "population", None, "Halvrea's population"),
    ("eskby_farmers", "count", None, "farmers allowed to stay in the zone until Wednesday morning"),
    ("dist_eskby", "other", None, "distance from the fissure to Eskby"),
    ("dist_thornvik", "other", None, "distance from the fissure to Thornvik"),
    ("dist_norhavn", "other", None, "distance from the volcano to Norhavn airport"),
    ("fissure_len", "other", None, "length of the eruptive fissure (running)"),
    ("plume_h", "other", None, "height of the ash column (running: up to 9 km -> 12 km at the peak -> below 4 km on the later days)"),
    ("zone_radius", "other", None, "radius of the exclusion zone (changed by decision: 8 -> 15 -> 10 km)"),
    ("zone_ratio", "other", None, "how much the exclusion zone was enlarged on Wednesday (almost doubled)"),
    ("quakes_week", "count", None, "earthquakes in the week before the eruption"),
    ("quake_max", "other", None, "magnitude of the strongest earthquake before the eruption"),
    ("warning_days", "other", None, "how long before the eruption the survey warned of it"),
    ("fountain_h", "other", None, "height of the lava fountains on the first day"),
    ("lava_len", "other", None, "length of the lava flows from the vent (running)"),
    ("lava_area", "other", None, "area covered by lava at the end"),
    ("road_closed", "other", None, "length of Route 1 closed by police on the first day"),
    ("road_buried", "other", None, "length of Route 1 buried by lava"),
    ("bypass_len", "other", None, "length of the bypass built across the lava field"),
    ("bypass_cost", "other", None, "cost of the bypass"),
    ("detour_km", "other", None, "extra distance of the detour over the mountain road"),
    ("detour_time", "other", None, "extra driving time of the detour"),
    ("lorry_limit", "other", None, "weight limit for lorries on the mountain road (rule)"),
    ("e2029_days", "other", None, "length of the 2029 eruption"),
    ("e2029_evac", "other", None, "people evacuated in the 2029 eruption"),
    ("e2029_closed_days", "other", None, "days the continent's airspace was closed in 2029"),
    ("e2029_flights", "other", None, "flights cancelled in 2029"),
    ("evac_ratio", "other", None, "this year's evacuation as a multiple of 2029's"),
    ("flights_ratio", "other", None, "this year's cancellations as a share of 2029's (vague)"),
    ("duration", "other", None, "length of the eruption"),
    ("lookback_weeks", "other", None, "time since the eruption was declared over (dates the article)"),
    ("airport_closed", "other", None, "hours Norhavn airport was closed"),
    ("norhavn_cancel", "part", "cont_cancel", "flights cancelled at Norhavn airport (running)"),
    ("halvair_cancel", "part", "norhavn_cancel", "Halvrean Air flights cancelled (running)"),
    ("cont_cancel", "total", None, "flights cancelled across the continent's airspace since the eruption began (running)"),
    ("cont_cancel_wed", "part", "cont_cancel", "flights cancelled across the continent on Wednesday 11 September alone"),
    ("valdair_cancel", "part", "cont_cancel", "Valdair flights cancelled"),
    ("valdair_period", "other", None, "period of Valdair's cancellations"),
    ("valdair_extra", "count", None, "extra Valdair flights to Norhavn at the weekend"),
    ("selmar_closed", "other", None, "hours Selmar airport was closed"),
    ("ash_speed", "other", None, "speed at which the ash cloud drifted"),
    ("ash_rule", "other", None, "ash concentration airlines may fly through under the 2031 rule"),
    ("pax_affected", "count", None, "air passengers affected across the continent (Northern Airlines Council, running)"),
    ("stranded_tourists", "total", None, "foreign tourists stranded on Halvrea (running)"),
    ("valdorians_stranded", "part", "stranded_tourists", "Valdorian travellers stranded on Halvrea"),
    ("visitors_other", "part", "stranded_tourists", "stranded visitors from the northern mainland"),
    ("valdorians_flown", "part", "valdorians_stranded", "Valdorians flown home by air force aircraft"),
    ("valdorians_children", "part", "valdorians_flown", "children of a school trip among those flown home"),
    ("valdoria_planes", "count", None, "Valdorian air force aircraft sent to Norhavn"),
    ("ferry_pax", "count", None, "passengers carried by the extra Norhavn-Selmar sailings"),
    ("ferry_hours", "other", None, "length of the ferry crossing"),
    ("ferry_fare", "other", None, "ferry fare per person"),
    ("family_nights", "other", None, "nights a Valdorian family slept in the terminal"),
    ("kovac_children", "other", None, "a teacher's children (family detail)"),
    ("airline_loss", "total", None, "airlines' losses (Northern Airlines Council's estimate, revised; euros and skell)"),
    ("halvair_loss", "part", "airline_loss", "Halvrean Air's loss"),
    ("valdair_loss", "part", "airline_loss", "Valdair's loss"),
    ("fx_rate", "other", None, "exchange rate, skell to the euro"),
    ("fund", "total", None, "government emergency fund (changed by decision; skell and euros)"),
    ("fund_paid", "part", "fund", "emergency fund paid out by 15 October"),
    ("fund_paid_share", "other", None, "share of the fund paid out by 15 October"),
    ("grant", "other", None, "grant per evacuated household"),
    ("households_evac", "total", None, "households evacuated"),
    ("grant_claims", "part", "households_evac", "households that had applied for the grant by Monday 16 September"),
    ("soldiers", "count", None, "soldiers sent to the south"),
    ("helicopters", "count", None, "army helicopters sent to the south"),
    ("active_volcanoes", "population", None, "active volcanic systems on Halvrea"),
    ("notice_hours", "other", None, "notice Thornvik residents were told to be ready to leave at"),
    ("houses_destroyed", "total", None, "houses destroyed by the lava (running)"),
    ("eskby_houses_lost", "part", "houses_destroyed", "Eskby houses destroyed (running)"),
    ("eskby_houses", "population", None, "Eskby's houses"),
    ("tolsvik_minutes", "other", None, "time the lava took to destroy a farmer's house"),
    ("age_tolsvik", "other", None, "a farmer's age"),
    ("age_aarsen", "other", None, "honeymooners' age"),
    ("age_eid", "other", None, "a pensioner's age"),
    ("eid_years", "other", None, "a pensioner's years in Eskby"),
    ("centre_sleepers", "count", None, "people who slept in shelters on Wednesday night"),
    ("centre_beds", "population", None, "camp beds in Thornvik sports hall"),
    ("centre_now", "count", None, "people still sleeping in the sports hall on Monday 16 September"),
    ("evac_still", "count", None, "people still out of their homes on Monday 16 September"),
    ("evac_share", "other", None, "share of Halvrea's population evacuated at the peak"),
    ("temp_housing", "count", None, "people still in temporary homes in late October"),
    ("eskby_days_out", "other", None, "days Eskby's residents were kept out"),
    ("thornvik_nights", "other", None, "nights Thornvik's east side was evacuated"),
    ("ash_eskby", "other", None, "depth of ash in Eskby"),
    ("ash_thornvik", "other", None, "depth of ash in Thornvik"),
    ("ash_collected", "other", None, "tonnes of ash cleared in Thornvik"),
    ("volunteers", "count", None, "volunteers clearing ash in Thornvik"),
    ("cleanup_cost", "other", None, "Thornvik council's clean-up cost so far"),
    ("breathing_treated", "total", None, "people treated for breathing problems at Thornvik (running)"),
    ("breathing_children", "part", "breathing_treated", "children among those treated for breathing problems"),
    ("breathing_overnight", "part", "breathing_treated", "patients kept overnight"),
    ("masks", "count", None, "face masks handed out in Thornvik by Relief Society volunteers"),
    ("sheep_moved", "count", None, "sheep moved out of the zone"),
    ("sheep_left", "total", None, "sheep left on the high pastures"),
    ("sheep_dead", "part", "sheep_left", "sheep left behind found dead"),
    ("hotel_before", "other", None, "a Norhavn hotel's room price before the eruption"),
    ("hotel_after", "other", None, "the same hotel's price after the eruption"),
    ("hotel_ratio", "other", None, "the price rise as a multiple (more than double)"),
    ("hotel_cancel_share", "other", None, "share of a Norhavn hotel's October bookings cancelled"),
    ("schools", "population", None, "Thornvik's schools"),
    ("pupils", "population", None, "Thornvik's pupils"),
    ("thornvik_hotels", "population", None, "Thornvik's hotels and guesthouses"),
    ("occupancy_normal", "other", None, "a Thornvik inn's occupancy in a normal September"),
    ("occupancy_now", "other", None, "the inn's occupancy in the week after the eruption"),
    ("so2", "other", None, "peak sulphur dioxide emissions per day"),
    ("damage", "total", None, "government's estimate of the damage on the ground (skell and euros)"),
    ("insured_loss", "part", "damage", "insured part of the damage"),
    ("insured_share", "other", None, "insured share of the damage"),
    ("tourism_gdp", "other", None, "tourism's share of Halvrea's economy"),
    ("tourism_loss", "other", None, "tourism's loss in September"),
    ("bookings_drop", "other", None, "fall in October bookings on a year earlier"),
    ("growth_before", "other", None, "central bank's 2058 growth forecast before the cut"),
    ("growth_after", "other", None, "central bank's 2058 growth forecast after the cut"),
    ("growth_cut", "total", None, "cut in the growth forecast"),
    ("growth_cut_volcano", "part", "growth_cut", "part of the cut due to the eruption"),
]

OPTIONAL_NOTE = None
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
