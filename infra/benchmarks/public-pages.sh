#!/usr/bin/env bash
# Public-page benchmark: a tenant start page served by the platform, side by side with the same
# HTML bytes served statically by nginx on the same machine, in the same run, with the same wrk
# settings. Target: at least half of nginx's requests/s and a 99th percentile latency no worse
# than twice nginx's; a run with socket errors or error statuses does not pass.
#
# Needs: wrk, nginx, curl (Debian: apt-get install wrk nginx curl) and a running server, or the
# built jar (./mvnw -DskipTests package) with START_SERVER=1. Builds nothing itself.
#
# Settings (environment):
#   BASE_URL      the server (default http://127.0.0.1:8080); loopback addresses only
#   PAGE          the page to measure (default /wiesbaden)
#   START_SERVER  1: start platform/server/target/*.jar (default profile: demo tenants and
#                 concepts) on BASE_URL's port, wait for /actuator/health/readiness, stop it after
#   SERVER_ARGS   extra arguments for the jar, e.g. "--ik.local-database.prefer-server=true
#                 --ik.local-database.database=ik_bench" (use the PostgreSQL on 127.0.0.1:5432)
#   THREADS, CONNECTIONS, DURATION, WARMUP, TIMEOUT   wrk -t/-c/-d/--timeout (default 2, 64,
#                 20s, 10s); WARMUP is the warm-up run's duration (default 10s)
#   NGINX_PORT    port of the static nginx (default 18080)
#   REPORT        where the Markdown result goes (default docs/benchmarks/public-pages-latest.md)
# Exit status: 0 targets met, 1 targets missed, 2 the benchmark could not run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASE_URL="${BASE_URL:-http://127.0.0.1:8080}"
BASE_URL="${BASE_URL%/}"
PAGE="${PAGE:-/wiesbaden}"
START_SERVER="${START_SERVER:-0}"
SERVER_ARGS="${SERVER_ARGS:-}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
# wrk's default of 2 s drops slower answers from the latency figures (it counts them as timeouts).
TIMEOUT="${TIMEOUT:-10s}"
NGINX_PORT="${NGINX_PORT:-18080}"
REPORT="${REPORT:-$repo_root/docs/benchmarks/public-pages-latest.md}"
reporter="$repo_root/infra/benchmarks/wrk-report.lua"

log() { printf '[bench] %s\n' "$*" >&2; }
fail() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 2; }

for tool in wrk curl; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (apt-get install wrk nginx curl)"
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || fail "nginx not found (apt-get install nginx)"

# Load goes to this machine only.
host="$(sed -E 's#^[a-z]+://(\[[^]]+\]|[^:/]+).*#\1#' <<<"$BASE_URL")"
case "$host" in
    localhost | 127.* | '[::1]') ;;
    *) fail "BASE_URL must point to this machine (127.0.0.0/8, localhost or [::1]), not $host" ;;
esac
port="$(sed -nE 's#^[a-z]+://(\[[^]]+\]|[^:/]+):([0-9]+).*#\2#p' <<<"$BASE_URL")"
port="${port:-80}"

# shellcheck source=server-lib.sh
. "$repo_root/infra/benchmarks/server-lib.sh"
work="$(mktemp -d /tmp/ik-bench.XXXXXX)"
chmod 755 "$work"
nginx_started=""

cleanup() {
    if [ -n "$nginx_started" ] && [ -f "$work/nginx/nginx.pid" ]; then
        kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    fi
    stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' INT TERM

# --- the server ----------------------------------------------------------------------------
if [ "$START_SERVER" = 1 ]; then
    # shellcheck disable=SC2086 # SERVER_ARGS are separate arguments
    start_server "$BASE_URL" "$port" "$work/server.log" $SERVER_ARGS
else
    server_ready "$BASE_URL" || fail "no ready server at $BASE_URL (start one, or set START_SERVER=1)"
fi

# --- the page, once, and the same bytes for nginx -------------------------------------------
mkdir -p "$work/nginx/www" "$work/nginx/tmp"
page_file="$work/nginx/www/index.html"
status="$(curl -sS -o "$page_file" -D "$work/headers.txt" -w '%{http_code}' "$BASE_URL$PAGE")"
[ "$status" = 200 ] || fail "GET $BASE_URL$PAGE answered $status"
page_bytes="$(wc -c <"$page_file")"
content_type="$(grep -i '^content-type:' "$work/headers.txt" | cut -d' ' -f2- | tr -d '\r')"
log "GET $PAGE: $page_bytes bytes, $content_type"

cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    types { text/html html; }
    charset utf-8;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/nginx/www;
        index index.html;
    }
}
EOF
nginx_cmd=("$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log")
if [ "$(id -u)" -eq 0 ]; then
    # Not as root: the whole nginx, master included, runs as nobody.
    chown -R nobody:nogroup "$work/nginx"
    nginx_cmd=(runuser -u nobody -- "${nginx_cmd[@]}")
