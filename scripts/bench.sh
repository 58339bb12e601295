#!/usr/bin/env bash
# Benchmark (prints figures; not part of the tests' pass/fail). Deploys the e2e stack on the local
# LXD (same topology and side effects as scripts/e2e.sh, removed at the end) and prints:
#   - cold deploy wall time until the gateway and docker host are configured and the core checks
#     (DHCP+DNS, Squid, mirror pull) are green, with the image cached   (target <= 60 s)
#   - no-op deploy wall time and the number of changes                  (target <= 10 s, 0 changes)
#   - mirror pull of a 32 MiB image, cold vs warm, upstream link throttled to 20 Mbit/s with tc
#                                                                        (target warm >= 10x faster)
#   - Squid hit ratio over a repeated download set                       (target >= 90 %)
#   - Tor bootstrap time of the gateway on the private Tor network (tests/e2e/tor.sh)
#   - every gateway service's time to answer after `lxc restart`         (target <= 15 s)
#   - a custom image: cold build in a new builder, warm rebuild after a one-line change, no-op up,
#     against the same docker build run directly in the running docker host (target <= 2x), and the
#     floor under any fresh builder: a bare container's launch + delete on the same pool
#   - the swarm: formation in the cold deploy, a stack deploy, a lost worker until reported Down
#   - scripts/doctor.sh on the healthy site (target < 5 s), scripts/backup.sh with the registry's
#     stop time
#   - a 16 MiB fetch through Squid: cold over Tor vs warm from the cache, and over Tor vs direct
#     (squidEgress direct, redeployed for the measurement: the price of privacy)
#   - the program's own start under Pulumi mocks (no root, LXD or engine; also alone with `program`):
#     process start to its last resource registration, launched by the pinned SDK's cmd/run/run.js as
#     the nodejs host does, ts-node type-checking (as shipped before) vs transpile-only (tsconfig.json
#     "ts-node": { "transpileOnly": true }; `npm test` type-checks), min / median / max over
#     BCM_BENCH_PROGRAM_RUNS runs (default 7). First proves the tsconfig section takes effect.
# Usage: sudo scripts/bench.sh          (everything)
#        bash scripts/bench.sh program  (the program start only)
set -uo pipefail
# shellcheck source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
# The program and the e2e's files run on the project's own Node and ts-node: npm ci first.
ensure_node_modules >/dev/null || { echo "bench: npm ci failed" >&2; exit 2; }

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
report() { printf 'bench: %-58s %s\n' "$1" "$2"; }

# --- program start under Pulumi mocks ---------------------------------------------------------------
PROGRAM_RUNS=${BCM_BENCH_PROGRAM_RUNS:-7}
# program_run <typecheck|transpile> [dir]: one JSON line from scripts/bench-program.js (ms from
# process start). typecheck: PULUMI_NODEJS_TRANSPILE_ONLY=false, which run.js passes to ts-node as
# transpileOnly: false, ts-node's default when tsconfig.json has no "ts-node" section (as shipped
# before). transpile: nothing set, so only tsconfig.json decides.
program_run() {
  local mode=$1 dir=${2:-$REPO_ROOT} pin=()
  [ "$mode" = typecheck ] && pin=(PULUMI_NODEJS_TRANSPILE_ONLY=false)
  (cd "$REPO_ROOT" && env -u PULUMI_NODEJS_TRANSPILE_ONLY -u PULUMI_NODEJS_TSCONFIG_PATH -u TS_NODE_TRANSPILE_ONLY \
    -u TS_NODE_TYPE_CHECK -u TS_NODE_PROJECT -u TS_NODE_COMPILER_OPTIONS "${pin[@]}" \
    node scripts/bench-program.js "$dir" 2>&1)
}
# field <name>: a number from the JSON line on stdin
field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s.trim().split("\n").pop());const f=process.argv[1].split(".").reduce((o,k)=>o[k],v);console.log(f)})' "$1"; }
# stats [ms|s]: min / median / max of the numbers on stdin, in milliseconds (default) or seconds
stats() {
  sort -n | awk -v unit="${1:-ms}" '{ v[NR] = $1 } END {
    format = unit == "ms" ? "%d / %d / %d ms (n=%d)" : "%.1f / %.1f / %.1f s (n=%d)"
    printf format, v[1], v[int((NR + 1) / 2)], v[NR], NR }'
}

