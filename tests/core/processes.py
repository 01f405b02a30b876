"""Real processes for the crash and concurrency tests: a helper that has imported everything forks
the children, so an attempt costs a fork, not a Python start-up, and a kill lands in the work.

Test modules import it by name (`from processes import Forker`; pytest puts this folder on
sys.path because tests/core has no __init__.py); the `forker` fixture is in conftest.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

# The helper: reads "<command> <url>" lines; forks a child per command and answers with its pid,
# then with its exit status once the child is gone (killed or not).
HELPER = textwrap.dedent("""
    import os, sys, time
    from desktop.workspace import Workspace
    from desktop.model import Source
    import alembic.command, sqlalchemy.dialects.sqlite, sqlalchemy.dialects.postgresql  # warm

    def child(command, url, files):
        if command == "create":
            Workspace(url).close()
        elif command == "import":
            Workspace(url).import_sources([Source(f) for f in files])
        os._exit(0)

    for line in sys.stdin:
        command, count, url, *files = line.split()
        started = time.monotonic()
        pids = []
        for _ in range(int(count)):
            pid = os.fork()
            if pid == 0:
                try:
                    child(command, url, files)
                except BaseException as error:
                    print(f"child failed: {type(error).__name__}: {error}", file=sys.stderr)
                    os._exit(3)
            pids.append(pid)
        print(" ".join(map(str, pids)), flush=True)
        statuses = [os.waitpid(pid, 0)[1] for pid in pids]
        print(" ".join(map(str, statuses)), f"{time.monotonic() - started:.4f}", flush=True)
""")


class Forker:
    """The helper process: `run(command, url, count)` forks `count` children at once."""

    def __init__(self, cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HELPER],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def start(self, command: str, url: str, count: int = 1, files: list[Path] = ()) -> list[int]:
        self.proc.stdin.write(" ".join([command, str(count), url, *map(str, files)]) + "\n")
        self.proc.stdin.flush()
        return [int(p) for p in self.proc.stdout.readline().split()]

    def finish(self) -> tuple[list[int], float]:
        *statuses, took = self.proc.stdout.readline().split()
        return [int(s) for s in statuses], float(took)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


def evidence_desk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the command line (`python -m desktop ARGS`) in a real process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def kill_after(pid: int, delay: float) -> None:
    """SIGKILL the child `delay` seconds from now (it may have finished by then)."""
    if delay:
        os.sched_yield()
        signal.sigtimedwait([], delay)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def killed(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def exited_ok(status: int) -> bool:
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
