#!/usr/bin/env python3
"""Hand-kept quantity table of event 2 (quenmouth_market_crash); writes meta.json beside it."""
import json
import os

FOLDER = "quenmouth_market_crash"
EVENT = ("Stock-market crash on the Quenmouth Stock Exchange, Pellaria (fictional), on Thursday 8 March 2057 "
         "('Black Thursday'), after the property and construction group Marhaven missed a bond repayment: the "
         "index's fall, halts, value wiped out, banks, the currency, the central bank's emergency lending and rate "
         "cut, pension losses, Marhaven's collapse and its buyers and suppliers, Brackenford, neighbouring "
         "Corlandia, and the recovery a month on; reported 8 March - 10 April 2057")

NOTES = (
    "Money is in Pellarian mirens (about 9 to the euro before the crash); Corlandia's is in euros. The index's "
    "name 'Q60' is a designation, not a figure (like a virus strain's name); the index's '60 members' and the "
    "'Fifty-eight' that fell are figures. 'one-day fall', 'in one day', 'a single session' and 'a single "
    "afternoon' are wording, not figures, and 'just over a year' (an article with a unit) is not a figure. "
    "value_wiped is the market value lost on 8 March: the wire's first 'about 410 billion mirens' and the "
    "exchange's final 428 billion, with their euro conversions (one quantity, a revision); the 545 billion "
    "over Thursday and Friday together is its own quantity, of which Thursday's is a part. index_fall is the "
    "index's fall on the day (11.4 per cent); the intraday low (14.2 per cent, the tabloid's 'more than 14 per "
    "cent'), the points lost, the closes of each day, Friday's further fall and Monday's rebound are separate "
    "quantities. pra_facility is the Reserve Bank's emergency lending line, opened at 150 billion mirens and "
    "raised to 250 billion (one quantity, an amount raised; 'up to' is the facility's ceiling and keeps '='), "
    "with its euro conversion; the amounts banks drew on the first day and at the peak are separate. "
    "marhaven_debt holds the company's own 61 billion mirens and the administrators' 67 billion; the 48 "
    "billion in its accounts and the missed 2.4 billion bond are parts of it. pension_losses holds the "
    "regulator's 74 billion and the Savers' Association's rival 'closer to 90 billion' for the funds' losses on "
    "Black Thursday; the gap that remains a month later (about 29 billion) is a separate quantity. The miren's "
    "rate on the day (9.42, 'about 9.4'), before the crash (9), on Monday (9.31) and a month later (9.18) are "
    "separate quantities, as is its fall in per cent. The exchange's proposal to lengthen the first halt from "
    "15 to 30 minutes is a rule changed by decision and a new quantity. The deposit guarantee the buyers' "
    "lawyers asked for and the one the government granted are separate quantities although both are 50,000 "
    "mirens. Ages, children, look-backs and vague shares are optional."
)

