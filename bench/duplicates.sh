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
BASE="$1"
DATABASE="$2"
RUNS="${BENCH_RUNS:-10}"
WORK="$(mktemp -d)"
JAR="${WORK}/cookies"
trap 'rm -rf "${WORK}"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
login() {
  rm -f "${JAR}"
  local token
  token=$(curl -s -c "${JAR}" -b "${JAR}" "${BASE}/login" | csrf)
  curl -s -c "${JAR}" -b "${JAR}" -o /dev/null -d "email=$1&password=passerelle-demo&_csrf=${token}" "${BASE}/login"
}
measure() {
  local label="$1" url="$2" times=()
  curl -s -b "${JAR}" -o /dev/null "${BASE}${url}"
  for _ in $(seq 1 "${RUNS}"); do
    times+=("$(curl -s -b "${JAR}" -o /dev/null -w '%{time_total}' "${BASE}${url}")")
  done
  python3 - "$label" "${times[@]}" <<'PY'
import sys, statistics
label, values = sys.argv[1], [float(v) * 1000 for v in sys.argv[2:]]
print(f"  {label:<48} median {statistics.median(values):7.1f} ms   max {max(values):7.1f} ms")
PY
}

psql "${DATABASE}" -v old_timeout="${BENCH_OLD_TIMEOUT:-180s}" -f bench/duplicates.sql
echo "The page (${RUNS} requests each, after one):"
login admin@demo.passerelle
measure "/organisations/duplicates as administrator" /organisations/duplicates
login staff@demo.passerelle
measure "/organisations/duplicates as staff" /organisations/duplicates
