#!/usr/bin/env python3
"""Hand-kept quantity table of event 3; writes meta.json beside it."""
import json
import os

FOLDER = "kelm_valley_hospital_cyberattack"
EVENT = ("Ransomware attack on the Kelm Valley Health Network in Arvenland (fictional), detected at 2.15am on Saturday "
         "15 February 2059: hospitals hit, emergency departments closed, operations and appointments postponed, the "
         "ransom demand, stolen patient data and the cost; reported 15 February - 20 March 2059")
NOTES = (
    "Running counts reported anew are one quantity each: the hospitals hit (at least five -> seven), the emergency "
    "departments closed to ambulances (three -> four -> two still closed -> four 'at the worst point', a state count "
    "that rises and falls), the operations postponed (1,300 -> 2,900 -> 3,800 -> 6,700), the outpatient appointments "
    "cancelled (11,000 -> 24,000 -> about 52,000), the ambulances diverted (about 160 -> 410 -> 530), the deaths under "
    "investigation (one -> two), the helpline calls (18,000 -> 31,000) and the overtime hours (38,000 in the first "
    "week -> about 71,000 in all). The ransom demand (9 million euros, about 54 million florins, lowered to 6 million "
    "euros, about 36 million florins) is one amount changed by its makers; the network's cost estimate (21 million "
    "florins, 3.5 million euros -> 35 million florins, about 5.8 million euros) is one estimate revised; the patients "
    "whose data were stolen (about 300,000 -> about 450,000 -> up to 1.1 million) are one quantity, and their share "
    "of the 1.4 million people served is another. The gang's claim of 1.7 terabytes stolen and the 620 gigabytes it "
    "published first are different quantities. Kept apart though equal in value: the Ravensk hospital's 11 days "
    "without patient records (2056) and Kelm Valley's 11 days; the 52 km to Tolby and other distances; the two "
    "deaths and the two men arrested. Rules keep '=' with their 'up to' and 'at least' outside the quote (28 days of "
    "repeat prescriptions, the insurance's 15 million florins, the 1.5 per cent minimum for security spending). "
    "'about one case in four' is a one-in-N figure with value 4. Ages, a look-back dating the broadsheet, the "
    "paper-chart look-back of 30 years, the period of the gang's count of victims and the vague 'less than a third' "
    "are optional.")

