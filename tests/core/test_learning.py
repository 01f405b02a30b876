"""What the workspace learns from the user, and what it keeps when an article comes back edited:
a lone figure linked by hand teaches its wording; a re-imported article keeps its decisions."""

from __future__ import annotations

from pathlib import Path

from desktop.model import Source
from desktop.workspace import Workspace


def _write(folder: Path, name: str, text: str) -> Source:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return Source(origin=str(path))


def _group_of(ws: Workspace, claim_id: int) -> int | None:
    return next((g.id for g in ws.group_rows() if claim_id in g.claims), None)


def _claim(ws: Workspace, article: int, text: str):
    return next(c for c in ws.claims(article) if c.text.startswith(text))


def test_a_lone_figure_linked_by_hand_teaches_later_imports(tmp_path):
    ws = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    report = ws.import_sources(
        [
            _write(tmp_path, "a.txt", "Storm in the valley\n\nThe storm destroyed 120 chalets.\n"),
            _write(
                tmp_path, "b.txt", "Valley storm\n\nOfficials said 118 chalets were destroyed.\n"
            ),
            _write(tmp_path, "c.txt", "Storm report\n\nInsurers counted 11 cabins.\n"),
        ]
    )
    a, b, c = report.added
    chalets = _group_of(ws, _claim(ws, a, "120").id)
    assert chalets is not None and _group_of(ws, _claim(ws, b, "118").id) == chalets
    cabins = _claim(ws, c, "11")
    assert _group_of(ws, cabins.id) is None  # the app does not know cabins are chalets

    ws.apply(ws.plan_link([cabins.id], into=chalets))
    assert _group_of(ws, cabins.id) == chalets

    later = ws.import_sources(
        [_write(tmp_path, "d.txt", "Late count\n\nInsurers counted some 12 cabins.\n")]
    )
    (d,) = later.added
    assert _group_of(ws, _claim(ws, d, "some 12").id) == chalets
    ws.close()


def test_undoing_a_hand_link_unlearns_it(tmp_path):
    ws = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    a, b, c = ws.import_sources(
        [
            _write(tmp_path, "a.txt", "Storm\n\nThe storm destroyed 120 chalets.\n"),
            _write(tmp_path, "b.txt", "Storm\n\nOfficials said 118 chalets were destroyed.\n"),
            _write(tmp_path, "c.txt", "Storm\n\nInsurers counted 11 cabins.\n"),
        ]
    ).added
    chalets = _group_of(ws, _claim(ws, a, "120").id)
    edit = ws.plan_link([_claim(ws, c, "11").id], into=chalets)
    ws.apply(edit)
    ws.apply(edit.inverse())
    (d,) = ws.import_sources(
        [_write(tmp_path, "d.txt", "Count\n\nInsurers counted some 12 cabins.\n")]
    ).added
    assert _group_of(ws, _claim(ws, d, "some 12").id) != chalets
    ws.close()


def test_reimporting_an_edited_article_keeps_the_users_decisions(tmp_path, seed_files):
    ws = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    first = seed_files[1].read_text(encoding="utf-8")  # the FT piece: 4,500 / 6,000 / 1,500
    sources = [_write(tmp_path, "ft.txt", first)] + [Source(origin=str(p)) for p in seed_files[2:4]]
    added = ws.import_sources(sources).added
    ft = added[0]
    evacuated = _claim(ws, ft, "4,500")
    remaining = _claim(ws, ft, "1,500")
    group = _group_of(ws, evacuated.id)
    assert group is not None
    ws.apply(ws.plan_rename(group, "Evacuated in the airlift"))
    ws.apply(ws.plan_unlink(evacuated.id))
    ws.apply(ws.plan_link([evacuated.id], into=group))  # put back by hand: pinned
    ws.apply(ws.plan_unlink(remaining.id))  # taken out by hand: must stay out

    edited = "Correction appended on Thursday.\n\n" + first.replace("Source link", "Updated")
    report = ws.import_sources([_write(tmp_path, "ft.txt", edited)])
    (new_ft,) = report.added
    assert [a.id for a in ws.article_rows()].count(ft) == 0  # the old version is retired
    new_evacuated = _claim(ws, new_ft, "4,500")
    new_remaining = _claim(ws, new_ft, "1,500")
    assert new_evacuated.id in report.reattached and new_remaining.id in report.reattached
    assert _group_of(ws, new_evacuated.id) == group
    assert _group_of(ws, new_remaining.id) is None
    assert ws.group(group).label == "Evacuated in the airlift"
    ws.relink()
    assert _group_of(ws, new_remaining.id) is None
    ws.close()


def test_a_decided_figure_gone_from_the_new_version_is_reported(tmp_path, seed_files):
    ws = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    first = seed_files[1].read_text(encoding="utf-8")
    ft = ws.import_sources([_write(tmp_path, "ft.txt", first)]).added[0]
    remaining = _claim(ws, ft, "1,500")
    ws.apply(ws.plan_link([remaining.id, _claim(ws, ft, "4,500").id]))
    report = ws.import_sources([_write(tmp_path, "ft.txt", first.replace("1,500", "some"))])
    assert any("1,500" in text for text in report.unattached)
    ws.close()
