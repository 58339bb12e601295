#!/usr/bin/env bash
# Which Pulumi engine scripts/lib/env.sh and scripts/deploy.sh pick, with stand-in binaries in a
# temporary HOME, BCM_CACHE and BCM_BIN_DIR (no network, no root, nothing outside the temp dir):
#   - a standard install (~/.pulumi/bin, or elsewhere on PATH) with a modern CLI and nodejs host wins
#     over ours, even with our CLI and the old v3.68 fallback host linked earlier on PATH, and
#     PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION is not set (nor inherited from an earlier sourcing);
#   - without one (or with one too old), ours is used with plugin acquisition off;
#   - deploy.sh --check says so, and on a machine missing pieces exits 4 naming each one;
#   - install-pulumi.sh removes the fallback host and plugin links earlier versions left on PATH;
#   - bcm_engine_mode (env.sh) answers standard / bcm (our cache complete) / none (a piece missing);
#   - install-pulumi.sh --probe asks a stand-in Go module proxy (a file:// GOPROXY in the temp dir),
#     records refusals as .unavailable markers, and deploy.sh (a copy, whose LXD steps are stand-ins
#     that only report being reached) stops with exit 4 naming them, before building anything.
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
printf '#!/bin/sh\n[ "$1 $2" = "env GOVERSION" ] && echo go1.26.0 && exit 0\n[ "$1 $2" = "env GOPROXY" ] && echo "$GOPROXY" && exit 0\nexit 1\n' >"$stub_go"
chmod +x "$stub_go"
out=$(in_env "$T/home-c" GO="$stub_go" BCM_ENGINE_COMPONENTS=pulumi -- "bash '$REPO/scripts/install-pulumi.sh' 2>&1; echo \"exit \$?\"")
contains "E: install-pulumi.sh (CLI only, cached) exits 0" "$out" "exit 0"
check "E: the v3.68 fallback host link is gone" "$([ -e "$BIN/pulumi-language-nodejs" ] || [ -L "$BIN/pulumi-language-nodejs" ] && echo present || echo gone)" gone
check "E: the fallback host's cache directory is gone" "$([ -d "$E/pulumi-language-nodejs-3.68.0-sdk" ] && echo present || echo gone)" gone
check "E: the plugin link is gone" "$([ -L "$BIN/pulumi-resource-tls" ] && echo present || echo gone)" gone
check "E: our CLI stays linked" "$(readlink "$BIN/pulumi")" "$E/pulumi-3.259.0/pulumi"

echo "--- F: bcm_engine_mode"
MODE='source "$ENV_SH" >/dev/null 2>&1; bcm_engine_mode'
check "F: a standard install: standard" "$(in_env "$T/home-a" -- "$MODE")" standard
check "F: no standard install, our cache with .unavailable markers: none" "$(in_env "$T/home-c" -- "$MODE")" none
# our engine complete, as install-pulumi.sh leaves it (CLI and host in the cache and linked, the
# plugins in the plugin cache, terraform-lxd in the bridge's cache)
CACHE2=$T/cache2 BIN2=$T/bin2 H=$T/home-f
E2=$CACHE2/engine
stub_cli "$E2/pulumi-3.259.0/pulumi" v3.259.0 && touch "$E2/pulumi-3.259.0/.complete"
stub_host "$E2/pulumi-language-nodejs-3.259.0/pulumi-language-nodejs" v3.259.0 && touch "$E2/pulumi-language-nodejs-3.259.0/.complete"
mkdir -p "$BIN2"
ln -s "$E2/pulumi-3.259.0/pulumi" "$BIN2/pulumi"
ln -s "$E2/pulumi-language-nodejs-3.259.0/pulumi-language-nodejs" "$BIN2/pulumi-language-nodejs"
stub_cli "$H/.pulumi/plugins/resource-tls-v5.6.1/pulumi-resource-tls" 5.6.1
stub_cli "$H/.pulumi/plugins/resource-random-v4.21.2/pulumi-resource-random" 4.21.2
stub_cli "$H/.pulumi/plugins/resource-terraform-provider-v3.137.0/pulumi-resource-terraform-provider" 3.137.0
LXD_BIN=$H/.pulumi/dynamic_tf_plugins/registry.opentofu.org/terraform-lxd/lxd/2.7.1/linux_amd64/terraform-provider-lxd
stub_cli "$LXD_BIN" 2.7.1
check "F: no standard install, our cache complete: bcm" \
  "$(in_env "$H" BCM_CACHE="$CACHE2" BCM_BIN_DIR="$BIN2" PATH="$BIN2:/usr/bin:/bin" -- "$MODE")" bcm
