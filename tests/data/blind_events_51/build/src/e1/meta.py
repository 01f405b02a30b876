#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e1 (the Hallenbrook baggage breakdown); writes meta.json."""
import json
import os

FOLDER = "hallenbrook_baggage_breakdown"
EVENT = ("Baggage system breakdown at Hallenbrook Airport, Pellingford, Merovaal (fictional): a software update "
         "crashed the control system of the airport's baggage sorting hall at 04:40 on Saturday 13 June 2071, at the "
         "start of the summer holidays; the belts stood still for 58 hours, 455 flights were cancelled over four days, "
         "tens of thousands of bags were left behind and returned over weeks, and an inquiry reported on Tuesday "
         "7 July; reported 14 June - 9 July 2071")
NOTES = (
    "Running counts: the flights cancelled (261 over Saturday and Sunday, 402 to Monday, 455 in all), the flights "
    "delayed (more than 300 -> 1,100 -> about 1,300), the passengers affected (about 40,000 -> 86,000 -> more than "
    "100,000 -> 112,000, with the Passenger Council's rival 'as many as 140,000' and '140,000', which count delays), "
    "the bags left behind (about 9,000 -> 27,500 -> 31,200 -> corrected to 24,300; the tabloid's and the trade "
    "weekly's restated first figure 'about 9,000' is linked), the bags returned (8,600 -> 19,400 -> 21.880 -> 23,960), "
    "the bags still waiting (almost 12,000 -> 2.420 -> 340), their share returned (about 90 % -> more than 98 per "
    "cent), Merovair's and Lundair's cancellations (171 -> 298; 19 -> 46), the claims for essentials (14,000 -> "
    "26,500) and the airport's own cost (about 12 million -> 31 million ruvels). The 6.900 bags counted twice are the "
    "correction's difference, kept as a count of their own, not a part of the corrected total. The system's downtime "
    "joins the airport's 58 hours with the union's 'nearer 70 hours' (a rival estimate that counts the restart); the "
    "time to full capacity (about 100 hours) is kept apart. The update's test period joins the supplier's 'three weeks' "
    "with the inquiry's 'just 11 days' ('just' outside the quote) (rival estimates of one period). The manual sorting rate joins the airport's "
    "'about 640 an hour' with the fallback plan's 'about 600 bags an hour'. The 1,900 passengers who spent Saturday "
    "night in the terminal and the tabloid's 'Almost 2,000 people' are one count. Compensation rates (400 and 650 "
    "ruvels, with 'about 62 euros') are rules; the fact box's 'Top payout per passenger: 650 ruvels' is the higher "
    "rate. The allowance of up to 120 ruvels a day and the parking fees of up to 45 ruvels a day are ceilings written "
    "exactly ('up to' outside the quote). The staff figures: 470 now and 610 in 2066 are two quantities (before and "
    "after a change), 'almost a quarter' and '140 fewer' are two further quantities (a share and a difference). Ages "
    "and the periods of counts ('five years', 'four days', 'Eleven days') are optional.")