bench_program() {
  local probe runs out mode i label
  probe=$(mktemp -d) && runs=$(mktemp -d) || return 1
  ln -s "$REPO_ROOT/node_modules" "$probe/node_modules"
  printf '{ "name": "bench-probe", "main": "index.ts" }\n' >"$probe/package.json"
  printf 'const n: number = "not a number";\nconsole.log(`probe ran: ${n}`);\nexport {};\n' >"$probe/index.ts"
  # The probe is a program with a type error, started the same way: with this project's tsconfig.json
  # it must run (transpile-only); without its "ts-node" section, or with PULUMI_NODEJS_TRANSPILE_ONLY=false,
  # ts-node must refuse it (TS2322).
  cp "$REPO_ROOT/tsconfig.json" "$probe/tsconfig.json"
  out=$(program_run transpile "$probe")
  if grep -q '^probe ran' <<<"$out" && [ "$(field transpileOnly <<<"$out")" = true ]; then
    report "tsconfig.json \"ts-node\".transpileOnly via run.js" "takes effect (a type error runs)"
  else
    report "tsconfig.json \"ts-node\".transpileOnly via run.js" "NOT IN EFFECT: $(head -3 <<<"$out")"
  fi
  out=$(program_run typecheck "$probe")
  grep -q TS2322 <<<"$out" && report "  with PULUMI_NODEJS_TRANSPILE_ONLY=false" "type-checked (TS2322)" ||
    report "  with PULUMI_NODEJS_TRANSPILE_ONLY=false" "NOT type-checked: $(head -3 <<<"$out")"
  node -e 'const c=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));delete c["ts-node"];console.log(JSON.stringify(c))' \
    "$REPO_ROOT/tsconfig.json" >"$probe/tsconfig.json"
  out=$(program_run transpile "$probe")
  grep -q TS2322 <<<"$out" && report "  without the \"ts-node\" section (as shipped before)" "type-checked (TS2322)" ||
    report "  without the \"ts-node\" section (as shipped before)" "NOT type-checked: $(head -3 <<<"$out")"
  rm -rf "$probe"

  for mode in typecheck transpile; do
    : >"$runs/$mode"
    for i in $(seq 1 "$PROGRAM_RUNS"); do
      out=$(program_run "$mode")
      field lastRegistration <<<"$out" >/dev/null 2>&1 || { echo "bench: program run failed: $(head -3 <<<"$out")"; return 1; }
      printf '%s\n' "$(tail -1 <<<"$out")" >>"$runs/$mode"
    done
  done
  for mode in typecheck transpile; do
    [ "$mode" = typecheck ] && label="ts-node type check (as shipped before)" || label="transpile-only (tsconfig \"ts-node\")"
    col() { while read -r line; do field "$1" <<<"$line"; done <"$runs/$mode" | stats; }
    report "program start to last registration, $label" "$(col lastRegistration)"
    report "  CPU (user+system) until then" "$(col cpuAtLast)"
    report "  @pulumi/pulumi and run.js loaded at" "$(col sdkLoaded)"
    report "  ts-node compile of the program's $(head -1 "$runs/$mode" | field compile.files) files" "$(col compile.ms)"
    report "  program modules (compile + top-level code)" "$(col load.program)"
    report "  root Stack registration to last ($(head -1 "$runs/$mode" | field resources) resources)" \
      "$(while read -r line; do echo $(($(field lastRegistration <<<"$line") - $(field firstRegistration <<<"$line"))); done \
        <"$runs/$mode" | stats)"
  done
  rm -rf "$runs"
}
if [ "${1:-}" = program ]; then
  bench_program
  exit
fi

# shellcheck source=../tests/e2e/lib.sh
source "$REPO_ROOT/tests/e2e/lib.sh"
# shellcheck source=../tests/e2e/probe.sh
source "$REPO_ROOT/tests/e2e/probe.sh"
# shellcheck source=../tests/e2e/tor.sh
source "$REPO_ROOT/tests/e2e/tor.sh"
# shellcheck source=../tests/e2e/daytwo.sh
source "$REPO_ROOT/tests/e2e/daytwo.sh"
[ "$(id -u)" -eq 0 ] || { echo "bench: must run as root" >&2; exit 2; }

