# shellcheck shell=bash
# Day 2 of the e2e site: the doctor (scripts/doctor.sh), certificate rotation reaching the
# services, the passphrase behind an OpenPGP key, backup and restore onto the emptied daemon.
# The operator commands run as an operator would: from the stack's outputs and the LXD API.
# Sourced after tests/e2e/lib.sh, probe.sh, tor.sh and onion.sh.

# ops <script> <args...>: an operator command against the e2e stack (engine-less: the harness
# directory stands in for the state backend).
ops() {
  local script=$1
  shift
  if [ "$MODE" = engine ]; then
    BCM_CONFIG_FILE="$STACK_CONFIG" bash "$REPO_ROOT/scripts/$script" "$@"
  else
    BCM_CONFIG_FILE="$STACK_CONFIG" BCM_HARNESS_DIR="$DEPLOY_DIR" bash "$REPO_ROOT/scripts/$script" "$@"
  fi
}

# doctor_run [options]: DOCTOR_RC, DOCTOR_JSON, DOCTOR_SECS of one `doctor.sh --json`.
doctor_run() {
  local start=$EPOCHREALTIME
  DOCTOR_RC=0
  DOCTOR_JSON=$(ops doctor.sh --json "$@" "$STACK" 2>"$LOGS/doctor.err") || DOCTOR_RC=$?
  DOCTOR_SECS=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  jq -e '.checks | length > 0' >/dev/null 2>&1 <<<"$DOCTOR_JSON" || DOCTOR_JSON='{"checks": []}'
}
doctor_check() { jq -c --arg c "$1" '.checks[] | select(.check == $c)' <<<"$DOCTOR_JSON"; }
doctor_not_ok() { jq -r '[.checks[] | select(.status != "ok") | "\(.check): \(.detail)"] | join(" | ")' <<<"$DOCTOR_JSON" | cut -c1-400; }
# doctor_until_ok <seconds>: runs the doctor until it exits 0 (a run every 5 s at most).
doctor_until_ok() {
  local tries=$(($1 / 5))
  while :; do
    doctor_run
    [ "$DOCTOR_RC" = 0 ] && return 0
    tries=$((tries - 1))
    [ "$tries" -le 0 ] && return 1
    sleep 5
  done
}

