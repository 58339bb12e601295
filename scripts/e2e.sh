#!/usr/bin/env bash
# End-to-end test of bcm-pulumi on a real local LXD: deploys the e2e stack with the real Pulumi
# engine, checks every service from a client container on bcmnet, from the docker host and from
# the upstream namespace, then tears everything down (also when a check fails).
#
# Needs root and changes the machine: installs Debian packages (LXD, nftables, tcpdump, nmap...),
# starts the LXD daemon, builds/imports the bcm-bookworm image (cached in $BCM_CACHE), builds the
# Pulumi engine (cached), creates the veth pair bcmout0/bcmout1 and the netns "upstream" (removed
# at the end), and the LXD project bcm-e2e with network bcme2e and pool bcm-e2e (destroyed at the end).
#
# Usage: scripts/e2e.sh              run everything
#        BCM_E2E_KEEP=1 scripts/e2e.sh   leave the deployment up after the checks (for debugging)
set -uo pipefail

# shellcheck source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
# The e2e's files read the stack file with the program's own parser (ts-node): npm ci first.
ensure_node_modules >/dev/null || { echo "e2e: npm ci failed" >&2; exit 2; }
# shellcheck source=../tests/e2e/lib.sh
source "$REPO_ROOT/tests/e2e/lib.sh"
# shellcheck source=../tests/e2e/probe.sh
source "$REPO_ROOT/tests/e2e/probe.sh"
# shellcheck source=../tests/e2e/tor.sh
source "$REPO_ROOT/tests/e2e/tor.sh"
# shellcheck source=../tests/e2e/builds.sh
source "$REPO_ROOT/tests/e2e/builds.sh"
# shellcheck source=../tests/e2e/swarm.sh
source "$REPO_ROOT/tests/e2e/swarm.sh"
# shellcheck source=../tests/e2e/onion.sh
source "$REPO_ROOT/tests/e2e/onion.sh"
# shellcheck source=../tests/e2e/daytwo.sh
source "$REPO_ROOT/tests/e2e/daytwo.sh"
# shellcheck source=../tests/e2e/remote.sh
source "$REPO_ROOT/tests/e2e/remote.sh"
# shellcheck source=../tests/e2e/lan.sh
source "$REPO_ROOT/tests/e2e/lan.sh"
# shellcheck source=../tests/e2e/cluster.sh
source "$REPO_ROOT/tests/e2e/cluster.sh"

[ "$(id -u)" -eq 0 ] || { echo "e2e: must run as root (LXD, network namespaces)" >&2; exit 2; }

