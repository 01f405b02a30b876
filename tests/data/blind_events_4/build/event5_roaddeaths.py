from common import main

EVENT = "Estmere National Road Safety Agency annual report on 2025 road deaths, published 20 May 2026 (fictional)"
FOLDER = "05_estmere_road_deaths"
NOTES = ("All names are invented. Years (2015, 2024, 2030) are not figures; road names such as 'N14' are identifiers, "
         "not figures. The official 2025 toll (1,912) and the Safe Streets Alliance's higher estimate (about 2,260, "
         "same 30-day definition, matched to hospital records) are the same quantity. Deaths in other years, regional "
         "deaths, deaths by road-user group and age group are different quantities (the latter are parts of the "
         "national toll). Rates per 100,000 are annotated as one figure ('5.4 per 100,000' -> 5.4; the 100,000 is part "
         "of the unit). Percent changes and absolute changes are different quantities. The 'fewer than 900' target is "
         "a separate quantity. Age bands ('aged 18 to 24'), individuals' ages and definitional windows ('within 30 "
         "days') are optional. 'Five every day' and 'every four and a half hours' are separate derived quantities; "
         "the 'ONE person' in that phrase is optional. Ordinals ('second annual increase') are optional.")

Q = {
    "deaths": ("road deaths in Estmere in 2025 (official count vs campaigners' estimate)", "deaths", "total", None),
    "deaths_prev": ("road deaths in 2024", "deaths", "count", None),
    "deaths_2015": ("road deaths in 2015", "deaths", "count", None),
    "deaths_2019": ("road deaths in 2019", "deaths", "count", None),
    "deaths_2021": ("road deaths in 2021", "deaths", "count", None),
    "deaths_change": ("percent rise in road deaths, 2025 on 2024", "percent", "other", None),
    "deaths_increase": ("absolute rise in road deaths, 2025 on 2024", "deaths", "other", None),
    "years_rising": ("consecutive years of rising deaths (ordinal)", "years", "other", None),
    "deaths_per_day": ("road deaths per day in 2025", "deaths per day", "other", None),
    "hours_between": ("hours between road deaths on average", "hours", "other", None),
    "one_person": ("'one person' in the one-death-every-N-hours phrase", "people", "other", None),
    "rate": ("national road death rate 2025", "deaths per 100,000 inhabitants", "other", None),
    "rate_prev": ("national road death rate 2024", "deaths per 100,000 inhabitants", "other", None),
    "rate_northvale": ("North Vale road death rate 2025", "deaths per 100,000 inhabitants", "other", None),
    "rate_capital": ("Estport Metropolitan Region road death rate 2025", "deaths per 100,000 inhabitants", "other", None),
    "rate_compact": ("Northern Compact average road death rate", "deaths per 100,000 inhabitants", "other", None),
    "rate_lovria": ("Lovria road death rate", "deaths per 100,000 inhabitants", "other", None),
    "rate_home": ("road death rate in the translating outlet's country", "deaths per 100,000 inhabitants", "other", None),
    "rate_ratio": ("North Vale rate as a multiple of the capital region's", "times", "other", None),
    "rate_vkm": ("deaths per billion vehicle-kilometres", "deaths per billion vehicle-km", "other", None),
    "population": ("inhabitants of Estmere", "people", "population", None),
    "pop_northvale": ("residents of North Vale", "people", "population", None),
    "northvale_pop_share": ("North Vale's share of the national population", "percent", "other", None),
    "northvale_death_share": ("North Vale's share of national road deaths", "percent", "other", None),
    "fleet": ("registered vehicles in Estmere", "vehicles", "population", None),
    "vkm": ("vehicle-kilometres driven in 2025", "vehicle-km", "other", None),
    "vkm_change": ("rise in vehicle-kilometres since 2019", "percent", "other", None),
    "serious_injuries": ("people seriously injured on the roads in 2025 (official vs campaigners)", "people", "count", None),
    "deaths_northvale": ("road deaths in North Vale in 2025", "deaths", "part", "deaths"),
    "deaths_northvale_prev": ("road deaths in North Vale in 2024", "deaths", "count", None),
    "deaths_brackenridge": ("road deaths in Brackenridge county (North Vale)", "deaths", "part", "deaths_northvale"),
    "deaths_n14": ("deaths on the N14 trunk road", "deaths", "part", "deaths_northvale"),
    "deaths_northvale_old": ("over-65s among North Vale's road deaths", "deaths", "part", "deaths_northvale"),
    "deaths_northvale_moto": ("motorcyclist deaths in North Vale", "deaths", "part", "deaths_northvale"),
    "deaths_capital": ("road deaths in the Estport Metropolitan Region", "deaths", "part", "deaths"),
    "deaths_ped": ("pedestrian deaths 2025", "deaths", "part", "deaths"),
    "ped_share": ("pedestrians' share of road deaths", "percent", "other", None),
    "deaths_moto": ("motorcyclist deaths 2025", "deaths", "part", "deaths"),
    "moto_change": ("rise in motorcyclist deaths", "percent", "other", None),
    "deaths_cyc": ("cyclist deaths 2025", "deaths", "part", "deaths"),
    "deaths_cyc_prev": ("cyclist deaths 2024", "deaths", "count", None),
    "cyc_change": ("rise in cyclist deaths", "percent", "other", None),
    "deaths_young": ("deaths of 18-to-24-year-olds", "deaths", "part", "deaths"),
    "deaths_old": ("deaths of people over 65", "deaths", "part", "deaths"),
    "deaths_drink": ("deaths in drink-driving crashes", "deaths", "part", "deaths"),
    "deaths_foreign_home": ("citizens of the translating outlet's country killed on Estmere's roads", "deaths", "part", "deaths"),
    "speed_share": ("share of fatal crashes where speed was a factor", "percent", "other", None),
    "rural_share": ("share of deaths on rural roads", "percent", "other", None),
    "rural_traffic_share": ("share of traffic on rural roads", "percent", "other", None),
    "ssa_gap": ("how much higher the campaigners' estimate is than the official toll", "percent", "other", None),
    "target": ("government target for annual road deaths by 2030", "deaths", "other", None),
    "target_cut": ("cut needed to reach the 2030 target", "percent", "other", None),
    "cost": ("annual cost of road crashes to the economy", "EUR", "other", None),
    "cost_gdp": ("cost of road crashes as a share of GDP", "percent", "other", None),
    "safety_budget": ("annual government road-safety spending", "EUR", "other", None),
    "speed_limit_rural": ("speed limit on Estmere's rural roads", "km/h", "other", None),
    "speed_limit_home": ("rural speed limit in the translating outlet's country", "km/h", "other", None),
    "speed_cameras": ("new speed cameras promised in North Vale", "cameras", "count", None),
    "northvale_budget": ("North Vale junction-redesign budget", "EUR", "other", None),
    "death_window": ("time windows (definition window for a road death; years to the target)", "days", "other", None),
    "age": ("ages of people and age bands", "years", "other", None),
}

