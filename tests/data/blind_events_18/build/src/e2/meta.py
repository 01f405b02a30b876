#!/usr/bin/env python3
"""Hand-kept table of quantities for event e2; writes meta.json beside this file."""
import json
import os

FOLDER = "lusmark_minimum_wage"
EVENT = ("Lusmark's national minimum wage decision, announced on Tuesday 10 November 2037 by Labour "
         "Minister Oriane Delcourt and approved by parliament on Wednesday 18 November: the adult rate from "
         "EUR 11.40 to EUR 12.35 an hour from 1 April 2038 (8.3 per cent, 95 cents), youth and apprentice "
         "rates, workers covered (ministry vs employers' federation vs institute), cost to employers, "
         "inflation, jobs at risk (employers, Fiscal Council, institute, central bank), the Vessmoor region's "
         "figures and the effect on Ebrovian commuters, reported 10-19 November 2037 (fictional)")
NOTES = (
    "Dates (April 1, 1 April, Nov 10), weekdays and years (2029, 2038, 2041) are time anchors, not "
    "figures. The new and old hourly rates, the rise in cents and the rise in per cent are four "
    "different quantities (the amount in euros vs the share in per cent); the new rate in dollars "
    "('about $13.30') is the same quantity as in euros. A full-timer's gain is one quantity in any unit "
    "of time (about EUR 1,850 a year = EUR 35.63 a week = about EUR 154 a month); a named worker's gain "
    "(almost EUR 100 a month) is her own quantity. Estimates of one amount by different bodies are one "
    "quantity: workers covered (ministry 612,000, the tabloid's rounded 600,000, employers' federation "
    "nearly 850,000, institute about 720,000), the cost to employers (ministry EUR 730m = about GBP "
    "635m vs federation EUR 1.2bn), jobs at risk (federation up to 40,000, Fiscal Council about 9,000, "
    "institute 4,000 to 12,000, central bank fewer than 10,000), the inflation effect (around 0.3 vs "
    "0.2 to 0.3 points). The union petition is a running count (48,000 -> more than 55,000 -> passed "
    "70,000) with the Vessmoor branch's 6,200 as a part. Parts: the youth, under-18 and apprentice "
    "workers, Vessmoor's minimum-wage workers and the Ebrovian commuters on the minimum are parts of the "
    "workers covered (Vessmoor's hospitality and 18-20 workers are parts of Vessmoor's); Vessmoor's cost "
    "and the state's cost as an employer are parts of the cost to employers; the Vessmoor chamber's "
    "jobs estimate is a part of the national jobs at risk. The Low Pay Council's recommended range "
    "('between 7.4 and 8.3 percent') is one range figure, separate from the chosen 8.3 per cent. The "
    "youth rises in cents (85, 60) and in per cent (9.3, 8.8) are different quantities. Vessmoor's share "
    "of employees (11.2) and the national share (6.8), Vessmoor's bite (69) and the national bite (60), "
    "Lusmark's inflation (3.1) and Ebrovia's (2.4) are different quantities. Age bands (21, 18 to 20, "
    "16- and 17-year-olds), the 37.5-hour week that defines the full-time gain, 'in the past two years', "
    "the two-thirds target and vague shares ('roughly one in seven', 'about a sixth') are optional. "
    "Optional figures count neither for nor against a system.")

