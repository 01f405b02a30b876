#!/usr/bin/env python3
"""Hand-kept quantity table of event 3 (the Wrenmouth cliff erosion); writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "wrenmouth_cliff_erosion"
EVENT = ("Erosion of the Gullstone cliffs at Wrenmouth, Trevanny (fictional), winter 2072-73: Storm Hesketh on the night "
         "of 14-15 January 2073 and a second storm on 19 January bring down homes on Marram Road, more are demolished "
         "as unsafe, residents are evacuated, and a rock revetment's cost is argued over between the district council, "
         "the national coast agency and the government; reported 16 January - 14 March 2073")
NOTES = (
    "The homes lost on Marram Road are one running count (3 -> 7 -> 11 -> 14); the homes that fell down the cliff and "
    "those demolished as unsafe are its parts (5 and 2, then 9 and 5), the two that fell in the second storm a part of "
    "those that fell, and the Norvainian-owned homes a part of the homes lost. The local paper's headline 'Four more' is "
    "the rise since the first storm, a count of its own. The 'the 14th home' of the wire is an ordinal and not a figure. "
    "The homes evacuated (22 -> 41, corrected to 38 -> 43 -> 46) and the people displaced (54 -> 93 -> 102 -> 110) are "
    "running counts; the people at the rest centre are a part of the displaced. The cliff's retreat this winter holds "
    "the council's 14 metres and the university's 17 and 19 metres, and the translated copy's range of 14-17 metres "
    "that spans the two; the nine metres lost in the first night are a different period. The revetment's cost holds the "
    "council's 46 million marls (28,75 million norrels at the printed 1,6 marls to the norrel), the coast agency's "
    "'more than 60 million', 62 million and 71 million: rival estimates and a revision; the government's 40 million, "
    "the council's 6 million and the gap (16 million, then 25 million after the revision) are its parts. The relocation "
    "grant's level before (12,000 marls, 7.500 norrels, 'twelve thousand') and after it was raised (20,000) are two "
    "quantities, as a price changed by decision is. The homes at risk by 2100 hold the agency's 160 and the "
    "university's about 230. The region's offer of 'up to 8 million' is a ceiling written exactly and keeps '=' with "
    "'up to' outside the quote. Ages and the look-backs 'two years ago' and 'Two months' after the storm are optional.")
Q = [
 ("homes_lost", "total", None, "homes lost on Marram Road (running: fell or demolished)"),
 ("homes_fell", "part", "homes_lost", "homes that fell down the cliff (running)"),
 ("fell_second", "part", "homes_fell", "homes that fell in the second storm, 19 January"),
 ("homes_demolished", "part", "homes_lost", "homes demolished by the council as unsafe (running)"),
 ("homes_norv", "part", "homes_lost", "homes lost that belonged to Norvainian owners"),
 ("homes_new", "count", None, "homes lost since the first storm ('Four more', 24 January)"),
 ("lost_share", "other", None, "homes lost as a share of Marram Road's homes"),
 ("road_share", "other", None, "share of the road gone or emptied (council leader)"),
 ("marram_homes", "population", None, "homes on Marram Road before the winter"),
 ("village_homes", "population", None, "homes in Wrenmouth"),
 ("marram_future", "other", None, "years locals fear the road will not last"),
 ("evacuated", "count", None, "homes evacuated (running; 41 corrected to 38)"),
 ("double_flats", "count", None, "flats counted twice in the first count of evacuated homes"),
 ("displaced", "total", None, "people displaced / out of their homes (running)"),
 ("rest_centre", "part", "displaced", "of them, people staying at the rest centre"),
 ("beach_closed", "other", None, "stretch of beach fenced off below the cliff"),
 ("inspect", "count", None, "further houses to be inspected on 16 January"),
 ("norv_coast_share", "other", None, "share of Norvaine's coast that is eroding"),
 ("norv_spend", "other", None, "Norvaine's spending on coastal protection over 20 years"),
 ("norv_period", "other", None, "period of that spending"),
 ("meals", "count", None, "meals served at the rest centre on 15 January"),
 ("waves", "other", None, "height of Storm Hesketh's biggest waves"),
 ("gusts", "other", None, "strongest gusts on the headland"),
 ("power_cut", "count", None, "homes along the coast that lost power"),
 ("cliff_night", "other", None, "cliff lost in the night of 14-15 January"),
 ("cliff_height", "population", None, "height of the cliff"),
 ("night_years", "other", None, "years of average erosion that night equals"),
 ("retreat_normal", "other", None, "long-term average retreat a year"),
 ("retreat_winter", "other", None, "cliff's retreat at its worst point this winter (council's and university's measurements, running)"),
 ("retreat_mult", "other", None, "this winter's retreat as a multiple of the long-term average"),
 ("retreat_protected", "other", None, "retreat a year with the revetment"),
 ("at_risk_next", "count", None, "homes close enough to the edge to be next / given up anyway"),
 ("risk_zone", "other", None, "distance from the edge within which homes could be next"),
 ("at_risk_2100", "count", None, "homes on the eroding coast that could be lost by 2100 (agency and university)"),
 ("coast_share", "other", None, "share of Trevanny's coastline that is eroding"),
 ("coast_eroding", "population", None, "length of eroding coastline"),
 ("homes_2058", "other", None, "homes destroyed by the 2058 storm"),
 ("defence_cost_2058", "other", None, "cost of a sea wall considered after 2058"),
 ("defence_cost", "total", None, "cost of the rock revetment (council 46 million, agency more than 60, 62, 71 million; marls and norrels)"),
 ("gov_share", "part", "defence_cost", "government's contribution"),
 ("council_share", "part", "defence_cost", "district council's contribution"),
 ("defence_gap", "part", "defence_cost", "gap still to be found (16 million, 25 million after the revision)"),
 ("gov_pct", "other", None, "government's contribution as a share of the cost"),
 ("region_offer", "other", None, "regional assembly's offer (a ceiling)"),
 ("fund_call", "other", None, "national coastal fund called for by the opposition"),
 ("defence_length", "other", None, "length of the planned revetment"),
 ("rock", "other", None, "rock needed for the revetment"),
 ("block_weight", "other", None, "weight of the rock blocks"),
 ("rock_price_rise", "other", None, "rise in the price of Norvainian rock since the autumn"),
 ("works_time", "other", None, "duration of the works"),
 ("council_budget", "other", None, "district council's annual budget"),
 ("grant_old", "other", None, "relocation grant per household before the rise (marls and norrels)"),
 ("grant_new", "other", None, "relocation grant per household after the rise"),
 ("grant_months", "other", None, "months of rent the grant would cover"),
 ("grants_paid", "count", None, "households paid a relocation grant so far"),
 ("grants_total", "other", None, "grants paid out so far"),
 ("fx", "other", None, "exchange rate, marls per norrel"),
 ("meeting", "count", None, "people at the council's emergency meeting"),
 ("road_closed", "other", None, "days the coast road has been closed"),
 ("detour", "other", None, "extra journey time by the inland route"),
 ("norv_share", "other", None, "share of Wrenmouth's homes owned by Norvainians"),
 ("norv_owners", "population", None, "Norvainian families owning property on the eroding coast"),
 ("value_zone", "other", None, "distance from the edge within which houses lost value"),
 ("value_fall", "other", None, "loss of value of those houses"),
 ("marram_price", "other", None, "average sale price on Marram Road in 2072"),
 ("marrock_years", "other", None, "years Elsie Marrock has lived in her bungalow"),
 ("marrock_garden", "other", None, "former length of her garden"),
 ("holt_price", "other", None, "price the Holts paid for their house"),
 ("bell_price", "other", None, "price Tom Bell paid for his house in 2061"),
 ("solli_price", "other", None, "price the Sollis paid for their cottage in 2068"),
 ("solli_edge", "other", None, "distance of the cliff edge from the Sollis' kitchen before demolition"),
 ("solli_summers", "count", None, "summers the Sollis spent there"),
 ("age_marrock", "other", None, "age (optional)"),
 ("age_holt", "other", None, "age (optional)"),
 ("age_bell", "other", None, "age (optional)"),
 ("lookback_holt", "other", None, "look-back 'two years ago' (optional)"),
 ("since_storm", "other", None, "look-back from the article to the storm (optional)"),
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
