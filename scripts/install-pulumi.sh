#!/usr/bin/env bash
# Install the Pulumi engine that bcm-pulumi runs on, without downloading any prebuilt binary:
#   pulumi, pulumi-language-nodejs, pulumi-resource-tls, pulumi-resource-random,
#   pulumi-resource-terraform-provider (the parameterized Terraform bridge) and
#   terraform-provider-lxd (what the bridge wraps for @pulumi/lxd).
# Each one is built from the Go module proxy at a pinned version into a cache directory; the CLI and
# the language host are symlinked into a bin directory, the plugins registered in the Pulumi plugin
# cache (not put on PATH) so that neither `pulumi package add` nor `pulumi up` needs the network.
# A user with ordinary internet access does not need this script: Pulumi's standard install wins
# (scripts/lib/env.sh, scripts/deploy.sh). See docs/engine.md.
#
# Usage: scripts/install-pulumi.sh            build and install what is missing
#        scripts/install-pulumi.sh --check    build nothing: one line per component on stdout,
#                                             "ok <component> <version> <path>" or
#                                             "missing <component> <version> <reason>"; exit 3 if any is missing
#        scripts/install-pulumi.sh --probe    build nothing: as --check, but asks the Go module proxy
#                                             (seconds) whether it serves each missing component:
#                                             "build <component> <version> <modules>" when it does,
#                                             "missing ..." (and a .unavailable marker) when refused;
#                                             exit 3 if any is missing. scripts/deploy.sh runs it first.
#
# Environment:
#   BCM_CACHE            cache root (default /var/cache/bcm-pulumi); all state lives below
#                        $BCM_CACHE/engine (Go module + build caches, built binaries, stamps)
#   BCM_BIN_DIR          where the binaries are symlinked (default /usr/local/bin)
#   PULUMI_HOME          Pulumi's home (default ~/.pulumi): plugin cache, dynamic_tf_plugins
#   PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR  overrides $PULUMI_HOME/dynamic_tf_plugins
#   BCM_ENGINE_COMPONENTS  space-separated subset to install (default: all, in dependency order)
#   BCM_ENGINE_KEEP_GOING=1  a component that cannot be built is reported and skipped (exit 3 at
#                        the end) instead of stopping the script at once
#   BCM_PULUMI_INSTALLER_URL  opt-in: URL of Pulumi's official install script; when set (and not
#                        in CI) it is tried first for pulumi + pulumi-language-nodejs. Off by default.
#   BCM_ENGINE_RETRY=1   retry components that failed before (a failure leaves
#                        $BCM_CACHE/engine/<component>-<version>.unavailable so that warm runs stay
#                        offline and fast)
#   BCM_PROBE_TIMEOUT    --probe: seconds one request to the proxy may take (default 10)
#   CGO_ENABLED          0 by default (static binaries, no gcc needed); 1 requires gcc
#   GO                   the go binary (default: go on PATH, else /usr/local/go/bin/go)
set -euo pipefail
# bcm_version_ge, bcm_host_version, bcm_is_ours, BCM_PULUMI_MIN_VERSION (functions only, no PATH change)
# shellcheck source=lib/env.sh
BCM_ENV_HELPERS_ONLY=1 source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"

# ---- pins -----------------------------------------------------------------------------------------
# pulumi CLI: v3.270.0 is what the brief asked for, but the module proxy here refuses the zips of
# github.com/pulumi/pulumi/pkg/v3 after v3.259.0 (403 "This module version is not available").
PULUMI_VERSION=3.259.0
# @pulumi/tls and @pulumi/random ask the engine for exactly these plugin versions.
TLS_VERSION=5.6.1
RANDOM_VERSION=4.21.2
BRIDGE_VERSION=3.137.0          # newest github.com/pulumi/pulumi-terraform-bridge/v3 the proxy serves
LXD_TF_VERSION=2.7.1
LXD_TF_COMMIT=ade6a32245b1      # = tag v2.7.1 (the module has no /v2 suffix, so @v2.7.1 is refused)
LXD_TF_SOURCE=terraform-lxd/lxd
# No fallback language host: the host of sdk v3.68.0 (the last sdk zip that contains one) cannot run
# this program (`unknown method RegisterPackage for service pulumirpc.ResourceMonitor`, the call of
# every parameterized package such as @pulumi/lxd), so it is neither built nor put on PATH.
# Removed from BCM_BIN_DIR and the cache when an earlier version of this script left it there.
OLD_FALLBACK_HOST_DIR=pulumi-language-nodejs-3.68.0-sdk

PULUMI_PKG_MOD=github.com/pulumi/pulumi/pkg/v3
PULUMI_SDK_MOD=github.com/pulumi/pulumi/sdk/v3
NODEJS_HOST_MOD=github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3
TLS_MOD=github.com/pulumi/pulumi-tls/provider/v5
TLS_SDK_MOD=github.com/pulumi/pulumi-tls/sdk/v5
RANDOM_MOD=github.com/pulumi/pulumi-random/provider/v4
RANDOM_SDK_MOD=github.com/pulumi/pulumi-random/sdk/v4
BRIDGE_MOD=github.com/pulumi/pulumi-terraform-bridge/v3
LXD_TF_MOD=github.com/terraform-lxd/terraform-provider-lxd
VERSION_PKG=github.com/pulumi/pulumi/sdk/v3/go/common/version

ALL_COMPONENTS="pulumi pulumi-language-nodejs pulumi-resource-tls pulumi-resource-random pulumi-resource-terraform-provider terraform-provider-lxd"