# id, role, part_of, description
Q = [
    ["new_rate", "other", None, "the new adult minimum wage per hour from April 2038 (EUR 12.35 = about $13.30)"],
    ["old_rate", "other", None, "the current adult minimum wage per hour (EUR 11.40)"],
    ["rise_cents", "other", None, "the rise in the adult rate in cents per hour (95)"],
    ["rise_pct", "other", None, "the rise in the adult rate in per cent (8.3)"],
    ["fulltime_gain", "other", None, "a full-time worker's gain (about EUR 1,850 a year = EUR 35.63 a week = about EUR 154 a month)"],
    ["fulltime_hours", "other", None, "the 37.5-hour week used for the full-time gain (optional)"],
    ["adult_age", "other", None, "age from which the adult rate applies (21, optional)"],
    ["council_range", "other", None, "the Low Pay Council's recommended range of increase (7.4 to 8.3 per cent)"],
    ["past_window", "other", None, "'in the past two years' (optional window)"],
    ["workers_covered", "total", None, "workers affected by the rise (ministry 612,000; federation nearly 850,000; institute about 720,000)"],
    ["covered_share", "other", None, "minimum-wage workers as a share of all employees nationally (6.8 per cent)"],
    ["employees", "population", None, "employed workforce of Lusmark (9.0 million)"],
    ["employer_cost", "total", None, "extra yearly cost to employers (ministry EUR 730m = about GBP 635m; federation EUR 1.2bn)"],
    ["public_cost", "part", "employer_cost", "cost to the state as an employer (EUR 90m)"],
    ["jobs_at_risk", "total", None, "jobs at risk nationally (federation up to 40,000; Fiscal Council about 9,000; institute 4,000-12,000; central bank fewer than 10,000)"],
    ["jobs_share", "other", None, "the federation's jobs figure as a share of employment (less than half a per cent)"],
    ["fle_proposal", "other", None, "the employers' federation's proposed rise (4 per cent)"],
    ["union_demand", "other", None, "the unions' demanded hourly rate (EUR 13)"],
    ["petition", "total", None, "signatures on the unions' petition for EUR 13 (running count 48,000 -> more than 55,000 -> passed 70,000)"],
    ["vess_petition", "part", "petition", "signatures collected by the Vessmoor branch (6,200)"],
    ["inflation_oct", "other", None, "Lusmark's consumer price inflation in the year to October (3.1 per cent)"],
    ["inflation_forecast_2038", "other", None, "central bank's inflation forecast for 2038 (2.6 per cent)"],
    ["cpi_effect", "other", None, "effect of the rise on inflation in 2038 (around 0.3; 0.2 to 0.3 points)"],
    ["real_rise", "other", None, "real-terms rise of the minimum wage (about 5 per cent)"],
    ["prev_old_rate", "other", None, "the adult rate before last April's rise (EUR 10.73)"],
    ["prev_rise_pct", "other", None, "last April's rise in per cent (6.2)"],
    ["intro_rate", "other", None, "the minimum wage when introduced in 2029 (EUR 8.50)"],
    ["rise_since_intro", "other", None, "rise of the minimum wage since its introduction (45 per cent)"],
    ["prices_since_intro", "other", None, "rise in consumer prices since the minimum wage's introduction (about 31 per cent)"],
    ["youth_age_band", "other", None, "the 18-20 age band (optional)"],
    ["youth_new", "other", None, "new hourly rate for workers aged 18-20 (EUR 9.95)"],
    ["youth_old", "other", None, "current hourly rate for workers aged 18-20 (EUR 9.10)"],
    ["youth_rise", "other", None, "rise in the 18-20 rate in cents (85)"],
    ["youth_rise_pct", "other", None, "rise in the 18-20 rate in per cent (9.3)"],
    ["minor_age_band", "other", None, "the 16-17 age band (optional)"],
    ["minor_new", "other", None, "new hourly rate for 16- and 17-year-olds (EUR 7.40)"],
    ["minor_old", "other", None, "current hourly rate for 16- and 17-year-olds (EUR 6.80)"],
    ["minor_rise", "other", None, "rise in the 16-17 rate in cents (60)"],
    ["minor_rise_pct", "other", None, "rise in the 16-17 rate in per cent (8.8)"],
    ["apprentice_new", "other", None, "new minimum hourly rate for apprentices (EUR 6.75)"],
    ["apprentice_old", "other", None, "current minimum hourly rate for apprentices (EUR 6.20)"],
    ["apprentice_rise_pct", "other", None, "rise in the apprentice rate in per cent (8.9)"],
    ["youth_covered", "part", "workers_covered", "minimum-wage workers aged 18-20 (71,000)"],
    ["minor_covered", "part", "workers_covered", "minimum-wage workers aged 16-17 (23,000)"],
    ["apprentices_covered", "part", "workers_covered", "apprentices on the apprentice rate (18,500)"],
    ["young_share", "other", None, "the young as a share of the total ('about a sixth', optional)"],
    ["women_share", "other", None, "share of beneficiaries who are women (58 per cent)"],
    ["parttime_share", "other", None, "share of beneficiaries working part time (44 per cent)"],
    ["bite", "other", None, "new rate as a share of the national median hourly wage (60 per cent)"],
    ["median_wage", "other", None, "national median hourly wage (EUR 20.60)"],
    ["bite_target", "other", None, "government's target share of the median by 2041 (two-thirds, optional)"],
    ["coalition_seats", "population", None, "seats held by the governing coalition (98)"],
    ["parliament_seats", "population", None, "seats in parliament (165)"],
    ["vote_for", "count", None, "MPs voting for the decree (94)"],
    ["vote_against", "count", None, "MPs voting against the decree (69)"],
    ["vote_abstain", "count", None, "MPs abstaining (two)"],
    ["tax_gain", "other", None, "extra income tax and contributions expected by the treasury (EUR 210m a year)"],
    ["benefit_saving", "other", None, "lower spending on in-work benefits (EUR 95m a year)"],
    ["lowpay_job_growth", "other", None, "employment growth in the lowest-paying sectors since last April (1.4 per cent)"],
    ["fle_survey_firms", "count", None, "firms answering the employers' federation survey (2,140)"],
    ["survey_cut_hours", "other", None, "share of surveyed firms that would cut hours (38 per cent)"],
    ["survey_raise_prices", "other", None, "share of surveyed firms that would raise prices (21 per cent)"],
    ["mp_rise", "other", None, "MPs' own pay rise in the summer (4 per cent)"],
    ["example_hours_a", "other", None, "hours of the tabloid's first part-time example (20 a week)"],
    ["gain_20h", "other", None, "yearly gain of a 20-hour-a-week worker (EUR 988)"],
    ["example_hours_b", "other", None, "hours of the tabloid's second part-time example (30 a week)"],
    ["gain_30h", "other", None, "yearly gain of a 30-hour-a-week worker (EUR 1,482)"],
    ["menu_rise", "other", None, "menu price rises restaurants warn of (up to 5 per cent)"],
    ["hosp_freeze_share", "other", None, "share of hospitality association members freezing hiring ('HALF', optional)"],
    ["hosp_cut_share", "other", None, "share of hospitality association members cutting opening hours ('ONE IN FIVE', optional)"],
    ["hollin_pickers", "count", None, "seasonal pickers taken on by fruit grower Elspeth Hollin each summer (about 40)"],
    ["hollin_cost", "other", None, "extra cost of the rise to Hollin's next season (EUR 25,000)"],
    ["apple_rise", "other", None, "apple price rise the grower says she cannot impose (8 per cent)"],
    ["petrie_age", "other", None, "age of care worker Shona Petrie (optional)"],
    ["petrie_hours", "other", None, "Shona Petrie's weekly hours (24)"],
    ["petrie_gain", "other", None, "Shona Petrie's monthly gain (almost EUR 100)"],
    ["petrie_children", "population", None, "Shona Petrie's children (mum-of-two)"],
    ["cafe_staff", "population", None, "staff of Marco Dellacroix's cafe (12)"],
    ["cafe_cost", "other", None, "rise in the cafe's yearly wage bill (EUR 21,000)"],
    ["commuters", "population", None, "Ebrovians commuting to work in Lusmark (about 34,000)"],
    ["commuters_min_wage", "part", "workers_covered", "Ebrovian commuters paid the Lusmark minimum wage (around 9,500)"],
    ["posted_workers", "count", None, "workers posted to Lusmark by Ebrovian firms (some 6,000)"],
    ["ebrovian_firms", "population", None, "Ebrovian companies with branches in Lusmark (some 1,400)"],
    ["ebrovia_rate_now", "other", None, "Ebrovia's current minimum wage per hour (EUR 10.85)"],
    ["ebrovia_rate_jan", "other", None, "Ebrovia's minimum wage from January (EUR 11.20)"],
    ["ebrovia_rise", "other", None, "Ebrovia's January rise (3.2 per cent)"],
    ["rate_gap", "other", None, "gap between Lusmark's new rate and Ebrovia's January rate (EUR 1.15 an hour)"],
    ["ebrovia_inflation", "other", None, "Ebrovia's inflation in October (2.4 per cent)"],
    ["kellmark_unemployment", "other", None, "unemployment in the Kellmark region of Ebrovia (7.4 per cent)"],
    ["vess_workers", "part", "workers_covered", "minimum-wage workers in Vessmoor (88,000)"],
    ["vess_hospitality", "part", "vess_workers", "Vessmoor's minimum-wage workers in hospitality (29,000)"],
    ["vess_youth", "part", "vess_workers", "Vessmoor's minimum-wage workers aged 18-20 (11,000)"],
    ["vess_share", "other", None, "minimum-wage workers as a share of Vessmoor's employees (11.2 per cent)"],
    ["vess_employees", "population", None, "employees in Vessmoor (785,000)"],
    ["vess_national_share", "other", None, "Vessmoor's share of the national minimum-wage workers ('roughly one in seven', optional)"],
    ["vess_bite", "other", None, "new rate as a share of Vessmoor's median hourly pay (69 per cent)"],
    ["vess_median", "other", None, "Vessmoor's median hourly pay (EUR 17.90)"],
    ["vess_cost", "part", "employer_cost", "extra yearly cost to Vessmoor employers (EUR 104m)"],
    ["vess_jobs_at_risk", "part", "jobs_at_risk", "jobs at risk in Vessmoor according to its chamber of commerce (as many as 5,000)"],
    ["morrow_staff", "population", None, "staff of Morrow's Bakeries (140)"],
    ["morrow_min_wage", "count", None, "Morrow's Bakeries staff on the minimum wage (95)"],
    ["morrow_cost", "other", None, "yearly cost of the rise to Morrow's Bakeries (about EUR 160,000)"],
    ["loaf_price", "other", None, "price of a loaf at Morrow's today (EUR 2.40)"],
    ["care_homes", "population", None, "residential care homes paid for by Vessmoor County Council (62)"],
    ["council_care_cost", "other", None, "extra yearly cost of care contracts to Vessmoor County Council (EUR 6.5m)"],
    ["pelle_rent_rise", "other", None, "rise in Dariusz Pelle's rent in the summer (EUR 60)"],
    ["vess_unemployment", "other", None, "Vessmoor's unemployment rate (6.1 per cent)"],
    ["national_unemployment", "other", None, "Lusmark's national unemployment rate (4.3 per cent)"],
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("meta.json written:", len(Q), "quantities")
