from common import main

EVENT = "Brenmark third-quarter 2026 results and 7,800 job cuts, 29 October 2026 (fictional)"
FOLDER = "03_brenmark_results_jobcuts"
NOTES = ("All names are invented. Years and dates ('by the end of 2028', 'in 2024') are not figures; 'third quarter' "
         "is a period label, not a figure. Changes are annotated as written (magnitude, e.g. 'fell 45 percent' -> 45); "
         "the direction is in the quantity description. Percent changes and percentage-point changes are different "
         "quantities. Figures in another currency (dollars, kroner) are separate figures of the same quantity. "
         "The union's 'closer to 9,000' is a disputed estimate of the same job-cut quantity. 'One in eight' is "
         "normalised to 12.5 percent, 'almost half' to 50 percent. Cuts by country and by division are parts of "
         "the total cuts; plant cuts are parts of the country cuts. Workforces (group, country, plant, before and "
         "after) are populations, not event counts. Ages are optional.")

Q = {
    "job_cuts": ("jobs Brenmark will cut worldwide by end-2028", "jobs", "total", None),
    "cuts_share": ("job cuts as a share of the group workforce", "percent", "other", None),
    "cuts_halvia": ("job cuts in Halvia", "jobs", "part", "job_cuts"),
    "cuts_norvany": ("job cuts in Norvany", "jobs", "part", "job_cuts"),
    "cuts_kestria": ("job cuts in Kestria", "jobs", "part", "job_cuts"),
    "cuts_other": ("job cuts in other countries", "jobs", "part", "job_cuts"),
    "cuts_fa": ("job cuts in the Factory Automation division", "jobs", "part", "job_cuts"),
    "cuts_energy": ("job cuts in the Energy Solutions division", "jobs", "part", "job_cuts"),
    "cuts_corporate": ("job cuts in corporate functions", "jobs", "part", "job_cuts"),
    "cuts_velsheim": ("job cuts at the Velsheim plant (Halvia)", "jobs", "part", "cuts_halvia"),
    "cuts_norvany_other": ("Norvany job cuts outside Hamarvik", "jobs", "part", "cuts_norvany"),
    "workforce": ("Brenmark group workforce now", "employees", "population", None),
    "workforce_after": ("group workforce after the cuts (end-2028)", "employees", "population", None),
    "workforce_2023": ("group workforce at end-2023", "employees", "population", None),
    "workforce_halvia": ("Brenmark employees in Halvia", "employees", "population", None),
    "workforce_norvany": ("Brenmark employees in Norvany", "employees", "population", None),
    "workforce_velsheim": ("employees at the Velsheim plant", "employees", "population", None),
    "workforce_velsheim_after": ("Velsheim plant employees after the cuts", "employees", "population", None),
    "workforce_hamarvik": ("employees at the Hamarvik factory (to close)", "employees", "population", None),
    "prev_cuts": ("jobs cut in Brenmark's 2024 round", "jobs", "count", None),
    "rev_q3": ("third-quarter 2026 revenue", "EUR", "other", None),
    "rev_prev": ("third-quarter 2025 revenue", "EUR", "other", None),
    "rev_q2": ("second-quarter 2026 revenue", "EUR", "other", None),
    "rev_change": ("year-on-year fall in Q3 revenue", "percent", "other", None),
    "rev_consensus": ("analysts' consensus for Q3 revenue", "EUR", "other", None),
    "profit_q3": ("third-quarter 2026 net profit", "EUR", "other", None),
    "profit_prev": ("third-quarter 2025 net profit", "EUR", "other", None),
    "profit_change": ("year-on-year fall in Q3 net profit", "percent", "other", None),
    "profit_2025": ("full-year 2025 net profit", "EUR", "other", None),
    "margin_q3": ("Q3 2026 adjusted operating margin", "percent", "other", None),
    "margin_prev": ("Q3 2025 adjusted operating margin", "percent", "other", None),
    "margin_change": ("fall in the operating margin", "percentage points", "other", None),
    "orders_q3": ("Q3 2026 order intake", "EUR", "other", None),
    "orders_change": ("year-on-year fall in order intake", "percent", "other", None),
    "china_orders_change": ("fall in orders from China", "percent", "other", None),
    "book_to_bill": ("Q3 book-to-bill ratio", "ratio", "other", None),
    "guidance_new": ("new full-year 2026 revenue guidance", "EUR", "other", None),
    "guidance_old": ("previous full-year 2026 revenue guidance", "EUR", "other", None),
    "guidance_margin_new": ("new full-year margin guidance", "percent", "other", None),
    "guidance_margin_old": ("previous full-year margin guidance", "percent", "other", None),
    "savings": ("annual savings expected from the cuts", "EUR", "other", None),
    "charges": ("restructuring charges for the cuts", "EUR", "other", None),
    "share_change": ("fall in Brenmark's share price on results day", "percent", "other", None),
    "share_change_fri": ("further fall in the share price the next day", "percent", "other", None),
    "share_price": ("Brenmark closing share price on results day", "EUR", "other", None),
    "market_value_lost": ("market value wiped off on results day", "EUR", "other", None),
    "market_cap": ("Brenmark market capitalisation after the fall", "EUR", "other", None),
    "dividend_old": ("last dividend per share", "EUR", "other", None),
    "dividend_new": ("expected dividend per share", "EUR", "other", None),
    "ceo_pay": ("CEO's annual pay package", "EUR", "other", None),
    "ceo_pay_change": ("rise in the CEO's pay last year", "percent", "other", None),
    "unemployment_hamarvik": ("unemployment rate in the Hamarvik region", "percent", "other", None),
    "unemployment_norvany": ("national unemployment rate in Norvany", "percent", "other", None),
    "pop_velsheim": ("residents of Velsheim", "people", "population", None),
    "apprentices": ("apprentices at the Velsheim plant", "apprentices", "population", None),
    "product_lines": ("product lines at the Velsheim plant", "lines", "population", None),
    "lines_moved": ("Velsheim product lines moving to Kestria", "lines", "part", "product_lines"),
    "tax_loss": ("business tax Velsheim expects to lose per year", "EUR", "other", None),
    "age": ("ages of people", "years", "other", None),
    "window": ("time windows ('the last three months')", "months", "other", None),
    "velsheim_cut_share": ("Velsheim cuts as a share of the plant's staff", "percent", "other", None),
    "halvia_cut_share": ("Halvia cuts as a share of Brenmark's Halvian workforce", "percent", "other", None),
}

