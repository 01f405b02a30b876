#!/usr/bin/env python3
"""Hand-kept quantity table for event e2; writes meta.json beside it."""
import json
import os

FOLDER = "halverd_bank_data_breach"
EVENT = ("Theft of customer data at Halverd Bank of Kelvarra (fictional), disclosed on Monday 8 November 2049: "
         "accounts affected (1.2 million, revised on 9 November to 2.7 million and on 25 November to 2.74 million) "
         "and the customers holding them, cards reissued, the help line's calls and waits, compensation per "
         "customer (50 euros, 75 for those whose card details were taken), fraud reports and refunds, the share "
         "price and its fall over the following weeks, the Data Protection Inspectorate's possible fine (up to 4% "
         "of turnover, 148 million euros) and the Banking Supervision Council's actual fine of 38.5 million euros on "
         "Thursday 2 December, with the Ormessan subsidiary's share and earlier breaches at Telvanta, Orlanne "
         "Insurance and Rovna Pošta, reported 8 November - 3 December 2049")
NOTES = (
    "Dates (Nov 8, October 14, November 25 ...), the years 2044-2047, weekdays and the clock time '5 p.m.' are not "
    "figures; the rank 'third-largest' is an ordinal and is not a figure. "
    "Accounts affected are one quantity across the revisions (a statistic and its revision): the first 'about 1.2 "
    "million' (the wire's headline '1.2 million accounts' without the hedge keeps '='), the 2.7 million of 9 "
    "November and the audited 2.74 million; restatements of the first count in later articles ('first said "
    "1.2m', 'the initial 1.2 million') belong to it too. The tabloid's 'MORE THAN DOUBLE' is a ratio of the two "
    "counts, its own quantity. Customers affected (about 2.1 million -> 2.2 million) are a different quantity from "
    "accounts (customers can hold several accounts); the broadsheet's 'about two in five' of customers is an "
    "optional vague share. The Ormessan 180.000 accounts and the Carvethen district's 38,000 are parts of the "
    "accounts affected; the 520,000 customers whose card details were taken are a part of the customers affected. "
    "Cards reissued run from 340,000 debit cards to 610,000 cards; the first count is treated as the same running "
    "quantity (the bank's planned replacements, revised), with the 95,000 credit cards and Ormessa's 41.000 as "
    "parts. "
    "Share price: every close (Friday 12.25, Monday 11.34, Tuesday 10.87, Thursday 10,52, the following Tuesday "
    "10.95, 2 December 10.70) is one running quantity, as in blind_events_24's oil price; the cumulative fall "
    "since before the breach (11 -> 14,1 -> 10.6 -> 12.7 per cent) is another running quantity; Monday's one-day "
    "fall (7.4%) and Tuesday's (4.1%) are distinct quantities. The loss of market value (about 655 million on "
    "Monday, almost 1 billion by Tuesday, about 1.1 billion on 2 December) is one running quantity. "
    "Fines: the inspectorate's legal cap is a rule ('up to 4 percent' of turnover, kept '='), and so is the "
    "maximum in euros ('up to 148 million euros', '='); the lawyers' expectation of 60 to 90 million is a "
    "different quantity (the expected fine, not the cap), and the Banking Supervision Council's actual fine of "
    "38.5 million is a third, from another regulator. The wire's 'never imposed more than 21 million euros' is "
    "the largest past fine itself and keeps '='. "
    "Cost: Strayhurst's 80-150 million, the Ormessan bank's rival 120-200 million and Strayhurst's revised 'about "
    "260 million' are one quantity (rival and revised estimates of the breach's total cost); the bank's "
    "provision of 210 million is a different quantity because it excludes any inspectorate fine, and it is a "
    "total with the council's fine, the compensation bill and the fraud refunds as parts. "
    "Compensation: 50 euros per affected customer (in words too: 'Fifty euros', 'fifty-euro payment') and 75 euros "
    "for card-data customers are two quantities; the consumer league's demand ('at least 200 euros', 'Two hundred "
    "euros', '200 euros') is a third. "
    "Calls: the wire's 'more than 48,000 calls by 5 p.m.' and the later '48,000 on the first day' are taken as "
    "one quantity (calls on the first day; the wire counted before the day ended), a part of the running total "
    "(210,000 -> 390,000 -> more than 520,000). The longest waits callers reported ('more than an hour' -> 'up to "
    "three hours' -> still 'more than an hour') are one running quantity, distinct from the average wait (22 "
    "minutes) and its peak (about two hours). "
    "Equal values that measure different things: 2.9 million euros is the chief executive's pay (tabloid) and "
    "the fraud refunds by 16 November (local); 6 is the cost of a card in euros and the fine as a share of "
    "profit (about 6 per cent) and Halverd Ormessa's share of group profit; 4.1 is Telvanta's millions of "
    "customers and Tuesday's share fall; 640 is Marta Delane's loss in euros and the fraud victims the bank "
    "accepts; 10.52 is Thursday's close reported in two articles (one quantity). "
    "Optional: ages (44, 81), the tabloid's '24 hours' to the revision and 'two days' of the share fall, the local "
    "'ten days', the adviser's nine years, the 'six months' window of the fraud rate, the auditors' 14-month "
    "look-back, the card replacement's 'more than half' (vague share) and the 'three-digit' security codes "
    "(a term defining the product).")

