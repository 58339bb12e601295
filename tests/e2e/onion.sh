# shellcheck shell=bash
# The authenticated onion service of the e2e stack ("registry 443 privateRegistry laptop,phone"),
# reached for real through the private Tor network from the internet side: Tor clients in the
# upstream namespace holding a client's .auth_private (from the stack outputs), one holding none.
# Sourced after tests/e2e/lib.sh, probe.sh and tor.sh.

ONION_SERVICE=registry

onion_address() { stack_output onionServices | jq -r --arg s "$ONION_SERVICE" '.[$s]' | cut -d: -f1; }

# onion_client_start <name> <socks port> [<client whose .auth_private it gets> [<dir of .auth_private files it keeps>]]
onion_client_start() {
  local name=$1 port=$2 client=${3:-} kept=${4:-} dir="$STATE/onion-client-$1"
  onion_client_stop "$name"
  rm -rf "$dir" && mkdir -p "$dir/data" "$dir/auth" && chmod 700 "$dir" "$dir/data" "$dir/auth"
  if [ -n "$kept" ]; then
    cp "$kept"/*.auth_private "$dir/auth/" && chmod 600 "$dir"/auth/* || { echo "onion: no .auth_private in $kept"; return 1; }
  fi
  if [ -n "$client" ]; then
    # The operator's hand-out: every <address>.auth_private file of that client, as is.
    stack_output onionClients --show-secrets |
      jq -r --arg c "$client" '.[$c].authPrivateFiles | to_entries[] | "\(.key)\t\(.value)"' |
      while IFS=$'\t' read -r file content; do
        [ -n "$file" ] && [ -n "$content" ] || continue # the line break ending each file's content
        printf '%s\n' "$content" >"$dir/auth/$file" && chmod 600 "$dir/auth/$file"
      done
    ls "$dir/auth" | grep -q auth_private || { echo "onion: no .auth_private for $client in the outputs"; return 1; }
  fi
  {
    cat "$STATE/tornet/client.torrc-fragment"
    echo "SocksPort 127.0.0.1:$port"
    echo "DataDirectory $dir/data"
    echo "ClientOnionAuthDir $dir/auth"
    echo "Log notice file $dir/notice.log"
    echo "RunAsDaemon 1"
    echo "PidFile $dir/tor.pid"
  } >"$dir/torrc"
  up_ns tor -f "$dir/torrc" >"$dir/start.log" 2>&1 || { cat "$dir/start.log"; return 1; }
  bash "$TORNET" wait-bootstrap "$dir/notice.log" 120 >"$dir/bootstrap.log" 2>&1 ||
    { tail -5 "$dir/bootstrap.log"; return 1; }
}

onion_client_stop() {
  local pidfile="$STATE/onion-client-$1/tor.pid"
  [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null
  rm -f "$pidfile"
}

# onion_fetch <socks port> <address> <tries>: HTTP code of /v2/ of the private registry through
# the onion service, TLS verified against our CA (the certificate names the .onion), with the
# operator's client certificate. Descriptors take a while to appear: retried.
onion_fetch() {
  local port=$1 address=$2 tries=$3 code i
  for i in $(seq 1 "$tries"); do
    code=$(up_ns curl -s -o /dev/null -w '%{http_code}' --max-time 30 --socks5-hostname "127.0.0.1:$port" \
      --cacert "$STATE/ca.crt" --cert "$STATE/client.cert" --key "$STATE/client.key" "https://$address/v2/")
    [ "$code" = 200 ] && break
    sleep 3
  done
  echo "$code"
}

ONION_ADDRESS_BEFORE=""
check_onion_services() {
  local address code
  address=$(onion_address)
  [[ "$address" =~ ^[a-z2-7]{56}\.onion$ ]] || { fail "onion: no onion address in the stack outputs ('$address')"; return; }
  ONION_ADDRESS_BEFORE=$address
  push_client_bundle >/dev/null
  onion_client_start laptop 9150 laptop || { fail "onion: the laptop's Tor client did not start"; return; }
  code=$(onion_fetch 9150 "$address" 40)
  [ "$code" = 200 ] && pass "onion: a client holding laptop's key reaches the private registry at $address from the internet side (/v2/: 200, TLS verified, client certificate)" ||
    fail "onion: the laptop client got HTTP '$code' from $address"
  onion_client_start phone 9152 phone || { fail "onion: the phone's Tor client did not start"; return; }
  code=$(onion_fetch 9152 "$address" 10)
  [ "$code" = 200 ] && pass "onion: the phone, another authorized client, gets through too" ||
    fail "onion: the phone client got HTTP '$code'"
  onion_client_start nokey 9151 || { fail "onion: the key-less Tor client did not start"; return; }
  code=$(onion_fetch 9151 "$address" 3)
  if [ "$code" != 200 ] && grep -qiE "client auth|decrypt" "$STATE/onion-client-nokey/notice.log"; then
    pass "onion: without a key the connection fails ($(grep -iE 'client auth|decrypt' "$STATE/onion-client-nokey/notice.log" | tail -1 | cut -d' ' -f4- | cut -c1-160))"
  else
    fail "onion: a client without a key got '$code' and no authorization error in its log"
  fi
  onion_client_stop nokey
}

# After a change that replaced the gateway and dropped the phone from the clients (check 10).
check_onion_after_replacement() {
  local address code
  address=$(onion_address)
  [ -n "$ONION_ADDRESS_BEFORE" ] || { fail "onion: no address from before the replacement"; return; }
  [ "$address" = "$ONION_ADDRESS_BEFORE" ] && pass "onion: the .onion address is the same after the gateway was replaced" ||
    fail "onion: the address changed from $ONION_ADDRESS_BEFORE to $address"
  code=$(onion_fetch 9150 "$address" 40)
  [ "$code" = 200 ] && pass "onion: the laptop still gets through after the replacement" ||
    fail "onion: after the replacement the laptop got HTTP '$code'"
  local clients="/var/lib/tor/onion/$ONION_SERVICE/authorized_clients"
  # Control: the laptop's .auth is there, so the directory is read where it is.
  if ! on "$GATEWAY" test -e "$clients/laptop.auth"; then
    fail "onion: no laptop.auth in $clients on the gateway: no evidence about the phone's"
  elif on "$GATEWAY" test -e "$clients/phone.auth"; then
    fail "onion: the revoked phone's .auth is still on the gateway"
  else
    pass "onion: the revoked phone's .auth is gone from the gateway (the laptop's is there)"
  fi
  # The phone keeps its old key file; a fresh start of its Tor caches no old descriptor.
  onion_client_stop phone
  rm -rf "$STATE/onion-client-phone/data" && mkdir -m 700 "$STATE/onion-client-phone/data"
  : >"$STATE/onion-client-phone/notice.log"
  if ! { up_ns tor -f "$STATE/onion-client-phone/torrc" >/dev/null 2>&1 &&
    bash "$TORNET" wait-bootstrap "$STATE/onion-client-phone/notice.log" 120 >/dev/null 2>&1; }; then
    fail "onion: the phone's Tor client did not bootstrap again: no evidence about its revocation"
  else
    code=$(onion_fetch 9152 "$address" 3)
    # Refused for the right reason: Tor says it cannot decrypt the descriptor with the phone's key.
    if [ "$code" != 200 ] && grep -qiE "client auth|decrypt" "$STATE/onion-client-phone/notice.log"; then
      pass "onion: the revoked phone can no longer connect (HTTP '$code'; its Tor: $(grep -iE 'client auth|decrypt' "$STATE/onion-client-phone/notice.log" | tail -1 | cut -d' ' -f4- | cut -c1-120))"
    else
      fail "onion: the revoked phone got HTTP '$code' and no authorization error in its log"
    fi
  fi
  onion_client_stop laptop
  onion_client_stop phone
}
