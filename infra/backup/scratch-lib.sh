# Sourced by the drills in infra/backup (not run on its own): a throw-away PostgreSQL cluster made
# with Debian's postgresql-common tools and run as the user postgres, the platform's roles and
# database on it, demo data from the built jar, and row counts per table.
# Needs the caller's repo_root and drill_name (the prefix of its messages); sources infra/benchmarks/server-lib.sh.
# shellcheck source=../benchmarks/server-lib.sh
source "$repo_root/infra/benchmarks/server-lib.sh"

log() { printf '[%s] %s\n' "$drill_name" "$*"; }
fail() { printf '[%s] FAILED: %s\n' "$drill_name" "$*" >&2; exit 1; }
cannot_run() { printf '[%s] cannot run: %s\n' "$drill_name" "$*" >&2; exit 2; }

# What every drill checks and sets up first: the jar, root, a work directory the user postgres may use
# ($work), and a cleanup on every exit that stops the server and drops the scratch cluster (after the
# caller's drill_cleanup_extra, if it defines one).
drill_begin() {
    compgen -G "$repo_root/platform/server/target/*.jar" >/dev/null || cannot_run "no jar (./mvnw -DskipTests package)"
    [ "$(id -u)" -eq 0 ] || cannot_run "run it as root (it runs PostgreSQL as the user postgres)"
    work="$(mktemp -d "/tmp/ik-$drill_name.XXXXXX")"
    chmod 755 "$work"
    chown postgres:postgres "$work"
    trap drill_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

drill_cleanup() {
    local status=$?
    if declare -F drill_cleanup_extra >/dev/null; then
        drill_cleanup_extra
    fi
    stop_server
    scratch_cluster_drop
    rm -rf "$work"
    exit "$status"
}

scratch_version=""
scratch_name=""
scratch_port=""
scratch_data=""

# The application's schemas (Liquibase's tables and Spring Modulith's event_publication live in public).
readonly app_schemas="'public', 'platform', 'concepts', 'participation', 'monitoring', 'publishing'"

# The scripts run as root and run PostgreSQL, psql and pgBackRest as postgres.
as_postgres() {
    runuser -u postgres -- "$@"
}

# psql as the superuser postgres on the scratch cluster (peer authentication over the socket).
scratch_psql() { # database [psql arguments…]
    local database="$1"
    shift
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$scratch_port" -d "$database" "$@"
}

scratch_value() { # database sql → one value
    scratch_psql "$1" -A -t -c "$2"
}

# Creates (after dropping a leftover of an interrupted run) and starts the cluster. Extra lines go
# into its conf.d; password authentication over TCP, as in production.
scratch_cluster_create() { # name port data_dir [postgresql.conf lines…]
    scratch_name="$1" scratch_port="$2" scratch_data="$3"
    shift 3
    command -v pg_createcluster >/dev/null || fail "pg_createcluster missing (apt-get install postgresql-common postgresql)"
    scratch_version="$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sed -E 's#^/usr/lib/postgresql/([^/]+)/.*#\1#' | sort -rV | head -n 1)"
    [ -n "$scratch_version" ] || fail "no PostgreSQL server installed"
    if [ -d "/etc/postgresql/$scratch_version/$scratch_name" ]; then
        log "dropping the leftover cluster $scratch_version/$scratch_name"
        scratch_cluster_drop
    fi
    as_postgres pg_isready -q -h 127.0.0.1 -p "$scratch_port" && fail "something else answers on port $scratch_port"
    install -d -o postgres -g postgres -m 700 "$scratch_data"
    log "creating PostgreSQL $scratch_version cluster $scratch_name on port $scratch_port ($scratch_data)"
    as_postgres pg_createcluster --port "$scratch_port" --datadir "$scratch_data" --locale C.UTF-8 --start-conf manual \
        "$scratch_version" "$scratch_name" -- --auth-local peer --auth-host scram-sha-256 >/dev/null
    if [ $# -gt 0 ]; then
        printf '%s\n' "$@" | as_postgres tee "/etc/postgresql/$scratch_version/$scratch_name/conf.d/drill.conf" >/dev/null
    fi
    scratch_cluster_ctl start
}

scratch_cluster_ctl() { # start|stop|restart
    as_postgres pg_ctlcluster "$scratch_version" "$scratch_name" "$1"
}

# Stops and removes the cluster with its data; also the remains of one whose data directory is gone.
scratch_cluster_drop() {
    local config="/etc/postgresql/$scratch_version/$scratch_name"
    if [ -n "$scratch_name" ] && [ -d "$config" ]; then
        log "removing the cluster $scratch_version/$scratch_name"
        rm -f "$config/conf.d/drill.conf"
        if [ -f "$config/postgresql.conf" ]; then
            as_postgres pg_dropcluster --stop "$scratch_version" "$scratch_name" 2>/dev/null || true
        fi
        rm -rf "$config"
    fi
}

# The local roles (ik_owner owns and migrates, ik_app is the application) and a database owned by the owner.
scratch_database_create() { # database
    scratch_psql postgres -f - <"$repo_root/platform/local-database/src/main/resources/db/bootstrap/roles.sql"
    scratch_psql postgres -c "create database $1 owner ik_owner"
}

# Starts the jar against the database in the default profile, which migrates the schema and loads the
# five demo tenants with their concepts, Beteiligung and monitoring, and stops it once it is ready.
scratch_fill_with_demo_data() { # database http_port log_file
    local database="$1" http_port="$2" log_file="$3" args
    mapfile -t args < <(PGHOST=127.0.0.1 PGPORT="$scratch_port" database_args "$database")
    start_server "http://127.0.0.1:$http_port" "$http_port" "$log_file" "${args[@]}"
    stop_server
}

# "schema.table<TAB>rows" for every table of the application's schemas, counted as the superuser
# (row-level security does not apply to it), sorted by name.
scratch_row_counts() { # database
    scratch_psql "$1" -A -t -F $'\t' -c "
        select table_schema || '.' || table_name,
               (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text
        from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema in ($app_schemas)
        order by 1"
}

# Prints "table before after" for every table; returns 1 when any count differs or a table is missing.
compare_row_counts() { # expected_file actual_file
    local differences=0
    printf '%-58s %10s %10s\n' table expected actual
    while IFS=$'\t' read -r table expected actual; do
        local mark=""
        if [ "$expected" != "$actual" ]; then
            mark="  <-- differs"
            differences=$((differences + 1))
        fi
        printf '%-58s %10s %10s%s\n' "$table" "$expected" "$actual" "$mark"
    done < <(LC_ALL=C join -t $'\t' -a 1 -a 2 -e - -o 0,1.2,2.2 <(LC_ALL=C sort "$1") <(LC_ALL=C sort "$2"))
    [ "$differences" -eq 0 ]
}
