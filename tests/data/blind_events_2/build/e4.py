from lib import build
A = {}
A["a"] = ("01_wire_2026-12-10.txt", """
Dunmere council approves $1.84 bln budget, first cut in a decade

DUNMERE, Dec 10, 2026 (Meridian Press) -

Dunmere city council on Thursday approved a budget of $1.84 billion for 2027, a cut of 3.5 percent from this year's $1.91 billion and the first reduction in the city's spending in ten years.

Nine councillors voted in favour and four against after a six-hour debate.

The budget eliminates 243 positions, most of them through vacancies and retirements, and raises the property tax rate by 2.1 percent, Finance Director Colm Hargreave told reporters.

The police department remains the largest item at $412.5 million, or 22.4 percent of the total, followed by social services at $355 million and public works at $286 million. Parks and libraries, whose budget falls 12 percent to $64 million, take the biggest cut of any department.

Debt service will cost the city $98 million next year, up from $81 million in 2026.

Mayor Ruth Ilsley said the reductions were unavoidable after the loss of state grants worth about $40 million. "We have protected the services people rely on most," she said.

The police budget rises 4.1 percent, which Ilsley said was needed to fill 35 vacant officer posts. Public sector unions said they would challenge the job cuts, which they put at closer to 300 once contract staff are counted.

Opposition councillors said the cuts to libraries would force the closure of three of the city's 14 branch libraries.

Dunmere, with a population of around 600,000, is the region's second-largest city after Carrowfield.
""")
A["b"] = ("02_tabloid_2026-12-11.txt", """
COUNCIL AXES NEARLY 250 JOBS - AND HIKES YOUR TAX

By Gary Plumb, Dunmere Daily Star - Friday 11 December 2026

PENNY-PINCHING council chiefs will slash almost 250 jobs and shut THREE libraries - while hitting every homeowner with a tax hike.

Dunmere's new budget, rubber-stamped last night, chops a whopping $67 million from city spending.

But while parks and libraries are savaged, the cops get MORE cash - a 4.1 per cent rise that takes the police budget to more than $412 million.

And the council will blow $98 million just paying interest on its debts - that's $163 for every man, woman and child in the city.

The Star can reveal that town hall bosses will spend an average of $3,069 on every Dunmere resident next year. Over in Carrowfield, the figure is nearer $3,240.

Angry library user Doreen Platt, 74, said: "The library is the only place some of us go all week. Now they want to take it away."

Council leader Ruth Ilsley insisted the cuts were "painful but necessary".

But opposition councillor Femi Adeyinka fumed: "This is a budget that asks the poorest to pay the most."

The property tax rise of 2.1 per cent will add about $58 a year to the bill for an average home.

Just nine of the council's 13 members backed the budget. Union bosses say the real number of jobs going is closer to 300 once agency staff are counted.

Closing libraries, cutting jobs and raising taxes all at once is a hat-trick nobody voted for.
""")
A["c"] = ("03_broadsheet_2026-12-12.txt", """
Dunmere's budget: smaller, but not where you might expect

Analysis by Ingrid Tollan, The Northern Ledger - Saturday 12 December 2026

Dunmere's council has approved its first shrinking budget in a decade, and the headline numbers are real: total spending of $1,842.6 million in 2027, down from $1,909.8 million this year. That is a cut of $67.2 million, or about 3.5 percent.

Measured per resident, the fall is slightly larger. With the population growing to an estimated 600,400, the city will spend about $3,070 per person, compared with roughly $3,200 this year.

Yet the reductions are far from evenly spread. The police department's budget rises by 4.1 percent to $412.5 million; it now accounts for 22.4 percent of everything the city spends, up from 20.8 percent. Social services, at $355 million, take 19.3 percent; public works 15.5 percent.

The pain falls instead on smaller departments. Parks and libraries lose 12 percent, leaving them with $64 million - coincidentally about 3.5 percent of the total budget, the same figure as the overall cut.

A less visible pressure is interest. Debt service rises from $81 million to $98 million, an increase of about 21 percent, the result of borrowing for the Harbour Bridge project at higher rates.

The comparison with Carrowfield, which the mayor's opponents have made much of, is less damning than it looks. Carrowfield spends $2.3 billion for about 710,000 residents, or about $3,240 each, but it also runs its own water utility, which Dunmere does not.

The real question is whether next year brings relief. The finance department projects a further shortfall of between $25 million and $40 million in 2028 unless state grants are restored.
""")
A["d"] = ("04_local_2026-12-09.txt", """
Budget vote tomorrow: what the $1.85 billion plan means for your neighbourhood

Dunmere Courier - Wednesday, 9 December 2026

City councillors will vote on Thursday on a draft budget of $1.85 billion for 2027, which would close three branch libraries and shed nearly 250 jobs.

The draft, published by the finance department last month, would cut total spending by roughly $60 million compared with this year, the first cut since 2016.

Here is what it would mean for some of the city's neighbourhoods, based on the finance department's own papers.

Northgate and Quayside: The Quayside branch library, which lends about 80,000 books a year, is one of three slated to close. The others are in Fernhill and Old Market.

Fernhill: The community pool, used by some 1,200 swimmers a week, will keep its opening hours after a campaign by residents. Parks staff across the city will fall from 310 to 262.

Old Market: Street cleaning will be cut from daily to five days a week. The market hall's roof repair, costed at $4.2 million, has been postponed to 2028.

Across the city, homeowners face a property tax increase of 2.1 percent, or about $58 a year on an average home valued at $280,000.

Finance Director Colm Hargreave told the Courier that amendments tabled by councillors could still change the total by "a few million dollars either way". At least 40 amendments have been submitted.

Residents can watch the debate, which begins at 2pm, on the council's website. Public comments will be limited to two minutes per speaker.
""")
A["e"] = ("05_translated_2026-12-11.txt", """
Dunmere saves: city budget sinks by 3,5 percent

Translated from the Estmark daily Morgenbladet - 11.12.2026

The city council of Dunmere has adopted a budget of 1,84 billion dollars for the year 2027. That is 3,5 percent less than in the current year, in which the city had 1,91 billion dollars at its disposal. It is the first reduction of the budget in ten years.

The largest item remains the police with 412,5 million dollars, which corresponds to a share of 22,4 percent. For social affairs are provided 355 million dollars, for public works 286 million dollars. The budget of parks and libraries shrinks by 12 percent to 64 million dollars.

243 positions in the administration are cut. Three of the 14 city libraries will be closed. The property tax rises by 2,1 percent.

Per inhabitant the city spends thus approximately 3 070 dollars. The neighbouring city Carrowfield with about 710 000 inhabitants has a budget of 2,3 billion dollars.

The city loses state subsidies of around 40 million dollars. The payments for interest and repayment of debts rise to 98 million dollars.

In the council 9 members voted for the budget, 4 against. The opposition criticised above all the closing of the libraries, which last year registered together more than 1,1 million visits. Mayor Ruth Ilsley defended the cuts as unavoidable.

Dunmere has approximately 600 000 inhabitants. The city is known above all for its harbour and the Harbour Bridge, whose construction cost 520 million dollars and which was partly financed with credits.
""")
F = [
 ("a","$1.84 bln budget",1.84e9,"=","dollars","budget_2027"),
 ("a","first cut in a decade",10,"=","years","years_since_last_cut",{"optional":True}),
 ("a","budget of $1.84 billion for 2027",1.84e9,"=","dollars","budget_2027"),
 ("a","a cut of 3.5 percent",3.5,"=","percent","cut_pct"),
 ("a","this year's $1.91 billion",1.91e9,"=","dollars","budget_2026"),
 ("a","in ten years",10,"=","years","years_since_last_cut",{"optional":True}),
 ("a","Nine councillors voted in favour",9,"=","councillors","votes_for"),
 ("a","four against",4,"=","councillors","votes_against"),
 ("a","six-hour debate",6,"=","hours","debate_hours",{"optional":True}),
 ("a","eliminates 243 positions",243,"=","positions","jobs_cut"),
 ("a","by 2.1 percent",2.1,"=","percent","property_tax_rise"),
 ("a","largest item at $412.5 million",412.5e6,"=","dollars","police_budget"),
 ("a","22.4 percent of the total",22.4,"=","percent","police_share"),
 ("a","social services at $355 million",355e6,"=","dollars","social_budget"),
 ("a","public works at $286 million",286e6,"=","dollars","works_budget"),
 ("a","falls 12 percent",12,"=","percent","parks_cut_pct"),
 ("a","to $64 million",64e6,"=","dollars","parks_budget"),
 ("a","cost the city $98 million",98e6,"=","dollars","debt_service_2027"),
 ("a","up from $81 million",81e6,"=","dollars","debt_service_2026"),
 ("a","about $40 million",40e6,"~","dollars","lost_state_grants"),
 ("a","rises 4.1 percent",4.1,"=","percent","police_rise_pct"),
 ("a","35 vacant officer posts",35,"=","posts","police_vacancies"),
 ("a","closer to 300",300,"~","jobs","jobs_cut_union"),
 ("a","three of the city's 14 branch libraries",3,"=","libraries","libraries_closing"),
 ("a","14 branch libraries",14,"=","libraries","libraries_total"),
 ("a","population of around 600,000",600000,"~","people","population"),
 ("b","NEARLY 250 JOBS",250,"~","jobs","jobs_cut",{"high":250}),
 ("b","almost 250 jobs",250,"~","jobs","jobs_cut",{"high":250}),
 ("b","THREE libraries",3,"=","libraries","libraries_closing"),
 ("b","whopping $67 million",67e6,"=","dollars","cut_abs"),
 ("b","4.1 per cent rise",4.1,"=","percent","police_rise_pct"),
 ("b","more than $412 million",412e6,">","dollars","police_budget"),
 ("b","blow $98 million",98e6,"=","dollars","debt_service_2027"),
 ("b","$163 for every man",163,"=","dollars per resident","debt_per_resident"),
 ("b","average of $3,069",3069,"=","dollars per resident","per_resident_2027"),
 ("b","nearer $3,240",3240,"~","dollars per resident","carrowfield_per_resident"),
 ("b","Doreen Platt, 74",74,"=","years","platt_age",{"optional":True}),
 ("b","rise of 2.1 per cent",2.1,"=","percent","property_tax_rise"),
 ("b","about $58 a year",58,"~","dollars per year","tax_rise_average_home"),
 ("b","Just nine of the",9,"=","councillors","votes_for"),
 ("b","closer to 300 once agency",300,"~","jobs","jobs_cut_union"),
 ("b","council's 13 members",13,"=","councillors","council_size"),
 ("c","$1,842.6 million",1842.6e6,"=","dollars","budget_2027"),
 ("c","$1,909.8 million",1909.8e6,"=","dollars","budget_2026"),
 ("c","cut of $67.2 million",67.2e6,"=","dollars","cut_abs"),
 ("c","or about 3.5 percent",3.5,"~","percent","cut_pct"),
 ("c","estimated 600,400",600400,"~","people","population"),
 ("c","about $3,070 per person",3070,"~","dollars per resident","per_resident_2027"),
 ("c","roughly $3,200 this year",3200,"~","dollars per resident","per_resident_2026"),
 ("c","rises by 4.1 percent",4.1,"=","percent","police_rise_pct"),
 ("c","to $412.5 million",412.5e6,"=","dollars","police_budget"),
 ("c","accounts for 22.4 percent",22.4,"=","percent","police_share"),
 ("c","up from 20.8 percent",20.8,"=","percent","police_share_2026"),
 ("c","at $355 million",355e6,"=","dollars","social_budget"),
 ("c","take 19.3 percent",19.3,"=","percent","social_share"),
 ("c","public works 15.5 percent",15.5,"=","percent","works_share"),
 ("c","lose 12 percent",12,"=","percent","parks_cut_pct"),
 ("c","with $64 million",64e6,"=","dollars","parks_budget"),
 ("c","coincidentally about 3.5 percent",3.5,"~","percent","parks_share"),
 ("c","from $81 million",81e6,"=","dollars","debt_service_2026"),
 ("c","to $98 million",98e6,"=","dollars","debt_service_2027"),
 ("c","about 21 percent",21,"~","percent","debt_service_rise_pct"),
 ("c","$2.3 billion",2.3e9,"=","dollars","carrowfield_budget"),
 ("c","about 710,000 residents",710000,"~","people","carrowfield_population"),
 ("c","about $3,240 each",3240,"~","dollars per resident","carrowfield_per_resident"),
 ("c","between $25 million and $40 million",25e6,"range","dollars","shortfall_2028",{"low":25e6,"high":40e6}),
 ("d","$1.85 billion plan",1.85e9,"=","dollars","budget_2027"),
 ("d","draft budget of $1.85 billion",1.85e9,"=","dollars","budget_2027"),
 ("d","close three branch libraries",3,"=","libraries","libraries_closing"),
 ("d","nearly 250 jobs",250,"~","jobs","jobs_cut",{"high":250}),
 ("d","roughly $60 million",60e6,"~","dollars","cut_abs"),
 ("d","about 80,000 books a year",80000,"~","books","quayside_loans"),
 ("d","one of three slated to close",3,"=","libraries","libraries_closing"),
 ("d","some 1,200 swimmers a week",1200,"~","swimmers per week","pool_users"),
 ("d","fall from 310",310,"=","staff","parks_staff_2026"),
 ("d","to 262",262,"=","staff","parks_staff_2027"),
 ("d","costed at $4.2 million",4.2e6,"=","dollars","roof_repair_cost"),
 ("d","five days a week",5,"=","days per week","street_cleaning_days"),
 ("d","increase of 2.1 percent",2.1,"=","percent","property_tax_rise"),
 ("d","about $58 a year on an average home",58,"~","dollars per year","tax_rise_average_home"),
 ("d","valued at $280,000",280000,"=","dollars","average_home_value"),
 ("d","At least 40 amendments",40,">=","amendments","amendments"),
 ("d","two minutes per speaker",2,"=","minutes","speaking_time",{"optional":True}),
 ("e","by 3,5 percent",3.5,"=","percent","cut_pct"),
 ("e","budget of 1,84 billion dollars",1.84e9,"=","dollars","budget_2027"),
 ("e","That is 3,5 percent less",3.5,"=","percent","cut_pct"),
 ("e","1,91 billion dollars",1.91e9,"=","dollars","budget_2026"),
 ("e","in ten years",10,"=","years","years_since_last_cut",{"optional":True}),
 ("e","412,5 million dollars",412.5e6,"=","dollars","police_budget"),
 ("e","share of 22,4 percent",22.4,"=","percent","police_share"),
 ("e","355 million dollars",355e6,"=","dollars","social_budget"),
 ("e","286 million dollars",286e6,"=","dollars","works_budget"),
 ("e","by 12 percent",12,"=","percent","parks_cut_pct"),
 ("e","to 64 million dollars",64e6,"=","dollars","parks_budget"),
 ("e","243 positions",243,"=","positions","jobs_cut"),
 ("e","Three of the 14 city libraries",3,"=","libraries","libraries_closing"),
 ("e","14 city libraries",14,"=","libraries","libraries_total"),
 ("e","by 2,1 percent",2.1,"=","percent","property_tax_rise"),
 ("e","approximately 3 070 dollars",3070,"~","dollars per resident","per_resident_2027"),
 ("e","about 710 000 inhabitants",710000,"~","people","carrowfield_population"),
 ("e","2,3 billion dollars",2.3e9,"=","dollars","carrowfield_budget"),
 ("e","around 40 million dollars",40e6,"~","dollars","lost_state_grants"),
 ("e","rise to 98 million dollars",98e6,"=","dollars","debt_service_2027"),
 ("e","9 members voted for",9,"=","councillors","votes_for"),
 ("e","4 against",4,"=","councillors","votes_against"),
 ("e","more than 1,1 million visits",1.1e6,">","visits","library_visits"),
 ("e","approximately 600 000 inhabitants",600000,"~","people","population"),
 ("e","cost 520 million dollars",520e6,"=","dollars","bridge_cost"),
]
Q = [
 ("budget_2027","Dunmere total budget for 2027 (draft 1.85bn -> adopted 1,842.6m = 1.84bn)"),
 ("budget_2026","Dunmere total budget for 2026"),
 ("cut_abs","cut in total spending vs 2026, dollars (draft ~60m -> 67.2m)"),
 ("cut_pct","cut in total spending vs 2026, percent"),
 ("years_since_last_cut","years since the last cut"),
 ("votes_for","councillors voting for"),
 ("votes_against","councillors voting against"),
 ("council_size","council members"),
 ("debate_hours","length of debate"),
 ("jobs_cut","positions eliminated (243; nearly 250)"),
 ("property_tax_rise","property tax rise"),
 ("tax_rise_average_home","extra tax per year on an average home"),
 ("average_home_value","value of average home"),
 ("police_budget","police budget 2027"),
 ("police_rise_pct","police budget rise"),
 ("police_share","police share of 2027 total"),
 ("police_share_2026","police share of 2026 total"),
 ("social_budget","social services budget"),
 ("social_share","social services share"),
 ("works_budget","public works budget"),
 ("works_share","public works share"),
 ("parks_budget","parks and libraries budget 2027"),
 ("parks_cut_pct","parks and libraries cut in percent"),
 ("parks_share","parks and libraries share of total (3.5%, not the overall cut)"),
 ("parks_staff_2026","parks staff now"),
 ("parks_staff_2027","parks staff after cuts"),
 ("debt_service_2027","debt service 2027"),
 ("debt_service_2026","debt service 2026"),
 ("debt_service_rise_pct","rise in debt service"),
 ("debt_per_resident","debt service per resident"),
 ("lost_state_grants","state grants lost"),
 ("libraries_closing","branch libraries to close"),
 ("libraries_total","branch libraries in the city"),
 ("population","Dunmere population (around 600,000 / est. 600,400)"),
 ("per_resident_2027","spending per resident 2027"),
 ("per_resident_2026","spending per resident 2026"),
 ("carrowfield_budget","Carrowfield budget"),
 ("carrowfield_population","Carrowfield population"),
 ("carrowfield_per_resident","Carrowfield spending per resident"),
 ("shortfall_2028","projected 2028 shortfall"),
 ("platt_age","age of library user"),
 ("quayside_loans","books lent by Quayside library per year"),
 ("pool_users","swimmers per week at Fernhill pool"),
 ("street_cleaning_days","street cleaning days per week in Old Market"),
 ("amendments","amendments submitted"),
 ("speaking_time","public comment time"),
 ("police_vacancies","vacant police officer posts"),
 ("jobs_cut_union","jobs lost according to unions incl. contract staff (different count from positions eliminated)"),
 ("roof_repair_cost","market hall roof repair cost"),
 ("library_visits","visits to the libraries to be closed last year"),
 ("bridge_cost","Harbour Bridge construction cost"),
]
build("event4_budget", "Dunmere city budget for 2027, 9-12 December 2026 (fictional)", A, F, Q,
 "Draft and adopted 2027 totals are one quantity (a revised figure). The overall cut in dollars and in percent are different quantities. Parks' 3.5% share is not the 3.5% cut.")
