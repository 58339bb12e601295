#!/usr/bin/env bash
# Push the e2e test image library/bcmtest:1 into the upstream registry of scripts/e2e/topology.sh,
# with nothing but curl and the registry HTTP API v2:
#   - one layer: Debian's busybox-static as /bin/busybox + a symlink per applet (so
#     `docker run library/bcmtest:1 echo hello` works), built deterministically
#     (sorted, fixed mtimes, numeric root owner, gzip -n): same busybox -> same digests,
#   - a config blob (architecture amd64, os linux, rootfs diff_ids),
#   - monolithic blob uploads (POST .../blobs/uploads/ then one PUT ?digest=...),
#   - a Docker schema2 manifest (application/vnd.docker.distribution.manifest.v2+json).
# Then verifies: manifest fetched back (digest header and bytes), every blob GET and sha256 checked.
#
# Usage: scripts/e2e/testimage.sh [push|verify]     (default push, which also verifies)
# Env:   BCM_E2E_STATE, BCM_E2E_NETNS (upstream), BCM_E2E_REGISTRY (10.149.20.1:5000),
#        BCM_TESTIMAGE_REPO (library/bcmtest), BCM_TESTIMAGE_TAG (1)
# Output: $BCM_E2E_STATE/testimage/{layer.tar.gz,config.json,manifest.json,digests}
set -euo pipefail
umask 022

STATE="${BCM_E2E_STATE:-/tmp/bcm-e2e}"
NS="${BCM_E2E_NETNS:-upstream}"
REG="${BCM_E2E_REGISTRY:-10.149.20.1:5000}"
REPO="${BCM_TESTIMAGE_REPO:-library/bcmtest}"
TAG="${BCM_TESTIMAGE_TAG:-1}"
CACHE="${BCM_CACHE:-/var/cache/bcm-pulumi}"
OUT="${BCM_TESTIMAGE_OUT:-$STATE/testimage}"
MT_MANIFEST=application/vnd.docker.distribution.manifest.v2+json
MT_CONFIG=application/vnd.docker.container.image.v1+json
MT_LAYER=application/vnd.docker.image.rootfs.diff.tar.gzip

log() { echo "testimage: $*"; }
die() { echo "testimage: ERROR: $*" >&2; exit 1; }
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# The registry lives in the upstream netns: talk to it from there (no host route to it).
rcurl() { ip netns exec "$NS" curl -sS "$@"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

busybox_bin() {
  deb_binary busybox-static bin/busybox "$CACHE/e2e/busybox/busybox"
  echo "$CACHE/e2e/busybox/busybox"
}

build() {
  local bb root a
  bb="$(busybox_bin)"
  rm -rf "$OUT"; mkdir -p "$OUT"; root="$OUT/rootfs"
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root" "$root/proc" "$root/sys" "$root/dev"
  chmod 1777 "$root/tmp"; chmod 0700 "$root/root"
  install -m 0755 "$bb" "$root/bin/busybox"
  for a in $("$bb" --list); do
    [ "$a" = busybox ] || ln -sf busybox "$root/bin/$a"
  done
  # Optional incompressible payload (benchmarks): deterministic AES-CTR keystream, same bytes everywhere.
  if [ "${BCM_TESTIMAGE_PAYLOAD_MB:-0}" -gt 0 ]; then
    gen_file "$root/payload.bin" $((BCM_TESTIMAGE_PAYLOAD_MB * 1048576))
    chmod 0644 "$root/payload.bin"
  fi
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
  chmod 0644 "$root/etc/passwd" "$root/etc/group"
  tar -C "$root" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu \
      -cf "$OUT/layer.tar" bin etc tmp root proc sys dev $([ -f "$root/payload.bin" ] && echo payload.bin)
  gzip -n -9 -c "$OUT/layer.tar" > "$OUT/layer.tar.gz"
  rm -rf "$root"
  DIFF_ID="sha256:$(sha "$OUT/layer.tar")"
  LAYER="sha256:$(sha "$OUT/layer.tar.gz")"; LAYER_SIZE=$(stat -c %s "$OUT/layer.tar.gz")
  printf '{"architecture":"amd64","config":{"Cmd":["sh"],"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Labels":{"org.bcm.test":"1"}},"created":"1970-01-01T00:00:00Z","history":[{"created":"1970-01-01T00:00:00Z","created_by":"scripts/e2e/testimage.sh (busybox-static)"}],"os":"linux","rootfs":{"diff_ids":["%s"],"type":"layers"}}' \
    "$DIFF_ID" > "$OUT/config.json"
  CONFIG="sha256:$(sha "$OUT/config.json")"; CONFIG_SIZE=$(stat -c %s "$OUT/config.json")
  printf '{"schemaVersion":2,"mediaType":"%s","config":{"mediaType":"%s","size":%d,"digest":"%s"},"layers":[{"mediaType":"%s","size":%d,"digest":"%s"}]}' \
    "$MT_MANIFEST" "$MT_CONFIG" "$CONFIG_SIZE" "$CONFIG" "$MT_LAYER" "$LAYER_SIZE" "$LAYER" > "$OUT/manifest.json"
  MANIFEST="sha256:$(sha "$OUT/manifest.json")"
  rm -f "$OUT/layer.tar"
  printf 'layer=%s\ndiff_id=%s\nconfig=%s\nmanifest=%s\nbusybox=%s\n' "$LAYER" "$DIFF_ID" "$CONFIG" "$MANIFEST" \
    "$(cat "$CACHE/e2e/busybox/busybox.source")" > "$OUT/digests"
  log "built: manifest $MANIFEST, layer $LAYER ($LAYER_SIZE bytes), config $CONFIG"
}

upload_blob() { # upload_blob <file> <digest>
  local f="$1" d="$2" code loc
  code="$(rcurl -o /dev/null -w '%{http_code}' -I "http://$REG/v2/$REPO/blobs/$d")"
  if [ "$code" = 200 ]; then log "blob $d already present"; return; fi
  loc="$(rcurl -o /dev/null -D - -X POST "http://$REG/v2/$REPO/blobs/uploads/" | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')"
  [ -n "$loc" ] || die "no upload location for $d"
  case "$loc" in http*) ;; *) loc="http://$REG$loc";; esac
  case "$loc" in *\?*) loc="$loc&digest=$d";; *) loc="$loc?digest=$d";; esac
  code="$(rcurl -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/octet-stream' \
          --data-binary "@$f" "$loc")"
  [ "$code" = 201 ] || die "blob upload $d: HTTP $code"
  log "uploaded blob $d ($(stat -c %s "$f") bytes)"
}