A1 = """
Brenmark [[to cut 7,800 jobs|job_cuts|7800]] as third-quarter profit [[slumps 45%|profit_change|45]]
By Jonas Perrault | Meridian Wire | 29 October 2026

OLDENHAVEN, Halvia (Meridian) - Industrial automation group Brenmark said on Thursday it [[would cut 7,800 jobs|job_cuts|7800]], or [[12.8 percent|cuts_share|12.8]] of its [[61,000-strong workforce|workforce|61000]], by the end of 2028 after third-quarter profit slumped and it lowered its full-year outlook for the second time this year.

Net profit fell [[45 percent|profit_change|45]] to [[212 million euros|profit_q3|212000000]] ([[$246 million|profit_q3|246000000|=|u=USD]]) from [[388 million euros|profit_prev|388000000]] a year earlier. Revenue dropped [[6.1 percent|rev_change|6.1]] to [[4.82 billion euros|rev_q3|4820000000]], short of the [[4.95 billion|rev_consensus|4950000000]] expected by analysts in a company-compiled consensus. The adjusted operating margin narrowed to [[7.4 percent|margin_q3|7.4]] from [[9.7 percent|margin_prev|9.7]].

Brenmark now expects full-year revenue of [[19.2 billion to 19.6 billion euros|guidance_new|19200000000..19600000000|range]], down from [[20.1 billion-20.8 billion|guidance_old|20100000000..20800000000|range]] previously. Order intake dropped [[14 percent|orders_change|14]] to [[4.4 billion euros|orders_q3|4400000000]].

Chief Executive Annika Voss said the programme would save [[about 900 million euros|savings|900000000|~]] a year from 2028 and cost [[650 million to 750 million euros|charges|650000000..750000000|range]] in restructuring charges.

Of the cuts, [[3,100|cuts_halvia|3100]] will fall in Halvia and [[1,900|cuts_norvany|1900]] in Norvany. The Factory Automation division will lose [[4,200 positions|cuts_fa|4200]].

Brenmark shares fell [[11.4 percent|share_change|11.4]] to [[38.62 euros|share_price|38.62]], wiping [[about 2.1 billion euros|market_value_lost|2100000000|~]] off its market value.
"""

