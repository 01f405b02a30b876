"""The comparison sheet's content, HTML and CSV, built from a real workspace of the seeds."""

from __future__ import annotations

import csv
import io
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from stories import imported

from desktop.model import Claim, GroupRow, Snapshot, Source, apart_text
from desktop.model import claim_value_text as format_value
from desktop.sheets import COLUMNS, build_sheet, render_csv, render_html
from desktop.workspace import Workspace


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path]) -> Snapshot:
    path = tmp_path_factory.mktemp("sheet") / "ws.sqlite"
    workspace = Workspace(f"sqlite:///{path}")
    try:
        workspace.import_sources([Source(origin=str(p)) for p in seed_files])
        return workspace.snapshot()
    finally:
        workspace.close()


def test_sections_most_divergent_first_with_every_grouped_claim(seeded: Snapshot) -> None:
    sheet = build_sheet(seeded, "seeds", printed=date(2024, 5, 1))
    assert sheet.workspace == "seeds" and sheet.printed == date(2024, 5, 1)
    assert [s.group for s in sheet.sections] and len(sheet.sections) == len(seeded.groups)
    spreads = [s.spread for s in sheet.sections]
    assert spreads == sorted(spreads, reverse=True)
    assert sheet.sections[0].status == "diverging"
    for section, group in (
        (s, next(g for g in seeded.groups if g.id == s.group)) for s in sheet.sections
    ):
        assert sorted(r.claim for r in section.rows) == sorted(group.claims)
        assert section.label == group.label and section.status == group.status


def test_rows_follow_article_order(seeded: Snapshot) -> None:
    order = {a.id: n for n, a in enumerate(seeded.articles)}
    for section in build_sheet(seeded, "seeds").sections:
        keys = [(order[r.article], r.start) for r in section.rows]
        assert keys == sorted(keys)


def test_every_citation_points_at_its_figure(seeded: Snapshot) -> None:
    texts = {a.id: a.text for a in seeded.articles}
    sheet = build_sheet(seeded, "seeds", appendix=True)
    rows = [r for s in sheet.sections for r in s.rows] + list(sheet.appendix)
    assert rows
    for row in rows:
        text = texts[row.article]
        assert text[row.start : row.end] == row.figure
        a, b = row.emphasis
        assert row.sentence[a:b] == row.figure
        assert f"¶{row.paragraph}, chars {row.start}–{row.end}" in row.citation
        line = text.split("\n")
        paragraphs = [p for p in line if p.strip()]
        assert row.figure in paragraphs[row.paragraph - 1]


def test_appendix_holds_the_figures_no_group_has(seeded: Snapshot) -> None:
    grouped = {i for g in seeded.groups for i in g.claims}
    sheet = build_sheet(seeded, "seeds", appendix=True)
    assert {r.claim for r in sheet.appendix} == {c.id for c in seeded.claims} - grouped
    assert build_sheet(seeded, "seeds").appendix == ()


def test_chosen_groups_only(seeded: Snapshot) -> None:
    last = seeded.groups[-1].id
    sheet = build_sheet(seeded, "seeds", [last])
    assert [s.group for s in sheet.sections] == [last]


def test_values_are_written_with_their_bounds() -> None:
    def claim(value: float, bound: str, low=None, high=None) -> Claim:
        return Claim(0, 1, "x", value, bound=bound, low=low, high=high)

    assert format_value(claim(6000, "~")) == "~6,000"
    assert format_value(claim(4000, ">", low=4000)) == ">4,000"
    assert format_value(claim(200, "<", high=200)) == "<200"
    assert format_value(claim(6, "range", low=6, high=7)) == "6–7"
    assert format_value(claim(4500, "=")) == "4,500"
    assert format_value(claim(2.5, "=")) == "2.5"


