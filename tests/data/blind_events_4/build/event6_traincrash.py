from common import main

EVENT = "Morrow Junction rail crash, Ostrelia, 3-9 February 2026 (fictional)"
FOLDER = "06_morrow_junction_rail_crash"
NOTES = ("All names are invented. Dates, years and times are not figures; the train number 'IC 714' is an identifier, "
         "not a figure. The death toll, injured, seriously injured and missing are running counts revised from day to "
         "day (17 -> 24 -> 25 -> 27 dead): each is one quantity across days. Passengers on board were revised from 312 "
         "to 347 (one quantity); people on board including crew is a different quantity (the total). 92 mph and 148 "
         "km/h are separate figures of the same speed quantity (no unit conversion). The speed limit on the curve is a "
         "different quantity from the train's speed. Compensation per death, per injured person, the state fund and "
         "lawyers' expected awards are different quantities. Ages of people, the age of the carriages and vague ages "
         "are optional; time windows are optional. Network length, the train's carriages and the freight train's "
         "wagons are populations.")

Q = {
    "deaths": ("people killed in the crash (running toll)", "deaths", "total", None),
    "deaths_children": ("children among the dead", "deaths", "part", "deaths"),
    "deaths_foreign": ("foreign nationals among the dead", "deaths", "part", "deaths"),
    "deaths_compatriots": ("citizens of the translating outlet's country among the dead", "deaths", "part", "deaths_foreign"),
    "deaths_daleth": ("dead who came from Daleth province", "deaths", "part", "deaths"),
    "deaths_in_hospital": ("injured who died in hospital between Friday and Monday", "deaths", "part", "deaths"),
    "injured": ("people injured (running count)", "people", "total", None),
    "injured_serious": ("seriously injured (running count)", "people", "part", "injured"),
    "hospital_now": ("injured still in hospital on 9 February", "people", "part", "injured"),
    "injured_staudes": ("injured treated at St Aud's Hospital", "people", "total", None),
    "staudes_still": ("injured still at St Aud's Hospital on 6 February", "people", "part", "injured_staudes"),
    "missing": ("people missing (running count)", "people", "count", None),
    "on_board": ("people on board including crew", "people", "total", None),
    "passengers": ("passengers on board (revised)", "passengers", "part", "on_board"),
    "crew": ("crew on board", "crew", "part", "on_board"),
    "carriages": ("carriages of the express train", "carriages", "population", None),
    "carriages_derailed": ("carriages that derailed", "carriages", "part", "carriages"),
    "wagons": ("wagons of the freight train", "wagons", "population", None),
    "distance": ("distance of the crash site from Morrow Junction station", "km", "other", None),
    "speed": ("speed of the express when it derailed", "km/h", "other", None),
    "speed_limit": ("speed limit on the curve", "km/h", "other", None),
    "overspeed_share": ("how much faster than the limit the train was travelling", "percent", "other", None),
    "freight_speed": ("speed of the freight train", "km/h", "other", None),
    "braking_distance": ("braking distance at the express's speed", "metres", "other", None),
    "rescuers": ("rescue workers sent to the scene", "people", "count", None),
    "ambulances": ("ambulances sent to the scene", "ambulances", "count", None),
    "helicopters": ("helicopters sent to the scene", "helicopters", "count", None),
    "volunteers": ("Morrow residents who helped the rescue", "people", "count", None),
    "mourning_days": ("days of national mourning", "days", "other", None),
    "harnwick_deaths": ("people killed in the 1998 Harnwick crash", "deaths", "count", None),
    "daily_passengers": ("passengers using the line per day", "passengers", "population", None),
    "compensation_death": ("OSR advance payment per victim's family", "EUR", "other", None),
    "compensation_injured": ("OSR advance payment per injured passenger", "EUR", "other", None),
    "comp_fund": ("government compensation fund", "EUR", "other", None),
    "final_award": ("expected final compensation award per death (lawyers)", "EUR", "other", None),
    "local_fund": ("money raised by the Daleth council fund", "EUR", "other", None),
    "network_km": ("length of the OSR rail network", "km", "population", None),
    "no_atp_km": ("track without automatic train protection", "km", "part", "network_km"),
    "no_atp_share": ("share of the network without automatic train protection", "percent", "other", None),
    "atp_cost": ("cost of fitting ATP to the whole network", "EUR", "other", None),
    "osr_invest": ("OSR annual investment budget", "EUR", "other", None),
    "curves_flagged": ("curves flagged as high-risk by the 2022 audit", "curves", "count", None),
    "pop_morrow": ("residents of Morrow village", "people", "population", None),
    "blood_units": ("units of blood donated", "units", "count", None),
    "line_closure": ("time the line will stay closed", "weeks", "other", None),
    "replacement_buses": ("replacement buses run per day", "buses", "count", None),
    "window": ("time windows", "days", "other", None),
    "train_age": ("age of the carriages", "years", "other", None),
    "age": ("ages of people", "years", "other", None),
}

