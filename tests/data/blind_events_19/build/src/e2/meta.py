#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event e2; writes meta.json beside it."""
import json
import os

FOLDER = "kestrune_layoffs"
EVENT = ("Kestrune Industries' second round of job cuts, announced in Tessenburg, Ardalia, on Tuesday 2 October "
         "2040 (3,400 positions by the end of 2042, trimmed to 3,150 after talks with the works council on "
         "15 October), on top of 900 jobs cut in April: the Osterhal plant, the Tessenburg headquarters and "
         "the Ullen Valley, the Pradec plant in Vorgaard, outsourced roles, the union's count with agency "
         "workers, supplier jobs, severance terms and costs, savings, results and shares, reported 2-17 "
         "October 2040 (fictional)")

Q = [
    # the rounds
    ["cuts_2040", "total", None, "jobs cut in Kestrune's 2040 announcements, April and October rounds together (4,300; 'MORE THAN 4,000'; 4,050 after the October round was trimmed)"],
    ["apr_round", "part", "cuts_2040", "jobs cut in the April 2040 round"],
    ["apr_ullen_cuts", "part", "apr_round", "April-round jobs cut in the Ullen Valley"],
    ["pradec_apr_cuts", "part", "apr_round", "April-round jobs cut in Pradec"],
    ["oct_round", "part", "cuts_2040", "jobs to be cut in the October round (3,400, trimmed to 3,150 after talks)"],
    ["corporate_cuts", "part", "oct_round", "corporate and administrative roles cut in the October round"],
    ["ardalia_cuts", "part", "oct_round", "October-round jobs cut in Ardalia (2,300 -> 2,050)"],
    ["ullen_cuts", "part", "ardalia_cuts", "October-round jobs cut in the Ullen Valley (1,500 -> 1,250)"],
    ["osterhal_cuts", "part", "ullen_cuts", "jobs cut at the Osterhal plant (all 740 -> 560)"],
    ["tessenburg_cuts", "part", "ullen_cuts", "posts cut at the Tessenburg headquarters (760 -> 690)"],
    ["pradec_cuts", "part", "oct_round", "October-round jobs cut at the Pradec plant in Vorgaard"],
    ["outsourced", "part", "oct_round", "back-office roles transferred to Quennet Services"],
    ["fenwick_team", "part", "outsourced", "Dora Fenwick-Ahl's payroll team, to be transferred"],
    ["sales_cuts", "part", "oct_round", "jobs cut in sales and service offices"],
    ["jobs_saved", "other", None, "jobs saved by the works-council deal (3,400 minus 3,150)"],
    ["osterhal_kept", "count", None, "jobs kept at Osterhal in the refurbishment centre"],
    ["osterhal_keep_proposal", "other", None, "jobs the works council proposed keeping at Osterhal"],
    ["oct_share", "other", None, "October-round cuts as a share of the workforce (nearly 8 -> 7,7 -> about 7 per cent)"],
    ["corporate_share", "other", None, "corporate cuts as a share of corporate staff"],
    ["union_toll", "total", None, "jobs lost at Kestrune by the union's count, agency workers included (4,200 -> 3,950)"],
    ["agency_workers", "part", "union_toll", "agency workers whose contracts will not be renewed"],
    ["supplier_jobs", "other", None, "jobs at risk at Ullen Valley suppliers ('UP TO 2,000'; chamber about 1,800)"],
    ["pradec_supplier_jobs", "other", None, "jobs at risk at Pradec suppliers (VFA estimate)"],
    ["industry_cuts", "total", None, "job cuts announced by the Ardalian appliance industry in the past 18 months"],
    ["orrin_cuts", "part", "industry_cuts", "jobs cut at Orrin Appliances last year"],
    # staff and populations
    ["workforce", "population", None, "Kestrune's workforce worldwide before the October cuts"],
    ["workforce_after", "population", None, "Kestrune's workforce after the October cuts"],
    ["corporate_staff", "population", None, "Kestrune's corporate staff"],
    ["osterhal_staff", "population", None, "employees / jobs at the Osterhal plant"],
    ["osterhal_apprentices", "population", None, "apprentices at Osterhal"],
    ["pradec_staff", "population", None, "employees at the Pradec plant"],
    ["pradec_remaining", "population", None, "Kestrune jobs left in Pradec after the cuts"],
    ["vorgaard_staff", "population", None, "Kestrune's employees in Vorgaard"],
    ["ullen_staff", "population", None, "Kestrune's employees in the Ullen Valley"],
    ["ullen_staff_after", "population", None, "Kestrune's employees in the Ullen Valley after the cuts"],
    ["industry_staff", "population", None, "employees of the Ardalian appliance industry"],
    ["vorgaard_industry_staff", "population", None, "employees of Vorgaard's metal and electrical industry"],
    ["supplier_firms", "population", None, "Ullen Valley firms selling to Kestrune"],
    ["osterhal_pop", "population", None, "population of Osterhal"],
    ["ullen_pop", "population", None, "population of the Ullen Valley"],
    ["pradec_pop", "population", None, "population of Pradec"],
    ["ullen_vacancies", "population", None, "vacancies at the Ullen Valley employment office"],
    ["osterhal_vacancies", "population", None, "vacancies in Osterhal"],
    # voluntary programme and severance
    ["voluntary_apps", "total", None, "applications for voluntary redundancy (380 -> 1,050 -> 1,700)"],
    ["pradec_voluntary", "part", "voluntary_apps", "applications from Pradec"],
    ["voluntary_target", "other", None, "share of cuts the works council wants made voluntarily"],
    ["severance_formula", "other", None, "months' pay per year of service on offer (1.4 -> 1.6)"],
    ["severance_cap", "other", None, "cap on severance in months' pay (24 -> 30)"],
    ["union_cap_demand", "other", None, "cap the union demanded"],
    ["avg_severance", "other", None, "average severance payout (union estimate)"],
    ["karsbek_entitlement", "other", None, "Rudi Karsbek's entitlement on the formula, before the cap"],
    ["karsbek_years_counted", "other", None, "years of Karsbek's service that count under the cap"],
    # money
    ["restructuring_charge", "total", None, "restructuring charge (company about EUR 280m -> about EUR 300m; Pellow Brothers up to EUR 350m)"],
    ["severance_cost", "part", "restructuring_charge", "severance within the charge (EUR 190m -> EUR 215m)"],
    ["annual_savings", "other", None, "yearly savings from the October round from 2042 (EUR 410m -> EUR 385m)"],
    ["apr_savings", "other", None, "yearly savings from the April round"],
    ["combined_savings", "other", None, "yearly savings from both rounds"],
    ["q3_revenue", "other", None, "third-quarter revenue"],
    ["q3_rev_fall", "other", None, "fall in third-quarter revenue from a year earlier"],
    ["sales_guidance_new", "other", None, "full-year sales forecast after the cut"],
    ["sales_guidance_old", "other", None, "full-year sales forecast before the cut"],
    ["op_margin", "other", None, "operating margin in the first half"],
    ["margin_target", "other", None, "operating margin target"],
    ["share_move_tue", "other", None, "Kestrune's share rise on 2 October"],
    ["share_since_ann", "other", None, "Kestrune's share rise since the announcement (8.9 -> 11 per cent)"],
    ["market_value", "other", None, "Kestrune's market value"],
    ["market_value_gain", "other", None, "value added to Kestrune's shares on 2 October"],
    ["ceo_pay", "total", None, "chief executive's yearly pay package"],
    ["ceo_salary", "part", "ceo_pay", "chief executive's basic salary"],
    ["vorgaard_aid", "other", None, "aid offered by the Vorgaardish state"],
    ["pradec_investment", "other", None, "cost of the 2034 extension of the Pradec plant"],
    ["pradec_extensions", "count", None, "times the Pradec plant was extended"],
    ["osterhal_tax_loss", "other", None, "business tax Osterhal would lose per year"],
    ["osterhal_tax_share", "other", None, "that tax as a share of Osterhal's budget"],
    ["ullen_unemployment", "other", None, "Ullen Valley unemployment rate"],
    ["ardalia_unemployment", "other", None, "Ardalia's unemployment rate"],
    ["pradec_unemployment", "other", None, "Pradec district unemployment rate"],
    ["vorgaard_unemployment", "other", None, "Vorgaard's unemployment rate"],
    ["asian_share_gain", "other", None, "market share taken by Asian makers in Europe since 2035"],
    # talks and people
    ["talks_duration", "other", None, "length of the first round of talks"],
    ["talks_rounds", "count", None, "rounds of talks before the deal"],
    ["meeting_length", "other", None, "length of the canteen meeting at Osterhal"],
    ["plant_age", "other", None, "years the Osterhal plant has run"],
    ["brekkan_children", "population", None, "Jonas Brekkan's children"],
    ["maarfeld_children", "population", None, "Ilse Maarfeld's children"],
    ["maarfeld_mortgage", "other", None, "Maarfeld's mortgage"],
    ["age_brekkan", "other", None, "age of Jonas Brekkan"],
    ["brekkan_years", "other", None, "Brekkan's years at the plant"],
    ["age_maarfeld", "other", None, "age of Ilse Maarfeld"],
    ["age_fenwick", "other", None, "age of Dora Fenwick-Ahl"],
    ["age_dassel", "other", None, "age of Wim Dassel"],
    ["age_karsbek", "other", None, "age of Rudi Karsbek"],
    ["karsbek_years", "other", None, "Karsbek's years of service"],
    ["age_threshold_50", "other", None, "age above which the union wants a higher cap"],
    ["osterhal_half", "other", None, "'Half the town' with a Kestrune badge (vague)"],
    ["osterhal_households_share", "other", None, "'One in four' families with someone at the plant (vague)"],
    ["ullen_apps_share", "other", None, "share of applications from the Ullen Valley (vague)"],
    ["voluntary_share", "other", None, "share of cuts that could be voluntary (vague)"],
    ["pradec_orders_fall", "other", None, "fall in the Pradec order book (vague)"],
    ["lookback_ceo", "other", None, "months since Kettridge took over"],
    ["window_one_day", "other", None, "one-day window of the share gain"],
    ["window_two_years", "other", None, "two-year window of the order-book fall"],
    ["window_18_months", "other", None, "window of the industry's job cuts"],
    ["window_week", "other", None, "a week since the announcement (local piece)"],
    ["window_two_weeks", "other", None, "two weeks since the announcement (broadsheet)"],
]

