# Batch 1: courts, real estate, shipping, aviation
from lib import S, F, domain

# ---------------------------------------------------------------- courts
domain("crt")
S("wire", "A federal judge in Manhattan sentenced the former hedge fund manager to 12 years in prison on Tuesday and ordered him to forfeit $43.5 million.",
  [F("12 years", 12, "=", "years"), F("$43.5 million", 43.5e6, "=", "USD")])
S("broadsheet", "Harwood, 47, who admitted three counts of fraud by abuse of position, was jailed for six years and four months and told to repay £1.28m within three months or serve a further 18 months.",
  [F("three", 3, "=", "counts", occ=1), F("six years and four months", 76, "=", "months"),
   F("£1.28m", 1.28e6, "=", "GBP"), F("within three months", 3, "<", "months"),
   F("18 months", 18, "=", "months")], nf=["47"])
S("tabloid", "LOVE RAT'S £250K BILL: Cheat ordered to hand over quarter of a million to ex after judge rules he hid cash",
  [F("£250K", 250000, "=", "GBP"), F("quarter of a million", 250000, "=", "GBP")])
S("indian", "The Sessions Court sentenced the accused to rigorous imprisonment for 10 years under Section 376 of the IPC and imposed a fine of Rs 50,000, of which Rs 40,000 will be paid to the survivor.",
  [F("10 years", 10, "=", "years"), F("Rs 50,000", 50000, "=", "INR"), F("Rs 40,000", 40000, "=", "INR")],
  nf=["Section 376"])
S("nigerian", "The Federal High Court in Lagos ordered the final forfeiture of N2.3bn and $1.1m linked to the former permanent secretary and adjourned the remaining case to March 14.",
  [F("N2.3bn", 2.3e9, "=", "NGN"), F("$1.1m", 1.1e6, "=", "USD")], nf=["March 14"])
S("south_african", "The Pretoria High Court ordered the municipality to pay R4.7-million in damages to 312 residents whose homes were flooded, plus interest at 11,75% a year.",
  [F("R4.7-million", 4.7e6, "=", "ZAR"), F("312", 312, "=", "residents"), F("11,75%", 11.75)])
S("us", "Judge Marisol Vega set bail at $75,000 for the 19-year-old driver, who faces two counts of vehicular homicide and a maximum of 30 years if convicted, in Courtroom 6B.",
  [F("$75,000", 75000, "=", "USD"), F("two", 2, "=", "counts"),
   F("a maximum of 30 years", 30, "<", "years")], nf=["19-year-old", "6B"])
S("wire", "The European Commission fined the chipmaker 1.06 billion euros, the second-largest antitrust penalty it has imposed on a single company, and gave it 60 days to change its rebate scheme.",
  [F("1.06 billion euros", 1.06e9, "=", "EUR"), F("60 days", 60, "=", "days")], nf=["second-largest"])
S("broadsheet", "Of the 12 jurors, three voted to acquit on the most serious count, and the judge accepted a majority verdict of nine to three on the lesser charge of manslaughter.",
  [F("12", 12, "=", "jurors"), F("three", 3, "=", "jurors", occ=1)], nf=["nine to three"])
S("translated", "The regional court in Munich sentenced the 58-year-old former board member to a suspended term of one year and nine months and a fine of 1.250.000 euros, the court announced on Thursday.",
  [F("one year and nine months", 21, "=", "months"), F("1.250.000 euros", 1250000, "=", "EUR")],
  nf=["58-year-old"])
S("australian", "The Federal Court ordered the telco to pay a $15 million penalty after finding it had misled more than 9,000 customers over a 14-month period, Justice Ng said.",
  [F("$15 million", 15e6, "=", "AUD"), F("more than 9,000", 9000, ">", "customers"), F("14-month", 14, "=", "months")])
S("canadian", "An Ontario Superior Court judge awarded the family $2.4 million, including $350,000 in punitive damages, ruling the nursing home had ignored 27 written complaints.",
  [F("$2.4 million", 2.4e6, "=", "CAD"), F("$350,000", 350000, "=", "CAD"), F("27", 27, "=", "complaints")])
S("local", "Magistrates in Wrexham fined the landlord £3,400, ordered him to pay £1,150 costs and a £190 victim surcharge after he admitted 11 breaches of fire safety rules at 14 Ffordd Glyn.",
  [F("£3,400", 3400, "=", "GBP"), F("£1,150", 1150, "=", "GBP"), F("£190", 190, "=", "GBP"),
   F("11", 11, "=", "breaches")], nf=["14 Ffordd Glyn"])
