#!/usr/bin/env bash
# Starts Evidence Desk on the seed articles, in a SQLite workspace at .workspace/seeds.sqlite.
#   ./run.sh
# Sets up what it needs first (same steps as test.sh, each skipped when already done):
#   - the Debian libraries Qt needs to open a window and to print (as root: apt-get; otherwise it
#     prints the command to run and stops)
#   - .venv with `pip install -e '.[test]'` (only when pyproject.toml changed)
# With no display (no DISPLAY, no WAYLAND_DISPLAY) it prints the comparison on the terminal instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/env.sh
. scripts/env.sh

headless=false
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then headless=true; fi

# No Xvfb here: the window goes to the user's own display.
packages=("${QT_OFFSCREEN_PKGS[@]}" "${QT_XCB_PKGS[@]}" "${QT_PRINT_PKGS[@]}")
if ed_needs_venv_package; then packages+=(python3-venv); fi
if ! ed_apt_install "${packages[@]}"; then
  # The text comparison is plain Python and doesn't load Qt, so only the window needs them.
  if ! $headless; then exit 1; fi
  ed_say "no display anyway: carrying on with the text comparison"
fi

ed_venv

mkdir -p .workspace
db="sqlite:///$PWD/.workspace/seeds.sqlite"
if $headless; then
  ed_say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set): printing the comparison instead"
  exec .venv/bin/evidence-desk compare seeds/ --db "$db"
fi
exec .venv/bin/evidence-desk --db "$db" seeds/
