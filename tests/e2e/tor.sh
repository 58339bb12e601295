# shellcheck shell=bash
# The e2e's private Tor network (scripts/e2e/tornet.sh, in the "upstream" namespace) and the checks
# that go through it: DNS, SOCKS5, the HTTP proxy, Squid and the mirror over Tor, each asserted at
# the far end (which address the upstream server saw), and the leak test (a capture on the
# upstream side of the outside link sees only DHCP, ARP/neighbour discovery and Tor's own TCP to
# the relays). Sourced after tests/e2e/lib.sh and probe.sh.
#
# How the gateway's Tor reaches the private network, for this test only: the product's torrc is
# for the real Tor network and has no switch for another one. The e2e appends the network's
# client fragment (TestingTorNetwork, its DirAuthority lines) to the deployed gateway's
# /etc/tor/torrc with `lxc exec` and restarts Tor: an out-of-band edit of a test deployment,
# redone after each replacement of the gateway, that no setting of the program can produce.

TORNET="$REPO_ROOT/scripts/e2e/tornet.sh"
DNS_CHECK_NAME=dns-check.bcm-e2e.net
# A public address nobody contacts (the historical example.com): dnsmasq's rebinding protection
# drops private and documentation ranges (TEST-NETs included) from upstream answers.
DNS_CHECK_ADDRESS=93.184.216.34
FILES_NAME=files.bcm-e2e.net
TORNET_BOOTSTRAP_TIMEOUT=${TORNET_BOOTSTRAP_TIMEOUT:-180}

tornet_start() { # in the background while the deployment runs: the consensus takes ~20-50 s
  TORNET_NO_WAIT=1 bash "$TORNET" up "$NETNS" "$UPSTREAM" >"$LOGS/tornet-up.log" 2>&1
}

gateway_tor_log() { on "$GATEWAY" journalctl -u tor@default --no-pager -o short-iso 2>/dev/null; }

# Points the deployed gateway's Tor at the private network and waits for its 100 % bootstrap.
point_gateway_tor() {
  local fragment="$STATE/tornet/client.torrc-fragment" start=$SECONDS
  bash "$TORNET" wait-consensus 150 >>"$LOGS/tornet-up.log" 2>&1 ||
    { fail "tor: the private Tor network published no consensus: $(tail -3 "$LOGS/tornet-up.log" | tr '\n' ' ')"; return 1; }
  [ -s "$fragment" ] || { fail "tor: no client fragment at $fragment"; return 1; }
  on "$GATEWAY" sh -c 'grep -q "^TestingTorNetwork" /etc/tor/torrc || { printf "\n# e2e only: the private Tor network\n"; cat; } >>/etc/tor/torrc' <"$fragment"
  on "$GATEWAY" systemctl restart tor@default
  if bash "$TORNET" wait-bootstrap --cmd "lxc exec --project $PROJECT $GATEWAY -- journalctl -u tor@default --no-pager -o short-iso" \
    "$TORNET_BOOTSTRAP_TIMEOUT" >"$LOGS/tor-bootstrap.log" 2>&1; then
    pass "tor: the gateway's Tor bootstrapped 100 % on the private network ($(grep -o 'bootstrapped in [0-9]* s' "$LOGS/tor-bootstrap.log" | head -1); $((SECONDS - start)) s here)"
  else
    fail "tor: the gateway's Tor did not bootstrap within ${TORNET_BOOTSTRAP_TIMEOUT} s:"
    tail -40 "$LOGS/tor-bootstrap.log"
    return 1
  fi
}

