#!/usr/bin/env python3
"""Hand-kept table of the quantities of the Estravia census event; writes meta.json beside it."""
import json
import os

FOLDER = "estravia_census_2052"
EVENT = ("First results of Estravia's 2052 national census (fictional), published by the Statistics Institute "
         "on Tuesday 17 June 2053, and their corrections: the Karsk processing fault (68,600 residents added on "
         "8 July 2053), the misread country of birth of about 60,000 residents (22 July) and the post-enumeration survey; reported "
         "17 June - 4 August 2053")
NOTES = (
    "The population counted on census day is one quantity through its first publication (14,862,400, rounded to "
    "14.86 million in headlines and in the translated copy), its correction (14,931,000), the Halvard Centre's rival "
    "estimate (closer to 15.2 million) and the post-enumeration survey's adjusted estimate (about 15.17 million): all "
    "estimate how many people lived in Estravia on census day. Because the census population is the event's own "
    "measured quantity, it is a 'total' with parts (regions, the capital, the over-65s, the residents born abroad), "
    "not a 'population'. Growth since 2042 (744,400 -> 813,000; 5.3 -> 5.8 per cent), Karsk's population "
    "(1,142,000 -> 1,210,600), its fall (7.6 -> 2.1 per cent; almost 100,000 -> 25,400 people), the residents born "
    "abroad (1.93 -> 1.87 million, with the tabloid's 'Nearly two million') and their share (13 -> 12.5 per cent), "
    "the response rate (94.6 -> 95.1 per cent), the seats Karsk loses (three -> two) and Lindemar gains (two -> "
    "one), Karsk's seats after the redistribution (16 -> 17) and the census cost (410 -> about 413 million "
    "florins, with its euro conversion) are each one quantity through the correction. The residents missing from "
    "Karsk's count are one quantity through the institute's first guess (about 60,000, also 'Sixty thousand people' "
    "in the local paper's arithmetic), the governor's 'up to' / 'as many as 70,000' and the final 68,600; the household "
    "forms left out (about 23,000 -> 26,100) and the grant money at stake (about 110 -> about 126 million florins a "
    "year, about 10.5 million euros) follow them. Alderquay's population is one quantity through the count "
    "(2,408,300), the survey's adjusted figure (about 2.49 million) and the mayor's 'at least 2.6 million'; the "
    "municipal register's 118,000 for Tarnholm is a rival figure for the town counted at 96,400. The tabloid's "
    "'ONE IN FIVE' / 'one in five' over 65 is the over-65 share in other words (value 5, as 'one X for every N Y'). "
    "Age limits that define a group (65, 85, 100, under 15, 20 to 44) are ages and optional, like people's ages; "
    "look-backs that date the article (nine days, seven weeks) are optional; vague shares ('Almost two thirds', "
    "'less than half as large', 'less than a third') are optional with nominal values. The 2042 census figures, the "
    "2042 correction and Norvaska's own census are quantities of their own. 'several thousand' is vague and not a "
    "figure."
)
Q = [
    # id, role, part_of, description
    ["pop_total", "total", None, "Estravia's population on census day 2052: the census count as first published, as corrected, and rival/adjusted estimates"],
    ["pop_2042", "other", None, "Estravia's population at the 2042 census"],
    ["pop_growth", "other", None, "increase in population since the 2042 census, in people (first and corrected)"],
    ["pop_growth_pct", "other", None, "increase in population since the 2042 census, in per cent (first and corrected)"],
    ["natural_change", "other", None, "excess of deaths over births over the decade 2042-2052"],
    ["net_migration", "other", None, "net arrivals from abroad over the decade 2042-2052"],
    ["births_2051", "other", None, "babies born in Estravia in 2051"],
    ["fertility", "other", None, "average children per woman in Estravia"],
    ["replacement_fertility", "other", None, "children per woman needed to keep the population steady without migration"],
    ["over65_share", "other", None, "share of residents aged 65 and over at the 2052 census (per cent, or 'one in five')"],
    ["over65_share_2042", "other", None, "share of residents aged 65 and over in 2042"],
    ["over65_share_change", "other", None, "rise in the over-65 share since 2042, in percentage points"],
    ["over65_count", "part", "pop_total", "residents aged 65 and over at the 2052 census"],
    ["over85_count", "part", "over65_count", "residents aged 85 and over at the 2052 census"],
    ["centenarians", "part", "over85_count", "residents aged 100 and over at the 2052 census"],
    ["centenarians_2042", "other", None, "residents aged 100 and over at the 2042 census"],
    ["centenarians_multiple", "other", None, "multiple by which the number of centenarians grew since 2042"],
    ["stadium_multiple", "other", None, "times the over-65s would fill the national stadium"],
    ["under15_share", "other", None, "share of residents under 15 at the 2052 census"],
    ["under15_share_2042", "other", None, "share of residents under 15 in 2042"],
    ["median_age", "other", None, "median age of residents at the 2052 census"],
    ["median_age_2042", "other", None, "median age of residents in 2042"],
    ["sande_years", "other", None, "an estate agent's years in the trade (optional)"],
    ["empty_homes", "count", None, "dwellings empty on census night"],
    ["empty_homes_holiday_share", "other", None, "share of empty dwellings that are holiday or second homes"],
    ["households", "count", None, "households counted by the 2052 census"],
    ["household_size", "other", None, "average people per household at the 2052 census"],
    ["household_size_2042", "other", None, "average people per household in 2042"],
    ["one_person_share", "other", None, "share of households consisting of one person"],
    ["born_abroad", "part", "pop_total", "residents born abroad at the 2052 census (first and corrected)"],
    ["born_abroad_share", "other", None, "share of residents born abroad (first and corrected)"],
    ["born_abroad_2042", "other", None, "residents born abroad in 2042"],
    ["born_abroad_share_2042", "other", None, "share of residents born abroad in 2042"],
    ["norvaskans", "part", "born_abroad", "residents of Estravia born in Norvaska at the 2052 census"],
    ["norvaskans_2042", "other", None, "residents of Estravia born in Norvaska in 2042"],
    ["norvaskans_growth", "other", None, "increase in Norvaska-born residents since 2042, per cent"],
    ["norvaskans_share", "other", None, "Norvaska-born residents as a share of all residents born abroad"],
    ["norvaskans_pop_share", "other", None, "Norvaska-born residents as a share of Estravia's population"],
    ["norvaskans_young_share", "other", None, "share of Norvaska-born residents aged 20 to 44 (vague, optional)"],
    ["norvaska_pop", "population", None, "Norvaska's population at its 2050 census"],
    ["norvaska_pop_ratio", "other", None, "Norvaska's population relative to Estravia's (vague, optional)"],
    ["norvaska_over65_share", "other", None, "share of Norvaska's residents aged 65 and over"],
    ["norvaska_census_cost", "other", None, "cost of Norvaska's 2050 census"],
    ["norvaska_register_cost_share", "other", None, "cost of Norvaska's planned register census as a share of its last census (vague, optional)"],
    ["commuters", "population", None, "people commuting daily from Norvaska to work in Estravia"],
    ["border_length", "other", None, "length of Karsk's border with Norvaska"],
    ["alderquay_pop", "part", "pop_total", "population of the capital Alderquay on census day: count, survey-adjusted and mayor's estimates"],
    ["alderquay_share", "other", None, "Alderquay's share of the national population"],
    ["alderquay_growth", "other", None, "Alderquay's growth since 2042, per cent"],
    ["alderquay_undercount", "other", None, "census undercount in Alderquay according to the post-enumeration survey"],
    ["lindemar_pop", "part", "pop_total", "population of Lindemar region at the census"],
    ["lindemar_growth", "other", None, "Lindemar's growth since 2042, per cent"],
    ["karsk_pop", "part", "pop_total", "population of Karsk region on census day (first count and corrected)"],
    ["karsk_pop_2042", "other", None, "population of Karsk region in 2042"],
    ["karsk_change_pct", "other", None, "fall in Karsk's population since 2042, per cent (first and corrected)"],
    ["karsk_loss_people", "other", None, "fall in Karsk's population since 2042, in people (first and corrected)"],
    ["karsk_missing", "part", "karsk_pop", "Karsk residents left out of the first count by the processing fault (estimates and final)"],
    ["tarnholm_missing", "part", "karsk_missing", "residents of Tarnholm district added by the correction"],
    ["vellach_missing", "part", "karsk_missing", "residents of Vellach district added by the correction"],
    ["districts_affected", "count", None, "districts whose forms were left out of the count"],
    ["forms_lost", "count", None, "household forms from Tarnholm and Vellach scanned but not loaded"],
    ["tarnholm_pop", "part", "karsk_pop", "population of the town of Tarnholm: first census count and municipal register"],
    ["tarnholm_schools", "population", None, "primary schools in Tarnholm"],
    ["municipalities", "population", None, "municipalities in Estravia"],
    ["municipalities_fell", "count", None, "municipalities that lost residents since 2042"],
    ["karsk_municipalities", "population", None, "municipalities in Karsk"],
    ["karsk_municipalities_fell", "count", None, "Karsk municipalities that lost residents on the first count"],
    ["seats_total", "population", None, "seats in parliament"],
    ["census_interval", "other", None, "interval between censuses (rule)"],
    ["seats_alderquay_gain", "count", None, "seats Alderquay gains in the redistribution"],
    ["seats_lindemar_gain", "count", None, "seats Lindemar gains in the redistribution (first and corrected)"],
    ["seats_karsk_loss", "count", None, "seats Karsk loses in the redistribution (first and corrected)"],
    ["karsk_seats_before", "population", None, "Karsk's seats in parliament before the redistribution"],
    ["karsk_seats_after", "count", None, "Karsk's seats after the redistribution (first and corrected)"],
    ["karsk_seats_saved", "count", None, "seats Karsk officials hoped a corrected count would save"],
    ["karsk_deadline", "other", None, "days the governor gave before going to court"],
    ["response_rate", "other", None, "national census response rate (first and revised)"],
    ["response_rate_2042", "other", None, "response rate of the 2042 census"],
    ["karsk_response_rate", "other", None, "published response rate in Karsk"],
    ["people_per_point", "other", None, "people per percentage point of response rate"],
    ["online_share", "other", None, "share of census returns made online, nationally"],
    ["karsk_online_share", "other", None, "share of Karsk households answering online"],
    ["enumerators", "total", None, "census enumerators nationally"],
    ["karsk_enumerators", "part", "enumerators", "census enumerators in Karsk"],
    ["brisk_households", "count", None, "households visited by one enumerator"],
    ["brisk_weeks", "other", None, "weeks of one enumerator's fieldwork"],
    ["brisk_km", "other", None, "distance walked by one enumerator"],
    ["brisk_visits", "count", None, "visits one enumerator made to some farms"],
    ["census_cost", "other", None, "cost of the 2052 census (first and after the corrections), florins and euros"],
    ["census_budget", "other", None, "budget for the 2052 census"],
    ["census_overrun", "other", None, "census cost above budget"],
    ["cost_per_head", "other", None, "census cost per resident"],
    ["fx_rate", "other", None, "florins per euro"],
    ["grant_per_head", "other", None, "central government grant per resident per year"],
    ["grant_at_stake", "other", None, "yearly grant money tied to the residents missing from Karsk's count (florins and euros)"],
    ["grant_at_stake_share", "other", None, "grant money at stake as a share of Karsk's budget"],
    ["karsk_budget", "other", None, "Karsk region's budget"],
    ["office_distance", "other", None, "distance from Tarnholm to the nearest regional office of the institute"],
    ["tarnholm_office_staff_before", "population", None, "staff of the institute's Tarnholm office before it closed"],
    ["tarnholm_office_staff", "count", None, "Tarnholm office staff who moved with the office"],
    ["corrections_count", "count", None, "corrections the institute made to the census results"],
    ["undercount_pct", "other", None, "national census undercount according to the post-enumeration survey"],
    ["miscoded", "count", None, "residents wrongly recorded as born abroad"],
    ["survey_households", "count", None, "households visited in the post-enumeration survey"],
    ["correction_2042", "other", None, "size of the correction to the 2042 census"],
    ["correction_2042_delay", "other", None, "time after publication at which the 2042 census was corrected"],
    ["correction_cost", "other", None, "cost of the Karsk correction and the recoding of country of birth"],
    ["hearing_hours", "other", None, "length of the director's hearing before the statistics committee"],
    ["register_census_cost", "other", None, "expected cost of a register-based census in 2062"],
    ["age_65", "other", None, "age limit 65 defining the over-65s (optional)"],
    ["age_85", "other", None, "age limit 85 (optional)"],
    ["age_15", "other", None, "age limit 15 (optional)"],
    ["age_100", "other", None, "age limit 100 (optional)"],
    ["age_20_44", "other", None, "ages 20 to 44 (optional)"],
    ["age_greta", "other", None, "age of a centenarian (optional)"],
    ["age_walt", "other", None, "age of a pensioner (optional)"],
    ["greta_family_children", "other", None, "a centenarian's children (optional)"],
    ["greta_family_grandchildren", "other", None, "a centenarian's grandchildren (optional)"],
    ["lookback_days", "other", None, "days since publication (optional look-back)"],
    ["lookback_weeks", "other", None, "weeks since publication (optional look-back)"],
]
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
