#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 1 (the Aldcombe air crash); writes meta.json beside it."""
import json
import os

FOLDER = "calvora_air_crash"
EVENT = ("Crash of Calvora Air flight CA 471 (fictional), a Corvin 220 bound for Varnik, Ostrenia, that came down on "
         "farmland above the village of Aldcombe, Calvora, 11 minutes after taking off from Brenmouth at 6.52am on "
         "Thursday 11 March 2055: people on board (169, corrected to 170 when an unlisted infant was found), passengers "
         "by nationality, crew, the dead (on board and on the ground, rising as survivors died in hospital), survivors, "
         "identification, the village's response, the airline's grounding, compensation and costs (ducats and euros), "
         "the interim report of 9 April on a cracked fan blade and the outsourced engine maintenance, and earlier "
         "crashes; reported 11 March - 16 April 2055")
NOTES = (
    "People on board: 169 (162 passengers and seven crew) on the day, corrected on 13 March to 170 (163 passengers) "
    "when a Calvoran infant travelling on a lap was found missing from the list; the correction is one quantity "
    "(on_board; passengers; calvoran_pax 96 -> 97; children 'at least 16' -> 17; infants three -> four). "
    "The dead are two quantities kept apart on purpose: dead_on_board (at least 80 -> 158 -> 159) and dead_total, which "
    "adds the farmer killed on the ground (158 -> 159 -> 160); the tabloid's '158 dead' is the total (its fact box and "
    "text count the farmer), the translated copy's '158 persons on board' is the on-board count. dead_on_board and the "
    "one dead on the ground are parts of dead_total. The survivors are a running count (14 pulled alive -> 12 -> 11), "
    "and so are those rescued who died in hospital (two -> three), the critical (five -> four -> three) and the "
    "victims identified (64 -> 118 -> 157). 'All seven crew members died' in the broadsheet is annotated as the crew "
    "count (the number counts the crew; 'all' says they died). "
    "Nationalities are parts of the passengers; the Ostrenian dead (35) and Calvoran dead (90) are parts of the dead on "
    "board, Varnik's 21 and the four Ostrenian children parts of the Ostrenian dead. Equal values that measure different "
    "things are kept apart: the regional aid to Aldcombe of 1.2 million ducats (about 150,000 euros) and the Varnik "
    "Convention's strict-liability ceiling of 1.2 million ducats (about 150,000 euros) per passenger; the tabloid's "
    "'more than 1,000 meals' on the first day (a part) and the local paper's 'about 3,000 meals' since the crash; the "
    "'more than 140 flights' cancelled over three days (tabloid) and no later count. The flight number (CA 471) and the "
    "aircraft type (Corvin 220) are names, not figures. The liability ceiling written 'up to 1,2 million ducats' is a "
    "rule and keeps '='. Ages of people, the farmer's 40 years on the hill, the honeymooners' four days of marriage, a "
    "mother of three and the look-backs 'Three days after' and 'Five weeks after' are optional.")

