#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event 2; writes meta.json beside this file."""
import json
import os

FOLDER = "hollerby_listeria_recall"
EVENT = ("Recall of soft cheeses by Hollerby Creamery of Wickerton, Gellvania (fictional), announced on Sunday 1 June 2053 "
         "after a listeria outbreak was traced to its plant, where production stopped on Saturday 31 May: the running "
         "counts of confirmed cases (14 -> 23 -> 31 -> 38 -> 44), deaths (2 -> 3 -> 4 -> 5) and probable cases "
         "(7 -> 9), the patients' families' rival count of all cases, pregnant patients and patients in hospital, the recall widened "
         "from 27 to 41 products (about 180 -> 310 tonnes, 1.9 -> about 2.2 million packs), the company's helpline, the "
         "inspectors' swabs, the company's cost estimate (at least 35 -> about 90 million lodars), the cases and the "
         "withdrawal in neighbouring Lirandie, the plant's workers and supplier farms in Wickerton, the inspectorate's "
         "staffing and the 2047 smoked-fish outbreak, reported 2-20 June 2053")

Q = [
    # id, role, part_of, description
    ("cases_all", "total", None, "all people made ill in Gellvania by the outbreak: the surveillance centre's confirmed plus probable cases (53 in all on 20 June) and the Outbreak Families Group's rival estimates ('at least 60', then 'nearly 70'), which include untested patients"),
    ("cases_confirmed", "part", "cases_all", "confirmed cases in Gellvania (running: 14, 23, 31, 38, 44)"),
    ("cases_probable", "part", "cases_all", "probable cases in Gellvania (running: 7, 9)"),
    ("deaths", "part", "cases_confirmed", "deaths in the outbreak in Gellvania (running: 2, 3, 4, 5)"),
    ("cases_pregnant", "part", "cases_confirmed", "pregnant women among the patients (running: 3, 4, 5, 6)"),
    ("pregnancies_lost", "part", "cases_pregnant", "pregnant patients who lost their babies"),
    ("in_hospital", "part", "cases_confirmed", "patients still in hospital (running level: 11, 9)"),
    ("cases_sequenced", "part", "cases_confirmed", "cases whose bacteria genetic sequencing had matched to the Hollerby strain by 2 June"),
    ("cases_wickerton", "part", "cases_confirmed", "confirmed cases from the Wickerton district"),
    ("case_regions", "count", None, "regions with confirmed cases on 2 June"),
    ("regions_country", "population", None, "Gellvania's regions"),
    ("median_age", "other", None, "median age of the patients other than the pregnant women"),
    ("dead_ages", "other", None, "ages of the first two dead ('over 80')"),
    ("incubation_max", "other", None, "longest time symptoms can take to appear after eating contaminated food"),
    ("toll_warning_months", "other", None, "how long the toll could keep climbing, as the tabloid put it"),
    ("antibiotic_weeks", "other", None, "length of the usual antibiotic treatment"),
    ("risk_age", "other", None, "age above which people are in the risk group (a definition)"),
    ("products_recalled", "total", None, "products recalled (27 on Sunday 1 June, widened to 41 on Wednesday 4 June)"),
    ("quiches_recalled", "part", "products_recalled", "quiches made with Hollerby cheese among the products added on 4 June"),
    ("own_label_brands", "count", None, "supermarket own labels under which the products were sold"),
    ("tonnes_recalled", "total", None, "food recalled, by weight (about 180 tonnes, then 310 tonnes after the recall was widened)"),
    ("lirandie_tonnes", "part", "tonnes_recalled", "Hollerby products withdrawn in Lirandie"),
    ("packs_recalled", "total", None, "packs recalled (1.9 million, later about 2.2 million)"),
    ("fellmart_packs", "part", "packs_recalled", "packs removed by the Fellmart chain by 2 June"),
    ("fellmart_stores", "population", None, "Fellmart's stores"),
    ("packs_returned_share", "other", None, "share of recalled packs recovered by 13 June"),
    ("shelf_clearance_hours", "other", None, "time within which the products were off the shelves after each order"),
    ("shops_selling", "population", None, "shops and delicatessens in Gellvania that sold the products"),
    ("export_countries", "count", None, "countries the products were exported to"),
    ("plant_workforce", "population", None, "permanent staff of the Wickerton plant"),
    ("temp_contracts_ended", "count", None, "agency and temporary workers whose contracts ended on 11 June"),
    ("temp_monthly_pay", "other", None, "what most of those temporary workers earned a month"),
    ("full_pay_days", "other", None, "how long the permanent staff stay on full pay from the closure"),
    ("plant_closed_time", "other", None, "how long the plant had been closed (running: two weeks, three weeks)"),
    ("milk_daily", "other", None, "milk the plant takes in a day from its supplier farms"),
    ("supplier_farms", "population", None, "dairy farms supplying the plant"),
    ("gask_cows", "population", None, "cows milked by the cooperative's chairman"),
    ("powder_plant_distance", "other", None, "distance to the powder plant now taking the milk"),
    ("powder_plant_intake", "other", None, "milk the powder plant can take a day"),
    ("milk_price_powder", "other", None, "price the powder plant pays per litre"),
    ("milk_price_hollerby", "other", None, "price Hollerby pays per litre"),
    ("milk_loss_daily", "other", None, "the valley's lost milk income per day, as the cooperative's chairman put it"),
    ("swabs_taken", "total", None, "swabs taken by inspectors at the Wickerton plant"),
    ("swabs_positive", "part", "swabs_taken", "swabs in which listeria was found"),
    ("swabs_positive_drains", "part", "swabs_positive", "positive swabs from drains"),
    ("ripening_weeks", "other", None, "how long cheese is left to ripen in the cold room"),
    ("clean_swab_rounds", "other", None, "consecutive clean rounds of swabs required before the plant can reopen (a rule)"),
    ("turnover", "other", None, "Hollerby's annual sales (640 million lodars, about 149 million euros)"),
    ("family_stake", "other", None, "the Hollerby family's share of the company"),
    ("market_share", "other", None, "Hollerby's share of the Gellvanian soft cheese market (31 per cent; the tabloid's vague 'nearly one in three')"),
    ("rivals_pickup_share", "other", None, "share of Hollerby's lost sales picked up by rivals (vague 'barely a third')"),
    ("softcheese_sales_drop", "other", None, "fall in soft cheese sales in the fortnight after the recall"),
    ("helpline_calls", "count", None, "calls to Hollerby's helpline (running: about 1,200 in the first 12 hours, 8,600, 21,000, about 26,000)"),
    ("helpline_first_hours", "other", None, "the helpline's first hours, over which the first count was made"),
    ("recall_cost", "other", None, "Hollerby's estimate of the recall's cost (at least 35 million lodars, about 8 million euros; revised to about 90 million lodars, about 21 million euros)"),
    ("insurance_cover", "other", None, "the recall insurance's ceiling"),
    ("max_fine_share", "other", None, "maximum fine as a share of turnover (a rule)"),
    ("max_fine", "other", None, "the maximum fine in lodars"),
    ("liability_cap", "other", None, "the Gellvanian cap on a producer's liability per victim (2 million lodars, roughly 465,000 euros)"),
    ("listeria_annual", "other", None, "listeria cases Gellvania records in a normal year"),
    ("annual_share", "other", None, "the outbreak as a share of a normal year's cases (vague 'almost half')"),
    ("multiple_2047", "other", None, "the outbreak's size as a multiple of the 2047 outbreak's"),
    ("outbreak2047_cases", "other", None, "cases in the 2047 smoked-fish outbreak"),
    ("outbreak2047_deaths", "other", None, "deaths in the 2047 outbreak"),
    ("carrow_age", "other", None, "age of Edna Carrow, the third victim"),
    ("carrow_hospital_days", "other", None, "time between Edna Carrow eating the brie and her death"),
    ("carrow_years", "other", None, "how long she had eaten the cheese every Sunday"),
    ("bryce_age", "other", None, "age of her son"),
    ("mum_age", "other", None, "age of Nadia Fenmore"),
    ("fenmore_weeks_early", "other", None, "how early Nadia Fenmore's son was born"),
    ("fenmore_baby_weight", "other", None, "his birth weight"),
    ("brisk_age", "other", None, "age of Walter Brisk, the fourth victim"),
    ("lirandie_cases", "total", None, "confirmed cases in Lirandie (running: 4, 6)"),
    ("lirandie_cases_adults", "part", "lirandie_cases", "adult patients in Lirandie besides the newborn"),
    ("lirandie_suspected", "count", None, "further suspected cases being examined in Lirandie"),
    ("lirandie_age_1", "other", None, "age of a Lirandian patient"),
    ("lirandie_age_2", "other", None, "age of a Lirandian patient"),
    ("lirandie_age_3", "other", None, "age of a Lirandian patient"),
    ("lirandie_baby_weeks_early", "other", None, "how early the Pommerel baby was born"),
    ("lirandie_baby_weight", "other", None, "her birth weight"),
    ("lirandie_supermarkets", "count", None, "Lirandian supermarkets and cheese shops from which products were withdrawn"),
    ("lirandie_batches", "count", None, "batches withdrawn in Lirandie"),
    ("lirandie_chains_cleared", "count", None, "Lirandian chains that took all Gellvanian soft cheese off their shelves"),
    ("lirandie_calls", "count", None, "calls to the Lirandian agency's telephone line"),
    ("lirandie_calls_days", "other", None, "period over which those calls came"),
    ("lirandie_imports", "other", None, "Hollerby cheese exported to Lirandie a year"),
    ("lirandie_imports_value", "other", None, "value of those exports a year"),
    ("lirandie_export_share", "other", None, "those exports as a share of Hollerby's sales"),
    ("import_sample_share", "other", None, "share of Gellvanian dairy consignments sampled by Lirandie (a rate set by rule)"),
    ("lirandie_listeria_annual", "other", None, "listeria cases Lirandie records a year"),
    ("lirandie_listeria_death_share", "other", None, "share of those that are fatal"),
    ("lirandie_cases_share", "other", None, "the current Lirandian cases as a share of the annual total"),
    ("lirandie_families", "total", None, "families of the Lirandian patients"),
    ("lirandie_families_represented", "part", "lirandie_families", "Lirandian patients' families represented by the lawyer Sarrazel"),
    ("lirandie_claim", "other", None, "compensation sought per Lirandian family"),
    ("lirandie2044_cases", "other", None, "people who fell ill in Lirandie's 2044 pâté outbreak"),
    ("wickerton_pop", "population", None, "Wickerton's population"),
    ("husband_years", "other", None, "years Margery Tolland's husband has worked at the plant"),
    ("daughter_years", "other", None, "years her daughter has worked there"),
    ("families_group_members", "total", None, "member families of the Outbreak Families Group"),
    ("families_bereaved", "part", "families_group_members", "member families that have lost a relative"),
    ("school_canteens", "count", None, "school canteens in the district that had served Hollerby cheese"),
    ("drain_cleaning", "other", None, "how often the ripening-room drains were deep-cleaned, according to staff"),
    ("inspection_gap_months", "other", None, "time since the inspectorate's last full visit when the outbreak came to light"),
    ("inspection2052_faults", "count", None, "minor faults found at the April 2052 inspection"),
    ("inspection_interval_target", "other", None, "the inspectorate's guidance on how often high-risk plants are inspected (a rule)"),
    ("hardship_fund", "other", None, "Wickerton council's hardship fund"),
    ("company_positives", "count", None, "times Hollerby's own laboratory found listeria in the drains before the outbreak"),
    ("company_positives_months", "other", None, "period over which those findings were made"),
    ("inspectors", "population", None, "the inspectorate's inspectors now"),
    ("inspectors_2048", "population", None, "the inspectorate's inspectors in 2048"),
    ("inspector_cut", "other", None, "the cut in inspectors since 2048"),
    ("food_plants", "population", None, "food plants the inspectorate covers"),
]

