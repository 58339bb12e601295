# shellcheck shell=bash
# The stack deployed through a remote LXD endpoint over HTTPS (issue 13): the local LXD daemon
# also listens on 127.0.0.1:8443, a trust token is issued with `lxc config trust add`, and the
# stack reaches LXD through bcm:lxdRemoteAddress + bcm:lxdRemoteTrustToken, never the unix socket.
# Functions only, sourced after tests/e2e/lib.sh (uses STATE, LOGS, STACK, STACK_CONFIG,
# DEPLOY_DIR, MODE, PROJECT, POOL, BCMNET_NETWORK, pass/fail/skip, set_config, deploy_up,
# deploy_tool). What LXD itself saw is the evidence: its trust store, its pending tokens, and its
# API request log (`lxc monitor --type logging --loglevel debug`: protocol and client per request).

REMOTE_ADDRESS=127.0.0.1:8443
REMOTE_DIR="$STATE/remote"
REMOTE_SET_HTTPS=0
REMOTE_TOKEN_NAME="bcm-$STACK-$$"
REMOTE_MONITOR_PID=
REMOTE_RC=0
REMOTE_MS=0
REMOTE_OUT=
# Set by check_remote_deploy: the stack's client fingerprint and configuration directory.
REMOTE_FP=
REMOTE_CONFIG_DIR=

# Makes the local LXD listen on HTTPS at 127.0.0.1:8443 (remote_https_down undoes it).
remote_https_up() {
  local current
  mkdir -p "$REMOTE_DIR"
  current=$(lxc config get core.https_address)
  if [ -z "$current" ]; then
    lxc config set core.https_address "$REMOTE_ADDRESS" || return 1
    REMOTE_SET_HTTPS=1
  elif [ "$current" != "$REMOTE_ADDRESS" ]; then
    echo "e2e: LXD already listens on $current, not $REMOTE_ADDRESS"
    return 1
  fi
  for _ in $(seq 1 20); do
    timeout 2 bash -c "</dev/tcp/${REMOTE_ADDRESS%:*}/${REMOTE_ADDRESS#*:}" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "e2e: LXD does not listen on $REMOTE_ADDRESS"
  return 1
}

remote_https_down() {
  [ "$REMOTE_SET_HTTPS" = 1 ] && lxc config unset core.https_address
  REMOTE_SET_HTTPS=0
}

# remote_issue_token <name> [<core.remote_token_expiry>]: prints a new trust token.
remote_issue_token() {
  local name=$1 expiry=${2:-} previous token
  if [ -n "$expiry" ]; then
    previous=$(lxc config get core.remote_token_expiry)
    lxc config set core.remote_token_expiry "$expiry" || return 1
  fi
  token=$(lxc config trust add --name "$name" | tail -1)
  if [ -n "$expiry" ]; then
    if [ -n "$previous" ]; then lxc config set core.remote_token_expiry "$previous"; else lxc config unset core.remote_token_expiry; fi
  fi
  [ -n "$token" ] && echo "$token"
}

# set_secret_config <key> <value>: like `pulumi config set --secret bcm:<key>` (engine-less: the
# stack file in $STATE holds it in plain text, as the harness's stand-in for the encrypted value).
set_secret_config() {
  if [ "$MODE" = engine ]; then
    run_pulumi config set --secret "bcm:$1" "$2" >/dev/null || { echo "e2e: pulumi config set --secret bcm:$1 failed" >&2; return 1; }
  else
    set_config "$1" "$2"
  fi
}

# The stack deploys through HTTPS: what the lead calls right after stack_init (or what the e2e
# stack file says, plus the token, which only exists at run time).
remote_prepare_stack() {
  local token
  remote_https_up || return 1
  token=$(remote_issue_token "$REMOTE_TOKEN_NAME") || return 1
  set_config lxdRemoteAddress "$REMOTE_ADDRESS" && set_secret_config lxdRemoteTrustToken "$token" || return 1
  echo "e2e: stack $STACK deploys through https://$REMOTE_ADDRESS with token $REMOTE_TOKEN_NAME"
}

