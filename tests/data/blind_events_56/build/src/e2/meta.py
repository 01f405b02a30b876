#!/usr/bin/env python3
"""Hand-kept quantity table for e2 (Fenwater Athletic's record transfer of Luca Ondrevic); writes meta.json beside it."""
import json
import os

FOLDER = "fenwater_ondrevic_record_transfer"
EVENT = ("Record transfer of the Scalvian striker Luca Ondrevic from Kosmo Trenava to Fenwater Athletic, Dalmorra "
         "(fictional): a basic fee of 72 million sovrels plus up to 18 million in add-ons agreed on Monday 4 July "
         "2078, the medical and signing on Wednesday 6 July, the unveiling on Saturday 9 July; rival reports of the "
         "total cost and the wages, the club's finances; reported 4 July - 9 August 2078")
NOTES = ("The basic fee, the add-ons (a contract ceiling, 'up to' kept outside the quote), the potential fee and the "
         "total cost are four quantities in a part/whole tree: basic fee and add-ons -> potential fee; potential fee, "
         "agent's fee and signing bonus -> total cost; appearance and trophy add-ons -> add-ons. The tabloid's "
         "100 million and the broadsheet's 'about 99 million' are one total cost; the tabloid's agent's fee of 7 "
         "million and others' 'about 6 million' are rival estimates of one fee. The weekly wage joins the club "
         "sources' 'about 260,000', the tabloid's 310,000, a fan's rounded 300,000 and the translated copy's range; "
         "the yearly wage (more than 16 million, about 13.5 million) is a quantity of its own, as is the daily one. "
         "Shirt sales (40,000 -> 65,000 -> more than 100,000) are a running count. The revenue, loss and wage bill are "
         "those of the year to June 2077 in every article. Ages and look-backs are optional.")
