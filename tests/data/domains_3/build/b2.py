# Batch 2: space, military, demography, education
from lib import S, F, domain

# ----------------------------------------------------------------- space
domain("spc")
S("wire", "SpaceX launched 23 Starlink satellites on a Falcon 9 rocket from Cape Canaveral on Sunday, its 98th mission of the year.",
  [F("23", 23, "=", "satellites")], nf=["Falcon 9", "98th"])
S("broadsheet", "The James Webb Space Telescope, whose 6.5-metre mirror is made of 18 hexagonal segments, orbits about 1.5 million km from Earth.",
  [F("6.5-metre", 6.5, "=", "m"), F("18", 18, "=", "segments"), F("about 1.5 million km", 1.5e6, "~", "km")])
S("trade", "The Raptor 3 engine produces 280 tf of thrust at a chamber pressure of about 350 bar, roughly 20% more than its predecessor.",
  [F("280 tf", 280, "=", "tf"), F("about 350 bar", 350, "~", "bar"), F("roughly 20%", 20, "~")], nf=["Raptor 3"])
S("broadsheet", "Proxima Centauri b lies 4.2 light years away and completes an orbit every 11.2 days at a distance of just 0.05 AU from its star.",
  [F("4.2 light years", 4.2, "=", "light years"), F("11.2 days", 11.2, "=", "days"), F("0.05 AU", 0.05, "=", "AU")])
S("wire", "NASA's Artemis programme will cost an estimated $93 billion through 2025, the inspector general said, with each SLS launch costing more than $4 billion.",
  [F("an estimated $93 billion", 93e9, "~", "USD"), F("more than $4 billion", 4e9, ">", "USD")], nf=["2025"])
S("indian", "ISRO's Chandrayaan-3 mission, which cost about ₹615 crore, landed inside a 4 km by 2.4 km zone near the lunar south pole after a 40-day journey.",
  [F("about ₹615 crore", 6.15e9, "~", "INR"), F("4 km", 4, "=", "km"), F("2.4 km", 2.4, "=", "km"),
   F("40-day", 40, "=", "days")], nf=["Chandrayaan-3"])
S("headline", "ASTEROID THE SIZE OF 3 FOOTBALL PITCHES TO WHIZZ PAST EARTH AT 40,000MPH",
  [F("3", 3, "=", "football pitches"), F("40,000MPH", 40000, "=", "mph")])
S("translated", "The H3 rocket test vehicle No. 2 lifted off at 9:22 a.m. and separated the small satellite at an altitude of about 670 kilometres, JAXA announced, the launch cost being approximately 5 billion yen.",
  [F("about 670 kilometres", 670, "~", "km"), F("approximately 5 billion yen", 5e9, "~", "JPY")],
  nf=["H3", "No. 2", "9:22 a.m."])
S("broadsheet", "Apollo 11 touched down in Mare Tranquillitatis on 20 July 1969, and Launch Complex 39A, from which it flew, now hosts Falcon Heavy missions.",
  [], nf=["Apollo 11", "20 July 1969", "39A"])
S("wire", "The probe will make 24 close passes of Europa, coming within 25 km of its icy surface, during a four-year tour of the Jupiter system.",
  [F("24", 24, "=", "passes"), F("within 25 km", 25, "<", "km"), F("four-year", 4, "=", "years")])
S("broadsheet", "Mars is currently 225 million km from Earth, so a radio signal takes about 12.5 minutes to reach the Perseverance rover, which has now driven more than 30 km.",
  [F("225 million km", 225e6, "=", "km"), F("about 12.5 minutes", 12.5, "~", "minutes"), F("more than 30 km", 30, ">", "km")])
S("trade", "Each Starlink V2 Mini satellite weighs about 800 kg, and the constellation now numbers more than 6,000, roughly 60% of all active satellites, with dozens re-entering every week.",
  [F("about 800 kg", 800, "~", "kg"), F("more than 6,000", 6000, ">", "satellites"), F("roughly 60%", 60, "~")],
  nf=["V2", "dozens"])
S("liveblog", "14:02 UTC – Liftoff! Max-Q reached at 1 minute 12 seconds, main engine cut-off at 2:41 into flight, booster landing expected in about 8 minutes.",
  [F("1 minute 12 seconds", 72, "=", "seconds"), F("2:41", 161, "=", "seconds"), F("about 8 minutes", 8, "~", "minutes")],
  nf=["14:02 UTC"])
