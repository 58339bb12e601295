#!/usr/bin/env bash
# End-to-end test topology: a fake "upstream router" in a network namespace.
#
#   host: bcmout0 (veth, up, no address)  <- the gateway's macvlan parent ("physical NIC")
#           |
#   netns upstream: bcmout1 10.149.20.1/24, lo; NO other route (a dead end)
#     - dnsmasq (dnsmasq-base): DHCP 10.149.20.100-200 on bcmout1 only, port=0 (no DNS)
#     - HTTP  10.149.20.1:8080  test files (small.txt, 1M.bin, 16M.bin, SHA256SUMS), access log
#     - distribution registry (Debian docker-registry binary), plain HTTP 10.149.20.1:5000,
#       access log; scripts/e2e/testimage.sh pushes library/bcmtest:1 into it
#
# Usage: scripts/e2e/topology.sh up|down|status
# State: ${BCM_E2E_STATE:-/tmp/bcm-e2e}/ (pids/, logs/, www/, registry/, dnsmasq.leases, env)
#   logs/dnsmasq.log   DHCP log (log-dhcp)
#   logs/dns.log       upstream DNS query log: "query[A] dns-check.bcm-e2e.net from <address>"
#   logs/http.log      HTTP access log: client address, method, path, status, request headers (JSON)
#   logs/registry.log  registry log incl. access log lines:  "GET /v2/library/bcmtest/manifests/1 ..."
# Run commands "upstream side" with: ip netns exec upstream <cmd>
set -euo pipefail

STATE="${BCM_E2E_STATE:-/tmp/bcm-e2e}"
NS="${BCM_E2E_NETNS:-upstream}"
HOST_IF="${BCM_E2E_HOST_IF:-bcmout0}"
NS_IF="${BCM_E2E_NS_IF:-bcmout1}"
ADDR="${BCM_E2E_UPSTREAM_ADDR:-10.149.20.1}"
PREFIX=24
DHCP_FROM="${BCM_E2E_DHCP_FROM:-10.149.20.100}"
DHCP_TO="${BCM_E2E_DHCP_TO:-10.149.20.200}"
HTTP_PORT="${BCM_E2E_HTTP_PORT:-8080}"
# Test names only the upstream DNS server knows: one whose answer is checked (a public address
# nobody contacts, the historical example.com: the gateway's dnsmasq drops private and
# documentation ranges from answers, DNS rebinding), one the exits resolve to reach the files.
DNS_CHECK_NAME=dns-check.bcm-e2e.net
DNS_CHECK_ADDRESS=93.184.216.34
FILES_NAME=files.bcm-e2e.net
REG_PORT="${BCM_E2E_REGISTRY_PORT:-5000}"
CACHE="${BCM_CACHE:-/var/cache/bcm-pulumi}"

log() { echo "topology: $*"; }
die() { echo "topology: ERROR: $*" >&2; exit 1; }
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[ "$(id -u)" -eq 0 ] || die "must run as root"

alive() { # alive <name>: the recorded process is running
  local f="$STATE/pids/$1.pid" p
  [ -s "$f" ] || return 1
  p="$(cat "$f")"; kill -0 "$p" 2>/dev/null || return 1
  # an exited child that nobody reaped yet (zombie) is not alive
  [ "$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null)" != Z ]
}
nsx() { ip netns exec "$NS" "$@"; }

find_python() {
  local p
  for p in /usr/bin/python3 "$(command -v python3 2>/dev/null || true)"; do
    [ -n "$p" ] && [ -x "$p" ] && { echo "$p"; return; }
  done
  return 1
}

# The distribution registry binary: the host's docker-registry if installed, else the binary
# extracted (not installed: no daemon, no init script) from Debian's docker-registry package.
find_registry() {
  if command -v docker-registry >/dev/null; then command -v docker-registry; return; fi
  deb_binary docker-registry usr/bin/docker-registry "$CACHE/e2e/bin/docker-registry"
  echo "$CACHE/e2e/bin/docker-registry"
}

