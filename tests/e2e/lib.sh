# shellcheck shell=bash
# Checks and helpers of the end-to-end test (scripts/e2e.sh). Every check records pass/fail;
# `summary` prints "N passed, M failed" and sets the exit code.

STACK=e2e
GATEWAY=gateway
BUILDER=builder1
CLIENTS=(client1 client2)
# PROJECT POOL BCMNET_NETWORK BCMNET_CIDR INSIDE DOMAIN DHCP_START DHCP_END UPSTREAM OUTSIDE_PARENT:
# what the e2e stack file deploys, read through the program's own config parser.
eval "$(cd "$REPO_ROOT" && ts-node --transpile-only tests/e2e/stack-constants.ts tests/e2e/Pulumi.e2e.yaml)" ||
  { echo "e2e: cannot read tests/e2e/Pulumi.e2e.yaml" >&2; exit 2; }
NETNS=upstream
NETNS_IF=bcmout1
STATE="${BCM_E2E_STATE:-/tmp/bcm-e2e}"
LOGS="$STATE/logs"
export BCM_E2E_STATE="$STATE"
# A new passphrase each run, in memory only: the day-2 checks show it reaches no file and no
# command line (tests/e2e/daytwo.sh).
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE:-bcm-e2e-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}"
STACK_CONFIG="$STATE/Pulumi.$STACK.yaml"
TEST_IMAGE=library/bcmtest:1
PUSHED_IMAGE="$DOMAIN:443/bcm/bcmtest:1"

PASSED=0
FAILED=0
SKIPPED=0
FAILURES=()
DEPLOY_DIR="$STATE/deploy"
mkdir -p "$LOGS"

phase() { printf '\n=== %s (%s) ===\n' "$*" "$(date +%T)"; }
pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); FAILURES+=("$*"); echo "FAIL: $*"; }
skip() { SKIPPED=$((SKIPPED + 1)); echo "SKIP: $*"; }
fatal() { fail "$*"; echo "e2e: cannot go on" >&2; exit 1; }
# expect <description> <command...>: pass if the command succeeds
expect() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# --- evidence: a check whose evidence is missing fails; it never passes by default ------------------
# (tests/scripts/evidence-blackout.sh runs every check with all its sources of evidence dead.)
# evident <what> <value>: true when the value is neither empty nor "null"; else says what is missing.
evident() { [ -n "$2" ] && [ "$2" != null ] && return 0; echo "e2e: no evidence: $1 is empty" >&2; return 1; }
# upstream_logs_alive <tag>: the upstream HTTP server and registry are up and log what they serve
# (a request of our own shows in each log), so "upstream saw nothing" in those logs is evidence.
upstream_logs_alive() {
  local path="/small.txt?control-$1-$RANDOM"
  up_ns curl -s -o /dev/null --max-time 5 "http://$UPSTREAM:8080$path" &&
    up_ns curl -s -o /dev/null --max-time 5 "http://$UPSTREAM:5000/v2/?control-$1" || {
    echo "e2e: no evidence: the upstream HTTP server or registry does not answer" >&2
    return 1
  }
  sleep 0.5
  grep -qF "$path" "$STATE/logs/http.log" 2>/dev/null && grep -qF "control-$1" "$STATE/logs/registry.log" 2>/dev/null ||
    { echo "e2e: no evidence: the upstream servers' logs do not show our own control requests" >&2; return 1; }
}
# lxd_names <list-command...>: the first CSV column of an `lxc ... list --format csv`; fails (no
# evidence) when LXD does not answer, so "X is not listed" is never concluded from a failed listing.
lxd_names() { local out; out=$("$@" --format csv) || { echo "e2e: no evidence: '$*' failed" >&2; return 1; }; cut -d, -f1 <<<"$out"; }

