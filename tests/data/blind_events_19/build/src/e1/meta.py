#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event e1; writes meta.json beside it."""
import json
import os

FOLDER = "korvast_pension_march"
EVENT = ("Mass march against the pension reform in Korvast, Vellandia, on Saturday 19 March 2039, called by "
         "the Joint Union Front, with coordinated marches elsewhere in the country: crowd estimates by the "
         "police, the organisers and an aerial counting firm, arrests and injuries as running counts, damage "
         "on Vesper Street, transport, the reform's figures, polls and parliament's arithmetic, an earlier "
         "march on 5 February and the 2031 fuel-tax march, reported 19-26 March 2039 (fictional)")

Q = [
    # crowds
    ["crowd_korvast", "part", "crowd_national", "people who marched in Korvast on 19 March (police 78,000 -> 86,000; organisers 250,000 -> more than 300,000; Headcount Lab 131,000, i.e. 115,000-147,000)"],
    ["crowd_national", "total", None, "people who marched across Vellandia on 19 March, capital included (interior ministry 214,000 -> 231,000; organisers more than one million -> 1.1 -> 1.2 million)"],
    ["crowd_lisvard", "part", "crowd_national", "people who marched in Lisvard, the second city, on 19 March (police 18,000; organisers 55,000)"],
    ["ammerian_marchers", "part", "crowd_korvast", "Ammerian trade unionists among the marchers in Korvast"],
    ["coach_marchers", "part", "crowd_korvast", "marchers brought to Korvast by coach (organisers' claim)"],
    ["crowd_ratio", "other", None, "ratio of the organisers' to the police's crowd figure for Korvast on 19 March"],
    ["crowd_feb", "count", None, "people who marched in Korvast on 5 February 2039, the first march against the reform (police 52,000; organisers 180,000; Headcount Lab 71,000)"],
    ["crowd_2031", "count", None, "people at the 2031 fuel-tax march (police 140,000; organisers 400,000)"],
    ["towns_other", "count", None, "towns and cities other than Korvast with marches on 19 March"],
    ["towns_total", "count", None, "towns and cities with marches on 19 March, Korvast included"],
    ["share_of_city", "other", None, "marchers as a share of Korvast's population ('one in eight', vague)"],
    # counting method
    ["aerial_images", "count", None, "aerial photographs used by Headcount Lab"],
    ["count_margin", "other", None, "Headcount Lab's margin of error (per cent either way)"],
    ["peak_density", "other", None, "peak crowd density measured by Headcount Lab"],
    ["occupied_area", "other", None, "area occupied by the march (Headcount Lab)"],
    ["police_count_points", "other", None, "points on the route where police counted marchers"],
    ["count_sample_time", "other", None, "minutes of counting in each half hour (police method)"],
    ["count_interval", "other", None, "the half-hour interval of the police sample (defines the measure)"],
    # route and timing
    ["route_length", "other", None, "length of the march route from Almsgate Station to Concord Square (4.6 km = nearly three miles)"],
    ["head_duration", "other", None, "time the head of the march took to reach Concord Square"],
    ["tail_duration", "other", None, "time between the first marchers leaving and the last arriving"],
    # transport
    ["coaches", "total", None, "coaches that brought marchers to Korvast (540 -> more than 500 -> more than 600)"],
    ["ammerian_coaches", "part", "coaches", "coaches from Ammeria"],
    ["extra_trains", "count", None, "extra trains run by VNR on 19 March"],
    ["train_passengers", "count", None, "passengers carried into Korvast by the extra trains"],
    ["coach_park_capacity", "population", None, "coach places at the Eastfield coach park"],
    ["metro_closed", "count", None, "metro stations closed on 19 March"],
    ["metro_closure_time", "other", None, "hours the metro stations were closed"],
    ["journeys_lost", "count", None, "metro journeys that could not be made (transit authority estimate)"],
    ["coach_passengers_tessel", "count", None, "people on Bram Tessel's coach"],
    ["coach_trip_time", "other", None, "Tessel's coach journey time each way"],
    # disorder
    ["arrests", "total", None, "people arrested in connection with the march (17 -> 34 -> 41 -> 44 -> 46)"],
    ["charged", "part", "arrests", "arrested people who were charged (15 -> 21 -> 23)"],
    ["minors_arrested", "part", "arrests", "arrested people under 18"],
    ["police_injured", "total", None, "police officers injured (11 -> 14)"],
    ["police_hospital", "part", "police_injured", "injured officers taken to hospital"],
    ["police_broken_arm", "part", "police_injured", "officer with a broken arm"],
    ["police_off_duty", "part", "police_injured", "injured officers still off duty on 22 March"],
    ["protesters_treated", "total", None, "marchers treated by the union medics (about 60 -> more than 70)"],
    ["protesters_hospital", "part", "protesters_treated", "marchers taken to hospital (9 -> 11)"],
    ["protesters_serious", "part", "protesters_hospital", "marcher in a serious condition (the student Piet Varo)"],
    ["varo_operations", "count", None, "operations Piet Varo had undergone"],
    ["police_deployed", "count", None, "police officers on duty in Korvast on 19 March"],
    ["water_cannon_uses", "count", None, "times water cannon were used"],
    ["cameras", "count", None, "cameras whose footage detectives are studying"],
    ["windows", "total", None, "shop windows smashed (at least 23 -> 31)"],
    ["salby_windows", "part", "windows", "windows of Hendrik Salby's shoe shop smashed"],
    ["cars_burned", "count", None, "cars burned (7 -> 9)"],
    ["vans_towed", "count", None, "burned-out delivery vans towed away on Saturday night"],
    ["bus_shelters", "count", None, "bus shelters wrecked"],
    ["damaged_stretch", "other", None, "length of the stretch of Vesper Street with torn-up paving"],
    ["damage_cost", "total", None, "cost of the damage to the city (council: EUR 1.4m, revised to EUR 1.9m)"],
    ["cleanup_cost", "part", "damage_cost", "street cleaning and overtime within the city's damage bill"],
    ["lost_trade", "other", None, "trade lost by Vesper Street shops over the weekend (traders' association)"],
    ["vesper_shops", "population", None, "shops on Vesper Street and the lanes around it"],
    ["shops_closed", "count", None, "shops that closed by mid-afternoon on 19 March"],
    ["marran_damage", "other", None, "damage to Ivo Marran's jewellery shop"],
    ["salby_cost", "other", None, "cost of Salby's replacement windows"],
    # reform, economics, politics
    ["ret_age_now", "other", None, "current retirement age (an age: optional)"],
    ["ret_age_new", "other", None, "retirement age under the reform (an age: optional)"],
    ["ret_age_rise", "other", None, "rise in the retirement age, in years"],
    ["contrib_now", "other", None, "contribution years now needed for a full pension"],
    ["contrib_new", "other", None, "contribution years needed for a full pension under the reform"],
    ["savings", "other", None, "yearly saving from the reform by 2045 (finance ministry EUR 11bn; Budget Oversight Office about EUR 7.5bn)"],
    ["pension_deficit", "other", None, "state pension fund deficit last year"],
    ["avg_pension", "other", None, "average Vellandian pension per month"],
    ["pensioners", "population", None, "pensioners in Vellandia"],
    ["poll_january", "other", None, "share opposed to the reform, Arnsby Institute poll in January"],
    ["poll_march", "other", None, "share opposed to the reform, Arnsby Institute poll published the Thursday before the march"],
    ["poll_after", "other", None, "share opposed to the reform, Arnsby Institute poll after the march"],
    ["coalition_seats", "population", None, "seats held by Sallow's coalition"],
    ["parliament_seats", "population", None, "seats in parliament"],
    ["majority_threshold", "other", None, "votes needed to pass the bill"],
    ["rebels", "count", None, "coalition deputies said to be wavering"],
    ["front_unions", "population", None, "member unions of the Joint Union Front"],
    ["front_members", "population", None, "workers represented by the Front's unions"],
    ["front_share_workforce", "other", None, "the Front's members as a share of the workforce (vague)"],
    ["korvast_pop", "population", None, "population of Korvast"],
    ["vellandia_pop", "population", None, "population of Vellandia"],
    # Ammeria
    ["ammerian_commuters", "population", None, "Ammerians working in Vellandia"],
    ["ammerian_commuters_over55", "population", None, "Ammerian cross-border workers older than 55"],
    ["ammerian_firms", "population", None, "Ammerian chamber members with operations in Vellandia"],
    ["ammeria_ret_age", "other", None, "Ammeria's retirement age (an age: optional)"],
    # strike
    ["strike_bus_cancelled", "other", None, "share of Korvast bus services expected to be cancelled in the general strike"],
    ["strike_trains_running", "other", None, "share of cross-border trains to run on the strike day (vague)"],
    ["strike_teachers", "other", None, "share of teachers expected to strike (vague)"],
    # people, ages, windows of time (optional)
    ["vallin_children", "population", None, "Greta Vallin's children"],
    ["shopper_children", "population", None, "a stranded shopper's children"],
    ["age_vallin", "other", None, "age of Greta Vallin"],
    ["age_vallin_start", "other", None, "age at which Vallin started work"],
    ["vallin_years", "other", None, "Vallin's years of work"],
    ["age_tessel", "other", None, "age of Bram Tessel"],
    ["age_marran", "other", None, "age of Ivo Marran"],
    ["marran_years", "other", None, "Marran's years on Vesper Street"],
    ["age_varo", "other", None, "age of Piet Varo"],
    ["age_threshold_18", "other", None, "age under which an arrested person is a minor"],
    ["age_threshold_55", "other", None, "age threshold of the transition rules"],
    ["house_number", "other", None, "Salby's shop's street number"],
    ["lookback_2031", "other", None, "years since the 2031 march"],
    ["lookback_feb", "other", None, "weeks since the February march"],
    ["lookback_ammeria", "other", None, "years since Ammeria's reform"],
    ["window_2days", "other", None, "days since the march (translated copy)"],
    ["window_3days", "other", None, "days since the march (local piece)"],
    ["window_week", "other", None, "a week since the march (broadsheet)"],
]

