#!/usr/bin/env python3
"""Hand-kept quantity table for event 2; writes meta.json beside it."""
import json, os

FOLDER = "lestria_postal_strike"
EVENT = ("National postal strike at Lestrian Post, Lestria (fictional), in three rounds: a 48-hour strike on "
         "Thursday 5 and Friday 6 November 2065, a 72-hour strike from Wednesday 18 to Friday 20 November and an "
         "all-out strike from Monday 30 November to a deal on Friday 11 December; a backlog of letters and parcels "
         "that peaked on 11 December and was cleared on Tuesday 22 December; reported 6 November 2065 - 4 January 2066")
NOTES = (
    "The backlog of undelivered items is one running count across all five articles, holding the company's counts "
    "(14, 38, 61, 97 and 104 million), its correction of the 20 November figure from 38 to 44 million, and the "
    "union's rival estimates (more than 60 million, about 120 million); its letters, parcels and the 6 million items "
    "two centres failed to report are parts. The backlog in days of normal post is a different base. Strikers are "
    "counted per round (union's and company's figures together), because each round is a separate walkout; the "
    "durations of the rounds are one quantity each in hours or days ('48-hour' and 'two days', '72-hour' and "
    "'three-day'). The union's demand (9 -> 7 per cent) and the company's offer (3 -> 4.2 -> 4.8 per cent) are "
    "negotiating positions revised, one quantity each; the 5.6 per cent deal is its own. The cost to the economy holds "
    "the Retail Forum's 1.4 billion sarns (with its euro conversion), the economists' range and the Finance Ministry's "
    "600 million. Parcelo's rise in deliveries (30 -> 45 per cent -> almost half) and support for the strikers in "
    "polls (47 -> 31 per cent) are running measures. The Vellinmoor postal votes not counted hold the commission's "
    "27,400 and the Civic Party's more than 40,000. The 2057 strike's figures are separate quantities. Ages and a "
    "look-forward to Christmas that dates the article are optional.")
