"""What a figure counts and what happened to it, read right in the shapes news writes: headline
verbs, time words and number nouns after the figure, head counts of people in compounds, a
participle that names the act after "there were", and a year elsewhere in the sentence."""

from __future__ import annotations

import pytest

from desktop.claims import extract_claims
from desktop.model import Qualifier, QuantityKey

CASES = [
    # sentence, figure text starts with, population, act
    ("Thousands join march against housing costs", "Thousands", "crowd", "attended"),
    ("Police said 1,200 yesterday, organisers 5,000.", "1,200", "", ""),
    ("There were 3,100 people injured in the clashes.", "3,100", "people", "injured"),
    ("A 20,000-person crowd filled the square.", "20,000", "crowd", "attended"),
    # a singular word after the plural noun of a number of several is what they do
    ("Around 14 000 were evacuated; 4 300 houses stand under water.", "4 300", "homes", ""),
    ("1,700 schools shut as 71,000 teachers walk out", "71,000", "teachers", ""),
    ("In all, 24,600 prisoners occupy 18,800 places.", "24,600", "prisoners", ""),
    ("More than 200 families wait for news.", "More than 200", "families", ""),
    ("In all, 3,100 people work at the site.", "3,100", "people", ""),  # plural with no "s"
    ("71 SHIPS QUEUE OFF PORT AS STRIKE BITES", "71", "ships", ""),  # a headline in capitals
    ("200 JOBS GO AT PLANT", "200", "jobs", ""),
    ("200 WORKERS PARTY MEMBERS EXPELLED", "200", "member", ""),  # a noun goes on, no verb
    ("40 nurses' union reps resigned.", "40", "rep", ""),  # …after a possessive too
    # a word the dictionary knows only as a verb, adverb or adjective ends no counted noun
    ("About 40 local suppliers depend on the plant.", "About 40", "supplier", ""),
    ("Last year 136,800 candidates sat the exam.", "136,800", "candidate", ""),
    ("The festival bill featured 214 acts.", "214", "act", ""),  # a plural stays a noun
    # "mum-of-two" counts one person's children, and nothing happened to them
    ("Mum-of-two Jade Wilson, 31, said it was awful.", "two", "children of Jade Wilson", ""),
    ("A mum-of-two from Lorrick was among the dead.", "two", "children of one parent", ""),
    ("GRAN-OF-FIVE Betty Morrow was rescued.", "FIVE", "grandchildren of Betty Morrow", ""),
    ("MUM-OF-TWO JADE WILSON DIED IN THE BLAZE", "TWO", "children of one parent", ""),
    ("Mum of two Jade Wilson was killed.", "two", "children of Jade Wilson", ""),  # not two dead
    ("The mother of three victims spoke.", "three", "people", ""),  # the victims are counted
    ("The father of two said 40 were hurt.", "two", "children of one parent", ""),
    ("Mum-of-two Jade Wilson's sons were safe.", "two", "children of Jade Wilson", ""),
    ("Dad-of-two JJ Smith was among those hurt.", "two", "children of JJ Smith", ""),
    # a verb that moves an estimate does nothing to what is counted
    ("The bureau cut its estimate of March job growth to 139,000.", "139,000", "", ""),
    ("The bank raised its forecast for growth to 1.2 percent.", "1.2 percent", "growth", ""),
    ("The firm cut the number of jobs by 500.", "500", "jobs", "cut"),
    ("Some 8.4 MILLION foreign tourists came.", "Some 8.4", "visitors", ""),  # one class
    # a verb whose object moves from a level to another raises or cuts no amount
    ("The grant was raised on Friday from €300 to €500.", "€500", "money", ""),
    ("The firm reduced its workforce to 3,800.", "3,800", "people", "present"),
    ("The firm cut its workforce by 1,200.", "1,200", "jobs", "cut"),
    ("The charity raised €2 million.", "€2 million", "money", "paid"),
    # an act that befalls things, with an object after it, is what the figure did
    ("It was the biggest since 2011, when around 300,000 flooded the streets.", "around 300,000",
     "", ""),
    ("Two fires destroyed the village.", "Two fires", "fire", ""),
    ("At least 300 homes flooded overnight.", "At least 300 homes", "homes", "damaged"),
    ("Manufacturing lost 2,100 jobs in January.", "2,100", "jobs", ""),  # a month is no place
    # who says how many an act befell is not counted; who says how many did something may be
    ("In Kesztel, rescuers said nearly 200 had perished.", "nearly 200", "people", "killed"),
    ("Firefighters said 12 were rescued.", "12", "people", "departed"),
    ("Teachers said 71,000 had walked out.", "71,000", "teachers", ""),
    # a plural noun of an act right after the number is what it counts
    ("720 persons spent the night in four shelters.", "four", "shelter", "remaining"),
    # "of us", "of you": people
    ("THERE are now 8.4 MILLION of us, and we have never been older.", "8.4 MILLION", "people",
     "present"),
    ("Four nights. 276,000 of you. I will never forget it.", "276,000", "people", ""),
    # …alone, an adverb, an adjective compared or a plain verb after several is none either
    ("Of the 1,200 roles being cut, about 700 sit in sales.", "about 700", "jobs", "cut"),
    ("The count is 177,700 lower than the estimate.", "177,700", "", ""),
    ("30,000 POUR ACROSS BORDER", "30,000", "", ""),
    ("In the first year, 136,800 sat the exam.", "136,800", "", ""),
    # …but the dictionary lacks many nouns: a lone word after the number stays its noun
    ("Some 12 million people have had one jab so far.", "one jab", "doses", ""),
    ("Soldiers killed one insurgent near the border.", "one insurgent", "insurgent", "killed"),
    ("A total of 3,129,455 people cast ballots out of 4.8 million.", "3,129,455", "people",
     "voted"),
    # …not after a name or a plural that modifies the noun
    ("The fire destroyed 12 Los Angeles County homes.", "12", "homes", "destroyed"),
    ("Some 30 arms control experts signed the letter.", "Some 30", "expert", ""),
    ("300 sports fans came to the final.", "300", "spectators", ""),  # the noun ends plural
    ("3,460 heat-related hospital admissions were made.", "3,460", "admission", ""),
    # the number after a part and "of the" is the whole: a standing count, its noun the part's
    ("It has killed 12 of the 30 people aboard.", "30", "people", "present"),
    ("Brenmark will cut 640 of the 2,300 jobs at its plant.", "2,300", "jobs", "present"),
    ("Brenmark will cut 640 of the 2,300 jobs at its plant.", "640", "jobs (part)", "cut"),
    ("Three of the 14 city libraries will be closed.", "Three", "library (part)", ""),
    # …with or without "the", and whoever the sentence named before
    ("The Yes side carried 41 of 43 constituencies.", "41", "constituency (part)", ""),
    ("The company says 2,900 of its 24,500 staff are affected.", "2,900", "jobs (part)", ""),
    ("The Yes side carried 41 out of 43 constituencies.", "41", "constituency (part)", ""),
    # …not a place in a ranking, nor a number larger than the "whole" ("of" as "from")
    ("Britain is ranked 18 of 38 OECD countries.", "18", "", ""),
    ("The ferry carried 300 passengers. Officials said 250 of 12 nationalities were rescued.",
     "250", "passengers", "departed"),
    ("Rescuers said crews searched 16 of the 24 floors.", "16", "floor (part)", ""),
    # a change's bare start counts what its end names
    ("January rose from 96,000 to 108,000 jobs.", "96,000", "jobs", ""),
    # …unless a participle or a clause after it tells what happened to the whole
    ("Twelve of the 30 people killed were children.", "30", "people", "killed"),
    ("Half of the 137 killed in the province were children.", "137", "people", "killed"),
    ("About 6,100 of the 9,200 people evacuated went home.", "9,200", "people", "departed"),
    ("The firm is reducing headcount by 500 this year.", "500", "jobs", "cut"),
    ("Council chiefs will slash almost 250 jobs.", "almost 250", "jobs", "cut"),
    ("She expected at least 150,000 people to join it.", "at least 150,000", "people", ""),
    # what a place can hold is no crowd that came, whatever the sentence says came
    ("A crowd of 61,847 filled the 62,500-capacity stadium.", "62,500", "capacity", "present"),
    ("A crowd of 61,847 filled the 62,500-capacity stadium.", "61,847", "crowd", "attended"),
    ("The stadium, which holds 62,500, was full.", "62,500", "capacity", "present"),
    ("The arena has a capacity of 20,000 fans.", "20,000", "capacity", "present"),
    ("They packed the 60,000-seater on Sunday.", "60,000", "capacity", "present"),
    ("The party holds 45 seats.", "45 seats", "seats", ""),
    # a share "of them" is a share of what the sentence counted, not of an internal marker
    ("About 400 people were hurt, and 40% of them were children.", "40%", "share", "injured"),
    # a month's name is a date, not the verb "march"; a title-case headline still marches
    ("Unemployment rose to 4.1% by March.", "4.1%", "unemployment", ""),
    ("Thousands March On Parliament", "Thousands", "crowd", "attended"),
    # a bare number set against a figure with a unit gives that unit, and counts nothing
    ("Profit was 251 million euros instead of the reported 290 million.", "290", "profit", ""),
    # a word of the language that opens a sentence names no owner, unless the text writes it
    # with a capital elsewhere; a word no dictionary knows is a name wherever it stands
    ("Certified turnout was 61.9 percent.", "61.9 percent", "turnout", "attended"),
    ("Provisional turnout was 61.9 percent.", "61.9 percent", "turnout", "attended"),
    ("House prices have risen 6.8 per cent in a year.", "6.8 per cent", "price", ""),
    ("Corvex revenue rose to $4bn.", "$4bn", "revenue · Corvex", ""),
    ("The Republican candidate won. Republican turnout was 54%, while Democratic turnout was "
     "48%.", "54%", "turnout · Republican", "attended"),
    # what an amount is counted before or after is not what it is
    ("Profit before tax rose 12% to £450m.", "£450m", "profit", ""),
    ("Earnings before interest and tax were £3.2bn.", "£3.2bn", "profit", ""),
    ("Tax revenue rose 4% to £800bn.", "£800bn", "revenue", ""),
    # the number after a part and a possessive is the owner's whole, a standing count, whatever
    # happened to the part; its own noun still says what happened; a gapped figure after the
    # whole goes with the part, not with the whole
    ("Water had flooded 340 of the village's 410 homes.", "410", "homes", "present"),
    ("Just nine of the council's 13 members backed the budget.", "13", "member", "present"),
    ("The cuts hit almost a quarter of the campus's 3,200 employees.", "3,200", "jobs", "present"),
    ("VNF said 36.4 percent of its 148,000 employees had walked out.", "148,000", "jobs",
     "present"),
    ("Three of the storm's 23 dead were children.", "23", "people", "killed"),
    ("Halvia bears 3,100 of its 22,400 staff, followed by Norvany with 1,900.", "1,900", "jobs",
     ""),
    ("The firm says 2,900 of its 24,500 staff are affected; the union reckons 3,400.", "3,400",
     "jobs", ""),
    # inmates and convicts are prisoners; recaptured is arrested; at large is still out; what a
    # figure after "leaving" counts is what is left
    ("Their union insists 45 inmates escaped, not the 37 claimed by ministers.", "37",
     "prisoners", "departed"),
    ("Police had recaptured nine of the escapees, leaving 28 at large.", "28", "prisoners",
     "remaining"),
    ("By Friday morning 33 had been recaptured and eight remained at large.", "33", "people",
     "arrested"),
    # a noun that owns what follows is nobody counted: "the Prison Officers' Federation"
    ("The Prison Officers' Federation, which counts 45 escapees, says 22 are still out.", "22",
     "prisoners", "remaining"),
    # driven from their homes left; ordered out left; sought treatment were hurt; who spent the
    # night somewhere stayed there, and paid nothing
    ("A plume drove more than 9,000 people from their homes as the toll rose to three.",
     "more than 9,000 people", "people", "departed"),
    ("The crisis office said 9,200 residents had now been ordered out.", "9,200 residents",
     "people", "departed"),
    ("By Tuesday 94 people had sought treatment at the town's hospitals.", "94 people", "people",
     "injured"),
    ("At the hub, 23,000 passengers spent the night in the terminals.", "23,000 passengers",
     "passengers", "remaining"),
    ("About 200 people want to leave.", "About 200 people", "people", "remaining"),
    # a place's number after "of" counts the people who live there, never a crowd or what
    # happened to them; so do "home to", "a population of", an owner's residents, inhabitants
    ("Town of 9,800 shelters 14,000 as the queue eases", "9,800", "inhabitants", "present"),
    ("Police counted 12,000 marchers in Port Sorel, a city of 410,000.", "410,000",
     "inhabitants", "present"),
    ("The town, home to 58,000 people, was quiet.", "58,000 people", "inhabitants", ""),
    ("The island has a population of 9,800.", "9,800", "inhabitants", ""),
    ("Port Sorel's 410,000 residents woke to closed roads.", "410,000 residents", "inhabitants",
     ""),
    ("The city’s 640,000 people woke to closed roads.", "640,000 people", "inhabitants", ""),
    ("Millhythe has 38,000 inhabitants.", "38,000 inhabitants", "inhabitants", ""),
    # … but not those of whom something happened, nor what an owner counts of another kind
    ("About 3,100 residents were evacuated.", "About 3,100 residents", "people", "departed"),
    ("Port Sorel's 410,000 residents fled the city.", "410,000 residents", "people", "departed"),
    ("Kestrel's 52,000 staff were told on Monday.", "52,000 staff", "jobs", ""),
    ("That's 12,000 people more than last year.", "12,000 people", "people", ""),
    # an act noun another verb takes as its object is not what befell the figure
    ("Port Sorel's 410,000 residents had never seen a protest of that size.",
     "410,000 residents", "inhabitants", ""),
    ("About 3,000 people joined the protest.", "About 3,000 people", "crowd", "attended"),
    ("About 5,000 people were out when the march began.", "About 5,000 people", "crowd",
     "attended"),
    # pulled or brought out alive is rescued; "cut off" by a roof fall is trapped, not cut
    ("ELEVEN PULLED ALIVE FROM PIT HELL", "ELEVEN", "people", "departed"),
    ("Of the 38 men trapped, 26 were brought out alive and 12 died.", "26", "men", "departed"),
    ("Seven are still missing of the 38 who were cut off when the roof fell.", "38", "people",
     "missing"),
    # a preposition ends the counted noun; "us" in lower case is no American
    ("Medical teams treated 1,240 runners along the course.", "1,240 runners", "runner",
     "injured"),
    ("After the heat: what the marathon's 1,410 casualties tell us", "1,410 casualties", "people",
     "injured"),
    # an act told of the figure before gives way to the figure's own words after it
    ("The service puts it at 1,350 runners treated, with 52 taken to hospital.", "52", "people",
     "hospitalised"),
    # people who crossed a border left; another source's bare number of them is theirs too
    ("About 18,500 people have crossed from Morvania into Pellandria.", "About 18,500 people",
     "people", "departed"),
    ("The agency counts 34.700 people who have crossed since Monday. The ministry speaks of "
     "38.000.", "38.000", "people", "departed"),
    ("The agency counts 52,300 people who have crossed. The ministry's figure was 58,000.",
     "58,000", "people", "departed"),
    # … but a bare number after another noun is no such number ("a fleet of 310")
    ("KMT said 14 buses left the depot, out of a fleet of 310 based there.", "310", "", ""),
    # "counted on" is what someone expected; police who counted a crowd made a count
    ("Analysts had on average counted on 16,7 billion euros.", "16,7 billion euros", "money", ""),
    ("Police counted 38,000 people on the march.", "38,000", "crowd", "attended"),
    # made to do it, so it was done: "forced to flee", "had to leave", "forcing … to leave"
    ("More than 200 homes have been reduced to ash and a staggering 15,000 people have been "
     "forced to flee.", "15,000", "people", "departed"),
    ("About 18,000 inhabitants had to leave their houses.", "About 18,000", "people", "departed"),
    ("The fire grew, forcing some 6,500 people to leave their homes.", "some 6,500", "people",
     "departed"),
    ("More than 1,300 fire fighters are in action.", "More than 1,300", "firefighters", ""),
    ("The fire tore through the ridges, forcing about 9,000 residents from their homes and killing "
     "one person.", "about 9,000", "people", "departed"),
    ("A wildfire has killed two people and forced more than 6,000 terrified residents to run for "
     "their lives.", "more than 6,000", "people", "departed"),
    # an act just after another figure is that figure's, when this one names what it counts…
    ("FOUR people are dead and a whopping 230,000 homes are still without power.", "230,000",
     "homes", ""),
    ("31 COPS HURT AND 37 CARS TORCHED AS PENSION RIOTS ROCK CASTELMAR", "37", "vehicles", ""),
    ("The toll stood at 15 confirmed dead, with 12 people still unaccounted for.", "12",
     "people", "missing"),
    # …and an act before both figures is both figures' act
    ("Her party won 851,981 votes and 37 seats, down from 44 in 2021.", "37 seats", "seats",
     "voted"),
    ("About 1,300 buildings were damaged, and more than 200 will have to be demolished.",
     "more than 200", "buildings", "damaged"),
    # words that count nothing share the noun after "and"; a noun that counts keeps its own
    ("It had 3,800 line and tree workers in the field.", "3,800", "jobs", ""),
    ("The fire destroyed 300 homes and businesses.", "300", "homes", "destroyed"),
    # hospital, as news says it; doses by any name; a hyphenated word is one word
    ("Thirty-seven people have been admitted to hospital since the first case was reported.",
     "Thirty-seven", "people", "hospitalised"),
    ("The figures: 238 confirmed cases, 51 people admitted to hospital and two deaths.", "51",
     "people", "hospitalised"),
    ("Three fans died and more than 60 were rushed to hospital.", "more than 60", "people",
     "hospitalised"),
    ("The agency reports 28,500 doses given at clinics.", "28,500", "doses", "vaccinated"),
    ("Health chiefs have given 16,000 jabs.", "16,000", "doses", ""),
    ("The agency has opened 14 pop-up clinics.", "14", "clinic", ""),
    ("By Friday 41 vessels were waiting at anchor.", "41", "ships", ""),
    # what comes after "by" does the act, nothing is done to it
    ("Some 450 firefighters, supported by six water-bombing planes and two helicopters, were "
     "fighting the flames.", "two", "helicopter", ""),
    # "an audience of", "a workforce of": the noun before "of" is what is counted
    ("TNV1 announced a peak audience of 11.2 million.", "11.2 million", "viewers", ""),
    ("KMT put the number absent at 9,800, out of a workforce of 18,500.", "18,500", "jobs",
     "present"),
    # a verb in a headline's capitals ends the noun
    ("ROVERS 2 DORNAU 1: 11 MILLION WATCH ILIĆ MAKE HISTORY", "11 MILLION", "", ""),
    # "N of a name's M things" counts those things (was the name: "l's")
    ("At the peak, 412,500 of TVP&L's 2.3 million customers had no electricity.", "412,500",
     "customers", ""),
    ("Nearly 400 U.S. citizens left behind at the end of the evacuation have escaped.",
     "Nearly 400", "americans", "departed"),
    ("Authorities moved 412,000 people out of low-lying areas before the storm arrived.",
     "412,000", "people", "departed"),
    # the words after "and" before another figure are that figure's
    ("Province-wide the count stands at 38,900 and the toll at 23.", "38,900", "", ""),
    # a name glued by "&" is part of the noun; "-wide" says where, not what
    ("At the peak, 1.25 million LP&L customers were without power.", "1.25 million",
     "customers", ""),
    ("It says 71,000 customers are without power, out of 290,000 province-wide.", "290,000",
     "customers", "present"),
    # a verb of remaining gives way to the act it leads to; ruins are destroyed, not cut
    ("Three people remain missing.", "Three", "people", "missing"),
    ("Eleven people remained in hospital on Tuesday.", "Eleven", "people", "hospitalised"),
    ("About 200 Americans remain stranded.", "About 200", "americans", "remaining"),
    ("Of the hundreds of Americans who remain, about 200 are estimated to seek evacuation.",
     "about 200", "americans", "remaining"),
    ("At least 212 homes have been reduced to ash, and 11 people are missing.", "At least 212",
     "homes", "destroyed"),
    ("About 40 homes were burned to the ground.", "About 40", "homes", "destroyed"),
    # one end of a span of months is no march; a measure of more than one word
    ("Gross domestic product rose 0.3 percent in the January-March quarter.", "0.3", "gdp", ""),
    ("Consumer prices rose 2.4 per cent last month.", "2.4", "inflation", ""),
    ("The jobless rate rose to 7.8 percent.", "7.8", "unemployment", ""),
    ("Then the unemployment rate, up to 4.3 percent from 4.1 percent.", "4.1", "unemployment", ""),
    # "first" before a participle says when a number was given, not what it counts
    ("The bureau revised March to 139,000 from the 184,000 first reported.", "184,000", "", ""),
    ("About 300 first responders were at the scene.", "About 300", "responder", ""),
    # holding a share of a company is a stake; a reservoir holding a share of its capacity is not
    ("On Monday morning Lake Tamsin held 29.5 percent of its capacity.", "29.5", "capacity", ""),
    ("Two weeks ago it held 34 percent.", "34", "share", ""),
    ("Castellan holds 12% of Merrow.", "12%", "stake", ""),
    ("The fund owns 9.9% of the company.", "9.9%", "stake", ""),
    # a rate's word near an amount of money does not make the amount a rate
    ("The strike would cost the city's economy 45 million euros a day.", "45 million", "cost",
     "paid"),
    # a bar the figure sets is no measure of what happened
    ("For the 5-procent-threshold they lack 536 votes.", "5-procent", "threshold", ""),
    ("The Liberals fell below the 5 percent threshold needed to enter parliament.", "5",
     "threshold", ""),
    ("The central bank's inflation target of 2 percent was missed.", "2", "target", ""),
    ("To win outright, a candidate needs more than 50 percent of valid votes.", "more than 50",
     "threshold", ""),
    ("Varga cleared the magic 50 per cent mark.", "50", "threshold", ""),
    ("Coverage is well short of the 95 percent needed to stop the disease.", "95", "threshold",
     ""),
    # how much of a fire is contained is a measure of its own, before or after the number
    ("The fire was 5% contained Tuesday evening.", "5%", "containment", ""),
    ("The blaze was only to 14 percent under control.", "14 percent", "containment", ""),
    ("Inflation was contained at 2%.", "2%", "inflation", ""),  # "contained" only after it
    # a verb of growth makes a percentage growth when nothing else is named…
    ("Orsenia grows by 0,3 procent, good news for exporters.", "0,3", "growth", ""),
    # …and a measure named beside it stays that measure
    ("Sales grew 3% in the quarter.", "3%", "revenue", ""),
    # falling ill is what a case count counts
    ("Norovirus outbreak sickens 245 people on cruise ship", "245", "people", "infected"),
    ("Inspectors say 486 people have fallen ill since the voyage began.", "486", "people",
     "infected"),
    ("At least 120 were sickened by the salmonella outbreak.", "At least 120", "cases",
     "infected"),
    # a word that begins a hyphenated modifier is no act
    ("The ill-fated ship carried 3,420 passengers.", "3,420", "passengers", ""),
    ("The left-wing party has 3,000 members.", "3,000", "member", ""),
    ("The dead-end road had 40 homes.", "40", "homes", ""),
    # an act word before the counted noun says what happened to it
    ("Salmonella from Lundria: seven sick persons also with us", "seven", "people", "infected"),
    # …and before any plural noun, listed or not
    ("Relatives of the 12 missing miners gathered at the gate.", "12", "miner", "missing"),
    ("Of the 38 trapped miners, five are foreigners.", "38", "miner", "missing"),
    ("About 300 stranded tourists slept at the airport.", "About 300", "visitors", "remaining"),
    ("Twelve missing since Monday were found.", "Twelve", "people", "missing"),
    ("Officials counted 20 injured people.", "20", "people", "injured"),
    ("The storm left 300 missing people.", "300", "people", "missing"),
    ("There were 300 passengers aboard.", "300", "passengers", "present"),
    # a sentence that opens on a whole tells what its bare part counts; "alive" is no noun
    ("Rescuers came at dawn. Of the four villages cut off on Saturday, two remain isolated.",
     "two", "villages", "remaining"),
    ("Some 800 rescuers came. Of the 40 miners, three were rescued.", "three", "miner",
     "departed"),
    ("Rescuers had pulled five people alive from the rubble.", "five", "people", ""),
    # …and a bare whole after its part counts what the part counts
    ("The centre has taken in 640 birds since Wednesday, of the more than 2,300 found along "
     "the coast.", "more than 2,300", "bird", ""),
    # a thing damaged or destroyed: what is counted is the noun after, never "buildings"
    ("Oil had escaped from two damaged cargo tanks.", "two", "tank", "damaged"),
    ("Crews found 12 destroyed vehicles on the road.", "12", "vehicles", "destroyed"),
    ("The quake left 300 damaged homes.", "300", "homes", "damaged"),
    ("Some 40 were destroyed in the fire.", "Some 40", "buildings", "destroyed"),
    ("Another 40 were damaged.", "40", "buildings (other)", "damaged"),
    ("The ministry counts 148 injured demonstrators, of whom 19 had to be treated in hospital.",
     "19", "protesters", "hospitalised"),
    # what the words right after a figure, or a part's own verb, say beats an act across a comma
    ("Runner dies, 46 in hospital as heat hits the marathon", "46", "people", "hospitalised"),
    # …of any thing the figure before in the sentence names, listed or not
    ("CorvAir said 212 flights had been cancelled by midday, 58 of them at Halvey.", "58",
     "flights (part)", ""),
    ("The county handed out 250,000 sandbags last week, 6,000 of them in Casterby.", "6,000",
     "sandbag (part)", ""),
    ("Officials reported 213 cases, 31 of them requiring hospitalization, and two deaths.", "31",
     "people", "hospitalised"),
    ("Nationwide 21 people are still missing, down from 38 on Wednesday as teams found more "
     "bodies.", "38", "people", "missing"),
    ("Magnitude 6.7 quake kills at least 58 in the north", "at least 58", "people", "killed"),
    ("Blast injures 40 at factory", "40", "people", "injured"),
    # "lay" alone is no cut, losing one's job is; spending the night is staying; reaching a level
    # is no arrival for a share or an amount
    ("The turnout lay at 61,4 percent, after 55,2 percent in 2022.", "61,4", "turnout",
     "attended"),
    ("The last time the firm swung the axe, in 2024, 2,500 workers lost their jobs.", "2,500",
     "jobs", "cut"),
    ("Officials said as many as 20,000 passengers could spend the night there.", "as many as",
     "passengers", "remaining"),
    ("In the capital, Varga reached 58,2 percent.", "58,2", "share", ""),
    ("About 400 migrants reached the island.", "About 400", "migrants", "arrived"),
    ("In construction, 4 800 jobs disappeared.", "4 800", "jobs", "cut"),  # gone, so cut
    ("The total was 409,730 rather than 412,380.", "409,730", "", ""),  # "rather" counts nothing
    # who did it is not what a bare number counts
    ("The number of people seen by the ship's doctors is 574.", "574", "people", ""),
    ("Rescued by firefighters, 40 were taken to hospital.", "40", "people", "hospitalised"),
    ("The firm counts only cases seen by the ship's doctors. Its total is 574.", "574", "", ""),
    ("Hit by floods, families fled their homes. Officials said 3,000 were evacuated.", "3,000",
     "families", "departed"),  # the clause with "by" ended at the comma
    # nor who names an organisation
    ("The charity Families Against Addiction puts the toll at 2,300.", "2,300", "people",
     "killed"),
    ("Doctors Without Borders said 300 had been treated.", "300", "people", "injured"),
    # …but who gives a number may be who it counts ("Nurses say 4,000 of them will strike")
    ("Nurses say 4,000 of them will strike next week.", "4,000", "nurses (part)", ""),
    ("The march was joined by thousands of protesters; police counted 12,000.", "12,000",
     "crowd", "attended"),
    # an adjective of illness before a noun that is no counted thing says nothing happened
    ("Nurses took 3,000 sick days last year.", "3,000", "day", ""),
    # a time word in the noun counted is no span: "day tickets", "day-trippers"; said after a
    # word that determines the number it is a span that modifies ("a 30 day deadline")
    ("It sold 9,500 day tickets.", "9,500 day tickets", "ticket", "paid"),
    ("About 2,000 day-trippers were stranded.", "About 2,000 day-trippers", "tripper",
     "remaining"),
    ("The museum sold 5,000 year passes.", "5,000 year passes", "pass", "paid"),
    # bodies that govern or advise are no dead: "15 regulatory bodies"; bodies found are
    ("The review will be led by 15 regulatory bodies.", "15 regulatory bodies", "body",
     ""),
    ("Nine sporting bodies signed the letter.", "Nine sporting bodies", "body", ""),
    ("Police found 3 charred bodies.", "3", "people", "killed"),
    # lives counted are deaths, whatever verb takes them, unless they are saved
    ("The heat, the institute said, cost about 2,310 lives in July.", "about 2,310", "people",
     "killed"),
    ("The storm claimed 40 lives.", "40", "people", "killed"),
    ("More than 300 lives were lost at sea.", "More than 300", "people", "killed"),
    ("The new barriers could save 400 lives a year.", "400", "people", ""),
    ("The ship sank in 2009 with the loss of 31 lives.", "31", "people", "killed"),
    ("The charity has transformed 3,000 lives.", "3,000", "people", ""),
    ("Researchers followed 5,000 lives for a decade.", "5,000", "people", ""),
    # a bare number after a verb of reaching counts what the clause's subject names
    ("Velora says orders top 60,000 on first day", "60,000", "order", ""),
    ("Applications have climbed to 12,500.", "12,500", "application", ""),
    ("Valtessa's population passes 8.4 million, census shows", "8.4 million", "people", ""),
    # …or the noun a holder of its subject holds, wherever the subject's words end
    ("The number of ships waiting off Sjelvik peaked at 78 on 13 March.", "78", "ships", ""),
    ("The queue of lorries waiting at the border peaked at 900 on Monday.", "900", "lorry", ""),
    ("The backlog of containers on the quays reached about 118,000.", "about 118,000",
     "container", ""),
    ("The number of people missing in the region has risen to 40.", "40", "people", "missing"),
    ("The number of strikers reached 6,400 on Thursday.", "6,400", "striker", ""),
    # …the compound's last noun, in the clause the number ends ("and deaths have reached")
    ("The number of jobless claims rose to 230,000 last week.", "230,000", "claim", ""),
    ("The number of customs officers at the border rose to 1,200.", "1,200", "police officers",
     ""),
    ("The number of serious injuries rose to 30.", "30", "people", "injured"),
    ("The number of cases is rising fast and deaths have reached 40.", "40", "people", "killed"),
    ("In Ravesk alone the count of dead has reached 79.", "79", "people", "killed"),
    ("THE death toll from the Elsen floods rose to SIX last night.", "SIX", "people", "killed"),
    ("Velora tops 60,000 on its first day.", "60,000", "", ""),
    ("Attendance rose to 61,000 on the final day.", "61,000", "crowd", "attended"),
    ("The audience peaked at 11.2 million.", "11.2 million", "viewers", ""),
    # a bare number left without a supply counts the utility's customers
    ("Ice storm leaves more than 400,000 without power", "more than 400,000", "customers", ""),
    ("Last night 610,000 were STILL without power.", "610,000", "customers", ""),
    ("The 12 were without food for days.", "12", "", ""),
    # a hyphened noun before another counts that noun, not what the sentence counts
    ("29 were taken to hospital after fire swept through Wexley Tower, a 24-storey council "
     "block.", "24-storey", "storey", ""),
    ("The Alliance is 15 short of a majority in the 120-seat assembly.", "120-seat", "seats", ""),
    ("The fire is the largest since the 28,000-acre Pine Flat Fire.", "28,000-acre", "acres", ""),
    # a fact box's label says what its number counts, not the line before it
    ("THE TOLL IN NUMBERS\nFirefighters: NEARLY 200\nDead: 11", "11", "people", "killed"),
    ("Firefighters: NEARLY 200\nMissing: 19", "19", "people", "missing"),
    ("Firefighters: NEARLY 200\nIn hospital: 22", "22", "people", "hospitalised"),
    ("Firefighters: NEARLY 200\nDead: 11", "NEARLY 200", "firefighters", ""),
    ("Jobs axed: 1,200", "1,200", "jobs", "cut"),
    ("Families in hotels: 41", "41", "families", ""),
    ("Badgers killed: 210,000", "210,000", "badger", "killed"),  # no people: badgers
    ("Days missing: 12", "12", "", ""),  # when, not what
    ("Times arrested: 3", "3", "", ""),
    # whose number it is: the count carries what the sentence before counted
    ("Tens of thousands of protesters marched on Saturday. Police estimate: 40,000.", "40,000",
     "crowd", "attended"),
    # what a storm "left" is in the state after it, nobody departed
    ("Fumes from generators have left 37 people in hospital.", "37", "people", "hospitalised"),
    ("The storm left a further 40 people injured.", "40", "people", "injured"),
    ("The outage left 200,000 homes without power.", "200,000", "homes", ""),
    ("The escape left 28 inmates at large.", "28", "prisoners", "remaining"),
    ("Some 25,545 people had been left out by a software fault.", "Some 25,545", "people", ""),
    # a part after "among them" shares what befell the whole; an aside of parts is passed over
    ("The dead rose to 14 persons, among them four children.", "four", "children", "killed"),
    ("Four citizens, two of them children, died in the fire.", "Four", "people", "killed"),
    # citizens of a nationality no list holds are counted by it, as its plural would be
    ("The ministry said four Dalvian citizens died.", "four", "dalvian", "killed"),
    ("The ministry said four Dalvians died.", "four", "dalvian", "killed"),
    ("Four senior citizens died in the fire.", "Four", "people", "killed"),
    # people a company employs are its workforce; being paid is nothing done to their number
    ("The company employs 640 people at the site.", "640", "jobs", "present"),
    ("The 640 workers will be paid while the site is closed.", "640", "jobs", ""),
    # a noun after "were" is what the figure before it is, not what the next one counts
    ("Of the 300 evacuees, 120 were children and 40 were elderly.", "40", "people", ""),
]  # fmt: skip

