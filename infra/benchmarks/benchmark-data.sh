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
#   MIGRATE    1 (default): run the jar once to migrate (Liquibase) and import the demo tenants, then
#              exit; 0: the database is already migrated
# Exit status: 0 done, 2 could not run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATABASE="${DATABASE:-ik_bench_monitoring}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
MIGRATE="${MIGRATE:-1}"

log() { printf '[bench-data] %s\n' "$*" >&2; }
fail() { printf '[bench-data] ERROR: %s\n' "$*" >&2; exit 2; }

command -v psql >/dev/null 2>&1 || fail "psql not found (apt-get install postgresql-client)"
[[ "$DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "DATABASE must be a plain lower-case name"
psql -d postgres -Atqc 'select 1' >/dev/null || fail "no PostgreSQL at $PGHOST:$PGPORT for $PGUSER"

if [ "$MIGRATE" = 1 ]; then
    jar="$(compgen -G "$repo_root/platform/server/target/*.jar" | grep -v -- '-plain\.jar$' | head -n 1 || true)"
    [ -n "$jar" ] || fail "no jar in platform/server/target (./mvnw -DskipTests package)"
    java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
    log "migrating $DATABASE with $jar (Liquibase and the demo tenants; the jar exits afterwards)"
    # The import-tenants profile runs the migrations, imports the manifests and exits (no web server).
    # LocalDatabase creates the database (owner ik_owner) and the roles when they are missing.
    "$java_bin" -jar "$jar" --spring.profiles.active=import-tenants --ik.tenants.manifests="file:$repo_root/tenants/*.yaml" \
        --ik.local-database.prefer-server=true --ik.local-database.server-url="jdbc:postgresql://$PGHOST:$PGPORT/postgres" \
        --ik.local-database.server-user="$PGUSER" --ik.local-database.database="$DATABASE" >"/tmp/$DATABASE-migrate.log" 2>&1 \
        || { tail -n 30 "/tmp/$DATABASE-migrate.log" >&2; fail "migration failed (log: /tmp/$DATABASE-migrate.log)"; }
fi
psql -d "$DATABASE" -Atqc "select 1 from databasechangelog where id = '008-benchmark-aggregation'" | grep -q 1 \
    || fail "$DATABASE is not migrated (changeset monitoring 008 missing); run with MIGRATE=1"

log "generating the data set in $DATABASE (a few minutes)"
start=$(date +%s)
psql -d "$DATABASE" -v ON_ERROR_STOP=1 -f "$repo_root/infra/benchmarks/benchmark-data.sql"
log "done in $(($(date +%s) - start)) s"
