#!/usr/bin/env python3
"""Hand-kept quantity table for e3 (The Copper Fox's record opening); writes meta.json beside it."""
import json
import os

FOLDER = "copper_fox_box_office"
EVENT = ("Record opening weekend of the film 'The Copper Fox' (Vessor Pictures) in Vantrell (fictional), Friday 11 - "
         "Sunday 13 October 2075, its second and third weekends, its opening in neighbouring Quellande on 18 October "
         "and the effect on Dunsary, the coastal town where it was shot; reported 14 - 31 October 2075")
NOTES = (
    "The opening weekend's takings are one quantity with the studio's Sunday estimate (18.6 million gildas), the "
    "tracker Reelcount's rival 'nearer 19 million' and the final 19.4 million (about 8,1 million tams); its parts "
    "Friday (5.4 -> 5.6 million, itself holding the Thursday previews of 2.1 million), Saturday (7.6 -> 7.9 million) "
    "and Sunday (5.6 -> 5.9 million) are estimates revised. The opening's admissions (about 1.3 million -> 1.36 "
    "million) and the average ticket price (about 14.30 -> 14.26 gildas) are revised likewise. The margin over the "
    "old record in per cent (31 on the estimate, 37 on the final figure) is one quantity; the gap in gildas ('more "
    "than 5 million') and the inflation-adjusted margin ('about 15 per cent') are apart. The home running total "
    "(41.3 -> 44,8 -> 54.0 million, with the headlines' 'passes 40 million' and 'passes 50 million' and about 18,7 "
    "million tams) is a running count of which the opening weekend, the first weekdays and the second and third "
    "weekends are parts; it is itself a part of the worldwide total (almost 52 -> almost 59 -> about 78 million), as "
    "is Quellande's opening (about 3.1 million tams, about 7.4 million gildas). The screens showing the film (1,480 "
    "-> 1,650 -> 1,510) are a running count. The budget holds the studio's 42 million gildas (17,5 million tams) and "
    "the rival 'closer to 48 million' with reshoots. The second weekend's fall ('38 per cent', 'under 40 per cent') "
    "is one share; the third weekend's fall is apart. Records of other films (Tidewatchers' opening, Saturday and "
    "second-weekend fall, Harbour of Saints' admissions and price, The Iron Meadow's Quellish opening) are other "
    "figures. The ages of two people and the look-back 'Three weekends' (after the opening) are optional.")
