"""What is counted and what happened to it: populations, acts and measures, with their synonyms.

News names one population many ways ("US citizens", "Americans", "U.S. nationals") and one act many
ways ("evacuated", "flown out", "airlifted"). These tables map the words to one key each, so linking
compares keys, not spellings. They hold general news vocabulary, never the words of one story.
"""

from __future__ import annotations

# Demonyms: country words → the plural people noun. "US citizens" and "Americans" share a key.
_NATIONS = {
    "americans": ("american", "us", "u.s", "u.s.", "usa", "united states"),
    "britons": ("british", "briton", "uk", "u.k", "u.k."),
    "afghans": ("afghan",), "iraqis": ("iraqi",), "syrians": ("syrian",), "iranians": ("iranian",),
    "israelis": ("israeli",), "palestinians": ("palestinian",), "ukrainians": ("ukrainian",),
    "russians": ("russian",), "chinese": ("chinese",), "indians": ("indian",),
    "pakistanis": ("pakistani",), "germans": ("german",), "french": ("french", "frenchmen"),
    "italians": ("italian",), "spaniards": ("spanish", "spaniard"), "canadians": ("canadian",),
    "australians": ("australian",), "japanese": ("japanese",), "turks": ("turkish", "turk"),
    "mexicans": ("mexican",), "brazilians": ("brazilian",), "nigerians": ("nigerian",),
    "koreans": ("korean",), "qataris": ("qatari",), "saudis": ("saudi",), "lebanese": ("lebanese",),
    "egyptians": ("egyptian",), "sudanese": ("sudanese",), "somalis": ("somali",),
    "ethiopians": ("ethiopian",), "kenyans": ("kenyan",), "poles": ("polish", "pole"),
    "dutch": ("dutch",), "greeks": ("greek",), "filipinos": ("filipino", "philippine"),
    "indonesians": ("indonesian",), "vietnamese": ("vietnamese",), "venezuelans": ("venezuelan",),
    "colombians": ("colombian",), "haitians": ("haitian",), "yemenis": ("yemeni",),
    "libyans": ("libyan",), "moroccans": ("moroccan",), "taiwanese": ("taiwanese",),
    "europeans": ("european", "eu"), "westerners": ("western",), "foreigners": ("foreign",),
}  # fmt: skip
NATION_OF: dict[str, str] = {}
for _plural, _forms in _NATIONS.items():
    NATION_OF[_plural] = _plural
    NATION_OF[_plural[:-1] if _plural.endswith("s") else _plural] = _plural
    for _form in _forms:
        NATION_OF[_form] = _plural
# Nouns that take a nationality in front: "US citizens", "Afghan nationals", "British people".
PERSON_HEADS = {
    "citizens", "citizen", "nationals", "national", "people", "persons", "individuals",
    "passport", "passports", "passport-holders", "civilians", "residents",
}  # fmt: skip

