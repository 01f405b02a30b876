# Batch 5: labour statistics, technology specs, climate science, wildlife
from lib import S, F, domain

# ---------------------------------------------------------------- labour
domain("lab")
S("wire", "Nonfarm payrolls rose by 272,000 in May, well above the 190,000 economists had expected, while the unemployment rate ticked up to 4.0%.",
  [F("272,000", 272000, "=", "jobs"), F("190,000", 190000, "=", "jobs"), F("4.0%", 4.0)])
S("broadsheet", "The unemployment rate rose to 4.4% in the three months to April, while regular pay growth held at 6.0% and there were 898,000 vacancies.",
  [F("4.4%", 4.4), F("three months", 3, "=", "months"), F("6.0%", 6.0), F("898,000", 898000, "=", "vacancies")])
S("indian", "The urban unemployment rate for persons aged 15 and above eased to 6.7% in the January-March quarter, the PLFS showed.",
  [F("6.7%", 6.7)], nf=["aged 15 and above", "January-March quarter"])
S("headline", "STRIKE CHAOS: 40,000 DOCTORS WALK OUT FOR 5 DAYS IN 35% PAY ROW",
  [F("40,000", 40000, "=", "doctors"), F("5 DAYS", 5, "=", "days"), F("35%", 35)])
S("nigerian", 'The new national minimum wage of N70,000 a month is "more than double" the previous N30,000, the minister said, though labour had demanded N250,000.',
  [F("N70,000", 70000, "=", "NGN"), F("more than double", 2, ">", "x"), F("N30,000", 30000, "=", "NGN"),
   F("N250,000", 250000, "=", "NGN")])
S("south_african", "Unemployment rose to 32,9% in the first quarter, with 8,2 million people out of work, and the expanded rate, which includes discouraged job-seekers, reached 41,9%.",
  [F("32,9%", 32.9), F("8,2 million", 8.2e6, "=", "people"), F("41,9%", 41.9)], nf=["first quarter"])
S("translated", "The number of unemployed in Germany rose by 11.000 to 2,76 million in April, and the unemployment rate remained at 5,9 percent.",
  [F("11.000", 11000, "=", "people"), F("2,76 million", 2.76e6, "=", "people"), F("5,9 percent", 5.9)])
S("us", "Union membership fell to 10.0% of wage and salary workers, or 14.4 million people, the lowest rate on record, and only 6.0% in the private sector.",
  [F("10.0%", 10.0), F("14.4 million", 14.4e6, "=", "people"), F("6.0%", 6.0)])
S("local", "The closure of the Hartley Foods plant on Mill Road will cost 420 jobs, about a third of its workforce, with redundancies starting in 12 weeks.",
  [F("420", 420, "=", "jobs"), F("about a third", 0.3333, "~", "fraction"), F("12 weeks", 12, "=", "weeks")])
S("canadian", "Canada's economy added 90,400 jobs in April, more than four times what analysts expected, while the jobless rate held at 6.1 per cent.",
  [F("90,400", 90400, "=", "jobs"), F("more than four times", 4, ">", "x"), F("6.1 per cent", 6.1)])
S("australian", "The Fair Work Commission lifted the minimum wage by 3.75 per cent to $24.10 an hour, or $915.90 for a 38-hour week, from 1 July.",
  [F("3.75 per cent", 3.75), F("$24.10", 24.1, "=", "AUD"), F("$915.90", 915.9, "=", "AUD")], nf=["38-hour", "1 July"])
S("broadsheet", "Under Article 7 of the 1998 Working Time Regulations, staff on the 9-to-5 rota at Unit 3 are entitled to rest breaks, and the ruling applies from 6 April.",
  [], nf=["Article 7", "1998", "9-to-5", "Unit 3", "6 April"])
S("bulleted", "Job cuts announced this month: • Banking 12,400 • Tech 9,850 • Retail 6,200 • Autos 4,975 (total 33,425)",
  [F("12,400", 12400, "=", "jobs"), F("9,850", 9850, "=", "jobs"), F("6,200", 6200, "=", "jobs"), F("4,975", 4975, "=", "jobs"),
   F("33,425", 33425, "=", "jobs")])
