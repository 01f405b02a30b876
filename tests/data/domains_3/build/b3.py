# Batch 3: retail, markets, entertainment, sport
from lib import S, F, domain

# ---------------------------------------------------------------- retail
domain("ret")
S("wire", "UK consumer price inflation fell to 3.2% in March from 3.4% in February, the Office for National Statistics said, with food prices up 4.0% on the year.",
  [F("3.2%", 3.2), F("3.4%", 3.4), F("4.0%", 4.0)])
S("tabloid", "Price of a pint smashes £5 as boozers hike beer 20p in a year",
  [F("£5", 5, ">", "GBP"), F("20p", 0.2, "=", "GBP")])
S("us", "Egg prices jumped to $4.82 a dozen in January, the highest on record and up 65% from a year earlier, the Labor Department said.",
  [F("$4.82", 4.82, "=", "USD"), F("65%", 65)], nf=["a dozen"])
S("broadsheet", "Shoppers paid an average of £3.47 for a 2.5kg bag of potatoes last month, 27p more than a year ago, while a 400g loaf was up 6 per cent.",
  [F("£3.47", 3.47, "=", "GBP"), F("2.5kg", 2.5, "=", "kg"), F("27p", 0.27, "=", "GBP"), F("400g", 400, "=", "g"),
   F("6 per cent", 6)])
S("indian", "Tomato prices in Delhi's retail markets shot up to ₹80-100 a kg this week from ₹30-40 a fortnight ago, traders said.",
  [F("₹80-100", 80, "range", "INR", high=100), F("₹30-40", 30, "range", "INR", high=40)])
S("trade", "Like-for-like sales rose 4.1% in the 13 weeks to 30 March, while gross margin narrowed 45bp to 28.7% and online penetration reached 18pc.",
  [F("4.1%", 4.1), F("13 weeks", 13, "=", "weeks"), F("45bp", 45, "=", "basis points"), F("28.7%", 28.7),
   F("18pc", 18)], nf=["30 March"])
S("translated", "Consumer prices in Germany rose by 2,2 Prozent in April; energy became 1,2 Prozent cheaper, while food cost 0,5 Prozent more than a year earlier.",
  [F("2,2 Prozent", 2.2), F("1,2 Prozent", 1.2), F("0,5 Prozent", 0.5)])
S("nigerian", "A 50kg bag of rice now sells for between ₦75,000 and ₦80,000 in Lagos markets, up from ₦40,000 in January, as headline inflation hit 33.2 per cent.",
  [F("50kg", 50, "=", "kg"), F("between ₦75,000 and ₦80,000", 75000, "range", "NGN", high=80000),
   F("₦40,000", 40000, "=", "NGN"), F("33.2 per cent", 33.2)])
S("local", "The Black Friday sale at Store 412 on 1200 Market Street opens at 6am on 29 November, with Aisle 9 reserved for PS5 and iPhone 16 bundles.",
  [], nf=["Store 412", "1200 Market Street", "6am", "29 November", "Aisle 9", "PS5", "iPhone 16"])
S("headline", "SUPERMARKET PRICE WAR: 500 LINES CUT BY UP TO 30%",
  [F("500", 500, "=", "lines"), F("UP TO 30%", 30, "<")])
S("us", "Target said comparable sales fell 3.7% in the quarter and it would cut prices on 5,000 items, with some reductions as large as 25%.",
  [F("3.7%", 3.7), F("5,000", 5000, "=", "items"), F("as large as 25%", 25, "<")], nf=["the quarter"])
S("broadsheet", "A basket of 20 staple items costs £68.40 at the cheapest supermarket and £81.15 at the dearest, a gap of almost a fifth.",
  [F("20", 20, "=", "items"), F("£68.40", 68.4, "=", "GBP"), F("£81.15", 81.15, "=", "GBP"),
   F("almost a fifth", 0.2, "~", "fraction")])
S("australian", "Coles and Woolworths together control about 65 per cent of the grocery market, and the ACCC recorded a threefold rise in pricing complaints over five years.",
  [F("about 65 per cent", 65, "~"), F("threefold", 3, "=", "x"), F("five years", 5, "=", "years")])
