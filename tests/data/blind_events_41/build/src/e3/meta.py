#!/usr/bin/env python3
"""Hand-kept quantity table for event 3; writes meta.json beside it."""
import json
import os

FOLDER = "elsbeth_mara_sea_search"
EVENT = ("Sea search for the crew of the Gellish trawler Elsbeth Mara (fictional), which sank in a storm about 140 "
         "kilometres north-west of Skarrow, Gelland, after a mayday at 11.52pm on Sunday 12 November 2056; two men "
         "rescued, three bodies recovered, four missing when the active search was called off at 6pm on Thursday "
         "16 November; the wreck found on 5 December; reported 13 November - 9 December 2056")

NOTES = (
    "Running counts reported anew are one quantity each: the dead (one -> two -> three), the missing (the "
    "coastguard's five with eight aboard and the owner's six with nine on Monday -> five -> four), the vessels (six "
    "in the first hours -> 14 -> 19 -> 23), helicopters (two -> three -> four) and aircraft (one -> two -> three) "
    "taking part, the search area (about 2,600 -> 9,400 -> 18,000 square kilometres), the families' fund (1.2 -> 3.4 "
    "-> 5.1 million daler) and its donors (9,800 -> more than 31,000 -> about 52,000), and the search cost (11.6 -> "
    "13.3 million daler, about 1.66 -> 1.9 million euros). The crew aboard is one quantity across the coastguard's "
    "first 'eight' and the corrected 'nine' (a statistic and its correction). Rival estimates are one quantity: the "
    "time until the first helicopter reached the scene (the coastguard's 1 hour 35 minutes, the families' 'more "
    "than two hours', the investigation board's 1 hour 52 minutes) and the time the boat took to sink (the "
    "survivor's 'less than ten minutes', the board's 'about eight minutes'). New: a duration written in two units "
    "takes the value in the larger unit (1 hour and 35 minutes -> 1.5833333 hours; 1 hour and 52 minutes -> "
    "1.8666667), as 'an hour and a half' -> 1.5 did before. The same amount in other units or words is one "
    "quantity: the distance (76 nautical miles, about 140 km), the search's length ('90 hours', 'about 90 hours', "
    "'almost four days', value 4), the base's yearly cost and saving (3.5 million daler, 'Three and a half "
    "million'), the Farrish navy's cost (about 640,000 euros, about 4.5 million daler), the recovery cost (about 9 "
    "million daler, about 1.3 million euros). The tabloid's unhedged fact-box entries ('Hours in life raft: 8', "
    "'Highest waves: 8m', 'Sea temperature: 7C') are the same quantities as the hedged or bounded body figures. "
    "Parts: the rescued and the lost (dead or missing, 'seven men') are parts of the crew, the dead and the missing "
    "parts of the lost, the two Gellish deckhands still missing part of the missing, the Farrish crew part of the "
    "crew; the 47 deaths in the ten years to 2055 are part of the 54 since 2046 (a different period, its own "
    "quantity). The time elapsed by Wednesday evening (almost 70 hours) is a different moment from the search's "
    "length when called off. New: the base of a rate ('per 1,000 fishermen') is optional. Ages, the skipper's 41 "
    "years at sea, Emil Haug's two summers on a salmon farm and look-backs ('15 years ago', 'Fifteen years later', "
    "'three weeks after', the past ten years) are optional, and so is the vague 'more than half'. Ordinals ('a "
    "second body', 'a third body', 'The second Farrish') and 'the two countries' are not figures; nor are "
    "'both' as a pronoun ('both were suffering'), 'once for each man' and the years 2019, 2038, 2041, 2046, 2050, 2052, 2053 and 2055 are not figures. Thresholds keep "
    "their words outside the quote: older than '30 years', working at more than '200 metres'.")

