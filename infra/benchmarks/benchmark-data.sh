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
    # shellcheck source=server-lib.sh
    . "$repo_root/infra/benchmarks/server-lib.sh"
    trap stop_server EXIT
    port="${MIGRATE_PORT:-18089}"
    log "migrating $DATABASE: the server's own start (Liquibase and the demo tenants), stopped when ready"
    mapfile -t jar_args < <(database_args "$DATABASE")
    start_server "http://127.0.0.1:$port" "$port" "/tmp/$DATABASE-migrate.log" "${jar_args[@]}"
    stop_server
fi
psql -d "$DATABASE" -Atqc "select 1 from databasechangelog where id = '008-benchmark-aggregation'" | grep -q 1 \
    || fail "$DATABASE is not migrated (changeset monitoring 008 missing); run with MIGRATE=1"

log "generating the data set in $DATABASE (a few minutes)"
start=$(date +%s)
psql -d "$DATABASE" -v ON_ERROR_STOP=1 -f "$repo_root/infra/benchmarks/benchmark-data.sql"
log "done in $(($(date +%s) - start)) s"
