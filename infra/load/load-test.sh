#!/usr/bin/env bash
# Load test with a realistic mix, and (--soak) a memory soak. Creates its own PostgreSQL cluster,
# starts the built jar on it (default profile: the five demo tenants with their real seed content
# and demo accounts), obtains what clients need the way they would (API clients registered by the
# platform admin, client-credentials tokens, editors and citizens signed in through the forms) and
# runs four wrk scenarios at the same time, each with its own connections:
#   pages    public pages of all five tenants (start pages in three languages, Handlungsfelder,
#            measures, news, reports, editions, guidelines, contact, legal pages) and the platform start page
#   api      API reads with client-credentials tokens (editions, measures, indicators, processes, tenant)
#   editor   editors saving: PUT measure progress through the API, a new percentage every time
#   ideas    citizens submitting ideas through the public form (session + CSRF), each followed by
#            the GET of its redirect target; paced (IDEA_DELAY_MS per connection)
# Every scenario reports requests/s, p50/p90/p99/max latency, statuses outside its allowed set
# (any status ≥ 400, a redirect to the sign-in page) and socket errors. Any failed request = FAIL.
# The ideas the form accepted are counted again in the database.
#
# Soak (--soak SECONDS, at least 600): the same mix for that long; every SAMPLE_SECONDS (30) the
# JVM's used heap right after a forced full GC (jcmd GC.run; the size after it from the GC log) and its RSS are
# sampled. Flat means: the mean of the last third of the samples is at most 10 % (heap) and 15 %
# (RSS) above the mean of the first third. Tokens live 15 minutes, so a soak is at most 780 s.
#
# The idea limit per citizen and day (ik.participation.ideas.max-per-day, 10 in production) is
# raised to 100000000 for the run, as it would otherwise refuse the load's ideas after ten.
#
# Needs: root (pg_createcluster; PostgreSQL runs as postgres), PostgreSQL 15 server packages, wrk,
# curl, oathtool, python3, jcmd (the JDK), and the built jar (./mvnw -DskipTests package).
# Usage: infra/load/load-test.sh [--soak SECONDS]
# Settings (environment): WARMUP (20s), DURATION (60s; the soak's length replaces it),
#   PAGE_CONNECTIONS (12), API_CONNECTIONS (4), EDITOR_CONNECTIONS (2), IDEA_CONNECTIONS (2),
#   IDEA_DELAY_MS (300), TIMEOUT (10s), CLUSTER_NAME (ik-load), CLUSTER_PORT (5451),
#   SERVER_PORT_LOAD (18100), SAMPLE_SECONDS (30), SERVER_ARGS (more jar arguments, space-separated, e.g. to try
#   another pool or driver setting; named in the report), REPORT (docs/load-test-latest.md;
#   with --soak docs/load-soak-latest.md)
# Exit status: 0 passed, 1 failed requests or memory not flat, 2 could not run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOAK=0
while [ $# -gt 0 ]; do
    case "$1" in
        --soak) SOAK="${2:?--soak needs seconds}"; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed 's/^# \{0,1\}//; /^set -euo/d'; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
WARMUP="${WARMUP:-20s}"
DURATION="${DURATION:-60s}"
PAGE_CONNECTIONS="${PAGE_CONNECTIONS:-12}"
API_CONNECTIONS="${API_CONNECTIONS:-4}"
EDITOR_CONNECTIONS="${EDITOR_CONNECTIONS:-2}"
IDEA_CONNECTIONS="${IDEA_CONNECTIONS:-2}"
IDEA_DELAY_MS="${IDEA_DELAY_MS:-300}"
TIMEOUT="${TIMEOUT:-10s}"
SAMPLE_SECONDS="${SAMPLE_SECONDS:-30}"
REPORT_DEFAULT="$repo_root/docs/load-test-latest.md"
[ "$SOAK" != 0 ] && REPORT_DEFAULT="$repo_root/docs/load-soak-latest.md"
REPORT="${REPORT:-$REPORT_DEFAULT}"
scenario_script="$repo_root/infra/load/scenario.lua"

log() { printf '[load] %s\n' "$*" >&2; }
fail() { printf '[load] ERROR: %s\n' "$*" >&2; exit 2; }