A1 = """
Estmere road deaths rise for [[second|years_rising|2|=|opt]] year [[to 1,912|deaths|1912]]
By Halvard Quennell | Meridian Wire | 20 May 2026

ESTPORT, May 20 (Meridian) - Road deaths in Estmere rose [[3.5 percent|deaths_change|3.5]] to [[1,912 last year|deaths|1912]], the National Road Safety Agency (NRSA) said on Wednesday, putting the government's target of [[fewer than 900 deaths|target|900|<]] a year by 2030 further out of reach.

The death rate rose to [[5.4 per 100,000 inhabitants|rate|5.4]] from [[5.3|rate_prev|5.3]] in 2024, when [[1,847 people|deaths_prev|1847]] were killed, the agency's annual report showed. Another [[21,350 people|serious_injuries|21350]] were seriously injured. Estmere has [[35.4 million|population|35400000]] inhabitants.

The rural North Vale region again had the highest toll relative to its population, with [[318 deaths|deaths_northvale|318]] and a rate of [[7.9 per 100,000|rate_northvale|7.9]]. The Estport Metropolitan Region had the lowest rate, [[2.6|rate_capital|2.6]], with [[204 deaths|deaths_capital|204]].

[[Pedestrians accounted for 402|deaths_ped|402]] of the dead, motorcyclists for [[376|deaths_moto|376]] and cyclists for [[141|deaths_cyc|141]], up from [[118|deaths_cyc_prev|118]]. Speed was a factor in [[29 percent|speed_share|29]] of fatal crashes, and [[312 people|deaths_drink|312]] died in crashes involving a driver over the alcohol limit.

The Safe Streets Alliance, a campaign group, said the true toll was [[about 2,260|deaths|2260|~]], [[18 percent|ssa_gap|18]] higher, because police fail to record some deaths that hospitals attribute to road crashes.

The NRSA put the cost of road crashes to the economy at [[8.1 billion euros|cost|8100000000]], or [[1.2 percent|cost_gdp|1.2]] of gross domestic product.
"""

