#!/usr/bin/env bash
# The test command:  ./test.sh [pytest arguments...]
#
# Works alone on a bare Debian 12 box with Python 3.11+, as root in CI (no display, no services), and
# on a developer's machine as a normal user. Each step is skipped when already done, so a second run
# goes straight to pytest:
#   1. Debian packages the tests need (as root: apt-get; otherwise: print the command, carry on, and
#      the tests that need what is missing skip)
#   2. .venv with `pip install -e '.[test]'` (again only when pyproject.toml changed)
#   3. a throwaway PostgreSQL on 127.0.0.1, exported as DATABASE_URL (removed on exit)
#   4. pytest under xvfb-run, so tests marked `xvfb` get a real X server; all others run offscreen
#      (tests/conftest.py sets QT_QPA_PLATFORM=offscreen). The private CUPS printer is not started
#      here: the session fixture `cups` in tests/ui/conftest.py starts it when a test asks for it.
# Exits with pytest's status.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/env.sh
. scripts/env.sh

# --- 1. Debian packages --------------------------------------------------------------------------
packages=("${QT_OFFSCREEN_PKGS[@]}" "${QT_XCB_PKGS[@]}" "${XVFB_PKGS[@]}"
          poppler-utils                  # pdftotext & co. read back printed and exported PDFs
          postgresql                     # initdb/pg_ctl for the throwaway server below
          cups-daemon cups-client)       # the private print queue (brings libcups2 for Qt)
if ed_needs_venv_package; then packages+=(python3-venv); fi
ed_apt_install "${packages[@]}" || ed_say "carrying on: tests that need those packages will skip"

# --- 2. virtualenv -------------------------------------------------------------------------------
ed_venv

# --- 3. throwaway PostgreSQL (SETUP.md §6) -------------------------------------------------------
PGTMP=""
cleanup() {
  if [[ -n $PGTMP ]]; then
    pg pg_ctl -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true   # '|| true': keep cleaning
    rm -rf "$PGTMP"
  fi
}
trap cleanup EXIT
# make Ctrl-C, kill, a closed terminal or a closed pipe go through the EXIT trap too
trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 141' PIPE; trap 'exit 143' TERM

# pg TOOL ARGS...: a PostgreSQL server tool. initdb refuses to run as root, so as root it runs as
# the postgres user, from inside $PGTMP (runuser keeps the cwd, and postgres can't read /root).
pg() {
  if [[ $EUID -eq 0 ]]; then
    (cd "$PGTMP" && runuser -u postgres -- "$PGBIN/$1" "${@:2}")
  else
    "$PGBIN/$1" "${@:2}"
  fi
}

if [[ -n ${DATABASE_URL:-} ]]; then
  ed_say "PostgreSQL: using DATABASE_URL from the environment"
elif PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1) && [[ -x $PGBIN/initdb ]]
then
  PGTMP=$(mktemp -d /tmp/evidence-pg.XXXXXX)
  if [[ $EUID -eq 0 ]]; then chown postgres:postgres "$PGTMP"; fi
  PGPORT=$(.venv/bin/python -c \
    'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg initdb -D "$PGTMP/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  # durability off: the cluster lives for one run. -k: its socket in $PGTMP, not /var/run/postgresql
  pgopts="-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP"
  pgopts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if ! pg pg_ctl -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 -o "$pgopts" start >/dev/null; then
    cat "$PGTMP/server.log" >&2
    exit 1
  fi
  pg createdb -h 127.0.0.1 -p "$PGPORT" -U postgres evidence
  # tests/conftest.py's pg_url creates (and drops) one fresh database per test on this server
  export DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$PGPORT/evidence"
  ed_say "PostgreSQL: throwaway server on 127.0.0.1:$PGPORT (DATABASE_URL exported)"
else
  ed_say "PostgreSQL: no server binaries (package postgresql), so PostgreSQL tests will skip"
fi

# --- 4. pytest -----------------------------------------------------------------------------------
# lint-imports (the import contracts in pyproject.toml) runs from tests/core/test_architecture.py.
status=0
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m pytest "$@" || status=$?
else
  ed_say "no xvfb-run (package xvfb): tests marked xvfb will skip"
  .venv/bin/python -m pytest "$@" || status=$?
fi
exit "$status"
