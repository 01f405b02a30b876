#!/usr/bin/env python3
"""Hand-kept quantity table for event e3; writes meta.json beside it."""
import json
import os

FOLDER = "tarvick_mine_collapse"
EVENT = ("Roof collapse in the North Four district of Dravell Mining's Tarvick coal colliery near Kessenby, "
         "Sallendra (fictional), at about 11.40 p.m. on Tuesday 11 January 2050: miners trapped (the company's 25 "
         "against the union's 27, accepted on Thursday 13 January), two killed in the collapse, 24 found alive in a "
         "refuge chamber and three missing, the depth (more than 600, 620, nearly 700 metres), the rescue shaft's "
         "progress over 170 metres from the 450-metre level and the clearing of the fallen roadway (about 85, "
         "then 91 metres), the air supply, the rescue of all 24 from the chamber on the night of 16-17 January, "
         "the company's five dead against the union's six, the mine's workforce and output, compensation, the "
         "2048 fine and earlier accidents, reported 12-21 January 2050")
NOTES = (
    "Dates, weekdays, the years 2038, 2043, 2046 and 2048 and clock times (11.40 p.m., 'at ten', 2.15am, 10am, "
    "9.05pm, 7.50pm, 6.40am) are not figures; ordinals ('the sixth', 'the first man', 'the third') are not "
    "figures; 'those two men' and 'One of those two men' in the broadsheet are pronoun uses, and 'most' "
    "neighbouring countries is vague without a number. "
    "Miners trapped is one quantity holding the rival counts (the company's 25, the union's 27) and the company's "
    "acceptance of 27 on Thursday; restatements of the first count ('firm first said 25', 'spoke about 25 "
    "miners', 'With 25 men') belong to it. In the translated copy 'spoke about 25 miners' means 'spoke of', so "
    "'about' is not a hedge there and the figure is '='. It is a part of the 118 people underground (the "
    "company's own arithmetic: 91 evacuated + 25 trapped + 2 killed). The two contractors, the three missing "
    "and the six Vostranians are parts of it; the contractor who died and the Vostranian contractor are parts of "
    "the contractors, the five Vostranians in the chamber a part of the six. "
    "The 24 found alive in the refuge chamber (Thursday to Sunday) and the 24 brought up alive (the local "
    "headline's 'Twenty-four times the bell rang', 'It rang 24 times', the broadsheet's capsule that rose '24 "
    "times') are the same men but are annotated as two quantities: a status count during the rescue against "
    "its outcome; the bell and capsule trips count the men rescued, one trip per man, so they are figures of "
    "the rescued. Melnik's '24 men' sharing 40 litres refers to the chamber. "
    "Dead: the two killed in the collapse are one quantity across all five articles (the wire's headline "
    "'two', 'Two miners', 'the two dead men'; the fact box's 'Killed in collapse: 2'); the death toll is one "
    "quantity holding the company's five and the union's six (rival counts; the union adds a rescuer who "
    "died after a heart attack), with the two killed as a part; the two missing men found dead on Monday are a "
    "part of the missing. "
    "Depth: 'more than 600 metres', the company's 620 and the union's 'nearly 700 metres' are rival estimates "
    "of one depth; the tabloid headline's '620M' and the fact box's 'Depth: 620m' belong to it. The 450-metre "
    "level (the rescue shaft's top) is a different quantity. The rescue shaft's length (170 metres) is distinct "
    "from its running progress (48 -> 112 metres) and from the distance still to drill (58 metres, a different "
    "quantity though it is 170 - 112). The roadway fall's length is one quantity revised from 'about 85 metres' "
    "to 91 metres; the clearing progress (12 -> 37 -> 52 metres) is a running quantity. "
    "Air: the union's 'no more than a day' and the tabloid's 'within a day' are one estimate of how long the "
    "chamber's air would last (value 1, unit days, '<='); the chamber's design (20 men for 36 hours) gives two "
    "other quantities. Rescuers are a running count ('About 120' -> 'More than 160', 'Rescuers: 160+'). "
    "The underground temperature ('around 31 degrees Celsius', 'about 31 degrees', 'more than 30 degrees') is one "
    "quantity. Annual output (3.1 million tonnes, the tabloid's 'more than 3 million tonnes') is one quantity; "
    "the daily output (about 8,500 tonnes) and the output lost (some 76,000 tonnes) are others; the wire's "
    "'about a fifth' of national output is an optional vague share. The 2048 fine is one quantity with its euro "
    "conversions ('about 44.000 euros', 'about 44,000 euros'); so is the rescue cost (3.8 million korens, about "
    "700,000 euros) and the miner's wage (9.800 korens, about 1.800 euros). "
    "Rules written exactly keep '=': the methane limit 'up to 1 percent', the check interval of seven days and "
    "the inquiry's deadline 'within six months' (a promised deadline, not an observed duration), whereas the "
    "evacuation 'within four hours' is an observed duration and keeps '<='. "
    "Optional: ages (23, 44 twice, 19, 61, 41, 34, 58, 29, 47, and the '34-year-old'), the look-back 'ten "
    "years' of the national death count (the count itself, 41, is scored), the broadsheet's 'a third' (vague "
    "share) and the wire's 'about a fifth'. The tabloid's 'two' TV towers is a comparison figure and is scored.")

