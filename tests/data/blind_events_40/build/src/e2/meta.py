#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 2 (the Heartlight telethon); writes meta.json beside it."""
import json
import os

FOLDER = "heartlight_telethon"
EVENT = ("Heartlight, Brevania's annual charity telethon for children's hospices, a children's cancer wing and research "
         "(fictional), broadcast by BRT from 7pm on Friday 1 December 2056 to 2am on Saturday, with online giving open "
         "until midnight on Sunday 3 December: the running total of donations and pledges (31.6 million marks at the "
         "close, 33.8 million on Saturday evening, 35.2 million on Sunday night), its correction after online gifts were "
         "counted twice (33.9 million; Giving Watch's about 33.2 million), the audit of 31 January 2057 (34.6 million), "
         "the money actually received and the pledges outstanding, the government's match (up to 10 million marks), "
         "the breakdown by channel and from abroad (marks and euros), the audience (broadcaster and independent "
         "measurement), the town of Harwick's contribution, the split of the money and earlier appeals; reported "
         "2 December 2056 - 2 February 2057")
NOTES = (
    "The appeal's total is one quantity throughout (total): the on-air running total (18.2 million at 11pm, 31.6 "
    "million at the close), the later running totals (33.8, 35.2 million), the corrected 33.9 million, the watchdog's "
    "rival 'about 33.2 million' and the audited 34.6 million, with 35.2 million marks also given as 'about 8,8 million "
    "euros'. Kept apart from it: the total with the government's match added (a different base: 'well past 40 million' "
    "as the tabloid's forecast, 43.9 and 44.6 million), the money actually received (28.4 -> 31.9 million, a part of the "
    "total), the pledges still owed (2.7 million, a part), last year's 27.9 million, the 2052 record, the tabloid's "
    "target of 35 million, and the appeal's cumulative 410 million since 2031. The match's ceiling ('up to 10 million "
    "marks', a rule, '=', also '2,5 million euros') is kept apart from the 10 million actually paid (plan and "
    "realised). The double count is one quantity with three estimates (the organisers' about 1.3 million, Giving "
    "Watch's 'closer to 2 million' and the auditors' 1.34 million). The online gifts are a running part (12.4 -> 14.6 -> "
    "16.0 million); the rise on last year is one quantity revised with the total (more than 13 -> 26 -> 24 per cent); "
    "the peak audience has the broadcaster's 3.9 million and the independent 3.4 million as rival estimates; the "
    "donations are a running count (more than 1.2 million -> 1.3 -> about 1.41 -> 1.46 million); the comedian's "
    "sponsorship is a running amount (640,000 -> 710,000 -> 730,000). The broadcast cost as a share of the money "
    "('less than 7 marks in every 100' on 33.8 million, 'about 6 per cent' on 34.6 million) is one quantity; 'less "
    "than 7 marks in every 100' is one figure with the value 7. Equal values kept apart: the 2.2 million by which the "
    "record was beaten and the 2.2 million of online gifts added on Saturday; "
    "the 1.1 million euros from abroad and Tormeny's 1.1 million marks. 'Counted twice', 'charged "
    "twice' and 'recorded twice' describe the error, not a count, and are not figures; 'The 27th Heartlight' is an "
    "ordinal. Vague shares ('more than half' of the money from abroad, 'more than a third' of the country, 'more than a "
    "third' of Elmsend's budget, 'almost a fifth' of the wing's cost), ages, the presenter's 19 years and the "
    "look-backs are optional.")

