# Shared by the benchmark scripts: package the portal, start it, sign in, time pages.
# Source it from a script that has set COUNT's meaning; it reads BENCH_PORT, BENCH_RUNS,
# BENCH_REBUILD, BENCH_JAVA_OPTS (the portal's JVM options instead of -Xmx512m, e.g. to add a JFR recording)
# and BENCH_DATABASE_URL/_USERNAME/_PASSWORD.

# a free port unless BENCH_PORT names one, so that several benchmarks may run side by side
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')}"
BASE="http://localhost:${PORT}"
WORK="$(mktemp -d)"
JAR_LOG="${WORK}/portal.log"
JAR="${WORK}/cookies"
RUNS="${BENCH_RUNS:-5}"

bench_package() {
  if [[ ! -f target/passerelle/passerelle.jar || "${BENCH_REBUILD:-1}" == "1" ]]; then
    echo "Packaging the portal (with its class-data-sharing training run)..."
    ./mvnw -q -B -ntp -DskipTests package
  fi
}

# bench_start [portal arguments...]: starts the packaged portal (bin/passerelle: the extracted jar
# with its class-data-sharing archive or AOT cache, -Xmx512m) with the demo data, waits until its first page answers
# and prints how long that took. Without BENCH_DATABASE_URL it runs on its own embedded
# PostgreSQL, in a fresh data directory.
bench_start() {
  local db_args=(--passerelle.database.embedded.directory="${WORK}/postgres")
  local db_label="embedded PostgreSQL"
  if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
    db_args=(--spring.profiles.active=postgres --spring.datasource.url="${BENCH_DATABASE_URL}"
             --spring.datasource.username="${BENCH_DATABASE_USERNAME:-postgres}"
             --spring.datasource.password="${BENCH_DATABASE_PASSWORD:-}")
    db_label="PostgreSQL (${BENCH_DATABASE_URL})"
  fi
  echo "Starting the portal on port ${PORT} (${db_label}) with $*..."
  local started
  started=$(date +%s%N)
  JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}" bin/passerelle \
    --server.port="${PORT}" "${db_args[@]}" --passerelle.demo.enabled=true "$@" >"${JAR_LOG}" 2>&1 &
  PORTAL=$!
  # the portal's log outlives the run (bench/results/portal.log, not versioned), to read what went wrong
  trap 'kill ${PORTAL} ${CATCHER:-} 2>/dev/null || true; wait ${PORTAL} 2>/dev/null || true; mkdir -p bench/results;
        cp "${JAR_LOG}" bench/results/portal.log 2>/dev/null || true; rm -rf "${WORK}"' EXIT
  for _ in $(seq 1 36000); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "${BASE}/")" == "200" ]]; then
      echo "  first page answered $(( ($(date +%s%N) - started) / 1000000 )) ms after launch (data loading included)"
      return 0
    fi
    if ! kill -0 "${PORTAL}" 2>/dev/null; then echo "The portal stopped:"; tail -40 "${JAR_LOG}"; exit 1; fi
    sleep 0.05
  done
  echo "The portal did not answer in time"; exit 1
}

# bench_mail_server: starts a mail server that takes every mail and counts them (bench/smtp-catcher.py --count) and
# sets MAIL_ARGS, the portal's arguments that send its mails there (for bench_start, which also stops it). It runs at
# the lowest priority: it stands for the university's mail server, on another machine, and takes the processors only
# when neither the portal nor PostgreSQL wants them. Without it the portal's mails fail at once (nothing listens on
# port 25) and the benchmark would leave their work out.
bench_mail_server() {
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
  nice -n 19 python3 bench/smtp-catcher.py "${port}" --count "${WORK}/mails" >"${WORK}/smtp.log" 2>&1 &
  CATCHER=$!
  MAIL_ARGS=(--spring.mail.host=127.0.0.1 --spring.mail.port="${port}")
}

# bench_mails: the mails the mail server of bench_mail_server received, then those to the benchmark's visitors (at
# visiteurs.example.org, bench/wrk.lua and bench/burst.sh): two numbers
bench_mails() { cat "${WORK}/mails" 2>/dev/null || echo "0 0"; }

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }

# bench_login EMAIL: signs in with the demo password; the session is kept in ${JAR}.
bench_login() {
  local token
  token=$(curl -s -c "${JAR}" -b "${JAR}" "${BASE}/login" | csrf)
  curl -s -c "${JAR}" -b "${JAR}" -o /dev/null -d "email=$1&password=passerelle-demo&_csrf=${token}" "${BASE}/login"
}

# measure LABEL URL: median and maximum of ${RUNS} timed requests after a warm-up, in ms.
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

# bench_db_port: the port of the embedded PostgreSQL of the portal bench_start started, from its log
bench_db_port() {
  grep -oE 'jdbc:postgresql://localhost:[0-9]+/passerelle' "${JAR_LOG}" | sed -n 1p | grep -oE ':[0-9]+/' | tr -d ':/'
}

# bench_sql SQL: runs a statement in the portal's embedded PostgreSQL (DB_PORT), prints its rows unaligned
bench_sql() { psql -h localhost -p "${DB_PORT}" -U postgres -d passerelle -Atq -c "$1"; }

# bench_event TITLE PLACES: adds a published event with one session of PLACES places in 30 days, open to registrations
# on the public form; prints "event-id session-id"
bench_event() {
  local event session
  event=$(bench_sql "with e as (insert into event (title_fr, kind, status, created_by, updated_by)
                       values ('$1', 'FORUM', 'PUBLISHED', 'bench', 'bench') returning id),
                     o as (insert into event_organiser (event_id, organisation_id)
                       select e.id, (select min(id) from organisation) from e)
                     select id from e")
  session=$(bench_sql "insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity, created_by,
                         updated_by) values (${event}, current_date + 30, '09:00', '17:00', 'Amphithéâtre', 'Marseille',
                         $2, 'bench', 'bench') returning id")
  echo "${event} ${session}"
}
