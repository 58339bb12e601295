# shellcheck shell=bash
# Checks of the e2e (scripts/e2e.sh) that came from probing the deployed gateway for faults and
# attacks, and from the first run under the real engine: each asserts what comes back (an answer,
# a refusal, a time), never only that a packet reached a door. Sourced after tests/e2e/lib.sh.

# A syntactically valid v3 onion name nobody owns: Tor answers it from its own address map.
onion_name() { head -c 35 /dev/urandom | base32 | tr -d '=\n' | tr 'A-Z' 'a-z' | cut -c1-56 | sed 's/$/.onion/'; }
# in_tor_vnet <address>: inside Tor's VirtualAddrNetworkIPv4 (127.192.0.0/10)?
in_tor_vnet() { [[ "$1" =~ ^127\.(19[2-9]|2[0-4][0-9]|25[0-5])\.[0-9]+\.[0-9]+$ ]]; }

# resolve_onion <client> [+tcp]: the answer a bcmnet client gets for a fresh .onion name.
resolve_onion() {
  on "$1" dig +short +time=3 +tries=1 ${2:-} "$(onion_name)" @"$INSIDE" 2>/dev/null | grep -v '^;' | tail -1
}

# --- the whole DNS chain answers: dnsmasq -> relay -> Tor's DNSPort, over UDP and TCP -----------------
check_dns_answers() {
  local answer proto
  for proto in "" +tcp; do
    answer=$(resolve_onion client1 "$proto")
    in_tor_vnet "$answer" &&
      pass "dns: a client's ${proto:-udp} lookup of a .onion name is answered by Tor ($answer, in 127.192.0.0/10)" ||
      fail "dns: a client's ${proto:-udp} lookup of a .onion name got '$answer', not an answer from Tor"
  done
  # Tor itself answers loopback clients (SocksPolicy governs the DNSPort too).
  answer=$(on "$GATEWAY" dig +short +time=3 +tries=1 -p 5353 "$(onion_name)" @127.0.0.1 2>&1 | tail -1)
  in_tor_vnet "$answer" && pass "dns: Tor's DNSPort answers the gateway's loopback ($answer)" ||
    fail "dns: Tor's DNSPort on 127.0.0.1:5353 answered '$answer'"
  local journal
  journal=$(on "$GATEWAY" journalctl -u tor@default --no-pager 2>/dev/null)
  # Evidence that this is Tor's journal: it logged its bootstrap.
  if ! grep -q "Bootstrapped 100%" <<<"$journal"; then
    fail "dns: Tor's journal on the gateway could not be read (no 'Bootstrapped 100%' line)"
  elif grep -q "Rejecting DNS request" <<<"$journal"; then
    fail "dns: Tor logged 'Rejecting DNS request'"
  else
    pass "dns: Tor rejected no DNS request"
  fi
}

# --- probes: does the service answer right now? (used by the kill and restart checks) ---------------
probe() { # probe <unit>: 0 when the unit's service answers its clients
  case $1 in
    dnsmasq) [ "$(on client1 dig +short +time=1 +tries=1 "$DOMAIN" @"$INSIDE" 2>/dev/null | tail -1)" = "$INSIDE" ] ;;
    bcm-dns-relay) in_tor_vnet "$(resolve_onion client1 +tcp)" ;;
    # The gate's work: the relay forwards to Tor (it starts closed), and a lookup is answered.
    bcm-dns-gate)
      [ "$(on "$GATEWAY" systemctl show -p MainPID --value bcm-dns-gate)" -gt 0 ] 2>/dev/null &&
        on "$GATEWAY" unbound-control -c /etc/bcm/unbound.conf list_forwards 2>/dev/null | grep -q '^\. IN forward 127\.0\.0\.1$' &&
        in_tor_vnet "$(resolve_onion client1)" ;;
    tor@default)
      [ "$(on client1 bash -c "printf '\\x05\\x01\\x00' | timeout 3 nc -w 2 $INSIDE 9050 | od -An -tx1" | tr -d ' \n')" = 0500 ] ;;
    privoxy) [ "$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 3 -x "http://$INSIDE:8118" http://p.p/)" = 200 ] ;;
    # Squid's and the mirror's own privoxy instances (loopback): their own status page answers.
    bcm-privoxy-squid | bcm-privoxy-mirror)
      [ "$(on "$GATEWAY" curl -s -o /dev/null -w '%{http_code}' --max-time 3 -x "http://$(gateway_listener "http-proxy-${1#bcm-privoxy-}")" http://p.p/)" = 200 ] ;;
    squid) [ "$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 5 -x "http://$INSIDE:3128" "http://$UPSTREAM:8080/small.txt")" = 200 ] ;;
    bcm-registry-mirror) registry_answers "mirror.$DOMAIN:5000" ;;
    bcm-registry-private) registry_answers "$DOMAIN:443" ;;
    docker) on "$BUILDER" timeout 5 docker info >/dev/null 2>&1 ;;
    containerd) on "$BUILDER" timeout 5 ctr version >/dev/null 2>&1 ;;
    *) echo "probe: no probe for $1" >&2; return 2 ;;
  esac
}

