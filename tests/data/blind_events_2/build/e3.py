from lib import build
A = {}
A["a"] = ("01_wire_2026-02-03.txt", """
Halden & Pryce recalls 240,000 space heaters over fire risk

BRENNSTADT, Feb 3, 2026 (Meridian Press) -

Appliance maker Halden & Pryce is recalling about 240,000 Thermora TX-200 electric space heaters after reports that the units can overheat and catch fire, the company and the national product safety board said on Tuesday.

The company said it had received 87 reports of overheating, including six fires that caused damage to homes. Fourteen people suffered burns, none of them life-threatening, according to the safety board.

The heaters, sold for 49.99 euros between September 2023 and January 2026 in supermarkets and online, have a faulty thermal cut-off switch that can fail when the unit is run on its highest setting for more than three hours, the company said.

Halden & Pryce estimated the cost of the recall at 38 million euros ($41 million), including refunds, logistics and the destruction of returned stock. Customers will receive a full refund or a replacement heater of a different model.

Shares in the company fell 7.2 percent in Brennstadt trading, their steepest one-day fall since 2020. The group reported revenue of 1.1 billion euros last year and a net profit of 96 million euros.

"Customer safety is our first priority," chief executive Margarethe Sohl said in a statement. "We ask everyone who owns a TX-200 to stop using it immediately."

The recall is the largest in the country's household appliance sector since Norvik Electric recalled some 90,000 desk fans in 2024.

Halden & Pryce employs about 4,300 people and makes most of its heaters at a plant in Tarrow.
""")
A["b"] = ("02_tabloid_2026-02-04.txt", """
HEATER OF HORROR: 14 BURNED AS QUARTER OF A MILLION FIRE-RISK HEATERS RECALLED

By Stacey Fenn, The Daily Clarion - 4 February 2026

MUM-OF-TWO Jolene Ashby was left with agonising burns when her bargain heater BURST INTO FLAMES beside her baby's cot.

Now almost a quarter of a million of the killer Thermora heaters are being hauled off the shelves - and fuming families are demanding answers.

"It went up like a firework," Jolene, 31, told the Clarion. "If I hadn't woken up, I dread to think what would have happened."

She spent three nights in hospital after the blaze at her flat in Brennstadt, which destroyed her daughter's cot, a sofa and toys worth hundreds of euros. Her landlord is now threatening to keep her deposit.

Jolene is one of 14 people burned by the 50-euro heaters, which were sold in their thousands in discount stores over the past two years.

Manufacturer Halden & Pryce admitted yesterday that it had known about overheating problems for MONTHS - with 87 complaints logged before the recall was announced.

Six homes have been damaged by fires.

The firm's fat-cat boss Margarethe Sohl trousered a 2.4 million euro pay packet last year.

Consumer champion Rolf Engstrom said: "Families were put at risk to protect profits. The company must compensate every single victim."

Halden & Pryce says the recall will cost it 38 million euros - small change for a firm that raked in more than a billion last year.

WHAT TO DO: If you own a Thermora TX-200, unplug it NOW. Call the free helpline or visit the firm's website for a full refund.
""")
A["c"] = ("03_broadsheet_2026-02-19.txt", """
How a heater recall became Halden & Pryce's biggest crisis

By Oskar Lindqvist, Business Editor - The Northern Ledger, 19 February 2026

When Halden & Pryce recalled its Thermora TX-200 heaters a fortnight ago, it hoped to draw a line under the problem with a recall of 240,000 units and a bill of 38 million euros. On Wednesday that line moved.

The company said it was extending the recall to the older Thermora TX-180, which uses the same thermal switch. That adds 372,000 units and brings the total to 615,000 heaters, making it one of the largest appliance recalls in the country's history. The cost estimate has more than doubled, to 85 million euros.

The number of reported incidents has risen too. The company now counts 140 reports of overheating and nine fires, and says 22 people have been injured. The national product safety board, which also collects reports from hospitals, puts the number of injuries at 26.

Analysts are sceptical that the bill will stop at 85 million. Pia Rautio of Vestbank Markets estimates the final cost at between 90 million and 110 million euros once legal claims are included, roughly a year's profit for a group that earned 96 million euros in 2025.

Investors appear to agree. The shares fell a further 11 percent on Wednesday and are down 19 percent since the first announcement.

The company's handling of the affair will be scrutinised. Internal emails disclosed by the safety board show that engineers raised concerns about the TX-180's switch as early as March 2024. Chief executive Margarethe Sohl said the company had acted "as soon as the evidence was clear".

Return rates are a further problem. By the company's own figures, only about 31 percent of the TX-200 heaters had been returned or registered for a refund by Monday, a typical rate for low-cost appliances, but a worrying one for a product that can start fires.
""")
A["d"] = ("04_local_2026-02-20.txt", """
Tarrow heater plant workers fear for jobs as recall widens

Tarrow Courier, Friday 20 February 2026

Workers at the Halden & Pryce factory on Tarrow's Mill Road are anxious about their future after the company more than doubled the size of its heater recall this week.

The plant, which employs 1,150 people, made both the Thermora TX-200 and the older TX-180 now included in the recall. In all 615,000 heaters are affected, up from about 240,000 when the recall was announced on February 3.

Production of both models has stopped. The company said there were no plans for job cuts "at this stage", but the union representing most of the workforce said 180 temporary contracts had not been renewed since the start of the month.

"People here built these heaters in good faith," said shop steward Ewa Nowak. "Now they are wondering if they will have a job by the summer."

The recall also touches many homes in the area. According to the company, around 18,000 of the recalled heaters were sold in the Tarrow region, many of them through the factory shop, which offered staff discounts of 30 percent.

The Courier has spoken to two families in Tarrow whose heaters overheated. One, in Castle Street, suffered smoke damage to a living room.

Nationally, the company says 22 people have been injured and nine homes damaged by fire. It puts the cost of the recall at 85 million euros.

The Mill Road plant opened in 1987 and is the town's largest private employer. Tarrow has a population of about 41,000.

Owners of affected heaters can return them to the factory shop, which is open until 6pm on weekdays, or call the company's helpline.
""")
A["e"] = ("05_translated_2026-02-20.txt", """
Heater recall expanded: Halden & Pryce calls back 615 000 devices

Translated from the Estmark business daily Handelsposten - 20.02.2026

The appliance manufacturer Halden & Pryce has considerably expanded the recall of its electric heaters. Instead of the originally announced 240 000 devices of the type Thermora TX-200, now in total 615 000 heaters are affected, among them 372 000 of the older model TX-180.

The costs for the recall the company now estimates at 85 million euros, after originally 38 million euros. Analysts of the Vestbank hold even up to 110 million euros for possible. That would correspond to more than the complete net profit of the past year of 96 million euros.

The share of Halden & Pryce lost on Wednesday 11 percent. Since the beginning of February the price has fallen by altogether 19 percent.

According to information of the company 140 reports about overheating have come in, in nine cases fires broke out. 22 persons were injured, the product safety authority speaks however of 26 injured persons.

The defect lies in a thermal switch which at long operation on the highest level can fail. Affected are devices sold between 2021 and January 2026. Up to now only approximately 31,5 percent of the TX-200 devices have been given back.

Halden & Pryce, with seat in Brennstadt, employs about 4 300 staff and achieved in the past year a turnover of 1,1 billion euros. The company produces a large part of its heaters in the plant in Tarrow, where 1 150 persons work.

The consumer protection organisation VKS demanded that the company inform customers actively. "Many buyers do not know that their device is affected," said a spokeswoman.
""")
F = [
 ("a","recalls 240,000 space heaters",240000,"=","heaters","units_recalled"),
 ("a","about 240,000 Thermora TX-200",240000,"~","heaters","units_recalled"),
 ("a","87 reports of overheating",87,"=","reports","overheating_reports"),
 ("a","six fires that caused damage",6,"=","fires","fires"),
 ("a","Fourteen people suffered burns",14,"=","people injured","injuries"),
 ("a","sold for 49.99 euros",49.99,"=","euros","unit_price"),
 ("a","more than three hours",3,">","hours","failure_hours"),
 ("a","at 38 million euros",38e6,"=","euros","recall_cost"),
 ("a","($41 million)",41e6,"=","US dollars","recall_cost"),
 ("a","fell 7.2 percent",7.2,"=","percent","share_fall_feb3"),
 ("a","revenue of 1.1 billion euros",1.1e9,"=","euros","revenue_2025"),
 ("a","net profit of 96 million euros",96e6,"=","euros","profit_2025"),
 ("a","some 90,000 desk fans",90000,"~","fans","norvik_recall"),
 ("a","about 4,300 people",4300,"~","employees","employees"),
 ("b","14 BURNED",14,"=","people injured","injuries"),
 ("b","QUARTER OF A MILLION FIRE-RISK",250000,"~","heaters","units_recalled"),
 ("b","almost a quarter of a million",250000,"~","heaters","units_recalled",{"high":250000}),
 ("b","Jolene, 31",31,"=","years","ashby_age",{"optional":True}),
 ("b","one of 14 people burned",14,"=","people injured","injuries"),
 ("b","three nights in hospital",3,"=","nights","ashby_hospital_nights"),
 ("b","worth hundreds of euros",100,"~","euros","ashby_damage",{"optional":True,"low":100}),
 ("b","sold in their thousands",1000,"~","heaters","discount_store_sales",{"optional":True,"low":1000}),
 ("b","50-euro heaters",50,"~","euros","unit_price"),
 ("b","past two years",2,"=","years","sales_period",{"optional":True}),
 ("b","87 complaints",87,"=","reports","overheating_reports"),
 ("b","Six homes have been damaged",6,"=","fires","fires"),
 ("b","2.4 million euro pay packet",2.4e6,"=","euros","ceo_pay"),
 ("b","cost it 38 million euros",38e6,"=","euros","recall_cost"),
 ("b","more than a billion last year",1e9,">","euros","revenue_2025"),
 ("c","recall of 240,000 units",240000,"=","heaters","units_recalled"),
 ("c","bill of 38 million euros",38e6,"=","euros","recall_cost"),
 ("c","adds 372,000 units",372000,"=","heaters","tx180_units"),
 ("c","total to 615,000 heaters",615000,"=","heaters","units_recalled"),
 ("c","more than doubled, to 85 million euros",85e6,"=","euros","recall_cost"),
 ("c","140 reports of overheating",140,"=","reports","overheating_reports"),
 ("c","nine fires",9,"=","fires","fires"),
 ("c","says 22 people have been injured",22,"=","people injured","injuries"),
 ("c","number of injuries at 26",26,"=","people injured","injuries"),
 ("c","stop at 85 million",85e6,"=","euros","recall_cost"),
 ("c","between 90 million and 110 million euros",90e6,"range","euros","recall_cost",{"low":90e6,"high":110e6}),
 ("c","earned 96 million euros in 2025",96e6,"=","euros","profit_2025"),
 ("c","fell a further 11 percent",11,"=","percent","share_fall_feb18"),
 ("c","down 19 percent since",19,"=","percent","share_fall_cumulative"),
 ("c","only about 31 percent",31,"~","percent","tx200_return_rate"),
 ("d","employs 1,150 people",1150,"=","employees","tarrow_employees"),
 ("d","In all 615,000 heaters",615000,"=","heaters","units_recalled"),
 ("d","up from about 240,000",240000,"~","heaters","units_recalled"),
 ("d","180 temporary contracts",180,"=","contracts","contracts_not_renewed"),
 ("d","around 18,000 of the recalled heaters",18000,"~","heaters","tarrow_units"),
 ("d","discounts of 30 percent",30,"=","percent","staff_discount"),
 ("d","two families in Tarrow",2,"=","families","courier_families",{"optional":True}),
 ("d","says 22 people have been injured",22,"=","people injured","injuries"),
 ("d","nine homes damaged by fire",9,"=","fires","fires"),
 ("d","at 85 million euros",85e6,"=","euros","recall_cost"),
 ("d","population of about 41,000",41000,"~","people","tarrow_population"),
 ("e","calls back 615 000 devices",615000,"=","heaters","units_recalled"),
 ("e","originally announced 240 000 devices",240000,"=","heaters","units_recalled"),
 ("e","in total 615 000 heaters",615000,"=","heaters","units_recalled"),
 ("e","372 000 of the older model",372000,"=","heaters","tx180_units"),
 ("e","at 85 million euros",85e6,"=","euros","recall_cost"),
 ("e","originally 38 million euros",38e6,"=","euros","recall_cost"),
 ("e","up to 110 million euros",110e6,"<=","euros","recall_cost"),
 ("e","past year of 96 million euros",96e6,"=","euros","profit_2025"),
 ("e","lost on Wednesday 11 percent",11,"=","percent","share_fall_feb18"),
 ("e","altogether 19 percent",19,"=","percent","share_fall_cumulative"),
 ("e","140 reports about overheating",140,"=","reports","overheating_reports"),
 ("e","in nine cases fires broke out",9,"=","fires","fires"),
 ("e","22 persons were injured",22,"=","people injured","injuries"),
 ("e","26 injured persons",26,"=","people injured","injuries"),
 ("e","approximately 31,5 percent",31.5,"~","percent","tx200_return_rate"),
 ("e","about 4 300 staff",4300,"~","employees","employees"),
 ("e","turnover of 1,1 billion euros",1.1e9,"=","euros","revenue_2025"),
 ("e","where 1 150 persons work",1150,"=","employees","tarrow_employees"),
]
Q = [
 ("units_recalled","heaters under recall, all models (running: about 240,000 -> 615,000 after widening)"),
 ("tx180_units","TX-180 heaters added by the widening (subtotal)"),
 ("tarrow_units","recalled heaters sold in the Tarrow region (subtotal)"),
 ("overheating_reports","reports of overheating (87 -> 140)"),
 ("fires","fires / homes damaged by fire (6 -> 9)"),
 ("injuries","people injured (14 -> 22 company, 26 regulator)"),
 ("unit_price","retail price of a TX-200"),
 ("failure_hours","hours on highest setting before switch can fail"),
 ("recall_cost","cost of the recall to the firm (38m EUR = $41m -> 85m; analysts 90-110m)"),
 ("share_fall_feb3","share price fall on 3 Feb"),
 ("share_fall_feb18","share price fall on the day the recall was widened"),
 ("share_fall_cumulative","share price fall since first announcement"),
 ("revenue_2025","group revenue last year"),
 ("profit_2025","group net profit last year"),
 ("norvik_recall","Norvik Electric 2024 recall"),
 ("employees","Halden & Pryce employees, group"),
 ("tarrow_employees","employees at Tarrow plant"),
 ("ashby_age","age of injured woman"),
 ("sales_period","sales period"),
 ("ashby_hospital_nights","nights the injured woman spent in hospital"),
 ("ashby_damage","value of the woman's damaged belongings"),
 ("discount_store_sales","heaters sold in discount stores"),
 ("ceo_pay","CEO pay last year"),
 ("tx200_return_rate","share of TX-200 heaters returned (about 31 / 31,5)"),
 ("contracts_not_renewed","temporary contracts not renewed"),
 ("staff_discount","factory shop staff discount"),
 ("courier_families","families interviewed"),
 ("tarrow_population","population of Tarrow"),
]
build("event3_recall", "Halden & Pryce Thermora heater recall, 3-20 February 2026 (fictional)", A, F, Q,
 "The running recall total is one quantity (initial 240,000 and widened 615,000); the TX-180 addition and regional sales are subtotals. Currency conversions of the cost are the same quantity.")
