#!/usr/bin/env bash
# Bring up (or, with --stop, shut down) the local LXD daemon that bcm-pulumi deploys onto.
#
# Idempotent and non-interactive (works in CI without stdin):
#   - installs the Debian packages the project needs when any is missing,
#   - starts `lxd` detached (this machine has no systemd) unless it already answers,
#   - waits until it is ready.
# It never runs `lxd init`: the Pulumi program creates its own pool, networks, profiles, project.
#
# Usage: scripts/lxd-up.sh [--stop]
# Env:   LXD_LOGFILE (default /var/log/lxd.log), LXD_WAIT_TIMEOUT (default 60 s)
set -euo pipefail

# kmod: LXD runs `modprobe` for linux.kernel_modules (not a dependency of Debian's lxd package).
# zstd: LXD unpacks the bcm image's rootfs.tar.zst with it (scripts/build-image.sh).
PACKAGES=(lxd lxd-client iptables debootstrap nftables tcpdump dnsmasq-base curl jq kmod zstd)
LOGFILE="${LXD_LOGFILE:-/var/log/lxd.log}"
TIMEOUT="${LXD_WAIT_TIMEOUT:-60}"

log() { echo "lxd-up: $*"; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi

lxd_ready() { $SUDO lxd waitready --timeout 1 >/dev/null 2>&1; }

wait_for_apt() {
  # Another apt/dpkg run (e.g. a provisioning step) holds the lock: wait for it, up to 10 min.
  local i=0
  while pgrep -x apt-get >/dev/null 2>&1 || pgrep -x dpkg >/dev/null 2>&1 || pgrep -x apt >/dev/null 2>&1; do
    [ $i -eq 0 ] && log "waiting for another apt/dpkg run to finish"
    i=$((i + 1)); [ $i -gt 600 ] && { log "apt is still busy after 10 minutes"; return 1; }
    sleep 1
  done
}

if [ "${1:-}" = "--stop" ]; then
  if pgrep -x lxd >/dev/null 2>&1; then
    log "shutting the LXD daemon down (lxd shutdown)"
    $SUDO lxd shutdown --timeout "${LXD_SHUTDOWN_TIMEOUT:-120}" || true
    for _ in $(seq 1 30); do pgrep -x lxd >/dev/null 2>&1 || break; sleep 1; done
    if pgrep -x lxd >/dev/null 2>&1; then log "lxd is still running"; exit 1; fi
    log "stopped"
  else
    log "LXD daemon is not running; nothing to do"
  fi
  exit 0
elif [ -n "${1:-}" ]; then
  echo "usage: $0 [--stop]" >&2; exit 2
fi

# 1. packages ---------------------------------------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing missing packages: ${missing[*]}"
  wait_for_apt
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  # lxd's packaging may try to start services; there is no systemd here and we start lxd ourselves.
  policy_created=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    policy_created=1
  fi
  trap '[ -n "$policy_created" ] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  [ -n "$policy_created" ] && $SUDO rm -f /usr/sbin/policy-rc.d
  policy_created=""
else
  log "packages present: ${PACKAGES[*]}"
fi

# 2. daemon -----------------------------------------------------------------------------------
if lxd_ready; then
  log "LXD daemon already running (lxd $(lxd --version))"
else
  if pgrep -x lxd >/dev/null 2>&1; then
    log "lxd process exists but is not ready yet; waiting"
  else
    log "starting LXD daemon (log: $LOGFILE)"
    $SUDO mkdir -p "$(dirname "$LOGFILE")"
    # Detach completely: new session, no stdin/stdout tied to this script or to CI.
    $SUDO setsid nohup lxd --group root --logfile "$LOGFILE" </dev/null >>"${LOGFILE}.stdout" 2>&1 &
    disown || true
  fi
  if ! $SUDO lxd waitready --timeout "$TIMEOUT"; then
    log "LXD did not become ready within ${TIMEOUT}s; last log lines:"
    tail -n 30 "$LOGFILE" >&2 || true
    exit 1
  fi
  log "LXD daemon ready (lxd $(lxd --version))"
fi