Q = [
    ["flights_cancelled", "total", None, "flights cancelled at Hallenbrook because of the breakdown (running count)"],
    ["cancelled_sat", "part", "flights_cancelled", "flights cancelled on Saturday 13 June"],
    ["cancelled_sun", "part", "flights_cancelled", "flights cancelled on Sunday 14 June"],
    ["cancelled_mon", "part", "flights_cancelled", "flights cancelled on Monday 15 June"],
    ["merovair_cancelled", "part", "flights_cancelled", "Merovair flights among the cancellations (running count)"],
    ["lundair_cancelled", "part", "flights_cancelled", "Lundair flights among the cancellations (running count)"],
    ["lundair_share", "other", None, "Lundair's cancellations as a share of all cancellations"],
    ["flights_delayed", "count", None, "flights delayed by the breakdown (running count)"],
    ["max_delay", "other", None, "longest delays of flights on the first weekend"],
    ["daily_departures", "population", None, "departures Hallenbrook normally handles a day in June"],
    ["passengers_affected", "total", None, "passengers affected by cancellations and delays (running count and rival estimates)"],
    ["lundair_passengers", "part", "passengers_affected", "Lundair passengers affected"],
    ["bags_left", "total", None, "bags left behind by the breakdown (running count, corrected)"],
    ["bags_ratio_first", "other", None, "the bags left behind as a multiple of the airport's first count"],
    ["bags_double_counted", "count", None, "bags counted twice in the airport's count of 31,200 (the correction)"],
    ["bags_returned", "part", "bags_left", "bags returned to their owners (running count)"],
    ["returned_share", "other", None, "share of the bags left behind that had been returned (running share)"],
    ["bags_outstanding", "part", "bags_left", "bags still waiting for their owners (running count)"],
    ["untagged_bags", "part", "bags_outstanding", "bags still in the hangar with no tag or label"],
    ["lundair_bags", "part", "bags_left", "bags of Lundair passengers left behind"],
    ["lundair_bags_returned", "part", "lundair_bags", "bags of Lundair passengers delivered by Tuesday 23 June"],
    ["lundair_bags_outstanding", "part", "lundair_bags", "bags of Lundair passengers still in Pellingford"],
    ["bags_2066", "other", None, "bags left behind by the 2066 breakdown"],
    ["outage_2066", "other", None, "length of the 2066 breakdown"],
    ["breakdown_period", "other", None, "period in which the system broke down twice (optional)"],
    ["outage_hours", "other", None, "time the sorting system was down (the airport's 58 hours and the union's rival estimate)"],
    ["full_capacity_hours", "other", None, "time from the crash until the system reached full capacity"],
    ["update_to_crash", "other", None, "time between the software update's installation and the crash"],
    ["capacity_share", "other", None, "speed of the system on Tuesday 16 June as a share of normal"],
    ["conveyor_length", "other", None, "length of the system's conveyor belts"],
    ["system_capacity", "other", None, "bags the system can sort an hour"],
    ["manual_rate", "other", None, "bags sorted by hand an hour (the airport's figure and the fallback plan's)"],
    ["sorting_loops", "population", None, "sorting loops of the system"],
    ["loops_tested", "count", None, "sorting loops the update was tried out on"],
    ["test_period", "other", None, "time the update was tested (the supplier's and the inquiry's rival figures)"],
    ["agency_workers", "part", "extra_staff", "agency workers brought in to sort bags"],
    ["office_volunteers", "part", "extra_staff", "office workers who volunteered to sort bags"],
    ["extra_staff", "total", None, "extra staff brought in to sort bags"],
    ["shift_length", "other", None, "length of the extra staff's shifts"],
    ["hall_staff", "population", None, "permanent staff of the sorting hall now"],
    ["hall_staff_2066", "population", None, "permanent staff of the sorting hall in 2066"],
    ["staff_cut_share", "other", None, "how much smaller the permanent team is than in 2066, as a share"],
    ["staff_cut", "other", None, "how many fewer permanent staff the sorting hall has than in 2066"],
    ["staff_on_shift", "count", None, "handlers on the Saturday morning shift"],
    ["staff_on_shift_ratio", "other", None, "earlier shift staffing as a multiple of the Saturday shift (a handler's estimate)"],
    ["terminal_sleepers", "count", None, "passengers who spent Saturday night in the terminal"],
    ["water_bottles", "count", None, "bottles of water handed out in the terminal"],
    ["destinations_affected", "count", None, "destinations affected by cancellations by Sunday"],
    ["comp_short", "other", None, "compensation for a cancelled flight of up to 1,500 kilometres"],
    ["comp_long", "other", None, "compensation for a cancelled longer flight"],
    ["comp_threshold", "other", None, "distance dividing the two compensation rates"],
    ["essentials_allowance", "other", None, "daily ceiling of the allowance for essentials for a missing bag"],
    ["essentials_days", "other", None, "days for which the allowance for essentials is paid"],
    ["essentials_claims", "count", None, "claims for essentials received (running count)"],
    ["avg_essentials_claim", "other", None, "average claim for essentials"],
    ["inquiry_deadline", "other", None, "time given to the inquiry to report"],
    ["hotel_rooms", "population", None, "hotel rooms within ten kilometres of the terminal"],
    ["hotel_radius", "other", None, "distance within which the hotel rooms were counted"],
    ["rooms_paid", "count", None, "hotel rooms paid for by the airlines on Saturday night"],
    ["taxi_trips", "count", None, "trips a taxi driver made with stranded families"],
    ["bags_lifted", "count", None, "suitcases a volunteer lifted"],
    ["age_ostrowe", "other", None, "age of the volunteer Lena Ostrowe (optional)"],
    ["lorries", "count", None, "lorries an hour carrying bags to the hangar on Sunday"],
    ["hangar_rows", "count", None, "rows in which bags are laid out in the hangar"],
    ["parking_waiver", "other", None, "days for which parking charges were waived"],
    ["parking_fee", "other", None, "daily ceiling of the car park fees refunded"],
    ["update_window", "other", None, "quiet season in which the update could have been installed (a councillor's figure)"],
    ["gantry_cases", "count", None, "suitcases the Gantry family packed"],
    ["gantry_wait", "other", None, "days the Gantry family waited for their bags"],
    ["gantry_children", "count", None, "children of Mirela Gantry"],
    ["gantry_spend", "other", None, "what Mirela Gantry spent on clothes and sun cream"],
    ["cancellation_days", "other", None, "period of the count of cancelled flights (optional)"],
    ["hac_cost", "total", None, "the airport company's own cost of the breakdown (estimate revised)"],
    ["hac_cost_essentials", "part", "hac_cost", "the airport company's cost of the claims for essentials"],
    ["hac_cost_staff", "part", "hac_cost", "the airport company's cost of agency staff, lorries and the hangar"],
    ["ceo_bonus", "other", None, "the chief executive's bonus last year"],
    ["longest_wait", "other", None, "time pensioners waited on suitcases (the Passenger Council's figure)"],
    ["age_marsh", "other", None, "age of the handler Tobin Marsh (optional)"],
    ["days_since", "other", None, "days since the breakdown (optional)"],
    ["lundair_daily", "other", None, "Lundair flights a day between Brekkstad and Pellingford"],
    ["lundair_cost", "other", None, "Lundair's cost of the breakdown"],
    ["exchange_rate", "other", None, "ruvels to the euro"],
    ["lunderian_complaints", "count", None, "complaints to the Lunderian consumer centre"],
    ["complaints_bags_share", "other", None, "share of the Lunderian complaints about luggage"],
    ["age_roe", "other", None, "age of the passenger Ingvild Roe (optional)"],
    ["roe_wait", "other", None, "days Ingvild Roe waited for her suitcase"],
    ["roe_doctor", "other", None, "what Ingvild Roe paid a doctor"],
    ["tarrow_shares", "other", None, "fall of Tarrow's shares in the week after the breakdown"],
    ["region_states", "population", None, "northern states whose ministers meet in July"],
    ["airline_losses", "total", None, "the Merovaal airlines' losses (the airlines' association's estimate)"],
    ["merovair_losses", "part", "airline_losses", "Merovair's losses"],
    ["tarrow_cap", "other", None, "cap on the supplier's liability under the contract"],
    ["hac_fine", "other", None, "fine proposed by the Aviation Inspectorate"],
    ["max_fine", "other", None, "legal maximum of the fine"],
    ["appeal_window", "other", None, "days the airport company has to appeal"],
    ["upgrade_cost", "other", None, "cost of the upgrades to the system"],
    ["system_cost", "other", None, "cost of the system when it opened in 2064"],
    ["rebooking_queue", "other", None, "time passengers queued at the rebooking desks on Sunday morning"],
    ["replacement_cost", "other", None, "cost of replacing the control software (rival suppliers' estimate)"],
    ["recommendations", "count", None, "recommendations of the inquiry"],
    ["update_freeze", "other", None, "busiest weeks in which the report would ban software changes"],
    ["test_runs", "other", None, "full test runs the report asks for (a rule)"],
    ["summer_passengers", "other", None, "passengers expected at Hallenbrook this summer"],
    ["summer_growth", "other", None, "growth of summer passengers on last year"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