A1 = """
[[At least 17 killed|deaths|17|>=]] as Ostrelian express derails and hits freight train
By Mira Kovansky | Continental Press | 4 February 2026

MORROW JUNCTION, Ostrelia, Feb 4 (CP) - [[At least 17 people|deaths|17|>=]] were killed and [[about 120|injured|120|~]] injured when an InterCity express derailed on a curve and struck a freight train near Morrow Junction late on Tuesday, officials said. [[Thirty-one|injured_serious|31]] of the injured were in serious condition and [[12 people|missing|12]] were unaccounted for.

The train, IC 714 from Varnholm to Keddington, was carrying [[312 passengers|passengers|312]] and [[nine crew|crew|9]], operator Ostrelian State Railways (OSR) said. The first [[four|carriages_derailed|4]] of its [[eight carriages|carriages|8]] left the track [[about 2.4 km|distance|2.4|~]] south of Morrow Junction station and hit a freight train of [[28 wagons|wagons|28]] on the adjacent line.

[[More than 450 rescue workers|rescuers|450|>]], [[60 ambulances|ambulances|60]] and [[three helicopters|helicopters|3]] were sent to the scene, the Daleth regional government said. Cranes were brought in overnight to lift the wreckage.

Investigators have recovered the data recorder. OSR did not say how fast the train had been travelling; the line is limited to [[100 km/h|speed_limit|100]] on the curve.

Prime Minister Lena Saarvik declared [[three days|mourning_days|3]] of national mourning. It is the country's worst rail accident since the Harnwick crash of 1998, which killed [[41 people|harnwick_deaths|41]]. The line carries [[about 18,000 passengers a day|daily_passengers|18000|~]].
"""

A2 = """
DEATH TRAIN DOING [[92MPH|speed|92|=|u=mph]] ON [[62MPH|speed_limit|62|=|u=mph]] BEND
By Rocco Fairweather | The Evening Thunder | 5 February 2026

THE doomed express that killed [[24 people|deaths|24]] was hurtling round a bend at [[92mph|speed|92|=|u=mph]] - where the limit is [[62mph|speed_limit|62|=|u=mph]], the Thunder can reveal.

Leaked data from the black box shows the train was going [[almost 50 per cent|overspeed_share|50|~]] faster than allowed when it flew off the rails.

Among the dead are [[three children|deaths_children|3]], [[four foreigners|deaths_foreign|4]] and the train's driver, [[Anton Marek, 52|age|52|=|opt]].

[[143 passengers|injured|143]] were hurt and [[five are still missing|missing|5]] among the [[more than 300 passengers|passengers|300|>]] on board.

Survivor [[Petra Holm, 31|age|31|=|opt]], said: "There was a bang and then everything was upside down. I crawled out through a window."

Rail union bosses say the carriages were [[32 years old|train_age|32|=|opt]] and that [[2,100km|no_atp_km|2100]] of track still has no automatic braking system.

OSR has offered grieving families a paltry [[€25,000|compensation_death|25000]] each, and [[€5,000|compensation_injured|5000]] for the injured.
"""

