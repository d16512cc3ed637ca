#!/usr/bin/env bash
# Exactly-once event delivery after a JVM kill, as a drill on a scratch PostgreSQL cluster that the
# script creates (port 5442, run as the user postgres) and removes at the end.
#
# Publishing an edition commits the edition together with Spring Modulith's event publication
# (EditionPublished → publishing's Publication listener, which takes the public snapshot and indexes it
# for search, in a transaction of its own after the commit). The drill starts the built jar on the demo
# data, signs in as Wiesbaden's demo editor and imports a published edition through the editor's import
# form, then kills the JVM with SIGKILL after a delay. Right after the kill psql classifies the attempt:
#   early   — nothing committed: neither the edition nor its event publication exists
#   window  — the edition is committed and its publication is incomplete (the listener has not finished,
#             or finished without the registry recording it): the case this drill is after
#   late    — the publication was already completed
# The delay is bisected between "early" and "late" until a kill lands in the window (at most
# EVENT_DRILL_ATTEMPTS attempts). After every kill the server is restarted; it republishes incomplete
# publications at start-up. Asserted for every attempt: edition and publication were committed together
# (both or neither), and after the restart the publication is completed and the effect exists exactly
# once (one snapshot, as many search entries as an undisturbed publication of the same document).
#
# Prints the attempts and writes docs/event-kill-drill-latest.md. Exit 0: a kill landed in the window
# and the event took effect exactly once; 1: an assertion failed or no kill landed in the window;
# 2: could not run. Needs root (PostgreSQL runs as postgres), jq, curl and the jar
# (./mvnw -DskipTests package). Environment: EVENT_DRILL_PORT (5442), EVENT_DRILL_HTTP_PORT (18442),
# EVENT_DRILL_ATTEMPTS (12), EVENT_DRILL_REPORT (docs/event-kill-drill-latest.md; empty: no report).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pg_port="${EVENT_DRILL_PORT:-5442}"
http_port="${EVENT_DRILL_HTTP_PORT:-18442}"
max_attempts="${EVENT_DRILL_ATTEMPTS:-12}"
report="${EVENT_DRILL_REPORT-$repo_root/docs/event-kill-drill-latest.md}"
database=ik_event_drill
slug=wiesbaden
editor="editor.$slug@demo.invalid"
demo_password=Demo-Integration-2026
template="$repo_root/platform/server/src/test/resources/concepts/test-edition.json"

drill_name=event-kill-drill

# shellcheck source=scratch-lib.sh
source "$repo_root/infra/backup/scratch-lib.sh"
# shellcheck source=web-lib.sh
source "$repo_root/infra/backup/web-lib.sh"

command -v jq >/dev/null || cannot_run "jq missing (apt-get install -y jq)"

import_pid=""
drill_cleanup_extra() {
    if [ -n "$import_pid" ]; then
        kill "$import_pid" 2>/dev/null || true
    fi
}
drill_begin

base_url="http://127.0.0.1:$http_port"
web_cookies="$work/cookies"
server_starts=0
start() {
    server_starts=$((server_starts + 1))
    start_server "$base_url" "$http_port" "$work/server-$server_starts.log" "${jar_args[@]}"
}

# The test edition with fresh ids (references between its items kept), published, with a resolution.
new_published_edition() { # title → file
    local file="$work/edition-$RANDOM$RANDOM.json" document old
    document="$(jq --arg title "$1" '.status = "VEROEFFENTLICHT" | .title.de = $title
        | .resolution = {body: "Stadtverordnetenversammlung", number: "0815/2026", date: "2026-11-20", result: null, url: null}' "$template")"
    document="${document//\{\{EDITION_ID\}\}/$(cat /proc/sys/kernel/random/uuid)}"
    for old in $(grep -oE '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' <<<"$document" | sort -u); do
        document="${document//$old/$(cat /proc/sys/kernel/random/uuid)}"
    done
    printf '%s\n' "$document" >"$file"
    printf '%s\n' "$file"
}

