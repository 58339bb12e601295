#!/usr/bin/env bash
# Runs only the LAN / two-stacks checks (tests/e2e/lan.sh) against a main e2e deployment that is
# already up (e.g. after `BCM_E2E_KEEP=1 scripts/e2e.sh`): deploys the second stack beside it,
# checks, destroys it and removes the LAN namespace and veth, also on failure. The main stack is
# left as it was. Prints the wall time the LAN test adds.
#
# Usage: sudo tests/e2e/lan-run.sh
set -uo pipefail

# shellcheck source=../../scripts/lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/env.sh"
# shellcheck source=lib.sh
source "$REPO_ROOT/tests/e2e/lib.sh"
# shellcheck source=lan.sh
source "$REPO_ROOT/tests/e2e/lan.sh"

[ "$(id -u)" -eq 0 ] || { echo "lan: must run as root" >&2; exit 2; }
detect_mode
if [ "$(lxc query "/1.0/instances/$GATEWAY/state?project=$PROJECT" 2>/dev/null | jq -r .status)" != Running ] ||
  ! lxc info --project "$PROJECT" client2 >/dev/null 2>&1 || ! ip netns list | grep -q "^$NETNS\b"; then
  echo "lan: the main e2e stack ($PROJECT with client1, client2) and the upstream namespace must be up:" >&2
  echo "lan: run BCM_E2E_KEEP=1 scripts/e2e.sh first" >&2
  exit 2
fi

exec 3>&1 4>&2 # the runner's own output: an interruption may come while a step's is redirected
lan_exit() {
  local rc=$?
  exec 1>&3 2>&4
  lan_teardown
  summary
  local ok=$?
  [ $rc -ne 0 ] && exit $rc
  exit $ok
}
trap lan_exit EXIT
trap 'exit 143' TERM INT # interrupted: still tear down (the EXIT trap)
run_lan_checks
