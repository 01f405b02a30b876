#!/usr/bin/env python3
"""Hand-kept quantity table for event 1 (the Hestria blackout); writes meta.json beside it."""
import json
import os

FOLDER = "hestria_grid_blackout"
EVENT = ("Blackout across northern and central Hestria (fictional) after a transformer fire at the Brenholt "
         "substation at 6:52 p.m. on Monday 18 January 2055, on the coldest night of the winter; the last customers "
         "were reconnected on Sunday 24 January; reported 19 January - 8 February 2055")
NOTES = (
    "Running counts reported anew are one quantity: customers still without power (1.4 million -> 610,000 -> "
    "240.000 -> 31,000), deaths (at least two -> four -> six -> seven; the coroners' nine is a rival count of the "
    "same deaths and joins it), carbon monoxide patients (46 -> 112 -> more than 140 -> 163), carbon monoxide deaths "
    "(three -> four), people freed from lifts (more than 300 -> 312). The peak number of customers cut off is one "
    "quantity across Hestrel Grid's 2.3 million and the regulator's 2.6 million (rival estimates of the same peak); "
    "its share of all connections (about 44 per cent, 44 %, and the regulator's exact 'half') is a separate quantity, "
    "as is the number of people affected (about five million -> 5.4 million). The demand lost (7,400 -> 7,650 "
    "megawatts) is one quantity with its revision; Obrenland's customers cut off (210,000 -> around 230.000) likewise. "
    "The Chamber of Industry's estimate of the whole blackout's cost (780 million -> more than 900 million krells) and "
    "the finance ministry's 520 million are estimates of one amount, with their euro conversions; the first day's cost "
    "(about 300 million krells, about 25 million euros, the tabloid's '300m krells') is another period and its own "
    "quantity. Warming-centre sleepers on the first night (9,800) and on the second night (14,500) are two quantities. "
    "Ostmere's minus 17 and Kellaway's minus 21 are different places. Kellaway's 21,000 customers, 48,000 residents "
    "without water, 640 sleepers and two deaths are sub-counts of the national figures (roles.json). 'half of "
    "Hestria' and 'almost half' of the evening's load are vague and optional; look-backs to the event ('Three days "
    "after', 'Five days after', 'Three weeks ago') and the '18 months ago' of the warning are optional. Temperatures "
    "written 'minus 17' or '-17C' take the negative value (new). The comparison 'more than twice the blackout of "
    "2041' is a multiple, kept apart from the 2041 counts. The compensation rule (40 krells per 12 hours, capped at "
    "400) is three quantities that recur across articles; the new cap of 1,000 krells is another."
)

