#!/usr/bin/env python3
"""Hand-kept quantity table of event 2; writes meta.json beside it."""
import json
import os

FOLDER = "caspen_bank_run"
EVENT = ("Run on Caspen Regional Bank in Pellonia (fictional), from its disclosure of bond losses on Wednesday 9 May "
         "2057 to its sale to Pellonian Union Bank with a state guarantee on Sunday 13 May 2057: withdrawals, the "
         "share price, the rescue's price and cost, jobs and branches; reported 11 May - 14 June 2057")
NOTES = (
    "The withdrawals since the Wednesday evening are one running quantity, with the bank's counts (5.1 -> 6.3 "
    "billion scudi), the euro conversion (about 1.6 billion euros), Corvo Securities' rival estimate (closer to 7 "
    "billion) and the central bank review's revision (6.8 billion); their share of the deposits held before the run "
    "(about 16 per cent -> about a fifth -> almost 22 per cent) is one quantity too, of another base. Thursday's "
    "withdrawals, the Teravian customers' withdrawals and the transfers booked late are parts of the running "
    "total. The bond losses (the bank's 1.9 billion, Corvo's about 2.3, the review's 2.6) and the capital ratio "
    "with the losses booked (Corvo's about 3.5 per cent, the review's about 1.5) are one estimate each; the capital "
    "ratio the bank reported (9.1 per cent) is its own quantity. The job cuts are one quantity with the buyer's "
    "'about 900', the staff federation's 'up to 1,400' and the confirmed 1,050, and the head-office cuts (the "
    "federation's 'as many as 600', then about 430) are a part of them; the branches to close (about 60 -> 58) are "
    "one quantity, with Dunmere's five as a part; the four Teravian closures are separate, since the translated copy "
    "says the 60 are in Pellonia. The cost to the taxpayer (the Fiscal Council's 'up to 1.2 billion', the review's "
    "about 900 million) is one estimate; the state guarantee's ceiling of 4.5 billion is a rule ('up to' kept "
    "outside the quote, bound '='), as are the deposit guarantee of 100,000 scudi (and the Teravian 100,000 euros) "
    "and the 20,000 scudi transfer limit. The rescue price (290 million scudi, about 72.5 million euros) and the "
    "price per share are different quantities (total and per unit). Day falls of the share price (27 and 44 per "
    "cent) and the week's fall (71 per cent) and the loss at the offer price (almost 90 per cent) are separate. The "
    "'five days' of the run is the same duration whether written 'five days' or 'five-day'. Ages and a pensioner's "
    "and a council's years of saving are optional.")

