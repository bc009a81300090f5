#!/usr/bin/env bash
# Fault of issue 13: PostgreSQL restarted in the middle of the load. bench/faults.sh
#
# Starts the packaged portal (bench/lib.sh) on its embedded PostgreSQL with the demo data, then, while wrk drives the
# events list (32 clients, 20 s) and one client registers visitors one after the other to a session with room for
# all, restarts PostgreSQL (pg_ctl restart -m fast, its own start options) after 5 s. Prints wrk's figures (the
# requests that failed while the database was away), how long the portal took to answer a page again without being
# restarted, and whether every registration that the portal confirmed (its "registered" page) is in the database.
# BENCH_URL with BENCH_DB_PORT and BENCH_DB_DIRECTORY runs it against a portal already running.
# Needs: a JDK, curl, python3, wrk, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
if [[ -n "${BENCH_URL:-}" ]]; then
  BASE="${BENCH_URL}"
  DB_PORT="${BENCH_DB_PORT:?the port of the running portal PostgreSQL}"
  DB_DIR="${BENCH_DB_DIRECTORY:?the data directory of the running portal PostgreSQL}"
else
  bench_package
  bench_start
  DB_PORT=$(grep -oE 'jdbc:postgresql://localhost:[0-9]+/passerelle' "${JAR_LOG}" | sed -n 1p | grep -oE ':[0-9]+/' | tr -d ':/')
  DB_DIR="${WORK}/postgres"
fi
POSTMASTER=$(head -1 "${DB_DIR}/postmaster.pid")
PG_CTL="$(dirname "$(readlink "/proc/${POSTMASTER}/exe")")/pg_ctl"
sql() { psql -h localhost -p "${DB_PORT}" -U postgres -d passerelle -Atq -c "$1"; }
EVENT=$(sql "with e as (insert into event (title_fr, kind, status, created_by, updated_by)
               values ('Forum de la panne', 'FORUM', 'PUBLISHED', 'bench', 'bench') returning id),
             o as (insert into event_organiser (event_id, organisation_id)
               select e.id, (select min(id) from organisation) from e)
             select id from e")
SESSION=$(sql "insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity, created_by, updated_by)
               values (${EVENT}, current_date + 30, '09:00', '17:00', 'Amphithéâtre', 'Marseille', 10000, 'bench', 'bench')
               returning id")
wrk -t2 -c32 -d20s --timeout 2s -s bench/wrk.lua "${BASE}/events" >"${WORK}/wrk.txt" &
LOAD=$!
python3 - "${BASE}" "${EVENT}" "${SESSION}" >"${WORK}/registered.txt" <<'PY' &
import http.cookiejar, re, sys, time, urllib.parse, urllib.request
base, event, session = sys.argv[1:4]
form = f"{base}/events/{event}/sessions/{session}/register"
end = time.time() + 20
i = 0
while time.time() < end:
    i += 1
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    try:
        token = re.search(r'name="_csrf" value="([^"]+)"', opener.open(form, timeout=5).read().decode()).group(1)
        data = urllib.parse.urlencode({"name": f"Panne {i}", "email": f"panne{i}@example.org", "_csrf": token})
        request = urllib.request.Request(form, data=data.encode(), headers={"Accept-Language": "en"})
        page = opener.open(request, timeout=5).read().decode()
        # the "registered" page (not the form shown again)
        if "<h1 class=\"h2 mb-1\">Check your mailbox</h1>" in page:
            print(f"panne{i}@example.org", flush=True)
    except Exception:
        time.sleep(0.2)
PY
WRITER=$!
sleep 5
echo "Restarting PostgreSQL (${PG_CTL})..."
"${PG_CTL}" restart -D "${DB_DIR}" -m fast -w >/dev/null
restarted=$(date +%s%N)
for _ in $(seq 1 600); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "${BASE}/events")" == "200" ]]; then break; fi
  sleep 0.1
done
echo "  the events list answered again $(( ($(date +%s%N) - restarted) / 1000000 )) ms after PostgreSQL was back"
wait "${LOAD}" "${WRITER}" || true
read -r _ requests seconds p50 p95 p99 errors timeouts < <(grep '^RESULT' "${WORK}/wrk.txt")
echo "  load on /events during the 20 s: ${requests} requests, ${errors} errors, ${timeouts} time-outs, p99 ${p99} ms"
confirmed=$(wc -l <"${WORK}/registered.txt")
stored=$(sql "select count(*) from event_registration where session_id = ${SESSION}")
lost=$(for email in $(cat "${WORK}/registered.txt"); do
  [[ "$(sql "select count(*) from event_registration where session_id = ${SESSION} and email = '${email}'")" == "1" ]] || echo "${email}"
done | wc -l)
echo "  registrations confirmed to the visitor: ${confirmed}; in the database: ${stored}; confirmed but lost: ${lost}"
