#!/usr/bin/env python3
"""Hand-kept quantity table of event 2 (Kestrel Lumo recall); writes meta.json beside it."""
import json
import os

FOLDER = "kestrel_lumo_recall"
EVENT = ("Nationwide recall by Kestrel Motors of Brevania (fictional) of its Lumo electric hatchback over battery cells "
         "from Ferrane Cells of Sabrena, Valdonia (fictional) that can short-circuit and catch fire, announced on "
         "Tuesday 9 March 2055 and extended to the Arda SUV on the regulator's order in April: cars recalled at home and "
         "worldwide, rival counts of fires, the repair's pace, the cost (talens and euros), the shares, the Grellsby "
         "plant, owners' losses, the supplier's side in Valdonia and an earlier recall; reported 9 March - 27 April 2055")
NOTES = (
    "The cars recalled in Brevania are one quantity changed by decision (186,000 Lumos, extended on the regulator's "
    "order to 251,000), and so are the cars recalled worldwide (412,000 -> 565,000); the broadsheet's 'from 186,000 "
    "cars to 251,000' and its headline '186,000 cars became 251,000' are two figures of that one quantity, and the "
    "tabloid's '186,000 DRIVERS' and '186,000 families' state the same count in other words. The fires in Brevania linked "
    "to the fault are one quantity with rival and revised counts: Kestrel's 19 -> 21 -> 26, Drivers' Watch's at least 37 "
    "-> at least 40 -> 52, and the regulator's 44. The recall's cost is one quantity: Kestrel's provision of 720 "
    "million talens (about 180 million euros), the analysts' estimate of up to 1.1 billion talens (around 275 million "
    "euros) and the raised provision of 1.35 billion talens (about 340 million euros). The goodwill payment raised "
    "from 500 to 1,500 talens and the courtesy cars increased from 4,000 to 9,000 are each one quantity changed by "
    "decision. Kept apart: the repair kits supplied a week at first (2,000), the target for June (5,000) and the kits "
    "supplied now (3,100); the Lumo line's halt as announced (at least two weeks) and as it happened (16 days); the "
    "tabloid's forecast of almost two years to fix 186,000 cars and the broadsheet's about 16 months to fix the rest of "
    "251,000; the day's fall in Kestrel's shares (11.4 per cent) and the fall since the recall (31 per cent); the "
    "fires in Valdonia (four) and in Grellsby (two), which are counted on their own; the six fires Kestrel knew of by "
    "June 2054, a count at another time; the market share before (27 per cent) and in March (19 per cent). The "
    "rule 'charge to no more than 80 per cent' keeps '=' with 'no more than' outside the quote, as do the regulator's "
    "fine of 'up to 2 per cent' of turnover and Ferrane's insurance of 'up to 250 million euros' (ceilings written "
    "exactly). Ages and the look-back 'Seven weeks' are optional, and so is the wire's vague 'more than a third' of "
    "last year's profit.")

NOTES += (
    " The broadsheet's 'up to 1.1 billion' restates the analysts' March estimate and belongs to the recall's cost, "
    "like their later range of between 1.4 billion and 1.6 billion talens; the fall of eight percentage points in "
    "market share is its own quantity beside the two shares, and so is the dealer's wait of 25 to 30 weeks.")

