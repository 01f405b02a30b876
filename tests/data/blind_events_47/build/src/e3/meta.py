#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e3; writes meta.json beside it."""
import json
import os

FOLDER = "vellhaven_budget_cuts"
EVENT = ("Mid-year budget crisis of the city of Vellhaven, Eskaria (fictional): on Monday 14 June 2066 the treasurer "
         "revised the 2066 deficit forecast from 148 to 212 million solens and proposed emergency savings of 64 million "
         "solens a year (libraries and pools closed, posts cut, fares raised, the subsidy to the cross-border tram line "
         "to Chaumelle in Aubrelle cut); a protest on Thursday 17 June; the council passed a smaller package (44.3 "
         "million) by 36 votes to 29 on Thursday 8 July after Chaumelle agreed to pay towards the tram; reported "
         "15 June - 9 July 2066")
NOTES = (
    "The forecast 2066 deficit before any savings is one quantity (148 million in December, revised to 212 million, "
    "almost 85 million euros at the printed rate of 2.5 solens to the euro); the forecast deficit after the savings "
    "(174 million under the June plan, 186 million under the adopted one) is kept apart as another scenario, as a "
    "before and an after value. The 64-million rise in the deficit is a total whose parts are its three sources "
    "(41, 14 and 9 million); it is kept apart from the savings package, which is also 64 million a year in the June "
    "plan. The savings are one amount changed by decision (64 -> 44.3 million a year; 38 -> 26 million in 2066, a "
    "separate quantity for the part-year), and each measure is one amount changed by decision: libraries to close "
    "(7 -> 4) and their saving (6.2 -> 3.5 million), pools (2 -> 1), posts cut (the city's 430 -> 310, the union's 600 "
    "and then more than 450, as rival counts of the same posts) and compulsory redundancies (about 150 -> about 90), "
    "the new fare (2.60 -> 2.50 solens, about 1.04 euros) and the tram cut (11 -> 6 million solens, 4.4 million "
    "euros) and the planned tram interval (20 -> 12 minutes); the present fare and interval are separate quantities. "
    "Chaumelle's contribution is one amount (its offer of 1.5 million euros, Vellhaven's demand of at least 3 "
    "million, the agreed 2 million euros, 5 million solens). The tram's daily riders are one quantity with the "
    "transport authority's 7,800 and the mayor's more than 9,000. The crowd on 17 June is one quantity with the "
    "police's and the union's counts; the petition is a running count against a fixed threshold. The 2065 deficit "
    "(forecast 120, outturn 131 million) is one quantity; the bond yield before and after the announcement are two. "
    "The trade weekly's headline period 'in six months' is optional.")

