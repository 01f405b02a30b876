#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e2 (university funding cut); writes meta.json beside it."""
import json
import os

FOLDER = "brackwell_university_cuts"
EVENT = ("Caldoria's (fictional) 460-million-ducat cut to university teaching grants for 2053-54, announced on "
         "Monday 3 March 2053, and Brackwell University's plan of Tuesday 4 March to close 38 courses and cut 410 "
         "jobs, with the strike ballot, protests, the Estravian studies department and the revised plan after the "
         "government's transition fund of 15 April; reported 4 March - 22 April 2053")
NOTES = (
    "Brackwell's course closures (38, revised to 29) and job cuts (410, revised to 350) are each one quantity through "
    "the revision; the union's 'closer to 600' (which adds about 190 fixed-term contracts not renewed) is a rival "
    "estimate of the same job losses, and the 190 contracts are a part. The forecast deficit for 2053-54 (47 million, "
    "then 36 million ducats), the students on courses being closed (2,900, then 2,400), the first-year places withdrawn "
    "(1,100, then 900), the universities expected in deficit next year (19, then 17) and the inflation forecast (5.5, "
    "then 5.8 per cent) are statistics or forecasts with their revisions. The universities in deficit this year (nine) "
    "are another period. The national grant cut (460 million ducats, about 153 million euros, 11 per cent) stands; "
    "the transition fund (150 million a year) and the net reduction (310 million, about 7.4 per cent; about 12 per cent "
    "in real terms) are other quantities, and so is the opposition's real-terms cut of the gross figure (nearly 16 per "
    "cent). The rectors' and the union's estimates of sector job losses (up to 5,000; 8,000) are one quantity; the "
    "job cuts announced so far (3,600) are a count of what has happened, distinct from the estimate; likewise the "
    "rectors' warning of more than 400 course closures and the 470 announced. The petition is a running count (12,000, "
    "46,000, more than 50,000, more than 61,000); the separate Lisvik petition for Estravian studies is its own "
    "quantity. Crowd sizes: the Brackwell march (police about 1,800, organisers 4,500) and the national march in "
    "Harrowdene (22,000 and 60,000) are each one quantity with rival estimates, and distinct from each other. The "
    "Estravian offer 'up to 400,000 euros' is a ceiling and keeps '='; the deal agreed (350,000 euros, about 1.05 "
    "million ducats) is a distinct amount (offer and outcome). The vice-chancellor's pay before (398,000) and after "
    "the cut (about 358,000) are two quantities. The international fee before (14,400 ducats, about 4,800 euros) and "
    "after (15,700) are two quantities; the 9 per cent fee rise and the 9 per cent fall in applications from abroad "
    "are equal values of different quantities. Strike days called (ten) and held (eight) are plan and outcome. "
    "People's ages, a lecturer's years of service, the look-back 'Seven weeks', the look-ahead 'in three weeks' and the "
    "vague shares 'about one in ten', 'about one in eight' and 'Half my lecturers' are optional; the department's age "
    "(95 years) is scored.")