S("broadsheet", "One in five workers aged 50 to 64 is economically inactive, and the number off work through long-term sickness has risen by almost half a million since 2019 to 2.8 million.",
  [F("One in five", 0.2, "=", "fraction"), F("almost half a million", 500000, "~", "people"),
   F("2.8 million", 2.8e6, "=", "people")], nf=["aged 50 to 64", "2019"])
S("wire", "Amazon will cut about 14,000 corporate roles, or roughly 4% of its 350,000 office staff, Reuters reported, citing two people familiar with the plan.",
  [F("about 14,000", 14000, "~", "roles"), F("roughly 4%", 4, "~"), F("350,000", 350000, "=", "staff"),
   F("two", 2, "=", "people")])
S("headline", "JOBLESS CLAIMS JUMP 22,000 TO 243,000, HIGHEST SINCE AUGUST",
  [F("22,000", 22000, "=", "claims"), F("243,000", 243000, "=", "claims")])
S("pdf", "Average weekly earn- ings were £ 681 in the quarter, up 5.9 % on the year, while the employ- ment rate stood at 74.5 per cent of those aged 16 to 64.",
  [F("£ 681", 681, "=", "GBP"), F("5.9 %", 5.9), F("74.5 per cent", 74.5)], nf=["the quarter", "aged 16 to 64"])
S("broadsheet", "The 4-day week pilot, run with Firm 16 at its Unit 2B site, began on 3 June, and the final report is due in Q1.",
  [], nf=["4-day", "Firm 16", "Unit 2B", "3 June", "Q1"])
S("us", "Average hourly earnings rose 0.4% in the month to $34.75, up 4.1% year over year, while the average workweek edged down to 34.3 hours.",
  [F("0.4%", 0.4), F("$34.75", 34.75, "=", "USD"), F("4.1%", 4.1), F("34.3 hours", 34.3, "=", "hours")])
S("liveblog", "13:31 ET – Payrolls +303k vs +200k expected, revisions −22k, unemployment 3.8%, AHE +0.3% m/m.",
  [F("+303k", 303000, "=", "jobs"), F("+200k", 200000, "=", "jobs"), F("−22k", -22000, "=", "jobs"), F("3.8%", 3.8),
   F("+0.3%", 0.3)], nf=["13:31"])

# ------------------------------------------------------------------ tech
domain("tec")
S("trade", "The Pixel 9 Pro has a 6.3-inch 120Hz OLED display, 16GB of RAM, a 4,700mAh battery and charges at up to 27W.",
  [F("6.3-inch", 6.3, "=", "inches"), F("120Hz", 120, "=", "Hz"), F("16GB", 16, "=", "GB"), F("4,700mAh", 4700, "=", "mAh"),
   F("up to 27W", 27, "<", "W")], nf=["Pixel 9 Pro"])
S("wire", "TSMC's revenue rose 39% to NT$759.69 billion in the quarter, with chips made on 3nm and 5nm processes accounting for 60% of wafer revenue.",
  [F("39%", 39), F("NT$759.69 billion", 759.69e9, "=", "TWD"), F("60%", 60)], nf=["the quarter", "3nm", "5nm"])
S("broadsheet", "The model was trained on 15 trillion tokens using about 16,000 H100 GPUs over 54 days, consuming an estimated 27 GWh of electricity.",
  [F("15 trillion", 15e12, "=", "tokens"), F("about 16,000", 16000, "~", "GPUs"), F("54 days", 54, "=", "days"),
   F("an estimated 27 GWh", 27, "~", "GWh")], nf=["H100"])
S("tabloid", "iPhone 16 starts at £799 – but the 1TB Pro Max will set you back a jaw-dropping £1,599",
  [F("£799", 799, ">", "GBP"), F("£1,599", 1599, "=", "GBP")], nf=["iPhone 16", "1TB"])
S("indian", "The smartphone, priced at ₹24,999, packs a 50MP main camera, a 5,500mAh battery and 80W fast charging, and goes on sale from 12 noon on July 20.",
  [F("₹24,999", 24999, "=", "INR"), F("50MP", 50, "=", "MP"), F("5,500mAh", 5500, "=", "mAh"), F("80W", 80, "=", "W")],
  nf=["12 noon", "July 20"])
