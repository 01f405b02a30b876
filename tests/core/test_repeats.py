"""What an article's words make one quantity: the same number said twice (a headline's bare
number and the same number in the text, or one figure in two units side by side), and two
sources' numbers for one thing in one sentence ("police said 12,000; the organisers, 100,000").
They join the groups their figures fall in, so one count is not spread over several groups —
unless the user said the figures are not the same."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.claims import extract_claims
from desktop.linking import link_claims
from desktop.linking.evidence import describe
from desktop.linking.grouping import corrections, repeats, rivals
from desktop.model import Claim

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/core, for stories.py
from stories import imported  # noqa: E402

STORY = {
    "wire.txt": "400,000 LEFT IN THE DARK AS ICE STORM HITS\n\n"
    "The utility said on Wednesday that power had been cut to 400,000 customers overnight.",
    "local.txt": "Ice storm knocks out power\n\n"
    "About 410,000 customers of the utility lost power overnight, the company said on Wednesday.",
    "regional.txt": "Region in the dark\n\n"
    "The ice storm left 400,000 in the dark across the region, officials said.",
}


@pytest.fixture
def stored(tmp_path: Path) -> list[Claim]:
    return list(imported(tmp_path, STORY).claims)


def test_a_headline_and_its_text_join_one_group(stored: list[Claim]) -> None:
    (link,) = link_claims(stored)
    by_id = {c.id: c for c in stored}
    assert sorted(by_id[i].text for i in link.claims) == [
        "400,000", "400,000", "400,000 customers", "About 410,000 customers",
    ]  # fmt: skip
    assert "one article gives the figure twice" in link.reason


def test_a_pair_the_user_rejected_stays_apart_whatever_the_repeats(stored: list[Claim]) -> None:
    headline = next(c for c in stored if c.text == "400,000" and c.start < 10)
    regional = next(c for c in stored if c.text == "400,000" and c.start > 10)
    links = link_claims(stored, rejected=[frozenset({headline.id, regional.id})])
    assert not any({headline.id, regional.id} <= set(link.claims) for link in links)


def _described(text: str) -> list:
    claims = [c.with_ids(n, 1) for n, c in enumerate(extract_claims(text), start=1)]
    return [describe(c) for c in claims]


def test_what_counts_as_saying_a_figure_twice() -> None:
    said = _described(
        "Some 1,200 firefighters were sent. The 1,200 firefighters worked all night. "
        "Four helicopters flew; four crews rested. It burned 14,650 hectares (36,200 acres)."
    )
    texts = {(said[a].claim.text, said[b].claim.text) for a, b in repeats(said)}
    assert ("Some 1,200 firefighters", "1,200 firefighters") in texts
    assert ("14,650 hectares", "36,200 acres") in texts  # one figure in two units
    assert not any("our" in a.lower() for a, _ in texts)  # small numbers say nothing alike
    other = _described("Some 1,200 firefighters fought the fire, which destroyed 1,200 homes.")
    assert repeats(other) == []  # the same number of other things


def test_two_sources_numbers_for_one_crowd_in_one_sentence_are_rivals() -> None:
    said = _described(
        "Police said 12,000 people took part, while the organisers put the number at 60,000."
    )
    assert [(said[a].claim.text, said[b].claim.text) for a, b in rivals(said)] == [
        ("12,000 people", "60,000")
    ]
    # a boast and a police count are two givers too
    boast = _described(
        "Organisers boasted that 180,000 marched on Saturday, against a police count of 62,000."
    )
    assert [(boast[a].claim.text, boast[b].claim.text) for a, b in rivals(boast)] == [
        ("180,000", "62,000")
    ]
    speak = _described(
        "According to the organisers, 82 000 visitors were on the site; the police speak of "
        "105 000."
    )
    assert [(speak[a].claim.text, speak[b].claim.text) for a, b in rivals(speak)] == [
        ("82 000 visitors", "105 000")
    ]
    other_occasion = _described(
        "The last big march drew 40,000 people according to police and 120,000 according to "
        "the organisers."
    )
    assert rivals(other_occasion) == []
    a_part = _described("Police said 4,000 marchers came, and the organisers said 900 of them.")
    assert rivals(a_part) == []
    one_giver = _described("Some 12,000 people marched and 300 police officers watched.")
    assert rivals(one_giver) == []


def test_a_figure_one_source_gives_and_anothers_number_are_rivals() -> None:
    """A body's figure or estimate names its giver as "said" does: "The authority's figure is
    …, while the alliance speaks of …"."""
    spill = _described(
        "The Maritime Authority's figure is nearly 7,000 tonnes, while the Blue Coast Alliance"
        ' continues to speak of "up to ten thousand".'
    )
    assert [(spill[a].claim.text, spill[b].claim.text) for a, b in rivals(spill)] == [
        ("nearly 7,000 tonnes", "up to ten thousand")
    ]
    one = _described("The authority's figure is 7,000 tonnes, of which 2,000 tonnes are diesel.")
    assert rivals(one) == []


