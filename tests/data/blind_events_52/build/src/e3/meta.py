#!/usr/bin/env python3
"""Hand-kept quantity table of event e3 (the Goldwheel record jackpot); writes meta.json beside it."""
import json
import os

FOLDER = "goldwheel_record_jackpot"
EVENT = ("Record rollover of the Goldwheel lottery jackpot, played in Quessany and Sarnovia (fictional): after a win on "
         "Saturday 15 December 2074 the jackpot rolled over 14 times, passed the 2069 record of 71.3 million rells on "
         "Saturday 2 February 2075 (77.9 million, not won) and was shared by two tickets, one bought by a warehouse "
         "syndicate in Harrowvale and one in Sarnovia, on Wednesday 6 February at 94.7 million rells; reported 31 January "
         "- 16 February 2075")
NOTES = (
    "Each draw's jackpot is its own quantity, holding the operator's and an analyst's forecasts with the amount the "
    "draw reached: Saturday 2 February's (Orbelle's about 74 million on the Thursday, an estimated 76 million on the "
    "Saturday, Oddsmark's 'as high as 80 million', 77.9 million reached, about 32,5 million krels) and Wednesday 6 "
    "February's (Oddsmark's 'top 90 million', Orbelle's about 90 million or 37,5 million krels at 2,4 rells to the krel, "
    "the translated copy's hypothetical '90-million-rell' jackpot, 94.7 million reached); the jackpots of 26 and 30 "
    "January and of 15 December are apart. The rollovers are a running count (13 -> 14), and the broadsheet's '14 draws "
    "without a winner' restates it. The share of each winning ticket (47.35 million rells, about 19.7 million krels) is "
    "a per-ticket amount apart from the jackpot, and the syndicate member's share and the Sarnovian winner's share after "
    "tax are apart again. Tickets sold for 2 February hold Orbelle's forecasts (about 11 million, 12 million) and the "
    "count (12.4 million), with the Quessanian and Sarnovian tickets as parts (the tabloid's 'three million' expected in "
    "Sarnovia joins the Sarnovian part); its multiple of a normal Saturday ('almost four times', forecast and count) is "
    "one ratio. The money for good causes during the run is one running amount ('more than 40 million' after 13 draws, "
    "the fact box's '40m+', about 59 million for the whole run), a part of the run's sales, as are the duty and "
    "Orbelle's share; the 28 per cent share is apart. The odds join the rounded 'almost 140 million', the fact box's "
    "'140m' and the translated copy's exact '139.838.160'; the odds before the 2072 change are apart. The helpline's "
    "rise in calls in January joins the tabloid's 'a third' and the broadsheet's '35 per cent'. The run's length joins "
    "'seven weeks' (at 2 February) and 'more than seven weeks' (at the end). The record of 2069 (71.3 million rells, "
    "29,7 million krels) is one amount of an earlier draw, and the jackpot cap (100 million rells, about 41,7 million "
    "krels) a rule. A punter's age is optional.")