main() {
  phase "prerequisites"
  bash "$REPO_ROOT/scripts/lxd-up.sh" || fatal "LXD did not start"
  install_e2e_packages || fatal "could not install the e2e packages"
  ensure_node_modules || fatal "npm ci failed"
  bash "$REPO_ROOT/scripts/build-image.sh" || fatal "base image build failed"
  # Builds what the Go module proxy serves; exit 3 = some components are unavailable here.
  BCM_ENGINE_KEEP_GOING=1 bash "$REPO_ROOT/scripts/install-pulumi.sh"
  case $? in 0 | 3) ;; *) fatal "engine install failed" ;; esac
  detect_mode

  trap teardown EXIT
  phase "topology"
  teardown_leftovers
  # This run's logs only: the upstream servers' logs are evidence for the checks.
  rm -rf "$LOGS" && mkdir -p "$LOGS"
  bash "$REPO_ROOT/scripts/e2e/topology.sh" up || fatal "topology up failed"
  bash "$REPO_ROOT/scripts/e2e/testimage.sh" push || fatal "test image push failed"
  tornet_start &
  local tornet_job=$!

  phase "deploy ($MODE)"
  stack_init || fatal "pulumi stack init failed"
  # The stack deploys through the daemon's HTTPS listener with a trust token, not the socket.
  remote_prepare_stack || fatal "could not make the stack deploy through https://$REMOTE_ADDRESS"
  local t0=$SECONDS
  if [ "$MODE" = engine ]; then
    run_pulumi preview >"$LOGS/preview.log" 2>&1 || fatal "pulumi preview failed (see $LOGS/preview.log)"
    pass "pulumi preview succeeds"
  fi
  remote_log_start deploy
  deploy_up up || { remote_log_stop; fatal "deploy failed (see $LOGS/up.log)"; }
  remote_log_stop
  pass "deploy succeeds ($MODE, $((SECONDS - t0)) s)"
  check_remote_deploy deploy    # over HTTPS as the stack's own client identity, token consumed
  wait_for_hosts || fatal "hosts did not finish cloud-init"
  pass "gateway and builder1 configured ($((SECONDS - t0)) s after the start of the deploy)"

  wait "$tornet_job" || fatal "the private Tor network did not start (see $LOGS/tornet-up.log)"

  phase "checks"
  start_clients || fatal "client containers did not get a DHCP lease"
  check_tor_not_bootstrapped    # no DNS answer, Squid fails cleanly, nothing reaches upstream
  point_gateway_tor || fatal "the gateway's Tor has no network: the checks through it cannot run"
  tor_events_start              # Tor's STREAM events, for the stream isolation check
  # From here on, the outside link is captured on its upstream side (the leak test). (Before,
  # the product's Tor tried the real Tor network's fallback directories: Tor's own traffic, into
  # the upstream namespace, a dead end.)
  leak_capture_start
  check_dhcp_dns                # 1
  check_no_plaintext_dns        # 2
  check_tor_socks               # 3
  check_http_over_tor           # 4
  check_squid                   # 5
  check_squid_privacy           # no identifying headers upstream, private logs
  check_registries              # 6
  check_image_builds            # bcm:images: built in throwaway builders, through the mirror and Squid
  check_swarm                   # builder1 + builder2 one swarm; bcm:stacks deploys bcm/hello on it
  check_over_tor                # DNS, SOCKS5, privoxy, Squid, mirror through Tor: seen from an exit
  check_stream_isolation        # from Tor's side: each consumer on its own circuits
  check_onion_services          # authorized clients reach the registry as an onion service; others not
  gateway_direct_attempts       # root and nobody on the gateway try upstream directly
  check_dns_answers             # DNS over Tor answers, UDP and TCP
  check_gateway_addresses_closed  # bcmnet reaches the inside address only
  check_flood_limited           # one client holding 300 connections to privoxy: the others still served
  check_volume_sizes
  check_secrets_unreadable      # nothing secret for an unprivileged user in a container
  check_crash_recovery          # kill -9 of every service: back by itself
  check_mirror_offline          # the mirror starts and serves its cache with upstream down
  leak_capture_check            # only DHCP, ARP/ND and Tor left on the outside link
  check_outside_scan            # 7
  check_no_plaintext_secrets    # 8
  check_idempotent              # 9
  check_remote_reconnect        # a second machine: no local config dir, the token spent
  check_remote_accept_certificate
  check_remote_bad_inputs       # wrong/expired token, nothing listening, a foreign certificate
  check_config_change           # 10
  check_onion_after_replacement # same address, the laptop gets through, the revoked phone not
  check_revocation              # pki-operators-ca replaced: the old operator bundle refused, hosts untouched
  check_restart                 # 11
  check_doctor                  # scripts/doctor.sh: healthy, Squid masked, Tor cut off, renewal window
  # After the leak capture: the second gateway's DHCP and Tor traffic share the upstream link.
  run_lan_checks                # bcmnet on a LAN + a second stack beside this one
  phase "LXD cluster (a second daemon, single member)"
  cluster_up && cluster_checks
  cluster_teardown
  if [ "${BCM_E2E_KEEP:-0}" != 1 ]; then
    phase "backup, destroy, restore"
    check_backup_restore        # the site back from one archive: same CA, onion address, images
  fi
  if [ "${BCM_E2E_KEEP:-0}" = 1 ]; then
    echo "e2e: BCM_E2E_KEEP=1: leaving the deployment up"
    trap - EXIT
  else
    check_destroy               # 12
  fi
}

main "$@"
# The EXIT trap (teardown) prints the summary and sets the exit code.
[ "${BCM_E2E_KEEP:-0}" = 1 ] && { summary; exit $?; }
exit 0
