#!/usr/bin/env python3
"""Hand-kept table of quantities for event 3 (Koresk smog episode); writes meta.json beside it."""
import json
import os

FOLDER = "koresk_smog_episode"
EVENT = ("Winter smog episode in Koresk, capital of Ilvania (fictional), from Thursday 10 to Saturday 19 January 2058, "
         "with a red alert, school closures and an odd-even driving ban from Monday 14 to Friday 18 January, the worst "
         "day on Tuesday 15 January, the Health Ministry's count on Sunday 20 January and a university study in "
         "mid-February; reported 16 January - 18 February 2058")
NOTES = (
    "Running counts and rival estimates of one amount are one quantity: the extra (excess) emergency admissions for "
    "heart and lung conditions during the episode (the ministry's about 1,100 -> 1,400 -> about 1.900 -> 2,300, the "
    "Medical Chamber's more than 3,000, the university study's 3,450) and the children among them (430 -> 610 -> about "
    "980); the deaths attributed to the smog (the Medical Chamber's at least 11 -> at least 19, the ministry's 38 excess "
    "deaths, the study's 74 with its range of 60 to 90, the range being one figure); the fines under the driving ban "
    "(1,940 -> 3,900 -> 5.600 -> 6,800); the fall in car traffic under the ban (the city's 31, revised to 29 per cent "
    "over the five days; the Motorists' Club's 18); the share of winter fine dust from home heating (the agency's 54 "
    "per cent, the coal merchants' 'no more than 30'). A statistic and its correction are one quantity: the worst day's "
    "city average (318 corrected to 297, with its ratio to the limit 'more than six times' -> 'almost six times') and "
    "the worst day's admissions (410 -> 447). Wednesday's average (286) is another day and its own quantity. The boiler "
    "subsidy before 1 March (6,000 talers, 240 euros) and after (15,000 talers, 600 euros) are separate quantities, as "
    "are the scheme's budgets before and after and the measuring stations before (18) and after (24), following the "
    "before/after convention. The city's coal homes (71,000, 'about 71,000', '71,000 chimneys') are a standing stock "
    "(population); Quarry Hill's coal homes are another population, not a part. 'fourteen degrees below freezing' takes "
    "the value 14 (no sign added from words). Ages, a widow's 51 years in her cottage, the look-backs 'in six years' "
    "and 'the first time in 22 years', the period of a count ('first two days', 'in four years'), the teacher's vague "
    "'half of them' and 'more than half' of coal homes are optional. Not figures: 'a week ago', 'A month after', "
    "'a week later', the ordinal 'seventh day', dates ('9 January', '10 January', '1 March') and times ('7pm', '6am').")

