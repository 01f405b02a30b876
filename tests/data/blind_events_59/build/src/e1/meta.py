#!/usr/bin/env python3
"""Hand-kept table of the quantities of e1 (the wedding food poisoning); writes meta.json beside it."""
import json
import os

FOLDER = "hallowmere_wedding_food_poisoning"
EVENT = ("Food poisoning at a wedding reception at Hallowmere House near Dunmarrow, Garrowland (fictional), on "
         "Saturday 17 June 2079: a lemon mousse made with raw eggs by the caterer Fennick & Gale; people ill, in "
         "hospital and confirmed counted and revised, the caterer's hygiene record, guests from neighbouring Oskaria "
         "and claims; reported 18-30 June 2079")
NOTES = (
    "Running counts: the people ill (at least 70 -> about 70 -> 118 -> 147 -> 163 -> 171), those admitted to hospital "
    "(11 -> 19 -> 21 -> 23 -> 23), those still in hospital (14 -> 12 -> 7 -> 2), in intensive care (2), the "
    "laboratory-confirmed cases (31 -> 47 -> 62 -> 68), the hotel staff ill (6 -> 9 -> 9 -> 15), the Oskarian guests "
    "ill (23 -> 23 -> 41), the claimants (46 -> 71 -> 87) and the ambulance calls (19 before dawn -> 27 since "
    "Saturday night) are each one quantity reported anew. A look-back in a later article ('up from about 70 on "
    "Sunday', '118 on Monday') is joined to the running count. Those still in hospital are a part of those admitted, "
    "and those in intensive care a part of those still in hospital; the children are a part of those admitted "
    "(3 -> 4). The guests (about 400, more than 400, 412) are one population. The claims (could top / more than 1 "
    "million skells, more than 4,2 million tolden, about 1.2 million skells) are one estimate, conversions included. "
    "The hygiene rating of March 2078 (two out of five, 2 out of 5, TWO stars, 2/5, 2 of 5 points, a two-star rating) "
    "is one quantity; the 2076 rating (four) and the new rating after the outbreak (one out of five) are kept apart. "
    "The kitchen closure (at least five days, then eight days) is an estimate and its outcome. The incubation period "
    "'between six and 72 hours' and 'up to 72 hours' (a fact stated as a rule, bound word outside) are joined. The "
    "share of the ill who ate the mousse (64 per cent) and the attack rates among those who ate it and did not (71 "
    "and 6 per cent) have different bases and are kept apart. The tabloid's 'half the family' is a share in a quote, "
    "annotated. Ages and the look-back 'two years earlier' are optional.")
