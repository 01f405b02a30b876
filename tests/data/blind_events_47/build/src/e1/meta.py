#!/usr/bin/env python3
"""Hand-kept table of the quantities of event e1; writes meta.json beside it."""
import json
import os

FOLDER = "tarvonia_milk_price_blockades"
EVENT = ("Collapse of the farm-gate milk price in Tarvonia (fictional): Corvane Dairies cut its price for June milk "
         "to 0.96 crells a litre (announced on Thursday 29 May 2064), dairy farmers drove tractors into Kelvarn and "
         "blockaded dairies from Monday 2 June to Friday 6 June, an aid package of 150 million crells was agreed on "
         "the night of Thursday 5 June, Belmorian farmers blocked the border against Tarvonian milk on 5-6 June, and "
         "the number of farms eligible for aid was later revised; reported 2-25 June 2064")
NOTES = (
    "Each month's milk price (January 1.48, May 1.10, June 0.96, July 1.04 crells a litre, and the 2058 low of 1.02) "
    "is its own quantity; the June price in crells and in euro cents (24 euro cents at the printed rate of 4 crells "
    "to the euro) is one quantity. The emergency aid is one amount with the ministry's offer (60 million), the union's "
    "demand (300 million), the agreed package (150 million crells, about 37.5 million euros) as its values; the direct "
    "payments (110 million) and storage aid (40 million) are its parts. The aid per farm is one per-unit amount whose "
    "values are the union's arithmetic on the offer (less than 8,000 crells a farm, over all 7,800 farms), the deal's "
    "about 16,000 (over 6,900 eligible farms) and the revised about 15,000 (over 7,350). The cost of producing a litre "
    "is one quantity estimated by the union (1.30, revised to 1.27), the ministry (1.14) and an accountants' survey "
    "(1.18 to 1.25). The milk poured away is one running amount with rival estimates (at least 5 million litres after "
    "three days; about 9 million by Corvane and more than 12 million by the union over the week). The tractors and "
    "the marchers in Kelvarn on 2 June are each one quantity with the police's and the union's counts. The dairies "
    "blockaded (6 -> 14 -> 17 at the peak) and the arrests (3 -> 19 -> 27 -> 31) are running counts; Corvane's plants "
    "among the blockaded, those charged among the arrested and the farmers fined among the charged are parts. The "
    "farmers' share of the shelf price now and in January are two quantities. The period of a change ('the first four "
    "months') and people's ages and working lives are optional.")