registry_answers() {
  [ "$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 3 --tlsv1.3 --cacert /root/ca.crt \
    --cert /root/client.cert --key /root/client.key "https://$1/v2/")" = 200 ]
}

# The operator's client bundle on client1 (stack outputs), for the registry probes.
push_client_bundle() {
  local f
  stack_output caCertificate >"$STATE/ca.crt"
  stack_output dockerClientCert >"$STATE/client.cert"
  stack_output dockerClientKey --show-secrets >"$STATE/client.key"
  for f in ca.crt client.cert client.key; do lx file push "$STATE/$f" "client1/root/$f" >/dev/null; done
}

# wait_answer <unit> <seconds>: prints the seconds until the unit's service answered; 1 on timeout.
wait_answer() {
  local start=$EPOCHREALTIME
  while ! probe "$1"; do
    (($(date +%s) - ${start%.*} >= $2)) && return 1
    sleep 0.2
  done
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

GATEWAY_SUPERVISED=(tor@default privoxy bcm-privoxy-squid bcm-privoxy-mirror squid bcm-registry-mirror bcm-registry-private bcm-dns-relay bcm-dns-gate dnsmasq)
# "address:port" of a gateway listener, as the stack reports it (gatewayListeners).
gateway_listener() { stack_output gatewayListeners | jq -r --arg s "$1" '.[$s] // empty' | sed 's/^[a-z]* //'; }
BUILDER_SUPERVISED=(containerd docker)

# --- kill -9 of each service's main process: it comes back by itself and answers -------------------
check_crash_recovery() {
  local unit host pid newpid secs i
  push_client_bundle
  for unit in "${GATEWAY_SUPERVISED[@]}" "${BUILDER_SUPERVISED[@]}"; do
    host=$GATEWAY
    [[ " ${BUILDER_SUPERVISED[*]} " == *" $unit "* ]] && host=$BUILDER
    probe "$unit" || { fail "crash: $unit does not answer even before the kill"; continue; }
    pid=$(on "$host" systemctl show -p MainPID --value "$unit")
    [ "${pid:-0}" -gt 0 ] || { fail "crash: no main PID for $unit"; continue; }
    on "$host" kill -9 "$pid"
    sleep 0.3
    if secs=$(wait_answer "$unit" 30); then
      # systemd must supervise the new process (a MainPID), or the next crash would go unnoticed.
      for i in 1 2 3 4 5 6 7 8 9 10; do
        newpid=$(on "$host" systemctl show -p MainPID --value "$unit")
        [ "${newpid:-0}" -gt 0 ] && break
        sleep 0.5
      done
      [ "${newpid:-0}" -gt 0 ] && [ "$newpid" != "$pid" ] && pass "crash: $unit killed (-9) on $host answers again after ${secs} s (pid $pid -> $newpid)" ||
        fail "crash: $unit has main pid '$newpid' after kill -9 of $pid (not supervised by systemd, or not restarted)"
    else
      fail "crash: $unit killed (-9) on $host did not answer within 30 s ($(on "$host" systemctl is-active "$unit"))"
    fi
  done
}

# --- lxc restart of the gateway: every service answers again, fast ----------------------------------
# Measured from the start of `lxc restart` (the container's clean stop included) to the first
# answer of each service. The target, 15 s, is a speed target: scripts/bench.sh prints each
# service's figure against it (the developers' guide keeps timed targets out of the tests). This
# check guards against a regression such as Squid's old 30 s shutdown wait (39 s then), or a
# replaced gateway's new MAC (clients sent to the old one for 5-6 s: 12-15.6 s then); measured
# 5.8-8.2 s on a busy 2-core machine, it fails at 20 s.
RESTART_TARGET_S=15
RESTART_FAIL_S=20
# Runs inside an instance: reads "unit<TAB>command" lines, probes each in a loop of its own (every
# 0.5 s: ten loops spawning faster would slow the boot they measure on a 2-core machine, until the
# deadline in epoch seconds) and prints "unit <epoch of its first answer>".
PROBE_LOOPS='
deadline=$1
while IFS=$(printf "\t") read -r unit cmd; do
  ( until bash -c "$cmd" >/dev/null 2>&1; do
      [ "${EPOCHREALTIME%.*}" -gt "$deadline" ] && { echo "$unit timeout"; exit; }
      sleep 0.5
    done
    echo "$unit $EPOCHREALTIME" ) &
done
wait'

# The same answers probe() asks for, as commands run on client1 (bcmnet) or on the gateway itself.
restart_probes_client() {
  local onion cert="--tlsv1.3 --cacert /root/ca.crt --cert /root/client.cert --key /root/client.key"
  onion=$(onion_name)
  printf '%s\t%s\n' \
    dnsmasq "[ \"\$(dig +short +time=1 +tries=1 $DOMAIN @$INSIDE | tail -1)\" = $INSIDE ]" \
    bcm-dns-relay "dig +short +tcp +time=2 +tries=1 $onion @$INSIDE | grep -qE '^127\.(19[2-9]|2[0-4][0-9]|25[0-5])\.'" \
    tor@default "[ \"\$(printf '\\x05\\x01\\x00' | timeout 3 nc -w 2 $INSIDE 9050 | od -An -tx1 | tr -d ' \\n')\" = 0500 ]" \
    privoxy "[ \"\$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 -x http://$INSIDE:8118 http://p.p/)\" = 200 ]" \
    squid "[ \"\$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -x http://$INSIDE:3128 http://$UPSTREAM:8080/small.txt)\" = 200 ]" \
    bcm-registry-mirror "[ \"\$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 $cert https://mirror.$DOMAIN:5000/v2/)\" = 200 ]" \
    bcm-registry-private "[ \"\$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 $cert https://$DOMAIN:443/v2/)\" = 200 ]"
}
restart_probes_gateway() {
  local unit
  printf '%s\t%s\n' bcm-dns-gate \
    "[ \"\$(systemctl show -p MainPID --value bcm-dns-gate)\" -gt 0 ] && unbound-control -c /etc/bcm/unbound.conf list_forwards | grep -q '^\. IN forward 127\.0\.0\.1\$'"
  for unit in bcm-privoxy-squid bcm-privoxy-mirror; do
    printf '%s\t%s\n' "$unit" "[ \"\$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 -x http://$(gateway_listener "http-proxy-${unit#bcm-privoxy-}") http://p.p/)\" = 200 ]"
  done
}

# Every service's own time to answer after `lxc restart` of the gateway, probed concurrently (one
# loop per service, inside client1 and inside the gateway), from the start of the restart.
check_restart_times() {
  local start deadline unit at secs slow=() over_target=() times="" client_probes gateway_probes
  push_client_bundle
  client_probes=$(restart_probes_client)
  gateway_probes=$(restart_probes_gateway)
  start=$EPOCHREALTIME
  deadline=$((${start%.*} + 60))
  lx restart "$GATEWAY" --timeout 60 || { fail "restart: lxc restart gateway failed"; return; }
  on client1 bash -c "$PROBE_LOOPS" _ "$deadline" <<<"$client_probes" >"$STATE/restart-client" &
  local client_job=$!
  until on "$GATEWAY" true 2>/dev/null; do sleep 0.2; done
  on "$GATEWAY" bash -c "$PROBE_LOOPS" _ "$deadline" <<<"$gateway_probes" >"$STATE/restart-gateway"
  wait "$client_job"
  for unit in "${GATEWAY_SUPERVISED[@]}"; do
    at=$(awk -v u="$unit" '$1 == u { print $2 }' "$STATE/restart-client" "$STATE/restart-gateway")
    if [ -z "$at" ] || [ "$at" = timeout ]; then
      slow+=("$unit=no answer within 60 s")
      continue
    fi
    secs=$(awk -v a="$start" -v b="$at" 'BEGIN { printf "%.1f", b - a }')
    echo "restart: $unit answers ${secs} s after the start of lxc restart"
    times+="$unit $secs "
    awk -v s="$secs" -v t="$RESTART_FAIL_S" 'BEGIN { exit !(s <= t) }' || slow+=("$unit=${secs}s")
    awk -v s="$secs" -v t="$RESTART_TARGET_S" 'BEGIN { exit !(s <= t) }' || over_target+=("$unit")
  done
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  ((${#slow[@]} == 0)) && pass "restart: every gateway service answers within ${RESTART_FAIL_S} s of lxc restart, $((${#GATEWAY_SUPERVISED[@]} - ${#over_target[@]})) of ${#GATEWAY_SUPERVISED[@]} within the ${RESTART_TARGET_S} s target ($times; host load $load)" ||
    fail "restart: slower than ${RESTART_FAIL_S} s after lxc restart: ${slow[*]} (host load $load)"
  rm -f "$STATE/restart-client" "$STATE/restart-gateway"
}

# --- no secret readable by an unprivileged user anywhere in a container ----------------------------
check_secrets_unreadable() {
  local needles="$STATE/needles" host found control served
  stack_secret_needles "$needles"
  [ -s "$needles" ] || { fail "secrets: could not read the stack's secrets to search for"; return; }
  # Control: root does find them where they belong (the search would see a leak).
  control=$(on "$GATEWAY" grep -rlsF -f - /etc/bcm /etc/tor <"$needles" | wc -l)
  [ "$control" -gt 0 ] || { fail "secrets: control: root finds no secret on the gateway, the search is blind"; return; }
  for host in "$GATEWAY" "$BUILDER"; do
    # grep's exit: 0 found, 1 nothing found, 2 some files unreadable (expected for nobody); a search
    # that could not run at all (no container, no user) is no evidence.
    found=$(on "$host" runuser -u nobody -- sh -c 'grep -rlsF --devices=skip -f - / --exclude-dir=proc --exclude-dir=sys; echo "grep-exit=$?"' \
      <"$needles")
    if ! grep -qE '^grep-exit=[012]$' <<<"$found"; then
      fail "secrets: the search as nobody in $host did not run: no evidence"
      continue
    fi
    found=$(grep -v '^grep-exit=' <<<"$found" | head -5 | tr '\n' ' ')
    [ -z "$found" ] && pass "secrets: user nobody finds none of $(wc -l <"$needles") secret strings in $host's file system" ||
      fail "secrets: user nobody reads secrets in $host: $found"
    # LXD's guest API is open to every user in the container: it must hold no secret either.
    served=$(on "$host" runuser -u nobody -- sh -c 'curl -s --unix-socket /dev/lxd/sock http://lxd/1.0; for k in $(curl -s --unix-socket /dev/lxd/sock http://lxd/1.0/config | tr -d "[]\" " | tr , " "); do curl -s --unix-socket /dev/lxd/sock "http://lxd$k"; done')
    # Evidence: the guest API answered, with its refusal of non-root users (LXD 5.0) or with its
    # /1.0 (which names the API version) and the config keys it serves.
    if grep -qx 'Access denied for non-root user' <<<"$served"; then
      pass "secrets: /dev/lxd/sock refuses user nobody in $host ('Access denied for non-root user')"
      continue
    fi
    grep -q '"api_version"' <<<"$served" || { fail "secrets: /dev/lxd/sock in $host did not answer user nobody: no evidence"; continue; }
    found=$(grep -cF -f "$needles" <<<"$served" || true)
    [ "$found" -eq 0 ] && pass "secrets: /dev/lxd/sock (any user in $host) serves no secret" ||
      fail "secrets: /dev/lxd/sock serves $found lines with secrets in $host"
  done
  rm -f "$needles"
}

# --- the gateway's every address is closed to bcmnet, directly and through Squid -------------------
check_gateway_addresses_closed() {
  local outside rc code
  outside=$(outside_address)
  # Dropped, not refused: a refusal would tell bcmnet the address is the gateway's.
  on client1 curl -s -o /dev/null --connect-timeout 3 "http://$outside:3128/"
  rc=$?
  [ "$rc" = 28 ] && pass "addresses: bcmnet gets no answer from the gateway's outside address $outside (curl timeout)" ||
    fail "addresses: a bcmnet client reached the outside address $outside:3128 (curl exit $rc)"
  code=$(squid_fetch client1 "http://$outside:8080/")
  [ "$code" = 403 ] && pass "addresses: Squid refuses the gateway's outside address (403)" ||
    fail "addresses: through Squid, $outside:8080 returned $code (expected 403)"
}

# --- Squid forwards no client-identifying header and logs no client or URL -------------------------
check_squid_privacy() {
  local path="/small.txt?privacy=$RANDOM" line ip
  ip=$(instance_ipv4 client1)
  local try
  # Over Tor a stream can fail now and then: up to 4 tries, the server decides.
  for try in 1 2 3 4 5 6; do
    on client1 curl -s -o /dev/null --max-time 60 -x "http://$INSIDE:3128" -H "Via: 1.1 client-side-proxy" \
      -H "Forwarded: for=$ip" -H "X-Forwarded-For: $ip" -H "X-Real-IP: $ip" "http://$UPSTREAM:8080$path"
    line=$(awk -v p="$path" '$3 == p' "$STATE/logs/http.log" | tail -1)
    [ -n "$line" ] && break
    sleep 10 # the private network's consensus may list no exit for a while
  done
  [ -n "$line" ] || { fail "privacy: the upstream server logged no request for $path"; return; }
  if grep -qiE '"(via|forwarded|x-forwarded-for|x-real-ip)"' <<<"$line" || grep -qF "$ip" <<<"$line"; then
    fail "privacy: upstream received identifying headers: $line"
  else
    pass "privacy: upstream got no Via, Forwarded, X-Forwarded-For or client address (headers: ${line#* * * * })"
  fi
  if on "$GATEWAY" grep -qE "$ip|privacy=|small\.txt" /var/log/squid/access.log; then
    fail "privacy: Squid's access log holds client addresses or URLs"
  elif on "$GATEWAY" grep -qE '^[0-9.]+ TCP_[A-Z_]+/[0-9]{3} [0-9]+$' /var/log/squid/access.log; then
    pass "privacy: Squid's access log keeps time, result, status and size only"
  else
    fail "privacy: Squid's access log is empty or in an unexpected format"
  fi
  local dnsmasq_conf
  dnsmasq_conf=$(on "$GATEWAY" cat /etc/dnsmasq.conf)
  if ! grep -q '^dhcp-range=' <<<"$dnsmasq_conf"; then
    fail "privacy: the gateway's /etc/dnsmasq.conf could not be read (no dhcp-range line)"
  elif grep -qxE 'log-queries|log-dhcp' <<<"$dnsmasq_conf"; then
    fail "privacy: dnsmasq logs queries or DHCP"
  else
    pass "privacy: dnsmasq logs no queries and no per-client DHCP lines"
  fi
}

# --- data volumes carry a size (a quota where the pool driver enforces one) -------------------------
check_volume_sizes() {
  local volume size
  for volume in registry-mirror registry-private squid-cache gateway-state; do
    size=$(lxc storage volume get "$POOL" "$volume" size --project "$PROJECT" 2>/dev/null)
    [[ "$size" =~ ^[0-9]+GiB$ ]] && pass "volumes: $volume has size $size" || fail "volumes: $volume has no size ('$size')"
  done
}

# --- the mirror starts and serves its cache while its upstream is down ------------------------------
check_mirror_offline() {
  local digest
  digest=$(sed -n 's/^manifest=//p' "$STATE/testimage/digests")
  kill "$(cat "$STATE/pids/registry.pid")" 2>/dev/null
  sleep 1
  up_ns curl -s --max-time 3 "http://$UPSTREAM:5000/v2/" >/dev/null && { fail "mirror: could not stop upstream"; return; }
  on "$GATEWAY" systemctl restart bcm-registry-mirror
  sleep 3
  on "$GATEWAY" systemctl is-active --quiet bcm-registry-mirror && registry_answers "mirror.$DOMAIN:5000" &&
    pass "mirror: starts and answers while its upstream is down" ||
    fail "mirror: not running with upstream down ($(on "$GATEWAY" journalctl -u bcm-registry-mirror -n 3 --no-pager | tr '\n' ' '))"
  docker_on rmi -f "$TEST_IMAGE" "library/bcmtest@$digest" >/dev/null 2>&1
  docker_on pull "library/bcmtest@$digest" >"$LOGS/pull-offline-digest.log" 2>&1 &&
    pass "mirror: a cached image pulls by digest with upstream down" ||
    fail "mirror: pull by digest with upstream down failed: $(tail -1 "$LOGS/pull-offline-digest.log")"
  docker_on rmi -f "$TEST_IMAGE" "library/bcmtest@$digest" >/dev/null 2>&1
  docker_on pull "$TEST_IMAGE" >"$LOGS/pull-offline-tag.log" 2>&1 &&
    pass "mirror: a cached image pulls by tag with upstream down" ||
    fail "mirror: pull by tag with upstream down failed: $(tail -1 "$LOGS/pull-offline-tag.log")"
  bash "$REPO_ROOT/scripts/e2e/topology.sh" up >/dev/null 2>&1 || fail "mirror: could not restart upstream"
}

# --- one client cannot deny a service to the others -------------------------------------------------
# client1 opens FLOOD_CONNECTIONS idle connections to privoxy and holds them (privoxy waits up to
# socket-timeout for a request); the gateway's per-client limit (nftables ct count) resets those
# beyond it. While they are held, client2 is served, and client1's next connection is refused.
FLOOD_CONNECTIONS=300
check_flood_limited() {
  local limit held refused code i counts released
  limit=$(on "$GATEWAY" grep -o 'ct count over [0-9]*' /etc/nftables.conf | awk '{print $4}' | head -1)
  evident "the gateway's per-client connection limit" "$limit" ||
    { fail "flood: no per-client connection limit in the gateway's /etc/nftables.conf"; return; }
  on client1 rm -f /tmp/flood.txt /tmp/flood.pid
  on client1 bash -c "echo \$\$ >/tmp/flood.pid; held=0 refused=0
    for i in \$(seq $FLOOD_CONNECTIONS); do
      if exec {fd}<>/dev/tcp/$INSIDE/8118; then held=\$((held + 1)); else refused=\$((refused + 1)); fi
    done
    echo \"\$held \$refused\" >/tmp/flood.txt
    # Hold them 30 s at most, in the shell itself (a child would inherit and keep the sockets).
    rm -f /tmp/flood.fifo; mkfifo /tmp/flood.fifo; read -r -t 30 _ <>/tmp/flood.fifo" 2>/dev/null &
  local flooder=$!
  for i in $(seq 1 30); do
    counts=$(on client1 cat /tmp/flood.txt 2>/dev/null) && [ -n "$counts" ] && break
    sleep 1
  done
  read -r held refused <<<"$counts"
  if ! evident "client1's flood counts" "$counts"; then
    fail "flood: client1's $FLOOD_CONNECTIONS connections to privoxy did not complete"
  elif [ "$held" = "$limit" ] && [ "$refused" = $((FLOOD_CONNECTIONS - limit)) ]; then
    pass "flood: of $FLOOD_CONNECTIONS connections from client1 to privoxy, $held were accepted and $refused reset (limit $limit per client)"
  else
    fail "flood: client1 holds $held connections to privoxy, $refused refused (limit $limit)"
  fi
  code=$(on client2 curl -s -o /dev/null -w '%{http_code}' --max-time 10 -x "http://$INSIDE:8118" http://p.p/)
  [ "$code" = 200 ] && pass "flood: client2 is served by privoxy while client1 holds its connections (HTTP 200)" ||
    fail "flood: client2 got HTTP '$code' from privoxy while client1 floods"
  on client1 curl -s -o /dev/null --max-time 10 -x "http://$INSIDE:8118" http://p.p/
  code=$?
  [ "$code" = 7 ] && pass "flood: client1's next connection is refused (curl exit 7)" ||
    fail "flood: client1's next connection to privoxy: curl exit $code (expected 7, refused)"
  # The flooder's shell ends: its connections close (the client image has no pkill: its pid file).
  on client1 sh -c 'kill "$(cat /tmp/flood.pid)"' 2>/dev/null
  wait "$flooder" 2>/dev/null
  # Once released, client1 is served again.
  released=$SECONDS
  for i in $(seq 1 10); do
    code=$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 5 -x "http://$INSIDE:8118" http://p.p/)
    [ "$code" = 200 ] && break
    sleep 1
  done
  [ "$code" = 200 ] && pass "flood: once it released its connections client1 is served again ($((SECONDS - released)) s)" ||
    fail "flood: client1 still refused after releasing its connections (HTTP '$code')"
}
