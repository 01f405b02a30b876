#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event 2; writes meta.json beside this file."""
import json
import os

FOLDER = "tressilund_hospital_cyberattack"
EVENT = ("Ransomware attack by a group calling itself Nightjar on the Tressilund and Calvenne Health Network in "
         "Orvandy (fictional), detected at 3:20 a.m. on Sunday 8 September 2052: hospitals on paper records, "
         "emergency departments closed to ambulances until Thursday 26 September, the running counts of operations "
         "postponed, outpatient appointments cancelled, ambulances diverted, radiotherapy sessions lost and helpline "
         "calls, patients transferred across the border to Sarvenne in Lauvence, the ransom demand (8 million dollars, "
         "lowered to 4.5 million, never paid), the stolen data (the hackers' claim of 640,000 patients against the "
         "regulator's 812,000), the cost (the network's 190 -> 310 million krels against the audit chamber's fuller "
         "estimate), the death of a Marrask pensioner whose ambulance was diverted, the unpatched gateway and the "
         "network's IT spending, and earlier attacks, reported 9-27 September 2052")

Q = [
    # id, role, part_of, description
    ("ops_postponed", "total", None, "planned operations postponed across the network since the attack (running: 460, 1,150, 2,870, 4,600, 6,300)"),
    ("ops_postponed_marrask", "part", "ops_postponed", "operations postponed at Marrask District Hospital"),
    ("appointments_cancelled", "total", None, "outpatient appointments cancelled or postponed across the network (running: 9,400, 21,000, 38,500, about 52,000)"),
    ("appointments_cancelled_marrask", "part", "appointments_cancelled", "outpatient appointments postponed at Marrask District Hospital"),
    ("ambulances_diverted", "total", None, "ambulances diverted from the network's emergency departments since the attack (running: 180, 340, 530, 1,050, 1,240)"),
    ("ambulances_diverted_marrask", "part", "ambulances_diverted", "ambulances diverted from Marrask District while its emergency department was closed"),
    ("diversion_distance", "other", None, "distance of some of the hospitals ambulances were diverted to on the first day"),
    ("radiotherapy_cancelled", "count", None, "radiotherapy sessions cancelled or moved (running: at least 310, more than 900)"),
    ("police_countries", "count", None, "other countries whose police are helping trace the gang"),
    ("helpline_calls", "count", None, "calls taken by the network's helpline since the attack (running: about 14,000, 41,000, 74,000)"),
    ("days_offline", "other", None, "time the network had been without its systems (running: 3, 5, 11 days, and 18 days when the last emergency department reopened)"),
    ("hospitals_on_paper", "count", None, "hospitals forced onto paper records on the first day"),
    ("network_hospitals", "population", None, "the network's hospitals"),
    ("eds_closed", "count", None, "emergency departments closed to ambulances on the first day"),
    ("network_eds", "population", None, "the network's emergency departments"),
    ("clinics_closed", "count", None, "clinics shut on Monday 9 September"),
    ("network_clinics", "population", None, "the network's clinics"),
    ("network_population", "population", None, "people the network serves in Calvenne region"),
    ("network_staff", "population", None, "the network's staff"),
    ("network_beds", "population", None, "the network's beds"),
    ("network_pcs", "population", None, "the network's computers"),
    ("network_servers", "population", None, "the network's servers"),
    ("pcs_restored", "count", None, "computers cleaned and back in use (running: about 1,900, 3,800, 9,900)"),
    ("servers_restored", "count", None, "servers cleaned and back in use (running: 210, 480)"),
    ("ransom", "other", None, "the ransom Nightjar demanded: 8 million dollars, lowered to 4.5 million (with krel and euro conversions of the 8 million)"),
    ("ransom_deadline", "other", None, "the deadline the hackers set for payment"),
    ("data_stolen", "other", None, "data the hackers first claimed to have copied"),
    ("data_leaked_sample", "other", None, "the 'sample' of stolen files dumped on the dark web on Tuesday 10 September"),
    ("data_published", "other", None, "stolen files the gang published on Monday 23 September"),
    ("patients_affected", "other", None, "patients whose records were copied: the hackers' claim (640,000) and the Data Protection Authority's finding (812,000)"),
    ("patients_affected_share", "other", None, "those patients as a share of the people the network serves (almost one in two / nearly 46 percent on the hackers' claim, 58 percent on the regulator's finding)"),
    ("staff_data_affected", "other", None, "employees whose payroll files were copied"),
    ("cyber_specialists", "count", None, "Orvandish Cyber Defence Centre specialists sent to Tressilund (running: 35, 60)"),
    ("lauvence_experts", "count", None, "experts sent by the Lauvencian cybersecurity agency"),
    ("health_attacks", "other", None, "cyber-attacks on Orvandish health bodies last year"),
    ("health_attacks_rise", "other", None, "rise in those attacks on the year before"),
    ("health_attacks_prev", "other", None, "attacks on Orvandish health bodies the year before last"),
    ("blood_attack_days", "other", None, "days the national blood service was offline after the 2048 attack"),
    ("blood_attack_cost", "other", None, "cost of the 2048 attack on the blood service"),
    ("lab_turnaround_normal", "other", None, "normal turnaround of blood tests"),
    ("lab_turnaround_now", "other", None, "turnaround of blood tests on paper on Monday 9 September"),
    ("lab_tests_normal", "other", None, "tests the network's laboratories normally handle a day"),
    ("lab_tests_now", "other", None, "tests the network's laboratories were handling a day on 18 September"),
    ("marrask_lab_normal", "other", None, "tests Marrask's laboratory normally processes a day"),
    ("marrask_lab_now", "other", None, "tests Marrask's laboratory was managing a day by hand"),
    ("radiotherapy_machines", "population", None, "radiotherapy machines at Tressilund General"),
    ("radiotherapy_patients_daily", "other", None, "patients treated a day on those machines"),
    ("maternity_window", "other", None, "window defining the pregnant women told to call their midwife"),
    ("restore_target_hours", "other", None, "time within which the network hoped to restore critical systems"),
    ("transfers_sarvenne", "total", None, "Orvandish patients taken in by the Sarvenne hospital since the attack (running: 140, 212)"),
    ("transfers_sarvenne_icu", "part", "transfers_sarvenne", "intensive-care patients among them (running: nine on the first night, 23)"),
    ("transfers_sarvenne_cancer", "part", "transfers_sarvenne", "cancer patients among them"),
    ("transfers_sarvenne_other", "part", "transfers_sarvenne", "other patients among them"),
    ("transfers_sarvenne_capacity", "other", None, "the most Orvandish patients Sarvenne could take in, as the Lauvencian minister offered"),
    ("sarvenne_distance", "other", None, "distance from Tressilund to Sarvenne"),
    ("sarvenne_beds", "population", None, "Sarvenne hospital's beds"),
    ("sarvenne_occupancy", "other", None, "Sarvenne hospital's occupancy rate now"),
    ("sarvenne_occupancy_normal", "other", None, "its occupancy rate in a normal September"),
    ("sarvenne_nurses_recalled", "count", None, "Sarvenne nurses recalled from leave"),
    ("sarvenne_radiotherapy_machines", "population", None, "Sarvenne's radiotherapy machines"),
    ("sarvenne_machine_hours", "other", None, "hours a day those machines now run"),
    ("sarvenne_machine_hours_normal", "other", None, "hours a day they normally run"),
    ("icu_day_rate", "other", None, "Orvandy's reimbursement per intensive-care bed-day"),
    ("ward_day_rate", "other", None, "Orvandy's reimbursement per normal bed-day"),
    ("sarvenne_attack_days", "other", None, "days the Sarvenne hospital was paralysed by its own 2050 attack"),
    ("sarvenne_attack_cost", "other", None, "cost of that 2050 attack"),
    ("paper_readiness", "other", None, "how long a hospital must be able to work on paper, in the Sarvenne director's rule"),
    ("sarvenne_drills", "other", None, "paper drills a year at Sarvenne"),
    ("lauvence_health_attacks", "other", None, "attacks on Lauvencian hospitals last year"),
    ("lauvence_serious_attacks", "other", None, "those that seriously disrupted care"),
    ("attack_cost", "other", None, "the network's own estimate of its costs from the attack, excluding lost activity (190, then 310 million krels, with euro conversions)"),
    ("attack_cost_full", "other", None, "the National Audit Chamber's estimate of the full cost, including income lost on cancelled treatment and future security work"),
    ("gov_grant", "other", None, "the government's emergency grant to the network"),
    ("insurance_cap", "other", None, "the most the network's cyber insurance pays"),
    ("longest_trolley_wait", "other", None, "Hedda Sallinger's wait on a trolley at Tressilund General"),
    ("sallinger_age", "other", None, "Hedda Sallinger's age"),
    ("mattis_age", "other", None, "her grandson's age"),
    ("ed_wait_avg", "other", None, "average wait to be seen in the network's emergency departments on 10 September"),
    ("ed_wait_multiple", "other", None, "that wait as a multiple of the target"),
    ("ed_wait_target", "other", None, "the four-hour emergency waiting target"),
    ("wollin_children", "population", None, "Kasper Wollin's children"),
    ("wollin_age", "other", None, "Kasper Wollin's age"),
    ("wollin_cancellations", "count", None, "times Annika Wollin's chemotherapy was put off"),
    ("wollin_cycles_left", "other", None, "chemotherapy cycles Annika Wollin has left"),
    ("nurse_double_shifts", "count", None, "shifts in a row worked by the nurse who spoke to the tabloid"),
    ("shift_length", "other", None, "length of those shifts"),
    ("velke_diversion_km", "other", None, "distance Anton Velke's ambulance was diverted, to Tressilund General"),
    ("velke_age", "other", None, "Anton Velke's age"),
    ("velke_journey_minutes", "other", None, "duration of that journey"),
    ("velke_journey_normal", "other", None, "the drive to Marrask District"),
    ("velke_minutes_lost", "other", None, "minutes lost, as his daughter put it"),
    ("serious_incidents_other", "count", None, "serious incidents under review besides Velke's death (18 September)"),
    ("serious_incidents", "count", None, "serious incidents under review in all, Velke's death included (27 September)"),
    ("deaths_investigated", "count", None, "deaths the coroner is examining"),
    ("marrask_beds", "population", None, "Marrask District Hospital's beds"),
    ("marrask_staff", "population", None, "Marrask District Hospital's staff"),
    ("marrask_ed_closed_days", "other", None, "days Marrask District's emergency department was closed to ambulances"),
    ("marrask_paper_days", "other", None, "days Marrask's wards did drug rounds from handwritten charts"),
    ("overtime_hours", "total", None, "overtime worked by network staff since the attack"),
    ("overtime_hours_marrask", "part", "overtime_hours", "overtime worked by Marrask's nurses"),
    ("haarbeck_years", "other", None, "Leontine Haarbeck's years at Marrask District"),
    ("patch_available_months", "other", None, "how long the fix for the gateway's flaw had been available"),
    ("it_budget_share", "other", None, "share of the network's budget spent on IT"),
    ("it_budget_share_recommended", "other", None, "the share the Cyber Defence Centre recommends"),
    ("network_budget", "other", None, "the network's annual budget"),
    ("it_budget", "other", None, "the network's annual IT spending"),
    ("it_budget_gap", "other", None, "extra a year needed to reach the recommended share"),
    ("cost_it_multiple", "other", None, "the attack's cost as a multiple of the annual IT budget"),
    ("full_recovery_weeks", "other", None, "the chief executive's expectation for a full recovery"),
    ("backlog_months", "other", None, "surgeons' estimate of the time to clear the operations backlog"),
    ("paper_rule_days", "other", None, "the minister's new rule: days every hospital must be able to run on paper"),
    ("patch_rule_days", "other", None, "the minister's new rule: deadline for installing critical security fixes"),
]

