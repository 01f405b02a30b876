"""What an article says twice is one quantity: a headline's bare number and the same number in
the text, or one figure in two units side by side. Such repeats join the groups their mentions
fall in, so one count is not spread over two groups — unless the user said the figures are not
the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.claims import extract_claims
from desktop.linking import link_claims
from desktop.linking.evidence import describe
from desktop.linking.grouping import repeats
from desktop.model import Claim, Source
from desktop.workspace import Workspace

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
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    workspace = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    try:
        workspace.import_sources([Source(str(tmp_path / name)) for name in STORY])
        return workspace.claims()
    finally:
        workspace.close()


def test_a_headline_and_its_text_join_one_group(stored: list[Claim]) -> None:
    (link,) = link_claims(stored)
    by_id = {c.id: c for c in stored}
    assert sorted(by_id[i].text for i in link.claims) == [
        "400,000", "400,000", "400,000 customers", "About 410,000 customers",
    ]  # fmt: skip


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
