#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 3 (the zoren devaluation); writes meta.json beside it."""
import json
import os

FOLDER = "kesmaria_zoren_devaluation"
EVENT = ("Devaluation of the Kesmarian zoren (fictional) by 20 per cent, announced by the National Bank of Kesmaria on "
         "the night of Sunday 14 April 2058 and in force from Monday 15 April: the peg moved from 4.00 to 5.00 zorens "
         "to the euro (a euro 25 per cent dearer) with a band of 2.5 per cent, the policy rate raised from 11 to 15 and "
         "then 16.5 per cent, reserves, the street rate before and after, inflation (actual and rival forecasts), "
         "prices of petrol, bread and other goods, euro mortgages, wages and pensions, exports, Hallarian shoppers at "
         "the Sarnow border crossing, the Continental Stabilisation Fund's loan, public debt, and the devaluation of "
         "2044; reported 15 April - 14 June 2058")
NOTES = (
    "Two shares measure the devaluation and are kept apart because their bases differ: the zoren's fall against the "
    "euro (20 per cent; 'a fifth', 'a FIFTH') and the euro's rise against the zoren (25 per cent; the euro 'buys about "
    "25 % more', the company 'gets 25 per cent more zorens for every euro'). The rise of euro-mortgage payments in "
    "zorens ('a quarter', '25 %') is a third quantity with the same value: it measures payments, not the currency. "
    "Equal values kept apart also: the 46 billion euros of foreign-currency debt and the 46 billion zorens by which "
    "its zoren value rose; Sarnow's repayments of 1.7 million euros and the 1.7 million zorens they now cost extra; "
    "the 310 million euros sold on the first day and the 310,000 euro-mortgage households. Before and after values "
    "are separate quantities (the peg 4.00 and 5.00; the policy rate 11 before and 15 -> 16.5 after, with the rise of "
    "four points to 15 and 5.5 points to 16.5 kept apart; the street rate of about 5.40 before the devaluation, the "
    "5.60 on the night of it and the latest street rate about 5.30 -> about 5.15; the street gap 35 per cent before and "
    "1.4 per cent now; petrol 7.20 before and the latest price 8.40 -> 8.55 -> 8.70, with '1,68 euros' the same latest "
    "price converted; bread 3.10 and 3.40 -> 3.60; the minimum wage's euro value 650 and 520). Running values are one "
    "quantity: the reserves (9.4 -> 11.2 billion euros; the 18.6 billion at the start of 2057 is another moment), the "
    "zoren's market rate (5.06 -> 5.08), the Sarnow border traffic (about 14,000 -> 16,200 -> about 16,000 -> about "
    "11,000 cars a day; about 9,000 before kept apart), and the Fund loan (about 7.5 billion discussed -> 7.2 billion "
    "agreed). The forecasts of inflation at the end of 2058 are one quantity with rival estimates and a revision (the "
    "central bank's about 13 -> 15, the Fund's about 17, private economists' closer to 20 per cent); actual inflation "
    "in March (7.9), April (10.4) and May (12.8) are three quantities, and May's month-on-month 1.9 another. A change "
    "written 'from 20 to 22 per cent' (VAT) is two figures; 'from 10 to 15 %' and '8 to 12 %' written as ranges are "
    "one range figure each. The rule 'no more than 5,000 euros' a month keeps '=' with its words inside the quote, "
    "like 'up to 430 euros' duty-free. 'more than three months behind' is a threshold with its 'more than' outside. "
    "Ages, a family of four in a worked example, the mayor's 'twice that' and the look-backs are optional.")

