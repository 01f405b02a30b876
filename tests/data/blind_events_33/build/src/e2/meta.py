#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 2; writes meta.json beside it."""
import json
import os

P, T, PT, C, O = "population", "total", "part", "count", "other"
Q = [
    # the ship, the grounding and the oil
    ("cargo", T, None, "crude oil the Meridian Grace was carrying (84,000 tonnes)"),
    ("spill", PT, "cargo", "oil spilled from the tanker: the owner's about 3,000 tonnes, the coastguard's between 5,000 and 7,000 then up to 9,000, the Orvanian institute's 10,000 to 12,000, the official 11,200 tonnes (about 82,000 barrels) and the Blue Coast Alliance's 15,000 to 20,000"),
    ("onboard", PT, "cargo", "oil still on board before pumping (75,000 tonnes)"),
    ("pumped", PT, "cargo", "oil pumped out of the wreck (31,000 tonnes by 25 October, 72,800 tonnes in all)"),
    ("spill_ratio", O, None, "the coastguard's estimate as a multiple of the owner's (more than twice)"),
    ("spill_ratio_final", O, None, "the official spill as a multiple of the first estimate (almost four times)"),
    ("temp_effect", O, None, "the laboratory's estimate of the temperature effect on the pumped volume (well under 1 per cent)"),
    ("tanks", P, None, "the ship's cargo tanks (12)"),
    ("tanks_breached", C, None, "cargo tanks breached (four, then five)"),
    ("ship_age", O, None, "the tanker's age (18 years)"),
    ("crew_rescued", C, None, "crew members lifted off (all 23)"),
    ("heli_flights", C, None, "helicopter flights of the rescue (four)"),
    ("surveillance_flights", C, None, "coastguard surveillance flights on Monday (three)"),
    ("dist_offshore", O, None, "distance of the rocks from shore (about 6 kilometres, nearly four miles)"),
    ("wind", O, None, "storm winds at the grounding (up to 110 km/h)"),
    ("waves", O, None, "waves at the grounding and in the following days (up to 7 metres)"),
    ("wind_nw", O, None, "north-westerly wind since Tuesday (40 to 60 km/h)"),
    ("list_deg", O, None, "the ship's list (about 12 degrees)"),
    ("salvage_team", C, None, "the owner's salvage team (40 people)"),
    ("off_course", O, None, "how far west of the recommended route the ship was (about 4 kilometres, 4.3 kilometres)"),
    ("speed", O, None, "the ship's speed when it struck (about 14 knots)"),
    ("captain_duty", O, None, "hours the captain had been on duty (16 hours)"),
    ("captain_age", O, None, "the captain's age (optional)"),
    ("pump_plan", O, None, "expected duration of the pumping (about three weeks)"),
    ("pump_days", O, None, "actual duration of the pumping (19 days)"),
    ("refloat_lookback", O, None, "'ten days later' dating the refloating (optional)"),
    ("lookback", O, None, "look-back dating the article (optional)"),
    # the slick and the coast
    ("slick_len", O, None, "length of the slick (about 40 kilometres, then 65 kilometres)"),
    ("slick_width", O, None, "width of the slick (up to 8 kilometres)"),
    ("coast_oiled", T, None, "coastline fouled by oil in Solvenna and Orvania (about 35 -> 120 -> about 150 -> 160 -> 164 kilometres)"),
    ("coast_orv", PT, "coast_oiled", "Orvanian coastline fouled (28, then 31 kilometres)"),
    ("dist_border", O, None, "distance from the wreck to the Orvanian border (about 70 kilometres)"),
    ("alvise_dist", O, None, "Sant'Alvise's distance from the border (3 kilometres)"),
    ("beaches_closed", T, None, "Solvennan beaches closed (22, then 41)"),
    ("beaches_reopened", PT, "beaches_closed", "beaches reopened (six, then 29)"),
    ("beaches_orv", C, None, "Orvanian beaches closed (nine)"),
    ("fish_ban", O, None, "Solvenna's fishing ban area (2,400, extended to 3,100, cut to 1,800 square kilometres)"),
    ("ban_reach", O, None, "how far out to sea the extended ban reaches (about 45 kilometres)"),
    ("ban_review", O, None, "when the ban will be reviewed (four weeks)"),
    ("fish_ban_orv", O, None, "Orvania's fishing ban area (900 square kilometres)"),
    # birds and seals
    ("birds_oiled", T, None, "oiled birds brought in on both coasts (1,200 -> about 2,900 -> 3,900 -> 4,700)"),
    ("birds_dead", PT, "birds_oiled", "oiled birds dead or put down (640 -> 1,400 -> 2,600 -> 3,100)"),
    ("birds_released", PT, "birds_oiled", "cleaned birds released (410, then 1,050)"),
    ("birds_in_care", PT, "birds_oiled", "birds in care at the Kelmouth Seabird Hospital (560)"),
    ("birds_orv", PT, "birds_oiled", "oiled birds found in Orvania (about 700)"),
    ("bird_capacity", P, None, "the Kelmouth hospital's room (500 birds)"),
    ("porvena_capacity", P, None, "the Porvena rescue centre's room (120 animals)"),
    ("wash_people", O, None, "people needed to wash a bird (two)"),
    ("wash_time", O, None, "time to wash a bird (about 45 minutes)"),
    ("bird_recovery", O, None, "time a bird needs before release (ten days)"),
    ("bird_cost", O, None, "cost of caring for a bird (about 1,500 karns)"),
    ("bird_survival", O, None, "expected survival of cleaned birds ('one in four', optional)"),
    ("seals_dead", C, None, "dead seals found (14, then 23)"),
    ("poll_age", O, None, "the hospital manager's age (optional)"),
    ("poll_years", O, None, "the manager's years running the hospital (optional working history)"),
    # the clean-up
    ("volunteers", C, None, "volunteers on the beaches (some 1,200 -> more than 2,000 -> 6,500 on Sunday 22 October)"),
    ("volunteers_registered", C, None, "volunteers registered over the whole clean-up (about 11,000)"),
    ("vol_treated", C, None, "volunteers treated for symptoms (85)"),
    ("shift_len", O, None, "volunteers' shifts (four hours)"),
    ("shift_cap", O, None, "the council's new daily limit for volunteers (no more than four hours a day; a ceiling, its words outside)"),
    ("soldiers", C, None, "Solvennan soldiers on the beaches (about 800 -> 1,100 -> about 1,500)"),
    ("soldiers_added", O, None, "increase in soldiers during the first week (300 more)"),
    ("soldiers_peak", C, None, "soldiers at the peak (up to 1,500)"),
    ("volunteers_orv", C, None, "Orvanian volunteers (1,800)"),
    ("soldiers_orv", C, None, "Orvanian soldiers (250)"),
    ("suits_orv", C, None, "protective suits handed out in Orvania (12,000)"),
    ("booms", O, None, "floating booms laid (6, then 18 kilometres)"),
    ("skimmers", C, None, "skimmer vessels at work (24)"),
    ("oil_recovered_sea", PT, "spill", "oil recovered from the sea (about 300 -> about 1,100 -> about 1,900 tonnes)"),
    ("recovered_share", O, None, "oil recovered as a share of the official spill (17 per cent)"),
    ("waste", C, None, "oily sand and debris collected on the beaches (14,000, then 38,000 tonnes)"),
    ("dogs_treated", C, None, "dogs treated by vets for oil poisoning (seven)"),
    ("smell_dist", O, None, "how far inland the smell carried (ten miles)"),
    ("deverill_age", O, None, "a volunteer's age (optional)"),
    ("deverill_kids", O, None, "her children (optional family history)"),
    # money
    ("gov_fund", T, None, "the government's emergency fund for the spill (150 million karns, about 30 million euros, raised to 300 million karns)"),
    ("gov_spent", PT, "gov_fund", "money spent from the fund by late November (212 million karns)"),
    ("comp_paid", PT, "gov_spent", "interim payments made to boat crews (about 8 million karns)"),
    ("comp_boat_week", O, None, "interim payment per boat per week (2,000 karns)"),
    ("cleanup_cost", O, None, "estimated total clean-up cost (between 1.1 and 1.5 billion karns, 220 to 300 million euros)"),
    ("claims", O, None, "compensation claims registered so far (about 380 million karns)"),
    ("liability_cap", O, None, "the owner's and insurers' liability limit (95 million euros, 475 million karns)"),
    ("intl_fund", O, None, "the international fund's maximum per incident (about 1.2 billion euros)"),
    ("rate_karn", O, None, "exchange rate (5 karns to the euro)"),
    ("orv_budget", O, None, "Orvania's first clean-up budget (4.5 million euros)"),
    ("orv_cost", O, None, "Orvania's own costs (11 million euros)"),
    ("pilot_cost", O, None, "cost of a compulsory pilot per passage (about 2,500 karns)"),
    # fishing, mussels, oysters, tourism
    ("boats_idle", T, None, "fishing boats idle along the coast (about 650)"),
    ("boats_kel", PT, "boats_idle", "Kelmouth's fishing boats tied up (all 140)"),
    ("kerrow_crew", C, None, "a fisherman's crew (three)"),
    ("kerrow_landings", O, None, "his normal weekly landings (6,000 karns)"),
    ("kerrow_age", O, None, "his age (optional)"),
    ("mussel_output", T, None, "the coast's mussel production (about 21,000 tonnes a year)"),
    ("mussel_kel", PT, "mussel_output", "Kelmouth Bay's mussel production (about 12,500 tonnes a year)"),
    ("mussel_kel_value", O, None, "value of Kelmouth Bay's production (46 million karns)"),
    ("mussel_farms_closed", T, None, "mussel farms closed along the coast (38)"),
    ("mussel_farms_kel", PT, "mussel_farms_closed", "closed farms in Kelmouth Bay (22)"),
    ("mussel_farms_oil", PT, "mussel_farms_closed", "farms where oil was found in mussels (nine)"),
    ("mussels_destroyed", C, None, "contaminated mussels destroyed (4,200 tonnes)"),
    ("oyster_farms_orv", C, None, "oyster farms of the Porvena lagoon closed (62)"),
    ("oyster_output", O, None, "the lagoon's oyster production (about 2,600 tonnes a year)"),
    ("oyster_families", C, None, "families living from the oysters (about 180)"),
    ("oyster_value", O, None, "the oysters' annual turnover (around 18 million euros)"),
    ("oyster_seasons", O, None, "seasons that could be lost (two)"),
    ("porvena_stays", O, None, "Porvena's overnight stays a year (1.1 million)"),
    ("autumn_share", O, None, "the autumn's share of those stays (about 15 per cent)"),
    ("bookings_drop", O, None, "fall in Kelmouth's November holiday bookings (about 30 per cent)"),
    ("kel_pop", P, None, "Kelmouth's population (34,000)"),
    ("varrow_pop", P, None, "the Varrow coast's population (about 190,000)"),
    ("meeting", C, None, "people at the public meeting (more than 600)"),
    ("tankers_route", C, None, "tankers passing the rocks each year (about 1,300)"),
    ("route_dist", O, None, "the distance from the rocks or coast used by the route rules (20 kilometres; threshold)"),
    ("board_deadline", O, None, "the accident board's deadline (12 months)"),
    # the warnings and the earlier spill
    ("warning_delay", O, None, "delay before Orvania was warned, as Orvania tells it (two days)"),
    ("warning_claimed", O, None, "the delay as Solvenna tells it (five hours)"),
    ("spill2041", C, None, "the Ostrander spill of 2041 (41,000 tonnes)"),
    ("coast2041", O, None, "coastline fouled in 2041 (630 kilometres)"),
    ("clean2041", O, None, "duration of the 2041 clean-up (more than two years)"),
    ("birds2041", C, None, "birds killed in 2041 (an estimated 60,000)"),
    ("cost2041", O, None, "cost of the 2041 clean-up (900 million karns)"),
    ("ostrander_payments", O, None, "time until the last 2041 payments (nine years)"),
    ("ostrander_traces", O, None, "how long traces of the 2041 oil stayed at Porvena (more than six years)"),
    ("years_since_2041", O, None, "years since the previous worst spill (15 years)"),
]