summary() {
  echo
  [ "$FAILED" -eq 0 ] || printf 'failed: %s\n' "${FAILURES[@]}"
  echo "e2e deployed with: $MODE"
  echo "e2e: $PASSED passed, $FAILED failed, $SKIPPED skipped"
  [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
}

lx() { lxc --project "$PROJECT" "$@"; }
# on <instance> <command...>: run in an instance, bounded in time
on() { local instance=$1; shift; timeout 180 lxc exec --project "$PROJECT" "$instance" -- "$@"; }
up_ns() { ip netns exec "$NETNS" "$@"; }
# The PID of an instance's init, to enter its network namespace from the host (tcpdump).
instance_pid() { lxc query "/1.0/instances/$1/state?project=$PROJECT" | jq -r .pid; }

# Commands that read the stack's config take --config-file (the e2e stack file lives in $STATE, not
# in the repository); `stack output` and `stack export` refuse it.
run_pulumi() { (cd "$REPO_ROOT" && pulumi --non-interactive "$@" --stack "$STACK" --config-file "$STACK_CONFIG"); }
run_pulumi_state() { (cd "$REPO_ROOT" && pulumi --non-interactive "$@" --stack "$STACK"); }

# Which path deploys: "engine" (pulumi up) whenever a complete engine exists, the same choice as
# scripts/deploy.sh (scripts/lib/env.sh bcm_engine_mode: a standard Pulumi install wins, else the
# one scripts/install-pulumi.sh built if nothing of it is missing), else "engine-less"
# (tests/e2e/deploy.ts: the program under the mock monitor, objects made with the LXD API).
# BCM_E2E_MODE forces one.
detect_mode() {
  if [ -n "${BCM_E2E_MODE:-}" ]; then MODE=$BCM_E2E_MODE; return; fi
  local engine
  engine=$(bcm_engine_mode)
  if [ "$engine" = standard ] || [ "$engine" = bcm ]; then
    MODE=engine
    echo "e2e: deploying with the $engine Pulumi engine ($(command -v pulumi))"
  else
    MODE=engine-less
    echo "e2e: no complete Pulumi engine here (bcm_engine_mode: '$engine'; see docs/engine.md): deploying engine-less;"
    echo "e2e: checks that need the engine (state, secrets in state, no-op up, destroy) are skipped"
  fi
}
MODE=undetected

deploy_tool() { (cd "$REPO_ROOT" && ts-node --transpile-only tests/e2e/deploy.ts "$@"); }
deploy_tool_secret_needles() { (cd "$REPO_ROOT" && ts-node --transpile-only tests/e2e/secret-needles.ts "$@"); }
# stack_secret_needles <file>: a line of every private key and every password of the stack, into <file>.
stack_secret_needles() {
  if [ "$MODE" = engine ]; then
    run_pulumi_state stack export --show-secrets --file "$STATE/export-secrets.json" >/dev/null 2>&1 &&
      deploy_tool_secret_needles engine "$STATE/export-secrets.json" >"$1"
    rm -f "$STATE/export-secrets.json"
  else
    deploy_tool_secret_needles engine-less "$DEPLOY_DIR/values.json" >"$1"
  fi
}

stack_output() { # stack_output <name> [--show-secrets]
  if [ "$MODE" = engine ]; then run_pulumi_state stack output "$@"; else jq -r --arg k "$1" '.[$k]' "$DEPLOY_DIR/outputs.json"; fi
}

# set_config <key> <value>: change a setting of the e2e stack; fails (and says why) when it did not.
# A JSON list ('["a", "b"]') is set the way the README tells users: one `config set --path` per
# element, after removing the old list.
set_config() {
  if [ "$MODE" = engine ]; then
    if [[ "$2" == "["* ]]; then
      local i element
      run_pulumi config rm "bcm:$1" >/dev/null 2>&1 # absent before: nothing to remove
      # An empty list: the setting's default (none).
      [ "$(jq length <<<"$2")" = 0 ] && return 0
      i=0
      while IFS= read -r element; do
        run_pulumi config set --path "bcm:$1[$i]" "$element" >/dev/null ||
          { echo "e2e: pulumi config set --path 'bcm:$1[$i]' failed" >&2; return 1; }
        i=$((i + 1))
      done < <(jq -r '.[]' <<<"$2")
      # What the stack holds now is the list asked for.
      [ "$(run_pulumi config get "bcm:$1" 2>/dev/null | jq -c .)" = "$(jq -c . <<<"$2")" ] ||
        { echo "e2e: bcm:$1 is not $2 after setting it" >&2; return 1; }
    else
      run_pulumi config set "bcm:$1" "$2" >/dev/null || { echo "e2e: pulumi config set bcm:$1 failed" >&2; return 1; }
    fi
    return 0
  fi
  node -e '
    const fs = require("fs"), yaml = require("js-yaml");
    const [file, key, value] = process.argv.slice(1);
    const doc = yaml.load(fs.readFileSync(file, "utf8"));
    doc.config["bcm:" + key] = /^[0-9]+$/.test(value) ? Number(value) : value.startsWith("[") ? JSON.parse(value) : value;
    fs.writeFileSync(file, yaml.dump(doc));' "$STACK_CONFIG" "$1" "$2"
}

deploy_up() { # deploy_up <log-name>
  if [ "$MODE" = engine ]; then
    run_pulumi up --yes --skip-preview >"$LOGS/$1.log" 2>&1
  elif [ -f "$DEPLOY_DIR/plan.json" ]; then
    cp "$DEPLOY_DIR/plan.json" "$DEPLOY_DIR/plan.previous.json"
    deploy_tool plan "$STACK_CONFIG" "$DEPLOY_DIR" >"$LOGS/$1.log" 2>&1 &&
      deploy_tool replace "$DEPLOY_DIR" "$DEPLOY_DIR/plan.previous.json" >>"$LOGS/$1.log" 2>&1 &&
      deploy_tool apply "$DEPLOY_DIR" >>"$LOGS/$1.log" 2>&1
  else
    deploy_tool plan "$STACK_CONFIG" "$DEPLOY_DIR" >"$LOGS/$1.log" 2>&1 &&
      deploy_tool apply "$DEPLOY_DIR" >>"$LOGS/$1.log" 2>&1
  fi
}

deploy_destroy() { # deploy_destroy <log-name>
  if [ "$MODE" = engine ]; then
    run_pulumi destroy --yes --skip-preview >"$LOGS/$1.log" 2>&1
  else
    deploy_tool destroy "$DEPLOY_DIR" >"$LOGS/$1.log" 2>&1
  fi
}

install_e2e_packages() {
  local missing=() pkg
  for pkg in nmap netcat-openbsd jq tcpdump iproute2 curl openssl gnupg; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

stack_init() {
  mkdir -p "$STATE/backend"
  cp "$REPO_ROOT/tests/e2e/Pulumi.e2e.yaml" "$STACK_CONFIG"
  [ "$MODE" = engine ] || return 0
  local repo_file="$REPO_ROOT/Pulumi.$STACK.yaml" had_file=0
  [ -e "$repo_file" ] && had_file=1
  (cd "$REPO_ROOT" && pulumi login "file://$STATE/backend") >/dev/null || return 1
  (cd "$REPO_ROOT" && pulumi stack init "$STACK" --secrets-provider passphrase --non-interactive) >/dev/null 2>&1 ||
    (cd "$REPO_ROOT" && pulumi stack select "$STACK" --non-interactive) || return 1
  # `stack init` writes the passphrase salt into Pulumi.e2e.yaml beside Pulumi.yaml: move it into
  # the e2e stack file and leave the repository as it was.
  if [ "$had_file" = 0 ] && [ -f "$repo_file" ]; then
    grep '^encryptionsalt:' "$repo_file" >>"$STACK_CONFIG" || return 1
    rm -f "$repo_file"
  fi
  grep -q '^encryptionsalt:' "$STACK_CONFIG" || { echo "e2e: no encryptionsalt in $STACK_CONFIG"; return 1; }
}

# Waits until cloud-init has finished on the gateway and the docker host and reports errors.
wait_for_hosts() {
  local host status
  for host in "$GATEWAY" "$BUILDER"; do
    status=$(on "$host" cloud-init status --wait 2>&1 | tail -1)
    # After its first run the host turns cloud-init off for later boots ("disabled"): then the
    # setup script's own log says whether it finished.
    if [[ "$status" == *disabled* ]] && on "$host" grep -q "^bcm-setup: done" /var/log/bcm-setup.log; then
      status="done (setup log)"
    fi
    if [[ "$status" != *done* ]]; then
      echo "e2e: $host: cloud-init $status"
      on "$host" tail -n 40 /var/log/bcm-setup.log || true
      return 1
    fi
  done
  wait_units_active
}

GATEWAY_UNITS=(nftables tor@default privoxy bcm-privoxy-squid bcm-privoxy-mirror squid bcm-registry-mirror bcm-registry-private bcm-dns-relay bcm-dns-gate dnsmasq)
wait_units_active() {
  local i unit inactive
  for i in $(seq 1 60); do
    inactive=()
    for unit in "${GATEWAY_UNITS[@]}"; do
      # Squid's and the mirror's privoxy instances exist only with their egress over Tor: the
      # stack lists them among its listeners (http-proxy-squid, http-proxy-mirror) then.
      if [[ "$unit" == bcm-privoxy-* ]] &&
        ! stack_output gatewayListeners | jq -e --arg s "http-proxy-${unit#bcm-privoxy-}" 'has($s)' >/dev/null; then
        continue
      fi
      on "$GATEWAY" systemctl is-active --quiet "$unit" 2>/dev/null || inactive+=("$unit")
    done
    on "$BUILDER" systemctl is-active --quiet docker 2>/dev/null || inactive+=("$BUILDER:docker")
    ((${#inactive[@]} == 0)) && return 0
    sleep 2
  done
  echo "e2e: not active after 120 s: ${inactive[*]}"
  return 1
}

instance_ipv4() { # the DHCP address of eth0 as LXD sees it
  lx list "^$1\$" --format csv -c 4 | grep -oE "${BCMNET_CIDR%.*/*}\.[0-9]+" | head -1
}

start_clients() {
  local client ip i
  for client in "${CLIENTS[@]}"; do
    lx delete --force "$client" >/dev/null 2>&1 || true
    lx launch "${BCM_IMAGE_ALIAS:-bcm-bookworm}" "$client" --profile bcm-unprivileged >/dev/null || return 1
  done
  for client in "${CLIENTS[@]}"; do
    for i in $(seq 1 90); do
      ip=$(instance_ipv4 "$client")
      [ -n "$ip" ] && break
      sleep 1
    done
    [ -n "$ip" ] || { echo "e2e: $client got no address"; return 1; }
    echo "e2e: $client has $ip"
  done
}

# --- 1. DHCP registers hostnames in DNS ------------------------------------------------------------
check_dhcp_dns() {
  local ip1 ip2 resolved lo hi
  ip1=$(instance_ipv4 client1)
  ip2=$(instance_ipv4 client2)
  lo=$(echo "$ip1" | cut -d. -f4)
  hi=$(echo "$ip2" | cut -d. -f4)
  local first=${DHCP_START##*.} last=${DHCP_END##*.}
  if ((lo >= first && lo <= last && hi >= first && hi <= last)); then
    pass "1: clients got DHCP addresses from the gateway's range ($ip1, $ip2)"
  else
    fail "1: client addresses outside the configured DHCP range: $ip1 $ip2"
  fi
  resolved=$(on client2 getent hosts "client1.$DOMAIN" | awk '{print $1}')
  evident "client1's address" "$ip1" && [ "$resolved" = "$ip1" ] && pass "1: client2 resolves client1.$DOMAIN to $ip1" ||
    fail "1: client2 resolved client1.$DOMAIN to '$resolved', expected $ip1"
  # dig retries a lost query (seen once right after `lxc restart gateway`) and then prints a
  # ";; communications error" line before the answer: the answer is what counts.
  resolved=$(on client1 dig +short +tries=3 "$DOMAIN" | grep -v '^;' | tail -1)
  [ "$resolved" = "$INSIDE" ] && pass "1: '$DOMAIN' resolves to the gateway" || fail "1: '$DOMAIN' resolved to '$resolved'"
  resolved=$(on client1 dig +short +tries=3 "mirror.$DOMAIN" | grep -v '^;' | tail -1)
  [ "$resolved" = "$INSIDE" ] && pass "1: mirror.$DOMAIN resolves to the gateway" ||
    fail "1: mirror.$DOMAIN resolved to '$resolved'"
}

# --- 2. no plaintext DNS on the outside link; resolution goes to Tor's DNSPort -----------------------
check_no_plaintext_dns() {
  local pid outside_pcap tor_pcap outside_count tor_count name control
  pid=$(instance_pid "$GATEWAY")
  outside_pcap="$STATE/outside-dns.pcap"
  tor_pcap="$STATE/tor-dns.pcap"
  rm -f "$outside_pcap" "$tor_pcap"
  # Tor's own TCP to the relays' ORPorts (7101-7109) is captured too: the lookups below go over Tor,
  # so seeing their cells proves the capture on the outside link saw the gateway's traffic.
  up_ns timeout 25 tcpdump -i "$NETNS_IF" -nn -U -w "$outside_pcap" 'port 53 or (tcp portrange 7101-7109)' 2>/dev/null &
  local dump_outside=$!
  nsenter -t "$pid" -n timeout 25 tcpdump -i lo -nn -U -w "$tor_pcap" 'udp port 5353' 2>/dev/null &
  local dump_tor=$!
  sleep 2
  for name in example.com debian.org bitcoin.org; do
    on client1 dig +time=2 +tries=1 "$name" >/dev/null 2>&1 || true
    on client2 dig +tcp +time=2 +tries=1 "$name" >/dev/null 2>&1 || true
  done
  on "$GATEWAY" getent hosts example.net >/dev/null 2>&1 || true
  wait "$dump_outside" "$dump_tor" 2>/dev/null
  outside_count=$(tcpdump -r "$outside_pcap" -nn 'port 53' 2>/dev/null | wc -l)
  control=$(tcpdump -r "$outside_pcap" -nn 'tcp portrange 7101-7109' 2>/dev/null | wc -l)
  tor_count=$(tcpdump -r "$tor_pcap" -nn 2>/dev/null | grep -c 'example.com\|debian.org\|bitcoin.org')
  if [ "$control" -eq 0 ]; then
    fail "2: control: the capture on the outside link saw no Tor traffic during the lookups (capture blind?)"
  elif [ "$outside_count" -eq 0 ]; then
    pass "2: no DNS packet (udp/tcp 53) left on the outside link ($control packets of Tor to its relays seen)"
  else
    fail "2: $outside_count DNS packets on the outside link"
  fi
  [ "$tor_count" -gt 0 ] && pass "2: clients' external lookups reached Tor's DNSPort ($tor_count packets)" ||
    fail "2: no lookup reached Tor's DNSPort 127.0.0.1:5353"
}

# Every listening socket on the gateway is on the inside address or loopback (DHCP: bound to eth1).
check_listeners() {
  local bad listeners
  listeners=$(on "$GATEWAY" ss -H -lntu | awk '{print $1, $5}')
  # Evidence: the list holds the services we know listen (DNS, Squid on the inside address).
  grep -q " $INSIDE:53\$" <<<"$listeners" && grep -q " $INSIDE:3128\$" <<<"$listeners" ||
    { fail "$1: the gateway's listening sockets could not be read (no DNS or Squid listener in '$listeners')"; return; }
  bad=$(grep -vE " ($INSIDE|127\.0\.0\.1|\[::1\]|0\.0\.0\.0%eth1|\[fe80::[0-9a-f:]+\]%eth1):[0-9]+$" <<<"$listeners" |
    grep -vE '^udp 0\.0\.0\.0:68$' || true)
  [ -z "$bad" ] && pass "$1: every gateway listener is on $INSIDE or loopback" ||
    fail "$1: listeners outside the inside address: $(echo "$bad" | tr '\n' ' ')"
}

# tcp_open_from_upstream <address> <port>: true when the port answers from upstream. Every caller
# asserts "refused": without an address there is no evidence, so that counts as open (the check fails).
# Control: the prober reaches upstream's own HTTP server, so a refusal is the target's, not the prober's.
tcp_open_from_upstream() {
  [ -n "$1" ] || { echo "e2e: no address to probe from upstream (port $2): no evidence, counted as open" >&2; return 0; }
  up_ns timeout 6 nc -z -w 4 "$UPSTREAM" 8080 >/dev/null 2>&1 ||
    { echo "e2e: control: upstream cannot reach its own HTTP server: no evidence, counted as open" >&2; return 0; }
  up_ns timeout 6 nc -z -w 4 "$1" "$2" >/dev/null 2>&1
}

# with_route_to_bcmnet <outside> <command...>: run a command in upstream with a route to bcmnet via
# the gateway's outside address. Callers assert the command fails: a route that could not be set
# (no address) is no evidence, so it returns 0 (the check fails).
with_route_to_bcmnet() {
  local outside=$1; shift
  up_ns ip route replace "$BCMNET_CIDR" via "$outside" dev "$NETNS_IF" ||
    { echo "e2e: no route to bcmnet via '$outside': no evidence" >&2; return 0; }
  "$@"; local rc=$?
  up_ns ip route del "$BCMNET_CIDR" via "$outside" dev "$NETNS_IF" 2>/dev/null
  return $rc
}

# The stack output gatewayOutsideAddress; empty when the stack does not carry it (the callers' checks
# then fail: see tcp_open_from_upstream, and check_outside_scan's first check).
outside_address() { stack_output gatewayOutsideAddress 2>/dev/null | grep -v '^null$'; }

# --- 3. Tor SOCKS: answers bcmnet, refuses upstream ----------------------------------------------
check_tor_socks() {
  local reply outside
  reply=$(on client1 bash -c "printf '\\x05\\x01\\x00' | timeout 5 nc -w 3 $INSIDE 9050 | od -An -tx1" | tr -d ' \n')
  [ "$reply" = "0500" ] && pass "3: Tor SOCKS5 on $INSIDE:9050 answers a bcmnet client (no-auth accepted)" ||
    fail "3: Tor SOCKS5 greeting from bcmnet got '$reply'"
  outside=$(outside_address)
  tcp_open_from_upstream "$outside" 9050 && fail "3: SOCKS port open on the outside address $outside" ||
    pass "3: SOCKS port refused from upstream on the outside address"
  with_route_to_bcmnet "$outside" tcp_open_from_upstream "$INSIDE" 9050 &&
    fail "3: SOCKS port reachable from upstream via the gateway" ||
    pass "3: SOCKS port refused from upstream even when routed to the inside address"
  on "$GATEWAY" grep -qx "SocksPolicy reject \*" /etc/tor/torrc && pass "3: SocksPolicy rejects all but bcmnet" ||
    fail "3: SocksPolicy reject * missing"
  check_listeners 3
}

# --- 4. HTTP over Tor: privoxy answers bcmnet and hands requests to Tor's SOCKS port ---------------
check_http_over_tor() {
  local pid pcap code seen tor_port
  pid=$(instance_pid "$GATEWAY")
  pcap="$STATE/privoxy-socks.pcap"
  # privoxy's own Tor port (stream isolation), as the stack reports its listeners.
  tor_port=$(stack_output gatewayListeners | jq -r '."tor-socks-http-proxy" // empty' | sed 's/.*://')
  [ -n "$tor_port" ] || { fail "4: the stack lists no Tor port for the HTTP proxy (tor-socks-http-proxy)"; return; }
  nsenter -t "$pid" -n timeout 20 tcpdump -i lo -nn -U -w "$pcap" "tcp dst port $tor_port and tcp[tcpflags] & tcp-syn != 0" 2>/dev/null &
  local dump=$!
  sleep 2
  # Tor has no network here, so a forwarded request never completes: trigger one, bounded.
  on client1 curl -s -o /dev/null --max-time 8 -x "http://$INSIDE:8118" http://example.com/ || true
  wait "$dump" 2>/dev/null
  seen=$(tcpdump -r "$pcap" -nn 2>/dev/null | wc -l)
  [ "$seen" -gt 0 ] && pass "4: privoxy handed the request to its own Tor SOCKS port $tor_port ($seen connections)" ||
    fail "4: privoxy did not connect to its Tor SOCKS port $tor_port"
  # privoxy answers bcmnet: its own status page (served by privoxy itself, nothing forwarded).
  code=$(on client1 curl -s -o /tmp/privoxy-page -w '%{http_code}' --max-time 10 -x "http://$INSIDE:8118" http://p.p/)
  if [ "$code" = 200 ] && on client1 grep -q "Privoxy" /tmp/privoxy-page; then
    pass "4: privoxy answers a bcmnet client (its status page, HTTP 200)"
  else
    fail "4: privoxy status page returned HTTP $code"
  fi
  tcp_open_from_upstream "$(outside_address)" 8118 && fail "4: privoxy reachable from upstream" ||
    pass "4: privoxy refused from upstream"
}

# squid_fetch <client> <url> -> http code. Squid's misses go over the e2e's private Tor network,
# whose consensus lists no exit now and then for some seconds (it is re-voted every 20 s): a
# 502-504 is retried, 4 times at most, 6 s apart; any other answer counts as it is.
squid_fetch() {
  local code try
  for try in 1 2 3 4; do
    code=$(on "$1" curl -s -o /dev/null -w '%{http_code}' --max-time 60 -x "http://$INSIDE:3128" "$2")
    [[ "$code" =~ ^50[234]$ ]] || break
    sleep 6
  done
  echo "$code"
}
# How many requests for <path> the upstream HTTP server has logged.
# No log: no number (the callers' arithmetic then fails the check).
upstream_http_requests() { [ -f "$STATE/logs/http.log" ] && awk -v p="$1" '$3 == p' "$STATE/logs/http.log" | wc -l; }

# --- 5. Squid: fetch through it, second fetch is a hit, upstream refused -----------------------------
check_squid() {
  local tag=${1:-5} file=${2:-1M.bin} code1 code2 before after xcache
  before=$(upstream_http_requests "/$file")
  code1=$(squid_fetch client1 "http://$UPSTREAM:8080/$file")
  xcache=$(on client2 curl -s -D - -o /dev/null --max-time 60 -x "http://$INSIDE:3128" "http://$UPSTREAM:8080/$file" |
    tr -d '\r' | grep -i '^x-cache:' | head -1)
  code2=$(squid_fetch client2 "http://$UPSTREAM:8080/$file")
  after=$(upstream_http_requests "/$file")
  [ "$code1" = 200 ] && [ "$code2" = 200 ] && pass "$tag: two clients fetched $file through Squid" ||
    fail "$tag: Squid fetch of $file returned $code1/$code2"
  # Evidence from both ends: Squid says HIT, and upstream saw at most the one miss.
  [[ "$xcache" == *HIT* ]] && evident "upstream's request count" "$before$after" && [ $((after - before)) -le 1 ] &&
    pass "$tag: repeated fetches of $file were cache hits ($xcache; upstream saw $((after - before)) request)" ||
    fail "$tag: not served from the cache: '$xcache', upstream saw $((after - before)) requests"
  if [ "$tag" = 5 ]; then
    code1=$(squid_fetch client1 "http://127.0.0.1:9051/")
    [ "$code1" = 403 ] && pass "5: Squid refuses the gateway's localhost services (403)" ||
      fail "5: request to 127.0.0.1 through Squid returned $code1"
    code1=$(squid_fetch client1 "http://$INSIDE:8118/")
    [ "$code1" = 403 ] && pass "5: Squid refuses the gateway's own services on its inside address (403)" ||
      fail "5: request to $INSIDE:8118 through Squid returned $code1"
    code1=$(on client1 curl -s -o /dev/null -w '%{http_connect}' --max-time 20 -p -x "http://$INSIDE:3128" "http://$UPSTREAM:8080/small.txt")
    [ "$code1" = 403 ] && pass "5: Squid refuses CONNECT to a port other than 443" ||
      fail "5: CONNECT to port 8080 through Squid returned $code1"
    tcp_open_from_upstream "$(outside_address)" 3128 && fail "5: Squid reachable from upstream" ||
      pass "5: Squid refused from upstream"
  fi
}

# No log: no number (the callers' comparisons then fail).
upstream_requests() { [ -f "$STATE/logs/registry.log" ] && { grep -c "/v2/library/bcmtest/" "$STATE/logs/registry.log" || true; }; }
docker_on() { on "$BUILDER" docker "$@"; }
# A pull whose misses go over the private Tor network: retried like squid_fetch (no exit listed
# for a few seconds now and then).
mirror_pull() {
  local try
  for try in 1 2 3; do
    docker_on pull "$1" && return 0
    sleep 6
  done
  return 1
}

# --- 6. registries with the real dockerd ----------------------------------------------------------------
check_registries() {
  local tag=${1:-6} before after digest out
  if [ "$tag" = 6 ]; then
    before=$(upstream_requests)
    mirror_pull "$TEST_IMAGE" >"$LOGS/pull1.log" 2>&1 && pass "6: docker pull $TEST_IMAGE through the mirror" ||
      { fail "6: docker pull through the mirror failed: $(tail -2 "$LOGS/pull1.log")"; return; }
    after=$(upstream_requests)
    [ "$after" -gt "$before" ] && pass "6: the first pull reached the upstream registry ($((after - before)) requests)" ||
      fail "6: the first pull did not reach upstream: the mirror was bypassed?"
    [ -n "$(on "$GATEWAY" find /var/lib/bcm/registry-mirror -path '*library/bcmtest*' -name link)" ] &&
      pass "6: the mirror stored the image on its volume" || fail "6: nothing stored by the mirror"
    out=$(docker_on run --rm "$TEST_IMAGE" echo hello-from-bcmtest 2>&1)
    [ "$out" = hello-from-bcmtest ] && pass "6: the pulled image runs" || fail "6: docker run printed '$out'"
    digest=$(sed -n 's/^manifest=//p' "$STATE/testimage/digests")
    docker_on rmi -f "$TEST_IMAGE" >/dev/null 2>&1
    before=$(upstream_requests)
    docker_on pull "library/bcmtest@$digest" >"$LOGS/pull2.log" 2>&1 &&
      pass "6: second pull (by digest) after removing the local image" ||
      fail "6: second pull failed: $(tail -2 "$LOGS/pull2.log")"
    after=$(upstream_requests)
    [ "$after" -eq "$before" ] && pass "6: the second pull did not touch upstream (served from the mirror)" ||
      fail "6: the second pull made $((after - before)) upstream requests"
    docker_on tag "library/bcmtest@$digest" "$PUSHED_IMAGE" >/dev/null
    docker_on push "$PUSHED_IMAGE" >"$LOGS/push.log" 2>&1 && pass "6: docker push $PUSHED_IMAGE" ||
      fail "6: docker push failed: $(tail -2 "$LOGS/push.log")"
  fi
  docker_on rmi -f "$PUSHED_IMAGE" >/dev/null 2>&1
  docker_on pull "$PUSHED_IMAGE" >"$LOGS/pull-private-$tag.log" 2>&1 &&
    pass "$tag: docker pull $PUSHED_IMAGE from the private registry" ||
    fail "$tag: pull from the private registry failed: $(tail -2 "$LOGS/pull-private-$tag.log")"
  [ "$tag" = 6 ] && check_registry_tls
}

# Registry TLS from a plain bcmnet client: no client certificate and TLS 1.2 are refused.
check_registry_tls() {
  local endpoint rc code out
  stack_output caCertificate >"$STATE/ca.crt"
  stack_output dockerClientCert >"$STATE/client.cert"
  stack_output dockerClientKey --show-secrets >"$STATE/client.key"
  for f in ca.crt client.cert client.key; do lx file push "$STATE/$f" "client1/root/$f" >/dev/null; done
  for endpoint in "mirror.$DOMAIN:5000" "$DOMAIN:443"; do
    code=$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 10 --tlsv1.3 --cacert /root/ca.crt \
      --cert /root/client.cert --key /root/client.key "https://$endpoint/v2/")
    [ "$code" = 200 ] && pass "6: $endpoint accepts our client certificate over TLS 1.3" ||
      fail "6: $endpoint with our client certificate returned $code"
    # In TLS 1.3 the server's rejection (an alert) comes after the client's Finished, so ask for
    # a page and look at what comes back: an alert and no HTTP response.
    out=$(on client1 bash -c "(printf 'GET /v2/ HTTP/1.0\r\n\r\n'; sleep 2) |
      timeout 10 openssl s_client -connect $endpoint -servername ${endpoint%:*} -CAfile /root/ca.crt 2>&1")
    if [[ "$out" == *"alert"* ]] && [[ "$out" != *"HTTP/1."* ]]; then
      pass "6: $endpoint refuses a client without certificate ($(grep -o 'alert [a-z ]*' <<<"$out" | head -1))"
    else
      fail "6: $endpoint without client certificate: $(tail -2 <<<"$out" | tr '\n' ' ')"
    fi
    on client1 curl -s -o /dev/null --max-time 10 --tlsv1.2 --tls-max 1.2 --cacert /root/ca.crt \
      --cert /root/client.cert --key /root/client.key "https://$endpoint/v2/"
    rc=$?
    [ "$rc" = 35 ] && pass "6: $endpoint refuses a TLS 1.2-only client (curl exit 35)" ||
      fail "6: $endpoint with TLS 1.2 only: curl exit $rc"
  done
}

# --- 7. bounded scan of the outside address from upstream: nothing open -------------------------------
check_outside_scan() {
  local outside tcp_open udp_open control
  outside=$(outside_address)
  [[ "$outside" == "${UPSTREAM%.*}".* ]] && pass "7: the gateway's outside address $outside came from upstream DHCP" ||
    { fail "7: unexpected outside address '$outside'"; return; }
  # Control: the scanner does see open ports (upstream's own HTTP server and registry).
  control=$(up_ns timeout 60 nmap -Pn -n -sT -p 5000,8080 "$UPSTREAM" -oG - | grep -o '[0-9]*/open' | wc -l)
  [ "$control" -eq 2 ] || { fail "7: scanner control found $control of 2 open ports"; return; }
  # nmap's own end line ("1 IP address (1 host up) scanned") is the evidence that the scan ran.
  up_ns timeout 900 nmap -Pn -n -sT -p- --max-retries 1 --min-rate 3000 "$outside" -oG - >"$LOGS/nmap-tcp.txt" 2>&1
  tcp_open=$(grep -o '[0-9]*/open/' "$LOGS/nmap-tcp.txt" | tr '\n' ' ')
  if ! grep -q '(1 host up) scanned' "$LOGS/nmap-tcp.txt"; then
    fail "7: the TCP scan of $outside did not complete: $(tail -2 "$LOGS/nmap-tcp.txt" | tr '\n' ' ')"
  else
    [ -z "$tcp_open" ] && pass "7: no TCP port (1-65535) open on $outside" || fail "7: open TCP ports: $tcp_open"
  fi
  up_ns timeout 600 nmap -Pn -n -sU --top-ports 200 --max-retries 1 "$outside" -oG - >"$LOGS/nmap-udp.txt" 2>&1
  udp_open=$(grep -oE '[0-9]+/open/' "$LOGS/nmap-udp.txt" | tr '\n' ' ')
  if ! grep -q '(1 host up) scanned' "$LOGS/nmap-udp.txt"; then
    fail "7: the UDP scan of $outside did not complete: $(tail -2 "$LOGS/nmap-udp.txt" | tr '\n' ' ')"
  else
    [ -z "$udp_open" ] && pass "7: none of the 200 most common UDP ports open on $outside" ||
      fail "7: open UDP ports: $udp_open"
  fi
}

# --- 8. no private key or generated password in plaintext in the stack state --------------------------
check_no_plaintext_secrets() {
  [ "$MODE" = engine ] || { skip "8: secrets in the stack state (needs the engine)"; return; }
  local plain revealed needles count leaked
  plain="$STATE/export.json"
  revealed="$STATE/export-secrets.json"
  needles="$STATE/state-needles"
  rm -f "$plain" "$revealed" "$needles"
  run_pulumi_state stack export --file "$plain" >"$LOGS/export.log" 2>&1 &&
    run_pulumi_state stack export --show-secrets --file "$revealed" >>"$LOGS/export.log" 2>&1 ||
    { fail "8: pulumi stack export failed (see $LOGS/export.log)"; return; }
  # Evidence first: the revealed export must yield the keys and passwords we look for.
  deploy_tool_secret_needles engine "$revealed" >"$needles" ||
    { fail "8: no private key or password found even in the revealed export"; rm -f "$revealed"; return; }
  count=$(wc -l <"$needles")
  leaked=$(grep -cF -f "$needles" "$plain" || true)
  if [ "$leaked" -eq 0 ] && ! grep -q "PRIVATE KEY" "$plain"; then
    pass "8: stack export holds none of $count key lines and passwords in plaintext"
  else
    fail "8: $leaked lines of the stack export hold a private key or password in plaintext"
  fi
  rm -f "$revealed" "$needles"
}

# --- 9. a second up changes nothing ---------------------------------------------------------------------
check_idempotent() {
  [ "$MODE" = engine ] || { skip "9: no-op pulumi up (needs the engine)"; return; }
  run_pulumi preview --expect-no-changes >"$LOGS/preview-noop.log" 2>&1 &&
    pass "9: pulumi preview --expect-no-changes after up" ||
    fail "9: a second preview wants changes (see $LOGS/preview-noop.log)"
}

# --- 10. a changed setting reaches the running services, data survives ----------------------------------
check_config_change() {
  # Revoke the phone's access to the onion service (tests/e2e/onion.sh).
  set_config squidCacheSizeMb 1536 && set_config bcmnetDhcpLeaseTime 2h &&
    set_config onionServices '["registry 443 privateRegistry laptop"]' ||
    { fail "10: the changed settings could not be set"; return; }
  # The same up is a day inside the certificates' renewal window (tests/e2e/daytwo.sh).
  rotation_before
  export BCM_E2E_TLS_CLOCK_SHIFT_HOURS=$ROTATION_SHIFT_HOURS
  deploy_up up-change || { unset BCM_E2E_TLS_CLOCK_SHIFT_HOURS; fail "10: redeploy with changed settings failed (see $LOGS/up-change.log)"; return; }
  unset BCM_E2E_TLS_CLOCK_SHIFT_HOURS
  wait_for_hosts || { fail "10: the gateway did not come back after the change"; return; }
  # A new gateway: point its Tor at the private network again (tests/e2e/tor.sh).
  point_gateway_tor || { fail "10: the new gateway's Tor did not bootstrap"; return; }
  on "$GATEWAY" grep -q "^cache_dir .* 1536 " /etc/squid/squid.conf &&
    pass "10: Squid runs with the new cache size" || fail "10: squid.conf has not the new cache size"
  on "$GATEWAY" grep -qE '^dhcp-range=.*,2h$' /etc/dnsmasq.conf && pass "10: dnsmasq runs with the new lease time" ||
    fail "10: dnsmasq.conf has not the new lease time"
  on "$GATEWAY" systemctl is-active --quiet squid && pass "10: squid active after the change" || fail "10: squid inactive"
  check_registries 10
  rotation_after
}

# --- 11. restart: every service comes back ----------------------------------------------------------------
check_restart() {
  check_restart_times
  wait_units_active && pass "11: every gateway service is active after lxc restart" ||
    fail "11: services inactive after restart"
  check_dhcp_dns
  check_squid 11 16M.bin
  check_registries 11
}

# --- 12. destroy leaves nothing of the project in LXD -------------------------------------------------------
check_destroy() {
  local client
  for client in "${CLIENTS[@]}"; do lx delete --force "$client" >/dev/null 2>&1; done
  deploy_destroy destroy && pass "12: destroy ($MODE)" || fail "12: destroy failed (see $LOGS/destroy.log)"
  local projects networks pools
  projects=$(lxd_names lxc project list) || { fail "12: LXD's project list could not be read"; return; }
  networks=$(lxd_names lxc network list) || { fail "12: LXD's network list could not be read"; return; }
  pools=$(lxd_names lxc storage list) || { fail "12: LXD's storage pool list could not be read"; return; }
  # Evidence that the lists are LXD's: the default project is always there.
  grep -qx 'default\( (current)\)\?' <<<"$projects" || { fail "12: no 'default' project in LXD's list: '$projects'"; return; }
  grep -qx "$PROJECT\( (current)\)\?" <<<"$projects" && fail "12: project $PROJECT still exists" ||
    pass "12: no project $PROJECT (so no instance, profile or volume in it)"
  grep -qx "$BCMNET_NETWORK" <<<"$networks" && fail "12: network $BCMNET_NETWORK still exists" ||
    pass "12: network $BCMNET_NETWORK removed"
  grep -qx "$POOL" <<<"$pools" && fail "12: pool $POOL still exists" ||
    pass "12: storage pool $POOL removed"
  DESTROYED=1
}

# Removes whatever a previous, interrupted run left (LXD objects, netns, veth), without Pulumi.
teardown_leftovers() {
  local name volume
  if lxc project list --format csv | grep -q "^$PROJECT"; then
    for name in $(lx list --format csv -c n); do lx delete --force "$name" >/dev/null 2>&1; done
    for volume in $(lxc storage volume list "$POOL" --project "$PROJECT" --format csv 2>/dev/null | awk -F, '$1=="custom"{print $2}'); do
      lxc storage volume delete "$POOL" "$volume" --project "$PROJECT" >/dev/null 2>&1
    done
    for name in $(lx profile list --format csv | cut -d, -f1 | grep -v '^default$'); do lx profile delete "$name" >/dev/null 2>&1; done
    lxc project delete "$PROJECT" >/dev/null 2>&1
  fi
  lxc network delete "$BCMNET_NETWORK" >/dev/null 2>&1
  lxc storage delete "$POOL" >/dev/null 2>&1
  pkill -f "$STATE/onion-client-" 2>/dev/null
  declare -F lan_teardown >/dev/null && lan_teardown
  declare -F cluster_teardown >/dev/null && cluster_teardown quiet
  declare -F remote_leftovers >/dev/null && remote_leftovers
  bash "$REPO_ROOT/scripts/e2e/tornet.sh" down >/dev/null 2>&1
  bash "$REPO_ROOT/scripts/e2e/topology.sh" down >/dev/null 2>&1
  rm -rf "$STATE/backend" "$DEPLOY_DIR"
  true
}

DESTROYED=0
# Destroys the deployment (engine or engine-less) and whatever else the run created.
cleanup_deployment() {
  if [ "$DESTROYED" = 0 ] && { [ -d "$STATE/backend" ] || [ -f "$DEPLOY_DIR/plan.json" ]; }; then
    for client in "${CLIENTS[@]}"; do lx delete --force "$client" >/dev/null 2>&1; done
    deploy_destroy destroy-teardown || echo "e2e: destroy failed in teardown; removing LXD objects directly"
  fi
  teardown_leftovers
  if [ "$MODE" = engine ]; then (cd "$REPO_ROOT" && pulumi logout >/dev/null 2>&1); fi
  rm -rf "$DEPLOY_DIR"
}

teardown() {
  local rc=$?
  phase "teardown"
  cleanup_deployment
  declare -F remote_cleanup >/dev/null && remote_cleanup
  if [ -n "${LEAK_PCAP:-}" ]; then # the private Tor network ran
    [ -n "$(pgrep -af "$STATE/tornet" | grep -v pgrep)" ] && fail "teardown: a tor process of the private network survived" ||
      pass "teardown: no tor process of the private network is left"
  fi
  summary
  local ok=$?
  [ $rc -ne 0 ] && exit $rc
  exit $ok
}
