#!/usr/bin/env bash
# End-to-end check of the nginx example in front of the real server: starts the built jar with the
# deployment's network settings (SERVER_ADDRESS=127.0.0.1, actuator on a management port of its own,
# IK_BASE_DOMAIN=integrationskonzept.example.de) and the demo tenants on a database of its own, puts
# nginx/integrationskonzept.conf in front of it on loopback ports (self-signed certificates), and checks:
# the platform on the base domain and a tenant on <slug>.<base-domain>, public pages cached by nginx and
# not with a SESSION cookie, the sign-in page never cached, redirects with https and the public host,
# one HSTS header and the app's CSP, nginx's request id in the app, actuator only on the management port,
# unknown tenants 404, gzip. Then it starts the jar a second time in the prod profile with the variables of
# systemd/integrationskonzept.env.example (only database URLs, passwords and ports replaced; the local
# roles ik_owner/ik_app on a fresh database): it must migrate, refuse nothing and become ready.
# Prints the results and writes them to REPORT.
#
# Usage: ./mvnw -DskipTests package && infra/deploy/smoke.sh
# Settings: DATABASE (default ik_deploy_smoke on the PostgreSQL at 127.0.0.1:5432, created afresh and dropped
#           at the end, and DATABASE_prod for the prod start; needs psql and the local roles ik_owner/ik_app
#           from platform/local-database's roles.sql), REPORT (default docs/deployment-smoke-latest.md).
# Exit status: 0 all checks passed, 1 a check failed, 2 could not run (no jar, nginx, curl; server did not start).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
jar="$repo_root/platform/server/target/integrationskonzept-server.jar"
database="${DATABASE:-ik_deploy_smoke}"
report="${REPORT:-$repo_root/docs/deployment-smoke-latest.md}"
base=integrationskonzept.example.de
tenant="wiesbaden.$base"

for tool in nginx openssl curl python3 psql; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[[ -f "$jar" ]] || { echo "no jar: $jar (./mvnw -DskipTests package)" >&2; exit 2; }

source "$here/nginx-sandbox.sh"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  nginx_sandbox_stop "$work/nginx"
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  for name in "$database" "${database}_prod"; do
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists \"$name\" with (force)" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

read -r app_port management_port http_port https_port < <(free_ports 4)