Q = [
    ("deficit_2066", "other", None, "forecast 2066 deficit before the savings (solens; euros)"),
    ("deficit_after_package", "other", None, "forecast 2066 deficit after the savings package"),
    ("deficit_increase", "total", None, "rise in the 2066 deficit forecast since December"),
    ("gap_income_tax", "part", "deficit_increase", "shortfall in local income tax receipts"),
    ("gap_care_fees", "part", "deficit_increase", "cost of the court ruling on care-home fees"),
    ("gap_energy", "part", "deficit_increase", "extra energy costs"),
    ("gap_sources", "count", None, "number of sources of the deficit rise"),
    ("gap_income_tax_share", "other", None, "the income tax shortfall as a share of the rise (per cent)"),
    ("employers_shedding", "count", None, "large employers that shed staff in the spring"),
    ("revision_period", "other", None, "period over which the deficit forecast moved (months)"),
    ("deficit_share_spending", "other", None, "the 2066 deficit as a share of spending (per cent)"),
    ("deficit_per_resident", "other", None, "the 2066 deficit per resident (solens)"),
    ("deficit_limit", "other", None, "deficit level (share of spending) at which the ministry may intervene"),
    ("deficit_2065", "other", None, "the 2065 deficit (forecast and outturn)"),
    ("deficit_2059", "other", None, "Vellhaven's deficit in 2059"),
    ("administrator_period", "other", None, "how long the city was under an administrator after 2059 (months)"),
    ("deficit_close_plan", "other", None, "the treasurer's period for closing the deficit (years)"),
    ("spending_2066", "other", None, "Vellhaven's 2066 spending budget (solens)"),
    ("debt", "other", None, "the city's debt (solens)"),
    ("interest", "other", None, "annual interest on the debt (solens)"),
    ("interest_share", "other", None, "interest as a share of spending (per cent)"),
    ("care_share", "other", None, "social care's share of the budget (per cent)"),
    ("savings_full_year", "total", None, "the savings package in a full year (proposed and adopted)"),
    ("savings_this_year", "other", None, "the savings package's effect in 2066 (proposed and adopted)"),
    ("savings_share_spending", "other", None, "the full-year savings as a share of spending (per cent)"),
    ("save_posts", "part", "savings_full_year", "saving from cutting posts"),
    ("save_fares", "part", "savings_full_year", "revenue from the fare rise"),
    ("save_libraries", "part", "savings_full_year", "saving from closing libraries (proposed and adopted)"),
    ("save_pools", "part", "savings_full_year", "saving from closing pools"),
    ("tram_cut", "part", "savings_full_year", "cut to Vellhaven's subsidy for the Chaumelle tram line (solens; euros)"),
    ("posts_cut", "total", None, "posts to be cut (city's proposal and adoption, union's rival counts)"),
    ("compulsory_redundancies", "part", "posts_cut", "compulsory redundancies among the posts cut"),
    ("posts_cut_share", "other", None, "posts cut as a share of the workforce (per cent)"),
    ("workforce", "population", None, "the city's workforce"),
    ("libraries_to_close", "count", None, "libraries to close (proposed and adopted)"),
    ("libraries_saved", "count", None, "libraries saved by the amendments"),
    ("libraries", "population", None, "the city's libraries"),
    ("visits_closing_libraries", "other", None, "2065 visits to the seven libraries proposed for closure"),
    ("pools_to_close", "count", None, "swimming pools to close (proposed and adopted)"),
    ("pools", "population", None, "the city's swimming pools"),
    ("fare_now", "other", None, "present single bus and tram fare"),
    ("fare_new", "other", None, "new single fare (proposed and adopted; solens, euros)"),
    ("fare_rise_pct", "other", None, "proposed fare rise (per cent)"),
    ("tram_interval_now", "other", None, "present interval between trams on the Chaumelle tram line (minutes)"),
    ("tram_interval_new", "other", None, "planned interval between trams on the Chaumelle tram line (proposed and adopted)"),
    ("tram_length", "total", None, "length of the Chaumelle tram line (kilometres)"),
    ("tram_length_aubrelle", "part", "tram_length", "length of the Chaumelle tram line in Aubrelle"),
    ("tram_stops_aubrelle", "other", None, "stops of the tram line in Aubrelle"),
    ("trip_time", "other", None, "the tram's end-to-end journey time (minutes)"),
    ("tram_cost", "total", None, "annual running cost of the Chaumelle tram line (solens)"),
    ("tram_fares", "part", "tram_cost", "fare income of the Chaumelle tram line"),
    ("tram_subsidy", "part", "tram_cost", "Vellhaven's present subsidy for the Chaumelle tram line (solens; euros)"),
    ("tram_riders", "count", None, "passengers crossing the border on the Chaumelle tram line on a weekday (rival counts)"),
    ("cross_border_workers", "population", None, "Chaumelle residents working in Vellhaven"),
    ("chaumelle_offer", "other", None, "Chaumelle's annual contribution to the tram line: offer, Vellhaven's demand, agreement"),
    ("chaumelle_population", "population", None, "inhabitants of Chaumelle"),
    ("solen_rate", "other", None, "exchange rate (solens to the euro)"),
    ("population", "population", None, "Vellhaven's residents"),
    ("bond", "other", None, "Vellhaven's bond due 2071 (euros; solens)"),
    ("bond_yield_before", "other", None, "yield on the bond before the announcement (per cent)"),
    ("bond_yield_now", "other", None, "yield on the bond on 23 June (per cent)"),
    ("rating_review_period", "other", None, "the rating agency's review period (days)"),
    ("protesters", "count", None, "people at the protest on 17 June (police and union counts)"),
    ("arrests", "count", None, "arrests at the protest"),
    ("drivers_stoppage", "other", None, "length of the bus drivers' walk-out on 17 June (hours)"),
    ("buses_halted", "count", None, "buses left in their depots by the walk-out"),
    ("mayor_speech", "other", None, "how long the mayor spoke before being booed off (minutes)"),
    ("petition", "count", None, "signatures on the petition against library closures (running count)"),
    ("petition_threshold", "other", None, "signatures needed to force a council debate"),
    ("council_seats", "population", None, "seats on the council"),
    ("coalition_seats", "population", None, "seats held by the mayor's coalition"),
    ("votes_for", "count", None, "votes for the package"),
    ("votes_against", "total", None, "votes against the package"),
    ("coalition_rebels", "part", "votes_against", "coalition councillors who voted against"),
    ("abstentions", "count", None, "abstentions in the vote"),
    ("property_surcharge", "other", None, "property tax surcharge from January 2067 (per cent)"),
    ("surcharge_revenue", "other", None, "annual revenue from the surcharge (solens)"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json: {len(Q)} quantities")
