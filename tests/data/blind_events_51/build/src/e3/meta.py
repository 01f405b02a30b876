#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e3 (Dalreth's flu vaccination campaign); writes meta.json."""
import json
import os

FOLDER = "dalreth_flu_vaccine_shortage"
EVENT = ("Flu vaccination campaign and vaccine shortage in Dalreth (fictional): the winter campaign began on Monday "
         "26 September 2072; on Thursday 29 September the Ravenzan maker Corvant Biologics said a contaminated batch "
         "at its plant in Velmora would cut its deliveries of the 3.4 million doses Dalreth had ordered (900,000 -> "
         "about 700,000 -> 650,000 doses short); pharmacies ran out, extra doses were bought from Hexmoor Biologics, "
         "uptake among over-65s stayed below target and flu admissions peaked above last winter's; reported "
         "2 October - 20 December 2072")
NOTES = (
    "Running counts and levels: the doses delivered (1.1 -> 1.9 -> 2.3 -> 2,6 -> 3.15 million, the last including "
    "Hexmoor's), the doses given (about 410,000 -> 1.2 -> 1.75 -> 2,1 -> 2.68 million), the uptake among over-65s "
    "(19 -> 44 -> 52 -> 58 -> 66 per cent, with 'about two thirds' in the same article), the uptake among health and "
    "care workers (34 -> 43 -> 49 per cent), the weekly flu admissions (38 -> 75 and 140 -> 610 -> 880 -> 1,420 at "
    "the peak and 1,290; two values in one article included), intensive care (46 -> 118), deaths (37 -> 212), care "
    "homes with outbreaks (41 -> 96). The doses that will not be delivered are a statistic revised (900,000 -> about "
    "700,000 -> 650,000) joined with the medical association's rival 'closer to a million'. The extra doses are one "
    "amount changed by decision ('up to 500,000' sought, 400,000 bought). The penalty for Dalreth joins 1.4 million "
    "euros (on 700,000 doses) and 1,3 / 1.3 million euros (on 650,000), with their conversions. Excess deaths "
    "(between 500 and 700) are kept apart from the recorded flu deaths, and the Kelderby district's uptake and "
    "hospital figures apart from the national ones. An age group's name ('over-65s', 'people over 65') is not a "
    "figure; an age in an eligibility or priority rule ('aged 65 or over', 'over 75', children aged 'two' and "
    "'three') is. Ages of people and periods of counts ('three days', 'two weeks' until a visit) are optional. The "
    "filling 'line 3' is a name, not a figure.")
