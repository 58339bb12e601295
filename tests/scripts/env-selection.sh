#!/usr/bin/env bash
# Which Pulumi engine scripts/lib/env.sh and scripts/deploy.sh pick, with stand-in binaries in a
# temporary HOME, BCM_CACHE and BCM_BIN_DIR (no network, no root, nothing outside the temp dir):
#   - a standard install (~/.pulumi/bin, or elsewhere on PATH) with a modern CLI and nodejs host wins
#     over ours, even with our CLI and the old v3.68 fallback host linked earlier on PATH, and
#     PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION is not set (nor inherited from an earlier sourcing);
#   - without one (or with one too old), ours is used with plugin acquisition off;
#   - deploy.sh --check says so, and on a machine missing pieces exits 4 naming each one;
#   - install-pulumi.sh removes the fallback host and plugin links earlier versions left on PATH.
# Usage: bash tests/scripts/env-selection.sh      ENV_SH=<file> tests another env.sh (to see it fail)
set -uo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ENV_SH=${ENV_SH:-$REPO/scripts/lib/env.sh}
PASSED=0
FAILED=0
T=$(mktemp -d /tmp/bcm-env-selection.XXXXXX)
trap 'rm -rf "$T"' EXIT

check() { # check DESCRIPTION ACTUAL EXPECTED
  if [ "$2" = "$3" ]; then
    PASSED=$((PASSED + 1)); echo "ok   $1"
  else
    FAILED=$((FAILED + 1)); echo "FAIL $1: got '$2', expected '$3'"
  fi
}
contains() { # contains DESCRIPTION TEXT NEEDLE
  if [[ $2 == *"$3"* ]]; then
    PASSED=$((PASSED + 1)); echo "ok   $1"
  else
    FAILED=$((FAILED + 1)); echo "FAIL $1: '$3' not in:"; printf '%s\n' "$2" | sed 's/^/    | /'
  fi
}

# stub_cli FILE VERSION: a `pulumi` that answers `version`
stub_cli() { mkdir -p "$(dirname "$1")"; printf '#!/bin/sh\n[ "$1" = version ] && echo %s && exit 0\necho "stub $*"\n' "$2" >"$1"; chmod +x "$1"; }
# stub_host FILE [VERSION]: a pulumi-language-nodejs; with VERSION it answers -version (hosts >= 3.204),
# without it refuses the flag like older hosts do (Go's flag package: exit 2)
stub_host() {
  mkdir -p "$(dirname "$1")"
  if [ -n "${2:-}" ]; then
    printf '#!/bin/sh\n[ "$1" = -version ] && echo %s && exit 0\necho 12345\n' "$2" >"$1"
  else
    printf '#!/bin/sh\necho "flag provided but not defined: $1" >&2\nexit 2\n' >"$1"
  fi
  chmod +x "$1"
}

# Our engine as install-pulumi.sh leaves it, with the links of an earlier version of it (the v3.68
# fallback host and a plugin on PATH).
CACHE=$T/cache
BIN=$T/bin
E=$CACHE/engine
stub_cli "$E/pulumi-3.259.0/pulumi" v3.259.0 && touch "$E/pulumi-3.259.0/.complete"
stub_host "$E/pulumi-language-nodejs-3.68.0-sdk/pulumi-language-nodejs" && touch "$E/pulumi-language-nodejs-3.68.0-sdk/.complete"
stub_cli "$E/pulumi-resource-tls-5.6.1/pulumi-resource-tls" 5.6.1
for v in pulumi-language-nodejs-3.259.0 pulumi-resource-tls-5.6.1 pulumi-resource-random-4.21.2 terraform-provider-lxd-2.7.1; do
  date -u +%Y-%m-%dT%H:%M:%SZ >"$E/$v.unavailable"
done
mkdir -p "$BIN"
ln -s "$E/pulumi-3.259.0/pulumi" "$BIN/pulumi"
ln -s "$E/pulumi-language-nodejs-3.68.0-sdk/pulumi-language-nodejs" "$BIN/pulumi-language-nodejs"
ln -s "$E/pulumi-resource-tls-5.6.1/pulumi-resource-tls" "$BIN/pulumi-resource-tls"
BASE_PATH=$BIN:/usr/bin:/bin   # ours first on PATH, as /usr/local/bin is

# in_env HOME [VAR=VALUE...] -- COMMAND: a clean environment for one case
in_env() {
  local home=$1
  shift
  local vars=()
  while [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  env -i HOME="$home" PATH="$BASE_PATH" BCM_CACHE="$CACHE" BCM_BIN_DIR="$BIN" PULUMI_HOME="$home/.pulumi" \
    ENV_SH="$ENV_SH" "${vars[@]}" bash -c "$@"
}
# what env.sh selects: engine, pulumi, host, host version, plugin acquisition
REPORT='source "$ENV_SH" >/dev/null 2>&1; echo "${BCM_ENGINE:-}|$(command -v pulumi)|$(command -v pulumi-language-nodejs)|${BCM_ENGINE_HOST_VERSION:-}|${PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION:-unset}"'

echo "--- A: standard install in ~/.pulumi/bin, ours (CLI + v3.68 host) earlier on PATH"
H=$T/home-a
stub_cli "$H/.pulumi/bin/pulumi" v3.270.0
stub_host "$H/.pulumi/bin/pulumi-language-nodejs" v3.270.0
check "A: env.sh picks the standard install, host v3.270.0, acquisition not disabled" \
  "$(in_env "$H" -- "$REPORT")" "standard|$H/.pulumi/bin/pulumi|$H/.pulumi/bin/pulumi-language-nodejs|v3.270.0|unset"
check "A: sourced twice, same choice" \
  "$(in_env "$H" -- "source \"\$ENV_SH\" >/dev/null 2>&1; $REPORT")" \
  "standard|$H/.pulumi/bin/pulumi|$H/.pulumi/bin/pulumi-language-nodejs|v3.270.0|unset"
