#!/usr/bin/env python3
"""Hand-kept table of quantities, roles and notes for event e3; writes meta.json beside it."""
import json
import os

FOLDER = "dunmere_regional_election"
EVENT = ("Election to the 113-seat Dunmere regional assembly, Carvelia, on Sunday 19 May 2041: exit poll, "
         "partial count, provisional result (20 May) and final result after postal ballots (23 May); turnout, "
         "vote shares and seats by party against 2036, the Hesslish minority's Regional League, postal "
         "ballots, Aldmouth's city results, voter flows and coalition arithmetic, reported 19-28 May 2041 "
         "(fictional)")

Q = [
    # electorate, votes
    ["dunmere_pop", "population", None, "population of Dunmere"],
    ["electorate", "population", None, "people eligible to vote in Dunmere"],
    ["first_time_voters", "population", None, "first-time voters"],
    ["votes_cast", "total", None, "votes cast in the 2041 election (final)"],
    ["valid_votes", "part", "votes_cast", "valid votes"],
    ["invalid_votes", "part", "votes_cast", "spoiled or blank ballots"],
    ["cu_votes", "part", "valid_votes", "votes for the Civic Union"],
    ["df_votes", "part", "valid_votes", "votes for Dunmere Forward ('Nearly 750,000', 'three quarters of a million', about 749,000)"],
    ["drl_votes", "part", "valid_votes", "votes for the Regional League"],
    ["df_from_cu", "part", "df_votes", "DF voters who had voted CU in 2036 (voter-flow estimate)"],
    ["df_from_nonvoters", "part", "df_votes", "DF voters who had not voted in 2036"],
    ["df_from_pp", "part", "df_votes", "DF voters who had voted for the Pensioners' Party"],
    ["gla_from_cu", "count", None, "CU voters of 2036 who voted for the Greens"],
    # turnout
    ["turnout", "other", None, "turnout in 2041 (about 63 -> provisional 63.2 -> final 63.7 per cent)"],
    ["turnout_2036", "other", None, "turnout in 2036"],
    ["turnout_1400", "other", None, "turnout at polling stations by 14:00 on 19 May"],
    ["turnout_1400_2036", "other", None, "turnout by 14:00 in 2036"],
    ["turnout_aldmouth", "other", None, "turnout in Aldmouth in 2041"],
    ["turnout_aldmouth_2036", "other", None, "turnout in Aldmouth in 2036"],
    ["districts_counted", "other", None, "share of polling districts counted by 23:00"],
    # postal
    ["postal_requested", "total", None, "postal ballots requested in 2041 (1.02 million; 'ONE MILLION')"],
    ["postal_returned", "part", "postal_requested", "postal ballots returned in time"],
    ["aldmouth_postal", "part", "postal_returned", "Aldmouth voters who voted by post"],
    ["postal_returned_2036", "count", None, "postal voters in 2036"],
    # shares
    ["cu_share", "other", None, "Civic Union's share of the vote in 2041 (exit poll 30.5; partial 32.6; provisional 32.1; final 31.8)"],
    ["gla_share", "other", None, "Green Left Alliance's share (exit poll 25.5; partial 24.0; provisional 24.4; final 24.6)"],
    ["df_share", "other", None, "Dunmere Forward's share (exit poll 23.0; partial 22.8; provisional 22.4; final 22.3)"],
    ["fd_share", "other", None, "Free Democrats' share (exit poll 5.5; provisional 5.3; final 5.4)"],
    ["drl_share", "other", None, "Regional League's share"],
    ["pp_share", "other", None, "Pensioners' Party's share (exit poll 3.2; provisional 3.5; final 3.4)"],
    ["cu_share_2036", "other", None, "CU's share in 2036"],
    ["df_share_2036", "other", None, "DF's share in 2036"],
    ["drl_share_2036", "other", None, "Regional League's share in 2036"],
    ["pp_share_2036", "other", None, "Pensioners' Party's share in 2036"],
    ["cu_change", "other", None, "CU's loss in points since 2036"],
    ["gla_change", "other", None, "Greens' gain in points since 2036"],
    ["df_change", "other", None, "DF's gain in points since 2036"],
    ["df_ratio", "other", None, "DF's vote compared with 2036 ('nearly doubles', 'almost twice', 'doubled')"],
    ["df_poll", "other", None, "DF in the last pre-election poll"],
    ["df_national_poll", "other", None, "DF's national poll rating before the vote"],
    ["df_national_poll_after", "other", None, "DF's national poll rating after the vote"],
    ["df_share_harwick", "other", None, "DF's share in Harwick"],
    ["df_share_aldmouth", "other", None, "DF's share in Aldmouth (14.8; 'under 15 per cent')"],
    ["gla_share_aldmouth", "other", None, "Greens' share in Aldmouth"],
    ["cu_share_aldmouth", "other", None, "CU's share in Aldmouth"],
    ["df_share_hesslish", "other", None, "DF's share in the Hesslish-speaking municipalities"],
    ["drl_share_vaskholm", "other", None, "Regional League's share in Vaskholm"],
    ["df_share_under25", "other", None, "DF's share among voters under 25 (exit poll)"],
    ["gla_share_under25", "other", None, "Greens' share among voters under 25 (exit poll)"],
    ["threshold", "other", None, "threshold for seats (per cent)"],
    # seats
    ["assembly_seats", "population", None, "seats in the assembly"],
    ["majority", "other", None, "seats needed for a majority"],
    ["cu_seats", "total", None, "Civic Union's seats in 2041 (projection 41; provisional 42; final 41)"],
    ["cu_aldmouth_seats", "part", "cu_seats", "Aldmouth constituencies won by the CU"],
    ["gla_seats", "total", None, "Greens' seats in 2041 (projection 32; provisional 30; final 31)"],
    ["gla_aldmouth_seats", "part", "gla_seats", "Aldmouth constituencies won by the Greens"],
    ["df_seats", "count", None, "DF's seats in 2041 (projection 28; provisional and final 29)"],
    ["fd_seats", "count", None, "Free Democrats' seats in 2041"],
    ["drl_seats", "count", None, "Regional League's seats in 2041"],
    ["pp_seats", "count", None, "Pensioners' Party's seats in 2041"],
    ["cu_seats_2036", "count", None, "CU's seats in 2036"],
    ["df_seats_2036", "count", None, "DF's seats in 2036"],
    ["pp_seats_2036", "count", None, "Pensioners' Party's seats in 2036"],
    ["cu_seat_loss", "other", None, "CU's seats lost since 2036 (provisional seven)"],
    ["df_seat_gain", "other", None, "DF's seats gained since 2036"],
    ["cu_seat_change_final", "other", None, "CU's seat lost between the provisional and final count"],
    ["seat_shift_possible", "other", None, "seats the final count could still move (returning officer)"],
    ["coalition_seats_2036", "other", None, "seats of the outgoing CU-FD coalition in 2036"],
    ["coalition_seats_now", "other", None, "seats of CU and FD together in 2041 (provisional 49; final 48)"],
    ["coalition_shortfall", "other", None, "seats CU and FD lack for a majority (8 -> 9)"],
    ["cu_fd_drl_seats", "other", None, "seats of CU, FD and the Regional League together (54 -> 53)"],
    ["cu_fd_drl_shortfall", "other", None, "seats CU, FD and the League lack for a majority (3 -> 4)"],
    ["cu_gla_seats", "other", None, "seats of a CU-Green coalition"],
    ["cu_df_seats", "other", None, "seats of a CU-DF pact"],
    ["new_members", "total", None, "members of the new assembly who have never sat in it"],
    ["new_members_df", "part", "new_members", "new members from DF"],
    ["aldmouth_constituencies", "population", None, "constituencies in Aldmouth"],
    ["aldmouth_electorate", "population", None, "registered voters in Aldmouth"],
    # counting and the exit poll
    ["polling_stations", "population", None, "polling stations in Dunmere"],
    ["exit_poll_sample", "count", None, "voters interviewed for the exit poll"],
    ["exit_poll_stations", "count", None, "polling stations covered by the exit poll"],
    ["exit_poll_error_cu", "other", None, "exit poll's error on the CU"],
    ["exit_poll_error_df", "other", None, "exit poll's error on DF"],
    ["count_days", "other", None, "days of checking postal ballots"],
    ["aldmouth_counters", "count", None, "volunteers counting in Aldmouth"],
    ["northbank_margin", "other", None, "winning margin in Northbank"],
    ["recount_time", "other", None, "duration of the Northbank recount"],
    ["ratcliffe_doors", "count", None, "doors Sunniva Ratcliffe knocked on"],
    ["ratcliffe_doors_needed", "other", None, "more doors Bergmann says he needed"],
    # campaign, government, policy
    ["df_spending", "other", None, "DF's campaign spending"],
    ["cu_spending", "other", None, "CU's campaign spending"],
    ["spending_cap", "other", None, "legal cap on campaign spending per party"],
    ["ministries_offered", "count", None, "ministries offered to the Greens"],
    ["cabinet_size", "population", None, "ministries in the regional government"],
    ["premier_deadline", "other", None, "days the assembly has to elect a premier"],
    ["drl_decision_time", "other", None, "time the League gives itself to decide"],
    ["brandvold_years", "other", None, "years Brandvold has led Dunmere"],
    ["cu_rule_years", "other", None, "years the CU has run Dunmere"],
    ["tram_length", "other", None, "length of the Aldmouth tram extension"],
    ["tram_cost", "other", None, "cost of the Aldmouth tram extension"],
    ["tram_cu_offer", "other", None, "share of the tram money the CU could find (vague)"],
    ["harwick_steel_cuts", "count", None, "jobs cut at the Harwick steelworks last year"],
    ["harwick_unemployment", "other", None, "unemployment in Harwick"],
    ["dunne_old_salary", "other", None, "Dunne's former salary as a lorry driver"],
    # Hesslish minority and Hesslund
    ["hesslish_speakers", "population", None, "Hesslish speakers in Dunmere"],
    ["hesslund_citizens", "population", None, "Hesslund citizens in Dunmere allowed to vote"],
    ["hesslish_schools", "population", None, "Hesslish-language schools"],
    ["hesslish_school_funding", "other", None, "regional funding for Hesslish-language schools"],
    ["trade_volume", "other", None, "yearly trade between Hesslund and Dunmere"],
    ["cross_border_commuters", "population", None, "Hesslunders commuting to Dunmere"],
    ["border_crossings", "population", None, "border crossings between Hesslund and Dunmere"],
    ["border_length", "other", None, "length of the shared border"],
    ["residency_rule", "other", None, "years of residence needed to vote (defines the population)"],
    # people, optional
    ["osgood_children", "population", None, "Lenny Osgood's children"],
    ["age_dunne", "other", None, "age of Kasimir Dunne"],
    ["age_osgood", "other", None, "age of Lenny Osgood"],
    ["osgood_years", "other", None, "Osgood's years of voting CU"],
    ["age_holm", "other", None, "age of Margit Holm"],
    ["age_vossberg", "other", None, "age of Annelie Vossberg"],
    ["vossberg_years", "other", None, "Vossberg's years as party leader"],
    ["age_under25", "other", None, "age band of the under-25s"],
    ["lookback_2036", "other", None, "five years since the 2036 election"],
    ["lookback_turnout", "other", None, "'in 20 years' window of the turnout record"],
    ["window_9days", "other", None, "days since the vote (broadsheet)"],
]

