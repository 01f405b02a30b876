#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e3; writes meta.json beside this file."""
import json
import os

FOLDER = "ardovia_exam_regrade"
EVENT = ("School Leaving Certificate results in Ardovia (fictional), published on Tuesday 14 August 2063, with the "
         "mathematics pass mark raised after a paper leaked in the Brackwater region, a protest on Saturday 18 "
         "August, a regrading ordered on Monday 20 August and revised results on Thursday 30 August; the board's "
         "chief executive resigned on Monday 3 September; reported 14 August - 8 September 2063")
NOTES = (
    "The national pass rate is one quantity with its revision after the regrade (71.4 -> 76.9 per cent), and so are "
    "the mathematics pass rate (61.0 -> almost 70 per cent), the share of A grades (9.1 -> 9.6) and Brackwater's "
    "pass rate (64.0 -> 70.2); Brackwater's expected mathematics rate after the regrade is its own quantity; last year's rates are other quantities. The candidates "
    "who failed mathematics but would have passed under last year's pass mark are one quantity with the board's "
    "count and its correction (11,200 -> 21,600) and the rival estimates of the teachers' federation (about 30,000, "
    "also the tabloid headline's 30,000) and the students' council (up to 45,000); the 3,300 who still fail are a "
    "part of it. The candidates who regain a pass in the regrade are one quantity with the ministry's forecast "
    "(about 15,000, **new**: a forecast of a count is an estimate of it) and the result (18,300), a part of the "
    "24,700 grades raised; the board's forecast for Brackwater (about 2,100) is a part of it. The protest crowd is "
    "one quantity with the organisers' expectation (more than 3,000), the police count (1,500), the organisers' "
    "count (about 5,000) and the broadsheet's range 'between 1,500 and 5,000', which spans the two counts and is "
    "annotated as one range figure; the Brackwater students who travelled (about 300) are a part. The pass marks "
    "of 2062 (40), as set in 2063 (52) and after the regrade (44 per cent) are three quantities (a rule's levels). "
    "The petition's signatures (118,000 -> more than 160.000 -> 212,000) and the appeals (9,400 -> 31,400) are "
    "running counts. Candidates, regions and schools are populations; the Brackwater, Pravenian, Stallbridge and "
    "Velsk candidates are populations too and are not made parts of the national candidates (a population is "
    "never a parent). Ages and years in teaching and the petition's '24 hours' are optional. Grade letters "
    "('Straight-A', 'a B', 'a C', 'a D'), the ordinal 'second' paper and the emphatic 'one region' are not "
    "figures; 'paper two' and 'paper one' were reworded to 'the second maths paper' and 'a harder first paper', "
    "and the tabloid's and wire's emphatic 'one school' / 'one region' were left unannotated or reworded.")

