#!/usr/bin/env bash
# A private Tor network for the e2e, inside an existing network namespace (normally "upstream",
# the e2e's stand-in for the internet), built from Debian's tor and tor-gencert with
# TestingTorNetwork: 3 directory authorities, middle relays and exits, all on ONE address of the
# namespace with a distinct ORPort (and DirPort for authorities) per node. The exits may reach the
# namespace's own addresses only (its HTTP server, registry, DNS server): ExitPolicy
# "accept <address>:*" for each given address, then every other IPv4 address rejected (see
# relay_torrc for why not literally "reject *:*").
#
# Usage:
#   scripts/e2e/tornet.sh up <netns> <address> [<address>...]
#       builds and starts the network; the nodes listen on the first address, the exits accept
#       every given address. Waits (bounded) until the authorities publish a consensus that lists
#       every node as Running and the exits as Exit, unless TORNET_NO_WAIT=1.
#   scripts/e2e/tornet.sh wait-consensus [<timeout-s>]
#   scripts/e2e/tornet.sh wait-bootstrap <client-notice-log> <timeout-s>
#   scripts/e2e/tornet.sh wait-bootstrap --cmd '<command that prints the log>' <timeout-s>
#       waits for "Bootstrapped 100%" in a client Tor's notice log; prints
#       "tornet: client bootstrapped in N s"; on timeout prints the last 30 lines of that log and
#       of every node's log and exits 1.
#   scripts/e2e/tornet.sh status
#   scripts/e2e/tornet.sh down
#       stops every tor of the network (pid files, then any tor whose command line names the state
#       directory), removes the state; exits non-zero if a tor survives.
#
# State: ${BCM_E2E_STATE:-/tmp/bcm-e2e}/tornet/
#   <node>/torrc  <node>/data/ (DataDirectory)  <node>/notice.log  <node>/tor.pid
#   nodes                  one line per node: name role orport dirport fingerprint
#   client.torrc-fragment  the torrc lines a client Tor needs to use this network (nothing else):
#                          TestingTorNetwork 1, the 3 DirAuthority lines, EnforceDistinctSubnets 0,
#                          ClientRejectInternalAddresses 0, ClientDNSRejectInternalAddresses 0,
#                          UseMicrodescriptors 0 (why: see up()). Append it to the client's torrc
#                          and (re)start that Tor: TestingTorNetwork cannot change at run time.
#   resolv.conf            the exits' resolver (ServerDNSResolvConfFile): the first address, or
#                          TORNET_DNS, i.e. the namespace's own DNS server on port 53
#   env                    TORNET_NETNS, TORNET_ADDRESS, TORNET_ADDRESSES, TORNET_FRAGMENT
# What the services see: a stream through the network reaches them from the exit, i.e. from the
# namespace's own (first) address.
# Example (the gateway's Tor logs to syslog in its container):
#   scripts/e2e/tornet.sh up upstream 10.149.20.1
#   ... append client.torrc-fragment to the gateway's torrc, restart its Tor ...
#   scripts/e2e/tornet.sh wait-bootstrap --cmd 'lxc exec gw -- grep Tor /var/log/syslog' 120
# Settings: TORNET_BASE_PORT (7100: ORPorts base+1.., authority DirPorts base+101..),
#   TORNET_MIDDLES (1), TORNET_EXITS (2), TORNET_DNS, TORNET_UP_TIMEOUT (120), TORNET_NO_WAIT.
set -euo pipefail

STATE="${BCM_E2E_STATE:-/tmp/bcm-e2e}"
TN="$STATE/tornet"
BASE_PORT="${TORNET_BASE_PORT:-7100}"
N_AUTH=3
N_MIDDLE="${TORNET_MIDDLES:-1}"
N_EXIT="${TORNET_EXITS:-2}"
UP_TIMEOUT="${TORNET_UP_TIMEOUT:-120}"
[[ $BASE_PORT =~ ^[0-9]+$ && $N_MIDDLE =~ ^[0-9]+$ && $N_EXIT =~ ^[1-9][0-9]*$ && $UP_TIMEOUT =~ ^[0-9]+$ ]] ||
  { echo "tornet: ERROR: TORNET_BASE_PORT, TORNET_MIDDLES, TORNET_EXITS (>= 1), TORNET_UP_TIMEOUT must be numbers" >&2; exit 2; }
