#!/usr/bin/env python3
"""Hand-kept table of the quantities of e2 (the supermarket price war); writes meta.json beside it."""
import json
import os

FOLDER = "lorvenland_supermarket_price_war"
EVENT = ("Supermarket price war in Lorvenland (fictional): the Kallvian-owned discounter Vekko cut 400 prices on "
         "Monday 4 September 2079, Corramart answered with 1,500 on Wednesday 6 September and Tollbrook with 900 on "
         "Thursday 7 September; baskets compared, market shares in two rival surveys, suppliers asked to pay, and "
         "Corramart's profit warning of Thursday 5 October; reported 4 September - 7 October 2079")
NOTES = (
    "Market shares come from two rival surveys, Shelfcount and Basketlens (which also counts online orders); the "
    "two surveys' figures for the same chain and period are one quantity (Corramart before the cuts 28.4 / 27.1, "
    "Vekko 9.6 / 11.2, Tollbrook 21.7 / 22.5; after the cuts Corramart 27.6 / 26.5, Vekko 10.4 weekly, 11.3 / 12.4 "
    "for September). New: a share measured before the price cuts and the share measured after them are kept apart "
    "as before and after values, while the weekly and monthly shares after the cuts (10.4 -> 11.3 for Vekko) are "
    "joined as a running share. Corramart's chief executive's '28 per cent' is the share before the cuts, rounded in a "
    "quote. The fall in Corramart's shares since 4 September (6.2 on the day -> 11 -> 27 per cent) and Tollbrook's "
    "(4.8 -> 7) are running measures; the 14 per cent fall on a single day in October is apart. The basket prices "
    "before the cuts (Corramart 84.60, Vekko 77.90, Tollbrook 83.10 krenna) are kept apart from those after them, and "
    "the after prices measured in mid-September and early October are joined as running prices (Vekko 68.20 -> "
    "67.80, Corramart 74.90 -> 73.40). Corramart's investment in lower prices (about 250 -> about 320 million krenna) "
    "is one amount revised by its claimant. The cost of the war to the sector (300-500 million krenna, 'up to 700 "
    "million', 750 million to 1,25 billion doren) is one estimate in rival figures and a conversion. Vekko's backing "
    "from its owners (150 million doren = 60 million krenna) is one amount. Food inflation in July (7.1), in "
    "September (5.9) and the December forecast (about 5.5) are three quantities. Ranks ('fourth-largest', 'number "
    "four', 'fourth-placed') are annotated as figures. The 'three-way' fight is annotated as a count of chains.")
