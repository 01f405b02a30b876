#!/usr/bin/env python3
"""Hand-kept quantity table of event e3; writes meta.json beside it."""
import json
import os

FOLDER = "tessany_lottery_fraud"
EVENT = ("Fraud at the Tessanian National Lottery (fictional Tessany), revealed by police raids on 38 retailers on "
         "Monday 10 February 2059: retailers suspected of telling customers that winning tickets had lost and "
         "cashing the prizes themselves, with the prosecutors' and the auditors' estimates of the money taken "
         "(stelers and euros) and of the victims, arrests, suspensions and charges, the operator Orravale Gaming's "
         "compensation fund, shares and fine, the Trimark jackpot shared with Gelland, a district's story, and new "
         "rules on cash payouts; reported 10 February - 5 April 2059")

NOTES = (
    "Estimates and revisions of one amount are one quantity: the prize money retailers kept since 2054 (the "
    "prosecutors' at least 46 million -> 52 million stelers, the auditors' about 68 million, with euro "
    "conversions; the broadsheet's restatement of the earlier figures joins them), the customers cheated (about "
    "11,000 -> as many as 13,000 -> some 15,500), the Trimark prizes kept (7 -> nine) and their value (2.4 -> 2.9 "
    "million euros), and the Gellandic victims. Running counts are one quantity: arrests, retailers suspended, "
    "compensation claims filed. The compensation fund raised from 20 to 35 million stelers is one amount revised. "
    "Separate quantities: the television programme's 214 flagged retailers and the audit's 286 (different "
    "screenings); arrests and charges; the share fall on the day of the raids, the further fall by Thursday and the "
    "fall since the raids; the sales fall in the first week and in March; the cash payout limit of 1,000 stelers "
    "and the new limit of 200 stelers (a rule changed by decision; the local paper's announcement of the new limit "
    "and the broadsheet's report of it in force are one quantity); the fine imposed and the legal maximum; the "
    "Gellandic rule and Gellandic 2051 case; the 2046 scratch-card error. Thresholds keep '=' with 'more than' "
    "outside (more than 10 prizes, more than three big prizes) and the prize size 'of 500 stelers or more' (one quantity in both places it defines a count) keeps "
    "'='; ceilings written exactly keep '=' with 'up to' inside (up to 1,000 / 200 stelers in cash, up to eight "
    "years in prison). 'as many as 13,000' in an estimate is read like 'up to' ('<='). The designation 'Lotto 6/45' "
    "is a name, not a figure. The fixed 'half' of sales returned as prizes is a scored rule (50). Ages and years of "
    "custom at a shop are optional, as is the shop owner's 'Half of my customers' (a vague share) and the "
    "look-back 'Eight weeks after'.")

