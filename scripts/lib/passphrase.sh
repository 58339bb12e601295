# shellcheck shell=bash
# The stack passphrase for deploy, backup, restore and doctor: it encrypts the stack's secrets
# (Pulumi's passphrase secrets provider) and seals backups (ops/backup/seal.ts).
#
# bcm_passphrase <stack>: exports PULUMI_CONFIG_PASSPHRASE, taken from, in this order:
#   1. PULUMI_CONFIG_PASSPHRASE itself;
#   2. BCM_PASSPHRASE_GPG: an OpenPGP-encrypted file holding the passphrase, opened with gpg, so the
#      decryption key can live on a hardware key (Trezor-T through trezor-agent's gpg mode, a
#      YubiKey or a Nitrokey as an OpenPGP card; README "The passphrase behind a hardware key").
#      The plaintext goes from gpg's stdout into this shell's memory and the environment of the
#      processes it starts: never into a file, never into an argument;
#   3. PULUMI_CONFIG_PASSPHRASE_FILE (Pulumi's own: a plaintext file, your choice);
#   4. a prompt, when stdin is a terminal.
# Returns 2 with a message naming what to do when none gives one.
bcm_passphrase() {
  local stack=$1 phrase
  if [ -n "${PULUMI_CONFIG_PASSPHRASE:-}" ]; then
    export PULUMI_CONFIG_PASSPHRASE
    return 0
  fi
  if [ -n "${BCM_PASSPHRASE_GPG:-}" ]; then
    if ! command -v gpg >/dev/null; then
      echo "passphrase: BCM_PASSPHRASE_GPG is set but gpg is not installed (apt-get install gnupg)" >&2
      return 2
    fi
    if [ ! -r "$BCM_PASSPHRASE_GPG" ]; then
      echo "passphrase: cannot read BCM_PASSPHRASE_GPG=$BCM_PASSPHRASE_GPG" >&2
      return 2
    fi
    # gpg asks the agent, which asks the hardware key (and a PIN through pinentry, or on the device).
    local batch=()
    [ -t 0 ] || batch=(--batch)
    if ! phrase=$(gpg --quiet "${batch[@]}" --decrypt -- "$BCM_PASSPHRASE_GPG"); then
      echo "passphrase: gpg could not decrypt $BCM_PASSPHRASE_GPG: the key it is encrypted to is not available" >&2
      echo "passphrase: plug in the hardware key (Trezor: trezor-agent's gpg mode running, GNUPGHOME set to its home)," >&2
      echo "            check 'gpg --list-secret-keys', or set PULUMI_CONFIG_PASSPHRASE for this one run" >&2
      return 2
    fi
    if [ -z "$phrase" ]; then
      echo "passphrase: $BCM_PASSPHRASE_GPG decrypts to an empty passphrase" >&2
      return 2
    fi
    export PULUMI_CONFIG_PASSPHRASE=$phrase
    unset PULUMI_CONFIG_PASSPHRASE_FILE
    return 0
  fi
  if [ -n "${PULUMI_CONFIG_PASSPHRASE_FILE:-}" ]; then
    [ -r "$PULUMI_CONFIG_PASSPHRASE_FILE" ] ||
      { echo "passphrase: cannot read PULUMI_CONFIG_PASSPHRASE_FILE=$PULUMI_CONFIG_PASSPHRASE_FILE" >&2; return 2; }
    phrase=$(<"$PULUMI_CONFIG_PASSPHRASE_FILE")
    export PULUMI_CONFIG_PASSPHRASE=$phrase
    unset PULUMI_CONFIG_PASSPHRASE_FILE
    return 0
  fi
  if [ -t 0 ]; then
    read -r -s -p "Passphrase for the secrets of stack $stack: " phrase
    echo >&2
    export PULUMI_CONFIG_PASSPHRASE=$phrase
    return 0
  fi
  echo "passphrase: no passphrase for stack $stack: set BCM_PASSPHRASE_GPG (an OpenPGP-encrypted file; README) or PULUMI_CONFIG_PASSPHRASE" >&2
  return 2
}
