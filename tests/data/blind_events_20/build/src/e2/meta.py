#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 2; writes meta.json beside this file."""
import json
import os

FOLDER = "larkmoor_supermarket_results"
EVENT = ("Larkmoor, Drevania's second-largest supermarket chain, reports third-quarter results in Marrowgate "
         "on Wednesday 4 November 2043 (sales, underlying operating profit, margin, like-for-like sales, "
         "guidance, dividend) and announces a first round of 46 store closures and 2,300 job cuts by region "
         "and in Sollmark, then a second round on Wednesday 25 November (19 stores, 1,150 jobs at head office, "
         "the Tanbridge distribution centre and in stores); the General Union of Retail Staff's wider count "
         "with contract workers, share-price moves, savings and charges, reported 4-29 November 2043 (fictional)")
NOTES = (
    "Dates (November 4, March 30), calendar years (1994, 2031, 2046) and ordinals ('second-largest', 'third "
    "quarter', 'second round', 'second wave', 'first round') are not figures; 'the two rounds' is a pronoun use. "
    "The two rounds are separate quantities (stores_r1 46 and stores_r2 19; jobs_r1 2,300 and jobs_r2 1,150), "
    "each a part of the totals given after the second round (65 stores closed, 3,450 jobs); their breakdowns "
    "by region and by site are parts of the round they belong to, and Sollmark's 5 stores and 240 jobs are "
    "parts of the first round. The union's counts (at least 2,900 for the first round, 4,100 for both) add "
    "contract workers to the company's counts: they are different quantities from the company's figures "
    "(a wider scope), not estimates of the same number; the contract workers (600, 650) are parts of the "
    "union's counts. Stores open before (388), after the first round (342) and after both rounds (323) are "
    "stocks. Results figures are quarter-on-year-ago comparisons: this quarter's value, last year's value and "
    "the change are three quantities (EUR 61m, EUR 112m, 46 per cent; 'PLUNGED 46 PER CENT' and 'Profit: down "
    "46%' are the change). Falls are given without sign ('fell 3.4 percent' is 3.4). The share fall on "
    "results day (13.6 per cent), the rise on the second-round day (4.1 per cent), the Friday close (EUR 2.21) "
    "and the fall since January (31 per cent) are distinct. Savings of about EUR 70m a year from the first "
    "round are a part of the EUR 110m for both rounds. Redundancy pay 'two weeks' pay' per year of service "
    "is a rule ('='), the union's 'four' its demand. The periods defining a measure ('three months' of a "
    "quarter, '12 weeks' of market-share data, 'within one year'), look-backs ('three weeks after', 'more "
    "than a decade', 'three years ago', 'eleven years ago'), ages, years of service, Sollmark's ten-year "
    "notice rule and the vague share 'one store in six' are optional.")

