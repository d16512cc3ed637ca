#!/usr/bin/env bash
# Security scanners on loopback (issue #8): sqlmap on every parameterised endpoint of the application and
# wapiti over the public site of all demo tenants. Writes docs/security-scan-latest.md and exits non-zero when
# a scanner reports a finding that infra/security/explained-findings.tsv does not explain.
#
# What it does:
#   1. creates the scratch database DATABASE (dropped again at the end) and starts the built jar on PORT with the
#      default profile (five demo tenants, their content and demo accounts), /actuator/mappings exposed for this run
#      only, and the public forms' rate limits and the sign-in lockout raised for the run (see SCAN_ARGS);
#   2. signs in (tenant admins, a citizen, the platform admin with TOTP) and takes these people's access tokens for
#      the API through the authorization server (authorization code with PKCE);
#   3. takes every route from /actuator/mappings and turns it into a sqlmap target with real ids, query parameters
#      and form/JSON bodies (infra/security/scan_targets.py), runs sqlmap on each (time-bounded), read-only
#      targets first, destructive ones (delete, revoke, freeze, …) last;
#   4. runs wapiti over the five public sites (signed out), bounded in time;
#   5. writes the report; the scanners' raw output stays in OUTPUT_DIR.
#
# Needs: Debian's sqlmap and wapiti (apt-get install -y sqlmap wapiti), curl, jq, psql, oathtool, python3 and the
# built jar (./mvnw -DskipTests package); builds nothing itself. Runs about 18 minutes on 2 shared cores (docs/security-scan-latest.md has the last run's times).
#
# Settings (environment):
#   PORT (18200), DATABASE (ik_scan; PGHOST/PGPORT/PGUSER default 127.0.0.1/5432/postgres, superuser)
#   SQLMAP_LEVEL (1), SQLMAP_RISK (1), SQLMAP_TECHNIQUE (BEUST), SQLMAP_TIMEOUT seconds per target (90),
#   SQLMAP_WORKERS parallel sqlmap processes, each with one thread (2), WAPITI_TIME seconds in all (360),
#   OUTPUT_DIR (a new /tmp/ik-security-scan.* directory, kept), REPORT (docs/security-scan-latest.md),
#   ONLY regular expression: scan only targets whose route matches (for trying things out; no report then)
# Exit status: 0 no unexplained finding, 1 unexplained findings, 2 the scan could not run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$repo_root/infra/security"
PORT="${PORT:-18200}"
BASE_URL="http://127.0.0.1:$PORT"
DATABASE="${DATABASE:-ik_scan}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SQLMAP_LEVEL="${SQLMAP_LEVEL:-1}"
SQLMAP_RISK="${SQLMAP_RISK:-1}"
SQLMAP_TECHNIQUE="${SQLMAP_TECHNIQUE:-BEUST}"
SQLMAP_TIMEOUT="${SQLMAP_TIMEOUT:-90}"
SQLMAP_WORKERS="${SQLMAP_WORKERS:-2}"
WAPITI_TIME="${WAPITI_TIME:-360}"
REPORT="${REPORT:-$repo_root/docs/security-scan-latest.md}"
ONLY="${ONLY:-}"
TENANTS=(wiesbaden frankenthal duesseldorf dietzenbach landkreis-boerde)
PASSWORD=Demo-Integration-2026
TOTP_SECRET=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
# The run's own configuration: the route list for step 3, and limits the scanners would hit otherwise. Each is a
# documented property; nothing else differs from the default profile.
SCAN_ARGS=(
    --management.endpoints.web.exposure.include=health,mappings
    --ik.publishing.contact.max-per-hour=1000000
    --ik.participation.ideas.max-per-day=1000000
    --ik.participation.comments.max-per-hour=1000000
    --ik.participation.questionnaire.anonymous-responses-per-hour=1000000
    --ik.security.lockout.threshold=1000000
    --ik.security.sign-in-throttle.per-account=1000000
    --ik.security.sign-in-throttle.per-address=1000000
    --ik.security.sign-in-throttle.per-client=1000000
    --ik.security.mail-request-limit.per-recipient=1000000
    --ik.security.mail-request-limit.per-address=1000000
)

