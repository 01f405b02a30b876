#!/usr/bin/env python3
"""Hand-kept table of the quantities of e3 (Wendmoor wild boar cull); writes meta.json."""
import json, os
T = """
cull_target|other||number of boar the cull is to remove (4,000, raised to 5,000)
hectares|other||farmland damaged by boar (Federation 1,850 -> 2,300 -> 2,450; Forest Office 1,400 -> 1,600, a narrower definition)
cull_weeks|other||planned length of the cull
bounty|other||bounty paid per boar shot (also in gorls)
age_harrowgate|other||a farmer's age
herd_size|count||boar in a herd that wrecked one farm's maize
harrowgate_ha|other||hectares of one farm wrecked
harrowgate_loss|other||that farmer's loss
boar_pop|population||boar in the district (Forest Office 9,500 -> 11,200; hunters' closer to 13,000)
collisions|count||road collisions with boar last year
collision_deaths|count||people killed in crashes with boar last year
comp_fund|part|comp_fund_new|compensation fund set aside at first
comp_rate|other||compensation per hectare at first
comp_share|other||share of a hectare's value the rate covers (growers)
sows_share|other||share of sows among the boar shot (campaigners' six in ten and 58 per cent; the office's about 52 and 54 per cent)
litter|other||young a sow can have a year
boar_growth|other||multiple by which boar numbers would grow without a cull
growth_years|other||years over which they would grow so
gorlany_reserve_km|other||width of the Gorlish no-hunting strip
shot_last_year|count||boar shot in the district last autumn
hunters|count||hunters taking part (380 -> 412 -> about 350)
shot|count||boar shot in the cull (running count: 640 -> 1,060 -> 1,480 -> 2,760)
first_nights|other||nights of the cull so far at the local paper's count
cull_progress|other||share of the target shot so far (16 -> 37 per cent)
maize_share|other||share of the damage in maize
damage_threshold|other||crop loss above which the Forest Office counts a field as damaged
farms_claiming|count||farms that lodged compensation claims (running count: 214 -> 276 -> 331 -> 388)
farms_district|population||farms in Wendmoor
claims_value|other||value of the claims at 650 stavs a hectare
cheever_ha|other||a farmer's own hectares
maize_value|other||value of a hectare of maize to the growers
dealers|count||game dealers taking carcasses
meat_price|other||price dealers pay for boar meat (2.10 -> 1.85 -> 1.60)
boar_weight|other||weight of an adult boar
hunter_earning|other||what a hunter earns per animal with the bounty
test_share|other||share of boar tested for swine fever
tested|count||boar tested for swine fever (running count)
trails_open|count||waymarked trails open at dusk
trails_closed|count||trails closed at night
collisions_sept|count||collisions with boar in the first 12 days of September
collisions_days|other||period of that count
speed_limit|other||speed asked on forest roads after dark
days_so_far|other||days of the cull so far (key points)
survey_nights|other||nights of the aerial survey
survey_area|other||area covered by the aerial survey
flight_hours|other||hours the survey drones flew
cull_share|other||target as a share of the boar population
farms_share|other||share of the district's farms claiming
comp_rate_asked|other||compensation per hectare farmers asked for
claims_value_asked|other||value of the claims at the rate asked for
maize_area|other||area of silage maize in Wendmoor
maize_yield|other||silage maize yield per hectare
silage_rise|other||expected rise in silage prices
weeks_done|other||weeks of the cull done at the trade weekly's count
meat_tonnes|other||tonnes of carcasses taken by dealers
gorlany_cull|other||boar Gorlany allows hunters to shoot in its reserve
gorlany_bounty|other||Gorlany's bounty per boar in gorls
exchange_rate|other||exchange rate, gorls to the stav
fence_cost|other||cost of an electric fence a metre
field_ha|other||size of a field in a fencing example
fence_field_cost|other||cost of fencing that field
weeks_in|other||weeks of the cull at the broadsheet's date (look-back)
comp_topup|part|comp_fund_new|top-up of the compensation fund
comp_fund_new|total||compensation fund after the top-up
comp_rate_new|other||compensation per hectare after the rise
hectares_gap_value|other||value of the gap between the two damage counts at the new rate
bounty_total|other||bounties paid so far
collisions_late_sept|count||collisions with boar in the second half of September
recovery_years|other||years within which numbers recovered after the 2071 cull
gorlany_shot|count||boar shot in the Gorlish reserve
respite_years|other||respite a cull buys (broadsheet's range)
"""
Q = [l.split("|") for l in T.strip().splitlines()]
meta = {"folder": "wendmoor_wild_boar_cull", "event": "Wild boar cull in Wendmoor, Ostavia (fictional), ordered on Tuesday 10 September 2080 after damage to maize: boar counted and shot, hectares damaged, compensation; reported 11 September - 9 October 2080",
        "notes": open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.txt"), encoding="utf-8").read().strip(),
        "quantities": [[q[0], q[1], q[2] or None, q[3]] for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