# --- the doctor: healthy, Squid masked, Tor cut off, a certificate inside its renewal window ---------
check_doctor() {
  local services checked squid tor ca served end at waited start
  if doctor_until_ok 90; then
    services=$(stack_output site | jq '.services | length')
    checked=$(jq '[.checks[] | select(.check | startswith("service "))] | length' <<<"$DOCTOR_JSON")
    if evident "the site's services" "$services" && [ "$checked" = "$services" ] && [ -n "$(doctor_check tor)" ]; then
      pass "doctor: exit 0 on the healthy site ($(jq '.checks | length' <<<"$DOCTOR_JSON") checks, each of the $services services, Tor: $(doctor_check tor | jq -r .detail))"
    else
      fail "doctor: exit 0 but it checked $checked of $services services (tor: '$(doctor_check tor)')"
    fi
  else
    fail "doctor: exit $DOCTOR_RC on the healthy site: $(doctor_not_ok) $(tail -2 "$LOGS/doctor.err")"
  fi
  # Timed apart from the waits above: one run on a healthy site.
  doctor_run
  awk -v s="$DOCTOR_SECS" 'BEGIN { exit !(s < 5) }' && [ "$DOCTOR_RC" = 0 ] &&
    pass "doctor: the whole check took $DOCTOR_SECS s (under 5 s)" ||
    fail "doctor: took $DOCTOR_SECS s (exit $DOCTOR_RC)"

  on "$GATEWAY" systemctl mask --now squid >/dev/null 2>&1 || { fail "doctor: could not mask squid on the gateway"; return; }
  doctor_run
  squid=$(doctor_check "service squid")
  if [ "$DOCTOR_RC" = 2 ] && [ "$(jq -r .status <<<"$squid")" = fail ] && [[ "$(jq -r .fix <<<"$squid")" == *"unmask squid.service"* ]]; then
    pass "doctor: after systemctl mask --now squid: exit 2, '$(jq -r .detail <<<"$squid" | cut -c1-160)' -> '$(jq -r .fix <<<"$squid" | cut -c1-120)…'"
  else
    fail "doctor: with Squid masked: exit $DOCTOR_RC, squid: '$squid'"
  fi
  on "$GATEWAY" systemctl unmask squid >/dev/null 2>&1
  on "$GATEWAY" systemctl start squid

  # Tor cut from its network: the upstream side of the gateway's outside link goes down.
  up_ns ip link set "$NETNS_IF" down
  doctor_run
  up_ns ip link set "$NETNS_IF" up
  tor=$(doctor_check tor)
  # Failed for the reason the cut causes (not a probe that did not run): no fresh circuit.
  if [ "$DOCTOR_RC" = 2 ] && [ "$(jq -r .status <<<"$tor")" = fail ] && [[ "$(jq -r .detail <<<"$tor")" == *"could not build a circuit"* ]]; then
    pass "doctor: with the outside link cut: exit 2, tor: '$(jq -r .detail <<<"$tor")' -> '$(jq -r .fix <<<"$tor" | cut -c1-100)…' ($DOCTOR_SECS s)"
  else
    fail "doctor: with the outside link cut: exit $DOCTOR_RC, tor: '$tor'"
  fi
  start=$SECONDS
  if doctor_until_ok 120; then
    waited=$((SECONDS - start))
    pass "doctor: exit 0 again with Squid unmasked and the link back (${waited} s)"
  else
    fail "doctor: still exit $DOCTOR_RC after Squid and the link came back: $(doctor_not_ok)"
  fi

  # As of a day inside the registry certificate's renewal window: a warning for it, not for the CA.
  end=$(on client1 sh -c "openssl s_client -connect $DOMAIN:443 -servername $DOMAIN -CAfile /root/ca.crt -cert /root/client.cert -key /root/client.key </dev/null 2>/dev/null | openssl x509 -noout -enddate" | cut -d= -f2)
  evident "the registry certificate's end date" "$end" || { fail "doctor: no end date of the registry's certificate"; return; }
  at=$(date -u -d "$end - $(stack_output site | jq .certEarlyRenewalHours) hours + 1 day" +%FT%TZ)
  doctor_run --at "$at"
  served=$(doctor_check "certificate served by $DOMAIN:443")
  ca=$(doctor_check "certificate CA")
  if [ "$DOCTOR_RC" = 1 ] && [ "$(jq -r .status <<<"$served")" = warn ] && [ "$(jq -r .status <<<"$ca")" = ok ]; then
    pass "doctor --at $at: exit 1, '$(jq -r .detail <<<"$served")'; the CA ok ($(jq -r .detail <<<"$ca"))"
  else
    fail "doctor --at $at: exit $DOCTOR_RC, served: '$served', CA: '$ca'"
  fi
}

# --- rotation: an up inside the renewal window (folded into check 10's redeploy) --------------------------
served_serial() {
  on client1 sh -c "openssl s_client -connect $DOMAIN:443 -servername $DOMAIN -CAfile /root/ca.crt -cert /root/client.cert -key /root/client.key </dev/null 2>/dev/null | openssl x509 -noout -serial" | cut -d= -f2
}
ca_fingerprint() { stack_output caCertificate | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2; }

ROTATION_SHIFT_HOURS=""
# Before the redeploy: what is served now, and how far the provider's clock must move so that the
# next plan is a day inside the renewal window of the server and client certificates.
rotation_before() {
  ROT_CREATED=$(lxc query "/1.0/instances/$SWARM_WORKER?project=$PROJECT" | jq -r .created_at)
  ROT_SERIAL=$(served_serial)
  ROT_CA=$(ca_fingerprint)
  ROT_CLIENT=$(stack_output dockerClientCert | openssl x509 -noout -serial | cut -d= -f2)
  ROT_OLD_BUNDLE=$(openssl x509 -noout -serial -in "$STATE/client.cert" | cut -d= -f2)
  [ "$MODE" = engine ] && return 0 # the tls provider's own clock cannot be moved
  local end hours_left window
  end=$(date -d "$(openssl x509 -noout -enddate -in "$STATE/client.cert" | cut -d= -f2)" +%s)
  window=$(stack_output site | jq .certEarlyRenewalHours)
  hours_left=$(((end - $(date +%s)) / 3600))
  ROTATION_SHIFT_HOURS=$((hours_left - window + 24))
}

