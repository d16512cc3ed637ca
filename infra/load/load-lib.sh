# Sourced by infra/load/load-test.sh and infra/load/fault-drill.sh (not run on its own): a scratch
# PostgreSQL cluster of their own, the server jar on it, and the accounts, tokens and request files
# the wrk scenarios need — all obtained the way real clients do (sign-in forms with CSRF, the
# platform admin's second factor, the OAuth 2 token endpoint, the public API).
# Needs the caller's repo_root, work, log and fail; uses server-lib.sh of the benchmarks.

CLUSTER_VERSION="${CLUSTER_VERSION:-15}"
CLUSTER_NAME="${CLUSTER_NAME:-ik-load}"
CLUSTER_PORT="${CLUSTER_PORT:-5451}"
DATABASE="${DATABASE:-ik_load}"
SERVER_PORT_LOAD="${SERVER_PORT_LOAD:-18100}"
BASE_URL="http://127.0.0.1:$SERVER_PORT_LOAD"
DEMO_PASSWORD="Demo-Integration-2026"
DEMO_ADMIN_TOTP_KEY="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
TENANTS=(dietzenbach wiesbaden frankenthal duesseldorf landkreis-boerde)
cluster_created=""

# shellcheck source=../benchmarks/server-lib.sh
. "$repo_root/infra/benchmarks/server-lib.sh"

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (apt-get install wrk curl oathtool postgresql-15 python3)"
    done
}

as_postgres() { runuser -u postgres -- "$@"; }
cluster_psql() { psql -h 127.0.0.1 -p "$CLUSTER_PORT" -U postgres -X -v ON_ERROR_STOP=1 -Atq "$@"; }

# A fresh cluster on CLUSTER_PORT with trust on loopback (scratch data only); a leftover of an
# aborted run with the same name is removed first. The server processes run as postgres.
create_cluster() {
    [ "$(id -u)" -eq 0 ] || fail "run as root (pg_createcluster and runuser need it; PostgreSQL itself runs as postgres)"
    if pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$CLUSTER_VERSION $CLUSTER_NAME"; then
        curl -s --max-time 2 -o /dev/null "$BASE_URL/" && fail "another run is using cluster $CLUSTER_NAME and port $SERVER_PORT_LOAD"
        log "removing the leftover cluster $CLUSTER_VERSION/$CLUSTER_NAME"
        pg_dropcluster --stop "$CLUSTER_VERSION" "$CLUSTER_NAME"
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$CLUSTER_PORT") 2>/dev/null; then
        fail "port $CLUSTER_PORT is in use"
    fi
    log "creating PostgreSQL cluster $CLUSTER_VERSION/$CLUSTER_NAME on port $CLUSTER_PORT"
    pg_createcluster "$CLUSTER_VERSION" "$CLUSTER_NAME" -p "$CLUSTER_PORT" -u postgres \
        -- --auth-host=trust --auth-local=peer >"$work/createcluster.log" 2>&1 \
        || fail "pg_createcluster failed: $(cat "$work/createcluster.log")"
    cluster_created=1
    as_postgres pg_ctlcluster "$CLUSTER_VERSION" "$CLUSTER_NAME" start
    cluster_psql -d postgres -f "$repo_root/platform/local-database/src/main/resources/db/bootstrap/roles.sql"
    cluster_psql -d postgres -c "create database $DATABASE owner ik_owner"
}

drop_cluster() {
    if [ -n "$cluster_created" ]; then
        log "removing cluster $CLUSTER_VERSION/$CLUSTER_NAME"
        # A frozen postmaster (fault drill interrupted) must run again before it can stop.
        postmaster_pids | xargs -r kill -CONT 2>/dev/null || true
        pg_dropcluster --stop "$CLUSTER_VERSION" "$CLUSTER_NAME" || true
        cluster_created=""
    fi
}

# The postmaster and all its children (backends, checkpointer, …) of our cluster only.
postmaster_pids() {
    local pid_file="/var/lib/postgresql/$CLUSTER_VERSION/$CLUSTER_NAME/postmaster.pid" postmaster
    [ -f "$pid_file" ] || return 0
    postmaster="$(head -n 1 "$pid_file")"
    echo "$postmaster"
    pgrep -P "$postmaster" || true
}

# The server jar on our cluster; extra jar arguments follow (e.g. a higher idea limit).
start_load_server() {
    local -a jar_args
    mapfile -t jar_args < <(PGHOST=127.0.0.1 PGPORT="$CLUSTER_PORT" database_args "$DATABASE")
    start_server "$BASE_URL" "$SERVER_PORT_LOAD" "$work/server.log" "${jar_args[@]}" "$@"
}

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | tail -n 1 | sed 's/.*value="//; s/"$//'; }