# Voting schedule of the test network (seconds): the first consensus comes at the first boundary
# of the initial interval after the authorities start, later ones every VOTING seconds. Vote and
# distribution delays must fit inside an interval; the intervals must divide a day.
INITIAL_INTERVAL=10
VOTING=20
VOTE_DELAY=2
DIST_DELAY=2

log() { echo "tornet: $*"; }
die() { echo "tornet: ERROR: $*" >&2; exit 1; }

is_ipv4() { [[ $1 =~ ^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$ ]]; }
netns_exists() { ip netns list 2>/dev/null | awk '{print $1}' | grep -qxF -- "$1"; }

node_names() { [ -s "$TN/nodes" ] && awk '{print $1}' "$TN/nodes"; }
node_pid() { [ -s "$TN/$1/tor.pid" ] && tr -dc 0-9 <"$TN/$1/tor.pid"; }
pid_alive() { # a running process that is not a zombie
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]
}
node_alive() { local p; p="$(node_pid "$1")" && pid_alive "$p"; }

# tor processes whose command line names the state directory (ours, whatever their pid file says)
stray_tors() {
  local p
  for p in $(pgrep -x tor || true); do
    tr '\0' ' ' 2>/dev/null <"/proc/$p/cmdline" | grep -qF -- "$TN/" && echo "$p"
  done
  return 0
}

ensure_tor() {
  command -v tor >/dev/null && command -v tor-gencert >/dev/null && return 0
  log "installing Debian's tor (tor and tor-gencert)"
  local had_service=0
  pgrep -f tor-service-defaults-torrc >/dev/null && had_service=1
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends tor ||
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends tor; }; } \
    >/dev/null || die "cannot install Debian's tor"
  # Where the package's init script started the system Tor, stop it: it would try the real network.
  if [ "$had_service" = 0 ] && pgrep -f tor-service-defaults-torrc >/dev/null; then
    /etc/init.d/tor stop >/dev/null 2>&1 || true
  fi
  if ! command -v tor >/dev/null || ! command -v tor-gencert >/dev/null; then
    die "tor or tor-gencert missing after install"
  fi
}

# -- configuration ------------------------------------------------------------------------------

# common_torrc <node>: the options every node of the network has
common_torrc() {
  local node=$1
  cat <<EOF
Nickname $node
DataDirectory $TN/$node/data
PidFile $TN/$node/tor.pid
Log notice file $TN/$node/notice.log
RunAsDaemon 1
SafeLogging 0
TestingTorNetwork 1
SocksPort 0
ControlPort 0
Address $ADDR
AssumeReachable 1
ShutdownWaitLength 0
ContactInfo bcm-e2e tornet $node
EnforceDistinctSubnets 0
ExitPolicyRejectPrivate 0
ExitPolicyRejectLocalInterfaces 0
EOF
  cat "$TN/dirauthorities"
}

authority_torrc() {
  local node=$1 orport=$2 dirport=$3
  common_torrc "$node"
  cat <<EOF
ORPort $ADDR:$orport
DirPort $ADDR:$dirport
AuthoritativeDirectory 1
V3AuthoritativeDirectory 1
AuthDirMaxServersPerAddr 0
DirAllowPrivateAddresses 1
TestingV3AuthInitialVotingInterval $INITIAL_INTERVAL seconds
TestingV3AuthInitialVoteDelay $VOTE_DELAY seconds
TestingV3AuthInitialDistDelay $DIST_DELAY seconds
V3AuthVotingInterval $VOTING seconds
V3AuthVoteDelay $VOTE_DELAY seconds
V3AuthDistDelay $DIST_DELAY seconds
TestingAuthDirTimeToLearnReachability 0 seconds
TestingDirAuthVoteExit $EXIT_FPS
TestingDirAuthVoteExitIsStrict 1
TestingDirAuthVoteGuard $GUARD_FPS
TestingDirAuthVoteGuardIsStrict 1
# Every node is an HSDir at once: the e2e's onion services can publish their descriptors.
TestingDirAuthVoteHSDir *
ExitRelay 0
ExitPolicy reject *:*
EOF
}