S("bulleted", "Q4 highlights: • Revenue €2.31bn (+6.2%) • Gross margin 41.3% (-80bp) • Stores 1,046 (+23 net) • Dividend €0.84",
  [F("€2.31bn", 2.31e9, "=", "EUR"), F("+6.2%", 6.2), F("41.3%", 41.3), F("-80bp", -80, "=", "basis points"),
   F("1,046", 1046, "=", "stores"), F("+23", 23, "=", "stores"), F("€0.84", 0.84, "=", "EUR")], nf=["Q4"])
S("liveblog", "08:02 BST – Breaking: CPI 2.3% vs 2.1% expected; core 3.9%, services 5.9%. Sterling up 0.4% at $1.2561.",
  [F("2.3%", 2.3), F("2.1%", 2.1), F("3.9%", 3.9), F("5.9%", 5.9), F("0.4%", 0.4), F("$1.2561", 1.2561, "=", "USD")],
  nf=["08:02"])
S("canadian", "Food prices at Canadian grocery stores rose 2.2 per cent year-over-year, and a family of four will spend up to $16,833.67 on food this year, the annual Food Price Report forecasts.",
  [F("2.2 per cent", 2.2), F("up to $16,833.67", 16833.67, "<", "CAD")], nf=["family of four"])
S("tabloid", "Shrinkflation shame: choc bar shrinks from 200g to 180g but price stays at £2.50",
  [F("200g", 200, "=", "g"), F("180g", 180, "=", "g"), F("£2.50", 2.5, "=", "GBP")])
S("local", "The new Aldi on Station Road will create 40 jobs when it opens on 12 July, and the first 100 shoppers through the door get a £10 voucher.",
  [F("40", 40, "=", "jobs"), F("100", 100, "=", "shoppers"), F("£10", 10, "=", "GBP")], nf=["12 July"])
S("broadsheet", "Dunelm's 24/7 helpline, 0345 165 6565, was swamped on Boxing Day, and Section 75 claims are now handled by its Team 3 in Leicester.",
  [], nf=["24/7", "0345 165 6565", "Section 75", "Team 3"])
S("translated", "Food prices in Sweden rose 3,4 procent in the year to May, and the average monthly grocery bill for a family reached 8.450,5 kronor.",
  [F("3,4 procent", 3.4), F("8.450,5 kronor", 8450.5, "=", "SEK")])

# --------------------------------------------------------------- markets
domain("mkt")
S("wire", "The euro fell 0.4% to $1.0845, its lowest since November, while the yen weakened past 151 per dollar.",
  [F("0.4%", 0.4), F("$1.0845", 1.0845, "=", "USD"), F("past 151", 151, ">", "JPY")])
S("wire", "Brent crude futures rose $1.12, or 1.4%, to $82.40 a barrel by 1020 GMT, while U.S. West Texas Intermediate gained 98 cents to $78.01.",
  [F("$1.12", 1.12, "=", "USD"), F("1.4%", 1.4), F("$82.40", 82.4, "=", "USD"), F("98 cents", 0.98, "=", "USD"),
   F("$78.01", 78.01, "=", "USD")], nf=["1020 GMT"])
S("trade", "The benchmark 10-year Treasury yield climbed 12bp to 4.62%, its highest since November, as the 2s10s curve inverted by a further 5 basis points.",
  [F("12bp", 12, "=", "basis points"), F("4.62%", 4.62), F("5 basis points", 5, "=", "basis points")],
  nf=["10-year", "2s10s"])
S("broadsheet", "Gold has risen by more than a quarter this year to a record $2,431 an ounce, while silver, at $31.20, has gained almost 30 per cent.",
  [F("more than a quarter", 0.25, ">", "fraction"), F("$2,431", 2431, "=", "USD"), F("$31.20", 31.2, "=", "USD"),
   F("almost 30 per cent", 30, "~")])
S("headline", "OIL JUMPS 4% AS OPEC+ CUTS OUTPUT BY 1.2M BARRELS A DAY",
  [F("4%", 4), F("1.2M BARRELS A DAY", 1.2e6, "=", "barrels per day")])