# id, role, part_of, description
Q = [
    ("index_fall", "other", None, "Q60 index's fall on Black Thursday, 8 March (per cent)"),
    ("index_points_lost", "other", None, "points the index lost on 8 March"),
    ("index_close_wed", "other", None, "index close on Wednesday 7 March"),
    ("index_close_thu", "other", None, "index close on Thursday 8 March"),
    ("index_intraday_fall", "other", None, "index's fall at its intraday low on 8 March"),
    ("index_intraday_low", "other", None, "index level at its intraday low"),
    ("index_fall_fri", "other", None, "index's further fall on Friday 9 March"),
    ("index_close_fri", "other", None, "index close on Friday 9 March"),
    ("index_rebound_mon", "other", None, "index's rise on Monday 12 March"),
    ("index_close_mon", "other", None, "index close on Monday 12 March"),
    ("index_close_apr9", "other", None, "index close on Monday 9 April"),
    ("index_gap_precrash", "other", None, "index's distance below its pre-crash level on 9 April"),
    ("recovery_share", "other", None, "share of the 8 March points loss recovered by 9 April"),
    ("index_up_days", "count", None, "days the index rose in the four trading days to 15 March"),
    ("trading_days_since", "other", None, "trading days since Friday 9 March (to 15 March)"),
    ("index_fallers", "count", None, "index members that ended lower on 8 March"),
    ("index_members", "population", None, "members of the index (60 companies)"),
    ("halts", "count", None, "trading halts on 8 March"),
    ("halt1_length", "other", None, "length of the first circuit-breaker halt (rule)"),
    ("halt1_trigger", "other", None, "index fall that triggers the first halt (rule)"),
    ("halt2_length", "other", None, "length of the second halt (rule)"),
    ("halt2_trigger", "other", None, "index fall that triggers the second halt (rule)"),
    ("halt3_trigger", "other", None, "index fall that closes the market for the day (rule)"),
    ("halt1_length_new", "other", None, "proposed new length of the first halt"),
    ("algo_wait", "other", None, "proposed wait for automated programmes after a reopening"),
    ("value_wiped_thu_fri", "total", None, "market value wiped off on Thursday and Friday together"),
    ("value_wiped", "part", "value_wiped_thu_fri", "market value wiped off listed companies on 8 March (first and final estimates, mirens and euros)"),
    ("value_per_investor", "other", None, "value wiped per small shareholder (tabloid's comparison)"),
    ("volume", "count", None, "shares traded on 8 March"),
    ("volume_multiple", "other", None, "volume as a multiple of the daily average"),
    ("turnover", "other", None, "turnover on 8 March"),
    ("algo_share_crash", "other", None, "share of 8 March volume from automated programmes"),
    ("algo_share_normal", "other", None, "share of automated trading on a normal day"),
    ("margin_calls", "count", None, "accounts that received margin calls on 8 March"),
    ("broker_calls", "count", None, "calls the three largest brokers received on 8 March"),
    ("brokers_reporting", "count", None, "brokers reporting the calls (three largest)"),
    ("platform_outage", "other", None, "hours the largest small-investor platform was out of service"),
    ("session_hours", "other", None, "hours of the trading session in which Marhaven's shares collapsed (tabloid)"),
    ("marhaven_fall", "other", None, "fall of Marhaven's shares on 8 March"),
    ("marhaven_close", "other", None, "Marhaven's closing share price on 8 March (price at suspension)"),
    ("marhaven_prev", "other", None, "Marhaven's share price on 7 March"),
    ("marhaven_peak", "other", None, "Marhaven's peak share price two years earlier"),
    ("bank_index_fall", "other", None, "fall of bank shares as a group on 8 March"),
    ("arnholt_fall", "other", None, "fall of Arnholt Bank's shares on 8 March"),
    ("arnholt_exposure", "total", None, "Arnholt Bank's loans to Marhaven"),
    ("arnholt_loss", "part", "arnholt_exposure", "part of those loans Arnholt expects to lose"),
    ("arnholt_injection", "other", None, "public capital put into Arnholt Bank"),
    ("arnholt_stake", "other", None, "state's stake in Arnholt in return"),
    ("marhaven_debt", "total", None, "Marhaven's debts (the company's 61 billion, the administrators' 67 billion)"),
    ("bond_missed", "part", "marhaven_debt", "bond Marhaven could not repay on 7 March"),
    ("marhaven_debt_accounts", "part", "marhaven_debt", "debts shown in Marhaven's accounts"),
    ("marhaven_borrowing_years", "other", None, "years Marhaven had been borrowing to pay interest"),
    ("marhaven_bonuses", "other", None, "bonuses paid to Marhaven's bosses last year"),
    ("marhaven_staff", "population", None, "Marhaven's employees nationwide"),
    ("job_cuts", "count", None, "job cuts announced by the administrators"),
    ("marhaven_projects", "population", None, "Marhaven housing projects under construction"),
    ("marhaven_buyers", "total", None, "buyers (households) who paid deposits on unfinished Marhaven homes"),
    ("rq_buyers", "part", "marhaven_buyers", "buyers who paid deposits at the Riverside Quarter"),
    ("deposit_guarantee_demand", "other", None, "deposit guarantee per buyer the lawyers asked for"),
    ("deposit_guarantee", "other", None, "deposit guarantee per buyer the government granted (ceiling)"),
    ("guarantee_cost", "other", None, "finance ministry's estimate of the guarantee's cost"),
    ("bond_recovery", "other", None, "share of their money bondholders may recover"),
    ("miren_fall", "other", None, "miren's fall against the euro on 8 March"),
    ("miren_rate", "other", None, "miren's rate to the euro on 8 March"),
    ("miren_rate_before", "other", None, "miren's rate on Wednesday 7 March"),
    ("miren_rate_mon", "other", None, "miren's rate on Monday 12 March"),
    ("miren_rate_now", "other", None, "miren's rate a month later"),
    ("miren_weakest_years", "other", None, "years since the miren was last as weak"),
    ("yield_rise", "other", None, "rise of the benchmark bond yield on 8 March"),
    ("yield_level", "other", None, "benchmark bond yield after the rise"),
    ("pra_facility", "other", None, "Reserve Bank's emergency lending facility (150 billion, raised to 250 billion; euros)"),
    ("pra_drawn", "other", None, "amount banks drew from the facility on Friday 9 March"),
    ("pra_drawn_peak", "other", None, "peak amount drawn from the facility"),
    ("rate_cut", "other", None, "Reserve Bank's rate cut"),
    ("rate_level", "other", None, "Reserve Bank's main rate after the cut"),
    ("pension_assets", "population", None, "assets of Pellarian pension funds"),
    ("pension_equity_share", "other", None, "share of pension assets in Pellarian equities (optional, vague)"),
    ("pension_losses", "other", None, "pension funds' losses on 8 March (regulator's estimate and the savers' rival estimate)"),
    ("pension_gap_now", "other", None, "how far the funds remain below their pre-crash value a month later"),
    ("retail_investors", "population", None, "Pellarians who own shares directly"),
    ("retail_sellers", "count", None, "small shareholders who sold on the Thursday or the Friday"),
    ("crash2038_fall", "other", None, "index's one-day fall in October 2038"),
    ("crash2038_recovery", "other", None, "months the index took to recover after 2038"),
    ("years_since_2038", "other", None, "time since the 2038 crash (optional look-back)"),
    ("corl_index_fall", "other", None, "Velm All-Share index's fall on 8 March"),
    ("corl_index_fall_fri", "other", None, "Velm All-Share's fall on 9 March"),
    ("corl_index_rebound_mon", "other", None, "Velm All-Share's rise on 12 March"),
    ("corl_2038_fall", "other", None, "Velm All-Share's fall in the 2038 crash"),
    ("region_bank_fall", "other", None, "fall of bank shares elsewhere in the region on 8 March"),
    ("corl_bank_exposure", "total", None, "Corlandian institutions' loans and bonds of Marhaven"),
    ("velmer_exposure", "part", "corl_bank_exposure", "Velmer Kreditbank's share of that exposure"),
    ("velmer_fall", "other", None, "Velmer Kreditbank's share fall on 8 March"),
    ("velmer_provisions", "other", None, "provisions Velmer Kreditbank has made"),
    ("corl_bondholders", "count", None, "Corlandian private customers sold Marhaven bonds"),
    ("bond_sale_years", "other", None, "years over which the bonds were sold"),
    ("bond_minimum", "other", None, "minimum investment in the bonds"),
    ("corl_inquiries", "count", None, "inquiries to the Velm consumer centre since 8 March"),
    ("harst_workers", "count", None, "Harst & Lode workers on Marhaven sites"),
    ("harst_sites", "count", None, "Marhaven sites where Harst & Lode works"),
    ("harst_invoices", "other", None, "Harst & Lode's open invoices to Marhaven"),
    ("harst_deadline", "other", None, "weeks before Harst & Lode must send people home"),
    ("corl_exports", "other", None, "Corlandia's yearly exports to Pellaria"),
    ("corl_pension_equity", "other", None, "share of Corlandian pension funds in shares"),
    ("days_since_crash", "other", None, "days of turbulence (optional look-back)"),
    ("days_since_default", "other", None, "days since the default (optional look-back)"),
    ("facility_raise_days", "other", None, "days between the facility's opening and its increase (optional look-back)"),
    ("bf_site_workers_home", "count", None, "Brackenford site workers sent home"),
    ("home_pay_share", "other", None, "share of wages paid to workers sent home"),
    ("home_pay_weeks", "other", None, "weeks Marhaven says it will pay them"),
    ("subcontract_workers", "count", None, "subcontracted workers sent home across Pellaria (union)"),
    ("bf_marhaven_staff", "population", None, "Marhaven's employees in Brackenford"),
    ("bf_hq_staff", "population", None, "Marhaven's head-office staff in Brackenford"),
    ("rq_build_years", "other", None, "years the Riverside Quarter has been under construction"),
    ("rq_flats", "population", None, "flats in the Riverside Quarter"),
    ("rq_complete", "other", None, "share of the Riverside Quarter complete"),
    ("rq_deposit_avg", "other", None, "average deposit paid by Riverside Quarter buyers"),
    ("okonedo_deposit", "other", None, "deposit paid by the Okonedo family"),
    ("okonedo_children", "other", None, "the Okonedos' children (optional)"),
    ("council_fund_size", "population", None, "assets of the council's pension fund"),
    ("council_fund_members", "population", None, "members of the council's pension fund"),
    ("council_marhaven_bonds", "other", None, "Marhaven bonds held by the council's pension fund"),
    ("council_marhaven_share", "other", None, "those bonds as a share of the fund's assets"),
    ("bf_suppliers", "count", None, "Brackenford suppliers owed money by Marhaven"),
    ("bf_suppliers_owed", "other", None, "amount owed to them"),
    ("unpaid_months", "other", None, "months of unpaid invoices that are fatal for a small firm"),
    ("bf_hardship_fund", "other", None, "council's hardship fund"),
    ("rates_waiver", "other", None, "months business rates are waived"),
    ("peak_lookback", "other", None, "look-back to Marhaven's share peak (optional)"),
    ("marhaven_town_years", "other", None, "years Brackenford was built on Marhaven (optional)"),
    ("pask_saving_years", "other", None, "years Doreen Pask saved (optional)"),
    ("age_pask", "other", None, "Doreen Pask's age (optional)"),
    ("pask_holding_before", "other", None, "Doreen Pask's Marhaven shares before the crash"),
    ("pask_holding_after", "other", None, "their value after the crash"),
    ("pask_loss_share", "other", None, "share of her savings wiped out (optional, vague)"),
]

meta = {"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": [list(q) for q in Q]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
ids = [q[0] for q in Q]
assert len(ids) == len(set(ids)), "duplicate ids"
print(f"{len(Q)} quantities written")