relay_torrc() {
  local node=$1 orport=$2 exit=$3 a
  common_torrc "$node"
  echo "ORPort $ADDR:$orport"
  if [ "$exit" = 1 ]; then
    echo "ExitRelay 1"
    # Every IPv4 address but ours is rejected, yet by two /1 rules and a final "accept *:*", not
    # by "reject *:*": a client choosing an exit for a HOSTNAME (address unknown until the exit
    # resolves it) reads "accept A:*, reject *:*" as "probably rejected" and refuses the stream
    # ("No Tor server allows exit to ..."); after the /1 rules it reads "probably accepted". The
    # final rule matches no IPv4 address; IPv6 exits stay off (IPv6Exit 0, no ipv6-policy).
    for a in "${ADDRS[@]}"; do echo "ExitPolicy accept $a:*"; done
    echo "ExitPolicy reject 0.0.0.0/1:*"
    echo "ExitPolicy reject 128.0.0.0/1:*"
    echo "ExitPolicy accept *:*"
    echo "IPv6Exit 0"
    # Names are resolved by the namespace's own DNS server only; no hijacking probes.
    echo "ServerDNSResolvConfFile $TN/resolv.conf"
    echo "ServerDNSDetectHijacking 0"
    echo "ServerDNSAllowBrokenConfig 1"
    echo "ServerDNSSearchDomains 0"
  else
    echo "ExitRelay 0"
    echo "ExitPolicy reject *:*"
  fi
}

fingerprint() { awk '{print $2}' "$1/data/fingerprint"; }

# make_keys <node> <role> <orport> <dirport>: the node's keys in <node>/data/keys, log in keys.log
make_keys() {
  local node=$1 role=$2 orport=$3 dirport=$4
  mkdir -p "$TN/$node/data/keys"
  chmod 700 "$TN/$node/data"
  {
    if [ "$role" = authority ]; then
      (cd "$TN/$node/data/keys" &&
        echo bcm-e2e-tornet-throwaway | tor-gencert --create-identity-key -m 12 \
          -a "$ADDR:$dirport" --passphrase-fd 0) || return 1
    fi
    tor --list-fingerprint --ignore-missing-torrc -f /dev/null --DataDirectory "$TN/$node/data" \
      --Nickname "$node" --ORPort "$orport" --Log "err stderr"
  } >"$TN/$node/keys.log" 2>&1
}

# -- up -----------------------------------------------------------------------------------------

