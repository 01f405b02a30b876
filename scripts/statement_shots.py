"""Screenshots of the statements compare view, for people to look at: 1280×720 and 1920×1080,
light and dark, on the Brandvik layoffs corpus (five outlets quoting one memo and its people),
with the "We will not close the Drammen hub" group picked by a click on its words in a pane.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        scripts/statement_shots.py [OUT]

Writes OUT/statements-<w>x<h>-<light|dark>.png (OUT defaults to a new temporary folder).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from window_shots import dark_palette, dispose, first_run_window, wait  # noqa: E402

from desktop.model import Source  # noqa: E402
from desktop.ui.app import application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.workspace import Workspace  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "statements" / "dev" / "e1_brandvik_layoffs"
SIZES = ((1280, 720), (1920, 1080))


def click_statement(w: MainWindow, words: str) -> None:
    """Click the quoted words in the first pane that holds them."""
    view = w.statements.view
    st = next(s for s in view.statements if words in s.words and s.article in w.strip.panes)
    pane = w.strip.panes[st.article]
    pane.reveal_statement(st.id)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane._quotes[st.id][0][0] + 3)
    at = pane.text.cursorRect(cursor).center()
    QTest.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=at)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="evidence-statements."))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = application()
    app.setFont(QFont("DejaVu Sans", 9))
    light = app.palette()
    db = tmp / "brandvik.sqlite"
    ws = Workspace(str(db))
    ws.import_sources([Source(origin=str(p)) for p in sorted(CORPUS.glob("*.txt"))])
    ws.close()
    for n, (width, height) in enumerate(SIZES):
        for theme in ("light", "dark"):
            app.setPalette(dark_palette() if theme == "dark" else light)
            folder = tmp / f"settings-{n}-{theme}"
            w = first_run_window(db, folder, width, height)
            wait(lambda w=w: w.strip.panes and not w.strip.building and w.statements.view.groups)
            QTest.qWait(300)
            click_statement(w, "not close the Drammen hub")
            QTest.qWait(600)
            name = f"statements-{width}x{height}-{theme}"
            w.grab().save(str(out / f"{name}.png"))
            print(
                f"{name}: statements dock {w.statements_dock.width()}×"
                f"{w.statements_dock.height()} px"
            )
            dispose(w)
    print(f"pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="shots."))))
