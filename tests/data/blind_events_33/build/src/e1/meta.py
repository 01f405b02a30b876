#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 1; writes meta.json beside it."""
import json
import os

P, T, PT, C, O = "population", "total", "part", "count", "other"
Q = [
    # the March list (end of March 2059) as published, revised and contested
    ("wl_mar", T, None, "patients waiting for planned hospital treatment in Velmoria at the end of March 2059: first published 3.84 million (tabloid headline 3.8 million), revised to 3.97 million after the missing trusts were added; the Medical Guild's rival estimate 'closer to 4.3 million' counts patients removed by validation"),
    ("over18_mar", PT, "wl_mar", "patients on the March list who had waited longer than 18 weeks (1.21 million, revised to 1.29 million)"),
    ("over18_share_mar", O, None, "share of the March list waiting longer than 18 weeks (31.5 per cent, revised to 32.5 per cent)"),
    ("within18_mar", O, None, "share of the March list within 18 weeks (68.5 per cent)"),
    ("over52_mar", PT, "over18_mar", "patients on the March list who had waited more than a year (212,000, revised to 231,000)"),
    ("over104_mar", PT, "over52_mar", "patients on the March list who had waited more than two years (9,400, revised to 10,100)"),
    ("median_mar", O, None, "median wait on the March list (16.2 weeks, revised to 16.6 weeks)"),
    ("wl_rise_month", O, None, "rise of the list from February to March (46,000)"),
    ("wl_rise_year", O, None, "rise of the March list on a year earlier (9.4 per cent, revised to 13.1 per cent)"),
    ("wl_mar2058", C, None, "waiting list a year earlier, March 2058 (3.51 million)"),
    ("over52_mar2058", C, None, "year-long waits a year earlier, March 2058 (164,000)"),
    ("pop_share_mar", O, None, "the list as a share of the population ('nearly one in five', optional)"),
    ("ard_wl_mar", PT, "wl_mar", "Ardenmoor region's waiting list at the end of March (610,000, revised to 740,000)"),
    ("ard_over52_mar", PT, "over52_mar", "Ardenmoor's year-long waits at the end of March (71,000, revised to 90,000)"),
    ("ard_over52_share", O, None, "Ardenmoor's share of the country's year-long waits ('one in three', then 39 per cent, 'nearly two in five'; the vague ones optional)"),
    ("ard_wl_share", O, None, "Ardenmoor's share of the corrected national list (18.6 per cent)"),
    ("ard_pop_share", O, None, "Ardenmoor's share of Velmoria's population (about 13 per cent)"),
    ("vel_pop", P, None, "Velmoria's population (21 million)"),
    # rules, targets and other indicators
    ("rule18", O, None, "the 18-week maximum wait of the charter (threshold)"),
    ("target92", O, None, "the charter's target share of patients within 18 weeks (92 per cent)"),
    ("rule104", O, None, "the two-year threshold of the longest waits"),
    ("pledge4m", O, None, "the minister's pledge not to let the list pass four million (threshold)"),
    ("ed4h_mar", O, None, "share of emergency patients dealt with within four hours in March (74.8 per cent)"),
    ("ed4h_apr", O, None, "share of emergency patients dealt with within four hours in April (76.1 per cent)"),
    ("rule4h", O, None, "the four-hour emergency standard (threshold)"),
    ("target95", O, None, "the emergency target share (95 per cent)"),
    ("ed12h_mar", C, None, "patients who spent more than 12 hours in an emergency department in March (41,200)"),
    ("ed12h_apr", C, None, "patients who spent more than 12 hours in an emergency department in April (38,900)"),
    ("rule12h", O, None, "the 12-hour threshold for emergency waits"),
    ("cancer_mar", O, None, "share of cancer patients treated within 62 days in March (71.3 per cent)"),
    ("rule62", O, None, "the 62-day cancer standard (threshold)"),
    ("target85", O, None, "the cancer standard's target share (85 per cent)"),
    ("pub_lag", O, None, "lag between month end and publication (six weeks)"),
    # earlier comparable lists
    ("peak2054", C, None, "the previous record list, January 2054 (3.62 million)"),
    ("cancel2054", O, None, "the 2054 cancellation of routine operations (six weeks)"),
    ("recovery2054", O, None, "time it took to bring the 2054 list down (19 months)"),
    ("fall2054", C, None, "fall of the list after the 2054 peak (about 300,000)"),
    ("wl_2049", C, None, "the list in 2049 (2.1 million)"),
    # the Guild and the opposition
    ("validation", C, None, "patients removed from lists by validation in the year to March (about 210,000)"),
    ("validation_apr", C, None, "patients removed by validation in the year to April (about 215,000)"),
    ("opp_years", O, None, "the opposition's estimate of the years needed to bring the list back (11 years)"),
    ("months_grew", C, None, "months in which the list grew, of the past 40 (37)"),
    ("months_window", O, None, "the window of the opposition's count (40 months)"),
    ("malvik_tenure", O, None, "the minister's time in office (three years; working history, optional)"),
    ("vac_nurse", C, None, "vacant nursing posts in the National Care Service (38,000)"),
    ("vac_doctor", C, None, "vacant doctors' posts (9,200)"),
    ("ncs_staff", P, None, "National Care Service staff (about 1.1 million)"),
    # the plan
    ("plan_money", T, None, "the minister's rescue plan (2.4 billion drells, about 300 million euros)"),
    ("ard_plan_money", PT, "plan_money", "Ardenmoor's share of the plan money (410 million drells)"),
    ("ard_plan_share", O, None, "Ardenmoor's share of the plan money as a percentage (about 17 per cent)"),
    ("plan_years", O, None, "the plan's duration (two years)"),
    ("plan_ops", T, None, "extra operations promised by the plan (180,000)"),
    ("plan_ops_done", PT, "plan_ops", "extra operations carried out by mid-June (12,400)"),
    ("plan_hubs", T, None, "surgical hubs promised (26)"),
    ("ard_hubs", PT, "plan_hubs", "hubs for Ardenmoor (five)"),
    ("hubs_open", PT, "plan_hubs", "hubs opened by mid-June (two)"),
    ("plan_target", O, None, "the plan's target list for March 2061 (below 3.5 million)"),
    ("needed_cut", O, None, "fall needed to reach the target (about 490,000)"),
    ("months_left", O, None, "months left to reach the target (23)"),
    ("needed_monthly", O, None, "monthly fall needed (about 21,000 a month)"),
    ("avg_growth", O, None, "average monthly growth of the list in the past year (about 38,000 a month)"),
    ("abroad_target", O, None, "patients the minister wants treated abroad each year (20,000)"),
    # the missing data and its revision
    ("missing_total", T, None, "patients missing from the national figures because of the CareTrack failure (130,000)"),
    ("brennick_missing", PT, "missing_total", "Brennick's missing patients (58,000)"),
    ("hollin_missing", PT, "missing_total", "Hollin Vale's missing patients (41,000)"),
    ("carrick_missing", PT, "missing_total", "Carrick Moor's missing patients (31,000)"),
    ("missing_trusts", T, None, "hospital trusts whose data were missing (three)"),
    ("other_trusts", PT, "missing_trusts", "the trusts besides Brennick's (two other hospital trusts)"),
    ("missing_duration", O, None, "how long the gap went unnoticed (more than three months)"),
    ("over52_added", T, None, "year-long waits added to the national count by the revision (19,000)"),
    ("brennick_over52", PT, "over52_added", "Brennick's year-long waits (8,900)"),
    ("hollin_over52", PT, "over52_added", "Hollin Vale's year-long waits (6,900)"),
    ("carrick_over52", PT, "over52_added", "Carrick Moor's year-long waits (3,200)"),
    ("brennick_over104", PT, "over104_mar", "Brennick's two-year waits (700)"),
    ("caretrack_cost", O, None, "cost of the CareTrack system (46 million drells)"),
    ("old_systems", C, None, "older systems CareTrack was to replace (11)"),
    ("review_deadline", O, None, "deadline of the independent review (30 days)"),
    ("review_days", O, None, "time the review actually took (25 days)"),
    ("other_error_trusts", C, None, "further trusts with smaller gaps found by the review (four)"),
    ("other_error_patients", C, None, "patients in those smaller gaps (about 6,000)"),
    ("review_recs", C, None, "the review's recommendations (nine)"),
    ("parallel_run", O, None, "the recommended parallel running of old systems (at least three months)"),
    # Brennick and local patients
    ("brennick_beds", P, None, "Brennick General's beds (980)"),
    ("brennick_theatres", P, None, "Brennick General's operating theatres (12)"),
    ("brennick_theatres_closed", C, None, "theatres closed for lack of nurses (three)"),
    ("brennick_vac", C, None, "Brennick's vacant nursing posts (410)"),
    ("brennick_hub_theatres", O, None, "theatres of the planned Brennick hub (four)"),
    ("brennick_hub_ops", O, None, "the Brennick hub's annual target (9,000 operations)"),
    ("moy_wait", O, None, "Gareth Moy's wait for surgery (19 months)"),
    ("moy_age", O, None, "Gareth Moy's age (optional)"),
    ("moy_discs", C, None, "damaged discs in Moy's back (two)"),
    ("moy_letters", C, None, "rescheduling letters Moy received (three)"),
    ("coach_time", O, None, "coach journey to Trellund (about 90 minutes)"),
    ("coach_fare", O, None, "return coach fare to Trellund (350 drells)"),
    ("keeling_wait", O, None, "Maud Keeling's wait for a new hip (14 months by May, 15 months when operated on in June)"),
    ("keeling_age", O, None, "Maud Keeling's age (optional)"),
    ("keeling_grandkids", O, None, "her grandchildren (optional family history)"),
    ("keeling_house", O, None, "years in her house (optional)"),
    ("keeling_work", O, None, "years as a school cook (optional working history)"),
    ("keeling_quote", O, None, "private clinic's quote for her operation (96,000 drells)"),
    ("keeling_pension", O, None, "the quote expressed as years of savings and pension (three years)"),
    ("rourke_letters", C, None, "letters the family wrote to the minister (twice)"),
    ("doran_age", O, None, "nurse Doran's age (optional)"),
    ("doran_ops_cancelled", C, None, "hip operations cancelled on one day on her ward (four)"),
    # Kessary
    ("kess_2058", C, None, "Velmorians treated in Kessarian clinics in 2058 (4,200)"),
    ("kess_rise_2058", O, None, "2058's cross-border patients as a multiple of 2055's (about 2.5 times)"),
    ("kess_q1", C, None, "Velmorians treated in Kessary in the first quarter of 2059 (1,350)"),
    ("kess_enquiries_rise", O, None, "rise in enquiries at the Trellund clinic (about 60 per cent)"),
    ("trellund_dist", O, None, "Trellund's distance from the border (14 kilometres)"),
    ("kess_pop", P, None, "Kessary's population (6.2 million)"),
    ("kess_wl", C, None, "Kessary's waiting list (about 410,000)"),
    ("kess_median", O, None, "Kessary's median wait (nine weeks)"),
    ("kess_wl_rise", O, None, "growth of Kessary's list in a year (7 per cent)"),
    ("kess_cap_share", O, None, "Kessary's cap on foreign patients' share of planned operations (5 per cent)"),
    ("kess_foreign_share", O, None, "foreign patients' current share in Kessarian public hospitals (about 1.5 per cent)"),
    ("hip_vel", O, None, "price of a hip replacement in a Velmorian public hospital (76,000 drells, about 9,500 euros)"),
    ("hip_kess", O, None, "Trellund clinic's price for a hip replacement (8,900 euros)"),
    ("hip_nights", O, None, "nights in the clinic included (five)"),
    ("rate_drell", O, None, "exchange rate (8 drells to the euro)"),
    ("travel_allow", O, None, "travel allowance (2,400 drells)"),
    ("trellund_beds", P, None, "beds of the Trellund clinic (64)"),
    ("trellund_ops", C, None, "operations at the Trellund clinic last year (2,100)"),
    ("trellund_vel_share", O, None, "Velmorians' share of those operations (38 per cent)"),
    ("trellund_extra", O, None, "extra operations a year possible with more surgeons (about 600)"),
    ("trellund_surgeons", O, None, "extra surgeons needed (two)"),
    ("trellund_double", O, None, "expected growth of Velmorian patients at Trellund (double)"),
    ("brek_wait", O, None, "Halvard Brek's wait for a knee operation (17 months)"),
    ("brek_kess_wait", O, None, "wait offered in Trellund (three weeks)"),
    ("brek_age", O, None, "Brek's age (optional)"),
    # the April list and the broadsheet's analysis
    ("wl_apr", T, None, "the waiting list at the end of April 2059 (3.99 million; the Medical Guild's 'about 4.45 million')"),
    ("wl_rise_apr", O, None, "rise from corrected March to April (20,000)"),
    ("over18_apr", PT, "wl_apr", "April patients waiting longer than 18 weeks (1.31 million)"),
    ("within18_apr", O, None, "April share within 18 weeks (67.2 per cent)"),
    ("over52_apr", PT, "over18_apr", "April year-long waits (236,000)"),
    ("over104_apr", PT, "over52_apr", "April two-year waits (10,600)"),
    ("median_apr", O, None, "April median wait (16.8 weeks)"),
    ("hidden_need", C, None, "Farrowgate Trust's estimate of people needing treatment but not referred (between 1.1 and 1.6 million)"),
    ("off_work", C, None, "people of working age off work while waiting (310,000)"),
    ("econ_cost", O, None, "annual economic cost of those waits (about 14 billion drells, 1.75 billion euros)"),
    ("econ_vs_plan", O, None, "that cost as a multiple of the plan's annual cost (more than 11 times)"),
    ("lookback", O, None, "look-back dating the article (optional)"),
    ("lookback_plan", O, None, "look-back dating the article from the plan (optional)"),
]

