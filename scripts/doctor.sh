#!/usr/bin/env bash
# Is the site healthy? From the admin machine, through the LXD API, from the stack's outputs: each
# gateway service active and answering a bcmnet client (a docker host), Tor bootstrapped and able to
# build a circuit now, each onion service's descriptor, days left on every certificate (a warning
# inside bcm:certEarlyRenewalHours), each data volume's use against its size, DHCP leases, builder
# containers left behind, the gateway's last set-up log. A table for people, --json for machines;
# each line that is not ok says what to do (ops/doctor/report.ts).
#
# Usage: scripts/doctor.sh [--json] [--at <date>] [stack]     (stack default: dev)
#        --at: the certificates as of that date (what will be inside its renewal window by then)
# Exit:  0 all well, 1 warnings only, 2 a failure (also: no outputs, LXD unreachable)
# Env:   the passphrase (scripts/lib/passphrase.sh), BCM_CONFIG_FILE, BCM_LXD_REMOTE (scripts/lib/stack.sh),
#        BCM_DOCTOR_CIRCUIT_SECONDS (default 4)
set -euo pipefail
OPS_NAME=doctor
# shellcheck source=lib/ops.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/ops.sh"

options=()
while [ $# -gt 0 ]; do
  case $1 in
    --json) options+=(--json); shift ;;
    --at) options+=(--at "${2:-}"); shift 2 || { echo "doctor: --at needs a date" >&2; exit 2; } ;;
    -*) echo "doctor: unknown option $1 (usage: scripts/doctor.sh [--json] [--at <date>] [stack])" >&2; exit 2 ;;
    *) break ;;
  esac
done
stack=${1:-dev}
bcm_passphrase "$stack" || exit 2
outputs=$(stack_outputs "$stack") || { echo "doctor: cannot read the outputs of stack $stack" >&2; exit 2; }
cd "$REPO_ROOT"
printf "%s" "$outputs" | ts-node --transpile-only ops/doctor/cli.ts "${options[@]}"
