#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e1 (the Quorvex fraud ring); writes meta.json beside it."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
Q = [
 ["arrests", "total", None, "people arrested in all countries over the Quorvex fraud, running count (18 -> 23 -> 25 -> 27 -> 31)"],
 ["arrests_varquen", "part", "arrests", "people arrested in Varquen (9 -> 11)"],
 ["arrests_castiva", "part", "arrests", "people arrested in Castiva (6 -> 7)"],
 ["arrests_hesslau", "part", "arrests", "people arrested in Hesslau, running count (2 -> 4 -> 8)"],
 ["arrests_ledvia", "part", "arrests", "people arrested in Ledvia on the day of the raids"],
 ["ringleaders", "part", "arrests_castiva", "the two brothers held in Castiva as the ring's leaders"],
 ["charged", "part", "arrests", "suspects charged by 1 April"],
 ["extradition_requests", "part", "arrests_hesslau", "suspects held in Hesslau whose handover to Varquen is to be decided"],
 ["raid_countries", "count", None, "countries in which raids took place on the day (four as first announced -> five)"],
 ["prosecutor_countries", "count", None, "countries whose prosecutors took part in the investigation"],
 ["addresses", "count", None, "addresses searched in the raids (more than 40 -> 43)"],
 ["officers", "total", None, "police officers taking part in the raids (more than 900 -> about 1,100)"],
 ["officers_hesslau", "part", "officers", "officers taking part in the searches in Hesslau"],
 ["victims", "total", None, "victims of the ring, running count (more than 12,000 -> about 14,500 -> around 15,800 -> nearly 19,000)"],
 ["victims_varquen", "part", "victims", "victims living in Varquen (about 6,200 -> more than 7,000)"],
 ["victims_hesslau", "part", "victims", "victims identified in Hesslau"],
 ["refunded_victims", "part", "victims", "victims refunded by Varquen's banks (about 3,400 -> about 3,900)"],
 ["victim_countries", "count", None, "countries where victims live (22 -> 31)"],
 ["losses", "total", None, "victims' total losses: the bureau's at least 85 -> 96 million lorets, Fraudline's closer to / as much as 140 million, and 212,5 million brunds as a conversion"],
 ["losses_varquen", "part", "losses", "losses of the victims in Varquen"],
 ["losses_hesslau", "part", "losses", "losses of the victims in Hesslau, in brunds and lorets"],
 ["average_loss", "other", None, "average loss per victim (about 5,900, almost 6,000 -> about 5,000 lorets)"],
 ["unreported_share", "other", None, "Fraudline's estimate of the share of victims who have come forward"],
 ["seized_total", "total", None, "money frozen or seized in all, running amount (16.8 -> 21.5 million lorets)"],
 ["frozen_accounts", "part", "seized_total", "money frozen in bank accounts in all countries"],
 ["frozen_hesslau", "part", "frozen_accounts", "money frozen in accounts in Hesslau, in brunds and lorets"],
 ["cash_seized", "part", "seized_total", "cash seized"],
 ["tokens_seized", "part", "seized_total", "digital tokens seized"],
 ["property_seized", "part", "seized_total", "houses and flats seized"],
 ["seized_share", "other", None, "money frozen or seized as a share of the bureau's estimate of the losses (about a fifth -> less than a quarter)"],
 ["cars_seized", "count", None, "cars seized"],
 ["villa_bedrooms", "other", None, "bedrooms of the villa in Aurenza"],
 ["call_centres", "count", None, "call centres run by the ring in Aurenza"],
 ["call_staff", "count", None, "people working in the ring's call centres (about 400 -> some 430)"],
 ["commission", "other", None, "commission paid to callers on deposits"],
 ["team_leader_commission", "other", None, "extra commission paid to a team leader"],
 ["script_languages", "count", None, "languages the sales scripts were translated into"],
 ["calls_made", "count", None, "calls made by the call centres in the last year"],
 ["websites", "count", None, "websites of the ring taken offline (about 260 -> 310)"],
 ["social_accounts", "count", None, "social media accounts taken down on the day"],
 ["promised_return", "other", None, "returns promised by the fake platform"],
 ["first_deposit", "other", None, "first deposit usually asked of a victim"],
 ["largest_losses", "other", None, "amount some victims each paid in"],
 ["investigation_length", "other", None, "length of the investigation up to the raids"],
 ["accounts_checked", "count", None, "accounts that paid the ring being checked by banks"],
 ["national_fraud", "other", None, "yearly cost of online investment fraud to Varquen households"],
 ["quorvex_share_national", "other", None, "the ring's share of the yearly national cost of such fraud"],
 ["max_sentence", "other", None, "maximum prison sentence for such fraud in Varquen (a rule)"],
 ["max_sentence_hesslau", "other", None, "maximum prison sentence the Hesslish suspects face (a rule)"],
 ["extradition_window", "other", None, "period within which the handover decision is expected"],
 ["fraudline_calls", "count", None, "calls taken by Fraudline since the raids (more than 2,000 -> more than 5,500)"],
 ["refunds_total", "other", None, "total refunded by Varquen's banks to victims"],
 ["refund_rate", "other", None, "share of such fraud losses Varquen's banks return, by an academic's count"],
 ["victims_2074", "other", None, "victims of the comparable case broken up in 2074"],
 ["convictions_2074", "other", None, "convictions in the 2074 case"],
 ["sentence_2074", "other", None, "longest sentence in the 2074 case"],
 ["halloway_wait", "other", None, "Fraudline director's years of waiting for the courts (rhetoric in a quote)"],
 ["tabloid_victim_loss", "other", None, "Dennis Ulbright's loss"],
 ["ulbright_months", "other", None, "months over which Ulbright paid in"],
 ["ulbright_payments", "count", None, "payments Ulbright made"],
 ["ulbright_calls", "other", None, "calls a week Ulbright received"],
 ["ulbright_withdrawal", "other", None, "amount Ulbright asked to take out"],
 ["ulbright_fake_gain", "other", None, "multiple shown on Ulbright's fake balance"],
 ["ulbright_career", "other", None, "Ulbright's years on the buses"],
 ["hesslau_over60_share", "other", None, "share of Hesslish victims over 60"],
 ["age_threshold", "other", None, "age threshold of the Hesslish statistic"],
 ["hesslau_accounts_used", "count", None, "accounts used by the Obernitz suspect to move money"],
 ["hesslau_banks", "count", None, "banks at which those accounts were held"],
 ["hesslau_enquiries", "count", None, "enquiries to Hesslau's consumer centre since the raids"],
 ["obernitz_victim_loss", "other", None, "an Obernitz woman's loss"],
 ["obernitz_victim_months", "other", None, "months over which she paid"],
 ["exchange_rate", "other", None, "brunds to the loret"],
 ["age_oldest", "other", None, "age of the oldest victim (optional)"],
 ["age_range_suspects", "other", None, "suspects' ages (optional)"],
 ["age_ulbright", "other", None, "Ulbright's age (optional)"],
 ["age_kerry", "other", None, "his daughter's age (optional)"],
 ["age_obernitz_suspect", "other", None, "the Obernitz suspect's age (optional)"],
 ["lookback_raids", "other", None, "time since the raids, dating the broadsheet (optional look-back)"],
]
NOTES = ("Quorvex online investment fraud ring (fictional), dismantled in dawn raids on Tuesday 14 March 2079 in Varquen, "
 "Hesslau, Castiva, Ledvia and a fifth country. Running counts: arrests 18 -> 23 -> 25 -> 27 -> 31 with parts by country "
 "(Hesslau 2 -> 4 -> 8 within one article, as a running count restated), victims more than 12,000 -> about 14,500 -> "
 "around 15,800 -> nearly 19,000, raid countries four -> five (a first announcement corrected), websites about 260 -> 310, "
 "money frozen or seized 16.8 -> 21.5 million lorets. The losses join the bureau's at least 85 and revised 96 million, "
 "Fraudline's 'closer to' / 'as much as' / 'as high as' 140 million and the fact box's 85m as rival and revised estimates "
 "of one amount; 212,5 million brunds is the 85 million converted at 2,5 brunds to the loret. The average loss (about "
 "5,900, almost 6,000, about 5,000) is one statistic revised. The seized share (about a fifth -> less than a quarter) is one "
 "running share. Hesslau's frozen 4,1 million brunds is a part of the 11,4 million lorets frozen, as the translated copy "
 "says. Rules' bound words stay outside ('up to ten years', 'up to twelve years', 'within 30 days'). Ages and the "
 "broadsheet's look-back are optional. A Fraudline director's 'ten years' of waiting is rhetoric in a quote, scored.")
json.dump({"folder": "quorvex_fraud_ring", "event": "Quorvex online investment fraud ring dismantled in five countries (fictional), 14 March - 1 April 2079",
           "notes": NOTES, "quantities": Q}, open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("meta.json written:", len(Q), "quantities")
