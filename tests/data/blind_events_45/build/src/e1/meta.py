#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e1; writes meta.json beside this file."""
import json
import os

FOLDER = "kessaly_locust_swarm"
EVENT = ("Desert locust swarms from Ombrath across the province of Kessaly, Tavrenia (fictional), from Wednesday "
         "19 April to Friday 9 June 2062, with a spraying campaign, a corrected damage count, rival estimates of the "
         "damage and its value, compensation and a cut harvest forecast; reported 8 May - 16 June 2062")
NOTES = (
    "Running counts reported anew are one quantity each: the districts reached (5 -> 6 -> 7 -> 9), the area "
    "infested (22,000 -> 38,000 -> more than 50,000 / 52,600 -> 61.000 -> 84,300 -> 97,500 hectares), the area "
    "treated (21,400 -> 30,500 -> 44.000 -> 63,000 -> 88,000), the aircraft (4 -> 7 -> 9), the ground teams "
    "(60 -> 85 -> 140) and their crews (about 300 -> about 700), the poisoned spray workers (4 -> 11 -> 19 -> 27) "
    "and those kept in hospital (2 -> 3), the compensation claims (1,850 -> 6,300), the hoppers' area (300 -> 1,100 "
    "-> 2,300) and Ombrath's treated area (more than 150,000 -> 210.000 -> 260,000). The damaged area is one quantity "
    "with the ministry's running count (about 9,500 -> 14,000 -> 16,800), its correction after the aerial survey "
    "(16,800 -> 24,100 for the same date, the 7,300 hectares missed being a part), its final 31,800 and the rival "
    "estimates of the growers' union (more than 40,000; 52,000) and the university's satellite study (38,000 to "
    "45,000). The tabloid's 'at least double' and 'almost half' are their own quantities (a multiple and a rise). "
    "The share of cropland damaged (the ministry's about 5 and the union's 8.5 per cent) is one quantity, apart "
    "from the hectares. The emergency fund raised from 45 to 120 million sestins is one amount revised by decision, "
    "with its euro conversions, as blind_events_43 treated an appeal raised. The compensation rate per hectare "
    "is a rule's level: the 400 sestins (50 euros) first set and the 650 it was raised to are two quantities, as "
    "blind_events_43 treated a subsidy raised, and the 2054 rate is a third. The largest swarm's area in square kilometres and in football pitches is one "
    "amount in other words; its insects are another quantity. The wheat forecast for Kessaly (1.42 -> 1.29 million "
    "tonnes), the national forecast (3.74 -> 3.61 million) and the grain cooperative's forecast (96,000 -> 71,000 "
    "tonnes) are each one estimate revised; the cuts are their own quantities. The swarm density range and the "
    "tabloid's 'up to 80 million' are one quantity. The base 'one square kilometre', the look-back '18 days', the "
    "'about five weeks' to harvest, the price rise's 'two weeks', people's ages, children and years of farming and "
    "a farmer's vague 'half' are optional.")