rotation_after() {
  if [ "$MODE" = engine ]; then
    skip "rotation: needs the tls provider's clock inside the renewal window (the harness moves its own; the Go provider's cannot be moved)"
    return
  fi
  local serial client code
  serial=$(served_serial)
  evident "the served serial before" "$ROT_SERIAL" && evident "the served serial after" "$serial" && [ "$serial" != "$ROT_SERIAL" ] &&
    pass "rotation: after an up ${ROTATION_SHIFT_HOURS} h on (inside the renewal window) $DOMAIN:443 presents a new certificate (serial $ROT_SERIAL -> $serial)" ||
    fail "rotation: the registry's serial is '$serial' (before: '$ROT_SERIAL')"
  [ "$(ca_fingerprint)" = "$ROT_CA" ] && evident "the CA fingerprint" "$ROT_CA" && pass "rotation: the CA is kept (${ROT_CA:0:23}…)" ||
    fail "rotation: the CA changed"
  client=$(stack_output dockerClientCert | openssl x509 -noout -serial | cut -d= -f2)
  evident "dockerClientCert's serial" "$client" && [ "$client" != "$ROT_CLIENT" ] &&
    pass "rotation: the dockerClientCert output is a new certificate (serial $ROT_CLIENT -> $client)" ||
    fail "rotation: dockerClientCert still has serial '$client'"
  # The new bundle in the outputs is one the registry accepts.
  stack_output dockerClientCert >"$STATE/rotated.cert" && stack_output dockerClientKey --show-secrets >"$STATE/rotated.key" &&
    lx file push "$STATE/rotated.cert" client1/root/rotated.cert >/dev/null && lx file push "$STATE/rotated.key" client1/root/rotated.key >/dev/null
  registry_probe /root/rotated.cert /root/rotated.key
  [ "$REGISTRY_CODE" = 200 ] && pass "rotation: the new operator bundle from the outputs (serial $client) is accepted (/v2/: 200)" ||
    fail "rotation: the new operator bundle got '$REGISTRY_CODE' (curl exit $REGISTRY_RC)"
  docker_on tag "$PUSHED_IMAGE" "$DOMAIN:443/bcm/rotated:1" >/dev/null 2>&1 &&
    docker_on push "$DOMAIN:443/bcm/rotated:1" >"$LOGS/push-rotated.log" 2>&1 &&
    pass "rotation: $BUILDER (its new client certificate) pushes $DOMAIN:443/bcm/rotated:1" ||
    fail "rotation: push from $BUILDER failed: $(tail -2 "$LOGS/push-rotated.log")"
  # The docker hosts hold client certificates: the renewal re-created them (a config change), and
  # the swarm re-formed around the new ones.
  local created
  created=$(lxc query "/1.0/instances/$SWARM_WORKER?project=$PROJECT" | jq -r .created_at)
  evident "$SWARM_WORKER's creation time" "$created" && [ "$created" != "$ROT_CREATED" ] &&
    swarm_settled "after the renewal re-created $BUILDER and $SWARM_WORKER (a config change)" ||
    fail "rotation: $SWARM_WORKER was not re-created ($ROT_CREATED -> $created)"
  # client1 still holds the operator's bundle from check 6, issued before the rotation.
  code=$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 10 --cacert /root/ca.crt \
    --cert /root/client.cert --key /root/client.key "https://$DOMAIN:443/v2/")
  [ "$code" = 200 ] && [ "$ROT_OLD_BUNDLE" = "$ROT_CLIENT" ] &&
    pass "rotation: the operator's bundle from before (serial $ROT_OLD_BUNDLE) still works until its own expiry (/v2/: 200)" ||
    fail "rotation: the old bundle (serial $ROT_OLD_BUNDLE, output had $ROT_CLIENT) got HTTP '$code'"
}

