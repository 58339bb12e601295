#!/usr/bin/env bash
# Installs the Debian packages that tests/realconfig needs (idempotent).
# Daemons are installed WITHOUT being started on this host: a temporary
# policy-rc.d makes invoke-rc.d refuse every start, and anything that got
# started anyway (e.g. by a package's own postinst) is stopped afterwards.
set -euo pipefail

PKGS=(dnsmasq-base unbound tor privoxy squid docker-registry nftables openssl curl)
# Service names the packages above could start.
SERVICES=(unbound tor privoxy squid docker-registry)

if [ "$(id -u)" -ne 0 ]; then
  echo "run as root (apt-get install)" >&2
  exit 1
fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "all config-test packages already installed: ${PKGS[*]}"
  exit 0
fi

# Another apt-get/dpkg may be running (shared machine): wait for it.
while pgrep -x apt-get >/dev/null || pgrep -x dpkg >/dev/null; do sleep 5; done

POLICY=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\n# temporary: forbid service starts during install\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"
  created_policy=1
fi
cleanup() {
  if [ "$created_policy" -eq 1 ]; then rm -f "$POLICY"; fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || true
apt-get install -y -q --no-install-recommends "${missing[@]}"

# Stop anything that started despite policy-rc.d (no systemd here: use the
# init scripts directly when present, then kill leftover daemons by pid file).
for s in "${SERVICES[@]}"; do
  if [ -x "/etc/init.d/$s" ]; then
    "/etc/init.d/$s" stop >/dev/null 2>&1 || true
  fi
done
for pidfile in /run/tor/tor.pid /run/privoxy.pid /run/squid.pid /run/docker-registry.pid; do
  if [ -s "$pidfile" ]; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
  fi
done
echo "installed: ${missing[*]}"