Q = [
    ["doses_ordered", "total", None, "flu vaccine doses Dalreth ordered from Corvant for this winter"],
    ["corvant_delivered", "part", "doses_ordered", "doses of the Corvant order that arrived"],
    ["batch_doses", "total", None, "doses destroyed in Corvant's contaminated batches, for all customers"],
    ["doses_short", "part", "batch_doses", "doses of Dalreth's order Corvant will not deliver (revised; with a rival estimate)"],
    ["short_share", "other", None, "the doses not delivered as a share of the order"],
    ["doses_delivered", "count", None, "doses delivered to pharmacies and surgeries (running count)"],
    ["doses_given", "count", None, "doses given (running count)"],
    ["doses_last", "other", None, "doses available last winter"],
    ["extra_doses", "total", None, "extra doses sought and bought from another maker"],
    ["extra_first", "part", "extra_doses", "first delivery of the extra doses"],
    ["extra_deliveries", "count", None, "deliveries in which the extra doses came"],
    ["extra_dose_price", "other", None, "price of an extra dose from Hexmoor"],
    ["extra_cost", "other", None, "cost of the extra doses"],
    ["dose_price", "other", None, "price of a Corvant dose"],
    ["contract_value", "other", None, "value of the whole Corvant order"],
    ["penalty_per_dose", "other", None, "penalty per undelivered dose under the contracts"],
    ["penalty_all", "total", None, "penalties Corvant owes all its customers"],
    ["penalty_total", "part", "penalty_all", "penalty Corvant owes Dalreth"],
    ["exchange_rate", "other", None, "kellins to the euro"],
    ["days_to_announcement", "other", None, "days between the campaign's start and Corvant's announcement (optional)"],
    ["age_threshold", "other", None, "age from which adults are eligible"],
    ["child_age_low", "other", None, "youngest eligible children's age"],
    ["child_age_high", "other", None, "oldest eligible children's age"],
    ["strains", "other", None, "flu strains this year's vaccine protects against"],
    ["age_priority", "other", None, "age above which people had priority for scarce doses"],
    ["over65_population", "population", None, "people over 65 in Dalreth"],
    ["uptake_target", "other", None, "target uptake among over-65s"],
    ["uptake_65", "other", None, "share of over-65s vaccinated (running share)"],
    ["uptake_65_last", "other", None, "share of over-65s vaccinated last winter"],
    ["uptake_75", "other", None, "share of over-75s vaccinated"],
    ["uptake_75_gap", "other", None, "how far the over-75s' uptake is below last winter's"],
    ["uptake_gap_last", "other", None, "how far the over-65s' uptake is below last winter's"],
    ["staff_uptake", "other", None, "share of health and care workers vaccinated nationally (running share)"],
    ["staff_target", "other", None, "target uptake among health workers"],
    ["pregnant_uptake", "other", None, "share of pregnant women vaccinated"],
    ["pharmacies", "population", None, "pharmacies taking part in the campaign"],
    ["pharmacies_out", "count", None, "pharmacies with no vaccine at the worst of the shortage"],
    ["pharmacies_out_share", "other", None, "share of pharmacies with no vaccine"],
    ["pharmacy_fee", "other", None, "fee paid to pharmacies for each jab"],
    ["private_price", "other", None, "price of the vaccine for people not eligible"],
    ["admissions_week", "count", None, "flu admissions to hospital in a week (running count)"],
    ["admissions_peak_last", "other", None, "last winter's peak of weekly flu admissions"],
    ["admissions_ratio", "other", None, "last week's admissions as a multiple of a fortnight earlier"],
    ["admissions_peak_rise", "other", None, "this winter's peak above last winter's, as a share"],
    ["admissions_forecast", "other", None, "weekly admissions the medical association expects by December"],
    ["icu_patients", "count", None, "flu patients in intensive care (running count)"],
    ["flu_deaths", "count", None, "deaths from flu recorded this season (running count)"],
    ["excess_deaths", "other", None, "excess deaths of the winter estimated by statisticians"],
    ["extra_admissions_cost", "other", None, "cost of the extra hospital admissions"],
    ["admissions_per_point", "other", None, "admissions avoided per point of uptake among over-65s (model)"],
    ["admissions_avoidable", "other", None, "admissions that the lost uptake against last year would mean"],
    ["admissions_gap_target", "other", None, "admissions that the gap to the target would mean"],
    ["protection_delay", "other", None, "time the vaccine takes to protect"],
    ["pharmacies_local", "population", None, "pharmacies in the Kelderby district"],
    ["pharmacies_out_local", "count", None, "Kelderby pharmacies with no vaccine left this week"],
    ["beckwith_doses", "other", None, "doses Mill Street Pharmacy had at the start"],
    ["beckwith_list", "count", None, "names on Mill Street Pharmacy's waiting list"],
    ["age_caller", "other", None, "age of callers (optional)"],
    ["age_caller2", "other", None, "age of callers (optional)"],
    ["uptake_65_local", "other", None, "share of over-65s vaccinated in the Kelderby district"],
    ["uptake_65_local_last", "other", None, "share of Kelderby's older people vaccinated by Christmas last year"],
    ["over65_local", "population", None, "people over 65 in the Kelderby district"],
    ["jabs_65_local", "count", None, "over-65s vaccinated in the Kelderby district"],
    ["care_homes_local", "population", None, "care homes in the Kelderby district"],
    ["care_residents_local", "population", None, "residents of the Kelderby care homes"],
    ["care_homes_done", "count", None, "Kelderby care homes whose residents have all been vaccinated"],
    ["care_home_outbreaks", "count", None, "care homes with flu outbreaks (running count)"],
    ["local_flu_patients", "count", None, "flu patients on the wards at Kelderby General on Thursday 20 October"],
    ["staff_uptake_local", "other", None, "share of Kelderby General staff vaccinated"],
    ["staff_clinics", "count", None, "extra staff clinics planned at Kelderby General"],
    ["pim_pharmacies", "count", None, "pharmacies Walter Pim tried"],
    ["pim_km", "other", None, "distance Walter Pim drove for a jab"],
    ["age_dora", "other", None, "age of Dora Pim (optional)"],
    ["dora_days", "other", None, "days Dora Pim spent in hospital"],
    ["age_walter", "other", None, "age of Walter Pim (optional)"],
    ["corvant_ceo_pay", "other", None, "pay of Corvant's chief executive last year"],
    ["order_delay", "other", None, "time the minister waited to order more vaccine (the opposition's figure)"],
    ["countries_affected", "count", None, "countries for which the destroyed doses were intended"],
    ["plant_output", "other", None, "doses the Velmora plant makes a year"],
    ["batches_lost", "count", None, "production batches contaminated"],
    ["line_closure", "other", None, "time the filling line is closed"],
    ["corvant_shares", "other", None, "fall of Corvant's shares in a week"],
    ["ravenza_doses", "other", None, "doses of Ravenza's own campaign"],
    ["ravenza_uptake", "other", None, "share of Ravenzans over 65 vaccinated"],
    ["corvant_staff", "population", None, "Corvant's employees in Velmora"],
    ["temp_contracts", "count", None, "temporary contracts not renewed"],
    ["minister_visit", "other", None, "time until the minister's visit to Velmora (optional)"],
    ["future_suppliers", "other", None, "suppliers Dalreth intends to spread future orders over (a plan's minimum)"],
    ["next_order", "other", None, "doses Dalreth will order for next winter"],
    ["next_suppliers", "count", None, "makers of next winter's order"],
    ["next_split_corvant", "other", None, "Corvant's share of next winter's order"],
    ["next_split_other", "other", None, "the other maker's share of next winter's order"],
    ["reserve", "other", None, "reserve of doses to be kept"],
    ["saving", "other", None, "saving a year from a single supplier (an official's estimate)"],
    ["spent_ratio", "other", None, "what the shortage cost as a multiple of the saving (an official's estimate)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
