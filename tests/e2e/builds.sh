# shellcheck shell=bash
# Custom images (bcm:images, components/builders): built by `pulumi up` in a builder container of
# their own, through the mirror and Squid, pushed to the private registry. Checks, each from the
# far end: the upstream registry and HTTP server saw the base pull and the RUN's fetch from the Tor
# exit; the private registry holds exactly the digest of the `images` output; a docker host pulls
# it by digest and runs it; no builder is left; an unchanged context builds nothing; one changed
# file rebuilds with a new digest (the old one still pulls); a failing RUN fails the up naming the
# image and keeps the previous digest. Sourced after lib.sh, tor.sh.
#
# The images are added to the running stack here, not in the first deploy: the gateway's Tor
# reaches the private Tor network only once tests/e2e/tor.sh has pointed it there.

BUILD_IMAGE=bcm/hello
BUILD_BASE=library/bcmbase
BUILD_CONTEXT="$STATE/images/hello"

# The base image only upstream has (same busybox layer as the test image, another repository).
build_base_push() {
  BCM_TESTIMAGE_REPO=$BUILD_BASE BCM_TESTIMAGE_OUT="$STATE/testimage-base" \
    bash "$REPO_ROOT/scripts/e2e/testimage.sh" push >"$LOGS/testimage-base.log" 2>&1
}

images_output() { stack_output images | jq -r --arg n "$BUILD_IMAGE" '.[$n] // empty'; }

# builders_left: names of builder containers in the project; fails when LXD's list cannot be read.
builders_left() {
  local names
  names=$(lxd_names lx list) || return 1
  grep -q "^$GATEWAY\$" <<<"$names" || { echo "e2e: no evidence: LXD's list lacks the gateway" >&2; return 1; }
  grep '^bcmb-' <<<"$names" || true
}

# registry_digest <tag>: the digest the private registry answers for bcm/hello:<tag>, asked from
# client1 with the operator's client bundle (check_registry_tls pushed it).
registry_digest() {
  on client1 curl -s -I --max-time 20 --cacert /root/ca.crt --cert /root/client.cert --key /root/client.key \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "https://$DOMAIN:443/v2/$BUILD_IMAGE/manifests/$1" | tr -d '\r' | sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: *//p'
}

# run_image <ref>: pull by digest on the docker host (not a builder) and run it
run_image() {
  docker_on rmi -f "$1" >/dev/null 2>&1
  docker_on pull "$1" >"$LOGS/pull-built.log" 2>&1 || { tail -3 "$LOGS/pull-built.log"; return 1; }
  docker_on run --rm "$1"
}

# lifecycle_start / lifecycle_created: LXD's lifecycle events during an up; which builders it created.
lifecycle_start() {
  # lxc itself in the background (not the lx function's subshell): $! is then the monitor, and
  # lifecycle_stop ends it rather than leaving it writing into the log.
  lxc --project "$PROJECT" monitor --type lifecycle --format json >"$LOGS/lifecycle-$1.log" 2>&1 &
  BUILD_MONITOR=$!
  sleep 0.5
}
# Fails when the monitor was no longer running (it watched nothing: no evidence of "no builder").
lifecycle_stop() { kill "$BUILD_MONITOR" 2>/dev/null; local alive=$?; wait "$BUILD_MONITOR" 2>/dev/null; return $alive; }
# lifecycle_builder_events <name>: one "<action> <timestamp> instances/<builder>" line per event LXD
# logged for a builder during that up.
lifecycle_builder_events() {
  jq -Rr 'fromjson? // empty | (.metadata.source // "") as $source
    | select($source | test("^/1.0/instances/bcmb-"))
    | "\(.metadata.action) \(.timestamp) \($source | sub("[?].*$"; "") | sub("^/1.0/"; ""))"' "$LOGS/lifecycle-$1.log"
}
lifecycle_created() { lifecycle_builder_events "$1" | awk '$1 == "instance-created" { print $3 }' | sort -u; }
# lifecycle_builder_secs <name>: seconds from LXD's instance-created of the first builder to the
# instance-deleted of the last one during that up, as LXD timestamped them; fails without both events.
lifecycle_builder_secs() {
  local events created deleted
  events=$(lifecycle_builder_events "$1" 2>/dev/null) || return 1
  created=$(awk '$1 == "instance-created" { print $2; exit }' <<<"$events")
  deleted=$(awk '$1 == "instance-deleted" { t = $2 } END { print t }' <<<"$events")
  [ -n "$created" ] && [ -n "$deleted" ] || return 1
  created=$(date -d "$created" +%s.%N) && deleted=$(date -d "$deleted" +%s.%N) || return 1
  awk -v a="$created" -v b="$deleted" 'BEGIN { printf "%.1f", b - a }'
}