NOTES = ("Years ('2044', '2047', '2048', '2049', '2052'), dates ('June 2', '31 May', '20 July') are time anchors, not "
         "figures; the ordinal 'THIRD DEATH' and 'the third person to die' are not figures, nor 'a fortnight', 'weekly' or "
         "'Every single pack' (emphatic). Confirmed cases are one running count (14 -> 23 -> 31 -> 38 -> 44) and deaths "
         "another (2 -> 3 -> 4 -> 5); deaths, pregnant patients, patients in hospital, the sequenced cases and the "
         "Wickerton district's cases are parts of the confirmed cases, which with the probable cases are parts of all "
         "cases. The broadsheet's '53 in all' and the Outbreak Families Group's rival 'at least 60' and 'nearly 70', which "
         "count untested patients, are one quantity (estimates of one amount). Lirandie's cases (4, then 6) are another "
         "country's count. The recall's products (27 -> 41), tonnes (about 180 -> 310) and packs (1.9 million -> about "
         "2.2 million) are each one quantity revised; the tabloid's 'from 27 to 41 products' is two figures of one "
         "quantity; Lirandie's 38 tonnes are part of the 310 tonnes, since the recall covers exports. The cost of the "
         "recall is one quantity revised from 'at least 35 million lodars' to 'about 90 million', with euro conversions "
         "('about €8 million', 'about 8,1 million euros', 'about 21 million euros'); the broadsheet's 'its earlier 35 "
         "million' is the old value. The helpline's calls are one running count. The plant's closure ('two weeks', 'Three "
         "weeks') is one running duration. 'up to 70 days' (the incubation period) is a measure and keeps '<='; "
         "'within 48 hours' is an achieved time and keeps '<='; the insurance ceiling 'up to 25 million', the inspection "
         "guidance 'every 12 months', the maximum fine of '4 per cent' and the liability cap are rules written exactly "
         "and keep '='. 'over 65' defines a risk group and, like the ages ('80', '88', '61', '29-year-old', '77', '71', "
         "'79', '84') and the working lives ('40 years', '26 years', 'three'), is optional; the vague shares 'nearly one "
         "in three', 'almost half' and 'barely a third' are optional with nominal values. The median age '76' is a "
         "statistic of the outbreak and is scored. 'six of 40' swabs is written as two figures.")

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w",
                     encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
