#!/usr/bin/env python3
"""Hand-kept quantity table of event 3 (corabella_dawn_norovirus); writes meta.json beside it."""
import json
import os

FOLDER = "corabella_dawn_norovirus"
EVENT = ("Norovirus outbreak on the cruise ship Corabella Dawn of Tidewell Cruises, Varnesse (fictional), on a "
         "14-night Merrow Sea cruise from Port Anselm that left on 3 June 2056 and returned three days early on "
         "14 June, after the Tervalian port of Sandrel refused it entry: the operator's and the public health "
         "institute's rival counts of the sick, hospital cases and one death, refunds, the deep clean and the "
         "delayed next cruise, the Tervalian passengers, and the institute's final report; reported 11 June - "
         "15 July 2056")

NOTES = (
    "Money is in Varnessian corins (7 to the euro); Tervalia's is in euros. ill_total holds every count and "
    "estimate of the people who fell ill on the cruise: the operator's running count (245 -> 362 -> 498, its "
    "final figure of those who reported to the medical centre) and the public health institute's rival "
    "estimates from its survey of passengers ('more than 600' -> 'about 610' -> 612 in the final report), "
    "one quantity because both measure the same people; the passengers and crew among them (214 -> 318 -> "
    "441 -> 538; 31 -> 44 -> 57 -> 74), the first evening's 37, those taken to hospital (4 -> 6 -> 8 -> 9 -> "
    "11, Anselm General's 'nine' being all of them so far), the passengers who hid their illness, the "
    "Tervalian sick, the Harbourside club's sick and the crew who worked while ill are parts. The share of "
    "passengers ill by Saturday 10 June (more than 6 per cent, 6,8 %, with the tabloid's optional 'more than "
    "one in ten' on Monday) and the share of all people on board (12,1 % by the operator's count, 14.9 per "
    "cent by the institute's) are separate quantities. Shares written as ratios ('one in ten', 'every "
    "sixth') and loose fractions are vague and optional, as in the previous corpus's 'a third'; fixed "
    "fractions of a fare that define a refund ('half', 'a quarter') are rules and scored. The first refund "
    "offer (25 per cent) and the later one (half in cash plus a quarter as credit) are separate quantities "
    "(a rate changed by decision). The isolation rule is one quantity in hours and days ('48 hours', 'two "
    "days'), the value kept as printed. The rounded '4,000 people' of a ship of this size in general "
    "statements (an expert, the Tervalian minister, the broadsheet) is one quantity, apart from the exact "
    "4,120 people on board. 'as few as 10 virus particles' joins the infectious dose given as '10 to 100' "
    "and keeps '='. In 'with 86 out of 100' the score is the figure and the scale's maximum is wording. "
    "Tervalia's reporting rule (2 per cent, 24 hours) and Varnesse's proposed one (2 per cent) are separate "
    "quantities. Ages, the Budgens' saving years, look-backs and vague shares are optional."
)

