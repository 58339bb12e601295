#!/usr/bin/env bash
# shellcheck shell=bash
# LXD cluster as target (docs/cluster.md), on a SECOND LXD daemon that forms a single-member
# cluster, so the main daemon (and the e2e deployment on it) is not touched:
#   - its own LXD_DIR ($CLUSTER_DIR), unix socket, and cluster address on 127.0.0.2 ($CLUSTER_ADDR);
#   - its binary is started through a symlink named lxd-cltest, so `pgrep -x lxd`
#     (scripts/lxd-up.sh --stop) never mistakes it for the main daemon;
#   - every `lxc` here runs with LXD_DIR set for that one command (cl_lxc), never exported.
# It deploys a small stack (gateway with its state volume, two docker hosts, no gateway services)
# through the engine-less harness (tests/e2e/deploy.ts, LXD_DIR pointing at the second daemon) and
# asserts from LXD's side where each object landed, the per-member pending definitions, and how an
# unknown member fails. Teardown destroys the stack, stops the daemon, removes its directory and
# checks that nothing is left (process, socket, address, bridges, mounts).
#
# Functions (after tests/e2e/lib.sh): cluster_up, cluster_checks, cluster_teardown.
# Standalone: sudo bash tests/e2e/cluster.sh  (runs up, checks, teardown; prints the wall time)

CLUSTER_DIR=${BCM_CLUSTER_DIR:-/var/lib/lxd-cluster-test}
CLUSTER_ADDR=127.0.0.2:8449
CLUSTER_MEMBER=member1
CLUSTER_GROUP=bcmclg
CLUSTER_PROJECT=bcm-cl
CLUSTER_POOL=bcmcl
CLUSTER_BCMNET=bcmclnet
CLUSTER_OUTSIDE=bcmclout
# bcmnet's "LAN NIC" on the member: one end of a veth pair (the member-specific key of bcmnet).
CLUSTER_LAN=bcmcllan0
CLUSTER_LAN_PEER=bcmcllan1
CLUSTER_IMAGE=bcm-bookworm # the program's default bcm:imageAlias (scripts/build-image.sh)
CLUSTER_WORK="${BCM_E2E_STATE:-/tmp/bcm-e2e}/cluster"
CLUSTER_BIN="$CLUSTER_WORK/bin/lxd-cltest"
CLUSTER_DEPLOY="$CLUSTER_WORK/deploy"

cl_lxc() { LXD_DIR="$CLUSTER_DIR" lxc "$@"; }
cl_query() { LXD_DIR="$CLUSTER_DIR" lxc query "$@"; }
cl_deploy() { LXD_DIR="$CLUSTER_DIR" deploy_tool "$@"; }
# The daemon's pid as it reports it (its container monitors carry the same process name).
cl_daemon_pid() { cat "$CLUSTER_WORK/lxd.pid" 2>/dev/null; }
cl_processes() { pgrep -x lxd-cltest; }
main_lxd_pid() { env -u LXD_DIR lxc query /1.0 2>/dev/null | jq -r .environment.server_pid; }

# cluster_stack <file> <lxdClusterMembers json> <gatewayClusterMember>
cluster_stack() {
  cat >"$1" <<EOF
config:
  bcm:lxdProject: $CLUSTER_PROJECT
  bcm:storagePool: $CLUSTER_POOL
  bcm:storagePoolSource: $CLUSTER_WORK/pool-source
  bcm:bcmnetName: $CLUSTER_BCMNET
  bcm:bcmnetCidr: 10.149.56.0/24
  bcm:bcmnetParentNic: $CLUSTER_LAN
  bcm:outsideMode: nat-bridge
  bcm:outsideBridgeName: $CLUSTER_OUTSIDE
  bcm:outsideBridgeAddress: 10.149.57.1/24
  bcm:enableTor: false
  bcm:enableHttpProxy: false
  bcm:enableSquid: false
  bcm:enableRegistryMirror: false
  bcm:enablePrivateRegistry: false
  bcm:lxdClusterMembers: $2
  bcm:gatewayClusterMember: $3
  bcm:dockerHosts: [clbuilder1, clbuilder2]
  bcm:dockerHostClusterMembers: ["clbuilder2 @$CLUSTER_GROUP"]
EOF
}

