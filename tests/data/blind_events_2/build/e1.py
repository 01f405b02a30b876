from lib import build
A = {}
A["a"] = ("01_wire_2026-03-14.txt", """
Ferry sinks off Veskholm, at least 12 dead and 55 missing

VESKHOLM, March 14, 2026 (Meridian Press) -

A passenger ferry carrying 231 people capsized and sank in heavy seas off the island of Veskholm on Saturday, killing at least 12 people, the regional coastguard said. Fifty-five people were still unaccounted for late in the evening.

The MV Corran Bay, operated by Saltmere Lines, was carrying 212 passengers and 19 crew on its regular crossing from the mainland port of Aldmoor when it began to list about two nautical miles from Veskholm harbour, according to the operator's manifest.

Rescuers had pulled 164 people from the water or from life rafts by nightfall, coastguard spokeswoman Ilse Varnholt told reporters. "We are still searching and we will search through the night," she said.

Fourteen vessels and three helicopters joined the operation, which was hampered by winds of 40 knots and waves of up to 3.5 metres.

At least 38 survivors were taken to hospital in Veskholm, some with hypothermia. The island's only hospital has 60 beds.

The Corran Bay, built in 1994, is licensed to carry 400 passengers. Saltmere Lines said in a statement that the vessel had passed its last safety inspection in November and that it was cooperating fully with investigators.

It is the worst maritime accident in the Strait of Aldmoor since 2009, when the sinking of the cargo ferry Helga Rann killed 31 people.

The cause of the sinking was not immediately known. Survivors described a loud bang from the vehicle deck shortly before the ship began to tilt.
""")
A["b"] = ("02_tabloid_2026-03-15.txt", """
HORROR AT SEA: 23 DEAD AS DOOMED FERRY GOES DOWN

By Kenny Dowd, Daily Clarion, Sunday March 15, 2026

TWENTY-THREE people are now known to have died after the doomed ferry Corran Bay flipped over in a raging storm - and nearly 40 more are feared lost beneath the waves.

Terrified passengers told last night how they clung to floating debris for hours in the freezing water as 20ft waves crashed over them.

"There was a huge bang and then everyone was screaming," said grandmother Margit Solberg, 67, who was plucked from the sea by a fishing boat. "I thought I would never see my grandchildren again."

More than 170 people were rescued from the stricken ship, but rescuers fear the toll will rise further.

The Clarion can reveal that the 32-year-old vessel had been hit with FOUR safety warnings in the past five years - including one for faulty doors on its car deck.

And the ship was crammed with 231 souls when it went down, far below its limit of 400 passengers - raising fresh questions about how it could have sunk so fast.

Four children are among the dead.

Furious relatives gathered at the harbour in Aldmoor demanded answers from Saltmere Lines, which made profits of 18 million euros last year.

"They took our money and they killed our families," one man shouted.

Saltmere boss Piet Arvander refused to comment when approached by the Clarion at his luxury home.

Divers were due to return to the wreck, lying in 70 metres of water, at first light today.
""")
A["c"] = ("03_broadsheet_2026-03-17.txt", """
Corran Bay: questions over manifest as death toll reaches 29

By Helena Marsk, Maritime Correspondent - The Northern Ledger, Tuesday 17 March 2026

Three days after the Corran Bay went down off Veskholm, the most basic question about the disaster - how many people were on board - still has two answers.

Saltmere Lines maintains that its manifest listed 231 people. The coastguard, which has cross-checked ticket sales against the names of survivors and of those reported missing by families, now puts the figure at 238, suggesting at least seven people boarded without being recorded.

On Tuesday the coastguard confirmed that 29 people had died. It said 176 had been rescued and 33 remained missing, though hopes of finding anyone alive have all but gone. Those three figures add up to the coastguard's total of 238, not to the operator's.

The discrepancy matters. Under the strait's ferry regulations, an operator that cannot account for everyone on board faces fines of up to 250,000 euros per crossing, and investigators will want to know whether the ship's loading records were reliable in other respects.

The Corran Bay's recent record will also be examined. The 32-year-old ship was cited four times in five years by port inspectors, according to documents seen by the Ledger, twice for problems with the bow door seals on its vehicle deck. Survivors' accounts of a bang from that deck have focused attention there.

Maritime safety specialists point out that the ship was carrying well under its certified capacity of 400 passengers, so overloading, the most common factor in ferry disasters in the region, is unlikely to explain the sinking on its own.

The comparison most often drawn on Veskholm is with the Helga Rann, which sank in 2009 with the loss of 31 lives. That inquiry took more than two years. Families of the Corran Bay victims say they will not wait that long.
""")
A["d"] = ("04_local_2026-03-16.txt", """
Island mourns as 26 confirmed dead; 41 Veskholm residents were aboard

Veskholm Gazette - Monday, 16 March 2026

Veskholm woke to a second day of grief on Monday as the coastguard raised the number of confirmed deaths in the Corran Bay sinking to twenty-six.

Of the 231 people the ferry was carrying, 41 were residents of Veskholm, the island council said - many of them returning from the weekly market in Aldmoor. The council did not say how many of the islanders were among the dead, but the Gazette understands that at least nine islanders are still missing.

On an island of 8,900 people, almost everyone knows a family that has been touched.

The coastguard said one hundred and seventy-four people had now been rescued. Staff at Veskholm General Hospital treated 38 survivors over the weekend; 11 were still in the hospital on Monday morning, two of them in intensive care.

Volunteers from the island's lifeboat station were among the first at the scene, just two nautical miles from the harbour wall. "We could see the lights of the ship from the pier," said coxswain Anders Lyhne, who has served with the station for 22 years.

The parish church of St Olav will hold a vigil on Wednesday evening. The school on Harbour Road, which lost a teacher in the sinking, will remain closed until Thursday. Ferry services to the island have been suspended until further notice, and the council has asked the airline serving Aldmoor to lay on extra flights for relatives travelling to the island.

The council has opened a relief fund, which had raised more than 40,000 euros by Monday afternoon.
""")
A["e"] = ("05_translated_2026-03-16.txt", """
Ferry disaster: coastguard speaks of 27 victims

Translated from the Aldmoorsk daily Kystposten - 16.03.2026

The number of fatalities after the sinking of the ferry Corran Bay in the Strait of Aldmoor has risen to 27, as the coastguard announced on Monday morning. 28 persons are still missing, 176 persons were rescued.

According to the shipping company Saltmere Lines there were 231 persons on board, of them 212 passengers and 19 crew members.

The ferry of 12 400 gross tonnes capsized on Saturday approximately 3,7 kilometres before the harbour of Veskholm. At the time of the accident the wind reached 74 km/h, the waves were up to 3,5 metres high.

In the search took part altogether 14 ships and 3 helicopters, besides the coastguard also fishermen from Veskholm and Aldmoor. Divers have since Sunday examined the wreck, which lies at a depth of 70 metres.

The ferry was built in the year 1994 and can transport up to 400 passengers and 90 cars. At the moment of the accident 47 vehicles were on board, of them 6 lorries.

The state prosecutor in Aldmoor has opened an investigation. The question is above all whether the bow door on the vehicle deck was correctly closed. The company stated that the ship had passed the last inspection in November 2025.

The minister of transport, Rune Dahlquist, has announced a review of all 23 ferries which operate in the strait. "Such an accident must not repeat itself," he said in Aldmoor.

In the year 2009 the ferry Helga Rann sank in the same strait, 31 persons died at that time.
""")
F = [
 ("a","at least 12 dead",12,">=","dead","dead"),
 ("a","and 55 missing",55,"=","missing","missing"),
 ("a","carrying 231 people",231,"=","people aboard","aboard"),
 ("a","killing at least 12 people",12,">=","dead","dead"),
 ("a","Fifty-five people were still unaccounted for",55,"=","people missing","missing"),
 ("a","carrying 212 passengers",212,"=","passengers","passengers"),
 ("a","19 crew on its regular crossing",19,"=","crew","crew"),
 ("a","about two nautical miles",2,"~","nautical miles","distance_from_harbour"),
 ("a","pulled 164 people",164,"=","people rescued","rescued"),
 ("a","Fourteen vessels",14,"=","vessels","search_vessels"),
 ("a","three helicopters",3,"=","helicopters","search_helicopters"),
 ("a","winds of 40 knots",40,"=","knots","wind_speed"),
 ("a","waves of up to 3.5 metres",3.5,"<=","metres","wave_height"),
 ("a","At least 38 survivors were taken to hospital",38,">=","survivors hospitalised","hospitalised"),
 ("a","60 beds",60,"=","beds","hospital_beds"),
 ("a","licensed to carry 400 passengers",400,"=","passengers","capacity_passengers"),
 ("a","killed 31 people",31,"=","dead","helga_rann_dead"),
 ("b","23 DEAD",23,"=","dead","dead"),
 ("b","TWENTY-THREE people are now known to have died",23,"=","dead","dead"),
 ("b","nearly 40 more are feared lost",40,"~","missing","missing",{"high":40}),
 ("b","20ft waves",20,"=","feet","wave_height",{"optional":True}),
 ("b","Margit Solberg, 67",67,"=","years","solberg_age",{"optional":True}),
 ("b","More than 170 people were rescued",170,">","people rescued","rescued"),
 ("b","32-year-old vessel",32,"=","years","vessel_age"),
 ("b","FOUR safety warnings",4,"=","warnings","safety_citations"),
 ("b","past five years",5,"=","years","citation_window",{"optional":True}),
 ("b","including one for faulty doors",1,"=","citations","door_citations"),
 ("b","crammed with 231 souls",231,"=","people aboard","aboard"),
 ("b","limit of 400 passengers",400,"=","passengers","capacity_passengers"),
 ("b","Four children are among the dead",4,"=","children dead","children_dead"),
 ("b","profits of 18 million euros",18e6,"=","euros","operator_profit"),
 ("b","70 metres of water",70,"=","metres","wreck_depth"),
 ("c","death toll reaches 29",29,"=","dead","dead"),
 ("c","Three days after",3,"=","days","days_since",{"optional":True}),
 ("c","listed 231 people",231,"=","people aboard","aboard"),
 ("c","puts the figure at 238",238,"=","people aboard","aboard"),
 ("c","at least seven people boarded without being recorded",7,">=","people","unrecorded_boarders"),
 ("c","confirmed that 29 people had died",29,"=","dead","dead"),
 ("c","176 had been rescued",176,"=","people rescued","rescued"),
 ("c","33 remained missing",33,"=","missing","missing"),
 ("c","coastguard's total of 238",238,"=","people aboard","aboard"),
 ("c","up to 250,000 euros per crossing",250000,"<=","euros","max_fine"),
 ("c","32-year-old ship",32,"=","years","vessel_age"),
 ("c","cited four times",4,"=","citations","safety_citations"),
 ("c","in five years",5,"=","years","citation_window",{"optional":True}),
 ("c","twice for problems",2,"=","citations","door_citations"),
 ("c","capacity of 400 passengers",400,"=","passengers","capacity_passengers"),
 ("c","the loss of 31 lives",31,"=","dead","helga_rann_dead"),
 ("c","more than two years",2,">","years","helga_inquiry_years"),
 ("d","26 confirmed dead",26,"=","dead","dead"),
 ("d","41 Veskholm residents were aboard",41,"=","residents aboard","residents_aboard"),
 ("d","deaths in the Corran Bay sinking to twenty-six",26,"=","dead","dead"),
 ("d","Of the 231 people",231,"=","people aboard","aboard"),
 ("d","41 were residents of Veskholm",41,"=","residents aboard","residents_aboard"),
 ("d","at least nine islanders are still missing",9,">=","islanders missing","islanders_missing"),
 ("d","island of 8,900 people",8900,"=","people","island_population"),
 ("d","one hundred and seventy-four people had now been rescued",174,"=","people rescued","rescued"),
 ("d","treated 38 survivors",38,"=","survivors hospitalised","hospitalised"),
 ("d","11 were still in the hospital",11,"=","patients","still_hospitalised"),
 ("d","two of them in intensive care",2,"=","patients","intensive_care"),
 ("d","two nautical miles from the harbour wall",2,"=","nautical miles","distance_from_harbour"),
 ("d","for 22 years",22,"=","years","lyhne_service",{"optional":True}),
 ("d","more than 40,000 euros",40000,">","euros","relief_fund"),
 ("e","speaks of 27 victims",27,"=","dead","dead"),
 ("e","has risen to 27",27,"=","dead","dead"),
 ("e","28 persons are still missing",28,"=","missing","missing"),
 ("e","176 persons were rescued",176,"=","people rescued","rescued"),
 ("e","231 persons on board",231,"=","people aboard","aboard"),
 ("e","of them 212 passengers",212,"=","passengers","passengers"),
 ("e","19 crew members",19,"=","crew","crew"),
 ("e","12 400 gross tonnes",12400,"=","gross tonnes","tonnage"),
 ("e","approximately 3,7 kilometres",3.7,"~","kilometres","distance_from_harbour"),
 ("e","74 km/h",74,"=","km/h","wind_speed"),
 ("e","up to 3,5 metres high",3.5,"<=","metres","wave_height"),
 ("e","14 ships",14,"=","vessels","search_vessels"),
 ("e","3 helicopters",3,"=","helicopters","search_helicopters"),
 ("e","depth of 70 metres",70,"=","metres","wreck_depth"),
 ("e","up to 400 passengers",400,"<=","passengers","capacity_passengers"),
 ("e","90 cars",90,"<=","cars","capacity_cars",{"high":90}),
 ("e","47 vehicles were on board",47,"=","vehicles","vehicles_aboard"),
 ("e","6 lorries",6,"=","lorries","lorries_aboard"),
 ("e","all 23 ferries",23,"=","ferries","strait_ferries"),
 ("e","31 persons died",31,"=","dead","helga_rann_dead"),
]
Q = [
 ("dead","people killed in the Corran Bay sinking (running tally 12+ -> 23 -> 26/27 -> 29)"),
 ("missing","people missing after the sinking (running tally 55 -> ~40 -> 28 -> 33; sources differ)"),
 ("rescued","people rescued (164 -> >170 -> 174 -> 176)"),
 ("aboard","people on board in total (operator manifest 231 vs coastguard 238)"),
 ("passengers","passengers on board (subtotal of aboard)"),
 ("crew","crew on board (subtotal of aboard)"),
 ("distance_from_harbour","distance from Veskholm harbour where the ship sank (2 nmi = 3.7 km)"),
 ("search_vessels","vessels in the search"),
 ("search_helicopters","helicopters in the search"),
 ("wind_speed","wind speed at the time (40 knots = 74 km/h)"),
 ("wave_height","wave height at the time (3.5 m; tabloid 20 ft optional)"),
 ("hospitalised","survivors taken to / treated in hospital"),
 ("still_hospitalised","survivors still in hospital on Monday"),
 ("intensive_care","survivors in intensive care"),
 ("hospital_beds","beds in Veskholm hospital"),
 ("capacity_passengers","licensed passenger capacity of the ferry"),
 ("capacity_cars","car capacity of the ferry"),
 ("helga_rann_dead","deaths in the 2009 Helga Rann sinking"),
 ("helga_inquiry_years","length of the Helga Rann inquiry"),
 ("solberg_age","age of a survivor"),
 ("vessel_age","age of the ferry"),
 ("safety_citations","safety warnings/citations in five years"),
 ("door_citations","citations about the bow door seals"),
 ("citation_window","window of years for the citations"),
 ("children_dead","children among the dead"),
 ("operator_profit","Saltmere Lines profit last year"),
 ("wreck_depth","depth of water at the wreck"),
 ("days_since","days since sinking"),
 ("unrecorded_boarders","people who boarded without being recorded"),
 ("max_fine","maximum fine per crossing"),
 ("residents_aboard","Veskholm residents aboard"),
 ("islanders_missing","Veskholm islanders missing"),
 ("island_population","population of Veskholm"),
 ("lyhne_service","years of service of the coxswain"),
 ("relief_fund","money raised by the relief fund"),
 ("tonnage","gross tonnage of the ferry"),
 ("vehicles_aboard","vehicles aboard"),
 ("lorries_aboard","lorries aboard (subtotal of vehicles)"),
 ("strait_ferries","ferries operating in the strait"),
]
build("event1_ferry", "Sinking of the ferry MV Corran Bay off Veskholm, 14-17 March 2026 (fictional)", A, F, Q,
 "Years (1994, 2009, 2025) and dates are time anchors, not figures. Ages and time windows are optional.")