# "editions publications incomplete snapshots search_entries statuses" of an edition, read as the superuser.
state_of() { # edition_id
    local publication="event_type like '%EditionPublished' and listener_id like '%Publication%' and serialized_event like '%$1%'"
    scratch_value "$database" "
        select (select count(*) from concepts.edition where id = '$1') || ' ' ||
               (select count(*) from event_publication where $publication) || ' ' ||
               (select count(*) from event_publication where $publication and completion_date is null) || ' ' ||
               (select count(*) from publishing.published_edition where edition_id = '$1') || ' ' ||
               (select count(*) from publishing.search_entry where edition_id = '$1') || ' ' ||
               coalesce((select string_agg(coalesce(status, '-'), ',') from event_publication where $publication), '-')"
}

await_completed() { # edition_id
    local state published open
    for _ in $(seq 1 120); do
        state="$(state_of "$1")"
        read -r _ published open _ <<<"$state"
        [ "$published" -ge 1 ] && [ "$open" = 0 ] && return 0
        sleep 0.5
    done
    fail "the publication of edition $1 was not completed within 60 s (state: $state)"
}

import_token() {
    web_csrf "$base_url/$slug/verwaltung/konzept"
}

# Posts the import form (multipart) in the background; sets import_pid.
start_import() { # file token
    curl -sS --max-time 60 -o /dev/null -w '%{http_code} %{time_total}\n' -b "$web_cookies" -c "$web_cookies" \
        -H "X-CSRF-TOKEN: $2" -F "datei=@$1;type=application/json" "$base_url/$slug/verwaltung/konzept/import" \
        >"$work/import.out" 2>&1 &
    import_pid=$!
}

scratch_cluster_create ik-event-drill "$pg_port" "$work/data"
scratch_database_create "$database"
mapfile -t jar_args < <(PGHOST=127.0.0.1 PGPORT="$pg_port" database_args "$database")
start
web_sign_in "$base_url" "$editor" "$demo_password"

# An undisturbed publication of the same document: how long the import takes and its effect. Also run after
# every restart, so that the kill meets a warm JVM as the measured import did.
undisturbed_publication() { # title → sets undisturbed_seconds, undisturbed_entries, undisturbed_id
    local file status snapshots
    file="$(new_published_edition "$1")"
    undisturbed_id="$(jq -r .id "$file")"
    start_import "$file" "$(import_token)"
    wait "$import_pid" || true
    import_pid=""
    read -r status undisturbed_seconds <"$work/import.out"
    [ "$status" = 302 ] || fail "the import answered $status: $(cat "$work/import.out")"
    await_completed "$undisturbed_id"
    read -r _ _ _ snapshots undisturbed_entries _ <<<"$(state_of "$undisturbed_id")"
    [ "$snapshots" = 1 ] && [ "$undisturbed_entries" -gt 0 ] || fail "the undisturbed publication took no snapshot"
}

undisturbed_publication "Kill-Drill Vergleich"
baseline_seconds="$undisturbed_seconds"
baseline_entries="$undisturbed_entries"
payload="$(scratch_value "$database" "select serialized_event from event_publication where serialized_event like '%$undisturbed_id%'")"
log "undisturbed publication: import ${baseline_seconds}s, 1 snapshot, $baseline_entries search entries; stored event: $payload"

