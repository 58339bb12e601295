#!/usr/bin/env bash
# Build and import the trusted local LXD image that bcm-pulumi launches every container from.
#
#   Debian bookworm (debootstrap minbase) + cloud-init + every package a BCM host needs
#   (dnsmasq, tor, privoxy, squid, docker-registry, nftables, docker.io, ...) preinstalled and
#   DISABLED, so containers need no network to configure themselves: cloud-init enables what
#   each host needs.
#
# The recipe lives in scripts/image/. The build is cached in
#   ${BCM_CACHE:-/var/cache/bcm-pulumi}/images/<recipe-hash>/
# (hash of the recipe files + this script); it is rebuilt only when the recipe changes, and
# (re)imported as alias ${BCM_IMAGE_ALIAS:-bcm-bookworm} when the alias is missing or points at
# another fingerprint.
#
# Usage: scripts/build-image.sh [--force] [--print-hash]
# Env:   BCM_IMAGE_ALIAS, BCM_CACHE, BCM_IMAGE_PROJECT (LXD project to import into, default
#        "default"), BCM_DEBIAN_MIRROR (override; default: read from the host's apt configuration),
#        BCM_IMAGE_SUITE (default bookworm).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RECIPE="$HERE/image"
ALIAS="${BCM_IMAGE_ALIAS:-bcm-bookworm}"
CACHE="${BCM_CACHE:-/var/cache/bcm-pulumi}"
PROJECT="${BCM_IMAGE_PROJECT:-default}"
SUITE="${BCM_IMAGE_SUITE:-bookworm}"
FORCE=""
T0=$(date +%s.%N)

log() { printf 'build-image [%6.1fs]: %s\n' "$(awk -v a="$(date +%s.%N)" -v b="$T0" 'BEGIN{print a-b}')" "$*"; }
die() { echo "build-image: ERROR: $*" >&2; exit 1; }

recipe_hash() {
  # Content hash of the recipe: every file in scripts/image (name + content) and this script.
  ( cd "$RECIPE" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    sha256sum < "$HERE/build-image.sh"; echo "suite=$SUITE" ) | sha256sum | cut -c1-16
}

for a in "$@"; do
  case "$a" in
    --force) FORCE=1 ;;
    --print-hash) recipe_hash; exit 0 ;;
    *) echo "usage: $0 [--force] [--print-hash]" >&2; exit 2 ;;
  esac
done

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot, lxc)"
command -v lxc >/dev/null || die "lxc not found: run scripts/lxd-up.sh first"
lxd waitready --timeout 30 >/dev/null 2>&1 || die "LXD daemon not ready: run scripts/lxd-up.sh first"

HASH="$(recipe_hash)"
OUT="$CACHE/images/$HASH"
mkdir -p "$CACHE/images"

# Package lists: strip comments/blank lines.
pkgs() { sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$1" | grep -v '^$' || true; }
section() { # section <file> <name>: packages listed under [name]
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$1" | awk -v s="[$2]" '/^\[/{on=($0==s);next} on&&NF{print}'
}

# Debian mirror from the host's apt configuration (never hard-coded in the project).
host_mirror() { # host_mirror <suite> -> first URI serving that exact suite
  local suite="$1" f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    awk -v want="$suite" '
      BEGIN{RS=""; FS="\n"}
      { types=""; uris=""; suites="";
        for(i=1;i<=NF;i++){
          if($i ~ /^Types:/){types=$i} if($i ~ /^URIs:/){uris=$i} if($i ~ /^Suites:/){suites=$i} }
        if(types !~ /(^|[ \t])deb([ \t]|$)/) next
        n=split(suites,s,/[ \t]+/); ok=0; for(j=2;j<=n;j++) if(s[j]==want) ok=1
        if(!ok) next
        split(uris,u,/[ \t]+/); print u[2]; exit }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -e "$f" ] || continue
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk -v want="$suite" '$1=="deb" && $3==want {print $2}'
  done
}

fingerprint_of_build() { cat "$OUT/fingerprint"; }

import_if_needed() {
  local want have
  want="$(fingerprint_of_build)"
  have="$(lxc image info "$ALIAS" --project "$PROJECT" 2>/dev/null | awk '/^Fingerprint:/{print $2}' || true)"
  if [ "$have" = "$want" ]; then
    log "image $ALIAS already imported (fingerprint ${want:0:12}), nothing to do"
    return 0
  fi
  if lxc image info "$want" --project "$PROJECT" >/dev/null 2>&1; then
    log "image ${want:0:12} present without alias $ALIAS: (re)pointing the alias"
    lxc image alias delete "$ALIAS" --project "$PROJECT" >/dev/null 2>&1 || true
    lxc image alias create "$ALIAS" "$want" --project "$PROJECT"
  else
    if [ -n "$have" ]; then
      log "alias $ALIAS points at ${have:0:12}, the cached build is ${want:0:12}: replacing"
      lxc image alias delete "$ALIAS" --project "$PROJECT"
      # The old image is ours (same alias) and no longer referenced: drop it (instances created from
      # it do not need it). Keep it when it carries other aliases.
      if [ "$(lxc query "/1.0/images/$have?project=$PROJECT" 2>/dev/null | jq '.aliases | length' 2>/dev/null)" = 0 ]; then
        lxc image delete "$have" --project "$PROJECT" >/dev/null 2>&1 && log "deleted old image ${have:0:12}" || true
      fi
    fi
    log "importing $OUT as $ALIAS"
    lxc image import "$OUT/meta.tar.gz" "$OUT"/rootfs.tar.* --alias "$ALIAS" --project "$PROJECT" >/dev/null
  fi
  have="$(lxc image info "$ALIAS" --project "$PROJECT" | awk '/^Fingerprint:/{print $2}')"
  [ "$have" = "$want" ] || die "imported fingerprint $have != expected $want"
  log "image $ALIAS imported (fingerprint ${want:0:12})"
}

