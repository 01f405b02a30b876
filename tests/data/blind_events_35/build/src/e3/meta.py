#!/usr/bin/env python3
"""Hand-kept quantity table of event 3 (Sorenza avalanche); writes meta.json beside it."""
import json
import os

FOLDER = "sorenza_avalanche"
EVENT = ("Avalanche from the north face of Piz Callun onto the Callun piste and the terrace of the Callun Hut at the ski "
         "resort of Sorenza in the Val Meira, Kordana (fictional), at about 2.15pm on Thursday 12 February 2057: the "
         "people caught, dead, missing and dug out alive, the Haldrian victims, the rescue, the avalanche's size as "
         "first estimated and as measured, the snow and danger level, the guests cut off, the resort's and the "
         "valley's losses (francs and euros), the investigation and earlier avalanches; reported 12 February - "
         "14 March 2057")
NOTES = (
    "Running counts are one quantity each: the dead (6 -> 10 -> 11 -> 13), the missing (at least 10 -> 3 -> 2 -> the "
    "last two found dead), the people dug out alive (15 -> 20), those injured in hospital (14 -> 16), in intensive care "
    "(5 -> 3), the Haldrians among the dead (5 -> 6), the dead on the hut's terrace (4 -> 5), the rescuers (more than "
    "250, some 300, about 320), dogs (12 -> 14), helicopters (six -> eight) and lifts running (23 -> 60). Estimates of "
    "one amount are one quantity: the people caught (the resort's up to 40, the police's about 30, the established 33); "
    "the avalanche's width (about 400 metres -> 520 metres), length (about 1.5 -> 1.9 kilometres), release altitude "
    "(about 2,700 -> 2,650 metres), debris depth (up to 7, up to 8, 8m in the fact box, up to 7.5 metres) and volume "
    "(the institute's first estimate of 250,000 cubic metres, restated by the broadsheet, and its measured 380,000); "
    "the fresh snow (more than 1.5 metres, 1.6 metres since Monday); the season's lost revenue (the tourism board's 40 "
    "million francs, raised to 55 million, and the hoteliers' up to / closer to 70 million, with their euro "
    "conversions). The boy's time under the snow is one quantity in two units (nearly / almost three hours, 170 "
    "minutes). Kept apart: the guests cut off in the resort (about 9,000, 9,500) and the about 1,200 people flown out; "
    "the lifts (64, a standing count) and the lifts running; the danger level (4) and the scale's five points; the "
    "survival rule's thresholds (15 and 35 minutes) and shares (about 90 and about 30 per cent); the 2.4 kilometres of "
    "snow fences built and the 1.1 kilometres planned, with their costs; this winter's 34 avalanche deaths in Kordana, "
    "the 21 of the ten-winter average, Blanchet's 17 in 2029 and Sorenza's seven in 2039. Ordinals ('second-highest') "
    "are not figures; ages are optional, as are the children of a family on holiday.")

NOTES += (
    " Also kept apart: occupancy before (about 85 per cent) and after (between 40 and 50 per cent) and the drop of "
    "some 40 percentage points; the lift company's expected loss this winter (between 20 million and 25 million "
    "francs) and the valley's season loss; the 19 avalanche deaths in Kordana before the Callun avalanche and the 34 "
    "by mid-March, a count that includes it.")

