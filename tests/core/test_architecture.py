"""The shape of the code: the import contracts hold, and the core runs with Qt absent."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

# Makes `import X` raise ImportError for each, as if the wheel were not installed
BLOCK_QT = textwrap.dedent("""
    import sys
    for name in ("PySide6", "shiboken6", "pyqtgraph"):
        sys.modules[name] = None
""")
QT_PREFIXES = ("PySide6", "shiboken6", "pyqtgraph")
BOUNDS = {"=", "~", ">", "<", "range"}


def _python(code: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


def _report(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit status {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"


def test_import_contracts_hold(repo_root):
    """lint-imports checks the contracts in pyproject.toml ([tool.importlinter])."""
    exe = Path(sys.executable).with_name("lint-imports")  # the one in this venv
    command = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    done = subprocess.run(
        [*command, "--no-cache"], cwd=repo_root, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, _report(done)


def test_compare_runs_with_qt_absent(repo_root, seed_files, db_url, tmp_path):
    """The CLI's compare goes ingest → claims → linking → store → JSON without importing Qt."""
    out = tmp_path / "compare.json"
    args = ["compare", *map(str, seed_files), "--db", db_url, "--json", str(out)]
    code = BLOCK_QT + textwrap.dedent(f"""
        from desktop.cli import main
        status = main({args!r})
        sys.exit(status or 0)
    """)
    done = _python(code, repo_root)
    assert done.returncode == 0, _report(done)

    export = json.loads(out.read_text(encoding="utf-8"))
    assert len(export["articles"]) == len(seed_files) == 5
    articles = {a["id"] for a in export["articles"]}
    claims = export["claims"]
    assert claims, "no figures found in the seeds"
    for claim in claims:
        assert {"kind", "start", "end", "value", "bound"} <= claim.keys(), claim
        assert claim["article"] in articles, claim
        assert 0 <= claim["start"] < claim["end"], claim
        assert claim["kind"] == "figure" and claim["bound"] in BOUNDS, claim
    statements = export["statements"]  # apart, so that every claim is a figure
    assert statements and all(s["kind"] == "statement" and s["value"] is None for s in statements)
    assert export["groups"], "no figures linked across the seeds"
    claim_ids = {c["id"] for c in claims}
    for group in export["groups"]:
        assert set(group["claims"]) <= claim_ids, group


def test_core_imports_no_qt(repo_root):
    code = textwrap.dedent(f"""
        import sys
        import desktop.claims, desktop.linking, desktop.store
        qt = sorted(m for m in sys.modules if m.split(".")[0] in {QT_PREFIXES!r})
        print("\\n".join(qt))
        sys.exit(1 if qt else 0)
    """)
    done = _python(code, repo_root, timeout=120)
    assert done.returncode == 0, "the core imported Qt:\n" + _report(done)


def test_core_tests_never_ask_for_qt(repo_root):
    """tests/core runs with no display: no test or fixture there may take qtbot, qapp & co."""
    qt_fixtures = {"qtbot", "qapp", "qapp_args", "qapp_cls", "qtmodeltester", "qtlog"}
    offenders = []
    for path in sorted((repo_root / "tests" / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args
                names = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
                for name in sorted(names & qt_fixtures):
                    offenders.append(
                        f"{path.relative_to(repo_root)}:{node.lineno} {node.name}({name})"
                    )
    assert not offenders, "core tests must not use Qt fixtures:\n" + "\n".join(offenders)
