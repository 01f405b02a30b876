#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e2; writes meta.json beside it."""
import json
import os

FOLDER = "orlenka_halva_salmonella_recall"
EVENT = ("Salmonella outbreak traced to sesame halva and spreads made by Orlenka Foods at Verrow, Lisvania "
         "(fictional): four products recalled on Tuesday 10 March 2065, the recall widened to 19 products and about "
         "410,000 jars on Thursday 12 March, the factory stopped on Wednesday 11 March and reopened on Monday 6 April, "
         "cases in neighbouring Garrovia and two other countries, a count corrected from 103 to 97 confirmed "
         "Lisvanian cases, and the outbreak declared over on Tuesday 7 April; reported 10 March - 8 April 2065")
NOTES = (
    "The confirmed Lisvanian cases are one running count (14 -> 37 -> 52 -> 61 -> 103 -> 97, the last a correction "
    "after six cases proved to be another strain; the six are not a part of the final count). Those treated in "
    "hospital (6 -> 15 -> 19 -> 24 -> 31), the deaths (1 -> 2) and the children among the cases (8 -> 17) are running "
    "counts and parts of the Lisvanian cases; the Lisvanian, Garrovian (5 -> 7 -> 9 -> 11) and other countries' cases "
    "(2 -> 3) are parts of the cases in all countries (72 -> 111). Probable cases (11 -> 23) are kept apart from the "
    "confirmed. The number of people made ill in all is one quantity with rival estimates: the consumer group's at "
    "least 400 and more than 2,000 and the institute's about 1,500 (from its rule of thumb of about 15 ill for each "
    "confirmed case, a separate quantity); the tabloid's 'almost eight times the official count' is a ratio on "
    "another base. The jars recalled (about 180,000 -> about 410,000) are one running count; the Garrovian jars and "
    "the jars returned are parts of it. The recall's cost is one amount, estimated (15 million vells, 2 million euros "
    "at the printed rate of 7.5) and then reported (16 million); the total cost (25 million vells, about 3.3 million "
    "euros) is its parent with the lost sales. The compensation per patient is one amount with the Garrovian "
    "federation's demand (at least 1,500 euros) and the firm's offer (7,500 vells, 1,000 euros). The incubation period "
    "(six to 72 hours, up to three days) is one quantity in two units. Samples taken (40 -> 52) and positive samples "
    "(3 -> 7) are running counts. Ages of people are optional; the age range of the first 14 cases is scored.")