S("us", "Astronomers say the galaxy, JADES-GS-z14-0, formed just 290 million years after the Big Bang and has a redshift of 14.32.",
  [F("290 million years", 290e6, "=", "years"), F("14.32", 14.32, "=", "redshift")], nf=["JADES-GS-z14-0"])
S("wire", "The two methods for measuring the universe's expansion rate differ by about 8%, giving values of 67.4 and 73 kilometres per second per megaparsec.",
  [F("two", 2, "=", "methods"), F("about 8%", 8, "~"), F("67.4", 67.4, "=", "km/s/Mpc"),
   F("73 kilometres per second per megaparsec", 73, "=", "km/s/Mpc")])
S("canadian", "The Canadian Space Agency will spend $2.05 billion over 24 years on Canadarm3, a robotic arm for the Gateway lunar station.",
  [F("$2.05 billion", 2.05e9, "=", "CAD"), F("24 years", 24, "=", "years")], nf=["Canadarm3"])
S("press_release", "Orbital Forge has closed a US$120 million Series B round and will launch its first 3 re-entry capsules in 2026, each able to return up to 150 kg of cargo.",
  [F("US$120 million", 120e6, "=", "USD"), F("3", 3, "=", "capsules"), F("up to 150 kg", 150, "<", "kg")], nf=["2026"])
S("broadsheet", "Voyager 1, launched in 1977, is the most distant human-made object, and comet 12P/Pons-Brooks was last seen from Earth in 1954.",
  [], nf=["Voyager 1", "1977", "12P/Pons-Brooks", "1954"])
S("broadsheet", "The path of totality was about 185 km wide, and in Dallas the total phase lasted 3 minutes 51 seconds, against a maximum of 4 minutes 28 seconds near Torreón.",
  [F("about 185 km", 185, "~", "km"), F("3 minutes 51 seconds", 231, "=", "seconds"),
   F("4 minutes 28 seconds", 268, "=", "seconds")])
S("south_african", "The MeerKAT array's 64 dishes, each 13.5 metres across, cost about R4.4-billion, and the SKA-Mid telescope will add 133 more.",
  [F("64", 64, "=", "dishes"), F("13.5 metres", 13.5, "=", "m"), F("about R4.4-billion", 4.4e9, "~", "ZAR"),
   F("133", 133, "=", "dishes")])
S("trade", "Surface temperatures near the lunar south pole reach 54°C in sunlight but fall to −173°C in permanently shadowed craters, a difference of 227 degrees.",
  [F("54°C", 54, "=", "°C"), F("−173°C", -173, "=", "°C"), F("227 degrees", 227, "=", "degrees")])

# -------------------------------------------------------------- military
domain("mil")
S("wire", "The United States announced a $1.7 billion military aid package for Ukraine on Thursday, including 155mm artillery shells, HIMARS ammunition and three Patriot batteries.",
  [F("$1.7 billion", 1.7e9, "=", "USD"), F("three", 3, "=", "batteries")], nf=["155mm"])
S("broadsheet", "At least 42 people were killed and more than 130 wounded when a missile struck the market, regional officials said, in the deadliest attack on the city for six months.",
  [F("At least 42", 42, ">", "people"), F("more than 130", 130, ">", "people"), F("six months", 6, "=", "months")])
S("trade", "The F-35A has a combat radius of about 1,090 km, an internal fuel capacity of 8,280 kg and a top speed of Mach 1.6.",
  [F("about 1,090 km", 1090, "~", "km"), F("8,280 kg", 8280, "=", "kg"), F("Mach 1.6", 1.6, "=", "Mach")], nf=["F-35A"])
S("indian", "The Defence Ministry signed contracts worth ₹39,125 crore for BrahMos missiles and 2 fleet support ships, taking the year's capital acquisitions past ₹1.2 lakh crore.",
  [F("₹39,125 crore", 3.9125e11, "=", "INR"), F("2", 2, "=", "ships"), F("past ₹1.2 lakh crore", 1.2e12, ">", "INR")])
