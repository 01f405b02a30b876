#!/usr/bin/env python3
"""Hand-kept quantity table for event 3 (Northern Cup final at Kingsmead); writes meta.json beside it."""
import json
import os

FOLDER = "kingsmead_cup_final"
EVENT = ("Northern Cup football final between FK Tarnholm (Hallendal) and Ashcombe Athletic (Pellonia) at the "
         "Kingsmead Arena, Greyhaven, on Saturday 20 May 2045 (fictional), won by Tarnholm after extra time and "
         "marred by a crush at the north gates: attendance against capacity, ticket allocations and prices, gate "
         "receipts, arrests and injuries as running counts with their parts, rival estimates of ticketless fans "
         "and fan-zone visitors, policing and stewarding, visitor spending, clean-up and fines, reported 20-28 May "
         "2045")
NOTES = (
    "Arrests (31 -> '46 NICKED' / 46 -> 48), injured (at least 38 -> '52 HURT' / 52 -> 57), people taken to hospital "
    "(Nine -> Eleven) and those still in hospital (two -> One) are running counts, one quantity each; Hallish "
    "arrests (27 -> 29) likewise. Gate receipts are one quantity with their revision (about 6.8 million euros / "
    "EUR 6.8MILLION -> EUR 7.1m; the broadsheet's 'up from the EUR 6.8m' is the same quantity). The attendance is "
    "one quantity whether exact (67,912 / 67.912) or rounded ('Crowd: 68,000', 'nearly 68,000'). The kick-off delay "
    "is one quantity in minutes and in words (25 minutes, 'NEARLY HALF AN HOUR' valued 30 with '~', 'Kick-off "
    "delay: 25 mins'). Rival estimates of one amount are one quantity: ticketless Tarnholm fans (police about / up "
    "to 15,000 against the supporters' association's 25,000), fan-zone visitors (organisers' 45,000 against "
    "police's around 30,000), visitor spending (the tourism office's EUR 38m against an economist's EUR 22m) and "
    "Hallish supporters who travelled (around 30,000 in the wire, about 35.000 per the supporters' association). "
    "The police risk assessment's assumed 10,000 ticketless fans is a different quantity (an assumption, not an "
    "estimate of the turnout). The fan zone's capacity (30,000) and the police's fan-zone count (around 30,000) are "
    "equal values of different quantities, as are the 20,500 tickets per club and Tarnholm's 41,000 members, the two "
    "sons, two places where the fence was breached, two warm-ups ('twice') and two finals booked, the 14 injured "
    "officers and 14 shops damaged, the 46 arrests (tabloid) and 46 extra trains, and the 64 charter flights. The "
    "per-club allocation (20,500 / 20.500, also 'the 20.500 tickets were sold out' for Tarnholm's share) is one "
    "quantity. Parts: Hallish and Pellonian arrests and the twelve touts inside arrests, the eleven Hallish fans in "
    "court inside Hallish arrests; injured officers, Hallish injured and hospital cases inside the injured, those "
    "still in hospital inside hospital cases; the about 150 Hallish officers inside the 2,400 on duty; the three "
    "closed gates inside the eight north gates is not a part/whole of event counts (the eight gates are a "
    "population). The prize total (EUR 14m) is the winners' EUR 9m plus the runners-up's EUR 5m; kept as its own "
    "quantity. Populations and capacities: the 68,400 seats, the fan zone's 30,000, each club's allocation, "
    "Tarnholm's 41,000 members, Hallendal's 5,1 million inhabitants, Kingsmead's 12,000 residents, the city's "
    "14,600 hotel rooms, the eight gates. Earlier values: the 2039 final's 61,300 spectators, 17 arrests and 2,000 "
    "stewards. Optional: ages, years lived and waited, look-backs and windows ('more than ten years', 'three months' "
    "ago, 'Four days after', 'eight days ago', the next 'five years') and the vague share 'almost half'. Not figures: "
    "dates, years (1962, 2039, 2050), clock times (22:00, 13:30, 19:00), ordinals ('first victory', 'the last "
    "final'), 'several thousand', 'THOUSANDS', 'dozens', 'several hours', 'a few minutes', 'tens of thousands', "
    "'both clubs', and 'one of' / 'one fan' / 'one landlord' as pronouns.")

