#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e1 (the Castelbrun hailstorm); writes meta.json beside it."""
import json
import os

FOLDER = "castelbrun_hailstorm_claims"
EVENT = ("Hailstorm over Castelbrun and the Mesk hills, Ardessa (fictional), on the evening of Saturday 16 July 2067, "
         "with insurance claims counted over six weeks, rival and revised estimates of the insured loss, state aid "
         "offered, demanded and agreed, and damage across the border in Mauzerel, Lenzary; reported 17 July - "
         "26 August 2067")
NOTES = (
    "Money is in Ardessan dralms (4,5 to the euro, the rate printed in the translated copy) and, in the translated "
    "copy and the trade weekly, in euros; conversions are linked with the amounts they convert. "
    "claims_total is the insurers' association's running count of claims in Ardessa from all insurers (at least "
    "9,000 -> 23,400 -> more than 38,000 -> 54.700 -> more than 81,000 / 81,600); Stalwick's own claims (more than "
    "4,000 -> 11,500 -> 26,300), the motor, household and commercial claims, the settled claims and the claims flagged "
    "as suspicious are parts of it. The claims filed in Lenzary (3.900) are a separate count, not a part. "
    "insured_loss joins the association's first estimate (at least 300 million dralms) and its revision (655 million, "
    "almost 146 million euros) with the rival estimates of Tessendar Risk (480 to 620 million dralms, also converted "
    "by the translated copy to between about 107 and 138 million euros) and of the reinsurer Lindqvar Re (between 100 "
    "and 130 million euros): rival and revised estimates of one amount. Its parts are the motor, household and "
    "commercial losses and the amount already paid out. The tabloid's 'more than double' compares the top of "
    "Tessendar's range with the first estimate and is kept apart from the trade weekly's comparisons with 2059. "
    "The motor share of claims ('more than half' in the tabloid at 38,000 claims, 'almost 59 per cent' in the trade "
    "weekly at 81,600) is linked as one running share. "
    "aid is the state's emergency fund: 30 million dralms promised, at least 120 million demanded by the mayors, 50 "
    "million offered, 75 million (about 16,7 million euros) agreed; the trade weekly's split into 45 million for "
    "growers and 30 million for households and municipalities gives two parts, and the second 30 million is not the "
    "first offer. "
    "The largest hailstone (the service's 'up to 8 centimetres' on the first day, the 10.4-centimetre stone found at "
    "Quellby and confirmed as a record) is one quantity revised; the 2059 record of 9.1 cm and the Mauzerel stones of "
    "up to 5 centimetres are separate. The storm's duration (about 25 minutes, '20 terrifying minutes', '25-minute') "
    "is one quantity in rival estimates. The roofers' waits 'up to 14 weeks' and 'up to three months' are one "
    "quantity in two units, values as printed. The injured (31 -> 44 -> 47 -> more than 50 -> 52) are a running "
    "count; those seriously hurt (4 -> 6) and those treated at Castelbrun General (22) are parts. The homes damaged "
    "(the city's about 14,000, the roofers' at least 20,000) are rival estimates. Lindqvar Re's expected bill (about "
    "50 million euros) and the 52 million euros it set aside are linked as one estimate revised. "
    "Optional: the ages of the cyclist who died and of a pensioner.")

