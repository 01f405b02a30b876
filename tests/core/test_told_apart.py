"""Two plain numbers of one thing in one article are two quantities: the article that gives the
national toll and one province's weighs against a group that holds both, so a part and its whole
stop being shown as one "diverging" figure. What an article says is one quantity (a bound the
other number meets, the same amount in two currencies, two sources' estimates) is not told
apart."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from desktop.claims import extract_claims
from desktop.linking.evidence import describe, place_of
from desktop.linking.grouping import bridges, told_apart
from desktop.sheets.content import build_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/core, for stories.py
from stories import imported  # noqa: E402

FLOODS = {
    "national.txt": "Floods kill 41 across the country\n\nFloods have killed 41 people across the "
    "country, officials said on Tuesday. In Marrow province, 36 people died.",
    "ministry.txt": "Flood toll rises\n\nThe national toll from the floods rose to 41 people on "
    "Tuesday, the interior ministry said.",
    "province.txt": "Marrow mourns its dead\n\nThirty-six people died in Marrow province in the "
    "floods, the governor said on Tuesday.",
}


def test_a_province_and_the_country_stay_two_groups(tmp_path: Path) -> None:
    """Before, the three articles made one group 'People killed', 36–41, diverging."""
    snapshot = imported(tmp_path, FLOODS)
    groups = sorted(
        (sorted(snapshot.claim(i).text for i in g.claims), g.status, g.label)
        for g in snapshot.groups
    )
    assert groups == [  # the province's group says where it counts
        (["36 people", "Thirty-six people"], "agreeing", "People killed in Marrow province"),
        (["41", "41 people", "41 people"], "agreeing", "People killed"),
    ]
    # each group's reason (its tooltip, compare --explain) says what kept them apart, and
    # never names an agreement as evidence against
    reasons = {g.label: g.reason for g in snapshot.groups}
    assert "kept apart from “People killed in Marrow province”" in reasons["People killed"]
    assert "kept apart from “People killed”" in reasons["People killed in Marrow province"]
    assert all("against: the same" not in reason for reason in reasons.values())


def _apart(text: str) -> list[tuple[str, str]]:
    claims = [c.with_ids(n, 1) for n, c in enumerate(extract_claims(text), start=1)]
    found = [describe(c) for c in claims]
    return sorted(
        tuple(sorted((found[a].claim.text, found[b].claim.text)))  # type: ignore[misc]
        for a, b in told_apart(found, bridges(found))
    )


def test_what_an_article_tells_apart() -> None:
    assert _apart("Floods killed 41 people. In Marrow province, 36 people died.") == [
        ("36 people", "41 people")
    ]
    assert _apart(
        "Police said 12,000 people marched on Saturday. A further 3,000 people rallied in the port."
    ) == [("12,000 people", "3,000 people")]
    # two sources' numbers, but for another occasion: last year's march is another quantity
    assert _apart(
        "Police put the crowd at 12,000 people. Last year the organisers claimed 100,000 "
        "people took part."
    ) == [("100,000 people", "12,000 people")]


def test_a_stadium_and_its_crowd_are_two_numbers() -> None:
    """61,847 beside 62,500 is no rounding (61,847 rounds to 61,800 or 62,000): the crowd and the
    stadium's capacity; 62,000 beside 61,847 is the crowd rounded."""
    assert _apart("A crowd of 61,847 watched. The stadium holds 62,500.") == [("61,847", "62,500")]
    assert _apart("A crowd of 62,000 watched; the official count was 61,847 fans.") == []


def test_what_an_article_gives_as_one_quantity_is_not_told_apart() -> None:
    # a bound the other number meets
    assert (
        _apart(
            "More than 400,000 customers lost power. By noon the utility counted 412,500 customers "
            "without power."
        )
        == []
    )
    # one amount in two currencies
    assert _apart("The deal values the company at £1.25bn. That is about $1.69bn.") == []
    # two sources' estimates of one crowd, each named as somebody's number
    crowd = "Police put the crowd at 12,000 people. The organisers claimed 100,000 took part."
    assert _apart(crowd) == []
    # the same number twice, and measures (sources measure a quake differently)
    assert _apart("About 400 homes burned. The 400 homes were insured.") == []
    assert _apart("The quake measured 6.8. The survey put it at magnitude 6.6.") == []