Q = [
    ["jp_sat", "other", None, "jackpot of the draw of Saturday 2 February (forecasts and amount reached, rells and krels)"],
    ["jp_wed6", "other", None, "jackpot of the draw of Wednesday 6 February (forecasts and amount reached, rells and krels)"],
    ["jp_wed30", "other", None, "jackpot of the draw of Wednesday 30 January, not won"],
    ["jp_sat26", "other", None, "jackpot of the draw of Saturday 26 January, not won"],
    ["jp_dec", "other", None, "jackpot won on 15 December 2074"],
    ["record", "other", None, "previous record jackpot, won in 2069 (rells and krels)"],
    ["record_margin", "other", None, "final jackpot's margin above the old record"],
    ["record_rollovers", "other", None, "rollovers before the 2069 record"],
    ["rollovers", "count", None, "rollovers of the current run (running count)"],
    ["weeks_since", "other", None, "length of the run without a jackpot winner"],
    ["tix_sat", "total", None, "tickets sold for the draw of 2 February in both countries (forecasts and count)"],
    ["tix_sat_q", "part", "tix_sat", "tickets sold in Quessany for 2 February"],
    ["tix_sat_sar", "part", "tix_sat", "tickets sold in Sarnovia for 2 February (forecast and count)"],
    ["tix_sat_ratio", "other", None, "tickets for 2 February as a multiple of a normal Saturday"],
    ["tix_sat_normal", "other", None, "tickets sold on a normal Saturday"],
    ["tix_wed6", "total", None, "tickets sold for the draw of 6 February in both countries"],
    ["tix_wed6_q", "part", "tix_wed6", "tickets sold in Quessany for 6 February"],
    ["tix_wed30", "count", None, "tickets sold for the draw of 30 January"],
    ["tix_wed30_ratio", "other", None, "tickets for 30 January as a multiple of a normal midweek draw"],
    ["tix_wed_normal", "other", None, "tickets sold for a normal midweek draw"],
    ["price", "other", None, "ticket price in Quessany (2.50 rells)"],
    ["price_krel", "other", None, "ticket price in Sarnovia (1 krel)"],
    ["rule_numbers", "other", None, "main numbers a player picks (rule)"],
    ["rule_pool", "other", None, "main numbers to pick from (rule)"],
    ["rule_crown", "other", None, "crown balls to pick from since 2072 (rule)"],
    ["crown_old", "other", None, "crown balls before 2072"],
    ["crown_added", "other", None, "crown balls added in 2072"],
    ["rule_three", "other", None, "numbers matched for the smallest prize (rule)"],
    ["odds", "other", None, "odds of the jackpot for a ticket (1 in ...)"],
    ["odds_old", "other", None, "odds of the jackpot before 2072"],
    ["cap", "other", None, "cap on the jackpot (rule; rells and krels)"],
    ["cap_ask", "other", None, "cap the Clearmind Trust wants"],
    ["jp_min", "other", None, "minimum jackpot after a win"],
    ["small_wed30", "count", None, "smaller prizes won on 30 January"],
    ["prize_min", "other", None, "smallest prize"],
    ["prize_tier2", "other", None, "second-tier prize on 30 January"],
    ["good_share", "other", None, "share of ticket money for good causes"],
    ["jp_share", "other", None, "share of ticket money into the jackpot"],
    ["small_share", "other", None, "share of ticket money for smaller prizes"],
    ["duty_share", "other", None, "share of ticket money paid as duty"],
    ["orbelle_share", "other", None, "share of ticket money kept by Orbelle"],
    ["run_sales", "total", None, "ticket sales over the run's draws in both countries"],
    ["good_run", "part", "run_sales", "money raised for good causes during the run (running amount)"],
    ["duty_run", "part", "run_sales", "duty raised during the run"],
    ["orbelle_run", "part", "run_sales", "Orbelle's share of the run's sales"],
    ["run_draws", "count", None, "draws in the run"],
    ["prev_runs", "other", None, "threshold of a long run (ten rollovers or more)"],
    ["prev_runs_n", "total", None, "earlier runs of ten or more rollovers since 2051"],
    ["prev_runs_after", "part", "prev_runs_n", "earlier long runs since the 2072 change"],
    ["kessling_shops", "population", None, "Kessling Group's convenience stores"],
    ["kessling_shares", "other", None, "rise in Kessling's shares on 31 January"],
    ["kessling_shares_run", "other", None, "rise in Kessling's shares since the run began"],
    ["kessling_footfall", "other", None, "rise in Kessling's footfall in the week to 2 February"],
    ["outlets", "population", None, "lottery outlets in Quessany"],
    ["marwah_tix", "count", None, "tickets Dilip Marwah sold by teatime on 1 February"],
    ["marwah_normal", "other", None, "tickets he normally sells on a Friday"],
    ["age_oakes", "other", None, "age of Benny Oakes (optional)"],
    ["oakes_tix", "count", None, "tickets Benny Oakes bought"],
    ["oakes_spend", "other", None, "money Benny Oakes spent"],
    ["office_staff", "count", None, "office staff in a syndicate"],
    ["office_stake", "other", None, "stake per member of the office syndicate"],
    ["office_lines", "count", None, "lines the office syndicate bought"],
    ["chance_sat", "other", None, "chance that the jackpot of 2 February would be won"],
    ["chance_wed", "other", None, "chance that the jackpot of 6 February would be won"],
    ["helpline_rise", "other", None, "rise in calls to the gambling helpline in January on a year earlier"],
    ["rell_rate", "other", None, "exchange rate, rells to the krel"],
    ["sar_share", "other", None, "Sarnovian tickets as a share of 2 February's tickets"],
    ["sar_players", "count", None, "Sarnovians who played on 2 February"],
    ["sar_adults", "population", None, "adults in Sarnovia"],
    ["meszar_tix", "count", None, "tickets sold at Radko Meszár's kiosk on 2 February"],
    ["meszar_ratio", "other", None, "those tickets as a multiple of a normal weekend"],
    ["web_down", "other", None, "time Orbelle's website was down on 2 February"],
    ["app_down", "other", None, "time the Sarnolot app was down on 2 February"],
    ["server_ratio", "other", None, "Sarnolot's increase of its server capacity"],
    ["tax_threshold", "other", None, "prize above which Sarnovia taxes winnings (rule)"],
    ["tax_rate", "other", None, "Sarnovian tax rate on prizes"],
    ["net_hypo", "other", None, "what a Sarnovian sole winner of a 90-million-rell jackpot would keep"],
    ["sar_good_months", "other", None, "months of Sarnolot's usual good-causes money the run brought in"],
    ["winners", "count", None, "winning tickets of 6 February"],
    ["share", "other", None, "prize per winning ticket (rells and krels)"],
    ["net_sar", "other", None, "Sarnovian winner's prize after tax"],
    ["syndicate", "count", None, "members of the Harrowvale syndicate"],
    ["per_member", "other", None, "prize per syndicate member"],
    ["bonus", "other", None, "bonus for the shop that sold a winning ticket"],
    ["pruett_years", "other", None, "years Della Pruett has sold tickets"],
    ["shop_share", "other", None, "share of 2 February's Quessanian tickets sold in shops"],
    ["commission", "other", None, "retailers' commission on ticket sales"],
    ["commission_ask", "other", None, "commission the retailers' federation wants"],
    ["commission_sat", "other", None, "retailers' commission on 2 February's draw"],
    ["commission_shop", "other", None, "that commission per outlet"],
    ["basket", "other", None, "other items a lottery customer buys"],
    ["fallback_draws", "other", None, "draws within which sales fall back after a win"],
    ["players_q", "count", None, "Quessanians who played during the run"],
    ["players_share", "other", None, "those players as a share of adults"],
    ["adults_q", "population", None, "adults in Quessany"],
]
HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
