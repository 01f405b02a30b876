# Batch 4: food and nutrition, gambling, insurance, public budgets
from lib import S, F, domain

# ------------------------------------------------------------------ food
domain("food")
S("broadsheet", "A single 330ml can of cola contains about 35g of sugar, more than the 30g daily maximum recommended for adults.",
  [F("330ml", 330, "=", "ml"), F("about 35g", 35, "~", "g"), F("30g", 30, "=", "g")])
S("local", "Serves 4. Preheat the oven to 200C (180C fan), then roast 1.5kg of potatoes with 3 tbsp olive oil for 45-50 minutes.",
  [F("4", 4, "=", "servings"), F("200C", 200, "=", "°C"), F("180C", 180, "=", "°C"), F("1.5kg", 1.5, "=", "kg"),
   F("3 tbsp", 3, "=", "tbsp"), F("45-50 minutes", 45, "range", "minutes", high=50)])
S("us", "The FDA's guidance caps sodium at 2,300 milligrams a day for adults, yet the average American eats about 3,400 mg.",
  [F("2,300 milligrams", 2300, "=", "mg"), F("about 3,400 mg", 3400, "~", "mg")])
S("tabloid", "Takeaway burger packs a whopping 1,950 calories – almost a full day's allowance",
  [F("1,950 calories", 1950, "=", "kcal")])
S("indian", "A plate of biryani at the outlet now costs ₹349, up from ₹280, and contains roughly 800 kcal, the nutrition label shows.",
  [F("₹349", 349, "=", "INR"), F("₹280", 280, "=", "INR"), F("roughly 800 kcal", 800, "~", "kcal")])
S("us", "Whisk 1/2 cup sugar with 2 eggs and 1½ cups flour, then bake at 350°F for 25–30 minutes until golden.",
  [F("1/2 cup", 0.5, "=", "cups"), F("2", 2, "=", "eggs"), F("1½ cups", 1.5, "=", "cups"), F("350°F", 350, "=", "°F"),
   F("25–30 minutes", 25, "range", "minutes", high=30)])
S("wire", "Adults should eat no more than 30g of free sugars a day, and only 1 in 10 children meets the five-a-day target, the survey found.",
  [F("no more than 30g", 30, "<", "g"), F("1 in 10", 0.1, "=", "fraction")], nf=["five-a-day"])
S("wire", "Vitamin B12 and omega-3 supplements from batch 7731-A, best before 04/2026, were recalled under Regulation 178/2002 at 11am.",
  [], nf=["B12", "omega-3", "7731-A", "04/2026", "178/2002", "11am"])
S("translated", "A kilo of Parmigiano Reggiano aged 24 months now costs around 22,50 euros, while production reached 4,1 million wheels.",
  [F("around 22,50 euros", 22.5, "~", "EUR"), F("4,1 million", 4.1e6, "=", "wheels")], nf=["aged 24 months"])
S("nigerian", "A crate of 30 eggs now sells for N5,500 in Abuja, against N3,200 in January, poultry farmers said.",
  [F("30", 30, "=", "eggs"), F("N5,500", 5500, "=", "NGN"), F("N3,200", 3200, "=", "NGN")])
S("broadsheet", "Ultra-processed foods make up 57 per cent of the calories in the average British diet, and people eating the most had a 50 per cent higher risk of cardiovascular death.",
  [F("57 per cent", 57), F("50 per cent", 50)])
S("headline", "CHOCOLATE PRICES UP 50% AS COCOA HITS $10,000 A TONNE",
  [F("50%", 50), F("$10,000", 10000, "=", "USD")])
S("us", "A 12-ounce latte at the chain now costs $5.75 in Manhattan, and customers who add oat milk pay a further 70 cents.",
  [F("12-ounce", 12, "=", "ounces"), F("$5.75", 5.75, "=", "USD"), F("70 cents", 0.7, "=", "USD")])
S("australian", "The average household throws out 312kg of food a year, worth about $2,500, according to a survey of 5,000 Australians.",
  [F("312kg", 312, "=", "kg"), F("about $2,500", 2500, "~", "AUD"), F("5,000", 5000, "=", "Australians")])
