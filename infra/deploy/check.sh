#!/usr/bin/env bash
# Lints the deployment examples under infra/deploy with the tools this machine has:
#   nginx       nginx -t on a copy of nginx/ whose paths point into a temporary directory, with
#               self-signed certificates for every certificate the config names; warnings fail too
#   systemd     systemd-analyze verify (any message fails) and systemd-analyze security --offline
#               (exposure must stay at or below 2.0 of 10)
#   kubernetes  kubectl kustomize renders kubernetes/ (and the Secret example) without a cluster;
#               the rendered set must hold a Deployment, Service, Ingress, PodDisruptionBudget, ConfigMap
# What the files mean for the application (probe paths, ports, variable names, replicas, PDB selector,
# resources, upload size) is checked by DeploymentManifestTests in platform/server.
#
# Usage: infra/deploy/check.sh            (INSTALL=1 installs nginx-light from Debian when missing)
# Exit status: 0 all checks passed, 1 a check failed, 2 a tool is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=0
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok   $*"; }

need() {
  if ! command -v "$1" >/dev/null; then
    if [[ "${INSTALL:-0}" == 1 && -n "${2:-}" ]]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null
    else
      echo "missing: $1 (Debian package ${2:-?}; INSTALL=1 installs it)" >&2
      exit 2
    fi
  fi
}
need nginx nginx-light
need openssl openssl
need systemd-analyze systemd
need kubectl ""

