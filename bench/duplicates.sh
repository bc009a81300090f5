#!/usr/bin/env bash
# Benchmark of the probable duplicates page (/organisations/duplicates) on 50,000 organisations.
#
#   bench/duplicates.sh BASE_URL DATABASE_URL
#
# BASE_URL is a running portal with the demo accounts (for instance http://localhost:18103), DATABASE_URL its
# database for psql (postgresql://postgres@localhost:PORT/passerelle); use a throwaway one: the 50,000 organisations
# stay. Runs bench/duplicates.sql (the query before V26, finding every pair, one organisation's pairs, the page's
# query now: see there), then times the page itself signed in as the demo administrator and staff member.
# Settings: BENCH_OLD_TIMEOUT (180s), how long the query before V26 may run. Needs: psql, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
BASE="$1"
DATABASE="$2"
RUNS="${BENCH_RUNS:-10}"
trap 'rm -rf "${WORK}"' EXIT
login() { rm -f "${JAR}"; bench_login "$1"; }

psql "${DATABASE}" -v old_timeout="${BENCH_OLD_TIMEOUT:-180s}" -f bench/duplicates.sql
echo "The page (${RUNS} requests each, after one):"
login admin@demo.passerelle
measure "/organisations/duplicates as administrator" /organisations/duplicates
login staff@demo.passerelle
measure "/organisations/duplicates as staff" /organisations/duplicates
