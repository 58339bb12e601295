#!/usr/bin/env bash
# Self-test of scripts/e2e/tornet.sh (the e2e's private Tor network), on its own: needs root,
# Debian's tor (tornet.sh installs it), python3, curl; no LXD, no internet.
#
# Makes the network namespace tornet-selftest with a veth pair inside it (10.151.0.1/24 on one
# end, 10.151.0.2/24 on the other), brings the private Tor network up on 10.151.0.1 with exits
# that may reach 10.151.0.1 only, starts there an HTTP server (scripts/e2e/http_server.py) and a
# tiny DNS server (scripts/e2e/tornet/dns_stub.py), a second HTTP server on 10.151.0.2 (which the
# exits must NOT reach), and a separate client Tor configured with client.torrc-fragment plus a
# SocksPort and a DNSPort on 127.0.0.1. Then checks: 100 % bootstrap (bounded), a download by
# address and by name through the exits, a name resolved through the client's DNSPort, the exit
# policy refusing 10.151.0.2, and that `tornet.sh down` leaves no tor process and the namespace
# goes away. State in a fresh /tmp/tornet-selftest.* directory (never the e2e's), removed at the end.
#
# Usage: tests/e2e/tornet-selftest.sh        (TORNET_SELFTEST_KEEP=1 keeps the state directory)
# Prints "N passed, M failed"; exits non-zero on any failure.
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TORNET="$REPO_ROOT/scripts/e2e/tornet.sh"
NS=tornet-selftest
ADDR=10.151.0.1
OTHER=10.151.0.2
HTTP_PORT=8080
SOCKS_PORT=19050
DNS_PORT=19053
BOOTSTRAP_TIMEOUT="${TORNET_SELFTEST_TIMEOUT:-120}"

PASSED=0
FAILED=0
FAILURES=()
pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); FAILURES+=("$*"); echo "FAIL: $*"; }
info() { echo "  $*"; }

[ "$(id -u)" -eq 0 ] || { echo "tornet-selftest: must run as root" >&2; exit 2; }
PY=/usr/bin/python3
[ -x "$PY" ] || PY="$(command -v python3)" || { echo "tornet-selftest: python3 missing" >&2; exit 2; }
command -v curl >/dev/null || { echo "tornet-selftest: curl missing" >&2; exit 2; }

STATE="$(mktemp -d /tmp/tornet-selftest.XXXXXX)"
export BCM_E2E_STATE="$STATE"
PIDS=()
nsx() { ip netns exec "$NS" "$@"; }
netns_exists() { ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$NS"; }

remove_netns() {
  local p
  netns_exists || return 0
  for p in $(ip netns pids "$NS" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  sleep 0.5
  for p in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
  ip netns del "$NS"
}

cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -s "$STATE/client/tor.pid" ] && kill "$(cat "$STATE/client/tor.pid")" 2>/dev/null
  [ -d "$STATE/tornet" ] && bash "$TORNET" down >/dev/null 2>&1
  remove_netns 2>/dev/null
  if [ -n "${TORNET_SELFTEST_KEEP:-}" ]; then echo "state kept in $STATE"; else rm -rf "$STATE"; fi
}
trap cleanup EXIT

# bg <name> <command...>: a background service in the namespace, its pid kept for cleanup
bg() {
  local name=$1; shift
  setsid ip netns exec "$NS" "$@" </dev/null >>"$STATE/$name.log" 2>&1 &
  PIDS+=("$!")
}

# via_tor <url> <out>: one download through the client's SOCKS port (hostname resolved by the
# exit), up to 3 tries; prints how many tries it took on stderr
via_tor() {
  local url=$1 out=$2 try
  for try in 1 2 3; do
    if nsx curl -fsS --max-time 30 --socks5-hostname "127.0.0.1:$SOCKS_PORT" -o "$out" "$url" 2>>"$STATE/curl.err"; then
      [ "$try" = 1 ] || info "($url took $try tries)"
      return 0
    fi
    sleep 2
  done
  return 1
}