# LXD's API request log, from before the deploy to after it.
remote_log_start() {
  lxc monitor --type logging --pretty --loglevel debug >"$LOGS/lxd-api-$1.log" 2>&1 &
  REMOTE_MONITOR_PID=$!
  sleep 1
}
remote_log_stop() {
  sleep 1
  [ -n "$REMOTE_MONITOR_PID" ] && kill "$REMOTE_MONITOR_PID" 2>/dev/null
  wait "$REMOTE_MONITOR_PID" 2>/dev/null
  REMOTE_MONITOR_PID=
}

# The directory the program wrote for the provider (and lxc), and the stack's client fingerprint.
remote_config_dir() {
  if [ "$MODE" = engine ]; then
    # components/endpoint/config-dir.ts: $XDG_RUNTIME_DIR or the temporary directory.
    ls -1dt "${XDG_RUNTIME_DIR:-${TMPDIR:-/tmp}}/bcm-lxd-$STACK-"* 2>/dev/null | head -1
  else
    jq -r '.endpoint.configDir // empty' "$DEPLOY_DIR/plan.json"
  fi
}
remote_client_fingerprint() {
  openssl x509 -in "$(remote_config_dir)/client.crt" -noout -fingerprint -sha256 | cut -d= -f2 | tr -d : | tr 'A-F' 'a-f'
}

# Requests in an API log that name this stack's LXD objects (LXD's own /internal/ hooks aside).
remote_stack_requests() {
  grep 'msg="Handling API request"' "$1" | grep -v 'url="*/internal/' |
    grep -E "(project=|projects/|storage-pools/|networks/)($PROJECT|$POOL|$BCMNET_NETWORK)([\"&?/ ]|$)"
}

# After the first deploy: the token was used by this stack's identity, and every request for the
# stack's objects came over HTTPS as that identity.
check_remote_deploy() {
  local log="$LOGS/lxd-api-$1.log" fp dir over_tls over_unix posts
  dir=$(remote_config_dir)
  [ -n "$dir" ] && [ -f "$dir/client.crt" ] || { fail "remote: no configuration directory written by the program"; return; }
  [ "$(stat -c %a "$dir")" = 700 ] && [ "$(stat -c %a "$dir/client.key")" = 600 ] &&
    pass "remote: the program wrote $dir (0700, client.key 0600)" ||
    fail "remote: $dir or its key has mode $(stat -c %a "$dir")/$(stat -c %a "$dir/client.key")"
  fp=$(remote_client_fingerprint)
  REMOTE_FP=$fp
  REMOTE_CONFIG_DIR=$dir
  lxc config trust list --format csv | grep -q ",${fp:0:12}," &&
    pass "remote: LXD trusts the stack's client certificate ${fp:0:12} ($(lxc config trust list --format csv | grep ",${fp:0:12}," | cut -d, -f2))" ||
    fail "remote: the stack's client certificate ${fp:0:12} is not in lxc config trust list"
  local tokens
  if ! tokens=$(lxc config trust list-tokens --format csv); then
    fail "remote: LXD's pending tokens could not be listed: no evidence that $REMOTE_TOKEN_NAME was used"
  elif grep -q "^$REMOTE_TOKEN_NAME," <<<"$tokens"; then
    fail "remote: token $REMOTE_TOKEN_NAME still pending: not used"
  else
    pass "remote: token $REMOTE_TOKEN_NAME is used (gone from the pending tokens)"
  fi
  grep -q 'msg="Allowing untrusted POST".*url=/1.0/certificates' "$log" &&
    pass "remote: the trust request reached LXD over HTTPS" || fail "remote: LXD logged no trust request"
  over_tls=$(remote_stack_requests "$log" | grep -c "protocol=tls .*username=$fp")
  over_unix=$(remote_stack_requests "$log" | grep -vc "protocol=tls .*username=$fp")
  posts=$(grep 'msg="Handling API request"' "$log" | grep -c "method=POST protocol=tls .*username=$fp")
  if [ "$over_tls" -ge 10 ] && [ "$over_unix" -eq 0 ] && [ "$posts" -ge 5 ]; then
    pass "remote: LXD handled $over_tls requests for $PROJECT/$POOL/$BCMNET_NETWORK ($posts POSTs overall) over HTTPS as the stack's certificate, none over the unix socket"
  else
    fail "remote: requests for the stack's objects: $over_tls over HTTPS as the stack, $over_unix otherwise, $posts POSTs (see $log)"
  fi
}

