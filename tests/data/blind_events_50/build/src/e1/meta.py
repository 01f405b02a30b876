#!/usr/bin/env python3
"""Hand-kept quantity table of event 1 (the Ossel low water); writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "ossel_low_water"
EVENT = ("Low water on the Ossel river in Varnland (fictional), summer 2071: the Harbeck gauge below 100 cm from "
         "4 August to Monday 7 September, a record low on 2 September, barges stranded, fuel deliveries from the "
         "Odrenian refineries at Saltrecht cut and filling stations without diesel; reported 12 August - 10 September 2071")
NOTES = (
    "The Harbeck gauge is one running measure (84 -> 71 -> 63 -> 58 -> 112 cm), and the record low reported as 58 cm "
    "and corrected to 60 cm is that measure's reading on 2 September and its correction, so both join it; the 2059 "
    "record (61 cm), the level in August 2069 and the normal August level are other moments. The barges stranded are "
    "one running count with rival counts (the directorate's 230, 310, 120; the operators' council's about 260, which "
    "includes barges idle in Odrenian ports, and 380); the barges at Drumhaven and at Fennick are parts of it. "
    "The filling stations without diesel are one running count with the motorists' club's 420 against the ministry's "
    "260 on the same day. The strategic reserve release (150,000 -> 250,000 -> 400,000 tonnes) is one amount raised by "
    "decision. The spot freight rate is one running price (31 -> 34 -> 47 -> 19 selks a tonne, 11,75 danths in the "
    "translated copy at the printed rate of 4 selks to the danth); the June rate of 11 selks is a baseline before the "
    "low water and a quantity of its own, as is the June diesel price, and the multiples of the June rate ('almost "
    "tripled', 'more than three times') are one running ratio of the same pair. A barge's load (900 -> 700 -> 1,700 "
    "tonnes) and its share of a full load (a third -> a quarter -> about 60 per cent) are two quantities (tonnes and a "
    "share). The days below the 1-metre mark are a running count (9 -> 18 -> 31 -> 35), and the councillor's 'last "
    "five weeks' is the same period in other words. The cost to the economy holds the operators' council's 520 and 610 "
    "million selks and the institute's about 330 million; the cost per day is apart. The 1-metre mark, the 100 cm mark "
    "and the one-metre mark are one threshold. Ages are optional; so are the look-backs 'twelve-year' (a high) and "
    "'three weeks' ago.")
Q = [
 ("gauge", "other", None, "water level at the Harbeck gauge (running measure, with the 2 September reading corrected from 58 to 60 cm)"),
 ("gauge_normal", "other", None, "normal August/summer level at Harbeck"),
 ("gauge_2059", "other", None, "record low at Harbeck set in 2059 (61 cm)"),
 ("gauge_2069", "other", None, "Harbeck level in late August 2069"),
 ("gauge_fall", "other", None, "directorate's forecast further fall of the level by the end of August"),
 ("gauge_forecast", "other", None, "hydrologists' forecast level at Harbeck by the end of August"),
 ("gauge_mult", "other", None, "level on 9 September as a multiple of the low point"),
 ("record_margin", "other", None, "margin by which the corrected low beat the 2059 record"),
 ("low_mark", "other", None, "the 100 cm / 1-metre mark below which the days of low water are counted"),
 ("days_low", "count", None, "days the Harbeck gauge has been below 1 metre (running count, 35 in all, 'five weeks')"),
 ("days_2059", "other", None, "days below the mark in 2059"),
 ("cost_2059", "other", None, "cost of the 2059 low water as a share of economic output"),
 ("barges", "total", None, "barges stranded / laid up / stuck on the Ossel (running count; directorate's and operators' council's counts)"),
 ("barges_drumhaven", "part", "barges", "stranded barges tied up at Drumhaven"),
 ("barges_fennick", "part", "barges", "stranded barges tied up at Fennick"),
 ("barge_share", "other", None, "barges laid up as a share of the Varnish-registered fleet"),
 ("fleet", "population", None, "barges registered in Varnland"),
 ("barge_capacity", "other", None, "load of a standard Ossel barge when the river is full"),
 ("barge_load", "other", None, "tonnes a standard barge can load at the current level (running)"),
 ("load_share", "other", None, "current load as a share of a full load (running)"),
 ("load_per_cm", "other", None, "cargo lost for each centimetre the river falls"),
 ("freight_year", "population", None, "goods carried on the Ossel in a year"),
 ("freight_share", "other", None, "Ossel's share of all freight moved in Varnland"),
 ("fuel_share", "other", None, "share of Varnland's diesel and heating oil brought up the Ossel"),
 ("fuel_deliveries", "other", None, "deliveries of diesel and heating oil to inland depots as a share of normal"),
 ("stations_dry", "count", None, "filling stations without diesel (running count; ministry's and motorists' club's counts)"),
 ("stations_total", "population", None, "filling stations in Varnland"),
 ("reserve", "count", None, "diesel and heating oil released from the strategic reserve (raised 150,000 -> 250,000 -> 400,000 tonnes)"),
 ("reserve_days", "other", None, "days of national consumption the first release covers"),
 ("reserve_steps", "count", None, "times the strategic reserve has been opened"),
 ("rate", "other", None, "spot freight rate Saltrecht-Drumhaven per tonne (running)"),
 ("rate_june", "other", None, "spot freight rate in June, before the low water"),
 ("rate_mult", "other", None, "current spot rate as a multiple of the June rate (running)"),
 ("rate_2059", "other", None, "peak spot rate in 2059"),
 ("lookback_rate", "other", None, "look-back of the 'twelve-year' high (optional)"),
 ("surcharge_start", "other", None, "level below which the low-water surcharge starts"),
 ("surcharge", "other", None, "low-water surcharge per tonne now"),
 ("lock_passages", "count", None, "barges passing the Harbeck lock on Tuesday 11 August"),
 ("lock_normal", "other", None, "barges passing the lock on an ordinary summer day"),
 ("lock_period", "other", None, "period of August over which cargo through the lock is compared"),
 ("lock_fall", "other", None, "fall in cargo through the Harbeck lock in the first 20 days of August on a year earlier"),
 ("july_tonnes", "count", None, "tonnes moved on the river in July 2071"),
 ("july_tonnes_2070", "other", None, "tonnes moved on the river in July 2070"),
 ("round_trip", "other", None, "normal round trip of a barge"),
 ("cost_day", "other", None, "operators' council's estimate of the cost to the economy per day (running)"),
 ("cost_total", "other", None, "cost of the low water to the economy so far / in all (operators' council and institute)"),
 ("cost_mult", "other", None, "operators' council's cost as a multiple of the institute's"),
 ("growth_hit", "other", None, "reduction in this year's growth (ministry's point estimate and institute's range)"),
 ("growth_2070", "other", None, "Varnland's growth in 2070"),
 ("dockers", "count", None, "Drumhaven dock workers on short time (running)"),
 ("dockers_pay", "other", None, "share of wages paid to dockers on short time"),
 ("lookback_dockers", "other", None, "look-back 'three weeks ago' (optional)"),
 ("trains", "count", None, "extra freight trains a week run by the state rail freight company (running)"),
 ("rail_share", "other", None, "share of the river's normal volume rail can absorb"),
 ("lorry_equiv", "other", None, "lorry loads equal to a full barge"),
 ("rain", "other", None, "rain in the Ossel basin since the start of June"),
 ("rain_share", "other", None, "that rain as a share of the usual amount"),
 ("rain_forecast", "other", None, "rain forecast for the weekend of 5-6 September"),
 ("rain_weekend", "other", None, "rain that fell that weekend"),
 ("recovery_time", "other", None, "time before barges can load properly after the rain"),
 ("forecast_dry", "other", None, "days without significant rain forecast on 21 August"),
 ("skipper_days", "other", None, "days Jos Varrick's barge has been stranded at Fennick (running)"),
 ("skipper_cargo", "other", None, "fertiliser on Jos Varrick's barge"),
 ("varrick_children", "count", None, "children on board with the skipper"),
 ("age_varrick", "other", None, "Jos Varrick's age (optional)"),
 ("age_tannick", "other", None, "crane driver's age (optional)"),
 ("ostreen_idle", "count", None, "Ostreen Shipping's idle barges"),
 ("ostreen_fleet", "population", None, "Ostreen Shipping's barges"),
 ("ostreen_profit_fall", "other", None, "fall in Ostreen's operating profit for the year (warning)"),
 ("saltrecht_waiting", "count", None, "barges waiting to load at Saltrecht (running)"),
 ("forecast_dry_unused", "other", None, "unused"),
 ("refinery_cut", "other", None, "cut in throughput of Medrin's Saltrecht refinery"),
 ("refinery_loss", "other", None, "Medrin's lost sales since the start of August (danths and selks)"),
 ("fx", "other", None, "exchange rate, selks per danth"),
 ("port_fall", "other", None, "fall in Saltrecht inland terminals' throughput in August"),
 ("exports_diesel", "population", None, "Odrenian exports of diesel and heating oil to Varnland a year"),
 ("medrin_trains", "count", None, "additional block trains a week hired by Medrin"),
 ("train_load", "other", None, "load of each block train"),
 ("diesel_price", "other", None, "average diesel price in Varnland (running; selks and danths)"),
 ("diesel_price_june", "other", None, "average diesel price in June"),
 ("terminal_staff", "population", None, "staff of Medrin's barge terminal"),
 ("terminal_days", "other", None, "days a week the terminal staff now work"),
 ("odrenian_limit", "other", None, "size above which Odrenian barges may no longer sail to Varnland (rule)"),
 ("odr_share_varn", "other", None, "share of barges in Varnland's trade under the Odrenian flag"),
 ("ration", "other", None, "limit of diesel per customer (rule)"),
 ("tank_size", "other", None, "tank size in the tabloid's example"),
 ("tank_cost", "other", None, "cost of filling that tank"),
 ("grain_waiting", "count", None, "wheat waiting at the Fennick grain cooperative"),
 ("grain_barges", "count", None, "barges to be loaded with that grain by Friday"),
 ("coop_loss", "other", None, "cooperative's loss on storage and penalties"),
 ("ferry_days", "other", None, "days the Fennick-Ormsby ferry was suspended"),
 ("fennick_pumps_days", "other", None, "days Fennick's filling stations were dry"),
 ("dredging_cost", "other", None, "cost of dredging the Harbeck shallows as costed in 2066"),
]
Q = [q for q in Q if q[0] != "forecast_dry_unused"]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
