#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e2; writes meta.json beside this file."""
import json
import os

FOLDER = "vantrell_fuel_shortage"
EVENT = ("Fuel shortage in Vantrell (fictional) after the Northline pipeline from Sveldia was shut on Saturday 1 "
         "October 2061 and a strike began at the Sallow Bay refinery on Monday 3 October: panic buying from Tuesday "
         "4 October, rationing from Thursday 6 to Monday 24 October, the pipeline reopened on Thursday 13 October, "
         "the strike ended on Monday 17 October; corrected counts of the strategic reserve and of the dry stations; "
         "reported 6 October - 5 November 2061")
NOTES = (
    "The filling stations without fuel are one quantity across the running count and its rival estimates: the "
    "Energy Ministry's about 600 (Wednesday 5 October) -> 1,100 (Thursday) -> 1,720 (Monday 10 October, the peak) "
    "-> 1,240 (Thursday 13 October), with the peak corrected to 1,930 on 2 November after 210 late reports (a part), "
    "and the forecourt association's more than 900 -> 1,400 -> about 1,500 and more than 2,000 for the peak; a stock "
    "at different moments is a running count, and the peak is its value on one of them. The ministry's share of all "
    "stations (more than a third -> almost 60 % -> roughly 43 per cent -> two-thirds) is one quantity on that base; "
    "the Pumpwatch app's share of the stations on its map (47 -> 58 -> 41 per cent) is another base and another "
    "quantity. The strategic reserve in days (52 corrected to 38) and in litres (about 470 million corrected to about "
    "340 million) are two quantities (different units), each with its correction; the 130 million litres counted "
    "twice, the litres released (120 -> 210 -> 310 million, a running count) and the litres left are counts, not "
    "parts, because the reserve is a standing stock (population). The strikers are one quantity with the union's "
    "1,340 and the company's 960 -> 1,020; the bulletin's 'of the refinery's 1,340 workers' is the workforce, a "
    "population of equal value. The company's offer raised during talks (4.5 -> 5,5 -> 6 per cent) is one quantity "
    "revised, like a negotiating offer in blind_events_43, and so is the union's demand (9 -> 8 per cent); the "
    "settled rise (6.8) is another. The ration is a rule's level: the 30 litres per visit and the 20 litres a day it "
    "was cut to are two quantities (as a subsidy raised in blind_events_43), the lorries' 150 litres a third; the "
    "stations reserved for emergency workers before and after their increase (420, 520) are two quantities, as "
    "capacities before and after an enlargement; the army's tankers on the roads (80 -> 140) are a running count. "
    "The price cap in solds and its conversion (about 2,00 euros) are one amount. Tuesday's and Wednesday's sales "
    "are parts of the week's sales from that Tuesday; Thursday 13 October's sales and a normal day's are their own "
    "quantities. The tabloid's two 'almost double' are different quantities "
    "(the rise in dry stations; the black-market price over the cap). People's ages are optional. 'Filled up "
    "twice' was reworded away; 'the country's only one' and the ordinals '12th', '11th', 'ninth' are not figures, "
    "nor are the times 'at eleven' and 'at six in the evening'.")