# A second admin machine: no configuration directory, a used token: re-plan and apply work.
check_remote_reconnect() {
  local dir fp log="$LOGS/lxd-api-reconnect.log" t0
  dir=$(remote_config_dir)
  fp=$(remote_client_fingerprint)
  rm -rf "$dir"
  remote_log_start reconnect
  t0=$SECONDS
  deploy_up up-reconnect
  local rc=$?
  remote_log_stop
  [ $rc -eq 0 ] && pass "remote: up without the configuration directory and with the used token succeeds ($((SECONDS - t0)) s)" ||
    { fail "remote: up after deleting $dir failed (see $LOGS/up-reconnect.log)"; return; }
  [ "$(remote_client_fingerprint)" = "$fp" ] && [ -f "$dir/servercerts/bcm-endpoint.crt" ] &&
    pass "remote: the same identity from the stack, the configuration directory rewritten" ||
    fail "remote: identity or directory differ after the reconnect"
  # Evidence that the log is the daemon's during this up: it shows the stack's own requests.
  # Read whole first: `| grep -q` would cut the pipe, a failure under pipefail.
  local requests
  requests=$(remote_stack_requests "$log" 2>/dev/null)
  if [ -z "$requests" ]; then
    fail "remote: the LXD API log of the reconnect holds none of the stack's requests: no evidence"
  elif grep -q 'msg="Allowing untrusted POST".*url=/1.0/certificates' "$log"; then
    fail "remote: a trust request was sent although the identity is trusted"
  else
    pass "remote: no trust request: the used token was not needed"
  fi
  [ "$(lxc config trust list --format csv | grep -c ",${fp:0:12},")" = 1 ] &&
    pass "remote: still exactly one trust entry for the stack" || fail "remote: trust entries for ${fp:0:12} changed"
}

# remote_preflight <case> <key=value|key=-> ...: runs the program (tests/e2e/deploy.ts plan, the
# same code as `pulumi up`'s preflight) on a copy of the stack file with these settings, a fresh
# client identity unless <case> starts with "trusted-" (then the deployed stack's); sets REMOTE_RC,
# REMOTE_MS and REMOTE_OUT (its output). Not in a subshell: it sets variables.
remote_preflight() {
  local name=$1 dir="$REMOTE_DIR/$1" start
  shift
  rm -rf "$dir" && mkdir -p "$dir/deploy"
  node -e '
    const fs = require("fs"), yaml = require("js-yaml");
    const [from, to, ...pairs] = process.argv.slice(1);
    const doc = yaml.load(fs.readFileSync(from, "utf8"));
    delete doc.encryptionsalt;
    delete doc.config["bcm:lxdRemoteTrustToken"];
    for (const pair of pairs) {
      const i = pair.indexOf("="), key = "bcm:" + pair.slice(0, i), value = pair.slice(i + 1);
      if (value === "-") delete doc.config[key];
      else doc.config[key] = value === "true" ? true : value === "false" ? false : value;
    }
    fs.writeFileSync(to, yaml.dump(doc));' "$STACK_CONFIG" "$dir/Pulumi.$STACK.yaml" "$@" || return 1
  [[ "$name" == trusted-* ]] && cp "$DEPLOY_DIR/values.json" "$dir/deploy/values.json"
  start=$(date +%s%N)
  deploy_tool plan "$dir/Pulumi.$STACK.yaml" "$dir/deploy" >"$dir/out.log" 2>&1
  REMOTE_RC=$?
  REMOTE_MS=$((($(date +%s%N) - start) / 1000000))
  REMOTE_OUT=$(cat "$dir/out.log")
}

