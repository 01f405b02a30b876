#!/usr/bin/env python3
"""Hand-kept table of quantities for event 1 (Typhoon Varo); writes meta.json beside it."""
import json
import os

FOLDER = "varo_typhoon"
EVENT = ("Typhoon Varo, which made landfall near Casimbar in Marundan province, Palavera, at about 23:40 on "
         "Sunday 8 September 2047 (fictional), and its aftermath: deaths, missing and injured as running counts "
         "with their parts by province, evacuees (official against Tidewell International's estimate), peak "
         "gusts and rainfall at different stations, homes damaged and destroyed, households without power, "
         "damage estimates and aid, reported 9-17 September 2047")
NOTES = (
    "Running counts and levels reported anew are one quantity each: deaths (at least 12 -> 47 -> 78 -> 96 -> 104), "
    "missing (about 30 -> 63 -> 55 -> 38 -> 21), injured, still in hospital, households without power (1.2 million "
    "-> 900,000 -> 640.000 -> 310,000 -> 42,000; the broadsheet's '1.2 million a week earlier' and the translated "
    "copy's '1,2 million on Monday' belong to the same quantity), soldiers deployed (6,000 -> 8,000 -> 9,500), "
    "evacuation centres, people still in centres, roads blocked, food packs, foreign aid pledged and each donor's "
    "pledge (Estervald 10 -> 20 million, Vestmar 3 -> 5 million). "
    "Evacuees: the directorate's counts (410,000 -> 520,000 -> 560.000 -> 575,000 at the peak) and Tidewell "
    "International's rival estimates ('well over half a million', 'up to 800,000', 'as many as 850.000', 'more than "
    "900,000') are one quantity, because the articles present them as rival estimates of how many people left their "
    "homes; the people still sleeping in centres (402.000 -> 185,000 -> about 61,000) are a part of it. "
    "The Casimbar peak gust is one quantity across its revision (250 -> 262 km/h, with 'not 250 km/h as first "
    "reported') and its conversions (155 mph, 163 mph): a conversion is the same amount in other words and keeps its "
    "printed value; likewise the surge forecast 'up to 4 metres' / 'about 13 feet', Dalupan's rain 310 mm / 12.2 "
    "inches, Mount Teroa's 486 mm / nearly 19 inches, the rice area 41,000 hectares / about 101,000 acres, and the "
    "damage in rals and euros. Sustained wind and gust are different quantities; gusts at Dalupan (168 km/h on "
    "Monday), Veracal (112), Skarholm (118) and offshore (about 150) are each their own quantity, as is the rain at "
    "each station. The PAA's forecast surge (up to 4 metres) and the surveyors' measured 3.6 metres are different "
    "quantities (a warning versus a measurement); the 2.5-metre sea wall is a third. "
    "Damage: the government's 14,5 / 14.5 billion rals, its revision to 18.2 billion and Calder Risk Analytics' 25 "
    "to 30 billion are rival or revised estimates of one amount (with the euro conversions about 245 million and "
    "about 307 million); agriculture's 2.3 billion is a part of it; Calder's insured losses (3.1 billion), the 2 "
    "billion rals emergency fund and the 3.5 billion supplementary budget are different quantities. "
    "Parts: provincial deaths (Marundan, Ilawen, Sabrano, Tagwe) are parts of national deaths; Casimbar's dead "
    "(19 -> 27 -> 29) and the four members of a family are parts of Marundan's dead; the Vestmarian seamen (two -> "
    "three) are a part of Marundan's dead (their ship sank off Marundan, and the provincial tolls add up to the national one) and the Vestmarian crew member still missing ('One crew member') a part "
    "of the missing; destroyed homes are a part of damaged homes (the articles count destroyed homes among the "
    "damaged), Marundan's destroyed homes a part of those, and Casimbar's '4,100 damaged or destroyed' a part of "
    "damaged homes; Marundan's households without power and evacuation centres are parts of the national figures; "
    "the extra 2,000 troops are a part of the 8,000. "
    "Optional: ages, look-backs ('more than 30 years', 'Three days after', 'Nine days after', 'a week earlier', "
    "'three weeks before harvest', 'for a decade'), the windows of rain totals ('24 hours', '48 hours', 'in one day', "
    "'two days'), and vague shares ('about a third', 'around half', 'less than half', 'barely a tenth'). 'mum-of-two' "
    "is a figure (a parent's children, population). 'nearly twice' the beds and Estervald's 'doubled' pledge are ratio figures; 'Tagwe one' and 'One "
    "crew member' count one. Not figures: dates, weekdays, clock times (23:40, 08:00, 10:00), the years 2031 and "
    "2039, ordinals ('third Vestmarian sailor', 'our third countryman'), 'one by one', and vague words (dozens, "
    "thousands, years rather than months).")
