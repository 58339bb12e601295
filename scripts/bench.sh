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
#   - a 16 MiB fetch through Squid: cold over Tor vs warm from the cache, and over Tor vs direct
#     (squidEgress direct, redeployed for the measurement: the price of privacy)
# Usage: sudo scripts/bench.sh
set -uo pipefail
# shellcheck source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
# shellcheck source=../tests/e2e/lib.sh
source "$REPO_ROOT/tests/e2e/lib.sh"
# shellcheck source=../tests/e2e/probe.sh
source "$REPO_ROOT/tests/e2e/probe.sh"
# shellcheck source=../tests/e2e/tor.sh
source "$REPO_ROOT/tests/e2e/tor.sh"
[ "$(id -u)" -eq 0 ] || { echo "bench: must run as root" >&2; exit 2; }

BIG_IMAGE=library/bcmbig:1
ROUNDS=${BCM_BENCH_ROUNDS:-20}
FILES=(small.txt 1M.bin 16M.bin)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
report() { printf 'bench: %-58s %s\n' "$1" "$2"; }

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
tornet_start &
tornet_job=$!

# --- cold deploy until the core checks are green ----------------------------------------------------
t0=$(now)
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

set_config squidEgress direct
set_config registryMirrorEgress direct
deploy_up up-direct >/dev/null 2>&1 && wait_for_hosts >/dev/null && point_gateway_tor >/dev/null ||
  { echo "bench: redeploy with direct egress failed"; exit 1; }
# The redeployed gateway's Squid answers its first request only once it is up: not part of the fetch.
gen_fetch "http://$UPSTREAM:8080/small.txt?bench-warm-up" >/dev/null
direct_cold=$(gen_fetch "http://$UPSTREAM:8080/bench/16M-direct.bin")
report "16 MiB through Squid, cold, direct egress" "$direct_cold s"
report "price of privacy (cold over Tor / cold direct)" "$(awk -v t="$tor_cold" -v d="$direct_cold" 'BEGIN { printf "%.1fx", t / d }')"