# Signs in through the form (and the second factor when a TOTP key is given); the session ends up
# in the cookie jar.
sign_in() { # jar email [totp-key]
    local jar="$1" email="$2" key="${3:-}" token location
    token="$(curl -fsS -c "$jar" -b "$jar" "$BASE_URL/anmelden" | csrf_of)"
    location="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "email=$email" \
        --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "_csrf=$token" "$BASE_URL/anmelden")"
    case "$location" in *anmelden\?* | *fehler*) fail "sign-in of $email refused ($location)" ;; esac
    if [ -n "$key" ]; then
        token="$(curl -fsS -c "$jar" -b "$jar" "$BASE_URL/anmelden/zweiter-faktor" | csrf_of)"
        location="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "code=$(oathtool --totp -b "$key")" \
            --data-urlencode "_csrf=$token" "$BASE_URL/anmelden/zweiter-faktor")"
        case "$location" in *zweiter-faktor* | *anmelden*) fail "second factor of $email refused ($location)" ;; esac
    fi
}

session_of() { awk '$6 == "SESSION" { print $7 }' "$1" | tail -n 1; }

# One API client per tenant, registered by the platform admin at /admin/api-clients (the secret
# is shown once): files $work/client-<slug> with "id secret".
register_api_clients() {
    local jar="$work/admin.jar" slug token page
    sign_in "$jar" "plattform-admin@demo.invalid" "$DEMO_ADMIN_TOTP_KEY"
    for slug in "${TENANTS[@]}"; do
        token="$(curl -fsS -c "$jar" -b "$jar" "$BASE_URL/admin/api-clients" | csrf_of)"
        page="$(curl -fsS -c "$jar" -b "$jar" --data-urlencode "tenant=$slug" --data-urlencode "name=Lasttest" \
            -d scopes=concepts.read -d scopes=monitoring.read -d scopes=monitoring.write -d scopes=participation.read \
            --data-urlencode "_csrf=$token" "$BASE_URL/admin/api-clients")"
        printf '%s %s\n' "$(grep -o 'id="client-id">[^<]*' <<<"$page" | sed 's/.*>//')" \
            "$(grep -o 'id="client-secret">[^<]*' <<<"$page" | sed 's/.*>//')" >"$work/client-$slug"
        grep -q '^[^ ]\+ [^ ]\+$' "$work/client-$slug" || fail "registering an API client for $slug failed"
    done
    log "registered one API client per tenant"
}

# Fresh client-credentials tokens (15 min) into $work/token-<slug>.
fetch_tokens() {
    local slug id secret
    for slug in "${TENANTS[@]}"; do
        read -r id secret <"$work/client-$slug"
        curl -fsS -u "$id:$secret" -d grant_type=client_credentials \
            -d "scope=concepts.read monitoring.read monitoring.write participation.read" "$BASE_URL/oauth2/token" \
            | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])' >"$work/token-$slug" \
            || fail "no token for $slug"
    done
}

api_get() { # slug path
    curl -fsS -H "Authorization: Bearer $(cat "$work/token-$1")" "$BASE_URL$2"
}

# Per tenant: its first edition and that edition's measures (from the API, as a client sees them);
# files $work/edition-<slug> and $work/measures-<slug>.
read_editions() {
    local slug
    for slug in "${TENANTS[@]}"; do
        api_get "$slug" "/api/$slug/concepts/editions" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])' \
            >"$work/edition-$slug" || fail "no edition for $slug"
        api_get "$slug" "/api/$slug/monitoring/editions/$(cat "$work/edition-$slug")/measures" \
            | python3 -c 'import json, sys; [print(m["measureId"]) for m in json.load(sys.stdin)["measures"]]' >"$work/measures-$slug"
        [ -s "$work/measures-$slug" ] || fail "no measures in $slug's edition"
    done
}

