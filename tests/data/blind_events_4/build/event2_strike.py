from common import main

EVENT = "Nationwide pension strike and marches in Valderra, 10 March 2026 (fictional)"
FOLDER = "02_pension_strike_valderra"
NOTES = ("All names are invented. Dates and years are not figures; route numbers and the like are not figures. "
         "Crowd counts from the police/Interior Ministry, from the unions and from the independent Occam Count are "
         "the same quantity (they disagree). Castelmar, Port Sorel and national counts are different quantities "
         "(the cities are parts of the national count). The previous day of action (19 February) and the first "
         "day (22 January) are different quantities from the 10 March day. Arrests and injured officers are "
         "running counts revised between the evening of 10 March and the next day. The statutory retirement ages "
         "(63 now, 65 proposed) are policy parameters, annotated as figures (not optional); ages of individual "
         "people are optional. Ordinals ('the fifth day of action') are optional; the cardinal 'five days' is a "
         "figure. Vague amounts ('hundreds of thousands') are optional. 'Four in ten' is normalised to 40 percent; "
         "the share of trains cancelled and the share running are different quantities.")

Q = {
    "marchers_national": ("demonstrators nationwide on 10 March (ministry vs unions)", "demonstrators", "total", None),
    "marchers_capital": ("demonstrators in Castelmar on 10 March (police, unions, Occam Count)", "demonstrators", "part", "marchers_national"),
    "marchers_portsorel": ("demonstrators in Port Sorel on 10 March", "demonstrators", "part", "marchers_national"),
    "black_bloc": ("hooded radicals at the head of the Castelmar march (police estimate)", "people", "part", "marchers_capital"),
    "prev_national": ("demonstrators nationwide on the previous day of action, 19 February", "demonstrators", "total", None),
    "prev_capital": ("demonstrators in Castelmar on 19 February", "demonstrators", "part", "prev_national"),
    "prev_portsorel": ("demonstrators in Port Sorel on 19 February", "demonstrators", "part", "prev_national"),
    "first_day_national": ("demonstrators nationwide on the first day of action, 22 January", "demonstrators", "count", None),
    "marchers_vague": ("vague crowd sizes ('hundreds of thousands')", "people", "other", None),
    "days_of_action": ("nationwide days of action since January", "days", "count", None),
    "demonstrations": ("marches held across the country on 10 March", "marches", "count", None),
    "arrests": ("people arrested nationwide on 10 March (running count)", "arrests", "total", None),
    "arrests_capital": ("arrests in Castelmar", "arrests", "part", "arrests"),
    "arrests_portsorel": ("arrests in Port Sorel", "arrests", "part", "arrests"),
    "police_injured": ("police officers injured (running count)", "officers", "count", None),
    "protesters_injured": ("protesters taken to hospital", "people", "count", None),
    "cars_burned": ("vehicles set on fire in Castelmar", "vehicles", "count", None),
    "police_deployed": ("police officers deployed nationwide", "officers", "total", None),
    "police_capital": ("police officers deployed in Castelmar", "officers", "part", "police_deployed"),
    "rail_strike_rate": ("share of VNF rail staff on strike (company vs unions)", "percent", "other", None),
    "rail_driver_strike_rate": ("share of VNF train drivers on strike", "percent", "other", None),
    "rail_workforce": ("employees of rail operator VNF", "employees", "population", None),
    "trains_running": ("share of high-speed trains that ran", "percent", "other", None),
    "trains_cancelled_share": ("share of high-speed trains cancelled", "percent", "other", None),
    "teacher_strike_rate": ("share of teachers on strike", "percent", "other", None),
    "flights_cancelled": ("flights cancelled at Castelmar-Erlau airport", "flights", "count", None),
    "flight_share": ("share of the airport's schedule cancelled", "percent", "other", None),
    "ret_age_current": ("current statutory retirement age", "years", "other", None),
    "ret_age_proposed": ("proposed statutory retirement age", "years", "other", None),
    "ramp": ("pace of the retirement-age increase", "months per year", "other", None),
    "home_ret_age": ("legal retirement age in the translating outlet's country", "years", "other", None),
    "pension_deficit": ("forecast pension-system deficit in 2030", "EUR", "other", None),
    "poll_oppose": ("share of Valderrans opposing the reform (polls)", "percent", "other", None),
    "poll_support_strike": ("share of Valderrans supporting the strikes", "percent", "other", None),
    "strike_cost": ("cost of a strike day to the economy (employers' federation)", "EUR", "other", None),
    "ratio_union_police": ("union count as a multiple of the police count in Castelmar", "times", "other", None),
    "consortium_members": ("news organisations in the counting consortium", "organisations", "count", None),
    "count_points": ("counting points on the Castelmar route", "points", "count", None),
    "error_margin": ("Occam Count margin of error", "percent", "other", None),
    "route_length": ("length of the Castelmar march route", "km", "other", None),
    "density": ("assumed crowd density", "people per square metre", "other", None),
    "route_width": ("width of the Castelmar march route", "metres", "other", None),
    "route_capacity": ("people the Castelmar route could hold at once", "people", "population", None),
    "prefectures": ("prefectures reporting counts to the ministry", "prefectures", "population", None),
    "cvt_members": ("members of the CVT union confederation", "members", "population", None),
    "union_density": ("share of the workforce in unions", "percent", "other", None),
    "refinery_strike_rate": ("share of Thorne refinery shift workers on strike", "percent", "other", None),
    "stations_dry": ("share of petrol stations in the department short of fuel", "percent", "other", None),
    "bus_lines": ("bus lines in Port Sorel", "lines", "population", None),
    "bus_lines_running": ("Port Sorel bus lines running on 10 March", "lines", "part", "bus_lines"),
    "pop_portsorel": ("residents of Port Sorel", "people", "population", None),
    "route_portsorel": ("length of the Port Sorel march", "km", "other", None),
    "age": ("ages of people", "years", "other", None),
    "career_years": ("years a protester has worked", "years", "other", None),
}

