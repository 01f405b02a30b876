"""The command line as a user runs it: `python -m desktop compare …` in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/core, for processes.py
from processes import evidence_desk  # noqa: E402

BOUNDS = {"=", "~", ">", "<", "range"}
# DESIGN.md, "The export contract"
ARTICLE_FIELDS = {"id", "path", "title", "outlet", "published", "text"}
CLAIM_FIELDS = {
    "id", "article", "start", "end", "text", "value", "low", "high", "bound", "unit", "subject",
    "speaker", "as_of", "sentence",
}  # fmt: skip
GROUP_FIELDS = {"id", "label", "claims", "min", "max", "status"}
STATUSES = {"agreeing", "diverging", "changing over time"}


def explain(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path], repo_root: Path):
    """compare --json on the seeds, once for the module: (db URL, JSON path, the process)."""
    folder = tmp_path_factory.mktemp("cli")
    db = f"sqlite:///{folder}/ws.sqlite"
    out = folder / "first.json"
    done = evidence_desk(
        "compare", *map(str, seed_files), "--db", db, "--json", str(out), cwd=repo_root
    )
    assert done.returncode == 0, explain(done)
    return db, out, done


def test_compare_json_writes_the_export_contract(compared, seed_files: list[Path]) -> None:
    _, out, done = compared
    assert done.stderr == ""  # not a terminal: no progress bar, and no failures
    export = json.loads(out.read_text(encoding="utf-8"))
    assert {"articles", "claims", "groups"} <= export.keys()

    articles = {a["id"]: a for a in export["articles"]}
    assert len(articles) == 5
    assert sorted(Path(a["path"]).name for a in articles.values()) == [p.name for p in seed_files]
    for a in articles.values():
        assert ARTICLE_FIELDS <= a.keys()
        # a plain-text article is the file's content, unchanged: offsets point into the file
        assert a["text"] == Path(a["path"]).read_text(encoding="utf-8")
        if a["published"] is not None:
            date.fromisoformat(a["published"])

    groups = {g["id"]: g for g in export["groups"]}
    assert groups
    assert {c["kind"] for c in export["claims"]} == {"figure"}  # a figures reader reads these
    assert {g["kind"] for g in export["groups"]} == {"figure"}
    groups |= {g["id"]: g for g in export["statement_groups"]}
    statements = export["statements"]
    assert statements, "no statements found in the seeds"
    assert {c["kind"] for c in statements} == {"statement"}
    for c in statements:  # the quoted words, without the marks, and who said them
        assert {"id", "article", "start", "end", "text", "speaker", "pieces"} <= c.keys()
        assert c["value"] is None and c["id"].startswith("s")
        text = articles[c["article"]]["text"]
        assert text[c["start"] : c["end"]] == c["text"]  # offsets into the text, as figures'
        for (start, end), said in zip(c["pieces"], c["said"], strict=True):
            assert text[start:end] == said
        assert c["pieces"][0][0] == c["start"] and c["pieces"][-1][1] == c["end"]
    for c in export["claims"]:
        if c["kind"] != "figure":
            continue
        assert CLAIM_FIELDS <= c.keys(), c
        text = articles[c["article"]]["text"]
        assert 0 <= c["start"] < c["end"] <= len(text)
        assert text[c["start"] : c["end"]] == c["text"]
        assert c["text"] in c["sentence"]
        assert c["bound"] in BOUNDS
        assert isinstance(c["value"], int | float)
        if c["low"] is not None and c["high"] is not None:
            assert c["low"] <= c["high"]
        if c["as_of"] is not None:
            date.fromisoformat(c["as_of"])
        if c.get("group") is not None:
            assert c["id"] in groups[c["group"]]["claims"]

    claims = {c["id"]: c for c in export["claims"] + export["statements"]}
    seen: set[int] = set()
    for g in groups.values():
        if g["kind"] == "statement":  # versions of one utterance from two or more articles
            members = [claims[i] for i in g["claims"]]
            assert {c["kind"] for c in members} == {"statement"}
            assert len({c["article"] for c in members}) >= 2 and g["reason"]
            continue
        assert g["kind"] == "figure"
        assert GROUP_FIELDS <= g.keys(), g
        assert g["label"].strip() and g["status"] in STATUSES
        members = [claims[i] for i in g["claims"]]
        assert len({c["article"] for c in members}) >= 2
        assert not seen & set(g["claims"])
        seen |= set(g["claims"])
        values = {x for c in members for x in (c["value"], c["low"], c["high"]) if x is not None}
        assert g["min"] in values and g["max"] in values and g["min"] <= g["max"]


def test_running_compare_twice_changes_nothing(compared, seed_files: list[Path], repo_root: Path):
    db, first, _ = compared
    second = first.with_name("second.json")
    done = evidence_desk(
        "compare", *map(str, seed_files), "--db", db, "--json", str(second), cwd=repo_root
    )
    assert done.returncode == 0, explain(done)
    assert json.loads(second.read_text(encoding="utf-8")) == json.loads(first.read_text("utf-8"))


@pytest.fixture(scope="module")
def printed(compared, seed_files: list[Path], repo_root: Path) -> subprocess.CompletedProcess[str]:
    """compare --explain without --json on the same workspace: the table, then the reasons."""
    db, _, _ = compared
    done = evidence_desk("compare", *map(str, seed_files), "--db", db, "--explain", cwd=repo_root)
    assert done.returncode == 0, explain(done)
    return done


def _first_cell(line: str) -> str:
    """A table row's first column (columns stand two spaces apart or more)."""
    return line.split("  ")[0]