# A bare number set against a figure with a unit: its unit left out, as news leaves it; and
# units news writes around the number (a rate's counted noun, rain in litres on a square metre).
UNITS_CARRIED = [
    ("Revenue of 4.21bn euros beat the consensus of 4.15bn.", "4.15bn", "money", "EUR"),
    ("The exit poll gave him 23.5 per cent against the real 24.6.", "24.6", "percent", "%"),
    ("Turnout was 61.4%, up from 58.2 four years ago.", "58.2", "percent", "%"),
    ("The district's rate of 7.9 is triple the region's 2.6 per 100,000.", "7.9", "percent",
     "per 100,000"),
    ("Rovers take 8 million euros, up from the 6.5 million paid last year.", "6.5", "money", "EUR"),
    # …and not a number that names what it counts, or a whole number beside a share
    ("The firm cut 1.2 million euros of costs and 3.5 million customers left.", "3.5", "count",
     "customers"),
    ("Some 12,000 people marched, 40% of them students.", "Some 12,000", "count", "people"),
    ("The 2.1bn-euro plant employs 1,400.", "1,400", "count", ""),
    # …nor one after a count written with the same scale: it is that count's rival
    ("8.4 million tourists came, beating the record of 8.1 million, and spent €9.7 billion.",
     "8.1 million", "count", ""),
    ("Revenue of 4.82 billion euros compared with 5.13 billion and 4.97 billion.", "4.97", "money",
     "EUR"),
    # currencies of translated copy
    ("The effort has cost 17,2 million kroner.", "17,2", "money", "kroner"),
    ("It is about 2,2 billion zloty.", "about 2,2", "money", "PLN"),
    ("The campaign cost 31,5 million crowns.", "31,5", "money", "crowns"),
    # the money of many countries, and of histories, in the word the text uses; with a country's
    # name the papers know, its code; with another, the story's crowns or florins
    ("They paid 300 dinars a month.", "300", "money", "dinars"),
    ("A visa costs 45 lari.", "45", "money", "GEL"),
    ("A meal costs 4,500 colones.", "4,500", "money", "CRC"),
    ("He paid 200 pula for the licence.", "200", "money", "BWP"),
    ("The cost was put at 2.4 billion thalers.", "2.4", "money", "thalers"),
    ("Grants of 410 million Estravian florins follow the count.", "410", "money", "florins"),
    ("He earned 20,000 Vessen crowns a year.", "20,000", "money", "crowns"),
    ("It cost 2 billion Swedish crowns.", "2", "money", "SEK"),
    ("Fares rose to 1,200 Kenyan shillings.", "1,200", "money", "KES"),
    ("A minister on a 212,000-crown salary.", "212,000-crown", "money", "crowns"),
    ("Bread now costs 9,500 Zimbabwean dollars.", "9,500", "money", "Zimbabwean dollars"),
    # an age a rule sets or a statistic gives is in years; a thing's age of so many things counts
    ("The government will raise the retirement age from 62 to 64.", "62", "duration", "years"),
    ("The government will raise the retirement age from 62 to 64.", "64", "duration", "years"),
    ("The median age is 45.1.", "45.1", "duration", "years"),
    ("Median age: 41.3", "41.3", "duration", "years"),
    ("The plan keeps the retirement age of 65.", "65", "duration", "years"),
    ("The voting age was lowered to 16 in 2019.", "16", "duration", "years"),
    ("The retirement age will rise from 62 in 2025 to 64 in 2030.", "64", "duration", "years"),
    ("The average age of 300 buildings is 80 years.", "300", "count", "buildings"),
    ("The age of 300 buildings was checked.", "300", "count", "buildings"),
    # units news writes around the number
    ("A rate of 36.8 drug deaths per 100,000 inhabitants.", "36.8", "percent", "per 100,000"),
    ("There were 318 deaths, or 7,9 per 100 000 inhabitants.", "7,9", "percent", "per 100,000"),
    ("In 36 hours 148 litres per square metre fell.", "148", "measure", "mm"),
    ("In 24 hours, 380 litres of rain per square metre fell.", "380", "measure", "mm"),
    ("The ferry carried 3,000 litres of fuel.", "3,000", "measure", "litres"),
    ("A 250-million-euro treatment programme.", "250-million-euro", "money", "EUR"),
    ("Hackers demand a ransom of 60 bitcoins.", "60", "money", "BTC"),
    # a change from a bare number is in the unit and scale of the number it changes to
    ("The government raised its aid from 5 to 12 million euros.", "5", "money", "EUR"),
    ("Core inflation was revised from 3.0 to 2.9 percent.", "3.0", "percent", "%"),
    ("Growth slowed from 3 to 2.9 percent.", "3", "percent", "%"),
    ("The deficit widened from 900 to 1.1 billion dollars.", "900", "count", ""),  # neither
    ("The exclusion zone was cut from eight kilometres to six.", "six", "measure", "km"),
    # a time taken in hours, minutes and seconds, and hours glued short
    ("She won in 2:07:19, a course record.", "2:07:19", "duration", "seconds"),
    ("Taubeck finished in 4:12:30.", "4:12:30", "duration", "seconds"),
    ("Verstappen set a lap of 1:32.456 on Friday.", "1:32.456", "duration", "seconds"),
    ("She won the half-marathon in 59:47.", "59:47", "duration", "seconds"),
    ("He strolled home in 2hr 14min.", "2hr 14min", "duration", "minutes"),
    ("The firm laid off 12 HR staff.", "12 HR staff", "count", "HR staff"),  # no hours
    # a small "c" glued to a number is cents in a sentence of money, a temperature in the weather
    ("Shares in the bank rose 40c to €9.80 in Dublin.", "40c", "money", "EUR cents"),
    ("Petrol is up 5c a litre since Monday, to €1.85.", "5c", "money", "EUR cents"),
    ("Fans paid £5 for water as temperatures hit 40c.", "40c", "measure", "°C"),
    ("Murray won in 40c heat.", "40c", "measure", "°C"),
    ("It will reach 40C on Friday, and ice creams cost €3.", "40C", "measure", "°C"),
    ("Madrid hit 44c on Sunday, and a bottle of water cost €3.", "44c", "measure", "°C"),
    ("Highs of 25c are expected, with ice creams at €4.", "25c", "measure", "°C"),
    ("Diesel rose 3c to €1.72 as Dublin sweltered in 30c heat.", "3c", "money", "EUR cents"),
    ("Diesel rose 3c to €1.72 as Dublin sweltered in 30c heat.", "30c", "measure", "°C"),
    ("Hot dogs at the stadium rose 50c to €4.50.", "50c", "money", "EUR cents"),
    ("Petrol, at £1.50 in the North, rose 5c to €1.85.", "5c", "money", "EUR cents"),  # nearest
    ("Shares rose 40c Monday to €18.20.", "40c", "money", "EUR cents"),
    ("Petrol 5c dearer at €1.85.", "5c", "money", "EUR cents"),
    # a bare number before "and" or "or" and a share or an amount shares its unit
    ("On the first day the figures had been 78 and 41 per cent.", "78", "percent", "%"),
    ("The 12 or 15 percent rates.", "12", "percent", "%"),
    ("Police said 12 and 500 dollars were taken.", "12", "count", ""),  # ends too far apart
    ("He has 3 children and 40 per cent of the shares.", "3 children", "count", "children"),
    ("They found 3 and 5 million more.", "3", "count", ""),  # a scale alone says no unit
    # … but not when the second number's own clause goes on: the first counts something else
    ("The storm killed 40 and 15% of homes lost power.", "40", "count", ""),
    ("They polled 35 and 40 per cent respectively.", "35", "percent", "%"),
    ("Prices rose 4 and 5 per cent in March.", "4", "percent", "%"),
    ("Shares fell 5 and 7 per cent after the warning.", "5", "percent", "%"),
    ("Hospital admissions hit 950 and 60% were unvaccinated.", "950", "count", "admissions"),
    ("The bank cut 500 and €40 million was saved.", "500", "count", ""),
    ("Ireland won by 12 and €5 million was raised for charity.", "12", "count", ""),
    ("The company employs 300 and 20% are women.", "300", "count", ""),
    ("The forecast fell to 19.6 million tonnes — down 2.9 million in one go.", "2.9 million",
     "measure", "tonnes"),
    ("The exclusion zone was cut from 2km to 500m.", "500m", "count", ""),  # ends too far apart
    # a bare number with the scale word of a measure before it in its paragraph is that measure
    ("It expects a harvest of 19,6 million tonnes, after 22,5 million in the May forecast.",
     "22,5 million", "measure", "tonnes"),
    ("In May it expected 22.5 million tonnes. In June it said 19.6 million.", "19.6 million",
     "measure", "tonnes"),
    ("The firm shipped 2.1 million tonnes. About 1.2 million watched.", "About 1.2 million",
     "count", ""),
    ("The firm shipped 2.1 million tonnes. It has 1.2 million customers.", "1.2 million",
     "count", "customers"),
    # how many times is a multiple, whatever the sentence counts; a compound duration is in
    # its smaller unit
    ("About 14,000 residents left, almost twice the number moved in 1998.", "almost twice",
     "measure", "x"),
    ("Cases rose to 42,200, a 40-fold increase.", "40-fold", "measure", "x"),
    ("Prices have nearly tripled.", "nearly tripled", "measure", "x"),
    ("He was jailed for six years and four months.", "six years", "duration", "months"),
    # a bare number set against a measure is that measure
    ("There are 81 kilometres of oiled shore, up from 62 on Thursday.", "62", "measure", "km"),
    ("The slick covered 70 square kilometres on Thursday, compared with 35 on Tuesday.", "35",
     "measure", "square km"),
    ("It shrank to 70 square kilometres from a peak of 180 last Thursday.", "180", "measure",
     "square km"),
    # …and so is a bare number with decimals beside a measure or span close to it: no count
    # has tenths, whatever words stand between
    ("The 46.3 degrees measured on Sunday was overtaken on Tuesday by Alcora's 46.8.", "46.8",
     "measure", "degrees"),
    ("The median age is 41.2 years after the correction, up from 39.8 a decade earlier.",
     "39.8", "duration", "years"),
    ("The 7.2 km road carried 3.5 million cars.", "3.5 million", "count", "cars"),
    ("The 30 km queue held 26 cars and 2.5 tonnes of grain.", "26", "count", "cars"),
    ("The quake of magnitude 6.1 was followed by 3.8 hours of aftershocks.", "3.8", "duration",
     "hours"),
    # …unless it names what happened to it, another figure or something else stands between
    ("The quake, of magnitude 6.1, killed 300 people, up from 250 reported earlier.", "250",
     "count", "people"),
    ("The 5 km race drew 400 runners, up from 350 last year.", "350", "count", ""),
    ("The storm dumped 30 cm of snow, and 12 died.", "12", "count", ""),
    ("The slick covered 70 square kilometres; compared with 35 boats on Tuesday.", "35",
     "count", "boats"),
    # a decimal comma before any unit spelled out, with thousands dots before it
    ("The lava covered 1,9 square kilometres of farmland.", "1,9", "measure", "square km"),
    ("Demand peaked at 49,1 gigawatts on Wednesday.", "49,1", "measure", "GW"),
    ("The wait was 2,5 hours.", "2,5", "duration", "hours"),
    # a number with a scale word after the amounts of the sentences before is one of them
    ("Profit was 512 million euros. Sensors, at 2.38bn against 2.25bn, remains the backbone.",
     "2.25bn", "money", "EUR"),
    ("The group earned $3.1 billion.\n\nThe unit, at 710m against 700m, is the problem.",
     "700m", "money", "USD"),
    # …not a scale spelled out: a population, an audience
    ("The deal is worth $1.2 billion. The city has a population of 3.5 million.", "3.5", "count",
     ""),
    ("The broadcaster paid $2 billion. The final was watched by 25 million.", "25", "count", ""),
    # …nor one the words before it say is money, wherever the article's amounts were: a
    # measure that always is money, or a verb that takes money
    ("The recall will cost 38 million euros.\n\nAnalysts doubt the bill will stop at 85 million.",
     "85 million", "money", "EUR"),
    ("Sales were €2 billion.\n\nA firm that earns half a billion a quarter can pay.", "half a",
     "money", "EUR"),
    ("Revenue rose to $4.2 billion. Operating profit was 610 million, up from 540 million.",
     "540", "money", "USD"),
    # …and so is one written in full beside an amount written in full, or a spread's basis
    # points beside the number it moved from
    ("Season tickets now cost 450 euros, up from 380 last year.", "380", "money", "EUR"),
    ("The grant for each family rose from 12,000 euros to 30,000.", "30,000", "money", "EUR"),
    ("Shops may pay out prizes of up to $200 in cash, down from 1,000.", "1,000", "money",
     "USD"),
    ("The spread over German bonds widened to 214 basis points from 168.", "168", "percent",
     "basis points"),
    # …not a count the sentence goes on to, nor one far from the amount
    ("The fine was 300 euros and 20 were arrested.", "20", "count", ""),
    ("Tickets cost 45 euros, up from 38, and 12,000 fans came.", "12,000", "count", "fans"),
    ("The bill came to 2,500 euros, up from 4 last year.", "4", "count", ""),
    # …nor an age or an hour a price starts from
    ("The state pension will be £230 a week from 67.", "67", "count", ""),
    ("Parking costs £2 an hour from 8 to 6.", "8", "count", ""),
    ("Tickets cost £10 and the show runs from 7.", "7", "count", ""),
    ("The aid package is worth $2 billion. The package will help 1.5 million.", "1.5", "count",
     ""),
    # …not a doer, nor one the sentences name, nor one after a number of something else
    ("TV rights brought 40 million euros. It said 11.2 million watched the match.", "11.2",
     "count", ""),
    ("Rights cost 40 million euros. Some 1.4 million are without power.", "Some 1.4", "count", ""),
    ("It cost 9 million euros. Passengers, 1.12 million of them, pay nothing.", "1.12",
     "count", "Passengers"),
    ("It paid 2 billion euros. It mines 3.2 million tonnes of an output of 5.9 million.", "5.9",
     "measure", "tonnes"),  # the measure's scale, not the amount's
    ("Aid was 5 million euros.\n\nMore.\n\nLater, 2.5 million were left.", "2.5", "count", ""),
    # cents are of the currency the article names, before them or else after
    ("The €440m rebate is worth 21.5 cents a litre.", "21.5", "money", "EUR cents"),
    ("It is worth 21,5 cent per litre and costs 440 million euro a year.", "21,5", "money",
     "EUR cents"),
    ("A stamp costs 50 cents. The new price is $1.20.", "50", "money", "USD cents"),
    ("Fares rise by 20 pence, as a pound buys 1.17 euros.", "20", "money", "GBP pence"),
    # points beside a percentage are percentage points of it…
    ("Turnout rose 6 points to 58%.", "6 points", "percent", "percentage points"),
    ("Certified turnout was 61.9 percent, 6.7 points higher than in 2022, with 2,978,814 "
     "ballots cast.", "6.7 points", "percent", "percentage points"),
    ("Incumbent Wins Second Term With 54.2%, A Lead Of 9 Points", "9 Points", "percent",
     "percentage points"),
    ("Fed Cuts Rates By Half A Point To 4.75%", "Half A Point", "percent", "percentage points"),
    # …but not an index's, a score's, or points beside no percentage
    ("The Nasdaq Composite added 210 points, or 1.3%.", "210 points", "count", "points"),
    ("The ASX 200 lost 48.3 points, or 0.6 per cent, to 7,764.5.", "48.3 points", "count",
     "points"),
    ("He shot 45% from the field and scored 30 points.", "30 points", "count", "points"),
    ("The math section fell 4 points to 508 and only 37% met the benchmark.", "4 points",
     "count", "points"),
    ("City extended their lead at the top to five points.", "five points", "count", "points"),
    ("Curry had 32 points on 60% shooting.", "32 points", "count", "points"),
    ("Ireland had 60% of possession but lost by 12 points.", "12 points", "count", "points"),
    ("The Chiefs won by 10 points; Mahomes completed 72% of his passes.", "10 points", "count",
     "points"),
    ("Blue chips lost 45 points as yields climbed to 4.6%.", "45 points", "count", "points"),
    # …while a price index's points beside its rate are the rate's
    ("Inflation, as measured by the consumer price index, fell 0.5 points to 2.6%.",
     "0.5 points", "percent", "percentage points"),
    ("The central bank cut its benchmark rate by 0.25 points to 3.75%.", "0.25 points",
     "percent", "percentage points"),
]  # fmt: skip


