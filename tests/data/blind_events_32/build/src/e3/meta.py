#!/usr/bin/env python3
"""Hand-kept quantity table of event e3; writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "kaldoria_budget_vote"
EVENT = ("Parliamentary vote on Kaldoria's (fictional) 2056 budget: first reading passed late on Thursday 25 November "
         "2055 by 112 votes to 97, final vote on Thursday 16 December 2055 passed by 109 to 101; spending, revenue and "
         "deficit with the Fiscal Council's rival forecasts, a VAT rise, a university funding cut reduced after a "
         "coalition revolt, a town's university, neighbouring Tavland's cross-border railway and border shopping, and "
         "the bond market; reported 26 November 2055 - 14 January 2056")
NOTES = (
    "Money in Kaldorian crowns (about 7 to the euro; the exchange rate 7.02 is itself annotated), Tavland's project "
    "in euros. The two readings are distinct votes: votes for, against and abstaining at the first reading (112, 97, "
    "six) and at the final vote (109, 101, three, two absent) are separate quantities; the final margin of eight is "
    "its own. Budget totals changed by amendment are one amount revised: spending (184.6 -> 185.9 billion crowns, "
    "with euro conversions), revenue (166.4 -> 167.0), the deficit in crowns (18.2 -> 18.9), university funding "
    "(5.64 -> 5.82 billion), the university cut (360 -> 180 million crowns; as a share 6 -> 3 per cent), Ostby's "
    "part of it (41 -> about 20 million) and the railway contribution (90 -> 150 million crowns; the cut 150 -> 90 "
    "million). The deficit as a share of output is one quantity across the government's figure and its revision "
    "(3.4 -> 3.5), the Fiscal Council's rival estimates (4.1 -> 4.3; the broadsheet's 'above 4 per cent on the "
    "council's numbers' is a bound on the same estimate) and the opposition's 'closer to 5'; the deficit in crowns "
    "has another unit base and is apart, and so is the minister's counterfactual 'above 5 per cent' without the "
    "budget. Growth forecasts (1.8 against 1.1 -> 0.9), the debt ratio at the end of 2056 (68.5 against 69.4), the VAT "
    "yield (4.1 billion against about 3.6) and the cost per family (1,140 against about 1,400) are rival estimates. "
    "Coalition MPs threatening to rebel ('as many as 12', 'up to 12 deputies', the nine who signed the letter) are "
    "one quantity; those who finally voted against (three) are another. Old and new VAT rates are before/after "
    "values, the two-point rise is its own quantity. Equal values that measure different things stay apart (240 "
    "million crowns for the lowest pensions and the old railway contribution; 90 and 150 million as contribution "
    "and cut; 2,1 billion crowns of border shopping and Tavland's 2,1 % deficit; 4.1 billion VAT yield and the 4.1 "
    "per cent deficit). Ostby's jobs at risk (up to 120 -> up to 60) are the university's estimate revised. Route 14 "
    "is a name. Ages, the look-back 'Four weeks after' and the vague ratio 'one in six' are optional."
)
Q = [
    ("spending", "total", None, "planned government spending in 2056 (first proposed, then as passed; crowns and euros)"),
    ("revenue", "total", None, "planned government revenue in 2056"),
    ("deficit", "other", None, "planned 2056 deficit in crowns"),
    ("deficit_gdp", "other", None, "2056 deficit as a share of output (government, Fiscal Council, opposition estimates)"),
    ("deficit_nopolicy", "other", None, "deficit without the budget's measures (minister's counterfactual)"),
    ("growth", "other", None, "forecast economic growth in 2056 (government and Fiscal Council)"),
    ("debt_2055", "other", None, "public debt as a share of GDP at the end of 2055"),
    ("debt_2056", "other", None, "public debt as a share of GDP at the end of 2056 (forecasts)"),
    ("interest", "part", "spending", "interest on the debt budgeted for 2056"),
    ("interest_per_point", "other", None, "yearly cost of each extra percentage point on new borrowing"),
    ("inflation", "other", None, "inflation assumed for 2056"),
    ("unemployment", "other", None, "unemployment assumed for 2056"),
    ("age_dahl", "other", None, "age of pensioner Arne Dahl (optional)"),
    ("dahl_years", "other", None, "years Dahl has voted for the party (personal history; optional)"),
    ("poll_n", "population", None, "readers in the Bugle poll"),
    ("poll_against", "other", None, "share of poll readers against the VAT rise"),
    ("poll_for", "other", None, "share of poll readers backing the VAT rise"),
    ("border_shops", "population", None, "Tavlandic border shops living from Kaldorian customers"),
    ("border_jobs", "population", None, "employees of those shops"),
    ("commuter_tax", "other", None, "income tax Tavlandic commuters pay in Kaldoria a year"),
    ("finance_committee", "population", None, "members of parliament's finance committee"),
    ("committee_weeks", "other", None, "weeks the committee will examine the budget"),
    ("vat_inflation", "other", None, "effect of the VAT rise on inflation"),
    ("crown_fall", "other", None, "fall of the crown against the euro since the summer"),
    ("fx", "other", None, "exchange rate, crowns per euro"),
    ("first_for", "total", None, "votes for the budget at the first reading"),
    ("first_for_opposition", "part", "first_for", "Rural Party members voting for at the first reading"),
    ("first_against", "count", None, "votes against at the first reading"),
    ("first_abstain", "total", None, "abstentions at the first reading"),
    ("first_abstain_coalition", "part", "first_abstain", "coalition members abstaining at the first reading"),
    ("final_for", "count", None, "votes for at the final vote"),
    ("final_against", "total", None, "votes against at the final vote"),
    ("final_rebels", "part", "final_against", "coalition members voting against at the final vote"),
    ("final_abstain", "count", None, "abstentions at the final vote"),
    ("final_absent", "count", None, "members absent at the final vote"),
    ("final_margin", "other", None, "margin of the final vote"),
    ("readings", "count", None, "readings of the budget"),
    ("seats", "population", None, "seats in the National Chamber"),
    ("coalition_seats", "population", None, "seats held by the governing coalition"),
    ("majority", "other", None, "the coalition's majority (seats)"),
    ("rebel_limit", "other", None, "coalition votes it could lose without losing the vote (threshold)"),
    ("rebels_threat", "total", None, "coalition MPs threatening to vote against over the university cut (estimates; letter signatories)"),
    ("rebels_satisfied", "part", "rebels_threat", "other signatories who will now back the budget"),
    ("rebels_remaining", "part", "rebels_threat", "signatory still voting against"),
    ("debate_total", "total", None, "hours of debate over both readings"),
    ("debate_hours", "part", "debate_total", "hours of debate at the first reading"),
    ("debate_final", "part", "debate_total", "hours of debate in the final round"),
    ("amend_tabled", "total", None, "amendments tabled (running)"),
    ("amend_adopted", "part", "amend_tabled", "amendments adopted (running)"),
    ("vat_old", "other", None, "standard VAT rate before 1 March 2056"),
    ("vat_new", "other", None, "standard VAT rate from 1 March 2056"),
    ("vat_rise_pts", "other", None, "the VAT rise in percentage points"),
    ("vat_revenue", "part", "revenue", "yearly yield of the VAT rise (ministry and Fiscal Council)"),
    ("vat_countdown", "other", None, "time left until the VAT rise takes effect"),
    ("vat_tavland", "other", None, "Tavland's standard VAT rate"),
    ("defence", "part", "spending", "defence spending in 2056 (crowns and euros)"),
    ("defence_rise", "other", None, "rise of defence spending"),
    ("health", "part", "spending", "health spending in 2056"),
    ("health_rise", "other", None, "rise of health spending"),
    ("pensions", "part", "spending", "pension spending in 2056"),
    ("pension_rise", "other", None, "rise in monthly pension payments"),
    ("pension_topup", "other", None, "extra money for the lowest pensions added by the committee"),
    ("uni_cut", "total", None, "cut to university funding (360 million crowns, reduced to 180 million)"),
    ("uni_cut_pct", "other", None, "the university cut as a share of university funding (6 -> 3 per cent)"),
    ("uni_funding", "other", None, "university funding in 2056 after the cut"),
    ("protest", "count", None, "demonstrators outside parliament on 25 November (police and unions)"),
    ("protest_record", "other", None, "years since a bigger protest outside parliament"),
    ("household_cost", "other", None, "yearly cost of the budget to a typical family (ministry and institute)"),
    ("hfi_children", "other", None, "children in the institute's model family"),
    ("age_hviid", "other", None, "age of student leader Lena Hviid (optional)"),
    ("shop", "other", None, "example weekly shop"),
    ("shop_extra", "other", None, "extra cost of that shop after the VAT rise"),
    ("child_benefit_rise", "other", None, "rise in monthly child benefit"),
    ("child_benefit", "other", None, "monthly child benefit per child after the rise"),
    ("pension_rise_amount", "other", None, "monthly value of the pension rise on an average pension"),
    ("avg_pension", "other", None, "average monthly pension"),
    ("car_price", "other", None, "example new car price"),
    ("car_extra", "other", None, "extra cost of that car after the VAT rise"),
    ("rail_old", "other", None, "Kaldoria's planned contribution to the cross-border railway before the budget (crowns and euros)"),
    ("rail_new", "other", None, "Kaldoria's contribution to the railway in 2056 (90 million, raised to 150 million)"),
    ("rail_cut", "other", None, "cut to Kaldoria's railway contribution (150 million, then 90 million)"),
    ("rail_project", "other", None, "total cost of the cross-border railway"),
    ("rail_share_tavland", "other", None, "Tavland's share of the railway's costs"),
    ("rail_delay", "other", None, "feared delay of the railway's opening"),
    ("rail_passengers", "other", None, "passengers a day on the old line"),
    ("journey_now", "other", None, "journey time Vasby-Vasterby now"),
    ("journey_new", "other", None, "journey time on the new line"),
    ("lund_meeting", "other", None, "time within which Tavland's minister wants to meet her Kaldorian colleague"),
    ("commuters", "population", None, "Tavlanders working in Kaldoria every day"),
    ("border_shopping", "other", None, "Kaldorians' yearly spending in Tavlandic border shops (crowns and euros)"),
    ("border_shopping_rise", "other", None, "expected rise of that spending"),
    ("tavland_deficit", "other", None, "Tavland's planned deficit"),
    ("border_committee", "population", None, "members of the border committee"),
    ("ostby_jobs", "other", None, "jobs at risk at the University of Ostby (rector's estimate, revised)"),
    ("tobacco_rise", "other", None, "rise of tobacco duty"),
    ("tobacco_revenue", "part", "revenue", "yearly yield of the tobacco duty rise"),
    ("ostby_students", "population", None, "students at the University of Ostby"),
    ("ostby_staff", "population", None, "staff at the University of Ostby"),
    ("ostby_cut", "part", "uni_cut", "Ostby University's part of the university cut (41 million, then about 20 million)"),
    ("ostby_budget", "other", None, "Ostby University's budget"),
    ("ostby_programmes", "population", None, "Ostby University's degree programmes"),
    ("ostby_uni_share", "other", None, "vague share of Ostby's workers working at or for the university (optional)"),
    ("ostby_protest", "count", None, "students gathered on the Ostby campus"),
    ("age_ness", "other", None, "age of student Maja Ness (optional)"),
    ("nursing_intake", "other", None, "yearly intake of the nursing programme"),
    ("ostby_hospital", "part", "health", "money for Ostby Hospital's emergency department"),
    ("bypass", "other", None, "funding for the Route 14 bypass"),
    ("bypass_years", "other", None, "years over which the bypass is funded"),
    ("ostby_pop", "population", None, "inhabitants of Ostby"),
    ("ostby_sales", "other", None, "expected fall in Ostby shop sales from the VAT rise"),
    ("tavland_drive", "other", None, "drive from Ostby to Tavland"),
    ("lookback", "other", None, "look-back dating the broadsheet (optional)"),
    ("bond_term", "other", None, "maturity of the benchmark government bond"),
    ("yield_before", "other", None, "ten-year yield on the eve of the first vote"),
    ("yield_now", "other", None, "ten-year yield in mid-January"),
    ("yield_rise", "other", None, "rise of the ten-year yield"),
    ("council_record", "other", None, "years over which the council's estimate was too high"),
    ("council_error", "other", None, "by how much the deficit came in below the council's estimate"),
    ("election_months", "other", None, "months until the next election"),
    ("budget_2041", "other", None, "margin by which the 2041 budget was voted down"),
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
