#!/usr/bin/env python3
"""Hand-kept table of quantities for e2 (Savrenne teachers' pension reform); writes meta.json beside it."""
import json
import os

FOLDER = "savrenne_teacher_pensions"
EVENT = ("Reform of teachers' pensions in Savrenne (fictional): a plan presented on Monday 14 January 2069 to raise the "
         "full-pension age from 60 to 65, strike ballots announced on Friday 8 February, a one-day strike on Thursday "
         "21 February, a two-day strike on 12-13 March, a government offer on 20 March, a three-day strike called off "
         "on 29 March, a deal signed on Tuesday 16 April and approved by the unions' members on Thursday 25 April; "
         "reported 14 January - 27 April 2069")
NOTES = (
    "The government's proposed full-pension age of 65, stated in all five articles, is one quantity; the deal's 64 "
    "is its own quantity, as a pay deal is apart from the offers in earlier corpora, "
    "and so is its 'Four more years' against the plan's 'five years longer' / 'five more years' / 'five'. The "
    "ten-year saving of the January plan (the ministry's 9.6 billion solts and 3,84 billion valders, the Federation's "
    "at most 5.5 billion, the Fiscal Council's 7.9 billion) and the saving of the April deal (7.1 billion, 6.2 "
    "billion, less than 4 billion) are two quantities, because the deal is a different plan; the broadsheet restates "
    "the plan's 9.6 and 7.9 billion beside the deal's figures. The pension fund's deficit holds the government's 31 "
    "billion solts (with its valder conversion), the Federation's about 19 billion and the annual report's 33.4 "
    "billion at the end of 2068 (a later valuation of the same deficit). Strikers and schools closed are separate "
    "quantities per strike day (21 February; 12 March; 13 March), each holding the ministry's and the Federation's "
    "rival figures; the shares of teachers on strike are 'other', not counts. The length of the second strike is "
    "one quantity under 'two-day', '48 hours', 'Two days' and 'two days'; the planned three-day strike is another. "
    "The ministry's and the Federation's forecasts of the share of schools that would close on 21 February are one "
    "quantity, apart from the outcome. Early-retirement applications are a running count (4,100 -> 6,800 -> 8,300) "
    "of which Hessingford's 140 is a part; the normal year's about 2,900 is its own quantity, and the multiples "
    "'more than twice' and 'almost three times' compare different pairs. Hessingford's closed schools on each day "
    "are parts of the national counts for that day. Support for the strikes in polls (58 -> 49 -> 44 per cent) is "
    "one running measure. The Federation's ballot turnout is one quantity under '64 per cent' and 'almost two-thirds'. The wire's 'ten years' of phasing, the saving's 'ten years', the 2058 rise of 'two years' "
    "and Ambrosk's 'two more years' are different quantities with equal values. Ages are optional.")

