#!/usr/bin/env python3
"""Hand-kept quantity table for event 2 (the Sallowmoor bird flu cull); writes meta.json beside it."""
import json
import os

FOLDER = "sallowmoor_bird_flu_cull"
EVENT = ("Outbreak of highly pathogenic bird flu on poultry farms in the Sallowmoor lowlands around Wendacre, Ilvarra "
         "(fictional), first confirmed at Colbeck Farm on Thursday 5 November 2054, with the cull of infected and "
         "neighbouring flocks, protection and surveillance zones, compensation, an import ban and cases in "
         "neighbouring Brevony; reported 9 November - 15 December 2054")
NOTES = (
    "Running counts reported anew are one quantity: infected farms (six -> 14 -> 21 -> 27 -> 31), birds culled "
    "(about 410,000 -> 1.3 million (the tabloid's 'more than 1.3 million') -> 2,6 million -> 3.1 million -> the "
    "ministry's 3.6 million, with the farmers' union's rival 'close to 4 million', which says the official tally "
    "leaves out smallholdings), farms culled as a precaution (three -> seven -> 22), farms in the zones (53 -> about "
    "190; the local paper's 'compared with 53 in the first week' is the earlier value of the same count), dead swans "
    "at Lake Orme (23 -> 64 -> more than 80) and those positive (nine -> 31), people monitored (120 -> 240), vets "
    "(140 -> 210 at the peak), soldiers (250 -> 400), Brevony's culled birds (around 120 000 -> 175,000) and farms "
    "(two -> three). The surveillance radius (10 km widened to 20 km) is one quantity with two values; the 3-km "
    "protection radius is another; Brevony's own 3- and 10-kilometre zones are Brevony's rules and kept apart. Egg "
    "prices 'up' since the start of the outbreak (11 -> 18 -> around 23 -> 25 -> 19 per cent) are one running level; "
    "the peak of 27 per cent is a different statistic, and Brevony's 9 % is another country's. The compensation per "
    "laying hen (5.50 dunars, 5,50 dunars, about 1,10 euros) is one quantity with its conversion; the 7 dunars paid "
    "from 1 December is a later rate and its own quantity, as is Brevony's 1,80 euros. The compensation fund (20 "
    "million -> 34 million dunars, with its euro conversions) is one quantity with its revision. The 2046 outbreak's "
    "birds and farms are separate quantities, and 'more than three times' is a multiple kept apart. Inspectors now "
    "(62) and in 2049 (88) are two quantities. Daily egg output before (about 11 million) and after (around 10 "
    "million) are two quantities. Vague shares ('less than half', 'a third', 'about a third', 'almost half', "
    "'About a third', 'Half the sheds') are optional; so are ages, the 'dad-of-three' and 'mum-of-four', a family's "
    "'four generations' and the look-back '13 days' since the last case. New: the name of the virus strain "
    "(H5N1) is a designation, not a figure."
)

