"""Group labels are words a reader understands: on every corpus we hold, no label shows a key's
internal markers (" (part)", " (other)", " · "), a doubled space or stray spaces at its ends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.model import Source
from desktop.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"
CORPORA = [DATA.parents[1] / "seeds"] + sorted(
    p for root in ("events", "blind_events") for p in (DATA / root).iterdir() if p.is_dir()
)
_MARKERS = re.compile(r"\((?:part|other|new)\)| · |  |^\s|\s$")


@pytest.mark.parametrize("corpus", CORPORA, ids=[p.name for p in CORPORA])
def test_no_label_shows_an_internal_marker(corpus: Path, tmp_path: Path) -> None:
    workspace = Workspace(f"sqlite:///{tmp_path}/w.sqlite")
    try:
        workspace.import_sources([Source(str(p)) for p in sorted(corpus.glob("*.txt"))])
        labels = [row.label for row in workspace.group_rows()]
    finally:
        workspace.close()
    assert labels
    assert [label for label in labels if _MARKERS.search(label)] == []