# Head nouns → population key. Plural and singular both listed where news uses both.
POPULATIONS = {
    "people": "people", "persons": "people", "person": "people", "individuals": "people",
    "residents": "people", "inhabitants": "people", "civilians": "civilians",
    "citizens": "people", "lives": "people", "victims": "people", "evacuees": "people",
    "men": "men", "women": "women", "children": "children", "kids": "children",
    "minors": "children", "babies": "children", "students": "students", "pupils": "students",
    "police": "police officers", "officers": "police officers", "policemen": "police officers",
    "police officers": "police officers", "troops": "troops", "soldiers": "troops",
    "servicemen": "troops", "service members": "troops", "personnel": "troops",
    "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    "marchers": "protesters", "activists": "protesters", "workers": "jobs", "employees": "jobs",
    "staff": "jobs", "jobs": "jobs", "positions": "jobs", "roles": "jobs", "posts": "jobs",
    "homes": "homes", "houses": "homes", "dwellings": "homes", "households": "households",
    "properties": "homes", "residences": "homes", "workforce": "jobs", "headcount": "jobs",
    "participants": "protesters", "spectators": "spectators", "fans": "spectators",
    "attendees": "spectators", "supporters": "spectators", "viewers": "viewers",
    "buildings": "buildings", "structures": "buildings", "refugees": "refugees",
    "migrants": "migrants", "asylum seekers": "asylum seekers", "patients": "people",
    "cases": "cases", "infections": "cases", "deaths": "people", "dead": "people",
    "fatalities": "people", "injuries": "people", "casualties": "people", "arrests": "people",
    "voters": "voters", "votes": "votes", "ballots": "votes", "seats": "seats",
    "passengers": "passengers", "flights": "flights", "planes": "aircraft", "aircraft": "aircraft",
    "shares": "shares", "customers": "customers", "users": "users", "subscribers": "subscribers",
    "families": "families", "doctors": "doctors", "nurses": "nurses", "teachers": "teachers",
    "journalists": "journalists", "prisoners": "prisoners", "detainees": "prisoners",
    "hostages": "hostages", "fighters": "fighters", "militants": "fighters", "firefighters":
    "firefighters", "rescuers": "rescuers", "volunteers": "volunteers", "vehicles": "vehicles",
    "cars": "vehicles", "countries": "countries", "nations": "countries", "states": "states",
    "companies": "companies", "firms": "companies", "organisations": "organisations",
    "organizations": "organisations", "groups": "organisations", "associations": "organisations",
    "unions": "organisations", "charities": "organisations", "ngos": "organisations",
    "stores": "stores", "shops": "stores",
    "schools": "schools", "hospitals": "hospitals", "villages": "villages", "towns": "towns",
    "cities": "cities", "continents": "continents", "tonnes": "tonnes", "trucks": "trucks",
}  # fmt: skip

# Acts: the verb or noun of what happened to the figure's population, by key. The first word
# found governs. "want to leave" is a wish, not a departure: it sits with those still there.
ACTS = {
    "departed": (
        "evacuated", "evacuate", "evacuating", "evacuation", "evacuations", "airlifted",
        "airlift", "flown", "flew", "fly", "left", "leave", "leaving", "departed", "depart",
        "departure", "departures", "escaped", "escape", "fled", "flee", "fleeing", "exited",
        "relocated", "extracted", "repatriated", "rescued", "got", "gotten", "moved",
        "displaced", "homeless", "sheltering", "shelters", "uprooted",
    ),
    "remaining": (
        "remain", "remained", "remaining", "remains", "stay", "stayed", "staying", "stranded",
        "stuck", "behind", "unable",
    ),
    "killed": (
        "killed", "kill", "killing", "died", "die", "dying", "dead", "deaths", "death", "toll",
        "fatalities", "perished", "lives", "bodies", "fatal", "murdered", "drowned",
    ),
    "injured": (
        "injured", "injuring", "injuries", "wounded", "wounding", "hurt", "casualties",
        "treated",
    ),
    "hospitalised": ("hospitalised", "hospitalized", "hospitalisation", "hospitalization",
                     "hospitalisations", "hospitalizations"),
    "missing": ("missing", "unaccounted", "disappeared", "trapped", "buried"),
    "arrested": ("arrested", "arrest", "arrests", "detained", "detain", "detentions", "custody",
                 "held"),
    "charged": ("charged", "indicted", "prosecuted", "convicted", "sentenced", "jailed",
                "imprisoned"),
    "attended": ("attended", "rallied", "marched", "protested", "gathered", "joined", "turned",
                 "join", "joins", "rally", "rallies", "marches", "protest", "protests",
                 "gather", "gathers", "throng", "thronged",
                 "crowd", "crowds", "rally", "march", "demonstration", "turnout", "took",
                 "counted"),
    "cut": ("cut", "cuts", "cutting", "axed", "axe", "shed", "eliminated", "eliminate", "laid",
            "reduce", "reduces", "reducing", "reduced", "axes", "axing", "sheds", "shedding",
            "lay", "layoffs", "redundancies", "slashed", "losses"),
    "hired": ("hired", "hire", "hiring", "created", "create", "added", "recruit", "recruited"),
    "damaged": ("damaged", "flooded", "burned", "cracked"),
    "destroyed": ("destroyed", "collapsed", "flattened", "razed", "levelled", "leveled"),
    "present": ("there", "live", "lived", "living", "reside", "resident", "registered",
                "holding", "had", "total", "estimated", "in", "employs", "employed", "employing",
                "employ", "workforce", "headcount"),
    "voted": ("voted", "vote", "votes", "elected", "backed", "supported", "won"),
    "infected": ("infected", "positive", "cases", "case", "infections", "caseload"),
    "vaccinated": ("vaccinated", "jabbed", "immunised", "immunized", "doses"),
    "not vaccinated": ("unvaccinated", "unjabbed", "unimmunised", "unimmunized"),
    "arrived": ("arrived", "arrive", "arriving", "landed", "reached"),
    "paid": ("paid", "pay", "paying", "spent", "spend", "cost", "costs", "worth", "valued",
             "priced", "bought", "acquire", "acquired", "acquisition", "deal", "bid", "offer",
             "sold", "raised", "invested", "investment", "fined", "fine", "pledged"),
}  # fmt: skip
ACT_OF: dict[str, str] = {w: key for key, words in ACTS.items() for w in words}
ACT_LABEL = {
    "departed": "evacuated / left", "remaining": "still there", "killed": "killed",
    "injured": "injured", "missing": "missing", "displaced": "displaced", "arrested": "arrested",
    "attended": "turned out", "cut": "cut", "hired": "hired", "damaged": "damaged",
    "destroyed": "destroyed", "hospitalised": "in hospital", "charged": "charged",
    "not vaccinated": "not vaccinated",
    "present": "in the country", "voted": "voted", "infected": "infected",
    "vaccinated": "vaccinated", "arrived": "arrived", "paid": "paid",
}  # fmt: skip
# Acts that imply their population is people even when the text leaves it out.
HUMAN_ACTS = {"departed", "remaining", "killed", "injured", "missing", "arrested", "charged",
              "not vaccinated",
              "hospitalised", "attended", "present", "arrived", "infected",
              "vaccinated"}  # fmt: skip