GROWTH = {
    "wire.txt": "Orsenian economy grows 0.3%\n\nThe Orsenian economy grew 0.3% in the first "
    "quarter, the statistics office said on Friday.",
    "paper.txt": "A modest quarter\n\nOrsenia's economy grew by 0.3 percent in the first quarter, "
    "figures showed on Friday.",
    "neighbour.txt": "Brennia lags\n\nBrennia's economy grew 0.3 percent in the first quarter, "
    "its statistics office said.",
}


def test_a_country_and_its_people_name_one_owner(tmp_path: Path) -> None:
    """'Orsenian economy' and "Orsenia's economy" are one country's growth; Brennia's equal
    0.3% is another's. Before, 'Orsenian' and 'Orsenia' were two owners and never linked."""
    snapshot = imported(tmp_path, GROWTH)
    title = {a.id: a.title for a in snapshot.articles}
    groups = [sorted({title[snapshot.claim(i).article] for i in g.claims}) for g in snapshot.groups]
    assert groups == [["A modest quarter", "Orsenian economy grows 0.3%"]]


RANSOM = {
    "wire.txt": "Hackers demand ransom\n\nThe group demands a ransom of 60 bitcoins, equivalent to "
    "around 5,9 million euros or 6,8 million dollars. It claims to hold 1,2 terabytes of files.",
    "paper.txt": "Hospital refuses to pay\n\nThe hospital has refused to pay the ransom of "
    "roughly $6.8m, its chief executive said. The hackers say they hold 1.2TB of records.",
    "tabloid.txt": "60 BITCOIN RANSOM\n\nCrooks want 60 bitcoin to unlock the hospital's "
    "computers. The hospital will spend 4m euros on new machines.",
}


def test_an_amount_and_its_worth_in_another_currency_are_one_quantity(tmp_path: Path) -> None:
    """'60 bitcoins, equivalent to around 5.9 million euros or 6.8 million dollars' gives one
    ransom three times: the bitcoin, euro and dollar figures of the other articles join it
    (before, one group in bitcoin and one in dollars). 4m euros spent on machines is no worth
    of anything and stays out; 1.2TB and '1,2 terabytes' are one unit."""
    snapshot = imported(tmp_path, RANSOM)
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert groups == [
        ["1,2 terabytes", "1.2TB"],
        ["6,8 million dollars", "60 BITCOIN", "60 bitcoin", "60 bitcoins",
         "around 5,9 million euros", "roughly $6.8m"],
    ]  # fmt: skip
    (ransom,) = [g for g in snapshot.groups if len(g.claims) == 6]
    assert "one sentence gives the amount in two currencies" in ransom.reason


def test_worth_words_join_an_amount_to_its_other_currency() -> None:
    from desktop.linking.grouping import equivalents

    def worth(text: str) -> list[tuple[str, str]]:
        claims = [c.with_ids(n, 1) for n, c in enumerate(extract_claims(text), start=1)]
        found = [describe(c) for c in claims]
        return [(found[a].claim.text, found[b].claim.text) for a, b in equivalents(found)]

    assert worth("The losses come to 520 million euros, which is about 2,2 billion zloty.") == [
        ("520 million euros", "about 2,2 billion zloty")
    ]
    assert worth("An hour of work costs 34,12 dollars, converted about 31,40 euros.") == [
        ("34,12 dollars", "about 31,40 euros")
    ]
    # two amounts of two things are no worth of each other
    assert worth("It paid $5m in fines and 4m euros in damages.") == []


GRANTS = {
    "wire.txt": "Census grants\n\nThe state will pay 410 million florins in grants to the regions "
    "next year.",
    "translated.txt": "Grants of millions\n\nThe regions receive 34 million euros in grants next "
    "year, at 12 florins to the euro.",
}


