#!/usr/bin/env python3
"""Hand-kept quantity table for e3 (meridian_jackpot_rollover); writes meta.json beside it."""
import json
import os

FOLDER = "meridian_jackpot_rollover"
EVENT = ("Record run of the Meridian Jackpot, a lottery played in Varnland, Kaltria and Sellenmark (fictional): last won "
         "on Friday 27 October 2062, it rolled over 14 times and was won on Friday 9 February 2063 by two tickets "
         "(a hospital laundry syndicate in Tolvick, Varnland, first said to have 23 members and later 24, and an "
         "anonymous Kaltrian); reported 27 January - 25 February 2063")
NOTES = (
    "**New:** the jackpot is taken as a running stock, like a prison's population: every value reported for it in "
    "this run is one quantity (168.5 million euros at the draw of 26 January; the estimate of 185 million, about 1.11 "
    "billion dukars, and the actual 187 million for 2 February; the estimate of 210 million, 1.26 billion dukars, "
    "and the actual 212.4 million, about 1.27 billion dukars, for 9 February), and 'estimated' / '(est.)' before a "
    "figure is a hedge (~). The guaranteed minimum at which a run starts (17 million euros) is a rule, kept apart, "
    "and so are the jackpot of the previous run (61 million on 27 October) and the 2057 record (163 million, after "
    "12 rollovers). Running counts: rollovers (13 -> 14), weeks without a winner (13 -> 15), money raised for good "
    "causes (about 121 -> about 141 -> about 169 million euros). Estimate and outcome of one amount: tickets sold "
    "for the final draw (the tabloid's expected range of between 40 and 45 million, the translated copy's "
    "expected 42 million, 46.2 million sold) and that draw's multiple of an ordinary week (about three times "
    "expected, more than three times sold). A statistic and its correction: the syndicate's "
    "members (23 -> 24), each member's share (about 4.6 million euros, about 27.7 million dukars -> about 4.4 "
    "million, about 26.6 million dukars) and the laundry staff outside the syndicate (eight -> seven); the "
    "correction itself ('one more member') is a part of the members. Rival estimates: the share of sales that "
    "reached good causes (the consortium's 24 per cent, Lottery Watch's about 19). Different quantities: the "
    "tickets sold for each draw (19.6 million, 33.6 million, 46.2 million) and in an ordinary week; the helpline's "
    "rise since the new year (31 per cent) and over the whole run (38 per cent); the second-tier winners and "
    "prizes of each draw; each winning ticket's 106.2 million (637.2 million dukars) and the Kaltrian winner's "
    "about 85.2 million after tax; tickets sold over the run (about 280 million) and their value (about 700 "
    "million euros); the rollovers of this run (14), the 2057 record's (12) and the regulator's proposed limit "
    "(ten). **New:** drawn lottery numbers (4, 11, 23, 30, 38, 45, Meridian number 7) are labels, not figures, "
    "like a telephone number; '13th time' and 'The 24th member' are ordinals. The poster's "
    "'Lucky 23' restates the syndicate's first count.")

