#!/usr/bin/env python3
"""Hand-kept table of quantities for event 3 (the Caldair pilots' strike); writes meta.json beside it."""
import json
import os

FOLDER = "caldair_pilots_strike"
EVENT = ("Strike by the Caldessan Pilots' Guild at Caldair, Caldessa's flag carrier, from Monday 4 to Friday 8 "
         "November 2047 (fictional), ended by a pay deal early on Saturday 9 November: flights cancelled per day "
         "and in total, passengers affected, the airline's and the union's rival figures, the daily and total cost "
         "(the airline against Fairholm Securities), pay demands, offers and the deal in percent and crowns, share "
         "price moves, and extra flights by Kestrel Jet, Norvi Air and extra trains, reported 4-11 November 2047")
NOTES = (
    "Flights cancelled: each day's cancellations are their own quantity (Monday 430 - the Guild's 'more than 500' "
    "is a rival count of the same Monday cancellations -, Tuesday 465, Wednesday 480, Thursday 440, Friday 395) and a "
    "part of the running total since Monday ('900 FLIGHTS AXED' / 'nearly 900' / 895 -> 1.375 -> 1,815 -> 2,210), "
    "which is one quantity together with the Guild's rival totals ('more than 1.600', 'more than 2,600'); "
    "likewise passengers affected (128,000 -> 197.000 -> 259,000 -> 318,000 against the Guild's 'about 380,000'), "
    "with Monday's about 61,000 and Brennick's about 31,000 as parts. Brennick's cancellations (238 in four days, "
    "61 on Thursday) are parts of the national total and of Thursday's cancellations. "
    "Rival estimates of one amount are one quantity: the daily cost (Caldair's about 42 million crowns / 5.7 million "
    "euros against Fairholm's 55 million) and the total cost (230 million crowns / EUR 31 million against Fairholm's "
    "up to 300 million). A position that moves is one quantity: the Guild's demand (15 -> 12 per cent), Caldair's "
    "offer (5 -> 7.5; the translated 'from 5 to 7,5 percent' is two figures), the gap between them ('not ten' -> "
    "'four and a half points'), Kestrel Jet's extra daily flights (18 -> 26). The settled rise (10 per cent, with its "
    "parts 6 and 4) is a quantity of its own, not a revision of either side's position. "
    "Share price: the price level reported on different days (48.60, 45,96, 44.90, 45.48, 48.57) is one running "
    "level, and so is the cumulative fall since the last close before the strike ('more than 7%' since Monday "
    "morning, 12.4 per cent by Thursday, 11.3 per cent over the week) and the market value lost (about 1,2 milliard "
    "-> about 1.3 billion crowns); each day's move (Monday's 5.2, Wednesday's 3,4, the 6.8 per cent rebound) is tied "
    "to its day and is its own quantity; the market value of about 11.2 billion on Monday is a level, not a loss. "
    "Conversions are the same amount in other words and keep their printed value (crowns and euros; 310-kilometre / "
    "193-mile). The strike's length (five-day, five days, five days' pay) is one quantity; the days elapsed when an "
    "article was written ('TWO DAYS', 'four days') are a running level of their own. The compensation rules are written "
    "exactly and keep '=' ('up to 4,500 crowns' maximum, 'less than 14 days' notice, the 3.000 crowns for a route of "
    "Dornitz's length, rebooking 'within 30 days', two consecutive night duties), while 'up to 2,900 crowns' for a "
    "Kestrel ticket is an observed price with bound '<='. The maximum compensation (4,500) and the route's "
    "compensation (3.000) are different quantities. "
    "Populations: Caldair's 2,150 pilots, the 1,780 Guild members and the 370 outside the Guild, the fleet, the "
    "scheduled 680 flights and about 95,000 passengers a day, Brennick's 84 daily departures and about 12,000 daily "
    "passengers, Groundline's 520 staff, the 12 daily Dornitz flights, a parent's children ('Dad-of-three', 'her two "
    "children'). Optional: ages, the deal's term ('over two years'), years of saving or service, the look-back 'in 14 "
    "years', and vague shares ('two-thirds', 'less than a third', 'well under a third', 'more than half', 'only about "
    "a third'). Not figures: dates, weekdays, clock times, the years 2043, 2048 and 2049 used as dates, ordinals "
    "('70th birthday', 'fourth day', 'third day', 'second busiest', and the day label 'Strike day four' in a headline), 'one-way' and 'one-off', 'a handful', 'a few hours', 'a year later' and "
    "pronoun uses ('the two capitals', 'the two sides', 'Both of us').")