S("local", "The 2-for-1 deal on 7UP and Heinz 57 sauce ends at midnight on 31 December, and Store 2201 is the only one open 24/7.",
  [], nf=["2-for-1", "7UP", "Heinz 57", "31 December", "Store 2201", "only one", "24/7"])
S("trade", "The plant-based range delivers 20g protein per 100g, with 4.2g saturated fat and 1.1g salt, and retails at £2.75 for a 227g pack.",
  [F("20g", 20, "=", "g"), F("4.2g", 4.2, "=", "g"), F("1.1g", 1.1, "=", "g"), F("£2.75", 2.75, "=", "GBP"),
   F("227g", 227, "=", "g")], nf=["per 100g"])

# -------------------------------------------------------------- gambling
domain("gam")
S("wire", "A single ticket sold in California matched all six numbers to win the $1.765 billion Powerball jackpot, the second-largest in U.S. history; the odds were 1 in 292.2 million.",
  [F("six", 6, "=", "numbers"), F("$1.765 billion", 1.765e9, "=", "USD"),
   F("1 in 292.2 million", 1 / 292.2e6, "=", "fraction")], nf=["second-largest"])
S("local", "Saturday's winning Lotto numbers were 4, 11, 19, 27, 33 and 45, with bonus ball 8, in draw number 2947.",
  [], nf=["4, 11, 19, 27, 33 and 45", "bonus ball 8", "draw number 2947"])
S("tabloid", "Cabbie scoops £61m EuroMillions jackpot – and he's only 29!",
  [F("£61m", 61e6, "=", "GBP")], nf=["29"])
S("broadsheet", "The Gambling Commission says gross gambling yield reached £15.1bn in the year to March, with online casino games accounting for £4.5bn, up 9 per cent.",
  [F("£15.1bn", 15.1e9, "=", "GBP"), F("£4.5bn", 4.5e9, "=", "GBP"), F("9 per cent", 9)])
S("indian", "Online real-money gaming firms face a 28% GST on the full face value of bets, which the industry says will raise its tax bill by 350-400% to about ₹20,000 crore a year.",
  [F("28%", 28), F("350-400%", 350, "range", "%", high=400), F("about ₹20,000 crore", 2e11, "~", "INR")])
S("broadsheet", "The 3.15 at Cheltenham, a Grade 1 chase, was won by the 11-4 favourite, while the 100-1 shot fell at the 7th fence.",
  [], nf=["3.15", "Grade 1", "11-4", "100-1", "7th"])
S("us", "Americans legally wagered a record $119.8 billion on sports last year, and operators kept $11 billion of it, a hold of about 9.2%, the American Gaming Association said.",
  [F("$119.8 billion", 119.8e9, "=", "USD"), F("$11 billion", 11e9, "=", "USD"), F("about 9.2%", 9.2, "~")])
S("australian", "Australians lose about $25 billion a year on legal gambling, the highest per-capita losses in the world at roughly $1,635 per adult.",
  [F("about $25 billion", 25e9, "~", "AUD"), F("roughly $1,635", 1635, "~", "AUD")])
S("headline", "FOBT STAKES SLASHED FROM £100 TO £2",
  [F("£100", 100, "=", "GBP"), F("£2", 2, "=", "GBP")])
S("nigerian", "The Lagos State Lotteries and Gaming Authority said operators remitted N4.2 billion in the first half, 18 per cent more than the N3.56bn collected a year earlier.",
  [F("N4.2 billion", 4.2e9, "=", "NGN"), F("18 per cent", 18), F("N3.56bn", 3.56e9, "=", "NGN")], nf=["first half"])
S("trade", "Handle in New York rose to $2.1bn in March, with a hold rate of 8.6% and gross gaming revenue of $180.4m, of which the state takes 51%.",
  [F("$2.1bn", 2.1e9, "=", "USD"), F("8.6%", 8.6), F("$180.4m", 180.4e6, "=", "USD"), F("51%", 51)])
S("south_african", "A Durban man won R142-million in the PowerBall draw, the largest jackpot in the game's history, after buying a R15 ticket.",
  [F("R142-million", 142e6, "=", "ZAR"), F("R15", 15, "=", "ZAR")])
S("liveblog", "15:42 – They're off in the Grand National! 34 runners, the favourite is 9-2, and last year's winner was a 100-1 outsider who came home 2½ lengths clear.",
  [F("34", 34, "=", "runners"), F("2½ lengths", 2.5, "=", "lengths")], nf=["15:42", "9-2", "100-1"])
