#!/usr/bin/env bash
# Backup and point-in-time recovery drill with pgBackRest, on a scratch PostgreSQL cluster that the
# script creates (port 5441, run as the user postgres) and removes at the end.
#
#   1. cluster with WAL archiving into a pgBackRest repository in a temporary directory; stanza "ik"
#   2. roles (db/bootstrap/roles.sql) and a database, filled by starting the built jar in the default
#      profile (five demo tenants with their concepts, Beteiligung and monitoring)
#   3. FULL backup while the server runs (online); a municipality signs up through /registrierung;
#      server stopped; INCREMENTAL backup
#   4. row counts of every table in the application's schemas and a time T are recorded
#   5. one tenant is deleted the way TenantRemoval does it (owner role, cascade) — counts drop
#   6. the cluster is stopped and restored with `pgbackrest restore --type=time --target=T --delta`,
#      started and promoted; every table's row count must equal the one recorded at T
#
# Prints the comparison and writes docs/backup-drill-latest.md. Exit 0: identical counts; 1: drill
# failed (counts differ, a step failed); 2: could not run (missing tools, no jar).
#
# Needs: root (PostgreSQL and pgBackRest run as the user postgres); Debian's postgresql and pgbackrest packages
# (apt-get install -y pgbackrest); the jar (./mvnw -DskipTests package). Environment:
#   BACKUP_DRILL_PORT (5441), BACKUP_DRILL_HTTP_PORT (18441), BACKUP_DRILL_TENANT (dietzenbach),
#   BACKUP_DRILL_REPORT (docs/backup-drill-latest.md; empty: no report)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pg_port="${BACKUP_DRILL_PORT:-5441}"
http_port="${BACKUP_DRILL_HTTP_PORT:-18441}"
victim="${BACKUP_DRILL_TENANT:-dietzenbach}"
report="${BACKUP_DRILL_REPORT-$repo_root/docs/backup-drill-latest.md}"
database=ik_backup_drill
stanza=ik

drill_name=backup-drill

# shellcheck source=scratch-lib.sh
source "$repo_root/infra/backup/scratch-lib.sh"
# shellcheck source=web-lib.sh
source "$repo_root/infra/backup/web-lib.sh"

command -v pgbackrest >/dev/null || cannot_run "pgbackrest missing (apt-get install -y pgbackrest)"

drill_begin

conf="$work/pgbackrest.conf"
install -d -o postgres -g postgres "$work/repo" "$work/log" "$work/spool" "$work/lock"
# The same settings as the production example (infra/backup/pgbackrest.conf.example), in a temporary repository.
cat >"$conf" <<EOF
[global]
repo1-path=$work/repo
repo1-retention-full=2
compress-type=zst
compress-level=3
start-fast=y
log-path=$work/log
lock-path=$work/lock
spool-path=$work/spool
log-level-console=warn
log-level-file=info

[$stanza]
pg1-path=$work/data
pg1-port=$pg_port
pg1-socket-path=/var/run/postgresql
EOF
chown postgres:postgres "$conf"
backrest() { as_postgres pgbackrest --config="$conf" --stanza="$stanza" "$@"; }

now() { date +%s.%N; }
seconds_since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }
declare -A took

started="$(now)"
step="$(now)"
scratch_cluster_create ik-backup-drill "$pg_port" "$work/data" \
    "wal_level = replica" \
    "archive_mode = on" \
    "archive_command = 'pgbackrest --config=$conf --stanza=$stanza archive-push %p'"
backrest stanza-create
backrest check
took[cluster]="$(seconds_since "$step")"

step="$(now)"
scratch_database_create "$database"
web_cookies="$work/cookies"
mapfile -t jar_args < <(PGHOST=127.0.0.1 PGPORT="$pg_port" database_args "$database")
base_url="http://127.0.0.1:$http_port"
start_server "$base_url" "$http_port" "$work/server.log" "${jar_args[@]}"
took[demo_data]="$(seconds_since "$step")"

step="$(now)"
log "FULL backup (server running)"
backrest --type=full backup
took[full]="$(seconds_since "$step")"

# A change between the two backups, made the way a user makes it: a municipality signs up.
log "a municipality signs up (change between FULL and INCR)"
signup="$(web_post "$base_url/registrierung" "$base_url/registrierung" \
    --data-urlencode "name=Gemeinde Biebertal" --data-urlencode "shortName=Biebertal" --data-urlencode "kind=GEMEINDE" \
    --data-urlencode "ags=06531002" --data-urlencode "bundesland=HE" --data-urlencode "slug=biebertal-drill" \
    --data-urlencode "contactName=Erika Muster" --data-urlencode "contactEmail=integration@biebertal.invalid")"
