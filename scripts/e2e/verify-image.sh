#!/usr/bin/env bash
# Verify the bcm image for real, in a throwaway LXD project/pool/bridge, then clean up
# (the image itself is kept).
#
#  1. unprivileged container, cloud-init.user-data (write a file, enable+start privoxy) and
#     cloud-init.network-config (v2, eth0 dhcp): cloud-init done, file, privoxy active, all the
#     other preinstalled services inactive, boot-to-cloud-init-done time; nft ruleset loads;
#     a custom volume from the dir pool: ownership of its root inside the container.
#  2. privileged container, security.nesting=true + kernel modules: dockerd starts, storage driver.
#     With the e2e topology up (scripts/e2e/topology.sh up + testimage.sh), it also gets a macvlan
#     NIC on bcmout0, a DHCP lease from the upstream netns, and pulls+runs library/bcmtest:1 from
#     the upstream registry (insecure-registries).
#
# Usage: scripts/e2e/verify-image.sh [--keep]      (--keep: leave everything for inspection)
# Env:   BCM_IMAGE_ALIAS (bcm-bookworm), BCM_VERIFY_SUBNET (10.251.77.1/24)
set -uo pipefail

ALIAS="${BCM_IMAGE_ALIAS:-bcm-bookworm}"
P=bcm-imgtest; POOL=bcm-imgtest; NET=bcmimgt0
SUBNET="${BCM_VERIFY_SUBNET:-10.251.77.1/24}"
STATE="${BCM_E2E_STATE:-/tmp/bcm-e2e}"
KEEP=""; [ "${1:-}" = "--keep" ] && KEEP=1
PASS=0; FAIL=0
ok()   { PASS=$((PASS+1)); echo "PASS: $*"; }
bad()  { FAIL=$((FAIL+1)); echo "FAIL: $*"; }
check() { local d="$1"; shift; if "$@" >/dev/null 2>&1; then ok "$d"; else bad "$d"; fi; }
now() { date +%s.%N; }
dt()  { awk -v a="$(now)" -v b="$1" 'BEGIN{printf "%.1f", a-b}'; }
L() { lxc --project "$P" "$@"; }

cleanup() {
  [ -n "$KEEP" ] && { echo "kept project $P, pool $POOL, network $NET"; return; }
  local c v
  for c in $(L list --format csv -c n 2>/dev/null); do L delete --force "$c" >/dev/null 2>&1; done
  for v in $(L storage volume list "$POOL" --format csv -c tn 2>/dev/null | awk -F, '$1=="custom"{print $2}'); do
    L storage volume delete "$POOL" "$v" >/dev/null 2>&1
  done
  L profile device remove default root >/dev/null 2>&1
  L profile device remove default eth0 >/dev/null 2>&1
  lxc network delete "$NET" >/dev/null 2>&1
  lxc storage delete "$POOL" >/dev/null 2>&1
  lxc project delete "$P" >/dev/null 2>&1
  lxc project show "$P" >/dev/null 2>&1 && echo "WARNING: project $P still exists" || echo "cleaned up (image kept)"
}

lxc image info "$ALIAS" >/dev/null 2>&1 || { echo "image $ALIAS missing: run scripts/build-image.sh"; exit 1; }
cleanup >/dev/null 2>&1   # leftovers of an interrupted run
trap cleanup EXIT

set -e
lxc project create "$P" -c features.images=false -c features.profiles=true -c features.storage.volumes=true >/dev/null
lxc storage create "$POOL" dir >/dev/null
# No NAT: the image must configure itself without any network beyond the bridge.
lxc network create "$NET" ipv4.address="$SUBNET" ipv4.nat=false ipv6.address=none >/dev/null
L profile device add default root disk path=/ pool="$POOL" >/dev/null
L profile device add default eth0 nic network="$NET" name=eth0 >/dev/null
set +e

USERDATA='#cloud-config
write_files:
  - path: /etc/bcm-verify
    content: "written by cloud-init\n"
runcmd:
  - [systemctl, enable, --now, privoxy]
'
NETCFG='version: 2
ethernets:
  eth0:
    dhcp4: true
