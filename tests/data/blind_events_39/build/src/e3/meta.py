#!/usr/bin/env python3
"""Hand-kept table of the quantities of the Brastova blackout event; writes meta.json beside it."""
import json
import os

FOLDER = "brastova_blackout"
EVENT = ("Blackout across four regions of Brastova (fictional) that began at 5.47pm on Tuesday 14 January 2059, when "
         "a wrongly set protection relay at the Kessel substation tripped a line and nine power stations "
         "disconnected within 12 seconds; the last customers were reconnected at 11.40pm on Saturday 18 January; the "
         "energy regulator's interim report followed on 27 February: customers and people cut off (operator, "
         "consumer league and regulator), running counts of those still without power, regional subtotals, deaths "
         "and carbon monoxide poisonings, transport, hospitals, neighbouring Lovrenia's emergency supply, the cost "
         "in rival estimates (thalers and euros), compensation raised by decision, and the blackout of 2041; "
         "reported 15 January - 4 March 2059")
NOTES = (
    "The customers cut off at the peak are one quantity through Stellnet's 3.1 million, the Power Users' League's "
    "3.6 million and the regulator's about 3.34 million (rounded to '3.3 million' in the broadsheet's headline, '=' as "
    "printed); the people affected are another (the government's about 6.8 million, the regulator's about 7.1 "
    "million). The customers still without power are one running count (1.4 million at midnight, about 610,000 on "
    "Wednesday morning, 88,000 on Wednesday night, 21,000 on Thursday evening), with Dunholt's 14,800 on Friday "
    "morning as a part; the four regional counts at the peak are parts of the peak. Dunholt's 610,000 customers cut "
    "off and the 610,000 still without power nationally on Wednesday morning are equal values of different "
    "quantities. The deaths are one running count (at least two -> four -> five -> six -> seven), with Dunholt's "
    "three, the carbon-monoxide deaths (two -> three) and the one added by the coroners as parts; the poisonings "
    "treated in hospital run about 150 -> 212 -> 231. The outage's length is one quantity in hours and in days "
    "(almost 102 hours, almost four and a quarter days), and the compensation threshold one quantity in hours and "
    "in the tabloid's 'half a day'. The compensation per household (60 thalers -> 150 thalers) is an amount changed "
    "by decision, so one quantity; the opposition's demand for at least 500 is its own. The economic cost is one "
    "quantity through the Chamber of Industry's 2.4 billion thalers, the government's 1.5 billion and the "
    "regulator's about 1.9 billion, with euro conversions at 5 thalers to the euro. Lovrenia's emergency supply is "
    "one quantity whether written 'up to 1.200 megawatts' (a measurement, '<=') or '1,200 megawatts'. Temperatures "
    "written 'minus N' take the value -N: the sign belongs to the number, unlike 'below' or 'fell'. The blackout "
    "of 2041 is its own set of quantities. Emphatic 'one' ('One wrong setting', 'one question'), 'a single relay', "
    "'the two grids', 'the two governments', vague words ('several days', 'hundreds', 'tens of thousands') and "
    "ordinals ('a second generator', 'the first morning') are not figures; look-backs ("
    "'Seven weeks after', 'Eighteen years later') and ages are optional.")