def test_compare_prints_a_table_of_the_groups(compared, printed) -> None:
    ws = Workspace(compared[0])
    try:
        groups = ws.group_rows()
    finally:
        ws.close()
    assert groups
    lines = printed.stdout.splitlines()
    assert lines[0].startswith("5 articles")
    for g in groups:
        # one row per group: its label (cut with … when long), its number of sources, its status
        cells = (g.label, g.label[:43] + "…")
        row = next((line for line in lines if _first_cell(line) in cells), None)
        assert row is not None, f"no row for {g.label!r}:\n{printed.stdout}"
        assert g.status in row and f" {g.source_count} " in row


def test_compare_explain_says_why_each_group_holds(compared, printed) -> None:
    export = json.loads(compared[1].read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in export["claims"] + export["statements"]}
    for g in export["groups"] + export["statement_groups"]:
        assert f"why: {g['reason'] or 'linked by hand'}" in printed.stdout
        for i in g["claims"]:
            if g["kind"] == "figure":
                assert f"“{claims[i]['text']}”" in printed.stdout
            else:  # each version, piece by piece, with who said it
                assert all(said in printed.stdout for said in claims[i]["said"])
                assert f"({claims[i]['speaker'] or 'unattributed'}): “" in printed.stdout
        if g["kind"] == "statement":
            assert f"{g['sources']} versions, confidence {g['confidence']:.2f}" in printed.stdout


def test_compare_prints_statement_groups_after_figure_groups(compared, printed) -> None:
    export = json.loads(compared[1].read_text(encoding="utf-8"))
    statements = export["statement_groups"]
    assert statements and {g["kind"] for g in statements} == {"statement"}
    out = printed.stdout
    assert out.index("groups of figures") < out.index(f"{len(statements)} statements quoted")
    for g in statements:
        assert g["label"][:40] in out


def test_bad_files_exit_1_and_the_rest_is_exported(
    tmp_path: Path, seed_files: list[Path], repo_root: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    good = [folder / seed_files[0].name, folder / seed_files[1].name]
    for target, seed in zip(good, seed_files, strict=False):
        target.write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << garbage")
    missing = tmp_path / "nowhere.txt"
    out = tmp_path / "out.json"

    done = evidence_desk(
        "compare", str(folder), str(missing), "--db", f"sqlite:///{tmp_path}/ws.sqlite",
        "--json", str(out), cwd=repo_root,
    )  # fmt: skip
    assert done.returncode == 1, explain(done)
    failures = done.stderr.splitlines()
    assert len(failures) == 3, done.stderr
    for name in ("empty.txt", "broken.pdf", "nowhere.txt"):
        assert sum(name in line for line in failures) == 1, done.stderr
    export = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["path"] for a in export["articles"]) == sorted(map(str, good))
    assert export["claims"]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["compare"], id="no files"),
        pytest.param(["compare", "seeds", "--colour"], id="unknown option"),
        pytest.param(["compare", "seeds", "--json"], id="option without its value"),
    ],
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path, repo_root: Path) -> None:
    db = tmp_path / "ws.sqlite"
    done = evidence_desk(*args, "--db", str(db), cwd=repo_root)
    assert done.returncode == 2, explain(done)
    assert "usage:" in done.stderr
    assert not db.exists(), "a usage error must not touch the workspace"


