#!/usr/bin/env python3
"""Hand-kept quantity table for e2; writes meta.json beside this file."""
import json
import os

FOLDER = "tarlin_whale_stranding"
EVENT = ("Mass stranding of long-finned pilot whales on Tarlin Strand, near Dunvallow on Keldara's Skerrin Peninsula, "
         "from Monday 12 to Wednesday 14 October 2048 (fictional), with the rescue ending on Thursday 15 October and the "
         "burial of the dead completed on Saturday 17 October: whales stranded (the ministry's, the coastguard's and Blue Fathom Rescue's "
         "rival running counts), refloated, died and euthanised, calves, volunteers, the beach and the stretch of it "
         "affected, sea temperature, earlier strandings, the rescue's cost and the charity's appeal, reported 13-21 "
         "October 2048")
NOTES = ("Dates (Oct 13, Monday 12 October), calendar years (2031, 2039, 2044, 2045), the decade '1990s', clock times "
         "(7pm) and the weekdays are not figures; nor are 'one gets into trouble', 'one single whale' (a per-whale "
         "denominator), 'a second time', 'the single road', 'hundreds of onlookers', 'just weeks old', 'for days' and "
         "'the next one'. The running count of whales stranded is one quantity across the ministry (128 -> 157 -> 171), "
         "the coastguard (96 on Monday night, 'at least 165' from the air) and Blue Fathom ('more than 140' -> 'more than "
         "170' -> 184): rival counts of one amount; the wire's headline 'more than 120' belongs to it too. Refloated, "
         "died, euthanised, the dead in all (died + euthanised: 53 -> 73 -> 116, '116 carcasses'), whales still alive "
         "on the sand (57 -> 43), calves, volunteers (about 500 -> more than 800 -> 1.100 on Wednesday -> about 1,400 "
         "over the week: treated as one running count although the 1.100 is Wednesday's registrations), whales "
         "re-stranded (seven -> at least nine), whales sampled (38 -> 40), the appeal (120,000 -> 410,000 -> more than "
         "430,000 dollars) and the pod offshore (about 250 / up to 300 / as many as 300) are running counts or rival "
         "estimates, each one quantity. The researcher's 'a loss of more than 100 animals' in the translated copy refers "
         "to this stranding's dead and is annotated as dead_total (value 100, bound >), the hardest call of the event. "
         "The rescue cost is one quantity through its revision (1,2 million -> about 1.2 million -> 1.45 million "
         "dollars) and its euro conversions (about 740.000 / about 900,000 euros); the carcass disposal's 450,000 "
         "dollars is a part of it, the council's 85,000 and Blue Fathom's own 380,000 are separate. The distance of the "
         "naval exercise (Blue Fathom's about 40 km against the navy's more than 120 km) is one quantity with rival "
         "values; the tide's retreat ('as much as 800 metres', '800 metres or more') likewise. Sea temperature (about "
         "12 -> 12C -> 11,5 -> 12.1 degrees) is treated as one level reported anew; its anomaly (1.4 degrees) is "
         "separate. The 12 vets on site on Tuesday and the 'some 30 vets' of the week are different quantities; "
         "Eskerland's six vets are part of the latter. Earlier strandings (2031, 2039, 2044 and Eskerland's 2045) are "
         "each their own quantity, as are the whales saved then. Equal values that measure different things are kept "
         "apart: the 14-kilometre beach vs 14 pontoons; the 12 vets on site vs the 12 euthanised by Tuesday; 40 whales sampled vs about 40 Eskerlanders vs the exercise's about 40 kilometres; 'nine' saved in 2044 vs "
         "'at least nine' re-stranded; 'four' calves saved vs 'four' tagged whales vs four countries vs 'four days'; "
         "the 6-kilometre stretch vs 6-metre adults vs six vets. The tabloid's 'as much as TWO cars' is a comparison of "
         "an adult's weight, kept apart from 'up to 2.5 tonnes'. Optional: ages, the fisherman's 40 years at sea, the "
         "skipper's four generations, 'nine years' since 2039 (a look-back), the appeal's first 24 hours (a window) and "
         "the vague shares 'fewer than a third' and 'more than half'.")