await_ready() { # log file
  local started=$SECONDS
  until curl -fs -o /dev/null "http://127.0.0.1:$management_port/actuator/health/readiness"; do
    if ! kill -0 "$server_pid" 2>/dev/null || (( SECONDS - started > 300 )); then
      tail -n 40 "$1" >&2
      echo "the server did not become ready" >&2
      exit 2
    fi
    sleep 2
  done
  echo "server ready after $((SECONDS - started)) s"
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

echo "starting the server on 127.0.0.1:$app_port (management $management_port), database $database"
SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$app_port" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
  MANAGEMENT_SERVER_PORT="$management_port" IK_BASE_DOMAIN="$base" \
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -jar "$jar" --ik.local-database.prefer-server=true \
  --ik.local-database.database="$database" --ik.local-database.recreate=true > "$work/server.log" 2>&1 &
server_pid=$!
await_ready "$work/server.log"

nginx_sandbox_render "$work/nginx" "$app_port" "$http_port" "$https_port"
nginx_sandbox_start "$work/nginx"

results=()
failures=0
expect() { # description actual expected
  if [[ "$2" == "$3" ]]; then
    results+=("| ok | $1 | \`$2\` |")
  else
    results+=("| **FAIL** | $1 | got \`$2\`, expected \`$3\` |")
    failures=$((failures + 1))
  fi
}
contains() { # description text needle
  if grep -qF -- "$3" <<<"$2"; then expect "$1" yes yes; else expect "$1" no yes; fi
}
on() { https_request "$1" "$https_port" "${@:2}"; }

contains "platform start page on the base domain lists the tenants" "$(on "$base" /)" "Landeshauptstadt Wiesbaden"
page="$(on "$tenant" /)"
contains "tenant's site on $tenant" "$page" "Integrationskonzept"
expect "tenant page: Cache-Control from the application" "$(header Cache-Control <<<"$page")" "public, max-age=60"
expect "tenant page served from nginx's cache the second time" "$(on "$tenant" / | header X-Cache-Status)" HIT
expect "not from cache with a SESSION cookie" "$(on "$tenant" / -H 'Cookie: SESSION=abc' | header X-Cache-Status)" BYPASS
on "$base" /anmelden >/dev/null
expect "sign-in page (Set-Cookie / no-store) never cached" "$(on "$base" /anmelden | header X-Cache-Status)" MISS
account="$(on "$base" /konto)"
expect "redirect to sign-in uses https and the public host" "$(head -1 <<<"$account" | awk '{print $2}') $(header Location <<<"$account")" \
  "302 https://$base:$https_port/anmelden"
expect "request id from nginx reaches the application" "$(header X-Request-Id <<<"$account" | grep -cE '^[0-9a-f]{32}$')" 1
expect "one HSTS header on a cached page" "$(on "$tenant" / | grep -ci '^strict-transport-security:')" 1
contains "the application's CSP passes through" "$(on "$tenant" / | header Content-Security-Policy)" "frame-ancestors 'none'"
expect "actuator not reachable through nginx" "$(https_status "$tenant" "$https_port" /actuator/health)" 404
expect "readiness on the management port" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$management_port/actuator/health/readiness")" 200
expect "unknown tenant host answers 404" "$(https_status "nowhere.$base" "$https_port" /)" 404
expect "gzip" "$(on "$tenant" / -H 'Accept-Encoding: gzip' -o /dev/null | header Content-Encoding)" gzip

# The prod profile with the systemd environment file.
stop_server
prod_database="${database}_prod"
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "set client_min_messages = warning" \
  -c "drop database if exists \"$prod_database\" with (force)" \
  -c "create database \"$prod_database\" owner ik_owner encoding 'UTF8' template template0" \
  -c "revoke connect on database \"$prod_database\" from public" \
  -c "grant connect, temporary on database \"$prod_database\" to ik_app"
url="jdbc:postgresql://127.0.0.1:5432/$prod_database"
echo "starting the server in the prod profile from systemd/integrationskonzept.env.example, database $prod_database"
(
  # systemd's EnvironmentFile format (KEY=value, the rest of the line literally), not shell syntax.
  while IFS= read -r line; do
    if [[ "$line" =~ ^([A-Z_][A-Z0-9_]*)=(.*)$ ]]; then export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"; fi
  done < "$here/systemd/integrationskonzept.env.example"
  SERVER_PORT="$app_port" MANAGEMENT_SERVER_PORT="$management_port" \
    SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_PASSWORD=ik_app \
    SPRING_LIQUIBASE_URL="$url" SPRING_LIQUIBASE_PASSWORD=ik_owner \
    IK_SECRET_KEY="$(openssl rand -base64 48)" IK_BASE_DOMAIN="$base" \
    exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -jar "$jar"
) > "$work/server-prod.log" 2>&1 &
server_pid=$!
await_ready "$work/server-prod.log"
contains "prod profile from the env file: active profile" "$(cat "$work/server-prod.log")" 'The following 1 profile is active: "prod"'
if command -v ss >/dev/null; then
  expect "prod: listening addresses of the application and management ports (SERVER_ADDRESS, MANAGEMENT_SERVER_ADDRESS)" \
    "$(ss -ltnH "( sport = :$app_port or sport = :$management_port )" | awk '{print $4}' | sed -e 's/:[0-9]*$//' -e 's/^\[::ffff:\(.*\)\]$/\1/' | sort -u | tr '\n' ' ')" \
    "127.0.0.1 "
fi
contains "prod: platform start page through nginx" "$(on "$base" /)" "Integrationskonzept"
expect "prod: session cookie Secure" "$(on "$base" /anmelden | grep -i '^set-cookie: SESSION' | grep -ci 'secure')" 1

{
  echo "# Deployment smoke test (infra/deploy/smoke.sh)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), nginx $(nginx -v 2>&1 | cut -d/ -f2), $(basename "$jar"), load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "nginx/integrationskonzept.conf in front of the server (demo tenants, base domain $base) on loopback ports."
  echo
  echo "| result | check | value |"
  echo "|---|---|---|"
  printf '%s\n' "${results[@]}"
  echo
  echo "$failures failed of ${#results[@]}."
} > "$report"
cat "$report"
[[ $failures -eq 0 ]] || exit 1