# --- before Tor has a network: fail cleanly and quickly, no plaintext fallback --------------------
check_tor_not_bootstrapped() {
  local start status code secs out proto
  # The DNS gate keeps the relay closed while Tor has no circuit: SERVFAIL at once, over UDP and
  # TCP (Tor itself would hold the query up to 2 minutes). Never an answer: no plaintext fallback.
  for proto in "" +tcp; do
    start=$EPOCHREALTIME
    out=$(on client1 dig $proto +time=10 +tries=1 "$DNS_CHECK_NAME" @"$INSIDE" 2>&1)
    secs=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    status=$(grep -o 'status: [A-Z]*' <<<"$out" | head -1)
    if grep -q "^$DNS_CHECK_NAME\..*IN[[:space:]]*A[[:space:]]" <<<"$out"; then
      fail "tor-down: $DNS_CHECK_NAME resolved while Tor had no network: $(grep -m1 "IN[[:space:]]*A" <<<"$out")"
    elif [ "$status" = "status: SERVFAIL" ] && awk -v s="$secs" 'BEGIN { exit !(s < 2) }'; then
      pass "tor-down: ${proto:-udp} lookup of $DNS_CHECK_NAME answers SERVFAIL in ${secs} s while Tor has no network (no fallback)"
    else
      fail "tor-down: ${proto:-udp} lookup of $DNS_CHECK_NAME got '${status:-no answer}' after ${secs} s (expected SERVFAIL within 2 s)"
    fi
  done
  grep -q "Tor has no circuit" <<<"$(on "$GATEWAY" journalctl -u bcm-dns-gate --no-pager 2>/dev/null)" &&
    pass "tor-down: the DNS gate logged that Tor has no circuit" ||
    fail "tor-down: the DNS gate did not log Tor's missing circuit"
  code=$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 60 -x "http://$INSIDE:3128" "http://$UPSTREAM:8080/small.txt?tor-down")
  [[ "$code" =~ ^5[0-9][0-9]$ ]] && pass "tor-down: Squid fails the request cleanly (HTTP $code) while Tor has no network" ||
    fail "tor-down: Squid answered HTTP $code while Tor has no network"
  push_client_bundle
  local registry_before
  registry_before=$(upstream_requests)
  start=$EPOCHREALTIME
  code=$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 60 --cacert /root/ca.crt \
    --cert /root/client.cert --key /root/client.key "https://mirror.$DOMAIN:5000/v2/library/bcmtest/manifests/1")
  secs=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  [[ "$code" =~ ^[45][0-9][0-9]$ ]] && pass "tor-down: the mirror fails an uncached pull cleanly (HTTP $code in ${secs} s) while Tor has no network" ||
    fail "tor-down: the mirror answered '$code' after ${secs} s while Tor has no network"
  # "Nothing reached upstream" counts only when upstream's logs are seen to log (a request of our own).
  upstream_logs_alive without-tor || { fail "tor-down: the upstream servers' logs are no evidence (see above)"; return; }
  ! grep -q "tor-down" "$STATE/logs/http.log" && pass "tor-down: nothing reached the upstream HTTP server" ||
    fail "tor-down: the upstream HTTP server was reached while Tor had no network"
  evident "the upstream registry's request count" "$registry_before" && [ "$(upstream_requests)" = "$registry_before" ] &&
    pass "tor-down: nothing reached the upstream registry" ||
    fail "tor-down: the upstream registry was reached while Tor had no network (or its log is missing)"
}

# Request lines of the upstream HTTP server's log whose client is not <address>.
http_requests_not_from() { awk -v a="$1" '$2 ~ /^(GET|HEAD|POST|PUT)$/ && $1 != a' "$STATE/logs/http.log"; }

# tor_fetch <curl args...>: HTTP code from client1; up to 3 tries (a stream over a fresh circuit
# can fail now and then on the private network).
tor_fetch() {
  local code try
  for try in 1 2 3 4; do
    code=$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$@")
    [ "$code" = 200 ] && break
    sleep 6 # the private network's consensus may list no exit for a few seconds
  done
  echo "$code"
}

# exit_seen <log-line>: the client address the upstream server logged is the exit's, not ours
exit_seen() { [ "${1%% *}" = "$UPSTREAM" ]; }