if [ "$SOAK" != 0 ]; then
    [[ "$SOAK" =~ ^[0-9]+$ ]] && [ "$SOAK" -ge 600 ] && [ "$SOAK" -le 780 ] \
        || fail "--soak takes 600 to 780 seconds (at least 10 minutes; the API tokens live 15)"
    DURATION="${SOAK}s"
fi

work="$(mktemp -d /tmp/ik-load.XXXXXX)"
# shellcheck source=load-lib.sh
. "$repo_root/infra/load/load-lib.sh"
require_tools wrk curl oathtool python3 psql pg_createcluster jcmd
sampler_pid=""
cleanup() {
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
    stop_server
    drop_cluster
    # The server's log outlives the run, for the errors behind a failure.
    [ -f "$work/server.log" ] && cp "$work/server.log" /tmp/ik-load-server.log
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' INT TERM

# The code under test is the jar's; the commit at the start names it (the tree may change during a long run).
commit="$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$repo_root" diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
create_cluster
# The GC log gives the exact heap size right after each forced full GC (the soak's samples).
read -r -a extra_server_args <<< "${SERVER_ARGS:-}"
JAVA_TOOL_OPTIONS="-Xlog:gc:file=$work/gc.log" start_load_server --ik.participation.ideas.max-per-day=100000000 "${extra_server_args[@]}"
register_api_clients
fetch_tokens
read_editions
open_idea_collections
write_page_requests "$work/pages.txt"
log "$(wc -l <"$work/pages.txt") public pages, $(cat "$work"/measures-* | wc -l) measures, ${#TENANTS[@]} tenants"

declare -A connections=([pages]=$PAGE_CONNECTIONS [api]=$API_CONNECTIONS [editor]=$EDITOR_CONNECTIONS [ideas]=$IDEA_CONNECTIONS)
# A scenario with 0 connections is left out, to look at the others alone.
scenarios=()
for name in pages api editor ideas; do
    if [ "${connections[$name]}" -gt 0 ]; then scenarios+=("$name"); fi
done
[ "${#scenarios[@]}" -gt 0 ] || fail "every scenario has 0 connections"
declare -A allow=([pages]=200 [api]=200 [editor]=200 [ideas]=200,302)
declare -A delay=([pages]=0 [api]=0 [editor]=0 [ideas]=$IDEA_DELAY_MS)
declare -A title=([pages]="public pages, 5 tenants" [api]="API reads (client credentials)"
    [editor]="editors saving (PUT measure progress)" [ideas]="citizens' ideas (form POST + redirect GET)")

write_requests() {
    fetch_tokens
    write_api_requests "$work/api.txt"
    write_editor_requests "$work/editor.txt"
    write_idea_requests "$work/ideas.txt"
}

run_mix() { # phase duration: all scenarios at once, each wrk with its own connections
    local phase="$1" duration="$2" name threads
    local -a pids=()
    for name in "${scenarios[@]}"; do
        threads=$((connections[$name] < 2 ? connections[$name] : 2))
        LOAD_REQUESTS="$work/$name.txt" LOAD_ALLOW="${allow[$name]}" LOAD_DELAY_MS="${delay[$name]}" \
            wrk -t"$threads" -c"${connections[$name]}" -d"$duration" --timeout "$TIMEOUT" --latency -s "$scenario_script" \
            "$BASE_URL" >"$work/$phase-$name.txt" 2>&1 &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || fail "wrk failed: $(cat "$work/$phase"-*.txt)"
    done
}

# Heap used right after a forced full GC (from the GC log's "Pause Full (Diagnostic Command) before->after"
# line: exact, unlike a heap reading taken a moment later under load), and RSS, in MiB: "seconds heap rss".
sample_memory() {
    local started="$1" heap rss
    while sleep "$SAMPLE_SECONDS"; do
        jcmd "$server_pid" GC.run >/dev/null 2>&1 || continue
        heap="$(grep -E 'Pause Full \((Diagnostic Command|System.gc\(\))\)' "$work/gc.log" | tail -n 1 \
            | sed -nE 's/.*->([0-9]+)([KMG])\(.*/\1 \2/p' | awk '{ print ($2 == "K") ? $1 / 1024 : ($2 == "G") ? $1 * 1024 : $1 }')"
        rss="$(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$server_pid/status")"
        [ -n "$heap" ] && printf '%d %s %s\n' "$(($(date +%s) - started))" "$heap" "$rss" >>"$work/memory.txt"
    done
}

