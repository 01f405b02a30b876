#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e2 (Marvessa's olive oil harvest failure); writes meta.json."""
import json
import os

FOLDER = "marvessa_olive_harvest_failure"
EVENT = ("Olive oil harvest failure in Marvessa (fictional): after a heat spell during flowering in April and a dry "
         "summer, the 2071-72 olive oil harvest fell from 328,000 tonnes to a final estimate of 126,000; the "
         "ministry's forecasts were cut three times, prices at the mills and in the shops rose in Marvessa and in "
         "neighbouring Vestrenia, exports collapsed, the country imported oil for the first time, and emergency aid "
         "for growers was offered, raised and voted by parliament on Friday 15 January 2072; reported 6 October 2071 - "
         "19 January 2072")
NOTES = (
    "The harvest joins the ministry's successive forecasts (190,000 -> 142,000 tonnes) and final estimate (126,000) "
    "with the growers' federation's rival estimates ('no more than 160,000', 'barely 120,000', 'between 115,000 and "
    "125,000'): successive and rival estimates of one final amount; 'barely' is read as an approximation ('~', "
    "inside the quote). The fall on last season is a running share (42 per cent, 'more than 56', 'more than 60'); the "
    "fall on the five-year average ('almost 60 per cent') is kept apart (another base). The price at the mills is a "
    "running level (7.60 -> 9.20 -> 10.40 -> 10.90 escals a kilo, with the converted 'about 5,75 euros'), the "
    "December peak of 11.30 and the traders' forward deals 'up to 8.20' are kept apart; the ratio to a year ago is "
    "a running ratio ('more than double', 'about two and a half times', 'more than two and a half times'), while "
    "the trade weekly's '85 per cent' rise is kept apart (a rise in per cent, not a multiple). The shop price of a "
    "litre of Solvanta is a running level (16 in the headline, 15.99, 17.49); the Vestrenian shelf price is its own "
    "quantity (another country and currency). Exports expected for the season join the exporters' 'well under "
    "100,000', 'at most 70,000' and 'around 55,000' tonnes. Stocks (58,000 -> 44,000 -> 31,000) and the mills that "
    "did not open ('up to 300' -> 280 -> 310) are running counts. The emergency aid is one amount changed by decision "
    "(180 million asked; 60 million or 37,5 million euros offered, 95 million, 110 million voted), with the growers' "
    "and the mills' parts; the per-hectare figures are separate. Fraud cases and seized oil are running counts "
    "(23 -> 31; 46,000 -> 61,000 litres); the Vestrenian customs' cases are kept apart. Thresholds and rules ('under "
    "8 escals', 'below 6 euros', 'at least 400 millimetres', 'fines of up to 200,000 escals') keep '=' with the "
    "bound word outside; forecasts keep it inside ('pass 13 euros', 'above 9 escals'). The periods of counts ('three "
    "years', 'nine years') are optional.")
