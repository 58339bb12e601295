#!/usr/bin/env bash
# scripts/lib/passphrase.sh with a software OpenPGP key in a temporary keyring (the stand-in for a
# hardware key): the passphrase comes out of the encrypted file into the environment only; without
# the key, a stop naming the file. No root, no network. Usage: bash tests/scripts/passphrase.sh
set -uo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v gpg >/dev/null || { echo "passphrase: SKIPPED: gpg is not installed (apt-get install gnupg)"; exit 0; }
T=$(mktemp -d /tmp/bcm-passphrase.XXXXXX)
trap 'GNUPGHOME="$T/keys" gpgconf --kill gpg-agent 2>/dev/null; GNUPGHOME="$T/none" gpgconf --kill gpg-agent 2>/dev/null; rm -rf "$T"' EXIT
passed=0 failed=0
check() { if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1: '$2' (expected '$3')"; fi; }

mkdir -m 700 "$T/keys" "$T/none"
phrase="pp-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
GNUPGHOME="$T/keys" gpg --batch --quiet --passphrase '' --quick-gen-key "bcm test <t@bcm.invalid>" default default never 2>/dev/null
printf '%s' "$phrase" | GNUPGHOME="$T/keys" gpg --batch --quiet --trust-model always --encrypt --recipient t@bcm.invalid --output "$T/p.gpg"
check "the encrypted file does not hold the passphrase" "$(grep -c -F -f <(printf '%s\n' "$phrase") "$T/p.gpg")" 0

run() { # run <GNUPGHOME> <file>: bcm_passphrase in a clean environment; prints what it exported
  env -i PATH="$PATH" HOME="$T" GNUPGHOME="$1" BCM_PASSPHRASE_GPG="$2" bash -c \
    'source "$0/scripts/lib/passphrase.sh"; bcm_passphrase s </dev/null || exit $?; printf "%s" "$PULUMI_CONFIG_PASSPHRASE" | sha256sum' "$REPO"
}
out=$(run "$T/keys" "$T/p.gpg")
check "with the key: PULUMI_CONFIG_PASSPHRASE is the encrypted one" "$out" "$(printf '%s' "$phrase" | sha256sum)"
rc=0
out=$(run "$T/none" "$T/p.gpg" 2>&1) || rc=$?
check "without the key: exit 2" "$rc" 2
check "without the key: the message names the file" "$(grep -c "gpg could not decrypt $T/p.gpg: the key it is encrypted to is not available" <<<"$out")" 1
rc=0
out=$(run "$T/keys" "$T/missing.gpg" 2>&1) || rc=$?
check "a missing file: exit 2 naming it" "$rc:$(grep -c "cannot read BCM_PASSPHRASE_GPG=$T/missing.gpg" <<<"$out")" 2:1
rc=0
out=$(env -i PATH="$PATH" HOME="$T" bash -c 'source "$0/scripts/lib/passphrase.sh"; bcm_passphrase s </dev/null' "$REPO" 2>&1) || rc=$?
check "nothing set, no terminal: exit 2 naming BCM_PASSPHRASE_GPG" "$rc:$(grep -c "set BCM_PASSPHRASE_GPG" <<<"$out")" 2:1
echo "passphrase: $passed passed, $failed failed"
[ "$failed" = 0 ]