# ---- settings -------------------------------------------------------------------------------------
BCM_CACHE=${BCM_CACHE:-/var/cache/bcm-pulumi}
BCM_BIN_DIR=${BCM_BIN_DIR:-/usr/local/bin}
ENGINE_DIR=$BCM_CACHE/engine
export PULUMI_HOME=${PULUMI_HOME:-$HOME/.pulumi}
TF_PLUGIN_CACHE=${PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR:-$PULUMI_HOME/dynamic_tf_plugins}
export GOMODCACHE=$ENGINE_DIR/go/mod
export GOCACHE=$ENGINE_DIR/go/build-cache
export GOFLAGS=-modcacherw       # module cache deletable with rm -rf, copies writable
export GOTOOLCHAIN=local          # never switch to a downloaded toolchain
# Static, pure-Go binaries (as the upstream releases are built): no C compiler needed. With
# CGO_ENABLED=1 in the environment, gcc becomes a requirement and is checked.
export CGO_ENABLED=${CGO_ENABLED:-0}
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
COMPONENTS=${BCM_ENGINE_COMPONENTS:-$ALL_COMPONENTS}
KEEP_GOING=${BCM_ENGINE_KEEP_GOING:-0}

SCRIPT_START=$(date +%s.%N)
FAILED=()

log() { printf '[install-pulumi] %s\n' "$*" >&2; }
die() { printf '[install-pulumi] ERROR: %s\n' "$*" >&2; exit 1; }
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# ---- tools ----------------------------------------------------------------------------------------
need() { command -v "$1" >/dev/null 2>&1 || die "missing tool '$1': $2"; }