# tor_memory: RSS and PSS of every tor process of this test
tor_memory() {
  local p rss pss total_rss=0 total_pss=0 n=0
  for p in $(pgrep -x tor); do
    tr '\0' ' ' 2>/dev/null <"/proc/$p/cmdline" | grep -qF "$STATE/" || continue
    rss="$(awk '/^VmRSS/ {print $2}' "/proc/$p/status")"
    pss="$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)"
    info "$(printf '%-7s rss %6d kB  pss %6d kB  %s' "$p" "$rss" "$pss" "$(tr '\0' ' ' <"/proc/$p/cmdline")")"
    total_rss=$((total_rss + rss)); total_pss=$((total_pss + pss)); n=$((n + 1))
  done
  info "$n tor processes: rss $((total_rss / 1024)) MiB, pss $((total_pss / 1024)) MiB in all"
}

echo "=== tornet self-test (state $STATE) ==="

# -- namespace ----------------------------------------------------------------------------------
remove_netns   # a stale one from an interrupted run
ip netns add "$NS"
nsx ip link set lo up
nsx ip link add tsf0 type veth peer name tsf1
nsx ip -4 addr add "$ADDR/24" dev tsf0
nsx ip -4 addr add "$OTHER/24" dev tsf1
nsx ip link set tsf0 up
nsx ip link set tsf1 up
nsx sysctl -qw net.ipv6.conf.all.disable_ipv6=1 2>/dev/null || true

# -- the network ----------------------------------------------------------------------------------
T_UP=$SECONDS
if bash "$TORNET" up "$NS" "$ADDR"; then pass "tornet.sh up $NS $ADDR"; else
  fail "tornet.sh up $NS $ADDR"
  echo "tornet-selftest: $PASSED passed, $FAILED failed"; exit 1
fi
info "up (incl. first complete consensus) took $((SECONDS - T_UP)) s"
FRAG="$STATE/tornet/client.torrc-fragment"

# -- services in the namespace --------------------------------------------------------------------
mkdir -p "$STATE/www" "$STATE/www-other"
echo "tornet self-test file $RANDOM$RANDOM" >"$STATE/www/hello.txt"
echo "must not be reachable through Tor" >"$STATE/www-other/hello.txt"
PYTHONUNBUFFERED=1 bg http "$PY" "$REPO_ROOT/scripts/e2e/http_server.py" "$STATE/www" "$ADDR" "$HTTP_PORT"
PYTHONUNBUFFERED=1 bg http-other "$PY" "$REPO_ROOT/scripts/e2e/http_server.py" "$STATE/www-other" "$OTHER" "$HTTP_PORT"
bg dns "$PY" "$REPO_ROOT/scripts/e2e/tornet/dns_stub.py" serve "$ADDR" 53 "$ADDR" "$STATE/dns-queries.log"
for _ in $(seq 1 50); do
  nsx curl -fsS -o /dev/null "http://$ADDR:$HTTP_PORT/hello.txt" 2>/dev/null &&
    nsx curl -fsS -o /dev/null "http://$OTHER:$HTTP_PORT/hello.txt" 2>/dev/null && break
  sleep 0.2
done
: >"$STATE/http.log"; : >"$STATE/http-other.log"   # forget the readiness probes

# -- the client -------------------------------------------------------------------------------------
if [ -s "$FRAG" ]; then pass "client.torrc-fragment written"; else fail "client.torrc-fragment written"; fi
info "client.torrc-fragment:"; sed 's/^/    /' "$FRAG"
bad="$(grep -vE '^(TestingTorNetwork 1|DirAuthority .*|EnforceDistinctSubnets 0|ClientRejectInternalAddresses 0|ClientDNSRejectInternalAddresses 0|UseMicrodescriptors 0)$' "$FRAG" || true)"
n_auth="$(grep -c '^DirAuthority auth[0-9] orport=[0-9]* no-v2 v3ident=[0-9A-F]\{40\} [0-9.]*:[0-9]* [0-9A-F]\{40\}$' "$FRAG" || true)"
if [ -z "$bad" ] && [ "$n_auth" = 3 ] && grep -qx 'TestingTorNetwork 1' "$FRAG"; then
  pass "fragment: TestingTorNetwork 1, 3 DirAuthority lines, client options only"