Q = [
    ["districts_hit", "count", None, "districts of Kessaly reached by the swarms (running count)"],
    ["districts_total", "population", None, "districts of the province of Kessaly (11)"],
    ["days_since_arrival", "other", None, "days from the first swarm's crossing to the ministry's Sunday count (look-back)"],
    ["infested", "total", None, "area of Kessaly infested by locusts, hectares (Agriculture Ministry, running count)"],
    ["damaged", "total", None, "cropland in Kessaly damaged by the swarms, hectares (ministry running count and correction, growers' union and university estimates)"],
    ["damaged_missed", "part", "damaged", "damaged hectares missed by ground counts and added by the aerial survey (the correction)"],
    ["damaged_wheat", "part", "damaged", "damaged area under wheat (ministry final count)"],
    ["damaged_barley", "part", "damaged", "damaged area under barley (ministry final count)"],
    ["damaged_other", "part", "damaged", "damaged area under vegetables and other crops (ministry final count)"],
    ["damaged_share", "other", None, "damaged area as a share of Kessaly's cropland (ministry and union)"],
    ["damaged_rise", "other", None, "rise in the damaged area from Sunday 7 to Wednesday 10 May (tabloid's 'almost half')"],
    ["union_multiple", "other", None, "growers' union's claim that real damage is at least double the ministry's count"],
    ["sprayed", "total", None, "area treated with insecticide in Kessaly, hectares (running count)"],
    ["sprayed_air", "part", "sprayed", "area treated from the air (final)"],
    ["sprayed_ground", "part", "sprayed", "area treated by ground teams (final)"],
    ["aircraft", "total", None, "spraying aircraft in use over Kessaly (running count, peak)"],
    ["aircraft_leased", "part", "aircraft", "aircraft hired from the private firm Avelin Air"],
    ["aircraft_lent", "part", "aircraft", "aircraft lent to Tavrenia by Ombrath"],
    ["teams", "count", None, "ground spraying teams in Kessaly (running count, peak)"],
    ["spray_staff", "count", None, "people in the ground teams (running count)"],
    ["teams_kept", "count", None, "ground teams kept in the field after the campaign ended"],
    ["teams_kept_weeks", "other", None, "weeks for which the ground teams are kept in the field"],
    ["pesticide", "count", None, "litres of insecticide used in the campaign"],
    ["pesticide_rate", "other", None, "insecticide used per hectare"],
    ["spray_cost", "other", None, "cost of the spraying campaign (sestins and euros)"],
    ["fund", "other", None, "Tavrenia's emergency fund for the locust campaign (45 million raised to 120 million sestins; euros)"],
    ["fx", "other", None, "exchange rate, sestins to the euro"],
    ["density", "other", None, "locusts per square kilometre of swarm"],
    ["swarm_base", "other", None, "base of the commission's food rate: one square kilometre of swarm"],
    ["eat_equiv", "other", None, "people whose daily food one square kilometre of swarm eats"],
    ["largest_swarm", "other", None, "area of the largest swarm, near Haddar (square kilometres; football pitches)"],
    ["largest_swarm_insects", "count", None, "locusts in the swarm that hit the Haddar area"],
    ["locust_intake", "other", None, "food a locust eats a day, grams"],
    ["swarm_speed", "other", None, "greatest distance swarms travel a day with the wind"],
    ["swarm_drift", "other", None, "distance the swarms moved north-west a day in the week before 16 May"],
    ["cropland", "population", None, "Kessaly's cropland, hectares"],
    ["wheat_share", "other", None, "Kessaly's share of Tavrenia's wheat"],
    ["weeks_to_harvest", "other", None, "weeks from 8 May to the harvest (look-back/forecast dating the article)"],
    ["poisoned", "total", None, "spray workers treated for pesticide poisoning (running count)"],
    ["poisoned_hospital", "part", "poisoned", "poisoned spray workers kept in hospital (running count)"],
    ["poisoned_sulvana", "part", "poisoned", "poisoned spray workers treated at Sulvana District Hospital"],
    ["window_rule", "other", None, "hours to keep windows shut after spraying (advice)"],
    ["union_members", "population", None, "members of the Kessaly Growers' Union"],
    ["age_valt", "other", None, "age of farmer Oren Valt"],
    ["valt_barley", "count", None, "hectares of Oren Valt's barley stripped by a swarm"],
    ["valt_time", "other", None, "time the swarm took to strip Valt's barley"],
    ["ombrath_sprayed", "count", None, "area treated in Ombrath since March (running count)"],
    ["ombrath_aircraft", "count", None, "spraying aircraft in Ombrath"],
    ["ombrath_teams", "count", None, "ground teams in Ombrath"],
    ["ombrath_damaged", "count", None, "crop area damaged in Ombrath"],
    ["ombrath_spend", "other", None, "Ombrath's spending on locust control since March 2062"],
    ["ombrath_spend_multiple", "other", None, "Ombrath's 2062 spending as a multiple of 2061's"],
    ["ombrath_spend_2061", "other", None, "Ombrath's locust spending in 2061"],
    ["ombrath_weeks", "other", None, "weeks Ombrath sprayed before a swarm crossed the border"],
    ["zarun_rain", "other", None, "February rainfall in the Zarun basin as a multiple of the average"],
    ["generations_zarun", "count", None, "generations of breeding in the Zarun basin before the swarms formed"],
    ["appeal", "other", None, "Southern Basin Locust Commission's appeal, euros"],
    ["appeal_funded", "other", None, "share of the commission's appeal pledged (running)"],
    ["appeal_pledged", "total", None, "amount pledged to the commission's appeal by 16 May"],
    ["appeal_ombrath", "part", "appeal_pledged", "pledged money going to Ombrath"],
    ["appeal_tavrenia", "part", "appeal_pledged", "pledged money going to Tavrenia"],
    ["dalvia_pledge", "other", None, "Dalvia's pledge to Tavrenia (euros and sestins)"],
    ["hatch_forecast", "other", None, "commission's forecast of weeks until a second generation of hoppers (from 8 May)"],
    ["multiply", "other", None, "growth of a locust generation over the one before, as a multiple"],
    ["early_swarms", "count", None, "other swarms that joined the first in its first week"],
    ["hopper_area", "count", None, "area where second-generation hoppers were found (running count)"],
    ["hopper_to_adult", "other", None, "weeks for hoppers to become adults"],
    ["aldreth_lost", "count", None, "hectares of Joss Aldreth's barley eaten"],
    ["aldreth_farm", "population", None, "Joss Aldreth's barley land, hectares"],
    ["age_aldreth", "other", None, "age of farmer Joss Aldreth"],
    ["aldreth_kids", "other", None, "Joss Aldreth's children"],
    ["aldreth_years", "other", None, "years Joss Aldreth has farmed"],
    ["schools_closed", "count", None, "schools near Haddar shut during spraying on Wednesday 10 May"],
    ["age_orrin", "other", None, "age of Selva Orrin"],
    ["orrin_kids", "other", None, "Selva Orrin's children"],
    ["loaf_before", "other", None, "price of a standard loaf in Kessaly before the rise"],
    ["loaf_after", "other", None, "price of a standard loaf in Kessaly after the rise"],
    ["flour_rise", "other", None, "rise in the price of flour in a week"],
    ["comp_rate", "other", None, "compensation per damaged hectare as first set in May (400 sestins, 50 euros)"],
    ["comp_rate_raised", "other", None, "compensation per damaged hectare after the rise of 2 June (650 sestins)"],
    ["comp_rate_2054", "other", None, "compensation per hectare in 2054"],
    ["comp_share_barley", "other", None, "compensation rate as a share of a hectare of barley's value (union)"],
    ["comp_share_wheat", "other", None, "raised compensation rate as a share of a hectare of wheat's value (union)"],
    ["comp_paid", "other", None, "compensation paid out by 14 June"],
    ["barley_value", "other", None, "value of a hectare of Aldreth's barley"],
    ["wheat_value", "other", None, "value of a hectare of wheat before the swarms"],
    ["ruam_distance", "other", None, "distance of the oasis of Ruam from the border"],
    ["age_belkadi", "other", None, "age of farmer Yusra Belkadi"],
    ["belkadi_lost", "count", None, "hectares of sorghum Yusra Belkadi lost"],
    ["sulvana_infested", "part", "infested", "infested area in the Sulvana district"],
    ["sulvana_infested_share", "other", None, "infested share of the Sulvana district's farmland"],
    ["sulvana_cropland", "population", None, "farmland of the Sulvana district, hectares"],
    ["sulvana_damaged", "part", "damaged", "damaged area in the Sulvana district"],
    ["tarnholt_farms", "population", None, "farms in the village of Tarnholt"],
    ["age_kestelow", "other", None, "age of farmer Mira Kestelow"],
    ["kestelow_farm", "population", None, "Mira Kestelow's wheat land, hectares"],
    ["kestelow_lost", "other", None, "share of Mira Kestelow's wheat lost"],
    ["kestelow_weeks", "other", None, "weeks her wheat needed before harvest"],
    ["tarnholt_pupils", "population", None, "pupils of Tarnholt primary school"],
    ["tarnholt_school_days", "other", None, "days Tarnholt primary school was closed"],
    ["claims", "total", None, "compensation claims lodged across Kessaly (running count)"],
    ["claims_sulvana", "part", "claims", "compensation claims from the Sulvana district"],
    ["wheat_price_rise", "other", None, "rise in the price of milling wheat at the Sulvana grain exchange"],
    ["wheat_price_period", "other", None, "period of that price rise"],
    ["coop_forecast", "other", None, "Sulvana Grain Cooperative's forecast of its members' wheat (revised)"],
    ["council_money", "other", None, "Sulvana district council's money for farmers spraying their own land"],
    ["volunteer_farmers", "count", None, "farmers with tractor sprayers signed up"],
    ["damaged_2054", "other", None, "area stripped in the 2054 plague"],
    ["weeks_2054", "other", None, "duration of the 2054 plague"],
    ["age_fell", "other", None, "age of Ambrose Fell"],
    ["fell_lost", "other", None, "share of his crops Ambrose Fell lost (vague)"],
    ["campaign_days", "other", None, "days from the first swarm's crossing to the end of the campaign"],
    ["loss_value", "other", None, "value of the lost crops (ministry, university and union estimates)"],
    ["wheat_forecast", "other", None, "Kessaly's 2062 wheat harvest forecast (April and June)"],
    ["wheat_cut", "other", None, "cut in Kessaly's wheat forecast, tonnes"],
    ["wheat_cut_pct", "other", None, "cut in Kessaly's wheat forecast, per cent"],
    ["national_forecast", "other", None, "Tavrenia's 2062 wheat forecast (before and after)"],
    ["national_cut_pct", "other", None, "cut in the national wheat forecast, per cent"],
    ["insured_share", "other", None, "share of Kessaly's farms insured against pests"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{FOLDER}: {len(Q)} quantities")
