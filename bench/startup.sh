#!/usr/bin/env bash
# Start-up benchmark: how long the packaged portal takes from launch to its first page, on its
# embedded PostgreSQL whose data (the demo) already exists, as on any start but the first.
#
#   bench/startup.sh [starts]          (default: 5)
#
# Packages the portal (BENCH_REBUILD=0 keeps the last package), starts it once to create the
# data, then starts it [starts] times with bin/passerelle (-Xmx512m and the archive the build's
# training run recorded: class-data sharing on JDK 17, an AOT cache on JDK 25 or newer), and once
# as a plain `java -Xmx512m -jar target/passerelle.jar` for comparison; prints each time and the
# median. JAVA_HOME picks the JDK (build and run with the same one). Needs: curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS="${1:-5}"
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')}"
WORK="$(mktemp -d)"
trap 'pkill -f "server.port=${PORT}" 2>/dev/null || true; rm -rf "${WORK}"' EXIT

if [[ ! -f target/passerelle/passerelle.jar || "${BENCH_REBUILD:-1}" == "1" ]]; then
  echo "Packaging the portal (with its class-data-sharing training run)..."
  ./mvnw -q -B -ntp -DskipTests package
fi

# start_once COMMAND...: prints the milliseconds from launch to the first 200 on /
start_once() {
  local started pid code
  started=$(date +%s%N)
  "$@" --server.port="${PORT}" --passerelle.database.embedded.directory="${WORK}/postgres" \
    >"${WORK}/portal.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 2400); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${PORT}/" || true)
    if [[ "${code}" == "200" ]]; then break; fi
    if ! kill -0 "${pid}" 2>/dev/null; then echo "The portal stopped:" >&2; tail -30 "${WORK}/portal.log" >&2; exit 1; fi
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  kill "${pid}"
  wait "${pid}" 2>/dev/null || true
}

JAVA="${JAVA_HOME:+${JAVA_HOME}/bin/}java"
echo "$("${JAVA}" -version 2>&1 | head -1)"
export JAVA_OPTS=-Xmx512m
echo "First start (creates the database and loads the demo): $(start_once bin/passerelle) ms"
times=()
for i in $(seq 1 "${STARTS}"); do
  t=$(start_once bin/passerelle)
  echo "  start ${i} (bin/passerelle): ${t} ms to the first page"
  times+=("${t}")
done
plain=$(start_once "${JAVA}" -Xmx512m -jar target/passerelle.jar)
echo "  plain java -jar target/passerelle.jar (no archive): ${plain} ms"
python3 - "${times[@]}" <<'PY'
import statistics, sys
values = [int(v) for v in sys.argv[1:]]
print(f"Start-up to the first page, {len(values)} starts: median {statistics.median(values)} ms, "
      f"min {min(values)} ms, max {max(values)} ms ({__import__('os').cpu_count()} cores)")
PY