write_requests
log "warm-up: $WARMUP"
run_mix warmup "$WARMUP"
write_requests
ideas_before="$(ideas_in_database)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/memory.txt"
if [ "$SOAK" != 0 ]; then
    sample_memory "$(date +%s)" &
    sampler_pid=$!
fi
log "measuring: $DURATION (pages ${connections[pages]}, api ${connections[api]}, editor ${connections[editor]}, ideas ${connections[ideas]} connections)"
run_mix run "$DURATION"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$sampler_pid" ] && { kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""; }
ideas_after="$(ideas_in_database)"

# --- evaluation ------------------------------------------------------------------------------
result() { sed -nE "s/^WRK_RESULT( .*)? $2=([0-9.]+).*/\2/p" "$work/run-$1.txt"; }
status_line() { sed -nE 's/^LOAD_STATUS //p' "$work/run-$1.txt"; }
unexpected() { sed -nE 's/^LOAD_STATUS unexpected=([0-9]+).*/\1/p' "$work/run-$1.txt"; }
socket_errors() { echo $(($(result "$1" connect_errors) + $(result "$1" read_errors) + $(result "$1" write_errors) + $(result "$1" timeouts))); }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

requests_ok=PASS
total_requests=0
total_rps=0
for name in "${scenarios[@]}"; do
    total_requests=$((total_requests + $(result "$name" requests)))
    total_rps="$(awk -v a="$total_rps" -v b="$(result "$name" rps)" 'BEGIN { printf "%.1f", a + b }')"
    [ "$(unexpected "$name")" = 0 ] && [ "$(socket_errors "$name")" = 0 ] && [ "$(result "$name" status_errors)" = 0 ] || requests_ok=FAIL
done
overall=$requests_ok
idea_posts="$(sed -nE 's/^LOAD_STATUS .* 302=([0-9]+).*/\1/p' "$work/run-ideas.txt" 2>/dev/null || true)"
idea_posts="${idea_posts:-0}"
ideas_saved=$((ideas_after - ideas_before))
# Requests still in flight when wrk stops may be saved without being counted, never the reverse.
ideas_ok=PASS
[ "$ideas_saved" -ge "$idea_posts" ] && [ "$ideas_saved" -le $((idea_posts + IDEA_CONNECTIONS)) ] || { ideas_ok=FAIL; overall=FAIL; }

table="$(
    echo "| scenario | connections | requests | share | requests/s | p50 ms | p90 ms | p99 ms | max ms | statuses | unexpected | socket errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|"
    for name in "${scenarios[@]}"; do
        printf '| %s | %s | %s | %s %% | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${title[$name]}" "${connections[$name]}" \
            "$(result "$name" requests)" "$(awk -v a="$(result "$name" requests)" -v t="$total_requests" 'BEGIN { printf "%.1f", 100 * a / t }')" \
            "$(result "$name" rps)" "$(ms "$(result "$name" p50_us)")" "$(ms "$(result "$name" p90_us)")" \
            "$(ms "$(result "$name" p99_us)")" "$(ms "$(result "$name" max_us)")" \
            "$(status_line "$name" | sed -E 's/unexpected=[0-9]+ signed_out=[0-9]+ ?//')" "$(unexpected "$name")" "$(socket_errors "$name")"
    done
    printf '| **all** | %s | %s | 100 %% | %s | | | | | | | |\n' \
        "$((PAGE_CONNECTIONS + API_CONNECTIONS + EDITOR_CONNECTIONS + IDEA_CONNECTIONS))" "$total_requests" "$total_rps"
)"

memory_section=""
if [ "$SOAK" != 0 ]; then
    memory_verdict="$(python3 - "$work/memory.txt" <<'EOF'
import sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1]) if line.strip()]
if len(rows) < 6:
    print(f"FAIL only {len(rows)} samples"); sys.exit()