S("indian", "The rupee settled at 83.47 against the US dollar, while the Sensex fell 736 points, or 1%, to close at 72,012 and FPIs sold shares worth ₹4,260 crore.",
  [F("83.47", 83.47, "=", "INR"), F("736 points", 736, "=", "points"), F("1%", 1), F("72,012", 72012, "=", "points"),
   F("₹4,260 crore", 4.26e10, "=", "INR")])
S("translated", "The DAX closed 0,8 Prozent higher at 18.492,49 points, while the euro traded at 1,0845 dollars.",
  [F("0,8 Prozent", 0.8), F("18.492,49 points", 18492.49, "=", "points"), F("1,0845 dollars", 1.0845, "=", "USD")])
S("trade", "Three-month copper on the LME rose 2.1% to $9,812 a tonne, while aluminium added $34 to $2,286 and nickel slid to a 3-year low.",
  [F("2.1%", 2.1), F("$9,812", 9812, "=", "USD"), F("$34", 34, "=", "USD"), F("$2,286", 2286, "=", "USD")],
  nf=["Three-month", "3-year low"])
S("liveblog", "14:32 GMT – Brent up 2.1% at $84.10 after the EIA reported a 4.2 million-barrel draw in US crude stocks, against forecasts for a 1.1m build.",
  [F("2.1%", 2.1), F("$84.10", 84.1, "=", "USD"), F("4.2 million-barrel", 4.2e6, "=", "barrels"),
   F("1.1m", 1.1e6, "=", "barrels")], nf=["14:32"])
S("us", "The S&P 500 rose 1.2% to a record 5,308.15, the Nasdaq Composite gained 1.4% and the Dow added 134 points.",
  [F("1.2%", 1.2), F("5,308.15", 5308.15, "=", "points"), F("1.4%", 1.4), F("134 points", 134, "=", "points")],
  nf=["S&P 500"])
S("wire", "Sterling rose as high as $1.2893 before easing to $1.2851, while against the euro it was flat at 85.12 pence.",
  [F("as high as $1.2893", 1.2893, "<", "USD"), F("$1.2851", 1.2851, "=", "USD"), F("85.12 pence", 0.8512, "=", "GBP")])
S("nigerian", "The naira closed at N1,485.50 per dollar at the official window on Friday, weaker than the N1,472 it fetched on Thursday, while the parallel market rate hovered around N1,540.",
  [F("N1,485.50", 1485.5, "=", "NGN"), F("N1,472", 1472, "=", "NGN"), F("around N1,540", 1540, "~", "NGN")])
S("wire", "The FTSE 100 and the Euro Stoxx 50 open at 8am, and the Nikkei 225 futures contract for June 2025 expires at 15:15 Tokyo time.",
  [], nf=["FTSE 100", "Euro Stoxx 50", "8am", "Nikkei 225", "June 2025", "15:15"])
S("broadsheet", "The Bank of England held rates at 5.25 per cent for a sixth meeting, with two of the nine members voting for a quarter-point cut.",
  [F("5.25 per cent", 5.25), F("two", 2, "=", "members"), F("nine", 9, "=", "members"),
   F("quarter-point", 0.25, "=", "percentage points")], nf=["sixth"])
S("south_african", "The rand firmed 0,6% to R18,42 against the dollar, and the JSE all-share index added 412 points to 76 540.",
  [F("0,6%", 0.6), F("R18,42", 18.42, "=", "ZAR"), F("412 points", 412, "=", "points"), F("76 540", 76540, "=", "points")])
S("australian", "The Australian dollar bought 65.8 US cents, and the ASX 200 lost 48.3 points, or 0.6 per cent, to 7,764.5.",
  [F("65.8 US cents", 0.658, "=", "USD"), F("48.3 points", 48.3, "=", "points"), F("0.6 per cent", 0.6),
   F("7,764.5", 7764.5, "=", "points")], nf=["ASX 200"])
S("trade", "Arabica futures hit $3.43 a pound, up 70% this year, and cocoa traded at $8,120 a tonne, roughly triple its level of 18 months ago.",
  [F("$3.43", 3.43, "=", "USD"), F("70%", 70), F("$8,120", 8120, "=", "USD"), F("roughly triple", 3, "~", "x")],
  nf=["18 months ago"])