Q = [
    ["pension_age_current", "other", None, "current full-pension age of teachers (60)"],
    ["pension_age_proposed", "other", None, "government's proposed full-pension age (65 in January)"],
    ["pension_age_rise", "other", None, "rise in the pension age under the January plan (five years)"],
    ["age_step", "other", None, "months the pension age would rise each year under the January plan"],
    ["phase_years", "other", None, "years over which the January plan would phase in the rise"],
    ["contrib_current", "other", None, "teachers' current pension contribution, per cent of salary"],
    ["contrib_proposed", "other", None, "contribution proposed in January, per cent of salary"],
    ["contrib_yield", "other", None, "yearly revenue from the proposed contribution rise"],
    ["saving_plan", "other", None, "ten-year saving of the January plan (ministry, Federation's actuaries, Fiscal Council)"],
    ["saving_period", "other", None, "period over which the saving is counted"],
    ["saving_deal", "other", None, "ten-year saving of the April deal (government, Fiscal Council, Federation)"],
    ["fund_deficit", "other", None, "deficit of the teachers' pension fund (government, Federation, annual report)"],
    ["deficit_horizon", "other", None, "years ahead over which the government counts pensions in the deficit"],
    ["state_topup", "other", None, "yearly state payment into the teachers' pension fund"],
    ["fund_members", "population", None, "members of the teachers' pension fund"],
    ["teachers_active", "population", None, "working teachers in the fund"],
    ["pensioners", "population", None, "pensioners in the fund"],
    ["pensioners_rise", "other", None, "rise in the number of pensioners since 2054"],
    ["pension_years_now", "other", None, "years a teacher retiring today can expect to draw a pension"],
    ["pension_years_then", "other", None, "years of pension expected when the scheme was set up"],
    ["fed_members", "population", None, "members of the Teachers' Federation"],
    ["league_members", "population", None, "members of the Classroom League"],
    ["guild_members", "population", None, "members of the Head Teachers' Guild"],
    ["ballot_threshold", "other", None, "legal turnout threshold for a strike ballot"],
    ["class_size", "other", None, "class size cited by the Federation's leader"],
    ["avg_pension", "other", None, "average teacher's pension a month (solts and valders)"],
    ["avg_salary", "other", None, "average teacher's salary a month"],
    ["early_retire_normal", "other", None, "teachers retiring early in a normal year"],
    ["early_penalty", "other", None, "pension cut for each year of early retirement"],
    ["early_applications", "total", None, "applications to retire early this year (running count)"],
    ["hess_early", "part", "early_applications", "applications to retire early in Hessingford district"],
    ["early_multiple_mar", "other", None, "March applications as a multiple of a normal year"],
    ["early_multiple_apr", "other", None, "April applications as a multiple of a normal year"],
    ["govt_seats", "population", None, "seats held by the government in parliament"],
    ["parliament_seats", "population", None, "seats in parliament"],
    ["rise_2058", "other", None, "rise in pension age proposed in 2058"],
    ["strike_2058_days", "other", None, "length of the 2058 strike"],
    ["turnout_2058", "other", None, "turnout in the 2058 strike ballot"],
    ["years_since_strike", "other", None, "years since the last teachers' strike"],
    ["fed_yes", "other", None, "share of Federation voters backing strikes"],
    ["fed_turnout", "other", None, "turnout in the Federation's strike ballot"],
    ["fed_votes", "count", None, "ballots cast in the Federation's strike ballot"],
    ["fed_yes_members", "other", None, "share of all Federation members who voted for action"],
    ["league_yes", "other", None, "share of League voters backing strikes"],
    ["league_turnout", "other", None, "turnout in the League's strike ballot"],
    ["strike1_days", "other", None, "length of the first strike (one day)"],
    ["strike2_days", "other", None, "length of the second strike (two days, 48 hours)"],
    ["strike3_days", "other", None, "length of the planned third strike (three days)"],
    ["strike_days_total", "other", None, "strike days in all"],
    ["schools_closed_expected", "other", None, "share of schools expected to close on 21 February (ministry's and Federation's forecasts)"],
    ["schools_total", "population", None, "state schools in Savrenne"],
    ["pupils_total", "population", None, "pupils in state schools"],
    ["poll_sample", "population", None, "adults polled for Corvale Briefing"],
    ["support_poll", "other", None, "share of adults backing the strikes (running measure)"],
    ["oppose_poll", "other", None, "share of adults against the strikes in February"],
    ["schools_closed_s1", "count", None, "schools closed on 21 February (ministry and Federation)"],
    ["strikers_s1", "other", None, "share of teachers on strike on 21 February (ministry and Federation)"],
    ["pupils_home_s1", "count", None, "pupils at home on 21 February"],
    ["rally_s1", "count", None, "marchers in Corvale on 21 February (police and organisers)"],
    ["crossborder_pupils", "population", None, "Ambroskan children attending schools in Hessingford district"],
    ["tollen_schools_s1", "count", None, "Tollen schools opened to cross-border pupils on 21 February"],
    ["tollen_schools_s2", "count", None, "Tollen schools opened to cross-border pupils during the March strike"],
    ["tollen_pupils", "count", None, "cross-border children taken in by Tollen on 21 February"],
    ["fx_rate", "other", None, "exchange rate, solts to the valder"],
    ["day_pay", "other", None, "a striker's average loss of pay per day"],
    ["pay_saved_s1", "other", None, "pay docked by the treasury on 21 February"],
    ["pay_lost_total", "other", None, "pay a striking teacher lost over the dispute"],
    ["ambrosk_pension", "other", None, "average Ambroskan teacher's pension"],
    ["ambrosk_age", "other", None, "Ambroskan teachers' retirement age"],
    ["ambrosk_rise", "other", None, "rise in retirement age studied by Ambrosk"],
    ["ambrosk_union_members", "population", None, "members of the Ambroskan teachers' unions"],
    ["hess_schools", "population", None, "schools in Hessingford district"],
    ["hess_pupils", "population", None, "pupils in Hessingford district"],
    ["hess_teachers", "population", None, "teachers in Hessingford district"],
    ["hess_closed_d1", "part", "schools_closed_s2d1", "Hessingford schools closed on 12 March"],
    ["hess_closed_d2", "part", "schools_closed_s2d2", "Hessingford schools closed on 13 March"],
    ["hess_pupils_home_d1", "count", None, "Hessingford pupils at home on 12 March"],
    ["hess_strikers_d1", "count", None, "Hessingford teachers on strike on 12 March (union branch and council)"],
    ["strikers_s2d1", "other", None, "share of teachers on strike on 12 March (ministry and Federation)"],
    ["strikers_s2d2", "other", None, "share of teachers on strike on 13 March"],
    ["schools_closed_s2d1", "total", None, "schools closed nationally on 12 March"],
    ["schools_closed_s2d2", "total", None, "schools closed nationally on 13 March"],
    ["hess_daycamp", "count", None, "children at the leisure centre's day camps"],
    ["daycamp_price", "other", None, "day camp price a day"],
    ["brennock_service", "other", None, "a teacher's years of service"],
    ["brennock_new_age", "other", None, "age to which a teacher would have to work under the plan"],
    ["korrell_children", "other", None, "a parent's children at primary school"],
    ["korrell_leave", "other", None, "days of holiday a parent used on the strikes"],
    ["deal_rise", "other", None, "rise in pension age under the deal (four years)"],
    ["deal_age", "other", None, "full-pension age under the deal (64)"],
    ["deal_step", "other", None, "months a year the age rises under the deal"],
    ["deal_phase", "other", None, "years over which the deal phases in the rise"],
    ["service_threshold", "other", None, "years of service allowing retirement at 61 under the deal"],
    ["deal_age_long", "other", None, "retirement age without loss for teachers with 40 years of service under the deal"],
    ["deal_yes", "other", None, "share of Federation voters approving the deal"],
    ["deal_turnout", "other", None, "turnout in the Federation's vote on the deal"],
    ["league_deal_yes", "other", None, "share of League members approving the deal"],
    ["deal_contrib", "other", None, "contribution under the deal, per cent of salary"],
    ["concession_years", "other", None, "years of its plan the government gave up"],
    ["vacancies", "count", None, "unfilled teaching posts"],
    ["bill_yes", "count", None, "votes for the bill at first reading"],
    ["bill_no", "count", None, "votes against the bill at first reading"],
    ["age_brennock", "other", None, "age of a teacher (optional)"],
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