S("headline", "PUTIN'S 40-MILE CONVOY STALLS AS 1 IN 3 TANKS BREAKS DOWN",
  [F("40-MILE", 40, "=", "miles"), F("1 IN 3", 0.3333, "=", "fraction")])
S("wire", "NATO members spent an estimated $1.47 trillion on defence last year, and 23 of the alliance's 32 members met the 2% of GDP target.",
  [F("an estimated $1.47 trillion", 1.47e12, "~", "USD"), F("23", 23, "=", "members"), F("32", 32, "=", "members"),
   F("2%", 2)])
S("wire", "The 101st Airborne Division's 2nd Brigade will deploy under Operation Atlantic Resolve from Fort Campbell, Kentucky, on 1 September, with M1126 Stryker vehicles.",
  [], nf=["101st", "2nd", "1 September", "M1126"])
S("liveblog", "22:47 local time – Air raid sirens across Kyiv; the air force says 31 of 34 drones were shot down overnight, with debris falling in 4 districts.",
  [F("31", 31, "=", "drones"), F("34", 34, "=", "drones"), F("4", 4, "=", "districts")], nf=["22:47"])
S("translated", "The military programming law provides for 413 billion euros over the 2024-2030 period, an increase of around 40 percent compared with the previous law.",
  [F("413 billion euros", 413e9, "=", "EUR"), F("around 40 percent", 40, "~")], nf=["2024-2030"])
S("broadsheet", "Britain's army, at 73,000 regular soldiers, is the smallest it has been since the Napoleonic era and down by a third since 2000.",
  [F("73,000", 73000, "=", "soldiers"), F("a third", 0.3333, "=", "fraction")], nf=["2000"])
S("us", "The Pentagon's $886 billion budget request includes $61 billion for air power, $48 billion for sea power and about $33 billion for missile defense.",
  [F("$886 billion", 886e9, "=", "USD"), F("$61 billion", 61e9, "=", "USD"), F("$48 billion", 48e9, "=", "USD"),
   F("about $33 billion", 33e9, "~", "USD")])
S("nigerian", "Troops neutralised 17 insurgents and rescued 46 kidnapped persons in Borno State, the Defence Headquarters said, though hundreds of others are still missing.",
  [F("17", 17, "=", "insurgents"), F("46", 46, "=", "persons")], nf=["hundreds"])
S("headline", "ISRAEL CALLS UP 360,000 RESERVISTS IN 48 HOURS",
  [F("360,000", 360000, "=", "reservists"), F("48 HOURS", 48, "=", "hours")])
S("trade", "Each Type 26 frigate displaces about 6,900 tonnes, is 149.9m long and carries a crew of 157, with accommodation for up to 208.",
  [F("about 6,900 tonnes", 6900, "~", "tonnes"), F("149.9m", 149.9, "=", "m"), F("157", 157, "=", "crew"),
   F("up to 208", 208, "<", "crew")], nf=["Type 26"])
S("australian", "Australia will spend up to $368 billion over three decades on the AUKUS submarine program, acquiring three to five Virginia-class boats from the 2030s.",
  [F("up to $368 billion", 368e9, "<", "AUD"), F("three decades", 3, "=", "decades"),
   F("three to five", 3, "range", "boats", high=5)], nf=["2030s"])
S("wire", "The ceasefire, brokered after 11 days of fighting, provided for the exchange of 50 hostages for 150 prisoners over four days.",
  [F("11 days", 11, "=", "days"), F("50", 50, "=", "hostages"), F("150", 150, "=", "prisoners"), F("four days", 4, "=", "days")])
S("broadsheet", "Roughly one in five of the country's 1.2 million men of fighting age has left, according to estimates, leaving some brigades at half strength.",
  [F("Roughly one in five", 0.2, "~", "fraction"), F("1.2 million", 1.2e6, "=", "men"), F("half", 0.5, "=", "fraction")])
S("wire", "Satellite images dated 12 March show the Su-35 and several MiG-29s at Airbase 14, in hangars once used by the 3rd Fighter Wing during the 1999 campaign.",
  [], nf=["12 March", "Su-35", "MiG-29s", "Airbase 14", "3rd", "1999"])