up() {
  [ "$#" -ge 2 ] || die "usage: $0 up <netns> <address> [<address>...]"
  NS=$1; shift
  ADDRS=("$@"); ADDR=$1
  local a
  for a in "${ADDRS[@]}"; do is_ipv4 "$a" || die "not an IPv4 address: $a"; done
  [ "$(id -u)" -eq 0 ] || die "must run as root"
  netns_exists "$NS" || die "no network namespace $NS"
  for a in "${ADDRS[@]}"; do
    ip -n "$NS" -4 -o addr show | grep -qF " $a/" || die "$a is not configured in netns $NS"
  done
  ensure_tor
  if [ -d "$TN" ]; then
    local n
    for n in $(node_names || true); do node_alive "$n" && die "already up (node $n); run: $0 down"; done
    [ -z "$(stray_tors)" ] || die "tor processes of $TN are running; run: $0 down"
    rm -rf "$TN"
  fi
  mkdir -p "$TN"
  date +%s >"$TN/up.started"
  local t0=$SECONDS
  ip netns exec "$NS" ip link set lo up

  # Node list: name role orport dirport
  local i names=() roles=() orports=() dirports=() k=0
  for i in $(seq 1 "$N_AUTH"); do names+=("auth$i"); roles+=(authority); done
  for i in $(seq 1 "$N_MIDDLE"); do names+=("relay$i"); roles+=(middle); done
  for i in $(seq 1 "$N_EXIT"); do names+=("exit$i"); roles+=(exit); done
  for k in "${!names[@]}"; do
    orports+=($((BASE_PORT + k + 1)))
    if [ "${roles[$k]}" = authority ]; then dirports+=($((BASE_PORT + 101 + k))); else dirports+=(0); fi
  done

  # Keys, for all nodes at once (each takes a second or two): authority identity/signing keys and
  # certificate (tor-gencert, throwaway passphrase), and every node's relay identity
  # (tor --list-fingerprint creates the keys and prints the fingerprint).
  local node fp fps=() v3s=() jobs=()
  for k in "${!names[@]}"; do
    make_keys "${names[$k]}" "${roles[$k]}" "${orports[$k]}" "${dirports[$k]}" &
    jobs+=("$!")
  done
  for k in "${!names[@]}"; do
    wait "${jobs[$k]}" || { cat "$TN/${names[$k]}/keys.log" >&2; die "key generation failed for ${names[$k]}"; }
  done
  for k in "${!names[@]}"; do
    node=${names[$k]}
    fp="$(fingerprint "$TN/$node")"
    [[ $fp =~ ^[0-9A-F]{40}$ ]] || die "no fingerprint for $node"
    fps+=("$fp")
    if [ "${roles[$k]}" = authority ]; then
      v3s+=("$(awk '$1 == "fingerprint" {print $2}' "$TN/$node/data/keys/authority_certificate")")
    else
      v3s+=(-)
    fi
    echo "$node ${roles[$k]} ${orports[$k]} ${dirports[$k]} $fp" >>"$TN/nodes"
  done

  : >"$TN/dirauthorities"
  EXIT_FPS=""; GUARD_FPS=""
  for k in "${!names[@]}"; do
    case ${roles[$k]} in
      authority)
        echo "DirAuthority ${names[$k]} orport=${orports[$k]} no-v2 v3ident=${v3s[$k]} $ADDR:${dirports[$k]} ${fps[$k]}" \
          >>"$TN/dirauthorities"
        GUARD_FPS+="${GUARD_FPS:+,}\$${fps[$k]}" ;;
      middle) GUARD_FPS+="${GUARD_FPS:+,}\$${fps[$k]}" ;;
      exit) EXIT_FPS+="${EXIT_FPS:+,}\$${fps[$k]}" ;;
    esac
  done
  echo "nameserver ${TORNET_DNS:-$ADDR}" >"$TN/resolv.conf"

  for k in "${!names[@]}"; do
    node=${names[$k]}
    case ${roles[$k]} in
      authority) authority_torrc "$node" "${orports[$k]}" "${dirports[$k]}" ;;
      middle) relay_torrc "$node" "${orports[$k]}" 0 ;;
      exit) relay_torrc "$node" "${orports[$k]}" 1 ;;
    esac >"$TN/$node/torrc"
  done

  # What a client Tor needs to use this network, and nothing else. TestingTorNetwork 1 already
  # implies the next three; they are spelled out because the client's own torrc must not undo
  # them: relays share one address (same /16) and every address here is private.
  # UseMicrodescriptors 0: a microdescriptor carries only a port summary of the exit policy, and
  # "accept <one address>:*, reject *:*" summarizes to "reject all ports"; a client using
  # microdescriptors sees no exit at all ("haven't received a consensus with exits"). Full
  # descriptors carry the real policy.
  {
    echo "TestingTorNetwork 1"
    cat "$TN/dirauthorities"
    echo "EnforceDistinctSubnets 0"
    echo "ClientRejectInternalAddresses 0"
    echo "ClientDNSRejectInternalAddresses 0"
    echo "UseMicrodescriptors 0"
  } >"$TN/client.torrc-fragment"
  {
    echo "TORNET_NETNS=$NS"
    echo "TORNET_ADDRESS=$ADDR"
    echo "TORNET_ADDRESSES=\"${ADDRS[*]}\""
    echo "TORNET_FRAGMENT=$TN/client.torrc-fragment"
  } >"$TN/env"

  # Start every node at once. RunAsDaemon: each tor returns once it runs, or fails (bad torrc,
  # port taken) with the reason in start.log.
  jobs=()
  for node in "${names[@]}"; do
    ip netns exec "$NS" tor -f "$TN/$node/torrc" </dev/null >"$TN/$node/start.log" 2>&1 &
    jobs+=("$!")
  done
  local failed=""
  for k in "${!names[@]}"; do wait "${jobs[$k]}" || failed+=" ${names[$k]}"; done
  for node in "${names[@]}"; do
    for _ in $(seq 1 50); do node_alive "$node" && break; sleep 0.1; done  # PidFile comes a bit later
    node_alive "$node" || [[ " $failed " == *" $node "* ]] || failed+=" $node"
  done
  if [ -n "$failed" ]; then
    for node in $failed; do
      echo "--- $node: $TN/$node/start.log, notice.log ---" >&2
      tail -n 30 "$TN/$node/start.log" "$TN/$node/notice.log" >&2 2>/dev/null || true
    done
    stop_all
    die "did not start:$failed (state kept in $TN; run: $0 down)"
  fi
  log "up in netns $NS on $ADDR: ${#names[@]} nodes (${names[*]}) in $((SECONDS - t0)) s; exits accept ${ADDRS[*]}"
  log "client torrc fragment: $TN/client.torrc-fragment"
  [ -n "${TORNET_NO_WAIT:-}" ] || wait_consensus "$UP_TIMEOUT"
}

