#!/usr/bin/env python3
"""Hand-kept quantity table of event e2 (Varlonia's honeybee winter losses); writes meta.json beside it."""
import json
import os

FOLDER = "varlonia_bee_winter_losses"
EVENT = ("Winter losses of honeybee colonies in Varlonia (fictional), winter 2075-76: the Varlonian Beekeepers' "
         "Guild's survey (preliminary figures on Tuesday 21 April, final results in May), the Pollination Research "
         "Centre's rival survey and the government's restocking fund of Thursday 28 May, and the rush for "
         "replacement bees from neighbouring Soltrava; reported 21 April - 27 June 2076")
NOTES = (
    "The national winter loss rate is one quantity holding the Guild's preliminary 33.8 per cent, its final 32.8 "
    "per cent and the Centre's rival 27.4 per cent (which counts weak colonies merged in spring as survivors), with "
    "the restatements 'a third', 'about one in three', a quote's 'a quarter' or 'a third', '32,8 %' and '27,4 %'. "
    "Likewise one quantity each, as rival or revised figures: last winter's rate (the Guild's 21.2, the Centre's "
    "18.9 per cent), the record winter 2069-70 (the Guild's 29.5, the Centre's 30.1 per cent), Harnwold's rate "
    "('more than 40', 41.6 and the Centre's 35 per cent), Tarrowmouth's ('about a quarter', 24.3 and 19 per cent), "
    "the hobbyists' and the commercial beekeepers' rates (early and final), varroa's share of losses ('more than "
    "four in ten' early, 44 per cent final), the replies (3,150 -> 4,806), the colonies surveyed (41,200 -> 58,940) "
    "and lost in the survey (almost 14,000 -> 19,330), the honey forecast (the Guild's 'well under 5,000' and "
    "'about 4,100', the packers' 'about 4,600 tonnes'), the colonies lost nationally (the Centre's about 58,000 and "
    "the broadsheet's 'almost 70,000' from the Guild's rate, a rival estimate of the same number), the restocking "
    "fund (2.5 million vesks, raised to 4 million) and the colonies it can pay for (about 41,700 -> about 66,700). "
    "The Guild's demand of 80 vesks a colony and the government's grant of 60 vesks are one amount, as a "
    "demand and an offer are; the cost of the Guild's demand at the survey's count is apart. The queen's price "
    "last spring (38 kessas) and now (46 kessas, about 18 vesks) are two quantities (before and after values), "
    "as are the package's price last year (360 kessas) and now (420 kessas, 168 vesks). Conversions at 2,5 kessas to the vesk join their amounts. Differences in "
    "percentage points (the gap between the surveys, the rise on last winter, the revision from the preliminary "
    "figure) are quantities of their own. The periods of averages and counts ('ten winters', 'three weeks') are "
    "optional.")