def test_a_march_and_may_are_no_months_that_keep_rivals_apart() -> None:
    """A month sets a number on another occasion only as a name, with its capital."""
    march = _described(
        "Police said 12,000 people joined the march, while the organisers put the number at 60,000."
    )
    assert [(march[a].claim.text, march[b].claim.text) for a, b in rivals(march)] == [
        ("12,000 people", "60,000")
    ]
    may = _described("Police said 12,000 may have marched, while organisers put it at 60,000.")
    assert len(rivals(may)) == 1
    in_march = _described(
        "Police said 12,000 people marched in March, while the organisers put the number at 60,000."
    )
    assert rivals(in_march) == []


def test_two_sources_numbers_told_in_turn_are_rivals() -> None:
    """One sentence gives one source's number, the next another's: "Police said … The
    organisers put the number at …"."""
    said = _described(
        "Police said 12,000 people took part in the march. The organisers put the number of"
        " marchers at 60,000."
    )
    assert [(said[a].claim.text, said[b].claim.text) for a, b in rivals(said)] == [
        ("12,000 people", "60,000")
    ]
    # wire copy gives each sentence a paragraph
    wire = _described(
        "Police said 12,000 people took part in the march.\n\nThe organisers put the number of"
        " marchers at 60,000."
    )
    assert len(rivals(wire)) == 1
    # a count of another day, who live in a place, or a sentence of several numbers: no rivals
    for text in (
        "Officials said 30,000 people have crossed since Monday. Yesterday more than 8,000"
        " people crossed, ministers said.",
        "Officials said 1.92 million people attended A&E in January. The region has 1.9 million"
        " inhabitants, officials said.",
        "Police said 12,000 people took part. The organisers said 9,000 came by bus and 3,000 on"
        " foot.",
    ):
        claims = extract_claims(text, date(2026, 3, 6))
        said = [describe(c.with_ids(n, 1)) for n, c in enumerate(claims, start=1)]
        assert rivals(said) == [], text


def test_two_sources_counts_in_a_fact_box_are_rivals() -> None:
    """A fact box's lines that each name whose count it is: "Unions' count: 250,000" and
    "Police count: 78,000"."""
    box = _described("IN NUMBERS\nUnions' count: 250,000 marchers\nPolice count: 78,000 marchers")
    assert [(box[a].claim.text, box[b].claim.text) for a, b in rivals(box)] == [
        ("250,000 marchers", "78,000 marchers")
    ]


def test_numbers_their_givers_own_are_rivals() -> None:
    """Each number named as somebody's, "the employers' 4,300 and the union's 6,400", is a
    source's number; a time that owns a number gives none ("Sunday's 46.3 … Tuesday's 46.8")."""
    owned = _described(
        "The number of strikers was never agreed: it lay between the employers' 4,300 and the "
        "union's 6,400."
    )
    assert [(owned[a].claim.text, owned[b].claim.text) for a, b in rivals(owned)] == [
        ("4,300", "6,400")
    ]
    days = _described("Sunday's 1,200 arrivals were followed by Tuesday's 2,100.")
    assert rivals(days) == []
    one = _described("The union's 6,400 strikers faced 4,300 police officers.")
    assert rivals(one) == []
    stocks = _described("The council's 3,000 homes and the city's 5,000 homes need repairs.")
    assert rivals(stocks) == []


def test_another_givers_number_with_its_verb_left_out_is_a_rival() -> None:
    """One giver's verb serves both numbers: "the owner spoke of 700 tonnes and the coastguard
    of 2,000"; the bare second number takes the first one's unit."""
    spill = _described(
        "On the first morning the owner spoke of about 700 tonnes and the coastguard of at "
        "least 2,000."
    )
    assert [(spill[a].claim.text, spill[b].claim.text) for a, b in rivals(spill)] == [
        ("about 700 tonnes", "at least 2,000")
    ]
    assert spill[1].claim.unit == "tonnes"
    crowd = _described("Police said 12,000 took part; the organisers, 60,000.")
    assert [(crowd[a].claim.text, crowd[b].claim.text) for a, b in rivals(crowd)] == [
        ("12,000", "60,000")
    ]
    # the clause goes on past the number: no giver's number
    rest = _described("Police said 300 were arrested and the rest of 200 went home.")
    assert rivals(rest) == []
    # two measures in two units are no rivals
    units = _described("The owner spoke of 700 tonnes and the coastguard of 2,000 barrels.")
    assert rivals(units) == []
    # the clause must name a giver: a crew, the youngest, a village give no number
    for sentence in (
        "The vessel was carrying 700 tonnes of fuel and the crew of 12.",
        "Police said 12 people were arrested after the match; the youngest, 14.",
        "Officials said 2,000 people left Ashby and the neighbouring village, 1,500.",
    ):
        said = _described(sentence)
        assert rivals(said) == [], sentence
    assert (
        _described("The vessel was carrying 700 tonnes of fuel and the crew of 12.")[1].claim.unit
        != "tonnes"
    )