Q = [
    # id, role, part_of, description
    ["deaths", "count", None, "people killed by the storm (a cyclist hit by a falling branch)"],
    ["injured", "total", None, "people injured in Ardessa (running count: 31, 44, 47, more than 50, 52)"],
    ["injured_serious", "part", "injured", "the injured who were seriously hurt (4, then 6)"],
    ["injured_castelbrun", "part", "injured", "injured treated at Castelbrun General Hospital on the first night"],
    ["age_victim", "other", None, "age of the cyclist who died (optional)"],
    ["age_hallan", "other", None, "age of a pensioner in Quellby (optional)"],
    ["hail_max", "other", None, "size of the largest hailstone (up to 8 cm on the first day; 10.4 cm found at "
     "Quellby, confirmed as a national record)"],
    ["hail_record_2059", "other", None, "the previous national record hailstone, 2059 (9.1 cm)"],
    ["hail_depth", "other", None, "depth of the hail lying in some streets of the old town"],
    ["storm_duration", "other", None, "how long the hailstorm lasted over Castelbrun (about 25 / 20 minutes)"],
    ["gusts", "other", None, "wind gusts during the storm (km/h)"],
    ["callouts", "count", None, "fire brigade calls since the storm (1,900 overnight, 2,640 by Tuesday)"],
    ["claims_total", "total", None, "insurance claims from the storm in Ardessa, all insurers (AIA running count)"],
    ["stalwick_claims", "part", "claims_total", "claims received by Stalwick Assurance"],
    ["motor_claims", "part", "claims_total", "motor claims (trade weekly, 24 August)"],
    ["household_claims", "part", "claims_total", "household claims (24 August)"],
    ["commercial_claims", "part", "claims_total", "commercial and agricultural claims (24 August)"],
    ["settled_claims", "part", "claims_total", "claims settled by 24 August"],
    ["suspicious_claims", "part", "claims_total", "claims flagged by fraud teams"],
    ["motor_share", "other", None, "share of the claims that are motor claims ('more than half', 'almost 59 per cent')"],
    ["stalwick_share", "other", None, "Stalwick's share of all claims (almost a third)"],
    ["suspicious_share", "other", None, "share of claims flagged as suspicious (about 1.6 per cent)"],
    ["stalwick_queue", "count", None, "people queuing outside Stalwick's city office at closing time on Monday"],
    ["claims_2059", "other", None, "claims from the 2059 hailstorm"],
    ["loss_2059", "other", None, "insured loss of the 2059 hailstorm (214 million dralms)"],
    ["claims_ratio_2059", "other", None, "claims compared with 2059 ('more than twice')"],
    ["loss_ratio_2059", "other", None, "insured loss compared with 2059 ('about three times')"],
    ["insured_loss", "total", None, "insured loss from the storm in Ardessa: AIA's first estimate and revision, "
     "Tessendar Risk's and Lindqvar Re's rival estimates, in dralms and euros"],
    ["motor_loss", "part", "insured_loss", "motor part of the AIA's loss estimate (290 million dralms)"],
    ["household_loss", "part", "insured_loss", "household part of the AIA's loss estimate (270 million)"],
    ["commercial_loss", "part", "insured_loss", "commercial and agricultural part of the AIA's estimate (95 million)"],
    ["paid_out", "part", "insured_loss", "amount paid out by insurers by 24 August"],
    ["loss_ratio_first", "other", None, "top of Tessendar's range against the association's first estimate ('more "
     "than double')"],
    ["avg_motor", "other", None, "average motor claim (dralms)"],
    ["avg_household", "other", None, "average household claim (dralms)"],
    ["cars_parked", "population", None, "new cars parked on the Keelway terminal at Sarnholt"],
    ["cars_damaged", "total", None, "cars damaged on the Keelway terminal (about 3,000, then 3,400)"],
    ["cars_lenz", "part", "cars_damaged", "damaged cars at Sarnholt built in Lenzary"],
    ["cars_damaged_share", "other", None, "share of the terminal's cars damaged (about two thirds)"],
    ["aid", "total", None, "state emergency aid: 30 million dralms promised, at least 120 / 120 million demanded, "
     "50 million offered, 75 million (about 16,7 million euros) agreed"],
    ["aid_growers", "part", "aid", "the aid for wine growers and farmers (45 million dralms)"],
    ["aid_households", "part", "aid", "the aid for uninsured households and the municipalities (30 million dralms)"],
    ["mayors", "count", None, "neighbouring municipalities whose mayors signed the letter with Castelbrun's mayor"],
    ["vines_area", "population", None, "hectares of vines in the Mesk hills"],
    ["vines_hit", "count", None, "hectares of vines damaged"],
    ["harvest_loss", "other", None, "share of this year's grapes many growers will lose (up to 80 per cent)"],
    ["vines_insured_share", "other", None, "share of the Mesk hills' vineyard area insured against hail"],
    ["schools_damaged", "total", None, "schools damaged in Castelbrun"],
    ["schools_unready", "part", "schools_damaged", "damaged schools that might not be repaired for the school year"],
    ["homes_damaged", "count", None, "homes in Castelbrun with damaged roofs (city about 14,000; roofers at least "
     "20,000)"],
    ["roofer_wait", "other", None, "wait for a roofer (up to 14 weeks / up to three months)"],
    ["tile_price_rise", "other", None, "rise in the price of clay tiles since the storm"],
    ["tarpaulins", "count", None, "tarpaulins handed out by the city (9,000, then 16,500)"],
    ["depots", "count", None, "depots from which tarpaulins were handed out"],
    ["quellby_pop", "population", None, "people living in Quellby"],
    ["quellby_share", "other", None, "share of Quellby's houses that lost tiles ('nine in ten')"],
    ["glasshouse_area", "population", None, "hectares of glasshouse at Winterasch"],
    ["glass_share", "other", None, "share of Winterasch's glasshouse shattered"],
    ["hallan_quote", "other", None, "price quoted to a pensioner for a new roof by a door-to-door firm"],
    ["hallan_half", "other", None, "what a real roofer said the job was worth ('half that')"],
    ["cowboy_rate", "other", None, "hourly rate charged by out-of-town 'storm chasers'"],
    ["hotline_wait", "other", None, "wait on Stalwick's claims line"],
    ["lenz_claims", "count", None, "claims registered by Lenzarian insurers in and around Mauzerel"],
    ["lenz_loss", "other", None, "damage in and around Mauzerel (euros)"],
    ["lenz_injured", "count", None, "people slightly hurt in Mauzerel"],
    ["lenz_hail", "other", None, "size of the hailstones at Mauzerel"],
    ["lenz_aid", "other", None, "aid promised to Mauzerel by the Lenzarian region"],
    ["lindqvar_share", "other", None, "Lindqvar Re's share of the reinsured storm losses"],
    ["lindqvar_cost", "other", None, "Lindqvar Re's expected cost of the storm (about 50, then 52 million euros set "
     "aside)"],
    ["rate", "other", None, "exchange rate, dralms to the euro"],
    ["adjusters", "total", None, "loss adjusters brought in by Stalwick"],
    ["adjusters_lenz", "part", "adjusters", "Stalwick's extra adjusters from Lenzarian firms"],
    ["premium_rise", "other", None, "expected rise in household premiums at renewal"],
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}, fh, ensure_ascii=False,
                  indent=1)
        fh.write("\n")
    print(f"meta.json written: {len(Q)} quantities")
