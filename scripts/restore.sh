#!/usr/bin/env bash
# Brings a site back from a scripts/backup.sh archive onto an empty LXD endpoint (the same daemon
# after a loss, or another one): imports the state into a new stack, deploys it, puts the data
# volumes' content back, and checks that nothing more would change. The result has the same CA,
# the same onion addresses (the operator's client bundle and .auth_private files keep working) and
# the same images in the private registry.
#
# Everything is checked before anything changes; each of these stops with exit 3-5 and changes
# nothing: a damaged or truncated archive (4), a wrong passphrase (3), a target that is not empty
# (5: the state backend already has the stack, the LXD endpoint already has the project, or a
# different config file is in the way).
#
# Usage: scripts/restore.sh <archive> [stack]    (stack: the one backed up)
#        scripts/restore.sh --no-deploy <archive> [stack]   import only: then point the stack at
#                                                          another endpoint (pulumi config set ...)
#        scripts/restore.sh --resume <archive> [stack]      deploy, data, checks (after --no-deploy,
#                                                          or after a deploy that failed)
# Env:   the passphrase (scripts/lib/passphrase.sh), BCM_CONFIG_FILE, BCM_LXD_REMOTE (the target
#        endpoint as an `lxc` remote; the stack's config says where Pulumi deploys)
set -euo pipefail
OPS_NAME=restore
# shellcheck source=lib/ops.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/ops.sh"

# --no-deploy: stop after the import (to point the stack at another endpoint first); --resume: go on
# from there (or after a deploy that failed), into the stack a previous run imported.
phase=all
case ${1:-} in
  --no-deploy) phase=import; shift ;;
  --resume) phase=deploy; shift ;;
