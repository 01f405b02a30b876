#!/usr/bin/env python3
"""Hand-kept quantity table of event e3; writes meta.json beside it."""
import json
import os

FOLDER = "brundavel_doping_case"
EVENT = ("Doping case at the Meridian Athletics Championships in Brundavel, Ambrenza (fictional), Saturday 12 - Sunday "
         "20 June 2077: the federation announced three positive tests for the steroid velarone on Wednesday 23 June, "
         "six on Tuesday 29 June and eight on Wednesday 7 July, five of them from the Brisnovan team; five medals were "
         "taken away and passed to the athletes behind, and on Wednesday 21 July retests of stored 2073 samples found "
         "four more cases and Brisnova's federation was suspended and fined; reported 24 June - 24 July 2077")
NOTES = (
    "Judgement calls. The positive tests from Brundavel are one running count (3 -> 'at least five' claimed by a "
    "tabloid's sources -> 6 -> 8), with the tabloid's rival claim joined as an estimate of the same count and the "
    "restatements in headlines, a fact box and the body ('All eight', 'counts eight', 'eight positives') annotated "
    "again; the tabloid's 'two more samples' its sources described are a count of their own. Parts of the "
    "positives: the Brisnovans among them (4 -> 5), the two gold medallists of the first announcement and the two "
    "found by reanalysis. The retests of 2073 samples are another event: four positives (a total) with three "
    "Brisnovans (a part) and two medallists among those (a part of the part); the 2073 championships' own two "
    "positives and 1,210 samples are apart. Brisnova's medal tally is a statistic corrected by disqualification "
    "(nine -> 'six of them' if confirmed -> five), one quantity, with its four golds a part of the nine; Ambrenza's "
    "gold medals likewise (six -> eight, with the tabloid's and fact box's projection of eight), a part of its 19 "
    "medals. The gold prize money is one amount in feldars and dubrels (6,5 dubrels to the feldar); the sum two "
    "gold medallists must repay (60,000 feldars, about 390,000 dubrels) and the total to be returned for the five "
    "stripped medals (112,500 feldars) are separate. The share of samples positive joins 'fewer than one in a "
    "hundred' and 'about 0.6 per cent'; the share of the Brisnovan team (13 per cent) is on another base. Athletes' "
    "marks (21.38, 21.02, 76.81 and 74.90 metres; 6,412 points) are measurements. Optional: the athletes' ages. "
    "Rules kept '=' with the bound word outside: 'within' two weeks for the B samples, the suspension 'for at least' "
    "six months. 'only' before 'three positive tests' is not a bound word.")

