#!/usr/bin/env python3
"""Hand-kept table of quantities for e1 (Ilmsted water main burst); writes meta.json beside it."""
import json
import os

FOLDER = "ilmsted_water_main"
EVENT = ("Burst of the Lisk Street trunk main in Brackwater, Ilmsted, Quorvany (fictional), at about 3.40am on "
         "Tuesday 6 November 2068, leaving up to seven of the city's 12 districts without water until the last homes "
         "were reconnected on Wednesday 14 November; reported 6-24 November 2068")
NOTES = (
    "Households without water is one running count across all five articles: the wire's about 150,000 on the day "
    "of the burst, the tabloid's 182,000 (with the 150,000 restated and the council's rival 200,000), the "
    "translated copy's about 190.000, the local paper's about 31,000 still dry on 12 November and the corrected "
    "peak of 196,000 (which replaces the 182,000 announced at the time; both kept in the same quantity), restated "
    "by the broadsheet. The local paper's 19,000 in Brackwater and 12,000 in Pettenfield are parts of the 31,000. "
    "People without water (410,000 on Thursday, more than 400.000, about 440,000 at the corrected peak) is a "
    "separate quantity in another unit. The water lost is one quantity holding Ilmwater's about 70 million litres "
    "and the engineers' review's about 110 million; the multiple 'more than one and a half times' is its own "
    "quantity. The compensation bill holds Ilmwater's 35 then 52 million krells, the analysts' up to 90 million "
    "and their lunet conversions. The repair estimate of about 48 hours holds a resident's 'two days' (the same "
    "promise quoted); the tabloid's 'at least three more days', the actual five days and the 'three days later' "
    "delay are separate quantities. The crater's width (about 12, 15, about 15, 18 metres) is a running measure. "
    "The tankers are a running count (25 on Tuesday, 70 at the peak) whose parts are the Aurenish army's 25 and "
    "the neighbouring towns' dozen; the army's 25 equal the wire's 25 in value but are a different quantity. "
    "Schools closed (31, 64, 23 still closed), distribution points (12, 19, 26 at the peak, nine still open), "
    "operations postponed (40, 210, 380 over the week) and homes flooded (about 60, 84) are running counts. "
    "Sorrel Lind's 38 % of mains older than 80 years and the broadsheet's 'almost two-fifths' are one share, as "
    "are the 27 % of water lost to leaks and 'more than a quarter'. Torbeck's fall on Tuesday, on Wednesday and "
    "over both days are three quantities. Ages are optional. The 2053 Dunmere burst is an earlier event with its "
    "own quantities.")