Q = [
    ("withdrawals", "total", None, "money withdrawn from Caspen since the Wednesday evening (running count, revised; scudi and euros; rival estimate)"),
    ("withdrawals_thu", "part", "withdrawals", "money withdrawn on Thursday 10 May alone"),
    ("tv_withdrawals", "part", "withdrawals", "money withdrawn by Teravian customers, Wednesday to Friday"),
    ("late_transfers", "part", "withdrawals", "Friday-night transfers booked the following week"),
    ("withdrawn_share", "other", None, "share of the pre-run deposits withdrawn (running)"),
    ("tv_withdrawn_share", "other", None, "share of Teravian deposits withdrawn"),
    ("deposits_before", "population", None, "Caspen's deposits at the end of March"),
    ("tv_deposits", "population", None, "deposits at Caspen's Teravian branches"),
    ("run_days", "other", None, "length of the run (Wednesday to Sunday)"),
    ("run_ratio", "other", None, "the run's outflow as a multiple of Hollin Mutual's"),
    ("online_share", "other", None, "share of the outflow that left online"),
    ("ela", "other", None, "emergency loan from the Bank of Pellonia (scudi and euros)"),
    ("share_price_tue", "other", None, "share price at Tuesday's close before the run"),
    ("share_price_fri", "other", None, "share price when trading was suspended on Friday"),
    ("share_fall_wed", "other", None, "fall in the share price on Wednesday"),
    ("share_fall_thu", "other", None, "fall in the share price on Thursday"),
    ("share_fall_week", "other", None, "fall in the share price from Tuesday's close to Friday's suspension"),
    ("share_loss_offer", "other", None, "loss for shareholders at the offer price against Tuesday's close"),
    ("market_value", "other", None, "stock-market value a week before the run"),
    ("price_total", "other", None, "price Union Bank pays for Caspen (scudi and euros)"),
    ("price_per_share", "other", None, "price per share Union Bank pays"),
    ("bond_loss", "other", None, "unrealised losses on the bond portfolio (bank, Corvo, central bank review)"),
    ("bond_portfolio", "other", None, "size of the bond portfolio"),
    ("bonds_share", "other", None, "bonds' share of Caspen's assets"),
    ("bonds_share_avg", "other", None, "bonds' average share of Pellonian banks' assets"),
    ("capital_ratio", "other", None, "capital ratio Caspen reported at the end of March"),
    ("capital_ratio_booked", "other", None, "capital ratio with the bond losses booked (Corvo's and the review's estimates)"),
    ("capital_min", "other", None, "regulatory minimum capital ratio (rule)"),
    ("app_down", "other", None, "hours the app was down on Thursday"),
    ("calls", "count", None, "calls to the hotline on Thursday"),
    ("queue_hq", "count", None, "people queuing outside the Dunmere head office on Thursday morning"),
    ("guarantee_limit", "other", None, "Pellonian deposit guarantee per depositor (rule)"),
    ("tv_guarantee", "other", None, "Teravian deposit guarantee per depositor (rule)"),
    ("insured_depositors_share", "other", None, "share of Caspen's depositors below the guarantee limit"),
    ("insured_depositors", "population", None, "depositors below the guarantee limit"),
    ("uninsured_deposits_share", "other", None, "share of deposits by value above the guarantee limit"),
    ("guarantee_fund", "other", None, "size of the deposit guarantee fund"),
    ("branches", "population", None, "Caspen's branches"),
    ("region_branches", "population", None, "Caspen's branches in the Caspen region"),
    ("dunmere_branches", "population", None, "Caspen's branches in Dunmere"),
    ("tv_branches", "population", None, "Caspen's branches in Teravia"),
    ("branches_close", "total", None, "Caspen branches in Pellonia to close (about 60, confirmed 58)"),
    ("dunmere_branches_close", "part", "branches_close", "Dunmere branches to close"),
    ("tv_branches_close", "count", None, "Teravian branches to close"),
    ("branch_distance", "other", None, "distance to another branch below which a Teravian branch closes (rule)"),
    ("staff", "population", None, "Caspen's employees"),
    ("hq_staff", "population", None, "employees at the Dunmere head office"),
    ("dunmere_branch_staff", "population", None, "employees in Dunmere's branches"),
    ("tv_staff", "population", None, "Caspen's employees in Teravia"),
    ("jobs_cut", "total", None, "Caspen jobs to be cut (buyer's, staff federation's and confirmed figures)"),
    ("hq_jobs_cut", "part", "jobs_cut", "head-office jobs to be cut (federation's fear, then the buyer's figure)"),
    ("cuts_period", "other", None, "period over which the jobs go"),
    ("customers", "population", None, "Caspen's customers"),
    ("tv_customers", "population", None, "Caspen's Teravian customers"),
    ("rate_before", "other", None, "central bank's main rate before the rises"),
    ("rate_after", "other", None, "central bank's main rate after the rises"),
    ("rate_period", "other", None, "period of the rate rises"),
    ("hollin_cost", "other", None, "cost to taxpayers of Hollin Mutual's failure in 2041"),
    ("hollin_withdrawals", "other", None, "withdrawals from Hollin Mutual before its takeover"),
    ("hollin_weeks", "other", None, "period of Hollin Mutual's withdrawals"),
    ("transfer_limit", "other", None, "daily limit on online transfers per customer (rule)"),
    ("state_guarantee", "other", None, "state guarantee of bond losses (ceiling; scudi and euros)"),
    ("taxpayer_cost", "other", None, "expected cost of the rescue to the taxpayer (Fiscal Council's and the review's estimates)"),
    ("junior_bonds", "other", None, "junior bonds written off"),
    ("small_shareholders", "population", None, "Caspen's small shareholders"),
    ("class_action", "count", None, "small shareholders in the lawsuit"),
    ("ceo_pay", "other", None, "the chief executive's pay last year"),
    ("ceo_bonus", "other", None, "the chief executive's bonus last year"),
    ("fx_rate", "other", None, "exchange rate, scudi per euro"),
    ("olsen_queue", "other", None, "hours a pensioner queued"),
    ("olsen_savings", "other", None, "a pensioner's savings withdrawn"),
    ("olsen_years", "other", None, "years a pensioner saved"),
    ("age_olsen", "other", None, "a pensioner's age"),
    ("age_joanna", "other", None, "a cashier's age"),
    ("age_ferro", "other", None, "a customer's age"),
    ("shift_hours", "other", None, "length of cashiers' days during the run"),
    ("migration_months", "other", None, "time to move Caspen accounts to Union Bank"),
    ("bank_index", "other", None, "fall in the exchange's banking index on Friday 11 May"),
    ("tv_queue", "count", None, "people queuing at the Korlen branch on Thursday"),
    ("tv_extra_hours", "other", None, "extra hours the Korlen branch stayed open on Thursday"),
    ("tv_inspectors", "count", None, "Teravian inspectors sent to Caspen's Teravian office"),
    ("tv_customer_withdrawal", "other", None, "a Teravian customer's withdrawal"),
    ("lenz_cost", "other", None, "cost to the Teravian state of Banca Lenz's failure in 2049"),
    ("lenz_customers", "other", None, "Banca Lenz customers who waited for their money"),
    ("lenz_wait", "other", None, "how long Banca Lenz customers waited"),
    ("tv_bank_shares", "other", None, "fall in Teravian bank shares on Monday"),
    ("council_deposit", "other", None, "Dunmere council's deposits at Caspen"),
    ("council_budget", "other", None, "Dunmere council's budget for the year"),
    ("council_years", "other", None, "years the council has banked with Caspen"),
    ("council_banks", "other", None, "banks the council will spread its money across (at least)"),
    ("region_unemployment", "other", None, "unemployment rate in the Caspen region"),
    ("national_unemployment", "other", None, "national unemployment rate"),
    ("region_deposits_share", "other", None, "share of Caspen's deposits from the Caspen region"),
    ("ashby_staff", "population", None, "a baker's staff"),
    ("ashby_queue", "other", None, "hours a baker queued"),
    ("ashby_withdrawal", "other", None, "a baker's withdrawal"),
    ("sponsorship", "other", None, "Caspen's yearly sponsorship of Dunmere Rovers"),
    ("foundation_grants", "other", None, "Caspen Foundation's grants last year"),
    ("dunmere_pop", "population", None, "Dunmere's population"),
    ("supervisors", "other", None, "central bank staff supervising Caspen"),
    ("large_banks", "population", None, "the country's largest lenders to get larger supervision teams"),
    ("pub_share", "other", None, "Union Bank's share of Pellonian deposits after the takeover"),
    ("pub_share_before", "other", None, "Union Bank's share of Pellonian deposits before the takeover"),
    ("inquiry_members", "other", None, "members of the parliamentary inquiry"),
    ("inquiry_months", "other", None, "time the inquiry has to report"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