up() {
  command -v dnsmasq >/dev/null || die "dnsmasq missing (scripts/lxd-up.sh installs dnsmasq-base)"
  local py reg
  py="$(find_python)" || die "python3 missing"
  reg="$(find_registry)"
  mkdir -p "$STATE"/{pids,logs,www,registry}

  # -- namespace + veth ---------------------------------------------------------------------
  if ! ip netns list | awk '{print $1}' | grep -qx "$NS"; then
    ip netns add "$NS"; log "created netns $NS"
  fi
  nsx ip link set lo up
  if ! ip link show "$HOST_IF" >/dev/null 2>&1; then
    # a stale peer may still exist inside the namespace after a partial run
    nsx ip link del "$NS_IF" 2>/dev/null || true
    ip link add "$HOST_IF" type veth peer name "$NS_IF"
    ip link set "$NS_IF" netns "$NS"
    log "created veth $HOST_IF (host) <-> $NS_IF (netns $NS)"
  elif ip link show "$NS_IF" >/dev/null 2>&1; then
    ip link set "$NS_IF" netns "$NS"   # partial run: peer never moved
  fi
  nsx ip link show "$NS_IF" >/dev/null 2>&1 || die "$NS_IF is not in netns $NS (delete $HOST_IF or run down)"
  # The host side is an L2 attachment only: no addresses, no IPv6 chatter.
  sysctl -qw "net.ipv6.conf.$HOST_IF.disable_ipv6=1" 2>/dev/null || true
  ip link set "$HOST_IF" up
  nsx sysctl -qw net.ipv6.conf.all.disable_ipv6=1 2>/dev/null || true
  nsx sysctl -qw net.ipv4.ip_forward=0
  nsx ip link set "$NS_IF" up
  nsx ip -4 addr replace "$ADDR/$PREFIX" dev "$NS_IF"
  # Dead end: only the connected /24, nothing else.
  nsx ip -4 route flush table main
  nsx ip -4 route add "${ADDR%.*}.0/$PREFIX" dev "$NS_IF" src "$ADDR" 2>/dev/null || true

  # -- dnsmasq: DHCP only ---------------------------------------------------------------------
  if alive dnsmasq; then log "dnsmasq already running"; else
    touch "$STATE/dnsmasq.leases"
    setsid ip netns exec "$NS" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 \
      --interface="$NS_IF" --except-interface=lo --bind-interfaces \
      --dhcp-range="$DHCP_FROM,$DHCP_TO,255.255.255.0,1h" --dhcp-authoritative \
      --dhcp-leasefile="$STATE/dnsmasq.leases" --log-dhcp --log-facility="$STATE/logs/dnsmasq.log" \
      --user=root --group=root --pid-file= \
      </dev/null >>"$STATE/logs/dnsmasq.out" 2>&1 &
    echo $! > "$STATE/pids/dnsmasq.pid"; log "dnsmasq DHCP $DHCP_FROM-$DHCP_TO on $NS_IF (pid $!)"
  fi

  # -- DNS: the upstream resolver, answering only test names nobody else knows ------------------
  # (the private Tor network's exits resolve through it; its log shows who asked)
  if alive dns; then log "dns already running"; else
    setsid ip netns exec "$NS" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=53 \
      --listen-address="$ADDR" --bind-interfaces --no-resolv --no-hosts --no-dhcp-interface="$NS_IF" \
      --address="/$DNS_CHECK_NAME/$DNS_CHECK_ADDRESS" --address="/$FILES_NAME/$ADDR" \
      --log-queries=extra --log-facility="$STATE/logs/dns.log" --user=root --group=root --pid-file= \
      </dev/null >>"$STATE/logs/dns.out" 2>&1 &
    echo $! > "$STATE/pids/dns.pid"; log "dns on $ADDR:53 ($DNS_CHECK_NAME, $FILES_NAME) (pid $!)"
  fi

  # -- HTTP test files ------------------------------------------------------------------------
  echo "bcm-e2e upstream test file" > "$STATE/www/small.txt"
  gen_file "$STATE/www/1M.bin" 1048576
  gen_file "$STATE/www/16M.bin" 16777216
  ( cd "$STATE/www" && sha256sum small.txt 1M.bin 16M.bin > SHA256SUMS )
  if alive http; then log "http server already running"; else
    PYTHONUNBUFFERED=1 setsid ip netns exec "$NS" "$py" "$(dirname "${BASH_SOURCE[0]}")/http_server.py" \
      "$STATE/www" "$ADDR" "$HTTP_PORT" </dev/null >>"$STATE/logs/http.log" 2>&1 &
    echo $! > "$STATE/pids/http.pid"
    log "http server on $ADDR:$HTTP_PORT (pid $(cat "$STATE/pids/http.pid"))"
  fi

  # -- registry -------------------------------------------------------------------------------
  cat > "$STATE/registry.yml" <<YML
version: 0.1
log:
  level: info
  formatter: text
  accesslog:
    disabled: false
storage:
  filesystem:
    rootdirectory: $STATE/registry
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: $ADDR:$REG_PORT
  secret: bcm-e2e-not-a-secret
  headers:
    X-Content-Type-Options: [nosniff]
YML
  if alive registry; then log "registry already running"; else
    setsid ip netns exec "$NS" env OTEL_TRACES_EXPORTER=none "$reg" serve "$STATE/registry.yml" \
      </dev/null >>"$STATE/logs/registry.log" 2>&1 &
    echo $! > "$STATE/pids/registry.pid"; log "registry on $ADDR:$REG_PORT (pid $!, $reg)"
  fi

  # -- wait until everything answers ------------------------------------------------------------
  local ok=""
  for _ in $(seq 1 50); do
    if nsx curl -fsS -o /dev/null "http://$ADDR:$HTTP_PORT/small.txt" 2>/dev/null \
       && nsx curl -fsS -o /dev/null "http://$ADDR:$REG_PORT/v2/" 2>/dev/null; then ok=1; break; fi
    sleep 0.2
  done
  [ -n "$ok" ] || { tail -n 5 "$STATE"/logs/*.log >&2; die "services did not come up"; }
  for n in dnsmasq dns http registry; do alive "$n" || die "$n died (see $STATE/logs)"; done
  cat > "$STATE/env" <<ENV
BCM_E2E_NETNS=$NS
BCM_E2E_HOST_IF=$HOST_IF
BCM_E2E_UPSTREAM_ADDR=$ADDR
BCM_E2E_HTTP_URL=http://$ADDR:$HTTP_PORT
BCM_E2E_REGISTRY=$ADDR:$REG_PORT
BCM_E2E_REGISTRY_URL=http://$ADDR:$REG_PORT
ENV
  log "up: state in $STATE (source $STATE/env)"
}

down() {
  local n p
  for n in registry http dns dnsmasq; do
    if alive "$n"; then p="$(cat "$STATE/pids/$n.pid")"; kill "$p" 2>/dev/null || true; log "stopped $n ($p)"; fi
    rm -f "$STATE/pids/$n.pid"
  done
  if ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$NS"; then
    # anything else still running inside our namespace was started for it
    for p in $(ip netns pids "$NS" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
    sleep 0.3
    for p in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
    ip netns del "$NS" && log "deleted netns $NS"
  fi
  if ip link show "$HOST_IF" >/dev/null 2>&1; then ip link del "$HOST_IF" && log "deleted veth $HOST_IF"; fi
  if ip link show "$NS_IF" >/dev/null 2>&1; then ip link del "$NS_IF" && log "deleted veth $NS_IF"; fi
  log "down"
}

status() {
  local n
  ip netns list | awk '{print $1}' | grep -qx "$NS" && echo "netns $NS: present" || echo "netns $NS: absent"
  ip -br link show "$HOST_IF" 2>/dev/null || echo "$HOST_IF: absent"
  for n in dnsmasq dns http registry; do alive "$n" && echo "$n: running ($(cat "$STATE/pids/$n.pid"))" || echo "$n: not running"; done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
