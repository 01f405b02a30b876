"""The statements in the HTML and CSV sheets, exported from real workspaces and read back (the
HTML parsed, the CSV read with the csv module): the same sections the printed sheet sets, each
version cited to its paragraph and offsets, its speaker, its marked words and its flags; and
quotations, speakers, source names and group names from outside shown as text, never as markup,
and written to CSV cells exactly as they are."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.model import Sheet, Source
from desktop.sheets import COLUMNS
from desktop.workspace import Workspace

BRANDVIK = Path(__file__).parents[1] / "data" / "statements" / "dev" / "e1_brandvik_layoffs"

# A quotation that opens like a spreadsheet formula and holds markup, quotes and an ampersand;
# one version drops its "not". Titles (first lines) that look like formulas and markup too.
QUOTE = (
    "=SUM(A1:A9) <script>alert('x')</script> we will {neg}close the Drammen hub & nobody "
    "loses a ‘job’ before March,"
)
ARTICLES = (
    "=cmd|' /C calc'!A0 <b>Brandvik</b> news\n\nBrandvik spoke on Monday.\n\n"
    f"“{QUOTE.format(neg='not ')}” said Jean-Luc O'Brien, the chief executive.\n",
    "@Brandvik <script>alert(1)</script> & Sons: cuts\n\nCuts were announced.\n\n"
    f"“{QUOTE.format(neg='')}” Jean-Luc O'Brien said on Monday.\n",
)
LABEL = '=1+1 "the hub"\n<script>alert(2)</script> & more'
SPEAKER = '+Robert "Bobby" <img src=x onerror=alert(3)>\nTables'


class _Page(HTMLParser):
    """The text of a page and the tags it opens; fails on a tag closed out of order."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        self.tags.append(tag)
        if tag not in ("br", "meta", "img"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (tag, self.open[-5:])
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(page: str) -> tuple[str, list[str]]:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.open == []
    return "".join(parser.text), parser.tags


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Workspace]:
    """Two articles quoting one remark, the group renamed and one speaker stored as a
    teammate's client (or an older version) might have stored it: anything at all."""
    path = tmp_path / "hostile.sqlite"
    ws = Workspace(f"sqlite:///{path}")
    try:
        ws.import_sources([Source.from_text(t, origin=f"{n}.txt") for n, t in enumerate(ARTICLES)])
        view = ws.statement_view()
        (group,) = view.groups
        assert ws.rename_statements(group.id, LABEL, seen=view)
        with sqlite3.connect(path) as raw:
            raw.execute(
                "UPDATE statements SET speaker = ? WHERE id = ?", (SPEAKER, group.statements[1])
            )
        yield ws
    finally:
        ws.close()


def test_hostile_statements_are_text_in_the_html(hostile: Workspace) -> None:
    text, tags = _read(hostile.sheet_html())
    assert "script" not in tags and "img" not in tags  # markup from outside stayed text
    assert "Statements quoted by several sources" in text
    assert LABEL in text
    assert QUOTE.format(neg="not ") in text and QUOTE.format(neg="") in text
    assert f"said by {SPEAKER}" in text and "said by Jean-Luc O'Brien" in text
    assert "⚑ negation lost: 'not'" in text
    for title in ("=cmd|' /C calc'!A0 <b>Brandvik</b> news", "@Brandvik <script>alert(1)</script>"):
        assert title in text
    (section,) = hostile.sheet().statements
    for version in section.versions:
        assert f"¶{version.paragraph}, chars {version.start}–{version.end}" in text


def _as_written(cell: str) -> str:
    """A CSV cell as the source wrote it: without the apostrophe that keeps a spreadsheet from
    running it as a formula."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def test_hostile_statements_come_back_from_the_csv_as_they_were(hostile: Workspace) -> None:
    raw = list(csv.DictReader(io.StringIO(hostile.sheet_csv())))
    formulas = [v for r in raw for v in r.values() if v[:1] in ("=", "+", "@")]
    assert formulas == []  # no cell a spreadsheet would run
    assert any(v.startswith("'=") for r in raw for v in r.values())
    rows = [{k: _as_written(v) for k, v in r.items()} for r in raw]
    assert tuple(rows[0]) == COLUMNS
    said = [r for r in rows if r["kind"] == "statement"]
    assert all(r["kind"] == "figure" for r in rows if r not in said)
    texts = {a.title: a.text for a in hostile.article_rows()}
    (section,) = hostile.sheet().statements
    assert len(said) == len(section.versions) == 2
    for row, version in zip(said, section.versions, strict=True):
        assert row["group_id"] == f"s{section.group}" and row["group_label"] == LABEL
        assert row["quote"] == version.text and row["speaker"] == version.speaker
        assert (int(row["paragraph"]), int(row["start"]), int(row["end"])) == (
            version.paragraph, version.start, version.end,
        )  # fmt: skip
        # the citation points at the quoted words in the source itself
        assert texts[row["title"]][int(row["start"]) : int(row["end"])] == row["quote"]
        assert row["figure"] == row["value"] == row["status"] == ""
    first, second = said
    assert first["quote"] == QUOTE.format(neg="not ") and first["speaker"] == "Jean-Luc O'Brien"
    assert second["quote"] == QUOTE.format(neg="") and second["speaker"] == SPEAKER
    assert first["dropped_or_added_words"] == "not" and first["flags"] == ""
    assert second["flags"] == "negation lost: 'not'"
    assert {first["title"], second["title"]} == set(texts)  # "=cmd…", "@Brandvik…" unchanged


@pytest.fixture(scope="module")
def brandvik(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("statement-sheets") / "brandvik.sqlite"
    ws = Workspace(f"sqlite:///{path}")
    try:
        ws.import_sources([Source(str(p)) for p in sorted(BRANDVIK.glob("*.txt"))])
        yield ws
    finally:
        ws.close()


def test_html_and_csv_hold_the_statement_sections_the_printed_sheet_holds(
    brandvik: Workspace,
) -> None:
    sheet: Sheet = brandvik.sheet()
    assert len(sheet.statements) >= 5
    text, _ = _read(brandvik.sheet_html())
    at = text.index("Statements quoted by several sources")
    assert text.index(sheet.sections[-1].label) < at  # after the figures, as on paper
    table = list(csv.DictReader(io.StringIO(brandvik.sheet_csv())))
    rows = [r for r in table if r["kind"] != "figure"]
    assert len(rows) == sum(len(s.versions) for s in sheet.statements)
    named = {r["title"]: r["source"] for r in table if r["kind"] == "figure"}
    assert all(named.get(r["title"], r["source"]) == r["source"] for r in rows)  # named alike
    by_version = {(r["group_id"], int(r["start"]), r["source"]): r for r in rows}
    for section in sheet.statements:
        assert section.label in text[at:]
        for version in section.versions:
            assert version.text in text[at:]
            assert f"¶{version.paragraph}, chars {version.start}–{version.end}" in text[at:]
            assert version.citation.endswith(f"¶{version.paragraph}, chars {version.start}–"
                                             f"{version.end}")  # fmt: skip
            row = by_version[(f"s{section.group}", version.start, version.source)]
            assert row["quote"] == version.text and row["speaker"] == version.speaker
            assert row["flags"] == "; ".join(version.flags)
            for mark, column in (
                ("changed", "changed_words"),
                ("partial", "dropped_or_added_words"),
            ):
                words = [version.text[a:b] for a, b, m in version.marks if m == mark]
                assert row[column] == "; ".join(words)
    assert any(r["changed_words"] for r in rows) and any(r["dropped_or_added_words"] for r in rows)
    assert "⚑ negation lost: 'not'" in text