Q = [
    # id, role, part_of, description
    ["households_dry", "total", None, "households without water in Ilmsted (running count; company's counts incl. corrected peak of 196,000, and council's rival 200,000)"],
    ["households_brackwater", "part", "households_dry", "households still without water in Brackwater on 12 November"],
    ["households_pettenfield", "part", "households_dry", "households still without water in Pettenfield on 12 November"],
    ["people_dry", "count", None, "people without water in Ilmsted (running count, peak about 440,000)"],
    ["share_city_dry", "other", None, "share of the city's residents without water at the peak"],
    ["districts_dry", "count", None, "districts without water (running count: five, then seven)"],
    ["districts_total", "population", None, "districts in the city of Ilmsted (12)"],
    ["districts_low", "count", None, "further districts with low water pressure on the day of the burst"],
    ["districts_restored", "count", None, "districts where water came back by 12 November"],
    ["city_pop", "population", None, "people supplied by Ilmwater / residents of Ilmsted"],
    ["city_households", "population", None, "households supplied by Ilmwater"],
    ["network_km", "population", None, "length of Ilmwater's mains network in km"],
    ["main_diameter", "other", None, "diameter of the burst trunk main in metres"],
    ["main_share", "other", None, "share of the city's water carried by the burst main"],
    ["reservoir_distance", "other", None, "distance of the Haskel reservoir from the city"],
    ["main_age", "other", None, "age of the burst main in years"],
    ["jet_height", "other", None, "height of the jet of water at the burst"],
    ["crater_width", "other", None, "width of the crater in Lisk Street (running measure)"],
    ["crater_depth", "other", None, "depth of the crater in Lisk Street"],
    ["drivers_rescued", "count", None, "drivers pulled from cars caught in the flood"],
    ["drivers_hospital", "count", None, "rescued drivers taken to hospital"],
    ["homes_flooded", "count", None, "homes flooded by the burst (running count)"],
    ["streets_closed", "count", None, "neighbouring streets closed to traffic besides Lisk Street"],
    ["water_lost", "count", None, "water lost from the burst main in litres (Ilmwater's estimate and the engineers' review)"],
    ["water_lost_multiple", "other", None, "the review's estimate of water lost as a multiple of the company's first figure"],
    ["pools", "other", None, "water lost expressed in Olympic pools"],
    ["valve_time", "other", None, "hours from the burst to the closing of the valves"],
    ["valves_seized", "count", None, "upstream valves that had seized"],
    ["repair_estimate", "other", None, "Ilmwater's first estimate of the time to repair the main (48 hours, two days)"],
    ["repair_remaining", "other", None, "Ilmwater's revised estimate on 8 November of the time still needed for the repair"],
    ["repair_actual", "other", None, "days the repair actually took from the burst"],
    ["repair_delay", "other", None, "days by which the repair overran the first estimate"],
    ["new_section", "other", None, "length of the new section of pipe welded into the main"],
    ["site_workers", "count", None, "engineers and contractors at the burst site (running count)"],
    ["dist_points", "count", None, "water distribution points open (running count; peak 26)"],
    ["tankers", "total", None, "tanker lorries delivering water in the city (running count; peak 70)"],
    ["army_tankers", "part", "tankers", "tanker lorries lent by the Aurenish army"],
    ["tankers_towns", "part", "tankers", "tanker lorries sent by neighbouring towns"],
    ["army_soldiers", "count", None, "Aurenish soldiers sent to Ilmsted"],
    ["bottles_ordered", "count", None, "bottles of drinking water ordered by the council on the first day"],
    ["bottled_litres", "count", None, "litres of bottled water handed out by the council (running total)"],
    ["schools_closed", "count", None, "schools closed (running count: 31, 64 at the peak, 23 still closed)"],
    ["schools_reopened", "count", None, "schools reopened on 12 November"],
    ["pupils_home", "count", None, "pupils who missed school"],
    ["pupils_days", "other", None, "days of school those pupils missed at least"],
    ["ops_postponed", "count", None, "operations postponed by Ilmsted General Hospital (running count)"],
    ["shower_minutes", "other", None, "minutes the mayor asked residents to cut from showers"],
    ["vool_minutes", "other", None, "minutes for the water to reach a resident's knees"],
    ["ceo_pay", "other", None, "Ilmwater chief executive's pay last year"],
    ["pack_size", "other", None, "bottles in the pack sold by a Pettenfield shop"],
    ["price_pack", "other", None, "price charged for the six-bottle pack during the outage"],
    ["price_normal", "other", None, "normal price of the six-bottle pack"],
    ["price_multiple", "other", None, "outage price as a multiple of the normal price"],
    ["arrests", "count", None, "men arrested after a fight in a distribution queue"],
    ["quill_queue", "other", None, "hours a mother queued for water"],
    ["quill_litres", "other", None, "litres a mother received after queuing"],
    ["sedge_litres", "other", None, "litres a day brought to a pensioner by volunteers"],
    ["torbeck_stake", "other", None, "Torbeck Group's share of Ilmwater"],
    ["city_stake", "other", None, "the city council's share of Ilmwater"],
    ["torbeck_fall_tue", "other", None, "fall in Torbeck's share price on Tuesday"],
    ["torbeck_fall_wed", "other", None, "further fall in Torbeck's share price on Wednesday"],
    ["torbeck_fall_total", "other", None, "Torbeck's loss of market value over Tuesday and Wednesday, per cent"],
    ["torbeck_recovered", "other", None, "share of that loss Torbeck has since recovered"],
    ["torbeck_value_lost", "other", None, "market value Torbeck lost over Tuesday and Wednesday, in lunets"],
    ["torbeck_price", "other", None, "price Torbeck paid for its stake in Ilmwater in 2061"],
    ["torbeck_profit", "other", None, "Torbeck's net profit last year"],
    ["torbeck_customers", "population", None, "Torbeck's customers in Aurenland"],
    ["comp_rate", "other", None, "compensation per household per day without water"],
    ["comp_business", "other", None, "compensation per business per day without water"],
    ["comp_threshold", "other", None, "hours without water before compensation starts"],
    ["comp_example", "other", None, "compensation for a household cut off from Tuesday to Monday"],
    ["comp_bill", "other", None, "total compensation bill (Ilmwater's 35 then 52 million krells, analysts' up to 90 million; lunet conversions)"],
    ["comp_share_profit", "other", None, "analysts' compensation figure as a share of Torbeck's annual profit"],
    ["fx_rate", "other", None, "exchange rate, krells to the lunet"],
    ["fine_cap", "other", None, "maximum fine as a share of annual turnover"],
    ["fine_max", "other", None, "maximum fine for Ilmwater in krells"],
    ["turnover", "other", None, "Ilmwater's annual turnover last year"],
    ["old_mains_share", "other", None, "share of Ilmwater's mains older than 80 years"],
    ["old_threshold", "other", None, "age threshold for old mains"],
    ["leak_share", "other", None, "share of treated water lost through leaks"],
    ["bursts_2067", "other", None, "bursts on the network last year (2067)"],
    ["bursts_2063", "other", None, "bursts on the network in 2063"],
    ["invest_plan", "other", None, "Ilmwater's planned investment in the network"],
    ["invest_period", "other", None, "years over which the investment plan runs"],
    ["invest_demand", "other", None, "investment the city council says is needed"],
    ["boil_notice", "count", None, "homes covered by the boil-water notice"],
    ["boil_duration", "other", None, "how long the boil-water notice could last"],
    ["zones_error", "count", None, "pressure zones with a mapping error behind the undercount"],
    ["insurance_claims", "count", None, "insurance claims for flood damage and cars"],
    ["restaurants_closed", "count", None, "restaurants and cafes closed for at least part of the week"],
    ["bakery_loss", "other", None, "a baker's loss in krells"],
    ["bakery_days", "other", None, "days a bakery was shut"],
    ["meeting", "count", None, "residents at the Pettenfield meeting"],
    ["complaints", "count", None, "complaints received by Ilmwater"],
    ["repair_cost", "other", None, "cost of the repair"],
    ["econ_cost", "other", None, "cost to the city's economy (Chamber of Commerce and university estimates)"],
    ["outage_max", "other", None, "longest time households went without water (eight days)"],
    ["b2053_households", "other", None, "households without water in the 2053 Dunmere burst"],
    ["b2053_days", "other", None, "duration of the 2053 Dunmere outage"],
    ["b2053_multiple", "other", None, "households cut off in 2068 as a multiple of 2053"],
    ["age_vool", "other", None, "age of a resident (optional)"],
    ["age_dunn", "other", None, "age of a father (optional)"],
    ["age_quill", "other", None, "age of a mother (optional)"],
    ["age_sedge", "other", None, "age of a pensioner (optional)"],
    ["age_bellow", "other", None, "age of a retired teacher (optional)"],
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
