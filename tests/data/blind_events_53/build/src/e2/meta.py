#!/usr/bin/env python3
"""Hand-kept quantity table for e2 (the Ludmore Bank card outage); writes meta.json beside it."""
import json
import os

FOLDER = "ludmore_card_outage"
EVENT = ("Card payment outage at Ludmore Bank, Tolvenia (fictional): a storage update at its Gorsebridge data centre "
         "corrupted the card authorisation database at 06:10 on Thursday 14 February 2075 and card payments failed "
         "until 04:10 on Tuesday 19 February, also hitting its Ardevian subsidiary; compensation, duplicate charges, "
         "the bank's cost and the Banking Authority's interim report; reported 15 February - 12 March 2075")
NOTES = (
    "The outage's length is one running duration (more than 36 hours -> 80 hours and more than 80 hours -> 118 hours), "
    "and 'five days', 'almost five days' and 'five lost days' are the same amount in other words. The card payments "
    "failed are one quantity with successive and rival counts (at least 5 million -> about 6,5 million -> the bank's "
    "7.4 million -> the Banking Authority's 8.1 million, which adds online purchases that timed out); the first day's "
    "failures (about 1.8 million, revised to 1.94 million) and the Ardevian subsidiary's (about 410.000, about "
    "400,000) are parts of it. The cash machines out of service (about 400 -> 260), the complaints (more than 45,000 "
    "-> 71,000 -> almost 90,000), the claims for compensation (about 640,000 -> about 890,000 customers who claimed), "
    "the duplicate payments (about 310,000 -> 326,000) and the fall in the shares since the outage (11 -> 13 -> 14 "
    "per cent) are running counts and shares. The bank's cost holds the bank's about 60 million ferls (about 23 million "
    "dravs), about 95 million and 124 million and the analysts' range of 90 to 110 million; its parts are the "
    "compensation (estimated at about 70 million, then 71 million), refunded fees, staff and systems. The merchants' "
    "lost sales hold the Retail Federation's 240 million ferls (more than 90 million dravs), the university's rival "
    "'closer to 150 million' and the broadsheet's range spanning both. The goodwill payment at 50 ferls (about 19 "
    "dravs) and at 80 ferls gives two quantities, as does the withdrawal limit at 500 and 1,000 ferls; the Ardevian "
    "customers' 20 dravs is a rule of its own. 'Taken twice' is annotated as a multiple, as blind_events_50 "
    "annotated 'counted twice'. Ludmore's share of current accounts ('about a fifth', 'about 20 per cent') and of "
    "debit card transactions ('about 23 per cent') are shares on different bases; the share of shop payments made by "
    "card ('more than 80 per cent', 'more than four in five') is apart from the share of Thursday's payments that "
    "failed ('almost four in five'). Belmain Savings' 2069 outage and fine are another event.")
