#!/usr/bin/env python3
"""Hand-kept quantity table for e1; writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "merrowby_prisoner_exchange"
EVENT = ("Prisoner exchange between Kestrania and Suvendia (fictional) at Merrowby airport, Halvenia, "
         "Saturday 14 August 2077: Suvendia freed 27 Kestranians and Kestrania 30 Suvendians (52 named the day "
         "before), with 180 million dralms of frozen Suvendian assets released to a Halvenian account; "
         "reported 14-28 August 2077")
NOTES = ("The people freed are one running count from the lists announced on Friday (52: 24 Kestranians, 28 "
         "Suvendians) to the exchange (57: 27 and 30); the five added overnight are a count of their own. The "
         "Kestranians still held in Suvendia are one quantity in rival and revised counts (the foreign ministry's "
         "at least 19, then 23; the Families Circle's 41, which includes travel bans; Cellwatch's about 35), and "
         "so are the Suvendians still held in Kestrania (Suvendia's 46, Kestrania's 38). The freed Kestranians in "
         "hospital are one running count (5 -> 4 -> 2), a part of the freed Kestranians. 'more than a year' of "
         "talks is the 14 months in other words, and 'about 1,150 days' is Lena Marrowick's 38 months. A relative's "
         "'27 families' is the freed Kestranians. The poll's shares are of its own sample; a lookback that dates "
         "the broadsheet and a freed prisoner's age are optional.")
Q = [
 ["freed_total", "total", None, "people freed in the exchange (52 named on Friday, 57 exchanged on Saturday)"],
 ["freed_kest", "part", "freed_total", "Kestranians freed by Suvendia (24 named, 27 freed)"],
 ["freed_suv", "part", "freed_total", "Suvendians freed by Kestrania (28 named, 30 freed)"],
 ["freed_added", "count", None, "people added to the lists overnight (57 - 52)"],
 ["kest_journalists", "part", "freed_kest", "journalists among the freed Kestranians"],
 ["kest_dual", "part", "freed_kest", "freed Kestranians holding other passports too"],
 ["kest_hospital", "part", "freed_kest", "freed Kestranians in hospital in Ardelle (running count)"],
 ["suv_convicted", "part", "freed_suv", "freed Suvendians who had been convicted"],
 ["suv_awaiting", "part", "freed_suv", "freed Suvendians who were awaiting trial"],
 ["suv_pretrial", "other", None, "time some freed Suvendians had spent in pre-trial detention"],
 ["talks_months", "other", None, "length of the talks (14 months, more than a year)"],
 ["talks_rounds", "count", None, "rounds of talks in Merrowby"],
 ["round_length", "other", None, "length of the longest rounds of talks"],
 ["list_changes", "count", None, "times the list changed on the last night"],
 ["aircraft", "count", None, "aircraft at the handover"],
 ["aircraft_gap", "other", None, "distance between the two aircraft"],
 ["handover_time", "other", None, "length of the handover"],
 ["flight_time", "other", None, "flight time from Merrowby to Torrask"],
 ["vant_years", "other", None, "time Idris Vantholm was held"],
 ["vant_sentence", "other", None, "Idris Vantholm's sentence"],
 ["vant_weight", "other", None, "weight Idris Vantholm lost in prison"],
 ["vant_solitary", "other", None, "time Idris Vantholm spent in solitary confinement"],
 ["vant_counted", "other", None, "days Idris Vantholm counted before he stopped"],
 ["letters_allowed", "other", None, "letters a year Idris Vantholm was allowed"],
 ["kest_sentences", "other", None, "combined prison sentences of the freed Kestranians"],
 ["kest_sentence_avg", "other", None, "average sentence of the freed Kestranians"],
 ["kolbesh_sentence", "other", None, "Dmitar Kolbesh's sentence"],
 ["kolbesh_served", "other", None, "years Dmitar Kolbesh had served"],
 ["assets", "other", None, "frozen Suvendian central bank assets released (dralms and penks)"],
 ["rate", "other", None, "exchange rate, penks to the dralm"],
 ["assets_per_kest", "other", None, "released assets per freed Kestranian"],
 ["assets_medicine_share", "other", None, "share of the assets the Suvendian health ministry wants for insulin and cancer drugs"],
 ["assets_budget_share", "other", None, "the assets as a share of Suvendia's state budget"],
 ["state_budget", "other", None, "Suvendia's state budget this year"],
 ["swap_ratio", "other", None, "prisoners given for each prisoner returned"],
 ["kest_still_held", "count", None, "Kestranians still held in Suvendia (rival and revised counts)"],
 ["ratio_fam_min", "other", None, "the Families Circle's count against the ministry's"],
 ["kest_cases_confirmed", "count", None, "cases the foreign ministry confirmed when it raised its count"],
 ["kest_detained_since", "count", None, "Kestranians detained by Suvendia since 2069 (Cellwatch)"],
 ["suv_still_held", "total", None, "Suvendians still held in Kestrania (Suvendia's and Kestrania's counts)"],
 ["suv_still_convicted", "part", "suv_still_held", "Suvendians in Kestranian prisons serving sentences"],
 ["swap_2069", "total", None, "people freed in the 2069 exchange"],
 ["swap_2069_kest", "part", "swap_2069", "Kestranians freed in the 2069 exchange"],
 ["crowd_ardelle", "count", None, "people waiting at Ardelle airport"],
 ["crowd_torrask", "count", None, "people waiting at Torrask"],
 ["crowd_holdwick", "count", None, "people waiting in Holdwick for Lena Marrowick"],
 ["brother_years", "other", None, "years a campaigner's brother has spent in Kolvat prison"],
 ["husband_years", "other", None, "years a Suvendian woman's husband has been held in Ardelle without a verdict"],
 ["marrowick_months", "other", None, "time Lena Marrowick was held (38 months, about 1,150 days)"],
 ["marrowick_age", "other", None, "Lena Marrowick's age"],
 ["marrowick_sentence", "other", None, "Lena Marrowick's sentence"],
 ["marrowick_weight", "other", None, "weight Lena Marrowick lost"],
 ["ribbons", "count", None, "yellow ribbons tied in Holdwick"],
 ["petition", "count", None, "signatures on the petition for Lena Marrowick"],
 ["holdwick_pop", "population", None, "people living in Holdwick"],
 ["vigils", "count", None, "Friday vigils for Lena Marrowick"],
 ["cornhall_seats", "population", None, "seats at the Corn Hall welcome evening"],
 ["cornhall_tickets_time", "other", None, "time it took for the Corn Hall tickets to go"],
 ["poll_sample", "count", None, "adults polled for the Chronicle"],
 ["poll_support", "other", None, "share of those polled in favour of the deal"],
 ["poll_oppose", "other", None, "share of those polled against the deal"],
 ["poll_support_young", "other", None, "support among the youngest voters"],
 ["lookback", "other", None, "time since the exchange (dates the article)"],
 ["hospital_beds", "population", None, "beds the Ardelle hospital set aside for the freed Kestranians"],
 ["vant_shared", "other", None, "time Idris Vantholm shared a cell"],
 ["vant_cellmates", "count", None, "prisoners Idris Vantholm shared a cell with"],
 ["vant_daughters", "count", None, "Idris Vantholm's daughters"],
 ["opp_seats", "population", None, "seats held by the opposition Civic Bloc"],
 ["parl_seats", "population", None, "seats in Kestrania's parliament"],
 ["insulin_patients", "count", None, "patients the insulin bought with the assets would serve for a year"],
 ["fam_letters", "count", None, "letters written by Suvendian families to the Kestranian embassy"],
 ["reception_guests", "count", None, "guests at the president's reception in Torrask"],
 ["van_load", "other", None, "medical supplies in Lena Marrowick's van"],
 ["clinic_patients", "population", None, "patients served by the clinic near the border"],
 ["marrowick_cellmates", "count", None, "women Lena Marrowick shared a cell with"],
 ["marrowick_calls", "other", None, "phone calls a month Lena Marrowick was allowed"],
 ["vigil_attendance", "other", None, "people at each Friday vigil"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
