#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e3 (locust swarm); writes meta.json beside it."""
import json
import os

FOLDER = "tamezra_locust_swarms"
EVENT = ("Desert locust swarms devastating crops in Tamezra (fictional) from mid-February 2055, worst in the province "
         "of Bourazi and the Tirsaf oasis, spreading into neighbouring Ghadira on Tuesday 16 March 2055, with the "
         "spraying campaign, the food-aid appeal and the harvest losses; reported 11 March - 6 May 2055")
NOTES = (
    "Crops destroyed in Tamezra is one quantity across the ministry's running estimates (86,000, 120,000, the "
    "survey's 231,000 hectares) and the farmers' federation's rival ones (more than 200,000, 300,000); Bourazi's losses "
    "(61,000 by the provincial office, the federation branch's closer to 100,000, 140,000 by the ministry's survey) "
    "are a part. The two ratios are different quantities: the federation's figure as a multiple of the government's "
    "('more than double') and the survey as a multiple of the first estimate ('nearly three times'). The wheat "
    "harvest forecast is one quantity with its revisions (3.1 million tonnes before the swarms, 2.6, 2.2); last "
    "year's 3.3 million is another period, and the 29 per cent shortfall another measure. Area treated is a running "
    "count (118,000 to 512,000 hectares), with Bourazi's 96,000 a part; Ghadira's 12,400 hectares are a different "
    "country's campaign and their own quantity. Spraying aircraft working at a given time (nine, 14, 17) are a running "
    "count, and the peak named as such (22, of which eight lent) is its own quantity, like the ground teams at the peak (600) beside the 420 at work on 11 March. People needing food aid is a "
    "running estimate (1.3, 1.8, 2.4 million), with Bourazi's 610,000 a part. The appeal (94 million dollars, raised "
    "to 128 million) is one amount revised by decision; money received (25, 29, 71 million) and its share (about 27, "
    "31, 55 per cent) are running counts of their own. The emergency fund (1.5 billion zerhams, about 150 million "
    "dollars; raised to 2.4 billion, about 240 million dollars) is one amount. The largest swarm's size in locusts "
    "(more than 100 billion; about 100 billion) is distinct from the estimate of all the swarms together (more than "
    "300 billion). The compensation rate (2,000 zerhams a hectare) and cap (five hectares, a rule stated exactly, "
    "'up to'/'no more than' kept outside the quote) link across articles; the federation's demand (5,000) is its own "
    "quantity. Prices: vegetables in Bourazi (about 60 per cent), tomatoes in the capital ('almost doubled'), wheat "
    "at the Tirsaf market (38 per cent), flour nationally (45 per cent) and flour in Ghadiran border markets (about "
    "15 per cent) are distinct quantities; the flour sack's and the fodder bale's prices before and after are two "
    "quantities each. The 2038 plague's figures are their own quantities. The advice to keep away from sprayed land "
    "for at least 48 hours and the cross-border flying limit 'up to 30 kilometres' are rules and keep '='. Ages, a mother's "
    "'four' children and the vague shares ('about half', 'a third', 'a fifth', 'less than a fifth') are "
    "optional.")

