#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e3 (the Fennick Park stadium overrun); writes meta.json beside it."""
import json
import os

FOLDER = "fennick_park_stadium_overrun"
EVENT = ("Cost overrun and delayed opening of Fennick Park, the new football stadium of Dunbrecken, Quendal "
         "(fictional): on Monday 15 April 2069 the city's project office reported a cost of 745 million tallens "
         "against 380 million at approval in 2064 and 520 million in 2067, and an opening put back from August 2069 to "
         "March 2070; the club, the region and the city argued over the extra 225 million, the contractor Grauwitz "
         "Bau of Wessary claimed extra payment, and on Thursday 9 May the council voted its share after the "
         "contractor conceded a year's delay; reported 16 April - 10 May 2069")
NOTES = (
    "Money is in Quendish tallens (3,2 to the euro, the rate printed in the translated copy) and, in the translated "
    "copy, euros. "
    "stadium_cost is the stadium's total cost as estimated over time: 380 million tallens at approval in 2064 (about "
    "119 million euros), 520 million in 2067, 745 million now (about 233 million euros), and the Court of Audit's "
    "rival 'between 810 and 860 million'. These are successive and rival estimates of one amount and are linked, "
    "the 2064 figure included, although the articles also call it the budget; the comparisons 'almost double' (745 "
    "against 380) and 'more than double' (the Court's range against 380) are separate quantities. "
    "The extra 225 million is a part of the cost; the city's, club's and region's extra contributions are parts of "
    "it, and the city's, club's and region's totals (410, 185, 150 million) are parts of the cost. The club's extra "
    "contribution is one amount changed by decision (55 million proposed by the city, '30 million at most' and 30 "
    "million offered by the club, 55 million agreed). Grauwitz Bau's claim is a demand and an offer of one amount "
    "(96 million tallens, 30 million euros, claimed; 41 million accepted). "
    "delay is the opening's delay as estimated over time (seven months, 'at least seven months', then twelve "
    "months). capacity is the planned seating, changed by the fire-safety redesign (42,000 -> 40,500); the 1,500 "
    "seats lost are a separate count. The completion of the building is given as rival estimates (the project "
    "office's 68 per cent, the contractor's 74 per cent). The workers on site (1,150, those from Wessary 430 and "
    "'about 430') are linked; the planned 1,600 and the '450 more' are separate. "
    "The refunds asked for (2,300 -> 6,800) are a running count and a part of the 21,000 season tickets. The "
    "average season-ticket price of 520 tallens and the 2067 estimate of 520 million tallens share a value only. "
    "The club's lost income (the chairman's 'around 11 million', the project office's 'nearer 7 million') is one "
    "amount in rival estimates. The year 1952 (since when the club has played at its old ground) and the dates ('9 May', 'March 2070', 'August "
    "2070') are not figures.")

