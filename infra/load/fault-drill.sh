#!/usr/bin/env bash
# Fault drill: PostgreSQL restarted, and PostgreSQL frozen (SIGSTOP of the postmaster and all its
# processes, SIGCONT after FREEZE_SECONDS), while the load test's four scenarios run (public pages,
# API reads, editors saving, citizens' ideas; see load-test.sh). Own cluster, the built jar on it,
# one app process for the whole drill. Records per second the statuses of all requests and the
# readiness probe, and checks:
#   - only the scenario's statuses or 503 (with Retry-After) — never 500 or another error — and no
#     socket errors or wrk timeouts;
#   - no request took longer than the configured limits allow: connection-timeout (waiting for a
#     pooled connection) + socketTimeout (a frozen server) + 2 s margin;
#   - after each fault, every request succeeds again within RECOVERY_LIMIT seconds, and the app
#     was never restarted (same process from start to end).
# The drill runs the server with a shorter socket/statement timeout (SOCKET_TIMEOUT 8 s, statement
# 6 s; production defaults 30 s / 25 s), so the 10-s freeze outlasts it and the timeout path is
# exercised; the connection timeout stays at the production 5 s.
#
# Needs: the same as load-test.sh (root, PostgreSQL 15 server packages, wrk, curl, oathtool,
# python3, the built jar). Usage: infra/load/fault-drill.sh
# Settings (environment): BASELINE (15 s before the first fault), SETTLE (30 s after each fault),
#   FREEZE_SECONDS (10), SOCKET_TIMEOUT (8), STATEMENT_TIMEOUT (6s), CONNECTION_TIMEOUT_MS (5000),
#   RECOVERY_LIMIT (15), CLUSTER_NAME (ik-load), CLUSTER_PORT (5451), SERVER_PORT_LOAD (18100),
#   REPORT (docs/fault-drill-latest.md)
# Exit status: 0 passed, 1 a check failed, 2 could not run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASELINE="${BASELINE:-15}"
SETTLE="${SETTLE:-30}"
FREEZE_SECONDS="${FREEZE_SECONDS:-10}"
SOCKET_TIMEOUT="${SOCKET_TIMEOUT:-8}"
STATEMENT_TIMEOUT="${STATEMENT_TIMEOUT:-6s}"
CONNECTION_TIMEOUT_MS="${CONNECTION_TIMEOUT_MS:-5000}"
RECOVERY_LIMIT="${RECOVERY_LIMIT:-15}"
REPORT="${REPORT:-$repo_root/docs/fault-drill-latest.md}"
scenario_script="$repo_root/infra/load/scenario.lua"

log() { printf '[drill] %s\n' "$*" >&2; }
fail() { printf '[drill] ERROR: %s\n' "$*" >&2; exit 2; }

work="$(mktemp -d /tmp/ik-fault-drill.XXXXXX)"
# shellcheck source=load-lib.sh
. "$repo_root/infra/load/load-lib.sh"
require_tools wrk curl oathtool python3 psql pg_createcluster
prober_pid=""
cleanup() {
    [ -n "$prober_pid" ] && kill "$prober_pid" 2>/dev/null || true
    stop_server
    drop_cluster
    [ -f "$work/server.log" ] && cp "$work/server.log" /tmp/ik-fault-drill-server.log
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' INT TERM

# The code under test is the jar's; the commit at the start names it (the tree may change during a long run).
commit="$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$repo_root" diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
limit_seconds=$((CONNECTION_TIMEOUT_MS / 1000 + SOCKET_TIMEOUT + 2))
create_cluster
start_load_server --ik.participation.ideas.max-per-day=100000000 \
    --spring.datasource.hikari.connection-timeout="$CONNECTION_TIMEOUT_MS" \
    --spring.datasource.hikari.data-source-properties.socketTimeout="$SOCKET_TIMEOUT" \
    --spring.datasource.hikari.data-source-properties.options="-c statement_timeout=$STATEMENT_TIMEOUT"
app_pid="$server_pid"
register_api_clients
fetch_tokens
read_editions
open_idea_collections
write_page_requests "$work/pages.txt"
write_api_requests "$work/api.txt"
write_editor_requests "$work/editor.txt"
write_idea_requests "$work/ideas.txt"

scenarios=(pages api editor ideas)
declare -A connections=([pages]=8 [api]=4 [editor]=2 [ideas]=2)
declare -A allow=([pages]=200,503 [api]=200,503 [editor]=200,503 [ideas]=200,302,503)
declare -A delay=([pages]=0 [api]=0 [editor]=0 [ideas]=300)
total_seconds=$((BASELINE + SETTLE + FREEZE_SECONDS + SETTLE))

# The readiness probe once a second (what a load balancer or Kubernetes would see).
probe_readiness() {
    while true; do
        printf '%s %s\n' "$(date +%s)" "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$BASE_URL/actuator/health/readiness")" >>"$work/readiness.txt"
        sleep 1
    done
}