S("broadsheet", "The appeal, listed as case number 2024/EWCA/1187, will be heard in Court 73 of the Rolls Building at 10.30am on 4 June under Part 52 of the Civil Procedure Rules.",
  [], nf=["2024/EWCA/1187", "Court 73", "10.30am", "4 June", "Part 52"])
S("local", "Jones, 31, of 22 Mill Lane, was arrested on 9/11/2023 under section 18 of the Offences Against the Person Act 1861 and is due back in court on 2 February.",
  [], nf=["31", "22 Mill Lane", "9/11/2023", "section 18", "1861", "2 February"])
S("press_release", "The Department of Justice today announced that the two defendants agreed to pay $1.2 billion to resolve allegations that they overbilled Medicare for 4 years, with roughly $300 million going to 11 whistleblowers.",
  [F("two", 2, "=", "defendants"), F("$1.2 billion", 1.2e9, "=", "USD"), F("4 years", 4, "=", "years"),
   F("roughly $300 million", 300e6, "~", "USD"), F("11", 11, "=", "whistleblowers")])
S("headline", "JAILED: 14 YEARS FOR £2M DRUGS RING BOSS AS 9 OTHERS SENTENCED",
  [F("14 YEARS", 14, "=", "years"), F("£2M", 2e6, "=", "GBP"), F("9", 9, "=", "others")])
S("liveblog", "11:42 — The jury has been out for four hours and 20 minutes; Judge Okafor says she will now accept a verdict on which at least 10 of the 12 agree.",
  [F("four hours and 20 minutes", 260, "=", "minutes"), F("at least 10", 10, ">", "jurors"),
   F("12", 12, "=", "jurors")], nf=["11:42"])
S("wire", "The Supreme Court upheld the conviction by a 6-3 vote, leaving in place a 188-month sentence and a $2.5 million restitution order.",
  [F("188-month", 188, "=", "months"), F("$2.5 million", 2.5e6, "=", "USD")], nf=["6-3"])
S("bulleted", "Sentences handed down: • Reid – 8 years • Costa – 5 years 6 months • Patel – 30 months suspended for 2 years • Brennan – £12,000 fine",
  [F("8 years", 8, "=", "years"), F("5 years 6 months", 66, "=", "months"), F("30 months", 30, "=", "months"),
   F("2 years", 2, "=", "years"), F("£12,000", 12000, "=", "GBP")])
S("translated", "The Paris criminal court sentenced the four defendants to between 18 months and 3 years in prison and ordered them to pay 2,4 million euros jointly to the 1.800 civil parties.",
  [F("four", 4, "=", "defendants"), F("between 18 months and 3 years", 18, "range", "months", high=36),
   F("2,4 million euros", 2.4e6, "=", "EUR"), F("1.800", 1800, "=", "civil parties")])
S("wire", "Prosecutors are seeking a sentence of 25 years to life, while the defence argued that 8 to 10 years would be proportionate for the 41 counts.",
  [F("25 years to life", 25, ">", "years"), F("8 to 10 years", 8, "range", "years", high=10), F("41", 41, "=", "counts")])
S("broadsheet", 'Sentencing him, Judge Amara Singh said: "You took £84,000 from 17 elderly people over three years, and not one penny has been repaid."',
  [F("£84,000", 84000, "=", "GBP"), F("17", 17, "=", "people"), F("three years", 3, "=", "years")],
  nf=["not one penny"])

# ----------------------------------------------------------- real estate
domain("rea")
S("wire", "US 30-year fixed mortgage rates averaged 6.87% in the week to Thursday, up from 6.72% a week earlier, Freddie Mac said.",
  [F("6.87%", 6.87), F("6.72%", 6.72)], nf=["30-year"])
S("broadsheet", "The average asking price for a home in London fell by £4,312 this month to £681,245, the first monthly fall since January, according to Rightmove.",
  [F("£4,312", 4312, "=", "GBP"), F("£681,245", 681245, "=", "GBP")])
S("australian", "The four-bedroom house in Paddington sold at auction for $3.62 million, $420,000 above the reserve, after 14 registered bidders battled it out.",
  [F("four", 4, "=", "bedrooms"), F("$3.62 million", 3.62e6, "=", "AUD"), F("$420,000", 420000, "=", "AUD"),
   F("14", 14, "=", "bidders")])
