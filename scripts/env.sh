# Shared by run.sh and test.sh (sourced, never run): Debian packages and the project's virtualenv.
# Sourcing it only defines lists and functions; the caller must already be in the repository root.
# Package lists are the verified minimal ones from SETUP.md §2 and PRINTING.md (Debian 12).

# (a) what Qt needs to start at all, even offscreen
QT_OFFSCREEN_PKGS=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
# (b) Qt's xcb platform plugin, to show a window on X11 (or under Xvfb)
QT_XCB_PKGS=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
             libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0)
# (b) a virtual X server for the few tests marked `xvfb`; xvfb-run needs xauth
XVFB_PKGS=(xvfb xauth)
# Qt's CUPS print plugin loads libcups.so.2; without it Qt sees no printer and prints nothing, silently
QT_PRINT_PKGS=(libcups2)

ed_say() { printf '==> %s\n' "$*" >&2; }

# Prints, one a line, the packages among "$@" that dpkg does not have installed.
# One dpkg-query call for all of them: this runs on every ./test.sh, so it must be fast.
ed_missing_packages() {
  command -v dpkg-query >/dev/null || return 0     # not Debian: we can't tell, so don't claim anything
  local installed
  # ${db:Status-Abbrev} is "ii " for installed ("hi " if held); unknown names only complain on stderr
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null \
              | awk '$2 ~ /^.i/ {print $1}' || true)
  local p
  for p in "$@"; do
    grep -qxF -- "$p" <<<"$installed" || printf '%s\n' "$p"
  done
}

# Installs whichever of "$@" are missing. As root: apt-get (only when something is missing, so a
# second run never touches apt). Otherwise prints the one command to run and returns 1.
ed_apt_install() {
  local missing
  mapfile -t missing < <(ed_missing_packages "$@")
  ((${#missing[@]})) || return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    ed_say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # only the missing names: naming installed libraries would upgrade them as a side effect
    apt-get install -y -q --no-install-recommends "${missing[@]}"
    return 0
  fi
  ed_say "missing Debian packages: ${missing[*]}"
  ed_say "to install them, run:  sudo apt-get install -y --no-install-recommends ${missing[*]}"
  return 1
}

# Prints the Python (>= 3.11) to build .venv with: $PYTHON if set, else the first fitting python3*.
ed_python() {
  local py
  for py in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
    command -v "$py" >/dev/null || continue
    if "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      printf '%s\n' "$py"
      return 0
    fi
  done
  ed_say "no Python 3.11 or newer found (set PYTHON=/path/to/python3.11+)"
  return 1
}

# True when .venv still has to be created but this Python can't (Debian ships ensurepip, which
# `python3 -m venv` needs, in the separate package python3-venv).
ed_needs_venv_package() {
  ed_venv_ok && return 1
  local py
  py=$(ed_python) || return 1
  ! "$py" -c 'import ensurepip, venv' 2>/dev/null
}

# The venv exists, its interpreter still runs, and its editable install points at this checkout
# (-I: without the current directory on sys.path, as the `evidence-desk` script runs).
ed_venv_ok() {
  [[ -x .venv/bin/python ]] &&
    .venv/bin/python -I - "$PWD/desktop" 2>/dev/null <<'PY'
import sys
try:
    import desktop
except ImportError:
    sys.exit(1)
sys.exit(sys.argv[1] not in [str(p) for p in desktop.__path__])
PY
}

# Creates .venv if needed and runs `pip install -e '.[test]'` only when pyproject.toml changed since
# the last successful install (its hash is kept in a stamp file inside .venv). run.sh and test.sh
# install the same thing so one stamp serves both; the test extras are small.
ed_venv() {
  local stamp=.venv/.evidence-desk-installed want py
  if ! [[ -x .venv/bin/python ]] || ! .venv/bin/python -c '' 2>/dev/null; then
    py=$(ed_python)
    ed_say "creating .venv with $py ($("$py" -c 'import sys; print(sys.version.split()[0])'))"
    rm -rf .venv
    "$py" -m venv .venv
  fi
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]] || ! ed_venv_ok; then
    ed_say "pip install -e '.[test]' (pyproject.toml changed or first install)"
    PIP_DISABLE_PIP_VERSION_CHECK=1 .venv/bin/python -m pip install -q -e '.[test]'
    printf '%s\n' "$want" >"$stamp"                # written only after pip succeeded (set -e)
  fi
}