out=$(in_env "$H" BCM_CACHE="$CACHE2" BCM_BIN_DIR="$BIN2" PATH="$BIN2:/usr/bin:/bin" -- "bash '$REPO/scripts/deploy.sh' --check 2>&1; echo \"exit \$?\"")
contains "F: deploy.sh --check with our cache complete uses ours" "$out" "engine: bcm — pulumi v3.259.0 ($BIN2/pulumi)"
contains "F: deploy.sh --check with our cache complete exits 0" "$out" "exit 0"
mv "$LXD_BIN" "$LXD_BIN.away"
date -u +%Y-%m-%dT%H:%M:%SZ >"$E2/terraform-provider-lxd-2.7.1.unavailable"
check "F: the same, terraform-lxd refused (.unavailable marker): none" \
  "$(in_env "$H" BCM_CACHE="$CACHE2" BCM_BIN_DIR="$BIN2" PATH="$BIN2:/usr/bin:/bin" -- "$MODE")" none
check "F: a standard install wins over a complete cache of ours" \
  "$(in_env "$T/home-a" BCM_CACHE="$CACHE2" BCM_BIN_DIR="$BIN2" PATH="$BIN2:/usr/bin:/bin" -- "$MODE")" standard

echo "--- G: install-pulumi.sh --probe and deploy.sh ask the Go module proxy before building"
eval "$(grep '^proxy_escape()' "$REPO/scripts/install-pulumi.sh")"
check "G: module paths are case-escaped" "$(proxy_escape github.com/BurntSushi/toml)" "github.com/!burnt!sushi/toml"
# A stand-in proxy (the proxy's layout, served as file://) with the CLI's modules and the bridge;
# random's sdk .info (the commit of its tag) but not its provider module; nothing for the host, tls, lxd.
P=$T/proxy
served() { mkdir -p "$P/$1/@v"; printf '%s\n' "${3:-{\"Version\":\"$2\"\}}" >"$P/$1/@v/$2.info"; echo zip >"$P/$1/@v/$2.zip"; }
served github.com/pulumi/pulumi/pkg/v3 v3.259.0 '{"Version":"v3.259.0","Origin":{"VCS":"git","Hash":"a05d88f24d05726fa3beae771bfdedb0c0c6a94a"}}'
served github.com/pulumi/pulumi/sdk/v3 v3.259.0
served github.com/pulumi/pulumi-terraform-bridge/v3 v3.137.0
served github.com/pulumi/pulumi-random/sdk/v4 v4.21.2 '{"Version":"v4.21.2","Origin":{"VCS":"git","Hash":"b62f810278b98604d335131499f80e890624b7c3"}}'
CACHE3=$T/cache3 H=$T/home-g
mkdir -p "$H"
PROBE_ENV=(BCM_CACHE="$CACHE3" BCM_BIN_DIR="$T/bin3" PATH=/usr/bin:/bin GO="$stub_go" GOPROXY="file://$P")
out=$(in_env "$H" "${PROBE_ENV[@]}" -- "bash '$REPO/scripts/install-pulumi.sh' --probe 2>/dev/null; echo \"exit \$?\"")
contains "G: --probe exits 3" "$out" "exit 3"
contains "G: the CLI is served: would be built" "$out" "build pulumi 3.259.0 not installed; the Go module proxy serves github.com/pulumi/pulumi/pkg/v3@v3.259.0"
contains "G: the bridge is served: would be built" "$out" "build pulumi-resource-terraform-provider 3.137.0"
contains "G: the host is refused (the module at the CLI tag's commit)" "$out" \
  "missing pulumi-language-nodejs >=3.129.0 the Go module proxy refused it on"
contains "G: ... and says which request" "$out" "pulumi-language-nodejs/v3@a05d88f24d05726fa3beae771bfdedb0c0c6a94a: .info 404"
contains "G: tls is refused" "$out" "missing pulumi-resource-tls 5.6.1 the Go module proxy refused it on"
contains "G: random is refused (its provider at the sdk tag's commit)" "$out" "pulumi-random/provider/v4@b62f810278b98604d335131499f80e890624b7c3"
contains "G: terraform-lxd is refused" "$out" "missing terraform-provider-lxd 2.7.1 the Go module proxy refused it on"
check "G: refusals leave .unavailable markers, nothing else" \
  "$(cd "$CACHE3/engine" && ls -d -- * | tr '\n' ' ')" \
  "pulumi-language-nodejs-3.259.0.unavailable pulumi-resource-random-4.21.2.unavailable pulumi-resource-tls-5.6.1.unavailable terraform-provider-lxd-2.7.1.unavailable "