# [id, role, part_of, description]
Q = [
    ["underground_total", "total", None, "people underground at the time of the collapse (company figure)"],
    ["evacuated", "part", "underground_total", "people brought to the surface in the first hours"],
    ["injured_initial", "part", "evacuated", "injured among those evacuated"],
    ["evacuation_hours", "other", None, "time to bring them out"],
    ["trapped", "part", "underground_total", "miners trapped (company's 25 against union's 27; 27 accepted on 13 January)"],
    ["contractors_trapped", "part", "trapped", "contract workers among the trapped, not on the company's list"],
    ["contractors_dead", "part", "contractors_trapped", "contract worker among the dead"],
    ["contractor_vostranian", "part", "contractors_trapped", "Vostranian among the contract workers"],
    ["alive_in_chamber", "part", "trapped", "miners alive in the refuge chamber (13-16 January)"],
    ["missing", "part", "trapped", "trapped miners missing outside the chamber"],
    ["missing_found_dead_monday", "part", "missing", "missing men found dead on Monday 17 January"],
    ["vostranian_trapped", "part", "trapped", "Vostranian citizens among the trapped"],
    ["vostranian_alive", "part", "vostranian_trapped", "Vostranians in the refuge chamber"],
    ["rescued_alive", "total", None, "miners brought up alive in the capsule (16-17 January)"],
    ["hospitalised", "part", "rescued_alive", "rescued miners taken to hospital"],
    ["serious_condition", "part", "hospitalised", "rescued miners in a serious condition"],
    ["dead_initial", "part", "dead_total", "miners killed in the collapse on 11 January"],
    ["dead_total", "total", None, "death toll of the disaster (company's five against union's six)"],
    ["bereaved_families", "count", None, "bereaved families in the compensation arithmetic"],
    ["depth", "other", None, "depth of the trapped miners (rival estimates)"],
    ["chamber_design_men", "population", None, "men the refuge chamber is designed for"],
    ["chamber_design_hours", "other", None, "hours the chamber's supplies are designed to last"],
    ["air_hours", "other", None, "estimate of how long the chamber's air would last (before the supply pipe)"],
    ["supply_pipe_width", "other", None, "width of the supply pipe pushed to the chamber"],
    ["fall_length", "other", None, "length of the roadway fall (about 85 metres, then 91)"],
    ["clearance_progress", "other", None, "metres of the fall cleared, running"],
    ["clearance_days", "other", None, "days taken to clear the fall"],
    ["rescue_shaft_top", "other", None, "level from which the rescue shaft was drilled (450 metres)"],
    ["rescue_shaft_length", "other", None, "length of the rescue shaft"],
    ["shaft_progress", "other", None, "metres of the rescue shaft drilled, running"],
    ["shaft_remaining", "other", None, "metres of the rescue shaft still to drill on 14 January"],
    ["shaft_drilling_hours", "other", None, "time taken to drill the shaft"],
    ["shaft_drilling_rate", "other", None, "average drilling rate"],
    ["drilling_pause_hours", "other", None, "stop in drilling because of methane"],
    ["methane_level", "other", None, "methane concentration that stopped drilling"],
    ["methane_limit", "other", None, "rule: legal methane limit for work"],
    ["rescue_eta_days", "other", None, "expected days before the first man is lifted (13 January)"],
    ["capsule_width", "other", None, "width of the rescue capsule"],
    ["capsule_trip_minutes", "other", None, "time for one capsule trip"],
    ["capsule_operation_hours", "other", None, "time from first to last man lifted"],
    ["trapped_duration_days", "other", None, "days the men were trapped"],
    ["chamber_nights", "other", None, "nights in the chamber"],
    ["water_before_pipe", "other", None, "water in the chamber before the pipe arrived"],
    ["water_ration_interval", "other", None, "interval between water rations"],
    ["rescuers", "total", None, "rescuers at the colliery, running"],
    ["vostranian_rescuers", "part", "rescuers", "Vostranian rescuers sent on 13 January"],
    ["rescue_team_size", "other", None, "rescuers per team"],
    ["rescue_shift_hours", "other", None, "length of rescuers' shifts"],
    ["brenner_shift_hours", "other", None, "length of Ota Brenner's last shift"],
    ["underground_temp", "other", None, "temperature at the working depth"],
    ["count_correction_hours", "other", None, "time until the company accepted the union's count"],
    ["workforce", "population", None, "Tarvick's employees"],
    ["contract_workers", "population", None, "contract workers at Tarvick"],
    ["contract_share", "other", None, "contract workers as share of Dravell's own workforce"],
    ["vostranian_workers", "population", None, "Vostranians working at Tarvick"],
    ["kessenby_population", "population", None, "people in Kessenby"],
    ["kessenby_workers", "population", None, "Kessenby residents working at Tarvick"],
    ["national_miners", "population", None, "coal miners in Sallendra"],
    ["mine_districts", "population", None, "districts of the mine"],
    ["districts_restart", "count", None, "undamaged districts that may restart"],
    ["north4_closure_months", "other", None, "minimum closure of North Four"],
    ["output_annual", "other", None, "Tarvick's coal output last year"],
    ["output_national_share", "other", None, "Tarvick's share of national output (vague, optional)"],
    ["output_daily", "other", None, "Tarvick's daily output"],
    ["output_lost", "other", None, "output lost by 20 January"],
    ["dravell_profit", "other", None, "Dravell's profit last year"],
    ["miner_wage", "other", None, "average monthly wage of a Tarvick miner (korens, euro conversion)"],
    ["wage_ratio", "other", None, "Tarvick wage against the Vostranian average"],
    ["exchange_rate", "other", None, "korens per euro"],
    ["inspectors", "count", None, "inspectors sent to the mine"],
    ["inspectorate_staff", "population", None, "inspectors of the State Mining Inspectorate"],
    ["deep_mines", "population", None, "deep mines in Sallendra"],
    ["fine_2048", "other", None, "inspectorate's 2048 fine on Dravell (korens, euro conversion)"],
    ["districts_faulted_2048", "count", None, "districts whose roof supports were under-checked in 2048"],
    ["support_check_interval_found", "other", None, "interval of roof-support checks found in 2048"],
    ["support_check_interval_rule", "other", None, "rule: required interval of roof-support checks"],
    ["fine_vs_output_days", "other", None, "the 2048 fine against days of output"],
    ["melnik_complaints", "count", None, "Melnik's warnings about the roof last year"],
    ["inquiry_months", "other", None, "deadline of the government's inquiry"],
    ["drennick_dead", "count", None, "dead in the Drennick explosion (2038)"],
    ["drennick_comp", "other", None, "compensation per family after Drennick"],
    ["injured_2046", "count", None, "injured in Tarvick's 2046 roof fall"],
    ["tesnik_dead", "count", None, "dead in the Tesnik accident in Vostrania (2043)"],
    ["sallendra_deaths_decade", "total", None, "mining deaths in Sallendra in the past ten years"],
    ["sallendra_deaths_vostranian", "part", "sallendra_deaths_decade", "Vostranians among those deaths"],
    ["sallendra_deaths_window", "other", None, "ten-year window of that count (optional)"],
    ["fatality_rate_ratio", "other", None, "Sallendra's fatality rate against its neighbours'"],
    ["company_comp_per_family", "other", None, "Dravell's compensation per bereaved family"],
    ["union_comp_demand", "other", None, "union's demanded compensation per family"],
    ["comp_gap", "other", None, "gap between demand and offer across five families"],
    ["comp_gap_vs_rescue", "other", None, "that gap as share of the rescue cost (vague, optional)"],
    ["rescue_cost", "other", None, "cost of the rescue (korens, euro conversion)"],
    ["fund_raised", "other", None, "money raised by the town's fund by 17 January"],
    ["vostrania_family_aid", "other", None, "Vostrania's one-time aid per family"],
    ["meals_served", "count", None, "meals served at the Miners' Hall"],
    ["vigil_attendance", "count", None, "people at the vigil"],
    ["depth_vs_tower_ratio", "other", None, "depth compared with TV towers"],
    ["melnik_children", "population", None, "Melnik's children"],
    ["age_horak_son", "other", None, "age (optional)"],
    ["age_melnik", "other", None, "age of Jonas Melnik (optional)"],
    ["age_youngest", "other", None, "age of the youngest trapped man (optional)"],
    ["age_oldest", "other", None, "age of the oldest trapped man (optional)"],
    ["age_ilse_melnik", "other", None, "age (optional)"],
    ["age_vostranian_missing", "other", None, "age (optional)"],
    ["age_brenner", "other", None, "age (optional)"],
    ["age_radek", "other", None, "age (optional)"],
    ["age_hruby", "other", None, "age (optional)"],
    ["age_vesely", "other", None, "age (optional)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