Q = [
    ("grant_cut", "other", None, "national cut to university teaching grants for 2053-54 (460 million ducats; in euros)"),
    ("grant_cut_pct", "other", None, "the grant cut as a percentage (11 per cent)"),
    ("grant_old", "other", None, "national teaching grant this year (4.2 billion ducats)"),
    ("grant_new", "other", None, "national teaching grant for 2053-54 (3.74 billion ducats)"),
    ("research_fund", "other", None, "national research funding, unchanged (1.9 billion ducats)"),
    ("real_rise_years", "other", None, "years of real-terms increases cited by the minister (six)"),
    ("real_rise_window", "other", None, "the window of years the minister cited (the last eight years)"),
    ("inflation", "other", None, "inflation forecast for the year (5.5 per cent, revised 5.8 per cent)"),
    ("real_cut", "other", None, "the gross cut in real terms (nearly 16 per cent)"),
    ("universities", "population", None, "public universities in Caldoria (34)"),
    ("deficit_unis", "count", None, "universities expected to be in deficit in 2053-54 (19, revised 17)"),
    ("deficit_unis_now", "count", None, "universities in deficit this year (nine)"),
    ("courses_national_est", "other", None, "rectors' warning of course closures nationally (more than 400)"),
    ("courses_national", "total", None, "degree courses announced for closure nationally so far (470)"),
    ("unis_announcing", "count", None, "universities that had announced closures (22)"),
    ("sector_jobs", "other", None, "estimates of sector job losses (rectors up to 5,000; union 8,000)"),
    ("jobs_announced", "total", None, "job cuts announced across the sector so far (3,600)"),
    ("c2049_cut", "other", None, "the 2049 cut (7 per cent)"),
    ("c2049_jobs", "other", None, "jobs lost after the 2049 cut (2,300)"),
    ("c2049_courses", "other", None, "courses closed after the 2049 cut (120)"),
    ("c2049_period", "other", None, "period over which the 2049 losses came (two years)"),
    ("brack_courses", "part", "courses_national", "courses Brackwell will close (38, revised 29)"),
    ("brack_courses_total", "population", None, "Brackwell's degree courses (212)"),
    ("arts_closures", "part", "brack_courses", "Brackwell closures in the arts and humanities (21)"),
    ("sci_closures", "part", "brack_courses", "Brackwell closures in the sciences (nine)"),
    ("soc_closures", "part", "brack_courses", "Brackwell closures in the social sciences (eight)"),
    ("courses_reprieved", "count", None, "Brackwell courses reprieved in the revised plan (nine)"),
    ("brack_jobs", "part", "jobs_announced", "jobs Brackwell will cut (410, revised 350; union's nearer 600)"),
    ("brack_jobs_acad", "part", "brack_jobs", "academic posts among Brackwell's cuts (260)"),
    ("brack_jobs_prof", "part", "brack_jobs", "professional-services posts among Brackwell's cuts (150)"),
    ("fixed_term", "part", "brack_jobs", "fixed-term contracts not to be renewed (about 190), in the union's figure"),
    ("vr_accepted", "part", "brack_jobs", "jobs to go by voluntary redundancy (170)"),
    ("compulsory", "part", "brack_jobs", "jobs that could still be compulsory redundancies (up to 180)"),
    ("brack_jobs_share", "other", None, "job cuts as a share of Brackwell's staff ('about one in ten', optional)"),
    ("brack_staff", "population", None, "Brackwell University's staff (3,900)"),
    ("brack_students", "population", None, "Brackwell University's students (19,400)"),
    ("brack_deficit", "other", None, "Brackwell's forecast deficit for 2053-54 (47 million, revised 36 million ducats)"),
    ("brack_grant_cut", "other", None, "fall in Brackwell's own teaching grant (29 million ducats)"),
    ("brack_grant_new", "other", None, "Brackwell's teaching grant for 2053-54 (233 million ducats)"),
    ("brack_transition", "other", None, "Brackwell's share of the transition fund (11 million ducats a year)"),
    ("students_affected", "count", None, "students enrolled on Brackwell courses being closed (2,900, revised 2,400)"),
    ("places_cut", "count", None, "Brackwell first-year places withdrawn (1,100, revised 900)"),
    ("vr_period", "other", None, "duration of the voluntary redundancy scheme (six weeks)"),
    ("vr_apps", "count", None, "applications for voluntary redundancy (64, then 230)"),
    ("vr_apps_days", "other", None, "days in which the first 64 applications came (four)"),
    ("retire_horizon", "other", None, "years within which applicants would have retired anyway (two or three)"),
    ("petition", "count", None, "signatures on the Brackwell students' petition (running count)"),
    ("petition_days", "other", None, "days in which the petition reached 46,000 (two)"),
    ("vc_pay", "other", None, "vice-chancellor's pay before the cut (398,000 ducats)"),
    ("vc_rise", "other", None, "vice-chancellor's pay rise last year (6 per cent)"),
    ("vc_cut_pct", "other", None, "vice-chancellor's pay cut (10 per cent)"),
    ("vc_pay_new", "other", None, "vice-chancellor's pay after the cut (about 358,000 ducats)"),
    ("age_reddaway", "other", None, "vice-chancellor's age (optional)"),
    ("age_fairweather", "other", None, "a music student's age (optional)"),
    ("age_pike", "other", None, "a philosophy student's age (optional)"),
    ("pike_loan", "other", None, "loan the student's parents took out (9,000 ducats)"),
    ("sports_centre", "other", None, "cost of Brackwell's new sports centre (14 million ducats)"),
    ("reserves", "other", None, "Brackwell's reserves (120 million ducats)"),
    ("unis_planning", "count", None, "institutions drawing up plans of their own (about a dozen)"),
    ("grant_share_income", "other", None, "teaching grant as a share of Brackwell's income (about 38 per cent)"),
    ("sitin", "count", None, "students who occupied the main hall (more than 300)"),
    ("sitin_days", "other", None, "duration of the occupation (five days)"),
    ("fee_home", "other", None, "yearly fee for Caldorian students (3,000 ducats)"),
    ("music_students", "count", None, "students of the music department (160)"),
    ("music_staff", "population", None, "staff of the music department (23)"),
    ("orchestra", "population", None, "young players of the Brackwell Youth Orchestra (70)"),
    ("notice_minutes", "other", None, "notice staff were given before the announcement (15 minutes)"),
    ("estr_students", "total", None, "students of the Estravian studies department (85)"),
    ("estr_students_estr", "part", "estr_students", "Estravian citizens among them (31)"),
    ("estr_staff", "population", None, "staff of the Estravian studies department (14)"),
    ("estr_min_staff", "other", None, "minimum staff the Estravian deal requires (nine)"),
    ("dept_age", "other", None, "age of the Estravian studies department (95 years)"),
    ("intl_students", "total", None, "international students at Brackwell (3,400)"),
    ("estr_all", "part", "intl_students", "Estravian students at Brackwell (1,250)"),
    ("fee_intl", "other", None, "yearly international fee before the rise (14,400 ducats, about 4,800 euros)"),
    ("fee_intl_rise", "other", None, "rise of Brackwell's international fee (9 per cent)"),
    ("fee_intl_new", "other", None, "international fee after the rise (15,700 ducats)"),
    ("fx", "other", None, "exchange rate used (3 ducats to the euro)"),
    ("estr_apps_change", "other", None, "fall in applications from Estravia to Brackwell this year (18 per cent)"),
    ("age_hollanek", "other", None, "a lecturer's age (optional)"),
    ("hollanek_years", "other", None, "the lecturer's years at Brackwell (optional)"),
    ("estr_offer", "other", None, "Estravian government's offer (up to 400,000 euros a year)"),
    ("estr_cost", "other", None, "yearly cost of the Estravian studies department (about 1.3 million ducats)"),
    ("estr_deal", "other", None, "Estravian payment agreed (350,000 euros, about 1.05 million ducats a year)"),
    ("estr_deal_years", "other", None, "duration of the Estravian deal (five years)"),
    ("estr_petition", "count", None, "signatures on the Lisvik petition for Estravian studies (8,700)"),
    ("estr_uni_rise", "other", None, "rise in Estravia's own university spending (4.5 per cent)"),
    ("age_sobotova", "other", None, "an Estravian student's age (optional)"),
    ("estr_library", "population", None, "volumes in the department's library (about 40,000)"),
    ("protest_brack", "other", None, "size of the Brackwell march (organisers 4,500; police about 1,800)"),
    ("rally_length", "other", None, "length of the rally outside the town hall (more than two hours)"),
    ("usu_members", "population", None, "union members at Brackwell University (about 2,100)"),
    ("ballot_turnout", "other", None, "strike ballot turnout (64 per cent)"),
    ("ballot_yes", "other", None, "share voting for strike action (81 per cent)"),
    ("ballot_yes_n", "count", None, "votes for strike action (1,089)"),
    ("ballot_no_n", "count", None, "votes against strike action (255)"),
    ("strike_days_called", "other", None, "strike days called for April (ten)"),
    ("strike_days_row", "other", None, "strike days in a row at the start (five)"),
    ("strike_days_held", "other", None, "strike days held before the suspension (eight)"),
    ("strike_countdown", "other", None, "time until the strike begins (three weeks, optional)"),
    ("council_yes", "count", None, "councillors' votes for the motion (41)"),
    ("council_no", "count", None, "councillors' votes against the motion (three)"),
    ("jobs_share_town", "other", None, "university jobs as a share of the town's ('about one in eight', optional)"),
    ("town_pop", "population", None, "population of Brackwell (68,000)"),
    ("local_econ", "other", None, "university's yearly value to the local economy (610 million ducats)"),
    ("spend_loss", "other", None, "yearly local spending lost with the first-year places (about 14 million ducats)"),
    ("student_rooms", "population", None, "rooms let to students in Brackwell (about 5,200)"),
    ("share_lecturers", "other", None, "lecturers applying elsewhere ('Half my lecturers', optional)"),
    ("lookback", "other", None, "look-back dating the broadsheet (seven weeks, optional)"),
    ("march_to_fund", "other", None, "days between the national march and the fund's announcement (four)"),
    ("national_march", "other", None, "size of the national march in Harrowdene (police 22,000; organisers 60,000)"),
    ("transition_fund", "other", None, "transition fund (150 million ducats a year)"),
    ("transition_years", "other", None, "duration of the transition fund (two years)"),
    ("net_cut", "other", None, "net reduction in teaching money in 2053-54 after the fund (310 million ducats)"),
    ("net_cut_pct", "other", None, "the net reduction as a percentage (about 7.4 per cent)"),
    ("net_real_cut", "other", None, "the net reduction in real terms (about 12 per cent)"),
    ("apps_change", "other", None, "fall in applications to Caldorian universities (4 per cent)"),
    ("intl_apps_change", "other", None, "fall in applications from abroad (9 per cent)"),
]

seen = set()
rows = []
for q in Q:
    assert q[0] not in seen, q[0]
    seen.add(q[0])
    rows.append(list(q))
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": rows},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(rows), "quantities")
