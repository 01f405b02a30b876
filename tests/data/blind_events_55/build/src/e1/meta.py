#!/usr/bin/env python3
"""Hand-kept quantity table of event e1 (the Grisanne Pass coach crash); writes meta.json beside it."""
import json
import os

FOLDER = "grisanne_pass_coach_crash"
EVENT = ("Coach crash on the Grisanne Pass road above Morvessa, Corrandia (fictional), Saturday 11 July 2076: a "
         "coach carrying 45 Haverlundic tourists and a crew of two fell down a slope at a hairpin bend; casualties "
         "counted and revised, the investigation, the road's record and the escape lanes voted on Wednesday "
         "5 August; reported 12 July - 6 August 2076")
NOTES = (
    "Casualty counts move between the articles and are one running quantity each: the dead (at least 11 -> 13 -> 14 "
    "-> 15, with the local paper's '15 funerals' read as the same count in other words), the Haverlundic dead "
    "(13 -> 14), the injured (36 -> 34 -> 33 -> 32, the survivors, since every survivor was hurt), those still in "
    "hospital in Corrandia (21 -> 19 -> 16 -> 4), those in intensive care (8 -> 7 -> 5 -> 2) and those flown home "
    "(9 -> 15). The dead and the injured are both parts of the 47 people on board, which also splits into the 45 "
    "Haverlundic passengers and the crew of two (two splits of one total); the nine seriously injured of the first "
    "day, those in hospital and those flown home are parts of the injured, and those in intensive care a part of "
    "those in hospital. The fall is one measure in rival figures: 'about 60 metres' first reported, the tabloid's "
    "'60M', '60 metres' and 'Drop: 60m', and the investigators' measured 58 metres. The driver's hours join the "
    "first tachograph reading 'more than nine hours' with the later 'almost ten hours'; the legal limit of nine "
    "hours is a rule of its own. The road's death toll since 2066 joins the police's 23 and the motorists' club's "
    "26 (which counts deaths within 30 days) as rival counts of one number. The claims join the Haverlundic "
    "lawyers' range of 30 to 40 million lorns, their later 'up to 40 million' and the insurer's 'about 22 million'. "
    "The closure's length joins the broadcaster's estimate 'at least two days' with the five days it lasted. The "
    "escape lanes' cost joins the shelved 2072 plan's 12 million lorns ('Twelve million lorns' in a quote) and the "
    "15 million of the plan voted in August as successive estimates of one cost, with the rise, 'a quarter more', "
    "a quantity of its own. Conversions at the "
    "printed rate of 3,4 marls to the lorn join their lorn amounts (25.000 lorns and 85.000 marls; 5.000 lorns and "
    "17.000 marls; 18 million lorns and about 61 million marls; 1,890 marls and the tabloid's about 556 lorns). "
    "Ages are optional, as is the look-back 'three days after'.")
