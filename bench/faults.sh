#!/usr/bin/env bash
# Faults of issue 13, scripted: bench/faults.sh db | mail
#
#  db   Starts the packaged portal on its embedded PostgreSQL, drives a steady load (visitors reading /events and
#       an event page, a visitor registering through the public form again and again), stops PostgreSQL in the
#       middle for BENCH_OUTAGE seconds (8), starts it again, and checks: during the outage every failed answer is
#       the portal's short "try again" page (503, no stack trace, no 500); no request hangs (each answers within
#       BENCH_HANG seconds, 10); the portal serves pages again within 20 s of PostgreSQL's return without being
#       restarted; every registration the portal confirmed is in the database.
#  mail Starts the portal with its mail server down (a small SMTP catcher, bench/smtp-catcher.py, not yet started),
#       registers BENCH_MAILS visitors (40) — each action must succeed — then starts the mail server and checks
#       that every confirmation mail arrives, exactly once, within 90 s.
#
# Prints PASS/FAIL per check and exits non-zero on a failure. BENCH_REBUILD=0 keeps the last package.
# Needs: a JDK, curl, python3, psql (the client), util-linux's unshare (to restart the embedded PostgreSQL as
# the embedded server does when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
FAULT="${1:-}"
[[ "${FAULT}" == "db" || "${FAULT}" == "mail" ]] || { echo "usage: bench/faults.sh db|mail"; exit 2; }
source bench/lib.sh
bench_package
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])'; }
FAILED=0
check() { # check LABEL CONDITION-RESULT(0/1) DETAIL
  if [[ "$2" == "0" ]]; then echo "PASS  $1 — $3"; else echo "FAIL  $1 — $3"; FAILED=1; fi
}

if [[ "${FAULT}" == "mail" ]]; then
  SMTP_PORT=$(free_port)
  MAILS="${BENCH_MAILS:-40}"
  bench_start --spring.mail.host=127.0.0.1 --spring.mail.port="${SMTP_PORT}" \
    --passerelle.notification.outbox.retry-every=5s --passerelle.notification.outbox.first-retry=5s \
    --passerelle.notification.outbox.retry-after=5s
else
  bench_start
fi
DB_PORT=$(bench_db_port)
[[ -n "${DB_PORT}" ]] || { echo "The portal's PostgreSQL port is not in its log"; exit 1; }
sql() { bench_sql "$1"; }
read -r EVENT SESSION <<<"$(bench_event "Forum des pannes" 100000)"
echo "Event ${EVENT}, session ${SESSION}"

if [[ "${FAULT}" == "mail" ]]; then
  echo "Mail server down (nothing listens on port ${SMTP_PORT}); ${MAILS} visitors register..."
  python3 - "${BASE}" "${EVENT}" "${SESSION}" "${MAILS}" "${WORK}/registered" <<'PY'
import http.cookiejar, re, sys, urllib.parse, urllib.request
base, event, session, count, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
form = f"{base}/events/{event}/sessions/{session}/register"
ok = 0
with open(out, "w") as registered:
    for i in range(count):
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        token = re.search(r'name="_csrf" value="([^"]+)"', opener.open(form, timeout=30).read().decode()).group(1)
        email = f"panne-courriel{i}@example.org"
        data = urllib.parse.urlencode({"name": f"Visiteur {i}", "email": email, "_csrf": token}).encode()
        response = opener.open(urllib.request.Request(form, data=data), timeout=30)
        response.read()
        if response.status == 200:
            ok += 1
            registered.write(email + "\n")