Q = [
    ["loss_rate", "other", None, "share of colonies lost nationally over winter 2075-76 (Guild preliminary and "
     "final, Centre's rival estimate)"],
    ["respondents", "count", None, "beekeepers who answered the Guild's survey (running count)"],
    ["colonies_surveyed", "population", None, "colonies kept in October by the beekeepers in the Guild's survey "
     "(running count)"],
    ["colonies_lost_survey", "total", None, "colonies lost over the winter in the Guild's survey (running count)"],
    ["hobby_lost", "part", "colonies_lost_survey", "colonies lost in the survey by hobbyists"],
    ["commercial_lost", "part", "colonies_lost_survey", "colonies lost in the survey by commercial beekeepers"],
    ["last_winter", "other", None, "loss rate of winter 2074-75 (Guild and Centre)"],
    ["avg10", "other", None, "Guild's average loss rate over the ten previous winters"],
    ["avg10_period", "other", None, "period of the Guild's average (optional)"],
    ["record", "other", None, "loss rate of winter 2069-70, the previous worst (Guild and Centre)"],
    ["varroa_share", "other", None, "share of losses blamed on varroa (early and final)"],
    ["march_temp", "other", None, "March temperature below the average"],
    ["keeper_lost", "count", None, "a hobby beekeeper's hives found dead"],
    ["keeper_hives", "population", None, "a hobby beekeeper's hives"],
    ["harnwold", "other", None, "loss rate in Harnwold (Guild early and final, Centre)"],
    ["tarrowmouth", "other", None, "loss rate in Tarrowmouth (Guild early and final, Centre)"],
    ["westerlow", "other", None, "loss rate in Westerlow (Guild)"],
    ["fennick", "other", None, "loss rate in Fennick (Guild)"],
    ["hobby_share", "other", None, "hobbyists' share of registered beekeepers"],
    ["beekeepers_reg", "population", None, "registered beekeepers in Varlonia"],
    ["beekeepers_2066", "other", None, "registered beekeepers in 2066"],
    ["beekeepers_rise", "other", None, "rise in registered beekeepers since 2066"],
    ["hobby_rate", "other", None, "loss rate of hobbyists' colonies (early and final)"],
    ["commercial_def", "other", None, "colonies above which a beekeeper counts as commercial in the survey"],
    ["commercial_rate", "other", None, "loss rate of commercial beekeepers' colonies (early and final)"],
    ["hobby_colonies_share", "other", None, "hobbyists' share of Varlonia's colonies"],
    ["pollination_value", "other", None, "yearly value of honeybee pollination to Varlonian farming"],
    ["honey_last", "other", None, "honey harvest last year"],
    ["honey_forecast", "other", None, "this year's honey harvest forecast (Guild and packers)"],
    ["honey_fall", "other", None, "fall of the Guild's honey forecast from last year's harvest"],
    ["honey_price_rise", "other", None, "rise in the price paid to beekeepers for honey since January"],
    ["grant_ask_total", "other", None, "cost of the grant the Guild asked for, at the survey's count"],
    ["threshold", "other", None, "loss rate the Guild calls bearable"],
    ["replace_cost", "other", None, "cost of replacing a colony with bought bees (Guild)"],
    ["prelim_gap", "other", None, "difference between the preliminary and the final Guild rate"],
    ["survey_years", "other", None, "years the Guild's survey has run"],
    ["rise_vs_last", "other", None, "rise of the Guild's rate on last winter's"],
    ["queen_share", "other", None, "share of losses blamed on queen failure"],
    ["starvation_share", "other", None, "share of losses blamed on starvation"],
    ["weather_share", "other", None, "share of losses blamed on the weather"],
    ["other_share", "other", None, "share of losses with other or unknown causes"],
    ["queen_price_new", "other", None, "price of a mated queen from Soltrava this spring (kessas and vesks)"],
    ["queen_price_old", "other", None, "price of a mated queen last spring"],
    ["centre_sample", "count", None, "beekeepers in the Centre's sample"],
    ["centre_sample_colonies", "count", None, "colonies kept by the Centre's sample last autumn"],
    ["national_colonies", "population", None, "colonies kept in Varlonia last autumn (Centre)"],
    ["national_lost", "count", None, "colonies lost nationally (Centre's estimate; the Guild's rate applied)"],
    ["virus_share", "other", None, "share of dead colonies examined with varroa-borne viruses"],
    ["centre_tested", "count", None, "dead colonies examined by the Centre's laboratory"],
    ["fund", "other", None, "government restocking fund (launched, then raised)"],
    ["grant", "other", None, "grant per lost colony (the Guild's demand of 80 vesks, the government's 60 vesks, "
     "and in kessas)"],
    ["grant_cap", "other", None, "colonies per beekeeper for which the grant is paid at most"],
    ["fund_colonies", "other", None, "colonies the fund can pay for (running with the fund)"],
    ["fund_cover", "other", None, "share of the Centre's lost colonies the first fund covers"],
    ["surveys", "count", None, "surveys of winter losses"],
    ["exports_last", "count", None, "package colonies sent from Soltrava to Varlonia last year"],
    ["orders", "count", None, "package colonies ordered from Soltrava this spring"],
    ["orders_rise", "other", None, "rise in orders over last year's deliveries"],
    ["package_weight", "other", None, "weight of bees in a package colony"],
    ["package_price", "other", None, "price of a package colony now (kessas and vesks)"],
    ["package_price_old", "other", None, "price of a package colony last year"],
    ["rate", "other", None, "exchange rate, kessas to the vesk"],
    ["export_value", "other", None, "value of last year's package exports"],
    ["orders_value", "other", None, "value of this spring's orders"],
    ["waiting", "other", None, "waiting time for package colonies"],
    ["soltrava_loss", "other", None, "loss rate of Soltravan colonies this winter"],
    ["soltrava_colonies", "population", None, "colonies in Soltrava"],
    ["soltrava_lost", "count", None, "Soltravan colonies lost this winter"],
    ["breeder_colonies", "population", None, "a Soltravan breeder's colonies"],
    ["breeder_queens", "count", None, "queens the breeder raises this year"],
    ["certificates", "count", None, "health certificates for bee exports issued in May"],
    ["certificates_ratio", "other", None, "certificates in May against May last year"],
    ["sell_limit", "other", None, "share of colonies Soltravan beekeepers are advised to sell at most"],
    ["survey_gap", "other", None, "gap between the Guild's and the Centre's rates"],
    ["response_share", "other", None, "share of registered beekeepers who answered the Guild's survey"],
    ["applications", "count", None, "applications to the restocking fund"],
    ["applications_period", "other", None, "period in which the applications arrived (optional)"],
    ["replace_total", "other", None, "cost of replacing the colonies lost nationally at the package price"],
    ["replace_ratio", "other", None, "replacement cost against the enlarged fund"],
    ["fund_share", "other", None, "fund as a share of the yearly pollination value"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(f"meta.json: {len(Q)} quantities")