Q = [
    ("outage_hours", "other", None, "length of the card outage (running duration; in hours or days)"),
    ("failed_day1", "part", "failed_total", "card payments declined on the first day, Thursday 14 February (revised)"),
    ("daily_payments", "population", None, "card payments Ludmore handles on a normal weekday"),
    ("failed_share_day1", "other", None, "share of a normal day's payments declined on Thursday"),
    ("customers", "population", None, "Ludmore's customers"),
    ("debit_cards", "population", None, "Ludmore debit cards"),
    ("credit_cards", "population", None, "Ludmore credit cards"),
    ("ludmore_share", "other", None, "Ludmore's share of Tolvenian current accounts"),
    ("arrays", "count", None, "storage arrays the update was applied to"),
    ("yarnby_distance", "other", None, "distance of the Yarnby backup centre from Gorsebridge"),
    ("backup_minutes", "other", None, "minutes the backup centre ran before failing"),
    ("engineers", "count", None, "engineers working on the repair"),
    ("atms_down", "count", None, "Ludmore cash machines out of service, running count"),
    ("atms", "population", None, "Ludmore's cash machines"),
    ("limit_new", "other", None, "raised daily withdrawal limit (1,000 ferls)"),
    ("limit_old", "other", None, "usual daily withdrawal limit (500 ferls)"),
    ("atm_fee", "other", None, "fee other banks charge at their machines"),
    ("branches", "population", None, "Ludmore's branches"),
    ("calls_thursday", "count", None, "calls to the help line on Thursday"),
    ("call_wait", "other", None, "longest reported wait on the help line, running"),
    ("card_share", "other", None, "share of Tolvenian shop payments made by card"),
    ("bistro_tables", "count", None, "tables booked at the Verrin bistro on Valentine's Day"),
    ("bistro_couples", "count", None, "couples at the bistro who had to fetch cash"),
    ("report_days", "other", None, "days the Banking Authority gave Ludmore for its report"),
    ("share_fall_friday", "other", None, "fall in Ludmore's shares on Friday 15 February"),
    ("value_lost_friday", "other", None, "market value lost on Friday 15 February"),
    ("card_banks", "population", None, "Tolvenian banks issuing debit cards"),
    ("comp_50", "other", None, "goodwill payment per customer at its first level (50 ferls)"),
    ("success_rate", "other", None, "share of card payments going through on Sunday morning"),
    ("failed_total", "total", None, "card payments failed over the outage (successive and rival counts)"),
    ("app_hours", "other", None, "hours the mobile app and online banking were down"),
    ("fairaccount_calls", "count", None, "calls from Ludmore customers to the consumer group Fair Account"),
    ("complaints", "count", None, "complaints logged by Ludmore, running count"),
    ("merchant_losses", "other", None, "sales lost by Tolvenian shops and restaurants (rival estimates)"),
    ("hollins_stores", "population", None, "Hollins Market stores"),
    ("hollins_fall", "other", None, "fall in Hollins Market card takings on Friday"),
    ("extra_staff", "count", None, "extra staff brought into branches"),
    ("belmain_hours", "other", None, "length of Belmain Savings' 2069 outage"),
    ("belmain_fine", "other", None, "fine imposed on Belmain Savings"),
    ("fine_cap", "other", None, "legal maximum fine as a share of annual revenue"),
    ("revenue", "other", None, "Ludmore's revenue last year"),
    ("ard_customers", "population", None, "customers of Ludmore Ardevia"),
    ("failed_ardevia", "part", "failed_total", "card payments failed in Ardevia"),
    ("ard_atms_down", "count", None, "Ludmore Ardevia cash machines that stopped working"),
    ("ard_atms", "population", None, "Ludmore Ardevia's cash machines"),
    ("ard_report_days", "other", None, "days the Ardevian National Bank gave for a report"),
    ("rate", "other", None, "exchange rate, ferls to the drav"),
    ("comp_ard", "other", None, "compensation per Ardevian customer (20 dravs)"),
    ("bank_cost", "total", None, "the outage's cost to Ludmore (successive and rival estimates)"),
    ("share_fall_since", "other", None, "fall in Ludmore's shares since the outage began, running share"),
    ("skiers", "count", None, "Tolvenian holidaymakers in the Ardevian ski resorts"),
    ("lift_fall", "other", None, "fall in day passes sold at Velkany on Friday"),
    ("ard_retail_losses", "other", None, "lost sales of Ardevian retailers"),
    ("ard_complaints", "count", None, "complaints to Ludmore Ardevia"),
    ("ard_branches", "population", None, "Ludmore Ardevia's branches"),
    ("ard_share", "other", None, "Ludmore Ardevia's share of Ardevian current accounts"),
    ("ard_price", "other", None, "price paid for Ludmore Ardevia in 2068"),
    ("debit_share", "other", None, "Ludmore's share of Tolvenian debit card transactions"),
    ("duplicates", "count", None, "payments taken twice on the restart (revised)"),
    ("times_taken", "other", None, "times those payments were taken ('twice')"),
    ("comp_80", "other", None, "goodwill payment per customer after the rise (80 ferls)"),
    ("comp_claims", "count", None, "customers who claimed the goodwill payment, running count"),
    ("comp_total", "part", "bank_cost", "goodwill payments in all (estimate, then count)"),
    ("arrays_planned", "other", None, "arrays the supplier advised updating first"),
    ("rebuild_days", "other", None, "days taken to rebuild the authorisation database after the app returned"),
    ("standin_limit", "other", None, "stand-in approval limit under the card schemes' rules"),
    ("standin_share", "other", None, "share of declined payments below the stand-in limit"),
    ("customers_hit", "count", None, "customers who had at least one payment fail"),
    ("test_days", "other", None, "days the update was tested"),
    ("test_rule", "other", None, "testing period the bank's rules require"),
    ("fees_refunded", "part", "bank_cost", "overdraft and late-payment fees refunded"),
    ("staff_cost", "part", "bank_cost", "cost of extra staff and call centres"),
    ("systems_cost", "part", "bank_cost", "cost of systems and outside consultants"),
    ("duplicate_accounts", "count", None, "accounts hit by duplicate payments"),
    ("fine", "other", None, "fine the Banking Authority intends to impose"),
    ("fine_multiple", "other", None, "the fine as a multiple of Belmain's"),
    ("fine_max", "other", None, "legal maximum fine in ferls for Ludmore"),
    ("accounts_closed", "count", None, "Ludmore current accounts closed in February"),
    ("closures_multiple", "other", None, "February's closures as a multiple of a normal month"),
    ("accounts_closed_normal", "other", None, "accounts closed in a normal month"),
    ("bonus", "other", None, "the chief executive's bonus given up"),
    ("dc_distance_rule", "other", None, "minimum distance between data centres recommended"),
    ("copy_delay", "other", None, "minimum delay for copying data recommended"),
    ("cash_share_2065", "other", None, "share of shop payments made in cash in 2065"),
    ("cash_share_last_year", "other", None, "share of shop payments made in cash last year"),
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