'
# ---------------------------------------------------------------------------------------------
echo "== unprivileged container u1"
t0=$(now)
L launch "$ALIAS" u1 -c cloud-init.user-data="$USERDATA" -c cloud-init.network-config="$NETCFG" >/dev/null \
  && ok "launch unprivileged ($(dt "$t0")s)" || bad "launch unprivileged"
L exec u1 -- cloud-init status --wait >/dev/null 2>&1
st="$(L exec u1 -- cloud-init status --long 2>&1)"
echo "$st" | grep -q "status: done" && ok "cloud-init done ($(dt "$t0")s after launch)" || { bad "cloud-init status"; echo "$st"; }
echo "  boot analysis: $(L exec u1 -- systemd-analyze 2>/dev/null | head -1)"
echo "  cloud-init analyze: $(L exec u1 -- cloud-init analyze show 2>/dev/null | grep '^Total Time' | head -1)"
check "user-data wrote /etc/bcm-verify" L exec u1 -- grep -q "written by cloud-init" /etc/bcm-verify
check "privoxy active (enabled by cloud-init)" L exec u1 -- systemctl is-active privoxy
for s in dnsmasq tor tor@default squid docker-registry docker docker.socket containerd nftables; do
  if L exec u1 -- systemctl is-active --quiet "$s"; then bad "$s should be inactive"; else ok "$s inactive"; fi
done
echo "  system state: $(L exec u1 -- systemctl is-system-running 2>&1)"
L exec u1 -- systemctl --failed --no-legend 2>/dev/null | sed 's/^/  failed unit: /'
ip4="$(L exec u1 -- ip -4 -o addr show dev eth0 2>/dev/null | awk '{print $4}')"
[ -n "$ip4" ] && ok "eth0 got a DHCP address ($ip4)" || bad "eth0 has no IPv4 address"
echo "  /etc/network/interfaces.d: $(L exec u1 -- sh -c 'cat /etc/network/interfaces.d/* 2>/dev/null | grep -v "^#" | xargs')"
echo "  resolv.conf: $(L exec u1 -- sh -c 'cat /etc/resolv.conf 2>/dev/null | xargs')"
echo "  hostname: $(L exec u1 -- hostname)  locale: $(L exec u1 -- sh -c 'cat /etc/default/locale' | xargs)"

RULES='table inet bcmverify {
  chain input {
    type filter hook input priority 0; policy accept;
    ct state established,related accept
    iifname "lo" accept
    tcp dport 22 drop
  }
}'
if L exec u1 -- sh -c "printf '%s\n' '$RULES' > /tmp/r.nft && nft -f /tmp/r.nft && nft list table inet bcmverify" >/tmp/bcm-verify-nft.log 2>&1; then
  ok "nft -f ruleset with an input chain loads in the unprivileged container"
else bad "nft -f in unprivileged container: $(head -3 /tmp/bcm-verify-nft.log | xargs)"; fi

# custom volume ownership
L storage volume create "$POOL" vol1 >/dev/null && L config device add u1 data disk pool="$POOL" source=vol1 path=/data >/dev/null \
  && ok "custom volume attached" || bad "custom volume attach"
echo "  /data inside u1: $(L exec u1 -- stat -c 'uid=%u gid=%g mode=%a' /data 2>&1)"
echo "  /data on host:   $(stat -c 'uid=%u gid=%g mode=%a' /var/lib/lxd/storage-pools/$POOL/custom/${P}_vol1 2>&1)"
echo "  u1 idmap: $(L config get u1 volatile.idmap.current)"
check "root in u1 can write to the custom volume" L exec u1 -- sh -c 'echo x > /data/f && chown 1000:1000 /data/f'
echo "  file on host: $(stat -c 'uid=%u gid=%g' /var/lib/lxd/storage-pools/$POOL/custom/${P}_vol1/f 2>&1)"

# restart: cloud-init must not re-run user-data, services stay as configured
t0=$(now); L restart u1 >/dev/null; L exec u1 -- cloud-init status --wait >/dev/null 2>&1
echo "  restart to cloud-init done: $(dt "$t0")s"
check "privoxy active after restart" L exec u1 -- systemctl is-active privoxy
check "tor still inactive after restart" sh -c "! lxc --project $P exec u1 -- systemctl is-active --quiet tor"

