#!/bin/sh
# Regenerate all six events (articles, gold.json, roles.json). Add --lint to list unannotated number-like tokens.
cd "$(dirname "$0")" || exit 1
export PYTHONDONTWRITEBYTECODE=1
for f in event1_typhoon.py event2_strike.py event3_results.py event4_festival.py event5_roaddeaths.py event6_traincrash.py; do
  python3 "$f" "$@" || exit 1
done