@pytest.mark.parametrize("where", ["one of the files", "a file in a folder given"])
def test_an_output_that_would_overwrite_an_article_is_refused(
    where: str, tmp_path: Path, seed_files: list[Path], repo_root: Path
) -> None:
    """`compare a.txt b.txt --json a.txt` (a slip of the order of arguments) wrote the export
    over the first article; now nothing is written and the article is as it was."""
    folder = tmp_path / "articles"
    folder.mkdir()
    articles = [folder / seed.name for seed in seed_files[:2]]
    for target, seed in zip(articles, seed_files, strict=False):
        target.write_bytes(seed.read_bytes())
    before = articles[0].read_bytes()
    given = [str(a) for a in articles] if where == "one of the files" else [str(folder)]
    db = tmp_path / "ws.sqlite"
    done = evidence_desk(
        "compare", *given, "--db", str(db), "--json", str(articles[0]), cwd=repo_root
    )
    assert done.returncode == 2, explain(done)
    assert articles[0].name in done.stderr and "overwrite" in done.stderr
    assert articles[0].read_bytes() == before
    assert not db.exists(), "a refused command must not touch the workspace"


def _copies(tmp_path: Path, seed_files: list[Path], n: int) -> list[Path]:
    """The first `n` seed articles, copied where a command may write beside them."""
    for seed in seed_files[:n]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    return [tmp_path / seed.name for seed in seed_files[:n]]


def _refused_with_article_kept(command: str, flag: str, articles: list[Path], cwd: Path) -> None:
    """`command FLAG *.txt`, the pattern after the output's flag: refused, article unchanged,
    and no workspace made."""
    before = articles[0].read_bytes()
    db = articles[0].with_name("refused.sqlite")
    done = evidence_desk(command, "--db", str(db), flag, *map(str, articles), cwd=cwd)
    assert done.returncode == 2, explain(done)
    assert articles[0].name in done.stderr and "overwrite" in done.stderr
    assert articles[0].read_bytes() == before
    assert not db.exists(), "a refused command must not touch the workspace"


def test_an_article_a_pattern_put_after_json_is_not_overwritten(
    tmp_path: Path, seed_files: list[Path], repo_root: Path
) -> None:
    """`compare --json *.txt`: the shell puts the first article after --json, so it is the
    output, not an input; it had been overwritten with the export. Now nothing is written. An
    export written before is still replaced, as asked."""
    articles = _copies(tmp_path, seed_files, 3)
    _refused_with_article_kept("compare", "--json", articles, repo_root)

    out = tmp_path / "comparison.json"
    out.touch()  # an empty file (as mktemp makes) holds nothing to lose
    db = tmp_path / "ws.sqlite"
    for _ in range(2):  # the second run replaces the first run's export
        done = evidence_desk(
            "compare", *map(str, articles), "--db", str(db), "--json", str(out), cwd=repo_root
        )
        assert done.returncode == 0, explain(done)
        assert json.loads(out.read_text(encoding="utf-8"))["articles"]


def test_a_sheet_is_written_again_but_never_over_an_article(
    tmp_path: Path, seed_files: list[Path], repo_root: Path
) -> None:
    """`sheet --pdf *.txt` would print the sheet over the first article: refused. A sheet's PDF,
    HTML and CSV written before are replaced when the same command runs again."""
    articles = _copies(tmp_path, seed_files, 2)
    _refused_with_article_kept("sheet", "--pdf", articles, repo_root)

    outs = {kind: tmp_path / f"sheet.{kind}" for kind in ("pdf", "html", "csv")}
    flags = [x for kind, out in outs.items() for x in (f"--{kind}", str(out))]
    db = tmp_path / "ws.sqlite"
    stamps = []
    for _ in range(2):  # the second run replaces what the first wrote
        done = evidence_desk("sheet", *map(str, articles), "--db", str(db), *flags, cwd=repo_root)
        assert done.returncode == 0, explain(done)
        stamps.append({kind: out.stat().st_mtime_ns for kind, out in outs.items()})
    assert all(stamps[1][k] > stamps[0][k] for k in outs)
    assert outs["pdf"].read_bytes().startswith(b"%PDF")
