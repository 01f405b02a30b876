from lib import build
A = {}
A["a"] = ("01_wire_2026-07-20.txt", """
Orveston imposes water rationing as reservoir falls to 34 pct

ORVESTON, July 20, 2026 (Meridian Press) -

The city of Orveston will limit households to 120 litres of water per person per day from Wednesday, the first rationing in the Calder Basin in nearly 30 years, after its main reservoir fell to 34 percent of capacity.

Lake Tamsin, which supplies most of the city's drinking water, held 68 percent at the same point last year, the Calder Water Authority said on Monday.

The limits will apply to about 84,000 households in Orveston itself. Residents currently use an average of 165 litres per person per day, the authority said.

Only 212 mm (8.3 inches) of rain has fallen in the basin since the start of October, less than half the long-term average of 480 mm for the period.

Watering gardens, washing cars and filling private swimming pools are banned. Households that exceed the limit face fines of up to 500 euros, rising to 2,000 euros for repeat offences.

"We are asking every resident to play their part," authority chief executive Hanne Vell said. "If we do nothing, Lake Tamsin could fall below 20 percent by the end of September."

The authority also said the smaller Holloway reservoir, which supplies the eastern suburbs, stood at just 22 percent.

Farmers in the basin were barred from irrigating from rivers last week. The regional farmers' union says some 1,400 farms are affected.

Temperatures in Orveston reached 38.2 degrees Celsius on Sunday, a July record for the city.
""")
A["b"] = ("02_local_2026-07-27.txt", """
Rationing spreads to Brisk and Hallow as Lake Tamsin drops to 31 per cent

Orveston Herald - Monday, 27 July 2026

Water rationing will be extended to the neighbouring towns of Brisk and Hallow from Saturday, bringing the number of households under restrictions to 131,000, the Calder Water Authority announced on Monday.

When the limit of 120 litres per person per day was introduced in Orveston last Wednesday, it covered about 84,000 households. The extension adds roughly 47,000 more.

Lake Tamsin stood at 31 per cent on Monday morning, down three points in a week. The authority said residents had cut their use to an average of 141 litres per person per day - an improvement on the 165 litres recorded before rationing, but still well above the limit.

"People are trying, and we can see it in the figures, but we need to go further," said authority spokesman Dev Chaudry.

The Herald has learned that 23 per cent of the water entering the city's mains is lost through leaks before it reaches a tap. The authority says it is repairing about 40 leaks a week.

In Brisk, where the town council has opened three free water points for elderly residents, many people said they had already been saving water for weeks.

"I have been showering with a bucket since June," said retired teacher Alma Gustavsen, 81.

The authority has also brought in 45 water tankers to supply farms and care homes that are not connected to the mains.

So far, 312 warning letters have been sent to households suspected of exceeding the limit, but no fines have yet been issued.

Forecasters at the regional weather office expect less than 10 mm of rain over the next fortnight.
""")
A["c"] = ("03_tabloid_2026-08-02.txt", """
BONE DRY! Reservoir plunges below 30% as 130,000 homes face water curbs

By Lee Harkness, Daily Clarion - Sunday 2 August 2026

THIRSTY families across the Calder Basin are being told to get by on just 32 gallons of water a day - as the region's biggest reservoir dried up to its lowest level in living memory.

Lake Tamsin has plunged below 30 per cent - and water bosses warn it could hit rock bottom within weeks.

More than 130,000 homes are now under strict rationing, with snoopers checking meters and fines of up to 500 euros for anyone caught hosing the garden.

Gran-of-five Betty Morrow, 78, from Hallow, said: "I've lived here all my life and I've never seen anything like it. You can walk across parts of the lake now."

Shocking pictures show a church spire, flooded when the reservoir was built in 1961, poking out of the water for the first time in decades.

The basin has had barely 8 inches of rain since October - less than half the normal amount.

And the Clarion can reveal that nearly a quarter of the precious water is LEAKING out of pipes before it ever reaches homes.

Meanwhile water chief Hanne Vell pocketed a bonus of 85,000 euros last year.

Fuming dad Karl Lindahl, 44, said: "They tell us to save every drop while they can't even fix their own pipes. It's a joke."

The water authority said it was "doing everything possible" and urged residents to stick to the limits.
""")
A["d"] = ("04_broadsheet_2026-08-03.txt", """
The Calder drought is a warning, not an anomaly

By Marit Aas, Environment Editor - The Northern Ledger, Monday 3 August 2026

On Monday morning Lake Tamsin held 29.5 percent of its capacity. Two weeks ago it held 34 percent; a year ago, 68 percent. At the current rate of decline of roughly 0.4 points a day, it will fall below the 20 percent mark that engineers treat as a threshold for emergency measures by early September.

The immediate cause is obvious. Since October the basin has received 212 millimetres of rain, about 44 percent of the long-term average of 480 millimetres. It is the driest ten-month period since records began in 1878.

But the drought has exposed weaknesses that rain alone will not fix. Nearly a quarter of the water put into Orveston's network - 23 percent, according to the water authority - leaks away. That is double the rate in Carrowfield, which loses about 11 percent.

Rationing, now covering 131,000 households and some 310,000 people, has worked up to a point. Average consumption has fallen from 165 litres per person per day to around 140, but remains above the 120-litre limit.

The comparison with 1997, the last time the basin rationed water, is instructive. Then, Lake Tamsin bottomed out at 26 percent and the restrictions lasted five months. The population served has since grown by about 60,000.

Climate scientists at Orveston University expect summers like this one to occur roughly one year in four by the 2040s, compared with one year in twenty in the late twentieth century.

The authority's long-term plan includes a desalination plant on the coast, costed at 640 million euros, and a pipeline from the Veld river. Neither would be ready before 2031.
""")
A["e"] = ("05_translated_2026-08-04.txt", """
Drought in the Calder Basin: reservoir only still at 29,5 percent

Translated from the Estmark daily Morgenbladet - 04.08.2026

The drought in the Calder Basin becomes more acute. The water level of Lake Tamsin, the most important reservoir of the city of Orveston, has sunk to 29,5 percent of the capacity. In the previous year it amounted at the same time to 68 percent.

Since the beginning of October fell only 212 millimetres of rain; the long-year average lies at 480 millimetres. The region thus received only approximately 44 percent of the usual precipitation.

Since 22 July the consumption in Orveston is limited to 120 litres per person and day. Since Saturday the rules apply also in the communities Brisk and Hallow. In total 131 000 households are affected, that is about 310 000 persons. Before the rationing every inhabitant used on average 165 litres daily.

Offenders must reckon with fines of up to 500 euros, repeat offenders with up to 2 000 euros. Up to now the authority has sent 312 warnings.

According to the water authority 23 percent of the water is lost through leaking pipes. In the neighbouring city Carrowfield the loss lies at only 11 percent.

The farmers of the region may no longer take water from the rivers. Affected are according to the farmers' association about 1 400 farms. The harvest losses are estimated by the association at 120 million euros.

The last comparable drought the region experienced in 1997. At that time the water level of Lake Tamsin sank to 26 percent.

The authority plans in the long term a desalination plant for 640 million euros.
""")
F = [
 ("a","falls to 34 pct",34,"=","percent of capacity","tamsin_level"),
 ("a","120 litres of water per person per day",120,"=","litres per person per day","ration_limit"),
 ("a","nearly 30 years",30,"~","years","years_since_rationing",{"high":30}),
 ("a","fell to 34 percent of capacity",34,"=","percent of capacity","tamsin_level"),
 ("a","held 68 percent",68,"=","percent of capacity","tamsin_level_last_year"),
 ("a","about 84,000 households",84000,"~","households","households_rationed"),
 ("a","average of 165 litres",165,"=","litres per person per day","use_before_rationing"),
 ("a","Only 212 mm",212,"=","mm","rainfall_since_oct"),
 ("a","(8.3 inches)",8.3,"=","inches","rainfall_since_oct"),
 ("a","less than half",50,"<","percent of average","rainfall_pct_of_average",{"optional":True}),
 ("a","long-term average of 480 mm",480,"=","mm","rainfall_average"),
 ("a","fines of up to 500 euros",500,"<=","euros","max_fine"),
 ("a","2,000 euros for repeat",2000,"<=","euros","max_fine_repeat",{"high":2000}),
 ("a","below 20 percent",20,"<","percent of capacity","tamsin_projection_sept"),
 ("a","stood at just 22 percent",22,"=","percent of capacity","holloway_level"),
 ("a","some 1,400 farms",1400,"~","farms","farms_affected"),
 ("a","38.2 degrees Celsius",38.2,"=","degrees Celsius","max_temperature"),
 ("b","drops to 31 per cent",31,"=","percent of capacity","tamsin_level"),
 ("b","restrictions to 131,000",131000,"=","households","households_rationed"),
 ("b","limit of 120 litres",120,"=","litres per person per day","ration_limit"),
 ("b","covered about 84,000 households",84000,"~","households","households_rationed"),
 ("b","roughly 47,000 more",47000,"~","households","households_brisk_hallow"),
 ("b","stood at 31 per cent",31,"=","percent of capacity","tamsin_level"),
 ("b","down three points",3,"=","percentage points","tamsin_weekly_drop"),
 ("b","average of 141 litres",141,"=","litres per person per day","use_during_rationing"),
 ("b","the 165 litres",165,"=","litres per person per day","use_before_rationing"),
 ("b","23 per cent of the water",23,"=","percent","leakage_rate"),
 ("b","about 40 leaks a week",40,"~","leaks per week","leak_repairs"),
 ("b","three free water points",3,"=","water points","brisk_water_points"),
 ("b","Alma Gustavsen, 81",81,"=","years","gustavsen_age",{"optional":True}),
 ("b","45 water tankers",45,"=","tankers","tankers"),
 ("b","312 warning letters",312,"=","letters","warnings_sent"),
 ("b","less than 10 mm",10,"<","mm","rain_forecast"),
 ("c","below 30%",30,"<","percent of capacity","tamsin_level"),
 ("c","130,000 homes face",130000,"=","households","households_rationed"),
 ("c","just 32 gallons",32,"=","gallons per person per day","ration_limit"),
 ("c","plunged below 30 per cent",30,"<","percent of capacity","tamsin_level"),
 ("c","More than 130,000 homes",130000,">","households","households_rationed"),
 ("c","up to 500 euros",500,"<=","euros","max_fine"),
 ("c","Betty Morrow, 78",78,"=","years","morrow_age",{"optional":True}),
 ("c","barely 8 inches",8,"~","inches","rainfall_since_oct"),
 ("c","less than half the normal",50,"<","percent of average","rainfall_pct_of_average",{"optional":True}),
 ("c","nearly a quarter of the precious water",25,"~","percent","leakage_rate",{"high":25}),
 ("c","bonus of 85,000 euros",85000,"=","euros","vell_bonus"),
 ("c","Karl Lindahl, 44",44,"=","years","lindahl_age",{"optional":True}),
 ("d","held 29.5 percent",29.5,"=","percent of capacity","tamsin_level"),
 ("d","Two weeks ago",2,"=","weeks","weeks_since_rationing",{"optional":True}),
 ("d","it held 34 percent",34,"=","percent of capacity","tamsin_level"),
 ("d","a year ago, 68 percent",68,"=","percent of capacity","tamsin_level_last_year"),
 ("d","roughly 0.4 points a day",0.4,"~","percentage points per day","tamsin_daily_decline"),
 ("d","the 20 percent mark",20,"=","percent of capacity","emergency_threshold"),
 ("d","212 millimetres",212,"=","mm","rainfall_since_oct"),
 ("d","about 44 percent",44,"~","percent of average","rainfall_pct_of_average"),
 ("d","480 millimetres",480,"=","mm","rainfall_average"),
 ("d","driest ten-month period",10,"=","months","dry_period_months",{"optional":True}),
 ("d","Nearly a quarter of the water",25,"~","percent","leakage_rate",{"high":25}),
 ("d","23 percent, according",23,"=","percent","leakage_rate"),
 ("d","double the rate",2,"=","ratio","leakage_ratio",{"optional":True}),
 ("d","about 11 percent",11,"~","percent","carrowfield_leakage"),
 ("d","now covering 131,000 households",131000,"=","households","households_rationed"),
 ("d","some 310,000 people",310000,"~","people","people_rationed"),
 ("d","from 165 litres",165,"=","litres per person per day","use_before_rationing"),
 ("d","around 140",140,"~","litres per person per day","use_during_rationing"),
 ("d","120-litre limit",120,"=","litres per person per day","ration_limit"),
 ("d","bottomed out at 26 percent",26,"=","percent of capacity","tamsin_low_1997"),
 ("d","lasted five months",5,"=","months","rationing_1997_months"),
 ("d","about 60,000",60000,"~","people","population_growth_since_1997"),
 ("d","one year in four",4,"=","years","drought_frequency_2040s",{"optional":True}),
 ("d","one year in twenty",20,"=","years","drought_frequency_20c",{"optional":True}),
 ("d","640 million euros",640e6,"=","euros","desalination_cost"),
 ("e","only still at 29,5 percent",29.5,"=","percent of capacity","tamsin_level"),
 ("e","sunk to 29,5 percent",29.5,"=","percent of capacity","tamsin_level"),
 ("e","to 68 percent",68,"=","percent of capacity","tamsin_level_last_year"),
 ("e","only 212 millimetres",212,"=","mm","rainfall_since_oct"),
 ("e","at 480 millimetres",480,"=","mm","rainfall_average"),
 ("e","approximately 44 percent",44,"~","percent of average","rainfall_pct_of_average"),
 ("e","120 litres per person",120,"=","litres per person per day","ration_limit"),
 ("e","131 000 households",131000,"=","households","households_rationed"),
 ("e","about 310 000 persons",310000,"~","people","people_rationed"),
 ("e","on average 165 litres",165,"=","litres per person per day","use_before_rationing"),
 ("e","up to 500 euros",500,"<=","euros","max_fine"),
 ("e","up to 2 000 euros",2000,"<=","euros","max_fine_repeat"),
 ("e","312 warnings",312,"=","letters","warnings_sent"),
 ("e","23 percent of the water",23,"=","percent","leakage_rate"),
 ("e","only 11 percent",11,"=","percent","carrowfield_leakage"),
 ("e","about 1 400 farms",1400,"~","farms","farms_affected"),
 ("e","120 million euros",120e6,"=","euros","harvest_losses"),
 ("e","sank to 26 percent",26,"=","percent of capacity","tamsin_low_1997"),
 ("e","for 640 million euros",640e6,"=","euros","desalination_cost"),
]
Q = [
 ("tamsin_level","Lake Tamsin level, percent of capacity (running: 34 -> 31 -> <30 -> 29.5)"),
 ("tamsin_level_last_year","Lake Tamsin level a year earlier"),
 ("tamsin_projection_sept","projected level by end of September"),
 ("emergency_threshold","level treated as emergency threshold"),
 ("tamsin_weekly_drop","drop in a week"),
 ("tamsin_daily_decline","rate of decline per day"),
 ("tamsin_low_1997","lowest level in 1997 drought"),
 ("holloway_level","Holloway reservoir level"),
 ("ration_limit","rationing limit per person per day (120 l = 32 gal)"),
 ("use_before_rationing","average use before rationing"),
 ("use_during_rationing","average use under rationing (141 / around 140)"),
 ("households_rationed","households under rationing (running: 84,000 in Orveston -> 131,000 with Brisk and Hallow)"),
 ("households_brisk_hallow","households added in Brisk and Hallow (subtotal)"),
 ("people_rationed","people under rationing"),
 ("rainfall_since_oct","rain since October (212 mm = 8.3 in; barely 8 in)"),
 ("rainfall_average","long-term average for the period"),
 ("rainfall_pct_of_average","rain as share of average"),
 ("years_since_rationing","years since the last rationing"),
 ("max_fine","maximum fine"),
 ("max_fine_repeat","maximum fine for repeat offences"),
 ("farms_affected","farms affected by irrigation ban"),
 ("max_temperature","record temperature"),
 ("leakage_rate","share of water lost through leaks in Orveston"),
 ("carrowfield_leakage","leakage rate in Carrowfield"),
 ("leak_repairs","leaks repaired per week"),
 ("brisk_water_points","free water points in Brisk"),
 ("tankers","water tankers"),
 ("warnings_sent","warning letters sent"),
 ("rain_forecast","rain forecast for next fortnight"),
 ("vell_bonus","bonus of the authority's chief executive"),
 ("dry_period_months","length of dry period"),
 ("rationing_1997_months","length of 1997 rationing"),
 ("population_growth_since_1997","growth in population served since 1997"),
 ("drought_frequency_2040s","drought return period by 2040s"),
 ("drought_frequency_20c","drought return period in 20th century"),
 ("desalination_cost","cost of desalination plant"),
 ("harvest_losses","estimated harvest losses"),
 ("weeks_since_rationing","time window"),("leakage_ratio","Orveston/Carrowfield leakage ratio"),
 ("gustavsen_age","age"),("morrow_age","age"),("lindahl_age","age"),
]
build("event5_drought", "Calder Basin drought and water rationing, 20 July - 4 August 2026 (fictional)", A, F, Q,
 "'less than half' is optional. The 84,000 households (Orveston only, when rationing began) are an earlier value of the running rationing tally, also where the local article recalls them; the 47,000 added households are a subtotal.")
