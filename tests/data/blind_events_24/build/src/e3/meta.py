#!/usr/bin/env python3
"""Hand-kept quantity table for e3; writes meta.json beside this file."""
import json
import os

FOLDER = "concord_oil_output_cut"
EVENT = ("Output cut of 1.8 million barrels per day from 1 June agreed by the Concord of Petroleum Exporters at a meeting "
         "in Sarhadan on Sunday 3 May 2048 (fictional), with Oruvia scaling back its share on Wednesday 6 May: the cut "
         "overall and by member, analysts' rival estimates of the real cut, the Marlin Blend price move in dollars and "
         "percent over several days, production before and after, Westria's inventory figures and world stocks, price "
         "forecasts, and the effect on pump prices in Avenland (nationally and in Tollbridge), reported 4-12 May 2048")
NOTES = ("Dates (May 4, June 1, Monday 4 May, the week to May 1), calendar years (2043, 2046), weekdays, 'the first of "
         "June', 'the first quarter', 'third-quarter', 'biggest one-day gain', 'for a day', 'every dollar' / 'each "
         "dollar' (a unit), 'a fortnight', 'a month ago', 'millions of ordinary drivers', 'a few cents', 'said one' and "
         "'those two' are not figures. The announced cut is one quantity through Oruvia's scaling back (1.8 million -> "
         "1,72 / about 1.72 / 1.72 million bpd) and so is Oruvia's share (260,000 -> 180,000); the analysts' estimates "
         "of the real cut (Greyhaven about 1.1 million -> about 950,000, Dalby & Renn as little as 700,000, Castavel "
         "800,000 to 1 million) are a second quantity, rival estimates of one amount distinct from the nominal cut. The "
         "Marlin Blend price is a level reported anew, one quantity across days (Friday's 71.40 before the "
         "announcement, Monday's 77.02 / '$77 a barrel' / 'about 71 euros', Tuesday's 78.10, Wednesday's 76,30, "
         "Friday's 74.60, Monday 11 May's 73.90), as a share price is in earlier corpora; Monday's intraday high "
         "(78.35) is a different statistic; each day's move is its own quantity (Monday's $5.62 and 7.9 per cent, "
         "rounded 'nearly 8%' / 'almost 8 percent' / 'nearly 8 per cent'; Wednesday's 2,3 per cent), while the gain "
         "since before the announcement is a running quantity in dollars (3.20 -> 2.50) and another in percent (9.4 -> "
         "4.5 -> 3.5). The third-quarter price forecasts of Greyhaven ($76 -> $84 -> $81), Dalby & Renn ($80) and "
         "Castavel ($78) are one quantity. Avenland's national average pump prices (unleaded 1.74 -> 1.77 -> 1.78, "
         "diesel 1.83 -> 1.88) are running levels; Tollbridge's own survey (1.74 last Saturday -> 1.79) is a separate, "
         "local level, kept apart from the national 1.74 of equal value. The Automobile Club's forecast for the end of "
         "May (1.82 -> 1.85) is one quantity, distinct from the expected rise of 'up to 8 cents'. Tollbridge's 5-cent "
         "rise and the cab owner's 'five cents a litre' are one quantity. Production before and after the cut (the "
         "group, Zahrun, Tamerra) are different quantities, as are the 2043 and 2046 cuts, demand growth this year and "
         "last, and the retail margin now and a month ago. Oruvia's 80.000-barrel difference is its own quantity. The "
         "rule of thumb of 'about half a cent' per dollar is one quantity in the tabloid and the broadsheet. Tamerra's "
         "75-dollar threshold is a threshold and keeps '='. Optional: ages, the haulier's three generations, the "
         "look-backs 'more than two years' (biggest gain), 'Nine days ago' and 'Within three days', the windows 'five "
         "weeks', 'five-year' (average) and the next meeting's 'six weeks', and the vague shares 'more than half'.")
