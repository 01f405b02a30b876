#!/usr/bin/env python3
"""Hand-kept table of the quantities of event 3; writes meta.json beside it."""
import json
import os

P, T, PT, C, O = "population", "total", "part", "count", "other"
Q = [
    # customers abroad and the airlift
    ("stranded", T, None, "Sunvara customers abroad when the company collapsed (about 148,000), restated throughout"),
    ("package", PT, "stranded", "package customers among them, protected by the fund (about 141,000)"),
    ("flight_only", PT, "stranded", "flight-only customers among them (7,000 or so)"),
    ("own_way", PT, "stranded", "customers who made their own way home or stayed (1,800)"),
    ("corvallo_stranded", PT, "stranded", "Sunvara customers on Corvallo at the collapse (about 31,000)"),
    ("brought_home", PT, "stranded", "people flown home by the airlift (16,200 -> 61,000 -> 112,000 -> 146,200)"),
    ("corvallo_home", PT, "brought_home", "people flown home from Corvallo by Thursday 4 July (about 19,000)"),
    ("still_abroad", PT, "stranded", "customers still abroad waiting for the airlift (almost 132,000 -> about 87,000 -> about 36,000)"),
    ("corvallo_still", PT, "still_abroad", "customers still on Corvallo on Thursday 4 July (about 12,000)"),
    ("countries", O, None, "countries the customers were in (14)"),
    ("airports", O, None, "airports the airlift served (53)"),
    ("charter", C, None, "aircraft chartered for the airlift (46)"),
    ("peak_aircraft", C, None, "aircraft used at the peak (up to 52)"),
    ("flights_plan", O, None, "flights planned for the airlift (about 1,000)"),
    ("flights_flown", T, None, "airlift flights flown (96 -> 812 -> 1,094)"),
    ("peak_flights", PT, "flights_flown", "flights on the peak day, 6 July (168)"),
    ("flights_day1", C, None, "flights scheduled for the first day (74)"),
    ("day1_plan", O, None, "people the first day's flights were to carry (about 14,500)"),
    ("flights_day2", C, None, "flights planned for Wednesday 3 July (more than 150)"),
    ("corvallo_flights", C, None, "special flights from Corvallo by Thursday 4 July (38)"),
    ("airlift_plan", O, None, "planned duration of the airlift, met (two weeks)"),
    ("repat_cost", PT, "fund_calls", "cost of the airlift: first estimate 160 million orsas (about 27 million euros), final 205 million orsas (about 34 million euros)"),
    ("cost_per_head", O, None, "airlift cost per passenger (about 1,400 orsas)"),
    ("cost_ratio_2047", O, None, "that cost per head against 2047's (almost twice)"),
    ("hotline_calls", C, None, "calls to the VAA hotline on its first day (38,000)"),
    ("helpline_wait", O, None, "waits on the fund's helpline (more than two hours)"),
    ("grounded", C, None, "Sunvara aircraft grounded (all 18)"),
    ("owned_aircraft", C, None, "aircraft Sunvara owned outright (four)"),
    # the company, its debts and its people
    ("debt", O, None, "Sunvara's debts (about 1.9 billion orsas, about 320 million euros, at the collapse; 2.3 billion orsas in the administrators' report)"),
    ("assets", O, None, "saleable assets (between 300 and 450 million orsas)"),
    ("recovery_rate", O, None, "expected recovery for unsecured creditors (5 to 8 per cent)"),
    ("loan_sought", O, None, "rescue loan asked of the government and refused (240 million orsas)"),
    ("share_fall", O, None, "fall of Sunvara's shares since January (91 per cent)"),
    ("customers_year", C, None, "holidaymakers Sunvara carried last year (about 1.9 million)"),
    ("sales", O, None, "Sunvara's sales in the year to March (4.6 billion orsas)"),
    ("sales_drop", O, None, "fall of those sales (17 per cent)"),
    ("mkt_share", O, None, "Sunvara's share of package holidays this year (21 per cent)"),
    ("mkt_share_before", O, None, "its share in 2055 (about 24 per cent)"),
    ("share_loss_years", O, None, "years of lost market share (three)"),
    ("jobs", T, None, "Sunvara jobs lost (about 9,300)"),
    ("jobs_vesk", PT, "jobs", "jobs lost in Veskaria (4,100)"),
    ("jobs_hq", PT, "jobs_vesk", "jobs lost at the Tarnford head office and base (about 1,150)"),
    ("rehired", PT, "jobs", "former staff who found new jobs (about 1,700)"),
    ("ceo_pay", T, None, "the chief executive's pay in the year to March (2.8 million orsas)"),
    ("ceo_bonus", PT, "ceo_pay", "his bonus (900,000 orsas)"),
    ("fenwick_repay", PT, "ceo_bonus", "the part of the bonus he will repay (450,000 orsas)"),
    ("fenwick_waived", O, None, "months of salary he waived (three)"),
    ("okoro_age", O, None, "a cabin crew member's age (optional)"),
    ("wages_owed", O, None, "unpaid wages owed to Tarnford staff (about 4.6 million orsas)"),
    ("wage_guarantee_weeks", O, None, "the state guarantee's cover (up to eight weeks of pay; a rule)"),
    ("wage_cap", O, None, "weekly cap of the guarantee (1,400 orsas)"),
    ("wage_claim_time", O, None, "processing time of guarantee claims (six to eight weeks)"),
    ("malhotra_age", O, None, "an engineer's age (optional)"),
    ("malhotra_kids", O, None, "his children (optional family history)"),
    ("malhotra_years", O, None, "his years at Sunvara (optional working history)"),
    ("sunvara_years", O, None, "years Sunvara was based in Tarnford (30)"),
    ("coaches_founding", C, None, "coaches Sunvara started with (three)"),
    # the fund and the bill
    ("future_customers", C, None, "customers whose future holidays were cancelled (about 410,000)"),
    ("refund_time", O, None, "the fund's refund deadline (12 weeks; a rule)"),
    ("fund_held", O, None, "money in the Holiday Guarantee Fund at the collapse (290 million orsas)"),
    ("fund_calls", T, None, "total calls on the fund (about 795 million orsas)"),
    ("refund_claims", PT, "fund_calls", "expected refund claims (about 520 million orsas)"),
    ("hotel_bills", PT, "fund_calls", "hotel bills of stranded customers (about 70 million orsas)"),
    ("fund_ratio", O, None, "calls on the fund as a multiple of what it held (more than two and a half times)"),
    ("gov_loan", O, None, "government loan to the fund (500 million orsas)"),
    ("loan_years", O, None, "repayment period of the loan (ten years)"),
    ("state_exposure", O, None, "public money at risk (more than 700 million orsas)"),
    ("levy_now", O, None, "current levy per package holiday (2.5 orsas)"),
    ("levy_new", O, None, "new levy from January (15 orsas)"),
    ("price_effect", O, None, "effect of the new levy on holiday prices (about 0.4 per cent)"),
    ("claims_received", T, None, "refund claims received by Friday 26 July (268,000)"),
    ("claims_paid", PT, "claims_received", "refund claims paid (41,000)"),
    ("price_rise", O, None, "rise in August package prices on a year earlier (about 12 per cent)"),
    # customers' stories
    ("harrow_demand", O, None, "the Corvallo hotel's demand to the Harrow family (3,400 euros, more than 20,000 orsas)"),
    ("harrow_paid", O, None, "what the Harrows had paid for the holiday (11,600 orsas)"),
    ("harrow_days", O, None, "days into the holiday (five)"),
    ("harrow_holiday", O, None, "length of the holiday (two weeks)"),
    ("barricade", O, None, "hours the family stayed in their room (six)"),
    ("mason_age", O, None, "a child's age (optional)"),
    ("lily_age", O, None, "a child's age (optional)"),
    ("kerry_age", O, None, "Kerry Harrow's age (optional)"),
    ("doyle_cost", O, None, "the Doyles' cancelled cruise (7,800 orsas)"),
    ("doyle_marriage", O, None, "years married (optional family history)"),
    ("scully_days", O, None, "days the Scullys spent on Corvallo (12)"),
    ("scully_cost", O, None, "cost of their holiday (9,400 orsas)"),
    # Marendia and Corvallo
    ("hotel_debt", T, None, "Sunvara's debts to Marendian hotels (about 42 million euros)"),
    ("hotel_debt_cor", PT, "hotel_debt", "its debts to hotels on Corvallo (17 million euros)"),
    ("bellamar_debt", PT, "hotel_debt_cor", "the Hotel Bellamar's share (about 380,000 euros)"),
    ("bellamar_rooms", P, None, "the Bellamar's rooms (120)"),
    ("bellamar_months", O, None, "the debt as months of staff salaries (three)"),
    ("sunvara_marendia", T, None, "visitors Sunvara brought to Marendia in 2057 (640,000)"),
    ("sunvara_corvallo", PT, "sunvara_marendia", "of them to Corvallo (210,000)"),
    ("sunvara_cor_share", O, None, "Sunvara's share of Corvallo's foreign visitors (22 per cent)"),
    ("sunvara_weekly", O, None, "Sunvara's weekly flights to Corvallo in high season (64)"),
    ("hotels_cor", C, None, "Corvallo hotels that worked with Sunvara (about 210)"),
    ("occupancy_before", O, None, "August hotel occupancy a week before (91 per cent)"),
    ("occupancy_after", O, None, "August hotel occupancy now (74 per cent)"),
    ("seasonal_jobs", C, None, "seasonal jobs in danger on Corvallo (about 1,400)"),
    ("office_staff", C, None, "staff of Sunvara's Porto Leva office, closed (85)"),
    ("credit_line", O, None, "Marendian credit line for hotels (25 million euros)"),
    ("credit_rate", O, None, "its interest rate (1.5 per cent)"),
    ("rate_orsa", O, None, "exchange rate (6 orsas to the euro)"),
    ("nordsol_flights", O, None, "Nordsol's extra weekly flights to Corvallo (12)"),
    ("aeromar_flights", O, None, "Aeromar's extra weekly flights (eight)"),
    ("replaced_share", O, None, "share of Sunvara's traffic replaced ('a third', optional)"),
    # Tarnford
    ("airport_pax", T, None, "Tarnford Airport's passengers last year (2.4 million)"),
    ("sunvara_tarnford_pax", PT, "airport_pax", "Sunvara's passengers at Tarnford (about 910,000)"),
    ("airport_share", O, None, "Sunvara's share of the airport's passengers (38 per cent)"),
    ("tarnford_aircraft", C, None, "Sunvara aircraft based at Tarnford (six)"),
    ("airport_staff", P, None, "the airport's jobs (900)"),
    ("airport_cuts", C, None, "airport jobs to be cut (about 220)"),
    ("airlines_talks", C, None, "airlines in talks with the airport (five)"),
    ("hardship_fund", O, None, "the council's hardship fund (500,000 orsas)"),
    ("jobfair_visitors", C, None, "visitors to the jobs fair (more than 2,300)"),
    ("jobfair_employers", C, None, "employers at the fair (60)"),
    ("jobfair_vacancies", C, None, "vacancies offered (about 900)"),
    ("nordsol_hires", C, None, "former Sunvara staff Nordsol will hire (up to 300)"),
    ("nordsol_tarnford", C, None, "of them in Tarnford (about 120)"),
    ("business_rates", O, None, "business rates Sunvara paid the council (about 2.1 million orsas a year)"),
    ("rates_share", O, None, "their share of the council's budget (about 4 per cent)"),
    # the earlier collapse
    ("stranded2047", T, None, "customers stranded by Aquila Tours' collapse in 2047 (64,000)"),
    ("aquila_corvallo", PT, "stranded2047", "of them on Corvallo (about 9,000)"),
    ("airlift2047", O, None, "duration of the 2047 airlift (nine days)"),
    ("cost2047", O, None, "cost of the 2047 airlift (48 million orsas)"),
    ("aquila_hotel_debt", O, None, "Aquila's debts to Corvallo hotels (6.2 million euros)"),
    ("aquila_paid", O, None, "share of those debts ever paid ('less than half', optional)"),
]

