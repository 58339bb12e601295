# shellcheck shell=bash
# The docker hosts as one swarm (components/swarm) and a Docker stack on it (bcm:stacks), checked
# from the far end: the manager's node list, which host answered a request, what a bcmnet client
# gets on each host's published port, the manager's service events during a no-op up, and what
# happens when the worker stops and starts. Sourced after lib.sh and builds.sh (the stack runs the
# image check_image_builds built).

SWARM_MANAGER=$BUILDER
SWARM_WORKER=builder2
SWARM_STACK=web
SWARM_PORT=18080

swarm_nodes() { docker_on node ls --format '{{.Hostname}} {{.Status}} {{.Availability}} {{.ManagerStatus}}'; }
host_ipv4() { on "$1" sh -c "ip -4 -o addr show dev eth0 scope global | awk '{print \$4}' | cut -d/ -f1 | head -1"; }
# running_tasks <service>: "<node>" per running task
running_tasks() { docker_on service ps "${SWARM_STACK}_$1" --filter desired-state=running --format '{{.Node}} {{.CurrentState}}' | awk '$2 == "Running" {print $1}'; }
# The container ids of web's tasks on a host (their hostnames: what web answers).
web_containers() { on "$1" docker ps --filter "name=${SWARM_STACK}_web" --format '{{.ID}}'; }

check_swarm_formed() {
  local nodes token host found
  nodes=$(swarm_nodes)
  if grep -q "^$SWARM_MANAGER Ready Active Leader$" <<<"$nodes" && grep -q "^$SWARM_WORKER Ready Active $" <<<"$nodes" &&
    [ "$(wc -l <<<"$nodes")" = 2 ]; then
    pass "swarm: the manager lists both docker hosts Ready ($SWARM_MANAGER leader, $SWARM_WORKER worker)"
  else
    fail "swarm: docker node ls on $SWARM_MANAGER: '$(tr '\n' ';' <<<"$nodes")'"
  fi
  # The worker's join token: no unprivileged user finds it anywhere (the search ran: grep's exit).
  token=$(docker_on swarm join-token -q worker)
  evident "the swarm's worker join token" "$token" || { fail "swarm: no join token on the manager"; return; }
  for host in "$GATEWAY" "$SWARM_MANAGER" "$SWARM_WORKER"; do
    found=$(on "$host" runuser -u nobody -- sh -c 'grep -rlsF --devices=skip -e "$1" / --exclude-dir=proc --exclude-dir=sys; echo "grep-exit=$?"' sh "$token")
    if ! grep -qE '^grep-exit=[012]$' <<<"$found"; then
      fail "swarm: the token search as nobody in $host did not run"
    elif [ -n "$(grep -v '^grep-exit=' <<<"$found")" ]; then
      fail "swarm: user nobody finds the join token in $host: $(grep -v '^grep-exit=' <<<"$found" | head -3 | tr '\n' ' ')"
    else
      pass "swarm: user nobody finds the worker join token nowhere in $host"
    fi
  done
}

