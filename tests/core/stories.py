"""A small story for a test: its articles written to a folder and imported, as a user drops them.

Test modules import it by name (`from stories import imported`), as processes.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from desktop.model import Snapshot, Source
from desktop.workspace import Workspace


def imported(folder: Path, story: Mapping[str, str]) -> Snapshot:
    """The snapshot of a fresh workspace holding `story` (file name → text), in that order."""
    for name, text in story.items():
        (folder / name).write_text(text, encoding="utf-8")
    workspace = Workspace(f"sqlite:///{folder}/ws.sqlite")
    try:
        workspace.import_sources([Source(str(folder / name)) for name in story])
        return workspace.snapshot()
    finally:
        workspace.close()