Q = [
    ("deaths", "total", None, "people killed by the avalanche (running toll, final 13)"),
    ("dead_haldrian", "part", "deaths", "Haldrians among the dead (running count)"),
    ("haldrian_family", "part", "dead_haldrian", "members of the Vikstrand family among the Haldrian dead"),
    ("dead_kordanian", "part", "deaths", "Kordanians among the dead"),
    ("dead_other", "part", "deaths", "dead from other countries"),
    ("dead_terrace", "part", "deaths", "dead found on the terrace of the Callun Hut (running count)"),
    ("missing", "total", None, "people still missing under the snow (running count)"),
    ("missing_haldrian", "part", "missing", "Haldrians among the missing on 14 February"),
    ("caught", "total", None, "people caught by the avalanche (resort's and police's estimates, established count)"),
    ("survivors", "part", "caught", "people dug out alive (running count)"),
    ("found_fast", "part", "survivors", "survivors located within the first 15 minutes"),
    ("injured", "total", None, "injured taken to hospital (running count)"),
    ("intensive_care", "part", "injured", "injured in intensive care (running count)"),
    ("still_in_hospital", "part", "injured", "injured still in hospital on 18 February"),
    ("hut_people", "count", None, "people in and around the Callun Hut at the time"),
    ("hut_staff", "population", None, "staff of the Callun Hut"),
    ("rescuers", "total", None, "rescuers in the search (running estimates)"),
    ("haldrian_team", "part", "rescuers", "Haldrian rescue specialists"),
    ("dogs", "total", None, "avalanche dogs in the search"),
    ("haldrian_dogs", "part", "dogs", "dogs of the Haldrian team"),
    ("helicopters", "count", None, "helicopters in the search"),
    ("teams", "count", None, "rescue teams that took part"),
    ("rescue_members", "population", None, "volunteer members of Val Meira Mountain Rescue"),
    ("search_days", "other", None, "days the search lasted"),
    ("boy_buried", "other", None, "time Luca Ferrant spent under the snow before being dug out"),
    ("survival_threshold", "other", None, "survival rule: the first 15 minutes"),
    ("survival_early", "other", None, "share of people dug out within 15 minutes who survive"),
    ("survival_threshold_late", "other", None, "survival rule: after 35 minutes"),
    ("survival_late", "other", None, "share who survive after 35 minutes"),
    ("release_altitude", "other", None, "altitude at which the avalanche broke away"),
    ("length", "other", None, "length of the avalanche's run"),
    ("width", "other", None, "width of the avalanche / fracture line"),
    ("depth", "other", None, "maximum depth of the avalanche debris"),
    ("volume", "other", None, "volume of the avalanche (first estimate and measured)"),
    ("volume_ratio", "other", None, "measured volume as a multiple of the first estimate"),
    ("speed", "other", None, "top speed of the avalanche"),
    ("fresh_snow", "other", None, "fresh snow fallen since Monday 9 February"),
    ("weak_layer_depth", "other", None, "depth of the weak layer below the surface"),
    ("danger_level", "other", None, "avalanche danger level in force"),
    ("danger_scale", "other", None, "points on the avalanche danger scale"),
    ("danger_days", "other", None, "days the danger level had been at 4"),
    ("charges", "count", None, "explosive charges set off by the patrol that morning"),
    ("tourists_stranded", "total", None, "guests cut off in Sorenza when the valley road closed"),
    ("haldrians_in_sorenza", "part", "tourists_stranded", "Haldrians staying in Sorenza at the time"),
    ("flown_out", "count", None, "people flown out of Sorenza by helicopter shuttle while the road was closed"),
    ("road_closed", "other", None, "days the valley road was closed"),
    ("lifts", "population", None, "lifts of Sorenza Lifts"),
    ("lifts_open", "count", None, "lifts running again (running count)"),
    ("daily_loss", "other", None, "Sorenza Lifts' loss per day while the lifts were shut"),
    ("cancellations", "other", None, "share of bookings for the rest of February cancelled"),
    ("occupancy_now", "other", None, "hotel occupancy in Sorenza after the avalanche"),
    ("occupancy_before", "other", None, "hotel occupancy in Sorenza before the avalanche"),
    ("occupancy_fall", "other", None, "fall in hotel occupancy, in percentage points"),
    ("lifts_loss", "other", None, "Sorenza Lifts' expected loss of turnover this winter"),
    ("season_loss", "other", None, "estimated lost tourism revenue for the season (tourism board vs hoteliers; francs and euros)"),
    ("stays_february", "other", None, "fall in overnight stays in February on a year earlier"),
    ("lifts_turnover", "other", None, "Sorenza Lifts' turnover last season"),
    ("lifts_insurance", "other", None, "cap on Sorenza Lifts' liability insurance (francs and euros)"),
    ("snow_fences", "other", None, "snow fences and barriers built at Sorenza since 2039"),
    ("fences_cost", "other", None, "cost of the snow fences built since 2039"),
    ("fences_planned", "other", None, "snow fences planned on Piz Callun"),
    ("fences_planned_cost", "other", None, "cost of the planned snow fences (francs and euros)"),
    ("suspects", "count", None, "Sorenza Lifts employees under investigation"),
    ("expert_deadline", "other", None, "deadline for the expert report"),
    ("memorial", "count", None, "people at the memorial mass"),
    ("memorial_candles", "count", None, "candles lit on the altar at the memorial mass"),
    ("sorenza_population", "population", None, "inhabitants of Sorenza"),
    ("haldrian_share_guests", "other", None, "Haldrians' share of Sorenza's foreign guests"),
    ("plane_seats", "other", None, "seats on the plane chartered by Haldria's foreign ministry"),
    ("crisis_calls", "count", None, "calls to Haldria's crisis line on Friday"),
    ("rate_franc", "other", None, "exchange rate, francs per euro"),
    ("holiday_price", "other", None, "price families paid for a week's skiing"),
    ("egeland_price", "other", None, "price the Egelands paid for their apartment and ski passes"),
    ("national_deaths", "other", None, "avalanche deaths in Kordana this winter"),
    ("national_average", "other", None, "average avalanche deaths a winter in the previous ten winters"),
    ("average_period", "other", None, "winters over which the average is taken"),
    ("blanchet_deaths", "other", None, "deaths in the 2029 Blanchet avalanche"),
    ("avalanche_2039", "other", None, "skiers killed in the 2039 avalanche at Sorenza"),
    ("albrecht_buried", "other", None, "time Nico Albrecht took to dig himself out"),
    ("hut_altitude", "other", None, "altitude of the Callun Hut"),
    ("pistes_km", "population", None, "kilometres of pistes at Sorenza"),
    ("skier_days", "other", None, "skier days Sorenza sells a season"),
    ("national_deaths_before", "other", None, "avalanche deaths in Kordana this winter before 12 February"),
    ("debris_weight", "other", None, "weight of a cubic metre of avalanche debris"),
    ("debris_area_pitches", "other", None, "area of the debris field in football pitches"),
    ("probe_line", "count", None, "rescuers in each probe line"),
    ("race_participants", "count", None, "participants of the cancelled Haldrian youth race"),
    ("haldrian_deaths_abroad", "other", None, "Haldrians killed in avalanches abroad last winter"),
    ("age_albrecht", "other", None, "age of Nico Albrecht (optional)"),
    ("alpina_checkouts", "count", None, "guests who checked out of the Hotel Alpina early"),
    ("alpina_rooms", "population", None, "rooms of the Hotel Alpina"),
    ("emergency_aid", "other", None, "government emergency aid promised for the valley"),
    ("family_egeland", "other", None, "Torunn Egeland's children (optional)"),
    ("age_ferrant", "other", None, "age of Luca Ferrant (optional)"),
    ("age_ferrant_father", "other", None, "age of Luca Ferrant's father (optional)"),
    ("age_marchal", "other", None, "age of Sofia Marchal (optional)"),
    ("age_vik_daughter", "other", None, "age of the Vikstrand family's daughter (optional)"),
    ("age_vik_son", "other", None, "age of the Vikstrand family's son (optional)"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