check_swarm_stack() {
  local rc tasks ref image ip answers worker_ids client host code t0 since events
  set_config stacks "[\"$SWARM_STACK $REPO_ROOT/tests/e2e/stacks/web.yml\"]" || { fail "swarm: could not set bcm:stacks"; return; }
  local deploy_since deploy_until
  deploy_since=$(docker_on info --format '{{.SystemTime}}')
  deploy_up up-stack
  rc=$?
  deploy_until=$(docker_on info --format '{{.SystemTime}}')
  [ "$rc" = 0 ] && pass "swarm: pulumi up deployed stack $SWARM_STACK" ||
    { fail "swarm: the up with bcm:stacks failed: $(tail -4 "$LOGS/up-stack.log" | tr '\n' ' ')"; set_config stacks '[]'; return; }
  ref=$(images_output)
  image=$(docker_on service inspect "${SWARM_STACK}_web" --format '{{.Spec.TaskTemplate.ContainerSpec.Image}}')
  evident "the built image's digest" "$ref" && [ "$image" = "$ref" ] &&
    pass "swarm: the stack runs bcm/hello by its digest ($image)" || fail "swarm: web runs '$image', the images output says '$ref'"
  for t0 in $(seq 1 60); do
    tasks=$(running_tasks web | sort | tr '\n' ' ')
    [ "$tasks" = "$(printf '%s\n' "$SWARM_MANAGER" "$SWARM_WORKER" | sort | tr '\n' ' ')" ] && break
    sleep 2
  done
  [ "$tasks" = "$(printf '%s\n' "$SWARM_MANAGER" "$SWARM_WORKER" | sort | tr '\n' ' ')" ] &&
    pass "swarm: web runs 2 replicas, one on each host ($tasks)" || fail "swarm: web's running tasks are on '$tasks'"
  # The client (on the manager) asks web by its service name over the overlay network; one answer
  # must come from the task on the other host.
  worker_ids=$(web_containers "$SWARM_WORKER")
  client=$(on "$SWARM_MANAGER" docker ps --filter "name=${SWARM_STACK}_client" --format '{{.ID}}' | head -1)
  answers=$(on "$SWARM_MANAGER" docker exec "$client" sh -c \
    'for ip in $(nslookup tasks.web 127.0.0.11 2>/dev/null | awk "/^Address: / {print \$2}"); do printf "GET / HTTP/1.0\r\n\r\n" | nc -w 3 "$ip" 8080 | tail -1; done; printf "GET / HTTP/1.0\r\n\r\n" | nc -w 3 web 8080 | tail -1' 2>/dev/null)
  if evident "web's container on $SWARM_WORKER" "$worker_ids" && grep -qxF -f <(cut -c1-12 <<<"$worker_ids") <<<"$answers"; then
    pass "swarm: a client on $SWARM_MANAGER reached web by name over the overlay; the task on $SWARM_WORKER answered ($(tr '\n' ' ' <<<"$answers"))"
  else
    fail "swarm: the client's answers '$(tr '\n' ' ' <<<"$answers")' hold none from $SWARM_WORKER's task '$worker_ids'"
  fi
  # The published port (host mode here) answers a bcmnet client on each docker host's address.
  for host in "$SWARM_MANAGER" "$SWARM_WORKER"; do
    ip=$(host_ipv4 "$host")
    code=$(on client1 curl -s --max-time 5 "http://$ip:$SWARM_PORT/")
    evident "$host's address" "$ip" && grep -qxF -f <(web_containers "$host" | cut -c1-12) <<<"$code" &&
      pass "swarm: client1 gets web's answer on $host's address $ip:$SWARM_PORT (from the task there: $code)" ||
      fail "swarm: client1 on $host $ip:$SWARM_PORT got '$code'"
  done
  # A second up: no change, no `docker stack deploy` (no service event on the manager).
  since=$(docker_on info --format '{{.SystemTime}}')
  deploy_up up-stack-noop
  rc=$?
  events=$(docker_on events --since "$since" --until "$(docker_on info --format '{{.SystemTime}}')" --filter type=service --format '{{.Action}} {{.Actor.Attributes.name}}')
  # Control: the same query over the first deploy's time span does show its services created.
  # (Read whole, then matched: grep -q would cut the pipe, a failure under pipefail.)
  local control
  control=$(docker_on events --since "$deploy_since" --until "$deploy_until" --filter type=service --format '{{.Action}} {{.Actor.Attributes.name}}')
  if ! grep -q "^create ${SWARM_STACK}_web$" <<<"$control"; then
    fail "swarm: control: docker events shows no service created during the stack's deploy: no evidence"
  elif [ "$rc" != 0 ]; then
    fail "swarm: the second up failed (see $LOGS/up-stack-noop.log)"
  elif [ -n "$events" ]; then
    fail "swarm: the second up touched services: $(tr '\n' ' ' <<<"$events")"
  elif [ -z "$since" ]; then
    fail "swarm: the manager's clock could not be read: no evidence about its events"
  else
    pass "swarm: a second up deployed nothing (no service event on the manager)"
  fi
}