def test_rival_estimates_join_the_groups_of_each_sources_count(tmp_path: Path) -> None:
    """Each outlet repeats one side's count of strikers; the article that gives both makes them
    one group (two before: 'Strikers' and 'Staff'), whose status is then 'diverging': what a
    fact-checker wants to see."""
    story = {
        "wire.txt": "Port strike\n\nThe union claims 4,350 strikers; the employers insist it is "
        "just under 3,000.",
        "union.txt": "Docks at a standstill\n\nSome 4,300 dockworkers stopped work on Monday, the "
        "union said.",
        "employers.txt": "Employers play down strike\n\nThe employers association said fewer "
        "than 3,000 staff had walked out by noon.",
    }
    snapshot = imported(tmp_path, story)
    (group,) = snapshot.groups
    assert sorted(snapshot.claim(i).text for i in group.claims) == [
        "4,350 strikers", "Some 4,300 dockworkers", "fewer than 3,000 staff", "just under 3,000",
    ]  # fmt: skip
    assert group.status == "diverging"
    assert "one sentence gives two sources' numbers" in group.reason  # why, for the tooltip


def test_a_number_and_the_number_it_corrects_are_one_quantity() -> None:
    said = _described(
        "A cell-by-cell count found that 41 men got out, not the 37 announced on Sunday."
    )
    assert [(said[a].claim.text, said[b].claim.text) for a, b in corrections(said)] == [
        ("41 men", "37")
    ]
    money = _described("Losses were €4.4 billion rather than the €3.1 billion first estimated.")
    assert [(money[a].claim.text, money[b].claim.text) for a, b in corrections(money)] == [
        ("€4.4 billion", "€3.1 billion")
    ]
    # two numbers set side by side are no correction of one by the other
    apart = _described("Some 41 men got out and 37 were caught, not counting the guards.")
    assert corrections(apart) == []


def test_a_corrected_number_joins_the_group_of_what_it_corrects(tmp_path: Path) -> None:
    """Each outlet gives one of two numbers ten times apart; the article that corrects one by
    the other makes them one group, 'diverging' (two before)."""
    story = {
        "first.txt": "Tanker aground\n\nThe shipowner said 700 tonnes of oil had escaped.",
        "later.txt": "Spill far worse\n\nThe tanker lost 7,400 tonnes of oil, not the 700 "
        "tonnes its owner claimed.",
        "third.txt": "Authority's figure\n\nThe maritime authority said the tanker lost 7,400 "
        "tonnes of crude.",
    }
    snapshot = imported(tmp_path, story)
    (group,) = [g for g in snapshot.groups if len(g.claims) >= 4]
    assert sorted(snapshot.claim(i).text for i in group.claims) == [
        "7,400 tonnes", "7,400 tonnes", "700 tonnes", "700 tonnes",
    ]  # fmt: skip
    assert group.status == "diverging"
    assert "one sentence corrects one number with the other" in group.reason


def test_a_number_and_the_number_a_sentence_revises_it_from_are_one_quantity() -> None:
    said = _described(
        "The group corrected the number of affected customers from 4,2 million to 6,1 million. "
        "January's gain was revised down to 29,700 from the 38,400 initially reported. "
        "Police have since revised their count to 2,650 after analysing aerial photographs, up "
        "from an initial 2,300. The bank raised its forecast for growth to 1.2 percent from 1.0 "
        "percent."
    )
    assert [(said[a].claim.text, said[b].claim.text) for a, b in corrections(said)] == [
        ("4,2 million", "6,1 million"), ("29,700", "38,400"), ("2,650", "2,300"),
        ("1.2 percent", "1.0 percent"),
    ]  # fmt: skip
    # a change that a revised number starts from, and a change with no revision, are none
    moved = _described(
        "The waiting list rose to 7.41 million in December from a revised 7.38 million in "
        "November. Figures were revised. Sales rose from 40 to 50. The adjusted margin "
        "narrowed to 7.4 percent from 9.7 percent."
    )
    assert corrections(moved) == []
    # the verb must govern the first figure (no adjective, no verb of change between), and one
    # revision is no other's: Ashby's 15 is not revised to Bexley's 20
    others = _described(
        "Officials revised the death toll in Ashby from 12 to 15 people, and in Bexley from 20 "
        "to 24 people. Under the revised plan, the number of buses will rise from 40 to 60. The "
        "agency, which revised its methodology last year, said output rose from 4,000 to 5,000 "
        "tonnes."
    )
    assert [(others[a].claim.text, others[b].claim.text) for a, b in corrections(others)] == [
        ("12", "15 people"), ("20", "24 people"),
    ]  # fmt: skip