NOTES = (
    "The amount spilled is one quantity across all its estimates and its revision: the owner's about 3,000 tonnes, "
    "the coastguard's 5,000 to 7,000 and up to 9,000 tonnes, the Orvanian institute's 10,000 to 12,000, the official "
    "11,200 tonnes with its conversion to about 82,000 barrels, and the Blue Coast Alliance's 15,000 to 20,000. The "
    "oil still on board (75,000 tonnes) and the oil pumped out (31,000, then 72,800 tonnes) are different quantities, "
    "both parts of the 84,000-tonne cargo. Running counts reported anew are one quantity (coastline fouled, beaches "
    "closed, birds brought in, birds dead, birds released, seals, volunteers on the beaches, soldiers, booms, oil "
    "recovered at sea, oily waste, pumped oil, the fishing-ban area extended and cut, the emergency fund raised); the "
    "soldiers 'at the peak' and the volunteers registered over the whole clean-up are their own quantities. Orvania's "
    "coastline is a part of the coastline fouled, while Orvania's beaches, fishing ban, volunteers and soldiers are "
    "counted separately from Solvenna's. The ratios 'more than twice' (a forecast against the owner's figure) and "
    "'almost four times' (the official figure against the first estimate) are distinct. The ship's age is scored; the "
    "people's ages, family and working history and the look-backs are optional, and so is the vague 'one in four'. "
    "The translated Orvanian copy uses dotted thousands and decimal commas."
)

here = os.path.dirname(os.path.abspath(__file__))
meta = {
    "folder": "meridian_grace_oil_spill",
    "event": "Grounding of the tanker Meridian Grace (84,000 tonnes of crude) on the Gannet Rocks off Harl Point on "
             "Solvenna's (fictional) Varrow coast on Sunday 15 October 2056: the spill's rival estimates and its "
             "official revision to 11,200 tonnes, the oiled coast in Solvenna and neighbouring Orvania, seabirds, the "
             "clean-up, the fishing ban, Kelmouth's fishermen and mussel growers, and the bill; reported 16 October - "
             "30 November 2056",
    "notes": NOTES,
    "quantities": [list(q) for q in Q],
}
ids = [q[0] for q in Q]
assert len(ids) == len(set(ids)), "duplicate quantity ids"
json.dump(meta, open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
