#!/usr/bin/env python3
"""Hand-kept table of quantities for event 2; writes meta.json beside it."""
import json
import os

FOLDER = "corvex_exchange_hack"
EVENT = ("Theft from the hot wallets of the Corvex cryptocurrency exchange (Port Averin, Cantrelle) between "
         "02:11 and 02:53 on Tuesday 14 October 2036: the amount stolen (Corvex $412m -> $478m; Ledgerhound "
         "at least $455m -> $478m), the ether, stablecoins and tokens taken, customers affected (310,000 -> "
         "340,000), the 73-hour withdrawal freeze, falls in the CVX token and Corvex Group shares, funds frozen "
         "and recovered, reserves and the recovery fund, the September 2035 hack and its fine, and the "
         "regulator's maximum fine, reported 14-21 October 2036 (fictional)")
NOTES = (
    "Dates, clock times (02:11, 03:20, 04:20), years (2029, 2035) and 'Harbour Street' are not figures; "
    "ordinals ('the second time', 'a second wallet', 'the SECOND time', 'the third largest', "
    "'second-largest') are not figures. The amount stolen is one quantity across sources and revisions: "
    "Corvex's 'about $412 million' (= 379 million euros), Ledgerhound's 'at least $455 million', the revised "
    "$478m (= around 440 million euros) that Corvex accepted on Friday; the expert's rhetorical 'half a billion "
    "dollars' is optional. The ether taken (118,400 ether, 'worth about $343m at Tuesday's prices') is one "
    "quantity in two units and a part of the amount stolen, like the stablecoins ($96m) and the smaller "
    "tokens ($39m); the ether passed through the Fogbank mixer (22,000 -> about 31,000) is a running part of "
    "the ether. The gap between the two first estimates ('more than $40million') is its own quantity. "
    "Customers affected (about 310,000 accounts; 'MORE THAN 300,000'; revised to 340,000) is one quantity; "
    "the Hesselish (about 4,300) and Port Averin (roughly 3,900) customers hit and the 212,000 accounts "
    "reimbursed by Monday are parts of it; registered users (4.2 million), the 58,000 Hesselish customers and "
    "the 41,000 Port Averin accounts are populations. Staff (1,850; about 600 in Port Averin; 120 at Corvex "
    "Nord) are populations. Funds frozen (total $43m -> $57m) is one running quantity with Tessellate's $31m "
    "and the other exchanges' $12m as parts; the $9m returned by a bridge operator is a separate part of the "
    "amount stolen. Laundering addresses (more than 800 -> 1,500 -> 2,300 -> some 3,100) are one running count. "
    "The freeze is one duration: 73 hours = 'more than three days'. Prices and values at a named moment are "
    "separate quantities (CVX at $4.10 before, $2.54 at Tuesday's close, $2.21 on Wednesday; the pension "
    "fund's stake at $3.2m on Monday and about $2.3m on Friday; reserves of $3.1bn before and about $2.6bn "
    "after reimbursement), and so are falls over different windows (CVX 38 per cent on Tuesday, 46 per cent in "
    "two days, 52 per cent in a week; Corvex Group 21 per cent on Tuesday, 6,5 procent on Wednesday, 31 per "
    "cent over the week). The September 2035 hack ($27m = 24,8 million euros; about 14,000 customers; the "
    "$4.5m fine; settled in six weeks) has its own quantities. The regulator's maximum fine rate (up to 5 per "
    "cent) and the amount it implies (as much as / about $65m) are different quantities (a share vs an amount). "
    "The 10 per cent bounty and its amount (up to $41MILLION) are likewise separate. Ages, look-backs ('just "
    "over a year', 'barely a year', 'A week on'), the windows 'in two days', 'in a week' and 'in a single day', 'one laptop or one person' in a "
    "hypothetical, 'more than NINE TENTHS' and 'two-thirds' are optional."
)
Q = [
    ["stolen_value", "total", None, "value of the assets stolen (estimates by Corvex and Ledgerhound, revised; dollars / euros)"],
    ["ether_stolen", "part", "stolen_value", "ether stolen (in ether, and its dollar value)"],
    ["ether_mixed", "part", "ether_stolen", "stolen ether passed through the Fogbank mixer (running)"],
    ["stablecoins_stolen", "part", "stolen_value", "stablecoins stolen"],
    ["other_tokens_stolen", "part", "stolen_value", "smaller tokens stolen"],
    ["frozen_total", "part", "stolen_value", "stolen funds frozen by issuers and exchanges (running)"],
    ["frozen_tessellate", "part", "frozen_total", "stolen stablecoins frozen by Tessellate"],
    ["frozen_exchanges", "part", "frozen_total", "stolen funds frozen by other exchanges"],
    ["recovered", "part", "stolen_value", "stolen funds returned by a bridge operator"],
    ["frozen_share", "other", None, "frozen funds as a share of the loot (Thursday)"],
    ["recoverable_share", "other", None, "frozen plus returned funds as a share of the loot"],
    ["unfrozen_share", "other", None, "share of the haul not frozen (optional vague share)"],
    ["stolen_gap", "other", None, "gap between Ledgerhound's and Corvex's first estimates"],
    ["drain_duration", "other", None, "time the attacker took to empty the wallets"],
    ["detection_delay", "other", None, "time from first suspicious transfer to halting withdrawals"],
    ["freeze_duration", "other", None, "length of the withdrawal freeze until cash withdrawals resumed"],
    ["customers_affected", "total", None, "customers/accounts with balances in the drained wallets (revised)"],
    ["hesselish_affected", "part", "customers_affected", "Hesselish customers with balances in the drained wallets"],
    ["averin_affected", "part", "customers_affected", "Port Averin accounts hit"],
    ["accounts_reimbursed", "part", "customers_affected", "accounts credited from the recovery fund by Monday evening"],
    ["registered_users", "population", None, "Corvex's registered users"],
    ["hesselish_customers", "population", None, "Corvex customers in Hesselmark"],
    ["averin_accounts", "population", None, "Corvex accounts of Port Averin customers"],
    ["corvex_staff", "population", None, "Corvex's employees"],
    ["averin_staff", "population", None, "Corvex employees in Port Averin"],
    ["corvex_nord_staff", "population", None, "employees of Corvex Nord in Hesselstad"],
    ["key_holders", "population", None, "engineers whose keys could sign hot-wallet transactions"],
    ["keys_compromised", "count", None, "key holders compromised by the attacker"],
    ["keys_required", "other", None, "signatures required for a hot-wallet transaction"],
    ["cold_share", "other", None, "share of customer assets held offline"],
    ["hot_share", "other", None, "share of customer assets held in hot wallets"],
    ["cold_storage_demand", "other", None, "minimum offline share demanded by a Hesselish politician"],
    ["hot_wallet_value", "other", None, "value normally held in hot wallets"],
    ["daily_outflow", "other", None, "typical daily pay-outs"],
    ["hot_cut_share", "other", None, "planned cut in hot-wallet balances (optional vague share)"],
    ["reserves", "other", None, "Corvex's reserves before the theft"],
    ["reserves_after", "other", None, "Corvex's reserves after paying customers back"],
    ["recovery_fund", "other", None, "Customer Recovery Fund"],
    ["reimbursement_deadline", "other", None, "time within which balances are to be restored"],
    ["withdrawals_monday", "other", None, "customer withdrawals on Monday 20 October"],
    ["run_days", "other", None, "days of withdrawals at Monday's pace that would eat the cushion"],
    ["pending_withdrawals", "count", None, "withdrawal requests pending at the freeze"],
    ["pending_withdrawals_value", "other", None, "value of the withdrawal requests pending at the freeze"],
    ["daily_limit", "other", None, "daily cash withdrawal limit after reopening"],
    ["cvx_price_before", "other", None, "CVX token price before the hack"],
    ["cvx_price_close", "other", None, "CVX token price at Tuesday's close"],
    ["cvx_price_wed", "other", None, "CVX token price on Wednesday evening"],
    ["cvx_fall_day", "other", None, "CVX token fall on Tuesday"],
    ["cvx_fall_two_days", "other", None, "CVX token fall since the hack, as of Wednesday"],
    ["cvx_fall_week", "other", None, "CVX token fall over the week"],
    ["corvex_group_fall_day", "other", None, "Corvex Group share fall on Tuesday"],
    ["corvex_group_fall_wed", "other", None, "Corvex Group share fall on Wednesday"],
    ["corvex_group_fall_week", "other", None, "Corvex Group share fall over the week"],
    ["corvex_group_value_lost", "other", None, "market value lost by Corvex Group over the week"],
    ["share_suspension", "other", None, "length of the suspension of Corvex Group shares"],
    ["ether_fall_day", "other", None, "fall in the price of ether on the day of the hack"],
    ["bitcoin_fall", "other", None, "fall in the price of bitcoin since Tuesday"],
    ["laundering_wallets", "count", None, "addresses the stolen funds were spread across (running)"],
    ["bounty_rate", "other", None, "bounty offered to the attacker as a share of funds returned"],
    ["bounty_max", "other", None, "maximum bounty in dollars"],
    ["max_fine_rate", "other", None, "maximum fine as a share of annual turnover"],
    ["max_fine", "other", None, "maximum fine in dollars on last year's revenue"],
    ["corvex_revenue", "other", None, "Corvex's revenue last year"],
    ["stolen_2035", "other", None, "amount stolen in the September 2035 hack"],
    ["customers_2035", "count", None, "customers affected by the September 2035 hack"],
    ["fine_2035", "other", None, "fine for the September 2035 hack"],
    ["reimbursement_2035", "other", None, "time taken to settle the September 2035 hack"],
    ["size_multiple", "other", None, "this hack as a multiple of the 2035 hack"],
    ["industry_hacks_2036", "other", None, "amount stolen from exchanges and protocols so far in 2036"],
    ["detectives", "count", None, "detectives on the case"],
    ["police_countries", "count", None, "other countries whose police are involved"],
    ["claimant_group", "count", None, "customers in a lawyers' claimant group"],
    ["consumer_enquiries", "count", None, "enquiries to the Hesselstad consumer association"],
    ["advice_centre_visitors", "count", None, "people seen by the Port Averin Savers' Advice Centre"],
    ["recovery_scams", "count", None, "recovery scams seen by the advice centre this week"],
    ["aalbers_balance", "other", None, "Hendrik Aalbers's balance on the exchange"],
    ["aalbers_withdrawn", "other", None, "amount Aalbers withdrew on Friday"],
    ["aalbers_remaining", "other", None, "last amount Aalbers plans to withdraw"],
    ["friday_queue", "count", None, "people queuing outside the headquarters on Friday"],
    ["lindqvist_children", "population", None, "Ossie Lindqvist's children"],
    ["lindqvist_savings", "other", None, "Lindqvist's savings on the exchange"],
    ["staff_shift_length", "other", None, "length of staff shifts this week"],
    ["expansion_jobs", "count", None, "jobs in the paused Braddock warehouse expansion"],
    ["expansion_period", "other", None, "period over which the expansion jobs would come"],
    ["pension_stake_before", "other", None, "Port Averin pension fund's Corvex Group stake at Monday's close"],
    ["pension_stake_now", "other", None, "the stake's value on Friday"],
    ["pension_stake_loss", "other", None, "paper loss on the stake"],
    ["pension_stake_fall", "other", None, "percentage fall of the stake"],
    ["keys_one", "other", None, "one laptop, in a hypothetical (optional)"],
    ["keys_one_person", "other", None, "one person, in a hypothetical (optional)"],
    ["window_two_days", "other", None, "two-day window (optional)"],
    ["lookback_year", "other", None, "look-back of about a year (optional)"],
    ["lookback_week", "other", None, "look-back 'A week on' (optional)"],
    ["window_week", "other", None, "window 'in a week' (optional)"],
    ["window_day", "other", None, "window 'in a single day' (optional)"],
    ["age_lindqvist", "other", None, "age (optional)"],
    ["age_aalbers", "other", None, "age (optional)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
