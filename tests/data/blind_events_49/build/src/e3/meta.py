#!/usr/bin/env python3
"""Hand-kept table of quantities for e3 (Drossland ski season without snow); writes meta.json beside it."""
import json
import os

FOLDER = "drossland_ski_season"
EVENT = ("Ski season without snow in Drossland (fictional), winter 2069-70: Vindel, the largest resort, opened late "
         "on Saturday 21 December 2069 on artificial snow, closed after rain from Monday 3 February to Friday 7 March "
         "2070 and ended its season on Sunday 23 March; up to 29 of the country's 41 resorts shut, with lost revenue, "
         "seasonal jobs, aid and the Pellacian market counted over the winter; reported 20 December 2069 - 16 April "
         "2070")
NOTES = (
    "The season's lost revenue is one running total holding the Lift Operators' Council's 210 million rens (2 "
    "January), 290 million (with its pellar conversion), 390 million and the final 720 million, the tourism "
    "ministry's rival 150 million and 480 million and the National Bank's range of 500-550 million; the Council's "
    "breakdown of its 720 million (lift tickets, accommodation, the rest) gives its parts. Seasonal workers laid off "
    "is one running count with rival counts (Servas's about 3,100, 6,000 and 7,200, the Council's 4,800, the labour "
    "office's 5,900, the translated copy's about 3.900); the instructors among them (1,900 -> 2,300) and the "
    "Pellacians (about 600) are parts. Vindel's ski school's 120 instructors sent home in December are a separate, "
    "local count. Resorts closed is a running count with its peak of 29; the three resorts that will not reopen are "
    "a separate count. The snow depth at Hollert (14, 22, 31, 9 cm and the peak of 48 cm) is a running measure; the "
    "average for mid-December (85 cm) and the normal winter peak (more than 2 metres) are separate. Vindel's pistes "
    "open (11, 26, 38 and 52 km at its best) and lifts open (6, 9, 14), the days its lifts ran (44, 61) and Travora's cancellations (12.000, 14,000, 15,000) are running counts. The day pass before and "
    "after the price cut are two quantities (a price changed by decision), each with its pellar conversion. The aid "
    "fund raised from 60 to 120 million rens is one amount revised; 'DOUBLED' is its own multiple and the 85 million "
    "paid out is a part. The fall in skier days is one quantity under '48 per cent' and 'Almost half'; the fall in "
    "holiday visits (44 per cent), in Pellacian February bookings (45 %) and in Pellacian skier days over the season "
    "(41 per cent) are separate; the tabloid's 'almost halved' is the same fall in February bookings as the translated copy's 45 %. The Pellacian share of foreign skiers is one quantity under 'almost a third' and "
    "'31 %'. The national water used by snow cannons (1.9 -> 2.6 billion litres) is a running total; Vindel's 310 "
    "million litres in December is a different scope. Skier days of 2061-62 and of the season before it, and of "
    "the season before this one, are separate quantities. Ages are optional.")

