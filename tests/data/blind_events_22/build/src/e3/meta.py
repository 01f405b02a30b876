#!/usr/bin/env python3
"""Hand-kept quantity table for event e3 (Greywillow festival heatwave and stage collapse); writes meta.json."""
import json
import os

FOLDER = "greywillow_festival"
EVENT = ("Greywillow open-air music festival on Harlow Fields near Penmarrow, Cassilia, Friday 13 - Sunday 15 July "
         "2046 (fictional), hit by a record heatwave and by the collapse of the Meadow Stage roof in a "
         "thunderstorm on Saturday evening: attendance by day against the licensed capacity, rival attendance "
         "estimates, medical treatments and hospital transfers as running counts with their parts, deaths, "
         "arrests, temperatures, water points, ticket prices and refunds, local economic impact and clean-up, "
         "reported 14-22 July 2046")
NOTES = (
    "Running counts reported anew are one quantity each: people treated by medics (more than 900 -> 1,460 -> "
    "1.720 -> 1,834), of them for heat illness (more than 1,100 -> about 1.290 -> 1,380), hospital transfers "
    "(Thirty-eight -> Sixty-one -> 70 -> Seventy-four), the injured in the collapse (at least 40 -> "
    "Forty-seven / 47 -> 53), the seriously injured of the collapse (three with serious injuries -> FOUR "
    "'fighting for their lives' -> four in serious condition; read as one running count although the tabloid's "
    "words suggest critical condition), deaths (one -> 1 -> two -> two dead: the second, a heatstroke victim, "
    "died on Tuesday), arrests (31 -> 44 -> 49 -> 52), the weekend refund (EUR 95 raised to EUR 120) and the "
    "refund bill (about 6,4 million -> EUR 7.1 million, a revision). Rival estimates of one amount are one "
    "quantity: Saturday's attendance (organisers 64,500; police more than / over / at least 75,000 and "
    "'75,000+'; the university drone survey's about 72,000); the festival's value to the region (Wildacre's "
    "EUR 34 million, the council's EUR 21 million); the wind gust (wire 'up to 78 km/h', tabloid 'nearly "
    "80km/h', measured 78). Saturday's temperature 38.4 is also printed as '38C' (tabloid headline) and '38 "
    "degrees' (local paper quote), rounded, value as printed, bound '='. Different quantities: attendance by "
    "day (Friday 58,000, Saturday, Sunday 49,000) are parts of the organisers' three-day total (171,500); last "
    "year's 162,000 and 870 treated and 61 arrests are tied to 2045; the licensed capacity 65,000 a day vs the "
    "proposed 50,000 vs Saturday's crowd; the roof's wind rating 90 km/h vs the clearance threshold 65 km/h vs "
    "the gust; the 40 planned water points and the 25 added are parts of the final 65; the heat plan's assumed "
    "32 degrees, Seldavia's 30-degree threshold, Sunday's 36,6 and the county's 2031 record 37.1 are each their "
    "own; '10.000 more' (police count minus the licence) and 'roughly 11 per cent' over the limit are their own "
    "quantities; the crowd of about 6,000 in front of the Meadow Stage is part of Saturday's attendance, as are "
    "the gatecrashers (about 3,000; 'up to 3,000'). Parts: heat cases, the collapse injured and hospital "
    "transfers inside those treated; the collapse's hospital cases and seriously injured and the Seldavian "
    "injured (one serious, five light) inside the collapse injured; still in hospital (nine, two critical) "
    "inside hospital transfers; drug, theft and suspected-dealer arrests inside arrests. The four missing "
    "ballast weights are a count of their own, the 12 in place and 16 required stated separately ('12 of the' "
    "/ '16 ballast weights'). 'one for every 1,600' and 'one free tap for every 500' are rates (people per "
    "water point); 'one' there is the unit, not a figure. Optional: ages (44, '44-year-old', '44 years', 23, "
    "19, 27, 61, 20), look-backs ('one day after', 'A week after', 'the first two days' of treatments) and "
    "the vague 'about a THIRD' and 'roughly a third'. Not figures: dates ('July 14', '14 July', 'August 2'), "
    "years (1999, 2031, 2032), clock time 19:40, the road name A19, ordinals ('second-largest', 'fourth "
    "song', 'first priority', 'first time'), 'SECONDS', 'THOUSANDS', 'hundreds', 'dozens', 'the thousands who "
    "paid', 'within a day', 'one side', 'Not everyone'.")