Q = [
    ["basic_fee", "part", "potential_fee", "basic transfer fee paid to Kosmo Trenava"],
    ["addons", "part", "potential_fee", "add-ons on top of the basic fee (contract ceiling)"],
    ["addons_appearances", "part", "addons", "add-ons tied to appearances"],
    ["addons_trophies", "part", "addons", "add-ons tied to trophies"],
    ["potential_fee", "part", "total_cost", "fee including all add-ons"],
    ["total_cost", "total", None, "total cost of the deal with agent's fee and signing bonus (rival figures)"],
    ["agent_fee", "part", "total_cost", "agent's fee (rival estimates)"],
    ["signing_bonus", "part", "total_cost", "player's signing-on bonus"],
    ["first_instalment", "part", "basic_fee", "first instalment of the fee"],
    ["sell_on_amount", "part", "basic_fee", "Zelvar's sell-on share of the fee in money"],
    ["instalments", "count", None, "instalments in which the fee is paid"],
    ["instalment_period", "other", None, "years over which the instalments are paid"],
    ["previous_record", "other", None, "previous Dalmorran record fee (2074)"],
    ["fee_over_record", "other", None, "how much the basic fee exceeds the previous record"],
    ["scalvian_record", "other", None, "previous record fee received by a Scalvian club (2073)"],
    ["fee_vs_scalvian_record", "other", None, "fee as a multiple of the previous Scalvian record"],
    ["fee_vs_trenava_budget", "other", None, "fee as a multiple of Trenava's annual budget"],
    ["trenava_budget", "other", None, "Trenava's annual budget"],
    ["fee_share_revenue", "other", None, "basic fee as a share of Fenwater's yearly revenue"],
    ["exchange_rate", "other", None, "treniks per sovrel"],
    ["weekly_wage", "other", None, "Ondrevic's weekly wage at Fenwater (rival reports)"],
    ["daily_wage", "other", None, "Ondrevic's wage a day (tabloid)"],
    ["annual_wage", "other", None, "Ondrevic's wage a year (rival reports)"],
    ["wage_vs_captain", "other", None, "Ondrevic's wage as a multiple of the captain's"],
    ["wage_trenava", "other", None, "Ondrevic's weekly wage at Trenava"],
    ["loyalty_seasons", "other", None, "seasons after which a loyalty payment is due"],
    ["contract_years", "other", None, "length of the contract"],
    ["contract_option", "other", None, "optional extension of the contract"],
    ["amortisation", "other", None, "basic fee spread over each year of the contract"],
    ["deal_cost_total", "other", None, "fee and wages together over the contract"],
    ["age_ondrevic", "other", None, "Ondrevic's age"],
    ["goals_last_season", "other", None, "Ondrevic's goals last season"],
    ["games_last_season", "other", None, "league games Ondrevic played last season"],
    ["international_goals", "other", None, "Ondrevic's goals for Scalvia"],
    ["caps", "other", None, "Ondrevic's matches for Scalvia"],
    ["goals_trenava", "other", None, "Ondrevic's goals for Trenava"],
    ["matches_trenava", "other", None, "Ondrevic's matches for Trenava"],
    ["seasons_at_trenava", "other", None, "Ondrevic's seasons at Trenava"],
    ["ondrevic_goals_new", "count", None, "Ondrevic's goals in his first matches for Fenwater"],
    ["ondrevic_matches_new", "count", None, "Ondrevic's first matches for Fenwater"],
    ["trenava_purchase", "other", None, "fee Trenava paid Zelvar for Ondrevic in 2075"],
    ["sell_on_share", "other", None, "Zelvar's sell-on share"],
    ["trenava_net", "other", None, "what Trenava keep of the basic fee"],
    ["zelvar_members", "population", None, "members of the club Zelvar"],
    ["fee_share_youth", "other", None, "share of the fee Trenava will spend on its academy"],
    ["academy_plan_years", "other", None, "period of Trenava's academy plan"],
    ["pursuit_years", "other", None, "how long Fenwater had wanted Ondrevic"],
    ["points_behind", "other", None, "Fenwater's points behind the champions last season"],
    ["revenue", "other", None, "Fenwater's revenue, year to June 2077"],
    ["loss", "other", None, "Fenwater's loss, year to June 2077"],
    ["wage_bill", "other", None, "Fenwater's wage bill, year to June 2077"],
    ["wage_share", "other", None, "Fenwater's wages as a share of revenue before the signing"],
    ["wage_share_after", "other", None, "Fenwater's wages as a share of revenue with Ondrevic's pay"],
    ["wage_cap", "other", None, "league limit on wages as a share of revenue"],
    ["revenue_fall_hypothetical", "other", None, "fall in revenue that would breach the wage limit"],
    ["debt", "other", None, "Fenwater's debts"],
    ["owner_injection", "other", None, "new shares bought by the owner this summer"],
    ["season_tickets", "count", None, "season tickets sold for next season"],
    ["season_ticket_price", "other", None, "price of a season ticket"],
    ["ticket_price_rise", "other", None, "rise in season ticket prices this summer"],
    ["stadium_capacity", "population", None, "seats at the Marlgate"],
    ["average_crowd", "population", None, "Fenwater's average crowd last season"],
    ["cup_seasons_target", "other", None, "seasons in the continental cup's group stage the deal needs"],
    ["spending_recent", "other", None, "Fenwater's spending on players in the past two years"],
    ["players_signed", "count", None, "players Fenwater signed in the past two years"],
    ["spending_period", "other", None, "period of the spending count"],
    ["ammersby_goals", "other", None, "league goals of the striker Ondrevic replaces"],
    ["poll_fans", "count", None, "fans in the tabloid's poll"],
    ["poll_support", "other", None, "share of polled fans backing the deal"],
    ["poll_against", "other", None, "share of polled fans saying the club overpaid"],
    ["colquist_goals", "other", None, "a former striker's goals for Fenwater"],
    ["goals_needed", "other", None, "goals a season Ondrevic needs, in a former striker's view"],
    ["weeks_to_season_trenava", "other", None, "weeks until Trenava's league season starts"],
    ["replacement_offer", "other", None, "Trenava's offer for a replacement striker"],
    ["replacement_share", "other", None, "replacement offer as a share of the fee Trenava receives"],
    ["since_record", "other", None, "time since the previous record (look-back)"],
    ["kulvane_games", "other", None, "games after which Kulvane lost his place"],
    ["fans_airport", "count", None, "fans at the airport"],
    ["unveiling_crowd", "count", None, "fans at the unveiling"],
    ["farewell_fans", "count", None, "fans at Trenava's farewell"],
    ["trenava_stadium", "population", None, "seats at Trenava's stadium"],
    ["shirts_sold", "count", None, "Ondrevic shirts sold (running count)"],
    ["shirts_period_first", "other", None, "period of the first shirt count"],
    ["shirt_price", "other", None, "price of a shirt"],
    ["shirt_revenue", "other", None, "shirt takings so far"],
    ["club_share_shirts", "other", None, "club's share of shirt takings"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
