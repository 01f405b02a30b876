#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e2 (the Galdrian blood shortage); writes meta.json beside it."""
import json
import os

FOLDER = "galdria_blood_shortage_appeal"
EVENT = ("National blood shortage in Galdria (fictional): a cooling failure at the Galdrian Blood Service's central "
         "store in Harnwick on the night of Saturday 7 January 2068 destroyed a large part of the red-cell stock during "
         "a winter of low donations; an emergency appeal ran from Tuesday 10 to Tuesday 31 January, neighbouring "
         "Kestria sent blood, operations were postponed and the government's extra funding was raised; reported "
         "10 January - 6 February 2068")
NOTES = (
    "Money is in Galdrian marreks (6 to the euro, the rate printed in the translated copy) and euros. "
    "donations is the running count of donations taken since the appeal began on 10 January (5,800 on the first day "
    "-> 21,400 by Thursday -> 38.600 in a week -> 52,000 -> 81,700 when the appeal closed); the first-day count is "
    "taken as the first value of that running count. The donations by first-time donors are a part of it; the new "
    "donors registered (3,100 -> 14,800 -> 31,000 -> 47,600) are a separate running count of people, not of "
    "donations. The appeal's target is written as '40,000 donors' in the online headline and '40,000 extra "
    "donations' in its body; both are the one target. "
    "units_destroyed is a statistic and its correction (about 4,500 on the first day -> 6,240 after the inventory, "
    "the tabloid's '6,240 bags'); the share of the stock destroyed is likewise one quantity corrected ('about a "
    "third' -> 'about 40 per cent'). "
    "stock_days is the red-cell stock in days of supply as a running level (2.4 -> 2.1 and 2.3 -> 2,8 -> the "
    "tabloid's 'two days' for last week's low and 3.5 -> 5.2); the six-day target is a separate quantity, and so is "
    "the 2061 low of 2.9 days. The O-negative stock (1.3 -> 1.1 -> 2.0 -> 3.9 days) is its own running level. "
    "ops_postponed joins the running count (420 -> more than 1,300 / 1,350 -> more than 2.000 -> 2,900 -> 3,460) "
    "with the College of Surgeons' rival 'more than 4,000' (which counts procedures without a hospital stay); the "
    "cancer operations (210 -> 390) and those since carried out (2,150) are parts. "
    "kestria_units is the blood asked of Kestria and sent (5,000 asked, 3,200 sent): a demand and a settlement of "
    "one amount; the first batch (2,000) and the second (1,200) are parts. The cost of the deliveries (672.000 "
    "euros, about 4 million marreks) is linked across articles. "
    "funding is the government's extra money for the blood service: 45 million marreks asked, 18 million (3 million "
    "euros) offered, 30 million (about five million euros) agreed. "
    "The nursing vacancies (the service's 260, the union's 'nearer 400' and '400 nurses') are rival estimates of one "
    "count. The storage rule ('between 2 and 6 degrees') and the alarm threshold ('above 6 degrees') are kept apart. "
    "The daily need (3,900 donations a day) and the hospitals' use (3,900 units a day) are one quantity in other "
    "words. The one-in-N share after 2061 has the value N = 3. "
    "Optional: people's ages, a patient's time on the waiting list, and the periods of counts ('11 days ago', the "
    "'three days' before the appeal, the 'five years' in which centres closed). The appeal's 'three weeks' is "
    "scored, in the online copy as the plan's period and in the broadsheet as the appeal's length.")

