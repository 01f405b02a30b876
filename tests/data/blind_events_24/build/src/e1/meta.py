#!/usr/bin/env python3
"""Hand-kept quantity table for e1; writes meta.json beside this file."""
import json
import os

FOLDER = "brovania_energy_price_cap"
EVENT = ("Tarivon, Brovania's energy regulator, raising the household gas and electricity price cap for April-June 2048 "
         "(fictional), announced on Tuesday 25 February 2048, with the arrears figure corrected on Monday 2 March and a "
         "benefit top-up announced the same day: the typical bill before and after (talars, with euro conversions), the "
         "rise in talars and percent, unit rates and standing charges, households in arrears and their debt, government "
         "support, consultancies' rival forecasts for the July cap, reported 25 February - 7 March 2048")
NOTES = ("Dates (April 1, Feb 25, May 27), calendar years (2041, 2045, 2047), clock times (9.30am) and the Bugle's "
         "'winter of 2045' are not figures. 'one supplier', 'one megawatt-hour' (a unit), 'the Sarvenian one', 'a single light', 'a year ago' and 'millions of families' are not figures. Nada Horvatić's '23 talars more per month' is her own household's rise and kept apart from the typical rise; Fennick's 'almost twice' (1,150 against 640 cases) is a ratio and a figure. "
         "Conversions are one quantity with what they convert: the typical bill in talars and in euros (1,928 talars / "
         "about 2,256 euros), the rise in talars and euros (244 / about 285 euros), the debt in talars and euros "
         "(3.4 billion talars / almost 4 milliard euros / nearly 4 billion euros), the rebate (150 talars / about 175 "
         "euros). The same amount restated per another period is also one quantity: the Bugle's 'about 20 talars a "
         "month' is the 244-talar annual rise per month (rise_amount), and its '224 talars a year' is the 61.5-lenti "
         "daily electricity standing charge per year (elec_standing_after); these are the hardest calls, treated like "
         "a km/h -> mph conversion. The tabloid's rounded 'almost 15 per cent' is the 14.5 per cent rise. The arrears "
         "count corrected on 2 March (2.1 million -> 1.86 million) is one quantity, and so is the average debt per "
         "household in arrears derived from it (about 1,620 -> about 1,830); the debt itself is unchanged. The July "
         "cap forecasts of Corbel (about 1,860 -> 1,835), Hartwell Pryce (1,905 -> 1,940) and Pellam (1,850 to 1,900) "
         "are rival and revised estimates of one amount (july_forecast); the forecast percentage changes (about 3.5 "
         "fall, 0,6 rise, almost 5 fall) are a second quantity, written without sign. Before and after values are "
         "different quantities (bill, unit rates, standing charges, prepay bill, bad-debt allowance), and so are "
         "values for different periods (arrears a year earlier; the 2041 bill and the 2045 peak; wholesale gas in "
         "October). The wholesale gas price during the event is a level reported anew and one quantity (38,6 / 38.6 at "
         "the end of February, the 41.2 peak on Monday 2 March, 36.9 at Friday's close), like a share price on "
         "successive days. Fennick's arrears households and debt are "
         "parts of the national figures; Dana Pruitt's 1,200-talar debt is treated as part of the national debt. The "
         "translated copy's Sarvenian figures (the Sarvenian bill, its possible 6 to 8 percent rise, its typical gas "
         "use) are separate quantities from the Brovanian ones; its 'two parts' counts the rebate's instalments, "
         "the Ledger's 'two parts' counts the government's measures (rebate and top-up). Ages are optional; so are "
         "the cap's three-month period (a term of the product), the six-week window of the summer-gas gain and the "
         "vague shares 'less than two-thirds', 'two-thirds', 'one household in five' and 'less than a quarter'.")