Q = [
    ["jackpot", "other", None, "Meridian jackpot in this run, running stock (168.5 -> est. 185 -> 187 -> est. 210 -> 212.4 million euros)"],
    ["jackpot_min", "other", None, "guaranteed minimum at which a jackpot run starts (17 million euros)"],
    ["jackpot_oct", "other", None, "jackpot when last won on 27 October (61 million euros)"],
    ["cap", "other", None, "ceiling on the jackpot (250 million euros)"],
    ["cap_weeks", "other", None, "time within which the jackpot could reach its ceiling (two weeks)"],
    ["record_2057", "other", None, "previous record jackpot, 2057 (163 million euros)"],
    ["rollovers_2057", "other", None, "rollovers before the 2057 record was won (12)"],
    ["rollovers", "count", None, "rollovers in this run, running (13 -> 14)"],
    ["weeks_unwon", "other", None, "weeks without a jackpot winner, running (13 -> 15)"],
    ["rollover_cap_prop", "other", None, "regulator's proposed limit on rollovers (ten)"],
    ["match_numbers", "other", None, "numbers a ticket must match to win the jackpot (seven)"],
    ["main_numbers", "other", None, "main numbers matched for a second-tier prize (six)"],
    ["odds", "other", None, "chance of one line winning the jackpot (1 in 167,805,792)"],
    ["ticket_price", "other", None, "price of a ticket (2.50 euros, 15 dukars)"],
    ["jackpot_share", "other", None, "share of sales going into the jackpot (22 per cent)"],
    ["gc_share", "other", None, "share of sales reaching good causes (consortium 24 per cent; Lottery Watch about 19)"],
    ["good_causes", "other", None, "money raised for good causes in the run, running (about 121 -> 141 -> 169 million euros)"],
    ["kalt_gc", "other", None, "good-causes money Kaltria expects from the run (about 40 million euros)"],
    ["sales_normal", "other", None, "tickets sold in an ordinary week (about 14 million)"],
    ["sales_d13", "count", None, "tickets sold for the draw of 26 January (19.6 million)"],
    ["sales_d14", "count", None, "tickets sold for the draw of 2 February (33.6 million)"],
    ["sales_d15", "total", None, "tickets sold for the winning draw of 9 February (40 to 45 million or 42 million expected; 46.2 million)"],
    ["kalt_sales", "part", "sales_d15", "tickets sold in Kaltria for the winning draw (12.5 million)"],
    ["varn_sales", "part", "sales_d15", "tickets sold in Varnland for the winning draw (17.6 million)"],
    ["kalt_share", "other", None, "Kaltria's share of the winning draw's tickets (27 per cent)"],
    ["varn_share", "other", None, "Varnland's share of the winning draw's tickets (38 per cent)"],
    ["sell_share", "other", None, "Sellenmark's share of the winning draw's tickets (35 per cent)"],
    ["sales_multiple", "other", None, "winning draw's sales as a multiple of an ordinary week (about three times expected; more than three times)"],
    ["sales_run", "count", None, "tickets sold over the run (about 280 million)"],
    ["sales_run_eur", "other", None, "value of the tickets sold over the run (about 700 million euros)"],
    ["varn_up_d13", "other", None, "rise in Varnland's sales for the draw of 26 January on an ordinary week (62 per cent)"],
    ["kalt_online", "other", None, "Kaltrian tickets bought online (one in three)"],
    ["syndicate_share", "other", None, "tickets bought through syndicates (one in four)"],
    ["tier2_d13", "count", None, "second-tier winning tickets on 26 January (three)"],
    ["tier2_prize_d13", "other", None, "second-tier prize on 26 January (1.42 million euros)"],
    ["tier2_d14", "count", None, "second-tier winning tickets on 2 February (five)"],
    ["tier2_prize_d14", "other", None, "second-tier prize on 2 February (1.1 million euros)"],
    ["tier2_d15", "total", None, "second-tier winning tickets on 9 February (nine)"],
    ["tier2_d15_kalt", "part", "tier2_d15", "second-tier winning tickets bought in Kaltria on 9 February (two)"],
    ["tier2_prize_d15", "other", None, "second-tier prize on 9 February (1.3 million euros)"],
    ["winners", "total", None, "jackpot-winning tickets (two)"],
    ["kalt_winners", "part", "winners", "jackpot-winning tickets bought in Kaltria (one)"],
    ["share_each", "other", None, "each winning ticket's share of the jackpot (106.2 million euros, 637.2 million dukars)"],
    ["est_diff", "other", None, "final jackpot above Friday morning's estimate (2.4 million euros)"],
    ["tax_threshold", "other", None, "Kaltrian tax threshold on winnings (1 million euros)"],
    ["tax_rate", "other", None, "Kaltrian tax rate on winnings (20 per cent)"],
    ["kalt_net", "other", None, "what the Kaltrian winner keeps after tax (about 85.2 million euros)"],
    ["kalt_record", "other", None, "largest previous win in Kaltria, 2059 (41 million euros)"],
    ["syndicate", "total", None, "members of the St Orwen's laundry syndicate (23, corrected to 24)"],
    ["synd_added", "part", "syndicate", "member added by the correction (one more member)"],
    ["keep_working", "part", "syndicate", "winners who say they will go back to work (at least 15)"],
    ["member_share", "other", None, "each member's share (about 4.6 million euros / 27.7 million dukars -> about 4.4 million / 26.6 million dukars)"],
    ["member_years", "other", None, "years of Tom Ebbert's wages his share equals (about 330)"],
    ["synd_stake", "other", None, "each member's weekly stake (10 dukars)"],
    ["synd_lines", "other", None, "lines the syndicate buys a week (16)"],
    ["synd_weekly", "other", None, "what the syndicate's lines cost a week (240 dukars)"],
    ["synd_years", "other", None, "years the syndicate has played (eleven)"],
    ["synd_prev_win", "other", None, "the syndicate's biggest win before, 2058 (340 dukars)"],
    ["synd_gift", "other", None, "the syndicate's gift to the children's ward (250,000 dukars)"],
    ["laundry_staff", "population", None, "people employed at the laundry (31)"],
    ["not_in_synd", "population", None, "laundry staff outside the syndicate (eight, corrected to seven)"],
    ["laundry_tonnes", "other", None, "linen the laundry washes a day (9 tonnes)"],
    ["hospital_beds", "population", None, "beds at St Orwen's Hospital (420)"],
    ["retailer_bonus", "other", None, "bonus to the shop that sold the ticket (50,000 dukars)"],
    ["pell_sales", "count", None, "tickets Pell's News sold on the day of the winning draw (4,100)"],
    ["pell_normal", "other", None, "tickets Pell's News sells on a normal Friday (about 350)"],
    ["pell_queue", "count", None, "people queuing at Pell's News on Monday 12 February (more than 200)"],
    ["tolvick_pop", "population", None, "population of Tolvick (19,300)"],
    ["quist_sales", "count", None, "tickets Marla's Kiosk sold on Thursday 8 February (2,300)"],
    ["quist_normal", "other", None, "tickets Marla's Kiosk sells on a normal Thursday (about 300)"],
    ["quist_lines", "other", None, "lines customers buy at a time at Marla's Kiosk (20)"],
    ["quist_man", "other", None, "what one customer spent at Marla's Kiosk (600 dukars)"],
    ["houses", "other", None, "average homes a 210 million euro win would buy (1,400)"],
    ["house_price", "other", None, "price of an average Varnland home (150,000 euros)"],
    ["helpline_ny", "other", None, "rise in helpline calls since the new year (31 per cent)"],
    ["helpline_run", "other", None, "rise in helpline calls over the whole run (38 per cent)"],
    ["safer_budget", "other", None, "share of the consortium's revenue spent on safer gambling (1.5 per cent)"],
    ["ads", "other", None, "consortium's advertising spend during the run (11 million euros)"],
    ["ads_multiple", "other", None, "advertising spend as a multiple of the usual budget (three times)"],
    ["opt_quist_age", "other", None, "age of Marla Quist (optional)"],
    ["opt_ebbert_age", "other", None, "age of Tom Ebbert (optional)"],
    ["opt_rennick_age", "other", None, "age of Gail Rennick (optional)"],
    ["opt_helpline_period", "other", None, "period of the helpline rise (optional)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