NOTES = (
    "Crowd: every estimate of the Korvast crowd on 19 March is one quantity (crowd_korvast), whoever made it and "
    "whenever it was revised: the police's 78,000 and 86,000, the organisers' 250,000 (also 'QUARTER OF A "
    "MILLION', 'a quarter of a million people', 'Unions' count: 250,000') and 'more than 300,000', Headcount "
    "Lab's 131,000 and its stated margin 'somewhere between 115,000 and 147,000' (a range of the same amount). "
    "The nationwide figures (interior ministry 214,000 -> 231,000; organisers 'more than one million', '1.1 "
    "MILLION', '1,2 million') are a different, larger quantity that includes the capital; Korvast and Lisvard "
    "are parts of it. The organisers' figure for the earlier march on 5 February (180,000), the police's "
    "52,000 and Headcount Lab's 71,000 for that day are one quantity (crowd_feb), distinct from 19 March; the "
    "2031 fuel-tax march is another. The tabloid's 'MORE THAN THREE TIMES' and the broadsheet's 'roughly three "
    "and a half times' are one quantity (the gap between the organisers' and police figures), although each "
    "compares a different pair of revisions. '46 other towns and cities' (wire) and the tabloid's 'Towns "
    "marching: 47' are different quantities: one excludes the capital, the other includes it. A government "
    "source's sarcastic 'get a quarter of a million' is optional. 'one in eight' (of Korvast's people) and "
    "'roughly a third' (of the workforce) are vague shares, optional with nominal values. The head of the "
    "march reaching the square after about three hours and the last marchers arriving more than six hours "
    "after the first set off are different durations. Coach marchers ('at least 25,000', organisers' claim) "
    "and the Ammerian marchers are parts of the Korvast crowd; the 40,000 passengers of the extra trains are "
    "not marked as a part because not all of them need have marched. Coaches: 540, 'more than 500' and 'more "
    "than 600' are one quantity (a running tally); the 35 Ammerian coaches are a part; the 400 places of the "
    "coach park are a capacity. Arrests (17 -> 34 -> 41 -> 44 -> 46), charges (15 -> 21 -> 23), injured "
    "officers (11 -> 14), marchers treated by medics (about 60 -> more than 70) and marchers in hospital (9 "
    "-> 11) are running counts, each one quantity; the hospitalised are a part of those treated. Shop windows "
    "'At least 23' (fire service, Saturday) and 31 (council count) are one quantity, as are cars burned 7 -> "
    "9; the two burned-out vans towed away are a separate count. The council's damage bill EUR 1.4m revised "
    "to EUR 1.9m is one quantity (both values appear in the broadsheet); street cleaning (EUR 420,000) is a "
    "part; the traders' lost trade (EUR 6m) and the jeweller's EUR 40,000 are different amounts. The reform: "
    "retirement ages 63, 66 and Ammeria's 65 are ages and optional; the three-year rise ('THREE YEARS', "
    "'three more years', 'Extra years of work: 3', 'three-year') is a non-optional policy amount; contribution "
    "years 41 and 43 are policy parameters, not ages, and are scored. The yearly saving by 2045 is one quantity "
    "estimated by the finance ministry (EUR 11bn, '11 milliard euros') and the Budget Oversight Office (about EUR "
    "7.5bn). The three Arnsby polls (January 58, the week before the march 64, after the march 67) measure "
    "opposition at different times and are three quantities. The route is 4.6 km in the wire, "
    "translated and broadsheet copy and 'nearly THREE MILES' in the tabloid (one quantity, value as printed). "
    "Seats: the coalition's 178 and parliament's 320 are standing populations; 161 is the threshold to pass the "
    "bill. Vague words ('tens of thousands', 'thousands', 'hours to pass') are not figures; 'the two squares' "
    "and 'lose the sight in one eye' are not counts. Dates (February 5, March 31, 6 April) and years (2031, "
    "2033, 2040, 2045) are not figures; Salby's street number 14 is optional. Look-backs ('in eight years', "
    "'Six weeks ago', 'six years ago', 'Two days after', 'three days after', 'A week after') are optional, as "
    "are ages, Vallin's 28 years of work and Marran's thirty years on the street. The 'half hour' of the "
    "police's sampling interval defines the measure and is optional; the ten minutes counted in it is scored."
)

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
