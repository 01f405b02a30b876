"""A group's label says what its figures count and, when they say it, what happened to them — in
words a reader would use, never an act one article's far-away verb lent a single figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.claims import extract_claims
from desktop.linking import label_for
from desktop.linking.evidence import place_of
from desktop.linking.naming import telling_words
from desktop.model import Claim, Source
from desktop.workspace import Workspace


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
        # a place after a part of the figure is the part's
        ("It caused two deaths, one in Teleria and one in Orvane.", "two deaths", ""),
        ("It cut 9,400 jobs, 6,100 of them in Brackland.", "9,400 jobs", ""),
        ("It cut 9,400 jobs, 6,100 of them in Brackland.", "6,100", "Brackland"),
        ("36 people died, most in Marrow province.", "36 people", "Marrow province"),
        (
            "At least 45 people, 12 of them children, died in Teleria province.",
            "45 people",
            "Teleria province",
        ),
        (
            "It killed 12 people on Monday, 3 March, in Teleria province.",
            "12 people",
            "Teleria province",
        ),
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


_HARVEST_AND_YIELD = {
    "a.txt": "Tarovia cuts wheat forecast as drought bites\n\n"
    "By Ana Pell | Interland Press | 10 June 2030\n\n"
    "Tarovia cut its wheat harvest forecast to 19.6 million tonnes on Monday. "
    "Farmers expect a yield of 2.6 tonnes per hectare.\n",
    "b.txt": "Drought shrinks Tarovia's wheat crop\n\n"
    "By Joe Marr | The Ledger | 11 June 2030\n\n"
    "The ministry now puts the harvest at 19.6 million tonnes. "
    "The average yield will fall to 2.6 tonnes per hectare, traders said.\n",
}


def _told(label: str) -> tuple[str, str]:
    name, _, word = label.partition(" — ")
    return name, word


def _workspace(folder: Path, story: dict[str, str]) -> Workspace:
    for name, text in story.items():
        (folder / name).write_text(text, encoding="utf-8")
    workspace = Workspace(f"sqlite:///{folder}/ws.sqlite")
    workspace.import_sources([Source(str(folder / name)) for name in story])
    return workspace


def test_groups_named_alike_are_told_apart_by_their_own_sentences(tmp_path: Path) -> None:
    # a harvest and a yield both count tonnes: a list of two "Tonnes" tells a reader nothing
    workspace = _workspace(tmp_path, _HARVEST_AND_YIELD)
    try:
        snap = workspace.snapshot()
        exported = {g["label"] for g in workspace.export()["groups"]}
        harvest_id = next(g.id for g in snap.groups if g.min == 19_600_000)
        assert "named: “harvest” stands beside" in workspace.explain(harvest_id)
    finally:
        workspace.close()
    by_value = {round(g.min or 0, 1): g for g in snap.groups}
    assert set(by_value) == {19_600_000, 2.6}
    harvest, crop_yield = _told(by_value[19_600_000].label), _told(by_value[2.6].label)
    assert harvest == ("Tonnes", "harvest")
    assert crop_yield[0] == "Tonnes" and crop_yield[1] in ("yield", "hectare")
    assert exported == {g.label for g in snap.groups}  # the export names them so too
    assert by_value[19_600_000].told_by == (
        "“harvest” stands beside its figures more than beside another “Tonnes” group's"
    )


def test_a_group_no_word_tells_apart_clearly_takes_the_word_that_tells_it_most() -> None:
    """ "cut" stands beside three of the quota's four figures and one of the output's two: not
    beside a quarter at most of the other's, but clearly more beside its own."""

    def group(*sentences: str) -> list[Claim]:
        return [extract_claims(s)[0] for s in sentences]

    quota = group(
        "Members agreed to cut 1.8 million barrels.",
        "The cut of 1.8 million barrels starts soon.",
        "Ministers confirmed the cut, 1.7 million barrels.",
        "Traders expect 1.9 million barrels.",
    )
    output = group(
        "Output stood at 9.7 million barrels.", "Output could be cut to 9.5 million barrels."
    )
    shipped = group("Tankers carried 3.1 million barrels.", "Tankers loaded 3.2 million barrels.")
    words = telling_words([quota, output, shipped], ["Barrels"] * 3)
    assert words == ["cut", "output", "tankers"]
    # a word beside as many of another group's figures tells nothing
    even = group(
        "Members agreed to cut 1.8 million barrels.",
        "The cut of 1.8 million barrels starts soon.",
        "Ministers confirmed 1.7 million barrels.",
        "Traders expect 1.9 million barrels.",
    )
    assert telling_words([even, output], ["Barrels"] * 2) == ["", "output"]


def test_a_name_the_user_gave_stays_as_given_and_tells_the_other_apart(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path, _HARVEST_AND_YIELD)
    try:
        before = workspace.snapshot()
        harvest = next(g for g in before.groups if g.min == 19_600_000)
        crop_yield = next(g for g in before.groups if g.min == 2.6)
        renamed = workspace.rename(crop_yield.id, "Tonnes")  # the user's name for the yield
        assert renamed
        after = workspace.snapshot_after(before, renamed.changes)
        fresh = workspace.snapshot()
    finally:
        workspace.close()
    for snap in (after, fresh):
        labels = {g.id: g.label for g in snap.groups}
        assert labels == {harvest.id: "Tonnes — harvest", crop_yield.id: "Tonnes"}


def test_a_group_whose_name_no_other_has_is_not_told_by_a_word(tmp_path: Path) -> None:
    story = {name: text.split("Farmers expect")[0].split("The average yield")[0] + "\n"
             for name, text in _HARVEST_AND_YIELD.items()}  # fmt: skip
    workspace = _workspace(tmp_path, story)
    try:
        labels = [g.label for g in workspace.snapshot().groups]
    finally:
        workspace.close()
    assert labels == ["Tonnes"]


def test_undoing_a_rename_gives_back_the_name_linking_gave_and_its_word(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path, _HARVEST_AND_YIELD)
    try:
        before = {g.id: g.label for g in workspace.snapshot().groups}
        crop_yield = next(g for g in workspace.snapshot().groups if g.min == 2.6)
        for typed in ("Yield per hectare", "Tonnes"):  # another name, and the group's own
            renamed = workspace.rename(crop_yield.id, typed)
            assert renamed
            assert {g.id: g.label for g in workspace.snapshot().groups}[crop_yield.id] == typed
            assert workspace.undo(renamed.edit)
            assert {g.id: g.label for g in workspace.snapshot().groups} == before
    finally:
        workspace.close()