# --- through the private Tor network, asserted at the far end --------------------------------------
check_over_tor() {
  local outside answer line path code
  outside=$(outside_address)
  answer=$(on client1 dig +short +time=20 +tries=2 "$DNS_CHECK_NAME" @"$INSIDE" 2>/dev/null | grep -v '^;' | tail -1)
  [ "$answer" = "$DNS_CHECK_ADDRESS" ] && pass "tor: a client resolves $DNS_CHECK_NAME (known only upstream) to $answer over Tor" ||
    fail "tor: $DNS_CHECK_NAME resolved to '$answer'"
  # Exits randomise the case of names they resolve (0x20): match without case.
  if grep -i "$DNS_CHECK_NAME" "$STATE/logs/dns.log" | grep -q "from $outside\$"; then
    fail "tor: the upstream DNS server got a query from the gateway's outside address $outside"
  elif grep -i "$DNS_CHECK_NAME" "$STATE/logs/dns.log" | grep -q "from $UPSTREAM\$"; then
    pass "tor: the upstream DNS server saw the query from the exit ($UPSTREAM), never from $outside"
  else
    fail "tor: the upstream DNS server logged no query for $DNS_CHECK_NAME"
  fi

  path="/small.txt?via=socks5h-$RANDOM"
  code=$(tor_fetch --socks5-hostname "$INSIDE:9050" "http://$FILES_NAME:8080$path")
  line=$(awk -v p="$path" '$3 == p' "$STATE/logs/http.log" | tail -1)
  [ "$code" = 200 ] && exit_seen "$line" &&
    pass "tor: SOCKS5 with remote resolution fetched $FILES_NAME; the server saw ${line%% *} (an exit)" ||
    fail "tor: SOCKS5 fetch returned $code, server saw '${line%% *}'"

  path="/small.txt?via=privoxy-$RANDOM"
  code=$(tor_fetch -x "http://$INSIDE:8118" "http://$FILES_NAME:8080$path")
  line=$(awk -v p="$path" '$3 == p' "$STATE/logs/http.log" | tail -1)
  [ "$code" = 200 ] && exit_seen "$line" &&
    pass "tor: the HTTP-over-Tor proxy fetched $FILES_NAME; the server saw ${line%% *} (an exit)" ||
    fail "tor: privoxy fetch returned $code, server saw '${line%% *}'"
  if ! evident "the upstream server's log line of the privoxy fetch" "$line"; then
    fail "tor: no request of the privoxy fetch in the upstream server's log: its headers cannot be checked"
  elif grep -qiE '"(via|x-forwarded-for|forwarded)"' <<<"$line"; then
    fail "tor: privoxy added identifying headers: $line"
  else
    pass "tor: privoxy sent no Via or X-Forwarded-For"
  fi

  # Squid's misses and the mirror's pulls (checks 5 and 6) leave through Tor by default.
  if [ -z "$(awk '$2 ~ /^(GET|HEAD)$/' "$STATE/logs/http.log" 2>/dev/null)" ]; then
    fail "tor: the upstream HTTP server's log holds no request: no evidence of where requests came from"
  elif [ -n "$(http_requests_not_from "$UPSTREAM")" ]; then
    fail "tor: the upstream HTTP server saw requests not from an exit: $(http_requests_not_from "$UPSTREAM" | cut -d' ' -f1-3 | sort -u | tr '\n' ' ')"
  else
    pass "tor: every request the upstream HTTP server saw (Squid's misses included) came from an exit"
  fi
  # The mirror's requests (Go's client; the test image was pushed with curl from upstream itself).
  if [ -n "$(grep -E '"(GET|HEAD) /v2/library/bcmtest.*Go-http-client' "$STATE/logs/registry.log" | grep -v "^$UPSTREAM ")" ]; then
    fail "tor: the upstream registry saw pulls not from an exit"
  elif grep -qE "^$UPSTREAM .*\"(GET|HEAD) /v2/library/bcmtest.*Go-http-client" "$STATE/logs/registry.log"; then
    pass "tor: the mirror's pulls reached the upstream registry from an exit ($UPSTREAM)"
  else
    fail "tor: no pull of library/bcmtest in the upstream registry's access log"
  fi

  # Tor's ControlPort: not from bcmnet, not through privoxy (Squid: check 5). Control: the same
  # probe from the same client reaches the SOCKS port beside it.
  if ! on client1 timeout 5 nc -z -w 3 "$INSIDE" 9050; then
    fail "tor: control: client1 cannot reach $INSIDE:9050 either: no evidence about the ControlPort"
  elif on client1 timeout 5 nc -z -w 3 "$INSIDE" 9051; then
    fail "tor: ControlPort reachable from bcmnet"
  else
    pass "tor: ControlPort unreachable from bcmnet (SOCKS port beside it reachable)"
  fi
  code=$(on client1 curl -s -o /tmp/ctl -w '%{http_code}' --max-time 30 -x "http://$INSIDE:8118" "http://127.0.0.1:9051/")
  # privoxy answers with an error page of its own (an HTTP code); no code at all is no evidence.
  if ! [[ "$code" =~ ^[1-5][0-9][0-9]$ ]]; then
    fail "tor: privoxy gave no HTTP answer for 127.0.0.1:9051 (code '$code'): no evidence"
  elif on client1 grep -q "Tor control" /tmp/ctl 2>/dev/null; then
    fail "tor: ControlPort reached through privoxy"
  else
    pass "tor: ControlPort not reachable through privoxy (HTTP $code)"
  fi
}

# --- leak test: nothing but Tor (and DHCP, ARP, ND) on the outside link ----------------------------
LEAK_PCAP=""
leak_capture_start() {
  LEAK_PCAP="$STATE/outside-link.pcap"
  up_ns timeout 900 tcpdump -i "$NETNS_IF" -nn -U -w "$LEAK_PCAP" 2>/dev/null &
  LEAK_DUMP=$!
  sleep 1
}

# Processes on the gateway itself, root and an unprivileged user, try to reach upstream directly.
# Only the network's refusal counts: curl 7 (could not connect: rejected) or 28 (timed out: dropped);
# dig 9 (no reply). Any other failure (no curl, no user, no container) is no evidence.
gateway_direct_attempts() {
  local who rc
  for who in root nobody; do
    on "$GATEWAY" runuser -u "$who" -- curl -s -o /dev/null --max-time 5 "http://$UPSTREAM:8080/small.txt?direct-$who"
    rc=$?
    case $rc in
      7 | 28) pass "leak: $who on the gateway cannot fetch from upstream directly (curl exit $rc)" ;;
      0) fail "leak: $who on the gateway fetched from upstream directly" ;;
      *) fail "leak: $who's direct fetch on the gateway failed otherwise (curl exit $rc): no evidence" ;;
    esac
    on "$GATEWAY" runuser -u "$who" -- dig +time=2 +tries=1 "@$UPSTREAM" "$DNS_CHECK_NAME" >"$LOGS/direct-dig-$who.log" 2>&1
    rc=$?
    case $rc in
      9) pass "leak: $who on the gateway gets no direct DNS answer from upstream (dig: no reply)" ;;
      0) fail "leak: $who on the gateway got a direct DNS answer from upstream" ;;
      *) fail "leak: $who's direct lookup on the gateway failed otherwise (dig exit $rc: $(tail -1 "$LOGS/direct-dig-$who.log")): no evidence" ;;
    esac
    on "$GATEWAY" runuser -u "$who" -- sh -c "echo leak | timeout 3 nc -u -w 1 $UPSTREAM 9999" >/dev/null 2>&1 || true
  done
}

