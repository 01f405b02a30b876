#!/usr/bin/env python3
"""Hand-kept quantity table for event 2 (Brackwater measles outbreak); writes meta.json beside it."""
import json
import os

FOLDER = "brackwater_measles_outbreak"
EVENT = ("Measles outbreak centred on the Millhythe district of Brackwater, Lindravia, from late November 2045, "
         "declared on Tuesday 9 January 2046 (fictional): confirmed cases, hospitalisations and deaths as running "
         "counts, cases by district and age group, vaccination coverage against the 95 per cent target, an "
         "emergency campaign's doses and clinics, pupils sent home, linked cases in neighbouring Ebbenland, costs, "
         "reported 9 January - 2 February 2046")
NOTES = (
    "Confirmed cases are one running quantity (87 -> 143 / '143 STRUCK DOWN' -> 212 -> 'nearly three hundred' / 298 "
    "-> 356); the local headline's 'nearly three hundred' is valued 300 with '~'. Hospital admissions since the start "
    "(19 -> 31 -> 44 -> 61 -> 74), patients in intensive care (three -> Five -> four), deaths (One -> two -> Two), "
    "doses given since the campaign began on 10 January (9,200 -> 21.400 -> 38,700 -> more than 52,000), pop-up "
    "clinics (24 -> 31), under-five cases (41 -> 66 -> 92 -> 139 -> 163), unvaccinated patients (71 -> 166 -> 281), "
    "Millhythe's cases (52 -> 141), postponed operations at the children's hospital (about 30 / more than 30 -> more than 60), pupils sent home by the education office (380 -> 512 -> 590) and Ebbenland's "
    "linked cases (six -> nine) are running counts, one quantity each. The doses ordered are one quantity in digits "
    "and words (500,000 / 'half a million' / 500.000). The number of Millhythe children who had no dose is one "
    "quantity with rival estimates (NPHI's around 4,800 / 4,800 against the community council's 'fewer than "
    "3,000'). The Lindravian Medical Association's 'as many as 700' infections is a different quantity from "
    "confirmed cases (it includes people never diagnosed), and the Teachers' Federation's 'more than 800' pupils at "
    "home is a different quantity from the education office's pupils sent home (it also counts pupils kept at home "
    "by parents). The spread per case ('12 to 18', 'up to 18', 'up to 18 others') is one quantity. Parts: city "
    "cases and the rest of the province inside all cases; Millhythe, Tanner's Green, Osric's Ford, Brackwater North "
    "and the other districts inside the city's; age groups, unvaccinated patients and the two weekly counts (86 in "
    "the week to 21 January, 58 in the week to 28 January) inside all cases; intensive care, pneumonia and "
    "encephalitis patients inside admissions; Millhythe's doses and the Riverside clinic's 600 inside all doses; the two Ebbish patients in hospital inside Ebbenland's cases; Havnstad's and Orvik's cases "
    "inside Ebbenland's first six; Rookery Lane's 46 inside pupils sent home; the 93 unprotected passengers inside "
    "the flight's 180; doses delivered inside doses ordered is not claimed (a delivery, not a part of an event "
    "count): it is its own quantity. Different quantities: coverage in Brackwater (86), Millhythe (71; 'SEVEN IN "
    "TEN' is an optional vague share), the nation (91), Ebbenland (93,5 / 93.5) and the target (95); first-dose "
    "coverage of Millhythe's under-fives before (64) and now (79); 2045's 12 Lindravian and three Ebbish cases and "
    "the 2038 Port Aldry outbreak's 410 cases and three deaths; equal values such as 21 days of school exclusion vs "
    "21 days of Ebbish quarantine, nine pneumonia patients vs nine GP surgeries vs nine Ebbish cases vs 'Nine "
    "weeks', three weeks of campaign vs three weeks of lessons missed, three encephalitis patients vs three 2038 "
    "deaths. Populations: the city's 640,000, Millhythe's 58,000, 34,000 under-fives, 16 regions, nine surgeries, "
    "16 ward beds, the hospital's 120 beds, 2.300 Ebbish commuters. Optional: ages and ages that define a group (under five, five to 14, 15 "
    "or older, under ten, twelve months), look-backs and windows ('almost a decade', 'just over a month', 'two years "
    "ago', 'a week ago', 'three years', 'five years', the Orvik clinic's first 'two days') and vague shares ('SEVEN "
    "IN TEN', 'more than half', 'about one in five'). Not figures: dates, years, ordinals ('first death', 'second "
    "life', 'second isolation ward', 'first week', 'third-largest'), 'page 6', 'All six' (pronoun), 'a single dose', "
    "'a one-off', 'a single morning', 'One case can infect' (the unit of a rate), 'for a week' and 'a fortnight' without a number.")