Q = [
    ("provinces_hit", "count", None, "Tamezran provinces reached by swarms (four, five, six, seven)"),
    ("provinces", "population", None, "Tamezra's provinces (nine)"),
    ("since_last", "other", None, "years since swarms this large were last seen (17)"),
    ("swarm_len", "other", None, "length of the largest swarm (about 60 km)"),
    ("swarm_width", "other", None, "width of the largest swarm (up to 35 km)"),
    ("swarm_area", "other", None, "area of the largest swarm (more than 2,000 square km)"),
    ("swarm_count", "other", None, "locusts in the largest swarm (about / more than 100 billion)"),
    ("locusts_total", "other", None, "locusts in all the swarms at their height (more than 300 billion)"),
    ("density", "other", None, "locusts per square kilometre of swarm (40 to 80 million)"),
    ("eat_equiv", "other", None, "people whose daily food a square kilometre of swarm eats (about 35,000)"),
    ("eat_weight", "other", None, "food a locust eats a day, its own weight (about 2 grams)"),
    ("travel", "other", None, "distance a swarm can travel in a day (up to 150 km)"),
    ("crop_destroyed", "total", None, "crops destroyed in Tamezra, hectares (ministry's and federation's estimates)"),
    ("crop_bourazi", "part", "crop_destroyed", "crops destroyed in Bourazi province, hectares"),
    ("crop_ratio", "other", None, "federation's estimate as a multiple of the government's ('more than double')"),
    ("crop_revision_ratio", "other", None, "the survey's figure as a multiple of the first estimate ('nearly three times')"),
    ("crop_share", "other", None, "crops destroyed as a share of cultivated land (about 5 per cent)"),
    ("cropland", "population", None, "Tamezra's cultivated land (4.6 million hectares)"),
    ("bourazi_share", "other", None, "Bourazi's share of the national losses ('about half', optional)"),
    ("treated", "total", None, "area sprayed in Tamezra since 20 February (running count)"),
    ("treated_bourazi", "part", "treated", "area sprayed in Bourazi (96,000 hectares)"),
    ("aircraft", "total", None, "spraying aircraft working in Tamezra at a given time (running count)"),
    ("aircraft_tirsaf", "part", "aircraft", "spraying aircraft flying from the Tirsaf airstrip (five)"),
    ("aircraft_peak", "total", None, "spraying aircraft at the peak in early April (22)"),
    ("aircraft_lent", "part", "aircraft_peak", "of those, aircraft lent by neighbouring countries (eight)"),
    ("ground_teams", "count", None, "ground spraying teams at work in Tamezra on 11 March (420)"),
    ("ground_teams_peak", "count", None, "ground spraying teams in the field at the peak in early April (600)"),
    ("pesticide_stock", "other", None, "pesticide stocks at the start of the campaign (380,000 litres)"),
    ("pesticide_order", "other", None, "pesticide ordered from abroad (another 600,000 litres)"),
    ("pesticide_days", "other", None, "days before stocks could run out (ten)"),
    ("pesticide_used", "other", None, "pesticide used by the end of April (1.1 million litres)"),
    ("emergency_fund", "total", None, "government emergency fund (1.5 billion zerhams, raised to 2.4 billion; dollars)"),
    ("comp_paid", "part", "emergency_fund", "compensation paid so far (310 million zerhams)"),
    ("comp_farmers", "count", None, "farmers paid compensation so far (41,000)"),
    ("comp_avg", "other", None, "average compensation per farmer (about 7,600 zerhams)"),
    ("comp_rate", "other", None, "compensation rate (2,000 zerhams a hectare)"),
    ("comp_cap", "other", None, "compensation cap (five hectares a farm)"),
    ("comp_max", "other", None, "maximum compensation per farm (10,000 zerhams)"),
    ("comp_demand", "other", None, "federation's demanded rate (5,000 zerhams a hectare)"),
    ("comp_share", "other", None, "maximum compensation as a share of Akrami's planting cost ('a third', optional)"),
    ("comp_coverage", "other", None, "share of losses compensation covers ('less than a fifth', optional)"),
    ("harvest_forecast", "other", None, "forecast of this year's wheat harvest (3.1, 2.6, 2.2 million tonnes)"),
    ("harvest_last", "other", None, "last year's wheat harvest (3.3 million tonnes)"),
    ("harvest_loss_pct", "other", None, "shortfall of the harvest forecast against the pre-swarm forecast (29 per cent)"),
    ("harvest_vs_last", "other", None, "shortfall against last year's harvest ('a third', optional)"),
    ("imports", "other", None, "extra wheat imports needed (900,000 tonnes)"),
    ("import_cost", "other", None, "cost of the extra imports (about 270 million dollars)"),
    ("households", "count", None, "farming households that lost crops (about 140,000, then 210,000)"),
    ("veg_price", "other", None, "rise in tomato and onion prices in Bourazi's markets (about 60 per cent)"),
    ("food_aid", "total", None, "people in Tamezra needing food aid (WFRP running estimate)"),
    ("food_aid_bourazi", "part", "food_aid", "people in Bourazi needing food aid (610,000)"),
    ("bourazi_pop", "population", None, "population of Bourazi province (1.4 million)"),
    ("appeal", "total", None, "WFRP-RLCC joint appeal (94 million dollars, raised to 128 million)"),
    ("appeal_received", "part", "appeal", "money received or pledged for the appeal (running count)"),
    ("appeal_pct", "other", None, "share of the appeal funded (running)"),
    ("appeal_period", "other", None, "period the appeal covers (six months)"),
    ("p2038_countries", "other", None, "countries hit by the 2038 plague (13)"),
    ("p2038_years", "other", None, "duration of the 2038 plague (two years)"),
    ("p2038_cost", "other", None, "cost of controlling the 2038 plague (450 million dollars)"),
    ("p2038_treated", "other", None, "area treated in the 2038 plague (2.9 million hectares)"),
    ("p2038_loss", "other", None, "share of Tamezra's wheat harvest lost in 2038 (40 per cent)"),
    ("rain_record", "other", None, "the autumn rains were the heaviest in this many years (30)"),
    ("age_akrami", "other", None, "Youssef Akrami's age (optional)"),
    ("akrami_lost", "count", None, "wheat Youssef Akrami lost (12 hectares)"),
    ("akrami_time", "other", None, "time in which his wheat vanished (under three hours)"),
    ("akrami_cost", "other", None, "cost of planting his field (30,000 zerhams)"),
    ("flour_before", "other", None, "price of a sack of flour before (240 zerhams)"),
    ("flour_after", "other", None, "price of a sack of flour a week later (330 zerhams)"),
    ("tomato_ratio", "other", None, "rise of tomato prices in the capital ('almost doubled')"),
    ("tazi_lost", "count", None, "barley Omar Tazi lost (all 15 hectares)"),
    ("sellami_kids", "other", None, "Naima Sellami's children (optional)"),
    ("age_sellami", "other", None, "Naima Sellami's age (optional)"),
    ("queue_time", "other", None, "time Naima Sellami queued for flour (five hours)"),
    ("pilot_missions", "count", None, "missions flown by a spraying pilot since the swarms arrived (14)"),
    ("spray_height", "other", None, "height at which the spraying aircraft fly (ten metres)"),
    ("age_haddou", "other", None, "a market trader's age (optional)"),
    ("gh_treated", "other", None, "area sprayed in Ghadira by Thursday 18 March (12,400 hectares)"),
    ("gh_days", "other", None, "days in which Ghadira sprayed it (three)"),
    ("gh_aircraft", "count", None, "Ghadiran spraying aircraft at work (six)"),
    ("gh_teams", "count", None, "Ghadiran ground teams at work (85)"),
    ("gh_crop", "count", None, "crops eaten in Ghadira (about 3,100 hectares)"),
    ("gh_stock", "other", None, "Ghadira's pesticide stocks (90,000 litres)"),
    ("gh_capacity", "other", None, "area Ghadira's stocks can treat (about 60,000 hectares)"),
    ("gh_budget", "other", None, "Ghadira's emergency budget (8 million dollars)"),
    ("border_rule", "other", None, "how far spraying aircraft may fly across the border (up to 30 km)"),
    ("generation_factor", "other", None, "how many times larger each generation can be (up to 20 times)"),
    ("gh2038_treated", "other", None, "area Ghadira sprayed in 2038 (310,000 hectares)"),
    ("gh2038_dates", "other", None, "share of Ghadira's date harvest lost in 2038 (25 per cent)"),
    ("gh_palms", "population", None, "date palms in Ghadira's southern oases (3.2 million)"),
    ("age_aitbrahim", "other", None, "a Ghadiran farmer's age (optional)"),
    ("aitbrahim_palms", "population", None, "the farmer's palms (600)"),
    ("gh_flour", "other", None, "rise of flour prices in Ghadiran border markets (about 15 per cent)"),
    ("gh_calls", "count", None, "calls to Ghadira's free number (more than 1,900)"),
    ("gh_calls_hours", "other", None, "period of those calls (the first 48 hours)"),
    ("gh_villages", "count", None, "Ghadiran villages whose schools closed (11)"),
    ("gh_ask_aircraft", "other", None, "aircraft Ghadira will ask the commission for (two more)"),
    ("palms_tirsaf", "population", None, "date palms of the Tirsaf oasis (40,000)"),
    ("palms_stripped", "count", None, "Tirsaf palms stripped (about 12,000)"),
    ("oasis_days", "other", None, "days the big swarm spent over Tirsaf (two)"),
    ("palm_recovery", "other", None, "years before a stripped palm gives full dates again (three)"),
    ("poisoning_national", "total", None, "cases of pesticide poisoning nationally (112)"),
    ("poisoning", "part", "poisoning_national", "people treated for pesticide exposure at Tirsaf district hospital (37)"),
    ("poisoning_children", "part", "poisoning", "children kept in overnight (two)"),
    ("keep_away", "other", None, "advice to keep away from sprayed land (at least 48 hours)"),
    ("rations", "count", None, "rations handed out in Tirsaf on the first day (about 2,300)"),
    ("claims_bourazi", "count", None, "farmers registered for compensation in Bourazi (about 18,000)"),
    ("farm_size", "other", None, "size of a family farm around Tirsaf (eight or ten hectares)"),
    ("wheat_price_tirsaf", "other", None, "rise of the wheat price at the Tirsaf market since early February (38 per cent)"),
    ("fodder_ratio", "other", None, "rise of the fodder price (doubled)"),
    ("fodder_before", "other", None, "price of a bale of fodder before (45 zerhams)"),
    ("fodder_after", "other", None, "price of a bale of fodder now (90 zerhams)"),
    ("age_benkirane", "other", None, "Aziz Benkirane's age (optional)"),
    ("benkirane_farm", "population", None, "Aziz Benkirane's farm (six hectares)"),
    ("benkirane_share", "other", None, "share of his loan the compensation will repay ('a third', optional)"),
    ("egg_fields_national", "total", None, "egg fields found across the south (about 9,000 hectares)"),
    ("egg_fields", "part", "egg_fields_national", "egg fields found south of Tirsaf (about 4,500 hectares)"),
    ("volunteers", "count", None, "young people signed up for the locust brigades in Bourazi (about 1,200)"),
    ("age_ouhadi", "other", None, "a volunteer's age (optional)"),
    ("schools_closed", "other", None, "days Tirsaf's schools were closed (five)"),
    ("gov_ask", "other", None, "money Bourazi's governor asked for (300 million zerhams)"),
    ("gov_ask_share", "other", None, "the request as a share of the emergency fund ('a fifth', optional)"),
    ("hoppers_killed", "other", None, "share of hopper bands destroyed before they could fly (85 per cent)"),
    ("livestock", "count", None, "sheep and goats short of pasture (about 1.2 million)"),
    ("fx", "other", None, "exchange rate used (10 zerhams to the dollar)"),
    ("flour_price_national", "other", None, "rise of wheat flour prices nationally since February (45 per cent)"),
    ("bread_subsidy", "other", None, "spending to keep subsidised bread prices unchanged (about 600 million zerhams)"),
    ("campaign_weeks", "other", None, "time in which the damage was contained (about ten weeks)"),
    ("upsurges_recent", "count", None, "locust upsurges in the past 20 years (three)"),
    ("upsurge_window", "other", None, "window of the recent upsurges (20 years)"),
    ("upsurges_before", "count", None, "upsurges in the 40 years before (one)"),
    ("upsurge_window_before", "other", None, "the earlier window (40 years)"),
]

seen = set()
rows = []
for q in Q:
    assert q[0] not in seen, q[0]
    seen.add(q[0])
    rows.append(list(q))
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": rows},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(rows), "quantities")
