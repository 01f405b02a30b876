#!/usr/bin/env python3
"""Hand-kept table of quantities for event 2 (Felsham Prison); writes meta.json beside it."""
import json
import os

FOLDER = "felsham_prison_escape"
EVENT = ("Inspection report on overcrowding at Felsham Prison, Calvoria (fictional), published on Tuesday 4 March 2059, "
         "followed by the escape of five prisoners on the night of Saturday 15 to Sunday 16 March 2059; the last "
         "recaptured on Wednesday 2 April; the inquiry's first findings published on Monday 7 April; reported 16 March "
         "- 8 April 2059")
NOTES = (
    "The escapees are one quantity with the Prison Service's first count of four corrected to five. Running counts "
    "reported anew are one quantity: the recaptured (1 -> 3 -> 4 -> 5), those still at large (4 -> 2 -> 1), the police "
    "officers searching (180 -> 250 -> about 320 -> about 120), the manhunt's cost (about 9 million -> 21.5 million "
    "crowns) and the prison populations, a stock reported at different moments (Felsham's 1,012 at the November "
    "inspection, 1,044 on the night of the escape and 904 on 7 April, with its occupancy 158 -> 141 per cent; "
    "Calvoria's 48,900 at the end of February and 49,300 at the end of March, with 'almost 110' and 'more than 110' "
    "per cent). The ministry's average population for 2058 (968) is another quantity (an average over a period). Rival "
    "estimates are one quantity: the officers on duty on the night (the service's 14, corrected to 11; the union's "
    "nine), prisoners per officer on duty (the union's one for every 116, the inquiry's one for every 95) and the time "
    "between the escape and the roll check (the service's less than three hours, the union's more than four, the "
    "inquiry's 4 hours and 25 minutes, whose value is taken in hours). New: the reward, raised by decision from "
    "20,000 to 50,000 crowns per fugitive, is one amount revised, like a negotiating offer; 'more than doubled' is its "
    "own quantity. The cells' last check 'almost five hours' before the roll check is not the escape-to-discovery "
    "time. The officers' sick calls are not part of those on duty; the two escorting a prisoner are. Felsham's and "
    "Carrow's escapees are parts of the 14 prisoners in escapes since 2049. The ordinals 'second arrest' and 'fourth "
    "of the escapees' are not figures; 'twice over' (let down) is idiomatic. Ages, Brayne's 26 years in prisons, a "
    "former officer's 19 years, a mother's children and the look-backs to the report (12 days, less than two weeks, 11 "
    "days) are optional.")

