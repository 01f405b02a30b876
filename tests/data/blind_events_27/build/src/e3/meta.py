#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event 3; writes meta.json beside this file."""
import json
import os

FOLDER = "brevonia_homelessness_census"
EVENT = ("Brevonia's (fictional) national homelessness census, held on the night of Wednesday 7 February 2052 and "
         "published by the Brevonian Statistics Bureau on Tuesday 19 March: 48,730 people homeless, up 23 percent on "
         "the 2048 census, corrected on Monday 1 April to 47,960 (up 21 percent) after 770 people in Drummerel's "
         "temporary accommodation were found to have been counted on two lists; rough sleepers, shelters, temporary "
         "accommodation and people staying with friends, children and families, the rates per 10,000 inhabitants "
         "nationally and in Saltrane and Drummerel, the charities' rival estimates, the capital's rival rough-sleeper "
         "counts, the housing minister's 450 million vel plan, shelter capacity, rents and social housing, deaths among "
         "homeless people, and the comparison with neighbouring Tavaland, reported 19 March - 6 April 2052")

Q = [
    # id, role, part_of, description
    ("homeless_total", "total", None, "people homeless in Brevonia on census night: the Bureau's count (48,730, corrected to 47,960) and the charities' rival estimates (the Hearthway Trust's 70,000 to 80,000, the Housing Coalition's about 64,000)"),
    ("homeless_rise_pct", "other", None, "rise of the national count since the 2048 census (23 percent, corrected to 21)"),
    ("homeless_2048", "other", None, "people counted homeless in the 2048 census"),
    ("rough_sleepers", "part", "homeless_total", "people sleeping rough on census night, nationally"),
    ("rough_rise_pct", "other", None, "rise in rough sleepers since 2048"),
    ("rough_2048", "other", None, "rough sleepers counted in 2048"),
    ("rough_saltrane", "part", "rough_sleepers", "people sleeping rough in Saltrane on census night: the census count (2,890) and the Hearthway Trust's rival 'closer to 4,000'"),
    ("rough_saltrane_share", "other", None, "Saltrane's share of the rough sleepers (vague 'nearly half')"),
    ("rough_saltrane_council", "other", None, "rough sleepers found by Saltrane council's own street count on a night in January"),
    ("in_shelters", "part", "homeless_total", "people in emergency shelters on census night"),
    ("temp_accommodation", "part", "homeless_total", "people in temporary accommodation on census night (19,870, corrected to 19,100)"),
    ("with_friends", "part", "homeless_total", "people staying temporarily with friends or relatives on census night"),
    ("homeless_children", "part", "homeless_total", "children among the homeless (14,900, corrected to 14,590)"),
    ("child_age_limit", "other", None, "age limit defining a child in the census"),
    ("homeless_families", "count", None, "families among the homeless, mostly in temporary accommodation"),
    ("share_women", "other", None, "women's share of the homeless"),
    ("share_foreign_born", "other", None, "share of the homeless born abroad"),
    ("homeless_rate", "other", None, "homeless people per 10,000 inhabitants nationally (52, corrected to 51)"),
    ("homeless_saltrane", "part", "homeless_total", "people counted homeless in Saltrane"),
    ("homeless_rate_saltrane", "other", None, "homeless people per 10,000 inhabitants of Saltrane"),
    ("saltrane_rate_multiple", "other", None, "Saltrane's rate as a multiple of the national rate"),
    ("population", "population", None, "Brevonia's inhabitants"),
    ("population_growth", "other", None, "growth of Brevonia's population since 2048"),
    ("lookback_census", "other", None, "look-back to the previous census (four years)"),
    ("census_interval", "other", None, "interval between censuses"),
    ("big_cities", "other", None, "the number of largest cities that defines the Bureau's urban share (a term that defines the group)"),
    ("share_big_cities", "other", None, "the five largest cities' share of those counted"),
    ("share_big_cities_2048", "other", None, "their share in 2048"),
    ("census_volunteers", "count", None, "census volunteers this year"),
    ("census_volunteers_2048", "other", None, "census volunteers in 2048"),
    ("count_areas", "count", None, "areas walked on census night"),
    ("census_cost", "other", None, "cost of running the census"),
    ("double_counted", "total", None, "people in Drummerel's temporary accommodation counted twice"),
    ("double_counted_children", "part", "double_counted", "children among the double-counted"),
    ("error_share", "other", None, "the error as a share of the national total"),
    ("lists_count", "other", None, "lists (bodies) the double-counted people appeared on"),
    ("homeless_drummerel", "part", "homeless_total", "people counted homeless in Drummerel (3,420, corrected to 2,650)"),
    ("homeless_rate_drummerel", "other", None, "homeless per 10,000 Drummerel residents (130, corrected to about 100)"),
    ("homeless_drummerel_2048", "other", None, "people counted homeless in Drummerel in 2048"),
    ("rough_drummerel", "part", "homeless_drummerel", "rough sleepers in Drummerel"),
    ("rough_drummerel_2048", "other", None, "rough sleepers in Drummerel in 2048"),
    ("rough_drummerel_rise", "other", None, "rise in Drummerel's rough sleepers since 2048"),
    ("shelters_drummerel", "part", "homeless_drummerel", "people in Drummerel's night shelters on census night"),
    ("temp_drummerel", "part", "homeless_drummerel", "people in temporary accommodation in Drummerel (corrected)"),
    ("friends_drummerel", "part", "homeless_drummerel", "people staying with friends or family in Drummerel"),
    ("drummerel_shelter_beds", "population", None, "Drummerel's shelter beds"),
    ("drummerel_free_beds", "count", None, "Drummerel shelter beds empty on census night"),
    ("branded_weeks", "other", None, "time Drummerel was branded the homelessness capital"),
    ("drummerel_ta_spend", "other", None, "Drummerel's annual spending on temporary accommodation"),
    ("drummerel_hotel_spend", "other", None, "the part of it spent on hotel and guesthouse rooms"),
    ("lantern_meals", "other", None, "meals the Lantern Kitchen serves a night now"),
    ("lantern_meals_before", "other", None, "meals it served a night two years ago"),
    ("lookback_lantern", "other", None, "look-back for that comparison"),
    ("shelter_beds", "population", None, "Brevonia's shelter beds"),
    ("shelter_occupancy", "other", None, "share of shelter beds occupied on census night"),
    ("turned_away", "count", None, "people turned away from shelters on census night"),
    ("extra_shelter_beds", "other", None, "extra shelter beds promised in the housing plan"),
    ("extra_beds_share", "other", None, "those beds as a share of shelter capacity"),
    ("housing_plan", "other", None, "the housing minister's plan for homelessness services and social housing (450 million vels, about 391 million euros)"),
    ("housing_plan_years", "other", None, "period of the plan"),
    ("housing_plan_annual", "other", None, "the plan per year (150 million vels, roughly 130 million euros)"),
    ("plan_per_person", "other", None, "the plan per person counted"),
    ("saltrane_ta_spend", "other", None, "Saltrane council's spending last year on hostels and hotel rooms"),
    ("social_homes_target", "other", None, "government target for social homes built a year"),
    ("social_homes_built", "count", None, "social homes completed last year"),
    ("social_housing_share", "other", None, "social housing's share of Brevonia's homes"),
    ("waiting_list", "count", None, "households on waiting lists for social housing"),
    ("waiting_time", "other", None, "average wait for social housing"),
    ("waiting_list_clear_years", "other", None, "time to clear the waiting list at the target rate"),
    ("rough_target_cut", "other", None, "the government's aim to halve rough sleeping by 2056"),
    ("rough_target_level", "other", None, "the rough-sleeper count that halving would mean"),
    ("target_years_left", "other", None, "years left to meet the target"),
    ("rent_rise_national", "other", None, "rise in rents nationally over five years"),
    ("rent_rise_saltrane", "other", None, "rise in Saltrane rents over five years"),
    ("rent_rise_window", "other", None, "window of the rent rises (five years)"),
    ("wage_rise", "other", None, "rise in wages over the same five years"),
    ("rent_saltrane_onebed", "other", None, "average monthly rent of a one-bedroom flat in Saltrane"),
    ("rent_share_minwage", "other", None, "that rent as a share of a minimum-wage worker's take-home pay"),
    ("min_wage_net", "other", None, "a minimum-wage worker's monthly take-home pay"),
    ("homeless_deaths", "count", None, "homeless people who died last year (Hearthway Trust count)"),
    ("homeless_deaths_prev", "other", None, "deaths the year before"),
    ("youngest_death_age", "other", None, "age of the youngest who died"),
    ("death_avg_age", "other", None, "average age at death of homeless people"),
    ("illvor_age", "other", None, "Dagny Illvor's age"),
    ("illvor_months", "other", None, "time Dagny Illvor has slept in her car"),
    ("illvor_career_years", "other", None, "years Dagny Illvor worked"),
    ("stallard_children", "population", None, "Ruben Stallard's children"),
    ("stallard_age", "other", None, "Ruben Stallard's age"),
    ("stallard_child_age_1", "other", None, "age of his youngest child"),
    ("stallard_months", "other", None, "time the Stallards have lived in a hotel room"),
    ("stallard_room_size", "other", None, "size of the room"),
    ("stallard_applications", "count", None, "flats Ruben Stallard has applied for since the summer"),
    ("viewing_crowd", "other", None, "people at each flat viewing, as Stallard put it"),
    ("deposit_months", "other", None, "months of rent landlords want up front"),
    ("stallard_hotel_nightly", "other", None, "what the council pays the hotel a night"),
    ("stallard_hotel_monthly", "other", None, "what it pays a month"),
    ("stallard_rent_multiple", "other", None, "the hotel bill as a multiple of Stallard's old rent"),
    ("stallard_old_rent", "other", None, "Stallard's old monthly rent"),
    ("stallard_bill_comparison", "other", None, "period of hotel bills that exceeds the plan per person"),
    ("charity_census_multiple", "other", None, "the charities' true number as a multiple of the census count (vague 'half as large again')"),
    ("census_coverage_share", "other", None, "share of the problem the census saw if the Trust is right (vague 'barely two-thirds')"),
    ("rate_ratio_tavaland", "other", None, "Brevonia's homelessness rate as a multiple of Tavaland's"),
    ("count_ratio_tavaland", "other", None, "Brevonia's homeless count as a multiple of Tavaland's"),
    ("tav_homeless", "total", None, "homeless people in Tavaland at its November 2051 count"),
    ("tav_rough", "part", "tav_homeless", "rough sleepers in Tavaland"),
    ("tav_brevonians", "part", "tav_homeless", "Brevonian citizens among Tavaland's homeless"),
    ("tav_brevonians_2049", "other", None, "Brevonians among Tavaland's homeless in 2049"),
    ("tarrevik_homeless", "part", "tav_homeless", "homeless people in Tarrevik, Tavaland's capital"),
    ("tav_population", "population", None, "Tavaland's inhabitants"),
    ("tav_rate", "other", None, "Tavaland's homeless per 10,000 inhabitants"),
    ("tarrevik_population", "population", None, "Tarrevik's inhabitants"),
    ("tarrevik_rate", "other", None, "Tarrevik's homeless per 10,000 inhabitants"),
    ("tarrevik_rent_rise", "other", None, "rise in Tarrevik rents over five years"),
    ("tarrevik_night_shelters", "population", None, "Tarrevik's night shelters"),
    ("tarrevik_shelter_places", "population", None, "places in them"),
    ("tav_rough_fall", "other", None, "fall in rough sleeping in Tavaland since Housing First began in 2045"),
    ("tav_hf_years", "other", None, "years Tavaland has spent on Housing First (2045-2052)"),
    ("tav_hf_places", "population", None, "places in Tavaland's Housing First programme"),
    ("tav_hf_retention", "other", None, "share of participants still housed after two years"),
    ("tav_hf_retention_window", "other", None, "window of that retention rate"),
    ("tav_hf_cost", "other", None, "annual cost of Housing First to the Tavalish state"),
    ("tav_hf_cost_per_place", "other", None, "that cost per place"),
    ("tav_social_share", "other", None, "social housing's share of Tavaland's dwellings"),
    ("tav_advisers", "count", None, "Housing First advisers Tavaland offered to send"),
]