# id, role, part_of, description
Q = [
    ("ill_total", "total", None, "people who fell ill on the cruise (operator's running count and the institute's estimates)"),
    ("ill_passengers", "part", "ill_total", "passengers who fell ill"),
    ("ill_crew", "part", "ill_total", "crew members who fell ill"),
    ("ill_first_evening", "part", "ill_total", "people who came forward on the first evening, Wednesday 7 June"),
    ("hidden_cases", "part", "ill_total", "passengers who told the institute they were ill but stayed away from the doctors"),
    ("hospitalised", "part", "ill_total", "people taken to hospital ashore (running count)"),
    ("medevac", "part", "hospitalised", "those taken to hospital by helicopter"),
    ("still_in_hospital", "part", "hospitalised", "passengers still in Anselm General on 16 June"),
    ("deaths", "part", "hospitalised", "deaths (Walter Pennick)"),
    ("tervalian_hospitalised", "part", "hospitalised", "Tervalian passengers in hospital in Port Anselm"),
    ("tervalian_ill", "part", "ill_passengers", "Tervalian passengers who fell ill"),
    ("club_ill", "part", "ill_passengers", "Harbourside Seniors' Club members who fell ill"),
    ("crew_worked_ill", "part", "ill_crew", "sick crew members who carried on working"),
    ("count_gap", "other", None, "difference between the institute's and the operator's final counts"),
    ("ill_share", "other", None, "share of passengers ill by Saturday 10 June (running)"),
    ("ill_share_all", "other", None, "share of all people on board who fell ill (operator's and institute's counts)"),
    ("ill_share_multiple", "other", None, "that share as a multiple of the Tervalian reporting threshold"),
    ("table_share", "other", None, "share of a passenger's dinner table who were sick (optional, vague)"),
    ("tervalian_ill_share", "other", None, "share of Tervalian passengers ill (optional, vague)"),
    ("passengers", "population", None, "passengers on board"),
    ("crew", "population", None, "crew on board"),
    ("people_on_board", "population", None, "people on board in all (4,120)"),
    ("on_board_rounded", "other", None, "rounded number of people on a ship of this size in general statements (4,000)"),
    ("tervalian_passengers", "population", None, "Tervalian passengers on board"),
    ("anselm_passengers", "population", None, "passengers from the Port Anselm area"),
    ("club_members", "population", None, "Harbourside Seniors' Club members on the cruise"),
    ("charter_passengers", "count", None, "Tervalian passengers flown home on the chartered aircraft"),
    ("charter_flights", "count", None, "aircraft chartered by the Tervalian ministry"),
    ("cruise_length", "other", None, "planned length of the cruise (14 nights)"),
    ("days_cut", "other", None, "days by which the cruise was cut short"),
    ("ports_planned", "population", None, "ports on the itinerary"),
    ("ports_skipped", "count", None, "ports skipped (running)"),
    ("recovery_days", "other", None, "days in which most people recover"),
    ("isolation_hours", "other", None, "isolation after the last symptoms (48 hours, two days)"),
    ("cabins_isolated", "count", None, "cabins under isolation (running)"),
    ("cleaning_crew", "count", None, "crew assigned to disinfect the ship"),
    ("report_deadline", "other", None, "Tervalian rule: notice required before arrival"),
    ("report_threshold", "other", None, "Tervalian rule: share of passengers ill that requires notice"),
    ("report_actual_hours", "other", None, "notice Tidewell actually gave Sandrel"),
    ("vn_report_threshold", "other", None, "Varnesse's proposed reporting threshold"),
    ("vn_fine", "other", None, "maximum fine under Varnesse's proposed rules"),
    ("institute_team", "count", None, "epidemiologists the institute sent to the ship"),
    ("lab_results_time", "other", None, "time within which laboratory results were expected"),
    ("virus_survival", "other", None, "time norovirus can survive on surfaces"),
    ("infectious_dose", "other", None, "virus particles enough to infect someone"),
    ("ship_doctors", "population", None, "doctors in the ship's medical centre"),
    ("ship_nurses", "population", None, "nurses in the ship's medical centre"),
    ("extra_doctors", "count", None, "extra doctors flown to the ship"),
    ("disinfectant", "other", None, "disinfectant flown to the ship"),
    ("skerrin_beds", "population", None, "beds at the Skerrin clinic"),
    ("refund_first", "other", None, "Tidewell's first refund offer (share of the fare)"),
    ("refund_share", "other", None, "Tidewell's later cash refund (share of the fare)"),
    ("credit_share", "other", None, "credit against a future cruise (share of the fare)"),
    ("fare_min", "other", None, "cheapest fare for the cruise (corins and euros)"),
    ("fare_avg", "other", None, "average fare (corins and euros)"),
    ("refund_avg", "other", None, "cash refund per passenger at the average fare"),
    ("tervalian_max_refund", "other", None, "maximum refund under Tervalian travel law"),
    ("tervalian_complaints", "count", None, "Tervalian families who turned to the consumer centre"),
    ("sandrel_call_value", "other", None, "turnover a cruise ship's call brings Sandrel"),
    ("clean_hours", "other", None, "length of the deep clean"),
    ("extra_cleaners", "count", None, "extra cleaners hired for the deep clean"),
    ("next_cruise_booked", "total", None, "passengers booked on the next cruise"),
    ("next_cruise_cancellations", "part", "next_cruise_booked", "bookings cancelled"),
    ("next_cruise_delay", "other", None, "delay of the next cruise"),
    ("crew_clearance_hours", "other", None, "hours without a new crew case before the institute clears the ship (rule)"),
    ("next_cruise_credit", "other", None, "credit offered to passengers of the next cruise"),
    ("turnaround_value", "other", None, "what a ship's turnaround brings Port Anselm"),
    ("port_inspectors", "population", None, "inspectors of Port Anselm's port health office"),
    ("ship_calls", "other", None, "cruise ship calls a year at Port Anselm"),
    ("isolation_ward_beds", "population", None, "beds of the isolation ward opened at Anselm General"),
    ("age_review_threshold", "other", None, "age above which the institute examines every death (rule)"),
    ("lawsuit_passengers", "count", None, "passengers in the group seeking compensation (running)"),
    ("lawsuit_claim", "other", None, "compensation sought per passenger"),
    ("outbreak_cost", "total", None, "cost of the outbreak to Tidewell (company's and analysts' estimates; corins and euros)"),
    ("refund_cost", "part", "outbreak_cost", "cost of the cash refunds"),
    ("tidewell_share_fall", "other", None, "fall of Tidewell's shares in the week after the return"),
    ("galley_shifts", "other", None, "shifts the sick galley worker worked"),
    ("buffet_close_hours", "other", None, "hours between the first cases and the closing of the buffets"),
    ("inspection_score", "other", None, "score at the March inspection"),
    ("pass_mark", "other", None, "pass mark of the inspection"),
    ("violations", "total", None, "violations found after the outbreak"),
    ("serious_violations", "part", "violations", "serious violations among them"),
    ("outbreak2052_ill", "other", None, "people ill in the ship's 2052 outbreak"),
    ("cruise2052_length", "other", None, "length of the 2052 cruise"),
    ("outbreaks_2053", "other", None, "cruise ship norovirus outbreaks at Varnessian ports in 2053"),
    ("outbreaks_2055", "other", None, "cruise ship norovirus outbreaks at Varnessian ports in 2055"),
    ("outbreaks_2056", "count", None, "outbreaks recorded so far in 2056"),
    ("outbreaks_multiple", "other", None, "rise of outbreaks as a multiple"),
    ("outbreaks_period", "other", None, "period of that rise (two years)"),
    ("budgen_days_ill", "other", None, "days Sheila Budgen was ill in her cabin"),
    ("budgen_fare", "other", None, "what the Budgens paid"),
    ("budgen_refund", "other", None, "the Budgens' cash refund"),
    ("budgen_saving_years", "other", None, "years the Budgens saved (optional)"),
    ("age_sheila", "other", None, "Sheila Budgen's age (optional)"),
    ("age_ron", "other", None, "Ron Budgen's age (optional)"),
    ("age_laundry", "other", None, "laundry worker's age (optional)"),
    ("crew_shift_hours", "other", None, "length of crew shifts during the outbreak"),
    ("pennick_days_ill", "other", None, "days Walter Pennick was ill before he was evacuated"),
    ("age_pennick", "other", None, "Walter Pennick's age (optional)"),
    ("asmus_fare", "other", None, "fare per person paid by the Asmus couple"),
    ("asmus_days_cabin", "other", None, "days the Asmus couple spent in the cabin"),
    ("asmus_days_aboard", "other", None, "days they spent on board"),
    ("age_asmus", "other", None, "Herbert Asmus's age (optional)"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
ids = [q[0] for q in Q]
assert len(ids) == len(set(ids)), "duplicate ids"
print(f"{len(Q)} quantities written")
