#!/usr/bin/env python3
"""Hand-kept quantity table of event 3 (the Kalvra Telecom flotation); writes meta.json beside it."""
import json
import os

FOLDER = "kalvra_flotation"
EVENT = ("Stock-market flotation of Kalvra Telecom, the state-owned phone and broadband operator of Dravonia (fictional), "
         "on the Velstad Stock Exchange: price range set at 18-22 marks and raised to 21-23 marks, shares priced at 23 "
         "marks on Tuesday 14 May 2058 and first traded on Wednesday 15 May: the offer's size and proceeds (marks and "
         "euros) as first announced and after the over-allotment, the state's proceeds and stake, the first day's "
         "prices and later prices, the market value and rival valuations, small investors (the exchange's count, the "
         "brokers' rival count and the final count), employees' shares, a neighbouring country's pension fund and "
         "subsidiary, the dividend and yields, job cuts at the headquarters town, and an earlier flotation; reported 15 "
         "May - 16 June 2058")
NOTES = (
    "Prices: the offer price (23 marks) is one quantity; the first day's opening, high and closing prices are three "
    "fixed quantities, the close (27.10 marks) being quoted in all five articles; the later closing prices reported "
    "anew (26.30 marks on Friday 17 May, 24.80 on Tuesday 21 May, 21.90 on Friday 14 June) are one running quantity, "
    "'the latest share price', kept apart from the first-day close even in the wire, which was filed on the first day. "
    "Changes follow the same split: the first-day gain (17.8 per cent, the tabloid's 'almost 18 per cent') is one "
    "quantity, the change against the offer price at the latest close (7.8 per cent above, 4.8 per cent below; values "
    "as printed, no sign added) another, the fall from the first-day close (19.2 per cent) a third, and the gains and "
    "losses in marks per share (4.10, 1.10) are their own quantities beside the percentages (another unit and base). "
    "Market value: the value at the offer price (27.6 billion marks), at the first-day close (about 32.5 billion, "
    "about 4.1 billion euros) and at the latest close (about 26.3 billion) are three quantities; the opposition's "
    "'closer to 35 billion marks' and the government advisers' 'between 24 billion and 30 billion marks' are rival "
    "estimates of what the company is worth and form one quantity. New: the offer enlarged by the over-allotment "
    "option is the same amount revised, like an amount changed by decision: the shares sold (240 million -> 249 "
    "million), the money raised (5.52 billion marks, about 690 million euros, with the wire headline's rounded 5.5 "
    "billion -> 5.73 billion marks, about 716 million euros), the state's proceeds (4.6 billion -> about 4.8 billion "
    "marks) and the state's stake (80 -> about 79 per cent) are one quantity each; the option's ceiling of 36 million "
    "shares, the 9 million actually taken up, the 6.35 billion marks a full over-allotment would have raised and the 77 "
    "per cent stake it would have left are four other quantities (a ceiling, the realised use and two conditional "
    "figures). The over-allotment ceiling (wire 'up to 36 million') and the employees' 'up to 300 shares' are "
    "ceilings written exactly and keep '=' with 'up to' in the quote; the retail cap ('at most 150 shares', 'more than "
    "150') keeps '=' with its words outside. Small investors: the exchange's about 410,000 (restated by the broadsheet "
    "as '410,000 it announced'), the brokers' association's rival 'more than 450,000' and the exchange's final 432,000 "
    "are one quantity; a Brennmoor broker's 9,000 local customers are a part; the 18,000 Orlavians who ordered through "
    "Orlavian banks are kept as their own count, since the translated copy sets them beside the Dravonian count. The "
    "employees who bought shares (more than 5,000, about 5,600) are one quantity; their 68 per cent share of the "
    "staff is another base. The dividend (1.30 marks) is one quantity in all five articles; the yield at the offer "
    "price (about 5.7 per cent, 'almost 6 %') and the yield at the latest price (5.9 per cent) are two. The pension "
    "fund's purchase (276 million marks = 34.5 million euros) and its value at Friday's close (315.6 million marks, "
    "about 39.5 million euros) are two quantities, each with its conversion. Parts: the state's 200 million shares, "
    "the 40 million new shares, the 60 million retail shares, the pension fund's 12 million and the 9 million "
    "over-allotment shares taken up are parts of the shares sold; the state's and the company's proceeds and the fund's "
    "purchase are parts of the money raised. Equal values that measure different things are kept apart: the 150-share "
    "retail cap and the taxi driver's 150 shares; the 300-share employee cap and an engineer's 300 shares; the 4.6 "
    "billion marks of state proceeds and the 4.6 million homes on fibre; the 40 million new shares and the broker's "
    "40-minute outage; 'nine years' since the last comparable flotation and the 'nine times' covered book; the 10 per "
    "cent discount and the 'every 10' shares of the bonus; the 25 per cent of the offer given to small "
    "investors and the first day's volume of about 25 per cent of the offer. Ages, careers and the translated headline's 'three days' since the debut are optional.")