Q = [
    ["guests", "population", None, "guests at the wedding reception (about 400 / more than 400 / 412)"],
    ["ill_total", "total", None, "people ill after the reception, running count (at least 70 -> 118 -> 147 -> 163 -> 171)"],
    ["ill_guests", "part", "ill_total", "guests among the ill (final report)"],
    ["ill_staff", "part", "ill_total", "hotel staff among the ill, who ate leftovers (6 -> 9 -> 15)"],
    ["ill_osk", "part", "ill_guests", "guests from Oskaria who fell ill (23 -> 41)"],
    ["lab_confirmed", "part", "ill_total", "laboratory-confirmed salmonella cases (31 -> 47 -> 62 -> 68)"],
    ["hosp_admitted", "total", None, "people admitted to hospital in Garrowland since the reception (11 -> 19 -> 21 -> 23)"],
    ["hosp_children", "part", "hosp_admitted", "children among those admitted to hospital (3 -> 4)"],
    ["still_hosp", "part", "hosp_admitted", "patients still in hospital on the day (14 -> 12 -> 7 -> 2)"],
    ["icu", "part", "still_hosp", "patients in intensive care"],
    ["hosp_velgrad", "count", None, "returning Oskarian guests admitted to the University Clinic in Velgrad"],
    ["velgrad_discharged", "count", None, "of those admitted in Velgrad, discharged on Wednesday"],
    ["osk_guests", "count", None, "guests who travelled from Oskaria"],
    ["hotel_distance", "other", None, "distance of Hallowmere House from Dunmarrow, km"],
    ["desserts", "count", None, "desserts on the buffet"],
    ["courses", "count", None, "courses of the dinner"],
    ["amb_calls", "count", None, "ambulance calls linked to the wedding (19 before dawn -> 27 since Saturday night)"],
    ["infirmary_beds", "population", None, "beds at Dunmarrow Infirmary"],
    ["extra_nurses", "count", None, "extra nurses called in by the Infirmary that weekend"],
    ["food_samples", "total", None, "food samples taken by the Directorate"],
    ["food_samples_pos", "part", "food_samples", "food samples in which salmonella was found"],
    ["egg_batches_pos", "count", None, "batches of raw eggs in which salmonella was found"],
    ["age_bride", "other", None, "age of the bride (optional)"],
    ["age_groom", "other", None, "age of the groom (optional)"],
    ["age_arniss", "other", None, "age of a guest quoted by the tabloid (optional)"],
    ["age_mother", "other", None, "age of the groom's mother (optional)"],
    ["planning", "other", None, "years the couple spent planning the wedding"],
    ["saving_years", "other", None, "years the couple saved for the wedding"],
    ["wedding_cost", "other", None, "cost of the wedding to the couple (about 60,000 skells = 252.000 tolden)"],
    ["caterer_events", "other", None, "events the caterer caters a year"],
    ["caterer_staff", "population", None, "staff of Fennick & Gale"],
    ["caterer_years", "other", None, "years the caterer has catered in the region"],
    ["events_suspended", "count", None, "events the caterer called off in the week after"],
    ["hygiene_rating", "other", None, "the caterer's hygiene rating at the March 2078 inspection (2 of 5)"],
    ["hygiene_rating_prev", "other", None, "the caterer's hygiene rating in 2076 (4 of 5)"],
    ["hygiene_rating_new", "other", None, "the caterer's hygiene rating at the inspection after the outbreak (1 of 5)"],
    ["rating_lookback", "other", None, "look-back from the 2078 rating to the earlier one (optional)"],
    ["hotel_rooms", "population", None, "rooms at Hallowmere House"],
    ["weddings_cancelled", "count", None, "weddings booked at the hotel for the next weekend and moved"],
    ["kitchen_closure", "other", None, "days the hotel kitchen was closed (at least five -> eight)"],
    ["incubation", "other", None, "time from eating to symptoms (between six and 72 hours; up to 72 hours)"],
    ["replies", "count", None, "questionnaire replies from guests (230 -> 296)"],
    ["ill_ate_mousse", "other", None, "share of the ill who replied who had eaten the mousse"],
    ["attack_mousse", "other", None, "share of those who ate the mousse who fell ill"],
    ["attack_no_mousse", "other", None, "share of those who did not eat the mousse who fell ill"],
    ["fridge_temp", "other", None, "temperature of the dessert fridge found by inspectors in March 2078"],
    ["fridge_limit", "other", None, "legal limit for the fridge, degrees"],
    ["fridge_excess", "other", None, "degrees above the legal limit found after the outbreak"],
    ["fridge_temp_outbreak", "other", None, "temperature of the dessert fridge found by investigators after the outbreak"],
    ["helpings", "count", None, "helpings of mousse eaten by a quoted guest"],
    ["arniss_ill_days", "other", None, "days a quoted guest was ill"],
    ["mother_ill_days", "other", None, "days the groom's mother had a fever"],
    ["family_off_work", "other", None, "share of the family off work, in a quote"],
    ["claimants", "total", None, "guests represented by the law firm Brisling & Toft (46 -> 71 -> 87)"],
    ["claimants_osk", "part", "claimants", "Oskarian guests among the claimants"],
    ["claims_value", "other", None, "estimated value of the claims (more than 1 million -> about 1.2 million skells)"],
    ["case_duration", "other", None, "time the law firm expects the case to take"],
    ["fx_rate", "other", None, "tolden to the skell"],
    ["flight_cost", "other", None, "each Oskarian guest's cost for flights and hotel"],
    ["insurer_cost", "other", None, "Oskarian insurer's cost of treating its members so far"],
    ["investigation_days", "other", None, "days from the reception to the end of the investigation"],
    ["eggs_used", "count", None, "eggs used for the mousse"],
    ["mousse_storage", "other", None, "hours the mousse was kept in the fridge"],
    ["flock", "population", None, "hens at Brackenfold Farm"],
    ["hotel_losses", "other", None, "the hotel's lost bookings"],
    ["hotel_wedding_share", "other", None, "share of the hotel's yearly income from weddings, in a quote"],
    ["insurance_cover", "other", None, "the caterer's insurance cap"],
    ["hospital_cost", "other", None, "the Infirmary's cost of the outbreak"],
]
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
