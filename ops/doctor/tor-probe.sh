# shellcheck shell=bash
# bcm-pulumi doctor: Tor's part of the gateway probe (ops/doctor/probes.ts prepends TOR_PORT,
# TOR_COOKIE, ONIONS and CIRCUIT_SECONDS, and the fact function). Facts only, one per line: the
# ControlPort (cookie authentication), the bootstrap progress, network-liveness, each onion service's
# descriptor, and a fresh circuit built now (an established one says nothing about a cut since).

exec 3<>"/dev/tcp/127.0.0.1/$TOR_PORT" 2>/dev/null || { fact tor control unreachable; exit 0; }

# One whole reply: its lines in REPLY_LINES (a "250+key=" line's data block, up to the lone ".",
# skipped: a descriptor's lines may start with anything), the final line's code in REPLY_CODE.
reply() {
  local l data=0
  REPLY_LINES=()
  REPLY_CODE=""
  while read -r -t 3 l <&3; do
    l=${l%$'\r'}
    if [ "$data" = 1 ]; then
      [ "$l" = . ] && data=0
      continue
    fi
    REPLY_LINES+=("$l")
    case $l in
      [0-9][0-9][0-9]+*) data=1 ;;
      [0-9][0-9][0-9]" "*)
        REPLY_CODE=${l:0:3}
        return 0
        ;;
    esac
  done
  return 1
}

# getinfo <key>: GETINFO_VALUE is its value ("present" for a data block), empty when Tor has none.
getinfo() {
  local l
  GETINFO_VALUE=""
  printf 'GETINFO %s\r\n' "$1" >&3
  reply && [ "$REPLY_CODE" = 250 ] || return 1
  for l in "${REPLY_LINES[@]}"; do
    case $l in
      "250-$1="*) GETINFO_VALUE=${l#"250-$1="} ;;
      "250+$1="*) GETINFO_VALUE=present ;;
    esac
  done
}

printf 'AUTHENTICATE %s\r\n' "$(od -An -v -tx1 "$TOR_COOKIE" 2>/dev/null | tr -d ' \n')" >&3
if ! reply || [ "$REPLY_CODE" != 250 ]; then
  fact tor control "refused: ${REPLY_LINES[*]:-no answer}"
  exit 0
fi
fact tor control ok
getinfo status/bootstrap-phase
fact tor bootstrap "$(grep -o 'PROGRESS=[0-9]*' <<<"$GETINFO_VALUE" | cut -d= -f2)"
getinfo network-liveness
fact tor liveness "$GETINFO_VALUE"
for onion in $ONIONS; do
  if getinfo "hs/service/desc/id/$onion" && [ "$GETINFO_VALUE" = present ]; then
    fact onion "$onion.onion" yes
  else
    fact onion "$onion.onion" no
  fi
done

printf 'SETEVENTS CIRC\r\n' >&3
reply
start=$(date +%s%N)
printf 'EXTENDCIRCUIT 0\r\n' >&3
reply
case ${REPLY_LINES[-1]:-} in
  "250 EXTENDED "*) id=${REPLY_LINES[-1]#250 EXTENDED } ;;
  *)
    fact tor circuit "refused: ${REPLY_LINES[*]:-no answer}" 0
    exit 0
    ;;
esac
end=$((start + CIRCUIT_SECONDS * 1000000000))
result=timeout
while now=$(date +%s%N) && [ "$now" -lt "$end" ]; do
  left=$(((end - now) / 1000000))
  read -r -t "$((left / 1000)).$(printf %03d $((left % 1000)))" l <&3 || break
  l=${l%$'\r'}
  case $l in
    "650 CIRC $id BUILT"*)
      result=built
      break
      ;;
    "650 CIRC $id FAILED"* | "650 CIRC $id CLOSED"*)
      result=failed
      break
      ;;
  esac
done
fact tor circuit "$result" "$((($(date +%s%N) - start) / 1000000))"
printf 'CLOSECIRCUIT %s\r\nQUIT\r\n' "$id" >&3