# --- revocation: the operators' CA replaced, that one resource --------------------------------------------------
# registry_probe <cert> <key>: REGISTRY_CODE, the HTTP code of bcmnet:443/v2/ from client1 with that
# bundle ("000" when TLS refused it), and REGISTRY_RC, curl's exit.
registry_probe() {
  REGISTRY_RC=0
  REGISTRY_CODE=$(on client1 curl -s -o /dev/null -w '%{http_code}' --max-time 10 --cacert /root/ca.crt --cert "$1" --key "$2" "https://$DOMAIN:443/v2/") || REGISTRY_RC=$?
}
# tls_answer <cert> <key>: what client1 gets asking bcmnet:443 for /v2/ with that bundle (openssl).
tls_answer() {
  on client1 bash -c "(printf 'GET /v2/ HTTP/1.0\r\n\r\n'; sleep 2) |
    timeout 10 openssl s_client -connect $DOMAIN:443 -servername $DOMAIN -CAfile /root/ca.crt -cert $1 -key $2 2>&1"
}
check_revocation() {
  local urn before_serial after_serial code builder_created ca
  stack_output dockerClientCert >"$STATE/revoked.cert" && stack_output dockerClientKey --show-secrets >"$STATE/revoked.key" &&
    lx file push "$STATE/revoked.cert" client1/root/revoked.cert >/dev/null && lx file push "$STATE/revoked.key" client1/root/revoked.key >/dev/null ||
    { fail "revoke: could not hand the current operator bundle to client1"; return; }
  before_serial=$(openssl x509 -noout -serial -in "$STATE/revoked.cert" | cut -d= -f2)
  # Control: the bundle works before.
  registry_probe /root/revoked.cert /root/revoked.key
  [ "$REGISTRY_CODE" = 200 ] || { fail "revoke: the operator bundle (serial $before_serial) got '$REGISTRY_CODE' (curl exit $REGISTRY_RC) even before the revocation"; return; }
  ca=$(ca_fingerprint)
  builder_created=$(lxc query "/1.0/instances/$BUILDER?project=$PROJECT" | jq -r .created_at)
  if [ "$MODE" = engine ]; then
    urn=$(run_pulumi_state stack export | jq -r '.deployment.resources[] | select(.type == "tls:index/privateKey:PrivateKey" and (.urn | endswith("::pki-operators-ca"))) | .urn')
    evident "the operators' CA key's URN" "$urn" || { fail "revoke: no pki-operators-ca key in the state"; return; }
    run_pulumi up --yes --skip-preview --replace "$urn" >"$LOGS/up-revoke.log" 2>&1
  else
    BCM_E2E_REPLACE=pki-operators-ca deploy_up up-revoke
  fi || { fail "revoke: the up replacing pki-operators-ca failed (see $LOGS/up-revoke.log)"; return; }
  wait_for_hosts && point_gateway_tor || { fail "revoke: the gateway did not come back"; return; }
  after_serial=$(stack_output dockerClientCert | openssl x509 -noout -serial | cut -d= -f2)
  evident "the new operator certificate's serial" "$after_serial" && [ "$after_serial" != "$before_serial" ] ||
    { fail "revoke: dockerClientCert still has serial '$after_serial'"; return; }
  push_client_bundle
  registry_probe /root/client.cert /root/client.key
  [ "$REGISTRY_CODE" = 200 ] && pass "revoke: after 'up --replace' of pki-operators-ca the new operator bundle (serial $after_serial) works (/v2/: 200)" ||
    fail "revoke: the new operator bundle got '$REGISTRY_CODE' (curl exit $REGISTRY_RC)"
  # Refused by TLS, not by HTTP: in TLS 1.3 the server's alert comes after the client's Finished, so
  # ask for a page and look at what comes back (as check 6 does); the new bundle is the control.
  local refused answered
  refused=$(tls_answer /root/revoked.cert /root/revoked.key)
  answered=$(tls_answer /root/client.cert /root/client.key)
  if [[ "$answered" != *"HTTP/1."* ]]; then
    fail "revoke: the same probe with the new bundle got no HTTP answer: no evidence ($(tail -2 <<<"$answered" | tr '\n' ' '))"
  elif [[ "$refused" == *"alert"* ]] && [[ "$refused" != *"HTTP/1."* ]]; then
    pass "revoke: the revoked bundle (serial $before_serial) is refused in the TLS handshake ($(grep -o 'alert [a-z ]*' <<<"$refused" | head -1)), the new one answered"
  else
    fail "revoke: the revoked bundle: $(tail -2 <<<"$refused" | tr '\n' ' ')"
  fi
  [ "$(ca_fingerprint)" = "$ca" ] && [ "$(lxc query "/1.0/instances/$BUILDER?project=$PROJECT" | jq -r .created_at)" = "$builder_created" ] &&
    pass "revoke: the CA clients trust and $BUILDER (created $builder_created) stay as they were" ||
    fail "revoke: the CA or $BUILDER changed"
  docker_on rmi -f "$PUSHED_IMAGE" >/dev/null 2>&1
  docker_on pull "$PUSHED_IMAGE" >"$LOGS/pull-revoke.log" 2>&1 && pass "revoke: $BUILDER (the hosts' CA) still pulls from $DOMAIN:443" ||
    fail "revoke: $BUILDER cannot pull: $(tail -2 "$LOGS/pull-revoke.log")"
}

