#!/usr/bin/env python3
"""Hand-kept quantity table for e1 (the Vessarine Museum jewel theft); writes meta.json beside it."""
import json
import os

FOLDER = "vessarine_museum_jewel_theft"
EVENT = ("Theft of the Pellegar jewels from the Vessarine Museum, Halvesk, Quendria (fictional), early on Sunday "
         "13 March 2078: arrests in Halvesk and in neighbouring Trassenland, rival valuations, a reward, and three "
         "pieces recovered; reported 13 March - 5 April 2078")
NOTES = ("Pieces stolen: 'at least seven' on the day and nine from the Monday are one running count, with the brooches, "
         "earrings and bracelets, the pieces recovered and those still missing as parts; the 15 pieces left behind are "
         "a count of their own and the 24 in the case a population. The thieves (three -> four) are one running count, "
         "those who went inside a part. "
         "Arrests (2 -> 4 -> 5) are a running count with the arrests in Halvesk and in Tesslingen and the people "
         "charged as parts. The market value joins every rival estimate of what the jewels would fetch (the Jewellers' "
         "Circle's 70-90 million and 'up to 90 million', a valuer's 'about 60 million', the tabloid's 100 million, the "
         "krell conversion); the insured value (38 million) is a term of the policy and kept apart, as are the value "
         "if the stones are broken up and the tiara's own value. The time inside ('less than five minutes', 'just over "
         "four minutes', '260 seconds') and the police response (the police's 11 minutes, a guard's 'nearly 15' and a "
         "councillor's '15') are one measure each in rival figures. The closure ('at least seven days', 'seven to ten "
         "days') is joined with the six days it lasted. The reward raised by the insurer from 500,000 to 1 million "
         "drennets is one amount changed by its claimant. Ages and look-backs are optional.")
