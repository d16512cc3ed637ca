#!/usr/bin/env bash
# Lints the deployment examples under infra/deploy with the tools this machine has:
#   nginx       nginx -t on a copy of nginx/ whose paths point into a temporary directory, with
#               self-signed certificates for every certificate the config names; warnings fail too.
#               Then that nginx runs on loopback ports in front of a stand-in upstream (python3):
#               public responses cached, SESSION cookie / Authorization bypass, Set-Cookie and no-store
#               never stored, Host and X-Forwarded-* set by nginx (a client's Forwarded dropped), one
#               HSTS header, actuator not published, gzip, 413 above 26m, http→https, unknown hosts refused
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
need curl curl

# --- nginx -----------------------------------------------------------------------------------------
source "$here/nginx-sandbox.sh"
nginx_sandbox_render "$work/static"
if output="$(nginx_sandbox_test "$work/static")" && ! grep -q '\[warn\]' <<<"$output"; then
  pass "nginx -t: nginx/integrationskonzept.conf with nginx/integrationskonzept-site.conf"
else
  fail "nginx -t:"$'\n'"$output"
fi

# nginx in action: the same config in front of a stand-in upstream (python3) that answers like the
# application (Cache-Control, Vary: Cookie, Set-Cookie, HSTS) and echoes the headers it receives.
if command -v python3 >/dev/null && command -v curl >/dev/null; then
  read -r upstream_port http_port https_port < <(free_ports 3)
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
  nginx_sandbox_render "$work/live" "$upstream_port" "$http_port" "$https_port"
  nginx_sandbox_start "$work/live"
  trap 'nginx_sandbox_stop "$work/live"; kill "$upstream_pid" 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$upstream_port/" && break; sleep 0.1; done

  tenant=wiesbaden.integrationskonzept.example.de
  request() { https_request "$tenant" "$https_port" "$@"; }
  status() { https_status "$tenant" "$https_port" "$@"; }
  expect() { # description actual expected
    if [[ "$2" == "$3" ]]; then pass "nginx live: $1"; else fail "nginx live: $1: got '$2', expected '$3'"; fi
  }
  request /public >/dev/null
  expect "public page stored and served from cache" "$(request /public | header X-Cache-Status)" HIT
  expect "not from cache with a SESSION cookie" "$(request /public -H 'Cookie: ik-lang=en; SESSION=abc' | header X-Cache-Status)" BYPASS
  expect "not from cache with Authorization" "$(request /public -H 'Authorization: Bearer t' | header X-Cache-Status)" BYPASS
  request /cookie >/dev/null
  expect "response with Set-Cookie not stored" "$(request /cookie | header X-Cache-Status)" MISS
  request /private >/dev/null
  expect "no-store response not stored" "$(request /private | header X-Cache-Status)" MISS
  expect "one HSTS header" "$(request /public | grep -ci '^strict-transport-security:')" 1
  echoed="$(request /private -H 'Forwarded: for=6.6.6.6;host=evil.example;proto=http' \
    -H 'X-Forwarded-For: 6.6.6.6' -H 'X-Forwarded-Host: evil.example' -H 'X-Forwarded-Prefix: /evil' | grep '^{')"
  forwarded="$(python3 -c 'import json, sys; h = json.loads(sys.argv[1])["headers"]
print(h.get("host"), h.get("x-forwarded-host"), h.get("x-forwarded-proto"), h.get("x-forwarded-for"), h.get("forwarded", "-"), h.get("x-forwarded-prefix", "-"))' "$echoed")"
  expect "Host and X-Forwarded-* set by nginx, client's Forwarded dropped" "$forwarded" \
    "$tenant $tenant https 127.0.0.1 - -"
  expect "actuator not published" "$(status /actuator/health)" 404
  expect "gzip" "$(request /private -H 'Accept-Encoding: gzip' -o /dev/null | header Content-Encoding)" gzip
  expect "upload above 26m refused" "$(head -c 28000000 /dev/zero | status /private --data-binary @-)" 413
  expect "http redirects to https" "$(curl -s --resolve "$tenant:$http_port:127.0.0.1" -o /dev/null -w '%{http_code} %{redirect_url}' "http://$tenant:$http_port/x")" \
    "308 https://$tenant/x"
  expect "unknown host gets no TLS handshake" "$(https_status unknown.example "$https_port" /public || true)" 000
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
