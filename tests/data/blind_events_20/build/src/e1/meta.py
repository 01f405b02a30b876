#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 1; writes meta.json beside this file."""
import json
import os

FOLDER = "caddran_atc_failure"
EVENT = ("Failure of the flight-data system at the Mossbank area control centre of the Tavrenian Air "
         "Navigation Service (TANS) on Friday 8 July 2044 (almost nine hours) and again on Saturday 9 July "
         "(four hours), grounding and delaying flights at Caddran Weald, Bressing, Port Esker and Lowmarsh and "
         "on routes to Vaskeland: running counts of cancellations, delays, diversions and passengers affected, "
         "per-airport and per-airline parts, people stranded overnight, the airlines' cost estimate against "
         "TANS's, compensation rules per passenger and claims, reported 8-16 July 2044 (fictional)")
NOTES = (
    "Dates (8 July, 9 July), clock times (05:40, 14:25, 07:10) and calendar years (2026, 2037) are not figures; "
    "ordinals ('SECOND time', 'the second failure', '40th' anniversary, 'first weekend') are not figures; "
    "'the two days' / 'the two countries' used as pronouns are not figures, but 'two days' measuring the "
    "disruption is. Cancellations are one running count (cancelled_total) from the wire's 'more than 1,200' "
    "on Friday evening to the final 3,046; the wire's early-evening count is the running total at that time, "
    "not the Friday figure, which the tabloid (1,480), the translated copy (1,490) and the broadsheet (1,512) "
    "give as a separate part beside Saturday's (more than 600 by lunchtime -> 1,380 -> 1,534). Per-airport and "
    "per-airline cancellations, and flights on Vaskish routes, are parts of the national count (the "
    "partitions overlap; each part points to the national total). Passengers affected (more than 200,000 -> "
    "QUARTER OF A MILLION -> about 430,000 -> more than 400,000 -> some 455,000) is one running estimate; "
    "people stranded overnight on Friday night are a part of it and the sleepers at Caddran Weald and "
    "Lowmarsh parts of those. The airlines' cost (EUR 120m, at least EUR 120m, revised to EUR 135m) and TANS's "
    "rival estimate (around EUR 50m; between EUR 50m and EUR 60m) are estimates of one amount; hotels and meals, "
    "compensation and Fenwing's own bill are parts of it. Skarvair is not a member of the airline council: its "
    "EUR 2.4m is a separate amount. Compensation amounts (EUR 250 / 400 / 600), the distance bands (1,500 km, "
    "3,500 km) and the three-hour delay rule are rules written exactly ('=' even when the text says 'over' or "
    "'up to' a distance; the hedge word is left out of those quotes), while 'UP TO EUR 600' / 'up to 600 euros' "
    "describing what a passenger could be owed keep '<='. The outage on Friday (almost nine hours, NINE-HOUR, "
    "9), on Saturday (four hours) and combined (13 hours) are three durations. Failures counted as 'Two "
    "failures' and 'twice' are one count. Ages, years of a career and look-backs ('first holiday in four "
    "years') are optional, as is the vague share 'one in five' jobs.")

