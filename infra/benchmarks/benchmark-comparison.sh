#!/usr/bin/env bash
# Cross-city comparison benchmark (see README, "Benchmark: cross-city comparison"): the HTTP request
# GET /api/{slug}/benchmark/comparisons/{code}?year=… of one tenant over the national data set of
# infra/benchmarks/benchmark-data.sh, with a real access token of that tenant (client credentials,
# scope monitoring.read). Warm-up first, then REQUESTS sequential requests over varying codes and
# years on one keep-alive connection; reports p50/p95/p99/max, writes EXPLAIN (ANALYZE, BUFFERS) of the
# database functions' queries and the result to docs/benchmarks/benchmark-comparison-latest.md.
# Target: p95 < 100 ms, warm.
#
# Needs: curl, psql, openssl, the built jar (./mvnw -DskipTests package) unless START_SERVER=0, and the
# data set (infra/benchmarks/benchmark-data.sh).
#
# Settings (environment):
#   DATABASE      default ik_bench_monitoring;  PGHOST/PGPORT/PGUSER default 127.0.0.1/5432/postgres
#   TENANT_SLUG   the measured tenant (default: the first participating Mittelstadt in Hessen by AGS)
#   START_SERVER  1 (default): start the jar on PORT against DATABASE and stop it afterwards;
#                 0: use a running server at BASE_URL
#   PORT          default 18089 (BASE_URL default http://127.0.0.1:$PORT)
#   WARMUP, REQUESTS   default 200, 500
#   REPORT        default docs/benchmarks/benchmark-comparison-latest.md
# Exit status: 0 target met, 1 target missed, 2 could not run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATABASE="${DATABASE:-ik_bench_monitoring}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
START_SERVER="${START_SERVER:-1}"
PORT="${PORT:-18089}"
BASE_URL="${BASE_URL:-http://127.0.0.1:$PORT}"
WARMUP="${WARMUP:-200}"
REQUESTS="${REQUESTS:-500}"
REPORT="${REPORT:-$repo_root/docs/benchmarks/benchmark-comparison-latest.md}"

