#!/usr/bin/env python3
"""Hand-kept quantity table of event e1; writes meta.json beside it."""
import json
import os

FOLDER = "orniq_app_store_fine"
EVENT = ("Record competition fine on Orniq's app marketplace in Brantevia (fictional): on Tuesday 3 March 2076 the "
         "Competition Board fined the Pryvenian technology group Orniq 412 million tessens for forcing developers to "
         "use its in-app payment system at a 30 per cent commission and for barring them from pointing buyers to "
         "cheaper offers; Orniq appealed on Wednesday 29 April, opened its payment system at a 12 per cent fee on "
         "1 June, and the Commercial Court refused to suspend the order on Wednesday 10 June, while a developers' guild "
         "built a damages claim; reported 3 March - 13 June 2076")
NOTES = (
    "Judgement calls. The fine is one quantity in tessens and in lods (2,8 tessens to the lod, printed in the "
    "translated copy); its two parts by infringement (298 and 114 million) are parts. The previous record (96 million "
    "tessens, 2071) and the multiple 'more than four times' are separate quantities. The Bazaar's share of app "
    "spending joins the Board's 71 per cent, Orniq's rival 'closer to 48 per cent' (a wider market with web shops and "
    "consoles) and the Guild's 'about three-quarters' as rival estimates of one share. The overcharge to app buyers "
    "joins the Board's about 310 million tessens, its conversion (about 111 million lods) and Orniq's 'less than 60 "
    "million'. The developers' damages claim is an amount changed by its claimant (at least 900 million -> 1.2 billion "
    "-> about 1.4 billion tessens), one quantity, and its developers a running count (240 -> 1,150 -> 1,900); the "
    "Guild's target of 1,000 members is apart. The commission (30 per cent), Orniq's April offer (24 per cent), the "
    "fee in two other countries (26 per cent) and the fee after 1 June (12 per cent) are separate levels. The fine's "
    "share of worldwide revenue joins 'less than 1 %', 'less than 1 per cent' and '0.7 per cent'. The appeal's "
    "expected length joins '18 to 24 months' and 'up to two years'. The investigation's length joins 'almost 45 "
    "months' and 'almost four years'. Worldwide revenue joins 58.9 billion tessens and 'about 21 billion lods'. The "
    "Bazaar's Brantevian revenue (about 780 million tessens, about 279 million lods) is a part of Brantevian "
    "spending in the Bazaar (about 2.9 billion tessens); the Bazaar's worldwide revenue is a part of Orniq's worldwide "
    "revenue. Optional: the time references 'four days' after the fine and 'three days' before the appeal deadline, "
    "and the look-back 'Three months on'. Rules kept '=' with their bound word outside: 'up to' the daily and monthly "
    "penalties, 'caps fines at' and 'up to' 10 per cent of turnover, 'less than' 1 million tessens a year for small "
    "developers, 'below' 10 per cent in the survey question, 'within' 90 days.")