# ---------------------------------------------------------------------------------------------
echo "== unprivileged container u2: static eth0 with nameservers (+ macvlan eth1 dhcp on bcmout0 if the topology is up)"
UPSTREAM=""; [ -s "$STATE/pids/registry.pid" ] && ip link show bcmout0 >/dev/null 2>&1 && UPSTREAM=1
NETCFG2='version: 2
ethernets:
  eth0:
    addresses: [10.251.77.50/24]
    nameservers:
      addresses: [10.251.77.1]
      search: [bcm.test]'
[ -n "$UPSTREAM" ] && NETCFG2="$NETCFG2
  eth1:
    dhcp4: true"
# The documented way to get a static resolver: write it with user-data and keep dhclient (on a DHCP
# interface such as the gateway's outside macvlan) from rewriting it.
USERDATA2='#cloud-config
write_files:
  - path: /etc/dhcp/dhclient-enter-hooks.d/bcm-keep-resolv-conf
    content: |
      # bcm: /etc/resolv.conf is static on this host; dhclient must not rewrite it
      make_resolv_conf() { :; }
  - path: /etc/resolv.conf
    content: |
      nameserver 10.251.77.1
      search bcm.test
'
L init "$ALIAS" u2 -c cloud-init.network-config="$NETCFG2" -c cloud-init.user-data="$USERDATA2" >/dev/null
[ -n "$UPSTREAM" ] && L config device add u2 eth1 nic nictype=macvlan parent=bcmout0 name=eth1 >/dev/null
t0=$(now)
L start u2 && L exec u2 -- cloud-init status --wait >/dev/null 2>&1
echo "  u2 cloud-init done $(dt "$t0")s after start"
check "u2 eth0 static 10.251.77.50" sh -c "lxc --project $P exec u2 -- ip -4 -o addr show dev eth0 | grep -q 10.251.77.50/24"
echo "  u2 ENI: $(L exec u2 -- sh -c 'cat /etc/network/interfaces.d/* 2>/dev/null | grep -v "^#" | xargs')"
echo "  u2 resolv.conf: $(L exec u2 -- sh -c 'cat /etc/resolv.conf 2>/dev/null | grep -v "^#" | xargs' 2>&1)"
# network-config "nameservers" end up only as ENI dns-* lines, which do nothing without resolvconf
# (not in the image): resolv.conf comes from dhclient or from user-data.
check "u2 resolv.conf written by user-data" L exec u2 -- grep -q '^nameserver 10.251.77.1' /etc/resolv.conf
if [ -n "$UPSTREAM" ]; then
  a="$(L exec u2 -- ip -4 -o addr show dev eth1 2>/dev/null | awk '{print $4}')"
  case "$a" in 10.149.20.*) ok "u2 eth1 (macvlan on bcmout0) DHCP lease from upstream: $a";; *) bad "u2 eth1 no upstream lease ($a)";; esac
  echo "  u2 routes: $(L exec u2 -- ip -4 route | xargs)"
  check "u2 fetches http://10.149.20.1:8080/small.txt over the macvlan" L exec u2 -- curl -fsS -m 5 http://10.149.20.1:8080/small.txt
  L exec u2 -- sh -c 'ifdown eth1 && ifup eth1' >/dev/null 2>&1
  check "u2 resolv.conf survives a DHCP re-run on eth1 (enter hook)" L exec u2 -- grep -q '^nameserver 10.251.77.1' /etc/resolv.conf
  a="$(L exec u2 -- ip -4 -o addr show dev eth1 2>/dev/null | awk '{print $4}')"
  echo "  u2 eth1 after ifdown/ifup: $a"
fi

# ---------------------------------------------------------------------------------------------
echo "== unprivileged container u3: every gateway service enabled by cloud-init (stock configs)"
GW_SERVICES="dnsmasq tor privoxy squid docker-registry nftables"
USERDATA3="#cloud-config
runcmd:
  - [systemctl, enable, --now, $(echo $GW_SERVICES | sed 's/ /, /g')]
