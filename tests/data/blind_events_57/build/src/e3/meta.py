#!/usr/bin/env python3
"""Hand-kept quantity table for e3; writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "valdria_minimum_wage_rise"
EVENT = ("Rise in Valdria's national minimum wage (fictional): announced on Tuesday 6 July 2077, from 11.40 to 12.60 "
         "sellins an hour (10.5 per cent) from Friday 1 October, above the Wage Review Panel's recommended 12.35; "
         "workers covered, rival costings for employers, hospitality prices, cross-border workers from neighbouring "
         "Merrenburg and one town's employers; reported 6 July - 1 October 2077")
NOTES = ("The new hourly rate is one amount in several positions, following the rule that a demand and an offer are "
         "one amount: the Panel's recommended 12.35, the Labour Federation's demanded 13.50, the employers' 12.00 and "
         "the decided 12.60 sellins, with the rate in mirks (20,16, 'more than 20 mirks') as the same amount in "
         "other words; the old rate of 11.40 is a before value of its own. The workers covered are one quantity in "
         "rival and revised counts (the Panel's 1.34 million, the Labour Federation's about 1.6 million with those "
         "just above the rate, the statistics office's 1.41 million, the tabloid's 1.4 million and 'more than 1.4 "
         "million'), and their share of employees likewise (14.8 -> 15.6 per cent, 'more than one in seven'). The "
         "cost to employers is one quantity in rival estimates (1.9, 2.3 and about 3.4 billion sellins, and the "
         "tabloid's range). The yearly gain for a full-timer is one amount in two currencies. Kelverton's share of "
         "jobs paying less than the new rate is given as 23 per cent and 'nearly one in four'. The ages of a "
         "worker and of the youth rate's band are optional.")
Q = [
 ["new_rate", "other", None, "the new hourly minimum wage (decided 12.60 sellins; recommended, demanded and offered rates; in mirks)"],
 ["old_rate", "other", None, "the minimum wage before 1 October"],
 ["rise_pct", "other", None, "rise in the minimum wage in per cent"],
 ["rise_abs", "other", None, "rise in sellins an hour"],
 ["rise_week", "other", None, "extra pay a week for a full-time worker"],
 ["rise_year", "other", None, "extra pay a year for a full-time worker (sellins and mirks)"],
 ["hours_week", "other", None, "standard full-time week"],
 ["youth_age", "other", None, "ages of the youth rate"],
 ["youth_old", "other", None, "youth rate before 1 October"],
 ["youth_new", "other", None, "youth rate from 1 October"],
 ["covered", "total", None, "workers paid less than the new rate (rival and revised counts)"],
 ["covered_share", "other", None, "share of employees paid less than the new rate"],
 ["covered_women", "other", None, "share of those affected who are women"],
 ["employees", "population", None, "employees in Valdria"],
 ["hosp_covered", "part", "covered", "hospitality workers on the minimum wage"],
 ["kel_covered", "part", "covered", "Kelverton workers paid less than the new rate"],
 ["commuters_min", "part", "covered", "Merrenish cross-border workers paid the Valdrian minimum"],
 ["cost_employers", "total", None, "yearly cost to employers (rival estimates)"],
 ["hosp_cost", "part", "cost_employers", "yearly cost to hospitality (the Panel's estimate)"],
 ["hosp_cost_share", "other", None, "hospitality's share of the Panel's cost estimate"],
 ["hosp_share", "other", None, "share of hospitality staff paid the minimum"],
 ["inflation_add", "other", None, "addition to inflation expected by the central bank"],
 ["inflation", "other", None, "current inflation"],
 ["menu_inflation", "other", None, "rise in restaurant prices in the year to June"],
 ["years_frozen", "other", None, "years the minimum wage was frozen"],
 ["power_lost", "other", None, "buying power lost since 2074"],
 ["power_gain", "other", None, "buying power added beyond restoring it"],
 ["survey_n", "count", None, "operators in Counter & Cellar's survey"],
 ["survey_prices", "other", None, "share of operators planning to raise menu prices"],
 ["survey_hours", "other", None, "share planning shorter opening hours"],
 ["survey_absorb", "other", None, "share expecting to absorb the cost"],
 ["menu_rise", "other", None, "planned menu price rise"],
 ["orrell_restaurants", "count", None, "Benedikt Orrell's restaurants"],
 ["orrell_staff", "population", None, "Benedikt Orrell's staff"],
 ["orrell_covered", "count", None, "Benedikt Orrell's staff on the minimum"],
 ["orrell_cost", "other", None, "yearly cost of the rise to Benedikt Orrell"],
 ["vessick_staff", "population", None, "employees of Hanna Vessick's café"],
 ["vessick_pay", "other", None, "hourly pay at Hanna Vessick's café"],
 ["briefing_places", "population", None, "places at HospiVal's briefing"],
 ["rate", "other", None, "exchange rate, mirks to the sellin"],
 ["merr_rate", "other", None, "Merrenish minimum wage"],
 ["commuters", "population", None, "Merrenish citizens working in Valdria"],
 ["commuters_min_share", "other", None, "share of the cross-border workers on the Valdrian minimum"],
 ["hess_vacancies", "count", None, "vacancies at Irmgard Hess's care home"],
 ["hess_beds", "population", None, "beds at Irmgard Hess's care home"],
 ["care_vacancies", "count", None, "care-home vacancies in Merrenburg's border districts"],
 ["merr_union_demand", "other", None, "Merrenish unions' demanded minimum wage"],
 ["merr_union_pct", "other", None, "increase the Merrenish unions ask for"],
 ["rent_gap", "other", None, "how much higher rents are in Valdrian border towns"],
 ["net_gain", "other", None, "net monthly gain for a single cross-border worker"],
 ["merr_last_rise", "other", None, "Merrenburg's last minimum wage rise"],
 ["kel_share", "other", None, "share of Kelverton jobs paying less than the new rate"],
 ["kel_pop", "population", None, "people living in Kelverton"],
 ["kel_jobs", "population", None, "jobs in Kelverton"],
 ["warehouse_staff", "population", None, "staff at the Kelverton warehouse"],
 ["warehouse_pay", "other", None, "the warehouse's current hourly pay"],
 ["warehouse_new", "other", None, "the warehouse's hourly pay from October"],
 ["pellow_covered", "count", None, "Pellow's Bakery staff on the minimum"],
 ["pellow_staff", "population", None, "Pellow's Bakery staff"],
 ["pellow_cost", "other", None, "yearly cost of the rise to Pellow's Bakery"],
 ["loaf_old", "other", None, "price of a large loaf now"],
 ["loaf_new", "other", None, "price of a large loaf after the rise"],
 ["kerrigan_years", "other", None, "Danuta Kerrigan's years at the care home"],
 ["kerrigan_pay", "other", None, "Danuta Kerrigan's hourly pay"],
 ["kerrigan_gain", "other", None, "Danuta Kerrigan's weekly gain"],
 ["kel_council_staff", "count", None, "people employed for Kelverton's council through contractors on the minimum"],
 ["kel_council_cost", "other", None, "yearly cost of the rise to Kelverton's council"],
 ["coffee_old", "other", None, "price of a large coffee before"],
 ["coffee_new", "other", None, "price of a large coffee now"],
 ["coffee_rise", "other", None, "rise in the coffee price"],
 ["pint_old", "other", None, "price of a pint before"],
 ["pint_new", "other", None, "price of a pint now"],
 ["marsh_age", "other", None, "Kayleigh Marsh's age"],
 ["marsh_rent_rises", "count", None, "times Kayleigh Marsh's rent went up"],
 ["marsh_hours", "other", None, "Kayleigh Marsh's weekly hours"],
 ["marsh_jobs", "count", None, "Kayleigh Marsh's jobs"],
 ["marsh_gain", "other", None, "Kayleigh Marsh's weekly gain after tax"],
 ["demmer_staff", "population", None, "Yusuf Demmer's staff"],
 ["doner_rise", "other", None, "rise in the price of a large doner"],
 ["frellmart_staff", "population", None, "Frellmart's shop workers"],
 ["frellmart_pay", "other", None, "Frellmart's hourly pay from 1 October"],
 ["hess_pay", "other", None, "hourly pay of Irmgard Hess's assistants"],
 ["bridge_cars", "count", None, "cars crossing the river bridge on a working day"],
 ["kel_survey_n", "count", None, "Kelverton businesses answering the traders' survey"],
 ["kel_survey_prices", "count", None, "Kelverton businesses planning to raise prices"],
 ["union_target", "other", None, "the Labour Federation's target rate for 2080"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