# --- the passphrase behind an OpenPGP key ------------------------------------------------------------------------
# A software OpenPGP key in a temporary keyring stands in for the hardware key; the stack
# passphrase lives only in $PASSPHRASE_GPG, encrypted to it.
GNUPG_HOME="$STATE/gnupg"
PASSPHRASE_GPG="$STATE/passphrase.gpg"
passphrase_setup() {
  rm -rf "$GNUPG_HOME" "$GNUPG_HOME-empty" "$PASSPHRASE_GPG"
  mkdir -m 700 "$GNUPG_HOME" "$GNUPG_HOME-empty"
  GNUPGHOME="$GNUPG_HOME" gpg --batch --quiet --passphrase '' --quick-gen-key "bcm e2e <e2e@bcm.invalid>" default default never 2>"$LOGS/gpg.log" &&
    printf '%s' "$PULUMI_CONFIG_PASSPHRASE" | GNUPGHOME="$GNUPG_HOME" gpg --batch --quiet --trust-model always \
      --encrypt --recipient e2e@bcm.invalid --output "$PASSPHRASE_GPG" 2>>"$LOGS/gpg.log"
}
# with_gpg_only <cmd...>: runs (a function too) with no passphrase in the environment, only the
# encrypted file and the keyring (GPG_HOME_OVERRIDE: another one).
with_gpg_only() {
  (
    unset PULUMI_CONFIG_PASSPHRASE PULUMI_CONFIG_PASSPHRASE_FILE
    export GNUPGHOME="${GPG_HOME_OVERRIDE:-$GNUPG_HOME}" BCM_PASSPHRASE_GPG="$PASSPHRASE_GPG"
    "$@"
  )
}

# grep_phrase <grep options and files...>: grep for the passphrase, given on a pipe (never in an
# argument, where the watch below would see it, nor in a file).
grep_phrase() { grep -F -f <(printf '%s\n' "$PULUMI_CONFIG_PASSPHRASE") "$@"; }

# Watches every process's command line for the passphrase while backup and restore run; a marker
# file dates the start, for the search of files written since.
cmdline_watch_start() {
  : >"$STATE/cmdline-hits"
  : >"$STATE/cmdline-samples"
  touch "$STATE/cmdline-watch"
  (
    while [ -e "$STATE/cmdline-watch" ]; do
      grep_phrase -l /proc/[0-9]*/cmdline 2>/dev/null | while read -r f; do
        printf '%s: %s\n' "$f" "$(tr '\0' ' ' <"$f" | cut -c1-200)"
      done >>"$STATE/cmdline-hits"
      # The control: a process of ours whose command line holds a marker (given to grep on a pipe,
      # or grep's own command line would match).
      grep -lF -f <(printf 'bcm-cmdline-control\n') /proc/[0-9]*/cmdline 2>/dev/null | grep -x "/proc/$CMDLINE_CONTROL/cmdline" >>"$STATE/cmdline-samples"
      sleep 0.2
    done
  ) &
  CMDLINE_WATCH=$!
}
cmdline_watch_stop() { rm -f "$STATE/cmdline-watch"; wait "$CMDLINE_WATCH" 2>/dev/null; }

# LXD as it is (instances with their state, projects, the pool's volumes): "nothing changed".
# Fails (and prints nothing) when LXD did not answer or the project holds no instance: an empty
# answer before and after would look unchanged.
lxd_fingerprint() {
  local instances projects volumes
  instances=$(lxc query "/1.0/instances?project=$PROJECT&recursion=1" | jq -S '[.[] | {name, status, created_at, last_used_at}]') &&
    projects=$(lxc query /1.0/projects | jq -S .) &&
    volumes=$(lxc query "/1.0/storage-pools/$POOL/volumes?project=$PROJECT" | jq -S .) || return 1
  [ "$(jq length <<<"$instances")" -gt 0 ] || return 1
  printf '%s\n' "$instances" "$projects" "$volumes" | sha256sum | cut -d' ' -f1
}

