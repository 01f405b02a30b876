"""The time a figure covers, read as a typed value: calendar periods resolved against the article's
date ("last year" in a 2025 article is 2024), rates and spans kept in words, and a period that is
only the base of a change ("up 3.8% on last year") dating nothing. Linking compares the resolved
periods, so "last year" and "in 2024" are one time and "in 2023" another.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from stories import imported

from desktop.claims import extract_claims
from desktop.model import Claim, Timeframe, TimeKind


def _figure(sentence: str, figure: str, published: date | None) -> Claim:
    (claim,) = [c for c in extract_claims(sentence, published=published) if c.text == figure]
    return claim


@pytest.mark.parametrize(
    ("sentence", "figure", "published", "stored", "words"),
    [
        # a quarter with its year, and one resolved to the latest begun by the article's date
        ("Profit rose in the third quarter of 2024 to 40 million dollars.", "40 million dollars",
         date(2026, 2, 10), "2024-07-01/2024-09-30", "in Q3 2024"),
        ("Fourth-quarter revenue was 3.1 billion dollars.", "3.1 billion dollars",
         date(2026, 2, 10), "2025-10-01/2025-12-31", "in Q4 2025"),
        ("Sales rose 4% in the first half.", "4%", date(2026, 9, 1),
         "2026-01-01/2026-06-30", "in H1 2026"),
        # "in the first quarter" names a calendar quarter, not the first span of something
        ("Output rose in the first quarter by 0,3 procent.", "0,3 procent", date(2026, 5, 2),
         "2026-01-01/2026-03-31", "in Q1 2026"),
        # the first three months of a year, and months joined by a dash before "quarter"
        ("The economy grew by 0.3 per cent in the first three months of the year.",
         "0.3 per cent", date(2026, 5, 1), "2026-01-01/2026-03-31", "in Q1 2026"),
        ("Sales rose 4% in the first six months of 2025.", "4%", date(2026, 5, 1),
         "2025-01-01/2025-06-30", "in H1 2025"),
        ("GDP rose 0.3 percent in the January-March quarter.", "0.3 percent", date(2026, 4, 30),
         "2026-01-01/2026-03-31", "in Q1 2026"),
        # a period word that leads to the next number is that number's
        ("The office revised first-quarter growth up to 0.5 percent, and the annual rate to 1.3 "
         "percent.", "0.5 percent", date(2026, 5, 29), "2026-01-01/2026-03-31", "in Q1 2026"),
        ("The office revised first-quarter growth up to 0.5 percent, and the annual rate to 1.3 "
         "percent.", "1.3 percent", date(2026, 5, 29), "per year", "per year"),
        # … but the first three months of something else are a span, not a quarter
        ("In the first three months of the war, 4,000 people fled.", "4,000 people",
         date(2026, 4, 30), "past 3 months", "past 3 months"),
        # years counted back from the article's date
        ("Road deaths reached 400 last year.", "400", date(2025, 5, 10),
         "2024-01-01/2024-12-31", "in 2024"),
        ("Road deaths reached 400 last year.", "400", date(2026, 1, 2),
         "2025-01-01/2025-12-31", "in 2025"),
        ("A 2003 earthquake killed 177 people.", "177 people", date(2025, 5, 10),
         "2003-01-01/2003-12-31", "in 2003"),
        # the period nearest the figure is its own
        ("Cases rose to 378 this year, against 285 in 2024.", "285", date(2025, 5, 10),
         "2024-01-01/2024-12-31", "in 2024"),
        ("Cases rose to 378 this year, against 285 in 2024.", "378", date(2025, 5, 10),
         "2025-01-01/2025-12-31", "in 2025"),
        # a period that is the base of a change, or another number's, dates nothing
        ("Pay rose 3.8 per cent on last year.", "3.8 per cent", date(2026, 5, 10), "", ""),
        ("Turnout was 61.9 percent, higher than in 2022.", "61.9 percent", date(2026, 5, 10),
         "", ""),
        ("Officials said 412,000 voters had applied, up sharply from 214,000 in 2022.",
         "412,000 voters", date(2026, 5, 10), "", ""),
        ("Officials said 412,000 voters had applied, up sharply from 214,000 in 2022.",
         "214,000", date(2026, 5, 10), "2022-01-01/2022-12-31", "in 2022"),
        # rates, spans back, changes since a year and counts since a day keep their words
        ("Some 2,000 homes per day were connected.", "Some 2,000 homes", None, "per day",
         "per day"),
        ("Quarterly sales were 40 million dollars.", "40 million dollars", None, "per quarter",
         "per quarter"),
        ("Over the past decade 40 people died.", "40 people", None, "past 1 decades",
         "past decade"),
        # "<a year>, when …": what follows is that year's
        ("The closest parallel may be March 2024, when the amendments were rejected on a turnout "
         "of 44.4%.", "44.4%", date(2026, 5, 25), "2024-01-01/2024-12-31", "in 2024"),
        ("It drew 300,000 more than in 2025, when there were 211,000.", "211,000",
         date(2026, 5, 25), "2025-01-01/2025-12-31", "in 2025"),
        # a year that dates a base set against ("against 23,100 in 2015") dates nothing after it
        ("Sorvenia has 21,400 officers, against 23,100 in 2015, and 2,500 posts are vacant.",
         "2,500 posts", date(2026, 4, 3), "", ""),
        ("It was 412,000, up from 214,000 in 2022, and 3,000 left.", "3,000", date(2026, 4, 3),
         "", ""),
        ("The firm sold 300 cars in 2024, and 2,500 trucks.", "2,500 trucks", date(2026, 4, 3),
         "2024-01-01/2024-12-31", "in 2024"),
        # a period tied to another number by "of" is that number's, not the figure's before it
        ("The 46.8C beat the 45.9C of 2019.", "46.8C", date(2026, 7, 22), "", ""),
        ("The 46.8C beat the 45.9C of 2019.", "45.9C", date(2026, 7, 22),
         "2019-01-01/2019-12-31", "in 2019"),
        ("Sales of £1.84bn, up 2.1% on the £1.80bn of a year earlier.", "2.1%",
         date(2026, 1, 9), "", ""),
        ("Sales of £1.84bn, up 2.1% on the £1.80bn of a year earlier.", "£1.80bn",
         date(2026, 1, 9), "a year earlier", "a year earlier"),
        ("Sales rose 12% to 4.2bn euros in 2025.", "12%", date(2026, 4, 3),
         "2025-01-01/2025-12-31", "in 2025"),
        # …a change's span, not the running total it brings to
        ("The population grew by 5.4 per cent over the past decade to 8,412,356.", "5.4 per cent",
         None, "past 1 decades", "past decade"),
        ("Revenue rose 12% over the past 12 months to $4.2 billion.", "$4.2 billion", None,
         "past 12 months", "past 12 months"),  # a flow over the span
        ("Net migration fell by 100,000 in the last year to 600,000.", "600,000", None,
         "past 1 years", "past year"),
        ("Imports from 27 EU states in 2024 were worth £300bn.", "£300bn", date(2026, 4, 3),
         "2024-01-01/2024-12-31", "in 2024"),  # "from" here names a source
        ("The quake killed 40 people in the past 24 hours, bringing the toll to 300.", "300",
         None, "", ""),
        ("Deaths in the past 24 hours rose to 500.", "500", None, "past 24 hours",
         "past 24 hours"),
        ("Prices have fallen by 30% since 2019.", "30%", None, "from 2019", "since 2019"),
        ("Since 14 August, 300 cases have been found.", "300 cases", date(2025, 9, 1),
         "since 08-14", "since 08-14"),
        # no date to count back from: the words stay, unresolved
        ("Road deaths reached 400 last year.", "400", None, "last year", "last year"),
        # one span back from the figure's date is its own period, not a rate ("a year")…
        ("Revenue rose to 4.21 billion euros from 3.87 billion euros a year earlier.",
         "3.87 billion euros", date(2026, 7, 30), "a year earlier", "a year earlier"),
        ("A year ago, the company employed 50,900 people.", "50,900 people", None,
         "a year earlier", "a year earlier"),
        ("Prices rose 3 percent a year ago.", "3 percent", None, "a year earlier",
         "a year earlier"),
        ("A decade ago, 2,640 people died on the roads.", "2,640 people", None,
         "a decade earlier", "a decade earlier"),
        ("Turnout was 61.4%, up from 58.2 four years ago.", "58.2", None, "four years earlier",
         "four years earlier"),
        ("Turnout was 61.4%, up from 58.2 four years ago.", "61.4%", None, "", ""),
        ("The firm earns $4bn a year.", "$4bn", None, "per year", "per year"),
        # what an amount is counted before is no time back: "a year before tax" is by the year
        ("Staff earn £28,000 a year before tax.", "£28,000", None, "per year", "per year"),
        ("We earn about £3,400 a month after tax.", "about £3,400", None, "per month",
         "per month"),
        ("Sales were 3% higher a year before the merger.", "3%", None, "a year earlier",
         "a year earlier"),
        ("Inflation fell to 2% a year after tax cuts took effect.", "2%", None, "", ""),
        # …of the number just before it, and of its own clause only
        ("The institute reported 231 cases, up from 86 a week earlier, and about 300 probable "
         "cases.", "about 300 probable cases", date(2026, 7, 30), "", ""),
        ("Two weeks ago it held 34 percent; a year ago, 68 percent.", "34 percent", None,
         "two weeks earlier", "two weeks earlier"),
        ("Two weeks ago it held 34 percent; a year ago, 68 percent.", "68 percent", None,
         "a year earlier", "a year earlier"),
        # "since 2023, when …": what follows is that year's
        ("It was the worst disruption since 2023, when a fault forced it to cancel 380 flights.",
         "380 flights", date(2026, 8, 7), "2023-01-01/2023-12-31", "in 2023"),
        ("Prices have fallen by 30% since 2019.", "30%", date(2026, 8, 7), "from 2019",
         "since 2019"),
        ("It was the deadliest since the 2009 Lomnica earthquake, which killed 212 people.",
         "212 people", date(2026, 8, 7), "2009-01-01/2009-12-31", "in 2009"),
        ("Protests have grown since the 1997 handover, and 12,000 people marched on Sunday.",
         "12,000 people", date(2026, 8, 7), "", ""),
        # a year's possessive dates the noun after it, not a figure before it
        ("Analysts estimate about €130m, close to a fifth of last year's profit of €640m.",
         "about €130m", date(2026, 8, 7), "", ""),
        ("Analysts estimate about €130m, close to a fifth of last year's profit of €640m.",
         "€640m", date(2026, 8, 7), "2025-01-01/2025-12-31", "in 2025"),
        # the figure's own words make a rate; a name elsewhere does not
        ("That is seven in ten of the airline's 1,450 daily flights.", "1,450 daily flights",
         None, "per day", "per day"),
        ("The Daily Ledger reported 300 deaths.", "300 deaths", None, "", ""),
        # "in a year" is no rate, and a rate after another number is that number's
        ("Killer roads: 1,912 dead in a year, that's five every day", "1,912 dead", None, "", ""),
        ("About 2,000 people a day crossed the border.", "About 2,000 people", None, "per day",
         "per day"),
        # …and the base of a change dates nothing
        ("Wages increased in comparison with the previous year by 4,2 percent.", "4,2 percent",
         date(2026, 7, 30), "", ""),
    ],
)  # fmt: skip
def test_the_time_a_figure_covers(
    sentence: str, figure: str, published: date | None, stored: str, words: str
) -> None:
    claim = _figure(sentence, figure, published)
    assert claim.window == stored
    assert claim.timeframe.words == words
    assert Timeframe.read(claim.timeframe.stored()) == claim.timeframe


def test_a_dated_clause_far_back_in_a_long_sentence_still_dates_its_figure() -> None:
    # however far the figure stands from the clause that dates it, and however many figures the
    # sentence holds, each takes the last dated clause before it
    middle = "and the water ran over the fields, the lanes and the yards of the farms " * 8
    dated = f"In March 2019, when the river burst its banks {middle}it destroyed 212 homes."
    assert len(dated) > 600
    claim = _figure(dated, "212 homes", date(2026, 8, 7))
    assert claim.window == "2019-01-01/2019-12-31"
    past = f"It was the worst since the 2009 Lomnica flood, which {middle}swept away 31 bridges."
    assert _figure(past, "31 bridges", date(2026, 8, 7)).window == "2009-01-01/2009-12-31"
    # a semicolon ends the clause's reach
    cut = f"In March 2019, when the river burst its banks {middle}; now 44 homes stand empty."
    assert _figure(cut, "44 homes", date(2026, 8, 7)).window == ""


def test_a_stored_time_reads_back_as_the_same_value() -> None:
    for frame in [
        Timeframe(),
        Timeframe(TimeKind.RATE, "per day"),
        Timeframe(TimeKind.RECENT, "past 24 hours"),
        Timeframe(TimeKind.CHANGE, "from 2019"),
        Timeframe(TimeKind.SINCE, "since 08-14"),
        Timeframe(TimeKind.PERIOD, "Q3"),
        Timeframe(TimeKind.PERIOD, "", date(2024, 1, 1), date(2024, 12, 31)),
    ]:
        assert Timeframe.read(frame.stored()) == frame
    # what linking compares: a count since a day is the running count that holds now
    assert Timeframe(TimeKind.SINCE, "since 08-14").compared == Timeframe().compared == ""


# Published on Friday 24 July 2026: Sunday is the 19th, Tuesday the 21st, Thursday the 23rd.
_FRIDAY = date(2026, 7, 24)


@pytest.mark.parametrize(
    ("sentence", "figure", "day"),
    [
        # each figure holds on the day named nearest it, not on the sentence's first day
        ("The 46.3 degrees measured on Sunday was overtaken on Tuesday by Alcora's 46.8, but the "
         "centre still reached 45.1 degrees on Thursday.", "46.3 degrees", date(2026, 7, 19)),
        ("The 46.3 degrees measured on Sunday was overtaken on Tuesday by Alcora's 46.8, but the "
         "centre still reached 45.1 degrees on Thursday.", "46.8", date(2026, 7, 21)),
        ("The 46.3 degrees measured on Sunday was overtaken on Tuesday by Alcora's 46.8, but the "
         "centre still reached 45.1 degrees on Thursday.", "45.1 degrees", date(2026, 7, 23)),
        ("On Tuesday the ministry counted 41,300 strikers; on Wednesday the figures were 33,900 "
         "and 66,000.", "66,000", date(2026, 7, 22)),
        ("Health chiefs confirmed yesterday that 287 people have now caught it, up from 211 on "
         "Monday.", "287 people", date(2026, 7, 23)),
        ("Health chiefs confirmed yesterday that 287 people have now caught it, up from 211 on "
         "Monday.", "211", date(2026, 7, 20)),
        # a day after "since" opens a window: the count holds when the article is out
        ("Paramedics have diverted 57 ambulances since Monday.", "57 ambulances", _FRIDAY),
        # "Saturday's landslide" dates the landslide, not the missing named after it…
        ("By Tuesday evening the toll from Saturday's landslide stood at 15 dead, with 12 people "
         "still missing.", "12 people", date(2026, 7, 21)),
        # …but "Sunday's 46.3C" is Sunday's figure
        ("Sunday's record 46.3C was beaten two days later.", "46.3C", date(2026, 7, 19)),
        # nothing named: the article's own day
        ("The council counted 400 tents.", "400 tents", _FRIDAY),
    ],
)  # fmt: skip
def test_a_figure_holds_on_the_day_named_nearest_it(sentence: str, figure: str, day: date) -> None:
    assert _figure(sentence, figure, _FRIDAY).as_of == day


_LAST_YEAR = {
    "a_wire.txt": (
        "Harbour traffic slows\n\nPublished: 12 March 2025\n\n"
        "The port of Vell handled 2.3 million containers last year, its operator said.\n"
    ),
    "b_paper.txt": (
        "Vell port in numbers\n\nPublished: 14 March 2025\n\n"
        "Vell handled 2.3 million containers in 2024, according to the port authority.\n"
        "In 2023 it handled 2.1 million containers, the authority said.\n"
    ),
    "c_local.txt": (
        "Dockers look back\n\nPublished: 20 March 2025\n\n"
        "In 2023 the port of Vell moved 2.1 million containers, dockers recalled.\n"
    ),
}


def test_last_year_and_the_year_it_names_are_one_time_and_another_year_is_not(
    tmp_path: Path,
) -> None:
    snapshot = imported(tmp_path, _LAST_YEAR)
    groups: dict[float, set[int | None]] = {}
    for claim in snapshot.claims:
        group = snapshot.group_of(claim.id) if claim.id is not None else None
        groups.setdefault(claim.value, set()).add(group.id if group else None)
    # 2.3 million "last year" (2024) and "in 2024" share a group; 2023's 2.1 million its own
    assert len(groups[2_300_000]) == 1 and None not in groups[2_300_000]
    assert len(groups[2_100_000]) == 1 and None not in groups[2_100_000]
    assert groups[2_300_000] != groups[2_100_000]
    (recent,) = [g for g in snapshot.groups if g.id in groups[2_300_000]]
    assert recent.label.endswith(", in 2024")
    assert len(recent.articles) == 2