def test_whoever_gave_a_number_may_give_another_in_its_place() -> None:
    """A revision said of one's own number ("raised its appeal from … to …") makes the two
    numbers one quantity; a change in what one holds ("cut its workforce from … to …") does not."""
    said = _described(
        "The commission raised its appeal from $76m to $138m last week. The union had lowered "
        "its own demand on Thursday from 9 percent to 8 percent. The employers sweetened their "
        "offer from 4.5 percent to 6 percent. The company cut its workforce from 12,000 to "
        "9,000 people. The council raised its stake from 10 percent to 15 percent. The firm "
        "reduced its head count from 5,000 to 4,000. The team raised its medal tally from 12 to "
        "15. The country cut its gas demand from 90 to 75 billion cubic metres."
    )
    assert [(said[a].claim.text, said[b].claim.text) for a, b in corrections(said)] == [
        ("$76m", "$138m"), ("9 percent", "8 percent"), ("4.5 percent", "6 percent"),
    ]  # fmt: skip


def test_a_correction_corrects_the_part_not_the_whole_inside_it() -> None:
    said = _described(
        "Three of the ship's twelve cargo tanks are damaged, not two as initially assumed."
    )
    assert [(said[a].claim.text, said[b].claim.text) for a, b in corrections(said)] == [
        ("Three", "two")  # the part's own words; the whole after it is a figure of its own
    ]


def test_a_small_number_said_of_different_things_makes_no_group(tmp_path: Path) -> None:
    """'Two' crew in hospital, 'two' inspections passed, 'two' extra sailings: a small number
    each outlet says of something else is a coincidence, not one quantity; the same small number
    of the same things still is."""
    story = {
        "wire.txt": "Tanker aground\n\nTwenty sailors were lifted off the ship; two were "
        "treated in hospital. Four tugs stood by.",
        "paper.txt": "Inspections in question\n\nThe ship had passed two inspections since "
        "May, the owner said. Four tugs were sent to the reef.",
        "local.txt": "Ferry adds sailings\n\nThe island ferry will run two extra sailings "
        "for volunteers. Four tugs worked through the night.",
    }
    snapshot = imported(tmp_path, story)
    grouped = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert grouped == [["Four tugs", "Four tugs", "Four tugs"]]


def test_of_a_small_number_only_the_same_things_stay_grouped(tmp_path: Path) -> None:
    """Crew treated, tanks damaged, inspections passed, extra sailings, all 'two': the two
    articles' damaged tanks stay one group; what no other article counts leaves it."""
    story = {
        "wire.txt": "Tanker aground\n\nTwenty sailors were lifted off the ship; two were "
        "treated in hospital.",
        "agency.txt": "Tanks breached\n\nOil escaped from two damaged cargo tanks, the "
        "maritime agency said.",
        "paper.txt": "Inspections in question\n\nThe ship had passed two inspections since "
        "May, the owner said. Divers confirmed two damaged tanks.",
        "local.txt": "Ferry adds sailings\n\nThe island ferry will run two extra sailings "
        "for volunteers.",
    }
    snapshot = imported(tmp_path, story)
    grouped = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert grouped == [["two damaged cargo tanks", "two damaged tanks"]]


def test_a_small_number_of_people_that_share_their_act_stays_grouped(tmp_path: Path) -> None:
    """'Two soldiers' and 'two people' killed are one count: the class lists miss the synonym,
    the act is shared."""
    story = {
        "wire.txt": "Blast near the base\n\nTwo soldiers were killed in the blast near the base.",
        "paper.txt": "Deadly blast\n\nTwo people were killed in the blast near the base, the army "
        "said.",
    }
    snapshot = imported(tmp_path, story)
    grouped = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert grouped == [["Two people", "Two soldiers"]]