def test_a_quarter_point_cut_to_a_rate_is_a_change_not_a_range() -> None:
    found = extract_claims("The Fed cut rates by a quarter point to 4.5%.")
    assert [(c.value, c.bound, c.unit) for c in found] == [
        (0.25, "=", "percentage points"),
        (4.5, "=", "%"),
    ]


@pytest.mark.parametrize(("sentence", "figure", "kind", "unit"), UNITS_CARRIED)
def test_a_bare_number_takes_the_unit_it_is_set_against(sentence, figure, kind, unit) -> None:
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith(figure)]
    assert (claim.kind, claim.unit) == (kind, unit)


@pytest.mark.parametrize(("sentence", "figure", "population", "act"), CASES)
def test_what_a_figure_counts(sentence: str, figure: str, population: str, act: str) -> None:
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith(figure)]
    assert (claim.population, claim.act) == (population, act)


def test_a_time_word_in_the_noun_counted_is_no_span() -> None:
    """ "9,500 day tickets" counts tickets, and "over" before it is more than; a span said
    after a word that determines its number modifies a noun ("a 30 day deadline"), and "over"
    a span in days is across it."""
    said = {
        "It sold 9,500 day tickets.": [("9,500 day tickets", "count", "=")],
        "Over 600 day-trippers were stranded.": [("Over 600 day-trippers", "count", ">")],
        "It set a 30 day deadline.": [("30 day", "duration", "=")],
        "Their 12 week course ended.": [("12 week", "duration", "=")],
        "The race was held over 3 days.": [("3 days", "duration", "=")],
        # any other noun after the time word is what the span describes
        "The court imposed 2 year bans.": [("2 year", "duration", "=")],
        "The hospital cut 18 week waits.": [("18 week", "duration", "=")],
        "Prices rose over 12 month period.": [("12 month", "duration", "=")],
    }
    for sentence, figures in said.items():
        found = [(c.text, c.kind, c.bound) for c in extract_claims(sentence)]
        assert found == figures, sentence


