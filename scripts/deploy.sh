#!/usr/bin/env bash
# Deploys bcm-pulumi: the README's set-up command. Checks the Pulumi engine first, then installs and
# starts LXD, builds the bcm-bookworm image (cached), installs the npm dependencies, logs in to a
# local file backend and runs `pulumi up` of the stack (default: dev, the local LXD daemon).
#
# The engine (scripts/lib/env.sh):
#   - a standard Pulumi install (`pulumi` on PATH or in ~/.pulumi/bin, CLI and nodejs language host
#     >= 3.129.0) is used as it is, and Pulumi downloads the plugins the program needs;
#   - otherwise scripts/install-pulumi.sh builds what it can from the Go module proxy. If a piece is
#     still missing, deploy stops before touching anything else, naming each missing piece.
#
# Usage: sudo scripts/deploy.sh [stack]          (stack default: dev)
#        scripts/deploy.sh --check               only say which engine would be used, or what is
#                                                missing; builds and changes nothing
# Env:   BCM_STATE_DIR   local Pulumi backend (default: ~/.bcm-pulumi/state); use `pulumi login`
#                        yourself first to keep state elsewhere
#        PULUMI_CONFIG_PASSPHRASE  encrypts the stack's secrets; asked for when unset and stdin is a tty
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

# Exits non-zero with one message naming every missing piece, or returns when the engine is complete.
require_engine() {
  local report rc=0 line name version reason
  report=$(bash scripts/install-pulumi.sh --check) || rc=$?
  if [ "$rc" -eq 0 ]; then return 0; fi
  [ "$rc" -eq 3 ] || { say "scripts/install-pulumi.sh --check failed (exit $rc)"; exit 1; }
  {
    echo "deploy: STOPPED: nothing was set up (no LXD, no image, no npm ci, no login, no stack)."
    echo "deploy: this program cannot run with the Pulumi engine available here. Missing:"
    while read -r line; do
      case $line in
        missing\ *)
          read -r _ name version reason <<<"$line"
          echo "  - $name $version: $reason"
          ;;
      esac
    done <<<"$report"
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

# Asked first: before a long engine build and before anything changes on the machine.
if ((!check_only)) && [ -z "${PULUMI_CONFIG_PASSPHRASE:-}" ] && [ -z "${PULUMI_CONFIG_PASSPHRASE_FILE:-}" ]; then
  if [ -t 0 ]; then
    read -r -s -p "Passphrase for the secrets of stack $stack: " PULUMI_CONFIG_PASSPHRASE
    echo
    export PULUMI_CONFIG_PASSPHRASE
  else
    say "set PULUMI_CONFIG_PASSPHRASE (it encrypts the stack's keys and passwords)"
    exit 2
  fi
fi

if [ "$BCM_ENGINE" = standard ]; then
  engine_in_use
  ((check_only)) && exit 0
else
  if ((check_only)); then
    require_engine
    engine_in_use
    exit 0
  fi
  say "no standard Pulumi install (CLI and nodejs language host >= $BCM_PULUMI_MIN_VERSION): building the engine (scripts/install-pulumi.sh)"
  rc=0
  BCM_ENGINE_KEEP_GOING=1 bash scripts/install-pulumi.sh || rc=$?
  [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { say "scripts/install-pulumi.sh failed (exit $rc), see above"; exit "$rc"; }
  source scripts/lib/env.sh # what was just installed
  require_engine
  engine_in_use
fi

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