else
  fail "fragment: TestingTorNetwork 1, 3 DirAuthority lines, client options only (unexpected: ${bad:-none}; authorities: $n_auth)"
fi

mkdir -p "$STATE/client/data"
chmod 700 "$STATE/client/data"
{
  cat "$FRAG"
  cat <<EOF
DataDirectory $STATE/client/data
PidFile $STATE/client/tor.pid
Log notice file $STATE/client/notice.log
RunAsDaemon 1
SocksPort 127.0.0.1:$SOCKS_PORT
DNSPort 127.0.0.1:$DNS_PORT
EOF
} >"$STATE/client/torrc"
T_CLIENT=$SECONDS
if nsx tor -f "$STATE/client/torrc" >"$STATE/client/start.log" 2>&1; then pass "client tor started"; else
  fail "client tor started"; tail -n 20 "$STATE/client/start.log"
fi

if bash "$TORNET" wait-bootstrap "$STATE/client/notice.log" "$BOOTSTRAP_TIMEOUT"; then
  pass "client reached Bootstrapped 100% within $BOOTSTRAP_TIMEOUT s"
  info "measured here: client start to 100 % ~$((SECONDS - T_CLIENT)) s; tornet up to client 100 % ~$((SECONDS - T_UP)) s"
else
  fail "client reached Bootstrapped 100% within $BOOTSTRAP_TIMEOUT s"
fi

# -- through the network ------------------------------------------------------------------------------
if via_tor "http://$ADDR:$HTTP_PORT/hello.txt" "$STATE/got-by-address" && cmp -s "$STATE/got-by-address" "$STATE/www/hello.txt"; then
  pass "download by address through Tor ($ADDR:$HTTP_PORT)"
else
  fail "download by address through Tor ($ADDR:$HTTP_PORT)"; tail -n 3 "$STATE/curl.err"
fi
line="$(grep -m1 ' GET /hello.txt ' "$STATE/http.log" || true)"
if [ -n "$line" ]; then
  pass "the HTTP server logged the request (it saw client address ${line%% *}, i.e. an exit of the network)"
else
  fail "the HTTP server logged the request"
fi

if via_tor "http://web.tornet.test:$HTTP_PORT/hello.txt" "$STATE/got-by-name" && cmp -s "$STATE/got-by-name" "$STATE/www/hello.txt"; then
  pass "download by name through Tor (web.tornet.test resolved by the exit's DNS)"
else
  fail "download by name through Tor (web.tornet.test resolved by the exit's DNS)"; tail -n 3 "$STATE/curl.err"
fi
if grep -qi ' web\.tornet\.test 1$' "$STATE/dns-queries.log"; then
  pass "the namespace's DNS server got the exit's query for web.tornet.test (from $(grep -i ' web\.tornet\.test ' "$STATE/dns-queries.log" | head -n1 | cut -d' ' -f1))"
else
  fail "the namespace's DNS server got the exit's query for web.tornet.test"
fi

answer=""
for _ in 1 2 3; do
  answer="$(nsx "$PY" "$REPO_ROOT/scripts/e2e/tornet/dns_stub.py" query 127.0.0.1 "$DNS_PORT" registry.tornet.test 2>/dev/null)" && break
  sleep 2
done
if [ "$answer" = "$ADDR" ]; then pass "client DNSPort resolves registry.tornet.test to $ADDR through an exit"; else
  fail "client DNSPort resolves registry.tornet.test to $ADDR through an exit (got '${answer}')"