def test_a_figure_s_words_end_at_its_noun() -> None:
    (sat,) = extract_claims("Last year 136,800 candidates sat the exam.")
    assert sat.text == "136,800 candidates"
    (times,) = extract_claims("The true number was 36 times higher.")
    assert times.text == "36 times"
    (kin,) = extract_claims("Mum-of-two Jade Wilson said it was awful.")
    assert kin.text == "two"  # not her name
    part, whole = extract_claims(
        "Some 168,889 of Harwick's 236,540 registered voters cast a ballot."
    )
    assert (part.text, whole.text) == ("Some 168,889", "236,540")  # the whole is its own figure
    assert (part.population, whole.population) == ("voters", "voters")  # not "cast"


def test_a_change_from_a_bare_number_to_a_scaled_count_is_in_its_scale() -> None:
    start, end = extract_claims("Membership climbed from 3 to 5 million people.")
    assert (start.value, start.population) == (3_000_000, "people")
    assert end.value == 5_000_000
    (whole,) = extract_claims("The count went from 900 to 1.1 billion.")[:1]
    assert whole.value == 900  # neither reading fits: left as written
    (height,) = extract_claims("The height limit was raised from 3 to 5m for lorries.")[:1]
    assert height.value == 3  # a scale letter alone may be metres


def test_a_year_far_from_the_figure_dates_nothing() -> None:
    sentence = (
        "Organisers said 300,000 people marched through the city centre on Sunday, the largest "
        "crowd since the 1997 handover."
    )
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith("300,000")]
    assert claim.window == ""
    (old,) = [c for c in extract_claims("A 2003 earthquake there killed 177 people.")]
    assert old.timeframe.words == "in 2003"


