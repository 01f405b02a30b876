from common import main

EVENT = "Saltmarsh Festival, Everleigh, 9-12 July 2026: attendance, incidents and economic impact (fictional)"
FOLDER = "04_saltmarsh_festival"
NOTES = ("All names are invented. Dates, years and times of day are not figures. Daily attendance figures are parts "
         "of the four-day total (which counts visits, not people); the estimate of individual (unique) visitors is "
         "a different quantity from total visits. The police estimate of Saturday's crowd and the organisers' count "
         "are the same quantity. Medical cases and arrests are running counts (Saturday night vs final). Last year's "
         "attendance, last year's hotel occupancy and last year's complaints are different quantities. Site "
         "capacity, hotel rooms, staff and the town's population are populations. The organisers' and the tourism "
         "board's visitor-spending estimates are the same quantity; the total economic impact including the "
         "multiplier is another. 34C and 93F are separate figures of the same quantity. Ages are optional.")

Q = {
    "attendance_total": ("total festival attendance over four days (visits)", "visits", "total", None),
    "att_thu": ("attendance on Thursday", "visitors", "part", "attendance_total"),
    "att_fri": ("attendance on Friday", "visitors", "part", "attendance_total"),
    "att_sat": ("attendance on Saturday (organisers vs police)", "visitors", "part", "attendance_total"),
    "att_sun": ("attendance on Sunday", "visitors", "part", "attendance_total"),
    "attendance_prev": ("total attendance at the 2025 festival", "visits", "count", None),
    "attendance_change": ("rise in total attendance on 2025", "percent", "other", None),
    "unique_visitors": ("individual people who attended (tourism board estimate)", "people", "count", None),
    "visitors_home_country": ("visitors from the translating outlet's country", "people", "count", None),
    "festival_days": ("length of the festival", "days", "other", None),
    "capacity": ("licensed daily capacity of the site", "people", "population", None),
    "capacity_share": ("Saturday crowd as a share of capacity", "percent", "other", None),
    "pop_town": ("residents of Everleigh", "people", "population", None),
    "crush_injured": ("people injured in Saturday night's crowd crush", "people", "total", None),
    "crush_serious": ("crush victims seriously injured", "people", "part", "crush_injured"),
    "medical_cases": ("people treated by festival medical teams (running count)", "people", "total", None),
    "hospitalised": ("people taken to hospital from the festival", "people", "part", "medical_cases"),
    "heat_cases": ("people treated for heat exhaustion on Saturday", "people", "part", "medical_cases"),
    "temp_max": ("maximum temperature on Saturday", "degrees C", "other", None),
    "arrests": ("arrests at the festival (running count)", "arrests", "total", None),
    "arrests_drugs": ("arrests for drug offences", "arrests", "part", "arrests"),
    "spending": ("visitor spending in the region (organisers' study vs tourism board)", "EUR", "other", None),
    "spend_per_visit": ("average spending per visit in the organisers' study", "EUR", "other", None),
    "multiplier": ("economic multiplier used for total impact", "ratio", "other", None),
    "economic_impact": ("total economic impact including indirect effects", "EUR", "other", None),
    "local_share": ("share of attendees living near Everleigh", "percent", "other", None),
    "local_radius": ("radius defining local attendees", "km", "other", None),
    "subsidy": ("public subsidy from council and region", "EUR", "other", None),
    "police_cost": ("cost of policing the festival", "EUR", "other", None),
    "hotel_occupancy": ("hotel occupancy in Everleigh during the festival", "percent", "other", None),
    "hotel_occupancy_prev": ("hotel occupancy on the same weekend in 2025", "percent", "other", None),
    "hotel_rooms": ("hotel rooms in the Everleigh area", "rooms", "population", None),
    "room_rate": ("average room rate during the festival", "EUR", "other", None),
    "room_rate_normal": ("usual average room rate", "EUR", "other", None),
    "acts": ("acts on the bill", "acts", "count", None),
    "stages": ("stages at the festival", "stages", "count", None),
    "ticket_weekend": ("price of a weekend ticket", "EUR", "other", None),
    "staff": ("staff and volunteers working the festival", "people", "population", None),
    "shuttle_trips": ("shuttle-bus trips run", "trips", "count", None),
    "extra_trains": ("extra trains laid on", "trains", "count", None),
    "complaints": ("complaints to the council this year", "complaints", "count", None),
    "complaints_prev": ("complaints to the council last year", "complaints", "count", None),
    "waste": ("rubbish collected from the site", "tonnes", "other", None),
    "recycled_share": ("share of rubbish recycled", "percent", "other", None),
    "shops_higher": ("share of High Street shops reporting higher takings", "percent", "other", None),
    "water": ("free drinking water handed out", "litres", "other", None),
    "age": ("ages of people", "years", "other", None),
}