Q = [
    # id, role, part_of, description
    ("on_board", "total", None, "people on board flight CA 471 (169, corrected to 170)"),
    ("passengers", "part", "on_board", "passengers on board (162, corrected to 163)"),
    ("crew", "part", "on_board", "crew members on board (seven)"),
    ("pilots", "part", "crew", "pilots among the crew (two)"),
    ("cabin_crew", "part", "crew", "cabin crew / flight attendants (five)"),
    ("calvoran_pax", "part", "passengers", "Calvoran passengers (96, corrected to 97)"),
    ("ostrenian_pax", "part", "passengers", "Ostrenian passengers (38)"),
    ("dessarian_pax", "part", "passengers", "Dessarian passengers (11)"),
    ("valmish_pax", "part", "passengers", "Valmish passengers (six)"),
    ("other_pax", "part", "passengers", "passengers of other nationalities (11)"),
    ("other_countries", "count", None, "number of other countries those passengers came from (seven)"),
    ("children", "part", "passengers", "children on board (at least 16, corrected to 17)"),
    ("infants", "part", "children", "infants on board, under two (three, corrected to four)"),
    ("infant_limit", "other", None, "age limit defining the infants (two years), optional"),
    ("infant_age", "other", None, "age of the unlisted infant (eleven months), optional"),
    ("survivors", "part", "on_board", "survivors of those on board, running count (14 pulled alive -> 12 -> 11)"),
    ("critical", "part", "survivors", "survivors in a critical condition, running count (five -> four -> three)"),
    ("still_in_hospital", "part", "survivors", "survivors still in hospital five weeks on (two)"),
    ("ostrenian_survivors", "part", "survivors", "Ostrenian survivors (three)"),
    ("ostrenian_critical", "part", "ostrenian_survivors", "Ostrenian survivors in a critical condition (one)"),
    ("dead_total", "total", None, "all dead of the crash including the farmer on the ground (158 -> 159 -> 160)"),
    ("dead_on_board", "part", "dead_total", "dead among those on board, running count (at least 80 -> 158 -> 159)"),
    ("dead_ground", "part", "dead_total", "people killed on the ground (one, the farmer)"),
    ("survivors_died_hospital", "part", "dead_on_board", "people rescued alive who later died in hospital (two -> three)"),
    ("ostrenian_dead", "part", "dead_on_board", "Ostrenian dead (35)"),
    ("calvoran_dead", "part", "dead_on_board", "Calvoran passengers dead (90 of 97)"),
    ("varnik_dead", "part", "ostrenian_dead", "Ostrenian dead who lived in Varnik (21)"),
    ("ostrenian_children_dead", "part", "ostrenian_dead", "Ostrenian children dead (four)"),
    ("identified", "count", None, "victims identified, running count (64 -> 118 -> 157)"),
    ("identification_time", "other", None, "time identification could still take (up to three weeks)"),
    ("injured_ground", "total", None, "people hurt on the ground (three)"),
    ("injured_ground_neighbours", "part", "injured_ground", "neighbours among those hurt on the ground (two)"),
    ("minutes_airborne", "other", None, "time the flight was in the air (11 minutes)"),
    ("call_to_crash", "other", None, "time from the crew's fire report to the aircraft vanishing from radar (seven minutes)"),
    ("scheduled_duration", "other", None, "scheduled flight time to Varnik (almost two hours)"),
    ("max_altitude", "other", None, "highest altitude reached before turning back (6,400 feet)"),
    ("crash_distance", "other", None, "distance of the crash site from the airport (31 km)"),
    ("debris_length", "other", None, "length of the debris field (about 1.5 km)"),
    ("search_area", "other", None, "hillside area searched for the voice recorder (two square km)"),
    ("fire_duration", "other", None, "time the fire burned at the site (almost three hours)"),
    ("rescuers", "count", None, "rescuers sent to the site (about 400)"),
    ("ambulances", "count", None, "ambulances sent (60)"),
    ("helicopters", "count", None, "helicopters sent (four)"),
    ("captain_age", "other", None, "captain's age (52), optional"),
    ("captain_hours", "other", None, "captain's total flying hours (14,200)"),
    ("captain_type_hours", "other", None, "captain's hours on the Corvin 220 (6,100)"),
    ("fo_hours", "other", None, "first officer's flying hours (2,950)"),
    ("aircraft_age", "other", None, "age of the aircraft (12 years)"),
    ("state_stake", "other", None, "state's share of Calvora Air (51 per cent)"),
    ("fleet", "population", None, "Calvora Air's fleet (38 aircraft)"),
    ("annual_passengers", "population", None, "Calvora Air's passengers last year (about 2.4 million)"),
    ("grounded", "total", None, "the airline's other Corvin 220s grounded for checks (nine)"),
    ("returned_to_service", "part", "grounded", "grounded Corvin 220s back in service after checks (five)"),
    ("still_grounded", "part", "grounded", "Corvin 220s still being inspected (four)"),
    ("dead_2031", "other", None, "dead of Calvora's previous worst crash, 2031 near Lessary (112)"),
    ("dead_2040", "other", None, "dead of Calvora Air's 2040 runway collision (nine)"),
    ("dead_dessaria_2044", "other", None, "dead of the 2044 Dessarian airliner crash (188)"),
    ("ferry_2038_dead", "other", None, "Ostrenians killed in the 2038 ferry accident (27)"),
    ("mourning_days", "other", None, "days of national mourning in Calvora (three)"),
    ("ostrenia_mourning", "other", None, "days flags flew at half-mast in Ostrenia (two)"),
    ("report_deadline", "other", None, "legal deadline for the interim report (30 days)"),
    ("farmer_age", "other", None, "the farmer's age (67), optional"),
    ("farmer_years", "other", None, "years the farmer had farmed the hill (40), optional"),
    ("survivor_girl_age", "other", None, "age of a girl survivor (nine), optional"),
    ("honeymoon_days", "other", None, "days the honeymoon couple had been married (four), optional"),
    ("ambry_age", "other", None, "age of the passenger who missed the flight (34), optional"),
    ("ambry_late", "other", None, "how late he reached the gate (six minutes)"),
    ("mother_children", "other", None, "the shopkeeper's children (three), optional"),
    ("outsourcing_saving", "other", None, "yearly saving expected from outsourcing engine maintenance (14 million ducats)"),
    ("ceo_pay", "other", None, "chief executive's pay last year (2.3 million ducats)"),
    ("advance_payment", "other", None, "advance paid to each victim's family (160,000 ducats = 20,000 euros)"),
    ("flights_cancelled", "count", None, "flights cancelled over the next three days (more than 140)"),
    ("cancellation_days", "other", None, "period of those cancellations (three days)"),
    ("share_fall", "other", None, "fall in Calvora Air shares when trading resumed after the crash (23 per cent)"),
    ("share_fall_since", "other", None, "fall in the shares from the eve of the crash to mid-April (31 per cent)"),
    ("meals_first_day", "part", "meals_total", "meals served by volunteers on the first day (more than 1,000)"),
    ("meals_total", "total", None, "meals served at the church hall since the crash (about 3,000)"),
    ("aldcombe_pop", "population", None, "population of Aldcombe (1,340)"),
    ("student_age", "other", None, "age of the critically hurt Ostrenian student (19), optional"),
    ("lookback", "other", None, "look-backs dating the article (Three days, Five weeks), optional"),
    ("forensic_team", "count", None, "Ostrenian forensic experts sent (24)"),
    ("consular_staff", "count", None, "Ostrenian consular officials sent (six)"),
    ("relatives_flown", "count", None, "relatives flown to Brenmouth on the Ostrenian special flight (about 70)"),
    ("ostrenia_fund", "other", None, "Ostrenian emergency money for the families (2.5 million euros)"),
    ("exchange_rate", "other", None, "exchange rate (eight ducats to the euro)"),
    ("liability_limit", "other", None, "Varnik Convention strict-liability ceiling per passenger (1.2 million ducats, about 150,000 euros)"),
    ("cvr_distance", "other", None, "distance of the voice recorder from the main wreckage (400 metres)"),
    ("cvr_hours", "other", None, "hours of cockpit sound the voice recorder keeps (two)"),
    ("fdr_hours", "other", None, "hours of data the flight data recorder keeps (25)"),
    ("weekly_flights", "population", None, "Calvora Air flights a week on the Brenmouth-Varnik route (14)"),
    ("route_passengers", "population", None, "passengers between the two capitals last year (about 310,000)"),
    ("survivor_died_age", "other", None, "age of the survivor who died on Tuesday (58), optional"),
    ("sheep_killed", "count", None, "sheep killed on the farm (41)"),
    ("flock", "population", None, "the farm's flock (300 sheep)"),
    ("volunteers", "count", None, "villagers signed up as volunteers (212)"),
    ("bakery_days", "other", None, "days the bakery gave away its bread (five)"),
    ("alder_age", "other", None, "church warden's age (71), optional"),
    ("firemen_shift", "other", None, "hours some firemen worked without a break (20)"),
    ("road_closure_more", "other", None, "further days the valley road stays shut (at least five)"),
    ("wreckage_removed", "other", None, "wreckage removed by Tuesday (about 140 tonnes)"),
    ("fuel_onboard", "other", None, "kerosene on board at the crash (about 18,000 litres)"),
    ("soil_removed", "other", None, "contaminated soil to be dug up (about 2,400 cubic metres)"),
    ("brook_testing", "other", None, "period of daily tests of the brook (at least four weeks)"),
    ("school_pupils", "population", None, "pupils of Aldcombe Primary (86)"),
    ("counsellors_school", "count", None, "counsellors sent to the school (four)"),
    ("regional_aid", "other", None, "regional emergency aid for Aldcombe (1.2 million ducats, about 150,000 euros)"),
    ("parish_spending", "other", None, "parish council's own spending so far (85,000 ducats)"),
    ("airline_liaison", "count", None, "airline liaison staff sent to the village (two)"),
    ("memorial_local", "count", None, "people at the open-air memorial above Aldcombe (about 2,500)"),
    ("names_reading", "other", None, "time taken to read the names (almost 25 minutes)"),
    ("report_pages", "other", None, "length of the interim report (54 pages)"),
    ("blade_failure_time", "other", None, "time after take-off when the fan blade broke (four minutes)"),
    ("altitude_failure", "other", None, "altitude when the blade broke (about 5,800 feet)"),
    ("hydraulic_systems", "population", None, "hydraulic systems of the aircraft (three)"),
    ("hydraulic_cut", "count", None, "hydraulic systems cut by the fragments (one)"),
    ("shutdown_time", "other", None, "time the crew took to shut the engine down (38 seconds)"),
    ("final_descent_time", "other", None, "last stretch of the flight (90 seconds)"),
    ("descent_rate", "other", None, "rate of descent in that stretch (up to 3,000 feet a minute)"),
    ("crack_length", "other", None, "length of the fatigue crack (9 mm)"),
    ("inspection_interval", "other", None, "maker's ultrasonic test interval (3,000 cycles)"),
    ("cycles_since_check", "other", None, "cycles flown by the engine since its last test (2,870)"),
    ("cycles_share", "other", None, "those cycles as a share of the interval (almost 96 per cent)"),
    ("inhouse_interval", "other", None, "test interval when maintenance was in-house (1,500 cycles)"),
    ("inhouse_ratio", "other", None, "how much more often the in-house regime tested (twice)"),
    ("contractor_engineers", "population", None, "engineers the contractor put on the contract (46)"),
    ("inhouse_engineers", "population", None, "engineers the airline had employed in-house (71)"),
    ("engineers_cut", "other", None, "cut in engineers (35 per cent)"),
    ("days_since_visual", "other", None, "days between the last visual check and the crash (41)"),
    ("final_report_deadline", "other", None, "deadline for the final report (12 months)"),
    ("new_interval", "other", None, "new ordered test interval (1,000 cycles)"),
    ("engines_tested", "total", None, "engines of the model tested worldwide since March (640)"),
    ("engines_cracked", "part", "engines_tested", "engines found with cracks (seven)"),
    ("families_claiming", "total", None, "families whose lawyers filed claims in Varnik (61)"),
    ("ostrenian_families_claiming", "part", "families_claiming", "Ostrenian families among them (23)"),
    ("claims_estimate", "other", None, "a lawyer's estimate of total claims (400 million euros)"),
    ("insurers_reserve", "other", None, "insurers' reserve (about 260 million euros)"),
    ("hull_insured", "other", None, "sum the aircraft was insured for (58 million euros)"),
    ("airline_cost", "other", None, "airline's estimate of the crash's cost to it (about 1.9 billion ducats, roughly 238 million euros)"),
    ("bookings_fall", "other", None, "fall in March bookings year on year (18 per cent)"),
    ("capital_injection", "other", None, "planned state capital injection (800 million ducats)"),
    ("state_directors", "count", None, "state-appointed directors on the board (three)"),
    ("memorial_national", "total", None, "people at the national memorial service in Brenmouth (about 6,000)"),
    ("cathedral_attendance", "part", "memorial_national", "those inside the cathedral (1,100)"),
    ("selles_daughter_age", "other", None, "age of a flight attendant who died (26), optional"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
