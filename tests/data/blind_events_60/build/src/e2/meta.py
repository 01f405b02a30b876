#!/usr/bin/env python3
"""Hand-kept table of the quantities of e2 (Hollisford tuition fee rise); writes meta.json."""
import json, os
T = """
apps_fall|other||fall in applications against last year (11.7 per cent at the deadline, 9.6 per cent in the final count)
apps|total||applications for autumn 2082 (18,900 at the deadline -> 19,350 with late applications)
apps_last|total||applications a year earlier
fee_old|other||old yearly tuition fee (also in orls)
fee_new|other||new yearly tuition fee (also in orls)
fee_rise_pct|other||rise in the fee in per cent
places|population||first-year places
apps_per_place|other||applications per place this year
apps_fall_forecast|other||fall the planners feared (up to 15 per cent)
north_fall|other||fall in applications from the North
varlen_apps|part|apps|applications from the capital region around Varlen
varlen_apps_last|part|apps_last|applications from the Varlen region a year earlier
orlesia_apps|part|apps|applications from Orlesia
medicine_fall|other||fall in applications for medicine
arts_fall|other||fall in applications for arts courses
late_apps|count||late applications (union's figure, about 500 -> about 450)
multi_courses|other||courses applied to by multiple applicants (threshold)
bursaries|count||bursaries offered (900, raised to 1,200)
bursary_value|other||value of one bursary a year (also in orls)
bursary_threshold|other||household income limit for a bursary
extra_income|other||extra fee income a year once all years pay the new fee
course_years|other||years of a degree
deficit|other||university's deficit last year
council_for|count||university council votes for the rise
council_against|count||university council votes against the rise
students|population||students at Hollisford
rank|other||Hollisford's rank by size in Carvenne
fee_cap|other||government cap on yearly fees
other_unis_rising|count||other universities planning rises
offer_weeks|other||weeks within which offers are to be sent
north_apps_last|part|apps_last|applications from the North a year earlier
north_apps|part|apps|applications from the North (4,300 -> 4,420)
coast_apps_last|part|apps_last|applications from the Coast a year earlier
coast_apps|part|apps|applications from the Coast
orlesia_rise|other||rise in applications from Orlesia
other_apps|part|apps|applications from elsewhere
fee_rise|other||rise in the yearly fee in ternets
rent_months|other||months of rent the rise equals (a student forum's quote)
harlsey_apps|count||applicants from one Harlsey college this year
harlsey_apps_last|count||applicants from that college a year earlier
bursary_fund|other||yearly cost of the bursaries
bursary_north|other||share of bursaries kept for the North and the Coast
survey_size|count||students in the union's survey
survey_considered|other||share of surveyed students who thought of leaving or deferring
low_income_fall|other||fall in applications from low-income students
public_unis|population||public universities in Carvenne
age_strood|other||an applicant's age
strood_gap|other||months an applicant will work before studying
strood_income|other||an applicant's mother's income
strood_over|other||amount by which that income exceeds the bursary limit
strood_fees_total|other||fees for a whole degree at the new fee
age_debra|other||the applicant's mother's age
vc_pay|other||vice-chancellor's yearly pay
vc_ratio|other||vice-chancellor's pay as a multiple of a bursary
apps_drop|other||fall in applications in number
places_empty|other||places the union says could go to overseas students
orlesia_apps_last|part|apps_last|applications from Orlesia a year earlier
exchange_rate|other||exchange rate, orls to the ternet
orlesia_fee|other||yearly fee at Orlesian universities (orls and ternets)
saving_orls|other||how much cheaper Hollisford is than Orlesian universities, a year
kostrava_km|other||distance from Kostrava to the border
drenik_pupils|count||pupils at one Kostrava school applying to Hollisford
drenik_ratio|other||that number as a multiple of last year's
orlesia_apps_share|other||Orlesians' share of applications this year
orlesia_share_last|other||Orlesians' share of applications a year earlier
orlesians_enrolled|count||Orlesians studying at Hollisford now
orlesians_share|other||Orlesians' share of Hollisford's students
orlesians_future|other||Orlesian students expected within three years
orlesians_future_years|other||look-ahead of that expectation
kostrava_loss|count||applicants the Orlesian State University lost to Carvenne
kostrava_places|population||places at the Orlesian State University
orlesia_fee_rise|other||rise in Orlesian fees a year ago
orlesia_fee_old|other||Orlesian fee before that rise
orlesia_fee_gap|other||the Orlesian fee rise in orls
orlesia_lookback|other||look-back of two years to the old Orlesian fee
apps_per_place_last|other||applications per place a year earlier
apps_fall_union|other||fall among Carvennese applicants by the union's count
varlen_fall|other||fall in applications from the Varlen region
bursary_applicants|count||students applying for bursaries
bursary_rejected|other||share of bursary applicants to be turned down
deficit_years|other||years within which the rise should close the deficit
fill_rate|other||share of places that must be filled
offers|count||offers to be sent this year
offers_last|count||offers made last year
bursary_income_share|other||bursaries as a share of the new income
"""
Q = [l.split("|") for l in T.strip().splitlines()]
meta = {"folder": "hollisford_tuition_fee_rise", "event": "Tuition fee rise at Hollisford University, Carvenne (fictional), from 4,200 to 6,900 ternets a year for new students from September 2082, and the applications that followed; reported 16 January - 6 February 2082",
        "notes": open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.txt"), encoding="utf-8").read().strip(),
        "quantities": [[q[0], q[1], q[2] or None, q[3]] for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