log() { printf '[scan] %s\n' "$*" >&2; }
fail() { printf '[scan] ERROR: %s\n' "$*" >&2; exit 2; }
for tool in sqlmap wapiti curl jq psql oathtool openssl python3 timeout flock; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (apt-get install -y sqlmap wapiti curl jq postgresql-client oathtool)"
done
[[ "$DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "DATABASE must be a plain lower-case name"
OUTPUT_DIR="${OUTPUT_DIR:-$(mktemp -d /tmp/ik-security-scan.XXXXXX)}"
mkdir -p "$OUTPUT_DIR"/{sqlmap,results,jars}
work="$(mktemp -d /tmp/ik-security-work.XXXXXX)"
started_at="$(date -u +%s)"
# The commit the scan starts from (the jar is expected to be built from it), not the one the report is written at.
scanned_commit="$(git -C "$repo_root" rev-parse --short HEAD)"
git -C "$repo_root" diff --quiet HEAD || scanned_commit+=" (with uncommitted changes)"

# shellcheck source=../benchmarks/server-lib.sh
. "$repo_root/infra/benchmarks/server-lib.sh"
cleanup() {
    stop_server
    psql -d postgres -qc "drop database if exists $DATABASE with (force)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' INT TERM

# --- 1. scratch database and server ---------------------------------------------------------------------
psql -d postgres -v ON_ERROR_STOP=1 -qc "drop database if exists $DATABASE with (force)" -c "create database $DATABASE owner ik_owner" \
    || fail "could not create $DATABASE (roles: platform/local-database/src/main/resources/db/bootstrap/roles.sql)"
mapfile -t jar_args < <(database_args "$DATABASE")
start_server "$BASE_URL" "$PORT" "$OUTPUT_DIR/server.log" "${jar_args[@]}" "${SCAN_ARGS[@]}"

# --- 2. identities --------------------------------------------------------------------------------------
csrf_of() { grep -oE 'name="_csrf"[^>]*value="[^"]+"' | head -n 1 | sed -E 's/.*value="([^"]+)"/\1/'; }
session_of() { awk '$6 == "SESSION" { print $7 }' "$1" | tail -n 1; }
totp_window=""
# sign_in jar e-mail [second factor] → a signed-in SESSION in the jar
sign_in() {
    local jar="$1" email="$2" second="${3:-}" token status
    rm -f "$jar"
    token="$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/anmelden" | csrf_of)"
    status="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "email=$email" \
        --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE_URL/anmelden")"
    [[ "$status" == 302* && "$status" != *fehler* && "$status" != *error* ]] || { log "sign-in of $email failed: $status"; return 1; }
    if [ "$second" = totp ]; then
        # A TOTP code is accepted once: wait for the next window if this one's code was used.
        while [ "$totp_window" = "$(($(date +%s) / 30))" ]; do sleep 1; done
        totp_window="$(($(date +%s) / 30))"
        token="$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/anmelden/zweiter-faktor" | csrf_of)"
        status="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "code=$(oathtool --totp -b "$TOTP_SECRET")" \
            --data-urlencode "_csrf=$token" "$BASE_URL/anmelden/zweiter-faktor")"
        [[ "$status" == 302* && "$status" != *zweiter-faktor* ]] || { log "second factor of $email failed: $status"; return 1; }
    fi
}
jar_of() { printf '%s/jars/%s' "$OUTPUT_DIR" "${1//:/_}"; }
# (Re)creates the session of one identity; the second-factor identity is signed in with the password only.
open_session() {
    local identity="$1" jar
    jar="$(jar_of "$identity")"
    case "$identity" in
        staff:*) sign_in "$jar" "tenant-admin.${identity#staff:}@demo.invalid" ;;
        citizen:*) sign_in "$jar" "citizen.${identity#citizen:}@demo.invalid" ;;
        platform) sign_in "$jar" plattform-admin@demo.invalid totp ;;
        second-factor) sign_in "$jar" plattform-admin@demo.invalid ;;
        anon) rm -f "$jar"; curl -sS -c "$jar" -b "$jar" -o /dev/null "$BASE_URL/anmelden" ;;
    esac
}
# Is the session still signed in? Scanned forms may end it (sign-out, role changes): then sign in again.
session_alive() {
    case "$1" in
        staff:*) [ "$(curl -sS -o /dev/null -w '%{http_code}' -b "$(jar_of "$1")" "$BASE_URL/${1#staff:}/verwaltung/konzept")" = 200 ] ;;
        citizen:* | platform) [ "$(curl -sS -o /dev/null -w '%{http_code}' -b "$(jar_of "$1")" "$BASE_URL/konto")" = 200 ] ;;
        *) [ -n "$(session_of "$(jar_of "$1")")" ] ;;
    esac
}
log "signing in (tenant admins, a citizen, the platform admin, a session waiting for its second factor, anonymous)"
identities=(anon platform second-factor citizen:wiesbaden)
for tenant in "${TENANTS[@]}"; do identities+=("staff:$tenant"); done
for identity in "${identities[@]}"; do open_session "$identity" || fail "could not sign in as $identity"; done