def test_a_rate_word_is_the_number_s_it_stands_with() -> None:
    """ "annual" says the output is yearly; the staff counted after the output's number are no
    rate, while the figure the word stands with is."""
    sentence = "The pit gives part of the group's annual output of 5.9 million and employs 1,850."
    found = {c.text: c.window for c in extract_claims(sentence)}
    assert found == {"5.9 million": "per year", "1,850": ""}
    (inflation,) = extract_claims("Annual inflation rose to 3.4% in March.")
    sales = {c.text: c.window for c in extract_claims("Annual sales rose 4% to £3bn.")}
    assert sales == {"4%": "per year", "£3bn": "per year"}  # the rise and the level: the sales'
    staff = extract_claims("Annual sales reached £3bn as the firm hired 200 staff.")
    assert [c.window for c in staff if c.text == "200 staff"] == [""]
    assert inflation.window == "per year"


@pytest.mark.parametrize(
    ("sentence", "figure", "key"),
    [
        (
            "Police arrested 40 of the protesters.",
            "40",
            QuantityKey("protesters", Qualifier.PART),
        ),
        (
            "Three other counties reported cases.",
            "Three",
            QuantityKey("county", Qualifier.OTHER),
        ),
        (
            "Merrow's revenue rose to £512m.",
            "£512m",
            QuantityKey("revenue", Qualifier.NONE, "Merrow"),
        ),
        # an amount for each unit of a measure is a price, converted in brackets or not
        ("On Monday milling wheat was quoted at $268 a tonne.", "$268", QuantityKey("price")),
        ("It traded at 281 dollars (260 euros) per tonne.", "260", QuantityKey("price")),
        ("They paid $5,000 a month.", "$5,000", QuantityKey("money")),
    ],
)
def test_a_figure_carries_its_quantity_as_a_typed_key(sentence, figure, key) -> None:
    """A part, another one, or whose measure it is travels as a typed value; the store's one
    string for it reads back to the same key."""
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith(figure)]
    assert claim.quantity == key
    assert QuantityKey.read(key.stored()) == key