A1 = """
Saltmarsh Festival draws record [[236,000 visits|attendance_total|236000]]; [[crush injures 14|crush_injured|14]]
By Oskar Linde | Continental Press | 13 July 2026

EVERLEIGH, July 13 (CP) - The Saltmarsh Festival drew a record [[236,000 visitors|attendance_total|236000]] over [[four days|festival_days|4]], organisers said on Monday, [[up 11.8 percent|attendance_change|11.8]] from [[211,000|attendance_prev|211000]] last year, despite a crowd crush on Saturday night that injured [[14 people|crush_injured|14]].

Saturday's attendance of [[72,000|att_sat|72000]] was the largest single-day crowd since the festival began in 1999. Organisers counted [[41,000 on Thursday|att_thu|41000]], [[58,500 on Friday|att_fri|58500]] and [[64,500 on Sunday|att_sun|64500]]. Police estimated Saturday's crowd at [[about 68,000|att_sat|68000|~]]. The site is licensed for [[75,000 people a day|capacity|75000]].

[[Three of the injured|crush_serious|3]] were seriously hurt when fans surged towards the main stage during the headline set, the regional ambulance service said.

Medical teams treated [[1,240 people|medical_cases|1240]] over the weekend, many for heat exhaustion as temperatures reached [[34C|temp_max|34]] on Saturday, and [[38|hospitalised|38]] were taken to hospital. Police made [[27 arrests|arrests|27]], [[19 of them|arrests_drugs|19]] for drug offences.

A study commissioned by the organisers estimates that visitors spent [[48 million euros|spending|48000000]] in the region. Hotel occupancy in Everleigh reached [[96 percent|hotel_occupancy|96]], against [[71 percent|hotel_occupancy_prev|71]] on the same weekend a year earlier, the Wendmoor tourism board said.

[[About 180 acts|acts|180|~]] played on [[nine stages|stages|9]]. Weekend tickets cost [[289 euros|ticket_weekend|289]].
"""

A2 = """
FESTIVAL CRUSH HORROR: [[14 HURT|crush_injured|14]] AS [[72,000 PACK SALTMARSH|att_sat|72000]] IN [[34C|temp_max|34]] HEATWAVE
By Shaz Dunmore | The Daily Klaxon | 12 July 2026

[[FOURTEEN revellers|crush_injured|14]] were injured in a terrifying crush at the Saltmarsh Festival last night as a [[record crowd of 72,000|att_sat|72000]] packed in for the headliners.

[[Three were rushed to hospital|crush_serious|3]] with serious injuries after fans surged towards the barriers in front of the main stage.

Student [[Jade Oduya, 19|age|19|=|opt]], said: "I couldn't breathe. People were screaming and climbing over each other."

Medics had already treated a staggering [[830 people|medical_cases|830]] by last night - including [[410|heat_cases|410]] for heat exhaustion as the mercury hit a sweltering [[93F|temp_max|93|=|u=F]].

Cops have made [[21 arrests|arrests|21]] so far.

Fans paid [[up to €289|ticket_weekend|289|<=]] for a ticket - and hotel rooms were going for an eye-watering [[€214 a night|room_rate|214]], compared with the usual [[€131|room_rate_normal|131]].

Organisers insisted the site was within its [[75,000|capacity|75000]] limit. Festival boss Ronan Tiller said last year's event drew [[211,000|attendance_prev|211000]] and this year was "on course to smash it".
"""