S("broadsheet", "About 0.4 per cent of adults are problem gamblers, but the figure could be as high as 2.5 per cent, or 1.3 million people, on the commission's new survey.",
  [F("About 0.4 per cent", 0.4, "~"), F("as high as 2.5 per cent", 2.5, "<"), F("1.3 million", 1.3e6, "=", "people")])
S("canadian", "Ontario's regulated iGaming market generated $2.4 billion in revenue from $63 billion in wagers across 49 operators in the fiscal year.",
  [F("$2.4 billion", 2.4e9, "=", "CAD"), F("$63 billion", 63e9, "=", "CAD"), F("49", 49, "=", "operators")])
S("translated", "The Christmas lottery's El Gordo pays 4 million euros per series, or 400.000 euros per tenth, with a 20% tax on amounts above 40.000 euros.",
  [F("4 million euros", 4e6, "=", "EUR"), F("400.000 euros", 400000, "=", "EUR"), F("20%", 20),
   F("above 40.000 euros", 40000, ">", "EUR")], nf=["per tenth"])

# ------------------------------------------------------------- insurance
domain("ins")
S("wire", "Insured losses from natural catastrophes reached $108 billion last year, the fourth straight year above $100 billion, Swiss Re said.",
  [F("$108 billion", 108e9, "=", "USD"), F("above $100 billion", 100e9, ">", "USD")], nf=["fourth"])
S("broadsheet", "The average comprehensive car insurance premium rose 58 per cent in a year to £995, with drivers aged 17 to 22 paying more than £2,000.",
  [F("58 per cent", 58), F("£995", 995, "=", "GBP"), F("more than £2,000", 2000, ">", "GBP")], nf=["aged 17 to 22"])
S("us", "State Farm will stop writing new homeowners policies in California and drop 72,000 existing ones, citing wildfire risk and reinsurance costs that jumped 40%.",
  [F("72,000", 72000, "=", "policies"), F("40%", 40)])
S("trade", "The reinsurer's combined ratio improved 4.3 points to 89.7%, while net income rose to €1.2bn and the solvency ratio stood at 245%.",
  [F("4.3 points", 4.3, "=", "percentage points"), F("89.7%", 89.7), F("€1.2bn", 1.2e9, "=", "EUR"), F("245%", 245)])
S("local", "Policy number 44-8812-09 covers the property at 7 Rue Victor Hugo, and claims must be filed under Clause 4.3 of the 2019 wording.",
  [], nf=["44-8812-09", "7 Rue Victor Hugo", "Clause 4.3", "2019"])
S("indian", "Health insurance premiums collected by general insurers rose 20.3% to ₹1.08 lakh crore, with claim settlement ratios ranging between 82% and 98%.",
  [F("20.3%", 20.3), F("₹1.08 lakh crore", 1.08e12, "=", "INR"), F("between 82% and 98%", 82, "range", "%", high=98)])
S("tabloid", "Homeowner's fury as insurer offers just £800 for £23K flood damage",
  [F("£800", 800, "=", "GBP"), F("£23K", 23000, "=", "GBP")])
S("australian", "Insurers have received more than 195,000 claims worth an estimated $2.4 billion after the floods, and premiums in northern Queensland are up to 3x the national average.",
  [F("more than 195,000", 195000, ">", "claims"), F("an estimated $2.4 billion", 2.4e9, "~", "AUD"),
   F("up to 3x", 3, "<", "x")])
S("us", "A 40-year-old non-smoker can buy a 20-year, $500,000 term life policy for about $25 a month, the broker said.",
  [F("$500,000", 500000, "=", "USD"), F("about $25", 25, "~", "USD")], nf=["40-year-old", "20-year"])
S("canadian", "Wildfires in Jasper caused an estimated $880 million in insured damage and destroyed 358 of the town's 1,113 structures.",
  [F("an estimated $880 million", 880e6, "~", "CAD"), F("358", 358, "=", "structures"), F("1,113", 1113, "=", "structures")])
S("headline", "HURRICANE BILL COULD TOP $50BN AS CATEGORY 4 STORM HITS FLORIDA",
  [F("$50BN", 50e9, ">", "USD")], nf=["CATEGORY 4"])