cluster_up() {
  phase "LXD cluster: second daemon, single-member cluster"
  cluster_teardown quiet
  CLUSTER_MAIN_PID=$(main_lxd_pid)
  mkdir -p "$CLUSTER_DIR" "$CLUSTER_WORK/pool-source" "$(dirname "$CLUSTER_BIN")" "$CLUSTER_DEPLOY"
  chmod 711 "$CLUSTER_DIR"
  ln -sf "$(command -v lxd)" "$CLUSTER_BIN"
  ip link add "$CLUSTER_LAN" type veth peer name "$CLUSTER_LAN_PEER" &&
    ip link set "$CLUSTER_LAN" up && ip link set "$CLUSTER_LAN_PEER" up ||
    { fail "cluster: cannot create the veth pair $CLUSTER_LAN/$CLUSTER_LAN_PEER"; return 1; }
  local t0 t1
  t0=$(date +%s%N)
  # A grandchild of init: nothing here has to reap it.
  (LXD_DIR="$CLUSTER_DIR" setsid "$CLUSTER_BIN" --group root --logfile "$CLUSTER_WORK/lxd.log" \
    </dev/null >>"$CLUSTER_WORK/lxd.stdout" 2>&1 & echo $! >"$CLUSTER_WORK/lxd.pid")
  if ! LXD_DIR="$CLUSTER_DIR" lxd waitready --timeout 60; then
    fail "cluster: second LXD daemon did not become ready (log: $CLUSTER_WORK/lxd.log)"
    return 1
  fi
  t1=$(date +%s%N)
  echo "cluster: second daemon ready in $(((t1 - t0) / 1000000)) ms (pid $(cl_daemon_pid), LXD_DIR=$CLUSTER_DIR)"
  cl_lxc config set core.https_address "$CLUSTER_ADDR" &&
    cl_lxc cluster enable "$CLUSTER_MEMBER" >/dev/null &&
    cl_lxc cluster group create "$CLUSTER_GROUP" >/dev/null &&
    cl_lxc cluster group assign "$CLUSTER_MEMBER" "default,$CLUSTER_GROUP" >/dev/null ||
    { fail "cluster: forming the single-member cluster failed"; return 1; }
  t0=$(date +%s%N)
  echo "cluster: cluster formed in $(((t0 - t1) / 1000000)) ms"
  # The image: from build-image.sh's cache, else exported (read-only) from the main daemon.
  local image_dir
  image_dir=$(dirname "$(ls -t /var/cache/bcm-pulumi/images/*/meta.tar.gz 2>/dev/null | head -n1)")
  if [ ! -f "$image_dir/rootfs.tar.zst" ]; then
    image_dir="$CLUSTER_WORK/image"
    mkdir -p "$image_dir"
    lxc image export "$CLUSTER_IMAGE" "$image_dir/" >/dev/null || { fail "cluster: no image"; return 1; }
  fi
  cl_lxc image import "$image_dir"/meta.tar.gz "$image_dir"/rootfs.* --alias "$CLUSTER_IMAGE" >/dev/null ||
    { fail "cluster: image import failed"; return 1; }
  t1=$(date +%s%N)
  echo "cluster: image imported in $(((t1 - t0) / 1000000)) ms"
}

