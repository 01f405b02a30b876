#!/usr/bin/env python3
"""Hand-kept quantity table of event e1 (the Calverholm ransomware attack); writes meta.json beside it."""
import json
import os

FOLDER = "calverholm_council_ransomware"
EVENT = ("Ransomware attack on Calverholm City Council, Estravia (fictional): a criminal group calling itself Greyfin, "
         "which had entered the network through a supplier's maintenance account on Tuesday 28 August 2074, locked the "
         "council's computers early on Monday 17 September 2074 and demanded a ransom of 40 million stelds, later 28 "
         "million; the council refused to pay, online services and housing benefit payments stopped, stolen files on "
         "164,000 residents were published on Monday 8 October, and on Thursday 1 November the council voted to draw "
         "9.6 million stelds from its reserves towards a final bill of 14.6 million; reported 18 September - 3 November 2074")
NOTES = (
    "Running counts are one quantity each: the online services offline (87 -> 74 -> 51 -> 23 -> 9) and those restored "
    "(38 -> 61), staff sent home (about 3,000 -> about 2,100 -> about 600), households paid emergency cash (8,400 -> "
    "19,700 -> 22,600), the planning backlog (640 -> 1,150 -> a peak of 1,480 -> about 700), calls to the contact centre "
    "(14,200 -> more than 30,000), outside specialists (40 -> about 60), the gang's attacks outside Estravia this year "
    "(at least 11 -> at least 13). The computers locked are one statistic corrected (about 1,900 -> 2,350 -> 2,240); the "
    "110 devices counted twice are a count of their own, and the share of the 4,300 computers ('more than half', then 52 "
    "per cent after the correction) is one share. The ransom is one demand changed by the gang (40 million -> 28 million "
    "stelds), with the translated copy's conversions into dorns at 3,2 stelds to the dorn (12,5 and 8,75 million). The "
    "residents whose data were taken hold the gang's claim ('more than 300,000'), the council's estimate ('up to "
    "180,000') and the count of published files (about 164,000, 164,000) as rival and revised estimates of one number. "
    "The time the attackers were inside the network is one measure ('20 days', 'nearly three weeks', 'almost three "
    "weeks'). The cost of the attack is one estimate revised (at least 6 million -> about 9 million, about 2,8 million "
    "dorns -> 14.6 million stelds); its parts are the specialists, equipment, overtime and emergency payments and, as "
    "a second split by who pays, the 9.6 million drawn from reserves (the insurance cap of 5 million is a rule, not a "
    "part). Households paid emergency cash are a part of the households whose housing benefit was stuck, and those "
    "paid at the town hall a part of them. The emergency payment per household (150 stelds) is apart from their total "
    "cost (almost 3.4 million). Figures of other years and places (the office's 148 attacks last year, 97 the year "
    "before and 131 this year; Rookmarsh's seven months and 7.8 million in 2071; Lissenia's 62 attacks) are their own "
    "quantities. Look-backs that date an article ('five days after', 'Eleven days after', 'Almost seven weeks after') "
    "and a resident's age are optional.")