third = len(rows) // 3
def mean(values): return sum(values) / len(values)
heap_first, heap_last = mean([r[1] for r in rows[:third]]), mean([r[1] for r in rows[-third:]])
rss_first, rss_last = mean([r[2] for r in rows[:third]]), mean([r[2] for r in rows[-third:]])
heap_ok, rss_ok = heap_last <= 1.10 * heap_first, rss_last <= 1.15 * rss_first
print(("PASS" if heap_ok and rss_ok else "FAIL")
      + f" heap after GC: first third {heap_first:.1f} MiB, last third {heap_last:.1f} MiB ({100 * (heap_last / heap_first - 1):+.1f} %, limit +10 %);"
      + f" RSS: first third {rss_first:.1f} MiB, last third {rss_last:.1f} MiB ({100 * (rss_last / rss_first - 1):+.1f} %, limit +15 %)"
      + f"; {len(rows)} samples")
EOF
)"
    [[ "$memory_verdict" == PASS* ]] || overall=FAIL
    memory_section="$(
        echo "## Soak: memory"
        echo
        echo "Every $SAMPLE_SECONDS s: \`jcmd <pid> GC.run\` (a full GC); the heap after it from the GC log (\`-Xlog:gc\`, the line \"Pause Full (Diagnostic Command) before->after\"), and VmRSS."
        echo "Rule: the mean of the last third of the samples at most 10 % (heap after GC) and 15 % (RSS) above the mean of the first third."
        echo
        echo "**${memory_verdict%% *}**: ${memory_verdict#* }"
        echo
        echo "| s | heap used after GC (MiB) | RSS (MiB) |"
        echo "|---:|---:|---:|"
        awk '{ printf "| %s | %s | %s |\n", $1, $2, $3 }' "$work/memory.txt"
    )"
fi

checks="$(
    echo "- no request failed (every status in its scenario's allowed set, no socket errors): $requests_ok"
    echo "- ideas: the form accepted $idea_posts (302 to the process page), the database gained $ideas_saved: $ideas_ok"
    [ "$SOAK" != 0 ] && echo "- memory flat: ${memory_verdict%% *}"
    echo "- overall: **$overall**"
)"
echo
echo "$table"
echo
echo "$checks"
[ -n "$memory_section" ] && echo && echo "$memory_section"

mkdir -p "$(dirname "$REPORT")"
{
    echo "# Load test: latest result"
    echo
    echo "Written by \`infra/load/load-test.sh$([ "$SOAK" != 0 ] && echo " --soak $SOAK")\` (see the README, \"Load and fault tests\"). Do not edit by hand."
    echo
    echo "- when: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
    echo "- machine: $(nproc) cores ($(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); wrk, the server and PostgreSQL share it with other work: load average before/after the measured run $load_before / $load_after"
    echo "- server: the jar, default profile (five demo tenants, demo accounts), JVM $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1), default heap; PostgreSQL $CLUSTER_VERSION cluster of its own (port $CLUSTER_PORT, Debian defaults); \`--ik.participation.ideas.max-per-day=100000000\` (production: 10 per citizen and day)${SERVER_ARGS:+; also \`$SERVER_ARGS\`}"
    echo "- load: four wrk processes at once, \`--timeout $TIMEOUT --latency\`, after a $WARMUP warm-up of the same mix; measured for $DURATION; ideas paced at $IDEA_DELAY_MS ms per connection and request"
    echo "- data: $(wc -l <"$work/pages.txt") public pages of 5 tenants; API reads of 6 kinds per tenant; PUT on $(cat "$work"/measures-* | wc -l) measures; one Ideensammlung and one signed-in citizen per tenant"
    echo
    echo "$table"
    echo
    echo "Latencies from wrk's --latency (coordinated omission not corrected). \"statuses\": count per HTTP status; \"unexpected\": a status outside the scenario's allowed set (pages, API, editor: 200; ideas: 302 after the POST, 200 for the page) or a redirect to the sign-in page."
    echo
    echo "$checks"
    if [ -n "$memory_section" ]; then
        echo
        echo "$memory_section"
    fi
} >"$REPORT"
log "written to ${REPORT#"$repo_root"/}"

[ "$overall" = PASS ]