Q = [
    ["ration", "other", None, "fuel ration for cars from 6 October, litres per visit"],
    ["ration_cut", "other", None, "fuel ration for cars from 12 October, litres a day"],
    ["visits_allowed", "other", None, "stations a driver may buy at in a day under the cut ration"],
    ["ration_lorries", "other", None, "fuel ration for lorries, litres per visit"],
    ["ration_days", "other", None, "days the ration was in force (6-24 October)"],
    ["panic_days", "other", None, "days of panic buying before the ration"],
    ["stations_dry", "total", None, "filling stations without fuel (ministry running count with its corrected peak, forecourt association's estimates)"],
    ["stations_late", "part", "stations_dry", "rural dry stations that reported late, added in the correction of the peak"],
    ["stations_total", "population", None, "filling stations in Vantrell (2,900)"],
    ["stations_dry_share", "other", None, "dry stations as a share of all stations (ministry, running)"],
    ["stations_dry_rise", "other", None, "rise in dry stations from Wednesday to Thursday night as a multiple ('almost double')"],
    ["pumpwatch_share", "other", None, "share of stations on the Pumpwatch app showing no fuel (running)"],
    ["sales_tue", "part", "sales_week", "road fuel sold on Tuesday 4 October"],
    ["sales_wed", "part", "sales_week", "road fuel sold on Wednesday 5 October"],
    ["sales_week", "total", None, "road fuel sold in the week from Tuesday 4 October"],
    ["sales_normal", "other", None, "road fuel sold on a normal day"],
    ["sales_thu13", "other", None, "road fuel sold on Thursday 13 October"],
    ["sales_normal_week", "other", None, "road fuel sold in a normal week"],
    ["sales_tue_multiple", "other", None, "Tuesday's sales as a multiple of a normal day's"],
    ["northline_capacity", "other", None, "Northline pipeline's daily flow"],
    ["northline_repair", "other", None, "operator's first estimate of the repair time"],
    ["northline_closed", "other", None, "days the Northline pipeline was shut"],
    ["leak_distance", "other", None, "distance of the failed seam from the border"],
    ["refinery_share", "other", None, "Sallow Bay refinery's share of Vantrell's road fuel"],
    ["refinery_lost", "other", None, "road fuel not produced during the strike"],
    ["reserve_days", "other", None, "days of normal sales the strategic reserve covers (52, corrected to 38)"],
    ["reserve_litres", "population", None, "strategic reserve in litres (about 470 million, corrected to about 340 million)"],
    ["reserve_double", "count", None, "litres of the reserve counted twice (the correction)"],
    ["reserve_release", "count", None, "litres released from the reserve (running count)"],
    ["reserve_left", "count", None, "litres left in the reserve when the strike ended"],
    ["reserve_left_days", "other", None, "days of normal sales the remaining reserve covers"],
    ["strikers", "count", None, "refinery workers on strike (union's 1,340 and the company's 960 -> 1,020, running)"],
    ["refinery_workforce", "population", None, "workers at the Sallow Bay refinery (1,340 in the bulletin's 'of the refinery's 1,340 workers')"],
    ["units_running", "count", None, "refinery processing units kept running"],
    ["units_total", "population", None, "refinery processing units"],
    ["union_demand", "other", None, "union's pay demand (9, lowered to 8 per cent)"],
    ["company_offer", "other", None, "company's pay offer (4.5, raised to 5,5 and 6 per cent)"],
    ["pay_deal", "other", None, "pay rise agreed to end the strike"],
    ["inflation", "other", None, "inflation in August 2061"],
    ["strike_days", "other", None, "days the refinery strike lasted"],
    ["price_cap", "other", None, "capped pump price of petrol (solds and euros)"],
    ["price_before", "other", None, "average petrol price before the crisis"],
    ["price_after", "other", None, "average petrol price after the cap was lifted"],
    ["price_rise", "other", None, "rise of the average petrol price over the pre-crisis price"],
    ["black_market", "other", None, "black-market petrol price offered online"],
    ["black_market_multiple", "other", None, "black-market price as a multiple of the cap"],
    ["army_tankers", "count", None, "army fuel tankers on the roads (running count)"],
    ["army_drivers", "count", None, "soldiers deployed as tanker drivers"],
    ["priority_stations", "population", None, "stations reserved for emergency workers as first set (about 420)"],
    ["priority_stations_raised", "population", None, "stations reserved for emergency workers after the increase (520)"],
    ["arrests", "count", None, "people arrested after fights at stations (running count)"],
    ["deaths", "count", None, "deaths linked to the crisis"],
    ["days_2053", "other", None, "duration of the 2053 shortage"],
    ["stations_dry_2053", "other", None, "stations dry at the worst of the 2053 shortage"],
    ["queue_time", "other", None, "longest wait in queues on Thursday 6 October"],
    ["queue_wait_now", "other", None, "waits at stations with fuel on Thursday 13 October (range)"],
    ["queue_length", "other", None, "length of the queue at the Brakeley services"],
    ["age_dunmoor", "other", None, "age of nurse Kerra Dunmoor"],
    ["dunmoor_patients", "other", None, "patients Kerra Dunmoor visits a day"],
    ["dunmoor_drive", "other", None, "distance she drove looking for fuel"],
    ["dunmoor_wait", "other", None, "time she waited in the queue"],
    ["dunmoor_fill", "other", None, "fuel she bought, litres"],
    ["dunmoor_days", "other", None, "days her fuel lasts"],
    ["age_oakes", "other", None, "age of taxi driver Bram Oakes"],
    ["oakes_days", "other", None, "days of fares he lost"],
    ["oakes_loss", "other", None, "money he lost"],
    ["jerrycans", "other", None, "rise in jerry can sales at Hammerhouse"],
    ["cans_filled", "count", None, "cans one shopper filled"],
    ["age_hessel", "other", None, "age of pensioner Walt Hessel"],
    ["hessel_wait", "other", None, "time he queued"],
    ["rauken_queue", "other", None, "length of the queue of Vantrellian cars at Rauken"],
    ["rauken_crossings", "count", None, "Vantrellian vehicles crossing at Rauken on Saturday 8 October"],
    ["rauken_crossings_multiple", "other", None, "Saturday's crossings as a multiple of a normal Saturday's"],
    ["rauken_crossings_normal", "other", None, "vehicles crossing on a normal Saturday"],
    ["rauken_stations", "population", None, "filling stations in Rauken"],
    ["rauken_sales_multiple", "other", None, "Rauken stations' weekend sales as a multiple of the usual"],
    ["amsel_sat", "count", None, "litres sold at Britta Amsel's station on Saturday"],
    ["amsel_normal", "other", None, "litres her station sells on a normal Saturday"],
    ["amsel_staff_hours", "other", None, "hours a day her staff have worked"],
    ["sveldia_limit", "other", None, "Sveldia's limit for foreign cars, litres per visit"],
    ["sveldia_sales", "count", None, "fuel Vantrellians bought in Sveldia from Friday to Sunday"],
    ["sveldia_price", "other", None, "price of petrol in Sveldia"],
    ["fx", "other", None, "exchange rate, solds to the euro"],
    ["age_larrow", "other", None, "age of driver Piet Larrow"],
    ["larrow_drive", "other", None, "distance he drove to Rauken"],
    ["import_ships", "count", None, "tankers chartered for emergency imports"],
    ["first_ship", "count", None, "fuel on the first chartered tanker"],
    ["imports_cost", "other", None, "cost of the emergency imports (euros and solds)"],
    ["economy_cost", "other", None, "cost of the crisis to the economy (Chamber of Commerce, Finance Ministry, an economist)"],
    ["schools_closed", "count", None, "rural schools closed on Thursday 13 October"],
    ["pupils_home", "count", None, "pupils kept at home by the closures"],
    ["bus_cut", "other", None, "cut in Morvath's city bus services"],
    ["age_victim", "other", None, "age of the man who died in Dunhollow"],
    ["poll_sample", "population", None, "adults in the newspaper's poll"],
    ["blame_govt", "other", None, "share of the poll blaming the government"],
    ["blame_union", "other", None, "share blaming the union"],
    ["blame_company", "other", None, "share blaming Vantrell Petroleum"],
    ["inquiry_months", "other", None, "months until the Audit Office's inquiry reports"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{FOLDER}: {len(Q)} quantities")