A3 = """
[[48 million|spending|48000000]] or [[31 million|spending|31000000]]? Counting the Saltmarsh windfall
By Elspeth Varga | The Wendmoor Review | 20 July 2026

Every summer the Saltmarsh Festival's organisers publish a number, and every summer it is bigger. This year's, from a study by the consultancy Fenwick & Hale, is [[48 million euros|spending|48000000]] of visitor spending in the region. The Wendmoor tourism board, using the same survey data, arrives at [[31 million euros|spending|31000000]]. Both cannot be right, and the difference says a lot about how event impact is measured.

The organisers' study starts from attendance: [[236,000 visits|attendance_total|236000]] over [[four days|festival_days|4]], each multiplied by an average spend of [[203 euros|spend_per_visit|203]]. But a visit is not a visitor. Someone with a weekend ticket is counted on every day they come through the gates, and the tourism board estimates that [[about 150,000|unique_visitors|150000|~]] individual people attended. It also leaves out the [[38 percent|local_share|38]] of festivalgoers who live within [[50 km|local_radius|50]], on the grounds that their money would have been spent in the region anyway.

The organisers then apply a multiplier of [[1.55|multiplier|1.55]] for money that circulates through suppliers and wages, arriving at a total economic impact of [[74 million euros|economic_impact|74000000]]. Against that, the festival received [[2.6 million euros|subsidy|2600000]] in public subsidy from the council and the region, and policing cost [[1.9 million euros|police_cost|1900000]].

Some effects are not in dispute. Everleigh's hotels were [[96 percent|hotel_occupancy|96]] full, against [[71 percent|hotel_occupancy_prev|71]] on the same weekend last year, and the average room rate of [[214 euros|room_rate|214]] compared with [[131 euros|room_rate_normal|131]] on an ordinary summer weekend. But the district has only [[3,400 rooms|hotel_rooms|3400]], and most festivalgoers camp.

Nor is the crowd in doubt. Saturday's [[72,000|att_sat|72000]] filled [[96 percent of the|capacity_share|96]] site's [[75,000 capacity|capacity|75000]], and last year's total was [[211,000|attendance_prev|211000]]. For a town of [[23,000 residents|pop_town|23000]], that is a great many people, whichever way the money is counted.
"""

A4 = """
Saltmarsh, record of [[236 000 presences|attendance_total|236000]]
Translated from Italian. Il Corriere del Lago | 14 July 2026

Everleigh. The Saltmarsh Festival closed on Sunday evening with [[236 000 visitors|attendance_total|236000]] in [[four days|festival_days|4]], [[11,8 percent|attendance_change|11.8]] more than in 2025, when there were [[211 000|attendance_prev|211000]]. On Saturday alone [[72 000 people|att_sat|72000]] entered the grounds, [[96 percent of the capacity|capacity_share|96]].

The medical services recorded [[1 240 interventions|medical_cases|1240]] and [[38 hospitalisations|hospitalised|38]]. In the crush on Saturday night [[14 people|crush_injured|14]] were injured, [[3 of them seriously|crush_serious|3]]. The temperature reached [[34 degrees|temp_max|34]]; the organisers distributed [[380 000 litres|water|380000]] of free water.

According to the organisers, the economic spin-off for the region amounts to [[48 million euros|spending|48000000]]; the occupancy of the hotels [[reached 96 percent|hotel_occupancy|96]].

Among the visitors there were [[about 4 500|visitors_home_country|4500|~]] from our country. A ticket for the whole weekend cost [[289 euros|ticket_weekend|289]]. [[6 500|staff|6500]] workers and volunteers were employed.
"""

A5 = """
Festival over: residents count the cost - and the takings
By Mo Harwick | Everleigh Echo | 13 July 2026

Everleigh's [[23,000 residents|pop_town|23000]] got their town back on Monday after [[236,000 festival visits|attendance_total|236000]] in [[four days|festival_days|4]]. Police said [[27 people were arrested|arrests|27]] over the weekend.

The council received [[312 complaints|complaints|312]] about noise and parking, up from [[190|complaints_prev|190]] last year. Crews collected [[212 tonnes of rubbish|waste|212]], [[61 percent|recycled_share|61]] of it recycled.

A Chamber of Commerce survey found [[85 percent|shops_higher|85]] of High Street shops took more than on a normal weekend, and hotels were [[96 percent|hotel_occupancy|96]] full.

Organisers ran [[1,100 shuttle bus trips|shuttle_trips|1100]] and the rail operator added [[60 extra trains|extra_trains|60]]. [[About 6,500 staff and volunteers|staff|6500|~]] worked the site, and medics treated [[1,240 people|medical_cases|1240]].
"""

ARTICLES = [
    ("01_wire_2026-07-13.txt", A1),
    ("02_tabloid_2026-07-12.txt", A2),
    ("03_analysis_2026-07-20.txt", A3),
    ("04_translated_2026-07-14.txt", A4),
    ("05_local_2026-07-13.txt", A5),
]

if __name__ == "__main__":
    main(EVENT, FOLDER, NOTES, Q, ARTICLES)
