"""People in real processes for the team race tests: one long-lived worker process per person,
driven over a pipe, so 200 rounds cost 400 requests, not 400 Python start-ups.

Each worker holds one `Workspace` (its own author and connections) and the snapshot its "window"
last read; an edit is made on that snapshot's versions, as the window makes it. Requests and
answers are JSON lines. Test modules import it by name (`from people import Person`), as
processes.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

WORKER = textwrap.dedent("""
    import json, sys
    from desktop.model import Applied, Conflict
    from desktop.workspace import Workspace

    ws = None
    seen = None
    done = []  # edits applied, newest last: what undo takes back

    def answer(result):
        if isinstance(result, Conflict):
            return {"result": "conflict", "message": result.message}
        if isinstance(result, Applied):
            if result:
                done.append(result.edit)
            return {"result": "applied", "text": result.text}
        return {"result": repr(result)}

    for line in sys.stdin:
        request = json.loads(line)
        op = request.pop("op")
        try:
            if op == "open":
                ws = Workspace(request["url"], author=request["author"])
                reply = {"ok": True}
            elif op == "look":  # the window reads the workspace
                seen = ws.snapshot()
                reply = {"groups": [[g.id, g.label, list(g.claims)] for g in seen.groups]}
            elif op == "link":
                reply = answer(ws.link(request["claims"], into=request.get("into"), seen=seen))
            elif op == "rename":
                reply = answer(ws.rename(request["group"], request["label"], seen=seen))
            elif op == "confirm":
                reply = answer(ws.confirm(request["group"], True, seen=seen))
            elif op == "undo":
                result = ws.undo(done[-1])
                if isinstance(result, Applied):
                    done.pop()
                    reply = {"result": "applied"}
                else:
                    reply = answer(result)
            elif op == "group_of":
                group = ws.snapshot().group_of(request["claim"])
                reply = {"group": group.id if group else None}
            elif op == "close":
                ws.close()
                reply = {"ok": True}
            else:
                reply = {"error": f"unknown op {op}"}
        except Exception as error:
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)
""")


class Person:
    """A worker process with a workspace open as `author`."""

    def __init__(self, cwd: Path, url: str, author: str) -> None:
        self.author = author
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.ask("open", url=url, author=author) == {"ok": True}

    def send(self, op: str, **args: Any) -> None:
        self.proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.proc.stdin.flush()

    def receive(self) -> dict[str, Any]:
        line = self.proc.stdout.readline()
        assert line, f"{self.author}'s process ended"
        reply = json.loads(line)
        assert "error" not in reply, reply["error"]
        return reply

    def ask(self, op: str, **args: Any) -> dict[str, Any]:
        self.send(op, **args)
        return self.receive()

    def close(self) -> None:
        try:
            self.ask("close")
        finally:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
            self.proc.stdout.close()


def at_once(*requests: tuple[Person, str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Send every request before reading any answer: the people act at the same moment."""
    for person, op, args in requests:
        person.send(op, **args)
    return [person.receive() for person, _, _ in requests]