# expect_refused <what> <key> <pattern> <case> <settings...>: the program stops within 10 s with
# an error naming bcm:<key> and matching <pattern>.
expect_refused() {
  local what=$1 key=$2 pattern=$3 out
  shift 3
  remote_preflight "$@"
  out=$REMOTE_OUT
  if [ "$REMOTE_RC" -ne 0 ] && grep -q "^deploy: Invalid configuration bcm:$key = .*$pattern" <<<"$out" && [ "$REMOTE_MS" -lt 10000 ]; then
    pass "remote: $what: refused in $REMOTE_MS ms naming bcm:$key: $(sed -n "s/^deploy: Invalid configuration //p" <<<"$out" | head -1 | cut -c1-220)"
  else
    fail "remote: $what: rc $REMOTE_RC after $REMOTE_MS ms: $(tail -2 <<<"$out" | cut -c1-300)"
  fi
}

# The server's certificate fingerprint, as the token names it.
remote_server_fingerprint() { lxc info | sed -n 's/^ *certificate_fingerprint: //p'; }

check_remote_bad_inputs() {
  local fp token expired wrong port s_server_pid listen_pid
  fp=$(remote_server_fingerprint)
  # A token of the right server whose secret LXD never issued.
  wrong=$(printf '{"client_name":"nobody","fingerprint":"%s","addresses":["%s"],"secret":"%s"}' \
    "$fp" "$REMOTE_ADDRESS" "$(openssl rand -hex 32)" | base64 -w0)
  expect_refused "a wrong token" lxdRemoteTrustToken 'LXD answered 403 "No matching certificate add operation found"' \
    wrong-token "lxdRemoteTrustToken=$wrong"
  # core.remote_token_expiry 1S: LXD 5.0.2 writes expires_at into the token; it expires in a second.
  expired=$(remote_issue_token "$REMOTE_TOKEN_NAME-expired" 1S) || { fail "remote: could not issue a short-lived token"; return; }
  sleep 2
  expect_refused "an expired token" lxdRemoteTrustToken "the token expired at" expired-token "lxdRemoteTrustToken=$expired"
  lxc config trust list-tokens --format csv | grep -q "^$REMOTE_TOKEN_NAME-expired," &&
    lxc config trust revoke-token "$REMOTE_TOKEN_NAME-expired" >/dev/null 2>&1
  expect_refused "a malformed token" lxdRemoteTrustToken "not an LXD trust token" malformed-token \
    "lxdRemoteTrustToken=not-a-token"
  token=$(remote_issue_token "$REMOTE_TOKEN_NAME-unused") || { fail "remote: could not issue a token"; return; }
  # Nothing listens: a loopback port that was free a moment ago.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  expect_refused "an address where nothing listens" lxdRemoteAddress "connection refused" nothing-listens \
    "lxdRemoteAddress=127.0.0.1:$port" "lxdRemoteTrustToken=$token"
  # Something listens but never speaks TLS: the connect timeout.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  python3 -c 'import socket,time,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1",int(sys.argv[1]))); s.listen(4); c=[s.accept() for _ in range(4)]; time.sleep(60)' "$port" &
  listen_pid=$!
  sleep 0.5
  expect_refused "a listener that never answers TLS" lxdRemoteAddress "no TLS connection within 4 s" silent-listener \
    "lxdRemoteAddress=127.0.0.1:$port" "lxdRemoteTrustToken=$token"
  kill "$listen_pid" 2>/dev/null; wait "$listen_pid" 2>/dev/null
  # Another TLS server (another certificate) where the token's endpoint should be.
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$REMOTE_DIR/other.key" \
    -out "$REMOTE_DIR/other.crt" -days 1 -subj /CN=not-lxd 2>/dev/null
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  openssl s_server -accept "127.0.0.1:$port" -cert "$REMOTE_DIR/other.crt" -key "$REMOTE_DIR/other.key" -www -quiet \
    >"$LOGS/s_server.log" 2>&1 &
  s_server_pid=$!
  sleep 1
  expect_refused "a certificate that is not the token's" lxdRemoteTrustToken "but the token was issued by the server" \
    cert-not-tokens "lxdRemoteAddress=127.0.0.1:$port" "lxdRemoteTrustToken=$token"
  expect_refused "a certificate not accepted (no token, lxdAcceptRemoteCertificate false)" lxdAcceptRemoteCertificate \
    "cannot verify the server certificate of 127.0.0.1:$port" cert-not-accepted "lxdRemoteAddress=127.0.0.1:$port"
  kill "$s_server_pid" 2>/dev/null; wait "$s_server_pid" 2>/dev/null
  lxc config trust list-tokens --format csv | grep -q "^$REMOTE_TOKEN_NAME-unused," &&
    pass "remote: none of the refused runs used the valid token" || fail "remote: the valid token was used by a refused run"
  lxc config trust revoke-token "$REMOTE_TOKEN_NAME-unused" >/dev/null 2>&1
}