S("canadian", "Ottawa will buy 88 F-35 fighters for $19 billion, with the first 4 to be delivered in 2026, National Defence said.",
  [F("88", 88, "=", "fighters"), F("$19 billion", 19e9, "=", "CAD"), F("4", 4, "=", "fighters")], nf=["F-35", "2026"])
S("pdf", "Defence spend- ing reached 2.3 % of GDP, equiv- alent to US$ 54.1 billion, and active personnel num- bered 148 200.",
  [F("2.3 %", 2.3), F("US$ 54.1 billion", 54.1e9, "=", "USD"), F("148 200", 148200, "=", "personnel")])

# ------------------------------------------------------------ demography
domain("dem")
S("wire", "India's population is estimated at 1.44 billion, overtaking China's 1.41 billion, according to United Nations data.",
  [F("estimated at 1.44 billion", 1.44e9, "~", "people"), F("1.41 billion", 1.41e9, "=", "people")])
S("broadsheet", "Japan's fertility rate fell to a record low of 1.20 in 2023, and births dropped 5.6% to 727,277, while deaths exceeded 1.57 million.",
  [F("1.20", 1.2, "=", "births per woman"), F("5.6%", 5.6), F("727,277", 727277, "=", "births"),
   F("1.57 million", 1.57e6, ">", "deaths")], nf=["2023"])
S("wire", "The 2021 Census recorded 59.6 million people in England and Wales, with 18.6% aged 65 and over, up from 16.4% in 2011.",
  [F("59.6 million", 59.6e6, "=", "people"), F("18.6%", 18.6), F("16.4%", 16.4)],
  nf=["2021 Census", "aged 65 and over", "2011"])
S("indian", "Kerala's sex ratio stands at 1,084 females per 1,000 males, the highest among states, against a national figure of 943.",
  [F("1,084", 1084, "=", "females per 1,000 males"), F("943", 943, "=", "females per 1,000 males")], nf=["1,000"])
S("nigerian", "Nigeria's population, put at about 223.8 million, is growing at 2.4 per cent a year, and almost half of Nigerians are under 18.",
  [F("about 223.8 million", 223.8e6, "~", "people"), F("2.4 per cent", 2.4), F("almost half", 0.5, "~", "fraction")],
  nf=["under 18"])
S("translated", "ISTAT said the resident population fell by 7.000 units to 58,99 million, with the average number of children per woman at 1,20.",
  [F("7.000", 7000, "=", "people"), F("58,99 million", 58.99e6, "=", "people"), F("1,20", 1.2, "=", "children per woman")])
S("us", "The Census Bureau says the nation's median age hit a record 38.9 years, and the 65-and-older population grew 3.2% to 59.3 million.",
  [F("38.9 years", 38.9, "=", "years"), F("3.2%", 3.2), F("59.3 million", 59.3e6, "=", "people")], nf=["65-and-older"])
S("table", "Population by region (millions): North 12.4, South 18.9, East 7.1, West 9.6; total 48.0",
  [F("12.4", 12.4e6, "=", "people"), F("18.9", 18.9e6, "=", "people"), F("7.1", 7.1e6, "=", "people"),
   F("9.6", 9.6e6, "=", "people"), F("48.0", 48e6, "=", "people")], nf=["millions"])
S("local", "Residents born between 1946 and 1964 were counted on Form 2A, and results for Ward 17 will be published at 9.30am on 21 March under Schedule 3 of the Census Act 1920.",
  [], nf=["between 1946 and 1964", "Form 2A", "Ward 17", "9.30am", "21 March", "Schedule 3", "1920"])
S("broadsheet", "Net migration to the UK was 685,000 in the year to December, down from a revised 906,000, with roughly two-fifths of arrivals coming on work visas.",
  [F("685,000", 685000, "=", "people"), F("906,000", 906000, "=", "people"),
   F("roughly two-fifths", 0.4, "~", "fraction")])
S("south_african", "Stats SA's census put the population at 62 million, with Gauteng home to 15,1 million people, about a quarter of the total.",
  [F("62 million", 62e6, "~", "people"), F("15,1 million", 15.1e6, "=", "people"),
   F("about a quarter", 0.25, "~", "fraction")])
S("wire", "Life expectancy at birth in Russia fell to 70.1 years, with men expected to live 64.2 years on average, almost 12 years less than women.",
  [F("70.1 years", 70.1, "=", "years"), F("64.2 years", 64.2, "=", "years"), F("almost 12 years", 12, "~", "years")])