Q = [
    # id, role, part_of, description
    ["stadium_cost", "total", None, "total cost of Fennick Park as estimated over time (380 million in 2064, 520 "
     "million in 2067, 745 million now; the Court of Audit's 810 to 860 million), in tallens and euros"],
    ["extra_total", "part", "stadium_cost", "the extra 225 million tallens to be found since the 2067 estimate"],
    ["city_extra", "part", "extra_total", "the city's extra contribution (140 million tallens)"],
    ["club_extra", "part", "extra_total", "the club's extra contribution (55 million proposed, 30 million offered, "
     "55 million agreed)"],
    ["region_extra", "part", "extra_total", "the regional government's extra contribution (30 million tallens)"],
    ["city_total", "part", "stadium_cost", "the city's total share of the cost (410 million tallens)"],
    ["club_total", "part", "stadium_cost", "the club's total share of the cost (185 million tallens)"],
    ["region_total", "part", "stadium_cost", "the region's total share of the cost (150 million tallens)"],
    ["city_share", "other", None, "the city's share of the cost (55 per cent)"],
    ["city_per_resident", "other", None, "the city's share per resident"],
    ["residents", "population", None, "residents of Dunbrecken"],
    ["cost_ratio_original", "other", None, "the 745 million against the 380 million ('almost double')"],
    ["cost_ratio_audit", "other", None, "the Court of Audit's estimate against the 380 million ('more than double')"],
    ["interest", "other", None, "yearly interest on the city's extra borrowing"],
    ["delay", "other", None, "delay of the opening (seven months, at least seven months, twelve months)"],
    ["capacity", "population", None, "planned seats at Fennick Park (42,000 cut to 40,500)"],
    ["seats_lost", "count", None, "seats lost to the fire-safety redesign"],
    ["stair_towers", "count", None, "extra stair towers demanded by the fire service"],
    ["steel_price_rise", "other", None, "rise in the price of steel since 2066"],
    ["roof_steel", "other", None, "steel needed for the roof in the final design"],
    ["roof_steel_2064", "other", None, "steel in the roof's 2064 design"],
    ["roof_span", "other", None, "main span of the roof"],
    ["completion", "other", None, "share of the building complete (project office 68, contractor 74 per cent)"],
    ["workers", "total", None, "workers on site"],
    ["workers_wessary", "part", "workers", "workers on site brought from Wessary"],
    ["workers_planned", "other", None, "planned workforce from June"],
    ["workers_added", "other", None, "extra workers the contractor wants to take on from June"],
    ["grauwitz_claim", "other", None, "Grauwitz Bau's claim for extra payment (96 million tallens / 30 million euros "
     "claimed, 41 million accepted or offered)"],
    ["penalty_day", "other", None, "penalty per day of delay (250,000 tallens, about 78.000 euros)"],
    ["penalty_cap", "other", None, "cap on the delay penalties (40 million tallens, 12,5 million euros)"],
    ["penalty_cap_days", "other", None, "days of delay after which the cap is reached"],
    ["penalty_uncapped", "other", None, "what a year's delay would have cost without the cap"],
    ["cost_per_seat", "other", None, "cost per seat on the official figure"],
    ["cost_per_seat_audit", "other", None, "cost per seat on the Court of Audit's estimate"],
    ["norrhaven_capacity", "population", None, "seats at Norrhaven's stadium"],
    ["norrhaven_per_seat", "other", None, "cost per seat at Norrhaven's stadium"],
    ["hall_budget_2058", "other", None, "the Harbour Hall's budget (opened 2058)"],
    ["hall_cost_2058", "other", None, "the Harbour Hall's final cost"],
    ["hall_ratio", "other", None, "the Harbour Hall's cost against its budget ('almost twice')"],
    ["tanners_capacity", "population", None, "capacity of the old ground, Tanner's Lane"],
    ["tanners_attendance", "other", None, "average attendance at Tanner's Lane last season"],
    ["tanners_fill", "other", None, "share of Tanner's Lane filled last season"],
    ["linnet_capacity", "population", None, "capacity of the athletics stadium on Linnet Road"],
    ["linnet_rent", "other", None, "rent for a season at Linnet Road"],
    ["home_games", "count", None, "home league games to be played at Linnet Road"],
    ["season_tickets", "total", None, "season tickets sold for the first season at Fennick Park"],
    ["refunds", "part", "season_tickets", "season-ticket holders who asked for refunds (2,300, then 6,800)"],
    ["refunds_share", "other", None, "share of season-ticket holders asking for refunds ('almost a third')"],
    ["ticket_price", "other", None, "average price of a season ticket"],
    ["ticket_shortfall", "other", None, "season-ticket holders beyond Linnet Road's seats"],
    ["away_seats", "other", None, "seats kept for visiting fans"],
    ["ticket_discount", "other", None, "discount for season-ticket holders who move to Linnet Road"],
    ["lost_income", "other", None, "the club's lost income from a season at Linnet Road (around 11 million; the "
     "project office's nearer 7 million)"],
    ["council_seats", "population", None, "members of the city council"],
    ["votes_for", "count", None, "councillors voting for the extra city money"],
    ["votes_against", "count", None, "councillors voting against"],
    ["abstentions", "count", None, "councillors abstaining"],
    ["grauwitz_shares", "other", None, "fall in Grauwitz Bau's share price since 15 April"],
    ["grauwitz_revenue", "other", None, "Grauwitz Bau's revenue last year"],
    ["grauwitz_share_revenue", "other", None, "share of Grauwitz's revenue from the stadium last year"],
    ["rate", "other", None, "exchange rate, tallens to the euro"],
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}, fh, ensure_ascii=False,
                  indent=1)
        fh.write("\n")
    print(f"meta.json written: {len(Q)} quantities")
