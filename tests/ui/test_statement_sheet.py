"""The statements section of the printed sheet, read back from a real PDF with pdftotext: every
group of versions, each version's words and source citation, a flipped version's flag."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.model import Sheet, Source
from desktop.ui.printing import render_pdf
from desktop.workspace import Workspace

BRANDVIK = Path(__file__).parents[1] / "data" / "statements" / "dev" / "e1_brandvik_layoffs"


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Sheet:
    path = tmp_path_factory.mktemp("statement-sheet") / "brandvik.sqlite"
    workspace = Workspace(f"sqlite:///{path}")
    try:
        workspace.import_sources([Source(str(p)) for p in sorted(BRANDVIK.glob("*.txt"))])
        return workspace.sheet()
    finally:
        workspace.close()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_pdf_holds_every_statement_group_and_its_versions(
    qapp, sheet: Sheet, tmp_path: Path, pdftext
) -> None:
    assert len(sheet.statements) >= 5
    out = tmp_path / "sheet.pdf"
    render_pdf(sheet, out)
    flat = _squash(pdftext(out))
    at = flat.index("Statements quoted by several sources")
    assert flat.index(sheet.sections[-1].label) < at  # after the figures
    for section in sheet.statements:
        words = section.label.split()[:5]
        assert all(w in flat[at:] for w in words), section.label
        for version in section.versions:
            # the version's words, as quoted (a long one wraps across lines: by its words)
            assert all(w in flat for w in version.text.split()[:8]), version.text
            offsets = version.citation.rsplit("chars ", 1)[1]  # "1411–1437"
            assert offsets in flat, version.citation
    flipped = next(s for s in sheet.statements if "not close the Drammen hub" in s.label
                   or any("Drammen" in v.text for v in s.versions) and any(
                       v.flags for v in s.versions))  # fmt: skip
    assert any("negation lost: 'not'" in f for v in flipped.versions for f in v.flags)
    assert "⚑ negation lost: 'not'" in flat
    assert "dropped or added by some versions" in flat