S("wire", 'Bitcoin fell as much as 8.7% to $56,552, erasing about $200 billion from the value of all cryptocurrencies; "We see it back above $70,000 by year-end," one fund manager said.',
  [F("as much as 8.7%", 8.7, "<"), F("$56,552", 56552, "=", "USD"), F("about $200 billion", 200e9, "~", "USD"),
   F("above $70,000", 70000, ">", "USD")], nf=["one fund manager"])
S("table", "Yields at close: 2-yr 4.71% (+3bp) | 5-yr 4.38% (+5bp) | 10-yr 4.29% (+6bp) | 30-yr 4.45% (+4bp)",
  [F("4.71%", 4.71), F("+3bp", 3, "=", "basis points"), F("4.38%", 4.38), F("+5bp", 5, "=", "basis points"),
   F("4.29%", 4.29), F("+6bp", 6, "=", "basis points"), F("4.45%", 4.45), F("+4bp", 4, "=", "basis points")],
  nf=["2-yr", "5-yr", "10-yr", "30-yr"])
S("pdf", "The central bank raised the policy rate by 50 basis  points to 10.50 per cent, and reserves rose to US$ 38.2 bil- lion, equivalent to 6.1 months of import cover.",
  [F("50 basis  points", 50, "=", "basis points"), F("10.50 per cent", 10.5), F("US$ 38.2 bil- lion", 38.2e9, "=", "USD"),
   F("6.1 months", 6.1, "=", "months")])
S("translated", "The Nikkei Stock Average rose 1,033 yen to close at 39,098 yen, while the dollar traded at around 151.8 yen.",
  [F("1,033 yen", 1033, "=", "JPY"), F("39,098 yen", 39098, "=", "JPY"), F("around 151.8 yen", 151.8, "~", "JPY")])
S("wire", "The Bank of Japan ended eight years of negative rates, lifting its policy rate from minus 0.1% to a range of 0 to 0.1%.",
  [F("eight years", 8, "=", "years"), F("minus 0.1%", -0.1), F("0 to 0.1%", 0, "range", "%", high=0.1)])
S("indian", "The RBI's Monetary Policy Committee meets from 6 to 8 June and the Governor will announce the decision at 10am, with the 91-day T-bill auction following on Wednesday.",
  [], nf=["6 to 8 June", "10am", "91-day"])

# --------------------------------------------------------- entertainment
domain("ent")
S("wire", "The film opened to $156 million in North America and $302 million worldwide, the third-biggest debut of the year, studio estimates showed on Sunday.",
  [F("$156 million", 156e6, "=", "USD"), F("$302 million", 302e6, "=", "USD")], nf=["third-biggest"])
S("trade", "Season 4 drew 12.1 million viewers in its first three days on the platform, up 28% on Season 3, and logged 1.2 billion minutes viewed in the U.S.",
  [F("12.1 million", 12.1e6, "=", "viewers"), F("three days", 3, "=", "days"), F("28%", 28),
   F("1.2 billion minutes", 1.2e9, "=", "minutes")], nf=["Season 4", "Season 3"])
S("us", "Taylor Swift's album debuted at No. 1 on the Billboard 200 with 2.61 million equivalent album units, including 1.91 million in pure sales, her 14th chart-topper.",
  [F("2.61 million", 2.61e6, "=", "album units"), F("1.91 million", 1.91e6, "=", "album units")],
  nf=["No. 1", "Billboard 200", "14th"])
S("tabloid", "Ed's gig ticket fury: fans charged £450 for £95 seats",
  [F("£450", 450, "=", "GBP"), F("£95", 95, "=", "GBP")])
S("broadsheet", "The musical has taken more than £1bn at the box office since it opened, playing to 17 million people across 14,000 performances, and millions more have seen it on tour.",
  [F("more than £1bn", 1e9, ">", "GBP"), F("17 million", 17e6, "=", "people"), F("14,000", 14000, "=", "performances")],
  nf=["millions"])