check_image_builds() {
  local ref digest tag out before_reg before_http line left created old_ref
  rm -rf "$BUILD_CONTEXT" && mkdir -p "$(dirname "$BUILD_CONTEXT")" &&
    cp -r "$REPO_ROOT/tests/e2e/images/hello" "$BUILD_CONTEXT" || { fail "build: could not copy the context"; return; }
  build_base_push || { fail "build: could not push $BUILD_BASE:1 upstream (see $LOGS/testimage-base.log)"; return; }
  upstream_logs_alive build || { fail "build: the upstream servers' logs are no evidence"; return; }
  before_reg=$(grep -c "/v2/$BUILD_BASE/manifests/" "$STATE/logs/registry.log")
  # A monitor that sees LXD's events: evidence for "no builder created" later.
  lx monitor --help >/dev/null 2>&1 || { fail "build: lxc monitor is not available"; return; }
  set_config images "[\"$BUILD_IMAGE $BUILD_CONTEXT arg=UPSTREAM=$UPSTREAM\"]" ||
    { fail "build: could not set bcm:images"; return; }
  lifecycle_start build
  local t0=$SECONDS
  deploy_up up-build
  local rc=$?
  lifecycle_stop
  if [ "$rc" = 0 ]; then
    pass "build: pulumi up built $BUILD_IMAGE ($((SECONDS - t0)) s)"
  else
    fail "build: the up with bcm:images failed: $(tail -5 "$LOGS/up-build.log" | tr '\n' ' ')"
    # The later checks' ups must not carry this failure: the image goes from the stack again.
    set_config images '[]'
    return
  fi
  ref=$(images_output)
  [[ "$ref" =~ ^$DOMAIN:443/$BUILD_IMAGE@sha256:[0-9a-f]{64}$ ]] && pass "build: the images output names $ref" ||
    { fail "build: the images output is '$ref'"; return; }
  digest=${ref#*@}
  created=$(lifecycle_created build)
  [ "$(wc -l <<<"$created")" = 1 ] && [ -n "$created" ] && pass "build: LXD created one builder for it (${created#instances/})" ||
    fail "build: LXD's lifecycle events show builders '$created'"
  # Far end 1: the upstream registry saw the base pulled, from the exit only.
  # The registry's access log lines ("<client> - - [...] \"GET ..."), not its own log lines.
  line=$(grep "/v2/$BUILD_BASE/manifests/" "$STATE/logs/registry.log" | tail -n +"$((before_reg + 1))" | grep -E '^[0-9.]+ ')
  if ! evident "the upstream registry's log of the base pull" "$line"; then
    fail "build: the upstream registry logged no pull of $BUILD_BASE"
  elif grep -qv "^$UPSTREAM " <<<"$line"; then
    fail "build: the base was pulled not only from the exit: $(grep -v "^$UPSTREAM " <<<"$line" | head -1)"
  else
    pass "build: the base $BUILD_BASE:1 came from upstream through the mirror, seen from the exit ($(wc -l <<<"$line") manifest requests)"
  fi
  # Far end 2: the RUN's fetch reached the HTTP server through Squid, from the exit.
  line=$(awk '$3 ~ /^\/small.txt\?from=bcm-build/' "$STATE/logs/http.log" | tail -1)
  evident "the HTTP server's log of the RUN's fetch" "$line" && exit_seen "$line" &&
    pass "build: the RUN's fetch reached the upstream HTTP server from the exit (${line%% *})" ||
    fail "build: the upstream HTTP server's log of the RUN's fetch: '$line'"
  # The registry holds exactly that digest; a docker host pulls it by digest and runs it.
  tag=$(on client1 curl -s --max-time 20 --cacert /root/ca.crt --cert /root/client.cert --key /root/client.key \
    "https://$DOMAIN:443/v2/$BUILD_IMAGE/tags/list" | jq -r '.tags | if length == 1 then .[0] else empty end')
  [ -n "$tag" ] && [ "$(registry_digest "$tag")" = "$digest" ] &&
    pass "build: the private registry answers $digest for $BUILD_IMAGE:$tag" ||
    fail "build: the private registry's digest for $BUILD_IMAGE:'$tag' is '$(registry_digest "$tag")', the output says $digest"
  out=$(run_image "$ref")
  [ "$out" = "$(cat "$BUILD_CONTEXT/message.txt")
bcm-e2e upstream test file" ] && pass "build: $BUILDER pulled $ref and ran it (its CMD: cmd/show of the context, exec bit kept): '$(tr '\n' '|' <<<"$out")'" ||
    fail "build: running $ref on $BUILDER printed '$out'"
  left=$(builders_left) && [ -z "$left" ] && pass "build: no builder left in LXD after the up" ||
    fail "build: builders left: '$left'"

  # Unchanged: no builder, no upstream request.
  before_reg=$(wc -l <"$STATE/logs/registry.log")
  lifecycle_start noop
  deploy_up up-build-noop
  rc=$?
  local watched=0
  lifecycle_stop && watched=1
  created=$(lifecycle_created noop)
  if [ "$watched" != 1 ]; then
    fail "build: LXD's event monitor was not running through the second up: no evidence about builders"
  elif [ "$rc" != 0 ]; then
    fail "build: the second up failed (see $LOGS/up-build-noop.log)"
  elif [ -n "$created" ]; then
    fail "build: the second up created builders: $created"
  elif [ "$(images_output)" != "$ref" ]; then
    fail "build: the second up changed the output to $(images_output)"
  elif [ "$(wc -l <"$STATE/logs/registry.log")" != "$before_reg" ]; then
    fail "build: the second up made the upstream registry log $(($(wc -l <"$STATE/logs/registry.log") - before_reg)) lines"
  else
    pass "build: a second up with the context unchanged created no builder and asked upstream nothing"
  fi

  # One file changed: one rebuild, a new digest, the old one still pulls.
  echo "changed $(date +%s)" >>"$BUILD_CONTEXT/message.txt"
  old_ref=$ref
  lifecycle_start change
  deploy_up up-build-change
  rc=$?
  lifecycle_stop
  ref=$(images_output)
  created=$(lifecycle_created change)
  if [ "$rc" = 0 ] && [ "$ref" != "$old_ref" ] && [[ "$ref" == *@sha256:* ]] && [ "$(wc -l <<<"$created")" = 1 ] && [ -n "$created" ]; then
    pass "build: one changed file rebuilt it once: $ref"
  else
    fail "build: after changing one file: up rc $rc, output '$ref' (before $old_ref), builders '$created'"
  fi
  out=$(run_image "$ref")
  [[ "$out" == *changed* ]] && pass "build: the new image carries the change" || fail "build: the new image printed '$out'"
  run_image "$old_ref" >/dev/null && pass "build: the previous digest still pulls and runs" ||
    fail "build: the previous digest $old_ref no longer pulls"

  # Interrupted: an up killed with SIGINT during a build leaves its builder; the next up removes it
  # and builds. (The engine waits for running steps at the first SIGINT: the second one stops it.)
  echo "interrupted $(date +%s)" >>"$BUILD_CONTEXT/message.txt"
  deploy_up up-build-interrupted &
  local up_job=$! i up_pid
  for i in $(seq 1 120); do
    left=$(builders_left 2>/dev/null) && [ -n "$left" ] && break
    sleep 1
  done
  up_pid=$(pgrep -f "deploy.ts apply $DEPLOY_DIR" || pgrep -x pulumi | head -1)
  if [ -z "$left" ] || [ -z "$up_pid" ]; then
    fail "build: no builder appeared during the up to interrupt (builders '$left', up pid '$up_pid')"
  else
    kill -INT "$up_pid"; sleep 1; kill -INT "$up_pid" 2>/dev/null
    wait "$up_job" 2>/dev/null
    left=$(builders_left)
    [ -n "$left" ] && pass "build: an up interrupted during the build left its builder ($left)" ||
      fail "build: the interrupted up left no builder: the interruption came too late to show anything"
    deploy_up up-build-after-interrupt
    rc=$?
    left=$(builders_left) || left="(LXD's list unreadable)"
    [ "$rc" = 0 ] && [ -z "$left" ] && [ "$(images_output)" != "$ref" ] &&
      pass "build: the next up removed the leftover builder and built ($(images_output))" ||
      fail "build: after the interrupted up: rc $rc, builders left '$left', output $(images_output)"
    ref=$(images_output)
  fi

  # A failing RUN: the up fails naming the image and its last lines; the output keeps the digest.
  cp "$BUILD_CONTEXT/Dockerfile" "$STATE/Dockerfile.good"
  printf 'RUN echo "bcm-e2e: about to fail" && exit 7\n' >>"$BUILD_CONTEXT/Dockerfile"
  deploy_up up-build-fail
  rc=$?
  if [ "$rc" != 0 ] && grep -q "image $BUILD_IMAGE: the build failed" "$LOGS/up-build-fail.log" &&
    grep -q "bcm-e2e: about to fail" "$LOGS/up-build-fail.log"; then
    pass "build: a failing RUN fails the up, naming $BUILD_IMAGE with the build's last lines"
  else
    fail "build: the failing build: up rc $rc, log: $(tail -4 "$LOGS/up-build-fail.log" | tr '\n' ' ')"
  fi
  [ "$(images_output)" = "$ref" ] && pass "build: after the failed build the output keeps the previous digest" ||
    fail "build: after the failed build the output is '$(images_output)', not $ref"
  left=$(builders_left) && [ -z "$left" ] && pass "build: no builder left after the failed build" ||
    fail "build: builders left after the failed build: '$left'"
  # Back to the good Dockerfile: the stack is as after the rebuild (no change on the next up).
  cp "$STATE/Dockerfile.good" "$BUILD_CONTEXT/Dockerfile"
}