# --- backup, destroy, restore ----------------------------------------------------------------------------------
check_backup_restore() {
  local archive="$STATE/site-backup.tar" t0 rc out ca onion ref needles members count leaked before after code
  rm -f "$archive" "$archive".restore-*.log
  passphrase_setup || { fail "backup: could not make the OpenPGP key and $PASSPHRASE_GPG (see $LOGS/gpg.log)"; return; }
  ca=$(ca_fingerprint)
  onion=$(onion_address)
  docker_on pull "$PUSHED_IMAGE" >/dev/null 2>&1
  ref=$(docker_on image inspect --format '{{range .RepoDigests}}{{println .}}{{end}}' "$PUSHED_IMAGE" | grep "^$DOMAIN:443/bcm/bcmtest@sha256:" | head -1)
  evident "the pushed image's digest" "$ref" && evident "the CA fingerprint" "$ca" && evident "the onion address" "$onion" ||
    { fail "backup: no evidence from before to compare with"; return; }
  rm -rf "$STATE/laptop-auth" && cp -a "$STATE/onion-client-laptop/auth" "$STATE/laptop-auth" 2>/dev/null ||
    { fail "backup: the laptop's .auth_private from check 'onion' is gone"; return; }

  # Without the key: a clear stop, nothing written.
  rc=0
  out=$(GPG_HOME_OVERRIDE="$GNUPG_HOME-empty" with_gpg_only ops backup.sh "$STACK" "$STATE/nokey.tar" 2>&1) || rc=$?
  [ "$rc" = 2 ] && [[ "$out" == *"could not decrypt $PASSPHRASE_GPG"* ]] && [ ! -e "$STATE/nokey.tar" ] &&
    pass "passphrase: without the OpenPGP key backup stops (exit 2): '$(grep -m1 'could not decrypt' <<<"$out")'" ||
    fail "passphrase: without the key: exit $rc, '$(tail -2 <<<"$out")'"

  touch "$STATE/cmdline-watch-start"
  # (`; :` keeps bash from exec'ing sleep, which would drop the marker from the command line.)
  bash -c 'sleep 900; :' bcm-cmdline-control &
  local control=$!
  CMDLINE_CONTROL=$control
  cmdline_watch_start
  t0=$SECONDS
  if with_gpg_only ops backup.sh "$STACK" "$archive" >"$LOGS/backup.log" 2>&1; then
    pass "backup: one archive with only the OpenPGP-encrypted passphrase ($(stat -c %s "$archive") bytes, $((SECONDS - t0)) s; $(grep -o 'stopped for [0-9.]* s' "$LOGS/backup.log" | head -1))"
  else
    fail "backup: failed: $(tail -3 "$LOGS/backup.log")"
    kill "$control" 2>/dev/null
    cmdline_watch_stop
    return
  fi
  before=$(sha256sum "$archive")
  rc=0
  with_gpg_only ops backup.sh "$STACK" "$archive" >"$LOGS/backup-again.log" 2>&1 || rc=$?
  [ "$rc" = 2 ] && [ "$(sha256sum "$archive")" = "$before" ] && pass "backup: refuses to write over $archive (exit 2, file unchanged)" ||
    fail "backup: a second backup onto the same file: exit $rc"

  # The manifest says what the site is; the archive holds no secret in plaintext.
  out=$(tar -xOf "$archive" manifest.json)
  [ "$(jq -r .caFingerprintSha256 <<<"$out")" = "$ca" ] && [[ "$(jq -c .onionServices <<<"$out")" == *"$onion"* ]] &&
    [ "$(jq -r '.volumes[].volume' <<<"$out")" = registry-private ] &&
    pass "backup: the manifest: CA ${ca:0:17}…, onion $onion, $(jq .resourceCount <<<"$out") resources, volume registry-private ($(jq '.volumes[0].bytes' <<<"$out") bytes)" ||
    fail "backup: the manifest does not describe the site: $(jq -c '{caFingerprintSha256, onionServices, volumes}' <<<"$out" | cut -c1-300)"
  needles="$STATE/backup-needles"
  stack_secret_needles "$needles"
  members="$STATE/backup-members"
  rm -rf "$members" && mkdir -p "$members" && tar -C "$members" -xf "$archive"
  # Evidence: the search reads the archive's members (an unpacking that failed finds nothing).
  count=$(grep -c . "$needles")
  leaked=$(grep -rlF -f "$needles" "$members" | wc -l)
  leaked=$((leaked + $(grep_phrase -rl "$members" | wc -l)))
  if [ ! -s "$members/manifest.json" ] || [ ! -s "$members/payload.sealed" ]; then
    fail "backup: the archive's members could not be read for the search: no evidence"
  elif [ "$count" -gt 1 ] && [ "$leaked" = 0 ] && ! grep -rq "PRIVATE KEY" "$members"; then
    pass "backup: the archive holds none of the $count private key lines and passwords, nor the passphrase, in plaintext"
  else
    fail "backup: $leaked member(s) of the archive hold one of $count secrets or the passphrase in plaintext"
  fi
  rm -rf "$members" "$needles"

  # Refusals, each before anything changes: a non-empty target (this live site: its project is on
  # the daemon), a truncated archive, a wrong passphrase.
  before=$(lxd_fingerprint)
  local target="$STATE/restore-target" target_config="$STATE/restore-target.yaml"
  rm -rf "$target" "$target_config"
  # The passphrase travels in the environment (a prefix assignment), never as an argument.
  restore_into() { # restore_into <harness dir> <config file> <archive>
    if [ "$MODE" = engine ]; then
      BCM_CONFIG_FILE="$2" bash "$REPO_ROOT/scripts/restore.sh" "$3" "$STACK"
    else
      BCM_CONFIG_FILE="$2" BCM_HARNESS_DIR="$1" bash "$REPO_ROOT/scripts/restore.sh" "$3" "$STACK"
    fi
  }
  refused() { # refused <what> <exit> <message part> <restore_into args...>
    local what=$1 want=$2 text=$3 got=0
    shift 3
    out=$(restore_into "$@" 2>&1) || got=$?
    [ "$got" = "$want" ] && [[ "$out" == *"$text"* ]] && [[ "$out" == *"nothing was changed"* ]] &&
      pass "restore: $what refused (exit $got): '$(grep -m1 "$text" <<<"$out" | sed 's/^restore: //' | cut -c1-150)'" ||
      fail "restore: $what: exit $got, '$(tail -2 <<<"$out" | tr '\n' ' ' | cut -c1-300)'"
  }
  refused "a target that holds the project" 5 "already has project $PROJECT" "$target" "$target_config" "$archive"
  head -c $(($(stat -c %s "$archive") * 2 / 3)) "$archive" >"$STATE/truncated.tar"
  refused "a truncated archive" 4 "damaged or truncated" "$target" "$target_config" "$STATE/truncated.tar"
  PULUMI_CONFIG_PASSPHRASE="wrong-passphrase" refused "a wrong passphrase" 3 "wrong passphrase" "$target" "$target_config" "$archive"
  after=$(lxd_fingerprint)
  evident "LXD's state before the refusals" "$before" && evident "LXD's state after them" "$after" &&
    [ "$before" = "$after" ] && [ ! -e "$target" ] && [ ! -e "$target_config" ] &&
    pass "restore: the refusals changed nothing (LXD's instances, projects and volumes as before; no state, no config file written)" ||
    fail "restore: a refusal changed something (LXD ${before:0:12} -> ${after:0:12}; target $(ls -d "$target" "$target_config" 2>/dev/null))"
  rm -f "$STATE/truncated.tar"

  # The operator's machine reaches the endpoint over HTTPS as a client it trusts: a copy of the
  # lxc configuration the program wrote for the stack's identity (remote bcm-endpoint).
  RESTORE_OPERATOR_LXD="$STATE/operator-lxd"
  rm -rf "$RESTORE_OPERATOR_LXD" && cp -a "$(remote_config_dir)" "$RESTORE_OPERATOR_LXD" &&
    grep -q '^default-remote: bcm-endpoint' "$RESTORE_OPERATOR_LXD/config.yml" ||
    { fail "restore: no lxc configuration for the HTTPS endpoint to restore through"; return; }
  RESTORE_ARCHIVE=$archive RESTORE_CA=$ca RESTORE_ONION=$onion RESTORE_REF=$ref

  # Twice, each after a loss: the operator commands' LXD calls over the unix socket, then through the
  # HTTPS endpoint (Pulumi's provider always goes there: the stack's remote).
  restore_case "onto the emptied daemon" socket &&
    restore_case "through the HTTPS endpoint" https
  kill "$control" 2>/dev/null
  cmdline_watch_stop
  GNUPGHOME="$GNUPG_HOME" gpgconf --kill gpg-agent 2>/dev/null
  # Evidence the watch saw command lines: our own marked process.
  if [ -s "$STATE/cmdline-samples" ] && [ ! -s "$STATE/cmdline-hits" ]; then
    pass "passphrase: in no /proc/*/cmdline during backup and both restores ($(wc -l <"$STATE/cmdline-samples") samples, each seeing the control process)"
  else
    fail "passphrase: in a command line ($(head -2 "$STATE/cmdline-hits")), or the watch saw nothing ($(wc -l <"$STATE/cmdline-samples") samples)"
  fi
  # Every file written since the watch began, on the whole file system (the new containers' too);
  # a control file holding a marker shows the search reads what was written.
  local written hits files
  echo "bcm-file-control" >"$STATE/file-control"
  written=$(find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run \) -prune -o -type f -newer "$STATE/cmdline-watch-start" -print 2>/dev/null)
  files=$(grep -c . <<<"$written")
  hits=$(tr '\n' '\0' <<<"$written" | xargs -0 grep -lF -D skip -f <(printf '%s\nbcm-file-control\n' "$PULUMI_CONFIG_PASSPHRASE") 2>/dev/null | sort -u)
  if grep -qx "$STATE/file-control" <<<"$hits" && [ "$(grep -vcx "$STATE/file-control" <<<"$hits")" = 0 ]; then
    pass "passphrase: in none of the $files files written during backup and restores (the same search finds a control file)"
  else
    fail "passphrase: in $(grep -vx "$STATE/file-control" <<<"$hits" | head -3 | tr '\n' ' ') (or the control file not found among $files)"
  fi
  rm -f "$STATE/file-control"
}

