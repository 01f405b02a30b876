#!/usr/bin/env python3
"""Hand-kept quantity table of event e2; writes meta.json beside it."""
import json
import os

FOLDER = "ossmere_algae_bloom"
EVENT = ("Toxic algae bloom on Lake Ossmere, shared by Veradia and Quirnland (fictional): a cyanobacteria bloom first "
         "seen on Tuesday 14 July 2076 closed bathing beaches on both shores, and microcystin in the treated water of "
         "Tamberlo, which draws most of its supply from the lake, led to a do-not-drink notice for about 186,000 people "
         "from 19:30 on Saturday 18 July to 14:30 on Monday 27 July; dogs died, people fell ill, and the utility's bill, "
         "tourism losses and the causes were counted afterwards; reported 20 July - 14 August 2076")
NOTES = (
    "Judgement calls. The toxin in Tamberlo's treated water is one running measure (1.7 -> 2.3 -> less than 0,2 "
    "micrograms per litre), with the peak repeated in the headline, key points and body of the broadcaster's page; "
    "the toxin at the raw-water intake is another (up to 38 -> as much as 44), and the scum at a beach (640) a third. "
    "The drinking-water limit (1 microgram), the bathing limit (20 micrograms) and the utility's dosing trigger "
    "(10 micrograms, 'exceeds' outside) are rules. The bloom's area is one running measure with a rival: the "
    "Commission's 38 -> 71 -> about 88 -> about 25 square kilometres and the Ottelund station's 'closer to 110' at "
    "the peak; its share of the lake ('about two-fifths', 'more than half') is another quantity, and the ratio "
    "'nearly doubles' / 'almost double' a third. Beaches closed on the Veradian shore are a running count (11 -> 19 "
    "-> 23 -> 'all but four' after reopening); the Quirnish beaches closed are apart. The people reporting symptoms "
    "(14 -> 140 -> 260 -> about 310), those treated in hospital (3 -> 9 -> 12), a part of them, with five children a part of the nine, "
    "and the dogs dead (3 -> 6 -> at least seven) are running counts. The utility's cost is one amount in successive "
    "estimates (at least 2 million -> about 5 million sorns, about 22 million marels at 4,4 marels to the sorn -> 7.4 "
    "million), and the final bill's four items are its parts; the customer credit (25 sorns a household, almost 2 "
    "million in all) is left out of the bill by the utility and kept apart. The bottled water handed out is a running "
    "amount (more than 400,000 -> 1.3 million -> 2.9 million -> about 3.7 million litres) and the distribution points "
    "a running count (12 -> 18). The notice's length joins '211 hours' and 'almost nine days'. The tourism losses on "
    "the Veradian shore join the tourist board's about 12 million and the ministry's about 8 million sorns as rival "
    "estimates; the Quirnish shore's loss (roughly 19 million marels, about 4,3 million sorns) is apart. The borehole "
    "share before and after the utility's decision (30 and 45 per cent) are two quantities. The farm share of "
    "phosphorus joins the Commission's about 60 per cent and the growers' 'less than 40 per cent'. Optional: the "
    "ages of people and of a dog, and the look-back 'two weeks' after the bloom began. Rules and deadlines kept '=', "
    "with any bound word outside: 'within' 12 weeks and ten weeks, 'exceeds' 10 micrograms, the allowance of four "
    "litres a person a day, 'two days' of safe tests in a row.")