Q = [
    ("positives", "total", None, "athletes who tested positive at the 2077 championships (3 -> at least 5 claimed -> 6 -> 8)"),
    ("gold_positives", "part", "positives", "gold medallists among the first positives (two)"),
    ("brisnovan_positives", "part", "positives", "Brisnovans among the positives (4 -> 5)"),
    ("reanalysis_positives", "part", "positives", "positives found by reanalysis with a more sensitive method (two)"),
    ("tabloid_extra", "count", None, "further positive samples described by a tabloid's sources (two)"),
    ("samples", "total", None, "samples collected at the championships (1,380)"),
    ("samples_urine", "part", "samples", "urine samples (1,060)"),
    ("samples_blood", "part", "samples", "blood samples (320)"),
    ("athletes", "population", None, "athletes at the championships (1,140)"),
    ("countries", "population", None, "countries taking part (46)"),
    ("events", "population", None, "events at the championships (44)"),
    ("pre_tests", "count", None, "tests in the three months before the championships (212)"),
    ("pre_period", "other", None, "the period of those tests (three months)"),
    ("strelnik_mark", "other", None, "Strelnik's winning shot put throw (21.38 metres)"),
    ("tovrek_mark", "other", None, "Tovrek's winning hammer throw (76.81 metres)"),
    ("colvin_mark", "other", None, "Colvin's shot put throw (21.02 metres)"),
    ("trevannick_mark", "other", None, "Trevannick's hammer throw (74.90 metres)"),
    ("hammer_gap", "other", None, "the gap between Trevannick's and Tovrek's throws (almost two metres)"),
    ("b_sample_deadline", "other", None, "the time within which B-sample results were expected (two weeks)"),
    ("champ_length", "other", None, "the length of the championships (nine days)"),
    ("ban_rule", "other", None, "the standard ban for a first offence (four years)"),
    ("prize_gold", "other", None, "prize money for a gold medal (30,000 feldars; about 195,000 dubrels)"),
    ("prize_silver", "other", None, "prize money for a silver medal (15,000 feldars)"),
    ("prize_bronze", "other", None, "prize money for a bronze medal (7,500 feldars)"),
    ("brisnova_medals", "total", None, "Brisnova's medals at the championships (nine -> six if confirmed -> five)"),
    ("brisnova_golds", "part", "brisnova_medals", "Brisnova's gold medals as won (four)"),
    ("ambrenza_medals", "total", None, "Ambrenza's medals after the reallocation (19)"),
    ("ambrenza_golds", "part", "ambrenza_medals", "Ambrenza's gold medals (six -> eight)"),
    ("ambrenza_gain", "count", None, "gold medals Ambrenza could gain (two)"),
    ("brisnova_team", "population", None, "the Brisnovan team (38 athletes)"),
    ("tickets", "count", None, "tickets sold over the championships ('more than 280,000')"),
    ("colvin_years", "other", None, "years Colvin had finished second or third (six)"),
    ("brezan_pages", "count", None, "pages of records the former team doctor handed over ('more than 300')"),
    ("brezan_names", "count", None, "athletes named in those records ('at least 14')"),
    ("zhoraska_points", "other", None, "Zhoraska's heptathlon score (6,412 points)"),
    ("ulbat_suspension", "other", None, "the coach's suspension by the Brisnovan federation (12 months)"),
    ("staff_proceedings", "count", None, "other staff facing proceedings (two)"),
    ("rate_e3", "other", None, "the exchange rate printed in the translated copy (6,5 dubrels to the feldar)"),
    ("wage_years", "other", None, "years an average Brisnovan needs to earn the gold prize (three)"),
    ("repay_two_golds", "other", None, "what Strelnik and Tovrek must repay together (60,000 feldars; about 390,000 dubrels)"),
    ("bonus_gold", "other", None, "Brisnovan state bonus for gold (250,000 dubrels)"),
    ("bonus_silver", "other", None, "Brisnovan state bonus for silver (120,000 dubrels)"),
    ("bonus_bronze", "other", None, "Brisnovan state bonus for bronze (80,000 dubrels)"),
    ("brisnova_past_positives", "other", None, "Brisnovan positive tests in the past ten years (11)"),
    ("brisnova_past_period", "other", None, "the period of that count (ten years)"),
    ("medals_stripped", "total", None, "medals taken away (five)"),
    ("stripped_gold", "part", "medals_stripped", "gold medals taken away (three)"),
    ("stripped_silver", "part", "medals_stripped", "silver medals taken away (one)"),
    ("stripped_bronze", "part", "medals_stripped", "bronze medals taken away (one)"),
    ("upgraded_athletes", "count", None, "athletes receiving a new or better medal (12)"),
    ("positive_share", "other", None, "share of samples positive ('fewer than one in a hundred'; about 0.6 per cent)"),
    ("detection_window", "other", None, "how long velarone can be detected after the last dose ('up to 21 days')"),
    ("prize_repay", "other", None, "prize money to be returned for the stripped medals (112,500 feldars)"),
    ("appeals", "count", None, "athletes who said they would appeal (two)"),
    ("under_investigation", "count", None, "athletes under investigation on the strength of the doctor's records (nine)"),
    ("positives_2073", "other", None, "positive tests at the 2073 championships at the time (two)"),
    ("samples_2073", "other", None, "samples taken at the 2073 championships (1,210)"),
    ("storage_rule", "other", None, "how long samples are stored (ten years)"),
    ("antidoping_budget", "other", None, "the federation's yearly anti-doping budget (2.4 million feldars)"),
    ("antidoping_share", "other", None, "its share of the federation's budget (about 9 per cent)"),
    ("cost_per_sample", "other", None, "cost of analysing a sample (about 640 feldars)"),
    ("testing_cost", "other", None, "cost of testing at the championships (almost 900,000 feldars)"),
    ("positives_2073_retest", "total", None, "positives found by retesting stored 2073 samples (four)"),
    ("retest_brisnovan", "part", "positives_2073_retest", "Brisnovans among them (three)"),
    ("retest_medallists", "part", "retest_brisnovan", "medallists among those Brisnovans (two)"),
    ("retest_samples", "count", None, "2073 samples retested (415)"),
    ("retest_delay", "other", None, "how late the 2073 medals will be reallocated (four years)"),
    ("retest_cost", "other", None, "cost of the retests (210,000 feldars)"),
    ("brisnovan_positive_share", "other", None, "Brisnovan positives as a share of the Brisnovan team (13 per cent)"),
    ("brisnova_suspension", "other", None, "minimum suspension of Brisnova's federation (six months)"),
    ("brisnova_fine", "other", None, "fine on Brisnova's federation (400,000 feldars)"),
    ("trevannick_wait", "other", None, "how long Trevannick waited to be told the gold was hers (three weeks)"),
    ("age_strelnik", "other", None, "Strelnik's age (optional)"),
    ("age_colvin", "other", None, "Colvin's age (optional)"),
    ("age_trevannick", "other", None, "Trevannick's age (optional)"),
    ("age_tovrek", "other", None, "Tovrek's age (optional)"),
    ("age_danek", "other", None, "Danek's age (optional)"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"{FOLDER}: {len(Q)} quantities")
