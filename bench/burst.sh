#!/usr/bin/env bash
# Registration burst of issue 13: bench/burst.sh [clients] [places]
#
# Starts the packaged portal (bench/lib.sh: BENCH_REBUILD=0 keeps the last package) with the demo data, adds a
# published event whose one session has `places` places (300), then `clients` visitors (500) each open the public
# registration form (their own session and CSRF token) and, all at once, send it. Prints the throughput, p50/p95/p99
# of the sends, the errors, and what the database holds: exactly `places` registrations holding a place, the rest
# on the waitlist, the session's count of places equal to its registrations (no over-booking).
# BENCH_URL (with BENCH_DB_PORT) runs it against a portal already running on the embedded PostgreSQL instead.
# Needs: a JDK, curl, python3, psql (the client, to set up the event and count in the portal's PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${1:-500}"
PLACES="${2:-300}"
source bench/lib.sh
if [[ -n "${BENCH_URL:-}" ]]; then
  # a portal already running (BENCH_URL) on the embedded PostgreSQL listening on BENCH_DB_PORT
  BASE="${BENCH_URL}"
  DB_PORT="${BENCH_DB_PORT:?BENCH_DB_PORT, the port of the running portal PostgreSQL}"
else
  bench_package
  bench_start
  DB_PORT=$(bench_db_port)
fi
[[ -n "${DB_PORT}" ]] || { echo "The portal's PostgreSQL port is not in its log"; exit 1; }
sql() { psql -h localhost -p "${DB_PORT}" -U postgres -d passerelle -Atq -c "$1"; }
EVENT=$(sql "with e as (insert into event (title_fr, kind, status, created_by, updated_by)
               values ('Forum de la rafale', 'FORUM', 'PUBLISHED', 'bench', 'bench') returning id),
             o as (insert into event_organiser (event_id, organisation_id)
               select e.id, (select min(id) from organisation) from e)
             select id from e")
SESSION=$(sql "insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity, created_by, updated_by)
               values (${EVENT}, current_date + 30, '09:00', '17:00', 'Amphithéâtre', 'Marseille', ${PLACES}, 'bench', 'bench')
               returning id")
echo "Event ${EVENT}, session ${SESSION}: ${PLACES} places, ${CLIENTS} clients registering at once"
python3 - "${BASE}" "${EVENT}" "${SESSION}" "${CLIENTS}" <<'PY'
import http.cookiejar, re, sys, threading, time, urllib.parse, urllib.request
base, event, session, clients = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
form = f"{base}/events/{event}/sessions/{session}/register"
ready = threading.Barrier(clients)
times, errors, lock = [], [], threading.Lock()

def visitor(i):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    try:
        page = opener.open(form, timeout=60).read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    except Exception as ex:  # counted, and the barrier still waits for everyone
        with lock:
            errors.append(f"form: {ex}")
        ready.wait()
        return
    data = urllib.parse.urlencode({"name": f"Participant {i}", "email": f"rafale{i}@example.org",
                                   "_csrf": token}).encode()
    ready.wait()
    started = time.perf_counter()
    try:
        response = opener.open(urllib.request.Request(form, data=data), timeout=60)
        response.read()
        elapsed = time.perf_counter() - started
        with lock:
            times.append(elapsed)
            if response.status != 200:
                errors.append(f"HTTP {response.status}")
    except Exception as ex:
        with lock:
            errors.append(str(ex))

threads = [threading.Thread(target=visitor, args=(i,)) for i in range(clients)]
began = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = max(times) if times else 0
times.sort()
def pct(p):
    return times[min(len(times) - 1, int(len(times) * p / 100))] * 1000 if times else 0
print(f"sent: {len(times)} answered, {len(errors)} errors; {len(times) / wall if wall else 0:.0f} registrations/s "
      f"over {wall:.2f} s; p50 {pct(50):.0f} ms, p95 {pct(95):.0f} ms, p99 {pct(99):.0f} ms")
for e in sorted(set(errors))[:5]:
    print("  error:", e)
PY
echo "In the database:"
sql "select '  ' || status || ': ' || count(*) from event_registration where session_id = ${SESSION} group by status order by status"
sql "select '  places taken ' || places_taken || ' of ' || capacity || ', holding a place ' ||
       (select count(*) from event_registration r where r.session_id = s.id and r.status in ('PENDING', 'CONFIRMED'))
     from event_session s where id = ${SESSION}"
if [[ -n "${PORTAL:-}" ]]; then
  echo "Resident memory of the portal after the burst: $(( $(ps -o rss= -p "${PORTAL}" | tr -d ' ') / 1024 )) MB" \
    "(JVM options: ${PASSERELLE_MEMORY_OPTS-default of bin/passerelle}); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