# lxdAcceptRemoteCertificate on first contact (no configuration directory) without a token.
check_remote_accept_certificate() {
  local out
  rm -rf "$(remote_config_dir)"
  expect_refused "first contact without a token, lxdAcceptRemoteCertificate false" lxdAcceptRemoteCertificate \
    "cannot verify the server certificate of $REMOTE_ADDRESS" trusted-no-accept "lxdRemoteTrustToken=-" \
    "lxdAcceptRemoteCertificate=false"
  if [ "$MODE" = engine ]; then
    skip "remote: first contact with lxdAcceptRemoteCertificate true (the identity is in the engine's state)"
  else
    remote_preflight trusted-accept "lxdRemoteTrustToken=-" "lxdAcceptRemoteCertificate=true"
    out=$REMOTE_OUT
    if [ "$REMOTE_RC" -eq 0 ] && grep -q "accepted unverified" <<<"$out" && grep -q "^deploy: planned .* via bcm-endpoint" <<<"$out"; then
      pass "remote: first contact without a token, lxdAcceptRemoteCertificate true: accepted (warned), planned in $REMOTE_MS ms"
    else
      fail "remote: lxdAcceptRemoteCertificate true: rc $REMOTE_RC: $(tail -2 <<<"$out")"
    fi
  fi
  # The same, for an identity LXD does not trust: accepted, then told to get a token.
  expect_refused "an untrusted identity without a token" lxdRemoteTrustToken \
    "does not trust this stack's client certificate" untrusted-accept "lxdRemoteTrustToken=-" "lxdAcceptRemoteCertificate=true"
}

# Removes what the remote checks left in LXD: the stack's trust entry, pending tokens, HTTPS.
remote_cleanup() {
  local fp name
  [ -n "$REMOTE_MONITOR_PID" ] && remote_log_stop
  fp=${REMOTE_FP:-$(remote_client_fingerprint 2>/dev/null)}
  [ -n "$fp" ] && lxc config trust remove "${fp:0:12}" >/dev/null 2>&1
  for name in $(lxc config trust list-tokens --format csv | cut -d, -f1 | grep "^$REMOTE_TOKEN_NAME"); do
    lxc config trust revoke-token "$name" >/dev/null 2>&1
  done
  rm -rf "${REMOTE_CONFIG_DIR:-$(remote_config_dir)}" "$REMOTE_DIR"
  remote_https_down
  true
}

# What an interrupted earlier run left: trust entries and pending tokens named bcm-<stack>-*.
remote_leftovers() {
  local fp name
  for fp in $(lxc config trust list --format csv | awk -F, -v p="bcm-$STACK-" 'index($2, p) == 1 {print $4}'); do
    lxc config trust remove "$fp" >/dev/null 2>&1
  done
  for name in $(lxc config trust list-tokens --format csv | cut -d, -f1 | grep "^bcm-$STACK-"); do
    lxc config trust revoke-token "$name" >/dev/null 2>&1
  done
  rm -rf "${XDG_RUNTIME_DIR:-${TMPDIR:-/tmp}}/bcm-lxd-$STACK-"*
  true
}