Q = [
    ["pieces_stolen", "total", None, "pieces of the Pellegar jewels stolen (running count: at least 7 -> 9)"],
    ["brooches_stolen", "part", "pieces_stolen", "brooches among the stolen pieces"],
    ["earrings_stolen", "part", "pieces_stolen", "earrings among the stolen pieces"],
    ["bracelets_stolen", "part", "pieces_stolen", "bracelets among the stolen pieces"],
    ["pieces_recovered", "part", "pieces_stolen", "stolen pieces recovered by police"],
    ["earrings_recovered", "part", "pieces_recovered", "earrings among the recovered pieces"],
    ["pieces_missing", "part", "pieces_stolen", "stolen pieces still missing"],
    ["pieces_in_case", "population", None, "pieces in the Pellegar display case"],
    ["pieces_left", "count", None, "pieces left behind in the case"],
    ["tiara_diamonds", "population", None, "diamonds in the tiara"],
    ["necklace_sapphires", "population", None, "sapphires in the necklace"],
    ["thieves", "total", None, "people taking part in the raid (running count: 3 -> 4)"],
    ["thieves_inside", "part", "thieves", "raiders who went inside the building"],
    ["time_inside", "other", None, "time the raiders spent inside the museum"],
    ["ladder_height", "other", None, "height of the raiders' ladder"],
    ["guards_on_duty", "count", None, "guards on duty on the night of the raid"],
    ["guards_planned", "other", None, "night guards planned after the security upgrade"],
    ["police_response", "other", None, "time from the alarm to the first police car (rival figures)"],
    ["van_distance", "other", None, "distance from the city at which the burnt-out van was found"],
    ["van_stolen_before", "other", None, "how long before the raid the van had been stolen (look-back)"],
    ["glass_thickness", "other", None, "thickness of the display case glass"],
    ["insured_value", "other", None, "sum for which the collection is insured"],
    ["market_value", "other", None, "estimated auction or market value of the stolen jewels (rival estimates)"],
    ["broken_up_value", "other", None, "what the stones might fetch if broken up and recut"],
    ["broken_up_share", "other", None, "share of the value left if the stones are broken up"],
    ["market_to_insured_ratio", "other", None, "ratio of the tabloid's black-market value to the insured value"],
    ["tiara_value", "other", None, "catalogue value of the tiara alone"],
    ["tiara_weight", "other", None, "weight of the tiara"],
    ["reward", "other", None, "insurer's reward for information (500,000 -> 1 million drennets)"],
    ["exchange_rate", "other", None, "krell per drennet"],
    ["annual_visitors", "population", None, "museum visitors last year"],
    ["daily_visitors", "population", None, "museum's usual visitors a day"],
    ["daily_visitors_after", "other", None, "visitors a day since the reopening"],
    ["visitors_drop", "other", None, "fall in visitor numbers since the reopening against a year ago"],
    ["visitors_since_reopening", "count", None, "visitors since the reopening"],
    ["reopening_visitors", "count", None, "visitors on the day the museum reopened"],
    ["tickets_refunded", "count", None, "tickets sold online for the closed week, to be refunded"],
    ["closed_days", "other", None, "days the museum was closed (estimates and outcome)"],
    ["cameras", "population", None, "cameras in the museum"],
    ["cameras_gallery", "count", None, "cameras covering the Pellegar Room"],
    ["new_cameras", "count", None, "new cameras in the security upgrade"],
    ["museum_rooms", "population", None, "rooms in the museum"],
    ["security_budget", "other", None, "museum's yearly security spending"],
    ["security_share", "other", None, "security spending as a share of the museum's budget"],
    ["museum_budget", "other", None, "museum's yearly budget"],
    ["security_upgrade", "total", None, "cost of the security upgrade approved by the city"],
    ["upgrade_city", "part", "security_upgrade", "city's share of the upgrade cost"],
    ["upgrade_museum", "part", "security_upgrade", "museum's share of the upgrade cost"],
    ["upgrade_to_budget_ratio", "other", None, "upgrade cost as a multiple of yearly security spending"],
    ["officers", "count", None, "police officers working on the case (about 30 -> more than 40)"],
    ["streets_closed", "count", None, "streets sealed off around the museum"],
    ["arrests", "total", None, "people arrested (running count: 2 -> 4 -> 5)"],
    ["arrests_halvesk", "part", "arrests", "men arrested in Halvesk on 15 March"],
    ["arrests_trassen", "part", "arrests", "men arrested in Tesslingen, Trassenland"],
    ["charged", "part", "arrests", "people charged"],
    ["phones_seized", "count", None, "mobile phones seized in the first arrests"],
    ["cash_found", "other", None, "cash found in the Tesslingen suspects' car"],
    ["jewellers_checked", "count", None, "jewellers and pawnshops visited by Trassenish police"],
    ["suspects_residence", "other", None, "how long the Tesslingen suspects had lived there"],
    ["extradition_window", "other", None, "days the treaty allows a court to decide on a handover"],
    ["extradition_decision_days", "other", None, "days the Tesslingen court took to decide"],
    ["tesslingen_population", "population", None, "inhabitants of Tesslingen"],
    ["drawings_sheets", "population", None, "sheets of the goldsmith's drawings kept in the archive"],
    ["theft_2061_paintings", "other", None, "paintings stolen in the 2061 gallery theft"],
    ["theft_2061_recovered", "other", None, "paintings recovered after the 2061 theft"],
    ["max_sentence", "other", None, "maximum prison sentence for aggravated burglary"],
    ["since_raid", "other", None, "time since the raid (look-back)"],
    ["pellegar_room_visitors", "count", None, "visitors to the Pellegar Room last year"],
    ["pellegar_room_share", "other", None, "Pellegar Room visitors as a share of all museum visitors"],
    ["age_suspect_a", "other", None, "age of a suspect"],
    ["age_suspect_b", "other", None, "age of a suspect"],
    ["age_suspect_c", "other", None, "age of a suspect"],
    ["age_suspect_d", "other", None, "age of a suspect"],
    ["age_woman", "other", None, "age of the woman charged"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
