from lib import build
A = {}
A["a"] = ("01_tabloid_2026-11-03.txt", """
RASK ROMPS AHEAD: 5-POINT LEAD WITH FIVE DAYS TO GO

By Dana Whitlow, Halvern Evening Courier - Tuesday, November 3, 2026

IMELDA Rask has opened up a five-point lead in the race to become Halvern's next mayor, an exclusive Courier poll reveals today.

The Civic Alliance candidate is backed by 44 per cent of voters, against 39 per cent for People's List firebrand Tomas Brevik.

Green outsider Odile Marchetti trails on just 9 per cent, while 8 per cent of voters still can't make up their minds.

The bombshell survey by Northgate Research questioned 1,204 Halvern residents between October 29 and November 1. It has a margin of error of plus or minus 2.8 percentage points.

And it spells trouble for Brevik, who has spent an eye-watering 1.3 million on his campaign - more than twice as much as Rask.

Housing is the big issue, with 61 per cent of voters naming rents and house prices as their top worry. Only 14 per cent picked crime, Brevik's favourite subject.

Rask, 52, a former head teacher, told the Courier last night: "I'm not taking a single vote for granted. The only poll that matters is on Sunday."

Brevik's camp hit back, branding the survey "fake news from the Alliance's friends in the media".

But the Courier's poll suggests Rask has a huge advantage among women, with 51 per cent of female voters backing her.

The 2022 election, won by outgoing mayor Stellan Oakes, saw just 55.2 per cent of the city's voters turn out. Both camps are banking on a bigger turnout this time.

Polls open at 7am on Sunday.
""")
A["b"] = ("02_broadsheet_2026-11-06.txt", """
Halvern's mayoral race is closer than the headlines suggest

Analysis by Jonas Peltier, The Meridian Review - 6 November 2026

Two polls published this week appear to tell different stories about Sunday's mayoral election in Halvern. Read carefully, they tell much the same one.

The Northgate Research survey for the Evening Courier put Imelda Rask of the Civic Alliance on 44 percent and Tomas Brevik of the People's List on 39 percent. The Courier called it a commanding lead. Yet Northgate interviewed about 1,200 people, and its own stated margin of error is 2.8 points either way. A five-point gap is outside that margin, but only just, and the margin applies to each candidate's share rather than to the gap between them, which is less certain still.

The Civis Institute's poll, released on Thursday, had Mr Brevik narrowly ahead, on 42 percent to Ms Rask's 41. It questioned 800 voters online, giving a margin of error of 3.5 points. A one-point lead in a poll of that size is statistically meaningless.

What both surveys agree on is that Odile Marchetti of the Greens is unlikely to reach double figures, and that her voters' second preferences lean towards Ms Rask.

The larger uncertainty is who will vote at all. Halvern has about 366,000 registered voters. In 2022 turnout was 55.2 percent, and Stellan Oakes won with 48.7 percent of the vote. Northgate's pollsters weighted their sample on the assumption that turnout would be similar; Civis assumed it would rise to around 60 percent, which tends to help Mr Brevik, whose support is strongest among people who did not vote last time.

Neither poll, in other words, is wrong. If turnout stays in the mid-fifties, Ms Rask is the favourite. If the People's List brings out new voters in the numbers it claims, this will be close.

One further caution: in the past three Halvern elections, the final result has differed from the last published poll by an average of four points for the winning candidate.
""")
A["c"] = ("03_wire_2026-11-08.txt", """
Rask leads Halvern mayoral count with 92 pct of precincts reported

HALVERN, Nov 8, 2026 (Meridian Press) -

Civic Alliance candidate Imelda Rask was heading for victory in Halvern's mayoral election on Sunday, with 51.6 percent of the vote after 92 percent of precincts had reported, preliminary results from the city election office showed.

Tomas Brevik of the People's List had 43.5 percent and Odile Marchetti of the Greens 4.9 percent, the office said.

Turnout was estimated at about 61 percent, up from 55.2 percent in the 2022 election, election office director Harald Sunde told reporters.

Brevik did not concede. "There are thousands of postal votes still to be counted," he told supporters at a hotel in the city centre. About 9,000 postal ballots were still outstanding, the election office said.

Rask, who led by five points in a Northgate Research poll last week but trailed by one point in a poll by the Civis Institute, told supporters the result was "a mandate for affordable housing".

A candidate needs more than 50 percent of valid votes to win outright and avoid a run-off, which would have been held on November 22.

Outgoing mayor Stellan Oakes, who won the 2022 election with 48.7 percent, did not stand again after two terms in office.

Rask, a former head teacher, campaigned on a promise to build 8,000 council flats over five years. Brevik focused on crime and on the cost of the city's new tram line.

Final results are expected on Monday. Halvern, a port city of about 610,000 people, is the country's third-largest city.
""")
A["d"] = ("04_local_2026-11-10.txt", """
It's official: Rask wins with 51.3 per cent

Halvern Gazette - Tuesday, 10 November 2026

Imelda Rask will be Halvern's next mayor after the final count confirmed her victory by 16,217 votes.

Rask took 112,458 votes, or 51.3 per cent, the city election office announced on Monday afternoon. Tomas Brevik received 96,241 votes (43.9 per cent) and Odile Marchetti 10,523 (4.8 per cent).

In all, 224,731 ballots were cast, of which 5,509 were spoiled or blank, leaving 219,222 valid votes. Turnout was 61.4 per cent of the 366,012 registered voters - the highest since 2010 and more than six points up on the 55.2 per cent recorded four years ago.

The postal votes narrowed Rask's lead slightly: on Sunday night, with 92 per cent of precincts in, she had stood at 51.6 per cent.

Brevik conceded shortly after the result was declared. "The people of Halvern have spoken and I respect that," he said.

Rask's winning share was almost exactly what the Courier's Northgate poll had suggested once undecided voters were set aside: the poll had her on 44 per cent with 8 per cent undecided.

Her strongest districts were Eastharbour, where she took 63 per cent, and Linden Hill. Brevik won 9 of the city's 24 districts.

Election officials said 9,400 postal votes had been counted on Monday morning, slightly more than the estimate given on Sunday night.

Housing dominated the campaign. Rask has promised 8,000 new council flats by 2031, at a cost the city's finance office puts at about 1.1 billion crowns.

Rask, who will be sworn in on December 1, is the first woman to lead the city.
""")
A["e"] = ("05_translated_2026-11-10.txt", """
Halvern: Rask wins mayoral election with 51,3 percent

Translated from the Estmark daily Morgenbladet - 10.11.2026

The candidate of the Civic Alliance, Imelda Rask, has won the mayoral election in the port city of Halvern. According to the official final result she received 51,3 percent of the valid votes, that is 112 458 votes. Her challenger Tomas Brevik from the People's List came to 43,9 percent, the Green Odile Marchetti to 4,8 percent.

The distance between the two leading candidates thus amounts to 7,4 percentage points or 16 217 votes. A second round was therefore not necessary.

The turnout lay at 61,4 percent, after 55,2 percent in the year 2022. Approximately 366 000 inhabitants of Halvern were entitled to vote.

In the election night, after the counting of 92 percent of the districts, Rask had still lain at 51,6 percent. The approximately 9 400 postal votes narrowed her advantage somewhat.

The polls had before the election predicted a close result. The institute Civis had seen Brevik on 42 percent and Rask on 41 percent, with 800 questioned persons. In a survey of the institute Northgate with 1 204 participants Rask lay at 44 percent.

Rask, 52 years old, was until 2023 director of a school in the district Eastharbour. She announced that she will build in the coming five years 8 000 new council flats. The costs the city administration estimates at roughly 1,1 billion crowns.

Brevik had above all campaigned with the topic of security. His party is represented in the city council with 14 of 45 seats.

Halvern has approximately 610 000 inhabitants and is the third-largest city of the country.
""")
F = [
 ("a","5-POINT LEAD",5,"=","percentage points","northgate_lead"),
 ("a","FIVE DAYS TO GO",5,"=","days","days_to_vote",{"optional":True}),
 ("a","a five-point lead",5,"=","percentage points","northgate_lead"),
 ("a","backed by 44 per cent of voters",44,"=","percent","northgate_rask"),
 ("a","against 39 per cent",39,"=","percent","northgate_brevik"),
 ("a","just 9 per cent",9,"=","percent","northgate_marchetti"),
 ("a","8 per cent of voters still can't",8,"=","percent","northgate_undecided"),
 ("a","questioned 1,204 Halvern residents",1204,"=","respondents","northgate_sample"),
 ("a","plus or minus 2.8 percentage points",2.8,"=","percentage points","northgate_moe"),
 ("a","eye-watering 1.3 million",1.3e6,"=","currency","brevik_spending"),
 ("a","more than twice as much",2,">","ratio","spending_ratio",{"optional":True}),
 ("a","61 per cent of voters naming rents",61,"=","percent","northgate_housing"),
 ("a","Only 14 per cent picked crime",14,"=","percent","northgate_crime"),
 ("a","Rask, 52",52,"=","years","rask_age",{"optional":True}),
 ("a","51 per cent of female voters",51,"=","percent","northgate_rask_women"),
 ("a","just 55.2 per cent",55.2,"=","percent","turnout_2022"),
 ("b","Two polls published",2,"=","polls","polls_this_week",{"optional":True}),
 ("b","on 44 percent",44,"=","percent","northgate_rask"),
 ("b","on 39 percent",39,"=","percent","northgate_brevik"),
 ("b","interviewed about 1,200 people",1200,"~","respondents","northgate_sample"),
 ("b","2.8 points either way",2.8,"=","percentage points","northgate_moe"),
 ("b","A five-point gap",5,"=","percentage points","northgate_lead"),
 ("b","on 42 percent",42,"=","percent","civis_brevik"),
 ("b","to Ms Rask's 41",41,"=","percent","civis_rask"),
 ("b","questioned 800 voters",800,"=","respondents","civis_sample"),
 ("b","margin of error of 3.5 points",3.5,"=","percentage points","civis_moe"),
 ("b","A one-point lead",1,"=","percentage points","civis_lead"),
 ("b","about 366,000 registered voters",366000,"~","registered voters","registered_voters"),
 ("b","In 2022 turnout was 55.2 percent",55.2,"=","percent","turnout_2022"),
 ("b","48.7 percent of the vote",48.7,"=","percent","oakes_share_2022"),
 ("b","rise to around 60 percent",60,"~","percent","civis_turnout_assumption"),
 ("b","past three Halvern elections",3,"=","elections","elections_compared",{"optional":True}),
 ("b","average of four points",4,"=","percentage points","poll_error_avg"),
 ("c","with 92 pct of precincts",92,"=","percent of precincts","precincts_reported_night"),
 ("c","with 51.6 percent of the vote",51.6,"=","percent","rask_share"),
 ("c","after 92 percent of precincts",92,"=","percent of precincts","precincts_reported_night"),
 ("c","had 43.5 percent",43.5,"=","percent","brevik_share"),
 ("c","Greens 4.9 percent",4.9,"=","percent","marchetti_share"),
 ("c","about 61 percent",61,"~","percent","turnout"),
 ("c","up from 55.2 percent",55.2,"=","percent","turnout_2022"),
 ("c","thousands of postal votes",1000,"~","ballots","postal_outstanding",{"optional":True,"low":1000}),
 ("c","About 9,000 postal ballots",9000,"~","ballots","postal_outstanding"),
 ("c","led by five points",5,"=","percentage points","northgate_lead"),
 ("c","trailed by one point",1,"=","percentage points","civis_lead"),
 ("c","more than 50 percent of valid votes",50,">","percent","win_threshold"),
 ("c","with 48.7 percent",48.7,"=","percent","oakes_share_2022"),
 ("c","two terms",2,"=","terms","oakes_terms",{"optional":True}),
 ("c","build 8,000 council flats",8000,"=","flats","housing_pledge"),
 ("c","over five years",5,"=","years","housing_plan_years",{"optional":True}),
 ("c","about 610,000 people",610000,"~","people","population"),
 ("d","with 51.3 per cent",51.3,"=","percent","rask_share"),
 ("d","by 16,217 votes",16217,"=","votes","margin_votes"),
 ("d","took 112,458 votes",112458,"=","votes","rask_votes"),
 ("d","or 51.3 per cent",51.3,"=","percent","rask_share"),
 ("d","96,241 votes",96241,"=","votes","brevik_votes"),
 ("d","(43.9 per cent)",43.9,"=","percent","brevik_share"),
 ("d","10,523",10523,"=","votes","marchetti_votes"),
 ("d","(4.8 per cent)",4.8,"=","percent","marchetti_share"),
 ("d","224,731 ballots were cast",224731,"=","ballots","ballots_cast"),
 ("d","5,509 were spoiled or blank",5509,"=","ballots","invalid_ballots"),
 ("d","219,222 valid votes",219222,"=","votes","valid_votes"),
 ("d","Turnout was 61.4 per cent",61.4,"=","percent","turnout"),
 ("d","366,012 registered voters",366012,"=","registered voters","registered_voters"),
 ("d","more than six points up",6,">","percentage points","turnout_change"),
 ("d","the 55.2 per cent recorded four years ago",55.2,"=","percent","turnout_2022"),
 ("d","with 92 per cent of precincts in",92,"=","percent of precincts","precincts_reported_night"),
 ("d","stood at 51.6 per cent",51.6,"=","percent","rask_share"),
 ("d","had her on 44 per cent",44,"=","percent","northgate_rask"),
 ("d","with 8 per cent undecided",8,"=","percent","northgate_undecided"),
 ("d","9,400 postal votes",9400,"=","ballots","postal_outstanding"),
 ("d","promised 8,000 new council flats",8000,"=","flats","housing_pledge"),
 ("d","about 1.1 billion crowns",1.1e9,"~","crowns","housing_cost"),
 ("d","took 63 per cent",63,"=","percent","rask_eastharbour"),
 ("d","Brevik won 9 of the",9,"=","districts","brevik_districts"),
 ("d","city's 24 districts",24,"=","districts","districts_total"),
 ("e","with 51,3 percent",51.3,"=","percent","rask_share"),
 ("e","she received 51,3 percent",51.3,"=","percent","rask_share"),
 ("e","112 458 votes",112458,"=","votes","rask_votes"),
 ("e","came to 43,9 percent",43.9,"=","percent","brevik_share"),
 ("e","to 4,8 percent",4.8,"=","percent","marchetti_share"),
 ("e","7,4 percentage points",7.4,"=","percentage points","margin_points"),
 ("e","16 217 votes",16217,"=","votes","margin_votes"),
 ("e","lay at 61,4 percent",61.4,"=","percent","turnout"),
 ("e","after 55,2 percent",55.2,"=","percent","turnout_2022"),
 ("e","Approximately 366 000 inhabitants",366000,"~","registered voters","registered_voters"),
 ("e","counting of 92 percent of the districts",92,"=","percent of precincts","precincts_reported_night"),
 ("e","lain at 51,6 percent",51.6,"=","percent","rask_share"),
 ("e","approximately 9 400 postal votes",9400,"~","ballots","postal_outstanding"),
 ("e","Brevik on 42 percent",42,"=","percent","civis_brevik"),
 ("e","Rask on 41 percent",41,"=","percent","civis_rask"),
 ("e","with 800 questioned persons",800,"=","respondents","civis_sample"),
 ("e","1 204 participants",1204,"=","respondents","northgate_sample"),
 ("e","Rask lay at 44 percent",44,"=","percent","northgate_rask"),
 ("e","52 years old",52,"=","years","rask_age",{"optional":True}),
 ("e","coming five years",5,"=","years","housing_plan_years",{"optional":True}),
 ("e","8 000 new council flats",8000,"=","flats","housing_pledge"),
 ("e","roughly 1,1 billion crowns",1.1e9,"~","crowns","housing_cost"),
 ("e","city council with 14",14,"=","seats","peoples_list_seats"),
 ("e","of 45 seats",45,"=","seats","council_seats"),
 ("e","approximately 610 000 inhabitants",610000,"~","people","population"),
]
Q = [
 ("northgate_rask","Rask's share in the Northgate poll"),
 ("northgate_brevik","Brevik's share in the Northgate poll"),
 ("northgate_marchetti","Marchetti's share in the Northgate poll"),
 ("northgate_undecided","undecided in the Northgate poll"),
 ("northgate_lead","Rask's lead in the Northgate poll"),
 ("northgate_sample","Northgate sample size (1,204 = about 1,200)"),
 ("northgate_moe","Northgate margin of error"),
 ("northgate_housing","share naming housing as top worry (Northgate)"),
 ("northgate_crime","share naming crime (Northgate)"),
 ("northgate_rask_women","Rask's share among women (Northgate)"),
 ("civis_rask","Rask's share in the Civis poll"),
 ("civis_brevik","Brevik's share in the Civis poll"),
 ("civis_lead","Brevik's lead in the Civis poll"),
 ("civis_sample","Civis sample size"),
 ("civis_moe","Civis margin of error"),
 ("civis_turnout_assumption","turnout assumed by Civis"),
 ("rask_share","Rask's share of the valid vote (51.6 with 92% counted -> 51.3 final)"),
 ("brevik_share","Brevik's share of the vote (43.5 -> 43.9)"),
 ("marchetti_share","Marchetti's share of the vote (4.9 -> 4.8)"),
 ("rask_votes","Rask's votes"),
 ("brevik_votes","Brevik's votes"),
 ("marchetti_votes","Marchetti's votes"),
 ("margin_votes","winning margin in votes"),
 ("margin_points","winning margin in percentage points"),
 ("ballots_cast","ballots cast"),
 ("invalid_ballots","spoiled or blank ballots"),
 ("valid_votes","valid votes"),
 ("turnout","turnout 2026 (about 61 estimate -> 61.4 final)"),
 ("turnout_2022","turnout in 2022"),
 ("turnout_change","rise in turnout since 2022"),
 ("oakes_share_2022","winner's share in 2022"),
 ("registered_voters","registered voters (about 366,000 = 366,012)"),
 ("precincts_reported_night","share of precincts reported on election night"),
 ("postal_outstanding","postal ballots not yet counted on election night (about 9,000 estimate -> 9,400 counted)"),
 ("win_threshold","share needed to win outright"),
 ("population","population of Halvern"),
 ("brevik_spending","Brevik campaign spending"),
 ("spending_ratio","Brevik/Rask spending ratio"),
 ("rask_age","Rask's age"),
 ("days_to_vote","days to the vote"),
 ("polls_this_week","polls published this week"),
 ("oakes_terms","terms served by Oakes"),
 ("elections_compared","elections compared"),
 ("poll_error_avg","average poll error"),
 ("rask_eastharbour","Rask's share in Eastharbour"),
 ("brevik_districts","districts won by Brevik"),
 ("districts_total","districts in the city"),
 ("housing_plan_years","years of the housing plan"),
 ("housing_pledge","council flats pledged"),
 ("housing_cost","estimated cost of housing pledge"),
 ("peoples_list_seats","People's List council seats"),
 ("council_seats","seats on city council"),
]
build("event2_election", "Halvern mayoral poll and election, 3-10 November 2026 (fictional)", A, F, Q,
 "Each poll is its own set of quantities, distinct from the result. Election-night and final shares of one candidate are one running tally. Dates and times (7am) are not figures.")