S("indian", "Mumbai property registrations crossed 12,000 units in March, generating stamp duty revenue of ₹1,120 crore, up 9% on year.",
  [F("12,000", 12000, ">", "units"), F("₹1,120 crore", 1.12e10, "=", "INR"), F("9%", 9)])
S("canadian", "The benchmark price of a detached home in Greater Vancouver was $2,003,400 in May, down 1.4 per cent from a year earlier, while the sales-to-active listings ratio stood at 17 per cent.",
  [F("$2,003,400", 2003400, "=", "CAD"), F("1.4 per cent", 1.4), F("17 per cent", 17)])
S("trade", "Grade A office vacancy in Central rose 120bp q/q to 14.3%, with net absorption of -42,000 sq ft and prime rents flat at HK$98 psf.",
  [F("120bp", 120, "=", "basis points"), F("14.3%", 14.3), F("-42,000 sq ft", -42000, "=", "sq ft"),
   F("HK$98", 98, "=", "HKD")])
S("local", "The three-bedroom ranch at 1412 Willow Creek Drive, built in 1978, is listed at $389,900 and has been on the market for 41 days.",
  [F("three", 3, "=", "bedrooms"), F("$389,900", 389900, "=", "USD"), F("41 days", 41, "=", "days")],
  nf=["1412 Willow Creek Drive", "1978"])
S("tabloid", "HOUSE PRICES TO CRASH 20%! Experts warn homeowners could lose £50K by 2026",
  [F("20%", 20), F("£50K", 50000, "=", "GBP")], nf=["2026"])
S("translated", "The average price of second-hand housing in Spain rose 8,2% year-on-year to 2.150 euros per square metre, according to the property portal.",
  [F("8,2%", 8.2), F("2.150 euros", 2150, "=", "EUR")])
S("press_release", "Harbourview Living today announced the sale of all 212 apartments in its Phase 2 tower within 48 hours of launch, generating gross sales of more than $310 million.",
  [F("212", 212, "=", "apartments"), F("within 48 hours", 48, "<", "hours"),
   F("more than $310 million", 310e6, ">", "USD")], nf=["Phase 2"])
S("table", "Average rent by city (1-bed): Berlin €1,180 | Munich €1,560 | Hamburg €1,090 | Frankfurt €1,240",
  [F("€1,180", 1180, "=", "EUR"), F("€1,560", 1560, "=", "EUR"), F("€1,090", 1090, "=", "EUR"),
   F("€1,240", 1240, "=", "EUR")], nf=["1-bed"])
S("nigerian", "A three-bedroom flat in Lekki now rents for between N4m and N6m a year, double what landlords asked in 2021.",
  [F("between N4m and N6m", 4e6, "range", "NGN", high=6e6), F("double", 2, "=", "x")],
  nf=["three-bedroom", "2021"])
S("broadsheet", "Two-thirds of first-time buyers now rely on family help, and the typical deposit has risen to 21 per cent of the purchase price, or about £53,000.",
  [F("Two-thirds", 0.6667, "=", "fraction"), F("21 per cent", 21), F("about £53,000", 53000, "~", "GBP")])
S("local", "The council's planning committee will consider application 23/01456/FUL for Plot 7 at its meeting at 7pm on 15 October in Room 2.14 of the Civic Centre.",
  [], nf=["23/01456/FUL", "Plot 7", "7pm", "15 October", "Room 2.14"])
S("broadsheet", "Built in the 1930s, the Grade II-listed villa at 3 Marine Parade was among the first homes on the street to be sold under the new Section 21 rules.",
  [], nf=["1930s", "3 Marine Parade", "Section 21"])
S("south_african", "Transfer duty on a R3 500 000 home in Cape Town comes to about R195 000, while bond repayments at prime of 11,75% would exceed R36 000 a month.",
  [F("R3 500 000", 3.5e6, "=", "ZAR"), F("about R195 000", 195000, "~", "ZAR"), F("11,75%", 11.75),
   F("R36 000", 36000, ">", "ZAR")])
S("pdf", "Median house prices in the re- gion rose 4.6 per  cent to A$742, 000 over the year, while settled sales fell by one- third.",
  [F("4.6 per  cent", 4.6), F("A$742, 000", 742000, "=", "AUD"), F("one- third", 0.3333, "=", "fraction")])
S("us", "Zillow estimates the typical U.S. home value at $359,099, up 3.5% over the past year, and says buyers need an income of roughly $114,000 to afford it.",
  [F("$359,099", 359099, "~", "USD"), F("3.5%", 3.5), F("roughly $114,000", 114000, "~", "USD")])