S("indian", "The Telugu film collected ₹1,000 crore gross worldwide in 9 days, with the Hindi dubbed version alone contributing over ₹300 crore nett.",
  [F("₹1,000 crore", 1e10, "=", "INR"), F("9 days", 9, "=", "days"), F("over ₹300 crore", 3e9, ">", "INR")])
S("local", "Chart positions 1 to 40 will be announced at 5.45pm on Friday on Radio 1, with Blink-182 and Matchbox Twenty among the Top 40 contenders.",
  [], nf=["positions 1 to 40", "5.45pm", "Radio 1", "Blink-182", "Matchbox Twenty", "Top 40"])
S("liveblog", "21:14 – And the Oscar for Best Picture goes to... a clean sweep: 7 wins from 13 nominations, the most since 2003's Return of the King took 11.",
  [F("7", 7, "=", "wins"), F("13", 13, "=", "nominations"), F("11", 11, "=", "wins")], nf=["21:14", "2003"])
S("us", "Netflix added 9.33 million paid subscribers in the quarter to reach 269.6 million, and raised its standard plan to $17.99 a month.",
  [F("9.33 million", 9.33e6, "=", "subscribers"), F("269.6 million", 269.6e6, "=", "subscribers"),
   F("$17.99", 17.99, "=", "USD")], nf=["the quarter"])
S("translated", "The drama recorded a nationwide viewership rating of 17.4 percent for its final episode, the highest of its 16 episodes, Nielsen Korea said.",
  [F("17.4 percent", 17.4), F("16", 16, "=", "episodes")])
S("headline", "SPIDER-VERSE SPINS $120M OPENING, BEATING 2018 FILM BY 3X",
  [F("$120M", 120e6, "=", "USD"), F("3X", 3, "=", "x")], nf=["2018"])
S("broadsheet", "The average cinema ticket now costs £7.97, a rise of nearly a quarter in a decade, and admissions of 123.6 million last year remained about a third below pre-pandemic levels.",
  [F("£7.97", 7.97, "=", "GBP"), F("nearly a quarter", 0.25, "~", "fraction"),
   F("123.6 million", 123.6e6, "=", "admissions"), F("about a third", 0.3333, "~", "fraction")])
S("trade", "The single has been streamed 1.6 billion times on Spotify, spent 19 weeks at No. 1 and was certified 8x platinum in the US.",
  [F("1.6 billion times", 1.6e9, "=", "times"), F("19 weeks", 19, "=", "weeks"), F("8x", 8, "=", "x")], nf=["No. 1"])
S("nigerian", "The Nollywood comedy grossed N1.9bn in 19 days to become the highest-grossing Nigerian film of all time, beating the N1.4bn record set in 2023.",
  [F("N1.9bn", 1.9e9, "=", "NGN"), F("19 days", 19, "=", "days"), F("N1.4bn", 1.4e9, "=", "NGN")], nf=["2023"])
S("us", "Beyoncé's tour grossed $579.8 million from 56 shows, averaging about $10.4 million a night from crowds of 48,000.",
  [F("$579.8 million", 579.8e6, "=", "USD"), F("56", 56, "=", "shows"), F("about $10.4 million", 10.4e6, "~", "USD"),
   F("48,000", 48000, "=", "people")])
S("broadsheet", "Blur's 1995 single Country House, track 4 on The Great Escape, was reissued on 12-inch vinyl on 6 April with a new B-side, '7 Days'.",
  [], nf=["1995", "track 4", "12-inch", "6 April", "7 Days"])
S("canadian", "The Toronto International Film Festival sold 415,000 tickets this year and generated an estimated $196 million in economic activity for the city.",
  [F("415,000", 415000, "=", "tickets"), F("an estimated $196 million", 196e6, "~", "CAD")])
S("pdf", "Total box-office receipts for the ter- ritory were £1 .2 billion, with UK independent films accounting for 7. 4 % of the total.",
  [F("£1 .2 billion", 1.2e9, "=", "GBP"), F("7. 4 %", 7.4)])
S("press_release", "StreamVale today reported 38 million monthly active users, up 2.5x year on year, and said its 4,000-title catalogue will grow by half in 2025.",
  [F("38 million", 38e6, "=", "users"), F("2.5x", 2.5, "=", "x"), F("4,000-title", 4000, "=", "titles"),
   F("half", 0.5, "=", "fraction")], nf=["2025"])

