#!/usr/bin/env bash
# Benchmark (prints figures; not part of the tests' pass/fail). Deploys the e2e stack on the local
# LXD (same topology and side effects as scripts/e2e.sh, removed at the end) and prints:
#   - cold deploy wall time until the gateway and docker host are configured and the core checks
#     (DHCP+DNS, Squid, mirror pull) are green, with the image cached   (target <= 60 s)
#   - no-op deploy wall time and the number of changes                  (target <= 10 s, 0 changes)
#   - mirror pull of a 32 MiB image, cold vs warm, upstream link throttled to 20 Mbit/s with tc
#                                                                        (target warm >= 10x faster)
#   - Squid hit ratio over a repeated download set                       (target >= 90 %)
# Usage: sudo scripts/bench.sh
set -uo pipefail
# shellcheck source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
# shellcheck source=../tests/e2e/lib.sh
source "$REPO_ROOT/tests/e2e/lib.sh"
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
trap cleanup_deployment EXIT
teardown_leftovers
bash "$REPO_ROOT/scripts/e2e/topology.sh" up >/dev/null || exit 1
bash "$REPO_ROOT/scripts/e2e/testimage.sh" push >/dev/null || exit 1
# A separate copy of the download set, so no e2e-style fetch has warmed the cache before the bench.
mkdir -p "$STATE/www/bench" && cp "$STATE/www/"{small.txt,1M.bin,16M.bin} "$STATE/www/bench/"
BCM_TESTIMAGE_REPO=library/bcmbig BCM_TESTIMAGE_PAYLOAD_MB=32 BCM_TESTIMAGE_OUT="$STATE/testimage-big" \
  bash "$REPO_ROOT/scripts/e2e/testimage.sh" push >"$LOGS/bench-testimage.log" 2>&1 ||
  { echo "bench: pushing the 32 MiB test image failed: $(tail -1 "$LOGS/bench-testimage.log")"; exit 1; }
stack_init >/dev/null || exit 1

# --- cold deploy until the core checks are green ----------------------------------------------------
t0=$(now)
deploy_up up || { echo "bench: deploy failed (see $LOGS/up.log)"; exit 1; }
t_deployed=$(now)
wait_for_hosts || { echo "bench: hosts not configured"; exit 1; }
t_configured=$(now)
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
total=$(grep -c '/bench/' "$STATE/bench-access.log")
hits=$(grep '/bench/' "$STATE/bench-access.log" | grep -c 'HIT/')
report "Squid hit ratio ($ROUNDS rounds x ${#FILES[@]} files)" \
  "$(awk -v h="$hits" -v t="$total" 'BEGIN { printf "%.0f %% (%d/%d)", (t ? 100 * h / t : 0), h, t }') (target >= 90 %)"