S("australian", "Australia's population grew by 659,800 people, or 2.5 per cent, to 26.8 million in the year to September, driven by net overseas migration of 548,800.",
  [F("659,800", 659800, "=", "people"), F("2.5 per cent", 2.5), F("26.8 million", 26.8e6, "=", "people"),
   F("548,800", 548800, "=", "people")])
S("headline", "CHINA'S POPULATION FALLS FOR SECOND YEAR, DOWN 2.08 MILLION",
  [F("2.08 MILLION", 2.08e6, "=", "people")], nf=["SECOND YEAR"])
S("canadian", "Canada's population topped 41 million in the first quarter, adding 242,673 people, as temporary residents now make up 7.3 per cent of the total.",
  [F("41 million", 41e6, ">", "people"), F("242,673", 242673, "=", "people"), F("7.3 per cent", 7.3)],
  nf=["first quarter"])
S("broadsheet", "The survey's Table 4.2 covers households in postcodes SW1A 1AA to SW1A 2ZZ, with respondents aged 16 to 74 interviewed between 2022 and 2023.",
  [], nf=["Table 4.2", "SW1A 1AA", "SW1A 2ZZ", "aged 16 to 74", "between 2022 and 2023"])
S("pdf", "The urban share of the population rose to 56.2 % from 52.1 %, while aver- age household size fell from 3.1 to 2.8 per- sons.",
  [F("56.2 %", 56.2), F("52.1 %", 52.1), F("3.1", 3.1, "=", "persons"), F("2.8", 2.8, "=", "persons")])
S("us", "About 1 in 6 Americans is now 65 or older, and the Census Bureau projects that share will reach 1 in 5 by 2030.",
  [F("About 1 in 6", 0.1667, "~", "fraction"), F("1 in 5", 0.2, "=", "fraction")], nf=["65 or older", "2030"])
S("wire", "Some 1.1 million Sudanese have fled to neighbouring Chad, where tens of thousands are sleeping in the open, the UNHCR said, part of more than 8 million people displaced by the war.",
  [F("Some 1.1 million", 1.1e6, "~", "people"), F("more than 8 million", 8e6, ">", "people")], nf=["tens of thousands"])
S("broadsheet", "Half of the world's population lives in just seven countries, and the populations of the 46 least-developed nations are projected to double by 2050.",
  [F("Half", 0.5, "=", "fraction"), F("seven", 7, "=", "countries"), F("46", 46, "=", "nations"),
   F("double", 2, "=", "x")], nf=["2050"])

# ------------------------------------------------------------- education
domain("edu")
S("wire", "The proportion of A-level entries awarded A or A* grades fell to 27.2%, down from 36.4% in 2022 but still above the 25.4% recorded in 2019.",
  [F("27.2%", 27.2), F("36.4%", 36.4), F("25.4%", 25.4)], nf=["2022", "2019"])
S("indian", "As many as 16.9 lakh students appeared for the CBSE Class 12 exams, and the pass percentage rose by 0.65 points to 87.98%.",
  [F("As many as 16.9 lakh", 1.69e6, "<", "students"), F("0.65 points", 0.65, "=", "percentage points"),
   F("87.98%", 87.98)], nf=["Class 12"])
S("us", "Tuition and fees at four-year public colleges average $11,260 for in-state students, while a year at a private nonprofit school costs about $41,540.",
  [F("$11,260", 11260, "=", "USD"), F("about $41,540", 41540, "~", "USD")], nf=["four-year"])
S("broadsheet", "Some 1.6 million pupils in England are taught in classes of more than 30, and one in eight secondary teachers leaves the profession within five years of qualifying.",
  [F("Some 1.6 million", 1.6e6, "~", "pupils"), F("more than 30", 30, ">", "pupils"),
   F("one in eight", 0.125, "=", "fraction"), F("within five years", 5, "<", "years")])
S("tabloid", "Teachers' strike: 3,000 schools shut and a million kids sent home",
  [F("3,000", 3000, "=", "schools"), F("a million", 1e6, "=", "kids")])