Q = [
    ["arrests", "total", None, "people arrested in connection with the final (running count)"],
    ["arrests_hallish", "part", "arrests", "Hallish citizens among those arrested (running count)"],
    ["arrests_pellonian", "part", "arrests", "Pellonians among those arrested"],
    ["arrests_touts", "part", "arrests", "ticket touts among those arrested"],
    ["hallish_court", "part", "arrests_hallish", "arrested Hallish fans due in court on Monday"],
    ["injured", "total", None, "people injured at the north gates (running count)"],
    ["officers_injured", "part", "injured", "police officers among the injured"],
    ["injured_hallish", "part", "injured", "Hallish fans among the injured known to the embassy"],
    ["hospitalised", "part", "injured", "injured taken to hospital"],
    ["hospitalised_still", "part", "hospitalised", "injured still in hospital (running count)"],
    ["attendance", "count", None, "official attendance at the final"],
    ["capacity", "population", None, "Kingsmead Arena's capacity"],
    ["attendance_2039", "count", None, "attendance at the 2039 final at Kingsmead"],
    ["arrests_2039", "count", None, "arrests at the 2039 final"],
    ["stewards", "count", None, "stewards on duty at the final"],
    ["stewards_2039", "count", None, "stewards on duty at the 2039 final"],
    ["stewards_shortfall", "other", None, "stewards fewer than at the 2039 final"],
    ["officers", "total", None, "police officers deployed for the final"],
    ["officers_hallish", "part", "officers", "Hallish police officers among those on duty"],
    ["allocation_per_club", "population", None, "tickets allocated to each finalist"],
    ["clubs_share", "other", None, "share of seats given to the two finalists"],
    ["price_min", "other", None, "cheapest ticket price"],
    ["price_max", "other", None, "dearest ticket price"],
    ["tout_price", "other", None, "black-market price of a ticket"],
    ["sellout_hours", "other", None, "hours within which Tarnholm's allocation sold out"],
    ["receipts", "other", None, "gate receipts (first figure and final figure)"],
    ["prize_winner", "other", None, "prize money for the winners"],
    ["prize_runnerup", "other", None, "prize money for the runners-up"],
    ["prize_total", "other", None, "prize money of the two finalists together"],
    ["ticketless", "count", None, "Tarnholm fans who came without tickets (police and supporters' estimates)"],
    ["ticketless_assumed", "other", None, "ticketless fans assumed in the police risk assessment"],
    ["hallish_fans", "count", None, "Tarnholm supporters who travelled to Greyhaven"],
    ["charter_flights", "count", None, "charter flights carrying Tarnholm fans"],
    ["ferry_passengers", "count", None, "passengers on the ferry from Hallvik"],
    ["fanzone_capacity", "population", None, "capacity of the harbour-park fan zone"],
    ["fanzone_visitors", "count", None, "visitors to the fan zone (organisers' and police estimates)"],
    ["kickoff_delay", "other", None, "delay to the kick-off"],
    ["time_before_kickoff", "other", None, "how long before kick-off the trouble began"],
    ["gates_total", "population", None, "gates on the north side of the stadium"],
    ["gates_closed", "count", None, "north gates closed during the crush"],
    ["fence_height", "other", None, "height of the fence a fan climbed"],
    ["fence_breaches", "count", None, "places where the fence was damaged"],
    ["winner_minutes_left", "other", None, "minutes before the end of extra time of the winning goal"],
    ["warmups", "count", None, "times the players had to warm up"],
    ["station_closed", "other", None, "minutes the harbour park station was closed"],
    ["extra_trains", "count", None, "extra trains run on match day"],
    ["transport_passengers", "count", None, "passengers carried by the regional transport company on match day"],
    ["pints_sold", "count", None, "pints sold by one pub by teatime"],
    ["sons_mick", "population", None, "Mick Rowan's sons at the match"],
    ["club_members", "population", None, "FK Tarnholm's members"],
    ["hallendal_pop", "population", None, "Hallendal's inhabitants"],
    ["tv_hallendal", "count", None, "Hallish television viewers of the final"],
    ["tv_pellonia", "count", None, "Pellonian television viewers of the final"],
    ["tv_share_hallendal", "other", None, "Hallish viewers as a share of the population (vague)"],
    ["tarnholm_square", "count", None, "people watching on big screens in Tarnholm"],
    ["homecoming", "count", None, "people welcoming the team home in Tarnholm"],
    ["tarnholm_wages", "other", None, "Tarnholm's player-salary budget last season"],
    ["fines_individual", "other", None, "fines paid by released fans"],
    ["fine_max", "other", None, "maximum fine Tarnholm faced for pyrotechnics"],
    ["fine_tarnholm", "other", None, "NFU fine imposed on Tarnholm"],
    ["fine_ashcombe", "other", None, "NFU fine imposed on Ashcombe"],
    ["inquiry_days", "other", None, "deadline for the inquiry's report"],
    ["rubbish", "other", None, "rubbish cleared after the final"],
    ["cleanup_cost", "other", None, "council's clean-up cost"],
    ["shops_damaged", "count", None, "shops damaged on Kingsmead Road and Quay Street"],
    ["hardship_fund", "other", None, "council hardship fund for traders"],
    ["kingsmead_pop", "population", None, "Kingsmead's residents"],
    ["streets_closed", "count", None, "streets closed to traffic on match day"],
    ["complaints", "count", None, "complaints collected by the residents' association"],
    ["matches_marian", "count", None, "matches Marian Holt has watched from her house"],
    ["visitor_spending", "other", None, "visitor spending in Greyhaven over the weekend (tourism office and economist)"],
    ["ratio_spending_cleanup", "other", None, "lower spending estimate as a multiple of the clean-up cost"],
    ["hotel_occupancy", "other", None, "hotel occupancy on Saturday night"],
    ["hotel_rooms", "population", None, "Greyhaven's hotel rooms"],
    ["finals_booked", "count", None, "further finals booked at Kingsmead"],
    ["age_lena", "other", None, "Lena Dorsay's age"],
    ["age_mick", "other", None, "Mick Rowan's age"],
    ["age_boy_crush", "other", None, "age of the boy with a broken leg"],
    ["age_jonna", "other", None, "Jonna Berg's age"],
    ["years_marian", "other", None, "years Marian Holt has lived on Turnstile Lane"],
    ["wait_years", "other", None, "years Tarnholm waited for a continental trophy"],
    ["warning_months", "other", None, "look-back: the supporters' warning three months ago"],
    ["lookback_decade", "other", None, "look-back: more than ten years"],
    ["lookback_days", "other", None, "look-back: four days after the final"],
    ["lookback_days8", "other", None, "look-back: eight days ago"],
    ["finals_window", "other", None, "window: the next five years"],
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
