from common import main

EVENT = "Typhoon Hesper landfall in Lanvara province, Corvenia, 14-21 September 2026 (fictional)"
FOLDER = "01_typhoon_hesper"
NOTES = ("All names are invented. Calendar dates, years and times of day are not figures. 'Category 4' is a "
         "rating on a scale and is marked optional. Time windows ('in 24 hours', 'past decade') are optional. "
         "The death, missing, injured, homes-damaged and still-without-power counts are running counts revised "
         "day by day: each is one quantity across days. 'Without power at the peak' (outage_peak) and 'still "
         "without power' at the time of writing (outage_current) are different quantities. Evacuation figures "
         "from the disaster council and from the relief society disagree but measure the same quantity. "
         "Insured-loss estimates from different modellers and in different currencies are one quantity; total "
         "economic losses are another. Unit conversions given in parentheses are separate figures of the same "
         "quantity (no unit conversion of values).")

Q = {
    "wind_landfall": ("maximum sustained wind speed of Hesper at landfall", "km/h", "other", None),
    "wind_gust": ("strongest wind gusts of Hesper at landfall", "km/h", "other", None),
    "wind_weakened": ("sustained wind speed after Hesper weakened inland", "km/h", "other", None),
    "storm_speed": ("forward speed of the storm as it moved inland", "km/h", "other", None),
    "category": ("storm category at landfall (scale rating)", "category", "other", None),
    "deaths": ("people killed by Typhoon Hesper in Corvenia (running toll)", "deaths", "total", None),
    "deaths_sennabay": ("people killed by Hesper in Senna Bay district", "deaths", "part", "deaths"),
    "deaths_tourists": ("foreign tourists among the dead", "deaths", "part", "deaths"),
    "deaths_drowned": ("Hesper deaths caused by drowning", "deaths", "part", "deaths"),
    "missing": ("people missing after Hesper (running count)", "people", "count", None),
    "injured": ("people injured by Hesper (running count)", "people", "count", None),
    "evacuated": ("people evacuated from low-lying areas before/during Hesper", "people", "total", None),
    "sheltered": ("people staying in evacuation centres (running count)", "people", "part", "evacuated"),
    "sheltered_sennabay": ("people in evacuation centres in Senna Bay district", "people", "part", "sheltered"),
    "centres": ("evacuation centres opened", "centres", "count", None),
    "centres_sennabay": ("evacuation centres open in Senna Bay district", "centres", "part", "centres"),
    "pop_province": ("residents of Lanvara province", "people", "population", None),
    "pop_country": ("inhabitants of Corvenia", "people", "population", None),
    "pop_sennabay": ("residents of Senna Bay district", "people", "population", None),
    "rain_24h": ("rainfall at Senna Bay in 24 hours", "mm", "other", None),
    "rain_total": ("storm-total rainfall at Orrin Hills (highest recorded)", "mm", "other", None),
    "rain_avg": ("average September rainfall at Senna Bay", "mm", "other", None),
    "rain_ratio": ("Senna Bay 24-hour rainfall as a multiple of the September average", "times", "other", None),
    "window": ("time windows (24 hours, etc.)", "hours", "other", None),
    "surge": ("storm surge height at Senna Bay", "metres", "other", None),
    "outage_peak": ("customers without power at the height of the storm", "customers", "count", None),
    "outage_current": ("customers still without power at the time of reporting (running count)", "customers", "total", None),
    "outage_sennabay": ("customers still without power in Senna Bay district", "customers", "part", "outage_current"),
    "utility_customers": ("customers served by Lanvara Power & Light", "customers", "population", None),
    "restore_target": ("share of customers LP&L aims to have restored by 25 September", "percent", "other", None),
    "flights": ("flights cancelled at Port Aldric International", "flights", "count", None),
    "troops": ("soldiers deployed for rescue and relief", "soldiers", "count", None),
    "homes_damaged": ("homes damaged or destroyed by Hesper (running count)", "homes", "total", None),
    "homes_destroyed": ("homes completely destroyed", "homes", "part", "homes_damaged"),
    "homes_sennabay": ("homes damaged in Senna Bay district", "homes", "part", "homes_damaged"),
    "schools": ("schools closed in the province", "schools", "count", None),
    "marrow_deaths": ("people killed by Typhoon Marrow in 2019", "deaths", "count", None),
    "marrow_insured": ("insured losses from Typhoon Marrow in 2019", "USD", "other", None),
    "typhoons_decade": ("typhoons that hit Lanvara in the past decade", "typhoons", "count", None),
    "fund": ("government emergency funds released for Hesper relief", "crowns", "other", None),
    "insured_losses": ("insured losses from Hesper (modellers' estimates)", "USD", "other", None),
    "economic_losses": ("total economic losses from Hesper", "USD", "other", None),
    "insured_share": ("share of Lanvara homes with typhoon insurance cover", "percent", "other", None),
    "crops": ("farmland (rice paddies) flooded", "hectares", "other", None),
    "battering_hours": ("hours Senna Bay was battered by hurricane-force winds", "hours", "other", None),
    "roads_closed": ("roads closed in the province", "roads", "count", None),
    "bridges": ("bridges damaged or washed away", "bridges", "count", None),
    "water_share": ("share of Senna Bay households without tap water", "percent", "other", None),
    "cleanup": ("Senna Bay council clean-up budget", "crowns", "other", None),
    "tourists_country": ("tourists from the translating outlet's country in the storm area (consular estimate)", "people", "population", None),
    "mum_children": ("children of a victim", "children", "other", None),
    "age": ("ages of people", "years", "other", None),
    "outage_warning": ("how long some rural lines could stay without power (LP&L warning)", "weeks", "other", None),
    "drowned_share": ("share of Hesper victims who drowned", "percent", "other", None),
    "insured_ratio": ("Hesper insured losses as a multiple of Marrow's", "times", "other", None),
    "assessed_share": ("share of villages reached by damage assessors", "percent", "other", None),
    "outage_share": ("share of LP&L customers still without power on 17 September", "percent", "other", None),
    "deaths_compatriots": ("citizens of the translating outlet's country among the dead", "deaths", "part", "deaths_tourists"),
    "harvest_loss": ("expected harvest loss in the province", "percent", "other", None),
    "water_points": ("water-tanker distribution points in Senna Bay", "points", "count", None),
    "tourists_foreign": ("foreign tourists in the storm region", "people", "population", None),
}