Q = [
    ("cases_all", "total", None, "confirmed cases in all countries"),
    ("cases_lisvania", "part", "cases_all", "laboratory-confirmed cases in Lisvania (running count, corrected)"),
    ("cases_garrovia", "part", "cases_all", "confirmed cases in Garrovia (running count)"),
    ("cases_other", "part", "cases_all", "confirmed cases in other countries"),
    ("cases_removed", "other", None, "cases removed from the Lisvanian count by the correction"),
    ("cases_probable", "count", None, "probable (unconfirmed) cases in Lisvania"),
    ("hospitalised", "part", "cases_lisvania", "Lisvanian cases treated in hospital (running count)"),
    ("hospitalised_share", "other", None, "share of confirmed cases treated in hospital (per cent)"),
    ("deaths", "part", "cases_lisvania", "deaths in the outbreak"),
    ("children_cases", "part", "cases_lisvania", "children among the Lisvanian cases"),
    ("cases_corradin", "part", "cases_lisvania", "Lisvanian cases living in Corradin"),
    ("children_cases_garrovia", "part", "cases_garrovia", "children among the Garrovian cases"),
    ("hospitalised_garrovia", "part", "cases_garrovia", "Garrovian cases admitted to hospital"),
    ("countries_with_cases", "count", None, "countries with cases"),
    ("countries_other", "count", None, "countries other than Lisvania and Garrovia with cases"),
    ("regions_with_cases", "count", None, "Lisvanian regions with cases on 10 March"),
    ("regions", "population", None, "regions of Lisvania"),
    ("case_ages", "other", None, "age range of the first confirmed cases (years)"),
    ("women_cases", "part", "cases_lisvania", "women and girls among the first Lisvanian cases"),
    ("cases_ate_orlenka", "part", "cases_lisvania", "first cases who remembered eating Orlenka products"),
    ("still_in_hospital", "part", "hospitalised", "hospital patients still in hospital on 12 March"),
    ("garrovia_child_ages", "other", None, "age range of the Garrovian children who fell ill (years)"),
    ("garrovia_calls", "count", None, "calls to the Garrovian ministry's information line"),
    ("helpline_calls", "count", None, "calls to the Food Hygiene Board's helpline (running count)"),
    ("hotline_wait", "other", None, "parents' wait on Orlenka's hotline (minutes)"),
    ("market_share", "other", None, "Orlenka's share of the halva sold in Lisvania (per cent)"),
    ("price_small_jar", "other", None, "price of the small jar of Orlenka Classic Halva in Lisvania (vells)"),
    ("price_small_jar_garrovia", "other", None, "price of a 250-gram jar in Garrovia (euros)"),
    ("seed_bags", "count", None, "bags in which the suspect sesame lot arrived"),
    ("bag_size", "other", None, "weight of each bag of seed (kilograms)"),
    ("ill_estimate", "other", None, "people made ill in all, confirmed or not (consumer group's and institute's estimates)"),
    ("ill_multiple", "other", None, "the consumer group's count as a multiple of the official count"),
    ("underreporting_factor", "other", None, "the institute's rule of thumb: people ill for each confirmed case"),
    ("cases_rise_wait", "other", None, "how long confirmed cases are expected to keep rising (days)"),
    ("incubation", "other", None, "time from eating to symptoms (hours; days)"),
    ("illness_length", "other", None, "how long the symptoms last (days)"),
    ("outbreak_over_rule", "other", None, "days without a new case before the outbreak is declared over"),
    ("products_recalled", "count", None, "products (lines) recalled, running count"),
    ("brands", "count", None, "brands under which the recalled products are sold"),
    ("chains", "count", None, "supermarket chains whose own-label products are recalled"),
    ("jars_recalled", "total", None, "jars recalled (running count)"),
    ("jars_multiple", "other", None, "the widened recall as a multiple of the first"),
    ("jars_garrovia", "part", "jars_recalled", "jars withdrawn in Garrovia"),
    ("jars_returned", "part", "jars_recalled", "recalled jars returned or destroyed"),
    ("jars_returned_share", "other", None, "share of recalled jars returned or destroyed (per cent)"),
    ("jar_small", "other", None, "smaller jar size (grams)"),
    ("jar_large", "other", None, "larger jar size (grams)"),
    ("shops", "population", None, "shops that sold the products"),
    ("export_countries", "count", None, "countries Orlenka exports to"),
    ("export_sales_share", "other", None, "share of Orlenka's sales made abroad (per cent)"),
    ("garrovia_export_share", "other", None, "Garrovia's share of Orlenka's exports (per cent)"),
    ("orlenka_staff", "population", None, "Orlenka's workers at Verrow"),
    ("orlenka_turnover", "other", None, "Orlenka's sales in 2064 (vells; euros)"),
    ("samples", "total", None, "samples taken at the Verrow factory (running count)"),
    ("positive_samples", "part", "samples", "samples that tested positive for salmonella"),
    ("seed_lot", "other", None, "the suspect lot of hulled sesame seed (tonnes)"),
    ("seed_used", "other", None, "tonnes of the lot already used before the line stopped"),
    ("bags_tested_rate", "other", None, "Orlenka's sampling rate of seed bags on arrival (one in N)"),
    ("recall_cost", "part", "total_cost", "cost of the recall itself (estimate and outcome; vells, euros)"),
    ("lost_sales", "part", "total_cost", "Orlenka's lost sales (vells)"),
    ("total_cost", "total", None, "Orlenka's total cost of the outbreak (vells; euros)"),
    ("total_cost_share", "other", None, "the total cost as a share of 2064 sales (per cent)"),
    ("vell_rate", "other", None, "exchange rate (vells to the euro)"),
    ("factory_closed_days", "other", None, "days the Verrow factory was shut"),
    ("staff_pay_share", "other", None, "share of wages paid to the workers during the closure (per cent)"),
    ("compensation_demand", "other", None, "compensation per patient: the Garrovian federation's demand and Orlenka's offer"),
    ("max_fine", "other", None, "the maximum fine the Food Hygiene Board may impose (vells)"),
    ("fine_decision_period", "other", None, "the period within which the board must decide (days)"),
    ("strand_pay", "other", None, "the chief executive's pay in 2064 (vells)"),
    ("finn_nights", "other", None, "nights the boy Finn spent in hospital"),
    ("finn_weight_loss", "other", None, "weight the boy Finn lost (kilograms)"),
    ("garrovia_child_days", "other", None, "days a Garrovian child spent in hospital"),
    ("cases_2057", "other", None, "people made ill in the 2057 bean-sprout outbreak"),
    ("deaths_2057", "other", None, "deaths in the 2057 outbreak"),
    ("age_victim1", "other", None, "age of the woman who died"),
    ("age_victim2", "other", None, "age of the man who died"),
    ("age_finn", "other", None, "age of the boy Finn"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json: {len(Q)} quantities")
