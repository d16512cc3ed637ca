# Sourced by the benchmark scripts (not run on its own): start the built server jar, wait until it is
# ready, stop it. Needs the caller's repo_root and its log and fail functions.
server_pid=""

server_ready() { # base_url
    curl -fsS --max-time 2 "$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'
}

start_server() { # base_url port log_file [jar arguments…]
    local base_url="$1" port="$2" log_file="$3" jar
    shift 3
    jar="$(compgen -G "$repo_root/platform/server/target/*.jar" | grep -v -- '-plain\.jar$' | head -n 1 || true)"
    [ -n "$jar" ] || fail "no jar in platform/server/target (./mvnw -DskipTests package)"
    curl -s --max-time 2 -o /dev/null "$base_url/" && fail "something already answers on $base_url"
    log "starting $jar on port $port (log: $log_file)"
    SERVER_PORT="$port" "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" "$@" >"$log_file" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 300); do
        if server_ready "$base_url"; then
            log "server ready"
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { tail -n 40 "$log_file" >&2; fail "the server stopped during start-up"; }
        sleep 1
    done
    tail -n 40 "$log_file" >&2
    fail "the server was not ready after 300 s"
}

stop_server() {
    if [ -n "$server_pid" ]; then
        log "stopping the server (pid $server_pid)"
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}

# The jar's arguments for a benchmark database on the PostgreSQL at PGHOST:PGPORT with the local roles
# (ik_owner migrates, ik_app is the application); named explicitly, so the server never falls back to an
# embedded one.
database_args() { # database
    local url="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$1"
    printf '%s\n' --spring.datasource.url="$url" --spring.datasource.username=ik_app --spring.datasource.password=ik_app \
        --spring.liquibase.url="$url" --spring.liquibase.user=ik_owner --spring.liquibase.password=ik_owner
}