# [id, role, part_of, description]
Q = [
    ["accounts_affected", "total", None, "accounts whose data were taken (first count 1.2 million, revised to 2.7 and 2.74 million)"],
    ["orm_accounts_affected", "part", "accounts_affected", "affected accounts of Ormessan customers"],
    ["carvethen_accounts", "part", "accounts_affected", "affected accounts at the Carvethen district's branches"],
    ["accounts_revision_ratio", "other", None, "revised count against the first count (ratio)"],
    ["time_to_revision", "other", None, "time from first count to revision (optional)"],
    ["customers_affected", "total", None, "customers holding the affected accounts (about 2.1 million, then 2.2 million)"],
    ["customers_affected_share", "other", None, "affected customers as share of all customers (vague, optional)"],
    ["card_data_customers", "part", "customers_affected", "customers whose card details were taken"],
    ["attack_days", "other", None, "days the attackers had access"],
    ["cvv_digits", "other", None, "digits of card security codes (optional)"],
    ["cards_reissued", "total", None, "cards being replaced (340,000 debit cards first; then 610,000)"],
    ["credit_cards_reissued", "part", "cards_reissued", "credit cards among the replacements"],
    ["orm_cards_reissued", "part", "cards_reissued", "cards replaced in Ormessa"],
    ["card_replacement_weeks", "other", None, "period over which new cards are sent"],
    ["cards_done_share", "other", None, "share of replacements done by 16 November (vague, optional)"],
    ["card_cost", "other", None, "cost to a bank of replacing a card"],
    ["card_fee", "other", None, "usual fee for a new card in Ormessa (waived)"],
    ["share_price", "other", None, "Halverd share price at the close, running (before and after the breach)"],
    ["share_fall_monday", "other", None, "share price fall on Monday 8 November"],
    ["share_fall_tuesday", "other", None, "share price fall on Tuesday 9 November"],
    ["share_fall_cumulative", "other", None, "fall in share price since before the breach, running"],
    ["share_fall_days", "other", None, "two days of the fall (optional window)"],
    ["market_value_lost", "other", None, "market value lost since before the breach, running"],
    ["shares_outstanding", "population", None, "Halverd shares in issue"],
    ["bank_index_fall_monday", "other", None, "banking index fall on Monday 8 November"],
    ["dpi_fine_cap_pct", "other", None, "rule: inspectorate's maximum fine as share of turnover"],
    ["dpi_fine_max", "other", None, "rule: inspectorate's maximum possible fine for Halverd in euros"],
    ["dpi_fine_expected", "other", None, "lawyers' expectation of the inspectorate's fine"],
    ["dpi_fine_expected_vs_largest", "other", None, "expected fine against the largest fine so far (ratio)"],
    ["dpi_fine_max_vs_largest", "other", None, "maximum possible fine against the largest fine so far (ratio)"],
    ["dpi_largest_fine", "other", None, "the inspectorate's largest fine so far (Telvanta, 2046)"],
    ["bsc_fine", "part", "provision", "Banking Supervision Council's actual fine on 2 December"],
    ["bsc_fine_profit_share", "other", None, "the council's fine as share of last year's profit"],
    ["audit_lookback_months", "other", None, "look-back to the internal auditors' warnings (optional)"],
    ["turnover", "other", None, "Halverd's annual turnover last year"],
    ["net_profit", "other", None, "Halverd's net profit last year"],
    ["cost_estimate", "other", None, "analysts' estimates of the breach's total cost (rival and revised)"],
    ["provision", "total", None, "Halverd's provision for the breach (excluding any inspectorate fine)"],
    ["comp_per_customer", "other", None, "compensation per affected customer"],
    ["comp_card_customers", "other", None, "compensation per customer whose card details were taken"],
    ["comp_total", "part", "provision", "total compensation bill"],
    ["league_demand", "other", None, "consumers' league's demanded compensation per customer"],
    ["calls_first_day", "part", "calls_total", "calls to the help line on the first day"],
    ["calls_total", "total", None, "calls to the help line since the disclosure, running"],
    ["calls_normal_day", "other", None, "calls on a normal Monday"],
    ["wait_time", "other", None, "longest waits reported by callers, running"],
    ["wait_avg", "other", None, "average waiting time by 16 November"],
    ["wait_avg_peak", "other", None, "peak average waiting time (9 November)"],
    ["call_staff_added", "count", None, "staff added to the help line in the first week"],
    ["temp_staff", "total", None, "temporary workers hired in Carvethen"],
    ["temp_staff_kept", "part", "temp_staff", "temporary workers kept until March"],
    ["temp_pay", "other", None, "hourly pay of the temporary workers"],
    ["callcentre_staff", "population", None, "staff at the Carvethen call centre"],
    ["callcentre_days", "other", None, "the last ten days (optional window)"],
    ["callcentre_open_days", "other", None, "days a week the centre is open"],
    ["halverd_customers", "population", None, "Halverd's customers"],
    ["halverd_staff", "population", None, "Halverd's employees"],
    ["fraud_customers", "total", None, "customers reporting suspicious payments, running"],
    ["fraud_linked", "part", "fraud_customers", "fraud victims the bank accepts were hit using the stolen data"],
    ["fraud_refunds", "part", "provision", "fraud refunds paid, running"],
    ["fraud_rate_typical", "other", None, "typical share of affected customers who become fraud victims"],
    ["fraud_window_months", "other", None, "window of that typical rate (optional)"],
    ["ceo_pay", "other", None, "chief executive's pay last year"],
    ["ceo_bonus_2049", "other", None, "chief executive's forgone bonus for 2049"],
    ["security_spend", "other", None, "planned security spending"],
    ["security_spend_years", "other", None, "period of the security spending"],
    ["accounts_closed", "count", None, "accounts closed since the breach"],
    ["deposit_outflow", "other", None, "fall in deposits in November"],
    ["deposit_outflow_pct", "other", None, "fall in deposits as a percentage"],
    ["deposits", "population", None, "Halverd's deposits"],
    ["switch_interval", "other", None, "average years between bank switches in Kelvarra"],
    ["value_lost_vs_cost", "other", None, "market value lost against the cost estimate (ratio)"],
    ["telvanta_customers", "count", None, "customers exposed in the Telvanta breach (2046)"],
    ["telvanta_comp", "other", None, "Telvanta's compensation per customer"],
    ["telvanta_churn", "other", None, "share of Telvanta customers who left within a year"],
    ["orlanne_records", "count", None, "records lost by Orlanne Insurance (2047)"],
    ["orlanne_fine", "other", None, "Orlanne Insurance's fine"],
    ["rovna_customers", "count", None, "customers exposed at Rovna Pošta (2045)"],
    ["rovna_fine", "other", None, "Rovna Pošta's fine"],
    ["orm_customers", "population", None, "Halverd Ormessa's customers"],
    ["orm_branches", "population", None, "Halverd Ormessa's branches"],
    ["orm_complaints", "count", None, "complaints to Ormessa's consumer office"],
    ["orm_callcentre_staff", "population", None, "staff of the Ormessan call centre"],
    ["orm_callcentre_added", "count", None, "workers added to the Ormessan call centre"],
    ["orm_calls", "count", None, "calls to the Ormessan call centre since 8 November"],
    ["orm_profit", "other", None, "Halverd Ormessa's profit last year"],
    ["orm_profit_share", "other", None, "Halverd Ormessa's share of group profit"],
    ["age_delane", "other", None, "age of Marta Delane (optional)"],
    ["delane_loss", "other", None, "money taken from Delane's account"],
    ["delane_transactions", "count", None, "fraudulent payments from Delane's account"],
    ["delane_wait", "other", None, "Delane's time on hold"],
    ["branch_queue", "count", None, "customers queueing at the Korne Square branch on 9 November"],
    ["age_hosk", "other", None, "age of Albin Hosk (optional)"],
    ["hosk_wait", "other", None, "Hosk's wait at the branch"],
    ["adviser_children", "population", None, "the adviser's children"],
    ["adviser_service_years", "other", None, "the adviser's years at the centre (optional)"],
    ["carvethen_branches", "population", None, "Halverd branches in the Carvethen district"],
    ["carvethen_branches_closed", "count", None, "Carvethen branches closed last year"],
    ["cafe_sales_ratio", "other", None, "café's sandwich sales against usual"],
    ["cafe_new_staff", "count", None, "staff the café took on"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