if [ -z "$FORCE" ] && [ -s "$OUT/fingerprint" ] && [ -s "$OUT/meta.tar.gz" ]; then
  log "cached build $HASH found in $OUT"
  import_if_needed
  log "done"
  exit 0
fi

# ------------------------------------------------------------------------------------------------
# Build
# ------------------------------------------------------------------------------------------------
for tool in debootstrap chroot tar sha256sum; do command -v "$tool" >/dev/null || die "$tool missing (scripts/lxd-up.sh installs debootstrap)"; done

MIRROR="${BCM_DEBIAN_MIRROR:-$(host_mirror "$SUITE" | head -n1)}"
[ -n "$MIRROR" ] || die "no Debian mirror for suite $SUITE in the host's apt configuration (set BCM_DEBIAN_MIRROR)"
SEC_MIRROR="$(host_mirror "$SUITE-security" | head -n1)"
UPD_OK="$(host_mirror "$SUITE-updates" | head -n1)"
log "recipe $HASH; mirror from host apt config: $MIRROR${SEC_MIRROR:+ (security: $SEC_MIRROR)}"

WORK="$CACHE/build/$HASH"
ROOT="$WORK/rootfs"
DEBCACHE="$CACHE/debs"           # debootstrap + apt .deb cache, survives rebuilds
mkdir -p "$DEBCACHE/debootstrap" "$DEBCACHE/apt/partial"

MOUNTS=()
cleanup() {
  local i
  for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
  MOUNTS=()
}
trap 'cleanup' EXIT
mnt() { mount "$@"; MOUNTS+=("${@: -1}"); }

safe_rm_work() { # never rm -rf through a leftover bind mount of /dev
  local m
  for m in $(awk -v w="$WORK/" 'index($2, w)==1 {print $2}' /proc/mounts | sort -r); do umount -l "$m" || true; done
  if awk -v w="$WORK/" 'index($2, w)==1 {f=1} END{exit !f}' /proc/mounts; then die "mounts left under $WORK"; fi
  rm -rf "$WORK"
}
safe_rm_work; mkdir -p "$WORK"
DB_PKGS="$(pkgs "$RECIPE/packages.debootstrap" | paste -sd, -)"
log "debootstrap --variant=minbase $SUITE (include: $DB_PKGS)"
debootstrap --variant=minbase --include="$DB_PKGS" --cache-dir="$DEBCACHE/debootstrap" \
  "$SUITE" "$ROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
  || { tail -n 30 "$WORK/debootstrap.log" >&2; die "debootstrap failed (log: $WORK/debootstrap.log)"; }
log "debootstrap done"

# apt sources inside the image: the same mirrors the host uses.
rm -f "$ROOT/etc/apt/sources.list"
{
  echo "Types: deb"; echo "URIs: $MIRROR"
  echo "Suites: $SUITE${UPD_OK:+ $SUITE-updates}"; echo "Components: main"
  echo "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
  if [ -n "$SEC_MIRROR" ]; then
    echo; echo "Types: deb"; echo "URIs: $SEC_MIRROR"; echo "Suites: $SUITE-security"
    echo "Components: main"; echo "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
  fi
} > "$ROOT/etc/apt/sources.list.d/debian.sources"

mnt -t proc proc "$ROOT/proc"
mnt -t sysfs sysfs "$ROOT/sys"
mnt --bind /dev "$ROOT/dev"
mnt -t devpts devpts "$ROOT/dev/pts" -o newinstance,ptmxmode=0666
mnt --bind "$DEBCACHE/apt" "$ROOT/var/cache/apt/archives"
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
printf '#!/bin/sh\n# bcm build: never start services inside the chroot\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"

in_root() { LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive chroot "$ROOT" "$@"; }
APT=(apt-get -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold -o APT::Keep-Downloaded-Packages=true)