log() { printf '[bench] %s\n' "$*" >&2; }
fail() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 2; }
for tool in curl psql openssl; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found"
done
[[ "$DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "DATABASE must be a plain lower-case name"
q() { psql -d "$DATABASE" -v ON_ERROR_STOP=1 -Atq "$@"; }
[ "$(q -c "select count(*) from monitoring.benchmark_value where code like 'bench-%'" 2>/dev/null || echo 0)" -gt 0 ] \
    || fail "no data set in $DATABASE (infra/benchmarks/benchmark-data.sh)"

# --- the measured tenant and its API client ---------------------------------------------------
if [ -z "${TENANT_SLUG:-}" ]; then
    TENANT_SLUG="$(q -c "select t.slug from platform.tenant t where t.slug like 'bench-%' and t.bundesland = 'HE'
        and t.population between 20000 and 99999 and exists (select 1 from monitoring.benchmark_opt_in o where o.tenant_id = t.id)
        order by t.ags limit 1")"
fi
tenant_id="$(q -v slug="$TENANT_SLUG" <<<"select id from platform.tenant where slug = :'slug'")"
[ -n "$tenant_id" ] || fail "no active tenant $TENANT_SLUG"
client_id="bench-client-$TENANT_SLUG"
secret="$(openssl rand -hex 24)"
log "API client $client_id (monitoring.read) for $TENANT_SLUG"
# What ApiClients.register stores (a platform admin's registration), written directly: the OAuth2
# registration with a bcrypt hash of a fresh secret and the tenant in the client settings.
# The settings in the JSON form Spring Authorization Server's JdbcRegisteredClientRepository writes.
client_settings='{"@class":"java.util.Collections$UnmodifiableMap","settings.client.require-proof-key":true,"settings.client.require-authorization-consent":false,"ik.tenant-id":"@TENANT@"}'
token_settings='{"@class":"java.util.Collections$UnmodifiableMap","settings.token.reuse-refresh-tokens":true,"settings.token.x509-certificate-bound-access-tokens":false,"settings.token.id-token-signature-algorithm":["org.springframework.security.oauth2.jose.jws.SignatureAlgorithm","RS256"],"settings.token.access-token-time-to-live":["java.time.Duration","PT30M"],"settings.token.access-token-format":{"@class":"org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat","value":"self-contained"},"settings.token.refresh-token-time-to-live":["java.time.Duration","PT1H"],"settings.token.authorization-code-time-to-live":["java.time.Duration","PT5M"],"settings.token.device-code-time-to-live":["java.time.Duration","PT5M"]}'
q -v client="$client_id" -v secret="$secret" -v tenant="$tenant_id" -v client_settings_template="$client_settings" \
    -v token_settings_template="$token_settings" <<'SQL'
create extension if not exists pgcrypto;
delete from oauth2_authorization where registered_client_id in (select id from oauth2_registered_client where client_id = :'client');
delete from oauth2_registered_client where client_id = :'client';
delete from platform.api_client where client_id = :'client';
insert into oauth2_registered_client (id, client_id, client_secret, client_name, client_authentication_methods,
    authorization_grant_types, redirect_uris, post_logout_redirect_uris, scopes, client_settings, token_settings)
values (gen_random_uuid()::text, :'client', '{bcrypt}' || crypt(:'secret', gen_salt('bf', 10)), 'Benchmark', 'client_secret_basic,client_secret_post',
    'client_credentials', '', '', 'monitoring.read',
    replace(:'client_settings_template', '@TENANT@', :'tenant'), :'token_settings_template');
insert into platform.api_client (tenant_id, client_id, name, scopes) values (:'tenant', :'client', 'Benchmark', '{monitoring.read}');
SQL

# --- the server -------------------------------------------------------------------------------
# shellcheck source=server-lib.sh
. "$repo_root/infra/benchmarks/server-lib.sh"
work="$(mktemp -d /tmp/ik-bench-comparison.XXXXXX)"
# The generated tenants are active only while the benchmark runs: the default profile's demo-account runner
# creates four accounts for every tenant that is active when the server starts (44,000 bcrypt hashes).
bench_status() { q -c "update platform.tenant set status = '$1' where slug like 'bench-%' and status <> '$1'" >/dev/null; }
cleanup() {
    stop_server
    bench_status SUSPENDED || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' INT TERM
if [ "$START_SERVER" = 1 ]; then
    bench_status SUSPENDED
    mapfile -t jar_args < <(database_args "$DATABASE")
    start_server "$BASE_URL" "$PORT" "$work/server.log" "${jar_args[@]}"
else
    server_ready "$BASE_URL" || fail "no ready server at $BASE_URL"
fi
bench_status ACTIVE # the server's tenant registry follows at once (NOTIFY tenant_registry_changed)
sleep 2

# --- token and request lists ------------------------------------------------------------------
token="$(curl -fsS -u "$client_id:$secret" -d grant_type=client_credentials -d scope=monitoring.read "$BASE_URL/oauth2/token" \
    | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p')"
[ -n "$token" ] || fail "no access token for $client_id"
first="$(curl -sS -H "Authorization: Bearer $token" "$BASE_URL/api/$TENANT_SLUG/benchmark/comparisons/bench-001?year=2024")"
grep -q '"enough":true' <<<"$first" || fail "the comparison did not answer with a statistic: ${first:0:300}"
printf '%s' "$first" >"$work/sample.json"

requests() { # count seed → curl config: one keep-alive connection, every answer's status and time
    awk -v n="$1" -v seed="$2" -v base="$BASE_URL/api/$TENANT_SLUG/benchmark/comparisons/" -v token="$token" 'BEGIN {
        srand(seed)
        print "header = \"Authorization: Bearer " token "\""
        print "write-out = \"%{http_code} %{time_total}\\n\""
        for (i = 0; i < n; i++) {
            printf "url = \"%sbench-%03d?year=%d\"\noutput = \"/dev/null\"\n", base, 1 + int(rand() * 100), 2015 + int(rand() * 10)
        }
    }'
}
requests "$WARMUP" 1 >"$work/warmup.curl"
requests "$REQUESTS" 2 >"$work/measure.curl"
log "warm-up: $WARMUP requests"
curl -sS -K "$work/warmup.curl" >"$work/warmup.txt"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "measuring: $REQUESTS sequential requests"
curl -sS -K "$work/measure.curl" >"$work/measure.txt"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

not_ok="$(awk '$1 != 200' "$work/measure.txt" | wc -l)"
awk '{ printf "%.3f\n", $2 * 1000 }' "$work/measure.txt" | sort -n >"$work/ms.txt"
count="$(wc -l <"$work/ms.txt")"
pct() { awk -v p="$1" -v n="$count" 'BEGIN { k = int(p * n); if (k < p * n) k++; if (k < 1) k = 1 } NR == k { print; exit }' "$work/ms.txt"; }
p50="$(pct 0.50)"; p95="$(pct 0.95)"; p99="$(pct 0.99)"; max="$(tail -n 1 "$work/ms.txt")"
mean="$(awk '{ s += $1 } END { printf "%.3f", s / NR }' "$work/ms.txt")"
ok="$(awk -v p="$p95" 'BEGIN { print (p < 100) ? 1 : 0 }')"
[ "$not_ok" = 0 ] || ok=0
verdict=FAIL; [ "$ok" = 1 ] && verdict=PASS

# --- EXPLAIN (ANALYZE, BUFFERS) of the functions' own queries (auto_explain, nested statements) ---
size_class="$(q -c "select case when population < 5000 then 'LANDGEMEINDE' when population < 20000 then 'KLEINSTADT'
    when population < 100000 then 'MITTELSTADT' else 'GROSSSTADT' end from platform.tenant where id = '$tenant_id'")"
explain() {
    psql -d "$DATABASE" -Atq 2>&1 <<SQL
load 'auto_explain';
set auto_explain.log_min_duration = 0;
set auto_explain.log_analyze = on;
set auto_explain.log_buffers = on;
set auto_explain.log_timing = on;
set auto_explain.log_nested_statements = on;
set auto_explain.log_level = notice;
set client_min_messages = notice;
set role ik_app;
select set_config('app.tenant_id', '$tenant_id', false);
select count(*) from monitoring.benchmark_distribution('bench-042', 2024, '$size_class');
select count(*) from monitoring.benchmark_series('bench-042');
SQL
}
explain >/dev/null # the first run fills the caches; the second is the warm one reported
# Every statement's plan with its duration: the registry look-up, the own value, the aggregation, the series
# and the top-level function scans (whose duration includes the PL/pgSQL call).
plans="$(explain | grep -vE '^([0-9]+|[0-9a-f-]{36})$' | sed -E 's/^psql:<stdin>:[0-9]+: //')"
sizes="$(q -c "select set_config('app.tenant_id', '$tenant_id', false)" \
    -c "select string_agg(group_key || ' ' || members, ', ') from monitoring.benchmark_distribution('bench-042', 2024, '$size_class')" | tail -n 1)"
values_total="$(q -c "select count(*) from monitoring.benchmark_value")"
tenants_total="$(q -c "select count(*) from platform.tenant where slug like 'bench-%'")"

table="$(
    echo "| requests | mean | p50 | p95 | p99 | max | non-200 |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    echo "| $count | $mean ms | $p50 ms | $p95 ms | $p99 ms | $max ms | $not_ok |"
)"
echo
echo "$table"
echo
echo "p95 < 100 ms: $verdict (load average before/after: $load_before / $load_after)"

commit="$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$repo_root" diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
mkdir -p "$(dirname "$REPORT")"
{
    echo "# Cross-city comparison benchmark: latest result"
    echo
    echo "Written by \`infra/benchmarks/benchmark-comparison.sh\` (see the README). Do not edit by hand."
    echo
    echo "- when: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
    echo "- machine: $(nproc) cores ($(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(psql -d "$DATABASE" -Atqc 'select version()' | cut -d' ' -f1-2); curl, server and PostgreSQL share it with other work; load average before/after the measured run: $load_before / $load_after"
    echo "- data set (\`infra/benchmarks/benchmark-data.sh\`, database \`$DATABASE\`): $tenants_total generated tenants, $values_total shared values, 100 catalogue codes, 2015–2024"
    echo "- measured: \`GET /api/$TENANT_SLUG/benchmark/comparisons/{code}?year={year}\` with a client-credentials token of that tenant (scope \`monitoring.read\`), codes bench-001…bench-100 and years 2015–2024 drawn at random; $WARMUP warm-up requests, then $REQUESTS sequential requests on one keep-alive connection (curl \`time_total\`)"
    echo "- group sizes for bench-042 in 2024: $sizes; the answer for bench-001/2024 has $(wc -c <"$work/sample.json") bytes"
    echo
    echo "$table"
    echo
    echo "- target p95 < 100 ms (warm): **$verdict**"
    echo
    echo "## EXPLAIN (ANALYZE, BUFFERS) of the functions' queries"
    echo
    echo "\`benchmark_distribution('bench-042', 2024, '$size_class')\` and \`benchmark_series('bench-042')\` as \`ik_app\` for $TENANT_SLUG, second (warm) run, via auto_explain (nested statements):"
    echo
    echo '```'
    echo "$plans"
    echo '```'
} >"$REPORT"
log "written to ${REPORT#"$repo_root"/}"
[ "$verdict" = PASS ]