log "load for ${total_seconds}s: baseline ${BASELINE}s, restart, ${SETTLE}s, freeze ${FREEZE_SECONDS}s, ${SETTLE}s"
pids=()
for name in "${scenarios[@]}"; do
    LOAD_REQUESTS="$work/$name.txt" LOAD_ALLOW="${allow[$name]}" LOAD_DELAY_MS="${delay[$name]}" LOAD_TIMELINE=1 \
        wrk -t2 -c"${connections[$name]}" -d"${total_seconds}s" --timeout "$((limit_seconds + 5))s" --latency -s "$scenario_script" \
        "$BASE_URL" >"$work/$name.txt.out" 2>&1 &
    pids+=($!)
done
probe_readiness &
prober_pid=$!
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

sleep "$BASELINE"
restart_start="$(date +%s)"
log "fault 1: pg_ctlcluster $CLUSTER_VERSION $CLUSTER_NAME restart"
as_postgres pg_ctlcluster "$CLUSTER_VERSION" "$CLUSTER_NAME" restart
restart_end="$(date +%s)"
sleep "$SETTLE"
mapfile -t frozen < <(postmaster_pids)
freeze_start="$(date +%s)"
log "fault 2: SIGSTOP to the postmaster and its ${#frozen[@]} processes for ${FREEZE_SECONDS}s"
kill -STOP "${frozen[@]}"
sleep "$FREEZE_SECONDS"
kill -CONT "${frozen[@]}"
freeze_end="$(date +%s)"
log "SIGCONT sent"
for pid in "${pids[@]}"; do
    wait "$pid" || fail "wrk failed: $(cat "$work"/*.txt.out)"
done
kill "$prober_pid" 2>/dev/null || true
wait "$prober_pid" 2>/dev/null || true
prober_pid=""
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
same_process=PASS
kill -0 "$app_pid" 2>/dev/null && [ "$server_pid" = "$app_pid" ] || same_process=FAIL
server_ready "$BASE_URL" || same_process=FAIL

for name in "${scenarios[@]}"; do
    grep -E '^(WRK_RESULT|LOAD_STATUS)' "$work/$name.txt.out" | sed "s/^/$name /" >>"$work/results.txt"
    sed -nE 's/^LOAD_SECOND //p' "$work/$name.txt.out" >>"$work/seconds.txt"
done

python3 - "$work" "$restart_start" "$restart_end" "$freeze_start" "$freeze_end" "$limit_seconds" "$RECOVERY_LIMIT" \
    "$same_process" >"$work/evaluation.md" <<'EOF'
import sys, collections
work, restart_start, restart_end, freeze_start, freeze_end, limit, recovery_limit = sys.argv[1], *map(int, sys.argv[2:8])
same_process = sys.argv[8]
results = {}
for line in open(f"{work}/results.txt"):
    name, kind, *fields = line.split()
    values = dict(field.split("=") for field in fields)
    results.setdefault(name, {}).update({f"{kind}:{k}": v for k, v in values.items()})
per_second = collections.defaultdict(collections.Counter)
for line in open(f"{work}/seconds.txt"):
    second, *codes = line.split()
    for code in codes:
        status, count = code.split("=")
        per_second[int(second)][int(status)] += int(count)
readiness = {}
for line in open(f"{work}/readiness.txt"):
    second, status = line.split()
    readiness[int(second)] = status

checks = []
def check(text, ok):
    checks.append((text, ok))

