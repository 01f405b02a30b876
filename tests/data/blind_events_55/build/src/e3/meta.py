#!/usr/bin/env python3
"""Hand-kept quantity table of event e3 (the Larkholt Fields planning decision); writes meta.json beside it."""
import json
import os

FOLDER = "larkholt_fields_housing_decision"
EVENT = ("Planning decision on Larkholt Fields, Selvingham, Brevannia (fictional): the Grensian developer Haldecker "
         "Bau's plan for 3,400 homes on a former airfield, approved by the city's planning committee by eight votes "
         "to five on Tuesday 5 November 2075 with 28 per cent affordable homes against a policy of 35 per cent; the "
         "minister declined to call it in on Friday 22 November; reported 31 October - 25 November 2075")
NOTES = (
    "The homes (3,400, written '3,400-HOME', '3.400 homes', 'Homes: 3,400' and '3,400 houses and flats') are one "
    "quantity with the first application's 3,900, an amount changed by its claimant (the 500 by which it was cut "
    "is apart); it is a total with the affordable homes (952) as a part, which has the homes for social rent (571) and "
    "shared ownership (381) as parts. The objections are one running count (more than 3,000 in a headline, 3,120 "
    "-> 3,870, with 'almost 4,000 people' and 'Nearly 4,000 of us' in quotes and 'Almost 3.900' in the translated "
    "copy as the same count in other words); so are the letters of support (460 -> 530) and the petition (11,600 -> "
    "more than 12,000). The scheme's share of affordable homes joins the developer's first offer (22 per cent) with the 28 per "
    "cent recommended and approved (also 'Twenty-eight per cent' in a quote), an amount changed in negotiation, "
    "as a demand and an offer are one amount; the city policy's 35 per cent is a rule of its own. The extra car trips "
    "in the morning peak join the developer's 2,600 and the objectors' 3,100 (also '3,100 extra cars') as rival "
    "estimates. The scheme's cost joins 'about 1.1 billion crests', '1.1-billion-crest', '1,1 billion crests' and "
    "'1,76 billion brons' (at 1,6 brons to the crest), and the infrastructure money 86 million crests with 'about "
    "137,6 million brons'. The call-in window is one quantity in '21 days' and 'three weeks'. The committee's vote "
    "is two counts (eight for, five against), written also as 'Councillors in favour: 8'. The time the minister "
    "took (17 days) is scored as a duration that measures the event. Ages are optional.")
