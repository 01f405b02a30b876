"""The shell scripts at least parse, are executable, and CI runs the README's test command."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

SCRIPTS = ["test.sh", "run.sh", ".ci/run", "scripts/env.sh"]


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_parses(repo_root, name):
    done = subprocess.run(["bash", "-n", repo_root / name], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", ["test.sh", "run.sh", ".ci/run"])
def test_script_is_executable(repo_root, name):
    assert os.access(repo_root / name, os.X_OK), f"chmod +x {name}"


def test_ci_runs_the_readme_test_command(repo_root):
    lines = (repo_root / ".ci" / "run").read_text().strip().splitlines()
    assert lines[0] == "#!/usr/bin/env bash"
    assert lines[-1] == "exec ./test.sh"


@pytest.mark.skipif(not shutil.which("dpkg-query"), reason="not a Debian system")
def test_missing_packages_names_only_the_missing(repo_root):
    # bash is Essential on Debian, so always installed; the other name can't exist
    done = subprocess.run(
        ["bash", "-c", ". scripts/env.sh && ed_missing_packages bash no-such-package-evidence"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["no-such-package-evidence"]
