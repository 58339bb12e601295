#!/usr/bin/env bash
# Deploys bcm-pulumi: the README's set-up command. Checks the Pulumi engine first, then installs and
# starts LXD, builds the bcm-bookworm image (cached), installs the npm dependencies, logs in to a
# local file backend and runs `pulumi up` of the stack (default: dev, the local LXD daemon).
#
# The engine (scripts/lib/env.sh):
#   - a standard Pulumi install (`pulumi` on PATH or in ~/.pulumi/bin, CLI and nodejs language host
#     >= 3.129.0) is used as it is, and Pulumi downloads the plugins the program needs;
#   - otherwise, when our engine is not complete yet (bcm_engine_mode: none), it first asks the Go
#     module proxy for every missing piece (scripts/install-pulumi.sh --probe, seconds) and stops
#     with exit 4, having built nothing, when the proxy refuses one; else install-pulumi.sh builds
#     them. If a piece is still missing after that, deploy stops too, before touching anything else.
#     Each missing piece is named.
#
# Usage: sudo scripts/deploy.sh [stack]          (stack default: dev)
#        scripts/deploy.sh --check               only say which engine would be used, or what is
#                                                missing (exit 4); builds and changes nothing, asks
#                                                no network (install-pulumi.sh --probe does)
# Env:   BCM_STATE_DIR   local Pulumi backend (default: ~/.bcm-pulumi/state); use `pulumi login`
#                        yourself first to keep state elsewhere
#        PULUMI_CONFIG_PASSPHRASE  encrypts the stack's secrets; or BCM_PASSPHRASE_GPG, an OpenPGP-encrypted
#                        file holding it (a hardware key can hold its key: scripts/lib/passphrase.sh);
#                        asked for when neither is set and stdin is a tty
set -euo pipefail
# shellcheck source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$REPO_ROOT"
check_only=0
if [ "${1:-}" = --check ]; then check_only=1; shift; fi
stack=${1:-dev}

say() { printf 'deploy: %s\n' "$*" >&2; }

engine_in_use() {
  say "engine: $BCM_ENGINE — pulumi $(bcm_cli_version "$BCM_ENGINE_PULUMI") ($BCM_ENGINE_PULUMI), nodejs language host $BCM_ENGINE_HOST_VERSION ($BCM_ENGINE_HOST)"
  if [ "$BCM_ENGINE" = standard ]; then
    say "plugins: acquired by Pulumi as needed (PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=${PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION:-unset})"
  else
    say "plugins: the offline cache of scripts/install-pulumi.sh (automatic plugin acquisition off)"
  fi
}

# stop_missing REPORT [WHEN]: exits 4 with one message naming each "missing" line of REPORT
# (install-pulumi.sh --check / --probe output) and the pieces it would have built
stop_missing() {
  local line name version reason build=()
  {
    echo "deploy: STOPPED${2:+ $2}: nothing was set up (no engine build, no LXD, no image, no npm ci, no login, no stack)."
    echo "deploy: this program cannot run with the Pulumi engine available here. Missing:"
    while read -r line; do
      case $line in
        missing\ *)
          read -r _ name version reason <<<"$line"
          echo "  - $name $version: $reason"
          ;;
        build\ *)
          read -r _ name version _ <<<"$line"
          build+=("$name $version")
          ;;
      esac
    done <<<"$1"
    if [[ $1 == *"not installed (scripts/install-pulumi.sh builds it)"* ]]; then
      echo "deploy: for the pieces not installed, 'scripts/install-pulumi.sh --probe' asks the Go module proxy"
      echo "        (seconds) whether it serves them; 'scripts/deploy.sh' does that before building anything."
    fi
    if ((${#build[@]})); then
      echo "deploy: the Go module proxy serves the rest, not built since the engine would stay incomplete:"
      printf '  - %s\n' "${build[@]}"
    fi
    cat <<EOF
deploy: what to do: on a machine with ordinary internet access, install Pulumi the standard way, as
        the user that runs this script (for 'sudo scripts/deploy.sh' that is root: sudo -i, then)
          curl -fsSL https://get.pulumi.com | sh        # pulumi and its language hosts in ~/.pulumi/bin
        then run scripts/deploy.sh again: it uses that install (CLI and nodejs language host
        >= $BCM_PULUMI_MIN_VERSION) and Pulumi downloads the plugins (tls, random, the terraform bridge and
        terraform-lxd) itself. 'scripts/deploy.sh --check' says what would be used. docs/engine.md
        explains why these pieces cannot be built here.
EOF
  } >&2
  exit 4
}

# Exits 4 with one message naming every missing piece, or returns when the engine is complete.
require_engine() {
  local report rc=0
  report=$(bash scripts/install-pulumi.sh --check) || rc=$?
  if [ "$rc" -eq 0 ]; then return 0; fi
  [ "$rc" -eq 3 ] || { say "scripts/install-pulumi.sh --check failed (exit $rc)"; exit 1; }
  stop_missing "$report"
}

# Before building: asks the Go module proxy for every piece that is not installed (seconds) and
# exits 4 naming each one it refuses; returns when everything missing can be built.
probe_engine() {
  local report rc=0 t0=$SECONDS
  say "asking the Go module proxy for each missing piece first (scripts/install-pulumi.sh --probe)"
  report=$(bash scripts/install-pulumi.sh --probe) || rc=$?
  if [ "$rc" -eq 0 ]; then return 0; fi
  [ "$rc" -eq 3 ] || { say "scripts/install-pulumi.sh --probe failed (exit $rc), see above"; exit 1; }
  stop_missing "$report" "after $((SECONDS - t0)) s, before building"
}

# Asked first: before a long engine build and before anything changes on the machine.
# shellcheck source=lib/passphrase.sh
source scripts/lib/passphrase.sh
if ((!check_only)); then
  bcm_passphrase "$stack" || exit 2
fi

# standard | bcm | none (scripts/lib/env.sh; the same answer tests/e2e acts on)
mode=$(bcm_engine_mode)
case $mode in
  standard | bcm)
    engine_in_use
    ((check_only)) && exit 0
    ;;
  *)
    ((check_only)) && require_engine # exits 4: names each missing piece (nothing asked of the network)
    say "no standard Pulumi install (CLI and nodejs language host >= $BCM_PULUMI_MIN_VERSION) and our engine is incomplete"
    probe_engine # exits 4 in seconds when the proxy refuses a piece: before the long build
    say "building the engine (scripts/install-pulumi.sh)"
    rc=0
    BCM_ENGINE_KEEP_GOING=1 bash scripts/install-pulumi.sh || rc=$?
    [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { say "scripts/install-pulumi.sh failed (exit $rc), see above"; exit "$rc"; }
    source scripts/lib/env.sh # what was just installed
    require_engine
    engine_in_use
    ;;
esac

if [ -z "${BCM_REMOTE:-}" ] && grep -q "lxdRemoteAddress" "Pulumi.$stack.yaml" 2>/dev/null; then
  say "stack $stack targets a remote LXD endpoint: skipping the local LXD set-up"
else
  bash scripts/lxd-up.sh
  bash scripts/build-image.sh
fi
ensure_node_modules

if ! pulumi whoami >/dev/null 2>&1; then
  state_dir=${BCM_STATE_DIR:-$HOME/.bcm-pulumi/state}
  mkdir -p "$state_dir"
  pulumi login "file://$state_dir"
fi
pulumi stack select "$stack" 2>/dev/null || pulumi stack init "$stack" --secrets-provider passphrase
pulumi up --yes --stack "$stack"
pulumi stack output --stack "$stack"