@pytest.mark.parametrize(
    ("sentence", "figure", "population"),
    [
        # a hyphenated modifier before the counted noun, even one whose first word is an act or
        # a number
        ("After four sold-out evenings, she left.", "four sold-out evenings", "evening"),
        ("She played 40 one-off shows.", "40 one-off shows", "show"),
        # a verb's -s form right after a number is the plural noun…
        ("The FOUR shows will pump money into the city.", "FOUR shows", "show"),
        # …but not after "of", where the number is a sample and the word its verb
        ("A poll of 2,000 shows support for the plan.", "2,000", ""),
        # …or after one, where the verb is singular
        ("Police arrested 12 men; one faces a murder charge.", "one", "men"),
    ],
)
def test_what_a_figure_counts_past_modifiers(sentence: str, figure: str, population: str) -> None:
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith(figure.split()[0])]
    assert (claim.text, claim.population) == (figure, population)


def test_a_fact_box_label_that_names_a_unit_of_time_gives_its_number_that_unit() -> None:
    """A fact box's "Hours without mains power: 5.5" is 5.5 hours, to meet "five and a half
    hours" in another article; a label that names an act still counts ("Deaths this year:
    1,200")."""
    box = (
        "Outage hits city\n\nThe power cut left homes in the dark.\n\n"
        "Hours without mains power: 5.5\nDays to restore all lines: 3\n"
        "Minutes before backup failed: 11\nDeaths this year: 1,200\nCost: £40m\n"
    )
    found = {c.text: (c.kind, c.unit) for c in extract_claims(box)}
    assert found["5.5"] == ("duration", "hours")
    assert found["3"] == ("duration", "days")
    assert found["11"] == ("duration", "minutes")
    assert found["1,200"][0] == "count"
    assert found["£40m"] == ("money", "GBP")


