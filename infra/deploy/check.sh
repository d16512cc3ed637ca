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
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=check.invalid" \
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