Q = [
    ("ransom", "other", None, "ransom demanded by Greyhook (9 million euros lowered to 6 million; florin conversions)"),
    ("ransom_deadline", "other", None, "deadline first given for the ransom"),
    ("ransom_extension", "other", None, "extra time Greyhook gave when lowering its demand"),
    ("ransom_lowered_days", "other", None, "time after which the demand was lowered"),
    ("fx_rate", "other", None, "exchange rate, florins per euro"),
    ("network_hospitals", "population", None, "hospitals in the Kelm Valley network"),
    ("hospitals_hit", "count", None, "hospitals whose systems were encrypted (running)"),
    ("monitored_hospitals", "population", None, "hospitals covered by the intruder-detection systems"),
    ("ed_closed", "count", None, "emergency departments closed to ambulances (running state count)"),
    ("wendmoor_ed_days", "other", None, "days Wendmoor General's emergency department was closed to ambulances"),
    ("divert_distance", "other", None, "distance of the hospitals ambulances were sent to"),
    ("tolby_distance", "other", None, "distance from Wendmoor to Tolby"),
    ("stroke_delay", "other", None, "extra journey time of a stroke patient's diverted ambulance"),
    ("deaths_investigated", "count", None, "deaths of patients with diverted ambulances under investigation (running)"),
    ("ambulances_diverted", "count", None, "ambulances diverted (running)"),
    ("ops_postponed", "total", None, "planned operations postponed across the network (running)"),
    ("wendmoor_ops", "part", "ops_postponed", "operations postponed at Wendmoor General"),
    ("ops_still_waiting", "part", "ops_postponed", "postponed operations not yet rescheduled in March"),
    ("appts_cancelled", "count", None, "outpatient appointments cancelled (running)"),
    ("radiotherapy_delayed", "total", None, "cancer patients whose radiotherapy at Wendmoor was delayed"),
    ("radiotherapy_tolby", "part", "radiotherapy_delayed", "urgent radiotherapy patients sent to Tolby"),
    ("mum_sessions_done", "other", None, "radiotherapy sessions a patient had had"),
    ("mum_sessions_total", "other", None, "radiotherapy sessions in the patient's course"),
    ("helpline_calls", "count", None, "calls to the patient helpline (running)"),
    ("helpline_days", "other", None, "period of the first helpline count"),
    ("data_claimed", "other", None, "data Greyhook claims to have stolen (and later published)"),
    ("data_published", "other", None, "data Greyhook published first as proof"),
    ("patients_data", "count", None, "patients whose data were stolen (network's estimates, then the cyber centre's)"),
    ("patients_data_share", "other", None, "share of the people served whose data were stolen"),
    ("catchment", "population", None, "people the network serves"),
    ("network_staff", "population", None, "the network's staff"),
    ("network_beds", "population", None, "the network's beds"),
    ("health_networks", "population", None, "Arvenland's regional health networks"),
    ("other_networks", "population", None, "the other health networks asked to check their systems"),
    ("networks_meeting_target", "count", None, "health networks meeting the security spending target"),
    ("network_budget", "other", None, "the network's budget this year"),
    ("acdc_staff", "count", None, "specialists sent by the Cyber Defence Centre"),
    ("greyhook_victims", "total", None, "organisations Greyhook has attacked"),
    ("greyhook_hospitals", "part", "greyhook_victims", "hospitals among Greyhook's victims"),
    ("greyhook_period", "other", None, "period of the cyber centre's count of Greyhook's victims"),
    ("greyhook_paid", "other", None, "how often Greyhook's victims paid (one case in N)"),
    ("paper_years", "other", None, "look-back to when hospitals last worked on paper"),
    ("prescription_days", "other", None, "repeat prescriptions pharmacies may fill without the electronic check (rule)"),
    ("blood_days", "other", None, "days the national blood service was shut by the 2054 attack"),
    ("blood_cost", "other", None, "repair cost of the 2054 blood-service attack"),
    ("age_mornay", "other", None, "the stroke patient's age"),
    ("age_piers", "other", None, "her son's age"),
    ("age_bell", "other", None, "a knee patient's age"),
    ("bell_wait", "other", None, "how long a knee patient has waited"),
    ("age_quill", "other", None, "a mother's age"),
    ("age_alfie", "other", None, "her son's age"),
    ("alfie_cancellations", "other", None, "times a child's operation has been called off"),
    ("nurse_shift", "other", None, "nurses' shift length during the attack"),
    ("security_share", "other", None, "share of the network's budget spent on IT security"),
    ("security_ratio", "other", None, "the network's security spending as a share of the recommendation (vague)"),
    ("security_target", "other", None, "share of budget the cyber centre recommends for security"),
    ("security_spend", "other", None, "the network's security spending last year"),
    ("security_recommended", "other", None, "what the recommended share would have meant"),
    ("security_rule", "other", None, "new minimum share of budgets for security from 2061 (rule)"),
    ("security_fund", "other", None, "state money for hospital cyber security"),
    ("security_fund_years", "other", None, "period of the state money"),
    ("transferred", "total", None, "patients transferred to Lusenian hospitals (running: five on Saturday -> 14)"),
    ("transferred_icu", "part", "transferred", "transferred patients in intensive care"),
    ("transferred_ravensk", "part", "transferred", "transferred patients treated in Ravensk"),
    ("ravensk_weeks", "other", None, "how long the Ravensk hospital's systems were down after its 2056 attack"),
    ("ravensk_cost", "other", None, "cost of the 2056 Ravensk attack"),
    ("ravensk_records_days", "other", None, "days before Ravensk's patient records worked again in 2056"),
    ("servers_seized", "count", None, "attackers' servers seized in Dolm"),
    ("attack_cost", "total", None, "the network's estimate of the attack's cost (revised; florins and euros)"),
    ("overtime_cost", "part", "attack_cost", "cost of staff overtime in the first week"),
    ("overtime_hours", "other", None, "overtime hours worked (running)"),
    ("insurance_cap", "other", None, "most the insurance pays (rule)"),
    ("lusenian_patients", "other", None, "Lusenian patients treated in Kelm valley hospitals each year"),
    ("stana_distance", "other", None, "distance of a Lusenian village from the border"),
    ("dolak_drive", "other", None, "a dialysis patient's drive to Ravensk"),
    ("dialysis_week", "other", None, "dialysis sessions a week"),
    ("lusenian_ambulance_trips", "count", None, "Lusenian ambulance trips into the Kelm valley"),
    ("wendmoor_beds", "population", None, "Wendmoor General's beds"),
    ("wendmoor_staff", "population", None, "Wendmoor General's staff"),
    ("lab_normal", "other", None, "blood tests the laboratory normally processes a day"),
    ("lab_now", "other", None, "blood tests processed a day by hand"),
    ("nursing_students", "count", None, "nursing students volunteering"),
    ("forms_printed", "count", None, "paper forms printed for the hospital"),
    ("it_staff", "population", None, "the network's IT staff"),
    ("computers", "population", None, "the network's computers to be wiped and rebuilt"),
    ("computers_done", "count", None, "computers rebuilt by Thursday 20 February"),
    ("servers", "population", None, "the network's servers rebuilt"),
    ("carrow_patients", "population", None, "a family doctor's patients"),
    ("wendmoor_pop", "population", None, "Wendmoor's population"),
    ("records_days", "other", None, "days the network's patient records were offline"),
    ("recovery_days", "other", None, "days until all systems worked again"),
    ("lookback_weeks", "other", None, "time since the attack (dates the article)"),
    ("dwell_days", "other", None, "days between the phishing email and the encryption"),
    ("arrests", "count", None, "men arrested in Lusenia"),
    ("age_arrested_1", "other", None, "an arrested man's age"),
    ("age_arrested_2", "other", None, "the other arrested man's age"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
