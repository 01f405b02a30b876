#!/usr/bin/env python3
"""Hand-kept quantity table of event 1 (arvenza_vineyard_frost); writes meta.json beside it."""
import json
import os

FOLDER = "arvenza_vineyard_frost"
EVENT = ("Spring frost in the Vaudrelle wine region of Arvenza (fictional) on the nights of 14-15 and 15-16 April "
         "2053, with the ministry's and the growers' federation's rival damage counts, the harvest forecast, the "
         "emergency fund and its increase, prices, the Montbriel cooperative and the frost across the border in "
         "Saldenia; reported 16 April - 28 May 2053")

NOTES = (
    "Money is in Arvenzan vellars (4 to the euro); Saldenia's is in euros. "
    "area_damaged holds every estimate of the vineyard area damaged in the Vaudrelle: the ministry's running "
    "estimates (15,000 -> 20,000 -> 21,500 -> 22,800 hectares) and the growers' federation's rival count "
    "(25,000 -> 26,000), which says the ministry misses unvisited hill plots of the same area; the Lorsac hills "
    "(2,000 -> 2,900 -> 3,100 -> 3,400) and the area where the buds were destroyed outright (6,000 -> 7,400) "
    "are parts of it. The same area as a share of the region's 34,000 hectares is share_damaged (more than 40 -> "
    "about 60 -> around 63 -> about 67 per cent), and as a share of the national vineyard a separate quantity. "
    "loss_value holds the federation's (720 -> 790 million vellars) and the ministry's (510 -> 560 million) "
    "estimates of the growers' losses with their euro conversions. aid_fund is the emergency fund, raised from "
    "150 to 240 million vellars (one quantity, a revision of the amount), with its euro conversions; the "
    "payment per hectare, the threshold of 30 per cent (a rule, '=' with 'more than' outside the quote), the cap "
    "per holding, the opposition's demand and the expected payout are separate. bulk_price_rise is the running "
    "rise of bulk Vaudrelle white since the frost (12 -> 28 -> 35 -> 41 -> 46 per cent); the shelf-price "
    "forecast (10 to 15 per cent, headline 15%), the realised shelf-price rise (9 per cent), the grape contract "
    "price and Saldenia's wholesale rise (18 %) are separate. The tabloid's 'nearly 300 million bottles' is the "
    "Vaudrelle's normal crop of about 2.2 million hectolitres in other units and joins vaud_crop_avg. "
    "vaud_cut_pct holds the forecast fall of the Vaudrelle crop (the federation's 40 to 50 per cent, the "
    "ministry's 45 per cent; the tabloid's 'by half' is optional); the forecast volume itself (at most 1.3 -> "
    "about 1.2 million hectolitres) is vaud_crop_forecast. 'three in ten' growers insured is a share written "
    "as a ratio; like the previous corpus's 'a third' it is vague and optional, with the nominal value 30 (per "
    "cent), while 'half' of the premiums, a fixed rule, is scored. The 2041 frost's figures and Saldenia's figures are their own "
    "quantities. Temperatures below zero take negative values. Ages, generations, look-backs and vague shares "
    "are optional."
)