S("headline", "MORTGAGE APPROVALS HIT 18-MONTH HIGH AT 61,300 AS RATES EASE TO 5.1%",
  [F("61,300", 61300, "=", "approvals"), F("5.1%", 5.1)], nf=["18-MONTH HIGH"])

# -------------------------------------------------------------- shipping
domain("shp")
S("wire", "Container ship transits through the Suez Canal fell 42% in the past two months, while rerouting around the Cape of Good Hope adds roughly 3,500 nautical miles and 10 to 14 days to an Asia-Europe voyage.",
  [F("42%", 42), F("two months", 2, "=", "months"), F("roughly 3,500 nautical miles", 3500, "~", "nautical miles"),
   F("10 to 14 days", 10, "range", "days", high=14)])
S("trade", "The 24,346 TEU MSC Irina, the world's largest boxship, has a 61.5m beam and a 16.5m draught.",
  [F("24,346 TEU", 24346, "=", "TEU"), F("61.5m", 61.5, "=", "m"), F("16.5m", 16.5, "=", "m")])
S("trade", "Drewry's World Container Index rose 3% to $3,964 per 40ft container this week, with Shanghai-Rotterdam up 5% at $4,712.",
  [F("3%", 3), F("$3,964", 3964, "=", "USD"), F("5%", 5), F("$4,712", 4712, "=", "USD")], nf=["40ft"])
S("wire", "The Baltic Dry Index, which tracks rates for ships carrying dry bulk, fell 57 points, or 3.1%, to 1,791 points.",
  [F("57 points", 57, "=", "points"), F("3.1%", 3.1), F("1,791 points", 1791, "=", "points")])
S("local", "Felixstowe handled 3.7 million TEU last year, and the port says the Berth 8 and 9 expansion will lift capacity by a fifth.",
  [F("3.7 million TEU", 3.7e6, "=", "TEU"), F("a fifth", 0.2, "=", "fraction")], nf=["Berth 8 and 9"])
S("indian", "Cargo traffic at major ports rose 4.5% to 819.2 million tonnes in FY24, with Paradip handling 145.4 MT, the most among the 12 major ports.",
  [F("4.5%", 4.5), F("819.2 million tonnes", 819.2e6, "=", "tonnes"), F("145.4 MT", 145.4e6, "=", "tonnes"),
   F("12", 12, "=", "ports")], nf=["FY24"])
S("broadsheet", "A single 400-metre vessel wedged across the canal in 2021 held up about 370 ships and an estimated $9.6 billion of trade each day, insurers calculated.",
  [F("400-metre", 400, "=", "m"), F("about 370", 370, "~", "ships"),
   F("an estimated $9.6 billion", 9.6e9, "~", "USD")], nf=["2021"])
S("headline", "PIRATES SEIZE TANKER WITH 25 CREW AND £40M CARGO OFF SOMALIA",
  [F("25", 25, "=", "crew"), F("£40M", 40e6, "=", "GBP")])
S("translated", "The port of Rotterdam handled 438,8 million tonnes of cargo last year, 6,1 procent less than a year earlier, the port authority said.",
  [F("438,8 million tonnes", 438.8e6, "=", "tonnes"), F("6,1 procent", 6.1)])
S("wire", "The tanker, carrying about 1 million barrels of Iraqi crude, was sailing at 11 knots some 40 nautical miles off Fujairah when it was struck.",
  [F("about 1 million barrels", 1e6, "~", "barrels"), F("11 knots", 11, "=", "knots"),
   F("some 40 nautical miles", 40, "~", "nautical miles")])
S("trade", "The MV Orient 7, IMO 9811000, is due at Berth 14 at 06:00 on 3 May after transiting the Panama Canal under the 2016 expansion rules.",
  [], nf=["Orient 7", "IMO 9811000", "Berth 14", "06:00", "3 May", "2016"])
S("liveblog", "09:15 GMT: Two of the six cranes at Terminal 4 are back in operation; the queue of ships outside the port has shortened to 17 from 31 on Monday, with half a dozen more due tonight.",
  [F("Two", 2, "=", "cranes"), F("six", 6, "=", "cranes"), F("17", 17, "=", "ships"), F("31", 31, "=", "ships"),
   F("half a dozen", 6, "=", "ships")], nf=["09:15", "Terminal 4"])