case "$signup" in 302*eingegangen*) ;; *) fail "sign-up refused: $signup" ;; esac
stop_server

step="$(now)"
log "INCR backup"
backrest --type=incr backup
took[incr]="$(seconds_since "$step")"
[ "$(scratch_value "$database" "select count(*) from platform.tenant where slug = 'biebertal-drill'")" = 1 ] \
    || fail "the sign-up is not in the database"

scratch_row_counts "$database" >"$work/counts-at-target"
target="$(scratch_value postgres "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")"
log "recovery target T = $target"
sleep 1

log "deleting tenant $victim as the owner (cascades to every tenant-owned table)"
deleted="$(scratch_psql "$database" -A -t <<SQL
set role ik_owner;
begin;
do \$\$ begin perform set_config('app.tenant_id', (select id::text from platform.tenant where slug = '$victim'), true); end \$\$;
delete from oauth2_registered_client where client_id in (select client_id from platform.api_client);
with removed as (delete from platform.tenant where slug = '$victim' returning 1) select count(*) from removed;
commit;
SQL
)"
[ "$deleted" = 1 ] || fail "tenant $victim not deleted"
scratch_row_counts "$database" >"$work/counts-after-delete"
dropped="$(LC_ALL=C join -t $'\t' <(LC_ALL=C sort "$work/counts-at-target") <(LC_ALL=C sort "$work/counts-after-delete") \
    | awk -F '\t' '$2 != $3 { n++; rows += $2 - $3 } END { printf "%d tables, %d rows", n, rows }')"
log "after the delete: $dropped fewer"
case "$dropped" in 0\ tables*) fail "the delete removed nothing" ;; esac
# The WAL with the delete's commit must reach the archive: recovery stops at the first commit after T.
scratch_value postgres "select pg_switch_wal()" >/dev/null
backrest check

step="$(now)"
log "stopping the cluster; point-in-time restore to T (--delta)"
scratch_cluster_ctl stop
backrest restore --delta --type=time "--target=$target" --target-action=promote
scratch_cluster_ctl start
for _ in $(seq 1 120); do
    [ "$(scratch_value postgres "select pg_is_in_recovery()" 2>/dev/null || true)" = f ] && break
    sleep 0.5
done
[ "$(scratch_value postgres "select pg_is_in_recovery()")" = f ] || fail "the cluster did not finish recovery"
took[restore]="$(seconds_since "$step")"

scratch_row_counts "$database" >"$work/counts-restored"
result=PASS
comparison="$(compare_row_counts "$work/counts-at-target" "$work/counts-restored")" || result=FAIL
printf '%s\n' "$comparison"
tables="$(wc -l <"$work/counts-at-target")"
rows="$(awk -F '\t' '{ n += $2 } END { print n }' "$work/counts-at-target")"
took[total]="$(seconds_since "$started")"
info="$(backrest info --output=json)"
backup_line() { # type
    jq -r --arg type "$1" 'def size: if . < 1048576 then "\(. / 1024 | ceil) KiB" else "\(. / 1048576 * 10 | floor / 10) MiB" end;
        .[0].backup[] | select(.type == $type)
        | "| \(.type) | \(.label) | \(.info.size | size) | \(.info.delta | size) | \(.info.repository.delta | size) |"' <<<"$info"
}

log "$result: $tables tables, $rows rows at T; after the restore every count is $([ "$result" = PASS ] && echo identical || echo NOT identical)"
if [ -n "$report" ]; then
    cat >"$report" <<EOF
# Backup drill (pgBackRest, point-in-time recovery) — latest run

Written by \`infra/backup/drill.sh\`. Run: $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname), PostgreSQL $scratch_version,
pgBackRest $(pgbackrest version | awk '{ print $2 }'). **Result: $result**

| step | seconds |
|---|---|
| scratch cluster, WAL archiving, stanza | ${took[cluster]} |
| roles, database, server start with the demo data | ${took[demo_data]} |
| FULL backup (online) | ${took[full]} |
| INCR backup | ${took[incr]} |
| stop, restore to T, start, recovery | ${took[restore]} |
| whole drill | ${took[total]} |

| type | label | database size | backed up (delta) | in the repository (zstd) |
|---|---|---|---|---|
$(backup_line full)
$(backup_line incr)

Between FULL and INCR a municipality signed up through \`/registrierung\` (the restore must contain it).
At T the database held $rows rows in $tables tables (schemas $app_schemas). Deleting tenant \`$victim\` as the
owner removed $dropped. After \`pgbackrest restore --delta --type=time --target="$target"\`
every table's count was compared with the one recorded at T:

\`\`\`
$comparison
\`\`\`
EOF
    log "wrote ${report#"$repo_root/"}"
fi
[ "$result" = PASS ] || exit 1