Q = [
    ["resorts_closed", "count", None, "Drosslandic ski resorts closed (running count; peak 29)"],
    ["resorts_total", "population", None, "ski resorts in Drossland (41)"],
    ["resorts_permanent", "count", None, "resorts that will not reopen"],
    ["perm_altitude", "other", None, "altitude below which the top stations of the closing resorts lie"],
    ["low_resort_altitude", "other", None, "altitude below which most unopened resorts lie in December"],
    ["pistes_open_share", "other", None, "share of pistes open at resorts that opened over the holidays"],
    ["glacier_resorts", "count", None, "glacier ski areas operating normally in January"],
    ["glacier_altitude", "other", None, "altitude above which the glacier areas lie"],
    ["vindel_km_open", "count", None, "km of pistes open at Vindel (running count; 52 at its best)"],
    ["vindel_km_total", "population", None, "km of pistes at Vindel (180)"],
    ["vindel_lifts_open", "count", None, "lifts open at Vindel (running count)"],
    ["vindel_lifts_total", "population", None, "lifts at Vindel (42)"],
    ["vindel_cannons", "population", None, "snow cannons at Vindel"],
    ["vindel_new_cannons", "count", None, "additional snow cannons Vindel will buy"],
    ["lifts_moved", "count", None, "Vindel lifts to be moved higher"],
    ["vindel_invest", "other", None, "Vindel Lifts' planned investment before next winter"],
    ["vindel_pop", "population", None, "people living in Vindel village"],
    ["hollert_altitude", "other", None, "altitude of the Hollert measuring station"],
    ["snow_depth", "other", None, "snow depth at the Hollert station (running measure; peak 48 cm)"],
    ["snow_depth_avg_dec", "other", None, "average snow depth at Hollert for mid-December"],
    ["snow_peak_normal", "other", None, "normal winter peak snow depth at Hollert"],
    ["forecast_snow", "other", None, "forecast fresh snow on Christmas Day"],
    ["forecast_snowline", "other", None, "altitude above which the Christmas snow was forecast"],
    ["nov_anomaly", "other", None, "November temperature above the long-term average"],
    ["dec_anomaly", "other", None, "December temperature above the long-term average"],
    ["winter_anomaly", "other", None, "whole winter's temperature above the long-term average"],
    ["snowline_rise", "other", None, "rise of the snow line in the Skelda range"],
    ["snowline_period", "other", None, "period over which the snow line rose"],
    ["rain_altitude", "other", None, "height up to which rain fell in early February"],
    ["cannon_nights", "count", None, "nights cold enough to make snow at Vindel since 1 December"],
    ["cannon_nights_normal", "other", None, "such nights in a normal year"],
    ["vindel_water", "other", None, "water used by Vindel's snow cannons by mid-December"],
    ["cannon_water", "count", None, "water used by snow cannons across Drossland this winter (running total)"],
    ["town_equiv", "other", None, "town population whose yearly water use equals the snow cannons' use"],
    ["kessel_level", "other", None, "fill level of the Kessel reservoir (running measure)"],
    ["water_extra", "other", None, "extra river water resorts may take for snowmaking"],
    ["daypass_normal", "other", None, "usual price of a Vindel day pass (rens, pellars)"],
    ["daypass_cut", "other", None, "reduced price of a Vindel day pass (rens, pellars)"],
    ["sixday_pass", "other", None, "price of a Vindel six-day pass (rens, pellars)"],
    ["sixday_length", "other", None, "length of the multi-day pass quoted, in days"],
    ["fx_rate", "other", None, "exchange rate, rens to the pellar"],
    ["refund_share", "other", None, "share of a multi-day pass Vindel refunds"],
    ["refund_threshold", "other", None, "share of pistes open below which Vindel refunds"],
    ["xmas_bookings_fall", "other", None, "fall in Vindel hotel bookings for Christmas week"],
    ["oppen_generations", "other", None, "generations of a family running a hotel"],
    ["oppen_rooms", "population", None, "rooms at the Hotel Gamsblick"],
    ["oppen_guests", "count", None, "guests booked at the Hotel Gamsblick for Christmas Eve"],
    ["oppen_guests_feb", "count", None, "guests at the Hotel Gamsblick on a February night"],
    ["oppen_years", "other", None, "years a hotelier has worked"],
    ["vindel_instructors", "population", None, "instructors Vindel ski school hired for the winter"],
    ["vindel_instructors_cut", "count", None, "instructors Vindel ski school sent home in December"],
    ["instructors_recall", "other", None, "share of those instructors the school hoped to call back"],
    ["vindel_income_2062", "other", None, "share of winter income the valley lost in 2061-62"],
    ["holiday_visits_fall", "other", None, "fall in skier visits over the holiday fortnight"],
    ["holiday_visits", "count", None, "skier visits over the holiday fortnight"],
    ["lost_revenue", "total", None, "revenue lost this season (running total; Council, ministry, National Bank; rens and pellars)"],
    ["lost_lifts", "part", "lost_revenue", "lost revenue from lift tickets (Council)"],
    ["lost_accommodation", "part", "lost_revenue", "lost revenue from accommodation (Council)"],
    ["lost_other", "part", "lost_revenue", "lost revenue from ski schools, rental shops and restaurants (Council)"],
    ["lost_share_normal", "other", None, "lost revenue as a share of a normal winter's revenue"],
    ["winter_revenue_normal", "other", None, "winter tourism revenue in a normal season"],
    ["winter_gdp_share", "other", None, "winter tourism's share of economic output"],
    ["aid_fund", "total", None, "government aid fund for lift companies and seasonal staff (60 then 120 million rens)"],
    ["aid_paid", "part", "aid_fund", "aid paid out by April"],
    ["aid_multiple", "other", None, "the aid fund's increase as a multiple"],
    ["seasonal_laid_off", "total", None, "seasonal workers laid off or not taken on (running count; union, Council, labour office)"],
    ["instructors_laid_off", "part", "seasonal_laid_off", "ski instructors among the seasonal workers laid off"],
    ["pellacian_workers", "part", "seasonal_laid_off", "Pellacians among the seasonal workers laid off"],
    ["seasonal_total", "population", None, "seasonal workers in a normal Drosslandic winter"],
    ["season_contract", "other", None, "months of work promised to seasonal workers"],
    ["servas_days", "other", None, "days of work seasonal workers got"],
    ["vindel_occupancy", "other", None, "Vindel hotel occupancy over the holidays"],
    ["vindel_occupancy_prev", "other", None, "Vindel hotel occupancy over the holidays a year earlier"],
    ["pellacian_share", "other", None, "Pellacians' share of foreign skiers in Drossland"],
    ["pellacian_skiers", "population", None, "Pellacians who ski in Drossland every winter"],
    ["pellacian_feb_bookings_fall", "other", None, "fall in Pellacian bookings for February"],
    ["pellacian_fall", "other", None, "fall in Pellacian skier days over the season"],
    ["travora_cancelled", "count", None, "holidays cancelled by Travora (running count)"],
    ["travora_refunds", "other", None, "refunds paid by Travora"],
    ["drive_hours", "other", None, "drive from the Pellacian capital to Vindel"],
    ["kowen_winters", "other", None, "winters a Pellacian skier has skied in Vindel"],
    ["kowen_extra_drive", "other", None, "extra driving time to Lunsetal"],
    ["lunsetal_depth", "other", None, "snow depth at the Lunsetal glacier"],
    ["cold_needed", "other", None, "weeks of cold the Council's president says would save the season"],
    ["skier_days", "count", None, "skier days in Drossland this winter"],
    ["skier_days_fall", "other", None, "fall in skier days from the season before"],
    ["skier_days_prev", "other", None, "skier days in the season before (2068-69)"],
    ["skier_days_2062", "other", None, "skier days in 2061-62"],
    ["skier_days_2061", "other", None, "skier days in the season before 2061-62"],
    ["falk_days", "other", None, "days an instructor worked before being laid off"],
    ["falk_earned", "other", None, "an instructor's earnings this winter"],
    ["falk_earned_prev", "other", None, "an instructor's earnings last winter"],
    ["kaltrigg_debt", "other", None, "debts of Kaltrigg's bankrupt lift company"],
    ["kaltrigg_jobs", "count", None, "jobs lost at Kaltrigg's lift company"],
    ["golf_holes", "other", None, "holes played by golfers on the slopes at Skallberg"],
    ["beer_price", "other", None, "price of a beer in Vindel's bars"],
    ["beer_discount", "other", None, "that price as a share of the usual price"],
    ["vindel_days", "other", None, "days Vindel's lifts ran this winter (running count: 44 before the February thaw, 61 in all)"],
    ["vindel_days_normal", "other", None, "days Vindel's lifts run in an average season"],
    ["vindel_revenue", "other", None, "Vindel Lifts' revenue this winter"],
    ["vindel_revenue_prev", "other", None, "Vindel Lifts' revenue last winter"],
    ["insurance_payout", "other", None, "weather-index insurance payout to Vindel Lifts"],
    ["energy_rise", "other", None, "rise in snowmaking electricity bills"],
    ["age_kowen", "other", None, "age of a Pellacian skier (optional)"],
    ["age_falk", "other", None, "age of an instructor (optional)"],
]

HERE = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(Q), "quantities")