Q = [
    ["cases", "total", None, "confirmed measles cases in Lindravia in the outbreak (running count)"],
    ["cases_city", "part", "cases", "confirmed cases living in Brackwater city"],
    ["cases_province", "part", "cases", "confirmed cases elsewhere in Sallowmere province"],
    ["cases_millhythe", "part", "cases_city", "confirmed cases in Millhythe district (running count)"],
    ["cases_tanners", "part", "cases_city", "confirmed cases in Tanner's Green"],
    ["cases_osrics", "part", "cases_city", "confirmed cases in Osric's Ford"],
    ["cases_north", "part", "cases_city", "confirmed cases in Brackwater North"],
    ["cases_other_districts", "part", "cases_city", "confirmed cases in the city's other districts"],
    ["cases_under5", "part", "cases", "confirmed cases among children under five (running count)"],
    ["cases_5to14", "part", "cases", "confirmed cases aged five to 14 (running count)"],
    ["cases_adults", "part", "cases", "confirmed cases aged 15 or older (running count)"],
    ["cases_unvaccinated", "part", "cases", "confirmed cases never vaccinated (running count)"],
    ["cases_week_jan21", "part", "cases", "new cases in the week to 21 January"],
    ["cases_week_jan28", "part", "cases", "new cases in the week to 28 January"],
    ["cases_probable", "count", None, "probable (unconfirmed) cases"],
    ["infections_estimate", "count", None, "Medical Association's estimate of all infections incl. undiagnosed"],
    ["hospitalised", "total", None, "patients admitted to hospital since the start (running count)"],
    ["icu", "part", "hospitalised", "patients in intensive care (running count)"],
    ["pneumonia_patients", "part", "hospitalised", "admitted patients with pneumonia"],
    ["encephalitis_patients", "part", "hospitalised", "admitted patients with encephalitis"],
    ["deaths", "count", None, "deaths in the outbreak (running count)"],
    ["cases_2045", "count", None, "measles cases in Lindravia in the whole of 2045"],
    ["cases_2038", "count", None, "people infected in the 2038 Port Aldry outbreak"],
    ["deaths_2038", "count", None, "deaths in the 2038 Port Aldry outbreak"],
    ["r0", "other", None, "unvaccinated people one case can infect"],
    ["coverage_city", "other", None, "share of Brackwater children fully vaccinated"],
    ["coverage_millhythe", "other", None, "share of Millhythe children fully vaccinated"],
    ["coverage_national", "other", None, "national average share of children fully vaccinated"],
    ["coverage_ebben", "other", None, "share of Ebbish children fully vaccinated"],
    ["coverage_target", "other", None, "coverage target that stops the virus spreading"],
    ["firstdose_millhythe_before", "other", None, "share of Millhythe under-fives with one dose before the campaign"],
    ["firstdose_millhythe_now", "other", None, "share of Millhythe under-fives with one dose now"],
    ["unvaccinated_millhythe", "population", None, "Millhythe children without a single dose before the campaign (NPHI and council estimates)"],
    ["emergency_fund", "other", None, "emergency fund released for the campaign"],
    ["outbreak_cost", "other", None, "cost of the outbreak so far (NPHI)"],
    ["cost_per_admission", "other", None, "average hospital cost per admission"],
    ["school_programme_cost", "other", None, "annual cost of the proposed school programme"],
    ["ratio_programme_cost", "other", None, "programme cost as a multiple of the outbreak's cost"],
    ["clinics", "count", None, "pop-up vaccination clinics (running count)"],
    ["doses_ordered", "other", None, "vaccine doses ordered by the ministry"],
    ["doses_delivered", "other", None, "ordered doses delivered so far"],
    ["doses_given", "total", None, "doses given since the campaign began (running count)"],
    ["doses_millhythe", "part", "doses_given", "doses given in Millhythe"],
    ["feld_doses", "count", None, "children vaccinated at Dr Feld's surgery in a fortnight"],
    ["orvik_doses", "count", None, "doses given at Orvik's extra clinic in its first two days"],
    ["under5_pop", "population", None, "children under five in Brackwater"],
    ["city_pop", "population", None, "Brackwater's inhabitants"],
    ["millhythe_pop", "population", None, "Millhythe's residents"],
    ["millhythe_surgeries", "population", None, "GP surgeries in Millhythe"],
    ["regions_total", "population", None, "Lindravia's regions"],
    ["regions_falling", "count", None, "regions where coverage fell over five years"],
    ["ward_beds", "population", None, "beds on the hospital's second isolation ward"],
    ["hospital_beds", "population", None, "beds at Brackwater Children's Hospital"],
    ["ops_postponed", "count", None, "planned operations postponed at the children's hospital (running count)"],
    ["nurse_shift", "other", None, "length of nurses' shifts at the children's hospital"],
    ["riverside_doses", "part", "doses_given", "doses given at the Riverside clinic on Thursday morning"],
    ["ebben_hospitalised", "part", "ebben_cases", "Ebbish linked patients in hospital in Havnstad"],
    ["ebben_doses_sent", "other", None, "vaccine doses Ebbenland sent to Brackwater"],
    ["ebben_doses_requested", "other", None, "vaccine doses Lindravia asked Ebbenland for"],
    ["contacts_traced", "count", None, "contacts of patients traced in Lindravia by 9 January"],
    ["exclusion_days", "other", None, "days unvaccinated pupils stay home after the last case"],
    ["pupils_excluded", "total", None, "unvaccinated pupils sent home by schools (education office, running count)"],
    ["rookery_excluded", "part", "pupils_excluded", "pupils sent home at Rookery Lane Primary"],
    ["pupils_home_union", "count", None, "pupils at home incl. those kept home by parents (Teachers' Federation)"],
    ["schools_affected", "count", None, "schools that sent pupils home"],
    ["pupils_missed_weeks", "other", None, "weeks of lessons some pupils have missed"],
    ["rookery_notice", "other", None, "notice given to Rookery Lane parents"],
    ["gp_wait_weeks", "other", None, "waiting time for a routine child check in Millhythe"],
    ["clinic_wait", "other", None, "longest wait at the library clinic in the first week"],
    ["clinic_wait_tue", "other", None, "wait at the library clinic on Tuesday 23 January"],
    ["wait_kieran", "other", None, "Kieran Voss's wait for vaccination"],
    ["echo_calls", "count", None, "calls to the Echo's advice line"],
    ["outbreak_weeks", "other", None, "weeks since the first case"],
    ["campaign_weeks", "other", None, "weeks the campaign has run"],
    ["ebben_cases", "total", None, "cases in Ebbenland linked to Brackwater (running count)"],
    ["ebben_cases_havnstad", "part", "ebben_cases", "linked Ebbish cases living in Havnstad"],
    ["ebben_cases_other", "part", "ebben_cases", "linked Ebbish cases in Orvik district"],
    ["ebben_cases_2045", "count", None, "measles cases in Ebbenland in 2045"],
    ["ebben_contacts", "count", None, "contacts traced by the Ebbish agency"],
    ["flight_passengers", "total", None, "passengers on the Brackwater-Havnstad flight of 6 January"],
    ["flight_unprotected", "part", "flight_passengers", "flight passengers without proof of immunity, told to stay home"],
    ["ebben_quarantine_days", "other", None, "days the unprotected passengers must stay home"],
    ["ebben_commuters", "population", None, "Ebbish citizens commuting daily to Brackwater"],
    ["children_kieran", "population", None, "Kieran Voss's children (Dad-of-three)"],
    ["kieran_street_cases", "count", None, "children with measles on Kieran Voss's street"],
    ["nights_mira", "other", None, "nights Mira Sallis spent in hospital"],
    ["share_millhythe", "other", None, "Millhythe's share of the city's cases (vague)"],
    ["share_hospitalised", "other", None, "share of confirmed cases admitted to hospital (vague)"],
    ["age_under5_bound", "other", None, "age bound: under five"],
    ["age_under10_bound", "other", None, "age bound: under ten"],
    ["age_5to14_bound", "other", None, "age bound: five to 14"],
    ["age_15_bound", "other", None, "age bound: 15 or older"],
    ["age_infant_bound", "other", None, "age bound: babies under twelve months"],
    ["age_kieran", "other", None, "Kieran Voss's age"],
    ["age_mira", "other", None, "Mira Sallis's age"],
    ["age_child_died", "other", None, "age of the girl who died"],
    ["age_boy_died", "other", None, "age of the boy who died"],
    ["feld_years", "other", None, "years Dr Feld has asked for a campaign"],
    ["lookback_decade", "other", None, "look-back: almost a decade"],
    ["lookback_month", "other", None, "window: just over a month"],
    ["lookback_kieran", "other", None, "look-back: two years ago"],
    ["lookback_week", "other", None, "look-back: a week ago"],
    ["orvik_days", "other", None, "window: the Orvik clinic's first two days"],
    ["survey_window", "other", None, "window: the past five years"],
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