esac
[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: scripts/restore.sh [--no-deploy | --resume] <archive> [stack]" 2
archive=$1
[ -f "$archive" ] || die "no archive $archive" 2
ensure_node_modules >/dev/null || die "npm ci failed"
work=$(mktemp -d)
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/archive" "$work/payload"
seal() { (cd "$REPO_ROOT" && ts-node --transpile-only ops/backup/seal.ts "$@"); }

# --- 1. the archive: whole, and ours ----------------------------------------------------------------
tar -C "$work/archive" -xf "$archive" 2>"$work/tar.err" ||
  die "$archive is damaged or truncated ($(head -c 200 "$work/tar.err" | tr '\n' ' ' | sed 's/ *$//')): nothing was changed" 4
manifest="$work/archive/manifest.json"
jq -e '.format == 1' "$manifest" >/dev/null 2>&1 || die "$archive holds no bcm-pulumi backup manifest (format 1): nothing was changed" 4
backed_up=$(jq -r .stack "$manifest")
stack=${2:-$backed_up}
project=$(jq -r .project "$manifest")
sealed="$work/archive/$(jq -r .payload.file "$manifest")"
[ -f "$sealed" ] && [ -f "$work/archive/Pulumi.$backed_up.yaml" ] || die "$archive lacks its payload or config file: nothing was changed" 4
[ "$(stat -c %s "$sealed")" = "$(jq -r .payload.bytes "$manifest")" ] &&
  [ "$(sha256sum "$sealed" | cut -d' ' -f1)" = "$(jq -r .payload.sha256 "$manifest")" ] ||
  die "$archive is damaged or truncated: its payload is not what the manifest says: nothing was changed" 4
say "backup of stack $backed_up (project $project) from $(jq -r .created "$manifest"), $(jq -r .resourceCount "$manifest") resources, CA $(jq -r .caFingerprintSha256 "$manifest")"

# --- 2. the passphrase opens it ----------------------------------------------------------------------
bcm_passphrase "$stack" || exit 2
rc=0
seal check "$sealed" || rc=$?
[ "$rc" = 3 ] && die "wrong passphrase for $archive: nothing was changed" 3
[ "$rc" = 0 ] || die "$archive cannot be opened (seal exit $rc): nothing was changed" 4
seal open "$sealed" "$work/payload.tar.gz" || die "$archive is damaged: its payload does not authenticate: nothing was changed" 4
tar -C "$work/payload" -xzf "$work/payload.tar.gz" || die "the payload of $archive does not unpack: nothing was changed" 4
rm -f "$work/payload.tar.gz"
while IFS=$'\t' read -r volume sha; do
  [ "$(sha256sum "$work/payload/volumes/$volume.tar" 2>/dev/null | cut -d' ' -f1)" = "$sha" ] ||
    die "volume $volume in $archive is not what the manifest says: nothing was changed" 4
done < <(jq -r '.volumes[] | [.volume, .sha256] | @tsv' "$manifest")

# --- 3. the target is empty --------------------------------------------------------------------------
lxd=$(lxd_remote_prefix)
config=$(stack_config_file "$stack")
if [ "$phase" = deploy ]; then
  stack_exists "$stack" || die "--resume: the state backend has no stack $stack (run without --resume first)" 5
  [ -f "$config" ] || die "--resume: no config file $config" 5
else
  if out=$(lxc query "$lxd/1.0/projects/$project" 2>&1); then
    die "the LXD endpoint ${BCM_LXD_REMOTE:-(local)} already has project $project: restore needs an empty target (another endpoint, or that project removed): nothing was changed" 5
  elif [[ "$out" != *"not found"* ]]; then
    die "cannot ask the LXD endpoint ${BCM_LXD_REMOTE:-(local)} about project $project: $out" 1
  fi
  stack_exists "$stack" && die "the state backend already has stack $stack: restore makes a new one (remove it, or name another stack): nothing was changed" 5
  if [ -e "$config" ] && ! cmp -s "$config" "$work/archive/Pulumi.$backed_up.yaml"; then
    die "$config exists and differs from the backed-up one: move it away first: nothing was changed" 5
  fi

  # --- 4. the state and config in a new stack ------------------------------------------------------------
  cp "$work/archive/Pulumi.$backed_up.yaml" "$config"
  stack_import "$stack" "$work/payload/state" || die "importing the state into stack $stack failed"
  say "state imported into stack $stack (without its LXD objects), config in $config"
  if [ "$phase" = import ]; then
    say "stopped before the deploy (--no-deploy). For another endpoint: pulumi config set bcm:lxdRemoteAddress <https://host:8443>"
    say "and printf %s <token> | pulumi config set --secret bcm:lxdRemoteTrustToken (lxc config trust add on it), then:"
    say "  scripts/restore.sh --resume $archive $stack"
    exit 0
  fi
fi

# --- 5. the site comes back ----------------------------------------------------------------------------
log="$archive.restore-up.log"
say "deploying (log: $log)"
t0=$SECONDS
stack_up "$stack" "$log" || die "the deploy failed: $(tail -5 "$log" | tr '\n' ' ')"
say "deployed in $((SECONDS - t0)) s"
outputs=$(stack_outputs "$stack") || die "cannot read the outputs of the restored stack"
gateway=$(outputs_jq -r .site.gateway)
on_gateway() { lxc exec --project "$project" "$lxd$gateway" -- "$@"; }
on_gateway cloud-init status --wait >/dev/null 2>&1 || on_gateway grep -q "^bcm-setup: done" /var/log/bcm-setup.log ||
  die "the gateway's set-up did not finish: lxc exec $gateway -- tail /var/log/bcm-setup.log"
while IFS=$'\t' read -r volume path units; do
  read -r -a unit_list <<<"$units"
  on_gateway systemctl stop "${unit_list[@]}"
  # Over what the deploy made: what it rebuilt stays (the registry's storage is content-addressed).
  on_gateway tar -C "$path" --numeric-owner -xf - <"$work/payload/volumes/$volume.tar" ||
    die "putting volume $volume back into $path failed"
  on_gateway systemctl start "${unit_list[@]}"
  say "volume $volume: $(jq -r --arg v "$volume" '.volumes[] | select(.volume == $v) | .bytes' "$manifest") bytes back in $path"
done < <(jq -r '.volumes[] | [.volume, .path, (.units | join(" "))] | @tsv' "$manifest")

# --- 6. the same site -------------------------------------------------------------------------------------
ca=$(outputs_jq -r .caCertificate | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2)
[ "$ca" = "$(jq -r .caFingerprintSha256 "$manifest")" ] || die "the restored CA ($ca) is not the backed-up one"
[ "$(outputs_jq -cS '.onionServices // {}')" = "$(jq -cS .onionServices "$manifest")" ] ||
  die "the restored onion addresses differ from the backed-up ones"
stack_expect_no_changes "$stack" "$archive.restore-noop.log" ||
  die "the restored stack still wants changes: see $archive.restore-noop.log"
say "restored stack $stack: CA $ca, onion addresses as backed up, nothing left to change"