fi
"${nginx_cmd[@]}" || fail "nginx did not start (port $NGINX_PORT in use?): $(cat "$work/nginx/error.log" 2>/dev/null)"
nginx_started=1
static_url="http://127.0.0.1:$NGINX_PORT/"
for _ in $(seq 1 50); do
    curl -fsS -o "$work/static-check.html" "$static_url" 2>/dev/null && break
    sleep 0.1
done
cmp -s "$page_file" "$work/static-check.html" || fail "nginx does not serve the fetched bytes"

# --- wrk -----------------------------------------------------------------------------------
run_wrk() { # name url duration
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout "$TIMEOUT" --latency -s "$reporter" "$2" >"$work/$1.txt" 2>&1 \
        || fail "wrk failed against $2: $(cat "$work/$1.txt")"
}
result() { # name key
    sed -nE "s/^WRK_RESULT( .*)? $2=([0-9.]+).*/\2/p" "$work/$1.txt"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for target in server nginx; do
    url="$BASE_URL$PAGE"
    [ "$target" = nginx ] && url="$static_url"
    log "$target: warm-up $WARMUP, then $DURATION (wrk -t$THREADS -c$CONNECTIONS --timeout $TIMEOUT --latency $url)"
    run_wrk "$target-warmup" "$url" "$WARMUP"
    run_wrk "$target" "$url" "$DURATION"
done

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
errors() { # name: socket errors and error statuses
    echo "$(($(result "$1" connect_errors) + $(result "$1" read_errors) + $(result "$1" write_errors) + $(result "$1" timeouts))) / $(result "$1" status_errors)"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }

server_rps="$(result server rps)"
nginx_rps="$(result nginx rps)"
server_p99="$(result server p99_us)"
nginx_p99="$(result nginx p99_us)"
rps_ratio="$(ratio "$server_rps" "$nginx_rps")"
p99_ratio="$(ratio "$server_p99" "$nginx_p99")"
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
rps_ok="$(awk -v r="$rps_ratio" 'BEGIN { print (r >= 0.5) ? 1 : 0 }')"
p99_ok="$(awk -v r="$p99_ratio" 'BEGIN { print (r <= 2.0) ? 1 : 0 }')"
clean_ok=1
[ "$(errors server)" = "0 / 0" ] && [ "$(errors nginx)" = "0 / 0" ] || clean_ok=0
overall=FAIL
[ "$rps_ok$p99_ok$clean_ok" = 111 ] && overall=PASS

row() { printf '| %s | %s | %s | %s |\n' "$@"; }
table="$(
    row "" "server" "nginx (same bytes)" "server / nginx"
    row "---" "---:" "---:" "---:"
    row "requests/s" "$server_rps" "$nginx_rps" "$rps_ratio"
    for p in p50 p90 p99; do
        row "$p latency (ms)" "$(ms "$(result server "${p}_us")")" "$(ms "$(result nginx "${p}_us")")" \
            "$(ratio "$(result server "${p}_us")" "$(result nginx "${p}_us")")"
    done
    row "max latency (ms)" "$(ms "$(result server max_us)")" "$(ms "$(result nginx max_us)")" ""
    row "requests" "$(result server requests)" "$(result nginx requests)" ""
    row "socket errors / status ≥ 400" "$(errors server)" "$(errors nginx)" ""
)"
checks="$(
    echo "- throughput at least half of nginx's: $rps_ratio → $(verdict "$rps_ok")"
    echo "- p99 latency at most twice nginx's: $p99_ratio → $(verdict "$p99_ok")"
    echo "- no socket errors or error statuses: $(verdict "$clean_ok")"
    echo "- overall: **$overall**"
)"

echo
echo "$table"
echo
echo "$checks"

commit="$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$repo_root" diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
mkdir -p "$(dirname "$REPORT")"
{
    echo "# Public-page benchmark: latest result"
    echo
    echo "Written by \`infra/benchmarks/public-pages.sh\` (see the README). Do not edit by hand."
    echo
    echo "- when: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
    echo "- machine: $(nproc) cores ($(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); wrk, server and nginx share it; load average before/after: $load_before / $load_after (other work on the machine skews both sides)"
    echo "- page: \`$PAGE\` from $BASE_URL, $page_bytes bytes ($content_type); nginx $("$nginx_bin" -v 2>&1 | sed 's#.*/##'), worker_processes 2, access_log off, port $NGINX_PORT"
    echo "- load: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT --latency\` for each, after a $WARMUP warm-up of each"
    echo
    echo "$table"
    echo
    echo "$checks"
    echo
    for target in server nginx; do
        echo "<details><summary>wrk output: $target</summary>"
        echo
        echo '```'
        grep -v '^WRK_RESULT' "$work/$target.txt"
        echo '```'
        echo "</details>"
        echo
    done
} >"$REPORT"
log "written to ${REPORT#"$repo_root"/}"

[ "$overall" = PASS ]