S("nigerian", "The Nigerian Ports Authority said vessel traffic at Apapa rose to 1,210 ships in 2023, while revenue hit N298.7bn, up 36 per cent.",
  [F("1,210", 1210, "=", "ships"), F("N298.7bn", 298.7e9, "=", "NGN"), F("36 per cent", 36)], nf=["2023"])
S("us", "Dockworkers at 36 East and Gulf Coast ports won a 62% wage increase over six years, lifting top base pay to $63 an hour from $39.",
  [F("36", 36, "=", "ports"), F("62%", 62), F("six years", 6, "=", "years"), F("$63", 63, "=", "USD"),
   F("$39", 39, "=", "USD")])
S("bulleted", "Fixture recap: • charter rate $38,500/day • period 12 months +/- 30 days • delivery Singapore • vessel 82,000 dwt Kamsarmax",
  [F("$38,500", 38500, "=", "USD"), F("12 months", 12, "=", "months"), F("+/- 30 days", 30, "=", "days"),
   F("82,000 dwt", 82000, "=", "dwt")])
S("canadian", "The Port of Vancouver moved 146.4 million tonnes of cargo in 2023, and a strike by 7,400 workers last summer stranded an estimated $10.7 billion in goods.",
  [F("146.4 million tonnes", 146.4e6, "=", "tonnes"), F("7,400", 7400, "=", "workers"),
   F("an estimated $10.7 billion", 10.7e9, "~", "CAD")], nf=["2023"])
S("australian", "A 38-day backlog at Port Botany has left more than 25,000 containers waiting, costing importers up to $1,200 each in storage fees.",
  [F("38-day", 38, "=", "days"), F("more than 25,000", 25000, ">", "containers"), F("up to $1,200", 1200, "<", "AUD")])
S("broadsheet", "Shipping accounts for nearly 3 per cent of global greenhouse gas emissions, and the IMO wants them cut by at least 20 per cent by 2030 and to net zero by around 2050.",
  [F("nearly 3 per cent", 3, "~"), F("at least 20 per cent", 20, ">")], nf=["2030", "2050"])
S("press_release", "Nordvik Shipping has ordered four 9,200 TEU methanol-ready vessels from Hyundai Heavy for a total of about US$480 million, with delivery in 2027 and 2028.",
  [F("four", 4, "=", "vessels"), F("9,200 TEU", 9200, "=", "TEU"), F("about US$480 million", 480e6, "~", "USD")],
  nf=["2027", "2028"])
S("pdf", "Throughput at the ter- minal reached 2 . 1 million TEU, a 7.3 % in- crease on the previous year.",
  [F("2 . 1 million TEU", 2.1e6, "=", "TEU"), F("7.3 %", 7.3)])
S("trade", "Ships inbound to Berth 12 must call Port Control on VHF Channel 14 at 0800 and 2000 hours, as set out in Notice to Mariners No. 7 of 2024.",
  [], nf=["Berth 12", "VHF Channel 14", "0800", "2000 hours", "No. 7", "2024"])

# -------------------------------------------------------------- aviation
domain("avi")
S("wire", "Boeing delivered 44 737 MAX jets in April, up from 29 in March, bringing its deliveries for the year to 127 aircraft.",
  [F("44", 44, "=", "jets"), F("29", 29, "=", "jets"), F("127", 127, "=", "aircraft")], nf=["737 MAX"])
S("broadsheet", "Heathrow handled 79.2 million passengers last year, just shy of its pre-pandemic record of 80.9 million, with the average load factor at 84.6%.",
  [F("79.2 million", 79.2e6, "=", "passengers"), F("80.9 million", 80.9e6, "=", "passengers"), F("84.6%", 84.6)])
S("headline", "HOLIDAY HELL: 14-HOUR DELAY FOR 300 BRITS STUCK ON TARMAC IN 38C HEAT",
  [F("14-HOUR", 14, "=", "hours"), F("300", 300, "=", "Brits"), F("38C", 38, "=", "°C")])
S("trade", "The A321XLR offers a range of up to 4,700nm with 180-220 passengers in a two-class layout, burning 30% less fuel per seat than previous-generation aircraft.",
  [F("up to 4,700nm", 4700, "<", "nautical miles"), F("180-220", 180, "range", "passengers", high=220), F("30%", 30)],
  nf=["A321XLR", "two-class"])
S("liveblog", "16:05 – Flight BA2490 to Malaga finally departed at 15:58, 7 hours late; passengers were given £5 meal vouchers.",
  [F("7 hours", 7, "=", "hours"), F("£5", 5, "=", "GBP")], nf=["16:05", "BA2490", "15:58"])