check "A: acquisition disabled by an earlier env.sh (bcm mode, inherited) is lifted" \
  "$(in_env "$H" PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true BCM_ENV_DISABLED_PLUGIN_ACQUISITION=1 -- "$REPORT")" \
  "standard|$H/.pulumi/bin/pulumi|$H/.pulumi/bin/pulumi-language-nodejs|v3.270.0|unset"
check "A: the user's own PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION is left alone" \
  "$(in_env "$H" PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true -- "$REPORT" | cut -d'|' -f5)" "true"
out=$(in_env "$H" -- "bash '$REPO/scripts/deploy.sh' --check 2>&1; echo \"exit \$?\"")
contains "A: deploy.sh --check uses the standard install" "$out" "engine: standard — pulumi v3.270.0 ($H/.pulumi/bin/pulumi)"
contains "A: deploy.sh --check leaves plugin acquisition on" "$out" "PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=unset"
contains "A: deploy.sh --check exits 0" "$out" "exit 0"

echo "--- B: standard install elsewhere on PATH (host without -version, bundled beside its CLI)"
H=$T/home-b
mkdir -p "$H"
stub_cli "$T/opt/pulumi/pulumi" v3.150.0
stub_host "$T/opt/pulumi/pulumi-language-nodejs"
check "B: env.sh picks it (host version from the CLI it ships with)" \
  "$(in_env "$H" PATH="$T/opt/pulumi:$BASE_PATH" -- "$REPORT")" \
  "standard|$T/opt/pulumi/pulumi|$T/opt/pulumi/pulumi-language-nodejs|v3.150.0|unset"

echo "--- C: no standard install: ours, offline"
H=$T/home-c
mkdir -p "$H"
check "C: env.sh picks ours with plugin acquisition off" \
  "$(in_env "$H" -- "$REPORT" | cut -d'|' -f1,2,5)" "bcm|$BIN/pulumi|true"
out=$(in_env "$H" -- "bash '$REPO/scripts/deploy.sh' --check 2>&1; echo \"exit \$?\"")
contains "C: deploy.sh --check exits 4" "$out" "exit 4"
contains "C: names the missing language host" "$out" "- pulumi-language-nodejs >=3.129.0: the Go module proxy refused it"
contains "C: names the missing tls plugin" "$out" "- pulumi-resource-tls 5.6.1"
contains "C: names the missing random plugin" "$out" "- pulumi-resource-random 4.21.2"
contains "C: names the missing terraform bridge plugin" "$out" "- pulumi-resource-terraform-provider 3.137.0"
contains "C: names the missing terraform-lxd provider" "$out" "- terraform-provider-lxd 2.7.1"
contains "C: says what to do" "$out" "curl -fsSL https://get.pulumi.com | sh"
if [[ $out == *"- pulumi 3.259.0"* ]]; then
  FAILED=$((FAILED + 1)); echo "FAIL C: lists the CLI, which is there"
else
  PASSED=$((PASSED + 1)); echo "ok   C: does not list the CLI, which is there"
fi

echo "--- D: standard installs that cannot run the program are not picked"
H=$T/home-d
stub_cli "$H/.pulumi/bin/pulumi" v3.100.0
stub_host "$H/.pulumi/bin/pulumi-language-nodejs" v3.100.0
check "D: CLI and host v3.100.0 (< 3.129.0): ours" "$(in_env "$H" -- "$REPORT" | cut -d'|' -f1,5)" "bcm|true"
H=$T/home-e
stub_cli "$H/.pulumi/bin/pulumi" v3.270.0
check "D: a modern CLI with only the v3.68 host on PATH: ours" "$(in_env "$H" -- "$REPORT" | cut -d'|' -f1,5)" "bcm|true"

echo "--- E: install-pulumi.sh removes what earlier versions put on PATH"
stub_go=$T/go/go
mkdir -p "$(dirname "$stub_go")"
printf '#!/bin/sh\n[ "$1 $2" = "env GOVERSION" ] && echo go1.26.0 && exit 0\nexit 1\n' >"$stub_go"
chmod +x "$stub_go"
out=$(in_env "$T/home-c" GO="$stub_go" BCM_ENGINE_COMPONENTS=pulumi -- "bash '$REPO/scripts/install-pulumi.sh' 2>&1; echo \"exit \$?\"")
contains "E: install-pulumi.sh (CLI only, cached) exits 0" "$out" "exit 0"
check "E: the v3.68 fallback host link is gone" "$([ -e "$BIN/pulumi-language-nodejs" ] || [ -L "$BIN/pulumi-language-nodejs" ] && echo present || echo gone)" gone
check "E: the fallback host's cache directory is gone" "$([ -d "$E/pulumi-language-nodejs-3.68.0-sdk" ] && echo present || echo gone)" gone
check "E: the plugin link is gone" "$([ -L "$BIN/pulumi-resource-tls" ] && echo present || echo gone)" gone
check "E: our CLI stays linked" "$(readlink "$BIN/pulumi")" "$E/pulumi-3.259.0/pulumi"

echo "env-selection: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
