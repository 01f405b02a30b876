#!/usr/bin/env python3
"""Hand-kept quantity table of event e2; writes meta.json beside it."""
import json
import os

FOLDER = "ivrenna_sea_arrivals"
EVENT = ("Surge of migrant arrivals by sea on the Maravian island of Ivrenna (fictional), 16-22 August 2058, during "
         "a spell of calm weather: the coast guard's, the mayor's and the Refugee Relief Agency's counts of arrivals "
         "and boats, the record day, the overcrowded reception centre and transfers to the mainland, the dead and "
         "missing of a capsized boat, unaccompanied minors, the rescue ship sent to a distant port, emergency funding "
         "raised (ardens and euros), neighbouring Estrelia's relocation pledge, the island's own story, and the "
         "national figures for the year; reported 18 August - 27 September 2058")

NOTES = (
    "Running counts reported anew are one quantity: people landed on Ivrenna since Friday 16 August (the coast "
    "guard's at least 1,870 -> 2,410 -> 3,150 -> 3,480, with the mayor's more than 2,000 and the Refugee Relief "
    "Agency's around 3,300 -> 3,640, which add people who landed unseen; the headline's 'Nearly 1,900' rounds the "
    "coast guard's count), boats, the reception centre's occupancy, transfers to the mainland, the dead (nine -> 11 "
    "-> 12 -> 14; 'Fourteen people died' and '14 bodies' are one count), the missing (Open Wake's at least 30 and up "
    "to 45 beside the coast guard's 26 and the agency's 31: estimates of one number), unaccompanied minors, people "
    "treated, hospital transfers, tourists who left early, the year's national arrivals and their rise on 2057, "
    "Ivrenna's share of them, and the length of the period counted ('two days', 'THREE DAYS', 'seven days'). The "
    "emergency fund raised from 12 to 30 million ardens is one amount revised, with its euro conversions. Separate "
    "quantities: the record day and the 2051 record; the centre's capacity, its occupancy at the peak (a peak named "
    "as such is kept apart from the running count) and the permanent centre planned or asked for; the fine the law "
    "allows (up to 50,000 ardens, a ceiling, '=') and the fine imposed (50,000 ardens); Estrelia's pledge of 300 "
    "places, the first group due to fly (a part), those relocated by late September (a part) and other countries' "
    "pledges; the minister's rounded 'island of 6,000 people' (a general statement) and the island's 6,300 "
    "inhabitants; the September calm spell; the 2051 surge. Arrivals set against the island's population ('more "
    "than ONE for every three', 'more than half') and Estrelia's pledge against the arrivals ('fewer than one in "
    "ten') are vague shares, optional. 'as little as three hours' keeps '=' like 'as few as'.")

