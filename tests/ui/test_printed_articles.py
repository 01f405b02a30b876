"""The articles users really have: printed to PDF and saved as web pages, every figure is still
found. Each article in the repository (the seeds and the development events) is printed with Qt's
own PDF writer — paginated, a running header and a "Page N of M" footer with the address and print
date, in one column and in two, words hyphenated at line ends — and wrapped in a news page with
navigation, a "most read" rail and ads full of figures. Imported through the workspace, each must
give the figures of the plain-text file (F1 >= 0.98 per format), with its headline as the first
line and no page furniture in its text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from printed_articles import (
    ADVERTS,
    MOST_READ,
    NAVIGATION,
    Print,
    article_paragraphs,
    news_page,
    write_pdf,
    write_report_pdf,
)
from PySide6.QtGui import QPageSize

from desktop.model import Source
from desktop.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "events").glob("*/*.txt")
)
ONE_COLUMN = Print()
TWO_COLUMNS = Print(
    outlet="Northern Courier",
    url="https://courier.example/news/2025/story-3321",
    printed="3 March 2025, 14:02",
    columns=2,
    paper=QPageSize.PageSizeId.A4,
    point_size=8.5,
    first_line_indent=True,
)


def _figures(workspace: Workspace, article: int) -> Counter[tuple[float, str]]:
    return Counter((round(c.value, 6), c.bound) for c in workspace.claims(article))


def _f1(found: Counter, expected: Counter) -> float:
    both = sum((found & expected).values())
    total = sum(found.values()) + sum(expected.values())
    return 2 * both / total if total else 1.0


@pytest.fixture(scope="module")
def corpus(qapp, tmp_path_factory) -> dict[str, list[Path]]:
    """Every article as text, one-column PDF, two-column PDF and a news page."""
    folder = tmp_path_factory.mktemp("printed")
    files: dict[str, list[Path]] = {"text": [], "one column": [], "two columns": [], "web": []}
    for n, article in enumerate(ARTICLES):
        text = article.read_text(encoding="utf-8")
        files["text"].append(article)
        for kind, look in (("one column", ONE_COLUMN), ("two columns", TWO_COLUMNS)):
            path = folder / f"{n:02d}_{kind.replace(' ', '_')}.pdf"
            write_pdf(text, path, look)
            files[kind].append(path)
        page = folder / f"{n:02d}_page.html"
        page.write_text(news_page(text, ONE_COLUMN), encoding="utf-8")
        files["web"].append(page)
    return files


@pytest.fixture(scope="module")
def imported(corpus, tmp_path_factory) -> dict[str, tuple[Workspace, list[int]]]:
    """Each format imported into a workspace of its own, articles in corpus order."""
    out = {}
    for kind, paths in corpus.items():
        url = f"sqlite:///{tmp_path_factory.mktemp(kind.replace(' ', '_'))}/w.sqlite"
        workspace = Workspace(url)
        report = workspace.import_sources([Source(str(p)) for p in paths])
        assert not report.rejected, report.rejected
        by_origin = {row.origin: row.id for row in workspace.article_rows()}
        out[kind] = (workspace, [by_origin[str(p)] for p in paths])
    yield out
    for workspace, _ in out.values():
        workspace.close()


@pytest.mark.parametrize("kind", ["one column", "two columns", "web"])
def test_printed_and_saved_articles_give_the_figures_of_the_text(imported, kind) -> None:
    text_workspace, text_ids = imported["text"]
    workspace, ids = imported[kind]
    expected: Counter = Counter()
    found: Counter = Counter()
    worst = []
    for text_id, article_id in zip(text_ids, ids, strict=True):
        want, got = _figures(text_workspace, text_id), _figures(workspace, article_id)
        expected += want
        found += got
        worst.append((_f1(got, want), article_id, sorted((want - got).elements())[:5]))
    f1 = _f1(found, expected)
    assert f1 >= 0.98, f"{kind}: F1 {f1:.3f}; worst {sorted(worst)[:3]}"


@pytest.mark.parametrize("kind", ["one column", "two columns", "web"])
def test_headline_first_and_no_page_furniture(imported, corpus, kind) -> None:
    workspace, ids = imported[kind]
    rows = {row.id: row for row in workspace.article_rows()}
    furniture = [
        ONE_COLUMN.outlet if kind != "two columns" else TWO_COLUMNS.outlet,
        "Page 1 of",
        ONE_COLUMN.url,
        TWO_COLUMNS.url,
        ONE_COLUMN.printed,
        TWO_COLUMNS.printed,
        *(n for n in NAVIGATION if any(ch.isdigit() for ch in n)),
        *MOST_READ,
        *ADVERTS,
        "Join 250,000 readers",
    ]
    for source, article_id in zip(corpus["text"], ids, strict=True):
        text = rows[article_id].text
        headline = article_paragraphs(source.read_text(encoding="utf-8"))[0]
        assert text.splitlines()[0] == headline, (kind, source.name)
        for junk in furniture:
            assert junk not in text, (kind, source.name, junk)


def test_a_reports_table_printed_to_pdf_is_read_row_by_row(qapp, tmp_path: Path) -> None:
    """A table in a PDF report, its cells set apart in columns on one baseline, reads as rows: the
    caption's "(£000)" scales the amounts and the "%" column holds shares, as in the text."""
    path = tmp_path / "annual-report.pdf"
    write_report_pdf(
        [
            "Trust income rose as legacies recovered, the annual report said on Tuesday.",
            "Its 41 shops traded for the whole year for the first time since 2019.",
            "The trust expects income to grow again this year.",
        ],
        "Table 3.1 Income by source, 2023/24 (£000)",
        [
            ["Source", "Amount", "%"],
            ["Donations and legacies", "41,208", "58.2"],
            ["Charitable activities", "18,940", "26.7"],
            ["Total", "70,843", "100.0"],
        ],
        path,
    )
    workspace = Workspace(f"sqlite:///{tmp_path / 'ws.sqlite'}")
    try:
        report = workspace.import_sources([Source(str(path))]).added[0]
        found = [(c.text, round(c.value, 3), c.unit) for c in workspace.claims(report)]
    finally:
        workspace.close()
    assert found == [
        ("41 shops", 41, "shops"),
        ("41,208", 41_208_000, "GBP"),
        ("58.2", 58.2, "%"),
        ("18,940", 18_940_000, "GBP"),
        ("26.7", 26.7, "%"),
        ("70,843", 70_843_000, "GBP"),
        ("100.0", 100.0, "%"),
    ]