S("broadsheet", "Flood Re, which caps premiums for about 350,000 high-risk homes, charges insurers a levy of £135m a year and is due to close in 2039.",
  [F("about 350,000", 350000, "~", "homes"), F("£135m", 135e6, "=", "GBP")], nf=["2039"])
S("nigerian", "Gross written premium in the Nigerian insurance industry rose to N1.12trn in 2023 from N871.6bn, NAICOM said, while penetration remains below 1 per cent.",
  [F("N1.12trn", 1.12e12, "=", "NGN"), F("N871.6bn", 871.6e9, "=", "NGN"), F("below 1 per cent", 1, "<")], nf=["2023"])
S("wire", "Lloyd's of London reported a profit of £10.7bn, and its combined ratio improved to 84.0% from 91.9%, the market said.",
  [F("£10.7bn", 10.7e9, "=", "GBP"), F("84.0%", 84.0), F("91.9%", 91.9)])
S("translated", "Allianz increased its operating profit by 8,4 Prozent to 14,7 billion euros and proposes a dividend of 13,80 euros per share.",
  [F("8,4 Prozent", 8.4), F("14,7 billion euros", 14.7e9, "=", "EUR"), F("13,80 euros", 13.8, "=", "EUR")])
S("local", "Claims for Storm Ciarán (event code 23-117) should be made on form IF-9 before 5pm on 30 June via the 0800 042 0122 line.",
  [], nf=["23-117", "IF-9", "5pm", "30 June", "0800 042 0122"])

# --------------------------------------------------------------- budgets
domain("bud")
S("indian", "The Union Budget pegs total expenditure at ₹48.21 lakh crore for FY25, with capital expenditure of ₹11.11 lakh crore and a fiscal deficit target of 4.9% of GDP.",
  [F("₹48.21 lakh crore", 48.21e12, "=", "INR"), F("₹11.11 lakh crore", 11.11e12, "=", "INR"), F("4.9%", 4.9)],
  nf=["FY25"])
S("broadsheet", "Public sector net borrowing was £120.7bn in the financial year, £6.2bn lower than forecast, while debt stood at 98.8% of GDP, a level last seen in the early 1960s.",
  [F("£120.7bn", 120.7e9, "=", "GBP"), F("£6.2bn", 6.2e9, "=", "GBP"), F("98.8%", 98.8)], nf=["1960s"])
S("us", "The federal deficit hit $1.83 trillion in fiscal 2024, and interest payments on the debt topped $880 billion, more than the Pentagon's budget, the CBO said.",
  [F("$1.83 trillion", 1.83e12, "=", "USD"), F("$880 billion", 880e9, ">", "USD")], nf=["2024"])
S("local", "Councillors approved a 4.99 per cent council tax rise, adding £96.12 a year to a Band D bill, which will now be £2,022.48.",
  [F("4.99 per cent", 4.99), F("£96.12", 96.12, "=", "GBP"), F("£2,022.48", 2022.48, "=", "GBP")])
S("nigerian", "President Tinubu signed the N54.99trn 2025 budget into law, with N14.2trn earmarked for debt servicing and a benchmark oil price of $75 a barrel.",
  [F("N54.99trn", 54.99e12, "=", "NGN"), F("N14.2trn", 14.2e12, "=", "NGN"), F("$75", 75, "=", "USD")], nf=["2025"])
S("south_african", "The Treasury projects a budget deficit of 4,5% of GDP in 2024/25, with debt stabilising at 75,3% and debt-service costs of R382,2-billion.",
  [F("4,5%", 4.5), F("75,3%", 75.3), F("R382,2-billion", 382.2e9, "=", "ZAR")], nf=["2024/25"])
S("canadian", "The federal budget forecasts a deficit of $39.8 billion this fiscal year, with $52.9 billion in new spending over five years, including $8.5 billion for housing.",
  [F("$39.8 billion", 39.8e9, "=", "CAD"), F("$52.9 billion", 52.9e9, "=", "CAD"), F("five years", 5, "=", "years"),
   F("$8.5 billion", 8.5e9, "=", "CAD")])
