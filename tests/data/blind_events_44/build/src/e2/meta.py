#!/usr/bin/env python3
"""Hand-kept quantity table for e2 (lumen_festival_storm); writes meta.json beside it."""
import json
import os

FOLDER = "lumen_festival_storm"
EVENT = ("Thunderstorm at the Lumen Fields Festival, Tessling Park near Orrisby, Westrany (fictional), on Saturday 20 "
         "August 2061 at about 8.40pm: the main arena evacuated, three people struck by lightning, a lighting tower "
         "down, campers in emergency shelters, the Sunday cancelled; a refund dispute (a voucher, a cash offer of a "
         "third, the Consumer Rights Commission's ruling of half on Thursday 15 September) and an independent review; "
         "reported 20 August - 16 September 2061")
NOTES = (
    "The live blog runs in reverse order (latest entry first), so its running counts appear newest first (23 treated "
    "above nine). Running counts: people treated by medics (9 -> 23 -> 41 -> 57), taken to hospital (4 -> 12 -> 13), "
    "cars stuck in the mud (about 3,200 -> about 900), people in the emergency shelters (about 5,000 -> about 6,500), complaints to the commission (3,100 -> 8,700 -> 14,200), the "
    "petition (27,000 -> 61,000). Rival estimates of one amount: the people on site on Saturday evening (organisers "
    "about 70,000, police about 75,000); the time the arena took to clear (organisers 35 minutes, police closer to "
    "55, the review 47); the tents destroyed (organisers about 2,000 on the night, about 2,400 the next day, later "
    "3,100; the Fair Ticket Alliance more "
    "than 5,000); the warning the festival had before the storm (the institute's 'more than two hours' and '2 hours "
    "and 15 minutes' from issue, the review's '2 hours and 9 minutes' from receipt, the organisers' '45 minutes'), "
    "taken as one amount, how long before the storm the festival was warned. Amounts changed by decision or "
    "disputed are one quantity: the voucher (100 -> 150 sovras); the cash refund per weekend ticket (the "
    "organisers' 89 sovras, about 107 euros; the Alliance's demand of at least 134 sovras; the commission's ruling of "
    "134 sovras, about 161 euros) and its share of the face value (a third -> the Alliance's at least half -> half); "
    "**new:** a claimant's demand, the payer's offer and the regulator's ruling are taken as values of one amount, "
    "like rival estimates; the refund bill (6.6 million sovras, about 7.9 million euros, under the offer -> about 9.4 "
    "million under the ruling). The share the organisers would have kept (two thirds) is its own quantity. "
    "Different quantities: the gust at the institute's station (112 km/h) and at the main stage (96 km/h), two "
    "instruments in two places; the tents destroyed and the 3,900 tents abandoned; the 140 buses, the 140 acts on "
    "the bill and the 140 travel documents replaced; the 4,000 shelter places and the about 6,500 in the shelters; "
    "the weekend ticket with its fee (289 sovras, about 347 euros), its face value (268) and the fee (21); the "
    "institute's 48 millimetres and the translated copy's 48 litres per square metre are the same amount in other "
    "units. The 2053 flood's 40 per cent is a distinct event. 'the only ones promised' is a pronoun.")