A2 = """
BRENMARK WIELDS THE AXE: [[7,800 JOBS GO|job_cuts|7800]] - BUT BOSS KEEPS HER [[€4.1M PAY|ceo_pay|4100000]]
By Kit Marlowe-Dean | The Evening Thunder | 30 October 2026

FACTORY giant Brenmark is to axe [[7,800 jobs|job_cuts|7800]] - [[one in eight|cuts_share|12.5]] of its workers - while its boss pockets a [[€4.1million|ceo_pay|4100000]] pay packet, up [[18 per cent|ceo_pay_change|18]] on the year before.

Shocked staff at the Velsheim plant, where [[2,300 people|workforce_velsheim|2300]] work, learned yesterday that [[640 of them|cuts_velsheim|640]] will be shown the door. In total [[3,100 jobs|cuts_halvia|3100]] will go in Halvia.

Union chief [[Pieter Gramsch, 58|age|58|=|opt]], fumed: "[[They say 7,800|job_cuts|7800]]. Mark my words, it will be [[closer to 9,000|job_cuts|9000|~]]."

The firm's profits CRASHED by [[almost half|profit_change|50|~]] to [[€212million|profit_q3|212000000]] in [[the last three months|window|3|=|opt|u=months]]. Last year Brenmark raked in [[€1.3billion|profit_2025|1300000000]].

Shareholders took a hammering too as the shares plunged [[11 per cent|share_change|11]].

The last time Brenmark swung the axe, in 2024, [[2,500 workers|prev_cuts|2500]] lost their jobs.

Chief executive [[Annika Voss, 54|age|54|=|opt]], said the cuts were "painful but necessary".
"""

A3 = """
Brenmark's shrinking ambitions: what [[7,800 job cuts|job_cuts|7800]] say about the automation slump
By Rosalind Achterberg | The Oldenhaven Chronicle | 2 November 2026

Brenmark employed [[64,800 people|workforce_2023|64800]] at the end of 2023. After a first round of [[2,500 cuts|prev_cuts|2500]] in 2024 and natural attrition, it had [[61,000|workforce|61000]] at the end of September. If the [[7,800 reductions|job_cuts|7800]] announced on Thursday go through, it will end 2028 with [[about 53,200|workforce_after|53200|~]] staff - the smallest workforce since the group's listing.

The cuts are spread unevenly. Factory Automation, the division that built Brenmark's reputation, loses [[4,200|cuts_fa|4200]]; Energy Solutions [[2,100|cuts_energy|2100]]; corporate functions [[1,500|cuts_corporate|1500]]. By country, Halvia bears [[3,100|cuts_halvia|3100]] of its [[22,400 staff there|workforce_halvia|22400]], followed by [[Norvany with 1,900|cuts_norvany|1900]] and [[Kestria with 900|cuts_kestria|900]]; [[the remaining 1,900|cuts_other|1900]] are spread across other countries.

The numbers behind the decision are stark. Third-quarter revenue of [[4.82 billion euros|rev_q3|4820000000]] compared with [[5.13 billion|rev_prev|5130000000]] a year earlier and [[4.97 billion|rev_q2|4970000000]] in the second quarter. The adjusted operating margin of [[7.4 percent|margin_q3|7.4]] was [[2.3 percentage points|margin_change|2.3]] below a year earlier, and Brenmark cut its full-year margin guidance to [[7 to 8 percent|guidance_margin_new|7..8|range]] from [[9 to 10 percent|guidance_margin_old|9..10|range]].

More worrying for investors is the order book. The book-to-bill ratio fell to [[0.91|book_to_bill|0.91]], meaning Brenmark is invoicing more than it is winning in new business, and orders from China fell [[19 percent|china_orders_change|19]].

Management says the plan will save [[900 million euros a year|savings|900000000]] once complete, for restructuring charges of [[up to 750 million|charges|750000000|<=]]. The market was unconvinced: the shares fell [[11.4 percent|share_change|11.4]] on Thursday and a further [[2.2 percent|share_change_fri|2.2]] on Friday, leaving Brenmark worth [[16.3 billion euros|market_cap|16300000000]]. Analysts at Kessler Brandt expect the dividend to be cut from [[1.10 euros|dividend_old|1.10]] to [[about 0.70|dividend_new|0.70|~]].
"""

