#!/usr/bin/env python3
"""Hand-kept quantity table of event 1; writes meta.json beside it."""
import json
import os

FOLDER = "keswald_stadium_crush"
EVENT = ("Crowd crush in Millrace Lane outside the east gates of the Keswald Stadium, Ostrevel, Velmaria "
         "(fictional), before a concert by the singer Dessa Moray on Saturday 12 July 2053 (crush at about 6.20pm "
         "after the gates opened 95 minutes late); reported 13 July - 28 August 2053")
NOTES = (
    "The death toll is one running quantity (11 -> 14 -> 16 -> 17 -> 17 final); its sub-counts (the children, "
    "the Quessanians, the Ostrevel residents and, within those, the two pupils) are parts. The injured are one "
    "running quantity (at least 140 -> more than 200 -> 214 -> 237 -> 246): the inquiry's 246 counts people treated at "
    "the scene as well, but it is the same count of people hurt in the crush, made more complete. Those taken to "
    "hospital (87 -> 93, cumulative) are a part of the injured; those still in hospital on a given day (41 -> 29 -> "
    "18 -> 4) are a running level and a part of those taken to hospital; those in a critical condition or intensive "
    "care (23 -> 19 -> 12 -> 9) are a part of those still in hospital. The people inside the stadium is one quantity "
    "with rival estimates: the police's about 66,000 (and the tabloid's fact-box 66,000, the translated copy's '66.000 "
    "visitors' used as a basis), the promoter's 'no more than 60,000' / 'less than 60.000' / 'fewer than 60,000', the "
    "police's corrected 64,000-66,000 and the inquiry's 64,870. The fake tickets are one quantity with the police's "
    "'about 3,000' used and the inquiry's 2,140 scanned and accepted, because the broadsheet sets them side by side as "
    "rival figures. The stewards on duty are one quantity with Crestline's about 400, the union's fewer than 300 and "
    "the inquiry's 312; the 450 in the safety plan is a separate quantity (plan against realised), and the 88 bar "
    "staff Crestline counted, the 22 stewards at the east gates and the about 650 the Quessanian rule would have needed "
    "are their own. The gate delay is one quantity in three units (more than an hour, 90 minutes, 95 minutes, an hour "
    "and a half). The crowd waiting at the east gates (some 20,000) is one quantity, including a resident's '20,000 "
    "people' in a quotation, which is about the same queue. The tabloid's 'up to 185 ducats' and the translated copy's "
    "range 'between 95 and 185 ducats' (and its euro conversion) are one quantity, the ticket prices; 'up to' is kept "
    "in the quote with '<=' because it bounds what fans paid rather than stating a rule. The 2031 crush (nine dead, "
    "about 120 injured, a capacity of 70,000) and the 2046 Harrowfeld crush (four dead, about 70 injured) are earlier "
    "events with quantities of their own. The steward rules (one for every 100 visitors in Quessany, one for every 250 "
    "in Velmaria) and the computed one for every 165 on the night are three quantities. Ages, a father's two children, "
    "a resident's 43 years in the lane and the look-backs 'Five days' and 'Seven weeks' are optional. Not figures: "
    "dates and years, times of day ('6.20pm', '9.40pm', '6.40pm', 'two o'clock', 'At nine a police officer'), ordinals "
    "('the second Quessanian victim', 'first hearing', 'first call', 'a second access road'), and vague words ('tens of "
    "thousands', 'several more', 'dozens of people')."
)
# id, role, part_of, description
Q = [
    ["dead", "total", None, "people killed in the crush (running count; final 17)"],
    ["dead_minors", "part", "dead", "children (under 18) among the dead"],
    ["dead_quess", "part", "dead", "Quessanian citizens among the dead"],
    ["dead_ostrevel", "part", "dead", "Ostrevel residents among the dead"],
    ["dead_pupils", "part", "dead_ostrevel", "pupils of St Bride's school among the Ostrevel dead"],
    ["injured", "total", None, "people injured in the crush (running count; inquiry's final 246)"],
    ["taken_hospital", "part", "injured", "injured people taken to hospital (cumulative)"],
    ["still_hospital", "part", "taken_hospital", "injured people still in hospital on the day of the article (running level)"],
    ["critical", "part", "still_hospital", "injured in a critical condition / intensive care on the day (running level)"],
    ["injured_quess", "part", "injured", "Quessanians among the injured"],
    ["injured_quess_hosp", "part", "injured_quess", "injured Quessanians still in Velmarian hospitals on 17 July"],
    ["injured_general", "part", "injured", "injured treated at Ostrevel General Hospital"],
    ["crowd_inside", "total", None, "people inside the stadium at the concert (police, promoter and inquiry estimates)"],
    ["entered_without_ticket", "part", "crowd_inside", "people who walked in without a ticket after a side gate was forced"],
    ["over_capacity", "count", None, "people inside above the licensed capacity (inquiry: 3,370)"],
    ["over_capacity_pct", "other", None, "people inside above the licensed capacity, per cent of the capacity (5.5)"],
    ["capacity", "population", None, "licensed concert capacity of the stadium (61,500)"],
    ["capacity_2031", "population", None, "stadium capacity before the rebuilding after the 2031 crush (70,000)"],
    ["tickets_sold", "total", None, "tickets sold for Saturday's concert (59,200)"],
    ["quess_fans", "part", "tickets_sold", "Quessanian fans with tickets who travelled to the concert (about 4,500)"],
    ["tickets_second", "count", None, "tickets sold for the cancelled second show on Sunday (57,800)"],
    ["fake_tickets", "count", None, "counterfeit tickets used at the gates (police about 3,000; inquiry 2,140 scanned and accepted)"],
    ["ticketless", "count", None, "people without tickets around the stadium (police about 8,000; inquiry at least 6,500)"],
    ["queue_before_gates", "count", None, "people waiting at the east gates before they opened (some 20,000)"],
    ["gates_total", "population", None, "entry gates of the stadium (24)"],
    ["gates_open", "total", None, "entry gates open / working when the crowd surged (nine)"],
    ["east_gates", "population", None, "gates at the east end (six)"],
    ["east_gates_open", "part", "gates_open", "east-end gates open (two)"],
    ["gate_delay", "other", None, "delay in opening the gates (more than an hour / 90 / 95 minutes / an hour and a half)"],
    ["crush_duration", "other", None, "duration of the crush (about 15 / 17 minutes)"],
    ["show_duration", "other", None, "time the concert went on before police stopped it (70 minutes)"],
    ["ambulance_delay", "other", None, "time from the first emergency call to the first ambulance at the east gates (22 minutes)"],
    ["commander_delay", "other", None, "time before the police commander learned of the first death (almost two hours)"],
    ["police_before", "count", None, "police officers on duty at the stadium before the crush (160)"],
    ["police_after", "count", None, "police officers sent after the first calls (more than 500)"],
    ["stewards_plan", "other", None, "stewards promised in the safety plan (450)"],
    ["stewards_duty", "total", None, "stewards on duty (Crestline about 400; union fewer than 300; inquiry 312)"],
    ["stewards_east", "part", "stewards_duty", "stewards at the east gates (22)"],
    ["bar_staff", "count", None, "bar and catering staff included in Crestline's steward figure (88)"],
    ["stewards_pct_plan", "other", None, "stewards on duty as a share of the plan (69 per cent)"],
    ["stewards_needed", "other", None, "stewards the Quessanian rule would have required on the night (about 650)"],
    ["stewards_needed_ratio", "other", None, "stewards needed under the Quessanian rule as a multiple of those on duty (more than twice)"],
    ["steward_ratio_quess", "other", None, "Quessanian rule: visitors per steward (one for every 100)"],
    ["steward_ratio_velm", "other", None, "Velmarian rule: visitors per steward (one for every 250)"],
    ["steward_ratio_actual", "other", None, "visitors per steward on the night on the police and Crestline figures (one for every 165)"],
    ["steward_pay", "other", None, "a steward's pay (12 ducats an hour)"],
    ["steward_briefing", "other", None, "length of a steward's briefing (20 minutes)"],
    ["mourning", "other", None, "days of national mourning (three)"],
    ["inquiry_deadline", "other", None, "time within which the inquiry is to report (six months)"],
    ["tour_cancelled", "count", None, "further concerts of Moray's tour cancelled (four)"],
    ["vestrand_tickets", "count", None, "tickets sold for the cancelled Vestrand concert (42,000)"],
    ["dead_2031", "other", None, "people killed in the 2031 crush at the same stadium (nine)"],
    ["injured_2031", "other", None, "people injured in the 2031 crush (about 120)"],
    ["dead_2046", "other", None, "people killed in the 2046 Harrowfeld festival crush in Quessany (four)"],
    ["injured_2046", "other", None, "people injured in the 2046 Harrowfeld crush (about 70)"],
    ["lane_width", "other", None, "width of Millrace Lane (six metres)"],
    ["lane_length", "other", None, "length of Millrace Lane from the tram stop to the gates (about 300 metres)"],
    ["density", "other", None, "crowd density in the lane before the surge (eight or nine; up to nine people per square metre)"],
    ["density_limit", "other", None, "guidance limit for a moving crowd (four people per square metre)"],
    ["density_nomove", "other", None, "density above which people can no longer move (six a square metre)"],
    ["density_ratio", "other", None, "density in the lane as a multiple of the guidance limit (more than twice)"],
    ["oren_hospital_nights", "other", None, "nights a survivor spent in hospital (two)"],
    ["oren_ribs", "other", None, "ribs a survivor broke (three)"],
    ["scanner_age", "other", None, "time the new scanners had been installed before the concert (three weeks)"],
    ["scanners", "population", None, "new ticket scanners at the gates (96)"],
    ["scanners_failed", "count", None, "ticket scanners that failed (41)"],
    ["scanners_failed_pct", "other", None, "share of the scanners that failed (43 per cent)"],
    ["scanner_test", "other", None, "size of the crowd the scanners were tested with (2,000 people)"],
    ["moray_donation", "other", None, "Moray's pledge to the families (500,000 euros, about 2.5 million ducats)"],
    ["ticket_prices", "other", None, "ticket prices (95 to 185 ducats, 19 to 37 euros)"],
    ["refund_saturday", "other", None, "value of the refunds for Saturday's tickets (about 8.3 million ducats, about 1.7 million euros)"],
    ["exchange_rate", "other", None, "exchange rate (five ducats to the euro)"],
    ["fund", "other", None, "government victims' fund (25 million ducats, 5 million euros; raised to 40 million, about 8 million euros)"],
    ["payment_family", "other", None, "payment to each bereaved family (200,000 ducats, 40,000 euros)"],
    ["payment_injured", "other", None, "payment to each person taken to hospital (20,000 ducats)"],
    ["lawsuit_claim", "other", None, "damages sought from Crestline (75 million ducats, 15 million euros)"],
    ["insurance_cover", "other", None, "Crestline's insurance cover (50 million ducats)"],
    ["claimants", "count", None, "claimants suing Crestline (130)"],
    ["claimant_families", "count", None, "bereaved families among the claimants (11)"],
    ["licence_suspension", "other", None, "suspension of Crestline's licence (90 days)"],
    ["east_road_cost", "other", None, "cost of the promised east access road as costed in 2034 (18 million ducats)"],
    ["east_road_cost_now", "other", None, "present cost of the east access road (31 million ducats)"],
    ["road_postponed", "count", None, "times the east road was postponed (five)"],
    ["concert_spending", "other", None, "spending a sold-out Keswald show brings into the city (about 12 million ducats)"],
    ["ticket_levy", "other", None, "the city's levy on each ticket (3 per cent)"],
    ["levy_saturday", "other", None, "the levy on Saturday's tickets (about 250,000 ducats)"],
    ["memorial_length", "other", None, "length of railings covered with flowers (about 50 metres)"],
    ["memorial_service", "count", None, "people at the cathedral-square memorial service (about 6,000)"],
    ["lemmark_vigil", "count", None, "people at the silent march in Lemmark (about 3,000)"],
    ["lemmark_pop", "population", None, "inhabitants of Lemmark (11,000)"],
    ["quess_coaches", "count", None, "coaches that brought Quessanian fans (60)"],
    ["quess_trains", "count", None, "special trains that brought Quessanian fans (three)"],
    ["consular_team", "total", None, "Quessanian crisis team sent to Ostrevel (six people)"],
    ["psychologists", "part", "consular_team", "psychologists in the crisis team (two)"],
    ["ambulances", "count", None, "ambulances deployed (38)"],
    ["rescue_helicopters", "count", None, "rescue helicopters deployed (four)"],
    ["emergency_calls", "count", None, "emergency calls in the hour after the crush (more than 1,100)"],
    ["emergency_calls_normal", "other", None, "emergency calls in an hour on an ordinary Saturday evening (about 90)"],
    ["tram_passengers", "count", None, "people carried to the stadium by tram between noon and 6pm (about 31,000)"],
    ["inquiry_files", "count", None, "photo and video files sent to the inquiry by 17 July (more than 4,000)"],
    ["report_pages", "other", None, "length of the interim report (112 pages)"],
    ["witness_statements", "count", None, "witness statements the interim report rests on (about 1,400)"],
    ["footage_hours", "other", None, "hours of video examined (more than 300)"],
    ["cameras", "count", None, "cameras whose video was examined (86)"],
    ["poll_charges", "other", None, "poll: share who want criminal charges (71 per cent)"],
    ["poll_close", "other", None, "poll: share who want no Keswald concerts until the road is built (58 per cent)"],
    ["age_youngest", "other", None, "age of the youngest victim (optional)"],
    ["age_student", "other", None, "age of a student witness (optional)"],
    ["age_moray", "other", None, "Moray's age (optional)"],
    ["age_adela", "other", None, "age of a victim's mother (optional)"],
    ["age_oren", "other", None, "age of a survivor (optional)"],
    ["age_jonas", "other", None, "age of a steward (optional)"],
    ["age_quess_boy", "other", None, "age of the Quessanian pupil who died (optional)"],
    ["age_quess_father", "other", None, "age of the Quessanian father who died (optional)"],
    ["quess_father_children", "other", None, "children of the Quessanian father who died (optional)"],
    ["age_mother_dead", "other", None, "age of the woman who died on 17 July (optional)"],
    ["age_walter", "other", None, "age of a Millrace Lane resident (optional)"],
    ["walter_years", "other", None, "years a resident has lived in the lane (optional)"],
    ["lookback_days", "other", None, "days since the crush, dating the translated copy (optional)"],
    ["lookback_weeks", "other", None, "weeks since the crush, dating the broadsheet (optional)"],
]

json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