NOTES = (
    "Vote shares: the exit poll, the partial count at 23:00, the provisional result and the final result "
    "are estimates and revisions of one amount, each party's share of the 2041 vote, so for each party they "
    "form one quantity (the CU's 30.5 -> 32.6 -> 32.1 -> 31.8). The same holds for seats: Ostrander's "
    "projection, the provisional and the final allocation are one quantity per party (the CU's 41 -> 42 -> "
    "41; the Greens' 32 -> 30 -> 31, the local headline's '31 seats'). The last pre-election poll (DF at 19 "
    "per cent), DF's national poll before the vote (around 14) and after it (16) measure intentions, not the "
    "result, and are separate quantities. 2036 figures (shares, seats, turnout, postal voters) are separate "
    "quantities from 2041's; the changes in points and seats are their own quantities. The CU's seat loss "
    "since 2036 ('SEVEN SEATS' on the provisional count) is one quantity with its final value implied but "
    "not printed; 'one fewer' is the CU's seat lost between provisional and final count, a different amount. "
    "The tabloid's 'NEARLY DOUBLING', the wire's 'nearly doubles' and 'almost doubled', the translated "
    "'almost twice' and the broadsheet's 'doubled' are one ratio (about 1.87 in fact; printed values kept). "
    "Turnout: 'about 63 percent' on election night, 63.2 provisional and 63.7 final are one quantity; the "
    "14:00 turnout, Aldmouth's turnout and the 2036 turnouts are different. Postal ballots: the 1.02 million "
    "requested (the tabloid's 'ONE MILLION' rounds the same number) differ from the 968,000 returned in time "
    "(a part) and from Aldmouth's 'more than 200,000' postal voters (a part of those returned); 2036's "
    "690,000 postal voters are another year. Coalition sums are derived quantities revised with the count "
    "(CU + FD 49 -> 48, short by 8 -> 9; CU + FD + League 54 -> 53, short by 3 -> 4); CU + Greens 72 did not "
    "change. DF's votes ('Nearly 750,000 people', 'three quarters of a million', 'about 749,000') are one "
    "quantity, with the voter-flow estimates as its parts. Equal values, different things: 41 CU seats vs 41 "
    "new members; the 5 per cent threshold vs the League's five seats; 29 DF seats vs the 2036 figures; "
    "seven FD seats vs the Pensioners' seven seats of 2036 and 'SEVEN SEATS' lost by the CU; 'under 15 per "
    "cent' for DF in Aldmouth vs DF's 15 seats of 2036; the CU's 16 years in power vs 16 per cent. Aldmouth's "
    "constituencies won by the Greens (nine) and the CU (five) are parts of each party's seats. Populations: "
    "Dunmere's 7.4 million, the electorate of 5.36 million, first-time voters, the 113 seats, polling "
    "stations, Hesslish speakers, Hesslund citizens allowed to vote, commuters, schools, border crossings, "
    "Aldmouth's electorate and constituencies, the ten ministries. The returning officer's 'one or two seats' "
    "is a range. 'second-largest', 'first place', 'first time' are ordinals; 'the three parties' and 'the two "
    "parties' are pronoun uses; 'DOUBLE WHAMMY' is an idiom; years (2021, 2035, 2036, 2039, 2040) and dates "
    "(June 11) are not figures. Ages, the age band 'under 25', interviewees' years of habit, Vossberg's "
    "years as leader, the three-year residency rule that defines who may vote and look-backs ('five years "
    "ago', 'in 20 years', 'Nine days after') are optional, as are vague shares ('One in three' voters, 'about "
    "half' of the tram money). The Pensioners' Party's 'now zero' seats is a count (value 0)."
)

here = os.path.dirname(os.path.abspath(__file__))
json.dump({"folder": FOLDER, "event": EVENT, "notes": NOTES, "quantities": Q},
          open(os.path.join(here, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"meta.json written: {len(Q)} quantities")