BIG_IMAGE=library/bcmbig:1
ROUNDS=${BCM_BENCH_ROUNDS:-20}
FILES=(small.txt 1M.bin 16M.bin)


# First, while nothing is deployed yet (the machine is quieter).
bench_program || exit 1

bash "$REPO_ROOT/scripts/lxd-up.sh" >/dev/null || exit 1
install_e2e_packages >/dev/null || exit 1
ensure_node_modules >/dev/null || exit 1
bash "$REPO_ROOT/scripts/build-image.sh" >/dev/null || exit 1
BCM_ENGINE_KEEP_GOING=1 bash "$REPO_ROOT/scripts/install-pulumi.sh" >/dev/null 2>&1
detect_mode
trap 'cleanup_deployment; bash "$TORNET" down >/dev/null 2>&1' EXIT
teardown_leftovers
bash "$REPO_ROOT/scripts/e2e/topology.sh" up >/dev/null || exit 1
bash "$REPO_ROOT/scripts/e2e/testimage.sh" push >/dev/null || exit 1
# A separate copy of the download set, so no e2e-style fetch has warmed the cache before the bench.
mkdir -p "$STATE/www/bench" && cp "$STATE/www/"{small.txt,1M.bin,16M.bin} "$STATE/www/bench/"
BCM_TESTIMAGE_REPO=library/bcmbig BCM_TESTIMAGE_PAYLOAD_MB=32 BCM_TESTIMAGE_OUT="$STATE/testimage-big" \
  bash "$REPO_ROOT/scripts/e2e/testimage.sh" push >"$LOGS/bench-testimage.log" 2>&1 ||
  { echo "bench: pushing the 32 MiB test image failed: $(tail -1 "$LOGS/bench-testimage.log")"; exit 1; }
stack_init >/dev/null || exit 1
# BCM_BENCH_POOL_DRIVER=btrfs: the same stack on a pool of that driver (the e2e's is dir).
if [ -n "${BCM_BENCH_POOL_DRIVER:-}" ]; then
  [ "$BCM_BENCH_POOL_DRIVER" != btrfs ] || command -v btrfs >/dev/null ||
    apt-get install -y -q --no-install-recommends btrfs-progs >/dev/null || exit 1
  set_config storagePoolDriver "$BCM_BENCH_POOL_DRIVER" || { echo "bench: could not set bcm:storagePoolDriver"; exit 1; }
fi
tornet_start &
tornet_job=$!