A2 = """
KILLER ROADS: [[1,912 DEAD IN A YEAR|deaths|1912]] - THAT'S [[FIVE EVERY DAY|deaths_per_day|5]]
By Trina Bolsover | The Morning Bugle | 21 May 2026

[[ONE person|one_person|1|=|opt]] dies on Estmere's roads [[every four and a half hours|hours_between|4.5]], shocking new figures reveal.

A grim total of [[1,912 people|deaths|1912]] were killed last year - [[65 more|deaths_increase|65]] than the year before.

Biker deaths soared [[9 per cent|moto_change|9]] to [[376|deaths_moto|376]], while the number of cyclists killed jumped by [[almost 20 per cent|cyc_change|20|~]] to [[141|deaths_cyc|141]].

Young drivers are among the worst hit: [[287 of the dead|deaths_young|287]] were [[aged 18 to 24|age|18..24|range|opt]]. And drink-drivers killed [[312|deaths_drink|312]].

Campaigners at the Safe Streets Alliance say the real toll [[could be as high as 2,260|deaths|2260|<=]].

Grieving mum [[Sandra Pell, 47|age|47|=|opt]], whose son Liam was killed on the N14 in North Vale, said: "Every one of those numbers is a family torn apart."

North Vale is the deadliest region, with a death rate of [[nearly 8 in every 100,000|rate_northvale|8|~]] people.

Transport Minister Corwin Ashby's pledge to get deaths [[below 900|target|900|<]] a year by 2030 now looks in tatters.
"""

A3 = """
Why Estmere's roads stopped getting safer
By Imogen Tarrant-Hale | The Estmere Observer | 24 May 2026

A decade ago, [[2,640 people|deaths_2015|2640]] died on Estmere's roads. By 2019 that had fallen to [[2,104|deaths_2019|2104]], and in 2021, with traffic still depressed, to a low of [[1,702|deaths_2021|1702]]. Since then the toll has crept back up: [[1,847|deaths_prev|1847]] in 2024 and [[1,912|deaths|1912]] last year, according to the National Road Safety Agency's annual report.

At [[5.4 deaths per 100,000|rate|5.4]] people, Estmere now compares poorly with the Northern Compact average of [[4.4|rate_compact|4.4]], let alone neighbouring Lovria's [[2.1|rate_lovria|2.1]].

Part of the explanation is exposure. Estmereans drove [[490 billion vehicle-kilometres|vkm|490000000000]] last year, [[4 percent|vkm_change|4]] more than before the pandemic, in [[19.6 million registered vehicles|fleet|19600000]]. Measured per distance travelled, the death rate - [[3.9 per billion vehicle-kilometres|rate_vkm|3.9]] - has barely moved.

The bigger story is geography. North Vale's rate of [[7.9|rate_northvale|7.9]] is [[three times|rate_ratio|3]] the Estport region's [[2.6 per 100,000|rate_capital|2.6]]. Rural roads account for [[58 percent|rural_share|58]] of deaths but carry only [[32 percent of traffic|rural_traffic_share|32]]. Pedestrians make up [[21 percent|ped_share|21]] of the dead, and [[498 of those killed|deaths_old|498]] were [[over 65|age|65|>|opt]].

Then there is the question of whether the official count is complete. Both the NRSA and the Safe Streets Alliance use the international definition - a death within [[30 days|death_window|30|=|opt]] of a crash - but the alliance matches hospital records against police reports and arrives at [[2,260|deaths|2260]] deaths. It also estimates serious injuries at [[as many as 64,000|serious_injuries|64000|<=]], against the official [[21,350|serious_injuries|21350]].

The government spends [[420 million euros|safety_budget|420000000]] a year on road safety, against an estimated [[8.1 billion|cost|8100000000]] in economic losses from crashes. Meeting its target of [[fewer than 900|target|900|<]] deaths by 2030 would require cutting the toll by [[more than half|target_cut|50|>]] in [[five years|death_window|5|=|opt|u=years]] - something no Northern Compact country has managed.
"""