leak_capture_check() {
  local outside total dhcp arp nd tor other mac inbound
  evident "the leak capture" "${LEAK_DUMP:-}" || { fail "leak: the capture on the outside link never started"; return; }
  outside=$(outside_address)
  mac=$(on "$GATEWAY" cat /sys/class/net/eth0/address)
  kill "$LEAK_DUMP" 2>/dev/null
  wait "$LEAK_DUMP" 2>/dev/null
  evident "the gateway's outside address" "$outside" && evident "the gateway's outside MAC" "$mac" ||
    { fail "leak: without the gateway's outside address and MAC the capture cannot be read"; return; }
  # What the gateway sent (its MAC); what upstream sent to it (the tests' own probes) is counted apart.
  tcpdump -r "$LEAK_PCAP" -nn -e "ether src $mac" 2>/dev/null >"$STATE/outside-link.txt"
  inbound=$(tcpdump -r "$LEAK_PCAP" -nn -e "not ether src $mac" 2>/dev/null | wc -l)
  total=$(wc -l <"$STATE/outside-link.txt")
  dhcp=$(grep -cE '\.(67|68)[ :].*\.(67|68)[ :]' "$STATE/outside-link.txt" || true)
  arp=$(grep -c 'ARP' "$STATE/outside-link.txt" || true)
  nd=$(grep -cE 'ICMP6, (neighbor|router) (solicitation|advertisement)' "$STATE/outside-link.txt" || true)
  # Tor's own connections: TCP between the gateway and a relay's ORPort (7101-7106) of the network.
  tor=$(grep -cE "IPv4.* ($outside\.[0-9]+ > $UPSTREAM\.710[1-9]|$UPSTREAM\.710[1-9] > $outside\.[0-9]+): Flags" "$STATE/outside-link.txt" || true)
  other=$((total - dhcp - arp - nd - tor))
  echo "leak: the gateway sent $total packets on the outside link: DHCP $dhcp, ARP $arp, neighbour discovery $nd, Tor to relays $tor, other $other ($inbound packets came in from upstream)"
  if [ "$tor" -eq 0 ]; then
    fail "leak: control: no Tor traffic captured on the outside link (capture blind?)"
  elif [ "$other" -eq 0 ]; then
    pass "leak: of $total packets the gateway sent on the outside link: DHCP $dhcp, ARP $arp, ND $nd, Tor to relays $tor, nothing else"
  else
    fail "leak: $other packets on the outside link were neither DHCP, ARP/ND nor Tor: $(grep -vE 'ARP|ICMP6, (neighbor|router)|\.(67|68)[ :].*\.(67|68)[ :]|\.710[1-9]' "$STATE/outside-link.txt" | head -3 | tr '\n' ' ')"
  fi
}