# id, role, part_of, description
Q = [
    ["stores_total", "population", None, "Larkmoor stores before the closures"],
    ["stores_after_r1", "population", None, "stores left after the first round"],
    ["stores_after", "population", None, "stores left after both rounds"],
    ["stores_total_closed", "total", None, "stores closed in both rounds together"],
    ["stores_r1", "part", "stores_total_closed", "stores to close in the first round (4 November)"],
    ["stores_r2", "part", "stores_total_closed", "stores to close in the second round (25 November)"],
    ["north_stores_r1", "part", "stores_r1", "first-round closures in the North"],
    ["capital_stores_r1", "part", "stores_r1", "first-round closures in the Capital region"],
    ["east_stores_r1", "part", "stores_r1", "first-round closures on the East Coast"],
    ["south_stores_r1", "part", "stores_r1", "first-round closures in the South"],
    ["sollmark_stores_r1", "part", "stores_r1", "first-round closures in Sollmark"],
    ["north_stores_r2", "part", "stores_r2", "second-round closures in the North"],
    ["sollmark_stores", "population", None, "Larkmoor stores in Sollmark before the closures"],
    ["sollmark_stores_after", "population", None, "Larkmoor stores remaining in Sollmark"],
    ["tanbridge_stores_served", "population", None, "stores supplied by the Tanbridge depot"],
    ["jobs_total", "total", None, "jobs cut in both rounds together (company count)"],
    ["jobs_r1", "part", "jobs_total", "jobs cut in the first round (company count)"],
    ["jobs_r2", "part", "jobs_total", "jobs cut in the second round (company count)"],
    ["north_jobs_r1", "part", "jobs_r1", "first-round jobs cut in the North"],
    ["capital_jobs_r1", "part", "jobs_r1", "first-round jobs cut in the Capital region"],
    ["east_jobs_r1", "part", "jobs_r1", "first-round jobs cut on the East Coast"],
    ["south_jobs_r1", "part", "jobs_r1", "first-round jobs cut in the South"],
    ["sollmark_jobs_r1", "part", "jobs_r1", "first-round jobs cut in Sollmark"],
    ["cobbeck_store_jobs", "part", "north_jobs_r1", "staff of the Cobbeck High Street store"],
    ["transfers_r1", "part", "jobs_r1", "affected first-round staff to be offered jobs at nearby stores"],
    ["sollmark_transfers", "part", "transfers_r1", "affected Sollish staff to be offered jobs in remaining stores"],
    ["hq_jobs", "part", "jobs_r2", "second-round jobs cut at the Marrowgate head office"],
    ["tanbridge_jobs", "part", "jobs_r2", "jobs lost with the closure of the Tanbridge depot"],
    ["store_jobs_r2", "part", "jobs_r2", "second-round jobs cut in stores"],
    ["tanbridge_transfers", "part", "tanbridge_jobs", "Tanbridge staff expected to move to Holmbrook"],
    ["cobbeck_area_jobs", "count", None, "jobs lost in the Cobbeck area (store and depot)"],
    ["union_r1", "total", None, "GURS count of jobs lost in the first round, with contract workers"],
    ["contractors_r1", "part", "union_r1", "contract cleaners and security staff in the first-round count"],
    ["sollmark_contractors", "part", "contractors_r1", "contract workers in Sollmark losing work"],
    ["union_total", "total", None, "GURS count of jobs lost in both rounds, with contract workers"],
    ["contractors_total", "part", "union_total", "contract workers in the union's two-round count"],
    ["workforce", "population", None, "Larkmoor employees"],
    ["sollmark_staff", "population", None, "Larkmoor employees in Sollmark"],
    ["gurs_members", "population", None, "GURS members at Larkmoor"],
    ["jobs_share_workforce", "other", None, "share of the workforce lost in both rounds"],
    ["sales_q3", "other", None, "third-quarter sales"],
    ["sales_change_q3", "other", None, "fall in third-quarter sales"],
    ["lfl_q3", "other", None, "fall in third-quarter like-for-like sales"],
    ["lfl_q2", "other", None, "fall in second-quarter like-for-like sales"],
    ["lfl_consensus", "other", None, "fall in like-for-like sales expected by analysts"],
    ["op_profit_q3", "other", None, "third-quarter underlying operating profit"],
    ["op_profit_prev", "other", None, "underlying operating profit a year earlier"],
    ["op_profit_change", "other", None, "fall in underlying operating profit"],
    ["margin_q3", "other", None, "third-quarter operating margin"],
    ["margin_prev", "other", None, "operating margin a year earlier"],
    ["margin_target", "other", None, "operating margin promised by management"],
    ["net_profit_q3", "other", None, "third-quarter net profit"],
    ["net_profit_prev", "other", None, "net profit a year earlier"],
    ["guidance_new", "other", None, "new full-year underlying operating profit forecast"],
    ["guidance_old", "other", None, "previous full-year forecast"],
    ["dividend_new", "other", None, "new interim dividend per share"],
    ["dividend_old", "other", None, "previous interim dividend per share"],
    ["share_fall_r1", "other", None, "fall in Larkmoor shares on results day"],
    ["share_price_r1", "other", None, "share price at the close on results day"],
    ["share_price_fri", "other", None, "share price at the close on Friday 6 November"],
    ["mkt_value_lost_r1", "other", None, "market value lost on results day"],
    ["share_rise_r2", "other", None, "rise in Larkmoor shares on the second-round day"],
    ["share_ytd", "other", None, "fall in Larkmoor shares since January"],
    ["market_share", "other", None, "Larkmoor's share of the grocery market (latest)"],
    ["market_share_prev", "other", None, "Larkmoor's market share a year earlier"],
    ["market_share_2031", "other", None, "Larkmoor's market share in 2031"],
    ["market_share_period", "other", None, "weeks covered by the market-share data (optional)"],
    ["mkt_window", "other", None, "comparison window of the market-share change (optional)"],
    ["brannock_share", "other", None, "Brannock's market share (latest)"],
    ["brannock_share_prev", "other", None, "Brannock's market share a year earlier"],
    ["hobbins_openings", "count", None, "stores opened by Hobbins this year"],
    ["food_inflation", "other", None, "annual rise in food prices"],
    ["charge_r1", "total", None, "restructuring charge for the first round"],
    ["redundancy_cost_r1", "part", "charge_r1", "redundancy payments within the first-round charge"],
    ["charge_r2", "other", None, "additional charge for the second round"],
    ["savings_total", "total", None, "annual savings from both rounds"],
    ["savings_r1", "part", "savings_total", "annual savings from the first round"],
    ["sollmark_savings", "part", "savings_r1", "annual savings from the Sollish closures"],
    ["price_investment", "other", None, "money committed to price cuts"],
    ["price_cut_products", "count", None, "products whose prices will be cut"],
    ["ceo_pay", "other", None, "chief executive's pay"],
    ["redundancy_weeks", "other", None, "redundancy pay offered, weeks' pay per year of service"],
    ["redundancy_weeks_union", "other", None, "redundancy pay demanded by the union, weeks' pay per year"],
    ["further_closures_est", "other", None, "stores an analyst reckons still lose money"],
    ["closures_2031", "count", None, "stores closed in 2031"],
    ["sollmark_share", "other", None, "Larkmoor's highest market share in Sollmark"],
    ["sollmark_sales", "other", None, "Larkmoor Sollmark's sales last year"],
    ["sollmark_loss", "other", None, "Larkmoor Sollmark's loss last year"],
    ["sollmark_notice", "other", None, "notice period for long-serving Sollish employees (months)"],
    ["sollmark_notice_rule", "other", None, "service above which the longer notice applies (optional)"],
    ["sollmark_years", "other", None, "years since Larkmoor took over its Sollish stores (optional)"],
    ["eskedal_unemployment", "other", None, "unemployment rate around Eskedal"],
    ["sollmark_unemployment", "other", None, "Sollmark's national unemployment rate"],
    ["vinterhavn_pop", "population", None, "inhabitants of Vinterhavn"],
    ["vinterhavn_distance", "other", None, "distance from Vinterhavn to the nearest alternative supermarket"],
    ["cobbeck_pop", "population", None, "population of Cobbeck"],
    ["cobbeck_unemployment", "other", None, "unemployment rate in Cobbeck"],
    ["holmbrook_distance", "other", None, "distance from Tanbridge to the Holmbrook centre"],
    ["rocket_mum_children", "population", None, "children of a quoted shelf-stacker"],
    ["farrant_travel", "other", None, "travel time to the nearest other store (minutes)"],
    ["farrant_buses", "count", None, "buses needed to reach the nearest other store"],
    ["age_pellingham", "other", None, "age of a quoted worker (optional)"],
    ["age_farrant", "other", None, "age of a quoted worker (optional)"],
    ["age_cawley", "other", None, "age of a quoted shopper (optional)"],
    ["age_mewes", "other", None, "age of a quoted worker (optional)"],
    ["pellingham_service", "other", None, "years of service of a quoted worker (optional)"],
    ["mewes_service", "other", None, "years of service of a quoted worker (optional)"],
    ["marquand_tenure", "other", None, "years since the chief executive took the job (optional look-back)"],
    ["lookback_weeks", "other", None, "weeks between the two rounds (optional look-back)"],
    ["lookback_decade", "other", None, "'more than a decade' look-back (optional)"],
    ["period_months", "other", None, "months in a reporting quarter (optional)"],
    ["closed_share_vague", "other", None, "'one store in six' closed (optional vague share)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