Q = [
    # id, role, part_of, description
    ("price_june", "other", None, "Corvane's farm-gate price for milk delivered in June 2064 (crells a litre; also in euro cents)"),
    ("price_may", "other", None, "Corvane's farm-gate price for May 2064 milk"),
    ("price_jan", "other", None, "Corvane's farm-gate price for January 2064 milk"),
    ("price_july", "other", None, "Corvane's farm-gate price for July 2064 milk"),
    ("price_cut_june", "other", None, "Corvane's cut from the May to the June price (crells a litre)"),
    ("price_rise_july", "other", None, "Corvane's rise from the June to the July price (crells a litre)"),
    ("price_july_below_jan", "other", None, "how far the July price is below January's (per cent)"),
    ("milvex_price_july", "other", None, "Milvex's farm-gate price for July 2064 milk"),
    ("price_2058", "other", None, "the farm-gate milk price in the 2058 crisis"),
    ("tractors_kellis", "count", None, "tractors in the convoy into Kelvarn on Monday 2 June (police and union counts)"),
    ("protesters_kellis", "count", None, "people marching in Kelvarn on Monday 2 June (police and union counts)"),
    ("tractors_2058", "other", None, "tractors that came to Kelvarn in the 2058 protest"),
    ("dairies_blockaded", "total", None, "dairies (processing plants) blockaded in Tarvonia, running count to the peak"),
    ("corvane_plants_blockaded", "part", "dairies_blockaded", "Corvane plants among the blockaded dairies"),
    ("arrests", "total", None, "people arrested during the Tarvonian protests, running count"),
    ("charged", "part", "arrests", "arrested people who have been charged"),
    ("fined", "part", "charged", "valley farmers fined by Tollmarsh magistrates"),
    ("fine_amount", "other", None, "fine per valley farmer for blocking the Tollmarsh gates (crells)"),
    ("police_injured", "count", None, "police officers hurt during the protests, running count"),
    ("police_overtime", "other", None, "the Kelvarn police's overtime cost of the protests (crells)"),
    ("manure_load", "other", None, "weight of the load of manure tipped on the ministry's steps (tonnes)"),
    ("milk_dumped", "other", None, "milk poured away on farms during the protests (litres; running and rival estimates)"),
    ("milk_dumped_period", "other", None, "period of the tabloid's count of milk poured away (days)"),
    ("blockade_days", "other", None, "length of the Tarvonian blockades (days)"),
    ("blockade_cost_day", "other", None, "Corvane's losses per day of blockade (crells)"),
    ("blockade_cost_total", "other", None, "Corvane's losses over the week of blockades (crells)"),
    ("aid", "total", None, "emergency aid: the ministry's offer, the union's demand and the agreed package (crells; euros)"),
    ("aid_direct", "part", "aid", "direct payments to farms within the aid package (crells)"),
    ("aid_storage", "part", "aid", "private storage aid within the package (crells)"),
    ("aid_share_of_demand", "other", None, "the agreed package as a share of the union's demand"),
    ("aid_per_farm", "other", None, "aid per farm (crells; euros): on the offer, in the deal, after the revision"),
    ("eligible_farms", "total", None, "farms eligible for direct payments (first count and revision)"),
    ("eligible_farms_added", "other", None, "farms added to the eligible count by the revision"),
    ("farms_paid_first", "part", "eligible_farms", "farms in the first round of payments"),
    ("payment_wait", "other", None, "ministry's estimate of the time until the remaining payments (weeks)"),
    ("floor_price_demand", "other", None, "the union's demanded legal minimum price (crells a litre)"),
    ("cost_production", "other", None, "average cost of producing a litre of milk in Tarvonia (union, ministry, accountants' survey)"),
    ("survey_farms", "count", None, "farms in the accountants' cost survey"),
    ("loss_per_litre", "other", None, "the union's loss per litre at the June price (crells)"),
    ("retail_price", "other", None, "shelf price of a litre of semi-skimmed milk (crells)"),
    ("farmer_share_now", "other", None, "farmers' share of the shelf price at the June price (per cent)"),
    ("farmer_share_jan", "other", None, "farmers' share of the shelf price in January (per cent)"),
    ("corvane_share", "other", None, "Corvane's share of Tarvonia's milk (per cent)"),
    ("corvane_members", "population", None, "Corvane's member farms"),
    ("corvane_stocks", "other", None, "Corvane's stock of milk powder (tonnes)"),
    ("corvane_stocks_multiple", "other", None, "Corvane's powder stock as a multiple of its usual June stock"),
    ("dairy_farms", "population", None, "dairy farms in Tarvonia in 2064"),
    ("dairy_farms_2050", "other", None, "dairy farms in Tarvonia in 2050"),
    ("farms_lost_since_2050", "other", None, "dairy farms lost since 2050"),
    ("farms_quit_2063", "count", None, "farms that stopped milking in 2063"),
    ("farms_quit_forecast", "other", None, "the union's forecast of farms quitting in 2064"),
    ("quit_share_forecast", "other", None, "the forecast quitters as a share of farms (one in N)"),
    ("farms_quit_2058", "other", None, "farms that quit in Tarvonia in the 2058 crisis"),
    ("output_2063", "other", None, "Tarvonia's milk output in 2063 (litres)"),
    ("output_rise", "other", None, "year-on-year rise in Tarvonian milk output/deliveries, January-April 2064 (per cent)"),
    ("output_rise_period", "other", None, "period of the output rise (months)"),
    ("export_share", "other", None, "share of Tarvonian milk exported (per cent)"),
    ("exports_to_belmoria", "other", None, "Tarvonian milk sold to Belmoria in 2063 (litres)"),
    ("belmoria_share_output", "other", None, "sales to Belmoria as a share of Tarvonian output (per cent)"),
    ("imports_rise", "other", None, "rise in Belmorian imports of Tarvonian milk, January-April (per cent)"),
    ("imports_rise_period", "other", None, "period of the import rise (months)"),
    ("crossings_blocked", "count", None, "border crossings blocked by Belmorian farmers"),
    ("tankers_turned_back", "count", None, "Tarvonian milk tankers turned back at the border"),
    ("lorries_queued", "count", None, "lorries queued at the Ruvec crossing on Thursday evening"),
    ("border_closure_days", "other", None, "length of the Belmorian border blockade (days)"),
    ("tarvonian_spot_price", "other", None, "price of Tarvonian spot milk in Belmoria (euros a litre)"),
    ("belmoria_price", "other", None, "Belmorian dairies' price to Belmorian farmers (euros a litre)"),
    ("belmoria_cost", "other", None, "Belmorian farmers' cost of production (euros a litre)"),
    ("belmoria_farms", "population", None, "dairy farms in Belmoria"),
    ("belmoria_aid", "other", None, "Belmorian emergency aid (euros)"),
    ("belmoria_aid_per_farm", "other", None, "Belmorian aid per farm (euros)"),
    ("crell_rate", "other", None, "exchange rate (crells to the euro)"),
    ("smp_price", "other", None, "skimmed milk powder price at the Tarnholt auction (euros a tonne)"),
    ("smp_fall", "other", None, "fall in the powder price since January (per cent)"),
    ("butter_price", "other", None, "butter price at the Tarnholt auction (euros a tonne)"),
    ("butter_fall", "other", None, "fall in the butter price since January (per cent)"),
    ("storage_butter", "other", None, "ceiling of butter that may go into aided storage (tonnes)"),
    ("storage_smp", "other", None, "ceiling of powder that may go into aided storage (tonnes)"),
    ("storage_period", "other", None, "period of aided storage (months)"),
    ("minister_salary", "other", None, "the agriculture minister's annual pay (crells)"),
    ("drost_milk_day", "other", None, "Anneke Drost's milk of one day, poured away (litres)"),
    ("drost_cows", "count", None, "cows Anneke Drost sold"),
    ("cow_price", "other", None, "average price per cow at her sale (crells)"),
    ("drost_years", "other", None, "Anneke Drost's years of farming"),
    ("age_drost", "other", None, "Anneke Drost's age"),
    ("age_haldane", "other", None, "Jorrit Haldane's age"),
    ("valley_farms", "population", None, "dairy farms in the Vessin valley"),
    ("valley_farms_2054", "other", None, "dairy farms in the Vessin valley in 2054"),
    ("valley_cows", "population", None, "cows in the Vessin valley"),
    ("valley_quit_forecast", "other", None, "valley farms expected to quit before the end of 2064"),
    ("valley_quit_2058", "other", None, "valley farms lost in 2058"),
    ("tollmarsh_days", "other", None, "length of the blockade of the Tollmarsh dairy (days)"),
    ("tollmarsh_staff", "population", None, "staff of the Tollmarsh dairy"),
    ("tollmarsh_intake", "other", None, "the Tollmarsh dairy's normal daily intake (litres a day)"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"meta.json: {len(Q)} quantities")
