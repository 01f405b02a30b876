#!/usr/bin/env python3
"""Hand-kept quantity table of event 2; writes meta.json beside it."""
import json
import os

FOLDER = "ardesse_hockey_final_audience"
EVENT = ("Record television audience in Ardesse (fictional) for the world ice hockey championship final, played in "
         "Brask, Skarnia (fictional), on Sunday 24 May 2054 and won by Ardesse in overtime: overnight, final and "
         "consolidated ratings, reach, streaming, the streaming outage, fan zones, advertising and rights money "
         "(crowns and euros), the northern province's and city's audience, the Skarnian audience and earlier records; "
         "reported 25 May - 10 June 2054")
NOTES = (
    "The live average audience is one quantity with its correction: Panelmetric's overnight 5.9 million, raised to "
    "6.1 million in its final figures once guests and late meters were counted (a statistic and its correction). The "
    "consolidated average of 6.5 million, which adds seven days of catch-up viewing, measures another period (live "
    "plus seven days) and is its own quantity, with the about 400,000 catch-up viewers as its part. The peak is one "
    "quantity (7.4 -> 7.6 million), and the winning player's 'Seven million people' in a quotation is the same peak "
    "rounded in speech (value 7000000 as printed). The reach is one quantity with rival estimates: Panelmetric's 10.8 "
    "million (corrected to 11.3 million) who watched at least three minutes on a television, and ATV's 'more than 12 "
    "million' who saw part of it anywhere; the broadsheet sets them side by side as two answers to the same question. "
    "Its share of the population (66 -> 69 per cent) is another base and its own quantity, as is the tabloid's 36 per "
    "cent (the average audience against the population) and the shares of the TV audience (71 per cent over the match, "
    "84 per cent at the peak, 79 per cent in Nordvale, 83 per cent in Tolmere, 68 per cent among viewers aged 16 to "
    "34). The online audience at the peak is one quantity with ATV's 1.9 million streams and Panelmetric's 1.4 million "
    "people online, which the broadsheet compares as rival counts of the same audience (devices against people). The "
    "streaming outage is one quantity (11 minutes; the local paper's 'more than ten minutes'). The Harbour Square fan "
    "zone crowd is one quantity with the police's about 45,000 and the city's more than 70,000; Tolmere's fan zone "
    "(police 18,000, supporters' club about 25,000) is its own, as is the 10,000 the city had expected there. The "
    "parade crowd (police about 150,000, organisers 250,000) is apart from the tabloid's forecast of up to 200,000. "
    "Nordvale's average audience is a part of the national live average, and Tolmere's a part of Nordvale's. The "
    "advertising slot price is one quantity in crowns and euros (240,000 crowns, 20,000 euros); the Skarnian "
    "broadcaster's slot (14,000 euros) is its own. The earlier records (the 2038 quarter-final's 5.2 million average "
    "and 6.3 million peak, the 2049 final's 3.8 million and 52 per cent, Skarnia's 3.4 million in 2046 and 2.9 million "
    "in 2049, the 2038 grid surge of 780 megawatts) are quantities of their own. Ages, the age band '16 to 34' and the "
    "look-back 'Seventeen days' are optional. Not figures: years, times of day ('10.47pm', '7pm', '2pm'), ordinals "
    "('first world title', 'the third period', 'for the first time'), idioms ('by a mile', 'the early hours') and "
    "vague words ('Thousands of people', 'few broadcasts')."
)
# id, role, part_of, description
Q = [
    ["avg_live", "total", None, "average live audience of the final on ATV (overnight 5.9 million, final 6.1 million)"],
    ["nordvale_avg", "part", "avg_live", "average audience in Nordvale province (1.1 million)"],
    ["tolmere_avg", "part", "nordvale_avg", "average audience in the city of Tolmere (about 240,000)"],
    ["avg_consolidated", "total", None, "average audience including seven days of catch-up (6.5 million)"],
    ["catchup_viewers", "part", "avg_consolidated", "viewers who watched on catch-up (about 400,000)"],
    ["catchup_window", "other", None, "catch-up period counted in the consolidated figure (seven days)"],
    ["peak", "count", None, "peak audience at the winning goal (7.4 -> 7.6 million)"],
    ["share", "other", None, "ATV's share of the TV audience over the match (71 per cent)"],
    ["share_peak", "other", None, "ATV's share at the peak (84 per cent)"],
    ["reach", "count", None, "people who watched at least part of the final (Panelmetric 10.8 -> 11.3 million; ATV more than 12 million)"],
    ["reach_pct", "other", None, "reach as a share of the population (66 -> 69 per cent)"],
    ["reach_threshold", "other", None, "minimum viewing counted in the reach (three minutes)"],
    ["population", "population", None, "population of Ardesse (16.4 million)"],
    ["avg_pop_pct", "other", None, "average audience as a share of the population (36 per cent)"],
    ["online_peak", "count", None, "online audience at the peak (ATV 1.9 million streams; Panelmetric 1.4 million people)"],
    ["outage", "other", None, "duration of the ATV Stream outage (11 minutes)"],
    ["sessions_reopened", "other", None, "times some ATV streaming sessions were opened during the outage (twice)"],
    ["outage_viewers", "count", None, "viewers who lost the picture in the outage (about 300,000)"],
    ["ruben_left", "other", None, "time left to play when a fan's stream went black (ten minutes)"],
    ["broadcast_length", "other", None, "length of ATV's broadcast (more than four hours)"],
    ["ot_goal_time", "other", None, "time into overtime of the winning goal (seven minutes)"],
    ["record_2038_avg", "other", None, "previous record average audience, the 2038 World Cup quarter-final (5.2 million)"],
    ["record_2038_peak", "other", None, "peak audience of the 2038 quarter-final (6.3 million)"],
    ["record_margin", "other", None, "margin by which the old average record was beaten (900,000)"],
    ["record_margin_pct", "other", None, "margin over the old record in per cent (17 per cent)"],
    ["avg_2049", "other", None, "ATV's average audience for the 2049 final (3.8 million)"],
    ["share_2049", "other", None, "ATV's share for the 2049 final (52 per cent)"],
    ["share_rise", "other", None, "rise in share from the 2049 final (19 percentage points)"],
    ["share_young", "other", None, "ATV's share among viewers aged 16 to 34 during the final (68 per cent)"],
    ["share_young_normal", "other", None, "ATV's usual evening share among viewers aged 16 to 34 (about 9 per cent)"],
    ["young_band", "other", None, "age band of young viewers (optional)"],
    ["panel_homes", "population", None, "homes on Panelmetric's meter panel (5,200)"],
    ["ad_slot", "other", None, "price of a 30-second advertising slot before overtime (240,000 crowns, 20,000 euros)"],
    ["ad_slot_length", "other", None, "length of the advertising slot (30 seconds)"],
    ["ad_ratio", "other", None, "slot price as a multiple of the usual prime-time rate (four times)"],
    ["ad_revenue", "other", None, "ATV's advertising revenue from the final night (14.4 million crowns, 1.2 million euros)"],
    ["ad_revenue_share", "other", None, "the final night's advertising as a share of ATV's annual advertising revenue (about 1.1 per cent)"],
    ["atv_ad_annual", "other", None, "ATV's annual advertising revenue (1.3 billion crowns)"],
    ["ad_refund", "other", None, "refund offered to advertisers for the outage (2.2 million crowns)"],
    ["rights_cost", "other", None, "what ATV paid in 2051 for four championships (96 million crowns, 8 million euros)"],
    ["rights_tournaments", "count", None, "championships covered by ATV's rights (four)"],
    ["rights_next", "other", None, "expected cost of the next rights contract (as much as 150 million crowns)"],
    ["licence_fee", "other", None, "the annual licence fee per household (1,980 crowns)"],
    ["stream_share_2053", "other", None, "streaming's share of ATV viewing in 2053 (14 per cent)"],
    ["stream_share_2060", "other", None, "streaming's expected share of ATV viewing by 2060 (30 per cent)"],
    ["exchange_rate", "other", None, "exchange rate (12 crowns to the euro)"],
    ["grid_surge", "other", None, "jump in electricity demand after the final whistle (1,150 megawatts)"],
    ["grid_window", "other", None, "period of the grid surge (five minutes)"],
    ["grid_surge_2038", "other", None, "the largest earlier surge, after the 2038 quarter-final (780 megawatts)"],
    ["fanzone_capital", "count", None, "crowd at the Harbour Square fan zone in Lorrisand (police about 45,000; city more than 70,000)"],
    ["fanzone_screens", "count", None, "giant screens in Harbour Square (four)"],
    ["fanzone_cities", "count", None, "cities with fan zones (14)"],
    ["fanzone_tolmere", "count", None, "crowd at the Market Square fan zone in Tolmere (police 18,000; supporters' club about 25,000)"],
    ["fanzone_tolmere_expected", "other", None, "crowd Tolmere had expected in Market Square (10,000)"],
    ["litter", "other", None, "rubbish collected from Market Square (nine tonnes)"],
    ["celebration_injured", "count", None, "people treated for injuries during the celebrations (34)"],
    ["celebration_arrests", "count", None, "people arrested during the celebrations (two)"],
    ["players", "total", None, "players in the Ardessan squad (25)"],
    ["lynx_players", "part", "players", "Tolmere Lynx players in the squad (three)"],
    ["straal_goals", "count", None, "Straal's goals in the tournament (11)"],
    ["games_played", "count", None, "games Ardesse played in the tournament (ten)"],
    ["bonus_per_player", "other", None, "government bonus per player (500,000 crowns, about 42,000 euros)"],
    ["bonus_total", "other", None, "bonuses for the whole squad (12.5 million crowns)"],
    ["beer_sales", "other", None, "rise in Ardessan beer sales on the night against a normal Sunday (38 per cent)"],
    ["skarnia_beer", "other", None, "rise in Skarnian beer sales on the night (15 per cent)"],
    ["pizza_ratio", "other", None, "pizzas delivered as a multiple of usual (three times)"],
    ["roar_distance", "other", None, "distance at which the Harbour Square roar was heard (two kilometres)"],
    ["parade_expected", "other", None, "crowd police expected for the parade (up to 200,000)"],
    ["parade_route", "other", None, "length of the parade route (six kilometres)"],
    ["parade_crowd", "count", None, "crowd at the Lorrisand parade (police about 150,000; organisers 250,000)"],
    ["tolmere_reception", "other", None, "crowd expected at Tolmere's reception (about 30,000)"],
    ["nordvale_share", "other", None, "ATV's share in Nordvale province (79 per cent)"],
    ["nordvale_share_gap", "other", None, "Nordvale's share above the national share (eight percentage points)"],
    ["tolmere_share", "other", None, "ATV's share in Tolmere (83 per cent)"],
    ["tolmere_pop", "population", None, "inhabitants of Tolmere (380,000)"],
    ["nordvale_no_aerial", "other", None, "share of Nordvale homes with no aerial or cable (about 22 per cent)"],
    ["annika_drive", "other", None, "distance a farmer drove to see the end of the match (12 kilometres)"],
    ["lantern_bar", "count", None, "people in the Lantern bar (about 150)"],
    ["lantern_capacity", "population", None, "licensed capacity of the Lantern bar's room (90)"],
    ["rink_cost", "other", None, "cost of renovating the Lynx rink (36 million crowns, about 3 million euros)"],
    ["rink_duration", "other", None, "duration of the rink renovation (18 months)"],
    ["season_tickets", "other", None, "rise in Lynx season-ticket sales since the final (40 per cent)"],
    ["skv_avg", "count", None, "average audience in Skarnia on SKV (2.6 million)"],
    ["skv_share", "other", None, "SKV's share in Skarnia (61 per cent)"],
    ["skv_peak", "count", None, "SKV's peak audience (3.1 million)"],
    ["skv_peak_pct", "other", None, "SKV's peak audience as a share of Skarnia's population (almost 45 per cent)"],
    ["skv_record_2046", "other", None, "Skarnian record audience, the 2046 final (3.4 million)"],
    ["skv_2049", "other", None, "Skarnian audience of the 2049 final (2.9 million)"],
    ["skv_online", "count", None, "SKV streams at the peak (410,000)"],
    ["skv_ad_slot", "other", None, "SKV's price for 30 seconds before overtime (14,000 euros)"],
    ["skv_ad_slot_length", "other", None, "length of SKV's slot (30 seconds)"],
    ["skv_ad_ratio", "other", None, "SKV's slot price as a multiple of usual (roughly three times)"],
    ["skv_rights", "other", None, "SKV's rights cost for three tournaments (21 million euros)"],
    ["skv_rights_years", "count", None, "tournaments covered by SKV's rights (three)"],
    ["skarnia_pop", "population", None, "population of Skarnia (6.9 million)"],
    ["pop_ratio", "other", None, "Ardesse's population as a multiple of Skarnia's (more than twice)"],
    ["peak_ratio_skarnia", "other", None, "Ardessan peak audience as a multiple of Skarnia's (2.4 times)"],
    ["arena_crowd", "total", None, "spectators in the Brask arena (17,800)"],
    ["arena_ardessans", "part", "arena_crowd", "Ardessan fans in the arena (about 6,000)"],
    ["ticket_face", "other", None, "face value of a final ticket (180 euros)"],
    ["ticket_resale", "other", None, "resale price of final tickets (up to 1,200 euros)"],
    ["skarnia_recent_finals", "total", None, "Skarnia's last finals (five)"],
    ["skarnia_final_losses", "part", "skarnia_recent_finals", "finals Skarnia lost among its last five (three)"],
    ["skarnia_margin", "other", None, "margin of Skarnia's defeat (one goal)"],
    ["skarnia_bonus", "other", None, "bonus per Skarnian player for silver (15,000 euros)"],
    ["age_ruben", "other", None, "a fan's age (optional)"],
    ["age_straal", "other", None, "Straal's age (optional)"],
    ["age_annika", "other", None, "a farmer's age (optional)"],
    ["lookback_days", "other", None, "days since the final, dating the broadsheet (optional)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