Q = [
    # id, role, part_of, description
    ["bill_before", "other", None, "typical annual dual-fuel bill under the January-March 2048 cap"],
    ["bill_after", "other", None, "typical annual dual-fuel bill under the April-June 2048 cap (talars or euros)"],
    ["rise_amount", "other", None, "increase in the typical annual bill from April (talars or euros; per year or per month)"],
    ["rise_pct", "other", None, "percentage increase in the typical bill from April"],
    ["cap_period", "other", None, "length of the cap period (optional)"],
    ["arrears_households", "total", None, "households in arrears on energy bills nationally (2.1 million, corrected to 1.86 million)"],
    ["arrears_debt", "total", None, "total owed by households in arrears nationally (talars or euros)"],
    ["avg_debt", "other", None, "average debt per household in arrears (before and after the correction)"],
    ["elec_unit_after", "other", None, "electricity unit rate under the April cap"],
    ["elec_unit_before", "other", None, "electricity unit rate under the current cap"],
    ["elec_unit_rise_pct", "other", None, "percentage rise in the electricity unit rate"],
    ["elec_standing_after", "other", None, "electricity standing charge under the April cap (per day, or per year)"],
    ["elec_standing_before", "other", None, "electricity standing charge under the current cap"],
    ["elec_standing_2041", "other", None, "electricity standing charge in 2041"],
    ["elec_standing_ratio_2041", "other", None, "April electricity standing charge as a multiple of 2041's"],
    ["gas_unit_after", "other", None, "gas unit rate under the April cap"],
    ["gas_unit_before", "other", None, "gas unit rate under the current cap"],
    ["gas_unit_rise_pct", "other", None, "percentage rise in the gas unit rate"],
    ["gas_standing_after", "other", None, "gas standing charge under the April cap"],
    ["gas_standing_before", "other", None, "gas standing charge under the current cap"],
    ["typical_elec_use", "other", None, "annual electricity use assumed for the typical bill"],
    ["typical_gas_use", "other", None, "annual gas use assumed for the typical Brovanian bill"],
    ["households_on_cap", "population", None, "households on default tariffs covered by the cap"],
    ["households_total", "population", None, "households in Brovania"],
    ["prepay_households", "population", None, "households with prepayment meters"],
    ["prepay_bill_after", "other", None, "typical prepayment bill under the April cap"],
    ["prepay_bill_before", "other", None, "typical prepayment bill under the current cap"],
    ["rebate", "other", None, "government rebate per household (talars or euros)"],
    ["rebate_instalments", "other", None, "number of instalments of the rebate"],
    ["rebate_instalment", "other", None, "size of each rebate instalment"],
    ["rebate_share_of_rise", "other", None, "rebate as a share of the rise (vague, optional)"],
    ["rebate_cost", "other", None, "cost of the universal rebate"],
    ["support_parts", "other", None, "number of parts of the government's response (rebate and top-up)"],
    ["topup", "other", None, "extra payment per household on means-tested benefits"],
    ["topup_households", "count", None, "households to receive the top-up"],
    ["topup_cost", "other", None, "cost of the top-up"],
    ["support_both", "other", None, "support for a household receiving rebate and top-up"],
    ["support_vs_arrears_share", "other", None, "combined support as a share of average arrears (vague, optional)"],
    ["arrears_households_2047", "count", None, "households in arrears a year earlier"],
    ["arrears_debt_2047", "other", None, "total arrears a year earlier"],
    ["bad_debt_allowance", "other", None, "bad-debt allowance in the typical bill under the April cap"],
    ["bad_debt_allowance_before", "other", None, "bad-debt allowance in the typical bill under the current cap"],
    ["margin_allowance", "other", None, "suppliers' permitted margin"],
    ["wholesale_share", "other", None, "share of the bill made up of wholesale costs"],
    ["network_share", "other", None, "share of the bill made up of network charges"],
    ["july_forecast", "other", None, "consultancies' forecasts of the typical bill under the July-September cap"],
    ["july_change_forecast", "other", None, "forecast percentage change of the July cap against April's"],
    ["forecast_spread", "other", None, "gap between highest and lowest July forecasts"],
    ["summer_gas_gain", "other", None, "gain in gas for summer delivery"],
    ["summer_gas_gain_window", "other", None, "window of the summer-gas gain (optional)"],
    ["wholesale_gas", "other", None, "wholesale gas price on the regional exchange during the event (end of February, Monday 2 March peak, Friday 6 March close): a running level"],
    ["wholesale_gas_october", "other", None, "wholesale gas price in October"],
    ["brovagas_customers", "population", None, "Brovagas customers"],
    ["brovagas_share_move", "other", None, "Brovagas share move on the day of the announcement"],
    ["quellen_salary", "other", None, "Tarivon chief executive Marit Quellen's salary"],
    ["brovagas_profit", "other", None, "Brovagas profits last year"],
    ["cutting_heating_share", "other", None, "share of households rationing heating (optional)"],
    ["pruitt_children", "population", None, "Dana Pruitt's children"],
    ["pruitt_age", "other", None, "Dana Pruitt's age (optional)"],
    ["pruitt_bill", "other", None, "Dana Pruitt's annual bill"],
    ["pruitt_debt", "part", "arrears_debt", "Dana Pruitt's debt to her supplier"],
    ["pruitt_topup", "other", None, "Dana Pruitt's weekly meter top-up"],
    ["avery_age", "other", None, "Colm Avery's age (optional)"],
    ["avery_jumpers", "other", None, "jumpers Colm Avery wore in 2045"],
    ["below_peak", "other", None, "gap between the April bill and the 2045 peak"],
    ["peak_2045", "other", None, "record typical bill in winter 2045"],
    ["rises_2045", "count", None, "successive rises in the winter of 2045"],
    ["bill_2041", "other", None, "typical bill in 2041"],
    ["bill_vs_2041_pct", "other", None, "April bill above the 2041 bill, percent"],
    ["bill_vs_peak_pct", "other", None, "April bill below the 2045 peak, percent"],
    ["fuel_poor_households", "count", None, "households spending more than 10 per cent of income on energy"],
    ["fuel_poverty_threshold", "other", None, "fuel-poverty threshold share of income"],
    ["crossborder_workers", "population", None, "Sarvenians living in Brovania and working in Sarvenia, or vice versa"],
    ["dravonje_workers", "population", None, "cross-border workers living in Dravonje"],
    ["exchange_rate", "other", None, "euros per talar"],
    ["sarvenia_bill", "other", None, "Sarvenian typical annual energy bill"],
    ["sarvenia_rise", "other", None, "Sarvenian regulator's possible July rise"],
    ["sarvenia_gas_use", "other", None, "Sarvenian typical household's annual gas use"],
    ["horvatic_age", "other", None, "Nada Horvatic's age (optional)"],
    ["horvatic_rise", "other", None, "Nada Horvatic's monthly bill rise"],
    ["advice_cases_ratio", "other", None, "Fennick energy-debt cases against a year earlier, as a multiple"],
    ["fennick_advice_cases", "count", None, "energy-debt cases at the Fennick Advice Centre, January-February 2048"],
    ["fennick_advice_cases_2047", "count", None, "energy-debt cases at the Fennick Advice Centre, January-February 2047"],
    ["fennick_arrears_households", "part", "arrears_households", "households in arrears in the Fennick district"],
    ["fennick_arrears_debt", "part", "arrears_debt", "debt of Fennick district households in arrears"],
    ["fennick_households", "population", None, "households in the Fennick district"],
    ["fennick_hardship_fund", "other", None, "Fennick Council hardship fund"],
    ["fennick_grant_max", "other", None, "maximum hardship grant (a rule)"],
    ["fennick_grants", "count", None, "hardship grants made in February"],
    ["fennick_fuel_vouchers", "count", None, "fuel vouchers handed out by the Saint Orwen food bank in February"],
    ["fennick_voucher_value", "other", None, "value of each fuel voucher"],
    ["tellick_age", "other", None, "Maud Tellick's age (optional)"],
    ["tellick_bill", "other", None, "Maud Tellick's annual bill"],
    ["tellick_heating_hours", "other", None, "Maud Tellick's daily heating hours"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