Q = [
    ["cut_total", "total", None, "group's announced output cut (nominal, revised after Oruvia)"],
    ["cut_zahrun", "part", "cut_total", "Zahrun's share of the cut"],
    ["cut_tamerra", "part", "cut_total", "Tamerra's share of the cut"],
    ["cut_oruvia", "part", "cut_total", "Oruvia's share of the cut (260,000 pledged, 180,000 after its revision)"],
    ["cut_belkara", "part", "cut_total", "Belkara's share of the cut"],
    ["cut_sulmara", "part", "cut_total", "Sulmara's share of the cut"],
    ["cut_others", "part", "cut_total", "the remaining nine members' share of the cut"],
    ["oruvia_difference", "other", None, "difference between Oruvia's pledged and revised cut"],
    ["real_cut", "other", None, "analysts' estimates of the real (effective) cut"],
    ["real_cut_share_world", "other", None, "real cut as a share of world demand"],
    ["cut_share_world", "other", None, "nominal cut as a share of world demand"],
    ["zahrun_tamerra_share", "other", None, "Zahrun's and Tamerra's share of the nominal cut (vague, optional)"],
    ["members", "population", None, "members of the Concord of Petroleum Exporters"],
    ["other_members", "population", None, "members other than the five named"],
    ["group_output_march", "other", None, "group output in March"],
    ["group_share_world", "other", None, "group's share of world supply"],
    ["zahrun_output_before", "other", None, "Zahrun's output before the cut"],
    ["zahrun_output_after", "other", None, "Zahrun's output after the cut"],
    ["tamerra_output_before", "other", None, "Tamerra's output before the cut"],
    ["tamerra_output_after", "other", None, "Tamerra's output after the cut"],
    ["tamerra_output_q1", "other", None, "Tamerra's average output in the first quarter"],
    ["tamerra_cut_pct", "other", None, "Tamerra's cut as a share of its production"],
    ["tamerra_budget_price", "other", None, "oil price assumed in Tamerra's budget"],
    ["tamerra_oil_revenue_share", "other", None, "oil's share of Tamerra's state revenue"],
    ["tamerra_breakeven", "other", None, "price above which the smaller volume is more than compensated (threshold)"],
    ["tamerra_spare", "other", None, "Petrotam's unused capacity"],
    ["spare_activation_days", "other", None, "days Petrotam needs to activate its spare capacity"],
    ["throttled_fields", "count", None, "older Tamerran fields to be throttled"],
    ["petrotam_staff", "population", None, "Petrotam employees"],
    ["tamerra_petrol_price", "other", None, "state-fixed petrol price in Tamerra"],
    ["spare_capacity_group", "other", None, "group's spare capacity after the cut (Greyhaven)"],
    ["marlin_price", "other", None, "Marlin Blend front-month price at the close, day by day (a running level; dollars or euros)"],
    ["marlin_high_may4", "other", None, "Marlin Blend intraday high on Monday 4 May"],
    ["price_move_may4", "other", None, "Marlin Blend's rise on Monday 4 May in dollars"],
    ["price_move_may4_pct", "other", None, "Marlin Blend's rise on Monday 4 May in percent"],
    ["price_move_may6_pct", "other", None, "Marlin Blend's fall on Wednesday 6 May in percent"],
    ["price_change_since_may1", "other", None, "Marlin Blend's gain since Friday 1 May's close, dollars (running)"],
    ["price_change_since_may1_pct", "other", None, "Marlin Blend's gain since Friday 1 May's close, percent (running)"],
    ["gain_lookback", "other", None, "look-back of 'biggest one-day gain' (optional)"],
    ["q3_forecast", "other", None, "banks' and analysts' forecasts of the third-quarter Marlin Blend price"],
    ["cut_2046", "other", None, "the group's 2046 cut"],
    ["cut_2043", "other", None, "the group's 2043 cut"],
    ["zahrun_petroleum_shares", "other", None, "Zahrun Petroleum's share move on Monday 4 May"],
    ["refiner_index_move", "other", None, "Westrian refiners' index move on Monday 4 May"],
    ["belkara_output", "other", None, "Belkara's March output"],
    ["forecourt_lag", "other", None, "how far ahead forecourts buy fuel"],
    ["pump_rise_2046", "other", None, "rise in unleaded after the 2046 cut"],
    ["oversupply", "other", None, "market oversupply according to Zahrun's minister"],
    ["next_meeting_weeks", "other", None, "weeks until the next meeting (optional)"],
    ["stock_build_weeks", "count", None, "weeks of the past five in which Westrian crude stocks rose"],
    ["stock_window", "other", None, "window of the stock-build count (optional)"],
    ["westria_crude_draw", "other", None, "fall in Westria's crude stocks in the week to May 1"],
    ["westria_crude_stocks", "other", None, "Westria's crude stocks after that week"],
    ["westria_draw_expected", "other", None, "draw analysts expected"],
    ["draw_vs_expected", "other", None, "actual draw as a multiple of the expected draw"],
    ["westria_gasoline_build", "other", None, "rise in Westria's petrol stocks that week"],
    ["world_demand", "other", None, "world oil demand this year (Energy Watch Council)"],
    ["demand_growth", "other", None, "growth in world oil demand this year"],
    ["demand_growth_2047", "other", None, "growth in world oil demand last year"],
    ["oecd_stocks", "other", None, "commercial oil stocks in the industrialised economies"],
    ["stocks_vs_average", "other", None, "those stocks below their five-year average"],
    ["stocks_avg_window", "other", None, "window of the average (optional)"],
    ["announcement_lookback", "other", None, "look-back to the announcement (optional)"],
    ["oruvia_revision_days", "other", None, "days between the meeting and Oruvia's revision (optional)"],
    ["unleaded_avg", "other", None, "Avenland national average unleaded price (running level)"],
    ["diesel_avg", "other", None, "Avenland national average diesel price (running level)"],
    ["pump_forecast", "other", None, "Avenland Automobile Club's forecast of unleaded by the end of May"],
    ["pump_rise_forecast", "other", None, "expected rise in pump prices"],
    ["tank_extra_cost", "other", None, "extra cost of filling a 55-litre tank"],
    ["tank_size", "other", None, "typical family car's tank"],
    ["pass_through", "other", None, "rule of thumb: pump price rise per dollar on a barrel"],
    ["barrel_litres", "other", None, "litres in a barrel"],
    ["fuel_duty", "other", None, "Avenland fuel duty"],
    ["vat_rate", "other", None, "Avenland VAT rate"],
    ["tax_share", "other", None, "tax share of the pump price (vague, optional)"],
    ["pardoe_age", "other", None, "Kev Pardoe's age (optional)"],
    ["pardoe_fills", "other", None, "Kev Pardoe's fill-ups a week"],
    ["pardoe_spend", "other", None, "Kev Pardoe's weekly diesel spend"],
    ["pardoe_children", "population", None, "Kev Pardoe's children"],
    ["tollbridge_unleaded", "other", None, "average unleaded price at Tollbridge forecourts (Mercury survey; running level)"],
    ["tollbridge_unleaded_rise", "other", None, "rise in Tollbridge unleaded over the week"],
    ["tollbridge_diesel", "other", None, "average diesel price at Tollbridge forecourts"],
    ["tollbridge_cheapest", "other", None, "cheapest unleaded in Tollbridge"],
    ["tollbridge_dearest", "other", None, "dearest unleaded in Tollbridge"],
    ["tollbridge_stations", "population", None, "Tollbridge filling stations surveyed"],
    ["retail_margin", "other", None, "retail margin on a litre of unleaded now"],
    ["retail_margin_april", "other", None, "retail margin a month ago"],
    ["ostler_lorries", "population", None, "Ostler Freight's lorries"],
    ["ostler_diesel_bill", "other", None, "Ostler Freight's weekly diesel bill"],
    ["ostler_extra_cost", "other", None, "extra weekly cost from the latest rise"],
    ["ostler_generations", "other", None, "generations of the Ostler family in the business (optional)"],
    ["tollbridge_cabs", "population", None, "Tollbridge Cabs' cars"],
    ["fare_rise_request", "other", None, "fare rise requested by Tollbridge Cabs"],
    ["cab_litres_per_shift", "other", None, "fuel burned in a full cab shift"],
    ["cab_extra_per_shift", "other", None, "extra fuel cost per shift"],
    ["penwarden_age", "other", None, "Hugh Penwarden's age (optional)"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