Q = [
    # id, role, part_of, description
    ["appeal_target", "other", None, "the appeal's target of extra donations (40,000)"],
    ["appeal_period", "other", None, "length of the appeal (three weeks)"],
    ["appeal_ratio", "other", None, "donations against the appeal's target ('more than twice')"],
    ["donations", "total", None, "donations taken since the appeal began (running count)"],
    ["first_time_donations", "part", "donations", "donations made by first-time donors during the appeal"],
    ["first_time_share", "other", None, "share of the appeal's donations from first-time donors"],
    ["day1_ratio", "other", None, "first day's donations against a normal Tuesday ('more than twice')"],
    ["donations_normal_3days", "other", None, "donations in the three days before the appeal"],
    ["donations_period_wire", "other", None, "period of the pre-appeal comparison (optional)"],
    ["appeal_days_tabloid", "other", None, "days since the appeal began, in the tabloid (optional)"],
    ["new_donors", "count", None, "people registered as new donors since the appeal began (running count)"],
    ["stock_days", "other", None, "red-cell stock in days of supply (running level)"],
    ["stock_target", "other", None, "the blood service's target stock (six days)"],
    ["oneg_days", "other", None, "O-negative stock in days of supply (running level)"],
    ["oneg_ratio", "other", None, "rise of the O-negative stock ('almost doubled')"],
    ["stock_days_2061", "other", None, "lowest stock in the 2061 shortage (2.9 days)"],
    ["units_destroyed", "count", None, "units of blood destroyed by the Harnwick cooling failure (about 4,500, "
     "corrected to 6,240)"],
    ["destroyed_share", "other", None, "share of the stock destroyed (about a third, then about 40 per cent)"],
    ["unit_value", "other", None, "value of one destroyed unit (marreks)"],
    ["destroyed_value", "other", None, "value of the units destroyed (marreks)"],
    ["cooling_failure", "other", None, "hours the cooling system at Harnwick was down"],
    ["store_temp", "other", None, "temperature reached in the store"],
    ["storage_rule", "other", None, "temperature range at which red cells must be kept"],
    ["storage_limit", "other", None, "temperature above which the Harnwick alarm should have sounded"],
    ["daily_need", "other", None, "donations needed / units used by hospitals a day (3,900)"],
    ["daily_collected", "other", None, "average daily donations since Christmas before the appeal"],
    ["hospitals", "population", None, "hospitals in Galdria"],
    ["hospitals_amber", "count", None, "hospitals on amber alert"],
    ["hospitals_red", "count", None, "hospitals on red alert (4, then 6)"],
    ["ops_postponed", "total", None, "operations postponed because of the shortage (running count; the ministry's "
     "final 3,460 against the College of Surgeons' 'more than 4,000')"],
    ["ops_cancer", "part", "ops_postponed", "postponed operations for cancer patients (210, then 390)"],
    ["ops_done", "part", "ops_postponed", "postponed operations since carried out"],
    ["ops_2061", "other", None, "operations postponed in the 2061 shortage (about 1,100)"],
    ["ops_ratio_2061", "other", None, "postponed operations against 2061 ('more than three times')"],
    ["donation_volume", "other", None, "volume of one donation"],
    ["patients_per_donation", "other", None, "patients one donation can help"],
    ["centres", "population", None, "donor centres run by the blood service"],
    ["centres_2063", "other", None, "donor centres in 2063"],
    ["centres_closed", "count", None, "donor centres closed in the last five years"],
    ["centres_closed_period", "other", None, "period over which centres closed (optional)"],
    ["mobile_sessions", "count", None, "extra mobile donation sessions added"],
    ["regular_donors", "population", None, "regular blood donors in Galdria"],
    ["regular_donors_2058", "other", None, "regular donors in 2058"],
    ["regular_donors_fall", "other", None, "fall in regular donors since 2058 ('almost a quarter')"],
    ["donor_share", "other", None, "share of Galdrian adults who give blood regularly ('less than 4 per cent')"],
    ["adults", "population", None, "adults in Galdria"],
    ["donor_age_rule", "other", None, "age range for donors"],
    ["donor_weight_rule", "other", None, "minimum weight for donors"],
    ["donor_interval", "other", None, "weeks between donations"],
    ["queue_wait", "other", None, "queuing time at the Tobrenz donor centre (up to four hours)"],
    ["renn_wait", "other", None, "how long a student waited to give blood"],
    ["delling_wait", "other", None, "a patient's time on the waiting list (optional)"],
    ["delling_cancelled", "other", None, "times a patient's hip replacement was cancelled"],
    ["delling_delay", "other", None, "a patient's new delay for her hip replacement"],
    ["age_delling", "other", None, "age of a patient (optional)"],
    ["age_renn", "other", None, "age of a donor (optional)"],
    ["funding", "other", None, "the government's extra funding for the blood service: 45 million marreks asked, 18 "
     "million (3 million euros) offered, 30 million (about five million euros) agreed"],
    ["nurse_vacancies", "count", None, "vacant nursing posts at the blood service (260; the union's 400)"],
    ["kestria_units", "total", None, "red-cell units asked of Kestria and sent (5,000 asked, 3,200 sent)"],
    ["kestria_first", "part", "kestria_units", "Kestria's first batch (2,000 units)"],
    ["kestria_second", "part", "kestria_units", "Kestria's second batch (1,200 units)"],
    ["kestria_more", "other", None, "further units Kestria could send each week"],
    ["lorries", "count", None, "refrigerated lorries carrying the first batch"],
    ["unit_price", "other", None, "price Galdria pays Kestria per unit"],
    ["kestria_cost", "other", None, "cost of Kestria's deliveries (672,000 euros, about 4 million marreks)"],
    ["rate", "other", None, "exchange rate, marreks to the euro"],
    ["kestria_stock", "other", None, "Kestria's own red-cell stock in days (7,5 falling to 6,8)"],
    ["kestria_target", "other", None, "Kestria's target stock in days"],
    ["kestria_extra_donors", "count", None, "Kestrians who gave blood since the Friday"],
    ["kestria_donor_share", "other", None, "share of Kestrian adults who give blood regularly"],
    ["return_share_2061", "other", None, "first-time donors of 2061 who gave again ('about one in three', N = 3)"],
    ["demand_growth", "other", None, "expected yearly growth in demand for blood"],
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q}, fh, ensure_ascii=False,
                  indent=1)
        fh.write("\n")
    print(f"meta.json written: {len(Q)} quantities")