A4 = """
Brenmark [[cuts 1 900 jobs in Norvany|cuts_norvany|1900]] - Hamarvik factory closes
Translated from Danish. Norvik Dagblad | 30 October 2026

Hamarvik. The industrial group Brenmark will [[remove 1 900 jobs|cuts_norvany|1900]] in Norvany, as part of a programme in which [[7 800 positions|job_cuts|7800]] disappear worldwide. The factory in Hamarvik, which has [[1 150 employees|workforce_hamarvik|1150]], will close by the end of 2027. The [[remaining 750|cuts_norvany_other|750]] positions will disappear at the head office and in sales. Brenmark has [[4 700 employees|workforce_norvany|4700]] in Norvany.

Worldwide, the group employs [[61 000 people|workforce|61000]]; the cuts correspond to [[12,8 percent|cuts_share|12.8]] of the workforce.

In the third quarter, turnover fell by [[6,1 percent|rev_change|6.1]] to [[4,82 billion euros|rev_q3|4820000000]], about [[56 billion kroner|rev_q3|56000000000|~|u=kroner]]. The net profit fell to [[212 million euros|profit_q3|212000000]]. The operating margin was [[7,4 percent|margin_q3|7.4]], [[2,3 percentage points|margin_change|2.3]] lower than a year earlier.

The share fell by [[11,4 percent|share_change|11.4]] to [[38,62 euros|share_price|38.62]] on the Oldenhaven exchange on Thursday.

Minister of Industry Sigrid Aalvik called the decision "a hard blow" for the region, where unemployment is [[5,9 percent|unemployment_hamarvik|5.9]], against [[3,8 percent|unemployment_norvany|3.8]] nationally.
"""

A5 = """
Velsheim plant [[to lose 640 jobs|cuts_velsheim|640]]
By Jens Albrecht-Noor | Velsheim Courier | 31 October 2026

Brenmark [[will cut 640|cuts_velsheim|640]] of the [[2,300 jobs at its Velsheim plant|workforce_velsheim|2300]], leaving [[about 1,660|workforce_velsheim_after|1660|~]], the company told the works council on Thursday. That is [[nearly 28 percent|velsheim_cut_share|28|~]] of the plant's staff. The plant is the largest employer in the town of [[38,000 residents|pop_velsheim|38000]].

Across Halvia, [[3,100|cuts_halvia|3100]] of Brenmark's [[22,400 jobs|workforce_halvia|22400]] will go - [[almost 14 percent|halvia_cut_share|14|~]] of its Halvian workforce - as part of [[7,800 cuts worldwide|job_cuts|7800]].

Production of [[two|lines_moved|2]] of the plant's [[four product lines|product_lines|4]] moves to Kestria. Works council chair Dora Imhoff said the [[85 apprentices|apprentices|85]] would be kept on and that most cuts would come through early retirement for staff [[over 58|age|58|>|opt]].

Mayor Tobias Renk said the town expected to lose [[an estimated 4 million euros|tax_loss|4000000|~]] a year in business tax.
"""

ARTICLES = [
    ("01_wire_2026-10-29.txt", A1),
    ("02_tabloid_2026-10-30.txt", A2),
    ("03_analysis_2026-11-02.txt", A3),
    ("04_translated_2026-10-30.txt", A4),
    ("05_local_2026-10-31.txt", A5),
]

if __name__ == "__main__":
    main(EVENT, FOLDER, NOTES, Q, ARTICLES)