A1 = """
[[Hundreds of thousands|marchers_vague|100000|~|opt]] march in Valderra as pension strike hits trains, schools
By Tomas Reyvald | Continental Press | 10 March 2026

CASTELMAR, March 10 (CP) - [[Hundreds of thousands of people|marchers_vague|100000|~|opt]] marched across Valderra on Tuesday against the government's plan to raise the retirement age [[from 63|ret_age_current|63]] [[to 65|ret_age_proposed|65]], as a nationwide strike disrupted trains, schools and flights on the [[fifth|days_of_action|5|=|opt]] day of action since January.

The Interior Ministry counted [[412,000 demonstrators|marchers_national|412000]] nationwide, [[including 38,000 in Castelmar|marchers_capital|38000]]. The CVT union confederation, which leads the protests, said [[1.3 million|marchers_national|1300000]] people took part, [[210,000 of them in the capital|marchers_capital|210000]].

Both counts were up on the previous day of action on Feb. 19, when the ministry counted [[368,000|prev_national|368000]] and the unions [[1.1 million|prev_national|1100000]].

Police made [[86 arrests|arrests|86]] by early evening, [[41 of them in Castelmar|arrests_capital|41]], where clashes broke out at the end of the march. [[Twenty-three police officers|police_injured|23]] were injured, the ministry said. [[Some 11,000 officers|police_deployed|11000|~]] were deployed nationwide, [[4,200|police_capital|4200]] of them in the capital.

Rail operator VNF said [[36.4 percent|rail_strike_rate|36.4]] of its [[148,000 employees|rail_workforce|148000]] had walked out, while rail unions put the figure at [[70 percent|rail_strike_rate|70]]. Only [[four in ten|trains_running|40]] high-speed trains ran. The Education Ministry said [[28.5 percent|teacher_strike_rate|28.5]] of teachers were on strike.

Castelmar-Erlau airport cancelled [[about 900 flights|flights_cancelled|900|~]], [[a fifth|flight_share|20]] of its schedule, at the request of the civil aviation authority.

Prime Minister Aurel Vantongeren says the reform is needed to close a pension deficit forecast at [[13.5 billion euros|pension_deficit|13500000000]] by 2030. A poll by Ifremo published on Monday found [[68 percent|poll_oppose|68]] of Valderrans oppose it.

The unions have called a new day of strikes for March 24.
"""