"
t0=$(now)
L launch "$ALIAS" u3 -c cloud-init.user-data="$USERDATA3" >/dev/null && L exec u3 -- cloud-init status --wait >/dev/null 2>&1
echo "  u3 cloud-init done $(dt "$t0")s after launch"
for s in $GW_SERVICES; do check "u3 $s active" L exec u3 -- systemctl is-active "$s"; done
check "u3 tor@default active" L exec u3 -- systemctl is-active tor@default
echo "  u3 system state: $(L exec u3 -- systemctl is-system-running 2>&1)"
L delete --force u3 >/dev/null

# ---------------------------------------------------------------------------------------------
echo "== privileged nesting container d1 (docker)"
WANT_MODS="overlay nf_nat ip_tables ip6_tables netlink_diag br_netfilter xt_conntrack nf_conntrack ip_vs vxlan"
# LXD (5.0.2) accepts a module when /sys/module/<name> exists, otherwise runs `modprobe -b <name>`
# and refuses to start the instance when that fails. Built-in code without a /sys/module entry
# (a kernel with CONFIG_MODULES=n) or a missing module must therefore be left out.
MODS=""; DROPPED=""
for m in $WANT_MODS; do
  if [ -e "/sys/module/$m" ] || { command -v modprobe >/dev/null && modprobe -n -q "$m" 2>/dev/null; }; then
    MODS="${MODS:+$MODS,}$m"
  else DROPPED="$DROPPED $m"; fi
done
echo "  linux.kernel_modules=$MODS${DROPPED:+ (not loadable here, left out:$DROPPED)}"
DOCKER_UD='#cloud-config
write_files:
  - path: /etc/docker/daemon.json
    content: |
      {"insecure-registries": ["10.149.20.1:5000"]}
'
t0=$(now)
L launch "$ALIAS" d1 -c security.privileged=true -c security.nesting=true \
  ${MODS:+-c linux.kernel_modules="$MODS"} -c cloud-init.user-data="$DOCKER_UD" >/dev/null 2>/tmp/bcm-verify-d1.err \
  && ok "launch privileged+nesting with kernel modules ($(dt "$t0")s)" || { bad "launch d1: $(cat /tmp/bcm-verify-d1.err)"; }
L exec d1 -- cloud-init status --wait >/dev/null 2>&1
echo "  d1 cloud-init done $(dt "$t0")s after launch"
t0=$(now)
check "systemctl start docker" L exec d1 -- systemctl start docker
echo "  docker start took $(dt "$t0")s"
drv="$(L exec d1 -- docker info --format '{{.Driver}}' 2>/dev/null)"
[ -n "$drv" ] && ok "docker info storage driver: $drv" || bad "docker info"
echo "  docker: $(L exec d1 -- docker info --format 'server {{.ServerVersion}} cgroup {{.CgroupDriver}} v{{.CgroupVersion}} backing {{range .DriverStatus}}{{index . 0}}={{index . 1}} {{end}}' 2>&1)"
L exec d1 -- docker info 2>&1 | grep -i warning | sed 's/^/  docker /'

if [ -n "$UPSTREAM" ]; then
  echo "== d1 on the upstream topology (macvlan on bcmout0)"
  L config device add d1 eth1 nic nictype=macvlan parent=bcmout0 name=eth1 >/dev/null && ok "macvlan NIC on bcmout0" || bad "macvlan NIC"
  t0=$(now)
  L exec d1 -- dhclient -1 -v eth1 >/tmp/bcm-verify-dhcp.log 2>&1 && ok "DHCP lease from upstream ($(dt "$t0")s): $(L exec d1 -- ip -4 -o addr show dev eth1 | awk '{print $4}')" || bad "DHCP on eth1"
  t0=$(now)
  if L exec d1 -- docker pull 10.149.20.1:5000/library/bcmtest:1 >/tmp/bcm-verify-pull.log 2>&1; then
    ok "docker pull 10.149.20.1:5000/library/bcmtest:1 ($(dt "$t0")s)"
  else bad "docker pull: $(tail -2 /tmp/bcm-verify-pull.log | xargs)"; fi
  out="$(L exec d1 -- docker run --rm 10.149.20.1:5000/library/bcmtest:1 echo hello 2>&1)"
  [ "$out" = "hello" ] && ok "docker run bcmtest:1 echo hello" || bad "docker run: $out"
fi

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
