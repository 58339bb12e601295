#!/usr/bin/env bash
# Standalone run of the remote-endpoint checks (tests/e2e/remote.sh) on a stack of its own, beside
# whatever else runs on this LXD: project bcm-rmt, pool bcm-rmt, network bcmrmt, 10.149.40.0/24;
# outside on bcmout0 when the e2e topology (netns upstream) is up, else a NAT bridge bcmrmtout
# 10.149.41.1/24. Deploys through https://127.0.0.1:8443 with a trust token, runs the checks, and
# removes everything it made (LXD objects, trust entry, tokens, HTTPS listener if it set it).
# Usage: sudo tests/e2e/remote-run.sh        (engine-less; BCM_E2E_KEEP=1 keeps the deployment)
set -uo pipefail
export BCM_E2E_STATE=${BCM_REMOTE_STATE:-/tmp/bcm-rmt-e2e}
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../../scripts/lib/env.sh
source "$REPO_ROOT/scripts/lib/env.sh"
# shellcheck source=lib.sh
source "$REPO_ROOT/tests/e2e/lib.sh"
STACK=rmt
STACK_CONFIG="$STATE/Pulumi.$STACK.yaml"
DEPLOY_DIR="$STATE/deploy"
# shellcheck disable=SC2034 # read by lib.sh and remote.sh
PROJECT=bcm-rmt
# shellcheck disable=SC2034
POOL=bcm-rmt
# shellcheck disable=SC2034
BCMNET_NETWORK=bcmrmt
# shellcheck source=remote.sh
source "$REPO_ROOT/tests/e2e/remote.sh"
MODE=${BCM_E2E_MODE:-engine-less}

write_stack() {
  local outside=(outsideMode=macvlan outsideParentNic=bcmout0)
  if ! ip netns list | grep -q '^upstream' || ! ip link show bcmout0 >/dev/null 2>&1; then
    outside=(outsideMode=nat-bridge outsideParentNic=- outsideBridgeName=bcmrmtout outsideBridgeAddress=10.149.41.1/24)
  fi
  node -e '
    const fs = require("fs"), yaml = require("js-yaml");
    const [from, to, ...pairs] = process.argv.slice(1);
    const doc = yaml.load(fs.readFileSync(from, "utf8"));
    for (const pair of pairs) {
      const i = pair.indexOf("="), key = "bcm:" + pair.slice(0, i), value = pair.slice(i + 1);
      if (value === "-") delete doc.config[key]; else doc.config[key] = value;
    }
    fs.writeFileSync(to, yaml.dump(doc));' "$REPO_ROOT/tests/e2e/Pulumi.e2e.yaml" "$STACK_CONFIG" \
    lxdProject=bcm-rmt storagePool=bcm-rmt bcmnetName=bcmrmt bcmnetCidr=10.149.40.0/24 \
    bcmnetDhcpRangeStart=10.149.40.100 bcmnetDhcpRangeEnd=10.149.40.199 "${outside[@]}"
}

finish() {
  local rc=$?
  phase "teardown"
  if [ "${BCM_E2E_KEEP:-0}" != 1 ] && [ -f "$DEPLOY_DIR/plan.json" ]; then
    deploy_destroy destroy && pass "remote: destroy through HTTPS" || fail "remote: destroy failed (see $LOGS/destroy.log)"
    lxc project list --format csv | grep -q "^$PROJECT" && fail "remote: project $PROJECT still exists" ||
      pass "remote: no project $PROJECT left"
  fi
  [ "${BCM_E2E_KEEP:-0}" = 1 ] || remote_cleanup
  summary
  local ok=$?
  [ $rc -ne 0 ] && exit $rc
  exit $ok
}

main() {
  rm -rf "$STATE" && mkdir -p "$LOGS"
  trap finish EXIT
  remote_leftovers
  write_stack
  phase "deploy through https://$REMOTE_ADDRESS ($MODE)"
  remote_prepare_stack || fatal "could not prepare the remote endpoint"
  remote_log_start deploy
  local t0=$SECONDS
  deploy_up up
  local rc=$?
  remote_log_stop
  [ $rc -eq 0 ] || fatal "deploy through HTTPS failed (see $LOGS/up.log)"
  pass "remote: deploy through https://$REMOTE_ADDRESS ($((SECONDS - t0)) s)"
  check_remote_deploy deploy
  wait_for_hosts && pass "remote: gateway and builder1 configured" || fail "remote: hosts not configured"
  phase "checks"
  check_remote_reconnect
  check_remote_accept_certificate
  check_remote_bad_inputs
}

main "$@"
