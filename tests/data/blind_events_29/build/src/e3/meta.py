#!/usr/bin/env python3
"""Hand-kept quantity table for event 3 (the Selvane Bridge collapse); writes meta.json beside it."""
import json
import os

FOLDER = "selvane_bridge_collapse"
EVENT = ("Collapse of a 190-metre section of the Selvane Bridge, which carries the coastal motorway over the Orrel "
         "estuary between Lorvenna and the port of Kastmouth, Veskaria (fictional), at 4:38 p.m. on Monday 10 April "
         "2056, with vehicles falling into the river; the search, the victims (Halmish lorry drivers among them), "
         "the ignored 2053 inspection, the emergency inspections of bridges of the same design, the port and the "
         "detour, compensation and the rebuild; reported 11 April - 20 May 2056")
NOTES = (
    "Running counts reported anew are one quantity: deaths (at least 11 -> 16 -> 19 -> 22 -> 23), missing (14 -> "
    "eight -> five -> one), vehicles that fell (24 on the first police count -> 27 -> 29), lorries among them (five -> "
    "six), injured (38 -> 41), injured still in hospital (19 -> 12 -> seven -> five -> three) and those in a critical "
    "condition (six -> three), divers (40 -> 64), Halmish drivers dead (two -> three -> four), bridges of the same "
    "design closed (two -> five). The cost of the new bridge is one quantity across the ministry's 1.6 billion ruvals "
    "and the engineers' institute's 2.1 billion (with its euro conversion); the time to rebuild likewise (the "
    "ministry's four years, the institute's range 'five to six years'). The emergency fund (40 million -> 65 million "
    "ruvals, with the first euro conversion) is one quantity with its revision. The 'three years' between the 'poor' "
    "rating and the collapse (the tabloid headline's 'FOR THREE YEARS' and the broadsheet's 'three years before it "
    "fell') is one quantity; the tabloid's 'three years ago' is a look-back and optional, as are 'two days after', "
    "'11 days' after and 'Forty days' after the collapse. Equal values that measure different things are kept apart: "
    "the bells rung '16 times' and the 16 dead; the '64 divers' and the bridge's '64 years'; the 'four' choir members "
    "dead and the 'Four' Halmish lorries; the six Tesker dead and the six lorries. The people on the section (48) "
    "divide into the dead (23) and the survivors (25: 23 pulled out by boats and two who climbed out). The detour of "
    "52 kilometres recurs in all five articles. Ratio wording: the bells rang 'once for each of the dead'; the 'once' "
    "belongs to the ratio's wording, the figure is the '16 times'. Vague shares ('more than a third', 'a fifth') are "
    "optional; so are ages, children and grandchildren, and the years a driver or fisherman had done the job."
)

