# shellcheck shell=bash
# bcmnet on a LAN, and two stacks on one endpoint (issue 13): a second e2e stack
# (tests/e2e/Pulumi.e2e-lan.yaml) deployed beside the main one, its bcmnet bridged onto bcmlan0,
# one end of a veth pair whose other end (bcmlan1) sits in the network namespace "lan": a second
# computer on that LAN ("lanpc"). Checks, each asserting what came back from the far end:
#   LAN 1  lanpc gets a DHCP lease from this stack's gateway (and the gateway's lease file has it)
#   LAN 2  lanpc.<domain> resolves from a container on this stack's bcmnet, and the container's
#          name resolves from lanpc, through the gateway's DNS (which lanpc got by DHCP)
#   LAN 3  lanpc fetches through Squid: the upstream HTTP server logs the request, from this
#          gateway's outside address
#   LAN 4  lanpc uses both registries with the client bundle from the stack outputs: the mirror
#          pulls the test image's manifest from upstream (upstream's log), lanpc copies the image
#          into the private registry (<domain>:443) and reads it back by digest; no certificate: refused
#   LAN 5  lanpc cannot reach the outside except through the proxies: direct TCP and ICMP to
#          upstream fail and a capture on upstream's side sees none of it (a control proves it sees
#          this stack's proxied traffic)
#   TWO    both stacks up at once: the main stack's DHCP/DNS check passes; after this stack's
#          destroy the main gateway still answers DNS and renews a DHCP lease, and its project,
#          network and pool are intact; nothing of this stack is left (project, network, pool,
#          namespace, veth, /etc/netns/lan)
# The endpoint's collision check (components/foundation/collisions.ts) runs first: this stack must
# collide with nothing, and the same stack with the main stack's bridge name, pool, or LAN NIC must
# be refused naming the setting.
#
# Needs tests/e2e/lib.sh sourced first (pass/fail/skip, deploy_tool, MODE, STATE, the main stack's
# PROJECT/DOMAIN..., check_dhcp_dns) and the topology (netns upstream, bcmout0) up.
# Entry point: run_lan_checks. Teardown: lan_teardown (idempotent; also on failure).

LAN_STACK=e2e-lan
LAN_STACK_FILE="$REPO_ROOT/tests/e2e/Pulumi.$LAN_STACK.yaml"
# LAN_PROJECT LAN_POOL LAN_BCMNET_NETWORK LAN_BCMNET_CIDR LAN_INSIDE LAN_DOMAIN LAN_DHCP_START
# LAN_DHCP_END LAN_UPSTREAM LAN_OUTSIDE_PARENT: through the program's config parser.
eval "$(cd "$REPO_ROOT" && ts-node --transpile-only tests/e2e/stack-constants.ts "$LAN_STACK_FILE" | sed 's/^/LAN_/')" ||
  { echo "lan: cannot read $LAN_STACK_FILE" >&2; exit 2; }
