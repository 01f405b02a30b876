"""A group's label says what its figures count and, when they say it, what happened to them — in
words a reader would use, never an act one article's far-away verb lent a single figure."""

from __future__ import annotations

import pytest

from desktop.linking import label_for
from desktop.linking.evidence import place_of
from desktop.model import Claim


def figures(*said: tuple[str, str, str], kind: str = "count", window: str = "") -> list[Claim]:
    """Claims of (unit as written, population key, act), one article each."""
    return [
        Claim(
            start=0,
            end=2,
            text=f"{n} {unit}",
            value=float(n + 10),
            unit=unit,
            kind=kind,
            population=population,
            act=act,
            window=window,
            id=n,
            article=n,
        )  # fmt: skip
        for n, (unit, population, act) in enumerate(said, start=1)
    ]


@pytest.mark.parametrize(
    ("group", "label"),
    [
        # most figures say it: named
        (figures(("people", "people", "killed"), ("people", "people", "killed"),
                 ("people", "people", "")), "People killed"),
        # one figure of four lent an act by a distant verb: not named
        (figures(("homes", "homes", "killed"), ("homes", "homes", ""), ("homes", "homes", ""),
                 ("homes", "homes", "")), "Homes"),
        # an act done to people is not named for things, nor one done to things for people
        (figures(("homes", "homes", "killed"), ("homes", "homes", "killed")), "Homes"),
        (figures(("people", "people", "damaged"), ("people", "people", "damaged")), "People"),
        (figures(("homes", "homes", "destroyed"), ("homes", "homes", "destroyed")),
         "Homes destroyed"),
        # a noun borrowed from another act's figure ("31 dead and 400,000 displaced") names
        # nothing this group counts
        (figures(("dead", "people", "departed"), ("people", "people", "departed"),
                 ("residents", "people", "departed")), "People evacuated / left"),
        # the noun says it already
        (figures(("deaths", "people", "killed"), ("deaths", "people", "killed")), "Deaths"),
        # a headline's capitals are not the group's name
        (figures(("JOBS", "jobs", "cut"), ("jobs", "jobs", "cut"), ("jobs", "jobs", "cut")),
         "Jobs cut"),
        # jobs are cut, trains are not (a verb for another thing in the sentence)
        (figures(("trains", "train", "cut"), ("trains", "train", "cut")), "Trains"),
        # one of two figures says it, the other says nothing: named
        (figures(("people", "people", "injured"), ("people", "people", "")), "People injured"),
        # a crowd is people
        (figures(("people", "crowd", "attended"), ("marchers", "crowd", "attended")),
         "People turned out"),
        # a standing count needs no act words
        (figures(("people", "people", "present"), ("people", "people", "present")), "People"),
        # time spans take no act
        (figures(("days", "days", "killed"), ("days", "days", "killed"), kind="duration"), "Days"),
        # a window as a reader says it
        (figures(("children", "children", ""), ("children", "children", ""),
                 window="past 1 decades"), "Children, past decade"),
        # nothing said of what is counted: still a name
        (figures(("", "", ""), ("", "", ""), window="2019-01-01/2019-12-31"), "Figures, in 2019"),
        # a period resolved to its days, named as a reader names it
        (figures(("dollars", "revenue", ""), ("dollars", "revenue", ""),
                 window="2025-07-01/2025-09-30"), "Dollars, in Q3 2025"),
        (figures(("people", "people", "killed"), ("people", "people", "killed"),
                 window="2026-01-01/2026-01-31"), "People killed, in January 2026"),
        # a count since a day is the running count: no time in its name
        (figures(("people", "people", "killed"), ("people", "people", "killed"),
                 window="since 08-14"), "People killed"),
    ],
)  # fmt: skip
def test_a_label_names_what_its_figures_say(group: list[Claim], label: str) -> None:
    assert label_for(group) == label