push() {
  build
  upload_blob "$OUT/layer.tar.gz" "$LAYER"
  upload_blob "$OUT/config.json" "$CONFIG"
  local code
  code="$(rcurl -o /dev/null -w '%{http_code}' -X PUT -H "Content-Type: $MT_MANIFEST" \
          --data-binary "@$OUT/manifest.json" "http://$REG/v2/$REPO/manifests/$TAG")"
  [ "$code" = 201 ] || die "manifest PUT: HTTP $code"
  log "pushed $REG/$REPO:$TAG ($MANIFEST)"
}

# shellcheck disable=SC2154  # local_* variables come from the digests file
verify() {
  [ -s "$OUT/digests" ] || die "nothing built yet"
  # shellcheck disable=SC1090
  . <(sed 's/^/local_/' "$OUT/digests")
  local tmp hdr got d n=0
  tmp="$(mktemp -d)"
  hdr="$(rcurl -f -D - -o "$tmp/m" -H "Accept: $MT_MANIFEST" "http://$REG/v2/$REPO/manifests/$TAG" | tr -d '\r')"
  got="$(echo "$hdr" | awk 'tolower($1)=="docker-content-digest:"{print $2}')"
  [ "$got" = "$local_manifest" ] || die "manifest digest header $got != $local_manifest"
  [ "sha256:$(sha "$tmp/m")" = "$local_manifest" ] || die "manifest bytes differ"
  echo "$hdr" | grep -qi "^content-type: $MT_MANIFEST" || die "manifest content-type: $(echo "$hdr" | grep -i content-type)"
  for d in $(grep -o 'sha256:[0-9a-f]\{64\}' "$tmp/m"); do
    rcurl -f -L -o "$tmp/b" "http://$REG/v2/$REPO/blobs/$d" || die "GET blob $d"
    [ "sha256:$(sha "$tmp/b")" = "$d" ] || die "blob $d: digest mismatch"
    n=$((n+1))
  done
  rcurl -f -L "http://$REG/v2/$REPO/blobs/$local_layer" | gunzip -c | sha256sum | grep -q "${local_diff_id#sha256:}" \
    || die "layer diff_id mismatch"
  rcurl -f "http://$REG/v2/$REPO/tags/list" | grep -q "\"$TAG\"" || die "tag $TAG not listed"
  rm -rf "$tmp"
  log "verified $REG/$REPO:$TAG: manifest $local_manifest, $n blobs, diff_id ok, tag listed"
}

[ "$(id -u)" -eq 0 ] || die "must run as root (ip netns exec)"
ip netns list | awk '{print $1}' | grep -qx "$NS" || die "netns $NS missing: run scripts/e2e/topology.sh up"
case "${1:-push}" in
  push) push; verify ;;
  verify) verify ;;
  *) echo "usage: $0 [push|verify]" >&2; exit 2 ;;
esac