# id, role, part_of, description
Q = [
    ("frost_nights", "count", None, "nights of frost (two)"),
    ("area_damaged", "total", None, "vineyard area damaged by the frost in the Vaudrelle (ministry's running estimates and the growers' federation's rival count)"),
    ("area_total_loss", "part", "area_damaged", "area where the buds were destroyed outright"),
    ("area_lorsac", "part", "area_damaged", "damaged area in the Lorsac hills (running count)"),
    ("area_gap", "other", None, "difference between the ministry's first and final damage estimates"),
    ("share_damaged", "other", None, "damaged area as a share of the Vaudrelle's vineyard (running)"),
    ("share_national_damaged", "other", None, "damaged area as a share of Arvenza's national vineyard (first estimate)"),
    ("vines_vaudrelle", "population", None, "Vaudrelle vineyard area (34,000 hectares)"),
    ("vines_national", "population", None, "Arvenza's national vineyard area (96,000 hectares)"),
    ("growers_vaudrelle", "population", None, "growers in the Vaudrelle represented by the federation"),
    ("growers_hit", "count", None, "growers who reported frost damage (federation's running count)"),
    ("holdings_inspected", "count", None, "holdings visited by ministry inspectors by 16 April"),
    ("temp_sarlenne_n1", "other", None, "lowest temperature at Sarlenne airport on the first night"),
    ("temp_montbriel", "other", None, "lowest temperature in the lower valley at Montbriel (coldest reading)"),
    ("temp_n2", "other", None, "lowest temperature at Sarlenne airport on the second night"),
    ("frost_hours", "other", None, "hours below freezing in low-lying plots"),
    ("candle_limit_temp", "other", None, "temperature below which candles were not enough (a grower's threshold)"),
    ("candles", "count", None, "paraffin candles lit in the vineyards"),
    ("helicopters", "count", None, "helicopters hired to push warmer air down"),
    ("heli_cost_hour", "other", None, "cost of a helicopter per hour"),
    ("wind_machines", "population", None, "wind machines already in the valley"),
    ("wind_machines_wanted", "other", None, "additional wind machines the federation wants state help for"),
    ("wind_machine_cost", "other", None, "cost of one wind machine"),
    ("budburst_days", "other", None, "days earlier than usual that the vines budded this year in the Vaudrelle"),
    ("budburst_trend_days", "other", None, "days earlier budburst now arrives on average than in the 1990s"),
    ("march_anomaly", "other", None, "March temperature above the long-term average"),
    ("vaud_crop_avg", "other", None, "Vaudrelle's normal (five-year average) wine output, also in bottles"),
    ("crop_avg_period", "other", None, "period of the average the forecast is compared with (five years)"),
    ("vaud_share_national", "other", None, "Vaudrelle's share of national output (optional, vague)"),
    ("vaud_crop_forecast", "other", None, "forecast Vaudrelle wine output this year"),
    ("vaud_cut_pct", "other", None, "forecast fall of the Vaudrelle crop in per cent"),
    ("nat_crop_avg", "other", None, "national average wine output"),
    ("nat_crop_forecast", "other", None, "national wine output forecast this year"),
    ("nat_cut_pct", "other", None, "forecast fall of the national harvest in per cent"),
    ("loss_value", "other", None, "growers' losses from the frost (federation's and ministry's estimates, in vellars and euros)"),
    ("aid_fund", "other", None, "government's emergency fund (150 million vellars, raised to 240 million; with euro conversions)"),
    ("aid_fund_demand", "other", None, "fund the opposition demands"),
    ("aid_ratio", "other", None, "vellars lost for every vellar of aid (federation's comparison)"),
    ("aid_per_ha", "other", None, "aid paid per damaged hectare (vellars and euros)"),
    ("aid_threshold", "other", None, "share of the crop a grower must have lost to receive aid (rule)"),
    ("aid_cap", "other", None, "ceiling of aid per holding"),
    ("aid_applicants", "count", None, "growers who had applied for aid by 26 May"),
    ("aid_payout_forecast", "other", None, "aid the ministry expects to pay out under the per-hectare scheme"),
    ("charge_deferral", "other", None, "deferral of social charges (months)"),
    ("assessment_time", "other", None, "time a full assessment would take"),
    ("insured_share", "other", None, "share of Vaudrelle growers with frost insurance"),
    ("insurance_claims", "other", None, "insurers' expected frost claims (running estimate)"),
    ("premium_subsidy", "other", None, "share of premiums the Arvenzan government promises to pay from next year"),
    ("premium_subsidy_cost", "other", None, "yearly cost of the premium subsidy"),
    ("bulk_price_rise", "other", None, "rise of bulk Vaudrelle white wine prices since before the frost (running)"),
    ("bulk_price_days", "other", None, "days over which the bulk price rose 28 per cent"),
    ("bottle_price_rise", "other", None, "forecast rise of shelf prices for a bottle by the summer"),
    ("bottle_price_before", "other", None, "price of a bottle of house white now (example)"),
    ("bottle_price_after", "other", None, "price the same bottle could soon cost"),
    ("glass_price_rise", "other", None, "rise in the price of a glass of house white at one wine bar"),
    ("shelf_price_rise", "other", None, "average rise of supermarket shelf prices for Vaudrelle wines since April (realised)"),
    ("grape_price_last_year", "other", None, "grape contract price signed last year"),
    ("grape_price_now", "other", None, "grape contract price now asked"),
    ("grape_price_rise", "other", None, "rise of the grape contract price"),
    ("pickers_normal", "other", None, "seasonal pickers the region normally hires"),
    ("pickers_share", "other", None, "share of pickers that may be needed this year (optional, vague)"),
    ("pickers_this_year", "other", None, "pickers labour agencies expect to place this year"),
    ("frost2041_area", "other", None, "vineyard area damaged by the 2041 frost"),
    ("frost2041_cut", "other", None, "fall of the national harvest in 2041"),
    ("frost2041_ratio", "other", None, "2041 area as a share of this year's (optional, vague)"),
    ("frosts_recent", "count", None, "damaging spring frosts in the last 20 springs"),
    ("frosts_recent_base", "other", None, "period of the recent frost count (20 springs)"),
    ("frosts_earlier", "count", None, "damaging spring frosts in the 20 years before"),
    ("frosts_earlier_base", "other", None, "period of the earlier frost count (20 years)"),
    ("frosts_twice", "count", None, "big frosts Mr Ferran has seen come in twelve years"),
    ("frosts_interval", "other", None, "years between the 2041 and 2053 frosts in Mr Ferran's words"),
    ("roumel_nights", "other", None, "nights Bastien Roumel fought the frost"),
    ("roumel_lost", "count", None, "hectares Bastien Roumel lost"),
    ("roumel_ha", "population", None, "Bastien Roumel's holding"),
    ("roumel_saved", "count", None, "hectares of Bastien Roumel's that survived"),
    ("roumel_candle_cost", "other", None, "what Bastien Roumel spent on candles"),
    ("roumel_hours", "other", None, "hours over which he spent it"),
    ("roumel_bottles_normal", "other", None, "bottles Bastien Roumel normally makes"),
    ("roumel_generations", "other", None, "generations of his family at Montbriel (optional)"),
    ("age_roumel", "other", None, "Bastien Roumel's age (optional)"),
    ("coop_members", "population", None, "member growers of the Montbriel cooperative"),
    ("coop_ha", "population", None, "vineyard area of the Montbriel cooperative"),
    ("coop_loss_share", "other", None, "share of the cooperative's vines whose buds were destroyed"),
    ("coop_bottles_normal", "other", None, "bottles the cooperative makes in a normal year"),
    ("coop_bottles_forecast", "other", None, "bottles the cooperative expects this year"),
    ("coop_staff", "population", None, "the cooperative's year-round staff"),
    ("coop_short_time", "count", None, "cooperative staff going on short time"),
    ("coop_pickers_normal", "other", None, "pickers the cooperative usually hires"),
    ("coop_pickers_this_year", "other", None, "pickers the cooperative will hire this autumn"),
    ("coop_typical_holding", "other", None, "typical holding of Montbriel growers"),
    ("coop_typical_payment", "other", None, "aid such a holding could receive"),
    ("coop_insured", "count", None, "cooperative members with frost insurance"),
    ("ferran_ha", "population", None, "Gilles Ferran's holding (all of it lost)"),
    ("age_ferran", "other", None, "Gilles Ferran's age (optional)"),
    ("loan_term", "other", None, "interest-free period of the bank's bridging loans"),
    ("loan_applications", "count", None, "applications for bridging loans in the first week"),
    ("fund_share_losses", "other", None, "share of losses the fund covers (optional, vague)"),
    ("montbriel_population", "population", None, "people living in Montbriel"),
    ("fair_visitors_last_year", "other", None, "visitors to the Montbriel spring wine fair last May"),
    ("local_tax", "other", None, "local tax on wine sales"),
    ("secondary_bud_yield", "other", None, "yield from secondary buds as a share of a normal crop"),
    ("growers_meeting", "count", None, "growers who met the minister in Sarlenne on 21 April"),
    ("sal_temp", "other", None, "lowest temperature in Saldenia's Remsfeld district"),
    ("sal_area_damaged", "other", None, "damaged vineyard area in Remsfeld, Saldenia (running)"),
    ("sal_share_damaged", "other", None, "Remsfeld damaged share (optional, vague)"),
    ("sal_vines", "population", None, "vineyard area of the Remsfeld district"),
    ("sal_farms_hit", "count", None, "Saldenian wine farms reporting damage"),
    ("sal_aid", "other", None, "Saldenian aid"),
    ("sal_aid_threshold", "other", None, "loss threshold for Saldenian aid"),
    ("sal_aid_per_ha", "other", None, "ceiling of Saldenian aid per hectare (rule)"),
    ("sal_aid_demand", "other", None, "aid the Saldenian growers' association demands"),
    ("sal_imports_volume", "other", None, "Saldenia's yearly imports of Arvenzan wine (volume)"),
    ("sal_imports_value", "other", None, "value of Saldenia's yearly imports of Arvenzan wine"),
    ("sal_imports_vaud_share", "other", None, "share of those imports from the Vaudrelle (optional, vague)"),
    ("sal_price_rise", "other", None, "rise of the Saldenian wholesale price for Vaudrelle white in a week"),
    ("sal_price_period", "other", None, "period over which the Saldenian wholesale price rose 18 per cent (one week)"),
    ("sal_bottle_before", "other", None, "Korvall's house wine price before"),
    ("sal_bottle_after", "other", None, "Korvall's house wine price from May"),
    ("sal_pickers", "other", None, "Saldenians who travel to the Vaudrelle for the harvest each autumn"),
    ("sal_picker_weeks", "other", None, "weeks a Saldenian student picks"),
    ("sal_picker_pay", "other", None, "what he earns in that time"),
    ("age_oderholt", "other", None, "Jannik Oderholt's age (optional)"),
    ("sal_insured_share", "other", None, "share of Saldenian growers insured"),
    ("sal_premium_subsidy", "other", None, "share of the premium the Saldenian state pays"),
    ("sal_budburst_days", "other", None, "days earlier budding came in Remsfeld"),
    ("sal_budburst_base", "other", None, "period of the Remsfeld average (30 years)"),
    ("sal_frost2041_area", "other", None, "area damaged in Remsfeld in 2041"),
    ("lookback_week", "other", None, "look-back to the frost dating the article (optional)"),
    ("lookback_weeks", "other", None, "look-back to the frost dating the article (optional)"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
ids = [q[0] for q in Q]
assert len(ids) == len(set(ids)), "duplicate ids"
print(f"{len(Q)} quantities written")