Q = [
    ["vekko_lines", "part", "lines_total", "products whose prices Vekko cut on 4 September"],
    ["vekko_avg_cut", "other", None, "Vekko's average price cut, per cent"],
    ["vekko_cut_duration", "other", None, "how long Vekko says its cuts will last (at least six months)"],
    ["vekko_stores", "population", None, "Vekko's stores in Lorvenland"],
    ["vekko_rank", "other", None, "Vekko's rank among Lorvenland grocers (fourth)"],
    ["tollbrook_rank", "other", None, "Tollbrook's rank (second)"],
    ["rank_2071", "other", None, "rank of the chain sold at the end of the 2071 price war"],
    ["market_size", "other", None, "yearly value of Lorvenland's grocery market"],
    ["share_vekko", "other", None, "Vekko's market share before the cuts (Shelfcount 9.6, Basketlens 11.2)"],
    ["share_vekko_after", "other", None, "Vekko's market share after the cuts (weekly 10.4 -> September 11.3 / 12.4)"],
    ["share_corramart", "other", None, "Corramart's market share before the cuts (28.4 / 27.1, '28 per cent')"],
    ["share_corramart_after", "other", None, "Corramart's market share in September (27.6 / 26.5)"],
    ["share_tollbrook", "other", None, "Tollbrook's market share before the cuts (21.7 / 22.5)"],
    ["vekko_share_gain", "other", None, "Vekko's gain in market share in a month, percentage points"],
    ["vekko_prev_gain_period", "other", None, "years a gain of that size took Vekko before"],
    ["vekko_share_target", "other", None, "Vekko's target market share in Lorvenland"],
    ["vekko_target_period", "other", None, "years to reach the target share"],
    ["corramart_stores", "population", None, "Corramart's stores"],
    ["corramart_staff", "population", None, "Corramart's staff"],
    ["corramart_share_fall", "other", None, "fall in Corramart's share price since the morning of 4 September (6.2 -> 11 -> 27 per cent)"],
    ["corramart_share_fall_oct", "other", None, "fall in Corramart's share price on the day of its profit warning"],
    ["tollbrook_share_fall", "other", None, "fall in Tollbrook's share price since 4 September (4.8 -> 7 per cent)"],
    ["food_inflation", "other", None, "food price inflation in the year to July, per cent"],
    ["food_inflation_sep", "other", None, "food price inflation in September, per cent"],
    ["food_inflation_forecast", "other", None, "central bank's forecast of food inflation for December"],
    ["basket_items", "other", None, "items in Fairtill's basket"],
    ["basket_corramart", "other", None, "price of Fairtill's basket at Corramart before the cuts"],
    ["basket_vekko", "other", None, "price of Fairtill's basket at Vekko before the cuts"],
    ["basket_tollbrook", "other", None, "price of Fairtill's basket at Tollbrook before the cuts"],
    ["basket_vekko_after", "other", None, "price of the basket at Vekko after the cuts (68.20 -> 67.80)"],
    ["basket_corramart_after", "other", None, "price of the basket at Corramart after the cuts (74.90 -> 73.40)"],
    ["basket_tollbrook_after", "other", None, "price of the basket at Tollbrook after the cuts"],
    ["basket_corramart_fall", "other", None, "fall in the price of the basket at Corramart, per cent"],
    ["household_spend", "other", None, "average household's weekly grocery spending"],
    ["household_saving", "other", None, "a family's possible saving a week"],
    ["household_saving_year", "other", None, "a family's possible saving a year"],
    ["sector_profit_hit", "other", None, "yearly cost of the price war to the sector's profits (300-500 million krenna; up to 700 million; in doren)"],
    ["sector_margin", "other", None, "the sector's average margin"],
    ["corramart_profit_prev", "other", None, "Corramart's operating profit last year"],
    ["corramart_profit", "other", None, "Corramart's expected operating profit this year"],
    ["corramart_sales", "other", None, "Corramart's sales last year"],
    ["corramart_margin", "other", None, "Corramart's margin last year"],
    ["tollbrook_profit", "other", None, "Tollbrook's first-half profit"],
    ["tollbrook_profit_fall", "other", None, "fall in Tollbrook's first-half profit, per cent"],
    ["vekko_new_stores", "count", None, "new stores Vekko plans to open in Lorvenland"],
    ["vekko_expansion_period", "other", None, "years over which the new stores are to open"],
    ["milk_price_vekko", "other", None, "Vekko's cheapest litre of milk after the cuts (0.89 krenna = about 2,23 doren)"],
    ["milk_price_vekko_before", "other", None, "Vekko's cheapest litre of milk before the cuts"],
    ["milk_price_farm", "other", None, "price paid to dairy farmers a litre before the war"],
    ["milk_price_cut", "other", None, "cut in the price paid to dairy farmers a litre"],
    ["milk_price_farm_oct", "other", None, "price paid to dairy farmers a litre in October"],
    ["milk_kallvia", "other", None, "price of a litre of milk in Dorvik"],
    ["dairy_farms", "population", None, "dairy farms in the growers' federation"],
    ["corramart_lines", "part", "lines_total", "products whose prices Corramart cut"],
    ["corramart_avg_cut", "other", None, "Corramart's average cut, per cent"],
    ["corramart_max_cut", "other", None, "Corramart's largest cut, per cent"],
    ["tollbrook_lines", "part", "lines_total", "products whose prices Tollbrook cut"],
    ["tollbrook_avg_cut", "other", None, "Tollbrook's average cut, per cent"],
    ["lines_total", "total", None, "products cut across the three chains (a sum)"],
    ["chains_in_war", "count", None, "chains in the price war"],
    ["corramart_investment", "other", None, "Corramart's spending on lower prices this year (about 250 -> about 320 million krenna)"],
    ["corramart_suppliers", "count", None, "suppliers to whom Corramart sent its letter"],
    ["supplier_payment", "other", None, "payment asked of each supplier, per cent of its sales"],
    ["suppliers_paid_share", "other", None, "share of suppliers who agreed to pay"],
    ["sources", "count", None, "suppliers quoted without names"],
    ["supplier_share_cuts", "other", None, "share of the cost of the cuts suppliers expect to carry"],
    ["vekko_sales_rise", "other", None, "rise in Vekko's Lorvenland sales in the first days against a year before"],
    ["vekko_hires", "count", None, "extra staff Vekko took on"],
    ["indie_members", "population", None, "shops in the Independent Grocers' Alliance"],
    ["indie_closures", "count", None, "independent shops lost over five years"],
    ["indie_closure_period", "other", None, "period of the closures count (optional)"],
    ["vekko_war_chest", "other", None, "money from Vekko's owners for the cuts (150 million doren = 60 million krenna)"],
    ["fx_rate", "other", None, "doren to the krenna"],
    ["vekko_lorv_sales", "part", "vekko_group_sales", "Vekko's Lorvenland sales last year (1,9 billion krenna = 4,75 billion doren)"],
    ["vekko_lorv_sales_share", "other", None, "Lorvenland's share of the Vekko group's sales"],
    ["vekko_group_sales", "total", None, "the Vekko group's sales"],
    ["vekko_lorv_loss", "other", None, "Vekko's Lorvenland loss last year"],
    ["vekko_kallvia_stores", "population", None, "Vekko's stores in Kallvia"],
    ["vekko_kallvia_share", "other", None, "Vekko's market share in Kallvia"],
    ["vekko_cut_cost_month", "other", None, "an analyst's estimate of the monthly cost of the cuts to Vekko"],
    ["vekko_group_staff", "population", None, "the Vekko group's staff"],
    ["vekko_lorv_staff", "count", None, "Vekko's staff in Lorvenland"],
    ["war_2071_duration", "other", None, "duration of the 2071 price war"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