fi

# The exit policy: 10.151.0.2 is in the namespace but not a given address: refused.
if nsx curl -fsS --max-time 20 --socks5-hostname "127.0.0.1:$SOCKS_PORT" -o /dev/null "http://$OTHER:$HTTP_PORT/hello.txt" 2>"$STATE/curl-other.err"; then
  fail "exits refuse $OTHER (not a given address): the download succeeded"
else
  info "refused: $(head -n1 "$STATE/curl-other.err")"
  if [ -s "$STATE/http-other.log" ]; then fail "exits refuse $OTHER: its server saw: $(head -n1 "$STATE/http-other.log")"
  else pass "exits refuse $OTHER (not a given address); its server saw nothing"; fi
fi

# -- wait-bootstrap's failure path: a log that never gets there ------------------------------------
printf '%s\n' "Nov 23 08:00:00.000 [notice] Tor 0.4.9.11 running on Linux" \
  "Nov 23 08:00:01.000 [notice] Bootstrapped 5% (conn): Connecting to a relay" >"$STATE/stuck.log"
T0=$SECONDS
if bash "$TORNET" wait-bootstrap "$STATE/stuck.log" 2 >"$STATE/stuck.out" 2>&1; then
  fail "wait-bootstrap on a stuck log exits non-zero"
elif [ $((SECONDS - T0)) -le 10 ] && grep -q 'Bootstrapped 5%' "$STATE/stuck.out" &&
  grep -q 'last 30 lines of exit2' "$STATE/stuck.out" && grep -q '\[notice\]' "$STATE/stuck.out"; then
  pass "wait-bootstrap on a stuck log: exits 1 in time, prints the client's and the nodes' last log lines"
else
  fail "wait-bootstrap on a stuck log: exits 1 in time, prints the client's and the nodes' last log lines"
  tail -n 5 "$STATE/stuck.out"
fi
if bash "$TORNET" wait-bootstrap --cmd "cat '$STATE/client/notice.log'" 5 | grep -q '^tornet: client bootstrapped in [0-9]* s'; then
  pass "wait-bootstrap --cmd '<command>' reads the log from a command"
else
  fail "wait-bootstrap --cmd '<command>' reads the log from a command"
fi

# -- status, memory -------------------------------------------------------------------------------------
bash "$TORNET" status >"$STATE/status.txt" 2>&1
sed 's/^/  /' "$STATE/status.txt"
if [ "$(grep -cE '^(auth|relay|exit)[0-9]+ .* alive ' "$STATE/status.txt")" -ge 6 ] && ! grep -q ' DEAD ' "$STATE/status.txt"; then
  pass "status: all nodes alive"
else
  fail "status: all nodes alive"
fi
echo "  memory of the tor processes:"
tor_memory

# -- teardown ---------------------------------------------------------------------------------------------
client_pid="$(cat "$STATE/client/tor.pid" 2>/dev/null || true)"
[ -n "$client_pid" ] && kill "$client_pid" 2>/dev/null
if bash "$TORNET" down; then pass "tornet.sh down"; else fail "tornet.sh down"; fi
for _ in $(seq 1 25); do pgrep -f "$STATE/" >/dev/null || break; sleep 0.2; done
left="$(pgrep -af "$STATE/" | grep -E '(^| |/)tor ' || true)"
if [ -z "$left" ]; then pass "no tor process left (pgrep -af $STATE/)"; else fail "tor processes left: $left"; fi
if [ ! -e "$STATE/tornet" ]; then pass "tornet state removed"; else fail "tornet state removed"; fi
for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
PIDS=()
remove_netns
if netns_exists; then fail "namespace $NS removed"; else pass "namespace $NS removed"; fi

echo
[ "$FAILED" -eq 0 ] || printf 'failed: %s\n' "${FAILURES[@]}"
echo "tornet-selftest: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