Q = [
    ["offer_price", "other", None, "price per share at which Kalvra was floated"],
    ["price_range_first", "other", None, "first price range (18 to 22 marks)"],
    ["price_range_revised", "other", None, "price range as raised on 9 May (21 to 23 marks)"],
    ["price_day1_open", "other", None, "opening price on the first day of trading, 15 May"],
    ["price_day1_high", "other", None, "highest price on the first day of trading"],
    ["price_day1_close", "other", None, "closing price on the first day of trading, 15 May"],
    ["price_latest", "other", None, "share price at the latest close reported after the first day (running)"],
    ["gain_day1", "other", None, "rise of the shares on the first day against the offer price, in per cent"],
    ["gain_day1_marks", "other", None, "first-day gain per share in marks"],
    ["change_vs_offer_latest", "other", None, "change of the latest price against the offer price, in per cent (running; value as printed)"],
    ["fall_from_day1_close", "other", None, "fall of the price by 14 June from the first-day close"],
    ["retail_loss_per_share", "other", None, "paper loss per share of small investors at 14 June"],
    ["index_fall", "other", None, "fall of the Velstad all-share index over the same weeks"],
    ["volume_day1", "count", None, "shares traded on the first day"],
    ["volume_share_offer", "other", None, "first-day volume as a share of the shares on offer"],
    ["value_at_offer", "other", None, "Kalvra's market value at the offer price"],
    ["value_day1_close", "other", None, "Kalvra's market value at the first-day close (marks and euros)"],
    ["value_latest", "other", None, "Kalvra's market value at the close of 14 June"],
    ["valuation_estimates", "other", None, "estimates of what Kalvra is worth (the opposition's; the government advisers' range)"],
    ["offer_shares", "total", None, "shares sold in the flotation (base offer, enlarged by the over-allotment taken up)"],
    ["state_shares_sold", "part", "offer_shares", "shares sold by the state in the base offer"],
    ["new_shares", "part", "offer_shares", "new shares issued by Kalvra"],
    ["retail_tranche", "part", "offer_shares", "shares given to small investors"],
    ["onpf_shares", "part", "offer_shares", "shares bought by the Orlavian National Pension Fund"],
    ["greenshoe_used", "part", "offer_shares", "over-allotment shares finally taken up from the state"],
    ["greenshoe_max", "other", None, "ceiling of the over-allotment option"],
    ["stabilisation_buyback", "count", None, "shares the banks bought back in the market to support the price"],
    ["retail_tranche_share", "other", None, "small investors' share of the offer"],
    ["onpf_share_of_offer", "other", None, "the pension fund's share of the shares offered"],
    ["proceeds", "total", None, "money raised by the flotation (marks and euros; revised after the over-allotment)"],
    ["state_proceeds", "part", "proceeds", "money received by the state (revised after the over-allotment)"],
    ["company_proceeds", "part", "proceeds", "money raised by Kalvra from its new shares"],
    ["onpf_cost", "part", "proceeds", "price paid by the pension fund for its shares (marks and euros)"],
    ["proceeds_max", "other", None, "proceeds if the over-allotment were taken up in full"],
    ["state_stake", "other", None, "the state's holding in Kalvra after the sale (revised after the over-allotment)"],
    ["state_stake_greenshoe", "other", None, "the state's holding if the over-allotment were taken up in full"],
    ["stake_sold", "other", None, "share of Kalvra sold, according to the finance minister"],
    ["state_shares_at_close", "other", None, "value of the state's 200 million sold shares at the first-day close"],
    ["state_shares_difference", "other", None, "difference between that value and the state's proceeds"],
    ["institutional_cover", "other", None, "times the funds' order book was covered"],
    ["institutional_foreign_share", "other", None, "share of the funds' shares bought outside Dravonia"],
    ["retail_cover", "other", None, "small investors' orders as a multiple of their shares"],
    ["retail_cap", "other", None, "most shares allotted to a small investor"],
    ["retail_minimum", "other", None, "minimum order in shares"],
    ["retail_minimum_cost", "other", None, "cost of the minimum order"],
    ["retail_investors", "total", None, "small investors who applied for shares (the exchange's first and final counts, the brokers' rival count)"],
    ["brennmoor_retail", "part", "retail_investors", "local customers for whom a Brennmoor broker placed orders"],
    ["brennmoor_retail_ratio", "other", None, "those orders as a multiple of any previous share sale at that broker"],
    ["orlavian_retail", "count", None, "Orlavians who ordered shares through Orlavian banks"],
    ["retail_sold_share", "other", None, "share of their shares small investors had sold by the end of May"],
    ["retail_sold_days", "other", None, "first days in which many of them sold"],
    ["broker_outage", "other", None, "minutes an online broker's website was down"],
    ["broker_orders", "other", None, "orders a second at that broker"],
    ["molden_stake", "other", None, "money a taxi driver put into the shares"],
    ["molden_gain", "other", None, "his first-day paper gain"],
    ["molden_shares", "count", None, "his shares"],
    ["molden_dividend", "other", None, "his dividend for the year"],
    ["presk_gain", "other", None, "a cashier's first-day paper gain on the minimum order"],
    ["banks", "count", None, "investment banks that ran the sale"],
    ["orlavian_banks_in_syndicate", "count", None, "Orlavian banks among them"],
    ["fees", "other", None, "fees of the banks"],
    ["fee_rate", "other", None, "fees as a share of the money raised"],
    ["dividend", "other", None, "dividend per share promised for 2058"],
    ["dividend_yield_offer", "other", None, "dividend yield at the offer price"],
    ["dividend_yield_latest", "other", None, "dividend yield at the 14 June price"],
    ["employee_buyers", "count", None, "employees who bought shares"],
    ["employee_buyers_share", "other", None, "share of the Dravonian staff who bought shares"],
    ["employee_discount", "other", None, "discount for employees"],
    ["employee_price", "other", None, "price per share paid by employees"],
    ["employee_cap", "other", None, "most shares an employee could buy at the discount"],
    ["employee_max_gain", "other", None, "paper profit of an employee who bought the maximum, at 21 May"],
    ["bonus_hold_years", "other", None, "years employees must hold to get bonus shares"],
    ["bonus_shares", "other", None, "free shares per block held"],
    ["bonus_per_shares", "other", None, "shares held per free share"],
    ["dahl_shares", "count", None, "an engineer's shares"],
    ["dahl_dividend", "other", None, "his yearly dividend"],
    ["dahl_mortgage", "other", None, "his monthly mortgage"],
    ["staff_dravonia", "population", None, "Kalvra's employees in Dravonia"],
    ["staff_brennmoor", "population", None, "Kalvra's employees in Brennmoor"],
    ["call_centre_staff", "population", None, "employees of the Dockside call centre"],
    ["orlavia_staff", "population", None, "employees of Kalvra Orlavia"],
    ["job_cuts", "total", None, "jobs to be cut by 2061 under the prospectus plans"],
    ["job_cuts_brennmoor", "part", "job_cuts", "those cuts falling in Brennmoor (union's estimate)"],
    ["business_rates", "other", None, "business rates Kalvra pays Brennmoor a year"],
    ["business_rates_share", "other", None, "their share of the council's budget"],
    ["sponsorship", "other", None, "yearly sponsorship of Kalvra Park"],
    ["hq_cost", "other", None, "cost of the planned new headquarters building"],
    ["mobile_customers", "population", None, "Kalvra's mobile customers in Dravonia"],
    ["broadband_customers", "population", None, "Kalvra's broadband customers in Dravonia"],
    ["mobile_customers_lost", "count", None, "mobile customers lost in the first quarter"],
    ["orlavia_customers", "population", None, "Kalvra Orlavia's mobile customers"],
    ["orlavia_market_share", "other", None, "Kalvra Orlavia's market share"],
    ["orlavia_revenue", "other", None, "Kalvra Orlavia's revenue last year"],
    ["orlavia_investment", "other", None, "investment promised in the Orlavian network by 2061 (euros and marks)"],
    ["orlavia_operators", "population", None, "mobile operators in Orlavia"],
    ["orlavia_other_operators", "population", None, "the other operators in Orlavia"],
    ["orlavia_other_foreign", "count", None, "of those, operators majority-owned by foreign groups"],
    ["revenue_2057", "other", None, "Kalvra's revenue in 2057"],
    ["net_profit_2057", "other", None, "Kalvra's net profit in 2057"],
    ["q1_revenue", "other", None, "first-quarter revenue"],
    ["q1_revenue_change", "other", None, "fall of first-quarter revenue"],
    ["net_debt", "other", None, "Kalvra's net debt"],
    ["spectrum_reserve", "other", None, "regulator's reserve price for the frequencies"],
    ["spectrum_ratio", "other", None, "reserve price as a multiple of analysts' expectations"],
    ["fibre_homes", "total", None, "homes reached by Kalvra's fibre network"],
    ["fibre_homes_brennmoor", "part", "fibre_homes", "those in Brennmoor"],
    ["fibre_target", "other", None, "homes the fibre network should reach by 2062"],
    ["fibre_cost", "other", None, "cost of the fibre plan"],
    ["exchange_rate", "other", None, "marks to the euro"],
    ["onpf_value", "other", None, "value of the pension fund's shares at the close of 17 May (marks and euros)"],
    ["onpf_paper_gain", "other", None, "the pension fund's paper gain by 17 May"],
    ["onpf_assets", "other", None, "assets managed by the pension fund"],
    ["onpf_kalvra_share", "other", None, "Kalvra shares as a share of the fund's assets"],
    ["state_lockup", "other", None, "lock-up period on further sales by the state"],
    ["future_sale", "other", None, "further share of Kalvra the government may sell"],
    ["future_sale_years", "other", None, "period within which it may do so"],
    ["largest_since_years", "other", None, "years since a flotation as large"],
    ["e2049_proceeds", "other", None, "money raised by Greyholm Mutual's flotation in 2049"],
    ["e2049_fall", "other", None, "Greyholm's shares below their offer price a year after"],
    ["e2049_recovery", "other", None, "years Greyholm took to get back to its offer price"],
    ["molden_age", "other", None, "age of the taxi driver (optional)"],
    ["molden_career", "other", None, "his years as a cab driver (optional)"],
    ["presk_age", "other", None, "age of the cashier (optional)"],
    ["venn_age", "other", None, "age of a network planner (optional)"],
    ["venn_career", "other", None, "her years at Kalvra (optional)"],
    ["dahl_age", "other", None, "age of an engineer (optional)"],
    ["days_since_debut", "other", None, "days since the debut, in the translated headline (optional)"],
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json written: {len(Q)} quantities")