# Per tenant: the editor opens a Beteiligungsverfahren whose Ideensammlung runs today, and a demo
# citizen signs in and opens its page: $work/idea-<slug> holds "process session csrf consent-version".
open_idea_collections() {
    local slug jar token edition process page
    for slug in "${TENANTS[@]}"; do
        jar="$work/editor-$slug.jar"
        sign_in "$jar" "editor.$slug@demo.invalid"
        page="$(curl -fsS -c "$jar" -b "$jar" "$BASE_URL/$slug/verwaltung/beteiligung")"
        token="$(csrf_of <<<"$page")"
        edition="$(cat "$work/edition-$slug")"
        curl -fsS -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "editionId=$edition" \
            --data-urlencode "title=Lasttest-Ideensammlung" --data-urlencode "description=Für den Lasttest angelegt." \
            -d "phases[0].kind=IDEENSAMMLUNG" -d "phases[0].startsOn=$(date -d yesterday +%F)" \
            -d "phases[0].endsOn=$(date -d '+30 days' +%F)" "$BASE_URL/$slug/verwaltung/beteiligung"
        process="$(api_get "$slug" "/api/$slug/participation/processes" | python3 -c '
import json, sys
print(next(p["id"] for p in json.load(sys.stdin) if p["title"] == "Lasttest-Ideensammlung"))')" \
            || fail "the editor of $slug could not open an Ideensammlung"
        jar="$work/citizen-$slug.jar"
        sign_in "$jar" "citizen.$slug@demo.invalid"
        page="$(curl -fsS -c "$jar" -b "$jar" "$BASE_URL/$slug/beteiligung/$process")"
        printf '%s %s %s %s\n' "$process" "$(session_of "$jar")" "$(csrf_of <<<"$page")" \
            "$(grep -o 'name="consentVersion" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')" >"$work/idea-$slug"
        [ "$(wc -w <"$work/idea-$slug")" -eq 4 ] || fail "the citizen of $slug has no idea form"
    done
    log "opened an Ideensammlung per tenant; one signed-in citizen each"
}

# Public pages of every tenant, found by following the links of its start page (several kinds:
# start page in three languages, Handlungsfelder, measures, news, reports, editions, guidelines,
# contact, legal pages) plus the platform's start page; only pages that answer 200 are kept.
write_page_requests() { # file
    local file="$1" slug path
    : >"$file"
    printf 'GET\t/\t-\t-\n' >>"$file"
    for slug in "${TENANTS[@]}"; do
        {
            echo "/$slug"
            echo "/$slug?lang=en"
            echo "/$slug?lang=de-simple"
            curl -fsS "$BASE_URL/$slug" | grep -o "href=\"/$slug/[^\"?#]*\"" | sed 's/^href="//; s/"$//' \
                | grep -Ev '\.(pdf|css|atom|ttl|csv|json)$|/open-data|/registrieren|/widget' | sort -u
        } | while read -r path; do
            [ "$(curl -sS -o /dev/null -w '%{http_code}' "$BASE_URL$path")" = 200 ] && printf 'GET\t%s\t-\t-\n' "$path"
        done >>"$file"
    done
    [ "$(wc -l <"$file")" -gt 20 ] || fail "found only $(wc -l <"$file") public pages"
}

# API reads of every tenant with its client's token (needs fresh tokens).
write_api_requests() { # file
    local file="$1" slug edition auth
    : >"$file"
    for slug in "${TENANTS[@]}"; do
        edition="$(cat "$work/edition-$slug")"
        auth="Authorization: Bearer $(cat "$work/token-$slug")"
        printf 'GET\t%s\t%s\t-\n' "/api/$slug/concepts/editions" "$auth" "/api/$slug/concepts/editions/$edition" "$auth" \
            "/api/$slug/monitoring/editions/$edition/measures" "$auth" "/api/$slug/monitoring/editions/$edition/indicators" "$auth" \
            "/api/$slug/participation/processes" "$auth" "/api/tenants/$slug" "-" >>"$file"
    done
}

# Editors' saves through the API: the progress of each measure, a different percentage each time.
write_editor_requests() { # file
    local file="$1" slug edition measure auth
    : >"$file"
    for slug in "${TENANTS[@]}"; do
        edition="$(cat "$work/edition-$slug")"
        auth="Authorization: Bearer $(cat "$work/token-$slug") | Content-Type: application/json"
        while read -r measure; do
            printf 'PUT\t%s\t%s\t%s\n' "/api/$slug/monitoring/editions/$edition/measures/$measure" "$auth" \
                '{"status":"LAUFEND","percent":{percent},"note":"Lasttest"}' >>"$file"
        done <"$work/measures-$slug"
    done
}

# Citizens' ideas through the public form (session cookie and CSRF token of the signed-in
# citizen), each followed by the GET of its redirect target, as a browser does.
write_idea_requests() { # file
    local file="$1" slug process session token consent
    : >"$file"
    for slug in "${TENANTS[@]}"; do
        read -r process session token consent <"$work/idea-$slug"
        printf 'POST\t%s\t%s\t%s\n' "/$slug/beteiligung/$process/ideen" \
            "Cookie: SESSION=$session | Content-Type: application/x-www-form-urlencoded" \
            "_csrf=$token&title=Lastidee+{n}&text=Ein+Vorschlag+aus+dem+Lasttest.&consent=true&consentVersion=$consent" >>"$file"
        printf 'GET\t%s\t%s\t-\n' "/$slug/beteiligung/$process" "Cookie: SESSION=$session" >>"$file"
    done
}

ideas_in_database() {
    cluster_psql -d "$DATABASE" -c "select count(*) from participation.idea where title like 'Lastidee %'"
}