NOTES = ("Years ('2048', '2050', '1985'), dates ('Sept 9') and clock times ('3:20 a.m.', '4am') are time anchors, not "
         "figures; the ordinal 'second-largest' and pronoun or emphatic uses of 'one' ('not with a single "
         "krel', 'Not one krel', 'This is not one system', 'one of thousands', 'Not one wrong dose', 'every one') are not "
         "figures, nor are vague words without a number ('hundreds of them', 'thousands') or an article with a unit and no number ('a week ago'). Operations postponed, "
         "appointments cancelled, ambulances diverted, radiotherapy sessions, helpline calls, computers and servers "
         "restored and the Sarvenne transfers are running counts, each one quantity across its reports; the Marrask "
         "figures are parts of the network's, and the intensive-care, cancer and other transfers (the wire's 'nine' "
         "intensive-care patients of the first night, then 23) parts of the Sarvenne total. The time without systems is "
         "one running quantity: the tabloid's 'Days in the dark: 3', the translated paper's 'for five days', the local "
         "paper's 'Eleven days after the attack' (here the elapsed time is the length of the outage, so it is scored, "
         "unlike a look-back after a one-off event) and the broadsheet's 'Eighteen days' and '18 days' to the reopening "
         "of the last emergency department. The ransom is one quantity across its conversions ('about 55 MILLION krels', "
         "'about 7,4 million euros') and its cut from 8 to 4.5 million dollars (the local's 'from 8 million' is the old "
         "value). Patients whose records were copied are one quantity across the hackers' claim (640,000) and the Data "
         "Protection Authority's finding (812,000), rival estimates of one amount; the share of the people served is its "
         "own quantity (the tabloid's vague 'almost one in two' is optional; 'nearly 46 %' and '58 per cent' are scored). "
         "The data the gang first claimed (410 gigabytes), the 12-gigabyte sample and the 2.3 terabytes it published are "
         "three different quantities. The network's cost estimate (190, then 310 million krels, with euro conversions) "
         "explicitly excludes lost activity (as the translated paper says), while the National Audit Chamber's '400 "
         "million to 500 million krels' includes lost income and future security work: a different scope, so a "
         "different quantity (unlike the levee event's rival damage estimates, which claim to measure the same damage). "
         "The local paper's '13 others' under review excludes Velke's death and the broadsheet's '16 serious incidents "
         "in all' includes it: different scopes, different quantities. The laboratories' normal 11,000 tests a day is "
         "one quantity in the wire and the local paper; Marrask's 1,800 is its own rate. Rules and ceilings written "
         "exactly keep '=' with their words in the quote: the hackers' 'seven days' and 'seven-day' deadline, the "
         "four-hour target, the Sarvenne director's 'at least two weeks', the minister's 'at least 14 days' and "
         "'within 30 days', the Lauvencian offer of 'up to 200' patients and the insurance's 'at most 50 million'; "
         "estimates and hopes keep their bounds ('within 72 hours' and 'within eight weeks' '<=', 'within two hours' "
         "for the normal turnaround '<=', 'more than 40 kilometres' '>', 'At least 310' '>='). 'Dad-of-three' is a "
         "figure. Optional: ages ('88', '41', '45', '78'), Haarbeck's '27 years' at the hospital, the vague share 'almost "
         "one in two' and the maternity window 'within two weeks' that defines a group of patients. Equal values that "
         "measure different things: the 'nine days' of Marrask's closed emergency department and of its paper drug "
         "rounds; the six chemotherapy cycles Annika Wollin has left and the blood service's six days; 'twice' of Wollin's "
         "cancellations and of Sarvenne's drills.")

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
