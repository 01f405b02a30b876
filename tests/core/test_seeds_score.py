"""How well compare does on the seeds, scored by our own code (tests/scoring.py) against the gold
annotation in tests/data/seeds_gold.json; and the scorer itself, on exports made up here."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for tests/scoring.py
from scoring import figures_only, locate, score_export  # noqa: E402

SHARED_SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def gold(gold_path: Path) -> dict[str, Any]:
    return json.loads(gold_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def export_path(tmp_path_factory: pytest.TempPathFactory, seed_files, repo_root: Path) -> Path:
    folder = tmp_path_factory.mktemp("score")
    out = folder / "seeds.json"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "compare", *map(str, seed_files),
         "--db", f"sqlite:///{folder}/ws.sqlite", "--json", str(out)],
        cwd=repo_root, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out


def test_seeds_extraction_and_linking_scores(export_path: Path, gold: dict[str, Any]) -> None:
    score = score_export(json.loads(export_path.read_text(encoding="utf-8")), gold)
    summary = (
        f"extraction P {score.extraction_precision:.3f} R {score.extraction_recall:.3f} "
        f"(tp {score.tp} fp {score.fp} fn {score.fn}); linking P {score.link_precision:.3f} "
        f"R {score.link_recall:.3f} ({score.correct_pairs}/{score.predicted_pairs} predicted, "
        f"{score.gold_pairs} gold)"
    )
    assert score.extraction_f1 >= 0.95, summary
    assert score.link_f1 >= 0.80, summary


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared/eval/score.py is not checked out")
def test_our_scorer_agrees_with_the_shared_one(
    export_path: Path, gold_path: Path, gold: dict[str, Any]
) -> None:
    # the shared scorer predates statements: it is given the figures, as a consumer that reads
    # only figures (`kind` "figure") sees them
    figures = export_path.with_name("figures.json")
    export = json.loads(export_path.read_text(encoding="utf-8"))
    figures.write_text(json.dumps(figures_only(export)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(gold_path), str(figures)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = re.search(r"extraction_f1=([\d.]+) link_f1=([\d.]+)", done.stdout)
    assert found, done.stdout
    score = score_export(export, gold)
    assert f"{score.extraction_f1:.3f}" == found.group(1)
    assert f"{score.link_f1:.3f}" == found.group(2)


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared/eval/score.py is not checked out")
def test_our_scorer_agrees_on_flawed_exports(
    gold_path: Path, gold: dict[str, Any], seeds_dir: Path, tmp_path: Path
) -> None:
    base = perfect_export(gold, seeds_dir)
    flawed = []
    for n in range(0, len(base["claims"]), 5):  # every fifth figure missed, then mis-valued
        missed = copy.deepcopy(base)
        del missed["claims"][n]
        flawed.append(missed)
        valued = copy.deepcopy(base)
        valued["claims"][n]["value"] *= 10
        flawed.append(valued)
    lumped = copy.deepcopy(base)
    lumped["groups"] = [{"id": 0, "claims": [c["id"] for c in base["claims"][::2]]}]
    flawed.append(lumped)
    for n, export in enumerate(flawed):
        path = tmp_path / f"flawed-{n}.json"
        path.write_text(json.dumps(export), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(SHARED_SCORER), str(gold_path), str(path)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        score = score_export(export, gold)
        expected = f"extraction_f1={score.extraction_f1:.3f} link_f1={score.link_f1:.3f}"
        assert done.stdout.strip().splitlines()[-1] == expected, n


# --------------------------------------------------------------------------- the scorer itself


def perfect_export(gold: dict[str, Any], seeds_dir: Path) -> dict[str, Any]:
    """An export that finds exactly the required gold figures and groups them by quantity."""
    names = sorted({f["article"] for f in gold["figures"]})
    articles = [
        {"id": n + 1, "path": f"seeds/{name}", "text": (seeds_dir / name).read_text("utf-8")}
        for n, name in enumerate(names)
    ]
    article_id = {a["path"].split("/")[-1]: a["id"] for a in articles}
    claims, groups = [], {}
    for n, f in enumerate(f for f in gold["figures"] if not f.get("optional")):
        claims.append(
            {"id": 100 + n, "article": article_id[f["article"]], "start": f["start"],
             "end": f["end"], "value": f["value"], "bound": f["bound"]}
        )  # fmt: skip
        groups.setdefault(f["quantity"], []).append(100 + n)
    return {
        "articles": articles,
        "claims": claims,
        "groups": [{"id": n, "claims": ids} for n, ids in enumerate(groups.values())],
    }


def test_a_perfect_export_scores_one(gold: dict[str, Any], seeds_dir: Path) -> None:
    score = score_export(perfect_export(gold, seeds_dir), gold)
    assert (score.extraction_f1, score.link_f1) == (1.0, 1.0)
    assert score.fp == score.fn == 0 and score.gold_pairs > 0


def test_each_kind_of_mistake_costs(gold: dict[str, Any], seeds_dir: Path) -> None:
    base = perfect_export(gold, seeds_dir)
    total = len(base["claims"])

    missed = copy.deepcopy(base)
    missed["claims"].pop(0)
    score = score_export(missed, gold)
    assert (score.tp, score.fn, score.fp) == (total - 1, 1, 0)
    assert score.link_recall < 1.0

    wrong_value = copy.deepcopy(base)
    wrong_value["claims"][0]["value"] += 1
    score = score_export(wrong_value, gold)
    assert (score.fn, score.fp) == (1, 1)

    extra = copy.deepcopy(base)
    extra["claims"].append({"id": 999, "article": 1, "start": 0, "end": 3, "value": 7})
    score = score_export(extra, gold)
    assert (score.tp, score.fp) == (total, 1) and score.extraction_precision < 1.0

    lumped = copy.deepcopy(base)
    lumped["groups"] = [{"id": 0, "claims": [c["id"] for c in lumped["claims"]]}]
    score = score_export(lumped, gold)
    assert score.link_recall == 1.0 and score.link_precision < 0.5

    nothing = {"articles": [], "claims": [], "groups": []}
    score = score_export(nothing, gold)
    assert (score.extraction_f1, score.link_f1, score.tp) == (0.0, 0.0, 0)


def test_claims_over_optional_figures_count_neither_way(gold: dict[str, Any], seeds_dir) -> None:
    optional = [f for f in gold["figures"] if f.get("optional")]
    if not optional:
        pytest.skip("the gold file marks no figure optional")
    export = perfect_export(gold, seeds_dir)
    f = optional[0]
    article = next(a["id"] for a in export["articles"] if a["path"].endswith(f["article"]))
    export["claims"].append(
        {"id": 999, "article": article, "start": f["start"], "end": f["end"], "value": -1}
    )
    export["groups"][0]["claims"].append(999)
    score = score_export(export, gold)
    assert (score.extraction_f1, score.link_f1) == (1.0, 1.0)


def test_quotes_are_found_by_offsets_text_or_white_space() -> None:
    text = "Some 4,500 US\n  citizens left; 4,500 US citizens stayed."
    assert locate(text, "4,500 US citizens", (31, 48)) == (31, 48)
    assert locate(text, "4,500 US citizens", (0, 3)) == (31, 48)
    assert locate(text, "Some 4,500 US citizens") == (0, 24)
    assert locate(text, "nowhere") is None
