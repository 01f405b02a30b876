#!/usr/bin/env python3
"""Hand-kept table of quantities for event 3; writes meta.json beside it."""
import json
import os

FOLDER = "lanmoria_admissions_fees"
EVENT = ("Lanmorian university admissions figures released by the Lanmorian Universities Admissions Board on "
         "Thursday 14 August 2036 (applications 612,400 vs 598,100 in 2035; offers; acceptances and clearing "
         "as running counts; international applicants as a part, with Tavlandic applicants inside), the tuition "
         "fee cap raised from GBP 9,400 to GBP 10,150 from September 2037, and Brackenfield University's "
         "deficit (GBP 38m -> 46m) and job cuts (240 in 2035; a new round of 410, 'up to 480' by the union), "
         "reported 14-20 August 2036 (fictional)")
NOTES = (
    "Dates (31 October, 2 September), years and academic years (2029, 2035, 2037, 2039-40), 'Year' names and "
    "ordinals ('the first increase', 'the SECOND jobs cull', 'the second round') are not figures. This year's "
    "and last year's figures are different quantities (applications 612,400 vs 598,100; international "
    "applications 88,300 vs 96,700; offers 451,300 vs 440,200; international share 14.4 vs 16.2 per cent; "
    "disadvantaged share 21.3 vs 20.6; Tavlandic applications 4,820 vs 5,610; Brackenfield's 31,200 vs "
    "33,900 and its international 6,100 vs 7,800), and so are last year's results-day acceptances (382,100) "
    "and last year's final acceptances (421,700). This year's acceptances are one running count (389,500 on "
    "results day -> 396,800 on Friday -> 401,200 on Sunday -> 405,800 on Tuesday), as are the clearing "
    "placements inside them (18,400; 'MORE THAN 18,000'; 24,100; 29,600; 33,100); the 52,600 international "
    "acceptances on results day are a part. International applications are a part of all applications and "
    "Tavlandic applications a part of the international ones (same year). Brackenfield's course applications "
    "are counted by the university and are not treated as a part of the national applicant count. The fee cap "
    "now (GBP 9,400) and from September 2037 (GBP 10,150 = about 11,900 euros) are different quantities, tied to "
    "different years, as are the old and new post-study work permits (two years, 18 months); the increase "
    "(GBP 750 = 'GBP 750-a-year') and its rate (8.0 per cent) are separate quantities, as are the real value "
    "of the current cap, the cap needed to restore it and the three-year degree's fees. International fees "
    "('up to GBP 38,000'; 'between 15,000 and 38,000 pounds' = '17,600 to 44,500 euros') are one quantity. "
    "Brackenfield's deficit (forecast GBP 38m in March, raised to GBP 46m = about 53,8 million euros) is one "
    "revised quantity. The new round of job cuts is one quantity across sources (the university's 410 posts, "
    "the council leader's '410 families', the union's 'as high as 480' / 'up to 480'), with the 150 academic "
    "and 260 professional-services posts as parts; the 2035 round (240) is a different quantity; the two rounds "
    "together (650) are a total of both. Staff (5,800, also 'around 5,800 posts'), students, union members, "
    "the 131 universities and the cohort of about 712,000 are populations. Ages, '18-year-olds' / "
    "'eighteen-year-olds' as a unit, the three-year degree length, the 1,000 of a rate per 1,000 students, "
    "look-backs and windows ('A year ago', 'a year ago', 'a year earlier', 'TWO YEARS', 'just over a year', 'in a year', 'at least the next two weeks'), 'at least one offer' as a threshold, a lecturer's NINETEEN YEARS in the job, the "
    "three year groups, and the vague shares 'a third' and 'more than a fifth' are optional."
)
Q = [
    ["applications_2036", "total", None, "applicants to Lanmorian universities in 2036"],
    ["applications_2035", "total", None, "applicants to Lanmorian universities in 2035"],
    ["applications_change", "other", None, "change in applications, 2036 vs 2035"],
    ["intl_applications_2036", "part", "applications_2036", "international applicants in 2036"],
    ["intl_applications_2035", "part", "applications_2035", "international applicants in 2035"],
    ["intl_applications_change", "other", None, "change in international applications"],
    ["intl_share_2036", "other", None, "international share of applicants in 2036"],
    ["intl_share_2035", "other", None, "international share of applicants in 2035"],
    ["tavland_applications_2036", "part", "intl_applications_2036", "Tavlandic applicants in 2036"],
    ["tavland_applications_2035", "part", "intl_applications_2035", "Tavlandic applicants in 2035"],
    ["tavland_applications_change", "other", None, "change in Tavlandic applications"],
    ["offers_2036", "count", None, "applicants holding at least one offer in 2036"],
    ["offers_2035", "count", None, "applicants holding at least one offer in 2035"],
    ["acceptances_2036", "total", None, "students with a confirmed place in 2036 (running count)"],
    ["intl_acceptances_2036", "part", "acceptances_2036", "international students with a confirmed place on results day"],
    ["clearing_2036", "part", "acceptances_2036", "students placed through clearing in 2036 (running count)"],
    ["brackenfield_clearing", "part", "clearing_2036", "places Brackenfield filled through clearing by Sunday"],
    ["acceptances_change", "other", None, "change in results-day acceptances vs 2035"],
    ["acceptances_2035_resultsday", "count", None, "acceptances on results day 2035"],
    ["acceptances_2035_final", "count", None, "final acceptances of the 2035 cycle"],
    ["cohort_18", "population", None, "18-year-olds in Lanmoria"],
    ["application_rate_18", "other", None, "share of 18-year-olds who applied"],
    ["disadvantaged_share_2036", "other", None, "share of places going to students from the most disadvantaged areas, 2036"],
    ["disadvantaged_share_2035", "other", None, "same share, 2035"],
    ["work_permit_old", "other", None, "post-study work permit before the new visa rules"],
    ["work_permit_new", "other", None, "post-study work permit under the new visa rules"],
    ["fee_cap_current", "other", None, "tuition fee cap now (set in 2029)"],
    ["fee_cap_new", "other", None, "tuition fee cap from September 2037 (pounds / euros)"],
    ["fee_cap_increase", "other", None, "increase in the fee cap"],
    ["fee_cap_increase_pct", "other", None, "percentage increase in the fee cap"],
    ["fee_cap_income", "other", None, "extra income a year from the higher cap, once phased in"],
    ["fee_cap_real_value", "other", None, "the current cap in 2029 money"],
    ["fee_cap_needed", "other", None, "cap needed to restore the 2029 value"],
    ["inflation_since_2029", "other", None, "price rise since the cap was last set"],
    ["fee_freeze_years", "other", None, "years fees have been frozen"],
    ["degree_fees_new", "other", None, "fees for a three-year degree under the new cap"],
    ["degree_fees_increase", "other", None, "extra fees for a three-year degree"],
    ["intl_fee", "other", None, "international tuition fees a year (range / maximum)"],
    ["intl_fee_multiple", "other", None, "international fees as a multiple of the domestic cap"],
    ["sector_intl_income", "other", None, "overseas fee income across the sector last year"],
    ["sector_intl_income_share", "other", None, "overseas fees as a share of sector income"],
    ["intl_loss_per_thousand", "other", None, "annual cost to a university of losing 1,000 international students"],
    ["universities_count", "population", None, "universities in Lanmoria"],
    ["universities_in_deficit", "count", None, "universities expecting a deficit this year"],
    ["sector_deficit_share", "other", None, "share of universities expecting a deficit"],
    ["sector_deficit", "other", None, "combined shortfall of universities in deficit"],
    ["sector_job_cuts", "count", None, "posts cut or earmarked across the sector since the start of 2035"],
    ["average_debt", "other", None, "average graduate debt now"],
    ["average_debt_future", "other", None, "average graduate debt after the fee rise"],
    ["brackenfield_deficit", "other", None, "Brackenfield University's deficit for the year (forecast revised)"],
    ["savings_target", "other", None, "Brackenfield's annual savings target"],
    ["job_cuts_combined", "total", None, "posts removed by the two Brackenfield rounds together"],
    ["job_cuts_new", "part", "job_cuts_combined", "Brackenfield's new round of job cuts (university's 410, union's up to 480)"],
    ["job_cuts_academic", "part", "job_cuts_new", "academic posts in the new round"],
    ["job_cuts_professional", "part", "job_cuts_new", "professional-services posts in the new round"],
    ["job_cuts_2035", "part", "job_cuts_combined", "jobs shed in Brackenfield's 2035 voluntary redundancy round"],
    ["job_cuts_combined_share", "other", None, "the two rounds as a share of the workforce"],
    ["cut_rounds", "count", None, "rounds of job cuts at Brackenfield"],
    ["redundancy_cost_2035", "other", None, "cost of the 2035 redundancy scheme"],
    ["brackenfield_staff", "population", None, "Brackenfield University's staff"],
    ["union_members", "population", None, "union members at Brackenfield to be balloted"],
    ["brackenfield_students", "population", None, "Brackenfield's students"],
    ["brackenfield_intl_students", "population", None, "Brackenfield's international students"],
    ["brackenfield_tavlanders", "population", None, "Tavlandic students at Brackenfield"],
    ["tavland_students_lanmoria", "population", None, "Tavlanders studying in Lanmoria"],
    ["brackenfield_intl_income", "other", None, "Brackenfield's international fee income last year"],
    ["tavlander_fee_income", "other", None, "fees Tavlandic students bring Brackenfield a year"],
    ["brackenfield_applications_2036", "total", None, "applications to Brackenfield in 2036"],
    ["brackenfield_applications_2035", "total", None, "applications to Brackenfield in 2035"],
    ["brackenfield_applications_change", "other", None, "change in applications to Brackenfield"],
    ["brackenfield_intl_applications_2036", "part", "brackenfield_applications_2036", "international applications to Brackenfield, 2036"],
    ["brackenfield_intl_applications_2035", "part", "brackenfield_applications_2035", "international applications to Brackenfield, 2035"],
    ["brackenfield_intl_change", "other", None, "fall in Brackenfield's international applications (optional vague share)"],
    ["brackenfield_fee_gain", "other", None, "extra fee income for Brackenfield from the new cap"],
    ["wait_years", "other", None, "years Brackenfield would have to wait for the full fee gain"],
    ["brackenfield_economic_value", "other", None, "Brackenfield University's value to the local economy a year"],
    ["brackenfield_supported_jobs", "count", None, "jobs supported beyond the university's payroll"],
    ["student_rooms", "count", None, "private rooms rented by students"],
    ["vc_pay", "other", None, "vice-chancellor's pay package"],
    ["vc_pay_multiple", "other", None, "vice-chancellor's pay as a multiple of a lecturer's"],
    ["bulge_years", "other", None, "years before the number of 18-year-olds starts to fall"],
    ["ways_out", "count", None, "ways out for universities named by the broadsheet"],
    ["reasons", "count", None, "reasons given by a Tavlandic researcher"],
    ["tavland_home_applications", "count", None, "applications to Tavlandic universities this year"],
    ["tavland_home_applications_change", "other", None, "change in applications to Tavlandic universities"],
    ["travel_grant_increase", "other", None, "proposed rise in the Tavlandic travel grant"],
    ["brackenfield_scholarships", "count", None, "scholarships for Tavlanders at Brackenfield"],
    ["scholarship_value", "other", None, "value of each scholarship"],
    ["brackenfield_marketing", "total", None, "Brackenfield's overseas advertising spend last year"],
    ["tavland_campaign", "part", "brackenfield_marketing", "Brackenfield's advertising campaign in Tavland"],
    ["clearing_courses", "count", None, "courses listed in clearing on results-day morning"],
    ["clearing_courses_fewer", "other", None, "fewer courses in clearing than a year ago"],
    ["student_rent", "other", None, "average rent for a student room a week"],
    ["student_rent_rise", "other", None, "rise in average student rent in a year"],
    ["brackenfield_rent_max", "other", None, "highest asking rent for an en-suite near Brackenfield's campus"],
    ["lanmoria_rent", "other", None, "monthly rent in larger Lanmorian cities (translated copy)"],
    ["brackenfield_calls", "count", None, "clearing calls to Brackenfield on results day"],
    ["hotline_staff", "count", None, "extra staff on Brackenfield's clearing hotline"],
    ["tavland_exchange_students", "count", None, "Tavlandic exchange students in Lanmoria last year"],
    ["tavland_exchange_next", "count", None, "Tavlandic exchange students registered for the coming year"],
    ["okafor_children", "population", None, "Bernadette Okafor's children"],
    ["threlfall_grades", "count", None, "A grades won by Kacey Threlfall"],
    ["offer_threshold", "other", None, "'at least one offer' as a threshold (optional)"],
    ["clearing_competition_window", "other", None, "window of fierce competition (optional)"],
    ["cohort_age", "other", None, "age defining the cohort (optional)"],
    ["degree_length", "other", None, "standard degree length (optional)"],
    ["per_thousand", "other", None, "the 1,000 of a per-1,000 rate (optional)"],
    ["fee_gain_years", "other", None, "year groups paying the new cap (optional)"],
    ["chemistry_cut_share", "other", None, "share of a department to be cut (optional vague share)"],
    ["okafor_years", "other", None, "years in the job (optional)"],
    ["lookback_two_years", "other", None, "look-back (optional)"],
    ["lookback_year", "other", None, "look-back of about a year (optional)"],
    ["window_year", "other", None, "window 'in a year' (optional)"],
    ["age_okafor", "other", None, "age (optional)"],
    ["age_threlfall", "other", None, "age (optional)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