S("us", "The RTX 5090 has 21,760 CUDA cores and 32GB of GDDR7 memory, draws 575W and starts at $1,999.",
  [F("21,760", 21760, "=", "CUDA cores"), F("32GB", 32, "=", "GB"), F("575W", 575, "=", "W"), F("$1,999", 1999, ">", "USD")],
  nf=["RTX 5090", "GDDR7"])
S("trade", "Windows 11 version 24H2 supports Wi-Fi 7 and USB4, and the KB5039302 update released on 26 June fixes error 0x80070002.",
  [], nf=["Windows 11", "24H2", "Wi-Fi 7", "USB4", "KB5039302", "26 June", "0x80070002"])
S("trade", "The SSD reads sequentially at up to 14,500MB/s and writes at 12,700MB/s, with random 4K performance of 2.2 million IOPS.",
  [F("up to 14,500MB/s", 14500, "<", "MB/s"), F("12,700MB/s", 12700, "=", "MB/s"), F("2.2 million IOPS", 2.2e6, "=", "IOPS")],
  nf=["4K"])
S("broadsheet", "Data centres used about 460 TWh of electricity in 2022, roughly 2 per cent of world demand, and the IEA says that could double by 2026.",
  [F("about 460 TWh", 460, "~", "TWh"), F("roughly 2 per cent", 2, "~"), F("double", 2, "=", "x")], nf=["2022", "2026"])
S("translated", "Samsung Electronics' operating profit in the April-June period rose 15 times from a year earlier to 10.4 trillion won.",
  [F("15 times", 15, "=", "x"), F("10.4 trillion won", 10.4e12, "=", "KRW")])
S("press_release", "CloudNest today launched its Arc-7 processor, delivering 2.4x the performance per watt of its predecessor, with 128 cores, a 3.8GHz boost clock and 256MB of L3 cache.",
  [F("2.4x", 2.4, "=", "x"), F("128", 128, "=", "cores"), F("3.8GHz", 3.8, "=", "GHz"), F("256MB", 256, "=", "MB")],
  nf=["Arc-7", "L3"])
S("headline", "NVIDIA HITS $3 TRILLION AS SHARES SOAR 200% IN A YEAR",
  [F("$3 TRILLION", 3e12, "=", "USD"), F("200%", 200)])
S("us", "The breach exposed records of 2.9 billion people, including 272 million Social Security numbers, and the company warned that millions of customers should freeze their credit.",
  [F("2.9 billion", 2.9e9, "=", "people"), F("272 million", 272e6, "=", "Social Security numbers")], nf=["millions"])
S("trade", "The Mini dish weighs 1.16kg, draws 25-40W and delivered median downloads of 104Mbps with latency under 50ms in Ookla tests.",
  [F("1.16kg", 1.16, "=", "kg"), F("25-40W", 25, "range", "W", high=40), F("104Mbps", 104, "=", "Mbps"),
   F("under 50ms", 50, "<", "ms")])
S("nigerian", "MTN Nigeria said its 5G network now covers 11.3 per cent of the population, and data traffic rose 42.6 per cent to 1,342 petabytes.",
  [F("11.3 per cent", 11.3), F("42.6 per cent", 42.6), F("1,342 petabytes", 1342, "=", "PB")], nf=["5G"])
S("wire", "Apple's M4 chip, built on TSMC's N3E node, powers the 13-inch iPad Pro, model A2925, which ships on 15 May with iPadOS 17.5.",
  [], nf=["M4", "N3E", "13-inch", "A2925", "15 May", "17.5"])
S("wire", "Microsoft said Azure revenue grew 33% in the quarter, including about 12 percentage points from AI services, and capital spending reached $21.4 billion.",
  [F("33%", 33), F("about 12 percentage points", 12, "~", "percentage points"), F("$21.4 billion", 21.4e9, "=", "USD")], nf=["the quarter"])
S("pdf", "Peak through- put reached 1.2e6 requests per second, with p99 latency of 38 ms and 99.995 % availability over 30 days.",
  [F("1.2e6", 1.2e6, "=", "requests per second"), F("38 ms", 38, "=", "ms"), F("99.995 %", 99.995), F("30 days", 30, "=", "days")],
  nf=["p99"])