def test_a_rate_said_of_one_currency_joins_amounts_in_two(tmp_path: Path) -> None:
    """'at 12 florins to the euro' gives the rate: 410 million florins in two articles and 34
    million euros in a third are one amount (410 / 12 = 34.2), agreeing, with no figure taken for
    a slip and no "values 12× apart" in its reason. Without the rate they are two."""
    story = {**GRANTS, "tabloid.txt": "Cash for quake town\n\nGrants of 410 million florins "
             "were approved on Friday."}  # fmt: skip
    snapshot = imported(tmp_path, story)
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert groups == [["34 million euros", "410 million florins", "410 million florins"]]
    (grants,) = snapshot.groups
    assert (grants.status, grants.outliers) == ("agreeing", ())
    assert (grants.min, grants.max) == (408_000_000, 410_000_000)
    assert "apart" not in grants.reason
    story = dict(GRANTS)
    rateless = tmp_path / "rateless"
    rateless.mkdir()
    story["translated.txt"] = story["translated.txt"].replace(", at 12", ". At 12")
    story["translated.txt"] = story["translated.txt"].replace("florins to the euro", "florins")
    assert not imported(rateless, story).groups


def test_a_rate_is_an_amount_before_one_unit_of_another_currency() -> None:
    from desktop.linking.grouping import currency_rates, rates_said

    def said(text: str) -> list[tuple[str, str]]:
        claims = [c.with_ids(n, 1) for n, c in enumerate(extract_claims(text), start=1)]
        found = [describe(c) for c in claims if c.kind == "money"]
        return [(d.claim.text, other) for d, other in rates_said(found)]

    assert said("The rate was 9 crowns per euro and 14 crowns against the dollar.") == [
        ("9 crowns", "EUR"),
        ("14 crowns", "USD"),
    ]
    assert said("At 5.2 thalers to the euro, the bill is 2 billion thalers.") == [
        ("5.2 thalers", "EUR")
    ]
    # an amount paid to someone, or for a thing, is no rate
    assert said("It cost 5 crowns to the shop and 9 crowns per ticket.") == []
    claims = [c.with_ids(n, 1) for n, c in enumerate(extract_claims("At 12 florins to the euro."))]
    offset = currency_rates([describe(c) for c in claims])
    assert math.exp(offset["EUR"] - offset["florins"]) == pytest.approx(12)


OUTBREAK = {
    "agency.txt": "Outbreak grows\n\nThe agency reported 154 confirmed cases on Monday.",
    "paper.txt": "Salmonella spreads\n\nDoctors have now seen 154 confirmed cases and 160 "
    "suspected cases, officials said.",
    "wire.txt": "Outbreak update\n\nOfficials count 158 probable cases across the region.",
}


def test_confirmed_and_suspected_counts_stay_two_groups(tmp_path: Path) -> None:
    """154 confirmed cases and 158 probable ones are close in value and count one thing, but how
    sure each count is says they are two: never one group 'diverging' 154-160."""
    snapshot = imported(tmp_path, OUTBREAK)
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert groups == [
        ["154 confirmed cases", "154 confirmed cases"],
        ["158 probable cases", "160 suspected cases"],
    ]


RUNOFF = {
    "wire.txt": "Varga wins outright\n\nVarga won 50.6 percent of the vote, just above the 50 "
    "percent threshold that avoids a second round.",
    "paper.txt": "Governor elected\n\nTo win outright, a candidate needs more than 50 percent. "
    "Varga took 50.8 percent on election night.",
    "tabloid.txt": "VARGA DOES IT\n\nVarga cleared the magic 50 per cent mark with 50.3 per cent.",
}


def test_a_bar_and_what_happened_stay_two_groups(tmp_path: Path) -> None:
    """The 50 percent a candidate needs is no vote share: it never joins the 50.3-50.8 percent
    she won, however close the numbers."""
    snapshot = imported(tmp_path, RUNOFF)
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert ["50 per cent", "50 percent", "more than 50 percent"] in groups
    assert ["50.3 per cent", "50.6 percent", "50.8 percent"] in groups