# --- nginx -----------------------------------------------------------------------------------------
mkdir -p "$work/nginx/ssl" "$work/nginx/cache" "$work/nginx/logs"
for file in "$here"/nginx/*.conf; do
  sed -e "s|/etc/ssl/integrationskonzept/|$work/nginx/ssl/|g" \
      -e "s|/etc/nginx/snippets/|$work/nginx/|g" \
      -e "s|/var/cache/nginx/integrationskonzept|$work/nginx/cache|g" \
      "$file" > "$work/nginx/$(basename "$file")"
done
# One self-signed certificate per certificate/key pair the config names.
grep -ho 'ssl_certificate *[^;]*\.fullchain\.pem' "$work"/nginx/*.conf | awk '{print $2}' | sort -u |
  while read -r certificate; do
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=check.invalid" \
      -keyout "${certificate%.fullchain.pem}.key.pem" -out "$certificate" 2>/dev/null
  done
cat > "$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    include $work/nginx/integrationskonzept.conf;
}
EOF
if output="$(nginx -t -q -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" 2>&1)" \
    && ! grep -q '\[warn\]' <<<"$output"; then
  pass "nginx -t: nginx/integrationskonzept.conf with nginx/integrationskonzept-site.conf"
else
  fail "nginx -t:"$'\n'"$output"
fi

# nginx in action: the same config in front of a stand-in upstream (python3) that answers like the
# application (Cache-Control, Vary: Cookie, Set-Cookie, HSTS) and echoes the headers it receives.
if command -v python3 >/dev/null && command -v curl >/dev/null; then
  read -r upstream_port http_port https_port < <(python3 -c '
import socket
sockets = [socket.socket() for _ in range(3)]
for s in sockets: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in sockets])')
  cat > "$work/upstream.py" <<'PY'
import itertools, json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
counter = itertools.count(1)
class Upstream(BaseHTTPRequestHandler):
    def do_GET(self):
        headers = {"Content-Type": "text/plain; charset=utf-8", "Strict-Transport-Security": "max-age=31536000 ; includeSubDomains"}
        if self.path == "/public":
            headers.update({"Cache-Control": "public, max-age=60", "Vary": "Cookie"})
        elif self.path == "/cookie":
            headers.update({"Cache-Control": "public, max-age=60", "Set-Cookie": "SESSION=new; HttpOnly"})
        else:
            headers.update({"Cache-Control": "no-cache, no-store, max-age=0, must-revalidate"})
        received = {name.lower(): value for name, value in self.headers.items()}
        body = (json.dumps({"n": next(counter), "headers": received}) + "\n" + "x" * 4000).encode()
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Upstream).serve_forever()
PY
  python3 "$work/upstream.py" "$upstream_port" &
  upstream_pid=$!
  mkdir -p "$work/live"
  for file in "$work"/nginx/integrationskonzept*.conf; do
    sed -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$upstream_port;|" \
        -e "s|listen 80;|listen 127.0.0.1:$http_port;|" -e "s|listen 443 |listen 127.0.0.1:$https_port |" \
        -e '/listen \[::\]/d' -e "s|$work/nginx/integrationskonzept-site.conf|$work/live/integrationskonzept-site.conf|" \
        "$file" > "$work/live/$(basename "$file")"
  done
  sed "s|$work/nginx/integrationskonzept.conf|$work/live/integrationskonzept.conf|; s|nginx.pid|live.pid|" \
    "$work/nginx/nginx.conf" > "$work/live/nginx.conf"
  chmod 755 "$work" && chmod -R a+rX "$work/nginx/cache" && chown -R nobody "$work/nginx/cache" 2>/dev/null || true
  nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/live/nginx.conf"
  trap 'kill "$(cat "$work/nginx/live.pid" 2>/dev/null)" 2>/dev/null; kill "$upstream_pid" 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$upstream_port/" && break; sleep 0.1; done

  tenant=wiesbaden.integrationskonzept.example.de
  request() { # host path [curl options…] → prints headers and body
    local host="$1" path="$2"; shift 2
    curl -sk --resolve "$host:$https_port:127.0.0.1" -D - "$@" "https://$host:$https_port$path"
  }
  status() { # host path [curl options…] → prints the status code
    local host="$1" path="$2"; shift 2
    curl -sk --resolve "$host:$https_port:127.0.0.1" -o /dev/null -w '%{http_code}' "$@" "https://$host:$https_port$path"
  }
  header() { grep -i "^$1:" | head -1 | cut -d' ' -f2- | tr -d '\r'; }
  expect() { # description actual expected
    if [[ "$2" == "$3" ]]; then pass "nginx live: $1"; else fail "nginx live: $1: got '$2', expected '$3'"; fi
  }
  request "$tenant" /public >/dev/null
  expect "public page stored and served from cache" "$(request "$tenant" /public | header X-Cache-Status)" HIT
  expect "not from cache with a SESSION cookie" "$(request "$tenant" /public -H 'Cookie: ik-lang=en; SESSION=abc' | header X-Cache-Status)" BYPASS
  expect "not from cache with Authorization" "$(request "$tenant" /public -H 'Authorization: Bearer t' | header X-Cache-Status)" BYPASS
  request "$tenant" /cookie >/dev/null
  expect "response with Set-Cookie not stored" "$(request "$tenant" /cookie | header X-Cache-Status)" MISS
  request "$tenant" /private >/dev/null
  expect "no-store response not stored" "$(request "$tenant" /private | header X-Cache-Status)" MISS
  expect "one HSTS header" "$(request "$tenant" /public | grep -ci '^strict-transport-security:')" 1
  echoed="$(request "$tenant" /private -H 'Forwarded: for=6.6.6.6;host=evil.example;proto=http' \
    -H 'X-Forwarded-For: 6.6.6.6' -H 'X-Forwarded-Host: evil.example' -H 'X-Forwarded-Prefix: /evil' | grep '^{')"
  forwarded="$(python3 -c 'import json, sys; h = json.loads(sys.argv[1])["headers"]
print(h.get("host"), h.get("x-forwarded-host"), h.get("x-forwarded-proto"), h.get("x-forwarded-for"), h.get("forwarded", "-"), h.get("x-forwarded-prefix", "-"))' "$echoed")"
  expect "Host and X-Forwarded-* set by nginx, client's Forwarded dropped" "$forwarded" \
    "$tenant $tenant https 127.0.0.1 - -"
  expect "actuator not published" "$(status "$tenant" /actuator/health)" 404
  expect "gzip" "$(request "$tenant" /private -H 'Accept-Encoding: gzip' -o /dev/null | header Content-Encoding)" gzip
  expect "upload above 26m refused" "$(head -c 28000000 /dev/zero | status "$tenant" /private --data-binary @-)" 413
  expect "http redirects to https" "$(curl -s --resolve "$tenant:$http_port:127.0.0.1" -o /dev/null -w '%{http_code} %{redirect_url}' "http://$tenant:$http_port/x")" \
    "308 https://$tenant/x"
  expect "unknown host gets no TLS handshake" "$(status unknown.example /public || true)" 000
else
  echo "skip nginx live check (python3 or curl missing)"
fi

# --- systemd ---------------------------------------------------------------------------------------
unit="$here/systemd/integrationskonzept.service"
# verify exits 0 on unknown keys and bad values; only silence means the unit is clean.
output="$(systemd-analyze verify "$unit" 2>&1 || true)"
if [[ -z "$output" ]]; then
  pass "systemd-analyze verify: systemd/integrationskonzept.service"
else
  fail "systemd-analyze verify:"$'\n'"$output"
fi
exposure="$(systemd-analyze security --offline=true --threshold=20 "$unit" 2>&1)" && status=0 || status=$?
if [[ $status -eq 0 ]]; then
  pass "systemd-analyze security: $(grep -o 'exposure level.*' <<<"$exposure")"
else
  fail "systemd-analyze security above 2.0:"$'\n'"$(grep -E '✗|exposure' <<<"$exposure")"
fi

# --- kubernetes ------------------------------------------------------------------------------------
# kubectl must not reach any cluster (nor a server on localhost:8080, kubectl's default).
export KUBECONFIG="$work/kubeconfig"
: > "$KUBECONFIG"
if rendered="$(kubectl kustomize "$here/kubernetes" 2>&1)"; then
  missing=""
  for kind in Deployment Service Ingress PodDisruptionBudget ConfigMap; do
    grep -q "^kind: $kind\$" <<<"$rendered" || missing+=" $kind"
  done
  if [[ -z "$missing" ]]; then
    pass "kubectl kustomize kubernetes/: $(grep -c '^kind:' <<<"$rendered") objects"
  else
    fail "kubectl kustomize kubernetes/: no$missing"
  fi
else
  fail "kubectl kustomize kubernetes/:"$'\n'"$rendered"
fi
mkdir -p "$work/secret"
cp "$here/kubernetes/secret.example.yaml" "$work/secret/"
printf 'resources:\n- secret.example.yaml\n' > "$work/secret/kustomization.yaml"
if output="$(kubectl kustomize "$work/secret" 2>&1)" && grep -q '^kind: Secret$' <<<"$output"; then
  pass "kubectl kustomize kubernetes/secret.example.yaml"
else
  fail "kubectl kustomize kubernetes/secret.example.yaml:"$'\n'"$output"
fi

if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all deployment checks passed"
