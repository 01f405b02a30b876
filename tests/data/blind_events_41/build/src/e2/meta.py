#!/usr/bin/env python3
"""Hand-kept quantity table for event 2; writes meta.json beside it."""
import json
import os

FOLDER = "sundria_pay_deal"
EVENT = ("Public-sector pay deal in Sundria (fictional), agreed at 4.20am on Sunday 18 March 2057 after seven rounds of "
         "talks and 11 strike days, and approved in union ballots announced on Friday 20 April 2057; reported "
         "18 March - 24 April 2057")

NOTES = (
    "The cost of the deal in 2057 is one quantity across the finance ministry's 4.2 billion marks (revised to 4.5 "
    "billion), the Budget Council's 'closer to' / 'nearly' 5 billion and the unions' 'no more than 3.6 billion' "
    "(rival estimates and a revision of one amount), with the euro conversions (2.1 and 2.25 billion euros); the cost "
    "over the two years of the deal (about 11 -> about 11.6 billion) is another quantity, of which the 2057 cost is a "
    "part. Rival counts are one quantity each: the strikers on 27 February (unions 310,000, government 118,000), the "
    "Merrin march (police 42,000, organisers 120,000), the fall in real pay since 2052 (unions about 9, ministry "
    "closer to 6 per cent). The operations postponed (about 38,500, the tabloid's unhedged fact-box entry, revised to "
    "41,800) are one quantity; St Brigid's 1,240 are a part. As in the previous corpus, an amount changed by decision "
    "is the same amount revised: the unions' claim (9.5 per cent, lowered to 6) and the government's offer (2 per "
    "cent, raised to 4 by 2 March) are one quantity each, while the agreed rise (4.6 per cent) is the outcome and "
    "its own quantity, and so is the gap of 0.6 points between the last offer and the deal. The teachers' '4.6 per "
    "cent' in the tabloid is the general rise, which they get like everyone else, so it is rise_2057; the nurses' "
    "rise (6.1 per cent) and their extra (1.5 percentage points) are different quantities (a share and a difference "
    "in points), and the cumulative 7.9 per cent is its own. The night allowance before (14 marks) and after (18 "
    "marks) are two quantities; 'from 14 to 18 marks' is two figures. Equal values that measure different things "
    "are kept apart: the nurse Hanna Greel's basic salary of 3,300 marks and the Sundrian starting salary of 3,300 "
    "marks in the translated copy; the porter Ed Samway's 'Eleven days on strike' and the dispute's 11 strike days; "
    "the nurse Dalia Venn's nine picket days. The 'two-year' deal and 'the two years of the deal' are one quantity, "
    "and so are the 'five-month' dispute and its 'five months'. Ages, Venn's two children, Samway's 27 years at the "
    "hospital, look-backs ('Five weeks after', 'the first in five years', 'in four years' of recruitment) and the "
    "vague 'less than half' are optional.")