S("australian", "Treasurer Chalmers announced a second straight surplus of $9.3 billion, equal to 0.3 per cent of GDP, and $300 energy rebates for 10 million households.",
  [F("$9.3 billion", 9.3e9, "=", "AUD"), F("0.3 per cent", 0.3), F("$300", 300, "=", "AUD"),
   F("10 million", 10e6, "=", "households")])
S("indian", "Budget 2025's Clause 14 amends Section 80C of the Income Tax Act, 1961, and takes effect from 1 April, subject to Rule 11.",
  [], nf=["Budget 2025", "Clause 14", "Section 80C", "1961", "1 April", "Rule 11"])
S("translated", "The 2025 budget plans 60 billion euros of savings to bring the deficit down to 5 percent of GDP, from 6,1 percent expected this year.",
  [F("60 billion euros", 60e9, "=", "EUR"), F("5 percent", 5), F("6,1 percent", 6.1)], nf=["2025"])
S("bulleted", "Spending plans (2025-26): • Health £192bn • Education £88.5bn • Defence £56.9bn • Transport £31bn",
  [F("£192bn", 192e9, "=", "GBP"), F("£88.5bn", 88.5e9, "=", "GBP"), F("£56.9bn", 56.9e9, "=", "GBP"),
   F("£31bn", 31e9, "=", "GBP")], nf=["2025-26"])
S("headline", "CHANCELLOR'S £40BN TAX RAID: 1.5M MORE PAY HIGHER RATE",
  [F("£40BN", 40e9, "=", "GBP"), F("1.5M", 1.5e6, "=", "people")])
S("wire", "Japan's cabinet approved a record 112.07 trillion yen budget for the next fiscal year, with defence spending rising 16.5% to 7.95 trillion yen.",
  [F("112.07 trillion yen", 112.07e12, "=", "JPY"), F("16.5%", 16.5), F("7.95 trillion yen", 7.95e12, "=", "JPY")])
S("table", "Receipts by source, £bn: Income tax 269.4; NICs 177.9; VAT 168.9; Corporation tax 88.4",
  [F("269.4", 269.4e9, "=", "GBP"), F("177.9", 177.9e9, "=", "GBP"), F("168.9", 168.9e9, "=", "GBP"),
   F("88.4", 88.4e9, "=", "GBP")])
S("broadsheet", "Councils in England face a funding gap of £6.2bn over the next two years, and one in ten warns it may have to issue a section 114 notice.",
  [F("£6.2bn", 6.2e9, "=", "GBP"), F("two years", 2, "=", "years"), F("one in ten", 0.1, "=", "fraction")],
  nf=["section 114"])
S("pdf", "Total out- turn was £ 12.4bn against a budget of £12.9bn, an under- spend of 3 .9 per cent.",
  [F("£ 12.4bn", 12.4e9, "=", "GBP"), F("£12.9bn", 12.9e9, "=", "GBP"), F("3 .9 per cent", 3.9)])
S("press_release", "The Mayor today confirmed £125 million for 14 new bus routes, which will create around 600 jobs and cut journey times by up to a quarter.",
  [F("£125 million", 125e6, "=", "GBP"), F("14", 14, "=", "routes"), F("around 600", 600, "~", "jobs"),
   F("up to a quarter", 0.25, "<", "fraction")])
S("liveblog", "12:47 – Hunt confirms the personal allowance stays frozen at £12,570 until 2028, and the 2p cut in National Insurance takes the main rate to 8%.",
  [F("£12,570", 12570, "=", "GBP"), F("2p", 2, "=", "percentage points"), F("8%", 8)], nf=["12:47", "2028"])
S("indian", "Maharashtra's budget estimates revenue receipts of ₹4,98,758 crore, with a revenue deficit of ₹20,051 crore and ₹46,000 crore set aside for the Ladki Bahin scheme.",
  [F("₹4,98,758 crore", 4.98758e12, "=", "INR"), F("₹20,051 crore", 2.0051e11, "=", "INR"),
   F("₹46,000 crore", 4.6e11, "=", "INR")])
S("broadsheet", "The Finance Bill 2024, at clause 3, inserts Schedule 12 into the 2017 Act, and the Public Accounts Committee sits in Room 15 at 2.30pm on 14 May.",
  [], nf=["Finance Bill 2024", "clause 3", "Schedule 12", "2017", "Room 15", "2.30pm", "14 May"])