check "G: bcm_engine_mode after the probe: none" "$(in_env "$H" BCM_CACHE="$CACHE3" -- "$MODE")" none
served github.com/pulumi/pulumi-tls/sdk/v5 v5.6.1 '{"Version":"v5.6.1","Origin":{"VCS":"git","Hash":"1111111111111111111111111111111111111111"}}'
served github.com/pulumi/pulumi-tls/provider/v5 1111111111111111111111111111111111111111 '{"Version":"v5.6.1-0.20260101000000-111111111111"}'
served github.com/pulumi/pulumi-tls/provider/v5 v5.6.1-0.20260101000000-111111111111
out=$(in_env "$H" "${PROBE_ENV[@]}" -- "bash '$REPO/scripts/install-pulumi.sh' --probe 2>/dev/null")
contains "G: a marked component is reported from its marker, not asked again" "$out" \
  "missing pulumi-resource-tls 5.6.1 the Go module proxy refused it on $(<"$CACHE3/engine/pulumi-resource-tls-5.6.1.unavailable") (docs/engine.md)"$'\n'
out=$(in_env "$H" "${PROBE_ENV[@]}" BCM_ENGINE_RETRY=1 -- "bash '$REPO/scripts/install-pulumi.sh' --probe 2>/dev/null")
contains "G: BCM_ENGINE_RETRY=1 asks again: tls served now (commit -> pseudo-version)" "$out" \
  "build pulumi-resource-tls 5.6.1 not installed; the Go module proxy serves github.com/pulumi/pulumi-tls/sdk/v5@v5.6.1, github.com/pulumi/pulumi-tls/provider/v5@v5.6.1-0.20260101000000-111111111111"
check "G: ... and its marker is gone" "$([ -e "$CACHE3/engine/pulumi-resource-tls-5.6.1.unavailable" ] && echo present || echo gone)" gone
# deploy.sh, from a copy whose LXD steps only report being reached (this test never sets up LXD)
R=$T/repo
mkdir -p "$R/scripts/lib"
cp "$REPO/scripts/deploy.sh" "$REPO/scripts/install-pulumi.sh" "$R/scripts/"
cp "$ENV_SH" "$R/scripts/lib/env.sh"
cp "$REPO/scripts/lib/passphrase.sh" "$R/scripts/lib/passphrase.sh"
for f in lxd-up.sh build-image.sh; do printf 'echo "REACHED %s"; exit 1\n' "$f" >"$R/scripts/$f"; done
rm -rf "$CACHE3" "$P/github.com/pulumi/pulumi-tls"
start=$(date +%s)
out=$(in_env "$H" "${PROBE_ENV[@]}" PULUMI_CONFIG_PASSPHRASE=x -- "bash '$R/scripts/deploy.sh' 2>&1; echo \"exit \$?\"")
secs=$(($(date +%s) - start))
contains "G: deploy.sh exits 4" "$out" "exit 4"
contains "G: deploy.sh stops before building" "$out" "deploy: STOPPED after "
contains "G: deploy.sh names the refused host" "$out" "- pulumi-language-nodejs >=3.129.0: the Go module proxy refused it on"
contains "G: deploy.sh names the refused tls plugin" "$out" "- pulumi-resource-tls 5.6.1: the Go module proxy refused it on"
contains "G: deploy.sh names the refused random plugin" "$out" "- pulumi-resource-random 4.21.2: the Go module proxy refused it on"
contains "G: deploy.sh names the refused terraform-lxd" "$out" "- terraform-provider-lxd 2.7.1: the Go module proxy refused it on"
contains "G: deploy.sh lists what it would have built" "$out" "not built since the engine would stay incomplete:"$'\n'"  - pulumi 3.259.0"$'\n'"  - pulumi-resource-terraform-provider 3.137.0"
check "G: deploy.sh built nothing and set nothing up" \
  "$([[ $out == *"building the engine"* || $out == *REACHED* ]] && echo yes || echo no)|$(ls "$CACHE3/engine" | grep -vc '\.unavailable$')" "no|0"
check "G: deploy.sh stopped within 10 s" "$((secs <= 10))" 1

echo "env-selection: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
