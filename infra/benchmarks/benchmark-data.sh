#!/usr/bin/env bash
# Creates the national data set for the cross-city benchmark (see README, "Benchmark: cross-city
# comparison"): a separate database, migrated with the real Liquibase schema by the server jar itself,
# then filled by infra/benchmarks/benchmark-data.sql (set-based SQL as the PostgreSQL superuser:
# ~11,000 tenants, 100 catalogue indicators, 10 years, opt-ins and shared values).
#
# Needs: psql, the built jar (./mvnw -DskipTests package) and a PostgreSQL on PGHOST:PGPORT where
# PGUSER is a superuser (the project machines: 127.0.0.1:5432, postgres, trust).
#
# Settings (environment):
#   DATABASE   the database (default ik_bench_monitoring); created and migrated if needed
#   PGHOST, PGPORT, PGUSER   default 127.0.0.1, 5432, postgres
#   MIGRATE    1 (default): start the jar once (port MIGRATE_PORT, default 18089) so that it migrates
#              (Liquibase, as ik_owner) and imports the demo tenants, stop it when ready; 0: already migrated
# Exit status: 0 done, 2 could not run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATABASE="${DATABASE:-ik_bench_monitoring}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
MIGRATE="${MIGRATE:-1}"

log() { printf '[bench-data] %s\n' "$*" >&2; }
fail() { printf '[bench-data] ERROR: %s\n' "$*" >&2; exit 2; }

for tool in psql curl; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found"
done
[[ "$DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "DATABASE must be a plain lower-case name"
psql -d postgres -Atqc 'select 1' >/dev/null || fail "no PostgreSQL at $PGHOST:$PGPORT for $PGUSER"

# The roles of local development (ik_owner owns and migrates, ik_app is the application) and the database.
psql -d postgres -v ON_ERROR_STOP=1 -q -f "$repo_root/platform/local-database/src/main/resources/db/bootstrap/roles.sql"
if [ -z "$(psql -d postgres -Atqc "select 1 from pg_database where datname = '$DATABASE'")" ]; then
    log "creating database $DATABASE (owner ik_owner)"
    psql -d postgres -q -c "create database $DATABASE owner ik_owner"
fi
if [ "$MIGRATE" = 1 ]; then
    jar="$(compgen -G "$repo_root/platform/server/target/*.jar" | grep -v -- '-plain\.jar$' | head -n 1 || true)"
    [ -n "$jar" ] || fail "no jar in platform/server/target (./mvnw -DskipTests package)"
    java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
    log "migrating $DATABASE with $jar (the server's own start: Liquibase and the demo tenants; stopped when ready)"
    # The database is named explicitly (not ik.local-database.*, which falls back to an embedded PostgreSQL
    # when the server answers slowly).
    url="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"
    port="${MIGRATE_PORT:-18089}"
    curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$port/" && fail "something already answers on port $port"
    SERVER_PORT="$port" "$java_bin" -jar "$jar" \
        --spring.datasource.url="$url" --spring.datasource.username=ik_app --spring.datasource.password=ik_app \
        --spring.liquibase.url="$url" --spring.liquibase.user=ik_owner --spring.liquibase.password=ik_owner \
        >"/tmp/$DATABASE-migrate.log" 2>&1 &
    server_pid=$!
    trap 'kill "$server_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 300); do
        curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
        kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "/tmp/$DATABASE-migrate.log" >&2; fail "the server stopped (log: /tmp/$DATABASE-migrate.log)"; }
        sleep 1
    done
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
fi
psql -d "$DATABASE" -Atqc "select 1 from databasechangelog where id = '008-benchmark-aggregation'" | grep -q 1 \
    || fail "$DATABASE is not migrated (changeset monitoring 008 missing); run with MIGRATE=1"

log "generating the data set in $DATABASE (a few minutes)"
start=$(date +%s)
psql -d "$DATABASE" -v ON_ERROR_STOP=1 -f "$repo_root/infra/benchmarks/benchmark-data.sql"
log "done in $(($(date +%s) - start)) s"
