#!/usr/bin/env python3
"""Hand-kept quantity table for event e1; writes meta.json beside it."""
import json
import os

FOLDER = "velloran_drought_restrictions"
EVENT = ("Drought in the Velloran basin of Pelmark (fictional), summer 2049: Caltrow Water's hosepipe ban for "
         "1.6 million households from Friday 6 August 2049, announced on Tuesday 3 August and extended to its "
         "northern zone on Monday 16 August; weekly reservoir readings from 38 to 31 percent of capacity (in "
         "percent and in cubic metres), rainfall against the average, daily use per person, reports of breaches "
         "and fines, a request to import water from neighbouring Lidravia, the Sennick Point desalination plant's "
         "capacity and (revised) cost, the utility's leakage against a campaign group's estimate, and the revised "
         "end-of-September forecast, reported 3-25 August 2049")
NOTES = (
    "Dates (Aug 3, July 29, Monday 16 August ...), the years 2037, 2041, 2052 and 2053, clock times (8am, 8pm) and "
    "weekdays are not figures; 'a fortnight' (the ban's review, in the tabloid) is not a figure while the wire's "
    "'every two weeks' is (blind_events_24's convention on 'a fortnight'). "
    "Caltrow's combined reservoir stocks are one running quantity (res_level) across the weekly readings (38% on "
    "2 Aug, 35% on 9 Aug, 32% on 16 Aug, 31% on 23 Aug) and in both units: a reading in cubic metres (80.6, 74,2, "
    "about 67.8, 65.7 million) is the same amount as the percentage of the 212 million cubic metre capacity, in "
    "other words, like a conversion. The capacity itself is a population. The long-term average for early August "
    "(78%; the tabloid's optional 'more than three-quarters') and for late August (about 72%) are different "
    "quantities, as is the level a year earlier (71%) and in 2037 (19%). Corrimere's and Ystrel's own levels are "
    "separate running quantities (29 -> 22; 46 -> 39); they are not made parts of res_level because they are "
    "percentages of different capacities. The weekly falls (one point in the last week, about three points in "
    "each earlier week) and the seven-point fall over the month are distinct quantities. "
    "The end-of-September forecast is one quantity holding Caltrow's successive forecasts (about 22 -> 18 -> 24) "
    "and the hydrologist's rival range 'between 15 and 20 per cent' (a revised forecast and a rival estimate of "
    "one amount). The 25% drought-order trigger and Ystrel's 40% trigger are rules, written exactly ('='). "
    "Households under the ban are one running quantity (1.6 million -> 2.12 million -> 'more than two million'; "
    "the headline's '1.6 million homes' and the fact box's '1.6m'); the northern extension (520,000) is a part of "
    "it and Pollendray's 74,000 households are a part of the extension (the local paper says they came under the "
    "ban with it), rather than a population, because they are counted as households brought under the ban. "
    "Caltrow's 2.3 million households and about 5.1 million people are populations. "
    "Reports to the hotline (1,100 -> 2.600 -> 5,200 -> more than 7,000) and fines issued (six -> 14 -> 37 -> 61) "
    "are running counts; Pollendray's nine fines are a part of the fines. The tabloid headline's '1,100 neighbours "
    "shopped' has no hedge and keeps '='; the body's 'more than 1,100 neighbours' is '>'. "
    "The maximum fine 'up to 1,000 ducals' is a rule and keeps '='; its conversion 'about 450 euros' is the same "
    "quantity, as is the fixed penalty of 150 ducals and its bracketed '68 euros' (no hedge, so '=' though "
    "rounded). The household's possible saving 'up to 90 ducals' is an estimate and keeps '<='. "
    "Daily use per person: the normal 148 litres, the heatwave's 176, the 130-litre target and use since the ban "
    "(158 -> 152 -> 141, one running quantity) are four quantities; Pollendray's 139 and Lidravia's 121 are other "
    "places. The same number 148 appears as millimetres of rain (March-July) and as litres per person; they are "
    "different quantities. "
    "Leakage: Caltrow's 187 million litres a day and the Velloran Rivers Trust's rival 'about 210 million litres' "
    "are one quantity (rival estimates of one amount), and the tabloid's '75 Olympic swimming pools' is the same "
    "amount in other words; the shares 23% (company) and 26% (trust) are one quantity of their own, with the "
    "wire's 'almost a quarter' optional (vague share). Leakage is made a part of the water put into supply on an "
    "ordinary summer day ('about 812 million litres'), since the wire gives the 23% as a share of it. The gap "
    "between the two leakage estimates (some 23 million litres) and its household equivalent are distinct "
    "quantities. "
    "The desalination plant's capacity (150,000 cubic metres a day) and the broadsheet's '150 million litres' are "
    "one quantity (conversion); its cost is one quantity revised from 640 to 730 million ducals, with the "
    "translated copy's 'about 288 million euros' as a conversion. The translated copy's 'almost three times' "
    "(the plant against the Mavren pipeline) is a ratio figure. "
    "The rainfall shares (41% of average since March, repeated in four articles) are one quantity, distinct from "
    "the millimetres (148 against an average of 361). '112 years of records', the 'five months' of March-July, "
    "the drought's 'fifth month', the ban's 'first three days', and the look-backs 'ten days after', 'two weeks "
    "earlier', 'three weeks earlier' and 'three weeks' (twice in the broadsheet) are optional (windows and "
    "look-backs); ages (73, 36) and Menck's forty years of gardening are optional. "
    "'back up to 34C' is a forecast temperature, not a bound ('up to' means 'rising to'), so it is '='; 'over 11 "
    "hours' is a duration ('='). The CEO's pay package (1.2 million ducals) is a total with the 310,000-ducal "
    "bonus as its part.")