# People's access tokens for the API (authorization code with PKCE, as a browser application gets them): a tenant
# admin's token reaches every /api/{tenant} route, including those only people may use (ideas, ratings, votes), and
# the platform admin's token the template and admin routes. The OAuth client is written directly, as in
# infra/benchmarks/benchmark-comparison.sh: the platform admins' form registers client-credentials clients only.
log "registering an authorization-code client for the scan and taking people's tokens through /oauth2/authorize"
person_secret="$(openssl rand -hex 24)"
client_settings='{"@class":"java.util.Collections$UnmodifiableMap","settings.client.require-proof-key":true,"settings.client.require-authorization-consent":false}'
token_settings='{"@class":"java.util.Collections$UnmodifiableMap","settings.token.reuse-refresh-tokens":true,"settings.token.x509-certificate-bound-access-tokens":false,"settings.token.id-token-signature-algorithm":["org.springframework.security.oauth2.jose.jws.SignatureAlgorithm","RS256"],"settings.token.access-token-time-to-live":["java.time.Duration","PT30M"],"settings.token.access-token-format":{"@class":"org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat","value":"self-contained"},"settings.token.refresh-token-time-to-live":["java.time.Duration","PT1H"],"settings.token.authorization-code-time-to-live":["java.time.Duration","PT5M"],"settings.token.device-code-time-to-live":["java.time.Duration","PT5M"]}'
psql -d "$DATABASE" -v ON_ERROR_STOP=1 -q -v secret="$person_secret" -v redirect="$BASE_URL/scan-callback" \
    -v client_settings="$client_settings" -v token_settings="$token_settings" <<'SQL' || fail "could not register the scan's OAuth client"
create extension if not exists pgcrypto;
insert into oauth2_registered_client (id, client_id, client_secret, client_name, client_authentication_methods,
    authorization_grant_types, redirect_uris, post_logout_redirect_uris, scopes, client_settings, token_settings)
values (gen_random_uuid()::text, 'ik-security-scan', '{bcrypt}' || crypt(:'secret', gen_salt('bf', 10)), 'Sicherheitsscan',
    'client_secret_basic', 'authorization_code', :'redirect', '', 'openid', :'client_settings', :'token_settings');
SQL
person_token() { # identity (staff:<tenant> or platform) → a fresh access token of that person
    local verifier challenge location code
    verifier="$(openssl rand -hex 32)"
    challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')"
    location="$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$(jar_of "$1")" "$BASE_URL/oauth2/authorize?response_type=code&client_id=ik-security-scan&scope=openid&state=scan&code_challenge=$challenge&code_challenge_method=S256&redirect_uri=$BASE_URL/scan-callback")"
    code="$(sed -nE 's/.*[?&]code=([^&]+).*/\1/p' <<<"$location")"
    [ -n "$code" ] || { log "no authorization code for $1 (answer: $location)"; return 1; }
    curl -sS -u "ik-security-scan:$person_secret" -d grant_type=authorization_code --data-urlencode "code=$code" \
        -d redirect_uri="$BASE_URL/scan-callback" -d code_verifier="$verifier" "$BASE_URL/oauth2/token" | jq -r .access_token
}
api_token() { # api identity (api:<tenant> or api:platform) → the person's token
    local person="staff:${1#api:}"
    [ "$1" = api:platform ] && person=platform
    session_alive "$person" || open_session "$person" || return 1
    person_token "$person"
}
headers_json() { # identity → {"Cookie": …} or {"Authorization": …}
    case "$1" in
        api:*) jq -n --arg v "Bearer $(api_token "$1")" '{Authorization: $v}' ;;
        *) jq -n --arg v "SESSION=$(session_of "$(jar_of "$1")")" '{Cookie: $v}' ;;
    esac
}
{
    printf '{'
    first=1
    for identity in "${identities[@]}" api:platform $(printf 'api:%s ' "${TENANTS[@]}"); do
        [ "$first" = 1 ] || printf ','
        first=0
        printf '"%s":%s' "$identity" "$(headers_json "$identity")"
    done
    printf '}'
} >"$work/sessions.json"