Q = [
    ["stolen_total", "total", None, "prize money retailers kept, 2054-2058 (prosecutors' and auditors' estimates; stelers and euros)"],
    ["victims", "total", None, "customers cheated (estimates, revised)"],
    ["retailers_raided", "count", None, "retailers searched in the raids of 10 February (38)"],
    ["arrested", "total", None, "people arrested (running)"],
    ["arrested_retailers", "part", "arrested", "shop owners among those arrested on the first day"],
    ["charged", "total", None, "people charged by early April (52)"],
    ["charged_retailers", "part", "charged", "retailers among those charged (41)"],
    ["retailers_suspended", "total", None, "retailers suspended from selling lottery products (running)"],
    ["dunmere_suspended", "part", "retailers_suspended", "suspended retailers in the Dunmere district"],
    ["suspended_share", "other", None, "suspended retailers as a share of all retailers"],
    ["retailers_total", "population", None, "lottery retailers in the country (about 9,600)"],
    ["dunmere_retailers", "population", None, "lottery retailers in the Dunmere district (140)"],
    ["claims_analysed", "other", None, "prize claims analysed by Clear Sight (1.9 million)"],
    ["tv_period", "other", None, "period of the programme's analysis (five years)"],
    ["tv_flagged", "total", None, "retailers flagged by Clear Sight (214)"],
    ["dunmere_flagged", "part", "tv_flagged", "flagged retailers in the Dunmere district (nine)"],
    ["tv_threshold", "other", None, "threshold of prizes per retailer in the programme's screening (more than 10)"],
    ["big_prize_size", "other", None, "size of a big prize in the programme's screening and the lottery's count (500 stelers or more)"],
    ["gsa_flagged", "other", None, "retailers flagged by the audit's screening (286)"],
    ["top_kiosk_prizes", "other", None, "prizes claimed by the Marrow Street kiosk (57)"],
    ["top_kiosk_value", "part", "stolen_total", "value of the Marrow Street kiosk's prizes (3.1 million stelers; euros)"],
    ["top_kiosk_years", "other", None, "period of the kiosk's claims (four years)"],
    ["expected_prizes", "other", None, "prizes a shop of that size could expect by chance (about two)"],
    ["cash_limit_old", "other", None, "rule: prizes retailers may pay in cash, up to 1,000 stelers"],
    ["cash_limit_new", "other", None, "new rule from 1 April: up to 200 stelers in cash"],
    ["commission", "other", None, "retailers' commission on ticket sales (5 per cent)"],
    ["shares_day", "other", None, "fall of Orravale's shares on the day of the raids (12 per cent)"],
    ["shares_week", "other", None, "further fall of Orravale's shares by Thursday (4.5 %)"],
    ["shares_since", "other", None, "fall of Orravale's shares since the raids, by early April (21 per cent)"],
    ["comp_fund", "other", None, "Orravale's compensation fund, 20 million raised to 35 million stelers (stelers and euros)"],
    ["claims_filed", "total", None, "compensation claims filed with Orravale (running)"],
    ["dunmere_claims", "part", "claims_filed", "claims from the Dunmere district"],
    ["claims_paid", "part", "claims_filed", "claims paid by early April"],
    ["avg_payout", "other", None, "average compensation paid"],
    ["hotline_calls", "count", None, "calls to the hotline on its first day"],
    ["hotline_staff", "other", None, "operators staffing the hotline"],
    ["annual_sales", "other", None, "lottery ticket sales a year (about 7.2 billion stelers)"],
    ["weekly_sales", "other", None, "lottery ticket sales in a normal week (about 138 million stelers)"],
    ["payout_ratio", "other", None, "share of sales returned as prizes (half)"],
    ["big_prizes_2058", "other", None, "prizes of 500 stelers or more paid last year"],
    ["daily_prizes", "other", None, "big prizes paid out each day"],
    ["analyst_flagged", "total", None, "retailers flagged by an Orravale analyst in 2056 (about 30)"],
    ["analyst_suspended", "part", "analyst_flagged", "of those, retailers now suspended (24)"],
    ["max_sentence", "other", None, "maximum prison sentence for aggravated fraud (eight years)"],
    ["cash_seized", "other", None, "cash seized in the raids (about 1.3 million stelers)"],
    ["tickets_seized", "count", None, "used lottery tickets seized (more than 4,000)"],
    ["regions_raided", "count", None, "regions where searches took place (nine)"],
    ["regions_total", "population", None, "regions of the country (12)"],
    ["officers", "count", None, "police officers taking part in the raids"],
    ["claim_deadline", "other", None, "normal deadline for claiming a prize (180 days)"],
    ["results_archive", "other", None, "years the online results archive goes back (ten)"],
    ["rudge_prize", "other", None, "prize Dana Rudge believes she was denied"],
    ["rudge_years", "other", None, "years Rudge played the same numbers (optional)"],
    ["age_rudge", "other", None, "Dana Rudge's age (optional)"],
    ["age_corden", "other", None, "Alfie Corden's age (optional)"],
    ["corden_years", "other", None, "years Corden bought tickets at the same kiosk (optional)"],
    ["crane_pay", "other", None, "Orravale chief executive's pay last year"],
    ["penrose_threshold", "other", None, "an expert's alarm threshold: more than three big prizes a year"],
    ["trimark_prizes", "count", None, "Trimark jackpot prizes kept by retailers (7, revised to nine)"],
    ["trimark_value", "part", "stolen_total", "value of the Trimark prizes kept (2.4, revised to 2.9 million euros)"],
    ["largest_prize", "part", "trimark_value", "largest single prize kept (640,000 euros; stelers)"],
    ["gelland_victims", "part", "victims", "victims with a Gellandic address (estimates)"],
    ["gelland_checked", "count", None, "Gellandic sales points whose records are examined"],
    ["gelland_limit", "other", None, "Gellandic rule: prizes above 100 euros paid only by the lottery"],
    ["gelland_2051_retailers", "other", None, "retailers in the Gellandic case of 2051"],
    ["gelland_2051_value", "other", None, "prizes kept in the Gellandic case of 2051"],
    ["commuters", "other", None, "Gellanders crossing to Tessany for work each day"],
    ["gelland_share_border", "other", None, "Gellanders' share of Trimark tickets sold in the Tessanian border region"],
    ["gelland_enquiries", "count", None, "enquiries at the Gellenstadt consumer advice centre"],
    ["harlsby_pop", "population", None, "inhabitants of Harlsby"],
    ["shop_gelland_share", "other", None, "a Harlsby shop owner's 'half' of customers from Gelland (vague, optional)"],
    ["tessany_trimark_share", "other", None, "Tessany's share of Trimark ticket sales"],
    ["trimark_ticket", "other", None, "price of a Trimark ticket"],
    ["trimark_countries", "population", None, "countries sharing the Trimark jackpot (three)"],
    ["trimark_deadline", "other", None, "deadline for claiming Trimark prizes (26 weeks)"],
    ["harlowe_prizes", "other", None, "prizes claimed by Tobin Harlowe or his family"],
    ["harlowe_value", "part", "stolen_total", "value of Harlowe's prizes"],
    ["harlowe_bail", "other", None, "Harlowe's bail"],
    ["age_harlowe", "other", None, "Tobin Harlowe's age (optional)"],
    ["pilbeam_prize", "other", None, "prize on Agnes Pilbeam's ticket (stelers and euros)"],
    ["pilbeam_years", "other", None, "years Pilbeam bought tickets at the shop (optional)"],
    ["age_pilbeam", "other", None, "Agnes Pilbeam's age (optional)"],
    ["devlin_fall", "other", None, "fall of Rukhsana Devlin's lottery takings"],
    ["devlin_years", "other", None, "years Devlin has sold tickets (optional)"],
    ["sales_fall_week1", "other", None, "fall of national lottery sales in the first week after the raids (17 per cent)"],
    ["sales_fall_march", "other", None, "sales still below normal in March (9 per cent)"],
    ["gsa_fine", "other", None, "fine imposed on Orravale (25 million stelers)"],
    ["gsa_fine_max", "other", None, "legal maximum fine (40 million stelers)"],
    ["licence_left", "other", None, "years left on Orravale's licence"],
    ["screens_deadline", "other", None, "deadline for customer-facing screens (six months)"],
    ["screens_cost", "other", None, "cost of the screens"],
    ["scandal_2046", "other", None, "cost of the 2046 scratch-card misprint"],
    ["lookback", "other", None, "weeks since the raids (optional: dates the article)"],
]

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{FOLDER}: {len(Q)} quantities")