def test_a_period_one_figure_of_three_gives_is_no_period_of_the_group() -> None:
    """Beside two figures of 11 people now, one of "11 outbreaks in 2025" does not put the group
    in 2025; when two of three say the year, it is."""
    dated = figures(("people", "people", ""), window="2025-01-01/2025-12-31")[0]
    now = figures(("people", "people", ""), ("people", "people", ""), ("people", "people", ""))[1:]
    both = figures(("people", "people", ""), ("people", "people", ""),
                   window="2025-01-01/2025-12-31")  # fmt: skip
    assert label_for([dated, *now]) == "People"
    assert label_for([*both, now[0]]) == "People, in 2025"


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("In Marrow province, 36 people died.", "36 people", "Marrow province"),
        ("36 people died in Marrow province on Tuesday.", "36 people", "Marrow province"),
        ("Revenue was $4.46 billion in the April-June quarter.", "$4.46 billion", ""),
        ("Sales rose to 40 million euros in March.", "40 million euros", ""),
        ("It invested 40 million euros in AI last year.", "40 million euros", ""),
        # in capitals a name cannot be told from the words of a headline, but an abbreviation can
        ("DENGUE TOLL HITS 27 AS CASES DOUBLE IN NINE DAYS", "27", ""),
        ("NINE DEAD IN MUD HORROR", "NINE DEAD", ""),
        ("12 RESCUED AT BORDER", "12", ""),
        ("Prices rose 3 percent in the UK in May.", "3 percent", "the UK"),
        ("Doctors treated 21 of the people injured in Tuesday's derailment.", "21", ""),
        # a kind of place after its name or before it, with no "in"
        ("Ferris district accounts for 81 cases.", "81 cases", "Ferris district"),
        ("Hardest hit is the district Ferris with 118 cases.", "118 cases", "Ferris district"),
        ("The district has recorded 126 cases.", "126 cases", ""),
        ("The Regional District said 40 cases.", "40 cases", ""),
    ],
)
def test_the_place_a_figure_is_counted_in(sentence: str, figure: str, place: str) -> None:
    assert place_of(sentence, figure) == place


def _measures(*sentences: str) -> list[Claim]:
    from desktop.claims import extract_claims

    return [extract_claims(s)[0].with_ids(n, n) for n, s in enumerate(sentences, start=1)]


def test_a_group_of_measures_is_named_by_what_they_measure() -> None:
    crude = _measures(
        "The tanker lost 7,400 tonnes of crude on Monday.",
        "Some 7,000 tonnes of thick black crude leaked.",
        "About 7,200 tonnes have leaked, the authority said.",
    )
    assert label_for(crude) == "Tonnes of crude"
    shore = _measures(
        "Oil fouled 81 kilometres of coastline.", "It reached 74 kilometres of coastline."
    )
    assert label_for(shore) == "Km of coastline"
    # one figure's word names nothing; neither do two words of two figures
    assert label_for(crude[:1] + crude[2:]) == "Tonnes"
    mixed = _measures("It lost 7,400 tonnes of crude.", "It lost 7,000 tonnes of sludge.")
    assert label_for(mixed) == "Tonnes"
    # a participle or a word of time after the noun is not what it measures
    oil = _measures("About 700 tonnes of fuel oil leaking from it.", "Some 650 tonnes of fuel oil.")
    assert label_for(oil) == "Tonnes of oil"
    coast = _measures("Oil fouled 30 km of coastline yesterday.", "It fouled 35 km of coastline.")
    assert label_for(coast) == "Km of coastline"


def test_a_group_of_multiples_is_called_so() -> None:
    """'twice the budget' and 'DOUBLE the budget' are how many times, not an unnamed 'x'."""
    twice = _measures(
        "The stadium now costs twice the budget approved in 2021.",
        "The stadium costs DOUBLE the budget approved in 2021.",
    )
    assert [c.unit for c in twice] == ["x", "x"]
    assert label_for(twice) == "Multiple, in 2021"
