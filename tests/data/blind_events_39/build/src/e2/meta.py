#!/usr/bin/env python3
"""Hand-kept table of the quantities of the Korvald Bank results event; writes meta.json beside it."""
import json
import os

FOLDER = "korvald_bank_results"
EVENT = ("Third-quarter results of Korvald Bank, Vessenland (fictional), published in Ostreby on Thursday 22 October "
         "2054, with a plan to cut 3,200 jobs and close 140 branches, raised to 3,650 jobs on 19 November after "
         "talks with the union: profit, income, provisions, capital, dividend and share price, the job cuts in the "
         "home market, at the Pellanor subsidiary and at the Tillby operations centre, branch closures, costs and "
         "savings (crowns and euros), and the earlier plan of 2050; reported 22 October - 26 November 2054")
NOTES = (
    "The job cuts are one quantity through the first plan (3,200), the union's rival estimates ('closer to 4,500', "
    "'about 5,000') and the enlarged plan (3,650): all estimate how many jobs the plan will remove. The same holds "
    "for the home-market cuts (2,100 -> 2,550), the Pellanor cuts (650, with the Pellanese union's about 800), the "
    "Tillby cuts (420 -> 380), the restructuring charge (950 million -> 1.1 billion crowns, with euro conversions) "
    "and the yearly savings (1.4 -> 1.6 billion crowns). The share of staff cut is one quantity in per cent (about 14 "
    "-> almost 16) and in the tabloid's 'about one in seven' (value 7, as 'one X for every N Y'); likewise the "
    "Pellanor branches closing 'one branch in three' / 'about one in three'. The results-day close (46.30 crowns), "
    "quoted in the wire, the translated copy and the broadsheet, is kept apart from the running latest price (47.05 "
    "on Friday, 47.60 on Tuesday, 49.80 a month later), and both apart from the close before the results (52.14). The "
    "tabloid's dividend of '80 ore' is the 0.80-crown dividend written in the sub-unit (value 80 as printed). The "
    "quarterly profit is one quantity in crowns and in euros (412 million crowns, about 46 million euros). The "
    "union's 'closer to 4,500' is read, as the wire and tabloid print it, as an estimate of the same job losses, not "
    "as a different scope. Hedged fraction words ('more than a third' of branches, 'about half' of the Tillby cuts, "
    "'fewer than half', 'Half my customers') are vague shares, optional with nominal values; exact fractions that state "
    "a computed share ('a third' of the dividend, 'a fifth' of the home cuts) are scored. Ceilings written 'up to' "
    "(severance of up to 24 months' pay, a bonus worth up to 3.2 million crowns) keep '='. The 2050 plan, the "
    "Banca Serrano purchase of 2046, the sector's 2044 figures and Sunmark Savings' cuts are their own quantities.")