LAN_HOST_IF=$(node -e 'const y=require("js-yaml"),fs=require("fs");
  process.stdout.write(String(y.load(fs.readFileSync(process.argv[1],"utf8")).config["bcm:bcmnetParentNic"]))' "$LAN_STACK_FILE")
LAN_NS_IF=bcmlan1
LAN_NETNS=lan
LAN_HOSTNAME=lanpc
LAN_CLIENT=lanclient1
LAN_STATE="$STATE/lan"
LAN_DEPLOY_DIR="$LAN_STATE/deploy"
LAN_STACK_CONFIG="$LAN_STATE/Pulumi.$LAN_STACK.yaml"
LAN_BUNDLE="$LAN_STATE/bundle"

lan_on() { local instance=$1; shift; timeout 180 lxc exec --project "$LAN_PROJECT" "$instance" -- "$@"; }
lan_ns() { ip netns exec "$LAN_NETNS" "$@"; }
lan_output() { # lan_output <name>
  if [ "$MODE" = engine ]; then
    (cd "$REPO_ROOT" && pulumi --non-interactive stack output "$1" --show-secrets --stack "$LAN_STACK")
  else
    jq -r --arg k "$1" '.[$k]' "$LAN_DEPLOY_DIR/outputs.json"
  fi
}
# curl from lanpc with the client bundle of the stack outputs
lan_curl() { lan_ns curl -sS --max-time 60 --cacert "$LAN_BUNDLE/ca.crt" --cert "$LAN_BUNDLE/client.cert" --key "$LAN_BUNDLE/client.key" "$@"; }

lan_install_packages() {
  local missing=() pkg
  for pkg in isc-dhcp-client iputils-ping bind9-dnsutils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# --- the LAN: veth bcmlan0 (host, bcmnet's LAN NIC) <-> bcmlan1 (netns lan, the computer) --------
lan_topology_up() {
  mkdir -p "$LAN_STATE"
  ip netns add "$LAN_NETNS" || return 1
  # What `ip netns exec lan` bind-mounts over /etc/resolv.conf: written by lanpc's DHCP client.
  mkdir -p "/etc/netns/$LAN_NETNS" && : >"/etc/netns/$LAN_NETNS/resolv.conf"
  ip link add "$LAN_HOST_IF" type veth peer name "$LAN_NS_IF" || return 1
  ip link set "$LAN_NS_IF" netns "$LAN_NETNS" || return 1
  # A bridge port carries no address (LXD bridges only unconfigured interfaces): no IPv6 either.
  sysctl -qw "net.ipv6.conf.$LAN_HOST_IF.disable_ipv6=1" || return 1
  ip link set "$LAN_HOST_IF" up || return 1
  lan_ns ip link set lo up && lan_ns ip link set "$LAN_NS_IF" up
}

# lanpc's DHCP client: dhclient sending its host name; the script applies the lease as a
# computer would (address, default route, resolver) and records what the server handed out.
lan_dhcp() {
  cat >"$LAN_STATE/dhclient.conf" <<EOF
send host-name "$LAN_HOSTNAME";
request subnet-mask, broadcast-address, routers, domain-name, domain-name-servers, domain-search;
timeout 60;
EOF
  cat >"$LAN_STATE/dhclient-script" <<EOF
#!/bin/sh
case "\$reason" in
BOUND|RENEW|REBIND|REBOOT)
  ip -4 addr flush dev "\$interface"
  ip -4 addr add "\$new_ip_address/\$new_subnet_mask" dev "\$interface"
  for r in \$new_routers; do ip -4 route replace default via "\$r" dev "\$interface"; break; done
  { echo "search \$new_domain_name"; for s in \$new_domain_name_servers; do echo "nameserver \$s"; done; } \
    >/etc/netns/$LAN_NETNS/resolv.conf
  env | grep -E '^new_(ip_address|subnet_mask|routers|domain_name|domain_name_servers|dhcp_server_identifier|dhcp_lease_time)=' \
    >"$LAN_STATE/lease.env"
  ;;
esac
exit 0
EOF
  chmod 755 "$LAN_STATE/dhclient-script"
  rm -f "$LAN_STATE/lease.env"
  lan_ns dhclient -1 -v -cf "$LAN_STATE/dhclient.conf" -sf "$LAN_STATE/dhclient-script" \
    -lf "$LAN_STATE/dhclient.leases" -pf "$LAN_STATE/dhclient.pid" "$LAN_NS_IF" >"$LOGS/lan-dhclient.log" 2>&1
}
lan_lease() { sed -n "s/^$1=//p" "$LAN_STATE/lease.env" 2>/dev/null; }

# --- the second stack ----------------------------------------------------------------------------
lan_deploy() {
  cp "$LAN_STACK_FILE" "$LAN_STACK_CONFIG"
  if [ "$MODE" = engine ]; then
    # Same backend as the main stack (lib.sh stack_init logged in to it).
    local repo_file="$REPO_ROOT/Pulumi.$LAN_STACK.yaml"
    (cd "$REPO_ROOT" && pulumi stack init "$LAN_STACK" --secrets-provider passphrase --non-interactive) >/dev/null 2>&1
    if [ -f "$repo_file" ]; then grep '^encryptionsalt:' "$repo_file" >>"$LAN_STACK_CONFIG"; rm -f "$repo_file"; fi
    (cd "$REPO_ROOT" && pulumi --non-interactive up --yes --skip-preview --stack "$LAN_STACK" \
      --config-file "$LAN_STACK_CONFIG") >"$LOGS/lan-up.log" 2>&1
  else
    deploy_tool plan "$LAN_STACK_CONFIG" "$LAN_DEPLOY_DIR" >"$LOGS/lan-up.log" 2>&1 &&
      deploy_tool apply "$LAN_DEPLOY_DIR" >>"$LOGS/lan-up.log" 2>&1
  fi
}

lan_destroy() {
  if [ "$MODE" = engine ]; then
    (cd "$REPO_ROOT" && pulumi --non-interactive destroy --yes --skip-preview --stack "$LAN_STACK" \
      --config-file "$LAN_STACK_CONFIG" && pulumi stack rm --yes --stack "$LAN_STACK") >"$LOGS/lan-destroy.log" 2>&1
  elif [ -f "$LAN_DEPLOY_DIR/plan.json" ]; then
    deploy_tool destroy "$LAN_DEPLOY_DIR" >"$LOGS/lan-destroy.log" 2>&1
  fi
}

lan_wait_gateway() {
  local status unit inactive
  status=$(lan_on gateway cloud-init status --wait 2>&1 | tail -1)
  if [[ "$status" == *disabled* ]] && lan_on gateway grep -q "^bcm-setup: done" /var/log/bcm-setup.log; then
    status="done"
  fi
  [[ "$status" == *done* ]] || { echo "lan: gateway: cloud-init $status"; lan_on gateway tail -n 20 /var/log/bcm-setup.log; return 1; }
  for _ in $(seq 1 60); do
    inactive=()
    for unit in "${GATEWAY_UNITS[@]}"; do
      # This stack's Squid and mirror go out directly (its stack file): no privoxy instances.
      [[ "$unit" == bcm-privoxy-* ]] && continue
      lan_on gateway systemctl is-active --quiet "$unit" 2>/dev/null || inactive+=("$unit")
    done
    ((${#inactive[@]} == 0)) && return 0
    sleep 2
  done
  echo "lan: not active after 120 s: ${inactive[*]}"
  return 1
}

lan_start_client() {
  local ip
  lxc launch --project "$LAN_PROJECT" "${BCM_IMAGE_ALIAS:-bcm-bookworm}" "$LAN_CLIENT" --profile bcm-unprivileged >/dev/null || return 1
  for _ in $(seq 1 90); do
    ip=$(lxc list --project "$LAN_PROJECT" "^$LAN_CLIENT\$" --format csv -c 4 | grep -oE "${LAN_BCMNET_CIDR%.*/*}\.[0-9]+" | head -1)
    [ -n "$ip" ] && { echo "$ip"; return 0; }
    sleep 1
  done
  return 1
}

# --- checks ----------------------------------------------------------------------------------------
# The endpoint collision check against the real LXD: nothing for this stack; the main stack's names
# are refused, each naming its setting.
lan_check_collisions() {
  local out rc uplink
  collisions() { (cd "$REPO_ROOT" && ts-node --transpile-only tests/e2e/collisions.ts "$@"); }
  out=$(collisions "$LAN_STACK_CONFIG" 2>&1) && pass "TWO: the endpoint holds nothing this stack would claim (collision check)" ||
    fail "TWO: collision check of this stack: $out"
  out=$(collisions "$LAN_STACK_CONFIG" "{\"bcmnetName\":\"$BCMNET_NETWORK\",\"storagePool\":\"$POOL\"}" 2>&1)
  rc=$?
  if [ "$rc" = 1 ] && grep -q "^bcm:bcmnetName = \"$BCMNET_NETWORK\": .*project $PROJECT" <<<"$out" &&
    grep -q "^bcm:storagePool = \"$POOL\": .*project $PROJECT" <<<"$out"; then
    pass "TWO: the main stack's bridge $BCMNET_NETWORK and pool $POOL are refused, naming bcm:bcmnetName and bcm:storagePool"
  else
    fail "TWO: the main stack's bridge and pool were not both refused: $out"
  fi
  out=$(collisions "$LAN_STACK_CONFIG" "{\"bcmnetParentNic\":\"$OUTSIDE_PARENT\",\"outsideParentNic\":\"$LAN_HOST_IF\"}" 2>&1)
  rc=$?
  if [ "$rc" = 1 ] && grep -q "^bcm:bcmnetParentNic = \"$OUTSIDE_PARENT\": .*instance gateway in project $PROJECT" <<<"$out"; then
    pass "TWO: the main stack's outside NIC $OUTSIDE_PARENT is refused as bcmnetParentNic"
  else
    fail "TWO: $OUTSIDE_PARENT as bcmnetParentNic was not refused: $out"
  fi
  # The host's own uplink (it carries an address) as the LAN NIC.
  uplink=$(ip -4 route show default | awk '{print $5; exit}')
  out=$(collisions "$LAN_STACK_CONFIG" "{\"bcmnetParentNic\":\"$uplink\"}" 2>&1)
  rc=$?
  if [ -n "$uplink" ] && [ "$rc" = 1 ] && grep -q "^bcm:bcmnetParentNic = \"$uplink\": carries the address " <<<"$out"; then
    pass "TWO: the host's uplink $uplink (it has an address) is refused as bcmnetParentNic"
  else
    fail "TWO: the host's uplink '$uplink' as bcmnetParentNic was not refused: $out"
  fi
}

# After the deploy: this stack's LAN NIC (now a port of its bcmnet) as the main stack's outside parent.
lan_check_collision_outside() {
  local out rc
  out=$(cd "$REPO_ROOT" && ts-node --transpile-only tests/e2e/collisions.ts "$REPO_ROOT/tests/e2e/Pulumi.e2e.yaml" \
    "{\"outsideParentNic\":\"$LAN_HOST_IF\"}" 2>&1)
  rc=$?
  if [ "$rc" = 1 ] && grep -q "^bcm:outsideParentNic = \"$LAN_HOST_IF\": is bridged into the network $LAN_BCMNET_NETWORK (bcmnetParentNic of project $LAN_PROJECT)" <<<"$out"; then
    pass "TWO: a macvlan on $LAN_HOST_IF (bridged into $LAN_BCMNET_NETWORK) is refused as the main stack's outsideParentNic"
  else
    fail "TWO: $LAN_HOST_IF as outsideParentNic was not refused: $out"
  fi
}

lan_check_dhcp() {
  local address server router dns mac lease first last host
  address=$(lan_lease new_ip_address)
  server=$(lan_lease new_dhcp_server_identifier)
  router=$(lan_lease new_routers)
  dns=$(lan_lease new_domain_name_servers)
  host=${address##*.} first=${LAN_DHCP_START##*.} last=${LAN_DHCP_END##*.}
  if [ -n "$address" ] && [[ "$address" == "${LAN_BCMNET_CIDR%.*/*}".* ]] && ((host >= first && host <= last)) &&
    [ "$server" = "$LAN_INSIDE" ] && [ "$router" = "$LAN_INSIDE" ] && [ "$dns" = "$LAN_INSIDE" ]; then
    pass "LAN 1: $LAN_HOSTNAME got $address by DHCP from the gateway $server (router and DNS $LAN_INSIDE)"
  else
    fail "LAN 1: $LAN_HOSTNAME's lease: address '$address' server '$server' router '$router' dns '$dns' (see $LOGS/lan-dhclient.log)"
    return 1
  fi
  # The far end: the gateway's own lease file has lanpc, its MAC and that address.
  mac=$(lan_ns cat "/sys/class/net/$LAN_NS_IF/address")
  lease=$(lan_on gateway cat /var/lib/bcm/state/dnsmasq.leases | awk -v m="$mac" '$2 == m')
  [ "$(awk '{print $3, $4}' <<<"$lease")" = "$address $LAN_HOSTNAME" ] &&
    pass "LAN 1: the gateway's lease file records $LAN_HOSTNAME ($mac) at $address" ||
    fail "LAN 1: the gateway's lease file has for $mac: '$lease'"
}

lan_check_dns() {
  local pc client resolved server
  pc=$(lan_lease new_ip_address)
  client=$1
  resolved=$(lan_on "$LAN_CLIENT" getent hosts "$LAN_HOSTNAME.$LAN_DOMAIN" | awk '{print $1}')
  evident "$LAN_HOSTNAME's lease" "$pc" && [ "$resolved" = "$pc" ] && pass "LAN 2: $LAN_CLIENT on bcmnet resolves $LAN_HOSTNAME.$LAN_DOMAIN to $pc" ||
    fail "LAN 2: $LAN_CLIENT resolved $LAN_HOSTNAME.$LAN_DOMAIN to '$resolved', expected $pc"
  # lanpc's resolver is what DHCP handed out: dig names the server that answered.
  resolved=$(lan_ns dig +tries=3 "$LAN_CLIENT.$LAN_DOMAIN")
  server=$(sed -n 's/^;; SERVER: \([0-9.]*\)#53.*/\1/p' <<<"$resolved")
  resolved=$(awk '$4 == "A" {print $5}' <<<"$resolved" | head -1)
  [ "$resolved" = "$client" ] && [ "$server" = "$LAN_INSIDE" ] &&
    pass "LAN 2: $LAN_HOSTNAME resolves $LAN_CLIENT.$LAN_DOMAIN to $client (answered by the gateway $server)" ||
    fail "LAN 2: $LAN_HOSTNAME resolved $LAN_CLIENT.$LAN_DOMAIN to '$resolved' (server '$server'), expected $client"
  resolved=$(lan_ns getent hosts "mirror.$LAN_DOMAIN" | awk '{print $1}')
  [ "$resolved" = "$LAN_INSIDE" ] && pass "LAN 2: $LAN_HOSTNAME resolves mirror.$LAN_DOMAIN to the gateway" ||
    fail "LAN 2: $LAN_HOSTNAME resolved mirror.$LAN_DOMAIN to '$resolved'"
}

lan_check_squid() {
  local outside path body seen
  outside=$(lan_output gatewayOutsideAddress)
  path="/small.txt?lan=$$-$RANDOM"
  body=$(lan_ns curl -sS --max-time 30 -x "http://squid.$LAN_DOMAIN:3128" "http://$LAN_UPSTREAM:8080$path" 2>&1)
  seen=$(awk -v p="$path" -v a="$outside" '$3 == p && $1 == a' "$STATE/logs/http.log" | wc -l)
  [ "$body" = "$(cat "$STATE/www/small.txt")" ] && [ "$seen" = 1 ] &&
    pass "LAN 3: $LAN_HOSTNAME fetched $path through squid.$LAN_DOMAIN; upstream logged it from the gateway's outside address $outside" ||
    fail "LAN 3: fetch through Squid returned '$body'; upstream saw it $seen times from '$outside'"
}

# Pull the test image's manifest and blobs through the mirror, push them to the private registry,
# read the manifest back by digest: both registries, TLS with the client bundle, from lanpc.
lan_check_registries() {
  local outside digest before after code out hostport got blob loc sep url dir=$LAN_STATE/image
  local mirror="https://mirror.$LAN_DOMAIN:5000" private="https://$LAN_DOMAIN:443"
  local accept="application/vnd.docker.distribution.manifest.v2+json"
  mkdir -p "$LAN_BUNDLE" "$dir"
  lan_output caCertificate >"$LAN_BUNDLE/ca.crt"
  lan_output dockerClientCert >"$LAN_BUNDLE/client.cert"
  (umask 077 && lan_output dockerClientKey >"$LAN_BUNDLE/client.key")
  outside=$(lan_output gatewayOutsideAddress)
  digest=$(sed -n 's/^manifest=//p' "$STATE/testimage/digests")
  for url in "$mirror" "$private"; do
    code=$(lan_curl -o /dev/null -w '%{http_code}' "$url/v2/")
    [ "$code" = 200 ] && pass "LAN 4: $LAN_HOSTNAME reaches $url/v2/ with the client bundle of the stack outputs" ||
      fail "LAN 4: $url/v2/ with the client bundle: HTTP $code"
    # Without the client certificate: in TLS 1.3 the server's refusal (an alert) comes after the
    # client's Finished, so ask for a page and look at what comes back: an alert, no HTTP.
    hostport=${url#https://}
    out=$(lan_ns bash -c "(printf 'GET /v2/ HTTP/1.0\r\n\r\n'; sleep 2) |
      timeout 10 openssl s_client -connect $hostport -servername ${hostport%:*} -CAfile $LAN_BUNDLE/ca.crt 2>&1")
    [[ "$out" == *"alert"* ]] && [[ "$out" != *"HTTP/1."* ]] &&
      pass "LAN 4: $url refuses $LAN_HOSTNAME without the client certificate ($(grep -o 'alert [a-z ]*' <<<"$out" | head -1))" ||
      fail "LAN 4: $url without a client certificate: $(tail -2 <<<"$out" | tr '\n' ' ')"
  done
  # The upstream registry's access log: "<client> - - [...] "GET /v2/.../manifests/1 HTTP/1.1" 200"
  upstream_manifest_gets() { grep -cE "^$outside - - .*\"(GET|HEAD) /v2/library/bcmtest/manifests/1 HTTP/1.1\" 200 " "$STATE/logs/registry.log" || true; }
  before=$(upstream_manifest_gets)
  lan_curl -D "$dir/headers" -o "$dir/manifest.json" -H "Accept: $accept" "$mirror/v2/library/bcmtest/manifests/1"
  after=$(upstream_manifest_gets)
  got=$(tr -d '\r' <"$dir/headers" | sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: //p')
  [ "$got" = "$digest" ] && [ "$after" -gt "$before" ] &&
    pass "LAN 4: the mirror served library/bcmtest:1 ($got), fetched from upstream by this gateway ($((after - before)) upstream manifest GET from $outside)" ||
    fail "LAN 4: mirror manifest digest '$got' (expected $digest); upstream GETs from $outside: $before -> $after"
  for blob in $(jq -r '.config.digest, .layers[].digest' "$dir/manifest.json"); do
    lan_curl -f -o "$dir/blob" "$mirror/v2/library/bcmtest/blobs/$blob" &&
      [ "sha256:$(sha256sum <"$dir/blob" | cut -d' ' -f1)" = "$blob" ] || { fail "LAN 4: blob $blob from the mirror"; return; }
    loc=$(lan_curl -f -X POST -D - -o /dev/null "$private/v2/lan/bcmtest/blobs/uploads/" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
    [[ "$loc" == *"?"* ]] && sep="&" || sep="?"
    [[ "$loc" == /* ]] && loc="$private$loc"
    lan_curl -f -X PUT -H "Content-Type: application/octet-stream" --data-binary "@$dir/blob" "$loc${sep}digest=$blob" -o /dev/null ||
      { fail "LAN 4: blob upload of $blob to the private registry"; return; }
  done
  code=$(lan_curl -o /dev/null -w '%{http_code}' -X PUT -H "Content-Type: $accept" --data-binary "@$dir/manifest.json" \
    "$private/v2/lan/bcmtest/manifests/1")
  got=$(lan_curl -f -D - -o /dev/null -H "Accept: $accept" "$private/v2/lan/bcmtest/manifests/1" | tr -d '\r' |
    sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: //p')
  [ "$code" = 201 ] && [ "$got" = "$digest" ] &&
    pass "LAN 4: $LAN_HOSTNAME pushed the image to $LAN_DOMAIN:443 (HTTP 201) and read it back by digest $got" ||
    fail "LAN 4: push to $LAN_DOMAIN:443 HTTP $code, digest read back '$got' (expected $digest)"
}

# lanpc has a default route (the gateway, from DHCP), but the gateway neither routes nor NATs:
# direct TCP and ICMP to upstream fail, and upstream's side of the outside link sees none of it.
lan_check_no_direct_outside() {
  local outside pc via filter pcap=$LAN_STATE/direct.pcap control=$LAN_STATE/control.pcap seen dump
  outside=$(lan_output gatewayOutsideAddress)
  pc=$(lan_lease new_ip_address)
  via=$(lan_ns ip -4 route get "$LAN_UPSTREAM" | grep -o 'via [0-9.]*')
  [ "$via" = "via $LAN_INSIDE" ] && pass "LAN 5: $LAN_HOSTNAME's route to upstream $LAN_UPSTREAM is the gateway (DHCP router option)" ||
    fail "LAN 5: $LAN_HOSTNAME's route to $LAN_UPSTREAM: '$via'"
  # What the LAN computer's traffic would look like upstream: its own address if routed, the
  # gateway's outside address if NATed.
  filter="src host $pc or (src host $outside and (icmp or tcp dst port 8080 or tcp dst port 5000))"
  up_ns timeout 14 tcpdump -i "$NETNS_IF" -nn -U -w "$pcap" "$filter" 2>/dev/null &
  dump=$!
  sleep 2
  # Control: the same probe from lanpc reaches the gateway's Squid, so a failure is the network's.
  if ! lan_ns timeout 6 nc -z -w 4 "$LAN_INSIDE" 3128; then
    fail "LAN 5: control: $LAN_HOSTNAME cannot reach the gateway's Squid either: no evidence about direct TCP"
  elif lan_ns timeout 6 nc -z -w 4 "$LAN_UPSTREAM" 8080; then
    fail "LAN 5: TCP $LAN_UPSTREAM:8080 open directly from $LAN_HOSTNAME"
  else
    pass "LAN 5: direct TCP to $LAN_UPSTREAM:8080 fails from $LAN_HOSTNAME (the gateway's Squid answers)"
  fi
  # ping's exit 1 is "no reply"; 2 (or anything else) is an error of its own: no evidence. Control:
  # lanpc's ping reaches the gateway (its input accepts all of bcmnet).
  if lan_ns ping -c 1 -W 2 "$LAN_INSIDE" >/dev/null 2>&1; then lan_ns ping -c 2 -W 2 "$LAN_UPSTREAM" >/dev/null 2>&1; else (exit 2); fi
  case $? in
    1) pass "LAN 5: ICMP echo to $LAN_UPSTREAM fails from $LAN_HOSTNAME (no reply)" ;;
    0) fail "LAN 5: $LAN_HOSTNAME pings $LAN_UPSTREAM" ;;
    *) fail "LAN 5: ping from $LAN_HOSTNAME could not run: no evidence" ;;
  esac
  wait "$dump" 2>/dev/null
  # A direct attempt shows as lanpc's own packets (routed) or, NATed, as a new connection (SYN) or
  # an echo request from the outside address; Squid's idle connection to upstream, which it may
  # close during the capture (FIN), is not an attempt.
  seen=$(tcpdump -r "$pcap" -nn "src host $pc or icmp[icmptype] == icmp-echo or tcp[tcpflags] & tcp-syn != 0" 2>/dev/null | wc -l)
  # Control: the same capture sees this stack's proxied traffic (a Squid fetch).
  up_ns timeout 10 tcpdump -i "$NETNS_IF" -nn -U -w "$control" "$filter" 2>/dev/null &
  dump=$!
  sleep 2
  lan_ns curl -s -o /dev/null --max-time 6 -x "http://$LAN_INSIDE:3128" "http://$LAN_UPSTREAM:8080/small.txt?lan-control=$$"
  wait "$dump" 2>/dev/null
  local controlled
  controlled=$(tcpdump -r "$control" -nn 2>/dev/null | wc -l)
  [ "$seen" -eq 0 ] && [ "$controlled" -gt 0 ] &&
    pass "LAN 5: upstream saw no packet of the direct attempts (the same capture saw $controlled packets of a Squid fetch)" ||
    fail "LAN 5: upstream saw $seen packets of the direct attempts (control: $controlled)"
}

# The main stack, while this one is up: its DHCP/DNS check (lib.sh check_dhcp_dns).
lan_check_main_stack() {
  echo "lan: the main stack's DHCP/DNS check while $LAN_STACK is up:"
  check_dhcp_dns
}

# The main gateway answers DHCP: a new exchange by client2 moves its lease's expiry in the gateway's
# lease file (the server's own record); and DNS (check_dhcp_dns).
lan_check_main_dhcp_renewal() {
  local mac before after
  mac=$(lxc query "/1.0/instances/client2?project=$PROJECT" | jq -r '.config["volatile.eth0.hwaddr"]')
  before=$(on "$GATEWAY" cat /var/lib/bcm/state/dnsmasq.leases | awk -v m="$mac" '$2 == m {print $1}')
  sleep 1
  # A DHCP exchange by client2 with its own client identity (the DUID in its lease file), its
  # address left as it is (-sf /bin/true), then the extra client stopped without a release.
  on client2 sh -c 'cp /var/lib/dhcp/dhclient.eth0.leases /run/lan-probe.leases &&
    timeout 30 dhclient -4 -1 -i -sf /bin/true -lf /run/lan-probe.leases -pf /run/lan-probe.pid eth0 &&
    dhclient -x -pf /run/lan-probe.pid; rm -f /run/lan-probe.leases' >/dev/null 2>&1
  for _ in $(seq 1 15); do
    after=$(on "$GATEWAY" cat /var/lib/bcm/state/dnsmasq.leases | awk -v m="$mac" '$2 == m {print $1}')
    [ -n "$after" ] && [ -n "$before" ] && [ "$after" -gt "$before" ] && break
    sleep 1
  done
  [ -n "$after" ] && [ -n "$before" ] && [ "$after" -gt "$before" ] &&
    pass "TWO: after $LAN_STACK's destroy the main gateway renewed client2's DHCP lease (expiry $before -> $after)" ||
    fail "TWO: the main gateway did not renew client2's lease after $LAN_STACK's destroy ('$before' -> '$after')"
}

lan_check_destroyed() {
  lan_destroy && pass "TWO: destroy of $LAN_STACK ($MODE)" || fail "TWO: destroy of $LAN_STACK failed (see $LOGS/lan-destroy.log)"
  LAN_DESTROYED=1
  local projects networks pools
  if projects=$(lxd_names lxc project list) && networks=$(lxd_names lxc network list) &&
    pools=$(lxd_names lxc storage list) && grep -q "^$PROJECT" <<<"$projects"; then
    grep -qx "$LAN_PROJECT\( (current)\)\?" <<<"$projects" && fail "TWO: project $LAN_PROJECT still exists" ||
      pass "TWO: no project $LAN_PROJECT left"
    grep -qx "$LAN_BCMNET_NETWORK" <<<"$networks" && fail "TWO: network $LAN_BCMNET_NETWORK still exists" ||
      pass "TWO: no network $LAN_BCMNET_NETWORK left"
    grep -qx "$LAN_POOL" <<<"$pools" && fail "TWO: pool $LAN_POOL still exists" || pass "TWO: no pool $LAN_POOL left"
  else
    fail "TWO: LXD's project, network and pool lists could not be read (or lack the main stack's project)"
  fi
  # The main stack: its objects and gateway as they were.
  local state
  state=$(lxc query "/1.0/instances/$GATEWAY/state?project=$PROJECT" | jq -r .status)
  lxc project list -f csv | grep -q "^$PROJECT," && lxc network list -f csv | grep -q "^$BCMNET_NETWORK," &&
    lxc storage list -f csv | grep -q "^$POOL," && [ "$state" = Running ] &&
    pass "TWO: the main stack's project $PROJECT, network $BCMNET_NETWORK, pool $POOL and gateway ($state) are intact" ||
    fail "TWO: the main stack lost something in $LAN_STACK's destroy (gateway: $state)"
  lan_check_main_dhcp_renewal
  echo "lan: the main stack's DHCP/DNS check after $LAN_STACK's destroy:"
  check_dhcp_dns
}

LAN_DESTROYED=0
# Removes everything of the LAN test: deployment (if not destroyed), leftovers by name, dhclient,
# namespace, veth, /etc/netns/lan, state. Idempotent; safe when nothing was created.
lan_teardown() {
  local name volume p
  lxc delete --force --project "$LAN_PROJECT" "$LAN_CLIENT" >/dev/null 2>&1
  [ "$LAN_DESTROYED" = 1 ] || lan_destroy >/dev/null 2>&1
  if lxc project list -f csv | grep -q "^$LAN_PROJECT,"; then
    for name in $(lxc list --project "$LAN_PROJECT" -f csv -c n); do lxc delete --force --project "$LAN_PROJECT" "$name" >/dev/null 2>&1; done
    for volume in $(lxc storage volume list "$LAN_POOL" --project "$LAN_PROJECT" -f csv 2>/dev/null | awk -F, '$1=="custom"{print $2}'); do
      lxc storage volume delete "$LAN_POOL" "$volume" --project "$LAN_PROJECT" >/dev/null 2>&1
    done
    for name in $(lxc profile list --project "$LAN_PROJECT" -f csv | cut -d, -f1 | grep -v '^default$'); do
      lxc profile delete --project "$LAN_PROJECT" "$name" >/dev/null 2>&1
    done
    lxc project delete "$LAN_PROJECT" >/dev/null 2>&1
  fi
  lxc network delete "$LAN_BCMNET_NETWORK" >/dev/null 2>&1
  lxc storage delete "$LAN_POOL" >/dev/null 2>&1
  if ip netns list | awk '{print $1}' | grep -qx "$LAN_NETNS"; then
    for p in $(ip netns pids "$LAN_NETNS"); do kill "$p" 2>/dev/null; done # dhclient
    sleep 0.3
    for p in $(ip netns pids "$LAN_NETNS"); do kill -9 "$p" 2>/dev/null; done
    ip netns del "$LAN_NETNS"
  fi
  ip link del "$LAN_HOST_IF" >/dev/null 2>&1
  rm -rf "/etc/netns/$LAN_NETNS" "$LAN_STATE"
  rmdir /etc/netns 2>/dev/null # only when empty (ip netns needs none)
  true
}

lan_check_clean() {
  local left=()
  ip netns list | awk '{print $1}' | grep -qx "$LAN_NETNS" && left+=("netns $LAN_NETNS")
  ip link show "$LAN_HOST_IF" >/dev/null 2>&1 && left+=("veth $LAN_HOST_IF")
  [ -e "/etc/netns/$LAN_NETNS" ] && left+=("/etc/netns/$LAN_NETNS")
  local projects networks pools
  if projects=$(lxd_names lxc project list) && networks=$(lxd_names lxc network list) &&
    pools=$(lxd_names lxc storage list) && grep -q '^default' <<<"$projects"; then
    grep -qx "$LAN_PROJECT\( (current)\)\?" <<<"$projects" && left+=("project $LAN_PROJECT")
    grep -qx "$LAN_BCMNET_NETWORK" <<<"$networks" && left+=("network $LAN_BCMNET_NETWORK")
    grep -qx "$LAN_POOL" <<<"$pools" && left+=("pool $LAN_POOL")
  else
    left+=("unknown: LXD's lists could not be read")
  fi
  ((${#left[@]} == 0)) && pass "TWO: teardown left no namespace, veth, project, network or pool of $LAN_STACK" ||
    fail "TWO: teardown left ${left[*]}"
}

# The whole LAN / two-stacks test. Needs the main stack deployed (with client1, client2) and the
# topology up; leaves the main stack as it was.
run_lan_checks() {
  local t0=$SECONDS t client
  phase "bcmnet on a LAN, a second stack beside the main one"
  lan_install_packages || { fail "LAN: could not install isc-dhcp-client, iputils-ping, bind9-dnsutils"; return; }
  lan_teardown # an interrupted earlier run
  LAN_DESTROYED=0
  lan_topology_up || { fail "LAN: could not create netns $LAN_NETNS and veth $LAN_HOST_IF"; lan_teardown; return; }
  mkdir -p "$LAN_STATE" && cp "$LAN_STACK_FILE" "$LAN_STACK_CONFIG"
  lan_check_collisions
  t=$SECONDS
  if ! lan_deploy; then
    fail "LAN: deploy of $LAN_STACK failed (see $LOGS/lan-up.log)"; lan_teardown; lan_check_clean; return
  fi
  lan_wait_gateway || { fail "LAN: $LAN_STACK's gateway did not come up"; lan_teardown; lan_check_clean; return; }
  pass "LAN: $LAN_STACK deployed beside $STACK, gateway configured ($((SECONDS - t)) s)"
  lan_check_collision_outside
  if lan_dhcp; then lan_check_dhcp; else fail "LAN 1: $LAN_HOSTNAME got no DHCP lease (see $LOGS/lan-dhclient.log)"; fi
  if client=$(lan_start_client); then
    lan_check_dns "$client"
  else
    fail "LAN 2: $LAN_CLIENT got no address on $LAN_BCMNET_NETWORK"
  fi
  lan_check_squid
  lan_check_registries
  lan_check_no_direct_outside
  lan_check_main_stack
  lxc delete --force --project "$LAN_PROJECT" "$LAN_CLIENT" >/dev/null 2>&1
  lan_check_destroyed
  lan_teardown
  lan_check_clean
  echo "lan: added wall time $((SECONDS - t0)) s (deploy to destroy of $LAN_STACK, checks, teardown)"
}