S("australian", "The NBN's fastest home tier now offers 2,000Mbps downloads for $165 a month, but only about 3 per cent of the 8.6 million connected premises have signed up.",
  [F("2,000Mbps", 2000, "=", "Mbps"), F("$165", 165, "=", "AUD"), F("about 3 per cent", 3, "~"),
   F("8.6 million", 8.6e6, "=", "premises")])
S("broadsheet", "The phone's 200-megapixel sensor has four times the resolution of last year's model, and its battery lasts about 31 hours of video playback.",
  [F("200-megapixel", 200, "=", "MP"), F("four times", 4, "=", "x"), F("about 31 hours", 31, "~", "hours")])

# --------------------------------------------------------------- climate
domain("clm")
S("wire", "Last year was the hottest on record, about 1.48C above the 1850-1900 pre-industrial average, the Copernicus Climate Change Service said.",
  [F("about 1.48C", 1.48, "~", "°C")], nf=["1850-1900"])
S("broadsheet", "Atmospheric CO2 at Mauna Loa peaked at 426.9 ppm in May, up 3.5 ppm in a year, the largest annual jump in the 65-year record.",
  [F("426.9 ppm", 426.9, "=", "ppm"), F("3.5 ppm", 3.5, "=", "ppm")], nf=["CO2", "65-year"])
S("trade", "The 1.5C goal requires emissions to fall 43% by 2030 from 2019 levels, yet current pledges put the world on track for 2.5-2.9C of warming.",
  [F("1.5C", 1.5, "=", "°C"), F("43%", 43), F("2.5-2.9C", 2.5, "range", "°C", high=2.9)], nf=["2030", "2019"])
S("headline", "HELL ON EARTH: EUROPE ROASTS IN 48C AS WILDFIRES TORCH 100,000 ACRES AND THOUSANDS FLEE",
  [F("48C", 48, "=", "°C"), F("100,000 ACRES", 100000, "=", "acres")], nf=["THOUSANDS"])
S("indian", "The IMD said India received 934.8 mm of rainfall during the monsoon, 108% of the long-period average of 868.6 mm.",
  [F("934.8 mm", 934.8, "=", "mm"), F("108%", 108), F("868.6 mm", 868.6, "=", "mm")])
S("wire", "The IPCC's AR6 report, Chapter 9, models sea level under the SSP5-8.5 and RCP4.5 scenarios, with the summary presented at COP28 on 5 December.",
  [], nf=["AR6", "Chapter 9", "SSP5-8.5", "RCP4.5", "COP28", "5 December"])
S("broadsheet", "Arctic sea ice shrank to 4.28 million square kilometres in September, about 2.5 million km² below the 1981-2010 average, the sixth-lowest extent in the satellite record.",
  [F("4.28 million square kilometres", 4.28e6, "=", "km²"), F("about 2.5 million km²", 2.5e6, "~", "km²")],
  nf=["1981-2010", "sixth-lowest"])
S("australian", "The Great Barrier Reef suffered its fifth mass bleaching in eight years, with aerial surveys finding 73 per cent of 1,080 reefs affected.",
  [F("eight years", 8, "=", "years"), F("73 per cent", 73), F("1,080", 1080, "=", "reefs")], nf=["fifth"])
S("translated", "The glaciers in Switzerland lost 4,4 procent of their remaining volume in 2023, after 5,9 procent in 2022, the largest losses since measurements began in 1914.",
  [F("4,4 procent", 4.4), F("5,9 procent", 5.9)], nf=["2023", "2022", "1914"])
S("us", "Global mean sea level has risen about 10.1 centimeters since 1993 and is now climbing 4.5 mm a year, more than twice the rate of the 1990s.",
  [F("about 10.1 centimeters", 10.1, "~", "cm"), F("4.5 mm", 4.5, "=", "mm"), F("more than twice", 2, ">", "x")],
  nf=["1993", "1990s"])
S("wire", "The wildfire has burned more than 1.1 million hectares, released an estimated 480 megatonnes of carbon and forced 25,000 people from their homes.",
  [F("more than 1.1 million hectares", 1.1e6, ">", "hectares"), F("an estimated 480 megatonnes", 480, "~", "megatonnes"),
   F("25,000", 25000, "=", "people")])