# --- 3. sqlmap on every parameterised route -----------------------------------------------------------------
curl -fsS "$BASE_URL/actuator/mappings" >"$OUTPUT_DIR/mappings.json" || fail "no /actuator/mappings"
curl -fsS "$BASE_URL/v3/api-docs" >"$OUTPUT_DIR/openapi.json" || fail "no /v3/api-docs"
log "building targets from the route list (crawls the rendered pages for forms and links)"
PGDATABASE="$DATABASE" python3 "$here/scan_targets.py" "$BASE_URL" "$OUTPUT_DIR/mappings.json" "$OUTPUT_DIR/openapi.json" \
    "$work/sessions.json" "$DATABASE" "$OUTPUT_DIR/targets.jsonl" || fail "could not build the targets"
if [ -n "$ONLY" ]; then
    jq -c --arg only "$ONLY" 'select(.pattern | test($only))' "$OUTPUT_DIR/targets.jsonl" >"$work/only" && mv "$work/only" "$OUTPUT_DIR/targets.jsonl"
fi
target_count="$(wc -l <"$OUTPUT_DIR/targets.jsonl")"

csrf_token() { # identity page → the session's CSRF token (Spring Security: one per session, any rendering valid)
    curl -sS -b "$(jar_of "$1")" "$BASE_URL$2" | csrf_of
}
run_target() { # number json
    local number="$1" target="$2" method url data content_type identity pattern header page token out status
    method="$(jq -r .method <<<"$target")"
    url="$(jq -r .url <<<"$target")"
    data="$(jq -r '.data // empty' <<<"$target")"
    content_type="$(jq -r '.content_type // empty' <<<"$target")"
    identity="$(jq -r .identity <<<"$target")"
    pattern="$(jq -r .pattern <<<"$target")"
    if [[ "$identity" == api:* ]]; then
        header="Authorization: Bearer $(api_token "$identity")"
    else
        if ! session_alive "$identity"; then
            { flock 9; session_alive "$identity" || open_session "$identity" || log "could not sign in again as $identity"; } 9>"$work/sign-in.lock"
        fi
        header="Cookie: SESSION=$(session_of "$(jar_of "$identity")")"
        if [[ "$data" == *@CSRF@* ]]; then
            page="/anmelden"
            case "$identity" in staff:*) page="/${identity#staff:}/verwaltung/konzept" ;; citizen:* | platform) page="/konto" ;; second-factor) page="/anmelden/zweiter-faktor" ;; esac
            token="$(csrf_token "$identity" "$page")"
            data="${data//@CSRF@/$token}"
        fi
    fi
    local args=(-u "$BASE_URL$url" --method "$method" -H "$header" --batch --dbms=PostgreSQL --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK"
        --technique="$SQLMAP_TECHNIQUE" --threads=1 --drop-set-cookie --disable-coloring --output-dir="$OUTPUT_DIR/sqlmap/$number"
        --skip=_csrf --timeout=30 --retries=1 --ignore-code=404)
    [ -n "$data" ] && args+=(--data "$data")
    [ -n "$content_type" ] && args+=(-H "Content-Type: $content_type")
    out="$OUTPUT_DIR/sqlmap/$number.log"
    local begin end
    begin="$(date +%s)"
    status=0
    timeout -k 10 "$SQLMAP_TIMEOUT" sqlmap "${args[@]}" </dev/null >"$out" 2>&1 || status=$?
    end="$(date +%s)"
    local verdict=clean
    if grep -qE "is vulnerable|appears to be injectable|identified the following injection point" "$out"; then
        verdict=INJECTABLE
    elif [ "$status" = 124 ] || [ "$status" = 137 ]; then
        verdict=timeout
    elif ! grep -qE "do not appear to be injectable|does not seem to be injectable" "$out"; then
        verdict=incomplete
    fi
    local baseline server_errors
    baseline="$(grep -oE 'responded with an HTTP error code \(([0-9]+)\)' "$out" | head -n 1 | grep -oE '[0-9]+' || true)"
    # sqlmap is told to ignore 404 (or it stops at once), so it does not report one: ask once for GETs (they change nothing).
    if [ -z "$baseline" ] && [ "$method" = GET ]; then
        baseline="$(curl -sS -o /dev/null -w '%{http_code}' -H "$header" "$BASE_URL${url//\*/}" || true)"
        [[ "$baseline" == [23]* ]] && baseline=""
    fi
    server_errors="$(grep -oE '500 \(Internal Server Error\) - [0-9]+ times' "$out" | grep -oE '[0-9]+ times' | grep -oE '[0-9]+' | head -n 1 || true)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$number" "$method" "$pattern" "$identity" "$verdict" "${baseline:-2xx/3xx}" \
        "${server_errors:-0}" "$((end - begin))" "$(jq -r '.params | join(" ")' <<<"$target")" >"$OUTPUT_DIR/results/$number.tsv"
    log "sqlmap $number/$target_count $method $pattern: $verdict (${baseline:-ok}, 500s: ${server_errors:-0}, $((end - begin)) s)"
}
sqlmap_begin="$(date +%s)"
log "sqlmap on $target_count targets ($SQLMAP_WORKERS workers, level $SQLMAP_LEVEL, risk $SQLMAP_RISK, techniques $SQLMAP_TECHNIQUE, ${SQLMAP_TIMEOUT}s each at most)"
# Workers take the targets in order from a shared counter, so destructive ones still come last.
echo 1 >"$work/next"
next_target() { # → the next target's number; fails when all are taken
    local number
    number="$({ flock 8; cat "$work/next"; echo $(($(cat "$work/next") + 1)) >"$work/next"; } 8>"$work/next.lock")"
    [ "$number" -le "$target_count" ] && echo "$number"
}
worker() {
    local number
    while number="$(next_target)"; do
        run_target "$number" "$(sed -n "${number}p" "$OUTPUT_DIR/targets.jsonl")"
    done
}
pids=()
for _ in $(seq 1 "$SQLMAP_WORKERS"); do
    worker &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
