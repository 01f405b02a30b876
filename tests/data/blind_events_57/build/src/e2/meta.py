#!/usr/bin/env python3
"""Hand-kept quantity table for e2; writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "halcyon_kidney_drug_trial"
EVENT = ("Results of the Halcyon trial of orvanacept, Harrowgrove Pharma's monthly injection for diabetic kidney "
         "disease, Sarnland (fictional): topline results presented on Monday 8 March 2077, the full paper published "
         "on Tuesday 16 March with a revised effect, the Sarnish price announced on Thursday 18 March and a lower "
         "price agreed in neighbouring Drovenia on Wednesday 24 March; reported 8-25 March 2077")
NOTES = ("The relative risk reduction on the high dose is one quantity revised from the topline 31 per cent "
         "('almost a third' in the bulletin's headline) to the published 29 per cent after 23 events were "
         "reclassified; the low dose's likewise (20 -> 18). The patients with raised liver enzymes on the drug are "
         "one running count (14 -> 16); the two added are a count of their own. The annual cost to the Sarnish "
         "Treatment Fund is one quantity in rival estimates that rest on different numbers of eligible patients "
         "(analysts' 360-500 million helks, the firm's about 410 million, Lindmore University's about 635 million, "
         "the Fund's up to 1.1 billion or 'more than 1 billion'), and the eligible patients likewise (about 30,000, "
         "46,000, closer to / up to / as many as 80,000, and the tabloid's range). The analysts' expected price "
         "(1,000-1,400 helks) is joined with the announced price of 1,150 helks a month as an estimate and its "
         "outcome. Harrowgrove's share rise is a running measure (14 -> 22 -> about 25 per cent). The placebo and "
         "high-dose event rates in words ('roughly 13 in every 100', 'about nine in every 100') are the rates in "
         "per cent. A patient's age is optional.")
Q = [
 ["enrolled", "total", None, "patients enrolled in the Halcyon trial"],
 ["arm_high", "part", "enrolled", "patients on the high dose"],
 ["arm_low", "part", "enrolled", "patients on the low dose"],
 ["arm_placebo", "part", "enrolled", "patients on placebo"],
 ["arms", "count", None, "groups (arms) of the trial"],
 ["countries", "count", None, "countries in the trial"],
 ["hospitals", "total", None, "hospitals in the trial"],
 ["drov_hospitals", "part", "hospitals", "Drovenian hospitals in the trial"],
 ["drov_trial_patients", "part", "enrolled", "trial patients treated in Drovenia"],
 ["velkoun_patients", "part", "drov_trial_patients", "trial patients treated by Dr Jana Velkoun"],
 ["velkoun_failure", "count", None, "Dr Velkoun's trial patients who needed dialysis"],
 ["velkoun_expected", "other", None, "patients Dr Velkoun expected to need dialysis in a control group"],
 ["followup", "other", None, "median follow-up (2.6 years, about two and a half years)"],
 ["rrr_high", "other", None, "relative reduction in risk on the high dose (31 per cent announced, 29 per cent published)"],
 ["rrr_low", "other", None, "relative reduction in risk on the low dose (20 -> 18 per cent)"],
 ["reclassified", "count", None, "events reclassified by the independent committee"],
 ["events_placebo", "part", "arm_placebo", "placebo patients with a primary-endpoint event"],
 ["events_high", "part", "arm_high", "high-dose patients with a primary-endpoint event"],
 ["events_low", "part", "arm_low", "low-dose patients with a primary-endpoint event"],
 ["event_rate_placebo", "other", None, "share of the placebo group with an event"],
 ["event_rate_high", "other", None, "share of the high-dose group with an event"],
 ["abs_diff", "other", None, "absolute difference in event rates"],
 ["nnt", "other", None, "patients to treat to prevent one event"],
 ["failure_placebo", "count", None, "placebo patients reaching kidney failure"],
 ["failure_high", "count", None, "high-dose patients reaching kidney failure"],
 ["deaths_high", "count", None, "deaths on the high dose"],
 ["deaths_placebo", "count", None, "deaths on placebo"],
 ["isr_drug", "other", None, "injection-site reactions on the drug"],
 ["isr_placebo", "other", None, "injection-site reactions on placebo"],
 ["sae_drug", "other", None, "serious adverse events on the high dose"],
 ["sae_placebo", "other", None, "serious adverse events on placebo"],
 ["stop_drug", "other", None, "patients stopping the drug because of side effects"],
 ["stop_placebo", "other", None, "patients stopping placebo because of side effects"],
 ["liver_drug", "total", None, "patients on the drug with raised liver enzymes (14 -> 16)"],
 ["liver_stopped", "part", "liver_drug", "patients with raised liver enzymes who stopped treatment"],
 ["liver_added", "count", None, "liver cases added in the published paper"],
 ["liver_placebo", "count", None, "patients on placebo with raised liver enzymes"],
 ["registry", "count", None, "patients in the planned post-launch registry"],
 ["congress", "count", None, "doctors at the Sarnish Kidney Congress"],
 ["dunmark_career", "other", None, "Professor Dunmark's years of practice"],
 ["trial_cost", "other", None, "cost of the trial to Harrowgrove"],
 ["shares", "other", None, "rise in Harrowgrove's shares since the results (running)"],
 ["ckd_pop", "population", None, "people in Sarnland with diabetic kidney disease"],
 ["dialysis_pop", "population", None, "people on dialysis in Sarnland"],
 ["dialysis_cost", "other", None, "cost of a dialysis patient a year in Sarnland"],
 ["dialysis_growth", "other", None, "yearly growth in the number on dialysis"],
 ["eligible", "population", None, "Sarnish patients eligible for orvanacept (rival estimates)"],
 ["cost", "other", None, "annual cost of orvanacept to the Sarnish Treatment Fund (rival estimates)"],
 ["price_month", "other", None, "Sarnish price of a monthly injection (analysts' expectation, then announced; helks and tavels)"],
 ["price_year", "other", None, "Sarnish price a patient a year"],
 ["fund_drug_budget", "other", None, "the Treatment Fund's yearly spending on medicines"],
 ["storage", "other", None, "storage temperature range"],
 ["pen_volume", "other", None, "volume of a pre-filled pen"],
 ["egfr_range", "other", None, "kidney filtering rate required to enter the trial"],
 ["tessavia_price", "other", None, "monthly price of a similar heart-failure drug in Tessavia"],
 ["appraisal_days", "other", None, "time limit for the Fund's decision"],
 ["rendle_pay", "other", None, "Aldric Rendle's pay last year"],
 ["fletwood_age", "other", None, "Gary Fletwood's age"],
 ["dialysis_session", "other", None, "length of Gary Fletwood's dialysis session"],
 ["dialysis_freq", "other", None, "Gary Fletwood's dialysis sessions a week"],
 ["fletwood_years", "other", None, "years Gary Fletwood has been on dialysis"],
 ["drov_price", "other", None, "Drovenian price of a monthly injection (tavels and helks)"],
 ["rate", "other", None, "exchange rate, tavels to the helk"],
 ["drov_discount", "other", None, "Drovenian price below the Sarnish price"],
 ["drov_eligible", "count", None, "Drovenian patients expected to be treated in the first year"],
 ["drov_cost", "other", None, "Drovenian insurer's cost in the first year"],
 ["drov_cost_share", "other", None, "that cost as a share of the insurer's medicines spending"],
 ["drov_dialysis_pop", "population", None, "people on dialysis in Drovenia"],
 ["drov_dialysis_cost", "other", None, "cost of a dialysis patient a year in Drovenia"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