# --- stream isolation, seen from Tor's side -----------------------------------------------------------
# Tor's STREAM events (control port, cookie auth as root on the gateway) carry each stream's
# circuit and SESSION_GROUP; every consumer's listener has its port as its session group
# (components/tor/consumers.ts). Recorded from right after Tor is pointed at the private network
# until after check_over_tor, which exercises every consumer.
TOR_CONSUMER_GROUPS=("9050 bcmnet SOCKS clients" "9060 bcmnet HTTP-proxy clients" "9061 Squid" "9062 the registry mirror" "5353 DNS")

tor_events_start() {
  on "$GATEWAY" bash -c 'rm -f /root/tor-streams.log /root/tor-events.pid'
  lxc exec --project "$PROJECT" "$GATEWAY" -- bash -c '
    cookie=$(od -An -v -tx1 /run/tor/control.authcookie | tr -d " \n")
    exec 3<>/dev/tcp/127.0.0.1/9051 || exit 1
    printf "AUTHENTICATE %s\r\nSETEVENTS STREAM\r\n" "$cookie" >&3
    echo $$ >/root/tor-events.pid
    exec timeout 1800 cat <&3 >/root/tor-streams.log' >/dev/null 2>&1 &
}

check_stream_isolation() {
  local events groups shared group name missing=()
  on "$GATEWAY" bash -c 'kill "$(cat /root/tor-events.pid)"' 2>/dev/null
  events=$(on "$GATEWAY" cat /root/tor-streams.log 2>/dev/null)
  grep -q '^250 OK' <<<"$events" || { fail "isolation: the control connection recording Tor's STREAM events failed"; return; }
  # "650 STREAM <id> <status> <circuit> <target> ... SESSION_GROUP=<n>": circuit -> groups on it.
  # Tor's own directory streams (PURPOSE=DIR_FETCH/DIR_UPLOAD, e.g. the onion service's
  # descriptors) belong to no consumer: left out.
  # (Only a stream's NEW event names its purpose: remember the stream.)
  groups=$(awk '$1 == "650" && $2 == "STREAM" && / PURPOSE=DIR_/ { internal[$3] = 1 }
    $1 == "650" && $2 == "STREAM" && $5 != "0" && !($3 in internal) {
      g = ""; for (i = 6; i <= NF; i++) if ($i ~ /^SESSION_GROUP=/) g = substr($i, 15)
      if (g != "") print $5, g }' <<<"$events" | sort -u)
  for group in "${TOR_CONSUMER_GROUPS[@]}"; do
    name=${group#* }
    grep -q " ${group%% *}$" <<<"$groups" || missing+=("$name")
  done
  ((${#missing[@]} == 0)) &&
    pass "isolation: Tor saw streams of every consumer on its own listener: $(awk '{print $2}' <<<"$groups" | sort | uniq -c | awk '{printf "group %s: %s circuit(s); ", $2, $1}')" ||
    fail "isolation: no stream from ${missing[*]} in Tor's STREAM events"
  shared=$(awk '{ n[$1]++; g[$1] = g[$1] " " $2 } END { for (c in n) if (n[c] > 1) print "circuit " c ":" g[c] }' <<<"$groups")
  [ -z "$shared" ] && pass "isolation: no circuit carried streams of two consumers ($(awk '{print $1}' <<<"$groups" | sort -u | wc -l) circuits)" ||
    fail "isolation: circuits shared between consumers: $shared"
}