Q = [
    ("fine", "total", None, "the fine imposed on Orniq by the Competition Board on 3 March 2076 (412 million tessens; about 147 million lods)"),
    ("fine_payment", "part", "fine", "the part of the fine for the payment rule (298 million tessens)"),
    ("fine_steering", "part", "fine", "the part of the fine for the ban on pointing buyers elsewhere (114 million tessens)"),
    ("fine_vs_record", "other", None, "the fine as a multiple of the previous record ('more than four times')"),
    ("record_2071", "other", None, "the previous record fine, imposed in 2071 on cement makers (96 million tessens)"),
    ("cement_makers", "other", None, "the cement makers fined in 2071 (three)"),
    ("commission", "other", None, "Orniq's standard commission on payments through the Bazaar before 1 June (30 per cent)"),
    ("commission_small", "other", None, "the reduced commission for small developers (15 per cent)"),
    ("small_threshold", "other", None, "the yearly Bazaar earnings below which a developer pays the reduced commission (1 million tessens)"),
    ("compliance_period", "other", None, "the time Orniq was given to allow other payment systems (90 days)"),
    ("penalty_daily", "other", None, "the ceiling of the penalty for missing the deadline, per day (1.5 million tessens)"),
    ("penalty_monthly", "other", None, "the ceiling of that penalty over a month (45 million tessens)"),
    ("overcharge", "other", None, "what app buyers in Brantevia paid too much in 2070-2075 (Board about 310 million tessens, about 111 million lods; Orniq less than 60 million)"),
    ("share_fall_tue", "other", None, "the fall in Orniq's shares on Tuesday 3 March (3.8 per cent)"),
    ("share_fall_wed", "other", None, "the fall in Orniq's shares on Wednesday 4 March (2.1 per cent)"),
    ("market_value", "other", None, "Orniq's stock market value on Monday 2 March (about 110 billion lods)"),
    ("market_value_lost", "other", None, "the stock market value Orniq lost over the two days (about 6.4 billion lods)"),
    ("market_value_period", "other", None, "the period over which that value was lost (two days)"),
    ("market_share", "other", None, "the Bazaar's share of money spent on apps in Brantevia (Board 71, Orniq closer to 48, Guild about 75 per cent)"),
    ("orniq_phone_share", "other", None, "Orniq phones' share of smartphones in use in Brantevia (almost two-thirds)"),
    ("smartphones", "population", None, "smartphones in use in Brantevia (8.2 million)"),
    ("orniq_users", "population", None, "people in Brantevia who use an Orniq phone (5.3 million)"),
    ("world_revenue", "total", None, "Orniq's worldwide revenue last year (58.9 billion tessens; about 21 billion lods)"),
    ("bazaar_world", "part", "world_revenue", "the Bazaar's revenue in all countries last year (4.9 billion lods)"),
    ("bazaar_share", "other", None, "the Bazaar's share of Orniq's revenue (almost a quarter)"),
    ("fine_cap_rule", "other", None, "the legal cap on fines as a share of worldwide turnover (10 per cent)"),
    ("fine_cap_amount", "other", None, "that cap for Orniq in money (almost 5.9 billion tessens)"),
    ("fine_share_revenue", "other", None, "the fine as a share of Orniq's worldwide revenue (less than 1 per cent; 0.7 per cent)"),
    ("investigation_length", "other", None, "the length of the investigation (almost 45 months; almost four years)"),
    ("complainants", "count", None, "developers who filed the original complaint in 2072 (23)"),
    ("documents", "count", None, "documents examined by the investigators (1.9 million)"),
    ("decision_pages", "other", None, "the length of the full decision ('more than a thousand pages')"),
    ("surveyed", "count", None, "developers surveyed by the Board (230)"),
    ("surveyed_raised", "other", None, "share of surveyed developers who raised prices (61 per cent)"),
    ("developers_bazaar", "population", None, "developers selling through the Bazaar in Brantevia (about 14,000)"),
    ("appeal_period", "other", None, "the time allowed to lodge an appeal (60 days)"),
    ("rate_e1", "other", None, "the exchange rate printed in the translated copy (2,8 tessens to the lod)"),
    ("consumer_spending", "total", None, "what Brantevian buyers spent in the Bazaar last year (about 2.9 billion tessens)"),
    ("bazaar_brantevia", "part", "consumer_spending", "what Orniq kept of it, the Bazaar's Brantevian revenue last year (about 780 million tessens; about 279 million lods)"),
    ("fine_share_bazaar", "other", None, "the fine as a share of the Bazaar's Brantevian revenue ('more than half')"),
    ("remedy_cost", "other", None, "an analyst's estimate of the yearly cost to Orniq of opening the payment system in Brantevia (40 to 60 million lods)"),
    ("staff_pryvenia", "population", None, "Orniq's employees in Pryvenia (9,400)"),
    ("staff_brantevia", "population", None, "Orniq's employees in Brantevia (about 1,200)"),
    ("pry_fine_2073", "other", None, "Pryvenia's 2073 fine on Orniq (38 million lods)"),
    ("pry_change_2073", "other", None, "the time Orniq took to change its rules after the 2073 fine (14 months)"),
    ("pry_complaints", "count", None, "complaints from Pryvenian developers received by Pryvenia's inspectorate since January (17)"),
    ("claim_delay", "other", None, "time from the fine to the opening of the damages claim (four days; optional time reference)"),
    ("claim_devs", "count", None, "developers signed up to the Guild's damages claim (240 -> 1,150 -> 1,900)"),
    ("claim_amount", "other", None, "the sum sought by the Guild's damages claim (at least 900 million -> 1.2 billion -> about 1.4 billion tessens)"),
    ("claim_target", "other", None, "the Guild's target of members before filing (1,000)"),
    ("overcharge_period", "other", None, "the period of overpaid commission and overcharge, 2070-2075 (six years)"),
    ("avg_commission", "other", None, "the average commission Orniq keeps (about 27 per cent)"),
    ("glowmoth_staff", "population", None, "staff of Glowmoth Games (11)"),
    ("glowmoth_revenue", "other", None, "Glowmoth's Bazaar earnings last year (2.4 million tessens)"),
    ("glowmoth_commission", "other", None, "Glowmoth's commission paid last year (about 720,000 tessens)"),
    ("card_fee", "other", None, "a card payment provider's fee (about 3 per cent)"),
    ("glowmoth_hires", "count", None, "developers the difference would pay for (five)"),
    ("countries_opened", "count", None, "countries where Orniq was earlier forced to open its payment system (two)"),
    ("fee_elsewhere", "other", None, "Orniq's fee on outside payments in those countries (26 per cent)"),
    ("devbench_survey", "count", None, "developers who answered Devbench's survey (188)"),
    ("survey_switch", "other", None, "share who would offer another payment method (64 per cent)"),
    ("survey_fee_threshold", "other", None, "the fee level in the survey question (10 per cent)"),
    ("survey_unchanged", "other", None, "share who would leave prices unchanged (22 per cent)"),
    ("appeal_margin", "other", None, "days between the appeal and the deadline (three; optional time reference)"),
    ("appeal_duration", "other", None, "the expected length of the full appeal (18 to 24 months; up to two years)"),
    ("overcharge_per_phone", "other", None, "the overcharge per Orniq phone per year ('less than 10 tessens')"),
    ("price_bazaar", "other", None, "a music service's monthly price in the Bazaar (11.99 tessens)"),
    ("price_web", "other", None, "its monthly price on its website (9.99 tessens)"),
    ("price_gap", "other", None, "the gap between the two prices (about 17 per cent)"),
    ("fee_offer", "other", None, "the fee on outside payments Orniq offered on 21 April (24 per cent)"),
    ("population", "population", None, "Brantevia's population (11.4 million)"),
    ("fine_per_person", "other", None, "the fine per inhabitant (about 36 tessens)"),
    ("lookback_e1", "other", None, "look-back dating the broadsheet ('Three months on'; optional)"),
    ("fee_after", "other", None, "the fee Orniq charges on outside payments since 1 June (12 per cent)"),
    ("apps_outside", "count", None, "apps offering a payment method other than Orniq's by 12 June (about 2,600)"),
    ("top_apps_cut", "count", None, "of the 100 most popular subscription apps, those that cut prices (34)"),
    ("top_apps", "population", None, "the most popular subscription apps counted (100)"),
    ("price_cut", "other", None, "the average price cut of those apps (11 per cent)"),
    ("board_budget", "other", None, "the Competition Board's yearly budget (31 million tessens)"),
    ("board_staff", "population", None, "the Competition Board's staff (140)"),
    ("claim_vs_fine", "other", None, "the damages claim as a multiple of the fine ('more than three times')"),
    ("share_vs_before", "other", None, "Orniq's shares on 12 June against their level before the decision (1.4 per cent above)"),
    ("countries_requiring", "count", None, "countries that require app stores to accept outside payments ('at least nine')"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"{FOLDER}: {len(Q)} quantities")
