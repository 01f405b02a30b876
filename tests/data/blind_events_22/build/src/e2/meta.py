#!/usr/bin/env python3
"""Hand-kept quantity table for event e2 (Aurenland house-price release and revision); writes meta.json."""
import json
import os

FOLDER = "aurenland_house_prices"
EVENT = ("The National Statistics Bureau of Aurenland's house-price release for February 2046 (fictional), "
         "published on Wednesday 14 March 2046, and its revision with the March figures on Wednesday 11 April: "
         "annual and monthly price changes against Keystone Mortgage Bank's private index, average prices by "
         "region, sales, mortgage approvals and rates, the base-rate decision, rents, first-time buyers and "
         "housing starts, reported 14 March - 14 April 2046")
NOTES = (
    "The official index and Keystone Mortgage Bank's private index are treated as rival estimates of one "
    "quantity when they measure the same thing for the same month: the annual change in February (NSB 6.2 / "
    "6,2 per cent, revised to 5.4; Keystone 2.1 / 2,1), the monthly change in February (NSB 0.8, revised to "
    "0.3; Keystone's fall of 0.4), the average price in February (NSB EUR 312,500 revised to EUR 309,800; "
    "Keystone EUR 298,000), the annual change in Ostwold (NSB 9.4 revised to 8.6; Keystone 3.5) and the March "
    "annual (NSB 4.8, Keystone 1.6) and monthly (NSB 0.5, Keystone's fall of 0.3) changes. A fall is annotated "
    "with the number as printed ('down 0.4 percent' -> 0.4, 'FALLING 0.4 per cent' -> 0.4, 'slipped 1.2 "
    "percent' -> 1.2): no sign is added from words. The wire's 'more than 6 percent', the broadsheet's '6.2 per "
    "cent figure' and the rhetorical 'A 6' and 'A 5.4' all refer to February's annual change and share its "
    "quantity. A statistic and its revision are one quantity: February's sales (61,400 -> 66,700), Amber Coast "
    "(1.2 -> 1.9) and Bellmoor (8.1 -> 7.6) annual changes. January's and March's figures are different "
    "quantities from February's (annual 4.9 in January; approvals 45.900 in January, 48,200 in February, 46,700 "
    "in March; first-time buyers 14,600 in February, 15,100 in March; rents EUR 1,420 in February, EUR 1,441 in "
    "March; starts 9,850 in February, 10,400 in March); the economists' 5.0 per cent forecast is not the "
    "outcome. The local paper's headline '11 per cent' for Wendmere is the 11.2 per cent rise rounded (value 11, "
    "bound '='); the agent's 'up 11 per cent a year for ever' is a generic rate, its own quantity. Base rate "
    "3.75 per cent (held) and the 3.5 per cent cut proposed by two members / priced by markets are different "
    "quantities; 'seven votes against two' and '7-2' give the hold and cut votes as two figures each. The "
    "gap between the indices is its own quantity per month (4.1 points on the first February figures, 3.2 in "
    "March); the revision of 0.8 percentage points is its own quantity and equals the monthly 0.8 per cent "
    "only by chance. Parts: Ostwold's sales, first-time buyers and starts inside the national figures; the "
    "5,300 late registrations inside February's revised sales; the 1.610 Amber Coast homes inside the 2.350 "
    "homes bought by Lusarrans. '720 affordable homes' in 'will not accept fewer than 720' is a rule (bound "
    "'='), the 30 per cent share its source. Fixed-rate terms ('two-year fixed', 'Two-year fix', 'two years', "
    "'five years', 'five-year fixed rate') define a product and are optional, like ages that define a group; "
    "so are look-backs ('over six years', 'more than six years', 'SIX YEARS', '20 years ago', 'two decades ago', "
    "'four years ago', 'two years ago', 'Five years ago', 'a decade ago'), windows ('12 months' of the rise and "
    "of starts, 'the last ten years'), ages ('31', 'under 40'), years of service ('26 years', 'four years' of "
    "saving) and vague shares ('less than half', 'more than half'). Not figures: dates ('March 14', 'March 2', "
    "'April 11', '11 April'), years (2019, 2044), the ordinal '14th consecutive', 'Rarely have two "
    "statistics', 'the two measures', 'the two dissenting members', 'a single Saturday', and 'millions of young "
    "Aurenish' (vague).")