SEATS = {
    "wire.txt": "Liberals miss the threshold\n\nThe Liberals won 4.96 percent of the vote and lose "
    "their five seats in parliament.",
    "tabloid.txt": "LIBERALS OUT\n\nThe exit poll had them on 5.2 per cent. The final count gave "
    "them 4.96.",
    "local.txt": "A seatless future\n\nThe Liberals held five seats in the outgoing parliament.",
}


def test_a_count_in_millions_is_no_fraction(tmp_path: Path) -> None:
    """8.2 million is a whole count, however a float stores it (8199999.999999999)."""
    snapshot = imported(
        tmp_path,
        {
            "a.txt": "Census\n\nThe country has 8.2 million people, the census found.",
            "b.txt": "Census count\n\nThe census counted 8,200,000 people in the country.",
        },
    )
    groups = [sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups]
    assert ["8,200,000 people", "8.2 million people"] in groups


def test_a_fraction_is_no_count_of_whole_things(tmp_path: Path) -> None:
    """A bare "4.96" (its percent left unsaid) is no number of seats, however close to five."""
    snapshot = imported(tmp_path, SEATS)
    groups = [sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups]
    assert ["five seats", "five seats"] in groups
    assert not [g for g in groups if "4.96" in g and "five seats" in g]


SECTORS = {
    "wire.txt": "Hiring slows\n\nEmployers added 38,400 jobs in January, the statistics office "
    "said. Construction shed 4,800 jobs and manufacturing 2,100.",
    "paper.txt": "A mixed month for jobs\n\nThe economy added 38,400 jobs in January. Factories "
    "lost 2,300 jobs, while builders cut 4,500.",
    "local.txt": "Region follows the nation\n\nNationally, manufacturing lost 2,100 jobs in "
    "January and construction 4,800, the office said.",
}


def test_counts_of_two_sectors_stay_two_groups(tmp_path: Path) -> None:
    """A jobs report's sectors are its places: construction's and manufacturing's jobs cut are
    two quantities, each named by its sector, however close their numbers."""
    snapshot = imported(tmp_path, SECTORS)
    groups = sorted(
        (sorted(snapshot.claim(i).text for i in g.claims), g.label) for g in snapshot.groups
    )
    assert (["2,100", "2,100 jobs", "2,300 jobs"], "Jobs in manufacturing") in groups
    assert (["4,500", "4,800", "4,800 jobs"], "Jobs cut in construction") in groups


MARCHES = {
    "capital.txt": "Castelmar march draws thousands\n\nPolice said 38,000 people marched in "
    "Castelmar on Tuesday, while the unions claimed far more.",
    "wire.txt": "Pension reform protests spread\n\nIn Castelmar, police counted 38,500 "
    "demonstrators.",
    "port.txt": "Port Sorel joins the protests\n\nSome 30,000 people took to the streets in Port "
    "Sorel, police said.",
    "local.txt": "Quays packed\n\nAbout 31,000 people marched in Port Sorel on Tuesday afternoon.",
}


def test_counts_of_two_places_stay_two_groups(tmp_path: Path) -> None:
    """Two cities' marches of one day count the same people doing the same thing, in numbers
    close enough to be one crowd: the places their clauses name keep them two groups, each
    labelled with its place; an event's name after "in" is no place ("died in Typhoon Hesper")."""
    snapshot = imported(tmp_path, MARCHES)
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert groups == [
        ["38,000 people", "38,500 demonstrators"],
        ["About 31,000 people", "Some 30,000 people"],
    ]
    labels = sorted(g.label for g in snapshot.groups)
    assert labels == ["People turned out in Castelmar", "People turned out in Port Sorel"]
    assert place_of("Nine people died in Typhoon Hesper on Monday.", "Nine people") == ""
    assert (
        place_of("Nine people died in Senna Bay district.", "Nine people") == "Senna Bay district"
    )


STORM = {
    "wire.txt": "Ice storm kills four\n\nThe ice storm has killed four people across the region, "
    "officials said on Wednesday.",
    "local.txt": "Schools shut again\n\nSchools stayed closed in four counties on Wednesday as "
    "the ice storm kept roads frozen.",
    "tabloid.txt": "ICE HELL\n\nFOUR people are dead and schools in four counties are shut as "
    "the storm grips the region.",
}