Q = [
    ("notice_people", "count", None, "people covered by Tamberlo's do-not-drink notice (186,000)"),
    ("notice_households", "count", None, "households covered by the notice (79,000)"),
    ("notice_businesses", "count", None, "businesses covered by the notice (about 1,400)"),
    ("notice_duration", "other", None, "the length of the do-not-drink notice (211 hours; almost nine days)"),
    ("tap_toxin", "other", None, "microcystin in Tamberlo's treated water (1.7 -> 2.3 -> less than 0.2 micrograms per litre)"),
    ("tap_limit", "other", None, "the drinking-water limit for microcystin (1 microgram per litre)"),
    ("tap_ratio", "other", None, "the peak in treated water as a multiple of the limit ('more than twice', 'more than double')"),
    ("intake_toxin", "other", None, "microcystin in raw water at the lake intake (up to 38 -> as much as 44 micrograms per litre)"),
    ("beach_toxin_max", "other", None, "microcystin in scum at Pinnock Strand (640 micrograms per litre)"),
    ("beach_ratio", "other", None, "that level as a multiple of the bathing limit ('more than 30 times')"),
    ("bathing_limit", "other", None, "the bathing limit for microcystin (20 micrograms per litre)"),
    ("dosing_trigger", "other", None, "the raw-water level at which the plan starts carbon dosing (10 micrograms per litre)"),
    ("harlan_stores", "count", None, "Harlan's Tamberlo stores sold out of bottled water (11)"),
    ("bottled_litres", "other", None, "bottled water handed out in Tamberlo (more than 400,000 -> 1.3 million -> 2.9 million -> about 3.7 million litres)"),
    ("dist_points", "count", None, "bottled-water distribution points (12 -> 18)"),
    ("allowance", "other", None, "the bottled-water allowance per person per day (four litres)"),
    ("queue_peak", "count", None, "people queuing at the busiest distribution point at midday on 19 July (about 300)"),
    ("volunteers", "count", None, "volunteers carrying water (about 250)"),
    ("priority_residents", "population", None, "elderly and disabled residents on the utility's priority list (about 2,300)"),
    ("lake_share_supply", "other", None, "the lake's share of Tamberlo's water (about 70 per cent)"),
    ("works_capacity", "population", None, "water treated by the works per day (about 58,000 cubic metres)"),
    ("test_interval", "other", None, "interval between tests (six hours)"),
    ("bloom_area", "other", None, "the area covered by the bloom (38 -> 71 -> about 88 -> about 25 square kilometres; the Ottelund station's closer to 110 at the peak)"),
    ("bloom_growth", "other", None, "the bloom's growth from 14 to 20 July as a multiple ('nearly doubles', 'almost double')"),
    ("bloom_share", "other", None, "the bloom's share of the lake at its peak ('about two-fifths'; the station's 'more than half')"),
    ("lake_area", "population", None, "the area of Lake Ossmere (214 square kilometres)"),
    ("water_temp", "other", None, "the record surface temperature of the open lake (27.2 degrees)"),
    ("temp_above_avg", "other", None, "that temperature above the July average (3.7 degrees)"),
    ("bay_temp", "other", None, "water temperature in shallow bays near Ottelund (27.6 degrees)"),
    ("beaches_closed", "count", None, "bathing beaches closed on the Veradian shore (11 -> 19 -> 23 -> four after reopening)"),
    ("beaches_total", "population", None, "bathing beaches on the Veradian shore (34)"),
    ("dogs_dead", "count", None, "dogs dead after swimming in the lake (3 -> 6 -> at least seven)"),
    ("dog_age", "other", None, "a dead dog's age (four; optional)"),
    ("symptoms", "total", None, "people reporting symptoms in Veradia (14 -> 140 -> 260 -> about 310)"),
    ("hospital", "part", "symptoms", "people treated in hospital, among those reporting symptoms (3 -> 9 -> 12)"),
    ("hospital_children", "part", "hospital", "children among them (five of nine)"),
    ("beaches_2069", "other", None, "beaches closed by the 2069 bloom (eight)"),
    ("days_2069", "other", None, "length of the 2069 closures (16 days)"),
    ("lift_rule", "other", None, "consecutive days of safe tests needed to lift the notice (two)"),
    ("borehole_share_before", "other", None, "share of supply from boreholes before the bloom (30 per cent)"),
    ("borehole_share_after", "other", None, "share of supply from boreholes after the utility raised it (45 per cent)"),
    ("tankers", "count", None, "tanker lorries on the streets (24)"),
    ("utility_cost", "total", None, "Tamberlo Water's cost of the bloom (at least 2 million -> about 5 million sorns, about 22 million marels -> 7.4 million sorns)"),
    ("cost_bottled", "part", "utility_cost", "bottled water in the final bill (3.9 million sorns)"),
    ("cost_carbon", "part", "utility_cost", "activated carbon (1.6 million sorns)"),
    ("cost_testing", "part", "utility_cost", "extra testing and staff (1.1 million sorns)"),
    ("cost_other", "part", "utility_cost", "other items (0.8 million sorns)"),
    ("credit_per_household", "other", None, "the credit on each household's bill (25 sorns)"),
    ("credit_total", "other", None, "the credit in all (almost 2 million sorns)"),
    ("phosphorus_farm_share", "other", None, "share of the lake's phosphorus from farms (Commission about 60; growers less than 40 per cent)"),
    ("fertiliser_cut", "other", None, "farmers' cut in fertiliser use since 2066 (18 per cent)"),
    ("honey_minutes", "other", None, "time a dead dog spent in the water (two minutes)"),
    ("age_quell", "other", None, "a dog owner's age (optional)"),
    ("age_dorr", "other", None, "a resident's age (optional)"),
    ("age_lorre", "other", None, "a cafe owner's age (optional)"),
    ("sedgebank_dry", "other", None, "time a distribution point ran dry (almost three hours)"),
    ("tourism_loss", "other", None, "losses of lakeside businesses on the Veradian shore (tourist board about 12 million; ministry about 8 million sorns)"),
    ("cafe_down", "other", None, "a cafe's fall in takings (70 per cent)"),
    ("quirn_beaches_closed", "count", None, "beaches on the Quirnish shore still closed on 29 July (seven)"),
    ("quirn_beaches_total", "population", None, "bathing beaches on the Quirnish shore (12)"),
    ("lookback_e2", "other", None, "look-back 'two weeks' after the bloom began (optional)"),
    ("ottelund_pop", "population", None, "Ottelund's inhabitants (24,000)"),
    ("ferry_passengers", "population", None, "the Ottelund-Brennet ferry's normal summer passengers a day (about 900)"),
    ("ferry_days", "other", None, "days the ferry has not sailed (11)"),
    ("camp_cancellations", "count", None, "cancellations at the Lakeside camping ground (about 1,800)"),
    ("camp_pitches", "population", None, "its pitches (340)"),
    ("camp_occupied", "count", None, "its occupied pitches (60)"),
    ("quirn_loss", "other", None, "losses of businesses on the Quirnish shore (roughly 19 million marels; about 4.3 million sorns)"),
    ("rate_e2", "other", None, "the exchange rate printed in the translated copy (4,4 marels to the sorn)"),
    ("quirn_symptoms", "count", None, "people with symptoms recorded on the Quirnish side (23)"),
    ("commission_members", "population", None, "members each country has on the Lake Ossmere Commission (four)"),
    ("commission_report", "other", None, "deadline for the Commission's report on causes (12 weeks)"),
    ("buffer_fund", "other", None, "money promised for buffer strips and wetland (30 million sorns)"),
    ("buffer_years", "other", None, "the period of that money (five years)"),
    ("carbon_stock_days", "other", None, "the works' stock of activated carbon at the start of July (about four days of dosing)"),
    ("carbon_delivery", "other", None, "suppliers' delivery time for carbon (48 hours)"),
    ("inquiry_deadline", "other", None, "deadline for the government's inquiry (ten weeks)"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"{FOLDER}: {len(Q)} quantities")
