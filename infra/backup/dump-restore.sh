#!/usr/bin/env bash
# pg_dump alternative for small installations (no WAL archiving, no point-in-time recovery: what is
# lost is everything since the last dump), as a drill on a scratch PostgreSQL cluster that the script
# creates (port 5443, run as the user postgres) and removes at the end.
#
#   1. roles (db/bootstrap/roles.sql) and a database, filled by starting the built jar in the default
#      profile (five demo tenants with their concepts, Beteiligung and monitoring)
#   2. a read-only backup role ik_backup (BYPASSRLS + pg_read_all_data): the owner cannot dump, because
#      row-level security is forced on the owner too and pg_dump refuses to dump only part of a table
#   3. pg_dump -Fc as ik_backup; the global roles separately with pg_dumpall --roles-only
#   4. pg_restore into a new database; every table's row count, the application role's table rights
#      and the row-level security settings (enabled, forced, policies) must equal the source's
#
# Prints the comparison and writes docs/dump-restore-latest.md. Exit 0: identical; 1: drill failed;
# 2: could not run (missing tools, no jar). Needs root (PostgreSQL runs as postgres) and the jar
# (./mvnw -DskipTests package). Environment: DUMP_DRILL_PORT (5443), DUMP_DRILL_HTTP_PORT (18443),
# DUMP_DRILL_REPORT (docs/dump-restore-latest.md; empty: no report).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pg_port="${DUMP_DRILL_PORT:-5443}"
http_port="${DUMP_DRILL_HTTP_PORT:-18443}"
report="${DUMP_DRILL_REPORT-$repo_root/docs/dump-restore-latest.md}"
source_db=ik_dump_source
restored_db=ik_dump_restored

drill_name=dump-restore

# shellcheck source=scratch-lib.sh
source "$repo_root/infra/backup/scratch-lib.sh"


drill_begin

now() { date +%s.%N; }
seconds_since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }

scratch_cluster_create ik-dump-restore "$pg_port" "$work/data"
scratch_database_create "$source_db"
scratch_fill_with_demo_data "$source_db" "$http_port" "$work/server.log"

# In production with a real password in ~postgres/.pgpass (or a client certificate) instead of this one.
scratch_psql postgres -c "create role ik_backup login bypassrls password 'ik_backup'" -c "grant pg_read_all_data to ik_backup"

# Why a role of its own: the owner's dump stops at the first table whose rows row-level security would hide.
if owner_error="$(as_postgres env PGPASSWORD=ik_owner pg_dump -Fc -h 127.0.0.1 -p "$pg_port" -U ik_owner -d "$source_db" -f /dev/null 2>&1)"; then
    fail "pg_dump as the owner succeeded although row-level security is forced on it; revisit the backup role"
fi
grep -q 'row-level security' <<<"$owner_error" || fail "pg_dump as the owner failed for another reason: $owner_error"
log "as expected, the owner cannot dump: $(grep -o 'query would be affected by row-level security policy for table "[^"]*"' <<<"$owner_error" | head -n 1)"

step="$(now)"
log "pg_dump -Fc as ik_backup"
as_postgres env PGPASSWORD=ik_backup \
    pg_dump -Fc -h 127.0.0.1 -p "$pg_port" -U ik_backup -d "$source_db" -f "$work/integrationskonzept.dump"
dump_seconds="$(seconds_since "$step")"
dump_size="$(du -k "$work/integrationskonzept.dump" | awk '{ printf "%.1f MiB", $1 / 1024 }')"
as_postgres pg_dumpall -p "$pg_port" --roles-only -f "$work/roles.sql"
grep -q 'CREATE ROLE ik_app;' "$work/roles.sql" && grep -q 'CREATE ROLE ik_owner;' "$work/roles.sql" \
    || fail "pg_dumpall --roles-only did not write the platform's roles"

step="$(now)"
log "pg_restore into a new database $restored_db"
scratch_psql postgres -c "create database $restored_db owner ik_owner"
as_postgres pg_restore -p "$pg_port" -d "$restored_db" --exit-on-error "$work/integrationskonzept.dump"
restore_seconds="$(seconds_since "$step")"

# What must survive besides the rows: the application role's rights and row-level security.
security_settings() { # database
    scratch_psql "$1" -A -t -F $'\t' -c "
        select n.nspname || '.' || c.relname,
               concat_ws(',', case when c.relrowsecurity then 'rls' end, case when c.relforcerowsecurity then 'forced' end,
                         (select count(*) || ' policies' from pg_policy p where p.polrelid = c.oid),
                         'ik_app:' || concat(case when has_table_privilege('ik_app', c.oid, 'select') then 's' end,
                                             case when has_table_privilege('ik_app', c.oid, 'insert') then 'i' end,
                                             case when has_table_privilege('ik_app', c.oid, 'update') then 'u' end,
                                             case when has_table_privilege('ik_app', c.oid, 'delete') then 'd' end),
                         'owner:' || pg_get_userbyid(c.relowner))
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname in ($app_schemas)
        order by 1"
}

scratch_row_counts "$source_db" >"$work/counts-source"
scratch_row_counts "$restored_db" >"$work/counts-restored"
security_settings "$source_db" >"$work/security-source"
security_settings "$restored_db" >"$work/security-restored"
result=PASS
comparison="$(compare_row_counts "$work/counts-source" "$work/counts-restored")" || result=FAIL
printf '%s\n' "$comparison"
if ! security_diff="$(diff "$work/security-source" "$work/security-restored")"; then
    printf '%s\n' "$security_diff"
    result=FAIL
fi
forced="$(grep -c ',forced,' "$work/security-restored" || true)"
tables="$(wc -l <"$work/counts-source")"
rows="$(awk -F '\t' '{ n += $2 } END { print n }' "$work/counts-source")"
log "$result: $tables tables, $rows rows; dump $dump_size in ${dump_seconds}s, restore ${restore_seconds}s; $forced tables with forced row-level security"

if [ -n "$report" ]; then
    cat >"$report" <<EOF
# pg_dump / pg_restore drill — latest run

Written by \`infra/backup/dump-restore.sh\`. Run: $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname), PostgreSQL $scratch_version.
**Result: $result**

- \`pg_dump\` as the owner \`ik_owner\` refuses, as it must: row-level security is forced on the owner too
- \`pg_dump -Fc\` as the read-only role \`ik_backup\` (BYPASSRLS, pg_read_all_data): $dump_size in ${dump_seconds} s
- \`pg_restore\` into a new database: ${restore_seconds} s
- $tables tables, $rows rows: every count identical: $([ "$result" = PASS ] && echo yes || echo no)
- owner, the application role's rights and row-level security (enabled, forced, policies) of every table
  identical; $forced tables with forced row-level security

\`\`\`
$comparison
\`\`\`
EOF
    log "wrote ${report#"$repo_root/"}"
fi
[ "$result" = PASS ] || exit 1