Q = [
    ["arrivals_surge", "total", None, "people who landed on Ivrenna (and Torrin) since Friday 16 August (coast guard's, mayor's and agency's counts, running)"],
    ["surge_duration", "other", None, "length of the period over which the surge is counted (running: two, three, seven days)"],
    ["boats", "other", None, "boats that landed in the surge (running)"],
    ["record_day", "part", "arrivals_surge", "arrivals on Saturday 17 August, the record day (1,120)"],
    ["record_prev", "other", None, "previous one-day record, June 2051 (940)"],
    ["record_vs_prev", "other", None, "record day as a percentage above the previous record"],
    ["wind_weeks", "other", None, "weeks of strong winds before the calm spell"],
    ["distance", "other", None, "distance from the Kharessan coast to Ivrenna (about 290 km)"],
    ["crossing_time", "other", None, "duration of the crossing in an open boat (up to 30 hours)"],
    ["island_pop", "population", None, "inhabitants of Ivrenna (6,300)"],
    ["island_pop_round", "other", None, "the minister's rounded 'island of 6,000 people' (general statement)"],
    ["arrivals_per_resident", "other", None, "arrivals set against the island's population (vague share, optional)"],
    ["dead", "total", None, "people who died / bodies recovered (running)"],
    ["dead_unidentified", "part", "dead", "bodies not identified"],
    ["cemetery_plots", "other", None, "cemetery plots set aside for the unidentified"],
    ["capsize_aboard", "other", None, "people aboard the boat that capsized (about 60)"],
    ["capsize_distance", "other", None, "distance south of Torrin where the boat capsized"],
    ["capsize_rescued", "count", None, "people rescued from the capsized boat"],
    ["missing", "other", None, "people missing at sea (coast guard's, agency's and Open Wake's estimates, running)"],
    ["centre_capacity", "population", None, "capacity of the Scalvera reception centre (450)"],
    ["centre_occupancy", "other", None, "people in the Scalvera reception centre (running level)"],
    ["centre_occupancy_peak", "other", None, "people in the centre at the peak (a peak, kept apart from the running level)"],
    ["centre_request", "other", None, "the mayor's request: a permanent centre for at least 1,000 people"],
    ["new_centre", "other", None, "capacity of the planned permanent centre (1,200)"],
    ["new_centre_years", "other", None, "years until the new centre opens"],
    ["transfers", "part", "arrivals_surge", "people taken to the mainland (running)"],
    ["navy_capacity", "population", None, "capacity of the navy transport ship (700)"],
    ["treated", "count", None, "people treated by doctors on the island (running)"],
    ["hospitalised", "count", None, "people taken to mainland hospitals (running)"],
    ["minors", "part", "arrivals_surge", "unaccompanied minors among the arrivals (running)"],
    ["women_share", "other", None, "share of women among the arrivals"],
    ["ngo_rescued", "count", None, "people rescued by the Albatross Vigil (212)"],
    ["ngo_boats", "count", None, "boats the Albatross Vigil took people from"],
    ["ngo_distance", "other", None, "distance to Belmaro, where the rescue ship was sent (620 km)"],
    ["ngo_time_ivrenna", "other", None, "sailing time to Ivrenna instead (two hours)"],
    ["ngo_voyage", "other", None, "days the rescue ship took to reach Belmaro (2.5)"],
    ["ngo_fine", "other", None, "fine the law allows for the rescue organisation (up to 50,000 ardens; euros)"],
    ["ngo_fine_imposed", "other", None, "fine imposed on Open Wake (50,000 ardens)"],
    ["ngo_detention", "other", None, "days the rescue ship was detained"],
    ["emergency_fund", "total", None, "government emergency funding for the island, 12 million raised to 30 million ardens (ardens and euros)"],
    ["fund_island", "part", "emergency_fund", "part of the fund going directly to the island council"],
    ["fund_spent", "part", "emergency_fund", "part of the fund spent by mid-September (ardens and euros)"],
    ["cg_boats", "population", None, "coast guard patrol boats based on Ivrenna (seven)"],
    ["cg_extra", "count", None, "patrol boats sent to join them (four)"],
    ["crew_sleep", "other", None, "hours of sleep a night some coast guard sailors had"],
    ["ytd_arrivals", "other", None, "arrivals in Maravia by sea so far this year (running)"],
    ["ytd_rise", "other", None, "rise of the year's arrivals on the same period of 2057 (running)"],
    ["arrivals_2057", "other", None, "arrivals by sea in the whole of 2057 (38,400)"],
    ["ivrenna_share", "other", None, "Ivrenna's share of the year's arrivals (running)"],
    ["surge_2051", "other", None, "people who reached the southern islands in a week in June 2051 (4,800)"],
    ["surge_2051_days", "other", None, "length of the 2051 surge count (seven days)"],
    ["temp_quay", "other", None, "heat on the quay (36C)"],
    ["doctor_ratio", "other", None, "people per doctor on the island on a normal day"],
    ["marchetti_rescued", "part", "fishermen_rescued", "people Ivo Marchetti pulled from the sea (11)"],
    ["marchetti_boat", "population", None, "people Marchetti's boat has room for (eight)"],
    ["age_marchetti", "other", None, "Ivo Marchetti's age (optional)"],
    ["fishermen_rescued", "total", None, "people Ivrenna's fishermen pulled out of the water"],
    ["tourists_left", "count", None, "tourists who left the island early (running)"],
    ["cancelled_share", "other", None, "share of August bookings cancelled"],
    ["olivieri_rooms", "population", None, "rooms of Franca Olivieri's hotel"],
    ["smuggler_fee", "other", None, "smugglers' price per person for the crossing (running level)"],
    ["sandwiches", "count", None, "sandwiches the harbour cafe handed out"],
    ["volunteers", "count", None, "volunteers registered with the parish"],
    ["camp_beds", "population", None, "camp beds in the parish hall"],
    ["clinic_doctors", "population", None, "doctors of the island clinic (three)"],
    ["clinic_beds", "population", None, "beds of the island clinic (nine)"],
    ["medics_sent", "count", None, "medics flown in by the Civil Protection Corps"],
    ["desal_capacity", "population", None, "daily capacity of the desalination plant"],
    ["water_use", "other", None, "daily water use during the week"],
    ["rubbish", "other", None, "rubbish collected from the beaches"],
    ["wreck_cost", "other", None, "cost of removing the wrecks"],
    ["relocation_pledge", "total", None, "people Estrelia pledged to take in from Ivrenna (300)"],
    ["first_group", "part", "relocation_pledge", "first group due to fly to Estrelia"],
    ["relocated", "part", "relocation_pledge", "people relocated to Estrelia by late September"],
    ["pledge_share", "other", None, "Estrelia's pledge as a share of the week's arrivals (vague share, optional)"],
    ["estrelia_aid", "other", None, "Estrelia's emergency aid to Maravia (4 million euros)"],
    ["estrelia_boats", "count", None, "patrol boats Estrelia sends"],
    ["estrelia_officers", "count", None, "border officers Estrelia sends"],
    ["estrelia_deploy", "other", None, "how long the Estrelian boats stay (at least three months)"],
    ["estrelia_places", "other", None, "free places in Estrelia's reception centres"],
    ["estrelia_ytd", "other", None, "Estrelia's own sea arrivals this year"],
    ["estrelia_change", "other", None, "fall of Estrelia's arrivals on the same period of 2057"],
    ["relocated_2051", "other", None, "people Estrelia took from Maravia in 2051"],
    ["boat_length", "other", None, "length of an overloaded fishing boat"],
    ["boat_load", "other", None, "people aboard that boat"],
    ["cost_per_day", "other", None, "cost per person per day in reception (ardens and euros)"],
    ["wind_forecast", "other", None, "forecast wind speed from Friday"],
    ["september_arrivals", "other", None, "arrivals during the September calm spell"],
    ["september_days", "other", None, "length of the September calm spell"],
    ["partnership_fund", "other", None, "Coastal Partnership money for a permanent centre"],
    ["partnership_years", "other", None, "years over which the partnership money is paid"],
    ["decision_time", "other", None, "average time for an asylum decision"],
    ["pledging_countries", "count", None, "other countries that pledged places"],
    ["pledges_other", "other", None, "places pledged by the other countries"],
    ["asylum_share", "other", None, "share of August arrivals who applied for asylum"],
    ["recognition_rate", "other", None, "share of applications granted last year"],
    ["lookback", "other", None, "weeks since the surge (optional: dates the article)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{FOLDER}: {len(Q)} quantities")