unexpected = sum(int(r["LOAD_STATUS:unexpected"]) for r in results.values())
socket = sum(int(r[f"WRK_RESULT:{k}"]) for r in results.values() for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
others = collections.Counter()
for counts in per_second.values():
    for status, count in counts.items():
        if status not in (200, 302, 503):
            others[status] += count
check(f"only 2xx/3xx/503 (503 always with Retry-After): {unexpected} unexpected responses"
      + (f", other statuses {dict(others)}" if others else ""), unexpected == 0 and not others)
check(f"no socket errors or wrk timeouts: {socket}", socket == 0)
slowest = max(int(r["WRK_RESULT:max_us"]) for r in results.values()) / 1e6
check(f"slowest request {slowest:.1f} s ≤ limit {limit} s (connection-timeout + socketTimeout + 2 s)", slowest <= limit)

def recovery(fault_end, window_end):
    """Seconds after fault_end from which every later second up to window_end has no 503, and requests succeed."""
    seconds = [s for s in range(fault_end, window_end) if per_second[s]]
    bad = [s for s in seconds if per_second[s][503] > 0]
    last_bad = max(bad) if bad else fault_end - 1
    good_after = [s for s in seconds if s > last_bad]
    return last_bad + 1 - fault_end, len(good_after)

end = max(per_second) if per_second else freeze_end
r1, good1 = recovery(restart_end, freeze_start)
r2, good2 = recovery(freeze_end, end + 1)
check(f"after the restart: all requests succeed again {r1} s after pg_ctlcluster returned ({good1} clean seconds follow), limit {recovery_limit} s",
      r1 <= recovery_limit and good1 >= 5)
check(f"after SIGCONT: all requests succeed again {r2} s later ({good2} clean seconds follow), limit {recovery_limit} s",
      r2 <= recovery_limit and good2 >= 5)
check("the app was not restarted (same process, ready at the end)", same_process == "PASS")
ready_end = [readiness[s] for s in sorted(readiness) if s > end - 5]
check(f"readiness probe 200 at the end: {ready_end}", bool(ready_end) and all(status == "200" for status in ready_end))
overall = all(ok for _, ok in checks)

print("| scenario | requests | p50 ms | p99 ms | max ms | statuses |")
print("|---|---:|---:|---:|---:|---|")
for name, r in results.items():
    statuses = " ".join(f"{k.split(':')[1]}={v}" for k, v in r.items() if k.startswith("LOAD_STATUS:") and k.split(":")[1].isdigit())
    print(f"| {name} | {r['WRK_RESULT:requests']} | {int(r['WRK_RESULT:p50_us'])/1000:.1f} | {int(r['WRK_RESULT:p99_us'])/1000:.1f} | {int(r['WRK_RESULT:max_us'])/1000:.1f} | {statuses} |")
print()
for text, ok in checks:
    print(f"- {text}: {'PASS' if ok else 'FAIL'}")
print(f"- overall: **{'PASS' if overall else 'FAIL'}**")
print()
print("Per second (all four scenarios together; t = 0 when the load started):")
print()
print("| t (s) | event | 2xx | 3xx | 503 | other | readiness |")
print("|---:|---|---:|---:|---:|---:|---:|")
start = min(per_second) if per_second else restart_start
events = {restart_start: "restart begins", restart_end: "restart done", freeze_start: "SIGSTOP", freeze_end: "SIGCONT"}
for second in range(start, end + 1):
    c = per_second[second]
    ok2, ok3 = sum(v for k, v in c.items() if 200 <= k < 300), sum(v for k, v in c.items() if 300 <= k < 400)
    other = sum(v for k, v in c.items() if k >= 400 and k != 503)
    print(f"| {second - start} | {events.get(second, '')} | {ok2} | {ok3} | {c[503]} | {other} | {readiness.get(second, '')} |")
print()
print("RESULT " + ("PASS" if overall else "FAIL"))
EOF

verdict="$(sed -nE 's/^RESULT //p' "$work/evaluation.md")"
sed -i '/^RESULT /d' "$work/evaluation.md"
sed -n '1,/^- overall/p' "$work/evaluation.md"

mkdir -p "$(dirname "$REPORT")"
{
    echo "# Fault drill: latest result"
    echo
    echo "Written by \`infra/load/fault-drill.sh\` (see the README, \"Load and fault tests\"). Do not edit by hand."
    echo
    echo "- when: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), shared with other work: load average before/after $load_before / $load_after"
    echo "- server: the jar (default profile, demo tenants), one process for the whole drill; PostgreSQL $CLUSTER_VERSION cluster of its own on port $CLUSTER_PORT"
    echo "- timeouts: Hikari connection-timeout ${CONNECTION_TIMEOUT_MS} ms (production default), PostgreSQL JDBC socketTimeout ${SOCKET_TIMEOUT} s and statement_timeout $STATEMENT_TIMEOUT for the drill (production defaults 30 s / 25s), connectTimeout 5 s"
    echo "- load: pages 8, API reads 4, editor saves 2, ideas 2 connections (wrk, as in load-test.sh), wrk timeout $((limit_seconds + 5)) s"
    echo "- faults: \`pg_ctlcluster $CLUSTER_VERSION $CLUSTER_NAME restart\` (fast shutdown: open connections are terminated) after ${BASELINE} s; ${SETTLE} s later SIGSTOP to the postmaster and its ${#frozen[@]} processes, SIGCONT after ${FREEZE_SECONDS} s; ${SETTLE} s more load"
    echo
    cat "$work/evaluation.md"
} >"$REPORT"
log "written to ${REPORT#"$repo_root"/}"
[ "$verdict" = PASS ]