Q = [
    ["backlog", "total", None, "Letters and parcels waiting to be delivered (running count; company's counts, its correction, union's estimates)"],
    ["backlog_letters", "part", "backlog", "Letters in the backlog"],
    ["backlog_parcels", "part", "backlog", "Parcels in the backlog"],
    ["orrenby_backlog", "part", "backlog", "Items waiting at the Orrenby hub"],
    ["orrenby_share", "other", None, "Share of the country's post normally sorted at Orrenby"],
    ["comp_threshold", "other", None, "Delay after which a tracked parcel qualifies for compensation (working days)"],
    ["comp_max", "other", None, "Maximum compensation per parcel (sarns)"],
    ["comp_claims", "count", None, "Compensation claims received by Lestrian Post"],
    ["montresi_december", "other", None, "Share of a Galvonian seller's year made in December"],
    ["backlog_unreported", "part", "backlog", "Items in the 20 November backlog that two centres failed to report (the correction)"],
    ["centres_late", "count", None, "Sorting centres that failed to report their backlog"],
    ["backlog_days", "other", None, "Backlog in days of normal post"],
    ["extra_capacity", "other", None, "Extra items a day the company can handle after the strike"],
    ["clear_days", "other", None, "Days needed to clear the backlog after the all-out strike"],
    ["daily_letters", "other", None, "Letters handled on a normal day"],
    ["daily_parcels", "other", None, "Parcels handled on a normal day"],
    ["centres", "population", None, "Lestrian Post's sorting centres"],
    ["centres_shut", "count", None, "Sorting centres shut by the first strike"],
    ["staff", "population", None, "Lestrian Post's staff"],
    ["post_offices", "population", None, "Post offices"],
    ["r1_duration", "other", None, "Duration of the first strike (48 hours, two days)"],
    ["r2_duration", "other", None, "Duration of the second strike (72 hours, three days)"],
    ["r3_duration", "other", None, "Duration of the all-out strike (days)"],
    ["strike_days_total", "other", None, "Days of strike in all three rounds"],
    ["strike_span", "other", None, "Period in which the three stoppages fell (weeks)"],
    ["r1_strikers", "count", None, "Strikers in the first strike (union's and company's counts)"],
    ["r2_strikers", "count", None, "Strikers in the second strike (union's and company's counts)"],
    ["r3_strikers", "count", None, "Strikers in the all-out strike (union's and company's counts)"],
    ["r3_share", "other", None, "Share of staff on strike in the all-out strike (union)"],
    ["demand", "other", None, "Union's pay demand (per cent; 9 cut to 7)"],
    ["offer", "other", None, "Company's pay offer (per cent; 3 -> 4.2 -> 4.8)"],
    ["deal", "other", None, "Pay rise agreed in the deal (per cent)"],
    ["one_off", "other", None, "One-off payment in the deal (sarns)"],
    ["inflation", "other", None, "Lestrian inflation in October (per cent)"],
    ["real_pay_loss", "other", None, "Fall in postal workers' real pay (union)"],
    ["real_pay_years", "other", None, "Period of the fall in real pay (years)"],
    ["rally", "count", None, "People at the union rally in Tavelin"],
    ["daily_cost", "other", None, "Cost of each strike day to Lestrian Post (sarns and euros)"],
    ["post_loss", "other", None, "Revenue Lestrian Post lost to the strike (sarns and euros)"],
    ["agency_cost", "other", None, "Lestrian Post's spending on agency staff (sarns)"],
    ["economy_cost", "other", None, "Cost of the strikes to the Lestrian economy (rival estimates)"],
    ["economy_ratio", "other", None, "Retail Forum's estimate as a multiple of the ministry's"],
    ["rate", "other", None, "Exchange rate (sarns to the euro)"],
    ["r1_clear", "other", None, "Days to clear the first strike's backlog (company)"],
    ["letter_decline", "other", None, "Fall in letter volumes over ten years (per cent)"],
    ["letter_decline_years", "other", None, "Period of the fall in letter volumes (years)"],
    ["parcelo_up", "other", None, "Rise in Parcelo's deliveries during the strikes (per cent, running)"],
    ["parcelo_drivers", "count", None, "Extra drivers hired by Parcelo"],
    ["parcelo_kept", "other", None, "Share of new business customers Parcelo kept"],
    ["forum_members", "population", None, "Retailers represented by the Retail Forum"],
    ["forum_share", "other", None, "Share of Retail Forum members' parcels sent through Lestrian Post"],
    ["velde_pay", "other", None, "Chief executive's pay (sarns a year)"],
    ["demand_cost", "other", None, "Cost of the union's demand (company, sarns a year)"],
    ["poll_sample", "population", None, "Adults in the LTV poll"],
    ["poll_support", "other", None, "Support for the strikers in polls (per cent, running)"],
    ["poll_oppose", "other", None, "Opposition to the strikers in the November poll (per cent)"],
    ["agency", "count", None, "Agency workers hired by Lestrian Post (running count)"],
    ["agency_pay", "other", None, "Pay of agency workers (sarns an hour)"],
    ["pensioners", "population", None, "Pensioners paid by postal voucher"],
    ["hospital_letters", "count", None, "Hospital appointment letters delayed"],
    ["missed_appts", "count", None, "Hospital appointments missed because of delayed letters"],
    ["stamp", "other", None, "Price of a first-class stamp (sarns)"],
    ["stamp_old", "other", None, "Price of a first-class stamp before January (sarns)"],
    ["ballots", "population", None, "Postal ballots sent out for the Vellinmoor election"],
    ["ballots_lost", "count", None, "Vellinmoor postal votes not counted (commission's count, Civic Party's estimate)"],
    ["ballots_lost_share", "other", None, "Share of Vellinmoor postal ballots not counted"],
    ["ballot_extension", "other", None, "Extension of the postal vote deadline (hours)"],
    ["dropoff", "count", None, "Drop-off points opened for postal ballots"],
    ["margin", "other", None, "Margin by which the Civic Party lost control of the assembly (votes)"],
    ["talks_hours", "other", None, "Length of the mediator's talks on 8 December (hours)"],
    ["galv_parcels", "count", None, "Galvonian parcels for Lestria held at the border"],
    ["galv_export_share", "other", None, "Share of Galvonian online shops' exports going to Lestria"],
    ["galv_losses", "other", None, "Losses of Galvonian online exporters (euros, running)"],
    ["galv_temps", "count", None, "Temporary workers hired by Poste Galvonesi"],
    ["galv_warehouses", "count", None, "Warehouses rented by Poste Galvonesi"],
    ["galv_daily", "other", None, "Parcels Poste Galvonesi normally sends to Lestria a day"],
    ["galv_lorries", "count", None, "Lorries waiting at Passo Ternio"],
    ["strike2057_days", "other", None, "Duration of the 2057 postal strike (days)"],
    ["backlog2057", "other", None, "Backlog left by the 2057 strike (items)"],
    ["clear2057", "other", None, "Time to clear the 2057 backlog (weeks)"],
    ["wrenfield_wait", "other", None, "Days a pensioner has waited for her voucher"],
    ["wrenfield_cash", "other", None, "Cash a pensioner has left (sarns)"],
    ["prentiss_orders", "count", None, "A candle-maker's orders stuck in the post"],
    ["prentiss_value", "other", None, "Value of a candle-maker's stuck stock (sarns)"],
    ["prentiss_weeks", "other", None, "Weeks before Christmas (dates the article)"],
    ["montresi_orders", "count", None, "A Galvonian ceramics seller's orders held at the border"],
    ["rinetti_wait", "other", None, "Days a lorry driver has waited at the border"],
    ["rinetti_load", "other", None, "A lorry driver's load of parcels (tonnes)"],
    ["age_wrenfield", "other", None, "Age of a pensioner"],
    ["age_prentiss", "other", None, "Age of a candle-maker"],
    ["age_rinetti", "other", None, "Age of a lorry driver"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