# ----------------------------------------------------------------- sport
domain("spt")
S("indian", "Chasing 287, India were bowled out for 231 in 46.3 overs, with Kohli top-scoring with 82 off 97 balls as the required run rate climbed above 8.",
  [F("287", 287, "=", "runs"), F("231", 231, "=", "runs"), F("46.3", 46.5, "=", "overs"), F("82", 82, "=", "runs"),
   F("97", 97, "=", "balls"), F("above 8", 8, ">", "runs per over")])
S("wire", "Australia declared on 474 for 6 on the second day, with Smith making 139 in 312 minutes for his 33rd Test hundred.",
  [F("139", 139, "=", "runs"), F("312 minutes", 312, "=", "minutes")], nf=["474 for 6", "33rd", "Test hundred"])
S("south_african", "The Proteas need 211 runs off 30 overs with eight wickets in hand, a required rate of 7.03 an over.",
  [F("211 runs", 211, "=", "runs"), F("30", 30, "=", "overs"), F("eight", 8, "=", "wickets"), F("7.03", 7.03, "=", "runs per over")])
S("australian", "Starc's 4-52 helped bowl England out for 284, and Australia reached 146/2 at stumps, trailing by 138.",
  [F("284", 284, "=", "runs"), F("138", 138, "=", "runs")], nf=["4-52", "146/2"])
S("wire", "Scheffler shot a bogey-free 66 to finish at 20-under 268, four strokes clear of Morikawa, and collected $3.6 million from the $20 million purse.",
  [F("66", 66, "=", "strokes"), F("20-under", -20, "=", "strokes to par"), F("268", 268, "=", "strokes"),
   F("four strokes", 4, "=", "strokes"), F("$3.6 million", 3.6e6, "=", "USD"), F("$20 million", 20e6, "=", "USD")])
S("broadsheet", "McIlroy, who began the day at minus 11, dropped three shots in two holes and signed for a level-par 72, leaving him at −11 and five adrift.",
  [F("minus 11", -11, "=", "strokes to par"), F("three shots", 3, "=", "shots"), F("two", 2, "=", "holes"),
   F("72", 72, "=", "strokes"), F("−11", -11, "=", "strokes to par"), F("five", 5, "=", "strokes")])
S("headline", "LOWRY FIRES 62, THE LOWEST ROUND IN MAJOR HISTORY",
  [F("62", 62, "=", "strokes")])
S("wire", "Sinner beat Medvedev 3-6, 3-6, 6-4, 6-4, 6-3 in three hours and 44 minutes, hitting 13 aces and winning 77% of first-serve points.",
  [F("three hours and 44 minutes", 224, "=", "minutes"), F("13", 13, "=", "aces"), F("77%", 77)],
  nf=["3-6", "6-4", "6-3"])
S("tabloid", "Raducanu's racket-smash rage as she crashes out 6-0 6-2 in just 58 minutes",
  [F("58 minutes", 58, "=", "minutes")], nf=["6-0", "6-2"])
S("us", "His fastest serve was clocked at 246 km/h, and he won 91 percent of his service games this season, the best on tour since 1991.",
  [F("246 km/h", 246, "=", "km/h"), F("91 percent", 91)], nf=["1991"])
S("wire", "Kiptum won the Chicago Marathon in 2:00:35, breaking the world record by 34 seconds, and Hassan took the women's race in 2:13:44.",
  [F("2:00:35", 7235, "=", "seconds"), F("34 seconds", 34, "=", "seconds"), F("2:13:44", 8024, "=", "seconds")])
S("broadsheet", "Bolt's 9.58 in Berlin remains the 100m world record, and no man has broken 9.70 since, although Kerley ran 9.76 in 2022.",
  [F("9.58", 9.58, "=", "seconds"), F("9.70", 9.7, "=", "seconds"), F("9.76", 9.76, "=", "seconds")], nf=["100m", "2022"])
S("nigerian", "Amusan clocked 12.12 seconds to win gold, shaving 0.08sec off the old mark, while Okagbare's 10.79 remains a season's best.",
  [F("12.12 seconds", 12.12, "=", "seconds"), F("0.08sec", 0.08, "=", "seconds"), F("10.79", 10.79, "=", "seconds")])
