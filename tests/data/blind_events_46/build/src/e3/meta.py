#!/usr/bin/env python3
"""Hand-kept quantity table for event 3; writes meta.json beside it."""
import json, os

FOLDER = "belvan_marrak_exhibition"
EVENT = ("The exhibition 'Marrak: The Salt Years' at the Castrell Museum, Belvan, Tarsany (fictional), from Friday 11 "
         "February 2067 to Sunday 19 June 2067 (extended by three weeks from 29 May), with a record attendance "
         "corrected after an audit and a row over ticket resale, bots and Gatelink's booking fee; reported "
         "15 March - 27 June 2067")
NOTES = (
    "Attendance is one running count across all five articles, holding the museum's counts (302,000, more than "
    "320,000, 480,000, 790,000, 1,220,000) and the audit's corrections of the last two (about 740,000 for early May, "
    "1,146,000 for the whole run); tickets sold (610,000 -> 1,010,000 -> 1,190,000) are a different quantity with "
    "similar values. The 2058 record of 912,000 is its own quantity. The share of tickets bought by resellers holds "
    "the museum's fewer than 5 per cent ('fewer than one in 20'), the Fair Ticket Alliance's one in four and "
    "Gatelink's audit's about 12 per cent; 'more than double' compares two of them and is its own quantity. The "
    "booking fee of 4.50 tolms and the 1.50 tolms it was cut to are two rules, as are the 650 and 750 visitors per "
    "half-hour slot; the resale cap of 10 per cent above face value, proposed and then adopted at the same level, is "
    "one. Prices, the insured value, the loan fee and the fine are each one amount in tolms and euros (4 tolms to the "
    "euro). The queue for walk-up tickets (up to four hours in March, three to four hours in May) is treated as one "
    "running measure. Ages and the periods of running counts ('its first 32 days', 'its first 82 days', 'the seven "
    "weeks since it opened') are optional; the whole run's 129 days is scored.")