NOTES = ("Years and census labels ('2048', '2049', '2051', '2056'), dates ('7 February', 'March 19'), the ordinal 'fourth "
         "homelessness census' and 'a single February night', 'one night', 'One explanation' and 'None of these numbers' "
         "are not figures, nor are vague phrases without a number ('within a few months'); 'double-counted' names the "
         "error and is not a count. The national count is one quantity across its publication (48,730), its correction "
         "(47,960) and the charities' rival estimates of the same thing, the number of people homeless ('between 70,000 "
         "and 80,000', the tabloid's 'up to 80,000' for the same estimate's upper end, 'about 64,000'), which say the "
         "census missed people rather than measuring something else; the rise (23, corrected to 21 percent), the rate "
         "(52, corrected to 51 per 10,000), children (14,900, corrected to 14,590) and temporary accommodation (19,870, "
         "corrected to 19,100) are each one quantity across the correction, and so are Drummerel's count (3,420 -> "
         "2,650) and rate (130 -> about 100). Saltrane's rough sleepers on census night are one quantity in the census "
         "count (2,890) and the Hearthway Trust's 'closer to 4,000'; the council's own street count (3,150) was taken on "
         "another night in January and is a quantity of its own. The plan is one quantity in vels and in its euro "
         "conversion, and its annual amount one quantity in '150 million' vels and 'roughly 130 million euros'. "
         "Rates and shares are kept apart from counts (rates per 10,000, the multiples against the national rate, "
         "against Tavaland and against Stallard's old rent, the error's 1.6 percent, occupancy, the share of beds the "
         "plan adds). Tavaland's figures are another country's and quantities of their own; the Brevonians, rough "
         "sleepers and Tarrevik's homeless are parts of Tavaland's count. The 'seven years' of Tavaland's Housing First "
         "and the 'seven years' of the Brevonian social-housing wait are equal values that measure different things, as "
         "are 'more than double' (Saltrane's rate; Stallard's hotel bill) and 'four' (the years to 2056; Tarrevik's "
         "shelters). The Drummerel breakdown (188 rough sleepers, 402 in shelters, 1,640 in temporary accommodation, 420 "
         "with friends) is given as parts of Drummerel's count; Saltrane's rough sleepers as a part of the national rough "
         "sleepers. 'halve' is a figure (a cut of 50 percent), like 'cut by half'. 'Dad-of-two' is a figure. Optional: "
         "ages ('38', 'four', '19') and the census definition of a child ('under 18', a rule written exactly, '='), the look-backs 'four years "
         "earlier', 'in four years', 'four years ago' and 'two years ago', the windows 'five years' of the rent rises and "
         "'after two years' of Housing First retention, the census interval 'every four years', the 'five largest' cities that define the urban share, and the vague 'nearly "
         "half', 'barely two-thirds' and 'half as large again' (nominal 50, 67 and 1.5). The translated paper's '23 % "
         "more than four years ago' reads 'more than' with the rise, not with the look-back, which keeps '='. 'less "
         "than 2 per cent' is '<', 'more than 1,000 people' '>', 'closer to 4,000' '~'. The average age at death ('47') "
         "is a statistic of the event, not a person's age, and is scored.")

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