Q = [
    ("recall_brevania", "total", None, "cars recalled in Brevania (Lumo, extended to the Arda: 186,000 -> 251,000)"),
    ("recall_arda", "part", "recall_brevania", "Arda SUVs added to the Brevanian recall"),
    ("lumos_grellsby", "part", "recall_brevania", "recalled Lumos registered in Grellsby"),
    ("recall_world", "total", None, "cars recalled worldwide (412,000 -> 565,000)"),
    ("recall_valdonia", "part", "recall_world", "recalled Lumos in Valdonia"),
    ("fires", "total", None, "fires in Brevania linked to the battery fault (Kestrel's, Drivers' Watch's and the regulator's counts)"),
    ("fires_charging", "part", "fires", "fires that broke out while the car was charging (of Kestrel's 19)"),
    ("fires_increase", "other", None, "rise in Kestrel's count of fires since the recall was announced"),
    ("fires_ratio", "other", None, "Drivers' Watch's count of fires as a multiple of Kestrel's"),
    ("fires_valdonia", "count", None, "Lumo fires in Valdonia"),
    ("injured_valdonia", "count", None, "people injured in the Valdonian fires"),
    ("grellsby_fires", "count", None, "Lumo fires in Grellsby attended by the town's fire station"),
    ("fires_known_2054", "total", None, "fires recorded by Kestrel's engineers by June 2054"),
    ("fires_traced_2054", "part", "fires_known_2054", "of those, fires traced to Ferrane cells"),
    ("delay_months", "other", None, "months between June 2054 and the recall"),
    ("injured", "count", None, "people injured in the fires in Brevania (running count)"),
    ("houses_damaged", "count", None, "houses damaged by fires spreading from the cars (running count)"),
    ("charge_limit", "other", None, "maximum charge owners are told to use until the repair"),
    ("parking_distance", "other", None, "distance from the house at which Margaret Oduya was told to park"),
    ("repair_hours", "other", None, "time the repair takes per car"),
    ("kits_per_week", "other", None, "repair kits Kestrel could supply a week at first"),
    ("kits_target", "other", None, "repair kits a week Kestrel promised by June"),
    ("kits_now", "other", None, "repair kits Kestrel supplies a week in late April"),
    ("years_to_fix", "other", None, "tabloid's forecast of the time to fix every car at 2,000 a week"),
    ("months_to_finish", "other", None, "broadsheet's forecast of the time to repair the rest at the current pace"),
    ("repaired", "count", None, "recalled cars repaired in Brevania by late April"),
    ("repaired_share", "other", None, "repaired cars as a share of those recalled"),
    ("dealers", "population", None, "Kestrel dealerships in Brevania"),
    ("workshops_valdonia", "population", None, "Kestrel workshops in Valdonia"),
    ("recall_cost", "other", None, "cost of the recall: Kestrel's provision (720 million -> 1.35 billion talens) and analysts' estimate, with euro conversions"),
    ("profit_2054", "other", None, "Kestrel's operating profit in 2054"),
    ("provision_share", "other", None, "the provision as a share of last year's operating profit (vague, optional)"),
    ("turnover_2054", "other", None, "Kestrel's turnover in 2054"),
    ("fine_cap", "other", None, "maximum fine as a share of turnover"),
    ("fine_max", "other", None, "maximum fine in talens"),
    ("ferrane_claim", "other", None, "compensation Kestrel seeks from Ferrane"),
    ("shares_day", "other", None, "fall in Kestrel's shares on the day of the recall"),
    ("value_lost", "other", None, "market value Kestrel lost on the day of the recall"),
    ("shares_since", "other", None, "Kestrel's shares below their pre-recall level in late April"),
    ("lumo_sales_march", "other", None, "fall in Lumo sales in March on a year earlier"),
    ("market_share_before", "other", None, "Kestrel's share of Brevania's electric car market before the recall"),
    ("market_share_march", "other", None, "Kestrel's share of Brevania's electric car market in March"),
    ("market_share_fall", "other", None, "fall in Kestrel's electric car market share, in percentage points"),
    ("harker_wait", "other", None, "wait for the first free repair slots at Harker's"),
    ("halloway_pay", "other", None, "chief executive Dorian Halloway's pay last year"),
    ("hotline_calls", "count", None, "calls to Kestrel's owners' hotline on the first day"),
    ("hotline_wait", "other", None, "time callers waited to get through to the hotline"),
    ("goodwill", "other", None, "goodwill payment per owner (500 -> 1,500 talens; euros)"),
    ("courtesy_cars", "count", None, "Kestrel's courtesy cars for owners (4,000 -> 9,000)"),
    ("class_action", "count", None, "owners signed up to Cardew Thorne's group claim (running count)"),
    ("class_claim_each", "other", None, "compensation each owner in the group claim seeks"),
    ("resale_drop", "other", None, "fall in the value of a second-hand Lumo since the recall (running)"),
    ("insurers", "count", None, "insurers that raised premiums for Lumo drivers"),
    ("premium_rise", "other", None, "rise in insurance premiums for Lumo drivers"),
    ("pellow_damage", "other", None, "damage to the Pellows' house"),
    ("pellow_offer", "other", None, "Kestrel's insurer's offer to the Pellows"),
    ("vanta_recall", "other", None, "Vanta saloons recalled in 2047 over faulty airbags"),
    ("vanta_cost", "other", None, "cost of the 2047 Vanta recall"),
    ("vanta_years", "other", None, "years the 2047 Vanta recall took"),
    ("ferrane_customers", "population", None, "other carmakers Ferrane supplies"),
    ("ferrane_lines", "population", None, "production lines at Ferrane's Sabrena plant"),
    ("ferrane_staff", "population", None, "employees of Ferrane's Sabrena plant"),
    ("ferrane_shares", "other", None, "fall in Ferrane's share price in the week since the recall"),
    ("faulty_share", "other", None, "share of the cells from the faulty line affected by the flaw"),
    ("cells_per_battery", "other", None, "cells in a Lumo battery"),
    ("short_time", "count", None, "Ferrane workers put on short-time work"),
    ("short_time_pay", "other", None, "share of net wage paid to short-time workers"),
    ("kestrel_share_ferrane", "other", None, "Kestrel's share of Ferrane's sales"),
    ("ferrane_insurance", "other", None, "cap on Ferrane's product liability insurance"),
    ("ferrane_revenue", "other", None, "Ferrane's turnover in 2054"),
    ("ferrane_profit", "other", None, "Ferrane's profit in 2054"),
    ("years_of_profit", "other", None, "years of Ferrane's profit a large claim would wipe out"),
    ("state_stake", "other", None, "Valdonian state's stake in Ferrane"),
    ("line_halt", "other", None, "announced halt of the Lumo line in Grellsby"),
    ("line_halt_actual", "other", None, "days the Lumo line was actually halted"),
    ("agency_sent_home", "total", None, "agency workers sent home from the Grellsby plant"),
    ("agency_rehired", "part", "agency_sent_home", "agency workers taken back"),
    ("lumo_line_staff", "count", None, "permanent staff on the Lumo line"),
    ("halt_pay", "other", None, "share of wages paid to Lumo line staff during the halt"),
    ("plant_staff", "population", None, "workers at the Grellsby plant"),
    ("lumo_weekly_output", "other", None, "Lumos the Grellsby line normally builds a week"),
    ("car_parks", "count", None, "council multi-storey car parks closed to recalled cars"),
    ("harker_bookings", "count", None, "customers booked for a repair at Harker's Kestrel"),
    ("harker_capacity", "other", None, "recalled cars Harker's can repair a week"),
    ("harker_technicians", "count", None, "Harker's technicians trained on high-voltage batteries"),
    ("oduya_distance", "other", None, "distance to the supermarket where Margaret Oduya charges her car"),
    ("oduya_garden", "other", None, "length of Margaret Oduya's front garden"),
    ("water_per_fire", "other", None, "water used to cool a burning battery"),
    ("kestrel_years", "other", None, "years Kestrel has been in Grellsby"),
    ("vsa_complaints", "count", None, "complaints about overheating batteries received by the VSA since October"),
    ("lumo_sales_2054", "other", None, "Lumos sold in Brevania in 2054"),
    ("lumo_price", "other", None, "starting price of the Lumo"),
    ("range_80", "other", None, "Priya Lanham's range when charging to 80 per cent"),
    ("range_full", "other", None, "Priya Lanham's range on a full charge"),
    ("fires_gap", "other", None, "fires counted by Drivers' Watch but not acknowledged by Kestrel"),
    ("ferrane_local_tax", "other", None, "local business tax Ferrane pays Sabrena a year"),
    ("tax_share_budget", "other", None, "that tax as a share of Sabrena's budget"),
    ("jobs_dependent", "count", None, "jobs in the region that depend on the Ferrane plant"),
    ("age_lanham", "other", None, "age of Priya Lanham (optional)"),
    ("ferrane_shares_day", "other", None, "fall in Ferrane's shares on the day of the recall"),
    ("kestrel_staff", "population", None, "Kestrel's employees in Brevania"),
    ("carlow_price", "other", None, "price the Carlows paid for their Lumo"),
    ("carlow_offer", "other", None, "dealer's offer for the Carlows' Lumo"),
    ("carlow_loss", "other", None, "the Carlows' loss on their Lumo"),
    ("website_outage", "other", None, "hours Kestrel's website was down on the day of the recall"),
    ("poll_size", "other", None, "Lumo owners polled by the Yell"),
    ("poll_share", "other", None, "share of polled owners who would never buy another Kestrel"),
    ("weeks_since_recall", "other", None, "weeks since the recall (look-back dating the article, optional)"),
    ("age_pellow", "other", None, "age of Gemma Pellow (optional)"),
    ("age_aulehla", "other", None, "age of Martin Aulehla (optional)"),
    ("age_oduya", "other", None, "age of Margaret Oduya (optional)"),
    ("age_lessenby", "other", None, "age of the man who died in Lessenby (optional)"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