def test_csv_has_one_row_per_grouped_claim(seeded: Snapshot) -> None:
    sheet = build_sheet(seeded, "seeds")
    rows = list(csv.DictReader(io.StringIO(render_csv(sheet))))
    assert tuple(rows[0].keys()) == COLUMNS
    assert len(rows) == sum(len(g.claims) for g in seeded.groups)
    texts = {a.title: a.text for a in seeded.articles}
    for row in rows:
        assert texts[row["title"]][int(row["start"]) : int(row["end"])] == row["figure"]
        assert row["figure"] in row["sentence"]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in ("br", "meta", "img"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (tag, self.open[-5:])
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_parses_and_names_every_source_and_group(seeded: Snapshot) -> None:
    sheet = build_sheet(seeded, "seeds", appendix=True)
    page = render_html(sheet)
    parser = _Collect()
    parser.feed(page)
    parser.close()
    assert page.startswith("<!DOCTYPE html>") and parser.open == []
    text = "".join(parser.text)
    for article in seeded.articles:
        assert article.title in text
        assert article.outlet in text
    for section in sheet.sections:
        assert section.label in text
        assert section.status.upper() in text  # status in words, not only colour
        for row in section.rows:
            assert f"¶{row.paragraph}, chars {row.start}–{row.end}" in text


def test_empty_snapshot_gives_an_empty_sheet() -> None:
    sheet = build_sheet(Snapshot(), "empty", appendix=True)
    assert sheet.sections == () and sheet.appendix == ()
    assert "Comparison sheet" in render_html(sheet)
    assert render_csv(sheet).count("\n") == 1


def test_suspected_slips_are_flagged() -> None:
    claims = tuple(
        Claim(0, 5, "x", v, sentence="x", paragraph=1, id=i, article=i)
        for i, v in enumerate((100, 110, 9000), 1)
    )
    group = GroupRow(1, "g", (1, 2, 3), (1, 2, 3), 100, 110, "agreeing", outliers=(3,))
    sheet = build_sheet(Snapshot((), claims, (group,)), "w")
    assert [r.slip for r in sheet.sections[0].rows] == [False, False, True]
    rows = list(csv.DictReader(io.StringIO(render_csv(sheet))))
    assert [r["suspected_slip"] for r in rows] == ["", "", "yes"]


def test_a_share_said_as_a_fraction_is_shown_as_a_percentage_once(tmp_path: Path) -> None:
    """ "Nearly two-thirds of the town's buildings" beside "About 64 percent" is written as a
    percentage on the sheet, with its sign once (it read "~66.67% %"); a converted amount
    still says its currency."""
    snapshot = imported(
        tmp_path,
        {
            "a.txt": "Quake damage\n\nNearly two-thirds of the town's buildings were damaged.\n\n"
            "The state will pay 410 million florins in grants.",
            "b.txt": "Town counts cost\n\nAbout 64 percent of the town's buildings were damaged."
            "\n\nThe region will receive 34 million euros in grants, at 12 florins to the euro.",
        },
    )
    values = {r.figure: r.value_text for s in build_sheet(snapshot, "w").sections for r in s.rows}
    assert values["Nearly two-thirds of the town's buildings"] == "~66.67%"
    assert values["About 64 percent"] == "~64%"
    assert values["410 million florins"] == "34.2M EUR"


def test_one_formatter_writes_a_figure_the_same_for_every_view():
    from desktop.model import approx_interval, number_text, range_text

    assert number_text(150.5) == "150.5"  # the panel and the sheet no longer differ
    assert number_text(0.001) == "0.001" and number_text(0.215) == "0.215"  # never "0", "0.21"
    assert number_text(5.125) == "5.125" and number_text(0.00004) == "0.00004"  # "5.12", "0"
    assert number_text(1 / 3) == "0.3333"  # a share worked out, not sixteen decimals
    assert format_value(Claim(0, 1, "x", 150.5)) == "150.5"
    assert range_text(4000, 6000) == "4,000–6,000" and range_text(5, 5) == "5"
    # a round number of millions or billions is written as the chart's axis writes it; a number
    # that is not one stays whole
    assert range_text(6.2e9, 7.1e9) == "6.2B–7.1B" and number_text(3_100_000) == "3.1M"
    assert number_text(1_523_905) == "1,523,905" and number_text(412_500) == "412,500"
    assert approx_interval(6000, "~") == pytest.approx((5400, 6600))
    assert approx_interval(6, "range", 6, 7) == (6, 7)
    assert approx_interval(4500, "=") == (4500, 4500)


def test_sources_are_named_one_way_never_by_a_hashed_file_name() -> None:
    from desktop.model import outlet_name, source_name

    assert source_name(
        "", "Blinken urges Taliban to ensure safe passage out", "seeds/001_06db.txt"
    ) == ("Blinken urges Taliban to ensure safe…")
    assert source_name("Reuters", "Anything", "x.txt") == "Reuters"
    assert source_name("", "", "https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert source_name("", "", "notes/kabul.txt") == "kabul.txt"  # nothing better is known
    assert outlet_name("", "https://apnews.com/article/x") == "apnews.com"
    assert outlet_name("", "seeds/001.txt") == ""


def test_a_group_in_acres_and_hectares_is_compared_in_one_unit(fire_in_two_units) -> None:
    """Two outlets give one burned area, one in acres and one in hectares: the group agrees, its
    range and spread are in one unit, and the sheet gives the hectares figure as written beside
    its value in acres (CSV: value and unit)."""
    snapshot = fire_in_two_units.snapshot()
    table = list(csv.DictReader(io.StringIO(fire_in_two_units.sheet_csv())))
    (group,) = snapshot.groups
    assert {snapshot.claim(i).text for i in group.claims} == {"4,000 acres", "1,620 hectares"}
    assert (group.min, group.max, group.status, group.spread) == (4_000, 4_000, "agreeing", 1.0)
    (section,) = build_sheet(snapshot, "fire").sections
    assert {(r.figure, r.value_text) for r in section.rows} == {
        ("4,000 acres", "4,000"),
        ("1,620 hectares", "4,000 acres"),
    }
    assert {(r["figure"], r["value"], r["unit"]) for r in table} == {
        ("4,000 acres", "4000", "acres"),
        ("1,620 hectares", "4000", "acres"),
    }


def test_figures_that_agree_within_their_bounds_are_not_apart(tmp_path: Path) -> None:
    """ "More than 14,000 tonnes" and "78,600 tonnes" agree: the group is no 5.6× apart on the
    sheet, and it comes after a group whose sources do differ."""
    (tmp_path / "a.txt").write_text(
        "Salvage\n\nCrews have pumped more than 14,000 tonnes of oil off the wreck. "
        "The storm surge reached 40 centimetres.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Salvage goes on\n\nSalvors said 78,600 tonnes of oil had been pumped off the wreck. "
        "The storm surge reached 50 centimetres.",
        encoding="utf-8",
    )
    workspace = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    try:
        workspace.import_sources([Source(str(tmp_path / n)) for n in ("a.txt", "b.txt")])
        snapshot = workspace.snapshot()
    finally:
        workspace.close()
    tonnes = next(g for g in snapshot.groups if g.max == 78_600)
    assert (tonnes.min, tonnes.status, tonnes.spread) == (14_000, "agreeing", 1.0)
    sheet = build_sheet(snapshot, "salvage")
    assert [s.status for s in sheet.sections] == ["diverging", "agreeing"]
    assert render_html(sheet).count("× apart") == 1  # the surge's 40 and 50 centimetres


def test_temperatures_apart_are_a_difference_in_degrees_not_a_ratio(tmp_path: Path) -> None:
    """46.3 and 46.8 degrees are half a degree apart, not "1.0×": a temperature's zero means
    nothing. A count's sources stay a ratio apart."""
    snapshot = imported(
        tmp_path,
        {
            "a.txt": "Heat record\n\nAlcora recorded 46.3C on Tuesday. Police made 20 arrests on "
            "Tuesday.",
            "b.txt": "Record heat\n\nAlcora recorded 46.8C on Tuesday. Police made 30 arrests on "
            "Tuesday.",
        },
    )
    heat = next(g for g in snapshot.groups if g.max == 46.8)
    arrests = next(g for g in snapshot.groups if g.max == 30)
    assert (heat.status, heat.apart) == ("diverging", "0.5 apart")
    assert (arrests.status, arrests.apart) == ("diverging", "1.5× apart")
    html = render_html(build_sheet(snapshot, "heat"))
    assert "0.5 apart" in html and "1.5× apart" in html and "1.0×" not in html


@pytest.mark.parametrize(
    ("low", "high", "status", "no_true_zero", "said"),
    [
        (46.3, 48, "diverging", True, "1.7 apart"),
        (-6, 2, "changing over time", True, "8 apart"),  # a ratio of these means nothing
        (46.3, 46.3, "agreeing", True, ""),
        (40, 81, "diverging", False, "2.0× apart"),
        (14_000, 78_600, "agreeing", False, ""),  # "more than 14,000" fits 78,600
        (100, 104, "diverging", False, ""),  # 1.04×: said as a range, not as "1.0×"
    ],
)
def test_how_far_apart_a_group_is_said(low, high, status, no_true_zero, said) -> None:
    assert apart_text(low, high, status, no_true_zero) == said