Q = [
    ["customers_out_peak", "total", None, "Brastovan homes and businesses cut off at the peak (operator, consumer league, regulator)"],
    ["customers_out_varna", "part", "customers_out_peak", "customers cut off in Upper Varna"],
    ["customers_out_ossel", "part", "customers_out_peak", "customers cut off in Ossel"],
    ["customers_out_dunholt", "part", "customers_out_peak", "customers cut off in Dunholt"],
    ["customers_out_merrow", "part", "customers_out_peak", "customers cut off in Merrow Vale"],
    ["customers_out", "total", None, "customers still without power (running count after the peak)"],
    ["customers_out_dunholt_later", "part", "customers_out", "Dunholt customers still without power on Friday morning"],
    ["dunholt_share_of_remaining", "other", None, "Dunholt's share of those still without power on Friday (vague, optional)"],
    ["regions_hit", "count", None, "regions hit by the blackout"],
    ["people_out", "count", None, "people affected by the blackout (government and regulator estimates)"],
    ["people_out_share", "other", None, "people affected as a share of the population (vague, optional)"],
    ["country_pop", "population", None, "Brastova's population"],
    ["temp_zandor", "other", None, "temperature in Zandor on the night of the blackout"],
    ["temp_dunholt", "other", None, "lowest temperature in the Dunholt hills"],
    ["temp_dunholt_town", "other", None, "temperature in Dunholt town on Tuesday night"],
    ["deaths", "total", None, "people who died because of the blackout (running count)"],
    ["deaths_dunholt", "part", "deaths", "deaths in Dunholt"],
    ["co_deaths", "part", "deaths", "deaths from carbon monoxide poisoning"],
    ["deaths_added", "part", "deaths", "death added by the coroners after January"],
    ["co_poisoned", "total", None, "people treated in hospital for carbon monoxide poisoning (running count)"],
    ["co_poisoned_dunholt", "part", "co_poisoned", "carbon monoxide patients treated at Dunholt General"],
    ["cascade_seconds", "other", None, "time from the first trip to the loss of the nine power stations"],
    ["stations_tripped", "total", None, "power stations that disconnected"],
    ["stations_wrong_settings", "part", "stations_tripped", "power stations that disconnected earlier than the grid code allows"],
    ["mw_lost", "other", None, "generation lost in the cascade"],
    ["mw_lost_share", "other", None, "generation lost as a share of demand"],
    ["demand", "other", None, "demand at the moment of the failure"],
    ["metro_trains", "count", None, "Zandor metro trains stopped"],
    ["metro_passengers", "count", None, "metro passengers led out on foot"],
    ["metro_walk", "other", None, "longest walk of metro passengers along the tracks"],
    ["kral_walk", "other", None, "one commuter's walk through the tunnels"],
    ["traffic_lights", "count", None, "junctions whose traffic lights failed"],
    ["trains_stopped", "count", None, "trains stopped nationwide"],
    ["rail_passengers", "count", None, "rail passengers stranded"],
    ["hospitals_generators", "count", None, "hospitals that switched to generators"],
    ["zandor_restore_hours", "other", None, "time to restore power to central Zandor"],
    ["lovrenia_mw", "other", None, "Lovrenia's emergency supply through the cross-border line"],
    ["lovrenia_supply_hours", "other", None, "duration of Lovrenia's emergency supply"],
    ["lovrenia_mwh", "other", None, "energy Lovrenia delivered"],
    ["lovrenia_energy_value", "other", None, "value of the energy Lovrenia delivered"],
    ["interconnector_capacity", "other", None, "capacity of the existing cross-border line"],
    ["interconnector_used_share", "other", None, "share of the line's capacity used"],
    ["lovrenia_demand", "other", None, "Lovrenian demand on Tuesday evening"],
    ["lovrenia_customers_out", "count", None, "Lovrenian customers cut off"],
    ["lovrenia_minutes", "other", None, "duration of the Lovrenian cut"],
    ["comp_threshold", "other", None, "outage length above which compensation is paid (hours or days)"],
    ["compensation", "other", None, "compensation per household for outages over 12 hours (by law, then raised)"],
    ["comp_multiple", "other", None, "multiple by which the compensation was raised"],
    ["comp_demand", "other", None, "compensation the opposition demanded"],
    ["comp_households", "total", None, "households qualifying for compensation"],
    ["comp_households_dunholt", "part", "comp_households", "Dunholt households qualifying for compensation"],
    ["comp_total", "other", None, "total cost of the compensation"],
    ["customers_2041", "other", None, "customers cut off in the 2041 blackout"],
    ["hours_2041", "other", None, "longest outage in the 2041 blackout"],
    ["vs_2041_multiple", "other", None, "multiple of the 2041 blackout's customers"],
    ["lookback_weeks", "other", None, "weeks since the blackout (optional look-back)"],
    ["lookback_years", "other", None, "years since the 2041 inquiry (optional look-back)"],
    ["outage_duration", "other", None, "time until the last customers were reconnected (hours or days)"],
    ["lenka_hours", "other", None, "hours a mother spent without heat"],
    ["night_train_hours", "other", None, "hours the night train was stuck"],
    ["night_train_passengers", "count", None, "passengers on the stuck night train"],
    ["age_lisk", "other", None, "age of a student (optional)"],
    ["blankets_each", "other", None, "blankets handed to each night-train passenger"],
    ["lift_rescues", "count", None, "people freed from stuck lifts in Zandor"],
    ["lift_hours", "other", None, "time a pensioner was trapped in a lift"],
    ["pizza_count", "other", None, "takeaway pizzas the payout would buy"],
    ["stellnet_dividend", "other", None, "dividend Stellnet paid last year"],
    ["kovanic_pay", "other", None, "pay of Stellnet's chief executive"],
    ["econ_cost", "other", None, "cost of the blackout to the economy (Chamber, government, regulator; thalers and euros)"],
    ["fx_rate", "other", None, "thalers per euro"],
    ["lorries", "count", None, "Lovrenian lorries held at the border"],
    ["lorry_wait", "other", None, "longest wait of lorries at the border"],
    ["haulier_losses", "other", None, "Lovrenian hauliers' losses"],
    ["embassy_calls", "count", None, "calls to the Lovrenian embassy"],
    ["lovrenians_in_brastova", "population", None, "Lovrenians living in Brastova"],
    ["import_capacity_share", "other", None, "Brastova's import capacity as a share of peak demand"],
    ["import_target", "other", None, "European target for import capacity"],
    ["second_line_mw", "other", None, "capacity of the planned second line to Lovrenia"],
    ["second_line_cost", "other", None, "cost of the planned second line (euros and thalers)"],
    ["poles_broken", "count", None, "poles broken by ice in Dunholt"],
    ["last_homes", "count", None, "last homes reconnected above Brask"],
    ["brask_line_breaks", "count", None, "places where ice broke the Brask line"],
    ["hospital_minutes", "other", None, "time Dunholt General's generator failed"],
    ["icu_patients", "count", None, "intensive-care patients kept breathing by hand"],
    ["warming_centres", "count", None, "warming centres opened in Dunholt"],
    ["warming_people", "count", None, "people sheltered in Dunholt's warming centres on Wednesday night"],
    ["soldiers", "count", None, "soldiers sent to Dunholt's hill villages"],
    ["generators_lent", "count", None, "generators lent by the army"],
    ["engineers", "total", None, "Stellnet engineers brought into Dunholt"],
    ["engineers_ossel", "part", "engineers", "engineers brought from Ossel"],
    ["lines_checked", "other", None, "local lines checked in Dunholt"],
    ["schools_closed_dunholt", "count", None, "Dunholt schools still shut on Friday"],
    ["milk_dumped", "other", None, "milk poured away by Dunholt dairy farmers"],
    ["relay_setting", "other", None, "setting of the Kessel relay relative to the intended current"],
    ["freq_normal", "other", None, "normal grid frequency"],
    ["freq_low", "other", None, "lowest grid frequency in the cascade"],
    ["municipal_distributors", "population", None, "small municipal distributors left out of Stellnet's count"],
    ["fine_max_share", "other", None, "maximum fine as a share of revenue (rule)"],
    ["stellnet_revenue", "other", None, "Stellnet's yearly revenue"],
    ["fine_max", "other", None, "maximum fine Stellnet could face"],
    ["substations", "population", None, "Stellnet substations"],
    ["check_deadline", "other", None, "deadline for checking protection settings"],
    ["substations_checked", "count", None, "substations checked so far"],
    ["relays_wrong", "count", None, "relays found set wrongly so far"],
    ["battery_target", "other", None, "battery storage the regulator wants"],
    ["invest_plan", "other", None, "Stellnet's investment plan"],
    ["invest_years", "other", None, "period of the investment plan"],
    ["invest_plan_share_increase", "other", None, "increase of the plan over the previous decade"],
    ["age_man", "other", None, "age of a man who died in Ossel (optional)"],
    ["age_man2", "other", None, "age of a man who died in Merrow Vale (optional)"],
    ["age_man3", "other", None, "age of a man who died in Dunholt town (optional)"],
    ["age_man4", "other", None, "age of a man who died in Upper Varna (optional)"],
    ["age_lendl", "other", None, "age of a woman who died in Hollin (optional)"],
    ["age_vesely", "other", None, "age of a farmer who died in Brask (optional)"],
    ["age_lenka", "other", None, "age of a mother (optional)"],
    ["age_baby", "other", None, "age of her son (optional)"],
    ["age_kral", "other", None, "age of a commuter (optional)"],
    ["mum_children", "other", None, "a mother's children (optional)"],
]
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