Q = [
    # id, role, part_of, description
    ("peak_customers", "total", None, "customers (connections) in Hestria who lost power at the peak of the blackout (Hestrel Grid 2.3 million, regulator 2.6 million)"),
    ("still_dark", "part", "peak_customers", "Hestrian customers still without power at the time of each report (running count)"),
    ("hills_still_dark", "part", "still_dark", "households in the hill villages north of Kellaway still without power on Saturday 23 January"),
    ("restored_overnight", "part", "peak_customers", "customers reconnected during the first night"),
    ("peak_share", "other", None, "share of all Hestrian connections that lost power at the peak"),
    ("hestria_customers", "population", None, "all electricity connections (customers) in Hestria"),
    ("people_affected", "count", None, "people affected by the blackout in Hestria"),
    ("cascade_minutes", "other", None, "time in which the failure cascaded from the Brenholt fire across the network"),
    ("lines_tripped", "count", None, "high-voltage lines tripped at the start of the failure"),
    ("demand_lost", "other", None, "electricity demand lost in the blackout, in megawatts (7,400, revised to 7,650)"),
    ("demand_lost_share", "other", None, "share of the evening's load lost (vague 'almost half')"),
    ("brenholt_firefighters", "count", None, "firefighters who fought the Brenholt substation fire"),
    ("fire_hours", "other", None, "time needed to put out the Brenholt fire"),
    ("low_temp", "other", None, "lowest temperature in Ostmere on the night of the blackout"),
    ("deaths", "total", None, "deaths linked to the blackout in Hestria (running count; health ministry seven, coroners nine)"),
    ("co_deaths", "part", "deaths", "deaths from carbon monoxide poisoning"),
    ("cold_deaths", "part", "deaths", "deaths from cold"),
    ("fire_deaths", "part", "deaths", "death from a fire started by a candle"),
    ("fall_deaths", "part", "deaths", "elderly people who died after falls in dark homes (counted by the coroners only)"),
    ("kellaway_deaths", "part", "deaths", "blackout deaths of Kellaway residents"),
    ("age_woman", "other", None, "age of a woman who died of cold in Vardmark (optional)"),
    ("age_man", "other", None, "age of a man who died of carbon monoxide poisoning (optional)"),
    ("co_patients", "count", None, "people treated in hospital for carbon monoxide poisoning (running count)"),
    ("lift_rescues", "count", None, "people freed from stuck lifts by firefighters"),
    ("fire_calls", "count", None, "calls answered by firefighters in the first 12 hours"),
    ("fire_calls_hours", "other", None, "period over which the fire brigade's calls were counted"),
    ("fire_calls_multiple", "other", None, "fire calls as a multiple of a normal night's load"),
    ("trains_halted", "count", None, "trains halted by Hestrian Railways"),
    ("train_passengers", "count", None, "rail passengers stranded by the halted trains"),
    ("metro_trains", "count", None, "Ostmere metro trains that stopped in tunnels"),
    ("metro_passengers", "count", None, "metro passengers led out of the tunnels on foot"),
    ("metro_evac_hours", "other", None, "time until the last metro passengers were out"),
    ("junctions_dark", "count", None, "road junctions in Ostmere without traffic lights"),
    ("accidents", "count", None, "road accidents recorded by police on the first night"),
    ("hospitals_generators", "count", None, "hospitals running on backup generators"),
    ("gen_failure_minutes", "other", None, "duration of the generator failure at the Vardmark regional hospital"),
    ("icu_transfers", "total", None, "intensive-care patients moved out of the Vardmark regional hospital"),
    ("icu_obr", "part", "icu_transfers", "intensive-care patients moved to the Brenstadt university clinic in Obrenland"),
    ("vardmark_share", "other", None, "share of Vardmark's customers who lost power"),
    ("water_cut", "total", None, "people in Vardmark without running water"),
    ("kellaway_water_cut", "part", "water_cut", "Kellaway residents without running water"),
    ("masts_offline", "other", None, "share of mobile masts down in the affected area"),
    ("battery_hours", "other", None, "how long the masts' backup batteries last"),
    ("schools_closed", "count", None, "schools closed on Tuesday 19 January"),
    ("warming_centres", "count", None, "warming centres opened by the government"),
    ("sleepers_night1", "count", None, "people who spent the first night (Monday) in warming centres"),
    ("sleepers_night2", "total", None, "people who slept in warming centres on the second night (Tuesday), the peak"),
    ("kellaway_sleepers", "part", "sleepers_night2", "people in the Kellaway sports hall on Tuesday night"),
    ("restore_forecast", "other", None, "Hestrel Grid's forecast of how long rural areas could wait"),
    ("report_deadline", "other", None, "legal deadline for the regulator's report"),
    ("b2041_customers", "other", None, "customers cut off in the 2041 blackout"),
    ("b2041_hours", "other", None, "duration of the 2041 blackout"),
    ("multiple_2041", "other", None, "the blackout's size as a multiple of the 2041 blackout"),
    ("interconnector_mw", "other", None, "capacity of the interconnector with Obrenland"),
    ("interconnector_hours", "other", None, "time the interconnector stayed closed"),
    ("obr_customers", "count", None, "Obrenish customers cut off when the interconnector tripped (210,000 revised to about 230,000)"),
    ("obr_minutes", "other", None, "time most Obrenish customers were without power"),
    ("cost_day1", "other", None, "Chamber of Industry's estimate of the first day's cost to business (krells and euros)"),
    ("cost_total", "other", None, "estimated cost of the whole blackout to the economy (Chamber of Industry 780 -> more than 900 million krells; finance ministry 520 million; euro conversions)"),
    ("factories_stopped", "count", None, "factories forced to stop production"),
    ("gran_days", "other", None, "time a Rennick couple had sat in the cold, as of 20 January"),
    ("age_husband", "other", None, "age of Ottilie Brask's husband (optional)"),
    ("age_ottilie", "other", None, "age of Ottilie Brask (optional)"),
    ("mum_children", "other", None, "children of a carbon monoxide victim (optional)"),
    ("age_mum", "other", None, "age of a carbon monoxide victim (optional)"),
    ("lift_firefighters", "count", None, "firefighters who helped deliver a baby in a lift"),
    ("ceo_pay", "other", None, "annual pay of Hestrel Grid's chief executive"),
    ("engineers", "count", None, "Hestrel Grid engineers in the field"),
    ("obr_engineers", "count", None, "engineers (technicians) sent from Obrenland"),
    ("warning_ago", "other", None, "look-back to the warning about Brenholt (optional)"),
    ("comp_rate", "other", None, "statutory compensation per customer per 12-hour period"),
    ("comp_period", "other", None, "period for which the statutory compensation is paid"),
    ("comp_cap", "other", None, "cap on the statutory compensation per customer"),
    ("comp_cap_new", "other", None, "promised new compensation cap from July"),
    ("comp_bill", "other", None, "cost of the statutory compensation to Hestrel Grid (krells and euros)"),
    ("food_discarded", "other", None, "chilled food thrown away by supermarkets"),
    ("stoves_sold", "count", None, "camping stoves sold by one Ostmere DIY store in a morning"),
    ("arrests", "count", None, "people arrested for looting and burglary"),
    ("soldiers", "count", None, "soldiers put on standby"),
    ("age_noor", "other", None, "age of a metro passenger (optional)"),
    ("noor_walk_minutes", "other", None, "how long one group of metro passengers walked along the tracks"),
    ("obr_emergency_mw", "other", None, "emergency power sent from Obrenland"),
    ("lookback", "other", None, "look-backs to the start of the blackout that date the article (optional)"),
    ("obr_generator_trucks", "count", None, "Obrenish generator trucks in Vardmark"),
    ("obr_cost", "other", None, "Obrenet's own costs"),
    ("obr_normal_exports", "other", None, "electricity normally flowing from Obrenland to Hestria on a winter evening"),
    ("hestria_import_share", "other", None, "share of Hestria's annual consumption imported from Obrenland"),
    ("emergency_price", "other", None, "price of the emergency electricity per megawatt hour"),
    ("emergency_price_multiple", "other", None, "emergency price as a multiple of the normal wholesale price"),
    ("obr_emergency_bill", "other", None, "what Hestria owes Obrenet for the emergency power"),
    ("obr_camp_beds", "count", None, "camp beds sent by Obrenland"),
    ("obr_heaters", "count", None, "electric heaters sent by Obrenland"),
    ("obr_aid", "other", None, "Obrenish government's aid promise"),
    ("lindwerth_guests", "count", None, "Hestrians taken in by households in the Obrenish border district of Lindwerth"),
    ("obr_tourists", "total", None, "Obrenish citizens in Vardmark's ski resorts"),
    ("obr_tourists_home", "part", "obr_tourists", "Obrenish tourists back home by Wednesday evening"),
    ("obr_buses", "count", None, "special buses that brought Obrenish tourists home"),
    ("transformer_age", "other", None, "age of the transformer that caught fire"),
    ("obr_2046_customers", "other", None, "customers cut off in Obrenland's 2046 blackout"),
    ("obr_2046_hours", "other", None, "duration of Obrenland's 2046 blackout"),
    ("obr_2046_investment", "other", None, "network investment voted by Obrenland after 2046"),
    ("obr_2046_years", "other", None, "period of Obrenland's post-2046 investment"),
    ("rennick_outage", "other", None, "how long a Rennick household had been without power by 23 January (nights, hours)"),
    ("age_bertil", "other", None, "age of Bertil Ashcombe (optional)"),
    ("kellaway_customers", "population", None, "Kellaway's electricity customers (all of whom lost power)"),
    ("kellaway_outage_hours", "other", None, "how long Kellaway town was without power"),
    ("kellaway_low_temp", "other", None, "lowest temperature in Kellaway on Monday night"),
    ("age_marit", "other", None, "age of Marit Dunhalle (optional)"),
    ("age_janek", "other", None, "age of Janek Hollis (optional)"),
    ("age_son", "other", None, "age of the couple's son (optional)"),
    ("age_daughter", "other", None, "age of the couple's daughter (optional)"),
    ("hospital_generators", "population", None, "generators of the Vardmark regional hospital"),
    ("hospital_generator_hours", "other", None, "time the Vardmark regional hospital ran on generator power"),
    ("hospital_diesel", "other", None, "diesel burnt by the Vardmark regional hospital"),
    ("kellaway_volunteers", "count", None, "volunteers at the Kellaway sports hall"),
    ("kellaway_meals", "count", None, "hot meals cooked at the Kellaway sports hall"),
    ("kellaway_meals_days", "other", None, "period over which the Kellaway meals were counted"),
    ("dairy_farms", "population", None, "dairy farms in the Kellaway district"),
    ("milk_dumped", "other", None, "milk poured away in the district"),
    ("milk_value", "other", None, "value of the milk poured away"),
    ("milking_frequency", "other", None, "how often cows must be milked"),
    ("kellaway_schools", "population", None, "schools in Kellaway"),
    ("vardmark_pop", "population", None, "people living in Vardmark"),
    ("ostmere_outage_hours", "other", None, "time within which the capital was reconnected"),
    ("faulty_relays", "count", None, "protection relays set to trip too early"),
    ("longest_outage_days", "other", None, "how long the last customers were without power"),
    ("maint_cut", "other", None, "cut in Hestrel Grid's maintenance budget since 2049"),
    ("maint_budget", "other", None, "Hestrel Grid's annual maintenance budget"),
    ("old_transformers", "count", None, "Hestrel Grid's large transformers more than 40 years old"),
    ("hg_transformers", "population", None, "Hestrel Grid's large transformers"),
    ("transformer_threshold", "other", None, "age threshold for old transformers"),
    ("insurance_claims", "count", None, "insurance claims received"),
    ("insured_losses", "other", None, "insurers' expected payout"),
    ("fine_max_share", "other", None, "maximum fine as a share of turnover"),
    ("hg_turnover", "other", None, "Hestrel Grid's turnover"),
    ("fine_max", "other", None, "maximum fine in krells"),
    ("doors_knocked", "count", None, "doors knocked on by volunteers in Vardmark"),
    ("invest_plan", "other", None, "Hestrel Grid's investment plan (krells and euros)"),
    ("invest_years", "other", None, "period of the investment plan"),
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
