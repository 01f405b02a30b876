#!/usr/bin/env python3
"""Hand-kept table of the quantities of e3 (the rent freeze's first year); writes meta.json beside it."""
import json
import os

FOLDER = "sarvonia_rent_freeze_first_year"
EVENT = ("The first year of Sarvonia's Rent Freeze Act (fictional), which froze rents on existing private tenancies "
         "for three years from Friday 1 March 2080: households covered in rival counts, rents and savings, landlords "
         "selling up in rival and revised counts, homes to let, tribunal cases, a Brasnian fund's sale in two "
         "currencies at a printed rate, and one port city; reported 14 February - 8 March 2081, around the ministry's "
         "first-year review of Monday 24 February 2081")
NOTES = (
    "The households covered (the ministry's 1.12 million, 'about 1.1 million', 'More than a million' in the minister's "
    "quote and the tabloid, the Renters' Assembly's about 1.3 million, which counts unregistered sublets) are one "
    "population in rival counts. The homes that left the rental market are one quantity in rival and revised counts "
    "with different definitions: the ministry's about 15,000 (first nine months) -> 18,400 -> 21,700 after late "
    "registrations (sales to owner-occupiers), the Guild's more than 40,000 (every home an agent stopped managing; the "
    "tabloid's '40,000 HOMES' and '40,000-plus'), the Renters' Assembly's fewer than 10,000; the normal year's about "
    "11,000 is apart. The homes advertised to let are a running count (26,200 in February -> 25,100 in March); the "
    "count a year earlier (38,500) is a before value of its own, and the fall (32 per cent, 'almost a third') is a "
    "quantity of its own. The saving is given three ways and each is one quantity: a month (83 pallens), a year "
    "(about 1,000; the tabloid's headline 1,000) and in total (about 1.1 billion). Harnmouth's figures (the register's "
    "homes, listings, tribunal cases and saving) are kept apart from the national ones, with Harnmouth's tribunal "
    "cases a part of the national total and its homes sold and turned into holiday lets parts of its fall in "
    "registered rentals. The tabloid's 'AT ONE' (the law's first birthday) is an optional look-back, like the "
    "registry's 'first nine months' and the review's '12 months' (periods of a count). The survey threshold 'at least "
    "one home' is a rule-like threshold, annotated with its bound word outside. New: the quote 'more than doubled' "
    "is a multiple with bound '>'. The freeze's three years and the two years left are a rule's periods, scored.")