NOTES = (
    "The number of customers abroad at the moment of the collapse (about 148,000) is the event's defining figure and "
    "is restated in every article as one quantity; the later counts of customers still abroad (almost 132,000, about "
    "87,000, about 36,000) form a separate running quantity, and the people flown home (16,200, 61,000, 112,000, "
    "146,200) another; the 1,800 who made their own way are a part of the 148,000. Planned and realised figures are "
    "distinct (about 1,000 flights planned against 1,094 flown; 74 flights scheduled for the first day), and the "
    "peak day's 168 flights and up to 52 aircraft are their own quantities beside the 46 aircraft chartered. The "
    "airlift's cost estimate (160 million orsas) and final cost (205 million orsas) are one amount revised, with their "
    "euro conversions; Sunvara's debts (about 1.9 billion orsas at the collapse, 2.3 billion in the administrators' "
    "report) likewise. The state wage guarantee's 'up to eight weeks' and the fund's 'within 12 weeks' are rules "
    "('=', with 'up to' in the quote and 'within' outside). Times of day (2am, 2.15am, 'six that morning') are not "
    "figures. People's ages, family and working history are optional, as are the vague shares 'a third' and 'less "
    "than half'. The translated Marendian copy uses dotted thousands and decimal commas."
)

here = os.path.dirname(os.path.abspath(__file__))
meta = {
    "folder": "sunvara_tour_operator_collapse",
    "event": "Collapse of the tour operator Sunvara Holidays and its airline in Veskaria (fictional) in the early "
             "hours of Tuesday 2 July 2058: about 148,000 customers stranded abroad and a two-week government airlift, "
             "410,000 future holidays cancelled, 9,300 jobs lost, hotels on the Marendian island of Corvallo left "
             "unpaid, the Tarnford headquarters and airport, and the guarantee fund's shortfall; reported 2 July - "
             "30 July 2058",
    "notes": NOTES,
    "quantities": [list(q) for q in Q],
}
ids = [q[0] for q in Q]
assert len(ids) == len(set(ids)), "duplicate quantity ids"
json.dump(meta, open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