# consensus_summary <file>: "<relays> <running> <exits> <guards> <valid-after>"
consensus_summary() {
  awk '
    /^valid-after / { va = $2 "T" $3 }
    /^r / { r++ }
    /^s / { if ($0 ~ / Running/) run++; if ($0 ~ / Exit/) ex++; if ($0 ~ / Guard/) g++ }
    END { printf "%d %d %d %d %s\n", r, run, ex, g, (va == "" ? "-" : va) }' "$1"
}

wait_consensus() {
  local timeout=${1:-$UP_TIMEOUT} start=$SECONDS total want_exits n ok s relays running exits
  total="$(wc -l <"$TN/nodes")"
  want_exits="$(awk '$2 == "exit"' "$TN/nodes" | wc -l)"
  while :; do
    ok=1
    # shellcheck disable=SC2013  # node names are single words
    for n in $(awk '$2 == "authority" {print $1}' "$TN/nodes"); do
      node_alive "$n" || { dump_logs >&2; die "$n died"; }
      s="$TN/$n/data/cached-microdesc-consensus"
      if [ ! -s "$s" ]; then ok=0; continue; fi
      read -r relays running exits _ _ < <(consensus_summary "$s")
      [ "$relays" -ge "$total" ] && [ "$running" -ge "$total" ] && [ "$exits" -ge "$want_exits" ] || ok=0
    done
    if [ "$ok" = 1 ]; then
      log "consensus lists all $total nodes Running, $want_exits exits, after $((SECONDS - start)) s"
      return 0
    fi
    if [ $((SECONDS - start)) -ge "$timeout" ]; then
      status >&2 || true
      dump_logs >&2
      die "no complete consensus after ${timeout} s"
    fi
    sleep 1
  done
}

# -- wait-bootstrap -----------------------------------------------------------------------------

dump_logs() {
  local n
  for n in $(node_names || true); do
    echo "--- last 30 lines of $n ($TN/$n/notice.log) ---"
    tail -n 30 "$TN/$n/notice.log" 2>/dev/null || echo "(no log)"
  done
}

# log_epoch "<log line>": seconds since the epoch of the line's timestamp: Tor's own file log
# ("Nov 23 08:17:16.386 [notice] ...", this year) or syslog ("Nov 23 08:17:16 host Tor[1]: ..." or
# "2026-11-23T08:17:16.386+00:00 host Tor[1]: ...")
log_epoch() {
  local ts
  ts="$(grep -oE '^([A-Z][a-z]{2} +[0-9]{1,2} [0-9]{2}:[0-9]{2}:[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([+-][0-9]{2}:?[0-9]{2}|Z)?)' <<<"$1")" &&
    date -d "$ts" +%s 2>/dev/null
}

wait_bootstrap() {
  local cmd="" file=""
  if [ "${1:-}" = --cmd ]; then cmd=${2:-}; shift 2 || true; else file=${1:-}; shift || true; fi
  local timeout=${1:-}
  if [ -z "$cmd$file" ] || ! [[ $timeout =~ ^[0-9]+$ ]]; then
    die "usage: $0 wait-bootstrap <client-notice-log>|--cmd '<command>' <timeout-s>"
  fi
  local start=$SECONDS text run line began took since_up="" b d=""
  read_log() { if [ -n "$cmd" ]; then bash -c "$cmd" 2>/dev/null || true; else cat "$file" 2>/dev/null || true; fi; }
  while :; do
    text="$(read_log)"
    # Only the last run of that Tor counts (a log may go on across restarts): from its last
    # "Tor <version> running on ..." line on.
    run="$(awk '/ Tor [0-9.]+ running on / {buf = ""} {buf = buf $0 "\n"} END {printf "%s", buf}' <<<"$text")"
    line="$(grep -m1 'Bootstrapped 100%' <<<"$run" || true)"
    if [ -n "$line" ]; then
      # Duration by the client's own log: from that start line to the 100 % line.
      began="$(grep -m1 ' Tor [0-9.]* running on ' <<<"$run" || true)"
      if [ -n "$began" ] && b="$(log_epoch "$began")" && d="$(log_epoch "$line")" && [ "$d" -ge "$b" ]; then
        took=$((d - b))
      else
        took=$((SECONDS - start))
      fi
      [ -s "$TN/up.started" ] && d="${d:-$(date +%s)}" && since_up="; $((d - $(cat "$TN/up.started"))) s after tornet up"
      log "client bootstrapped in $took s (client start to 100 %$since_up; waited $((SECONDS - start)) s here)"
      return 0
    fi
    if [ $((SECONDS - start)) -ge "$timeout" ]; then
      echo "tornet: client did not reach Bootstrapped 100% in $timeout s" >&2
      {
        echo "--- last 30 lines of the client log (${file:-$cmd}) ---"
        tail -n 30 <<<"$text"
        dump_logs
      } >&2
      return 1
    fi
    sleep 1
  done
}