Q = [
    ["job_cuts", "total", None, "jobs Korvald's plan will cut across the group (first plan, enlarged plan, union estimates)"],
    ["job_cuts_home", "part", "job_cuts", "jobs cut in Vessenland (first and enlarged plan)"],
    ["it_outsourcing_cuts", "part", "job_cuts_home", "IT jobs added to the cuts by outsourcing"],
    ["tillby_cuts", "part", "job_cuts_home", "jobs cut at the Tillby operations centre (first and revised)"],
    ["job_cuts_abroad", "part", "job_cuts", "jobs cut outside Vessenland"],
    ["pellanor_cuts", "part", "job_cuts_abroad", "jobs cut at Korvald Pellanor (bank's figure and Pellanese union's estimate)"],
    ["job_cuts_share", "other", None, "job cuts as a share of group staff (per cent or 'one in seven')"],
    ["staff", "population", None, "Korvald group employees"],
    ["plan_years", "other", None, "length of the cost-cutting plan"],
    ["lookback_years", "other", None, "years since the previous plan (optional look-back)"],
    ["lookback_weeks", "other", None, "weeks since the announcement (optional look-back)"],
    ["quarter_length", "other", None, "length of the reporting quarter (optional)"],
    ["branches_close", "total", None, "Korvald branches to close in Vessenland"],
    ["tillby_branches_close", "part", "branches_close", "Korvald branches to close in Tillby"],
    ["branches", "population", None, "Korvald branches in Vessenland"],
    ["branches_share", "other", None, "share of home branches closing (vague, optional)"],
    ["q3_profit", "other", None, "Korvald net profit in the third quarter of 2054 (crowns and euros)"],
    ["q3_profit_prev", "other", None, "net profit in the third quarter of 2053"],
    ["q3_profit_change", "other", None, "fall in third-quarter net profit, per cent"],
    ["profit_forecast", "other", None, "analysts' average expectation for third-quarter profit"],
    ["revenue", "other", None, "operating income in the third quarter"],
    ["revenue_change", "other", None, "fall in operating income, per cent"],
    ["nii", "other", None, "net interest income in the third quarter"],
    ["nii_change", "other", None, "fall in net interest income, per cent"],
    ["rate_cuts", "count", None, "central bank rate cuts this year"],
    ["provisions", "total", None, "provisions for bad loans in the third quarter"],
    ["provisions_property", "part", "provisions", "provisions against commercial property loans"],
    ["provisions_prev", "other", None, "provisions a year earlier"],
    ["provisions_multiple", "other", None, "multiple by which provisions rose"],
    ["property_loans", "other", None, "Korvald's lending to commercial property"],
    ["property_share", "other", None, "commercial property as a share of the loan book"],
    ["loan_book", "other", None, "Korvald's total loan book"],
    ["savings", "other", None, "yearly savings expected by 2057 (first and raised)"],
    ["cost_income", "other", None, "cost-to-income ratio now"],
    ["cost_income_target", "other", None, "target cost-to-income ratio"],
    ["restructuring_charge", "other", None, "restructuring charge for the plan (first and raised; crowns and euros)"],
    ["charge_period", "other", None, "period over which the charge is booked"],
    ["cost_per_job", "other", None, "restructuring cost per job cut"],
    ["payback_months", "other", None, "time for the savings to repay the charge"],
    ["cet1", "other", None, "core capital ratio at end-September"],
    ["cet1_prev", "other", None, "core capital ratio at end-June"],
    ["cet1_min", "other", None, "regulatory minimum capital ratio"],
    ["cet1_buffer", "other", None, "margin of the capital ratio above the minimum"],
    ["dividend", "other", None, "interim dividend per share (crowns or ore)"],
    ["dividend_prev", "other", None, "previous interim dividend per share"],
    ["dividend_cut_share", "other", None, "size of the dividend cut as a share"],
    ["dividend_frequency", "other", None, "dividend payments per year"],
    ["buyback", "other", None, "suspended share buyback"],
    ["share_fall_day", "other", None, "fall in Korvald shares on results day"],
    ["share_close_day", "other", None, "Korvald closing share price on results day, 22 October"],
    ["share_price", "other", None, "Korvald's latest share price after results day (running)"],
    ["share_price_pre", "other", None, "closing share price on the eve of the results"],
    ["share_recovery", "other", None, "rise of the share price from the results-day close to 24 November"],
    ["share_gap_pre", "other", None, "gap of the share price on 24 November below the pre-results close"],
    ["value_lost", "other", None, "market value lost on results day"],
    ["index_fall", "other", None, "fall of the main index on results day"],
    ["union_members", "population", None, "Finance Workers' Union members at Korvald"],
    ["cuts_2050", "other", None, "jobs cut in Korvald's 2050 plan"],
    ["branches_2050", "other", None, "branches closed in the 2050 plan"],
    ["ceo_pay", "other", None, "chief executive's pay last year (crowns and euros)"],
    ["ceo_bonus", "other", None, "bonus the chief executive waived (ceiling)"],
    ["cashier_years", "other", None, "years of a cashier's wages equal to the chief executive's pay"],
    ["haldby_pop", "population", None, "residents of Haldby"],
    ["haldby_distance", "other", None, "round trip from Haldby to the nearest bank"],
    ["age_moe", "other", None, "age of a cashier (optional)"],
    ["moe_years", "other", None, "a cashier's years at the branch (optional)"],
    ["moe_customers_share", "other", None, "share of a cashier's customers over 75 (vague, optional)"],
    ["age_75", "other", None, "age limit 75 (optional)"],
    ["age_lund", "other", None, "age of a pensioner (optional)"],
    ["age_mother", "other", None, "age of a baker's mother (optional)"],
    ["branches_closed_since_2044", "other", None, "branches Korvald closed in the ten years before the plan"],
    ["period_years", "other", None, "period of the earlier closures (optional)"],
    ["app_share", "other", None, "share of customer dealings online or by phone"],
    ["pellanor_staff", "population", None, "Korvald Pellanor employees"],
    ["pellanor_cuts_share", "other", None, "Pellanor cuts as a share of its staff"],
    ["pellanor_branches", "population", None, "Korvald Pellanor branches"],
    ["pellanor_branches_close", "count", None, "Korvald Pellanor branches to close"],
    ["pellanor_branches_share", "other", None, "Pellanor branches closing, as 'one in three'"],
    ["cassora_staff", "population", None, "staff of the Cassora call centre, which closes"],
    ["towns_last_branch", "count", None, "Pellanese towns where Korvald's branch is the last bank"],
    ["pellanor_profit", "other", None, "Korvald Pellanor's third-quarter profit"],
    ["pellanor_profit_change", "other", None, "fall in Korvald Pellanor's profit"],
    ["pellanor_cet1", "other", None, "Korvald Pellanor's capital ratio"],
    ["pellanor_customers", "population", None, "Korvald Pellanor customers"],
    ["pellanor_deposit_share", "other", None, "Korvald Pellanor's share of Pellanese deposits"],
    ["customers", "population", None, "Korvald customers in Vessenland"],
    ["property_scenario_fall", "other", None, "fall in office values in an analyst's scenario"],
    ["property_scenario_provisions", "other", None, "extra provisions in an analyst's scenario"],
    ["villages_no_bank", "count", None, "villages left without any bank after the closures (union's count)"],
    ["guarantee_2050", "other", None, "state guarantees behind Korvald in 2050"],
    ["fx_rate", "other", None, "crowns per euro"],
    ["strike_hours", "other", None, "length of the Pellanese union's strike"],
    ["serrano_price", "other", None, "price Korvald paid for Banca Serrano in 2046"],
    ["serrano_staff_2046", "other", None, "Banca Serrano employees in 2046"],
    ["serrano_branches_2046", "other", None, "Banca Serrano branches in 2046"],
    ["pellanor_staff_after", "other", None, "Korvald Pellanor staff left after the cuts"],
    ["pellanor_branches_after", "other", None, "Korvald Pellanor branches left after the cuts"],
    ["pellanor_after_ratio", "other", None, "staff and branches left relative to 2046 (vague, optional)"],
    ["pellanor_visits_fall", "other", None, "fall in branch visits in Pellanor since 2049"],
    ["perrone_years", "other", None, "a call-centre worker's years there (optional)"],
    ["outsource_pay_gap", "other", None, "how much less the outside company pays"],
    ["tillby_saved", "count", None, "Tillby jobs saved by the council's offer"],
    ["job_cuts_increase", "other", None, "rise in the group job cuts between the first and enlarged plan"],
    ["tillby_staff", "population", None, "staff of the Tillby operations centre"],
    ["tillby_cuts_share", "other", None, "Tillby cuts as a share of the centre's staff"],
    ["tillby_cuts_first_share", "other", None, "share of the Tillby cuts made next year (vague, optional)"],
    ["tillby_share_of_home", "other", None, "Tillby cuts as a share of the home-market cuts"],
    ["tillby_wages_lost", "other", None, "yearly wages lost to Tillby"],
    ["tillby_pop", "population", None, "residents of Tillby"],
    ["rent_cut_offer", "other", None, "rent cut the council offered"],
    ["rent_cut_years", "other", None, "years of the offered rent cut"],
    ["tillby_branches", "population", None, "Korvald branches in Tillby"],
    ["tillby_atms", "count", None, "cash machines closing in Tillby"],
    ["tillby_atms_total", "population", None, "cash machines left in Tillby"],
    ["bus_minutes", "other", None, "bus journey from Lia to Torget"],
    ["bus_frequency", "other", None, "buses per hour"],
    ["tillby_union_members", "population", None, "union members at the Tillby centre"],
    ["tillby_cuts_2050", "other", None, "jobs the Tillby centre lost in 2050"],
    ["tillby_staff_1998", "other", None, "staff of the Tillby centre when it opened in 1998"],
    ["vr_weeks", "other", None, "period of the first voluntary redundancy applications"],
    ["vr_applications", "count", None, "employees applying for voluntary redundancy"],
    ["severance_max", "other", None, "maximum severance (rule)"],
    ["severance_avg", "other", None, "average severance expected"],
    ["sector_jobs_2044", "other", None, "bank employment in Vessenland in 2044"],
    ["sector_jobs", "population", None, "bank employment in Vessenland now"],
    ["sector_jobs_fall", "other", None, "fall in bank employment since 2044"],
    ["sector_branches_2044", "other", None, "bank branches in Vessenland in 2044"],
    ["sector_branches", "population", None, "bank branches in Vessenland now"],
    ["branch_visits_fall", "other", None, "fall in visits to Korvald's Vessen branches since 2049"],
    ["sunmark_cuts", "other", None, "jobs cut by Sunmark Savings in March"],
]
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
