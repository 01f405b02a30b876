#!/usr/bin/env python3
"""Hand-kept quantity table for e3 (Simmerloft's funding round); writes meta.json beside it."""
import json
import os

FOLDER = "simmerloft_funding_round"
EVENT = ("Funding round of Simmerloft, a restaurant kitchen software start-up in Pennerack, Ebrovia (fictional): "
         "reported as near on Monday 3 October 2078, announced on Wednesday 5 October at 48 million tolmars led by "
         "Greyfen Capital with a Tervorian pension fund among the investors, and extended to 55 million on Friday "
         "4 November; rival valuations, staff and customers; reported 3 October - 8 November 2078")
NOTES = ("The amount raised (the trade weekly's 'about 40 million' before the announcement, 48 million, 55 million "
         "after a second close) is one running amount, with the investors' contributions and the second close as "
         "parts. The valuation joins the trade weekly's 'more than 250 million', the reported 'about 310 million', the "
         "317 million after the second close, the co-founder's 'closer to 400 million' (counting staff options) and the "
         "tervic conversion; the pre-money valuation (262 million) is a quantity of its own. Restaurants (about 4,200 "
         "-> 4,350) and staff (about 180 -> 185) are running counts, with the Pennerack figures as parts; the staff "
         "target of about 300 is a plan, kept apart. The founders' stake after the round (38 -> about 37 per cent, "
         "diluted by the second close) is one running share, the 46 per cent before the round another quantity. The "
         "share of last year's sector funding (about half -> more than half) follows the amount raised. Look-backs "
         "and the periods of counts are optional.")
