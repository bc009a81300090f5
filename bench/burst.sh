#!/usr/bin/env bash
# Registration burst of issue 13: bench/burst.sh [clients] [places]
#
# Starts the packaged portal (bench/lib.sh: BENCH_REBUILD=0 keeps the last package) with the demo data, adds a
# published event whose one session has `places` places (300), then `clients` visitors (500) each open the public
# registration form (their own CSRF token, in its cookie) and, all at once, send it. Prints the throughput, p50/p95/p99
# of the sends, the errors, and what the database holds: exactly `places` registrations holding a place, the rest
# on the waitlist, the session's count of places equal to its registrations (no over-booking).
# BENCH_URL (with BENCH_DB_PORT) runs it against a portal already running on the embedded PostgreSQL instead.
# BURST_STATIC (a static asset's path, say /css/passerelle.css) first sends as many requests of that asset at once, in
# the same way, and prints their times: the ceiling of a burst on the same machine at the same moment.
# Where /proc tells, it also prints the processor time spent while the registrations were sent: the portal's (the
# process BURST_PORTAL_PID, or the one it started) by kind of thread (the JIT's compilers; the VM thread, which runs
# the serial collector, and other collectors; the request and other threads) and its PostgreSQL's (the server on the
# database port and its processes).
# BURST_BEFORE_SENDS and BURST_AFTER_SENDS, shell commands, run right before the sends and right after the last answer:
# to start and stop a profiler on the sends alone (docs/performance.md, twenty-eighth pass).
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
read -r EVENT SESSION < <(bench_event "Forum de la rafale" "${PLACES}")
echo "Event ${EVENT}, session ${SESSION}: ${PLACES} places, ${CLIENTS} clients registering at once"
python3 - "${BASE}" "${EVENT}" "${SESSION}" "${CLIENTS}" "${BURST_STATIC:-}" "${BURST_PORTAL_PID:-${PORTAL:-}}" \
  "${DB_PORT}" <<'PY'
# The forms are opened first (16 at a time, not timed); then one thread connects every visitor's socket and sends
# every registration at once, and times each from that moment to its whole answer. One thread and non-blocking
# sockets: 500 Python threads spent 1 to 2 ms of processor each on sending, on the same two processors as the
# portal, and queued behind each other on Python's interpreter lock (0.2 ms each this way).
import http.client, os, re, selectors, socket, subprocess, sys, time, urllib.parse
from concurrent.futures import ThreadPoolExecutor
base, event, session, clients, static = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
portal_pid, db_port = sys.argv[6], sys.argv[7]
address = urllib.parse.urlsplit(base)
host, port = address.hostname, address.port or 80
path = f"/events/{event}/sessions/{session}/register"