S("indian", "IndiGo operated 2,000-plus daily flights for the first time on Friday, carrying over 3.3 lakh passengers, the airline said.",
  [F("2,000-plus", 2000, ">", "flights"), F("over 3.3 lakh", 330000, ">", "passengers")])
S("us", "The FAA says controllers handled 45,000 flights a day last summer, while staffing sits about 3,000 controllers short of its target of 14,633.",
  [F("45,000", 45000, "=", "flights"), F("about 3,000", 3000, "~", "controllers"), F("14,633", 14633, "=", "controllers")])
S("wire", "The wide-body jet dropped about 6,000 feet in under two minutes after cabin pressure was lost at 37,000 feet, the NTSB said.",
  [F("about 6,000 feet", 6000, "~", "feet"), F("under two minutes", 2, "<", "minutes"), F("37,000 feet", 37000, "=", "feet")])
S("us", "Passengers on flight UA 837 from Gate C14 were rebooked onto the 7:45 departure and seated in rows 20 to 35 of a 777-300ER.",
  [], nf=["UA 837", "C14", "7:45", "rows 20 to 35", "777-300ER"])
S("translated", "Lufthansa carried 10,8 million passengers in the third quarter, 4,5 percent more than a year earlier, and cancelled around 1.200 flights because of strikes.",
  [F("10,8 million", 10.8e6, "=", "passengers"), F("4,5 percent", 4.5), F("around 1.200", 1200, "~", "flights")],
  nf=["third quarter"])
S("canadian", "Air Canada will pay $2.2 million in refunds and a $1.4-million penalty after failing to compensate 3,800 travellers for delays of three hours or more.",
  [F("$2.2 million", 2.2e6, "=", "CAD"), F("$1.4-million", 1.4e6, "=", "CAD"), F("3,800", 3800, "=", "travellers"),
   F("three hours or more", 3, ">", "hours")])
S("australian", "Qantas posted an underlying profit before tax of $2.47 billion, down 13 per cent, and said it would spend $230 million on 12 new Airbus A321XLRs.",
  [F("$2.47 billion", 2.47e9, "=", "AUD"), F("13 per cent", 13), F("$230 million", 230e6, "=", "AUD"),
   F("12", 12, "=", "aircraft")], nf=["A321XLRs"])
S("broadsheet", "Sustainable aviation fuel made up just 0.2% of the 300 billion litres of jet fuel burned last year, and costs two to five times as much as kerosene.",
  [F("0.2%", 0.2), F("300 billion litres", 300e9, "=", "litres"), F("two to five times", 2, "range", "x", high=5)])
S("trade", "The GE9X develops 105,000 lbf of thrust and has a 134-inch fan, the largest ever fitted to a commercial engine.",
  [F("105,000 lbf", 105000, "=", "lbf"), F("134-inch", 134, "=", "inches")], nf=["GE9X"])
S("headline", "RYANAIR CUTS 100 ROUTES AND WARNS FARES WILL RISE 10% THIS SUMMER",
  [F("100", 100, "=", "routes"), F("10%", 10)])
S("press_release", "SkyBridge Airways today announced an order for 30 E195-E2 aircraft, with purchase rights for 20 more, valued at US$2.6 billion at list prices.",
  [F("30", 30, "=", "aircraft"), F("20", 20, "=", "aircraft"), F("US$2.6 billion", 2.6e9, "=", "USD")], nf=["E195-E2"])
S("nigerian", "Domestic fares on the Lagos-Abuja route have risen to as much as N250,000 one way, from about N70,000 a year ago, operators said.",
  [F("as much as N250,000", 250000, "<", "NGN"), F("about N70,000", 70000, "~", "NGN")], nf=["one way"])
S("local", "Terminal 2's Pier 6 reopened on Monday, and the 24-hour Boeing 787 hangar at Stand 301 will follow in Q3.",
  [], nf=["Terminal 2", "Pier 6", "24-hour", "787", "Stand 301", "Q3"])
S("wire", "The airline's fleet of 312 aircraft has an average age of 14.1 years, against an industry average of roughly 12 years.",
  [F("312", 312, "=", "aircraft"), F("14.1 years", 14.1, "=", "years"), F("roughly 12 years", 12, "~", "years")])
S("tabloid", "Easyjet slapped a family with a whopping £1,120 bill for four seats after their 9am flight was axed",
  [F("£1,120", 1120, "=", "GBP"), F("four", 4, "=", "seats")], nf=["9am"])