A4 = """
More traffic deaths in Estmere: [[1 912 in 2025|deaths|1912]]
Translated from Dutch. De Grensbode | 21 May 2026

In neighbouring Estmere, [[1 912 people|deaths|1912]] died in traffic last year, [[3,5 percent|deaths_change|3.5]] more than the year before ([[1 847|deaths_prev|1847]]). That corresponds to [[5,4 deaths per 100 000 inhabitants|rate|5.4]]; in our country the figure was [[3,1|rate_home|3.1]].

In the border region North Vale there were [[318 road deaths|deaths_northvale|318]], or [[7,9 per 100 000|rate_northvale|7.9]] inhabitants. Among all the dead were [[141 cyclists|deaths_cyc|141]] and [[402 pedestrians|deaths_ped|402]], and also [[11 of our compatriots|deaths_foreign_home|11]]. In addition, [[21 350 people|serious_injuries|21350]] were seriously injured.

The organisation Safe Streets Alliance believes the real number is higher: [[about 2 260|deaths|2260|~]]. The economic damage is estimated at [[8,1 billion euros|cost|8100000000]], [[1,2 percent|cost_gdp|1.2]] of the gross domestic product. Estmere has [[35,4 million|population|35400000]] inhabitants.

Experts point to the speed limit on rural roads: in Estmere it is [[90 km/h|speed_limit_rural|90]], here [[80 km/h|speed_limit_home|80]].
"""

A5 = """
North Vale again has deadliest roads: [[318 killed|deaths_northvale|318]]
By Callum Rees-Vantorp | North Vale Herald | 22 May 2026

[[318 people died|deaths_northvale|318]] on North Vale's roads last year, up from [[291|deaths_northvale_prev|291]] in 2024, giving the region a death rate of [[7.9 per 100,000|rate_northvale|7.9]] - the highest in Estmere and well above the national [[5.4|rate|5.4]].

Brackenridge county alone recorded [[61 deaths|deaths_brackenridge|61]], and the N14 trunk road between Falkirn and Ostley claimed [[23 lives|deaths_n14|23]]. [[Over-65s|age|65|>|opt]] accounted for [[89|deaths_northvale_old|89]] of the region's dead, and motorcyclist deaths rose to [[54|deaths_northvale_moto|54]].

The region has [[4.03 million residents|pop_northvale|4030000]] - [[11 percent|northvale_pop_share|11]] of the country's population - but [[17 percent|northvale_death_share|17]] of its road deaths. Nationally, [[1,912 people|deaths|1912]] died.

The regional council has promised [[40 new speed cameras|speed_cameras|40]] and [[12 million euros|northvale_budget|12000000]] for junction redesigns.
"""

ARTICLES = [
    ("01_wire_2026-05-20.txt", A1),
    ("02_tabloid_2026-05-21.txt", A2),
    ("03_analysis_2026-05-24.txt", A3),
    ("04_translated_2026-05-21.txt", A4),
    ("05_local_2026-05-22.txt", A5),
]

if __name__ == "__main__":
    main(EVENT, FOLDER, NOTES, Q, ARTICLES)