def test_a_fact_box_run_into_one_line_reads_each_entry_by_its_label() -> None:
    """A box whose line breaks were lost (a web page's list, a PDF's column): each entry's label
    says what its number counts, never the next entry's label after it."""
    box = (
        "THE CENSUS IN NUMBERS People: 8,412,356 Up: 5.4% Households: 3.5 MILLION Median age: "
        "41.3 Pensioners: MORE THAN 1.8 MILLION"
    )
    read = {c.text: (c.kind, c.population) for c in extract_claims(box)}
    assert read == {
        "8,412,356": ("count", "people"),
        "5.4%": ("percent", "share"),
        "3.5 MILLION": ("count", "households"),
        "41.3": ("duration", "years"),  # an age in years: no people from the entries around it
        "MORE THAN 1.8 MILLION": ("count", "pensioner"),
    }
    (killed, hurt) = extract_claims("DEAD: 11 INJURED: 40")
    assert (killed.act, hurt.act) == ("killed", "injured")
    # a colon inside a sentence is no box
    assert [c.text for c in extract_claims("The quake killed 40 people: 12 children.")] == [
        "40 people",
        "12 children",
    ]


def test_the_half_of_a_unit_is_no_share() -> None:
    """ "an inch and a half of ice": the half is the inch's, no share of the ice; the whole is
    one and a half inches, as "an hour and a half" is 1.5 hours."""
    (ice,) = extract_claims("Up to an inch and a half of ice coated trees.")
    assert (ice.text, ice.value, ice.bound, ice.kind, ice.unit) == (
        "Up to an inch and a half",
        1.5,
        "<",
        "measure",
        "inches",
    )
    (talks,) = extract_claims("The talks lasted an hour and a half.")
    assert (talks.value, talks.kind, talks.unit) == (1.5, "duration", "hours")
    (rain,) = extract_claims("Rain fell for a day and a quarter.")
    assert (rain.value, rain.unit) == (1.25, "days")
    shares = extract_claims("Between a third and a half of the staff left.")
    assert [c.value for c in shares if c.text.startswith("a half")] == [0.5]
    # a quarter is a fraction here, not three months
    spending = extract_claims("Only between a quarter and a half of such spending is new.")
    assert [c.value for c in spending] == [0.5]