Q = [
    ["attendance", "count", None, "Visitors to the exhibition (running count; museum's counts and the audit's corrections)"],
    ["repeat_scans", "count", None, "Entries that were members' passes scanned again (removed by the audit)"],
    ["correction_delay", "other", None, "Days from closing to the correction of the attendance"],
    ["record2058", "other", None, "Attendance record of the 2058 Golden Age exhibition"],
    ["record_margin", "other", None, "Corrected attendance above the 2058 record (share)"],
    ["avg_early", "other", None, "Average daily visitors in the first 32 days"],
    ["avg_final", "other", None, "Average daily visitors over the whole run (audited)"],
    ["run_days", "other", None, "Days the exhibition was open in all"],
    ["record_day", "other", None, "Visitors on the busiest day"],
    ["days_wire", "other", None, "Days open by 14 March (period of the running count)"],
    ["days_local", "other", None, "Days open by 3 May (period of the running count)"],
    ["weeks_translated", "other", None, "Weeks open by 1 April (period of the running count)"],
    ["extension", "other", None, "Extension of the exhibition (weeks)"],
    ["extension_tickets", "count", None, "Tickets put on sale for the extension"],
    ["extension_visitors", "count", None, "Visitors during the extension"],
    ["tickets_sold", "total", None, "Tickets sold (running count)"],
    ["no_shows", "part", "tickets_sold", "Tickets sold that were never used"],
    ["release", "count", None, "Tickets for April and May released on 14 March"],
    ["queue_online", "count", None, "People in the online queue on 14 March"],
    ["wait_online", "other", None, "Time buyers waited in the online queue (hours)"],
    ["crashes", "count", None, "Crashes of the booking site on 14 March"],
    ["sellout", "other", None, "Time for the 14 March release to sell out (hours)"],
    ["gatelink_capacity", "other", None, "Users at once the booking system was built for"],
    ["price", "other", None, "Price of a standard ticket (tolms; euros)"],
    ["concession", "other", None, "Price of a concession ticket (tolms)"],
    ["resale", "other", None, "Top resale price of a ticket (tolms; euros)"],
    ["resale_ratio", "other", None, "Top resale price as a multiple of face value"],
    ["resale_cap", "other", None, "Cap on resale prices above face value (proposed and adopted)"],
    ["fee_old", "other", None, "Gatelink's booking fee per ticket until 1 May (tolms)"],
    ["fee_new", "other", None, "Gatelink's booking fee per ticket from 1 May (tolms)"],
    ["fee_take", "other", None, "Booking fees on the tickets sold by 14 March (tolms)"],
    ["bots_share", "other", None, "Share of tickets bought by resellers' bots (rival estimates: museum, Fair Ticket Alliance, Gatelink's audit)"],
    ["bots_ratio", "other", None, "Gatelink's audit's share as a multiple of the museum's estimate"],
    ["cancelled", "count", None, "Tickets cancelled by Gatelink (running count)"],
    ["complaints", "count", None, "Complaints to the Consumer Markets Authority (running count)"],
    ["korsland_complaints", "count", None, "Complaints to the Korslandic consumer ombudsman"],
    ["fine", "other", None, "Fine imposed on Gatelink (tolms; euros)"],
    ["refund_per_ticket", "other", None, "Refund per ticket ordered (tolms)"],
    ["refund_buyers", "count", None, "Buyers due a refund"],
    ["museum_annual", "population", None, "Visitors to the Castrell Museum in a normal year"],
    ["marrak_sold", "other", None, "Paintings Marrak sold in his lifetime"],
    ["gatelink_venues", "population", None, "Venues Gatelink sells tickets for"],
    ["works", "population", None, "Works on show"],
    ["works_hallevik", "count", None, "Works lent by the Hallevik Art Museum"],
    ["hallevik_share", "other", None, "Share of the works on show lent by Hallevik"],
    ["insured", "other", None, "Insured value of the works (tolms; euros)"],
    ["loan_fee", "part", "show_cost", "Loan fee paid to the Hallevik Art Museum (euros; tolms)"],
    ["show_cost", "total", None, "Cost of staging the exhibition (tolms)"],
    ["rate", "other", None, "Exchange rate (tolms to the euro)"],
    ["hallevik_visitors", "population", None, "Annual visitors to the Hallevik Art Museum"],
    ["korsland_visitors", "count", None, "Visitors from Korslund by 1 April"],
    ["korsland_share", "other", None, "Share of visitors from Korslund by 1 April"],
    ["foreign_share", "other", None, "Share of visitors from abroad"],
    ["extra_trains", "other", None, "Extra trains a day from Korslund"],
    ["train_time", "other", None, "Train journey from Hallevik to Belvan (hours)"],
    ["slot650", "other", None, "Visitors admitted per half-hour slot (650, before the increase)"],
    ["slot750", "other", None, "Visitors admitted per half-hour slot after the April increase"],
    ["walkup", "other", None, "Walk-up tickets held back a day"],
    ["queue_walkup", "other", None, "Time queuing for walk-up tickets (hours)"],
    ["attendants", "count", None, "Extra attendants hired (running count)"],
    ["occupancy", "other", None, "Belvan hotel occupancy in April 2067 (per cent)"],
    ["occupancy_prev", "other", None, "Belvan hotel occupancy in April 2066 (per cent)"],
    ["impact", "other", None, "Value of the exhibition to Belvan's economy (rival estimates: tourism office, chamber of commerce)"],
    ["revenue", "other", None, "Ticket revenue (tolms, running)"],
    ["members", "population", None, "Museum members (running)"],
    ["catalogue", "count", None, "Catalogue copies sold (running count)"],
    ["cafe_up", "other", None, "Rise in a cafe's takings (per cent)"],
    ["cafe_staff", "count", None, "Extra staff a cafe took on"],
    ["petition", "count", None, "Signatures on residents' petition about the queue"],
    ["varga_months", "other", None, "Months a resident has suffered the queue"],
    ["krenn_paid", "other", None, "What a nurse paid for two resold tickets (tolms)"],
    ["krenn_tickets", "count", None, "Tickets a nurse bought"],
    ["holmqvist_pupils", "count", None, "Pupils on a Korslandic school trip"],
    ["age_krenn", "other", None, "Age of a nurse"],
    ["age_brandt", "other", None, "Age of a student"],
    ["age_holmqvist", "other", None, "Age of a teacher"],
    ["age_varga", "other", None, "Age of a resident"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