A2 = """
MAYHEM! [[31 COPS HURT|police_injured|31]] AND [[37 CARS TORCHED|cars_burned|37]] AS PENSION RIOTS ROCK CASTELMAR
By Dario Flint | The Morning Bugle | 11 March 2026

[[THIRTY-ONE police officers|police_injured|31]] were injured and [[112 people arrested|arrests|112]] as pension protests descended into chaos across Valderra yesterday.

Hooded thugs - [[around 1,500|black_bloc|1500|~]] of them, according to police - hijacked the Castelmar march, smashing shop windows and setting fire to [[37 vehicles|cars_burned|37]]. [[Fourteen protesters|protesters_injured|14]] were taken to hospital.

An army of [[4,200 riot cops|police_capital|4200]] was on the streets of the capital.

Union bosses boasted that [[210,000|marchers_capital|210000]] marched in Castelmar - but cops counted [[just 38,000|marchers_capital|38000]]. Nationwide, the CVT claimed [[1.3 MILLION|marchers_national|1300000]] took to the streets. The Interior Ministry said [[412,000|marchers_national|412000]].

Commuters were left fuming as [[six in ten|trains_cancelled_share|60]] high-speed trains were axed and [[900 flights|flights_cancelled|900]] grounded. Parents scrambled for childcare as [[more than a quarter|teacher_strike_rate|25|>]] of teachers stayed at home.

Bosses' federation FEV says every strike day costs the economy a whopping [[€400 MILLION|strike_cost|400000000]].

Binman [[Marco Dellafiore, 61|age|61|=|opt]], said: "I've been lifting bins for [[38 years|career_years|38|=|opt]]. My back is gone. Now they want me to work until [[65|ret_age_proposed|65]] instead of [[63|ret_age_current|63]]? Never."

And the misery isn't over - the unions have called yet another strike day for March 24.
"""

A3 = """
[[38,000|marchers_capital|38000]] or [[210,000|marchers_capital|210000]]? Inside Valderra's battle over crowd numbers
By Ines Halloran | The Valderran Ledger | 14 March 2026

When the CVT union confederation announced on Tuesday evening that [[210,000 people|marchers_capital|210000]] had marched through Castelmar, and the police prefecture put the figure [[at 38,000|marchers_capital|38000]], the gap between them was a factor of [[more than five|ratio_union_police|5|>]]. It was the same story on the previous day of action, Feb. 19, when police counted [[31,000|prev_capital|31000]] and the unions [[180,000|prev_capital|180000]].

Neither side publishes its method in detail. So this year a consortium of [[nine news organisations|consortium_members|9]], including this newspaper, commissioned Occam Count, which uses cameras and sensors at [[two points|count_points|2]] along the route. Its tally for Tuesday was [[61,500|marchers_capital|61500]], against [[52,000|prev_capital|52000]] on Feb. 19, with a margin of error of [[10 percent|error_margin|10]] either way.

The union numbers are hard to reconcile with the geometry of the march. The route ran [[4.2 km|route_length|4.2]] along avenues [[about 20 metres|route_width|20|~]] wide. Packed at a dense [[two people per square metre|density|2]], it could hold [[about 168,000|route_capacity|168000|~]] people at once - and aerial pictures show it was never full from end to end.

The national figures diverge just as widely. The Interior Ministry, which adds up reports from [[96 prefectures|prefectures|96]], counted [[412,000 nationwide|marchers_national|412000]]; the CVT claims [[1.3 million|marchers_national|1300000]]. By the ministry's own count, turnout has fallen sharply since the first day of action on Jan. 22, when it recorded [[1.08 million|first_day_national|1080000]] (the unions said [[2 million|first_day_national|2000000]]). The unions counted [[260 marches|demonstrations|260]] on Tuesday, the ministry [[241|demonstrations|241]].

Participation in the strike itself is disputed in the same way. Rail operator VNF says [[36.4 percent|rail_strike_rate|36.4]] of its staff struck; the rail unions say [[70 percent|rail_strike_rate|70]]. The gap partly reflects who is counted: VNF includes managers and office staff, and among drivers alone it reported [[77 percent|rail_driver_strike_rate|77]].

What is not disputed is that the reform is unpopular. Ifremo found [[68 percent|poll_oppose|68]] opposed it; a Demoskop poll on Thursday put opposition at [[71 percent|poll_oppose|71]], and [[57 percent|poll_support_strike|57]] said they backed the strikes. The CVT has [[1.9 million members|cvt_members|1900000]], and union density in Valderra is only [[9 percent|union_density|9]] of the workforce - the marches reach far beyond union ranks.

The government argues that raising the retirement age from [[63|ret_age_current|63]] to [[65|ret_age_proposed|65]], at [[three months a year|ramp|3]], is the only way to close a deficit of [[€13.5 billion|pension_deficit|13500000000]] forecast for 2030.
"""

