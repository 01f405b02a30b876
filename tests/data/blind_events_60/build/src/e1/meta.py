#!/usr/bin/env python3
"""Hand-kept table of the quantities of e1 (Pellingford e-scooter scheme); writes meta.json."""
import json, os
T = """
scheme_length|other||length of the scooter scheme's first (and only) licence year
vote_for|count||councillors voting on 8 April 2081 to end the scheme
vote_against|count||councillors voting on 8 April 2081 to keep the scheme
removal_period|other||days Rovalo was given to remove its scooters
council_seats|population||members of Pellingford city council
absent|count||councillors absent from the vote
trips|count||trips made on the scooters in the first year (council count and Rovalo's rival count, which includes very short rides)
injured_total|total||people treated in hospital after scooter accidents in the first year (running count)
injured_riders|part|injured_total|riders among the injured (running count)
injured_pedestrians|part|injured_total|pedestrians among the injured (running count)
injured_serious|part|injured_total|seriously injured among the injured (running count)
injury_rate|other||injuries per 100,000 trips (council figure, then with the hospital's revised count)
injury_rate_base|other||the base of the injury rate, 100,000 trips
fines_issued|count||penalty notices issued to riders (running count)
fine_amount|other||amount of one penalty notice (also in halvers)
complaints|count||complaints about the scooters in the year (council's count, revised; Clear Pavements' rival count)
fleet_cap|other||fleet cap in Rovalo's licence
fleet|count||most scooters on the streets at once (Rovalo's peak and the campaigners' rival count)
riders|count||riders registered with Rovalo in Pellingford
licence_fee|other||licence fee Rovalo paid the council for the year (also in halvers)
unlock_fee|other||fare to unlock a scooter
minute_fare|other||fare per minute of riding
population|population||people living in Pellingford
rovalo_cities|count||cities where Rovalo operates
rovalo_countries|count||countries where Rovalo operates
head_injuries|count||injured people with head injuries (sub-count of the serious injuries, local paper)
treatment_cost|other||hospital trust's cost of treating the injured
age_morwick|other||age of the injured pedestrian Edda Morwick
morwick_hospital|other||weeks Edda Morwick spent in hospital
fines_collected|other||money collected from penalty notices
fines_unpaid|other||share of penalty notices unpaid
impounded|count||scooters impounded by council wardens
impound_charge|other||charge to Rovalo per impounded scooter
bike_trade_fall|other||fall in a bicycle repair shop's trade since the scooters came
cafe_customers|other||extra customers a day a cafe owner credits to the scooters
parking_bays|population||scooter parking bays marked out in the city
complaints_share|other||share of complaints about scooters left outside the bays
removal_phases|count||phases in which Rovalo will collect its scooters
fleet_now|count||scooters still on the street in the weeks after the vote
short_trip|other||length below which the council does not count a ride
riders_share|other||registered riders as a share of the city's population
riders_monthly|count||riders in a typical month
trip_minutes|other||average trip length in minutes
trip_km|other||average trip distance
trip_cost|other||cost of an average trip
bus_fare|other||bus fare in Pellingford
fines_value|other||value of all penalty notices issued
rovalo_loss|other||Rovalo's loss in Pellingford (zennars and halvers)
other_endings|count||other Rovalo cities that ended their schemes since 2079
cities_caps|count||Rovalo cities that cut the number of scooters allowed
bay_conversion|other||cost of turning the parking bays into bicycle racks
pellingford_share_trips|other||Pellingford's share of Rovalo's trips
rovalo_trips_group|count||Rovalo's trips in all its cities
exchange_rate|other||exchange rate, halvers to the zennar
monthly_loss|other||Rovalo's loss a month in Pellingford
years_needed|other||further years Rovalo says it needed to break even (finance director)
redeploy_cities|count||other Halvanian cities receiving the scooters
pellingford_staff|count||Rovalo employees in Pellingford
rovalo_age|other||years since Rovalo started (look-back)
ostrulin_start|count||scooters Rovalo started with in Ostrulin
ostrulin_cap|other||Ostrulin's fleet cap
ostrulin_fine|other||Ostrulin's fine for pavement riding
rovalo_sales|other||Rovalo's group sales last year
rovalo_staff|population||Rovalo's employees in all
share_fall|other||fall in Rovalo's share price on the day after the vote
share_recovered|other||share of that fall since recovered
collected|count||scooters collected by Rovalo by 24 April
still_out|count||scooters still to be collected
rank_endings|other||rank of Pellingford among early-closing schemes in Marovia
forum_members|count||operators in the Marovian Micromobility Forum
km_total|other||kilometres ridden in the year
stolen|count||scooters stolen or thrown into the river
repaired|count||scooters needing major repairs
scooter_price|other||price of one scooter
theft_cost|other||cost of the stolen scooters
battery_swaps|other||battery swaps a week
break_even|other||years of losses Rovalo had budgeted before breaking even (trade weekly)
lease_left|other||years left on the depot lease
lease_writeoff|other||depot lease written off
carstaby_pop|population||people living in Carstaby
carstaby_fleet|count||scooters in Carstaby's scheme
premiums|other||rise in Marovian scooter fleet insurance premiums this year
ped_claims|other||multiple by which pedestrians' claims rose since 2079
return_years|other||years within which Rovalo may not return (director's quote)
"""
Q = [l.split("|") for l in T.strip().splitlines()]
meta = {"folder": "pellingford_escooter_scheme_ended", "event": "End of the Pellingford (Marovia, fictional) rental e-scooter scheme after its first year, voted on Tuesday 8 April 2081; reported 8-25 April 2081",
        "notes": open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.txt"), encoding="utf-8").read().strip(),
        "quantities": [[q[0], q[1], q[2] or None, q[3]] for q in Q]}
json.dump(meta, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