Q = [
    ["harvest", "other", None, "this season's olive oil harvest in Marvessa (successive and rival estimates)"],
    ["harvest_last", "other", None, "last season's harvest"],
    ["harvest_avg", "other", None, "five-year average harvest"],
    ["avg_period", "other", None, "period of the average harvest (optional)"],
    ["harvest_2063", "other", None, "the 2063 harvest"],
    ["output_drop", "other", None, "fall of the harvest on last season, in per cent (running share)"],
    ["drop_vs_avg", "other", None, "fall of the harvest on the five-year average, in per cent"],
    ["heat_days", "other", None, "days of heat in April"],
    ["max_temp", "other", None, "highest temperature in the Dorrano valley in April"],
    ["rain", "other", None, "rain between April and September"],
    ["rain_avg", "other", None, "average rain between April and September"],
    ["south_fruit_share", "other", None, "fruit on southern groves as a share of a normal load"],
    ["oil_yield", "other", None, "oil yield of the olives this season"],
    ["oil_yield_normal", "other", None, "usual oil yield of the olives"],
    ["yield", "other", None, "oil per hectare this season"],
    ["yield_normal", "other", None, "oil per hectare in a normal year"],
    ["origin_price", "other", None, "price of extra virgin oil at the mills (running level)"],
    ["origin_price_last", "other", None, "price at the mills a year earlier"],
    ["origin_price_peak", "other", None, "peak price at the mills in mid-December"],
    ["origin_price_top", "other", None, "top price of forward deals for December delivery"],
    ["price_rise", "other", None, "rise of the price at the mills on a year earlier, in per cent (early October)"],
    ["price_ratio", "other", None, "price at the mills as a multiple of a year earlier (running ratio)"],
    ["price_2063", "other", None, "highest price at the mills in 2063"],
    ["price_floor_forecast", "other", None, "level above which traders expect mill prices to stay until the summer"],
    ["retail_price", "other", None, "shop price of a litre of Solvanta in Marvessa (running level)"],
    ["retail_price_last", "other", None, "shop price of a litre of Solvanta a year earlier"],
    ["retail_rise", "other", None, "rise of the shop price of Solvanta on a year earlier"],
    ["retail_rise_forecast", "other", None, "traders' forecast rise of shelf prices by Christmas"],
    ["stocks", "other", None, "oil carried over from last season still in stock (running level)"],
    ["big_bottlers", "count", None, "large bottlers holding most of the stocks"],
    ["exports_last", "other", None, "exports last season"],
    ["export_share_last", "other", None, "exports as a share of output last season"],
    ["export_value_last", "other", None, "export earnings last season"],
    ["export_value", "other", None, "expected export earnings this season"],
    ["export_loss", "other", None, "export earnings lost this season"],
    ["exports", "other", None, "exports expected this season (successive estimates)"],
    ["exports_oct", "other", None, "exports in October"],
    ["exports_oct_last", "other", None, "exports in October a year earlier"],
    ["exports_oct_nov", "other", None, "exports in October and November"],
    ["exports_oct_nov_last", "other", None, "exports in October and November a year earlier"],
    ["export_drop", "other", None, "fall of exports in October and November on a year earlier"],
    ["oil_export_share", "other", None, "olive oil's share of Marvessa's exports of goods"],
    ["contract_share", "other", None, "share of their orders some customers will get"],
    ["growers", "population", None, "olive growers in Marvessa"],
    ["grove_area", "population", None, "area of olive groves"],
    ["grower_hectares", "other", None, "a grower's holding in the federation president's example"],
    ["growers_quit", "count", None, "small growers who may give up (the federation's estimate)"],
    ["aid", "total", None, "emergency aid for growers (asked, offered, raised and voted)"],
    ["aid_growers", "part", "aid", "part of the aid paid to growers"],
    ["aid_mills", "part", "aid", "part of the aid for mills and irrigation"],
    ["aid_rate", "other", None, "aid paid to growers per hectare"],
    ["aid_offer_share", "other", None, "the first offer as a share of the aid asked"],
    ["aid_per_hectare_asked", "other", None, "the aid asked per hectare"],
    ["aid_per_hectare_offered", "other", None, "the aid first offered per hectare"],
    ["irrigation", "other", None, "ministry's emergency spending on irrigation of young groves"],
    ["young_groves", "other", None, "young groves planted in the last three years"],
    ["young_period", "other", None, "period in which the young groves were planted (optional)"],
    ["votes_for", "count", None, "votes in parliament for the aid"],
    ["votes_against", "count", None, "votes in parliament against the aid"],
    ["mills", "population", None, "olive mills in Marvessa"],
    ["mills_shut", "count", None, "mills that did not open this season (estimate and running count)"],
    ["mill_jobs_lost", "count", None, "seasonal mill workers not hired"],
    ["pickers_normal", "other", None, "seasonal pickers usually hired"],
    ["pickers", "count", None, "seasonal pickers hired this season"],
    ["pickers_share", "other", None, "share of the usual pickers expected to find work"],
    ["gdp_hit", "other", None, "growth taken off the economy by the harvest"],
    ["retail_price_vest", "other", None, "shelf price of a litre of Marvessan extra virgin oil in Vestrenia"],
    ["retail_price_vest_last", "other", None, "shelf price in Vestrenia a year earlier"],
    ["retail_rise_vest", "other", None, "rise of the shelf price in Vestrenia"],
    ["retail_forecast_vest", "other", None, "shelf price importers expect in Vestrenia by the spring"],
    ["vest_import_share", "other", None, "Marvessa's share of Vestrenia's olive oil imports"],
    ["vest_imports_last", "other", None, "Marvessan oil sold to Vestrenia last season"],
    ["vest_share_exports", "other", None, "Vestrenia's share of Marvessa's exports last season"],
    ["exchange_rate", "other", None, "escals to the euro"],
    ["brandvik_order", "other", None, "oil Brandvik Oils ordered for the season"],
    ["brandvik_delivery", "other", None, "oil Brandvik Oils will receive"],
    ["brandvik_share", "other", None, "Brandvik's delivery as a share of its order"],
    ["suvarra_growth", "other", None, "expected growth of Suvarra's harvest"],
    ["suvarra_price_rise", "other", None, "rise of prices in Suvarra"],
    ["kornmarkt_sales_drop", "other", None, "fall of Kornmarkt's olive oil sales in October"],
    ["rapeseed_rise", "other", None, "rise of Kornmarkt's rapeseed oil sales in October"],
    ["restaurant_seats", "population", None, "seats of Elvira Santangel's restaurant"],
    ["restaurant_litres", "other", None, "olive oil the restaurant uses a month"],
    ["restaurant_cost_rise", "other", None, "the restaurant's extra cost of oil a month"],
    ["restaurant_suppliers", "count", None, "Suvarran suppliers the restaurant buys from"],
    ["customs_cases", "count", None, "consignments of falsely labelled oil found by Vestrenian customs"],
    ["customs_litres", "other", None, "oil in those consignments"],
    ["suspicious_price", "other", None, "Vestrenian price per litre below which shoppers should report oil"],
    ["suspicious_price_home", "other", None, "Marvessan price per litre below which an inspector advises suspicion"],
    ["home_sales_drop", "other", None, "fall of supermarket olive oil sales in Marvessa in November"],
    ["consumption_per_head", "other", None, "olive oil used per person a year"],
    ["population", "population", None, "people in Marvessa"],
    ["home_demand", "other", None, "Marvessa's own use of olive oil a year"],
    ["imports", "other", None, "oil imported from Suvarra so far (running count)"],
    ["imports_needed", "other", None, "imports needed before the next harvest"],
    ["seized_litres", "other", None, "falsely labelled oil seized by inspectors (running count)"],
    ["fraud_cases", "count", None, "fraud cases opened by inspectors (running count)"],
    ["max_fraud_fine", "other", None, "maximum fine for selling falsely labelled oil"],
    ["blend_price", "other", None, "price of a litre of blended oil"],
    ["sunflower_price", "other", None, "price of a litre of sunflower oil"],
    ["winter_rain_need", "other", None, "winter rain the trees need to flower well"],
    ["winter_rain", "other", None, "rain since October"],
    ["irrigated_share", "other", None, "share of groves irrigated"],
    ["insured_share", "other", None, "share of groves insured"],
    ["heat_period", "other", None, "period with three spells of heat at flowering (optional)"],
    ["spring_warming", "other", None, "expected rise of spring temperatures by 2090"],
    ["irrigation_plan", "other", None, "groves the federation proposes to irrigate"],
    ["irrigation_plan_cost", "other", None, "cost of the federation's irrigation plan"],
    ["irrigation_plan_years", "other", None, "period of the irrigation plan"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