def registration(i):
    """The visitor's registration as it goes on the wire: their CSRF token and its cookie, from the form."""
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    connection.close()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"name": f"Participant {i}", "email": f"rafale{i}@visiteurs.example.org",
                                   "_csrf": token}).encode()
    return (f"POST {path} HTTP/1.1\r\nHost: {address.netloc}\r\nCookie: {cookie}\r\nConnection: close\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body

errors = []
def prepared(i):
    try:
        return registration(i)
    except Exception as ex:  # counted: this visitor sends nothing
        errors.append(f"form: {ex}")
        return None
with ThreadPoolExecutor(16) as pool:
    sends = [made for made in pool.map(prepared, range(clients)) if made is not None]

def fire(requests):
    """Connects one socket a request and sends them all at once; the time of each whole answer from that moment,
    and the errors (an answer other than 200, a refused or reset connection, no answer within 60 s)."""
    selector = selectors.DefaultSelector()
    pending, times, failed = {}, [], []
    began = time.perf_counter()
    for request in requests:
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex((host, port))
        pending[sock] = [request, b""]
        selector.register(sock, selectors.EVENT_WRITE)

    def finish(sock, error=None):
        elapsed = time.perf_counter() - began
        answer = pending.pop(sock)[1]
        selector.unregister(sock)
        sock.close()
        if error is None and not answer.startswith(b"HTTP/1.1 200 "):
            error = answer[:12].decode(errors="replace") or "no answer"
        times.append(elapsed)
        if error is not None:
            failed.append(error)

    while pending:
        ready = selector.select(timeout=60)
        if not ready:
            for sock in list(pending):
                finish(sock, "timed out")
        for key, events in ready:
            sock, state = key.fileobj, pending[key.fileobj]
            try:
                if events & selectors.EVENT_WRITE:
                    state[0] = state[0][sock.send(state[0]):]
                    if not state[0]:
                        selector.modify(sock, selectors.EVENT_READ)
                else:
                    data = sock.recv(65536)
                    if data:
                        state[1] += data
                    else:
                        finish(sock)
            except OSError as ex:
                finish(sock, str(ex))
    times.sort()
    return times, failed

def pct(times, p):
    return times[min(len(times) - 1, int(len(times) * p / 100))] * 1000 if times else 0

if static:
    # the ceiling in the same conditions: as many requests of a static asset at once, from the same client
    times, failed = fire([(f"GET {static} HTTP/1.1\r\nHost: {address.netloc}\r\nConnection: close\r\n\r\n").encode()]
                         * len(sends))
    wall = max(times) if times else 0
    print(f"static at once: {len(times)} answered, {len(failed)} errors over {wall:.2f} s; p50 {pct(times, 50):.0f} ms, "
          f"p95 {pct(times, 95):.0f} ms, p99 {pct(times, 99):.0f} ms")
    for e in sorted(set(failed))[:5]:
        print("  static error:", e)
    time.sleep(1)

def ticks(path):
    """User and system time of a process or thread from /proc, in clock ticks (fields 14 and 15, after the name)."""
    try:
        with open(path) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0

def processor():
    """Processor time so far of the portal's threads, by kind (the JIT's compilers, the collector, the others), and of
    the portal's PostgreSQL (the server listening on db_port and its processes); None where /proc cannot tell."""
    jvm = None
    if portal_pid and os.path.isdir(f"/proc/{portal_pid}/task"):
        jvm = {"jit": 0, "gc": 0, "other": 0}
        for task in os.listdir(f"/proc/{portal_pid}/task"):
            try:
                with open(f"/proc/{portal_pid}/task/{task}/comm") as f:
                    name = f.read().strip()
            except OSError:
                continue
            kind = ("jit" if "CompilerThre" in name else
                    "gc" if name == "VM Thread" or name.startswith(("GC ", "G1 ")) else "other")
            jvm[kind] += ticks(f"/proc/{portal_pid}/task/{task}/stat")
    database = None
    if db_port and os.path.isdir("/proc"):
        parents = {}
        server = None
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    args = f.read().split(b"\0")
                with open(f"/proc/{pid}/stat") as f:
                    parents[pid] = f.read().rsplit(")", 1)[1].split()[1]
            except (OSError, IndexError):
                continue
            if args and args[0].endswith(b"/postgres") and b"-p" in args and db_port.encode() in args:
                server = pid
        if server is not None:
            database = sum(ticks(f"/proc/{pid}/stat") for pid, parent in parents.items()
                           if pid == server or parent == server)
    return jvm, database

if os.environ.get("BURST_BEFORE_SENDS"):
    subprocess.run(os.environ["BURST_BEFORE_SENDS"], shell=True)
before = processor()
times, failed = fire(sends)
after = processor()
if os.environ.get("BURST_AFTER_SENDS"):
    subprocess.run(os.environ["BURST_AFTER_SENDS"], shell=True)
errors += failed
wall = max(times) if times else 0
print(f"sent: {len(times)} answered, {len(errors)} errors; {len(times) / wall if wall else 0:.0f} registrations/s "
      f"over {wall:.2f} s; p50 {pct(times, 50):.0f} ms, p95 {pct(times, 95):.0f} ms, p99 {pct(times, 99):.0f} ms")
for e in sorted(set(errors))[:5]:
    print("  error:", e)
# where the processors went while the registrations were sent (two processors give twice the burst's wall time)
tick = 1000 / os.sysconf("SC_CLK_TCK")
parts = []
if before[0] is not None and after[0] is not None:
    jvm = {kind: (after[0][kind] - before[0][kind]) * tick for kind in after[0]}
    parts.append(f"portal {sum(jvm.values()):.0f} ms (JIT compilers {jvm['jit']:.0f}, VM thread and collectors "
                 f"{jvm['gc']:.0f}, other threads {jvm['other']:.0f})")
if before[1] is not None and after[1] is not None:
    parts.append(f"PostgreSQL {(after[1] - before[1]) * tick:.0f} ms")
if parts:
    print(f"processor during the sends: {', '.join(parts)}; {os.cpu_count()} processors over {wall:.2f} s")
PY
echo "In the database:"
bench_sql "select '  ' || status || ': ' || count(*) from event_registration where session_id = ${SESSION} group by status order by status"
bench_sql "select '  places taken ' || places_taken || ' of ' || capacity || ', holding a place ' ||
       (select count(*) from event_registration r where r.session_id = s.id and r.status in ('PENDING', 'CONFIRMED'))
     from event_session s where id = ${SESSION}"
if [[ -n "${PORTAL:-}" ]]; then
  echo "Resident memory of the portal after the burst: $(( $(ps -o rss= -p "${PORTAL}" | tr -d ' ') / 1024 )) MB" \
    "(JVM options: ${PASSERELLE_MEMORY_OPTS-default of bin/passerelle}); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