# A crowd is counted whoever is in it: marchers, protesters and people who turned out.
CROWD_POPULATIONS = {"people", "protesters", "civilians", "men", "women", "students", "spectators"}

# Acts done to things, and the thing an elided figure of that act most likely counts.
THING_ACTS = {"damaged": "buildings", "destroyed": "buildings", "infected": "cases"}

# Money and rate measures: the noun a money or percent figure is about.
MEASURES = {
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
    "profit": "profit", "profits": "profit", "earnings": "profit", "income": "profit",
    "loss": "loss", "losses": "loss", "deficit": "deficit", "debt": "debt", "debts": "debt",
    "deal": "deal value", "acquisition": "deal value", "takeover": "deal value",
    "bid": "deal value", "offer": "deal value", "merger": "deal value", "valuation": "valuation",
    "price": "price", "prices": "price", "purchase": "deal value", "buy": "deal value",
    "acquire": "deal value", "buyout": "deal value",
    "fine": "fine", "penalty": "fine", "damage": "cost", "damages": "cost", "cost": "cost",
    "bill": "cost",
    "costs": "cost", "budget": "budget", "aid": "funding", "funding": "funding", "fund": "funding",
    "funds": "funding", "relief": "funding", "premium": "premium", "synergies": "savings",
    "savings": "savings", "equity": "equity value", "capitalisation": "valuation",
    "capitalization": "valuation",
    "package": "funding", "dividend": "dividend", "salary": "pay", "wages": "pay",
    "bonus": "pay", "tax": "tax", "taxes": "tax", "spending": "spending", "investment":
    "investment", "inflation": "inflation", "unemployment": "unemployment", "growth": "growth",
    "gdp": "gdp", "turnout": "turnout", "stake": "stake", "share": "share", "margin": "margin",
    "rate": "rate", "rates": "rate", "support": "support", "approval": "approval",
    "vote": "vote share", "votes": "vote share", "market": "market share", "yield": "yield",
    "shares": "share price", "stock": "share price", "capacity": "capacity",
    "exports": "exports", "imports": "imports", "output": "output", "production": "output",
}  # fmt: skip