Q = [
    ["households_covered", "population", None, "households covered by the freeze (1.12 million; about 1.1 million; more than a million; about 1.3 million)"],
    ["listings", "count", None, "homes advertised to let, Guild count (26,200 in February -> 25,100 in March)"],
    ["listings_before", "count", None, "homes advertised to let a year earlier (38,500)"],
    ["listings_fall", "other", None, "fall in homes advertised to let over the year (32 per cent, almost a third)"],
    ["freeze_length", "other", None, "length of the freeze (three years)"],
    ["freeze_remaining", "other", None, "years of the freeze left to run"],
    ["freeze_age", "other", None, "the law's age in the tabloid's headline (optional look-back)"],
    ["enquiries_before", "other", None, "enquiries per flat before the freeze"],
    ["enquiries_now", "other", None, "enquiries per flat now (closer to / around 20)"],
    ["enquiries_multiple", "other", None, "enquiries now as a multiple of before"],
    ["pirrie_homes", "population", None, "homes managed by the Guild chair's firm"],
    ["tarnholt_rent_share", "other", None, "share of Tarnholt homes rented privately"],
    ["survey_agencies", "count", None, "member agencies in the Guild's January survey"],
    ["agencies_losing_landlords", "other", None, "share of surveyed agencies whose landlords had sold"],
    ["survey_threshold", "other", None, "the survey question's threshold (at least one home)"],
    ["homes_left_market", "other", None, "rental homes that left the market in the first year, rival and revised counts (15,000 -> 18,400 -> 21,700; more than 40,000; fewer than 10,000)"],
    ["registry_period", "other", None, "period of the ministry's first count (optional)"],
    ["review_period", "other", None, "period of the review's count (optional)"],
    ["homes_sold_normal", "other", None, "rental homes sold by landlords in a normal year"],
    ["league_members", "population", None, "landlords in the Property Owners' League"],
    ["guild_members", "population", None, "letting agencies in the National Lettings Guild"],
    ["landlords_selling_share", "other", None, "share of landlords selling or planning to sell (one in six)"],
    ["agent_fee", "other", None, "typical letting agent's fee, per cent of rent"],
    ["agencies_closed", "count", None, "Guild member firms that closed or merged in the year"],
    ["avg_rent", "other", None, "average frozen rent, pallens a month"],
    ["newbuild_exemption", "other", None, "years new-build flats are exempt"],
    ["newbuild_rent_rise", "other", None, "rise in asking rents on new-build flats"],
    ["newbuild_rent", "other", None, "average asking rent on new-build flats"],
    ["rent_rise_2079", "other", None, "rise in rents in 2079, before the freeze"],
    ["rent_rise_record_period", "other", None, "the period over which 2079's rise was the fastest"],
    ["rent_rise_avoided", "other", None, "rise the ministry says the freeze prevented"],
    ["total_saving", "other", None, "total saved by tenants in the first year (about 1.1 billion pallens)"],
    ["saving_month", "other", None, "average saving per household a month (83 pallens)"],
    ["saving_year", "other", None, "average saving per household a year (about 1,000 pallens)"],
    ["tenant_moves", "other", None, "share of private tenants who moved in the year"],
    ["tenant_moves_before", "other", None, "share who moved in a year before the freeze"],
    ["tribunal_cases", "total", None, "cases heard by the rent tribunal in the year"],
    ["tribunal_cases_before", "count", None, "tribunal cases the year before"],
    ["tribunal_multiple", "other", None, "rise in tribunal cases as a multiple"],
    ["harn_tribunal", "part", "tribunal_cases", "tribunal cases from Harnmouth"],
    ["harn_tribunal_before", "count", None, "tribunal cases from Harnmouth the year before"],
    ["poll_size", "count", None, "adults in the ministry's poll"],
    ["poll_support", "other", None, "share in favour of keeping the freeze"],
    ["poll_against", "other", None, "share against"],
    ["korvall_flats", "count", None, "flats sold by Korvall Residential"],
    ["korvall_price", "other", None, "price of Korvall's sale (620 million pallens = about 1.12 billion korvas)"],
    ["korvall_paid", "other", None, "what Korvall paid for the flats in 2074"],
    ["fx_rate", "other", None, "korvas to the pallen"],
    ["brasnian_flats", "population", None, "flats owned by Brasnian funds in Sarvonia"],
    ["brasnian_share", "other", None, "Brasnian funds' share of the private rented stock"],
    ["brasnia_stock_fall", "other", None, "fall in Brasnia's homes to let after its 2068 cap"],
    ["brasnia_cap_period", "other", None, "years over which Brasnia's stock fell"],
    ["inflation", "other", None, "general price inflation over the year"],
    ["rate_rises", "count", None, "mortgage rate rises in 2080"],
    ["harn_rentals_fall", "total", None, "fall in Harnmouth's registered private rentals"],
    ["harn_sold", "part", "harn_rentals_fall", "Harnmouth rentals sold"],
    ["harn_holiday", "part", "harn_rentals_fall", "Harnmouth rentals turned into holiday lets"],
    ["harn_rentals", "population", None, "Harnmouth's registered private rentals now"],
    ["harn_rentals_before", "population", None, "Harnmouth's registered private rentals when the freeze began"],
    ["harn_saving_month", "other", None, "average saving a month in Harnmouth"],
    ["harn_listings", "count", None, "homes advertised to let in Harnmouth this month"],
    ["harn_listings_before", "count", None, "homes advertised to let in Harnmouth a year ago"],
    ["harn_pop", "population", None, "Harnmouth's population"],
    ["kessel_bedrooms", "other", None, "bedrooms of a tenant's flat"],
    ["kessel_rent", "other", None, "a Harnmouth tenant's frozen rent"],
    ["kessel_planned_rise", "other", None, "the rise her landlord had planned"],
    ["kessel_saving", "other", None, "what she kept this year"],
    ["prowse_flats", "population", None, "flats a Harnmouth landlord owned"],
    ["prowse_sold", "count", None, "of them, sold"],
    ["ellery_rent", "other", None, "a Tarnholt couple's rent"],
    ["ellery_viewings", "count", None, "flats the couple viewed"],
    ["viewing_crowd", "other", None, "people queuing at each viewing"],
    ["tolland_flats", "count", None, "flats sold by a retired couple"],
    ["tolland_costs", "other", None, "rise in the couple's costs"],
    ["age_ellery", "other", None, "age (optional)"],
    ["age_dom", "other", None, "age (optional)"],
    ["age_tolland", "other", None, "age (optional)"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