S("trade", "The district's 1:1 device program will put 42,000 Chromebooks in classrooms at a cost of $14.7 million, or $350 per student.",
  [F("42,000", 42000, "=", "Chromebooks"), F("$14.7 million", 14.7e6, "=", "USD"), F("$350", 350, "=", "USD")],
  nf=["1:1"])
S("south_african", "The matric pass rate rose to 82,9%, with 572 983 candidates passing, and 40,9% of them achieved a bachelor's pass.",
  [F("82,9%", 82.9), F("572 983", 572983, "=", "candidates"), F("40,9%", 40.9)])
S("nigerian", "WAEC said 1,621,853 candidates sat the May/June examination and 79.81 per cent obtained credits in five subjects or more, including English and Mathematics.",
  [F("1,621,853", 1621853, "=", "candidates"), F("79.81 per cent", 79.81), F("five", 5, ">", "subjects")])
S("local", "Pupils in Year 11 at St Mary's, 14 Hill Road, will sit Paper 2 at 9am on 16 May, the first of their GCSEs under the 9-1 grading scale.",
  [], nf=["Year 11", "14 Hill Road", "Paper 2", "9am", "16 May", "9-1"])
S("translated", "The number of university students in Spain reached 1.690.000, 2,3% more than in the previous academic year, of whom 56,4% are women.",
  [F("1.690.000", 1690000, "=", "students"), F("2,3%", 2.3), F("56,4%", 56.4)])
S("broadsheet", "Universities in England face a shortfall of about £1,750 per home student because the £9,250 fee cap has been frozen for seven years while prices rose by roughly 30 per cent.",
  [F("about £1,750", 1750, "~", "GBP"), F("£9,250", 9250, "=", "GBP"), F("seven years", 7, "=", "years"),
   F("roughly 30 per cent", 30, "~")])
S("australian", "International student enrolments hit a record 768,000, and the Government wants to cap new commencements at 270,000 next year, a cut of roughly 35 per cent on some estimates.",
  [F("768,000", 768000, "=", "students"), F("270,000", 270000, "=", "commencements"), F("roughly 35 per cent", 35, "~")])
S("wire", "Harvard's endowment returned 9.6% in the fiscal year, lifting its value to $53.2 billion, the university said.",
  [F("9.6%", 9.6), F("$53.2 billion", 53.2e9, "=", "USD")])
S("us", "The average SAT score slipped to 1028, with the math section falling 4 points to 508 and only 37% of test-takers meeting both college-readiness benchmarks.",
  [F("1028", 1028, "=", "points"), F("4 points", 4, "=", "points"), F("508", 508, "=", "points"), F("37%", 37)])
S("liveblog", "10:31 — Results are in: 1,312 of our 1,480 pupils got at least a grade 4 in English and maths, that's 88.6%, headteacher Ms Obi says.",
  [F("1,312", 1312, "=", "pupils"), F("1,480", 1480, "=", "pupils"), F("88.6%", 88.6)], nf=["10:31", "grade 4"])
S("headline", "SCHOOLS GET £2BN BOOST AS 1 IN 4 CLASSROOMS CRUMBLE",
  [F("£2BN", 2e9, "=", "GBP"), F("1 IN 4", 0.25, "=", "fraction")])
S("canadian", "Ontario will cap international study permits at 141,000 next year, and colleges warn the cut could cost them $1.5 billion and 10,000 jobs.",
  [F("141,000", 141000, "=", "permits"), F("$1.5 billion", 1.5e9, "=", "CAD"), F("10,000", 10000, "=", "jobs")])
S("press_release", "Northfield University today announced a $25 million gift, the largest in its 128-year history, to fund 200 scholarships a year for first-generation students.",
  [F("$25 million", 25e6, "=", "USD"), F("200", 200, "=", "scholarships")], nf=["128-year"])
S("local", "Room 101 of Block C will host the Class of 2025 graduation rehearsal at 2.30pm, and Form 7B's results day falls on 22 August.",
  [], nf=["Room 101", "2025", "2.30pm", "7B", "22 August"])
S("pdf", "Enrol- ment in primary education rose to 96.3 % of the age group, but the pupil- teacher ratio worsened to 38 :1 in rural districts.",
  [F("96.3 %", 96.3), F("38 :1", 38, "=", "pupils per teacher")])