Q = [
    ["crew", "total", None, "Men aboard the Elsbeth Mara (coastguard first eight, corrected to nine)"],
    ["rescued", "part", "crew", "Crew rescued alive"],
    ["lost", "part", "crew", "Crew lost: dead or missing"],
    ["dead", "part", "lost", "Crew confirmed dead, bodies recovered (running count)"],
    ["missing", "part", "lost", "Crew still missing (running count)"],
    ["missing_gellish", "part", "missing", "Gellish deckhands among the missing"],
    ["farr_crew", "part", "crew", "Farrish citizens in the crew"],
    ["vessels", "count", None, "Vessels taking part in the search (running count)"],
    ["helicopters", "count", None, "Helicopters taking part in the search (running count)"],
    ["planes", "count", None, "Fixed-wing aircraft taking part in the search (running count)"],
    ["search_area", "other", None, "Area searched (running)"],
    ["search_area_ratio", "other", None, "Tuesday's search area as a multiple of Monday's"],
    ["search_area_vs", "other", None, "Search area as a share of Gelland's mainland (vague)"],
    ["search_hours", "other", None, "Length of the active search when called off (90 hours, almost four days)"],
    ["elapsed_wed", "other", None, "Time elapsed since the sinking by Wednesday evening"],
    ["search_cost", "other", None, "Coastguard's cost of the search (11.6 -> 13.3 million daler; euros)"],
    ["farr_cost", "other", None, "Farrish navy's cost of its part in the search (euros and daler)"],
    ["fx", "other", None, "Exchange rate, daler per euro"],
    ["response_time", "other", None, "Time from the mayday until the first helicopter reached the scene (coastguard, families, board)"],
    ["alert_delay", "other", None, "Time from the mayday until the helicopter crew was alerted"],
    ["skarrow_flight", "other", None, "Flying time from the closed Skarrow base to the scene"],
    ["base_saving", "other", None, "Yearly running cost of the Skarrow helicopter base, saved by closing it"],
    ["beacon_delay", "other", None, "Time from the mayday until the emergency beacon transmitted"],
    ["sink_time", "other", None, "Time the boat took to sink (survivor less than ten minutes, board about eight)"],
    ["raft_hours", "other", None, "Time the survivors spent in the life raft"],
    ["dray_temp", "other", None, "Ansel Dray's body temperature on reaching hospital"],
    ["distance", "other", None, "Distance of the sinking from Skarrow (km and nautical miles)"],
    ["depth", "other", None, "Depth of the wreck"],
    ["wreck_offset", "other", None, "Distance of the wreck from the mayday position"],
    ["boat_length", "other", None, "Length of the Elsbeth Mara"],
    ["catch", "other", None, "Fish aboard when she sank"],
    ["trip_days", "other", None, "Days of fishing before the sinking"],
    ["wind", "other", None, "Wind gusts during the storm"],
    ["waves", "other", None, "Wave height during the storm"],
    ["sea_temp", "other", None, "Sea temperature in the area"],
    ["survival_no_suit", "other", None, "Survival time in the water without a suit"],
    ["survival_suit", "other", None, "Survival time in the water with a survival suit"],
    ["suits", "population", None, "Survival suits aboard"],
    ["crane", "other", None, "Weight of the crane fitted in 2053"],
    ["cert_expired", "other", None, "How long before the sinking the stability certificate had expired"],
    ["dive_threshold", "other", None, "Depth beyond which saturation divers are needed (threshold)"],
    ["recovery_weeks", "other", None, "Expected length of the recovery operation"],
    ["recovery_cost", "other", None, "Expected cost of the recovery operation (daler and euros)"],
    ["inquiry_deadline", "other", None, "Time the Accident Investigation Board has to report"],
    ["inspections_2055", "count", None, "Fishing-vessel inspections in 2055"],
    ["inspections_2050", "count", None, "Fishing-vessel inspections in 2050"],
    ["inspections_fall", "other", None, "Fall in inspections, 2050 to 2055"],
    ["inspectors_old", "population", None, "Fishing-fleet inspectors before"],
    ["inspectors_new", "population", None, "Fishing-fleet inspectors now"],
    ["gel_fleet", "population", None, "Fishing vessels in Gelland"],
    ["gel_fleet_old", "other", None, "Share of Gellish fishing vessels older than 30 years"],
    ["old_threshold", "other", None, "Age threshold for old vessels (30 years)"],
    ["fishermen", "population", None, "Fishermen in Gelland"],
    ["deaths_since_2046", "total", None, "Gellish fishermen who died at sea since 2046, including the Elsbeth Mara's seven"],
    ["deaths_decade", "part", "deaths_since_2046", "Fishing deaths in the ten years to 2055"],
    ["deaths_decade_period", "other", None, "The ten years of the fishing-death count (optional look-back)"],
    ["death_rate", "other", None, "Fishing deaths per 1,000 fishermen a year"],
    ["death_rate_base", "other", None, "Base of the death rate, per 1,000 fishermen (optional)"],
    ["brenna_crew", "total", None, "Crew lost with the Brenna Sol in 2041"],
    ["brenna_farr", "part", "brenna_crew", "Farrish men among the Brenna Sol's crew"],
    ["brenna_skarrow", "part", "brenna_crew", "Skarrow men among the Brenna Sol's crew"],
    ["brenna_inquiry", "other", None, "Length of the Brenna Sol inquiry"],
    ["brenna_recs", "total", None, "Recommendations of the Brenna Sol inquiry"],
    ["brenna_recs_done", "part", "brenna_recs", "Brenna Sol recommendations carried out"],
    ["brenna_lookback", "other", None, "Years since the Brenna Sol (optional look-back)"],
    ["lookback_moe", "other", None, "Union secretary's 'Fifteen years later' (optional look-back)"],
    ["lookback_wreck", "other", None, "Weeks from the sinking to the wreck's discovery (optional look-back)"],
    ["fund", "other", None, "Money raised by the families' fund (running)"],
    ["donors", "count", None, "Donors to the families' fund (running)"],
    ["skarrow_boats", "population", None, "Fishing boats registered in Skarrow"],
    ["boats_joined", "count", None, "Skarrow boats that joined the search"],
    ["boats_joined_days", "other", None, "Days some Skarrow boats searched without a break"],
    ["boats_in_port", "count", None, "Skarrow boats that stayed in harbour as a mark of respect"],
    ["skarrow_pop", "population", None, "Population of Skarrow"],
    ["skarrow_fishermen", "population", None, "Fishermen in Skarrow"],
    ["petition", "count", None, "Signatures on the petition to keep the Skarrow base"],
    ["crisis_staff", "population", None, "Volunteers and counsellors staffing the Skarrow crisis centre"],
    ["crisis_visits", "count", None, "Visitors to the crisis centre since Monday"],
    ["church_seats", "population", None, "Seats in the Harbour Church"],
    ["memorial_expected", "other", None, "People expected at the memorial service"],
    ["flags_days", "other", None, "Days flags fly at half-mast"],
    ["farr_search_days", "other", None, "Days the Farrish patrol aircraft searched"],
    ["farr_sorties", "count", None, "Sorties flown by the Farrish patrol aircraft"],
    ["farr_plane_hours", "other", None, "Hours flown by the Farrish patrol aircraft"],
    ["tarn_crew", "population", None, "Sailors aboard the Farrish patrol vessel Tarn"],
    ["farr_on_gellish", "population", None, "Farrish citizens working on Gellish fishing boats"],
    ["deckhand_pay", "other", None, "Monthly pay of a deckhand in Gelland (daler and euros)"],
    ["farr_deckhand_pay", "other", None, "Monthly pay of a deckhand in Farrland"],
    ["ostvag_vigil", "count", None, "People at the vigil in Ostvaag"],
    ["bells", "other", None, "Times the church bells rang in Ostvaag"],
    ["haug_summers", "other", None, "Summers Emil Haug worked on a salmon farm (optional)"],
    ["ravald_years", "other", None, "Skipper Jon Ravald's years at sea (optional)"],
    ["age_haug", "other", None, "Age of Emil Haug (optional)"],
    ["age_dray", "other", None, "Age of Ansel Dray (optional)"],
    ["age_lunde", "other", None, "Age of Kai Lunde (optional)"],
    ["age_tarvik", "other", None, "Age of Oddvar Tarvik (optional)"],
    ["age_ravald", "other", None, "Age of Jon Ravald (optional)"],
    ["age_eklund", "other", None, "Age of Mats Eklund (optional)"],
    ["age_voss", "other", None, "Age of Per Voss (optional)"],
    ["age_hedlund", "other", None, "Age of Arne Hedlund (optional)"],
    ["age_brekke", "other", None, "Age of Nils Brekke (optional)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(len(Q), "quantities")