in_root "${APT[@]}" update >"$WORK/apt.log" 2>&1 || { tail -n 20 "$WORK/apt.log" >&2; die "apt-get update failed"; }
in_root "${APT[@]}" dist-upgrade >>"$WORK/apt.log" 2>&1 || { tail -n 20 "$WORK/apt.log" >&2; die "dist-upgrade failed"; }
WITH_REC="$(section "$RECIPE/packages.chroot" with-recommends | xargs)"
NO_REC="$(section "$RECIPE/packages.chroot" no-recommends | xargs)"
log "chroot: apt-get install $WITH_REC"
# shellcheck disable=SC2086
in_root "${APT[@]}" install $WITH_REC >>"$WORK/apt.log" 2>&1 || { tail -n 30 "$WORK/apt.log" >&2; die "install failed"; }
log "chroot: apt-get install --no-install-recommends $NO_REC"
# shellcheck disable=SC2086
in_root "${APT[@]}" install --no-install-recommends $NO_REC >>"$WORK/apt.log" 2>&1 || { tail -n 30 "$WORK/apt.log" >&2; die "install failed"; }
log "packages installed"

# Locale for cloud-init's locale module.
sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' "$ROOT/etc/locale.gen"
in_root locale-gen >>"$WORK/apt.log" 2>&1
echo 'LANG=en_US.UTF-8' > "$ROOT/etc/default/locale"

# Services: disabled (not masked), and "disable" presets so a first-boot preset run keeps them off.
mkdir -p "$ROOT/etc/systemd/system-preset"
{
  echo "# bcm-pulumi: service packages are preinstalled but off; cloud-init enables them per host."
  pkgs "$RECIPE/services.disable" | sed 's/^/disable /'
} > "$ROOT/etc/systemd/system-preset/10-bcm.preset"
for u in $(pkgs "$RECIPE/services.disable"); do
  if [ -e "$ROOT/lib/systemd/system/$u" ] || [ -e "$ROOT/etc/systemd/system/$u" ]; then
    in_root systemctl disable "$u" >/dev/null 2>&1 || die "systemctl disable $u failed"
  fi
done
enabled="$(in_root systemctl list-unit-files --state=enabled --no-legend 2>/dev/null | awk '{print $1}' | xargs)"
log "enabled units left in the image: $enabled"
for u in $(pkgs "$RECIPE/services.disable"); do
  case " $enabled " in *" $u "*) die "$u is still enabled";; esac
done

install -m 0644 "$RECIPE/99-lxd.cfg" "$ROOT/etc/cloud/cloud.cfg.d/99-lxd.cfg"
# Extra files copied verbatim into the rootfs (root-owned, modes as in the repo, made world-readable).
if [ -d "$RECIPE/overlay" ]; then
  tar -C "$RECIPE/overlay" --owner=0 --group=0 --numeric-owner --mode=go+rX -cf - . | tar -C "$ROOT" -xf - --no-same-owner --keep-directory-symlink
fi

# Per-instance identity must not be baked in.
: > "$ROOT/etc/machine-id"
rm -f "$ROOT/var/lib/dbus/machine-id"
echo localhost > "$ROOT/etc/hostname"
rm -f "$ROOT/usr/sbin/policy-rc.d" "$ROOT/etc/resolv.conf"
cleanup
in_root apt-get clean
rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/log/*.log "$ROOT"/var/log/apt/* "$ROOT"/tmp/* "$ROOT"/var/tmp/*
rm -rf "$ROOT"/var/cache/debconf/*-old "$ROOT"/var/lib/dpkg/*-old
log "rootfs ready ($(du -sh "$ROOT" | cut -f1))"

# ------------------------------------------------------------------------------------------------
# Pack: metadata tarball + rootfs tarball (split image)
# ------------------------------------------------------------------------------------------------
ARCH="$(uname -m)"
sed -e "s/@ARCH@/$ARCH/g" -e "s/@DATE@/$(date +%s)/" -e "s/@HASH@/$HASH/g" "$RECIPE/metadata.yaml.in" > "$WORK/metadata.yaml"
NEW="$WORK/out"; mkdir -p "$NEW"
tar -C "$WORK" -czf "$NEW/meta.tar.gz" metadata.yaml
if command -v zstd >/dev/null; then
  RFS="$NEW/rootfs.tar.zst"; COMP=(zstd -q -T0 -3)
else
  RFS="$NEW/rootfs.tar.gz"; COMP=(gzip -1)
fi
tar -C "$ROOT" --numeric-owner --xattrs --xattrs-include='*' --exclude='./dev/*' -cf - . | "${COMP[@]}" > "$RFS"
# Fingerprint of a split image: sha256 of the metadata tarball followed by the rootfs tarball.
cat "$NEW/meta.tar.gz" "$RFS" | sha256sum | cut -d' ' -f1 > "$NEW/fingerprint"
cp "$WORK/metadata.yaml" "$NEW/"
log "packed $(du -h "$RFS" | cut -f1) $(basename "$RFS"), fingerprint $(cut -c1-12 "$NEW/fingerprint")"
rm -rf "$OUT"; mv "$NEW" "$OUT"
safe_rm_work
# Keep only the current recipe's build (older recipes' tarballs are ~230 MB each).
for d in "$CACHE"/images/*/; do
  [ "${d%/}" = "$OUT" ] || { rm -rf "${d%/}"; log "pruned old build $(basename "$d")"; }
done
import_if_needed
log "done"