Q = [
    ("total", "total", None, "the appeal's total of donations and pledges: running, corrected, rival and audited (18.2 -> 31.6 -> 33.8 -> 35.2 -> 33.9 / about 33.2 -> 34.6 million marks)"),
    ("phone", "part", "total", "telephone donations (9.8 million marks)"),
    ("online", "part", "total", "online gifts, running (12.4 -> 14.6 -> 16.0 million marks)"),
    ("online_overnight", "part", "online", "online gifts added between the close and Saturday 8pm (2.2 million marks)"),
    ("text", "part", "total", "text-message donations (3.1 million marks)"),
    ("corporate", "part", "total", "company pledges (6.3 million marks)"),
    ("halvern_pledge", "part", "corporate", "Halvern Bank's pledge (2 million marks)"),
    ("lottery_pledge", "part", "corporate", "the lottery operator's pledge (1.5 million marks)"),
    ("corporate_late_pledges", "count", None, "large company pledges announced after midnight (two)"),
    ("abroad", "part", "total", "donations from abroad (about 1.1 million euros = 4.4 million marks)"),
    ("lirania_gifts", "part", "abroad", "donations from Lirania (about 640,000 euros = about 2.56 million marks)"),
    ("lirania_share_abroad", "other", None, "Lirania's share of the money from abroad (58 per cent; 'more than half' optional)"),
    ("received", "part", "total", "money actually received, running (28.4 -> 31.9 million marks)"),
    ("pledges_outstanding", "part", "total", "pledges still owed at 31 January (2.7 million marks)"),
    ("pledges_outstanding_share", "other", None, "those pledges as a share of the total (7.8 per cent)"),
    ("tormeny_pledge", "part", "pledges_outstanding", "Tormeny Logistics' unpaid pledge (1.1 million marks)"),
    ("late_gifts", "part", "total", "late gifts counted by the audit (about 740,000 marks)"),
    ("double_count", "other", None, "online gifts counted twice: organisers', watchdog's and auditors' estimates (about 1.3 million, closer to 2 million, 1.34 million marks)"),
    ("payments_per_minute", "other", None, "payments the website handled at its busiest (up to 900 a minute)"),
    ("total_with_match", "other", None, "the appeal's worth with the government match added (well past 40 -> 43.9 -> 44.6 million marks)"),
    ("match_cap", "other", None, "ceiling of the government's match (up to 10 million marks = 2.5 million euros)"),
    ("match_paid", "other", None, "match actually paid (10 million marks)"),
    ("total_target", "other", None, "the tabloid's target (35 million marks)"),
    ("total_2055", "other", None, "last year's total (27.9 million marks)"),
    ("record_2052", "other", None, "previous record, 2052 (29.4 million marks)"),
    ("beat_record_by", "other", None, "margin over the previous record (2.2 million marks)"),
    ("rise_on_last_year", "other", None, "rise on last year's total, revised with the total (more than 13 -> 26 -> 24 per cent)"),
    ("cumulative_raised", "other", None, "raised by Heartlight since 2031 (about 410 million marks)"),
    ("editions", "count", None, "editions of Heartlight (26)"),
    ("donations_count", "count", None, "individual donations, running (more than 1.2 million -> 1.3 -> about 1.41 -> 1.46 million)"),
    ("average_gift", "other", None, "average gift (about 19 marks)"),
    ("broadcast_hours", "other", None, "length of the broadcast (seven hours)"),
    ("volunteers", "total", None, "telephone volunteers (about 1,400)"),
    ("harwick_volunteers", "part", "volunteers", "volunteers at the Harwick call centre (64)"),
    ("call_centres", "count", None, "call centres (12)"),
    ("harwick_calls", "count", None, "calls taken in Harwick (about 22,000)"),
    ("performers", "total", None, "performers taking part (86)"),
    ("liranian_performers", "part", "performers", "performers from Lirania (four)"),
    ("presenters", "count", None, "the show's presenters (three)"),
    ("presenter_fees", "other", None, "presenters' combined fees, handed back (180,000 marks)"),
    ("presenter_years", "other", None, "presenter's years on the show (19), optional"),
    ("broadcast_cost", "other", None, "cost of the broadcast (2.1 million marks)"),
    ("cost_share", "other", None, "cost as a share of the money raised (less than 7 in every 100 -> about 6 per cent)"),
    ("share_hospices", "other", None, "share of the money for the hospices (60 per cent)"),
    ("share_wing", "other", None, "share for the cancer wing (25 per cent)"),
    ("share_research", "other", None, "share for research (15 per cent)"),
    ("hospices", "population", None, "children's hospices in Brevania (11)"),
    ("wing_cost", "other", None, "cost of the cancer wing (48 million marks = 12 million euros)"),
    ("wing_share_money", "part", "total", "the wing's share of the appeal (about 8.7 million marks)"),
    ("wing_share_of_cost", "other", None, "that share as part of the wing's cost (almost a fifth), optional"),
    ("state_wing", "other", None, "state money promised for the wing (30 million marks)"),
    ("wing_gap", "other", None, "money the hospital still has to find (more than 9 million marks)"),
    ("peak_audience", "count", None, "peak audience: broadcaster's and independent estimates (3.9 million, 3.4 million)"),
    ("average_audience", "count", None, "average audience (2.1 million)"),
    ("audience_share_pop", "other", None, "peak audience as a share of the country (more than a third), optional"),
    ("brevania_pop", "population", None, "population of Brevania (9.3 million)"),
    ("run_distance", "other", None, "the comedian's run (100 km)"),
    ("run_time", "other", None, "time the run took (less than 12 hours)"),
    ("run_raised", "part", "total", "sponsorship raised by the run, running (640,000 -> 710,000 -> 730,000 marks)"),
    ("run_sendoff", "count", None, "people who saw the runner off in Harwick (about 3,000)"),
    ("girl_age", "other", None, "the biscuit girl's age (eight), optional"),
    ("biscuit_weeks", "other", None, "weeks she sold biscuits (six)"),
    ("biscuit_raised", "part", "total", "money she handed over (11,200 marks)"),
    ("biscuits", "count", None, "biscuits she made (4,000)"),
    ("marsh_age", "other", None, "the widow's age (94), optional"),
    ("marsh_gift", "part", "total", "the widow's gift (5,000 marks)"),
    ("exchange_rate", "other", None, "exchange rate (four marks to the euro)"),
    ("brevanians_in_lirania", "population", None, "Brevanians living in Lirania (about 230,000)"),
    ("lirania_donors", "count", None, "donors in Lirania (about 21,000)"),
    ("lirania_average", "other", None, "average Liranian gift (about 30 euros)"),
    ("melik_lookback", "other", None, "years since a daughter's operation (twelve), optional"),
    ("ltv_viewers", "count", None, "average LTV audience in Lirania (about 285,000)"),
    ("bank_fee", "other", None, "Liranian bank fee waived (1.5 per cent)"),
    ("dravo_pledge", "other", None, "the Dravo steel company's pledge (150,000 euros)"),
    ("lirania_telethon_2055", "other", None, "Lirania's own appeal in 2055 (6.8 million euros)"),
    ("harwick_raised", "part", "total", "raised by Harwick and its villages (412,000 marks)"),
    ("harwick_raised_2055", "other", None, "raised by Harwick last year (190,000 marks)"),
    ("harwick_ratio", "other", None, "this year's Harwick money against last year's (more than twice)"),
    ("harwick_per_head", "other", None, "Harwick's money per resident (about 19 marks)"),
    ("harwick_pop", "population", None, "Harwick's residents (21,700)"),
    ("cars_washed", "count", None, "cars washed by the fire brigade (614)"),
    ("carwash_days", "other", None, "days of the car wash (two)"),
    ("carwash_raised", "part", "harwick_raised", "raised by the car wash (8,300 marks)"),
    ("bakesale_raised", "part", "harwick_raised", "raised by the school bake sale (2,150 marks)"),
    ("quiz_raised", "part", "harwick_raised", "raised by the quiz night (4,600 marks)"),
    ("elmsend_grant", "other", None, "grant to Elmsend hospice from the appeal (1.2 million marks)"),
    ("elmsend_grant_share", "other", None, "the grant as a share of Elmsend's budget (more than a third), optional"),
    ("elmsend_beds", "population", None, "Elmsend's beds (eight)"),
    ("elmsend_families", "other", None, "families Elmsend cares for a year (about 140)"),
    ("elmsend_budget", "other", None, "Elmsend's yearly running cost (3.1 million marks)"),
    ("elmsend_donation_share", "other", None, "share of that from donations (about 70 per cent)"),
    ("family_suite", "other", None, "cost of the new family suite (about 450,000 marks)"),
    ("online_share", "other", None, "online gifts' share of the final total (about 43 per cent)"),
    ("online_share_2052", "other", None, "online share in 2052 (29 per cent)"),
    ("charity_giving_2055", "other", None, "Brevanians' charitable giving in 2055 (about 1.9 billion marks)"),
    ("heartlight_share_giving", "other", None, "Heartlight's share of that (about 1.8 per cent)"),
    ("monthly_giving_fall", "other", None, "fall in regular monthly giving last year (4 per cent)"),
    ("lookback", "other", None, "look-back dating the article (Two months), optional"),
    ("oncology_patients", "other", None, "new patients a year at the children's cancer unit (about 320)"),
    ("ward_beds", "population", None, "beds of the present ward (24)"),
    ("build_time", "other", None, "time building the wing is to take (about three years)"),
    ("hospice_children", "other", None, "children the hospices care for each year (about 1,900)"),
    ("nurses_2055", "other", None, "hospice nurses paid for by last year's appeal (14)"),
    ("calls_peak_minute", "other", None, "calls taken in the busiest minute (3,700)"),
    ("thiel_age", "other", None, "a volunteer's age (21), optional"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