@pytest.mark.parametrize(
    ("sentence", "figure", "population", "act"),
    [
        ("Around 40% of US adults are obese.", "Around 40%", "share of adult", ""),
        ("Some 2,500 of US troops in Iraq left.", "Some 2,500", "troops", "present"),
        ("The number of tourists who visited Venice reached 5 million.", "5 million",
         "visitors", ""),
        ("The number of bodies pulled from the rubble has reached 210.", "210", "body",
         "killed"),
        ("The number of votes cast rose to 3.2 million.", "3.2 million", "votes", "voted"),
        ("The number of homes damaged and destroyed has reached 12,000.", "12,000", "homes",
         "damaged"),
        ("The number of women MPs has risen to 263.", "263", "women", ""),
        ("The fertility rate stands at around 1.49 children per woman.", "around 1.49",
         "children", ""),
        ("Father-of-three US Marine Kyle Carpenter was hurt.", "three",
         "children of one parent", ""),
        ("The firm cut its forecast and 2,000 jobs.", "2,000", "jobs", "cut"),
        ("The quake killed figure skater Anna Lee and 40 others.", "40", "other", "killed"),
        ("Deaths this year: 1,200", "1,200", "people", ""),
        ("The ministry's figures: 40 killed in Kharkiv Region: 12 in the city itself.", "12",
         "people", "killed"),
        ("Families of the 49 slain gathered on Sunday.", "49", "people", "killed"),
        ("About 3,000 of US-made missiles were delivered.", "About 3,000", "missile", ""),
        ("The number of people who have been evacuated has reached 80,000.", "80,000", "people",
         ""),
        ("The number of homes without power and water fell to 20,000.", "20,000", "homes", ""),
        ("The number of cases rose and deaths reached 40.", "40", "people", "killed"),
        ("Mum-of-two GB Olympian Sarah Hunter retired.", "two", "children of one parent", ""),
        ("Median age: 41.3", "41.3", "years", ""),  # an age a statistic gives, in years
        ("Father-of-two PC Andrew Harper was killed.", "two", "children of one parent", ""),
        # who did something to the figure right after their verb is not what it counts
        ("Firefighters evacuated 300 from the tower.", "300", "people", "departed"),
        ("Nurses treated 40 for smoke inhalation.", "40", "people", "injured"),
        ("Marchers numbered about 5,000.", "about 5,000", "crowd", "attended"),
        # a month after a day's number is a date, in a sentence of many capitals too
        ("On 6 March the Valtessan Statistics Office (VSO) reported a population of 8,412,356.",
         "8,412,356", "inhabitants", ""),
        ("40,000 March On Parliament Over Pension Cuts", "40,000", "crowd", "attended"),
        # a cap is a limit, as "the limit of" is
        ("Jackpots are capped at €200 million.", "€200 million", "limit", ""),
        ("The deficit must not top THREE PER CENT of GDP.", "THREE PER CENT", "limit", ""),
        ("Spending mustn't exceed £2bn a year.", "£2bn", "limit", ""),
        ("The deficit did not exceed 3 percent last year.", "3 percent", "deficit", ""),
        ("The deficit must not exceed the 3 per cent set by Brussels.", "3 per cent", "limit",
         ""),
        ("Growth is expected not to exceed 2 percent this year.", "2 percent", "growth", ""),
        ("The upper limit of 200 million euros was near.", "200 million euros", "limit", ""),
        ("A year ago it was 71.5 per cent, and the target is 95 per cent.", "95 per cent",
         "target", ""),
        ("It missed the target at 91 per cent.", "91 per cent", "share", ""),
        # participation in a vote is its turnout
        ("The participation in the vote lay at only 44,7 percent.", "44,7 percent", "turnout",
         "voted"),
        ("The labour force participation rate rose to 62.7%.", "62.7%", "rate", ""),
        ("Performance against the four-hour target was 74.2% last month.", "74.2%", "share", ""),
        ("Coverage fell, against a herd-immunity threshold of 95 percent.", "95 percent",
         "threshold", ""),
        ("Losses were limited to £3m thanks to insurance.", "£3m", "loss", "cut"),
    ],
)  # fmt: skip
def test_what_a_figure_counts_at_the_edges_of_a_rule(sentence, figure, population, act) -> None:
    """Sentences a second reader wrote against the rules above: each reads as before them."""
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith(figure)]
    assert (claim.population, claim.act) == (population, act)