Q = [
    ["cancel_total", "total", None, "Caldair flights cancelled since the strike began (running total; the Guild's rival counts)"],
    ["cancel_mon", "part", "cancel_total", "flights cancelled on Monday (Caldair and the Guild)"],
    ["cancel_tue", "part", "cancel_total", "flights cancelled on Tuesday"],
    ["cancel_wed", "part", "cancel_total", "flights cancelled on Wednesday"],
    ["cancel_thu", "part", "cancel_total", "flights cancelled on Thursday"],
    ["cancel_fri", "part", "cancel_total", "flights cancelled on Friday"],
    ["cancel_brennick_total", "part", "cancel_total", "Caldair departures from Brennick cancelled in four days"],
    ["cancel_brennick_thu", "part", "cancel_thu", "Caldair departures from Brennick cancelled on Thursday"],
    ["pax_total", "total", None, "passengers affected since the strike began (running total; the Guild's rival count)"],
    ["pax_mon", "part", "pax_total", "passengers affected on Monday"],
    ["pax_brennick", "part", "pax_total", "passengers affected at Brennick in four days"],
    ["flights_operated_mon", "count", None, "flights Caldair operated on Monday"],
    ["flights_operated_tue", "count", None, "flights Caldair operated on Tuesday"],
    ["wet_leased", "count", None, "aircraft leased with crews from other operators"],
    ["daily_schedule", "population", None, "flights Caldair schedules a day"],
    ["daily_pax_normal", "population", None, "passengers Caldair carries on a normal day"],
    ["fleet", "population", None, "Caldair's fleet"],
    ["pilots", "population", None, "Caldair's pilots"],
    ["guild_members", "population", None, "Caldair pilots who are Guild members (on strike)"],
    ["non_guild_pilots", "population", None, "Caldair pilots outside the Guild"],
    ["ballot_yes", "other", None, "share of members voting for the strike"],
    ["ballot_turnout", "other", None, "turnout in the strike ballot"],
    ["strike_days", "other", None, "length of the strike (planned and actual)"],
    ["strike_elapsed_days", "other", None, "days of strike elapsed when the article was written (running)"],
    ["union_demand", "other", None, "the Guild's pay demand over two years (15 -> 12 per cent)"],
    ["company_offer", "other", None, "Caldair's pay offer over two years (5 -> 7.5 per cent)"],
    ["offer_gap", "other", None, "gap between demand and offer (running)"],
    ["deal_rise", "total", None, "pay rise agreed in the deal"],
    ["deal_rise_2048", "part", "deal_rise", "first step of the agreed rise, from January"],
    ["deal_rise_2049", "part", "deal_rise", "second step of the agreed rise, a year later"],
    ["one_off", "other", None, "one-off payment per pilot in the deal (crowns and euros)"],
    ["night_limit", "other", None, "limit on consecutive night duties in the deal"],
    ["deal_cost", "other", None, "yearly cost of the pay package"],
    ["captain_pay", "other", None, "average Caldair captain's salary (crowns and euros)"],
    ["captain_rise", "other", None, "yearly value of the rise for an average captain"],
    ["fo_pay", "other", None, "average first officer's salary"],
    ["inflation_since_2043", "other", None, "rise in consumer prices since 2043 (the Guild)"],
    ["pay_since_2043", "other", None, "rise in pilots' basic pay since 2043 (the Guild)"],
    ["deal_term_years", "other", None, "term of the pay demands, offers and deal (two years)"],
    ["daily_cost", "other", None, "daily cost of the strike to Caldair (Caldair vs Fairholm; crowns and euros)"],
    ["strike_cost", "other", None, "total cost of the strike to Caldair (Caldair vs Fairholm)"],
    ["compensation_provision", "other", None, "money Caldair set aside for passengers' compensation claims"],
    ["profit_2046", "other", None, "Caldair's net profit last year"],
    ["revenue_2046", "other", None, "Caldair's revenue last year"],
    ["cost_share_profit", "other", None, "strike cost as a share of last year's profit (vague share)"],
    ["share_move_mon", "other", None, "Caldair share move on Monday 4 November"],
    ["share_move_wed", "other", None, "Caldair share move on Wednesday"],
    ["share_move_mon11", "other", None, "Caldair share move on Monday 11 November (rebound)"],
    ["share_price", "other", None, "Caldair share price (running level on different days)"],
    ["share_fall_cum", "other", None, "cumulative fall of the share price since before the strike (running)"],
    ["market_value_mon", "other", None, "Caldair's market value at Monday's close"],
    ["market_value_loss", "other", None, "stock-market value lost since the strike began (running)"],
    ["rebound_share", "other", None, "share of the loss recovered by the rebound (vague share)"],
    ["compensation_max", "other", None, "maximum extra compensation under Caldessan law (crowns and euros)"],
    ["notice_rule", "other", None, "notice under which compensation is due"],
    ["compensation_route", "other", None, "compensation for a route of the Quillan-Dornitz length (crowns and euros)"],
    ["rebook_window", "other", None, "window for free rebooking"],
    ["kestrel_extra_daily", "total", None, "Kestrel Jet's extra flights a day (18 -> 26)"],
    ["kestrel_extra_brennick", "part", "kestrel_extra_daily", "Kestrel Jet's extra daily flights from Brennick"],
    ["kestrel_extra_total", "count", None, "extra flights Kestrel Jet flew during the week"],
    ["kestrel_fare", "other", None, "Kestrel Jet's one-way fare to Dornitz at its highest"],
    ["fare_ratio", "other", None, "rival fares relative to the usual price"],
    ["norvi_extra_daily", "count", None, "Norvi Air's extra daily flights Dornitz-Quillan"],
    ["norvi_fare", "other", None, "Norvi Air ticket price on Wednesday"],
    ["norvi_fare_normal", "other", None, "normal Norvi Air ticket price"],
    ["extra_trains", "count", None, "extra trains a day Brennick-Quillan"],
    ["rail_extra_pax", "count", None, "extra rail passengers carried Quillan-Brennick"],
    ["train_quillan_hours", "other", None, "train journey time Brennick-Quillan"],
    ["brennick_quillan_km", "other", None, "distance Brennick-Quillan (km and miles)"],
    ["train_hours", "other", None, "night-train journey time to Dornitz"],
    ["distance", "other", None, "distance Quillan-Dornitz"],
    ["dornitz_daily", "population", None, "Caldair flights a day Quillan-Dornitz normally"],
    ["dornitz_operated", "count", None, "Quillan-Dornitz flights operated per day during the strike"],
    ["ostrovans_stranded", "count", None, "Ostrovan citizens waiting in Caldessa for a flight home"],
    ["enquiries", "count", None, "enquiries received by the Ostrovan consumer association"],
    ["special_flight_seats", "population", None, "seats on the Ostrovan special flight"],
    ["hotel_occupancy", "other", None, "hotel occupancy in Quillan this week"],
    ["hotel_occupancy_normal", "other", None, "hotel occupancy in a normal November week"],
    ["brennick_daily", "population", None, "Caldair departures a day from Brennick"],
    ["brennick_daily_pax", "population", None, "passengers flying out of Brennick on a normal day"],
    ["brennick_caldair_share", "other", None, "share of Brennick passengers flying Caldair (vague share)"],
    ["groundline_staff", "population", None, "Groundline staff at Brennick"],
    ["groundline_sent_home", "count", None, "Groundline staff sent home on reduced pay"],
    ["taxi_share", "other", None, "taxi drivers' fares relative to usual (vague share)"],
    ["harbourview_bookings", "count", None, "bookings lost by the Harbourview hotel"],
    ["hotel_rate", "other", None, "discounted room rate for stranded passengers"],
    ["operated_share", "other", None, "share of the schedule Caldair kept flying (vague share)"],
    ["talks_tue_hours", "other", None, "length of Tuesday's talks"],
    ["night_shifts", "other", None, "night shifts in a row pilots fly"],
    ["queue_hours", "other", None, "time a passenger waited at the rebooking desk"],
    ["hollis_hours", "other", None, "hours a family was stuck at the airport"],
    ["kolbeck_holiday", "other", None, "price of a pensioner couple's holiday"],
    ["aldous_rebooked", "count", None, "times a pensioner rebooked"],
    ["dad_children", "population", None, "a passenger's children (dad-of-three)"],
    ["abelard_children", "population", None, "a passenger's children"],
    ["lookback_14y", "other", None, "look-back: first national strike in 14 years"],
    ["hollis_saving_years", "other", None, "years a family saved for a holiday"],
    ["renwick_years", "other", None, "years a captain has flown for Caldair"],
    ["age_hollis", "other", None, "age of Marek Hollis"],
    ["age_kolbeck", "other", None, "age of the Kolbecks"],
    ["age_aldous", "other", None, "age of Gwen Aldous"],
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
