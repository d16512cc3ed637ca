# Sourced by check.sh and smoke.sh (not run on its own): the nginx example under nginx/ copied into a
# directory of its own, with self-signed certificates, a cache directory there, and — for a live run —
# loopback ports and another upstream. Needs nginx, openssl, curl; the caller removes the directory.

# Prints N free TCP ports on 127.0.0.1.
free_ports() {
  python3 -c '
import socket, sys
sockets = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in sockets: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in sockets])' "$1"
}

# nginx_sandbox_render DIR [UPSTREAM_PORT HTTP_PORT HTTPS_PORT]: DIR/nginx.conf includes the example.
nginx_sandbox_render() {
  local dir="$1" upstream="${2:-}" http_port="${3:-}" https_port="${4:-}" source file
  source="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/nginx"
  mkdir -p "$dir/ssl" "$dir/cache" "$dir/logs"
  for file in "$source"/*.conf; do
    sed -e "s|/etc/ssl/integrationskonzept/|$dir/ssl/|g" \
        -e "s|/etc/nginx/snippets/|$dir/|g" \
        -e "s|/var/cache/nginx/integrationskonzept|$dir/cache|g" \
        "$file" > "$dir/$(basename "$file")"
    if [[ -n "$upstream" ]]; then
      sed -i -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$upstream;|" \
          -e "s|listen 80;|listen 127.0.0.1:$http_port;|" -e "s|listen 443 |listen 127.0.0.1:$https_port |" \
          -e '/listen \[::\]/d' "$dir/$(basename "$file")"
    fi
  done
  # One self-signed certificate per certificate/key pair the config names.
  grep -ho 'ssl_certificate *[^;]*\.fullchain\.pem' "$dir"/*.conf | awk '{print $2}' | sort -u |
    while read -r certificate; do
      openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=check.invalid" \
        -keyout "${certificate%.fullchain.pem}.key.pem" -out "$certificate" 2>/dev/null
    done
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    include $dir/integrationskonzept.conf;
}
CONF
  # Workers run as nobody when nginx starts as root: they need the path and the cache.
  chmod a+rx "$dir" "$(dirname "$dir")"
  if [[ $EUID -eq 0 ]]; then chown -R nobody "$dir/cache"; fi
}

nginx_sandbox_test() { nginx -t -q -p "$1" -e "$1/logs/error.log" -c "$1/nginx.conf" 2>&1; }
nginx_sandbox_start() { nginx -p "$1" -e "$1/logs/error.log" -c "$1/nginx.conf"; }
nginx_sandbox_stop() { if [[ -f "$1/nginx.pid" ]]; then kill "$(cat "$1/nginx.pid")" 2>/dev/null || true; fi; }

# https_request HOST PORT PATH [curl options…]: headers and body, the host resolved to 127.0.0.1.
https_request() {
  local host="$1" port="$2" path="$3"; shift 3
  curl -sk --resolve "$host:$port:127.0.0.1" -D - "$@" "https://$host:$port$path"
}
# https_status HOST PORT PATH [curl options…]: the status code only.
https_status() {
  local host="$1" port="$2" path="$3"; shift 3
  curl -sk --resolve "$host:$port:127.0.0.1" -o /dev/null -w '%{http_code}' "$@" "https://$host:$port$path"
}
# header NAME: the first value of that header on stdin.
header() { grep -i "^$1:" | head -1 | cut -d' ' -f2- | tr -d '\r'; }
