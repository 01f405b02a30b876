"""Start the desktop application (the window lands with the next piece of work).

Until the main window exists, starting the app imports the given files and prints the comparison,
so the README's run command already shows what the app finds.
"""

from __future__ import annotations

from collections.abc import Sequence


def run(files: Sequence[str], db: str | None) -> int:
    from desktop.cli import main

    return main(["compare", *files, *(["--db", db] if db else [])]) if files else 0