Q = [
    ("zoren_fall", "other", None, "fall of the zoren against the euro (20 per cent, a fifth)"),
    ("euro_rise", "other", None, "rise of the euro against the zoren (25 per cent)"),
    ("mortgage_rise", "other", None, "rise of euro-mortgage payments in zorens (a quarter, 25 per cent)"),
    ("peg_new", "other", None, "new central rate (5.00 zorens to the euro)"),
    ("peg_old", "other", None, "old peg (4.00 zorens to the euro)"),
    ("peg_years", "other", None, "age of the old peg (14 years)"),
    ("band", "other", None, "band around the new rate (2.5 per cent either side)"),
    ("market_rate", "other", None, "zoren's market rate, latest (5.06 -> 5.08)"),
    ("policy_rate", "other", None, "main interest rate after the devaluation, latest (15 -> 16.5 per cent)"),
    ("policy_rate_before", "other", None, "main interest rate before (11 per cent)"),
    ("rate_rise", "other", None, "rate rise of 15 April (four percentage points)"),
    ("rate_rise_total", "other", None, "total rise since before the devaluation, by June (5.5 percentage points)"),
    ("reserves", "other", None, "central bank reserves, latest (9.4 billion euros at end-March -> 11.2 billion at end-May)"),
    ("reserves_start_2057", "other", None, "reserves at the start of 2057 (18.6 billion euros)"),
    ("import_cover", "other", None, "months of imports the reserves covered (less than two)"),
    ("street_rate_before", "other", None, "street rate before the devaluation (about 5.40)"),
    ("street_rate_day1", "other", None, "street rate on the night of the devaluation (as much as 5.60)"),
    ("street_rate", "other", None, "street rate since, latest (about 5.30 -> about 5.15)"),
    ("street_gap_before", "other", None, "gap between street and official rate before (35 per cent)"),
    ("street_gap", "other", None, "gap between street and official market in June (1.4 per cent)"),
    ("intervention_total", "total", None, "euros sold by the central bank since April (about 2.3 billion)"),
    ("intervention_day1", "part", "intervention_total", "euros sold on the first day (about 310 million)"),
    ("index_rise", "other", None, "rise of the main share index on 15 April (6.4 per cent)"),
    ("bank_shares_fall", "other", None, "fall of bank shares on 15 April (9 per cent)"),
    ("medicines_capped", "count", None, "essential medicines with capped prices (40)"),
    ("cap_days", "other", None, "length of the medicine price cap (90 days)"),
    ("euro_limit", "other", None, "limit on buying euros (no more than 5,000 euros a month)"),
    ("inflation_march", "other", None, "annual inflation in March (7.9 per cent)"),
    ("inflation_april", "other", None, "annual inflation in April (10.4 per cent)"),
    ("inflation_may", "other", None, "annual inflation in May (12.8 per cent)"),
    ("inflation_may_monthly", "other", None, "price rise in May alone (1.9 per cent)"),
    ("inflation_forecast", "other", None, "forecasts of inflation at the end of 2058: central bank about 13 -> 15, Fund about 17, private economists closer to 20 per cent"),
    ("exports_total", "total", None, "Kesmaria's yearly exports (about 38 billion euros)"),
    ("carparts_exports", "part", "exports_total", "car-parts exports (about 6.2 billion euros a year)"),
    ("carparts_share", "other", None, "car parts' share of exports (16 per cent)"),
    ("fx_debt", "other", None, "public debt owed in foreign currency (about 46 billion euros)"),
    ("fx_debt_added_zorens", "other", None, "rise of that debt's value in zorens (46 billion zorens)"),
    ("euro_mortgages", "population", None, "households with euro mortgages (about 310,000)"),
    ("fund_loan", "total", None, "Continental Stabilisation Fund loan (about 7.5 billion euros discussed -> 7.2 billion agreed)"),
    ("fund_first_instalment", "part", "fund_loan", "first instalment (1.8 billion euros)"),
    ("fund_instalments", "other", None, "instalments of the loan (six)"),
    ("fund_loan_years", "other", None, "term of the loan (three years)"),
    ("fund_weeks", "other", None, "time until the Fund's money arrived (within eight weeks)"),
    ("devaluation_2044", "other", None, "devaluation of 2044 (30 per cent)"),
    ("peg_2044_before", "other", None, "rate before the 2044 devaluation (2.80 zorens to the euro)"),
    ("inflation_peak_2045", "other", None, "inflation peak after the 2044 devaluation (24 per cent, 2045)"),
    ("recession_2044_years", "other", None, "years output fell after 2044 (two)"),
    ("shopping_2044_years", "other", None, "how long Hallarian shopping trips lasted after 2044 (about two years)"),
    ("mismanagement_years", "other", None, "the years of denial the opposition and tabloid complain of (four)"),
    ("petrol_before", "other", None, "petrol price before the devaluation (7.20 zorens a litre)"),
    ("petrol_price", "other", None, "petrol price since, latest (8.40 = 1.68 euros -> 8.55 -> 8.70 zorens a litre)"),
    ("petrol_rise_abs", "other", None, "overnight rise in petrol (1.20 zorens a litre)"),
    ("petrol_rise_pct", "other", None, "overnight rise in petrol (almost 17 per cent)"),
    ("fillup_cost", "other", None, "a driver's fill-up now (336 zorens)"),
    ("fillup_cost_before", "other", None, "the same fill-up last week (288 zorens)"),
    ("renner_age", "other", None, "the driver's age (41), optional"),
    ("bread_before", "other", None, "loaf price before (3.10 zorens)"),
    ("bread_price", "other", None, "loaf price since, latest (3.40 -> 3.60 zorens)"),
    ("coffee_pack", "other", None, "size of the coffee pack (500 g)"),
    ("coffee_before", "other", None, "coffee price before (18.90 zorens)"),
    ("coffee_price", "other", None, "coffee price after (22.50 zorens)"),
    ("mortgage_payment_eur", "other", None, "a typical euro-mortgage payment (600 euros a month)"),
    ("mortgage_before_z", "other", None, "that payment in zorens last week (2,400)"),
    ("mortgage_after_z", "other", None, "that payment in zorens now (3,000)"),
    ("min_wage", "other", None, "minimum wage (2,600 zorens a month)"),
    ("min_wage_eur_before", "other", None, "its euro value last week (650 euros)"),
    ("min_wage_eur_after", "other", None, "its euro value now (520 euros)"),
    ("min_wage_rise", "other", None, "rise of the minimum wage in July (8 per cent)"),
    ("min_wage_july", "other", None, "minimum wage from July (2,808 zorens a month)"),
    ("pension_rise", "other", None, "pension rise from June (6 per cent)"),
    ("pensioners", "population", None, "pensioners in Kesmaria (1.9 million)"),
    ("wage_pension_cost", "other", None, "yearly cost of the wage and pension rises (about 3.4 billion zorens)"),
    ("family_size", "other", None, "family in a worked example (four), optional"),
    ("holiday_eur", "other", None, "a family's week in Hallaria (2,000 euros)"),
    ("holiday_before_z", "other", None, "its cost in zorens before (8,000)"),
    ("holiday_after_z", "other", None, "its cost in zorens now (10,000)"),
    ("phone_before", "other", None, "smartphone price before (4,800 zorens)"),
    ("phone_after", "other", None, "smartphone price after (6,000 zorens)"),
    ("withdrawals_monday", "other", None, "money taken out of bank accounts on Monday (about 1.2 billion zorens)"),
    ("kessun_calls", "count", None, "tour operator customers who called on Monday (1,200)"),
    ("vorn_age", "other", None, "a pensioner's age (77), optional"),
    ("vorn_queue", "other", None, "her wait outside the bank (three hours)"),
    ("border_cars", "count", None, "cars a day crossing into Sarnow, latest (about 14,000 -> 16,200 -> about 16,000 -> about 11,000)"),
    ("border_cars_before", "other", None, "cars on a normal weekday before the devaluation (about 9,000)"),
    ("queue_length", "other", None, "length of the queue at the crossing on Thursday (four km)"),
    ("basket_items", "other", None, "products in the newspaper's basket (24)"),
    ("basket_hallaria", "other", None, "basket price in Grenzfeld (120 euros)"),
    ("basket_sarnow_z", "other", None, "basket price in Sarnow (380 zorens = about 76 euros)"),
    ("basket_sarnow_eur", "other", None, "the Sarnow basket in euros (about 76 euros)"),
    ("basket_saving", "other", None, "how much cheaper the basket is in Sarnow (about 37 per cent)"),
    ("petrol_hallaria", "other", None, "petrol in Grenzfeld (2.05 euros a litre)"),
    ("customs_allowance", "other", None, "duty-free allowance (up to 430 euros a person)"),
    ("canister_limit", "other", None, "fuel allowance beyond the tank (one canister)"),
    ("canister_litres", "other", None, "size of that canister (20 litres)"),
    ("hallarian_firms", "population", None, "Hallarian companies with Kesmarian subsidiaries (140)"),
    ("hallarian_firms_staff", "population", None, "their employees in Kesmaria (about 21,000)"),
    ("hallaria_exports", "other", None, "Hallarian exports to Kesmaria last year (3.4 billion euros)"),
    ("hallaria_exports_fall", "other", None, "expected fall of those exports (10 to 15 per cent)"),
    ("hallarian_bank_loans", "other", None, "Hallarian banks' lending in Kesmaria (about 5.8 billion euros)"),
    ("hallarian_tourists", "other", None, "Hallarians on holiday in Kesmaria last year (about 1.1 million)"),
    ("bookings_rise", "other", None, "rise in summer bookings since Monday (about 30 per cent)"),
    ("hallarian_visitors_rise", "other", None, "rise in Hallarian visitors in May (41 per cent)"),
    ("supermarket_distance", "other", None, "supermarket's distance from the border (200 metres)"),
    ("supplier_rises", "other", None, "suppliers' announced price rises for May (8 to 12 per cent)"),
    ("lookback", "other", None, "look-backs dating the article (Eleven days, Two months), optional"),
    ("parking_spaces", "count", None, "temporary parking spaces opened (600)"),
    ("police_officers", "count", None, "police officers sent to direct traffic (40)"),
    ("sarnow_pop", "population", None, "Sarnow's population (34,000)"),
    ("saturday_crowd_ratio", "other", None, "the mayor's 'twice that', optional"),
    ("petrovny_sales_rise", "other", None, "rise in the supermarket's sales in the first week (about 60 per cent)"),
    ("supermarkets_limiting", "count", None, "supermarkets limiting sugar and oil (two)"),
    ("sugar_limit", "other", None, "sugar limit a customer (five kilos)"),
    ("oil_limit", "other", None, "cooking-oil limit a customer (five litres)"),
    ("kovacs_export_share", "other", None, "share of Kovacs' output sold abroad (about 90 per cent)"),
    ("kovacs_orders_rise", "other", None, "rise in Kovacs' new orders (12 per cent)"),
    ("kovacs_hires", "count", None, "workers Kovacs is hiring (180)"),
    ("kovacs_staff", "population", None, "Kovacs' workforce (2,300)"),
    ("kovacs_wage_claim", "other", None, "works council's wage claim (10 per cent)"),
    ("kovacs_wage_offer", "other", None, "management's offer (5 per cent)"),
    ("sarnow_loan", "other", None, "Sarnow's euro loan (12 million euros)"),
    ("sarnow_repayment_eur", "other", None, "its yearly repayments (1.7 million euros)"),
    ("sarnow_repayment_before_z", "other", None, "their cost in zorens before (6.8 million)"),
    ("sarnow_repayment_after_z", "other", None, "their cost in zorens now (8.5 million)"),
    ("sarnow_repayment_extra_z", "other", None, "extra cost a year (1.7 million zorens)"),
    ("sarnow_euro_loans", "population", None, "Sarnow savings bank customers with euro mortgages (about 2,100)"),
    ("imre_age", "other", None, "a retired teacher's age (74), optional"),
    ("deficit_now", "other", None, "budget deficit now (5.1 per cent of output)"),
    ("deficit_target", "other", None, "deficit target for 2060 (3.5 per cent)"),
    ("vat_now", "other", None, "VAT rate now (20 per cent)"),
    ("vat_new", "other", None, "VAT rate from January (22 per cent)"),
    ("debt_ratio_before", "other", None, "public debt before the devaluation (58 per cent of output)"),
    ("debt_ratio_after", "other", None, "public debt after (about 66 per cent of output)"),
    ("exports_rise_may", "other", None, "rise in exports in May year on year (14 per cent)"),
    ("carparts_rise_may", "other", None, "rise in car-parts exports in May (19 per cent)"),
    ("imports_fall_may", "other", None, "fall in imports in May (11 per cent)"),
    ("wages_rise", "other", None, "rise of average wages in the year to May (5.2 per cent)"),
    ("real_wage_fall", "other", None, "fall in real wages (almost 7 per cent)"),
    ("arrears_threshold", "other", None, "arrears threshold (three months behind)"),
    ("arrears_before", "other", None, "euro-mortgage households in arrears in March (4,100)"),
    ("arrears_may", "count", None, "euro-mortgage households in arrears in May (8,300)"),
    ("arrears_ratio", "other", None, "growth of the arrears (more than doubled)"),
    ("arrears_share", "other", None, "arrears as a share of euro loans (under 3 per cent)"),
    ("gdp_forecast_2058", "other", None, "expected fall of output in 2058 (about 1 per cent)"),
    ("voss_margin", "other", None, "governor's margin in the no-confidence vote (11 votes)"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
