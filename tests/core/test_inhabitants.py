"""Who lives in a place is never the crowd that turned out there, nor the people something
happened to: a city's population beside a march of about the same size stays out of the crowd's
group (before, it sat in it, and the group called the crowd figures diverging), and the
populations the articles give are a group of their own."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/core, for stories.py
from stories import imported  # noqa: E402

MARCH = {
    "wire.txt": "Hundreds of thousands march in Port Sorel\n\nAbout 412,000 people marched "
    "through Port Sorel on Saturday, organisers said. Port Sorel's 410,000 residents had never "
    "seen a protest of that size.",
    "daily.txt": "Port Sorel brought to a standstill\n\nSome 410,000 protesters filled the "
    "streets of Port Sorel, police said, in a city of 410,000.",
    "local.txt": "A city on the march\n\nThe march drew 400,000 people, the council said. The "
    "city, home to 410,000 people, was closed to traffic all day.",
}


def test_a_city_s_people_stay_out_of_the_crowd_that_marched_there(tmp_path: Path) -> None:
    snapshot = imported(tmp_path, MARCH)
    groups = sorted(
        (sorted(snapshot.claim(i).text for i in g.claims), g.label) for g in snapshot.groups
    )
    crowd = [texts for texts, label in groups if "412,000" in " ".join(texts)]
    assert crowd == [["400,000 people", "About 412,000 people", "Some 410,000 protesters"]]
    living = [(texts, label) for texts, label in groups if "410,000 residents" in " ".join(texts)]
    assert living == [(["410,000", "410,000 people", "410,000 residents"], "Inhabitants")]
    # the crowd's reason says why the people of about its number are another group
    (marched,) = [g for g in snapshot.groups if g.label.startswith("People turned out")]
    assert "kept apart from “Inhabitants”: who lives in a place" in marched.reason
    assert marched.reason.count("“Inhabitants”") == 1  # said once, though an article gives both


def test_people_who_fled_a_town_are_no_count_of_who_lives_there(tmp_path: Path) -> None:
    """A town's people and those evacuated from it are two quantities, even of one number."""
    snapshot = imported(
        tmp_path,
        {
            "a.txt": "Town evacuated\n\nAll 9,800 people were evacuated from Brenna, a town of "
            "9,800, on Monday.",
            "b.txt": "Brenna empties\n\nBrenna, home to 9,800 people, stood empty after 9,800 "
            "residents fled the lava.",
        },
    )
    groups = sorted(sorted(snapshot.claim(i).text for i in g.claims) for g in snapshot.groups)
    assert ["9,800", "9,800 people"] in groups  # the town's people
    assert ["9,800 people", "9,800 residents"] in groups  # those who left