Q = [
    ("excess_admissions", "total", None, "extra emergency admissions for heart and lung conditions during the episode (running count and rival estimates)"),
    ("child_excess_admissions", "part", "excess_admissions", "children among the extra admissions"),
    ("peak_day_admissions", "count", None, "emergency admissions for heart and lung conditions on Tuesday 15 January (corrected)"),
    ("normal_admissions", "other", None, "such admissions on a normal January day"),
    ("peak_admissions_ratio", "other", None, "Tuesday's admissions as a multiple of a normal day"),
    ("smog_deaths", "count", None, "deaths attributed to the smog (running count and rival estimates)"),
    ("peak_daily_average", "other", None, "city-wide average of fine particles on Tuesday 15 January (corrected)"),
    ("peak_ratio_limit", "other", None, "Tuesday's average as a multiple of the national daily limit"),
    ("peak_ratio_guideline", "other", None, "Tuesday's average as a multiple of the international guideline"),
    ("wednesday_average", "other", None, "city-wide average on Wednesday 16 January"),
    ("wednesday_ratio_limit", "other", None, "Wednesday's average as a multiple of the limit"),
    ("sunday_average", "other", None, "city-wide average on Sunday 20 January"),
    ("hourly_peak", "other", None, "highest hourly reading (Tanner Street, Tuesday 7pm)"),
    ("national_limit", "other", None, "Ilvania's daily limit for fine particles"),
    ("guideline", "other", None, "international daily guideline for fine particles"),
    ("sorvia_limit", "other", None, "Sorvia's daily limit"),
    ("annual_average_2057", "other", None, "Koresk's annual average of fine particles in 2057"),
    ("annual_limit", "other", None, "national annual limit"),
    ("stations", "population", None, "measuring stations in Koresk before the expansion"),
    ("stations_after", "population", None, "measuring stations after the expansion"),
    ("new_stations", "count", None, "measuring stations being added"),
    ("stations_above_limit", "count", None, "stations above the limit all day on Tuesday"),
    ("lookback_2052", "other", None, "look-back to the last worse reading ('in six years')"),
    ("public_hospitals", "population", None, "public hospitals in Koresk"),
    ("ambulance_calls", "count", None, "ambulance calls on Tuesday 15 January"),
    ("ambulance_rise", "other", None, "rise of ambulance calls on an ordinary day"),
    ("university_occupancy", "other", None, "University Hospital bed occupancy"),
    ("extra_beds", "count", None, "extra beds opened at the University Hospital"),
    ("schools_closed", "count", None, "public schools closed"),
    ("pupils_home", "count", None, "pupils kept at home by the closures"),
    ("secondary_schools", "population", None, "secondary schools in Koresk"),
    ("school_days_lost", "other", None, "school days lost"),
    ("traffic_cut", "other", None, "fall in car traffic under the odd-even ban (city and Motorists' Club estimates)"),
    ("fines", "count", None, "drivers fined under the ban (running count)"),
    ("fine_amount", "other", None, "amount of each fine"),
    ("fines_total", "other", None, "money collected in fines"),
    ("fines_period", "other", None, "period of the first count of fines"),
    ("free_transport_cost", "other", None, "daily cost of free public transport (talers and euros)"),
    ("free_transport_days", "other", None, "days of free public transport"),
    ("free_transport_total", "other", None, "total cost of free public transport"),
    ("ridership_rise", "other", None, "rise in public transport ridership"),
    ("inversion_height", "other", None, "height of the inversion layer"),
    ("night_temperature", "other", None, "night temperature (degrees below freezing)"),
    ("coal_homes", "population", None, "homes in Koresk that still burn coal"),
    ("households", "population", None, "households in Koresk"),
    ("coal_share_city", "other", None, "share of Koresk households burning coal"),
    ("city_population", "population", None, "population of Koresk"),
    ("peak_2052", "other", None, "peak daily average of the January 2052 episode"),
    ("duration_2052", "other", None, "length of the January 2052 episode"),
    ("deaths_2052", "other", None, "deaths the ministry counted in the 2052 episode"),
    ("days_above_2057", "other", None, "days above the daily limit in Koresk in 2057"),
    ("days_above_2058", "other", None, "days above the daily limit in Koresk so far in 2058"),
    ("age_lask", "other", None, "a patient's age"),
    ("age_maja", "other", None, "his daughter's age"),
    ("lask_oxygen", "other", None, "hours the patient was given oxygen"),
    ("doctor_similar_cases", "count", None, "similar patients a doctor saw that night"),
    ("age_emil", "other", None, "a child patient's age"),
    ("emil_admissions", "count", None, "times the child was in hospital that week"),
    ("masks_sold", "count", None, "masks sold by pharmacies in a week"),
    ("purifier_sales_rise", "other", None, "rise in air purifier sales"),
    ("mask_price", "other", None, "price charged for a pack of masks"),
    ("mask_pack", "other", None, "masks per pack"),
    ("mask_price_usual", "other", None, "usual price of a pack"),
    ("subsidy_before", "other", None, "boiler replacement subsidy per household until 1 March (talers and euros)"),
    ("subsidy_after", "other", None, "boiler replacement subsidy per household from 1 March (talers and euros)"),
    ("subsidy_budget_before", "other", None, "the subsidy scheme's budget before the rise"),
    ("subsidy_budget_after", "other", None, "the subsidy scheme's budget after the rise"),
    ("boilers_replaced", "count", None, "boilers replaced under the scheme since 2054"),
    ("boilers_replaced_period", "other", None, "period of the boiler count ('in four years')"),
    ("boilers_per_year", "other", None, "boilers replaced per year under the old scheme"),
    ("boilers_funded", "other", None, "boilers the new budget can pay for"),
    ("boilers_funded_share", "other", None, "share of coal homes the new budget covers (vague)"),
    ("coal_homes_left", "other", None, "coal-burning homes left even if the new budget is spent"),
    ("age_hruby", "other", None, "a taxi driver's age"),
    ("hruby_shift", "other", None, "the taxi driver's daily hours"),
    ("class_size", "population", None, "pupils in a teacher's class"),
    ("class_no_printer", "other", None, "share of the class without a printer (vague)"),
    ("smog_days_so_far", "other", None, "days of smog by Wednesday 16 January"),
    ("episode_duration", "other", None, "length of the episode"),
    ("lisk_wednesday", "other", None, "Lisk's daily average on Wednesday"),
    ("lisk_thursday", "other", None, "Lisk's daily average on Thursday"),
    ("lisk_ratio", "other", None, "Lisk's Wednesday average as a multiple of the Sorvian limit"),
    ("lisk_population", "population", None, "population of Lisk"),
    ("lisk_distance", "other", None, "distance from Lisk to Koresk"),
    ("lisk_schools", "count", None, "Lisk schools closed"),
    ("lisk_admissions", "count", None, "extra admissions at Lisk's district hospital"),
    ("lisk_masks", "count", None, "masks a Lisk pharmacist sold"),
    ("market_lookback", "other", None, "look-back to the last cancelled market"),
    ("lisk_days_2050", "other", None, "days over the limit in Lisk in 2050"),
    ("lisk_days_2057", "other", None, "days over the limit in Lisk in 2057"),
    ("taler_rate", "other", None, "talers to the euro"),
    ("heating_share", "other", None, "share of winter fine dust from home heating (agency and coal merchants)"),
    ("traffic_share", "other", None, "share from traffic"),
    ("industry_share", "other", None, "share from industry"),
    ("other_sources_share", "other", None, "share from other sources"),
    ("masks_donated", "count", None, "masks Sorvia delivered"),
    ("wind_speed", "other", None, "expected wind speed"),
    ("relief_time", "other", None, "time the wind should take to break up the cold air"),
    ("quarry_coal_homes", "population", None, "Quarry Hill households burning coal"),
    ("quarry_households", "population", None, "households in Quarry Hill"),
    ("quarry_coal_share", "other", None, "share of Quarry Hill households burning coal"),
    ("quarry_coal_ratio", "other", None, "Quarry Hill's share as a multiple of the city's"),
    ("age_solak", "other", None, "a widow's age"),
    ("solak_years", "other", None, "years the widow has lived in her cottage"),
    ("boiler_cost", "other", None, "price of a gas boiler"),
    ("solak_pension", "other", None, "the widow's monthly pension"),
    ("subsidy_share_of_boiler", "other", None, "share of a boiler's price the subsidy covers"),
    ("subsidy_applications_week", "count", None, "subsidy applications in the week after the episode"),
    ("subsidy_applications_2057", "count", None, "subsidy applications in 2057"),
    ("coal_merchants", "population", None, "members of the Coal Merchants' Association"),
    ("health_cost", "other", None, "cost of the episode's health damage (study; talers and euros)"),
    ("lag_period", "other", None, "weeks after the episode in which extra admissions went on"),
    ("clean_air_fund", "other", None, "national clean air fund (talers and euros)"),
    ("clean_air_fund_period", "other", None, "years over which the fund is spread"),
    ("life_shortened", "other", None, "average loss of life from Koresk's air"),
    ("poll_sample", "population", None, "residents polled"),
    ("poll_coal_ban", "other", None, "share backing a coal heating ban"),
    ("poll_ban_deadline", "other", None, "years within which the ban would apply (poll question)"),
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