Q = [
    ["nsb_annual_feb", "other", None, "Annual change in house prices in February 2046 (NSB 6.2 revised to 5.4; Keystone's rival 2.1)"],
    ["nsb_annual_jan", "other", None, "NSB annual change in house prices in January 2046"],
    ["poll_forecast_feb", "other", None, "Economists' forecast of February's annual change (Cobalt Wire poll)"],
    ["monthly_feb", "other", None, "Monthly change in house prices in February (NSB rise 0.8 revised to 0.3; Keystone fall 0.4)"],
    ["avg_price_feb", "other", None, "Average house price in February (NSB EUR 312,500 revised to EUR 309,800; Keystone EUR 298,000)"],
    ["avg_price_rise_year", "other", None, "Rise in the average price over the year to February (tabloid's EUR 18,000)"],
    ["rise_period", "other", None, "Period of the rise ('12 months', window)"],
    ["fastest_since", "other", None, "Years since prices last rose as fast (look-back)"],
    ["annual_mar", "other", None, "Annual change in house prices in March (NSB 4.8; Keystone 1.6)"],
    ["monthly_mar", "other", None, "Monthly change in March (NSB rise 0.5; Keystone fall 0.3)"],
    ["avg_price_mar", "other", None, "NSB average house price in March"],
    ["revision_size", "other", None, "Size of the revision to February's annual rate (percentage points)"],
    ["index_gap_feb_first", "other", None, "Gap between the official and Keystone annual rates on the first February figures"],
    ["index_gap_mar", "other", None, "Gap between the official and Keystone annual rates in March"],
    ["feb_coverage", "other", None, "Share of expected transactions on which the first February estimate was based"],
    ["registry_lag", "other", None, "Lag of land-registry completions behind agreed deals (two to three months)"],
    ["regions", "population", None, "Regions of Aurenland"],
    ["regions_rising", "count", None, "Regions where prices rose in the year to February"],
    ["avg_bellmoor", "other", None, "Average house price in the Bellmoor (capital) region in February"],
    ["bellmoor_annual", "other", None, "Annual change in Bellmoor prices in February (8.1 revised to 7.6)"],
    ["bellmoor_price_income", "other", None, "Bellmoor average price as a multiple of the average Bellmoor salary"],
    ["avg_ostwold", "other", None, "Average house price in Ostwold in February"],
    ["ostwold_annual", "other", None, "Annual change in Ostwold prices in February (NSB 9.4 revised to 8.6; Keystone 3.5)"],
    ["avg_northcoast", "other", None, "Average house price on the Amber Coast in February"],
    ["northcoast_annual", "other", None, "Fall in Amber Coast prices in the year to February (1.2 revised to 1.9)"],
    ["avg_wendmere", "other", None, "Average house price in the city of Wendmere"],
    ["wendmere_annual", "other", None, "Annual rise in Wendmere prices (11.2, headline '11 per cent')"],
    ["wendmere_annual_generic", "other", None, "Generic yearly rise in the agent's remark ('11 per cent a year for ever')"],
    ["wendmere_salary", "other", None, "Median salary in Wendmere"],
    ["wendmere_price_income", "other", None, "Wendmere average price as a multiple of local earnings"],
    ["bellmoor_wendmere_share", "other", None, "Price of a Wendmere family house relative to a Bellmoor flat ('less than half', vague)"],
    ["sales_feb", "total", None, "Home sales registered in February (61,400 first, revised to 66,700)"],
    ["sales_feb_change", "other", None, "Annual change in February sales"],
    ["late_registrations", "part", "sales_feb", "Late-registered February sales added in the revision"],
    ["late_avg_price", "other", None, "Average price of the late-registered sales"],
    ["sales_ostwold", "part", "sales_feb", "Home sales in Ostwold in February"],
    ["sales_ostwold_lastyear", "count", None, "Home sales in Ostwold in February a year earlier"],
    ["rent_avg", "other", None, "Average monthly rent on a new tenancy in February"],
    ["rent_annual", "other", None, "Annual change in the average new rent in February"],
    ["rent_threshold", "other", None, "Threshold of the run of monthly rent increases ('above 5 percent')"],
    ["rent_rise_year_total", "other", None, "Extra rent paid over a year at the new average ('more than EUR 1,200')"],
    ["rent_avg_mar", "other", None, "Average monthly rent on a new tenancy in March"],
    ["rent_annual_mar", "other", None, "Annual change in the average new rent in March"],
    ["wendmere_rent", "other", None, "Average new rent in Wendmere"],
    ["wendmere_rent_annual", "other", None, "Annual change in Wendmere rents"],
    ["base_rate", "other", None, "Bank of Aurenland base rate (held)"],
    ["base_rate_proposed", "other", None, "Base rate after the cut proposed by two members / expected by markets (3.5 per cent)"],
    ["mpc_votes_hold", "count", None, "Committee votes to hold the base rate in March"],
    ["mpc_votes_cut", "count", None, "Committee votes for a cut in March"],
    ["rate_hikes", "count", None, "Base-rate increases before the hold"],
    ["hike_period", "other", None, "Period over which the increases came"],
    ["cut_probability", "other", None, "Market-implied chance of a cut in May after the revision"],
    ["cut_probability_before", "other", None, "Market-implied chance of a cut in May before the revision"],
    ["rate_2y_fixed", "other", None, "Average two-year fixed mortgage rate"],
    ["rate_2y_fixed_then", "other", None, "Average two-year fixed mortgage rate four years earlier"],
    ["rate_then_ago", "other", None, "Look-back to the earlier two-year rate ('four years ago')"],
    ["rate_5y_fixed", "other", None, "Average five-year fixed mortgage rate in Aurenland"],
    ["fix_term_2y", "other", None, "Term of the two-year fixed product (defines the product)"],
    ["fix_term_5y", "other", None, "Term of the five-year fixed product in Aurenland (defines the product)"],
    ["fix_term_5y_lus", "other", None, "Term of the five-year fixed product in Lusarra (defines the product)"],
    ["lus_rate_5y", "other", None, "Average five-year fixed rate in Lusarra"],
    ["approvals_feb", "count", None, "Mortgage approvals for house purchase in February"],
    ["approvals_jan", "count", None, "Mortgage approvals for house purchase in January"],
    ["approvals_mar", "count", None, "Mortgage approvals for house purchase in March"],
    ["approvals_below_avg", "other", None, "How far approvals are below their long-run (ten-year) average"],
    ["approvals_avg_period", "other", None, "Window of the long-run average ('the last ten years')"],
    ["remortgage_feb", "count", None, "Remortgage approvals in February"],
    ["ftb_feb", "total", None, "First-time buyers in February (lenders' figures)"],
    ["ftb_ostwold", "part", "ftb_feb", "First-time buyers in Ostwold in February"],
    ["ftb_mar", "count", None, "First-time buyers in March"],
    ["ftb_change", "other", None, "Annual change in first-time buyers in February"],
    ["ftb_share", "other", None, "First-time buyers' share of purchases with a mortgage"],
    ["ftb_share_then", "other", None, "First-time buyers' share a decade ago ('more than half', vague)"],
    ["ftb_then_ago", "other", None, "Look-back ('a decade ago')"],
    ["ftb_deposit", "other", None, "Typical first-time buyer's deposit"],
    ["deposit_salary_ratio", "other", None, "Typical deposit as a multiple of the average salary"],
    ["saving_month", "other", None, "Monthly saving in the tabloid's example"],
    ["saving_years", "other", None, "Time needed to save the deposit at that rate"],
    ["price_income_ratio", "other", None, "National average price as a multiple of average earnings now"],
    ["price_income_then", "other", None, "Price-to-earnings multiple twenty years earlier"],
    ["price_income_then_ago", "other", None, "Look-back of the earlier multiple ('20 years ago', 'two decades ago')"],
    ["homes_target", "other", None, "Government target of new homes per year"],
    ["homes_target_decade", "other", None, "Homes promised over ten years"],
    ["homes_target_period", "other", None, "Period of the ten-year promise"],
    ["homes_target_years", "other", None, "Years it would take to meet the promise at February's pace"],
    ["starts_feb", "total", None, "Housing starts in February"],
    ["starts_feb_change", "other", None, "Annual change in February housing starts"],
    ["starts_ostwold", "part", "starts_feb", "Housing starts in Ostwold in February"],
    ["starts_ostwold_change", "other", None, "Annual change in Ostwold starts"],
    ["starts_mar", "count", None, "Housing starts in March"],
    ["starts_12m", "count", None, "Housing starts over the twelve months to March"],
    ["starts_window", "other", None, "Window of the twelve-month starts total"],
    ["starts_shortfall", "other", None, "Shortfall of twelve-month starts against the annual target"],
    ["brookfield_homes", "population", None, "Homes planned in the Brookfield scheme"],
    ["brookfield_affordable_share", "other", None, "Required share of affordable homes at Brookfield"],
    ["brookfield_affordable", "other", None, "Minimum number of affordable homes the council requires at Brookfield (rule)"],
    ["waiting_list", "count", None, "Households on Wendmere council's housing waiting list now"],
    ["waiting_list_then", "count", None, "Households on the waiting list two years earlier"],
    ["waiting_list_ago", "other", None, "Look-back ('two years ago')"],
    ["family_size", "population", None, "Size of families in one-bedroom flats in the councillor's remark"],
    ["flat_bedrooms", "other", None, "Bedrooms of the overcrowded flats"],
    ["viewings", "count", None, "Viewings on one house in Castlegate on a Saturday last October"],
    ["viewings_now", "count", None, "Viewings the agent gets now ('three or four')"],
    ["semi_bedrooms", "other", None, "Bedrooms of the Castlegate semi"],
    ["over_asking", "other", None, "Amount over the asking price the Castlegate semi sold for"],
    ["rook_years", "other", None, "Years the agent has sold houses in Wendmere"],
    ["rail_journey_now", "other", None, "Rail journey time Wendmere-Bellmoor on the new line"],
    ["rail_journey_before", "other", None, "Rail journey time before the new line"],
    ["example_loan", "other", None, "Loan in the local paper's repayment example"],
    ["example_term", "other", None, "Term of the example loan"],
    ["example_payment", "other", None, "Monthly payment in the example"],
    ["bellin_age", "other", None, "Age of nurse Kaja Bellin"],
    ["bellin_saving_years", "other", None, "Years Bellin has been saving"],
    ["bellin_rent", "other", None, "Monthly rent Bellin pays"],
    ["bellin_bedrooms", "other", None, "Bedrooms of Bellin's flat"],
    ["age_under", "other", None, "Age bound of the group the opposition speaks of ('under 40')"],
    ["months_to_election", "other", None, "Time left until the general election"],
    ["aur_lus_price_ratio", "other", None, "Aurenish average price relative to the Lusarran ('almost the double')"],
    ["lus_avg_price", "other", None, "Average house price in Lusarra"],
    ["lus_annual", "other", None, "Annual change in Lusarran house prices last year"],
    ["lus_buyers_homes", "total", None, "Homes bought in Aurenland by Lusarran citizens last year"],
    ["lus_buyers_northcoast", "part", "lus_buyers_homes", "Of those, homes on the Amber Coast"],
    ["lus_buyers_value", "other", None, "Value of the homes bought by Lusarrans last year"],
    ["lus_investment", "other", None, "Lusarran property investment in Aurenland including commercial property"],
    ["lus_lookback", "other", None, "Look-back in the agent's remark ('Five years ago')"],
    ["amadeiro_sales", "count", None, "Houses the Casa Atlantica agency sells a year in Aurenland"],
]
here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json: {len(Q)} quantities")