S("headline", "UK RECORDS 40.3C FOR FIRST TIME AS 34 STATIONS BREAK RECORDS",
  [F("40.3C", 40.3, "=", "°C"), F("34", 34, "=", "stations")])
S("table", "Temperature anomaly vs 1991-2020 (°C): Jan +0.70, Feb +0.81, Mar +0.73, Apr +0.67",
  [F("+0.70", 0.7, "=", "°C"), F("+0.81", 0.81, "=", "°C"), F("+0.73", 0.73, "=", "°C"), F("+0.67", 0.67, "=", "°C")],
  nf=["1991-2020"])
S("south_african", "Cape Town's dams are at 97,4% of capacity, up from 81,2% a year ago, and the city uses about 720 million litres a day.",
  [F("97,4%", 97.4), F("81,2%", 81.2), F("about 720 million litres", 720e6, "~", "litres")])
S("broadsheet", "Methane is about 80 times more potent than CO2 over 20 years, and cutting it by 30 per cent this decade could avoid 0.2C of warming by 2050.",
  [F("about 80 times", 80, "~", "x"), F("20 years", 20, "=", "years"), F("30 per cent", 30), F("0.2C", 0.2, "=", "°C")],
  nf=["CO2", "2050"])
S("broadsheet", "Storm Babet, the 2nd named storm of the 2023/24 season, was followed by Storm Ciarán on 2 November, when Warning 3 was issued at 06:00.",
  [], nf=["2nd", "2023/24", "2 November", "Warning 3", "06:00"])
S("canadian", "Canada's wildfires burned 18.5 million hectares last year, more than double the previous record, and emitted about 480 million tonnes of carbon.",
  [F("18.5 million hectares", 18.5e6, "=", "hectares"), F("more than double", 2, ">", "x"),
   F("about 480 million tonnes", 480e6, "~", "tonnes")])
S("press_release", "GreenGrid today commissioned a 300MW solar farm with a 1.2GWh battery that will cut emissions by roughly 410,000 tonnes of CO2 a year.",
  [F("300MW", 300, "=", "MW"), F("1.2GWh", 1.2, "=", "GWh"), F("roughly 410,000 tonnes", 410000, "~", "tonnes")], nf=["CO2"])
S("pdf", "Mean an- nual tempera- ture rose by 1 .2 °C between the two periods, while precipi- tation declined by 7 – 9 per cent.",
  [F("1 .2 °C", 1.2, "=", "°C"), F("two", 2, "=", "periods"), F("7 – 9 per cent", 7, "range", "%", high=9)])
S("liveblog", "17:20 – Breaking: the Met Office confirms 32.6C at Heathrow, the hottest June day in 48 years; the amber warning stays in place until 23:59.",
  [F("32.6C", 32.6, "=", "°C"), F("48 years", 48, "=", "years")], nf=["17:20", "23:59"])

# -------------------------------------------------------------- wildlife
domain("wld")
S("wire", "India's tiger population has risen to 3,682, about 75% of the world's wild tigers, up from 2,967 in 2018, the government said.",
  [F("3,682", 3682, "=", "tigers"), F("about 75%", 75, "~"), F("2,967", 2967, "=", "tigers")], nf=["2018"])
S("broadsheet", "Monitored wildlife populations have fallen by an average of 73% since 1970, with freshwater species down 85%, according to the Living Planet Index.",
  [F("73%", 73), F("85%", 85)], nf=["1970"])
S("australian", "Up to 3 billion animals were killed or displaced by the 2019-20 bushfires, including an estimated 61,000 koalas.",
  [F("Up to 3 billion", 3e9, "<", "animals"), F("an estimated 61,000", 61000, "~", "koalas")], nf=["2019-20"])
S("headline", "MONSTER 5M GREAT WHITE SPOTTED 200 YARDS OFF BEACH",
  [F("5M", 5, "=", "m"), F("200 YARDS", 200, "=", "yards")])
S("local", "Elephant No. 47, known as Tusker 7, was collared in Block 3 of the reserve on 14 March near Camp 2 on the C12 road.",
  [], nf=["No. 47", "Tusker 7", "Block 3", "14 March", "Camp 2", "C12"])
