#!/usr/bin/env python3
"""Hand-kept quantity table of event e2; writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "tarsis_launch_failure"
EVENT = ("Launch failure of a Tarsis-2 rocket carrying Altrenia's (fictional) weather satellite Ysolde and 12 small "
         "satellites from the Cape Morrow spaceport on Saturday 13 October 2057: the rocket broke apart about 97 "
         "seconds after lift-off; debris at sea and ashore, the exclusion zone, the fishermen of Pellan, neighbouring "
         "Dravenia's lost university satellites and debris, the insurance, the operator's shares, the grounding and the "
         "investigation board's preliminary report; reported 13 October - 26 November 2057")
NOTES = (
    "Money in Altrenian marks (4 to the euro), Dravenia's in euros. The moment of loss (97 seconds; the board's and "
    "the published data's precise 97.2 seconds) and the onset of the pressure drop (the chief executive's 'about T "
    "plus 90 seconds' and 'about 90 seconds', the board's 93.6 seconds) are two quantities. The altitude (about 31 "
    "kilometres, 31,4 / 31.4 kilometres, the tabloid's 'roughly 19 miles') and the speed (about 3,400 kilometres per "
    "hour, 'more than 2,000mph') are each one quantity in two units. Running counts and levels reported anew are one "
    "quantity: the exclusion zone (about 1,800 -> 2,600 -> 700 square kilometres), debris fragments recovered (more "
    "than 200 -> about 1,150 -> 3,400 -> 4,120; the fact box's '200+' takes '>=' from its plus sign) and their weight, "
    "fishing boats tied up (the tabloid's and translated copy's about 140, and the local paper's 'All 143 boats' of "
    "the fleet, which states the same count exactly). Rival estimates of the grounding (analysts' at least six months, "
    "Veyra's about nine, the space agency's closer to 14) are one quantity. The share falls are three periods: Monday "
    "morning (23 per cent), by Tuesday evening (31 per cent, restated in the broadsheet as the fall 'in the first two "
    "days of trading') and by late November (27 per cent). The satellite's insured sum (1.1 billion marks, about 275 "
    "million euros) and the insurers' payout (1.1 billion marks) are different quantities with equal values, like the "
    "uninsured rest (260 million) and the replacement gap (400 million). The compensation paid to Pellan's fishermen "
    "(about 1.2 million marks offered, 1.2 million paid) is one amount; the daily rate per boat and the extra "
    "settlement are apart. The 2049 failure's lost satellite and grounding are a distinct event. 'Tarsis-2' is a "
    "name, not a figure, also in the fact box's 'Rocket: Tarsis-2'. Ages, the eight years some staff worked on Ysolde, "
    "the students' five years, the look-back 'Four days after' and the vague share 'nearly an eighth' are optional."
)
Q = [
    ("sat_cost", "other", None, "cost of the weather satellite Ysolde (marks and euros)"),
    ("sat_mass", "other", None, "mass of Ysolde"),
    ("loss_time", "other", None, "seconds after lift-off at which the rocket broke apart / was destroyed"),
    ("anomaly_time", "other", None, "seconds into the flight at which the first-stage pressure drop began"),
    ("altitude", "other", None, "altitude of the rocket when it was lost (kilometres; miles)"),
    ("speed", "other", None, "speed of the rocket when it was lost (km/h; mph)"),
    ("cubesats", "total", None, "small satellites aboard and lost"),
    ("cubesats_dravenia", "part", "cubesats", "Dravenian (University of Kersholm) small satellites aboard and lost"),
    ("ysolde_years", "other", None, "years some staff worked on Ysolde (working history; optional)"),
    ("design_life", "other", None, "design life of the older weather satellite in service"),
    ("past_life", "other", None, "years the older satellite is beyond its design life"),
    ("board_members", "population", None, "members of the investigation board"),
    ("board_deadline", "other", None, "days within which first findings were expected (deadline)"),
    ("streak", "count", None, "successful Tarsis launches in a row before the failure"),
    ("streak_years", "other", None, "years over which the streak ran"),
    ("launch_cost", "other", None, "cost of a Tarsis launch (marks and euros)"),
    ("zone", "total", None, "sea exclusion zone for shipping and fishing (running: extended, then reduced)"),
    ("zone_dravenia", "part", "zone", "part of the exclusion zone in Dravenian waters"),
    ("zone_days", "other", None, "days until the exclusion zone was lifted entirely"),
    ("insured", "other", None, "sum for which Ysolde was insured (marks and euros)"),
    ("uninsured", "other", None, "part of Ysolde's cost not covered by insurance"),
    ("payout", "other", None, "insurers' payout for Ysolde"),
    ("spectators", "count", None, "people watching from the public viewing site"),
    ("viewing_distance", "other", None, "distance of the viewing site from the launch pad"),
    ("smoke_trails", "count", None, "smoke trails seen by witnesses"),
    ("replacement_time", "other", None, "time needed to build Ysolde's replacement"),
    ("replacement_cost", "other", None, "cost of Ysolde's replacement (marks and euros)"),
    ("replacement_gap", "other", None, "gap between the replacement's cost and the insurance payout"),
    ("dravenia_distance", "other", None, "distance of Dravenian waters east of Cape Morrow"),
    ("employees", "population", None, "Veyra's employees"),
    ("backlog", "count", None, "launches booked until the end of 2058, now on hold"),
    ("chunk_length", "other", None, "length of a fuel-tank chunk washed up near Pellan"),
    ("debris", "total", None, "rocket fragments recovered (running count)"),
    ("debris_dravenia", "part", "debris", "fragments found on Dravenia's Skarva islands"),
    ("debris_mass", "other", None, "weight of the fragments recovered (running)"),
    ("liftoff_mass", "other", None, "mass of the rocket at lift-off"),
    ("seafloor_share", "other", None, "share of the rocket's dry mass thought to lie on the sea floor"),
    ("sea_depth", "other", None, "depth of the water where it lies"),
    ("age_coyle", "other", None, "age of fisherman Davy Coyle (optional)"),
    ("coyle_loss", "other", None, "what each fisherman loses a day in port (Coyle)"),
    ("boats_idle", "count", None, "Pellan fishing boats tied up by the ban"),
    ("boats_dravenia", "count", None, "Skarva fishing boats affected by the zone"),
    ("boats_fragments", "count", None, "boats that brought in fragments caught in their nets"),
    ("age_arnott", "other", None, "age of Kerry Arnott (optional)"),
    ("age_twins", "other", None, "age of her twins (optional)"),
    ("shares_monday", "other", None, "fall of Veyra's shares on Monday 15 October"),
    ("shares_tuesday", "other", None, "fall of Veyra's shares by Tuesday evening (first two trading days)"),
    ("shares_period", "other", None, "trading days over which the 31 per cent fall happened"),
    ("shares_now", "other", None, "Veyra's shares below their pre-launch level in late November"),
    ("skarva_pop", "population", None, "inhabitants of the Skarva islands"),
    ("beaches_closed", "count", None, "beaches closed on the Skarva islands"),
    ("scan_new", "other", None, "interval between Ysolde's pictures"),
    ("scan_old", "other", None, "interval between the old satellite's pictures"),
    ("video_views", "count", None, "views of the video of the explosion"),
    ("rocket_height", "other", None, "height of the Tarsis-2"),
    ("dravenia_launched", "total", None, "satellites Dravenia has sent into orbit since 2050"),
    ("dravenia_launched_tarsis", "part", "dravenia_launched", "of them on Tarsis rockets"),
    ("gibbs_loss", "other", None, "cafe owner Nan Gibbs's loss on Sunday"),
    ("mkt_cap_loss", "other", None, "market value wiped off Veyra on Monday"),
    ("ceo_pay", "other", None, "chief executive's pay last year"),
    ("lookback_days", "other", None, "look-back dating the translated article (optional)"),
    ("fairing_piece", "other", None, "length of the largest fragment on the Skarva islands"),
    ("hydrazine", "other", None, "hydrazine carried by the upper stage"),
    ("sample_points", "count", None, "measuring points where water was sampled (first week)"),
    ("samples", "count", None, "water samples taken since the failure (to November)"),
    ("hydrazine_limit", "other", None, "legal limit for hydrazine in water (threshold)"),
    ("engines", "population", None, "engines of the first stage"),
    ("cubesat_mass", "other", None, "mass of each Kersholm small satellite"),
    ("kersholm_cost", "other", None, "cost of the three Kersholm satellites (euros and marks)"),
    ("students", "count", None, "students who worked on the Kersholm satellites"),
    ("students_years", "other", None, "years the students worked on them (optional)"),
    ("cubesat_premium", "other", None, "launch insurance the university could not pay"),
    ("kersholm_rebuild", "other", None, "time within which the university wants to rebuild"),
    ("grounding", "other", None, "expected length of the Tarsis grounding (rival estimates)"),
    ("grounding_2049", "other", None, "length of the grounding after the 2049 failure"),
    ("sat_2049", "other", None, "value of the satellite lost in 2049"),
    ("dravenia_contract", "other", None, "value of Dravenia's Tarsis launch contract"),
    ("switch_cost", "other", None, "extra cost of switching Dravenia's satellite to another rocket"),
    ("switch_delay", "other", None, "delay a switch would cause"),
    ("switch_decision", "other", None, "deadline for Dravenia's decision"),
    ("ban_days", "other", None, "days Pellan's fleet was tied up"),
    ("fishing_loss", "other", None, "fishermen's cooperative's estimate of lost catches"),
    ("compensation_rate", "other", None, "Veyra's compensation per boat per day in port"),
    ("compensation_total", "other", None, "Veyra's compensation to Pellan's fishermen (offered, then paid)"),
    ("compensation_gap", "other", None, "shortfall of the offer against the claim"),
    ("compensation_extra", "other", None, "further settlement with the cooperative"),
    ("crainie_distance", "other", None, "distance of Crainie north of Pellan"),
    ("barn_fragment", "other", None, "weight of the fragment that hit Moy's barn"),
    ("houses_damaged", "count", None, "houses damaged by fragments in Crainie"),
    ("cars_damaged", "count", None, "cars damaged by fragments in Crainie"),
    ("moy_distance", "other", None, "distance of the impact from Moy's wife"),
    ("age_moy", "other", None, "age of farmer Alasdair Moy (optional)"),
    ("meeting", "count", None, "residents at the community hall meeting"),
    ("petition", "count", None, "signatures on the petition for a safety review"),
    ("spaceport_jobs", "population", None, "people employed at Cape Morrow"),
    ("spaceport_jobs_pellan", "population", None, "Cape Morrow employees from Pellan"),
    ("launch_tourists", "population", None, "launch tourists visiting Pellan a year"),
    ("contract_workers", "count", None, "contract workers sent home on full pay"),
    ("valve_size", "other", None, "size of the cracked valve"),
    ("report_pages", "other", None, "length of the board's preliminary report"),
    ("valve_batch", "total", None, "valves in the faulty batch"),
    ("valves_installed", "part", "valve_batch", "valves of the batch already fitted to other rockets"),
    ("overpressure", "other", None, "engine pressure above its tested level at failure"),
    ("recommendations", "count", None, "recommendations of the board"),
    ("short_time", "count", None, "Veyra workers put on short-time work"),
    ("short_time_share", "other", None, "vague share of the workforce on short-time work (optional)"),
    ("veyra_cost", "other", None, "Veyra's estimate of the failure's direct cost to itself (marks and euros)"),
    ("data_cost", "other", None, "yearly cost of bought-in satellite data"),
    ("forecast_horizon", "other", None, "forecast range that would lose accuracy"),
    ("forecast_loss", "other", None, "loss of forecast accuracy if the old satellite failed"),
    ("warning_loss", "other", None, "delay of storm warnings if the old satellite failed"),
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