# --- cold deploy until the core checks are green ----------------------------------------------------
t0=$(now)
t0_deploy=$t0
deploy_up up || { echo "bench: deploy failed (see $LOGS/up.log)"; exit 1; }
t_deployed=$(now)
wait_for_hosts || { echo "bench: hosts not configured"; exit 1; }
t_configured=$(now)
wait "$tornet_job" || { echo "bench: the private Tor network did not start"; exit 1; }
# Squid and the mirror go out over Tor by default: the gateway's Tor on the private network.
t_tor=$(now)
point_gateway_tor >/dev/null || { echo "bench: the gateway's Tor did not bootstrap"; exit 1; }
report "Tor bootstrap on the private network (restart to 100 %)" "$(secs "$t_tor" "$(now)") s ($(grep -o 'bootstrapped in [0-9]* s' "$LOGS/tor-bootstrap.log" | head -1))"
start_clients >/dev/null || exit 1
green=1
[ "$(on client2 getent hosts "client1.$DOMAIN" | awk '{print $1}')" = "$(instance_ipv4 client1)" ] || green=0
[ "$(squid_fetch client1 "http://$UPSTREAM:8080/small.txt")" = 200 ] || green=0
docker_on pull "$TEST_IMAGE" >/dev/null 2>&1 || green=0
t_green=$(now)
pool_driver=$(lxc query "/1.0/storage-pools/$POOL" 2>/dev/null | jq -r '.driver // empty')
report "storage pool $POOL" "${pool_driver:-NO EVIDENCE (LXD does not answer for the pool)}${pool_driver:+ driver}"
report "deploy command ($MODE)" "$(secs "$t0" "$t_deployed") s"
report "cold deploy until gateway + docker host configured" "$(secs "$t0" "$t_configured") s"
if [ "$green" = 1 ]; then
  report "cold deploy until DHCP/DNS, Squid and mirror checks green" "$(secs "$t0" "$t_green") s (target <= 60 s)"
else
  report "cold deploy until checks green" "NOT GREEN"
fi

# --- no-op deploy ----------------------------------------------------------------------------------
t0=$(now)
if [ "$MODE" = engine ]; then
  run_pulumi up --yes --skip-preview --json >"$LOGS/noop.json" 2>"$LOGS/noop.err"
  changes=$(jq '[.. | objects | select(has("op")) | select(.op != "same")] | length' "$LOGS/noop.json" 2>/dev/null)
else
  deploy_up noop
  changes=$(grep -c "deploy: created\|deploy: replacing" "$LOGS/noop.log")
fi
report "no-op deploy ($MODE)" "$(secs "$t0" "$(now)") s, $changes changes (target <= 10 s, 0)"

# --- day 2: the doctor on the healthy site, a backup ------------------------------------------------
codes=""
for i in 1 2 3 4 5; do
  doctor_run
  codes+="$DOCTOR_RC "
  echo "$DOCTOR_SECS"
done >"$STATE/bench-doctor"
report "scripts/doctor.sh --json, healthy site (5 runs)" \
  "$(stats s <"$STATE/bench-doctor") (min / median / max; exit ${codes% }; target < 5 s)"
rm -f "$STATE/bench-backup.tar"
t0=$(now)
if ops backup.sh "$STACK" "$STATE/bench-backup.tar" >"$LOGS/bench-backup.log" 2>&1; then
  report "scripts/backup.sh (state + private registry volume)" \
    "$(secs "$t0" "$(now)") s, $(stat -c %s "$STATE/bench-backup.tar") bytes, registry $(grep -o 'stopped for [0-9.]* s' "$LOGS/bench-backup.log")"
else
  report "scripts/backup.sh" "FAILED: $(tail -1 "$LOGS/bench-backup.log")"
fi
rm -f "$STATE/bench-backup.tar"

# --- mirror pull, cold vs warm, upstream throttled to 20 Mbit/s --------------------------------------
up_ns tc qdisc replace dev "$NETNS_IF" root tbf rate 20mbit burst 32kbit latency 400ms
t0=$(now)
docker_on pull "$BIG_IMAGE" >"$LOGS/bench-pull-cold.log" 2>&1 || echo "bench: cold pull failed: $(tail -1 "$LOGS/bench-pull-cold.log")"
cold=$(secs "$t0" "$(now)")
docker_on rmi -f "$BIG_IMAGE" >/dev/null 2>&1
big_digest=$(sed -n 's/^manifest=//p' "$STATE/testimage-big/digests")
t0=$(now)
docker_on pull "library/bcmbig@$big_digest" >"$LOGS/bench-pull-warm.log" 2>&1 ||
  echo "bench: warm pull failed: $(tail -1 "$LOGS/bench-pull-warm.log")"
warm=$(secs "$t0" "$(now)")
up_ns tc qdisc del dev "$NETNS_IF" root 2>/dev/null
report "mirror pull 32 MiB image cold (20 Mbit/s upstream)" "$cold s"
report "mirror pull warm (from the mirror's volume)" "$warm s"
report "warm speed-up" "$(awk -v c="$cold" -v w="$warm" 'BEGIN { printf "%.1fx", c / w }') (target >= 10x)"

# --- Squid hit ratio over a repeated download set --------------------------------------------------
before=$(on "$GATEWAY" wc -l </dev/null /var/log/squid/access.log 2>/dev/null | awk '{print $1}')
for round in $(seq 1 "$ROUNDS"); do
  for file in "${FILES[@]}"; do
    squid_fetch "client$(((round % 2) + 1))" "http://$UPSTREAM:8080/bench/$file" >/dev/null
  done
done
on "$GATEWAY" tail -n +"$((before + 1))" /var/log/squid/access.log >"$STATE/bench-access.log"
# The private log format has no URLs: every line since $before is one of the bench's requests.
total=$(grep -c 'TCP_' "$STATE/bench-access.log")
hits=$(grep -c 'HIT/' "$STATE/bench-access.log")
report "Squid hit ratio ($ROUNDS rounds x ${#FILES[@]} files)" \
  "$(awk -v h="$hits" -v t="$total" 'BEGIN { printf "%.0f %% (%d/%d)", (t ? 100 * h / t : 0), h, t }') (target >= 90 %)"

# --- a 16 MiB fetch through Squid: over Tor cold vs warm, then Tor vs direct -----------------------
gen_fetch() { # gen_fetch <url> -> seconds for client1 through Squid
  local t0
  t0=$(now)
  [ "$(squid_fetch client1 "$1")" = 200 ] || echo "bench: fetch of $1 failed" >&2
  secs "$t0" "$(now)"
}
cp "$STATE/www/16M.bin" "$STATE/www/bench/16M-tor.bin"
cp "$STATE/www/16M.bin" "$STATE/www/bench/16M-direct.bin"
tor_cold=$(gen_fetch "http://$UPSTREAM:8080/bench/16M-tor.bin")
tor_warm=$(gen_fetch "http://$UPSTREAM:8080/bench/16M-tor.bin")
report "16 MiB through Squid, cold over Tor" "$tor_cold s"
report "16 MiB through Squid, warm from the cache" "$tor_warm s ($(awk -v c="$tor_cold" -v w="$tor_warm" 'BEGIN { printf "%.1fx", c / w }') faster)"

# --- restart: every service's time to answer -------------------------------------------------------
push_client_bundle >/dev/null
check_restart_times | sed -n "s/^restart: \(.* answers .*\)/bench: restart: \1 (target <= $RESTART_TARGET_S s)/p"

# --- custom images: a build in a throwaway builder vs the same build on a running docker host --------
# shellcheck source=../tests/e2e/builds.sh
source "$REPO_ROOT/tests/e2e/builds.sh"
rm -rf "$BUILD_CONTEXT" && mkdir -p "$(dirname "$BUILD_CONTEXT")" && cp -r "$REPO_ROOT/tests/e2e/images/hello" "$BUILD_CONTEXT"
build_base_push || { echo "bench: pushing $BUILD_BASE failed"; exit 1; }
set_config images "[\"$BUILD_IMAGE $BUILD_CONTEXT arg=UPSTREAM=$UPSTREAM\"]" || { echo "bench: could not set bcm:images"; exit 1; }
t0=$(now)
deploy_up bench-build-cold >/dev/null 2>&1 || { echo "bench: the build failed (see $LOGS/bench-build-cold.log)"; exit 1; }
report "image build in a new builder, cold (base not in the mirror yet)" "$(secs "$t0" "$(now)") s"
echo "bench $(date +%s)" >>"$BUILD_CONTEXT/message.txt"
lifecycle_start bench-build-warm
t0=$(now)
deploy_up bench-build-warm >/dev/null 2>&1 || { echo "bench: the rebuild failed"; exit 1; }
warm_build=$(secs "$t0" "$(now)")
lifecycle_stop || echo "bench: LXD's lifecycle monitor stopped during the rebuild"
# The builder's own life, as LXD saw it: the rest of the up is the program, its plan and the
# other resources (the no-op up below).
builder_life=$(lifecycle_builder_secs bench-build-warm) || builder_life=""
report "image rebuild after a one-line change (base in the mirror)" "$warm_build s (the whole up)"
report "  its builder in LXD, created to deleted" "${builder_life:-NO EVIDENCE (no builder events in the lifecycle log of LXD)}${builder_life:+ s}"
t0=$(now)
deploy_up bench-build-noop >/dev/null 2>&1
report "no-op up with the image unchanged ($MODE)" "$(secs "$t0" "$(now)") s"
# The same build directly on the running docker host (dockerd up, the base only in the mirror).
echo "bench direct $(date +%s)" >>"$BUILD_CONTEXT/message.txt"
lx exec "$BUILDER" -- rm -rf /root/bench-build && lx file push -r -p "$BUILD_CONTEXT" "$BUILDER/root/bench-build" >/dev/null &&
  docker_on rmi -f "$BUILD_BASE:1" >/dev/null 2>&1
proxy="http://squid.$DOMAIN:3128"
t0=$(now)
on "$BUILDER" sh -c "cd /root/bench-build/hello && docker build --build-arg http_proxy=$proxy --build-arg UPSTREAM=$UPSTREAM -t bench-direct . >/dev/null 2>&1" ||
  echo "bench: the direct build failed"
direct_build=$(secs "$t0" "$(now)")
report "the same build run directly in the running docker host" "$direct_build s ($(on "$BUILDER" docker info --format '{{.Driver}}' 2>/dev/null || echo '?') driver)"
report "builder overhead (warm rebuild / direct build)" "$(awk -v w="$warm_build" -v d="$direct_build" 'BEGIN { printf "%.1fx", w / d }') (target <= 2x)"
[ -n "$builder_life" ] &&
  report "  the builder's life alone / direct build" "$(awk -v w="$builder_life" -v d="$direct_build" 'BEGIN { printf "%.1fx", w / d }')"
# The floor under any fresh builder on this endpoint: a container from the same image, on the same
# pool and profile, created, started and deleted with nothing run in it (no set-up, no build).
: >"$STATE/bench-bare-container"
for i in 1 2 3; do
  t0=$(now)
  lx launch "${BCM_IMAGE_ALIAS:-bcm-bookworm}" "bench-bare-$i" --profile bcm-privileged -s "$POOL" >/dev/null &&
    lx delete --force "bench-bare-$i" >/dev/null &&
    secs "$t0" "$(now)" >>"$STATE/bench-bare-container" && echo >>"$STATE/bench-bare-container"
done
if [ "$(grep -c . "$STATE/bench-bare-container")" = 3 ]; then
  report "a bare container: launch + delete, nothing in it (the floor)" \
    "$(stats s <"$STATE/bench-bare-container") (min / median / max)"
else
  report "a bare container: launch + delete, nothing in it (the floor)" "NO EVIDENCE (a launch or delete failed)"
fi

# --- the swarm: formation (in the cold deploy above), a stack deploy, a worker's loss --------------
# shellcheck source=../tests/e2e/swarm.sh
source "$REPO_ROOT/tests/e2e/swarm.sh"
report "swarm formation (both hosts Ready after the cold deploy)" \
  "$([ "$(swarm_nodes | grep -c ' Ready ')" = 2 ] && echo "both Ready within the cold deploy: $(secs "$t0_deploy" "$t_deployed") s" || echo "NOT FORMED")"
set_config stacks "[\"$SWARM_STACK $REPO_ROOT/tests/e2e/stacks/web.yml\"]" || { echo "bench: could not set bcm:stacks"; exit 1; }
t0=$(now)
deploy_up bench-stack >/dev/null 2>&1 || echo "bench: the stack deploy failed"
for i in $(seq 1 90); do [ "$(running_tasks web | sort -u | wc -l)" = 2 ] && break; sleep 1; done
report "stack deploy until web runs on both hosts" "$(secs "$t0" "$(now)") s"
# Without a per-node limit (the service spread) the lost worker's task moves to the manager.
t0=$(now)
lx stop --force "$SWARM_WORKER" >/dev/null
for i in $(seq 1 120); do
  [ "$(swarm_nodes | awk -v h="$SWARM_WORKER" '$1 == h {print $2}')" = Down ] && break
  sleep 1
done
report "worker lost (lxc stop) until the manager reports it Down" "$(secs "$t0" "$(now)") s"
for i in $(seq 1 120); do
  [ "$(running_tasks spread | sort | tr '\n' ' ')" = "$SWARM_MANAGER $SWARM_MANAGER " ] && break
  sleep 1
done
report "worker lost until both replicas of spread run on the manager" \
  "$([ "$(running_tasks spread | grep -c "^$SWARM_MANAGER$")" = 2 ] && echo "$(secs "$t0" "$(now)") s" || echo "NOT MOVED within 120 s")"
lx start "$SWARM_WORKER" >/dev/null

set_config squidEgress direct && set_config registryMirrorEgress direct || { echo "bench: could not set direct egress"; exit 1; }
deploy_up up-direct >/dev/null 2>&1 && wait_for_hosts >/dev/null && point_gateway_tor >/dev/null ||
  { echo "bench: redeploy with direct egress failed"; exit 1; }
# The redeployed gateway's Squid answers its first request only once it is up: not part of the fetch.
gen_fetch "http://$UPSTREAM:8080/small.txt?bench-warm-up" >/dev/null
direct_cold=$(gen_fetch "http://$UPSTREAM:8080/bench/16M-direct.bin")
report "16 MiB through Squid, cold, direct egress" "$direct_cold s"
report "price of privacy (cold over Tor / cold direct)" "$(awk -v t="$tor_cold" -v d="$direct_cold" 'BEGIN { printf "%.1fx", t / d }')"