# id, role, part_of, description
Q = [
    ["cancelled_total", "total", None, "flights cancelled in Tavrenia since the failure began (running count to the two-day total)"],
    ["cancelled_fri", "part", "cancelled_total", "flights cancelled on Friday 8 July"],
    ["cancelled_sat", "part", "cancelled_total", "flights cancelled on Saturday 9 July (running during Saturday)"],
    ["cwa_cancelled", "part", "cancelled_total", "flights cancelled at Caddran Weald (running)"],
    ["bressing_cancelled", "part", "cancelled_total", "flights cancelled at Bressing (running)"],
    ["esker_cancelled", "part", "cancelled_total", "flights cancelled at Port Esker (running)"],
    ["lowmarsh_cancelled", "part", "cancelled_total", "flights cancelled at Lowmarsh over the two days"],
    ["fenwing_cancelled", "part", "cancelled_total", "flights cancelled by Fenwing Air (running)"],
    ["vask_routes_cancelled", "part", "cancelled_total", "flights between Vaskeland and Tavrenia cancelled"],
    ["skarvair_cancelled", "part", "vask_routes_cancelled", "Skarvair flights between the two countries cancelled"],
    ["delayed_total", "count", None, "flights delayed in Tavrenia (running count)"],
    ["delay_avg_fri", "other", None, "average delay on Friday (hours)"],
    ["diverted", "total", None, "flights bound for Tavrenia diverted elsewhere (running)"],
    ["vestrum_diverted", "part", "diverted", "diverted flights that landed at Vestrum"],
    ["passengers_affected", "total", None, "passengers whose flights were cancelled or delayed (running estimate)"],
    ["stranded_overnight", "part", "passengers_affected", "passengers stranded overnight on Friday night"],
    ["cwa_sleepers", "part", "stranded_overnight", "people who spent Friday night in Caddran Weald terminal"],
    ["lowmarsh_sleepers", "part", "stranded_overnight", "people who spent Friday night in Lowmarsh terminal"],
    ["lowmarsh_pax_affected", "part", "passengers_affected", "Lowmarsh passengers whose journeys were cancelled or delayed"],
    ["vask_route_pax", "part", "passengers_affected", "passengers affected on routes between Vaskeland and Tavrenia"],
    ["vask_tourists", "count", None, "Vaskish travellers stuck abroad"],
    ["cwa_camp_beds", "count", None, "camp beds handed out at Caddran Weald"],
    ["lowmarsh_camp_beds", "count", None, "camp beds supplied by the council at Lowmarsh"],
    ["outage_fri_hours", "other", None, "length of Friday's outage (hours)"],
    ["outage_sat_hours", "other", None, "length of Saturday's outage (hours)"],
    ["outage_total_hours", "other", None, "combined length of both outages (hours)"],
    ["disruption_days", "other", None, "length of the disruption (days)"],
    ["failure_count", "count", None, "number of failures of the Mossbank system"],
    ["backup_minutes", "other", None, "minutes the backup system took to start before crashing"],
    ["capacity_pct", "other", None, "traffic cut to this share of normal capacity"],
    ["cwa_rate_reduced", "other", None, "reduced arrival rate at Caddran Weald (per hour)"],
    ["cwa_rate_normal", "other", None, "normal arrival rate at Caddran Weald (per hour)"],
    ["flights_daily_normal", "population", None, "flights handled by Tavrenian controllers on a normal July day"],
    ["cwa_pax_daily", "population", None, "passengers through Caddran Weald on a normal summer day"],
    ["controllers_employed", "population", None, "air traffic controllers employed by TANS"],
    ["controllers_on_duty", "count", None, "controllers on duty at Mossbank when the system failed"],
    ["tac_members", "population", None, "carriers represented by the Tavrenian Airline Council"],
    ["cost_airlines", "total", None, "cost of the disruption to the council's member airlines (airlines' and TANS's estimates)"],
    ["care_costs", "part", "cost_airlines", "hotels, meals and rebooking within the airlines' cost"],
    ["comp_bill", "part", "cost_airlines", "passenger compensation within the airlines' cost"],
    ["fenwing_cost", "part", "cost_airlines", "Fenwing Air's own cost"],
    ["skarvair_cost", "other", None, "Skarvair's cost estimate (not a council member)"],
    ["tourism_loss", "other", None, "lost visitor spending estimated by the Chamber of Tourism"],
    ["comp_short", "other", None, "compensation per passenger on short flights (Passenger Rights Act)"],
    ["comp_mid", "other", None, "compensation per passenger on medium flights"],
    ["comp_long", "other", None, "compensation per passenger on long flights (maximum)"],
    ["comp_short_km", "other", None, "distance limit of the short-flight band (km)"],
    ["comp_long_km", "other", None, "distance above which the long-flight amount applies (km)"],
    ["comp_delay_threshold", "other", None, "delay that triggers compensation (hours)"],
    ["vask_comp", "other", None, "compensation range under Vaskish rules"],
    ["claims_filed", "total", None, "compensation claims lodged nationally (running)"],
    ["lowmarsh_claims", "part", "claims_filed", "claims from Lowmarsh passengers"],
    ["vask_enquiries", "count", None, "enquiries to the Vaskish consumer council"],
    ["fenwing_share_fri", "other", None, "fall in Fenwing shares on Friday"],
    ["fenwing_share_week", "other", None, "fall in Fenwing shares over the week"],
    ["review_deadline", "other", None, "deadline for the first report of the minister's review (days)"],
    ["prev_outage_cancelled", "count", None, "flights cancelled in the 2037 radar fault"],
    ["ratio_vs_2037", "other", None, "this disruption's cancellations relative to 2037's"],
    ["upgrade_budget", "other", None, "cost of the programme to replace the flight-data system"],
    ["upgrade_delay", "other", None, "delay of the replacement programme (years)"],
    ["extra_trains", "count", None, "extra trains run by TavRail between Caddran and Bressing"],
    ["ollendor_pay", "other", None, "TANS chief executive's annual pay"],
    ["klaxon_mum_children", "population", None, "children of the passenger quoted by the tabloid"],
    ["age_holloway", "other", None, "age of a quoted passenger (optional)"],
    ["age_marsh", "other", None, "age of a quoted passenger (optional)"],
    ["holloway_wait", "other", None, "hours a quoted family had waited"],
    ["holloway_years", "other", None, "years since the family's last holiday (optional look-back)"],
    ["marsh_career", "other", None, "years a quoted passenger worked on radar (optional)"],
    ["skarvair_buses", "count", None, "buses chartered by Skarvair"],
    ["bus_journey_hours", "other", None, "length of the bus journey to Caddran (hours)"],
    ["vask_visitors_year", "population", None, "Vaskish visitors to Tavrenia each year"],
    ["vasktur_customers", "total", None, "Vask Tur customers whose package holidays were disrupted"],
    ["vasktur_rebooked", "part", "vasktur_customers", "Vask Tur customers rebooked onto later flights"],
    ["lowmarsh_scheduled", "population", None, "flights scheduled at Lowmarsh on Friday and Saturday"],
    ["lowmarsh_staff", "population", None, "staff employed by Lowmarsh Airport"],
    ["lowmarsh_pax_year", "population", None, "passengers handled by Lowmarsh Airport last year"],
    ["abernant_wait", "other", None, "hours a Lowmarsh couple waited in the terminal"],
    ["bell_guests", "count", None, "stranded guests taken in by the Bell and Anchor"],
    ["bell_rooms", "population", None, "rooms at the Bell and Anchor"],
    ["lowmarsh_cars_loss", "other", None, "fares lost by Lowmarsh Cars"],
    ["lowmarsh_takings_drop", "other", None, "fall in takings at Lowmarsh airport shops on Saturday"],
    ["lowmarsh_buses", "count", None, "buses laid on by Lowmarsh Airport"],
    ["lowmarsh_share_jobs", "other", None, "share of the borough's jobs tied to the airport (optional vague share)"],
    ["lowmarsh_pax_weekend", "other", None, "passengers Lowmarsh expects the coming weekend (forecast)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