low=0
high="$(awk -v t="$baseline_seconds" 'BEGIN { printf "%.3f", t * 2 + 0.05 }')"
hit=""
rows=()
for attempt in $(seq 1 "$max_attempts"); do
    delay="$(awk -v a="$low" -v b="$high" 'BEGIN { printf "%.3f", (a + b) / 2 }')"
    file="$(new_published_edition "Kill-Drill Versuch $attempt")"
    edition_id="$(jq -r .id "$file")"
    token="$(import_token)"
    start_import "$file" "$token"
    sleep "$delay"
    kill -9 "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
    wait "$import_pid" 2>/dev/null || true
    import_pid=""
    read -r editions publications incomplete snapshots entries statuses <<<"$(state_of "$edition_id")"
    [ "$editions" = "$publications" ] || fail "attempt $attempt: edition ($editions) and event publication ($publications) not committed together"
    # Bisect; widen the interval when the pace changed so much that the window lies outside it.
    if [ "$editions" = 0 ]; then
        outcome=early
        low="$delay"
        high="$(awk -v a="$low" -v b="$high" 'BEGIN { printf "%.3f", (b - a < 0.01) ? b * 1.5 : b }')"
    elif [ "$incomplete" -gt 0 ]; then
        outcome=window
    else
        outcome=late
        high="$delay"
        low="$(awk -v a="$low" -v b="$high" 'BEGIN { printf "%.3f", (b - a < 0.01) ? a / 2 : a }')"
    fi
    log "attempt $attempt: kill after ${delay}s → $outcome (edition $editions, publication $statuses, snapshots $snapshots, search entries $entries)"
    start
    after="no edition: nothing to deliver"
    if [ "$editions" = 1 ]; then
        await_completed "$edition_id"
        read -r _ _ _ snapshots_after entries_after statuses_after <<<"$(state_of "$edition_id")"
        [ "$snapshots_after" = 1 ] || fail "attempt $attempt: $snapshots_after snapshots after the restart (expected exactly 1)"
        [ "$entries_after" = "$baseline_entries" ] \
            || fail "attempt $attempt: $entries_after search entries after the restart (expected $baseline_entries)"
        after="publication $statuses_after, $snapshots_after snapshot, $entries_after search entries"
        log "  after the restart: $after"
    fi
    rows+=("| $attempt | $delay | $outcome | $statuses, $snapshots snapshot(s), $entries search entries | $after |")
    if [ "$outcome" = window ]; then
        hit="$attempt"
        window_state="$statuses, $snapshots snapshot(s)"
        break
    fi
    undisturbed_publication "Kill-Drill Aufwärmen $attempt"
    [ "$undisturbed_entries" = "$baseline_entries" ] || fail "an undisturbed publication gave $undisturbed_entries search entries"
done

result=PASS
[ -n "$hit" ] || result=FAIL
if [ -n "$hit" ]; then
    log "PASS: attempt $hit landed between the commit and the listener's completion ($window_state); after the restart the event took effect exactly once"
else
    log "FAIL: no kill landed in the window in $max_attempts attempts"
fi
if [ -n "$report" ]; then
    cat >"$report" <<EOF
# Event delivery after a JVM kill — latest run

Written by \`infra/backup/event-kill-drill.sh\`. Run: $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname), PostgreSQL $scratch_version.
**Result: $result**$([ -n "$hit" ] && echo " — attempt $hit of at most $max_attempts landed in the window")

An editor of \`$slug\` imports a published edition (the editor's import form); the import commits the edition with
the event publication of \`EditionPublished\`, whose listener (publishing's \`Publication\`) takes the public snapshot
and indexes it for search after the commit. The JVM is killed with SIGKILL after a delay, bisected between too early
(nothing committed) and too late (publication completed); the state is read with psql before the restart.
Undisturbed, the import took ${baseline_seconds} s and the publication gave 1 snapshot and $baseline_entries search entries.
After every restart one undisturbed publication warms the JVM up (and is checked the same way) before the next kill.
The stored event carries ids only: \`$payload\`.

| attempt | kill after (s) | outcome | right after the kill | after the restart |
|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")

Checked for every attempt: the edition and its event publication were committed together (both or neither); after
the restart every publication is completed and the effect exists exactly once (1 snapshot, $baseline_entries search entries).
EOF
    log "wrote ${report#"$repo_root/"}"
fi
[ "$result" = PASS ] || exit 1
