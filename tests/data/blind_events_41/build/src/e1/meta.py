#!/usr/bin/env python3
"""Hand-kept quantity table for event 1; writes meta.json beside it."""
import json
import os

FOLDER = "kardonia_car_registrations"
EVENT = ("New car registrations in Kardonia (fictional) for March 2055, with the electric share, published by the "
         "Road Vehicle Office on Friday 2 April 2055 and revised on Thursday 8 April 2055 after 1,650 late fleet "
         "registrations; reported 2 April - 6 May 2055")

NOTES = (
    "The March total (84,260, revised to 85,910), the March electric count (26,290 -> 27,700), the electric share "
    "(31.2 -> 32.2 per cent), the year-on-year growth (6.4 -> 8.5 per cent), the electric growth (45.6 -> 53.4 per "
    "cent) and the gain in points (8.4 -> 9.4) are each one quantity: a statistic and its correction. The first "
    "quarter (221,400 -> 223,050; 3.1 -> 3.9 per cent; 29.6 -> 30.0 per cent) likewise. Greywater's March count "
    "(6,840 -> 6,910), its electric cars (1,224 -> 1,270) and its share (17.9 -> 18.4) are sub-counts of the national "
    "figures and each one quantity across the correction. Monthly flows of other months are their own quantities "
    "(February's share of 34.8 per cent, April's 78,640 and 33.6 per cent, March 2054's 79,190 and 22.8 per cent, "
    "the first four months' 301,690 and 30.9 per cent). New: a cumulative amount reported at different moments is a "
    "running count and one quantity: the bonus money paid out so far (456 million ducats at the end of March, 624 "
    "million at the end of April) and its share of the budget (38 -> about 41 -> 52 per cent), and the electric cars "
    "on the road (612,000 at the end of March, 638,000 at the end of April). Forecasts of the full year 2055 by the "
    "trade association (1.02 -> 1.04 million; about 30 -> 31 per cent) and the ministry (1.05 million; 33 per cent) "
    "are rival estimates of one amount, so one quantity each for the count and the share. The private buyers' "
    "electric share is one quantity across the office's 'about 19 per cent', the tabloid's 'about one in five' "
    "(value 5, the N of 'one in N') and the Green Transport Forum's 'closer to 16 per cent'. The bonus is two "
    "quantities (before and after the cut: 24,000 -> 16,000 ducats, 3,000 -> 2,000 euros), with the cut itself "
    "(8,000 ducats) and the cut's share ('a third', 33.3) as two more; Marek Ossen's own loss of 8,000 ducats is a "
    "person's amount and kept apart from the cut per car, although equal. The government's target appears as 'half' of new cars by "
    "2058 (wire, tabloid, translated copy) and as '50 per cent' (broadsheet), one quantity. Conversions are the same quantity (the "
    "budget of 1.2 billion ducats and about 150 million euros; the price cap 360,000 ducats and 45,000 euros; the "
    "Lumo's 248,000 ducats and 31,000 euros; the price gap 84,000 ducats and 10,500 euros; the IT cost 64 million "
    "ducats and about 8 million euros). Ages, Ossen's three children and look-backs ('Three years ago', 'Five weeks', "
    "'the past two years' of revisions, 'three months' of spending, 'the first four months') are optional, and so is "
    "the vague 'less than half'. Ordinals ('the third month running', 'a third shift', 'the fourth correction') are "
    "not figures.")