find_go() {
  if [[ -n ${GO:-} ]]; then :
  elif command -v go >/dev/null 2>&1; then GO=$(command -v go)
  elif [[ -x /usr/local/go/bin/go ]]; then GO=/usr/local/go/bin/go
  else die "missing tool 'go': install Go >= 1.26 (e.g. /usr/local/go) or set GO=/path/to/go"
  fi
  local v
  v=$("$GO" env GOVERSION) || die "missing tool 'go': $GO does not run"
  v=${v#go}
  local major=${v%%.*} rest=${v#*.}
  local minor=${rest%%.*}
  if (( major < 1 || (major == 1 && minor < 26) )); then
    die "go $v is too old: terraform-provider-lxd $LXD_TF_VERSION needs go >= 1.26 (set GO=...)"
  fi
}

# ---- Go module proxy helpers ----------------------------------------------------------------------
# json_field FIELD < go-json: first string value of FIELD (go's -json output is one field per line)
json_field() { sed -n "s/^[[:space:]]*\"$1\": \"\(.*\)\",\{0,1\}\$/\1/p" | head -n1; }

# mod_download MOD@VER -> prints the unpacked module directory; fails naming MOD@VER
mod_download() {
  local out dir err
  out=$("$GO" mod download -json "$1" 2>&1) || true
  dir=$(json_field Dir <<<"$out")
  if [[ -z $dir || ! -d $dir ]]; then
    err=$(json_field Error <<<"$out")
    [[ -n $err ]] || err=$out
    printf '[install-pulumi] ERROR: module %s is not available from the Go module proxy (GOPROXY=%s): %b\n' \
      "$1" "$("$GO" env GOPROXY)" "$err" >&2
    return 1
  fi
  printf '%s\n' "$dir"
}

# mod_commit MOD@VER -> the git commit the proxy records for a tagged version (its .info Origin)
mod_commit() {
  local out hash
  out=$("$GO" mod download -json "$1" 2>&1) || true
  hash=$(json_field Hash <<<"$out")
  if [[ -z $hash ]]; then
    printf '[install-pulumi] ERROR: cannot resolve the commit of %s through the Go module proxy: %b\n' \
      "$1" "$(json_field Error <<<"$out")" >&2
    return 1
  fi
  printf '%s\n' "$hash"
}

# copy_tree SRC DST: a writable copy of a read-only module directory
copy_tree() { mkdir -p "$(dirname "$2")"; cp -r "$1" "$2"; chmod -R u+w "$2"; }

gobuild() { # gobuild OUT LDFLAGS PKG  (run in the module directory)
  "$GO" build -trimpath -ldflags "-s -w $2" -o "$1" "$3"
}

# ---- builders: each gets a fresh temp dir $1 and leaves its binary at $1/<component> ---------------
build_pulumi() {
  local t=$1 pkg sdk
  pkg=$(mod_download "$PULUMI_PKG_MOD@v$PULUMI_VERSION") || return 1
  sdk=$(mod_download "$PULUMI_SDK_MOD@v$PULUMI_VERSION") || return 1
  copy_tree "$pkg" "$t/src/pkg"          # pkg's go.mod: replace sdk/v3 => ../sdk
  copy_tree "$sdk" "$t/src/sdk"
  (cd "$t/src/pkg" && gobuild "$t/pulumi" "-X $VERSION_PKG.Version=v$PULUMI_VERSION" ./cmd/pulumi)
}

build_pulumi_language_nodejs() {
  local t=$1 commit host pkg sdk
  # The language host module has no semver tags: take the commit of the CLI's release tag.
  commit=$(mod_commit "$PULUMI_PKG_MOD@v$PULUMI_VERSION") || return 1
  host=$(mod_download "$NODEJS_HOST_MOD@$commit") || return 1
  pkg=$(mod_download "$PULUMI_PKG_MOD@v$PULUMI_VERSION") || return 1
  sdk=$(mod_download "$PULUMI_SDK_MOD@v$PULUMI_VERSION") || return 1
  # Repository layout, as its replaces expect (pkg => ../../../../pkg, sdk => ../../..).
  copy_tree "$pkg" "$t/src/pkg"
  copy_tree "$sdk" "$t/src/sdk"
  rm -rf "$t/src/sdk/nodejs/cmd/pulumi-language-nodejs"
  copy_tree "$host" "$t/src/sdk/nodejs/cmd/pulumi-language-nodejs"
  (cd "$t/src/sdk/nodejs/cmd/pulumi-language-nodejs" &&
    gobuild "$t/pulumi-language-nodejs" "-X $VERSION_PKG.Version=v$PULUMI_VERSION" .)
}

# build_bridged_provider T NAME VERSION PROVIDER_MOD SDK_MOD UPSTREAM_MOD UPSTREAM_PKG
# pulumi-tls / pulumi-random: the provider module replaces a ./shim module that is not part of the
# module zip; recreate it (it only re-exports the upstream Terraform provider's constructor), then
# generate the embedded schema-embed.json and build with the mandatory version stamp.
build_bridged_provider() {
  local t=$1 name=$2 version=$3 mod=$4 sdkmod=$5 upmod=$6 uppkg=$7 commit dir src upver fwver gover
  # The provider module has no semver tags either: use the commit of the sdk/vX.Y.Z release tag.
  commit=$(mod_commit "$sdkmod@v$version") || return 1
  dir=$(mod_download "$mod@$commit") || return 1
  src=$t/src/provider
  copy_tree "$dir" "$src"
  upver=$(awk -v m="$upmod" '$1 == m && $2 ~ /^v/ { print $2; exit }' "$src/go.mod")
  fwver=$(awk '$1 == "github.com/hashicorp/terraform-plugin-framework" { print $2; exit }' "$src/go.mod")
  gover=$(awk '$1 == "go" { print $2; exit }' "$src/go.mod")
  [[ -n $upver && -n $fwver ]] || { log "cannot read $upmod / plugin-framework versions from $mod go.mod"; return 1; }
  mkdir -p "$src/shim"
  cat >"$src/shim/go.mod" <<EOF
module $upmod/shim

go $gover

require (
	github.com/hashicorp/terraform-plugin-framework $fwver
	$upmod $upver
)
EOF
  cat >"$src/shim/shim.go" <<EOF
// Package shim exposes the upstream provider's constructor (recreated by scripts/install-pulumi.sh).
package shim

import (
	fwprovider "github.com/hashicorp/terraform-plugin-framework/provider"
	upstream "$upmod/$uppkg"
)

// NewProvider returns the upstream Terraform provider.
func NewProvider() fwprovider.Provider { return upstream.New() }
EOF
  (cd "$src/cmd/pulumi-resource-$name" && VERSION=$version "$GO" run ./generate.go) || return 1
  (cd "$src" && gobuild "$t/pulumi-resource-$name" "-X $mod/pkg/version.Version=$version" "./cmd/pulumi-resource-$name")
}

build_pulumi_resource_tls() {
  build_bridged_provider "$1" tls "$TLS_VERSION" "$TLS_MOD" "$TLS_SDK_MOD" \
    github.com/hashicorp/terraform-provider-tls internal/provider
}

build_pulumi_resource_random() {
  build_bridged_provider "$1" random "$RANDOM_VERSION" "$RANDOM_MOD" "$RANDOM_SDK_MOD" \
    github.com/terraform-providers/terraform-provider-random internal/provider
}

build_pulumi_resource_terraform_provider() {
  local t=$1 dir
  dir=$(mod_download "$BRIDGE_MOD@v$BRIDGE_VERSION") || return 1
  # The stamped version lands in generated SDKs and must equal the plugin version registered below.
  (cd "$dir" && gobuild "$t/pulumi-resource-terraform-provider" \
    "-X $BRIDGE_MOD/dynamic/version.version=v$BRIDGE_VERSION" ./dynamic)
}

build_terraform_provider_lxd() {
  local t=$1 dir
  dir=$(mod_download "$LXD_TF_MOD@$LXD_TF_COMMIT") || return 1
  (cd "$dir" && gobuild "$t/terraform-provider-lxd" "-X main.version=$LXD_TF_VERSION" .)
}

# ---- optional: official installer (pulumi + language host only) ----------------------------------
try_official_installer() { # $1 = temp dir; leaves pulumi and pulumi-language-nodejs in it
  [[ -n ${BCM_PULUMI_INSTALLER_URL:-} ]] || return 1
  if [[ ${CI:-} == true ]]; then log "CI=true: not using BCM_PULUMI_INSTALLER_URL"; return 1; fi
  need curl "the official installer needs curl"
  log "trying the official installer (opted in via BCM_PULUMI_INSTALLER_URL)"
  local home=$1/official
  curl -fsSL "$BCM_PULUMI_INSTALLER_URL" | HOME=$home sh -s -- --version "$PULUMI_VERSION" --no-edit-path >&2 ||
    { log "official installer failed; building from the Go module proxy instead"; return 1; }
  cp "$home/.pulumi/bin/pulumi" "$home/.pulumi/bin/pulumi-language-nodejs" "$1/"
}

# ---- component driver -----------------------------------------------------------------------------
version_of() {
  case $1 in
    pulumi|pulumi-language-nodejs) echo "$PULUMI_VERSION" ;;
    pulumi-resource-tls) echo "$TLS_VERSION" ;;
    pulumi-resource-random) echo "$RANDOM_VERSION" ;;
    pulumi-resource-terraform-provider) echo "$BRIDGE_VERSION" ;;
    terraform-provider-lxd) echo "$LXD_TF_VERSION" ;;
    *) die "unknown component '$1' (known: $ALL_COMPONENTS)" ;;
  esac
}