Q = [
    ["deaths", "count", None, "Deaths linked to the festival (running: the rigger, then a heatstroke victim)"],
    ["treated", "total", None, "Festival-goers treated by medics over the weekend (running count)"],
    ["treated_heat", "part", "treated", "Of those treated, heat-related cases (running count)"],
    ["treated_window", "other", None, "Window of the tabloid's treatment count ('the first two days')"],
    ["treated_2045", "count", None, "People treated at last year's festival"],
    ["treated_ratio_2045", "other", None, "Ratio of this year's treatments to last year's ('more than double')"],
    ["hospital_transfers", "part", "treated", "Festival-goers taken to hospital (running count)"],
    ["still_in_hospital", "part", "hospital_transfers", "Festival-goers still in hospital on Tuesday"],
    ["still_critical", "part", "still_in_hospital", "Of those, in a critical condition"],
    ["collapse_injured", "part", "treated", "People injured in the stage collapse (running count)"],
    ["collapse_hospital", "part", "collapse_injured", "Collapse injured taken to hospital (first evening)"],
    ["collapse_serious", "part", "collapse_injured", "Collapse injured in serious / critical condition (running)"],
    ["seldavian_injured", "part", "collapse_injured", "Seldavian citizens injured in the collapse"],
    ["seldavian_serious", "part", "seldavian_injured", "Seldavian injured with a serious head injury"],
    ["seldavian_light", "part", "seldavian_injured", "Seldavian injured with cuts and bruises"],
    ["meadow_crowd", "part", "att_sat", "People in front of the Meadow Stage when it collapsed"],
    ["att_total", "total", None, "Festival visits over the three days (organisers)"],
    ["att_fri", "part", "att_total", "Attendance on Friday (organisers)"],
    ["att_sat", "part", "att_total", "Attendance on Saturday (organisers 64,500; police at least 75,000; drone survey about 72,000)"],
    ["att_sun", "part", "att_total", "Attendance on Sunday (organisers)"],
    ["gatecrashers", "part", "att_sat", "People who broke through the perimeter fence on Saturday (police)"],
    ["att_sat_excess", "other", None, "Police count minus the licensed capacity ('10.000 more')"],
    ["att_sat_over_share", "other", None, "Drone-survey peak above the licensed limit, per cent"],
    ["att_2045", "count", None, "Attendance over three days at last year's festival"],
    ["capacity", "population", None, "Licensed daily capacity of the festival"],
    ["capacity_proposed", "other", None, "Possible reduced capacity considered by the licensing committee"],
    ["festival_days", "other", None, "Duration of the festival in days"],
    ["stages", "population", None, "Stages at the festival"],
    ["stage_height", "other", None, "Height of the Meadow Stage roof"],
    ["kaltfront_minutes", "other", None, "Time Kaltfront had been on stage before the collapse"],
    ["kaltfront_concerts_cancelled", "count", None, "Remaining tour concerts Kaltfront cancelled"],
    ["acts_cancelled", "count", None, "Sunday acts cancelled after the collapse"],
    ["wind_gust", "other", None, "Wind gust speed at the site when the roof collapsed"],
    ["stage_wind_rating", "other", None, "Wind speed the roof was certified to withstand"],
    ["clearance_threshold", "other", None, "Wind speed at which the procedure required the roof to be cleared"],
    ["ballast_required", "population", None, "Ballast weights required by the stage design"],
    ["ballast_in_place", "count", None, "Ballast weights actually in place"],
    ["ballast_missing", "count", None, "Ballast weights missing"],
    ["warning_lead", "other", None, "How long before the collapse the storm warning was issued"],
    ["quill_age", "other", None, "Age of the rigger Tomas Quill who died"],
    ["quill_children", "population", None, "Children of Tomas Quill ('dad-of-two')"],
    ["everby_age", "other", None, "Age of witness Jonas Everby"],
    ["rusk_age", "other", None, "Age of witness Amy Rusk"],
    ["ostrow_age", "other", None, "Age of festival-goer Liam Ostrow"],
    ["heat_victim_age", "other", None, "Age of the heatstroke victim who died on Tuesday"],
    ["seldavian_student_age", "other", None, "Age of the seriously injured Seldavian student"],
    ["dunmore_children", "population", None, "Rachel Dunmore's teenage children camping at the site"],
    ["days_since_collapse", "other", None, "Look-back ('one day after' the collapse)"],
    ["days_since_end", "other", None, "Look-back ('A week after' the festival ended)"],
    ["temp_sat", "other", None, "Maximum temperature on Saturday 14 July (38.4, county record; rounded 38)"],
    ["temp_sun", "other", None, "Maximum temperature on Sunday 15 July in Penmarrow"],
    ["temp_record_2031", "other", None, "Previous Corrowdale record temperature (2031)"],
    ["heat_plan_max", "other", None, "Maximum temperature assumed by the festival's heat plan"],
    ["heatwave_days", "other", None, "Duration of the national heatwave"],
    ["excess_deaths", "count", None, "Estimated excess deaths across Cassilia during the heatwave"],
    ["june_temp_gap", "other", None, "How much lower Corrowdale's average June maximum is"],
    ["water_points", "total", None, "Water points at the end of the festival"],
    ["water_points_planned", "part", "water_points", "Water points originally planned"],
    ["water_points_added", "part", "water_points", "Water points added after Friday's complaints"],
    ["water_ratio_planned", "other", None, "Licensed visitors per planned water point"],
    ["water_price", "other", None, "Price of a bottle of water on site"],
    ["bottle_size", "other", None, "Size of the bottle of water (litres)"],
    ["water_queue", "other", None, "Waiting time at the free taps ('up to 45 MINUTES')"],
    ["water_free_litres", "other", None, "Free water handed out on Saturday and Sunday"],
    ["seldavia_rule_size", "other", None, "Festival size above which Seldavia's heat rules apply"],
    ["seldavia_rule_ratio", "other", None, "Visitors per free tap required in Seldavia"],
    ["seldavia_shade_share", "other", None, "Minimum share of the crowd for which Seldavia requires shade"],
    ["seldavia_heat_threshold", "other", None, "Temperature above which Seldavia's heat rules apply"],
    ["arrests", "total", None, "Arrests at the festival (running count)"],
    ["arrests_dealers", "part", "arrests", "Suspected drug dealers among those arrested"],
    ["arrests_drugs", "part", "arrests", "Arrests for drug offences (final)"],
    ["arrests_theft", "part", "arrests", "Arrests for thefts from tents (final)"],
    ["arrests_2045", "count", None, "Arrests at last year's festival"],
    ["ticket_weekend", "other", None, "Price of a weekend ticket"],
    ["ticket_day", "other", None, "Price of a day ticket"],
    ["seldavia_ticket", "other", None, "Weekend ticket price at comparable Seldavian festivals"],
    ["tickets_weekend_sold", "population", None, "Weekend tickets sold"],
    ["tickets_sunday_sold", "population", None, "Sunday day tickets sold"],
    ["ticket_revenue", "other", None, "Wildacre's ticket revenue this year"],
    ["refund_weekend", "other", None, "Refund per weekend ticket (EUR 95 first, raised to EUR 120)"],
    ["refund_share", "other", None, "Refund as a share of the weekend ticket price ('about a THIRD', vague)"],
    ["refund_total", "other", None, "Total cost of refunds to the organiser (about 6.4m, revised to 7.1m)"],
    ["petition_signatures", "count", None, "Signatures on the refund petition"],
    ["max_fine", "other", None, "Likely maximum fine if the inspectorate finds a breach"],
    ["econ_impact", "other", None, "Festival's yearly value to the region (Wildacre EUR 34m; council study EUR 21m)"],
    ["econ_impact_gap", "other", None, "Difference between the two economic-impact estimates"],
    ["hotel_occupancy", "other", None, "Hotel occupancy in Penmarrow over the weekend"],
    ["seasonal_jobs", "count", None, "Seasonal workers employed by the festival"],
    ["seasonal_local_share", "other", None, "Share of seasonal workers who are local (vague)"],
    ["complaints", "count", None, "Complaints received by the council"],
    ["gridlock_hours", "other", None, "Hours the ring road was gridlocked on Friday"],
    ["shuttle_buses", "count", None, "Shuttle buses run for the festival"],
    ["pop_penmarrow", "population", None, "Residents of Penmarrow"],
    ["volunteers", "count", None, "Volunteers who joined the clean-up"],
    ["rubbish", "other", None, "Rubbish collected after this year's festival"],
    ["rubbish_2045", "other", None, "Rubbish collected after last year's festival"],
    ["tents_abandoned", "count", None, "Abandoned tents collected"],
    ["brightwell_tents", "count", None, "Tents found in farmer Brightwell's field"],
    ["cleanup_days", "other", None, "Expected duration of the clean-up"],
    ["cleanup_cost", "other", None, "Cost of the clean-up"],
    ["varley_shifts", "count", None, "Shifts worked in a row by paramedic Sunita Varley"],
    ["shift_length", "other", None, "Length of each of Varley's shifts"],
    ["seldavian_visitors", "count", None, "Seldavians who travelled to the festival (consulate)"],
    ["special_trains", "count", None, "Special trains that took Seldavians home"],
    ["seldavian_buses", "count", None, "Buses that took Seldavians home"],
    ["hospital_extra_staff", "count", None, "Extra doctors and nurses called in by Penmarrow County Clinic on Saturday night"],
    ["border_distance", "other", None, "Distance from Penmarrow to the Seldavian border"],
]
here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json: {len(Q)} quantities")
