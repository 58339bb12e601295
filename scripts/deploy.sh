#!/usr/bin/env bash
# Deploys bcm-pulumi: the README's set-up command. On a fresh Debian 12 machine it installs and
# starts LXD, builds the bcm-bookworm image (cached), builds the Pulumi engine from the Go module
# proxy (cached), installs the npm dependencies, logs in to a local file backend and runs
# `pulumi up` of the stack (default: dev, the local LXD daemon).
#
# Usage: sudo scripts/deploy.sh [stack]          (stack default: dev)
# Env:   BCM_STATE_DIR   local Pulumi backend (default: ~/.bcm-pulumi/state); use `pulumi login`
#                        yourself first to keep state elsewhere
#        PULUMI_CONFIG_PASSPHRASE  encrypts the stack's secrets; asked for when unset and stdin is a tty
set -euo pipefail
# shellcheck source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$REPO_ROOT"
stack=${1:-dev}

if [ -z "${BCM_REMOTE:-}" ] && grep -q "lxdRemoteAddress" "Pulumi.$stack.yaml" 2>/dev/null; then
  echo "deploy: stack $stack targets a remote LXD endpoint: skipping the local LXD set-up"
else
  bash scripts/lxd-up.sh
  bash scripts/build-image.sh
fi
bash scripts/install-pulumi.sh
ensure_node_modules

if ! pulumi whoami >/dev/null 2>&1; then
  state_dir=${BCM_STATE_DIR:-$HOME/.bcm-pulumi/state}
  mkdir -p "$state_dir"
  pulumi login "file://$state_dir"
fi
if [ -z "${PULUMI_CONFIG_PASSPHRASE:-}" ] && [ -z "${PULUMI_CONFIG_PASSPHRASE_FILE:-}" ]; then
  if [ -t 0 ]; then
    read -r -s -p "Passphrase for the secrets of stack $stack: " PULUMI_CONFIG_PASSPHRASE
    echo
    export PULUMI_CONFIG_PASSPHRASE
  else
    echo "deploy: set PULUMI_CONFIG_PASSPHRASE (it encrypts the stack's keys and passwords)" >&2
    exit 2
  fi
fi
pulumi stack select "$stack" 2>/dev/null || pulumi stack init "$stack" --secrets-provider passphrase
pulumi up --yes --stack "$stack"
pulumi stack output --stack "$stack"