print(f"  {ok} of {count} registrations answered 200 with the mail server down")
PY
  ok=$(wc -l <"${WORK}/registered")
  check "actions succeed while the mail server is down" "$([[ ${ok} -eq ${MAILS} ]] && echo 0 || echo 1)" \
    "${ok} of ${MAILS} registrations succeeded"
  sleep 3
  echo "Mail server starts on port ${SMTP_PORT}; waiting for the outbox..."
  python3 bench/smtp-catcher.py "${SMTP_PORT}" "${WORK}/mails" >"${WORK}/smtp.log" 2>&1 &
  CATCHER=$!
  trap 'kill ${CATCHER} 2>/dev/null || true; kill ${PORTAL} 2>/dev/null || true; wait ${PORTAL} 2>/dev/null || true; rm -rf "${WORK}"' EXIT
  started=$(date +%s)
  received=0
  while (( $(date +%s) - started < 90 )); do
    received=$(grep -l -h -F -f "${WORK}/registered" "${WORK}"/mails/*.eml 2>/dev/null | wc -l || true)
    (( received >= MAILS )) && break
    sleep 1
  done
  took=$(( $(date +%s) - started ))
  # wait one more retry round: nothing may come twice
  sleep 12
  read -r distinct total <<<"$(python3 - "${WORK}/mails" "${WORK}/registered" <<'PY'
import collections, glob, sys
wanted = set(open(sys.argv[2]).read().split())
seen = collections.Counter()
for path in glob.glob(sys.argv[1] + "/*.eml"):
    first = open(path, encoding="utf-8", errors="replace").readline()
    for to in first.split(":", 1)[1].strip().split(","):
        if to in wanted:
            seen[to] += 1
print(len(seen), sum(seen.values()))
PY
)"
  check "every mail goes out once the mail server is back" "$([[ ${distinct} -eq ${MAILS} ]] && echo 0 || echo 1)" \
    "${distinct} of ${MAILS} recipients got their mail, ${took} s after the server started"
  check "each mail once" "$([[ ${total} -eq ${distinct} ]] && echo 0 || echo 1)" \
    "${total} mails for ${distinct} recipients"
  exit "${FAILED}"
fi

# --- db: PostgreSQL restarted under load ---
OUTAGE="${BENCH_OUTAGE:-8}"
HANG="${BENCH_HANG:-10}"
POSTMASTER=$(pgrep -f -- "-p ${DB_PORT} " | head -1)
[[ -n "${POSTMASTER}" ]] || { echo "PostgreSQL on port ${DB_PORT} not found"; exit 1; }
PG_CMD=()
while IFS= read -r -d '' arg; do PG_CMD+=("${arg}"); done <"/proc/${POSTMASTER}/cmdline"
PG_CWD=$(readlink "/proc/${POSTMASTER}/cwd")
# the embedded server runs as root in its own user namespace (PostgreSQL refuses root): do the same
PG_PREFIX=()
if [[ "$(id -u)" == "0" ]]; then PG_PREFIX=(unshare -U); fi
echo "PostgreSQL: pid ${POSTMASTER}, ${PG_CMD[*]}"

python3 - "${BASE}" "${EVENT}" "${SESSION}" "${WORK}/load" <<'PY' &
import http.cookiejar, json, re, sys, threading, time, urllib.error, urllib.parse, urllib.request
base, event, session, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
form = f"{base}/events/{event}/sessions/{session}/register"
stop = time.time() + 40
results, lock = [], threading.Lock()

def record(kind, started, status, body, email=None):
    with lock:
        results.append({"kind": kind, "at": started, "took": time.time() - started, "status": status,
                        "friendly": "momentanément indisponible" in body, "trace": "Exception" in body, "email": email})

def fetch(opener, request):
    try:
        response = opener.open(request, timeout=60)
        return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as ex:
        return ex.code, ex.read().decode(errors="replace")
    except Exception as ex:
        return 0, str(ex)

def reader(path):
    opener = urllib.request.build_opener()
    while time.time() < stop:
        started = time.time()
        status, body = fetch(opener, base + path)
        record("read", started, status, body)
        time.sleep(0.05)

def writer():
    i = 0
    while time.time() < stop:
        i += 1
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        started = time.time()
        status, body = fetch(opener, form)
        token = re.search(r'name="_csrf" value="([^"]+)"', body) if status == 200 else None
        if not token:
            record("form", started, status, body)
            time.sleep(0.2)
            continue
        email = f"panne-base{i}-{int(started * 1000)}@example.org"
        data = urllib.parse.urlencode({"name": f"Visiteur {i}", "email": email, "_csrf": token.group(1)}).encode()
        started = time.time()
        status, body = fetch(opener, urllib.request.Request(form, data=data))
        record("write", started, status, body, email)
        time.sleep(0.1)

threads = [threading.Thread(target=reader, args=(p,)) for p in ("/events", f"/events/{event}", "/events", "/")]
threads.append(threading.Thread(target=writer))
for t in threads: t.start()
for t in threads: t.join()
json.dump(results, open(out, "w"))
PY
LOAD=$!
sleep 12
echo "Stopping PostgreSQL (fast shutdown) for ${OUTAGE} s..."
DOWN_AT=$(date +%s.%N)
kill -INT "${POSTMASTER}"
for _ in $(seq 1 100); do kill -0 "${POSTMASTER}" 2>/dev/null || break; sleep 0.1; done
sleep "${OUTAGE}"
echo "Starting PostgreSQL again..."
(cd "${PG_CWD}" && nohup "${PG_PREFIX[@]}" "${PG_CMD[@]}" >"${WORK}/postgres-restart.log" 2>&1 &)
UP_AT=$(date +%s.%N)
wait "${LOAD}"
for _ in $(seq 1 50); do sql "select 1" >/dev/null 2>&1 && break; sleep 0.2; done

python3 - "${WORK}/load" "${DOWN_AT}" "${UP_AT}" "${HANG}" >"${WORK}/verdict" <<'PY'
import json, sys
results, down, up, hang = json.load(open(sys.argv[1])), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
failed = [r for r in results if not (200 <= r["status"] < 400)]
unfriendly = [r for r in failed if r["status"] != 503 or not r["friendly"] or r["trace"]]
slowest = max(r["took"] for r in results)
after = sorted((r for r in results if r["at"] >= up and 200 <= r["status"] < 300 and r["kind"] == "read"),
               key=lambda r: r["at"] + r["took"])
recovered = (after[0]["at"] + after[0]["took"] - up) if after else -1
still_failing_after = [r for r in results if r["at"] > up + 20 and not (200 <= r["status"] < 400)]
written = [r["email"] for r in results if r["kind"] == "write" and r["status"] == 200]
print(len(results), len(failed), len(unfriendly), f"{slowest:.1f}", f"{recovered:.1f}", len(still_failing_after),
      len(written))
print("\n".join(written))
codes = sorted({(r["status"], r["friendly"]) for r in unfriendly})
print("unfriendly answers:", codes[:5], file=sys.stderr)
PY
read -r TOTAL FAILED_N UNFRIENDLY SLOWEST RECOVERED LATE WRITTEN <"${WORK}/verdict"
tail -n +2 "${WORK}/verdict" | sed '/^$/d' >"${WORK}/written"
KEPT=0
if [[ -s "${WORK}/written" ]]; then
  KEPT=$(sql "select count(*) from event_registration where session_id = ${SESSION} and email in ($(sed "s/.*/'&'/" "${WORK}/written" | paste -sd,))")
fi
echo "Requests: ${TOTAL}, of which ${FAILED_N} failed (during the ${OUTAGE} s outage)"
check "friendly answers during the outage" "$([[ ${UNFRIENDLY} -eq 0 ]] && echo 0 || echo 1)" \
  "${UNFRIENDLY} failed answers were not the 503 'try again' page"
check "no hang" "$(python3 -c "print(0 if ${SLOWEST} <= ${HANG} else 1)")" "slowest answer ${SLOWEST} s (limit ${HANG} s)"
check "recovery without restarting the portal" \
  "$(python3 -c "print(0 if 0 <= ${RECOVERED} <= 20 and ${LATE} == 0 else 1)")" \
  "first page ${RECOVERED} s after PostgreSQL's return; ${LATE} failures more than 20 s after it"
check "no confirmed write lost" "$([[ ${KEPT} -eq ${WRITTEN} && ${WRITTEN} -gt 0 ]] && echo 0 || echo 1)" \
  "${KEPT} of the ${WRITTEN} confirmed registrations are in the database"
exit "${FAILED}"
