# shellcheck shell=bash
# What the operator commands (backup.sh, restore.sh, doctor.sh) share: the environment, the
# passphrase, the stack, and their messages. Set OPS_NAME before sourcing.
# shellcheck source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# shellcheck source=passphrase.sh
source "$REPO_ROOT/scripts/lib/passphrase.sh"
# shellcheck source=stack.sh
source "$REPO_ROOT/scripts/lib/stack.sh"

say() { echo "${OPS_NAME:-ops}: $*" >&2; }
die() { say "$1"; exit "${2:-1}"; }
# The outputs ($outputs) hold secrets: through a pipe, never a here-string (bash may back those
# with a temporary file).
outputs_jq() { printf '%s' "$outputs" | jq "$@"; }