A1 = """
Typhoon Hesper [[kills seven|deaths|7]] in Corvenia, knocks out power to [[over a million|outage_peak|1000000|>]]
By Aline Strobeck | Meridian Wire | 15 September 2026

PORT ALDRIC, Corvenia (Meridian) - Typhoon Hesper tore into Corvenia's southern coast late on Monday with sustained winds of [[215 km/h|wind_landfall|215]], killing [[at least seven people|deaths|7|>=]], flooding coastal towns and leaving [[more than 1.2 million customers|outage_peak|1200000|>]] without electricity at the height of the storm, officials said on Tuesday.

The storm made landfall near Senna Bay shortly before 11 p.m. as a [[Category 4|category|4|=|opt]] typhoon, with gusts of [[up to 260 km/h|wind_gust|260|<=]], the Corvenian Meteorological Service (CMS) said. It was the strongest storm to hit Lanvara province since Typhoon Marrow in 2019, which killed [[61 people|marrow_deaths|61]].

The National Disaster Management Council (NDMC) said [[11 people were missing|missing|11]] and [[140 had been injured|injured|140]], most of them in Lanvara, a province of [[5.6 million people|pop_province|5600000]]. [[Four of the dead|deaths_drowned|4]] were swept away by floodwater, a council spokesman said.

Authorities moved [[412,000 people|evacuated|412000]] out of low-lying areas before the storm arrived. [[About 96,000|sheltered|96000|~]] were still staying in [[640 evacuation centres|centres|640]] on Tuesday afternoon.

A CMS station at Senna Bay recorded [[380 mm of rain|rain_24h|380]] in [[24 hours|window|24|=|opt]], [[nearly three times|rain_ratio|3|~]] the town's September average of [[140 mm|rain_avg|140]]. A storm surge of [[3.8 metres|surge|3.8]] pushed seawater deep into the streets along the bay.

Lanvara Power & Light (LP&L), which serves [[3.4 million customers|utility_customers|3400000]], said [[about 940,000|outage_current|940000|~]] were still without power on Tuesday evening and warned that some rural lines could stay down for [[two weeks|outage_warning|2|=|u=weeks]].

The defence ministry deployed [[8,500 soldiers|troops|8500]] to clear roads and distribute water. Preliminary reports showed [[at least 18,000 homes|homes_damaged|18000|>=]] damaged, the NDMC said, cautioning that assessors had not yet reached many villages cut off by landslides.

Port Aldric International Airport cancelled [[374 flights|flights|374]] on Monday and Tuesday, and [[2,300 schools|schools|2300]] across the province stayed shut. The government released [[450 million crowns|fund|450000000]] ([[$41 million|fund|41000000|=|u=USD]]) in emergency funds.

By Tuesday afternoon Hesper had weakened to a tropical storm with winds of [[95 km/h|wind_weakened|95]] and was moving northwest at [[about 20 km/h|storm_speed|20|~]], the CMS said.
"""

