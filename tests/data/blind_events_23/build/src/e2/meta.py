#!/usr/bin/env python3
"""Hand-kept table of quantities for event 2 (Corvenia's Senior Certificate results); writes meta.json beside it."""
import json
import os

FOLDER = "corvenia_exam_results"
EVENT = ("Release of Corvenia's Senior Certificate (national school-leaving examination) results by the Examinations "
         "Authority of Corvenia on Wednesday 14 August 2047 (fictional), and the mathematics marking error admitted "
         "on Tuesday 20 August with corrected results on Thursday 22 August: candidates, pass rates overall, by "
         "region and by school type against previous years, distinctions, the marking error and its scale, appeals, "
         "the Halvard Institute's rival analysis, and the results of Corvenian-curriculum schools in Lirrea, "
         "reported 14-30 August 2047")
NOTES = (
    "A statistic and its correction are one quantity: the national pass rate (77.8 -> 78.6 per cent), the mathematics "
    "pass rate (61.3 -> 64.9), the distinction rate (13.9 -> 14.3) and the number of distinctions (25,910 -> 26,660), "
    "the Lowmarch (68.5 -> 69.7) and Ardmoor (72.7 -> 73.4) pass rates, the fall in the national pass rate against "
    "2046 (2.5 -> 1.7 points) and the gap between the best and worst regions (17.6 -> 16.4 points); so are Selvigen "
    "Comprehensive's mathematics pass rate (44 -> 51) and the Halvard Institute's rival estimates of one amount: the "
    "scripts marked with the wrong key (the authority's 12,600 against Halvard's 'as many as' / 'up to' 19,000) and "
    "the candidates who should have passed (1,490, 'not 1,490', against 'as many as 2,300'). Halvard's like-for-like "
    "pass rate (about 80.0) is a counterfactual, not an estimate of the official rate, and is its own quantity. "
    "Running counts: appeals lodged (around 900 -> 2.150 -> 4,300 -> 7,850) and the petition's signatures (more than "
    "12,000 -> more than 19.000). Each year's figure is its own quantity (2045, 2046 and 2047 pass rates; 2046's "
    "maths, distinction, Lowmarch and income-gap figures; 2046's candidates and appeals). The tabloid's '41,000 FAIL' "
    "/ 'more than 41,000' are the candidates who failed (first results); 'almost SEVEN POINTS' is the fall of the "
    "mathematics pass rate, its own quantity, as is the translated copy's Lowmarch fall of 4,4 points. The appeal fee "
    "'45 florins', '45-florin' and its conversion 'about 6 euros' are one quantity (a conversion keeps its printed "
    "value). 'about 186,000' in the broadsheet is the rounded number of candidates. "
    "Parts: passes, fails, the mathematics candidates, the Lowmarch's candidates and the Lirrean candidates are parts "
    "of all candidates (the translated copy counts Lirrea's pupils in the national total), distinctions a part of "
    "passes, Lirrea's distinctions a part of Lirrea's candidates, the Lowmarch's maths fails a part of its candidates; "
    "the Lowmarch's 360 who moved from fail to pass a part of the national 1,490, and Selvigen's 23 a part of those; "
    "the Lowmarch's 'about 2,400' whose maths grade was raised a part of the scripts affected; the Lowmarch's 610 "
    "appeals a part of all appeals, appeals decided a part of appeals and those upheld a part of those decided; the "
    "Lowmarch's 170 maths-teacher vacancies a part of the 640. Populations: candidates is treated as an event total "
    "(it has parts), while schools, regions, university places, Lirrea's schools, the 120 marks of the paper and the "
    "31,000 scripts scanned in Ardmoor are populations. "
    "Optional: ages, years of service ('22 years'), look-backs and windows ('Since two years', 'Sixteen days after', "
    "'within two weeks', 'in about two weeks', 'within six weeks'), and vague shares ('nearly four in ten', 'about "
    "two-thirds', 'fewer than half'). 'The 50 percent' threshold for schools is a rule written exactly (bound '='). "
    "Not figures: dates, clock times (08:00, 07:30), the years 2031, 2045 and 2046 used as dates, ordinals ('second "
    "annual fall', 'first time'), 'one year earlier', 'a single' and vague words (hours, thousands). "
    "'16 of the' and 'paper's 120 marks' are two figures; 'Paper 2' is a label, not a figure, and 'the poorest fifth' / 'into fifths' name Halvard's income groups (quintiles), not figures.")