Q = [
    ["amount_raised", "total", None, "amount raised in the funding round (about 40 -> 48 -> 55 million tolmars)"],
    ["greyfen_share", "part", "amount_raised", "Greyfen Capital's contribution"],
    ["existing_investors_share", "part", "amount_raised", "existing investors' contribution"],
    ["tervoria_share", "part", "amount_raised", "Tervorian pension fund's contribution"],
    ["family_offices_share", "part", "amount_raised", "family offices' contribution"],
    ["second_close", "part", "amount_raised", "money added at the second close"],
    ["investors", "total", None, "investors in the round (7 -> 9)"],
    ["family_offices", "part", "investors", "family offices among the investors"],
    ["second_close_investors", "part", "investors", "investors added at the second close"],
    ["valuation", "other", None, "valuation of Simmerloft including the new money (rival and successive figures)"],
    ["pre_money", "other", None, "valuation before the new money"],
    ["valuation_multiple", "other", None, "rumoured valuation as a multiple of the 2076 valuation"],
    ["valuation_to_arr", "other", None, "valuation as a multiple of annual recurring revenue"],
    ["peer_multiple", "other", None, "listed peers' value as a multiple of revenue"],
    ["series_a", "other", None, "amount raised in the first round (2076)"],
    ["series_a_valuation", "other", None, "valuation in the first round (2076)"],
    ["arr", "other", None, "annual recurring revenue at the end of September 2078"],
    ["arr_last_year", "other", None, "annual recurring revenue a year earlier"],
    ["arr_2076", "other", None, "revenue at the time of the 2076 round"],
    ["arr_growth", "other", None, "growth of annual recurring revenue in a year"],
    ["loss", "other", None, "loss in the last financial year"],
    ["runway_years", "other", None, "years the money raised lasts at the current loss"],
    ["founders_stake", "other", None, "founders' stake after the round"],
    ["founders_stake_before", "other", None, "founders' stake before the round"],
    ["greyfen_stake", "other", None, "Greyfen's stake"],
    ["tervoria_stake", "other", None, "Tervorian pension fund's stake"],
    ["exchange_rate", "other", None, "tervics per tolmar"],
    ["restaurants", "total", None, "restaurants using the software (running count)"],
    ["restaurants_pennerack", "part", "restaurants", "restaurants using the software in Pennerack"],
    ["countries", "count", None, "countries where the software is used"],
    ["new_countries", "count", None, "countries the company plans to enter"],
    ["restaurants_target", "other", None, "kitchens the company aims for"],
    ["restaurants_target_years", "other", None, "period of the kitchens target"],
    ["tervoria_kitchens_target", "other", None, "Tervorian kitchens expected by 2080"],
    ["tervoria_restaurants", "population", None, "restaurants and cafes in Tervoria"],
    ["price_min", "other", None, "lowest monthly licence price"],
    ["avg_price", "other", None, "average monthly payment per restaurant"],
    ["waste_cut_claim", "other", None, "food waste cut claimed by the company"],
    ["waste_cut_study", "other", None, "food waste cut found by the independent study"],
    ["study_kitchens", "count", None, "kitchens in the independent study"],
    ["study_months", "other", None, "length of the independent study"],
    ["saving_per_kitchen", "other", None, "yearly saving for a typical mid-sized kitchen"],
    ["food_wasted_share", "other", None, "share of food bought that kitchens throw away (co-founder)"],
    ["tervoria_waste_share", "other", None, "share of food Tervorian restaurants throw away"],
    ["staff", "total", None, "people employed by Simmerloft (about 180 -> 185)"],
    ["staff_pennerack", "part", "staff", "staff in Pennerack"],
    ["staff_target", "other", None, "planned staff by the end of 2079"],
    ["new_hires", "total", None, "people the company plans to hire"],
    ["jobs_pennerack", "part", "new_hires", "new jobs in Pennerack"],
    ["hiring_period", "other", None, "period over which the hiring is planned"],
    ["avg_salary", "other", None, "average pay of the new Pennerack jobs"],
    ["offices", "count", None, "company offices"],
    ["board", "count", None, "board members after the round"],
    ["sources_trade", "count", None, "people cited by the trade weekly"],
    ["sources_wire", "count", None, "people cited by the wire"],
    ["rival_restaurants", "other", None, "restaurants served by the market leader"],
    ["boom_startups", "other", None, "restaurant software start-ups funded in one quarter of 2075"],
    ["funding_count_period", "other", None, "period of the recent funding count"],
    ["recent_rounds", "other", None, "restaurant software rounds in the past 12 months"],
    ["sector_funding", "other", None, "restaurant technology funding in Ebrovia last year"],
    ["sector_funding_2075", "other", None, "restaurant technology funding in Ebrovia in 2075"],
    ["round_share_of_sector", "other", None, "round as a share of last year's sector funding"],
    ["fund_assets", "population", None, "assets managed by the Tervorian pension fund"],
    ["startup_allocation_cap", "other", None, "most the fund may put into young companies"],
    ["fund_startups", "other", None, "start-ups the fund had invested in before"],
    ["small_restaurant_seats", "other", None, "seats of a small restaurant (association's example)"],
    ["office_area", "other", None, "area of the new office in the tram depot"],
    ["lease_years", "other", None, "length of the depot lease"],
    ["depot_refit", "other", None, "cost of fitting out the depot"],
    ["city_grant", "other", None, "city grant towards the refit"],
    ["grant_jobs_condition", "other", None, "jobs the grant requires in Pennerack"],
    ["grant_condition_years", "other", None, "years the jobs must be kept"],
    ["founders_count", "count", None, "people at the start in 2073"],
    ["customers_first_year", "total", None, "customers in the first year"],
    ["customers_first_year_pennerack", "part", "customers_first_year", "first-year customers in Pennerack"],
    ["city_tech_jobs", "population", None, "people working in software in Pennerack"],
    ["city_population", "population", None, "inhabitants of Pennerack"],
    ["wrenfold_bistros", "count", None, "bistros run by a customer"],
    ["crates_binned", "other", None, "crates of vegetables a customer used to throw away on Mondays"],
    ["marchbank_seats", "population", None, "seats in a cafe owner's cafe"],
    ["marchbank_trial_months", "other", None, "months a cafe owner tried the software"],
    ["marchbank_wrong_weeks", "other", None, "weeks running the software's forecast was wrong"],
    ["disclosure_threshold", "other", None, "holding above which the Tervorian fund must disclose a stake"],
    ["fund_return", "other", None, "Tervorian fund's average yearly return"],
    ["fund_return_period", "other", None, "period of the fund's average return"],
    ["orders_monthly", "count", None, "orders the software places a month"],
    ["suppliers", "population", None, "suppliers connected to the software"],
    ["since_series_a", "other", None, "time since the 2076 round (look-back)"],
    ["since_round", "other", None, "time since the announcement (look-back)"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