A4 = """
Valderra: [[1,3 million|marchers_national|1300000]] in the streets according to the unions, [[412 000 according to the ministry|marchers_national|412000]]
Translated from Spanish. El Correo Austral | 11 March 2026

Castelmar. The [[fifth|days_of_action|5|=|opt]] day of mobilisation against the pension reform of the Valderran government brought [[412 000 demonstrators|marchers_national|412000]] into the streets of the whole country, according to the Interior Ministry. The union confederation CVT [[speaks of 1,3 million|marchers_national|1300000]].

In the capital, the prefecture counted [[38 000 people|marchers_capital|38000]]; the CVT, [[210 000|marchers_capital|210000]]. The day ended with [[112 arrests|arrests|112]], [[47 of them in Castelmar|arrests_capital|47]], and [[31 police officers injured|police_injured|31]], according to the ministry's balance on Wednesday morning. [[4 200 agents|police_capital|4200]] were deployed in Castelmar, out of [[11 000|police_deployed|11000]] in the whole country.

At the railway company VNF, participation in the strike reached [[36,4 percent|rail_strike_rate|36.4]], according to the company; in education, [[28,5 percent|teacher_strike_rate|28.5]].

The government wants to raise the legal retirement age [[from 63|ret_age_current|63]] [[to 65 years|ret_age_proposed|65]]. Without the reform, says the executive, the deficit of the system will reach [[13,5 billion euros|pension_deficit|13500000000]] in 2030. In our country the legal age rose to [[66 years|home_ret_age|66]] in 2021.

According to the employers, each day of strike costs [[400 million euros|strike_cost|400000000]]. According to the institute Ifremo, [[68 percent|poll_oppose|68]] of Valderrans reject the reform.

Since 22 January there have been [[five days|days_of_action|5]] of mobilisation. The next is announced for 24 March.
"""

A5 = """
Port Sorel: [[12,000 march|marchers_portsorel|12000]], say police; unions claim [[30,000|marchers_portsorel|30000]]
By Lena Quist | Port Sorel Gazette | 11 March 2026

Police counted [[12,000 people|marchers_portsorel|12000]] on Tuesday's pension march through Port Sorel, a city of [[410,000|pop_portsorel|410000]]; the CVT's local branch said [[30,000 took part|marchers_portsorel|30000]]. On Feb. 19 the figures were [[9,500|prev_portsorel|9500]] and [[25,000|prev_portsorel|25000]].

The [[3 km|route_portsorel|3]] march from the docks to the prefecture was largely peaceful, but [[six people were arrested|arrests_portsorel|6]] after scuffles near the end.

At the Thorne refinery, [[80 percent|refinery_strike_rate|80]] of shift workers stayed out, and [[22 percent|stations_dry|22]] of petrol stations in the department ran short of fuel. [[Only 24|bus_lines_running|24]] of the city's [[48 bus lines|bus_lines|48]] ran.

Nationally, the Interior Ministry counted [[412,000 marchers|marchers_national|412000]] and the unions [[1.3 million|marchers_national|1300000]].
"""

ARTICLES = [
    ("01_wire_2026-03-10.txt", A1),
    ("02_tabloid_2026-03-11.txt", A2),
    ("03_analysis_2026-03-14.txt", A3),
    ("04_translated_2026-03-11.txt", A4),
    ("05_local_2026-03-11.txt", A5),
]

if __name__ == "__main__":
    main(EVENT, FOLDER, NOTES, Q, ARTICLES)