# -- status / down ------------------------------------------------------------------------------

status() {
  [ -s "$TN/nodes" ] || { echo "tornet: not up (no $TN/nodes)"; return 1; }
  [ -s "$TN/env" ] && sed 's/^/  /' "$TN/env"
  local name role orport dirport _fp pid state boot cons r run ex g va
  printf '%-7s %-9s %-6s %-7s %-7s %-5s %-14s %s\n' node role orport dirport pid state bootstrap consensus
  while read -r name role orport dirport _fp; do
    pid="$(node_pid "$name" || true)"
    if node_alive "$name"; then state=alive; else state=DEAD; fi
    if [ "$role" = authority ]; then
      boot="$(grep -c 'Consensus computed' "$TN/$name/notice.log" 2>/dev/null || true) votes"
    else
      boot="$(grep -o 'Bootstrapped [0-9]*%' "$TN/$name/notice.log" 2>/dev/null | tail -n 1 || true)"
    fi
    cons=-
    if [ -s "$TN/$name/data/cached-microdesc-consensus" ]; then
      read -r r run ex g va < <(consensus_summary "$TN/$name/data/cached-microdesc-consensus")
      cons="$va $r relays, $run Running, $ex Exit, $g Guard"
    fi
    printf '%-7s %-9s %-6s %-7s %-7s %-5s %-14s %s\n' "$name" "$role" "$orport" "$dirport" "${pid:--}" "$state" "${boot:--}" "$cons"
  done <"$TN/nodes"
  local stray; stray="$(stray_tors | tr '\n' ' ')"
  echo "tor processes of $TN: ${stray:-none}"
}

# stop_pids <pid>...: TERM, up to 10 s, then KILL
stop_pids() {
  local p i
  [ "$#" -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  for i in $(seq 1 50); do
    for p in "$@"; do pid_alive "$p" && break; p=""; done
    [ -z "$p" ] && return 0
    sleep 0.2
  done
  kill -KILL "$@" 2>/dev/null || true
  sleep 0.3
}

# stop_all: stops every tor of the network, keeps the state (logs) for a look
stop_all() {
  local n p pids=() stray
  if [ -d "$TN" ]; then
    for n in $(node_names || true); do
      p="$(node_pid "$n" || true)"
      [ -n "$p" ] && pid_alive "$p" && pids+=("$p")
    done
    stop_pids "${pids[@]}"
    [ "${#pids[@]}" -eq 0 ] || log "stopped ${#pids[@]} tor processes (${pids[*]})"
  fi
  stray="$(stray_tors)"
  if [ -n "$stray" ]; then
    log "tor processes of $TN without a pid file: $(tr '\n' ' ' <<<"$stray")"
    # shellcheck disable=SC2086  # a list of pids
    stop_pids $stray
  fi
}

down() {
  local stray
  stop_all
  stray="$(stray_tors)"
  if [ -n "$stray" ]; then
    # shellcheck disable=SC2086
    ps -o pid,args -p $stray >&2 || true
    die "tor processes survived: $(tr '\n' ' ' <<<"$stray")(state kept in $TN)"
  fi
  rm -rf "$TN"
  log "down (no tor process of $TN left)"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  wait-consensus) shift; [ -s "$TN/nodes" ] || die "not up"; wait_consensus "${1:-$UP_TIMEOUT}" ;;
  wait-bootstrap) shift; wait_bootstrap "$@" ;;
  status) status ;;
  down) down ;;
  *) echo "usage: $0 up <netns> <address>...|wait-consensus [timeout-s]|wait-bootstrap <log> <timeout-s>|status|down" >&2; exit 2 ;;
esac