S("wire", "Rangers in Kenya counted 36,280 elephants, 12% more than in 2014, while poaching killed fewer than 100 last year, the lowest in a decade.",
  [F("36,280", 36280, "=", "elephants"), F("12%", 12), F("fewer than 100", 100, "<", "elephants")], nf=["2014"])
S("south_african", "Rhino poaching in South Africa rose to 499 animals last year, with 307 killed in KwaZulu-Natal, the department said.",
  [F("499", 499, "=", "animals"), F("307", 307, "=", "rhinos")])
S("us", "The blue whale can reach 30 meters and 199 tons, and its heart alone weighs about 400 pounds.",
  [F("30 meters", 30, "<", "m"), F("199 tons", 199, "<", "tons"), F("about 400 pounds", 400, "~", "lb")])
S("broadsheet", "Only about 340 North Atlantic right whales remain, fewer than 70 of them breeding females, and ship strikes kill roughly two a year.",
  [F("about 340", 340, "~", "whales"), F("fewer than 70", 70, "<", "females"), F("roughly two", 2, "~", "whales")])
S("translated", "The Iberian lynx population reached 2.021 specimens in 2023, 21,8% more than the previous year, of which 406 are breeding females.",
  [F("2.021", 2021, "=", "specimens"), F("21,8%", 21.8), F("406", 406, "=", "females")], nf=["2023"])
S("trade", '"We expect 40 breeding pairs of bitterns within five years," said project lead Dr Ann Cole, adding that the 2.5-hectare wetland will cost £1.8m to restore.',
  [F("40", 40, "=", "breeding pairs"), F("within five years", 5, "<", "years"), F("2.5-hectare", 2.5, "=", "hectares"),
   F("£1.8m", 1.8e6, "=", "GBP")])
S("headline", "SALMON RUNS CRASH 90% ON RIVER WYE",
  [F("90%", 90)])
S("indian", "Assam's Kaziranga National Park now has 2,613 one-horned rhinos, up 200 since the last census, spread over 1,302 sq km.",
  [F("2,613", 2613, "=", "rhinos"), F("200", 200, "=", "rhinos"), F("1,302 sq km", 1302, "=", "km²")], nf=["one-horned"])
S("canadian", "Ottawa will spend $800 million to help protect 1 million square kilometres of land in the Northwest Territories, roughly the size of Ontario.",
  [F("$800 million", 800e6, "=", "CAD"), F("1 million square kilometres", 1e6, "=", "km²")])
S("liveblog", "06:40 – Count update: volunteers have recorded 1,214 puffins on the island, compared with 1,530 at the same point last year, a drop of about a fifth.",
  [F("1,214", 1214, "=", "puffins"), F("1,530", 1530, "=", "puffins"), F("about a fifth", 0.2, "~", "fraction")], nf=["06:40"])
S("broadsheet", "One million of the world's estimated eight million species are threatened with extinction, many within decades, the IPBES assessment warned.",
  [F("One million", 1e6, "=", "species"), F("estimated eight million", 8e6, "~", "species")])
S("local", "The Bird of the Year poll closes at midnight on 30 September, with postal entries on Form W4 to the Trust at 23 Kew Road, Richmond TW9 3AB.",
  [], nf=["30 September", "W4", "23 Kew Road", "TW9 3AB"])
S("us", "Monarch butterflies overwintering in Mexico covered just 0.9 hectares this winter, down 59% from 2.2 hectares a year earlier, the second-smallest area on record.",
  [F("0.9 hectares", 0.9, "=", "hectares"), F("59%", 59), F("2.2 hectares", 2.2, "=", "hectares")], nf=["second-smallest"])
S("trade", "The beaver release, the first in the county for 400 years, involves a dozen animals and a 12-month monitoring programme costing £95,000.",
  [F("400 years", 400, "=", "years"), F("a dozen", 12, "=", "animals"), F("12-month", 12, "=", "months"),
   F("£95,000", 95000, "=", "GBP")])
S("pdf", "Sur- veys recorded 14 , 300 breeding pairs, a decline of 23 per cent since the pre- vious survey, with densities of 4.1 pairs per km2.",
  [F("14 , 300", 14300, "=", "breeding pairs"), F("23 per cent", 23), F("4.1", 4.1, "=", "pairs per km²")], nf=["km2"])