Q = [
    # id, role, part_of, description
    ["janapr_total", "total", None, "New car registrations in Kardonia, January-April 2055"],
    ["janapr_bev_share", "other", None, "Electric share of registrations, January-April 2055"],
    ["janapr_period", "other", None, "The first four months of 2055 (period of the January-April total)"],
    ["q1_total", "part", "janapr_total", "New car registrations in the first quarter of 2055 (221,400, revised to 223,050)"],
    ["q1_growth", "other", None, "Year-on-year growth of first-quarter registrations (3.1, revised 3.9 per cent)"],
    ["q1_bev_share", "other", None, "Electric share of first-quarter registrations (29.6, revised 30.0 per cent)"],
    ["mar_total", "part", "q1_total", "New car registrations in Kardonia in March 2055 (84,260, revised to 85,910)"],
    ["mar_growth", "other", None, "Year-on-year growth of March registrations (6.4, revised 8.5 per cent)"],
    ["mar_bev", "part", "mar_total", "Battery-electric cars registered in March 2055 (26,290, revised 27,700)"],
    ["mar_bev_share", "other", None, "Electric share of March 2055 registrations (31.2, revised 32.2 per cent)"],
    ["mar_bev_growth", "other", None, "Growth of electric registrations, March 2055 on March 2054 (45.6, revised 53.4 per cent)"],
    ["mar_bev_pts", "other", None, "Gain in the electric share, March 2055 on March 2054 (8.4, revised 9.4 points)"],
    ["mar_prev", "total", None, "New car registrations in March 2054"],
    ["mar_bev_prev", "part", "mar_prev", "Electric cars registered in March 2054"],
    ["mar_bev_share_prev", "other", None, "Electric share in March 2054"],
    ["mar_phev", "part", "mar_total", "Plug-in hybrids registered in March 2055"],
    ["mar_phev_share", "other", None, "Plug-in hybrid share, March 2055"],
    ["mar_petrol", "part", "mar_total", "Petrol cars registered in March 2055"],
    ["mar_petrol_fall", "other", None, "Fall in petrol registrations, March 2055 on a year earlier"],
    ["mar_petrol_share", "other", None, "Petrol share, March 2055"],
    ["mar_diesel", "part", "mar_total", "Diesel cars registered in March 2055"],
    ["mar_diesel_share", "other", None, "Diesel share, March 2055"],
    ["mar_hybrid_share", "other", None, "Conventional hybrid share, March 2055"],
    ["feb_bev_share", "other", None, "Electric share in February 2055 (record, before the bonus cut)"],
    ["apr_total", "part", "janapr_total", "New car registrations in April 2055"],
    ["apr_bev", "part", "apr_total", "Electric cars registered in April 2055"],
    ["apr_bev_share", "other", None, "Electric share, April 2055"],
    ["apr_growth", "other", None, "Year-on-year growth of April registrations"],
    ["apr_prev", "count", None, "New car registrations in April 2054"],
    ["y2054_total", "count", None, "New car registrations in 2054"],
    ["y2054_bev_share", "other", None, "Electric share in 2054"],
    ["y2053_bev_share", "other", None, "Electric share in 2053"],
    ["pts_2054", "other", None, "Gain in the electric share in 2054 (points)"],
    ["needed_pts", "other", None, "Yearly gain in the electric share needed to reach the 2058 target"],
    ["record_month", "count", None, "Record monthly registrations (March 2049)"],
    ["late_batch", "part", "mar_total", "Late Ashgrove Leasing registrations added to March by the revision"],
    ["late_batch_bev", "part", "late_batch", "Electric cars among the late registrations"],
    ["gw_late", "part", "late_batch", "Late registrations added to Greywater's March count"],
    ["gw_late_bev", "part", "gw_late", "Electric cars among Greywater's late registrations"],
    ["ashgrove_delay", "other", None, "How long Ashgrove's registrations were held back"],
    ["revisions_before", "count", None, "Earlier revisions of monthly figures in the past two years"],
    ["revisions_period", "other", None, "The past two years in which monthly figures were revised (look-back)"],
    ["revision_2053", "count", None, "Cars added by the largest earlier revision (autumn 2053)"],
    ["it_cost", "other", None, "Cost so far of the office's new registration system (ducats and euros)"],
    ["it_delay", "other", None, "Delay of the office's new registration system"],
    ["rovena_total", "part", "mar_total", "Rovena Motors registrations in March 2055"],
    ["rovena_share", "other", None, "Rovena Motors market share in March 2055"],
    ["lumo", "part", "rovena_total", "Rovena Lumo registrations in March 2055"],
    ["lumo_price", "other", None, "Price of the Rovena Lumo (ducats and euros)"],
    ["jinhai", "part", "mar_total", "Jinhai Auto registrations in March 2055"],
    ["jinhai_share", "other", None, "Jinhai Auto market share in March 2055"],
    ["jinhai_share_prev", "other", None, "Jinhai Auto market share in March 2054"],
    ["jinhai_share_ratio", "other", None, "Jinhai's March 2055 share as a multiple of its March 2054 share (almost double)"],
    ["jinhai_share_apr", "other", None, "Jinhai Auto market share in April 2055"],
    ["fleet_share", "other", None, "Share of March registrations bought by company fleets and leasing firms"],
    ["fleet_bev_share", "other", None, "Electric share of fleet purchases in March"],
    ["private_bev_share", "other", None, "Electric share of private buyers' purchases in March (office about 19 per cent, 'about one in five'; Forum closer to 16)"],
    ["self_reg", "part", "mar_total", "Cars registered by dealers in their own names in March"],
    ["bonus_old", "other", None, "Purchase bonus before 1 March 2055 (ducats and euros)"],
    ["bonus_new", "other", None, "Purchase bonus from 1 March 2055 (ducats and euros)"],
    ["bonus_cut", "other", None, "Cut in the bonus per car (8,000 ducats)"],
    ["bonus_cut_share", "other", None, "Share by which the bonus was cut (a third)"],
    ["bonus_keep", "other", None, "Period buyers must keep a bonus car (rule)"],
    ["price_cap", "other", None, "List-price cap for the bonus (ducats and euros)"],
    ["scheme_budget", "other", None, "Bonus budget for 2055 (ducats and euros)"],
    ["scheme_spent", "other", None, "Bonus money paid out so far in 2055 (running: end of March, end of April)"],
    ["scheme_spent_share", "other", None, "Share of the 2055 bonus budget paid out so far (running: 38, about 41, 52 per cent)"],
    ["scheme_spent_period", "other", None, "The three months in which 38 per cent was spent (look-back)"],
    ["fx", "other", None, "Exchange rate, ducats per euro"],
    ["price_bev", "other", None, "Average price of a new electric car"],
    ["price_petrol", "other", None, "Average price of a new petrol car"],
    ["price_gap", "other", None, "Price gap between the average electric and petrol car (ducats and euros)"],
    ["cheapest_bev", "other", None, "Price of the cheapest electric models"],
    ["forecast_2055", "other", None, "Forecast of 2055 registrations (trade association 1.02 -> 1.04 million; ministry 1.05 million)"],
    ["forecast_share_2055", "other", None, "Forecast electric share in 2055 (trade association about 30 -> 31; ministry 33 per cent)"],
    ["target_share", "other", None, "Government target: electric share of new cars by 2058"],
    ["target_stock", "other", None, "Government target: electric cars on the road by 2060"],
    ["ev_stock", "population", None, "Electric cars on Kardonian roads (running: end of March, end of April)"],
    ["car_stock", "population", None, "Cars registered in Kardonia"],
    ["ev_stock_share", "other", None, "Electric share of the car stock"],
    ["chargers", "population", None, "Public charging points in Kardonia"],
    ["cars_per_charger", "other", None, "Electric cars per public charger, Kardonia"],
    ["regions", "population", None, "Regions of Kardonia"],
    ["gw_total", "part", "mar_total", "New car registrations in Greywater, March 2055 (6,840, revised 6,910)"],
    ["gw_bev", "part", "gw_total", "Electric cars registered in Greywater, March 2055 (1,224, revised 1,270)"],
    ["gw_bev_share", "other", None, "Greywater's electric share, March 2055 (17.9, revised 18.4)"],
    ["gw_vs_tarsel", "other", None, "Greywater's share as a fraction of the capital region's (vague: less than half)"],
    ["tarsel_total", "part", "mar_total", "New car registrations in the Tarsel capital region, March 2055"],
    ["tarsel_bev_share", "other", None, "Electric share in the Tarsel capital region, March 2055"],
    ["gw_chargers", "population", None, "Public charging points in Greywater"],
    ["gw_ev_stock", "population", None, "Electric cars registered in Greywater"],
    ["gw_cars_per_charger", "other", None, "Electric cars per public charger, Greywater"],
    ["gw_new_chargers", "count", None, "Fast chargers approved by the Greywater council"],
    ["gw_new_chargers_built", "count", None, "Approved fast chargers installed so far"],
    ["charger_distance", "other", None, "Distance from a farmer's farm to the nearest fast charger"],
    ["farmer_km", "other", None, "A farmer's daily driving distance"],
    ["brannock_sales", "part", "gw_total", "New cars sold by Brannock Cars, Fennick, in March"],
    ["brannock_bev", "part", "brannock_sales", "Electric cars among Brannock Cars' March sales"],
    ["pendry_cost", "other", None, "Alva Pendry's cost of a trip to Fennick and back"],
    ["pendry_range", "other", None, "Distance beyond which Alva Pendry does not drive"],
    ["age_ossen", "other", None, "Age of Marek Ossen (optional)"],
    ["family_ossen", "other", None, "Marek Ossen's children (optional)"],
    ["age_rusk", "other", None, "Age of dealer Fenna Rusk (optional)"],
    ["age_pendry", "other", None, "Age of Alva Pendry (optional)"],
    ["ossen_missed", "other", None, "Days by which Marek Ossen missed the old bonus"],
    ["ossen_loss", "other", None, "What the delay cost Marek Ossen"],
    ["rusk_quiet", "other", None, "Days Fenna Rusk's phone went quiet in March"],
    ["rusk_sales", "count", None, "Electric cars sold by Fenna Rusk in February"],
    ["rusk_sales_mar", "part", "mar_bev", "Electric cars sold by Fenna Rusk in March"],
    ["stavnik_workers", "population", None, "Workers at the Stavnik plant"],
    ["stavnik_new_jobs", "count", None, "New jobs for the Stavnik third shift"],
    ["stavnik_output", "other", None, "Yearly output of the Stavnik plant"],
    ["stavnik_capacity", "population", None, "Stavnik capacity with a third shift"],
    ["stavnik_export_share", "other", None, "Share of Stavnik output going to Kardonia"],
    ["stavnik_export", "other", None, "Stavnik cars going to Kardonia each year"],
    ["stavnik_suppliers", "population", None, "Supplier jobs around Stavnik working for the Lumo"],
    ["stavnik_union", "population", None, "Union members at the Stavnik plant"],
    ["training", "other", None, "Training period for the new Stavnik workers"],
    ["lookback_stavnik", "other", None, "Plant director's look-back (optional)"],
    ["lookback_year", "other", None, "Translated copy's look-back to March 2054 (optional)"],
    ["lookback_review", "other", None, "Broadsheet's look-back to the first figures (optional)"],
    ["lid_mar_total", "count", None, "New car registrations in Lidonia, March 2055"],
    ["lid_bev_share", "other", None, "Electric share in Lidonia, March 2055"],
    ["lid_bonus", "other", None, "Lidonian electric car bonus"],
    ["lid_price_cap", "other", None, "Lidonian bonus price cap"],
    ["lid_chargers", "population", None, "Public charging points in Lidonia"],
    ["inst_cap", "other", None, "Institute's proposed price limit for the full bonus"],
    ["inst_cap_top", "other", None, "Institute's proposed price above which no bonus is paid"],
    ["inst_stretch", "other", None, "How much longer the budget would last under the institute's proposal"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(len(Q), "quantities")