Q = [
    ["on_board", "total", None, "people on board the coach (passengers and crew)"],
    ["passengers_hv", "part", "on_board", "Haverlundic passengers on the coach"],
    ["crew", "part", "on_board", "crew on the coach (driver and guide)"],
    ["tovesand_pass", "part", "passengers_hv", "passengers from Tovesand and the villages around it"],
    ["deaths", "part", "on_board", "people killed in the crash (running count)"],
    ["dead_hv", "part", "deaths", "Haverlunders among the dead (running count)"],
    ["dead_tovesand", "part", "dead_hv", "dead from Tovesand"],
    ["died_hospital", "part", "deaths", "passengers who died in hospital overnight into Monday 13 July"],
    ["injured", "part", "on_board", "people injured, i.e. the survivors (running count)"],
    ["serious", "part", "injured", "injured in a serious condition on the first day"],
    ["in_hospital", "part", "injured", "injured still in Corrandian hospitals (running count)"],
    ["icu", "part", "in_hospital", "injured in intensive care (running count)"],
    ["flown_home", "part", "injured", "injured flown home to Haverlund for treatment (running count)"],
    ["fall", "other", None, "height the coach fell down the slope (reported and measured)"],
    ["rescuers", "count", None, "firefighters, paramedics and mountain rescuers in the rescue (running count)"],
    ["helicopters", "count", None, "helicopters that flew the injured to hospital"],
    ["hospitals", "count", None, "hospitals the injured were taken to"],
    ["rescue_time", "other", None, "time until the last survivor was cut free"],
    ["staff_called", "count", None, "staff called in from leave by Sanvenna's main hospital"],
    ["turned_back", "count", None, "vehicles turned back on the closed road on Saturday night"],
    ["rolls", "count", None, "times the coach rolled"],
    ["crash_below_summit", "other", None, "distance of the crash site below the summit"],
    ["crash_above_town", "other", None, "distance of the crash site above Morvessa"],
    ["tour_days", "other", None, "length of the tour"],
    ["tour_price", "other", None, "price of the tour per person (marls, and in lorns)"],
    ["age_youngest", "other", None, "age of the youngest passenger (optional)"],
    ["age_oldest", "other", None, "age of the oldest passenger (optional)"],
    ["driver_age", "other", None, "driver's age (optional)"],
    ["age_lunnstedt", "other", None, "age of the survivor Maj-Britt Lunnstedt (optional)"],
    ["age_arvo", "other", None, "age of her husband (optional)"],
    ["age_woman", "other", None, "age of the woman from Tovesand who died on Wednesday 15 July (optional)"],
    ["summit", "other", None, "height of the pass summit"],
    ["hairpins", "population", None, "hairpin bends on the pass road"],
    ["coaches_day", "population", None, "coaches crossing the pass a day in summer"],
    ["vehicles_day", "population", None, "vehicles crossing the pass a day in summer"],
    ["road_deaths", "other", None, "deaths in crashes on the pass road since 2066, before this crash (police and "
     "motorists' club counts)"],
    ["road_crashes", "other", None, "injury crashes on the pass road since 2066 (police)"],
    ["club_window", "other", None, "period after a crash within which the motorists' club counts a death"],
    ["crash_2061", "other", None, "deaths in the 2061 coach crash on the pass"],
    ["consular", "count", None, "consular staff sent by Haverlund's foreign ministry"],
    ["driver_hours", "other", None, "hours the driver had been at the wheel on the day (tachograph)"],
    ["drive_limit", "other", None, "legal daily driving limit"],
    ["speed_est", "other", None, "coach's speed shortly before the bend"],
    ["speed_limit_hairpin", "other", None, "speed limit for coaches at the bend"],
    ["coach_age", "other", None, "age of the coach"],
    ["coach_km", "other", None, "distance the coach had covered"],
    ["driver_service", "other", None, "driver's years with the company"],
    ["fleet_other", "population", None, "Feralto Coaches' other coaches"],
    ["aid_family", "other", None, "government payment to each bereaved family (lorns and marls)"],
    ["aid_injured", "other", None, "government payment to each injured person (lorns and marls)"],
    ["closure", "other", None, "length of the road's closure after the crash (estimate and outcome)"],
    ["detour", "other", None, "length of the detour over the Ostrel Pass"],
    ["escape_lanes", "count", None, "escape lanes planned on the descent"],
    ["lanes_cost", "other", None, "cost of the two escape lanes (the shelved 2072 plan's estimate and the plan "
     "voted in August 2076)"],
    ["lanes_rise", "other", None, "rise of the escape lanes' cost over the 2072 plan"],
    ["ribs", "count", None, "broken ribs of the survivor Maj-Britt Lunnstedt"],
    ["marriage", "other", None, "length of the Lunnstedts' marriage"],
    ["rescuer_service", "other", None, "a rescuer's years in the job"],
    ["relatives", "count", None, "relatives flown to Sanvenna on Monday 13 July"],
    ["tovesand_pop", "population", None, "inhabitants of Tovesand"],
    ["memorial", "count", None, "people at the memorial service in Tovesand"],
    ["repatriation", "other", None, "estimated cost to Haverlund of flights, air ambulance and return of bodies"],
    ["rate", "other", None, "exchange rate, marls to the lorn"],
    ["claims_est", "other", None, "expected compensation claims (lawyers' and insurer's estimates)"],
    ["insurer_cap", "other", None, "insurer's liability cap per accident (lorns and marls)"],
    ["claims_ratio", "other", None, "claims as a multiple of the insurance cap"],
    ["hv_visitors", "other", None, "Haverlunders who holidayed in Corrandia last year"],
    ["bookings_fall", "other", None, "fall in bookings of Corrandian coach tours in the week after the crash"],
    ["solmark_cancelled", "count", None, "Solmark Travel's remaining tours over the pass cancelled this summer"],
    ["council_for", "count", None, "regional councillors' votes for the escape lanes"],
    ["council_against", "count", None, "regional councillors' votes against the escape lanes"],
    ["lookback", "other", None, "days between the latest death and the council vote (optional look-back)"],
    ["descent_drop", "other", None, "height the road drops from the summit to Morvessa"],
    ["descent_length", "other", None, "length of the descent from the summit to Morvessa"],
    ["gradient_avg", "other", None, "average gradient of the descent"],
    ["gradient_max", "other", None, "gradient of the steepest stretch"],
    ["ban_length", "other", None, "length above which vehicles are banned from the pass"],
    ["cameras", "count", None, "speed cameras installed on the descent"],
    ["morvessa_pop", "population", None, "inhabitants of Morvessa"],
    ["coach_parties_fall", "other", None, "fall in coach parties at Morvessa's hotels since the crash"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(f"meta.json: {len(Q)} quantities")