A2 = """
HESPER HORROR: [[DEATH TOLL SOARS TO 19|deaths|19]] AS 'MONSTER' TYPHOON LEAVES TOWNS UNDERWATER
By Gus Fennimore | The Daily Klaxon | 16 September 2026

THE death toll from monster Typhoon Hesper has [[soared to 19|deaths|19]] - including [[THREE holidaymakers|deaths_tourists|3]] - as rescuers dig through the wreckage of flattened seaside towns.

And officials fear the grim tally will rise further, with [[34 people|missing|34]] still unaccounted for last night.

The killer storm smashed into Corvenia's Senna Bay on Monday night packing winds of [[135mph|wind_landfall|135|=|u=mph]] - and gusts of [[160mph|wind_gust|160|=|u=mph]] strong enough to flip lorries. Terrified locals said the town was battered for [[SIX HOURS|battering_hours|6]] straight.

A [[12ft|surge|12|=|u=feet]] wall of seawater roared through the harbour while a staggering [[15 INCHES|rain_24h|15|=|u=inches]] of rain fell in a single day.

Mum-of-[[three|mum_children|3|=|opt]] [[Dalia Renn, 34|age|34|=|opt]], told the Klaxon: "The roof just went. We hid in the bathroom with the kids and prayed."

Disaster chiefs say [[212 people|injured|212]] have been hurt and [[31,500 homes|homes_damaged|31500]] damaged or wrecked.

Aid workers at the Corvenian Relief Society claim [[nearly HALF A MILLION|evacuated|500000|~]] people fled their homes - far more than the government's official figure of [[412,000|evacuated|412000]].

At the peak, a whopping [[1.25 MILLION|outage_peak|1250000]] homes and businesses were plunged into darkness. Last night [[610,000|outage_current|610000]] were STILL without power.

The army has now sent in [[11,000 troops|troops|11000]].

Insurers are bracing for a [[£1.7billion|insured_losses|1700000000|=|u=GBP]] bill. Hesper is the deadliest storm to hit the region since Typhoon [[Marrow killed 61|marrow_deaths|61]] in 2019.

Tour firms say [[around 9,000|tourists_foreign|9000|~]] foreign holidaymakers were in the region when the storm hit. Families worried about loved ones should call the consular helpline.
"""

A3 = """
Hesper's true cost: why the bill keeps rising [[a week after landfall|window|1|=|opt|u=weeks]]
By Miriam Castellane | The Harbour Review | 21 September 2026

[[A week|window|1|=|opt|u=weeks]] after Typhoon Hesper crossed the coast at Senna Bay, Corvenia is still counting. On Monday the National Disaster Management Council raised the [[death toll to 26|deaths|26]], up from [[seven|deaths|7]] on the morning after landfall, and said [[six people remained missing|missing|6]]. [[Nine of the dead|deaths_sennabay|9]] were in Senna Bay district itself; [[more than half|drowned_share|50|>]] of all victims drowned.

The rising toll is not unusual. In the first hours after a landfall, officials count only bodies that have been recovered and identified. As villages cut off by landslides are reached, the numbers climb - and the count of missing, which peaked at [[34|missing|34]] on Wednesday, falls as people are found alive or confirmed dead. The council now lists [[318 people injured|injured|318]].

The damage figures followed the same path. The first estimate, [[18,000 homes|homes_damaged|18000]], has grown to [[42,300|homes_damaged|42300]] damaged or destroyed, of which [[6,200|homes_destroyed|6200]] were levelled entirely. In Lanvara, a province of [[5.6 million|pop_province|5600000]] people, assessors have reached [[about 80 percent|assessed_share|80|~]] of villages.

The rainfall was extraordinary even by the standards of a typhoon coast. A gauge at Orrin Hills, inland from Senna Bay, recorded [[612 mm|rain_total|612]] over the storm's passage, against [[380 mm|rain_24h|380]] in a day at Senna Bay. Forecasters say unusually warm water off Senna Bay helped Hesper intensify to winds of [[215 km/h|wind_landfall|215]] in under [[36 hours|window|36|<|opt]].

Then there is money. Harlow Risk Analytics puts insured losses at [[$2.3 billion|insured_losses|2300000000]]; the reinsurer Quillon Re estimates [[between $1.8 billion and $2.9 billion|insured_losses|1800000000..2900000000|range]]. Either would be [[roughly double|insured_ratio|2|~]] the [[$1.1 billion|marrow_insured|1100000000]] insured after Typhoon Marrow, which killed [[61 people|marrow_deaths|61]] in 2019. Harlow puts total economic losses at [[$6 billion to $8 billion|economic_losses|6000000000..8000000000|range]].

The gap between the two is the uninsured. Only [[18 percent|insured_share|18]] of homes in Lanvara carry typhoon cover, according to the industry association. Lanvara has been hit by [[three typhoons|typhoons_decade|3]] in the past decade.

The government has raised its emergency allocation from [[450 million crowns|fund|450000000]] to [[1.2 billion crowns|fund|1200000000]], a sum critics say is small beside the [[64,000 hectares|crops|64000]] of rice paddies that flooded.

Restoring electricity has been faster. At the peak, [[1.25 million|outage_peak|1250000]] LP&L customers were without power; on Monday [[85,000|outage_current|85000]] still were. The utility says it will have [[95 percent|restore_target|95]] of its [[3.4 million|utility_customers|3400000]] customers back by Friday.

Evacuation numbers remain disputed. The NDMC says [[412,000 people|evacuated|412000]] were moved; the Corvenian Relief Society counted [[480,000|evacuated|480000]]. About [[23,000|sheltered|23000|~]] remain in evacuation centres.
"""