# restore_case <label> <socket|https>: the loss (destroy, the state backend and the config file
# gone), the restore with only the OpenPGP-encrypted passphrase, and the same site after it.
restore_case() {
  local label=$1 via=$2 t0 code over_tls over_unix
  local archive=$RESTORE_ARCHIVE ca=$RESTORE_CA onion=$RESTORE_ONION ref=$RESTORE_REF
  check_destroy
  if [ "$MODE" = engine ]; then
    (cd "$REPO_ROOT" && pulumi logout >/dev/null 2>&1)
    rm -rf "$STATE/backend" && mkdir -p "$STATE/backend" && (cd "$REPO_ROOT" && pulumi login "file://$STATE/backend" >/dev/null)
  else
    rm -rf "$DEPLOY_DIR"
  fi
  rm -f "$STACK_CONFIG"
  t0=$SECONDS
  remote_log_start "restore-$via"
  if (
    if [ "$via" = https ]; then export LXD_CONF="$RESTORE_OPERATOR_LXD" BCM_LXD_REMOTE=bcm-endpoint; fi
    with_gpg_only ops restore.sh "$archive" "$STACK"
  ) >"$LOGS/restore-$via.log" 2>&1; then
    remote_log_stop
    DESTROYED=0
    pass "restore $label: back from the archive with only the OpenPGP-encrypted passphrase ($((SECONDS - t0)) s; $(grep -o 'deployed in [0-9]* s' "$LOGS/restore-$via.log"))"
  else
    remote_log_stop
    DESTROYED=0
    fail "restore $label: failed: $(tail -4 "$LOGS/restore-$via.log" | tr '\n' ' ')"
    return 1
  fi
  # Which way the operator commands went: the daemon's API log.
  over_tls=$(remote_stack_requests "$LOGS/lxd-api-restore-$via.log" | grep -c "protocol=tls")
  over_unix=$(remote_stack_requests "$LOGS/lxd-api-restore-$via.log" | grep -vc "protocol=tls")
  if [ "$via" = https ]; then
    [ "$over_tls" -ge 10 ] && [ "$over_unix" = 0 ] &&
      pass "restore $label: LXD handled $over_tls requests for the stack's objects over TLS, none over the unix socket" ||
      fail "restore $label: $over_tls requests over TLS, $over_unix otherwise (see $LOGS/lxd-api-restore-$via.log)"
  else
    [ "$over_tls" -ge 10 ] && [ "$over_unix" -ge 1 ] &&
      pass "restore $label: the deploy over TLS ($over_tls requests), the restore's own LXD calls over the unix socket ($over_unix)" ||
      fail "restore $label: $over_tls requests over TLS, $over_unix over the unix socket (see $LOGS/lxd-api-restore-$via.log)"
  fi

  # The same site.
  wait_for_hosts || { fail "restore $label: the restored hosts did not finish their set-up"; return 1; }
  [ "$(ca_fingerprint)" = "$ca" ] && pass "restore $label: the same CA (${ca:0:23}…)" || fail "restore $label: the CA is $(ca_fingerprint)"
  [ "$(onion_address)" = "$onion" ] && pass "restore $label: the same onion address $onion" || fail "restore $label: the onion address is $(onion_address)"
  point_gateway_tor || { fail "restore $label: the restored gateway's Tor did not bootstrap"; return 1; }
  onion_client_start laptop 9150 "" "$STATE/laptop-auth" || { fail "restore $label: the laptop's Tor client did not start"; return 1; }
  code=$(onion_fetch 9150 "$onion" 40)
  [ "$code" = 200 ] && pass "restore $label: the laptop's key from before the backup reaches $onion through the private Tor network (/v2/: 200)" ||
    fail "restore $label: the laptop got HTTP '$code' from $onion"
  onion_client_stop laptop
  docker_on pull "$ref" >"$LOGS/pull-restored-$via.log" 2>&1 && pass "restore $label: $ref pulls from the restored registry" ||
    fail "restore $label: pulling $ref failed: $(tail -2 "$LOGS/pull-restored-$via.log")"
  if [ "$MODE" = engine ]; then
    run_pulumi preview --expect-no-changes >"$LOGS/preview-restored-$via.log" 2>&1
  else
    deploy_tool noop "$STACK_CONFIG" "$DEPLOY_DIR" >"$LOGS/preview-restored-$via.log" 2>&1
  fi && pass "restore $label: nothing left to change ($(tail -1 "$LOGS/preview-restored-$via.log" | cut -c1-120))" ||
    fail "restore $label: the restored stack wants changes: $(tail -5 "$LOGS/preview-restored-$via.log" | tr '\n' ' ' | cut -c1-300)"
}