# [id, role, part_of, description]
Q = [
    ["res_level", "other", None, "Caltrow's combined reservoir stocks, running weekly reading (percent of capacity and cubic metres)"],
    ["res_capacity", "population", None, "combined capacity of Caltrow's reservoirs (212 million cubic metres)"],
    ["reservoir_count", "population", None, "number of Caltrow's reservoirs"],
    ["res_avg", "other", None, "long-term average reservoir level for the start of August"],
    ["res_avg_late_aug", "other", None, "long-term average reservoir level for late August"],
    ["res_lastyear", "other", None, "reservoir level a year earlier (early August 2048)"],
    ["res_2037_low", "other", None, "lowest reservoir level in the 2037 drought"],
    ["res_forecast", "other", None, "forecast reservoir level at the end of September 2049 (Caltrow's successive forecasts and the hydrologist's rival range)"],
    ["res_level_weekly_fall", "other", None, "fall in combined stocks in the week to Monday 23 August (percentage points)"],
    ["res_level_weekly_fall_earlier", "other", None, "weekly fall in combined stocks in each of the three earlier weeks of August"],
    ["res_level_change_aug", "other", None, "fall in combined stocks from the start of August to 23 August (percentage points)"],
    ["res_fall_weeks", "other", None, "look-back: the previous three weeks (optional)"],
    ["res_change_weeks", "other", None, "window of the August fall: three weeks (optional)"],
    ["corrimere_capacity", "population", None, "capacity of the Corrimere reservoir"],
    ["corrimere_level", "other", None, "Corrimere reservoir level, running (percent of its capacity)"],
    ["ystrel_level", "other", None, "Ystrel reservoir level, running (percent of its capacity)"],
    ["ystrel_capacity", "population", None, "capacity of the Ystrel reservoir"],
    ["ystrel_trigger", "other", None, "rule: Ystrel level below which the ban extends to the northern zone"],
    ["ystrel_towns", "population", None, "other towns supplied by Ystrel besides Pollendray"],
    ["ystrel_lookback_weeks", "other", None, "look-back to the Ystrel reading two weeks earlier (optional)"],
    ["drought_order_trigger", "other", None, "rule: stock level below which Caltrow may seek an emergency drought order"],
    ["records_years", "other", None, "length of the rainfall record (optional)"],
    ["rain_spring", "other", None, "rainfall in the Velloran basin March-July 2049 (mm)"],
    ["rain_spring_avg", "other", None, "average March-July rainfall in the basin (mm)"],
    ["rain_spring_pct", "other", None, "March-July rainfall as a percentage of the average"],
    ["rain_spring_months", "other", None, "the five months March-July (optional)"],
    ["rain_july", "other", None, "rainfall in July 2049 (mm)"],
    ["rain_july_avg", "other", None, "average July rainfall (mm)"],
    ["rain_weekend_ardesse", "other", None, "rain at Ardesse over the weekend of 20-22 August (mm)"],
    ["rain_weekend_basin", "other", None, "average rain across the basin over that weekend (mm)"],
    ["rain_absorbed_share", "other", None, "share of the weekend rain absorbed by dry soils"],
    ["rain_needed_pct", "other", None, "rainfall needed through autumn and winter to refill, as percent of average"],
    ["drought_months", "other", None, "the drought's fifth month (optional)"],
    ["ban_households", "total", None, "households under the hosepipe ban (running: 1.6 million, then 2.12 million after the northern extension)"],
    ["ban_ext_households", "part", "ban_households", "households added by the northern extension on 16 August"],
    ["pollendray_households", "part", "ban_ext_households", "Pollendray's households, brought under the ban by the extension"],
    ["ban_ext_delay_days", "other", None, "days between the start of the ban and its extension (optional look-back)"],
    ["customers_households", "population", None, "households Caltrow supplies"],
    ["people_served", "population", None, "people Caltrow supplies"],
    ["ban_2037_weeks", "other", None, "duration of the 2037 hosepipe ban"],
    ["ban_2037_households", "count", None, "households under the 2037 ban"],
    ["ban_days_elapsed", "other", None, "the ban's first three days (optional window)"],
    ["review_interval", "other", None, "interval at which the ban is reviewed"],
    ["fine_max", "other", None, "rule: maximum fine for breaking the ban (ducals, with euro conversion)"],
    ["fine_fixed", "other", None, "fixed penalty for a first offence (ducals, with euro conversion)"],
    ["breach_reports", "count", None, "reports of suspected breaches to Caltrow's hotline, running"],
    ["fines_issued", "total", None, "fines issued for breaches, running"],
    ["pollendray_fines", "part", "fines_issued", "fines issued in Pollendray on 16-17 August"],
    ["fines_total_value", "other", None, "value of all fines issued by 25 August"],
    ["inspectors", "population", None, "Caltrow's inspectors on the road"],
    ["inspectors_new", "count", None, "inspectors being recruited"],
    ["use_normal", "other", None, "normal daily use per person (litres)"],
    ["use_heatwave", "other", None, "daily use per person during the July heatwave"],
    ["use_target", "other", None, "target daily use per person during the ban"],
    ["use_after", "other", None, "daily use per person since the ban began, running"],
    ["pollendray_use", "other", None, "daily use per person in Pollendray"],
    ["lid_use", "other", None, "daily use per person in Lidravia"],
    ["demand_peak", "other", None, "peak demand on 29 July (litres a day)"],
    ["demand_normal", "total", None, "water put into supply on an ordinary summer day"],
    ["demand_lastweek", "other", None, "average demand in the week to 23 August"],
    ["temp_record", "other", None, "national record temperature at Ardesse on 29 July"],
    ["temp_forecast", "other", None, "temperature forecast for Thursday 12 August"],
    ["dry_outlook_days", "other", None, "days with no proper rain in sight (forecast of 9 August)"],
    ["desal_capacity", "other", None, "capacity of the Sennick Point desalination plant (cubic metres or litres a day)"],
    ["desal_cost", "other", None, "estimated cost of the desalination plant (revised; with euro conversion)"],
    ["desal_build_years", "other", None, "time to build the desalination plant"],
    ["desal_vs_mavren_ratio", "other", None, "ratio of the plant's capacity to the Mavren pipeline's"],
    ["desal_brine", "other", None, "salty water the plant would return to the sea each day"],
    ["desal_share_demand", "other", None, "plant's output as share of normal summer demand (vague, optional)"],
    ["desal_people", "other", None, "people the plant could supply"],
    ["desal_solar", "other", None, "capacity of the solar farm added to the plant"],
    ["desal_energy", "other", None, "the plant's power use per cubic metre"],
    ["avg_bill", "other", None, "average annual water bill"],
    ["bill_rise", "other", None, "expected rise in the average bill once the plant is built (ducals)"],
    ["bill_rise_pct", "other", None, "expected rise in the average bill (percent)"],
    ["leak_volume", "part", "demand_normal", "Caltrow's leakage, litres a day (company figure and campaign group's rival estimate; pools as restatement)"],
    ["leak_share", "other", None, "leakage as share of water put into supply (company 23%, campaign group 26%)"],
    ["leak_estimate_gap", "other", None, "difference between the two leakage estimates"],
    ["leak_gap_households", "other", None, "households whose use equals that difference"],
    ["leak_target", "other", None, "regulator's leakage target for 2052"],
    ["leak_investment", "other", None, "Caltrow's planned leakage spending"],
    ["leak_investment_years", "other", None, "period of the planned spending"],
    ["leak_fine_2048", "other", None, "regulator's fine for missing the 2048 leakage target"],
    ["mains_length", "population", None, "length of Caltrow's mains"],
    ["mains_old", "population", None, "length of mains more than 80 years old"],
    ["mains_old_age", "other", None, "age threshold for old mains"],
    ["leaks_repaired_week", "count", None, "leaks repaired in a week (running: week to 8 Aug 1,900; week to 15 Aug 2,400)"],
    ["extra_leak_crews", "count", None, "extra crews moved to leak repairs"],
    ["harrow_burst_litres", "other", None, "water lost from the Harrow Street burst"],
    ["harrow_burst_hours", "other", None, "duration of the Harrow Street burst"],
    ["harrow_leak_reported_weeks", "other", None, "look-back to the earlier report of the leak (optional)"],
    ["ceo_pay", "total", None, "chief executive's pay package last year"],
    ["ceo_bonus", "part", "ceo_pay", "chief executive's bonus last year"],
    ["sallow_flow_pct", "other", None, "river Sallow's flow as percent of usual August flow"],
    ["irrigation_cut", "other", None, "cut in irrigation licences"],
    ["farms_affected", "count", None, "farms affected by the irrigation cut"],
    ["import_request", "other", None, "water Pelmark asked Lidravia for (cubic metres a day)"],
    ["import_days", "other", None, "maximum duration of the requested import"],
    ["import_price", "other", None, "treaty price per cubic metre"],
    ["import_revenue_daily", "other", None, "daily revenue for Vodra from the import"],
    ["mavren_capacity", "population", None, "capacity of the Mavren pipeline"],
    ["import_2037", "count", None, "water sent through the Mavren pipeline in 2037"],
    ["import_2037_weeks", "other", None, "duration of the 2037 transfer"],
    ["exchange_rate", "other", None, "exchange rate, euros per ducal"],
    ["lid_res_level", "other", None, "Lidravia's reservoir level"],
    ["lid_rain_pct", "other", None, "rainfall since March on the Lidravian side, percent of average"],
    ["lid_leak_share", "other", None, "Vodra's leakage share"],
    ["lid_holiday_owners", "population", None, "Lidravians with holiday homes in southern Pelmark"],
    ["mavren_farms", "population", None, "farms represented by the Mavren valley farmers' union"],
    ["horvat_well_depth", "other", None, "depth of Milena Horvat's well"],
    ["age_menck", "other", None, "age of Tobiah Menck (optional)"],
    ["menck_hose_minutes", "other", None, "minutes Menck used his hose"],
    ["menck_garden_years", "other", None, "years Menck has grown beans (optional)"],
    ["age_wren", "other", None, "age of Alys Wren (optional)"],
    ["wren_children", "population", None, "Alys Wren's children"],
    ["wren_pool", "other", None, "capacity of Wren's paddling pool"],
    ["wren_neighbour_pool_ratio", "other", None, "neighbour's pool against Wren's"],
    ["meter_saving", "other", None, "possible saving for metered households"],
    ["calls_monday", "count", None, "calls to Caltrow's customer line on Monday 16 August"],
    ["allotment_plots", "population", None, "plots at the Hessock allotments"],
    ["allotment_standpipes", "population", None, "standpipes at the allotments"],
    ["allotment_butts", "population", None, "water butts put out at the allotments"],
    ["garden_centre_sales_fall", "other", None, "fall in plant sales at Greenlow Garden Centre"],
    ["garden_centre_staff", "population", None, "staff of the garden centre"],
    ["garden_centre_staff_cut", "count", None, "staff whose hours were cut"],
    ["pool_loss", "other", None, "daily water loss of Pollendray's outdoor pool"],
    ["bowls_green_water", "other", None, "daily water need of the bowls greens"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