A4 = """
Typhoon Hesper: [[death toll in Corvenia rises to 21|deaths|21]]
Translated from German. Allgemeine Rundschau | 17 September 2026

Port Aldric. [[Three days|window|3|=|opt|u=days]] after Typhoon Hesper made landfall, the authorities in Corvenia have raised the [[number of dead to 21|deaths|21]]. [[20 people|missing|20]] are still missing, the National Disaster Management Council said on Thursday. Among the dead are [[three foreign tourists|deaths_tourists|3]], including [[two of our compatriots|deaths_compatriots|2]], the Foreign Office confirmed.

The storm had reached the coast on Monday evening with wind speeds of [[215 km/h|wind_landfall|215]]; individual gusts reached [[260 km/h|wind_gust|260]]. The storm surge at Senna Bay was [[3,8 metres|surge|3.8]] high. In [[24 hours|window|24|=|opt]], [[380 litres of rain per square metre|rain_24h|380|=|u=litres per square metre]] fell there.

Before the storm, [[412 000 people|evacuated|412000]] had been brought to safety; [[around 70 000|sheltered|70000|~]] are still living in emergency shelters. The number of damaged houses is given as [[36 400|homes_damaged|36400]].

The power supply is recovering only slowly. At the peak, [[1,25 million|outage_peak|1250000]] households and businesses had no electricity; on Thursday it was still [[around 450 000|outage_current|450000|~]], the operator LP&L said. That is [[13,2 percent|outage_share|13.2]] of its customers.

According to first estimates by the analysis firm Harlow Risk Analytics, insured damage amounts to [[around 2,1 billion euros|insured_losses|2100000000|~|u=EUR]]. Corvenia, a country of [[31,2 million|pop_country|31200000]] inhabitants, is regularly hit by typhoons; Typhoon Marrow killed [[61 people|marrow_deaths|61]] in 2019.

According to our embassy, [[around 2 000|tourists_country|2000|~]] tourists from our country were in the affected region. Several tour operators cancelled trips until the end of the month. [[About 64 000 hectares|crops|64000|~]] of rice fields are flooded; the agriculture ministry expects harvest losses of [[up to 40 percent|harvest_loss|40|<=]] in the province.
"""

A5 = """
Senna Bay counts its losses: [[nine dead|deaths_sennabay|9]], [[14,200 homes damaged|homes_sennabay|14200]]
By Petra Lowick | Senna Bay Courier | 18 September 2026

[[Nine people from Senna Bay district|deaths_sennabay|9]] died in Typhoon Hesper, the district office confirmed on Friday - the highest toll of any district in Lanvara.

District officer Hanne Orsby said [[14,200 homes had been damaged|homes_sennabay|14200]] in the district, which has [[310,000 residents|pop_sennabay|310000]]. Province-wide the count stands at [[38,900|homes_damaged|38900]] and the toll at [[23|deaths|23]], with [[14 still missing|missing|14]].

[[41 evacuation centres|centres_sennabay|41]] remain open in the district, housing [[12,800 people|sheltered_sennabay|12800]]. [[About 60 percent|water_share|60|~]] of households still have no tap water; tankers are calling at [[18 points|water_points|18]] around town.

LP&L says [[71,000 customers|outage_sennabay|71000]] in the district are still without power, out of [[290,000|outage_current|290000]] province-wide.

[[Twelve bridges|bridges|12]] in the district were damaged or washed away and [[47 roads|roads_closed|47]] across Lanvara remain closed.

The district council on Thursday approved [[3 million crowns|cleanup|3000000]] for clean-up and asked the province for more.
"""

ARTICLES = [
    ("01_wire_2026-09-15.txt", A1),
    ("02_tabloid_2026-09-16.txt", A2),
    ("03_analysis_2026-09-21.txt", A3),
    ("04_translated_2026-09-17.txt", A4),
    ("05_local_2026-09-18.txt", A5),
]

if __name__ == "__main__":
    main(EVENT, FOLDER, NOTES, Q, ARTICLES)