NOTES = (
    "Rounds and revisions: the October round's job cuts are one quantity (oct_round) from the announcement "
    "('3,400 jobs', '3,400 positions', '3.400 positions', '3,400 JOBS', 'Jobs going now: 3,400') to the figure "
    "agreed with the works council on 15 October (3,150): a planned number revised in negotiation is treated "
    "like a revised forecast. The same holds for its parts (Osterhal all 740 -> 560; Tessenburg 760 -> 690; "
    "the Ullen Valley 1,500 -> 1,250; Ardalia 2,300 -> 2,050), for the severance formula (1.4 -> 1.6 months' "
    "pay per year of service) and cap (24 -> 30 months), for the severance budget (EUR 190m -> EUR 215m), the "
    "restructuring charge (about EUR 280m -> about EUR 300m; Pellow Brothers' estimate of up to EUR 350m is "
    "an estimate of the same charge), the yearly savings (EUR 410m -> EUR 385m), the share of the workforce "
    "cut ('nearly 8 percent', 'around 7,7 percent', 'about 7 per cent') and the 2040 total ('4,300', 'MORE "
    "THAN 4,000', '4.300', then '4,050'). The April round (900) is a separate quantity, part of the 2040 "
    "total; its savings (EUR 95m) are separate from the October round's, and 'nearly half a billion euros' "
    "of both together is a third quantity. The parts of the October round are by function (corporate 1,100; "
    "outsourced 650; sales 450; Pradec 460) and by place (Ardalia > Ullen Valley > Osterhal and Tessenburg); "
    "each quantity has one parent, so Tessenburg's posts are recorded inside the Ullen Valley although they "
    "are also corporate roles. The 650 roles transferred to Quennet Services are counted by the company inside "
    "its 3,400, so they are a part of the round; Dora Fenwick-Ahl's team of 19 is part of them. The union's "
    "own toll (4,200 -> 3,950) adds about 800 agency workers and is a different, wider quantity; the agency "
    "workers are its part. Equal values, different things: Osterhal's staff of 740 (a population: 'employs "
    "740 people', '740 employees', 'the site's 740 jobs') vs the 740 jobs cut there (an event count, later "
    "560); the 8 per cent margin target vs 'nearly 8 percent' of the workforce; the 18 million euros of "
    "Vorgaardish aid ('up to 18 million euros' and '18 million euros' are one offer) vs the 18 months of the "
    "industry window. Supplier jobs at risk in the Ullen Valley ('UP TO 2,000' in the tabloid, 'about 1,800' "
    "from the chamber) are one quantity; Pradec's 150 to 200 supplier jobs are another. Voluntary-redundancy "
    "applications (380 -> 1,050 -> 1,700) are a running count. The share rise on the day (6.8 per cent) "
    "differs from the rise since the announcement (8,9 -> 11 per cent, one running level) and from the value "
    "it added ('more than EUR 330million'). The CEO's basic salary is a part of her pay package. Workforce "
    "before (about 44,000) and after (about 40,850), the Ullen Valley's 9,200 and about 7,700 after, Pradec's "
    "2,100 and 'more than 1.600' after are populations; a population is never a parent, so the cuts are "
    "parts of the October round, not of the staff. Karsbek's 54 months' entitlement and 17 years counted are "
    "his own quantities; the '24' he quotes is the severance cap. Vague shares ('Half the town', 'One in "
    "four', 'More than a third', 'more than half', 'a quarter'), ages, years of service of interviewees and "
    "look-backs ('14 months ago', 'A week after', 'Two weeks ago', 'within two years', 'in the past 18 "
    "months', the 'one-day' window) are optional. Years (1980, 1998, 2034, 2035, 2042) and dates (16 October) "
    "are not figures; 'second round' and 'SECOND bloodbath' are ordinals; 'the two rounds', 'a single day' "
    "and 'a single compulsory dismissal' are not counts. The 15-minute meeting ('15-minute', 'Fifteen "
    "minutes') and the plant's 60 years are scored."
)

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