Q = [
    ("birds_culled", "total", None, "birds culled in Ilvarra (running count; ministry, with the union's rival estimate)"),
    ("district_culled", "part", "birds_culled", "birds culled in the Wendacre district"),
    ("preemptive_birds", "part", "birds_culled", "birds culled on farms where no infection was found"),
    ("voss_hens", "part", "birds_culled", "hens culled on Harlan Voss's Tidwell Farm"),
    ("infected_farms", "total", None, "Ilvarran farms with confirmed bird flu (running count)"),
    ("district_infected_farms", "part", "infected_farms", "infected farms in the Wendacre district"),
    ("infected_after_index", "part", "infected_farms", "farms confirmed after the index farm, as of 9 November"),
    ("index_dead_hens", "count", None, "hens that died at Colbeck Farm before the cull"),
    ("index_flock", "population", None, "laying hens at Colbeck Farm"),
    ("index_die_off_days", "other", None, "period in which Colbeck's hens died"),
    ("spread_km", "other", None, "distance within which the first further farms lay from Colbeck"),
    ("preemptive_farms", "count", None, "farms culled as a precaution without infection (running count)"),
    ("preemptive_radius", "other", None, "rule: radius around an outbreak within which all flocks are culled"),
    ("preemptive_share", "other", None, "share of culled birds killed pre-emptively (vague, optional)"),
    ("protection_km", "other", None, "radius of Ilvarra's protection zone"),
    ("surveillance_km", "other", None, "radius of Ilvarra's surveillance zone (10 km, widened to 20 km around Wendacre)"),
    ("farms_in_zones", "count", None, "farms inside the Ilvarran zones (running count)"),
    ("birds_in_zones", "count", None, "birds on farms inside the zones on 9 November"),
    ("housing_days", "other", None, "minimum length of the nationwide housing order"),
    ("comp_hen", "other", None, "compensation per laying hen until 30 November (dunars, with euro conversion)"),
    ("comp_hen_new", "other", None, "compensation per laying hen from 1 December"),
    ("comp_broiler", "other", None, "compensation per broiler chicken"),
    ("comp_fund", "other", None, "the government's compensation fund (20 million, raised to 34 million dunars; euro conversions)"),
    ("comp_share_of_value", "other", None, "compensation as a share of a hen's value (vague, optional)"),
    ("comp_paid", "other", None, "compensation paid so far, as of 24 November"),
    ("farmers_paid", "count", None, "farmers paid compensation so far"),
    ("colbeck_comp", "other", None, "compensation for Colbeck Farm"),
    ("hen_value", "other", None, "what a laying hen is worth to a farmer"),
    ("farmer_losses", "other", None, "union's estimate of farmers' real losses"),
    ("state_cost", "other", None, "ministry's estimate of the cost to the state"),
    ("national_flock", "population", None, "poultry kept in Ilvarra"),
    ("sallowmoor_layer_share", "other", None, "Sallowmoor's share of Ilvarra's laying hens"),
    ("layer_flock_cut", "other", None, "fall in the national laying flock"),
    ("egg_price_rise", "other", None, "rise in Ilvarran wholesale egg prices since the start of November (running level)"),
    ("egg_price_peak", "other", None, "peak rise in wholesale egg prices, on 30 November"),
    ("daily_eggs", "other", None, "Ilvarran egg output per day before the outbreak"),
    ("daily_eggs_now", "other", None, "Ilvarran egg output per day in December"),
    ("vets", "count", None, "vets deployed by the ministry (running count, peak 210)"),
    ("soldiers", "count", None, "soldiers sent to help (running count, peak 400)"),
    ("merrin_flock", "population", None, "birds on the broiler farm at Merrin Cross"),
    ("merrin_cull_hours", "other", None, "time taken to cull the Merrin Cross flock"),
    ("cull_rate", "other", None, "birds one culling team can kill per hour"),
    ("cull_teams", "count", None, "culling teams at work on 9 November"),
    ("cull_daily", "other", None, "birds lost per day, according to the union"),
    ("orme_wintering_birds", "population", None, "geese and swans wintering at Lake Orme"),
    ("dead_swans", "total", None, "dead swans found at Lake Orme (running count)"),
    ("swans_positive", "part", "dead_swans", "dead swans at Lake Orme that tested positive"),
    ("workers_antivirals", "count", None, "farm workers given antiviral drugs, as of 9 November"),
    ("monitoring_days", "other", None, "length of the monitoring of exposed workers"),
    ("people_monitored", "count", None, "people monitored for symptoms (running count)"),
    ("human_cases", "count", None, "human infections"),
    ("human_cases_weeks", "other", None, "period in which the two human infections occurred"),
    ("age_contractor", "other", None, "age of the infected culling contractor (optional)"),
    ("brevony_export_share", "other", None, "Brevony's share of Ilvarra's poultry exports (vague, optional)"),
    ("poultry_exports", "other", None, "value of Ilvarra's poultry exports per year"),
    ("cull_2046", "other", None, "birds culled in the 2046 outbreak"),
    ("farms_2046", "other", None, "farms hit in the 2046 outbreak"),
    ("weeks_2046", "other", None, "duration of the 2046 outbreak"),
    ("multiple_2046", "other", None, "this outbreak's cull as a multiple of 2046's"),
    ("age_voss", "other", None, "age of Harlan Voss (optional)"),
    ("voss_grandad_birds", "other", None, "birds Voss's grandfather started with"),
    ("voss_years", "other", None, "Voss's years of early rising (optional)"),
    ("voss_cull_days", "other", None, "time in which Voss's flock was culled"),
    ("voss_children", "other", None, "Voss's children (optional)"),
    ("chains_limiting", "count", None, "supermarket chains limiting egg sales"),
    ("egg_limit", "other", None, "limit on egg boxes per customer"),
    ("mum_children", "other", None, "a shopper's children (optional)"),
    ("molland_eggs", "other", None, "eggs a baker uses per week"),
    ("molland_price_rises", "count", None, "price rises by the baker's supplier"),
    ("molland_days", "other", None, "period of the baker's supplier's price rises"),
    ("orme_fine", "other", None, "maximum fine for entering the closed Lake Orme area"),
    ("inspectors", "population", None, "the ministry's farm inspectors now"),
    ("inspectors_before", "population", None, "the ministry's farm inspectors five years earlier (2049)"),
    ("inspector_cut_years", "other", None, "period over which the inspectors were cut"),
    ("farms_inspected", "count", None, "farms visited by inspectors during the outbreak"),
    ("biosecurity_failures", "count", None, "inspected farms with biosecurity failings"),
    ("brev_culled", "total", None, "birds culled in Brevony (running count)"),
    ("brev_turkeys", "part", "brev_culled", "turkeys culled on one Brevonian farm"),
    ("brev_farms", "count", None, "infected farms in Brevony (running count)"),
    ("brev_border_km", "other", None, "distance of the Brevonian farms from the border"),
    ("brev_protection_km", "other", None, "radius of Brevony's protection zone"),
    ("brev_surveillance_km", "other", None, "radius of Brevony's surveillance zone"),
    ("brev_farms_restricted", "total", None, "Brevonian farms under restrictions"),
    ("brev_farms_in_ilv_zone", "part", "brev_farms_restricted", "Brevonian farms inside the Ilvarran surveillance zone"),
    ("lorries_disinfected", "count", None, "lorries disinfected at the border"),
    ("border_crossings", "population", None, "border crossings between Ilvarra and Brevony"),
    ("brev_imports", "other", None, "value of Brevony's imports of Ilvarran poultry and eggs per year"),
    ("brev_ban_lifted_value", "other", None, "trade per year reopened by Brevony's partial lifting of the ban"),
    ("ilv_egg_share_brev", "other", None, "share of Ilvarran eggs in Brevonian shops"),
    ("brev_egg_price_rise", "other", None, "rise in Brevonian egg prices"),
    ("brev_egg_price_days", "other", None, "period of the Brevonian egg price rise"),
    ("brev_comp_hen", "other", None, "Brevony's compensation per laying hen"),
    ("brev_comp_fund", "other", None, "Brevony's compensation budget"),
    ("hessby_eggs", "other", None, "Ilvarran eggs processed per day at Hessby before the ban"),
    ("hessby_workers", "population", None, "workers at the Hessby egg-products factory"),
    ("hessby_workers_home", "count", None, "Hessby workers sent home"),
    ("brev_dead_swans", "count", None, "dead swans collected along the Ammel in Brevony"),
    ("brev_flock", "population", None, "poultry kept in Brevony"),
    ("brev_poultry_farms", "population", None, "commercial poultry farms in Brevony"),
    ("tarnholm_share", "other", None, "Tarnholm's share of Brevony's laying hens (vague, optional)"),
    ("brev_housing_days", "other", None, "minimum length of Tarnholm's housing order"),
    ("vedde_hens", "population", None, "Jorun Vedde's hens"),
    ("vedde_distance_km", "other", None, "distance of Vedde's farm from the infected turkey farm"),
    ("vedde_sleep_hours", "other", None, "hours Vedde sleeps a night"),
    ("redfern_generations", "other", None, "generations of the Redfern family at Colbeck (optional)"),
    ("rendering_capacity", "other", None, "daily capacity of the Hobbet rendering plant"),
    ("carcass_tonnes", "other", None, "carcasses received at Hobbet, as of 24 November"),
    ("carcass_backlog", "other", None, "carcasses waiting at Hobbet"),
    ("reefer_trailers", "count", None, "refrigerated trailers holding carcasses"),
    ("incinerators", "count", None, "mobile incinerators brought in"),
    ("hobbet_full_weeks", "other", None, "time the Hobbet plant ran at capacity"),
    ("ovira_staff", "population", None, "staff of Ovira Foods"),
    ("ovira_laid_off", "total", None, "Ovira Foods workers laid off"),
    ("ovira_rehired", "part", "ovira_laid_off", "laid-off Ovira workers taken back"),
    ("district_poultry_jobs", "population", None, "people employed by poultry in the Wendacre district"),
    ("wendacre_pop", "population", None, "people in the Wendacre district"),
    ("district_poultry_farms", "population", None, "poultry farms in the Wendacre district"),
    ("ewald_ducks", "population", None, "Brann Ewald's ducks"),
    ("hardship_fund", "other", None, "hardship fund requested from the council"),
    ("days_since_last_farm", "other", None, "look-back to the last confirmed farm (optional)"),
    ("sheds_old_share", "other", None, "share of Sallowmoor sheds built before biosecurity mattered (vague, optional)"),
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