Q = [
    ("opening", "part", "running_total", "opening weekend takings in Vantrell, 11-13 October (estimate, rival, final)"),
    ("opening_days", "other", None, "days of the opening weekend counted"),
    ("record", "other", None, "previous opening-weekend record (Tidewatchers, 2068)"),
    ("record_margin", "other", None, "margin over the old record in per cent (on the estimate, then the final figure)"),
    ("previews", "part", "friday", "Thursday-night previews counted in Friday's takings"),
    ("friday", "part", "opening", "Friday's takings including previews (estimate, final)"),
    ("saturday", "part", "opening", "Saturday's takings (estimate, final)"),
    ("record_day", "other", None, "previous single-day record (Tidewatchers' first Saturday)"),
    ("sunday", "part", "opening", "Sunday's takings (projection, final)"),
    ("admissions", "part", "admissions_total", "tickets sold over the opening weekend (estimate, final)"),
    ("avg_price", "other", None, "average ticket price on the opening weekend"),
    ("screens", "count", None, "screens showing the film in Vantrell, running count"),
    ("cinemas", "count", None, "cinemas showing the film on its opening"),
    ("screen_share", "other", None, "the opening's screens as a share of the country's"),
    ("screens_country", "population", None, "cinema screens in Vantrell"),
    ("per_screen", "other", None, "average takings per screen on the opening weekend"),
    ("large_screens", "count", None, "large-format screens showing the film"),
    ("large_format_gross", "part", "opening", "takings of the large-format screens on the opening weekend"),
    ("female_share", "other", None, "share of the opening audience that was female"),
    ("runtime", "other", None, "the film's length"),
    ("budget", "other", None, "the film's production budget (studio's figure and rival estimate)"),
    ("market_share", "other", None, "the film's share of the weekend's takings"),
    ("weekend_total", "other", None, "total box office takings over the opening weekend"),
    ("puddlejump", "other", None, "takings of the next-best film, Puddlejump"),
    ("orrery_screens", "population", None, "screens of Orrery Cinemas"),
    ("orrery_sellouts", "count", None, "sold-out screenings at Orrery Cinemas on the opening weekend"),
    ("extra_shows", "count", None, "extra shows a day added by Orrery"),
    ("ytd_growth", "other", None, "box-office growth to the end of September on a year earlier"),
    ("distributor_cut", "other", None, "distributors' share of ticket sales in a first week"),
    ("distributor_take", "other", None, "the studio's share of the opening weekend"),
    ("quell_screens", "total", None, "screens showing the film in Quellande"),
    ("other_markets", "count", None, "smaller markets opening over the following month"),
    ("record_gap", "other", None, "margin over the old record in gildas"),
    ("queue_hours", "other", None, "longest queue at the Kestlow multiplex"),
    ("age_farrant", "other", None, "age of Ellis Farrant (optional)"),
    ("farrant_views", "count", None, "times Ellis Farrant saw the film over the weekend"),
    ("farrant_spend", "other", None, "what Ellis Farrant spent on tickets"),
    ("premium_price", "other", None, "price of premium seats"),
    ("popcorn_price", "other", None, "price of a large popcorn and drink"),
    ("family_size", "other", None, "family size in the parents' group's example"),
    ("family_spend", "other", None, "what such a family could spend on a trip"),
    ("snack_rise", "other", None, "rise in snack sales on a normal October weekend"),
    ("age_oake", "other", None, "age of Tamsin Oake (optional)"),
    ("star_fee", "other", None, "Tamsin Oake's reported fee"),
    ("extras", "count", None, "Dunsary residents who worked as extras"),
    ("dunsary_seats", "population", None, "seats at the Dunsary Picture House"),
    ("ticket_offer", "other", None, "sum offered for a seat on the steps"),
    ("budget_recouped", "other", None, "share of the budget earned back by the opening weekend"),
    ("running_total", "part", "worldwide", "the film's takings in Vantrell so far, running count"),
    ("second_weekend", "part", "running_total", "takings of the second weekend"),
    ("second_drop", "other", None, "fall of the second weekend on the first"),
    ("running_days", "other", None, "days over which the running total was counted"),
    ("first_weekdays", "part", "running_total", "takings of the weekdays after the opening weekend"),
    ("holiday_regions", "count", None, "regions with autumn school holidays"),
    ("regions", "population", None, "regions of Vantrell"),
    ("tidewatchers_drop", "other", None, "Tidewatchers' fall in its second weekend"),
    ("record_adjusted", "other", None, "Tidewatchers' opening adjusted for inflation"),
    ("adjusted_margin", "other", None, "margin over the inflation-adjusted record"),
    ("hos_admissions", "other", None, "opening-weekend admissions of Harbour of Saints (2049)"),
    ("hos_price", "other", None, "average ticket price in 2049"),
    ("sources", "count", None, "people who worked on the film quoted on the reshoots"),
    ("marketing", "other", None, "marketing spend"),
    ("cinema_cut", "other", None, "share of ticket sales cinemas keep"),
    ("breakeven", "other", None, "worldwide box office needed to break even"),
    ("quell_opening", "part", "worldwide", "opening weekend takings in Quellande, 18-20 October"),
    ("worldwide", "total", None, "worldwide takings so far, running count"),
    ("breakeven_share", "other", None, "worldwide takings as a share of break-even"),
    ("home_final_forecast", "other", None, "Reelcount's forecast of the final home takings"),
    ("quell_admissions", "count", None, "tickets sold in Quellande on the opening weekend"),
    ("quell_cinemas", "count", None, "Quellish cinemas showing the film"),
    ("quell_avg_price", "other", None, "average ticket price in Quellande"),
    ("quell_preview_cinemas", "count", None, "Quellish cinemas with Thursday previews"),
    ("iron_meadow", "other", None, "The Iron Meadow's Quellish opening (2071)"),
    ("rate", "other", None, "exchange rate, gildas to the tam"),
    ("quell_stake", "other", None, "Tervelde Film's contribution from the film fund"),
    ("quell_stake_share", "other", None, "the Quellish share of the budget"),
    ("quell_profit_share", "other", None, "Tervelde Film's share of profits outside Vantrell"),
    ("quell_shoot_days", "other", None, "days of shooting in Quellande"),
    ("quell_dubbed", "part", "quell_screens", "Quellish screens showing the dubbed version"),
    ("dub_ratio", "other", None, "usual ratio of dubbed to subtitled screens"),
    ("quell_ytd_period", "other", None, "period of the Quellish ticket count (months)"),
    ("quell_ytd", "other", None, "tickets sold in Quellande in the first nine months"),
    ("quell_ytd_change", "other", None, "change in Quellish tickets on the same period of 2074"),
    ("groot_sellouts", "count", None, "sold-out screenings at Filmhallen Groot"),
    ("groot_cinemas", "population", None, "cinemas of Filmhallen Groot"),
    ("groot_young", "other", None, "share of Filmhallen Groot's audience under 30"),
    ("age_limit", "other", None, "age threshold of that share"),
    ("critics_stars", "other", None, "critics' association rating"),
    ("critics_scale", "other", None, "maximum of the rating scale"),
    ("quell_forecast", "other", None, "forecast of Quellish admissions"),
    ("lookback_weekends", "other", None, "'Three weekends' after the opening (optional look-back)"),
    ("third_weekend", "part", "running_total", "takings of the third weekend"),
    ("third_drop", "other", None, "fall of the third weekend on the second"),
    ("dunsary_pop", "population", None, "population of Dunsary"),
    ("visitors", "count", None, "visitors to Dunsary on Saturday 26 October"),
    ("visitors_normal", "other", None, "visitors on a normal October weekend"),
    ("extra_buses", "count", None, "extra buses laid on by the council"),
    ("parking_spaces", "count", None, "overflow parking spaces opened"),
    ("tour_price", "other", None, "price of the Fox Trail tour"),
    ("tour_people", "count", None, "people who took the Fox Trail tour"),
    ("tour_before", "other", None, "people on a good October day before the film"),
    ("cafe_multiple", "other", None, "the cafe's takings as a multiple of last year"),
    ("location_fee", "other", None, "location fee paid to the council"),
    ("shoot_weeks", "other", None, "weeks of filming in Dunsary"),
    ("extra_pay", "other", None, "daily pay of extras"),
    ("fee_share", "other", None, "the location fee as a share of the budget"),
    ("visitor_centre", "other", None, "cost of the proposed visitor centre"),
    ("parking_complaints", "count", None, "cars parked across driveways complained of"),
    ("pier_height", "other", None, "height of the east pier's wall"),
    ("admissions_total", "total", None, "tickets sold in Vantrell so far"),
]
meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