Q = [
    ["pass_rate", "other", None, "share of candidates passing the School Leaving Certificate in 2063 (71.4, revised to 76.9 per cent)"],
    ["pass_rate_2062", "other", None, "pass rate in 2062"],
    ["pass_rate_drop", "other", None, "fall of the pass rate from 2062 to 2063 (first results)"],
    ["pass_rate_gap_2062", "other", None, "gap between the revised pass rate and 2062's"],
    ["candidates", "population", None, "candidates who sat the certificate in 2063"],
    ["candidates_2062", "other", None, "candidates in 2062"],
    ["maths_pass_rate", "other", None, "share of candidates passing mathematics in 2063 (61.0, revised to almost 70 per cent)"],
    ["maths_pass_rate_2062", "other", None, "mathematics pass rate in 2062"],
    ["boundary_2063", "other", None, "mathematics pass mark as set in 2063 (52 per cent)"],
    ["boundary_2062", "other", None, "mathematics pass mark in 2062 (40 per cent)"],
    ["boundary_regrade", "other", None, "mathematics pass mark in the regrade (44 per cent)"],
    ["maths_papers", "other", None, "mathematics papers in the exam"],
    ["leak_hours", "other", None, "hours before the exam the second paper was posted online"],
    ["paper2_avg", "other", None, "average mark on the second mathematics paper in 2063"],
    ["paper2_avg_2062", "other", None, "average mark on that paper in 2062"],
    ["maths_score_rise", "other", None, "rise of that average mark"],
    ["lost_pass", "total", None, "candidates who failed mathematics but would have passed under 2062's pass mark (board's count and correction, teachers' and students' estimates)"],
    ["still_failing", "part", "lost_pass", "of those, candidates who still fail under the regrade's pass mark"],
    ["grades_raised", "total", None, "mathematics grades raised in the regrade"],
    ["regained_pass", "part", "grades_raised", "candidates who regain a mathematics pass in the regrade (ministry forecast and result)"],
    ["brackwater_regained_forecast", "part", "regained_pass", "Brackwater candidates expected to regain a pass (board's forecast)"],
    ["new_certificates", "count", None, "additional candidates holding a full certificate after the regrade"],
    ["examiners", "population", None, "the board's examiners"],
    ["scripts", "count", None, "scripts marked in 2063"],
    ["subjects", "population", None, "subjects examined"],
    ["a_share", "other", None, "share of A grades across all subjects in 2063"],
    ["a_share_2062", "other", None, "share of A grades in 2062"],
    ["private_pass_rate", "other", None, "pass rate at private schools (results day)"],
    ["state_pass_rate", "other", None, "pass rate at state schools (results day)"],
    ["private_state_gap", "other", None, "gap between private and state schools' pass rates on results day"],
    ["private_state_gap_2062", "other", None, "that gap in 2062"],
    ["appeal_window", "other", None, "days within which candidates may appeal"],
    ["appeal_fee", "other", None, "fee per re-marked script (korlins and euros)"],
    ["fx", "other", None, "exchange rate, korlins to the euro"],
    ["minister_deadline", "other", None, "hours the minister gave the board for an explanation"],
    ["uni_places", "population", None, "first-year university places"],
    ["uni_applicants", "population", None, "school leavers who applied to university"],
    ["offers_missed", "total", None, "students who missed the conditions of university offers because of mathematics"],
    ["offers_reinstated", "part", "offers_missed", "of those, students whose places were confirmed after the regrade"],
    ["pravenia_offers_missed", "part", "offers_missed", "Pravenian students among those who missed their offers"],
    ["extra_places", "population", None, "extra university places paid for by the government"],
    ["extra_places_cost", "other", None, "cost of the extra places (korlins and euros)"],
    ["regrade_cost", "other", None, "cost of the regrade to the board (korlins and euros)"],
    ["appeals", "total", None, "appeals lodged with the board (running count)"],
    ["appeals_brackwater", "part", "appeals", "appeals from Brackwater schools (by Monday 20 August)"],
    ["petition", "count", None, "signatures on the petition against the results (running count)"],
    ["protesters", "total", None, "people at the protest outside the board in Drennick (expected, police and organisers' counts, range)"],
    ["brackwater_marchers", "part", "protesters", "Brackwater students who travelled to the protest"],
    ["coaches", "count", None, "coaches that took them"],
    ["age_varsh", "other", None, "age of Lina Varsh"],
    ["varsh_margin", "other", None, "marks by which Lina Varsh failed mathematics"],
    ["varsh_hours", "other", None, "hours a day she studied"],
    ["varsh_mum_kids", "other", None, "Dana Varsh's children"],
    ["petition_hours", "other", None, "period of the petition's first count"],
    ["questioned_pupils", "count", None, "Stallbridge pupils questioned by police"],
    ["questioned_teachers", "count", None, "Stallbridge teachers questioned by police"],
    ["group_chats", "count", None, "group chats the leaked paper was shared in"],
    ["marbeck_salary", "other", None, "salary of the board's chief executive"],
    ["marbeck_years", "other", None, "years Hollis Marbeck was chief executive"],
    ["pravenia_candidates", "population", None, "candidates at Pravenia's Ardovian-language schools"],
    ["pravenia_schools", "population", None, "Pravenia's Ardovian-language schools"],
    ["pravenia_pass_rate", "other", None, "pass rate of the Pravenian candidates in 2063 (first results)"],
    ["pravenia_pass_rate_2062", "other", None, "pass rate of the Pravenian candidates in 2062"],
    ["pravenia_maths_rate", "other", None, "mathematics pass rate of the Pravenian candidates (first results)"],
    ["pravenia_maths_failed", "count", None, "Pravenian candidates who failed mathematics (first results)"],
    ["velsk_failed", "count", None, "candidates at the Velsk grammar school who failed mathematics"],
    ["velsk_candidates", "population", None, "candidates at the Velsk grammar school"],
    ["pravenia_applicants", "population", None, "Pravenian pupils who applied to Ardovian universities"],
    ["pravenia_fund", "other", None, "Pravenian ministry's money for repeat courses"],
    ["age_charged", "other", None, "age of the pupil charged"],
    ["brackwater_candidates", "population", None, "candidates in the Brackwater region"],
    ["brackwater_pass_rate", "other", None, "Brackwater's pass rate (64.0, revised to 70.2 per cent)"],
    ["drennick_pass_rate", "other", None, "pass rate of the Drennick region (first results)"],
    ["brackwater_maths_rate_forecast", "other", None, "Brackwater's mathematics pass rate expected after the regrade"],
    ["brackwater_schools", "population", None, "secondary schools in the Brackwater region"],
    ["tutor_fee", "other", None, "private tutors' fee for resit classes in Brackwater"],
    ["brackwater_maths_rate", "other", None, "Brackwater's mathematics pass rate (first results)"],
    ["regions", "population", None, "Ardovia's regions"],
    ["stallbridge_candidates", "population", None, "Stallbridge Academy's candidates"],
    ["stallbridge_rate", "other", None, "Stallbridge's pass rate in 2063 (first results)"],
    ["stallbridge_rate_2062", "other", None, "Stallbridge's pass rate in 2062"],
    ["tull_years", "other", None, "years the head has been in teaching"],
    ["age_pike", "other", None, "age of Aaron Pike"],
    ["pike_margin", "other", None, "marks by which Aaron Pike failed"],
    ["pike_gap", "other", None, "marks between the new pass and the C he needs"],
    ["council_tutoring", "other", None, "county council's money for tutoring"],
    ["tutoring_weeks", "other", None, "weeks of free tutoring"],
    ["age_sollis", "other", None, "age of Neve Sollis"],
    ["error_2055", "other", None, "candidates affected by the 2055 grading error"],
    ["regrade_2055_weeks", "other", None, "weeks the 2055 regrade took"],
    ["regrade_days", "other", None, "days the 2063 regrade took from the minister's order"],
    ["poll_sample", "population", None, "parents in the newspaper's poll"],
    ["poll_distrust", "other", None, "share of them who no longer trust the board"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{FOLDER}: {len(Q)} quantities")