def test_people_and_places_of_one_number_stay_two_groups(tmp_path: Path) -> None:
    """Four people killed and four counties with their schools shut share a number and a story,
    never a quantity: what a figure's own words count, people or places, keeps them apart."""
    snapshot = imported(tmp_path, STORM)
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert groups == [["FOUR people", "four", "four people"], ["four counties", "four counties"]]


TAKEOVER = {
    "wire.txt": "Caldwell bids for Brandholm\n\nCaldwell & Rowe offered €38.50 a share on Monday, "
    "valuing Brandholm at about €6.2 billion ($7.2 billion).",
    "tabloid.txt": "CALDWELL'S £5.3BN SPREE\n\nThe Caldwell boss is splashing out £5.3 billion "
    "of shareholders' cash on a foreign heat-pump firm.",
    "paper.txt": "A bold bet on heat pumps\n\nThe offer values Brandholm at €6.2 billion, some "
    "£5.4 billion, a premium of 27 per cent.",
    "desk.txt": "Markets\n\nThe $7.2 billion deal for Brandholm still needs approval. "
    "Caldwell's own sales came to €5.3 billion last year.",
}


def test_one_amount_in_three_currencies_across_articles_is_one_quantity(tmp_path: Path) -> None:
    """The articles give the rates themselves ('€6.2 billion ($7.2 billion)', '€6.2 billion,
    some £5.4 billion'): at those rates the tabloid's £5.3bn and the desk's $7.2 billion are the
    deal's value, not other amounts."""
    snapshot = imported(tmp_path, TAKEOVER)
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    deal = [g for g in groups if "about €6.2 billion" in g]
    assert deal and {"£5.3BN", "£5.3 billion", "$7.2 billion"} <= set(deal[0]), groups
    assert not [g for g in groups if "€5.3 billion" in g and "£5.3 billion" in g], groups
    # shown in the currency most of them use, converted at those rates, the amounts agree
    (group,) = [g for g in snapshot.groups if len(g.claims) == len(deal[0])]
    assert (group.status, group.label) == ("agreeing", "Deal value (GBP)")
    assert (group.min, group.max) == (5.3e9, 5.4e9)


RATES_ELSEWHERE = {
    "wire.txt": "Caldwell results\n\nCaldwell & Rowe said its sales came to €10 billion "
    "($11.6 billion) last year.",
    "paper.txt": "A bid for Brandholm\n\nCaldwell & Rowe bid €6.2 billion for Brandholm on Monday.",
    "desk.txt": "Deal desk\n\nThe $7.2 billion bid for Brandholm by Caldwell & Rowe still needs "
    "approval.",
}


def test_a_group_in_two_currencies_is_shown_at_the_rates_of_the_whole_workspace(
    tmp_path: Path,
) -> None:
    """No sentence of the bid's group converts it; another article's does ('€10 billion ($11.6
    billion)'): the group is shown in one currency at that rate, agreeing, as linking weighed it,
    not 'diverging' from 6.2 to 7.2 billion in two currencies."""
    snapshot = imported(tmp_path, RATES_ELSEWHERE)
    (bid,) = [
        g for g in snapshot.groups if "€6.2 billion" in {snapshot.claim(i).text for i in g.claims}
    ]
    assert {snapshot.claim(i).text for i in bid.claims} == {"€6.2 billion", "$7.2 billion"}
    assert bid.status == "agreeing", bid
    # $7.2 billion at 10/11.6 is €6.21 billion: no more precise than the number as written
    assert (bid.min, bid.max) == (6.2e9, 6.21e9), bid
    # the sheet prints the bid at the same rates, the converted amount saying its currency
    (section,) = [s for s in build_sheet(snapshot, "w").sections if s.label == bid.label]
    assert {(r.figure, r.value_text) for r in section.rows} == {
        ("€6.2 billion", "6.2B"),
        ("$7.2 billion", "6.21B EUR"),
    }
