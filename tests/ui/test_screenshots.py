"""Screenshots of the real window under Xvfb: the seeds loaded, a group picked, light and dark.

Runs `window_shots.py` in a subprocess on the X server (QT_QPA_PLATFORM=xcb) and saves the PNGs to
a temporary folder; nothing is written into the repository (`scripts/readme_screenshot.sh` renews
the README's docs/screenshot.png). Look at them: the test only checks they exist and are not
blank.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

HERE = Path(__file__).resolve().parent


@pytest.mark.xvfb
def test_window_screenshots_on_the_seeds(tmp_path: Path):
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, str(HERE / "window_shots.py"), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for name in ("empty", "seeds", "group", "dark", "search"):
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= 1600 and image.height() >= 900, name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 97)
                   for y in range(0, image.height(), 89)}  # fmt: skip
        assert len(colours) > (3 if name == "empty" else 8), f"{name}.png looks blank"