Q = [
    ["covered", "population", None, "Public employees covered by the deal"],
    ["rise_2057", "other", None, "General pay rise from April 2057 (also the teachers' rise)"],
    ["rise_2058", "other", None, "Pay rise from April 2058"],
    ["rise_total", "other", None, "Cumulative rise over the two years"],
    ["nurse_rise", "other", None, "Nurses' pay rise in 2057"],
    ["nurse_extra", "other", None, "Nurses' extra rise in 2057 (percentage points)"],
    ["night_old", "other", None, "Night-shift allowance before the deal"],
    ["night_new", "other", None, "Night-shift allowance under the deal"],
    ["min_old", "other", None, "Public-sector minimum monthly wage before the deal"],
    ["min_new", "other", None, "Public-sector minimum monthly wage under the deal"],
    ["min_rise", "other", None, "Rise in the public-sector minimum monthly wage (marks)"],
    ["min_rise_pct", "other", None, "Rise in the public-sector minimum monthly wage (per cent)"],
    ["oneoff", "other", None, "One-off payment in May 2057"],
    ["oneoff_threshold", "other", None, "Monthly pay below which staff get the one-off payment"],
    ["oneoff_recipients", "population", None, "Staff who will receive the one-off payment"],
    ["cost_2yr", "total", None, "Cost of the deal over its two years (about 11 -> about 11.6 billion marks)"],
    ["cost_2057", "part", "cost_2yr", "Cost of the deal in 2057 (ministry 4.2 -> 4.5 billion marks, 2.1 -> 2.25 billion euros; Budget Council closer to 5 billion; unions no more than 3.6 billion)"],
    ["oneoff_cost", "part", "cost_2057", "Cost of the one-off payments"],
    ["ostwick_council_cost", "part", "cost_2057", "Extra pay bill of Ostwick Borough Council in 2057"],
    ["ostwick_gap", "part", "ostwick_council_cost", "Part of Ostwick's extra cost left to the council"],
    ["ostwick_covered_share", "other", None, "Share of councils' extra cost the government covers (two thirds)"],
    ["ostwick_paybill", "other", None, "Ostwick council's pay bill"],
    ["deal_length", "other", None, "Length of the deal (two years)"],
    ["dispute_length", "other", None, "Length of the dispute (five months)"],
    ["final_round_hours", "other", None, "Length of the final round of talks"],
    ["rounds", "total", None, "Rounds of talks"],
    ["mediated_rounds", "part", "rounds", "Rounds chaired by the mediator"],
    ["strike_days", "count", None, "Strike days in the dispute"],
    ["planned_strike_days", "count", None, "Further strike days that had been planned"],
    ["union_claim", "other", None, "The unions' pay claim (9.5 per cent, lowered to 6 in February)"],
    ["gov_offer", "other", None, "The government's offer (2 per cent, raised to 4 by 2 March)"],
    ["offer_gap", "other", None, "Gap between the last offer and the deal (points)"],
    ["real_loss", "other", None, "Fall in public employees' real pay since 2052 (unions about 9, ministry closer to 6 per cent)"],
    ["real_gain_2057", "other", None, "Real pay rise expected in 2057"],
    ["real_gain_lookback", "other", None, "Years since the last real rise (optional look-back)"],
    ["inflation_2056", "other", None, "Sundrian inflation in 2056"],
    ["inflation_2057", "other", None, "Sundrian inflation expected in 2057"],
    ["fpe_members", "population", None, "Members of the Federation of Public Employees"],
    ["guild_members", "population", None, "Members of the Nurses' Guild"],
    ["league_members", "population", None, "Members of the Teachers' League"],
    ["fpe_yes", "other", None, "FPE ballot: share voting yes"],
    ["fpe_turnout", "other", None, "FPE ballot: turnout"],
    ["guild_yes", "other", None, "Nurses' Guild ballot: share voting yes"],
    ["guild_turnout", "other", None, "Nurses' Guild ballot: turnout"],
    ["league_yes", "other", None, "Teachers' League ballot: share voting yes"],
    ["ops_postponed", "total", None, "Planned operations postponed on strike days (about 38,500, revised to 41,800)"],
    ["stbrigid_ops", "part", "ops_postponed", "Operations postponed at St Brigid's Hospital, Ostwick"],
    ["late_hospitals", "count", None, "Hospitals whose late returns raised the count"],
    ["backlog_months", "other", None, "Time needed to clear the postponed operations"],
    ["strikers_feb27", "count", None, "Public employees on strike on 27 February (unions 310,000, government 118,000)"],
    ["merrin_march", "count", None, "Marchers in Merrin on 27 February (police 42,000, organisers 120,000)"],
    ["schools", "population", None, "State schools in Sundria"],
    ["schools_closed", "total", None, "State schools closed on 27 February"],
    ["ostwick_schools_closed", "part", "schools_closed", "Ostwick state schools closed on 27 February"],
    ["ostwick_schools", "population", None, "State schools in Ostwick"],
    ["academy_pupils", "population", None, "Pupils at Ostwick Academy"],
    ["academy_days_open", "count", None, "Strike days on which Ostwick Academy stayed open"],
    ["exams_moved", "other", None, "Times Ostwick Academy's mock exams were moved"],
    ["ostwick_marchers", "count", None, "Marchers in Ostwick on 27 February"],
    ["army_hospitals", "count", None, "Hospitals the army would have run under emergency plans"],
    ["deal_2053", "other", None, "Pay rise in the 2053 deal"],
    ["rounds_2053", "count", None, "Rounds of talks for the 2053 deal"],
    ["strike_days_2053", "count", None, "Strike days before the 2053 deal"],
    ["paybill_gdp", "other", None, "Public-sector pay as a share of economic output"],
    ["deficit_rule", "other", None, "Deficit limit of the fiscal rule"],
    ["deficit_plan", "other", None, "Planned 2057 deficit"],
    ["deficit_forecast", "other", None, "Budget Council's 2057 deficit forecast"],
    ["ministry_cuts", "other", None, "Cut in running costs asked of every ministry"],
    ["docked_pay", "other", None, "Wages docked from strikers"],
    ["nurses_left", "total", None, "Nurses who left public hospitals in 2056"],
    ["nurses_varessa", "part", "nurses_left", "Nurses who left for Varessa in 2056"],
    ["var_start_pay", "other", None, "Starting salary of a nurse in a Varessan public hospital"],
    ["var_vs_sun_pay", "other", None, "Varessan starting salary as a multiple of the Sundrian one"],
    ["sun_start_pay", "other", None, "Starting salary of a Sundrian nurse before the deal (marks and euros)"],
    ["sun_start_new", "other", None, "Starting salary of a Sundrian nurse after the deal (marks and euros)"],
    ["start_gap", "other", None, "Gap between Varessan and new Sundrian starting salaries"],
    ["fx", "other", None, "Exchange rate, marks per euro"],
    ["var_sundrian_nurses", "population", None, "Sundrian nurses in Varessan hospitals now"],
    ["var_sundrian_nurses_2053", "population", None, "Sundrian nurses in Varessa in 2053"],
    ["var_nurse_growth", "other", None, "Growth multiple of Sundrian nurses in Varessa since 2053"],
    ["var_growth_period", "other", None, "Period of that growth (optional look-back)"],
    ["var_recruit_target", "other", None, "Nurses the Varessan ministry wanted to recruit abroad this year"],
    ["var_inflation", "other", None, "Varessan inflation last year"],
    ["kellbruck_nurses", "population", None, "Nurses at Kellbrueck regional hospital"],
    ["kellbruck_sundrians", "population", None, "Sundrian nurses at Kellbrueck"],
    ["kellbruck_patients", "count", None, "Extra Sundrian patients treated at Kellbrueck in the winter"],
    ["commuters", "population", None, "Sundrians commuting daily to Varessa"],
    ["recognition_days", "other", None, "New time to recognise nurses' diplomas"],
    ["recognition_old", "other", None, "Old time to recognise nurses' diplomas"],
    ["ostwick_public", "population", None, "Public employees in Ostwick"],
    ["ostwick_council_staff", "population", None, "Staff of Ostwick Borough Council"],
    ["stbrigid_staff", "population", None, "Staff of St Brigid's Hospital"],
    ["stbrigid_nurses", "population", None, "Nurses at St Brigid's Hospital"],
    ["extra_lists", "other", None, "Extra operating lists St Brigid's will run each Saturday"],
    ["stbrigid_waiting", "population", None, "Patients on St Brigid's waiting list now"],
    ["stbrigid_waiting_prev", "population", None, "Patients on St Brigid's waiting list in October"],
    ["stbrigid_agency", "other", None, "St Brigid's spending on agency nurses during the strikes"],
    ["ostwick_guild", "population", None, "Nurses' Guild members at St Brigid's"],
    ["ostwick_oneoff", "population", None, "People in Ostwick who will get the one-off payment"],
    ["greel_pay", "other", None, "Hanna Greel's basic monthly salary"],
    ["greel_rise", "other", None, "Hanna Greel's monthly rise on her basic salary"],
    ["greel_nights", "other", None, "Night shifts Hanna Greel works a month"],
    ["greel_total_gain", "other", None, "Hanna Greel's total monthly gain"],
    ["greel_friends", "count", None, "Hanna Greel's friends who went to Varessa"],
    ["settled_vs_claim", "other", None, "What the deal gave as a share of the claim (vague: less than half)"],
    ["samway_pay", "other", None, "Ed Samway's monthly pay"],
    ["samway_strike_days", "other", None, "Days Ed Samway was on strike"],
    ["samway_years", "other", None, "Ed Samway's years at St Brigid's (optional)"],
    ["venn_picket_days", "other", None, "Times Dalia Venn was on the picket line"],
    ["venn_lost_pay", "other", None, "Pay Dalia Venn lost striking"],
    ["venn_night_gain", "other", None, "Dalia Venn's extra pay per night shift"],
    ["shift_length", "other", None, "Length of a night shift"],
    ["holm_cancellations", "other", None, "Times Piet Holm's operation was cancelled"],
    ["holm_wait", "other", None, "How long Piet Holm has waited"],
    ["pizzas", "count", None, "Pizzas eaten in the final session"],
    ["age_venn", "other", None, "Age of Dalia Venn (optional)"],
    ["family_venn", "other", None, "Dalia Venn's children (optional)"],
    ["age_holm", "other", None, "Age of Piet Holm (optional)"],
    ["age_greel", "other", None, "Age of Hanna Greel (optional)"],
    ["age_samway", "other", None, "Age of Ed Samway (optional)"],
    ["lookback_broadsheet", "other", None, "Weeks since the deal (optional look-back)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(len(Q), "quantities")