NOTES = (
    "Monthly waiting-list statistics are labelled by their reference month: the end-of-March list (first published "
    "3.84 million, revised to 3.97 million) and the end-of-April list (3.99 million) are distinct quantities, as are "
    "the March and April year-long waits, medians, shares and emergency figures; a figure and its revision for the "
    "same month are one quantity (wl_mar, over18_mar, over52_mar, over104_mar, median_mar, over18_share_mar, "
    "wl_rise_year, ard_wl_mar, ard_over52_mar). The Medical Guild's rival estimates of the list (closer to 4.3 million "
    "in March, about 4.45 million in April) join the official list of the same month, like a rival death toll; the "
    "Farrowgate Trust's estimate of people never referred is a different quantity (hidden_need). The waiting-time "
    "thresholds (18 weeks, two years, four hours, 12 hours, 62 days) are rules and are scored with '=' and their "
    "'more than' / 'longer than' outside the quote; 'more than a year' has no number and is not annotated. The "
    "sub-counts nest: over-18-weeks is part of the list, year-long part of over-18-weeks, two-year part of year-long; "
    "the Ardenmoor region and the 130,000 missing patients are parts of the list. The 'nearly one in five' of the "
    "population, 'one in three' and 'nearly two in five' are optional vague shares; personal ages, family and working "
    "history and look-backs are optional. Maud Keeling's wait (14 months in May, 15 months when she was operated on) "
    "is one running quantity. The translated Kessarian copy uses dotted thousands and decimal commas."
)

here = os.path.dirname(os.path.abspath(__file__))
meta = {
    "folder": "velmoria_waiting_list",
    "event": "Velmoria's (fictional) record hospital waiting list, published on Thursday 8 May 2059 for the end of "
             "March (3.84 million patients), revised on Thursday 15 May 2059 to 3.97 million after 130,000 patients "
             "of three Ardenmoor hospital trusts were found missing, with the health minister's 2.4 billion drell "
             "plan, patients sent to neighbouring Kessary and the April figures of 12 June 2059; reported 8 May - "
             "20 June 2059",
    "notes": NOTES,
    "quantities": [list(q) for q in Q],
}
ids = [q[0] for q in Q]
assert len(ids) == len(set(ids)), "duplicate quantity ids"
json.dump(meta, open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
