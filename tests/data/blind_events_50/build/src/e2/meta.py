#!/usr/bin/env python3
"""Hand-kept quantity table of event 2 (the Merrin Line's opening); writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "lanthorne_metro_line"
EVENT = ("Opening of the Merrin Line, a new metro line in Lanthorne, Estmere (fictional), on Sunday 6 March 2072, four "
         "years late and over budget, with ridership below forecast, a corrected first-week count, signalling faults "
         "and late trains from Haldvik Rail of Bruntland; reported 7 March - 30 April 2072")
NOTES = (
    "The line's cost is one quantity holding the council's budget at approval (1.9 billion nolls), the city's final "
    "3.1 billion (about 517 million bruns at the printed 6 nolls to the brun) and the Court of Audit's 3.4 billion, "
    "which adds about 300 million for land and moving mains: an estimate and its revisions, with a rival estimate of "
    "wider scope. The cost items (tunnels, stations, trains, signalling and systems, and the audit's land and mains) "
    "are its parts; the train contract's 70 million bruns is the trains' 420 million nolls in another currency. The "
    "overrun in per cent holds the wire's 63 (on 3.1 billion) and the broadsheet's 79 (on 3.4 billion). The weekday "
    "forecast holds 120,000 and its cut to 95,000 (a revision); the forecasts for 2080 and for the end of 2072 are "
    "other quantities. Average weekday journeys are one quantity per period: the first week (88,000, corrected to "
    "64,000), the second week (71,000), the first four weeks (76.000) and April (83,000); the opening day's 186,000 is "
    "a single day's count. The signalling faults since opening are a running count with the drivers' union's 29 as a "
    "rival count to the operator's 17. Trains in service (12 -> 15) and trains still missing (six -> three) are two "
    "running counts; stations open go from nine to ten of 11. Punctuality is one quantity per period (first week, first "
    "fortnight, April); the 96 per cent target is one. 'An estimated' is not a hedge word. Ages and the look-backs "
    "'Four weeks' and 'Eight weeks' after the opening and the look-forward 'about six weeks' are optional.")
Q = [
 ("opening_day", "count", None, "journeys on the free opening day, 6 March"),
 ("opening_queue", "other", None, "longest queue at Quay Gate on the opening day"),
 ("opening_stop", "other", None, "stoppage of all trains after a signal fault on the opening day"),
 ("bottles", "count", None, "bottles of water handed out on the opening day"),
 ("length", "population", None, "length of the line"),
 ("tunnel", "population", None, "length of the line in tunnel"),
 ("stations_planned", "population", None, "stations on the line"),
 ("stations_open", "count", None, "stations open (running, nine -> ten)"),
 ("stations_closed", "count", None, "stations not open at the opening"),
 ("delay", "other", None, "delay of the opening against the promised date"),
 ("cost", "total", None, "cost of the line (budget at approval, final cost, Court of Audit's estimate; nolls and bruns)"),
 ("cost_tunnels", "part", "cost", "cost of the tunnels"),
 ("cost_stations", "part", "cost", "cost of the stations"),
 ("cost_trains", "part", "cost", "cost of the trains / Haldvik contract (nolls and bruns)"),
 ("cost_systems", "part", "cost", "cost of the signalling and other systems"),
 ("cost_land", "part", "cost", "land and moving mains, added by the Court of Audit"),
 ("cost_per_km", "other", None, "cost per kilometre of line"),
 ("overrun_pct", "other", None, "cost above the approved budget, per cent"),
 ("journey_time", "other", None, "trip from Estley Park to Corran Fields by metro"),
 ("journey_time_bus", "other", None, "the same trip by bus"),
 ("journey_share", "other", None, "metro trip time as a share of the bus trip time"),
 ("headway", "other", None, "interval between trains at peak times now"),
 ("headway_target", "other", None, "promised interval once all trains are delivered"),
 ("trains_ordered", "population", None, "trains ordered from Haldvik Rail"),
 ("trains_service", "count", None, "trains delivered / in service (running)"),
 ("trains_missing", "count", None, "trains still to be delivered (running)"),
 ("train_cars", "other", None, "cars per train"),
 ("train_capacity", "other", None, "passengers per train"),
 ("trains_late", "other", None, "delay of the last trains against the original schedule"),
 ("fare", "other", None, "single fare"),
 ("pass", "other", None, "monthly pass"),
 ("forecast", "other", None, "operator's forecast of weekday journeys in the first year (120,000, cut to 95,000)"),
 ("forecast_2080", "other", None, "mayor's forecast of journeys a day by 2080"),
 ("sept_forecast", "other", None, "weekday journeys the operator expects by the end of 2072"),
 ("week1_avg", "count", None, "average weekday journeys in the first week (reported 88,000, corrected to 64,000)"),
 ("week1_shortfall", "other", None, "first week's average below the forecast, per cent"),
 ("first_saturday", "count", None, "journeys on Saturday 12 March"),
 ("week2_avg", "count", None, "average weekday journeys in the second week"),
 ("week2_share", "other", None, "second week's average as a share of the forecast"),
 ("weeks4_period", "other", None, "period of the four-week average"),
 ("weeks4_avg", "count", None, "average weekday journeys in the first four weeks"),
 ("april_avg", "total", None, "average weekday journeys in April"),
 ("april_quaygate", "part", "april_avg", "of them, journeys at Quay Gate"),
 ("april_share", "other", None, "April average as a share of the original forecast"),
 ("faults", "count", None, "signalling faults that disrupted services since opening (running; operator and drivers' union)"),
 ("tunnel_stop", "other", None, "train stopped in the tunnel on Thursday 10 March"),
 ("evacuated", "count", None, "passengers led out through the tunnel"),
 ("fix_weekends", "other", None, "weekends over which the signalling fix is installed"),
 ("punct_target", "other", None, "punctuality target"),
 ("punct_week1", "other", None, "trains on time in the first week"),
 ("punct_fortnight", "other", None, "trains on time in the first fortnight"),
 ("punct_april", "other", None, "trains on time in April"),
 ("survey", "population", None, "passengers surveyed"),
 ("from_bus", "other", None, "riders who used to make the trip by bus"),
 ("from_car", "other", None, "riders who used to make the trip by car"),
 ("bus_routes_cut", "count", None, "bus routes withdrawn"),
 ("rampup", "other", None, "years over which ridership usually builds"),
 ("tarrow_first", "other", None, "Tarrow Line's journeys a day in its first month in 2049"),
 ("tarrow_forecast", "other", None, "Tarrow Line's forecast"),
 ("tarrow_later", "other", None, "Tarrow Line's journeys a day five years later"),
 ("tarrow_period", "other", None, "period after which the Tarrow Line reached 140,000"),
 ("population", "population", None, "inhabitants of Lanthorne"),
 ("older_lines", "population", None, "older metro lines"),
 ("older_lines_journeys", "population", None, "weekday journeys on the older lines"),
 ("staff", "population", None, "staff hired for the line"),
 ("drivers", "population", None, "drivers among them"),
 ("resident_years", "other", None, "years the resident has lived in Corran Fields"),
 ("age_keel", "other", None, "resident's age (optional)"),
 ("keel_rides", "count", None, "rides the resident took on the opening day"),
 ("rolls", "count", None, "rolls sold by the baker on the opening day"),
 ("rolls_normal", "other", None, "rolls sold on a normal Sunday"),
 ("haldvik_day", "other", None, "fall in Haldvik shares on Monday 14 March"),
 ("haldvik_shares", "other", None, "fall in Haldvik shares since the opening"),
 ("haldvik_staff", "population", None, "Haldvik employees at Osterby"),
 ("haldvik_order_share", "other", None, "Lanthorne order as a share of Haldvik's order book"),
 ("withheld", "other", None, "payment withheld by Lanthorne Transit (nolls and bruns)"),
 ("fx", "other", None, "exchange rate, nolls per brun"),
 ("penalty", "other", None, "contract penalty per month of delay"),
 ("penalty_cap", "other", None, "cap on penalties as a share of the contract value"),
 ("penalty_est", "other", None, "analysts' estimate of penalties this year"),
 ("since_opening", "other", None, "look-back from the article to the opening (optional)"),
 ("bid_trains", "other", None, "trains in the Kesterholm tender"),
 ("bid_value", "other", None, "value of the Kesterholm contract"),
 ("bid_decision", "other", None, "look-forward to the Kesterholm decision (optional)"),
 ("revenue_march", "other", None, "fare revenue in March"),
 ("opcost_month", "other", None, "running cost a month"),
 ("subsidy", "other", None, "subsidy per journey"),
 ("double_count", "other", None, "times the faulty gates counted each transfer"),
 ("mayor_speeches", "count", None, "speeches in which the mayor repeated the first-week figure"),
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
