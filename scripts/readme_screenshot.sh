#!/usr/bin/env bash
# Renews the README's screenshot, docs/screenshot.png: the window on the five seeds with a diverging
# group picked, at 1920x1080 under Xvfb (tests/ui/window_shots.py takes it; its other pictures are
# left in a temporary folder, printed at the end, for you to look at).
#   scripts/readme_screenshot.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=$(mktemp -d /tmp/evidence-shots.XXXXXX)
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
  .venv/bin/python tests/ui/window_shots.py "$out"
mkdir -p docs
cp "$out/group.png" docs/screenshot.png
echo "docs/screenshot.png renewed; all pictures are in $out"