Q = [
    # id, role, part_of, description
    ["deaths", "total", None, "people killed by the typhoon in Palavera (running count)"],
    ["deaths_marundan", "part", "deaths", "deaths in Marundan province (running count)"],
    ["deaths_casimbar", "part", "deaths_marundan", "deaths in the town of Casimbar (running count)"],
    ["family_deaths", "part", "deaths_marundan", "members of one family killed when their house collapsed in Marundan"],
    ["deaths_ilawen", "part", "deaths", "deaths in Ilawen province (running count)"],
    ["deaths_sabrano", "part", "deaths", "deaths in Sabrano province (running count)"],
    ["deaths_tagwe", "part", "deaths", "deaths in Tagwe province (running count)"],
    ["deaths_vestmar", "part", "deaths_marundan", "Vestmarian seamen of the Hallvik Star killed off Marundan (running count)"],
    ["missing", "total", None, "people missing (running count)"],
    ["missing_vestmar", "part", "missing", "Vestmarian crew member still missing"],
    ["injured", "total", None, "people injured (running count)"],
    ["hospital", "part", "injured", "injured still in hospital (running level)"],
    ["evacuated", "total", None, "people who left their homes: official counts against Tidewell International's estimates"],
    ["in_centres", "part", "evacuated", "people still sleeping in evacuation centres (falling level)"],
    ["centres", "total", None, "evacuation centres open nationwide (level)"],
    ["centres_marundan", "part", "centres", "evacuation centres in Marundan"],
    ["power_out", "total", None, "households without electricity nationwide (falling level)"],
    ["power_out_marundan", "part", "power_out", "households without electricity in Marundan (falling level)"],
    ["homes_damaged", "total", None, "homes damaged, destroyed ones included (running count)"],
    ["homes_destroyed", "part", "homes_damaged", "homes destroyed (running count)"],
    ["destroyed_marundan", "part", "homes_destroyed", "homes destroyed in Marundan"],
    ["homes_damaged_casimbar", "part", "homes_damaged", "houses in Casimbar damaged or destroyed"],
    ["soldiers", "total", None, "troops deployed to the disaster zone (running level)"],
    ["soldiers_extra", "part", "soldiers", "extra troops ordered in by the president on Monday"],
    ["aid_foreign", "total", None, "foreign aid pledged in total (running amount)"],
    ["aid_estervald", "part", "aid_foreign", "Estervald's aid pledge (raised)"],
    ["estervald_ratio", "other", None, "factor by which Estervald raised its pledge (doubled)"],
    ["aid_vestmar", "part", "aid_foreign", "Vestmar's aid pledge (raised)"],
    ["damage", "total", None, "total damage: government estimate and revision, Calder Risk's rival estimate, in rals and euros"],
    ["crop_losses", "part", "damage", "agricultural losses within the government's damage estimate"],
    ["insured", "other", None, "insured losses (Calder Risk)"],
    ["insured_share", "other", None, "insured losses as a share of Calder's central estimate (vague share)"],
    ["emergency_fund", "other", None, "money released from the emergency fund on the day after landfall"],
    ["supplementary_budget", "other", None, "supplementary budget drafted by the finance ministry"],
    ["tidewell_appeal", "other", None, "Tidewell International's appeal target"],
    ["appeal_funded", "other", None, "share of Tidewell's appeal funded"],
    ["gust_casimbar", "other", None, "peak gust at the Casimbar station at landfall (first reading and revision, km/h and mph)"],
    ["sustained_landfall", "other", None, "sustained wind near the centre at landfall"],
    ["pressure", "other", None, "central pressure at landfall"],
    ["gust_veracal", "other", None, "gusts in Veracal on Monday"],
    ["gust_dalupan", "other", None, "gust at Dalupan on Monday morning"],
    ["gust_offshore", "other", None, "gusts of the weakening storm over the sea on Monday evening"],
    ["gust_skarholm", "other", None, "gusts on Vestmar's island of Skarholm on Tuesday"],
    ["storm_speed", "other", None, "forward speed of the typhoon on Monday evening"],
    ["storm_width", "other", None, "width of the storm at landfall"],
    ["surge", "other", None, "storm surge forecast by the PAA (up to 4 metres / about 13 feet)"],
    ["surge_measured", "other", None, "surge height measured by surveyors at Casimbar harbour"],
    ["seawall_height", "other", None, "height of Casimbar's sea wall"],
    ["mud_line", "other", None, "height of the mud line on the public market walls in Casimbar"],
    ["rain_dalupan", "other", None, "rain at the Dalupan station in the 24 hours to Monday 08:00"],
    ["rain_teroa", "other", None, "rain at the Mount Teroa station in 48 hours"],
    ["teroa_september_normal", "other", None, "average September rainfall at Mount Teroa"],
    ["rain_casimbar", "other", None, "rain at the Casimbar station on the night of landfall"],
    ["window_24h", "other", None, "window of the Dalupan rain total (24 hours)"],
    ["window_48h", "other", None, "window of the Mount Teroa rain total (48 hours)"],
    ["window_1d", "other", None, "window of the Dalupan rain total (one day)"],
    ["window_2d", "other", None, "window of the Mount Teroa rain total (two days)"],
    ["warning_lead", "other", None, "time between the highest alert and landfall"],
    ["lookback_30", "other", None, "look-back: strongest typhoon in more than 30 years"],
    ["lookback_3d", "other", None, "look-back: three days after landfall"],
    ["lookback_9d", "other", None, "look-back: nine days after landfall"],
    ["lookback_week", "other", None, "look-back: a week earlier"],
    ["lookback_harvest", "other", None, "look-back: three weeks before harvest"],
    ["tidewell_years", "other", None, "years Tidewell has worked in the south"],
    ["casimbar_pop", "population", None, "population of Casimbar"],
    ["marundan_pop", "population", None, "residents of Marundan province"],
    ["casimbar_houses", "population", None, "houses in Casimbar"],
    ["boats_fleet", "population", None, "fishing boats of Casimbar's fleet"],
    ["hospital_beds", "population", None, "beds at Marundan Provincial Hospital"],
    ["crew", "population", None, "crew of the Hallvik Star"],
    ["vestmar_tourists", "population", None, "Vestmarian tourists in Palavera when the typhoon came"],
    ["tidewell_sample", "population", None, "households in Tidewell's survey"],
    ["mum_children", "population", None, "a Casimbar mother's children (mum-of-two)"],
    ["provinces_hit", "count", None, "provinces with evacuation centres open"],
    ["ilawen_slide_houses", "count", None, "houses buried by a landslide near Dalupan"],
    ["flights_cancelled", "count", None, "domestic flights cancelled on Monday"],
    ["stranded", "count", None, "ferry passengers stranded on Monday"],
    ["ports", "count", None, "ports where ferry passengers were stranded"],
    ["schools_closed", "count", None, "schools shut on Monday"],
    ["schools_closure_days", "other", None, "minimum length of the school closure"],
    ["imre_deaths", "count", None, "deaths caused by Typhoon Imre in 2039"],
    ["imre_ratio", "other", None, "Varo's toll relative to Imre's (vague share)"],
    ["vestmar_rescued", "count", None, "Hallvik Star crew rescued"],
    ["raft_hours", "other", None, "hours the Hallvik Star crew spent in a life raft"],
    ["vestmar_aircraft", "count", None, "aircraft Vestmar sends with relief goods"],
    ["vestmar_team", "count", None, "Vestmarian civil-protection specialists sent"],
    ["tourists_flown", "count", None, "Vestmarian tourists flown home on Tuesday"],
    ["skarholm_distance", "other", None, "distance at which the typhoon passed Skarholm"],
    ["skarholm_power", "count", None, "households on Skarholm without power"],
    ["skarholm_ferry_days", "other", None, "days the Skarholm ferry did not run"],
    ["veracal_distance", "other", None, "distance from Veracal to the landfall"],
    ["power_share_ilawen", "other", None, "share of Ilawen without power on Monday (vague share)"],
    ["power_share_marundan", "other", None, "share of the households without power that are in Marundan (vague share)"],
    ["power_restore_weeks", "other", None, "time some areas could be without power (forecast)"],
    ["power_casimbar_days", "other", None, "time to restore power lines into Casimbar (forecast)"],
    ["rooftop_hours", "other", None, "hours a Casimbar mother held her babies above the water"],
    ["age_pamintuan", "other", None, "age of Liza Pamintuan"],
    ["funerals_thursday", "count", None, "people buried in Casimbar on Thursday"],
    ["patients_ratio", "other", None, "patients on Monday relative to the hospital's beds"],
    ["boats_wrecked", "count", None, "Casimbar fishing boats wrecked or lost"],
    ["banca_price", "other", None, "price of a new banca (fishing boat)"],
    ["roads_blocked", "count", None, "roads still blocked in Marundan (falling level)"],
    ["food_packs", "count", None, "family food packs handed out nationwide (running count)"],
    ["tankers", "count", None, "tanker trucks bringing water to Casimbar"],
    ["water_ration", "other", None, "daily water ration per person in Casimbar"],
    ["rice_hectares", "other", None, "area of rice flattened (hectares and acres)"],
    ["courier_appeal", "other", None, "money raised by the Courier's appeal"],
    ["appeal_days", "other", None, "days the Courier's appeal has run"],
    ["relatives_share", "other", None, "share of those who fled who went to relatives or friends (Tidewell survey)"],
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