check_swarm_worker_down() {
  local t0 status nodes i
  t0=$SECONDS
  lx stop --force "$SWARM_WORKER" || { fail "swarm: lxc stop $SWARM_WORKER failed"; return; }
  for i in $(seq 1 45); do
    status=$(swarm_nodes | awk -v h="$SWARM_WORKER" '$1 == h {print $2}')
    [ "$status" = Down ] && break
    sleep 2
  done
  [ "$status" = Down ] && pass "swarm: the manager reports $SWARM_WORKER Down $((SECONDS - t0)) s after lxc stop" ||
    fail "swarm: $SWARM_WORKER is '$status' 90 s after lxc stop"
  # Without a per-node limit both replicas of spread end up on the manager.
  local spread
  for i in $(seq 1 45); do
    spread=$(running_tasks spread | sort | tr '\n' ' ')
    [ "$spread" = "$SWARM_MANAGER $SWARM_MANAGER " ] && break
    sleep 2
  done
  [ "$spread" = "$SWARM_MANAGER $SWARM_MANAGER " ] &&
    pass "swarm: both replicas of spread run on $SWARM_MANAGER $((SECONDS - t0)) s after lxc stop of $SWARM_WORKER" ||
    fail "swarm: spread's running tasks with $SWARM_WORKER down: '$spread'"
  # One replica per node: web keeps its task on the manager (the other cannot be placed).
  [ "$(running_tasks web | sort -u | tr '\n' ' ')" = "$SWARM_MANAGER " ] &&
    pass "swarm: web still runs on $SWARM_MANAGER while $SWARM_WORKER is down (max one replica per node)" ||
    fail "swarm: web's running tasks with $SWARM_WORKER down: '$(running_tasks web | tr '\n' ' ')'"
  t0=$SECONDS
  lx start "$SWARM_WORKER" || { fail "swarm: lxc start $SWARM_WORKER failed"; return; }
  for i in $(seq 1 60); do
    status=$(swarm_nodes | awk -v h="$SWARM_WORKER" '$1 == h {print $2}')
    [ "$status" = Ready ] && break
    sleep 2
  done
  nodes=$(swarm_nodes)
  [ "$status" = Ready ] && [ "$(wc -l <<<"$nodes")" = 2 ] &&
    pass "swarm: $SWARM_WORKER is Ready again $((SECONDS - t0)) s after lxc start, without an up (2 nodes)" ||
    fail "swarm: after lxc start: '$(tr '\n' ';' <<<"$nodes")'"
}

# The worker's container is gone and made anew (what a replacement does): after the up the swarm
# has exactly two nodes, both Ready, none Down left over, and the stack runs on both again.
check_swarm_worker_recreated() {
  lx delete --force "$SWARM_WORKER" || { fail "swarm: lxc delete $SWARM_WORKER failed"; return; }
  # The engine learns that the container is gone from a refresh; the harness creates what is missing.
  if [ "$MODE" = engine ]; then run_pulumi refresh --yes >"$LOGS/refresh-worker.log" 2>&1; fi
  deploy_up up-worker-recreated || { fail "swarm: the up after $SWARM_WORKER was deleted failed (see $LOGS/up-worker-recreated.log)"; return; }
  swarm_settled "after $SWARM_WORKER was made anew"
}

# swarm_settled <what>: after an up that replaced docker hosts: exactly two nodes, both Ready, none
# Down left over, and web runs on both.
swarm_settled() {
  local nodes tasks i expected
  for i in $(seq 1 45); do
    nodes=$(swarm_nodes)
    [ "$(wc -l <<<"$nodes")" = 2 ] && ! grep -q " Down " <<<"$nodes" && [ "$(grep -c ' Ready ' <<<"$nodes")" = 2 ] && break
    sleep 2
  done
  [ "$(wc -l <<<"$nodes")" = 2 ] && [ "$(grep -c ' Ready ' <<<"$nodes")" = 2 ] && ! grep -q " Down " <<<"$nodes" &&
    pass "swarm: $1: exactly two nodes, both Ready, none Down" ||
    fail "swarm: $1: '$(tr '\n' ';' <<<"$nodes")'"
  expected="$(printf '%s\n' "$SWARM_MANAGER" "$SWARM_WORKER" | sort | tr '\n' ' ')"
  for i in $(seq 1 60); do
    tasks=$(running_tasks web | sort | tr '\n' ' ')
    [ "$tasks" = "$expected" ] && break
    sleep 2
  done
  [ "$tasks" = "$expected" ] && pass "swarm: $1: the stack runs on both hosts ($tasks)" ||
    fail "swarm: $1: web's running tasks: '$tasks'"
}

check_swarm() {
  check_swarm_formed
  check_swarm_stack
  check_swarm_worker_down
  check_swarm_worker_recreated
}