# A binary already present at the pinned version (not one of ours) is used as it is: pulumi on
# PATH reporting that version, a plugin already in the Pulumi plugin cache under that version, the
# Terraform provider already in the bridge's cache under that version.
existing_binary() { # $1 component $2 version -> path or nothing
  local p v
  case $1 in
    pulumi)
      p=$(command -v pulumi 2>/dev/null) || return 1
      [[ $(readlink -f "$p") != "$ENGINE_DIR"/* && $("$p" version 2>/dev/null) == "v$2" ]] && echo "$p" ;;
    pulumi-resource-*)
      p=$PULUMI_HOME/plugins/resource-${1#pulumi-resource-}-v$2
      [[ -x $p/$1 && ! -e $p.partial ]] && echo "$p/$1" ;;
    terraform-provider-lxd)
      p=$(compgen -G "$TF_PLUGIN_CACHE/*/$LXD_TF_SOURCE/$2/linux_amd64/terraform-provider-lxd" | head -n1) &&
        [[ -x $p ]] && echo "$p" ;;
    pulumi-language-nodejs)
      # A host that can run this program (>= BCM_PULUMI_MIN_VERSION, see lib/env.sh), not ours.
      p=$(command -v pulumi-language-nodejs 2>/dev/null) || return 1
      bcm_is_ours "$p" && return 1
      v=$(bcm_host_version "$p") && bcm_version_ge "$v" "$BCM_PULUMI_MIN_VERSION" && echo "$p" ;;
    *) return 1 ;;
  esac
}