A3 = """
Morrow Junction: the warning signs the railway ignored
By Dominik Aurelius-Pratt | The Ostrelian Standard | 9 February 2026

[[Six days|window|6|=|opt]] after the InterCity express left the track at Morrow Junction, the death toll stood at [[27|deaths|27]] on Monday, after [[two more|deaths_in_hospital|2]] of the injured died in hospital over the weekend. [[151 people|injured|151]] were injured, [[38 of them seriously|injured_serious|38]]; [[46|hospital_now|46]] remain in hospital, and [[two people|missing|2]] are still missing.

Even the number of people on board took days to establish. OSR first said [[312 passengers|passengers|312]] were on the train; after matching ticket data and station camera footage it revised that on Thursday to [[347|passengers|347]], or [[356 people|on_board|356]] including crew.

The data recorder leaves little doubt about the immediate cause. The train was travelling at [[148 km/h|speed|148]] on a curve limited to [[100 km/h|speed_limit|100]]. At that speed it would have needed [[about 1,150 metres|braking_distance|1150|~]] to stop. The freight train on the neighbouring track was moving at [[40 km/h|freight_speed|40]].

Why nothing stopped it is the harder question. Automatic train protection (ATP), which brakes a train that exceeds the limit, is missing on [[2,100 km|no_atp_km|2100]] of OSR's [[9,800 km|network_km|9800]] network - [[21 percent|no_atp_share|21]] - including the Morrow curve. Fitting it everywhere would cost [[1.3 billion euros|atp_cost|1300000000]], against an annual OSR investment budget of [[610 million euros|osr_invest|610000000]]. A 2022 audit flagged [[14 curves|curves_flagged|14]], Morrow among them, as high-risk.

Ostrelia has been here before. The Harnwick crash in 1998 killed [[41|harnwick_deaths|41]] and led to the first ATP programme, which stalled a decade later.

For the families, OSR is paying an advance of [[25,000 euros|compensation_death|25000]] per death, and the government has set up a fund of [[40 million euros|comp_fund|40000000]]. Lawyers expect final awards [[to exceed 300,000 euros|final_award|300000|>]] per death.
"""

A4 = """
Rail disaster in Ostrelia: [[the toll rises to 24 dead|deaths|24]]
Translated from French. L'Echo du Littoral | 5 February 2026

Morrow Junction. The toll of the rail catastrophe of Morrow Junction rose [[on Thursday to 24 dead|deaths|24]] and [[143 injured|injured|143]], of whom [[31 seriously|injured_serious|31]]. [[5 people|missing|5]] are still missing, according to the regional authorities.

According to the first readings of the data recorder, the train was travelling at [[148 km/h|speed|148]] at a place where the speed is limited to [[100 km/h|speed_limit|100]]. The accident took place [[2,4 km|distance|2.4]] from the station; the express had [[8 carriages|carriages|8]].

The operator OSR revised the number of passengers upward: [[347 instead|passengers|347]] of [[312|passengers|312]]. Among the victims are [[two of our compatriots|deaths_compatriots|2]], a couple [[in their sixties|age|60|~|opt]]; in total [[4 foreign nationals|deaths_foreign|4]] died.

OSR announced an advance of [[25 000 euros|compensation_death|25000]] per deceased. The Ostrelian network has [[9 800 km|network_km|9800]] of lines, of which [[21,4 percent|no_atp_share|21.4]] have no automatic braking system. It is the worst accident since Harnwick in 1998 ([[41 dead|harnwick_deaths|41]]).
"""

A5 = """
Morrow village rallies round as toll reaches [[25|deaths|25]]
By Agnes Threlkeld | Daleth Courier | 6 February 2026

The toll from Tuesday's crash [[stood at 25|deaths|25]] on Friday, with [[two people still missing|missing|2]]. [[Six of the dead|deaths_daleth|6]] came from Daleth province.

In Morrow, a village of [[1,400 people|pop_morrow|1400]], [[about 200 residents|volunteers|200|~]] helped pull passengers from the [[eight-carriage|carriages|8]] train. St Aud's Hospital treated [[64 of the injured|injured_staudes|64]], and [[19 remain there|staudes_still|19]].

Donors gave [[1,150 units of blood|blood_units|1150]] in [[two days|window|2|=|opt]]. The line to Keddington will stay closed for [[at least three weeks|line_closure|3|>=]], with OSR running [[40 replacement buses|replacement_buses|40]] a day. A council fund has raised [[86,000 euros|local_fund|86000]].
"""

ARTICLES = [
    ("01_wire_2026-02-04.txt", A1),
    ("02_tabloid_2026-02-05.txt", A2),
    ("03_analysis_2026-02-09.txt", A3),
    ("04_translated_2026-02-05.txt", A4),
    ("05_local_2026-02-06.txt", A5),
]

if __name__ == "__main__":
    main(EVENT, FOLDER, NOTES, Q, ARTICLES)