Q = [
    ["homes", "total", None, "homes in the scheme (3,900 in the first application of 2074, cut to the 3,400 "
     "approved)"],
    ["affordable_homes", "part", "homes", "affordable homes in the approved scheme"],
    ["social_rent", "part", "affordable_homes", "affordable homes for social rent"],
    ["shared_own", "part", "affordable_homes", "affordable homes for shared ownership"],
    ["social_rent_share", "other", None, "share of the affordable homes for social rent"],
    ["affordable_share", "other", None, "share of affordable homes in the scheme (the developer's first offer, then "
     "the officers' recommendation that was approved)"],
    ["policy_share", "other", None, "share of affordable homes the city's policy asks for"],
    ["policy_homes", "other", None, "affordable homes the policy share would require"],
    ["affordable_shortfall", "other", None, "affordable homes short of the policy"],
    ["homes_cut", "other", None, "homes cut from the first application"],
    ["homes_2070", "other", None, "homes in the plan refused in 2070"],
    ["site_area", "population", None, "area of the Larkholt site"],
    ["parks", "other", None, "area of parks and playing fields"],
    ["parks_share", "other", None, "share of the site for parks"],
    ["objections", "count", None, "letters of objection (running count)"],
    ["support", "count", None, "letters of support (running count)"],
    ["petition", "count", None, "signatures on the action group's petition (running count)"],
    ["viability", "other", None, "profit on costs below which, the developer says, lenders will not back the scheme"],
    ["margin", "other", None, "developer's expected profit on the scheme as approved"],
    ["margin_full_policy", "other", None, "developer's profit if the full policy share were met"],
    ["margin_grensia", "other", None, "developer's profit margin on its homes in Grensia"],
    ["peak_trips", "other", None, "extra car trips in the morning peak hour (developer's and objectors' estimates)"],
    ["infrastructure", "total", None, "developer's infrastructure contribution (crests and brons)"],
    ["schools_cost", "part", "infrastructure", "part of the infrastructure money for the two primary schools"],
    ["infra_per_home", "other", None, "infrastructure money per home"],
    ["schools", "count", None, "primary schools to be built"],
    ["school_places", "population", None, "places in each primary school"],
    ["school_trigger", "other", None, "homes to be finished before the first school opens"],
    ["link_road", "other", None, "length of the link road"],
    ["bus_freq", "other", None, "interval of the bus service"],
    ["trees_felled", "count", None, "trees to be felled"],
    ["trees_planted", "count", None, "trees to be planted"],
    ["waiting_list", "population", None, "households on the city's housing waiting list"],
    ["built_last_year", "other", None, "homes completed in Selvingham last year"],
    ["target", "other", None, "city's yearly target for new homes"],
    ["committee", "population", None, "members of the planning committee"],
    ["gallery", "population", None, "public seats in the council chamber"],
    ["speakers_max", "other", None, "public speakers allowed at most"],
    ["speak_time", "other", None, "speaking time per speaker"],
    ["meeting_length", "other", None, "length of the committee meeting"],
    ["vote_for", "count", None, "councillors voting for the scheme"],
    ["vote_against", "count", None, "councillors voting against the scheme"],
    ["speakers", "total", None, "speakers who addressed the committee"],
    ["speakers_against", "part", "speakers", "speakers against the plan"],
    ["overflow", "count", None, "overflow rooms with screens"],
    ["buildout", "other", None, "build-out period"],
    ["build_rate", "other", None, "homes to be built a year"],
    ["scheme_cost", "other", None, "developer's investment in the scheme (crests and brons)"],
    ["jobs", "count", None, "construction jobs a year on the site"],
    ["callin_window", "other", None, "time the minister has to decide whether to call the decision in"],
    ["callin_used", "other", None, "days the minister took to decide"],
    ["jr_window", "other", None, "time within which a judicial review can be sought"],
    ["conditions", "count", None, "conditions attached to the permission"],
    ["phase1_cap", "other", None, "homes allowed before the link road opens"],
    ["age_grimsell", "other", None, "a resident's age (optional)"],
    ["resident_years", "other", None, "years the resident has lived beside the airfield"],
    ["age_dowsett", "other", None, "a resident's age (optional)"],
    ["wait_years", "other", None, "years a resident has been on the waiting list"],
    ["children", "count", None, "a resident's children"],
    ["class_size", "other", None, "pupils in a class at a local school"],
    ["company_age", "other", None, "age of Haldecker Bau"],
    ["rate", "other", None, "exchange rate, brons to the crest"],
    ["share_rise", "other", None, "rise in Haldecker's shares on Wednesday 6 November"],
    ["grensia_built", "other", None, "homes Haldecker completed in Grensia last year"],
    ["home_price_min", "other", None, "lowest price of the first homes"],
    ["house_price", "other", None, "average price of a home in Selvingham"],
    ["price_ratio", "other", None, "average house price as a multiple of average earnings in Selvingham"],
    ["price_ratio_grensia", "other", None, "house price to earnings ratio in Brackelheim"],
    ["haldecker_staff", "population", None, "Haldecker's employees in Grensia"],
    ["staff_moved", "count", None, "Haldecker employees moving to Selvingham"],
    ["earnings", "other", None, "average earnings in Selvingham"],
    ["completion_lift", "other", None, "rise in the city's completions from Larkholt's yearly rate"],
    ["objections_record", "other", None, "previous record of objections, on a shopping centre in 2067"],
    ["legal_fund", "other", None, "money the action group has raised for a judicial review"],
    ["process_time", "other", None, "time from the first application to the decision"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(f"meta.json: {len(Q)} quantities")