Q = [
    ["candidates", "total", None, "candidates who sat the Senior Certificate in 2047"],
    ["passes", "part", "candidates", "candidates who passed (first results)"],
    ["fails", "part", "candidates", "candidates who failed (first results)"],
    ["distinctions", "part", "passes", "candidates awarded a distinction (first results and correction)"],
    ["maths_candidates", "part", "candidates", "candidates who sat mathematics"],
    ["candidates_lowmarch", "part", "candidates", "candidates in the Lowmarch"],
    ["lowmarch_maths_fails", "part", "candidates_lowmarch", "Lowmarch students who failed mathematics after the correction"],
    ["lirrea_candidates", "part", "candidates", "candidates from the Corvenian-curriculum schools in Lirrea"],
    ["lirrea_distinctions", "part", "lirrea_candidates", "Lirrean candidates awarded a distinction"],
    ["candidates_2046", "count", None, "candidates in 2046"],
    ["pass_rate", "other", None, "national pass rate 2047 (first results and correction)"],
    ["pass_rate_2046", "other", None, "national pass rate 2046"],
    ["pass_rate_2045", "other", None, "national pass rate 2045"],
    ["pass_rate_change", "other", None, "fall in the national pass rate against 2046 (first and corrected)"],
    ["pass_like_for_like", "other", None, "Halvard's counterfactual pass rate had the maths paper been no harder"],
    ["maths_pass", "other", None, "mathematics pass rate 2047 (first results and correction)"],
    ["maths_pass_2046", "other", None, "mathematics pass rate 2046"],
    ["maths_change", "other", None, "fall in the mathematics pass rate against 2046"],
    ["maths_fail_share", "other", None, "share of candidates who failed mathematics (vague share)"],
    ["language_pass", "other", None, "Corvenian language pass rate 2047"],
    ["distinction_rate", "other", None, "share of candidates awarded a distinction 2047 (first and corrected)"],
    ["distinction_rate_2046", "other", None, "share of distinctions 2046"],
    ["pass_capital", "other", None, "pass rate in the Capital District 2047"],
    ["pass_kessel", "other", None, "pass rate in Kessel Bay 2047"],
    ["pass_frayne", "other", None, "pass rate in Frayne 2047"],
    ["pass_oskary", "other", None, "pass rate in Oskary 2047"],
    ["pass_ardmoor", "other", None, "pass rate in Ardmoor 2047 (first and corrected)"],
    ["pass_lowmarch", "other", None, "pass rate in the Lowmarch 2047 (first and corrected)"],
    ["pass_lowmarch_2046", "other", None, "pass rate in the Lowmarch 2046"],
    ["lowmarch_change", "other", None, "fall in the Lowmarch pass rate against 2046"],
    ["regional_gap", "other", None, "gap between the best and worst regions' pass rates (first and corrected)"],
    ["regions", "population", None, "regions of Corvenia"],
    ["pass_private", "other", None, "pass rate at private schools"],
    ["pass_state", "other", None, "pass rate at state schools"],
    ["schools", "population", None, "secondary schools covered by the results"],
    ["schools_below_half", "count", None, "schools with a pass rate below 50 percent in 2047"],
    ["schools_below_half_2046", "count", None, "schools with a pass rate below 50 percent in 2046"],
    ["half_threshold", "other", None, "the 50 percent threshold for the count of weak schools"],
    ["poorest_pass", "other", None, "pass rate in the poorest fifth of schools (Halvard)"],
    ["poorest_change", "other", None, "fall of the pass rate in the poorest fifth (Halvard)"],
    ["richest_pass", "other", None, "pass rate in the richest fifth of schools (Halvard)"],
    ["richest_change", "other", None, "fall of the pass rate in the richest fifth (Halvard)"],
    ["income_gap", "other", None, "gap between the richest and poorest fifths 2047 (Halvard)"],
    ["income_gap_2046", "other", None, "gap between the richest and poorest fifths 2046 (Halvard)"],
    ["scripts_affected", "total", None, "candidates whose scripts were marked with the wrong key (authority vs Halvard)"],
    ["grade_raised_lowmarch", "part", "scripts_affected", "Lowmarch candidates whose mathematics grade was raised"],
    ["ardmoor_scanned", "population", None, "scripts scanned in Ardmoor in June, to be re-checked"],
    ["recheck_cost", "other", None, "cost of re-checking the Ardmoor scripts"],
    ["fail_to_pass", "total", None, "candidates moved from fail to pass by the correction (authority vs Halvard)"],
    ["fail_to_pass_lowmarch", "part", "fail_to_pass", "Lowmarch students moved from fail to pass"],
    ["selvigen_fail_to_pass", "part", "fail_to_pass_lowmarch", "Selvigen Comprehensive students moved from fail to pass"],
    ["mc_marks", "other", None, "marks of the multiple-choice section marked with the wrong key"],
    ["paper_marks", "population", None, "total marks of mathematics Paper 2"],
    ["ardmoor_pupils", "count", None, "pupils of an Ardmoor teacher marked wrong on the same questions"],
    ["scriptora_contract", "other", None, "yearly value of Scriptora's contract"],
    ["scriptora_withheld", "other", None, "payments withheld from Scriptora"],
    ["appeals", "total", None, "appeals lodged (running count)"],
    ["appeals_lowmarch", "part", "appeals", "appeals from the Lowmarch"],
    ["appeals_decided", "part", "appeals", "appeals decided so far"],
    ["appeals_upheld", "part", "appeals_decided", "appeals that led to a higher grade"],
    ["upheld_rate", "other", None, "success rate of decided appeals"],
    ["appeals_2046", "count", None, "appeals in the whole of 2046's appeal period"],
    ["appeal_fee", "other", None, "appeal fee per paper (florins and euros)"],
    ["appeal_window", "other", None, "time allowed to appeal"],
    ["deadline_extension", "other", None, "extension of the appeal deadline"],
    ["resit_fee", "other", None, "re-sit fee per paper"],
    ["petition", "count", None, "signatures on the petition for re-marking (running count)"],
    ["uni_places", "population", None, "first-year university places"],
    ["uni_offers", "count", None, "university offers made"],
    ["places_held", "count", None, "university places held open for students whose results changed"],
    ["bridging_funds", "other", None, "money asked for a bridging year in mathematics"],
    ["maths_vacancies", "total", None, "vacancies for mathematics teachers nationally"],
    ["maths_vacancies_lowmarch", "part", "maths_vacancies", "mathematics-teacher vacancies in the Lowmarch"],
    ["maths_required_share", "other", None, "share of degree courses requiring a maths pass (vague share)"],
    ["website_minutes", "other", None, "time the authority's website was down"],
    ["website_visits", "count", None, "people trying to log in at once"],
    ["marks_short", "other", None, "marks by which Mira Osterhalt failed maths"],
    ["marks_short_jarek", "other", None, "marks by which Jarek Wolle failed maths"],
    ["jarek_months", "other", None, "months Jarek Wolle revised"],
    ["puzzle_marks", "other", None, "marks of the probability puzzle"],
    ["twins_distinctions", "count", None, "distinctions each of the Brandvik twins scored"],
    ["selvigen_share", "other", None, "share of Selvigen pupils passing maths (vague share)"],
    ["selvigen_teachers_lost", "count", None, "maths teachers Selvigen's school lost in the spring"],
    ["selvigen_maths", "other", None, "Selvigen Comprehensive's maths pass rate (first and corrected)"],
    ["anselm_days", "other", None, "days the Selvigen head spent on the telephone"],
    ["wrongly_failed_days", "other", None, "days the students believed they had failed"],
    ["pirsk_reads", "count", None, "times Jana Pirsk read the message"],
    ["lirrea_pass", "other", None, "pass rate of the Lirrean candidates"],
    ["lirrea_maths_pass", "other", None, "maths pass rate of the Lirrean candidates"],
    ["lirrea_distinction_rate", "other", None, "share of distinctions among the Lirrean candidates"],
    ["lirrea_schools", "population", None, "Corvenian-curriculum schools in Lirrea"],
    ["lowmarch_pupils_in_lirrea", "population", None, "pupils from Corvenia commuting to schools in Valmonte"],
    ["lirrea_own_pass", "other", None, "pass rate of Lirrea's own school-leaving exam"],
    ["joint_exam_cost", "other", None, "yearly cost of a joint exam (Lirrean study)"],
    ["corvenians_in_lirrea", "population", None, "Corvenian students at Lirrean universities last year"],
    ["valmonte_places", "population", None, "places reserved at the University of Valmonte"],
    ["teacher_years", "other", None, "years a Lowmarch teacher has taught maths"],
    ["breakdown_weeks", "other", None, "window for the authority's breakdown (minister)"],
    ["halvard_weeks", "other", None, "window for Halvard's analysis"],
    ["review_weeks", "other", None, "window for the independent review"],
    ["lookback_two_years", "other", None, "look-back: Lirrea examining a joint exam for two years"],
    ["lookback_16d", "other", None, "look-back: sixteen days after the results"],
    ["age_osterhalt", "other", None, "age of Mira Osterhalt"],
    ["age_wolle", "other", None, "age of Katrin Wolle"],
    ["age_twins", "other", None, "age of the Brandvik twins"],
    ["age_pirsk", "other", None, "age of Jana Pirsk"],
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