Q = [
    # id, role, part_of, description
    ["ransom", "other", None, "ransom demanded by Greyfin: 40 million stelds, lowered to 28 million after the deadline (with conversions into dorns)"],
    ["svc_off", "count", None, "council online services offline / still down / unavailable (running count)"],
    ["svc_total", "population", None, "council's online services in all (112)"],
    ["svc_back", "count", None, "council online services restored (running count)"],
    ["svc_share", "other", None, "share of the council's online services still unavailable on 28 September"],
    ["pcs_hit", "count", None, "council computers locked by the ransomware (first estimate, count, corrected count)"],
    ["pcs_total", "population", None, "council's computers in all (4,300)"],
    ["pcs_share", "other", None, "share of the council's computers locked"],
    ["pcs_double", "count", None, "library devices counted twice in the count of computers locked"],
    ["servers_hit", "count", None, "council servers locked"],
    ["servers_total", "population", None, "council's servers in all (260)"],
    ["staff_home", "count", None, "council staff sent home / unable to work (running count)"],
    ["staff_total", "population", None, "council staff in all (9,800)"],
    ["dwell", "other", None, "time the attackers were inside the network before striking (20 days, about three weeks)"],
    ["deadline", "other", None, "deadline the gang gave for payment (seven days)"],
    ["data_claim", "other", None, "volume of files the gang claimed to hold (1.2 terabytes)"],
    ["data_leaked", "other", None, "volume of files published by the gang (860 gigabytes)"],
    ["people_data", "count", None, "residents whose personal data were taken (gang's claim, council's estimate, published)"],
    ["staff_data", "count", None, "council employees whose data were published"],
    ["data_share", "other", None, "residents whose data were published as a share of the city's population"],
    ["staff_data_share", "other", None, "employees whose data were published as a share of the staff"],
    ["spec_total", "total", None, "outside specialists working on the recovery (running count)"],
    ["spec_ecso", "part", "spec_total", "specialists sent by the Estravian Cyber Security Office"],
    ["spec_private", "part", "spec_total", "outside specialists from private firms"],
    ["city_pop", "population", None, "population of Calverholm"],
    ["households", "population", None, "households in Calverholm"],
    ["benefit_hh", "total", None, "households whose housing benefit payment could not be made"],
    ["emerg_hh", "part", "benefit_hh", "households paid the emergency cash payment (running count)"],
    ["emerg_hh_town", "part", "emerg_hh", "households paid the emergency cash at the town hall by 21 September"],
    ["emerg_amt", "other", None, "emergency payment per household (150 stelds)"],
    ["district_offices", "population", None, "council's district offices"],
    ["care_clients", "population", None, "elderly and disabled residents receiving home care visits"],
    ["libraries", "population", None, "city libraries"],
    ["phone_wait", "other", None, "waits on the council's phone line on 18 September"],
    ["web_visits", "other", None, "normal visits to the council's website a day"],
    ["ctax_month", "other", None, "council tax collected by direct debit a month"],
    ["security_spend", "other", None, "council's spending on cyber security since 2071"],
    ["security_ratio", "other", None, "spending on cyber security as a share of the attack's cost"],
    ["gang_attacks", "total", None, "public bodies outside Estravia attacked by Greyfin this year (running count)"],
    ["gang_lis", "part", "gang_attacks", "Lissenian hospitals among Greyfin's victims"],
    ["ecso_2073", "other", None, "ransomware attacks on Estravian public bodies last year (2073)"],
    ["ecso_2072", "other", None, "ransomware attacks on Estravian public bodies in 2072"],
    ["ecso_2074", "count", None, "ransomware attacks on Estravian public bodies so far in 2074"],
    ["rook_months", "other", None, "time Rookmarsh District Council needed to recover from its 2071 attack"],
    ["rook_cost", "other", None, "cost of Rookmarsh's 2071 attack"],
    ["rook_ratio", "other", None, "Calverholm's bill as a multiple of Rookmarsh's"],
    ["quillon_est", "population", None, "Estravian councils for which Quillon Data runs systems"],
    ["quillon_lis", "population", None, "Lissenian municipalities for which Quillon Data runs systems"],
    ["quillon_staff", "population", None, "Quillon Data's employees"],
    ["quillon_shares", "other", None, "fall in Quillon Data's shares since the attack"],
    ["lis_shut", "count", None, "Lissenian municipalities that switched off their Quillon systems"],
    ["lis_days", "other", None, "days the three Lissenian municipalities kept their systems off"],
    ["lis_cost", "other", None, "cost of the Lissenian municipalities' precaution"],
    ["audit_weeks", "other", None, "time for the external audit of Quillon"],
    ["dorn_rate", "other", None, "exchange rate, stelds to the Lissenian dorn"],
    ["lis_residents", "population", None, "Lissenians living in Calverholm"],
    ["lis_attacks", "other", None, "ransomware attacks on Lissenian public bodies last year"],
    ["lis_rise", "other", None, "rise in Lissenian attacks on the year before"],
    ["cost_total", "total", None, "cost of the attack to the council (estimates revised to the final bill)"],
    ["cost_spec", "part", "cost_total", "cost of outside specialists"],
    ["cost_equip", "part", "cost_total", "cost of new computers and servers"],
    ["cost_overtime", "part", "cost_total", "cost of overtime"],
    ["cost_emerg", "part", "cost_total", "cost of the emergency payments"],
    ["reserves_draw", "part", "cost_total", "money voted from the council's reserves towards the cost"],
    ["reserves", "population", None, "council's emergency reserves (38 million)"],
    ["reserves_share", "other", None, "draw as a share of the reserves"],
    ["insurance", "other", None, "cap on the council's cyber insurance payout"],
    ["per_hh", "other", None, "draw from reserves per household"],
    ["overtime_hours", "count", None, "overtime hours worked"],
    ["parking_week", "other", None, "parking fine income lost a week"],
    ["parking_weeks", "other", None, "weeks parking fines were suspended"],
    ["parking_total", "other", None, "parking fine income lost in all"],
    ["vote_for", "count", None, "councillors voting for the draw from reserves"],
    ["vote_against", "count", None, "councillors voting against"],
    ["monitoring_years", "other", None, "years of free credit monitoring offered"],
    ["planning", "count", None, "planning applications in the backlog (running count, peak and latest)"],
    ["deaths_unreg", "count", None, "deaths waiting to be registered"],
    ["calls", "count", None, "calls taken by the contact centre since the attack (running count)"],
    ["calls_ratio", "other", None, "first week's calls as a multiple of the usual number"],
    ["days_since", "other", None, "time since the attack at the date of the article (a look-back; optional)"],
    ["age_holloway", "other", None, "age of Agnes Holloway (optional)"],
    ["holloway_wait", "other", None, "Agnes Holloway's wait for emergency cash"],
    ["holloway_years", "other", None, "years Agnes Holloway has paid her rent on time"],
    ["greal_houses", "count", None, "houses on which Tomas Greal's work stopped"],
    ["greal_cost", "other", None, "Tomas Greal's cost a day"],
]
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