Q = [
    ("people_on_section", "total", None, "people on the collapsed section or in the vehicles that fell with it"),
    ("deaths", "part", "people_on_section", "people killed (running count)"),
    ("choir_dead", "part", "deaths", "choir members from Kastmouth among the dead"),
    ("choir_funerals", "part", "choir_dead", "choir members buried on Wednesday 19 April"),
    ("halmish_deaths", "part", "deaths", "Halmish lorry drivers among the dead (running count)"),
    ("kastmouth_dead", "part", "deaths", "Kastmouth residents among the dead"),
    ("missing", "part", "people_on_section", "people still missing (running count)"),
    ("halmish_missing", "part", "missing", "Halmish lorry drivers among the missing"),
    ("survivors", "part", "people_on_section", "people on the section who survived"),
    ("rescued_alive", "part", "survivors", "people pulled alive from the water by boats"),
    ("self_rescued", "part", "survivors", "people who climbed out on their own"),
    ("pellin_rescued", "part", "rescued_alive", "people pulled out by fisherman Osk Pellin"),
    ("injured", "total", None, "people injured (running count)"),
    ("in_hospital", "part", "injured", "injured still in hospital (running count)"),
    ("critical", "part", "in_hospital", "patients in a critical condition"),
    ("hospital_patients", "count", None, "patients received by Lorvenna University Hospital on the first night"),
    ("offduty_staff", "count", None, "off-duty hospital staff called in"),
    ("vehicles", "total", None, "vehicles that fell with the section (running count)"),
    ("lorries", "part", "vehicles", "lorries among the vehicles that fell"),
    ("halmish_lorries", "part", "lorries", "Halmish lorries among those that fell"),
    ("vehicles_recovered", "part", "vehicles", "vehicles raised from the river by 15 April"),
    ("section_length", "other", None, "length of the collapsed section"),
    ("bridge_length", "other", None, "length of the Selvane Bridge"),
    ("bridge_age", "other", None, "age of the bridge"),
    ("fall_height", "other", None, "height the section fell into the river"),
    ("fall_seconds", "other", None, "time the fall took"),
    ("first_rescue_hours", "other", None, "period in which the first survivors were pulled out"),
    ("van_distance", "other", None, "how far from the edge a van driver stopped"),
    ("rescuers", "total", None, "rescuers at work on the first night"),
    ("divers", "part", "rescuers", "divers searching (running count)"),
    ("halmish_divers", "part", "divers", "Halmish navy divers"),
    ("water_depth", "other", None, "depth of the water at the site"),
    ("dive_shift_minutes", "other", None, "length of a diver's shift"),
    ("cab_depth", "other", None, "depth from which Aart Dekkema's cab was raised"),
    ("crane_capacity", "other", None, "lifting capacity of the Halmish crane ship"),
    ("daily_traffic", "total", None, "vehicles crossing the bridge per day"),
    ("halmish_lorries_daily", "part", "daily_traffic", "Halmish lorries crossing per day"),
    ("choir_members", "count", None, "choir members in the minibus"),
    ("emergency_fund", "other", None, "government emergency fund (40 million -> 65 million ruvals; euro conversion)"),
    ("comp_family", "other", None, "payment per bereaved family (ruvals and euros)"),
    ("halmish_comp", "other", None, "Halmland's additional payment per Halmish family"),
    ("mourning_days", "other", None, "days of national mourning"),
    ("same_design_bridges", "total", None, "other Veskarian bridges of the same design ordered inspected"),
    ("closed_bridges", "part", "same_design_bridges", "bridges of the same design closed after inspection (running count)"),
    ("weight_limited_bridges", "part", "same_design_bridges", "bridges of the same design given weight limits"),
    ("inspection_deadline", "other", None, "deadline for inspecting the bridges of the same design"),
    ("detour_km", "other", None, "length of the detour via the Hessing bridge"),
    ("port_lorries", "other", None, "lorries handled per day by the port of Kastmouth"),
    ("port_lorry_share", "other", None, "share of the port's lorry traffic that used the bridge"),
    ("port_traffic_drop", "other", None, "fall in lorry traffic through the port (the headline's vague 'more than a third' is optional)"),
    ("port_loss_daily", "other", None, "port's estimated losses per day"),
    ("port_loss_total", "other", None, "port's estimated losses since the collapse, as of 20 May"),
    ("dockers_short_time", "count", None, "dock workers put on short time"),
    ("tesker_deaths", "other", None, "deaths in the 2037 Tesker footbridge collapse"),
    ("national_bridges", "population", None, "motorway and trunk-road bridges in Veskaria"),
    ("poor_bridges", "count", None, "bridges rated 'poor'"),
    ("poor_share", "other", None, "share of the bridges rated 'poor'"),
    ("poor_rating_years", "other", None, "time between the 'poor' rating of 2053 and the collapse"),
    ("inspection_ago", "other", None, "look-back to the 2053 inspection (optional)"),
    ("cracks", "count", None, "cracks found in the 2053 inspection"),
    ("repair_cost", "other", None, "cost of the repairs recommended in 2053 (ruvals, euros)"),
    ("repair_deadline", "other", None, "time within which the 2053 inspection said repairs should be made"),
    ("repair_backlog", "other", None, "roads agency's backlog of repairs"),
    ("maintenance_cut", "other", None, "cut in the roads agency's maintenance budget since 2050"),
    ("agency_ceo_pay", "other", None, "annual pay of the roads agency's chief executive"),
    ("officials_investigated", "count", None, "agency officials under investigation"),
    ("age_brenna", "other", None, "age of the choir leader (optional)"),
    ("age_sofi", "other", None, "age of a victim (optional)"),
    ("age_aart", "other", None, "age of Aart Dekkema (optional)"),
    ("age_fourth", "other", None, "age of the missing Halmish driver (optional)"),
    ("age_osk", "other", None, "age of Osk Pellin (optional)"),
    ("age_girl", "other", None, "age of a girl rescued by Pellin (optional)"),
    ("aart_children", "other", None, "Aart Dekkema's children (optional)"),
    ("aart_trips", "other", None, "how often Aart Dekkema drove across the bridge"),
    ("aart_years", "other", None, "years Aart Dekkema had driven the route (optional)"),
    ("pellin_years", "other", None, "years Pellin has fished the river (optional)"),
    ("pellin_grandchildren", "other", None, "Pellin's grandchildren (optional)"),
    ("vigil_attendance", "count", None, "people at the vigil in Lorvenna"),
    ("bell_tolls", "count", None, "times the church bells rang"),
    ("queue_km", "other", None, "length of queues on the detour"),
    ("jaspers_run_hours", "other", None, "a lorry driver's run from Lorvenna to Kastmouth now"),
    ("jaspers_run_before", "other", None, "the same run before the collapse"),
    ("lookback", "other", None, "look-backs to the collapse that date the article (optional)"),
    ("halmish_detour_cost", "other", None, "daily cost of the detour to Halmish hauliers"),
    ("ferry_hours", "other", None, "length of the ferry crossing used by some Halmish lorries"),
    ("halmish_same_firm_bridges", "count", None, "Halmish bridges built by the same firm, inspected"),
    ("zandvliet_limit", "other", None, "weight limit on the Zandvliet bridge"),
    ("halmish_report_deadline", "other", None, "time within which the Halmish inspection report is expected"),
    ("embassy_calls", "count", None, "calls to the Halmish embassy's line"),
    ("embassy_calls_hours", "other", None, "period over which the embassy's calls were counted"),
    ("commuters", "count", None, "Kastmouth residents who crossed the bridge each day"),
    ("commute_before", "other", None, "commute to Lorvenna before the collapse"),
    ("commute_now", "other", None, "commute to Lorvenna via the detour"),
    ("ferries", "count", None, "ferries on the temporary link"),
    ("ferry_crossings", "other", None, "crossings a day on the temporary ferry link"),
    ("ferry_capacity", "other", None, "vehicles a day the temporary ferries can carry"),
    ("ferry_fare_car", "other", None, "ferry fare for a car"),
    ("shop_takings_fall", "other", None, "fall in takings on Harbour Street (vague, optional)"),
    ("academy_lorvenna_pupils", "count", None, "Kastmouth Academy pupils living on the Lorvenna side"),
    ("borrowed_classrooms", "count", None, "classrooms borrowed in Lorvenna"),
    ("academy_teachers_commuting", "count", None, "teachers taking the ferry each morning"),
    ("appeal_total", "other", None, "money raised by the Kastmouth appeal"),
    ("appeal_donors", "count", None, "donors to the appeal"),
    ("choir_letters_countries", "count", None, "countries from which the choir received letters"),
    ("temp_bridge_months", "other", None, "promised time for the army's temporary bridge"),
    ("rebuild_years", "other", None, "time to build a new bridge (ministry four years; institute five to six)"),
    ("rebuild_cost", "other", None, "cost of a new bridge (ministry 1.6 billion ruvals; institute 2.1 billion, about 350 million euros)"),
    ("kastmouth_pop", "population", None, "people in Kastmouth"),
    ("corroded_tendons", "count", None, "tendons in the failed girder that had corroded"),
    ("tendons_in_girder", "population", None, "steel tendons in the failed girder"),
    ("hessing_traffic_rise", "other", None, "rise in traffic on the Hessing bridge"),
    ("families_suing", "count", None, "families whose lawyers will sue the agency"),
    ("inspection_interval", "other", None, "inspection interval recommended after Tesker"),
    ("poor_repair_rule", "other", None, "deadline to repair or restrict a poor bridge recommended after Tesker"),
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
