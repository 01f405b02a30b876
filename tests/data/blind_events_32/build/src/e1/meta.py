#!/usr/bin/env python3
"""Hand-kept quantity table of event e1; writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "vallamar_dengue_outbreak"
EVENT = ("Dengue fever outbreak in Corventa (fictional), centred on the port city of Vallamar in Oristra province, "
         "January-May 2053: health emergency declared on Sunday 23 March 2053, running counts of confirmed and "
         "suspected cases, deaths and hospital patients, rival death counts by the ministry and a doctors' federation, "
         "the Ribera Alta district, fumigation, the repellent price, neighbouring Lusedra's own cases and aid, and the "
         "final toll and costs; reported 24 March - 12 May 2053")
NOTES = (
    "Money in Corventan dorins (10 to the euro), Lusedra's in euros. Running counts reported anew are one quantity: "
    "confirmed cases since 1 January nationwide (8,460 -> 9,300 -> 11,250 -> 14,200 -> 26,900; headline 'pass 8,400' "
    "is '>'), Vallamar's confirmed cases (a part), deaths (17 -> 19 -> 23 -> 27 -> 38 -> 41, with the Medical "
    "Federation's rival 58, which adds untested deaths to the same toll), suspected cases, patients in hospital "
    "(1,240 -> 1,410 -> 1,520 -> 1,630 -> fewer than 300), Clementina's dengue patients and bed occupancy, soldiers "
    "and fumigation teams, homes sprayed, laboratory throughput, Vallamar's cumulative rate per 100,000 (421 -> 686), "
    "Easter cancellations (12 -> 25 per cent), Lusedra's cases and deaths, and Ferrand's estimate of infections per "
    "confirmed case (five or six -> seven to nine; the broadsheet's restatement of the March estimate joins it). "
    "The emergency fund raised from 120 to 200 million dorins is one amount revised, with its euro conversions. "
    "Each weekly count of new cases is its own quantity, because each covers a different week (week to 23 March, to "
    "Friday 28 March, to 30 March, the peak week to 6 April, the week to 11 May); the tabloid's 'New cases last week: "
    "2,100' is the wire's week to 23 March. Peaks named as such are apart from running levels (1,980 patients at the "
    "peak; 3,200 soldiers 'at the height'). The children's share of current patients (38 per cent, tabloid) and of all "
    "admissions since January (about 40 per cent, broadsheet) have different bases. Equal values that measure "
    "different things stay apart (Clementina's 640 beds, San Telmo's 640 pupils, Alto Mirelle's 640 cases and 640 "
    "mosquito inspectors). The rate base 'per 100,000 inhabitants' is part of the unit of a rate, not a figure of its "
    "own. 'Vallamar received 410 millimetres of rain' and the translated '410 litres per square metre' are the same "
    "measurement in two units. The vaccine purchase discussed in March ('up to 500,000 doses', restated in May as "
    "'the 500,000 it discussed') and the order actually placed (300,000) are a plan and a realised amount, apart. "
    "The wire's 'running about six weeks ahead' of 2047 and the broadsheet's 'peaked six weeks earlier in the season' "
    "are one claim about the timing against 2047. The age limit 'under 15' that defines the children counted is a "
    "threshold figure ('=', 'under' outside the quote), like the lifting threshold 'below ten cases per 100,000'; "
    "the headline verb 'pass' is a bound word and sits in the quote ('pass 8,400', '>'). 'DENV-3' is a name and "
    "'10am' a time of day, neither a figure. "
    "Ages, a mother's two children and the broadsheet's look-back 'Seven weeks after' are optional, and so is the "
    "vague share 'more than half'."
)
Q = [
    # id, role, part_of, description
    ("cases", "total", None, "confirmed dengue cases in Corventa since 1 January 2053 (running count)"),
    ("cases_vallamar", "part", "cases", "confirmed cases in the city of Vallamar since 1 January (running count)"),
    ("cases_ribera", "part", "cases_vallamar", "confirmed cases in Vallamar's Ribera Alta district since January"),
    ("ribera_share", "other", None, "Ribera Alta's share of Vallamar's confirmed cases"),
    ("rate_ribera", "other", None, "Ribera Alta's cumulative rate of confirmed cases per 100,000 residents"),
    ("rate_vallamar", "other", None, "Vallamar's cumulative rate of confirmed cases per 100,000 inhabitants (running)"),
    ("threshold", "other", None, "epidemic threshold of cases per 100,000 inhabitants that allows an emergency"),
    ("lift_threshold", "other", None, "weekly incidence per 100,000 below which the emergency was lifted"),
    ("suspected", "count", None, "suspected dengue cases not (yet) confirmed by a laboratory (running count)"),
    ("infections", "count", None, "Ferrand team's estimate of all infections this year (serosurvey)"),
    ("ratio_infections", "other", None, "estimated infections per confirmed case (Ferrand; estimate revised)"),
    ("serosurvey", "population", None, "volunteers whose blood was tested in the serosurvey"),
    ("deaths", "total", None, "dengue deaths in Corventa this year (running; ministry count, revision and the Medical Federation's rival count)"),
    ("deaths_vallamar", "part", "deaths", "dengue deaths of Vallamar residents"),
    ("deaths_ribera", "part", "deaths_vallamar", "dengue deaths of Ribera Alta residents"),
    ("deaths_children", "part", "deaths", "dengue deaths of children"),
    ("deaths_added", "part", "deaths", "deaths added by the review of death certificates (38 -> 41)"),
    ("deaths_inv", "count", None, "further deaths under investigation on 23 March"),
    ("certificates", "count", None, "death certificates reviewed"),
    ("cfr", "other", None, "share of confirmed cases who died, 2053"),
    ("cfr_2047", "other", None, "share of confirmed cases who died, 2047 epidemic"),
    ("week_0323", "part", "cases", "new confirmed cases in the week to Sunday 23 March"),
    ("week_0323_rise", "other", None, "rise of new cases in the week to 23 March over the week before"),
    ("week_0328", "part", "cases", "new confirmed cases in the week to Friday 28 March"),
    ("week_0328_rise", "other", None, "rise of new cases in the week to 28 March over the week before"),
    ("week_0330", "part", "cases", "new confirmed cases in the week to Sunday 30 March"),
    ("week_peak", "part", "cases", "new confirmed cases in the peak week, to 6 April"),
    ("week_0511", "part", "cases", "new confirmed cases in the week to Sunday 11 May"),
    ("lab", "other", None, "laboratory samples processed a day (running level)"),
    ("hosp", "total", None, "dengue patients in hospital at the time (running level)"),
    ("hosp_clementina", "part", "hosp", "dengue patients at Clementina General Hospital (running level)"),
    ("field_patients", "part", "hosp", "patients in the army field hospital on 2 April"),
    ("hosp_peak", "count", None, "dengue patients in hospital at the peak, 6 April"),
    ("admissions", "count", None, "dengue hospital admissions since January (cumulative, to May)"),
    ("child_share_now", "other", None, "children under 15's share of current hospital patients (25 March)"),
    ("child_age", "other", None, "age limit defining the children counted (under 15; threshold)"),
    ("child_share_all", "other", None, "children's share of all hospital admissions since January"),
    ("occupancy", "other", None, "bed occupancy at Clementina General Hospital (running level)"),
    ("clementina_beds", "population", None, "beds at Clementina General Hospital"),
    ("wards", "count", None, "extra wards opened at Clementina"),
    ("wards_days", "other", None, "days in which the extra wards were opened"),
    ("peak_forecast", "other", None, "period of the feared coming peak (director's forecast)"),
    ("lag", "other", None, "usual lag between the heaviest rain and the case peak"),
    ("field_beds", "population", None, "beds of the army field hospital in Ribera Alta"),
    ("field_build", "other", None, "hours taken to build the field hospital"),
    ("field_medics", "population", None, "army medics running the field hospital"),
    ("er_wait_max", "other", None, "longest waits at Vallamar's emergency departments in the week to 25 March"),
    ("er_wait_avg", "other", None, "average wait at Clementina's emergency department on 2 April"),
    ("postpone_rule", "other", None, "period for which the decree lets hospitals postpone planned operations (rule)"),
    ("denv3_absence", "other", None, "years in which DENV-3 barely circulated in Corventa"),
    ("rain_feb", "other", None, "Vallamar rainfall in February 2053"),
    ("rain_avg", "other", None, "Vallamar's average February rainfall"),
    ("rain_multiple", "other", None, "February 2053 rainfall as a multiple of the average"),
    ("temp_march", "other", None, "March 2053 temperature anomaly in Vallamar"),
    ("c2047", "count", None, "confirmed cases in the 2047 epidemic (whole year)"),
    ("d2047", "count", None, "deaths in the 2047 epidemic"),
    ("ahead_2047", "other", None, "how far this outbreak runs ahead of the 2047 epidemic's timing"),
    ("vallamar_pop", "population", None, "inhabitants of Vallamar"),
    ("fund", "total", None, "emergency fund from the contingency reserve (120 million dorins raised to 200 million; euro conversions)"),
    ("fund_spent", "part", "fund", "emergency money spent by early May"),
    ("fund_staff_share", "other", None, "vague share of the spending on staff overtime (optional)"),
    ("soldiers", "count", None, "soldiers deployed on fumigation (running count)"),
    ("soldiers_peak", "count", None, "soldiers in the province at the height of the outbreak"),
    ("teams", "count", None, "fumigation teams in the province (running count)"),
    ("homes_sprayed", "count", None, "homes sprayed by soldiers and fumigation teams (running count)"),
    ("ribera_inspected", "count", None, "homes entered by inspectors in Ribera Alta"),
    ("larvae_share", "other", None, "share of inspected Ribera Alta homes with mosquito larvae"),
    ("containers", "count", None, "water-holding containers removed by inspectors"),
    ("vax_plan", "other", None, "vaccine doses the government was negotiating to buy in March (plan)"),
    ("vax_order", "total", None, "vaccine doses actually ordered"),
    ("vax_first", "part", "vax_order", "first delivery of vaccine doses, due in June"),
    ("vax_price", "other", None, "price per vaccine dose (euros and dorins)"),
    ("vax_cost", "other", None, "total cost of the vaccine order"),
    ("vax_ages", "other", None, "ages of children eligible for the first doses (rule)"),
    ("cancel", "other", None, "Easter-week hotel cancellations in Oristra, share of bookings (running)"),
    ("visitors", "population", None, "foreign visitors to Oristra in a year"),
    ("rho_countries", "population", None, "countries covered by the Regional Health Office"),
    ("rho_experts", "count", None, "experts the Regional Health Office sends to Vallamar"),
    ("er_wait_max_dummy", "other", None, "unused"),
]
Q = [q for q in Q if q[0] != "er_wait_max_dummy"]
Q += [
    ("children_ferro", "other", None, "Luisa Ferro's children (family detail; optional)"),
    ("age_ferro", "other", None, "age of Luisa Ferro (optional)"),
    ("age_dani", "other", None, "age of her son Dani (optional)"),
    ("dani_fever", "other", None, "Dani's fever"),
    ("dani_platelets", "other", None, "Dani's platelet count"),
    ("platelets_normal", "other", None, "normal platelet count (lower limit)"),
    ("dani_days", "other", None, "days Dani spent on a trolley before getting a bed"),
    ("shift_length", "other", None, "length of nurses' shifts on the children's ward"),
    ("shifts_days", "other", None, "days the nurses have worked such shifts in a row"),
    ("incubation", "other", None, "days from bite to symptoms (medical fact)"),
    ("nurses_demand", "other", None, "extra nurses the opposition demands"),
    ("poll_n", "population", None, "readers in the Flare poll"),
    ("poll_late", "other", None, "share of poll readers saying the government acted too late"),
    ("repellent_before", "other", None, "price of a bottle of insect repellent at the start of March"),
    ("repellent_now", "other", None, "price of a bottle of insect repellent in late March (dorins and euros)"),
    ("repellent_rise", "other", None, "rise of the repellent price since early March"),
    ("repellent_period", "other", None, "period over which the repellent price rose"),
    ("ration", "other", None, "pharmacies' limit of repellent bottles per customer (rule)"),
    ("age_quiles", "other", None, "age of shopper Marta Quiles (optional)"),
    ("quiles_paid", "other", None, "what Marta Quiles paid for her repellent"),
    ("quiles_bottles", "count", None, "bottles Marta Quiles bought"),
    ("delay_first_cases", "other", None, "time between the first cases in Vallamar and the emergency declaration"),
    ("fever_advice", "other", None, "fever duration after which a doctor should be seen (advice threshold)"),
    ("price_cap", "other", None, "price cap on a bottle of repellent from 7 April (rule)"),
    ("cap_fine", "other", None, "maximum fine for shops breaking the price cap (rule)"),
    ("wholesale", "other", None, "wholesale price pharmacists pay for a bottle of repellent"),
    ("nets", "total", None, "insecticide-treated nets Lusedra sends to Corventa"),
    ("nets_first", "part", "nets", "nets in the first lorries"),
    ("lus_aid", "other", None, "Lusedra's emergency aid to Corventa (euros and dorins)"),
    ("lus_prevention", "other", None, "money Lusedra set aside for prevention at home"),
    ("lus_vax", "other", None, "vaccine doses ordered by Lusedra for its border areas"),
    ("mosquito_range", "other", None, "how far an Aedes mosquito flies in its life"),
    ("commuters", "population", None, "Lusedrans crossing daily to work in Oristra"),
    ("lus_cases", "total", None, "Lusedra's confirmed dengue cases this year (running)"),
    ("lus_cases_mirelle", "part", "lus_cases", "confirmed cases in Lusedra's Alto Mirelle province"),
    ("lus_rate_mirelle", "other", None, "Alto Mirelle's rate of cases per 100,000 inhabitants"),
    ("lus_deaths", "count", None, "Lusedra's dengue deaths this year (running)"),
    ("age_lus_victim", "other", None, "age of a Lusedran victim (optional)"),
    ("crossings", "count", None, "border crossings with thermal cameras"),
    ("fever_threshold", "other", None, "body temperature above which travellers are sent to a doctor (threshold)"),
    ("lus_c2047", "count", None, "Lusedra's cases in the 2047 epidemic"),
    ("lus_easter", "population", None, "Lusedrans who usually spend Easter on Oristra's beaches"),
    ("lus_bookings", "other", None, "fall in Lusedran bookings for Oristra this Easter"),
    ("age_ruedas", "other", None, "age of resident Jacinto Ruedas (optional)"),
    ("street_sick", "count", None, "households on Ruedas's stretch of street with someone ill"),
    ("street_households", "population", None, "households on Ruedas's stretch of street"),
    ("ruedas_days", "other", None, "days Ruedas spent in hospital"),
    ("ribera_pop", "population", None, "inhabitants of Ribera Alta"),
    ("donor_appeal", "other", None, "blood donors the blood bank appealed for (target)"),
    ("donors", "count", None, "people who answered the blood bank's appeal"),
    ("donors_period", "other", None, "period over which the donors came forward"),
    ("platelet_stock", "other", None, "days of platelet supply left last week"),
    ("council_drains", "other", None, "city council's own spending on drain clearing"),
    ("drains_km", "other", None, "kilometres of storm drains cleared"),
    ("schools_closed", "count", None, "schools closed in Ribera Alta"),
    ("schools_days", "other", None, "length of the school closure (rule)"),
    ("santelmo_pupils", "population", None, "pupils at San Telmo primary"),
    ("santelmo_sick", "count", None, "San Telmo pupils who have been ill"),
    ("santelmo_teachers_sick", "count", None, "San Telmo teachers who have been ill"),
    ("volunteers", "count", None, "volunteers going door to door"),
    ("lookback", "other", None, "look-back dating the broadsheet (optional)"),
    ("vector_cut", "other", None, "cut of the mosquito-control budget 2048-2052"),
    ("inspectors_2047", "population", None, "municipal mosquito inspectors in Oristra in 2047"),
    ("inspectors_now", "population", None, "municipal mosquito inspectors in Oristra in 2053"),
    ("econ_cost", "other", None, "central bank's estimate of the outbreak's wider cost (dorins and euros)"),
    ("econ_cost_share", "other", None, "that cost as a share of a year's output"),
    ("arrivals_april", "other", None, "fall in foreign arrivals in April from a year earlier"),
    ("wolbachia", "other", None, "mosquitoes to be released a week in the trial"),
    ("wolbachia_districts", "count", None, "districts in the trial"),
    ("wolbachia_cost", "other", None, "cost of the trial"),
    ("wolbachia_years", "other", None, "length of the trial"),
    ("inquiry_members", "count", None, "members of the parliamentary inquiry"),
    ("inquiry_deadline", "other", None, "deadline for the inquiry's report (rule)"),
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