cluster_checks() {
  phase "LXD cluster: members from the endpoint, placement, pending definitions, unknown members"
  expect "cluster: the endpoint is a cluster whose only member is $CLUSTER_MEMBER (from /1.0/cluster/members)" \
    test "$(cl_query /1.0/cluster/members | jq -c .)" = "[\"/1.0/cluster/members/$CLUSTER_MEMBER\"]"

  # 1. An unknown member in bcm:gatewayClusterMember: refused by the config check at preview
  # (the program's own parser, through the harness's plan), naming the setting; nothing created.
  cluster_stack "$CLUSTER_WORK/Pulumi.bad-gateway.yaml" "[$CLUSTER_MEMBER]" member9
  local out t0 t1
  t0=$(date +%s%N)
  out=$(cl_deploy plan "$CLUSTER_WORK/Pulumi.bad-gateway.yaml" "$CLUSTER_WORK/bad-gateway" 2>&1)
  t1=$(date +%s%N)
  echo "$out" | tail -n 2
  expect "cluster: gatewayClusterMember member9 refused at preview, naming the setting ($(((t1 - t0) / 1000000)) ms)" \
    grep -q "bcm:gatewayClusterMember.*member9.*not a member of the cluster" <<<"$out"

  # 2. A member the cluster does not have, listed in bcm:lxdClusterMembers: the config check cannot
  # know it; LXD refuses the first object that names it (the pool's pending definition).
  cluster_stack "$CLUSTER_WORK/Pulumi.bad-member.yaml" "[$CLUSTER_MEMBER, member9]" "$CLUSTER_MEMBER"
  cl_deploy plan "$CLUSTER_WORK/Pulumi.bad-member.yaml" "$CLUSTER_WORK/bad-member" >/dev/null 2>&1 ||
    fail "cluster: planning the stack with member9 failed"
  out=$(cl_deploy apply "$CLUSTER_WORK/bad-member" 2>&1)
  echo "$out" | tail -n 1
  expect "cluster: LXD refuses lxdClusterMembers member9: 'Cluster member not found'" \
    grep -q "Cluster member not found" <<<"$out"
  cl_deploy destroy "$CLUSTER_WORK/bad-member" >/dev/null 2>&1
  expect "cluster: the refused stack is gone again (no project $CLUSTER_PROJECT, no pool $CLUSTER_POOL)" \
    test "$(cl_query /1.0/projects | jq -r "map(select(endswith(\"/$CLUSTER_PROJECT\"))) | length")$(
      cl_query /1.0/storage-pools | jq -r "map(select(endswith(\"/$CLUSTER_POOL\"))) | length")" = 00

  # 3. The stack: everything on the member the settings name.
  cluster_stack "$CLUSTER_WORK/Pulumi.cluster.yaml" "[$CLUSTER_MEMBER]" "$CLUSTER_MEMBER"
  t0=$(date +%s%N)
  if ! cl_deploy plan "$CLUSTER_WORK/Pulumi.cluster.yaml" "$CLUSTER_DEPLOY" ||
    ! cl_deploy apply "$CLUSTER_DEPLOY"; then
    fail "cluster: deploying the cluster stack through the harness failed"
    return 1
  fi
  t1=$(date +%s%N)
  echo "cluster: stack planned and deployed in $(((t1 - t0) / 1000000)) ms"
  expect "cluster: the plan sends target to the gateway, both docker hosts, the volume, pool and network definitions" \
    test "$(jq -c '[.resources[] | select(.inputs.target != null) | "\(.name)=\(.inputs.target)"] | sort' \
      "$CLUSTER_DEPLOY/plan.json")" = \
    "[\"bcmnet-$CLUSTER_MEMBER=$CLUSTER_MEMBER\",\"clbuilder1=$CLUSTER_MEMBER\",\"clbuilder2=@$CLUSTER_GROUP\",\"gateway-state=$CLUSTER_MEMBER\",\"gateway=$CLUSTER_MEMBER\",\"outside-$CLUSTER_MEMBER=$CLUSTER_MEMBER\",\"pool-$CLUSTER_MEMBER=$CLUSTER_MEMBER\"]"
  local name location
  for name in gateway clbuilder1 clbuilder2; do
    location=$(cl_query "/1.0/instances/$name?project=$CLUSTER_PROJECT" | jq -r .location)
    expect "cluster: instance $name is on $CLUSTER_MEMBER (LXD says location=$location)" \
      test "$location" = "$CLUSTER_MEMBER"
  done
  location=$(cl_query "/1.0/storage-pools/$CLUSTER_POOL/volumes/custom/gateway-state?project=$CLUSTER_PROJECT" |
    jq -r .location)
  expect "cluster: data volume gateway-state is on the gateway's member (location=$location)" \
    test "$location" = "$CLUSTER_MEMBER"
  expect "cluster: pool $CLUSTER_POOL created cluster-wide on [$CLUSTER_MEMBER]" \
    test "$(cl_query "/1.0/storage-pools/$CLUSTER_POOL" | jq -c '[.status, .locations]')" = "[\"Created\",[\"$CLUSTER_MEMBER\"]]"
  expect "cluster: the pool's member-specific source came from its pending definition on $CLUSTER_MEMBER" \
    test "$(cl_query "/1.0/storage-pools/$CLUSTER_POOL?target=$CLUSTER_MEMBER" | jq -r .config.source)" = \
    "$CLUSTER_WORK/pool-source"
  expect "cluster: bcmnet's member-specific LAN NIC came from its pending definition on $CLUSTER_MEMBER" \
    test "$(cl_query "/1.0/networks/$CLUSTER_BCMNET?target=$CLUSTER_MEMBER" |
      jq -r '.config["bridge.external_interfaces"]')" = "$CLUSTER_LAN"
  expect "cluster: $CLUSTER_LAN is a port of $CLUSTER_BCMNET on the host" \
    grep -q "master $CLUSTER_BCMNET " <<<"$(ip -o link show "$CLUSTER_LAN")"
  for name in "$CLUSTER_BCMNET" "$CLUSTER_OUTSIDE"; do
    expect "cluster: network $name created cluster-wide on [$CLUSTER_MEMBER]" \
      test "$(cl_query "/1.0/networks/$name" | jq -c '[.status, .locations]')" = "[\"Created\",[\"$CLUSTER_MEMBER\"]]"
  done
  local outside
  outside=$(cl_query "/1.0/instances/gateway/state?project=$CLUSTER_PROJECT" |
    jq -r '.network.eth0.addresses[] | select(.family == "inet" and .scope == "global") | .address' | head -n1)
  expect "cluster: the gateway runs and has its outside lease from $CLUSTER_OUTSIDE ($outside)" \
    grep -q '^10\.149\.57\.' <<<"$outside"
  # Both docker hosts (clbuilder2 placed through a cluster group) form one swarm over bcmnet.
  local nodes
  nodes=$(cl_lxc exec --project "$CLUSTER_PROJECT" clbuilder1 -- docker node ls --format '{{.Hostname}} {{.Status}} {{.ManagerStatus}}')
  expect "cluster: clbuilder1 leads a swarm with clbuilder2, both Ready ($(tr '\n' ';' <<<"$nodes"))" \
    test "$(sort <<<"$nodes" | tr '\n' ';')" = "clbuilder1 Ready Leader;clbuilder2 Ready ;"
}

# cluster_teardown [quiet]: destroys the stack, stops the second daemon, removes its directory.
cluster_teardown() {
  local quiet=${1:-}
  if [ -S "$CLUSTER_DIR/unix.socket" ] && LXD_DIR="$CLUSTER_DIR" lxd waitready --timeout 2 2>/dev/null; then
    [ -f "$CLUSTER_DEPLOY/plan.json" ] && cl_deploy destroy "$CLUSTER_DEPLOY" >/dev/null 2>&1
    # Whatever a failed run left: instances, volumes, profiles' devices, projects, networks, pools.
    local project instance
    for project in $(cl_query /1.0/projects | jq -r '.[] | split("/") | last'); do
      for instance in $(cl_query "/1.0/instances?project=$project" | jq -r '.[] | split("/") | last'); do
        cl_lxc delete --force --project "$project" "$instance" >/dev/null 2>&1
      done
    done
    for project in $(cl_query /1.0/projects | jq -r '.[] | split("/") | last'); do
      [ "$project" = default ] || cl_lxc project delete "$project" >/dev/null 2>&1
    done
    local network pool
    for network in $(cl_query "/1.0/networks?recursion=1" | jq -r '.[] | select(.managed) | .name'); do
      cl_lxc network delete "$network" >/dev/null 2>&1
    done
    for pool in $(cl_query /1.0/storage-pools | jq -r '.[] | split("/") | last'); do
      cl_lxc storage delete "$pool" >/dev/null 2>&1
    done
    LXD_DIR="$CLUSTER_DIR" lxd shutdown --timeout 60 >/dev/null 2>&1
  fi
  local pid
  pid=$(cl_daemon_pid)
  # Only the daemon this script started, by its pid, if shutdown did not end it.
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = lxd-cltest ] && kill "$pid" 2>/dev/null
  for _ in $(seq 1 30); do [ -z "$(cl_processes)" ] && break; sleep 1; done
  local mount
  for mount in $(awk -v d="$CLUSTER_DIR" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$mount"
  done
  rm -rf "$CLUSTER_DIR" "$CLUSTER_WORK"
  ip link del "$CLUSTER_LAN" 2>/dev/null
  [ "$quiet" = quiet ] && return 0
  phase "LXD cluster: teardown left nothing behind"
  expect "cluster: no lxd-cltest process" test -z "$(cl_processes)"
  expect "cluster: $CLUSTER_DIR removed, nothing mounted under it" \
    test ! -e "$CLUSTER_DIR" -a -z "$(awk -v d="$CLUSTER_DIR" 'index($2, d) == 1' /proc/mounts)"
  expect "cluster: nothing listens on $CLUSTER_ADDR" test -z "$(ss -Hltn "( sport = :${CLUSTER_ADDR##*:} )")"
  expect "cluster: no bridge $CLUSTER_BCMNET or $CLUSTER_OUTSIDE, no veth $CLUSTER_LAN left" \
    test -z "$(ip -o link show 2>/dev/null | grep -E ": ($CLUSTER_BCMNET|$CLUSTER_OUTSIDE|$CLUSTER_LAN|$CLUSTER_LAN_PEER)[:@]")"
  expect "cluster: the main LXD daemon kept running, same pid ($CLUSTER_MAIN_PID)" \
    test "$(main_lxd_pid)" = "${CLUSTER_MAIN_PID:-none}" -a -n "$(lxc query /1.0 | jq -r .environment.server_pid)"
}

# Standalone runner: only when executed, not when sourced.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  # shellcheck source=../../scripts/lib/env.sh
  source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/env.sh"
  # shellcheck source=lib.sh
  source "$REPO_ROOT/tests/e2e/lib.sh"
  [ "$(id -u)" -eq 0 ] || { echo "cluster: must run as root" >&2; exit 2; }
  started=$(date +%s)
  cluster_exit() {
    cluster_teardown
    echo "cluster: wall time $(($(date +%s) - started)) s"
    summary
  }
  trap cluster_exit EXIT
  cluster_up && cluster_checks
fi
