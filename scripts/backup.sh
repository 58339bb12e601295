#!/usr/bin/env bash
# Backs up one stack into one archive: everything needed to bring the site back on an empty LXD
# endpoint with scripts/restore.sh (same CA, same onion addresses, same images in the private
# registry). Run it from the admin machine, against the live site.
#
# The archive (a tar) holds:
#   manifest.json        versions, date, resource count, onion addresses, CA fingerprint, what is
#                        inside with sizes and SHA-256 (plaintext: nothing secret)
#   Pulumi.<stack>.yaml  the stack's config file (its secure values stay encrypted)
#   payload.sealed       sealed with the stack passphrase (AES-256-GCM, ops/backup/seal.ts): the
#                        state (`pulumi stack export`: its secrets also stay encrypted by the stack's
#                        secrets provider) and, unless --no-volumes, the content of each data volume
#                        nothing can rebuild (the private registry; not the Squid cache nor the
#                        mirror, which refill themselves), copied through the LXD API
# The private registry is stopped while its volume is copied (the backup prints for how long:
# about the time to read the volume, a second or two per 100 MB here) so that no push is caught
# half-written; every other service keeps running.
#
# Usage: scripts/backup.sh [--no-volumes] <stack> <archive>   (never writes over <archive>)
# Env:   the passphrase (scripts/lib/passphrase.sh: PULUMI_CONFIG_PASSPHRASE or BCM_PASSPHRASE_GPG),
#        BCM_CONFIG_FILE, BCM_LXD_REMOTE (scripts/lib/stack.sh)
# Exit:  0 written; 2 usage, no passphrase, or the archive exists; 1 anything else (nothing written)
set -euo pipefail
OPS_NAME=backup
# shellcheck source=lib/ops.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/ops.sh"

volumes=1
if [ "${1:-}" = --no-volumes ]; then volumes=0; shift; fi
[ $# -eq 2 ] || die "usage: scripts/backup.sh [--no-volumes] <stack> <archive>" 2
stack=$1 archive=$2
[ -e "$archive" ] && die "$archive exists: a backup never writes over a file (choose another name)" 2
bcm_passphrase "$stack" || exit 2
ensure_node_modules >/dev/null || die "npm ci failed"

# Beside the archive: the finished file is linked into place, which fails if it appeared meanwhile.
work=$(mktemp -d "$(dirname "$archive")/.bcm-backup.XXXXXX") || die "cannot write in $(dirname "$archive")"
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/payload/state" "$work/payload/volumes" "$work/archive"

outputs=$(stack_outputs "$stack") || die "cannot read the outputs of stack $stack (a wrong passphrase? see above)"
site=$(outputs_jq -c '.site // empty')
[ -n "$site" ] || die "stack $stack has no 'site' output: run pulumi up with this version of bcm-pulumi first"
project=$(jq -r .project <<<"$site")
gateway=$(jq -r .gateway <<<"$site")
lxd=$(lxd_remote_prefix)
on_gateway() { lxc exec --project "$project" "$lxd$gateway" -- "$@"; }

config=$(stack_config_file "$stack")
[ -f "$config" ] || die "no config file $config (set BCM_CONFIG_FILE)"
cp "$config" "$work/archive/Pulumi.$stack.yaml"
stack_export "$stack" "$work/payload/state" || die "exporting the state of $stack failed"

volume_entries='[]'
if ((volumes)); then
  while IFS=$'\t' read -r volume path units; do
    [ -n "$volume" ] || continue
    read -r -a unit_list <<<"$units"
    file="$work/payload/volumes/$volume.tar"
    start=$EPOCHREALTIME
    on_gateway systemctl stop "${unit_list[@]}" || die "could not stop ${unit_list[*]} on $gateway"
    rc=0
    on_gateway tar -C "$path" --numeric-owner -cf - . >"$file" || rc=$?
    on_gateway systemctl start "${unit_list[@]}" || die "could not start ${unit_list[*]} again on $gateway: start it by hand"
    stopped=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    [ "$rc" = 0 ] || die "copying $path (volume $volume) from $gateway failed (tar exit $rc)"
    say "volume $volume ($path): $(stat -c %s "$file") bytes; ${unit_list[*]} stopped for $stopped s"
    volume_entries=$(jq -c --arg v "$volume" --arg p "$path" --arg u "$units" --arg s "$stopped" \
      --argjson b "$(stat -c %s "$file")" --arg h "$(sha256sum "$file" | cut -d' ' -f1)" \
      '. + [{volume: $v, path: $p, units: ($u | split(" ")), bytes: $b, sha256: $h, stoppedSeconds: ($s | tonumber)}]' <<<"$volume_entries")
  done < <(jq -r '.services[] | .units as $u | .volumes[] | select(.backup) | [.volume, .path, ($u | join(" "))] | @tsv' <<<"$site")
fi

tar -C "$work/payload" -czf "$work/payload.tar.gz" . || die "packing the payload failed"
(cd "$REPO_ROOT" && ts-node --transpile-only ops/backup/seal.ts seal "$work/payload.tar.gz" "$work/archive/payload.sealed") ||
  die "sealing the payload failed"
rm -f "$work/payload.tar.gz"

ca_fingerprint=$(outputs_jq -r .caCertificate | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2)
if [ "$(stack_backend)" = harness ]; then engine="none (the e2e's engine-less harness)"; else engine=$(pulumi version); fi
lxd_version=$(lxc query "$lxd/1.0" | jq -r .environment.server_version) || die "cannot ask LXD for its version"
jq -n --arg stack "$stack" --arg project "$project" --arg created "$(date -u +%FT%TZ)" \
  --arg bcm "$(jq -r .version "$REPO_ROOT/package.json") ($(git -C "$REPO_ROOT" describe --always --dirty 2>/dev/null || echo "no git"))" \
  --arg engine "$engine" --arg lxd "$lxd_version" --arg backend "$(stack_backend)" \
  --argjson resources "$(stack_resource_count "$work/payload/state")" \
  --argjson onion "$(outputs_jq -c '.onionServices // {}')" --arg ca "$ca_fingerprint" \
  --argjson volumes "$volume_entries" --argjson payloadBytes "$(stat -c %s "$work/archive/payload.sealed")" \
  --arg payloadSha "$(sha256sum "$work/archive/payload.sealed" | cut -d' ' -f1)" \
  '{format: 1, stack: $stack, project: $project, created: $created,
    versions: {bcmPulumi: $bcm, pulumi: $engine, lxdServer: $lxd}, stateBackend: $backend,
    resourceCount: $resources, onionServices: $onion, caFingerprintSha256: $ca, volumes: $volumes,
    payload: {file: "payload.sealed", bytes: $payloadBytes, sha256: $payloadSha}}' >"$work/archive/manifest.json"

tar -C "$work/archive" -cf "$work/archive.tar" manifest.json "Pulumi.$stack.yaml" payload.sealed || die "writing the archive failed"
ln "$work/archive.tar" "$archive" 2>/dev/null || die "$archive appeared while the backup ran: not overwritten" 2
chmod 600 "$archive"
say "wrote $archive ($(stat -c %s "$archive") bytes): stack $stack, $(jq .resourceCount "$work/archive/manifest.json") resources, CA $ca_fingerprint"