# install_component NAME: makes $ENGINE_DIR/NAME-VERSION/NAME exist (built or reused); sets BIN_PATH
install_component() { # install_component NAME [VERSION BUILDER]
  local name=$1 version=${2:-} dest tmp start fn=${3:-} existing
  [[ -n $version ]] || version=$(version_of "$name")
  [[ -n $fn ]] || fn=build_${name//-/_}
  dest=$ENGINE_DIR/$name-$version
  if [[ -f $dest/.complete && -x $dest/$name ]]; then
    BIN_PATH=$dest/$name
    log "$name $version: already built ($dest)"
    return 0
  fi
  if existing=$(existing_binary "$name" "$version"); then
    BIN_PATH=$existing
    log "$name $version: using $existing (already present at that version)"
    return 0
  fi
  if [[ -f $dest.unavailable && ${BCM_ENGINE_RETRY:-0} != 1 ]]; then
    log "$name $version: skipped, it could not be built on $(<"$dest.unavailable") (BCM_ENGINE_RETRY=1 tries again)"
    return 1
  fi
  if [[ -e $dest ]]; then
    log "$name $version: $dest has no completion stamp (interrupted build): rebuilding"
    rm -rf "$dest"
  fi
  start=$(date +%s.%N)
  log "$name $version: building from the Go module proxy ..."
  tmp=$(mktemp -d "$ENGINE_DIR/.tmp-$name-$version.XXXXXX")
  if [[ $version == "$PULUMI_VERSION" && ($name == pulumi || $name == pulumi-language-nodejs) ]] &&
    try_official_installer "$tmp"; then
    :
  elif ! "$fn" "$tmp"; then
    rm -rf "$tmp"
    date -u +%Y-%m-%dT%H:%M:%SZ >"$dest.unavailable"
    log "$name $version: FAILED after $(elapsed "$start")s"
    return 1
  fi
  [[ -x $tmp/$name ]] || { rm -rf "$tmp"; log "$name: build produced no binary"; return 1; }
  mkdir -p "$tmp/bin.new" && mv "$tmp/$name" "$tmp/bin.new/$name"
  rm -rf "$tmp/src" "$tmp/official"
  mv -T "$tmp/bin.new" "$dest.building"   # same filesystem: atomic renames
  rm -rf "$tmp"
  mv -T "$dest.building" "$dest"
  rm -f "$dest.unavailable"
  printf 'component=%s\nversion=%s\nbuilt=%s\nseconds=%s\n' "$name" "$version" \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(elapsed "$start")" >"$dest/.complete"
  BIN_PATH=$dest/$name
  log "$name $version: built in $(elapsed "$start")s ($(du -sh "$dest" | cut -f1))"
}

# Only our own CLI and language host go into BCM_BIN_DIR (on PATH). A binary that was already present
# stays where it is; plugins are registered in the plugin cache instead, because the CLI takes a
# plugin found on PATH whatever version a program asks for.
link_bin() { # link_bin PATH NAME
  [[ $2 == pulumi || $2 == pulumi-language-nodejs ]] || return 0
  bcm_is_ours "$1" || return 0
  [[ $(readlink -f "$BCM_BIN_DIR/$2" 2>/dev/null) == "$(readlink -f "$1")" ]] && return 0
  ln -sfn "$1" "$BCM_BIN_DIR/$2"
  log "linked $BCM_BIN_DIR/$2 -> $1"
}

# Links that earlier versions of this script made and that must not stay on PATH: the v3.68.0
# fallback language host (it cannot run this program, yet the CLI would prefer it over a modern host
# further down PATH or beside the CLI) and the plugins (they shadow any other version).
unlink_stale() {
  local f target
  for f in "$BCM_BIN_DIR"/pulumi-language-nodejs "$BCM_BIN_DIR"/pulumi-resource-* "$BCM_BIN_DIR"/terraform-provider-lxd; do
    [[ -L $f ]] || continue
    target=$(readlink -f "$f" 2>/dev/null) || target=$(readlink "$f")
    bcm_is_ours "$f" || [[ $target == "$ENGINE_DIR"/* ]] || continue
    if [[ $(basename "$f") == pulumi-language-nodejs && $target != */"$OLD_FALLBACK_HOST_DIR"/* && -x $target ]]; then
      continue   # our pinned (modern) host stays
    fi
    rm -f "$f"
    log "removed $f (-> $target): no longer put on PATH"
  done
  if [[ -d $ENGINE_DIR/$OLD_FALLBACK_HOST_DIR ]]; then
    rm -rf "${ENGINE_DIR:?}/$OLD_FALLBACK_HOST_DIR"
    log "removed $ENGINE_DIR/$OLD_FALLBACK_HOST_DIR (the v3.68.0 host cannot run this program)"
  fi
}

# register_plugin NAME VERSION BINARY: `pulumi plugin install resource NAME VERSION -f BINARY`
register_plugin() {
  local name=$1 version=$2 bin=$3 dir
  dir=$PULUMI_HOME/plugins/resource-$name-v$version
  if [[ -f $dir/pulumi-resource-$name && ! -e $dir.partial ]] && cmp -s "$dir/pulumi-resource-$name" "$bin"; then
    return 0
  fi
  local pulumi_bin
  pulumi_bin=$(command -v pulumi 2>/dev/null) || pulumi_bin=$ENGINE_DIR/pulumi-$PULUMI_VERSION/pulumi
  [[ -x $pulumi_bin ]] || die "cannot register plugin $name $version: no pulumi CLI installed"
  "$pulumi_bin" plugin install resource "$name" "$version" -f "$bin" --reinstall >&2
  log "registered plugin resource $name $version"
}

# The bridge looks a Terraform provider up in its cache before asking the registry:
#   <cache>/<registry host>/<namespace>/<type>/<version>/<os>_<arch>/terraform-provider-<type>
# The host is the bridge's default registry host, read from the module source the bridge uses.
tf_registry_host() {
  if [[ -n ${BCM_TF_REGISTRY_HOST:-} ]]; then echo "$BCM_TF_REGISTRY_HOST"; return; fi
  local bridge ver dir host
  bridge=$(mod_download "$BRIDGE_MOD@v$BRIDGE_VERSION") || return 1
  ver=$(awk '$1 == "github.com/opentofu/registry-address/v2" { print $2; exit }' "$bridge/go.mod")
  dir=$(mod_download "github.com/opentofu/registry-address/v2@$ver") || return 1
  host=$(grep -rhoE 'DefaultProviderRegistryHost *= *svchost.Hostname\("[^"]+"\)' "$dir" --include='*.go' |
    head -n1 | sed -E 's/.*\("([^"]+)"\).*/\1/')
  [[ -n $host ]] || { log "cannot read the default registry host from $dir"; return 1; }
  echo "$host"
}

seed_tf_cache() { # seed_tf_cache BINARY
  local host stamp target
  [[ $1 == "$TF_PLUGIN_CACHE"/* ]] && return 0     # the binary found is already the cached one
  stamp=$ENGINE_DIR/terraform-provider-lxd-$LXD_TF_VERSION.registry-host
  if [[ -f $stamp ]]; then host=$(<"$stamp"); else host=$(tf_registry_host) || return 1; echo "$host" >"$stamp"; fi
  target=$TF_PLUGIN_CACHE/$host/$LXD_TF_SOURCE/$LXD_TF_VERSION/linux_amd64/terraform-provider-lxd
  if cmp -s "$1" "$target" 2>/dev/null; then return 0; fi
  mkdir -p "$(dirname "$target")"
  cp "$1" "$target.tmp.$$" && mv -f "$target.tmp.$$" "$target"
  log "seeded the bridge's Terraform provider cache: $target"
}

# ---- --check: what would run, without building ------------------------------------------------------
# check_component NAME: prints "ok NAME VERSION PATH" or "missing NAME VERSION REASON"
check_component() {
  local name=$1 version dest p v reason
  version=$(version_of "$name")
  dest=$ENGINE_DIR/$name-$version
  case $name in
    pulumi)
      if [[ -f $dest/.complete && -x $dest/$name ]]; then p=$dest/$name
      elif p=$(command -v pulumi 2>/dev/null) && v=$("$p" version 2>/dev/null) &&
        bcm_version_ge "$v" "$BCM_PULUMI_MIN_VERSION"; then :
      else p=; fi ;;
    pulumi-language-nodejs)
      version=">=$BCM_PULUMI_MIN_VERSION"
      if [[ -f $dest/.complete && -x $dest/$name ]]; then p=$dest/$name
      else p=$(existing_binary "$name" "$version") || p=; fi ;;
    *)
      # plugins: registered in the plugin cache; terraform-provider-lxd: in the bridge's cache
      p=$(existing_binary "$name" "$version") || p= ;;
  esac
  if [[ -n $p ]]; then printf 'ok %s %s %s\n' "$name" "$version" "$p"; return 0; fi
  if [[ -f $dest.unavailable ]]; then
    reason="the Go module proxy refused it on $(<"$dest.unavailable") (docs/engine.md)"
  else
    reason="not installed (scripts/install-pulumi.sh builds it)"
  fi
  printf 'missing %s %s %s\n' "$name" "$version" "$(reason_suffix "$name" "$reason")"
  return 1
}

# reason_suffix NAME REASON: REASON, with what else explains a missing language host
reason_suffix() {
  local reason=$2 p v
  if [[ $1 == pulumi-language-nodejs ]]; then
    reason="$reason; the older host the proxy serves (sdk v3.68.0) cannot run this program (no RegisterPackage)"
    if p=$(command -v pulumi-language-nodejs 2>/dev/null); then
      v=$(bcm_host_version "$p") || v="of unknown version"
      reason="$reason; $p is $v, not >= $BCM_PULUMI_MIN_VERSION (cannot forward RegisterPackage)"
    fi
  fi
  printf '%s\n' "$reason"
}

check_all() {
  local c rc=0
  for c in $COMPONENTS; do check_component "$c" || rc=3; done
  return "$rc"
}

# ---- --probe: ask the Go module proxy, before building, whether it serves what is missing --------
# For each component that --check finds missing, the modules its builder downloads (the ones this
# script names, not their dependencies) are asked for as `go mod download` would: the module's
# .info (which also resolves a commit to its pseudo-version and gives the Origin hash the builders
# use) and a HEAD of its .zip, at the GOPROXY entries of `go env GOPROXY` in go's order (on to the
# next entry after 404/410, or after any error behind a `|`). Module paths and versions are
# case-escaped (A -> !a). What is already in the module cache ($GOMODCACHE/cache/download, the
# proxy's own layout) is not asked for. One request waits at most BCM_PROBE_TIMEOUT seconds (10);
# after a proxy did not answer, nothing more is asked of it.
# Lines: "ok NAME VERSION PATH" (installed), "build NAME VERSION WHAT" (served: the build can get
# it), "missing NAME VERSION REASON"; exit 3 if any is missing. A refusal (403/404/410, or no
# commit in the .info) leaves NAME-VERSION.unavailable as a failed build does; a component that has
# that marker is reported from it without asking (BCM_ENGINE_RETRY=1 asks again, and a component
# served again loses its marker).
PROBE_TIMEOUT=${BCM_PROBE_TIMEOUT:-10}
declare -A PROBE_SEEN=()     # request -> "code from" of an earlier answer in this run
declare -A PROBE_DEAD=()     # proxies that did not answer
PROBE_CODE= PROBE_FROM= PROBE_BODY= PROBE_WHY= PROBE_VERSION= PROBE_INFO=

# proxy_escape PATH: the proxy protocol's case encoding (github.com/BurntSushi -> github.com/!burnt!sushi)
proxy_escape() { sed -E 's/([A-Z])/!\L\1/g' <<<"$1"; }

# proxy_one BASE REQUEST HEAD|GET: PROBE_CODE (HTTP status, 000 = no answer), PROBE_BODY (GET)
proxy_one() {
  local base=${1%/} req=$2 method=$3 tmp code
  PROBE_BODY=
  if [[ $base == file://* ]]; then
    if [[ -f ${base#file://}/$req ]]; then
      PROBE_CODE=200
      [[ $method == GET ]] && PROBE_BODY=$(<"${base#file://}/$req")
    else
      PROBE_CODE=404
    fi
    return 0
  fi
  if [[ -n ${PROBE_DEAD[$base]:-} ]]; then PROBE_CODE=000; return 0; fi
  tmp=$(mktemp)
  if [[ $method == HEAD ]]; then
    code=$(curl -sS -L -I --connect-timeout "$PROBE_TIMEOUT" --max-time "$PROBE_TIMEOUT" -o /dev/null \
      -w '%{http_code}' "$base/$req" 2>"$tmp") || true
    if [[ $code == 405 || $code == 501 ]]; then   # no HEAD here: the first byte
      code=$(curl -sS -L -r 0-0 --connect-timeout "$PROBE_TIMEOUT" --max-time "$PROBE_TIMEOUT" -o /dev/null \
        -w '%{http_code}' "$base/$req" 2>"$tmp") || true
    fi
  else
    code=$(curl -sS -L --connect-timeout "$PROBE_TIMEOUT" --max-time "$PROBE_TIMEOUT" -o "$tmp.body" \
      -w '%{http_code}' "$base/$req" 2>"$tmp") || true
    PROBE_BODY=$(head -c 65536 "$tmp.body" 2>/dev/null) || PROBE_BODY=
  fi
  [[ $code =~ ^[0-9]{3}$ ]] || code=000
  if [[ $code == 000 ]]; then
    PROBE_DEAD[$base]=1
    log "probe: no answer from $base (timeout ${PROBE_TIMEOUT}s): $(tr '\n' ' ' <"$tmp")"
  fi
  rm -f "$tmp" "$tmp.body"
  PROBE_CODE=$code
}

# proxy_fetch REQUEST HEAD|GET: 0 served, 1 refused, 2 no answer, 4 left to `direct` (not probed)
proxy_fetch() {
  local req=$1 method=$2 rest entry sep cached=$GOMODCACHE/cache/download/$1
  if [[ -f $cached ]]; then
    PROBE_CODE=200 PROBE_FROM="the module cache"
    [[ $method == GET ]] && PROBE_BODY=$(<"$cached")
    return 0
  fi
  if [[ $method == HEAD && -n ${PROBE_SEEN[$req]:-} ]]; then
    read -r PROBE_CODE PROBE_FROM <<<"${PROBE_SEEN[$req]}"
  else
    rest=$PROBE_PROXY PROBE_CODE=off PROBE_FROM="GOPROXY=$PROBE_PROXY"
    while [[ -n $rest ]]; do
      entry=${rest%%[,|]*}
      if [[ $entry == "$rest" ]]; then sep= rest=; else sep=${rest:${#entry}:1} rest=${rest:${#entry}+1}; fi
      case $entry in
        '') continue ;;
        off) PROBE_CODE=off PROBE_FROM="GOPROXY=$PROBE_PROXY"; break ;;
        direct) PROBE_CODE=direct PROBE_FROM=direct; break ;;
      esac
      proxy_one "$entry" "$req" "$method"
      PROBE_FROM=$entry
      [[ $PROBE_CODE == 2?? ]] && break
      [[ $sep == '|' || $PROBE_CODE == 404 || $PROBE_CODE == 410 ]] || break
    done
    PROBE_SEEN[$req]="$PROBE_CODE $PROBE_FROM"
  fi
  case $PROBE_CODE in
    2??) return 0 ;;
    direct) return 4 ;;
    000|5??) return 2 ;;
    *) return 1 ;;
  esac
}

# probe_mod MOD VERSION: its .info and .zip served? Sets PROBE_VERSION (the resolved version),
# PROBE_INFO (the .info), PROBE_WHY (what was refused); status as proxy_fetch
probe_mod() {
  local mod=$1 ver=$2 emod rc=0 v
  emod=$(proxy_escape "$mod")
  PROBE_VERSION=$ver PROBE_INFO=
  proxy_fetch "$emod/@v/$(proxy_escape "$ver").info" GET || rc=$?
  if ((rc)); then PROBE_WHY="$mod@$ver: .info $PROBE_CODE from $PROBE_FROM"; return "$rc"; fi
  PROBE_INFO=$PROBE_BODY
  v=$(sed -n 's/.*"Version": *"\([^"]*\)".*/\1/p' <<<"$PROBE_INFO" | head -n1)
  [[ -n $v ]] && PROBE_VERSION=$v
  proxy_fetch "$emod/@v/$(proxy_escape "$PROBE_VERSION").zip" HEAD || rc=$?
  if ((rc)); then PROBE_WHY="$mod@$PROBE_VERSION: .zip $PROBE_CODE from $PROBE_FROM"; return "$rc"; fi
  PROBE_WHAT+="${PROBE_WHAT:+, }$mod@$PROBE_VERSION"
}

# probe_commit MOD VERSION: probe_mod, then prints the commit its .info records (Origin.Hash)
probe_commit() {
  local h
  probe_mod "$1" "$2" || return
  h=$(sed -n 's/.*"Hash": *"\([0-9a-f]\{40\}\)".*/\1/p' <<<"$PROBE_INFO" | head -n1)
  if [[ -z $h ]]; then PROBE_WHY="$1@$2: its .info records no commit (Origin.Hash)"; return 1; fi
  PROBE_COMMIT=$h
}

# probe_NAME: the modules build_NAME downloads
probe_pulumi() { probe_mod "$PULUMI_PKG_MOD" "v$PULUMI_VERSION" && probe_mod "$PULUMI_SDK_MOD" "v$PULUMI_VERSION"; }
probe_pulumi_language_nodejs() {
  probe_commit "$PULUMI_PKG_MOD" "v$PULUMI_VERSION" && probe_mod "$NODEJS_HOST_MOD" "$PROBE_COMMIT" &&
    probe_mod "$PULUMI_SDK_MOD" "v$PULUMI_VERSION"
}
probe_pulumi_resource_tls() { probe_commit "$TLS_SDK_MOD" "v$TLS_VERSION" && probe_mod "$TLS_MOD" "$PROBE_COMMIT"; }
probe_pulumi_resource_random() { probe_commit "$RANDOM_SDK_MOD" "v$RANDOM_VERSION" && probe_mod "$RANDOM_MOD" "$PROBE_COMMIT"; }
probe_pulumi_resource_terraform_provider() { probe_mod "$BRIDGE_MOD" "v$BRIDGE_VERSION"; }
probe_terraform_provider_lxd() {
  local ver rc=0
  probe_mod "$LXD_TF_MOD" "$LXD_TF_COMMIT" || return
  # seed_tf_cache reads the registry host from the opentofu module the bridge's go.mod requires
  [[ -n ${BCM_TF_REGISTRY_HOST:-} || -f $ENGINE_DIR/terraform-provider-lxd-$LXD_TF_VERSION.registry-host ]] && return 0
  proxy_fetch "$(proxy_escape "$BRIDGE_MOD")/@v/v$BRIDGE_VERSION.mod" GET || rc=$?
  if ((rc)); then PROBE_WHY="$BRIDGE_MOD@v$BRIDGE_VERSION: .mod $PROBE_CODE from $PROBE_FROM"; return "$rc"; fi
  ver=$(awk '$1 == "github.com/opentofu/registry-address/v2" { print $2; exit }' <<<"$PROBE_BODY")
  [[ -n $ver ]] || { PROBE_WHY="$BRIDGE_MOD@v$BRIDGE_VERSION: go.mod requires no github.com/opentofu/registry-address/v2"; return 1; }
  probe_mod github.com/opentofu/registry-address/v2 "$ver"
}

# probe_component NAME: one line as described above; fails when NAME is missing
probe_component() {
  local name=$1 line version shown dest rc=0 start
  line=$(check_component "$name") && { printf '%s\n' "$line"; return 0; }
  read -r _ _ shown _ <<<"$line"
  version=$(version_of "$name")
  dest=$ENGINE_DIR/$name-$version
  if [[ -f $dest.unavailable && ${BCM_ENGINE_RETRY:-0} != 1 ]]; then printf '%s\n' "$line"; return 1; fi
  start=$(date +%s.%N)
  PROBE_WHAT= PROBE_WHY=
  "probe_${name//-/_}" || rc=$?
  case $rc in
    0|4)
      if ((rc == 4)); then PROBE_WHAT="${PROBE_WHAT:+$PROBE_WHAT; }$PROBE_WHY, then left to GOPROXY's direct (version control, not probed)"; fi
      rm -f "$dest.unavailable"
      log "probe: $name $version: served ($(elapsed "$start")s)"
      printf 'build %s %s %s\n' "$name" "$shown" "not installed; the Go module proxy serves $PROBE_WHAT"
      return 0 ;;
    1)
      if mkdir -p "$ENGINE_DIR" 2>/dev/null && date -u +%Y-%m-%dT%H:%M:%SZ >"$dest.unavailable" 2>/dev/null; then
        line="the Go module proxy refused it on $(<"$dest.unavailable") (docs/engine.md): $PROBE_WHY"
      else
        line="the Go module proxy refuses it (docs/engine.md): $PROBE_WHY"
      fi ;;
    *) line="the Go module proxy could not be asked (no answer, or none within ${PROBE_TIMEOUT}s; not recorded): $PROBE_WHY" ;;
  esac
  log "probe: $name $version: NOT available ($(elapsed "$start")s): $PROBE_WHY"
  printf 'missing %s %s %s\n' "$name" "$shown" "$(reason_suffix "$name" "$line")"
  return 1
}

probe_all() {
  local c rc=0
  find_go
  PROBE_PROXY=$("$GO" env GOPROXY) || die "$GO env GOPROXY failed"
  [ -n "$PROBE_PROXY" ] || die "$GO env GOPROXY printed nothing (go prints its default proxy list when unset)"
  [[ $PROBE_PROXY == *http* ]] && need curl "the probe asks the Go module proxy with curl (apt-get install -y curl)"
  log "probe: asking GOPROXY=$PROBE_PROXY for what is not installed (timeout ${PROBE_TIMEOUT}s a request)"
  for c in $COMPONENTS; do probe_component "$c" || rc=3; done
  log "probe: done in $(elapsed "$SCRIPT_START")s"
  return "$rc"
}

# ---- main -----------------------------------------------------------------------------------------
main() {
  if [[ ${1:-} == --check ]]; then
    local rc=0
    check_all || rc=$?
    exit "$rc"
  fi
  if [[ ${1:-} == --probe ]]; then
    local rc=0
    probe_all || rc=$?
    exit "$rc"
  fi
  [[ $# -eq 0 ]] || die "usage: install-pulumi.sh [--check|--probe]"
  find_go
  if [[ $CGO_ENABLED == 1 ]]; then need "$("$GO" env CC)" "CGO_ENABLED=1 needs a C compiler (apt-get install -y gcc)"; fi
  need cp "coreutils"; need awk "awk"; need sed "sed"; need cmp "diffutils"
  mkdir -p "$ENGINE_DIR" "$BCM_BIN_DIR" "$GOMODCACHE" "$GOCACHE" "$PULUMI_HOME"
  # Leftovers of interrupted runs are never used: remove them.
  find "$ENGINE_DIR" -maxdepth 1 \( -name '.tmp-*' -o -name '*.building' \) -exec rm -rf {} + 2>/dev/null || true
  unlink_stale

  log "pins: pulumi v$PULUMI_VERSION, tls $TLS_VERSION, random $RANDOM_VERSION, bridge v$BRIDGE_VERSION, terraform-provider-lxd $LXD_TF_VERSION ($LXD_TF_COMMIT)"
  log "cache: $ENGINE_DIR   bin: $BCM_BIN_DIR   PULUMI_HOME: $PULUMI_HOME"

  local c BIN_PATH t0
  for c in $COMPONENTS; do
    t0=$(date +%s.%N)
    BIN_PATH=
    if ! install_component "$c"; then
      FAILED+=("$c")
      [[ $KEEP_GOING == 1 ]] || die "could not install $c (see above); BCM_ENGINE_KEEP_GOING=1 skips such components"
      continue
    fi
    link_bin "$BIN_PATH" "$c"
    case $c in
      pulumi-resource-tls) register_plugin tls "$TLS_VERSION" "$BIN_PATH" ;;
      pulumi-resource-random) register_plugin random "$RANDOM_VERSION" "$BIN_PATH" ;;
      pulumi-resource-terraform-provider) register_plugin terraform-provider "$BRIDGE_VERSION" "$BIN_PATH" ;;
      terraform-provider-lxd) seed_tf_cache "$BIN_PATH" || FAILED+=("$c (provider cache)") ;;
    esac
    log "$c: done in $(elapsed "$t0")s"
  done

  if ((${#FAILED[@]})); then
    log "NOT installed: ${FAILED[*]}"
    log "total $(elapsed "$SCRIPT_START")s"
    exit 3
  fi
  log "all components installed in $(elapsed "$SCRIPT_START")s"
}

main "$@"