S("canadian", "De Grasse anchored the relay in 8.87 seconds as the quartet won in 37.50, 0.11 ahead of Italy.",
  [F("8.87 seconds", 8.87, "=", "seconds"), F("37.50", 37.5, "=", "seconds"), F("0.11", 0.11, "=", "seconds")])
S("translated", "The French athlete won the 1 500 metres in 3 min 29 s 10, a new national record, beating the Kenyan by 12 hundredths.",
  [F("3 min 29 s 10", 209.1, "=", "seconds"), F("12 hundredths", 0.12, "=", "seconds")], nf=["1 500 metres"])
S("wire", "The 4x400m relay final starts at 21:35 in Lane 5, with the 1500m heats on 7 August and the 110m hurdles on day 9.",
  [], nf=["4x400m", "21:35", "Lane 5", "1500m", "7 August", "110m", "day 9"])
S("wire", "Pogacar won the 206km stage in 5 hours 2 minutes 13 seconds at an average speed of 40.9km/h, extending his overall lead to 6 minutes 3 seconds.",
  [F("206km", 206, "=", "km"), F("5 hours 2 minutes 13 seconds", 18133, "=", "seconds"), F("40.9km/h", 40.9, "=", "km/h"),
   F("6 minutes 3 seconds", 363, "=", "seconds")])
S("local", "Stage 14 starts at 13:05 in Pau, and rider No. 21, in the polka-dot jersey since Stage 9, leads the 2024 mountains classification.",
  [], nf=["Stage 14", "13:05", "No. 21", "Stage 9", "2024"])
S("wire", "Verstappen took pole with a lap of 1:27.097, 0.228s clear of Leclerc, and will start the 57-lap race from P1.",
  [F("1:27.097", 87.097, "=", "seconds"), F("0.228s", 0.228, "=", "seconds"), F("57-lap", 57, "=", "laps")], nf=["P1"])
S("trade", "The 2026 power units will draw about 50% of their 1,000hp from the MGU-K, up from roughly 20%, with the battery deploying 350kW.",
  [F("about 50%", 50, "~"), F("1,000hp", 1000, "=", "hp"), F("roughly 20%", 20, "~"), F("350kW", 350, "=", "kW")],
  nf=["2026"])
S("australian", "Piastri finished 4.6 seconds behind the winner, while his teammate pitted twice and came home 22nd, a lap down.",
  [F("4.6 seconds", 4.6, "=", "seconds"), F("twice", 2, "=", "times")], nf=["22nd"])
S("liveblog", "LAP 44/58: Hamilton's gap to the leader is down to 2.3s; he's lapping 0.4s quicker and has 14 laps to catch him.",
  [F("2.3s", 2.3, "=", "seconds"), F("0.4s", 0.4, "=", "seconds"), F("14", 14, "=", "laps")], nf=["44/58"])
S("us", "The Chiefs' quarterback threw for 312 yards and three touchdowns in a 27-24 win, and the Super Bowl LVIII audience averaged 123.4 million viewers.",
  [F("312 yards", 312, "=", "yards"), F("three", 3, "=", "touchdowns"), F("123.4 million", 123.4e6, "=", "viewers")],
  nf=["27-24"])
S("broadsheet", "Haaland has scored 27 goals in 31 league games this season, one every 94 minutes, and City's £51m outlay looks a bargain.",
  [F("27", 27, "=", "goals"), F("31", 31, "=", "games"), F("94 minutes", 94, "=", "minutes"), F("£51m", 51e6, "=", "GBP")],
  nf=["one every"])
S("translated", "The Catalan club closed the year with 1.260 million euros in revenue and a net debt of 680 million, 12,5% lower.",
  [F("1.260 million euros", 1.26e9, "=", "EUR"), F("680 million", 680e6, "=", "EUR"), F("12,5%", 12.5)])
S("headline", "BOLT 2.0? TEEN SPRINTER RUNS 9.89 AT 17",
  [F("9.89", 9.89, "=", "seconds")], nf=["BOLT 2.0", "AT 17"])