Q = [
    ("escapees", "part", "escapees_since_2049", "prisoners who escaped from Felsham (first count of four corrected to five)"),
    ("recaptured", "part", "escapees", "escapees back in custody (running count)"),
    ("recaptured_lestria", "part", "recaptured", "escapee arrested in Lestria"),
    ("at_large", "part", "escapees", "escapees still at large (running count)"),
    ("escapees_sentenced", "part", "escapees", "escapees serving sentences"),
    ("escapees_remand", "part", "escapees", "escapees on remand awaiting trial"),
    ("escapee_sentences", "other", None, "range of the sentenced escapees' sentences"),
    ("lookback_report", "other", None, "time since the inspection report was published (look-back)"),
    ("report_to_escape", "other", None, "days between the report and the escape (look-back)"),
    ("first_arrest_distance", "other", None, "distance from the prison of the first arrest"),
    ("felsham_population", "population", None, "prisoners held at Felsham (stock at different moments)"),
    ("felsham_capacity", "population", None, "places Felsham was built for"),
    ("felsham_occupancy", "other", None, "Felsham's population as a share of its capacity (running)"),
    ("felsham_average_2058", "other", None, "Felsham's average population in 2058 (ministry)"),
    ("cells_used", "count", None, "cells the men escaped from"),
    ("sheet_drop", "other", None, "height the men lowered themselves on sheets"),
    ("wall_height", "other", None, "height of the east wall"),
    ("escape_to_discovery", "other", None, "time between the men leaving their cells and the roll check (rival estimates)"),
    ("cell_unchecked", "other", None, "time between the cells' last check and the roll check"),
    ("check_rule", "other", None, "interval of night cell checks required by the rules"),
    ("police_search", "count", None, "police officers searching for the escapees (running count)"),
    ("dog_teams", "count", None, "dog teams in the search"),
    ("roadblocks", "count", None, "roadblock points"),
    ("roadblock_delay", "other", None, "delays caused by the roadblocks"),
    ("reward", "other", None, "reward per fugitive (raised by decision; crowns and euros)"),
    ("reward_ratio", "other", None, "the reward's increase as a multiple"),
    ("rewards_paid", "count", None, "rewards paid"),
    ("cameras_total", "population", None, "security cameras at Felsham"),
    ("cameras_broken", "count", None, "cameras not working"),
    ("east_wall_cameras", "population", None, "cameras covering the east wall"),
    ("east_wall_cameras_broken", "count", None, "east-wall cameras out of order"),
    ("sensor_stretch", "other", None, "stretch of the east wall whose sensors were out of action"),
    ("sensor_outage", "other", None, "time the sensors had been out of action"),
    ("repair_postponed", "other", None, "times the sensor repair was postponed"),
    ("officers_on_duty", "total", None, "officers on duty on the night of the escape (service 14 corrected to 11; union nine)"),
    ("officers_escorting", "part", "officers_on_duty", "officers at the hospital with a prisoner that night"),
    ("officers_sick", "count", None, "officers on the rota who called in sick"),
    ("prisoners_per_officer", "other", None, "prisoners per officer on duty that night (one for every N)"),
    ("staffing_guideline", "other", None, "the service's night staffing guideline (one officer for every N prisoners)"),
    ("officers_required", "other", None, "officers the guideline would have required"),
    ("inquiry_deadline", "other", None, "time to the inquiry's first findings"),
    ("inquiry_final_deadline", "other", None, "time to the inquiry's final report"),
    ("recommendations", "total", None, "recommendations of the 2059 report"),
    ("recommendations_urgent", "part", "recommendations", "recommendations marked urgent"),
    ("recommendations_accepted", "part", "recommendations", "recommendations the ministry accepts"),
    ("recommendations_2055", "total", None, "recommendations of the 2055 inspection"),
    ("recommendations_2055_achieved", "part", "recommendations_2055", "2055 recommendations achieved"),
    ("recommendations_2055_share", "other", None, "share of the 2055 recommendations achieved"),
    ("officers_in_post", "population", None, "officers in post at Felsham"),
    ("officer_posts", "population", None, "budgeted officer posts at Felsham"),
    ("officer_vacancies", "population", None, "empty officer posts at Felsham"),
    ("vacancy_rate", "other", None, "empty posts as a share of the total"),
    ("officer_salary", "other", None, "a new officer's monthly pay"),
    ("new_officers", "count", None, "new officers to start at Felsham by September"),
    ("officer_training", "other", None, "training of the new officers"),
    ("sick_days", "other", None, "average sick leave per officer in 2058"),
    ("locked_up_share", "other", None, "share of prisoners surveyed locked up more than 22 hours a day"),
    ("lockup_threshold", "other", None, "hours a day (threshold of the survey question)"),
    ("national_prison_population", "population", None, "prisoners in Calvoria (stock at different moments)"),
    ("national_capacity", "population", None, "places in Calvoria's prisons"),
    ("national_occupancy", "other", None, "Calvoria's prison population as a share of capacity (running)"),
    ("overcrowded_prisons", "count", None, "overcrowded prisons in Calvoria"),
    ("prisons_total", "population", None, "prisons in Calvoria"),
    ("escapes_since_2049", "count", None, "escapes from closed prisons since 2049"),
    ("escapees_since_2049", "total", None, "prisoners involved in escapes since 2049"),
    ("carrow_escapees", "part", "escapees_since_2049", "prisoners who escaped from Carrow Prison in 2051"),
    ("carrow_days", "other", None, "days within which the Carrow escapees were recaptured"),
    ("arresting_officers", "count", None, "traffic officers who made the first arrest"),
    ("age_fenwright", "other", None, "Fenwright's age"),
    ("age_pell", "other", None, "Pell's age (the first escapee recaptured)"),
    ("pell_sentence", "other", None, "Pell's sentence"),
    ("fenwright_sentence", "other", None, "Fenwright's sentence"),
    ("fenwright_days", "other", None, "days Fenwright was on the run (the manhunt's length)"),
    ("wenmouth_distance", "other", None, "distance of the chalet where Fenwright was caught"),
    ("brayne_years", "other", None, "the union leader's years in prisons"),
    ("doubled_cells", "count", None, "single cells holding two men"),
    ("cell_design", "other", None, "prisoners a single cell was meant for"),
    ("cell_doubled_occupancy", "other", None, "prisoners in a doubled cell"),
    ("wing_b_population", "population", None, "prisoners on B wing at the inspection"),
    ("wing_b_capacity", "population", None, "places on B wing"),
    ("wing_b_floors", "other", None, "floors of B wing"),
    ("wing_b_showers", "other", None, "working showers on B wing"),
    ("assaults", "total", None, "assaults at Felsham in the 12 months to September 2058"),
    ("assaults_on_staff", "part", "assaults", "assaults on staff"),
    ("drug_finds", "count", None, "drug finds at Felsham"),
    ("mum_children", "other", None, "a neighbour's children"),
    ("cobb_distance", "other", None, "distance of a neighbour's house from the jail"),
    ("cost_per_prisoner", "other", None, "yearly cost of a prisoner"),
    ("karsk_distance", "other", None, "distance from Felsham to Karsk"),
    ("karsk_border_distance", "other", None, "distance from Karsk to the border"),
    ("age_holt", "other", None, "Holt's age"),
    ("holt_cash", "other", None, "cash Holt carried"),
    ("age_mekk", "other", None, "Mekk's age"),
    ("extradition_deadline", "other", None, "time the Lestrian court has to decide"),
    ("extradition_consent", "other", None, "time for a handover with consent"),
    ("crown_rate", "other", None, "crowns to the euro"),
    ("lestria_population", "population", None, "prisoners in Lestria"),
    ("lestria_capacity", "population", None, "places in Lestria's prisons"),
    ("lestria_occupancy", "other", None, "Lestria's prison occupancy"),
    ("felsham_programme", "other", None, "programme to add places at Felsham (crowns and euros)"),
    ("felsham_new_places", "other", None, "places the programme adds"),
    ("inspector_estimate", "other", None, "the chief inspector's estimate of the investment needed (crowns and euros)"),
    ("inspector_estimate_period", "other", None, "period of that investment"),
    ("lestria_police_checks", "count", None, "Lestrian officers checking trains and buses"),
    ("karsk_population", "population", None, "population of Karsk"),
    ("border_length", "other", None, "length of the Calvorian-Lestrian border"),
    ("border_crossings", "population", None, "crossing points on the border"),
    ("border_crossings_staffed", "population", None, "crossing points permanently staffed"),
    ("age_greer", "other", None, "the farmer's age"),
    ("greer_farm", "other", None, "size of the farmer's land"),
    ("brookend_distance", "other", None, "distance of the Brookend barn from the prison"),
    ("police_response", "other", None, "time the police took to arrive at the barn"),
    ("age_orvik", "other", None, "Orvik's age"),
    ("orvik_sentence", "other", None, "Orvik's sentence"),
    ("greer_milk", "other", None, "milk Orvik took"),
    ("manhunt_cost", "other", None, "cost of the manhunt (running; crowns and euros)"),
    ("transferred", "count", None, "prisoners moved out of Felsham since the escape"),
    ("admissions_pause", "other", None, "time Felsham will take no new prisoners"),
    ("felsham_town_population", "population", None, "population of Felsham"),
    ("prison_staff_total", "population", None, "people the prison employs"),
    ("former_officer_years", "other", None, "a former officer's years of service"),
    ("schools_indoors", "count", None, "schools that kept pupils indoors"),
    ("schools_radius", "other", None, "distance from the prison of those schools"),
    ("pupils_indoors", "count", None, "pupils kept indoors"),
    ("petition", "count", None, "signatures on the petition to close B wing"),
    ("modular_cells", "other", None, "temporary modular cells to be installed"),
    ("modular_places", "other", None, "places in the modular cells"),
    ("modular_prisons", "other", None, "prisons to receive modular cells"),
    ("modular_cost", "other", None, "cost of the modular cells (crowns and euros)"),
    ("early_release", "other", None, "prisoners who may be freed early"),
    ("early_release_window", "other", None, "days before the end of sentence within which they may be freed"),
    ("prisons_budget", "other", None, "prisons budget for 2059"),
    ("prisons_budget_rise", "other", None, "rise of the prisons budget"),
    ("inflation_2059", "other", None, "inflation"),
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