sqlmap_seconds="$(($(date +%s) - sqlmap_begin))"
cat "$OUTPUT_DIR"/results/*.tsv 2>/dev/null | sort -n >"$OUTPUT_DIR/sqlmap-results.tsv" || true

# --- 4. wapiti over the public sites --------------------------------------------------------------------------
wapiti_begin="$(date +%s)"
wapiti_status=0
wapiti_modules=xss,permanentxss,sql,blindsql,exec,file,redirect,crlf,csp,http_headers,cookieflags,csrf,methods,backup
if [ -z "$ONLY" ]; then
    log "wapiti over the public sites of ${TENANTS[*]} (modules $wapiti_modules, at most ${WAPITI_TIME}s)"
    starts=()
    for tenant in "${TENANTS[@]}"; do starts+=(-s "$BASE_URL/$tenant"); done
    # Signed out, so pages that need a sign-in answer with a redirect to it. (Wapiti 3.0.4's -x/--exclude fails on
    # Python 3.11, "global flags not at the start of the expression", so nothing is excluded.)
    wapiti -u "$BASE_URL/" --scope folder "${starts[@]}" -m "$wapiti_modules" --max-scan-time "$WAPITI_TIME" \
        --max-attack-time 60 -d 4 --max-links-per-page 60 --max-files-per-dir 60 --max-parameters 12 -t 15 \
        --flush-session --store-session "$work/wapiti-session" --store-config "$work/wapiti-config" --no-bugreport \
        -f json -o "$OUTPUT_DIR/wapiti.json" -v 1 >"$OUTPUT_DIR/wapiti.log" 2>&1 || wapiti_status=$?
    [ "$wapiti_status" = 0 ] && [ -s "$OUTPUT_DIR/wapiti.json" ] || log "wapiti failed (status $wapiti_status): $OUTPUT_DIR/wapiti.log"
fi
wapiti_seconds="$(($(date +%s) - wapiti_begin))"
stop_server

[ -n "$ONLY" ] && { log "ONLY set: no report; results in $OUTPUT_DIR"; exit 0; }

# --- 5. report ---------------------------------------------------------------------------------------------
log "writing ${REPORT#"$repo_root"/}"
status=0
python3 "$here/scan_report.py" "$OUTPUT_DIR" "$here/explained-findings.tsv" "$REPORT" \
    "$(date -u -d "@$started_at" '+%Y-%m-%d %H:%M UTC')" "$(($(date +%s) - started_at))" "$sqlmap_seconds" "$wapiti_seconds" \
    "level $SQLMAP_LEVEL, risk $SQLMAP_RISK, techniques $SQLMAP_TECHNIQUE, ${SQLMAP_TIMEOUT}s per target, $SQLMAP_WORKERS workers with --threads=1, --dbms=PostgreSQL" \
    "modules $wapiti_modules; --max-scan-time $WAPITI_TIME, --max-attack-time 60, depth 4" \
    "$(sqlmap --version 2>/dev/null | head -n 1)" "$(wapiti --version 2>&1 | grep -oE 'Wapiti-[0-9.]+' | head -n 1)" \
    "$scanned_commit" "${SCAN_ARGS[*]}" || status=$?
log "raw output: $OUTPUT_DIR"
if [ "$wapiti_status" != 0 ] || [ ! -s "$OUTPUT_DIR/wapiti.json" ]; then
    log "ERROR: wapiti did not complete; the report lacks its part"
    exit 2
fi
exit "$status"