Q = [
    ["on_site", "total", None, "people on the site on Saturday evening (organisers about 70,000; police about 75,000)"],
    ["arena_crowd", "part", "on_site", "people in the main arena when the show was stopped (about 40,000)"],
    ["campers", "part", "on_site", "people in the campsites (38,000)"],
    ["treated", "total", None, "people treated by medics, running (9 -> 23 -> 41 -> 57)"],
    ["hosp", "part", "treated", "people taken to hospital, running (4 -> 12 -> 13)"],
    ["hosp_extra", "part", "hosp", "people taken to hospital after the first report (one more)"],
    ["treated_sun", "part", "treated", "people treated on Sunday during the exodus (16)"],
    ["struck", "part", "treated", "people struck by lightning (three)"],
    ["critical", "part", "struck", "lightning victims in a critical condition (one)"],
    ["tower_injured", "part", "treated", "people hurt by the falling lighting tower (six)"],
    ["danrev_injured", "part", "treated", "Danrevians among those treated (two)"],
    ["police_total", "total", None, "police officers deployed overnight (300)"],
    ["police", "part", "police_total", "police officers on duty at the festival (220)"],
    ["police_extra", "part", "police_total", "police officers called in as reinforcements (80)"],
    ["gust_nmi", "other", None, "strongest gust at the institute's Orrisby station (112 km/h)"],
    ["gust_stage", "other", None, "gusts measured at the main stage (96 km/h)"],
    ["nmi_dist", "other", None, "distance of the institute's station from the site (3 kilometres)"],
    ["stop_rule", "other", None, "gust speed above which the festival stops performances (65 km/h)"],
    ["rain", "other", None, "rain at Orrisby during the storm (48 millimetres / litres per square metre)"],
    ["rain_share", "other", None, "storm rain as a share of the August average (more than three-quarters)"],
    ["rain_avg", "other", None, "Orrisby's average August rainfall (61 millimetres)"],
    ["lightning", "other", None, "lightning strikes in the district in an hour (about 2,300)"],
    ["warn_lead", "other", None, "how long before the storm the festival was warned (more than two hours; 2 h 15; 2 h 9; 45 minutes)"],
    ["halt_lead", "other", None, "time between halting the main stage and the storm (15 minutes)"],
    ["late_halt", "other", None, "time gusts were above the limit before the music stopped (13 minutes)"],
    ["clear_time", "other", None, "time the main arena took to clear (35 / closer to 55 / 47 minutes)"],
    ["tower_h", "other", None, "height of the lighting tower (about 18 metres)"],
    ["songs", "count", None, "songs the headliners played before leaving the stage (four)"],
    ["exits", "population", None, "exits of the main arena (six)"],
    ["shelter_places", "population", None, "places in the emergency shelters (4,000)"],
    ["shelter_occ", "total", None, "people who spent the night in emergency shelters, running (about 5,000 -> about 6,500)"],
    ["hall_occ", "part", "shelter_occ", "people in the sports hall where Jade Ormond slept (about 1,500)"],
    ["tents_destroyed", "count", None, "tents destroyed or badly damaged (organisers about 2,000 -> about 2,400 -> 3,100; Alliance more than 5,000)"],
    ["tents_ratio", "other", None, "the Alliance's tent count as a multiple of the organisers' (more than twice)"],
    ["tents_abandoned", "count", None, "abandoned tents collected by clearance crews (3,900)"],
    ["buses", "count", None, "buses sent overnight (140)"],
    ["overflow_churches", "count", None, "churches opened as overflow shelters (two)"],
    ["bus_pax", "count", None, "people carried by the buses overnight (about 11,000)"],
    ["extra_trains", "count", None, "extra trains run on Sunday (nine)"],
    ["train_pax", "count", None, "festival-goers carried home by train on Sunday (about 16,000)"],
    ["stuck_cars", "count", None, "cars stuck in the mud, running (about 3,200 -> about 900)"],
    ["car_cap", "population", None, "vehicles the car parks hold (14,000)"],
    ["tractors", "count", None, "tractors towing cars out (60)"],
    ["tow_fee", "other", None, "fee for a tow (40 sovras)"],
    ["lost_property", "total", None, "items in lost property (4,600)"],
    ["phones", "part", "lost_property", "phones in lost property (312)"],
    ["acts_total", "population", None, "acts on the festival's bill (140)"],
    ["acts_cancelled", "count", None, "acts due to play on Sunday, cancelled (38)"],
    ["wk_tickets", "total", None, "weekend tickets sold (62,000)"],
    ["danrev_fans", "part", "wk_tickets", "weekend tickets bought in Danrevia (about 6,800)"],
    ["danrev_share", "other", None, "share of weekend tickets bought in Danrevia (11 per cent)"],
    ["sat_tickets", "count", None, "Saturday day tickets sold (8,000)"],
    ["sun_tickets", "count", None, "Sunday day tickets sold (9,500)"],
    ["sun_price", "other", None, "price of a Sunday day ticket (119 sovras)"],
    ["wk_price", "other", None, "price of a weekend ticket with the booking fee (289 sovras, about 347 euros)"],
    ["face", "other", None, "face value of a weekend ticket (268 sovras)"],
    ["fee", "other", None, "booking fee on a weekend ticket (21 sovras)"],
    ["rate", "other", None, "exchange rate (1.20 euros per sovra)"],
    ["voucher", "other", None, "voucher offered per weekend ticket (100 -> 150 sovras)"],
    ["refund_wk", "other", None, "cash refund per weekend ticket (offer 89 sovras / about 107 euros; demand at least 134; ruling 134 sovras / about 161 euros)"],
    ["refund_share", "other", None, "cash refund as a share of the face value (a third; at least half; half)"],
    ["kept_share", "other", None, "share of the money the organisers would have kept (two thirds)"],
    ["refund_bill", "total", None, "total refund bill (6.6 million sovras, about 7.9 million euros, under the offer -> about 9.4 million under the ruling)"],
    ["sun_refund", "part", "refund_bill", "refund of the Sunday day tickets (about 1.13 million sovras)"],
    ["refund_2053", "other", None, "refund after the 2053 flood (40 per cent)"],
    ["complaints", "count", None, "complaints to the Consumer Rights Commission, running (3,100 -> 8,700 -> 14,200)"],
    ["petition", "count", None, "signatures on the Alliance's petition, running (27,000 -> 61,000)"],
    ["insurance_cap", "other", None, "weather insurance cover (up to 4 million sovras)"],
    ["turnover", "other", None, "Lumen Live's turnover last year (24 million sovras)"],
    ["profit", "other", None, "Lumen Live's profit last year (2.1 million sovras)"],
    ["bill_vs_profit", "other", None, "refund bill as a multiple of last year's profit (more than four times)"],
    ["cleanup_cost", "other", None, "clean-up cost to Orrisby council (350,000 sovras)"],
    ["waste", "other", None, "waste collected from the site (310 tonnes)"],
    ["orrisby_pop", "population", None, "population of Orrisby (8,900)"],
    ["town_multiple", "other", None, "festival crowd as a multiple of Orrisby's population (almost eight times)"],
    ["local_econ", "other", None, "what the festival brings Orrisby a year (about 9 million sovras)"],
    ["cap_2062", "other", None, "capacity of next year's festival (55,000)"],
    ["price_2062", "other", None, "price of next year's weekend ticket (299 sovras)"],
    ["days_cancelled", "other", None, "festival days cancelled (one)"],
    ["days_sold", "other", None, "festival days sold (three)"],
    ["coaches", "count", None, "coaches Kovar Tours sent from Danrevia (18)"],
    ["docs_replaced", "count", None, "travel documents replaced by the Danrevian consulate (140)"],
    ["ashgrove_wait", "other", None, "time Tom Ashgrove sat in his car (three hours)"],
    ["tent_cost", "other", None, "price of Jade Ormond's tent (180 sovras)"],
    ["ormond_paid", "other", None, "what Jade Ormond paid for two tickets (578 sovras)"],
    ["days_seen", "other", None, "days of music Jade Ormond got (one)"],
    ["sarnek_paid", "other", None, "what Ivo Sarnek paid for ticket, coach and camping (540 euros)"],
    ["sarnek_loss", "other", None, "what Ivo Sarnek loses after the refund (more than 400 euros)"],
    ["sarnek_concerts", "count", None, "concerts Ivo Sarnek saw (five)"],
    ["opt_struck_age", "other", None, "age of the man struck by lightning (optional)"],
    ["opt_rain_period", "other", None, "period of the rainfall measurement (optional)"],
    ["opt_ormond_age", "other", None, "age of Jade Ormond (optional)"],
    ["opt_sarnek_age", "other", None, "age of Ivo Sarnek (optional)"],
    ["opt_lookback", "other", None, "days since the storm at the time of the article (optional look-back)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