Q = [
    ["stranded", "total", None, "pilot whales stranded on Tarlin Strand since Monday 12 October (running and rival counts)"],
    ["refloated", "part", "stranded", "stranded whales refloated (running count)"],
    ["refloated_tuesday", "part", "refloated", "whales refloated on Tuesday evening's tide"],
    ["restranded", "part", "refloated", "refloated whales that stranded again further along the coast"],
    ["tagged_whales", "part", "refloated", "refloated whales fitted with satellite tags"],
    ["tags_transmitting", "part", "tagged_whales", "satellite tags still transmitting on Tuesday 20 October"],
    ["tagged_distance", "other", None, "distance west of the peninsula of the tagged whales"],
    ["dead_total", "part", "stranded", "stranded whales dead in all (died on the beach plus euthanised)"],
    ["died", "part", "dead_total", "stranded whales that died on the beach"],
    ["euthanised", "part", "dead_total", "stranded whales put down by vets"],
    ["sampled_whales", "part", "dead_total", "dead whales sampled by the Keldaran Marine Research Centre"],
    ["alive_on_beach", "part", "stranded", "stranded whales still alive on the sand"],
    ["calves", "part", "stranded", "calves among the stranded whales"],
    ["calves_refloated", "part", "calves", "calves that survived"],
    ["refloated_share", "other", None, "share of stranded whales refloated"],
    ["refloated_share_vague", "other", None, "share refloated, vague (optional)"],
    ["volunteers", "total", None, "volunteers on the beach (running count)"],
    ["eskerland_volunteers", "part", "volunteers", "Eskerlandic holidaymakers among the volunteers"],
    ["vets", "count", None, "vets on site on Monday-Tuesday"],
    ["vets_total", "total", None, "vets who took part over the week"],
    ["eskerland_vets", "part", "vets_total", "vets sent by Eskerland"],
    ["vet_countries", "count", None, "countries the vets came from"],
    ["pontoons", "count", None, "Blue Fathom's inflatable pontoons"],
    ["eskerland_pontoons", "count", None, "special pontoons sent by Eskerland"],
    ["stranding_extent", "other", None, "length of the stretch of beach over which the whales stranded"],
    ["beach_length", "other", None, "length of Tarlin Strand"],
    ["adult_length", "other", None, "length of adult pilot whales"],
    ["adult_weight", "other", None, "weight of adult pilot whales"],
    ["adult_weight_cars", "other", None, "weight of a big male pilot whale in cars"],
    ["tide_retreat", "other", None, "how far the tide retreats at Tarlin"],
    ["dry_hours", "other", None, "hours at a time the whales are left dry by the tide"],
    ["hours_out_of_water", "other", None, "hours some whales had been out of the water by Tuesday morning"],
    ["tide_window", "other", None, "time the tide gives rescuers to refloat a whale"],
    ["people_per_whale", "other", None, "people needed to move one whale"],
    ["sea_temp", "other", None, "sea temperature off Tarlin during the stranding"],
    ["sea_temp_anomaly", "other", None, "sea temperature above the October average"],
    ["pod_offshore", "count", None, "whales in the pod milling offshore (estimates)"],
    ["pod_distance", "other", None, "distance offshore of that pod"],
    ["pod_size_typical", "other", None, "typical size of pilot whale family groups"],
    ["rescue_days", "other", None, "duration of the rescue operation"],
    ["exercise_distance", "other", None, "distance offshore of the naval exercise the weekend before (rival claims)"],
    ["rescue_cost", "total", None, "ministry's estimate of the cost of the rescue and clean-up (dollars or euros, revised)"],
    ["disposal_cost", "part", "rescue_cost", "cost of disposing of the carcasses"],
    ["council_cost", "other", None, "Dunvallow Council's own spending"],
    ["charity_spending", "other", None, "Blue Fathom's own spending"],
    ["ministry_budget", "other", None, "ministry's annual budget for marine mammal response"],
    ["appeal_raised", "other", None, "money raised by Blue Fathom's appeal (running)"],
    ["appeal_window", "other", None, "window of the first appeal total (optional)"],
    ["stranding_2044", "total", None, "pilot whales stranded on Tarlin Strand in 2044"],
    ["refloated_2044", "part", "stranding_2044", "whales saved in the 2044 stranding"],
    ["stranding_2039", "count", None, "pilot whales that died at Galloran Head in 2039"],
    ["stranding_2031", "count", None, "whales stranded at Tessary Sound in 2031"],
    ["stranding_2045_eskerland", "total", None, "pilot whales stranded at Ravnsvig, Eskerland, in 2045"],
    ["refloated_2045_eskerland", "part", "stranding_2045_eskerland", "whales saved at Ravnsvig in 2045"],
    ["years_since_2039", "other", None, "years since the 2039 stranding (optional look-back)"],
    ["strandings_per_year", "other", None, "strandings of whales and dolphins recorded in Keldara a year"],
    ["mass_stranding_threshold", "other", None, "definition of a mass stranding"],
    ["mass_strandings_per_year", "other", None, "mass strandings a year in Keldara"],
    ["empty_stomachs_vague", "other", None, "share of sampled whales with empty stomachs (vague, optional)"],
    ["regional_population", "population", None, "long-finned pilot whales in the region"],
    ["ravnsvig_staff", "population", None, "employees of the Ravnsvig marine station"],
    ["bjerkan_age", "other", None, "Halvor Bjerkan's age (optional)"],
    ["gilfeather_age", "other", None, "Rhona Gilfeather's age (optional)"],
    ["gilfeather_drive", "other", None, "Rhona Gilfeather's drive to the beach"],
    ["gilfeather_hours", "other", None, "hours Rhona Gilfeather held a calf's head"],
    ["mackle_age", "other", None, "Donal Mackle's age (optional)"],
    ["mackle_years", "other", None, "Donal Mackle's years fishing (optional)"],
    ["quinlan_nights", "other", None, "nights vet Sorcha Quinlan had spent on the beach"],
    ["quinlan_whale_days", "other", None, "how long the whale in the vet's example had been fighting"],
    ["coastguard_flights", "count", None, "coastguard sorties over the bay since Monday"],
    ["exclusion_zone", "other", None, "police exclusion zone around the beach"],
    ["cars_tuesday", "count", None, "cars around Dunvallow on Tuesday"],
    ["cars_wednesday", "count", None, "cars parked around Dunvallow on Wednesday"],
    ["burial_pits", "count", None, "burial pits dug"],
    ["pit_depth", "other", None, "depth of each burial pit"],
    ["burial_days", "other", None, "days the burial took"],
    ["inchcarra_distance", "other", None, "distance of Inchcarra south of Tarlin"],
    ["restranding_rescue_hours", "other", None, "time to push the re-stranded whales back out"],
    ["beach_closure", "other", None, "how long the beach stays closed"],
    ["dunvallow_population", "population", None, "people living in Dunvallow"],
    ["cups_of_tea", "count", None, "cups of tea and soup given away by the Harbour Kitchen"],
    ["fishing_boats", "population", None, "Dunvallow's fishing boats"],
    ["fadda_generations", "other", None, "generations of Eamon Fadda's family fishing (optional)"],
    ["registration_wait", "other", None, "volunteers' wait to register"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
